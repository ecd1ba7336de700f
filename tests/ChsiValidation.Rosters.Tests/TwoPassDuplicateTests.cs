using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>
/// The duplicate check of a seekable file over <see cref="RosterOptions.DuplicateMemoryLimit"/>: two passes and an
/// external sort in temporary files, with the same findings as the index in memory.
/// </summary>
public sealed class TwoPassDuplicateTests : IDisposable
{
    private const string Header = "姓名,证件类型,证件号码,手机号,邮箱\n";

    /// <summary>A directory of this test class's own, so that the temporary files counted are the check's.</summary>
    private readonly string _temp = Directory.CreateTempSubdirectory("roster-runs-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Two passes, with runs of a few entries each: many runs, and merges of merges (more than 16 runs).</summary>
    private RosterOptions TwoPasses(int parallelism = 2) =>
        new() { Culture = En, DuplicateMemoryLimit = 0, RunBytes = 64, TemporaryDirectory = _temp, MaxDegreeOfParallelism = parallelism };

    private static readonly RosterOptions OnePass = new() { Culture = En, MaxDegreeOfParallelism = 1 };

    /// <summary>Each row's findings as text: codes and arguments, in order.</summary>
    private static List<string> Findings(IEnumerable<RosterRow> rows) =>
        [.. rows.Select(r => r.RowNumber + ": " + string.Join("; ", r.Findings.Select(f =>
            f.ErrorCode + "(" + string.Join(",", f.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)) + ")")))];

    private static readonly string Fifteen = "110105491231002"; // first generation: its upgrade is Id1

    // The cells a row is made of: repeated numbers, their other spellings, other certificate types, invalid cells.
    private static readonly string[] IdCells = [Id1, Id1.ToLowerInvariant(), Fifteen, Id2, Id3, "１１０１０５１９４９１２３１００２Ｘ", "12345", "bad", "", "E12345678", "G1234567"];
    private static readonly string[] TypeCells = ["", "", "居民身份证", "护照", "驾驶证"];
    private static readonly string[] NameCells = ["张三", "李四", "王五", "John Smith", "张3", ""];
    private static readonly string[] MobileCells = ["13800138000", "13900139000", "15000150000", "1380013800", "", ""];

    private static Gen<string> RowGen =>
        Gen.Frequency(
            (1, Gen.Constant(",,,,")),
            (12, from name in Gen.Elements(NameCells)
                 from type in Gen.Elements(TypeCells)
                 from id in Gen.Elements(IdCells)
                 from mobile in Gen.Elements(MobileCells)
                 select $"{name},{type},{id},{mobile},"));

    [Property(MaxTest = 150)]
    public Property TwoPassesFindWhatTheIndexFinds() =>
        Prop.ForAll(Gen.ListOf(RowGen).Select(rows => rows.ToArray()).ToArbitrary(), Gen.Elements(1, 2).ToArbitrary(), (lines, parallelism) =>
        {
            byte[] file = Csv(Header + string.Join("\n", lines) + "\n");
            (List<RosterRow> expected, RosterSummary expectedSummary) = Check(file, options: OnePass);
            (List<RosterRow> actual, RosterSummary actualSummary) = Check(file, options: TwoPasses(parallelism));
            List<string> codes = [.. expected.SelectMany(Codes)];
            bool same = Findings(expected).SequenceEqual(Findings(actual))
                && expectedSummary.Rows == actualSummary.Rows && expectedSummary.ValidRows == actualSummary.ValidRows
                && !Directory.EnumerateFileSystemEntries(_temp).Any();
            return same.Label(string.Join(" | ", Findings(expected).Zip(Findings(actual)).Where(p => p.First != p.Second)))
                .Classify(codes.Contains(RosterErrorCodes.DuplicateIdNumber), "ID number repeated")
                .Classify(codes.Contains(RosterErrorCodes.DuplicateMobileNumber), "mobile number of another person")
                .Classify(expected.Any(r => r.IdNumber == Id1 && r.Values[2] == Fifteen) && expected.Count(r => r.IdNumber == Id1) > 1, "15-digit number and its upgrade")
                .Classify(expected.Any(r => r.IdNumber is null && r.MobileNumber is not null && r.Name is not null), "a person by name with a mobile")
                .Classify(expected.GroupBy(r => r.MobileNumber).Any(g => g.Key is not null && g.Select(r => r.IdNumber).Distinct().Count() < g.Count()), "a mobile repeated by one person")
                .Classify(expected.Any(r => r.CertificateType != CertificateType.ResidentIdCard), "another certificate type")
                .Classify(codes.Contains(RosterErrorCodes.EmptyRow), "blank row")
                .Classify(lines.Any(l => l.Contains(Id1.ToLowerInvariant(), StringComparison.Ordinal)), "lower-case x")
                .Classify(codes.Any(c => !c.StartsWith("ChsiRoster.", StringComparison.Ordinal)), "an invalid cell")
                .Classify(lines.Length > 64, "more than 16 runs")
                .Collect(lines.Length / 50 * 50);
        });

    /// <summary>
    /// A disk error while the second pass reads the findings back (here the temporary files are cut short under it) is a
    /// finding about the file, from the row where it happened; every row is still given, the earlier ones with their
    /// duplicates. 100,000 rows of one number make runs of findings longer than one read buffer, so the second pass reads
    /// the files again after the first rows. The rows are not kept: this test runs beside the ones that measure the heap.
    /// </summary>
    [Fact]
    public void ADiskErrorInTheSecondPassIsAFindingAboutTheFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // cutting a file another handle holds open is POSIX truncate(2)
        }

        const int Rows = 100_000;
        byte[] file = Csv(Header + string.Concat(Enumerable.Repeat($"张三,,{Id1},,\n", Rows)));
        var summary = new RosterSummary();
        RosterOptions options = TwoPasses(parallelism: 1) with { RunBytes = 1 << 20 };
        var duplicate = new System.Collections.BitArray(Rows + 2);
        int rows = 0;
        bool numbered = true;
        foreach (RosterRow row in Roster.Check(new MemoryStream(file), RosterFormat.Csv, options, summary))
        {
            if (rows++ == 0)
            {
                // The first pass is done: its findings are in the temporary files.
                string[] runs = Directory.GetFiles(_temp);
                Assert.True(runs.Length > 1, "the findings were written in runs");
                foreach (string run in runs)
                {
                    Assert.Equal(0, NativeMethods.Truncate(run, 0));
                }
            }

            numbered &= row.RowNumber == rows + 1;
            duplicate[row.RowNumber] = row.Findings.Count == 1 && row.Findings[0].ErrorCode == RosterErrorCodes.DuplicateIdNumber;
        }

        Assert.Equal(Rows, rows);
        Assert.True(numbered);
        RosterFinding stopped = Assert.Single(summary.FileFindings, f => f.ErrorCode == RosterErrorCodes.DuplicateCheckStopped);
        int at = (int)stopped.Arguments["Row"]!;
        Assert.InRange(at, 4, Rows);
        Assert.StartsWith($"The duplicate check stopped at row {at} (", stopped.Message, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(3, at - 3), r => Assert.True(duplicate[r], $"row {r} has its duplicate"));
        Assert.All(Enumerable.Range(at + 1, Rows + 1 - at), r => Assert.False(duplicate[r], $"row {r} has no finding"));
    }

    [Fact]
    public void EncodingTruncationAndCountsAreThoseOfOnePass()
    {
        // GB18030, repeated numbers, then a record longer than MaxRecordLength: reading stops there in both passes.
        string text = Header + $"张三,,{Id1},13800138000,\n李四,,{Id1},13800138000,\n王五,,{Fifteen},,\n"
            + "赵六,,\"" + new string('长', RosterOptions.MinMaxRecordLength) + "\",,\n" + $"孙七,,{Id1},,\n";
        byte[] file = Csv(text, Gb18030);
        RosterOptions bounded = OnePass with { MaxRecordLength = RosterOptions.MinMaxRecordLength };
        (List<RosterRow> expected, RosterSummary expectedSummary) = Check(file, options: bounded);
        (List<RosterRow> actual, RosterSummary actualSummary) = Check(file, options: TwoPasses() with { MaxRecordLength = RosterOptions.MinMaxRecordLength });

        Assert.Equal(Findings(expected), Findings(actual));
        Assert.Contains(RosterErrorCodes.UnreadableRecord, Codes(actual[^1]));
        Assert.Equal(2, actual[2].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateIdNumber).Arguments["FirstRow"]);
        Assert.True(actualSummary.Truncated);
        Assert.Equal("gb18030", actualSummary.Encoding);
        Assert.Equal(expectedSummary.Rows, actualSummary.Rows);
        Assert.Equal(expectedSummary.CountsByCode, actualSummary.CountsByCode);
    }

    [Fact]
    public void AWorkbookIsCheckedInTwoPassesWithTheSameFindings()
    {
        var rows = new List<object?[]> { new object?[] { "姓名", "证件类型", "证件号码", "手机号", "邮箱" } };
        for (int i = 0; i < 300; i++)
        {
            rows.Add(["张三", "居民身份证", i % 50 == 0 ? Id1 : MakeId((44052419800101000 + i).ToString(CultureInfo.InvariantCulture)), "138" + (i % 97).ToString("D8", CultureInfo.InvariantCulture), null]);
        }

        byte[] workbook = Xlsx(rows);
        (List<RosterRow> expected, _) = Check(workbook, RosterFormat.Xlsx, OnePass);
        (List<RosterRow> actual, RosterSummary summary) = Check(workbook, RosterFormat.Xlsx, TwoPasses());
        Assert.Equal(Findings(expected), Findings(actual));
        Assert.Equal(300, summary.Rows);
        Assert.Equal(5, summary.CountsByCode[RosterErrorCodes.DuplicateIdNumber]);
        Assert.True(summary.CountsByCode[RosterErrorCodes.DuplicateMobileNumber] > 100);
    }

    [Fact]
    public void ASeekableStreamIsReadTwiceAndOneThatCannotSeekOnce()
    {
        byte[] file = Csv(Header + $"张三,,{Id1},13800138000,\n李四,,{Fifteen},13800138000,\n王五,,{Id2},13800138000,\n");
        var seekable = new CountingStream(file, canSeek: true);
        var forward = new CountingStream(file, canSeek: false);
        List<RosterRow> twice = [.. Roster.Check(seekable, RosterFormat.Csv, TwoPasses())];
        List<RosterRow> once = [.. Roster.Check(forward, RosterFormat.Csv, TwoPasses())];

        Assert.Equal(2 * file.Length, seekable.BytesRead);
        Assert.Equal(file.Length, forward.BytesRead);
        Assert.Equal(Findings(once), Findings(twice));
        Assert.Equal(2, twice[1].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateIdNumber).Arguments["FirstRow"]);
        Assert.Equal(2, twice[2].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateMobileNumber).Arguments["FirstRow"]);
        Assert.DoesNotContain(RosterErrorCodes.DuplicateMobileNumber, Codes(twice[1])); // the same person (the upgrade of the first row's number)
    }

    [Fact]
    public void TheStreamIsReadAgainFromWhereItStood()
    {
        byte[] junk = Encoding.ASCII.GetBytes("not the roster");
        byte[] body = Csv(Header + $"张三,,{Id1},,\n张三,,{Id1},,\n");
        var input = new MemoryStream([.. junk, .. body]) { Position = junk.Length };
        List<RosterRow> rows = [.. Roster.Check(input, RosterFormat.Csv, TwoPasses())];
        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows[1].Findings.Single(f => f.ErrorCode == RosterErrorCodes.DuplicateIdNumber).Arguments["FirstRow"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TheTemporaryFilesAreGoneWhenTheCallerStopsEarlyOrFinishes(int parallelism)
    {
        var text = new StringBuilder(Header);
        for (int i = 0; i < 1500; i++)
        {
            text.Append("张三,,").Append(i % 3 == 0 ? Id1 : Id2).Append(",138").Append((i % 11).ToString("D8", CultureInfo.InvariantCulture)).Append(",\n");
        }

        byte[] file = Csv(text.ToString());
        int filesWhileReading = 0;
        using (IEnumerator<RosterRow> rows = Roster.Check(new MemoryStream(file), RosterFormat.Csv, TwoPasses(parallelism)).GetEnumerator())
        {
            for (int i = 0; i < 10; i++)
            {
                Assert.True(rows.MoveNext());
                filesWhileReading = Math.Max(filesWhileReading, Directory.GetFiles(_temp).Length);
            }
        }

        // The findings, sorted by row, are in a file while the rows are given out; nothing is left after the caller stopped.
        Assert.True(filesWhileReading > 0);
        Assert.Empty(Directory.GetFiles(_temp));

        (List<RosterRow> all, RosterSummary summary) = Check(file, options: TwoPasses(parallelism));
        Assert.Equal(1500, all.Count);
        Assert.Equal(1498, summary.CountsByCode[RosterErrorCodes.DuplicateIdNumber]);
        Assert.Empty(Directory.GetFiles(_temp));

        // The caller's own failure half-way through the rows is an early stop too.
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (RosterRow row in Roster.Check(new MemoryStream(file), RosterFormat.Csv, TwoPasses(parallelism)))
            {
                if (row.RowNumber == 750)
                {
                    throw new InvalidOperationException("the caller's failure");
                }
            }
        });
        Assert.Empty(Directory.GetFiles(_temp));
    }

    [Fact]
    public void WithoutTemporaryFilesTheIndexInMemoryTakesOver()
    {
        var text = new StringBuilder(Header);
        for (int i = 0; i < 400; i++)
        {
            text.Append(i % 2 == 0 ? "张三" : "李四").Append(",,").Append(i % 5 == 0 ? Id1 : "").Append(",138").Append((i % 13).ToString("D8", CultureInfo.InvariantCulture)).Append(",\n");
        }

        byte[] file = Csv(text.ToString());
        string missing = Path.Combine(_temp, "no such directory");
        (List<RosterRow> expected, _) = Check(file, options: OnePass);
        (List<RosterRow> actual, RosterSummary summary) = Check(file, options: TwoPasses() with { TemporaryDirectory = missing });
        Assert.Equal(Findings(expected), Findings(actual));
        Assert.Equal(400, summary.Rows);
        Assert.Contains(RosterErrorCodes.DuplicateMobileNumber, summary.CountsByCode.Keys);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void AnExternalSortGivesEveryItemInOrderThroughMergesOfMerges()
    {
        var random = new Random(20240601);
        int[] items = [.. Enumerable.Range(0, 5000).Select(_ => random.Next(-1000, 1000))];
        using (var runs = new SortedRuns<int>(new IntFormat(), _temp, runBytes: 64))
        {
            foreach (int item in items)
            {
                runs.Add(item);
            }

            Assert.True(Directory.GetFiles(_temp).Length > SortedRuns<int>.FanIn);
            Assert.Equal(items.Order(), runs.Sorted());
            Assert.True(runs.RunsWritten > items.Length / 16 + SortedRuns<int>.FanIn, "runs were merged into longer runs first");
        }

        Assert.Empty(Directory.GetFiles(_temp));

        // Fewer items than a run: sorted in memory, no file.
        using var few = new SortedRuns<int>(new IntFormat(), _temp, runBytes: 1 << 20);
        few.Add(3);
        few.Add(-1);
        Assert.Equal([-1, 3], few.Sorted());
        Assert.Equal(0, few.RunsWritten);
    }

    private sealed class IntFormat : RunFormat<int>
    {
        public override int Compare(int x, int y) => x.CompareTo(y);

        public override long MemorySize(in int item) => 0;

        public override void Write(BinaryWriter writer, in int item) => writer.Write(item);

        public override int Read(BinaryReader reader) => reader.ReadInt32();
    }

    [Fact]
    public void TheLimitIsBoundedAndTheDefaultIs256MiB()
    {
        Assert.Equal(256L << 20, RosterOptions.Default.DuplicateMemoryLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RosterOptions { DuplicateMemoryLimit = -1 });
        Assert.Equal(0, new RosterOptions { DuplicateMemoryLimit = 0 }.DuplicateMemoryLimit);
    }

    [Fact]
    public void TheEstimateCountsTheBytesLeft()
    {
        var input = new MemoryStream(new byte[4000]) { Position = 1000 };
        Assert.Equal(3000 / DuplicateIndex.MinCsvRowBytes, DuplicateIndex.MaxRows(input, RosterFormat.Csv));
        Assert.Equal(3000 / DuplicateIndex.MinXlsxRowBytes, DuplicateIndex.MaxRows(input, RosterFormat.Xlsx));
        Assert.Equal(0, DuplicateIndex.MaxRows(new CountingStream([1, 2, 3], canSeek: false), RosterFormat.Csv));
    }

    [Fact]
    public void AFileUnderTheLimitIsReadOnce()
    {
        byte[] file = Csv(Header + $"张三,,{Id1},,\n张三,,{Id1},,\n");
        var input = new CountingStream(file, canSeek: true);
        List<RosterRow> rows = [.. Roster.Check(input, RosterFormat.Csv, new RosterOptions { Culture = En, TemporaryDirectory = _temp })];
        Assert.Equal(file.Length, input.BytesRead);
        Assert.Contains(RosterErrorCodes.DuplicateIdNumber, Codes(rows[1]));
    }

    private sealed class CountingStream(byte[] bytes, bool canSeek) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => canSeek && base.CanSeek;

        public override int Read(byte[] buffer, int offset, int count) => Count(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(base.Read(buffer));

        private int Count(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}

/// <summary>
/// A generated roster of 2,000,000 distinct people, seekable (made from the position asked for, never held), checked in
/// two passes: every row accounted for, the duplicates planted far apart found, the live heap bounded.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class TwoPassLargeFileTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int People = 2_000_000;

    /// <summary>
    /// The bound on the live managed heap, sampled after a full collection every 262,144 rows of either pass: the runs
    /// being gathered (4 MiB here), the merge buffers, the batches in flight and the reader's buffers. The index in memory
    /// would hold some 2 × 2,000,000 numbers in tables of 16-byte slots: more than 64 MB.
    /// </summary>
    private const long HeapBound = 32L << 20;

    private readonly string _temp = Directory.CreateTempSubdirectory("roster-large-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>2,000,000 rows read twice: 6 to 8 s alone, 16 s beside the rest of the suite, on a loaded 2-core machine (skip it with <c>--filter Size!=Large</c>).</summary>
    [Fact]
    [Trait("Size", "Large")]
    public void TwoMillionPeopleAreCheckedForDuplicatesInBoundedMemory()
    {
        long peakHeap = 0;
        long peakTemp = 0;
        long tempRows = 0;
        void Sample(long rowsRead)
        {
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: true));
            long temp = new DirectoryInfo(_temp).EnumerateFiles().Sum(f => f.Length);
            if (temp > peakTemp)
            {
                (peakTemp, tempRows) = (temp, rowsRead);
            }
        }

        using var input = new SeekableRoster(People, Sample);
        var options = new RosterOptions
        {
            Culture = Files.En,
            MaxDegreeOfParallelism = 2,
            DuplicateMemoryLimit = 16L << 20, // the index would take some 108 MB: two passes
            TemporaryDirectory = _temp,
        };
        var summary = new RosterSummary();
        GC.Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan firstPass = TimeSpan.Zero;
        long rows = 0;
        bool numbered = true;
        var duplicates = new Dictionary<int, string>();
        foreach (RosterRow row in Roster.Check(input, RosterFormat.Csv, options, summary))
        {
            if (rows++ == 0)
            {
                firstPass = clock.Elapsed;
                Sample(0); // the findings' file, while the second pass reads
            }

            numbered &= row.RowNumber == rows + 1;
            if (rows % 262_144 == 0)
            {
                Sample(0);
            }

            if (!row.IsValid)
            {
                duplicates[row.RowNumber] = string.Join(";", row.Findings.Select(f => f.ErrorCode + "@" + f.Arguments.GetValueOrDefault("FirstRow")));
            }
        }

        clock.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} rows ({input.Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s: first pass {firstPass.TotalSeconds:F1} s, second {(clock.Elapsed - firstPass).TotalSeconds:F1} s; live heap {before >> 20} MB before, peak {peakHeap >> 20} MB; temporary files at most {peakTemp:N0} bytes sampled, {(double)peakTemp / Math.Max(1, tempRows):F1} bytes a row read then; peak working set {Environment.WorkingSet >> 20} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB at most"));

        Assert.Equal(People, rows);
        Assert.Equal(People, summary.Rows);
        Assert.True(numbered, "rows are numbered consecutively from 2");
        Assert.False(summary.Truncated);
        Assert.Empty(Directory.GetFiles(_temp));
        Assert.Equal(
            new Dictionary<int, string>
            {
                [SeekableRoster.IdOfRow5 + 2] = RosterErrorCodes.DuplicateIdNumber + "@5",
                [SeekableRoster.MobileOfRow13 + 2] = RosterErrorCodes.DuplicateMobileNumber + "@13",
                [SeekableRoster.SamePerson + 2] = RosterErrorCodes.DuplicateIdNumber + "@" + (SeekableRoster.SameAs + 2),
            },
            duplicates);
        Assert.True(peakHeap < HeapBound, $"managed heap peaked at {peakHeap >> 20} MB (bound {HeapBound >> 20} MB)");
    }

    /// <summary>
    /// A seekable CSV of <c>people</c> rows of one width, each made from its index when read: distinct valid ID numbers,
    /// mobile numbers and email addresses, but for three rows planted far apart. <c>sample</c> is called every 262,144 rows read.
    /// </summary>
    private sealed class SeekableRoster(int people, Action<long> sample) : Stream
    {
        /// <summary>Repeats the ID number of the fourth row (row 5) with a number of its own.</summary>
        public const int IdOfRow5 = People - 10;

        /// <summary>Repeats the mobile number of row 13, another person.</summary>
        public const int MobileOfRow13 = People / 2;

        /// <summary>Repeats the ID number and the mobile number of <see cref="SameAs"/>: one person, so only the ID is a duplicate.</summary>
        public const int SamePerson = People - 1;

        public const int SameAs = 1_000_000;

        private static readonly byte[] Header = Encoding.UTF8.GetBytes("姓名,证件类型,证件号码,手机号,邮箱,备注\r\n");
        private static readonly int RowBytes = Row(0).Length;
        private long _position;
        private int _index = -1;
        private byte[] _row = [];
        private long _sampledAt;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => Header.Length + ((long)people * RowBytes);

        public override long Position { get => _position; set => _position = value; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int written = 0;
            while (written < buffer.Length && _position < Length)
            {
                int n;
                if (_position < Header.Length)
                {
                    n = Math.Min(buffer.Length - written, Header.Length - (int)_position);
                    Header.AsSpan((int)_position, n).CopyTo(buffer[written..]);
                }
                else
                {
                    long offsetInRows = _position - Header.Length;
                    int index = (int)(offsetInRows / RowBytes);
                    int at = (int)(offsetInRows % RowBytes);
                    if (index != _index)
                    {
                        (_index, _row) = (index, Row(index));
                        if (index - _sampledAt >= 262_144 || index < _sampledAt)
                        {
                            _sampledAt = index;
                            sample(index);
                        }
                    }

                    n = Math.Min(buffer.Length - written, RowBytes - at);
                    _row.AsSpan(at, n).CopyTo(buffer[written..]);
                }

                _position += n;
                written += n;
            }

            return written;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private static byte[] Row(int index)
        {
            int idOf = index switch { IdOfRow5 => 3, SamePerson => SameAs, _ => index };
            int mobileOf = index switch { MobileOfRow13 => 11, SamePerson => SameAs, _ => index };
            return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"张三,居民身份证,{Id(idOf)},13{mobileOf:D9},s{index:D7}@example.com,2024级本科\r\n"));
        }

        private static string Id(int i) =>
            Files.MakeId(string.Create(CultureInfo.InvariantCulture, $"110105{new DateOnly(1950, 1, 1).AddDays(i / 1000):yyyyMMdd}{i % 1000:D3}"));
    }
}

/// <summary>POSIX calls the tests make.</summary>
internal static partial class NativeMethods
{
    /// <summary>truncate(2): sets the length of the file at <paramref name="path"/>.</summary>
    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "truncate", StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
    internal static partial int Truncate(string path, long length);
}
