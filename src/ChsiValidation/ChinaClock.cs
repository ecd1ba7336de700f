using System.Runtime.CompilerServices;

namespace ChsiValidation;

/// <summary>"Today" as China counts it: China Standard Time is UTC+8 all year (no daylight saving since 1991).</summary>
internal static class ChinaClock
{
    internal static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    // The latest China date (yyyyMMdd) read from TimeProvider.System in this process; 0 before the first read.
    private static int latestSystemToday;

    /// <summary>Today's date in China from <paramref name="clock"/>, as the number yyyyMMdd. Reads the clock.</summary>
    internal static int TodayNumber(TimeProvider clock) => TodayNumber(clock.GetUtcNow().UtcDateTime);

    /// <summary>Today's date in China from <paramref name="clock"/>. Reads the clock.</summary>
    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + Offset);

    /// <summary>The yyyyMMdd number of the China date at <paramref name="utc"/>.</summary>
    internal static int TodayNumber(DateTime utc)
    {
        (int year, int month, int day) = utc + Offset;
        return (year * 100 + month) * 100 + day;
    }

    /// <summary>Whether the China date <paramref name="date"/> (yyyyMMdd) is not after today by <paramref name="clock"/>.</summary>
    /// <remarks>
    /// Any clock other than <see cref="TimeProvider.System"/> (a test's FakeTimeProvider) is read on every call. Reading
    /// the system clock costs more than the whole ID check (about 35 ns through clock_gettime on a virtual machine, 5 ns
    /// even for the coarse monotonic clock), so for it a date on or before the latest day already read is answered
    /// without a read: days only move forward. A later date (today's births, or the first call after midnight) reads
    /// the clock, so China midnight is exact. The one difference from reading every time: if the wall clock is set
    /// back across midnight, dates up to the latest day seen stay accepted until the process restarts.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsOnOrBeforeToday(int date, TimeProvider clock)
    {
        if (ReferenceEquals(clock, TimeProvider.System))
        {
            return date <= Volatile.Read(ref latestSystemToday) || date <= ReadSystemToday();
        }

        return date <= TodayNumber(clock);
    }

    /// <summary>Reads the system clock and raises <see cref="latestSystemToday"/> to its date; returns that date.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int ReadSystemToday()
    {
        int today = TodayNumber(DateTime.UtcNow);
        int seen = Volatile.Read(ref latestSystemToday);
        while (today > seen)
        {
            int previous = Interlocked.CompareExchange(ref latestSystemToday, today, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }

        return today;
    }
}
