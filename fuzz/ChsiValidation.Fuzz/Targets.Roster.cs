using System.Runtime.InteropServices;
using System.Text;
using ChsiValidation.Rosters;
using Sylvan.Data.Csv;

namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    /// <summary>
    /// Roster.Check on CSV bytes (the raw UTF-16 pass hands the input's exact bytes over: they are read back with
    /// <see cref="MemoryMarshal.AsBytes{T}(ReadOnlySpan{T})"/>; the UTF-8 pass gives its well-formed re-encoding), and
    /// the JSON-lines report of the rows.
    /// </summary>
    internal static void RosterCsvTarget(string? input)
    {
        if (input is null)
        {
            return;
        }

        RosterCsv(MemoryMarshal.AsBytes(input.AsSpan()).ToArray());
        RosterCsv(Encoding.UTF8.GetBytes(input));
    }

    private static void RosterCsv(byte[] file)
    {
        var serialSummary = new RosterSummary();
        List<RosterRow> serial = [.. Roster.Check(new MemoryStream(file), RosterFormat.Csv, RosterSerial, serialSummary)];
        var parallelSummary = new RosterSummary();
        List<RosterRow> parallel = [.. Roster.Check(new MemoryStream(file), RosterFormat.Csv, RosterParallel, parallelSummary)];

        // Every record after the header is a row, numbered from 2 without a gap; the summary counts them all.
        Check.Same(ExpectedRecords(file), serial.Count);
        Check.That(serial.Select(r => r.RowNumber).SequenceEqual(Enumerable.Range(2, serial.Count)));
        Check.Same(serial.Count, serialSummary.Rows);
        Check.Same(serialSummary.Rows, serialSummary.ValidRows + serialSummary.InvalidRows);
        Check.That(serial.Count > 0 || serialSummary.FileFindings.Count > 0 || file.Length > 0);

        // Parallel checking gives the same rows, in the same order, with the same findings.
        Check.Same(serial.Count, parallel.Count);
        for (int i = 0; i < serial.Count; i++)
        {
            Check.That(serial[i].RowNumber == parallel[i].RowNumber && serial[i].IsValid == parallel[i].IsValid
                && serial[i].Findings.Select(f => f.ErrorCode).SequenceEqual(parallel[i].Findings.Select(f => f.ErrorCode)));
        }

        Check.That(serialSummary.CountsByCode.SequenceEqual(parallelSummary.CountsByCode));

        foreach (RosterRow row in serial)
        {
            Check.That(row.Values.Count == 5 && row.Values.All(v => v is null || v.Length <= RosterRow.MaxShownLength + 1));
            foreach (RosterFinding finding in row.Findings)
            {
                // Every code has its texts, and the message filled every placeholder.
                string? template = RosterMessages.GetTemplate(finding.ErrorCode, English);
                Check.That(template is not null);
                Check.That(Placeholders(template!).All(finding.Arguments.ContainsKey));
            }

            Check.That(row.IsValid == row.Findings.All(f => f.Severity == RosterSeverity.Warning));
        }

        // The JSON-lines report has one line per row and the summary.
        var report = new MemoryStream();
        RosterReport.Write(serial, report, ReportFormat.JsonLines, English, serialSummary);
        Check.Same(serial.Count + 1, report.ToArray().Count(b => b == (byte)'\n'));
    }

    private static IEnumerable<string> Placeholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, "\\{([A-Za-z]+)\\}").Select(m => m.Groups[1].Value);

    /// <summary>The records after the header, counted by Sylvan alone with the roster's settings (plus the row a read error stops on).</summary>
    private static int ExpectedRecords(byte[] file)
    {
        if (file.Length == 0)
        {
            return 0;
        }

        (Encoding encoding, Stream body) = CsvSource.DetectEncoding(new MemoryStream(file), null);
        using var text = new StreamReader(body, encoding, detectEncodingFromByteOrderMarks: false);
        int records = 0;
        try
        {
            using CsvDataReader reader = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = RosterOptions.Default.Delimiter, // null: detected from the first line, as the roster does
                Comment = '\0',
                CsvStyle = CsvStyle.Lax,
                BufferSize = Math.Min(1 << 16, RosterOptions.Default.MaxRecordLength), // detection reads the first buffer
                MaxBufferSize = RosterOptions.Default.MaxRecordLength,
            });
            while (reader.Read())
            {
                records++;
            }
        }
        catch (Exception e) when (e is CsvFormatException or InvalidOperationException)
        {
            records++; // the record that could not be read is a row of the report
        }

        return Math.Max(0, records - 1);
    }

    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    private static readonly RosterOptions RosterSerial = new() { Culture = English, MaxDegreeOfParallelism = 1 };

    private static readonly RosterOptions RosterParallel = new() { Culture = English, MaxDegreeOfParallelism = 4 };
}
