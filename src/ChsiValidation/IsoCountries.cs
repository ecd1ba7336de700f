using System.Text;

namespace ChsiValidation;

/// <summary>
/// A country or territory of ISO 3166-1 (GB/T 2659, 世界各国和地区名称代码, uses the same codes): its numeric, alpha-2 and
/// alpha-3 codes and its short name in English and Simplified Chinese.
/// </summary>
/// <param name="NumericCode">The three-digit numeric code (156 for China, 840 for the United States).</param>
/// <param name="Alpha2">The alpha-2 code (CN, US).</param>
/// <param name="Alpha3">The alpha-3 code (CHN, USA).</param>
/// <param name="EnglishName">The ISO 3166-1 English short name ("Korea, Republic of").</param>
/// <param name="ChineseName">The Simplified Chinese name (大韩民国).</param>
public readonly record struct IsoCountry(int NumericCode, string Alpha2, string Alpha3, string EnglishName, string ChineseName);

/// <summary>
/// ISO 3166-1 codes and names, from Debian's <c>iso-codes</c> package (<see cref="Source"/>): the table behind
/// <see cref="IdNumberResult.Nationality"/>, the nationality code of the 2023 foreign permanent resident ID.
/// </summary>
/// <remarks>
/// About 8 KB of UTF-8 data compiled into the assembly; the entries are built on the first lookup. A code the table does not
/// hold (an unassigned or withdrawn code, a code assigned after the table was generated) is reported as not found,
/// never as an exception.
/// </remarks>
public static partial class IsoCountries
{
    private static IsoCountry[]? s_entries;

    /// <summary>The number of entries in the table.</summary>
    public static int Count => TableCount;

    /// <summary>Looks up a numeric code (for example a foreign permanent resident ID's nationality code).</summary>
    /// <param name="numericCode">The three-digit numeric code, e.g. 840.</param>
    /// <param name="country">The entry, or <see langword="default"/> when the code is not in the table.</param>
    /// <returns><see langword="false"/> when the table has no such code.</returns>
    public static bool TryGetByNumericCode(int numericCode, out IsoCountry country)
    {
        int index = (uint)numericCode <= 999 ? NumericCodes.BinarySearch((short)numericCode) : -1;
        if (index < 0)
        {
            country = default;
            return false;
        }

        country = Entries[index];
        return true;
    }

    /// <summary>Every entry, in ascending order of numeric code.</summary>
    public static ReadOnlySpan<IsoCountry> All => Entries;

    private static IsoCountry[] Entries => s_entries ?? Interlocked.CompareExchange(ref s_entries, Build(), null) ?? s_entries!;

    private static IsoCountry[] Build()
    {
        string[] english = Encoding.UTF8.GetString(EnglishNames).Split('|');
        string[] chinese = Encoding.UTF8.GetString(ChineseNames).Split('|');
        ReadOnlySpan<short> codes = NumericCodes;
        var entries = new IsoCountry[codes.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = new IsoCountry(
                codes[i], Encoding.ASCII.GetString(Alpha2Codes.Slice(i * 2, 2)), Encoding.ASCII.GetString(Alpha3Codes.Slice(i * 3, 3)), english[i], chinese[i]);
        }

        return entries;
    }
}
