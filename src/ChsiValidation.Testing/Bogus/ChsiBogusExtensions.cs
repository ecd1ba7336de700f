using Bogus;

namespace ChsiValidation.Testing.Bogus;

/// <summary>
/// Bogus integration: <c>f.Chsi()</c> inside a rule gives a <see cref="ChsiFaker"/> seeded from the faker's own
/// randomizer, so <c>Faker&lt;T&gt;.UseSeed(n)</c> or <c>Randomizer.Seed</c> makes the ChsiValidation values reproducible too.
/// </summary>
/// <example>
/// <code>
/// var students = new Faker&lt;Student&gt;()
///     .UseSeed(42)
///     .RuleFor(s =&gt; s.IdNumber, f =&gt; f.Chsi().IdNumber())
///     .RuleFor(s =&gt; s.Mobile, f =&gt; f.Chsi().MobileNumber());
/// </code>
/// </example>
public static class ChsiBogusExtensions
{
    /// <summary>A <see cref="ChsiFaker"/> seeded from <paramref name="faker"/>'s randomizer (one draw).</summary>
    /// <param name="faker">The Bogus faker of the current rule.</param>
    public static ChsiFaker Chsi(this Faker faker)
    {
        ArgumentNullException.ThrowIfNull(faker);
        return new ChsiFaker(faker.Random.Long());
    }

    /// <summary>A <see cref="ChsiFaker"/> seeded from <paramref name="randomizer"/> (one draw).</summary>
    /// <param name="randomizer">A Bogus randomizer.</param>
    public static ChsiFaker Chsi(this Randomizer randomizer)
    {
        ArgumentNullException.ThrowIfNull(randomizer);
        return new ChsiFaker(randomizer.Long());
    }
}
