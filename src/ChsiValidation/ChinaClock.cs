namespace ChsiValidation;

/// <summary>"Today" as China counts it: China Standard Time is UTC+8 all year (no daylight saving since 1991).</summary>
internal static class ChinaClock
{
    internal static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today's date in China from <paramref name="clock"/>, as the number yyyyMMdd.</summary>
    internal static int TodayNumber(TimeProvider clock)
    {
        DateTime local = clock.GetUtcNow().UtcDateTime + Offset;
        return (local.Year * 100 + local.Month) * 100 + local.Day;
    }

    /// <summary>Today's date in China from <paramref name="clock"/>.</summary>
    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + Offset);
}
