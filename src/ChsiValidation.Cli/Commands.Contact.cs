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
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), MobileArguments(input, result, Chinese ? "手机号" : "The mobile number"), facts);
    }

    private static CliReport EmailReport(string input)
    {
        EmailResult result = Email.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.Changes != EmailChanges.None ? result.Changes.ToString() : null);
        AddIf(facts, "suggestion", result.Suggestion);
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), EmailArguments(input, result, Chinese ? "邮箱" : "The email address"), facts);
    }

    private static CliReport SmsCodeReport(string input)
    {
        SmsCodeResult result = SmsCode.Validate(input);
        var facts = new List<(string, string)>();
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "changes", result.WasNormalized ? result.Changes.ToString() : null);
        facts.Add(("expectedLength", result.ExpectedLength.ToString(CultureInfo.InvariantCulture)));
        var arguments = new Dictionary<string, object?>
        {
            ["PropertyName"] = Chinese ? "短信验证码" : "The SMS code",
            ["Position"] = result.ErrorPosition + 1,
            ["Character"] = CharacterAt(input, result.ErrorPosition),
            ["ExpectedLength"] = result.ExpectedLength,
        };
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), arguments, facts);
    }

    private static CliReport UsernameReport(string input)
    {
        UsernameResult result = Username.Classify(input);
        var facts = new List<(string, string)> { ("kind", result.Kind.ToString()) };
        AddIf(facts, "normalized", result.Normalized);
        AddIf(facts, "detail", result.DetailErrorCode);
        Dictionary<string, object?>? detail = result.Error switch
        {
            UsernameError.InvalidMobileNumber => MobileArguments(input, result.Mobile!.Value, Chinese ? "手机号" : "the mobile number"),
            UsernameError.InvalidEmail => EmailArguments(input, result.Email!.Value, Chinese ? "邮箱" : "the email address"),
            UsernameError.InvalidIdNumber => new Dictionary<string, object?>
            {
                ["PropertyName"] = Chinese ? "证件号码" : "the ID number",
                ["Position"] = result.IdNumber!.Value.ErrorPosition + 1,
                ["Character"] = CharacterAt(input, result.IdNumber!.Value.ErrorPosition),
                ["ExpectedCheckCharacter"] = result.IdNumber!.Value.ExpectedCheckCharacter,
                ["Upgraded"] = result.IdNumber!.Value.Upgraded,
                ["BirthDate"] = result.IdNumber!.Value.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            _ => null,
        };
        var arguments = new Dictionary<string, object?>
        {
            ["PropertyName"] = Chinese ? "用户名" : "The username",
            ["Detail"] = detail is null ? null : ValidationMessages.GetMessage(result.DetailErrorCode!, detail),
        };
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), arguments, facts);
    }

    private static Dictionary<string, object?> MobileArguments(string input, MobileNumberResult result, string propertyName) => new()
    {
        ["PropertyName"] = propertyName,
        ["Position"] = result.ErrorPosition + 1,
        ["Character"] = CharacterAt(input, result.ErrorPosition),
    };

    private static Dictionary<string, object?> EmailArguments(string input, EmailResult result, string propertyName) => new()
    {
        ["PropertyName"] = propertyName,
        ["Position"] = result.ErrorPosition + 1,
        ["Character"] = CharacterAt(input, result.ErrorPosition),
        ["Replacement"] = result.Replacement,
        ["Suggestion"] = result.Suggestion,
    };

    /// <summary>The character at <paramref name="position"/>, as U+XXXX when it is invisible.</summary>
    private static string CharacterAt(string input, int position)
    {
        if (position < 0 || position >= input.Length)
        {
            return string.Empty;
        }

        char c = input[position];
        return char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
            ? $"U+{(int)c:X4}"
            : c.ToString();
    }

    private static void AddIf(List<(string, string)> facts, string label, string? value)
    {
        if (value is not null)
        {
            facts.Add((label, value));
        }
    }
}
