namespace ChsiValidation;

/// <summary>
/// How long an SMS code stays usable: from its issue time for <see cref="Lifetime"/> (24 hours by default: CHSI FAQ
/// item 4, "已获取成功的短信验证码有效期24小时"), the end exclusive. An issue time ahead of now by more than
/// <see cref="SkewTolerance"/> (default 5 minutes) makes the code invalid: the server's clock or the stored time is wrong.
/// </summary>
/// <remarks>
/// The issue time must come from the server that sent the code, and "now" from a <see cref="TimeProvider"/>, never
/// from the client. Valid at <c>now</c> exactly when <c>IssuedAt − SkewTolerance ≤ now &lt; ExpiresAt</c>.
/// </remarks>
public readonly record struct SmsCodeValidity
{
    /// <summary>The default lifetime: 24 hours.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    /// <summary>The default tolerance for an issue time ahead of now: 5 minutes.</summary>
    public static readonly TimeSpan DefaultSkewTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Creates the validity window of a code.</summary>
    /// <param name="issuedAt">When the server issued the code.</param>
    /// <param name="lifetime">How long it stays valid; <see langword="null"/> means <see cref="DefaultLifetime"/>.</param>
    /// <param name="skewTolerance">How far <paramref name="issuedAt"/> may lie ahead of now; <see langword="null"/> means <see cref="DefaultSkewTolerance"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lifetime"/> is not positive or <paramref name="skewTolerance"/> is negative.</exception>
    public SmsCodeValidity(DateTimeOffset issuedAt, TimeSpan? lifetime = null, TimeSpan? skewTolerance = null)
    {
        TimeSpan life = lifetime ?? DefaultLifetime;
        TimeSpan skew = skewTolerance ?? DefaultSkewTolerance;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(life, TimeSpan.Zero, nameof(lifetime));
        ArgumentOutOfRangeException.ThrowIfLessThan(skew, TimeSpan.Zero, nameof(skewTolerance));
        IssuedAt = issuedAt;
        Lifetime = life;
        SkewTolerance = skew;
    }

    /// <summary>When the server issued the code.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>How long the code stays valid.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>How far the issue time may lie ahead of now before the code counts as issued in the future.</summary>
    public TimeSpan SkewTolerance { get; }

    /// <summary>The first instant at which the code is no longer valid: <see cref="IssuedAt"/> + <see cref="Lifetime"/> (capped at <see cref="DateTimeOffset.MaxValue"/>).</summary>
    public DateTimeOffset ExpiresAt => Add(IssuedAt, Lifetime);

    /// <summary>Why the code is not valid at <paramref name="now"/>: <see cref="SmsCodeError.None"/>, <see cref="SmsCodeError.Expired"/> or <see cref="SmsCodeError.IssuedInFuture"/>.</summary>
    public SmsCodeError Check(DateTimeOffset now)
    {
        if (Lifetime <= TimeSpan.Zero)
        {
            // A default instance was never given a lifetime.
            return SmsCodeError.Expired;
        }

        if (IssuedAt > Add(now, SkewTolerance))
        {
            return SmsCodeError.IssuedInFuture;
        }

        return now < ExpiresAt ? SmsCodeError.None : SmsCodeError.Expired;
    }

    /// <summary><see langword="true"/> when the code is valid at <paramref name="now"/>: not issued in the future beyond the tolerance, and now &lt; <see cref="ExpiresAt"/>.</summary>
    public bool IsValidAt(DateTimeOffset now) => Check(now) == SmsCodeError.None;

    /// <summary><see cref="IsValidAt(DateTimeOffset)"/> at the current time of <paramref name="timeProvider"/> (<see langword="null"/>: <see cref="TimeProvider.System"/>).</summary>
    public bool IsValid(TimeProvider? timeProvider = null) => IsValidAt((timeProvider ?? TimeProvider.System).GetUtcNow());

    /// <summary>
    /// The time left at <paramref name="now"/>: <see cref="ExpiresAt"/> − now while valid, otherwise zero. For an issue
    /// time slightly ahead of now (within the tolerance) this exceeds <see cref="Lifetime"/> by that much.
    /// </summary>
    public TimeSpan Remaining(DateTimeOffset now) => IsValidAt(now) ? ExpiresAt - now : TimeSpan.Zero;

    /// <summary><see cref="Remaining(DateTimeOffset)"/> at the current time of <paramref name="timeProvider"/> (<see langword="null"/>: <see cref="TimeProvider.System"/>).</summary>
    public TimeSpan Remaining(TimeProvider? timeProvider) => Remaining((timeProvider ?? TimeProvider.System).GetUtcNow());

    // Saturating addition: an issue time near DateTimeOffset.MaxValue must not throw.
    private static DateTimeOffset Add(DateTimeOffset time, TimeSpan span) =>
        DateTimeOffset.MaxValue.Ticks - Math.Max(time.Ticks, time.UtcTicks) < span.Ticks ? DateTimeOffset.MaxValue : time + span;
}
