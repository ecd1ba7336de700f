namespace ChsiValidation.Tests;

/// <summary>Positions after trimmed leading spaces, option combinations and the bounds of the email rule.</summary>
public class EmailEdgeTests
{
    private static readonly EmailOptions Trim = new() { TrimWhitespace = true };
    private static readonly EmailOptions TrimFold = new() { TrimWhitespace = true, FoldFullWidth = true };

    private static (EmailError, int) Pair(EmailResult r) => (r.Error, r.ErrorPosition);

    [Fact]
    public void Nothing_to_trim_is_no_change_and_the_same_string()
    {
        const string input = "user@qq.com";
        EmailResult result = Email.Validate(input, Trim);
        Assert.True(result.IsValid);
        Assert.Same(input, result.Normalized);
        Assert.Equal(EmailChanges.None, result.Changes);
        Assert.Equal(-1, result.ErrorPosition);
        Assert.Null(result.Suggestion);
    }

    [Theory]
    [InlineData("  user@qq.com", "user@qq.com")]
    [InlineData("user@qq.com  ", "user@qq.com")]
    [InlineData("\u00A0user@QQ.com", "user@qq.com")]
    public void Trimming_either_end_is_one_change(string input, string normalized)
    {
        EmailResult result = Email.Validate(input, Trim);
        Assert.True(result.IsValid);
        Assert.Equal(normalized, result.Normalized);
        Assert.True(result.Changes.HasFlag(EmailChanges.WhitespaceTrimmed));
    }

    [Theory]
    [InlineData("  a@b@qq.com", EmailError.MultipleAt, 5)]
    [InlineData("  .a@qq.com", EmailError.LocalPartInvalid, 2)]
    [InlineData("  a..b@qq.com", EmailError.LocalPartInvalid, 4)]
    [InlineData("  a,b@qq.com", EmailError.LocalPartInvalid, 3)]
    [InlineData("  张@qq.com", EmailError.NonAsciiLocalPart, 2)]
    [InlineData("  ａ@qq.com", EmailError.FullWidthCharacter, 2)]
    [InlineData("  a@-qq.com", EmailError.DomainInvalid, 4)]
    [InlineData("  a@qq..com", EmailError.DomainInvalid, 7)]
    [InlineData("  a@qq-.com", EmailError.DomainInvalid, 6)]
    [InlineData("  a@q_q.com", EmailError.DomainInvalid, 5)]
    [InlineData("  u@例.中国1", EmailError.TopLevelDomainInvalid, 8)]
    [InlineData("  u@xn--abc.com", EmailError.DomainInvalid, 4)]
    [InlineData("  u@ok.xn--ls8h.la", EmailError.DomainInvalid, 7)]
    [InlineData("  u@a.ﬁ.com", EmailError.DomainInvalid, 6)]
    [InlineData("  u@例©.com", EmailError.DomainInvalid, 5)]
    [InlineData("  u@a.b\u0345", EmailError.DomainInvalid, 7)]
    [InlineData("  u@例-.com", EmailError.DomainInvalid, 5)]
    [InlineData("  u@例\u0090.com", EmailError.WhitespaceOrControl, 5)]
    public void Positions_count_the_trimmed_leading_spaces(string input, EmailError error, int position)
    {
        EmailResult result = Email.Validate(input, Trim);
        Assert.Equal((error, position), Pair(result));
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void Positions_count_the_trimmed_spaces_with_folding_and_options()
    {
        Assert.Equal((EmailError.MultipleAt, 5), Pair(Email.Validate("  a＠b＠qq.com", TrimFold)));
        Assert.Equal((EmailError.DomainInvalid, 4), Pair(Email.Validate("  u@例.com", new EmailOptions { TrimWhitespace = true, AllowUnicodeDomain = false })));
        Assert.Equal((EmailError.LocalPartInvalid, 3), Pair(Email.Validate("  张" + '\uD800' + "@qq.com", new EmailOptions { TrimWhitespace = true, AllowUnicodeLocalPart = true })));
        EmailResult folded = Email.Validate(" ｕ@qq.com ", TrimFold);
        Assert.True(folded.IsValid);
        Assert.Equal("u@qq.com", folded.Normalized);
        Assert.Equal(EmailChanges.WhitespaceTrimmed | EmailChanges.FullWidthFolded, folded.Changes);
    }

    [Theory]
    [InlineData("a.b@qq.com")]
    [InlineData("a.b.c@qq.com")]
    [InlineData("a@b-c.d-e.com")]
    [InlineData("a@b.c-d")]
    [InlineData("a@1.b2")]
    [InlineData("a@123.com")]
    [InlineData("a@b.c1")]
    public void Dots_and_hyphens_inside_are_fine(string input)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid, $"{result.Error} at {result.ErrorPosition}");
        Assert.Same(input, result.Normalized);
        Assert.Equal(EmailChanges.None, result.Changes);
    }

    [Theory]
    [InlineData("a@b.c", EmailError.TopLevelDomainInvalid, -1)]
    [InlineData("a@b.12", EmailError.TopLevelDomainInvalid, -1)]
    [InlineData("a@b.-c", EmailError.DomainInvalid, 4)]
    [InlineData("a@b.c-", EmailError.DomainInvalid, 5)]
    [InlineData("a@.", EmailError.DomainInvalid, 2)]
    [InlineData("a@-", EmailError.DomainInvalid, 2)]
    [InlineData("a@b.", EmailError.DomainInvalid, 3)]
    public void Domain_edges(string input, EmailError error, int position)
    {
        Assert.Equal((error, position), Pair(Email.Validate(input)));
    }

    [Fact]
    public void Unicode_domain_errors_at_label_ends()
    {
        Assert.Equal((EmailError.DomainInvalid, 2), Pair(Email.Validate("u@-例.com")));
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@例-.com")));
        Assert.Equal((EmailError.DomainInvalid, 4), Pair(Email.Validate("u@例..com")));
        Assert.Equal((EmailError.DomainInvalid, 2), Pair(Email.Validate("u@.例.com")));
        Assert.Equal((EmailError.DomainInvalid, 7), Pair(Email.Validate("u@例.com.")));
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@例_.com")));
    }

    [Fact]
    public void A_suggestion_travels_with_a_lower_cased_domain_and_a_single_label()
    {
        EmailResult upper = Email.Validate("user@QQ.CON");
        Assert.True(upper.IsValid);
        Assert.Equal("user@qq.con", upper.Normalized);
        Assert.Equal(EmailChanges.DomainLowerCased, upper.Changes);
        Assert.Equal("user@qq.com", upper.Suggestion);

        EmailResult single = Email.Validate("user@QQ");
        Assert.Equal((EmailError.SingleLabelDomain, -1), Pair(single));
        Assert.Null(single.Normalized);
        Assert.Equal("user@qq.com", single.Suggestion);
        Assert.Null(Email.Validate("user@qq", new EmailOptions { SuggestProviders = false }).Suggestion);
    }

    [Fact]
    public void Other_errors_carry_no_suggestion()
    {
        EmailResult result = Email.Validate("user@qq.con.");
        Assert.Equal((EmailError.DomainInvalid, 11), Pair(result));
        Assert.Null(result.Suggestion);
        Assert.Null(Email.Validate("user@qq.c").Suggestion);
    }

    [Fact]
    public void Exactly_1024_characters_are_read()
    {
        string padded = "user@qq.com".PadRight(1024);
        Assert.Equal((EmailError.TooLong, -1), Pair(Email.Validate(padded)));
        Assert.Equal((EmailError.TooLong, -1), Pair(Email.Validate(padded + " ")));
        Assert.Equal(EmailError.Empty, Email.Validate(new string(' ', 1024)).Error);
    }

    [Fact]
    public void A_local_part_of_64_UTF8_bytes_is_the_limit()
    {
        var options = new EmailOptions { AllowUnicodeLocalPart = true };
        Assert.True(Email.Validate("a" + new string('张', 21) + "@qq.com", options).IsValid); // 64 bytes
        EmailResult over = Email.Validate("ab" + new string('张', 21) + "@qq.com", options); // 65 bytes, 23 characters
        Assert.Equal((EmailError.LocalPartTooLong, -1), Pair(over));
        const string pair = "a😀b@qq.com";
        EmailResult emoji = Email.Validate(pair, options);
        Assert.True(emoji.IsValid);
        Assert.Same(pair, emoji.Normalized);
        Assert.Equal((EmailError.LocalPartInvalid, 1), Pair(Email.Validate("a" + '\uD800' + "@qq.com", options)));
        Assert.Equal((EmailError.LocalPartInvalid, 2), Pair(Email.Validate("ab" + '\uDC00' + "@qq.com", options)));
    }

    [Theory]
    [InlineData("u@例.中a", "u@xn--fsq.xn--a-kq6a")]
    [InlineData("u@例.a中", "u@xn--fsq.xn--a-lq6a")]
    public void ASCII_letters_are_letters_in_an_internationalised_top_level_domain(string input, string normalized)
    {
        EmailResult result = Email.Validate(input);
        Assert.True(result.IsValid, $"{result.Error} at {result.ErrorPosition}");
        Assert.Equal(normalized, result.Normalized);
        Assert.True(Email.Validate(input + "\u0305").IsValid); // a mark on a letter (one that composes with nothing)
    }

    [Theory]
    [InlineData("u@例.中a1", 6)]
    [InlineData("u@例.1中", 4)]
    [InlineData("u@例.中a-b", 6)]
    public void Digits_and_hyphens_in_an_internationalised_top_level_domain_are_reported_where_they_are(string input, int position)
    {
        Assert.Equal((EmailError.TopLevelDomainInvalid, position), Pair(Email.Validate(input)));
    }

    [Fact]
    public void Surrogates_in_a_domain_refused_by_option()
    {
        var options = new EmailOptions { AllowUnicodeDomain = false };
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@a" + '\uD800', options)));
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@a" + '\uD800' + "b.com", options)));
        Assert.Equal((EmailError.DomainInvalid, 4), Pair(Email.Validate("u@𠀀-.com", options))); // the pair is read whole
        Assert.Equal((EmailError.DomainInvalid, 2), Pair(Email.Validate("u@𠀀𠀀.com", options)));
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@例" + '\uDC00' + ".com")));
        Assert.Equal((EmailError.DomainInvalid, 3), Pair(Email.Validate("u@例" + '\uD800')));
    }

    [Theory]
    [InlineData("u@例\u302F.kr", EmailError.DomainInvalid, 3)] // the second Hangul tone mark, DISALLOWED by RFC 5892 §2.6
    [InlineData("u@例\u3034.jp", EmailError.DomainInvalid, 3)]
    [InlineData("u@a\u00AD.com", EmailError.WhitespaceOrControl, 3)] // a soft hyphen is a format character
    public void More_characters_a_label_cannot_hold(string input, EmailError error, int position)
    {
        EmailResult result = Email.Validate(input);
        Assert.Equal((error, position), Pair(result));
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void A_typed_top_level_A_label_starting_with_a_digit_is_reported()
    {
        Assert.Equal((EmailError.TopLevelDomainInvalid, 5), Pair(Email.Validate("u@ex.xn--1-lq6ay5z"))); // 1中国
        EmailResult below = Email.Validate("u@xn--1-lq6ay5z.cn");
        Assert.True(below.IsValid, below.Error.ToString());
        Assert.Equal(EmailChanges.None, below.Changes);
    }
}
