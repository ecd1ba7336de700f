namespace ChsiValidation;

/// <summary>Options of <see cref="PersonName.Validate(string?, PersonNameOptions?)"/>. Immutable; <see cref="Default"/> is shared.</summary>
public sealed record PersonNameOptions
{
    /// <summary>Upper bound of <see cref="MaxLength"/>; a name field longer than this is no name.</summary>
    public const int MaxMaxLength = 1000;

    private readonly int _minLength = 2;
    private readonly int _maxLength = 50;

    /// <summary>The defaults: 2–50 characters, Chinese names only, no private-use codes, rare beyond the 通用规范汉字表 as a warning.</summary>
    public static PersonNameOptions Default { get; } = new();

    /// <summary>The fewest characters (Unicode scalar values) a name has. Default 2 (CHSI FAQ item 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int MinLength
    {
        get => _minLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _minLength = value;
        }
    }

    /// <summary>
    /// The most characters (Unicode scalar values, the separator dot included) a name has. Default 50: 民委发〔2016〕33号
    /// asks systems to hold at least 50 characters.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1 or more than <see cref="MaxMaxLength"/>.</exception>
    public int MaxLength
    {
        get => _maxLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxMaxLength);
            _maxLength = value;
        }
    }

    /// <summary>
    /// Accept Latin-script names (letters, space, hyphen, apostrophe, period), for foreign, passport and "other" certificate
    /// types. Default <see langword="false"/>: resident ID cards carry Chinese names. Latin letters mixed with Chinese
    /// characters are <see cref="PersonNameError.MixedScript"/> either way.
    /// </summary>
    public bool AllowLatin { get; init; }

    /// <summary>
    /// Accept private-use code points (older systems' codes for rare characters, tier <see cref="HanziTier.PrivateUse"/>).
    /// Default <see langword="false"/>: they are <see cref="PersonNameError.PrivateUseCharacter"/>.
    /// </summary>
    public bool AllowPrivateUse { get; init; }

    /// <summary>
    /// The rarest tier accepted without comment; rarer characters are listed in <see cref="PersonNameResult.RareCharacters"/>.
    /// Default <see cref="HanziTier.GeneralStandard"/> (the 8,105 characters of the 通用规范汉字表).
    /// </summary>
    public HanziTier MaxAcceptedTier { get; init; } = HanziTier.GeneralStandard;

    /// <summary>
    /// Make a character rarer than <see cref="MaxAcceptedTier"/> an error (<see cref="PersonNameError.RareCharacter"/>).
    /// Default <see langword="false"/>: the name stays valid and the rare characters are a finding (a warning in FluentValidation).
    /// </summary>
    public bool RareCharacterIsError { get; init; }
}
