namespace ChsiValidation;

/// <summary>
/// How widely a Chinese character (汉字) is supported, from the commonest to the rarest. Membership of GB 2312 or of the
/// 8,105-character 通用规范汉字表 decides first, the Unicode block after (data: the Unihan database's <c>kGB0</c> and <c>kTGH</c> fields, UAX #38).
/// The order is meaningful: <see cref="PersonNameOptions.MaxAcceptedTier"/> accepts a tier and every tier before it.
/// </summary>
public enum HanziTier
{
    /// <summary>Not a Chinese character (a letter of another script, a symbol, a radical, a compatibility ideograph, ...).</summary>
    NotHanzi = 0,

    /// <summary>In GB 2312 (6,763 characters): supported everywhere.</summary>
    Gb2312,

    /// <summary>In the 通用规范汉字表 (8,105 characters, 2013) but not in GB 2312 (1,467, e.g. 堃 喆 赟 玥 镕 䶮 𫖮).</summary>
    GeneralStandard,

    /// <summary>Another CJK Unified Ideograph of the basic block U+4E00–U+9FFF (or one of the 12 unified ideographs among the compatibility ideographs).</summary>
    UnifiedBmp,

    /// <summary>CJK Unified Ideographs Extension A (U+3400–U+4DBF), not in the 通用规范汉字表.</summary>
    ExtensionA,

    /// <summary>
    /// Extensions B–F (U+20000–U+2EBEF), inside GB 18030-2022's repertoire, not in the 通用规范汉字表: UTF-16 surrogate pairs,
    /// four bytes in UTF-8 (MySQL's utf8mb3 cannot store them).
    /// </summary>
    Supplementary,

    /// <summary>Extensions G, H, I and J (U+30000–U+3347F, U+2EBF0–U+2EE5F): beyond GB 18030-2022's repertoire.</summary>
    BeyondGb18030,

    /// <summary>
    /// A private-use code point (U+E000–U+F8FF and planes 15–16): older systems' codes for rare name characters, e.g. GBK's
    /// U+E815–U+E864 (U+E863 is 䶮 U+4DAE in GB 18030). Meaningful only between systems that agree on it.
    /// </summary>
    PrivateUse,
}
