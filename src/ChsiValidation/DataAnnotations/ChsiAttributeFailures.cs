using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ChsiValidation.DataAnnotations;

/// <summary>
/// Builds the <see cref="ValidationResult"/> of a ChsiValidation attribute: the attribute's own <c>ErrorMessage</c> when
/// the user set one (the DataAnnotations convention), else the built-in zh-Hans/en text for the error code in the
/// current UI culture. The error code is kept in the message-independent <see cref="ChsiValidationResult.ErrorCode"/>.
/// </summary>
internal static class ChsiAttributeFailures
{
    public static ValidationResult Create(
        ValidationAttribute attribute,
        ValidationContext? context,
        string errorCode,
        IReadOnlyList<(string Name, object? Value)> arguments)
    {
        string displayName = context?.DisplayName ?? context?.MemberName ?? string.Empty;
        string message;
        if (!string.IsNullOrEmpty(attribute.ErrorMessage) || attribute.ErrorMessageResourceType is not null)
        {
            message = attribute.FormatErrorMessage(displayName);
        }
        else
        {
            message = ValidationMessages.GetMessage(errorCode, MessageArguments.ToDictionary(displayName, arguments), CultureInfo.CurrentUICulture);
        }

        string[] members = context?.MemberName is string member ? [member] : [];
        return new ChsiValidationResult(message, members, errorCode);
    }
}

/// <summary>A DataAnnotations failure that also carries the stable ChsiValidation error code.</summary>
public sealed class ChsiValidationResult : ValidationResult
{
    /// <summary>Creates the result.</summary>
    public ChsiValidationResult(string errorMessage, IEnumerable<string> memberNames, string errorCode)
        : base(errorMessage, memberNames) => ErrorCode = errorCode;

    /// <summary>The error code, e.g. <c>ChsiIdNumber.ChecksumMismatch</c>.</summary>
    public string ErrorCode { get; }
}
