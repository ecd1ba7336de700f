using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks a CHSI username with <see cref="Username.Validate(string?, UsernameOptions?)"/>: the mobile number, ID number
/// or email address used at registration. Error codes <c>ChsiUsername.&lt;UsernameError&gt;</c>; for a recognised but
/// invalid form (<c>ChsiUsername.InvalidIdNumber</c>, ...) the message quotes that form's own message as
/// <c>{Detail}</c> and the placeholder <c>{DetailErrorCode}</c> holds its code (e.g. <c>ChsiIdNumber.ChecksumMismatch</c>).
/// The failure's <c>CustomState</c> is the <see cref="UsernameResult"/>. <see langword="null"/> passes.
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class UsernameValidator<T> : PropertyValidator<T, string?>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">The rules of each form; <see langword="null"/> means <see cref="UsernameOptions.Default"/>.</param>
    public UsernameValidator(UsernameOptions? options = null) => Options = options ?? UsernameOptions.Default;

    /// <summary>The rules of each form.</summary>
    public UsernameOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "ChsiUsernameValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        UsernameResult result = Username.Validate(value, Options);
        if (!result.IsValid)
        {
            ChsiFailures.Add(
                context,
                value,
                ErrorCodes.Of(result.Error),
                Severity.Error,
                result,
                ("Detail", Detail(value, result)),
                ("DetailErrorCode", result.DetailErrorCode));
        }

        return true;
    }

    /// <summary>The underlying rule's message, in the current culture, with the form's name as its property name.</summary>
    private static string? Detail(string value, UsernameResult result)
    {
        if (result.DetailErrorCode is not { } code)
        {
            return null;
        }

        var formatter = new MessageFormatter();
        foreach ((string name, object? argument) in MessageArguments.ForDetail(value, result, ChsiLanguage.CurrentCulture))
        {
            formatter.AppendArgument(name, argument);
        }

        return formatter.BuildMessage(ChsiLanguage.GetTemplate(code));
    }
}
