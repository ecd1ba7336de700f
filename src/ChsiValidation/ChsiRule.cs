using System.Globalization;

namespace ChsiValidation;

/// <summary>
/// A rule that checks one typed text field with its default options: its name, the field's name in both languages, and
/// the check. <see cref="All"/> is the one list of such rules; front ends that work on any field by name (the command
/// line, a roster, a generic form, the test suites) derive theirs from it.
/// </summary>
/// <remarks>
/// A certificate number is not among them: its check needs the certificate type as well
/// (<see cref="CertificateNumber.Validate(CertificateType, string?, CertificateNumberOptions?)"/>).
/// </remarks>
/// <example>
/// <code>
/// ChsiRule rule = ChsiRule.Find("MobileNumber")!;
/// IRuleResult result = rule.Validate("138 0013 8000");
/// Console.WriteLine(result.Normalized); // 13800138000
/// </code>
/// </example>
public sealed class ChsiRule
{
    private readonly Func<string?, IRuleResult> validate;
    private readonly string fieldZh;
    private readonly string fieldEn;

    private ChsiRule(string name, string fieldZh, string fieldEn, bool isSecret, Func<string?, IRuleResult> validate)
    {
        Name = name;
        this.fieldZh = fieldZh;
        this.fieldEn = fieldEn;
        IsSecret = isSecret;
        this.validate = validate;
    }

    /// <summary>
    /// Every rule, in the order of the registration form: <c>IdNumber</c>, <c>PersonName</c>, <c>MobileNumber</c>,
    /// <c>Email</c>, <c>SmsCode</c>, <c>Username</c>, <c>Password</c>, <c>Captcha</c>, <c>SupportDescription</c>.
    /// </summary>
    public static IReadOnlyList<ChsiRule> All { get; } =
    [
        new("IdNumber", "证件号码", "The ID number", false, input => IdNumber.Validate(input)),
        new("PersonName", "姓名", "The name", false, input => PersonName.Validate(input)),
        new("MobileNumber", "手机号", "The mobile number", false, input => MobileNumber.Validate(input)),
        new("Email", "邮箱", "The email address", false, input => Email.Validate(input)),
        new("SmsCode", "短信验证码", "The SMS code", false, input => SmsCode.Validate(input)),
        new("Username", "用户名", "The username", false, input => Username.Validate(input)),
        new("Password", "密码", "The password", true, input => Password.Validate(input)),
        new("Captcha", "图片验证码", "The captcha", false, input => Captcha.Validate(input)),
        new("SupportDescription", "问题描述", "The description", false, input => SupportRequest.ValidateDescription(input)),
    ];

    /// <summary>The rule's name (<c>IdNumber</c>, <c>MobileNumber</c>, ...): the rule's type in this library.</summary>
    public string Name { get; }

    /// <summary>
    /// <see langword="true"/> for a value that must never be echoed (a password): reports show its verdict and reason but
    /// not the value or its characters.
    /// </summary>
    public bool IsSecret { get; }

    /// <summary>The rule named <paramref name="name"/> (ordinal, ignoring case), or <see langword="null"/>.</summary>
    public static ChsiRule? Find(string? name)
    {
        foreach (ChsiRule rule in All)
        {
            if (string.Equals(rule.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>
    /// The field's name as messages show it for <c>{PropertyName}</c>: "证件号码" in Chinese cultures, "The ID number"
    /// otherwise (<see cref="ValidationMessages.IsChinese(CultureInfo)"/>; <see langword="null"/> means the current UI
    /// culture).
    /// </summary>
    public string GetFieldName(CultureInfo? culture = null) =>
        ValidationMessages.IsChinese(culture ?? CultureInfo.CurrentUICulture) ? fieldZh : fieldEn;

    /// <summary>Checks <paramref name="input"/> with the rule's default options. Never throws.</summary>
    public IRuleResult Validate(string? input) => validate(input);

    /// <summary>
    /// The message for <paramref name="result"/> of <paramref name="input"/> in <paramref name="culture"/> (the field named
    /// by <see cref="GetFieldName"/>), or <see langword="null"/> when the result is valid.
    /// </summary>
    public string? GetMessage(IRuleResult result, string? input, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.ErrorCode is not string code || ValidationMessages.GetTemplate(code, culture) is not string template)
        {
            return null;
        }

        culture ??= CultureInfo.CurrentUICulture;
        Dictionary<string, object?> arguments = MessageArguments.ToDictionary(GetFieldName(culture), result.GetMessageArguments(input, culture));
        return ValidationMessages.Format(template, arguments, culture);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
