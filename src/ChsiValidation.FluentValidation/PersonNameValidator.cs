using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks a personal name with <see cref="PersonName.Validate(string?, PersonNameOptions?)"/>. Each reason has its own error
/// code (<c>ChsiPersonName.&lt;PersonNameError&gt;</c>) and zh-Hans/en message; the failure's <c>CustomState</c> is the
/// <see cref="PersonNameResult"/>. Rare characters are not reported here unless
/// <see cref="PersonNameOptions.RareCharacterIsError"/>; add <c>NoRareCharacters()</c> for the finding.
/// <see langword="null"/> passes (pair with <c>NotEmpty()</c>).
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class PersonNameValidator<T> : PropertyValidator<T, string?>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">The name rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    public PersonNameValidator(PersonNameOptions? options = null) => Options = options ?? PersonNameOptions.Default;

    /// <summary>The name rules applied.</summary>
    public PersonNameOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "ChsiPersonNameValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        PersonNameResult result = PersonName.Validate(value, Options);
        if (result.IsValid)
        {
            return true;
        }

        ChsiFailures.Add(
            context,
            value,
            ErrorCodes.Of(result.Error),
            Severity.Error,
            result,
            [.. MessageArguments.For(value, result, Options, ChsiLanguage.CurrentCulture)]);
        return true;
    }
}
