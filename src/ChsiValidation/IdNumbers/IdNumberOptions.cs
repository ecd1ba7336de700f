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

    /// <summary>
    /// Six-digit address codes accepted at <see cref="ChsiValidation.RegionCheck.KnownCode"/> beyond the table
    /// (<see cref="AdministrativeDivision.IsKnown(int)"/>): a county created after <see cref="AdministrativeDivision.TableAsOf"/>
    /// (500157 两江新区) or a code a caller has seen on real cards, accepted without waiting for a release. Default empty.
    /// The other levels do not read it: <see cref="ChsiValidation.RegionCheck.Province"/> already accepts every code of a
    /// province. Kept as a sorted copy (the getter returns it); setting it throws <see cref="ArgumentOutOfRangeException"/>
    /// for a code that is not six digits under a GB/T 2260 province code (<see cref="AdministrativeDivision.IsProvinceCode(int)"/>)
    /// or for more than 10,000 codes, and <see cref="ArgumentNullException"/> for <see langword="null"/>.
    /// </summary>
    public IReadOnlyList<int> AdditionalRegionCodes
    {
        get => additionalRegionCodesView;
        init
        {
            additionalRegionCodes = SortedRegionCodes(value);
            additionalRegionCodesView = Array.AsReadOnly(additionalRegionCodes);
        }
    }

    // The sorted codes searched by the check, and the read-only view the getter hands out (so that no caller can unsort
    // them). Shared empty instances by default, so that records built from the defaults compare equal.
    private readonly int[] additionalRegionCodes = [];
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<int> additionalRegionCodesView = System.Collections.ObjectModel.ReadOnlyCollection<int>.Empty;

    /// <summary>The most codes <see cref="AdditionalRegionCodes"/> takes.</summary>
    internal const int MaxAdditionalRegionCodes = 10_000;

    /// <summary><see langword="true"/> when <paramref name="code"/> is one of <see cref="AdditionalRegionCodes"/>.</summary>
    internal bool IsAdditionalRegionCode(int code) => additionalRegionCodes.Length != 0 && Array.BinarySearch(additionalRegionCodes, code) >= 0;

    private static int[] SortedRegionCodes(IReadOnlyList<int> codes)
    {
        ArgumentNullException.ThrowIfNull(codes, nameof(AdditionalRegionCodes));
        OptionBounds.Check(codes.Count, 0, MaxAdditionalRegionCodes, nameof(AdditionalRegionCodes) + ".Count");
        var sorted = new int[codes.Count];
        for (int i = 0; i < sorted.Length; i++)
        {
            int code = codes[i];
            if (code is < 100000 or > 999999 || !AdministrativeDivision.IsProvinceCode(code / 10000))
            {
                throw new ArgumentOutOfRangeException(nameof(AdditionalRegionCodes), code,
                    $"{nameof(AdditionalRegionCodes)} holds six-digit address codes under a GB/T 2260 province code.");
            }

            sorted[i] = code;
        }

        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The clock that decides "today" (in China Standard Time, UTC+8). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
