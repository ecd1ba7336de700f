using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks a Chinese ID number with <see cref="IdNumber.Validate(string?, IdNumberOptions?)"/>. Each reason has its own
/// error code (<c>ChsiIdNumber.&lt;IdNumberError&gt;</c>) and zh-Hans/en message; the failure's <c>CustomState</c> is the
/// <see cref="IdNumberResult"/>. <see langword="null"/> passes (pair with <c>NotEmpty()</c>).
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class IdNumberValidator<T> : PropertyValidator<T, string?>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">The ID rules; <see langword="null"/> means <see cref="IdNumberOptions.Default"/>.</param>
    public IdNumberValidator(IdNumberOptions? options = null) => Options = options ?? IdNumberOptions.Default;

    /// <summary>The ID rules applied.</summary>
    public IdNumberOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "ChsiIdNumberValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        IdNumberResult result = IdNumber.Validate(value, Options);
        if (!result.IsValid)
        {
            AddFailure(context, value, result);
        }

        return true;
    }

    internal static void AddFailure(ValidationContext<T> context, string value, IdNumberResult result) =>
        ChsiFailures.Add(context, value, ErrorCodes.Of(result.Error), Severity.Error, result, [.. MessageArguments.For(value, result)]);
}
