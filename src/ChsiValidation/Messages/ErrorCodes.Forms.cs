namespace ChsiValidation;

public static partial class ErrorCodes
{
    /// <summary>The prefix of certificate number codes.</summary>
    public const string CertificatePrefix = "ChsiCertificate.";

    /// <summary>The prefix of password codes.</summary>
    public const string PasswordPrefix = "ChsiPassword.";

    /// <summary>The prefix of captcha codes.</summary>
    public const string CaptchaPrefix = "ChsiCaptcha.";

    /// <summary>The prefix of the form-level codes (rules that span fields).</summary>
    public const string FormPrefix = "ChsiForm.";

    /// <summary>An update form changes nothing: at least one of its fields must be filled.</summary>
    public const string NothingToUpdate = FormPrefix + "NothingToUpdate";

    /// <summary>A required field is empty (the certificate type, the screenshot, the description, ...).</summary>
    public const string Required = FormPrefix + "Required";

    /// <summary>A free-text field is longer than allowed.</summary>
    public const string TextTooLong = FormPrefix + "TextTooLong";

    /// <summary>A free-text field holds a control character, half of a surrogate pair or a bidirectional override.</summary>
    public const string TextInvalidCharacter = FormPrefix + "TextInvalidCharacter";

    /// <summary>The screenshot is not a PNG, JPEG, GIF, BMP or WebP image.</summary>
    public const string ScreenshotNotAnImage = FormPrefix + "ScreenshotNotAnImage";

    /// <summary>The screenshot is larger than allowed.</summary>
    public const string ScreenshotTooLarge = FormPrefix + "ScreenshotTooLarge";

    private static readonly string[] CertificateCodes = Codes<CertificateNumberError>(CertificatePrefix);
    private static readonly string[] PasswordCodes = Codes<PasswordError>(PasswordPrefix);
    private static readonly string[] CaptchaCodes = Codes<CaptchaError>(CaptchaPrefix);

    /// <summary>The error code of a certificate number failure, e.g. <c>ChsiCertificate.InvalidFormat</c>.</summary>
    public static string Of(CertificateNumberError error) => CertificateCodes[(int)error];

    /// <summary>The error code of a password failure, e.g. <c>ChsiPassword.TooShort</c>.</summary>
    public static string Of(PasswordError error) => PasswordCodes[(int)error];

    /// <summary>The error code of a captcha failure, e.g. <c>ChsiCaptcha.InvalidLength</c>.</summary>
    public static string Of(CaptchaError error) => CaptchaCodes[(int)error];

    /// <summary>
    /// The error code of a support request failure: <see cref="Required"/>, <see cref="TextTooLong"/>,
    /// <see cref="ScreenshotNotAnImage"/>, <see cref="ScreenshotTooLarge"/> or <see cref="TextInvalidCharacter"/> (form-level codes, shared with other forms).
    /// </summary>
    public static string Of(SupportRequestError error) => SupportRequestCodes[(int)error];

    private static readonly string[] SupportRequestCodes =
        [FormPrefix + nameof(SupportRequestError.None), Required, TextTooLong, ScreenshotNotAnImage, ScreenshotTooLarge, TextInvalidCharacter];
}
