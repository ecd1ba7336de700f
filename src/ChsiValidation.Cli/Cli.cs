using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using ChsiValidation.Rosters;

namespace ChsiValidation.Cli;

/// <summary>What the CLI needs from its process: standard streams as bytes, files, whether stderr is a terminal.</summary>
internal interface ICliHost
{
    bool ErrorIsTerminal { get; }

    bool InputIsTerminal { get; }

    Stream OpenStandardOutput();

    Stream OpenRead(string path);

    Stream Create(string path);

    /// <summary>The clock of the progress line.</summary>
    TimeProvider Time { get; }
}

internal sealed class ConsoleHost : ICliHost
{
    public bool ErrorIsTerminal => !Console.IsErrorRedirected;

    public bool InputIsTerminal => !Console.IsInputRedirected;

    public Stream OpenStandardOutput() => Console.OpenStandardOutput();

    public Stream OpenRead(string path) => File.OpenRead(path);

    public Stream Create(string path) => File.Create(path);

    public TimeProvider Time => TimeProvider.System;
}

/// <summary>
/// The command line, on System.CommandLine. Exit codes: 0 valid (every value, row or registration), 1 something
/// invalid or mismatched, 2 usage error (unknown command or option, missing argument), 3 a file could not be opened.
/// </summary>
internal static class Cli
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int Usage = 2;
    public const int FileError = 3;

    private static readonly (string Name, string Description)[] ValueCommands =
    [
        ("id", "Check a resident ID number (GB 11643-1999) / 检查身份证号码"),
        ("mobile", "Check a mainland mobile number / 检查手机号"),
        ("email", "Check an email address / 检查邮箱"),
        ("sms", "Check an SMS code / 检查短信验证码"),
        ("username", "Check a username (mobile number, email or ID number) / 检查用户名"),
        ("name", "Check a person's name / 检查姓名"),
    ];

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, ICliHost host)
    {
        var culture = new Option<string?>("--culture")
        {
            Description = "Language of messages and report headers: zh-CN (Chinese) or en-US (English); default: the current UI culture",
            Recursive = true,
            HelpName = "name",
        };
        // Named explicitly: help shows "chsi-validate", also when the CLI runs inside another process (tests).
        var root = new RootCommand("chsi-validate: checks CHSI registration values, rosters, and registrations against a roster.") { culture };
        root.HelpName = "chsi-validate";

        var json = new Option<bool>("--json") { Description = "Print each result as one line of JSON" };
        foreach ((string name, string description) in ValueCommands)
        {
            var value = new Argument<string?>("value")
            {
                Description = "The value to check; without it (or with -), one value per line is read from standard input",
                Arity = ArgumentArity.ZeroOrOne,
            };
            var command = new Command(name, description) { value, json };
            command.SetAction(parse =>
            {
                if (parse.GetValue(value) is null && host.InputIsTerminal)
                {
                    // Nothing given and nothing piped: waiting on the keyboard would look like a hang.
                    stderr.WriteLine($"error: give a value (chsi-validate {name} <value>) or pipe values, one per line");
                    return Usage;
                }

                return CheckValues(name, parse.GetValue(value), parse.GetValue(json), Culture(parse.GetValue(culture)), stdin, stdout);
            });
            root.Add(command);
        }

        var codes = new Command("codes", "Print every error code with its zh-Hans and en texts as a markdown table");
        codes.SetAction(_ => Commands.PrintCodes(stdout));
        root.Add(codes);

        var format = new Option<string>("--format") { Description = "Report format", DefaultValueFactory = _ => "csv", HelpName = "csv|jsonl|xlsx" };
        format.AcceptOnlyFromAmong("csv", "jsonl", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (default: standard output)", HelpName = "file" };
        var encoding = new Option<string>("--encoding")
        {
            Description = "Encoding of CSV input: auto (a byte-order mark, else UTF-8 if well-formed, else GB18030), utf-8, gb18030 or gbk",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|utf-8|gb18030|gbk",
        };
        encoding.AcceptOnlyFromAmong("auto", "utf-8", "utf8", "gb18030", "gbk");
        var delimiter = new Option<string>("--delimiter")
        {
            Description = "Cell separator of CSV input: auto (the most frequent of , ; tab | in the header line), comma, semicolon, tab (or \\t), pipe, or one character",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|comma|semicolon|tab|pipe|char",
        };
        delimiter.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !TryParseDelimiter(r.Tokens[^1].Value, out _, out string? error))
            {
                r.AddError(error!);
            }
        });
        var column = new Option<string[]>("--column")
        {
            Description = "Map a column to a header text, COLUMN=HEADER (repeatable): COLUMN is name, certificatetype, idnumber, mobilenumber or email "
                + "(or 姓名, 证件类型, 证件号码, 手机号, 邮箱), e.g. --column idnumber=身份证件号; the built-in header names of that column are then not used",
            HelpName = "column=header",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        column.Validators.Add(r =>
        {
            if (!TryParseColumns(r.Tokens.Select(t => t.Value), out _, out string? error))
            {
                r.AddError(error!);
            }
        });

        var duplicateMemory = new Option<int>("--duplicate-memory")
        {
            Description = "Memory (MiB) the duplicate check may keep its numbers in; a larger file is read twice, the numbers sorted in temporary files (0: always)",
            DefaultValueFactory = _ => (int)(RosterOptions.Default.DuplicateMemoryLimit >> 20),
            HelpName = "MiB",
        };
        duplicateMemory.Validators.Add(r =>
        {
            // A value that is not a number is System.CommandLine's own error; reading it here would throw.
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int mib) && mib < 0)
            {
                r.AddError("--duplicate-memory must be 0 or more (MiB)");
            }
        });

        var file = new Argument<string>("file") { Description = "The roster: a .csv or .xlsx file" };
        var roster = new Command("roster", "Check every row of a roster (CSV or XLSX) and write a report, one line per row / 检查名单的每一行")
        {
            file, format, output, encoding, delimiter, column, duplicateMemory,
        };
        roster.SetAction(parse => CheckRoster(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(output), Options(parse), Culture(parse.GetValue(culture)), stdout, stderr, host));
        root.Add(roster);

        var registrations = new Argument<string>("registrations") { Description = "The registrations (CSV or XLSX)" };
        var schoolRoster = new Argument<string>("roster") { Description = "The school's roster (CSV or XLSX)" };
        var compare = new Command("compare", "Compare registrations with a roster and explain each mismatch (FAQ item 7) / 比对注册信息与名单")
        {
            registrations, schoolRoster, format, output, encoding, delimiter, column, duplicateMemory,
        };
        compare.SetAction(parse => Compare(parse.GetValue(registrations)!, parse.GetValue(schoolRoster)!, parse.GetValue(format)!, parse.GetValue(output),
            Options(parse), Culture(parse.GetValue(culture)), stdout, stderr, host));
        root.Add(compare);

        // `chsi-validate help` (as before System.CommandLine) prints the usage, like --help.
        var helpCommand = new Command("help", "Show help and usage information") { Hidden = true };
        helpCommand.SetAction(_ => root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr }));
        root.Add(helpCommand);

        ParseResult result = root.Parse(args);

        // The reading options of roster and compare (their values were checked by the validators above).
        RosterOptions Options(ParseResult parse)
        {
            TryParseDelimiter(parse.GetValue(delimiter) ?? "auto", out char? separator, out _);
            TryParseColumns(parse.GetValue(column) ?? [], out Dictionary<RosterColumn, string>? columns, out _);
            return new RosterOptions
            {
                Encoding = InputEncoding(parse.GetValue(encoding)!),
                Delimiter = separator,
                ColumnNames = columns,
                DuplicateMemoryLimit = (long)parse.GetValue(duplicateMemory) << 20,
            };
        }

        if (result.Action is not HelpAction && (result.Errors.Count > 0 || UnknownOption(result, args) is not null))
        {
            ReportUsageErrors(root, result, args, stderr);
            return Usage;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CultureNotFoundException e)
        {
            stderr.WriteLine($"error: unknown culture '{e.InvalidCultureName}' for --culture");
            return Usage;
        }
    }

    private static void ReportUsageErrors(RootCommand root, ParseResult result, string[] args, TextWriter stderr)
    {
        string? first = args.Length > 0 ? args[0] : null;
        bool knownCommand = first is not null && root.Subcommands.Any(c => c.Name == first);
        if (first is not null && !first.StartsWith('-') && !knownCommand)
        {
            stderr.WriteLine($"error: unknown command '{first}'");
            stderr.WriteLine("commands: " + string.Join(", ", root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).Order(StringComparer.Ordinal)));
        }
        else if (UnknownOption(result, args) is { } option)
        {
            stderr.WriteLine($"error: unknown option '{option}'{(knownCommand ? $" for '{first}'" : string.Empty)}");
        }
        else
        {
            foreach (System.CommandLine.Parsing.ParseError error in result.Errors)
            {
                string? misplaced = result.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-') && t.Length > 1 && error.Message.Contains($"'{t}'", StringComparison.Ordinal));
                stderr.WriteLine(misplaced is not null
                    ? $"error: unknown option '{misplaced}' here (a command's options follow the command: chsi-validate <command> [options])"
                    : "error: " + error.Message);
            }
        }

        stderr.WriteLine($"Run 'chsi-validate {(knownCommand ? first + " " : string.Empty)}--help' for usage.");
    }

    /// <summary>
    /// The first token before <c>--</c> that looks like an option (<c>--x</c>, or <c>-x</c> with a letter) and is no option
    /// of the command: System.CommandLine would otherwise take it as the command's value.
    /// </summary>
    private static string? UnknownOption(ParseResult result, string[] args)
    {
        Command command = result.CommandResult.Command;
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (Symbol? symbol = command; symbol is not null; symbol = symbol.Parents.FirstOrDefault())
        {
            if (symbol is Command c)
            {
                foreach (Option option in c.Options)
                {
                    if (symbol == command || option.Recursive)
                    {
                        known.Add(option.Name);
                        known.UnionWith(option.Aliases);
                    }
                }
            }
        }

        foreach (string arg in args)
        {
            if (arg == "--")
            {
                break;
            }

            string name = arg.Split('=', ':')[0];
            bool optionLike = name.StartsWith("--", StringComparison.Ordinal) || (name.Length >= 2 && name[0] == '-' && char.IsAsciiLetter(name[1])) || name is "-?";
            if (optionLike && !known.Contains(name) && name is not ("-h" or "--help" or "-?" or "/?" or "/h"))
            {
                return arg;
            }
        }

        return null;
    }

    /// <summary>A <c>--delimiter</c> value: auto (null), a name, <c>\t</c>, or one character <see cref="RosterOptions.IsValidDelimiter"/> accepts.</summary>
    internal static bool TryParseDelimiter(string value, out char? delimiter, out string? error)
    {
        (delimiter, error) = (null, null);
        switch (value.ToLowerInvariant())
        {
            case "auto":
                return true;
            case "comma":
                delimiter = ',';
                return true;
            case "semicolon":
                delimiter = ';';
                return true;
            case "tab" or "\\t":
                delimiter = '\t';
                return true;
            case "pipe":
                delimiter = '|';
                return true;
        }

        if (value.Length == 1 && RosterOptions.IsValidDelimiter(value[0]))
        {
            delimiter = value[0];
            return true;
        }

        error = $"--delimiter '{value}' is not a cell separator: give auto, comma, semicolon, tab (or \\t), pipe, or one printable ASCII character other than a letter, digit or '\"'";
        return false;
    }

    // The column names a --column value may start with: RosterColumn's names (any case, '-' and '_' ignored) and the Chinese names.
    private static readonly (string Name, RosterColumn Column)[] ColumnKeys =
    [
        ("name", RosterColumn.Name), ("姓名", RosterColumn.Name),
        ("certificatetype", RosterColumn.CertificateType), ("证件类型", RosterColumn.CertificateType),
        ("idnumber", RosterColumn.IdNumber), ("证件号码", RosterColumn.IdNumber),
        ("mobilenumber", RosterColumn.MobileNumber), ("手机号", RosterColumn.MobileNumber),
        ("email", RosterColumn.Email), ("邮箱", RosterColumn.Email),
    ];

    /// <summary>The <c>--column COLUMN=HEADER</c> values as <see cref="RosterOptions.ColumnNames"/> (null when none), or the first malformed one.</summary>
    internal static bool TryParseColumns(IEnumerable<string> values, out Dictionary<RosterColumn, string>? columns, out string? error)
    {
        (columns, error) = (null, null);
        foreach (string value in values)
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? value.Trim() : value[..equals].Trim();
            string header = equals < 0 ? string.Empty : value[(equals + 1)..].Trim();
            string folded = key.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            int found = Array.FindIndex(ColumnKeys, k => k.Name == folded);
            if (equals < 0 || key.Length == 0 || header.Length == 0)
            {
                error = $"--column '{value}' is not COLUMN=HEADER (for example --column idnumber=身份证件号)";
            }
            else if (found < 0)
            {
                error = $"--column '{value}': unknown column '{key}'; the columns are name, certificatetype, idnumber, mobilenumber, email (or 姓名, 证件类型, 证件号码, 手机号, 邮箱)";
            }
            else if (columns is not null && columns.ContainsKey(ColumnKeys[found].Column))
            {
                error = $"--column '{value}': the column {ColumnKeys[found].Column} is mapped twice";
            }
            else if (columns is not null && columns.Values.Any(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase)))
            {
                error = $"--column '{value}': the header '{header}' is mapped to two columns";
            }
            else
            {
                (columns ??= [])[ColumnKeys[found].Column] = header;
                continue;
            }

            columns = null;
            return false;
        }

        return true;
    }

    private static CultureInfo Culture(string? name) => name is null ? CultureInfo.CurrentUICulture : CultureInfo.GetCultureInfo(name);

    /// <summary>One value from the command line, or one per line from standard input (empty lines skipped).</summary>
    private static int CheckValues(string command, string? value, bool json, CultureInfo culture, TextReader stdin, TextWriter stdout)
    {
        CultureInfo.CurrentUICulture = culture;
        Func<string, CliReport> check = Commands.All[command];
        if (value is not null && value != "-")
        {
            return Print(check(value), value);
        }

        int status = Valid;
        bool first = true;
        for (string? line = stdin.ReadLine(); line is not null; line = stdin.ReadLine())
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (!first && !json)
            {
                stdout.WriteLine(); // a blank line between the text reports
            }

            first = false;
            status = Math.Max(status, Print(check(line), line));
        }

        return status;

        int Print(CliReport report, string input)
        {
            if (json)
            {
                report.PrintJson(stdout, command, input, culture);
            }
            else
            {
                report.Print(stdout, culture);
            }

            return report.IsValid ? Valid : Invalid;
        }
    }

    private static ReportFormat Format(string format) => format switch
    {
        "jsonl" => ReportFormat.JsonLines,
        "xlsx" => ReportFormat.Xlsx,
        _ => ReportFormat.Csv,
    };

    private static Encoding? InputEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return name switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false),
            "gb18030" or "gbk" => Encoding.GetEncoding("GB18030"),
            _ => null,
        };
    }

    private static RosterFormat FileFormat(string path, Stream stream)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return RosterFormat.Xlsx;
        }

        // A workbook under another name: a ZIP archive's signature ("PK\x03\x04") never starts a text roster.
        if (stream.CanSeek)
        {
            Span<byte> head = stackalloc byte[4];
            int n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            stream.Position = 0;
            if (n == 4 && head.SequenceEqual("PK\u0003\u0004"u8))
            {
                return RosterFormat.Xlsx;
            }
        }

        return RosterFormat.Csv;
    }

    private static int CheckRoster(string path, string format, string? outputPath, RosterOptions readOptions, CultureInfo culture, TextWriter stdout, TextWriter stderr, ICliHost host)
    {
        CultureInfo.CurrentUICulture = culture;
        Stream input;
        try
        {
            input = host.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot open '{path}': {e.Message}");
            return FileError;
        }

        using (input)
        {
            RosterOptions options = readOptions with { Culture = culture };
            var summary = new RosterSummary();
            // The roster is read on a thread of its own: the progress line learns the position through the stream the
            // reader uses, not by asking the file while that thread reads it.
            using var tracked = host.ErrorIsTerminal ? new PositionTrackingStream(input) : null;
            using var progress = tracked is null ? null : new Progress(stderr, tracked, host.Time);
            IEnumerable<RosterRow> rows = Roster.Check(tracked ?? input, FileFormat(path, input), options, summary);
            if (progress is not null)
            {
                rows = rows.Select(r =>
                {
                    progress.Tick();
                    return r;
                });
            }

            if (!WriteReport(outputPath, stdout, stderr, host, o => RosterReport.Write(rows, o, Format(format), culture, summary)))
            {
                return FileError;
            }

            progress?.Dispose();
            PrintSummary(summary, culture, stderr);
            return summary.FileFindings.Count == 0 && summary.InvalidRows == 0 ? Valid : Invalid;
        }
    }

    private static int Compare(string registrationsPath, string rosterPath, string format, string? outputPath, RosterOptions readOptions, CultureInfo culture, TextWriter stdout, TextWriter stderr, ICliHost host)
    {
        CultureInfo.CurrentUICulture = culture;
        Stream registrations, roster;
        try
        {
            registrations = host.OpenRead(registrationsPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot open '{registrationsPath}': {e.Message}");
            return FileError;
        }

        try
        {
            roster = host.OpenRead(rosterPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            registrations.Dispose();
            stderr.WriteLine($"error: cannot open '{rosterPath}': {e.Message}");
            return FileError;
        }

        using (registrations)
        using (roster)
        {
            RosterOptions options = readOptions with { Culture = culture };
            var counts = new SortedDictionary<ComparisonStatus, int>();
            IEnumerable<ComparisonRow> rows = RosterComparison.Compare(registrations, FileFormat(registrationsPath, registrations), roster, FileFormat(rosterPath, roster), options)
                .Select(r =>
                {
                    counts[r.Status] = counts.GetValueOrDefault(r.Status) + 1;
                    return r;
                });
            if (!WriteReport(outputPath, stdout, stderr, host, o => RosterReport.WriteComparison(rows, o, Format(format), culture)))
            {
                return FileError;
            }

            stderr.WriteLine(string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")));
            return counts.Keys.All(k => k == ComparisonStatus.Same) ? Valid : Invalid;
        }
    }

    private static bool WriteReport(string? outputPath, TextWriter stdout, TextWriter stderr, ICliHost host, Action<Stream> write)
    {
        Stream output;
        try
        {
            output = outputPath is null ? host.OpenStandardOutput() : host.Create(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write '{outputPath}': {e.Message}");
            return false;
        }

        stdout.Flush();
        using (output)
        {
            write(output);
            output.Flush();
        }

        return true;
    }

    private static void PrintSummary(RosterSummary summary, CultureInfo culture, TextWriter stderr)
    {
        bool zh = ValidationMessages.IsChinese(culture);
        stderr.WriteLine(zh
            ? $"共{summary.Rows}行：有效{summary.ValidRows}行，无效{summary.InvalidRows}行，有提示{summary.RowsWithWarnings}行{(summary.Encoding is { } e ? $"（编码 {e}）" : string.Empty)}"
            : $"{summary.Rows} rows: {summary.ValidRows} valid, {summary.InvalidRows} invalid, {summary.RowsWithWarnings} with warnings{(summary.Encoding is { } f ? $" (encoding {f})" : string.Empty)}");
        foreach (RosterFinding finding in summary.FileFindings)
        {
            stderr.WriteLine($"{finding.ErrorCode}: {finding.Message}");
        }

        foreach ((string code, int count) in summary.CountsByCode)
        {
            stderr.WriteLine($"  {count,8}  {code}");
        }
    }

    /// <summary>
    /// A progress line on a terminal's stderr: rows, rows per second, elapsed and (for a file of known length) time left.
    /// Before the first row it shows how much of the file has been read: the first pass of a two-pass duplicate check
    /// reads the whole file before any row comes out. The rate and the time left count from the first row, so that a
    /// second pass (which reads the file again from its start) is measured on its own.
    /// </summary>
    private sealed class Progress : IDisposable
    {
        private readonly TextWriter _stderr;
        private readonly PositionTrackingStream _input;
        private readonly TimeProvider _time;
        private readonly long _start;
        private readonly Lock _gate = new();
        private long _firstRow;
        private long _firstRowPosition;
        private long _rows;
        private long _lastDraw = -1;
        private int _width;

        public Progress(TextWriter stderr, PositionTrackingStream input, TimeProvider time)
        {
            (_stderr, _input, _time) = (stderr, input, time);
            _start = time.GetTimestamp();
            input.AfterRead += Reading; // the reads before the first row: the caller's thread, or the reader's, one at a time
        }

        public void Tick()
        {
            if (_rows++ == 0)
            {
                lock (_gate)
                {
                    (_firstRow, _firstRowPosition) = (_time.GetTimestamp(), _input.LastPosition);
                    _input.AfterRead -= Reading;
                }
            }

            long ms = Milliseconds();
            if (ms - _lastDraw < 250)
            {
                return;
            }

            double seconds = Math.Max(_time.GetElapsedTime(_firstRow).TotalSeconds, 0.001);
            string left = string.Empty;
            if (_input.KnownLength > _firstRowPosition)
            {
                double done = Math.Clamp((double)(_input.LastPosition - _firstRowPosition) / (_input.KnownLength - _firstRowPosition), 0.0001, 1);
                left = $", {done:P0}, {TimeSpan.FromSeconds(Math.Round(seconds / done - seconds)):g} left";
            }

            Draw(ms, $"{_rows:N0} rows, {_rows / seconds:N0} rows/s, {Elapsed(ms)}{left}");
        }

        /// <summary>Clears the line (the summary follows on a clean line).</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _input.AfterRead -= Reading;
                if (_width > 0)
                {
                    _stderr.Write("\r" + new string(' ', _width) + "\r");
                    _width = 0;
                }
            }
        }

        private void Reading()
        {
            long ms = Milliseconds();
            if (ms - _lastDraw >= 250 && _input.KnownLength > 0)
            {
                Draw(ms, $"reading, {Math.Clamp((double)_input.LastPosition / _input.KnownLength, 0, 1):P0} of the file, {Elapsed(ms)}");
            }
        }

        private long Milliseconds() => (long)_time.GetElapsedTime(_start).TotalMilliseconds;

        private static string Elapsed(long ms) => TimeSpan.FromSeconds(Math.Round(ms / 1000.0)).ToString("g", CultureInfo.CurrentCulture);

        private void Draw(long ms, string line)
        {
            lock (_gate)
            {
                _lastDraw = ms;
                _stderr.Write("\r" + line.PadRight(_width)); // a shorter line covers the end of a longer one
                _width = Math.Max(_width, line.Length);
            }
        }
    }

    /// <summary>
    /// A stream that passes everything to <paramref name="inner"/> and publishes, after each read or seek, where it is:
    /// the progress line reads <see cref="LastPosition"/> on the caller's thread while the roster's reader thread reads.
    /// </summary>
    private sealed class PositionTrackingStream(Stream inner) : Stream
    {
        private long _lastPosition;

        /// <summary>The length of a seekable input when the check started; 0 when unknown.</summary>
        public long KnownLength { get; } = inner.CanSeek ? inner.Length : 0;

        /// <summary>The position after the last read or seek (0 for an input that cannot tell).</summary>
        public long LastPosition => Volatile.Read(ref _lastPosition);

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set
            {
                inner.Position = value;
                Publish();
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Published(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Published(inner.Read(buffer));

        public override long Seek(long offset, SeekOrigin origin)
        {
            long position = inner.Seek(offset, origin);
            Publish();
            return position;
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>Raised after each read, on the thread that read.</summary>
        public event Action? AfterRead;

        private int Published(int read)
        {
            Publish();
            AfterRead?.Invoke();
            return read;
        }

        private void Publish()
        {
            if (inner.CanSeek)
            {
                Volatile.Write(ref _lastPosition, inner.Position);
            }
        }
    }
}
