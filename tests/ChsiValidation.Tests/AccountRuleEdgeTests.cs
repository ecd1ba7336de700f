namespace ChsiValidation.Tests;

/// <summary>Exact results of the username, password and captcha rules at their bounds and in their counts.</summary>
public class AccountRuleEdgeTests
{
    // ------------------------------------------------------------------ usernames

    [Fact]
    public void Username_input_of_exactly_1024_characters_is_read_and_1025_is_refused()
    {
        string address = "user@qq.com";
        string padded = new string(' ', 1024 - address.Length) + address;
        Assert.Equal(1024, padded.Length);
        UsernameResult result = Username.Validate(padded);
        Assert.True(result.IsValid);
        Assert.Equal(UsernameKind.Email, result.Kind);
        Assert.Equal(address, result.Normalized);

        UsernameResult refused = Username.Validate(" " + padded);
        Assert.Equal(UsernameError.NotRecognized, refused.Error);
        Assert.Null(refused.Email);
        Assert.Null(refused.Mobile);
        Assert.Null(refused.IdNumber);
        Assert.Null(refused.DetailErrorCode);
    }

    [Theory]
    [InlineData("@qq.com")]
    [InlineData("＠qq.com")]
    [InlineData("@")]
    [InlineData("13800138000@")]
    public void An_at_sign_anywhere_makes_it_an_email_address(string input)
    {
        UsernameResult result = Username.Validate(input);
        Assert.Equal(UsernameError.InvalidEmail, result.Error);
        Assert.NotNull(result.Email);
        Assert.False(result.Email!.Value.IsValid);
        Assert.Null(result.Mobile);
        Assert.Null(result.IdNumber);
        Assert.Equal(ErrorCodes.Of(result.Email.Value.Error), result.DetailErrorCode);
    }

    [Theory]
    [InlineData("1380013800X")]
    [InlineData("1380013800x")]
    [InlineData("1380013800Ｘ")]
    [InlineData("1380013800ｘ")]
    [InlineData("1X")]
    public void An_X_in_any_form_makes_a_number_an_ID_number(string input)
    {
        UsernameResult result = Username.Validate(input);
        Assert.Equal(UsernameError.InvalidIdNumber, result.Error);
        Assert.NotNull(result.IdNumber);
        Assert.Null(result.Mobile);
    }

    [Theory]
    [InlineData("13800138XX")]
    [InlineData("138001380xX")]
    [InlineData("13８00138Xｘ")]
    public void Several_Xs_make_a_number_an_ID_number_as_one_does(string input)
    {
        UsernameResult result = Username.Validate(input);
        Assert.Equal(UsernameError.InvalidIdNumber, result.Error);
        Assert.NotNull(result.IdNumber);
        Assert.Null(result.Mobile);
    }

    [Theory]
    [InlineData("1380013800Y", UsernameError.InvalidMobileNumber)]
    [InlineData("13800138000", UsernameError.None)]
    [InlineData("138001380001234", UsernameError.InvalidIdNumber)]
    [InlineData("13800138000123", UsernameError.InvalidMobileNumber)]
    [InlineData("００８６１３８００１３８０００", UsernameError.None)]
    [InlineData("0086138001380001", UsernameError.InvalidIdNumber)]
    public void Without_an_X_the_digit_count_decides_the_form(string input, UsernameError error)
    {
        UsernameResult result = Username.Validate(input);
        Assert.Equal(error, result.Error);
        if (error == UsernameError.InvalidMobileNumber || error == UsernameError.None)
        {
            Assert.NotNull(result.Mobile);
        }
        else
        {
            Assert.NotNull(result.IdNumber);
            Assert.Null(result.Mobile);
        }
    }

    [Theory]
    [InlineData("+8613800138000123")]
    [InlineData("＋8613800138000123")]
    [InlineData("86 138001380001234+")]
    public void A_plus_makes_a_long_number_a_mobile_number(string input)
    {
        UsernameResult result = Username.Validate(input);
        Assert.Equal(UsernameError.InvalidMobileNumber, result.Error);
        Assert.NotNull(result.Mobile);
        Assert.Null(result.IdNumber);
    }

    [Fact]
    public void Two_plus_signs_still_make_a_mobile_number()
    {
        UsernameResult result = Username.Validate("++8613800138000123");
        Assert.Equal(UsernameError.InvalidMobileNumber, result.Error);
        Assert.Equal(MobileNumberError.InvalidCharacter, result.Mobile!.Value.Error);
        Assert.Equal(1, result.Mobile.Value.ErrorPosition);

        UsernameResult mixed = Username.Validate("+＋8613800138000123");
        Assert.Equal(UsernameError.InvalidMobileNumber, mixed.Error);
    }

    // ------------------------------------------------------------------ passwords

    [Fact]
    public void A_default_password_result_is_not_valid() => Assert.False(default(PasswordResult).IsValid);

    [Theory]
    [InlineData("aaaaaaaa", 1)]
    [InlineData("AAAAAAAA", 1)]
    [InlineData("11111111", 1)]
    [InlineData("!!!!!!!!", 1)]
    [InlineData("aaaaAAAA", 2)]
    [InlineData("aaaa1111", 2)]
    [InlineData("AAAA1111", 2)]
    [InlineData("aaaa张张张张", 2)]
    [InlineData("aaAA11!!", 4)]
    [InlineData("abcDEF12", 3)]
    [InlineData("ABC def 1", 4)]
    [InlineData("１２３４ａｂｃｄ", 1)] // full-width digits and letters are "other"
    public void Character_classes_are_counted_exactly(string password, int classes)
    {
        var policy = new PasswordOptions { MinCharacterClasses = 1 };
        PasswordResult result = Password.Validate(password, policy);
        Assert.True(result.IsValid);
        Assert.Equal(classes, result.CharacterClasses);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(password.Length, result.Length);

        if (classes < 4)
        {
            PasswordResult strict = Password.Validate(password, new PasswordOptions { MinCharacterClasses = classes + 1 });
            Assert.Equal(PasswordError.TooFewCharacterClasses, strict.Error);
            Assert.Equal(classes, strict.CharacterClasses);
        }
        else
        {
            // Four classes are all there are: asking for five is refused when the options are made.
            Assert.Throws<ArgumentOutOfRangeException>(() => new PasswordOptions { MinCharacterClasses = classes + 1 });
        }

        Assert.True(Password.Validate(password, new PasswordOptions { MinCharacterClasses = classes }).IsValid);
    }

    [Fact]
    public void A_password_of_exactly_twice_the_limit_in_units_is_read()
    {
        // Eight surrogate pairs: 16 UTF-16 units, 8 characters, within a limit of 8.
        var policy = new PasswordOptions { MinLength = 8, MaxLength = 8, MinCharacterClasses = 1 };
        string emoji = string.Concat(Enumerable.Repeat("😀", 8));
        PasswordResult result = Password.Validate(emoji, policy);
        Assert.True(result.IsValid);
        Assert.Equal(8, result.Length);

        // Sixteen ASCII characters are read and counted too: too long, by their real length.
        PasswordResult sixteen = Password.Validate("abcdefgh12345678", policy);
        Assert.Equal(PasswordError.TooLong, sixteen.Error);
        Assert.Equal(16, sixteen.Length);
        Assert.Equal(2, sixteen.CharacterClasses);
        Assert.Equal(-1, sixteen.ErrorPosition);
    }

    [Fact]
    public void A_password_beyond_twice_the_limit_is_too_long_unread_with_half_its_units_as_length()
    {
        PasswordResult result = Password.Validate(new string('a', 200));
        Assert.Equal(PasswordError.TooLong, result.Error);
        Assert.Equal(100, result.Length);
        Assert.Equal(0, result.CharacterClasses);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Empty_password_has_no_position()
    {
        PasswordResult result = Password.Validate(string.Empty);
        Assert.Equal(PasswordError.Empty, result.Error);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(0, result.Length);
    }

    [Theory]
    [InlineData("abcDEF12\uE000")]
    [InlineData("abcDEF12\u0378")]
    [InlineData("\U000F0000abcDEF12")]
    public void Private_use_and_unassigned_characters_are_allowed_in_passwords(string password)
    {
        PasswordResult result = Password.Validate(password);
        Assert.True(result.IsValid);
        Assert.Equal(-1, result.ErrorPosition);
    }

    [Fact]
    public void Policy_bounds_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Password.Validate("abcd1234", new PasswordOptions { MinLength = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Password.Validate("abcd1234", new PasswordOptions { MinLength = 9, MaxLength = 8 }));
        Assert.True(Password.Validate("a1", new PasswordOptions { MinLength = 1, MaxLength = 2 }).IsValid);
        Assert.True(Password.Validate("a1", new PasswordOptions { MinLength = 2, MaxLength = 2 }).IsValid);
    }

    [Fact]
    public void Account_details_are_matched_trimmed_without_case_and_by_canonical_form()
    {
        Assert.Equal(PasswordError.SameAsAccountDetail, Password.Validate("Zhang.San1", null, null, "", " zhang.san1 ").Error);
        Assert.Equal(PasswordError.SameAsAccountDetail, Password.Validate("13800138000", new PasswordOptions { MinCharacterClasses = 1 }, "+86 138 0013 8000").Error);
        Assert.Equal(PasswordError.SameAsAccountDetail, Password.Validate("11010519491231002x", null, "110105 19491231 002X").Error);
        Assert.Equal(PasswordError.None, Password.Validate("Zhang.San2", null, null, "", "zhang.san1", "13800138000").Error);
        Assert.Equal(PasswordError.None, Password.Validate("Zhang.San1", null).Error);

        // A password that is itself a username, against a detail that is another one.
        Assert.Equal(PasswordError.None, Password.Validate("13800138001", new PasswordOptions { MinCharacterClasses = 1 }, "13800138000", "user@qq.com").Error);
    }

    // ------------------------------------------------------------------ captchas

    [Fact]
    public void A_default_captcha_result_is_not_valid() => Assert.False(default(CaptchaResult).IsValid);

    [Fact]
    public void Captcha_options_are_used_and_checked()
    {
        var one = new CaptchaOptions { MinLength = 1, MaxLength = 2 };
        CaptchaResult result = Captcha.Validate("a", one);
        Assert.True(result.IsValid);
        Assert.Equal(CaptchaError.InvalidLength, Captcha.Validate("abc", one).Error);
        Assert.Equal(CaptchaError.InvalidLength, Captcha.Validate("a").Error);
        Assert.Throws<ArgumentOutOfRangeException>(() => Captcha.Validate("abcd", new CaptchaOptions { MinLength = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Captcha.Validate("abcd", new CaptchaOptions { MinLength = 5, MaxLength = 4 }));
        Assert.True(Captcha.Validate("abcd", new CaptchaOptions { MinLength = 4, MaxLength = 4 }).IsValid);
    }

    [Fact]
    public void Captcha_input_of_exactly_the_read_bound_is_read()
    {
        // Default bound: MaxLength 8 · 2 + 64 = 80 units.
        string padded = new string(' ', 38) + "abcd" + new string(' ', 38);
        Assert.Equal(80, padded.Length);
        CaptchaResult result = Captcha.Validate(padded);
        Assert.True(result.IsValid);
        Assert.Equal("abcd", result.Normalized);
        Assert.Equal(-1, result.ErrorPosition);

        CaptchaResult refused = Captcha.Validate(padded + " ");
        Assert.Equal(CaptchaError.InvalidLength, refused.Error);
        Assert.Equal(-1, refused.ErrorPosition);
        Assert.Null(refused.Normalized);
    }

    [Fact]
    public void Captcha_canonical_answer_is_the_same_string_and_folded_answers_are_new()
    {
        string answer = "aB3d";
        CaptchaResult result = Captcha.Validate(answer);
        Assert.Same(answer, result.Normalized);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal("aB3d", Captcha.Validate("ａＢ３ｄ").Normalized);
        Assert.Equal("aB3d", Captcha.Validate(" aB3d\u3000").Normalized);
    }

    [Theory]
    [InlineData("ab-d", 2)]
    [InlineData("  ab d", 4)]
    [InlineData("abc！", 3)]
    [InlineData("\u3000ab张d", 3)]
    public void Captcha_invalid_characters_are_reported_in_the_input(string input, int position)
    {
        CaptchaResult result = Captcha.Validate(input);
        Assert.Equal(CaptchaError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
    }
}
