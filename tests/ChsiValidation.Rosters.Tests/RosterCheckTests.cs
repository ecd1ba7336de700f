using System.Text;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

public class RosterCheckTests
{
    private static string Header => "姓名,证件类型,证件号码,手机号,邮箱\n";

    [Fact]
    public void TheCountsPerCodeAreThoseSoFarInCodeOrder()
    {
        string bad = Id1[..17] + (Id1[17] == '1' ? '2' : '1');
        byte[] file = Csv(Header + $"张,,{Id1},,\n张三,,{bad},,\n张三,,{Id2},1380013800,\n");
        var summary = new RosterSummary();
        using IEnumerator<RosterRow> rows = Roster.Check(new MemoryStream(file), RosterFormat.Csv, new RosterOptions { Culture = En }, summary).GetEnumerator();
        Assert.True(rows.MoveNext());
        Assert.Equal(["ChsiPersonName.TooShort"], summary.CountsByCode.Keys);
        while (rows.MoveNext())
        {
        }

        Assert.Equal(
            ["ChsiIdNumber.ChecksumMismatch", "ChsiMobile.InvalidLength", "ChsiPersonName.TooShort"],
            summary.CountsByCode.Keys);
        Assert.All(summary.CountsByCode.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public void ValidRowsAreValidAndNumberedAsTheSpreadsheetShowsThem()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(Header + $"张三,居民身份证,{Id1},13800138000,a@example.com\n李四,,{Id2},,\n"));
        Assert.Equal([2, 3], rows.Select(r => r.RowNumber));
        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Findings.Select(f => f.Message))));
        Assert.Equal(2, summary.Rows);
        Assert.Equal(2, summary.ValidRows);
        Assert.Equal("utf-8", summary.Encoding);
        Assert.Equal(Id1, rows[0].IdNumber);
        Assert.Equal("13800138000", rows[0].MobileNumber);
    }

    [Fact]
    public void EachRuleGivesItsCodeAndMessage()
    {
        string badId = Id1[..17] + "1";
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(Header + $"张,居民身份证,{badId},12345,not-an-email\n"));
        RosterRow row = Assert.Single(rows);
        Assert.False(row.IsValid);
        Assert.Contains(ErrorCodes.Of(IdNumberError.ChecksumMismatch), Codes(row));
        Assert.Contains(row.Findings, f => f.Column == RosterColumn.Name && f.ErrorCode.StartsWith("ChsiPersonName.", StringComparison.Ordinal));
        Assert.Contains(row.Findings, f => f.Column == RosterColumn.MobileNumber);
        Assert.Contains(row.Findings, f => f.Column == RosterColumn.Email);
        RosterFinding checksum = row.Findings.Single(f => f.ErrorCode == ErrorCodes.Of(IdNumberError.ChecksumMismatch));
        Assert.Contains("X", checksum.Message, StringComparison.Ordinal); // the expected check character is named
        Assert.Equal(1, summary.CountsByCode[ErrorCodes.Of(IdNumberError.ChecksumMismatch)]);
    }

    [Fact]
    public void MessagesFollowTheCulture()
    {
        byte[] file = Csv(Header + $"张三,,{Id1[..17]}1,,\n");
        string en = Check(file, options: new RosterOptions { Culture = En }).Rows[0].Findings[0].Message;
        string zh = Check(file, options: new RosterOptions { Culture = Zh }).Rows[0].Findings[0].Message;
        Assert.NotEqual(en, zh);
        Assert.Contains("证件号码", zh, StringComparison.Ordinal);
        Assert.Contains("ID number", en, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishHeadersAndMappedHeadersAreFound()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv($"Full Name,ID Number,Mobile\n张三,{Id1},13800138000\n"));
        Assert.True(rows[0].IsValid);
        Assert.Equal("ID Number", summary.Columns[RosterColumn.IdNumber]);

        var options = new RosterOptions
        {
            Culture = En,
            ColumnNames = new Dictionary<RosterColumn, string> { [RosterColumn.Name] = "学生", [RosterColumn.IdNumber] = "号码" },
        };
        (rows, summary) = Check(Csv($"号码,学生\n{Id1},张三\n"), options: options);
        Assert.True(rows[0].IsValid);
        Assert.Equal("张三", rows[0].Name);
    }

    [Fact]
    public void FullWidthHeadersAndSpacesAreFolded()
    {
        (List<RosterRow> rows, _) = Check(Csv($" 姓 名 ,ＩＤ　Ｎｕｍｂｅｒ\n张三,{Id1}\n"));
        Assert.True(rows[0].IsValid);
    }

    [Fact]
    public void MissingColumnIsReportedOnTheFileAndEveryRow()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv("姓名,手机号\n张三,13800138000\n李四,13900139000\n"));
        Assert.Equal(2, rows.Count);
        Assert.Contains(summary.FileFindings, f => f.ErrorCode == RosterErrorCodes.MissingColumn);
        Assert.All(rows, r => Assert.Contains(RosterErrorCodes.MissingColumn, Codes(r)));
        Assert.Equal(2, summary.CountsByCode[RosterErrorCodes.MissingColumn]);

        // In English the column is named in Chinese, as the header would be, and in English beside it.
        Assert.Contains("证件号码 (ID number)", summary.FileFindings.Single(f => f.ErrorCode == RosterErrorCodes.MissingColumn).Message, StringComparison.Ordinal);
        (_, RosterSummary noName) = Check(Csv("证件号码\n" + Id1 + "\n"));
        Assert.Contains("姓名 (name)", noName.FileFindings.Single(f => f.ErrorCode == RosterErrorCodes.MissingColumn).Message, StringComparison.Ordinal);
        (_, RosterSummary chinese) = Check(Csv("证件号码\n" + Id1 + "\n"), options: new RosterOptions { Culture = Zh });
        Assert.DoesNotContain("(name)", chinese.FileFindings.Single(f => f.ErrorCode == RosterErrorCodes.MissingColumn).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicatesAreFlaggedOnTheLaterRow()
    {
        string file = Header
            + $"张三,,{Id1},13800138000,\n"
            + $"张三,,{Id1.ToLowerInvariant()},,\n" // the same number, lower-case x
            + $"李四,,{Id2},13800138000,\n"        // the same mobile, another person
            + $"王五,,{Id3},13900139000,\n";
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(file));
        Assert.DoesNotContain(RosterErrorCodes.DuplicateIdNumber, Codes(rows[0]));
        RosterFinding dupId = rows[1].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateIdNumber);
        Assert.Equal(2, dupId.Arguments["FirstRow"]);
        RosterFinding dupMobile = rows[2].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateMobileNumber);
        Assert.Equal(2, dupMobile.Arguments["FirstRow"]);
        Assert.True(rows[3].IsValid);
        Assert.Equal(1, summary.CountsByCode[RosterErrorCodes.DuplicateIdNumber]);
        Assert.Equal(1, summary.CountsByCode[RosterErrorCodes.DuplicateMobileNumber]);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    public void DuplicatesAreFoundFarApartInALargeRoster(int parallelism, bool seekable)
    {
        // 6,000 distinct people, then each number again far down the file. A file that can seek has its tables made for
        // its estimated rows; a stream that cannot starts them small, and they grow several times over.
        const int People = 6000;
        var text = new StringBuilder(Header);
        for (int i = 0; i < People; i++)
        {
            text.Append("张三,,").Append(IdOf(i)).Append(',').Append(MobileOf(i)).Append(",\n");
        }

        text.Append("李四,,").Append(IdOf(17)).Append(",,\n");                          // row People + 2: ID of row 19
        text.Append("王五,,").Append(IdOf(People + 1)).Append(',').Append(MobileOf(4242)).Append(",\n"); // mobile of row 4244, another person
        text.Append("赵六,,,").Append(MobileOf(People + 9)).Append(",\n");               // no ID number: a person by name
        text.Append("赵六,,,").Append(MobileOf(People + 9)).Append(",\n");               // the same name: the same person
        text.Append("孙七,,,").Append(MobileOf(People + 9)).Append(",\n");               // another name: another person
        var options = new RosterOptions { Culture = En, MaxDegreeOfParallelism = parallelism };
        byte[] file = Csv(text.ToString());
        var summary = new RosterSummary();
        List<RosterRow> rows = [.. Roster.Check(seekable ? new MemoryStream(file) : new ForwardOnlyStream(file), RosterFormat.Csv, options, summary)];

        Assert.Equal(People + 5, rows.Count);
        Assert.All(rows.Take(People), r => Assert.True(r.IsValid, r.RowNumber + ": " + string.Join("; ", r.Findings.Select(f => f.Message))));
        Assert.Equal(19, rows[People].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateIdNumber).Arguments["FirstRow"]);
        Assert.Equal(4244, rows[People + 1].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateMobileNumber).Arguments["FirstRow"]);
        Assert.DoesNotContain(RosterErrorCodes.DuplicateMobileNumber, Codes(rows[People + 2]));
        Assert.DoesNotContain(RosterErrorCodes.DuplicateMobileNumber, Codes(rows[People + 3]));
        Assert.Equal(People + 4, rows[People + 4].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateMobileNumber).Arguments["FirstRow"]);
        Assert.Equal(1, summary.CountsByCode[RosterErrorCodes.DuplicateIdNumber]);
        Assert.Equal(2, summary.CountsByCode[RosterErrorCodes.DuplicateMobileNumber]);

        // Without the duplicate check nothing is remembered, and nothing is reported.
        (rows, summary) = Check(Csv(text.ToString()), options: new RosterOptions { Culture = En, FindDuplicates = false });
        Assert.Equal(People + 5, rows.Count);
        Assert.DoesNotContain(summary.CountsByCode.Keys, code => code is RosterErrorCodes.DuplicateIdNumber or RosterErrorCodes.DuplicateMobileNumber);

        static string IdOf(int i)
        {
            string seventeen = "110105" + new DateOnly(1980, 1, 1).AddDays(i / 900).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                + (i % 900 + 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(IdNumber.TryComputeCheckCharacter(seventeen, out char check));
            return seventeen + check;
        }

        static string MobileOf(int i) => "138" + (10_000_000 + (i * 7919)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ACallerThatStopsEarlyStopsTheReadingToo(int parallelism)
    {
        // 200,000 rows (some 10 MB); the caller takes ten. The reader is at most a few batches ahead, so it has read a
        // small part of the file when the enumeration is disposed (which waits for the reader to stop).
        var text = new StringBuilder(Header);
        for (int i = 0; i < 200_000; i++)
        {
            text.Append("张三,居民身份证,").Append(Id1).Append(",13800138000,a@example.com\n");
        }

        var input = new CountingStream(Csv(text.ToString()));
        List<RosterRow> first = Roster.Check(input, RosterFormat.Csv, new RosterOptions { Culture = En, MaxDegreeOfParallelism = parallelism }).Take(10).ToList();
        long readWhenStopped = input.BytesRead;

        Assert.Equal(Enumerable.Range(2, 10), first.Select(r => r.RowNumber));
        Assert.InRange(readWhenStopped, 1, input.Length / 10);
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Count(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(base.Read(buffer));

        private int Count(int read)
        {
            BytesRead += read;
            return read;
        }
    }

    [Fact]
    public void TheSameMobileOnTwoRowsOfOnePersonIsNotAnotherPerson()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(Header + $"张三,,{Id1},13800138000,\n张三,,{Id1},13800138000,\n"));
        Assert.DoesNotContain(RosterErrorCodes.DuplicateMobileNumber, Codes(rows[1]));
        Assert.Contains(RosterErrorCodes.DuplicateIdNumber, Codes(rows[1]));
    }

    [Fact]
    public void CertificateTypesAreReadAndUnknownOnesReported()
    {
        (List<RosterRow> rows, _) = Check(Csv(Header + "John Smith,护照,E12345678,,\nJohn Smith,Passport,E12345678,,\n张三,驾驶证,123,,\n"));
        Assert.Equal(CertificateType.Passport, rows[0].CertificateType);
        Assert.True(rows[0].IsValid, string.Join("; ", rows[0].Findings.Select(f => f.Message)));
        Assert.Equal(CertificateType.Passport, rows[1].CertificateType);
        Assert.Contains(RosterErrorCodes.UnknownCertificateType, Codes(rows[2]));
    }

    [Fact]
    public void FirstGenerationNumbersJoinOnTheirUpgrade()
    {
        // 15-digit first-generation number: its 18-digit upgrade is the canonical key.
        string fifteen = "110105491231002";
        (List<RosterRow> rows, _) = Check(Csv(Header + $"张三,,{fifteen},,\n张三,,{Id1},,\n"));
        Assert.Equal(Id1, rows[0].IdNumber);
        Assert.Contains(RosterErrorCodes.DuplicateIdNumber, Codes(rows[1]));
    }

    [Fact]
    public void ManyRowsComeBackInOrderWhateverTheParallelism()
    {
        var text = new StringBuilder(Header);
        for (int i = 0; i < 3000; i++)
        {
            text.Append(i % 7 == 0 ? "张" : "张三").Append(",,").Append(i % 2 == 0 ? Id1 : "bad").Append(",,\n");
        }

        byte[] file = Csv(text.ToString());
        List<RosterRow> serial = Check(file, options: new RosterOptions { Culture = En, MaxDegreeOfParallelism = 1 }).Rows;
        List<RosterRow> parallel = Check(file, options: new RosterOptions { Culture = En, MaxDegreeOfParallelism = 8 }).Rows;
        Assert.Equal(Enumerable.Range(2, 3000), parallel.Select(r => r.RowNumber));
        Assert.Equal(serial.Select(r => string.Join("|", Codes(r))), parallel.Select(r => string.Join("|", Codes(r))));
    }

    [Fact]
    public void OptionsAreBounded()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RosterOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RosterOptions { MaxDegreeOfParallelism = RosterOptions.MaxMaxDegreeOfParallelism + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RosterOptions { MaxRecordLength = 10 });
    }

    [Fact]
    public void RareCharactersAreWarningsNotErrors()
    {
        (List<RosterRow> rows, RosterSummary summary) = Check(Csv(Header + $"王𠈌,,{Id1},,\n"));
        RosterRow row = rows[0];
        Assert.True(row.IsValid);
        Assert.Contains(row.Findings, f => f.Severity == RosterSeverity.Warning && f.ErrorCode == ErrorCodes.PersonNameRareCharacter);
        Assert.Equal(1, summary.RowsWithWarnings);
    }
}
