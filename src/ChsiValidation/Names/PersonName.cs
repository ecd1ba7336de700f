using System.Runtime.CompilerServices;

namespace ChsiValidation;

/// <summary>
/// Personal names (姓名) as the CHSI registration takes them: at least two characters (FAQ item 3), at most 50
/// (民委发〔2016〕33号), Chinese characters with the separator dot · of minority names (阿沛·阿旺晋美), or Latin letters
/// where the certificate type allows them; rare characters (生僻字) graded by <see cref="HanziTier"/> with safer look-alikes.
/// </summary>
/// <remarks>
/// Order: ill-formed UTF-16 first, then trim spaces (U+3000 and NBSP included), then fold look-alikes (dot
/// variants between Chinese characters → U+00B7, Kangxi radicals and compatibility ideographs → the real ideograph), then
/// check characters, separators, script, length, rare characters. Lengths are counted in Unicode scalar values, never in
/// UTF-16 units (FluentValidation's <c>MinimumLength(2)</c> wrongly passes 𠮷 alone). Nothing throws on bad input; a
/// canonical name allocates nothing beyond the result.
/// </remarks>
public static partial class PersonName
{
    /// <summary>The separator of minority names' parts: U+00B7 MIDDLE DOT (阿沛·阿旺晋美).</summary>
    public const char Separator = '\u00B7';

    // Leading and trailing spaces allowed on top of 2 UTF-16 units per character before the input is refused unread.
    private const int TrimAllowance = 64;

    /// <summary>The canonical form of a trimmed input of up to half this many UTF-16 units is written on the stack.</summary>
    internal const int StackBufferLength = 256;

    /// <summary>Validates a typed name.</summary>
    /// <param name="input">What the person typed; <see langword="null"/> is reported as <see cref="PersonNameError.Empty"/>.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    /// <returns>The verdict with the reason, the canonical name, its rare characters and what was folded. Never throws.</returns>
    public static PersonNameResult Validate(string? input, PersonNameOptions? options = null)
    {
        options ??= PersonNameOptions.Default;
        Span<char> buffer = stackalloc char[StackBufferLength];
        return ValidateCore(input.AsSpan(), input, options, buffer, out _) with { Options = options };
    }

    /// <summary>
    /// The rule of <see cref="Validate(string?, PersonNameOptions?)"/> over a span, for callers that need the verdict and
    /// the canonical form but no string (masking): the same checks in the same order, nothing allocated for a name the rule
    /// accepts unless its canonical form needs more than <paramref name="buffer"/> (then one array of twice the trimmed
    /// input's length).
    /// </summary>
    /// <param name="input">The name as typed.</param>
    /// <param name="options">The rules.</param>
    /// <param name="buffer">Where a canonical form that differs from the input is written; <see cref="StackBufferLength"/> is enough for names of up to 128 UTF-16 units.</param>
    /// <param name="canonical">When the characters were accepted, the canonical form: <paramref name="input"/> itself when nothing changes, else in <paramref name="buffer"/>.</param>
    /// <returns>The reason the rule rejects the name; <see cref="PersonNameError.None"/> when it accepts it.</returns>
    internal static PersonNameError Check(ReadOnlySpan<char> input, PersonNameOptions options, Span<char> buffer, out ReadOnlySpan<char> canonical) =>
        ValidateCore(input, null, options, buffer, out canonical).Error;

    /// <summary>
    /// <see langword="true"/> when <see cref="Validate(string?, PersonNameOptions?)"/> accepts <paramref name="input"/>
    /// exactly as typed: valid, its <see cref="PersonNameResult.Normalized"/> form the input itself, and no rare
    /// character (<see cref="PersonNameResult.RareCharacters"/> empty). Nothing is allocated for a name of up to 128
    /// UTF-16 units. For checking many names (a roster), where only the others need a result built.
    /// </summary>
    /// <param name="input">The name as typed.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    public static bool IsValidAsTyped(ReadOnlySpan<char> input, PersonNameOptions? options = null)
    {
        options ??= PersonNameOptions.Default;

        // The common name: GB 2312 characters only, which nothing folds and no tier reports, of an allowed length.
        if (input.Length >= options.MinLength && input.Length <= options.MaxLength && options.MaxAcceptedTier >= HanziTier.Gb2312)
        {
            bool common = true;
            foreach (char c in input)
            {
                common &= HanziRepertoire.IsInGb2312(c);
            }

            if (common)
            {
                return true;
            }
        }

        return IsValidAsTypedChecked(input, options);
    }

    /// <summary><see cref="IsValidAsTyped"/> of any other name, through the rule itself.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsValidAsTypedChecked(ReadOnlySpan<char> input, PersonNameOptions options)
    {
        Span<char> buffer = stackalloc char[StackBufferLength];
        PersonNameResult result = ValidateCore(input, null, options, buffer, out ReadOnlySpan<char> canonical);
        return result.Error == PersonNameError.None && result.RarestTier <= options.MaxAcceptedTier && canonical.SequenceEqual(input);
    }

    /// <summary>
    /// The rule. With <paramref name="original"/> (the string <paramref name="input"/> reads) it builds the whole result;
    /// without it, only the verdict, the counts and <paramref name="canonical"/>: no string, no list of changes or rare
    /// characters.
    /// </summary>
    private static PersonNameResult ValidateCore(ReadOnlySpan<char> input, string? original, PersonNameOptions options, Span<char> buffer, out ReadOnlySpan<char> canonical)
    {
        canonical = default;
        if (input.IsEmpty)
        {
            return PersonNameResult.Fail(PersonNameError.Empty);
        }

        if (input.Length > (options.MaxLength * 2) + TrimAllowance)
        {
            return PersonNameResult.Fail(PersonNameError.TooLong);
        }

        // string.Normalize and most text APIs throw on lone surrogates: reject them before anything else reads the text.
        int lone = TypedText.IndexOfLoneSurrogate(input);
        if (lone >= 0)
        {
            return PersonNameResult.Fail(PersonNameError.IllFormed, lone, TypedText.RuneCount(input[..lone]), input[lone]);
        }

        int start = 0;
        int end = input.Length;
        while (start < end && IsSpace(input[start]))
        {
            start++;
        }

        if (start == end)
        {
            return PersonNameResult.Fail(PersonNameError.Empty);
        }

        while (IsSpace(input[end - 1]))
        {
            end--;
        }

        // Pass 1: what the name is made of, and the first character that cannot be in it.
        Position invalid = Position.None, latin = Position.None, hanOnlyInvalid = Position.None, latinOnlyInvalid = Position.None;
        bool hasHan = false;
        bool rewrite = false;
        HanziTier rarest = HanziTier.NotHanzi;
        Kind previous = Kind.Invalid;
        int letter = 0; // the last Latin letter, composed with the marks after it so far
        int ci = start;
        for (int i = start; i < end; ci++)
        {
            int cp = TypedText.ReadCodePoint(input, i, out int width);
            Kind kind = Classify(cp, options, out int folded, out PersonNameChanges fold, out HanziTier tier);
            switch (kind)
            {
                case Kind.Invalid:
                    invalid = invalid.OrFirst(i, ci, cp);
                    break;
                case Kind.Han:
                    hasHan = true;
                    rewrite |= fold != PersonNameChanges.None;
                    rarest = tier > rarest ? tier : rarest;
                    break;
                case Kind.Latin:
                    latin = latin.OrFirst(i, ci, cp);
                    letter = folded;
                    break;
                case Kind.CombiningMark:
                    // A letter typed or pasted decomposed (NFD: "e" + U+0301): composed as NFC would, mark by mark.
                    letter = previous == Kind.Latin ? ComposeLatin(letter, cp) : 0;
                    invalid = letter != 0 ? invalid : invalid.OrFirst(i, ci, cp);
                    rewrite = true;
                    kind = letter != 0 ? Kind.Latin : kind;
                    break;
                case Kind.VariationSelector:
                    // Selects a glyph of the Chinese character before it (an IVS); anywhere else it is a stray mark.
                    invalid = previous == Kind.Han ? invalid : invalid.OrFirst(i, ci, cp);
                    rewrite = true;
                    break;
                case Kind.Space when IsNextToDot(input, i, start, end):
                    // Spaces around a minority name's separator (阿沛 · 阿旺晋美): removed in a Chinese name.
                    rewrite = true;
                    break;
                case Kind.Space or Kind.Hyphen or Kind.Apostrophe:
                    hanOnlyInvalid = hanOnlyInvalid.OrFirst(i, ci, cp);
                    break;
                case Kind.Dot:
                    rewrite = true;
                    if (cp is not ('.' or '\uFF0E'))
                    {
                        latinOnlyInvalid = latinOnlyInvalid.OrFirst(i, ci, cp);
                    }

                    break;
            }

            previous = kind;
            i += width;
        }

        PersonNameScript script = hasHan ? PersonNameScript.Han : latin.IsSet ? PersonNameScript.Latin : PersonNameScript.Unknown;
        Position firstInvalid = script switch
        {
            PersonNameScript.Han => Position.Earliest(invalid, hanOnlyInvalid),
            PersonNameScript.Latin => Position.Earliest(invalid, latinOnlyInvalid),
            _ => invalid,
        };
        if (firstInvalid.IsSet)
        {
            if (HanziRepertoire.GetTier(firstInvalid.CodePoint) != HanziTier.PrivateUse)
            {
                return firstInvalid.Fail(PersonNameError.InvalidCharacter);
            }

            ReadOnlySpan<int> standard = HanziRepertoire.GetSuggestions(firstInvalid.CodePoint);
            return original is null || standard.IsEmpty
                ? firstInvalid.Fail(PersonNameError.PrivateUseCharacter)
                : firstInvalid.Fail(PersonNameError.PrivateUseCharacter) with { ErrorSuggestions = [char.ConvertFromUtf32(standard[0])] };
        }

        if (script == PersonNameScript.Han && latin.IsSet)
        {
            return latin.Fail(PersonNameError.MixedScript);
        }

        if (script == PersonNameScript.Unknown)
        {
            // Only dots, hyphens, apostrophes and spaces: a separator with nothing to separate.
            return PersonNameResult.Fail(PersonNameError.MisplacedSeparator, start, start, TypedText.ReadCodePoint(input, start, out _));
        }

        // The common case: Chinese characters only, nothing to fold, nothing rare. Pass 1 said everything.
        if (script == PersonNameScript.Han && !rewrite && start == 0 && end == input.Length && rarest <= options.MaxAcceptedTier)
        {
            int characters = ci - start;
            canonical = input;
            PersonNameResult plain = new()
            {
                Normalized = original,
                Script = script,
                CharacterCount = characters,
                RarestTier = rarest,
                ErrorPosition = -1,
                ErrorCharacterIndex = -1,
                ErrorCodePoint = -1,
            };
            return characters < options.MinLength ? plain with { Error = PersonNameError.TooShort }
                : characters > options.MaxLength ? plain with { Error = PersonNameError.TooLong }
                : plain;
        }

        // Pass 2: the canonical form, the separators' places, the tiers.
        int capacity = (end - start) * 2;
        Span<char> output = capacity <= buffer.Length ? buffer : new char[capacity];
        var builder = new Builder(input, start, end, output, record: original is not null);
        PersonNameResult checkedForm = script == PersonNameScript.Han
            ? BuildHan(ref builder, options)
            : BuildLatin(ref builder, options);
        if (checkedForm.Error == PersonNameError.MisplacedSeparator)
        {
            return checkedForm;
        }

        canonical = builder.Output;
        string? normalized = original is null ? null
            : builder.Changes == PersonNameChanges.None && start == 0 && end == input.Length ? original
            : builder.Output.ToString();
        IReadOnlyList<PersonNameNormalization> normalizations = original is null ? [] : builder.Normalizations(input, start, end);
        PersonNameResult result = checkedForm with
        {
            Normalized = normalized,
            Script = script,
            CharacterCount = builder.Characters,
            Changes = builder.Changes,
            Normalizations = normalizations,
            RareCharacters = builder.RareCharacters,
            RarestTier = builder.RarestTier,
            ErrorPosition = -1,
            ErrorCharacterIndex = -1,
            ErrorCodePoint = -1,
        };

        if (script == PersonNameScript.Latin && !options.AllowLatin)
        {
            return result with { Error = PersonNameError.LatinNotAllowed };
        }

        if (builder.Characters < options.MinLength)
        {
            return result with { Error = PersonNameError.TooShort };
        }

        if (builder.Characters > options.MaxLength)
        {
            return result with { Error = PersonNameError.TooLong };
        }

        if (options.RareCharacterIsError && builder.FirstRare.IsSet)
        {
            return result with
            {
                Error = PersonNameError.RareCharacter,
                ErrorPosition = builder.FirstRare.Index,
                ErrorCharacterIndex = builder.FirstRare.CharacterIndex,
                ErrorCodePoint = builder.FirstRare.CodePoint,
            };
        }

        return result;
    }

    /// <summary>
    /// Compares two names for record matching (FAQ item 7: records show only when the registered name equals the school's).
    /// Symmetric: swapping the names swaps the indexes in <see cref="PersonNameComparison.Details"/> and nothing else.
    /// </summary>
    /// <returns>
    /// <see cref="PersonNameMatch.Same"/> for the same string; <see cref="PersonNameMatch.SameAfterNormalization"/> when equal
    /// after trimming, ignoring spaces between Chinese characters (runs of spaces count once in Latin names), invisible
    /// characters (zero-width, BOM, bidi, variation selectors), letter case and a Chinese name's separator dots (阿沛阿旺晋美
    /// against 阿沛·阿旺晋美), folding dot variants, radicals, compatibility ideographs, full-width forms and GBK private-use codes;
    /// <see cref="PersonNameMatch.DiffersByVariant"/> when, beyond that, only variant characters differ (張/张);
    /// otherwise <see cref="PersonNameMatch.Different"/>. Never throws. A string longer than any name can be
    /// (<see cref="PersonNameOptions.MaxMaxLength"/> characters with room for spaces) is <see cref="PersonNameMatch.Different"/>
    /// from everything, itself included, unread.
    /// </returns>
    public static PersonNameComparison Compare(string? first, string? second)
    {
        first ??= string.Empty;
        second ??= string.Empty;
        const int longest = (PersonNameOptions.MaxMaxLength * 2) + TrimAllowance;
        if (first.Length > longest || second.Length > longest)
        {
            return default;
        }

        if (string.Equals(first, second, StringComparison.Ordinal))
        {
            return new PersonNameComparison { Match = PersonNameMatch.Same };
        }

        List<ComparisonKey.Unit> a = ComparisonKey.Build(first);
        List<ComparisonKey.Unit> b = ComparisonKey.Build(second);
        if (a.Count != b.Count)
        {
            return default;
        }

        var details = new List<PersonNameDifference>();
        for (int k = 0; k < a.Count; k++)
        {
            ComparisonKey.Unit x = a[k];
            ComparisonKey.Unit y = b[k];
            if (x.Key != y.Key && (x.Key < 0 || y.Key < 0 || !HanziRepertoire.AreVariants(x.Key, y.Key)))
            {
                return default;
            }

            ComparisonKey.Explain(x, y, details);
        }

        var differences = PersonNameDifferences.None;
        foreach (PersonNameDifference detail in details)
        {
            differences |= detail.Kind;
        }

        return new PersonNameComparison
        {
            Match = (differences & PersonNameDifferences.Variant) != 0 ? PersonNameMatch.DiffersByVariant : PersonNameMatch.SameAfterNormalization,
            Differences = differences,
            Details = details,
        };
    }

    /// <summary>A character's place: UTF-16 index and character index in the input, and its code point.</summary>
    private readonly record struct Position(int Index, int CharacterIndex, int CodePoint)
    {
        public static Position None => new(-1, -1, -1);

        public bool IsSet => Index >= 0;

        public static Position Earliest(Position x, Position y) => !x.IsSet || (y.IsSet && y.Index < x.Index) ? y : x;

        public Position OrFirst(int index, int characterIndex, int codePoint) => IsSet ? this : new(index, characterIndex, codePoint);

        public PersonNameResult Fail(PersonNameError error) => PersonNameResult.Fail(error, Index, CharacterIndex, CodePoint);
    }
}
