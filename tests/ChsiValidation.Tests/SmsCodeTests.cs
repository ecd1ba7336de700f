using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

public class SmsCodeTests
{
    private static readonly DateTimeOffset Issued = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("012345", 6)]
    [InlineData("0000", 4)]
    [InlineData("12345678", 8)]
    public void Digit_strings_of_the_expected_length_are_valid_and_keep_leading_zeros(string code, int length)
    {
        SmsCodeResult result = SmsCode.Validate(code, new SmsCodeOptions { Length = length });
        Assert.True(result.IsValid);
        Assert.Same(code, result.Normalized);
        Assert.Equal(length, result.ExpectedLength);
        Assert.False(result.WasNormalized);
    }

    [Fact]
    public void Full_width_digits_and_surrounding_spaces_are_folded_with_flags()
    {
        SmsCodeResult result = SmsCode.Validate("\u3000０１２３４５ ");
        Assert.True(result.IsValid);
        Assert.Equal("012345", result.Normalized);
        Assert.Equal(SmsCodeChanges.FullWidthFolded | SmsCodeChanges.WhitespaceTrimmed, result.Changes);
        Assert.True(SmsCode.IsValid("\u3000０１２３４５ "));
    }

    [Theory]
    [InlineData(null, SmsCodeError.Empty, -1)]
    [InlineData("", SmsCodeError.Empty, -1)]
    [InlineData("  ", SmsCodeError.Empty, -1)]
    [InlineData("\u3000\u00A0", SmsCodeError.Empty, -1)]
    [InlineData("\t", SmsCodeError.InvalidCharacter, 0)] // only typed spaces make an input empty
    [InlineData(" \r\n", SmsCodeError.InvalidCharacter, 1)]
    [InlineData("12345", SmsCodeError.InvalidLength, -1)]
    [InlineData("1234567", SmsCodeError.InvalidLength, -1)]
    [InlineData("123 456", SmsCodeError.InvalidCharacter, 3)]
    [InlineData("12345O", SmsCodeError.InvalidCharacter, 5)]
    [InlineData("١٢٣٤٥٦", SmsCodeError.InvalidCharacter, 0)]
    [InlineData("123456\u200B", SmsCodeError.InvalidCharacter, 6)]
    [InlineData("-12345", SmsCodeError.InvalidCharacter, 0)]
    public void Rejections_have_precise_reasons(string? code, SmsCodeError error, int position)
    {
        SmsCodeResult result = SmsCode.Validate(code);
        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
        Assert.False(SmsCode.IsValid(code));
    }

    [Fact]
    public void Lone_surrogates_are_invalid_characters()
    {
        // Built in code: attribute arguments cannot carry ill-formed UTF-16.
        Assert.Equal(0, SmsCode.Validate(new string(['\uD800', '1', '2', '3', '4', '5', '6'])).ErrorPosition);
        Assert.Equal(6, SmsCode.Validate(new string(['1', '2', '3', '4', '5', '6', '\uDC00'])).ErrorPosition);
    }

    [Fact]
    public void Huge_input_is_refused_unread() =>
        Assert.Equal(SmsCodeError.InvalidLength, SmsCode.Validate(new string('1', 1_000_000)).Error);

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(0)]
    [InlineData(-6)]
    [InlineData(int.MinValue)]
    public void Length_outside_4_to_8_is_a_programmer_error(int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>("length", () => new SmsCodeOptions { Length = length });
    }

    [Fact]
    public void Matches_compares_as_strings()
    {
        Assert.True(SmsCode.Matches("012345", "012345"));
        Assert.True(SmsCode.Matches("０１２３４５", "012345"));
        Assert.False(SmsCode.Matches("12345", "012345")); // not as numbers
        Assert.False(SmsCode.Matches("012346", "012345"));
        Assert.False(SmsCode.Matches(null, "012345"));
        Assert.False(SmsCode.Matches("012345", null));
        Assert.False(SmsCode.Matches("0123", "0123")); // wrong length for the default 6
        Assert.True(SmsCode.Matches("0123", "0123", new SmsCodeOptions { Length = 4 }));
    }

    [Fact]
    public void Validity_defaults_to_24_hours_and_5_minutes()
    {
        var validity = new SmsCodeValidity(Issued);
        Assert.Equal(TimeSpan.FromHours(24), validity.Lifetime);
        Assert.Equal(TimeSpan.FromMinutes(5), validity.SkewTolerance);
        Assert.Equal(Issued.AddHours(24), validity.ExpiresAt);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)] // the end is exclusive
    [InlineData(1, false)]
    public void Expiry_boundary_to_the_tick(long ticksFromExpiry, bool valid)
    {
        var validity = new SmsCodeValidity(Issued);
        var clock = new FakeTimeProvider(validity.ExpiresAt.AddTicks(ticksFromExpiry));
        Assert.Equal(valid, validity.IsValid(clock));
        Assert.Equal(valid, validity.IsValidAt(clock.GetUtcNow()));
        Assert.Equal(valid ? SmsCodeError.None : SmsCodeError.Expired, validity.Check(clock.GetUtcNow()));
        Assert.Equal(valid ? TimeSpan.FromTicks(1) : TimeSpan.Zero, validity.Remaining(clock));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)] // exactly the tolerance ahead is still fine
    [InlineData(1, false)]
    public void Issue_time_ahead_of_now_boundary_to_the_tick(long ticksBeyondTolerance, bool valid)
    {
        var validity = new SmsCodeValidity(Issued);
        // now = issuedAt − tolerance − ticks: the issue time lies tolerance + ticks ahead of now.
        var clock = new FakeTimeProvider(Issued - validity.SkewTolerance - TimeSpan.FromTicks(ticksBeyondTolerance));
        Assert.Equal(valid, validity.IsValid(clock));
        Assert.Equal(valid ? SmsCodeError.None : SmsCodeError.IssuedInFuture, validity.Check(clock.GetUtcNow()));
        Assert.Equal(valid ? validity.ExpiresAt - clock.GetUtcNow() : TimeSpan.Zero, validity.Remaining(clock));
    }

    [Fact]
    public void Valid_from_issue_time_and_tracking_the_clock()
    {
        var clock = new FakeTimeProvider(Issued);
        var validity = new SmsCodeValidity(Issued);
        Assert.True(validity.IsValid(clock));
        Assert.Equal(TimeSpan.FromHours(24), validity.Remaining(clock));
        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(TimeSpan.FromHours(1), validity.Remaining(clock));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.False(validity.IsValid(clock));
    }

    [Fact]
    public void Offsets_do_not_matter_only_instants()
    {
        var validity = new SmsCodeValidity(Issued.ToOffset(TimeSpan.FromHours(8)), TimeSpan.FromMinutes(10));
        Assert.True(validity.IsValidAt(Issued.AddMinutes(9)));
        Assert.False(validity.IsValidAt(Issued.ToOffset(TimeSpan.FromHours(-5)).AddMinutes(10)));
    }

    [Fact]
    public void Custom_lifetime_and_tolerance_and_programmer_errors()
    {
        var validity = new SmsCodeValidity(Issued, TimeSpan.FromMinutes(5), TimeSpan.Zero);
        Assert.True(validity.IsValidAt(Issued));
        Assert.False(validity.IsValidAt(Issued.AddTicks(-1)));
        Assert.False(validity.IsValidAt(Issued.AddMinutes(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmsCodeValidity(Issued, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmsCodeValidity(Issued, skewTolerance: TimeSpan.FromTicks(-1)));
    }

    [Fact]
    public void Extreme_times_do_not_throw()
    {
        var late = new SmsCodeValidity(DateTimeOffset.MaxValue.AddHours(-1));
        Assert.Equal(DateTimeOffset.MaxValue, late.ExpiresAt);
        Assert.False(late.IsValidAt(DateTimeOffset.MinValue));
        var lateLocal = new SmsCodeValidity(new DateTimeOffset(DateTime.MaxValue.AddHours(-9), TimeSpan.FromHours(8)));
        Assert.Equal(DateTimeOffset.MaxValue, lateLocal.ExpiresAt);
        Assert.True(lateLocal.IsValidAt(lateLocal.IssuedAt));
        Assert.False(default(SmsCodeValidity).IsValidAt(DateTimeOffset.MinValue));
    }

    [Fact]
    public void LatestUsable_picks_the_newest_code_still_within_24_hours()
    {
        // FAQ item 4: sending is rate-limited, but a code received within 24 hours is still usable.
        var clock = new FakeTimeProvider(Issued.AddHours(30));
        ReceivedSmsCode[] received =
        [
            new("111111", Issued),                      // 30 h old: expired
            new("333333", Issued.AddHours(20)),         // 10 h old: usable, newest
            new("222222", Issued.AddHours(7)),          // 23 h old: usable
            new(null, Issued.AddHours(29)),             // nothing received
            new("999999", Issued.AddHours(31)),         // one hour in the future: beyond the tolerance
        ];
        Assert.Equal("333333", SmsCode.LatestUsable(received, clock)?.Code);
        clock.Advance(TimeSpan.FromHours(26)); // 56 h: all expired, also the one issued at 31 h
        Assert.Null(SmsCode.LatestUsable(received, clock));
        Assert.Null(SmsCode.LatestUsable([], Issued));
        Assert.Equal("b", SmsCode.LatestUsable([new("a", Issued), new("b", Issued)], Issued)?.Code);
        Assert.Throws<ArgumentNullException>(() => SmsCode.LatestUsable(null!, Issued));
    }

    [Fact]
    public void LatestUsable_at_the_expiry_boundary()
    {
        ReceivedSmsCode[] received = [new("123456", Issued)];
        var clock = new FakeTimeProvider(Issued.AddHours(24).AddTicks(-1));
        Assert.NotNull(SmsCode.LatestUsable(received, clock));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(SmsCode.LatestUsable(received, clock));
    }
}
