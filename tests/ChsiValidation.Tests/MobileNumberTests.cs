namespace ChsiValidation.Tests;

public class MobileNumberTests
{
    [Fact]
    public void Plain_number_is_valid_with_its_facts()
    {
        const string input = "13800138000";
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal(MobileNumberError.None, result.Error);
        Assert.Same(input, result.Normalized);
        Assert.Equal("+8613800138000", result.E164);
        Assert.Equal(MobileCarrier.ChinaMobile, result.Carrier);
        Assert.False(result.WasNormalized);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.True(MobileNumber.IsValid(input));
    }

    [Theory]
    [InlineData("138 0013 8000", MobileNumberChanges.SeparatorsRemoved)]
    [InlineData("138-0013-8000", MobileNumberChanges.SeparatorsRemoved)]
    [InlineData("(138) 0013\u00A08000", MobileNumberChanges.SeparatorsRemoved)]
    [InlineData("138\u30000013\u30008000", MobileNumberChanges.SeparatorsRemoved)]
    [InlineData("１３８００１３８０００", MobileNumberChanges.FullWidthFolded)]
    [InlineData("+8613800138000", MobileNumberChanges.CountryCodeRemoved)]
    [InlineData("＋８６１３８００１３８０００", MobileNumberChanges.CountryCodeRemoved | MobileNumberChanges.FullWidthFolded)]
    [InlineData("008613800138000", MobileNumberChanges.CountryCodeRemoved)]
    [InlineData("8613800138000", MobileNumberChanges.CountryCodeRemoved)]
    [InlineData("+86 138-0013-8000", MobileNumberChanges.CountryCodeRemoved | MobileNumberChanges.SeparatorsRemoved)]
    [InlineData("(+86) 13800138000", MobileNumberChanges.CountryCodeRemoved | MobileNumberChanges.SeparatorsRemoved)]
    [InlineData(" 13800138000 ", MobileNumberChanges.WhitespaceTrimmed)]
    [InlineData("\u3000138 0013 8000 ", MobileNumberChanges.WhitespaceTrimmed | MobileNumberChanges.SeparatorsRemoved)]
    public void Whitelisted_forms_fold_to_the_11_digits(string input, MobileNumberChanges changes)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal("13800138000", result.Normalized);
        Assert.Equal("+8613800138000", result.E164);
        Assert.Equal(changes, result.Changes);
        Assert.True(MobileNumber.IsValid(input));
    }

    [Theory]
    [InlineData(null, MobileNumberError.Empty)]
    [InlineData("", MobileNumberError.Empty)]
    [InlineData("   ", MobileNumberError.Empty)]
    [InlineData("\u3000", MobileNumberError.Empty)]
    [InlineData("\t", MobileNumberError.InvalidCharacter)] // only typed spaces make an input empty
    [InlineData(" \r\n", MobileNumberError.InvalidCharacter)]
    [InlineData("1380013800", MobileNumberError.InvalidLength)]
    [InlineData("138001380001", MobileNumberError.InvalidLength)]
    [InlineData("+86", MobileNumberError.InvalidLength)]
    [InlineData("+", MobileNumberError.InvalidLength)]
    [InlineData("---", MobileNumberError.InvalidLength)]
    [InlineData("+86 86 13800138000", MobileNumberError.InvalidLength)] // one prefix only
    [InlineData("0086 86 13800138000", MobileNumberError.InvalidLength)]
    [InlineData("8686 13800138000", MobileNumberError.InvalidLength)]
    [InlineData("013800138000", MobileNumberError.LeadingZero)]
    [InlineData("+86 013800138000", MobileNumberError.LeadingZero)]
    [InlineData("+1 650 253 0000", MobileNumberError.ForeignCountryCode)]
    [InlineData("+852 9123 4567", MobileNumberError.ForeignCountryCode)]
    [InlineData("01012345678", MobileNumberError.NotMobile)] // Beijing landline
    [InlineData("14012345678", MobileNumberError.NotMobile)]
    [InlineData("15412345678", MobileNumberError.NotMobile)]
    [InlineData("17413345678", MobileNumberError.NotMobile)]
    [InlineData("17423456789", MobileNumberError.NotMobile)]
    [InlineData("19412345678", MobileNumberError.NotMobile)]
    [InlineData("12012345678", MobileNumberError.NotMobile)]
    [InlineData("16112345678", MobileNumberError.NotMobile)]
    [InlineData("23800138000", MobileNumberError.NotMobile)]
    public void Rejections_have_precise_reasons(string? input, MobileNumberError error)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
        Assert.Null(result.E164);
        Assert.Equal(MobileCarrier.Unknown, result.Carrier);
        Assert.False(MobileNumber.IsValid(input));
    }

    [Theory]
    [InlineData("13800138000a", 11)] // libphonenumber accepts trailing junk
    [InlineData("13800138000\u200B", 11)] // and a trailing zero-width space
    [InlineData("138OO138OOO", 3)] // letter O, which libphonenumber turns into another valid number
    [InlineData("1380013800\n", 10)]
    [InlineData("138\t00138000", 3)]
    [InlineData("\t", 0)]
    [InlineData(" \n ", 1)]
    [InlineData("١٣٨٠٠١٣٨٠٠٠", 0)] // Arabic-Indic digits
    [InlineData("138.0013.8000", 3)]
    [InlineData("1380013+8000", 7)] // a plus only opens the number
    [InlineData("++8613800138000", 1)]
    [InlineData("138\uFF0D0013\uFF0D8000", 3)] // full-width hyphen is not on the whitelist
    [InlineData("tel:13800138000", 0)]
    public void Anything_off_the_whitelist_is_an_invalid_character_with_its_position(string input, int position)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.Equal(MobileNumberError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void Lone_surrogate_is_an_invalid_character()
    {
        // Built in code: attribute arguments cannot carry ill-formed UTF-16.
        MobileNumberResult result = MobileNumber.Validate("138" + '\uD83D' + "00138000");
        Assert.Equal((MobileNumberError.InvalidCharacter, 3), (result.Error, result.ErrorPosition));
    }

    [Fact]
    public void NotMobile_still_reports_the_digits()
    {
        MobileNumberResult result = MobileNumber.Validate("010-1234 5678");
        Assert.Equal(MobileNumberError.NotMobile, result.Error);
        Assert.Equal("01012345678", result.Normalized);
    }

    [Fact]
    public void Input_longer_than_the_limit_is_refused_unread()
    {
        string huge = new('1', 1_000_000);
        Assert.Equal(MobileNumberError.InvalidLength, MobileNumber.Validate(huge).Error);
        Assert.Equal(MobileNumberError.InvalidLength, MobileNumber.Validate("138 0013 8000" + new string(' ', 40)).Error);
    }

    [Theory]
    [InlineData("13012345678", MobileCarrier.ChinaUnicom)]
    [InlineData("13312345678", MobileCarrier.ChinaTelecom)]
    [InlineData("13412345678", MobileCarrier.ChinaMobile)]
    [InlineData("13491234567", MobileCarrier.ChinaTelecom)]
    [InlineData("14512345678", MobileCarrier.ChinaUnicom)]
    [InlineData("14712345678", MobileCarrier.ChinaMobile)]
    [InlineData("15312345678", MobileCarrier.ChinaTelecom)]
    [InlineData("16212345678", MobileCarrier.Virtual)]
    [InlineData("16512345678", MobileCarrier.Virtual)]
    [InlineData("16612345678", MobileCarrier.ChinaUnicom)]
    [InlineData("16712345678", MobileCarrier.Virtual)]
    [InlineData("16101234567", MobileCarrier.Unknown)]
    [InlineData("17012345678", MobileCarrier.Virtual)]
    [InlineData("17112345678", MobileCarrier.Virtual)]
    [InlineData("17312345678", MobileCarrier.ChinaTelecom)]
    [InlineData("17400123456", MobileCarrier.ChinaTelecom)]
    [InlineData("17612345678", MobileCarrier.ChinaUnicom)]
    [InlineData("17812345678", MobileCarrier.ChinaMobile)]
    [InlineData("18912345678", MobileCarrier.ChinaTelecom)]
    [InlineData("19212345678", MobileCarrier.ChinaBroadnet)]
    [InlineData("19612345678", MobileCarrier.ChinaUnicom)]
    [InlineData("19812345678", MobileCarrier.ChinaMobile)]
    [InlineData("19912345678", MobileCarrier.ChinaTelecom)]
    public void Carrier_is_the_ranges_original_allocation(string input, MobileCarrier carrier)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal(carrier, result.Carrier);
    }

    [Fact]
    public void IsMobileRange_takes_only_11_ascii_digits()
    {
        Assert.True(MobileNumber.IsMobileRange("13800138000"));
        Assert.False(MobileNumber.IsMobileRange("138 0013 8000"));
        Assert.False(MobileNumber.IsMobileRange("１３８００１３８０００"));
        Assert.False(MobileNumber.IsMobileRange("1380013800"));
    }
}
