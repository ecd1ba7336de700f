using System.Globalization;
using ChsiValidation;

namespace ChsiValidation.Cli;

internal static partial class Commands
{
    private static bool Chinese => ValidationMessages.IsChinese(CultureInfo.CurrentUICulture);

    private static CliReport MobileNumberReport(string input)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.WasNormalized ? result.Changes.ToString() : null);
        AddIf(facts, "e164", result.E164);
        AddIf(facts, "carrier", result.IsValid ? result.Carrier + " (advisory: numbers can be ported)" : null);
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), Arguments(Chinese ? "手机号" : "The mobile number", MessageArguments.For(input, result)), facts);
    }

    private static CliReport EmailReport(string input)
    {
        EmailResult result = Email.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.Changes != EmailChanges.None ? result.Changes.ToString() : null);
        AddIf(facts, "suggestion", result.Suggestion);
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), Arguments(Chinese ? "邮箱" : "The email address", MessageArguments.For(input, result)), facts);
    }

    private static CliReport SmsCodeReport(string input)
    {
        SmsCodeResult result = SmsCode.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.WasNormalized ? result.Changes.ToString() : null);
        facts.Add(("expectedLength", result.ExpectedLength.ToString(CultureInfo.InvariantCulture)));
        return new CliReport(
            result.IsValid,
            result.IsValid ? null : ErrorCodes.Of(result.Error),
            Arguments(Chinese ? "短信验证码" : "The SMS code", MessageArguments.For(input, result)),
            facts);
    }

    private static CliReport UsernameReport(string input)
    {
        UsernameResult result = Username.Validate(input);
        var facts = new List<(string, string)> { ("kind", result.Kind.ToString()) };
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "detail", result.DetailErrorCode);
        var arguments = new Dictionary<string, object?>
        {
            ["PropertyName"] = Chinese ? "用户名" : "The username",
            ["Detail"] = result.DetailErrorCode is not { } detail ? null
                : ValidationMessages.GetMessage(detail, Arguments(string.Empty, MessageArguments.ForDetail(input, result, CultureInfo.CurrentUICulture))),
        };
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), arguments, facts);
    }

    private static void AddIf(List<(string, string)> facts, string label, string? value)
    {
        if (value is not null)
        {
            facts.Add((label, value));
        }
    }
}
