using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>Age, majority and the foreign card's nationality read from an ID number.</summary>
public class IdNumberAgeTests
{
    private static string Make(string first6, string yyyyMMdd, string sequence = "456")
    {
        string first17 = first6 + yyyyMMdd + sequence;
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    private static IdNumberResult Born(string yyyyMMdd) => IdNumber.Validate(Make("110105", yyyyMMdd));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData("20080305", 2026, 3, 4, 17)]
    [InlineData("20080305", 2026, 3, 5, 18)]
    [InlineData("20080305", 2026, 3, 6, 18)]
    [InlineData("20080305", 2008, 3, 5, 0)]
    [InlineData("20080305", 2009, 3, 4, 0)]
    [InlineData("20080305", 2009, 3, 5, 1)]
    [InlineData("19491231", 2026, 12, 30, 76)]
    [InlineData("19491231", 2026, 12, 31, 77)]
    [InlineData("20000101", 2025, 12, 31, 25)]
    [InlineData("20000101", 2026, 1, 1, 26)]
    public void AgeOn_counts_completed_years_a_year_older_on_the_birthday(string birth, int year, int month, int day, int expected)
    {
        IdNumberResult result = Born(birth);
        Assert.True(result.IsValid);
        Assert.Equal(expected, result.AgeOn(D(year, month, day)));
        Assert.Equal(expected, result.AgeOn(D(year, month, day), AgeReckoning.Birthday));
    }

    [Theory]
    [InlineData(2025, 2, 28, 16)] // a common year: no 29 February, not yet
    [InlineData(2025, 3, 1, 17)] // the day after 28 February
    [InlineData(2027, 2, 28, 18)]
    [InlineData(2027, 3, 1, 19)]
    [InlineData(2028, 2, 28, 19)] // a leap year: the birthday itself
    [InlineData(2028, 2, 29, 20)]
    [InlineData(2100, 2, 28, 91)] // 2100 is a common year (century not divisible by 400)
    [InlineData(2100, 3, 1, 92)]
    public void Born_on_29_February_a_year_older_on_1_March_in_a_common_year(int year, int month, int day, int expected)
    {
        IdNumberResult result = Born("20080229");
        Assert.True(result.IsValid);
        Assert.Equal(expected, result.AgeOn(D(year, month, day)));
    }

    [Fact]
    public void Born_on_29_February_adult_on_1_March_2026()
    {
        IdNumberResult result = Born("20080229");
        Assert.False(result.IsAdultOn(D(2026, 2, 28)));
        Assert.True(result.IsAdultOn(D(2026, 3, 1)));
        Assert.False(result.IsAdultOn(D(2026, 2, 28), AgeReckoning.DayAfterBirthday));
        Assert.True(result.IsAdultOn(D(2026, 3, 1), AgeReckoning.DayAfterBirthday));
    }

    [Theory]
    [InlineData("20080305", 2026, 3, 5, 17)] // the birthday itself is the last day of the old year of age
    [InlineData("20080305", 2026, 3, 6, 18)]
    [InlineData("20080305", 2008, 3, 5, 0)] // the day of birth: 0, never -1
    [InlineData("20080305", 2008, 3, 6, 0)]
    [InlineData("20080229", 2028, 2, 29, 19)] // leap year: 29 February is the last day of year 19
    [InlineData("20080229", 2028, 3, 1, 20)]
    [InlineData("20080229", 2027, 2, 28, 18)] // common year: 28 February is the last day (民法典 art. 202)
    [InlineData("20080229", 2027, 3, 1, 19)]
    [InlineData("19991231", 2017, 12, 31, 17)]
    [InlineData("19991231", 2018, 1, 1, 18)]
    public void DayAfterBirthday_makes_a_person_a_year_older_the_next_day(string birth, int year, int month, int day, int expected)
    {
        Assert.Equal(expected, Born(birth).AgeOn(D(year, month, day), AgeReckoning.DayAfterBirthday));
    }

    [Theory]
    [InlineData("20080305", 2026, 3, 4, false)]
    [InlineData("20080305", 2026, 3, 5, true)]
    [InlineData("19000101", 2026, 1, 1, true)]
    public void IsAdultOn_is_18_or_more(string birth, int year, int month, int day, bool expected)
    {
        Assert.Equal(18, IdNumber.AgeOfMajority);
        Assert.Equal(expected, Born(birth).IsAdultOn(D(year, month, day)));
    }

    [Fact]
    public void Before_the_birth_date_or_without_one_the_age_is_unknown()
    {
        IdNumberResult result = Born("20080305");
        Assert.Null(result.AgeOn(D(2008, 3, 4)));
        Assert.Null(result.IsAdultOn(D(2008, 3, 4)));
        Assert.Null(result.AgeOn(D(2008, 3, 4), AgeReckoning.DayAfterBirthday));

        IdNumberResult noDate = IdNumber.Validate(Make("110105", "20081305"));
        Assert.Equal(IdNumberError.InvalidBirthDate, noDate.Error);
        Assert.Null(noDate.AgeOn(D(2026, 1, 1)));
        Assert.Null(noDate.IsAdultOn(D(2026, 1, 1)));
        Assert.Null(default(IdNumberResult).AgeOn(D(2026, 1, 1)));
        Assert.Null(IdNumber.Validate(null).IsAdultOn((TimeProvider?)null));
    }

    [Fact]
    public void AgeOn_does_not_overflow_at_the_ends_of_the_calendar()
    {
        IdNumberResult result = Born("19000101");
        Assert.Equal(8099, result.AgeOn(DateOnly.MaxValue));
        Assert.Equal(8099, result.AgeOn(DateOnly.MaxValue, AgeReckoning.DayAfterBirthday));
        Assert.Null(result.AgeOn(DateOnly.MinValue));
        Assert.Equal(7999, Born("20001231").AgeOn(DateOnly.MaxValue));
    }

    [Fact]
    public void A_number_rejected_after_its_date_was_read_still_has_an_age()
    {
        string number = Make("110105", "20080305");
        string wrong = number[..17] + (number[17] == '0' ? '1' : '0');
        IdNumberResult result = IdNumber.Validate(wrong);
        Assert.Equal(IdNumberError.ChecksumMismatch, result.Error);
        Assert.Equal(18, result.AgeOn(D(2026, 3, 5)));
    }

    [Fact]
    public void The_clock_overloads_read_the_date_in_China()
    {
        IdNumberResult result = Born("20080305");

        // 2026-03-04 16:00 UTC is 2026-03-05 00:00 in China: the 18th birthday has begun there.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(18, result.AgeOn(clock));
        Assert.True(result.IsAdultOn(clock));
        Assert.Equal(17, result.AgeOn(clock, AgeReckoning.DayAfterBirthday));
        Assert.False(result.IsAdultOn(clock, AgeReckoning.DayAfterBirthday));

        var before = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 15, 59, 59, TimeSpan.Zero));
        Assert.Equal(17, result.AgeOn(before));
        Assert.False(result.IsAdultOn(before));

        int? today = result.AgeOn((TimeProvider?)null);
        Assert.NotNull(today);
        Assert.True(today >= 18);
    }

    /// <summary>Against DateTime arithmetic, written apart from the library: add the years, then compare.</summary>
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property AgeOn_agrees_with_adding_years_to_the_birth_date()
    {
        Gen<(DateOnly Birth, DateOnly On)> pairs =
            from birthDay in Gen.Choose(0, 365 * 120)
            from offset in Gen.Choose(0, 365 * 130)
            let birth = new DateOnly(1900, 1, 1).AddDays(birthDay)
            select (birth, birth.AddDays(offset));
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            (DateOnly birth, DateOnly on) = pair;
            if (birth > new DateOnly(2026, 1, 1))
            {
                return true.Classify(true, "birth after the fixed clock");
            }

            IdNumberResult result = IdNumber.Validate(
                Make("110105", birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)),
                IdNumberOptions.Default with { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) });

            // DateTime.AddYears maps 29 February to 28 February in a common year; the birthday rule moves it to 1 March.
            int expected = on.Year - birth.Year;
            DateTime anniversary = birth.ToDateTime(TimeOnly.MinValue).AddYears(expected);
            bool leapDay = birth.Month == 2 && birth.Day == 29 && !DateTime.IsLeapYear(on.Year);
            DateOnly birthday = leapDay ? new DateOnly(on.Year, 3, 1) : DateOnly.FromDateTime(anniversary);
            if (on < birthday)
            {
                expected--;
            }

            return (result.AgeOn(on) == expected)
                .Classify(leapDay, "born 29 February, common year")
                .Classify(on.Month == birth.Month && on.Day == birth.Day, "on the birthday");
        });
    }

    [Theory]
    [InlineData("911156", 156, "CN", "CHN", "China", "中国")]
    [InlineData("911840", 840, "US", "USA", "United States", "美国")]
    [InlineData("944410", 410, "KR", "KOR", "Korea, Republic of", "大韩民国")]
    [InlineData("931004", 4, "AF", "AFG", "Afghanistan", "阿富汗")]
    [InlineData("965894", 894, "ZM", "ZMB", "Zambia", "赞比亚")]
    public void Foreign_card_nationality_maps_to_ISO_3166(string first6, int code, string alpha2, string alpha3, string english, string chinese)
    {
        IdNumberResult result = IdNumber.Validate(Make(first6, "19900101"));
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal(code, result.NationalityCode);
        Assert.Equal(new IsoCountry(code, alpha2, alpha3, english, chinese), result.Nationality);
    }

    [Theory]
    [InlineData("911000")] // 000: no such code
    [InlineData("911999")] // 999: reserved, not assigned
    [InlineData("911200")] // 200: Czechoslovakia, withdrawn
    [InlineData("911891")] // 891: Serbia and Montenegro, withdrawn
    public void Unknown_nationality_codes_are_reported_as_unknown(string first6)
    {
        IdNumberResult result = IdNumber.Validate(Make(first6, "19900101"));
        Assert.True(result.IsValid);
        Assert.Equal(int.Parse(first6[3..], System.Globalization.CultureInfo.InvariantCulture), result.NationalityCode);
        Assert.Null(result.Nationality);
    }

    [Fact]
    public void Other_kinds_have_no_nationality()
    {
        Assert.Null(Born("19900101").Nationality);
        Assert.Null(IdNumber.Validate(Make("810000", "19900101")).Nationality);
        Assert.Null(default(IdNumberResult).Nationality);
    }

    [Fact]
    public void The_country_table_is_sorted_complete_and_well_formed()
    {
        ReadOnlySpan<IsoCountry> all = IsoCountries.All;
        Assert.Equal(IsoCountries.Count, all.Length);
        Assert.Equal(249, all.Length);
        Assert.StartsWith("iso-codes ", IsoCountries.Source, StringComparison.Ordinal);
        for (int i = 0; i < all.Length; i++)
        {
            IsoCountry c = all[i];
            Assert.True(i == 0 || all[i - 1].NumericCode < c.NumericCode);
            Assert.InRange(c.NumericCode, 1, 999);
            Assert.Matches("^[A-Z]{2}$", c.Alpha2);
            Assert.Matches("^[A-Z]{3}$", c.Alpha3);
            Assert.False(string.IsNullOrWhiteSpace(c.EnglishName));
            Assert.False(string.IsNullOrWhiteSpace(c.ChineseName));
            Assert.True(IsoCountries.TryGetByNumericCode(c.NumericCode, out IsoCountry found));
            Assert.Equal(c, found);
        }

        foreach (int code in new[] { int.MinValue, -1, 0, 1000, 32767, 32768 + 156, int.MaxValue })
        {
            Assert.False(IsoCountries.TryGetByNumericCode(code, out IsoCountry none));
            Assert.Equal(default, none);
        }
    }
}
