namespace ChsiValidation;

/// <summary>Options of <see cref="IdNumber.Validate(string?, IdNumberOptions?)"/>. Immutable; <see cref="Default"/> is shared.</summary>
public sealed record IdNumberOptions
{
    /// <summary>The defaults: folding of typed input, province check, births from 1900-01-01 to today, system clock.</summary>
    public static IdNumberOptions Default { get; } = new();

    /// <summary>
    /// Reject any input that is not already canonical (18 ASCII characters, upper-case X) with
    /// <see cref="IdNumberError.NotCanonical"/> instead of folding it. Default <see langword="false"/>.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Accept 15-digit first-generation numbers as valid (<see cref="IdNumberKind.FirstGeneration"/>). Default
    /// <see langword="false"/>: they are rejected with <see cref="IdNumberError.FirstGenerationNumber"/>.
    /// </summary>
    public bool AllowFirstGeneration { get; init; }

    /// <summary>
    /// The earliest birth date accepted. Default 1900-01-01 (policy); the standard's own example 440524188001010014
    /// needs an earlier value.
    /// </summary>
    public DateOnly EarliestBirthDate
    {
        get => earliestBirthDate;
        init
        {
            earliestBirthDate = value;
            EarliestBirthNumber = (value.Year * 100 + value.Month) * 100 + value.Day;
        }
    }

    // DateOnly computes Year, Month and Day from its day number on every access; the hot path compares yyyyMMdd
    // numbers, so the earliest one is computed once here. Derived from the date, so record equality is unchanged.
    private readonly DateOnly earliestBirthDate = new(1900, 1, 1);

    /// <summary><see cref="EarliestBirthDate"/> as the number yyyyMMdd.</summary>
    internal int EarliestBirthNumber { get; private init; } = 19000101;

    /// <summary>
    /// How strictly the address code is checked. Default <see cref="ChsiValidation.RegionCheck.Province"/>;
    /// <see cref="ChsiValidation.RegionCheck.KnownCode"/> also rejects codes no published list contains, at the risk of
    /// rejecting a real card whose code the lists miss.
    /// </summary>
    public RegionCheck RegionCheck { get; init; } = RegionCheck.Province;

    /// <summary>The clock that decides "today" (in China Standard Time, UTC+8). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
