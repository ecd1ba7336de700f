using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

public class ReportTests
{
    private static readonly byte[] Roster_ = Csv($"姓名,证件号码,手机号\n张三,{Id1},13800138000\n李,{Id1},=1+1\n\n");

    private static byte[] Write(ReportFormat format, RosterOptions? options = null)
    {
        var summary = new RosterSummary();
        options ??= new RosterOptions { Culture = En };
        var output = new MemoryStream();
        RosterReport.Write(Roster.Check(new MemoryStream(Roster_), RosterFormat.Csv, options, summary), output, format, options.Culture, summary);
        return output.ToArray();
    }

    [Fact]
    public void CsvReportHasABomAndOneLinePerRow()
    {
        byte[] bytes = Write(ReportFormat.Csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        string[] lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 3, lines.Length);
        Assert.StartsWith("Row,Result,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2,valid,张三", lines[1], StringComparison.Ordinal);
        Assert.Contains("ChsiRoster.DuplicateIdNumber", lines[2], StringComparison.Ordinal);
        Assert.Contains(",'=1+1,", lines[2], StringComparison.Ordinal); // no formula
        Assert.StartsWith("4,valid,", lines[3], StringComparison.Ordinal); // the blank row is a row
    }

    [Fact]
    public void CsvReportHeadersFollowTheCulture()
    {
        string text = Encoding.UTF8.GetString(Write(ReportFormat.Csv, new RosterOptions { Culture = Zh }));
        Assert.StartsWith("\uFEFF行号,结果,姓名", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesHaveOneObjectPerRowThenTheSummary()
    {
        string[] lines = Encoding.UTF8.GetString(Write(ReportFormat.JsonLines)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3 + 1, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal(2, first.RootElement.GetProperty("row").GetInt32());
        Assert.True(first.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("张三", first.RootElement.GetProperty("values").GetProperty("name").GetString());
        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.Contains(second.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == RosterErrorCodes.DuplicateIdNumber);
        using JsonDocument summary = JsonDocument.Parse(lines[^1]);
        JsonElement s = summary.RootElement.GetProperty("summary");
        Assert.Equal(3, s.GetProperty("rows").GetInt32());
        Assert.Equal(1, s.GetProperty("countsByCode").GetProperty(RosterErrorCodes.DuplicateIdNumber).GetInt32());
    }

    [Fact]
    public void XlsxReportHasTheRowsAndASummarySheet()
    {
        byte[] bytes = Write(ReportFormat.Xlsx);
        var stream = new MemoryStream(bytes);
        Assert.Equal(["report", "summary"], MiniExcel.GetSheetNames(stream));
        List<IDictionary<string, object>> rows = [.. MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "report").Cast<IDictionary<string, object>>()];
        Assert.Equal(3, rows.Count);
        Assert.Equal("张三", rows[0]["Name"]);
        List<IDictionary<string, object>> summary = [.. MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "summary").Cast<IDictionary<string, object>>()];
        Assert.Contains(summary, r => (string)r["item"] == RosterErrorCodes.DuplicateIdNumber);
    }

    [Fact]
    public void ComparisonReportsWriteEveryRow()
    {
        foreach (ReportFormat format in Enum.GetValues<ReportFormat>())
        {
            var output = new MemoryStream();
            IEnumerable<ComparisonRow> rows = RosterComparison.Compare(new MemoryStream(Csv($"姓名,证件号码\n张三,{Id1}\n")), RosterFormat.Csv,
                new MemoryStream(Csv($"姓名,证件号码\n張三,{Id1}\n李四,{Id2}\n")), RosterFormat.Csv, new RosterOptions { Culture = En });
            RosterReport.WriteComparison(rows, output, format, En);
            Assert.True(output.Length > 0);
            if (format == ReportFormat.JsonLines)
            {
                Assert.Equal(3, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }
    }
}
