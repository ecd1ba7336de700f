using System.Buffers;

namespace ChsiValidation.Rosters;

/// <summary>
/// Up to <see cref="Roster.BatchSize"/> consecutive records on their way through a check: read (each cell's characters
/// copied into one buffer), then checked (the rows, and the numbers the duplicate check looks up), then handed to the
/// caller in file order.
/// </summary>
/// <remarks>
/// The reader's thread only copies characters; the thread that checks the batch makes the cells' strings. So the reader,
/// the one stage that cannot run in parallel, does less than a reader alone that makes strings, and a batch crosses from
/// one processor to another as one run of memory rather than as thousands of small objects. A batch is used again once
/// the caller has taken its rows (<see cref="Clear"/>): a check allocates its batches once, not once per 512 rows, which
/// counts on two cores whose memory bandwidth one of them can fill.
/// </remarks>
internal sealed class RowBatch
{
    private const int Columns = RosterHeaders.ColumnCount;
    private readonly int[] _start = new int[Roster.BatchSize * Columns];
    private readonly int[] _length = new int[Roster.BatchSize * Columns]; // -1: no cell
    private readonly string?[] _strings = new string?[Roster.BatchSize * Columns]; // a cell the reader already held as a string
    private char[] _text = new char[Roster.BatchSize * 64];
    private int _textLength;
    private bool _hasStrings;

    // Whether a row keeps the characters (RowText): the next records then go to a new buffer.
    private bool _textKept;

    /// <summary>The records read, <see cref="Count"/> of them.</summary>
    public RawRecord[] Records { get; } = new RawRecord[Roster.BatchSize];

    /// <summary>How many records the batch holds.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the batch holds as many records as it can.</summary>
    public bool IsFull => Count == Roster.BatchSize;

    /// <summary>The checked rows, one a record, <see cref="Count"/> of them (set by <see cref="RowChecker.CheckAll"/>).</summary>
    public RosterRow[] Rows { get; } = new RosterRow[Roster.BatchSize];

    /// <summary>Each row's ID number packed as a 64-bit number (<see cref="DuplicateIndex"/>), -1 for none.</summary>
    public long[] IdKeys { get; } = new long[Roster.BatchSize];

    /// <summary>Each row's mobile number as a 64-bit number, -1 for none.</summary>
    public long[] MobileKeys { get; } = new long[Roster.BatchSize];

    /// <summary>Starts the next record: none of its cells is set.</summary>
    public void BeginRecord()
    {
        int first = Count * Columns;
        _length.AsSpan(first, Columns).Fill(-1);
        if (_hasStrings)
        {
            _strings.AsSpan(first, Columns).Clear(); // a CSV batch never holds one
        }
    }

    /// <summary>Sets the next record's cell of <paramref name="column"/> to a copy of <paramref name="text"/>.</summary>
    public void SetCell(int column, ReadOnlySpan<char> text)
    {
        if (_textLength + text.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + text.Length));
        }

        text.CopyTo(_text.AsSpan(_textLength));
        int cell = (Count * Columns) + column;
        (_start[cell], _length[cell]) = (_textLength, text.Length);
        _textLength += text.Length;
    }

    /// <summary>Sets the next record's cell of <paramref name="column"/> to <paramref name="text"/> itself.</summary>
    public void SetCell(int column, string text)
    {
        int cell = (Count * Columns) + column;
        (_strings[cell], _length[cell]) = (text, text.Length);
        _hasStrings = true;
    }

    /// <summary>Ends the next record with its facts: the batch holds one more.</summary>
    public void EndRecord(in RawRecord record) => Records[Count++] = record;

    /// <summary>
    /// The cells of record <paramref name="index"/> as strings, by <see cref="RosterColumn"/> (null: no cell); a cell equal
    /// to the same column's cell of <paramref name="previous"/> (the record before) is that string, so a column that
    /// repeats (证件类型) costs one string a batch, not one a row.
    /// </summary>
    public string?[] Cells(int index, string?[] previous)
    {
        var cells = new string?[Columns];
        for (int c = 0; c < Columns; c++)
        {
            if (_strings[(index * Columns) + c] is { } whole)
            {
                cells[c] = whole;
            }
            else if (TryGetCell(index, (RosterColumn)c, out ReadOnlySpan<char> text))
            {
                string? before = c < previous.Length ? previous[c] : null;
                cells[c] = text.IsEmpty ? string.Empty : text.SequenceEqual(before) ? before : new string(text);
            }
        }

        return cells;
    }

    /// <summary>
    /// Whether a cell may hold one of <paramref name="values"/>: the copied characters of the whole batch are searched in
    /// one pass, so a batch without any costs one scan instead of one a cell; a cell held as a string is not searched, and
    /// makes the answer <see langword="true"/>.
    /// </summary>
    public bool MayContainAny(SearchValues<char> values) => _hasStrings || _text.AsSpan(0, _textLength).ContainsAny(values);

    /// <summary>Whether every cell is in the batch's characters (a CSV file's are; a workbook's text cells are strings).</summary>
    public bool CellsAreText => !_hasStrings;

    /// <summary>The characters of record <paramref name="index"/>'s cell of <paramref name="column"/>; false when it has no cell (or only a string).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryGetCell(int index, RosterColumn column, out ReadOnlySpan<char> text)
    {
        int cell = (index * Columns) + (int)column;
        bool inText = _length[cell] >= 0 && _strings[cell] is null;
        text = inText ? _text.AsSpan(_start[cell], _length[cell]) : default;
        return inText;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is empty or white space (as <see cref="MemoryExtensions.IsWhiteSpace"/>): a cell's
    /// first character usually settles it, printable ASCII and the characters past U+3000 (Chinese) being no space, so the
    /// Unicode table is read only for the others.
    /// </summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is > ' ' and < '\u0085' or > '\u3000' || !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Record <paramref name="index"/>'s cells as a row keeps them: these characters, which the batch then leaves alone.</summary>
    public RowText TextOf(int index)
    {
        _textKept = true;
        int first = index * Columns;
        return new RowText(_text, _start.AsSpan(first, Columns), _length.AsSpan(first, Columns));
    }

    /// <summary>Empties the batch for the next records (its buffers are kept, but not characters a row still holds).</summary>
    public void Clear()
    {
        if (_textKept)
        {
            // Not cleared: only the characters copied in are read.
            (_text, _textKept) = (GC.AllocateUninitializedArray<char>(Math.Max(Roster.BatchSize * 64, _textLength)), false);
        }

        Array.Clear(Rows, 0, Count); // the caller's rows are the caller's to keep or drop
        if (_hasStrings)
        {
            Array.Clear(_strings); // the next records' cells start without a string
        }

        (Count, _textLength, _hasStrings) = (0, 0, false);
    }
}
