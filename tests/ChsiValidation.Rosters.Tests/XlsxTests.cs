using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

public class XlsxTests
{
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
