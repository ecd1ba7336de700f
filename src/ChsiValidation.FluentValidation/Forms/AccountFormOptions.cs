namespace ChsiValidation.FluentValidation.Forms;

/// <summary>
/// The rules behind the ready-made account forms, one record for all of them. Immutable; <see cref="Default"/> is shared.
/// Every default is documented on its property; the password and captcha defaults are our policy.
/// </summary>
public sealed record AccountFormOptions
{
    /// <summary>The defaults of every part.</summary>
    public static AccountFormOptions Default { get; } = new();

    /// <summary>Certificate numbers by type, including the ID rules. Default <see cref="CertificateNumberOptions.Default"/>.</summary>
    public CertificateNumberOptions CertificateNumber { get; init; } = CertificateNumberOptions.Default;

    /// <summary>
    /// Names. Default <see cref="PersonNameOptions.Default"/>; the forms allow Latin letters themselves when the chosen
    /// certificate type does (<see cref="CertificateTypes.AllowsLatinName"/>).
    /// </summary>
    public PersonNameOptions PersonName { get; init; } = PersonNameOptions.Default;

    /// <summary>The severity of the rare-character finding on names. Default <see cref="global::FluentValidation.Severity.Warning"/>: the name stays valid.</summary>
    public global::FluentValidation.Severity RareCharacterSeverity { get; init; } = global::FluentValidation.Severity.Warning;

    /// <summary>
    /// Email addresses. Default <see cref="EmailOptions.Default"/> with <see cref="EmailOptions.TrimWhitespace"/>: the forms
    /// remove spaces around every text field, as the mobile, ID and username rules do.
    /// </summary>
    public EmailOptions Email { get; init; } = EmailOptions.Default with { TrimWhitespace = true };

    /// <summary>Usernames (mobile number, ID number or email). Default <see cref="UsernameOptions.Default"/>.</summary>
    public UsernameOptions Username { get; init; } = UsernameOptions.Default;

    /// <summary>Passwords. Default <see cref="PasswordOptions.Default"/> (8–64 characters, not all from one class).</summary>
    public PasswordOptions Password { get; init; } = PasswordOptions.Default;

    /// <summary>Image captcha answers. Default <see cref="CaptchaOptions.Default"/> (4–8 letters or digits).</summary>
    public CaptchaOptions Captcha { get; init; } = CaptchaOptions.Default;

    /// <summary>Digits in an SMS code. Default 6.</summary>
    public int SmsCodeLength { get; init; } = SmsCode.DefaultLength;

    /// <summary>How long a received SMS code stays usable. Default 24 hours (CHSI FAQ item 4).</summary>
    public TimeSpan SmsCodeLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The support request's bounds (description length, screenshot size). Default <see cref="SupportRequestOptions.Default"/>.</summary>
    public SupportRequestOptions SupportRequest { get; init; } = SupportRequestOptions.Default;
}
