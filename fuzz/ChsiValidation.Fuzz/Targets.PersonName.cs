using System.Text;

namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    // Default rules, and each option that changes a code path (Latin names, private-use codes, rare characters as errors).
    private static readonly PersonNameOptions[] PersonNameOptionSets =
    [
        PersonNameOptions.Default,
        new() { AllowLatin = true },
        new() { AllowPrivateUse = true, MaxAcceptedTier = HanziTier.PrivateUse },
        new() { RareCharacterIsError = true, MaxAcceptedTier = HanziTier.Gb2312 },
        new() { AllowLatin = true, MinLength = 1, MaxLength = 4 },
    ];

    /// <summary>What splits a fuzz input into the two names given to <see cref="PersonName.Compare"/>.</summary>
    private const char CompareSplit = '|';

    private static readonly IEqualityComparer<PersonNameResult> PersonNameResultComparer = new PersonNameResultEquality();

    private static readonly IEqualityComparer<PersonNameComparison> PersonNameComparisonComparer = new PersonNameComparisonEquality();

    /// <summary>PersonName.Validate (five option sets), PersonName.Compare, HanziRepertoire over the input's code points.</summary>
    internal static void PersonNameTarget(string? input)
    {
        foreach (PersonNameOptions options in PersonNameOptionSets)
        {
            PersonNameResult result = Check.Deterministic(() => PersonName.Validate(input, options), PersonNameResultComparer);
            CheckPersonNameResult(input, options, result);
        }

        // Compare: the two halves around the first '|' (or the input against itself and its canonical form).
        int split = input is null ? -1 : input.IndexOf(CompareSplit);
        string? first = split < 0 ? input : input![..split];
        string? second = split < 0 ? null : input![(split + 1)..];
        CheckCompare(first, second);
        CheckCompare(first, first);
        Check.That(PersonName.Compare(first, first).Match == (CanBeAName(first) ? PersonNameMatch.Same : PersonNameMatch.Different));
        PersonNameResult plain = PersonName.Validate(first);
        if (plain.IsValid)
        {
            // A valid name and its canonical form are the same name to Compare.
            PersonNameMatch match = PersonName.Compare(first, plain.Normalized).Match;
            Check.That(match is PersonNameMatch.Same or PersonNameMatch.SameAfterNormalization);
        }

        CheckRepertoire(input);
    }

    private static void CheckPersonNameResult(string? input, PersonNameOptions options, PersonNameResult r)
    {
        Check.That(r.IsValid == (r.Error == PersonNameError.None));
        Check.That(Enum.IsDefined(r.Error) && Enum.IsDefined(r.Script) && Enum.IsDefined(r.RarestTier));

        // Positions point into the input, at the code point they name.
        if (r.ErrorPosition >= 0)
        {
            Check.That(input is not null && r.ErrorPosition < input.Length);
            Check.That(r.ErrorCharacterIndex >= 0 && r.ErrorCharacterIndex <= r.ErrorPosition);
            Check.That(r.ErrorCodePoint == CodePointAt(input!, r.ErrorPosition));
        }
        else
        {
            Check.That(r.ErrorCharacterIndex == -1 && r.ErrorCodePoint == -1);
        }

        foreach (PersonNameNormalization n in r.Normalizations)
        {
            Check.That(input is not null && n.Index >= 0 && n.Length > 0 && n.Index + n.Length <= input.Length);
            Check.That(n.Original == CodePointAt(input!, n.Index));
        }

        if (r.Normalized is not { } normalized)
        {
            Check.That(!r.IsValid && r.RareCharacters.Count == 0 && r.Normalizations.Count == 0);
            return;
        }

        Check.That(r.WasNormalized == !ReferenceEquals(normalized, input));
        Check.That(r.CharacterCount == normalized.EnumerateRunes().Count() && r.CharacterCount > 0);
        Check.That(r.IsValid ? r.CharacterCount >= options.MinLength && r.CharacterCount <= options.MaxLength : true);
        Check.That(r.Script is not PersonNameScript.Unknown);
        Check.That(!r.IsValid || r.Script == PersonNameScript.Han || options.AllowLatin);
        foreach (RareCharacter rare in r.RareCharacters)
        {
            Check.That(rare.Index >= 0 && rare.Index < normalized.Length && CodePointAt(normalized, rare.Index) == rare.CodePoint);
            Check.That(rare.Tier > options.MaxAcceptedTier && rare.Tier == HanziRepertoire.GetTier(rare.CodePoint));
            Check.That(rare.CharacterIndex == normalized.AsSpan(0, rare.Index).ToString().EnumerateRunes().Count());
        }

        // The canonical form re-validates to itself, with nothing left to change. Folding can lengthen a name (a BMP
        // compatibility ideograph becomes a surrogate pair), so the canonical form of a TooLong name may pass the
        // documented read bound (2 × MaxLength + 64 UTF-16 units): then it is TooLong unread, without a canonical form.
        PersonNameResult again = PersonName.Validate(normalized, options);
        if (again.Normalized is null && normalized.Length > (options.MaxLength * 2) + 64)
        {
            Check.That(r.Error == PersonNameError.TooLong && again.Error == PersonNameError.TooLong);
            return;
        }

        Check.That(ReferenceEquals(again.Normalized, normalized) && again.Changes == PersonNameChanges.None);
        Check.Same(r.Error, again.Error);
        Check.Same(r.CharacterCount, again.CharacterCount);
        Check.Same(r.Script, again.Script);
        Check.Same(r.RarestTier, again.RarestTier);
        Check.That(r.RareCharacters.SequenceEqual(again.RareCharacters, RareCharacterComparer.Instance));
    }

    /// <summary>Within the length <see cref="PersonName.Compare"/> reads: the longest name, twice over, and room for spaces.</summary>
    private static bool CanBeAName(string? s) => (s?.Length ?? 0) <= (PersonNameOptions.MaxMaxLength * 2) + 64;

    private static void CheckCompare(string? first, string? second)
    {
        PersonNameComparison ab = Check.Deterministic(() => PersonName.Compare(first, second), PersonNameComparisonComparer);
        PersonNameComparison ba = PersonName.Compare(second, first);
        Check.That(Enum.IsDefined(ab.Match));

        // Symmetric: swapping the names swaps the indexes in the details and nothing else.
        Check.Same(ab.Match, ba.Match);
        Check.Same(ab.Differences, ba.Differences);
        Check.That(ab.Details.Select(d => d with { IndexInFirst = d.IndexInSecond, IndexInSecond = d.IndexInFirst }).SequenceEqual(ba.Details));

        Check.That(ab.Match is PersonNameMatch.Same or PersonNameMatch.Different
            ? ab.Differences == PersonNameDifferences.None && ab.Details.Count == 0
            : true);
        Check.That((ab.Match == PersonNameMatch.DiffersByVariant) == ((ab.Differences & PersonNameDifferences.Variant) != 0));

        // A near match always says why: the strings differ, so some difference is named.
        Check.That(ab.Match is not (PersonNameMatch.SameAfterNormalization or PersonNameMatch.DiffersByVariant) || ab.Details.Count > 0);
        // Same exactly for equal strings; a string longer than any name can be is Different from everything, itself
        // included, unread (Compare's documented bound; found when the Password campaign's queue was replayed here).
        bool equal = string.Equals(first ?? string.Empty, second ?? string.Empty, StringComparison.Ordinal);
        Check.That((ab.Match == PersonNameMatch.Same) == (equal && CanBeAName(first) && CanBeAName(second)));
        if (!CanBeAName(first) || !CanBeAName(second))
        {
            Check.That(ab.Match == PersonNameMatch.Different && ab.Details.Count == 0);
        }

        foreach (PersonNameDifference d in ab.Details)
        {
            Check.That(System.Numerics.BitOperations.PopCount((uint)d.Kind) == 1 && (ab.Differences & d.Kind) == d.Kind);
            Check.That(d.IndexInFirst >= 0 || d.IndexInSecond >= 0);
            Check.That(d.IndexInFirst >= -1 && d.IndexInFirst < (first?.Length ?? 0));
            Check.That(d.IndexInSecond >= -1 && d.IndexInSecond < (second?.Length ?? 0));
        }
    }

    /// <summary>HanziRepertoire on each rune, each raw UTF-16 unit and each pair of units read as a little-endian int.</summary>
    private static void CheckRepertoire(string? input)
    {
        if (input is null)
        {
            CheckCodePoint(-1);
            return;
        }

        foreach (Rune rune in input.EnumerateRunes())
        {
            CheckCodePoint(rune.Value);
        }

        for (int i = 0; i < input.Length && i < 64; i++)
        {
            CheckCodePoint(input[i]);
            if (i + 1 < input.Length)
            {
                CheckCodePoint(input[i] | (input[i + 1] << 16)); // any int, negatives and beyond U+10FFFF included
            }
        }
    }

    private static void CheckCodePoint(int cp)
    {
        HanziTier tier = Check.Deterministic(() => HanziRepertoire.GetTier(cp));
        Check.That(Enum.IsDefined(tier));
        Check.That(!HanziRepertoire.IsInGb2312(cp) || tier == HanziTier.Gb2312);
        Check.That(!HanziRepertoire.IsInGeneralStandardTable(cp) || tier is HanziTier.Gb2312 or HanziTier.GeneralStandard);
        Check.That(tier != HanziTier.Gb2312 || HanziRepertoire.IsInGb2312(cp));
        int[] suggestions = Check.Deterministic(() => HanziRepertoire.GetSuggestions(cp).ToArray(), SequenceComparer<int>.Instance);
        foreach (int s in suggestions)
        {
            // A suggestion is another, safer character: a variant of this one.
            Check.That(s != cp && Rune.IsValid(s) && HanziRepertoire.AreVariants(cp, s) && HanziRepertoire.AreVariants(s, cp));
            Check.That(HanziRepertoire.GetTier(s) is not (HanziTier.NotHanzi or HanziTier.PrivateUse));
        }

        Check.That(!HanziRepertoire.AreVariants(cp, cp));
        int folded = Check.Deterministic(() => HanziRepertoire.FoldLookAlike(cp, out bool radical) * (radical ? -1 : 1));
        Check.That(folded == 0 || HanziRepertoire.GetTier(Math.Abs(folded)) is not (HanziTier.NotHanzi or HanziTier.PrivateUse));
    }

    /// <summary>The code point at <paramref name="index"/> (a lone surrogate as itself).</summary>
    private static int CodePointAt(string s, int index) =>
        char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1])
            ? char.ConvertToUtf32(s[index], s[index + 1])
            : s[index];

    private sealed class SequenceComparer<T> : IEqualityComparer<IReadOnlyList<T>>, IEqualityComparer<T[]>
    {
        internal static readonly SequenceComparer<T> Instance = new();

        public bool Equals(IReadOnlyList<T>? x, IReadOnlyList<T>? y) => Check.SequenceEqual(x, y);

        public bool Equals(T[]? x, T[]? y) => Check.SequenceEqual(x, y);

        public int GetHashCode(IReadOnlyList<T> obj) => obj.Count;

        public int GetHashCode(T[] obj) => obj.Length;
    }

    private sealed class RareCharacterComparer : IEqualityComparer<RareCharacter>
    {
        internal static readonly RareCharacterComparer Instance = new();

        public bool Equals(RareCharacter x, RareCharacter y) =>
            x with { Suggestions = [] } == y with { Suggestions = [] } && Check.SequenceEqual(x.Suggestions, y.Suggestions);

        public int GetHashCode(RareCharacter obj) => obj.CodePoint;
    }

    private sealed class PersonNameResultEquality : IEqualityComparer<PersonNameResult>
    {
        public bool Equals(PersonNameResult x, PersonNameResult y) =>
            x with { ErrorSuggestions = [], Normalizations = [], RareCharacters = [] }
                == y with { ErrorSuggestions = [], Normalizations = [], RareCharacters = [] }
            && Check.SequenceEqual(x.ErrorSuggestions, y.ErrorSuggestions)
            && Check.SequenceEqual(x.Normalizations, y.Normalizations)
            && x.RareCharacters.SequenceEqual(y.RareCharacters, RareCharacterComparer.Instance);

        public int GetHashCode(PersonNameResult obj) => (int)obj.Error;
    }

    private sealed class PersonNameComparisonEquality : IEqualityComparer<PersonNameComparison>
    {
        public bool Equals(PersonNameComparison x, PersonNameComparison y) =>
            x.Match == y.Match && x.Differences == y.Differences && Check.SequenceEqual(x.Details, y.Details);

        public int GetHashCode(PersonNameComparison obj) => (int)obj.Match;
    }
}
