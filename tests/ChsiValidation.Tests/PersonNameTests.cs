namespace ChsiValidation.Tests;

public class PersonNameTests
{
    private static readonly PersonNameOptions Gb2312Only = new() { MaxAcceptedTier = HanziTier.Gb2312 };

    [Theory]
    [InlineData("张三")]
    [InlineData("欧阳娜娜")]
    [InlineData("阿沛·阿旺晋美")]
    [InlineData("买买提·艾力")]
    public void Typical_names_are_valid_and_unchanged(string name)
    {
        PersonNameResult result = PersonName.Validate(name);
        Assert.True(result.IsValid);
        Assert.Same(name, result.Normalized);
        Assert.Equal(PersonNameChanges.None, result.Changes);
        Assert.Empty(result.Normalizations);
        Assert.Empty(result.RareCharacters);
        Assert.Equal(PersonNameScript.Han, result.Script);
        Assert.Equal(HanziTier.Gb2312, result.RarestTier);
        Assert.Equal(-1, result.ErrorPosition);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u00A0")]
    public void Empty(string? input) => Assert.Equal(PersonNameError.Empty, PersonName.Validate(input).Error);

    [Fact]
    public void Too_short_counts_characters_not_utf16_units()
    {
        PersonNameResult single = PersonName.Validate("𠮷");
        Assert.Equal(2, "𠮷".Length);
        Assert.Equal(PersonNameError.TooShort, single.Error);
        Assert.Equal(1, single.CharacterCount);
        Assert.Equal("𠮷", single.Normalized);
        Assert.Equal(PersonNameError.TooShort, PersonName.Validate("张").Error);
        Assert.Equal(PersonNameError.TooShort, PersonName.Validate(" 张 ").Error);
        Assert.True(PersonName.Validate("𠮷𠮷").IsValid);
    }

    [Fact]
    public void Too_long_at_51_characters_and_by_option()
    {
        Assert.True(PersonName.Validate(new string('张', 50)).IsValid);
        Assert.Equal(PersonNameError.TooLong, PersonName.Validate(new string('张', 51)).Error);
        Assert.Equal(PersonNameError.TooLong, PersonName.Validate("张三丰", new PersonNameOptions { MaxLength = 2 }).Error);
        Assert.Equal(PersonNameError.TooLong, PersonName.Validate(new string('张', 1_000_000)).Error);
        Assert.Equal(PersonNameError.TooLong, PersonName.Validate(new string(' ', 1_000_000) + "张三").Error);
        // 50 supplementary characters are 100 UTF-16 units but 50 characters.
        Assert.True(PersonName.Validate(string.Concat(Enumerable.Repeat("𠮷", 50))).IsValid);
    }

    [Theory]
    [InlineData("葛\U000E0100三", "葛三", 1, 2)] // an ideographic variation sequence (IVS)
    [InlineData("张\uFE00三", "张三", 1, 1)] // a standardised variation sequence
    public void A_variation_selector_after_a_Chinese_character_is_removed(string input, string normalized, int index, int length)
    {
        // It picks a glyph of the same character, as a compatibility ideograph does: registration stores the character.
        PersonNameResult result = PersonName.Validate(input);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal((normalized, 2, PersonNameChanges.VariationSelectorRemoved), (result.Normalized, result.CharacterCount, result.Changes));
        PersonNameNormalization change = Assert.Single(result.Normalizations);
        Assert.Equal((index, length, -1), (change.Index, change.Length, change.Replacement));
    }

    [Theory]
    [InlineData("阿沛 · 阿旺晋美")]
    [InlineData("阿沛\u3000·\u3000阿旺晋美")]
    [InlineData("阿沛 ·阿旺晋美")]
    [InlineData("阿沛  •  阿旺晋美")] // a dot variant too
    public void Spaces_around_the_separator_dot_are_removed(string input)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal("阿沛·阿旺晋美", result.Normalized);
        Assert.True(result.Changes.HasFlag(PersonNameChanges.WhitespaceAroundDotRemoved));
        Assert.All(result.Normalizations.Where(n => n.Kind == PersonNameChanges.WhitespaceAroundDotRemoved), n => Assert.True(PersonName.IsSpace(input[n.Index])));
        Assert.Equal(7, result.CharacterCount);
    }

    [Theory]
    [InlineData("阿沛 阿旺晋美", 2, PersonNameError.InvalidCharacter)] // a space with no dot beside it
    [InlineData("阿沛 · · 阿旺", 5, PersonNameError.MisplacedSeparator)] // doubled dot, spaces or not
    [InlineData("· 阿旺晋美", 0, PersonNameError.MisplacedSeparator)]
    public void Spaces_do_not_excuse_a_misplaced_dot(string input, int position, PersonNameError error)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.Equal((error, position), (result.Error, result.ErrorPosition));
    }

    [Theory]
    [InlineData("Jose\u0301 Garcia", "José Garcia", 11)] // decomposed (NFD), as macOS file names and some PDFs give text
    [InlineData("Mu\u0308ller", "Müller", 6)]
    [InlineData("Nguye\u0323\u0302n Van", "Nguyện Van", 10)] // two marks in canonical order: ẹ, then ệ
    [InlineData("ＪＯＳＥ\u0301", "JOSÉ", 4)] // full-width letters fold first
    public void A_Latin_letter_typed_with_combining_marks_is_composed(string input, string normalized, int characters)
    {
        PersonNameResult result = PersonName.Validate(input, new PersonNameOptions { AllowLatin = true });
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal((normalized, characters), (result.Normalized, result.CharacterCount));
        Assert.True(result.Changes.HasFlag(PersonNameChanges.MarksComposed));
        Assert.All(result.Normalizations.Where(n => n.Kind == PersonNameChanges.MarksComposed), n => Assert.Equal(input[n.Index], n.Original));

        // One record per composed letter, spanning the letter and its marks, with the letter it became.
        PersonNameNormalization nguyen = Assert.Single(
            PersonName.Validate("Nguye\u0323\u0302n", new PersonNameOptions { AllowLatin = true }).Normalizations);
        Assert.Equal((PersonNameChanges.MarksComposed, 4, 3, 'e', 0x1EC7), (nguyen.Kind, nguyen.Index, nguyen.Length, nguyen.Original, nguyen.Replacement));
        Assert.True(PersonName.Validate(normalized, new PersonNameOptions { AllowLatin = true }) is { IsValid: true, Changes: PersonNameChanges.None });
    }

    [Theory]
    [InlineData("Nguye\u0302\u0323n", 6)] // marks out of canonical order: no single letter has them so
    [InlineData("A\u0301\u0301na", 2)] // a second acute: no such letter
    [InlineData("\u0301Ana", 0)]
    [InlineData("Ana \u0301Li", 4)]
    [InlineData("张\u0301三", 1)] // marks belong to Latin letters
    public void A_combining_mark_that_composes_with_nothing_is_InvalidCharacter(string input, int position)
    {
        PersonNameResult result = PersonName.Validate(input, new PersonNameOptions { AllowLatin = true });
        Assert.Equal((PersonNameError.InvalidCharacter, position), (result.Error, result.ErrorPosition));
    }

    [Fact]
    public void A_canonical_form_that_folding_lengthened_past_the_read_bound_stays_TooLong_unread()
    {
        // Found by the PersonName fuzz target: U+FACF folds to U+2284A, a surrogate pair, so the canonical form of a
        // 72-unit name is 73 units, past the bound of 2 × 4 + 64 for MaxLength 4. The verdict stays TooLong.
        var options = new PersonNameOptions { MaxLength = 4 };
        string name = "\uFACF" + new string('\u2F2F', 71);
        PersonNameResult result = PersonName.Validate(name, options);
        Assert.Equal((PersonNameError.TooLong, 73), (result.Error, result.Normalized?.Length));
        PersonNameResult again = PersonName.Validate(result.Normalized, options);
        Assert.Equal((PersonNameError.TooLong, (string?)null), (again.Error, again.Normalized));
    }

    [Fact]
    public void The_word_separator_middle_dot_is_a_dot_variant()
    {
        PersonNameResult result = PersonName.Validate("阿沛\u2E31阿旺晋美");
        Assert.Equal(("阿沛·阿旺晋美", PersonNameChanges.DotVariantFolded), (result.Normalized, result.Changes));
    }

    [Theory]
    [InlineData("张3", 1)]
    [InlineData("张３", 1)]     // full-width digit
    [InlineData("张٣", 1)]      // Arabic-Indic digit
    [InlineData("张三!", 2)]
    [InlineData("张😀", 1)]
    [InlineData("张\u200B三", 1)] // zero-width space
    [InlineData("张\uFEFF三", 1)]
    [InlineData("张\u202E三", 1)] // bidi override
    [InlineData("张\u2066三", 1)]
    [InlineData("张\u200D三", 1)]
    [InlineData("张\t三", 1)]
    [InlineData("张三\n", 2)]
    [InlineData("张\0三", 1)]
    [InlineData("张 三", 1)]      // a space inside a Chinese name
    [InlineData("张\u3000三", 1)]
    [InlineData("张-三", 1)]
    [InlineData("张\U0002A6E0", 1)] // unassigned, between Extension B and C
    [InlineData("张\u0378", 1)]   // unassigned Greek
    [InlineData("张⺁", 1)]       // CJK radical that does not fold
    [InlineData("张ア", 1)]       // katakana
    [InlineData("\uFE00张三", 0)] // a variation selector with no character before it
    [InlineData("张\uFE00\uFE01三", 2)] // a second one
    [InlineData("张·\uFE00三", 2)] // after the dot
    public void Invalid_characters_with_their_position(string input, int position)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void Position_is_also_counted_in_characters()
    {
        PersonNameResult result = PersonName.Validate("𠮷𠮷3");
        Assert.Equal(4, result.ErrorPosition);
        Assert.Equal(2, result.ErrorCharacterIndex);
        Assert.Equal('3', result.ErrorCodePoint);
    }

    [Fact]
    public void Lone_surrogates_are_ill_formed()
    {
        // Not [InlineData]: xunit's test-case serialisation turns lone surrogates into U+FFFD.
        foreach ((string input, int position) in new[] { ("\uD800张三", 0), ("张\uDC00三", 1), ("张三\uD83D", 2), ("\uDFFF\uD800", 0), ("𠮷\uDFFF", 2) })
        {
            PersonNameResult result = PersonName.Validate(input);
            Assert.Equal(PersonNameError.IllFormed, result.Error);
            Assert.Equal(position, result.ErrorPosition);
            Assert.Equal(input[position], result.ErrorCodePoint);
            Assert.Null(result.Normalized);
        }

        Assert.Equal(1, PersonName.Validate("𠮷\uDFFF").ErrorCharacterIndex);
    }

    [Theory]
    [InlineData('\u00B7', false)]
    [InlineData('\u2022', true)]
    [InlineData('\u30FB', true)]
    [InlineData('\uFF65', true)]
    [InlineData('\u2027', true)]
    [InlineData('\u2219', true)]
    [InlineData('\u22C5', true)]
    [InlineData('\uFF0E', true)]
    [InlineData('.', true)]
    [InlineData('\u0387', true)]
    public void Every_dot_variant_folds_between_hanzi(char dot, bool folded)
    {
        PersonNameResult result = PersonName.Validate("阿沛" + dot + "阿旺晋美");
        Assert.True(result.IsValid);
        Assert.Equal("阿沛·阿旺晋美", result.Normalized);
        Assert.Equal(7, result.CharacterCount);
        Assert.Equal(folded ? PersonNameChanges.DotVariantFolded : PersonNameChanges.None, result.Changes);
        if (folded)
        {
            PersonNameNormalization change = Assert.Single(result.Normalizations);
            Assert.Equal(new PersonNameNormalization(PersonNameChanges.DotVariantFolded, 2, 1, dot, '\u00B7'), change);
        }

        Assert.Equal(PersonNameError.MisplacedSeparator, PersonName.Validate(dot + "阿沛阿旺").Error);
        Assert.Equal(PersonNameError.MisplacedSeparator, PersonName.Validate("阿沛阿旺" + dot).Error);
        Assert.Equal(PersonNameError.MisplacedSeparator, PersonName.Validate("阿沛" + dot + dot + "阿旺").Error);
    }

    [Theory]
    [InlineData("·张三", 0)]
    [InlineData("张三·", 2)]
    [InlineData("张·•三", 2)]
    [InlineData("··", 0)]
    public void Misplaced_separators(string input, int position)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.Equal(PersonNameError.MisplacedSeparator, result.Error);
        Assert.Equal(position, result.ErrorPosition);
    }

    [Theory]
    [InlineData("赵C", 1)]
    [InlineData("赵Ｃ", 1)]
    [InlineData("Zhao三", 0)]
    public void Mixed_script(string input, int position)
    {
        PersonNameResult result = PersonName.Validate(input, new PersonNameOptions { AllowLatin = true });
        Assert.Equal(PersonNameError.MixedScript, result.Error);
        Assert.Equal(position, result.ErrorPosition);
    }

    [Fact]
    public void Latin_names_only_when_allowed()
    {
        PersonNameResult refused = PersonName.Validate("John Smith");
        Assert.Equal(PersonNameError.LatinNotAllowed, refused.Error);
        Assert.Equal(PersonNameScript.Latin, refused.Script);

        var latin = new PersonNameOptions { AllowLatin = true };
        foreach (string name in new[] { "John Smith", "Mary-Jane O'Neil", "J. R. R. Tolkien", "Zoë Müller", "Nguyễn Văn A" })
        {
            PersonNameResult result = PersonName.Validate(name, latin);
            Assert.True(result.IsValid, name);
            Assert.Same(name, result.Normalized);
        }

        PersonNameResult tidied = PersonName.Validate("  Ｊｏｈｎ\u3000 Smith ", latin);
        Assert.True(tidied.IsValid);
        Assert.Equal("John Smith", tidied.Normalized);
        Assert.Equal(PersonNameChanges.WhitespaceTrimmed | PersonNameChanges.FullWidthFolded | PersonNameChanges.WhitespaceCollapsed, tidied.Changes);

        Assert.Equal(PersonNameError.MisplacedSeparator, PersonName.Validate("-John", latin).Error);
        Assert.Equal(PersonNameError.MisplacedSeparator, PersonName.Validate("John-", latin).Error);
        Assert.Equal(PersonNameError.MisplacedSeparator, PersonName.Validate("John--Smith", latin).Error);
        Assert.Equal(PersonNameError.MisplacedSeparator, PersonName.Validate("John ..Smith", latin).Error);
        Assert.Equal(PersonNameError.InvalidCharacter, PersonName.Validate("John·Smith", latin).Error);
        Assert.Equal(PersonNameError.InvalidCharacter, PersonName.Validate("John Smith2", latin).Error);
        Assert.Equal(PersonNameError.InvalidCharacter, PersonName.Validate("Иван Петров", latin).Error);
    }

    [Fact]
    public void Trimming_is_reported()
    {
        PersonNameResult result = PersonName.Validate("\u3000张三\u00A0 ");
        Assert.True(result.IsValid);
        Assert.Equal("张三", result.Normalized);
        Assert.Equal(PersonNameChanges.WhitespaceTrimmed, result.Changes);
        Assert.Equal(
            [
                new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, 0, 1, '\u3000', -1),
                new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, 3, 2, '\u00A0', -1),
            ],
            result.Normalizations);
    }

    [Fact]
    public void Kangxi_radical_folds_to_the_ideograph()
    {
        PersonNameResult result = PersonName.Validate("王⼈");
        Assert.True(result.IsValid);
        Assert.Equal("王人", result.Normalized);
        Assert.Equal(PersonNameChanges.RadicalFolded, result.Changes);
        Assert.Equal(new PersonNameNormalization(PersonNameChanges.RadicalFolded, 1, 1, 0x2F08, 0x4EBA), Assert.Single(result.Normalizations));
    }

    [Fact]
    public void Compatibility_ideograph_folds_to_the_unified_one()
    {
        PersonNameResult result = PersonName.Validate("\uF92C平");
        Assert.True(result.IsValid);
        Assert.Equal("\u90CE平", result.Normalized);
        Assert.Equal(PersonNameChanges.CompatibilityIdeographFolded, result.Changes);
        Assert.Equal(0, Assert.Single(result.Normalizations).Index);

        // The 12 unified ones are real ideographs and stay.
        PersonNameResult unified = PersonName.Validate("\uFA11田");
        Assert.True(unified.IsValid);
        Assert.Equal(PersonNameChanges.None, unified.Changes);
    }

    [Fact]
    public void Compatibility_supplement_can_shorten_the_utf16_length()
    {
        PersonNameResult result = PersonName.Validate("张\U0002F800");
        Assert.True(result.IsValid);
        Assert.Equal("张\u4E3D", result.Normalized);
    }

    [Fact]
    public void Rare_characters_per_tier_with_suggestions()
    {
        // Default: the 8,105 table is accepted without comment.
        Assert.Empty(PersonName.Validate("王堃").RareCharacters);
        Assert.Empty(PersonName.Validate("陶喆").RareCharacters);
        Assert.Empty(PersonName.Validate("文䶮").RareCharacters);
        Assert.Empty(PersonName.Validate("程𫖮").RareCharacters);

        PersonNameResult kun = PersonName.Validate("王堃", Gb2312Only);
        Assert.True(kun.IsValid);
        RareCharacter rare = Assert.Single(kun.RareCharacters);
        Assert.Equal(new[] { "坤" }, rare.Suggestions);
        Assert.Equal((1, 1, 0x5803, HanziTier.GeneralStandard, "堃"), (rare.Index, rare.CharacterIndex, rare.CodePoint, rare.Tier, rare.Character));

        Assert.Equal("龑", Assert.Single(PersonName.Validate("文䶮", Gb2312Only).RareCharacters).Suggestions[0]);
        Assert.Equal("哲", Assert.Single(PersonName.Validate("陶喆", Gb2312Only).RareCharacters).Suggestions[0]);

        PersonNameResult ji = PersonName.Validate("𠮷祥");
        RareCharacter supplementary = Assert.Single(ji.RareCharacters);
        Assert.Equal(HanziTier.Supplementary, supplementary.Tier);
        Assert.Equal(new[] { "吉" }, supplementary.Suggestions);
        Assert.Equal(HanziTier.Supplementary, ji.RarestTier);

        PersonNameResult beyond = PersonName.Validate("王\U00030000");
        Assert.Equal(HanziTier.BeyondGb18030, Assert.Single(beyond.RareCharacters).Tier);
        Assert.Empty(beyond.RareCharacters[0].Suggestions);

        PersonNameResult unified = PersonName.Validate("张張");
        Assert.Equal(HanziTier.UnifiedBmp, Assert.Single(unified.RareCharacters).Tier);
        Assert.Empty(PersonName.Validate("王玥", Gb2312Only).RareCharacters[0].Suggestions);

        PersonNameResult extA = PersonName.Validate("王\u3400");
        Assert.Equal(HanziTier.ExtensionA, Assert.Single(extA.RareCharacters).Tier);
    }

    [Fact]
    public void Rare_character_as_an_error()
    {
        PersonNameResult result = PersonName.Validate("王𠮷", new PersonNameOptions { RareCharacterIsError = true });
        Assert.Equal(PersonNameError.RareCharacter, result.Error);
        Assert.Equal(1, result.ErrorPosition);
        Assert.Equal(0x20BB7, result.ErrorCodePoint);
        Assert.Equal("王𠮷", result.Normalized);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Private_use_is_rejected_unless_allowed()
    {
        PersonNameResult refused = PersonName.Validate("王\uE863");
        Assert.Equal(PersonNameError.PrivateUseCharacter, refused.Error);
        Assert.Equal(1, refused.ErrorPosition);
        Assert.Equal(new[] { "䶮" }, refused.ErrorSuggestions);
        Assert.Empty(PersonName.Validate("王\uE000").ErrorSuggestions);

        PersonNameResult allowed = PersonName.Validate("王\uE863", new PersonNameOptions { AllowPrivateUse = true });
        Assert.True(allowed.IsValid);
        RareCharacter rare = Assert.Single(allowed.RareCharacters);
        Assert.Equal(HanziTier.PrivateUse, rare.Tier);
        Assert.Equal(new[] { "䶮" }, rare.Suggestions);
    }

    [Fact]
    public void Options_reject_nonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonNameOptions { MinLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonNameOptions { MaxLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonNameOptions { MaxLength = PersonNameOptions.MaxMaxLength + 1 });
    }

    [Fact]
    public void Error_codes_cover_every_reason()
    {
        foreach (PersonNameError error in Enum.GetValues<PersonNameError>())
        {
            string code = ErrorCodes.Of(error);
            Assert.Equal("ChsiPersonName." + error, code);
            if (error != PersonNameError.None)
            {
                Assert.NotNull(ValidationMessages.GetTemplate(code, System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
                Assert.NotNull(ValidationMessages.GetTemplate(code, System.Globalization.CultureInfo.GetCultureInfo("en")));
            }
        }

        Assert.Equal("ChsiPersonName.RareCharacter", ErrorCodes.PersonNameRareCharacter);
    }

    [Theory]
    [InlineData("张三", "张三", PersonNameMatch.Same, PersonNameDifferences.None)]
    [InlineData("阿沛·阿旺晋美", "阿沛•阿旺晋美", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.DotVariant)]
    [InlineData("张三", " 张 三 ", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces)]
    [InlineData("人民", "⼈民", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.RadicalForm)]
    [InlineData("\u90CE平", "\uF92C平", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.CompatibilityForm)]
    [InlineData("John Smith", "ＪＯＨＮ  SMITH", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.FullWidth | PersonNameDifferences.LetterCase | PersonNameDifferences.Spaces)]
    [InlineData("王䶮", "王\uE863", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.PrivateUseCode)]
    [InlineData("张三", "張三", PersonNameMatch.DiffersByVariant, PersonNameDifferences.Variant)]
    [InlineData("張•三", "张·三", PersonNameMatch.DiffersByVariant, PersonNameDifferences.Variant | PersonNameDifferences.DotVariant)]
    [InlineData("张三", "李四", PersonNameMatch.Different, PersonNameDifferences.None)]
    [InlineData("张三", "张三丰", PersonNameMatch.Different, PersonNameDifferences.None)]
    [InlineData("John Smith", "JohnSmith", PersonNameMatch.Different, PersonNameDifferences.None)]
    [InlineData("阿沛阿旺晋美", "阿沛·阿旺晋美", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.SeparatorMissing)] // a system without ·
    [InlineData("阿沛·阿旺·晋美", "阿沛·阿旺晋美", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.SeparatorMissing)]
    [InlineData("阿沛 · 阿旺晋美", "阿沛·阿旺晋美", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces)]
    [InlineData("\uFEFF张三", "张三", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.InvisibleCharacter)] // a BOM from a roster file
    [InlineData("张\u200B三", "张三", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.InvisibleCharacter)]
    [InlineData("葛\U000E0100三", "葛三", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.InvisibleCharacter)]
    [InlineData("张三·", "张三", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.SeparatorMissing)] // extra, as a leading one
    [InlineData("·张三", "张三", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.SeparatorMissing)]
    [InlineData("张三·", "张三··", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.SeparatorMissing)]
    [InlineData("阿沛 ·阿旺晋美", "阿沛· 阿旺晋美", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces)] // which side of the dot
    [InlineData("阿沛\u200B·阿旺晋美", "阿沛·\u200B阿旺晋美", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.InvisibleCharacter)]
    [InlineData("张 三", "张\u3000三", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces)] // another kind of space
    [InlineData("Anna Li", "Anna\u00A0Li", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces)]
    [InlineData("Anna Li \u200B", "Anna Li ", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.InvisibleCharacter)]
    [InlineData("José Garcia", "Jose\u0301 Garcia", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Decomposed)]
    [InlineData("JOSE\u0301", "jose\u0301", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.LetterCase)] // both decomposed
    [InlineData("ｊohn", "john", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.FullWidth)] // both lower case
    [InlineData("José", "Jose", PersonNameMatch.Different, PersonNameDifferences.None)] // a dropped accent is another letter
    [InlineData("阿 \u200B沛", "阿\u200B 沛", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces | PersonNameDifferences.InvisibleCharacter)] // order
    [InlineData("AB \u200B", "AB\u200B ", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces | PersonNameDifferences.InvisibleCharacter)]
    [InlineData("Xe\u0323\u0302", "X\u1EB9\u0302", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Decomposed)] // fully vs partly
    [InlineData("ｊｏｓｅ\u0301", "josé", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.FullWidth | PersonNameDifferences.Decomposed)]
    [InlineData("Ｅ\u0301a", "Éa", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.FullWidth | PersonNameDifferences.Decomposed)]
    [InlineData("A \u200B B", "A  B", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.InvisibleCharacter)] // one word space
    [InlineData("A \u200B B", "A B", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.Spaces | PersonNameDifferences.InvisibleCharacter)]
    [InlineData("阿沛·阿旺晋美", "阿沛阿·旺晋美", PersonNameMatch.SameAfterNormalization, PersonNameDifferences.SeparatorMissing)] // split elsewhere: two places
    public void Compare_explains_differences(string first, string second, PersonNameMatch match, PersonNameDifferences differences)
    {
        PersonNameComparison comparison = PersonName.Compare(first, second);
        Assert.Equal(match, comparison.Match);
        Assert.Equal(differences, comparison.Differences);
        PersonNameComparison reverse = PersonName.Compare(second, first);
        Assert.Equal(match, reverse.Match);
        Assert.Equal(differences, reverse.Differences);
    }

    [Fact]
    public void Compare_gives_positions_in_both_names()
    {
        PersonNameComparison comparison = PersonName.Compare("欧阳張三", " 欧阳张三");
        PersonNameDifference variant = Assert.Single(comparison.Details, d => d.Kind == PersonNameDifferences.Variant);
        Assert.Equal((2, 3), (variant.IndexInFirst, variant.IndexInSecond));
    }

    [Fact]
    public void Compare_details_hold_one_kind_each_and_minus_one_where_a_name_lacks_it()
    {
        PersonNameComparison comparison = PersonName.Compare("阿沛阿旺\u200B晋美", " 阿沛·阿旺晋美");
        Assert.Equal(
            [
                (PersonNameDifferences.Spaces, -1, 0), // the leading space, only in the second
                (PersonNameDifferences.SeparatorMissing, -1, 3), // the dot, only in the second
                (PersonNameDifferences.InvisibleCharacter, 4, -1), // the zero-width space, only in the first
            ],
            comparison.Details.Select(d => (d.Kind, d.IndexInFirst, d.IndexInSecond)));

        // Trailing spaces and invisible characters are placed where they stand, not on the last character.
        Assert.Equal([(PersonNameDifferences.Spaces, 3, -1)], PersonName.Compare("张 三 ", "张 三").Details.Select(d => (d.Kind, d.IndexInFirst, d.IndexInSecond)));
        Assert.Equal([(PersonNameDifferences.InvisibleCharacter, -1, 1)], PersonName.Compare("张三\u200B", "张\u200B三\u200B").Details.Select(d => (d.Kind, d.IndexInFirst, d.IndexInSecond)));

        PersonNameComparison folds = PersonName.Compare("Ｊohn", "john");
        Assert.Equal(
            [(PersonNameDifferences.FullWidth, 0, 0), (PersonNameDifferences.LetterCase, 0, 0)],
            folds.Details.Select(d => (d.Kind, d.IndexInFirst, d.IndexInSecond)));
    }
}
