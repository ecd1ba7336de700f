using System.Text;

namespace ChsiValidation;

// The canonical form of an accepted name, written while the separators' places are checked, with each change recorded.
public static partial class PersonName
{
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

    /// <summary>Writes the canonical form while reading the trimmed input; records changes and rare characters.</summary>
    private ref struct Builder
    {
        private readonly ReadOnlySpan<char> _input;
        private readonly int _end;
        private readonly Span<char> _buffer;
        private readonly bool _record;
        private int _read;
        private int _readCharacter;
        private int _written;
        private List<(PersonNameChanges Kind, int Index, int Length, int Original, int Replacement)>? _changes;
        private List<RareCharacter>? _rare;

        // record: whether to keep each change and rare character (for the result), or only their kinds and the first rare
        // one (for a verdict, allocating nothing).
        public Builder(ReadOnlySpan<char> input, int start, int end, Span<char> buffer, bool record)
        {
            _input = input;
            _end = end;
            _buffer = buffer;
            _record = record;
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
            if (tier > options.MaxAcceptedTier && !_record)
            {
                FirstRare = FirstRare.IsSet ? FirstRare : Here;
            }
            else if (tier > options.MaxAcceptedTier)
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

        public IReadOnlyList<PersonNameNormalization> Normalizations(ReadOnlySpan<char> input, int start, int end)
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
            if (!_record)
            {
                return;
            }

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
