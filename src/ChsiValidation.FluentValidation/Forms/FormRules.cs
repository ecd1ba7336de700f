using System.Linq.Expressions;
using FluentValidation;

namespace ChsiValidation.FluentValidation.Forms;

/// <summary>The pieces the account forms share: required text, required choices, messages by error code.</summary>
internal static class FormRules
{
    /// <summary>
    /// A rule on a required text field: <see langword="null"/> is read as "" so the field's own rule reports its
    /// <c>Empty</c> reason with its own code and text (our validators let <see langword="null"/> pass, as
    /// FluentValidation's do). The property name stays the field's.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> RuleForRequired<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, string?>> field,
        Func<IRuleBuilderInitial<T, string?>, IRuleBuilderOptions<T, string?>> rules)
    {
        string name = ((MemberExpression)field.Body).Member.Name;
        Expression<Func<T, string?>> orEmpty = Expression.Lambda<Func<T, string?>>(
            Expression.Coalesce(field.Body, Expression.Constant(string.Empty, typeof(string))),
            field.Parameters);
        return rules(validator.RuleFor(orEmpty)).OverridePropertyName(name).WithFieldName(name);
    }

    // The labels of the CHSI forms' fields, so that a failure reads "请输入手机号。" and not FluentValidation's default
    // display name split from the member name ("请输入Mobile Number。").
    private static readonly Dictionary<string, (string Zh, string En)> FieldNames = new(StringComparer.Ordinal)
    {
        ["MobileNumber"] = ("手机号", "Mobile number"),
        ["NewMobileNumber"] = ("新手机号", "New mobile number"),
        ["SmsCode"] = ("短信验证码", "SMS code"),
        ["Password"] = ("密码", "Password"),
        ["PasswordConfirmation"] = ("确认密码", "Password confirmation"),
        ["Name"] = ("姓名", "Name"),
        ["NewName"] = ("新姓名", "New name"),
        ["CertificateType"] = ("证件类型", "Certificate type"),
        ["CertificateNumber"] = ("证件号码", "Certificate number"),
        ["Email"] = ("邮箱", "Email"),
        ["NewEmail"] = ("新邮箱", "New email"),
        ["Username"] = ("用户名", "Username"),
        ["Captcha"] = ("图片验证码", "Image code"),
        ["Screenshot"] = ("问题页面截图", "Screenshot"),
        ["Description"] = ("问题描述", "Description"),
    };

    /// <summary>Names a form field by its label on the CHSI form, in the culture of the validation (zh-Hans or en).</summary>
    public static IRuleBuilderOptions<T, TProperty> WithFieldName<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string member)
    {
        (string zh, string en) = FieldNames[member];
        return rule.WithName(_ => ValidationMessages.IsChinese(ChsiLanguage.CurrentCulture) ? zh : en);
    }

    /// <summary>The name rules (errors, then the rare-character finding) for names of one kind of certificate.</summary>
    public static IRuleBuilderOptions<T, string?> NameRules<T>(this IRuleBuilder<T, string?> rule, PersonNameOptions names, Severity rareCharacterSeverity) =>
        rule.ChsiPersonName(names).ChsiNoRareCharacters(names).WithSeverity(rareCharacterSeverity);

    /// <summary>
    /// Gives a FluentValidation rule one of our error codes and its zh-Hans/en text (LanguageManager first, looked up at
    /// validation time so the culture is the caller's); <paramref name="arguments"/> fill the text's own placeholders.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithChsiMessage<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string errorCode,
        params (string Name, object Value)[] arguments) =>
        rule.WithErrorCode(errorCode).WithMessage(_ =>
        {
            string template = ChsiLanguage.GetTemplate(errorCode);
            foreach ((string name, object value) in arguments)
            {
                template = template.Replace("{" + name + "}", Convert.ToString(value, ChsiLanguage.CurrentCulture), StringComparison.Ordinal);
            }

            return template;
        });

    /// <summary><see langword="true"/> when the chosen type's holders may register a Latin-letter name.</summary>
    public static bool AllowsLatinName(CertificateType? type) => type?.AllowsLatinName() == true;
}
