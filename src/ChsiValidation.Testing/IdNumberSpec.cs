namespace ChsiValidation.Testing;

/// <summary>
/// What <see cref="ChsiFaker.IdNumber(IdNumberSpec)"/> generates: the card, the range of birth dates, the region, the sex,
/// the nationality of a foreign card, and whether the number must be one no real card can carry. Immutable;
/// <see cref="Default"/> is shared.
/// </summary>
public sealed record IdNumberSpec
{
    private readonly IdNumberKind kind = IdNumberKind.ResidentIdCard;
    private readonly int? regionCode;
    private readonly int? nationalityCode;
    private readonly Gender gender;

    /// <summary>A resident ID card, born 1960-01-01 to 2008-12-31, any region, either sex.</summary>
    public static IdNumberSpec Default { get; } = new();

    /// <summary>
    /// A resident ID card whose holder is <paramref name="minAge"/> to <paramref name="maxAge"/> years old on
    /// <paramref name="on"/>, as <see cref="IdNumberResult.AgeOn(DateOnly)"/> counts (a year older on the birthday; born on
    /// 29 February, on 1 March in a common year). Change the kind or region with <c>with</c>.
    /// </summary>
    /// <param name="minAge">The youngest age, 0 or more.</param>
    /// <param name="maxAge">The oldest age, at least <paramref name="minAge"/>.</param>
    /// <param name="on">The day the age is reckoned on.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative age, <paramref name="maxAge"/> below <paramref name="minAge"/>,
    /// or ages that reach before year 1.</exception>
    public static IdNumberSpec Aged(int minAge, int maxAge, DateOnly on)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minAge);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAge, minAge);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(maxAge, on.Year - 1);

        // Age ≥ n on `on` exactly when born on or before `on` less n years (AddYears maps 29 February to 28 February,
        // which is what the birthday rule needs from either side).
        return new IdNumberSpec { BornFrom = on.AddYears(-(maxAge + 1)).AddDays(1), BornTo = on.AddYears(-minAge) };
    }

    /// <summary>
    /// The card. Default <see cref="IdNumberKind.ResidentIdCard"/>. A <see cref="IdNumberKind.FirstGeneration"/> number has
    /// 15 digits and passes only with <see cref="IdNumberOptions.AllowFirstGeneration"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="IdNumberKind.Unknown"/> or not a defined kind.</exception>
    public IdNumberKind Kind
    {
        get => kind;
        init
        {
            if (value == IdNumberKind.Unknown || !Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Choose a card kind.");
            }

            kind = value;
        }
    }

    /// <summary>
    /// The earliest birth date. Default 1960-01-01. Before 1900-01-01 a number passes only with an earlier
    /// <see cref="IdNumberOptions.EarliestBirthDate"/>; a first-generation number is born 1900–1999 whatever the range says.
    /// </summary>
    public DateOnly BornFrom { get; init; } = new(1960, 1, 1);

    /// <summary>The latest birth date (inclusive). Default 2008-12-31, fixed so that a seed gives the same number every day.</summary>
    public DateOnly BornTo { get; init; } = new(2008, 12, 31);

    /// <summary>
    /// The region: a six-digit GB/T 2260 code. A province (440000) or prefecture (440300) code picks a known county-level
    /// code inside it; a county code (440305) is used as it is. For a foreign card only the province counts (the accepting
    /// office's). Ignored by the residence permits, whose codes are fixed. Default <see langword="null"/>: any known
    /// county-level code of the mainland.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not six digits (100000–999999).</exception>
    public int? RegionCode
    {
        get => regionCode;
        init
        {
            if (value is < 100000 or > 999999)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A region code has six digits.");
            }

            regionCode = value;
        }
    }

    /// <summary>The holder's sex (odd sequence code male, even female). Default <see cref="Gender.Unknown"/>: either.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public Gender Gender
    {
        get => gender;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined Gender.");
            }

            gender = value;
        }
    }

    /// <summary>
    /// For a foreign permanent resident ID: the three-digit nationality code (ISO 3166-1 numeric, as GB/T 2659). Default
    /// <see langword="null"/>: a country of <see cref="IsoCountries"/> other than China and its special administrative
    /// regions (156, 158, 344, 446).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0–999.</exception>
    public int? NationalityCode
    {
        get => nationalityCode;
        init
        {
            if (value is < 0 or > 999)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A nationality code has three digits.");
            }

            nationalityCode = value;
        }
    }

    /// <summary>
    /// Generate a number that no real card can carry: its address code has 99 as the prefecture digits (××99××), which no
    /// GB/T 2260 revision since 1980 has assigned (the prefecture digits run 01–70 and 90), so the number passes the
    /// default <see cref="RegionCheck.Province"/> check and fails <see cref="RegionCheck.KnownCode"/>. Only for
    /// <see cref="IdNumberKind.ResidentIdCard"/> and <see cref="IdNumberKind.FirstGeneration"/>: the permits' address codes
    /// and the foreign card's fields leave no such room. Default <see langword="false"/>: a generated number may be a
    /// real person's.
    /// </summary>
    public bool Fictitious { get; init; }
}
