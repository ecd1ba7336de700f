using System.Runtime.CompilerServices;

namespace ChsiValidation.Fuzz;

/// <summary>An invariant of the library did not hold for a fuzz input.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);

/// <summary>Assertions for targets. Each failure throws <see cref="FuzzFailure"/>, which afl records as a crash.</summary>
internal static class Check
{
    /// <summary>Fails unless <paramref name="condition"/> holds; the message is the condition's source text.</summary>
    internal static void That(bool condition, [CallerArgumentExpression(nameof(condition))] string? what = null)
    {
        if (!condition)
        {
            throw new FuzzFailure($"Invariant broken: {what}");
        }
    }

    /// <summary>Calls <paramref name="call"/> twice and fails unless both results are equal (<see cref="EqualityComparer{T}.Default"/>).</summary>
    /// <returns>The first result.</returns>
    internal static T Deterministic<T>(Func<T> call, [CallerArgumentExpression(nameof(call))] string? what = null) =>
        Deterministic(call, EqualityComparer<T>.Default, what);

    /// <summary>
    /// Calls <paramref name="call"/> twice and fails unless <paramref name="comparer"/> finds the results equal; for results
    /// holding a list (record equality compares a list by reference), pass a comparer that compares it as a sequence.
    /// </summary>
    /// <returns>The first result.</returns>
    internal static T Deterministic<T>(Func<T> call, IEqualityComparer<T> comparer, [CallerArgumentExpression(nameof(call))] string? what = null)
    {
        T first = call();
        T second = call();
        if (!comparer.Equals(first, second))
        {
            throw new FuzzFailure($"Not deterministic: {what} gave {first} then {second}");
        }

        return first;
    }

    /// <summary>Fails unless the two results are equal; for "the same input by another path gives the same answer".</summary>
    internal static void Same<T>(T expected, T actual, [CallerArgumentExpression(nameof(actual))] string? what = null)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new FuzzFailure($"Different results: expected {expected}, {what} gave {actual}");
        }
    }

    /// <summary>Element-wise equality for results that carry an <see cref="IReadOnlyList{T}"/>.</summary>
    internal static bool SequenceEqual<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));
}
