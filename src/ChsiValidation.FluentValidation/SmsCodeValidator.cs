using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks the form of an SMS verification code with <see cref="SmsCode.Validate(string?, SmsCodeOptions?)"/>: ASCII digits, exactly
/// <see cref="Length"/> of them. Each reason has its own error code (<c>ChsiSmsCode.&lt;SmsCodeError&gt;</c>); the
/// failure's <c>CustomState</c> is the <see cref="SmsCodeResult"/>. <see langword="null"/> passes (pair with
/// <c>NotEmpty()</c>). Whether the code is still within its lifetime is <see cref="SmsCodeNotExpiredValidator{T}"/>'s job.
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class SmsCodeValidator<T> : PropertyValidator<T, string?>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="length">The number of digits, 4–8.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is outside 4–8.</exception>
    public SmsCodeValidator(int length = SmsCode.DefaultLength)
    {
        // At rule-building time, not on the first form submitted.
        ArgumentOutOfRangeException.ThrowIfLessThan(length, SmsCode.MinLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, SmsCode.MaxLength);
        Length = length;
    }

    /// <summary>The number of digits expected.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override string Name => "ChsiSmsCodeValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        SmsCodeResult result = SmsCode.Validate(value, Length);
        if (!result.IsValid)
        {
            ChsiFailures.Add(
                context,
                value,
                ErrorCodes.Of(result.Error),
                Severity.Error,
                result,
                [.. MessageArguments.For(value, result)]);
        }

        return true;
    }
}
