using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MiniExcelLibs;

namespace ChsiValidation.Rosters;

/// <summary>The formats a report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>CSV in UTF-8 with a byte-order mark (so that Excel reads the Chinese text), one line per row.</summary>
    Csv = 0,

    /// <summary>JSON lines: one JSON object per row, then one line holding the summary.</summary>
    JsonLines,

    /// <summary>An XLSX workbook: a sheet of rows and a sheet of counts per reason.</summary>
    Xlsx,
}

/// <summary>
/// Writes the rows of a roster check or a comparison as a report, streaming: one report line per row, in order. Values
/// that a spreadsheet would run as a formula (starting with = + - @) are written with a leading apostrophe in CSV.
/// </summary>
public static class RosterReport
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes <paramref name="rows"/> to <paramref name="output"/> in <paramref name="format"/>, with headers in the language
    /// of <paramref name="culture"/>. <paramref name="summary"/> (complete once the rows are enumerated) ends a JSON-lines
    /// report and fills an XLSX report's second sheet.
    /// </summary>
    public static void Write(IEnumerable<RosterRow> rows, Stream output, ReportFormat format, CultureInfo? culture = null, RosterSummary? summary = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        culture ??= CultureInfo.CurrentUICulture;
        bool zh = ValidationMessages.IsChinese(culture);
        string[] header = zh
            ? ["行号", "结果", "姓名", "证件类型", "证件号码", "手机号", "邮箱", "原因代码", "说明"]
            : ["Row", "Result", "Name", "Certificate type", "ID number", "Mobile number", "Email", "Codes", "Messages"];
        switch (format)
        {
            case ReportFormat.JsonLines:
                WriteJsonLines(output, rows, WriteRow, summary is null ? null : w => WriteSummary(w, summary));
                return;
            case ReportFormat.Xlsx:
                WriteXlsx(output, header, rows.Select(r => Cells(r, zh)), summary is null ? null : () => SummaryLines(summary, culture));
                return;
            default:
                WriteCsv(output, header, rows.Select(r => Cells(r, zh)));
                return;
        }
    }

    /// <summary>Writes a comparison's rows, like <see cref="Write(IEnumerable{RosterRow}, Stream, ReportFormat, CultureInfo?, RosterSummary?)"/>.</summary>
    public static void WriteComparison(IEnumerable<ComparisonRow> rows, Stream output, ReportFormat format, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        culture ??= CultureInfo.CurrentUICulture;
        bool zh = ValidationMessages.IsChinese(culture);
        string[] header = zh
            ? ["注册行号", "名单行号", "结果", "注册姓名", "名单姓名", "注册证件号码", "名单证件号码", "原因代码", "说明"]
            : ["Registration row", "Roster row", "Result", "Registered name", "Roster name", "Registered ID number", "Roster ID number", "Codes", "Messages"];
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        IEnumerable<ComparisonRow> counted = rows.Select(r =>
        {
            counts[r.Status.ToString()] = counts.GetValueOrDefault(r.Status.ToString()) + 1;
            return r;
        });
        switch (format)
        {
            case ReportFormat.JsonLines:
                WriteJsonLines(output, counted, WriteComparison, w =>
                {
                    w.WriteStartObject("summary");
                    foreach ((string status, int n) in counts)
                    {
                        w.WriteNumber(status, n);
                    }

                    w.WriteEndObject();
                });
                return;
            case ReportFormat.Xlsx:
                WriteXlsx(output, header, counted.Select(r => Cells(r, zh)), () => counts.Select(c => new[] { c.Key, c.Value.ToString(CultureInfo.InvariantCulture), string.Empty }));
                return;
            default:
                WriteCsv(output, header, counted.Select(r => Cells(r, zh)));
                return;
        }
    }

    private static string?[] Cells(RosterRow row, bool zh) =>
    [
        row.RowNumber.ToString(CultureInfo.InvariantCulture),
        row.IsValid ? (zh ? "有效" : "valid") : (zh ? "无效" : "invalid"),
        row.GetValue(RosterColumn.Name),
        row.GetValue(RosterColumn.CertificateType),
        row.GetValue(RosterColumn.IdNumber),
        row.GetValue(RosterColumn.MobileNumber),
        row.GetValue(RosterColumn.Email),
        string.Join("; ", row.Findings.Select(f => f.ErrorCode)),
        string.Join(zh ? "；" : "; ", row.Findings.Select(f => f.Message)),
    ];

    private static string?[] Cells(ComparisonRow row, bool zh) =>
    [
        row.RegistrationRow?.ToString(CultureInfo.InvariantCulture),
        row.RosterRow?.ToString(CultureInfo.InvariantCulture),
        StatusText(row.Status, zh),
        row.RegisteredName,
        row.RosterName,
        row.RegisteredIdNumber,
        row.RosterIdNumber,
        string.Join("; ", row.Findings.Select(f => f.ErrorCode)),
        string.Join(zh ? "；" : "; ", row.Findings.Select(f => f.Message)),
    ];

    private static string StatusText(ComparisonStatus status, bool zh) => status switch
    {
        ComparisonStatus.Same => zh ? "一致" : "same",
        ComparisonStatus.Mismatch => zh ? "不一致" : "mismatch",
        ComparisonStatus.NotInRoster => zh ? "名单中没有" : "not in roster",
        _ => zh ? "未注册" : "not registered",
    };

    private static IEnumerable<string[]> SummaryLines(RosterSummary summary, CultureInfo culture)
    {
        bool zh = ValidationMessages.IsChinese(culture);
        yield return [zh ? "行数" : "Rows", summary.Rows.ToString(CultureInfo.InvariantCulture), string.Empty];
        yield return [zh ? "有效" : "Valid", summary.ValidRows.ToString(CultureInfo.InvariantCulture), string.Empty];
        yield return [zh ? "无效" : "Invalid", summary.InvalidRows.ToString(CultureInfo.InvariantCulture), string.Empty];
        foreach ((string code, int count) in summary.CountsByCode)
        {
            yield return [code, count.ToString(CultureInfo.InvariantCulture), RosterMessages.GetTemplate(code, culture) ?? string.Empty];
        }

        foreach (RosterFinding finding in summary.FileFindings)
        {
            yield return [finding.ErrorCode, string.Empty, finding.Message];
        }
    }

    private static void WriteCsv(Stream output, string[] header, IEnumerable<string?[]> lines)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        WriteCsvLine(writer, header);
        foreach (string?[] line in lines)
        {
            WriteCsvLine(writer, line);
        }
    }

    private static void WriteCsvLine(TextWriter writer, string?[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            string cell = cells[i] ?? string.Empty;
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                cell = "'" + cell; // OWASP CSV injection: a spreadsheet would run it as a formula
            }

            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.WriteLine();
    }

    private static void WriteJsonLines<T>(Stream output, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write, Action<Utf8JsonWriter>? trailer)
    {
        var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, JsonOptions);
        void Flush()
        {
            json.Flush();
            buffer.WriteByte((byte)'\n');
            output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            buffer.SetLength(0);
            json.Reset();
        }

        foreach (T row in rows)
        {
            write(json, row);
            Flush();
        }

        if (trailer is not null)
        {
            json.WriteStartObject();
            trailer(json);
            json.WriteEndObject();
            Flush();
        }

        output.Flush();
    }

    private static void WriteRow(Utf8JsonWriter w, RosterRow row)
    {
        w.WriteStartObject();
        w.WriteNumber("row", row.RowNumber);
        w.WriteBoolean("valid", row.IsValid);
        w.WriteStartObject("values");
        foreach (RosterColumn column in Enum.GetValues<RosterColumn>())
        {
            if (row.GetValue(column) is { } value)
            {
                w.WriteString(JsonName(column), value);
            }
        }

        w.WriteEndObject();
        w.WriteString("certificateType", row.CertificateType.ToString());
        WriteIfSet(w, "name", row.Name);
        WriteIfSet(w, "idNumber", row.IdNumber);
        WriteIfSet(w, "mobileNumber", row.MobileNumber);
        WriteIfSet(w, "email", row.Email);
        WriteFindings(w, row.Findings);
        w.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter w, ComparisonRow row)
    {
        w.WriteStartObject();
        if (row.RegistrationRow is { } a)
        {
            w.WriteNumber("registrationRow", a);
        }

        if (row.RosterRow is { } b)
        {
            w.WriteNumber("rosterRow", b);
        }

        w.WriteString("status", row.Status.ToString());
        WriteIfSet(w, "registeredName", row.RegisteredName);
        WriteIfSet(w, "rosterName", row.RosterName);
        WriteIfSet(w, "registeredIdNumber", row.RegisteredIdNumber);
        WriteIfSet(w, "rosterIdNumber", row.RosterIdNumber);
        WriteFindings(w, row.Findings);
        w.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<RosterFinding> findings)
    {
        w.WriteStartArray("findings");
        foreach (RosterFinding finding in findings)
        {
            WriteFinding(w, finding);
        }

        w.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter w, RosterFinding finding)
    {
        w.WriteStartObject();
        if (finding.Column is { } column)
        {
            w.WriteString("column", JsonName(column));
        }

        w.WriteString("code", finding.ErrorCode);
        w.WriteString("severity", finding.Severity == RosterSeverity.Error ? "error" : "warning");
        w.WriteString("message", finding.Message);
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, RosterSummary summary)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("rows", summary.Rows);
        w.WriteNumber("valid", summary.ValidRows);
        w.WriteNumber("invalid", summary.InvalidRows);
        w.WriteNumber("withWarnings", summary.RowsWithWarnings);
        WriteIfSet(w, "encoding", summary.Encoding);
        w.WriteBoolean("truncated", summary.Truncated);
        w.WriteStartObject("columns");
        foreach ((RosterColumn column, string header) in summary.Columns)
        {
            w.WriteString(JsonName(column), header);
        }

        w.WriteEndObject();
        w.WriteStartObject("countsByCode");
        foreach ((string code, int count) in summary.CountsByCode)
        {
            w.WriteNumber(code, count);
        }

        w.WriteEndObject();
        w.WriteStartArray("fileFindings");
        foreach (RosterFinding finding in summary.FileFindings)
        {
            WriteFinding(w, finding);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string JsonName(RosterColumn column) => column switch
    {
        RosterColumn.Name => "name",
        RosterColumn.CertificateType => "certificateType",
        RosterColumn.IdNumber => "idNumber",
        RosterColumn.MobileNumber => "mobileNumber",
        _ => "email",
    };

    /// <summary>
    /// An XLSX report through MiniExcel: the rows' sheet streams (MiniExcel enumerates it while writing), then the summary
    /// sheet, whose lines are asked for only after the rows have all been written.
    /// </summary>
    private static void WriteXlsx(Stream output, string[] header, IEnumerable<string?[]> lines, Func<IEnumerable<string[]>>? summary)
    {
        IEnumerable<Dictionary<string, object?>> Sheet(string[] names, IEnumerable<string?[]> cells)
        {
            foreach (string?[] line in cells)
            {
                var row = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
                for (int i = 0; i < names.Length; i++)
                {
                    row[names[i]] = i < line.Length ? line[i] : null;
                }

                yield return row;
            }
        }

        var sheets = new Dictionary<string, object>(StringComparer.Ordinal) { ["report"] = Sheet(header, lines) };
        if (summary is not null)
        {
            string[] names = ["item", "count", "text"];
            sheets["summary"] = Sheet(names, Deferred(summary));
        }

        MiniExcel.SaveAs(output, sheets, printHeader: true, excelType: ExcelType.XLSX);
    }

    private static IEnumerable<string[]> Deferred(Func<IEnumerable<string[]>> lines)
    {
        foreach (string[] line in lines())
        {
            yield return line;
        }
    }
}
