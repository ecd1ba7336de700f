namespace ChsiValidation;

/// <summary>Why an email address was rejected. Stable: error codes and translations key on these names.</summary>
public enum EmailError
{
    /// <summary>The address is valid.</summary>
    None = 0,

    /// <summary>
    /// The input is <see langword="null"/>, empty or only the spaces people type (U+0020, NBSP U+00A0, ideographic
    /// U+3000). Blank input with a tab, line break or other control among the spaces is <see cref="WhitespaceOrControl"/>
    /// at that character.
    /// </summary>
    Empty,

    /// <summary>The address is longer than 254 characters (RFC 5321's path limit less the angle brackets), or the domain longer than 253.</summary>
    TooLong,

    /// <summary>
    /// A space, tab, line break, control character or invisible format character (zero-width space, bidi control, BOM)
    /// anywhere, including around the address (unless <see cref="EmailOptions.TrimWhitespace"/>).
    /// <see cref="EmailResult.ErrorPosition"/> gives its index.
    /// </summary>
    WhitespaceOrControl,

    /// <summary>
    /// A full-width character from a Chinese IME: ＠ (U+FF20), ． (U+FF0E), 。 (U+3002), ｡ (U+FF61) or a full-width
    /// letter or digit. <see cref="EmailResult.Replacement"/> is the character to type instead;
    /// <see cref="EmailOptions.FoldFullWidth"/> folds them.
    /// </summary>
    FullWidthCharacter,

    /// <summary>There is no '@'.</summary>
    MissingAt,

    /// <summary>There is more than one '@'; <see cref="EmailResult.ErrorPosition"/> gives the second.</summary>
    MultipleAt,

    /// <summary>Nothing before the '@'.</summary>
    LocalPartEmpty,

    /// <summary>The part before the '@' is longer than 64 bytes (RFC 5321 §4.5.3.1.1).</summary>
    LocalPartTooLong,

    /// <summary>
    /// The part before the '@' is not a dot-atom (RFC 5322 §3.2.3): a character outside letters, digits and
    /// <c>!#$%&amp;'*+-/=?^_`{|}~</c> (quotes, parentheses, backslash, comma, ...), or a '.' first, last or doubled.
    /// Quoted strings and comments are not accepted for registration.
    /// </summary>
    LocalPartInvalid,

    /// <summary>The part before the '@' has a non-ASCII character (e.g. Chinese) and <see cref="EmailOptions.AllowUnicodeLocalPart"/> is off.</summary>
    NonAsciiLocalPart,

    /// <summary>Nothing after the '@'.</summary>
    DomainEmpty,

    /// <summary>
    /// The domain is not a host name: a character other than letters, digits, '-' and '.', a label that starts or ends
    /// with '-', an empty label ('.' first, last or doubled), an IP address literal ([...]) or an invalid
    /// internationalised name. In a Unicode domain a symbol, punctuation, emoji, a combining mark not after a letter, or
    /// a character the IDNA mapping would turn into another (™ → tm, ﬁ → fi) is rejected: IDNA2008 disallows them
    /// (RFC 5892). <see cref="EmailResult.ErrorPosition"/> gives the character when one is at fault (the first character
    /// of a label typed as an invalid <c>xn--</c> A-label); it is -1 when IDNA refuses the name as a whole (a label too
    /// long once encoded, '--' in the third and fourth positions of a Unicode label).
    /// </summary>
    DomainInvalid,

    /// <summary>A domain label is longer than 63 characters (RFC 1035 §2.3.4), counted in its ASCII (IDNA) form.</summary>
    LabelTooLong,

    /// <summary>The domain has a single label (<c>user@localhost</c>, <c>user@qq</c>): policy, registration needs a public domain.</summary>
    SingleLabelDomain,

    /// <summary>
    /// The top-level domain has one character or only digits (<c>user@iana.a</c>, <c>user@1.2.3.4</c>), or is an
    /// internationalised one with a character other than a letter (<c>user@例子.中国1</c>, <see cref="EmailResult.ErrorPosition"/>
    /// at that character): policy, no such TLD exists.
    /// </summary>
    TopLevelDomainInvalid,
}

/// <summary>What the normalisation of an email address changed.</summary>
[Flags]
public enum EmailChanges
{
    /// <summary>Nothing: the input was the canonical address.</summary>
    None = 0,

    /// <summary>Spaces around the address were removed (<see cref="EmailOptions.TrimWhitespace"/>).</summary>
    WhitespaceTrimmed = 1,

    /// <summary>Full-width characters were folded to ASCII (<see cref="EmailOptions.FoldFullWidth"/>).</summary>
    FullWidthFolded = 2,

    /// <summary>Upper-case letters in the domain were lower-cased (domains are case-insensitive).</summary>
    DomainLowerCased = 4,

    /// <summary>An internationalised domain was converted to its ASCII (IDNA, xn--) form.</summary>
    DomainEncoded = 8,
}
