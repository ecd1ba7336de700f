using System.Runtime.CompilerServices;

namespace ChsiValidation;

/// <summary>
/// Certificate numbers by type (证件号码): the ID rules for resident ID cards and residence permits, the 2023 or older
/// foreign permanent resident ID, the layouts of travel permits and passports, and anything printable for 其他.
/// </summary>
/// <remarks>
/// Only the ID-number types have a public checksum; the others are checked for layout only, as commonly validated:
/// 港澳居民来往内地通行证 H/M + 8 digits (+ 2), 台湾居民来往大陆通行证 8 digits (or an older 10-character
/// number with a letter), Chinese passports E/G + 8 digits or E + letter + 7 digits, other passports 5–17 letters and digits.
/// </remarks>
public static class CertificateNumber
{
    // Longer than any layout checked here (18) with room for spaces; longer input is refused unread.
    internal const int MaxFoldedInput = 40;

    /// <summary>Checks <paramref name="input"/> as a number of <paramref name="type"/>.</summary>
    /// <param name="type">The certificate type chosen on the form.</param>
    /// <param name="input">What the person typed; <see langword="null"/> is <see cref="CertificateNumberError.Empty"/>.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="CertificateNumberOptions.Default"/>.</param>
    /// <returns>The verdict. Never throws.</returns>
    public static CertificateNumberResult Validate(CertificateType type, string? input, CertificateNumberOptions? options = null)
    {
        options ??= CertificateNumberOptions.Default;
        return ValidateCore(type, input, options);
    }

    private static CertificateNumberResult ValidateCore(CertificateType type, string? input, CertificateNumberOptions options)
    {
        // The options are in the first result, which every path refines: no copy of the (large) result at the end adds them.
        var result = new CertificateNumberResult { Type = type, ErrorPosition = -1, Options = options };
        if (input is null)
        {
            return result with { Error = CertificateNumberError.Empty };
        }

        // Each path bounds the input's length before it reads it (a 1 MB paste costs constant work).
        result = Check(type, input, options, result);
        return result.Error is CertificateNumberError.IdNumberRejected or CertificateNumberError.InvalidCharacter or CertificateNumberError.InvalidFormat
            && type != CertificateType.Other
            && SuggestType(type, input, options, result.IdNumber) is { } suggested
            ? result with
            {
                Error = CertificateNumberError.TypeMismatch,
                SuggestedType = suggested.Type,
                Normalized = suggested.Normalized,
                WasNormalized = suggested.WasNormalized,
                ErrorPosition = -1,
            }
            : result;
    }

    private static CertificateNumberResult Check(CertificateType type, string input, CertificateNumberOptions options, CertificateNumberResult result)
    {
        switch (type)
        {
            case CertificateType.ResidentIdCard:
            case CertificateType.ResidencePermit:
                return CheckIdNumber(type, input, options.IdNumber, result);
            case CertificateType.Other:
                return CheckOther(input, options, result);
            case CertificateType.ForeignPermanentResidentId:
            case CertificateType.HongKongMacaoTravelPermit:
            case CertificateType.TaiwanTravelPermit:
            case CertificateType.Passport:
                return CheckLayout(type, input, options.IdNumber, result);
            default:
                return result with { Error = CertificateNumberError.UnknownType };
        }
    }

    /// <summary>
    /// The type a number the chosen type rejected belongs to, when its shape says so beyond doubt: a valid ID number
    /// (resident, permit or 2023 foreign card), a travel permit for Hong Kong and Macao residents (H/M and digits), the
    /// older foreign card (three letters and twelve digits), a Chinese passport (E/G and digits). Never a bare run of
    /// digits (台胞证) or a generic passport: a mistyped ID number looks like those. <paramref name="checkedAsId"/> is the ID
    /// rules' verdict when the chosen type already asked them (same input, same options), so they are not asked twice.
    /// </summary>
    /// <returns>The other type's verdict on the number (valid, with its canonical form), or <see langword="null"/>.</returns>
    private static CertificateNumberResult? SuggestType(CertificateType chosen, string input, CertificateNumberOptions options, IdNumberResult? checkedAsId)
    {
        if (input.Length > MaxFoldedInput)
        {
            return null;
        }

        IdNumberResult id = checkedAsId ?? IdNumber.Validate(input, options.IdNumber);
        if (id.IsValid && TypeOf(id.Kind) != chosen)
        {
            return new CertificateNumberResult { Type = TypeOf(id.Kind), Normalized = id.Normalized, WasNormalized = id.WasNormalized, ErrorPosition = -1 };
        }

        ReadOnlySpan<CertificateType> layouts = [CertificateType.HongKongMacaoTravelPermit, CertificateType.ForeignPermanentResidentId, CertificateType.Passport];
        foreach (CertificateType candidate in layouts)
        {
            if (candidate == chosen)
            {
                continue;
            }

            CertificateNumberResult other = CheckLayout(candidate, input, options.IdNumber, new CertificateNumberResult { Type = candidate, ErrorPosition = -1 });
            if (other.IsValid && (candidate != CertificateType.Passport || IsChinesePassportLayout(other.Normalized)))
            {
                return other;
            }
        }

        return null;
    }

    private static CertificateNumberResult CheckIdNumber(CertificateType type, string input, IdNumberOptions options, CertificateNumberResult result)
    {
        IdNumberResult id = IdNumber.Validate(input, options);
        result = result with { IdNumber = id, Normalized = id.Normalized, WasNormalized = id.WasNormalized };
        if (id.Error == IdNumberError.Empty)
        {
            return result with { Error = CertificateNumberError.Empty };
        }

        if (!id.IsValid)
        {
            return result with { Error = CertificateNumberError.IdNumberRejected, ErrorPosition = id.ErrorPosition };
        }

        CertificateType owner = TypeOf(id.Kind);
        return owner == type ? result : result with { Error = CertificateNumberError.TypeMismatch, SuggestedType = owner };
    }

    /// <summary>
    /// <see langword="true"/> when <see cref="Validate"/> accepts <paramref name="input"/> for <paramref name="type"/>
    /// exactly as typed: valid, and its <see cref="CertificateNumberResult.Normalized"/> form the input itself. Nothing is
    /// allocated. For checking many numbers (a roster), where only the others need a result built.
    /// </summary>
    /// <param name="type">The certificate type chosen on the form.</param>
    /// <param name="input">The number as typed.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="CertificateNumberOptions.Default"/>.</param>
    public static bool IsValidAsTyped(CertificateType type, ReadOnlySpan<char> input, CertificateNumberOptions? options = null)
    {
        options ??= CertificateNumberOptions.Default;
        return type is CertificateType.ResidentIdCard or CertificateType.ResidencePermit
            ? ChsiValidation.IdNumber.IsValidAsTyped(input, options.IdNumber, out IdNumberKind kind) && TypeOf(kind) == type
            : IsValidAsTypedByLayout(type, input, options);
    }

    /// <summary><see cref="IsValidAsTyped"/> of the types whose layout is read before any ID rule.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsValidAsTypedByLayout(CertificateType type, ReadOnlySpan<char> input, CertificateNumberOptions options)
    {
        Span<char> buffer = stackalloc char[MaxFoldedInput];
        if (Check(type, input, options, buffer, out ReadOnlySpan<char> canonical, out bool idRules) != CertificateNumberError.None)
        {
            return false;
        }

        // The ID rules decide, and the number must be of the chosen type (else Validate reports a mismatch).
        return idRules
            ? ChsiValidation.IdNumber.IsValidAsTyped(input, options.IdNumber, out IdNumberKind kind) && TypeOf(kind) == type
            : canonical.SequenceEqual(input);
    }

    private static CertificateType TypeOf(IdNumberKind kind) => kind switch
    {
        IdNumberKind.HongKongResidencePermit or IdNumberKind.MacaoResidencePermit or IdNumberKind.TaiwanResidencePermit => CertificateType.ResidencePermit,
        IdNumberKind.ForeignPermanentResidentId => CertificateType.ForeignPermanentResidentId,
        _ => CertificateType.ResidentIdCard,
    };

    private static CertificateNumberResult CheckOther(string input, CertificateNumberOptions options, CertificateNumberResult result)
    {
        CertificateNumberError error = CheckOther(input, options, out ReadOnlySpan<char> trimmed, out int position);
        if (error != CertificateNumberError.None)
        {
            return result with { Error = error, ErrorPosition = position };
        }

        string normalized = trimmed.Length == input.Length ? input : trimmed.ToString();
        return result with { Normalized = normalized, WasNormalized = !ReferenceEquals(normalized, input) };
    }

    /// <summary>The rule of 其他: anything printable, trimmed, up to <see cref="CertificateNumberOptions.OtherMaxLength"/> characters.</summary>
    /// <param name="input">The number as typed.</param>
    /// <param name="options">The rules.</param>
    /// <param name="trimmed">The canonical number when accepted: <paramref name="input"/> trimmed.</param>
    /// <param name="errorPosition">For <see cref="CertificateNumberError.InvalidCharacter"/>, its UTF-16 index in the input; otherwise -1.</param>
    private static CertificateNumberError CheckOther(ReadOnlySpan<char> input, CertificateNumberOptions options, out ReadOnlySpan<char> trimmed, out int errorPosition)
    {
        trimmed = default;
        errorPosition = -1;
        if (input.Length > options.OtherMaxLength * 2 + 64)
        {
            // Far longer than the limit even in surrogate pairs: refuse before reading it all.
            return CertificateNumberError.TooLong;
        }

        ReadOnlySpan<char> text = TypedText.Trim(input);
        if (text.IsEmpty)
        {
            return CertificateNumberError.Empty;
        }

        int bad = TypedText.IndexOfUnprintable(text);
        if (bad >= 0)
        {
            errorPosition = input.Length - TypedText.TrimStart(input).Length + bad; // after the leading spaces
            return CertificateNumberError.InvalidCharacter;
        }

        if (TypedText.RuneCount(text) > options.OtherMaxLength)
        {
            return CertificateNumberError.TooLong;
        }

        trimmed = text;
        return CertificateNumberError.None;
    }

    private static CertificateNumberResult CheckLayout(CertificateType type, string input, IdNumberOptions idOptions, CertificateNumberResult result)
    {
        Span<char> buffer = stackalloc char[MaxFoldedInput];
        CertificateNumberError error = CheckLayout(type, input, buffer, out int length, out bool changed, out int position);
        if (error != CertificateNumberError.None)
        {
            return result with { Error = error, ErrorPosition = position };
        }

        if (IsIdNumberLayout(type, length))
        {
            // The 2023 card follows GB 11643's layout and check character.
            return CheckIdNumber(type, input, idOptions, result);
        }

        string normalized = changed ? buffer[..length].ToString() : input;
        return result with { Normalized = normalized, WasNormalized = changed };
    }

    /// <summary>
    /// The layout rules of travel permits, passports and foreign permanent resident IDs: spaces dropped, full-width and
    /// lower-case letters folded, then the type's layout. A number of <see cref="IsIdNumberLayout"/> is accepted here
    /// without its layout checked: the ID rules decide it.
    /// </summary>
    /// <param name="type">The certificate type.</param>
    /// <param name="input">The number as typed.</param>
    /// <param name="buffer">Where the folded number is written, <see cref="MaxFoldedInput"/> characters.</param>
    /// <param name="length">The folded number's length.</param>
    /// <param name="changed">Whether folding changed anything.</param>
    /// <param name="errorPosition">For <see cref="CertificateNumberError.InvalidCharacter"/>, its UTF-16 index in the input; otherwise -1.</param>
    private static CertificateNumberError CheckLayout(CertificateType type, ReadOnlySpan<char> input, Span<char> buffer, out int length, out bool changed, out int errorPosition)
    {
        length = 0;
        changed = false;
        errorPosition = -1;
        if (input.Length > MaxFoldedInput)
        {
            return CertificateNumberError.InvalidFormat;
        }

        if (TypedText.Trim(input).IsEmpty)
        {
            return CertificateNumberError.Empty;
        }

        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            if (TypedText.IsSpace(c))
            {
                changed = true;
                continue;
            }

            // ASCII first, then upper case: char.ToUpperInvariant would make 'ſ' (U+017F) an 'S' and 'ı' an 'I'.
            char ascii = TypedText.FoldFullWidth(c);
            if (!char.IsAsciiLetterOrDigit(ascii))
            {
                errorPosition = i;
                return CertificateNumberError.InvalidCharacter;
            }

            char folded = char.ToUpperInvariant(ascii);
            changed |= folded != c;
            buffer[length++] = folded;
        }

        ReadOnlySpan<char> n = buffer[..length];
        if (IsIdNumberLayout(type, length))
        {
            return CertificateNumberError.None;
        }

        bool matches = type switch
        {
            // Older card: three letters (nationality) and twelve digits.
            CertificateType.ForeignPermanentResidentId => n.Length == 15 && IsLetters(n[..3]) && IsDigits(n[3..]),
            CertificateType.HongKongMacaoTravelPermit => (n.Length is 9 or 11) && n[0] is 'H' or 'M' && IsDigits(n[1..]),
            CertificateType.TaiwanTravelPermit => (n.Length == 8 && IsDigits(n)) || (n.Length == 10 && !IsDigits(n)),
            CertificateType.Passport => n.Length is >= 5 and <= 17,
            _ => false,
        };
        return matches ? CertificateNumberError.None : CertificateNumberError.InvalidFormat;
    }

    /// <summary>A folded number of 18 characters for the foreign permanent resident ID: the 2023 card, checked by the ID rules.</summary>
    private static bool IsIdNumberLayout(CertificateType type, int foldedLength) =>
        type == CertificateType.ForeignPermanentResidentId && foldedLength == IdNumber.Length;

    /// <summary>
    /// The rule of <see cref="Validate"/> over a span for the types it checks by layout (travel permits, passports,
    /// foreign permanent resident IDs, 其他), for callers that need the verdict and the canonical form but no string
    /// (masking). Nothing is allocated. The types checked by the ID rules, and a 2023 foreign permanent resident ID, are
    /// left to the caller: <paramref name="idRules"/> says so, and the caller asks <see cref="IdNumber.IsValid(ReadOnlySpan{char}, IdNumberOptions)"/>
    /// and checks that the number is of <paramref name="type"/>, as <see cref="Validate"/> does.
    /// </summary>
    /// <param name="type">The certificate type.</param>
    /// <param name="input">The number as typed.</param>
    /// <param name="options">The rules.</param>
    /// <param name="buffer">Where a folded number is written, <see cref="MaxFoldedInput"/> characters.</param>
    /// <param name="canonical">The canonical number when accepted (in <paramref name="buffer"/>, or <paramref name="input"/> trimmed).</param>
    /// <param name="idRules">Whether the ID rules decide the number (then the verdict is theirs, and <paramref name="canonical"/> is not set).</param>
    /// <returns>The reason the number is rejected for <paramref name="type"/> (before any suggestion of another type); <see cref="CertificateNumberError.None"/> when accepted or left to the ID rules.</returns>
    internal static CertificateNumberError Check(CertificateType type, ReadOnlySpan<char> input, CertificateNumberOptions options, Span<char> buffer, out ReadOnlySpan<char> canonical, out bool idRules)
    {
        canonical = default;
        idRules = false;
        switch (type)
        {
            case CertificateType.ResidentIdCard:
            case CertificateType.ResidencePermit:
                idRules = true;
                return CertificateNumberError.None;
            case CertificateType.Other:
                return CheckOther(input, options, out canonical, out _);
            case CertificateType.ForeignPermanentResidentId:
            case CertificateType.HongKongMacaoTravelPermit:
            case CertificateType.TaiwanTravelPermit:
            case CertificateType.Passport:
                CertificateNumberError error = CheckLayout(type, input, buffer, out int length, out _, out _);
                idRules = error == CertificateNumberError.None && IsIdNumberLayout(type, length);
                canonical = error == CertificateNumberError.None && !idRules ? buffer[..length] : default;
                return error;
            default:
                return CertificateNumberError.UnknownType;
        }
    }

    /// <summary>
    /// <see langword="true"/> for the layouts of Chinese passports: E or G and 8 digits (2012 e-passport), or E, a letter
    /// other than I and O, and 7 digits.
    /// </summary>
    public static bool IsChinesePassportLayout(ReadOnlySpan<char> number) =>
        (number.Length == 9 && number[0] is 'E' or 'G' && IsDigits(number[1..]))
        || (number.Length == 9 && number[0] == 'E' && number[1] is >= 'A' and <= 'Z' and not 'I' and not 'O' && IsDigits(number[2..]));

    // Loops rather than MemoryExtensions' range searches, which allocate 96 bytes a call on the .NET 10.0 runtime
    // (measured with GC.GetAllocatedBytesForCurrentThread).
    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && TypedText.IsAsciiDigits(s);

    private static bool IsLetters(ReadOnlySpan<char> s) => !s.IsEmpty && All(s, 'A', 'Z');

    private static bool All(ReadOnlySpan<char> s, char low, char high)
    {
        foreach (char c in s)
        {
            if (c < low || c > high)
            {
                return false;
            }
        }

        return true;
    }
}
