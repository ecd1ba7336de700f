using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.FluentValidation.Tests;

[Collection("Language")]
public class ContactValidatorTests
{
    private static readonly DateTimeOffset Issued = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);

    public sealed class Registration
    {
        public string? Mobile { get; set; }

        public string? Email { get; set; }

        public string? SmsCode { get; set; }

        public DateTimeOffset? CodeIssuedAt { get; set; }

        public string? Username { get; set; }
    }

    public sealed class FixedTimeRegistration
    {
        public string? SmsCode { get; set; }

        public DateTimeOffset CodeIssuedAt { get; set; }
    }

    private sealed class RegistrationValidator : AbstractValidator<Registration>
    {
        public RegistrationValidator(TimeProvider clock, EmailOptions? emailOptions = null, bool suggestionAsWarning = false)
        {
            RuleFor(x => x.Mobile).ChsiMobileNumber().WithName("手机号");
            RuleFor(x => x.Email).ChsiEmail(emailOptions).WithName("邮箱");
            if (suggestionAsWarning)
            {
                RuleFor(x => x.Email).ChsiEmailSuggestion(emailOptions).WithName("邮箱");
            }

            RuleFor(x => x.SmsCode).Cascade(CascadeMode.Stop).ChsiSmsCode().ChsiSmsCodeNotExpired(x => x.CodeIssuedAt, clock).WithName("短信验证码");
            RuleFor(x => x.Username).ChsiUsername().WithName("用户名");
        }
    }

    private static ValidationResult Check(Registration registration, TimeProvider? clock = null, EmailOptions? emailOptions = null, bool suggestionAsWarning = false) =>
        new RegistrationValidator(clock ?? new FakeTimeProvider(Issued), emailOptions, suggestionAsWarning).Validate(registration);

    private static ValidationFailure Single(Registration registration, TimeProvider? clock = null) => Assert.Single(Check(registration, clock).Errors);

    [Fact]
    public void A_valid_registration_passes_and_nulls_pass()
    {
        var valid = new Registration
        {
            Mobile = "+86 138-0013-8000",
            Email = "user@例子.中国",
            SmsCode = "012345",
            CodeIssuedAt = Issued,
            Username = "11010519491231002X",
        };
        Assert.True(Check(valid).IsValid);
        Assert.True(Check(new Registration()).IsValid);
    }

    [Theory]
    [InlineData("", "ChsiMobile.Empty")]
    [InlineData("1380013800", "ChsiMobile.InvalidLength")]
    [InlineData("13800138000a", "ChsiMobile.InvalidCharacter")]
    [InlineData("013800138000", "ChsiMobile.LeadingZero")]
    [InlineData("+1 650 253 0000", "ChsiMobile.ForeignCountryCode")]
    [InlineData("14012345678", "ChsiMobile.NotMobile")]
    public void Mobile_reasons_have_their_own_codes(string input, string code)
    {
        ValidationFailure failure = Single(new Registration { Mobile = input });
        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal("Mobile", failure.PropertyName);
        Assert.IsType<MobileNumberResult>(failure.CustomState);
    }

    [Fact]
    public void Mobile_messages_in_both_languages()
    {
        using (new CultureScope("zh-CN"))
        {
            Assert.Equal(
                "手机号格式有误：第12个字符“a”不能出现在手机号中。请只填写11位数字（注意数字0不是字母O）。",
                Single(new Registration { Mobile = "13800138000a" }).ErrorMessage);
        }

        using (new CultureScope("en-US"))
        {
            Assert.Equal(
                "手机号 contains \"U+200B\" at position 12: a mobile number has only 11 digits (mind the digit 0 and the letter O).",
                Single(new Registration { Mobile = "13800138000\u200B" }).ErrorMessage);
        }
    }

    [Theory]
    [InlineData("user＠qq.com", "ChsiEmail.FullWidthCharacter")]
    [InlineData("userqq.com", "ChsiEmail.MissingAt")]
    [InlineData("user@qq", "ChsiEmail.SingleLabelDomain")]
    [InlineData("张三@qq.com", "ChsiEmail.NonAsciiLocalPart")]
    [InlineData("user@qq.com\n", "ChsiEmail.WhitespaceOrControl")]
    public void Email_reasons_have_their_own_codes(string input, string code)
    {
        ValidationFailure failure = Single(new Registration { Email = input });
        Assert.Equal(code, failure.ErrorCode);
        Assert.IsType<EmailResult>(failure.CustomState);
    }

    [Fact]
    public void Full_width_email_messages_name_the_fix_in_both_languages()
    {
        using (new CultureScope("zh-CN"))
        {
            Assert.Equal(
                "邮箱的第5个字符“＠”是全角字符。请切换到半角（英文）输入法，改为“@”。",
                Single(new Registration { Email = "user＠qq.com" }).ErrorMessage);
            Assert.Equal(
                "邮箱的第8个字符“。”是全角字符。请切换到半角（英文）输入法，改为“.”。",
                Single(new Registration { Email = "user@qq。com" }).ErrorMessage);
        }

        using (new CultureScope("en-GB"))
        {
            Assert.Equal(
                "邮箱 has the full-width character \"．\" at position 8. Switch your keyboard to half-width (English) input and type \".\" instead.",
                Single(new Registration { Email = "user@qq．com" }).ErrorMessage);
        }
    }

    [Fact]
    public void Email_suggestion_is_not_blocking_unless_asked_for_as_a_warning()
    {
        var registration = new Registration { Email = "user@qq.con" };
        Assert.True(Check(registration).IsValid);

        using var scope = new CultureScope("zh-CN");
        ValidationFailure failure = Assert.Single(Check(registration, suggestionAsWarning: true).Errors);
        Assert.Equal(ErrorCodes.EmailSuggestion, failure.ErrorCode);
        Assert.Equal(Severity.Warning, failure.Severity);
        Assert.Equal("请确认邮箱：您是否想填写 user@qq.com？", failure.ErrorMessage);
        Assert.Equal("user@qq.com", ((EmailResult)failure.CustomState).Suggestion);
    }

    [Fact]
    public void Email_options_are_applied()
    {
        Assert.True(Check(new Registration { Email = "ｕｓｅｒ＠ｑｑ．ｃｏｍ" }, emailOptions: new EmailOptions { FoldFullWidth = true }).IsValid);
    }

    [Theory]
    [InlineData("", "ChsiSmsCode.Empty")]
    [InlineData("12345", "ChsiSmsCode.InvalidLength")]
    [InlineData("12345a", "ChsiSmsCode.InvalidCharacter")]
    public void Sms_code_form_reasons(string input, string code)
    {
        ValidationFailure failure = Single(new Registration { SmsCode = input, CodeIssuedAt = Issued });
        Assert.Equal(code, failure.ErrorCode);
        Assert.IsType<SmsCodeResult>(failure.CustomState);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, "ChsiSmsCode.Expired")]
    [InlineData(1, "ChsiSmsCode.Expired")]
    public void Sms_code_expiry_boundary_to_the_tick(long ticksFromExpiry, string? code)
    {
        var clock = new FakeTimeProvider(Issued.AddHours(24).AddTicks(ticksFromExpiry));
        ValidationResult result = Check(new Registration { SmsCode = "012345", CodeIssuedAt = Issued }, clock);
        Assert.Equal(code, result.Errors.SingleOrDefault()?.ErrorCode);
    }

    [Fact]
    public void Sms_code_issued_in_the_future_or_never()
    {
        var clock = new FakeTimeProvider(Issued);
        Assert.Equal("ChsiSmsCode.IssuedInFuture", Single(new Registration { SmsCode = "012345", CodeIssuedAt = Issued.AddMinutes(5).AddTicks(1) }, clock).ErrorCode);
        Assert.Empty(Check(new Registration { SmsCode = "012345", CodeIssuedAt = Issued.AddMinutes(5) }, clock).Errors);
        Assert.Equal("ChsiSmsCode.NotRequested", Single(new Registration { SmsCode = "012345" }, clock).ErrorCode);
    }

    [Fact]
    public void Sms_messages_in_both_languages()
    {
        var clock = new FakeTimeProvider(Issued.AddDays(2));
        var registration = new Registration { SmsCode = "012345", CodeIssuedAt = Issued };
        using (new CultureScope("zh-CN"))
        {
            Assert.Equal("短信验证码已超过24小时有效期，请重新获取。", Single(registration, clock).ErrorMessage);
            Assert.Equal("短信验证码应为6位数字。", Single(new Registration { SmsCode = "1234", CodeIssuedAt = Issued }).ErrorMessage);
        }

        using (new CultureScope("en-US"))
        {
            Assert.Equal("短信验证码 has expired (it is valid for 24 hours). Please request a new one.", Single(registration, clock).ErrorMessage);
        }
    }

    [Fact]
    public void SmsCodeNotExpired_reads_a_non_nullable_issue_time_and_a_custom_lifetime()
    {
        var clock = new FakeTimeProvider(Issued.AddMinutes(10).AddTicks(-1));
        var validator = new InlineValidator<FixedTimeRegistration>();
        validator.RuleFor(x => x.SmsCode).ChsiSmsCodeNotExpired(x => x.CodeIssuedAt, clock, TimeSpan.FromMinutes(10));
        var registration = new FixedTimeRegistration { SmsCode = "0123", CodeIssuedAt = Issued };
        Assert.True(validator.Validate(registration).IsValid);
        clock.Advance(TimeSpan.FromTicks(1));
        ValidationFailure failure = Assert.Single(validator.Validate(registration).Errors);
        Assert.Equal("ChsiSmsCode.Expired", failure.ErrorCode);
        Assert.Equal("0.17", failure.FormattedMessagePlaceholderValues["LifetimeHours"]);
    }

    [Fact]
    public void Rule_building_rejects_programmer_errors()
    {
        var validator = new InlineValidator<Registration>();
        Assert.Throws<ArgumentOutOfRangeException>(() => validator.RuleFor(x => x.SmsCode).ChsiSmsCode(new SmsCodeOptions { Length = 9 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => validator.RuleFor(x => x.SmsCode).ChsiSmsCodeNotExpired(x => x.CodeIssuedAt, lifetime: TimeSpan.Zero));
        Assert.Throws<ArgumentNullException>(() => validator.RuleFor(x => x.SmsCode).ChsiSmsCodeNotExpired(null!));
    }

    [Theory]
    [InlineData("zhangsan", "ChsiUsername.NotRecognized", null)]
    [InlineData("14012345678", "ChsiUsername.InvalidMobileNumber", "ChsiMobile.NotMobile")]
    [InlineData("110105194912310021", "ChsiUsername.InvalidIdNumber", "ChsiIdNumber.ChecksumMismatch")]
    [InlineData("user@qq", "ChsiUsername.InvalidEmail", "ChsiEmail.SingleLabelDomain")]
    public void Username_reasons_and_their_details(string input, string code, string? detail)
    {
        ValidationFailure failure = Single(new Registration { Username = input });
        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal(detail, Assert.IsType<UsernameResult>(failure.CustomState).DetailErrorCode);
    }

    [Fact]
    public void Username_messages_quote_the_underlying_reason_in_both_languages()
    {
        var registration = new Registration { Username = "110105194912310021" };
        using (new CultureScope("zh-CN"))
        {
            string message = Single(registration).ErrorMessage;
            Assert.StartsWith("用户名看起来是证件号码，但有误：证件号码不符合第二代居民身份证校验规则：校验位应为X。", message);
            Assert.Equal(
                "用户名就是注册学信网账号时用的手机号、身份证号或者邮箱，请按其中一种填写。如不记得，可使用“找回用户名”。",
                Single(new Registration { Username = "zhangsan" }).ErrorMessage);
        }

        using (new CultureScope("en-US"))
        {
            Assert.StartsWith(
                "用户名 looks like an ID number but is not valid: the ID number does not pass the second-generation ID check: the last character should be X.",
                Single(registration).ErrorMessage);
            Assert.Equal(
                "用户名 looks like a mobile number but is not valid: the mobile number contains \"O\" at position 4: a mobile number has only 11 digits (mind the digit 0 and the letter O).",
                Single(new Registration { Username = "138OO138OOO" }).ErrorMessage);
        }
    }

    [Fact]
    public void LanguageManager_translation_overrides_a_contact_text()
    {
        var manager = (global::FluentValidation.Resources.LanguageManager)ValidatorOptions.Global.LanguageManager;
        manager.AddTranslation("en", "ChsiMobile.NotMobile", "{PropertyName}: not a mobile number.");
        try
        {
            using var scope = new CultureScope("en-US");
            Assert.Equal("手机号: not a mobile number.", Single(new Registration { Mobile = "14012345678" }).ErrorMessage);
        }
        finally
        {
            manager.Clear();
        }
    }
}
