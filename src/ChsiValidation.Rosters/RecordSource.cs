using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace ChsiValidation.Rosters;

/// <summary>One record as read: its row number, field count, which cells a workbook stored as numbers (a bit a <see cref="RosterColumn"/>), the error that ended the reading, and whether it is blank. Its cells are in its <see cref="RowBatch"/>.</summary>
internal readonly record struct RawRecord(int RowNumber, int FieldCount, int NumericMask, string? Error, bool IsBlank = false);

/// <summary>
/// Reads records one at a time from a CSV file (Sylvan.Data.Csv) or a workbook's first sheet (MiniExcel). Never throws:
/// a failure to open the file or to read a record becomes an error record, after which the source is at its end.
/// </summary>
internal abstract class RecordSource : IDisposable
{
    /// <summary>
    /// The most characters of a cell handed to the rules: more than any rule reads (an email address 1,024, a name 2,064),
    /// so a longer cell gets the same verdict as the whole cell, and a batch of rows in flight stays small.
    /// </summary>
    internal const int MaxCellRead = 4096;

    private int _rowNumber;

    protected bool Finished { get; set; }

    /// <summary>
    /// True when a record's field count means something (CSV: a short or long row is ragged); false for a workbook, whose
    /// rows simply end at their last filled cell.
    /// </summary>
    public virtual bool HasFieldCounts => true;

    /// <summary>The error that kept the file from opening, or null.</summary>
    public string? OpenError { get; protected set; }

    /// <summary>The encoding's web name for CSV.</summary>
    public string? EncodingName { get; protected set; }

    /// <summary>
    /// About how many records the file holds, for sizing what grows with it (the duplicate check's tables); 0 when
    /// unknown (a workbook, a stream that cannot tell its length).
    /// </summary>
    public long EstimatedRecords { get; protected set; }

    public static RecordSource Open(Stream stream, RosterFormat format, RosterOptions options) => format switch
    {
        RosterFormat.Xlsx => new XlsxSource(stream),
        _ => new CsvSource(stream, options),
    };

    /// <summary>The header's cells (all of them), or null when the file has no record (or could not be opened).</summary>
    public string[]? ReadHeader()
    {
        if (Finished || OpenError is not null)
        {
            return null;
        }

        try
        {
            if (!MoveNext())
            {
                Finished = true;
                return null;
            }

            _rowNumber = 1;
            var header = new string[FieldCount];
            for (int i = 0; i < header.Length; i++)
            {
                ReadOnlySpan<char> text = GetField(i, out string? whole, out _);
                header[i] = whole ?? new string(text);
            }

            return header;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            OpenError = e.Message;
            Finished = true;
            return null;
        }
    }

    /// <summary>
    /// Reads the next record into <paramref name="batch"/>, only the cells at <paramref name="ordinals"/> (-1: column
    /// absent), each cut to <see cref="MaxCellRead"/>; false at the end.
    /// </summary>
    public bool Next(int[] ordinals, RowBatch batch)
    {
        if (Finished)
        {
            return false;
        }

        batch.BeginRecord();
        try
        {
            if (!MoveNext())
            {
                Finished = true;
                return false;
            }

            _rowNumber++;
            int fieldCount = FieldCount;
            int numeric = 0;
            bool blank = true;
            for (int c = 0; c < ordinals.Length; c++)
            {
                int ordinal = ordinals[c];
                if (ordinal >= 0 && ordinal < fieldCount)
                {
                    ReadOnlySpan<char> text = GetField(ordinal, out string? whole, out bool isNumber);
                    if (whole is not null)
                    {
                        batch.SetCell(c, whole);
                    }
                    else
                    {
                        batch.SetCell(c, text);
                    }

                    numeric |= isNumber ? 1 << c : 0;
                    blank = blank && RowBatch.IsBlank(text);
                }
            }

            // A record is blank when every field is, the columns not read included.
            for (int i = 0; i < fieldCount && blank; i++)
            {
                blank = RowBatch.IsBlank(GetFieldSpan(i, out _));
            }

            batch.EndRecord(new RawRecord(_rowNumber, fieldCount, numeric, null, blank));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader cannot go on (Sylvan and MiniExcel stop after an error): this row is reported, and the file as cut short.
            Finished = true;
            batch.BeginRecord();
            batch.EndRecord(new RawRecord(++_rowNumber, 0, 0, e.GetType().Name + ": " + e.Message));
            return true;
        }
    }

    protected abstract bool MoveNext();

    protected abstract int FieldCount { get; }

    /// <summary>The field's text, possibly longer than <see cref="MaxCellRead"/>; <paramref name="isNumber"/> when a workbook stored a number.</summary>
    protected abstract ReadOnlySpan<char> GetFieldSpan(int ordinal, out bool isNumber);

    /// <summary>Whether the reader holds some fields as strings (<see cref="GetFieldString"/>): a workbook's reader does, a CSV reader does not.</summary>
    protected bool HoldsStrings { get; init; }

    /// <summary>The field when the reader already holds it as a string (a workbook's text cell), else null.</summary>
    protected virtual string? GetFieldString(int ordinal, out bool isNumber)
    {
        isNumber = false;
        return null;
    }

    /// <summary>
    /// The field's text cut to <see cref="MaxCellRead"/>; <paramref name="whole"/> is the reader's own string when it holds
    /// the field as one that fits (a workbook's text cell), so that no copy is made.
    /// </summary>
    private ReadOnlySpan<char> GetField(int ordinal, out string? whole, out bool isNumber)
    {
        whole = null;
        if (HoldsStrings && GetFieldString(ordinal, out isNumber) is { Length: <= MaxCellRead } text)
        {
            whole = text;
            return text;
        }

        ReadOnlySpan<char> span = GetFieldSpan(ordinal, out isNumber);
        return span.Length > MaxCellRead ? span[..MaxCellRead] : span;
    }

    public abstract void Dispose();
}

/// <summary>
/// CSV through Sylvan.Data.Csv, lax about quotes (an unbalanced quote takes the rest of the file into its cell, as
/// spreadsheets do). A stream that can seek is read in Sylvan's standard style, whose SIMD path reads an unquoted
/// record about twice as fast; at the first malformed quote that style rejects, or before the first record whose text
/// has a carriage return without a line feed after it (which the two styles split differently: the lax style ends the
/// record there, the standard style may not), the file is read again from the start in the lax style, past the records
/// already given, so the records are the lax style's either way. A stream that cannot seek is read in the lax style
/// from the start.
/// </summary>
internal sealed class CsvSource : RecordSource
{
    private const int DetectionBytes = 1 << 16;
    private readonly RosterOptions _options;
    private readonly Encoding? _encoding;
    private readonly PrefixedStream? _body;
    private CsvDataReader? _reader;
    private TextReader? _text;
    private CarriageReturnWatch? _watch;
    private bool _lax;

    // The records read so far (the header included): those a second reading in the lax style skips.
    private long _records;

    static CsvSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public CsvSource(Stream stream, RosterOptions options)
    {
        _options = options;
        try
        {
            (_encoding, Stream body) = DetectEncoding(stream, options.Encoding);
            _body = (PrefixedStream)body;
            EncodingName = _encoding.WebName;
            EstimatedRecords = _body.EstimateRecords();
            _lax = !_body.CanRewind;
            try
            {
                Open();
            }
            catch (CsvInvalidCharacterException) when (!_lax)
            {
                // The first record already has a malformed quote.
                ReadAgainLax(skip: 0);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            OpenError = e.Message;
            Finished = true;
        }
    }

    protected override bool MoveNext()
    {
        bool more;
        bool readAgain;
        try
        {
            more = _reader!.Read();

            // The text read for this record had a lone carriage return: the records before it were read from earlier
            // text, the same in either style, and this one is read again in the lax style.
            readAgain = !_lax && _watch!.SawLoneCarriageReturn;
        }
        catch (CsvInvalidCharacterException) when (!_lax)
        {
            (more, readAgain) = (false, true);
        }

        if (readAgain)
        {
            ReadAgainLax(_records);
            more = _reader!.Read();
        }

        _records += more ? 1 : 0;
        return more;
    }

    /// <summary>Opens the reader on the body, in the lax style or the standard one.</summary>
    private void Open()
    {
        _text = new StreamReader(_body!, _encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        _watch = _lax ? null : new CarriageReturnWatch(_text);
        _reader = CsvDataReader.Create(_watch ?? _text, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = _options.Delimiter, // null: Sylvan detects it from the first line (, tab ; |)
            Comment = '\0', // no comment lines: a cell may start with '#'
            CsvStyle = _lax ? CsvStyle.Lax : CsvStyle.Standard,
            BufferSize = Math.Min(1 << 16, _options.MaxRecordLength),
            MaxBufferSize = _options.MaxRecordLength,
        });
    }

    /// <summary>Reads the body again from its start in the lax style, past the first <paramref name="skip"/> records.</summary>
    private void ReadAgainLax(long skip)
    {
        _reader?.Dispose();
        _text?.Dispose();
        _body!.Rewind();
        _lax = true;
        Open();
        for (long i = 0; i < skip && _reader!.Read(); i++)
        {
        }
    }

    protected override int FieldCount => _reader!.RowFieldCount;

    protected override ReadOnlySpan<char> GetFieldSpan(int ordinal, out bool isNumber)
    {
        isNumber = false;
        return _reader!.GetFieldSpan(ordinal);
    }

    public override void Dispose()
    {
        _reader?.Dispose();
        _text?.Dispose();
    }

    /// <summary>
    /// The encoding: <paramref name="chosen"/>, else a byte-order mark's, else UTF-8 when the first 64 KB are well-formed
    /// UTF-8 (a sequence cut by the 64 KB boundary allowed), else GB18030. The stream returned replays the bytes read,
    /// less the byte-order mark. Undecodable bytes become U+FFFD.
    /// </summary>
    internal static (Encoding Encoding, Stream Body) DetectEncoding(Stream stream, Encoding? chosen)
    {
        byte[] prefix = new byte[DetectionBytes];
        int length = 0;
        int read;
        while (length < prefix.Length && (read = stream.Read(prefix, length, prefix.Length - length)) > 0)
        {
            length += read;
        }

        bool atEnd = length < prefix.Length;
        ReadOnlySpan<byte> bytes = prefix.AsSpan(0, length);
        int bom = 0;
        Encoding? fromBom = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (fromBom, bom) = (Utf8NoBom, 3);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (fromBom, bom) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (fromBom, bom) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }

        // A chosen encoding wins; a byte-order mark of that same encoding is still skipped.
        Encoding encoding = chosen is not null ? Replacing(chosen) : fromBom ?? (IsUtf8(bytes, atEnd) ? Utf8NoBom : Gb18030);
        if (chosen is not null && (fromBom is null || fromBom.CodePage != chosen.CodePage))
        {
            bom = 0;
        }

        return (encoding, new PrefixedStream(prefix, bom, length, stream));
    }

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    private static Encoding Replacing(Encoding encoding) =>
        encoding is UTF8Encoding ? Utf8NoBom : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool atEnd)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            while (!bytes.IsEmpty)
            {
                OperationStatus status = Utf8.ToUtf16(bytes, buffer, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: atEnd);
                switch (status)
                {
                    case OperationStatus.Done:
                        return true;
                    case OperationStatus.DestinationTooSmall:
                        bytes = bytes[consumed..];
                        break;
                    case OperationStatus.NeedMoreData:
                        return true; // a sequence cut by the end of the prefix
                    default:
                        return false;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

/// <summary>The first sheet of a workbook through MiniExcel, row by row (blank rows included, so row numbers are the sheet's).</summary>
internal sealed class XlsxSource : RecordSource
{
    private readonly IEnumerator<object>? _rows;
    private readonly List<(object? Value, int Column)> _cells = [];
    private int _fieldCount;

    public XlsxSource(Stream stream)
    {
        HoldsStrings = true;
        try
        {
            _rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            OpenError = e.Message;
            Finished = true;
        }
    }

    protected override bool MoveNext()
    {
        if (!_rows!.MoveNext())
        {
            return false;
        }

        _cells.Clear();
        _fieldCount = 0;
        if (_rows.Current is IDictionary<string, object?> row)
        {
            foreach (KeyValuePair<string, object?> cell in row)
            {
                int column = ColumnIndex(cell.Key);
                _cells.Add((cell.Value, column));
                if (cell.Value is not null && !(cell.Value is string s && s.Length == 0))
                {
                    _fieldCount = Math.Max(_fieldCount, column + 1);
                }
            }
        }

        return true;
    }

    protected override int FieldCount => _fieldCount;

    public override bool HasFieldCounts => false;

    protected override string? GetFieldString(int ordinal, out bool isNumber)
    {
        isNumber = false;
        foreach ((object? value, int column) in _cells)
        {
            if (column == ordinal)
            {
                return value as string;
            }
        }

        return null;
    }

    protected override ReadOnlySpan<char> GetFieldSpan(int ordinal, out bool isNumber)
    {
        isNumber = false;
        foreach ((object? value, int column) in _cells)
        {
            if (column == ordinal)
            {
                switch (value)
                {
                    case null:
                        return default;
                    case string s:
                        return s;
                    case double d:
                        isNumber = Math.Abs(d) >= 1e15;
                        return d.ToString(Math.Abs(d) < 1e21 && d == Math.Floor(d) ? "F0" : "R", CultureInfo.InvariantCulture);
                    case DateTime t:
                        return t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                    case IFormattable f:
                        return f.ToString(null, CultureInfo.InvariantCulture);
                    default:
                        return value.ToString();
                }
            }
        }

        return default;
    }

    private static int ColumnIndex(string key)
    {
        int index = 0;
        foreach (char c in key)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
            }
        }

        return index - 1;
    }

    public override void Dispose() => _rows?.Dispose();
}

/// <summary>A read-only stream that replays a prefix already read (from <c>offset</c>) and then the rest of the inner stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, int offset, int length, Stream inner) : ReadOnlyStream
{
    private readonly long _innerStart = TryGetPosition(inner);
    private readonly int _first = offset;
    private int _position = offset;

    /// <summary>Whether <see cref="Rewind"/> can start the stream again: the inner stream can seek back to where the prefix ended.</summary>
    public bool CanRewind => _innerStart >= 0;

    /// <summary>Starts the stream again: the prefix (from <c>offset</c>), then the inner stream from where it was first read.</summary>
    public void Rewind()
    {
        inner.Position = _innerStart;
        _position = _first;
    }

    private static long TryGetPosition(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Position : -1;
        }
        catch (Exception e) when (e is NotSupportedException or IOException or ObjectDisposedException)
        {
            return -1;
        }
    }

    /// <summary>
    /// About how many lines the whole stream holds: the prefix's line ends, and as many again in the rest of the stream
    /// per byte (when it can tell its length); 0 when unknown.
    /// </summary>
    public long EstimateRecords()
    {
        ReadOnlySpan<byte> sample = prefix.AsSpan(0, length);
        long lines = sample.Count((byte)'\n');
        if (length < prefix.Length)
        {
            return lines + 1; // the whole file
        }

        try
        {
            return lines > 0 && inner.CanSeek ? lines + ((inner.Length - inner.Position) * lines / length) : 0;
        }
        catch (Exception e) when (e is NotSupportedException or IOException or ObjectDisposedException)
        {
            return 0;
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (_position < length)
        {
            int n = Math.Min(buffer.Length, length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return inner.Read(buffer);
    }
}

/// <summary>
/// The text a CSV reader reads, watched for a carriage return that no line feed follows (one that ends a chunk waits for
/// the next chunk's first character): a vector search of each chunk as it is handed over, about a millisecond for 70 MB.
/// </summary>
internal sealed class CarriageReturnWatch(TextReader inner) : TextReader
{
    private bool _pendingReturn;

    /// <summary>Whether the text handed over so far had a carriage return without a line feed after it.</summary>
    public bool SawLoneCarriageReturn { get; private set; }

    public override int Read(char[] buffer, int index, int count) => Watch(buffer.AsSpan(index, inner.Read(buffer, index, count)));

    public override int Read(Span<char> buffer) => Watch(buffer[..inner.Read(buffer)]);

    public override int Read()
    {
        int c = inner.Read();
        Watch(c < 0 ? [] : [(char)c]);
        return c;
    }

    public override int Peek() => inner.Peek();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Watch(ReadOnlySpan<char> chunk)
    {
        if (chunk.IsEmpty)
        {
            // The end of the text: a carriage return left waiting is a lone one.
            SawLoneCarriageReturn |= _pendingReturn;
            _pendingReturn = false;
            return 0;
        }

        if (_pendingReturn && chunk[0] != '\n')
        {
            SawLoneCarriageReturn = true;
        }

        _pendingReturn = false;
        int at = chunk.IndexOf('\r');
        while (at >= 0 && !SawLoneCarriageReturn)
        {
            if (at == chunk.Length - 1)
            {
                _pendingReturn = true;
                break;
            }

            SawLoneCarriageReturn = chunk[at + 1] != '\n';
            int next = chunk[(at + 2)..].IndexOf('\r');
            at = next < 0 ? -1 : at + 2 + next;
        }

        return chunk.Length;
    }
}
