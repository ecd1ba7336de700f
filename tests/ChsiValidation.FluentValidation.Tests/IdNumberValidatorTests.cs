using FluentValidation;
using FluentValidation.Results;

namespace ChsiValidation.FluentValidation.Tests;

[Collection("Language")]
public class IdNumberValidatorTests
{
    public sealed class Person
    {
        public string? IdNumber { get; set; }
    }

    private sealed class PersonValidator : AbstractValidator<Person>
    {
        public PersonValidator(IdNumberOptions? options = null) =>
            RuleFor(x => x.IdNumber).ChsiIdNumber(options).WithName("证件号码");
    }

    private static ValidationResult Check(string? id, IdNumberOptions? options = null) =>
        new PersonValidator(options).Validate(new Person { IdNumber = id });

    [Fact]
    public void Valid_number_passes() => Assert.True(Check("11010519491231002X").IsValid);

    [Fact]
    public void Null_passes_by_FluentValidation_convention() => Assert.True(Check(null).IsValid);

    [Theory]
    [InlineData("", "ChsiIdNumber.Empty")]
    [InlineData("1101051949", "ChsiIdNumber.InvalidLength")]
    [InlineData("11010519491231002A", "ChsiIdNumber.InvalidCharacter")]
    [InlineData("610104620927690", "ChsiIdNumber.FirstGenerationNumber")]
    [InlineData("990105194912310021", "ChsiIdNumber.UnknownRegion")]
    [InlineData("110105194902300021", "ChsiIdNumber.InvalidBirthDate")]
    [InlineData("110105189912310021", "ChsiIdNumber.BirthDateOutOfRange")]
    [InlineData("110105194912310021", "ChsiIdNumber.ChecksumMismatch")]
    public void Each_reason_has_its_own_error_code(string input, string code)
    {
        ValidationResult result = Check(input);
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal("IdNumber", failure.PropertyName);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.IsType<IdNumberResult>(failure.CustomState);
        Assert.Equal(input, failure.AttemptedValue);
    }

    [Fact]
    public void NotCanonical_under_strict_options()
    {
        ValidationFailure failure = Assert.Single(Check("11010519491231002x", new IdNumberOptions { Strict = true }).Errors);
        Assert.Equal("ChsiIdNumber.NotCanonical", failure.ErrorCode);
    }

    [Fact]
    public void Chinese_message_names_the_expected_check_character_and_the_other_type()
    {
        using var scope = new CultureScope("zh-CN");
        ValidationFailure failure = Assert.Single(Check("110105194912310021").Errors);
        Assert.StartsWith("证件号码不符合第二代居民身份证校验规则：校验位应为X。", failure.ErrorMessage);
        Assert.Contains("“其他”", failure.ErrorMessage);
        Assert.Equal("X", failure.FormattedMessagePlaceholderValues["ExpectedCheckCharacter"]);
    }

    [Fact]
    public void English_message_names_the_expected_check_character()
    {
        using var scope = new CultureScope("en-US");
        ValidationFailure failure = Assert.Single(Check("110105194912310021").Errors);
        Assert.StartsWith("证件号码 does not pass the second-generation ID check: the last character should be X.", failure.ErrorMessage);
    }

    [Fact]
    public void Invalid_character_message_names_the_character_and_its_position()
    {
        using var scope = new CultureScope("en-US");
        ValidationFailure failure = Assert.Single(Check("110105\u200B19491231002X").Errors);
        Assert.Contains("\"U+200B\" at position 7", failure.ErrorMessage);
    }

    [Fact]
    public void First_generation_message_offers_the_upgrade()
    {
        using var scope = new CultureScope("zh-Hans");
        ValidationFailure failure = Assert.Single(Check("610104620927690").Errors);
        Assert.Contains("610104196209276908", failure.ErrorMessage);
    }

    [Fact]
    public void LanguageManager_translation_overrides_the_built_in_text_for_its_culture_only()
    {
        var manager = (global::FluentValidation.Resources.LanguageManager)ValidatorOptions.Global.LanguageManager;
        manager.AddTranslation("en", "ChsiIdNumber.ChecksumMismatch", "Bad check digit in {PropertyName}, want {ExpectedCheckCharacter}.");
        try
        {
            using (new CultureScope("en-GB"))
            {
                Assert.Equal("Bad check digit in 证件号码, want X.", Check("110105194912310021").Errors[0].ErrorMessage);
            }

            foreach (string culture in new[] { "fr-FR", "fr", "de" })
            {
                // No text of its own anywhere: the user's English one serves it, for specific and neutral cultures alike.
                using var scope = new CultureScope(culture);
                Assert.Equal("Bad check digit in 证件号码, want X.", Check("110105194912310021").Errors[0].ErrorMessage);
            }

            using (new CultureScope("zh-CN"))
            {
                // The English override must not leak into Chinese, which has its own built-in text.
                Assert.StartsWith("证件号码不符合", Check("110105194912310021").Errors[0].ErrorMessage);
            }

            manager.AddTranslation("zh-CN", "ChsiIdNumber.ChecksumMismatch", "校验位错误");
            using (new CultureScope("zh-CN"))
            {
                Assert.Equal("校验位错误", Check("110105194912310021").Errors[0].ErrorMessage);
            }
        }
        finally
        {
            manager.Clear();
        }
    }

    [Fact]
    public void Cascade_stop_stops_after_our_failure()
    {
        var validator = new InlineValidator<Person>();
        validator.RuleFor(x => x.IdNumber).Cascade(CascadeMode.Stop).ChsiIdNumber().Must(_ => false).WithErrorCode("Second");
        ValidationFailure failure = Assert.Single(validator.Validate(new Person { IdNumber = "1" }).Errors);
        Assert.Equal("ChsiIdNumber.InvalidLength", failure.ErrorCode);
    }
}
