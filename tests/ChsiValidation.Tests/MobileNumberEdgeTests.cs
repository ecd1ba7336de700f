namespace ChsiValidation.Tests;

/// <summary>
/// Exact results of the mobile rule: the carrier of every prefix, country codes with a trunk 0, the plus sign, the
/// input bound and the positions of errors.
/// </summary>
public class MobileNumberEdgeTests
{
    /// <summary>Every prefix from 100 to 199 (and the four- and five-digit blocks), with its carrier; null when not allocated.</summary>
    public static TheoryData<string, MobileCarrier?> Prefixes()
    {
        var data = new TheoryData<string, MobileCarrier?>();
        for (int p = 100; p <= 129; p++)
        {
            data.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        }

        void Add(MobileCarrier? carrier, params string[] prefixes)
        {
            foreach (string prefix in prefixes)
            {
                data.Add(prefix, carrier);
            }
        }

        Add(MobileCarrier.ChinaUnicom, "130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186", "196");
        Add(MobileCarrier.ChinaTelecom, "133", "1349", "149", "153", "173", "17400", "17405", "177", "180", "181", "189", "190", "191", "193", "199");
        Add(MobileCarrier.ChinaMobile, "1340", "1348", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
            "172", "178", "182", "183", "184", "187", "188", "195", "197", "198");
        Add(MobileCarrier.ChinaBroadnet, "192");
        Add(MobileCarrier.Virtual, "162", "165", "167", "170", "171");
        Add(MobileCarrier.Unknown, "1610");
        Add(MobileCarrier.EmergencyCommunications, "17406", "17409", "17410", "17412");
        Add(MobileCarrier.MaritimeSatellite, "1749");
        Add(null, "140", "141", "142", "143", "144", "146", "148", "154", "160", "1611", "1619", "163", "164", "168", "169",
            "17413", "17419", "1742", "1748", "179", "194");
        return data;
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Every_prefix_has_its_range_verdict_and_carrier(string prefix, MobileCarrier? carrier)
    {
        string number = prefix + "12345678901"[..(11 - prefix.Length)];
        MobileNumberResult result = MobileNumber.Validate(number);
        Assert.Same(number, result.Normalized);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(MobileNumberChanges.None, result.Changes);
        if (carrier is null)
        {
            Assert.False(result.IsValid);
            Assert.Equal(MobileNumberError.NotMobile, result.Error);
            Assert.Equal(MobileCarrier.Unknown, result.Carrier);
            Assert.Null(result.E164);
            Assert.False(MobileNumber.IsValid(number));
            Assert.False(MobileNumber.IsMobileRange(number));
        }
        else
        {
            Assert.True(result.IsValid);
            Assert.Equal(MobileNumberError.None, result.Error);
            Assert.Equal(carrier, result.Carrier);
            Assert.Equal("+86" + number, result.E164);
            Assert.True(MobileNumber.IsValid(number));
            Assert.True(MobileNumber.IsMobileRange(number));
        }
    }

    [Theory]
    [InlineData("01380013800")]
    [InlineData("23800138000")]
    [InlineData("93800138000")]
    public void Eleven_digits_not_starting_with_1_are_NotMobile_with_no_position(string number)
    {
        MobileNumberResult result = MobileNumber.Validate(number);
        Assert.Equal(MobileNumberError.NotMobile, result.Error);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(number, result.Normalized);
        Assert.Equal(MobileCarrier.Unknown, result.Carrier);
        Assert.False(MobileNumber.IsMobileRange(number));
    }

    [Theory]
    [InlineData("86013800138000", MobileNumberError.LeadingZero)]
    [InlineData("86 0138 0013 8000", MobileNumberError.LeadingZero)]
    [InlineData("+86 013800138000", MobileNumberError.LeadingZero)]
    [InlineData("＋86013800138000", MobileNumberError.LeadingZero)]
    [InlineData("013800138000", MobileNumberError.LeadingZero)]
    [InlineData("0086013800138000", MobileNumberError.InvalidLength)] // 16 digits
    [InlineData("86113800138000", MobileNumberError.InvalidLength)]
    [InlineData("0086113800138000", MobileNumberError.InvalidLength)]
    [InlineData("023800138000", MobileNumberError.InvalidLength)]
    [InlineData("8613800138000", MobileNumberError.None)]
    [InlineData("008613800138000", MobileNumberError.None)]
    [InlineData("+8613800138000", MobileNumberError.None)]
    [InlineData("0086 138 0013 8000", MobileNumberError.None)]
    public void Country_code_and_trunk_zero(string input, MobileNumberError error)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.Equal(error, result.Error);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(error == MobileNumberError.None, MobileNumber.IsValid(input));
        if (error == MobileNumberError.None)
        {
            Assert.Equal("13800138000", result.Normalized);
            Assert.True(result.Changes.HasFlag(MobileNumberChanges.CountryCodeRemoved));
        }
        else
        {
            Assert.Null(result.Normalized);
        }
    }

    [Theory]
    [InlineData("8601380013800", "01380013800")]
    [InlineData("008601380013800", "01380013800")]
    public void A_country_code_before_eleven_digits_is_dropped_even_when_they_are_no_mobile_number(string input, string normalized)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.Equal(MobileNumberError.NotMobile, result.Error);
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(MobileNumberChanges.CountryCodeRemoved, result.Changes);
        Assert.Equal(-1, result.ErrorPosition);
    }

    [Fact]
    public void Plain_86_or_0086_prefixes_of_a_mobile_number_are_not_mistaken_for_a_country_code()
    {
        // 11 digits that start with 86 are not a country code: 86 + 9 digits is too short.
        MobileNumberResult result = MobileNumber.Validate("86138001380");
        Assert.Equal(MobileNumberError.NotMobile, result.Error);
        Assert.Equal("86138001380", result.Normalized);
        Assert.Equal(MobileNumberChanges.None, result.Changes);
    }

    [Fact]
    public void Full_width_plus_is_a_full_width_fold_and_ascii_plus_is_not()
    {
        MobileNumberResult wide = MobileNumber.Validate("＋8613800138000");
        Assert.True(wide.IsValid);
        Assert.Equal("13800138000", wide.Normalized);
        Assert.Equal(MobileNumberChanges.FullWidthFolded | MobileNumberChanges.CountryCodeRemoved, wide.Changes);
        Assert.Equal("+8613800138000", wide.E164);
        Assert.Equal(MobileCarrier.ChinaMobile, wide.Carrier);

        MobileNumberResult ascii = MobileNumber.Validate("+8613800138000");
        Assert.Equal(MobileNumberChanges.CountryCodeRemoved, ascii.Changes);
        Assert.True(ascii.WasNormalized);

        MobileNumberResult digits = MobileNumber.Validate("１３８００１３８０００");
        Assert.Equal(MobileNumberChanges.FullWidthFolded, digits.Changes);
        Assert.Equal("13800138000", digits.Normalized);

        MobileNumberResult ends = MobileNumber.Validate("１３９０９１３８０００");
        Assert.Equal("13909138000", ends.Normalized);
    }

    [Theory]
    [InlineData("+44", MobileNumberError.ForeignCountryCode)]
    [InlineData("+4413800138000", MobileNumberError.ForeignCountryCode)]
    [InlineData("+1 415 555 0100", MobileNumberError.ForeignCountryCode)]
    [InlineData("+85", MobileNumberError.ForeignCountryCode)]
    [InlineData("+68", MobileNumberError.ForeignCountryCode)]
    [InlineData("+4", MobileNumberError.InvalidLength)]
    [InlineData("+8", MobileNumberError.InvalidLength)]
    [InlineData("+", MobileNumberError.InvalidLength)]
    [InlineData("+86", MobileNumberError.InvalidLength)]
    [InlineData("+861380013800", MobileNumberError.InvalidLength)]
    [InlineData("+13800138000", MobileNumberError.ForeignCountryCode)]
    public void A_plus_takes_the_next_two_digits_as_the_country_code(string input, MobileNumberError error)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.Equal(error, result.Error);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Null(result.Normalized);
        Assert.False(MobileNumber.IsValid(input));
    }

    [Theory]
    [InlineData("++8613800138000", 1)]
    [InlineData("+＋8613800138000", 1)]
    [InlineData("13+800138000", 2)]
    [InlineData("138+00138000", 3)]
    [InlineData("138OO138OOO", 3)]
    [InlineData("13800138000a", 11)]
    [InlineData("13800138000\u200B", 11)]
    [InlineData("1380013800013800a", 16)]
    [InlineData("\t13800138000", 0)]
    [InlineData("1380013800\uFF0F", 10)]
    [InlineData("1380013800\uFF1A", 10)]
    [InlineData("1380013800٣", 10)]
    public void Invalid_characters_are_reported_where_they_are(string input, int position)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.Equal(MobileNumberError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
        Assert.False(MobileNumber.IsValid(input));
    }

    [Theory]
    [InlineData("86")]
    [InlineData("0086")]
    [InlineData("860")]
    [InlineData("00860")]
    [InlineData("8")]
    [InlineData("008")]
    [InlineData("1380013800013800")] // 16 digits
    [InlineData("138001380001")]
    [InlineData("1380013800")]
    [InlineData("1")]
    public void Wrong_digit_counts_are_InvalidLength(string input)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.Equal(MobileNumberError.InvalidLength, result.Error);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void Input_of_exactly_40_characters_is_read_and_41_is_refused()
    {
        string forty = new string(' ', 14) + "13800138000" + new string(' ', 15);
        Assert.Equal(40, forty.Length);
        MobileNumberResult result = MobileNumber.Validate(forty);
        Assert.True(result.IsValid);
        Assert.Equal("13800138000", result.Normalized);
        Assert.Equal(MobileNumberChanges.WhitespaceTrimmed, result.Changes);
        Assert.True(MobileNumber.IsValid(forty));

        string fortyOne = forty + "-";
        Assert.Equal(MobileNumberError.InvalidLength, MobileNumber.Validate(fortyOne).Error);
        Assert.False(MobileNumber.IsValid(fortyOne));
        Assert.Equal(MobileNumberError.InvalidLength, MobileNumber.Validate(new string(' ', 41)).Error);
        Assert.Equal(MobileNumberError.Empty, MobileNumber.Validate(new string(' ', 40)).Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000\u00A0")]
    public void Nothing_typed_is_Empty(string? input)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        Assert.Equal(MobileNumberError.Empty, result.Error);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.False(MobileNumber.IsValid(input));
    }

    [Fact]
    public void Separators_are_removed_and_canonical_input_is_kept_as_is()
    {
        MobileNumberResult result = MobileNumber.Validate("(138) 0013-8000");
        Assert.True(result.IsValid);
        Assert.Equal("13800138000", result.Normalized);
        Assert.Equal(MobileNumberChanges.SeparatorsRemoved, result.Changes);

        string canonical = "13800138000";
        Assert.Same(canonical, MobileNumber.Validate(canonical).Normalized);
        Assert.False(MobileNumber.Validate(canonical).WasNormalized);

        // Eleven characters that are not eleven plain digits are copied.
        string wide = "1380013800０";
        Assert.Equal("13800138000", MobileNumber.Validate(wide).Normalized);
    }

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("1380013800", false)]
    [InlineData("138001380000", false)]
    [InlineData("1380013800０", false)]
    [InlineData("13800138000 ", false)]
    [InlineData("1380013800a", false)]
    [InlineData("1380013800/", false)]
    [InlineData("1380013800:", false)]
    [InlineData("19400138000", false)]
    [InlineData("", false)]
    public void IsMobileRange_takes_only_eleven_ascii_digits(string digits, bool expected) =>
        Assert.Equal(expected, MobileNumber.IsMobileRange(digits));
}
