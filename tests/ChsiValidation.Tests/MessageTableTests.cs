using System.Globalization;
using System.Text.RegularExpressions;

namespace ChsiValidation.Tests;

/// <summary>Every reason of every rule has a zh-Hans and an en text, and the error-code page lists every code.</summary>
public class MessageTableTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IEnumerable<string> ReasonCodes() => ErrorCodes.Reasons;

    [Fact]
    public void The_reason_list_names_every_value_of_every_reason_enum()
    {
        int expected = new[]
        {
            Enum.GetValues<IdNumberError>().Length, Enum.GetValues<PersonNameError>().Length, Enum.GetValues<MobileNumberError>().Length,
            Enum.GetValues<EmailError>().Length, Enum.GetValues<SmsCodeError>().Length, Enum.GetValues<UsernameError>().Length,
            Enum.GetValues<CertificateNumberError>().Length, Enum.GetValues<PasswordError>().Length, Enum.GetValues<CaptchaError>().Length,
            Enum.GetValues<SupportRequestError>().Length,
        }.Sum(n => n - 1);
        Assert.Equal(expected, ErrorCodes.Reasons.Distinct().Count());
        Assert.Contains("ChsiIdNumber.ChecksumMismatch", ErrorCodes.Reasons);
        Assert.Contains("ChsiCaptcha.InvalidLength", ErrorCodes.Reasons);
    }

    [Fact]
    public void Every_reason_has_texts_in_both_languages()
    {
        foreach (string code in ReasonCodes())
        {
            string? zh = ValidationMessages.GetTemplate(code, Chinese);
            string? en = ValidationMessages.GetTemplate(code, English);
            Assert.False(string.IsNullOrWhiteSpace(zh), code);
            Assert.False(string.IsNullOrWhiteSpace(en), code);
            Assert.NotEqual(zh, en);
            Assert.Contains(zh!, c => c is >= '\u4E00' and <= '\u9FFF');
            Assert.Equal(Placeholders(zh!), Placeholders(en!));
        }
    }

    [Fact]
    public void Every_known_code_is_listed_in_docs_error_codes()
    {
        string? page = FindInRepository(Path.Combine("docs", "error-codes.md"));
        Assert.True(page is not null, "docs/error-codes.md is missing");
        string text = File.ReadAllText(page!);
        foreach (string code in ValidationMessages.KnownErrorCodes)
        {
            Assert.Contains("`" + code + "`", text, StringComparison.Ordinal);
        }
    }

    private static string[] Placeholders(string template) =>
        [.. Regex.Matches(template, @"\{([A-Za-z]+)\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The file at <paramref name="relativePath"/> under the repository root (the folder of ChsiValidation.sln).</summary>
    private static string? FindInRepository(string relativePath)
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, relativePath);
            if (File.Exists(candidate) && File.Exists(Path.Combine(d.FullName, "ChsiValidation.sln")))
            {
                return candidate;
            }
        }

        return null;
    }
}
