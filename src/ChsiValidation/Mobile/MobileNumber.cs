namespace ChsiValidation;

/// <summary>
/// Mainland China mobile numbers (11 digits starting with 1), as typed into a registration form.
/// </summary>
/// <remarks>
/// <para>
/// The accepted prefixes are those the Ministry of Industry and Information Technology (工业和信息化部) has allocated
/// for 11-digit numbers, as of <see cref="AllocationAsOf"/> (<c>Generated/MobilePrefixes.g.cs</c>, built from
/// <c>tools/MobilePrefixes/allocations.txt</c>), each with its <see cref="MobileNumberKind"/> and holder: public mobile,
/// satellite (1349, 17400–17412, 1749) and data-only (145, 147, 149), plus 1610 from libphonenumber's metadata. This
/// accepts what libphonenumber 9.0.43 accepts and also 149, 17406–17412 and 1749; the tests list the differences.
/// <see cref="MobileNumberOptions"/> refuses kinds and adds prefixes.
/// </para>
/// <para>
/// Normalisation is a whitelist: full-width digits and ＋ are folded; spaces (U+0020, NBSP, U+3000), '-', '(' and ')'
/// are dropped; one leading +86, 0086 or 86 is dropped only when 11 digits remain. Everything else is an error:
/// letters (138OO138OOO with the letter O), zero-width characters, trailing text, a trunk 0. (libphonenumber's own
/// parser accepts <c>13800138000a</c> and a trailing U+200B.) No regular expressions, no exceptions.
/// </para>
/// </remarks>
public static partial class MobileNumber
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

    /// <summary>
    /// The date of the allocation table behind the default verdicts: 2023-03-01, the MIIT allocations in force in March
    /// 2023 (the day is not significant). A range allocated later is added by <see cref="MobileNumberOptions.AdditionalPrefixes"/>.
    /// </summary>
    public static DateOnly AllocationAsOf => new(AllocationYear, AllocationMonth, AllocationDay);

    /// <summary>Validates a typed mobile number.</summary>
    /// <param name="input">What the person typed; <see langword="null"/> is reported as <see cref="MobileNumberError.Empty"/>.</param>
    /// <param name="options">Accepted kinds and added prefixes; <see langword="null"/> is <see cref="MobileNumberOptions.Default"/>.</param>
    /// <returns>The verdict with the reason, the canonical 11 digits, the kind and the advisory carrier. Never throws.</returns>
    public static MobileNumberResult Validate(string? input, MobileNumberOptions? options = null)
    {
        Span<char> buffer = stackalloc char[MaxDigits];
        MobileNumberResult folded = Fold(input.AsSpan(), buffer, out int start);
        if (folded.Error != MobileNumberError.None)
        {
            return folded;
        }

        ReadOnlySpan<char> digits = buffer.Slice(start, Length);
        string normalized = folded.Changes == MobileNumberChanges.None && input!.Length == Length ? input : digits.ToString();
        MobileNumberError error = Classify(digits, options ?? MobileNumberOptions.Default, out MobileNumberKind kind, out MobileCarrier carrier);
        return new MobileNumberResult
        {
            Error = error,
            Normalized = normalized,
            Kind = kind,
            Carrier = carrier,
            Changes = folded.Changes,
            ErrorPosition = -1,
        };
    }

    /// <summary>
    /// <see langword="true"/> when <paramref name="input"/> is a valid mainland mobile number under
    /// <see cref="MobileNumberOptions.Default"/>; the same verdict as <c>Validate(input).IsValid</c> (the same folding of
    /// separators, full-width digits and country code), without allocating: only <see cref="Validate(string?, MobileNumberOptions?)"/>
    /// builds the 11-digit string.
    /// </summary>
    /// <param name="input">What the person typed; an empty span is <see cref="MobileNumberError.Empty"/>, so <see langword="false"/>.</param>
    public static bool IsValid(ReadOnlySpan<char> input) => IsValid(input, MobileNumberOptions.Default);

    /// <summary>
    /// <see langword="true"/> when <paramref name="input"/> is a valid mainland mobile number under
    /// <paramref name="options"/>; the same verdict as <c>Validate(input, options).IsValid</c>, without allocating.
    /// </summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="options">Accepted kinds and added prefixes.</param>
    public static bool IsValid(ReadOnlySpan<char> input, MobileNumberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Span<char> buffer = stackalloc char[MaxDigits];
        if (Fold(input, buffer, out int start).Error != MobileNumberError.None)
        {
            return false;
        }

        return Classify(buffer.Slice(start, Length), options, out _, out _) == MobileNumberError.None;
    }

    /// <summary>
    /// <see langword="true"/> when <see cref="Validate(string?, MobileNumberOptions?)"/> accepts <paramref name="input"/>
    /// exactly as typed: valid, and its <see cref="MobileNumberResult.Normalized"/> form the input itself (11 ASCII digits,
    /// nothing folded). Nothing is allocated. For checking many numbers (a roster), where only the others need a result
    /// built.
    /// </summary>
    /// <param name="input">The number as typed.</param>
    /// <param name="options">Accepted kinds and added prefixes; <see langword="null"/> means <see cref="MobileNumberOptions.Default"/>.</param>
    public static bool IsValidAsTyped(ReadOnlySpan<char> input, MobileNumberOptions? options = null) =>
        // Eleven ASCII digits fold to themselves: the allocation decides.
        input.Length == Length && TypedText.IsAsciiDigits(input) && Classify(input, options ?? MobileNumberOptions.Default, out _, out _) == MobileNumberError.None;

    /// <summary>
    /// <see langword="true"/> when 11 ASCII digits lie under a prefix of the allocation table (any kind; not the
    /// prefixes options add). No folding: anything but exactly 11 ASCII digits is <see langword="false"/>.
    /// </summary>
    public static bool IsMobileRange(ReadOnlySpan<char> digits)
    {
        return digits.Length == Length && TypedText.IsAsciiDigits(digits) && Allocation(digits) != 0;
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

    // Entries of PrefixTable at or above this mark refer to a block of FifthDigitBlocks (its number in the low bits).
    private const byte BlockMark = 0xF0;

    /// <summary>
    /// The allocation of 11 ASCII digits: 0 when the table has none, else kind &lt;&lt; 4 | carrier. Two table reads, no
    /// branches on the data beyond the leading 1 and the rare fifth-digit block (1740, 1741).
    /// </summary>
    private static byte Allocation(ReadOnlySpan<char> n)
    {
        if (n[0] != '1')
        {
            return 0;
        }

        int index = (n[1] - '0') * 100 + (n[2] - '0') * 10 + (n[3] - '0');
        byte entry = PrefixTable[index];
        return entry >= BlockMark ? FifthDigitBlocks[(entry - BlockMark) * 10 + (n[4] - '0')] : entry;
    }

    /// <summary>
    /// The verdict on 11 ASCII digits under <paramref name="options"/>: the table's allocation, else the options' added
    /// prefixes; then the accepted kinds. Kind and carrier are reported whenever the prefix is allocated.
    /// </summary>
    private static MobileNumberError Classify(ReadOnlySpan<char> digits, MobileNumberOptions options, out MobileNumberKind kind, out MobileCarrier carrier)
    {
        byte entry = Allocation(digits);
        if (entry != 0)
        {
            kind = (MobileNumberKind)(entry >> 4);
            carrier = (MobileCarrier)(entry & 0x0F);
        }
        else if (!options.TryMatchAdditional(digits, out kind, out carrier))
        {
            return MobileNumberError.NotMobile;
        }

        return (options.AcceptedKinds & kind) != 0 ? MobileNumberError.None : MobileNumberError.KindNotAccepted;
    }
}
