using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

/// <summary>
/// The MIIT allocation table behind the mobile rule: each prefix's kind and holder, refusing kinds and adding prefixes
/// by option, the options' bounds, and the table's date.
/// </summary>
public class MobilePrefixTableTests
{
    private static string NumberOf(string prefix) => prefix + "12345678901"[..(11 - prefix.Length)];

    public static TheoryData<string, MobileNumberKind, MobileCarrier> Kinds() => new()
    {
        { "138", MobileNumberKind.PublicMobile, MobileCarrier.ChinaMobile },
        { "1340", MobileNumberKind.PublicMobile, MobileCarrier.ChinaMobile },
        { "186", MobileNumberKind.PublicMobile, MobileCarrier.ChinaUnicom },
        { "199", MobileNumberKind.PublicMobile, MobileCarrier.ChinaTelecom },
        { "192", MobileNumberKind.PublicMobile, MobileCarrier.ChinaBroadnet },
        { "162", MobileNumberKind.PublicMobile, MobileCarrier.Virtual },
        { "165", MobileNumberKind.PublicMobile, MobileCarrier.Virtual },
        { "167", MobileNumberKind.PublicMobile, MobileCarrier.Virtual },
        { "1700", MobileNumberKind.PublicMobile, MobileCarrier.Virtual },
        { "1709", MobileNumberKind.PublicMobile, MobileCarrier.Virtual },
        { "171", MobileNumberKind.PublicMobile, MobileCarrier.Virtual },
        { "1610", MobileNumberKind.PublicMobile, MobileCarrier.Unknown },
        { "1349", MobileNumberKind.Satellite, MobileCarrier.ChinaTelecom },
        { "17400", MobileNumberKind.Satellite, MobileCarrier.ChinaTelecom },
        { "17405", MobileNumberKind.Satellite, MobileCarrier.ChinaTelecom },
        { "17406", MobileNumberKind.Satellite, MobileCarrier.EmergencyCommunications },
        { "17412", MobileNumberKind.Satellite, MobileCarrier.EmergencyCommunications },
        { "1749", MobileNumberKind.Satellite, MobileCarrier.MaritimeSatellite },
        { "145", MobileNumberKind.DataOnly, MobileCarrier.ChinaUnicom },
        { "147", MobileNumberKind.DataOnly, MobileCarrier.ChinaMobile },
        { "149", MobileNumberKind.DataOnly, MobileCarrier.ChinaTelecom },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_of_allocated_prefix_is_accepted_by_default_with_its_kind_and_holder(string prefix, MobileNumberKind kind, MobileCarrier carrier)
    {
        MobileNumberResult result = MobileNumber.Validate(NumberOf(prefix));
        Assert.True(result.IsValid);
        Assert.Equal(kind, result.Kind);
        Assert.Equal(carrier, result.Carrier);
        Assert.True(MobileNumber.IsValid(NumberOf(prefix)));
    }

    [Theory]
    [InlineData("146")] // 13-digit IoT numbers (中国联通)
    [InlineData("148")] // 13-digit IoT numbers (中国移动)
    [InlineData("1410")]
    [InlineData("1440")]
    [InlineData("1441")]
    [InlineData("1619")]
    [InlineData("17413")]
    [InlineData("1748")]
    public void Prefixes_with_no_11_digit_allocation_are_not_mobile(string prefix)
    {
        MobileNumberResult result = MobileNumber.Validate(NumberOf(prefix));
        Assert.Equal(MobileNumberError.NotMobile, result.Error);
        Assert.Equal(MobileNumberKind.None, result.Kind);
        Assert.Equal(MobileCarrier.Unknown, result.Carrier);
    }

    [Fact]
    public void The_table_is_dated()
    {
        Assert.Equal(new DateOnly(2023, 3, 1), MobileNumber.AllocationAsOf);
    }

    [Theory]
    [InlineData("13491234567", MobileNumberKind.Satellite)]
    [InlineData("17406123456", MobileNumberKind.Satellite)]
    [InlineData("17491234567", MobileNumberKind.Satellite)]
    [InlineData("14912345678", MobileNumberKind.DataOnly)]
    [InlineData("14512345678", MobileNumberKind.DataOnly)]
    public void A_form_refuses_satellite_and_data_only_numbers_by_option(string number, MobileNumberKind kind)
    {
        var publicOnly = new MobileNumberOptions { AcceptedKinds = MobileNumberKind.PublicMobile };
        MobileNumberResult result = MobileNumber.Validate(number, publicOnly);
        Assert.False(result.IsValid);
        Assert.Equal(MobileNumberError.KindNotAccepted, result.Error);
        Assert.Equal("ChsiMobile.KindNotAccepted", result.ErrorCode);
        Assert.Equal(kind, result.Kind);
        Assert.Equal(number, result.Normalized);
        Assert.Null(result.E164);
        Assert.False(MobileNumber.IsValid(number, publicOnly));

        // Accepting that kind again accepts the number; public mobile numbers are unaffected.
        Assert.True(MobileNumber.Validate(number, publicOnly with { AcceptedKinds = MobileNumberKind.PublicMobile | kind }).IsValid);
        Assert.True(MobileNumber.Validate("13800138000", publicOnly).IsValid);
    }

    [Fact]
    public void A_form_may_accept_only_satellite_numbers()
    {
        var satelliteOnly = new MobileNumberOptions { AcceptedKinds = MobileNumberKind.Satellite };
        Assert.True(MobileNumber.Validate("17491234567", satelliteOnly).IsValid);
        MobileNumberResult mobile = MobileNumber.Validate("13800138000", satelliteOnly);
        Assert.Equal(MobileNumberError.KindNotAccepted, mobile.Error);
        Assert.Equal(MobileNumberKind.PublicMobile, mobile.Kind);
        Assert.Equal(MobileCarrier.ChinaMobile, mobile.Carrier);
    }

    [Fact]
    public void The_refusal_message_names_the_kind_in_both_languages()
    {
        var publicOnly = new MobileNumberOptions { AcceptedKinds = MobileNumberKind.PublicMobile };
        MobileNumberResult satellite = MobileNumber.Validate("17491234567", publicOnly);
        MobileNumberResult data = MobileNumber.Validate("14912345678", publicOnly);

        Assert.Equal(
            [("Kind", (object?)"卫星电话")],
            satellite.GetMessageArguments("17491234567", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(
            [("Kind", (object?)"data-only (data card)")],
            data.GetMessageArguments("14912345678", CultureInfo.GetCultureInfo("en")));
        Assert.Equal(
            "手机号是卫星电话号码，此处不能使用，请换用其他手机号码。",
            Message(satellite, "手机号", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(
            "Mobile number is a satellite phone number, which cannot be used here. Please use another mobile number.",
            Message(satellite, "Mobile number", CultureInfo.GetCultureInfo("en")));
    }

    private static string Message(MobileNumberResult result, string propertyName, CultureInfo culture)
    {
        var arguments = result.GetMessageArguments(result.Normalized, culture).ToDictionary(a => a.Name, a => a.Value);
        arguments["PropertyName"] = propertyName;
        return ValidationMessages.GetMessage(result.ErrorCode!, arguments, culture);
    }

    [Fact]
    public void An_added_prefix_is_accepted_with_its_kind_and_carrier()
    {
        var options = new MobileNumberOptions
        {
            AdditionalPrefixes = [new MobilePrefix("1619", MobileNumberKind.Satellite), new MobilePrefix("16195", MobileNumberKind.PublicMobile, MobileCarrier.ChinaBroadnet)],
        };
        Assert.False(MobileNumber.Validate("16191234567").IsValid);

        MobileNumberResult added = MobileNumber.Validate("16191234567", options);
        Assert.True(added.IsValid);
        Assert.Equal(MobileNumberKind.Satellite, added.Kind);
        Assert.Equal(MobileCarrier.Unknown, added.Carrier);
        Assert.True(MobileNumber.IsValid("16191234567", options));
        Assert.False(MobileNumber.IsMobileRange("16191234567")); // the table's own verdict

        // The longest added prefix wins.
        MobileNumberResult longer = MobileNumber.Validate("+86 161 9512 3456", options);
        Assert.True(longer.IsValid);
        Assert.Equal(MobileNumberKind.PublicMobile, longer.Kind);
        Assert.Equal(MobileCarrier.ChinaBroadnet, longer.Carrier);

        // An added prefix is still subject to the accepted kinds.
        var refused = options with { AcceptedKinds = MobileNumberKind.PublicMobile };
        Assert.Equal(MobileNumberError.KindNotAccepted, MobileNumber.Validate("16191234567", refused).Error);
        Assert.True(MobileNumber.Validate("16195123456", refused).IsValid);
    }

    [Fact]
    public void Added_prefixes_add_and_never_reclassify_the_table()
    {
        var options = new MobileNumberOptions { AdditionalPrefixes = [new MobilePrefix("1349", MobileNumberKind.PublicMobile, MobileCarrier.ChinaMobile)] };
        MobileNumberResult result = MobileNumber.Validate("13491234567", options);
        Assert.Equal(MobileNumberKind.Satellite, result.Kind);
        Assert.Equal(MobileCarrier.ChinaTelecom, result.Carrier);
    }

    [Fact]
    public void Added_prefixes_are_a_checked_read_only_copy()
    {
        var list = new List<MobilePrefix> { new("1619", MobileNumberKind.Satellite) };
        var options = new MobileNumberOptions { AdditionalPrefixes = list };
        list[0] = new MobilePrefix("1", MobileNumberKind.PublicMobile);
        Assert.Equal("1619", Assert.Single(options.AdditionalPrefixes).Prefix);
        Assert.False(options.AdditionalPrefixes is MobilePrefix[]);
        Assert.Equal(MobileNumberOptions.Default, new MobileNumberOptions());
    }

    public static TheoryData<MobilePrefix> BadPrefixes() => new()
    {
        default,
        new MobilePrefix(null!, MobileNumberKind.PublicMobile),
        new MobilePrefix("", MobileNumberKind.PublicMobile),
        new MobilePrefix("16", MobileNumberKind.PublicMobile),
        new MobilePrefix("12345678901", MobileNumberKind.PublicMobile),
        new MobilePrefix("2619", MobileNumberKind.PublicMobile),
        new MobilePrefix("161a", MobileNumberKind.PublicMobile),
        new MobilePrefix("１６１９", MobileNumberKind.PublicMobile),
        new MobilePrefix("1619", MobileNumberKind.None),
        new MobilePrefix("1619", MobileNumberKind.Satellite | MobileNumberKind.DataOnly),
        new MobilePrefix("1619", MobileNumberKind.All),
        new MobilePrefix("1619", (MobileNumberKind)16),
        new MobilePrefix("1619", MobileNumberKind.Satellite, (MobileCarrier)99),
    };

    [Theory]
    [MemberData(nameof(BadPrefixes))]
    public void A_bad_added_prefix_is_refused_when_the_options_are_made(MobilePrefix prefix)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MobileNumberOptions { AdditionalPrefixes = [prefix] });
    }

    [Fact]
    public void Option_bounds_are_checked_when_the_options_are_made()
    {
        Assert.Throws<ArgumentNullException>(() => new MobileNumberOptions { AdditionalPrefixes = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MobileNumberOptions
        {
            AdditionalPrefixes = Enumerable.Repeat(new MobilePrefix("1619", MobileNumberKind.Satellite), MobileNumberOptions.MaxAdditionalPrefixes + 1).ToList(),
        });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MobileNumberOptions { AcceptedKinds = MobileNumberKind.None });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MobileNumberOptions { AcceptedKinds = (MobileNumberKind)16 });
        Assert.Throws<ArgumentNullException>(() => MobileNumber.IsValid("13800138000", null!));
        Assert.Equal(MobileNumberKind.All, MobileNumberOptions.Default.AcceptedKinds);
        Assert.Empty(MobileNumberOptions.Default.AdditionalPrefixes);
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("17406123456")] // the fifth-digit block
    [InlineData("+86 149 1234 5678")]
    [InlineData("16191234567")] // an added prefix under the last options
    [InlineData("15412345678")]
    public void IsValid_allocates_nothing_under_any_options(string input)
    {
        foreach (MobileNumberOptions options in SomeOptions)
        {
            bool expected = MobileNumber.IsValid(input, options); // JIT and static set-up outside the measurement
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool valid = MobileNumber.IsValid(input, options);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(expected, valid);
            Assert.Equal(0, allocated);
        }
    }

    private static readonly MobileNumberOptions[] SomeOptions =
    [
        MobileNumberOptions.Default,
        new() { AcceptedKinds = MobileNumberKind.PublicMobile },
        new() { AcceptedKinds = MobileNumberKind.Satellite | MobileNumberKind.DataOnly },
        new() { AdditionalPrefixes = [new("1619", MobileNumberKind.Satellite), new("140", MobileNumberKind.Iot)], AcceptedKinds = MobileNumberKind.PublicMobile | MobileNumberKind.Iot },
    ];

    private static Gen<string> Typed =>
        from prefix in Gen.Elements("130", "1349", "140", "145", "149", "1610", "1619", "162", "1740", "1741", "1749", "154", "192", "199")
        from rest in Gen.Choose(0, 9_999_999)
        from form in Gen.Elements("{0}", "+86 {0}", "０{0}", " {0} ", "{0}x")
        let digits = (prefix + rest.ToString("D8", CultureInfo.InvariantCulture))[..11]
        select string.Format(CultureInfo.InvariantCulture, form, digits);

    [Property(MaxTest = 2000)]
    public Property IsValid_agrees_with_Validate_under_every_option_and_the_kind_is_reported_when_allocated() =>
        Prop.ForAll(Typed.ToArbitrary(), Gen.Choose(0, SomeOptions.Length - 1).ToArbitrary(), (input, which) =>
        {
            MobileNumberOptions options = SomeOptions[which];
            MobileNumberResult result = MobileNumber.Validate(input, options);
            bool kindReported = result.Error is MobileNumberError.None or MobileNumberError.KindNotAccepted
                ? result.Kind != MobileNumberKind.None && (options.AcceptedKinds & result.Kind) != 0 == result.IsValid
                : result.Kind == MobileNumberKind.None;
            return (MobileNumber.IsValid(input, options) == result.IsValid && kindReported)
                .Classify(result.IsValid, "valid")
                .Classify(result.Error == MobileNumberError.KindNotAccepted, "kind not accepted")
                .Collect(result.Kind);
        });
}
