using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace ChsiValidation.DataAnnotations;

/// <summary>
/// The base of every ChsiValidation DataAnnotations attribute: runs one rule on a string member and turns a rejected
/// result (<see cref="IRuleResult"/>) into a <see cref="ChsiValidationResult"/> with the reason's error code and its
/// zh-Hans/en message in the current UI culture, or the attribute's own <c>ErrorMessage</c> when set (the DataAnnotations
/// convention). <see langword="null"/> passes (use <c>[Required]</c>); a value that is not a string is checked as "".
/// </summary>
/// <remarks>
/// A configured value outside its option's bounds (<c>[ChsiMobileNumber(AcceptedKinds = MobileNumberKind.None)]</c>, an
/// address code that is not six digits) is checked when it is set, but the <see cref="ArgumentOutOfRangeException"/> is
/// thrown when the attribute validates, every time, never while it is created: DataAnnotations (TypeDescriptor) drops an
/// attribute whose creation throws without a word, which would leave the member unchecked.
/// </remarks>
public abstract class ChsiValidationAttribute : ValidationAttribute
{
    private Dictionary<string, ExceptionDispatchInfo>? _configurationErrors;

    /// <summary>
    /// A copy of a list property's <paramref name="value"/> (<see langword="null"/> as empty), configured through
    /// <see cref="Configure"/>: the copy is what the property reads back, whatever the caller does to its array later.
    /// </summary>
    private protected string[] ConfigureList(string[]? value, string property, Action<string[]> configure)
    {
        string[] copy = value is null ? [] : [.. value];
        Configure(property, () => configure(copy));
        return copy;
    }

    /// <summary>
    /// Runs <paramref name="configure"/>, which builds the attribute's options from a property's value; an
    /// <see cref="ArgumentException"/> it throws is kept under <paramref name="property"/> (a later good value clears it)
    /// and thrown when the attribute validates.
    /// </summary>
    private protected void Configure(string property, Action configure)
    {
        try
        {
            configure();
            _configurationErrors?.Remove(property);
        }
        catch (ArgumentException e)
        {
            (_configurationErrors ??= new(StringComparer.Ordinal))[property] = ExceptionDispatchInfo.Capture(e);
        }
    }
    /// <summary>Runs the attribute's rule.</summary>
    /// <param name="input">The member's value.</param>
    /// <param name="validationContext">The DataAnnotations context (services such as a <see cref="TimeProvider"/>).</param>
    /// <returns>The rule's result.</returns>
    protected abstract IRuleResult Validate(string input, ValidationContext? validationContext);

    /// <inheritdoc />
    protected sealed override ValidationResult? IsValid(object? value, ValidationContext? validationContext)
    {
        if (_configurationErrors is { Count: > 0 } errors)
        {
            errors.Values.First().Throw();
        }

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
