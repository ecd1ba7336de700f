using System.Buffers;
using System.Globalization;

namespace ChsiValidation.Rosters;

/// <summary>Checks one record with the rules. Thread-safe once prepared (it only reads its fields).</summary>
internal sealed class RowChecker(RosterOptions options, CultureInfo culture)
{
    /// <summary>The characters a cell is checked for: U+FFFD (undecodable bytes) and line breaks.</summary>
    private static readonly SearchValues<char> Suspect = SearchValues.Create("\uFFFD\r\n");

    private readonly PersonNameOptions _latinName = options.PersonName with { AllowLatin = true };
    private int[] _ordinals = [];
    private int _headerCount;
    private bool _raggedRows;
    private volatile ParsedType? _lastType;

    public CultureInfo Culture { get; } = culture;

    /// <summary>The encoding the file is read in, as messages name it.</summary>
    public string? EncodingName { get; set; }

    /// <summary>The findings for a required column (姓名, 证件号码) the header lacks; every row carries them too.</summary>
    public List<RosterFinding> MissingColumns { get; } = [];

    public void Prepare(int[] ordinals, int headerCount, bool raggedRows)
    {
        _ordinals = ordinals;
        _headerCount = headerCount;
        _raggedRows = raggedRows;
        foreach (RosterColumn required in (ReadOnlySpan<RosterColumn>)[RosterColumn.Name, RosterColumn.IdNumber])
        {
            if (ordinals[(int)required] < 0)
            {
                string column = ValidationMessages.IsChinese(Culture)
                    ? RosterMessages.ColumnName(required, Culture)
                    : $"{RosterMessages.ColumnName(required, CultureInfo.GetCultureInfo("zh-CN"))} ({(required == RosterColumn.Name ? "name" : "ID number")})";
                MissingColumns.Add(RosterFinding.Create(required, RosterErrorCodes.MissingColumn, Culture, RosterSeverity.Error, ("Column", column)));
            }
        }
    }

    /// <summary>
    /// Checks every record of <paramref name="batch"/> into its <see cref="RowBatch.Rows"/>; with
    /// <paramref name="withKeys"/>, also finds the numbers the duplicate check looks up, here where the rows are at hand
    /// rather than in that check, which runs one batch at a time.
    /// </summary>
    public void CheckAll(RowBatch batch, bool withKeys)
    {
        var rows = new RosterRow[batch.Count];
        bool suspect = batch.MayContainAny(Suspect);
        bool asTyped = options.AcceptAsTyped && !suspect && batch.CellsAreText && MissingColumns.Count == 0;
        string?[] previous = [];
        for (int i = 0; i < rows.Length; i++)
        {
            if (asTyped && TryCheckAsTyped(batch, i) is { } plain)
            {
                rows[i] = plain;
                continue;
            }

            string?[] cells = batch.Cells(i, previous);
            rows[i] = Check(batch.Records[i], cells, suspect);
            previous = cells;
            if (withKeys)
            {
                (batch.IdKeys[i], batch.MobileKeys[i]) = DuplicateIndex.Keys(rows[i].IdNumber, rows[i].MobileNumber);
            }
        }

        batch.Rows = rows;
    }

    /// <summary>
    /// The row of record <paramref name="index"/> when every rule accepts its cells as typed (the common row: a known
    /// type, and a name, an 18-character or other certificate number, and a mobile number and email when given, each
    /// valid and canonical), with its duplicate keys in the batch; null for any other record, which
    /// <see cref="Check(in RawRecord, string?[], bool)"/> then checks. Such a row has no finding, and its values stay the
    /// reader's characters until they are read, so the common row costs no string.
    /// </summary>
    private RosterRow? TryCheckAsTyped(RowBatch batch, int index)
    {
        ref readonly RawRecord record = ref batch.Records[index];
        if (record.Error is not null || record.IsBlank || record.NumericMask != 0 || (_raggedRows && record.FieldCount != _headerCount))
        {
            return null;
        }

        CertificateType type = options.DefaultCertificateType;
        if (batch.TryGetCell(index, RosterColumn.CertificateType, out ReadOnlySpan<char> typeText) && !typeText.IsWhiteSpace())
        {
            if (typeText.Length > RosterRow.MaxShownLength || ParseType(typeText) is not { } parsed)
            {
                return null;
            }

            type = parsed;
        }

        // The required columns are there (no missing column): a record without their cells is ragged, checked above.
        if (!batch.TryGetCell(index, RosterColumn.Name, out ReadOnlySpan<char> name) || name.Length > RosterRow.MaxShownLength
            || !PersonName.IsValidAsTyped(name, type.AllowsLatinName() ? _latinName : options.PersonName)
            || !batch.TryGetCell(index, RosterColumn.IdNumber, out ReadOnlySpan<char> id) || id.Length > RosterRow.MaxShownLength
            || (type == CertificateType.ResidentIdCard && id.Length == ChsiValidation.IdNumber.FirstGenerationLength) // joined on its upgrade
            || !CertificateNumber.IsValidAsTyped(type, id, options.CertificateNumber))
        {
            return null;
        }

        int asTyped = (1 << (int)RosterColumn.Name) | (1 << (int)RosterColumn.IdNumber);
        if (batch.TryGetCell(index, RosterColumn.MobileNumber, out ReadOnlySpan<char> mobile) && !mobile.IsWhiteSpace())
        {
            if (!MobileNumber.IsValidAsTyped(mobile))
            {
                return null;
            }

            asTyped |= 1 << (int)RosterColumn.MobileNumber;
        }
        else
        {
            mobile = default; // a blank cell: no mobile number
        }

        if (batch.TryGetCell(index, RosterColumn.Email, out ReadOnlySpan<char> email) && !email.IsWhiteSpace())
        {
            if (email.Length > RosterRow.MaxShownLength || !Email.IsValidAsTyped(email, options.Email))
            {
                return null;
            }

            asTyped |= 1 << (int)RosterColumn.Email;
        }

        (batch.IdKeys[index], batch.MobileKeys[index]) = DuplicateIndex.Keys(id, mobile);
        return new RosterRow(record.RowNumber, type, batch.TextOf(index), asTyped);
    }

    /// <summary>Checks one record whose cells are <paramref name="cells"/>; <paramref name="suspect"/> false when none holds a <see cref="Suspect"/> character.</summary>
    private RosterRow Check(in RawRecord record, string?[] cells, bool suspect)
    {
        // The common row has no finding: the list is made for the first one.
        List<RosterFinding>? findings = null;
        string?[] shown = Shown(cells);
        if (record.Error is { } error)
        {
            return Row(record, shown, [RosterFinding.Create(null, RosterErrorCodes.UnreadableRecord, Culture, RosterSeverity.Error, ("Detail", error))]);
        }

        if (record.IsBlank)
        {
            return Row(record, shown, [RosterFinding.Create(null, RosterErrorCodes.EmptyRow, Culture, RosterSeverity.Warning)]);
        }

        if (MissingColumns.Count > 0)
        {
            (findings ??= []).AddRange(MissingColumns);
        }

        // A workbook row ends at its last filled cell: only a CSV row's length says something.
        if (_raggedRows && record.FieldCount < _headerCount)
        {
            (findings ??= []).Add(RosterFinding.Create(null, RosterErrorCodes.MissingCells, Culture, RosterSeverity.Error, ("FieldCount", record.FieldCount), ("HeaderCount", _headerCount)));
        }
        else if (_raggedRows && record.FieldCount > _headerCount)
        {
            (findings ??= []).Add(RosterFinding.Create(null, RosterErrorCodes.ExtraCells, Culture, RosterSeverity.Error, ("FieldCount", record.FieldCount), ("HeaderCount", _headerCount)));
        }

        for (int c = 0; c < cells.Length && (suspect || record.NumericMask != 0); c++)
        {
            if (cells[c] is not { } cell)
            {
                continue;
            }

            // One scan of the cell for the three characters; the cell is read again only when one is there.
            if (suspect && cell.AsSpan().ContainsAny(Suspect))
            {
                if (cell.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    (findings ??= []).Add(RosterFinding.Create((RosterColumn)c, RosterErrorCodes.UndecodableText, Culture, RosterSeverity.Error, ("Encoding", EncodingName ?? "UTF-8")));
                }

                if (cell.AsSpan().IndexOfAny('\r', '\n') >= 0)
                {
                    (findings ??= []).Add(RosterFinding.Create((RosterColumn)c, RosterErrorCodes.LineBreakInCell, Culture, RosterSeverity.Error));
                }
            }

            if ((record.NumericMask & (1 << c)) != 0 && (RosterColumn)c is RosterColumn.IdNumber or RosterColumn.MobileNumber)
            {
                (findings ??= []).Add(RosterFinding.Create((RosterColumn)c, RosterErrorCodes.NumberStoredAsNumber, Culture));
            }
        }

        CertificateType type = TypeOf(cells, out bool unknownType);
        if (unknownType)
        {
            (findings ??= []).Add(RosterFinding.Create(RosterColumn.CertificateType, RosterErrorCodes.UnknownCertificateType, Culture, RosterSeverity.Error, ("Value", shown[(int)RosterColumn.CertificateType])));
        }

        string? name = null;
        if (_ordinals[(int)RosterColumn.Name] >= 0)
        {
            string? input = cells[(int)RosterColumn.Name];
            PersonNameResult result = ValidateName(type, input);
            name = result.Normalized;
            if (!result.IsValid)
            {
                (findings ??= []).Add(RosterFinding.FromRule(RosterColumn.Name, result, input, Culture));
            }
            else if (result.HasRareCharacters)
            {
                RareCharacter rare = result.RareCharacters[0];
                Dictionary<string, object?> arguments = MessageArguments.ToDictionary(RosterMessages.ColumnName(RosterColumn.Name, Culture), rare.GetMessageArguments(Culture));
                (findings ??= []).Add(RosterFinding.WithArguments(RosterColumn.Name, ErrorCodes.PersonNameRareCharacter, RosterSeverity.Warning, arguments, Culture));
            }
        }

        string? id = null;
        if (_ordinals[(int)RosterColumn.IdNumber] >= 0)
        {
            string? input = cells[(int)RosterColumn.IdNumber];
            CertificateNumberResult result = ValidateIdNumber(type, input);
            id = IdKey(result);
            if (!result.IsValid)
            {
                (findings ??= []).Add(RosterFinding.FromRule(RosterColumn.IdNumber, result, input, Culture));
            }
        }

        string? mobile = null;
        if (ValidateMobile(cells[(int)RosterColumn.MobileNumber]) is { } mobileResult)
        {
            mobile = mobileResult.IsValid ? mobileResult.Normalized : null;
            if (!mobileResult.IsValid)
            {
                (findings ??= []).Add(RosterFinding.FromRule(RosterColumn.MobileNumber, mobileResult, cells[(int)RosterColumn.MobileNumber], Culture));
            }
        }

        string? email = null;
        if (cells[(int)RosterColumn.Email] is { } emailInput && !string.IsNullOrWhiteSpace(emailInput))
        {
            EmailResult result = Email.Validate(emailInput, options.Email);
            email = result.IsValid ? result.Normalized : null;
            if (!result.IsValid)
            {
                (findings ??= []).Add(RosterFinding.FromRule(RosterColumn.Email, result, emailInput, Culture));
            }
        }

        return new RosterRow
        {
            RowNumber = record.RowNumber,
            Values = shown,
            CertificateType = type,
            Name = name,
            IdNumber = id,
            MobileNumber = mobile,
            Email = email,
            Findings = findings is null ? [] : findings,
        };
    }

    /// <summary>
    /// The keys the duplicate check joins <paramref name="record"/> on, the same as <see cref="Check"/> gives its row
    /// (<see cref="RosterRow.IdNumber"/>, <see cref="RosterRow.MobileNumber"/>, <see cref="RosterRow.Name"/>) without the
    /// findings: the name only where the duplicate check reads it, on a row with a mobile number and no ID number.
    /// </summary>
    public DuplicateKeys Keys(in RawRecord record, string?[] cells)
    {
        if (record.Error is not null || record.IsBlank)
        {
            return default;
        }

        CertificateType type = TypeOf(cells, out _);
        string? id = _ordinals[(int)RosterColumn.IdNumber] >= 0 ? IdKey(ValidateIdNumber(type, cells[(int)RosterColumn.IdNumber])) : null;
        string? mobile = ValidateMobile(cells[(int)RosterColumn.MobileNumber]) is { IsValid: true } valid ? valid.Normalized : null;
        string? name = id is null && mobile is not null && _ordinals[(int)RosterColumn.Name] >= 0
            ? ValidateName(type, cells[(int)RosterColumn.Name]).Normalized
            : null;
        return new DuplicateKeys(id, mobile, name);
    }

    /// <summary>The row's certificate type: its 证件类型 cell, else the default (an empty cell, no column, or a type not known: <paramref name="unknown"/>).</summary>
    private CertificateType TypeOf(string?[] cells, out bool unknown)
    {
        unknown = false;
        if (cells[(int)RosterColumn.CertificateType] is { } typeText && !string.IsNullOrWhiteSpace(typeText))
        {
            if (ParseType(typeText) is { } parsed)
            {
                return parsed;
            }

            unknown = true;
        }

        return options.DefaultCertificateType;
    }

    private PersonNameResult ValidateName(CertificateType type, string? input) =>
        PersonName.Validate(input, type.AllowsLatinName() ? _latinName : options.PersonName);

    private CertificateNumberResult ValidateIdNumber(CertificateType type, string? input) =>
        CertificateNumber.Validate(type, input, options.CertificateNumber);

    /// <summary>The mobile number's result, or null for an empty or blank cell (no number given).</summary>
    private static MobileNumberResult? ValidateMobile(string? input) =>
        input is not null && !string.IsNullOrWhiteSpace(input) ? MobileNumber.Validate(input) : null;

    /// <summary>
    /// <see cref="RosterHeaders.ParseType"/>, remembering the last text: the reader hands a column's repeated cell over as
    /// the same string, so the type of a roster that is all 居民身份证 is parsed once, not once a row.
    /// </summary>
    /// <summary><see cref="ParseType(string)"/> of characters: the last text's type when they are that text.</summary>
    private CertificateType? ParseType(ReadOnlySpan<char> text)
    {
        ParsedType? last = _lastType;
        return last is not null && text.SequenceEqual(last.Text) ? last.Type : ParseType(new string(text));
    }

    private CertificateType? ParseType(string text)
    {
        // One object, replaced whole, so a thread reads a text and its own type together.
        ParsedType? last = _lastType;
        if (last is not null && ReferenceEquals(last.Text, text))
        {
            return last.Type;
        }

        CertificateType? type = RosterHeaders.ParseType(text);
        _lastType = new ParsedType(text, type);
        return type;
    }

    private sealed record ParsedType(string Text, CertificateType? Type);

    /// <summary>A row that is only its findings (unreadable or blank).</summary>
    private RosterRow Row(in RawRecord record, string?[] shown, RosterFinding[] findings) =>
        new() { RowNumber = record.RowNumber, Values = shown, CertificateType = options.DefaultCertificateType, Findings = findings };

    /// <summary>The cells as the report shows them: the record's own array unless a cell is longer than <see cref="RosterRow.MaxShownLength"/>.</summary>
    private static string?[] Shown(string?[] cells)
    {
        string?[]? shown = null;
        for (int c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { Length: > RosterRow.MaxShownLength } long_)
            {
                shown ??= (string?[])cells.Clone();
                shown[c] = string.Concat(long_.AsSpan(0, RosterRow.MaxShownLength), "…");
            }
        }

        return shown ?? cells;
    }

    /// <summary>The number to join on: the canonical number, else its folded form, a first-generation number as its upgrade.</summary>
    internal static string? IdKey(CertificateNumberResult result)
    {
        if (result.IdNumber is { } id)
        {
            return id.Upgraded ?? id.Normalized;
        }

        return result.Normalized;
    }
}
