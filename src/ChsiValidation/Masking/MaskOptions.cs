namespace ChsiValidation;

/// <summary>
/// What every mask keeps of a valid value: its first <see cref="KeepFirst"/> and last <see cref="KeepLast"/> characters,
/// the others written as <see cref="MaskCharacter"/>. The base of <see cref="IdNumberMaskOptions"/>,
/// <see cref="MobileNumberMaskOptions"/>, <see cref="EmailMaskOptions"/>, <see cref="PersonNameMaskOptions"/> and
/// <see cref="CertificateNumberMaskOptions"/>, which set the defaults and <see cref="MaxKept"/>. Immutable; bounds are
/// checked when the options are created, so that masking itself never throws.
/// </summary>
public abstract record MaskOptions
{
    private readonly int _keepFirst;
    private readonly int _keepLast;
    private readonly char _maskCharacter = Mask.DefaultMaskCharacter;

    private protected MaskOptions(int keepFirst, int keepLast)
    {
        _keepFirst = keepFirst;
        _keepLast = keepLast;
    }

    /// <summary>
    /// The most <see cref="KeepFirst"/> and <see cref="KeepLast"/> can each be: the longest value of the kind (18 for ID
    /// numbers, 11 for mobile numbers, 64 for an email address's local part, 1,000 characters for names and other
    /// certificate numbers).
    /// </summary>
    public abstract int MaxKept { get; }

    /// <summary>
    /// Characters (Unicode scalar values: 𠮷 is one) kept at the start, 0 to <see cref="MaxKept"/>; the default is the
    /// kind's (see each options type).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0 to <see cref="MaxKept"/> (a programmer error).</exception>
    public int KeepFirst
    {
        get => _keepFirst;
        init => _keepFirst = OptionBounds.Check(value, 0, MaxKept, nameof(KeepFirst));
    }

    /// <summary>
    /// Characters kept at the end, 0 to <see cref="MaxKept"/>; the default is the kind's. At least one character is
    /// always masked: when <see cref="KeepFirst"/> and <see cref="KeepLast"/> together would cover the value, the end
    /// gives way first, then the start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0 to <see cref="MaxKept"/> (a programmer error).</exception>
    public int KeepLast
    {
        get => _keepLast;
        init => _keepLast = OptionBounds.Check(value, 0, MaxKept, nameof(KeepLast));
    }

    /// <summary>The character that stands for each hidden one. Default '*' (<see cref="Mask.DefaultMaskCharacter"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A letter, digit, space, control, surrogate or unassigned character.</exception>
    public char MaskCharacter
    {
        get => _maskCharacter;
        init => _maskCharacter = OptionBounds.CheckMaskCharacter(value, nameof(MaskCharacter));
    }
}

/// <summary>
/// What <see cref="Mask.IdNumber(string?, IdNumberMaskOptions?)"/> keeps of a valid ID number: by default the address
/// code and the last four, 110105********002X. <see cref="MaskOptions.KeepFirst"/> 6 keeps the address code (GB/T
/// 2260), which names a county shared by many thousands of people, while the eight characters after it, the birth
/// date, are hidden; <see cref="MaskOptions.KeepLast"/> 4 is enough for the holder to recognise their own number.
/// Both 0–18. Immutable; bounds are checked when the options are created.
/// </summary>
public sealed record IdNumberMaskOptions() : MaskOptions(6, 4)
{
    /// <summary>Keep the address code and the last four: 110105********002X.</summary>
    public static IdNumberMaskOptions Default { get; } = new();

    /// <inheritdoc />
    public override int MaxKept => IdNumber.Length;

    /// <summary>
    /// The rule that decides whether a number is shown in part; a number it rejects is masked whole. Default
    /// <see cref="IdNumberOptions.Default"/> (typed input folded; first-generation numbers rejected).
    /// </summary>
    public IdNumberOptions Validation { get; init; } = IdNumberOptions.Default;
}

/// <summary>
/// What <see cref="Mask.MobileNumber(string?, MobileNumberMaskOptions?)"/> keeps of a valid mobile number: by default
/// the first three and the last four, 138****8000. The first three are the network prefix, which says only the carrier;
/// the four hidden digits (the HLR code, 0013 in 13800138000) are the ones that, with the prefix, would place the
/// number. Both counts 0–11. Immutable; bounds are checked when the options are created.
/// </summary>
public sealed record MobileNumberMaskOptions() : MaskOptions(3, 4)
{
    /// <summary>Keep the first three and the last four: 138****8000.</summary>
    public static MobileNumberMaskOptions Default { get; } = new();

    /// <inheritdoc />
    public override int MaxKept => ChsiValidation.MobileNumber.Length;

    /// <summary>
    /// The rule that decides whether a number is shown in part; a number it rejects is masked whole. Default
    /// <see cref="MobileNumberOptions.Default"/> (every allocated kind accepted).
    /// </summary>
    public MobileNumberOptions Validation { get; init; } = MobileNumberOptions.Default;
}

/// <summary>
/// What <see cref="Mask.Email(string?, EmailMaskOptions?)"/> keeps of a valid address: by default the local part's first
/// character and the domain, u***@qq.com. <see cref="MaskOptions.KeepFirst"/> (default 1) and
/// <see cref="MaskOptions.KeepLast"/> (default 0) count characters of the local part, 0–64; at least one of them is
/// always hidden. Immutable; bounds are checked when the options are created.
/// </summary>
public sealed record EmailMaskOptions() : MaskOptions(1, 0)
{
    private readonly int _maskLength = 3;

    // Before Default: static initialisers run in text order, and Default's instance reads this one.
    internal static EmailOptions FoldingEmailOptions { get; } = EmailOptions.Default with { FoldFullWidth = true, TrimWhitespace = true };

    /// <summary>Keep the local part's first character and the domain: u***@qq.com.</summary>
    public static EmailMaskOptions Default { get; } = new();

    /// <inheritdoc />
    public override int MaxKept => ChsiValidation.Email.MaxLocalPartLength;

    /// <summary>
    /// How many mask characters stand for the hidden part of the local part, 1–64, whatever its length. Default 3, so the
    /// mask does not tell how long the local part is (a local part is free text, unlike a number's fixed fields).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1–64 (a programmer error).</exception>
    public int MaskLength
    {
        get => _maskLength;
        init => _maskLength = OptionBounds.Check(value, 1, ChsiValidation.Email.MaxLocalPartLength, nameof(MaskLength));
    }

    /// <summary>
    /// The rule that decides whether an address is shown in part; an address it rejects is masked whole. Default:
    /// <see cref="EmailOptions.Default"/> with <see cref="EmailOptions.FoldFullWidth"/> and
    /// <see cref="EmailOptions.TrimWhitespace"/> on, so that a full-width or padded address masks like its canonical form.
    /// </summary>
    public EmailOptions Validation { get; init; } = FoldingEmailOptions;
}

/// <summary>
/// What <see cref="Mask.PersonName(string?, PersonNameMaskOptions?)"/> keeps of a valid name: by default the surname,
/// and the last character of a name of three or more: 张*, 张*梦, 欧阳**. <see cref="MaskOptions.KeepFirst"/> 1 is the
/// surname of most Chinese names, a compound surname counting as one (<see cref="KeepCompoundSurnames"/>);
/// <see cref="MaskOptions.KeepLast"/> 1 gives way in a two-character name, which would otherwise show whole. Both count
/// characters (Unicode scalar values: 𠮷 is one), 0–1,000. Immutable; bounds are checked when the options are created.
/// </summary>
public sealed record PersonNameMaskOptions() : MaskOptions(1, 1)
{
    /// <summary>Keep the surname, and the last character of a name of three or more: 张*, 张*梦, 欧阳娜 → 欧阳*, 欧阳娜娜 → 欧阳**.</summary>
    public static PersonNameMaskOptions Default { get; } = new();

    /// <inheritdoc />
    public override int MaxKept => PersonNameOptions.MaxMaxLength;

    /// <summary>
    /// Keep a compound surname (复姓) whole. Default <see langword="true"/>. When a name starts with one of the compound
    /// surnames of the library's table (the 61 of the 百家姓 and a few more, as listed by the npm package pinyin-pro, with
    /// their traditional forms: 欧阳/歐陽, 司马/司馬, 诸葛, 上官, 令狐 ...) and goes on after it, and
    /// <see cref="MaskOptions.KeepFirst"/> is at least 1, the surname counts as one kept character, and its second
    /// character takes the place of one character kept at the end, so that a name shows as many characters as a name with
    /// a single surname would: 欧阳娜娜 → 欧阳** (not 欧**娜, which splits the surname and shows a character of the given
    /// name), 欧阳娜 → 欧阳*, 司马光 → 司马*. With <see cref="MaskOptions.KeepLast"/> 0 the surname still shows whole, one
    /// character more than <see cref="MaskOptions.KeepFirst"/> says. Why: the surname is what many people share and the
    /// given name is what identifies, and 欧阳** is how Chinese sites commonly show such a name. A name that only looks
    /// like one (the surname 欧 and the given name 阳娜) shows two characters as before, the first of its given name instead
    /// of the last. Set <see langword="false"/> to count characters alone (欧**娜).
    /// </summary>
    public bool KeepCompoundSurnames { get; init; } = true;

    /// <summary>
    /// The rule that decides whether a name is shown in part; a name it rejects is masked whole. Default
    /// <see cref="PersonNameOptions.Default"/> (Chinese names; set <see cref="PersonNameOptions.AllowLatin"/> for others).
    /// </summary>
    public PersonNameOptions Validation { get; init; } = PersonNameOptions.Default;
}

/// <summary>
/// What <see cref="Mask.CertificateNumber(CertificateType, string?, CertificateNumberMaskOptions?)"/> keeps of a valid
/// certificate number. Numbers checked by the ID rules are masked as <see cref="IdNumber"/> says; the others (travel
/// permits, passports, the older foreign card, 其他) keep <see cref="MaskOptions.KeepFirst"/> characters, default 1, the
/// letter that names the document (H, M, E, G), and <see cref="MaskOptions.KeepLast"/>, default 3, for the holder to
/// recognise the document: E*****678. Both 0–1,000. <see cref="MaskOptions.MaskCharacter"/> holds for every type.
/// Immutable; bounds are checked when the options are created.
/// </summary>
public sealed record CertificateNumberMaskOptions() : MaskOptions(1, 3)
{
    /// <summary>ID-rule numbers as <see cref="IdNumberMaskOptions.Default"/>; the others keep one first and three last characters (E*****678).</summary>
    public static CertificateNumberMaskOptions Default { get; } = new();

    /// <inheritdoc />
    public override int MaxKept => 1000;

    /// <summary>
    /// How numbers checked by the ID rules are masked (resident ID cards, residence permits, the 2023 foreign permanent
    /// resident ID): their <see cref="MaskOptions.KeepFirst"/> and <see cref="MaskOptions.KeepLast"/>. Default
    /// <see cref="IdNumberMaskOptions.Default"/> (6 and 4). Its mask character and validation are not used:
    /// <see cref="MaskOptions.MaskCharacter"/> and <see cref="Validation"/> hold for every type.
    /// </summary>
    public IdNumberMaskOptions IdNumber { get; init; } = IdNumberMaskOptions.Default;

    /// <summary>
    /// The rule that decides whether a number is shown in part; a number it rejects for its type (a type mismatch
    /// included) is masked whole. Default <see cref="CertificateNumberOptions.Default"/>.
    /// </summary>
    public CertificateNumberOptions Validation { get; init; } = CertificateNumberOptions.Default;
}
