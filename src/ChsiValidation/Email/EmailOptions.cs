namespace ChsiValidation;

/// <summary>How <see cref="Email.Validate(string?, EmailOptions?)"/> treats what people type. Immutable; start from <see cref="Default"/>.</summary>
public sealed record EmailOptions
{
    /// <summary>The registration policy: ASCII local part, Unicode domains allowed, nothing folded, suggestions on.</summary>
    public static EmailOptions Default { get; } = new();

    /// <summary>
    /// Accept non-ASCII characters (e.g. Chinese) before the '@' (RFC 6531, SMTPUTF8). Default <see langword="false"/>:
    /// many mail systems cannot deliver to such addresses, so they are rejected with <see cref="EmailError.NonAsciiLocalPart"/>.
    /// </summary>
    public bool AllowUnicodeLocalPart { get; init; }

    /// <summary>
    /// Accept internationalised domains (例子.中国) and report their ASCII form (xn--fsqu00a.xn--fiqs8s) as
    /// <see cref="EmailResult.Normalized"/>. Default <see langword="true"/>.
    /// </summary>
    public bool AllowUnicodeDomain { get; init; } = true;

    /// <summary>
    /// Fold full-width ＠ ． 。 ｡ and full-width letters, digits and symbols to ASCII instead of rejecting them with
    /// <see cref="EmailError.FullWidthCharacter"/>. Default <see langword="false"/>: the person is told what to retype.
    /// </summary>
    public bool FoldFullWidth { get; init; }

    /// <summary>Remove spaces (including U+3000 and NBSP) around the address instead of rejecting them. Default <see langword="false"/>.</summary>
    public bool TrimWhitespace { get; init; }

    /// <summary>Offer <see cref="EmailResult.Suggestion"/> for near misses of common Chinese mail providers (qq.con → qq.com). Default <see langword="true"/>.</summary>
    public bool SuggestProviders { get; init; } = true;
}
