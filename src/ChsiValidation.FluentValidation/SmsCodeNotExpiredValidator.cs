using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks, on the code property, that the SMS code is still within its lifetime (<see cref="SmsCodeValidity"/>: 24 hours
/// by default, CHSI FAQ item 4), reading the server's issue time from the validated object. Error codes
/// <c>ChsiSmsCode.NotRequested</c> (no issue time), <c>ChsiSmsCode.Expired</c>, <c>ChsiSmsCode.IssuedInFuture</c>; the
/// failure's <c>CustomState</c> is the <see cref="SmsCodeValidity"/> (or <see langword="null"/> when not requested).
/// A <see langword="null"/> code passes (pair with <c>NotEmpty()</c>).
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class SmsCodeNotExpiredValidator<T> : PropertyValidator<T, string?>
{
    private readonly Func<T, DateTimeOffset?> _issuedAt;

    /// <summary>Creates the validator.</summary>
    /// <param name="issuedAt">Reads the time the server issued the code from the validated object.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means <see cref="TimeProvider.System"/>.</param>
    /// <param name="lifetime">How long a code stays valid; <see langword="null"/> means 24 hours.</param>
    /// <param name="skewTolerance">How far an issue time may lie ahead of now; <see langword="null"/> means 5 minutes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issuedAt"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lifetime"/> is not positive or <paramref name="skewTolerance"/> is negative.</exception>
    public SmsCodeNotExpiredValidator(
        Func<T, DateTimeOffset?> issuedAt,
        TimeProvider? timeProvider = null,
        TimeSpan? lifetime = null,
        TimeSpan? skewTolerance = null)
    {
        ArgumentNullException.ThrowIfNull(issuedAt);
        _ = new SmsCodeValidity(default, lifetime, skewTolerance); // checks the arguments at rule-building time
        _issuedAt = issuedAt;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Lifetime = lifetime ?? SmsCodeValidity.DefaultLifetime;
        SkewTolerance = skewTolerance ?? SmsCodeValidity.DefaultSkewTolerance;
    }

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>How long a code stays valid.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>How far an issue time may lie ahead of now.</summary>
    public TimeSpan SkewTolerance { get; }

    /// <inheritdoc />
    public override string Name => "ChsiSmsCodeNotExpiredValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        DateTimeOffset? issuedAt = _issuedAt(context.InstanceToValidate);
        SmsCodeValidity? validity = issuedAt is { } time ? new SmsCodeValidity(time, Lifetime, SkewTolerance) : null;
        SmsCodeError error = validity?.Check(TimeProvider.GetUtcNow()) ?? SmsCodeError.NotRequested;
        if (error != SmsCodeError.None)
        {
            ChsiFailures.Add(
                context,
                value,
                ErrorCodes.Of(error),
                Severity.Error,
                validity,
                ("LifetimeHours", Lifetime.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)),
                ("ExpiresAt", validity?.ExpiresAt));
        }

        return true;
    }
}
