using System.ComponentModel.DataAnnotations;
using System.Globalization;
using BlazorForm.Forms;
using ChsiValidation;
using ChsiValidation.DataAnnotations;
using ChsiValidation.FluentValidation.Forms;

namespace BlazorForm.Validation;

// The DataAnnotations rules that depend on another field of the form (the certificate type, the password, the SMS code's
// issue time). The library's attributes check one value each; these read the form through ValidationContext.ObjectInstance
// and report the library's own reasons and texts, as its attributes do.

/// <summary>The library's message for a rejected result, as a DataAnnotations failure carrying the error code.</summary>
internal static class LibraryFailure
{
    public static ValidationResult? Of(IRuleResult result, string input, ValidationContext context) =>
        result.IsValid || result.ErrorCode is not { } code
            ? ValidationResult.Success
            : Of(code, result.GetMessageArguments(input, CultureInfo.CurrentUICulture), context);

    public static ValidationResult Of(string code, IEnumerable<(string Name, object? Value)> arguments, ValidationContext context)
    {
        string message = ValidationMessages.GetMessage(code, MessageArguments.ToDictionary(context.DisplayName, arguments), CultureInfo.CurrentUICulture);
        return new ChsiValidationResult(message, context.MemberName is { } member ? [member] : [], code);
    }
}

/// <summary>The certificate number, checked by the type chosen on the same form (<see cref="CertificateNumber.Validate"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CertificateNumberForTypeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        // No type chosen: the type's own [Required] says so; the number cannot be judged yet.
        if (value is not string input || validationContext.ObjectInstance is not CertificateHolderModel { CertificateType: { } type })
        {
            return ValidationResult.Success;
        }

        return LibraryFailure.Of(CertificateNumber.Validate(type, input), input, validationContext);
    }
}

/// <summary>The name: Latin letters only for the certificate types whose holders may register one (<see cref="CertificateTypes.AllowsLatinName"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonNameForCertificateAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string input)
        {
            return ValidationResult.Success;
        }

        bool latin = validationContext.ObjectInstance is CertificateHolderModel { CertificateType: { } type } && type.AllowsLatinName();
        return LibraryFailure.Of(PersonName.Validate(input, PersonNameOptions.Default with { AllowLatin = latin }), input, validationContext);
    }
}

/// <summary>The confirmation repeats the password (<see cref="Password.ValidateConfirmation"/>); the message names neither value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PasswordConfirmationAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        string? password = (validationContext.ObjectInstance as IRegistrationForm)?.Password;
        string input = value as string ?? "";
        return LibraryFailure.Of(Password.ValidateConfirmation(password, input), input, validationContext);
    }
}

/// <summary>
/// The SMS code was requested and is still within its validity (<see cref="SmsCodeValidity"/>, 24 hours: CHSI FAQ item 4).
/// "Now" comes from the <see cref="TimeProvider"/> in the container. An empty code is left to <c>[ChsiSmsCode]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SmsCodeNotExpiredAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string { Length: > 0 } || validationContext.ObjectInstance is not IRegistrationForm form)
        {
            return ValidationResult.Success;
        }

        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        SmsCodeError error = form.SmsCodeIssuedAt is { } issued ? new SmsCodeValidity(issued).Check(clock.GetUtcNow()) : SmsCodeError.NotRequested;
        if (error == SmsCodeError.None)
        {
            return ValidationResult.Success;
        }

        string code = ErrorCodes.Of(error);
        string hours = SmsCodeValidity.DefaultLifetime.TotalHours.ToString("0", CultureInfo.InvariantCulture);
        return LibraryFailure.Of(code, MessageArguments.Select(code, [("LifetimeHours", hours)]), validationContext);
    }
}
