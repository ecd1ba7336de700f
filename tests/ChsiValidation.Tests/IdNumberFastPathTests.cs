using System.Runtime.Intrinsics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>
/// The allocation-free hot path of <see cref="IdNumber.IsValid(ReadOnlySpan{char})"/>: the SIMD and scalar kernels agree
/// with each other and with a plain computation, the DateTime-free date rule agrees with DateTime, and the cached
/// "today" of the system clock agrees with the clock. CI runs this suite a second time with DOTNET_EnableHWIntrinsic=0,
/// where <see cref="IdNumber.IsValid(ReadOnlySpan{char})"/> takes the scalar kernel.
/// </summary>
public class IdNumberFastPathTests
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Characters near the edges of the digit test: neighbours of '0'–'9', units whose low byte is a digit, X/x, full width.</summary>
    private static readonly char[] Awkward =
        ['/', ':', '\0', 'X', 'x', 'O', ' ', '\u0130', '\u0139', '\u3030', '\u8030', '\uFF10', '\uFF19', '\uFF38', '\uFFFF', '\u0660', '\uD800'];

    /// <summary>18-character strings: valid numbers with up to three characters replaced by digits or awkward characters.</summary>
    private static Gen<string> Mutated =>
        from number in IdNumberGenerators.Valid
        from count in Gen.Choose(0, 3)
        from positions in Gen.Choose(0, 17).ArrayOf(count)
        from replacements in Gen.OneOf(Gen.Elements(Awkward), Gen.Elements("0123456789".ToCharArray())).ArrayOf(count)
        select Replace(number, positions, replacements);

    /// <summary>The weighted sum, written apart from the library, or -1 when the input is not 17 ASCII digits and a digit or X.</summary>
    private static int Expected(string s)
    {
        if (s.Length != 18 || !s[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(s[17]) || s[17] == 'X'))
        {
            return -1;
        }

        return Enumerable.Range(0, 17).Sum(i => (s[i] - '0') * Weights[i]);
    }

    [Property(MaxTest = 3000)]
    public Property Vector_and_scalar_kernels_agree_with_a_plain_sum() =>
        Prop.ForAll(Mutated.ToArbitrary(), s =>
            IdNumber.CanonicalWeightedSumVector(s) == Expected(s)
            && IdNumber.CanonicalWeightedSumScalar(s) == Expected(s)
            && IdNumber.CanonicalWeightedSum(s) == Expected(s));

    [Property(MaxTest = 1000)]
    public Property Kernels_agree_on_any_18_characters() =>
        Prop.ForAll(Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf(18).Select(a => new string(a)).ToArbitrary(), s =>
            IdNumber.CanonicalWeightedSumVector(s) == Expected(s) && IdNumber.CanonicalWeightedSumScalar(s) == Expected(s));

    [Theory]
    [InlineData("")]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    public void Kernels_refuse_other_lengths(string s)
    {
        Assert.Equal(-1, IdNumber.CanonicalWeightedSumVector(s));
        Assert.Equal(-1, IdNumber.CanonicalWeightedSumScalar(s));
    }

    [Fact]
    public void Kernels_read_only_the_span_they_are_given()
    {
        // A slice of a longer buffer: the characters after it must not count.
        string buffer = "11010519491231002X" + new string('\uFFFF', 16);
        ReadOnlySpan<char> number = buffer.AsSpan(0, 18);
        Assert.Equal(Expected("11010519491231002X"), IdNumber.CanonicalWeightedSumVector(number));
        Assert.Equal(Expected("11010519491231002X"), IdNumber.CanonicalWeightedSumScalar(number));
    }

    [Property(MaxTest = 2000)]
    public Property IsValid_agrees_with_Validate_on_near_valid_18_character_input() =>
        Prop.ForAll(Mutated.ToArbitrary(), Gen.Elements(OptionSets).ToArbitrary(), (s, options) =>
            IdNumber.IsValid(s, options) == IdNumber.Validate(s, options).IsValid);

    [Property(MaxTest = 2000)]
    public Property IsValid_agrees_with_Validate_on_numbers_with_any_date_and_region() =>
        Prop.ForAll(AnyDigits.ToArbitrary(), Gen.Elements(OptionSets).ToArbitrary(), (s, options) =>
            IdNumber.IsValid(s, options) == IdNumber.Validate(s, options).IsValid);

    [Property(MaxTest = 2000)]
    public Property Date_rule_agrees_with_DateTime() =>
        Prop.ForAll(Gen.Choose(0, 9999).ToArbitrary(), Gen.Choose(-1, 14).ToArbitrary(), Gen.Choose(-1, 32).ToArbitrary(), (year, month, day) =>
            IdNumber.IsRealDate(year, month, day)
            == (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)));

    [Theory]
    [InlineData(2000, true)]
    [InlineData(1900, false)]
    [InlineData(2024, true)]
    [InlineData(2100, false)]
    [InlineData(2023, false)]
    public void Leap_years_follow_the_Gregorian_rule(int year, bool leap)
    {
        Assert.Equal(leap, IdNumber.IsLeapYear(year));
        Assert.Equal(leap, IdNumber.IsRealDate(year, 2, 29));
    }

    [Fact]
    public void Every_day_of_four_centuries_agrees_with_DateTime()
    {
        for (var date = new DateOnly(1899, 1, 1); date.Year < 2301; date = date.AddDays(1))
        {
            Assert.True(IdNumber.IsRealDate(date.Year, date.Month, date.Day));
            Assert.Equal(date.Day == DateTime.DaysInMonth(date.Year, date.Month), !IdNumber.IsRealDate(date.Year, date.Month, date.Day + 1));
        }
    }

    [Fact]
    public void System_clock_today_matches_the_clock()
    {
        int before = ChinaClock.TodayNumber(DateTime.UtcNow);
        int read = ChinaClock.ReadSystemToday();
        int after = ChinaClock.TodayNumber(DateTime.UtcNow);
        Assert.InRange(read, before, after);
        int viaProvider = ChinaClock.TodayNumber(TimeProvider.System);
        Assert.InRange(viaProvider, after, ChinaClock.TodayNumber(DateTime.UtcNow)); // a range: midnight in China may pass meanwhile
    }

    [Fact]
    public void System_clock_accepts_today_and_earlier_and_rejects_tomorrow()
    {
        // Twice each: the first call may read the clock, the second is answered from the latest day seen.
        for (int i = 0; i < 2; i++)
        {
            DateTime now = DateTime.UtcNow;
            int today = ChinaClock.TodayNumber(now);
            int tomorrow = ChinaClock.TodayNumber(now.AddDays(1));
            int yesterday = ChinaClock.TodayNumber(now.AddDays(-1));
            Assert.True(ChinaClock.IsOnOrBeforeToday(yesterday, TimeProvider.System));
            Assert.True(ChinaClock.IsOnOrBeforeToday(today, TimeProvider.System));
            Assert.True(ChinaClock.IsOnOrBeforeToday(19000101, TimeProvider.System));
            if (ChinaClock.TodayNumber(DateTime.UtcNow) == today)
            {
                // Not across midnight while this ran.
                Assert.False(ChinaClock.IsOnOrBeforeToday(tomorrow, TimeProvider.System));
                Assert.False(ChinaClock.IsOnOrBeforeToday(99991231, TimeProvider.System));
            }
        }
    }

    [Theory]
    [InlineData("2026-06-14T15:59:59.9999999Z", 20260614)]
    [InlineData("2026-06-14T16:00:00Z", 20260615)]
    [InlineData("2026-12-31T16:00:00Z", 20270101)]
    [InlineData("2024-02-28T16:00:00Z", 20240229)]
    public void Today_in_China_turns_at_16_00_UTC(string utc, int expected) =>
        Assert.Equal(expected, ChinaClock.TodayNumber(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime));

    [Fact]
    public void A_fake_clock_is_read_on_every_call_across_China_midnight()
    {
        // 2026-06-14 23:59:59 in China; someone born on the 15th is not born yet, one second later they are.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 14, 15, 59, 59, TimeSpan.Zero));
        var options = new IdNumberOptions { TimeProvider = clock };
        string first17 = "11010520260615123";
        string number = first17 + IdNumber.ComputeCheckCharacter(first17);
        Assert.False(IdNumber.IsValid(number, options));
        Assert.Equal(IdNumberError.BirthDateOutOfRange, IdNumber.Validate(number, options).Error);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(IdNumber.IsValid(number, options));
        Assert.True(IdNumber.Validate(number, options).IsValid);

        // And back (FakeTimeProvider cannot): a clock other than the system's is never cached, not even as the latest day seen.
        var settable = new SettableClock { UtcNow = new DateTimeOffset(2026, 6, 14, 16, 0, 0, TimeSpan.Zero) };
        var settableOptions = new IdNumberOptions { TimeProvider = settable };
        Assert.True(IdNumber.IsValid(number, settableOptions));
        settable.UtcNow = new DateTimeOffset(2026, 6, 14, 15, 59, 59, TimeSpan.Zero);
        Assert.False(IdNumber.IsValid(number, settableOptions));
        Assert.Equal(IdNumberError.BirthDateOutOfRange, IdNumber.Validate(number, settableOptions).Error);
    }

    [Fact]
    public void Earliest_birth_number_follows_the_option()
    {
        Assert.Equal(19000101, IdNumberOptions.Default.EarliestBirthNumber);
        IdNumberOptions options = IdNumberOptions.Default with { EarliestBirthDate = new DateOnly(1880, 1, 1) };
        Assert.Equal(18800101, options.EarliestBirthNumber);
        Assert.True(IdNumber.IsValid("440524188001010014", options));
        Assert.False(IdNumber.IsValid("440524188001010014"));
        Assert.Equal(IdNumberOptions.Default, IdNumberOptions.Default with { EarliestBirthDate = new DateOnly(1900, 1, 1) });
    }

    [Fact]
    public void Reports_which_kernel_this_run_uses()
    {
        // Not an assertion about the machine: the test name and output show in CI whether SIMD was on.
        Assert.Equal(
            Vector128.IsHardwareAccelerated ? IdNumber.CanonicalWeightedSumVector("11010519491231002X") : IdNumber.CanonicalWeightedSumScalar("11010519491231002X"),
            IdNumber.CanonicalWeightedSum("11010519491231002X"));
    }

    private static readonly IdNumberOptions[] OptionSets =
    [
        IdNumberOptions.Default,
        new() { RegionCheck = RegionCheck.None },
        new() { EarliestBirthDate = new DateOnly(1800, 1, 1) },
        new() { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2010, 3, 1, 0, 0, 0, TimeSpan.Zero)) },
    ];

    /// <summary>17 digits from everywhere (regions 00–99, 9xx foreign IDs, months 00–19, days 00–39) and their check character, sometimes broken.</summary>
    private static Gen<string> AnyDigits =>
        from region in Gen.Choose(0, 999999)
        from year in Gen.Choose(1790, 2040)
        from month in Gen.Choose(0, 19)
        from day in Gen.Choose(0, 39)
        from sequence in Gen.Choose(0, 999)
        from broken in Gen.Elements(false, false, false, true)
        let first17 = $"{region:D6}{year:D4}{month:D2}{day:D2}{sequence:D3}"
        let check = IdNumber.ComputeCheckCharacter(first17)
        select first17 + (broken ? (check == '0' ? '1' : '0') : check);

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset UtcNow { get; set; }

        public override DateTimeOffset GetUtcNow() => UtcNow;
    }

    private static string Replace(string number, int[] positions, char[] replacements)
    {
        char[] chars = number.ToCharArray();
        for (int i = 0; i < positions.Length && i < replacements.Length; i++)
        {
            chars[positions[i]] = replacements[i];
        }

        return new string(chars);
    }
}

public class ProvinceCodeSetTests
{
    [Fact]
    public void Province_code_bit_sets_match_the_ranges()
    {
        for (int code = -200; code < 300; code++)
        {
            bool expected = code is >= 11 and <= 15 or >= 21 and <= 23 or >= 31 and <= 37 or >= 41 and <= 46
                or >= 50 and <= 54 or >= 61 and <= 65 or 71 or 81 or 82;
            Assert.Equal(expected, AdministrativeDivision.IsProvinceCode(code));
        }

        Assert.False(AdministrativeDivision.IsProvinceCode(int.MinValue));
        Assert.False(AdministrativeDivision.IsProvinceCode(int.MaxValue));
    }
}
