namespace ChsiValidation;

/// <summary>
/// The outcome of <see cref="Username.Classify(string?, UsernameOptions?)"/>: which form the username has and, when
/// the form was recognised, the full result of that form's rule (with its own reason). A default instance is invalid.
/// </summary>
public readonly record struct UsernameResult
{
    /// <summary><see langword="true"/> when the username is a valid mobile number, ID number or email address.</summary>
    public bool IsValid => Kind != UsernameKind.Invalid;

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
}
