using FluentValidation;

namespace ChsiValidation.FluentValidation.Forms;

/// <summary>找回用户名: certificate number (by type, 居民身份证 when none is chosen), name, image captcha (CHSI FAQ item 1).</summary>
/// <typeparam name="T">Your form model.</typeparam>
public class RetrieveUsernameValidator<T> : AbstractValidator<T>
    where T : IRetrieveUsernameForm
{
    /// <summary>Creates the rules.</summary>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="AccountFormOptions.Default"/>.</param>
    public RetrieveUsernameValidator(AccountFormOptions? options = null)
    {
        options ??= AccountFormOptions.Default;
        this.RuleForRequired(x => x.CertificateNumber, rule => rule
            .ChsiCertificateNumber(x => x.CertificateType ?? CertificateType.ResidentIdCard, options.CertificateNumber));
        PersonNameOptions latin = options.PersonName with { AllowLatin = true };
        this.RuleForRequired(x => x.Name, rule => rule
            .ChsiPersonName(latin)
            .When(x => FormRules.AllowsLatinName(x.CertificateType)));
        this.RuleForRequired(x => x.Name, rule => rule
            .ChsiPersonName(options.PersonName)
            .Unless(x => FormRules.AllowsLatinName(x.CertificateType)));
        this.RuleForRequired(x => x.Captcha, rule => rule.ChsiCaptcha(options.Captcha));
    }
}

/// <summary>The retrieve-username rules for the ready-made <see cref="RetrieveUsernameForm"/>.</summary>
public sealed class RetrieveUsernameValidator : RetrieveUsernameValidator<RetrieveUsernameForm>
{
    /// <inheritdoc cref="RetrieveUsernameValidator{T}(AccountFormOptions?)" />
    public RetrieveUsernameValidator(AccountFormOptions? options = null)
        : base(options)
    {
    }
}

/// <summary>找回密码: the username (mobile number, ID number or email) and image captcha (CHSI FAQ item 1).</summary>
/// <typeparam name="T">Your form model.</typeparam>
public class RetrievePasswordValidator<T> : AbstractValidator<T>
    where T : IRetrievePasswordForm
{
    /// <summary>Creates the rules.</summary>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="AccountFormOptions.Default"/>.</param>
    public RetrievePasswordValidator(AccountFormOptions? options = null)
    {
        options ??= AccountFormOptions.Default;
        this.RuleForRequired(x => x.Username, rule => rule.ChsiUsername(options.Username));
        this.RuleForRequired(x => x.Captcha, rule => rule.ChsiCaptcha(options.Captcha));
    }
}

/// <summary>The retrieve-password rules for the ready-made <see cref="RetrievePasswordForm"/>.</summary>
public sealed class RetrievePasswordValidator : RetrievePasswordValidator<RetrievePasswordForm>
{
    /// <inheritdoc cref="RetrievePasswordValidator{T}(AccountFormOptions?)" />
    public RetrievePasswordValidator(AccountFormOptions? options = null)
        : base(options)
    {
    }
}

/// <summary>
/// 修改账号信息: a new mobile number (with its SMS code), a new email or a new name, each optional, at least one
/// (CHSI FAQ item 5).
/// </summary>
/// <typeparam name="T">Your form model.</typeparam>
public class UpdateAccountValidator<T> : AbstractValidator<T>
    where T : IUpdateAccountForm
{
    /// <summary>Creates the rules.</summary>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="AccountFormOptions.Default"/>.</param>
    /// <param name="timeProvider">The clock for the SMS code's validity; from the container when registered, else the system clock.</param>
    public UpdateAccountValidator(AccountFormOptions? options = null, TimeProvider? timeProvider = null)
    {
        options ??= AccountFormOptions.Default;
        RuleFor(x => x)
            .Must(x => !string.IsNullOrWhiteSpace(x.NewMobileNumber) || !string.IsNullOrWhiteSpace(x.NewEmail) || !string.IsNullOrWhiteSpace(x.NewName))
            .WithChsiMessage(ErrorCodes.NothingToUpdate)
            .OverridePropertyName(string.Empty);
        When(x => !string.IsNullOrWhiteSpace(x.NewMobileNumber), () =>
        {
            RuleFor(x => x.NewMobileNumber).ChsiMobileNumber().WithFieldName(nameof(IUpdateAccountForm.NewMobileNumber));
            this.RuleForRequired(x => x.SmsCode, rule => rule
                .Cascade(CascadeMode.Stop)
                .ChsiSmsCode(new SmsCodeOptions { Length = options.SmsCodeLength })
                .ChsiSmsCodeNotExpired(x => x.SmsCodeIssuedAt, timeProvider, options.SmsCodeLifetime));
        });
        RuleFor(x => x.NewEmail).ChsiEmail(options.Email).When(x => !string.IsNullOrWhiteSpace(x.NewEmail))
            .WithFieldName(nameof(IUpdateAccountForm.NewEmail));
        RuleFor(x => x.NewName)
            .NameRules(options.PersonName, options.RareCharacterSeverity)
            .When(x => !string.IsNullOrWhiteSpace(x.NewName))
            .WithFieldName(nameof(IUpdateAccountForm.NewName));
    }
}

/// <summary>The update-account rules for the ready-made <see cref="UpdateAccountForm"/>.</summary>
public sealed class UpdateAccountValidator : UpdateAccountValidator<UpdateAccountForm>
{
    /// <inheritdoc cref="UpdateAccountValidator{T}(AccountFormOptions?, TimeProvider?)" />
    public UpdateAccountValidator(AccountFormOptions? options = null, TimeProvider? timeProvider = null)
        : base(options, timeProvider)
    {
    }
}

/// <summary>联系客服: username, a screenshot of the page with the problem, a description (CHSI FAQ item 9).</summary>
/// <typeparam name="T">Your form model.</typeparam>
public class SupportRequestValidator<T> : AbstractValidator<T>
    where T : ISupportRequestForm
{
    /// <summary>Creates the rules.</summary>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="AccountFormOptions.Default"/>.</param>
    public SupportRequestValidator(AccountFormOptions? options = null)
    {
        options ??= AccountFormOptions.Default;
        this.RuleForRequired(x => x.Username, rule => rule.ChsiUsername(options.Username));
        RuleFor(x => x.Screenshot)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithChsiMessage(ErrorCodes.Required)
            .ChsiScreenshot(options.SupportRequest)
            .WithFieldName(nameof(ISupportRequestForm.Screenshot));
        this.RuleForRequired(x => x.Description, rule => rule.ChsiSupportDescription(options.SupportRequest));
    }
}

/// <summary>The support-request rules for the ready-made <see cref="SupportRequestForm"/>.</summary>
public sealed class SupportRequestValidator : SupportRequestValidator<SupportRequestForm>
{
    /// <inheritdoc cref="SupportRequestValidator{T}(AccountFormOptions?)" />
    public SupportRequestValidator(AccountFormOptions? options = null)
        : base(options)
    {
    }
}
