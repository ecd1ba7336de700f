using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Adds a failure with a per-reason error code (e.g. <c>ChsiIdNumber.ChecksumMismatch</c>) and its localized message.
/// FluentValidation gives one error code per validator; our rules report one code per reason, so they add the
/// failure themselves. The shared mechanism of every validator in this package.
/// </summary>
internal static class ChsiFailures
{
    public static void Add<T>(
        ValidationContext<T> context,
        object? attemptedValue,
        string errorCode,
        Severity severity,
        object? customState,
        params ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        var formatter = new MessageFormatter();
        formatter.AppendPropertyName(context.DisplayName);
        formatter.AppendPropertyValue(attemptedValue);
        foreach ((string name, object? value) in arguments)
        {
            formatter.AppendArgument(name, value);
        }

        string message = formatter.BuildMessage(ChsiLanguage.GetTemplate(errorCode));
        context.AddFailure(new ValidationFailure(context.PropertyPath, message, attemptedValue)
        {
            ErrorCode = errorCode,
            Severity = severity,
            CustomState = customState,
            FormattedMessagePlaceholderValues = new Dictionary<string, object?>(formatter.PlaceholderValues),
        });
    }
}
