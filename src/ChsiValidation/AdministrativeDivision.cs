using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;

namespace ChsiValidation;

/// <summary>
/// Facts about GB/T 2260 administrative division codes (行政区划代码), the first six digits of an ID number.
/// </summary>
/// <remarks>
/// The table behind <see cref="IsKnown(int)"/> and <see cref="TryGetName(int, out string?)"/> is the union of the codes
/// published since 1980 as carried by public npm packages (see the header of <c>Generated/AdministrativeDivisions.g.cs</c>;
/// its newest source is dated <see cref="TableAsOf"/>),
/// because ID cards keep the code of the county that issued them, also after it was abolished (110103 崇文区, 321083).
/// No public list is complete: real cards carry codes that no list has (users of other validators keep reporting them), so
/// <see cref="RegionCheck.KnownCode"/> is opt-in.
/// Lookups are binary searches over data compiled into the assembly: nothing is loaded or allocated until a name string is
/// asked for, and each name string is built once.
/// </remarks>
public static partial class AdministrativeDivision
{
    // Full names are at most a province, a prefecture and a county: ~30 characters in the table.
    private const int MaxNameLength = 64;

    private static string?[]? s_names;

    /// <summary>
    /// The date of the table's newest source: the publication of npm <c>@vant/area-data</c> 2.1.0 (2025-10-03), from
    /// which the counties created since the newest statistics list (2023-06-30) are added, such as 653228 和康县 and
    /// 653229 和安县 (2024-12). A division created after this date, or one that source lacks (500157 两江新区, 2025), is
    /// not in the table: <see cref="IdNumberOptions.AdditionalRegionCodes"/> lets a caller accept it at
    /// <see cref="RegionCheck.KnownCode"/> without waiting for a release.
    /// </summary>
    public static DateOnly TableAsOf => new(AsOfYear, AsOfMonth, AsOfDay);

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

    /// <summary>
    /// <see langword="true"/> when some published GB/T 2260 list that the table was built from contains
    /// <paramref name="code"/> (a province 110000, a prefecture 441900 or a county 110105, current or abolished).
    /// </summary>
    /// <param name="code">A six-digit address code; anything else is not known.</param>
    public static bool IsKnown(int code) => IndexOf(code) >= 0;

    /// <summary>The span form of <see cref="IsKnown(int)"/>: <see langword="false"/> unless exactly six ASCII digits.</summary>
    /// <param name="code">Six ASCII digits, e.g. "110105".</param>
    public static bool IsKnown(ReadOnlySpan<char> code) => TryParse(code, out int value) && IsKnown(value);

    /// <summary>
    /// Gets the full name of a known code: province, prefecture and county joined, without the placeholder levels
    /// 市辖区, 县 and 省直辖县级行政区划 (110105 → 北京市朝阳区, 441900 → 广东省东莞市, 419001 → 河南省济源市).
    /// </summary>
    /// <param name="code">A six-digit address code.</param>
    /// <param name="name">The full name, or <see langword="null"/> when the code is not known.</param>
    /// <returns><see langword="false"/> when <see cref="IsKnown(int)"/> is <see langword="false"/>.</returns>
    /// <remarks>
    /// Each level carries its newest name in the sources, so an abolished county is named under its prefecture's
    /// newest name (110103 → 北京市崇文区, 321083 → 江苏省扬州市兴化市). The string is built on first request and cached.
    /// </remarks>
    public static bool TryGetName(int code, [NotNullWhen(true)] out string? name)
    {
        int index = IndexOf(code);
        if (index < 0)
        {
            name = null;
            return false;
        }

        string?[] names = s_names ?? Interlocked.CompareExchange(ref s_names, new string?[TableCount], null) ?? s_names!;
        name = names[index];
        if (name is null)
        {
            Span<char> buffer = stackalloc char[MaxNameLength];
            FormatName(index, buffer, out int length);
            name = new string(buffer[..length]);
            names[index] = name; // A race builds an equal string twice; either may stay.
        }

        return true;
    }

    /// <summary>The span form of <see cref="TryGetName(int, out string?)"/>: the code as exactly six ASCII digits.</summary>
    /// <param name="code">Six ASCII digits, e.g. "110105".</param>
    /// <param name="name">The full name, or <see langword="null"/>.</param>
    public static bool TryGetName(ReadOnlySpan<char> code, [NotNullWhen(true)] out string? name)
    {
        name = null;
        return TryParse(code, out int value) && TryGetName(value, out name);
    }

    /// <summary>Writes the full name of a known code without allocating.</summary>
    /// <param name="code">A six-digit address code.</param>
    /// <param name="destination">Where to write the name; 64 characters always suffice.</param>
    /// <param name="charsWritten">The name's length, or 0.</param>
    /// <returns><see langword="false"/> when the code is not known or <paramref name="destination"/> is too short.</returns>
    public static bool TryFormatName(int code, Span<char> destination, out int charsWritten)
    {
        int index = IndexOf(code);
        if (index >= 0 && FormatName(index, destination, out charsWritten))
        {
            return true;
        }

        charsWritten = 0; // FormatName may have written part of the name before running out of room.
        return false;
    }

    /// <summary><see langword="true"/> for the province codes of the mainland (11–65), where a foreign permanent resident ID can be issued.</summary>
    internal static bool IsMainlandProvinceCode(int provinceCode) => provinceCode < 71 && IsProvinceCode(provinceCode);

    /// <summary>Whether a six-digit resident address code passes <paramref name="level"/>.</summary>
    internal static bool IsRegionAccepted(int regionCode, RegionCheck level) => level switch
    {
        RegionCheck.None => true,
        RegionCheck.KnownCode => IsKnown(regionCode),
        _ => IsProvinceCode(regionCode / 10000),
    };

    /// <summary>
    /// Whether a six-digit resident address code passes <paramref name="options"/>' level; at
    /// <see cref="RegionCheck.KnownCode"/> the caller's <see cref="IdNumberOptions.AdditionalRegionCodes"/> pass too.
    /// </summary>
    internal static bool IsRegionAccepted(int regionCode, IdNumberOptions options) =>
        options.RegionCheck == RegionCheck.KnownCode
            ? IsKnown(regionCode) || options.IsAdditionalRegionCode(regionCode)
            : IsRegionAccepted(regionCode, options.RegionCheck);

    /// <summary>The table's codes, ascending (for tests and tools).</summary>
    internal static ReadOnlySpan<int> KnownCodes => Codes;

    // Unpacked on first use (threads racing here unpack the same codes; either array is kept).
    private static int[]? _codes;

    private static int[]? _nameStarts;

    /// <summary>Every known six-digit code, ascending.</summary>
    private static ReadOnlySpan<int> Codes => _codes ??= PackedDeltas.Unpack(CodeDeltas, TableCount);

    /// <summary>Start of each distinct name in <see cref="NameBytes"/>; one extra entry marks the end of the last.</summary>
    private static ReadOnlySpan<int> NameStarts => _nameStarts ??= PackedDeltas.Unpack(NameStartDeltas, NameStartCount);

    /// <summary>The full name of <paramref name="code"/> when known, else <see langword="null"/>; for results.</summary>
    internal static string? NameOrNull(int code) => TryGetName(code, out string? name) ? name : null;

    private static int IndexOf(int code)
    {
        // Outside 110000–829999 nothing can be known; spares the search for the common garbage.
        if (code is < 110000 or > 829999)
        {
            return -1;
        }

        // Own search: MemoryExtensions.BinarySearch(span, int) boxes the value as IComparable<int>.
        ReadOnlySpan<int> codes = Codes;
        int low = 0;
        int high = codes.Length - 1;
        while (low <= high)
        {
            int middle = (int)((uint)(low + high) >> 1);
            int found = codes[middle];
            if (found == code)
            {
                return middle;
            }

            if (found < code)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private static bool TryParse(ReadOnlySpan<char> code, out int value)
    {
        value = 0;
        if (code.Length != 6)
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }

    /// <summary>Province + prefecture + own name of the code at <paramref name="index"/>, skipping placeholders and repeats.</summary>
    private static bool FormatName(int index, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        int code = Codes[index];
        int province = code / 10000 * 10000;
        int prefecture = code / 100 * 100;
        if (!Append(IndexOf(province), destination, ref charsWritten))
        {
            return false;
        }

        if (prefecture != province && !Append(IndexOf(prefecture), destination, ref charsWritten))
        {
            return false;
        }

        return code == prefecture || Append(index, destination, ref charsWritten);
    }

    private static bool Append(int index, Span<char> destination, ref int charsWritten)
    {
        if (index < 0)
        {
            return true; // A level no source lists (e.g. the prefecture of a code only a 1980s list had): nothing to add.
        }

        int name = NameIndexes[index];
        ReadOnlySpan<byte> utf8 = NameBytes[NameStarts[name]..NameStarts[name + 1]];
        OperationStatus status = Utf8.ToUtf16(utf8, destination[charsWritten..], out _, out int written);
        charsWritten += written;
        return status == OperationStatus.Done;
    }
}
