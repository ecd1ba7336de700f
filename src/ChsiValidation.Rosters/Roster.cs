using System.Collections.Concurrent;
using System.Globalization;

namespace ChsiValidation.Rosters;

/// <summary>
/// Checks a whole roster (CSV or XLSX) with the rules, row by row: streaming, in parallel, rows given back in file order.
/// </summary>
/// <remarks>
/// Every record after the header becomes one <see cref="RosterRow"/>, whatever is wrong with it (ragged, blank, cut by an
/// unbalanced quote, undecodable), so the report accounts for every row. Memory stays flat in the rows read: a bounded
/// number of batches is in flight, and each cell is read up to a bound beyond what any rule reads; only the duplicate
/// check keeps one entry per distinct ID and mobile number (or, for a seekable file over
/// <see cref="RosterOptions.DuplicateMemoryLimit"/>, sorts them in temporary files and reads the file twice).
/// </remarks>
public static class Roster
{
    /// <summary>How many rows one parallel batch holds.</summary>
    internal const int BatchSize = 512;

    /// <summary>
    /// Reads <paramref name="input"/> as <paramref name="format"/> and checks every row. Enumerate the result once; it
    /// reads the stream as it goes (the stream is not closed). <paramref name="summary"/>, when given, is filled in as the
    /// rows are enumerated. Never throws for anything in the file.
    /// </summary>
    /// <param name="input">The file's bytes.</param>
    /// <param name="format">CSV or XLSX (an XLSX stream should be seekable: MiniExcel reads the archive's directory first).</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="RosterOptions.Default"/>.</param>
    /// <param name="summary">A summary to fill in, or <see langword="null"/>.</param>
    public static IEnumerable<RosterRow> Check(Stream input, RosterFormat format, RosterOptions? options = null, RosterSummary? summary = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CheckCore(input, format, options ?? RosterOptions.Default, summary ?? new RosterSummary());
    }

    private static IEnumerable<RosterRow> CheckCore(Stream input, RosterFormat format, RosterOptions options, RosterSummary summary)
    {
        var checker = new RowChecker(options, options.Culture ?? CultureInfo.CurrentUICulture);
        using ExternalDuplicates? external = ExternalDuplicates.TryFind(input, format, options, checker.Culture);
        using RecordSource source = RecordSource.Open(input, format, options);
        summary.Encoding = source.EncodingName;
        checker.EncodingName = source.EncodingName?.ToUpperInvariant();
        string[]? header = source.ReadHeader();
        if (header is null)
        {
            summary.AddFileFinding(source.OpenError is { } error
                ? RosterFinding.Create(null, RosterErrorCodes.UnreadableFile, checker.Culture, RosterSeverity.Error, ("Format", format.ToString().ToUpperInvariant()), ("Detail", error))
                : RosterFinding.Create(null, RosterErrorCodes.EmptyFile, checker.Culture));
            yield break;
        }

        if (Array.Exists(header, h => h.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            summary.AddFileFinding(RosterFinding.Create(null, RosterErrorCodes.UndecodableText, checker.Culture, RosterSeverity.Error,
                ("PropertyName", ValidationMessages.IsChinese(checker.Culture) ? "表头" : "The header"), ("Encoding", source.EncodingName)));
        }

        int[] ordinals = RosterHeaders.Map(header, options);
        for (int c = 0; c < ordinals.Length; c++)
        {
            if (ordinals[c] >= 0)
            {
                summary.AddColumn((RosterColumn)c, header[ordinals[c]]);
            }
        }

        checker.Prepare(ordinals, header.Length, source.HasFieldCounts);
        foreach (RosterFinding finding in checker.MissingColumns)
        {
            summary.AddFileFinding(finding);
        }

        // The tables of the index in memory start at the file's size, within the memory allowed them.
        long rows = Math.Min(source.EstimatedRecords, options.DuplicateMemoryLimit / DuplicateIndex.BytesPerRow);
        IDuplicateCheck? duplicates = (IDuplicateCheck?)external ?? (options.FindDuplicates
            ? new DuplicateIndex(checker.Culture, ordinals[(int)RosterColumn.IdNumber] >= 0 ? rows : 0, ordinals[(int)RosterColumn.MobileNumber] >= 0 ? rows : 0)
            : null);
        bool withKeys = duplicates is DuplicateIndex;

        bool stoppedReported = false;

        // The batches the caller is done with, read into again.
        var spare = new ConcurrentQueue<RowBatch>();
        IEnumerable<RowBatch> batches = options.MaxDegreeOfParallelism == 1
            ? CheckInline(source, ordinals, checker, withKeys, spare)
            : CheckInParallel(source, ordinals, checker, withKeys, spare, options.MaxDegreeOfParallelism);
        foreach (RowBatch batch in batches)
        {
            // The duplicate check needs the batches in file order, which is the order they arrive in here.
            duplicates?.AddAll(batch);
            if (external?.Stopped is { } stopped && !stoppedReported)
            {
                stoppedReported = true;
                summary.AddFileFinding(RosterFinding.Create(null, RosterErrorCodes.DuplicateCheckStopped, checker.Culture, RosterSeverity.Error, ("Row", stopped.Row), ("Detail", stopped.Detail)));
            }

            for (int i = 0; i < batch.Count; i++)
            {
                RosterRow row = batch.Rows[i];
                if (row.Findings.Count > 0 && HasUnreadableRecord(row))
                {
                    summary.Truncated = true;
                }

                summary.Count(row);
                yield return row;
            }

            spare.Enqueue(batch);
        }
    }

    /// <summary>Reads and checks one batch after another on the caller's thread.</summary>
    private static IEnumerable<RowBatch> CheckInline(RecordSource source, int[] ordinals, RowChecker checker, bool withKeys, ConcurrentQueue<RowBatch> spare)
    {
        bool more = true;
        while (more)
        {
            RowBatch batch = ReadBatch(source, ordinals, Empty(spare), out more);
            if (batch.Count > 0)
            {
                checker.CheckAll(batch, withKeys);
                yield return batch;
            }
        }
    }

    /// <summary>
    /// A thread of its own reads the file into batches, which wait in file order (<see cref="BatchQueue{T}"/>), and every
    /// thread the check may use checks them: the caller's thread, which takes the batches in file order (and checks them
    /// for duplicates, which needs that order), checks the next one itself when it is not checked yet; the reader checks
    /// the oldest unchecked one when it is 2 × <paramref name="parallelism"/> batches ahead, instead of waiting; and up to
    /// <paramref name="parallelism"/> − 2 thread-pool work items check whatever is waiting. So no more threads work than
    /// the parallelism allows (on two cores: the reader and the caller), a thread waits only when no batch is left to
    /// check, and memory stays bounded whatever the file's length; a reader slower than the rules (a workbook) is then the
    /// only limit.
    /// </summary>
    private static IEnumerable<RowBatch> CheckInParallel(RecordSource source, int[] ordinals, RowChecker checker, bool withKeys, ConcurrentQueue<RowBatch> spare, int parallelism)
    {
        var queue = new BatchQueue<RowBatch>(parallelism * 2, parallelism - 2, batch => checker.CheckAll(batch, withKeys));
        Task reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    bool more = true;
                    while (more)
                    {
                        RowBatch batch = ReadBatch(source, ordinals, Empty(spare), out more);
                        if (batch.Count > 0 && !queue.Add(batch))
                        {
                            break; // the caller stopped enumerating
                        }
                    }
                }
                catch (Exception e)
                {
                    queue.Fail(e);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning, // it waits on the file and on the bound: a thread of its own, not the pool's
            TaskScheduler.Default);
        try
        {
            while (queue.Take() is { } batch)
            {
                yield return batch;
            }
        }
        finally
        {
            // The source is disposed after this: the reader must be done with it first (and the helpers with the batches).
            queue.Stop();
            reader.GetAwaiter().GetResult();
        }
    }

    private static bool HasUnreadableRecord(RosterRow row)
    {
        IReadOnlyList<RosterFinding> findings = row.Findings;
        for (int i = 0; i < findings.Count; i++)
        {
            if (findings[i].ErrorCode == RosterErrorCodes.UnreadableRecord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A batch the caller is done with, emptied, or a new one.</summary>
    private static RowBatch Empty(ConcurrentQueue<RowBatch> spare)
    {
        if (spare.TryDequeue(out RowBatch? batch))
        {
            batch.Clear();
            return batch;
        }

        return new RowBatch();
    }

    /// <summary>Reads the next records into <paramref name="batch"/> (empty) until it is full; <paramref name="more"/> false once the source is at its end.</summary>
    internal static RowBatch ReadBatch(RecordSource source, int[] ordinals, RowBatch batch, out bool more)
    {
        more = true;
        while (!batch.IsFull)
        {
            if (!source.Next(ordinals, batch))
            {
                more = false;
                break;
            }
        }

        return batch;
    }

}
