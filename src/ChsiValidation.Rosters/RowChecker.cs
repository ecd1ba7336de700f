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
        RosterRow[] rows = batch.Rows;
        bool suspect = batch.MayContainAny(Suspect);
        bool asText = options.AcceptAsTyped && !suspect && batch.CellsAreText && MissingColumns.Count == 0;
        string?[] previous = [];
        for (int i = 0; i < batch.Count; i++)
        {
            if (asText && TryCheckText(batch, i, withKeys) is { } plain)
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
    }

    /// <summary>
    /// The row of record <paramref name="index"/>, its cells read as the reader's characters: each cell a rule accepts as
    /// typed (the common cell: valid and canonical) is kept as those characters, so the common row costs no string until
    /// its values are read; any other cell is made a string and checked in full, with its finding. Null for a record this
    /// does not take (unreadable, blank, ragged, an unknown type, a cell too long to show whole), which
    /// <see cref="Check(in RawRecord, string?[], bool)"/> then checks. With <paramref name="withKeys"/>, the row's
    /// duplicate keys go in the batch.
    /// </summary>
    private RosterRow? TryCheckText(RowBatch batch, int index, bool withKeys)
    {
        ref readonly RawRecord record = ref batch.Records[index];
        if (record.Error is not null || record.IsBlank || record.NumericMask != 0 || (_raggedRows && record.FieldCount != _headerCount))
        {
            return null;
        }

        // Each cell read once. The required columns are there (no missing column): a record without their cells is
        // ragged, checked above. A cell longer than the report shows is cut there, which the full check does.
        bool hasType = batch.TryGetCell(index, RosterColumn.CertificateType, out ReadOnlySpan<char> typeText);
        bool hasMobile = batch.TryGetCell(index, RosterColumn.MobileNumber, out ReadOnlySpan<char> mobile);
        bool hasEmail = batch.TryGetCell(index, RosterColumn.Email, out ReadOnlySpan<char> email);
        if (!batch.TryGetCell(index, RosterColumn.Name, out ReadOnlySpan<char> name) || !batch.TryGetCell(index, RosterColumn.IdNumber, out ReadOnlySpan<char> id)
            || Math.Max(Math.Max(typeText.Length, name.Length), Math.Max(Math.Max(id.Length, mobile.Length), email.Length)) > RosterRow.MaxShownLength)
        {
            return null;
        }

        CertificateType type = options.DefaultCertificateType;
        if (hasType && !RowBatch.IsBlank(typeText))
        {
            if (ParseType(typeText) is not { } parsed)
            {
                return null;
            }

            type = parsed;
        }

        List<RosterFinding>? findings = null;
        int asTyped = 0;
        string? canonicalName = null;
        if (PersonName.IsValidAsTyped(name, NameOptions(type)))
        {
            asTyped |= 1 << (int)RosterColumn.Name;
        }
        else
        {
            canonicalName = CheckName(type, new string(name), ref findings);
        }

        string? canonicalId = null;
        if (IsIdNumberAsTyped(type, id))
        {
            asTyped |= 1 << (int)RosterColumn.IdNumber;
        }
        else
        {
            canonicalId = CheckIdNumber(type, new string(id), ref findings);
            id = canonicalId;
        }

        string? canonicalMobile = null;
        if (!hasMobile || RowBatch.IsBlank(mobile))
        {
            mobile = default; // no mobile number
        }
        else if (MobileNumber.IsValidAsTyped(mobile))
        {
            asTyped |= 1 << (int)RosterColumn.MobileNumber;
        }
        else
        {
            canonicalMobile = CheckMobile(new string(mobile), ref findings);
            mobile = canonicalMobile;
        }

        string? canonicalEmail = null;
        if (hasEmail && !RowBatch.IsBlank(email))
        {
            if (Email.IsValidAsTyped(email, options.Email))
            {
                asTyped |= 1 << (int)RosterColumn.Email;
            }
            else
            {
                canonicalEmail = CheckEmail(new string(email), ref findings);
            }
        }

        if (withKeys)
        {
            (batch.IdKeys[index], batch.MobileKeys[index]) = DuplicateIndex.Keys(id, mobile);
        }

        return new RosterRow(record.RowNumber, type, batch.TextOf(index), asTyped)
        {
            Canonical = CanonicalValues.Of(canonicalName, canonicalId, canonicalMobile, canonicalEmail),
            Findings = findings is null ? [] : findings,
        };
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

        string? name = _ordinals[(int)RosterColumn.Name] >= 0 ? CheckName(type, cells[(int)RosterColumn.Name], ref findings) : null;
        string? id = _ordinals[(int)RosterColumn.IdNumber] >= 0 ? CheckIdNumber(type, cells[(int)RosterColumn.IdNumber], ref findings) : null;
        string? mobile = cells[(int)RosterColumn.MobileNumber] is { } mobileInput && !string.IsNullOrWhiteSpace(mobileInput) ? CheckMobile(mobileInput, ref findings) : null;
        string? email = cells[(int)RosterColumn.Email] is { } emailInput && !string.IsNullOrWhiteSpace(emailInput) ? CheckEmail(emailInput, ref findings) : null;
        return new RosterRow
        {
            RowNumber = record.RowNumber,
            Values = shown,
            CertificateType = type,
            Canonical = CanonicalValues.Of(name, id, mobile, email),
            Findings = findings is null ? [] : findings,
        };
    }

    /// <summary>The name's canonical form (when it could be read), its finding added to <paramref name="findings"/>: an error, or a rare character's warning.</summary>
    private string? CheckName(CertificateType type, string? input, ref List<RosterFinding>? findings)
    {
        PersonNameResult result = PersonName.Validate(input, NameOptions(type));
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

        return result.Normalized;
    }

    /// <summary>The number to join on (<see cref="IdKey"/>), its finding added to <paramref name="findings"/>.</summary>
    private string? CheckIdNumber(CertificateType type, string? input, ref List<RosterFinding>? findings)
    {
        CertificateNumberResult result = ValidateIdNumber(type, input);
        if (!result.IsValid)
        {
            (findings ??= []).Add(RosterFinding.FromRule(RosterColumn.IdNumber, result, input, Culture));
        }

        return IdKey(result);
    }

    /// <summary>The canonical mobile number of a cell that is not blank, when valid; else its finding is added to <paramref name="findings"/>.</summary>
    private string? CheckMobile(string input, ref List<RosterFinding>? findings)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        if (!result.IsValid)
        {
            (findings ??= []).Add(RosterFinding.FromRule(RosterColumn.MobileNumber, result, input, Culture));
        }

        return result.IsValid ? result.Normalized : null;
    }

    /// <summary>The canonical email address of a cell that is not blank, when valid; else its finding is added to <paramref name="findings"/>.</summary>
    private string? CheckEmail(string input, ref List<RosterFinding>? findings)
    {
        EmailResult result = Email.Validate(input, options.Email);
        if (!result.IsValid)
        {
            (findings ??= []).Add(RosterFinding.FromRule(RosterColumn.Email, result, input, Culture));
        }

        return result.IsValid ? result.Normalized : null;
    }

    /// <summary>
    /// The keys the duplicate check joins record <paramref name="index"/> on, the same as the check gives its row
    /// (<see cref="RosterRow.IdNumber"/>, <see cref="RosterRow.MobileNumber"/>, <see cref="RosterRow.Name"/>) without the
    /// findings. A cell a rule accepts as typed is its own key, read from the batch's characters without a string; the
    /// others are checked in full. <paramref name="previous"/> is the last record's cells made strings, which a repeated
    /// cell reuses.
    /// </summary>
    public DuplicateKeys Keys(RowBatch batch, int index, ref string?[] previous)
    {
        ref readonly RawRecord record = ref batch.Records[index];
        if (record.Error is not null || record.IsBlank)
        {
            return DuplicateKeys.None;
        }

        if (!batch.CellsAreText)
        {
            string?[] cells = batch.Cells(index, previous);
            previous = cells;
            return KeysOf(cells);
        }

        CertificateType type = options.DefaultCertificateType;
        if (batch.TryGetCell(index, RosterColumn.CertificateType, out ReadOnlySpan<char> typeText) && !RowBatch.IsBlank(typeText))
        {
            type = ParseType(typeText) ?? type;
        }

        // Each key is the cell as typed, else the canonical value of its full check (the ID number's folded form too).
        ReadOnlySpan<char> id = default;
        string? checkedId = null;
        if (batch.TryGetCell(index, RosterColumn.IdNumber, out ReadOnlySpan<char> idText))
        {
            id = IsIdNumberAsTyped(type, idText) ? idText : checkedId = IdKey(ValidateIdNumber(type, new string(idText)));
        }

        ReadOnlySpan<char> mobileNumber = default;
        if (batch.TryGetCell(index, RosterColumn.MobileNumber, out ReadOnlySpan<char> mobileText) && !RowBatch.IsBlank(mobileText))
        {
            mobileNumber = MobileNumber.IsValidAsTyped(mobileText) ? mobileText
                : ValidateMobile(new string(mobileText)) is { IsValid: true } valid ? valid.Normalized : default;
        }

        (long packedId, long mobile) = DuplicateIndex.Keys(id, mobileNumber);
        string? otherId = packedId >= 0 ? null : checkedId ?? (id.IsEmpty ? null : new string(id));

        string? name = null;
        if (packedId < 0 && otherId is null && mobile >= 0 && batch.TryGetCell(index, RosterColumn.Name, out ReadOnlySpan<char> nameText))
        {
            name = PersonName.Validate(new string(nameText), NameOptions(type)).Normalized;
        }

        return new DuplicateKeys(packedId, otherId, mobile, name);
    }

    /// <summary>
    /// Whether the certificate number <paramref name="id"/> of <paramref name="type"/> is its own canonical value: the rule
    /// accepts it as typed, and it is not a first-generation resident ID number, which is joined on its upgrade.
    /// </summary>
    private bool IsIdNumberAsTyped(CertificateType type, ReadOnlySpan<char> id) =>
        !(type == CertificateType.ResidentIdCard && id.Length == ChsiValidation.IdNumber.FirstGenerationLength)
        && CertificateNumber.IsValidAsTyped(type, id, options.CertificateNumber);

    /// <summary>The keys of a record whose cells are <paramref name="cells"/> (strings, as a workbook gives them).</summary>
    private DuplicateKeys KeysOf(string?[] cells)
    {
        CertificateType type = TypeOf(cells, out _);
        string? id = _ordinals[(int)RosterColumn.IdNumber] >= 0 ? IdKey(ValidateIdNumber(type, cells[(int)RosterColumn.IdNumber])) : null;
        string? mobile = ValidateMobile(cells[(int)RosterColumn.MobileNumber]) is { IsValid: true } valid ? valid.Normalized : null;
        string? name = id is null && mobile is not null && _ordinals[(int)RosterColumn.Name] >= 0
            ? PersonName.Validate(cells[(int)RosterColumn.Name], NameOptions(type)).Normalized
            : null;
        (long packedId, long mobileKey) = DuplicateIndex.Keys(id, mobile);
        return new DuplicateKeys(packedId, packedId < 0 ? id : null, mobileKey, name);
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

    /// <summary>The name rules for <paramref name="type"/>: a foreign certificate's holder may have a Latin name.</summary>
    private PersonNameOptions NameOptions(CertificateType type) => type.AllowsLatinName() ? _latinName : options.PersonName;

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
