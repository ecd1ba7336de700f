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
    public static bool IsProvinceCode(int provinceCode) => provinceCode switch
    {
        >= 11 and <= 15 or >= 21 and <= 23 or >= 31 and <= 37 or >= 41 and <= 46
            or >= 50 and <= 54 or >= 61 and <= 65 or 71 or 81 or 82 => true,
        _ => false,
    };

    /// <summary><see langword="true"/> for the province codes of the mainland (11–65), where a foreign permanent resident ID can be issued.</summary>
    internal static bool IsMainlandProvinceCode(int provinceCode) => provinceCode < 71 && IsProvinceCode(provinceCode);

    /// <summary>Whether a six-digit resident address code passes <paramref name="level"/>.</summary>
    internal static bool IsRegionAccepted(int regionCode, RegionCheck level) => level switch
    {
        RegionCheck.None => true,
        _ => IsProvinceCode(regionCode / 10000),
    };
}
