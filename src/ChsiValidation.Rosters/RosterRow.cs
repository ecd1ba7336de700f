using System.Globalization;
using System.Runtime.InteropServices;

namespace ChsiValidation.Rosters;

/// <summary>One reason found on a row (or in the file): the code, its message in the check's language, and the placeholders.</summary>
/// <param name="Column">The column the finding is about; <see langword="null"/> for the whole row or file.</param>
/// <param name="ErrorCode">A rule's code (<see cref="ErrorCodes"/>) or a roster code (<see cref="RosterErrorCodes"/>).</param>
/// <param name="Severity">Whether the row is wrong or only worth a look.</param>
/// <param name="Message">The message, in the language of <see cref="RosterOptions.Culture"/>.</param>
/// <param name="Arguments">The placeholders' values, <c>PropertyName</c> included.</param>
/// <remarks>
/// A finding made by <see cref="FromRule"/> or <see cref="Create"/> formats its message the first time
/// <see cref="Message"/> is read, and one made by <see cref="FromRule"/> gathers its placeholders the first time
/// <see cref="Arguments"/> or the message is read (counting findings costs neither); the text is the same either way.
/// </remarks>
public sealed record RosterFinding(RosterColumn? Column, string ErrorCode, RosterSeverity Severity, string Message, IReadOnlyDictionary<string, object?> Arguments)
{
    private readonly CultureInfo? _culture;
    private string? _message = Message;
    private IReadOnlyDictionary<string, object?>? _arguments = Arguments;

    // A rule's result and the value it was given, while the placeholders have not been gathered from them.
    private readonly IRuleResult? _result;
    private readonly string? _input;

    /// <summary>A finding whose message is formatted from <paramref name="arguments"/> in <paramref name="culture"/> when first read.</summary>
    private RosterFinding(RosterColumn? column, string errorCode, RosterSeverity severity, IReadOnlyDictionary<string, object?> arguments, CultureInfo culture)
        : this(column, errorCode, severity, null!, arguments)
    {
        _culture = culture;
    }

    /// <summary>A finding whose placeholders are gathered from <paramref name="result"/> when first read.</summary>
    private RosterFinding(RosterColumn column, IRuleResult result, string errorCode, string? input, RosterSeverity severity, CultureInfo culture)
        : this(column, errorCode, severity, null!, (IReadOnlyDictionary<string, object?>)null!)
    {
        (_result, _input, _culture) = (result, input, culture);
    }

    /// <summary>The message, in the language of <see cref="RosterOptions.Culture"/>.</summary>
    public string Message
    {
        // Two threads racing here format the same text; either result is kept.
        get => _message ??= RosterMessages.GetMessage(ErrorCode, Arguments, _culture);
        init => _message = value;
    }

    /// <summary>The placeholders' values, <c>PropertyName</c> included.</summary>
    public IReadOnlyDictionary<string, object?> Arguments
    {
        // As for the message: two threads racing here gather equal placeholders.
        get => _arguments ??= MessageArguments.ToDictionary(RosterMessages.ColumnName(Column!.Value, _culture), _result!.GetMessageArguments(_input, _culture));
        init => _arguments = value;
    }

    /// <summary>The finding of a rule's failure on the value <paramref name="input"/> of <paramref name="column"/>.</summary>
    public static RosterFinding FromRule(RosterColumn column, IRuleResult result, string? input, CultureInfo culture, RosterSeverity severity = RosterSeverity.Error)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(culture);
        string code = result.ErrorCode ?? throw new ArgumentException("The result is valid: it has no finding.", nameof(result));
        return new RosterFinding(column, result, code, input, severity, culture);
    }

    /// <summary>A finding of <paramref name="errorCode"/> with the placeholders <paramref name="values"/> (<c>PropertyName</c> is the column's name).</summary>
    public static RosterFinding Create(RosterColumn? column, string errorCode, CultureInfo culture, RosterSeverity severity = RosterSeverity.Error, params (string Name, object? Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        ArgumentNullException.ThrowIfNull(culture);
        Dictionary<string, object?> arguments = MessageArguments.ToDictionary(column is { } c ? RosterMessages.ColumnName(c, culture) : string.Empty, values);
        return new RosterFinding(column, errorCode, severity, arguments, culture);
    }

    /// <summary>A finding with its placeholders ready, its message formatted in <paramref name="culture"/> when first read.</summary>
    internal static RosterFinding WithArguments(RosterColumn? column, string errorCode, RosterSeverity severity, Dictionary<string, object?> arguments, CultureInfo culture) =>
        new(column, errorCode, severity, arguments, culture);

    /// <summary>Equal when the column, code, severity, message and arguments (the same dictionary) are.</summary>
    /// <param name="other">The other finding.</param>
    public bool Equals(RosterFinding? other) =>
        other is not null && (ReferenceEquals(this, other) || (Column == other.Column && ErrorCode == other.ErrorCode && Severity == other.Severity
            && Arguments == other.Arguments && Message == other.Message));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Column, ErrorCode, Severity, Arguments);
}

/// <summary>
/// One row of a roster, checked: its number as the spreadsheet shows it (the header is row 1), the values of the columns
/// read, their canonical forms where the rules gave one, and every finding.
/// </summary>
/// <remarks>
/// A row whose every value the rules accept as typed (the common row) keeps its cells as the characters the reader read
/// and makes their strings the first time <see cref="Values"/> or a canonical value is read: a check that only counts or
/// filters rows makes no string for them. Two rows are equal when their number, type, values, canonical values and
/// findings are.
/// </remarks>
public sealed record RosterRow
{
    /// <summary>The longest value kept for the report; longer cells are cut there and end in "…" (the rules read the whole cell).</summary>
    public const int MaxShownLength = 200;

    private readonly RowText _text;
    private IReadOnlyList<string?>? _values;

    // The canonical values that differ from their cells, or are of a row read in full; null when there is none.
    private readonly CanonicalValues? _canonical;

    // The canonical values that are their cells as typed (a bit a RosterColumn): read from Values.
    private readonly byte _asTyped;

    /// <summary>An empty row (row 0, no values, no findings); set its properties with an initializer.</summary>
    public RosterRow()
    {
    }

    /// <summary>
    /// A row whose values are still the reader's characters (<paramref name="text"/>), the canonical value of each column
    /// in <paramref name="asTyped"/> (a bit a <see cref="RosterColumn"/>) being its cell as typed.
    /// </summary>
    internal RosterRow(int rowNumber, CertificateType type, RowText text, int asTyped)
    {
        RowNumber = rowNumber;
        CertificateType = type;
        _text = text;
        _asTyped = (byte)asTyped;
    }

    /// <summary>The row number as a spreadsheet shows it: the header is row 1, the first data row 2; blank rows count.</summary>
    public int RowNumber { get; init; }

    /// <summary>The cells of the five columns read, indexed by <see cref="RosterColumn"/> (null when the column or the cell is missing), cut to <see cref="MaxShownLength"/>.</summary>
    public IReadOnlyList<string?> Values
    {
        // Two threads racing here make equal strings; either array is kept.
        get => _values ??= _text.Strings();
        init => _values = value;
    }

    /// <summary>The certificate type the number was checked as.</summary>
    public CertificateType CertificateType { get; init; }

    /// <summary>The canonical name (<see cref="PersonNameResult.Normalized"/>), when the name could be read.</summary>
    public string? Name
    {
        get => AsTyped(RosterColumn.Name) ?? _canonical?.Name;
        init => (_canonical, _asTyped) = ((_canonical ?? CanonicalValues.None) with { Name = value }, Without(RosterColumn.Name));
    }

    /// <summary>
    /// The canonical certificate number: the valid number, else its folded form (full-width digits, spaces, a lower-case x
    /// undone) even when a later check failed; a 15-digit first-generation number is given as its 18-digit upgrade.
    /// Duplicates and comparisons join on it.
    /// </summary>
    public string? IdNumber
    {
        get => AsTyped(RosterColumn.IdNumber) ?? _canonical?.IdNumber;
        init => (_canonical, _asTyped) = ((_canonical ?? CanonicalValues.None) with { IdNumber = value }, Without(RosterColumn.IdNumber));
    }

    /// <summary>The canonical mobile number (11 digits), when valid.</summary>
    public string? MobileNumber
    {
        get => AsTyped(RosterColumn.MobileNumber) ?? _canonical?.MobileNumber;
        init => (_canonical, _asTyped) = ((_canonical ?? CanonicalValues.None) with { MobileNumber = value }, Without(RosterColumn.MobileNumber));
    }

    /// <summary>The canonical email address, when valid.</summary>
    public string? Email
    {
        get => AsTyped(RosterColumn.Email) ?? _canonical?.Email;
        init => (_canonical, _asTyped) = ((_canonical ?? CanonicalValues.None) with { Email = value }, Without(RosterColumn.Email));
    }

    /// <summary>Every finding, in column order, then the duplicates.</summary>
    public IReadOnlyList<RosterFinding> Findings { get; init; } = [];

    /// <summary><see langword="true"/> when no finding is an error (warnings allowed).</summary>
    public bool IsValid
    {
        get
        {
            IReadOnlyList<RosterFinding> findings = Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                if (findings[i].Severity == RosterSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The value of <paramref name="column"/> as shown in the report.</summary>
    public string? GetValue(RosterColumn column) => (int)column < Values.Count ? Values[(int)column] : null;

    /// <summary>Equal when the row number, type, values, canonical values and findings are (the lists item by item).</summary>
    /// <param name="other">The other row.</param>
    public bool Equals(RosterRow? other) =>
        other is not null && (ReferenceEquals(this, other) || (RowNumber == other.RowNumber && CertificateType == other.CertificateType
            && Name == other.Name && IdNumber == other.IdNumber && MobileNumber == other.MobileNumber && Email == other.Email
            && Values.SequenceEqual(other.Values) && Findings.SequenceEqual(other.Findings)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RowNumber, CertificateType, IdNumber, Name);

    /// <summary>The canonical values other than the cells as typed, all four set at once (null: none).</summary>
    internal CanonicalValues? Canonical
    {
        get => _canonical;
        init => _canonical = value;
    }

    /// <summary>Whether the row's values are still the reader's characters until read (the row was read as text).</summary>
    internal bool ReadAsText => _text.IsSet;

    /// <summary>Whether the canonical value of <paramref name="column"/> is its cell as typed.</summary>
    internal bool IsAsTyped(RosterColumn column) => (_asTyped & Bit(column)) != 0;

    private static int Bit(RosterColumn column) => 1 << (int)column;

    private byte Without(RosterColumn column) => (byte)(_asTyped & ~Bit(column));

    private string? AsTyped(RosterColumn column) => IsAsTyped(column) ? Values[(int)column] : null;
}

/// <summary>A row's canonical values, where they are not its cells as typed.</summary>
internal sealed record CanonicalValues(string? Name, string? IdNumber, string? MobileNumber, string? Email)
{
    /// <summary>No canonical value.</summary>
    public static readonly CanonicalValues None = new(null, null, null, null);

    /// <summary>These values, or null when all four are null (a row of cells all as typed keeps no object for them).</summary>
    public static CanonicalValues? Of(string? name, string? idNumber, string? mobileNumber, string? email) =>
        name is null && idNumber is null && mobileNumber is null && email is null ? null : new(name, idNumber, mobileNumber, email);
}

/// <summary>
/// The five cells of a row as characters in a batch's buffer: where the row's first cell starts, and each cell's length
/// (none: <see cref="ushort.MaxValue"/>). A record's cells are copied one after another in column order, so their lengths
/// say where each starts.
/// </summary>
internal readonly struct RowText
{
    private const ushort NoCell = ushort.MaxValue;
    private readonly char[]? _text;
    private readonly int _start;
    private readonly CellLengths _lengths;

    /// <param name="text">The batch's characters.</param>
    /// <param name="starts">Where each cell starts, in column order (consecutive cells).</param>
    /// <param name="lengths">Each cell's length, at most <see cref="RecordSource.MaxCellRead"/>; -1 for no cell.</param>
    public RowText(char[] text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
    {
        _text = text;
        _start = -1;
        for (int c = 0; c < RosterHeaders.ColumnCount; c++)
        {
            _lengths[c] = lengths[c] < 0 ? NoCell : (ushort)lengths[c];
            _start = _start < 0 && lengths[c] >= 0 ? starts[c] : _start;
        }
    }

    /// <summary>Whether the row was made with its characters.</summary>
    public bool IsSet => _text is not null;

    /// <summary>The cells as strings (null for none); empty for a row made without its characters.</summary>
    public string?[] Strings()
    {
        if (_text is null)
        {
            return [];
        }

        var strings = new string?[RosterHeaders.ColumnCount];
        int start = _start;
        for (int c = 0; c < strings.Length; c++)
        {
            int length = _lengths[c];
            if (length != NoCell)
            {
                strings[c] = length == 0 ? string.Empty : new string(_text, start, length);
                start += length;
            }
        }

        return strings;
    }

    [System.Runtime.CompilerServices.InlineArray(RosterHeaders.ColumnCount)]
    private struct CellLengths
    {
        private ushort _length;
    }
}

/// <summary>
/// What a roster check found over the whole file, filled in while its rows are read: counts, counts per reason, the
/// columns found, the encoding and the findings about the file itself. Complete once the rows have all been enumerated.
/// </summary>
public sealed class RosterSummary
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDictionary<string, int>? _countsByCode;
    private readonly List<RosterFinding> _fileFindings = [];
    private readonly Dictionary<RosterColumn, string> _columns = [];

    /// <summary>The rows read after the header (every one is in the report).</summary>
    public int Rows { get; private set; }

    /// <summary>The rows without an error.</summary>
    public int ValidRows { get; private set; }

    /// <summary>The rows with at least one error.</summary>
    public int InvalidRows => Rows - ValidRows;

    /// <summary>The rows with at least one warning.</summary>
    public int RowsWithWarnings { get; private set; }

    /// <summary>For each code, how many rows carry it (a row counts once per code), in code order: the counts so far when read before the rows have all been enumerated.</summary>
    public IReadOnlyDictionary<string, int> CountsByCode => _countsByCode ??= new(_counts, StringComparer.Ordinal);

    /// <summary>Findings about the file rather than a row (an empty file, a missing column, a damaged workbook).</summary>
    public IReadOnlyList<RosterFinding> FileFindings => _fileFindings;

    /// <summary>The header text of each column found.</summary>
    public IReadOnlyDictionary<RosterColumn, string> Columns => _columns;

    /// <summary>The encoding a CSV file was read in (its web name: utf-8, gb18030, utf-16); <see langword="null"/> for a workbook.</summary>
    public string? Encoding { get; internal set; }

    /// <summary><see langword="true"/> when reading stopped before the end of the file (<see cref="RosterErrorCodes.UnreadableRecord"/>).</summary>
    public bool Truncated { get; internal set; }

    internal void AddColumn(RosterColumn column, string header) => _columns[column] = header;

    internal void AddFileFinding(RosterFinding finding) => _fileFindings.Add(finding);

    internal void Count(RosterRow row)
    {
        Rows++;
        IReadOnlyList<RosterFinding> findings = row.Findings;
        if (findings.Count == 0)
        {
            ValidRows++;
            return;
        }

        if (row.IsValid)
        {
            ValidRows++;
        }

        bool warned = false;
        HashSet<string>? seen = null;
        for (int i = 0; i < findings.Count; i++)
        {
            RosterFinding finding = findings[i];
            warned |= finding.Severity == RosterSeverity.Warning;
            // A row with one finding (the common case) needs no set to count each code once.
            if (findings.Count == 1 || (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(finding.ErrorCode))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_counts, finding.ErrorCode, out _)++;
                _countsByCode = null; // sorted again when next read
            }
        }

        if (warned)
        {
            RowsWithWarnings++;
        }
    }
}
