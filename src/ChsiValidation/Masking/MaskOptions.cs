namespace ChsiValidation;

/// <summary>
/// What <see cref="Mask.IdNumber(string?, IdNumberMaskOptions?)"/> keeps of a valid ID number. Immutable; bounds are
/// checked when the options are created.
/// </summary>
public sealed record IdNumberMaskOptions
{
    private readonly int _keepFirst = 6;
    private readonly int _keepLast = 4;
    private readonly char _maskCharacter = Mask.DefaultMaskCharacter;

    /// <summary>Keep the address code and the last four: 110105********002X.</summary>
    public static IdNumberMaskOptions Default { get; } = new();

    /// <summary>
    /// Characters kept at the start, 0–18. Default 6: the address code (GB/T 2260), which names a county shared by many
    /// thousands of people, while the eight characters after it, the birth date, are hidden.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–18 (a programmer error).</exception>
    public int KeepFirst
    {
        get => _keepFirst;
        init => _keepFirst = OptionBounds.Check(value, 0, IdNumber.Length, nameof(KeepFirst));
    }

    /// <summary>
    /// Characters kept at the end, 0–18. Default 4: enough for the holder to recognise their own number. At least one
    /// character is always masked: when <see cref="KeepFirst"/> and <see cref="KeepLast"/> together cover the number,
    /// the end gives way first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–18 (a programmer error).</exception>
    public int KeepLast
    {
        get => _keepLast;
        init => _keepLast = OptionBounds.Check(value, 0, IdNumber.Length, nameof(KeepLast));
    }

    /// <summary>The character that stands for each hidden one. Default '*'.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A letter, digit, space, control, surrogate or unassigned character.</exception>
    public char MaskCharacter
    {
        get => _maskCharacter;
        init => _maskCharacter = OptionBounds.CheckMaskCharacter(value, nameof(MaskCharacter));
    }

    /// <summary>
    /// The rule that decides whether a number is shown in part; a number it rejects is masked whole. Default
    /// <see cref="IdNumberOptions.Default"/> (typed input folded; first-generation numbers rejected).
    /// </summary>
    public IdNumberOptions Validation { get; init; } = IdNumberOptions.Default;
}

/// <summary>
/// What <see cref="Mask.MobileNumber(string?, MobileNumberMaskOptions?)"/> keeps of a valid mobile number. Immutable; bounds
/// are checked when the options are created.
/// </summary>
public sealed record MobileNumberMaskOptions
{
    private readonly int _keepFirst = 3;
    private readonly int _keepLast = 4;
    private readonly char _maskCharacter = Mask.DefaultMaskCharacter;

    /// <summary>Keep the first three and the last four: 138****8000.</summary>
    public static MobileNumberMaskOptions Default { get; } = new();

    /// <summary>Digits kept at the start, 0–11. Default 3: the network prefix (138), which says only the carrier.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–11 (a programmer error).</exception>
    public int KeepFirst
    {
        get => _keepFirst;
        init => _keepFirst = OptionBounds.Check(value, 0, ChsiValidation.MobileNumber.Length, nameof(KeepFirst));
    }

    /// <summary>
    /// Digits kept at the end, 0–11. Default 4. The four hidden digits (the HLR code, 0013 in 13800138000) are the ones
    /// that, with the prefix, would place the number. At least one digit is always masked.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–11 (a programmer error).</exception>
    public int KeepLast
    {
        get => _keepLast;
        init => _keepLast = OptionBounds.Check(value, 0, ChsiValidation.MobileNumber.Length, nameof(KeepLast));
    }

    /// <summary>The character that stands for each hidden digit. Default '*'.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A letter, digit, space, control, surrogate or unassigned character.</exception>
    public char MaskCharacter
    {
        get => _maskCharacter;
        init => _maskCharacter = OptionBounds.CheckMaskCharacter(value, nameof(MaskCharacter));
    }

    /// <summary>
    /// The rule that decides whether a number is shown in part; a number it rejects is masked whole. Default
    /// <see cref="MobileNumberOptions.Default"/> (every allocated kind accepted).
    /// </summary>
    public MobileNumberOptions Validation { get; init; } = MobileNumberOptions.Default;
}

/// <summary>
/// What <see cref="Mask.Email(string?, EmailMaskOptions?)"/> keeps of a valid address. Immutable; bounds are checked when
/// the options are created.
/// </summary>
public sealed record EmailMaskOptions
{
    private readonly int _keepFirst = 1;
    private readonly int _keepLast;
    private readonly int _maskLength = 3;
    private readonly char _maskCharacter = Mask.DefaultMaskCharacter;

    // Before Default: static initialisers run in text order, and Default's instance reads this one.
    internal static EmailOptions FoldingEmailOptions { get; } = EmailOptions.Default with { FoldFullWidth = true, TrimWhitespace = true };

    /// <summary>Keep the local part's first character and the domain: u***@qq.com.</summary>
    public static EmailMaskOptions Default { get; } = new();

    /// <summary>Characters of the local part kept at its start, 0–64. Default 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–64 (a programmer error).</exception>
    public int KeepFirst
    {
        get => _keepFirst;
        init => _keepFirst = OptionBounds.Check(value, 0, ChsiValidation.Email.MaxLocalPartLength, nameof(KeepFirst));
    }

    /// <summary>
    /// Characters of the local part kept at its end, 0–64. Default 0. At least one character of the local part is always
    /// hidden: when the kept characters would cover it, the end gives way first, then the start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–64 (a programmer error).</exception>
    public int KeepLast
    {
        get => _keepLast;
        init => _keepLast = OptionBounds.Check(value, 0, ChsiValidation.Email.MaxLocalPartLength, nameof(KeepLast));
    }

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

    /// <summary>The mask character. Default '*'.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A letter, digit, space, control, surrogate or unassigned character.</exception>
    public char MaskCharacter
    {
        get => _maskCharacter;
        init => _maskCharacter = OptionBounds.CheckMaskCharacter(value, nameof(MaskCharacter));
    }

    /// <summary>
    /// The rule that decides whether an address is shown in part; an address it rejects is masked whole. Default:
    /// <see cref="EmailOptions.Default"/> with <see cref="EmailOptions.FoldFullWidth"/> and
    /// <see cref="EmailOptions.TrimWhitespace"/> on, so that a full-width or padded address masks like its canonical form.
    /// </summary>
    public EmailOptions Validation { get; init; } = FoldingEmailOptions;

}

/// <summary>
/// What <see cref="Mask.PersonName(string?, PersonNameMaskOptions?)"/> keeps of a valid name. Immutable; bounds are
/// checked when the options are created.
/// </summary>
public sealed record PersonNameMaskOptions
{
    private readonly int _keepFirst = 1;
    private readonly int _keepLast = 1;
    private readonly char _maskCharacter = Mask.DefaultMaskCharacter;

    /// <summary>Keep the first character, and the last of a name of three or more: 张*, 张*梦, 欧**娜.</summary>
    public static PersonNameMaskOptions Default { get; } = new();

    /// <summary>
    /// Characters (Unicode scalar values: 𠮷 is one) kept at the start, 0–1,000. Default 1, the surname of most Chinese
    /// names; 2 shows a compound surname whole (欧阳** with <see cref="KeepLast"/> 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–1,000 (a programmer error).</exception>
    public int KeepFirst
    {
        get => _keepFirst;
        init => _keepFirst = OptionBounds.Check(value, 0, PersonNameOptions.MaxMaxLength, nameof(KeepFirst));
    }

    /// <summary>
    /// Characters kept at the end, 0–1,000. Default 1. At least one character is always masked: a two-character name
    /// keeps only its first (张*), the end giving way first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–1,000 (a programmer error).</exception>
    public int KeepLast
    {
        get => _keepLast;
        init => _keepLast = OptionBounds.Check(value, 0, PersonNameOptions.MaxMaxLength, nameof(KeepLast));
    }

    /// <summary>The character that stands for each hidden character (the separator dot included). Default '*'.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A letter, digit, space, control, surrogate or unassigned character.</exception>
    public char MaskCharacter
    {
        get => _maskCharacter;
        init => _maskCharacter = OptionBounds.CheckMaskCharacter(value, nameof(MaskCharacter));
    }

    /// <summary>
    /// The rule that decides whether a name is shown in part; a name it rejects is masked whole. Default
    /// <see cref="PersonNameOptions.Default"/> (Chinese names; set <see cref="PersonNameOptions.AllowLatin"/> for others).
    /// </summary>
    public PersonNameOptions Validation { get; init; } = PersonNameOptions.Default;
}

/// <summary>
/// What <see cref="Mask.CertificateNumber(CertificateType, string?, CertificateNumberMaskOptions?)"/> keeps of a valid
/// certificate number. Immutable; bounds are checked when the options are created.
/// </summary>
public sealed record CertificateNumberMaskOptions
{
    private readonly int _keepFirst = 1;
    private readonly int _keepLast = 3;
    private readonly char _maskCharacter = Mask.DefaultMaskCharacter;

    /// <summary>ID-rule numbers as <see cref="IdNumberMaskOptions.Default"/>; the others keep one first and three last characters (E*****678).</summary>
    public static CertificateNumberMaskOptions Default { get; } = new();

    /// <summary>
    /// How numbers checked by the ID rules are masked (resident ID cards, residence permits, the 2023 foreign permanent
    /// resident ID): their <see cref="IdNumberMaskOptions.KeepFirst"/> and <see cref="IdNumberMaskOptions.KeepLast"/>.
    /// Default <see cref="IdNumberMaskOptions.Default"/> (6 and 4). Its mask character and validation are not used:
    /// <see cref="MaskCharacter"/> and <see cref="Validation"/> hold for every type.
    /// </summary>
    public IdNumberMaskOptions IdNumber { get; init; } = IdNumberMaskOptions.Default;

    /// <summary>
    /// Characters kept at the start of the other numbers (travel permits, passports, the older foreign card, 其他), 0–1,000.
    /// Default 1: the letter that names the document (H, M, E, G).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–1,000 (a programmer error).</exception>
    public int KeepFirst
    {
        get => _keepFirst;
        init => _keepFirst = OptionBounds.Check(value, 0, 1000, nameof(KeepFirst));
    }

    /// <summary>
    /// Characters kept at the end of the other numbers, 0–1,000. Default 3, for the holder to recognise the document. At
    /// least one character is always masked, the end giving way first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–1,000 (a programmer error).</exception>
    public int KeepLast
    {
        get => _keepLast;
        init => _keepLast = OptionBounds.Check(value, 0, 1000, nameof(KeepLast));
    }

    /// <summary>The character that stands for each hidden one, for every type. Default '*'.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A letter, digit, space, control, surrogate or unassigned character.</exception>
    public char MaskCharacter
    {
        get => _maskCharacter;
        init => _maskCharacter = OptionBounds.CheckMaskCharacter(value, nameof(MaskCharacter));
    }

    /// <summary>
    /// The rule that decides whether a number is shown in part; a number it rejects for its type (a type mismatch
    /// included) is masked whole. Default <see cref="CertificateNumberOptions.Default"/>.
    /// </summary>
    public CertificateNumberOptions Validation { get; init; } = CertificateNumberOptions.Default;
}
