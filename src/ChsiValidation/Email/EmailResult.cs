namespace ChsiValidation;

/// <summary>
/// The outcome of <see cref="Email.Validate(string?, EmailOptions?)"/>: the verdict, the reason when rejected, the
/// canonical address and a non-blocking "did you mean" suggestion. A default instance is not valid.
/// </summary>
public readonly record struct EmailResult : IRuleResult
{
    /// <summary><see langword="true"/> when the address passed every check.</summary>
    public bool IsValid => Error == EmailError.None && Normalized is not null;

    /// <summary>Why the address was rejected; <see cref="EmailError.None"/> when valid.</summary>
    public EmailError Error { get; init; }

    /// <summary>The UTF-16 index in the input of the character the error is about, when there is one; otherwise -1.</summary>
    public int ErrorPosition { get; init; }

    /// <summary>For <see cref="EmailError.FullWidthCharacter"/>: the ASCII character to type instead (＠ → @, 。 → .).</summary>
    public char? Replacement { get; init; }

    /// <summary>
    /// The canonical address of a valid input: the local part as typed, '@', the domain in lower-case ASCII (IDNA form
    /// for an internationalised domain). The same string instance as the input when nothing changed.
    /// </summary>
    public string? Normalized { get; init; }

    /// <summary>
    /// A suggested address when the domain is a near miss of a common provider (<c>user@qq.con</c> → <c>user@qq.com</c>);
    /// otherwise <see langword="null"/>. Non-blocking: the address may still be valid; ask, do not correct.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>What normalisation changed.</summary>
    public EmailChanges Changes { get; init; }

    /// <summary><see langword="true"/> when <see cref="Changes"/> is not empty.</summary>
    public bool WasNormalized => Changes != EmailChanges.None;

    /// <inheritdoc />
    public string? ErrorCode => Error == EmailError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this));

    internal static EmailResult Fail(EmailError error, int position = -1) => new() { Error = error, ErrorPosition = position };
}
