using FluentValidation;

namespace ChsiValidation.FluentValidation;

public static partial class ChsiRuleBuilderExtensions
{
    /// <summary>
    /// The property must be a valid number of the certificate type that <paramref name="certificateType"/> reads from the
    /// same instance: the ID rules for 居民身份证 and 港澳台居民居住证, the layouts of permits and passports, anything
    /// printable for 其他. <see langword="null"/> passes, as does any value while no type is chosen.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> CertificateNumber<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        Func<T, CertificateType?> certificateType,
        CertificateNumberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new CertificateNumberValidator<T>(certificateType, options));
    }

    /// <summary>
    /// The property must satisfy <paramref name="policy"/> and differ from the account details that
    /// <paramref name="accountDetails"/> read. <see langword="null"/> passes; pair with <c>NotEmpty()</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> ChsiPassword<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        PasswordOptions? policy = null,
        params Func<T, string?>[] accountDetails)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new PasswordValidator<T>(policy, accountDetails));
    }

    /// <summary>The property must look like an image captcha answer: by default 4–8 letters or digits. <see langword="null"/> passes; pair with <c>NotEmpty()</c>.</summary>
    public static IRuleBuilderOptions<T, string?> ChsiCaptcha<T>(this IRuleBuilder<T, string?> ruleBuilder, CaptchaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new CaptchaValidator<T>(options));
    }
}
