namespace ChsiValidation.Fuzz;

/// <summary>
/// The fuzz targets: one line each. A target receives every input as text (decoded twice, see <see cref="Inputs"/>),
/// calls the library's entry points and throws <see cref="FuzzFailure"/> (via <see cref="Check"/>) when an invariant breaks;
/// any exception escaping a target is a finding. Put the target's method in its own file
/// <c>Targets.&lt;Domain&gt;.cs</c> (<c>internal static partial class Targets</c>) and add its line here.
/// </summary>
internal static partial class Targets
{
    /// <summary>Target name (the command-line argument and the corpus folder <c>fuzz/corpus/&lt;name&gt;</c>) → handler.</summary>
    internal static readonly IReadOnlyDictionary<string, Action<string?>> All = new Dictionary<string, Action<string?>>(StringComparer.OrdinalIgnoreCase)
    {
        ["IdNumber"] = IdNumberTarget,
        ["AdministrativeDivision"] = AdministrativeDivisionTarget,
    };

    /// <summary>"Today" for every target: a fixed instant, so that a replay gives the same verdicts on any day.</summary>
    internal static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
