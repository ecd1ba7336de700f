using System.Globalization;
using ChsiValidation;
using FluentValidation.Results;

namespace BlazorForm.Validation;

/// <summary>A one-click fix a notice offers: the button's text and the field's new value.</summary>
public sealed record Replacement(string Text, string NewValue);

/// <summary>
/// Advice shown apart from the errors: the field is valid, but the library has something to say (a rare character in a
/// name with its look-alikes, a near miss of a common email provider). Each may offer one-click replacements.
/// </summary>
public sealed record Notice(string Message, IReadOnlyList<Replacement> Replacements)
{
    /// <summary>
    /// A FluentValidation warning as a notice: its message as the library wrote it, and the replacements its
    /// <c>CustomState</c> (the core result) makes possible.
    /// </summary>
    public static Notice FromFailure(ValidationFailure failure, string? value) =>
        new(failure.ErrorMessage, failure.CustomState switch
        {
            RareCharacter[] rare => ReplacementsFor(rare, value),
            EmailResult { Suggestion: { } suggestion } => [new Replacement(Localization.UiText.Apply(suggestion), suggestion)],
            _ => [],
        });

    /// <summary>
    /// The same advice on the DataAnnotations route, which has no warnings: asked of the core directly, with the library's
    /// messages (<see cref="ErrorCodes.PersonNameRareCharacter"/>, <see cref="ErrorCodes.EmailSuggestion"/>).
    /// </summary>
    public static IReadOnlyList<Notice> ForName(string? value, string displayName, PersonNameOptions? options = null)
    {
        PersonNameResult result = PersonName.Validate(value, options);
        if (!result.IsValid || result.RareCharacters.Count == 0)
        {
            return [];
        }

        RareCharacter first = result.RareCharacters[0];
        CultureInfo culture = CultureInfo.CurrentUICulture;
        string message = ValidationMessages.GetMessage(
            ErrorCodes.PersonNameRareCharacter, MessageArguments.ToDictionary(displayName, first.GetMessageArguments(culture)), culture);
        return [new Notice(message, ReplacementsFor([.. result.RareCharacters], value))];
    }

    /// <inheritdoc cref="ForName" />
    public static IReadOnlyList<Notice> ForEmail(string? value, string displayName, EmailOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(value) || Email.Validate(value, options) is not { IsValid: true, Suggestion: { } suggestion })
        {
            return [];
        }

        CultureInfo culture = CultureInfo.CurrentUICulture;
        string message = ValidationMessages.GetMessage(
            ErrorCodes.EmailSuggestion, MessageArguments.ToDictionary(displayName, [("Suggestion", suggestion)]), culture);
        return [new Notice(message, [new Replacement(Localization.UiText.Apply(suggestion), suggestion)])];
    }

    // Each look-alike of the first rare character, put in its place (every occurrence of it).
    private static Replacement[] ReplacementsFor(RareCharacter[] rare, string? value)
    {
        if (rare.Length == 0 || string.IsNullOrEmpty(value))
        {
            return [];
        }

        RareCharacter first = rare[0];
        return [.. first.Suggestions.Select(s => new Replacement(
            Localization.UiText.Apply(value.Replace(first.Character, s, StringComparison.Ordinal)),
            value.Replace(first.Character, s, StringComparison.Ordinal)))];
    }
}
