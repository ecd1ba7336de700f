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
    /// <param name="Key">The folded code point.</param>
    /// <param name="Original">The code point as typed.</param>
    /// <param name="Index">UTF-16 index in the name.</param>
    /// <param name="Fold">What folding <see cref="Original"/> to <see cref="Key"/> took.</param>
    /// <param name="Spaces">Spaces dropped before this character (after it, for the trailing ones of the last), or merged into it.</param>
    /// <param name="SpaceIndex">Where the first of those spaces stands; -1 when none.</param>
    /// <param name="Hidden">Invisible characters dropped before this character (trailing ones, on the last).</param>
    /// <param name="HiddenIndex">Where the first of them stands; -1 when none.</param>
    /// <param name="Dots">Separator dots before this character (Chinese names only).</param>
    /// <param name="Dot">The first of them as typed; 0 when none.</param>
    /// <param name="DotIndex">Where it stands; -1 when none.</param>
    internal readonly record struct Unit(
        int Key, int Original, int Index, PersonNameDifferences Fold, int Spaces, int SpaceIndex, int Hidden, int HiddenIndex, int Dots, int Dot, int DotIndex);

    /// <summary>A trailing run of separator dots, which no character follows: one unit keyed by how many there are.</summary>
    internal const int TrailingDotsKey = -1;

    internal static List<Unit> Build(string name)
    {
        var units = new List<Unit>(name.Length);
        bool han = ContainsHan(name);
        int spaces = 0, spaceIndex = -1, hidden = 0, hiddenIndex = -1, dots = 0, dot = 0, dotIndex = -1;
        for (int i = 0; i < name.Length;)
        {
            int cp = TypedText.ReadCodePoint(name, i, out int width);
            if (IsSpace(cp))
            {
                int run = 0;
                int runStart = i;
                while (i < name.Length && IsSpace(TypedText.ReadCodePoint(name, i, out int w)))
                {
                    run++;
                    i += w;
                }

                bool interior = units.Count > 0 && i < name.Length;
                if (han || !interior)
                {
                    spaceIndex = spaces == 0 ? runStart : spaceIndex;
                    spaces += run;
                }
                else
                {
                    // A Latin name keeps one space between words; how many were typed is a spacing difference.
                    units.Add(new Unit(' ', ' ', runStart, PersonNameDifferences.None, spaces + run - 1, spaceIndex < 0 ? runStart : spaceIndex, hidden, hiddenIndex, 0, 0, -1));
                    spaces = hidden = 0;
                    spaceIndex = hiddenIndex = -1;
                }

                continue;
            }

            if (IsInvisible(cp))
            {
                hiddenIndex = hidden == 0 ? i : hiddenIndex;
                hidden++;
                i += width;
                continue;
            }

            if (han && PersonName.IsDot(cp))
            {
                (dot, dotIndex) = dots == 0 ? (cp, i) : (dot, dotIndex);
                dots++;
                i += width;
                continue;
            }

            (int key, PersonNameDifferences fold) = Fold(cp);
            units.Add(new Unit(key, cp, i, fold, spaces, spaceIndex, hidden, hiddenIndex, dots, dot, dotIndex));
            spaces = hidden = dots = dot = 0;
            spaceIndex = hiddenIndex = dotIndex = -1;
            i += width;
        }

        if (dots > 0)
        {
            units.Add(new Unit(TrailingDotsKey * dots, dot, dotIndex, PersonNameDifferences.None, spaces, spaceIndex, hidden, hiddenIndex, 0, 0, -1));
        }
        else if ((spaces > 0 || hidden > 0) && units.Count > 0)
        {
            // Trailing spaces and invisible characters: counted apart from those before the last character.
            Unit last = units[^1];
            units[^1] = last with
            {
                Spaces = last.Spaces + (spaces * 1000),
                SpaceIndex = last.SpaceIndex >= 0 ? last.SpaceIndex : spaceIndex,
                Hidden = last.Hidden + (hidden * 1000),
                HiddenIndex = last.HiddenIndex >= 0 ? last.HiddenIndex : hiddenIndex,
            };
        }

        return units;
    }

    /// <summary>The differences between two aligned units, one flag each, with the index in each name (-1 where absent).</summary>
    internal static void Explain(Unit x, Unit y, List<PersonNameDifference> details)
    {
        if (x.Key != y.Key)
        {
            details.Add(new PersonNameDifference(PersonNameDifferences.Variant, x.Index, y.Index));
        }
        else if (x.Original != y.Original)
        {
            PersonNameDifferences folds = x.Fold | y.Fold;
            if (x.Key < 0)
            {
                folds = PersonNameDifferences.DotVariant; // trailing dots typed differently
            }
            else if (folds == PersonNameDifferences.None)
            {
                folds = PersonNameDifferences.Spaces; // a Latin name's word space typed as another space
            }

            for (int flag = 1; flag <= (int)folds; flag <<= 1)
            {
                if (((int)folds & flag) != 0)
                {
                    details.Add(new PersonNameDifference((PersonNameDifferences)flag, x.Index, y.Index));
                }
            }
        }

        if (x.Spaces != y.Spaces)
        {
            details.Add(new PersonNameDifference(PersonNameDifferences.Spaces, x.SpaceIndex, y.SpaceIndex));
        }

        if (x.Hidden != y.Hidden)
        {
            details.Add(new PersonNameDifference(PersonNameDifferences.InvisibleCharacter, x.HiddenIndex, y.HiddenIndex));
        }

        if (x.Dots != y.Dots)
        {
            details.Add(new PersonNameDifference(PersonNameDifferences.SeparatorMissing, x.DotIndex, y.DotIndex));
        }
        else if (x.Dot != y.Dot)
        {
            details.Add(new PersonNameDifference(PersonNameDifferences.DotVariant, x.DotIndex, y.DotIndex));
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
        if (cp is >= 0xFF01 and <= 0xFF5E)
        {
            cp -= 0xFEE0;
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

    // Format characters (zero-width, BOM, bidi controls, soft hyphen, ...) and variation selectors: nothing to see.
    private static bool IsInvisible(int cp) =>
        cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF)
        || (cp is < 0xD800 or > 0xDFFF && Rune.GetUnicodeCategory(new Rune(cp)) == System.Globalization.UnicodeCategory.Format);
}
