using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>The cell separator of a CSV roster: detected from the header line, or chosen.</summary>
public class DelimiterTests
{
    private static readonly string[][] Records =
    [
        ["姓名", "证件类型", "证件号码", "手机号", "邮箱"],
        ["张三", "居民身份证", Id1, "13800138000", "zhang@example.com"],
        ["李四", "", Id2, "", ""],
        ["MÜLLER", "护照", "E12345678", "", "anna@example.de"],
    ];

    /// <summary>The records as CSV with <paramref name="delimiter"/>; a cell holding the delimiter is quoted (RFC 4180).</summary>
    private static byte[] Join(char delimiter) =>
        Csv(string.Concat(Records.Select(r => string.Join(delimiter, r.Select(c => c.Contains(delimiter, StringComparison.Ordinal) ? $"\"{c}\"" : c)) + "\r\n")));

    private static IEnumerable<string?[]> Cells(IEnumerable<RosterRow> rows) => rows.Select(r => r.Values.ToArray());

    [Theory]
    [InlineData(';')] // spreadsheet exports in locales with a decimal comma (de-DE, fr-FR, ...)
    [InlineData('\t')] // "Unicode text" / tab-separated exports
    [InlineData('|')]
    [InlineData(',')]
    public void TheDelimiterIsDetectedFromTheHeaderLine(char delimiter)
    {
        (List<RosterRow> expected, _) = Check(Join(','));
        (List<RosterRow> rows, RosterSummary summary) = Check(Join(delimiter));
        Assert.Equal(Cells(expected), Cells(rows));
        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Findings.Select(f => f.Message))));
        Assert.Equal(5, summary.Columns.Count);
        Assert.DoesNotContain(rows, r => r.Findings.Any(f => f.ErrorCode is RosterErrorCodes.MissingCells or RosterErrorCodes.ExtraCells));
    }

    [Fact]
    public void ASemicolonFileKeepsCommasInsideItsCells()
    {
        // A European export: semicolons between cells, a decimal comma and a quoted semicolon inside cells.
        byte[] file = Csv($"姓名;证件号码;手机号;备注\r\n张三;{Id1};13800138000;1,5\r\n李四;{Id2};;\"a;b\"\r\n");
        (List<RosterRow> rows, _) = Check(file);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Findings.Select(f => f.Message))));
        Assert.Equal(Id1, rows[0].IdNumber);
        Assert.Equal(Id2, rows[1].IdNumber);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void A1MegabyteCellInADetectedFileKeepsEveryRow(char delimiter)
    {
        string d = delimiter.ToString();
        byte[] file = Csv(string.Join(d, "姓名", "证件号码", "备注") + "\n"
            + string.Join(d, "张三", Id1, new string('长', 1 << 20)) + "\n"
            + string.Join(d, "李四", Id2, "") + "\n");
        (List<RosterRow> rows, RosterSummary summary) = Check(file);
        Assert.Equal([2, 3], rows.Select(r => r.RowNumber));
        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Findings.Select(f => f.Message))));
        Assert.Equal(2, summary.Rows);
    }

    [Fact]
    public void AChosenDelimiterWinsOverDetection()
    {
        // The header line has as many commas as semicolons (a quoted header with a comma): detection takes the comma.
        byte[] file = Csv($"\"姓名,全名\";证件号码\n张三;{Id1}\n");
        var options = new RosterOptions { Culture = En, ColumnNames = new Dictionary<RosterColumn, string> { [RosterColumn.Name] = "姓名,全名" } };
        (List<RosterRow> detected, _) = Check(file, options: options);
        Assert.False(detected[0].IsValid);

        (List<RosterRow> chosen, RosterSummary summary) = Check(file, options: options with { Delimiter = ';' });
        Assert.True(chosen[0].IsValid, string.Join("; ", chosen[0].Findings.Select(f => f.Message)));
        Assert.Equal("姓名,全名", summary.Columns[RosterColumn.Name]);
    }

    [Fact]
    public void AChosenCommaReadsACommaFileAsBefore()
    {
        (List<RosterRow> rows, _) = Check(Join(','), options: new RosterOptions { Culture = En, Delimiter = ',' });
        Assert.All(rows, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void ATabFileReadWithACommaIsOneColumn()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Join('\t'), options: new RosterOptions { Culture = En, Delimiter = ',' });
        Assert.Equal(3, rows.Count);
        Assert.Contains(summary.FileFindings, f => f.ErrorCode == RosterErrorCodes.MissingColumn);
    }

    [Fact]
    public void AWorkbookIgnoresTheDelimiter()
    {
        byte[] file = Xlsx(Records);
        (List<RosterRow> rows, _) = Check(file, RosterFormat.Xlsx, new RosterOptions { Culture = En, Delimiter = ';' });
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsValid));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('Z')]
    [InlineData('0')]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData('\0')]
    [InlineData('\u007F')]
    [InlineData('，')] // full-width comma: the reader splits on ASCII characters only
    [InlineData('\uD800')]
    public void AnUnusableDelimiterIsRejectedWhenTheOptionsAreMade(char delimiter)
    {
        Assert.False(RosterOptions.IsValidDelimiter(delimiter));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RosterOptions { Delimiter = delimiter });
        Assert.Equal(nameof(RosterOptions.Delimiter), e.ParamName);
    }

    [Fact]
    public void NullMeansDetect() => Assert.Null(new RosterOptions { Delimiter = null }.Delimiter);

    private static readonly char[] Usable = [.. Enumerable.Range(0, 128).Select(i => (char)i).Where(RosterOptions.IsValidDelimiter)];

    [Property(MaxTest = 200)]
    public Property Any_usable_delimiter_chosen_reads_the_same_rows_as_commas() =>
        Prop.ForAll(Gen.Elements(Usable).ToArbitrary(), delimiter =>
        {
            (List<RosterRow> expected, _) = Check(Join(','));
            (List<RosterRow> rows, _) = Check(Join(delimiter), options: new RosterOptions { Culture = En, Delimiter = delimiter });
            bool same = Cells(expected).SelectMany(c => c).SequenceEqual(Cells(rows).SelectMany(c => c)) && rows.All(r => r.IsValid);
            bool quoted = Records.Any(r => r.Any(c => c.Contains(delimiter, StringComparison.Ordinal)));
            return same.Classify(quoted, "a cell quoted").Classify(char.IsPunctuation(delimiter), "punctuation").Classify(char.IsSymbol(delimiter), "symbol")
                .Classify(char.IsWhiteSpace(delimiter), "space or tab");
        });

    [Property(MaxTest = 1000)]
    public Property Every_character_is_either_a_usable_delimiter_or_rejected_by_the_options() =>
        Prop.ForAll(Gen.Choose(0, 0xFFFF).Select(i => (char)i).ToArbitrary(), c =>
        {
            bool accepted;
            try
            {
                accepted = new RosterOptions { Delimiter = c }.Delimiter == c;
            }
            catch (ArgumentOutOfRangeException)
            {
                accepted = false;
            }

            return (accepted == RosterOptions.IsValidDelimiter(c)).Classify(c < 128, "ASCII").Classify(accepted, "accepted");
        });
}
