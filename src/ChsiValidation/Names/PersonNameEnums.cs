namespace ChsiValidation;

/// <summary>Why a name was rejected. Stable: error codes (<c>ChsiPersonName.&lt;Reason&gt;</c>) and translations key on these names.</summary>
public enum PersonNameError
{
    /// <summary>The name is valid.</summary>
    None = 0,

    /// <summary>
    /// The input is <see langword="null"/>, empty or only spaces: U+0020, NBSP U+00A0, U+3000 as in every rule, and here
    /// also the other space separators (Unicode category Zs: en, thin, figure spaces) that names pasted from documents
    /// carry. A tab or line break is <see cref="InvalidCharacter"/>.
    /// </summary>
    Empty,

    /// <summary>
    /// The text is not well-formed UTF-16: a lone surrogate, as a broken copy or a truncated buffer leaves it.
    /// <see cref="PersonNameResult.ErrorPosition"/> gives its index.
    /// </summary>
    IllFormed,

    /// <summary>Fewer than <see cref="PersonNameOptions.MinLength"/> characters (default 2, FAQ item 3), counted in Unicode scalar values: 𠮷 alone is one character.</summary>
    TooShort,

    /// <summary>More than <see cref="PersonNameOptions.MaxLength"/> characters (default 50, 民委发〔2016〕33号).</summary>
    TooLong,

    /// <summary>
    /// A character that cannot be part of a name: a digit, symbol, emoji, punctuation, control, format, bidi or zero-width
    /// character, an unassigned code point, a letter of another script, or a space inside a Chinese name (other than beside the separator dot). <see cref="PersonNameResult.ErrorPosition"/> gives its index.
    /// </summary>
    InvalidCharacter,

    /// <summary>
    /// A private-use code point (U+E000–U+F8FF, planes 15–16) while <see cref="PersonNameOptions.AllowPrivateUse"/> is off:
    /// an older system's code for a rare character that other systems cannot read. For GBK's U+E815–U+E864
    /// <see cref="PersonNameResult.ErrorSuggestions"/> holds the standard character (U+E863 → 䶮).
    /// </summary>
    PrivateUseCharacter,

    /// <summary>
    /// The separator dot (·) of a minority name, or a Latin name's hyphen, apostrophe or period, comes first, last or
    /// doubled; or a Latin name's space follows a hyphen or apostrophe.
    /// </summary>
    MisplacedSeparator,

    /// <summary>Chinese characters mixed with Latin letters, as in "赵C". <see cref="PersonNameResult.ErrorPosition"/> gives the first Latin letter.</summary>
    MixedScript,

    /// <summary>A Latin-script name while <see cref="PersonNameOptions.AllowLatin"/> is off (resident ID cards carry Chinese names: 居民身份证法 art. 4).</summary>
    LatinNotAllowed,

    /// <summary>
    /// A character rarer than <see cref="PersonNameOptions.MaxAcceptedTier"/> while <see cref="PersonNameOptions.RareCharacterIsError"/>
    /// is set. Otherwise rare characters are only listed in <see cref="PersonNameResult.RareCharacters"/>.
    /// </summary>
    RareCharacter,
}

/// <summary>The script of a name, once its characters were read.</summary>
public enum PersonNameScript
{
    /// <summary>Not determined (the name was rejected before).</summary>
    Unknown = 0,

    /// <summary>Chinese characters, optionally with the separator dot · of minority names.</summary>
    Han,

    /// <summary>Latin letters with spaces, hyphens, apostrophes and periods.</summary>
    Latin,
}

/// <summary>What normalising a typed name changed. Each change is also listed, with its position, in <see cref="PersonNameResult.Normalizations"/>.</summary>
[Flags]
public enum PersonNameChanges
{
    /// <summary>Nothing: the input was already canonical.</summary>
    None = 0,

    /// <summary>Spaces (U+0020, NBSP U+00A0, U+3000 and every other space separator) before or after the name were removed.</summary>
    WhitespaceTrimmed = 1,

    /// <summary>A look-alike of the separator dot (U+2022 • U+30FB ・ U+FF65 ･ U+2027 ‧ U+2219 ∙ U+22C5 ⋅ U+FF0E ． U+002E . U+0387 · U+2E31 ⸱) between Chinese characters became U+00B7 ·.</summary>
    DotVariantFolded = 2,

    /// <summary>A Kangxi radical (⼈ U+2F08) or one of the two folding CJK Radicals Supplement characters became the real ideograph (NFKC).</summary>
    RadicalFolded = 4,

    /// <summary>A CJK compatibility ideograph (郎 U+F92C) became its unified ideograph (郎 U+90CE, NFC).</summary>
    CompatibilityIdeographFolded = 8,

    /// <summary>A full-width Latin letter, hyphen, apostrophe or period in a Latin name became ASCII.</summary>
    FullWidthFolded = 16,

    /// <summary>In a Latin name, a run of spaces or another kind of space became one U+0020.</summary>
    WhitespaceCollapsed = 32,

    /// <summary>In a Chinese name, spaces around the separator dot were removed (阿沛 · 阿旺晋美 → 阿沛·阿旺晋美).</summary>
    WhitespaceAroundDotRemoved = 64,

    /// <summary>
    /// A variation selector after a Chinese character (an ideographic variation sequence, U+E0100–U+E01EF, or U+FE00–U+FE0F)
    /// was removed: it picks a glyph of the same character, which registration systems store without it.
    /// </summary>
    VariationSelectorRemoved = 128,

    /// <summary>
    /// In a Latin name, a letter followed by combining marks, as decomposed (NFD) text has them ("Jose" + U+0301), became
    /// the precomposed letter (é, NFC); the record spans the letter and its marks. Marks must follow in canonical order, as
    /// NFD gives them.
    /// </summary>
    MarksComposed = 256,
}

/// <summary>How two names compare (FAQ item 7: records show only when the registered name equals the school's).</summary>
public enum PersonNameMatch
{
    /// <summary>The names differ in some other way.</summary>
    Different = 0,

    /// <summary>The names are the same string (no longer than a name can be: see <see cref="PersonName.Compare(string?, string?)"/>).</summary>
    Same,

    /// <summary>
    /// The names are equal after the folds of <see cref="PersonName.Validate(string?, PersonNameOptions?)"/>, ignoring spaces
    /// (in a Latin name: how many and which, between the same words), invisible characters, letter case, decomposed letters
    /// and where (or whether) a Chinese name's separator dots stand;
    /// <see cref="PersonNameComparison.Differences"/> says which of these mattered.
    /// </summary>
    SameAfterNormalization,

    /// <summary>The names differ only by variant forms of some characters (張/张), and possibly by folds.</summary>
    DiffersByVariant,
}

/// <summary>The kinds of difference <see cref="PersonName.Compare(string?, string?)"/> explains.</summary>
[Flags]
public enum PersonNameDifferences
{
    /// <summary>No difference.</summary>
    None = 0,

    /// <summary>Spaces: leading, trailing, between Chinese characters, or a different run of spaces in a Latin name.</summary>
    Spaces = 1,

    /// <summary>A different separator dot (• ・ ． . instead of ·).</summary>
    DotVariant = 2,

    /// <summary>A Kangxi radical or radical-supplement form instead of the ideograph.</summary>
    RadicalForm = 4,

    /// <summary>A CJK compatibility ideograph instead of the unified ideograph.</summary>
    CompatibilityForm = 8,

    /// <summary>Full-width instead of ASCII letters or punctuation.</summary>
    FullWidth = 16,

    /// <summary>A GBK private-use code (U+E815–U+E864) instead of the GB 18030 character.</summary>
    PrivateUseCode = 32,

    /// <summary>Upper- instead of lower-case letters (or the reverse) in a Latin name.</summary>
    LetterCase = 64,

    /// <summary>A variant form of a character (traditional/simplified, semantic or Z variant: 張/张).</summary>
    Variant = 128,

    /// <summary>
    /// A separator dot in one Chinese name that the other lacks (or doubles) at that place: 阿沛阿旺晋美 against
    /// 阿沛·阿旺晋美, as systems that cannot store · record minority names.
    /// </summary>
    SeparatorMissing = 256,

    /// <summary>An invisible character in one name (zero-width space, BOM, bidi or other format character, variation selector), as pasted rosters carry them.</summary>
    InvisibleCharacter = 512,

    /// <summary>A letter written decomposed, with combining marks ("Jose" + U+0301), in one name and precomposed (é) in the other.</summary>
    Decomposed = 1024,
}
