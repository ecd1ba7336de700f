using FluentValidation;

namespace ChsiValidation.FluentValidation.Forms;

/// <summary>
/// 注册: mobile number, SMS code within its validity, password (policy and confirmation), name (following the certificate
/// type), certificate type and number, optional email. Rare characters in the name are a warning by default (FAQ item 3).
/// Include it into your own validator (<c>Include(new RegistrationValidator&lt;MyModel&gt;())</c>) or use
/// <see cref="RegistrationValidator"/> as it is.
/// </summary>
/// <typeparam name="T">Your form model.</typeparam>
public class RegistrationValidator<T> : AbstractValidator<T>
    where T : IRegistrationForm
{
    /// <summary>Creates the rules.</summary>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="AccountFormOptions.Default"/>.</param>
    /// <param name="timeProvider">The clock for the SMS code's validity; from the container when registered, else the system clock.</param>
    public RegistrationValidator(AccountFormOptions? options = null, TimeProvider? timeProvider = null)
    {
        options ??= AccountFormOptions.Default;
        this.RuleForRequired(x => x.MobileNumber, rule => rule.ChsiMobileNumber());
        this.RuleForRequired(x => x.SmsCode, rule => rule
            .Cascade(CascadeMode.Stop)
            .ChsiSmsCode(new SmsCodeOptions { Length = options.SmsCodeLength })
            .ChsiSmsCodeNotExpired(x => x.SmsCodeIssuedAt, timeProvider, options.SmsCodeLifetime));
        this.RuleForRequired(x => x.Password, rule => rule
            .ChsiPassword(options.Password, x => x.MobileNumber, x => x.CertificateNumber, x => x.Email));
        RuleFor(x => x.PasswordConfirmation).ChsiPasswordConfirmation(x => x.Password)
            .WithFieldName(nameof(IRegistrationForm.PasswordConfirmation));

        // The name follows the certificate type: Latin letters only for foreign, passport and other types.
        PersonNameOptions latin = options.PersonName with { AllowLatin = true };
        this.RuleForRequired(x => x.Name, rule => rule
            .NameRules(latin, options.RareCharacterSeverity)
            .When(x => FormRules.AllowsLatinName(x.CertificateType)));
        this.RuleForRequired(x => x.Name, rule => rule
            .NameRules(options.PersonName, options.RareCharacterSeverity)
            .Unless(x => FormRules.AllowsLatinName(x.CertificateType)));

        RuleFor(x => x.CertificateType)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithChsiMessage(ErrorCodes.Required)
            .IsInEnum()
            .WithChsiMessage(ErrorCodes.Of(CertificateNumberError.UnknownType))
            .WithFieldName(nameof(IRegistrationForm.CertificateType));
        this.RuleForRequired(x => x.CertificateNumber, rule => rule.ChsiCertificateNumber(x => x.CertificateType, options.CertificateNumber));
        RuleFor(x => x.Email).ChsiEmail(options.Email).When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithFieldName(nameof(IRegistrationForm.Email));
    }
}

/// <summary>The registration rules for the ready-made <see cref="RegistrationForm"/>; found by <c>AddValidatorsFromAssemblyContaining</c>.</summary>
public sealed class RegistrationValidator : RegistrationValidator<RegistrationForm>
{
    /// <inheritdoc cref="RegistrationValidator{T}(AccountFormOptions?, TimeProvider?)" />
    public RegistrationValidator(AccountFormOptions? options = null, TimeProvider? timeProvider = null)
        : base(options, timeProvider)
    {
    }
}
