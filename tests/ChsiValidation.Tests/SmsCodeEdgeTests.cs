using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>Exact results of the SMS code rules: one-sided trimming, the full-width range, the input bound, saturation near the end of time.</summary>
public class SmsCodeEdgeTests
{
    private static readonly DateTimeOffset Issued = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_default_result_is_not_valid()
    {
        Assert.False(default(SmsCodeResult).IsValid);
        Assert.False(new SmsCodeResult { Normalized = "123456", Error = SmsCodeError.InvalidLength }.IsValid);
        Assert.True(new SmsCodeResult { Normalized = "123456" }.IsValid);
    }

    [Theory]
    [InlineData(" 123456")]
    [InlineData("123456 ")]
    [InlineData("\u3000123456")]
    [InlineData("123456\u00A0")]
    [InlineData("  123456\u3000")]
    public void Spaces_on_either_side_are_trimmed_and_flagged(string input)
    {
        SmsCodeResult result = SmsCode.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal("123456", result.Normalized);
        Assert.Equal(SmsCodeChanges.WhitespaceTrimmed, result.Changes);
        Assert.True(result.WasNormalized);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(6, result.ExpectedLength);
        Assert.True(SmsCode.Matches(input, "123456"));
    }

    [Fact]
    public void Full_width_digits_fold_at_both_ends_of_their_range()
    {
        SmsCodeResult result = SmsCode.Validate("０１２３４９");
        Assert.True(result.IsValid);
        Assert.Equal("012349", result.Normalized);
        Assert.Equal(SmsCodeChanges.FullWidthFolded, result.Changes);

        SmsCodeResult mixed = SmsCode.Validate(" 12345９");
        Assert.Equal("123459", mixed.Normalized);
        Assert.Equal(SmsCodeChanges.FullWidthFolded | SmsCodeChanges.WhitespaceTrimmed, mixed.Changes);
    }

    [Theory]
    [InlineData("12345\uFF0F", 5)]
    [InlineData("12345\uFF1A", 5)]
    [InlineData("12345/", 5)]
    [InlineData("12345:", 5)]
    [InlineData("  12 34", 4)]
    [InlineData("  1a3456", 3)]
    [InlineData("\t123456", 0)]
    [InlineData("123456\n", 6)]
    public void Invalid_characters_are_reported_at_their_input_index(string input, int position)
    {
        SmsCodeResult result = SmsCode.Validate(input);
        Assert.Equal(SmsCodeError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
        Assert.False(result.IsValid);
        Assert.Equal(6, result.ExpectedLength);
    }

    [Fact]
    public void Input_of_exactly_32_characters_is_read_and_33_is_refused()
    {
        string thirtyTwo = new string(' ', 13) + "123456" + new string(' ', 13);
        Assert.Equal(32, thirtyTwo.Length);
        SmsCodeResult result = SmsCode.Validate(thirtyTwo);
        Assert.True(result.IsValid);
        Assert.Equal("123456", result.Normalized);

        SmsCodeResult refused = SmsCode.Validate(thirtyTwo + " ");
        Assert.Equal(SmsCodeError.InvalidLength, refused.Error);
        Assert.Null(refused.Normalized);
        Assert.Equal(SmsCodeChanges.None, refused.Changes);
        Assert.Equal(-1, refused.ErrorPosition);
        Assert.Equal(6, refused.ExpectedLength);

        Assert.Equal(SmsCodeError.InvalidLength, SmsCode.Validate(new string(' ', 33)).Error);
        Assert.Equal(SmsCodeError.Empty, SmsCode.Validate(new string(' ', 32)).Error);
    }

    [Theory]
    [InlineData(" 12345", 6, SmsCodeChanges.WhitespaceTrimmed)]
    [InlineData("１２３４５", 6, SmsCodeChanges.FullWidthFolded)]
    [InlineData("1234567", 6, SmsCodeChanges.None)]
    [InlineData("123", 4, SmsCodeChanges.None)]
    [InlineData("123456789", 8, SmsCodeChanges.None)]
    public void A_wrong_count_keeps_what_was_folded(string input, int length, SmsCodeChanges changes)
    {
        SmsCodeResult result = SmsCode.Validate(input, new SmsCodeOptions { Length = length });
        Assert.Equal(SmsCodeError.InvalidLength, result.Error);
        Assert.Equal(changes, result.Changes);
        Assert.Null(result.Normalized);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Equal(length, result.ExpectedLength);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_typed_is_Empty_with_the_expected_length(string? input)
    {
        SmsCodeResult result = SmsCode.Validate(input, new SmsCodeOptions { Length = 4 });
        Assert.Equal(SmsCodeError.Empty, result.Error);
        Assert.Equal(4, result.ExpectedLength);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void Canonical_input_is_the_same_string_and_lengths_4_and_8_are_accepted()
    {
        string code = "0123";
        SmsCodeResult four = SmsCode.Validate(code, new SmsCodeOptions { Length = SmsCode.MinLength });
        Assert.Same(code, four.Normalized);
        Assert.Equal(SmsCodeChanges.None, four.Changes);
        Assert.True(SmsCode.Validate("01234567", new SmsCodeOptions { Length = SmsCode.MaxLength }).IsValid);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmsCodeOptions { Length = 3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmsCodeOptions { Length = 9 });
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SmsCodeOptions { Length = 0 });
        Assert.Equal("length", ex.ParamName);
        Assert.Equal(0, ex.ActualValue);
        Assert.StartsWith("An SMS code has 4 to 8 digits.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_needs_a_valid_entry_and_a_sent_code_of_the_length()
    {
        Assert.True(SmsCode.Matches("１２３４５６", "123456"));
        Assert.True(SmsCode.Matches("1234", "1234", new SmsCodeOptions { Length = 4 }));
        Assert.False(SmsCode.Matches("123456", "123457"));
        Assert.False(SmsCode.Matches("123456", null));
        Assert.False(SmsCode.Matches("123456", "1234567"));
        Assert.False(SmsCode.Matches("12345", "12345"));
        Assert.False(SmsCode.Matches(null, "123456"));
        Assert.False(SmsCode.Matches("1234", "12345", new SmsCodeOptions { Length = 4 }));
    }

    [Fact]
    public void Expiry_saturates_at_the_end_of_time_whatever_the_offset()
    {
        // Local time one hour before the end, at UTC+8: adding two hours would overflow the local ticks.
        var east = new DateTimeOffset(DateTime.MaxValue.Ticks - TimeSpan.TicksPerHour, TimeSpan.FromHours(8));
        var eastValidity = new SmsCodeValidity(east, TimeSpan.FromHours(2));
        Assert.Equal(DateTimeOffset.MaxValue, eastValidity.ExpiresAt);
        Assert.Equal(SmsCodeError.None, eastValidity.Check(east));
        Assert.True(eastValidity.IsValidAt(east));

        // Local time ten hours before the end at UTC−8 is UTC two hours before it: the UTC ticks are the ones that overflow.
        var west = new DateTimeOffset(DateTime.MaxValue.Ticks - (10 * TimeSpan.TicksPerHour), TimeSpan.FromHours(-8));
        var westValidity = new SmsCodeValidity(west, TimeSpan.FromHours(3));
        Assert.Equal(DateTimeOffset.MaxValue, westValidity.ExpiresAt);
        Assert.Equal(SmsCodeError.None, westValidity.Check(west));

        // Exactly representable: no cap, the sum itself (local ticks end at the maximum, UTC eight hours before).
        var exact = new DateTimeOffset(DateTime.MaxValue.Ticks - (2 * TimeSpan.TicksPerHour), TimeSpan.FromHours(8));
        var exactValidity = new SmsCodeValidity(exact, TimeSpan.FromHours(2));
        Assert.Equal(exact.Add(TimeSpan.FromHours(2)).UtcTicks, exactValidity.ExpiresAt.UtcTicks);
        Assert.NotEqual(DateTimeOffset.MaxValue, exactValidity.ExpiresAt);
    }

    [Fact]
    public void The_skew_tolerance_saturates_near_the_end_of_time()
    {
        // now + tolerance would overflow: the issue time cannot lie beyond it.
        var now = new DateTimeOffset(DateTime.MaxValue.Ticks - TimeSpan.TicksPerMinute, TimeSpan.FromHours(8));
        var validity = new SmsCodeValidity(now.AddSeconds(30), TimeSpan.FromHours(1));
        Assert.Equal(SmsCodeError.None, validity.Check(now));
    }

    [Fact]
    public void Remaining_is_the_time_to_expiry_while_valid_and_zero_after()
    {
        var validity = new SmsCodeValidity(Issued);
        Assert.Equal(TimeSpan.FromHours(24), validity.Remaining(Issued));
        Assert.Equal(TimeSpan.FromHours(1), validity.Remaining(Issued.AddHours(23)));
        Assert.Equal(TimeSpan.FromTicks(1), validity.Remaining(Issued.AddHours(24).AddTicks(-1)));
        Assert.Equal(TimeSpan.Zero, validity.Remaining(Issued.AddHours(24)));
        Assert.Equal(TimeSpan.Zero, validity.Remaining(Issued.AddMinutes(-6)));
        Assert.Equal(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(5), validity.Remaining(Issued.AddMinutes(-5)));
        var clock = new FakeTimeProvider(Issued.AddHours(2));
        Assert.Equal(TimeSpan.FromHours(22), validity.Remaining(clock));
        Assert.True(validity.IsValid(clock));
        clock.Advance(TimeSpan.FromHours(22));
        Assert.False(validity.IsValid(clock));
        Assert.Equal(TimeSpan.Zero, validity.Remaining(clock));
        Assert.Equal(SmsCodeError.Expired, validity.Check(clock.GetUtcNow()));
    }

    [Fact]
    public void Lifetime_and_tolerance_at_their_smallest()
    {
        var tick = new SmsCodeValidity(Issued, TimeSpan.FromTicks(1), TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromTicks(1), tick.Lifetime);
        Assert.Equal(TimeSpan.Zero, tick.SkewTolerance);
        Assert.True(tick.IsValidAt(Issued));
        Assert.False(tick.IsValidAt(Issued.AddTicks(1)));
        Assert.Equal(SmsCodeError.IssuedInFuture, tick.Check(Issued.AddTicks(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmsCodeValidity(Issued, TimeSpan.FromTicks(-1)));
        Assert.Equal(SmsCodeError.Expired, default(SmsCodeValidity).Check(Issued));
        Assert.Equal(TimeSpan.Zero, default(SmsCodeValidity).Remaining(Issued));
    }

    [Fact]
    public void LatestUsable_prefers_the_later_issue_time_in_any_order()
    {
        DateTimeOffset now = Issued.AddHours(1);
        ReceivedSmsCode[] newestFirst = [new("222222", Issued.AddMinutes(30)), new("111111", Issued)];
        ReceivedSmsCode[] newestLast = [new("111111", Issued), new("222222", Issued.AddMinutes(30))];
        Assert.Equal("222222", SmsCode.LatestUsable(newestFirst, now)?.Code);
        Assert.Equal("222222", SmsCode.LatestUsable(newestLast, now)?.Code);

        // A custom lifetime and tolerance are used for every code.
        Assert.Equal("111111", SmsCode.LatestUsable(newestFirst, Issued.AddMinutes(10), skewTolerance: TimeSpan.Zero)?.Code);
        Assert.Null(SmsCode.LatestUsable(newestFirst, now, lifetime: TimeSpan.FromMinutes(20)));
        Assert.Equal("222222", SmsCode.LatestUsable(newestFirst, now, lifetime: TimeSpan.FromMinutes(31))?.Code);
        Assert.Equal("222222", SmsCode.LatestUsable(newestFirst, new FakeTimeProvider(now))?.Code);
        Assert.Null(SmsCode.LatestUsable(newestFirst, new FakeTimeProvider(now), TimeSpan.FromMinutes(20)));
        Assert.Equal(new ReceivedSmsCode("222222", Issued.AddMinutes(30)), SmsCode.LatestUsable(newestFirst, (TimeProvider?)null, TimeSpan.FromDays(36500)));
    }
}
