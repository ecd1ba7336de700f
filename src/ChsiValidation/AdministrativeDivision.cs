namespace ChsiValidation;

/// <summary>
/// Facts about GB/T 2260 administrative division codes, the first six digits of an ID number.
/// </summary>
public static partial class AdministrativeDivision
{
    /// <summary>
    /// <see langword="true"/> when <paramref name="provinceCode"/> (the first two digits of an address code) names a
    /// province-level division: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (Taiwan), 81 (Hong Kong), 82 (Macao).
    /// </summary>
    /// <param name="provinceCode">A two-digit number, 10–99.</param>
    public static bool IsProvinceCode(int provinceCode) =>
        (uint)provinceCode < 128 && (ProvinceCodes[provinceCode >> 6] >> provinceCode & 1) != 0;

    // The codes above as a 128-bit set (bit n of word n / 64), looked up without data-dependent branches: as a chain of
    // range tests, random province codes cost several mispredicted branches per ID number (about 12 ns per number on a
    // 100,000-number corpus, more than the rest of the check).
    private static ReadOnlySpan<ulong> ProvinceCodes =>
    [
        0xE07C_7E3F_80E0_F800, // 11–15, 21–23, 31–37, 41–46, 50–54, 61–63
        0x6_0083, // 64, 65, 71, 81, 82
    ];

    /// <summary><see langword="true"/> for the province codes of the mainland (11–65), where a foreign permanent resident ID can be issued.</summary>
    internal static bool IsMainlandProvinceCode(int provinceCode) => provinceCode < 71 && IsProvinceCode(provinceCode);

    /// <summary>Whether a six-digit resident address code passes <paramref name="level"/>.</summary>
    internal static bool IsRegionAccepted(int regionCode, RegionCheck level) => level switch
    {
        RegionCheck.None => true,
        _ => IsProvinceCode(regionCode / 10000),
    };
}
