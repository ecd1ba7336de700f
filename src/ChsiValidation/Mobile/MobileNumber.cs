namespace ChsiValidation;

/// <summary>
/// Mainland China mobile numbers (11 digits starting with 1), as typed into a registration form.
/// </summary>
/// <remarks>
/// <para>
/// The accepted ranges equal libphonenumber's CN mobile pattern (metadata of libphonenumber 9.0.43):
/// <c>1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8}</c>. The tests use
/// libphonenumber-csharp as an oracle over every prefix 1000–1999.
/// </para>
/// <para>
/// Normalisation is a whitelist: full-width digits and ＋ are folded; spaces (U+0020, NBSP, U+3000), '-', '(' and ')'
/// are dropped; one leading +86, 0086 or 86 is dropped only when 11 digits remain. Everything else is an error:
/// letters (138OO138OOO with the letter O), zero-width characters, trailing text, a trunk 0. (libphonenumber's own
/// parser accepts <c>13800138000a</c> and a trailing U+200B.) No regular expressions, no exceptions.
/// </para>
/// </remarks>
public static class MobileNumber
{
    /// <summary>Length of a mainland mobile number without country code.</summary>
    public const int Length = 11;

    /// <summary>The E.164 prefix of China.</summary>
    public const string CountryPrefix = "+86";

    // Longest accepted form with generous separators ("+86 (138) 0013 - 8000" is 21); longer input is refused unread.
    // Not below the ID rule's bound: a username of 0086 + 11 digits padded with spaces is read by both rules, and a
    // smaller bound here would let the ID rule accept what the mobile rule never read.
    internal const int MaxInputLength = IdNumber.MaxInputLength;

    // 0086 + 11 digits.
    private const int MaxDigits = 15;

    /// <summary>What the rule drops between digits: the typed spaces (<see cref="TypedText.IsSpace"/>), '-', '(' and ')'.</summary>
    internal static bool IsSeparator(char c) => TypedText.IsSpace(c) || c is '-' or '(' or ')';

    /// <summary>Validates a typed mobile number.</summary>
    /// <param name="input">What the person typed; <see langword="null"/> is reported as <see cref="MobileNumberError.Empty"/>.</param>
    /// <returns>The verdict with the reason, the canonical 11 digits and the advisory carrier. Never throws.</returns>
    public static MobileNumberResult Validate(string? input)
    {
        Span<char> buffer = stackalloc char[MaxDigits];
        MobileNumberResult folded = Fold(input.AsSpan(), buffer, out int start);
        if (folded.Error != MobileNumberError.None)
        {
            return folded;
        }

        ReadOnlySpan<char> digits = buffer.Slice(start, Length);
        string normalized = folded.Changes == MobileNumberChanges.None && input!.Length == Length ? input : digits.ToString();
        MobileCarrier carrier = CarrierOf(digits, out bool mobile);
        return mobile
            ? new MobileNumberResult { Normalized = normalized, Carrier = carrier, Changes = folded.Changes, ErrorPosition = -1 }
            : new MobileNumberResult { Error = MobileNumberError.NotMobile, Normalized = normalized, Changes = folded.Changes, ErrorPosition = -1 };
    }

    /// <summary>
    /// <see langword="true"/> when <paramref name="input"/> is a valid mainland mobile number; the same verdict as
    /// <c>Validate(input).IsValid</c> (the same folding of separators, full-width digits and country code), without
    /// allocating: only <see cref="Validate(string?)"/> builds the 11-digit string.
    /// </summary>
    /// <param name="input">What the person typed; an empty span is <see cref="MobileNumberError.Empty"/>, so <see langword="false"/>.</param>
    public static bool IsValid(ReadOnlySpan<char> input)
    {
        Span<char> buffer = stackalloc char[MaxDigits];
        if (Fold(input, buffer, out int start).Error != MobileNumberError.None)
        {
            return false;
        }

        CarrierOf(buffer.Slice(start, Length), out bool mobile);
        return mobile;
    }

    /// <summary>
    /// <see langword="true"/> when 11 ASCII digits lie in a mainland mobile range (libphonenumber's CN mobile set). No
    /// folding: anything but exactly 11 ASCII digits is <see langword="false"/>.
    /// </summary>
    public static bool IsMobileRange(ReadOnlySpan<char> digits)
    {
        if (digits.Length != Length)
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        CarrierOf(digits, out bool mobile);
        return mobile;
    }

    /// <summary>
    /// Folds typed input into <paramref name="buffer"/>: digits only, country code removed. On success the 11 digits
    /// start at <paramref name="start"/> and the result carries the changes made.
    /// </summary>
    private static MobileNumberResult Fold(ReadOnlySpan<char> input, Span<char> buffer, out int start)
    {
        start = 0;
        if (input.Length > MaxInputLength)
        {
            return MobileNumberResult.Fail(MobileNumberError.InvalidLength);
        }

        if (TypedText.IsBlank(input))
        {
            return MobileNumberResult.Fail(MobileNumberError.Empty);
        }

        // Spaces before contentStart and from contentEnd on are trimmed, not separators; found at the first separator.
        int contentStart = -1, contentEnd = -1;
        var changes = MobileNumberChanges.None;
        int count = 0;
        bool plus = false;
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            char digit = default;
            if (char.IsAsciiDigit(c))
            {
                digit = c;
            }
            else if (TypedText.IsFullWidthDigit(c))
            {
                digit = TypedText.FoldDigit(c);
                changes |= MobileNumberChanges.FullWidthFolded;
            }
            else if (IsSeparator(c))
            {
                if (contentStart < 0)
                {
                    contentStart = input.Length - TypedText.TrimStart(input).Length;
                    contentEnd = contentStart + TypedText.Trim(input[contentStart..]).Length;
                }

                changes |= i < contentStart || i >= contentEnd ? MobileNumberChanges.WhitespaceTrimmed : MobileNumberChanges.SeparatorsRemoved;
                continue;
            }
            else if ((c is '+' or '\uFF0B') && !plus && count == 0)
            {
                // A plus only opens the number: "+86 ...".
                plus = true;
                changes |= c == '+' ? MobileNumberChanges.None : MobileNumberChanges.FullWidthFolded;
                continue;
            }
            else
            {
                return MobileNumberResult.Fail(MobileNumberError.InvalidCharacter, i);
            }

            // Keep reading past 15 digits so that a stray letter later on is still reported as such.
            if (count < MaxDigits)
            {
                buffer[count] = digit;
            }

            count++;
        }

        if (count > MaxDigits)
        {
            return MobileNumberResult.Fail(MobileNumberError.InvalidLength);
        }

        ReadOnlySpan<char> digits = buffer[..count];
        if (plus)
        {
            if (count >= 2 && !digits.StartsWith("86"))
            {
                return MobileNumberResult.Fail(MobileNumberError.ForeignCountryCode);
            }

            start = Math.Min(2, count);
        }
        else if (digits.StartsWith("0086") && IsNationalLength(digits[4..]))
        {
            start = 4;
        }
        else if (digits.StartsWith("86") && IsNationalLength(digits[2..]))
        {
            start = 2;
        }

        if (start > 0)
        {
            changes |= MobileNumberChanges.CountryCodeRemoved;
        }

        ReadOnlySpan<char> national = digits[start..];
        if (national.Length == Length + 1 && national[0] == '0' && national[1] == '1')
        {
            return MobileNumberResult.Fail(MobileNumberError.LeadingZero);
        }

        if (national.Length != Length)
        {
            return MobileNumberResult.Fail(MobileNumberError.InvalidLength);
        }

        return new MobileNumberResult { Changes = changes, ErrorPosition = -1 };
    }

    // 11 digits, or 12 with a trunk 0 (reported as LeadingZero rather than as a wrong length).
    private static bool IsNationalLength(ReadOnlySpan<char> rest) =>
        rest.Length == Length || (rest.Length == Length + 1 && rest[0] == '0');

    /// <summary>
    /// The range check and the advisory carrier of 11 ASCII digits. The ranges are libphonenumber's CN mobile pattern;
    /// the carriers are the ranges' original allocations (MIIT numbering plan), advisory since number portability.
    /// </summary>
    private static MobileCarrier CarrierOf(ReadOnlySpan<char> n, out bool mobile)
    {
        mobile = false;
        if (n[0] != '1')
        {
            return MobileCarrier.Unknown;
        }

        int second = n[1] - '0';
        int third = n[2] - '0';
        mobile = true;
        switch (second)
        {
            case 3:
                return third switch
                {
                    0 or 1 or 2 => MobileCarrier.ChinaUnicom,
                    3 => MobileCarrier.ChinaTelecom,
                    4 => n[3] == '9' ? MobileCarrier.ChinaTelecom : MobileCarrier.ChinaMobile, // 1349: satellite
                    _ => MobileCarrier.ChinaMobile,
                };
            case 4:
                mobile = third is 5 or 7;
                return third == 5 ? MobileCarrier.ChinaUnicom : third == 7 ? MobileCarrier.ChinaMobile : MobileCarrier.Unknown;
            case 5:
                mobile = third != 4;
                return third switch
                {
                    0 or 1 or 2 or 7 or 8 or 9 => MobileCarrier.ChinaMobile,
                    3 => MobileCarrier.ChinaTelecom,
                    5 or 6 => MobileCarrier.ChinaUnicom,
                    _ => MobileCarrier.Unknown,
                };
            case 6:
                // 162, 165–167, and the 1610x block.
                mobile = third is 2 or 5 or 6 or 7 || (third == 1 && n[3] == '0');
                return third switch
                {
                    2 or 5 or 7 => MobileCarrier.Virtual,
                    6 => MobileCarrier.ChinaUnicom,
                    _ => MobileCarrier.Unknown,
                };
            case 7:
                // 170–173, 175–178, and 1740[0-5] (satellite).
                mobile = third is not (4 or 9) || (third == 4 && n[3] == '0' && n[4] <= '5');
                return third switch
                {
                    0 or 1 => MobileCarrier.Virtual,
                    2 or 8 => MobileCarrier.ChinaMobile,
                    3 or 4 or 7 => MobileCarrier.ChinaTelecom,
                    5 or 6 => MobileCarrier.ChinaUnicom,
                    _ => MobileCarrier.Unknown,
                };
            case 8:
                return third switch
                {
                    0 or 1 or 9 => MobileCarrier.ChinaTelecom,
                    5 or 6 => MobileCarrier.ChinaUnicom,
                    _ => MobileCarrier.ChinaMobile,
                };
            case 9:
                mobile = third != 4;
                return third switch
                {
                    0 or 1 or 3 or 9 => MobileCarrier.ChinaTelecom,
                    2 => MobileCarrier.ChinaBroadnet,
                    5 or 7 or 8 => MobileCarrier.ChinaMobile,
                    6 => MobileCarrier.ChinaUnicom,
                    _ => MobileCarrier.Unknown,
                };
            default:
                mobile = false;
                return MobileCarrier.Unknown;
        }
    }
}
