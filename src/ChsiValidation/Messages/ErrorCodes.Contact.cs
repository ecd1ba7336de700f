namespace ChsiValidation;

public static partial class ErrorCodes
{
    /// <summary>The prefix of mobile number codes.</summary>
    public const string MobilePrefix = "ChsiMobile.";

    /// <summary>The prefix of email address codes.</summary>
    public const string EmailPrefix = "ChsiEmail.";

    /// <summary>The prefix of SMS verification code codes.</summary>
    public const string SmsCodePrefix = "ChsiSmsCode.";

    /// <summary>The prefix of username codes.</summary>
    public const string UsernamePrefix = "ChsiUsername.";

    /// <summary>
    /// The code of the non-blocking "did you mean" hint for a valid address whose domain is a near miss of a common
    /// provider (<c>qq.con</c>); not an <see cref="EmailError"/>. Placeholder <c>{Suggestion}</c>.
    /// </summary>
    public const string EmailSuggestion = EmailPrefix + "Suggestion";

    private static readonly string[] MobileCodes = Codes<MobileNumberError>(MobilePrefix);

    private static readonly string[] EmailCodes = Codes<EmailError>(EmailPrefix);

    private static readonly string[] SmsCodeCodes = Codes<SmsCodeError>(SmsCodePrefix);

    private static readonly string[] UsernameCodes = Codes<UsernameError>(UsernamePrefix);

    /// <summary>The error code of a mobile number failure, e.g. <c>ChsiMobile.NotMobile</c>.</summary>
    public static string Of(MobileNumberError error) => MobileCodes[(int)error];

    /// <summary>The error code of an email failure, e.g. <c>ChsiEmail.FullWidthCharacter</c>.</summary>
    public static string Of(EmailError error) => EmailCodes[(int)error];

    /// <summary>The error code of an SMS code failure, e.g. <c>ChsiSmsCode.Expired</c>.</summary>
    public static string Of(SmsCodeError error) => SmsCodeCodes[(int)error];

    /// <summary>The error code of a username failure, e.g. <c>ChsiUsername.NotRecognized</c>.</summary>
    public static string Of(UsernameError error) => UsernameCodes[(int)error];
}
