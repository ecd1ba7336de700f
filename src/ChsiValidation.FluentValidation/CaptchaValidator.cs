using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>Checks the form of an image captcha answer (<c>ChsiCaptcha.*</c> codes). <see langword="null"/> passes (pair with <c>NotEmpty()</c>, or let the form turn null into "" to get <c>ChsiCaptcha.Empty</c>).</summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class CaptchaValidator<T> : PropertyValidator<T, string?>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">The bounds; <see langword="null"/> means <see cref="CaptchaOptions.Default"/>.</param>
    public CaptchaValidator(CaptchaOptions? options = null) => Options = options ?? CaptchaOptions.Default;

    /// <summary>The bounds applied.</summary>
    public CaptchaOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "ChsiCaptchaValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        CaptchaResult result = Captcha.Validate(value, Options);
        if (!result.IsValid)
        {
            ChsiFailures.Add(
                context,
                value,
                ErrorCodes.Of(result.Error),
                Severity.Error,
                result,
                [.. MessageArguments.For(value, result, Options)]);
        }

        return true;
    }
}
