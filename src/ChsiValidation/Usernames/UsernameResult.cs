namespace ChsiValidation;

/// <summary>
/// The outcome of <see cref="Username.Validate(string?, UsernameOptions?)"/>: which form the username has and, when
/// the form was recognised, the full result of that form's rule (with its own reason). A default instance is invalid.
/// </summary>
public readonly record struct UsernameResult : IRuleResult
{
    /// <summary><see langword="true"/> when the username is a valid mobile number, ID number or email address.</summary>
    public bool IsValid => Error == UsernameError.None && Normalized is not null;

    /// <summary>The form of a valid username; <see cref="UsernameKind.Invalid"/> otherwise.</summary>
    public UsernameKind Kind { get; init; }

    /// <summary>Why the username was rejected; <see cref="UsernameError.None"/> when valid.</summary>
    public UsernameError Error { get; init; }

    /// <summary>The canonical username (11 digits, 18-character ID, or normalised address) when valid.</summary>
    public string? Normalized { get; init; }

    /// <summary>The mobile number rule's result, when the input was read as a mobile number.</summary>
    public MobileNumberResult? Mobile { get; init; }

    /// <summary>The ID number rule's result, when the input was read as an ID number.</summary>
    public IdNumberResult? IdNumber { get; init; }

    /// <summary>The email rule's result, when the input was read as an email address.</summary>
    public EmailResult? Email { get; init; }

    /// <summary>The error code of the underlying rule (e.g. <c>ChsiIdNumber.ChecksumMismatch</c>) when a recognised form was invalid; otherwise <see langword="null"/>.</summary>
    public string? DetailErrorCode => Error switch
    {
        UsernameError.InvalidMobileNumber => ErrorCodes.Of(Mobile!.Value.Error),
        UsernameError.InvalidIdNumber => ErrorCodes.Of(IdNumber!.Value.Error),
        UsernameError.InvalidEmail => ErrorCodes.Of(Email!.Value.Error),
        _ => null,
    };

    /// <summary>The underlying rule's error position for a rejected mobile number, ID number or email; otherwise -1.</summary>
    public int ErrorPosition => Error switch
    {
        UsernameError.InvalidMobileNumber => Mobile?.ErrorPosition ?? -1,
        UsernameError.InvalidIdNumber => IdNumber?.ErrorPosition ?? -1,
        UsernameError.InvalidEmail => Email?.ErrorPosition ?? -1,
        _ => -1,
    };

    /// <summary><see langword="true"/> when the underlying rule changed the typed input to reach <see cref="Normalized"/>.</summary>
    public bool WasNormalized => IsValid && Kind switch
    {
        UsernameKind.Mobile => Mobile?.WasNormalized ?? false,
        UsernameKind.IdNumber => IdNumber?.WasNormalized ?? false,
        UsernameKind.Email => Email?.WasNormalized ?? false,
        _ => false,
    };

    /// <inheritdoc />
    public string? ErrorCode => Error == UsernameError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    /// <remarks>
    /// <c>Detail</c> is the underlying rule's own message (in <paramref name="culture"/>'s language) and <c>DetailErrorCode</c>
    /// its code, when the username was recognised as a mobile number, ID number or email address.
    /// </remarks>
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null)
    {
        culture ??= System.Globalization.CultureInfo.CurrentUICulture;
        string? detail = DetailErrorCode is { } code
            ? ValidationMessages.GetMessage(code, MessageArguments.ToDictionary(string.Empty, MessageArguments.ForDetail(input ?? string.Empty, this, culture)), culture)
            : null;
        return MessageArguments.Select(ErrorCode, [("Detail", detail), ("DetailErrorCode", DetailErrorCode)]);
    }
}
