namespace ChsiValidation;

/// <summary>Why a certificate number was rejected for its type. Stable: error codes key on these names.</summary>
public enum CertificateNumberError
{
    /// <summary>The number is valid for its type.</summary>
    None = 0,

    /// <summary>Nothing was entered.</summary>
    Empty,

    /// <summary>The type is not one of <see cref="CertificateType"/>'s values.</summary>
    UnknownType,

    /// <summary>
    /// The type uses the ID number rules and the number failed them; <see cref="CertificateNumberResult.IdNumber"/> holds the
    /// reason (its <see cref="IdNumberResult.Error"/>).
    /// </summary>
    IdNumberRejected,

    /// <summary>
    /// The number is not valid for its type but belongs, beyond doubt, to another one (a residence permit number entered as
    /// a resident ID card, an ID number as a 台胞证, H12345678 as a resident ID card).
    /// <see cref="CertificateNumberResult.SuggestedType"/> names the type to choose and <see cref="CertificateNumberResult.Normalized"/>
    /// holds the number in that type's canonical form. Only distinctive shapes are suggested: a valid ID number, H/M and
    /// digits, three letters and twelve digits, a Chinese passport; never a bare run of digits or a generic passport, which
    /// a mistyped ID number also makes.
    /// </summary>
    TypeMismatch,

    /// <summary>A character that cannot appear in this type's numbers; <see cref="CertificateNumberResult.ErrorPosition"/> gives its index.</summary>
    InvalidCharacter,

    /// <summary>The number does not have the layout of its type (letters and digits in the wrong places, wrong length).</summary>
    InvalidFormat,

    /// <summary>For <see cref="CertificateType.Other"/>: longer than <see cref="CertificateNumberOptions.OtherMaxLength"/>.</summary>
    TooLong,
}

/// <summary>The outcome of <see cref="CertificateNumber.Validate"/>.</summary>
public readonly record struct CertificateNumberResult : IRuleResult
{
    /// <summary><see langword="true"/> when the number is valid for <see cref="Type"/>.</summary>
    public bool IsValid => Error == CertificateNumberError.None && Normalized is not null;

    /// <summary>Why the number was rejected; <see cref="CertificateNumberError.None"/> when valid.</summary>
    public CertificateNumberError Error { get; init; }

    /// <summary>The certificate type the number was checked against.</summary>
    public CertificateType Type { get; init; }

    /// <summary>The canonical number (folded: full-width to ASCII, letters upper-case, spaces removed; trimmed for 其他).</summary>
    public string? Normalized { get; init; }

    /// <summary><see langword="true"/> when <see cref="Normalized"/> differs from the input.</summary>
    public bool WasNormalized { get; init; }

    /// <summary>For <see cref="CertificateNumberError.InvalidCharacter"/>: the index of the character in the input; otherwise -1.</summary>
    public int ErrorPosition { get; init; }

    /// <summary>For the types checked by the ID rules: the full ID result (reason, kind, birth date, ...).</summary>
    public IdNumberResult? IdNumber { get; init; }

    /// <summary>For <see cref="CertificateNumberError.TypeMismatch"/>: the type the number belongs to.</summary>
    public CertificateType? SuggestedType { get; init; }

    /// <summary>The options the number was checked with (their bounds appear in messages).</summary>
    internal CertificateNumberOptions? Options { get; init; }

    /// <inheritdoc />
    /// <remarks>For <see cref="CertificateNumberError.IdNumberRejected"/>, the ID number rule's own code (e.g.
    /// <c>ChsiIdNumber.ChecksumMismatch</c>), the precise reason.</remarks>
    public string? ErrorCode => Error switch
    {
        CertificateNumberError.None => null,
        CertificateNumberError.IdNumberRejected when IdNumber is { } id => id.ErrorCode,
        _ => ErrorCodes.Of(Error),
    };

    /// <inheritdoc />
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        Error == CertificateNumberError.IdNumberRejected && IdNumber is { } id
            ? id.GetMessageArguments(input, culture)
            : MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this, Options ?? CertificateNumberOptions.Default, culture ?? System.Globalization.CultureInfo.CurrentUICulture));
}

/// <summary>Options of <see cref="CertificateNumber.Validate"/>. Immutable; <see cref="Default"/> is shared.</summary>
public sealed record CertificateNumberOptions
{
    /// <summary>The defaults: <see cref="IdNumberOptions.Default"/>, and at most 50 characters for 其他.</summary>
    public static CertificateNumberOptions Default { get; } = new();

    /// <summary>The ID rules for the types that use them. Default <see cref="IdNumberOptions.Default"/>.</summary>
    public IdNumberOptions IdNumber { get; init; } = IdNumberOptions.Default;

    /// <summary>The most characters (Unicode scalar values) accepted for <see cref="CertificateType.Other"/>. Default 50 (policy).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 or more than 1,000 (a programmer error).</exception>
    public int OtherMaxLength
    {
        get => _otherMaxLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            _otherMaxLength = value;
        }
    }

    private readonly int _otherMaxLength = 50;
}
