namespace ChsiValidation.Tests;

public class EmailTests
{
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

        // Only spaces are trimmed: a pasted line break or tab stays an error (RULES §4: FluentValidation accepts user@qq.com\n).
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
}
