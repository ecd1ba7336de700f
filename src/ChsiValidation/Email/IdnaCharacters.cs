namespace ChsiValidation;

/// <summary>
/// The decisions on the characters of an internationalised domain that the email rule takes from generated Unicode tables
/// (<see cref="IdnaTables"/>) instead of ICU, so that a domain gets the same verdict with ICU and under invariant
/// globalization, where <see cref="System.Globalization.IdnMapping"/> only Punycode-encodes (without the UTS #46 mapping)
/// and <see cref="string.Normalize()"/> returns its input.
/// </summary>
internal static class IdnaCharacters
{
    /// <summary>
    /// Whether ICU is there, seen by <see cref="string.Normalize()"/> composing (<c>e</c> + U+0301 → <c>é</c>), checked
    /// once. <see langword="false"/> under invariant globalization: nothing composes a decomposed label into the NFC form
    /// ICU would encode, and <see cref="System.Globalization.IdnMapping"/> has no UTS #46 mapping (the rule then encodes
    /// with <see cref="Punycode"/>).
    /// </summary>
    internal static readonly bool HasIcu = Composes();

    /// <summary>
    /// Whether a domain label may not have <paramref name="codePoint"/>: a letter, mark or digit of Unicode
    /// <see cref="IdnaTables.UnicodeVersion"/> that UTS #46 maps to something other than its lower case (its
    /// NFKC_Casefold is not its simple lowercase mapping: ﬁ, İ, ẞ, ｱ, 𝐚, U+FE0F, compatibility ideographs, Cherokee),
    /// or that it disallows (U+04C0, U+10A0..U+10C5, U+2132, U+2183). Meaningful only for the characters
    /// <see cref="Email"/>'s label check accepts (unassigned code points it refuses itself); ASCII is never refused.
    /// </summary>
    internal static bool IsRefused(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return false;
        }

        int at = Array.BinarySearch(Tables.RefusedBoundaries, codePoint);
        int flips = at >= 0 ? at + 1 : ~at;
        return (flips & 1) != 0;
    }

    /// <summary>
    /// In a domain (labels separated by '.') whose characters the label check and <see cref="IsRefused"/> accept, the
    /// index of the first character that NFC might change (UAX #15 §9 quick check): a combining mark out of canonical
    /// order, or a character that may compose with the starter before it (NFC_Quick_Check Maybe after a starter that
    /// begins a canonical composition, Hangul L and LV syllables included). -1 when NFC leaves the domain as it is.
    /// </summary>
    internal static int IndexOfUncomposed(ReadOnlySpan<char> domain)
    {
        bool starterComposes = false;
        int lastClass = 0;
        for (int i = 0; i < domain.Length; i++)
        {
            int codePoint = TypedText.ReadCodePoint(domain, i, out int width);
            int entry = codePoint is '.' or '-' ? 0 : CompositionEntry(codePoint);
            int combiningClass = entry >> 2;
            if (combiningClass != 0 && lastClass > combiningClass)
            {
                return i;
            }

            if ((entry & 2) != 0 && starterComposes)
            {
                return i;
            }

            if (combiningClass == 0)
            {
                starterComposes = (entry & 1) != 0;
            }

            lastClass = combiningClass;
            i += width - 1;
        }

        return -1;
    }

    private static bool Composes()
    {
        try
        {
            return "e\u0301".Normalize() == "\u00E9";
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The palette word of <paramref name="codePoint"/>: combining class &lt;&lt; 2 | 2 (NFC_QC Maybe) | 1 (starts a composition).</summary>
    private static int CompositionEntry(int codePoint)
    {
        int at = Array.BinarySearch(Tables.CompositionStarts, codePoint);
        int run = at >= 0 ? at : ~at - 1;
        return run < 0 ? 0 : IdnaTables.CompositionPalette[IdnaTables.CompositionValues[run]];
    }

    /// <summary>The packed tables, unpacked once, on the first non-ASCII domain.</summary>
    private static class Tables
    {
        internal static readonly int[] RefusedBoundaries = PackedDeltas.Unpack(IdnaTables.RefusedBoundaries, IdnaTables.RefusedBoundaryCount);

        internal static readonly int[] CompositionStarts = PackedDeltas.Unpack(IdnaTables.CompositionStarts, IdnaTables.CompositionRunCount);
    }
}
