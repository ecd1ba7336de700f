using System.Globalization;

namespace ChsiValidation;

/// <summary>
/// How message placeholders show the values they name: one place for every rule, used by each result's
/// <see cref="IRuleResult.GetMessageArguments"/>. A failure carries only the placeholders its reason's message uses;
/// positions are 1-based and counted in characters; characters, codes and suggestions are strings.
/// </summary>
public static class MessageArguments
{
    /// <summary>
    /// The 1-based position, counted in characters (Unicode scalar values, a lone surrogate as one), of the character at
    /// UTF-16 index <paramref name="index"/> of <paramref name="value"/>; 0 when <paramref name="index"/> is negative or
    /// outside the string.
    /// </summary>
    public static int CharacterPosition(string? value, int index) =>
        value is null || index < 0 || index >= value.Length ? 0 : TypedText.RuneCount(value.AsSpan(0, index)) + 1;

    /// <summary>
    /// Keeps of <paramref name="values"/> those that the zh-Hans or en message of <paramref name="errorCode"/> names, so a
    /// failure carries only the placeholders its reason uses; empty for an unknown code or a valid result.
    /// </summary>
    public static IReadOnlyList<(string Name, object? Value)> Select(string? errorCode, IReadOnlyList<(string Name, object? Value)> values)
    {
        if (errorCode is null)
        {
            return [];
        }

        IReadOnlySet<string> used = ValidationMessages.PlaceholdersOf(errorCode);
        var kept = new List<(string Name, object? Value)>(values.Count);
        foreach ((string Name, object? Value) value in values)
        {
            if (used.Contains(value.Name))
            {
                kept.Add(value);
            }
        }

        return kept;
    }
    /// <summary>
    /// The character at <paramref name="index"/> of <paramref name="value"/> as a message shows it: the whole pair when it
    /// starts a surrogate pair, <c>U+XXXX</c> when it is invisible or has no glyph (control, format, space, unpaired
    /// surrogate, private use, unassigned); empty when
    /// <paramref name="index"/> is outside the string.
    /// </summary>
    public static string DisplayCharacter(string? value, int index)
    {
        if (value is null || index < 0 || index >= value.Length)
        {
            return string.Empty;
        }

        char c = value[index];
        if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
        {
            return value.Substring(index, 2);
        }

        return char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            ? $"U+{(int)c:X4}"
            : c.ToString();
    }

    /// <summary>
    /// The placeholders of an ID number failure: Position (1-based), Character, ExpectedCheckCharacter, Upgraded, BirthDate,
    /// and Digits, the 1-based positions of the field at fault for <see cref="IdNumberError.UnknownRegion"/> ("1–6", or
    /// "2–3" on a foreign permanent resident ID) and <see cref="IdNumberError.InvalidBirthDate"/> ("7–14", or "7–12" on a
    /// first-generation number).
    /// </summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, IdNumberResult result) =>
    [
        ("Position", CharacterPosition(input, result.ErrorPosition)),
        ("Character", DisplayCharacter(input, result.ErrorPosition)),
        ("ExpectedCheckCharacter", result.ExpectedCheckCharacter?.ToString()),
        ("Upgraded", result.Upgraded),
        ("BirthDate", result.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("Digits", (result.Error, result.Kind) switch
        {
            (IdNumberError.UnknownRegion, IdNumberKind.ForeignPermanentResidentId) => "2–3",
            (IdNumberError.UnknownRegion, _) => "1–6",
            (IdNumberError.InvalidBirthDate, IdNumberKind.FirstGeneration) => "7–12",
            (IdNumberError.InvalidBirthDate, _) => "7–14",
            _ => null,
        }),
    ];

    /// <summary>
    /// The placeholders of a mobile number failure: Position (1-based), Character, and Kind (the number's kind in
    /// <paramref name="culture"/>'s language) for <see cref="MobileNumberError.KindNotAccepted"/>.
    /// </summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, MobileNumberResult result, CultureInfo culture) =>
    [
        ("Position", CharacterPosition(input, result.ErrorPosition)),
        ("Character", DisplayCharacter(input, result.ErrorPosition)),
        ("Kind", result.Error == MobileNumberError.KindNotAccepted ? KindName(result.Kind, ValidationMessages.IsChinese(culture)) : null),
    ];

    private static string KindName(MobileNumberKind kind, bool zh) => kind switch
    {
        MobileNumberKind.Satellite => zh ? "卫星电话" : "satellite phone",
        MobileNumberKind.DataOnly => zh ? "上网卡（数据卡）" : "data-only (data card)",
        MobileNumberKind.Iot => zh ? "物联网" : "IoT",
        _ => zh ? "公众移动通信" : "public mobile",
    };

    /// <summary>The placeholders of an email failure: Position, Character, Replacement (the half-width form), Suggestion.</summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, EmailResult result) =>
    [
        ("Position", CharacterPosition(input, result.ErrorPosition)),
        ("Character", DisplayCharacter(input, result.ErrorPosition)),
        ("Replacement", result.Replacement?.ToString()),
        ("Suggestion", result.Suggestion),
    ];

    /// <summary>The placeholders of an SMS code failure: Position, Character, ExpectedLength.</summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, SmsCodeResult result) =>
    [
        ("Position", CharacterPosition(input, result.ErrorPosition)),
        ("Character", DisplayCharacter(input, result.ErrorPosition)),
        ("ExpectedLength", result.ExpectedLength),
    ];

    /// <summary>The placeholders of a password failure: Position, Length, MinLength, MaxLength, MinCharacterClasses. Never the password.</summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, PasswordResult result, PasswordOptions policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return
        [
            ("Position", CharacterPosition(input, result.ErrorPosition)),
            ("Length", result.Length),
            ("MinLength", policy.MinLength),
            ("MaxLength", policy.MaxLength),
            ("MinCharacterClasses", policy.MinCharacterClasses),
        ];
    }

    /// <summary>The placeholders of a captcha failure: Position, Character, MinLength, MaxLength.</summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, CaptchaResult result, CaptchaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            ("Position", CharacterPosition(input, result.ErrorPosition)),
            ("Character", DisplayCharacter(input, result.ErrorPosition)),
            ("MinLength", options.MinLength),
            ("MaxLength", options.MaxLength),
        ];
    }

    /// <summary>
    /// The placeholders of a name failure: Position (1-based, in characters), Character, MinLength, MaxLength,
    /// CharacterCount, Suggestions (formatted for <paramref name="culture"/>); for <see cref="PersonNameError.RareCharacter"/>
    /// those of its first rare character.
    /// </summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, PersonNameResult result, PersonNameOptions options, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (result.Error == PersonNameError.RareCharacter && result.RareCharacters.Count > 0)
        {
            return For(result.RareCharacters[0], culture);
        }

        return
        [
            ("Position", CharacterPosition(input, result.ErrorPosition)),
            ("Character", DisplayCharacter(input, result.ErrorPosition)),
            ("MinLength", options.MinLength),
            ("MaxLength", options.MaxLength),
            ("CharacterCount", result.CharacterCount),
            ("Suggestions", ValidationMessages.FormatSuggestions(result.ErrorSuggestions, culture)),
        ];
    }

    /// <summary>The placeholders of a rare-character finding: Character, Position (1-based, in characters), Tier, Suggestions.</summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(RareCharacter rare, CultureInfo culture) =>
    [
        ("Character", rare.Character),
        ("Position", rare.CharacterIndex + 1),
        ("Tier", rare.Tier),
        ("Suggestions", ValidationMessages.FormatSuggestions(rare.Suggestions, culture)),
    ];

    /// <summary>
    /// The placeholders of a certificate number failure: Position, Character, CertificateType and SuggestedType (names in
    /// <paramref name="culture"/>'s language), Format (the type's layout described in that language), MaxLength.
    /// </summary>
    internal static IReadOnlyList<(string Name, object? Value)> For(string input, CertificateNumberResult result, CertificateNumberOptions options, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool zh = ValidationMessages.IsChinese(culture);
        return
        [
            ("Position", CharacterPosition(input, result.ErrorPosition)),
            ("Character", DisplayCharacter(input, result.ErrorPosition)),
            ("CertificateType", zh ? result.Type.ChineseName() : result.Type.EnglishName()),
            ("SuggestedType", result.SuggestedType is CertificateType suggested ? (zh ? suggested.ChineseName() : suggested.EnglishName()) : null),
            ("Format", zh ? LayoutZh(result.Type) : LayoutEn(result.Type)),
            ("MaxLength", options.OtherMaxLength),
        ];
    }

    private static string LayoutZh(CertificateType type) => type switch
    {
        CertificateType.ForeignPermanentResidentId => "18位，以9开头；或旧版15位：3个字母加12位数字",
        CertificateType.HongKongMacaoTravelPermit => "H或M开头，后接8位或10位数字",
        CertificateType.TaiwanTravelPermit => "8位数字",
        CertificateType.Passport => "5–17位字母或数字，如E12345678",
        _ => "18位",
    };

    private static string LayoutEn(CertificateType type) => type switch
    {
        CertificateType.ForeignPermanentResidentId => "18 characters starting with 9, or the older 15: three letters and twelve digits",
        CertificateType.HongKongMacaoTravelPermit => "H or M followed by 8 or 10 digits",
        CertificateType.TaiwanTravelPermit => "8 digits",
        CertificateType.Passport => "5–17 letters or digits, e.g. E12345678",
        _ => "18 characters",
    };

    /// <summary>
    /// The placeholders of the underlying rule's failure behind a username failure (mobile number, email or ID number),
    /// with <c>PropertyName</c> the kind's name in <paramref name="culture"/>'s language; empty when the username was not
    /// recognised as any kind (<see cref="UsernameResult.DetailErrorCode"/> is then <see langword="null"/>).
    /// </summary>
    internal static IReadOnlyList<(string Name, object? Value)> ForDetail(string input, UsernameResult result, CultureInfo culture)
    {
        bool zh = ValidationMessages.IsChinese(culture);
        return result.Error switch
        {
            UsernameError.InvalidMobileNumber when result.Mobile is { } mobile =>
                [("PropertyName", zh ? "手机号" : "the mobile number"), .. For(input, mobile, culture)],
            UsernameError.InvalidEmail when result.Email is { } email =>
                [("PropertyName", zh ? "邮箱" : "the email address"), .. For(input, email)],
            UsernameError.InvalidIdNumber when result.IdNumber is { } id =>
                [("PropertyName", zh ? "证件号码" : "the ID number"), .. For(input, id)],
            _ => [],
        };
    }

    /// <summary>
    /// The placeholders as <see cref="ValidationMessages.GetMessage"/> takes them: <c>PropertyName</c> set to
    /// <paramref name="propertyName"/>, then <paramref name="values"/> (a value named PropertyName replaces it).
    /// </summary>
    public static Dictionary<string, object?> ToDictionary(string propertyName, IEnumerable<(string Name, object? Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal) { ["PropertyName"] = propertyName };
        foreach ((string name, object? value) in values)
        {
            arguments[name] = value;
        }

        return arguments;
    }
}
