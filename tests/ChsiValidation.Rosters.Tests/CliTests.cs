using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChsiValidation.Cli;
using Microsoft.Extensions.Time.Testing;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>The command line, run in-process with its streams and files in memory.</summary>
public class CliTests
{
    /// <summary>
    /// The process as the CLI sees it. With a <see cref="FakeTimeProvider"/>, stderr is a terminal, and the clock moves one
    /// second each time a file is read from (time passes while reading, never while the test waits).
    /// </summary>
    private sealed class Host(Dictionary<string, byte[]> files, bool inputIsTerminal = false, FakeTimeProvider? clock = null, bool seekable = true) : ICliHost
    {
        public MemoryStream Stdout { get; } = new();

        public Dictionary<string, MemoryStream> Written { get; } = [];

        public bool ErrorIsTerminal => clock is not null;

        public TimeProvider Time => clock ?? TimeProvider.System;

        public bool InputIsTerminal => inputIsTerminal;

        public Stream OpenStandardOutput() => new KeepOpen(Stdout);

        public Stream OpenRead(string path) => files.TryGetValue(path, out byte[]? bytes)
            ? clock is null && seekable ? new MemoryStream(bytes) : new ClockedStream(new MemoryStream(bytes), clock, seekable)
            : throw new FileNotFoundException($"Could not find file '{path}'.");

        public Stream Create(string path) => new KeepOpen(Written[path] = new MemoryStream());
    }

    /// <summary>A read-only stream that advances <paramref name="clock"/> a second at each read; seekable or not.</summary>
    private sealed class ClockedStream(MemoryStream inner, FakeTimeProvider? clock, bool seekable) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? inner.Length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? inner.Position : throw new NotSupportedException();
            set => inner.Position = seekable ? value : throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            clock?.Advance(TimeSpan.FromSeconds(1));
            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => seekable ? inner.Seek(offset, origin) : throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class KeepOpen(Stream inner) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            inner.Write(ToArray());
            base.Dispose(disposing);
        }
    }

    private static (int Exit, string Out, string Err) Run(string[] args, string stdin = "", Host? host = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        host ??= new Host([]);
        int exit = ChsiValidation.Cli.Cli.Run(args, new StringReader(stdin), stdout, stderr, host);
        return (exit, stdout + Encoding.UTF8.GetString(host.Stdout.ToArray()), stderr.ToString());
    }

    [Fact]
    public void AValidValuePrintsValidAndExitsZero()
    {
        (int exit, string output, _) = Run(["id", Id1.ToLowerInvariant(), "--culture", "en-US"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("valid\nnormalized: " + Id1 + "\nchanges: LowerCaseX\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidValuePrintsTheReasonAndExitsOne()
    {
        (int exit, string output, _) = Run(["id", Id1[..17] + "1", "--culture", "en-US"]);
        Assert.Equal(1, exit);
        Assert.Contains("reason: ChsiIdNumber.ChecksumMismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CultureTranslatesTheVerdictAndMessage()
    {
        (_, string output, _) = Run(["mobile", "123", "--culture", "zh-CN"]);
        Assert.StartsWith("无效", output, StringComparison.Ordinal);
        Assert.Contains("原因: ChsiMobile.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonPrintsOneObject()
    {
        (int exit, string output, _) = Run(["email", "a@example.com", "--json"]);
        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("email", doc.RootElement.GetProperty("command").GetString());
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("code").ValueKind);
        Assert.Contains(doc.RootElement.GetProperty("facts").EnumerateArray(), f => f.GetProperty("name").GetString() == "normalized");
    }

    [Fact]
    public void StandardInputGivesOneValuePerLine()
    {
        (int exit, string output, _) = Run(["mobile", "--json"], "13800138000\n\n12345\n13900139000\n");
        Assert.Equal(1, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal([true, false, true], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("valid").GetBoolean()));
    }

    [Fact]
    public void ADashReadsStandardInputToo()
    {
        (int exit, string output, _) = Run(["name", "-", "--culture", "en-US"], "张三\n李四\n");
        Assert.Equal(0, exit);
        Assert.Equal(2, output.Split('\n').Count(l => l.TrimEnd('\r') == "valid"));
    }

    [Fact]
    public void NoValueOnATerminalIsAUsageError()
    {
        (int exit, _, string error) = Run(["id"], host: new Host([], inputIsTerminal: true));
        Assert.Equal(2, exit);
        Assert.Contains("give a value", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCommandIsNamed()
    {
        (int exit, string output, string error) = Run(["idd", "1"]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("unknown command 'idd'", error, StringComparison.Ordinal);
        Assert.Contains("commands: codes, compare, email, id, mobile, name, roster, sms, username", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOptionIsNamed()
    {
        (int exit, _, string error) = Run(["id", "--jsn", "1"]);
        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--jsn' for 'id'", error, StringComparison.Ordinal);
        Assert.Contains("chsi-validate id --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptionBeforeItsCommandIsNamed()
    {
        (int exit, _, string error) = Run(["--json", "id", "1"]);
        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--json'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueStartingWithADashFollowsTheSeparator()
    {
        (int exit, string output, _) = Run(["mobile", "--", "-13800138000"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArgumentsIsAUsageError() => Assert.Equal(2, Run([]).Exit);

    [Theory]
    [InlineData("id")]
    [InlineData("mobile")]
    [InlineData("email")]
    [InlineData("sms")]
    [InlineData("username")]
    [InlineData("name")]
    [InlineData("codes")]
    [InlineData("roster")]
    [InlineData("compare")]
    public void EveryCommandHasHelp(string command)
    {
        (int exit, string output, _) = Run([command, "--help"]);
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("chsi-validate " + command, output, StringComparison.Ordinal);
    }

    [Fact]
    public void RootHelpListsTheCommands()
    {
        (int exit, string output, _) = Run(["--help"]);
        Assert.Equal(0, exit);
        Assert.Contains("roster", output, StringComparison.Ordinal);
        Assert.Contains("compare", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpAsACommandPrintsTheUsage()
    {
        (int exit, string output, _) = Run(["help"]);
        Assert.Equal(0, exit);
        Assert.Contains("roster", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CodesPrintsTheMarkdownTable()
    {
        (int exit, string output, _) = Run(["codes"]);
        Assert.Equal(0, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("| Code | zh-Hans | en |", lines[0].TrimEnd('\r'));
        Assert.Equal(ValidationMessages.KnownErrorCodes.Count() + 2, lines.Length);
    }

    [Fact]
    public void RosterWritesTheReportAndTheSummary()
    {
        var host = new Host(new() { ["r.csv"] = Csv($"姓名,证件号码\n张三,{Id1}\n李四,bad\n") });
        (int exit, string output, string error) = Run(["roster", "r.csv", "--format", "jsonl", "--culture", "en-US"], host: host);
        Assert.Equal(1, exit);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("2 rows: 1 valid, 1 invalid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RosterWritesXlsxToAFile()
    {
        var host = new Host(new() { ["r.csv"] = Csv($"姓名,证件号码\n张三,{Id1}\n") });
        (int exit, _, _) = Run(["roster", "r.csv", "--format", "xlsx", "-o", "out.xlsx"], host: host);
        Assert.Equal(0, exit);
        Assert.Equal((byte)'P', host.Written["out.xlsx"].ToArray()[0]);
    }

    [Fact]
    public void RosterReadsAWorkbookByItsSignature()
    {
        var host = new Host(new() { ["r.dat"] = Xlsx([["姓名", "证件号码"], ["张三", Id1]]) });
        (int exit, string output, _) = Run(["roster", "r.dat", "--format", "jsonl"], host: host);
        Assert.Equal(0, exit);
        Assert.Contains("张三", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RosterEncodingCanBeChosen()
    {
        var host = new Host(new() { ["r.csv"] = Gb18030.GetBytes($"姓名,证件号码\n张三,{Id1}\n") });
        (int exit, _, string error) = Run(["roster", "r.csv", "--encoding", "gb18030", "--culture", "en-US"], host: host);
        Assert.Equal(0, exit);
        Assert.Contains("encoding gb18030", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMissingFileExitsThree()
    {
        (int exit, _, string error) = Run(["roster", "missing.csv"]);
        Assert.Equal(3, exit);
        Assert.Contains("cannot open 'missing.csv'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFormatIsAUsageError() => Assert.Equal(2, Run(["roster", "r.csv", "--format", "pdf"]).Exit);

    [Fact]
    public void CompareExplainsAndExitsOneOnAMismatch()
    {
        var host = new Host(new()
        {
            ["reg.csv"] = Csv($"姓名,证件号码\n張三,{Id1}\n"),
            ["roster.csv"] = Csv($"姓名,证件号码\n张三,{Id1}\n"),
        });
        (int exit, string output, string error) = Run(["compare", "reg.csv", "roster.csv", "--format", "jsonl"], host: host);
        Assert.Equal(1, exit);
        Assert.Contains(RosterErrorCodes.NameVariant, output, StringComparison.Ordinal);
        Assert.Contains("Mismatch: 1", error, StringComparison.Ordinal);
    }

    private static string SemicolonRoster => $"姓名;身份证件号;手机号\r\n张三;{Id1};13800138000\r\n李四;{Id2};\r\n";

    [Theory]
    [InlineData("auto")]
    [InlineData("semicolon")]
    [InlineData(";")]
    public void RosterReadsASemicolonFile(string delimiter)
    {
        var host = new Host(new() { ["r.csv"] = Csv(SemicolonRoster) });
        (int exit, string output, string error) = Run(["roster", "r.csv", "--delimiter", delimiter, "--column", "idnumber=身份证件号", "--format", "jsonl", "--culture", "en-US"], host: host);
        Assert.True(exit == 0, error + output);
        Assert.Contains("2 rows: 2 valid", error, StringComparison.Ordinal);
        Assert.Contains("\"idNumber\":\"身份证件号\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tab")]
    [InlineData("TAB")]
    [InlineData("\\t")]
    [InlineData("\t")]
    [InlineData("auto")]
    public void RosterReadsATabFile(string delimiter)
    {
        var host = new Host(new() { ["r.txt"] = Csv($"姓名\t证件号码\n张三\t{Id1}\n") });
        (int exit, _, string error) = Run(["roster", "r.txt", "--delimiter", delimiter, "--culture", "en-US"], host: host);
        Assert.Equal(0, exit);
        Assert.Contains("1 rows: 1 valid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AChosenDelimiterIsUsedEvenWhereDetectionWouldDiffer()
    {
        // Two commas in the header's first cell, one semicolon: detection takes the comma, --delimiter ';' reads it right.
        var host = new Host(new() { ["r.csv"] = Csv($"姓名;证件号码 (18 位,含 X,大写)\n张三;{Id1}\n") });
        string[] args = ["roster", "r.csv", "--column", "idnumber=证件号码 (18 位,含 X,大写)", "--culture", "en-US"];
        Assert.Equal(1, Run(args, host: host).Exit);
        Assert.Equal(0, Run([.. args, "--delimiter", ";"], host: host).Exit);
    }

    [Theory]
    [InlineData("idnumber=身份证件号")]
    [InlineData("IdNumber=身份证件号")]
    [InlineData("ID_NUMBER=身份证件号")]
    [InlineData("id-number = 身份证件号 ")]
    [InlineData("证件号码=身份证件号")]
    public void ColumnMapsAHeaderByTheColumnsNameInAnyCaseOrInChinese(string mapping)
    {
        var host = new Host(new() { ["r.csv"] = Csv($"学生,身份证件号\n张三,{Id1}\n") });
        (int exit, _, string error) = Run(["roster", "r.csv", "--column", mapping, "--column", "name=学生", "--culture", "en-US"], host: host);
        Assert.True(exit == 0, error);
        Assert.Contains("1 rows: 1 valid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutColumnAnUnknownHeaderIsAMissingColumn()
    {
        var host = new Host(new() { ["r.csv"] = Csv($"姓名,身份证件号\n张三,{Id1}\n") });
        (int exit, _, string error) = Run(["roster", "r.csv", "--culture", "en-US"], host: host);
        Assert.Equal(1, exit);
        Assert.Contains(RosterErrorCodes.MissingColumn, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("idnumber", "is not COLUMN=HEADER")]
    [InlineData("idnumber=", "is not COLUMN=HEADER")]
    [InlineData("idnumber=  ", "is not COLUMN=HEADER")]
    [InlineData("=身份证件号", "is not COLUMN=HEADER")]
    [InlineData("school=学校", "unknown column 'school'")]
    [InlineData("2=身份证件号", "unknown column '2'")]
    [InlineData("id=身份证件号", "unknown column 'id'")]
    public void AMalformedColumnIsAUsageErrorThatSaysWhy(string mapping, string reason)
    {
        var host = new Host(new() { ["r.csv"] = Csv($"姓名,身份证件号\n张三,{Id1}\n") });
        foreach (string command in new[] { "roster", "compare" })
        {
            string[] files = command == "roster" ? ["r.csv"] : ["r.csv", "r.csv"];
            (int exit, string output, string error) = Run([command, .. files, "--column", mapping], host: host);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains($"error: --column '{mapping}'", error, StringComparison.Ordinal);
            Assert.Contains(reason, error, StringComparison.Ordinal);
            Assert.Contains($"chsi-validate {command} --help", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("idnumber=A", "idnumber=B", "the column IdNumber is mapped twice")]
    [InlineData("idnumber=A", "证件号码=B", "the column IdNumber is mapped twice")]
    [InlineData("idnumber=A", "name=a", "the header 'a' is mapped to two columns")]
    public void AColumnMappedTwiceIsAUsageError(string first, string second, string reason)
    {
        (int exit, _, string error) = Run(["roster", "r.csv", "--column", first, "--column", second]);
        Assert.Equal(2, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("7")]
    [InlineData("\"")]
    [InlineData(";;")]
    [InlineData("，")]
    [InlineData("")]
    public void AnUnusableDelimiterIsAUsageErrorThatSaysWhy(string delimiter)
    {
        (int exit, string output, string error) = Run(["roster", "r.csv", "--delimiter", delimiter]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"error: --delimiter '{delimiter}' is not a cell separator", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTakesTheDelimiterAndColumns()
    {
        var host = new Host(new()
        {
            ["reg.csv"] = Csv($"学生;身份证件号\n张三;{Id1}\n"),
            ["roster.csv"] = Csv($"学生;身份证件号\n张三;{Id1}\n"),
        });
        (int exit, string output, string error) = Run(["compare", "reg.csv", "roster.csv", "--delimiter", ";", "--column", "name=学生", "--column", "idnumber=身份证件号", "--format", "jsonl"], host: host);
        Assert.True(exit == 0, error + output);
        Assert.Contains("Same: 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RosterHelpNamesTheNewOptions()
    {
        (_, string output, _) = Run(["roster", "--help"]);
        Assert.Contains("--delimiter", output, StringComparison.Ordinal);
        Assert.Contains("--column", output, StringComparison.Ordinal);
        Assert.Contains("--duplicate-memory", output, StringComparison.Ordinal);
    }

    // The progress line: "\r{rows} rows, {rate} rows/s, {elapsed}[, {done}, {left} left]", in the current culture's digits.
    private static readonly Regex ProgressLine = new(
        @"^(?<rows>[\d,.\u00A0\u202F ]+) rows, (?<rate>[\d,.\u00A0\u202F ]+) rows/s, (?<elapsed>\d+:\d{2}:\d{2})(, (?<done>\d+)\s?%, (?<left>\d+:\d{2}:\d{2}) left)?\s*$",
        RegexOptions.CultureInvariant);

    // Before the first row: "\rreading, {done} of the file, {elapsed}".
    private static readonly Regex ReadingLine = new(@"^reading, (?<done>\d+)\s?% of the file, (?<elapsed>\d+:\d{2}:\d{2})\s*$", RegexOptions.CultureInvariant);

    /// <summary>The progress lines written over one another on standard error: those before the first row, then the rows' (each must match).</summary>
    private static (Match[] Reading, Match[] Rows) ProgressLines(string error, string quietError)
    {
        string[] parts = error.Split('\r');
        Assert.Equal(string.Empty, parts[0]);
        Assert.Equal(quietError, parts[^1]);
        Assert.True(parts[^2].Trim().Length == 0, "the progress line is cleared before the summary");
        string[] lines = parts[1..^2];
        Match[] reading = [.. lines.TakeWhile(l => !ProgressLine.IsMatch(l)).Select(l => ReadingLine.Match(l))];
        Match[] rows = [.. lines.Skip(reading.Length).Select(l => ProgressLine.Match(l))];
        Assert.All(reading, m => Assert.True(m.Success, "reading line: " + m.Value));
        Assert.All(rows, m => Assert.True(m.Success, "progress line: " + m.Value));
        return (reading, rows);
    }

    private static long Number(string text) => long.Parse(new string([.. text.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);

    /// <summary>A roster of <paramref name="rows"/> valid rows (distinct ID numbers), 27 bytes each.</summary>
    private static byte[] LongRoster(int rows)
    {
        var text = new StringBuilder("姓名,证件号码,手机号\n");
        for (int i = 0; i < rows; i++)
        {
            string id = MakeId($"110105{new DateOnly(1990, 1, 1).AddDays(i / 1000):yyyyMMdd}{i % 1000:D3}");
            text.Append(CultureInfo.InvariantCulture, $"张三,{id},\n");
        }

        return Csv(text.ToString());
    }

    [Fact]
    public void OnATerminalAProgressLineShowsRowsRateElapsedAndTimeLeft()
    {
        // 1.08 MB on 2 cores (about 17 reads of 64 KB, one second each): more than the reader may be ahead of the rows
        // taken (twice the processor count batches of 512 rows), so the first progress line is drawn before the end.
        int records = Math.Max(40_000, Environment.ProcessorCount * 8 * 512);
        byte[] file = LongRoster(records);
        var clock = new FakeTimeProvider();
        var terminal = new Host(new() { ["r.csv"] = file }, clock: clock);
        (int exit, string output, string error) = Run(["roster", "r.csv", "--culture", "en-US"], host: terminal);
        (int quietExit, string quietOutput, string quietError) = Run(["roster", "r.csv", "--culture", "en-US"], host: new Host(new() { ["r.csv"] = file }));

        // The report and the exit code are those of a run without a terminal.
        Assert.Equal(quietExit, exit);
        Assert.Equal(quietOutput, output);
        Assert.Equal(records + 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Progress lines, each drawn over the last with '\r', then the line cleared, then the summary as without a terminal.
        (Match[] reading, Match[] lines) = ProgressLines(error, quietError);
        // In one pass the reader is at most a few batches ahead of the first row: a few reads, not the whole file.
        Assert.True(reading.Length < 10, $"{reading.Length} lines before the first row (one pass)");
        Assert.True(lines.Length >= 5, $"{lines.Length} progress lines");

        long[] rows = [.. lines.Select(m => Number(m.Groups["rows"].Value))];
        Assert.Equal(rows.Order(), rows);
        Assert.InRange(rows[^1], 1, records);
        long totalSeconds = (long)(clock.GetUtcNow() - clock.Start).TotalSeconds;
        foreach (Match line in lines)
        {
            long count = Number(line.Groups["rows"].Value);
            long elapsed = (long)TimeSpan.Parse(line.Groups["elapsed"].Value, CultureInfo.InvariantCulture).TotalSeconds;
            Assert.InRange(elapsed, 1, totalSeconds);
            Assert.True(Number(line.Groups["rate"].Value) >= ((double)count / elapsed) - 0.5, line.Value); // rows / time since the first row
            Assert.True(line.Groups["done"].Success, "a file of known length shows how much is done and the time left");
            Assert.InRange(Number(line.Groups["done"].Value), 0, 100);
            Assert.True(TimeSpan.Parse(line.Groups["left"].Value, CultureInfo.InvariantCulture) >= TimeSpan.Zero, line.Value);
        }

        // Time left shrinks as the file is read: the first line has some left, the last line none.
        Assert.True(TimeSpan.Parse(lines[0].Groups["left"].Value, CultureInfo.InvariantCulture) > TimeSpan.Zero, lines[0].Value);
        Assert.True(Number(lines[0].Groups["done"].Value) < 100, lines[0].Value);
        Assert.Equal(TimeSpan.Zero, TimeSpan.Parse(lines[^1].Groups["left"].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TwoPassesShowTheFirstPassAsTheShareOfTheFileReadThenTheRows()
    {
        int records = Math.Max(40_000, Environment.ProcessorCount * 8 * 512);
        byte[] file = LongRoster(records);
        var clock = new FakeTimeProvider();
        string[] args = ["roster", "r.csv", "--culture", "en-US", "--duplicate-memory", "0"];
        (int exit, string output, string error) = Run(args, host: new Host(new() { ["r.csv"] = file }, clock: clock));
        (int quietExit, string quietOutput, string quietError) = Run(["roster", "r.csv", "--culture", "en-US"], host: new Host(new() { ["r.csv"] = file }));

        // Read twice (the duplicate check's first pass, then the check): the same report and summary as one pass.
        Assert.Equal(quietExit, exit);
        Assert.Equal(quietOutput, output);
        (Match[] reading, Match[] rows) = ProgressLines(error, quietError);

        // The first pass reads the whole file (17 reads of 64 KB, a second each) before a row comes out: the share of the
        // file read rises to all of it.
        Assert.True(reading.Length >= 10, $"{reading.Length} lines before the first row");
        long[] done = [.. reading.Select(m => Number(m.Groups["done"].Value))];
        Assert.Equal(100, done.Max());
        Assert.InRange(done[0], 0, 99);

        // Then the rows: the time left counts from the second pass's start, so the first row line still has time left,
        // and the last has none; the elapsed time goes on from the first pass.
        Assert.True(rows.Length >= 5, $"{rows.Length} progress lines");
        long firstPass = (long)TimeSpan.Parse(reading[^1].Groups["elapsed"].Value, CultureInfo.InvariantCulture).TotalSeconds;
        Assert.True((long)TimeSpan.Parse(rows[0].Groups["elapsed"].Value, CultureInfo.InvariantCulture).TotalSeconds >= firstPass, rows[0].Value);
        Assert.True(TimeSpan.Parse(rows[0].Groups["left"].Value, CultureInfo.InvariantCulture) > TimeSpan.Zero, rows[0].Value);
        Assert.Equal(TimeSpan.Zero, TimeSpan.Parse(rows[^1].Groups["left"].Value, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("x")]
    public void ANegativeOrNonNumericDuplicateMemoryIsAUsageError(string value)
    {
        (int exit, _, string error) = Run(["roster", "r.csv", "--duplicate-memory", value], host: new Host(new() { ["r.csv"] = LongRoster(10) }));
        Assert.Equal(2, exit);
        Assert.Contains("--duplicate-memory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AStreamOfUnknownLengthShowsNoTimeLeft()
    {
        byte[] file = LongRoster(20_000);
        var host = new Host(new() { ["r.csv"] = file }, clock: new FakeTimeProvider(), seekable: false);
        (int exit, _, string error) = Run(["roster", "r.csv", "--culture", "en-US"], host: host);
        Assert.Equal(0, exit);
        string[] progress = [.. error.Split('\r')[1..^2]];
        Assert.NotEmpty(progress);
        Assert.All(progress, p =>
        {
            Match m = ProgressLine.Match(p);
            Assert.True(m.Success, p);
            Assert.False(m.Groups["left"].Success, p);
        });
    }

    [Fact]
    public void WithoutATerminalNothingButTheSummaryGoesToStandardError()
    {
        var host = new Host(new() { ["r.csv"] = LongRoster(20_000) });
        (int exit, _, string error) = Run(["roster", "r.csv", "--culture", "en-US"], host: host);
        Assert.Equal(0, exit);
        Assert.DoesNotContain('\r', error);
        Assert.DoesNotContain("rows/s", error, StringComparison.Ordinal);
        Assert.Equal("20000 rows: 20000 valid, 0 invalid, 0 with warnings (encoding utf-8)" + Environment.NewLine, error);
    }
}
