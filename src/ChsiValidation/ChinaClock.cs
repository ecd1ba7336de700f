using System.Runtime.CompilerServices;

namespace ChsiValidation;

/// <summary>"Today" as China counts it: China Standard Time is UTC+8 all year (no daylight saving since 1991).</summary>
internal static class ChinaClock
{
    internal static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    // How long a cached "today" of the system clock may be served, in monotonic milliseconds. Bounds how late a step of
    // the wall clock (an administrator, an NTP step) is noticed; midnight itself is never served late (see Refresh).
    internal const long MaxCacheAgeMilliseconds = 1000;

    // Stop serving the cache this long before China midnight. Must exceed the resolution of Environment.TickCount64
    // (a jiffy on Linux, 15.6 ms on Windows) plus the drift between the monotonic and the wall clock over one cache
    // lifetime (at most 0.5 ms per second under NTP slewing).
    internal const long MidnightMarginMilliseconds = 100;

    // The system clock's cached "today", packed into one long so that it is read and written atomically without
    // allocating: bits 0–26 the yyyyMMdd number (99991231 < 2^27), bits 27–62 the monotonic tick in 8 ms units
    // (rounded down, so never late) before which it may be served. 0 means empty: no tick is below 0.
    private const int NumberBits = 27;
    private const int TickShift = 3;
    private static long cache;

    /// <summary>Today's date in China from <paramref name="clock"/>, as the number yyyyMMdd.</summary>
    /// <remarks>
    /// Any clock other than <see cref="TimeProvider.System"/> (a test's FakeTimeProvider) is read on every call. For the
    /// system clock, reading the wall clock costs more than the whole ID check (about 35 ns through clock_gettime on a
    /// virtual machine), so its answer is cached and the cache is checked against the cheap monotonic
    /// <see cref="Environment.TickCount64"/>: it expires before China midnight and at the latest after
    /// <see cref="MaxCacheAgeMilliseconds"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int TodayNumber(TimeProvider clock)
    {
        if (ReferenceEquals(clock, TimeProvider.System))
        {
            long today = Volatile.Read(ref cache);
            if (Environment.TickCount64 >> TickShift < today >>> NumberBits)
            {
                return (int)(today & ((1L << NumberBits) - 1));
            }

            return Refresh();
        }

        return TodayNumber(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Today's date in China from <paramref name="clock"/>.</summary>
    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + Offset);

    /// <summary>The yyyyMMdd number of the China date at <paramref name="utc"/>.</summary>
    internal static int TodayNumber(DateTime utc)
    {
        (int year, int month, int day) = utc + Offset;
        return (year * 100 + month) * 100 + day;
    }

    /// <summary>
    /// How long the system clock's "today" read at <paramref name="utc"/> may be cached, in milliseconds: until
    /// <see cref="MidnightMarginMilliseconds"/> before the next China midnight, at most <see cref="MaxCacheAgeMilliseconds"/>;
    /// 0 (do not cache) inside the margin.
    /// </summary>
    internal static long CacheLifetimeMilliseconds(DateTime utc)
    {
        long ticksIntoDay = (utc + Offset).Ticks % TimeSpan.TicksPerDay;
        long untilMidnight = (TimeSpan.TicksPerDay - ticksIntoDay) / TimeSpan.TicksPerMillisecond;
        return Math.Clamp(untilMidnight - MidnightMarginMilliseconds, 0, MaxCacheAgeMilliseconds);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Refresh()
    {
        // Monotonic tick first: the cache then expires no later than computed from the wall-clock reading.
        long tick = Environment.TickCount64;
        DateTime utc = DateTime.UtcNow;
        int number = TodayNumber(utc);
        long lifetime = CacheLifetimeMilliseconds(utc);
        long expires = (tick + lifetime) >> TickShift;

        // An uptime beyond 2^36 × 8 ms (17 years) would not fit: then the clock is simply read every time.
        Volatile.Write(ref cache, lifetime > 0 && expires < 1L << (63 - NumberBits) ? expires << NumberBits | (uint)number : 0);
        return number;
    }
}
