using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sylvan.Data.Csv;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>
/// A seekable CSV file is read in Sylvan's standard style, and read again in the lax style from its first malformed quote
/// or lone carriage return; a stream that cannot seek is read in the lax style throughout. The rows must be the same
/// either way.
/// </summary>
public class CsvStyleTests
{
    private const string Header = "姓名,证件类型,证件号码,手机号,邮箱\n";

    // Cells well quoted, and every way a quote goes wrong: inside a bare cell, text after a closing quote, a quote left open.
    private static readonly string[] Cells =
    [
        "张三", Id1, "13800138000", "u@example.com", "", "居民身份证",
        "\"张三\"", "\"a,b\"", "\"line\nbreak\"", "\"say \"\"hi\"\"\"",
        "张\"三", "\"张三\"x", "\"open", "x\"", "\"\"",

        // A carriage return without a line feed, which the standard style may keep in the cell where the lax style ends
        // the record.
        "张\r三", "\u9AD8\r\u0007x", "x\r", "\r",
    ];

    private static Gen<string> Line =>
        from count in Gen.Choose(1, 6)
        from cells in Gen.ArrayOf(Gen.Frequency((6, Gen.Elements(Cells[..6])), (3, Gen.Elements(Cells[6..10])), (1, Gen.Elements(Cells[10..]))), count)
        select string.Join(",", cells);

    private static Gen<string> Files => Gen.ListOf(Line).Select(lines => Header + string.Join("\n", lines) + "\n");

    /// <summary>Everything a caller reads of a row.</summary>
    private static string Describe(RosterRow row) =>
        $"{row.RowNumber} [{string.Join("|", row.Values)}] {row.Name}/{row.IdNumber}/{row.MobileNumber}/{row.Email} "
        + string.Join("; ", row.Findings.Select(f => f.ErrorCode + ":" + f.Message));

    private static bool StandardStyleRejects(byte[] file)
    {
        try
        {
            using CsvDataReader reader = CsvDataReader.Create(new StreamReader(new MemoryStream(file)), new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
            while (reader.Read())
            {
            }

            return false;
        }
        catch (CsvFormatException)
        {
            return true;
        }
    }

    [Property(MaxTest = 300)]
    public Property ASeekableFileGivesTheRowsOfTheLaxStyle() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Elements(1, 2).ToArbitrary(), (text, parallelism) =>
        {
            byte[] file = Csv(text);
            var options = new RosterOptions { Culture = En, MaxDegreeOfParallelism = parallelism };
            var seekableSummary = new RosterSummary();
            var laxSummary = new RosterSummary();
            List<string> seekable = [.. Roster.Check(new MemoryStream(file), RosterFormat.Csv, options, seekableSummary).Select(Describe)];
            List<string> lax = [.. Roster.Check(new ForwardOnlyStream(file), RosterFormat.Csv, options, laxSummary).Select(Describe)];
            bool same = seekable.SequenceEqual(lax) && seekableSummary.Rows == laxSummary.Rows && seekableSummary.Truncated == laxSummary.Truncated
                && seekableSummary.CountsByCode.SequenceEqual(laxSummary.CountsByCode);
            return same.Label(string.Join(" || ", seekable.Zip(lax).Where(p => p.First != p.Second).Take(2)) + $" ({seekable.Count} and {lax.Count} rows)")
                .Classify(StandardStyleRejects(file), "read again in the lax style")
                .Classify(text.Contains('"', StringComparison.Ordinal), "quotes")
                .Classify(text.Contains('\r', StringComparison.Ordinal), "a lone carriage return")
                .Classify(seekable.Count > 20, "more than 20 rows");
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AMalformedQuoteAfterManyBatchesKeepsEveryRowOnce(int parallelism)
    {
        // Three batches of good rows, then text after a closing quote: the standard style stops there, the lax one goes on.
        var text = new System.Text.StringBuilder(Header);
        int rows = (Roster.BatchSize * 3) + 5;
        for (int i = 0; i < rows; i++)
        {
            text.Append(i == rows - 3 ? $"\"张三\"x,,{Id1},,\n" : $"张三,,{Id1},,u{i}@example.com\n");
        }

        byte[] file = Csv(text.ToString());
        Assert.True(StandardStyleRejects(file));
        List<RosterRow> read = [.. Roster.Check(new MemoryStream(file), RosterFormat.Csv, new RosterOptions { Culture = En, MaxDegreeOfParallelism = parallelism, FindDuplicates = false })];
        Assert.Equal(Enumerable.Range(2, rows), read.Select(r => r.RowNumber));
        Assert.Equal("张三x", read[rows - 3].Values[0]); // the lax style: the quoted text and the text after it
        Assert.Equal($"u{rows - 1}@example.com", read[^1].Email);
    }
}
