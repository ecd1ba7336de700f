using System.Collections.Concurrent;

namespace RegistrationApi;

/// <summary>The server's record of the SMS codes it sent: when the code for a mobile number was issued.</summary>
public interface ISmsCodeStore
{
    /// <summary>When the latest code for <paramref name="mobileNumber"/> was sent, or <see langword="null"/> when none was.</summary>
    DateTimeOffset? GetIssuedAt(string? mobileNumber);

    /// <summary>Records that a code was sent to <paramref name="mobileNumber"/> at <paramref name="issuedAt"/>.</summary>
    void Record(string mobileNumber, DateTimeOffset issuedAt);
}

/// <summary>An in-memory <see cref="ISmsCodeStore"/>, keyed by the mobile number as typed, without surrounding spaces.</summary>
public sealed class InMemorySmsCodeStore : ISmsCodeStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public DateTimeOffset? GetIssuedAt(string? mobileNumber) =>
        mobileNumber is not null && _issued.TryGetValue(mobileNumber.Trim(), out DateTimeOffset issuedAt) ? issuedAt : null;

    /// <inheritdoc />
    public void Record(string mobileNumber, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(mobileNumber);
        _issued[mobileNumber.Trim()] = issuedAt;
    }
}
