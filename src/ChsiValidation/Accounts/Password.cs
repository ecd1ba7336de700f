namespace ChsiValidation;

/// <summary>Why a password was rejected. Stable: error codes key on these names.</summary>
public enum PasswordError
{
    /// <summary>The password is acceptable.</summary>
    None = 0,

    /// <summary>Nothing was entered.</summary>
    Empty,

    /// <summary>Fewer characters than <see cref="PasswordOptions.MinLength"/> (counted in Unicode scalar values).</summary>
    TooShort,

    /// <summary>More characters than <see cref="PasswordOptions.MaxLength"/>.</summary>
    TooLong,

    /// <summary>A control, format (zero-width, bidi) or unpaired surrogate character; <see cref="PasswordResult.ErrorPosition"/> gives it.</summary>
    InvalidCharacter,

    /// <summary>Fewer character classes (lower-case, upper-case, digits, others) than <see cref="PasswordOptions.MinCharacterClasses"/>.</summary>
    TooFewCharacterClasses,

    /// <summary>The password equals one of the context values given (the username, mobile number, ID number, email).</summary>
    SameAsAccountDetail,

    /// <summary>The confirmation differs from the password (<see cref="Password.ValidateConfirmation"/>).</summary>
    ConfirmationMismatch,
}

/// <summary>
/// A password policy. The defaults are ours, in the spirit of NIST SP 800-63B §5.1.1.2: at least 8 characters, at
/// least 64 allowed, every printable Unicode character allowed and counted as one, no periodic change; plus one
/// composition rule NIST does not ask for but Chinese forms expect: not all from one character class.
/// </summary>
public sealed record PasswordOptions
{
    /// <summary>The largest <see cref="MinLength"/> and <see cref="MaxLength"/> accepted: 1024 characters.</summary>
    public const int LengthLimit = 1024;

    private readonly int _minLength = 8;
    private readonly int _maxLength = 64;
    private readonly int _minCharacterClasses = 2;

    /// <summary>8–64 characters, at least 2 character classes, not equal to the account's own details.</summary>
    public static PasswordOptions Default { get; } = new();

    /// <summary>The fewest characters (Unicode scalar values), 1–<see cref="LengthLimit"/>. Default 8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–<see cref="LengthLimit"/>.</exception>
    public int MinLength
    {
        get => _minLength;
        init => _minLength = OptionBounds.Check(value, 1, LengthLimit, nameof(MinLength));
    }

    /// <summary>The most characters, 1–<see cref="LengthLimit"/>, not less than <see cref="MinLength"/>. Default 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–<see cref="LengthLimit"/>.</exception>
    public int MaxLength
    {
        get => _maxLength;
        init => _maxLength = OptionBounds.Check(value, 1, LengthLimit, nameof(MaxLength));
    }

    /// <summary>
    /// The fewest classes among lower-case letters, upper-case letters, digits and everything else, 0–4. Default 2 ("not
    /// all from one class"); 0 or 1 turns the rule off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–4.</exception>
    public int MinCharacterClasses
    {
        get => _minCharacterClasses;
        init => _minCharacterClasses = OptionBounds.Check(value, 0, 4, nameof(MinCharacterClasses));
    }

    // The two lengths are set independently (in any order in an object initializer), so their order is checked on use.
    internal void CheckConsistent() => OptionBounds.CheckOrder(MinLength, MaxLength, nameof(MinLength), nameof(MaxLength));
}

/// <summary>The outcome of <see cref="Password.Validate"/>. Carries no copy of the password.</summary>
public readonly record struct PasswordResult : IRuleResult
{
    /// <summary><see langword="true"/> when the password satisfies the policy.</summary>
    public bool IsValid => Error == PasswordError.None && Length > 0;

    /// <summary>Why the password was rejected.</summary>
    public PasswordError Error { get; init; }

    /// <summary>The password's length in Unicode scalar values (as far as it was read).</summary>
    public int Length { get; init; }

    /// <summary>How many character classes it uses (lower, upper, digit, other).</summary>
    public int CharacterClasses { get; init; }

    /// <summary>For <see cref="PasswordError.InvalidCharacter"/>: the UTF-16 index; otherwise -1.</summary>
    public int ErrorPosition { get; init; }

    /// <summary>Always <see langword="null"/>: a password is never echoed or rewritten.</summary>
    string? IRuleResult.Normalized => null;

    /// <summary>Always <see langword="false"/>: passwords are checked as typed, never folded.</summary>
    bool IRuleResult.WasNormalized => false;

    /// <summary>The options the password was checked with (their bounds appear in messages).</summary>
    internal PasswordOptions? Options { get; init; }

    /// <inheritdoc />
    public string? ErrorCode => Error == PasswordError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    /// <remarks>Never the password or any of its characters: only its position, lengths and the policy's bounds.</remarks>
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this, Options ?? PasswordOptions.Default));
}

/// <summary>Account passwords, checked against a <see cref="PasswordOptions"/>.</summary>
public static class Password
{
    /// <summary>Checks <paramref name="password"/>. Spaces are allowed (also leading and trailing: passwords are never trimmed).</summary>
    /// <param name="password">The password; <see langword="null"/> is <see cref="PasswordError.Empty"/>.</param>
    /// <param name="options">The policy; <see langword="null"/> means <see cref="PasswordOptions.Default"/>.</param>
    /// <param name="accountDetails">
    /// Values the password must not equal: username, mobile, ID number, email. Compared ordinally and case-insensitively
    /// after trimming the detail, and, for a detail that is a valid username (<see cref="Username.Validate(string?)"/>),
    /// by canonical form, so "+86 138 0013 8000" and 13800138000 are the same detail.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PasswordOptions.MinLength"/> exceeds <see cref="PasswordOptions.MaxLength"/> (a programmer error).</exception>
    public static PasswordResult Validate(string? password, PasswordOptions? options = null, params ReadOnlySpan<string?> accountDetails)
    {
        options ??= PasswordOptions.Default;
        options.CheckConsistent();
        return ValidateCore(password, options, accountDetails) with { Options = options };
    }

    /// <summary>
    /// Checks that <paramref name="confirmation"/> repeats <paramref name="password"/> exactly (ordinal, nothing trimmed or
    /// folded). Only the confirmation is judged: an empty or invalid password is <see cref="Validate"/>'s to report, so
    /// it gives no mismatch here. The result carries neither value.
    /// </summary>
    /// <param name="password">The password typed first.</param>
    /// <param name="confirmation">The password typed again.</param>
    /// <returns>Valid, or <see cref="PasswordError.ConfirmationMismatch"/>. Never throws.</returns>
    public static PasswordResult ValidateConfirmation(string? password, string? confirmation) =>
        string.IsNullOrEmpty(password) || string.Equals(password, confirmation, StringComparison.Ordinal)
            ? new PasswordResult { Length = Math.Max(1, TypedText.RuneCount(password.AsSpan(0, Math.Min(password?.Length ?? 0, PasswordOptions.LengthLimit * 2)))), ErrorPosition = -1 }
            : new PasswordResult { Error = PasswordError.ConfirmationMismatch, ErrorPosition = -1 };

    private static PasswordResult ValidateCore(string? password, PasswordOptions policy, ReadOnlySpan<string?> accountDetails)
    {
        if (string.IsNullOrEmpty(password))
        {
            return new PasswordResult { Error = PasswordError.Empty, ErrorPosition = -1 };
        }

        // Surrogate pairs take two units: anything beyond twice the limit is too long without reading it.
        if (password.Length > policy.MaxLength * 2)
        {
            return new PasswordResult { Error = PasswordError.TooLong, Length = password.Length / 2, ErrorPosition = -1 };
        }

        // A password may hold anything a keyboard can type, private-use and not-yet-known characters included;
        // only invisible ones (controls, zero-width, bidi) and broken UTF-16 are refused.
        int bad = TypedText.IndexOfUnprintable(password, allowPrivateAndUnassigned: true);
        if (bad >= 0)
        {
            return new PasswordResult { Error = PasswordError.InvalidCharacter, ErrorPosition = bad };
        }

        int length = TypedText.RuneCount(password);
        int classes = CountClasses(password);
        var result = new PasswordResult { Length = length, CharacterClasses = classes, ErrorPosition = -1 };
        if (length < policy.MinLength)
        {
            return result with { Error = PasswordError.TooShort };
        }

        if (length > policy.MaxLength)
        {
            return result with { Error = PasswordError.TooLong };
        }

        if (classes < policy.MinCharacterClasses)
        {
            return result with { Error = PasswordError.TooFewCharacterClasses };
        }

        string? passwordAsUsername = null;
        foreach (string? detail in accountDetails)
        {
            if (string.IsNullOrEmpty(detail))
            {
                continue;
            }

            if (TypedText.Trim(detail).Equals(password, StringComparison.OrdinalIgnoreCase))
            {
                return result with { Error = PasswordError.SameAsAccountDetail };
            }

            // The same account detail written another way ("110105 19491231 002X", full-width digits, +86 ...): a
            // detail that is a valid username matches a password that is that username in its canonical form.
            UsernameResult account = Username.Validate(detail);
            if (account.IsValid)
            {
                passwordAsUsername ??= Username.Validate(password).Normalized ?? string.Empty;
                if (string.Equals(account.Normalized, passwordAsUsername, StringComparison.OrdinalIgnoreCase))
                {
                    return result with { Error = PasswordError.SameAsAccountDetail };
                }
            }
        }

        return result;
    }

    private static int CountClasses(string s)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (char c in s)
        {
            if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
