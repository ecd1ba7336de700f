namespace ChsiValidation;

/// <summary>The certificate types a Chinese registration form offers (证件类型), in the order forms list them.</summary>
public enum CertificateType
{
    /// <summary>居民身份证: the second-generation resident ID card (GB 11643-1999).</summary>
    ResidentIdCard = 0,

    /// <summary>港澳台居民居住证: residence permit for Hong Kong, Macao and Taiwan residents (address 810000/820000/830000).</summary>
    ResidencePermit,

    /// <summary>
    /// 外国人永久居留身份证: the 2023 card (18 characters, leading 9, MOD 11-2) or the older card (15 characters:
    /// three letters, twelve digits; no public checksum).
    /// </summary>
    ForeignPermanentResidentId,

    /// <summary>港澳居民来往内地通行证 (回乡证): H or M and 8 digits, optionally 2 more (issue count).</summary>
    HongKongMacaoTravelPermit,

    /// <summary>台湾居民来往大陆通行证 (台胞证): 8 digits since 2008 (older 10-character numbers with a letter exist).</summary>
    TaiwanTravelPermit,

    /// <summary>护照: Chinese passports (E or G and 8 digits; E, a letter other than I/O, 7 digits) or any passport of 5–17 letters and digits.</summary>
    Passport,

    /// <summary>
    /// 其他: any printable value. The CHSI FAQ's way to register for record look-up when the number does not pass the
    /// second-generation ID check.
    /// </summary>
    Other,
}

/// <summary>Facts about <see cref="CertificateType"/> values.</summary>
public static class CertificateTypes
{
    /// <summary>Every type, in form order.</summary>
    public static IReadOnlyList<CertificateType> All { get; } = Enum.GetValues<CertificateType>();

    /// <summary>The type's name as Chinese forms print it (居民身份证, 护照, 其他, ...).</summary>
    public static string ChineseName(this CertificateType type) => type switch
    {
        CertificateType.ResidentIdCard => "居民身份证",
        CertificateType.ResidencePermit => "港澳台居民居住证",
        CertificateType.ForeignPermanentResidentId => "外国人永久居留身份证",
        CertificateType.HongKongMacaoTravelPermit => "港澳居民来往内地通行证",
        CertificateType.TaiwanTravelPermit => "台湾居民来往大陆通行证",
        CertificateType.Passport => "护照",
        CertificateType.Other => "其他",
        _ => type.ToString(),
    };

    /// <summary>The type's English name.</summary>
    public static string EnglishName(this CertificateType type) => type switch
    {
        CertificateType.ResidentIdCard => "Resident ID card",
        CertificateType.ResidencePermit => "Residence permit for Hong Kong, Macao and Taiwan residents",
        CertificateType.ForeignPermanentResidentId => "Foreign permanent resident ID card",
        CertificateType.HongKongMacaoTravelPermit => "Mainland travel permit for Hong Kong and Macao residents",
        CertificateType.TaiwanTravelPermit => "Mainland travel permit for Taiwan residents",
        CertificateType.Passport => "Passport",
        CertificateType.Other => "Other",
        _ => type.ToString(),
    };

    /// <summary>
    /// <see langword="true"/> when holders of this type may register a name in Latin letters: foreign permanent residents,
    /// passports and "other" (policy; resident ID cards carry Chinese names, 居民身份证法 art. 4).
    /// </summary>
    public static bool AllowsLatinName(this CertificateType type) =>
        type is CertificateType.ForeignPermanentResidentId or CertificateType.Passport or CertificateType.Other;

    /// <summary><see langword="true"/> for the types whose numbers follow GB 11643-1999 and are checked by <see cref="IdNumber"/>.</summary>
    public static bool UsesIdNumberRules(this CertificateType type) =>
        type is CertificateType.ResidentIdCard or CertificateType.ResidencePermit;
}
