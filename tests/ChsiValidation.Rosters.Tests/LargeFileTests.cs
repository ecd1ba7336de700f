using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using static ChsiValidation.Rosters.Tests.Files;

namespace ChsiValidation.Rosters.Tests;

/// <summary>
/// Files too large to keep: a CSV made row by row as it is read (<see cref="GeneratedRoster"/>), checked as a stream. Every
/// row is accounted for, and the managed heap stays bounded however long the file is.
/// </summary>
[Collection(MeasuredAlone.Name)]
public class LargeFileTests(ITestOutputHelper output)
{
    /// <summary>How many people the generated rows cycle through: the duplicate index holds this many ID and mobile numbers.</summary>
    private const int People = 10_000;

    /// <summary>
    /// The bound on the live managed heap, sampled after a full collection every 262,144 rows while a generated file is
    /// checked (the file itself is 1 GiB in the large test): batches in flight, the reader's buffers and the duplicate
    /// index of <see cref="People"/> people. Garbage not yet collected is not counted: how much of it there is depends on
    /// the collector's budget on the machine, not on the check.
    /// </summary>
    private const long HeapBound = 32L << 20;

    /// <summary>Some 5.4 million rows and an 880 MB report; 11 to 20 s on a loaded 2-core machine (skip it with <c>--filter Size!=Large</c>).</summary>
    [Fact]
    [Trait("Size", "Large")]
    public void A1GigabyteStreamIsCheckedRowByRowInBoundedMemory() => CheckGenerated(1L << 30);

    private void CheckGenerated(long bytes)
    {
        using var input = new GeneratedRoster(bytes, People);
        var summary = new RosterSummary();
        // Parallelism fixed, so that the batches in flight (twice this many, of 512 rows) are the same on any machine.
        var options = new RosterOptions { Culture = En, MaxDegreeOfParallelism = 2 };
        GC.Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before;
        long rows = 0;
        bool numbered = true;
        var report = new LineCounter();
        var clock = Stopwatch.StartNew();
        RosterReport.Write(Sampled(Roster.Check(input, RosterFormat.Csv, options, summary)), report, ReportFormat.Csv, En, summary);
        clock.Stop();

        IEnumerable<RosterRow> Sampled(IEnumerable<RosterRow> checkedRows)
        {
            foreach (RosterRow row in checkedRows)
            {
                rows++;
                numbered &= row.RowNumber == rows + 1;
                if (rows % 262_144 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                }

                yield return row;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{input.BytesProduced:N0} bytes, {input.Records:N0} records checked and a {report.Bytes:N0}-byte CSV report written in {clock.Elapsed.TotalSeconds:F1} s ({input.Records / clock.Elapsed.TotalSeconds:N0} rows/s); live managed heap {before >> 20} MB before, peak {peak >> 20} MB"));

        // The report accounts for every record: as many rows as records, numbered 2, 3, ... as a spreadsheet shows them.
        Assert.True(input.AtEnd, "the whole stream was read");
        Assert.True(input.BytesProduced >= bytes);
        Assert.Equal(input.Records, rows);
        Assert.Equal(input.Records + 1, report.Lines); // the report's header, then one line per record
        Assert.True(numbered, "rows are numbered consecutively from 2");
        Assert.Equal(input.Records, summary.Rows);
        Assert.False(summary.Truncated);
        Assert.Empty(summary.FileFindings);

        // The first row of each person is valid; each later row repeats an ID number (the same person's mobile number is no finding).
        Assert.Equal(People, summary.ValidRows);
        Assert.Equal(input.Records - People, summary.CountsByCode[RosterErrorCodes.DuplicateIdNumber]);
        Assert.Single(summary.CountsByCode);

        // Bounded: the heap at its sampled peak stays under the bound, whatever the file's length.
        Assert.True(peak < HeapBound, $"managed heap peaked at {peak >> 20} MB (bound {HeapBound >> 20} MB)");
    }

    [Fact]
    public void TheGeneratorMakesTheRowsItCounts()
    {
        using var input = new GeneratedRoster(100_000, 50);
        using var reader = new StreamReader(input, Encoding.UTF8);
        string[] lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(input.Records + 1, lines.Length);
        Assert.True(input.BytesProduced >= 100_000);
        Assert.Equal(50, lines.Skip(1).Select(l => l.Split(',')[2]).Distinct().Count());
        (List<RosterRow> rows, RosterSummary summary) = Check(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        Assert.Equal(input.Records, rows.Count);
        Assert.Equal(50, summary.ValidRows);
    }

    /// <summary>A write-only stream that keeps nothing but the count of bytes and of line ends written to it.</summary>
    private sealed class LineCounter : Stream
    {
        public long Bytes { get; private set; }

        public long Lines { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Bytes += buffer.Length;
            Lines += buffer.Count((byte)'\n');
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>
    /// A read-only CSV stream made as it is read: a header, then rows cycling through <c>people</c> people (distinct valid
    /// ID numbers, mobile numbers and email addresses, with school, major and a remark, some 200 bytes a row) until at least
    /// <c>length</c> bytes are out; the last row is whole. Nothing is kept but one row's bytes per person.
    /// </summary>
    private sealed class GeneratedRoster : ReadOnlyStream
    {
        private static readonly string[] Names = ["张三", "李四", "王五", "赵六", "欧阳明华", "司马懿", "阿沛·阿旺晋美", "王小明", "陈静", "刘洋"];
        private readonly byte[][] _rows;
        private readonly long _length;
        private byte[] _current;
        private int _offset;
        private int _next;

        public GeneratedRoster(long length, int people)
        {
            _length = length;
            _rows = new byte[people][];
            for (int i = 0; i < people; i++)
            {
                string id = MakeId(string.Create(CultureInfo.InvariantCulture, $"110105{new DateOnly(1990, 1, 1).AddDays(i / 1000):yyyyMMdd}{i % 1000:D3}"));
                string row = string.Create(CultureInfo.InvariantCulture,
                    $"{Names[i % Names.Length]},居民身份证,{id},1380{i:D7},s{i}@example.com,计算机科学与技术学院,软件工程（{i % 7}班）,2024级本科，已确认学籍信息，联系人辅导员王老师\r\n");
                _rows[i] = Encoding.UTF8.GetBytes(row);
            }

            _current = Encoding.UTF8.GetBytes("姓名,证件类型,证件号码,手机号,邮箱,院系,专业,备注\r\n");
        }

        /// <summary>The data rows made so far.</summary>
        public long Records { get; private set; }

        public long BytesProduced { get; private set; }

        public bool AtEnd { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            int written = 0;
            while (written < buffer.Length)
            {
                if (_offset == _current.Length)
                {
                    if (BytesProduced >= _length)
                    {
                        AtEnd = true;
                        break;
                    }

                    _current = _rows[_next];
                    _next = (_next + 1) % _rows.Length;
                    _offset = 0;
                    Records++;
                }

                int n = Math.Min(buffer.Length - written, _current.Length - _offset);
                _current.AsSpan(_offset, n).CopyTo(buffer[written..]);
                _offset += n;
                written += n;
                BytesProduced += n;
            }

            return written;
        }
    }
}

/// <summary>
/// The tests that sample the process's live heap: they run alone, after the others, so that no other test's objects are
/// counted in their bound.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Measured alone";
}
