namespace ChsiValidation;

/// <summary>Why a mobile number was rejected. Stable: error codes and translations key on these names.</summary>
public enum MobileNumberError
{
    /// <summary>The number is valid.</summary>
    None = 0,

    /// <summary>
    /// The input is <see langword="null"/>, empty or only spaces (U+0020, NBSP U+00A0, ideographic space U+3000); a tab,
    /// line break or other whitespace is <see cref="InvalidCharacter"/>.
    /// </summary>
    Empty,

    /// <summary>
    /// A character that is not a digit or one of the separators people type (space, NBSP, ideographic space, '-', '(',
    /// ')', a leading '+'): a letter (also the letter O for zero), a digit of another script, a tab, line break or other
    /// whitespace, a zero-width or control character, trailing text. <see cref="MobileNumberResult.ErrorPosition"/> gives
    /// its index in the input.
    /// </summary>
    InvalidCharacter,

    /// <summary>After removing separators and one +86 / 0086 / 86 prefix, the number does not have 11 digits.</summary>
    InvalidLength,

    /// <summary>The number starts with a trunk 0 (0138…): mainland mobile numbers are dialled without it.</summary>
    LeadingZero,

    /// <summary>The number starts with '+' and a country code other than 86: only mainland China numbers are accepted.</summary>
    ForeignCountryCode,

    /// <summary>
    /// Eleven digits, but under no prefix allocated for 11-digit mobile numbers (a landline, 140–144, 146, 148 (13-digit
    /// IoT numbers), 154, 1741[3-9], 194, ...): the allocation table (<see cref="MobileNumber.AllocationAsOf"/>) and
    /// <see cref="MobileNumberOptions.AdditionalPrefixes"/> do not list it.
    /// </summary>
    NotMobile,

    /// <summary>
    /// An allocated number of a kind the form does not accept (<see cref="MobileNumberOptions.AcceptedKinds"/>): a
    /// satellite phone (1349, 1740x, 1749) or data-only number (145, 147, 149) where only public mobile numbers are
    /// wanted. <see cref="MobileNumberResult.Kind"/> says which kind.
    /// </summary>
    KindNotAccepted,
}

/// <summary>
/// What an allocated prefix is for, from the MIIT allocation table. A result carries exactly one of these (or
/// <see cref="None"/>); <see cref="MobileNumberOptions.AcceptedKinds"/> combines them as flags.
/// </summary>
[Flags]
public enum MobileNumberKind
{
    /// <summary>No kind: the number was rejected before its prefix was looked up, or its prefix is not allocated.</summary>
    None = 0,

    /// <summary>Public mobile service (公众移动通信) of the four operators and the virtual operators.</summary>
    PublicMobile = 1,

    /// <summary>Satellite mobile service (卫星移动通信): 1349, 17400–17412, 1749.</summary>
    Satellite = 2,

    /// <summary>Data-only cards (上网卡, 数据卡): 145, 147, 149; they receive SMS, and some place calls.</summary>
    DataOnly = 4,

    /// <summary>
    /// Internet of things (物联网). The allocated IoT prefixes (1410, 1440, 1441, 146, 148) have 13-digit numbers, which
    /// the rule never reads; the kind is for prefixes a caller adds (<see cref="MobileNumberOptions.AdditionalPrefixes"/>).
    /// </summary>
    Iot = 8,

    /// <summary>Every kind: the default of <see cref="MobileNumberOptions.AcceptedKinds"/>.</summary>
    All = PublicMobile | Satellite | DataOnly | Iot,
}

/// <summary>
/// The operator a number range was originally allocated to. Advisory only: since mobile number portability went
/// nationwide (携号转网, 2019-12) a number may have moved to another operator.
/// </summary>
public enum MobileCarrier
{
    /// <summary>Not known (the number was rejected, or its range has no clear operator).</summary>
    Unknown = 0,

    /// <summary>中国移动: 1340–1348, 135–139, 147 (data-only), 150–152, 157–159, 172, 178, 182–184, 187, 188, 195, 197, 198.</summary>
    ChinaMobile,

    /// <summary>中国联通: 130–132, 145 (data-only), 155, 156, 166, 175, 176, 185, 186, 196.</summary>
    ChinaUnicom,

    /// <summary>
    /// 中国电信: 133, 1349 (satellite), 149 (data-only), 153, 173, 17400–17405 (satellite), 177, 180, 181, 189, 190, 191,
    /// 193, 199.
    /// </summary>
    ChinaTelecom,

    /// <summary>中国广电 (China Broadnet): 192.</summary>
    ChinaBroadnet,

    /// <summary>虚拟运营商 (mobile virtual network operators): 162, 165, 167, 170, 171.</summary>
    Virtual,

    /// <summary>工业和信息化部应急通信保障中心 (MIIT's emergency communications centre): satellite numbers 17406–17412.</summary>
    EmergencyCommunications,

    /// <summary>北京船舶通信导航有限公司 (maritime satellite service, Inmarsat): 1749.</summary>
    MaritimeSatellite,
}

/// <summary>What the normalisation of a typed mobile number changed. Empty when the input was already 11 plain digits.</summary>
[Flags]
public enum MobileNumberChanges
{
    /// <summary>The input was 11 ASCII digits.</summary>
    None = 0,

    /// <summary>
    /// Separators between the digits were removed: '-', '(' or ')' anywhere, spaces (U+0020, NBSP U+00A0, U+3000) other
    /// than those before or after the number (+86 138-0013-8000, (138) 0013 8000).
    /// </summary>
    SeparatorsRemoved = 1,

    /// <summary>Full-width digits or ＋ (U+FF10–FF19, U+FF0B) typed with a Chinese IME were folded to ASCII.</summary>
    FullWidthFolded = 2,

    /// <summary>The country code (+86, 0086 or 86) was removed.</summary>
    CountryCodeRemoved = 4,

    /// <summary>Spaces (U+0020, NBSP U+00A0, U+3000) before or after the number were removed.</summary>
    WhitespaceTrimmed = 8,
}
