using System.Text;
using System.Text.Json;
using ChsiValidation.Cli;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>The command line, run in-process with its streams and files in memory.</summary>
public class CliTests
{
    private sealed class Host(Dictionary<string, byte[]> files, bool inputIsTerminal = false) : ICliHost
    {
        public MemoryStream Stdout { get; } = new();

        public Dictionary<string, MemoryStream> Written { get; } = [];

        public bool ErrorIsTerminal => false;

        public TimeProvider Time => TimeProvider.System;

        public bool InputIsTerminal => inputIsTerminal;

        public Stream OpenStandardOutput() => new KeepOpen(Stdout);

        public Stream OpenRead(string path) => files.TryGetValue(path, out byte[]? bytes) ? new MemoryStream(bytes) : throw new FileNotFoundException($"Could not find file '{path}'.");

        public Stream Create(string path) => new KeepOpen(Written[path] = new MemoryStream());
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
}
