using System.Globalization;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>Messages formatted when first read are the messages formatted at once; clean rows carry no findings.</summary>
public class FindingMessageTests
{
    private static string Header => "姓名,证件类型,证件号码,手机号,邮箱\n";

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void EveryFindingsMessageIsTheTemplateFilledWithItsArguments(string cultureName)
    {
        CultureInfo culture = CultureInfo.GetCultureInfo(cultureName);
        string badId = Id1[..17] + (Id1[17] == '1' ? "2" : "1");
        (List<RosterRow> rows, _) = Check(
            Csv(Header + $"张,居民身份证,{badId},12345,not-an-email\n,,,,\n李四,护照,{Id2},13800138000\n王五,居民身份证,{Id1},13800138000,a@qq.con\n王五,居民身份证,{Id1},13800138000,b@example.com\n"),
            options: new RosterOptions { Culture = culture, MaxDegreeOfParallelism = 2 });
        List<RosterFinding> findings = [.. rows.SelectMany(r => r.Findings)];
        Assert.True(findings.Count >= 6, string.Join("; ", findings.Select(f => f.ErrorCode)));
        Assert.All(findings, f => Assert.Equal(RosterMessages.GetMessage(f.ErrorCode, f.Arguments, culture), f.Message));
    }

    [Fact]
    public void TheMessageIsTheSameFromEveryThreadAndAfterACopy()
    {
        RosterFinding finding = RosterFinding.Create(RosterColumn.IdNumber, RosterErrorCodes.DuplicateIdNumber, En, RosterSeverity.Error, ("FirstRow", 7));
        string[] messages = new string[8];
        Parallel.For(0, messages.Length, i => messages[i] = finding.Message);
        Assert.All(messages, m => Assert.Equal(messages[0], m));
        Assert.Contains("7", messages[0], StringComparison.Ordinal);
        RosterFinding copy = finding with { };
        Assert.Equal(finding, copy);
        Assert.Equal(finding.GetHashCode(), copy.GetHashCode());
        Assert.Equal("replaced", (finding with { Message = "replaced" }).Message);
        Assert.NotEqual(finding, finding with { Message = "replaced" });
    }

    [Fact]
    public void AFindingMadeWithItsMessageKeepsIt()
    {
        var arguments = new Dictionary<string, object?> { ["PropertyName"] = "x" };
        var finding = new RosterFinding(null, "Custom", RosterSeverity.Warning, "as given", arguments);
        Assert.Equal("as given", finding.Message);
        Assert.Equal(new RosterFinding(null, "Custom", RosterSeverity.Warning, "as given", arguments), finding);
    }

    [Fact]
    public void CleanRowsHaveNoFindingsAndLongCellsAreStillCutForTheReport()
    {
        string longEmail = new string('a', 300) + "@example.com";
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(Header + $"张三,居民身份证,{Id1},13800138000,a@example.com\n李四,居民身份证,{Id2},,{longEmail}\n"));
        Assert.Empty(rows[0].Findings);
        Assert.Equal("a@example.com", rows[0].GetValue(RosterColumn.Email));
        Assert.Equal(RosterRow.MaxShownLength + 1, rows[1].GetValue(RosterColumn.Email)!.Length);
        Assert.EndsWith("…", rows[1].GetValue(RosterColumn.Email), StringComparison.Ordinal);
        Assert.Equal("李四", rows[1].GetValue(RosterColumn.Name));
        Assert.Equal(2, summary.Rows);
    }
}
