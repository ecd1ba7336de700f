namespace ChsiValidation.Tests;

public class EmailTests
{
    private static readonly EmailOptions Fold = new() { FoldFullWidth = true };

    [Theory]
    [InlineData("user@qq.com")]
    [InlineData("123456789@qq.com")] // numeric QQ local parts are fine
    [InlineData("zhang.san+chsi@163.com")]
    [InlineData("a@mail.tsinghua.edu.cn")]
    [InlineData("kefu@chsi.com.cn")]
    [InlineData("x@sina.cn")]
    [InlineData("o'brien@example.org")]
    [InlineData("test@xn--hxajbheg2az3al.xn--jxalpdlp")]
    [InlineData("test@c--n.com")]
    public void Registration_addresses_are_valid_and_returned_as_typed(string input)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Same(input, result.Normalized);
        Assert.Null(result.Suggestion);
        Assert.Equal(EmailChanges.None, result.Changes);
        Assert.True(Email.IsValid(input));
    }

    [Fact]
    public void Domain_is_lower_cased_local_part_kept()
    {
        EmailResult result = Email.Validate("Zhang.San@QQ.Com");
        Assert.True(result.IsValid);
        Assert.Equal("Zhang.San@qq.com", result.Normalized);
        Assert.Equal(EmailChanges.DomainLowerCased, result.Changes);
    }

    [Fact]
    public void Unicode_domain_is_encoded_with_IDNA()
    {
        EmailResult result = Email.Validate("user@例子.中国");
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal("user@xn--fsqu00a.xn--fiqs8s", result.Normalized);
        Assert.Equal(EmailChanges.DomainEncoded, result.Changes);
        Assert.Equal("user@xn--fiqs8s.xn--fiqs8s", Email.Validate("user@中国.中国").Normalized);
    }

    [Fact]
    public void Unicode_domain_can_be_refused()
    {
        EmailResult result = Email.Validate("user@例子.中国", new EmailOptions { AllowUnicodeDomain = false });
        Assert.Equal(EmailError.DomainInvalid, result.Error);
        Assert.Equal(5, result.ErrorPosition);
    }

    [Theory]
    [InlineData("user＠qq.com", 4, '@')]
    [InlineData("user@qq．com", 7, '.')]
    [InlineData("user@qq。com", 7, '.')]
    [InlineData("user@qq｡com", 7, '.')]
    [InlineData("ｕser@qq.com", 0, 'u')]
    [InlineData("user@ｑｑ.com", 5, 'q')]
    [InlineData("user１@qq.com", 4, '1')]
    public void Full_width_characters_are_errors_that_name_the_replacement(string input, int position, char replacement)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal(EmailError.FullWidthCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Equal(replacement, result.Replacement);
    }

    [Fact]
    public void Full_width_characters_fold_under_the_option()
    {
        var options = new EmailOptions { FoldFullWidth = true };
        EmailResult result = Email.Validate("ｕｓｅｒ＠ｑｑ。ｃｏｍ", options);
        Assert.True(result.IsValid);
        Assert.Equal("user@qq.com", result.Normalized);
        Assert.Equal(EmailChanges.FullWidthFolded, result.Changes);
        Assert.Equal(EmailError.MultipleAt, Email.Validate("a＠b@qq.com", options).Error);
    }

    [Theory]
    [InlineData(null, EmailError.Empty, -1)]
    [InlineData("", EmailError.Empty, -1)]
    [InlineData(" \u3000", EmailError.Empty, -1)]
    [InlineData("userqq.com", EmailError.MissingAt, -1)]
    [InlineData("a@b@qq.com", EmailError.MultipleAt, 3)]
    [InlineData("@qq.com", EmailError.LocalPartEmpty, -1)]
    [InlineData("user@", EmailError.DomainEmpty, -1)]
    [InlineData(".user@qq.com", EmailError.LocalPartInvalid, 0)]
    [InlineData("user.@qq.com", EmailError.LocalPartInvalid, 4)]
    [InlineData("us..er@qq.com", EmailError.LocalPartInvalid, 3)]
    [InlineData("\"user\"@qq.com", EmailError.LocalPartInvalid, 0)]
    [InlineData("us(er)@qq.com", EmailError.LocalPartInvalid, 2)]
    [InlineData("us,er@qq.com", EmailError.LocalPartInvalid, 2)]
    [InlineData("张三@qq.com", EmailError.NonAsciiLocalPart, 0)]
    [InlineData("user name@qq.com", EmailError.WhitespaceOrControl, 4)]
    [InlineData("user@qq.com\n", EmailError.WhitespaceOrControl, 11)]
    [InlineData(" user@qq.com", EmailError.WhitespaceOrControl, 0)]
    [InlineData("user@qq.com\u200B", EmailError.WhitespaceOrControl, 11)]
    [InlineData("user\u202E@qq.com", EmailError.WhitespaceOrControl, 4)]
    [InlineData("user@qq.com\u3000", EmailError.WhitespaceOrControl, 11)]
    [InlineData("user@-qq.com", EmailError.DomainInvalid, 5)]
    [InlineData("user@qq-.com", EmailError.DomainInvalid, 7)]
    [InlineData("user@.qq.com", EmailError.DomainInvalid, 5)]
    [InlineData("user@qq..com", EmailError.DomainInvalid, 8)]
    [InlineData("user@qq.com.", EmailError.DomainInvalid, 11)]
    [InlineData("user@q_q.com", EmailError.DomainInvalid, 6)]
    [InlineData("user@[127.0.0.1]", EmailError.DomainInvalid, 5)]
    [InlineData("user@qq", EmailError.SingleLabelDomain, -1)]
    [InlineData("user@localhost", EmailError.SingleLabelDomain, -1)]
    [InlineData("user@iana.a", EmailError.TopLevelDomainInvalid, -1)]
    [InlineData("user@1.2.3.4", EmailError.TopLevelDomainInvalid, -1)]
    public void Rejections_have_precise_reasons(string? input, EmailError error, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void Lone_surrogates_are_rejected_where_they_are()
    {
        // Built in code: attribute arguments cannot carry ill-formed UTF-16.
        EmailResult domain = Email.Validate("user@" + '\uD800' + ".com");
        Assert.Equal((EmailError.DomainInvalid, 5), (domain.Error, domain.ErrorPosition));
        EmailResult local = Email.Validate("us" + '\uDC00' + "er@qq.com");
        Assert.Equal((EmailError.NonAsciiLocalPart, 2), (local.Error, local.ErrorPosition));
        EmailResult unicodeLocal = Email.Validate("张" + '\uD800' + "@qq.com", new EmailOptions { AllowUnicodeLocalPart = true });
        Assert.Equal((EmailError.LocalPartInvalid, 1), (unicodeLocal.Error, unicodeLocal.ErrorPosition));
    }

    [Fact]
    public void Lengths_follow_RFC_5321()
    {
        string local64 = new('a', 64);
        string label63 = new('b', 63);
        Assert.True(Email.Validate(local64 + "@qq.com").IsValid);
        Assert.Equal(EmailError.LocalPartTooLong, Email.Validate(local64 + "a@qq.com").Error);
        Assert.True(Email.Validate("a@" + label63 + ".com").IsValid);
        Assert.Equal(EmailError.LabelTooLong, Email.Validate("a@" + label63 + "b.com").Error);

        // 254 in all is the limit.
        string domain = string.Join('.', label63, label63, label63, new string('c', 61 - 2 - 1 - 4)) + ".com";
        string address = local64[..(254 - 1 - domain.Length)] + "@" + domain;
        Assert.Equal(254, address.Length);
        Assert.True(Email.Validate(address).IsValid, Email.Validate(address).Error.ToString());
        Assert.Equal(EmailError.TooLong, Email.Validate("a" + address).Error);
        Assert.Equal(EmailError.TooLong, Email.Validate(new string('a', 1_000_000) + "@qq.com").Error);
    }

    [Fact]
    public void Unicode_local_part_under_the_option_counts_bytes()
    {
        var options = new EmailOptions { AllowUnicodeLocalPart = true };
        Assert.True(Email.Validate("张三@qq.com", options).IsValid);
        Assert.True(Email.Validate(new string('张', 21) + "@qq.com", options).IsValid); // 63 bytes
        Assert.Equal(EmailError.LocalPartTooLong, Email.Validate(new string('张', 22) + "@qq.com", options).Error); // 66 bytes
        Assert.True(Email.Validate("😀@qq.com", options).IsValid);
    }

    [Fact]
    public void Surrounding_spaces_are_trimmed_under_the_option()
    {
        EmailResult result = Email.Validate("\u3000user@qq.com ", new EmailOptions { TrimWhitespace = true });
        Assert.True(result.IsValid);
        Assert.Equal("user@qq.com", result.Normalized);
        Assert.Equal(EmailChanges.WhitespaceTrimmed, result.Changes);

        EmailResult inner = Email.Validate(" us er@qq.com", new EmailOptions { TrimWhitespace = true });
        Assert.Equal(EmailError.WhitespaceOrControl, inner.Error);
        Assert.Equal(3, inner.ErrorPosition);

        // Only spaces are trimmed: a pasted line break or tab stays an error (FluentValidation's EmailAddress accepts user@qq.com\n).
        Assert.Equal(EmailError.WhitespaceOrControl, Email.Validate("user@qq.com\n", new EmailOptions { TrimWhitespace = true }).Error);
        Assert.Equal(EmailError.WhitespaceOrControl, Email.Validate("\tuser@qq.com", new EmailOptions { TrimWhitespace = true }).Error);
        Assert.Equal(EmailError.WhitespaceOrControl, Email.Validate("user@qq.com\u2028", new EmailOptions { TrimWhitespace = true }).Error);
    }

    [Theory]
    [InlineData("user@qq.con", "user@qq.com")]
    [InlineData("user@qq.co", "user@qq.com")]
    [InlineData("user@qq.cm", "user@qq.com")]
    [InlineData("user@QQ.CON", "user@qq.com")]
    [InlineData("user@163.cm", "user@163.com")]
    [InlineData("user@163.con", "user@163.com")]
    [InlineData("user@foxmai.com", "user@foxmail.com")]
    [InlineData("user@gmial.com", "user@gmail.com")]
    [InlineData("user@hotmial.com", "user@hotmail.com")]
    [InlineData("user@outlok.com", "user@outlook.com")]
    [InlineData("user@icoud.com", "user@icloud.com")]
    [InlineData("user@aliyn.com", "user@aliyun.com")]
    [InlineData("user@yeah.ne", "user@yeah.net")]
    [InlineData("user@sian.com", "user@sina.com")]
    [InlineData("user@sohu.cm", "user@sohu.com")]
    [InlineData("user@189.cm", "user@189.cn")]
    [InlineData("user@126.co", "user@126.com")]
    public void Provider_typos_get_a_suggestion_without_blocking(string input, string suggestion)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Theory]
    [InlineData("user@sina.cn")] // a real provider, not a typo of sina.com
    [InlineData("user@sina.com")]
    [InlineData("user@mail.tsinghua.edu.cn")]
    [InlineData("user@chsi.com.cn")]
    [InlineData("user@sina.com.cn")]
    [InlineData("user@vip.qq.com")]
    [InlineData("user@vip.163.com")]
    [InlineData("user@163.net")]
    [InlineData("user@188.com")]
    [InlineData("user@263.net")]
    [InlineData("user@tom.com")]
    [InlineData("user@sogou.com")]
    [InlineData("user@example.com")]
    [InlineData("user@xujc.com")]
    [InlineData("user@139.cn")] // 139's own domain is two edits away; not 189.cn
    [InlineData("user@sina.cm")] // sina.com or sina.cn: ambiguous, so silent
    [InlineData("user@136.com")] // 126.com or 163.com
    [InlineData("user@qq.cn")]
    public void Domains_that_are_not_a_clear_near_miss_get_no_suggestion(string input)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public void A_bare_provider_name_is_completed_on_the_rejection()
    {
        EmailResult result = Email.Validate("user@qq");
        Assert.Equal(EmailError.SingleLabelDomain, result.Error);
        Assert.Equal("user@qq.com", result.Suggestion);
        Assert.Null(Email.Validate("user@sina").Suggestion); // sina.com or sina.cn
    }

    [Fact]
    public void Suggestions_can_be_switched_off() =>
        Assert.Null(Email.Validate("user@qq.con", new EmailOptions { SuggestProviders = false }).Suggestion);

    // IDNA2008 (RFC 5892 §2.1) allows letters, digits and combining marks in a label; symbols, punctuation and emoji are
    // DISALLOWED, and an address with one cannot receive mail. Each is rejected at its own position.
    [Theory]
    [InlineData("username@domain.com©", 19)]
    [InlineData("u@domain.com®", 12)]
    [InlineData("u@a.❤", 4)]
    [InlineData("u@domain.com😀", 12)] // a surrogate pair: the position of its first half
    [InlineData("u@©.com", 2)]
    [InlineData("u@domain.com™", 12)] // UTS #46 would rewrite it to "tm"
    [InlineData("u@①.com", 2)] // other number, mapped to "1"
    [InlineData("u@a.b℡", 5)] // mapped to "tel"
    [InlineData("u@例子.中国©", 7)]
    [InlineData("u@例・子.jp", 3)] // punctuation other than '-'
    [InlineData("u@例‐子.com", 3)] // U+2010 hyphen, not '-'
    [InlineData("u@𠀀©.com", 4)] // after a surrogate pair
    [InlineData("u@𠀀😀.com", 4)]
    [InlineData("u@😀𠀀.com", 2)]
    [InlineData("u@\u0301a.com", 2)] // a combining mark cannot start a label (RFC 5891 §4.2.3.2)
    [InlineData("u@1\u0301.com", 3)] // nor follow a digit
    [InlineData("u@a-\u0301.com", 4)] // nor a hyphen
    [InlineData("u@a\u20DD.com", 3)] // an enclosing mark (Me)
    [InlineData("u@a\u20D7.com", 3)] // a combining mark for symbols (RFC 5892 §2.4)
    [InlineData("u@a\u0640b.com", 3)] // Arabic tatweel, DISALLOWED by RFC 5892 §2.6
    [InlineData("u@ǅ.com", 2)] // a titlecase letter (Lt) is not among RFC 5892's LetterDigits
    [InlineData("u@例ߺ.com", 3)] // the other RFC 5892 §2.6 DISALLOWED exceptions
    [InlineData("u@例\u302E.kr", 3)]
    [InlineData("u@例〱.jp", 3)]
    [InlineData("u@例〵.jp", 3)]
    [InlineData("u@例〻.jp", 3)]
    [InlineData("u@例〺.cn", 3)] // a letter number other than 〇 (Nl)
    [InlineData("u@a\u20D0.com", 3)] // the first mark of the combining-marks-for-symbols block
    [InlineData("u@a\U0001D165.com", 3)] // a musical combining mark (RFC 5892 §2.4), a surrogate pair
    [InlineData("u@例\u0378.com", 3)] // unassigned (IdnMapping.AllowUnassigned is false)
    [InlineData("u@例_b.com", 3)] // '_' in a Unicode domain (IdnMapping.UseStd3AsciiRules)
    public void Symbols_and_punctuation_in_a_Unicode_domain_are_rejected_where_they_are(string input, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.DomainInvalid, position), (result.Error, result.ErrorPosition));
        Assert.Null(result.Normalized);
        Assert.False(Email.IsValid(input));
    }

    // The UTS #46 mapping of IdnMapping turns these into other characters; IDNA2008 disallows them (RFC 5892 §2.2,
    // Unstable; §2.3, ignorable). They are rejected, not rewritten. The verdicts come from a generated Unicode 15.0 table
    // (IdnaTables), not from ICU: they are the same under invariant globalization.
    [Theory]
    [InlineData("u@ﬁ.com", 2)] // ligature → "fi"
    [InlineData("u@𝐀.com", 2)] // mathematical bold A → "a", a surrogate pair
    [InlineData("u@𠀀𝐀.com", 4)]
    [InlineData("u@ｱ.jp", 2)] // half-width katakana → ア
    [InlineData("u@µ.com", 2)] // micro sign → Greek mu
    [InlineData("u@ſ.com", 2)] // long s → "s"
    [InlineData("u@ẞ.de", 2)] // capital sharp s → "ss"
    [InlineData("u@İ.com", 2)] // → "i" and a combining dot
    [InlineData("u@例\uFE0F子.com", 3)] // a variation selector is dropped
    [InlineData("u@例\u034F子.com", 3)] // combining grapheme joiner, dropped
    [InlineData("u@a.b\u0345", 5)] // ypogegrammeni → iota
    [InlineData("u@𝐚𝐛𝐜.com", 2)] // mathematical bold small letters
    [InlineData("u@ab𝐜.com", 4)]
    [InlineData("u@例\U000E0100子.com", 3)] // a variation selector of the supplement, dropped
    [InlineData("u@例\uF900.cn", 3)] // a compatibility ideograph → U+8C48 (NFC)
    [InlineData("u@例\U0002F800.cn", 3)] // a supplementary compatibility ideograph → U+4E3D
    [InlineData("u@Ꭰ.com", 2)] // Cherokee: IDNA folds it to upper case, .NET to lower case: refused, both cases
    [InlineData("u@ꭰ.com", 2)]
    [InlineData("u@Ӏ.com", 2)] // palochka: its lower case (Unicode 5.0) is newer than IDNA2003, so UTS #46 disallows it
    [InlineData("u@\u10A0.ge", 2)] // Georgian Asomtavruli, likewise
    [InlineData("u@例\u0378.cn", 3)] // unassigned
    public void Characters_the_IDNA_mapping_would_rewrite_are_rejected_at_their_position(string input, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.DomainInvalid, position), (result.Error, result.ErrorPosition));
        Assert.Null(result.Normalized);
    }

    [Theory]
    [InlineData("u@例子.中国", "u@xn--fsqu00a.xn--fiqs8s")]
    [InlineData("u@北京大学.中国", "u@xn--1lq90ic7fzpc.xn--fiqs8s")]
    [InlineData("u@𠀀.中国", "u@xn--j50i.xn--fiqs8s")] // CJK Extension B: a letter, PVALID
    [InlineData("u@例子.𠀀𠀁", "u@xn--fsqu00a.xn--j50ic")]
    [InlineData("u@〇.cn", "u@xn--w6j.cn")] // U+3007, a letter number PVALID by RFC 5892 §2.6
    [InlineData("u@例々.jp", "u@xn--u6jx26g.jp")] // the iteration mark is a modifier letter
    [InlineData("u@ÄÖ.de", "u@xn--4ca0b.de")] // upper case is lowered
    [InlineData("u@BÜCHER.de", "u@xn--bcher-kva.de")] // lower-cased before encoding, with ICU or without
    [InlineData("u@bücher.de", "u@xn--bcher-kva.de")]
    [InlineData("u@ΑΒΓ.gr", "u@xn--mxacd.gr")]
    [InlineData("u@ς.gr", "u@xn--3xa.gr")] // final sigma: a deviation character, kept (nontransitional)
    [InlineData("u@\u212B.se", "u@xn--5ca.se")] // the angstrom sign: its lower case is å, its NFC Å
    [InlineData("u@தமிழ்நாடு.in", "u@xn--mlcjmx4a2deu8h.in")] // U+0BBE may compose, but not with ந
    [InlineData("u@हिन्दी.भारत", "u@xn--j2bd4cyah0f.xn--h2brj9c")]
    [InlineData("u@한국.kr", "u@xn--3e0b707e.kr")]
    [InlineData("u@россия.рф", "u@xn--h1alffa9f.xn--p1ai")]
    [InlineData("u@aש.com", "u@xn--a-gjc.com")] // no bidirectional rule (IDNA2003's would refuse it)
    [InlineData("u@ب\u064E\u0651.com", "u@xn--ngb0fj.com")] // an Arabic label ending in vowel marks, in canonical order
    [InlineData("u@מבחן1.co.il", "u@xn--1-1hcs0ah.co.il")]
    [InlineData("u@ß.de", "u@xn--zca.de")] // PVALID by RFC 5892 §2.6, kept
    [InlineData("u@例1-2.cn", "u@xn--1-2-uc0e.cn")]
    [InlineData("u@例.c0m", "u@xn--fsq.c0m")] // an ASCII top-level domain keeps its own rule
    [InlineData("u@例١.com", "u@xn--9hb3758a.com")] // a non-ASCII decimal digit below the top level
    [InlineData("u@例\u0301\u0302.com", "u@xn--lsac1989c.com")] // a mark after a mark after a letter
    [InlineData("u@a\u0903.in", "u@xn--a-ttd.in")] // a spacing mark (Mc) after a letter
    [InlineData("u@例〼.jp", "u@xn--f8j655g.jp")] // U+303C, beside the exceptions, is a letter
    [InlineData("u@ä.中国", "u@xn--4ca.xn--fiqs8s")]
    public void Letters_digits_and_marks_in_a_Unicode_domain_are_encoded(string input, string normalized)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid, $"{result.Error} at {result.ErrorPosition}");
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(EmailChanges.DomainEncoded, result.Changes);
        Assert.Equal(-1, result.ErrorPosition);
    }

    // NFC composes these (RFC 5891 §5.2). With ICU the rule encodes the composed form; without it (invariant
    // globalization) nothing composes, and the character that would combine is refused where it is.
    [Theory]
    [InlineData("u@e\u0301.com", "u@xn--9ca.com", 3)] // é
    [InlineData("u@例子.a\u0301", "u@xn--fsqu00a.xn--1ca", 6)]
    [InlineData("u@E\u0301.com", "u@xn--9ca.com", 3)]
    [InlineData("u@e\u0323\u0302.vn", "u@xn--qlg.vn", 3)] // ệ, from two marks
    [InlineData("u@\u1100\u1161.kr", "u@xn--o39a.kr", 3)] // 가, from conjoining jamo
    [InlineData("u@b\u0301.com", "u@xn--b-xbb.com", 3)] // in NFC already, but b begins compositions (ḃ): refused without ICU
    [InlineData("u@ب\u0651\u064E.com", "u@xn--ngb0fj.com", 4)] // shadda before fatha: NFC puts fatha (class 30) first
    public void A_decomposed_label_is_composed_with_ICU_and_refused_without(string input, string normalized, int position)
    {
        EmailResult result = Email.Validate(input);
        if (IdnaCharacters.HasIcu)
        {
            Assert.True(result.IsValid, $"{result.Error} at {result.ErrorPosition}");
            Assert.Equal(normalized, result.Normalized);
        }
        else
        {
            Assert.Equal((EmailError.DomainInvalid, position), (result.Error, result.ErrorPosition));
        }
    }

    [Theory]
    [InlineData("u@ａｂｃ.com")]
    [InlineData("u@例ａ.com")]
    public void Full_width_letters_in_a_domain_are_full_width_characters_not_IDNA(string input)
    {
        // Full-width forms are caught before IDNA, in both modes: reported, or folded with the option.
        EmailResult result = Email.Validate(input);
        Assert.Equal(EmailError.FullWidthCharacter, result.Error);
        Assert.True(Email.Validate(input, Fold).IsValid);
    }

    [Theory]
    [InlineData("u@xn--7ba.de")] // Ä: an A-label holds lower case
    [InlineData("u@ok.xn--e-xbb.de")] // e + U+0301: an A-label holds NFC
    [InlineData("u@xn--kz9a.com")] // Cherokee ꭰ
    [InlineData("u@xn--jm6c.com")] // ﬁ
    public void An_A_label_of_what_a_typed_label_may_not_have_is_refused(string input)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal(EmailError.DomainInvalid, result.Error);
        Assert.Equal(input.LastIndexOf("xn--", StringComparison.Ordinal), result.ErrorPosition);
    }

    [Fact]
    public void A_full_width_typed_Unicode_domain_is_folded_then_encoded()
    {
        EmailResult result = Email.Validate("ｕｓｅｒ＠例子。中国", Fold);
        Assert.True(result.IsValid);
        Assert.Equal("user@xn--fsqu00a.xn--fiqs8s", result.Normalized);
        Assert.Equal(EmailChanges.FullWidthFolded | EmailChanges.DomainEncoded, result.Changes);

        // Positions stay those of the input, around the folded characters.
        EmailResult symbol = Email.Validate("u＠例©．com", Fold);
        Assert.Equal((EmailError.DomainInvalid, 3), (symbol.Error, symbol.ErrorPosition));
        EmailResult trimmed = Email.Validate("\u3000 u@例©.com", new EmailOptions { TrimWhitespace = true });
        Assert.Equal((EmailError.DomainInvalid, 5), (trimmed.Error, trimmed.ErrorPosition));
    }

    [Theory]
    [InlineData("u@例.中国1", 6)]
    [InlineData("u@例.中-国", 5)]
    [InlineData("u@例.١中国", 4)] // an Arabic-Indic digit
    public void An_internationalised_top_level_domain_has_letters_only(string input, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.TopLevelDomainInvalid, position), (result.Error, result.ErrorPosition));
    }

    [Fact]
    public void A_single_Unicode_label_is_a_single_label_domain_whatever_its_characters()
    {
        Assert.Equal((EmailError.SingleLabelDomain, -1), (Email.Validate("u@中国1").Error, Email.Validate("u@中国1").ErrorPosition));
        Assert.Equal(EmailError.SingleLabelDomain, Email.Validate("u@中国").Error);

        // A character IDNA rewrites is reported before the top-level domain's digits, in reading order.
        EmailResult both = Email.Validate("u@ſ.中国1");
        Assert.Equal((EmailError.DomainInvalid, 2), (both.Error, both.ErrorPosition));
    }

    [Theory]
    [InlineData("u@xn--ls8h.la", EmailError.DomainInvalid, 2)] // 💩.la
    [InlineData("u@example.xn--ls8h", EmailError.DomainInvalid, 10)]
    [InlineData("u@例.xn--ls8h", EmailError.DomainInvalid, 4)]
    [InlineData("u@xn--abc.com", EmailError.DomainInvalid, 2)] // not Punycode of anything
    [InlineData("u@xn--a.com", EmailError.DomainInvalid, 2)]
    [InlineData("u@xn--zz.com", EmailError.DomainInvalid, 2)]
    [InlineData("u@ok.XN--LS8H.la", EmailError.DomainInvalid, 5)] // upper case does not hide it
    [InlineData("u@xn--.com", EmailError.DomainInvalid, 5)] // a label ending in '-': the syntax first
    [InlineData("u@ex.xn--1-kq6ay5z", EmailError.TopLevelDomainInvalid, 5)] // 中国1
    [InlineData("u@ex.xn----kq6az5z", EmailError.TopLevelDomainInvalid, 5)] // 中-国
    public void A_label_typed_in_its_ASCII_form_must_decode_to_a_valid_Unicode_label(string input, EmailError error, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((error, position), (result.Error, result.ErrorPosition));
    }

    [Theory]
    [InlineData("u@a.XN--FIQS8S", "u@a.xn--fiqs8s", EmailChanges.DomainLowerCased)]
    [InlineData("u@xn--fsqu00a.xn--fiqs8s", "u@xn--fsqu00a.xn--fiqs8s", EmailChanges.None)]
    [InlineData("u@xn--1-kq6ay5z.cn", "u@xn--1-kq6ay5z.cn", EmailChanges.None)] // 中国1 is fine below the top level
    [InlineData("u@例.xn--fiqs8s", "u@xn--fsq.xn--fiqs8s", EmailChanges.DomainEncoded)]
    public void Valid_A_labels_are_accepted(string input, string normalized, EmailChanges changes)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid, $"{result.Error} at {result.ErrorPosition}");
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(changes, result.Changes);
    }

    [Fact]
    public void Unicode_domains_IDNA_refuses_are_invalid_without_a_position()
    {
        // A label longer than 63 characters once encoded: no one character is at fault.
        string label = string.Concat(Enumerable.Range(0, 28).Select(i => (char)(0x4E00 + (i * 37))));
        EmailResult tooLong = Email.Validate("u@" + label + ".com");
        Assert.Equal((EmailError.DomainInvalid, -1), (tooLong.Error, tooLong.ErrorPosition));
        Assert.True(Email.Validate("u@" + label[..26] + ".com").IsValid);

        // Hyphens in the third and fourth positions of a U-label (RFC 5891 §4.2.3.1), and of any label but an A-label
        // in a domain that IDNA encodes (UTS #46 CheckHyphens).
        EmailResult hyphens = Email.Validate("u@ab--例.com");
        Assert.Equal((EmailError.DomainInvalid, -1), (hyphens.Error, hyphens.ErrorPosition));
        foreach (string domain in new[] { "ab--cd.例子.com", "例子.ab--cd.com" })
        {
            EmailResult result = Email.Validate("u@" + domain);
            Assert.Equal((EmailError.DomainInvalid, -1), (result.Error, result.ErrorPosition));
        }

        Assert.True(Email.Validate("u@例子.xn--fiqs8s").IsValid);

        // A Unicode label that starts like an A-label.
        EmailResult prefix = Email.Validate("u@xn--例.com");
        Assert.Equal((EmailError.DomainInvalid, -1), (prefix.Error, prefix.ErrorPosition));
    }

    [Fact]
    public void ASCII_domains_keep_their_rules()
    {
        EmailResult underscore = Email.Validate("u@a_b.com");
        Assert.Equal((EmailError.DomainInvalid, 3), (underscore.Error, underscore.ErrorPosition));
        Assert.True(Email.Validate("test@iana.co-uk").IsValid); // isemail #33: a hyphenated top-level domain
        Assert.True(Email.Validate("u@ab--cd.com").IsValid);
    }

    [Fact]
    public void Unicode_domain_refused_by_option_reports_the_first_non_ASCII_character()
    {
        var options = new EmailOptions { AllowUnicodeDomain = false };
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@a©.com", options)));
        Assert.Equal((EmailError.DomainInvalid, 2), Pair(Email.Validate("u@例©.com", options)));
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@例-.com", options))); // the syntax first, as before
        Assert.Equal((EmailError.DomainInvalid, 2), Pair(Email.Validate("u@𠀀.com", options)));
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@a" + '\uDC00' + ".com", options)));

        static (EmailError, int) Pair(EmailResult r) => (r.Error, r.ErrorPosition);
    }

    [Theory]
    [InlineData(" \r \t \n", 1)]
    [InlineData("\t", 0)]
    [InlineData("\r\n", 0)]
    [InlineData(" \u200B ", 1)]
    [InlineData("\u3000\u2003", 1)] // an em space is not a space people type
    [InlineData("\u0085", 0)]
    public void Blank_input_with_a_control_or_other_whitespace_is_not_empty(string input, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.WhitespaceOrControl, position), (result.Error, result.ErrorPosition));
        EmailResult trimmed = Email.Validate(input, new EmailOptions { TrimWhitespace = true });
        Assert.Equal((EmailError.WhitespaceOrControl, position), (trimmed.Error, trimmed.ErrorPosition));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    [InlineData("\u3000")]
    [InlineData("\u00A0\u3000  ")]
    public void Only_typed_spaces_are_empty(string input)
    {
        Assert.Equal((EmailError.Empty, -1), (Email.Validate(input).Error, Email.Validate(input).ErrorPosition));
        Assert.Equal(EmailError.Empty, Email.Validate(input, new EmailOptions { TrimWhitespace = true }).Error);
    }

    [Theory]
    [InlineData("a\u0000@qq.com", 1)]
    [InlineData("a\u0001@qq.com", 1)]
    [InlineData("a\u001F@qq.com", 1)]
    [InlineData("a\u007F@qq.com", 1)] // DEL
    [InlineData("a\u0080@qq.com", 1)] // C1
    [InlineData("a\u0085@qq.com", 1)]
    [InlineData("a\u009F@qq.com", 1)]
    [InlineData("a\u00A0@qq.com", 1)]
    [InlineData("a@q\u007Fq.com", 3)]
    [InlineData("a@q\u0090q.com", 3)]
    [InlineData("a@例\u0090.com", 3)]
    [InlineData("\u007Fa@qq.com", 0)]
    public void Controls_and_DEL_are_whitespace_or_control(string input, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.WhitespaceOrControl, position), (result.Error, result.ErrorPosition));
    }

    [Theory]
    [InlineData("a\u00A1@qq.com")] // the first character after the C1 controls and NBSP
    [InlineData("a\uFF00@qq.com")] // just before the full-width forms
    [InlineData("a\uFF5F@qq.com")] // just after them
    public void Characters_beside_the_control_and_full_width_ranges_are_ordinary_non_ASCII(string input)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.NonAsciiLocalPart, 1), (result.Error, result.ErrorPosition));
        Assert.Null(result.Replacement);
    }

    [Theory]
    [InlineData("!@qq.com")]
    [InlineData("#@qq.com")]
    [InlineData("$@qq.com")]
    [InlineData("%@qq.com")]
    [InlineData("&@qq.com")]
    [InlineData("'@qq.com")]
    [InlineData("*@qq.com")]
    [InlineData("+@qq.com")]
    [InlineData("-@qq.com")]
    [InlineData("/@qq.com")]
    [InlineData("=@qq.com")]
    [InlineData("?@qq.com")]
    [InlineData("^@qq.com")]
    [InlineData("_@qq.com")]
    [InlineData("`@qq.com")]
    [InlineData("{@qq.com")]
    [InlineData("|@qq.com")]
    [InlineData("}@qq.com")]
    [InlineData("~@qq.com")]
    [InlineData("!#$%@qq.com")]
    [InlineData("a!b#c$d%e@qq.com")]
    public void Every_atext_symbol_alone_is_a_local_part(string input)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Same(input, result.Normalized);
    }

    [Theory]
    [InlineData("\"@qq.com")]
    [InlineData("(@qq.com")]
    [InlineData(")@qq.com")]
    [InlineData(",@qq.com")]
    [InlineData(":@qq.com")]
    [InlineData(";@qq.com")]
    [InlineData("<@qq.com")]
    [InlineData(">@qq.com")]
    [InlineData("[@qq.com")]
    [InlineData("\\@qq.com")]
    [InlineData("]@qq.com")]
    [InlineData(".@qq.com")]
    public void Specials_alone_are_not_a_local_part(string input)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.LocalPartInvalid, 0), (result.Error, result.ErrorPosition));
    }

    [Theory]
    [InlineData("a！@qq.com", '!', "a!@qq.com")] // U+FF01, the first full-width form
    [InlineData("a～@qq.com", '~', "a~@qq.com")] // U+FF5E, the last
    public void The_ends_of_the_full_width_range_are_full_width(string input, char replacement, string folded)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((EmailError.FullWidthCharacter, 1), (result.Error, result.ErrorPosition));
        Assert.Equal(replacement, result.Replacement);

        EmailResult fold = Email.Validate(input, Fold);
        Assert.True(fold.IsValid);
        Assert.Equal(folded, fold.Normalized);
        Assert.Equal(EmailChanges.FullWidthFolded, fold.Changes);
    }

    [Theory]
    [InlineData("ｕｓer@qq.com", "user@qq.com")]
    [InlineData("ｕser@ｑｑ.com", "user@qq.com")]
    [InlineData("ｕser@qq.com", "user@qq.com")]
    [InlineData("ｕｓｅr@qq.com", "user@qq.com")]
    [InlineData("user＠qq．com", "user@qq.com")]
    public void Any_number_of_full_width_characters_is_one_change(string input, string normalized)
    {
        EmailResult result = Email.Validate(input, Fold);
        Assert.True(result.IsValid);
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(EmailChanges.FullWidthFolded, result.Changes);
    }

    [Theory]
    [InlineData("@a@qq.com", 2)]
    [InlineData("@@qq.com", 1)]
    [InlineData("＠a＠qq.com", 2)]
    [InlineData("@a＠qq.com", 2)]
    [InlineData("＠a@qq.com", 2)]
    public void A_second_at_after_one_at_the_start_is_reported(string input, int position)
    {
        EmailResult result = Email.Validate(input, Fold);
        Assert.Equal((EmailError.MultipleAt, position), (result.Error, result.ErrorPosition));
        Assert.Equal(EmailError.LocalPartEmpty, Email.Validate("@qq.com", Fold).Error);
    }

    [Fact]
    public void Input_is_read_up_to_1024_characters()
    {
        var trim = new EmailOptions { TrimWhitespace = true };
        string padded = "user@qq.com".PadRight(1024);
        EmailResult result = Email.Validate(padded, trim);
        Assert.True(result.IsValid);
        Assert.Equal("user@qq.com", result.Normalized);
        Assert.Equal(EmailChanges.WhitespaceTrimmed, result.Changes);

        EmailResult over = Email.Validate(padded + " ", trim);
        Assert.Equal((EmailError.TooLong, -1), (over.Error, over.ErrorPosition));
        Assert.Equal(EmailError.TooLong, Email.Validate(new string(' ', 1025)).Error); // not Empty: unread

        // After trimming, 254 characters is the limit.
        string address = new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 57) + ".com";
        Assert.Equal(254, address.Length);
        Assert.True(Email.Validate("  " + address + "  ", trim).IsValid);
        Assert.Equal(EmailError.TooLong, Email.Validate("  a" + address + "  ", trim).Error);
    }

    [Fact]
    public void A_UTF8_local_part_counts_its_bytes_toward_254()
    {
        var options = new EmailOptions { AllowUnicodeLocalPart = true };
        string local = new('张', 21); // 63 bytes in 21 characters
        string domain190 = new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 58) + ".com";
        Assert.Equal(190, domain190.Length);

        EmailResult fits = Email.Validate(local + "@" + domain190, options); // 63 + 1 + 190 = 254 bytes
        Assert.True(fits.IsValid, fits.Error.ToString());
        Assert.Equal(local + "@" + domain190, fits.Normalized);

        string domain191 = new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 59) + ".com";
        EmailResult over = Email.Validate(local + "@" + domain191, options); // 255 bytes in 213 characters
        Assert.Equal((EmailError.TooLong, -1), (over.Error, over.ErrorPosition));
        Assert.Null(over.Normalized);
    }

    [Fact]
    public void An_IDNA_encoded_domain_counts_in_its_ASCII_form_toward_254()
    {
        // 例子 is 2 characters typed and 11 encoded (xn--fsqu00a).
        string rest = new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 63) + ".com";
        string encoded = "xn--fsqu00a." + rest;
        Assert.Equal(207, encoded.Length);

        EmailResult fits = Email.Validate(new string('a', 46) + "@例子." + rest); // 46 + 1 + 207 = 254
        Assert.True(fits.IsValid, fits.Error.ToString());
        Assert.Equal(new string('a', 46) + "@" + encoded, fits.Normalized);
        Assert.Equal(EmailChanges.DomainEncoded, fits.Changes);

        EmailResult over = Email.Validate(new string('a', 47) + "@例子." + rest); // 246 characters typed, 255 encoded
        Assert.Equal((EmailError.TooLong, -1), (over.Error, over.ErrorPosition));
        Assert.Null(over.Normalized);
    }

    [Fact]
    public void The_encoded_domain_bound_is_253()
    {
        // 例子 + ASCII labels: 208 + k characters once encoded.
        static string Domain(int k) => "例子." + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 63) + "." + new string('e', k) + ".com";

        EmailResult fits = Email.Validate("a@" + Domain(44)); // a domain of 252: 254 in all
        Assert.True(fits.IsValid, fits.Error.ToString());
        Assert.Equal(254, fits.Normalized!.Length);

        // 253 is a valid domain length, but with any local part the address is over 254.
        EmailResult full = Email.Validate("a@" + Domain(45));
        Assert.Equal((EmailError.TooLong, -1), (full.Error, full.ErrorPosition));

        // Over 253 IDNA itself refuses the name (UTS #46 §4.2, VerifyDnsLength).
        EmailResult over = Email.Validate("a@" + Domain(46));
        Assert.Equal((EmailError.DomainInvalid, -1), (over.Error, over.ErrorPosition));
    }
}
