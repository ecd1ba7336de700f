using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class UsernameTests
{
    [Theory]
    [InlineData("13800138000", UsernameKind.Mobile, "13800138000")]
    [InlineData("+86 138 0013 8000", UsernameKind.Mobile, "13800138000")]
    [InlineData("008613800138000", UsernameKind.Mobile, "13800138000")]
    [InlineData("１３８００１３８０００", UsernameKind.Mobile, "13800138000")]
    [InlineData("11010519491231002X", UsernameKind.IdNumber, "11010519491231002X")]
    [InlineData("11010519491231002x", UsernameKind.IdNumber, "11010519491231002X")]
    [InlineData("110105 19491231 002X", UsernameKind.IdNumber, "11010519491231002X")]
    [InlineData("user@qq.com", UsernameKind.Email, "user@qq.com")]
    [InlineData("User@QQ.com", UsernameKind.Email, "User@qq.com")]
    [InlineData("-13800138000", UsernameKind.Mobile, "13800138000")] // found by the Username fuzz target
    [InlineData(")13800138000", UsernameKind.Mobile, "13800138000")]
    [InlineData("(138) 0013-8000", UsernameKind.Mobile, "13800138000")]
    public void Each_valid_form_is_classified(string input, UsernameKind kind, string normalized)
    {
        UsernameResult result = Username.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal(kind, result.Kind);
        Assert.Equal(UsernameError.None, result.Error);
        Assert.Equal(normalized, result.Normalized);
        Assert.Null(result.DetailErrorCode);
    }

    [Fact]
    public void An_18_character_number_with_a_wrong_check_character_is_an_invalid_ID_number()
    {
        UsernameResult result = Username.Validate("110105194912310021");
        Assert.Equal(UsernameKind.Invalid, result.Kind);
        Assert.Equal(UsernameError.InvalidIdNumber, result.Error);
        Assert.Equal(IdNumberError.ChecksumMismatch, result.IdNumber!.Value.Error);
        Assert.Equal('X', result.IdNumber!.Value.ExpectedCheckCharacter);
        Assert.Null(result.Email);
        Assert.Null(result.Mobile);
        Assert.Equal("ChsiIdNumber.ChecksumMismatch", result.DetailErrorCode);
    }

    [Theory]
    [InlineData(null, UsernameError.Empty, null)]
    [InlineData(" ", UsernameError.Empty, null)]
    [InlineData("\u3000\u00A0 ", UsernameError.Empty, null)]
    [InlineData("\t", UsernameError.NotRecognized, null)] // only typed spaces make an input empty
    [InlineData("\r\n", UsernameError.NotRecognized, null)]
    [InlineData("zhangsan", UsernameError.NotRecognized, null)]
    [InlineData("张三", UsernameError.NotRecognized, null)]
    [InlineData("-", UsernameError.NotRecognized, null)]
    [InlineData("(-)", UsernameError.NotRecognized, null)]
    [InlineData("-abc", UsernameError.NotRecognized, null)]
    [InlineData("\u200B13800138000", UsernameError.NotRecognized, null)]
    [InlineData("14012345678", UsernameError.InvalidMobileNumber, "ChsiMobile.NotMobile")]
    [InlineData("1380013800", UsernameError.InvalidMobileNumber, "ChsiMobile.InvalidLength")]
    [InlineData("13800138000a", UsernameError.InvalidMobileNumber, "ChsiMobile.InvalidCharacter")]
    [InlineData("+1 650 253 0000", UsernameError.InvalidMobileNumber, "ChsiMobile.ForeignCountryCode")]
    [InlineData("610104620927690", UsernameError.InvalidIdNumber, "ChsiIdNumber.FirstGenerationNumber")]
    [InlineData("1101051949123100", UsernameError.InvalidIdNumber, "ChsiIdNumber.InvalidLength")]
    [InlineData("11010519491231002A", UsernameError.InvalidIdNumber, "ChsiIdNumber.InvalidCharacter")]
    [InlineData("1101051949123100X", UsernameError.InvalidIdNumber, "ChsiIdNumber.InvalidLength")]
    [InlineData("user@qq", UsernameError.InvalidEmail, "ChsiEmail.SingleLabelDomain")]
    [InlineData("user＠qq.com", UsernameError.InvalidEmail, "ChsiEmail.FullWidthCharacter")]
    [InlineData("11010519491231002X@", UsernameError.InvalidEmail, "ChsiEmail.DomainEmpty")]
    public void Rejections_name_the_form_and_its_reason(string? input, UsernameError error, string? detail)
    {
        UsernameResult result = Username.Validate(input);
        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
        Assert.Equal(detail, result.DetailErrorCode);
    }

    [Fact]
    public void Options_reach_the_underlying_rules()
    {
        var options = new UsernameOptions { IdNumber = new IdNumberOptions { AllowFirstGeneration = true } };
        Assert.Equal(UsernameKind.IdNumber, Username.Validate("610104620927690", options).Kind);
        Assert.Equal(UsernameError.NotRecognized, Username.Validate(new string('1', 1_000_000)).Error);
    }

    // Found by the Username fuzz target: "0086" + 11 digits has a mobile number's shape, and is also a 15-digit
    // first-generation ID number when those are allowed and region codes are not checked ("00" is no province).
    private static readonly UsernameOptions FirstGenerationAnyRegion = new()
    {
        IdNumber = new IdNumberOptions { AllowFirstGeneration = true, RegionCheck = RegionCheck.None },
    };

    [Fact]
    public void A_number_the_other_numeric_rule_accepts_is_not_rejected_by_its_shape()
    {
        UsernameResult id = Username.Validate("008653550519051", FirstGenerationAnyRegion);
        Assert.Equal(UsernameKind.IdNumber, id.Kind);
        Assert.Equal("008653550519051", id.Normalized);
        Assert.Null(id.Mobile);

        // Accepted by both: the 0086 prefix makes it a mobile number.
        UsernameResult both = Username.Validate("008619090515655", FirstGenerationAnyRegion);
        Assert.Equal(UsernameKind.Mobile, both.Kind);
        Assert.Equal("19090515655", both.Normalized);

        // Found by the second Username campaign: padded past the mobile rule's old bound (32, now the ID rule's 40), only
        // the ID rule read it, and its canonical form then classified as a mobile number.
        UsernameResult padded = Username.Validate("00861355051973     4" + new string(' ', 15), FirstGenerationAnyRegion);
        Assert.Equal(UsernameKind.Mobile, padded.Kind);
        Assert.Equal("13550519734", padded.Normalized);

        // Accepted by neither: the shape's rule gives the reason.
        UsernameResult neither = Username.Validate("008653550519051");
        Assert.Equal(UsernameError.InvalidMobileNumber, neither.Error);
        Assert.Equal("ChsiMobile.NotMobile", neither.DetailErrorCode);
        Assert.Null(neither.IdNumber);
    }

    [Theory]
    [InlineData(" user@qq.com", "user@qq.com", UsernameKind.Email)]
    [InlineData("user@qq.com\u3000", "user@qq.com", UsernameKind.Email)]
    [InlineData(" 13800138000 ", "13800138000", UsernameKind.Mobile)]
    [InlineData("\u00A011010519491231002X", "11010519491231002X", UsernameKind.IdNumber)]
    public void Spaces_around_a_username_are_removed_whatever_its_form(string input, string normalized, UsernameKind kind)
    {
        UsernameResult result = Username.Validate(input);
        Assert.Equal((kind, normalized), (result.Kind, result.Normalized));
    }

    [Fact]
    public void An_address_padded_with_spaces_is_read_as_far_as_the_email_rule_reads()
    {
        // Found by the Username fuzz target: the username bound (256) was smaller than the email rule's (1024).
        var trimming = new UsernameOptions { Email = new EmailOptions { TrimWhitespace = true } };
        string padded = "r@qq.com" + new string(' ', 300);
        UsernameResult accepted = Username.Validate(padded, trimming);
        Assert.Equal(UsernameKind.Email, accepted.Kind);
        Assert.Equal("r@qq.com", accepted.Normalized);

        Assert.Equal(accepted, Username.Validate(padded)); // trimming is the default for usernames
        var untrimmed = new UsernameOptions { Email = EmailOptions.Default };
        Assert.Equal(UsernameError.InvalidEmail, Username.Validate(padded, untrimmed).Error);
        Assert.Equal("ChsiEmail.TooLong", Username.Validate(padded, untrimmed).DetailErrorCode); // untrimmed, 308 > 254

        string tooLong = "r@qq.com" + new string(' ', 1024 - 8 + 1);
        Assert.Equal(EmailError.TooLong, Email.Validate(tooLong, trimming.Email).Error);
        Assert.Equal(UsernameError.NotRecognized, Username.Validate(tooLong, trimming).Error);
    }

    [Property(MaxTest = 1000)]
    public Property Whatever_a_numeric_rule_accepts_is_a_valid_username_of_that_kind() =>
        Prop.ForAll(Gen.Choose(0, 99_999).ToArbitrary(), Gen.Choose(0, 999_999).ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (high, low, padding) =>
        {
            // Padded with spaces up to past the rules' input bounds (40), as a pasted value can be.
            string number = "0086" + high.ToString("D5", CultureInfo.InvariantCulture) + low.ToString("D6", CultureInfo.InvariantCulture)
                + new string(' ', padding);
            bool mobile = MobileNumber.Validate(number).IsValid;
            bool id = IdNumber.Validate(number, FirstGenerationAnyRegion.IdNumber).IsValid;
            UsernameResult result = Username.Validate(number, FirstGenerationAnyRegion);
            UsernameKind expected = mobile ? UsernameKind.Mobile : id ? UsernameKind.IdNumber : UsernameKind.Invalid;
            bool canonicalIsStable = result.Normalized is null
                || Username.Validate(result.Normalized, FirstGenerationAnyRegion).Kind == result.Kind;
            return result.Kind == expected && result.IsValid == (mobile || id) && canonicalIsStable;
        });
}
