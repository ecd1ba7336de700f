using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

public class ComparisonTests
{
    private static List<ComparisonRow> Compare(string registrations, string roster) =>
        [.. RosterComparison.Compare(new MemoryStream(Csv(registrations)), RosterFormat.Csv, new MemoryStream(Csv(roster)), RosterFormat.Csv, new RosterOptions { Culture = En })];

    private static ComparisonRow One(string registeredName, string registeredId, string rosterName, string rosterId)
    {
        List<ComparisonRow> rows = Compare($"姓名,证件号码\n{registeredName},{registeredId}\n", $"姓名,证件号码\n{rosterName},{rosterId}\n");
        return Assert.Single(rows);
    }

    [Fact]
    public void TheSameRowIsSame()
    {
        ComparisonRow row = One("张三", Id1, "张三", Id1);
        Assert.Equal(ComparisonStatus.Same, row.Status);
        Assert.Empty(row.Findings);
        Assert.Equal(2, row.RegistrationRow);
        Assert.Equal(2, row.RosterRow);
    }

    [Fact]
    public void FullWidthDigitsInTheIdNumberAreExplained()
    {
        string fullWidth = string.Concat(Id1.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c));
        ComparisonRow row = One("张三", fullWidth, "张三", Id1);
        Assert.Equal(ComparisonStatus.Mismatch, row.Status);
        RosterFinding finding = Assert.Single(row.Findings);
        Assert.Equal(RosterErrorCodes.IdNumberTypedDifferently, finding.ErrorCode);
        Assert.Contains("full-width", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpacesInTheIdNumberAreExplained()
    {
        ComparisonRow row = One("张三", $"{Id1[..6]} {Id1[6..14]} {Id1[14..]}", "张三", Id1);
        RosterFinding finding = Assert.Single(row.Findings);
        Assert.Equal(RosterErrorCodes.IdNumberTypedDifferently, finding.ErrorCode);
        Assert.Contains("spaces", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FifteenAgainstEighteenDigitsIsExplained()
    {
        ComparisonRow row = One("张三", "110105491231002", "张三", Id1);
        Assert.Equal(RosterErrorCodes.IdNumberFirstGeneration, Assert.Single(row.Findings).ErrorCode);
    }

    [Fact]
    public void OneDigitOffIsFoundByNameAndNamed()
    {
        string off = Id2[..10] + (Id2[10] == '0' ? '1' : '0') + Id2[11..];
        ComparisonRow row = One("李四", off, "李四", Id2);
        Assert.Equal(2, row.RosterRow);
        RosterFinding finding = Assert.Single(row.Findings);
        Assert.Equal(RosterErrorCodes.IdNumberOneDigitOff, finding.ErrorCode);
        Assert.Equal(11, finding.Arguments["Position"]);
    }

    [Fact]
    public void ADotVariantInTheNameIsExplained()
    {
        ComparisonRow row = One("阿沛•阿旺晋美", Id1, "阿沛·阿旺晋美", Id1);
        RosterFinding finding = Assert.Single(row.Findings);
        Assert.Equal(RosterErrorCodes.NameTypedDifferently, finding.ErrorCode);
        Assert.Contains("dot", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpacesInTheNameAreExplained()
    {
        ComparisonRow row = One("张 三", Id1, "张三", Id1);
        Assert.Equal(RosterErrorCodes.NameTypedDifferently, Assert.Single(row.Findings).ErrorCode);
    }

    [Fact]
    public void FullWidthLettersInALatinNameAreExplained()
    {
        ComparisonRow row = One("ＪＯＨＮ ＳＭＩＴＨ", Id1, "JOHN SMITH", Id1);
        RosterFinding finding = Assert.Single(row.Findings);
        Assert.Equal(RosterErrorCodes.NameTypedDifferently, finding.ErrorCode);
        Assert.Contains("full-width", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVariantCharacterIsExplained()
    {
        ComparisonRow row = One("張三", Id1, "张三", Id1);
        Assert.Equal(RosterErrorCodes.NameVariant, Assert.Single(row.Findings).ErrorCode);
    }

    [Fact]
    public void ARareCharacterReplacedByALookAlikeIsExplained()
    {
        // Find a rare character and a common suggestion for it from the repertoire itself.
        (int rare, int common) = FindRareWithSuggestion();
        string registered = "王" + char.ConvertFromUtf32(rare);
        string roster = "王" + char.ConvertFromUtf32(common);
        ComparisonRow row = One(registered, Id1, roster, Id1);
        RosterFinding finding = Assert.Single(row.Findings);
        Assert.Equal(RosterErrorCodes.NameRareCharacterReplaced, finding.ErrorCode);
        Assert.True(RosterComparison.RareCharacterReplaced(registered, roster));
        Assert.True(RosterComparison.RareCharacterReplaced(registered, "王?"));
        Assert.False(RosterComparison.RareCharacterReplaced("王五", "王六"));
    }

    private static (int Rare, int Common) FindRareWithSuggestion()
    {
        for (int cp = 0x3400; cp < 0x9FFF; cp++)
        {
            if (HanziRepertoire.GetTier(cp) >= HanziTier.ExtensionA && HanziRepertoire.GetSuggestions(cp).Length > 0)
            {
                int common = HanziRepertoire.GetSuggestions(cp)[0];
                if (HanziRepertoire.GetTier(common) is HanziTier.Gb2312 or HanziTier.GeneralStandard)
                {
                    return (cp, common);
                }
            }
        }

        throw new InvalidOperationException("no rare character with a suggestion");
    }

    [Fact]
    public void UnmatchedRowsOnEitherSideAreListed()
    {
        List<ComparisonRow> rows = Compare($"姓名,证件号码\n张三,{Id1}\n王五,{Id3}\n", $"姓名,证件号码\n张三,{Id1}\n李四,{Id2}\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal(ComparisonStatus.Same, rows[0].Status);
        Assert.Equal(ComparisonStatus.NotInRoster, rows[1].Status);
        Assert.Equal(RosterErrorCodes.NotInRoster, Assert.Single(rows[1].Findings).ErrorCode);
        Assert.Equal(ComparisonStatus.NotRegistered, rows[2].Status);
        Assert.Equal(3, rows[2].RosterRow);
    }

    [Fact]
    public void RowsSharingANumberOrANameAreJoinedInFileOrder()
    {
        // The roster lists one number three times and one name four times. A registration of the number takes the first
        // roster row not yet joined, then the first again once all are; one found by name takes the nearest number, the
        // first in file order among equals and an unjoined row before a joined one; a name key drops spaces, dots and case.
        string off = Id2[..10] + (Id2[10] == '0' ? '1' : '0') + Id2[11..];
        string farther = Id2[..8] + (Id2[8] == '0' ? '1' : '0') + (Id2[9] == '0' ? '1' : '0') + Id2[10..]; // three digits from it
        string roster = $"姓名,证件号码\n张三,{Id1}\n张三,{Id1}\n张三,{Id1}\n李四,{Id3}\n李四,{farther}\n李四,{Id2}\n李四,{Id2}\n"
            + $"Anna Li,{Id3}\n阿卜杜·热合曼,{Id3}\n";
        string registrations = $"姓名,证件号码\n张三,{Id1}\n张三,{Id1}\n张三,{Id1}\n张三,{Id1}\n李四,{off}\n李四,{off}\nanna·LI,{off}\n阿卜杜热合曼,{off}\n";

        List<ComparisonRow> rows = Compare(registrations, roster);

        Assert.Equal([2, 3, 4, 2, 7, 8, 9, 10], rows.Take(8).Select(r => r.RosterRow));
        Assert.Equal(RosterErrorCodes.IdNumberOneDigitOff, Assert.Single(rows[4].Findings).ErrorCode);
        Assert.Equal([5, 6], rows.Skip(8).Select(r => r.RosterRow));
        Assert.All(rows.Skip(8), r => Assert.Equal(ComparisonStatus.NotRegistered, r.Status));
    }

    [Fact]
    public void MissingStreamsAreRefused()
    {
        var file = new MemoryStream(Csv("姓名,证件号码\n"));
        Assert.Throws<ArgumentNullException>(() => RosterComparison.Compare(null!, RosterFormat.Csv, file, RosterFormat.Csv));
        Assert.Throws<ArgumentNullException>(() => RosterComparison.Compare(file, RosterFormat.Csv, null!, RosterFormat.Csv));
    }

    [Fact]
    public void ADifferentNumberUnderTheSameNameIsNamed()
    {
        ComparisonRow row = One("张三", Id1, "张三", Id3);
        Assert.Equal(RosterErrorCodes.IdNumberDiffers, Assert.Single(row.Findings).ErrorCode);
    }

    [Fact]
    public void MessagesAreInChineseForAChineseCulture()
    {
        List<ComparisonRow> rows = [.. RosterComparison.Compare(new MemoryStream(Csv($"姓名,证件号码\n張三,{Id1}\n")), RosterFormat.Csv,
            new MemoryStream(Csv($"姓名,证件号码\n张三,{Id1}\n")), RosterFormat.Csv, new RosterOptions { Culture = Zh })];
        Assert.Contains("异体字", rows[0].Findings[0].Message, StringComparison.Ordinal);
    }
}
