using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace RegistrationApi;

/// <summary>One finding as the client sees it: our error code and the localized message.</summary>
public sealed record FieldMessage(string Code, string Message);

/// <summary>The 201 body: the new registration's id and the warnings that did not stop it.</summary>
public sealed record RegistrationCreated(Guid Id, IDictionary<string, FieldMessage[]> Warnings);

/// <summary>Turns FluentValidation results into RFC 9457 problem details that carry our error codes.</summary>
public static class ValidationProblems
{
    /// <summary>The JSON key of a property: camelCase, as the client sent it ("" for a rule on the whole form).</summary>
    public static string Key(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    /// <summary>The warnings of <paramref name="result"/>, by field.</summary>
    public static Dictionary<string, FieldMessage[]> Warnings(ValidationResult result) => Group(result, Severity.Warning, f => new FieldMessage(f.ErrorCode, f.ErrorMessage));

    /// <summary>
    /// A 400 problem details: <c>errors</c> (messages by field), <c>errorCodes</c> (codes by field, in the same order)
    /// and <c>warnings</c> (code and message by field) for the findings that are not errors.
    /// </summary>
    public static IResult Of(ValidationResult result) => Results.ValidationProblem(
        Group(result, Severity.Error, f => f.ErrorMessage),
        extensions: new Dictionary<string, object?>
        {
            ["errorCodes"] = Group(result, Severity.Error, f => f.ErrorCode),
            ["warnings"] = Warnings(result),
        });

    /// <summary>A 400 problem details for a body that could not be read, with one code for the whole request.</summary>
    public static IResult UnreadableBody(string code, string detail, string? path = null) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The request body could not be read.",
        detail: detail,
        extensions: new Dictionary<string, object?> { ["errorCode"] = code, ["path"] = path });

    private static Dictionary<string, TValue[]> Group<TValue>(ValidationResult result, Severity severity, Func<ValidationFailure, TValue> select) =>
        result.Errors
            .Where(f => f.Severity == severity)
            .GroupBy(f => Key(f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(select).ToArray(), StringComparer.Ordinal);
}
