using BlazorForm.Forms;
using Bunit;

namespace ChsiValidation.Blazor.Tests;

public sealed class AccountFormTests : FormTestContext
{
    public static TheoryData<ValidationRoute, string> RoutesAndLanguages => new()
    {
        { ValidationRoute.DataAnnotations, "zh-CN" },
        { ValidationRoute.DataAnnotations, "en-US" },
        { ValidationRoute.FluentValidation, "zh-CN" },
        { ValidationRoute.FluentValidation, "en-US" },
    };

    [Theory]
    [MemberData(nameof(RoutesAndLanguages))]
    public void Find_username_reports_each_field_and_submits_when_corrected(ValidationRoute route, string language)
    {
        Browser(language);
        var form = RenderForm<FindUsernameForm>(route);
        Submit(form);
        form.WaitForAssertion(() => Assert.NotEqual("", form.Find("#status").TextContent));
        bool zh = language.StartsWith("zh", StringComparison.Ordinal);
        Assert.Equal(zh ? "请输入证件号码。" : "Please enter Certificate number.", Messages(form, "certificate-number"));
        Assert.Equal(zh ? "请输入姓名。" : "Please enter Name.", Messages(form, "name"));

        Change(form, "#certificate-number", "11010519491231002X");
        Change(form, "#name", "张三");
        Change(form, "#captcha", "K7P2");
        Submit(form);
        form.WaitForAssertion(() => Assert.Equal(zh ? "提交成功。" : "Submitted.", form.Find("#status").TextContent));
    }

    [Theory]
    [MemberData(nameof(RoutesAndLanguages))]
    public void Reset_password_explains_what_a_username_is(ValidationRoute route, string language)
    {
        Browser(language);
        var form = RenderForm<ResetPasswordForm>(route);
        Change(form, "#username", "zhangsan");
        bool zh = language.StartsWith("zh", StringComparison.Ordinal);
        Assert.StartsWith(zh ? "用户名就是注册学信网账号时用的手机号、身份证号或者邮箱" : "Username is the mobile number, ID number or email address you registered with.", Messages(form, "username"));

        Change(form, "#captcha", "K7-2");
        Assert.StartsWith(zh ? "图片验证码只包含字母和数字，第3个字符“-”有误。" : "The image code has only letters and digits; \"-\" at position 3 is not one.", Messages(form, "captcha"));
        Assert.Equal("true", form.Find("#captcha").GetAttribute("aria-invalid"));
        Assert.Equal("captcha-messages captcha-hint", form.Find("#captcha").GetAttribute("aria-describedby"));
    }
}
