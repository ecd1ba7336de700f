using FluentValidation;
using FluentValidation.Results;
using FluentValidation.TestHelper;

namespace ChsiValidation.FluentValidation.Tests;

/// <summary>
/// Every text rule honours FluentValidation's rule-level options as FluentValidation's own validators do, in zh-CN and en-US:
/// without options the failure keeps the per-reason code, the localized message and the core result as state.
/// </summary>
[Collection("Language")]
public sealed class RuleOptionsMatrixTests
{
    public sealed class Form
    {
        public string? Value { get; set; }

        public string? Other { get; set; }

        public List<string?> Values { get; set; } = [];

        public bool Skip { get; set; }
    }

    // Each rule with a value it rejects and the code it rejects it with.
    private static readonly Dictionary<string, (Func<IRuleBuilder<Form, string?>, IRuleBuilderOptions<Form, string?>> Apply, string Invalid, string Code)> Rules = new()
    {
        ["IdNumber"] = (r => r.ChsiIdNumber(), "110105194912310021", "ChsiIdNumber.ChecksumMismatch"),
        ["PersonName"] = (r => r.ChsiPersonName(), "张", "ChsiPersonName.TooShort"),
        ["NoRareCharacters"] = (r => r.ChsiNoRareCharacters(), "王𠮷", "ChsiPersonName.RareCharacter"),
        ["MobileNumber"] = (r => r.ChsiMobileNumber(), "14012345678", "ChsiMobile.NotMobile"),
        ["Email"] = (r => r.ChsiEmail(), "user@qq", "ChsiEmail.SingleLabelDomain"),
        ["EmailSuggestion"] = (r => r.ChsiEmailSuggestion(), "user@qq.con", "ChsiEmail.Suggestion"),
        ["SmsCode"] = (r => r.ChsiSmsCode(), "12345", "ChsiSmsCode.InvalidLength"),
        ["SmsCodeNotExpired"] = (r => r.ChsiSmsCodeNotExpired(_ => null), "123456", "ChsiSmsCode.NotRequested"),
        ["Username"] = (r => r.ChsiUsername(), "zhangsan", "ChsiUsername.NotRecognized"),
        ["CertificateNumber"] = (r => r.ChsiCertificateNumber(_ => CertificateType.TaiwanTravelPermit), "1234567", "ChsiCertificate.InvalidFormat"),
        ["Password"] = (r => r.ChsiPassword(), "short", "ChsiPassword.TooShort"),
        ["PasswordConfirmation"] = (r => r.ChsiPasswordConfirmation(x => x.Other), "different", "ChsiPassword.ConfirmationMismatch"),
        ["Captcha"] = (r => r.ChsiCaptcha(), "ab", "ChsiCaptcha.InvalidLength"),
        ["SupportDescription"] = (r => r.ChsiSupportDescription(new SupportRequestOptions { DescriptionMaxLength = 3 }), "abcd", "ChsiForm.TextTooLong"),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string rule in Rules.Keys)
        {
            data.Add(rule, "zh-CN");
            data.Add(rule, "en-US");
        }

        return data;
    }

    private static Form Invalid(string rule) => new() { Value = Rules[rule].Invalid, Other = "Passw0rd!", Values = [null, Rules[rule].Invalid] };

    private static InlineValidator<Form> Validator(string rule, Func<IRuleBuilderOptions<Form, string?>, IRuleBuilderOptions<Form, string?>> options)
    {
        var validator = new InlineValidator<Form>();
        options(Rules[rule].Apply(validator.RuleFor(x => x.Value)));
        return validator;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Without_options_the_failure_has_the_reason_code_message_and_state(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        ValidationFailure failure = Assert.Single(Validator(rule, o => o).Validate(Invalid(rule)).Errors);
        Assert.Equal(Rules[rule].Code, failure.ErrorCode);
        Assert.Equal(ValidationMessagesFor(rule, failure), failure.ErrorMessage);
        Assert.True(failure.CustomState is not null || rule == "SmsCodeNotExpired", "state"); // NotRequested has no validity window to carry
        Assert.False(failure.ErrorMessage.Contains('{', StringComparison.Ordinal), failure.ErrorMessage);
    }

    // The reason's message as the core's table gives it, with the failure's own placeholders.
    private static string ValidationMessagesFor(string rule, ValidationFailure failure) =>
        ValidationMessages.GetMessage(Rules[rule].Code, failure.FormattedMessagePlaceholderValues!, System.Globalization.CultureInfo.CurrentUICulture);

    [Theory]
    [MemberData(nameof(Cases))]
    public void WithMessage_WithErrorCode_WithSeverity_WithState_WithName(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        var state = new object();
        TestValidationResult<Form> result = Validator(rule, o => o
                .WithMessage("{PropertyName}: custom")
                .WithErrorCode("X")
                .WithSeverity(Severity.Info)
                .WithState(_ => state)
                .WithName("Field"))
            .TestValidate(Invalid(rule));
        result.ShouldHaveValidationErrorFor(x => x.Value)
            .WithErrorMessage("Field: custom")
            .WithErrorCode("X")
            .WithSeverity(Severity.Info)
            .WithCustomState(state);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Message_delegates_and_severity_delegates(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        TestValidationResult<Form> result = Validator(rule, o => o
                .WithMessage((form, value) => $"{form.Skip}:{value?.Length}")
                .WithSeverity((_, _) => Severity.Warning))
            .TestValidate(Invalid(rule));
        result.ShouldHaveValidationErrorFor(x => x.Value)
            .WithErrorMessage($"False:{Rules[rule].Invalid.Length}")
            .WithSeverity(Severity.Warning)
            .WithErrorCode(Rules[rule].Code);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void OverridePropertyName_When_and_Unless(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        Validator(rule, o => o.OverridePropertyName("Renamed")).TestValidate(Invalid(rule)).ShouldHaveValidationErrorFor("Renamed");
        Form skipped = Invalid(rule);
        skipped.Skip = true;
        Validator(rule, o => o.When(x => !x.Skip)).TestValidate(skipped).ShouldNotHaveAnyValidationErrors();
        Validator(rule, o => o.Unless(x => x.Skip)).TestValidate(skipped).ShouldNotHaveAnyValidationErrors();
        Validator(rule, o => o.When(x => !x.Skip, ApplyConditionTo.CurrentValidator)).TestValidate(skipped).ShouldNotHaveAnyValidationErrors();
        Validator(rule, o => o.When(x => x.Skip)).TestValidate(skipped).ShouldHaveValidationErrorFor(x => x.Value);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cascade_stop_ends_the_rule_at_our_failure(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        var validator = new InlineValidator<Form>();
        Rules[rule].Apply(validator.RuleFor(x => x.Value).Cascade(CascadeMode.Stop)).NotEqual(Rules[rule].Invalid);
        ValidationFailure failure = Assert.Single(validator.Validate(Invalid(rule)).Errors);
        Assert.Equal(Rules[rule].Code, failure.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CollectionIndex_is_substituted_under_RuleForEach(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        var validator = new InlineValidator<Form>();
        Rules[rule].Apply(validator.RuleForEach(x => x.Values)).WithMessage("item {CollectionIndex}");
        ValidationFailure failure = Assert.Single(validator.Validate(Invalid(rule)).Errors);
        Assert.Equal("item 1", failure.ErrorMessage);
        Assert.Equal("Values[1]", failure.PropertyName);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_user_placeholder_beside_ours_and_FluentValidation_s_own(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        ValidationFailure failure = Assert.Single(Validator(rule, o => o.WithMessage("{PropertyName}|{PropertyPath}")).Validate(Invalid(rule)).Errors);
        Assert.Equal("Value|Value", failure.ErrorMessage);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Null_passes(string rule, string culture)
    {
        using var scope = new CultureScope(culture);
        Validator(rule, o => o).TestValidate(new Form { Other = "x" }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Passwords_never_reach_a_failure_even_with_options()
    {
        foreach (string rule in (string[])["Password", "PasswordConfirmation"])
        {
            ValidationFailure failure = Assert.Single(Validator(rule, o => o.WithMessage("{PropertyValue}")).Validate(Invalid(rule)).Errors);
            Assert.Null(failure.AttemptedValue);
            Assert.DoesNotContain(Rules[rule].Invalid, failure.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_checksum_failure_carries_only_its_own_placeholders_as_strings()
    {
        ValidationFailure failure = Assert.Single(Validator("IdNumber", o => o).Validate(Invalid("IdNumber")).Errors);
        Assert.Equal("X", failure.FormattedMessagePlaceholderValues["ExpectedCheckCharacter"]);
        Assert.False(failure.FormattedMessagePlaceholderValues.ContainsKey("Position"));
        Assert.False(failure.FormattedMessagePlaceholderValues.ContainsKey("Upgraded"));
        Assert.False(failure.FormattedMessagePlaceholderValues.ContainsKey("Digits"));
        Validator("IdNumber", o => o).TestValidate(Invalid("IdNumber")).ShouldHaveValidationErrorFor(x => x.Value)
            .WithMessageArgument("ExpectedCheckCharacter", "X");
    }

    [Fact]
    public void Global_default_severity_applies()
    {
        Severity before = ValidatorOptions.Global.Severity;
        try
        {
            ValidatorOptions.Global.Severity = Severity.Info;
            Assert.Equal(Severity.Info, Assert.Single(Validator("IdNumber", o => o).Validate(Invalid("IdNumber")).Errors).Severity);
        }
        finally
        {
            ValidatorOptions.Global.Severity = before;
        }
    }
}
