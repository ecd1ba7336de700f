using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

/// <summary>The compound-surname table and the name mask's default that keeps such a surname whole.</summary>
public class CompoundSurnameTests
{
    // The compound surnames of the 百家姓 (Song dynasty), in its order; 榖梁 as the 通用规范汉字表 (2013) keeps it for the surname.
    private static readonly string[] HundredFamilySurnames =
    [
        "万俟", "司马", "上官", "欧阳", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊", "澹台", "公冶", "宗政",
        "濮阳", "淳于", "单于", "太叔", "申屠", "公孙", "仲孙", "轩辕", "令狐", "钟离", "宇文", "长孙", "慕容", "鲜于", "闾丘",
        "司徒", "司空", "亓官", "司寇", "仉督", "子车", "颛孙", "端木", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋",
        "夹谷", "宰父", "榖梁", "段干", "百里", "东郭", "南门", "呼延", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "南宫",
        "第五",
    ];

    [Fact]
    public void The_table_is_small_sorted_and_names_its_source()
    {
        Assert.Equal(90, CompoundSurnames.Count); // 61 simplified, 29 traditional forms: 360 bytes
        Assert.Equal("pinyin-pro 3.29.4, opencc-js 1.4.2", CompoundSurnames.Source);
        string[] missing = [.. HundredFamilySurnames.Where(s => !CompoundSurnames.StartsName(s + "娜"))];

        // 单于 and 微生 are in the 百家姓 but not in the source's table: they stay single-surname names (单*娜).
        Assert.Equal(["单于", "微生"], missing);
    }

    [Theory]
    [InlineData("歐陽")]
    [InlineData("司馬")]
    [InlineData("諸葛")]
    [InlineData("鍾離")]
    [InlineData("長孫")]
    [InlineData("澹臺")]
    [InlineData("拓跋")]
    public void Traditional_forms_and_the_few_beyond_the_hundred_family_list_are_known(string surname) =>
        Assert.True(CompoundSurnames.StartsName(surname + "小明"));

    [Theory]
    [InlineData("欧阳")] // the surname alone: as likely 欧 with the given name 阳
    [InlineData("欧")]
    [InlineData("")]
    [InlineData("张欧阳")]
    [InlineData("阳欧娜")]
    [InlineData("欧\uD800")]
    public void Only_a_name_that_goes_on_after_the_surname_starts_with_one(string name) =>
        Assert.False(CompoundSurnames.StartsName(name));

    [Theory]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("  歐陽娜娜 ", "歐陽**")] // trimmed first
    [InlineData("诸葛亮", "诸葛*")]
    [InlineData("上官婉儿", "上官**")]
    [InlineData("司马相如", "司马**")]
    [InlineData("令狐冲", "令狐*")]
    [InlineData("单于娜", "单*娜")] // not in the table
    [InlineData("阿沛·阿旺晋美", "阿*****美")]
    public void The_default_keeps_a_compound_surname_whole_and_hides_the_given_name(string name, string expected)
    {
        Assert.Equal(expected, Mask.PersonName(name));
        Span<char> destination = stackalloc char[32];
        Assert.True(Mask.TryPersonName(name.ToCharArray(), destination, out int written));
        Assert.Equal(expected, destination[..written].ToString());
    }

    [Property(MaxTest = 500)]
    public Property With_a_kept_end_a_compound_surname_shows_no_more_characters_than_a_single_one() =>
        Prop.ForAll(
            Gen.Elements(HundredFamilySurnames).ToArbitrary(),
            Gen.Elements("娜", "小明", "俊杰", "子涵梓", "一").ToArbitrary(),
            Gen.Choose(1, 3).Two().ToArbitrary(),
            (surname, given, keep) =>
            {
                (int keepFirst, int keepLast) = keep;
                var options = new PersonNameMaskOptions { KeepFirst = keepFirst, KeepLast = keepLast };
                string name = surname + given;
                string masked = Mask.PersonName(name, options);
                int shown = masked.Count(c => c != '*');
                int plain = Mask.PersonName(name, options with { KeepCompoundSurnames = false }).Count(c => c != '*');
                bool known = CompoundSurnames.StartsName(name);
                bool holds = masked.Length == name.Length
                    && shown == plain
                    && (!known || masked.StartsWith(surname, StringComparison.Ordinal));
                return holds.Classify(known, "in the table").Collect(name.Length);
            });
}
