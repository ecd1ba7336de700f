using System.Globalization;
using System.Text.RegularExpressions;

namespace ChsiValidation.Tests;

/// <summary>Every reason of every rule has a zh-Hans and an en text, and the README lists every code.</summary>
public class MessageTableTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IEnumerable<string> ReasonCodes()
    {
        foreach (IdNumberError e in Enum.GetValues<IdNumberError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (PersonNameError e in Enum.GetValues<PersonNameError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (MobileNumberError e in Enum.GetValues<MobileNumberError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (EmailError e in Enum.GetValues<EmailError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (SmsCodeError e in Enum.GetValues<SmsCodeError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (UsernameError e in Enum.GetValues<UsernameError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (CertificateNumberError e in Enum.GetValues<CertificateNumberError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (PasswordError e in Enum.GetValues<PasswordError>().Skip(1)) yield return ErrorCodes.Of(e);
        foreach (CaptchaError e in Enum.GetValues<CaptchaError>().Skip(1)) yield return ErrorCodes.Of(e);
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
    public void Every_known_code_is_listed_in_the_README()
    {
        string? readme = FindReadme();
        Assert.NotNull(readme);
        string text = File.ReadAllText(readme!);
        foreach (string code in ValidationMessages.KnownErrorCodes)
        {
            Assert.Contains("`" + code + "`", text, StringComparison.Ordinal);
        }
    }

    private static string[] Placeholders(string template) =>
        [.. Regex.Matches(template, @"\{([A-Za-z]+)\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    private static string? FindReadme()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "README.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(d.FullName, "ChsiValidation.sln")))
            {
                return candidate;
            }
        }

        return null;
    }
}
