namespace ChsiValidation;

/// <summary>
/// The outcome of <see cref="MobileNumber.Validate(string?, MobileNumberOptions?)"/>: the verdict, the reason when
/// rejected, the canonical 11 digits, the E.164 form, the kind and the advisory carrier. A default instance is not valid (<see cref="Normalized"/> is
/// <see langword="null"/>); use <see cref="IsValid"/>.
/// </summary>
public readonly record struct MobileNumberResult : IRuleResult
{
    /// <summary><see langword="true"/> when the number is a mainland China mobile number.</summary>
    public bool IsValid => Error == MobileNumberError.None && Normalized is not null;

    /// <summary>Why the number was rejected; <see cref="MobileNumberError.None"/> when valid.</summary>
    public MobileNumberError Error { get; init; }

    /// <summary>For <see cref="MobileNumberError.InvalidCharacter"/>: the UTF-16 index of the offending character; otherwise -1.</summary>
    public int ErrorPosition { get; init; }

    /// <summary>
    /// The 11 ASCII digits once the input could be folded to 11 digits, also when the range check then failed
    /// (<see cref="MobileNumberError.NotMobile"/>, <see cref="MobileNumberError.KindNotAccepted"/>); otherwise <see langword="null"/>. The same string instance as the
    /// input when the input was already 11 ASCII digits.
    /// </summary>
    public string? Normalized { get; init; }

    /// <summary>
    /// The E.164 form (+86 and the 11 digits, e.g. +8613800138000) of a valid number; otherwise <see langword="null"/>.
    /// Built on each read, so that validating does not allocate it.
    /// </summary>
    public string? E164 => IsValid ? MobileNumber.CountryPrefix + Normalized : null;

    /// <summary>
    /// The operator the number's range was allocated to, for a valid number and for
    /// <see cref="MobileNumberError.KindNotAccepted"/>; otherwise <see cref="MobileCarrier.Unknown"/>. Advisory: numbers can
    /// be ported to another operator since 2019-12.
    /// </summary>
    public MobileCarrier Carrier { get; init; }

    /// <summary>
    /// What the number's prefix is allocated for (public mobile, satellite, data-only, IoT), for a valid number and for
    /// <see cref="MobileNumberError.KindNotAccepted"/>; otherwise <see cref="MobileNumberKind.None"/>.
    /// </summary>
    public MobileNumberKind Kind { get; init; }

    /// <summary>What folding the typed input to <see cref="Normalized"/> changed.</summary>
    public MobileNumberChanges Changes { get; init; }

    /// <summary><see langword="true"/> when <see cref="Changes"/> is not empty.</summary>
    public bool WasNormalized => Changes != MobileNumberChanges.None;


    /// <inheritdoc />
    public string? ErrorCode => Error == MobileNumberError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this, culture ?? System.Globalization.CultureInfo.CurrentUICulture));

    internal static MobileNumberResult Fail(MobileNumberError error, int position = -1) =>
        new() { Error = error, ErrorPosition = position };
}
