using System.Globalization;

namespace ChsiValidation.Tests;

/// <summary>
/// Exact results at the edges of the name rule: the ends of each accepted range, one-sided trimming, several rare
/// characters, positions of second-pass errors, long names, and Compare on prefixes and null.
/// </summary>
public class PersonNameEdgeTests
{
    private static readonly PersonNameOptions Latin = new() { AllowLatin = true };

    [Theory]
    [InlineData("张三", "张三丰")]
    [InlineData("张三丰", "张三")]
    [InlineData("阿沛·阿旺", "阿沛·阿旺晋美")]
    [InlineData("Ann", "Anne")]
    public void A_name_is_different_from_a_longer_name_it_begins(string first, string second)
    {
        PersonNameComparison comparison = PersonName.Compare(first, second);
        Assert.Equal(PersonNameMatch.Different, comparison.Match);
        Assert.Equal(PersonNameDifferences.None, comparison.Differences);
        Assert.Empty(comparison.Details);
    }

    [Fact]
    public void Compare_reads_null_as_empty()
    {
        Assert.Equal(PersonNameMatch.Same, PersonName.Compare(null, null).Match);
        Assert.Equal(PersonNameMatch.Same, PersonName.Compare(null, string.Empty).Match);
        Assert.Equal(PersonNameMatch.Same, PersonName.Compare(string.Empty, null).Match);
        PersonNameComparison firstNull = PersonName.Compare(null, "张三");
        Assert.Equal(PersonNameMatch.Different, firstNull.Match);
        Assert.Empty(firstNull.Details);
        PersonNameComparison secondNull = PersonName.Compare("张三", null);
        Assert.Equal(PersonNameMatch.Different, secondNull.Match);
        Assert.Empty(secondNull.Details);
    }

    [Fact]
    public void Compare_of_overlong_strings_is_Different_unread()
    {
        string longest = new('张', (PersonNameOptions.MaxMaxLength * 2) + 64);
        Assert.Equal(PersonNameMatch.Same, PersonName.Compare(longest, longest).Match);
        string tooLong = longest + "张";
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare(tooLong, tooLong).Match);
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare("张三", tooLong).Match);
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare(tooLong, "张三").Match);
    }

    [Fact]
    public void Compare_refuses_one_overlong_string_even_when_trimming_would_make_it_equal()
    {
        const int longest = (PersonNameOptions.MaxMaxLength * 2) + 64;
        string atBound = "张三" + new string(' ', longest - 2);
        Assert.Equal(longest, atBound.Length);
        Assert.Equal(PersonNameMatch.SameAfterNormalization, PersonName.Compare(atBound, "张三").Match);
        Assert.Equal(PersonNameMatch.SameAfterNormalization, PersonName.Compare("张三", atBound).Match);

        string beyond = atBound + " ";
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare(beyond, "张三").Match);
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare("张三", beyond).Match);
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare(beyond, atBound).Match);
        Assert.Empty(PersonName.Compare(beyond, "张三").Details);
    }

    [Fact]
    public void Compare_of_a_variant_spelling_names_the_variant()
    {
        PersonNameComparison comparison = PersonName.Compare("張三", "张三");
        Assert.Equal(PersonNameMatch.DiffersByVariant, comparison.Match);
        Assert.Equal(PersonNameDifferences.Variant, comparison.Differences);
        PersonNameDifference detail = Assert.Single(comparison.Details);
        Assert.Equal(new PersonNameDifference(PersonNameDifferences.Variant, 0, 0), detail);

        PersonNameComparison dot = PersonName.Compare("阿沛•阿旺", "阿沛·阿旺");
        Assert.Equal(PersonNameMatch.SameAfterNormalization, dot.Match);
        Assert.Equal(PersonNameDifferences.DotVariant, dot.Differences);

        // Different characters that are not variants of each other.
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare("张三", "张四").Match);
    }

    [Fact]
    public void An_unassigned_code_point_inside_a_Han_block_is_InvalidCharacter()
    {
        const int unassigned = 0x2B81E; // Extension D ends at U+2B81D
        Assert.Equal(UnicodeCategory.OtherNotAssigned, CharUnicodeInfo.GetUnicodeCategory(unassigned));
        Assert.NotEqual(HanziTier.NotHanzi, HanziRepertoire.GetTier(unassigned));

        PersonNameResult result = PersonName.Validate("张" + char.ConvertFromUtf32(unassigned) + "三");
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(1, result.ErrorPosition);
        Assert.Equal(1, result.ErrorCharacterIndex);
        Assert.Equal(unassigned, result.ErrorCodePoint);
        Assert.Null(result.Normalized);

        // Its assigned neighbour is a rare character, not an error.
        PersonNameResult neighbour = PersonName.Validate("张" + char.ConvertFromUtf32(unassigned - 1));
        Assert.True(neighbour.IsValid);
        Assert.Equal(HanziTier.Supplementary, neighbour.RarestTier);
    }

    [Fact]
    public void Every_rare_character_is_listed_in_order()
    {
        var options = new PersonNameOptions { MaxAcceptedTier = HanziTier.Gb2312 };
        PersonNameResult result = PersonName.Validate("王堃喆", options);
        Assert.True(result.IsValid);
        Assert.Equal(2, result.RareCharacters.Count);
        Assert.True(result.HasRareCharacters);
        Assert.Equal(HanziTier.GeneralStandard, result.RarestTier);

        RareCharacter first = result.RareCharacters[0];
        Assert.Equal((1, 1, (int)'堃', HanziTier.GeneralStandard), (first.Index, first.CharacterIndex, first.CodePoint, first.Tier));
        Assert.Equal(["坤"], first.Suggestions);
        Assert.Equal("堃", first.Character);
        RareCharacter second = result.RareCharacters[1];
        Assert.Equal((2, 2, (int)'喆', HanziTier.GeneralStandard), (second.Index, second.CharacterIndex, second.CodePoint, second.Tier));
        Assert.Equal(["哲"], second.Suggestions);
    }

    [Fact]
    public void Rare_characters_are_indexed_in_the_canonical_form_in_units_and_characters()
    {
        PersonNameResult result = PersonName.Validate(" 王𠮷·𠮷 ");
        Assert.True(result.IsValid);
        Assert.Equal("王𠮷·𠮷", result.Normalized);
        Assert.Equal(4, result.CharacterCount);
        Assert.Equal(HanziTier.Supplementary, result.RarestTier);
        Assert.Collection(
            result.RareCharacters,
            r => Assert.Equal((1, 1, 0x20BB7, HanziTier.Supplementary), (r.Index, r.CharacterIndex, r.CodePoint, r.Tier)),
            r => Assert.Equal((4, 3, 0x20BB7, HanziTier.Supplementary), (r.Index, r.CharacterIndex, r.CodePoint, r.Tier)));
        Assert.Equal(["吉"], result.RareCharacters[0].Suggestions);
        Assert.Equal("𠮷", result.RareCharacters[1].Character);
    }

    [Fact]
    public void The_first_rare_character_is_the_error_when_rare_is_an_error()
    {
        var options = new PersonNameOptions { MaxAcceptedTier = HanziTier.Supplementary, RareCharacterIsError = true };
        string input = "𠮷张\U00030000\U00030001";
        PersonNameResult result = PersonName.Validate(input, options);
        Assert.Equal(PersonNameError.RareCharacter, result.Error);
        Assert.Equal(3, result.ErrorPosition);
        Assert.Equal(2, result.ErrorCharacterIndex);
        Assert.Equal(0x30000, result.ErrorCodePoint);
        Assert.Equal(input, result.Normalized);
        Assert.Equal(2, result.RareCharacters.Count);
        Assert.Equal(HanziTier.BeyondGb18030, result.RarestTier);
        Assert.False(result.IsValid);

        // Without the option the same name is valid and lists both.
        PersonNameResult warning = PersonName.Validate(input, options with { RareCharacterIsError = false });
        Assert.True(warning.IsValid);
        Assert.Equal(-1, warning.ErrorPosition);
        Assert.Equal(-1, warning.ErrorCharacterIndex);
        Assert.Equal(-1, warning.ErrorCodePoint);
    }

    [Fact]
    public void A_name_with_no_rare_character_lists_none_on_either_pass()
    {
        PersonNameResult plain = PersonName.Validate("张三");
        Assert.Empty(plain.RareCharacters);
        Assert.False(plain.HasRareCharacters);
        PersonNameResult rewritten = PersonName.Validate(" 张三•丰");
        Assert.True(rewritten.IsValid);
        Assert.NotNull(rewritten.RareCharacters);
        Assert.Empty(rewritten.RareCharacters);
        Assert.False(rewritten.HasRareCharacters);
        Assert.Equal(HanziTier.Gb2312, rewritten.RarestTier);
    }

    [Theory]
    [InlineData(" 张三", 0, 1, ' ')]
    [InlineData("张三 ", 2, 1, ' ')]
    [InlineData("\u3000张三", 0, 1, '\u3000')]
    [InlineData("张三\u00A0\u00A0", 2, 2, '\u00A0')]
    [InlineData("\u2003张三", 0, 1, '\u2003')]
    [InlineData("张三\u2009", 2, 1, '\u2009')]
    [InlineData("\u202F\u205F张三", 0, 2, '\u202F')]
    [InlineData("张三\u2007", 2, 1, '\u2007')]
    [InlineData("\u1680张三", 0, 1, '\u1680')]
    public void Spaces_on_one_side_are_trimmed_and_reported(string input, int index, int length, char original)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal("张三", result.Normalized);
        Assert.Equal(PersonNameChanges.WhitespaceTrimmed, result.Changes);
        Assert.True(result.WasNormalized);
        Assert.Equal(2, result.CharacterCount);
        Assert.Equal(PersonNameScript.Han, result.Script);
        Assert.Equal(HanziTier.Gb2312, result.RarestTier);
        PersonNameNormalization change = Assert.Single(result.Normalizations);
        Assert.Equal(new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, index, length, original, -1), change);
    }

    [Fact]
    public void Spaces_on_both_sides_give_two_records_in_input_order()
    {
        PersonNameResult result = PersonName.Validate("\u2002\u2002张三 ");
        Assert.Equal("张三", result.Normalized);
        Assert.Equal(
            [
                new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, 0, 2, '\u2002', -1),
                new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, 4, 1, ' ', -1),
            ],
            result.Normalizations);
    }

    [Theory]
    [InlineData("张三\u0085")]
    [InlineData("\u200B张三")]
    [InlineData("张三\u0080")]
    [InlineData("\u180E张三")]
    public void Invisible_characters_at_the_ends_are_not_spaces(string input)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        int at = input.IndexOfAny(['\u0085', '\u200B', '\u0080', '\u180E']);
        Assert.Equal(at, result.ErrorPosition);
        Assert.Equal(input[at], result.ErrorCodePoint);
    }

    [Fact]
    public void Other_Unicode_spaces_inside_a_Latin_name_collapse_to_one_space()
    {
        PersonNameResult result = PersonName.Validate("Ann\u2003Lee", Latin);
        Assert.True(result.IsValid);
        Assert.Equal("Ann Lee", result.Normalized);
        Assert.Equal(PersonNameChanges.WhitespaceCollapsed, result.Changes);
        Assert.Equal(new PersonNameNormalization(PersonNameChanges.WhitespaceCollapsed, 3, 1, '\u2003', ' '), Assert.Single(result.Normalizations));

        PersonNameResult run = PersonName.Validate("Ann \u2009 Lee", Latin);
        Assert.Equal("Ann Lee", run.Normalized);
        Assert.Equal(new PersonNameNormalization(PersonNameChanges.WhitespaceCollapsed, 3, 3, ' ', ' '), Assert.Single(run.Normalizations));
        Assert.Equal(7, run.CharacterCount);

        PersonNameResult single = PersonName.Validate("Ann Lee", Latin);
        Assert.Equal(PersonNameChanges.None, single.Changes);
        Assert.Empty(single.Normalizations);
    }

    [Theory]
    [InlineData("张-三!", 1, '-')]
    [InlineData("张!三-", 1, '!')]
    [InlineData("张三 李!", 2, ' ')]
    [InlineData("张三!李 ", 2, '!')]
    [InlineData("张'三?", 1, '\'')]
    public void A_Chinese_name_reports_the_earliest_of_its_invalid_characters(string input, int position, char codePoint)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Equal(position, result.ErrorCharacterIndex);
        Assert.Equal(codePoint, result.ErrorCodePoint);
    }

    [Theory]
    [InlineData("Ann·Lee!", 3, '·')]
    [InlineData("Ann!Lee·", 3, '!')]
    [InlineData("Ann•Lee", 3, '•')]
    [InlineData("Ann?Lee・", 3, '?')]
    public void A_Latin_name_reports_the_earliest_of_its_invalid_characters(string input, int position, char codePoint)
    {
        PersonNameResult result = PersonName.Validate(input, Latin);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Equal(codePoint, result.ErrorCodePoint);
    }

    [Theory]
    [InlineData("𠮷张··三", 4, 3)]
    [InlineData("𠮷张·", 3, 2)]
    [InlineData("𠮷𠮷·•张", 5, 3)]
    [InlineData(" ·张三", 1, 1)]
    public void Second_pass_errors_in_a_Chinese_name_give_units_and_characters(string input, int position, int character)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.Equal(PersonNameError.MisplacedSeparator, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Equal(character, result.ErrorCharacterIndex);
        Assert.Equal(input[position], result.ErrorCodePoint);
        Assert.Null(result.Normalized);
    }

    [Theory]
    [InlineData("Ann   Lee -x", 10, 10, '-')]
    [InlineData("Ann   Lee  'x", 11, 11, '\'')]
    [InlineData("Ann  Lee-", 8, 8, '-')]
    [InlineData("Ann  Bo  Lee--x", 12, 12, '-')]
    [InlineData("Ann .Lee", 4, 4, '.')]
    public void Second_pass_errors_in_a_Latin_name_count_a_space_run_by_its_characters(string input, int position, int character, char codePoint)
    {
        PersonNameResult result = PersonName.Validate(input, Latin);
        Assert.Equal(PersonNameError.MisplacedSeparator, result.Error);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Equal(character, result.ErrorCharacterIndex);
        Assert.Equal(codePoint, result.ErrorCodePoint);
    }

    [Theory]
    [InlineData('\uFF21', 'A')]
    [InlineData('\uFF3A', 'Z')]
    [InlineData('\uFF41', 'a')]
    [InlineData('\uFF5A', 'z')]
    public void Full_width_letters_fold_at_both_ends_of_their_ranges(char wide, char ascii)
    {
        PersonNameResult result = PersonName.Validate(wide + "b" + wide, Latin);
        Assert.True(result.IsValid);
        Assert.Equal($"{ascii}b{ascii}", result.Normalized);
        Assert.Equal(PersonNameChanges.FullWidthFolded, result.Changes);
        Assert.Equal(2, result.Normalizations.Count);
        Assert.Equal(new PersonNameNormalization(PersonNameChanges.FullWidthFolded, 0, 1, wide, ascii), result.Normalizations[0]);
        Assert.Equal(PersonNameScript.Latin, result.Script);
    }

    [Theory]
    [InlineData('\uFF20')]
    [InlineData('\uFF3B')]
    [InlineData('\uFF40')]
    [InlineData('\uFF5B')]
    [InlineData('\u00BF')]
    [InlineData('\u00D7')]
    [InlineData('\u00F7')]
    [InlineData('\u0250')]
    [InlineData('\u0291')]
    [InlineData('\u0293')]
    [InlineData('\u1DFF')]
    [InlineData('\u1F00')]
    [InlineData('\u0370')]
    public void Characters_just_outside_the_Latin_ranges_are_invalid(char c)
    {
        PersonNameResult result = PersonName.Validate("Ab" + c, Latin);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(2, result.ErrorPosition);
        Assert.Equal(c, result.ErrorCodePoint);
    }

    [Theory]
    [InlineData('\u00C0')]
    [InlineData('\u00D8')]
    [InlineData('\u00F8')]
    [InlineData('\u00FF')]
    [InlineData('\u024F')]
    [InlineData('\u0292')]
    [InlineData('\u1E00')]
    [InlineData('\u1EFF')]
    public void Letters_at_the_ends_of_the_Latin_ranges_are_accepted(char c)
    {
        string input = "Ab" + c;
        PersonNameResult result = PersonName.Validate(input, Latin);
        Assert.True(result.IsValid);
        Assert.Same(input, result.Normalized);
        Assert.Equal(3, result.CharacterCount);
        Assert.Equal(PersonNameChanges.None, result.Changes);

        // Not in a Chinese-only form.
        Assert.Equal(PersonNameError.LatinNotAllowed, PersonName.Validate(input).Error);
    }

    [Fact]
    public void Full_width_hyphen_and_apostrophe_fold_in_Latin_names()
    {
        PersonNameResult result = PersonName.Validate("Jean－Luc O＇Neil", Latin);
        Assert.True(result.IsValid);
        Assert.Equal("Jean-Luc O'Neil", result.Normalized);
        Assert.Equal(PersonNameChanges.FullWidthFolded, result.Changes);
        Assert.Equal(
            [
                new PersonNameNormalization(PersonNameChanges.FullWidthFolded, 4, 1, '\uFF0D', '-'),
                new PersonNameNormalization(PersonNameChanges.FullWidthFolded, 10, 1, '\uFF07', '\''),
            ],
            result.Normalizations);

        PersonNameResult period = PersonName.Validate("J．R Smith", Latin);
        Assert.Equal("J.R Smith", period.Normalized);
        Assert.Equal(new PersonNameNormalization(PersonNameChanges.FullWidthFolded, 1, 1, '\uFF0E', '.'), Assert.Single(period.Normalizations));
    }

    [Theory]
    [InlineData("a\u036F")]
    [InlineData("a\u0370")]
    [InlineData("张\u0300")]
    public void Combining_marks_that_compose_with_nothing_are_invalid(string input)
    {
        PersonNameResult result = PersonName.Validate(input, Latin);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(1, result.ErrorPosition);
        Assert.Equal(input[1], result.ErrorCodePoint);
    }

    [Fact]
    public void Combining_marks_compose_at_both_ends_of_the_block()
    {
        // U+0300 (grave) is the first combining mark; U+0345 (ypogegrammeni) composes only with Greek.
        PersonNameResult grave = PersonName.Validate("a\u0300b", Latin);
        Assert.Equal("àb", grave.Normalized);
        Assert.Equal(PersonNameChanges.MarksComposed, grave.Changes);
        Assert.Equal(new PersonNameNormalization(PersonNameChanges.MarksComposed, 0, 2, 'a', 'à'), Assert.Single(grave.Normalizations));
        Assert.Equal(0, PersonName.ComposeLatin('a', 0x02FF));
        Assert.Equal(0, PersonName.ComposeLatin('a', 0x0370));
        Assert.Equal(0, PersonName.ComposeLatin(0, 0x0300));
        Assert.Equal(0, PersonName.ComposeLatin(-1, 0x0300));
        Assert.Equal(0, PersonName.ComposeLatin(0x10000, 0x0300));
        Assert.Equal('à', PersonName.ComposeLatin('a', 0x0300));
        Assert.Equal('ǖ', PersonName.ComposeLatin('ü', 0x0304));
    }

    [Theory]
    [InlineData("\u2F00\u2F08", "一人", 2)]
    [InlineData("\u2F08\u2F08\u2F08", "人人人", 3)]
    [InlineData("\u2F08\uF92C", "人\u90CE", 2)]
    public void A_name_made_only_of_look_alikes_is_folded_whole(string input, string normalized, int folds)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(folds, result.Normalizations.Count);
        Assert.NotEqual(PersonNameChanges.None, result.Changes);
        Assert.Equal(PersonNameChanges.None, result.Changes & ~(PersonNameChanges.RadicalFolded | PersonNameChanges.CompatibilityIdeographFolded));
    }

    [Fact]
    public void Leading_trim_is_listed_first_before_the_changes_inside()
    {
        PersonNameResult result = PersonName.Validate("  阿沛•阿旺\u3000");
        Assert.Equal("阿沛·阿旺", result.Normalized);
        Assert.Equal(
            [
                new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, 0, 2, ' ', -1),
                new PersonNameNormalization(PersonNameChanges.DotVariantFolded, 4, 1, '•', '·'),
                new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, 7, 1, '\u3000', -1),
            ],
            result.Normalizations);

        PersonNameResult latin = PersonName.Validate(" Ann  Lee", Latin);
        Assert.Equal("Ann Lee", latin.Normalized);
        Assert.Equal(
            [
                new PersonNameNormalization(PersonNameChanges.WhitespaceTrimmed, 0, 1, ' ', -1),
                new PersonNameNormalization(PersonNameChanges.WhitespaceCollapsed, 4, 2, ' ', ' '),
            ],
            latin.Normalizations);
    }

    [Fact]
    public void ComposeLatin_takes_only_BMP_letters_and_combining_marks()
    {
        // Outside those ranges the table key would wrap: (0x10041 << 16) is (0x41 << 16), 0x10300 overlaps 'A' << 16.
        Assert.Equal('À', PersonName.ComposeLatin('A', 0x0300));
        Assert.Equal(0, PersonName.ComposeLatin(0x10041, 0x0300));
        Assert.Equal(0, PersonName.ComposeLatin(0x20061, 0x0301));
        Assert.Equal(0, PersonName.ComposeLatin('A', 0x10300));
        Assert.Equal(0, PersonName.ComposeLatin('A', 0x1_0300));
        Assert.Equal(0, PersonName.ComposeLatin('e', 0x20301));
    }

    [Theory]
    [InlineData("张\uFE00三", 1, 1)]
    [InlineData("张\uFE0F三", 1, 1)]
    [InlineData("张\U000E0100三", 1, 2)]
    [InlineData("张\U000E01EF三", 1, 2)]
    public void Variation_selectors_at_both_ends_of_their_ranges_are_removed_after_a_hanzi(string input, int index, int length)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.True(result.IsValid);
        Assert.Equal("张三", result.Normalized);
        Assert.Equal(PersonNameChanges.VariationSelectorRemoved, result.Changes);
        Assert.Equal(2, result.CharacterCount);
        PersonNameNormalization change = Assert.Single(result.Normalizations);
        Assert.Equal((PersonNameChanges.VariationSelectorRemoved, index, length, -1), (change.Kind, change.Index, change.Length, change.Replacement));
        Assert.Equal(char.ConvertToUtf32(input, 1), change.Original);
    }

    [Theory]
    [InlineData("张\uFDFF三")]
    [InlineData("张\uFE10三")]
    [InlineData("张\U000E00FF三")]
    [InlineData("张\U000E01F0三")]
    public void Code_points_just_outside_the_variation_selectors_are_invalid(string input)
    {
        PersonNameResult result = PersonName.Validate(input);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(1, result.ErrorPosition);
        Assert.Equal(char.ConvertToUtf32(input, 1), result.ErrorCodePoint);
    }

    [Theory]
    [InlineData("\uFE00张三")]
    [InlineData("Ab\uFE0F")]
    [InlineData("张·\uFE0F三")]
    public void A_variation_selector_not_after_a_hanzi_is_invalid(string input)
    {
        PersonNameResult result = PersonName.Validate(input, Latin);
        Assert.Equal(PersonNameError.InvalidCharacter, result.Error);
        Assert.Equal(input.IndexOf('\uFE00') >= 0 ? input.IndexOf('\uFE00') : input.IndexOf('\uFE0F'), result.ErrorPosition);
    }

    [Theory]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(200)]
    [InlineData(600)]
    public void Long_names_that_need_rewriting_are_built_whole(int hanzi)
    {
        var options = new PersonNameOptions { MaxLength = PersonNameOptions.MaxMaxLength };
        string half = new('张', hanzi / 2);
        string rest = new('三', hanzi - (hanzi / 2));
        string input = "  " + half + "•" + rest + " ";
        PersonNameResult result = PersonName.Validate(input, options);
        Assert.True(result.IsValid);
        Assert.Equal(half + "·" + rest, result.Normalized);
        Assert.Equal(hanzi + 1, result.CharacterCount);
        Assert.Equal(PersonNameChanges.WhitespaceTrimmed | PersonNameChanges.DotVariantFolded, result.Changes);
        Assert.Equal(3, result.Normalizations.Count);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(400)]
    public void Compatibility_ideographs_that_fold_to_supplementary_characters_double_in_length(int count)
    {
        // U+FA6C folds (NFC) to U+242EE, two UTF-16 units: the canonical form is twice as long as the input.
        string target = "\U000242EE"; // written out, so the test needs no ICU data
        Assert.Equal(2, target.Length);
        var options = new PersonNameOptions { MaxLength = PersonNameOptions.MaxMaxLength };
        string input = string.Concat(Enumerable.Repeat("\uFA6C", count));
        PersonNameResult result = PersonName.Validate(input, options);
        Assert.Equal(string.Concat(Enumerable.Repeat(target, count)), result.Normalized);
        Assert.Equal(count, result.CharacterCount);
        Assert.Equal(PersonNameChanges.CompatibilityIdeographFolded, result.Changes);
        Assert.Equal(count, result.Normalizations.Count);
    }

    [Fact]
    public void Length_bounds_apply_on_both_passes()
    {
        var options = new PersonNameOptions { MinLength = 3, MaxLength = 4 };
        Assert.Equal(PersonNameError.TooShort, PersonName.Validate("张三", options).Error);
        Assert.Equal(PersonNameError.TooShort, PersonName.Validate(" 张三", options).Error);
        Assert.True(PersonName.Validate("张三丰", options).IsValid);
        Assert.True(PersonName.Validate(" 张三丰", options).IsValid);
        Assert.True(PersonName.Validate("张三丰李", options).IsValid);
        Assert.True(PersonName.Validate(" 张三丰李", options).IsValid);
        PersonNameResult tooLong = PersonName.Validate("张三丰李四", options);
        Assert.Equal(PersonNameError.TooLong, tooLong.Error);
        Assert.Equal(5, tooLong.CharacterCount);
        Assert.Equal("张三丰李四", tooLong.Normalized);
        Assert.Equal(-1, tooLong.ErrorPosition);
        PersonNameResult tooLongRewritten = PersonName.Validate("张三•丰李", options);
        Assert.Equal(PersonNameError.TooLong, tooLongRewritten.Error);
        Assert.Equal("张三·丰李", tooLongRewritten.Normalized);
        Assert.Equal(-1, tooLongRewritten.ErrorPosition);
        Assert.Equal(-1, tooLongRewritten.ErrorCharacterIndex);
        Assert.Equal(-1, tooLongRewritten.ErrorCodePoint);

        // The read bound: MaxLength * 2 + 64 units, spaces included.
        string padded = new string(' ', 69) + "张三丰";
        Assert.Equal((4 * 2) + 64, padded.Length);
        Assert.Equal("张三丰", PersonName.Validate(padded, options).Normalized);
        Assert.Equal(PersonNameError.TooLong, PersonName.Validate(" " + padded, options).Error);
        Assert.Null(PersonName.Validate(" " + padded, options).Normalized);
    }

    [Fact]
    public void The_fast_path_and_the_second_pass_agree_on_every_fact()
    {
        PersonNameResult fast = PersonName.Validate("阿沛·阿旺晋美");
        PersonNameResult slow = PersonName.Validate(" 阿沛·阿旺晋美");
        Assert.Equal(fast.Normalized, slow.Normalized);
        Assert.Equal(fast.CharacterCount, slow.CharacterCount);
        Assert.Equal(7, fast.CharacterCount);
        Assert.Equal(fast.RarestTier, slow.RarestTier);
        Assert.Equal(fast.Script, slow.Script);
        Assert.Equal((-1, -1, -1), (fast.ErrorPosition, fast.ErrorCharacterIndex, fast.ErrorCodePoint));
        Assert.Equal((-1, -1, -1), (slow.ErrorPosition, slow.ErrorCharacterIndex, slow.ErrorCodePoint));
        Assert.Equal(PersonNameChanges.None, fast.Changes);
        Assert.Empty(fast.Normalizations);
    }

    [Fact]
    public void Only_separators_are_a_misplaced_separator_at_the_first()
    {
        PersonNameResult result = PersonName.Validate("  ·-'", Latin);
        Assert.Equal(PersonNameError.MisplacedSeparator, result.Error);
        Assert.Equal(2, result.ErrorPosition);
        Assert.Equal(2, result.ErrorCharacterIndex);
        Assert.Equal('·', result.ErrorCodePoint);
        Assert.Equal(PersonNameScript.Unknown, result.Script);
    }

    [Fact]
    public void Private_use_with_and_without_a_suggestion()
    {
        PersonNameResult withSuggestion = PersonName.Validate("文\uE863");
        Assert.Equal(PersonNameError.PrivateUseCharacter, withSuggestion.Error);
        Assert.Equal(["䶮"], withSuggestion.ErrorSuggestions);
        Assert.Equal(1, withSuggestion.ErrorPosition);
        Assert.Equal(0xE863, withSuggestion.ErrorCodePoint);

        PersonNameResult without = PersonName.Validate("文\uE000");
        Assert.Equal(PersonNameError.PrivateUseCharacter, without.Error);
        Assert.Empty(without.ErrorSuggestions);

        PersonNameResult allowed = PersonName.Validate("文\uE863", new PersonNameOptions { AllowPrivateUse = true });
        Assert.True(allowed.IsValid);
        Assert.Equal(HanziTier.PrivateUse, allowed.RarestTier);
        RareCharacter rare = Assert.Single(allowed.RareCharacters);
        Assert.Equal(["䶮"], rare.Suggestions);
    }
}
