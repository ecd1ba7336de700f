using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

public class IdNumberTests
{
    // 2026-06-15 12:00 in China.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero));
    private static readonly IdNumberOptions Options = new() { TimeProvider = Clock };

    [Fact]
    public void Standard_example_is_valid_with_its_facts()
    {
        IdNumberResult result = IdNumber.Validate("11010519491231002X", Options);
        Assert.True(result.IsValid);
        Assert.Equal(IdNumberError.None, result.Error);
        Assert.Equal(IdNumberKind.ResidentIdCard, result.Kind);
        Assert.Equal("11010519491231002X", result.Normalized);
        Assert.Equal(new DateOnly(1949, 12, 31), result.BirthDate);
        Assert.Equal(Gender.Female, result.Gender);
        Assert.Equal(110105, result.RegionCode);
        Assert.False(result.WasNormalized);
        Assert.Null(result.ExpectedCheckCharacter);
        Assert.Equal(-1, result.ErrorPosition);
    }

    [Fact]
    public void Canonical_input_is_returned_as_the_same_string()
    {
        string input = "11010519491231002X";
        Assert.Same(input, IdNumber.Validate(input, Options).Normalized);
    }

    [Fact]
    public void Standard_1880_example_needs_the_earliest_date_option()
    {
        Assert.Equal(IdNumberError.BirthDateOutOfRange, IdNumber.Validate("440524188001010014", Options).Error);
        IdNumberResult result = IdNumber.Validate("440524188001010014", Options with { EarliestBirthDate = new DateOnly(1800, 1, 1) });
        Assert.True(result.IsValid);
        Assert.Equal(Gender.Male, result.Gender);
        Assert.Equal(new DateOnly(1880, 1, 1), result.BirthDate);
    }

    [Theory]
    [InlineData("20000229")]
    [InlineData("19960229")]
    [InlineData("20240229")]
    public void Leap_day_in_a_leap_year_is_valid(string date) => Assert.True(IdNumber.Validate(Make("110105", date, "123"), Options).IsValid);

    [Theory]
    [InlineData("19000229")] // 1900 is not a leap year (divisible by 100, not by 400)
    [InlineData("20230229")]
    [InlineData("20000230")]
    [InlineData("20001301")]
    [InlineData("20000001")]
    [InlineData("20000100")]
    [InlineData("20000431")]
    [InlineData("00000101")]
    public void Impossible_dates_are_InvalidBirthDate(string date)
    {
        IdNumberResult result = IdNumber.Validate(Make("110105", date, "123"), Options);
        Assert.Equal(IdNumberError.InvalidBirthDate, result.Error);
        Assert.Null(result.BirthDate);
    }

    [Fact]
    public void Birth_date_is_compared_with_today_in_China_not_UTC()
    {
        // 2026-06-14 20:00 UTC is already 2026-06-15 04:00 in China.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 14, 20, 0, 0, TimeSpan.Zero));
        var options = new IdNumberOptions { TimeProvider = clock };
        Assert.True(IdNumber.Validate(Make("110105", "20260615", "123"), options).IsValid);
        Assert.Equal(IdNumberError.BirthDateOutOfRange, IdNumber.Validate(Make("110105", "20260616", "123"), options).Error);

        // 2026-06-14 15:59:59 UTC is 23:59:59 on the 14th in China: the 15th is still tomorrow.
        var before = new IdNumberOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 6, 14, 15, 59, 59, TimeSpan.Zero)) };
        Assert.Equal(IdNumberError.BirthDateOutOfRange, IdNumber.Validate(Make("110105", "20260615", "123"), before).Error);
        Assert.True(IdNumber.Validate(Make("110105", "20260614", "123"), before).IsValid);
    }

    [Fact]
    public void Birth_before_the_earliest_date_is_out_of_range_and_reports_the_date()
    {
        IdNumberResult result = IdNumber.Validate(Make("110105", "18991231", "123"), Options);
        Assert.Equal(IdNumberError.BirthDateOutOfRange, result.Error);
        Assert.Equal(new DateOnly(1899, 12, 31), result.BirthDate);
        Assert.True(IdNumber.Validate(Make("110105", "19000101", "123"), Options).IsValid);
    }

    [Fact]
    public void Checksum_mismatch_reports_the_expected_character()
    {
        IdNumberResult result = IdNumber.Validate("110105194912310021", Options);
        Assert.Equal(IdNumberError.ChecksumMismatch, result.Error);
        Assert.Equal('X', result.ExpectedCheckCharacter);
        Assert.Equal("110105194912310021", result.Normalized);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("810000", IdNumberKind.HongKongResidencePermit)]
    [InlineData("820000", IdNumberKind.MacaoResidencePermit)]
    [InlineData("830000", IdNumberKind.TaiwanResidencePermit)]
    [InlineData("110105", IdNumberKind.ResidentIdCard)]
    [InlineData("710000", IdNumberKind.ResidentIdCard)]
    public void Kinds_follow_the_address_code(string region, IdNumberKind kind)
    {
        IdNumberResult result = IdNumber.Validate(Make(region, "19900101", "456"), Options);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal(kind, result.Kind);
    }

    [Theory]
    [InlineData("810100")]
    [InlineData("820001")]
    [InlineData("831000")]
    [InlineData("840000")]
    [InlineData("100000")]
    [InlineData("160000")]
    [InlineData("000000")]
    [InlineData("720000")]
    public void Residence_permit_prefixes_need_the_exact_code_and_unknown_provinces_fail(string region) =>
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(Make(region, "19900101", "456"), Options).Error);

    [Fact]
    public void RegionCheck_None_skips_the_province_check_but_not_the_permit_rule()
    {
        var options = Options with { RegionCheck = RegionCheck.None };
        Assert.True(IdNumber.Validate(Make("160000", "19900101", "456"), options).IsValid);
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(Make("810100", "19900101", "456"), options).Error);
    }

    [Fact]
    public void Foreign_permanent_resident_id_of_2023()
    {
        // 9 + province 11 (Beijing office) + nationality 156 + 1990-01-01 + sequence 456 + check.
        string number = Make("911156", "19900101", "456");
        IdNumberResult result = IdNumber.Validate(number, Options);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal(IdNumberKind.ForeignPermanentResidentId, result.Kind);
        Assert.Equal(110000, result.RegionCode);
        Assert.Equal(156, result.NationalityCode);
        Assert.Equal(Gender.Female, result.Gender);

        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(Make("971156", "19900101", "456"), Options).Error);
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(Make("981156", "19900101", "456"), Options).Error);
    }

    [Theory]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", IdNumberChanges.FullWidthFolded)]
    [InlineData("11010519491231002x", IdNumberChanges.LowerCaseX)]
    [InlineData("11010519491231002ｘ", IdNumberChanges.FullWidthFolded)]
    [InlineData(" 110105 19491231 002X ", IdNumberChanges.WhitespaceTrimmed | IdNumberChanges.SeparatorsRemoved)]
    [InlineData("110105\u00A019491231\u3000002X", IdNumberChanges.SeparatorsRemoved)]
    [InlineData("\u3000１１０１０５ 19491231 002x", IdNumberChanges.WhitespaceTrimmed | IdNumberChanges.SeparatorsRemoved | IdNumberChanges.FullWidthFolded | IdNumberChanges.LowerCaseX)]
    public void Typed_forms_are_folded_and_reported(string input, IdNumberChanges changes)
    {
        IdNumberResult result = IdNumber.Validate(input, Options);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal("11010519491231002X", result.Normalized);
        Assert.Equal(changes, result.Changes);
        Assert.True(result.WasNormalized);
        Assert.True(IdNumber.IsValid(input));
    }

    [Theory]
    [InlineData("11010519491231002x", 17)]
    [InlineData(" 11010519491231002X", 0)]
    [InlineData("１1010519491231002X", 0)]
    [InlineData("110105 19491231002X", 6)]
    public void Strict_rejects_anything_not_canonical_with_the_first_position(string input, int position)
    {
        IdNumberResult result = IdNumber.Validate(input, Options with { Strict = true });
        Assert.Equal(IdNumberError.NotCanonical, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.True(IdNumber.Validate("11010519491231002X", Options with { Strict = true }).IsValid);
    }

    [Theory]
    [InlineData("11010519491231002\u0661", 17)] // Arabic-Indic one
    [InlineData("\u0967\u0967010519491231002X", 0)] // Devanagari one
    [InlineData("11O10519491231002X", 2)] // letter O
    [InlineData("1101051949123I002X", 13)] // letter I
    [InlineData("110105\u200B19491231002X", 6)] // zero-width space
    [InlineData("11010519491231002X\n", 18)]
    [InlineData("110105\t19491231002X", 6)]
    [InlineData("11010519491231002X\uFEFF", 18)]
    [InlineData("1101051949123100X2", 16)] // X before the end
    [InlineData("X10105194912310021", 0)]
    [InlineData("11010519491231002\u202E", 17)] // bidi override
    [InlineData("11010519491231002－", 17)] // full-width hyphen
    [InlineData("110105-19491231-002X", 6)]
    public void Other_characters_are_InvalidCharacter_at_their_position(string input, int position)
    {
        IdNumberResult result = IdNumber.Validate(input, Options);
        Assert.Equal(IdNumberError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
        Assert.False(IdNumber.IsValid(input));
    }

    [Fact]
    public void Lone_surrogates_are_InvalidCharacter()
    {
        // Not an [InlineData]: xunit's case serialisation would turn a lone surrogate into U+FFFD.
        Assert.Equal(17, IdNumber.Validate("11010519491231002\uD800", Options).ErrorPosition);
        Assert.Equal(IdNumberError.InvalidCharacter, IdNumber.Validate("\uDC0011010519491231002X", Options).Error);
        Assert.False(IdNumber.IsValid("1101051949123100\uD83D\uDE002X"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u00A0")]
    public void Nothing_typed_is_Empty(string? input) => Assert.Equal(IdNumberError.Empty, IdNumber.Validate(input, Options).Error);

    [Theory]
    [InlineData("\t", 0)]
    [InlineData(" \r\n", 1)]
    [InlineData("\u3000\n", 1)]
    public void Tabs_and_line_breaks_are_characters_not_nothing(string input, int position)
    {
        // Only the spaces the rule removes make an input "nothing typed" (IdNumberError.Empty).
        IdNumberResult result = IdNumber.Validate(input, Options);
        Assert.Equal(IdNumberError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
    }

    [Theory]
    [InlineData("110105 19491231 002X")] // 6-8-4, the usual display
    [InlineData("110105 1949 1231 002X")] // 6-4-4-4, Android input formatters
    [InlineData("110105\u00A01949\u300012\u300031 002 X")]
    [InlineData("  110105   19491231002X  ")]
    public void Spaces_between_fields_are_removed(string input)
    {
        IdNumberResult result = IdNumber.Validate(input, Options);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal("11010519491231002X", result.Normalized);
        Assert.True(result.Changes.HasFlag(IdNumberChanges.SeparatorsRemoved));
        Assert.Equal(input[0] == ' ', result.Changes.HasFlag(IdNumberChanges.WhitespaceTrimmed));
        Assert.Equal(IdNumberChanges.None, result.Changes & ~(IdNumberChanges.SeparatorsRemoved | IdNumberChanges.WhitespaceTrimmed));
    }

    [Theory]
    [InlineData("1101 0519 4912 3100 2X", 4)] // grouped in fours like a bank card: splits the address code
    [InlineData("11010519 491231002X", 8)]
    [InlineData("110105 19491231 00 2X", 18)]
    [InlineData("1 10105 19491231 002X", 1)]
    [InlineData("6101 04620927690", 4)] // first generation: address | yy | mm | dd | sequence
    public void A_space_inside_a_field_is_MisplacedSpace_at_the_space(string input, int position)
    {
        IdNumberResult result = IdNumber.Validate(input, Options with { AllowFirstGeneration = true });
        Assert.Equal(IdNumberError.MisplacedSpace, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.False(IdNumber.IsValid(input, Options with { AllowFirstGeneration = true }));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    [InlineData("110105194912310021234")]
    [InlineData("11010519491231X")] // 15 with X: X is only a check character
    public void Wrong_lengths_are_InvalidLength(string input)
    {
        IdNumberError error = IdNumber.Validate(input, Options).Error;
        Assert.True(error is IdNumberError.InvalidLength or IdNumberError.InvalidCharacter, error.ToString());
        if (!input.Contains('X'))
        {
            Assert.Equal(IdNumberError.InvalidLength, error);
        }
    }

    [Fact]
    public void Megabyte_input_is_rejected_without_reading_it()
    {
        string huge = new('1', 1 << 20);
        Assert.Equal(IdNumberError.InvalidLength, IdNumber.Validate(huge, Options).Error);
        Assert.Equal(IdNumberError.InvalidLength, IdNumber.Validate(new string(' ', 1 << 20), Options).Error);
        Assert.False(IdNumber.IsValid(huge));
    }

    [Fact]
    public void First_generation_number_has_its_own_error_and_its_upgrade()
    {
        IdNumberResult result = IdNumber.Validate("610104620927690", Options);
        Assert.Equal(IdNumberError.FirstGenerationNumber, result.Error);
        Assert.Equal(IdNumberKind.FirstGeneration, result.Kind);
        Assert.Equal("610104196209276908", result.Upgraded);
        Assert.Equal(new DateOnly(1962, 9, 27), result.BirthDate);
        Assert.Equal(Gender.Female, result.Gender);
        Assert.False(result.IsValid);

        IdNumberResult allowed = IdNumber.Validate("610104620927690", Options with { AllowFirstGeneration = true });
        Assert.True(allowed.IsValid);
        Assert.Equal("610104620927690", allowed.Normalized);
        Assert.Equal("610104196209276908", allowed.Upgraded);
        Assert.True(IdNumber.IsValid("610104620927690", Options with { AllowFirstGeneration = true }));
        Assert.False(IdNumber.IsValid("610104620927690", Options));
    }

    [Fact]
    public void First_generation_with_a_bad_date_or_region_reports_that_first()
    {
        Assert.Equal(IdNumberError.InvalidBirthDate, IdNumber.Validate("610104620230690", Options).Error);
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate("990104620927690", Options).Error);
        Assert.False(IdNumber.TryUpgradeFirstGeneration("610104620230690", out _));
    }

    [Theory]
    [InlineData("810000620927690")] // 81/82/83 exist only as the 2018 residence permits' codes
    [InlineData("830000620927690")]
    [InlineData("990104620927690")] // no province 99
    [InlineData("910104620927690")] // would read as a 2023 foreign card
    public void Upgrade_refuses_what_no_first_generation_card_carries(string input)
    {
        Assert.False(IdNumber.TryUpgradeFirstGeneration(input, out string? upgraded));
        Assert.Null(upgraded);
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate(input, Options).Error);
    }

    [Theory]
    [InlineData("11010519491331002X", IdNumberKind.ResidentIdCard, IdNumberError.InvalidBirthDate, "7–14")]
    [InlineData("610104621327690", IdNumberKind.FirstGeneration, IdNumberError.InvalidBirthDate, "7–12")]
    [InlineData("000105194912310021", IdNumberKind.ResidentIdCard, IdNumberError.UnknownRegion, "1–6")]
    [InlineData("990104620927690", IdNumberKind.FirstGeneration, IdNumberError.UnknownRegion, "1–6")]
    [InlineData("971156199001010011", IdNumberKind.ForeignPermanentResidentId, IdNumberError.UnknownRegion, "2–3")]
    public void Messages_name_the_digits_of_the_field_at_fault(string input, IdNumberKind kind, IdNumberError error, string digits)
    {
        IdNumberResult result = IdNumber.Validate(input, Options);
        Assert.Equal((kind, error), (result.Kind, result.Error));
        Assert.Contains(("Digits", (object?)digits), MessageArguments.For(input, result));
        var english = new System.Globalization.CultureInfo("en-US");
        string en = ValidationMessages.Format(ValidationMessages.GetTemplate(ErrorCodes.Of(error), english)!, MessageArguments.ToDictionary("ID", MessageArguments.For(input, result)), english);
        Assert.Contains($"digits {digits} ", en);
        Assert.DoesNotContain("second-generation", en);
    }

    [Fact]
    public void A_rejected_region_code_has_no_name()
    {
        // The foreign card's office province 71 is 台湾省 as a GB/T 2260 code, but no office there accepts the card.
        IdNumberResult foreign = IdNumber.Validate("971156199001010011", Options);
        Assert.Equal((IdNumberError.UnknownRegion, 710000, null), (foreign.Error, foreign.RegionCode, foreign.RegionName));
        IdNumberResult later = IdNumber.Validate("11010519491231002Y".Replace('Y', '1'), Options); // a checksum failure keeps its region
        Assert.Equal((IdNumberError.ChecksumMismatch, "北京市朝阳区"), (later.Error, later.RegionName));
    }

    [Fact]
    public void Upgrade_round_trip()
    {
        Assert.True(IdNumber.TryUpgradeFirstGeneration("610104620927690", out string? upgraded));
        Assert.Equal("610104196209276908", upgraded);
        Assert.True(IdNumber.Validate(upgraded, Options).IsValid);
        Assert.True(IdNumber.TryUpgradeFirstGeneration("６１０１０４ ６２０９２７ ６９０", out upgraded));
        Assert.Equal("610104196209276908", upgraded);

        Span<char> destination = stackalloc char[18];
        Assert.True(IdNumber.TryUpgradeFirstGeneration("610104620927690", destination, out int written));
        Assert.Equal(18, written);
        Assert.False(IdNumber.TryUpgradeFirstGeneration("610104620927690", stackalloc char[17], out written));
        Assert.Equal(0, written);
        Assert.False(IdNumber.TryUpgradeFirstGeneration("11010519491231002X", out _));
        Assert.False(IdNumber.TryUpgradeFirstGeneration(null, out _));
    }

    [Fact]
    public void ComputeCheckCharacter_on_the_standard_examples()
    {
        Assert.Equal('X', IdNumber.ComputeCheckCharacter("11010519491231002"));
        Assert.Equal('4', IdNumber.ComputeCheckCharacter("44052418800101001"));
        Assert.Throws<ArgumentException>(() => IdNumber.ComputeCheckCharacter("1101051949123100"));
        Assert.Throws<ArgumentException>(() => IdNumber.ComputeCheckCharacter("1101051949123100X"));
        Assert.False(IdNumber.TryComputeCheckCharacter("１1010519491231002", out _));
    }

    [Fact]
    public void Gender_follows_the_parity_of_the_sequence_code()
    {
        Assert.Equal(Gender.Male, IdNumber.Validate(Make("110105", "19900101", "001"), Options).Gender);
        Assert.Equal(Gender.Female, IdNumber.Validate(Make("110105", "19900101", "002"), Options).Gender);
    }

    [Fact]
    public void Checks_run_in_order_region_date_checksum()
    {
        // Bad region and bad date and bad checksum: the region is reported.
        Assert.Equal(IdNumberError.UnknownRegion, IdNumber.Validate("990105199013450010", Options).Error);
        // Bad date and bad checksum: the date.
        Assert.Equal(IdNumberError.InvalidBirthDate, IdNumber.Validate("110105199013450010", Options).Error);
    }

    [Fact]
    public void Null_options_are_the_defaults() =>
        Assert.True(IdNumber.Validate("11010519491231002X").IsValid);

    [Fact]
    public void Default_result_is_not_valid() => Assert.False(default(IdNumberResult).IsValid);

    internal static string Make(string region, string date, string sequence)
    {
        string first17 = region + date + sequence;
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }
}
