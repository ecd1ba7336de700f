using System.Text;

namespace ChsiValidation;

/// <summary>
/// The form two names are compared in (<see cref="PersonName.Compare(string?, string?)"/>): one unit per character after
/// the folds of <see cref="PersonName.Validate(string?, PersonNameOptions?)"/>, letter case and GBK private-use codes.
/// What a roster or an older system may add or drop without changing the name rides on the next character instead of
/// being one: spaces, invisible characters (zero-width, BOM, bidi and other format characters, variation selectors), and
/// in a Chinese name the separator dots, so 阿沛阿旺晋美 lines up with 阿沛·阿旺晋美. Tolerates anything, lone surrogates included.
/// </summary>
internal static class ComparisonKey
{
    /// <summary>One compared character, and what was dropped before it.</summary>
    /// <param name="Key">The folded code point; <see cref="EndKey"/> for the unit that closes every name.</param>
    /// <param name="Original">The (first) code point as typed.</param>
    /// <param name="Index">UTF-16 index in the name.</param>
    /// <param name="Fold">What folding the typed character(s) to <see cref="Key"/> took.</param>
    /// <param name="Letter">The letter combining marks compose with: full-width folded, then composed with the marks so far.</param>
    /// <param name="Typed">A fingerprint of the code points typed for this character (a letter and its combining marks).</param>
    /// <param name="Spaces">The spaces dropped before this character (in a Latin name's word space, its own run).</param>
    /// <param name="Hidden">The invisible characters dropped before it.</param>
    /// <param name="Dots">The separator dots before it (Chinese names only).</param>
    internal readonly record struct Unit(
        int Key, int Original, int Index, PersonNameDifferences Fold, int Letter, int Typed, Dropped Spaces, Dropped Hidden, Dropped Dots);

    /// <summary>
    /// Characters of one kind dropped before a unit: how many, a fingerprint of which ones and where each stood in the
    /// whole run dropped there (so 阿沛 ·阿旺 and 阿沛· 阿旺 differ in their spaces, and "a space, then a zero-width space"
    /// differs from the reverse), and the index of the first of them (-1 when none).
    /// </summary>
    internal readonly record struct Dropped(int Count, int Fingerprint, int Index)
    {
        public static Dropped None => new(0, 0, -1);

        public Dropped Add(int codePoint, int index, int order) =>
            new(Count + 1, HashCode.Combine(Fingerprint, codePoint, order), Count == 0 ? index : Index);
    }

    /// <summary>The key of the unit that closes every name and carries its trailing spaces, invisible characters and dots.</summary>
    internal const int EndKey = -1;

    private const PersonNameDifferences Lookalike = PersonNameDifferences.RadicalForm | PersonNameDifferences.CompatibilityForm
        | PersonNameDifferences.PrivateUseCode | PersonNameDifferences.Decomposed;

    internal static List<Unit> Build(string name)
    {
        var units = new List<Unit>(name.Length + 1);
        bool han = ContainsHan(name);
        Dropped spaces = Dropped.None, hidden = Dropped.None, dots = Dropped.None;
        bool afterWordSpace = false; // nothing but invisible characters since a Latin name's word space
        for (int i = 0; i < name.Length;)
        {
            int cp = TypedText.ReadCodePoint(name, i, out int width);
            if (IsSpace(cp))
            {
                // A Latin name keeps one space between words (a unit of its own; spaces split by invisible characters
                // are still one); anywhere else spaces are dropped.
                bool wordSpace = !han && units.Count > 0 && IsVisibleAhead(name, i);
                Dropped run = wordSpace ? (afterWordSpace ? units[^1].Spaces : Dropped.None) : spaces;
                int runStart = i;
                while (i < name.Length && IsSpace(TypedText.ReadCodePoint(name, i, out int w)))
                {
                    run = run.Add(name[i], i, wordSpace ? run.Count : run.Count + hidden.Count + dots.Count);
                    i += w;
                }

                if (wordSpace && afterWordSpace)
                {
                    units[^1] = units[^1] with { Spaces = run };
                }
                else if (wordSpace)
                {
                    units.Add(new Unit(' ', ' ', runStart, PersonNameDifferences.None, ' ', ' ', run, hidden, dots));
                    hidden = dots = Dropped.None;
                    afterWordSpace = true;
                }
                else
                {
                    spaces = run;
                }

                continue;
            }

            int order = spaces.Count + hidden.Count + dots.Count;
            if (!han && order == 0 && units.Count > 0 && !afterWordSpace
                && PersonName.ComposeLatin(units[^1].Letter, cp) is int composed and not 0)
            {
                // A letter written decomposed ("e" + U+0301) compares as the precomposed letter it denotes (é), as
                // PersonName.Validate composes it: from the full-width folded letter.
                Unit letter = units[^1];
                (int key, PersonNameDifferences fold) = Fold(composed);
                fold |= PersonNameDifferences.Decomposed | (letter.Fold & PersonNameDifferences.FullWidth);
                units[^1] = letter with { Key = key, Fold = fold, Letter = composed, Typed = HashCode.Combine(letter.Typed, cp) };
            }
            else if (IsInvisible(cp))
            {
                hidden = hidden.Add(cp, i, order);
            }
            else if (han && PersonName.IsDot(cp))
            {
                // Which dots only: where the spaces and invisible characters stood around them is in their own fingerprints.
                dots = dots.Add(cp, i, dots.Count);
            }
            else
            {
                (int key, PersonNameDifferences fold) = Fold(cp);
                int letter = cp <= 0xFFFF ? TypedText.FoldFullWidth((char)cp) : cp;
                units.Add(new Unit(key, cp, i, fold, letter, cp, spaces, hidden, dots));
                spaces = hidden = dots = Dropped.None;
                afterWordSpace = false;
            }

            i += width;
        }

        units.Add(new Unit(EndKey, EndKey, -1, PersonNameDifferences.None, 0, 0, spaces, hidden, dots));
        return units;
    }

    /// <summary>The differences between two aligned units, one flag each, with the index in each name (-1 where absent).</summary>
    internal static void Explain(Unit x, Unit y, List<PersonNameDifference> details)
    {
        if (x.Key != y.Key)
        {
            details.Add(new PersonNameDifference(PersonNameDifferences.Variant, x.Index, y.Index));
        }
        else if (x.Original != y.Original || x.Fold != y.Fold || x.Typed != y.Typed)
        {
            // The folds one character took and the other did not (ｊ against j: full width, not letter case). Where both
            // took the same ones, the look-alike folds they share (two radical forms of one ideograph; e + marks against
            // ẹ + a mark) say how they differ.
            PersonNameDifferences folds = x.Fold ^ y.Fold;
            folds = folds != PersonNameDifferences.None ? folds : x.Fold & y.Fold & Lookalike;
            folds = folds != PersonNameDifferences.None ? folds : PersonNameDifferences.Decomposed;
            for (int flag = 1; flag <= (int)folds; flag <<= 1)
            {
                if (((int)folds & flag) != 0)
                {
                    details.Add(new PersonNameDifference((PersonNameDifferences)flag, x.Index, y.Index));
                }
            }
        }

        Explain(PersonNameDifferences.Spaces, x.Spaces, y.Spaces, details);
        Explain(PersonNameDifferences.InvisibleCharacter, x.Hidden, y.Hidden, details);
        Explain(x.Dots.Count != y.Dots.Count ? PersonNameDifferences.SeparatorMissing : PersonNameDifferences.DotVariant, x.Dots, y.Dots, details);
    }

    private static void Explain(PersonNameDifferences kind, Dropped x, Dropped y, List<PersonNameDifference> details)
    {
        if (x != y && (x.Count != y.Count || x.Fingerprint != y.Fingerprint))
        {
            details.Add(new PersonNameDifference(kind, x.Index, y.Index));
        }
    }

    private static (int Key, PersonNameDifferences Fold) Fold(int cp)
    {
        int ideograph = HanziRepertoire.FoldLookAlike(cp, out bool isRadical);
        if (ideograph != 0)
        {
            return (ideograph, isRadical ? PersonNameDifferences.RadicalForm : PersonNameDifferences.CompatibilityForm);
        }

        if (cp is >= 0xE815 and <= 0xE864)
        {
            ReadOnlySpan<int> target = HanziRepertoire.GetSuggestions(cp);
            return target.IsEmpty ? (cp, PersonNameDifferences.None) : (target[0], PersonNameDifferences.PrivateUseCode);
        }

        var fold = PersonNameDifferences.None;
        if (cp <= 0xFFFF && TypedText.FoldFullWidth((char)cp) != cp)
        {
            cp = TypedText.FoldFullWidth((char)cp);
            fold = PersonNameDifferences.FullWidth;
        }

        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return (cp, fold);
        }

        int upper = Rune.ToUpperInvariant(new Rune(cp)).Value;
        return upper == cp ? (cp, fold) : (upper, fold | PersonNameDifferences.LetterCase);
    }

    private static bool ContainsHan(string name)
    {
        for (int i = 0; i < name.Length;)
        {
            int cp = TypedText.ReadCodePoint(name, i, out int width);
            HanziTier tier = HanziRepertoire.GetTier(cp);
            if ((tier != HanziTier.NotHanzi && tier != HanziTier.PrivateUse) || HanziRepertoire.FoldLookAlike(cp, out _) != 0
                || (cp is >= 0xE815 and <= 0xE864 && !HanziRepertoire.GetSuggestions(cp).IsEmpty))
            {
                return true;
            }

            i += width;
        }

        return false;
    }

    private static bool IsSpace(int cp) => cp <= 0xFFFF && PersonName.IsSpace((char)cp);

    /// <summary>Whether a character that is neither a space nor invisible follows <paramref name="index"/>.</summary>
    private static bool IsVisibleAhead(string name, int index)
    {
        for (int i = index; i < name.Length;)
        {
            int cp = TypedText.ReadCodePoint(name, i, out int width);
            if (!IsSpace(cp) && !IsInvisible(cp))
            {
                return true;
            }

            i += width;
        }

        return false;
    }

    // Format characters (zero-width, BOM, bidi controls, soft hyphen, ...) and variation selectors: nothing to see.
    private static bool IsInvisible(int cp) =>
        PersonName.IsVariationSelector(cp)
        || (cp is < 0xD800 or > 0xDFFF && Rune.GetUnicodeCategory(new Rune(cp)) == System.Globalization.UnicodeCategory.Format);
}
