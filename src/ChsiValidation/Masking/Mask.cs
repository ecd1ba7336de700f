using CertificateRule = ChsiValidation.CertificateNumber;
using EmailRule = ChsiValidation.Email;
using IdNumberRule = ChsiValidation.IdNumber;
using MobileRule = ChsiValidation.MobileNumber;
using PersonNameRule = ChsiValidation.PersonName;

namespace ChsiValidation;

/// <summary>
/// Masking (脱敏) for display and logs: ID numbers, certificate numbers, mobile numbers, email addresses and names, each
/// shown in part (110105********002X, 138****8000, u***@qq.com, 张*梦, 欧阳**) the way Chinese sites commonly show them.
/// </summary>
/// <remarks>
/// <para>
/// A value is masked in its canonical form, the one its rule stores (<see cref="IRuleResult.Normalized"/>): a full-width,
/// spaced or country-coded input masks exactly like the canonical value. A value its rule rejects is masked whole, as a
/// fixed run of mask characters whose length does not depend on the input (18 for ID and certificate numbers, 11 for mobile
/// numbers, 3 for addresses and names): an invalid number is never echoed, not even its length, and a 1 MB paste becomes a
/// short mask. Empty input (nothing, or only spaces) masks to the empty string: nothing is there to hide. An input longer
/// than any its rule reads is masked whole unread, whatever it holds, spaces included.
/// </para>
/// <para>
/// At least one character is always hidden: when the kept start and end would cover a short value, the end gives way
/// first (张* for a two-character name), then the start. Names and other free text are counted in characters (Unicode
/// scalar values), so a rare character outside the BMP (𠮷) is kept or hidden whole.
/// </para>
/// <para>
/// Nothing here throws for any input (null, empty, 1 MB, lone surrogates); options are checked when they are created. The
/// span overloads write into the caller's buffer and allocate nothing for ID numbers, mobile numbers, names, ASCII email
/// addresses and certificate numbers of every type, valid or not; each asks its rule's span entry point, the one the
/// rule's own <c>Validate</c> runs. Two cases allocate, each said at its method: a name whose canonical form differs from
/// the input and whose trimmed input is longer than 128 UTF-16 units (one buffer for the canonical form), and an email
/// address with an internationalised domain (encoded by <see cref="System.Globalization.IdnMapping"/>).
/// </para>
/// </remarks>
public static class Mask
{
    /// <summary>The default mask character, '*'.</summary>
    public const char DefaultMaskCharacter = '*';

    private const int WholeIdNumber = IdNumberRule.Length;
    private const int WholeMobileNumber = MobileRule.Length;
    private const int WholeText = 3;

    // Longer than any value a name or certificate rule accepts under any options (1,000 characters, each two UTF-16
    // units, and room for spaces): refused unread rather than copied into a string.
    private const int LongestTextInput = (PersonNameOptions.MaxMaxLength * 2) + 64;

    // The most a masked address can need: kept start and end of a 64-character local part, the mask, '@', the domain.
    private const int LongestMaskedEmail = (2 * EmailRule.MaxLocalPartLength) + EmailRule.MaxLocalPartLength + 1 + EmailRule.MaxLength;

    // The most a masked name or certificate number can need: every character kept or hidden, two UTF-16 units each.
    private const int LongestMaskedText = 2 * PersonNameOptions.MaxMaxLength;

    /// <summary>Masks a typed ID number (GB 11643-1999): 11010519491231002X → 110105********002X.</summary>
    /// <param name="input">The number as typed or stored; folded by the ID rule first.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="IdNumberMaskOptions.Default"/>.</param>
    /// <returns>
    /// The masked canonical number; 18 mask characters when the rule rejects the input; the empty string when nothing was
    /// entered. Never throws.
    /// </returns>
    public static string IdNumber(string? input, IdNumberMaskOptions? options = null)
    {
        Span<char> buffer = stackalloc char[IdNumberRule.Length];
        TryIdNumber(input.AsSpan(), buffer, out int written, options);
        return new string(buffer[..written]);
    }

    /// <summary>Span form of <see cref="IdNumber(string?, IdNumberMaskOptions?)"/>; allocates nothing.</summary>
    /// <param name="input">The number as typed or stored.</param>
    /// <param name="destination">Where the mask is written; 18 characters always suffice.</param>
    /// <param name="charsWritten">The length of the mask, or 0 when <paramref name="destination"/> is too small.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="IdNumberMaskOptions.Default"/>.</param>
    /// <returns><see langword="false"/> only when <paramref name="destination"/> is too small.</returns>
    public static bool TryIdNumber(ReadOnlySpan<char> input, Span<char> destination, out int charsWritten, IdNumberMaskOptions? options = null)
    {
        options ??= IdNumberMaskOptions.Default;
        if (input.Length <= IdNumberRule.MaxInputLength && TypedText.IsBlank(input))
        {
            charsWritten = 0;
            return true;
        }

        Span<char> canonical = stackalloc char[IdNumberRule.Length];
        int length = FoldValidIdNumber(input, options.Validation ?? IdNumberOptions.Default, canonical);
        return length == 0
            ? TryFill(WholeIdNumber, options.MaskCharacter, destination, out charsWritten)
            : TryWriteKept(canonical[..length], options.KeepFirst, options.KeepLast, options.MaskCharacter, maskRun: 0, destination, out charsWritten);
    }

    /// <summary>Masks a typed mainland mobile number: +86 138 0013 8000 → 138****8000.</summary>
    /// <param name="input">The number as typed or stored; folded by the mobile rule first (country code, separators, full-width digits).</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="MobileNumberMaskOptions.Default"/>.</param>
    /// <returns>
    /// The masked 11 digits; 11 mask characters when the rule rejects the input; the empty string when nothing was entered.
    /// Never throws.
    /// </returns>
    public static string MobileNumber(string? input, MobileNumberMaskOptions? options = null)
    {
        Span<char> buffer = stackalloc char[MobileRule.Length];
        TryMobileNumber(input.AsSpan(), buffer, out int written, options);
        return new string(buffer[..written]);
    }

    /// <summary>Span form of <see cref="MobileNumber(string?, MobileNumberMaskOptions?)"/>; allocates nothing.</summary>
    /// <param name="input">The number as typed or stored.</param>
    /// <param name="destination">Where the mask is written; 11 characters always suffice.</param>
    /// <param name="charsWritten">The length of the mask, or 0 when <paramref name="destination"/> is too small.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="MobileNumberMaskOptions.Default"/>.</param>
    /// <returns><see langword="false"/> only when <paramref name="destination"/> is too small.</returns>
    public static bool TryMobileNumber(ReadOnlySpan<char> input, Span<char> destination, out int charsWritten, MobileNumberMaskOptions? options = null)
    {
        options ??= MobileNumberMaskOptions.Default;
        if (input.Length <= MobileRule.MaxInputLength && TypedText.IsBlank(input))
        {
            charsWritten = 0;
            return true;
        }

        if (!MobileRule.IsValid(input, options.Validation ?? MobileNumberOptions.Default))
        {
            return TryFill(WholeMobileNumber, options.MaskCharacter, destination, out charsWritten);
        }

        // A valid input holds digits (ASCII or full-width) and decorations only, and its national number is its last 11
        // digits: whatever country code there was stands before them.
        Span<char> digits = stackalloc char[MobileRule.MaxInputLength];
        int count = 0;
        foreach (char c in input)
        {
            char digit = TypedText.FoldDigit(c);
            if (digit != '\0' && count < digits.Length)
            {
                digits[count++] = digit;
            }
        }

        ReadOnlySpan<char> national = digits[..count][^MobileRule.Length..];
        return TryWriteKept(national, options.KeepFirst, options.KeepLast, options.MaskCharacter, maskRun: 0, destination, out charsWritten);
    }

    /// <summary>Masks an email address: user@qq.com → u***@qq.com. The domain is kept, in its canonical (lower-case, IDNA) form.</summary>
    /// <param name="input">The address as typed or stored.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="EmailMaskOptions.Default"/>.</param>
    /// <returns>
    /// The masked canonical address; three mask characters when the rule rejects the input; the empty string when nothing
    /// was entered. Never throws.
    /// </returns>
    public static string Email(string? input, EmailMaskOptions? options = null)
    {
        Span<char> buffer = stackalloc char[LongestMaskedEmail];
        TryEmail(input.AsSpan(), input, buffer, out int written, options ?? EmailMaskOptions.Default);
        return new string(buffer[..written]);
    }

    /// <summary>
    /// Span form of <see cref="Email(string?, EmailMaskOptions?)"/>; allocates nothing for an ASCII domain, valid or not.
    /// A non-ASCII domain (例子.中国) is checked and encoded by <see cref="System.Globalization.IdnMapping"/>, which reads
    /// and returns strings: the input is copied into a string and, for an address the rule accepts, the canonical address
    /// is a second one; a rejected address can cost the check's strings.
    /// </summary>
    /// <param name="input">The address as typed or stored.</param>
    /// <param name="destination">Where the mask is written; 256 characters suffice for the default options.</param>
    /// <param name="charsWritten">The length of the mask, or 0 when <paramref name="destination"/> is too small.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="EmailMaskOptions.Default"/>.</param>
    /// <returns><see langword="false"/> only when <paramref name="destination"/> is too small.</returns>
    public static bool TryEmail(ReadOnlySpan<char> input, Span<char> destination, out int charsWritten, EmailMaskOptions? options = null) =>
        TryEmail(input, null, destination, out charsWritten, options ?? EmailMaskOptions.Default);

    /// <summary>
    /// Masks a person's name: 张三 → 张*, 张小梦 → 张*梦, 欧阳娜娜 → 欧阳** (a compound surname is kept whole, see
    /// <see cref="PersonNameMaskOptions.KeepCompoundSurnames"/>).
    /// </summary>
    /// <param name="input">The name as typed or stored; folded by the name rule first (spaces, dot variants, radicals).</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="PersonNameMaskOptions.Default"/>.</param>
    /// <returns>
    /// The masked canonical name, one mask character per hidden character; three mask characters when the rule rejects the
    /// input; the empty string when nothing was entered. Never throws.
    /// </returns>
    public static string PersonName(string? input, PersonNameMaskOptions? options = null)
    {
        Span<char> buffer = stackalloc char[64];
        if (TryPersonName(input.AsSpan(), buffer, out int written, options))
        {
            return new string(buffer[..written]);
        }

        char[] large = new char[LongestMaskedText];
        TryPersonName(input.AsSpan(), large, out written, options);
        return new string(large, 0, written);
    }

    /// <summary>
    /// Span form of <see cref="PersonName(string?, PersonNameMaskOptions?)"/>. Allocates nothing, for a name the rule
    /// accepts or rejects, with one exception: a name whose canonical form differs from the input (trimmed, a dot variant
    /// or radical folded, a Latin name's marks composed or spaces collapsed) and whose trimmed input is longer than 128
    /// UTF-16 units has its canonical form written to one array of twice that length; 128 units hold any name of the
    /// default 50 characters.
    /// </summary>
    /// <param name="input">The name as typed or stored.</param>
    /// <param name="destination">Where the mask is written; twice the name's length always suffices.</param>
    /// <param name="charsWritten">The length of the mask, or 0 when <paramref name="destination"/> is too small.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="PersonNameMaskOptions.Default"/>.</param>
    /// <returns><see langword="false"/> only when <paramref name="destination"/> is too small.</returns>
    public static bool TryPersonName(ReadOnlySpan<char> input, Span<char> destination, out int charsWritten, PersonNameMaskOptions? options = null)
    {
        options ??= PersonNameMaskOptions.Default;
        if (input.Length <= LongestTextInput && TypedText.IsBlank(input))
        {
            charsWritten = 0;
            return true;
        }

        Span<char> buffer = stackalloc char[PersonNameRule.StackBufferLength];
        if (input.Length > LongestTextInput
            || PersonNameRule.Check(input, options.Validation ?? PersonNameOptions.Default, buffer, out ReadOnlySpan<char> canonical) != PersonNameError.None)
        {
            return TryFill(WholeText, options.MaskCharacter, destination, out charsWritten);
        }

        int keepFirst = options.KeepFirst;
        int keepLast = options.KeepLast;
        if (options.KeepCompoundSurnames && keepFirst > 0 && CompoundSurnames.StartsName(canonical))
        {
            // The surname counts as one character; its second takes the place of one kept at the end.
            keepFirst++;
            keepLast = Math.Max(0, keepLast - 1);
        }

        return TryWriteKept(canonical, keepFirst, keepLast, options.MaskCharacter, maskRun: 0, destination, out charsWritten);
    }

    /// <summary>
    /// Masks a certificate number of a given type: ID-rule numbers like <see cref="IdNumber(string?, IdNumberMaskOptions?)"/>
    /// (110105********002X), the others keeping their first and last characters (护照 E12345678 → E*****678).
    /// </summary>
    /// <param name="type">The certificate type chosen on the form.</param>
    /// <param name="input">The number as typed or stored; folded by the certificate rule first.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="CertificateNumberMaskOptions.Default"/>.</param>
    /// <returns>
    /// The masked canonical number; 18 mask characters when the rule rejects the number for <paramref name="type"/> (a
    /// number of another type included); the empty string when nothing was entered. Never throws.
    /// </returns>
    public static string CertificateNumber(CertificateType type, string? input, CertificateNumberMaskOptions? options = null)
    {
        Span<char> buffer = stackalloc char[64];
        if (TryCertificateNumberCore(type, input.AsSpan(), buffer, out int written, options ?? CertificateNumberMaskOptions.Default))
        {
            return new string(buffer[..written]);
        }

        char[] large = new char[LongestMaskedText];
        TryCertificateNumberCore(type, input.AsSpan(), large, out written, options ?? CertificateNumberMaskOptions.Default);
        return new string(large, 0, written);
    }

    /// <summary>
    /// Span form of <see cref="CertificateNumber(CertificateType, string?, CertificateNumberMaskOptions?)"/>; allocates
    /// nothing, for every type, valid or not.
    /// </summary>
    /// <param name="type">The certificate type chosen on the form.</param>
    /// <param name="input">The number as typed or stored.</param>
    /// <param name="destination">Where the mask is written; 18 characters suffice for every type but 其他.</param>
    /// <param name="charsWritten">The length of the mask, or 0 when <paramref name="destination"/> is too small.</param>
    /// <param name="options">What is kept; <see langword="null"/> means <see cref="CertificateNumberMaskOptions.Default"/>.</param>
    /// <returns><see langword="false"/> only when <paramref name="destination"/> is too small.</returns>
    public static bool TryCertificateNumber(CertificateType type, ReadOnlySpan<char> input, Span<char> destination, out int charsWritten, CertificateNumberMaskOptions? options = null) =>
        TryCertificateNumberCore(type, input, destination, out charsWritten, options ?? CertificateNumberMaskOptions.Default);

    /// <summary>
    /// The canonical form of a number the ID rule accepts under <paramref name="options"/>, written to
    /// <paramref name="canonical"/> (18 characters); its length, or 0 when the rule rejects it. A valid input holds only
    /// digits (ASCII or full-width), x or X (ASCII or full-width) and spaces, so its canonical form is its digits and X in order.
    /// </summary>
    private static int FoldValidIdNumber(ReadOnlySpan<char> input, IdNumberOptions options, Span<char> canonical)
    {
        if (input.Length > IdNumberRule.MaxInputLength || !IdNumberRule.IsValid(input, options))
        {
            return 0;
        }

        int length = 0;
        foreach (char c in input)
        {
            if (TypedText.IsSpace(c) || length == canonical.Length)
            {
                continue;
            }

            char digit = TypedText.FoldDigit(c);
            canonical[length++] = digit != '\0' ? digit : 'X';
        }

        return length;
    }

    /// <summary>
    /// The certificate type a valid canonical ID number belongs to, as its address code says (GB 11643-1999; the residence
    /// permits' codes 810000, 820000 and 830000, 国办发〔2018〕81号; a leading 9 for the 2023 foreign permanent resident ID;
    /// a first-generation number is a resident ID card's).
    /// </summary>
    private static CertificateType CertificateTypeOf(ReadOnlySpan<char> canonical) =>
        canonical.Length != IdNumberRule.Length ? CertificateType.ResidentIdCard // first generation, when the options allow it
        : canonical[0] == '9' ? CertificateType.ForeignPermanentResidentId
        : canonical[..6] is "810000" or "820000" or "830000" ? CertificateType.ResidencePermit
        : CertificateType.ResidentIdCard;

    private static bool TryEmail(ReadOnlySpan<char> input, string? original, Span<char> destination, out int charsWritten, EmailMaskOptions options)
    {
        if (input.Length <= EmailRule.MaxInputLength && TypedText.IsBlank(input))
        {
            charsWritten = 0;
            return true;
        }

        EmailOptions rule = options.Validation ?? EmailMaskOptions.FoldingEmailOptions;
        if (input.Length > EmailRule.MaxInputLength || EmailRule.Validate(input, original, rule, normalize: false).Error != EmailError.None)
        {
            return TryFill(WholeText, options.MaskCharacter, destination, out charsWritten);
        }

        // The rule accepted it: the canonical address is the (trimmed) input with full-width forms folded and the domain
        // lower-cased, or, for a Unicode domain, IDNA-encoded; the rule did that, so it is asked for the string then.
        ReadOnlySpan<char> text = rule.TrimWhitespace ? TypedText.Trim(input) : input;
        Span<char> folded = stackalloc char[EmailRule.MaxLength];
        if (text.Length > folded.Length)
        {
            return TryFill(WholeText, options.MaskCharacter, destination, out charsWritten);
        }

        for (int i = 0; i < text.Length; i++)
        {
            char half = EmailRule.HalfWidthOf(text[i]);
            folded[i] = half != '\0' ? half : text[i];
        }

        ReadOnlySpan<char> address = folded[..text.Length];
        int at = address.IndexOf('@');
        if (!System.Text.Ascii.IsValid(address[(at + 1)..]))
        {
            string? normalized = EmailRule.Validate(original ?? input.ToString(), rule).Normalized;
            if (normalized is null)
            {
                return TryFill(WholeText, options.MaskCharacter, destination, out charsWritten);
            }

            address = normalized;
            at = address.LastIndexOf('@');
        }

        ReadOnlySpan<char> domain = address[(at + 1)..];
        if (!TryWriteKept(address[..at], options.KeepFirst, options.KeepLast, options.MaskCharacter, options.MaskLength, destination, out int written)
            || destination.Length - written < 1 + domain.Length)
        {
            charsWritten = 0;
            return false;
        }

        destination[written++] = '@';
        domain.ToLowerInvariant(destination[written..]);
        charsWritten = written + domain.Length;
        return true;
    }

    private static bool TryCertificateNumberCore(CertificateType type, ReadOnlySpan<char> input, Span<char> destination, out int charsWritten, CertificateNumberMaskOptions options)
    {
        if (input.Length <= LongestTextInput && TypedText.IsBlank(input))
        {
            charsWritten = 0;
            return true;
        }

        CertificateNumberOptions rules = options.Validation ?? CertificateNumberOptions.Default;
        Span<char> folded = stackalloc char[CertificateRule.MaxFoldedInput];
        if (input.Length > LongestTextInput
            || CertificateRule.Check(type, input, rules, folded, out ReadOnlySpan<char> number, out bool idRules) != CertificateNumberError.None)
        {
            return TryFill(WholeIdNumber, options.MaskCharacter, destination, out charsWritten);
        }

        if (!idRules)
        {
            return TryWriteKept(number, options.KeepFirst, options.KeepLast, options.MaskCharacter, maskRun: 0, destination, out charsWritten);
        }

        // The certificate rule accepts a number of these types when the ID rule does and the number is of this type (a
        // residence permit number is no resident ID card number, a resident's number no 2023 foreign card's).
        IdNumberMaskOptions id = options.IdNumber ?? IdNumberMaskOptions.Default;
        Span<char> canonical = stackalloc char[IdNumberRule.Length];
        int length = FoldValidIdNumber(input, rules.IdNumber ?? IdNumberOptions.Default, canonical);
        return length > 0 && CertificateTypeOf(canonical[..length]) == type
            ? TryWriteKept(canonical[..length], id.KeepFirst, id.KeepLast, options.MaskCharacter, maskRun: 0, destination, out charsWritten)
            : TryFill(WholeIdNumber, options.MaskCharacter, destination, out charsWritten);
    }

    /// <summary>
    /// Writes <paramref name="value"/> with its first <paramref name="keepFirst"/> and last <paramref name="keepLast"/>
    /// characters (Unicode scalar values) kept and the others hidden: one mask character each, or
    /// <paramref name="maskRun"/> in all when it is positive. At least one character is hidden; the end gives way first.
    /// </summary>
    private static bool TryWriteKept(ReadOnlySpan<char> value, int keepFirst, int keepLast, char mask, int maskRun, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        int characters = TypedText.RuneCount(value);
        int first = Math.Max(0, Math.Min(keepFirst, characters - 1));
        int last = Math.Max(0, Math.Min(keepLast, characters - 1 - first));
        int hidden = characters - first - last;
        int headEnd = IndexAfter(value, first);
        int tailStart = IndexOfLast(value, last);
        int run = maskRun > 0 ? maskRun : hidden;
        int length = headEnd + run + (value.Length - tailStart);
        if (destination.Length < length)
        {
            return false;
        }

        value[..headEnd].CopyTo(destination);
        destination.Slice(headEnd, run).Fill(mask);
        value[tailStart..].CopyTo(destination[(headEnd + run)..]);
        charsWritten = length;
        return true;
    }

    /// <summary>The UTF-16 index after the first <paramref name="characters"/> characters of <paramref name="s"/>.</summary>
    private static int IndexAfter(ReadOnlySpan<char> s, int characters)
    {
        int i = 0;
        for (int n = 0; n < characters && i < s.Length; n++)
        {
            TypedText.ReadCodePoint(s, i, out int width);
            i += width;
        }

        return i;
    }

    /// <summary>The UTF-16 index where the last <paramref name="characters"/> characters of <paramref name="s"/> start.</summary>
    private static int IndexOfLast(ReadOnlySpan<char> s, int characters)
    {
        int i = s.Length;
        for (int n = 0; n < characters && i > 0; n++)
        {
            i -= i >= 2 && char.IsLowSurrogate(s[i - 1]) && char.IsHighSurrogate(s[i - 2]) ? 2 : 1;
        }

        return i;
    }

    private static bool TryFill(int length, char mask, Span<char> destination, out int charsWritten)
    {
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        destination[..length].Fill(mask);
        charsWritten = length;
        return true;
    }
}
