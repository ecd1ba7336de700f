using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChsiValidation.Rosters;

/// <summary>
/// The keys a row is checked for duplicates on (<see cref="RowChecker.Keys(RowBatch, int, ref string?[])"/>): its ID number
/// packed (<see cref="DuplicateIndex.Pack"/>), or as text when it cannot be, its mobile number as a number (-1: none), and
/// its name where the duplicate check reads it (a mobile number and no ID number).
/// </summary>
internal readonly record struct DuplicateKeys(long PackedId, string? OtherId, long Mobile, string? Name)
{
    /// <summary>No key at all.</summary>
    public static readonly DuplicateKeys None = new(-1, null, -1, null);

    public bool HasId => PackedId >= 0 || OtherId is not null;
}

/// <summary>The duplicate stage of a roster check: takes the checked batches in file order and adds the duplicate findings.</summary>
internal interface IDuplicateCheck
{
    /// <summary>Adds the duplicate findings to the rows of one checked batch, the batches given in file order.</summary>
    void AddAll(RowBatch batch);
}

/// <summary>
/// The duplicate check of a seekable file too large for <see cref="DuplicateIndex"/> in memory
/// (<see cref="RosterOptions.DuplicateMemoryLimit"/>), in two passes over the file with an external sort. The first pass
/// reads every row's keys (<see cref="RowChecker.Keys(RowBatch, int, ref string?[])"/>) into two sorts, one by ID number, one by mobile number, each
/// in runs of bounded size written to temporary files and merged; walking the sorted keys finds each duplicate and the
/// first row of its number, and the findings, sorted by row number, are what the second pass (the ordinary check) merges
/// into its rows in file order. The findings are the index's: the same codes, the same first rows, and the same people
/// (the same ID number, or no ID number and the same name).
/// </summary>
internal sealed class ExternalDuplicates : IDuplicateCheck, IDisposable
{
    private const int MinRunBytes = 1 << 20;
    private const int MaxRunBytes = 1 << 26;

    private readonly SortedRuns<DuplicateFinding> _findings;
    private readonly IEnumerator<DuplicateFinding> _next;
    private readonly CultureInfo _culture;
    private bool _hasNext;
    private bool _disposed;

    private ExternalDuplicates(SortedRuns<DuplicateFinding> findings, CultureInfo culture)
    {
        _findings = findings;
        _culture = culture;
        _next = findings.Sorted().GetEnumerator();
        _hasNext = _next.MoveNext();
    }

    /// <summary>
    /// The first pass, when <paramref name="options"/> call for it on <paramref name="input"/> (a seekable stream whose
    /// estimated index is over <see cref="RosterOptions.DuplicateMemoryLimit"/>): the duplicates of the whole file, ready
    /// to merge. Null when one pass with the index in memory is the check: a stream that cannot seek, a small file, or a
    /// temporary file that could not be written. The stream is left where it was found.
    /// </summary>
    public static ExternalDuplicates? TryFind(Stream input, RosterFormat format, RosterOptions options, CultureInfo culture)
    {
        long limit = options.DuplicateMemoryLimit;
        if (!options.FindDuplicates || !input.CanSeek || (limit > 0 && DuplicateIndex.MaxRows(input, format) <= limit / DuplicateIndex.BytesPerRow))
        {
            return null;
        }

        long start = input.Position;
        string directory = options.TemporaryDirectory ?? Path.GetTempPath();
        int runBytes = options.RunBytes > 0 ? options.RunBytes : (int)Math.Clamp(options.DuplicateMemoryLimit / 4, MinRunBytes, MaxRunBytes);
        var ids = new SortedRuns<IdEntry>(IdEntry.Format, directory, Math.Max(1, runBytes / 2));
        var mobiles = new SortedRuns<MobileEntry>(MobileEntry.Format, directory, Math.Max(1, runBytes / 2));
        SortedRuns<DuplicateFinding>? findings = null;
        try
        {
            ReadKeys(input, format, options, culture, ids, mobiles);
            findings = new SortedRuns<DuplicateFinding>(DuplicateFinding.Format, directory, runBytes);
            FindIdDuplicates(ids, findings);
            ids.Dispose();
            FindMobileDuplicates(mobiles, findings);
            mobiles.Dispose();
            var duplicates = new ExternalDuplicates(findings, culture);
            findings = null;
            return duplicates;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file could not be made or written (no such directory, no permission, a full disk): the index
            // in memory still gives the same findings.
            return null;
        }
        finally
        {
            findings?.Dispose();
            ids.Dispose();
            mobiles.Dispose();
            input.Seek(start, SeekOrigin.Begin);
        }
    }

    /// <summary>
    /// Reads the file with a source of its own, as the check will read it (the same options, so the same rows and row
    /// numbers), on this thread: the run sorts and writes are one sequence anyway, and the rules the keys need (the
    /// certificate number, the mobile number, a name only beside a mobile number without an ID number) are the cheaper
    /// part of a row's check. Finding each batch's keys in a task of its own, as the check does, made this pass slower on
    /// two cores, not faster (the reader, the tasks and the run writer then contend for them).
    /// </summary>
    private static void ReadKeys(Stream input, RosterFormat format, RosterOptions options, CultureInfo culture, SortedRuns<IdEntry> ids, SortedRuns<MobileEntry> mobiles)
    {
        using RecordSource source = RecordSource.Open(input, format, options);
        if (source.ReadHeader() is not { } header)
        {
            return;
        }

        int[] ordinals = RosterHeaders.Map(header, options);
        var checker = new RowChecker(options, culture);
        checker.Prepare(ordinals, header.Length, source.HasFieldCounts);
        var batch = new RowBatch();
        bool more = true;
        while (more)
        {
            batch.Clear();
            Roster.ReadBatch(source, ordinals, batch, out more);
            string?[] previous = [];
            for (int i = 0; i < batch.Count; i++)
            {
                AddKeys(checker.Keys(batch, i, ref previous), batch.Records[i].RowNumber, ids, mobiles);
            }
        }
    }

    /// <summary>Adds one row's keys to the sorts: its ID number, and its mobile number with who the row is.</summary>
    private static void AddKeys(DuplicateKeys keys, int row, SortedRuns<IdEntry> ids, SortedRuns<MobileEntry> mobiles)
    {
        if (keys.HasId)
        {
            ids.Add(new IdEntry(keys.PackedId, keys.OtherId, row));
        }

        if (keys.Mobile >= 0)
        {
            // Who the row is: its ID number, else its name, else the row alone.
            Person person = keys.PackedId >= 0 ? new Person(PersonKind.PackedId, keys.PackedId, null)
                : keys.OtherId is { } id ? new Person(PersonKind.IdNumber, 0, id)
                : keys.Name is { } name ? new Person(PersonKind.Name, 0, name)
                : new Person(PersonKind.Row, row, null);
            mobiles.Add(new MobileEntry(keys.Mobile, row, person));
        }
    }

    /// <summary>Each row whose ID number an earlier row had: the keys in order, each number's rows in order, the first of them named.</summary>
    private static void FindIdDuplicates(SortedRuns<IdEntry> ids, SortedRuns<DuplicateFinding> findings)
    {
        IdEntry first = default;
        bool any = false;
        foreach (IdEntry entry in ids.Sorted())
        {
            if (any && entry.SameNumber(first))
            {
                findings.Add(new DuplicateFinding(entry.Row, DuplicateKind.IdNumber, first.Row));
            }
            else
            {
                (first, any) = (entry, true);
            }
        }
    }

    /// <summary>Each row whose mobile number an earlier row had, that row being another person.</summary>
    private static void FindMobileDuplicates(SortedRuns<MobileEntry> mobiles, SortedRuns<DuplicateFinding> findings)
    {
        MobileEntry first = default;
        bool any = false;
        foreach (MobileEntry entry in mobiles.Sorted())
        {
            if (any && entry.Mobile == first.Mobile)
            {
                if (!entry.Person.Equals(first.Person))
                {
                    findings.Add(new DuplicateFinding(entry.Row, DuplicateKind.MobileNumber, first.Row));
                }
            }
            else
            {
                (first, any) = (entry, true);
            }
        }
    }

    /// <summary>
    /// Where the findings could not be read back from their temporary files, and why (a disk error in the second pass);
    /// null while they can. The rows from that one on have no duplicate finding.
    /// </summary>
    public (int Row, string Detail)? Stopped { get; private set; }

    /// <summary>The second pass: adds to each row the findings the first pass made for its row number.</summary>
    public void AddAll(RowBatch batch)
    {
        RosterRow[] rows = batch.Rows;
        for (int i = 0; i < batch.Count; i++)
        {
            int rowNumber = rows[i].RowNumber;
            while (_hasNext && _next.Current.Row < rowNumber)
            {
                _hasNext = Advance(rowNumber);
            }

            int firstOfId = 0;
            int firstOfMobile = 0;
            while (_hasNext && _next.Current.Row == rowNumber)
            {
                if (_next.Current.Kind == DuplicateKind.IdNumber)
                {
                    firstOfId = _next.Current.FirstRow;
                }
                else
                {
                    firstOfMobile = _next.Current.FirstRow;
                }

                _hasNext = Advance(rowNumber);
            }

            rows[i] = DuplicateIndex.WithDuplicates(rows[i], firstOfId, firstOfMobile, _culture);
        }
    }

    /// <summary>The next finding, read from the temporary files; false at their end, or when they cannot be read (<see cref="Stopped"/>).</summary>
    private bool Advance(int rowNumber)
    {
        try
        {
            return _next.MoveNext();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Stopped = (rowNumber, e.Message);
            return false;
        }
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _next.Dispose();
            _findings.Dispose();
        }
    }

    private enum PersonKind : byte
    {
        PackedId,
        IdNumber,
        Name,
        Row,
    }

    private enum DuplicateKind : byte
    {
        IdNumber,
        MobileNumber,
    }

    /// <summary>Who a row is, for "one mobile number, two people": an ID number (packed, or as text), a name, or the row alone.</summary>
    private readonly record struct Person(PersonKind Kind, long Packed, string? Text)
    {
        public bool Equals(Person other) => Kind == other.Kind && Packed == other.Packed && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(Kind, Packed, Text);

        public long MemorySize => Text is null ? 0 : 24 + (2L * Text.Length);

        public void Write(BinaryWriter writer)
        {
            writer.Write((byte)Kind);
            if (Text is null)
            {
                writer.Write(Packed);
            }
            else
            {
                RunFile.WriteString(writer, Text);
            }
        }

        public static Person Read(BinaryReader reader)
        {
            var kind = (PersonKind)reader.ReadByte();
            return kind is PersonKind.PackedId or PersonKind.Row ? new Person(kind, reader.ReadInt64(), null) : new Person(kind, 0, RunFile.ReadString(reader));
        }
    }

    /// <summary>A row's ID number: packed (18 characters, <see cref="DuplicateIndex.Pack"/>), else its text.</summary>
    private readonly record struct IdEntry(long Packed, string? Text, int Row)
    {
        public static readonly RunFormat<IdEntry> Format = new IdFormat();

        public bool SameNumber(in IdEntry other) => Packed == other.Packed && string.Equals(Text, other.Text, StringComparison.Ordinal);

        private sealed class IdFormat : RunFormat<IdEntry>
        {
            public override int Compare(IdEntry x, IdEntry y)
            {
                // Packed numbers first (no text equals a packed number's: any such text packs), then texts; each number's rows in order.
                int order = (x.Text is null ? 0 : 1) - (y.Text is null ? 0 : 1);
                if (order == 0)
                {
                    order = x.Text is null ? x.Packed.CompareTo(y.Packed) : string.CompareOrdinal(x.Text, y.Text);
                }

                return order != 0 ? order : x.Row.CompareTo(y.Row);
            }

            public override long MemorySize(in IdEntry item) => item.Text is null ? 0 : 24 + (2L * item.Text.Length);

            public override void Write(BinaryWriter writer, in IdEntry item)
            {
                writer.Write(item.Row);
                writer.Write(item.Text is null);
                if (item.Text is null)
                {
                    writer.Write(item.Packed);
                }
                else
                {
                    RunFile.WriteString(writer, item.Text);
                }
            }

            public override IdEntry Read(BinaryReader reader)
            {
                int row = reader.ReadInt32();
                return reader.ReadBoolean() ? new IdEntry(reader.ReadInt64(), null, row) : new IdEntry(-1, RunFile.ReadString(reader), row);
            }
        }
    }

    /// <summary>A row's mobile number (11 digits as a number) and who the row is.</summary>
    private readonly record struct MobileEntry(long Mobile, int Row, Person Person)
    {
        public static readonly RunFormat<MobileEntry> Format = new MobileFormat();

        private sealed class MobileFormat : RunFormat<MobileEntry>
        {
            public override int Compare(MobileEntry x, MobileEntry y)
            {
                int order = x.Mobile.CompareTo(y.Mobile);
                return order != 0 ? order : x.Row.CompareTo(y.Row);
            }

            public override long MemorySize(in MobileEntry item) => item.Person.MemorySize;

            public override void Write(BinaryWriter writer, in MobileEntry item)
            {
                writer.Write(item.Mobile);
                writer.Write(item.Row);
                item.Person.Write(writer);
            }

            public override MobileEntry Read(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt32(), Person.Read(reader));
        }
    }

    /// <summary>One duplicate: the row, which number it repeats, and the first row of that number.</summary>
    private readonly record struct DuplicateFinding(int Row, DuplicateKind Kind, int FirstRow)
    {
        public static readonly RunFormat<DuplicateFinding> Format = new FindingFormat();

        private sealed class FindingFormat : RunFormat<DuplicateFinding>
        {
            // A row's ID duplicate before its mobile duplicate, as the index adds them.
            public override int Compare(DuplicateFinding x, DuplicateFinding y)
            {
                int order = x.Row.CompareTo(y.Row);
                return order != 0 ? order : x.Kind.CompareTo(y.Kind);
            }

            public override long MemorySize(in DuplicateFinding item) => 0;

            public override void Write(BinaryWriter writer, in DuplicateFinding item)
            {
                writer.Write(item.Row);
                writer.Write((byte)item.Kind);
                writer.Write(item.FirstRow);
            }

            public override DuplicateFinding Read(BinaryReader reader) => new(reader.ReadInt32(), (DuplicateKind)reader.ReadByte(), reader.ReadInt32());
        }
    }
}

/// <summary>How a <see cref="SortedRuns{T}"/> orders, sizes, writes and reads its items.</summary>
internal abstract class RunFormat<T> : IComparer<T>
    where T : struct
{
    public abstract int Compare(T x, T y);

    /// <summary>What the item costs in memory beyond its slot in the run's array while a run is gathered: its strings.</summary>
    public abstract long MemorySize(in T item);

    public abstract void Write(BinaryWriter writer, in T item);

    public abstract T Read(BinaryReader reader);
}

/// <summary>Temporary files of sorted runs (<c>chsi-roster-*</c>): created in a directory, deleted when closed.</summary>
internal static class RunFile
{
    /// <summary>The buffer of a run being written or read.</summary>
    internal const int BufferBytes = 1 << 16;

    public static FileStream Create(string directory) =>
        new(Path.Combine(directory, "chsi-roster-" + Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

    /// <summary>A string as its length and UTF-16 code units, so that any string (a lone surrogate too) reads back the same.</summary>
    public static void WriteString(BinaryWriter writer, string text)
    {
        writer.Write7BitEncodedInt(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public static string ReadString(BinaryReader reader) =>
        string.Create(reader.Read7BitEncodedInt(), reader, static (chars, r) => r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(chars)));
}

/// <summary>
/// An external sort: items gathered in memory up to <c>runBytes</c>, then sorted and written as a run to a temporary file;
/// <see cref="Sorted"/> merges the runs, at most <see cref="FanIn"/> at a time (more runs are first merged into longer
/// ones). Items that never filled a run stay in memory. Disposing deletes every file.
/// </summary>
internal sealed class SortedRuns<T>(RunFormat<T> format, string directory, int runBytes) : IDisposable
    where T : struct
{
    /// <summary>The most runs merged at once: each has a read buffer of <see cref="RunFile.BufferBytes"/>.</summary>
    internal const int FanIn = 16;

    private readonly List<Run> _runs = [];

    /// <summary>The most items a run holds: its array is at most <c>runBytes</c> (their strings are counted in <see cref="_bytes"/>).</summary>
    private readonly int _maxItems = Math.Max(4, runBytes / Unsafe.SizeOf<T>());
    private T[] _items = new T[Math.Min(256, Math.Max(4, runBytes / Unsafe.SizeOf<T>()))];
    private int _count;
    private long _bytes;
    private bool _disposed;

    /// <summary>The runs written so far (merged ones included).</summary>
    public int RunsWritten { get; private set; }

    public void Add(in T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Min(Math.Max(_items.Length * 2, 4), _maxItems));
        }

        _items[_count++] = item;
        _bytes += format.MemorySize(item);
        if (_count == _maxItems || _bytes + ((long)_count * Unsafe.SizeOf<T>()) >= runBytes)
        {
            Spill();
        }
    }

    /// <summary>Every item in order. Enumerate once.</summary>
    public IEnumerable<T> Sorted()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_runs.Count == 0)
        {
            Array.Sort(_items, 0, _count, format);
            return _items.Take(_count);
        }

        if (_count > 0)
        {
            Spill();
        }

        // The runs are all written: the array they were gathered in is no longer needed while they are merged.
        _items = [];

        // Longer runs until one merge can take them all; the oldest first, so each item is rewritten about log16(runs) times.
        while (_runs.Count > FanIn)
        {
            Run[] group = [.. _runs.Take(FanIn)];
            _runs.RemoveRange(0, FanIn);
            try
            {
                _runs.Add(Write(Merge(group)));
            }
            finally
            {
                foreach (Run run in group)
                {
                    run.File.Dispose();
                }
            }
        }

        return Merge([.. _runs]);
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            foreach (Run run in _runs)
            {
                run.File.Dispose();
            }

            _runs.Clear();
            (_items, _count) = ([], 0);
        }
    }

    private void Spill()
    {
        Array.Sort(_items, 0, _count, format);
        _runs.Add(Write(_items.Take(_count)));
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(_items, 0, _count);
        }

        (_count, _bytes) = (0, 0);
    }

    /// <summary>Writes <paramref name="items"/> to a new run.</summary>
    private Run Write(IEnumerable<T> items)
    {
        FileStream file = RunFile.Create(directory);
        try
        {
            long count = 0;
            // Neither the buffer nor the writer is disposed: that would close the file, and so delete it.
            var buffered = new BufferedStream(file, RunFile.BufferBytes);
            var writer = new BinaryWriter(buffered, System.Text.Encoding.UTF8, leaveOpen: true);
            foreach (T item in items)
            {
                format.Write(writer, item);
                count++;
            }

            writer.Flush();
            buffered.Flush();

            RunsWritten++;
            return new Run(file, count);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private IEnumerable<T> Merge(Run[] runs)
    {
        var readers = new BinaryReader[runs.Length];
        var left = new long[runs.Length];
        var queue = new PriorityQueue<int, T>(runs.Length, format);
        try
        {
            for (int i = 0; i < runs.Length; i++)
            {
                runs[i].File.Position = 0;
                readers[i] = new BinaryReader(new BufferedStream(new KeepOpen(runs[i].File), RunFile.BufferBytes));
                left[i] = runs[i].Count;
                if (left[i]-- > 0)
                {
                    queue.Enqueue(i, format.Read(readers[i]));
                }
            }

            while (queue.TryDequeue(out int i, out T item))
            {
                yield return item;
                if (left[i]-- > 0)
                {
                    queue.Enqueue(i, format.Read(readers[i]));
                }
            }
        }
        finally
        {
            foreach (BinaryReader? reader in readers)
            {
                reader?.Dispose();
            }
        }
    }

    private readonly record struct Run(FileStream File, long Count);

    /// <summary>A run's file as a reader sees it: reading it does not close it (the run is closed, and deleted, on its own).</summary>
    private sealed class KeepOpen(FileStream file) : ReadOnlyStream
    {
        public override int Read(Span<byte> buffer) => file.Read(buffer);
    }
}
