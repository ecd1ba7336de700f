using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>
/// The rows the check accepts as typed (their values kept as the reader's characters until read) against the full check
/// of every row: the same values, canonical values, findings and counts, row by row.
/// </summary>
public class AsTypedRowTests
{
    private const string Header = "姓名,证件类型,证件号码,手机号,邮箱\n";

    private static readonly RosterOptions Full = new() { Culture = En, AcceptAsTyped = false };

    private static readonly string[] ValidIds = [Id1, Id2, Id3, MakeId("81000019900101001"), MakeId("91144019900101001")];

    // Each cell valid as typed, or one of the ways it is not: another spelling of a valid value, an invalid value, empty.
    private static readonly string[] NameCells = ["张三", "欧阳娜娜", "李四", "张𠮷", "阿沛·阿旺晋美", " 王五", "John Smith", "张3", ""];
    private static readonly string[] TypeCells = ["", "", "居民身份证", "居民身份证", "身份证", "港澳台居民居住证", "护照", "驾驶证", " "];
    private static readonly string[] OtherIds = ["11010519491231002x", "110105491231002", "１１０１０５１９４９１２３１００２Ｘ", "110105194912310021", "1101051949 1231002X", "E12345678", "", "12345"];
    private static readonly string[] MobileCells = ["13800138000", "13900139000", "", "", " ", "138 0013 8000", "+8613800138000", "1380013800", "12345678901"];
    private static readonly string[] EmailCells = ["", "", "u@example.com", "v.w@example.org", "U@Example.COM", " u@example.com", "u@@example.com", "用户@例子.中国"];

    private static Gen<string> Line =>
        Gen.Frequency(
            (1, Gen.Constant(",,,,")),
            (1, Gen.Constant("张三,,")), // ragged
            (1, from id in Gen.Elements(ValidIds) select $"张三,,{id},13800138000,,extra"),
            (8, from name in Gen.Elements(NameCells[..3])
                from type in Gen.Elements("", "居民身份证")
                from id in Gen.Elements(ValidIds[..3])
                from mobile in Gen.Elements(MobileCells[..3])
                from email in Gen.Elements(EmailCells[..4])
                select $"{name},{type},{id},{mobile},{email}"),
            (16, from name in Gen.Frequency((3, Gen.Elements(NameCells[..3])), (2, Gen.Elements(NameCells)))
                 from type in Gen.Elements(TypeCells)
                 from id in Gen.Frequency((3, Gen.Elements(ValidIds)), (1, Gen.Elements(OtherIds)))
                 from mobile in Gen.Elements(MobileCells)
                 from email in Gen.Elements(EmailCells)
                 select $"{name},{type},{id},{mobile},{email}"));

    /// <summary>Lines, and in one file of seven a cell with a line break somewhere (then the batch is checked in full).</summary>
    private static Gen<string[]> Files =>
        from lines in Gen.ListOf(Line)
        from broken in Gen.Frequency((6, Gen.Constant(-1)), (1, Gen.Choose(0, lines.Count)))
        select broken < 0 ? lines.ToArray() : [.. lines.Take(broken), $"\"张\n三\",,{Id1},,", .. lines.Skip(broken)];

    /// <summary>A row as text: everything a caller can read of it.</summary>
    private static string Describe(RosterRow row) =>
        $"{row.RowNumber} {row.CertificateType} [{string.Join("|", row.Values)}] {row.Name}/{row.IdNumber}/{row.MobileNumber}/{row.Email} "
        + string.Join("; ", row.Findings.Select(f => f.ErrorCode + "(" + string.Join(",", f.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)) + ")" + f.Message));

    [Property(MaxTest = 200)]
    public Property RowsReadAsTextAreThoseOfTheFullCheck() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Elements(1, 2).ToArbitrary(), (lines, parallelism) =>
        {
            byte[] file = Csv(Header + string.Join("\n", lines) + "\n");
            (List<RosterRow> full, RosterSummary fullSummary) = Check(file, options: Full with { MaxDegreeOfParallelism = parallelism });
            (List<RosterRow> rows, RosterSummary summary) = Check(file, options: new RosterOptions { Culture = En, MaxDegreeOfParallelism = parallelism });
            int asText = rows.Count(r => r.ReadAsText);
            if (full.Any(r => r.ReadAsText))
            {
                return false.Label("the full check read a row as text");
            }

            bool same = full.Select(Describe).SequenceEqual(rows.Select(Describe))
                && fullSummary.Rows == summary.Rows && fullSummary.ValidRows == summary.ValidRows
                && fullSummary.CountsByCode.SequenceEqual(summary.CountsByCode);
            return same.Label(string.Join(" || ", full.Select(Describe).Zip(rows.Select(Describe)).Where(p => p.First != p.Second).Take(2)))
                .Classify(asText > 0, "some rows read as text")
                .Classify(asText < rows.Count, "some rows checked in full")
                .Classify(rows.Any(r => r.ReadAsText && r.Findings.Any(f => f.ErrorCode is RosterErrorCodes.DuplicateIdNumber or RosterErrorCodes.DuplicateMobileNumber)), "a duplicate on a row read as text")
                .Classify(rows.Any(r => r.ReadAsText && r.IsAsTyped(RosterColumn.Name) && !r.IsAsTyped(RosterColumn.IdNumber)), "a name as typed beside a number checked in full")
                .Classify(rows.Any(r => r.ReadAsText && !r.IsAsTyped(RosterColumn.Name) && r.IsAsTyped(RosterColumn.IdNumber)), "a number as typed beside a name checked in full")
                .Classify(rows.Any(r => r.IsAsTyped(RosterColumn.IdNumber) && r.CertificateType != CertificateType.ResidentIdCard), "another type accepted as typed")
                .Classify(rows.Any(r => r.IsAsTyped(RosterColumn.Email)), "an email accepted as typed")
                .Classify(lines.Any(l => l.Contains('\n', StringComparison.Ordinal)), "a line break in a cell")
                .Collect(rows.Count == 0 ? "no rows" : $"{asText * 100 / rows.Count / 25 * 25}%+ of the rows read as text");
        });

    /// <summary>The blank-cell test's shortcuts (printable ASCII, past U+3000) agree with <see cref="char.IsWhiteSpace(char)"/> on every UTF-16 unit.</summary>
    [Fact]
    public void ABlankCellIsWhiteSpaceOnly()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char unit = (char)c;
            Assert.Equal(char.IsWhiteSpace(unit), RowBatch.IsBlank([unit]));
            Assert.Equal(char.IsWhiteSpace(unit), RowBatch.IsBlank([' ', '\u3000', unit]));
        }

        Assert.True(RowBatch.IsBlank([]));
        Assert.False(RowBatch.IsBlank("\u3000张"));
    }

    [Fact]
    public void ARowAcceptedAsTypedMakesItsStringsWhenRead()
    {
        byte[] file = Csv(Header + $"张三,居民身份证,{Id1},13800138000,u@example.com\n张三,,{Id1.ToLowerInvariant()},13800138000,\n");
        (List<RosterRow> rows, _) = Check(file, options: new RosterOptions { Culture = En, FindDuplicates = false });
        Assert.True(rows[0].ReadAsText);
        Assert.All(Enum.GetValues<RosterColumn>().Where(c => c != RosterColumn.CertificateType), c => Assert.True(rows[0].IsAsTyped(c)));
        Assert.True(rows[1].IsAsTyped(RosterColumn.Name));
        Assert.False(rows[1].IsAsTyped(RosterColumn.IdNumber)); // a lower-case x: the rule gives its canonical form
        Assert.Equal(["张三", "居民身份证", Id1, "13800138000", "u@example.com"], rows[0].Values);
        Assert.Same(rows[0].Values[2], rows[0].IdNumber);
        Assert.Equal(Id1, rows[1].IdNumber);
        Assert.Empty(rows[0].Findings);

        // A copy with a value set keeps that value, and the others.
        RosterRow renamed = rows[0] with { Name = "李四" };
        Assert.Equal("李四", renamed.Name);
        Assert.Equal(Id1, renamed.IdNumber);
        Assert.Equal("张三", renamed.Values[0]);
        Assert.NotEqual(rows[0], renamed);
        Assert.Equal(rows[0], rows[0] with { });
    }

    /// <summary>
    /// Rows of many batches, read after the whole file: a batch read into again must leave the characters its earlier
    /// rows keep, and a short row must not show the cells of the row before it in that place of the batch.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RowsKeepTheirOwnCellsAcrossBatches(int parallelism)
    {
        const int Rows = (Roster.BatchSize * 3) + 7;
        var text = new System.Text.StringBuilder(Header);
        var ids = new string[Rows];
        for (int i = 0; i < Rows; i++)
        {
            ids[i] = MakeId($"11010519{80 + (i / 365 % 20)}{1 + (i / 28 % 12):D2}{1 + (i % 28):D2}{i % 1000:D3}");
            // Every 97th row of a later batch is short: no mobile number, no email.
            text.Append(i > Roster.BatchSize && i % 97 == 0 ? $"张三,,{ids[i]}\n" : $"张三,,{ids[i]},138{i:D8},u{i}@example.com\n");
        }

        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(text.ToString()), options: new RosterOptions { Culture = En, MaxDegreeOfParallelism = parallelism, FindDuplicates = false });
        Assert.Equal(Rows, rows.Count);
        for (int i = 0; i < Rows; i++)
        {
            bool shortRow = i > Roster.BatchSize && i % 97 == 0;
            Assert.Equal(ids[i], rows[i].IdNumber);
            Assert.Equal(shortRow ? null : $"138{i:D8}", rows[i].Values[(int)RosterColumn.MobileNumber]);
            Assert.Equal(shortRow ? null : $"u{i}@example.com", rows[i].Email);
        }

        Assert.True(rows.Count(r => r.ReadAsText) > Rows * 9 / 10);
        Assert.Equal(Enumerable.Range(0, Rows).Count(i => i > Roster.BatchSize && i % 97 == 0), summary.CountsByCode[RosterErrorCodes.MissingCells]);
    }

    [Fact]
    public void ABatchOfLongCellsGrowsItsBufferAndCutsEachCellShown()
    {
        // 40 rows whose two long cells (4,000 characters each) overflow a batch's first buffer; both are cut for the report.
        string longName = new('张', 4000);
        string longMail = new string('a', 3990) + "@example.com";
        var text = new System.Text.StringBuilder(Header);
        for (int i = 0; i < 40; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{longName},,{Id1},,{longMail}\n");
        }

        (List<RosterRow> rows, _) = Check(Csv(text.ToString()), options: new RosterOptions { Culture = En, FindDuplicates = false });
        Assert.Equal(40, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(longName[..RosterRow.MaxShownLength] + "…", r.Values[(int)RosterColumn.Name]);
            Assert.Equal(longMail[..RosterRow.MaxShownLength] + "…", r.Values[(int)RosterColumn.Email]);
            Assert.Equal(Id1, r.IdNumber);
        });
    }

    [Fact]
    public void AnEmptyCellIsAnEmptyValueAndAMissingOneNone()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + $"张三,,{Id1},,\n李四,,\n"), options: new RosterOptions { Culture = En });
        Assert.Equal(string.Empty, rows[0].Values[(int)RosterColumn.MobileNumber]);
        Assert.Equal(string.Empty, rows[0].Values[(int)RosterColumn.Email]);
        Assert.Equal(string.Empty, rows[1].Values[(int)RosterColumn.IdNumber]);
        Assert.Null(rows[1].Values[(int)RosterColumn.Email]);
    }

    [Fact]
    public void AFirstGenerationNumberIsJoinedOnItsUpgradeWhenAllowed()
    {
        var options = new RosterOptions
        {
            Culture = En,
            CertificateNumber = new CertificateNumberOptions { IdNumber = new IdNumberOptions { AllowFirstGeneration = true } },
        };
        (List<RosterRow> rows, _) = Check(Csv(Header + $"张三,,110105491231002,,\n张三,,{Id1},,\n"), options: options);
        Assert.True(rows[0].IsValid);
        Assert.Equal(Id1, rows[0].IdNumber); // the upgrade, so that the next row is its duplicate
        Assert.Equal("110105491231002", rows[0].Values[(int)RosterColumn.IdNumber]);
        Assert.Contains(RosterErrorCodes.DuplicateIdNumber, Codes(rows[1]));
    }
}
