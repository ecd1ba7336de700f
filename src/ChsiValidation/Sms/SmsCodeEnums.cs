namespace ChsiValidation;

/// <summary>
/// Why an SMS verification code was rejected, by its form (<see cref="SmsCode.Validate(string?, SmsCodeOptions?)"/>) or by its
/// time (<see cref="SmsCodeValidity.Check(DateTimeOffset)"/>). Stable: error codes and translations key on these names.
/// </summary>
public enum SmsCodeError
{
    /// <summary>The code is valid.</summary>
    None = 0,

    /// <summary>
    /// The input is <see langword="null"/>, empty or only spaces (U+0020, NBSP U+00A0, ideographic space U+3000); a tab,
    /// line break or other whitespace is <see cref="InvalidCharacter"/>.
    /// </summary>
    Empty,

    /// <summary>
    /// A character other than a digit: a letter, a digit of another script, a space inside the code, a tab, line break
    /// or other whitespace, a control or zero-width character. <see cref="SmsCodeResult.ErrorPosition"/> gives its index.
    /// </summary>
    InvalidCharacter,

    /// <summary>The code does not have the expected number of digits.</summary>
    InvalidLength,

    /// <summary>No code was sent yet: the issue time is unknown.</summary>
    NotRequested,

    /// <summary>The code's lifetime (24 hours by default, CHSI FAQ item 4) is over: now ≥ issued-at + lifetime.</summary>
    Expired,

    /// <summary>The code's issue time lies ahead of now by more than the clock-skew tolerance (a wrong clock or a forged time).</summary>
    IssuedInFuture,
}

/// <summary>What the normalisation of a typed SMS code changed.</summary>
[Flags]
public enum SmsCodeChanges
{
    /// <summary>The input was already the code in ASCII digits.</summary>
    None = 0,

    /// <summary>Spaces (U+0020, NBSP U+00A0, U+3000) before or after the code were removed.</summary>
    WhitespaceTrimmed = 1,

    /// <summary>Full-width digits (U+FF10–FF19) were folded to ASCII.</summary>
    FullWidthFolded = 2,
}
