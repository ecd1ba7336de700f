using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ChsiValidation.DataAnnotations;

/// <summary>
/// DataAnnotations: the member must be a valid name (<see cref="PersonName.Validate"/>), at least two characters counted
/// as characters, not UTF-16 units. <see langword="null"/> passes (use <c>[Required]</c>). Rare characters are findings,
/// not failures, unless <see cref="RareCharacterIsError"/> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChinesePersonNameAttribute : ValidationAttribute
{
    /// <summary>See <see cref="PersonNameOptions.AllowLatin"/>. Default <see langword="false"/>.</summary>
    public bool AllowLatin { get; set; }

    /// <summary>See <see cref="PersonNameOptions.MaxLength"/>. Default 50.</summary>
    public int MaxLength { get; set; } = PersonNameOptions.Default.MaxLength;

    /// <summary>See <see cref="PersonNameOptions.RareCharacterIsError"/>. Default <see langword="false"/>.</summary>
    public bool RareCharacterIsError { get; set; }

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext? validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success;
        }

        string input = value as string ?? string.Empty;
        var options = PersonNameOptions.Default with { AllowLatin = AllowLatin, MaxLength = MaxLength, RareCharacterIsError = RareCharacterIsError };
        PersonNameResult result = PersonName.Validate(input, options);
        return result.IsValid
            ? ValidationResult.Success
            : ChsiAttributeFailures.Create(this, validationContext, ErrorCodes.Of(result.Error), [.. MessageArguments.For(input, result, options, CultureInfo.CurrentUICulture)]);
    }
}

/// <summary>
/// DataAnnotations: the member must be a mainland China mobile number (<see cref="MobileNumber.Validate"/>).
/// <see langword="null"/> passes (use <c>[Required]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChinaMobileNumberAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext? validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success;
        }

        string input = value as string ?? string.Empty;
        MobileNumberResult result = MobileNumber.Validate(input);
        return result.IsValid
            ? ValidationResult.Success
            : ChsiAttributeFailures.Create(this, validationContext, ErrorCodes.Of(result.Error), [.. MessageArguments.For(input, result)]);
    }
}

/// <summary>
/// DataAnnotations: the member must be an email address fit for registration (<see cref="Email.Validate"/>, default
/// policy). <see langword="null"/> passes (use <c>[Required]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class RegistrationEmailAttribute : ValidationAttribute
{
    /// <summary>See <see cref="EmailOptions.AllowUnicodeLocalPart"/>. Default <see langword="false"/>.</summary>
    public bool AllowUnicodeLocalPart { get; set; }

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext? validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success;
        }

        string input = value as string ?? string.Empty;
        EmailResult result = Email.Validate(input, EmailOptions.Default with { AllowUnicodeLocalPart = AllowUnicodeLocalPart });
        return result.IsValid
            ? ValidationResult.Success
            : ChsiAttributeFailures.Create(this, validationContext, ErrorCodes.Of(result.Error), [.. MessageArguments.For(input, result)]);
    }
}

/// <summary>
/// DataAnnotations: the member must be an SMS verification code of <see cref="Length"/> ASCII digits
/// (<see cref="SmsCode.Validate"/>). <see langword="null"/> passes (use <c>[Required]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class SmsVerificationCodeAttribute : ValidationAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="length">Digits in the code, 4–8. Default 6.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is outside 4–8.</exception>
    public SmsVerificationCodeAttribute(int length = SmsCode.DefaultLength)
    {
        SmsCode.CheckLength(length);
        Length = length;
    }

    /// <summary>Digits in the code.</summary>
    public int Length { get; }

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext? validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success;
        }

        string input = value as string ?? string.Empty;
        SmsCodeResult result = SmsCode.Validate(input, Length);
        return result.IsValid
            ? ValidationResult.Success
            : ChsiAttributeFailures.Create(this, validationContext, ErrorCodes.Of(result.Error), [.. MessageArguments.For(input, result)]);
    }
}
