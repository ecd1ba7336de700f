namespace ChsiValidation.Testing;

/// <summary>
/// Seeded, reproducible test data that the ChsiValidation rules accept: ID numbers of every kind, mobile numbers, names
/// and email addresses; and, through <see cref="Invalid"/>, inputs that fail with a chosen reason.
/// </summary>
/// <remarks>
/// <para>
/// The same seed gives the same values in the same order on every platform and runtime (the generator is SplitMix64,
/// not <see cref="Random"/>), as long as the rules' data do not change: a seed picks among the region codes, mobile
/// prefixes and rare characters that the installed ChsiValidation accepts.
/// </para>
/// <para>
/// A generated ID number is well-formed and may be a real person's number: region, birth date, sequence and check
/// character are all there is to it. Use <see cref="IdNumberSpec.Fictitious"/> for numbers no card carries. Likewise a
/// generated mobile number may be someone's; the default email addresses use the reserved domains of RFC 2606.
/// </para>
/// <para>Not thread-safe: give each thread its own instance (and seed).</para>
/// </remarks>
public sealed partial class ChsiFaker
{
    private readonly SeededRandom random;

    /// <summary>Creates a generator whose values are fixed by <paramref name="seed"/>.</summary>
    /// <param name="seed">Any number; the same seed, the same values.</param>
    public ChsiFaker(long seed)
    {
        Seed = seed;
        random = new SeededRandom(seed);
        Invalid = new InvalidInputs(this, random);
    }

    /// <summary>The seed this generator was created with.</summary>
    public long Seed { get; }

    /// <summary>Inputs that fail a rule with a chosen reason, drawn from this generator's sequence.</summary>
    public InvalidInputs Invalid { get; }
}
