using System.Globalization;

namespace ChsiValidation.Tests;

public class ContactMessagesTests
{
    public static TheoryData<string> ContactCodes()
    {
        var data = new TheoryData<string>();
        foreach (MobileNumberError e in Enum.GetValues<MobileNumberError>().Where(e => e != MobileNumberError.None))
        {
            data.Add(ErrorCodes.Of(e));
        }

        foreach (EmailError e in Enum.GetValues<EmailError>().Where(e => e != EmailError.None))
        {
            data.Add(ErrorCodes.Of(e));
        }

        foreach (SmsCodeError e in Enum.GetValues<SmsCodeError>().Where(e => e != SmsCodeError.None))
        {
            data.Add(ErrorCodes.Of(e));
        }

        foreach (UsernameError e in Enum.GetValues<UsernameError>().Where(e => e != UsernameError.None))
        {
            data.Add(ErrorCodes.Of(e));
        }

        data.Add(ErrorCodes.EmailSuggestion);
        return data;
    }

    [Theory]
    [MemberData(nameof(ContactCodes))]
    public void Every_contact_code_has_Chinese_and_English_text(string code)
    {
        string? zh = ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("zh-CN"));
        string? en = ValidationMessages.GetTemplate(code, CultureInfo.GetCultureInfo("en"));
        Assert.NotNull(zh);
        Assert.NotNull(en);
        Assert.NotEqual(zh, en);
        Assert.Contains("{PropertyName}", zh);
        Assert.Contains("{PropertyName}", en);
    }

    [Fact]
    public void Codes_use_the_domain_prefixes()
    {
        Assert.Equal("ChsiMobile.NotMobile", ErrorCodes.Of(MobileNumberError.NotMobile));
        Assert.Equal("ChsiEmail.FullWidthCharacter", ErrorCodes.Of(EmailError.FullWidthCharacter));
        Assert.Equal("ChsiSmsCode.Expired", ErrorCodes.Of(SmsCodeError.Expired));
        Assert.Equal("ChsiUsername.NotRecognized", ErrorCodes.Of(UsernameError.NotRecognized));
    }

    [Fact]
    public void Full_width_message_names_the_fix()
    {
        var arguments = new Dictionary<string, object?> { ["PropertyName"] = "邮箱", ["Position"] = 5, ["Character"] = "＠", ["Replacement"] = '@' };
        string zh = ValidationMessages.GetMessage(ErrorCodes.Of(EmailError.FullWidthCharacter), arguments, CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal("邮箱的第5个字符“＠”是全角字符。请切换到半角（英文）输入法，改为“@”。", zh);
    }
}
