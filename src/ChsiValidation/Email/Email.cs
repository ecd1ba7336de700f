using System.Globalization;
using System.Text;

namespace ChsiValidation;

/// <summary>
/// Email addresses for account registration: a deliverable, public address, checked without regular expressions.
/// </summary>
/// <remarks>
/// <para>
/// Policy (RULES §4): a dot-atom local part of at most 64 bytes (RFC 5322 §3.2.3, RFC 5321 §4.5.3.1.1); a domain of
/// letter-digit-hyphen labels of at most 63 characters (RFC 1035 §2.3.4, RFC 5890), at least two labels, a top-level
/// domain of two or more characters that is not all digits; at most 254 characters in all. Quoted local parts,
/// comments, IP address literals, display names, whitespace and line breaks are rejected: RFC 5322 allows them, a
/// registration form has no use for them. Unicode domains are converted with IDNA
/// (<see cref="IdnMapping"/>, UseStd3AsciiRules).
/// </para>
/// <para>
/// Scores on the isemail test corpus (v3.05): see the README. The deliberate misses are a single-label domain
/// (<c>test@io</c>) and one-letter TLDs (<c>test@iana.a</c>).
/// </para>
/// </remarks>
public static class Email
{
    /// <summary>The longest address accepted: RFC 5321's 256-octet path less the angle brackets.</summary>
    public const int MaxLength = 254;

    /// <summary>The longest local part, in UTF-8 bytes (RFC 5321 §4.5.3.1.1).</summary>
    public const int MaxLocalPartLength = 64;

    /// <summary>The longest domain label, in ASCII characters (RFC 1035 §2.3.4).</summary>
    public const int MaxLabelLength = 63;

    private const int MaxDomainLength = 253;

    // Anything this long is refused unread, even before trimming (TrimWhitespace accepts an address padded with spaces).
    internal const int MaxInputLength = 1024;

    private static readonly IdnMapping Idna = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    /// <summary>Validates an email address typed into a registration form.</summary>
    /// <param name="input">What the person typed; <see langword="null"/> is reported as <see cref="EmailError.Empty"/>.</param>
    /// <param name="options">The policy; <see langword="null"/> means <see cref="EmailOptions.Default"/>.</param>
    /// <returns>The verdict with the reason, the canonical address and a suggestion for provider typos. Never throws.</returns>
    public static EmailResult Validate(string? input, EmailOptions? options = null)
    {
        options ??= EmailOptions.Default;
        ReadOnlySpan<char> span = input.AsSpan();
        if (span.Length > MaxInputLength)
        {
            return EmailResult.Fail(EmailError.TooLong);
        }

        if (span.IsWhiteSpace())
        {
            return EmailResult.Fail(EmailError.Empty);
        }

        var changes = EmailChanges.None;
        int offset = 0;
        if (options.TrimWhitespace)
        {
            // Only the spaces people paste (U+0020, NBSP, U+3000): a trailing line break stays an error (RULES §4).
            ReadOnlySpan<char> trimmed = TypedText.TrimStart(span);
            offset = span.Length - trimmed.Length;
            trimmed = TypedText.Trim(trimmed);
            if (trimmed.Length != span.Length)
            {
                changes |= EmailChanges.WhitespaceTrimmed;
            }

            span = trimmed;
        }

        if (span.Length > MaxLength)
        {
            return EmailResult.Fail(EmailError.TooLong);
        }

        // Characters first: whitespace, controls and full-width forms are reported wherever they are.
        Span<char> address = stackalloc char[span.Length];
        int at = -1;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c < 0x80 && c > 0x20 && c != 0x7F)
            {
                if (c == '@')
                {
                    if (at >= 0)
                    {
                        return EmailResult.Fail(EmailError.MultipleAt, offset + i);
                    }

                    at = i;
                }

                address[i] = c;
                continue;
            }

            if (IsWhitespaceOrControl(c))
            {
                return EmailResult.Fail(EmailError.WhitespaceOrControl, offset + i);
            }

            char half = HalfWidthOf(c);
            if (half != '\0')
            {
                if (!options.FoldFullWidth)
                {
                    return EmailResult.Fail(EmailError.FullWidthCharacter, offset + i) with { Replacement = half };
                }

                changes |= EmailChanges.FullWidthFolded;
                c = half;
                if (c == '@')
                {
                    if (at >= 0)
                    {
                        return EmailResult.Fail(EmailError.MultipleAt, offset + i);
                    }

                    at = i;
                }
            }

            address[i] = c;
        }

        if (at < 0)
        {
            return EmailResult.Fail(EmailError.MissingAt);
        }

        ReadOnlySpan<char> local = address[..at];
        ReadOnlySpan<char> domain = address[(at + 1)..];
        EmailResult localCheck = CheckLocalPart(local, options, offset);
        if (localCheck.Error != EmailError.None)
        {
            return localCheck;
        }

        if (domain.IsEmpty)
        {
            return EmailResult.Fail(EmailError.DomainEmpty);
        }

        // The domain's ASCII form: lower-cased, or IDNA-encoded when it has non-ASCII characters.
        int domainOffset = offset + at + 1;
        string? encoded = null;
        bool ascii = !domain.ContainsAnyExceptInRange('\0', '\u007F');
        if (!ascii)
        {
            EmailResult prepared = CheckDomainSyntax(domain, domainOffset, allowNonAscii: true);
            if (prepared.Error != EmailError.None)
            {
                return prepared;
            }

            if (!options.AllowUnicodeDomain)
            {
                int first = domain.IndexOfAnyExceptInRange('\0', '\u007F');
                return EmailResult.Fail(EmailError.DomainInvalid, domainOffset + first);
            }

            encoded = ToAscii(domain);
            if (encoded is null)
            {
                return EmailResult.Fail(EmailError.DomainInvalid);
            }

            changes |= EmailChanges.DomainEncoded;
            domain = encoded;
            domainOffset = -1; // positions in the encoded form do not map back to the input
        }

        EmailResult domainCheck = CheckDomainSyntax(domain, domainOffset, allowNonAscii: false);
        if (domainCheck.Error == EmailError.None)
        {
            domainCheck = CheckDomainLabels(domain);
        }

        int localBytes = local.ContainsAnyExceptInRange('\0', '\u007F') ? Encoding.UTF8.GetByteCount(local) : local.Length;
        if (domainCheck.Error == EmailError.None && localBytes + 1 + domain.Length > MaxLength)
        {
            domainCheck = EmailResult.Fail(EmailError.TooLong);
        }

        if (domainCheck.Error is not (EmailError.None or EmailError.SingleLabelDomain))
        {
            return domainCheck;
        }

        bool upper = domain.ContainsAnyInRange('A', 'Z');
        if (upper)
        {
            changes |= EmailChanges.DomainLowerCased;
        }

        string? suggestion = options.SuggestProviders ? EmailProviders.Suggest(local, domain) : null;
        if (domainCheck.Error != EmailError.None)
        {
            return domainCheck with { Suggestion = suggestion };
        }

        string normalized = changes == EmailChanges.None && input!.Length == span.Length
            ? input
            : Join(local, domain);
        return new EmailResult { Normalized = normalized, Suggestion = suggestion, Changes = changes, ErrorPosition = -1 };
    }

    /// <summary><see langword="true"/> when <paramref name="input"/> is valid under <see cref="EmailOptions.Default"/>.</summary>
    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>The ASCII character a full-width form stands for (＠ → @, 。 → ., Ａ → A), or '\0' if <paramref name="c"/> is not one.</summary>
    internal static char HalfWidthOf(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3002' or '\uFF61' => '.',
        _ => '\0',
    };

    private static bool IsWhitespaceOrControl(char c) =>
        c <= 0x20 || c is >= '\u007F' and <= '\u009F' || char.IsWhiteSpace(c)
        || (c >= 0x80 && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>Dot-atom (RFC 5322 §3.2.3), at most 64 bytes; non-ASCII only with the option.</summary>
    private static EmailResult CheckLocalPart(ReadOnlySpan<char> local, EmailOptions options, int offset)
    {
        if (local.IsEmpty)
        {
            return EmailResult.Fail(EmailError.LocalPartEmpty);
        }

        for (int i = 0; i < local.Length; i++)
        {
            char c = local[i];
            if (c == '.')
            {
                if (i == 0 || i == local.Length - 1 || local[i - 1] == '.')
                {
                    return EmailResult.Fail(EmailError.LocalPartInvalid, offset + i);
                }
            }
            else if (c >= 0x80)
            {
                if (!options.AllowUnicodeLocalPart)
                {
                    return EmailResult.Fail(EmailError.NonAsciiLocalPart, offset + i);
                }

                if (char.IsHighSurrogate(c) && i + 1 < local.Length && char.IsLowSurrogate(local[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return EmailResult.Fail(EmailError.LocalPartInvalid, offset + i);
                }
            }
            else if (!IsAtext(c))
            {
                return EmailResult.Fail(EmailError.LocalPartInvalid, offset + i);
            }
        }

        int bytes = local.ContainsAnyExceptInRange('\0', '\u007F') ? Encoding.UTF8.GetByteCount(local) : local.Length;
        return bytes > MaxLocalPartLength ? EmailResult.Fail(EmailError.LocalPartTooLong) : default;
    }

    // RFC 5322 §3.2.3 atext: ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "/" / "=" / "?" / "^" / "_" / "`" / "{" / "|" / "}" / "~"
    private static bool IsAtext(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '/' or '='
            or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~';

    /// <summary>
    /// Letters, digits, '-' and '.' only, no empty label, no label starting or ending with '-'. With
    /// <paramref name="allowNonAscii"/>, non-ASCII characters pass (they are IDNA's to judge). Positions are reported
    /// relative to <paramref name="offset"/>, or as -1 when it is negative.
    /// </summary>
    private static EmailResult CheckDomainSyntax(ReadOnlySpan<char> domain, int offset, bool allowNonAscii)
    {
        int labelStart = 0;
        for (int i = 0; i <= domain.Length; i++)
        {
            char c = i < domain.Length ? domain[i] : '.';
            if (c == '.')
            {
                if (i == labelStart)
                {
                    // Empty label: a leading, doubled or trailing dot.
                    return Fail(EmailError.DomainInvalid, i < domain.Length ? i : i - 1);
                }

                if (domain[i - 1] == '-')
                {
                    return Fail(EmailError.DomainInvalid, i - 1);
                }

                labelStart = i + 1;
            }
            else if (c == '-')
            {
                if (i == labelStart)
                {
                    return Fail(EmailError.DomainInvalid, i);
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c) && !(allowNonAscii && c >= 0x80 && !char.IsSurrogate(c)))
            {
                if (allowNonAscii && char.IsHighSurrogate(c) && i + 1 < domain.Length && char.IsLowSurrogate(domain[i + 1]))
                {
                    i++;
                    continue;
                }

                return Fail(EmailError.DomainInvalid, i);
            }
        }

        return default;

        EmailResult Fail(EmailError error, int i) => EmailResult.Fail(error, offset < 0 ? -1 : offset + i);
    }

    /// <summary>On a syntactically clean ASCII domain: total and label lengths, at least two labels, a sensible TLD.</summary>
    private static EmailResult CheckDomainLabels(ReadOnlySpan<char> domain)
    {
        if (domain.Length > MaxDomainLength)
        {
            return EmailResult.Fail(EmailError.TooLong);
        }

        int labels = 0;
        int start = 0;
        while (true)
        {
            int dot = domain[start..].IndexOf('.');
            int end = dot < 0 ? domain.Length : start + dot;
            if (end - start > MaxLabelLength)
            {
                return EmailResult.Fail(EmailError.LabelTooLong);
            }

            labels++;
            if (dot < 0)
            {
                break;
            }

            start = end + 1;
        }

        if (labels == 1)
        {
            return EmailResult.Fail(EmailError.SingleLabelDomain);
        }

        ReadOnlySpan<char> tld = domain[start..];
        return tld.Length < 2 || !tld.ContainsAnyExceptInRange('0', '9')
            ? EmailResult.Fail(EmailError.TopLevelDomainInvalid)
            : default;
    }

    /// <summary>The IDNA ASCII form of a Unicode domain, or <see langword="null"/> when IDNA rejects it.</summary>
    private static string? ToAscii(ReadOnlySpan<char> domain)
    {
        try
        {
            return Idna.GetAscii(domain.ToString());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>local@domain with the (ASCII) domain lower-cased.</summary>
    internal static string Join(ReadOnlySpan<char> local, ReadOnlySpan<char> domain)
    {
        Span<char> joined = stackalloc char[local.Length + 1 + domain.Length];
        local.CopyTo(joined);
        joined[local.Length] = '@';
        domain.ToLowerInvariant(joined[(local.Length + 1)..]);
        return new string(joined);
    }
}
