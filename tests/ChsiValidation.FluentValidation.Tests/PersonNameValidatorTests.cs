using FluentValidation;
using FluentValidation.Results;

namespace ChsiValidation.FluentValidation.Tests;

[Collection("Language")]
public class PersonNameValidatorTests
{
    public sealed class Person
    {
        public string? Name { get; set; }
    }

    private sealed class PersonValidator : AbstractValidator<Person>
    {
        public PersonValidator(PersonNameOptions? options = null, Severity severity = Severity.Warning)
        {
            RuleFor(x => x.Name).ChsiPersonName(options).ChsiNoRareCharacters(options).WithSeverity(severity).WithName("姓名");
        }
    }

    private static ValidationResult Check(string? name, PersonNameOptions? options = null, Severity severity = Severity.Warning) =>
        new PersonValidator(options, severity).Validate(new Person { Name = name });

    [Fact]
    public void Valid_names_pass()
    {
        Assert.True(Check("张三").IsValid);
        Assert.Empty(Check("阿沛·阿旺晋美").Errors);
        Assert.True(Check(null).IsValid);
    }

    [Theory]
    [InlineData("", "ChsiPersonName.Empty")]
    [InlineData("张", "ChsiPersonName.TooShort")]
    [InlineData("𠮷", "ChsiPersonName.TooShort")] // FluentValidation's MinimumLength(2) would pass it (Length is 2)
    [InlineData("张3", "ChsiPersonName.InvalidCharacter")]
    [InlineData("张三·", "ChsiPersonName.MisplacedSeparator")]
    [InlineData("赵C", "ChsiPersonName.MixedScript")]
    [InlineData("John Smith", "ChsiPersonName.LatinNotAllowed")]
    [InlineData("王\uE863", "ChsiPersonName.PrivateUseCharacter")]
    public void Each_reason_has_its_own_error_code(string input, string code)
    {
        ValidationFailure failure = Assert.Single(Check(input).Errors);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.IsType<PersonNameResult>(failure.CustomState);
        Assert.Equal("Name", failure.PropertyName);
    }

    [Fact]
    public void Too_long_names_the_limit()
    {
        using var scope = new CultureScope("zh-CN");
        ValidationFailure failure = Assert.Single(Check(new string('张', 51)).Errors);
        Assert.Equal("ChsiPersonName.TooLong", failure.ErrorCode);
        Assert.Equal("姓名格式有误：姓名最多50个字符。", failure.ErrorMessage);
    }

    [Fact]
    public void Chinese_messages_follow_the_FAQ()
    {
        using var scope = new CultureScope("zh-CN");
        Assert.Equal("姓名格式有误：姓名长度至少要输入2个字符。", Assert.Single(Check("𠮷").Errors).ErrorMessage);
        Assert.StartsWith("姓名格式有误：第2个字符“3”不能出现在姓名中。", Assert.Single(Check("张3").Errors).ErrorMessage);
        Assert.Contains("“U+200B”", Assert.Single(Check("张\u200B三").Errors).ErrorMessage);
        Assert.Contains("（如“䶮”）", Assert.Single(Check("王\uE863").Errors).ErrorMessage);
    }

    [Fact]
    public void English_messages()
    {
        using var scope = new CultureScope("en-US");
        Assert.Equal("姓名 is too short: a name has at least 2 characters.", Assert.Single(Check("张").Errors).ErrorMessage);
        Assert.Contains("mixes Chinese characters with Latin letters (\"C\" at position 2)", Assert.Single(Check("赵C").Errors).ErrorMessage);
    }

    [Fact]
    public void Rare_character_is_a_warning_with_the_FAQ_advice_in_Chinese()
    {
        using var scope = new CultureScope("zh-CN");
        ValidationResult result = Check("王𠮷");
        Assert.False(result.IsValid); // FluentValidation counts warnings as failures; the severity tells them apart
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal("ChsiPersonName.RareCharacter", failure.ErrorCode);
        Assert.Equal(Severity.Warning, failure.Severity);
        Assert.Equal(
            "姓名中的“𠮷”是生僻字，部分系统可能无法支持。如注册时提示姓名格式有误，可以先去掉该字或使用形近字（如“吉”）代替注册（姓名至少两个字，去掉后不足两个字时请用形近字），注册成功后联系客服协助处理。",
            failure.ErrorMessage);
        RareCharacter rare = Assert.Single(Assert.IsType<RareCharacter[]>(failure.CustomState));
        Assert.Equal(HanziTier.Supplementary, rare.Tier);
    }

    [Fact]
    public void Rare_character_in_English_and_without_a_suggestion()
    {
        using var scope = new CultureScope("en-GB");
        ValidationFailure withSuggestion = Assert.Single(Check("王𠮷").Errors);
        Assert.Equal(
            "\"𠮷\" in 姓名 is a rare character that some systems may not support. If registration reports a name format error, register without it or with a look-alike character (for example \"吉\") instead (a name needs at least two characters, so use a look-alike if dropping it would leave one), then contact customer service to correct your name.",
            withSuggestion.ErrorMessage);
        ValidationFailure without = Assert.Single(Check("王\U00030000").Errors);
        Assert.Contains("with a look-alike character instead (a name", without.ErrorMessage);
    }

    [Fact]
    public void Rare_character_options_and_severity()
    {
        var gb2312 = new PersonNameOptions { MaxAcceptedTier = HanziTier.Gb2312 };
        Assert.Empty(Check("王堃").Errors);
        ValidationFailure kun = Assert.Single(Check("王堃", gb2312, Severity.Error).Errors);
        Assert.Equal(Severity.Error, kun.Severity);
        Assert.Equal("ChsiPersonName.RareCharacter", kun.ErrorCode);

        // Two rare characters: one finding about the first, every one in its state.
        ValidationFailure both = Assert.Single(Check("堃喆", gb2312).Errors);
        Assert.Equal(["堃", "喆"], Assert.IsType<RareCharacter[]>(both.CustomState).Select(r => r.Character));

        // As an error of the name rule itself (NoRareCharacters stays quiet on invalid names).
        var strict = new PersonNameOptions { RareCharacterIsError = true };
        ValidationFailure error = Assert.Single(new InlineValidator<Person> { v => v.RuleFor(x => x.Name).ChsiPersonName(strict) }
            .Validate(new Person { Name = "王𠮷" }).Errors);
        Assert.Equal("ChsiPersonName.RareCharacter", error.ErrorCode);
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void Invalid_names_get_no_rare_character_finding()
    {
        ValidationFailure failure = Assert.Single(Check("𠮷").Errors);
        Assert.Equal("ChsiPersonName.TooShort", failure.ErrorCode);
    }

    [Fact]
    public void LanguageManager_translation_overrides_the_rare_character_text()
    {
        var manager = (global::FluentValidation.Resources.LanguageManager)ValidatorOptions.Global.LanguageManager;
        manager.AddTranslation("zh-CN", "ChsiPersonName.RareCharacter", "{Character}是生僻字");
        try
        {
            using var scope = new CultureScope("zh-CN");
            Assert.Equal("𠮷是生僻字", Assert.Single(Check("王𠮷").Errors).ErrorMessage);
        }
        finally
        {
            manager.Clear();
        }
    }
}
