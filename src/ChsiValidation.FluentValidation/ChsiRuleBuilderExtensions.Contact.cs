using FluentValidation;

namespace ChsiValidation.FluentValidation;

public static partial class ChsiRuleBuilderExtensions
{
    /// <summary>
    /// The property must be a mainland China mobile number (11 digits in libphonenumber's CN mobile ranges; spaces,
    /// '-', '(', ')', full-width digits and one +86/0086/86 prefix are tolerated). <see langword="null"/> passes.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    public static IRuleBuilderOptions<T, string?> ChinaMobileNumber<T>(this IRuleBuilder<T, string?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new MobileNumberValidator<T>());
    }

    /// <summary>
    /// The property must be an email address fit for registration (dot-atom local part, public domain, IDNA for
    /// Unicode domains). A provider typo on a valid address (<c>qq.con</c>) passes unless
    /// <paramref name="suggestionAsWarning"/> is set, which adds a warning-severity <c>ChsiEmail.Suggestion</c> failure.
    /// <see langword="null"/> passes.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The email policy; <see langword="null"/> means <see cref="EmailOptions.Default"/>.</param>
    /// <param name="suggestionAsWarning">Report a "did you mean" suggestion on a valid address as a warning.</param>
    public static IRuleBuilderOptions<T, string?> RegistrationEmail<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        EmailOptions? options = null,
        bool suggestionAsWarning = false)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new EmailValidator<T>(options, suggestionAsWarning));
    }

    /// <summary>The property must be an SMS verification code of exactly <paramref name="length"/> ASCII digits. <see langword="null"/> passes.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="length">The number of digits, 4–8 (default 6).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is outside 4–8.</exception>
    public static IRuleBuilderOptions<T, string?> SmsVerificationCode<T>(this IRuleBuilder<T, string?> ruleBuilder, int length = SmsCode.DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new SmsCodeValidator<T>(length));
    }

    /// <summary>
    /// On the code property: the code must still be within its lifetime (24 hours by default, CHSI FAQ item 4), counted
    /// from the issue time that <paramref name="issuedAt"/> reads from the validated object (set by the server when it
    /// sent the code). A <see langword="null"/> issue time fails with <c>ChsiSmsCode.NotRequested</c>.
    /// </summary>
    /// <param name="ruleBuilder">The rule on the code property.</param>
    /// <param name="issuedAt">Reads the issue time, e.g. <c>x =&gt; x.CodeIssuedAt</c>.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means <see cref="TimeProvider.System"/>.</param>
    /// <param name="lifetime">How long a code stays valid; <see langword="null"/> means 24 hours.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lifetime"/> is not positive.</exception>
    public static IRuleBuilderOptions<T, string?> SmsCodeNotExpired<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        Func<T, DateTimeOffset?> issuedAt,
        TimeProvider? timeProvider = null,
        TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new SmsCodeNotExpiredValidator<T>(issuedAt, timeProvider, lifetime));
    }

    /// <summary>
    /// The property must be a CHSI username: the mobile number, ID number or email address used at registration (CHSI
    /// FAQ item 1). <see langword="null"/> passes.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The rules of each form; <see langword="null"/> means <see cref="UsernameOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiUsername<T>(this IRuleBuilder<T, string?> ruleBuilder, UsernameOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new UsernameValidator<T>(options));
    }
}
