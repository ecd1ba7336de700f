using System.Text;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>Bad files never throw and never lose a row: the report has one row per record after the header.</summary>
public class DefectiveFileTests
{
    private const string Header = "姓名,证件号码,手机号\n";

    public static TheoryData<string, byte[], int> Defects() => new()
    {
        // name, file, records after the header as a spreadsheet shows them
        { "ragged rows", Csv(Header + $"张三\n李四,{Id1},13800138000,extra,more\n王五,{Id2},13900139000\n"), 3 },
        { "unbalanced quote", Csv(Header + $"张三,\"{Id1},13800138000\n李四,{Id2},13900139000\n"), 1 },
        { "quote inside a bare cell", Csv(Header + $"张\"三,{Id1},13800138000\n李四,{Id2},13900139000\n"), 2 },
        { "text after a closing quote", Csv(Header + $"\"张三\"x,{Id1},13800138000\n李四,{Id2},13900139000\n"), 2 },
        { "blank lines", Csv(Header + $"\n张三,{Id1},\n\n\n李四,{Id2},\n"), 5 },
        { "GB18030 bytes forced as UTF-8 elsewhere", Gb18030.GetBytes(Header + $"张三,{Id1},\n"), 1 },
        { "invalid UTF-8 bytes", [.. Encoding.UTF8.GetBytes(Header), 0xC3, 0x28, 0xFF, (byte)',', .. Encoding.UTF8.GetBytes(Id1 + "\n")], 1 },
        { "a 1 MB cell", Csv(Header + new string('张', 1 << 20) + $",{Id1},\n李四,{Id2},\n"), 2 },
        { "a 1 MB ID cell", Csv(Header + $"张三,{new string('1', 1 << 20)},\n李四,{Id2},\n"), 2 },
        { "header only", Csv(Header), 0 },
        { "no line end", Csv(Header + $"张三,{Id1},13800138000"), 1 },
        { "CR LF and lone CR", Csv(Header.Replace("\n", "\r\n") + $"张三,{Id1},\r\n李四,{Id2},\r\n"), 2 },
        { "a cell starting with #", Csv(Header + $"#张三,{Id1},\n李四,{Id2},\n"), 2 },
        { "NUL and control bytes", Csv(Header + $"张\0三,{Id1},\u0001\n"), 1 },
        { "lone surrogate bytes (CESU)", [.. Encoding.UTF8.GetBytes(Header), 0xED, 0xA0, 0x80, (byte)',', .. Encoding.UTF8.GetBytes(Id1 + ",\n")], 1 },
    };

    [Theory]
    [MemberData(nameof(Defects), DisableDiscoveryEnumeration = true)] // 1 MB cells: serialising them at discovery took half a minute and 500 MB
    public void ReportRowsEqualInputRows(string defect, byte[] file, int records)
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(file);
        Assert.True(records == rows.Count, $"{defect}: {rows.Count} rows reported, {records} expected");
        Assert.Equal(Enumerable.Range(2, records), rows.Select(r => r.RowNumber));
        Assert.Equal(records, summary.Rows);
    }

    [Fact]
    public void RaggedRowsAreNamed()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + $"张三\n李四,{Id1},13800138000,extra\n"));
        Assert.Contains(RosterErrorCodes.MissingCells, Codes(rows[0]));
        Assert.Contains(RosterErrorCodes.ExtraCells, Codes(rows[1]));
        Assert.Equal(4, rows[1].Findings.Single(f => f.ErrorCode == RosterErrorCodes.ExtraCells).Arguments["FieldCount"]);
    }

    [Fact]
    public void AnUnbalancedQuoteIsExplainedOnItsRow()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + $"张三,\"{Id1},13800138000\n李四,{Id2},13900139000\n"));
        Assert.Contains(RosterErrorCodes.LineBreakInCell, Codes(rows[0]));
    }

    [Fact]
    public void UndecodableBytesAreReportedOnTheirRowAndColumn()
    {
        byte[] file = Gb18030.GetBytes($"name,id\n张三,{Id1},\n");
        (List<RosterRow> rows, _) = Check(file, options: new RosterOptions { Culture = En, Encoding = new UTF8Encoding(false) });
        RosterFinding finding = Assert.Single(rows[0].Findings, f => f.ErrorCode == RosterErrorCodes.UndecodableText);
        Assert.Equal(RosterColumn.Name, finding.Column);
    }

    [Fact]
    public void AnUndecodableHeaderIsAFileFinding()
    {
        byte[] file = Gb18030.GetBytes(Header + $"张三,{Id1},\n");
        (List<RosterRow> rows, RosterSummary summary) = Check(file, options: new RosterOptions { Culture = En, Encoding = new UTF8Encoding(false) });
        Assert.Contains(summary.FileFindings, f => f.ErrorCode == RosterErrorCodes.UndecodableText);
        Assert.Contains(RosterErrorCodes.MissingColumn, Codes(rows[0]));
    }

    [Fact]
    public void AnEmptyFileIsAFileFinding()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check([]);
        Assert.Empty(rows);
        Assert.Equal(RosterErrorCodes.EmptyFile, Assert.Single(summary.FileFindings).ErrorCode);
    }

    [Fact]
    public void BlankRowsAreWarningsThatKeepTheNumbering()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + $"\n张三,{Id1},\n"));
        Assert.Equal(RosterErrorCodes.EmptyRow, Assert.Single(rows[0].Findings).ErrorCode);
        Assert.True(rows[0].IsValid);
        Assert.Equal(3, rows[1].RowNumber);
    }

    [Fact]
    public void ARowOfEmptyCellsIsBlank()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + $",,\n , ,\n张三,{Id1},\n"));
        Assert.All(rows.Take(2), r => Assert.Equal(RosterErrorCodes.EmptyRow, Assert.Single(r.Findings).ErrorCode));
        Assert.True(rows[2].IsValid);
    }

    [Fact]
    public void MessagesStartWithACapitalAndNameTheColumnInLowerCase()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + $",{Id1},\n"));
        RosterFinding finding = Assert.Single(rows[0].Findings);
        Assert.Equal("Please enter the name.", finding.Message);
    }

    [Fact]
    public void ARecordBeyondTheBoundStopsReadingOnItsRow()
    {
        var options = new RosterOptions { Culture = En, MaxRecordLength = RosterOptions.MinMaxRecordLength };
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(Header + $"张三,{Id1},\n{new string('x', 200_000)},1,\n李四,{Id2},\n"), options: options);
        Assert.Equal(2, rows.Count);
        Assert.Contains(RosterErrorCodes.UnreadableRecord, Codes(rows[1]));
        Assert.True(summary.Truncated);
    }

    [Fact]
    public void ADamagedWorkbookIsAFileFinding()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip"), RosterFormat.Xlsx);
        Assert.Empty(rows);
        Assert.Equal(RosterErrorCodes.UnreadableFile, Assert.Single(summary.FileFindings).ErrorCode);
    }

    [Fact]
    public void ALongCellIsShownCut()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + new string('张', 1 << 20) + $",{Id1},\n"));
        Assert.Equal(RosterRow.MaxShownLength + 1, rows[0].GetValue(RosterColumn.Name)!.Length);
        Assert.Contains(rows[0].Findings, f => f.Column == RosterColumn.Name);
    }
}
