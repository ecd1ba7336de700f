using System.Security.Cryptography;

namespace ChsiValidation;

/// <summary>
/// SMS verification codes (短信验证码): strings of ASCII digits of a fixed length, 6 by default, 4–8 configurable.
/// Leading zeros matter, so codes are compared as strings, never as numbers. How long a code stays usable is
/// <see cref="SmsCodeValidity"/>'s concern.
/// </summary>
public static class SmsCode
{
    /// <summary>The usual code length.</summary>
    public const int DefaultLength = 6;

    /// <summary>The shortest <see cref="SmsCodeOptions.Length"/>.</summary>
    public const int MinLength = 4;

    /// <summary>The longest <see cref="SmsCodeOptions.Length"/>.</summary>
    public const int MaxLength = 8;

    // Room for the code with spaces around it; anything longer is refused unread.
    private const int MaxInputLength = 32;

    /// <summary>
    /// Checks the form of a typed code: digits only, exactly <see cref="SmsCodeOptions.Length"/> of them. Full-width digits and
    /// surrounding spaces are folded (and flagged in <see cref="SmsCodeResult.Changes"/>); spaces inside the code,
    /// letters and other scripts' digits are <see cref="SmsCodeError.InvalidCharacter"/>.
    /// </summary>
    /// <param name="code">What the person typed; <see langword="null"/> is <see cref="SmsCodeError.Empty"/>.</param>
    /// <param name="options">The code length; <see langword="null"/> means <see cref="SmsCodeOptions.Default"/> (6 digits).</param>
    /// <returns>The verdict and the code in ASCII digits. Never throws for any <paramref name="code"/>.</returns>
    public static SmsCodeResult Validate(string? code, SmsCodeOptions? options = null)
    {
        Span<char> digits = stackalloc char[MaxInputLength];
        SmsCodeResult result = Check(code.AsSpan(), (options ?? SmsCodeOptions.Default).Length, digits, out int count);
        if (result.Error != SmsCodeError.None)
        {
            return result;
        }

        string normalized = result.Changes == SmsCodeChanges.None ? code! : digits[..count].ToString();
        return result with { Normalized = normalized };
    }

    /// <summary>
    /// <see langword="true"/> when <paramref name="code"/> is a well-formed code of <see cref="SmsCodeOptions.Length"/>
    /// digits; the same verdict as <c>Validate(code, options).IsValid</c> (the same folding: full-width digits, spaces
    /// around the code), without allocating.
    /// </summary>
    /// <param name="code">What the person typed; an empty span is <see cref="SmsCodeError.Empty"/>, so <see langword="false"/>.</param>
    /// <param name="options">The code length; <see langword="null"/> means <see cref="SmsCodeOptions.Default"/> (6 digits).</param>
    public static bool IsValid(ReadOnlySpan<char> code, SmsCodeOptions? options = null)
    {
        Span<char> digits = stackalloc char[MaxInputLength];
        return Check(code, (options ?? SmsCodeOptions.Default).Length, digits, out _).Error == SmsCodeError.None;
    }

    /// <summary>
    /// The checks of <see cref="Validate(string?, SmsCodeOptions?)"/> on a span: writes the code's ASCII digits to
    /// <paramref name="digits"/> (<paramref name="count"/> of them) and returns the verdict without
    /// <see cref="SmsCodeResult.Normalized"/>, which only <see cref="Validate(string?, SmsCodeOptions?)"/> allocates.
    /// </summary>
    private static SmsCodeResult Check(ReadOnlySpan<char> span, int length, Span<char> digits, out int count)
    {
        count = 0;
        var result = new SmsCodeResult { ExpectedLength = length, ErrorPosition = -1 };
        if (span.Length > MaxInputLength)
        {
            return result with { Error = SmsCodeError.InvalidLength };
        }

        if (TypedText.IsBlank(span))
        {
            return result with { Error = SmsCodeError.Empty };
        }

        // Positions are reported in the input, so keep where the trimmed code starts.
        ReadOnlySpan<char> fromStart = TypedText.TrimStart(span);
        int start = span.Length - fromStart.Length;
        int end = start + TypedText.Trim(fromStart).Length;

        var changes = start > 0 || end < span.Length ? SmsCodeChanges.WhitespaceTrimmed : SmsCodeChanges.None;
        for (int i = start; i < end; i++)
        {
            char c = span[i];
            if (TypedText.IsFullWidthDigit(c))
            {
                c = TypedText.FoldDigit(c);
                changes |= SmsCodeChanges.FullWidthFolded;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return result with { Error = SmsCodeError.InvalidCharacter, ErrorPosition = i };
            }

            digits[count++] = c;
        }

        return count == length
            ? result with { Changes = changes }
            : result with { Error = SmsCodeError.InvalidLength, Changes = changes };
    }

    /// <summary>
    /// <see langword="true"/> when the typed code is well-formed and equals the code that was sent, compared ordinally
    /// in constant time (the comparison does not reveal how many leading digits matched).
    /// </summary>
    /// <param name="entered">What the person typed (folded as <see cref="Validate(string?, SmsCodeOptions?)"/> folds it).</param>
    /// <param name="sent">The code that was sent.</param>
    /// <param name="options">The code length; <see langword="null"/> means <see cref="SmsCodeOptions.Default"/>.</param>
    public static bool Matches(string? entered, string? sent, SmsCodeOptions? options = null)
    {
        SmsCodeResult result = Validate(entered, options);
        int length = result.ExpectedLength;
        if (!result.IsValid || sent is null || sent.Length != length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(result.Normalized.AsSpan()),
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(sent.AsSpan()));
    }

    /// <summary>
    /// CHSI FAQ item 4: when sending is rate-limited, a code already received stays usable for 24 hours. Picks, from
    /// the codes a person received, the most recently issued one that is still valid at <paramref name="now"/>.
    /// </summary>
    /// <param name="received">The codes received, in any order; entries with a <see langword="null"/> code are skipped.</param>
    /// <param name="now">The current time (read it from a <see cref="TimeProvider"/>).</param>
    /// <param name="lifetime">How long a code stays valid; <see langword="null"/> means 24 hours.</param>
    /// <param name="skewTolerance">How far an issue time may lie ahead of now; <see langword="null"/> means 5 minutes.</param>
    /// <returns>The latest usable code, or <see langword="null"/> when none is. On equal issue times the later entry wins.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="received"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lifetime"/> is not positive or <paramref name="skewTolerance"/> is negative.</exception>
#pragma warning disable RS0026 // Two overloads with optional parameters, by clock or by instant: unambiguous by the second parameter's type.
    public static ReceivedSmsCode? LatestUsable(
        IEnumerable<ReceivedSmsCode> received,
        DateTimeOffset now,
        TimeSpan? lifetime = null,
        TimeSpan? skewTolerance = null)
    {
        ArgumentNullException.ThrowIfNull(received);
        ReceivedSmsCode? latest = null;
        foreach (ReceivedSmsCode code in received)
        {
            if (code.Code is null)
            {
                continue;
            }

            var validity = new SmsCodeValidity(code.IssuedAt, lifetime, skewTolerance);
            if (validity.IsValidAt(now) && (latest is null || code.IssuedAt >= latest.Value.IssuedAt))
            {
                latest = code;
            }
        }

        return latest;
    }

    /// <summary>
    /// <see cref="LatestUsable(IEnumerable{ReceivedSmsCode}, DateTimeOffset, TimeSpan?, TimeSpan?)"/> with now read from
    /// <paramref name="timeProvider"/> (<see langword="null"/>: <see cref="TimeProvider.System"/>).
    /// </summary>
    public static ReceivedSmsCode? LatestUsable(
        IEnumerable<ReceivedSmsCode> received,
        TimeProvider? timeProvider,
        TimeSpan? lifetime = null,
        TimeSpan? skewTolerance = null) =>
        LatestUsable(received, (timeProvider ?? TimeProvider.System).GetUtcNow(), lifetime, skewTolerance);
#pragma warning restore RS0026

    internal static void CheckLength(int length)
    {
        if (length is < MinLength or > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "An SMS code has 4 to 8 digits.");
        }
    }

}

/// <summary>A code that was received, with the time the server issued it.</summary>
/// <param name="Code">The code as received.</param>
/// <param name="IssuedAt">When the server issued it.</param>
public readonly record struct ReceivedSmsCode(string? Code, DateTimeOffset IssuedAt);
