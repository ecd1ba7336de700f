using System.Globalization;
using System.Runtime.CompilerServices;

namespace ChsiValidation;

// What each character of a name is: Chinese character (with its tier and look-alike folds), Latin letter, separator,
// space, mark.
public static partial class PersonName
{
    private enum Kind : byte
    {
        Invalid,
        Han,
        Dot,
        Space,
        Hyphen,
        Apostrophe,
        Latin,
        VariationSelector,
        CombiningMark,
    }

    private static Kind Classify(int cp, PersonNameOptions options, out int folded, out PersonNameChanges fold, out HanziTier tier)
    {
        folded = cp;
        fold = PersonNameChanges.None;
        tier = HanziTier.NotHanzi;
        if (cp < 0x80)
        {
            return cp switch
            {
                (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => Kind.Latin,
                ' ' => Kind.Space,
                '-' => Kind.Hyphen,
                '\'' => Kind.Apostrophe,
                '.' => Kind.Dot,
                _ => Kind.Invalid,
            };
        }

        if (IsDot(cp))
        {
            return Kind.Dot;
        }

        if (IsVariationSelector(cp))
        {
            return Kind.VariationSelector;
        }

        if (cp is >= 0x0300 and <= 0x036F)
        {
            return Kind.CombiningMark;
        }

        tier = HanziRepertoire.GetTier(cp);
        if (tier == HanziTier.PrivateUse)
        {
            return options.AllowPrivateUse ? Kind.Han : Kind.Invalid;
        }

        if (tier != HanziTier.NotHanzi)
        {
            return HanziRepertoire.IsAssignedHanzi(cp, tier) ? Kind.Han : Kind.Invalid;
        }

        int ideograph = HanziRepertoire.FoldLookAlike(cp, out bool isRadical);
        if (ideograph != 0)
        {
            folded = ideograph;
            fold = isRadical ? PersonNameChanges.RadicalFolded : PersonNameChanges.CompatibilityIdeographFolded;
            tier = HanziRepertoire.GetTier(ideograph);
            return Kind.Han;
        }

        switch (cp)
        {
            // Full-width Ａ–Ｚ, ａ–ｚ, － and ＇: the ASCII letter or punctuation.
            case (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A) or 0xFF0D or 0xFF07:
                folded = TypedText.FoldFullWidth((char)cp);
                fold = PersonNameChanges.FullWidthFolded;
                return folded switch
                {
                    '-' => Kind.Hyphen,
                    '\'' => Kind.Apostrophe,
                    _ => Kind.Latin,
                };
            // Latin-1 Supplement to Latin Extended-B, Latin Extended Additional, and ʒ U+0292, the lower case of Ʒ U+01B7
            // (and the base of ǯ U+01EF when decomposed).
            case (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF) or 0x0292 when cp is not (0xD7 or 0xF7) && IsLetter(cp):
                return Kind.Latin;
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.SpaceSeparator ? Kind.Space : Kind.Invalid;
    }

    /// <summary>
    /// U+00B7, the 间隔号 of GB/T 15834-2011, and what people type instead (NFKC, UAX #15, does not unify them: FF65→30FB,
    /// FF0E→'.'), and U+2E31 WORD SEPARATOR MIDDLE DOT, a middle dot by name and shape.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDot(int cp) =>
        cp is '\u00B7' or '\u2022' or '\u30FB' or '\uFF65' or '\u2027' or '\u2219' or '\u22C5' or '\uFF0E' or '.' or '\u0387' or '\u2E31';

    /// <summary>Variation selectors: U+FE00–U+FE0F (standardised sequences) and U+E0100–U+E01EF (ideographic, IVS).</summary>
    internal static bool IsVariationSelector(int cp) => cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>
    /// The precomposed Latin letter for <paramref name="letter"/> followed by the combining mark <paramref name="mark"/>
    /// (canonical composition, from UnicodeData.txt: e + U+0301 → é); 0 when there is none.
    /// </summary>
    internal static int ComposeLatin(int letter, int mark)
    {
        if (letter is <= 0 or > 0xFFFF || mark is < 0x0300 or > 0x036F)
        {
            return 0;
        }

        int at = LatinCompositions.Keys.BinarySearch(((uint)letter << 16) | (uint)mark);
        return at >= 0 ? LatinCompositions.Values[at] : 0;
    }

    /// <summary>Whether the space at <paramref name="index"/> belongs to a run of spaces that touches a dot.</summary>
    private static bool IsNextToDot(ReadOnlySpan<char> input, int index, int start, int end)
    {
        // Dots are BMP characters, so the neighbour's UTF-16 unit is enough (a surrogate is never a dot).
        int before = index - 1;
        while (before >= start && IsSpace(input[before]))
        {
            before--;
        }

        int after = index + 1;
        while (after < end && IsSpace(input[after]))
        {
            after++;
        }

        return (before >= start && IsDot(input[before])) || (after < end && IsDot(input[after]));
    }

    private static bool IsLetter(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    /// <summary>
    /// Spaces trimmed from both ends: U+0020, NBSP, U+3000 and every other space separator (Zs). Wider than
    /// <see cref="TypedText.IsSpace"/> on purpose: names are pasted from documents and rosters (en, thin and figure
    /// spaces), and a Chinese name has no character that an outer space could be confused with.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) =>
        c == ' ' || (c >= '\u0080' && (c is '\u00A0' or '\u3000' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator));
}
