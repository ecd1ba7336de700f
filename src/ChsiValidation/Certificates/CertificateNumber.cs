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
    private const int MaxFoldedInput = 40;

    /// <summary>Checks <paramref name="input"/> as a number of <paramref name="type"/>.</summary>
    /// <param name="type">The certificate type chosen on the form.</param>
    /// <param name="input">What the person typed; <see langword="null"/> is <see cref="CertificateNumberError.Empty"/>.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="CertificateNumberOptions.Default"/>.</param>
    /// <returns>The verdict. Never throws.</returns>
    public static CertificateNumberResult Validate(CertificateType type, string? input, CertificateNumberOptions? options = null)
    {
        options ??= CertificateNumberOptions.Default;
        return ValidateCore(type, input, options) with { Options = options };
    }

    private static CertificateNumberResult ValidateCore(CertificateType type, string? input, CertificateNumberOptions options)
    {
        var result = new CertificateNumberResult { Type = type, ErrorPosition = -1 };
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

    private static CertificateType TypeOf(IdNumberKind kind) => kind switch
    {
        IdNumberKind.HongKongResidencePermit or IdNumberKind.MacaoResidencePermit or IdNumberKind.TaiwanResidencePermit => CertificateType.ResidencePermit,
        IdNumberKind.ForeignPermanentResidentId => CertificateType.ForeignPermanentResidentId,
        _ => CertificateType.ResidentIdCard,
    };

    private static CertificateNumberResult CheckOther(string input, CertificateNumberOptions options, CertificateNumberResult result)
    {
        if (input.Length > options.OtherMaxLength * 2 + 64)
        {
            // Far longer than the limit even in surrogate pairs: refuse before reading it all.
            return result with { Error = CertificateNumberError.TooLong };
        }

        ReadOnlySpan<char> trimmed = TypedText.Trim(input);
        if (trimmed.IsEmpty)
        {
            return result with { Error = CertificateNumberError.Empty };
        }

        int offset = input.AsSpan().IndexOf(trimmed);
        int bad = TypedText.IndexOfUnprintable(trimmed);
        if (bad >= 0)
        {
            return result with { Error = CertificateNumberError.InvalidCharacter, ErrorPosition = offset + bad };
        }

        if (TypedText.RuneCount(trimmed) > options.OtherMaxLength)
        {
            return result with { Error = CertificateNumberError.TooLong };
        }

        string normalized = trimmed.Length == input.Length ? input : trimmed.ToString();
        return result with { Normalized = normalized, WasNormalized = !ReferenceEquals(normalized, input) };
    }

    private static CertificateNumberResult CheckLayout(CertificateType type, string input, IdNumberOptions idOptions, CertificateNumberResult result)
    {
        if (input.Length > MaxFoldedInput)
        {
            return result with { Error = CertificateNumberError.InvalidFormat };
        }

        if (TypedText.Trim(input).IsEmpty)
        {
            return result with { Error = CertificateNumberError.Empty };
        }

        Span<char> buffer = stackalloc char[MaxFoldedInput];
        int length = 0;
        bool changed = false;
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
                return result with { Error = CertificateNumberError.InvalidCharacter, ErrorPosition = i };
            }

            char folded = char.ToUpperInvariant(ascii);
            changed |= folded != c;
            buffer[length++] = folded;
        }

        ReadOnlySpan<char> n = buffer[..length];
        if (type == CertificateType.ForeignPermanentResidentId && n.Length == IdNumber.Length)
        {
            // The 2023 card follows GB 11643's layout and check character.
            CertificateNumberResult checkedAsId = CheckIdNumber(type, input, idOptions, result);
            return checkedAsId;
        }

        bool matches = type switch
        {
            // Older card: three letters (nationality) and twelve digits.
            CertificateType.ForeignPermanentResidentId => n.Length == 15 && IsLetters(n[..3]) && IsDigits(n[3..]),
            CertificateType.HongKongMacaoTravelPermit => (n.Length is 9 or 11) && n[0] is 'H' or 'M' && IsDigits(n[1..]),
            CertificateType.TaiwanTravelPermit => (n.Length == 8 && IsDigits(n)) || (n.Length == 10 && n.IndexOfAnyInRange('A', 'Z') >= 0),
            CertificateType.Passport => n.Length is >= 5 and <= 17,
            _ => false,
        };
        if (!matches)
        {
            return result with { Error = CertificateNumberError.InvalidFormat };
        }

        string normalized = changed ? n.ToString() : input;
        return result with { Normalized = normalized, WasNormalized = changed };
    }

    /// <summary>
    /// <see langword="true"/> for the layouts of Chinese passports: E or G and 8 digits (2012 e-passport), or E, a letter
    /// other than I and O, and 7 digits.
    /// </summary>
    public static bool IsChinesePassportLayout(ReadOnlySpan<char> number) =>
        (number.Length == 9 && number[0] is 'E' or 'G' && IsDigits(number[1..]))
        || (number.Length == 9 && number[0] == 'E' && number[1] is >= 'A' and <= 'Z' and not 'I' and not 'O' && IsDigits(number[2..]));

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    private static bool IsLetters(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('A', 'Z');
}
