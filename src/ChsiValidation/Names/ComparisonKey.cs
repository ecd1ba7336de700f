using System.Text;

namespace ChsiValidation;

/// <summary>
/// The form two names are compared in (<see cref="PersonName.Compare(string?, string?)"/>): one unit per character after
/// the folds of <see cref="PersonName.Validate(string?, PersonNameOptions?)"/>, letter case and GBK private-use codes,
/// with the spaces that were dropped before it. Tolerates anything, lone surrogates included.
/// </summary>
internal static class ComparisonKey
{
    /// <summary>One compared character.</summary>
    /// <param name="Key">The folded code point.</param>
    /// <param name="Original">The code point as typed.</param>
    /// <param name="Index">UTF-16 index in the name.</param>
    /// <param name="Fold">What folding <see cref="Original"/> to <see cref="Key"/> took.</param>
    /// <param name="Spaces">Spaces dropped before this character (after it, for the trailing ones of the last), or merged into it.</param>
    internal readonly record struct Unit(int Key, int Original, int Index, PersonNameDifferences Fold, int Spaces);

    internal static List<Unit> Build(string name)
    {
        var units = new List<Unit>(name.Length);
        bool han = ContainsHan(name);
        int spaces = 0;
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
                    spaces += run;
                }
                else
                {
                    // A Latin name keeps one space between words; how many were typed is a spacing difference.
                    units.Add(new Unit(' ', ' ', runStart, PersonNameDifferences.None, spaces + run - 1));
                    spaces = 0;
                }

                continue;
            }

            (int key, PersonNameDifferences fold) = Fold(cp, han);
            units.Add(new Unit(key, cp, i, fold, spaces));
            spaces = 0;
            i += width;
        }

        if (spaces > 0 && units.Count > 0)
        {
            units[^1] = units[^1] with { Spaces = units[^1].Spaces + (spaces * 1000) };
        }

        return units;
    }

    private static (int Key, PersonNameDifferences Fold) Fold(int cp, bool han)
    {
        if (han && PersonName.IsDot(cp))
        {
            return (PersonName.Separator, cp == PersonName.Separator ? PersonNameDifferences.None : PersonNameDifferences.DotVariant);
        }

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
}
