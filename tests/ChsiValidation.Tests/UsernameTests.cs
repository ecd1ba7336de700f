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
        UsernameResult result = Username.Classify(input);
        Assert.True(result.IsValid);
        Assert.Equal(kind, result.Kind);
        Assert.Equal(UsernameError.None, result.Error);
        Assert.Equal(normalized, result.Normalized);
        Assert.Null(result.DetailErrorCode);
    }

    [Fact]
    public void An_18_character_number_with_a_wrong_check_character_is_an_invalid_ID_number()
    {
        UsernameResult result = Username.Classify("110105194912310021");
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
        UsernameResult result = Username.Classify(input);
        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
        Assert.Equal(detail, result.DetailErrorCode);
    }

    [Fact]
    public void Options_reach_the_underlying_rules()
    {
        var options = new UsernameOptions { IdNumber = new IdNumberOptions { AllowFirstGeneration = true } };
        Assert.Equal(UsernameKind.IdNumber, Username.Classify("610104620927690", options).Kind);
        Assert.Equal(UsernameError.NotRecognized, Username.Classify(new string('1', 1_000_000)).Error);
    }
}
