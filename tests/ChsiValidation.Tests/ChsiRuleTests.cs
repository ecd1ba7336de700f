using System.Globalization;

namespace ChsiValidation.Tests;

/// <summary>The list of rules by name: each entry is its rule with default options, named and worded in both languages.</summary>
public class ChsiRuleTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<string, string, string?> Examples => new()
    {
        // rule, input, expected error code (null: valid)
        { "IdNumber", "11010519491231002X", null },
        { "IdNumber", "110105194912310021", "ChsiIdNumber.ChecksumMismatch" },
        { "PersonName", "张三", null },
        { "PersonName", "张", "ChsiPersonName.TooShort" },
        { "MobileNumber", "13800138000", null },
        { "MobileNumber", "1380013800", "ChsiMobile.InvalidLength" },
        { "Email", "user@example.com", null },
        { "Email", "user@", "ChsiEmail.DomainEmpty" },
        { "SmsCode", "123456", null },
        { "SmsCode", "12345", "ChsiSmsCode.InvalidLength" },
        { "Username", "13800138000", null },
        { "Password", "Chsi2026pass", null },
        { "Password", "abc", "ChsiPassword.TooShort" },
        { "Captcha", "a7Kx", null },
        { "SupportDescription", "无法登录", null },
        { "SupportDescription", "   ", "ChsiForm.Required" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_rule_gives_its_own_verdict(string name, string input, string? code)
    {
        ChsiRule rule = ChsiRule.Find(name)!;
        IRuleResult result = rule.Validate(input);
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal(code is null, result.IsValid);
    }

    [Fact]
    public void The_list_names_each_rule_once_and_find_ignores_case()
    {
        string[] names = ChsiRule.All.Select(rule => rule.Name).ToArray();
        Assert.Equal(
            ["IdNumber", "PersonName", "MobileNumber", "Email", "SmsCode", "Username", "Password", "Captcha", "SupportDescription"],
            names);
        Assert.Same(ChsiRule.All[2], ChsiRule.Find("mobilenumber"));
        Assert.Null(ChsiRule.Find("Mobile"));
        Assert.Null(ChsiRule.Find(null));
        Assert.Equal("MobileNumber", ChsiRule.All[2].ToString());
        Assert.Equal([false, false, false, false, false, false, true, false, false], ChsiRule.All.Select(rule => rule.IsSecret));
    }

    [Fact]
    public void Every_rule_answers_null_and_hostile_input_with_a_reason_that_has_texts()
    {
        string?[] inputs = [null, "", " \t", "\uD800", "\u202E123", new string('1', 1 << 20)];
        foreach (ChsiRule rule in ChsiRule.All)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetFieldName(Chinese)));
            Assert.False(string.IsNullOrEmpty(rule.GetFieldName(English)));
            Assert.NotEqual(rule.GetFieldName(Chinese), rule.GetFieldName(English));
            foreach (string? input in inputs)
            {
                IRuleResult result = rule.Validate(input);
                Assert.False(result.IsValid, $"{rule} accepted {input?.Length} characters");
                Assert.Contains(result.ErrorCode!, ErrorCodes.Reasons);
                foreach (CultureInfo culture in new[] { Chinese, English })
                {
                    string? message = rule.GetMessage(result, input, culture);
                    Assert.False(string.IsNullOrWhiteSpace(message));
                    Assert.DoesNotContain("{", message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void The_message_fills_every_placeholder_and_is_null_when_valid()
    {
        ChsiRule id = ChsiRule.Find("IdNumber")!;
        IRuleResult bad = id.Validate("110105194912310021");
        Assert.StartsWith(
            "The ID number does not pass the second-generation ID check: the last character should be X.",
            id.GetMessage(bad, "110105194912310021", English),
            StringComparison.Ordinal);
        Assert.Null(id.GetMessage(id.Validate("11010519491231002X"), "11010519491231002X", English));
    }
}
