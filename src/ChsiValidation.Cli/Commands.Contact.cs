using System.Globalization;
using ChsiValidation;

namespace ChsiValidation.Cli;

internal static partial class Commands
{
    private static CliReport MobileNumberReport(string input)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.WasNormalized ? result.Changes.ToString() : null);
        AddIf(facts, "e164", result.E164);
        AddIf(facts, "kind", result.IsValid ? result.Kind.ToString() : null);
        AddIf(facts, "carrier", result.IsValid ? result.Carrier + " (advisory: numbers can be ported)" : null);
        return Report(result, input, "MobileNumber", facts);
    }

    private static CliReport EmailReport(string input)
    {
        EmailResult result = Email.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.Changes != EmailChanges.None ? result.Changes.ToString() : null);
        AddIf(facts, "suggestion", result.Suggestion);
        return Report(result, input, "Email", facts);
    }

    private static CliReport SmsCodeReport(string input)
    {
        SmsCodeResult result = SmsCode.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.WasNormalized ? result.Changes.ToString() : null);
        facts.Add(("expectedLength", result.ExpectedLength.ToString(CultureInfo.InvariantCulture)));
        return Report(result, input, "SmsCode", facts);
    }

    private static CliReport UsernameReport(string input)
    {
        UsernameResult result = Username.Validate(input);
        var facts = new List<(string, string)> { ("kind", result.Kind.ToString()) };
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "detail", result.DetailErrorCode);
        return Report(result, input, "Username", facts);
    }

    private static void AddIf(List<(string, string)> facts, string label, string? value)
    {
        if (value is not null)
        {
            facts.Add((label, value));
        }
    }
}
