using System.Globalization;

namespace ChsiValidation.Rosters;

/// <summary>
/// The error codes of roster checks and comparisons (<c>ChsiRoster.*</c>), beside the rules' own codes
/// (<see cref="ErrorCodes"/>) that rows carry. Their texts are in <see cref="RosterMessages"/>.
/// </summary>
public static class RosterErrorCodes
{
    /// <summary>The file holds no record at all, not even a header.</summary>
    public const string EmptyFile = "ChsiRoster.EmptyFile";

    /// <summary>The file could not be opened as its format (not a workbook, a damaged archive); no row could be read.</summary>
    public const string UnreadableFile = "ChsiRoster.UnreadableFile";

    /// <summary>The header has no column for a required field ({Column}): 姓名 or 证件号码.</summary>
    public const string MissingColumn = "ChsiRoster.MissingColumn";

    /// <summary>The row has fewer cells ({FieldCount}) than the header ({HeaderCount}).</summary>
    public const string MissingCells = "ChsiRoster.MissingCells";

    /// <summary>The row has more cells ({FieldCount}) than the header ({HeaderCount}): an unquoted comma may have split a value.</summary>
    public const string ExtraCells = "ChsiRoster.ExtraCells";

    /// <summary>The row is blank: no cell, or only empty cells (a warning: it is carried so that row numbers stay the spreadsheet's).</summary>
    public const string EmptyRow = "ChsiRoster.EmptyRow";

    /// <summary>A cell holds a line break: a quote may lack its closing pair, and the rows after it may be inside the cell.</summary>
    public const string LineBreakInCell = "ChsiRoster.LineBreakInCell";

    /// <summary>A cell holds bytes the file's encoding ({Encoding}) cannot decode: the file may be in another encoding.</summary>
    public const string UndecodableText = "ChsiRoster.UndecodableText";

    /// <summary>A workbook cell holds a number, not text, whose digits past the 15th were lost (an ID number typed into a number cell).</summary>
    public const string NumberStoredAsNumber = "ChsiRoster.NumberStoredAsNumber";

    /// <summary>The record could not be read ({Detail}); reading stopped here.</summary>
    public const string UnreadableRecord = "ChsiRoster.UnreadableRecord";

    /// <summary>
    /// A file finding: the temporary files of a two-pass duplicate check could not be read back at row {Row} ({Detail});
    /// the rows from there on were not checked for duplicates.
    /// </summary>
    public const string DuplicateCheckStopped = "ChsiRoster.DuplicateCheckStopped";

    /// <summary>The 证件类型 cell names no known certificate type ({Value}).</summary>
    public const string UnknownCertificateType = "ChsiRoster.UnknownCertificateType";

    /// <summary>The ID number was already on row {FirstRow}.</summary>
    public const string DuplicateIdNumber = "ChsiRoster.DuplicateIdNumber";

    /// <summary>The mobile number was already given on row {FirstRow}, for another person.</summary>
    public const string DuplicateMobileNumber = "ChsiRoster.DuplicateMobileNumber";

    /// <summary>Comparison: the registration's ID number is on no row of the roster (nor is the name with a near number).</summary>
    public const string NotInRoster = "ChsiRoster.NotInRoster";

    /// <summary>Comparison: the roster row has no registration.</summary>
    public const string NotRegistered = "ChsiRoster.NotRegistered";

    /// <summary>Comparison: the ID numbers are the same number typed differently ({Difference}).</summary>
    public const string IdNumberTypedDifferently = "ChsiRoster.IdNumberTypedDifferently";

    /// <summary>Comparison: one ID number is the 15-digit first-generation form of the other.</summary>
    public const string IdNumberFirstGeneration = "ChsiRoster.IdNumberFirstGeneration";

    /// <summary>Comparison: the ID numbers differ in one digit (position {Position}: {Registered} against {Roster}).</summary>
    public const string IdNumberOneDigitOff = "ChsiRoster.IdNumberOneDigitOff";

    /// <summary>Comparison: the same name with another ID number.</summary>
    public const string IdNumberDiffers = "ChsiRoster.IdNumberDiffers";

    /// <summary>Comparison: the names are equal once typing differences are set aside ({Difference}).</summary>
    public const string NameTypedDifferently = "ChsiRoster.NameTypedDifferently";

    /// <summary>Comparison: the names differ by a variant form of a character ({Registered} against {Roster}).</summary>
    public const string NameVariant = "ChsiRoster.NameVariant";

    /// <summary>Comparison: a rare character of one name is replaced in the other by a common look-alike ({Registered} against {Roster}).</summary>
    public const string NameRareCharacterReplaced = "ChsiRoster.NameRareCharacterReplaced";

    /// <summary>Comparison: the names differ.</summary>
    public const string NameDiffers = "ChsiRoster.NameDiffers";
}

/// <summary>
/// The zh-Hans and en texts of <see cref="RosterErrorCodes"/>, in the placeholder syntax of <see cref="ValidationMessages"/>;
/// <see cref="GetMessage"/> also answers every rule code by asking <see cref="ValidationMessages"/>.
/// </summary>
public static class RosterMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Table = new(StringComparer.Ordinal)
    {
        [RosterErrorCodes.EmptyFile] = ("文件是空的，没有表头也没有数据行。", "The file is empty: no header and no rows."),
        [RosterErrorCodes.UnreadableFile] = ("无法按{Format}格式打开文件：{Detail}", "The file cannot be opened as {Format}: {Detail}"),
        [RosterErrorCodes.MissingColumn] = ("表头中没有“{Column}”列。", "The header has no {Column} column."),
        [RosterErrorCodes.MissingCells] = ("这一行只有{FieldCount}个单元格，表头有{HeaderCount}列。", "The row has {FieldCount} cells where the header has {HeaderCount}."),
        [RosterErrorCodes.ExtraCells] = ("这一行有{FieldCount}个单元格，多于表头的{HeaderCount}列：某个值中的逗号可能没有加引号。", "The row has {FieldCount} cells, more than the header's {HeaderCount}: a comma inside a value may lack quotes."),
        [RosterErrorCodes.EmptyRow] = ("空行。", "The row is blank."),
        [RosterErrorCodes.LineBreakInCell] = ("{PropertyName}中有换行：可能有引号没有闭合，其后的行被并入了这个单元格。", "{PropertyName} holds a line break: a quote may lack its closing pair, taking the rows after it into this cell."),
        [RosterErrorCodes.UndecodableText] = ("{PropertyName}中有无法按{Encoding}解码的字节：文件可能是另一种编码。", "{PropertyName} holds bytes that {Encoding} cannot decode: the file may be in another encoding."),
        [RosterErrorCodes.NumberStoredAsNumber] = ("{PropertyName}在表格中存成了数字，第15位以后的数字已经丢失：请把这一列设为文本格式后重新填写。", "{PropertyName} is stored as a number in the workbook, and its digits past the 15th were lost: format the column as text and enter it again."),
        [RosterErrorCodes.UnreadableRecord] = ("这一行无法读取（{Detail}），读取到此为止。", "The row cannot be read ({Detail}); reading stopped here."),
        [RosterErrorCodes.DuplicateCheckStopped] = ("重复检查在第{Row}行中断（{Detail}）：从这一行起没有检查重复。", "The duplicate check stopped at row {Row} ({Detail}): the rows from there on were not checked for duplicates."),
        [RosterErrorCodes.UnknownCertificateType] = ("证件类型“{Value}”无法识别。", "The certificate type \"{Value}\" is not known."),
        [RosterErrorCodes.DuplicateIdNumber] = ("证件号码与第{FirstRow}行重复。", "The ID number is the same as on row {FirstRow}."),
        [RosterErrorCodes.DuplicateMobileNumber] = ("手机号已在第{FirstRow}行用于另一个人。", "The mobile number is already given on row {FirstRow}, for another person."),
        [RosterErrorCodes.NotInRoster] = ("名单中没有这个证件号码，也没有同名且号码相近的人。", "No roster row has this ID number, nor the same name with a near number."),
        [RosterErrorCodes.NotRegistered] = ("这个人没有注册记录。", "No registration has this person."),
        [RosterErrorCodes.IdNumberTypedDifferently] = ("证件号码相同，只是写法不同：{Difference}。", "The ID numbers are the same number typed differently: {Difference}."),
        [RosterErrorCodes.IdNumberFirstGeneration] = ("一方是15位的第一代身份证号码，另一方是升位后的18位号码。", "One ID number is the 15-digit first-generation form of the other's 18 digits."),
        [RosterErrorCodes.IdNumberOneDigitOff] = ("证件号码第{Position}位不同：注册为{Registered}，名单为{Roster}。", "The ID numbers differ in digit {Position}: {Registered} registered, {Roster} on the roster."),
        [RosterErrorCodes.IdNumberDiffers] = ("姓名相同，证件号码不同。", "The names are the same but the ID numbers differ."),
        [RosterErrorCodes.NameTypedDifferently] = ("姓名相同，只是写法不同：{Difference}。", "The names are the same, typed differently: {Difference}."),
        [RosterErrorCodes.NameVariant] = ("姓名中的字写成了异体字或繁简不同的字：注册为“{Registered}”，名单为“{Roster}”。", "The names differ by a variant form of a character: \"{Registered}\" registered, \"{Roster}\" on the roster."),
        [RosterErrorCodes.NameRareCharacterReplaced] = ("姓名中的生僻字被换成了形近的常用字：注册为“{Registered}”，名单为“{Roster}”。", "A rare character of the name was replaced by a common look-alike: \"{Registered}\" registered, \"{Roster}\" on the roster."),
        [RosterErrorCodes.NameDiffers] = ("姓名不同：注册为“{Registered}”，名单为“{Roster}”。", "The names differ: \"{Registered}\" registered, \"{Roster}\" on the roster."),
    };

    /// <summary>Every roster code that has built-in texts.</summary>
    public static IEnumerable<string> KnownErrorCodes => Table.Keys;

    /// <summary>
    /// The template of <paramref name="errorCode"/> in <paramref name="culture"/> (default: the current UI culture): a
    /// roster code's own, else the rules' (<see cref="ValidationMessages.GetTemplate"/>); <see langword="null"/> for an unknown code.
    /// </summary>
    public static string? GetTemplate(string errorCode, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        culture ??= CultureInfo.CurrentUICulture;
        return Table.TryGetValue(errorCode, out (string Zh, string En) texts)
            ? ValidationMessages.IsChinese(culture) ? texts.Zh : texts.En
            : ValidationMessages.GetTemplate(errorCode, culture);
    }

    /// <summary>
    /// The message of <paramref name="errorCode"/> with <paramref name="arguments"/> filled in, its first letter capitalised;
    /// the code itself when unknown.
    /// </summary>
    public static string GetMessage(string errorCode, IReadOnlyDictionary<string, object?> arguments, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        ArgumentNullException.ThrowIfNull(arguments);
        culture ??= CultureInfo.CurrentUICulture;
        string? template = GetTemplate(errorCode, culture);
        if (template is null)
        {
            return errorCode;
        }

        // Column names are lower case ("the ID number") to read well inside a sentence; one that starts it is capitalised.
        string message = ValidationMessages.Format(template, arguments, culture);
        return message.Length > 0 && char.IsAsciiLetterLower(message[0]) ? char.ToUpperInvariant(message[0]) + message[1..] : message;
    }

    /// <summary>The name of <paramref name="column"/> as messages and reports show it: 姓名, 证件号码, ... or "the name", "the ID number", ...</summary>
    public static string ColumnName(RosterColumn column, CultureInfo? culture = null)
    {
        bool zh = ValidationMessages.IsChinese(culture ?? CultureInfo.CurrentUICulture);
        return column switch
        {
            RosterColumn.Name => zh ? "姓名" : "the name",
            RosterColumn.CertificateType => zh ? "证件类型" : "the certificate type",
            RosterColumn.IdNumber => zh ? "证件号码" : "the ID number",
            RosterColumn.MobileNumber => zh ? "手机号" : "the mobile number",
            RosterColumn.Email => zh ? "邮箱" : "the email address",
            _ => column.ToString(),
        };
    }
}
