namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    private static readonly IEqualityComparer<ReceivedSmsCode?> ReceivedSmsCodeComparer = new ReceivedSmsCodeEquality();

    /// <summary>
    /// SmsCode.Validate (lengths 4–8) and Matches; SmsCodeValidity and SmsCode.LatestUsable with instants, lifetimes and skews
    /// read from the input's UTF-16 units.
    /// </summary>
    internal static void SmsCodeTarget(string? input)
    {
        for (int length = SmsCode.MinLength; length <= SmsCode.MaxLength; length++)
        {
            int expected = length;
            SmsCodeResult r = Check.Deterministic(() => SmsCode.Validate(input, new SmsCodeOptions { Length = expected }));
            CheckSmsCodeResult(input, expected, r);
        }

        var bits = new InputBits(input);
        CheckSmsCodeValidity(ref bits);
        CheckLatestUsable(input, ref bits);
    }

    private static void CheckSmsCodeResult(string? input, int length, SmsCodeResult r)
    {
        Check.That(r.IsValid == (r.Error == SmsCodeError.None));
        Check.That(r.Error is SmsCodeError.None or SmsCodeError.Empty or SmsCodeError.InvalidCharacter or SmsCodeError.InvalidLength);
        Check.That(r.ExpectedLength == length);
        Check.That(r.Error == SmsCodeError.InvalidCharacter
            ? input is not null && r.ErrorPosition >= 0 && r.ErrorPosition < input.Length && !char.IsAsciiDigit(input[r.ErrorPosition])
            : r.ErrorPosition == -1);
        Check.That((r.Normalized is not null) == r.IsValid);
        Check.Same(r.IsValid, SmsCode.Matches(input, r.Normalized ?? new string('0', length), new SmsCodeOptions { Length = length }));
        if (r.Normalized is not { } normalized)
        {
            return;
        }

        Check.That(normalized.Length == length && !normalized.AsSpan().ContainsAnyExceptInRange('0', '9'));
        Check.That(r.WasNormalized == !ReferenceEquals(normalized, input));
        SmsCodeResult again = SmsCode.Validate(normalized, new SmsCodeOptions { Length = length });
        Check.Same(r with { Changes = SmsCodeChanges.None }, again);
        Check.That(ReferenceEquals(again.Normalized, normalized));

        // Another code of the same length does not match.
        string other = string.Create(length, normalized, (span, n) =>
        {
            n.AsSpan().CopyTo(span);
            span[^1] = span[^1] == '9' ? '0' : (char)(span[^1] + 1);
        });
        Check.That(!SmsCode.Matches(input, other, new SmsCodeOptions { Length = length }));
    }

    private static void CheckSmsCodeValidity(ref InputBits bits)
    {
        DateTimeOffset issued = bits.NextInstant();
        DateTimeOffset now = bits.NextInstant();
        TimeSpan? lifetime = bits.NextBool() ? null : TimeSpan.FromTicks(1 + (long)(bits.NextUInt64() % (ulong)TimeSpan.MaxValue.Ticks));
        TimeSpan? skew = bits.NextBool() ? null : TimeSpan.FromTicks((long)(bits.NextUInt64() % ((ulong)TimeSpan.MaxValue.Ticks + 1)));
        var validity = new SmsCodeValidity(issued, lifetime, skew);
        Check.Same(lifetime ?? SmsCodeValidity.DefaultLifetime, validity.Lifetime);
        Check.Same(skew ?? SmsCodeValidity.DefaultSkewTolerance, validity.SkewTolerance);
        Check.That(validity.ExpiresAt > validity.IssuedAt || validity.IssuedAt.UtcTicks == DateTimeOffset.MaxValue.UtcTicks
            || validity.ExpiresAt == DateTimeOffset.MaxValue);

        foreach (DateTimeOffset at in (DateTimeOffset[])[now, issued, validity.ExpiresAt, DateTimeOffset.MinValue, DateTimeOffset.MaxValue])
        {
            SmsCodeError error = Check.Deterministic(() => validity.Check(at));
            Check.That(error is SmsCodeError.None or SmsCodeError.Expired or SmsCodeError.IssuedInFuture);
            Check.Same(error == SmsCodeError.None, validity.IsValidAt(at));
            Check.Same(error == SmsCodeError.None, validity.IsValid(new FixedTime(at)));
            TimeSpan remaining = validity.Remaining(at);
            Check.Same(remaining, validity.Remaining(new FixedTime(at)));
            Check.That(error == SmsCodeError.None
                ? remaining > TimeSpan.Zero && (Int128)remaining.Ticks <= (Int128)validity.Lifetime.Ticks + validity.SkewTolerance.Ticks
                : remaining == TimeSpan.Zero);
            Check.That(error != SmsCodeError.IssuedInFuture || at < validity.IssuedAt);
        }

        // Valid from the moment of issue until (not including) the expiry; never valid for a default instance.
        Check.Same(validity.IssuedAt < validity.ExpiresAt, validity.IsValidAt(validity.IssuedAt));
        Check.That(!validity.IsValidAt(validity.ExpiresAt));
        Check.Same(SmsCodeError.Expired, default(SmsCodeValidity).Check(now));
    }

    private static void CheckLatestUsable(string? input, ref InputBits bits)
    {
        DateTimeOffset now = bits.NextInstant();
        TimeSpan? lifetime = bits.NextBool() ? null : TimeSpan.FromTicks(1 + (bits.NextUInt64() % 2 == 0 ? bits.Next() % 1_000_000_000_000L : (long)(bits.NextUInt64() % (ulong)TimeSpan.MaxValue.Ticks)));
        var received = new List<ReceivedSmsCode>();
        string[] codes = input?.Split('|') ?? [];
        for (int i = 0; i < codes.Length && i < 16; i++)
        {
            // Codes issued around "now" (minutes apart) or anywhere in time; an empty part is a code never received.
            DateTimeOffset issued = bits.NextBool()
                ? Clamp(now.UtcTicks + (bits.Next() % 2_000_000_000_000L) - 1_000_000_000_000L)
                : bits.NextInstant();
            received.Add(new ReceivedSmsCode(codes[i].Length == 0 ? null : codes[i], issued));
        }

        ReceivedSmsCode? latest = Check.Deterministic(() => SmsCode.LatestUsable(received, now, lifetime), ReceivedSmsCodeComparer);
        Check.That(ReceivedSmsCodeComparer.Equals(latest, SmsCode.LatestUsable(received, new FixedTime(now), lifetime)));
        foreach (ReceivedSmsCode code in received)
        {
            bool usable = code.Code is not null && new SmsCodeValidity(code.IssuedAt, lifetime).IsValidAt(now);
            Check.That(!usable || (latest is { } l && l.IssuedAt >= code.IssuedAt));
        }

        if (latest is { } chosen)
        {
            Check.That(received.Contains(chosen) && chosen.Code is not null && new SmsCodeValidity(chosen.IssuedAt, lifetime).IsValidAt(now));
        }
    }

    private static DateTimeOffset Clamp(long utcTicks) =>
        new(Math.Clamp(utcTicks, DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);

    /// <summary>Numbers read from the input's UTF-16 units, four to a 64-bit value, cycling; zeros once the input is used up.</summary>
    private struct InputBits(string? input)
    {
        private int _next;

        public ulong NextUInt64()
        {
            ulong value = 0;
            for (int k = 0; k < 4; k++)
            {
                value = (value << 16) | (input is { Length: > 0 } && _next < input.Length * 4 ? input[_next % input.Length] : 0u);
                _next++;
            }

            return value;
        }

        public long Next() => (long)(NextUInt64() & long.MaxValue);

        public bool NextBool() => (NextUInt64() & 1) == 0;

        /// <summary>Any instant with any offset a DateTimeOffset can hold (±14 h, whole minutes).</summary>
        public DateTimeOffset NextInstant()
        {
            long utc = (long)(NextUInt64() % ((ulong)DateTimeOffset.MaxValue.UtcTicks + 1));
            TimeSpan offset = TimeSpan.FromMinutes((long)(NextUInt64() % (28 * 60 + 1)) - (14 * 60));
            long local = utc + offset.Ticks;
            return local < 0 || local > DateTimeOffset.MaxValue.UtcTicks
                ? new DateTimeOffset(utc, TimeSpan.Zero)
                : new DateTimeOffset(local, offset);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class ReceivedSmsCodeEquality : IEqualityComparer<ReceivedSmsCode?>
    {
        // Same code and the same instant written the same way (offset included): the very element of the list.
        public bool Equals(ReceivedSmsCode? x, ReceivedSmsCode? y) =>
            x.HasValue == y.HasValue && (!x.HasValue || (x.Value.Code == y!.Value.Code
                && x.Value.IssuedAt.EqualsExact(y.Value.IssuedAt)));

        public int GetHashCode(ReceivedSmsCode? obj) => obj?.Code?.Length ?? 0;
    }
}
