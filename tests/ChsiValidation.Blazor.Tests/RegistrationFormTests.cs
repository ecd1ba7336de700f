using BlazorForm.Forms;
using BlazorForm.Validation;
using Bunit;

namespace ChsiValidation.Blazor.Tests;

public sealed class RegistrationFormTests : FormTestContext
{
    public static TheoryData<ValidationRoute> Routes => [ValidationRoute.DataAnnotations, ValidationRoute.FluentValidation];

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_wrong_check_character_names_the_expected_one_in_Chinese(ValidationRoute route)
    {
        Browser("zh-CN");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#certificate-number", "110105194912310021");

        string messages = Messages(form, "certificate-number");
        Assert.StartsWith("证件号码不符合第二代居民身份证校验规则：校验位应为X。", messages);
        var input = form.Find("#certificate-number");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("certificate-number-messages", input.GetAttribute("aria-describedby"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_wrong_check_character_names_the_expected_one_in_English(ValidationRoute route)
    {
        Browser("en-US");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#certificate-number", "110105194912310021");

        Assert.StartsWith(
            "Certificate number does not pass the second-generation ID check: the last character should be X.",
            Messages(form, "certificate-number"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void Correcting_the_field_clears_its_message_and_aria_invalid(ValidationRoute route)
    {
        Browser("zh-CN");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#certificate-number", "110105194912310021");
        Change(form, "#certificate-number", "11010519491231002X");

        Assert.Equal("", Messages(form, "certificate-number"));
        Assert.Null(form.Find("#certificate-number").GetAttribute("aria-invalid"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void An_empty_submit_asks_for_every_required_field_in_one_language(ValidationRoute route)
    {
        Browser("zh-CN");
        var form = RenderForm<RegisterForm>(route);
        Submit(form);

        form.WaitForAssertion(() => Assert.Equal("请按提示修改后再提交。", form.Find("#status").TextContent));
        Assert.Equal("请输入手机号。", Messages(form, "mobile"));
        Assert.Equal("请输入姓名。", Messages(form, "name"));
        Assert.Equal("请输入证件号码。", Messages(form, "certificate-number"), ignoreCase: false);
        Assert.Equal("", Messages(form, "email")); // optional
        Assert.DoesNotMatch("[A-Za-z]{3,}", form.Find("form").TextContent.Replace("K7P2", "", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void The_certificate_type_is_required_with_a_localized_message(ValidationRoute route)
    {
        Browser("en-US");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#certificate-type", "");
        Submit(form);

        form.WaitForAssertion(() => Assert.NotEqual("", Messages(form, "certificate-type")));
        Assert.Contains("Certificate type", Messages(form, "certificate-type"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("true", form.Find("#certificate-type").GetAttribute("aria-invalid"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_valid_registration_submits(ValidationRoute route)
    {
        Browser("zh-CN");
        var form = RenderForm<RegisterForm>(route);
        FillValidRegistration(form);
        Submit(form);

        form.WaitForAssertion(() => Assert.Equal("提交成功。", form.Find("#status").TextContent));
        Assert.Empty(form.FindAll(".error"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_rare_character_is_advice_with_a_one_click_look_alike(ValidationRoute route)
    {
        Browser("zh-CN");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#name", "王𠮷");

        var warning = form.Find("[data-field=Name] .warning");
        Assert.StartsWith("姓名中的“𠮷”是生僻字", warning.TextContent.Trim());
        Assert.Contains("（如“吉”）", warning.TextContent);
        Assert.Null(form.Find("#name").GetAttribute("aria-invalid")); // advice, not an error
        Assert.Empty(form.FindAll("[data-field=Name] .error"));

        Click(form, "[data-field=Name] button.apply");

        Assert.Equal("王吉", form.Find("#name").GetAttribute("value"));
        Assert.Empty(form.FindAll("[data-field=Name] .warning"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_near_miss_email_offers_the_address_it_probably_is(ValidationRoute route)
    {
        Browser("en-US");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#email", "student@qq.con");

        Assert.Equal("Please check Email: did you mean student@qq.com?", form.Find("[data-field=Email] .warning p").TextContent);
        Click(form, "[data-field=Email] button.apply");

        Assert.Equal("student@qq.com", form.Find("#email").GetAttribute("value"));
        Assert.Empty(form.FindAll("[data-field=Email] .warning"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void The_SMS_code_shows_its_remaining_validity_and_expires_after_24_hours(ValidationRoute route)
    {
        Browser("zh-CN");
        var form = RenderForm<RegisterForm>(route);
        FillValidRegistration(form);
        Assert.Equal("短信验证码已发送，24小时0分钟内有效。", form.Find("#sms-hint").TextContent);
        Assert.Equal("sms-messages sms-hint", form.Find("#sms").GetAttribute("aria-describedby"));

        Clock.Advance(TimeSpan.FromHours(24));
        Change(form, "#sms", "654321");

        Assert.Equal("短信验证码已超过24小时有效期，请重新获取。", Messages(form, "sms"));
        Assert.Equal("短信验证码已过期，请重新获取。", form.Find("#sms-hint").TextContent);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void An_SMS_code_never_requested_is_refused(ValidationRoute route)
    {
        Browser("en-US");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#sms", "123456");
        Assert.Equal("Please request SMS code first.", Messages(form, "sms"));
    }

    [Fact]
    public void An_async_rule_is_awaited_on_submit()
    {
        Browser("en-US");
        var form = RenderForm<RegisterForm>(ValidationRoute.FluentValidation);
        FillValidRegistration(form);
        Change(form, "#mobile", RegistrationModelValidator.RegisteredMobileNumber);
        Submit(form);

        form.WaitForAssertion(() => Assert.Equal("Please correct the fields marked below.", form.Find("#status").TextContent));
        Assert.Equal("This mobile number is already registered; please log in or reset your password.", Messages(form, "mobile"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void The_name_follows_the_certificate_type(ValidationRoute route)
    {
        Browser("en-US");
        var form = RenderForm<RegisterForm>(route);
        Change(form, "#name", "John Smith");
        Assert.StartsWith("Name must be written in Chinese characters", Messages(form, "name"));

        Change(form, "#certificate-type", nameof(CertificateType.Passport));
        Assert.Equal("", Messages(form, "name"));
    }
}
