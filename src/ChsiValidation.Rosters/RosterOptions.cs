using System.Globalization;
using System.Text;

namespace ChsiValidation.Rosters;

/// <summary>Options of a roster check (<see cref="Roster.Check"/>). Immutable; <see cref="Default"/> is shared.</summary>
public sealed record RosterOptions
{
    /// <summary>The most rows checked at once beyond the reader's own (<see cref="MaxDegreeOfParallelism"/>'s upper bound).</summary>
    public const int MaxMaxDegreeOfParallelism = 256;

    /// <summary>The smallest allowed <see cref="MaxRecordLength"/>.</summary>
    public const int MinMaxRecordLength = 1 << 16;

    /// <summary>The largest allowed <see cref="MaxRecordLength"/>.</summary>
    public const int MaxMaxRecordLength = 1 << 28;

    private readonly int _maxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, MaxMaxDegreeOfParallelism);
    private readonly int _maxRecordLength = 1 << 22;
    private readonly char? _delimiter;
    private readonly long _duplicateMemoryLimit = 1L << 28;

    /// <summary>The defaults: encoding detected, built-in column names, resident ID cards, every processor, English or Chinese messages by the current UI culture.</summary>
    public static RosterOptions Default { get; } = new();

    /// <summary>
    /// The text encoding of a CSV file; <see langword="null"/> (the default) detects it: a byte-order mark (UTF-8, UTF-16)
    /// decides, otherwise the first 64 KB are read as UTF-8 and, when they are not well-formed UTF-8, as GB18030 (which
    /// includes GBK and GB 2312). Bytes the encoding cannot decode become U+FFFD and are reported on their row.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Header texts that name a column, replacing the built-in names of that column (姓名/name, 证件号码/id number, ...).
    /// Compared ignoring case, surrounding spaces and full-width forms. <see langword="null"/> keeps the built-in names.
    /// </summary>
    public IReadOnlyDictionary<RosterColumn, string>? ColumnNames { get; init; }

    /// <summary>
    /// The character between the cells of a CSV file; <see langword="null"/> (the default) detects it from the header line:
    /// the most frequent of <c>,</c> <c>;</c> tab and <c>|</c> (Sylvan.Data.Csv's own detection; a comma when none occurs).
    /// Semicolons are common in spreadsheet exports from locales that write a decimal comma, tabs in "text" exports.
    /// Ignored for a workbook.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a tab or a printable ASCII character other than a letter, digit or <c>"</c>.</exception>
    public char? Delimiter
    {
        get => _delimiter;
        init
        {
            if (value is char c && !IsValidDelimiter(c))
            {
                throw new ArgumentOutOfRangeException(nameof(Delimiter), c, "Delimiter must be a tab or a printable ASCII character other than a letter, digit or '\"'.");
            }

            _delimiter = value;
        }
    }

    /// <summary>The certificate type of rows without a 证件类型 column or with an empty cell there. Default <see cref="CertificateType.ResidentIdCard"/>.</summary>
    public CertificateType DefaultCertificateType { get; init; } = CertificateType.ResidentIdCard;

    /// <summary>The rules of certificate numbers. Default <see cref="CertificateNumberOptions.Default"/>.</summary>
    public CertificateNumberOptions CertificateNumber { get; init; } = CertificateNumberOptions.Default;

    /// <summary>The rules of names for Chinese names (Latin names follow the certificate type: <see cref="CertificateTypes.AllowsLatinName"/>). Default <see cref="PersonNameOptions.Default"/>.</summary>
    public PersonNameOptions PersonName { get; init; } = PersonNameOptions.Default;

    /// <summary>The rules of email addresses. Default <see cref="EmailOptions.Default"/>.</summary>
    public EmailOptions Email { get; init; } = EmailOptions.Default;

    /// <summary>The language of the messages (Chinese for any <c>zh</c> culture, English otherwise); <see langword="null"/> means the current UI culture when the check starts.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>
    /// Report an ID number on two rows and a mobile number on two people (<see cref="RosterErrorCodes.DuplicateIdNumber"/>,
    /// <see cref="RosterErrorCodes.DuplicateMobileNumber"/>). Default <see langword="true"/>. The check then remembers every
    /// distinct number it has read, some 21 to 43 bytes each (an ID or mobile number; other certificate numbers and names
    /// as strings): the one part of its memory that grows with the file. <see langword="false"/> keeps memory flat
    /// whatever the length of the file; so does a seekable file that would pass <see cref="DuplicateMemoryLimit"/>, checked
    /// in two passes.
    /// </summary>
    public bool FindDuplicates { get; init; } = true;

    /// <summary>
    /// The most memory, in bytes, the duplicate check (<see cref="FindDuplicates"/>) may take for its index of numbers
    /// before it checks a seekable file in two passes instead. Default 268,435,456 (256 MiB); 0 makes every seekable file
    /// take two passes.
    /// </summary>
    /// <remarks>
    /// When the input stream can seek, the index's size is estimated from the bytes left in it: a CSV row takes at least
    /// some 40 bytes, a workbook row (compressed) fewer, and each row costs the index some 54 bytes. When the estimate is
    /// over this limit, a first pass reads the file for its ID numbers, mobile numbers and names, sorts them in runs of
    /// bounded size in temporary files (in <see cref="Path.GetTempPath"/>, deleted when the check ends, also when the
    /// caller stops early) and merges them into the duplicates; the stream is then read again from where it stood and
    /// checked as in one pass, with the same findings. A stream that cannot seek is always checked in one pass, with
    /// the index in memory; so is a file whose temporary files cannot be written.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Less than 0.</exception>
    public long DuplicateMemoryLimit
    {
        get => _duplicateMemoryLimit;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _duplicateMemoryLimit = value;
        }
    }

    /// <summary>Where a two-pass duplicate check writes its temporary files; null: <see cref="Path.GetTempPath"/>.</summary>
    internal string? TemporaryDirectory { get; init; }

    /// <summary>The bytes of one sorted run of a two-pass duplicate check; 0: from <see cref="DuplicateMemoryLimit"/>.</summary>
    internal int RunBytes { get; init; }

    /// <summary>Whether a CSV row's cells are checked as typed first, a cell the rule accepts so kept without a string (false: every row takes the full check, to compare).</summary>
    internal bool AcceptAsTyped { get; init; } = true;

    /// <summary>How many batches of rows are checked at once. Default: the processor count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1 or more than <see cref="MaxMaxDegreeOfParallelism"/>.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxMaxDegreeOfParallelism);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// The longest CSV record (in characters) read; a longer record ends the reading with
    /// <see cref="RosterErrorCodes.UnreadableRecord"/> on its row. Default 4,194,304 (a 1 MB cell fits).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="MinMaxRecordLength"/>–<see cref="MaxMaxRecordLength"/>.</exception>
    public int MaxRecordLength
    {
        get => _maxRecordLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinMaxRecordLength);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxMaxRecordLength);
            _maxRecordLength = value;
        }
    }

    /// <summary>
    /// Whether <paramref name="delimiter"/> can separate CSV cells (<see cref="Delimiter"/>): a tab, or a printable ASCII
    /// character (space included) that is not a letter, a digit or the quote <c>"</c>.
    /// </summary>
    /// <param name="delimiter">The character.</param>
    public static bool IsValidDelimiter(char delimiter) =>
        delimiter == '\t' || (delimiter is >= ' ' and < '\u007F' && !char.IsAsciiLetterOrDigit(delimiter) && delimiter != '"');
}
