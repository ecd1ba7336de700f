using System.Globalization;
using ChsiValidation.FluentValidation.Forms;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.FluentValidation.Tests;

[Collection("Language")]
public class AccountFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    private static readonly FakeTimeProvider Clock = new(Now);

    private static RegistrationForm ValidRegistration() => new()
    {
        MobileNumber = "13800138000",
        SmsCode = "012345",
        SmsCodeIssuedAt = Now.AddHours(-2),
        Password = "abc12345",
        PasswordConfirmation = "abc12345",
        Name = "阿沛·阿旺晋美",
        CertificateType = CertificateType.ResidentIdCard,
        CertificateNumber = "11010519491231002X",
        Email = "zhangsan@qq.com",
    };

    private static ValidationResult Register(RegistrationForm form) => new RegistrationValidator(timeProvider: Clock).Validate(form);

    public static TheoryData<string, string, string> RegistrationFailures => new()
    {
        // case, expected error code, property
        { "mobile missing", "ChsiMobile.Empty", "MobileNumber" },
        { "mobile landline", "ChsiMobile.NotMobile", "MobileNumber" },
        { "sms missing", "ChsiSmsCode.Empty", "SmsCode" },
        { "sms letters", "ChsiSmsCode.InvalidCharacter", "SmsCode" },
        { "sms expired", "ChsiSmsCode.Expired", "SmsCode" },
        { "password missing", "ChsiPassword.Empty", "Password" },
        { "password short", "ChsiPassword.TooShort", "Password" },
        { "password one class", "ChsiPassword.TooFewCharacterClasses", "Password" },
        { "password is the email", "ChsiPassword.SameAsAccountDetail", "Password" },
        { "confirmation differs", "ChsiPassword.ConfirmationMismatch", "PasswordConfirmation" },
        { "name missing", "ChsiPersonName.Empty", "Name" },
        { "name one Ext-B character", "ChsiPersonName.TooShort", "Name" },
        { "name Latin on resident ID", "ChsiPersonName.LatinNotAllowed", "Name" },
        { "name mixed", "ChsiPersonName.MixedScript", "Name" },
        { "type missing", "ChsiForm.Required", "CertificateType" },
        { "number missing", "ChsiCertificate.Empty", "CertificateNumber" },
        { "number checksum", "ChsiIdNumber.ChecksumMismatch", "CertificateNumber" },
        { "number of a permit", "ChsiCertificate.TypeMismatch", "CertificateNumber" },
        { "passport layout", "ChsiCertificate.InvalidFormat", "CertificateNumber" },
        { "email full-width at", "ChsiEmail.FullWidthCharacter", "Email" },
    };

    private static void Apply(string failure, RegistrationForm form)
    {
        switch (failure)
        {
            case "mobile missing": form.MobileNumber = null; break;
            case "mobile landline": form.MobileNumber = "01012345678"; break;
            case "sms missing": form.SmsCode = null; break;
            case "sms letters": form.SmsCode = "12a456"; break;
            case "sms expired": form.SmsCodeIssuedAt = Now.AddHours(-24); break;
            case "password missing": form.Password = null; form.PasswordConfirmation = null; break;
            case "password short": form.Password = form.PasswordConfirmation = "ab12"; break;
            case "password one class": form.Password = form.PasswordConfirmation = "abcdefgh"; break;
            case "password is the email": form.Password = form.PasswordConfirmation = "zhangsan@qq.com"; break;
            case "confirmation differs": form.PasswordConfirmation = "abc12346"; break;
            case "name missing": form.Name = null; break;
            case "name one Ext-B character": form.Name = "𠮷"; break;
            case "name Latin on resident ID": form.Name = "John Smith"; break;
            case "name mixed": form.Name = "赵C"; break;
            case "type missing": form.CertificateType = null; break;
            case "number missing": form.CertificateNumber = null; break;
            case "number checksum": form.CertificateNumber = "110105194912310021"; break;
            case "number of a permit": form.CertificateNumber = "81000019900101001" + IdNumber.ComputeCheckCharacter("81000019900101001"); break;
            case "passport layout": form.CertificateType = CertificateType.Passport; form.CertificateNumber = "E1"; break;
            case "email full-width at": form.Email = "zhangsan＠qq.com"; break;
            default: throw new ArgumentException(failure);
        }
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Registration_happy_path(string culture)
    {
        using var scope = new CultureScope(culture);
        ValidationResult result = Register(ValidRegistration());
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorCode + " " + e.ErrorMessage)));
    }

    [Theory]
    [MemberData(nameof(RegistrationFailures))]
    public void Registration_failures_in_both_languages(string failure, string code, string property)
    {
        foreach (string culture in new[] { "zh-CN", "en-US" })
        {
            using var scope = new CultureScope(culture);
            RegistrationForm form = ValidRegistration();
            Apply(failure, form);
            ValidationResult result = Register(form);
            ValidationFailure error = Assert.Single(result.Errors, e => e.Severity == Severity.Error);
            Assert.Equal(code, error.ErrorCode);
            Assert.Equal(property, error.PropertyName);
            AssertLanguage(culture, error.ErrorMessage);
        }
    }

    [Theory]
    [InlineData("zh-CN", "请输入手机号。", "手机号", "确认密码", "证件类型")]
    [InlineData("en-US", "Please enter Mobile number.", "Mobile number", "Password confirmation", "Certificate type")]
    public void Form_fields_are_named_by_their_labels_on_the_form(string culture, string mobileMissing, string mobile, string confirmation, string type)
    {
        using var scope = new CultureScope(culture);
        RegistrationForm form = ValidRegistration();
        form.MobileNumber = null;
        form.PasswordConfirmation = "different1";
        form.CertificateType = null;
        ValidationFailure[] failures = [.. Register(form).Errors];
        Assert.Contains(mobileMissing, failures.Select(e => e.ErrorMessage));
        Assert.Equal(
            [("MobileNumber", mobile), ("PasswordConfirmation", confirmation), ("CertificateType", type)],
            failures.Select(e => (e.PropertyName, (string)e.FormattedMessagePlaceholderValues["PropertyName"])));
    }

    [Theory]
    [InlineData("Secret#2024", "Secret#2025")] // confirmation differs
    [InlineData("secretpassword", "secretpassword")] // one character class
    [InlineData("11010519491231002X", "11010519491231002X")] // the ID number
    [InlineData("Sec\u200Bret#2024", "other")] // an invisible character, and a different confirmation
    public void No_failure_carries_a_password(string password, string confirmation)
    {
        RegistrationForm form = ValidRegistration();
        form.Password = password;
        form.PasswordConfirmation = confirmation;
        ValidationResult result = Register(form);
        Assert.False(result.IsValid);
        foreach (ValidationFailure failure in result.Errors)
        {
            foreach (string secret in new[] { password, confirmation })
            {
                if (secret == form.CertificateNumber && failure.PropertyName == "CertificateNumber")
                {
                    continue; // the ID number is also the certificate number's own value
                }

                Assert.False(Equals(failure.AttemptedValue, secret), failure.ErrorCode);
                Assert.DoesNotContain(secret, failure.ErrorMessage, StringComparison.Ordinal);
                Assert.DoesNotContain(failure.FormattedMessagePlaceholderValues ?? [], pair => Equals(pair.Value, secret));
            }
        }
    }

    [Fact]
    public void A_number_that_fails_the_ID_check_passes_as_Other_with_a_Latin_name()
    {
        RegistrationForm form = ValidRegistration();
        form.CertificateType = CertificateType.Other;
        form.CertificateNumber = "110105194912310021";
        form.Name = "Zhang San";
        Assert.True(Register(form).IsValid);
    }

    [Fact]
    public void A_rare_character_in_the_name_is_a_warning_that_follows_the_FAQ()
    {
        using var scope = new CultureScope("zh-CN");
        RegistrationForm form = ValidRegistration();
        form.Name = "王𠮷";
        ValidationFailure warning = Assert.Single(Register(form).Errors);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("ChsiPersonName.RareCharacter", warning.ErrorCode);
        Assert.Contains("𠮷", warning.ErrorMessage);
        Assert.Contains("吉", warning.ErrorMessage);
        Assert.Contains("客服", warning.ErrorMessage);
    }

    [Fact]
    public void Spaces_around_the_email_are_removed_like_around_every_field()
    {
        RegistrationForm form = ValidRegistration();
        form.Email = " zhangsan@qq.com\u3000";
        form.MobileNumber = " 13800138000 ";
        Assert.Empty(Register(form).Errors);
    }

    [Fact]
    public void A_rare_character_made_an_error_is_reported_once()
    {
        var options = new AccountFormOptions { PersonName = new PersonNameOptions { RareCharacterIsError = true } };
        RegistrationForm form = ValidRegistration();
        form.Name = "王𠮷";
        ValidationFailure error = Assert.Single(new RegistrationValidator(options, Clock).Validate(form).Errors);
        Assert.Equal((Severity.Error, "ChsiPersonName.RareCharacter"), (error.Severity, error.ErrorCode));

        // Two rare characters: the name rule's error names the first, the finding the second; none twice, none lost.
        form.Name = "王𠮷𡈽";
        ValidationFailure[] both = [.. new RegistrationValidator(options, Clock).Validate(form).Errors];
        Assert.Equal(
            [(Severity.Error, "𠮷"), (Severity.Warning, "𡈽")],
            both.Select(f => (f.Severity, (string)f.FormattedMessagePlaceholderValues["Character"])));
    }

    [Fact]
    public void Registration_validator_can_be_included_into_a_users_own()
    {
        var mine = new InlineValidator<RegistrationForm>();
        mine.Include(new RegistrationValidator<RegistrationForm>(timeProvider: Clock));
        mine.RuleFor(x => x.Email).NotEmpty();
        RegistrationForm form = ValidRegistration();
        form.Email = null;
        Assert.Equal(["NotEmptyValidator"], mine.Validate(form).Errors.Select(e => e.ErrorCode));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Retrieve_username(string culture)
    {
        using var scope = new CultureScope(culture);
        var validator = new RetrieveUsernameValidator();
        Assert.True(validator.Validate(new RetrieveUsernameForm { CertificateNumber = "11010519491231002X", Name = "张三", Captcha = "a8Kp" }).IsValid);
        AssertCodes(
            validator.Validate(new RetrieveUsernameForm { CertificateNumber = "110105194912310021", Name = "张", Captcha = "a-" }),
            culture,
            ("CertificateNumber", "ChsiIdNumber.ChecksumMismatch"),
            ("Name", "ChsiPersonName.TooShort"),
            ("Captcha", "ChsiCaptcha.InvalidCharacter"));
        AssertCodes(validator.Validate(new RetrieveUsernameForm()), culture,
            ("CertificateNumber", "ChsiCertificate.Empty"), ("Name", "ChsiPersonName.Empty"), ("Captcha", "ChsiCaptcha.Empty"));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Retrieve_password(string culture)
    {
        using var scope = new CultureScope(culture);
        var validator = new RetrievePasswordValidator();
        Assert.True(validator.Validate(new RetrievePasswordForm { Username = "13800138000", Captcha = "abcd" }).IsValid);
        Assert.True(validator.Validate(new RetrievePasswordForm { Username = "11010519491231002X", Captcha = "abcd" }).IsValid);
        Assert.True(validator.Validate(new RetrievePasswordForm { Username = "zhangsan@qq.com", Captcha = "abcd" }).IsValid);
        AssertCodes(validator.Validate(new RetrievePasswordForm { Username = "110105194912310021", Captcha = "abc" }), culture,
            ("Username", "ChsiUsername.InvalidIdNumber"), ("Captcha", "ChsiCaptcha.InvalidLength"));
        AssertCodes(validator.Validate(new RetrievePasswordForm()), culture, ("Username", "ChsiUsername.Empty"), ("Captcha", "ChsiCaptcha.Empty"));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Update_account(string culture)
    {
        using var scope = new CultureScope(culture);
        var validator = new UpdateAccountValidator(timeProvider: Clock);
        Assert.True(validator.Validate(new UpdateAccountForm { NewEmail = "lisi@163.com" }).IsValid);
        Assert.True(validator.Validate(new UpdateAccountForm { NewName = "李四" }).IsValid);
        Assert.True(validator.Validate(new UpdateAccountForm { NewMobileNumber = "13900139000", SmsCode = "123456", SmsCodeIssuedAt = Now }).IsValid);
        AssertCodes(validator.Validate(new UpdateAccountForm()), culture, ("", "ChsiForm.NothingToUpdate"));
        AssertCodes(validator.Validate(new UpdateAccountForm { NewMobileNumber = "13900139000" }), culture, ("SmsCode", "ChsiSmsCode.Empty"));
        AssertCodes(validator.Validate(new UpdateAccountForm { NewMobileNumber = "1390013900" , SmsCode = "123456", SmsCodeIssuedAt = Now.AddDays(-2) }), culture,
            ("NewMobileNumber", "ChsiMobile.InvalidLength"), ("SmsCode", "ChsiSmsCode.Expired"));
        AssertCodes(validator.Validate(new UpdateAccountForm { NewEmail = "lisi@163", NewName = "李4" }), culture,
            ("NewEmail", "ChsiEmail.SingleLabelDomain"), ("NewName", "ChsiPersonName.InvalidCharacter"));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Support_request(string culture)
    {
        using var scope = new CultureScope(culture);
        var validator = new SupportRequestValidator();
        var screenshot = new Screenshot("page.png", "image/png", 200_000);
        Assert.True(validator.Validate(new SupportRequestForm { Username = "13800138000", Screenshot = screenshot, Description = "没有学籍信息显示" }).IsValid);
        AssertCodes(validator.Validate(new SupportRequestForm()), culture,
            ("Username", "ChsiUsername.Empty"), ("Screenshot", "ChsiForm.Required"), ("Description", "ChsiForm.Required"));
        AssertCodes(
            validator.Validate(new SupportRequestForm { Username = "abc", Screenshot = new Screenshot("notes.txt", "text/plain", 10), Description = new string('很', 2001) }),
            culture,
            ("Username", "ChsiUsername.NotRecognized"), ("Screenshot", "ChsiForm.ScreenshotNotAnImage"), ("Description", "ChsiForm.TextTooLong"));
        ValidationFailure large = Assert.Single(validator.Validate(new SupportRequestForm
        {
            Username = "13800138000",
            Screenshot = new Screenshot("big.jpg", null, 6 * 1024 * 1024),
            Description = "x",
        }).Errors);
        Assert.Equal("ChsiForm.ScreenshotTooLarge", large.ErrorCode);
        Assert.Contains("5 MB", large.ErrorMessage);
        AssertLanguage(culture, large.ErrorMessage);
    }

    [Fact]
    public void Validators_come_from_the_container_with_its_TimeProvider()
    {
        var clock = new FakeTimeProvider(Now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddValidatorsFromAssemblyContaining<RegistrationValidator>();
        using ServiceProvider provider = services.BuildServiceProvider();

        var registration = provider.GetRequiredService<IValidator<RegistrationForm>>();
        Assert.IsType<RegistrationValidator>(registration);
        Assert.NotNull(provider.GetRequiredService<IValidator<RetrieveUsernameForm>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<RetrievePasswordForm>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<UpdateAccountForm>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<SupportRequestForm>>());

        RegistrationForm form = ValidRegistration();
        Assert.True(registration.Validate(form).IsValid);

        // 24 hours after sending, by the container's clock, the code has expired.
        clock.Advance(TimeSpan.FromHours(22));
        Assert.Equal(["ChsiSmsCode.Expired"], registration.Validate(form).Errors.Select(e => e.ErrorCode));
    }

    private static void AssertCodes(ValidationResult result, string culture, params (string Property, string Code)[] expected)
    {
        Assert.Equal(expected.OrderBy(e => e.Property), result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).OrderBy(e => e.PropertyName));
        foreach (ValidationFailure failure in result.Errors)
        {
            AssertLanguage(culture, failure.ErrorMessage);
        }
    }

    /// <summary>A Chinese message has Chinese text; an English one starts in Latin letters; neither keeps a placeholder.</summary>
    private static void AssertLanguage(string culture, string message)
    {
        Assert.DoesNotMatch(@"\{[A-Za-z]+\}", message);
        bool hasHanzi = message.Any(c => c is >= '\u4E00' and <= '\u9FFF');
        if (culture.StartsWith("zh", StringComparison.Ordinal))
        {
            Assert.True(hasHanzi, message);
            Assert.DoesNotMatch(@"[A-Z][a-z]+ [A-Z][a-z]+", message); // an English display name such as "Mobile Number"
        }
        else
        {
            Assert.Matches(@"^[\x20-\x7E]", message);
            Assert.True(message.Count(c => c is >= '\u4E00' and <= '\u9FFF') < message.Length / 4, message);
        }
    }
}

/// <summary>The SMS code's issue time is the server's: a JSON body cannot set it on the ready-made forms.</summary>
public sealed class ServerOwnedFactsTests
{
    [Fact]
    public void A_json_body_cannot_claim_an_sms_issue_time()
    {
        const string Body = """{"mobileNumber":"13800138000","smsCode":"012345","smsCodeIssuedAt":"2026-12-06T00:00:00+08:00"}""";
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        ChsiValidation.FluentValidation.Forms.RegistrationForm? registration = System.Text.Json.JsonSerializer.Deserialize<ChsiValidation.FluentValidation.Forms.RegistrationForm>(Body, options);
        Assert.Equal("13800138000", registration!.MobileNumber);
        Assert.Null(registration.SmsCodeIssuedAt);
        Assert.DoesNotContain("smsCodeIssuedAt", System.Text.Json.JsonSerializer.Serialize(registration, options), StringComparison.Ordinal);
    }
}
