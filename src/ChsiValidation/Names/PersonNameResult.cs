namespace ChsiValidation;

/// <summary>
/// The outcome of <see cref="PersonName.Validate(string?, PersonNameOptions?)"/>: the verdict, the reason when rejected,
/// the canonical name, its length in characters, its rare characters and what normalising changed. A default instance
/// means "not validated" (<see cref="IsValid"/> is <see langword="false"/>).
/// </summary>
public readonly record struct PersonNameResult : IRuleResult
{
    private readonly IReadOnlyList<RareCharacter>? _rareCharacters;
    private readonly IReadOnlyList<PersonNameNormalization>? _normalizations;
    private readonly IReadOnlyList<string>? _errorSuggestions;

    /// <summary><see langword="true"/> when the name passed every check. Rare characters do not make it invalid unless <see cref="PersonNameOptions.RareCharacterIsError"/>.</summary>
    public bool IsValid => Error == PersonNameError.None && Normalized is not null;

    /// <summary>Why the name was rejected; <see cref="PersonNameError.None"/> when valid.</summary>
    public PersonNameError Error { get; init; }

    /// <summary>
    /// For errors about one character (<see cref="PersonNameError.IllFormed"/>, <see cref="PersonNameError.InvalidCharacter"/>,
    /// <see cref="PersonNameError.PrivateUseCharacter"/>, <see cref="PersonNameError.MisplacedSeparator"/>, <see cref="PersonNameError.MixedScript"/>, <see cref="PersonNameError.RareCharacter"/>):
    /// its UTF-16 index in the input; otherwise -1.
    /// </summary>
    public int ErrorPosition { get; init; }

    /// <summary>The same character counted in characters (Unicode scalar values) from the start of the input, 0-based; otherwise -1. What a person means by "the 3rd character".</summary>
    public int ErrorCharacterIndex { get; init; }

    /// <summary>The code point of the offending character (a lone surrogate's own value for <see cref="PersonNameError.IllFormed"/>); otherwise -1.</summary>
    public int ErrorCodePoint { get; init; }

    /// <summary>For <see cref="PersonNameError.PrivateUseCharacter"/>: the standard character GB 18030 gives a GBK private-use code (U+E863 → 䶮); otherwise empty.</summary>
    public IReadOnlyList<string> ErrorSuggestions
    {
        get => _errorSuggestions ?? [];
        init => _errorSuggestions = value;
    }

    /// <summary>
    /// The canonical name (trimmed, dots and look-alike forms folded) once its characters were accepted, also when the
    /// length or rare-character check failed; <see langword="null"/> otherwise. The same string instance as the input
    /// when nothing changed.
    /// </summary>
    public string? Normalized { get; init; }

    /// <summary>The number of characters (Unicode scalar values, the separator dot included) of <see cref="Normalized"/>; 0 when there is none.</summary>
    public int CharacterCount { get; init; }

    /// <summary>The script of the name once it was read.</summary>
    public PersonNameScript Script { get; init; }

    /// <summary>The rarest tier among the name's Chinese characters; <see cref="HanziTier.NotHanzi"/> for a Latin name.</summary>
    public HanziTier RarestTier { get; init; }

    /// <summary>What normalising changed; <see cref="PersonNameChanges.None"/> if nothing.</summary>
    public PersonNameChanges Changes { get; init; }

    /// <summary><see langword="true"/> when <see cref="Changes"/> is not empty: show the user the canonical form.</summary>
    public bool WasNormalized => Changes != PersonNameChanges.None;

    /// <summary>Each change normalising made, in input order, with its position; empty when nothing changed.</summary>
    public IReadOnlyList<PersonNameNormalization> Normalizations
    {
        get => _normalizations ?? [];
        init => _normalizations = value;
    }

    /// <summary>The characters rarer than <see cref="PersonNameOptions.MaxAcceptedTier"/>, in order, with tier and suggestions; empty when none.</summary>
    public IReadOnlyList<RareCharacter> RareCharacters
    {
        get => _rareCharacters ?? [];
        init => _rareCharacters = value;
    }

    /// <summary><see langword="true"/> when <see cref="RareCharacters"/> is not empty.</summary>
    public bool HasRareCharacters => RareCharacters.Count != 0;

    /// <summary>The options the name was checked with (their bounds appear in messages).</summary>
    internal PersonNameOptions? Options { get; init; }

    /// <inheritdoc />
    public string? ErrorCode => Error == PersonNameError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this, Options ?? PersonNameOptions.Default, culture ?? System.Globalization.CultureInfo.CurrentUICulture));

    internal static PersonNameResult Fail(PersonNameError error) =>
        new() { Error = error, ErrorPosition = -1, ErrorCharacterIndex = -1, ErrorCodePoint = -1 };

    internal static PersonNameResult Fail(PersonNameError error, int position, int characterIndex, int codePoint) =>
        new() { Error = error, ErrorPosition = position, ErrorCharacterIndex = characterIndex, ErrorCodePoint = codePoint };
}

/// <summary>
/// A character of a name rarer than <see cref="PersonNameOptions.MaxAcceptedTier"/> (FAQ item 3: 生僻字 may not be
/// supported; register without it or with a look-alike, then ask customer service to correct the name).
/// </summary>
/// <param name="Index">UTF-16 index in <see cref="PersonNameResult.Normalized"/>.</param>
/// <param name="CharacterIndex">Index in characters (Unicode scalar values), 0-based.</param>
/// <param name="CodePoint">The character's code point.</param>
/// <param name="Tier">Its tier.</param>
/// <param name="Suggestions">Safer look-alikes from the Unihan data, best first (<see cref="HanziRepertoire.GetSuggestions(int)"/>); empty when the data has none.</param>
public readonly record struct RareCharacter(int Index, int CharacterIndex, int CodePoint, HanziTier Tier, IReadOnlyList<string> Suggestions)
{
    /// <summary>The character as a string (two UTF-16 units outside the BMP).</summary>
    public string Character => char.ConvertFromUtf32(CodePoint);

    /// <summary>
    /// The placeholders of the rare-character message (<see cref="ErrorCodes.PersonNameRareCharacter"/>): Character,
    /// Position (1-based, in characters), Tier, Suggestions (formatted for <paramref name="culture"/>).
    /// </summary>
    /// <param name="culture">The culture of the message; <see langword="null"/> means the current UI culture.</param>
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.For(this, culture ?? System.Globalization.CultureInfo.CurrentUICulture);
}

/// <summary>One change normalising made to a typed name.</summary>
/// <param name="Kind">What kind of change (a single flag).</param>
/// <param name="Index">UTF-16 index in the input.</param>
/// <param name="Length">UTF-16 units of the input it replaced or removed.</param>
/// <param name="Original">The code point that was there (the first one, for a run of spaces).</param>
/// <param name="Replacement">The code point put in its place; -1 when it was removed.</param>
public readonly record struct PersonNameNormalization(PersonNameChanges Kind, int Index, int Length, int Original, int Replacement);

/// <summary>The outcome of <see cref="PersonName.Compare(string?, string?)"/>.</summary>
public readonly record struct PersonNameComparison
{
    private readonly IReadOnlyList<PersonNameDifference>? _details;

    /// <summary>How the names compare.</summary>
    public PersonNameMatch Match { get; init; }

    /// <summary>The kinds of difference found (for <see cref="PersonNameMatch.SameAfterNormalization"/> and <see cref="PersonNameMatch.DiffersByVariant"/>).</summary>
    public PersonNameDifferences Differences { get; init; }

    /// <summary>Each difference with its position in both names; empty for <see cref="PersonNameMatch.Same"/> and <see cref="PersonNameMatch.Different"/>.</summary>
    public IReadOnlyList<PersonNameDifference> Details
    {
        get => _details ?? [];
        init => _details = value;
    }
}

/// <summary>One difference between two names that denote the same person.</summary>
/// <param name="Kind">What differs (a single flag).</param>
/// <param name="IndexInFirst">
/// UTF-16 index in the first name: of the character that differs, or for spaces, invisible characters and separator dots
/// the first of those standing where the names differ; -1 when the difference is something only the second has there.
/// </param>
/// <param name="IndexInSecond">UTF-16 index in the second name, likewise; -1 when only the first has it.</param>
public readonly record struct PersonNameDifference(PersonNameDifferences Kind, int IndexInFirst, int IndexInSecond);
