using BlazorForm.Forms;
using BlazorForm.Localization;
using ChsiValidation;
using ChsiValidation.FluentValidation;
using ChsiValidation.FluentValidation.Forms;
using FluentValidation;

namespace BlazorForm.Validation;

/// <summary>
/// 注册 on the FluentValidation route: the ready-made <see cref="RegistrationValidator{T}"/>, the email "did you mean"
/// warning, and an async rule (is the mobile number already registered? here a fixed number stands in for the server's
/// answer) that the bridge awaits on submit.
/// </summary>
public sealed class RegistrationModelValidator : AbstractValidator<RegistrationModel>
{
    /// <summary>A number the simulated server reports as registered.</summary>
    public const string RegisteredMobileNumber = "13912345678";

    public RegistrationModelValidator(TimeProvider clock)
    {
        AccountFormOptions options = AccountFormOptions.Default;
        Include(new RegistrationValidator<RegistrationModel>(options, clock));
        RuleFor(x => x.Email).ChsiEmailSuggestion(options.Email).WithName(_ => UiText.Email)
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.MobileNumber)
            .MustAsync(async (number, cancellationToken) =>
            {
                await Task.Delay(10, cancellationToken); // the round trip to the server
                return number != RegisteredMobileNumber;
            })
            .When(x => MobileNumber.IsValid(x.MobileNumber))
            .WithErrorCode("Sample.MobileNumberRegistered")
            .WithMessage(_ => UiText.MobileNumberRegistered);
    }
}

/// <summary>找回用户名 on the FluentValidation route: the ready-made rules.</summary>
public sealed class FindUsernameModelValidator : AbstractValidator<FindUsernameModel>
{
    public FindUsernameModelValidator() => Include(new RetrieveUsernameValidator<FindUsernameModel>());
}

/// <summary>找回密码 on the FluentValidation route: the ready-made rules.</summary>
public sealed class ResetPasswordModelValidator : AbstractValidator<ResetPasswordModel>
{
    public ResetPasswordModelValidator() => Include(new RetrievePasswordValidator<ResetPasswordModel>());
}
