using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ChsiValidation.DataAnnotations;

/// <summary>
/// The base of every ChsiValidation DataAnnotations attribute: runs one rule on a string member and turns a rejected
/// result (<see cref="IRuleResult"/>) into a <see cref="ChsiValidationResult"/> with the reason's error code and its
/// zh-Hans/en message in the current UI culture, or the attribute's own <c>ErrorMessage</c> when set (the DataAnnotations
/// convention). <see langword="null"/> passes (use <c>[Required]</c>); a value that is not a string is checked as "".
/// </summary>
public abstract class ChsiValidationAttribute : ValidationAttribute
{
    /// <summary>Runs the attribute's rule.</summary>
    /// <param name="input">The member's value.</param>
    /// <param name="validationContext">The DataAnnotations context (services such as a <see cref="TimeProvider"/>).</param>
    /// <returns>The rule's result.</returns>
    protected abstract IRuleResult Validate(string input, ValidationContext? validationContext);

    /// <inheritdoc />
    protected sealed override ValidationResult? IsValid(object? value, ValidationContext? validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success;
        }

        string input = value as string ?? string.Empty;
        IRuleResult result = Validate(input, validationContext);
        if (result.IsValid || result.ErrorCode is not { } code)
        {
            return ValidationResult.Success;
        }

        return ChsiAttributeFailures.Create(this, validationContext, code, result.GetMessageArguments(input, CultureInfo.CurrentUICulture));
    }

    /// <summary>The <see cref="TimeProvider"/> registered in the container behind <paramref name="context"/>, else the system clock.</summary>
    protected static TimeProvider Clock(ValidationContext? context) =>
        context?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
}
