using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks a mainland China mobile number with <see cref="MobileNumber.Validate(string?)"/>. Each reason has its own
/// error code (<c>ChsiMobile.&lt;MobileNumberError&gt;</c>) and zh-Hans/en message; the failure's <c>CustomState</c> is
/// the <see cref="MobileNumberResult"/>. <see langword="null"/> passes (pair with <c>NotEmpty()</c>).
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class MobileNumberValidator<T> : PropertyValidator<T, string?>
{
    /// <inheritdoc />
    public override string Name => "ChsiMobileNumberValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        MobileNumberResult result = MobileNumber.Validate(value);
        if (!result.IsValid)
        {
            ChsiFailures.Add(context, value, ErrorCodes.Of(result.Error), Severity.Error, result, [.. MessageArguments.For(value, result)]);
        }

        return true;
    }
}
