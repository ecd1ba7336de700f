using System.Globalization;

namespace ChsiValidation;

/// <summary>
/// Which Chinese characters are common and which are rare, and which safer variant a rare one has. Data: Unicode's Unihan
/// database (<c>kGB0</c>, <c>kTGH</c>, the variant fields) and glibc's GBK/GB 18030 charmaps, compiled into
/// <c>Generated/HanziTables.g.cs</c> by <c>tools/UnihanTables</c>. Allocation-free; never throws.
/// </summary>
public static class HanziRepertoire
{
    /// <summary>The Unicode version of the Unihan data behind the tables (<c>15.0.0</c>: Debian's unicode-data package).</summary>
    public const string UnihanVersion = HanziTables.UnicodeVersion;

    /// <summary>
    /// The tier of <paramref name="codePoint"/>: list membership first (GB 2312, then the 通用规范汉字表), the block after.
    /// Decided by block, not by assignment: an unassigned code point inside an ideograph block gets that block's tier
    /// (<see cref="PersonName.Validate(string?, PersonNameOptions?)"/> rejects unassigned code points before it asks).
    /// Kangxi radicals and compatibility ideographs (other than the 12 unified ones) are <see cref="HanziTier.NotHanzi"/>:
    /// they are look-alikes that names fold to the real ideograph first.
    /// </summary>
    public static HanziTier GetTier(int codePoint)
    {
        if ((uint)(codePoint - HanziTables.Gb2312First) <= HanziTables.Gb2312Last - HanziTables.Gb2312First)
        {
            return IsInGb2312(codePoint) ? HanziTier.Gb2312
                : IsSet(HanziTables.GeneralStandardBmpBits, codePoint - HanziTables.GeneralStandardBmpFirst) ? HanziTier.GeneralStandard
                : HanziTier.UnifiedBmp;
        }

        if (codePoint is >= 0x3400 and <= 0x4DBF)
        {
            return IsSet(HanziTables.GeneralStandardBmpBits, codePoint - HanziTables.GeneralStandardBmpFirst)
                ? HanziTier.GeneralStandard
                : HanziTier.ExtensionA;
        }

        if (codePoint < 0x20000)
        {
            return codePoint switch
            {
                >= 0xE000 and <= 0xF8FF => HanziTier.PrivateUse,
                >= 0xFA0E and <= 0xFA29 when IsUnifiedCompatibility(codePoint) => HanziTier.UnifiedBmp,
                _ => HanziTier.NotHanzi,
            };
        }

        // Extensions B–F: inside GB 18030-2022. Ranges from Blocks.txt of the Unicode Character Database (UAX #44).
        if (codePoint is (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2EBEF))
        {
            return HanziTables.GeneralStandardSupplementary.BinarySearch(codePoint) >= 0 ? HanziTier.GeneralStandard : HanziTier.Supplementary;
        }

        // Extension I (U+2EBF0–2EE5F), G, H, J (U+30000–3347F).
        if (codePoint is (>= 0x2EBF0 and <= 0x2EE5F) or (>= 0x30000 and <= 0x3347F))
        {
            return HanziTier.BeyondGb18030;
        }

        return codePoint is (>= 0xF0000 and <= 0xFFFFD) or (>= 0x100000 and <= 0x10FFFD) ? HanziTier.PrivateUse : HanziTier.NotHanzi;
    }

    /// <summary><see langword="true"/> when <paramref name="codePoint"/> is one of the 6,763 hanzi of GB 2312 (Unihan <c>kGB0</c>).</summary>
    public static bool IsInGb2312(int codePoint) =>
        (uint)(codePoint - HanziTables.Gb2312First) <= HanziTables.Gb2312Last - HanziTables.Gb2312First
        && IsSet(HanziTables.Gb2312Bits, codePoint - HanziTables.Gb2312First);

    /// <summary><see langword="true"/> when <paramref name="codePoint"/> is one of the 8,105 characters of the 通用规范汉字表 (Unihan <c>kTGH</c>).</summary>
    public static bool IsInGeneralStandardTable(int codePoint)
    {
        if ((uint)(codePoint - HanziTables.GeneralStandardBmpFirst) <= HanziTables.GeneralStandardBmpLast - HanziTables.GeneralStandardBmpFirst)
        {
            return IsSet(HanziTables.GeneralStandardBmpBits, codePoint - HanziTables.GeneralStandardBmpFirst);
        }

        return codePoint > 0xFFFF && HanziTables.GeneralStandardSupplementary.BinarySearch(codePoint) >= 0;
    }

    /// <summary>
    /// Safer replacements for <paramref name="codePoint"/> (FAQ item 3: register with a look-alike 形近字), best first:
    /// its Unihan variants (<c>kZVariant</c>, <c>kSpoofingVariant</c>, <c>kSemanticVariant</c>, <c>kSimplifiedVariant</c>,
    /// <c>kTraditionalVariant</c>) that are stored in a safer block or listed in a safer list (堃→坤, 䶮→龑, 𠮷→吉); for a
    /// GBK private-use code U+E815–U+E864, the character GB 18030 gives it (U+E863→䶮). Empty when the data has none
    /// (昇 玥 垚 曌): nothing is invented.
    /// </summary>
    public static ReadOnlySpan<int> GetSuggestions(int codePoint)
    {
        if ((uint)(codePoint - HanziTables.GbkPrivateUseFirst) <= HanziTables.GbkPrivateUseLast - HanziTables.GbkPrivateUseFirst)
        {
            int index = codePoint - HanziTables.GbkPrivateUseFirst;
            return HanziTables.GbkPrivateUseTargets[index] == 0 ? [] : HanziTables.GbkPrivateUseTargets.Slice(index, 1);
        }

        int key = Array.BinarySearch(SuggestionIndex.Keys, codePoint);
        if (key < 0)
        {
            return [];
        }

        return HanziTables.SuggestionValues.Slice(SuggestionIndex.Starts[key], HanziTables.SuggestionCounts[key]);
    }

    /// <summary>
    /// The suggestion keys and where each key's candidates start in <see cref="HanziTables.SuggestionValues"/>. The
    /// tables store them packed (varint differences and byte counts: a fraction of the download of plain arrays, which
    /// matters in WebAssembly) and they are unpacked once, on the first suggestion asked for.
    /// </summary>
    private static class SuggestionIndex
    {
        internal static readonly int[] Keys = PackedDeltas.Unpack(HanziTables.SuggestionKeyDeltas, HanziTables.SuggestionKeyCount);

        internal static readonly ushort[] Starts = SumCounts(HanziTables.SuggestionCounts);

        private static ushort[] SumCounts(ReadOnlySpan<byte> counts)
        {
            var starts = new ushort[counts.Length];
            int start = 0;
            for (int i = 0; i < counts.Length; i++)
            {
                starts[i] = (ushort)start;
                start += counts[i];
            }

            return starts;
        }
    }

    /// <summary>
    /// <see langword="true"/> when one of the two characters is a safer Unihan variant of the other (張/张, 堃/坤). Pairs in
    /// the same tier (e.g. 干/乾, both in GB 2312) are not in the table and give <see langword="false"/>.
    /// </summary>
    public static bool AreVariants(int first, int second) =>
        first != second && (GetSuggestions(first).Contains(second) || GetSuggestions(second).Contains(first));

    /// <summary>
    /// The real ideograph behind a look-alike form, or 0: Kangxi Radicals U+2F00–U+2FD5 (NFKC), U+2E9F and U+2EF3 of the
    /// CJK Radicals Supplement (NFKC), CJK Compatibility Ideographs U+F900–U+FAFF and U+2F800–U+2FA1F (NFC) except the 12
    /// unified ones (FA0E FA0F FA11 FA13 FA14 FA1F FA21 FA23 FA24 FA27 FA28 FA29). Table-driven: no
    /// <see cref="string.Normalize()"/>, so it works under invariant globalization too.
    /// </summary>
    public static int FoldLookAlike(int codePoint, out bool isRadical)
    {
        isRadical = false;
        if ((uint)(codePoint - HanziTables.KangxiFirst) <= HanziTables.KangxiLast - HanziTables.KangxiFirst)
        {
            isRadical = true;
            return HanziTables.KangxiTargets[codePoint - HanziTables.KangxiFirst];
        }

        if (codePoint == HanziTables.RadicalMother || codePoint == HanziTables.RadicalTurtle)
        {
            isRadical = true;
            return codePoint == HanziTables.RadicalMother ? HanziTables.RadicalMotherTarget : HanziTables.RadicalTurtleTarget;
        }

        if ((uint)(codePoint - HanziTables.CompatibilityBmpFirst) <= HanziTables.CompatibilityBmpLast - HanziTables.CompatibilityBmpFirst)
        {
            return HanziTables.CompatibilityBmpTargets[codePoint - HanziTables.CompatibilityBmpFirst];
        }

        if ((uint)(codePoint - HanziTables.CompatibilitySupplementFirst) <= HanziTables.CompatibilitySupplementLast - HanziTables.CompatibilitySupplementFirst)
        {
            return HanziTables.CompatibilitySupplementTargets[codePoint - HanziTables.CompatibilitySupplementFirst];
        }

        return 0;
    }

    /// <summary>
    /// <see langword="true"/> when <paramref name="codePoint"/> is an assigned Chinese character this runtime knows
    /// (<see cref="CharUnicodeInfo"/>: Unicode 15.0 on .NET 8, 16.0 on .NET 10), or a private-use code point.
    /// </summary>
    internal static bool IsAssignedHanzi(int codePoint, HanziTier tier) =>
        tier == HanziTier.PrivateUse || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherLetter;

    private static bool IsUnifiedCompatibility(int codePoint) =>
        codePoint is 0xFA0E or 0xFA0F or 0xFA11 or 0xFA13 or 0xFA14 or 0xFA1F or 0xFA21 or 0xFA23 or 0xFA24 or 0xFA27 or 0xFA28 or 0xFA29;

    private static bool IsSet(ReadOnlySpan<byte> bits, int offset) =>
        (uint)offset < (uint)bits.Length * 8 && (bits[offset >> 3] & (1 << (offset & 7))) != 0;
}
