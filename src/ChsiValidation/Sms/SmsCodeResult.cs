namespace ChsiValidation;

/// <summary>
/// The outcome of <see cref="SmsCode.Validate(string?, SmsCodeOptions?)"/>: the verdict, the reason and the code in ASCII digits.
/// A default instance is not valid.
/// </summary>
public readonly record struct SmsCodeResult : IRuleResult
{
    /// <summary><see langword="true"/> when the input is a well-formed code of the expected length.</summary>
    public bool IsValid => Error == SmsCodeError.None && Normalized is not null;

    /// <summary>Why the code was rejected; <see cref="SmsCodeError.None"/> when valid.</summary>
    public SmsCodeError Error { get; init; }

    /// <summary>For <see cref="SmsCodeError.InvalidCharacter"/>: the UTF-16 index of the offending character; otherwise -1.</summary>
    public int ErrorPosition { get; init; }

    /// <summary>The number of digits expected.</summary>
    public int ExpectedLength { get; init; }

    /// <summary>The code in ASCII digits (leading zeros kept) when valid; the same instance as the input if nothing changed.</summary>
    public string? Normalized { get; init; }

    /// <summary>What normalisation changed.</summary>
    public SmsCodeChanges Changes { get; init; }

    /// <summary><see langword="true"/> when <see cref="Changes"/> is not empty.</summary>
    public bool WasNormalized => Changes != SmsCodeChanges.None;

    /// <inheritdoc />
    public string? ErrorCode => Error == SmsCodeError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this));
}
