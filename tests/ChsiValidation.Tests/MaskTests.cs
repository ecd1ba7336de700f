namespace ChsiValidation.Tests;

public class MaskTests
{
    // GB 11643-1999's own example, valid under the default options.
    private const string Id = "11010519491231002X";

    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("11010519491231002x", "110105********002X")] // lower-case x folded
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "110105********002X")] // full-width
    [InlineData(" 110105 19491231 002X\u3000", "110105********002X")] // spaced between fields, padded
    [InlineData("110105 1949 1231 002X", "110105********002X")]
    public void Id_number_default_keeps_address_code_and_last_four_of_the_canonical_form(string input, string expected) =>
        Assert.Equal(expected, Mask.IdNumber(input));

    [Theory]
    [InlineData("11010519491231002")] // 17 digits
    [InlineData("110105194912310021")] // checksum mismatch
    [InlineData("11010519491331002X")] // no 13th month
    [InlineData("990105194912310021")] // no province 99
    [InlineData("1101051949X231002X")] // X inside
    [InlineData("110105194912310 02X")] // space inside a field
    [InlineData("110105491231002")] // first generation, rejected by default
    [InlineData("abc")]
    [InlineData("\uD800")]
    public void Rejected_id_number_is_masked_whole_as_18_mask_characters(string input)
    {
        string masked = Mask.IdNumber(input);
        Assert.Equal(new string('*', 18), masked);
    }

    [Fact]
    public void A_huge_input_is_masked_whole_without_being_read()
    {
        string huge = new('1', 1 << 20);
        Assert.Equal(new string('*', 18), Mask.IdNumber(huge));
        Assert.Equal(new string('*', 11), Mask.MobileNumber(huge));
        Assert.Equal("***", Mask.Email(huge));
        Assert.Equal("***", Mask.PersonName(new string('张', 1 << 20)));
        Assert.Equal(new string('*', 18), Mask.CertificateNumber(CertificateType.Other, huge));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u00A0")]
    public void Nothing_entered_masks_to_nothing(string? input)
    {
        Assert.Equal("", Mask.IdNumber(input));
        Assert.Equal("", Mask.MobileNumber(input));
        Assert.Equal("", Mask.Email(input));
        Assert.Equal("", Mask.PersonName(input));
        Assert.Equal("", Mask.CertificateNumber(CertificateType.Passport, input));
    }

    [Fact]
    public void Id_number_options_choose_what_is_kept()
    {
        Assert.Equal("110***********002X", Mask.IdNumber(Id, new IdNumberMaskOptions { KeepFirst = 3 }));
        Assert.Equal("1*****************", Mask.IdNumber(Id, new IdNumberMaskOptions { KeepFirst = 1, KeepLast = 0 }));
        Assert.Equal("******************", Mask.IdNumber(Id, new IdNumberMaskOptions { KeepFirst = 0, KeepLast = 0 }));
        Assert.Equal("110105########002X", Mask.IdNumber(Id, new IdNumberMaskOptions { MaskCharacter = '#' }));

        // Keeping everything is not masking: one character stays hidden, the end giving way first.
        Assert.Equal("11010519491231002*", Mask.IdNumber(Id, new IdNumberMaskOptions { KeepFirst = 18, KeepLast = 18 }));
        Assert.Equal("110105*9491231002X", Mask.IdNumber(Id, new IdNumberMaskOptions { KeepFirst = 6, KeepLast = 18 }));
    }

    [Fact]
    public void Id_number_validation_options_decide_what_is_rejected()
    {
        var firstGeneration = new IdNumberMaskOptions { Validation = new IdNumberOptions { AllowFirstGeneration = true } };
        Assert.Equal("110105*****1002", Mask.IdNumber("110105491231002", firstGeneration));
        Assert.Equal(new string('*', 18), Mask.IdNumber("110105491231002"));

        var strict = new IdNumberMaskOptions { Validation = new IdNumberOptions { Strict = true } };
        Assert.Equal(new string('*', 18), Mask.IdNumber("11010519491231002x", strict));
    }

    [Fact]
    public void Default_options_carry_their_rules()
    {
        Assert.NotNull(EmailMaskOptions.Default.Validation);
        Assert.True(EmailMaskOptions.Default.Validation.FoldFullWidth);
        Assert.True(EmailMaskOptions.Default.Validation.TrimWhitespace);
        Assert.Equal(EmailMaskOptions.Default.Validation, new EmailMaskOptions().Validation);
        Assert.Same(IdNumberOptions.Default, IdNumberMaskOptions.Default.Validation);
        Assert.Same(PersonNameOptions.Default, PersonNameMaskOptions.Default.Validation);
        Assert.Same(CertificateNumberOptions.Default, CertificateNumberMaskOptions.Default.Validation);
        Assert.Same(IdNumberMaskOptions.Default, CertificateNumberMaskOptions.Default.IdNumber);
    }

    [Fact]
    public void Options_that_are_null_inside_fall_back_to_defaults()
    {
        Assert.Equal("110105********002X", Mask.IdNumber(Id, new IdNumberMaskOptions { Validation = null! }));
        Assert.Equal("u***@qq.com", Mask.Email("user@qq.com", new EmailMaskOptions { Validation = null! }));
        Assert.Equal("张*", Mask.PersonName("张三", new PersonNameMaskOptions { Validation = null! }));
        Assert.Equal("110105********002X", Mask.CertificateNumber(CertificateType.ResidentIdCard, Id, new CertificateNumberMaskOptions { Validation = null!, IdNumber = null! }));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    [InlineData(int.MaxValue)]
    public void Out_of_bounds_keep_counts_are_refused_when_the_options_are_created(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberMaskOptions { KeepFirst = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberMaskOptions { KeepLast = value });
    }

    [Fact]
    public void Bounds_of_the_other_options()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MobileNumberMaskOptions { KeepFirst = 12 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MobileNumberMaskOptions { KeepLast = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmailMaskOptions { KeepFirst = 65 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmailMaskOptions { MaskLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmailMaskOptions { MaskLength = 65 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonNameMaskOptions { KeepFirst = 1001 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateNumberMaskOptions { KeepLast = -1 });
        Assert.Equal(11, new MobileNumberMaskOptions { KeepFirst = 11 }.KeepFirst);
        Assert.Equal(0, new PersonNameMaskOptions { KeepLast = 0 }.KeepLast);
    }

    public static TheoryData<MaskOptions, int> AllMaskOptions() => new()
    {
        { IdNumberMaskOptions.Default, 18 },
        { MobileNumberMaskOptions.Default, 11 },
        { EmailMaskOptions.Default, 64 },
        { PersonNameMaskOptions.Default, 1000 },
        { CertificateNumberMaskOptions.Default, 1000 },
    };

    [Theory]
    [MemberData(nameof(AllMaskOptions))]
    public void Every_mask_options_type_shares_the_bounds_of_the_base(MaskOptions options, int maxKept)
    {
        Assert.Equal(maxKept, options.MaxKept);
        Assert.Equal(Mask.DefaultMaskCharacter, options.MaskCharacter);
        Assert.Equal(maxKept, (options with { KeepFirst = maxKept }).KeepFirst);
        Assert.Equal(0, (options with { KeepLast = 0 }).KeepLast);
        Assert.Equal('#', (options with { MaskCharacter = '#' }).MaskCharacter);
        Assert.Throws<ArgumentOutOfRangeException>(() => options with { KeepFirst = maxKept + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => options with { KeepLast = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => options with { MaskCharacter = 'x' });

        // A copy keeps its type and compares by value; options of two kinds never compare equal.
        MaskOptions copy = options with { };
        Assert.Equal(options.GetType(), copy.GetType());
        Assert.Equal(options, copy);
        Assert.NotEqual(options, options with { KeepLast = options.KeepLast == 0 ? 1 : 0 });
        Assert.All(AllMaskOptions(), row => Assert.Equal(ReferenceEquals(row[0], options), ((MaskOptions)row[0]).Equals(options)));
    }

    [Theory]
    [InlineData('A')]
    [InlineData('x')]
    [InlineData('0')]
    [InlineData('张')]
    [InlineData(' ')]
    [InlineData('\u3000')]
    [InlineData('\n')]
    [InlineData('\u200B')]
    [InlineData('\uD800')]
    [InlineData('\uDC00')]
    [InlineData('\u0301')]
    [InlineData('\uE000')]
    public void A_mask_character_that_could_be_read_as_text_is_refused(char mask)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IdNumberMaskOptions { MaskCharacter = mask });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MobileNumberMaskOptions { MaskCharacter = mask });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmailMaskOptions { MaskCharacter = mask });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonNameMaskOptions { MaskCharacter = mask });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateNumberMaskOptions { MaskCharacter = mask });
    }

    [Theory]
    [InlineData('#')]
    [InlineData('•')]
    [InlineData('＊')]
    [InlineData('×')]
    public void Symbols_are_accepted_as_mask_characters(char mask) =>
        Assert.Equal($"138{mask}{mask}{mask}{mask}8000", Mask.MobileNumber("13800138000", new MobileNumberMaskOptions { MaskCharacter = mask }));

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("+86 138 0013 8000", "138****8000")]
    [InlineData("008613800138000", "138****8000")]
    [InlineData("8613800138000", "138****8000")]
    [InlineData("１３８００１３８０００", "138****8000")]
    [InlineData("＋８６ １３８-００１３-８０００", "138****8000")]
    [InlineData("(138) 0013-8000", "138****8000")]
    [InlineData("\u00A013800138000\u3000", "138****8000")]
    public void Mobile_number_default_keeps_three_and_four_of_the_canonical_11_digits(string input, string expected) =>
        Assert.Equal(expected, Mask.MobileNumber(input));

    [Theory]
    [InlineData("12345678901")] // not a mobile range
    [InlineData("1380013800")] // 10 digits
    [InlineData("+1 415 555 0100")] // another country
    [InlineData("013800138000")] // trunk 0
    [InlineData("138OO138OOO")] // letter O
    public void Rejected_mobile_number_is_masked_whole_as_11_mask_characters(string input) =>
        Assert.Equal(new string('*', 11), Mask.MobileNumber(input));

    [Fact]
    public void Mobile_number_options()
    {
        Assert.Equal("*******8000", Mask.MobileNumber("13800138000", new MobileNumberMaskOptions { KeepFirst = 0 }));
        Assert.Equal("1380013800*", Mask.MobileNumber("13800138000", new MobileNumberMaskOptions { KeepFirst = 11, KeepLast = 11 }));

        // A satellite number (1349) is accepted by default, masked whole when the form takes public mobile numbers only.
        Assert.Equal("134****0000", Mask.MobileNumber("13490000000"));
        var publicOnly = new MobileNumberMaskOptions { Validation = new MobileNumberOptions { AcceptedKinds = MobileNumberKind.PublicMobile } };
        Assert.Equal(new string('*', 11), Mask.MobileNumber("13490000000", publicOnly));
        Assert.Equal("138****8000", Mask.MobileNumber("13800138000", publicOnly));
        Assert.Equal("138****8000", Mask.MobileNumber("13800138000", new MobileNumberMaskOptions { Validation = null! }));
    }

    [Theory]
    [InlineData("user@qq.com", "u***@qq.com")]
    [InlineData("u@qq.com", "***@qq.com")] // a one-character local part is hidden whole
    [InlineData("zhang.san@Example.COM", "z***@example.com")] // domain in its canonical lower case
    [InlineData("ＵＳＥＲ＠ＱＱ．ＣＯＭ", "U***@qq.com")] // full-width folded
    [InlineData("  user@qq.com\u3000", "u***@qq.com")] // padding trimmed
    [InlineData("user@163。com", "u***@163.com")] // ideographic full stop
    [InlineData("user@例子.中国", "u***@xn--fsqu00a.xn--fiqs8s")] // IDNA form, as the rule stores it
    public void Email_default_keeps_first_character_and_domain_of_the_canonical_form(string input, string expected) =>
        Assert.Equal(expected, Mask.Email(input));

    [Theory]
    [InlineData("user")]
    [InlineData("user@@qq.com")]
    [InlineData("user@qq")]
    [InlineData("us er@qq.com")]
    [InlineData("用户@qq.com")] // non-ASCII local part, rejected by default
    [InlineData(".user@qq.com")]
    [InlineData("user@qq.com\n")]
    public void Rejected_email_is_masked_whole_as_three_mask_characters(string input) =>
        Assert.Equal("***", Mask.Email(input));

    [Fact]
    public void Email_options()
    {
        Assert.Equal("zh***n@qq.com", Mask.Email("zhangsan@qq.com", new EmailMaskOptions { KeepFirst = 2, KeepLast = 1 }));
        Assert.Equal("z*******@qq.com", Mask.Email("zhangsan@qq.com", new EmailMaskOptions { MaskLength = 7 }));
        Assert.Equal("zhangsa***@qq.com", Mask.Email("zhangsan@qq.com", new EmailMaskOptions { KeepFirst = 64 }));
        Assert.Equal("***", Mask.Email("ＵＳＥＲ＠ＱＱ．ＣＯＭ", new EmailMaskOptions { Validation = EmailOptions.Default }));
        var unicode = new EmailMaskOptions { Validation = EmailOptions.Default with { AllowUnicodeLocalPart = true } };
        Assert.Equal("用***@qq.com", Mask.Email("用户@qq.com", unicode));
        Assert.Equal("𠮷***@qq.com", Mask.Email("𠮷野@qq.com", unicode));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张小梦", "张*梦")]
    [InlineData("欧阳娜娜", "欧阳**")] // a compound surname is kept whole
    [InlineData("欧阳娜", "欧阳*")]
    [InlineData("歐陽娜娜", "歐陽**")] // in traditional characters too
    [InlineData("司马光", "司马*")]
    [InlineData("欧阳", "欧*")] // 欧 and the given name 阳: at least one character is hidden
    [InlineData("欧小娜", "欧*娜")]
    [InlineData("阿沛·阿旺晋美", "阿*****美")] // the separator is hidden like any character
    [InlineData(" 张小梦 ", "张*梦")] // trimmed
    [InlineData("阿沛•阿旺晋美", "阿*****美")] // dot variant folded to U+00B7 first
    [InlineData("\u2F08三", "人*")] // Kangxi radical folded to the ideograph
    [InlineData("𠮷野家", "𠮷*家")] // a character outside the BMP is kept or hidden whole
    [InlineData("王𠮷", "王*")]
    [InlineData("𠮷𠮷𠮷", "𠮷*𠮷")]
    public void Name_default_keeps_first_and_last_of_three_or_more(string input, string expected) =>
        Assert.Equal(expected, Mask.PersonName(input));

    [Theory]
    [InlineData("张")] // one character: too short
    [InlineData("John Smith")] // Latin, not allowed by default
    [InlineData("张三3")]
    [InlineData("张\uD800")]
    [InlineData("\uDFFF三")]
    public void Rejected_name_is_masked_whole_as_three_mask_characters(string input) =>
        Assert.Equal("***", Mask.PersonName(input));

    [Fact]
    public void Name_options()
    {
        var characters = new PersonNameMaskOptions { KeepCompoundSurnames = false };
        Assert.Equal("欧**娜", Mask.PersonName("欧阳娜娜", characters));
        Assert.Equal("欧*娜", Mask.PersonName("欧阳娜", characters));
        var firstTwo = characters with { KeepFirst = 2, KeepLast = 0 };
        Assert.Equal("欧阳**", Mask.PersonName("欧阳娜娜", firstTwo));
        Assert.Equal("欧*", Mask.PersonName("欧阳", firstTwo));

        // The surname counts as one kept character, its second standing in for one kept at the end.
        Assert.Equal("欧阳娜*", Mask.PersonName("欧阳娜娜", new PersonNameMaskOptions { KeepFirst = 2, KeepLast = 0 }));
        Assert.Equal("欧阳*娜", Mask.PersonName("欧阳娜娜", new PersonNameMaskOptions { KeepLast = 2 }));
        Assert.Equal("欧阳**", Mask.PersonName("欧阳娜娜", new PersonNameMaskOptions { KeepLast = 0 }));
        Assert.Equal("***娜", Mask.PersonName("欧阳娜娜", new PersonNameMaskOptions { KeepFirst = 0 }));
        Assert.Equal("*", Mask.PersonName("张", new PersonNameMaskOptions { Validation = new PersonNameOptions { MinLength = 1 } }));
        Assert.Equal("**梦", Mask.PersonName("张小梦", new PersonNameMaskOptions { KeepFirst = 0 }));
        var latin = new PersonNameMaskOptions { Validation = new PersonNameOptions { AllowLatin = true } };
        Assert.Equal("J********h", Mask.PersonName("John Smith", latin));
    }

    [Theory]
    [InlineData(CertificateType.ResidentIdCard, "11010519491231002X", "110105********002X")]
    [InlineData(CertificateType.ResidentIdCard, "１１０１０５１９４９１２３１００２ｘ", "110105********002X")]
    [InlineData(CertificateType.ResidencePermit, "810000199001010019", "810000********0019")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "H12345678", "H*****678")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "Ｈ１２３４５６７８", "H*****678")]
    [InlineData(CertificateType.TaiwanTravelPermit, "12345678", "1****678")]
    [InlineData(CertificateType.Passport, "e12345678", "E*****678")]
    [InlineData(CertificateType.Passport, "G 1234 5678", "G*****678")]
    [InlineData(CertificateType.ForeignPermanentResidentId, "USA123456789012", "U***********012")]
    [InlineData(CertificateType.Other, "  某证件 0042 ", "某****042")] // trimmed; inner space hidden like any character
    public void Certificate_numbers_mask_by_type(CertificateType type, string input, string expected) =>
        Assert.Equal(expected, Mask.CertificateNumber(type, input));

    [Theory]
    [InlineData(CertificateType.ResidentIdCard, "810000199001010011")] // a residence permit number for the wrong type
    [InlineData(CertificateType.ResidentIdCard, "110105194912310021")] // checksum
    [InlineData(CertificateType.TaiwanTravelPermit, "11010519491231002X")] // an ID number for a 台胞证
    [InlineData(CertificateType.Passport, "E12")]
    [InlineData(CertificateType.Other, "\u0007E12345678")]
    [InlineData((CertificateType)99, "E12345678")]
    public void Rejected_certificate_number_is_masked_whole_as_18_mask_characters(CertificateType type, string input) =>
        Assert.Equal(new string('*', 18), Mask.CertificateNumber(type, input));

    [Fact]
    public void Certificate_options()
    {
        var options = new CertificateNumberMaskOptions { KeepFirst = 2, KeepLast = 2, MaskCharacter = '#', IdNumber = new IdNumberMaskOptions { KeepFirst = 3 } };
        Assert.Equal("E1#####78", Mask.CertificateNumber(CertificateType.Passport, "E12345678", options));
        Assert.Equal("110###########002X", Mask.CertificateNumber(CertificateType.ResidentIdCard, Id, options));
        Assert.Equal(new string('#', 18), Mask.CertificateNumber(CertificateType.Passport, "E", options));
    }

    public static TheoryData<string, string> SpanCases() => new()
    {
        { "id", Id }, { "id", "１１０１０５１９４９１２３１００２ｘ" }, { "id", "bad" }, { "id", "" },
        { "mobile", "+86 138 0013 8000" }, { "mobile", "12345678901" },
        { "email", "user@qq.com" }, { "email", "ＵＳＥＲ＠ＱＱ．ＣＯＭ" }, { "email", "user@例子.中国" }, { "email", "nope" },
        { "name", "张小梦" }, { "name", "𠮷野家" }, { "name", "张" },
        { "certificate", "E12345678" }, { "certificate", "11010519491231002X" }, { "certificate", "x" },
    };

    [Theory]
    [MemberData(nameof(SpanCases))]
    public void Span_overloads_write_what_the_string_overloads_return(string kind, string input)
    {
        string expected = MaskString(kind, input);
        Span<char> destination = stackalloc char[300];
        Assert.True(TryMask(kind, input, destination, out int written));
        Assert.Equal(expected, destination[..written].ToString());

        // Exactly the length needed is enough; one less is not, and then nothing is reported written.
        Assert.True(TryMask(kind, input, destination[..written], out int again));
        Assert.Equal(written, again);
        if (written > 0)
        {
            Assert.False(TryMask(kind, input, destination[..(written - 1)], out int none));
            Assert.Equal(0, none);
        }
    }

    public static TheoryData<CertificateType, string, string> CertificateSpans() => new()
    {
        { CertificateType.Passport, "E12345678", "E*****678" },
        { CertificateType.Passport, " e1234 5678 ", "E*****678" }, // folded
        { CertificateType.HongKongMacaoTravelPermit, "Ｈ１２３４５６７８", "H*****678" },
        { CertificateType.TaiwanTravelPermit, "12345678", "1****678" },
        { CertificateType.ForeignPermanentResidentId, "USA123456789012", "U***********012" },
        { CertificateType.ForeignPermanentResidentId, "91184019900101001" + "X", "" }, // the 2023 layout, whatever its check character
        { CertificateType.Other, "  某证件 0042 ", "某****042" },
        { CertificateType.Passport, "11010519491231002X", "******************" }, // an ID number is no passport number
        { CertificateType.Passport, "E12", "******************" },
        { CertificateType.Other, "\u0007E12345678", "******************" },
        { (CertificateType)99, "E12345678", "******************" },
    };

    [Theory]
    [MemberData(nameof(CertificateSpans))]
    public void Span_overloads_of_every_certificate_type_allocate_nothing(CertificateType type, string input, string expected)
    {
        expected = expected.Length > 0 ? expected : Mask.CertificateNumber(type, input);
        char[] copy = input.ToCharArray(); // a span that is no string
        Span<char> destination = stackalloc char[64];
        for (int warm = 0; warm < 3; warm++)
        {
            Mask.TryCertificateNumber(type, copy, destination, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool done = Mask.TryCertificateNumber(type, copy, destination, out int written);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(done);
        Assert.Equal(0, allocated);
        Assert.Equal(expected, destination[..written].ToString());
        Assert.Equal(expected, Mask.CertificateNumber(type, input));
    }

    [Fact]
    public void The_2023_foreign_card_masks_as_an_ID_number_and_only_for_its_type()
    {
        string first17 = "91184019900101001"; // 9, Beijing (11), USA (840), born 1990-01-01
        string card = first17 + IdNumber.ComputeCheckCharacter(first17);
        Assert.True(CertificateNumber.Validate(CertificateType.ForeignPermanentResidentId, card).IsValid);
        Assert.Equal(card[..6] + "********" + card[^4..], Mask.CertificateNumber(CertificateType.ForeignPermanentResidentId, card));
        Assert.Equal(new string('*', 18), Mask.CertificateNumber(CertificateType.ForeignPermanentResidentId, Id)); // a resident's number
        Assert.Equal(new string('*', 18), Mask.CertificateNumber(CertificateType.ResidentIdCard, card));
    }

    [Fact]
    public void Span_overloads_of_ids_mobiles_ascii_emails_and_id_certificates_allocate_nothing()
    {
        Span<char> destination = stackalloc char[64];
        string spaced = "１１０１０５ 1949 1231 002x";
        string mobile = "+86 138 0013 8000";
        string email = "  ＵＳＥＲ＠ＱＱ．ＣＯＭ ";
        for (int warm = 0; warm < 3; warm++)
        {
            Mask.TryIdNumber(spaced, destination, out _);
            Mask.TryMobileNumber(mobile, destination, out _);
            Mask.TryEmail(email, destination, out _);
            Mask.TryIdNumber("bad", destination, out _);
            Mask.TryCertificateNumber(CertificateType.ResidencePermit, "810000199001010019", destination, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = Mask.TryIdNumber(spaced, destination, out int a)
            & Mask.TryMobileNumber(mobile, destination, out int b)
            & Mask.TryEmail(email, destination, out int c)
            & Mask.TryIdNumber("bad", destination, out int d)
            & Mask.TryCertificateNumber(CertificateType.ResidencePermit, "810000199001010019", destination, out int e);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(ok);
        Assert.Equal((18, 11, 11, 18, 18), (a, b, c, d, e));
        Assert.Equal(0, allocated);
    }

    private static string MaskString(string kind, string input) => kind switch
    {
        "id" => Mask.IdNumber(input),
        "mobile" => Mask.MobileNumber(input),
        "email" => Mask.Email(input),
        "name" => Mask.PersonName(input),
        _ => Mask.CertificateNumber(CertificateType.Passport, input),
    };

    private static bool TryMask(string kind, string input, Span<char> destination, out int written) => kind switch
    {
        "id" => Mask.TryIdNumber(input, destination, out written),
        "mobile" => Mask.TryMobileNumber(input, destination, out written),
        "email" => Mask.TryEmail(input, destination, out written),
        "name" => Mask.TryPersonName(input, destination, out written),
        _ => Mask.TryCertificateNumber(CertificateType.Passport, input, destination, out written),
    };
}
