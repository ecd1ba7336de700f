using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

public class XlsxTests
{
    /// <summary>A workbook's text cells are the reader's strings: a batch used again must not show an earlier row's strings in a row without them.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RowsOfManyBatchesKeepTheirOwnCells(int parallelism)
    {
        int rows = (Roster.BatchSize * 3) + 7;
        // Short: every 97th row, and the first row of every other batch (after a batch whose first row was long).
        bool Short(int i) => (i % 97 == 0 && i % Roster.BatchSize != 0) || i % (2 * Roster.BatchSize) == Roster.BatchSize;
        IEnumerable<object?[]> body = Enumerable.Range(0, rows).Select(i => Short(i)
            ? new object?[] { $"张{i}", $"11010519491231002X", null, null }
            : new object?[] { $"张{i}", $"11010519491231002X", $"138{i:D8}", $"u{i}@example.com" });
        byte[] file = Xlsx([["姓名", "证件号码", "手机号", "邮箱"], .. body]);
        (List<RosterRow> read, _) = Check(file, RosterFormat.Xlsx, new RosterOptions { Culture = En, MaxDegreeOfParallelism = parallelism, FindDuplicates = false });
        Assert.Equal(rows, read.Count);
        for (int i = 0; i < rows; i++)
        {
            Assert.Equal($"张{i}", read[i].Values[(int)RosterColumn.Name]);
            Assert.Equal(Short(i) ? null : $"u{i}@example.com", read[i].Values[(int)RosterColumn.Email]);
            Assert.Equal(Short(i) ? null : $"138{i:D8}", read[i].Values[(int)RosterColumn.MobileNumber]);
        }
    }

    [Fact]
    public void WorkbookRowsAreCheckedWithTheirSheetRowNumbers()
    {
        byte[] file = Xlsx(
        [
            ["姓名", "证件号码", "手机号"],
            ["张三", Id1, "13800138000"],
            [null, null, null],
            ["李四", "bad", 13900139000d],
        ]);
        (List<RosterRow> rows, RosterSummary summary) = Check(file, RosterFormat.Xlsx);
        Assert.Equal([2, 3, 4], rows.Select(r => r.RowNumber));
        Assert.True(rows[0].IsValid);
        Assert.Contains(RosterErrorCodes.EmptyRow, Codes(rows[1]));
        Assert.Equal("13900139000", rows[2].MobileNumber);
        Assert.False(rows[2].IsValid);
        Assert.Null(summary.Encoding);
    }

    [Fact]
    public void AnIdNumberStoredAsANumberIsExplained()
    {
        byte[] file = Xlsx([["姓名", "证件号码"], ["张三", 110105194912310021d]]);
        (List<RosterRow> rows, _) = Check(file, RosterFormat.Xlsx);
        Assert.Contains(RosterErrorCodes.NumberStoredAsNumber, Codes(rows[0]));
    }

    [Fact]
    public void AWorkbookTextCellIsCheckedForLineBreaksAndUndecodableText()
    {
        // A workbook's text cells come as strings, not as characters in the batch's buffer: they are searched on their own.
        byte[] file = Xlsx([["姓名", "证件号码"], ["张\n三", Id1], ["李\uFFFD", Id2], ["王五", Id3]]);
        (List<RosterRow> rows, _) = Check(file, RosterFormat.Xlsx);
        Assert.Contains(RosterErrorCodes.LineBreakInCell, Codes(rows[0]));
        Assert.Contains(RosterErrorCodes.UndecodableText, Codes(rows[1]));
        Assert.True(rows[2].IsValid);
    }
}
