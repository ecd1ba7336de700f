namespace ChsiValidation.Tests;

public class HanziRepertoireTests
{
    private static int Count(Func<int, bool> predicate)
    {
        int n = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (predicate(cp))
            {
                n++;
            }
        }

        return n;
    }

    [Fact]
    public void Table_invariants_hold()
    {
        Assert.Equal(6763, Count(HanziRepertoire.IsInGb2312));
        Assert.Equal(8105, Count(HanziRepertoire.IsInGeneralStandardTable));
        Assert.Equal(1467, Count(cp => HanziRepertoire.IsInGeneralStandardTable(cp) && !HanziRepertoire.IsInGb2312(cp)));
        Assert.Equal(196, Count(cp => cp > 0xFFFF && HanziRepertoire.IsInGeneralStandardTable(cp)));
        Assert.Equal(6763, Count(cp => HanziRepertoire.GetTier(cp) == HanziTier.Gb2312));
        Assert.Equal(1467, Count(cp => HanziRepertoire.GetTier(cp) == HanziTier.GeneralStandard));
    }

    [Theory]
    [InlineData(0x5F20, HanziTier.Gb2312)]          // 张
    [InlineData(0x5803, HanziTier.GeneralStandard)] // 堃
    [InlineData(0x5586, HanziTier.GeneralStandard)] // 喆
    [InlineData(0x4DAE, HanziTier.GeneralStandard)] // 䶮: Extension A, but in the 8,105 table
    [InlineData(0x2B5AE, HanziTier.GeneralStandard)] // 𫖮: Extension C, in the 8,105 table
    [InlineData(0x5F35, HanziTier.UnifiedBmp)]      // 張
    [InlineData(0x9F91, HanziTier.UnifiedBmp)]      // 龑
    [InlineData(0xFA0E, HanziTier.UnifiedBmp)]      // one of the 12 unified compatibility ideographs
    [InlineData(0x3400, HanziTier.ExtensionA)]
    [InlineData(0x20BB7, HanziTier.Supplementary)]  // 𠮷
    [InlineData(0x2EBE0, HanziTier.Supplementary)]  // last of Extension F
    [InlineData(0x2EBF0, HanziTier.BeyondGb18030)]  // Extension I
    [InlineData(0x30000, HanziTier.BeyondGb18030)]  // Extension G
    [InlineData(0x31350, HanziTier.BeyondGb18030)]  // Extension H
    [InlineData(0x323B0, HanziTier.BeyondGb18030)]  // Extension J
    [InlineData(0xE863, HanziTier.PrivateUse)]
    [InlineData(0xF0000, HanziTier.PrivateUse)]
    [InlineData(0x2F08, HanziTier.NotHanzi)]        // ⼈ Kangxi radical
    [InlineData(0xF92C, HanziTier.NotHanzi)]        // 郎 compatibility ideograph
    [InlineData('A', HanziTier.NotHanzi)]
    [InlineData(0x00B7, HanziTier.NotHanzi)]
    [InlineData(-1, HanziTier.NotHanzi)]
    [InlineData(0x110000, HanziTier.NotHanzi)]
    public void Tiers(int codePoint, HanziTier tier) => Assert.Equal(tier, HanziRepertoire.GetTier(codePoint));

    [Theory]
    [InlineData("堃", "坤")]
    [InlineData("喆", "哲")]
    [InlineData("犇", "奔")]
    [InlineData("䶮", "龑")]
    [InlineData("𠮷", "吉")]
    [InlineData("張", "张")]
    [InlineData("\uE863", "䶮")]
    public void Suggestions_come_from_the_data(string character, string suggestion)
    {
        int[] suggestions = HanziRepertoire.GetSuggestions(char.ConvertToUtf32(character, 0)).ToArray();
        Assert.Equal(char.ConvertToUtf32(suggestion, 0), suggestions[0]);
    }

    [Theory]
    [InlineData("昇")]
    [InlineData("玥")]
    [InlineData("垚")]
    [InlineData("曌")]
    [InlineData("张")]
    [InlineData("A")]
    public void No_suggestion_is_invented(string character) =>
        Assert.True(HanziRepertoire.GetSuggestions(char.ConvertToUtf32(character, 0)).IsEmpty);

    [Fact]
    public void Every_suggestion_is_a_hanzi()
    {
        for (int cp = 0; cp <= 0x3347F; cp++)
        {
            foreach (int s in HanziRepertoire.GetSuggestions(cp))
            {
                HanziTier tier = HanziRepertoire.GetTier(s);
                Assert.True(tier is not (HanziTier.NotHanzi or HanziTier.PrivateUse), $"U+{cp:X4} → U+{s:X4}");
            }
        }
    }

    [Trait("Globalization", "ICU")] // IdnMapping / string.Normalize: ICU data, absent under invariant globalization
    [Fact]
    public void Look_alike_folds_follow_the_rules()
    {
        Assert.Equal(0x4EBA, HanziRepertoire.FoldLookAlike(0x2F08, out bool radical)); // ⼈ → 人
        Assert.True(radical);
        Assert.Equal(0x90CE, HanziRepertoire.FoldLookAlike(0xF92C, out radical));       // 郎 → 郎
        Assert.False(radical);
        Assert.Equal(0x6BCD, HanziRepertoire.FoldLookAlike(0x2E9F, out _));
        Assert.Equal(0x9F9F, HanziRepertoire.FoldLookAlike(0x2EF3, out _));
        Assert.Equal(0, HanziRepertoire.FoldLookAlike(0x2E81, out _));                  // other radicals do not fold
        foreach (int unified in new[] { 0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27, 0xFA28, 0xFA29 })
        {
            Assert.Equal(0, HanziRepertoire.FoldLookAlike(unified, out _));
        }

        for (int cp = 0x2F00; cp <= 0x2FD5; cp++)
        {
            Assert.Equal(char.ConvertFromUtf32(cp).Normalize(System.Text.NormalizationForm.FormKC), char.ConvertFromUtf32(HanziRepertoire.FoldLookAlike(cp, out _)));
        }

        for (int cp = 0xF900; cp <= 0xFAFF; cp++)
        {
            int folded = HanziRepertoire.FoldLookAlike(cp, out _);
            if (folded != 0)
            {
                Assert.Equal(char.ConvertFromUtf32(folded), char.ConvertFromUtf32(cp).Normalize(System.Text.NormalizationForm.FormC));
            }
        }
    }

    [Fact]
    public void Variants_are_symmetric()
    {
        Assert.True(HanziRepertoire.AreVariants('张', '張'));
        Assert.True(HanziRepertoire.AreVariants('張', '张'));
        Assert.False(HanziRepertoire.AreVariants('张', '李'));
        Assert.False(HanziRepertoire.AreVariants('张', '张'));
    }
}
