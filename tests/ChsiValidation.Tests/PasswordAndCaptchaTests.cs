using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class PasswordAndCaptchaTests
{
    [Theory]
    [InlineData("abcd1234")]
    [InlineData("Passwort")]
    [InlineData("密码密码abcd")]
    [InlineData("correct horse battery staple")]
    public void Acceptable_passwords(string password) => Assert.True(Password.Validate(password).IsValid);

    [Theory]
    [InlineData(null, PasswordError.Empty)]
    [InlineData("", PasswordError.Empty)]
    [InlineData("ab12", PasswordError.TooShort)]
    [InlineData("abcdefgh", PasswordError.TooFewCharacterClasses)]
    [InlineData("12345678", PasswordError.TooFewCharacterClasses)]
    [InlineData("abc\u200Bdefg1", PasswordError.InvalidCharacter)]
    public void Rejected_passwords(string? password, PasswordError error) => Assert.Equal(error, Password.Validate(password).Error);

    [Fact]
    public void Lone_surrogates_are_InvalidCharacter()
    {
        // Not an [InlineData]: xunit's case serialisation would turn a lone surrogate into U+FFFD.
        Assert.Equal(PasswordError.InvalidCharacter, Password.Validate("abcdefg1\uD800").Error);
        Assert.Equal(PasswordError.InvalidCharacter, Password.Validate("\uDC00abcdefg1").Error);
        Assert.Equal(8, Password.Validate("\uDC00abcdefg1").ErrorPosition + 8);
    }

    [Fact]
    public void Length_counts_characters_not_UTF16_units()
    {
        // Seven Ext-B characters are 14 UTF-16 units but 7 characters: too short.
        PasswordResult result = Password.Validate("𠮷𠮷𠮷𠮷𠮷𠮷1");
        Assert.Equal(PasswordError.TooShort, result.Error);
        Assert.Equal(7, result.Length);
        Assert.Equal(PasswordError.TooLong, Password.Validate(new string('a', 64) + "1").Error);
        Assert.Equal(PasswordError.TooLong, Password.Validate(new string('a', 1 << 20)).Error);
        Assert.True(Password.Validate(new string('a', 63) + "1").IsValid);
    }

    [Fact]
    public void Policy_is_configurable()
    {
        var policy = new PasswordOptions { MinLength = 12, MinCharacterClasses = 1 };
        Assert.Equal(PasswordError.TooShort, Password.Validate("abcdefgh1", policy).Error);
        Assert.True(Password.Validate("abcdefghijkl", policy).IsValid);
        Assert.Throws<ArgumentOutOfRangeException>(() => Password.Validate("x", new PasswordOptions { MinLength = 10, MaxLength = 5 }));
    }

    [Fact]
    public void Password_must_differ_from_the_account_details() =>
        Assert.Equal(PasswordError.SameAsAccountDetail, Password.Validate("13800138000a", null, "user@qq.com", "13800138000A").Error);

    [Theory]
    [InlineData("11010519491231002X", "110105 19491231 002X")] // the ID number as grouped on the form
    [InlineData("11010519491231002x", "１１０１０５１９４９１２３１００２Ｘ")] // typed with a Chinese IME
    [InlineData("110105 19491231 002X", "11010519491231002X")] // the password is the grouped form
    [InlineData("User@QQ.com", "  user@qq.com ")]
    [InlineData("+8613800138000", "138-0013-8000")] // with a policy of one character class, below
    public void The_same_account_detail_written_another_way_is_refused(string password, string detail)
    {
        var policy = new PasswordOptions { MinCharacterClasses = 1 };
        Assert.Equal(PasswordError.SameAsAccountDetail, Password.Validate(password, policy, "someone", detail).Error);
    }

    [Theory]
    [InlineData("11010519491231002Xa", "11010519491231002X")]
    [InlineData("13800138001", "13800138000")]
    [InlineData("abc12345", "")]
    public void A_different_password_is_not_an_account_detail(string password, string detail) =>
        Assert.True(Password.Validate(password, new PasswordOptions { MinCharacterClasses = 1 }, detail, null).IsValid);

    [Theory]
    [InlineData("a1B2", "a1B2")]
    [InlineData(" ８x９y ", "8x9y")]
    [InlineData("abcdefgh", "abcdefgh")]
    public void Captcha_forms(string input, string normalized)
    {
        CaptchaResult result = Captcha.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal(normalized, result.Normalized);
    }

    [Theory]
    [InlineData(null, CaptchaError.Empty, -1)]
    [InlineData("  ", CaptchaError.Empty, -1)]
    [InlineData("abc", CaptchaError.InvalidLength, -1)]
    [InlineData("abcdefghi", CaptchaError.InvalidLength, -1)]
    [InlineData("ab-c", CaptchaError.InvalidCharacter, 2)]
    [InlineData(" 验证码a", CaptchaError.InvalidCharacter, 1)]
    public void Captcha_failures(string? input, CaptchaError error, int position)
    {
        CaptchaResult result = Captcha.Validate(input);
        Assert.Equal(error, result.Error);
        Assert.Equal(position, result.ErrorPosition);
    }

    [Property(MaxTest = 500)]
    public bool Password_and_captcha_never_throw(string? input) =>
        Password.Validate(input).IsValid == (Password.Validate(input).Error == PasswordError.None)
        && Captcha.Validate(input).IsValid == (Captcha.Validate(input).Error == CaptchaError.None);
}
