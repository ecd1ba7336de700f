using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>
/// Exact facts of ID results that the broader tests reach without asserting: the permit fast path, first-generation
/// facts, the input bound, strict mode's first change, the month guard.
/// </summary>
public class IdNumberMutationTests
{
    // 2026-06-15 12:00 in China.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero));
    private static readonly IdNumberOptions Options = new() { TimeProvider = Clock };
    private static readonly IdNumberOptions FirstGeneration = Options with { AllowFirstGeneration = true };
    private static readonly IdNumberOptions Strict = Options with { Strict = true };

    private static string Make(string region, string date, string sequence) => IdNumberTests.Make(region, date, sequence);

    [Theory]
    [InlineData("810000", IdNumberKind.HongKongResidencePermit, "香港特别行政区")]
    [InlineData("820000", IdNumberKind.MacaoResidencePermit, "澳门特别行政区")]
    [InlineData("830000", IdNumberKind.TaiwanResidencePermit, null)]
    public void Residence_permits_pass_the_canonical_fast_path_and_Validate_alike(string region, IdNumberKind kind, string? name)
    {
        string number = Make(region, "19900101", "123");
        Assert.True(IdNumber.IsValid(number, Options));
        Assert.True(IdNumber.IsValid(number));
        IdNumberResult result = IdNumber.Validate(number, Options);
        Assert.True(result.IsValid);
        Assert.Equal(kind, result.Kind);
        Assert.Equal(int.Parse(region, System.Globalization.CultureInfo.InvariantCulture), result.RegionCode);
        Assert.Equal(name, result.RegionName);
        Assert.Same(number, result.Normalized);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(Gender.Male, result.Gender);
    }

    [Theory]
    [InlineData("810000")]
    [InlineData("820000")]
    [InlineData("830000")]
    public void Residence_permits_pass_the_folded_path_too(string region)
    {
        string number = Make(region, "19900101", "124");
        string spaced = " " + number[..6] + " " + number[6..] + " ";
        Assert.True(IdNumber.IsValid(spaced, Options));
        IdNumberResult result = IdNumber.Validate(spaced, Options);
        Assert.True(result.IsValid);
        Assert.Equal(number, result.Normalized);
        Assert.Equal(IdNumberChanges.WhitespaceTrimmed | IdNumberChanges.SeparatorsRemoved, result.Changes);
        Assert.Equal(Gender.Female, result.Gender);
    }

    [Theory]
    [InlineData("810001")]
    [InlineData("811000")]
    [InlineData("820100")]
    [InlineData("830001")]
    [InlineData("819999")]
    public void Other_codes_with_a_permit_prefix_are_rejected_on_both_paths(string region)
    {
        string number = Make(region, "19900101", "123");
        Assert.False(IdNumber.IsValid(number, Options));
        Assert.False(IdNumber.IsValid(number, Options with { RegionCheck = RegionCheck.None }));
        IdNumberResult result = IdNumber.Validate(number, Options with { RegionCheck = RegionCheck.None });
        Assert.Equal(IdNumberError.UnknownRegion, result.Error);
        Assert.Equal(IdNumberKind.ResidentIdCard, result.Kind);
        Assert.Null(result.RegionName);
        Assert.Equal(-1, result.ErrorPosition);
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("110105194912310021")]
    [InlineData("1101051949123100X")]
    [InlineData("１1010519491231002")]
    public void ComputeCheckCharacter_names_what_it_expected(string first17)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => IdNumber.ComputeCheckCharacter(first17));
        Assert.Equal("first17", ex.ParamName);
        Assert.StartsWith("Expected exactly 17 ASCII digits.", ex.Message, StringComparison.Ordinal);
        Assert.False(IdNumber.TryComputeCheckCharacter(first17, out char check));
        Assert.Equal('\0', check);
    }

    [Fact]
    public void IsValid_with_null_options_throws()
    {
        Assert.Throws<ArgumentNullException>(() => IdNumber.IsValid("11010519491231002X".AsSpan(), null!));
        Assert.Throws<ArgumentNullException>(() => IdNumber.IsValid("110105 19491231002X".AsSpan(), null!));
    }

    [Theory]
    [InlineData("110105491231003", Gender.Male, "110105194912310038")]
    [InlineData("110105491231002", Gender.Female, "11010519491231002X")]
    [InlineData("610104620927690", Gender.Female, "610104196209276908")]
    [InlineData("610104620927691", Gender.Male, null)]
    public void First_generation_numbers_report_sex_birth_date_and_upgrade(string number, Gender gender, string? upgraded)
    {
        IdNumberResult allowed = IdNumber.Validate(number, FirstGeneration);
        Assert.True(allowed.IsValid);
        Assert.Equal(IdNumberError.None, allowed.Error);
        Assert.Equal(IdNumberKind.FirstGeneration, allowed.Kind);
        Assert.Equal(gender, allowed.Gender);
        Assert.Equal(-1, allowed.ErrorPosition);
        Assert.Same(number, allowed.Normalized);
        Assert.Equal(new DateOnly(1900 + int.Parse(number[6..8], System.Globalization.CultureInfo.InvariantCulture), int.Parse(number[8..10], System.Globalization.CultureInfo.InvariantCulture), int.Parse(number[10..12], System.Globalization.CultureInfo.InvariantCulture)), allowed.BirthDate);
        if (upgraded is not null)
        {
            Assert.Equal(upgraded, allowed.Upgraded);
        }

        Assert.Equal(IdNumber.Validate(allowed.Upgraded, Options).Gender, gender);

        IdNumberResult refused = IdNumber.Validate(number, Options);
        Assert.False(refused.IsValid);
        Assert.Equal(IdNumberError.FirstGenerationNumber, refused.Error);
        Assert.Equal(gender, refused.Gender);
        Assert.Equal(-1, refused.ErrorPosition);
        Assert.Equal(allowed.Upgraded, refused.Upgraded);
        Assert.Equal(allowed.BirthDate, refused.BirthDate);
        Assert.False(IdNumber.IsValid(number, Options));
        Assert.True(IdNumber.IsValid(number, FirstGeneration));
    }

    [Fact]
    public void First_generation_birth_date_before_the_earliest_is_out_of_range_and_reported()
    {
        IdNumberOptions from1950 = FirstGeneration with { EarliestBirthDate = new DateOnly(1950, 1, 1) };
        IdNumberResult result = IdNumber.Validate("110105491231003", from1950);
        Assert.Equal(IdNumberError.BirthDateOutOfRange, result.Error);
        Assert.Equal(new DateOnly(1949, 12, 31), result.BirthDate);
        Assert.Equal(IdNumberKind.FirstGeneration, result.Kind);
        Assert.Equal(110105, result.RegionCode);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(Gender.Unknown, result.Gender);
        Assert.Null(result.Upgraded);
        Assert.False(IdNumber.IsValid("110105491231003", from1950));

        IdNumberResult onTheDay = IdNumber.Validate("110105500101003", from1950);
        Assert.True(onTheDay.IsValid);
        Assert.Equal(new DateOnly(1950, 1, 1), onTheDay.BirthDate);
    }

    [Theory]
    [InlineData("110105490230003")] // 30 February
    [InlineData("110105001301003")] // month 13
    [InlineData("110105000229003")] // 1900 is not a leap year
    [InlineData("110105490001003")] // month 0
    [InlineData("110105490100003")] // day 0
    public void First_generation_impossible_date_has_no_birth_date(string number)
    {
        IdNumberResult result = IdNumber.Validate(number, FirstGeneration);
        Assert.Equal(IdNumberError.InvalidBirthDate, result.Error);
        Assert.Null(result.BirthDate);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(IdNumberKind.FirstGeneration, result.Kind);
        Assert.Equal(Gender.Unknown, result.Gender);
        Assert.Null(result.Upgraded);
        Assert.Equal(number, result.Normalized);
    }

    [Theory]
    [InlineData("990105491231003", RegionCheck.Province)]
    [InlineData("810000491231003", RegionCheck.None)]
    [InlineData("820000491231003", RegionCheck.Province)]
    [InlineData("830000491231003", RegionCheck.None)]
    [InlineData("110199491231003", RegionCheck.KnownCode)]
    public void First_generation_unknown_region_has_position_minus_one_and_no_facts(string number, RegionCheck check)
    {
        IdNumberResult result = IdNumber.Validate(number, FirstGeneration with { RegionCheck = check });
        Assert.Equal(IdNumberError.UnknownRegion, result.Error);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(IdNumberKind.FirstGeneration, result.Kind);
        Assert.Equal(int.Parse(number[..6], System.Globalization.CultureInfo.InvariantCulture), result.RegionCode);
        Assert.Null(result.BirthDate);
        Assert.Null(result.RegionName);
        Assert.Equal(number, result.Normalized);
    }

    [Fact]
    public void First_generation_region_None_accepts_any_non_permit_code()
    {
        IdNumberResult result = IdNumber.Validate("990105491231003", FirstGeneration with { RegionCheck = RegionCheck.None });
        Assert.True(result.IsValid);
        Assert.Equal(990105, result.RegionCode);
    }

    [Fact]
    public void Input_of_exactly_40_characters_is_read_and_41_is_refused()
    {
        string number = "11010519491231002X";
        string forty = new string(' ', 11) + number + new string(' ', 11);
        Assert.Equal(40, forty.Length);
        IdNumberResult result = IdNumber.Validate(forty, Options);
        Assert.True(result.IsValid);
        Assert.Equal(number, result.Normalized);
        Assert.Equal(IdNumberChanges.WhitespaceTrimmed, result.Changes);
        Assert.True(IdNumber.IsValid(forty, Options));

        string fortyOne = forty + " ";
        IdNumberResult refused = IdNumber.Validate(fortyOne, Options);
        Assert.Equal(IdNumberError.InvalidLength, refused.Error);
        Assert.Null(refused.Normalized);
        Assert.Equal(-1, refused.ErrorPosition);
        Assert.False(IdNumber.IsValid(fortyOne, Options));

        // The bound holds before anything is read: 41 spaces are too long, not empty.
        Assert.Equal(IdNumberError.InvalidLength, IdNumber.Validate(new string(' ', 41), Options).Error);
        Assert.Equal(IdNumberError.Empty, IdNumber.Validate(new string(' ', 40), Options).Error);
    }

    [Theory]
    [InlineData(" 11010519491231002X ", 0)] // space first, another after it
    [InlineData("11010519491231002X \u3000", 18)]
    [InlineData("１1010519491231002ｘ", 0)] // full width first, then a full-width x
    [InlineData("11０10519491231002x", 2)] // full width, then lower-case x
    [InlineData(" １1010519491231002X", 0)] // space before a full-width digit
    [InlineData("１10105 19491231002X", 0)] // full-width digit before a space
    [InlineData("110105 19491231 002x", 6)]
    [InlineData("11010519491231002x ", 17)]
    [InlineData("1101051949123100２x", 16)]
    public void Strict_mode_reports_the_first_change(string input, int position)
    {
        IdNumberResult result = IdNumber.Validate(input, Strict);
        Assert.Equal(IdNumberError.NotCanonical, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
        Assert.False(IdNumber.IsValid(input, Strict));

        IdNumberResult folded = IdNumber.Validate(input, Options);
        Assert.True(folded.IsValid);
        Assert.Equal("11010519491231002X", folded.Normalized);
    }

    [Theory]
    [InlineData("１1010519491231002X", IdNumberChanges.FullWidthFolded)]
    [InlineData("11010519491231002x", IdNumberChanges.LowerCaseX)]
    [InlineData("11010519491231002ｘ", IdNumberChanges.FullWidthFolded)]
    [InlineData("11010519491231002Ｘ", IdNumberChanges.FullWidthFolded)]
    [InlineData("１1010519491231002x", IdNumberChanges.FullWidthFolded | IdNumberChanges.LowerCaseX)]
    [InlineData("\u00A011010519491231002x", IdNumberChanges.WhitespaceTrimmed | IdNumberChanges.LowerCaseX)]
    [InlineData("０１２３４５６７８９", null)]
    public void Each_fold_is_flagged_exactly(string input, IdNumberChanges? changes)
    {
        IdNumberResult result = IdNumber.Validate(input, Options);
        if (changes is null)
        {
            Assert.Equal(IdNumberError.InvalidLength, result.Error);
            return;
        }

        Assert.True(result.IsValid);
        Assert.Equal(changes, result.Changes);
        Assert.True(result.WasNormalized);
        Assert.Equal("11010519491231002X", result.Normalized);
    }

    [Fact]
    public void Full_width_digits_fold_each_to_their_own_value()
    {
        // Every full-width digit, at every position of a number built from it.
        for (char d = '0'; d <= '9'; d++)
        {
            string first17 = "1101051990010" + new string(d, 1) + "12" + d;
            string number = first17 + IdNumber.ComputeCheckCharacter(first17);
            string wide = new(number.Select(c => c == 'X' ? 'Ｘ' : (char)(c - '0' + '\uFF10')).ToArray());
            IdNumberResult result = IdNumber.Validate(wide, Options);
            Assert.Equal(number, result.Normalized);
            Assert.Equal(IdNumberChanges.FullWidthFolded, result.Changes);
        }
    }

    [Theory]
    [InlineData("11010519491231002X1", -1)]
    [InlineData("X1010519491231002X", 0)]
    [InlineData("1101051949123100X2", 16)]
    [InlineData("11010549123100x", 14)]
    [InlineData("110105 4912310 0X", 16)]
    [InlineData("11010519491231002a", 17)]
    [InlineData("110105194912310O2X", 15)]
    public void Misplaced_X_and_stray_characters_are_reported_where_they_are(string input, int position)
    {
        IdNumberResult result = IdNumber.Validate(input, Options);
        if (position < 0)
        {
            Assert.Equal(IdNumberError.InvalidLength, result.Error);
            Assert.Equal(-1, result.ErrorPosition);
        }
        else
        {
            Assert.Equal(IdNumberError.InvalidCharacter, result.Error);
            Assert.Equal(position, result.ErrorPosition);
        }

        Assert.Null(result.Normalized);
        Assert.False(IdNumber.IsValid(input, Options));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(28)]
    [InlineData(31)]
    public void Month_13_is_never_a_real_date(int day)
    {
        for (int year = 1; year <= 2400; year += 399)
        {
            Assert.False(IdNumber.IsRealDate(year, 13, day));
            Assert.False(IdNumber.IsRealDate(year, 0, day));
            Assert.False(IdNumber.IsRealDate(year, 14, day));
        }

        string number = Make("110105", $"200013{day:D2}", "123");
        Assert.Equal(IdNumberError.InvalidBirthDate, IdNumber.Validate(number, Options).Error);
        Assert.False(IdNumber.IsValid(number, Options));
    }

    [Fact]
    public void Dates_at_the_edges_of_each_month()
    {
        Assert.True(IdNumber.IsRealDate(1, 1, 1));
        Assert.False(IdNumber.IsRealDate(0, 1, 1));
        Assert.False(IdNumber.IsRealDate(-1, 1, 1));
        Assert.True(IdNumber.IsRealDate(2000, 12, 31));
        Assert.False(IdNumber.IsRealDate(2000, 12, 32));
        Assert.True(IdNumber.IsRealDate(2000, 1, 31));
        Assert.False(IdNumber.IsRealDate(2000, 1, 0));
        Assert.False(IdNumber.IsRealDate(2000, 1, -1));
        Assert.False(IdNumber.IsRealDate(2001, 2, 29));
        Assert.True(IdNumber.IsRealDate(2004, 2, 29));
        Assert.False(IdNumber.IsRealDate(2004, 2, 30));
        Assert.False(IdNumber.IsRealDate(2004, 3, 32));
        Assert.False(IdNumber.IsRealDate(2004, 4, 31));
    }

    [Fact]
    public void Checksum_mismatch_reports_expected_character_and_keeps_the_facts()
    {
        IdNumberResult result = IdNumber.Validate("110105194912310021", Options);
        Assert.Equal(IdNumberError.ChecksumMismatch, result.Error);
        Assert.Equal('X', result.ExpectedCheckCharacter);
        Assert.Equal(new DateOnly(1949, 12, 31), result.BirthDate);
        Assert.Equal(Gender.Female, result.Gender);
        Assert.Equal("北京市朝阳区", result.RegionName);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal("110105194912310021", result.Normalized);
    }

    [Fact]
    public void Birth_date_out_of_range_keeps_the_date_on_both_lengths()
    {
        string future = Make("110105", "20260616", "123");
        IdNumberResult result = IdNumber.Validate(future, Options);
        Assert.Equal(IdNumberError.BirthDateOutOfRange, result.Error);
        Assert.Equal(new DateOnly(2026, 6, 16), result.BirthDate);
        Assert.Equal(Gender.Unknown, result.Gender);
        Assert.Null(result.ExpectedCheckCharacter);

        string early = Make("110105", "18991231", "123");
        IdNumberResult before = IdNumber.Validate(early, Options);
        Assert.Equal(IdNumberError.BirthDateOutOfRange, before.Error);
        Assert.Equal(new DateOnly(1899, 12, 31), before.BirthDate);
        Assert.True(IdNumber.IsValid(Make("110105", "19000101", "123"), Options));
        Assert.False(IdNumber.IsValid(early, Options));
        Assert.False(IdNumber.IsValid(future, Options));
        Assert.True(IdNumber.IsValid(Make("110105", "20260615", "123"), Options));
    }

    [Fact]
    public void Foreign_permanent_resident_id_reads_office_and_nationality()
    {
        string number = Make("911156", "19900101", "123");
        IdNumberResult result = IdNumber.Validate(number, Options);
        Assert.True(result.IsValid);
        Assert.Equal(IdNumberKind.ForeignPermanentResidentId, result.Kind);
        Assert.Equal(110000, result.RegionCode);
        Assert.Equal(156, result.NationalityCode);
        Assert.Equal("北京市", result.RegionName);
        Assert.True(IdNumber.IsValid(number, Options));

        string unknownOffice = Make("999156", "19900101", "123");
        IdNumberResult rejected = IdNumber.Validate(unknownOffice, Options);
        Assert.Equal(IdNumberError.UnknownRegion, rejected.Error);
        Assert.Equal(IdNumberKind.ForeignPermanentResidentId, rejected.Kind);
        Assert.Equal(990000, rejected.RegionCode);
        Assert.Null(rejected.RegionName);
        Assert.False(IdNumber.IsValid(unknownOffice, Options));
        Assert.True(IdNumber.IsValid(unknownOffice, Options with { RegionCheck = RegionCheck.None }));
        Assert.True(IdNumber.Validate(unknownOffice, Options with { RegionCheck = RegionCheck.None }).IsValid);
    }
}
