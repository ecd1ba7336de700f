using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>
/// The address-code table's newest additions (from @vant/area-data 2.1.0 by rule R6), its date, the codes of that
/// package that are not county-level divisions, and the caller's own codes at the strict level.
/// </summary>
public class RegionTableUpdateTests
{
    // 2026-06-15 12:00 in China.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero));
    private static readonly IdNumberOptions Options = new() { TimeProvider = Clock };
    private static readonly IdNumberOptions KnownCode = Options with { RegionCheck = RegionCheck.KnownCode };

    private static string Make(string region, string date = "20000101", string sequence = "001")
    {
        string first17 = region + date + sequence;
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    [Fact]
    public void The_table_is_dated_by_its_newest_source()
    {
        Assert.Equal(new DateOnly(2025, 10, 3), AdministrativeDivision.TableAsOf);
    }

    [Theory]
    [InlineData(653228, "新疆维吾尔自治区和田地区和康县")] // 2024-12
    [InlineData(653229, "新疆维吾尔自治区和田地区和安县")] // 2024-12
    [InlineData(460302, "海南省三沙市西沙区")] // 2020
    [InlineData(460303, "海南省三沙市南沙区")] // 2020
    public void Counties_created_after_the_statistics_list_are_known_and_accepted_at_the_strict_level(int code, string name)
    {
        Assert.True(AdministrativeDivision.IsKnown(code));
        Assert.True(AdministrativeDivision.TryGetName(code, out string? found));
        Assert.Equal(name, found);

        string id = Make(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        IdNumberResult result = IdNumber.Validate(id, KnownCode);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal(name, result.RegionName);
        Assert.True(IdNumber.IsValid(id, KnownCode));
    }

    [Theory]
    [InlineData(130390)] // 经济技术开发区: the package's ××××90–99 development zones
    [InlineData(510191)] // 高新区
    [InlineData(620290)] // 雄关区 under 嘉峪关, which has no county-level divisions
    [InlineData(441990)] // 沙田镇 under 东莞
    [InlineData(441903)] // 南城街道: a town, not a county
    [InlineData(460401)] // 那大镇 under 儋州
    [InlineData(441923)] // 松山湖
    [InlineData(321150)] // 镇江新区: a zone's name
    [InlineData(130171)] // 石家庄高新技术产业开发区: statistics-only ××××71–79
    [InlineData(152571)] // 乌拉盖管委会
    [InlineData(710101)] // 中正区: its own district codes under 71/81/82
    [InlineData(810101)] // 中西区
    public void The_packages_development_zone_and_town_codes_stay_out_and_fail_the_strict_level(int code)
    {
        Assert.False(AdministrativeDivision.IsKnown(code));
        string id = Make(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        IdNumberResult result = IdNumber.Validate(id, KnownCode);
        Assert.Equal(IdNumberError.UnknownRegion, result.Error);
        Assert.False(IdNumber.IsValid(id, KnownCode));
    }

    [Fact]
    public void Caller_supplied_codes_are_accepted_at_the_strict_level()
    {
        string id = Make("500157"); // 两江新区, 2025: in no source of the table
        Assert.False(AdministrativeDivision.IsKnown(500157));
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(id, KnownCode).Error);
        Assert.True(IdNumber.Validate(id, Options).IsValid); // the default province level never needed it

        IdNumberOptions extended = KnownCode with { AdditionalRegionCodes = [500157, 321119] };
        IdNumberResult result = IdNumber.Validate(id, extended);
        Assert.True(result.IsValid);
        Assert.Equal(500157, result.RegionCode);
        Assert.Null(result.RegionName); // the table has no name for it
        Assert.True(IdNumber.IsValid(id, extended));
        Assert.True(IdNumber.IsValid(Make("321119", "19850615", "123"), extended));

        // Only the listed codes: a neighbour is still unknown.
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(Make("500158"), extended).Error);
    }

    [Fact]
    public void Caller_supplied_codes_apply_to_first_generation_numbers_too()
    {
        IdNumberOptions options = KnownCode with { AllowFirstGeneration = true };
        const string first = "500157850615123"; // 15 digits: code, yyMMdd, sequence
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(first, options).Error);
        IdNumberResult result = IdNumber.Validate(first, options with { AdditionalRegionCodes = [500157] });
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal(IdNumberKind.FirstGeneration, result.Kind);
    }

    [Fact]
    public void Caller_supplied_codes_are_a_sorted_read_only_copy_checked_when_the_options_are_made()
    {
        var codes = new List<int> { 500157, 321119, 230119 };
        var options = new IdNumberOptions { AdditionalRegionCodes = codes };
        codes[0] = 990000;
        Assert.Equal([230119, 321119, 500157], options.AdditionalRegionCodes);
        Assert.False(options.AdditionalRegionCodes is int[]);
        Assert.Empty(IdNumberOptions.Default.AdditionalRegionCodes);
        Assert.Equal(IdNumberOptions.Default, new IdNumberOptions());

        Assert.Throws<ArgumentNullException>(() => new IdNumberOptions { AdditionalRegionCodes = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberOptions { AdditionalRegionCodes = [99999] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberOptions { AdditionalRegionCodes = [1000000] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberOptions { AdditionalRegionCodes = [-110105] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberOptions { AdditionalRegionCodes = [990101] }); // no province 99
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberOptions { AdditionalRegionCodes = Enumerable.Range(110000, 10_001).ToList() });
    }

    private static Gen<int> Codes =>
        Gen.Frequency(
            (3, Gen.Elements(500157, 321119, 230119, 653229, 130390, 110105)),
            (1, Gen.Choose(110000, 659999)));

    [Property(MaxTest = 500)]
    public Property At_the_strict_level_a_code_passes_exactly_when_known_or_supplied() =>
        Prop.ForAll(Codes.ToArbitrary(), Gen.Elements(500157, 321119, 230119).ArrayOf().ToArbitrary(), (code, supplied) =>
        {
            IdNumberOptions options = KnownCode with { AdditionalRegionCodes = supplied };
            string id = Make(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            bool expected = AdministrativeDivision.IsKnown(code) || supplied.Contains(code);
            IdNumberResult result = IdNumber.Validate(id, options);
            return (result.IsValid == expected && IdNumber.IsValid(id, options) == expected
                    && (result.IsValid || result.Error == IdNumberError.UnknownRegion))
                .Classify(expected, "accepted")
                .Classify(!AdministrativeDivision.IsKnown(code) && supplied.Contains(code), "accepted because supplied");
        });
}
