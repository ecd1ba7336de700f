using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// The rule-builder extensions of ChsiValidation, one per rule and named after its error codes:
/// <c>RuleFor(x => x.IdNumber).ChsiIdNumber()</c> reports <c>ChsiIdNumber.*</c>. Each honours FluentValidation's rule
/// options as FluentValidation's own validators do. <see langword="null"/> passes (FluentValidation's convention); an
/// empty or blank string is the rule's <c>Empty</c> reason.
/// </summary>
public static class ChsiRuleBuilderExtensions
{
    /// <summary>
    /// The property must be a valid Chinese ID number (GB 11643-1999, including residence permits and the 2023 foreign
    /// permanent resident ID).
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The ID rules; <see langword="null"/> means <see cref="IdNumberOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiIdNumber<T>(this IRuleBuilder<T, string?> ruleBuilder, IdNumberOptions? options = null) =>
        ruleBuilder.TextRule("ChsiIdNumberValidator", (_, value) => ChsiFailure.Of(IdNumber.Validate(value, options), value));

    /// <summary>The property must be a valid name (at least two characters, the minority-name dot, no symbols).</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The name rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiPersonName<T>(this IRuleBuilder<T, string?> ruleBuilder, PersonNameOptions? options = null) =>
        ruleBuilder.TextRule("ChsiPersonNameValidator", (_, value) => ChsiFailure.Of(PersonName.Validate(value, options), value));

    /// <summary>
    /// A warning (<see cref="Severity.Warning"/> unless <c>WithSeverity</c> says otherwise) when a valid name holds rare
    /// characters (<see cref="ErrorCodes.PersonNameRareCharacter"/>), with the first one's tier and look-alikes in the
    /// message and every rare character (<see cref="RareCharacter"/> list) as <c>CustomState</c>. Quiet on names the name
    /// rule rejects, and, with <see cref="PersonNameOptions.RareCharacterIsError"/>, on the first rare character, which
    /// the name rule then reports.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The name rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiNoRareCharacters<T>(this IRuleBuilder<T, string?> ruleBuilder, PersonNameOptions? options = null)
    {
        options ??= PersonNameOptions.Default;
        PersonNameOptions findings = options with { RareCharacterIsError = false };
        int skip = options.RareCharacterIsError ? 1 : 0;
        return ruleBuilder.TextRule("ChsiRareCharacterValidator", (_, value) =>
        {
            PersonNameResult result = PersonName.Validate(value, findings);
            if (!result.IsValid || result.RareCharacters.Count <= skip)
            {
                return null;
            }

            RareCharacter[] reported = [.. result.RareCharacters.Skip(skip)];
            return new ChsiFailure(ErrorCodes.PersonNameRareCharacter, reported[0].GetMessageArguments(ChsiLanguage.CurrentCulture), reported);
        }, severity: Severity.Warning);
    }

    /// <summary>The property must be a mainland China mobile number.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">Accepted kinds and added prefixes; <see langword="null"/> means <see cref="MobileNumberOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiMobileNumber<T>(this IRuleBuilder<T, string?> ruleBuilder, MobileNumberOptions? options = null) =>
        ruleBuilder.TextRule("ChsiMobileNumberValidator", (_, value) => ChsiFailure.Of(MobileNumber.Validate(value, options), value));

    /// <summary>The property must be an email address fit for registration.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The email policy; <see langword="null"/> means <see cref="EmailOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiEmail<T>(this IRuleBuilder<T, string?> ruleBuilder, EmailOptions? options = null) =>
        ruleBuilder.TextRule("ChsiEmailValidator", (_, value) => ChsiFailure.Of(Email.Validate(value, options), value));

    /// <summary>
    /// A warning (<see cref="Severity.Warning"/> unless <c>WithSeverity</c> says otherwise) when a valid address's domain is a
    /// near miss of a common provider (<c>user@qq.con</c>): <see cref="ErrorCodes.EmailSuggestion"/> with <c>{Suggestion}</c>.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The email policy; <see langword="null"/> means <see cref="EmailOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiEmailSuggestion<T>(this IRuleBuilder<T, string?> ruleBuilder, EmailOptions? options = null)
    {
        return ruleBuilder.TextRule("ChsiEmailSuggestionValidator", (_, value) =>
            Email.Validate(value, options) is { IsValid: true, Suggestion: { } suggestion } result
                ? new ChsiFailure(ErrorCodes.EmailSuggestion, [("Suggestion", suggestion)], result)
                : null,
            severity: Severity.Warning);
    }

    /// <summary>The property must be a well-formed SMS verification code (ASCII digits of the configured length).</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The code length; <see langword="null"/> means <see cref="SmsCodeOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiSmsCode<T>(this IRuleBuilder<T, string?> ruleBuilder, SmsCodeOptions? options = null) =>
        ruleBuilder.TextRule("ChsiSmsCodeValidator", (_, value) => ChsiFailure.Of(SmsCode.Validate(value, options), value));

    /// <summary>
    /// The SMS code must still be within its validity window (CHSI FAQ item 4: 24 hours by default) at the time the
    /// <paramref name="timeProvider"/> gives. The issue time must come from the server's own records, never from the request.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="issuedAt">Reads when the code was issued, from the server's records; <see langword="null"/> means none was sent (<c>ChsiSmsCode.NotRequested</c>).</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means <see cref="TimeProvider.System"/>.</param>
    /// <param name="lifetime">How long a code stays valid; <see langword="null"/> means 24 hours.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lifetime"/> is not positive.</exception>
    public static IRuleBuilderOptions<T, string?> ChsiSmsCodeNotExpired<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        Func<T, DateTimeOffset?> issuedAt,
        TimeProvider? timeProvider = null,
        TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(issuedAt);
        _ = new SmsCodeValidity(default, lifetime); // checks the arguments when the rule is built
        TimeProvider clock = timeProvider ?? TimeProvider.System;
        string hours = (lifetime ?? SmsCodeValidity.DefaultLifetime).TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
        return ruleBuilder.TextRule("ChsiSmsCodeNotExpiredValidator", (context, _) =>
        {
            SmsCodeValidity? validity = issuedAt(context.InstanceToValidate) is { } time ? new SmsCodeValidity(time, lifetime) : null;
            SmsCodeError error = validity?.Check(clock.GetUtcNow()) ?? SmsCodeError.NotRequested;
            return error == SmsCodeError.None
                ? null
                : new ChsiFailure(ErrorCodes.Of(error), MessageArguments.Select(ErrorCodes.Of(error), [("LifetimeHours", hours), ("ExpiresAt", validity?.ExpiresAt)]), validity);
        });
    }

    /// <summary>The property must be a username: the mobile number, ID number or email address used at registration.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The rules of each form; <see langword="null"/> means <see cref="UsernameOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiUsername<T>(this IRuleBuilder<T, string?> ruleBuilder, UsernameOptions? options = null) =>
        ruleBuilder.TextRule("ChsiUsernameValidator", (_, value) => ChsiFailure.Of(Username.Validate(value, options), value));

    /// <summary>The property must be a valid number of the certificate type that <paramref name="certificateType"/> reads from the form.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="certificateType">Reads the chosen certificate type; <see langword="null"/> skips the check (validate the type itself with <c>NotNull()</c>).</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="CertificateNumberOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiCertificateNumber<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        Func<T, CertificateType?> certificateType,
        CertificateNumberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(certificateType);
        return ruleBuilder.TextRule("ChsiCertificateNumberValidator", (context, value) =>
            certificateType(context.InstanceToValidate) is { } type ? ChsiFailure.Of(CertificateNumber.Validate(type, value, options), value) : null);
    }

    /// <summary>The property must satisfy the password policy and differ from the account details read by <paramref name="accountDetails"/>.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The policy; <see langword="null"/> means <see cref="PasswordOptions.Default"/>.</param>
    /// <param name="accountDetails">Read the username, mobile number, ID number and email the password must not equal.</param>
    public static IRuleBuilderOptions<T, string?> ChsiPassword<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        PasswordOptions? options = null,
        params Func<T, string?>[] accountDetails)
    {
        ArgumentNullException.ThrowIfNull(accountDetails);
        return ruleBuilder.TextRule("ChsiPasswordValidator", (context, value) =>
        {
            var details = new string?[accountDetails.Length];
            for (int i = 0; i < details.Length; i++)
            {
                details[i] = accountDetails[i](context.InstanceToValidate);
            }

            return ChsiFailure.Of(Password.Validate(value, options, details), value);
        }, echoesValue: false);
    }

    /// <summary>
    /// The property must repeat the password that <paramref name="password"/> reads (<see cref="Password.ValidateConfirmation"/>).
    /// The failure carries neither value.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="password">Reads the password typed first.</param>
    public static IRuleBuilderOptions<T, string?> ChsiPasswordConfirmation<T>(this IRuleBuilder<T, string?> ruleBuilder, Func<T, string?> password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return ruleBuilder.TextRule("ChsiPasswordConfirmationValidator", (context, value) =>
            ChsiFailure.Of(Password.ValidateConfirmation(password(context.InstanceToValidate), value), value), echoesValue: false);
    }

    /// <summary>The property must have the form of an image captcha answer.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The bounds; <see langword="null"/> means <see cref="CaptchaOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiCaptcha<T>(this IRuleBuilder<T, string?> ruleBuilder, CaptchaOptions? options = null) =>
        ruleBuilder.TextRule("ChsiCaptchaValidator", (_, value) => ChsiFailure.Of(Captcha.Validate(value, options), value));

    /// <summary>A rule on a string property: the check sees non-null values only (null passes).</summary>
    private static IRuleBuilderOptions<T, string?> TextRule<T>(
        this IRuleBuilder<T, string?> ruleBuilder,
        string name,
        Func<ValidationContext<T>, string, ChsiFailure?> check,
        bool echoesValue = true,
        Severity? severity = null) =>
        ruleBuilder.Rule<T, string?>(name, (context, value) => value is null ? null : check(context, value), echoesValue, severity);

    /// <summary>
    /// A support request's screenshot must be an image no larger than <see cref="SupportRequestOptions.ScreenshotMaxBytes"/>
    /// (<see cref="SupportRequest.ValidateScreenshot"/>). <see langword="null"/> passes (pair with <c>NotNull()</c>).
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The bounds; <see langword="null"/> means <see cref="SupportRequestOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, Forms.Screenshot?> ChsiScreenshot<T>(this IRuleBuilder<T, Forms.Screenshot?> ruleBuilder, SupportRequestOptions? options = null) =>
        ruleBuilder.Rule<T, Forms.Screenshot?>("ChsiScreenshotValidator", (_, shot) => shot is null
            ? null
            : ChsiFailure.Of(SupportRequest.ValidateScreenshot(shot.FileName, shot.ContentType, shot.Length, options), shot.FileName ?? string.Empty));

    /// <summary>A support request's description must not be blank nor longer than <see cref="SupportRequestOptions.DescriptionMaxLength"/> characters.</summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The bounds; <see langword="null"/> means <see cref="SupportRequestOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChsiSupportDescription<T>(this IRuleBuilder<T, string?> ruleBuilder, SupportRequestOptions? options = null) =>
        ruleBuilder.TextRule("ChsiSupportDescriptionValidator", (_, value) => ChsiFailure.Of(SupportRequest.ValidateDescription(value, options), value));

    /// <summary>
    /// Adds one rule: the shared validator, and the core result as the failure's <c>CustomState</c> unless <c>WithState</c>
    /// replaces it. A rule that must not echo its value (a password) also hides it from <c>{PropertyValue}</c> and the
    /// failure's <c>AttemptedValue</c>.
    /// </summary>
    private static IRuleBuilderOptions<T, TProperty> Rule<T, TProperty>(
        this IRuleBuilder<T, TProperty> ruleBuilder,
        string name,
        Func<ValidationContext<T>, TProperty, ChsiFailure?> check,
        bool echoesValue = true,
        Severity? severity = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        var validator = new ChsiRuleValidator<T, TProperty>(name, check);
        IRuleBuilderOptions<T, TProperty> rule = ruleBuilder.SetValidator(validator);
        var component = (RuleComponent<T, TProperty>)DefaultValidatorOptions.Configurable(rule).Current;
        component.CustomStateProvider = (context, _) => FailureSlot.ForContext(context)?.State;
        if (severity is { } defaultSeverity)
        {
            // The rule's own default (a warning); WithSeverity replaces it as it replaces FluentValidation's.
            component.SeverityProvider = (_, _) => defaultSeverity;
        }

        if (!echoesValue)
        {
            validator.SecretComponent = component;
        }

        return rule;
    }
}
