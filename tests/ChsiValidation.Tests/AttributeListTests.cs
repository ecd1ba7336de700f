using System.ComponentModel.DataAnnotations;
using ChsiValidation.DataAnnotations;

namespace ChsiValidation.Tests;

/// <summary>[ChsiIdNumber(AdditionalRegionCodes = ...)] and [ChsiMobileNumber(AdditionalPrefixes = ...)]: what they accept, and bad lists refused when the attribute is made.</summary>
public class AttributeListTests
{
    private sealed class Form
    {
        [ChsiIdNumber(RegionCheck = RegionCheck.KnownCode, AdditionalRegionCodes = ["500157", "321119"])]
        public string? IdNumber { get; set; }

        [ChsiIdNumber(RegionCheck = RegionCheck.KnownCode)]
        public string? PlainIdNumber { get; set; }

        [ChsiMobileNumber(AdditionalPrefixes = ["1619", "16195:PublicMobile"])]
        public string? Mobile { get; set; }

        // The order of named arguments does not matter: the kinds do not drop the prefixes set before them.
        [ChsiMobileNumber(AdditionalPrefixes = ["1619:satellite", "16195"], AcceptedKinds = MobileNumberKind.PublicMobile)]
        public string? VoiceOnly { get; set; }
    }

    private sealed class BadRegionForm
    {
        [ChsiIdNumber(AdditionalRegionCodes = ["５００１５７"])]
        public string? IdNumber { get; set; }
    }

    private sealed class BadPrefixForm
    {
        [ChsiMobileNumber(AdditionalPrefixes = ["1619:Voice"])]
        public string? Mobile { get; set; }
    }

    private static string Make(string region) => MakeFrom(region + "20000101001");

    private static string MakeFrom(string first17) => first17 + IdNumber.ComputeCheckCharacter(first17);

    private static List<ValidationResult> Validate(object model)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        return results;
    }

    private static string? CodeOf(List<ValidationResult> results, string member) =>
        results.Where(r => r.MemberNames.Contains(member)).Cast<ChsiValidationResult>().SingleOrDefault()?.ErrorCode;

    [Fact]
    public void Added_region_codes_pass_the_strict_level_and_only_they()
    {
        var form = new Form { IdNumber = Make("500157"), PlainIdNumber = Make("500157") };
        List<ValidationResult> results = Validate(form);
        Assert.Null(CodeOf(results, nameof(Form.IdNumber)));
        Assert.Equal("ChsiIdNumber.UnknownRegion", CodeOf(results, nameof(Form.PlainIdNumber)));

        Assert.Equal("ChsiIdNumber.UnknownRegion", CodeOf(Validate(new Form { IdNumber = Make("500158") }), nameof(Form.IdNumber)));
        Assert.Null(CodeOf(Validate(new Form { IdNumber = Make("321119") }), nameof(Form.IdNumber)));
    }

    [Fact]
    public void Added_prefixes_pass_and_carry_their_kind()
    {
        Assert.Empty(Validate(new Form { Mobile = "16191234567", VoiceOnly = "16195123456" }));
        Assert.Equal("ChsiMobile.NotMobile", CodeOf(Validate(new Form { Mobile = "15412345678" }), nameof(Form.Mobile)));

        // 1619 is added as a satellite range: the voice-only member refuses it by its kind, and takes the public 16195.
        Assert.Equal("ChsiMobile.KindNotAccepted", CodeOf(Validate(new Form { VoiceOnly = "16191234567" }), nameof(Form.VoiceOnly)));
    }

    [Fact]
    public void The_lists_read_back_as_set_and_default_to_empty()
    {
        var id = new ChsiIdNumberAttribute { AdditionalRegionCodes = ["500157", "321119"], Strict = true };
        Assert.Equal(["500157", "321119"], id.AdditionalRegionCodes);
        Assert.True(id.Strict);
        id.AdditionalRegionCodes[0] = "990000"; // the getter hands out a copy
        Assert.Equal("500157", id.AdditionalRegionCodes[0]);
        Assert.Empty(new ChsiIdNumberAttribute().AdditionalRegionCodes);
        Assert.Empty(new ChsiIdNumberAttribute { AdditionalRegionCodes = null! }.AdditionalRegionCodes);

        var mobile = new ChsiMobileNumberAttribute { AcceptedKinds = MobileNumberKind.PublicMobile, AdditionalPrefixes = ["1619"] };
        Assert.Equal(["1619"], mobile.AdditionalPrefixes);
        Assert.Equal(MobileNumberKind.PublicMobile, mobile.AcceptedKinds);
        Assert.True(mobile.IsValid("16191234567"));
        Assert.Empty(new ChsiMobileNumberAttribute { AdditionalPrefixes = null! }.AdditionalPrefixes);

        // An array changed after it was set changes nothing.
        string[] codes = ["500157"];
        var attribute = new ChsiIdNumberAttribute { RegionCheck = RegionCheck.KnownCode, AdditionalRegionCodes = codes };
        codes[0] = "not a code";
        Assert.True(attribute.IsValid(Make("500157")));
    }

    public static TheoryData<string?> BadRegionCodes() => new()
    {
        null,
        "",
        "50015",
        "5001570",
        " 500157",
        "500157 ",
        "５００１５７",
        "50015a",
        "-50015",
        "+50015",
        "990101", // no province 99
        "000000",
        "99999999999999999999",
        "500157\0",
        new string('5', 1_000_000),
    };

    [Theory]
    [MemberData(nameof(BadRegionCodes))]
    public void A_bad_region_code_is_reported_each_time_the_attribute_validates(string? code)
    {
        var attribute = new ChsiIdNumberAttribute { AdditionalRegionCodes = ["110105", code!] };
        Assert.Equal(2, attribute.AdditionalRegionCodes.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => attribute.IsValid(null));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => attribute.IsValid("11010519491231002X"));
        Assert.Equal(nameof(ChsiIdNumberAttribute.AdditionalRegionCodes), ex.ParamName);
        Assert.True(ex.Message.Length < 400, ex.Message.Length.ToString()); // a huge entry is not echoed whole
    }

    public static TheoryData<string?> BadPrefixes() => new()
    {
        null,
        "",
        ":",
        "16",
        "12345678901",
        "2619",
        "161a",
        "１６１９",
        " 1619",
        "1619:",
        "1619:None",
        "1619:All",
        "1619:Satellite,Iot",
        "1619:2",
        "1619:Satellite:ChinaTelecom",
        "1619 :Satellite",
        new string('1', 1_000_000),
        "1619:" + new string('x', 1_000_000),
    };

    [Theory]
    [MemberData(nameof(BadPrefixes))]
    public void A_bad_prefix_is_reported_each_time_the_attribute_validates(string? prefix)
    {
        var attribute = new ChsiMobileNumberAttribute { AdditionalPrefixes = ["1619", prefix!] };
        Assert.Throws<ArgumentOutOfRangeException>(() => attribute.IsValid(null));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => attribute.IsValid("13800138000"));
        Assert.Equal(nameof(ChsiMobileNumberAttribute.AdditionalPrefixes), ex.ParamName);
        Assert.Contains("[1]", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 400, ex.Message.Length.ToString());
    }

    [Fact]
    public void Too_many_entries_are_refused_like_the_options_bound()
    {
        string[] codes = [.. Enumerable.Range(110000, 10_001).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChsiIdNumberAttribute { AdditionalRegionCodes = codes }.IsValid("11010519491231002X"));
        Assert.True(new ChsiIdNumberAttribute { AdditionalRegionCodes = codes[..10_000] }.IsValid("11010519491231002X"));

        string[] prefixes = [.. Enumerable.Repeat("1619", MobileNumberOptions.MaxAdditionalPrefixes + 1)];
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChsiMobileNumberAttribute { AdditionalPrefixes = prefixes }.IsValid("13800138000"));
        Assert.True(new ChsiMobileNumberAttribute { AdditionalPrefixes = prefixes[..MobileNumberOptions.MaxAdditionalPrefixes] }.IsValid("16191234567"));
    }

    [Fact]
    public void A_bad_kind_is_reported_when_validating_and_a_later_good_value_clears_it()
    {
        var attribute = new ChsiMobileNumberAttribute { AcceptedKinds = MobileNumberKind.None };
        Assert.Equal(MobileNumberKind.None, attribute.AcceptedKinds);
        Assert.Throws<ArgumentOutOfRangeException>(() => attribute.IsValid("13800138000"));
        attribute.AcceptedKinds = MobileNumberKind.PublicMobile;
        Assert.True(attribute.IsValid("13800138000"));
        Assert.False(attribute.IsValid("17491234567"));

        var id = new ChsiIdNumberAttribute { AdditionalRegionCodes = ["x"] };
        id.AdditionalRegionCodes = ["500157"];
        Assert.True(id.IsValid("11010519491231002X"));
    }

    [Fact]
    public void A_bad_list_on_a_model_fails_every_validation_of_the_model_and_never_leaves_the_member_unchecked()
    {
        // DataAnnotations (TypeDescriptor) drops an attribute whose creation throws, which would leave the member
        // unchecked: the configuration error comes out of TryValidateObject instead, every time, and nothing else does.
        for (int i = 0; i < 2; i++)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Validate(new BadRegionForm { IdNumber = Make("110105") }));
            Assert.Throws<ArgumentOutOfRangeException>(() => Validate(new BadPrefixForm { Mobile = "13800138000" }));
        }

        Assert.Empty(Validate(new Form()));
    }
}
