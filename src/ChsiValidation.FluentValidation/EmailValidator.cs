using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks a registration email address with <see cref="Email.Validate(string?, EmailOptions?)"/>. Each reason has its
/// own error code (<c>ChsiEmail.&lt;EmailError&gt;</c>) and zh-Hans/en message; the failure's <c>CustomState</c> is the
/// <see cref="EmailResult"/>, whose <see cref="EmailResult.Suggestion"/> is also the <c>{Suggestion}</c> placeholder.
/// <see langword="null"/> passes (pair with <c>NotEmpty()</c>).
/// </summary>
/// <remarks>
/// A valid address whose domain is a near miss of a common provider (<c>qq.con</c>) passes: the suggestion is not
/// blocking. With <see cref="SuggestionAsWarning"/> the rule adds a <see cref="Severity.Warning"/> failure with the code
/// <see cref="ErrorCodes.EmailSuggestion"/> ("did you mean user@qq.com?") instead; note that FluentValidation's
/// <c>ValidationResult.IsValid</c> counts warnings too, so filter failures by severity before blocking the form.
/// </remarks>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class EmailValidator<T> : PropertyValidator<T, string?>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">The email policy; <see langword="null"/> means <see cref="EmailOptions.Default"/>.</param>
    /// <param name="suggestionAsWarning">Report a provider suggestion on a valid address as a warning-severity failure.</param>
    public EmailValidator(EmailOptions? options = null, bool suggestionAsWarning = false)
    {
        Options = options ?? EmailOptions.Default;
        SuggestionAsWarning = suggestionAsWarning;
    }

    /// <summary>The email policy applied.</summary>
    public EmailOptions Options { get; }

    /// <summary>Whether a suggestion on a valid address is reported as a <see cref="Severity.Warning"/> failure.</summary>
    public bool SuggestionAsWarning { get; }

    /// <inheritdoc />
    public override string Name => "ChsiEmailValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        EmailResult result = Email.Validate(value, Options);
        if (!result.IsValid)
        {
            ChsiFailures.Add(context, value, ErrorCodes.Of(result.Error), Severity.Error, result, [.. MessageArguments.For(value, result)]);
        }
        else if (SuggestionAsWarning && result.Suggestion is not null)
        {
            ChsiFailures.Add(context, value, ErrorCodes.EmailSuggestion, Severity.Warning, result, ("Suggestion", result.Suggestion));
        }

        return true;
    }
}
