using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChsiValidation;

/// <summary>
/// Personal names (姓名) as the CHSI registration takes them: at least two characters (FAQ item 3), at most 50
/// (民委发〔2016〕33号), Chinese characters with the separator dot · of minority names (阿沛·阿旺晋美), or Latin letters
/// where the certificate type allows them; rare characters (生僻字) graded by <see cref="HanziTier"/> with safer look-alikes.
/// </summary>
/// <remarks>
/// Order (RULES.md §2): ill-formed UTF-16 first, then trim spaces (U+3000 and NBSP included), then fold look-alikes (dot
/// variants between Chinese characters → U+00B7, Kangxi radicals and compatibility ideographs → the real ideograph), then
/// check characters, separators, script, length, rare characters. Lengths are counted in Unicode scalar values, never in
/// UTF-16 units (FluentValidation's <c>MinimumLength(2)</c> wrongly passes 𠮷 alone). Nothing throws on bad input; a
/// canonical name allocates nothing beyond the result.
/// </remarks>
public static class PersonName
{
    /// <summary>The separator of minority names' parts: U+00B7 MIDDLE DOT (阿沛·阿旺晋美).</summary>
    public const char Separator = '\u00B7';

    // Leading and trailing spaces allowed on top of 2 UTF-16 units per character before the input is refused unread.
    private const int TrimAllowance = 64;

    private const int StackBufferLength = 256;

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

    /// <summary>Validates a typed name.</summary>
    /// <param name="input">What the person typed; <see langword="null"/> is reported as <see cref="PersonNameError.Empty"/>.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    /// <returns>The verdict with the reason, the canonical name, its rare characters and what was folded. Never throws.</returns>
    public static PersonNameResult Validate(string? input, PersonNameOptions? options = null)
    {
        options ??= PersonNameOptions.Default;
        return ValidateCore(input, options) with { Options = options };
    }

    private static PersonNameResult ValidateCore(string? input, PersonNameOptions options)
    {
        if (string.IsNullOrEmpty(input))
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
            return PersonNameResult.Fail(PersonNameError.IllFormed, lone, TypedText.RuneCount(input.AsSpan(0, lone)), input[lone]);
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
            return firstInvalid.Fail(PersonNameError.PrivateUseCharacter) with
            {
                ErrorSuggestions = standard.IsEmpty ? [] : [char.ConvertFromUtf32(standard[0])],
            };
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
            PersonNameResult plain = new()
            {
                Normalized = input,
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
        Span<char> buffer = capacity <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[capacity];
        var builder = new Builder(input, start, end, buffer);
        PersonNameResult checkedForm = script == PersonNameScript.Han
            ? BuildHan(ref builder, options)
            : BuildLatin(ref builder, options);
        if (checkedForm.Error == PersonNameError.MisplacedSeparator)
        {
            return checkedForm;
        }

        string normalized = builder.Changes == PersonNameChanges.None && start == 0 && end == input.Length
            ? input
            : builder.Output.ToString();
        IReadOnlyList<PersonNameNormalization> normalizations = builder.Normalizations(input, start, end);
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

    private static PersonNameResult BuildHan(ref Builder builder, PersonNameOptions options)
    {
        Kind previous = Kind.Invalid;
        Position lastDot = Position.None;
        while (builder.Next(options, out Kind kind, out int cp, out int folded, out PersonNameChanges fold, out HanziTier tier))
        {
            if (kind is Kind.Space or Kind.VariationSelector)
            {
                // Pass 1 let through only spaces next to a dot and selectors after a Chinese character: dropped.
                builder.Skip(kind == Kind.Space ? PersonNameChanges.WhitespaceAroundDotRemoved : PersonNameChanges.VariationSelectorRemoved);
                continue;
            }

            if (kind == Kind.Dot)
            {
                if (previous != Kind.Han)
                {
                    return builder.Here.Fail(PersonNameError.MisplacedSeparator);
                }

                lastDot = builder.Here;
                builder.Append(Separator, cp == Separator ? PersonNameChanges.None : PersonNameChanges.DotVariantFolded);
            }
            else
            {
                builder.AppendHan(folded, fold, tier, options);
            }

            previous = kind;
        }

        return previous == Kind.Dot ? lastDot.Fail(PersonNameError.MisplacedSeparator) : default;
    }

    private static PersonNameResult BuildLatin(ref Builder builder, PersonNameOptions options)
    {
        Kind previous = Kind.Invalid;
        Position pendingPunctuation = Position.None;
        int letter = 0;
        Position letterAt = Position.None;
        while (builder.Next(options, out Kind kind, out int cp, out int folded, out PersonNameChanges fold, out _))
        {
            if (kind == Kind.Latin)
            {
                builder.Append(folded, fold);
                (letter, letterAt) = (folded, builder.Here);
                pendingPunctuation = Position.None;
                previous = kind;
                continue;
            }

            if (kind == Kind.CombiningMark)
            {
                // Pass 1 let through only marks that compose with the letter before them.
                letter = ComposeLatin(letter, cp);
                builder.ComposeLast(letterAt, letter);
                continue;
            }

            // A name starts with a letter; a hyphen or apostrophe stands between letters; a period follows a letter;
            // a space follows a letter or a period.
            bool placed = kind switch
            {
                Kind.Space => previous is Kind.Latin or Kind.Dot,
                Kind.Dot => previous == Kind.Latin,
                _ => previous == Kind.Latin,
            };
            if (!placed)
            {
                return (pendingPunctuation.IsSet ? pendingPunctuation : builder.Here).Fail(PersonNameError.MisplacedSeparator);
            }

            if (kind == Kind.Space)
            {
                builder.AppendSpaceRun(cp);
            }
            else if (cp == '\uFF0E')
            {
                builder.Append('.', PersonNameChanges.FullWidthFolded);
            }
            else
            {
                builder.Append(folded, fold);
            }

            if (kind is Kind.Hyphen or Kind.Apostrophe)
            {
                pendingPunctuation = builder.Here;
            }

            previous = kind;
        }

        return pendingPunctuation.IsSet ? pendingPunctuation.Fail(PersonNameError.MisplacedSeparator) : default;
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
    /// U+00B7 and what people type instead (RULES.md §2; NFKC does not unify them: FF65→30FB, FF0E→'.'), and U+2E31
    /// WORD SEPARATOR MIDDLE DOT, a middle dot by name and shape.
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
    private static bool IsNextToDot(string input, int index, int start, int end)
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

    /// <summary>A character's place: UTF-16 index and character index in the input, and its code point.</summary>
    private readonly record struct Position(int Index, int CharacterIndex, int CodePoint)
    {
        public static Position None => new(-1, -1, -1);

        public bool IsSet => Index >= 0;

        public static Position Earliest(Position x, Position y) => !x.IsSet || (y.IsSet && y.Index < x.Index) ? y : x;

        public Position OrFirst(int index, int characterIndex, int codePoint) => IsSet ? this : new(index, characterIndex, codePoint);

        public PersonNameResult Fail(PersonNameError error) => PersonNameResult.Fail(error, Index, CharacterIndex, CodePoint);
    }

    /// <summary>Writes the canonical form while reading the trimmed input; records changes and rare characters.</summary>
    private ref struct Builder
    {
        private readonly string _input;
        private readonly int _end;
        private readonly Span<char> _buffer;
        private int _read;
        private int _readCharacter;
        private int _written;
        private List<(PersonNameChanges Kind, int Index, int Length, int Original, int Replacement)>? _changes;
        private List<RareCharacter>? _rare;

        public Builder(string input, int start, int end, Span<char> buffer)
        {
            _input = input;
            _end = end;
            _buffer = buffer;
            _read = start;
            _readCharacter = start;
            Here = Position.None;
            FirstRare = Position.None;
        }

        /// <summary>The character last read.</summary>
        public Position Here { get; private set; }

        public Position FirstRare { get; private set; }

        public PersonNameChanges Changes { get; private set; }

        public int Characters { get; private set; }

        public readonly ReadOnlySpan<char> Output => _buffer[.._written];

        private int Width { get; set; }

        public bool Next(PersonNameOptions options, out Kind kind, out int cp, out int folded, out PersonNameChanges fold, out HanziTier tier)
        {
            if (Here.IsSet)
            {
                _read += Width;
                _readCharacter++;
            }

            if (_read >= _end)
            {
                kind = Kind.Invalid;
                cp = folded = 0;
                fold = PersonNameChanges.None;
                tier = HanziTier.NotHanzi;
                return false;
            }

            cp = TypedText.ReadCodePoint(_input, _read, out int width);
            Width = width;
            Here = new Position(_read, _readCharacter, cp);
            kind = Classify(cp, options, out folded, out fold, out tier);
            return true;
        }

        public void Append(int cp, PersonNameChanges fold)
        {
            if (fold != PersonNameChanges.None)
            {
                Record(fold, Here.Index, Width, Here.CodePoint, cp);
            }

            if (cp > 0xFFFF)
            {
                Span<char> pair = _buffer.Slice(_written, 2);
                new Rune(cp).EncodeToUtf16(pair);
                _written += 2;
            }
            else
            {
                _buffer[_written++] = (char)cp;
            }

            Characters++;
        }

        public HanziTier RarestTier { get; private set; }

        /// <summary>
        /// Replaces the last letter written (typed at <paramref name="letter"/>) with <paramref name="composed"/>, the
        /// mark last read included: one <see cref="PersonNameChanges.MarksComposed"/> record spans the letter and its marks.
        /// </summary>
        public void ComposeLast(Position letter, int composed)
        {
            int length = Here.Index + Width - letter.Index;
            if (_changes is { Count: > 0 } && _changes[^1] is (PersonNameChanges.MarksComposed, int index, _, _, _) && index == letter.Index)
            {
                _changes[^1] = _changes[^1] with { Length = length, Replacement = composed };
            }
            else
            {
                Record(PersonNameChanges.MarksComposed, letter.Index, length, letter.CodePoint, composed);
            }

            _buffer[_written - 1] = (char)composed;
        }

        /// <summary>Drops the character last read from the canonical form, recording why.</summary>
        public void Skip(PersonNameChanges change) => Record(change, Here.Index, Width, Here.CodePoint, -1);

        public void AppendHan(int cp, PersonNameChanges fold, HanziTier tier, PersonNameOptions options)
        {
            RarestTier = tier > RarestTier ? tier : RarestTier;
            if (tier > options.MaxAcceptedTier)
            {
                ReadOnlySpan<int> candidates = HanziRepertoire.GetSuggestions(cp);
                string[] suggestions = candidates.IsEmpty ? [] : new string[candidates.Length];
                for (int i = 0; i < candidates.Length; i++)
                {
                    suggestions[i] = char.ConvertFromUtf32(candidates[i]);
                }

                (_rare ??= []).Add(new RareCharacter(_written, Characters, cp, tier, suggestions));
                FirstRare = FirstRare.IsSet ? FirstRare : Here;
            }

            Append(cp, fold);
        }

        /// <summary>Writes one U+0020 for a run of spaces in a Latin name; the run is one change if it was anything else.</summary>
        public void AppendSpaceRun(int cp)
        {
            int runStart = Here.Index;
            int runLength = 1;
            while (_read + runLength < _end && IsSpace(_input[_read + runLength]))
            {
                runLength++;
            }

            if (runLength > 1 || cp != ' ')
            {
                Record(PersonNameChanges.WhitespaceCollapsed, runStart, runLength, cp, ' ');
            }

            _buffer[_written++] = ' ';
            Characters++;

            // Skip the rest of the run: the next read starts after it.
            _read += runLength - 1;
            _readCharacter += runLength - 1;
        }

        public readonly IReadOnlyList<RareCharacter> RareCharacters => _rare is null ? Array.Empty<RareCharacter>() : _rare;

        public IReadOnlyList<PersonNameNormalization> Normalizations(string input, int start, int end)
        {
            if (start > 0)
            {
                Record(PersonNameChanges.WhitespaceTrimmed, 0, start, input[0], -1, first: true);
            }

            if (end < input.Length)
            {
                Record(PersonNameChanges.WhitespaceTrimmed, end, input.Length - end, input[end], -1);
            }

            if (_changes is null)
            {
                return [];
            }

            var list = new PersonNameNormalization[_changes.Count];
            for (int i = 0; i < list.Length; i++)
            {
                (PersonNameChanges kind, int index, int length, int original, int replacement) = _changes[i];
                list[i] = new PersonNameNormalization(kind, index, length, original, replacement);
            }

            return list;
        }

        private void Record(PersonNameChanges kind, int index, int length, int original, int replacement, bool first = false)
        {
            Changes |= kind;
            _changes ??= [];
            if (first)
            {
                _changes.Insert(0, (kind, index, length, original, replacement));
            }
            else
            {
                _changes.Add((kind, index, length, original, replacement));
            }
        }
    }
}
