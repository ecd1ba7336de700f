using System.Globalization;
using System.Text;

namespace ChsiValidation;

/// <summary>
/// Email addresses for account registration: a deliverable, public address, checked without regular expressions.
/// </summary>
/// <remarks>
/// <para>
/// Policy: a dot-atom local part of at most 64 bytes (RFC 5322 §3.2.3, RFC 5321 §4.5.3.1.1); a domain of
/// letter-digit-hyphen labels of at most 63 characters (RFC 1035 §2.3.4, RFC 5890), at least two labels, a top-level
/// domain of two or more characters that is not all digits (RFC 3696 §2); at most 254 characters in all (RFC 5321
/// §4.5.3.1.3). Quoted local parts, comments, IP address literals, display names, whitespace and line breaks are
/// rejected: RFC 5322 allows them, a registration form has no use for them.
/// </para>
/// <para>
/// Unicode domains follow IDNA2008 (RFC 5890–5892): every character of a label is a letter, a combining mark after a
/// letter, a digit or '-' (RFC 5892 §2.1 LetterDigits, less its §2.4 ignorable blocks and §2.6 disallowed exceptions);
/// an internationalised top-level domain has letters only. Symbols, punctuation and emoji (<c>domain.com©</c>,
/// <c>a.❤</c>) are rejected, and so are characters that the UTS #46 mapping of <see cref="IdnMapping"/> would rewrite
/// into other characters (<c>™</c> → <c>tm</c>, <c>ﬁ</c> → <c>fi</c>): IDNA2008 disallows them (RFC 5892 §2.2,
/// Unstable), so they are reported, not silently changed. Case and canonical composition (NFC, RFC 5891 §5.2) are the
/// only changes allowed. A label typed in its ASCII form (<c>xn--</c>) must be an A-label whose Unicode form passes the
/// same checks (RFC 5891 §5.4).
/// </para>
/// <para>
/// The characters IDNA rewrites come from a table generated from Unicode 15.0 (<see cref="IdnaCharacters"/>), not
/// from ICU, so the verdicts are the same under invariant globalization, where <see cref="IdnMapping"/> has no UTS #46
/// mapping. One difference remains: without ICU nothing composes a decomposed label (<c>e</c> + U+0301), so the
/// character that NFC might combine is refused where it is.
/// </para>
/// <para>
/// On the isemail test corpus (v3.05) the deliberate misses are a single-label domain (<c>test@io</c>) and one-letter
/// top-level domains (<c>test@iana.a</c>).
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
    public static EmailResult Validate(string? input, EmailOptions? options = null) =>
        Validate(input.AsSpan(), input, options ?? EmailOptions.Default, normalize: true);

    /// <summary>
    /// <see langword="true"/> when <see cref="Validate(string?, EmailOptions?)"/> accepts <paramref name="input"/> exactly
    /// as typed: valid, and its <see cref="EmailResult.Normalized"/> form the input itself (nothing trimmed, lower-cased or
    /// encoded). Nothing is allocated for an ASCII address. For checking many addresses (a roster), where only the others
    /// need a result built; the provider suggestion (<see cref="EmailResult.Suggestion"/>) is not looked for.
    /// </summary>
    /// <param name="input">The address as typed.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="EmailOptions.Default"/>.</param>
    public static bool IsValidAsTyped(ReadOnlySpan<char> input, EmailOptions? options = null)
    {
        options ??= EmailOptions.Default;
        return TryValidatePlain(input, null, options, normalize: false, out _)
            || ValidateFully(input, null, options, normalize: false) is { Error: EmailError.None, Changes: EmailChanges.None };
    }

    /// <summary>
    /// The check behind <see cref="Validate(string?, EmailOptions?)"/>. <paramref name="input"/> is the same text as
    /// <paramref name="span"/> when the caller has it as a string (then reused as the canonical form when nothing changed),
    /// or <see langword="null"/>. Without <paramref name="normalize"/> nothing is allocated for an ASCII address: the
    /// verdict comes without <see cref="EmailResult.Normalized"/> and without a suggestion, so read its
    /// <see cref="EmailResult.Error"/>, not <see cref="EmailResult.IsValid"/>.
    /// </summary>
    internal static EmailResult Validate(ReadOnlySpan<char> span, string? input, EmailOptions options, bool normalize) =>
        TryValidatePlain(span, input, options, normalize, out EmailResult plain) ? plain : ValidateFully(span, input, options, normalize);

    /// <summary>
    /// The verdict on the address most people type, in one pass: printable ASCII without spaces, one '@', a dot-atom
    /// local part of at most 64 characters, and a lower-case domain of letters, digits, dots and single hyphens (no
    /// "--", so no A-label) with two labels or more, each of 1 to 63 characters and not starting or ending with '-', and a
    /// top-level domain of two characters or more not all digits. Such an address is valid under every option, and
    /// nothing in it is changed, so <see cref="ValidateFully"/> would give the same result; anything else, valid or not, is
    /// left to it (false).
    /// </summary>
    internal static bool TryValidatePlain(ReadOnlySpan<char> span, string? input, EmailOptions options, bool normalize, out EmailResult result)
    {
        result = default;
        if (span.Length > MaxLength || (normalize && input is null))
        {
            return false;
        }

        int at = span.IndexOf('@');
        if (at is < 1 or > MaxLocalPartLength || span.Length - at - 1 > MaxDomainLength)
        {
            return false;
        }

        // Local part: atext and single dots inside.
        ReadOnlySpan<char> local = span[..at];
        if (local[0] == '.' || local[^1] == '.')
        {
            return false;
        }

        for (int i = 0; i < local.Length; i++)
        {
            char c = local[i];
            if (c == '.' ? local[i - 1] == '.' : c >= 0x80 || !IsAtext(c))
            {
                return false;
            }
        }

        // Domain: lower-case LDH labels, no "--", the top-level label checked as the loop leaves it.
        ReadOnlySpan<char> domain = span[(at + 1)..];
        int labels = 0;
        int start = 0;
        bool letterInLabel = false;
        for (int i = 0; i <= domain.Length; i++)
        {
            char c = i < domain.Length ? domain[i] : '.';
            if (c == '.')
            {
                int length = i - start;
                if (length is 0 or > MaxLabelLength || domain[i - 1] == '-')
                {
                    return false;
                }

                labels++;
                if (i == domain.Length && (length < 2 || !letterInLabel))
                {
                    return false;
                }

                start = i + 1;
                letterInLabel = false;
            }
            else if (c == '-')
            {
                if (i == start || domain[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (char.IsAsciiLetterLower(c))
            {
                letterInLabel = true;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (labels < 2)
        {
            return false;
        }

        string? suggestion = options.SuggestProviders && normalize ? EmailProviders.Suggest(local, domain) : null;
        result = new EmailResult { Normalized = normalize ? input : null, Suggestion = suggestion, ErrorPosition = -1 };
        return true;
    }

    /// <summary>Every check, in order: what <see cref="Validate(ReadOnlySpan{char}, string?, EmailOptions, bool)"/> runs when <see cref="TryValidatePlain"/> declines.</summary>
    internal static EmailResult ValidateFully(ReadOnlySpan<char> span, string? input, EmailOptions options, bool normalize)
    {
        if (span.Length > MaxInputLength)
        {
            return EmailResult.Fail(EmailError.TooLong);
        }

        // Empty is nothing but the spaces people type; a tab, line break or other control among them is reported where it
        // is, as it would be anywhere else.
        int firstNonSpace = span.Length - TypedText.TrimStart(span).Length;
        if (firstNonSpace == span.Length)
        {
            return EmailResult.Fail(EmailError.Empty);
        }

        if (IsBlank(span[firstNonSpace..]))
        {
            return EmailResult.Fail(EmailError.WhitespaceOrControl, firstNonSpace);
        }

        var changes = EmailChanges.None;
        int offset = 0;
        if (options.TrimWhitespace)
        {
            // Only the spaces people paste (U+0020, NBSP, U+3000): a line break is not part of an address (RFC 5321
            // §4.1.2 has no whitespace in a Mailbox), so a trailing one stays an error.
            offset = firstNonSpace;
            ReadOnlySpan<char> trimmed = TypedText.Trim(span[offset..]);
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

        // Characters first: whitespace, controls and full-width forms are reported wherever they are. span is at most
        // MaxLength here; the buffer is the input's size, as the runtime zeroes all of it on every call.
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
        bool ascii = Ascii.IsValid(domain);
        if (!ascii)
        {
            EmailResult prepared = CheckDomainSyntax(domain, domainOffset, options.AllowUnicodeDomain ? NonAscii.Idna : NonAscii.Pass);
            if (prepared.Error != EmailError.None)
            {
                return prepared;
            }

            if (!options.AllowUnicodeDomain)
            {
                int first = domain.IndexOfAnyExceptInRange('\0', '\u007F');
                return EmailResult.Fail(EmailError.DomainInvalid, domainOffset + first);
            }

            prepared = CheckTypedALabels(domain, domainOffset);
            if (prepared.Error == EmailError.None)
            {
                prepared = Encode(domain, domainOffset, out encoded);
            }

            if (prepared.Error == EmailError.None)
            {
                prepared = CheckUnicodeTopLevelDomain(domain, domainOffset);
            }

            if (prepared.Error != EmailError.None)
            {
                return prepared;
            }

            changes |= EmailChanges.DomainEncoded;
            domain = encoded;
            domainOffset = -1; // positions in the encoded form do not map back to the input
        }

        EmailResult domainCheck = CheckDomainSyntax(domain, domainOffset, NonAscii.Reject);
        if (domainCheck.Error == EmailError.None)
        {
            domainCheck = CheckDomainLabels(domain);
        }

        if (ascii && domainCheck.Error == EmailError.None)
        {
            domainCheck = CheckTypedALabels(domain, domainOffset);
        }

        int localBytes = !Ascii.IsValid(local) ? Encoding.UTF8.GetByteCount(local) : local.Length;
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

        string? suggestion = options.SuggestProviders && normalize ? EmailProviders.Suggest(local, domain) : null;
        if (domainCheck.Error != EmailError.None)
        {
            return domainCheck with { Suggestion = suggestion };
        }

        string? normalized = !normalize ? null
            : changes == EmailChanges.None && input is not null && input.Length == span.Length ? input
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

    /// <summary>Whether every character is a space, control or invisible format character: input with nothing to read.</summary>
    private static bool IsBlank(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!IsWhitespaceOrControl(c))
            {
                return false;
            }
        }

        return true;
    }

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

        int bytes = !Ascii.IsValid(local) ? Encoding.UTF8.GetByteCount(local) : local.Length;
        return bytes > MaxLocalPartLength ? EmailResult.Fail(EmailError.LocalPartTooLong) : default;
    }

    // RFC 5322 §3.2.3 atext: ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "/" / "=" / "?" / "^" / "_" / "`" / "{" / "|" / "}" / "~"
    private static bool IsAtext(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '/' or '='
            or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~';

    /// <summary>What <see cref="CheckDomainSyntax"/> does with a non-ASCII character.</summary>
    private enum NonAscii
    {
        /// <summary>Rejects it: the domain must be ASCII.</summary>
        Reject,

        /// <summary>Lets it through unread (the caller rejects the domain for having one).</summary>
        Pass,

        /// <summary>
        /// Accepts the letters, marks and digits of an IDNA2008 label (<see cref="Classify"/>) that IDNA keeps as they are
        /// (<see cref="IdnaCharacters.IsRefused"/>).
        /// </summary>
        Idna,
    }

    /// <summary>What a code point may be in an internationalised domain label.</summary>
    private enum LabelCharacter
    {
        Invalid,
        Letter,
        Mark,
        Digit,
    }

    /// <summary>
    /// Letters, digits, '-' and '.' only, no empty label, no label starting or ending with '-'. Non-ASCII characters are
    /// treated as <paramref name="nonAscii"/> says. Positions are reported relative to <paramref name="offset"/>, or as
    /// -1 when it is negative.
    /// </summary>
    private static EmailResult CheckDomainSyntax(ReadOnlySpan<char> domain, int offset, NonAscii nonAscii)
    {
        int labelStart = 0;
        bool afterLetter = false;
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
                afterLetter = false;
            }
            else if (c == '-')
            {
                if (i == labelStart)
                {
                    return Fail(EmailError.DomainInvalid, i);
                }

                afterLetter = false;
            }
            else if (c < 0x80 || nonAscii == NonAscii.Reject)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return Fail(EmailError.DomainInvalid, i);
                }

                afterLetter = char.IsAsciiLetter(c);
            }
            else if (nonAscii == NonAscii.Pass)
            {
                if (char.IsSurrogate(c))
                {
                    if (!char.IsHighSurrogate(c) || i + 1 >= domain.Length || !char.IsLowSurrogate(domain[i + 1]))
                    {
                        return Fail(EmailError.DomainInvalid, i);
                    }

                    i++;
                }
            }
            else
            {
                // A lone surrogate is read as itself, category Surrogate: invalid.
                int codePoint = TypedText.ReadCodePoint(domain, i, out int width);
                LabelCharacter kind = Classify(codePoint, afterLetter);
                if (kind == LabelCharacter.Invalid || IdnaCharacters.IsRefused(codePoint))
                {
                    return Fail(EmailError.DomainInvalid, i);
                }

                afterLetter = kind is LabelCharacter.Letter or LabelCharacter.Mark;
                i += width - 1;
            }
        }

        return default;

        EmailResult Fail(EmailError error, int i) => EmailResult.Fail(error, offset < 0 ? -1 : offset + i);
    }

    /// <summary>Whether <see cref="Classify"/> accepts <paramref name="codePoint"/> in a label (after a letter, for a mark).</summary>
    internal static bool IsLabelCharacter(int codePoint, bool afterLetter) => Classify(codePoint, afterLetter) != LabelCharacter.Invalid;

    /// <summary>
    /// A non-ASCII code point in a domain label: a letter, a combining mark after a letter (RFC 5891 §4.2.3.2: a label
    /// does not start with one) or a decimal digit, the LetterDigits of RFC 5892 §2.1 (Ll, Lu, Lo, Lm, Mn, Mc, Nd).
    /// Titlecase letters (Lt), enclosing marks (Me), symbols, punctuation, other numbers and emoji are not; nor are the
    /// marks of the §2.4 ignorable blocks (combining marks for symbols, musical symbols) or the §2.6 exceptions
    /// DISALLOWED (Arabic tatweel, N'Ko lajanyalan, Hangul tone marks, vertical kana repeat marks). U+3007 〇, a letter
    /// number, is PVALID by §2.6.
    /// </summary>
    private static LabelCharacter Classify(int codePoint, bool afterLetter)
    {
        if (codePoint is 0x0640 or 0x07FA or 0x302E or 0x302F or (>= 0x3031 and <= 0x3035) or 0x303B)
        {
            return LabelCharacter.Invalid;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return LabelCharacter.Letter;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return afterLetter && codePoint is not ((>= 0x20D0 and <= 0x20FF) or (>= 0x1D100 and <= 0x1D24F))
                    ? LabelCharacter.Mark
                    : LabelCharacter.Invalid;
            case UnicodeCategory.DecimalDigitNumber:
                return LabelCharacter.Digit;
            case UnicodeCategory.LetterNumber when codePoint == 0x3007:
                return LabelCharacter.Letter;
            default:
                return LabelCharacter.Invalid;
        }
    }

    /// <summary>
    /// An internationalised top-level domain has letters only (and the marks on them): no digit, no '-'. Run once every
    /// character has been checked; an ASCII top-level domain, and a single-label domain, are left to
    /// <see cref="CheckDomainLabels"/>.
    /// </summary>
    private static EmailResult CheckUnicodeTopLevelDomain(ReadOnlySpan<char> domain, int offset)
    {
        int start = domain.LastIndexOf('.') + 1;
        if (start == 0)
        {
            return default;
        }

        int index = IndexOfNonLetter(domain[start..]);
        return index < 0 ? default : EmailResult.Fail(EmailError.TopLevelDomainInvalid, offset + start + index);
    }

    /// <summary>
    /// In a label whose characters are all valid, the index of the first that is not a letter or a mark on one (a digit
    /// or '-'); -1 when there is none or the label is ASCII.
    /// </summary>
    private static int IndexOfNonLetter(ReadOnlySpan<char> label)
    {
        if (!label.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return -1;
        }

        bool afterLetter = false;
        for (int i = 0; i < label.Length; i++)
        {
            int codePoint = TypedText.ReadCodePoint(label, i, out int width);
            afterLetter = codePoint < 0x80
                ? char.IsAsciiLetter((char)codePoint)
                : Classify(codePoint, afterLetter) is LabelCharacter.Letter or LabelCharacter.Mark;
            if (!afterLetter)
            {
                return i;
            }

            i += width - 1;
        }

        return -1;
    }

    /// <summary>
    /// Labels typed in their ASCII-compatible form (<c>xn--</c>, RFC 5890 §2.3.2.1) must be A-labels: Punycode that
    /// decodes to a U-label and encodes back to the same label (RFC 5891 §5.4), whose characters pass the checks a typed
    /// Unicode label passes; in the top-level domain, letters only. The position reported is the label's first character.
    /// </summary>
    private static EmailResult CheckTypedALabels(ReadOnlySpan<char> domain, int offset)
    {
        if (domain.IndexOf("--", StringComparison.Ordinal) < 0)
        {
            return default;
        }

        int start = 0;
        while (true)
        {
            int dot = domain[start..].IndexOf('.');
            int end = dot < 0 ? domain.Length : start + dot;
            ReadOnlySpan<char> label = domain[start..end];
            if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) && !label.ContainsAnyExceptInRange('\0', '\u007F'))
            {
                EmailError error = CheckALabel(label, topLevel: dot < 0);
                if (error != EmailError.None)
                {
                    return EmailResult.Fail(error, offset < 0 ? -1 : offset + start);
                }
            }

            if (dot < 0)
            {
                return default;
            }

            start = end + 1;
        }
    }

    private static EmailError CheckALabel(ReadOnlySpan<char> label, bool topLevel)
    {
        string lower = label.ToString().ToLowerInvariant();
        string? unicode = TryGetUnicode(lower);
        if (unicode is null || !string.Equals(TryGetAscii(unicode), lower, StringComparison.Ordinal))
        {
            return EmailError.DomainInvalid;
        }

        // The U-label as if typed: no empty label, no leading or trailing '-', the characters of CheckDomainSyntax.
        if (unicode.Contains('.', StringComparison.Ordinal) || CheckDomainSyntax(unicode, -1, NonAscii.Idna).Error != EmailError.None)
        {
            return EmailError.DomainInvalid;
        }

        // An A-label holds the lower-case NFC form (RFC 5891 §5.2, UTS #46 §4.1). ICU refuses any other when decoding;
        // without ICU the decoder does not look.
        if (!string.Equals(unicode.ToLowerInvariant(), unicode, StringComparison.Ordinal)
            || (!IdnaCharacters.HasIcu && IdnaCharacters.IndexOfUncomposed(unicode) >= 0))
        {
            return EmailError.DomainInvalid;
        }

        return topLevel && IndexOfNonLetter(unicode) >= 0 ? EmailError.TopLevelDomainInvalid : EmailError.None;
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
        return tld.Length < 2 || TypedText.IsAsciiDigits(tld)
            ? EmailResult.Fail(EmailError.TopLevelDomainInvalid)
            : default;
    }

    /// <summary>
    /// The IDNA ASCII form of a Unicode domain (RFC 5891 §4.4), or why it has none. <see cref="IdnMapping"/> applies the
    /// UTS #46 mapping, which rewrites compatibility characters into others (™ → tm, ﬁ → fi, ſ → s, half-width ｱ →
    /// ア) and drops variation selectors; IDNA2008 disallows all of them (RFC 5892 §2.2, Unstable; §2.3, ignorable).
    /// So every non-ASCII label must decode back to what was typed, up to case and canonical composition (NFC, RFC 5891
    /// §5.2); otherwise the domain is rejected rather than rewritten, at the character the mapping changed. The label
    /// check has refused those characters already (<see cref="IdnaCharacters.IsRefused"/>): this check stays for what
    /// ICU knows beyond the table. The domain is lower-cased here (without ICU nothing else would); without ICU what NFC
    /// might change is refused (<see cref="IdnaCharacters.IndexOfUncomposed"/>) and the labels are encoded by
    /// <see cref="Punycode"/>.
    /// </summary>
    private static EmailResult Encode(ReadOnlySpan<char> domain, int offset, out string? encoded)
    {
        // Lower-cased first: without ICU the characters are encoded as given (Ä would not become ä).
        string lowered = domain.ToString().ToLowerInvariant();
        if (!IdnaCharacters.HasIcu)
        {
            // Without ICU nothing composes a decomposed label (e + U+0301) into its NFC form (é), which ICU encodes.
            int uncomposed = IdnaCharacters.IndexOfUncomposed(lowered);
            if (uncomposed >= 0)
            {
                encoded = null;
                return EmailResult.Fail(EmailError.DomainInvalid, offset + uncomposed);
            }
        }

        encoded = TryGetAscii(lowered);
        if (encoded is not null && !FitsIdnaLimits(lowered, encoded))
        {
            // ICU refuses these itself; Punycode alone does not look.
            encoded = null;
            return EmailResult.Fail(EmailError.DomainInvalid);
        }

        string? decoded = encoded is null ? null : TryGetUnicode(encoded);
        if (decoded is null)
        {
            encoded = null;
            return Reject(domain);
        }

        if (decoded.AsSpan().SequenceEqual(domain))
        {
            return default;
        }

        int start = 0;
        int decodedStart = 0;
        while (true)
        {
            int dot = domain[start..].IndexOf('.');
            int end = dot < 0 ? domain.Length : start + dot;
            int decodedDot = decoded.AsSpan(decodedStart).IndexOf('.');
            int decodedEnd = decodedDot < 0 ? decoded.Length : decodedStart + decodedDot;
            ReadOnlySpan<char> label = domain[start..end];
            if ((dot < 0) != (decodedDot < 0))
            {
                encoded = null;
                return EmailResult.Fail(EmailError.DomainInvalid);
            }

            // ASCII labels change only by case; a typed A-label is checked by CheckTypedALabels.
            if (label.ContainsAnyExceptInRange('\0', '\u007F') && !SameUpToCaseAndComposition(decoded.AsSpan(decodedStart, decodedEnd - decodedStart), label))
            {
                encoded = null;
                return Reject(label, start);
            }

            if (dot < 0)
            {
                return default;
            }

            start = end + 1;
            decodedStart = decodedEnd + 1;
        }

        EmailResult Reject(ReadOnlySpan<char> part, int partStart = 0)
        {
            int index = IndexOfRemapped(part);
            return EmailResult.Fail(EmailError.DomainInvalid, index < 0 ? -1 : offset + partStart + index);
        }
    }

    /// <summary>
    /// The limits UTS #46 ToASCII checks (§4.1, §4.2) on a domain with a non-ASCII label: no label but a typed A-label
    /// with '-' in its third and fourth positions (CheckHyphens, RFC 5891 §4.2.3.1), encoded labels of at most 63
    /// characters and a name of at most 253 (VerifyDnsLength).
    /// </summary>
    private static bool FitsIdnaLimits(ReadOnlySpan<char> unicode, ReadOnlySpan<char> encoded)
    {
        if (encoded.Length > MaxDomainLength)
        {
            return false;
        }

        for (ReadOnlySpan<char> rest = encoded; ;)
        {
            int dot = rest.IndexOf('.');
            if ((dot < 0 ? rest.Length : dot) > MaxLabelLength)
            {
                return false;
            }

            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }

        for (ReadOnlySpan<char> rest = unicode; ;)
        {
            int dot = rest.IndexOf('.');
            ReadOnlySpan<char> label = dot < 0 ? rest : rest[..dot];
            bool typedALabel = label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) && !label.ContainsAnyExceptInRange('\0', '\u007F');
            if (label.Length >= 4 && label[2] == '-' && label[3] == '-' && !typedALabel)
            {
                return false;
            }

            if (dot < 0)
            {
                return true;
            }

            rest = rest[(dot + 1)..];
        }
    }

    private static bool SameUpToCaseAndComposition(ReadOnlySpan<char> decoded, ReadOnlySpan<char> typed) =>
        string.Equals(
            decoded.ToString().ToLowerInvariant(),
            typed.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormC),
            StringComparison.Ordinal);

    /// <summary>
    /// The index of the first non-ASCII character IDNA refuses or maps to something other than itself (up to case and
    /// composition), tried after a letter so that a combining mark is read in place; -1 when each passes alone (a label
    /// too long once encoded, hyphens in the third and fourth positions).
    /// </summary>
    private static int IndexOfRemapped(ReadOnlySpan<char> part)
    {
        for (int i = 0; i < part.Length; i++)
        {
            if (part[i] < 0x80)
            {
                continue;
            }

            TypedText.ReadCodePoint(part, i, out int width);
            string probe = string.Concat("a", part.Slice(i, width));
            string? ascii = TryGetAscii(probe);
            string? back = ascii is null ? null : TryGetUnicode(ascii);
            if (back is null || !SameUpToCaseAndComposition(back, probe))
            {
                return i;
            }

            i += width - 1;
        }

        return -1;
    }

    private static string? TryGetAscii(string unicode)
    {
        if (!IdnaCharacters.HasIcu)
        {
            return Punycode.ToAscii(unicode);
        }

        try
        {
            return Idna.GetAscii(unicode);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? TryGetUnicode(string ascii)
    {
        if (!IdnaCharacters.HasIcu)
        {
            return Punycode.ToUnicode(ascii);
        }

        try
        {
            return Idna.GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>local@domain with the (ASCII) domain lower-cased.</summary>
    internal static string Join(ReadOnlySpan<char> local, ReadOnlySpan<char> domain)
    {
        // A valid address or a suggestion has at most MaxLength characters; anything longer is not put on the stack.
        int length = local.Length + 1 + domain.Length;
        Span<char> joined = length <= MaxLength ? stackalloc char[length] : new char[length];
        local.CopyTo(joined);
        joined[local.Length] = '@';
        domain.ToLowerInvariant(joined[(local.Length + 1)..]);
        return new string(joined);
    }
}
