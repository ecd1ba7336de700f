namespace ChsiValidation;

/// <summary>Why an ID number was rejected. Stable: error codes and translations key on these names.</summary>
public enum IdNumberError
{
    /// <summary>The number is valid.</summary>
    None = 0,

    /// <summary>The input is <see langword="null"/>, empty or only spaces (U+0020, NBSP, U+3000; a tab or line break is <see cref="InvalidCharacter"/>).</summary>
    Empty,

    /// <summary>After removing spaces the input is neither 18 characters (nor 15 for a first-generation number).</summary>
    InvalidLength,

    /// <summary>
    /// A character that cannot appear in an ID number: a letter other than the final X, a digit of another script,
    /// a control, zero-width or other character. <see cref="IdNumberResult.ErrorPosition"/> gives its index in the input.
    /// </summary>
    InvalidCharacter,

    /// <summary>
    /// <see cref="IdNumberOptions.Strict"/> is set and the input is not already canonical (full-width digits, lower-case x
    /// or spaces). <see cref="IdNumberResult.ErrorPosition"/> gives the first such character.
    /// </summary>
    NotCanonical,

    /// <summary>
    /// A 15-digit first-generation number (GB 11643-1989), no longer a valid card. <see cref="IdNumberResult.Upgraded"/>
    /// holds its 18-digit form; <see cref="IdNumberOptions.AllowFirstGeneration"/> accepts it.
    /// </summary>
    FirstGenerationNumber,

    /// <summary>The address code does not name a province (or, with a stricter <see cref="RegionCheck"/>, a known county).</summary>
    UnknownRegion,

    /// <summary>The birth date is not a real calendar date (month 13, 30 February, 29 February in a common year).</summary>
    InvalidBirthDate,

    /// <summary>The birth date is after today in China (UTC+8) or before <see cref="IdNumberOptions.EarliestBirthDate"/>.</summary>
    BirthDateOutOfRange,

    /// <summary>
    /// The check character does not match the first 17 digits (MOD 11-2); <see cref="IdNumberResult.ExpectedCheckCharacter"/>
    /// holds the one that would.
    /// </summary>
    ChecksumMismatch,

    /// <summary>
    /// A space inside one of the number's fields. Spaces may stand around the number and between its fields (GB 11643-1999:
    /// address code | year | month | day | sequence code | check character, as in "110105 19491231 002X"), not inside one,
    /// where it is more often a typing slip than a grouping ("1101 0519 4912 3100 2X", grouped like a bank card).
    /// <see cref="IdNumberResult.ErrorPosition"/> gives the index of the space.
    /// </summary>
    MisplacedSpace,
}

/// <summary>Which card an 18-character number belongs to, read from its address code.</summary>
public enum IdNumberKind
{
    /// <summary>Not determined (the number was rejected before its kind was known).</summary>
    Unknown = 0,

    /// <summary>居民身份证: a second-generation resident ID card (GB 11643-1999).</summary>
    ResidentIdCard,

    /// <summary>港澳台居民居住证 issued to a Hong Kong resident: address code exactly 810000.</summary>
    HongKongResidencePermit,

    /// <summary>港澳台居民居住证 issued to a Macao resident: address code exactly 820000.</summary>
    MacaoResidencePermit,

    /// <summary>港澳台居民居住证 issued to a Taiwan resident: address code exactly 830000.</summary>
    TaiwanResidencePermit,

    /// <summary>
    /// 外国人永久居留身份证 of 2023: leading 9, the accepting office's province code, a nationality code, then the same
    /// birth date, sequence and MOD 11-2 check as a resident ID.
    /// </summary>
    ForeignPermanentResidentId,

    /// <summary>A 15-digit first-generation number (GB 11643-1989); valid only with <see cref="IdNumberOptions.AllowFirstGeneration"/>.</summary>
    FirstGeneration,
}

/// <summary>The holder's sex as encoded by the parity of the sequence code (odd male, even female).</summary>
public enum Gender
{
    /// <summary>Not known (the number was rejected).</summary>
    Unknown = 0,

    /// <summary>Odd sequence code.</summary>
    Male,

    /// <summary>Even sequence code.</summary>
    Female,
}

/// <summary>What the normalisation of a typed ID number changed. Empty when the input was already canonical.</summary>
[Flags]
public enum IdNumberChanges
{
    /// <summary>The input was canonical.</summary>
    None = 0,

    /// <summary>Spaces (U+0020, NBSP U+00A0, ideographic space U+3000) before or after the number were removed.</summary>
    WhitespaceTrimmed = 1,

    /// <summary>Full-width digits or Ｘ/ｘ (U+FF10–FF19, U+FF38, U+FF58) typed with a Chinese IME were folded to ASCII.</summary>
    FullWidthFolded = 2,

    /// <summary>A lower-case x check character was upper-cased (the standard writes X).</summary>
    LowerCaseX = 4,

    /// <summary>
    /// Spaces between the number's fields were removed (GB 11643-1999: address code | year | month | day | sequence
    /// code | check character, as in "110105 19491231 002X").
    /// </summary>
    SeparatorsRemoved = 8,
}

/// <summary>How strictly the address code (first six digits) is checked.</summary>
public enum RegionCheck
{
    /// <summary>No check of the address code beyond its digits.</summary>
    None = 0,

    /// <summary>The first two digits must be a province code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71). The default.</summary>
    Province,

    /// <summary>
    /// The six digits must be a code that some published GB/T 2260 list contains (<see cref="AdministrativeDivision.IsKnown(int)"/>),
    /// current or abolished, or one of the caller's <see cref="IdNumberOptions.AdditionalRegionCodes"/>. Stricter, but no
    /// list is complete: a real card with a code the table lacks is rejected, so this is never the default.
    /// </summary>
    KnownCode,
}
