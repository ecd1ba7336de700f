using System.Text;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

public class EncodingTests
{
    private static readonly string Text = $"姓名,证件号码\n张三,{Id1}\n欧阳娜娜,{Id2}\n";

    public static TheoryData<string, byte[], string> Files_() => new()
    {
        { "UTF-8", Csv(Text), "utf-8" },
        { "UTF-8 with BOM", Csv(Text, bom: true), "utf-8" },
        { "GB18030", Gb18030.GetBytes(Text), "GB18030" },
        { "GBK subset", Encoding.GetEncoding(936).GetBytes(Text), "GB18030" },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)], "utf-16" },
    };

    [Theory]
    [MemberData(nameof(Files_))]
    public void EncodingsAreDetected(string name, byte[] file, string expected)
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(file);
        Assert.True(string.Equals(expected, summary.Encoding, StringComparison.OrdinalIgnoreCase), $"{name}: {summary.Encoding}");
        Assert.Equal(["张三", "欧阳娜娜"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void AChosenEncodingWins()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Gb18030.GetBytes(Text), options: new RosterOptions { Culture = En, Encoding = Gb18030 });
        Assert.Equal("张三", rows[0].Name);
        Assert.Equal("GB18030", summary.Encoding, ignoreCase: true);
    }

    [Fact]
    public void DetectionLooksPastAnAsciiStart()
    {
        // 70 KB of ASCII rows before the first Chinese name: detection reads 64 KB, all ASCII, so UTF-8 is assumed,
        // and GB18030 bytes after it are reported as undecodable on their row rather than lost.
        var text = new StringBuilder("name,id\n");
        while (text.Length < 70_000)
        {
            text.Append("Li Lei,").Append(Id1).Append('\n');
        }

        int asciiRows = text.ToString().Count(c => c == '\n') - 1;
        text.Append("张三,").Append(Id2).Append('\n');
        (List<RosterRow> rows, _) = Check(Gb18030.GetBytes(text.ToString()));
        Assert.Equal(asciiRows + 1, rows.Count);
        Assert.Contains(RosterErrorCodes.UndecodableText, Codes(rows[^1]));
    }
}
