using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ChsiValidation.Rosters;

/// <summary>How a registration and a roster row compare.</summary>
public enum ComparisonStatus
{
    /// <summary>The same name and ID number, character for character: the records show.</summary>
    Same = 0,

    /// <summary>Joined (on the ID number, or on the name with a near number), but typed differently: the findings say how.</summary>
    Mismatch,

    /// <summary>A registration with no roster row.</summary>
    NotInRoster,

    /// <summary>A roster row with no registration.</summary>
    NotRegistered,
}

/// <summary>One line of a comparison: a registration, its roster row (either may be missing) and why they differ.</summary>
public sealed record ComparisonRow
{
    /// <summary>The registration's row number in its file (the header is row 1), or null for a roster row no registration has.</summary>
    public int? RegistrationRow { get; init; }

    /// <summary>The roster's row number, or null for a registration the roster lacks.</summary>
    public int? RosterRow { get; init; }

    /// <summary>The name as registered.</summary>
    public string? RegisteredName { get; init; }

    /// <summary>The name on the roster.</summary>
    public string? RosterName { get; init; }

    /// <summary>The ID number as registered.</summary>
    public string? RegisteredIdNumber { get; init; }

    /// <summary>The ID number on the roster.</summary>
    public string? RosterIdNumber { get; init; }

    /// <summary>The verdict.</summary>
    public ComparisonStatus Status { get; init; }

    /// <summary>The explanations (<see cref="RosterErrorCodes"/>: IdNumber*, Name*, NotInRoster, NotRegistered), in the comparison's language.</summary>
    public IReadOnlyList<RosterFinding> Findings { get; init; } = [];
}

/// <summary>
/// Compares registrations with a school's roster (CHSI FAQ item 7: records show only when the name and ID number
/// registered equal the school's). Joins on the canonical ID number, then on the name where the number differs, and
/// explains each difference with <see cref="PersonName.Compare(string?, string?)"/> and the ID rules.
/// </summary>
/// <remarks>The roster is held in memory (an index by number and by name, some 250 bytes a row); the registrations are streamed.</remarks>
public static class RosterComparison
{
    /// <summary>
    /// Compares every registration with the roster: one <see cref="ComparisonRow"/> per registration, in file order, then
    /// one per roster row that no registration matched. Never throws for anything in the files.
    /// </summary>
    public static IEnumerable<ComparisonRow> Compare(Stream registrations, RosterFormat registrationsFormat, Stream roster, RosterFormat rosterFormat, RosterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(roster);
        return CompareCore(registrations, registrationsFormat, roster, rosterFormat, options ?? RosterOptions.Default);
    }

    /// <summary>
    /// A row of either file, as the join needs it. A roster row is also a link in the lists of the rows that share its
    /// number and its name (in file order, first and last held by the index), so the index holds no list a key.
    /// </summary>
    private sealed class Entry(int row, string? name, string? nameKey, string? id, string? idKey)
    {
        public int Row { get; } = row;

        public string? Name { get; } = name;

        public string? NameKey { get; } = nameKey;

        public string? Id { get; } = id;

        public string? IdKey { get; } = idKey;

        public bool Matched { get; set; }

        public Entry? NextOfId { get; set; }

        public Entry? NextOfName { get; set; }
    }

    /// <summary>The roster rows of one key, in file order: the first and the last of their list.</summary>
    private record struct Rows(Entry First, Entry Last);

    private static IEnumerable<ComparisonRow> CompareCore(Stream registrations, RosterFormat registrationsFormat, Stream roster, RosterFormat rosterFormat, RosterOptions options)
    {
        CultureInfo culture = options.Culture ?? CultureInfo.CurrentUICulture;

        // The join reads each row's cells and canonical values, not its findings: no duplicate check, whose tables (or
        // second pass over a large file) would only be thrown away.
        RosterOptions rowsOnly = options with { FindDuplicates = false };
        var entries = new List<Entry>();
        var byId = new Dictionary<string, Rows>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Rows>(StringComparer.Ordinal);
        foreach (RosterRow row in Roster.Check(roster, rosterFormat, rowsOnly))
        {
            Entry entry = ToEntry(row);
            entries.Add(entry);
            if (entry.IdKey is { } idKey)
            {
                ref Rows sameId = ref CollectionsMarshal.GetValueRefOrAddDefault(byId, idKey, out bool exists);
                sameId = exists ? new Rows(sameId.First, sameId.Last.NextOfId = entry) : new Rows(entry, entry);
            }

            if (entry.NameKey is { } nameKey)
            {
                ref Rows sameName = ref CollectionsMarshal.GetValueRefOrAddDefault(byName, nameKey, out bool exists);
                sameName = exists ? new Rows(sameName.First, sameName.Last.NextOfName = entry) : new Rows(entry, entry);
            }
        }

        foreach (RosterRow row in Roster.Check(registrations, registrationsFormat, rowsOnly))
        {
            Entry registered = ToEntry(row);
            yield return Explain(registered, Find(registered, byId, byName), culture);
        }

        foreach (Entry entry in entries)
        {
            if (!entry.Matched)
            {
                yield return new ComparisonRow
                {
                    RosterRow = entry.Row,
                    RosterName = entry.Name,
                    RosterIdNumber = entry.Id,
                    Status = ComparisonStatus.NotRegistered,
                    Findings = [RosterFinding.Create(null, RosterErrorCodes.NotRegistered, culture)],
                };
            }
        }
    }

    private static Entry ToEntry(RosterRow row) =>
        new(row.RowNumber, row.GetValue(RosterColumn.Name), NameKey(row.Name ?? row.GetValue(RosterColumn.Name)), row.GetValue(RosterColumn.IdNumber), row.IdNumber);

    /// <summary>A name's join key: its canonical form without spaces and separator dots, lower-case (the name itself when that is all it is).</summary>
    private static string? NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (!name.AsSpan().ContainsAny(NameKeyChanges))
        {
            return name; // the common name: no second string a roster row
        }

        var key = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (!char.IsWhiteSpace(c) && c is not ('·' or '•' or '・' or '.' or '．' or '\u00B7'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.Length == 0 ? null : key.ToString();
    }

    /// <summary>The roster entry of a registration: the same canonical number (an unmatched one first), else the same name with the nearest number.</summary>
    private static Entry? Find(Entry registered, Dictionary<string, Rows> byId, Dictionary<string, Rows> byName)
    {
        if (registered.IdKey is { } id && byId.TryGetValue(id, out Rows sameId))
        {
            for (Entry? candidate = sameId.First; candidate is not null; candidate = candidate.NextOfId)
            {
                if (!candidate.Matched)
                {
                    return candidate;
                }
            }

            return sameId.First;
        }

        if (registered.NameKey is { } name && byName.TryGetValue(name, out Rows sameName))
        {
            Entry? best = null;
            int bestDistance = int.MaxValue;
            for (Entry? candidate = sameName.First; candidate is not null; candidate = candidate.NextOfName)
            {
                int distance = DigitDistance(registered.IdKey, candidate.IdKey) + (candidate.Matched ? 100 : 0);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }

            return best;
        }

        return null;
    }

    private static int DigitDistance(string? a, string? b)
    {
        if (a is null || b is null || a.Length != b.Length)
        {
            return 50;
        }

        int distance = 0;
        for (int i = 0; i < a.Length; i++)
        {
            distance += a[i] == b[i] ? 0 : 1;
        }

        return distance;
    }

    private static ComparisonRow Explain(Entry registered, Entry? found, CultureInfo culture)
    {
        var row = new ComparisonRow
        {
            RegistrationRow = registered.Row,
            RegisteredName = registered.Name,
            RegisteredIdNumber = registered.Id,
        };
        if (found is null)
        {
            return row with { Status = ComparisonStatus.NotInRoster, Findings = [RosterFinding.Create(null, RosterErrorCodes.NotInRoster, culture)] };
        }

        found.Matched = true;
        var findings = new List<RosterFinding>();
        ExplainIdNumber(registered, found, culture, findings);
        ExplainName(registered.Name, found.Name, culture, findings);
        return row with
        {
            RosterRow = found.Row,
            RosterName = found.Name,
            RosterIdNumber = found.Id,
            Status = findings.Count == 0 ? ComparisonStatus.Same : ComparisonStatus.Mismatch,
            Findings = findings,
        };
    }

    /// <summary>The characters <see cref="NameKey"/> drops or lowers; a name without any is its own key.</summary>
    private static readonly SearchValues<char> NameKeyChanges = SearchValues.Create(NameKeyDropped());

    private static string NameKeyDropped()
    {
        var changed = new StringBuilder("·•・.．\u00B7");
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c) || char.ToLowerInvariant((char)c) != c)
            {
                changed.Append((char)c);
            }
        }

        return changed.ToString();
    }

    private static void ExplainIdNumber(Entry registered, Entry found, CultureInfo culture, List<RosterFinding> findings)
    {
        if (string.Equals(registered.Id, found.Id, StringComparison.Ordinal))
        {
            return;
        }

        if (registered.IdKey is not null && string.Equals(registered.IdKey, found.IdKey, StringComparison.Ordinal))
        {
            IdNumberResult a = IdNumber.Validate(registered.Id, LenientId);
            IdNumberResult b = IdNumber.Validate(found.Id, LenientId);
            if (a.Kind == IdNumberKind.FirstGeneration || b.Kind == IdNumberKind.FirstGeneration
                || a.Normalized?.Length == 15 || b.Normalized?.Length == 15)
            {
                findings.Add(RosterFinding.Create(RosterColumn.IdNumber, RosterErrorCodes.IdNumberFirstGeneration, culture));
            }

            IdNumberChanges changes = a.Changes | b.Changes;
            if (changes != IdNumberChanges.None || findings.Count == 0)
            {
                findings.Add(RosterFinding.Create(RosterColumn.IdNumber, RosterErrorCodes.IdNumberTypedDifferently, culture, RosterSeverity.Error, ("Difference", Describe(changes, culture))));
            }

            return;
        }

        if (registered.IdKey is { } x && found.IdKey is { } y && DigitDistance(x, y) == 1)
        {
            int i = 0;
            while (x[i] == y[i])
            {
                i++;
            }

            findings.Add(RosterFinding.Create(RosterColumn.IdNumber, RosterErrorCodes.IdNumberOneDigitOff, culture, RosterSeverity.Error,
                ("Position", i + 1), ("Registered", x[i].ToString()), ("Roster", y[i].ToString())));
            return;
        }

        findings.Add(RosterFinding.Create(RosterColumn.IdNumber, RosterErrorCodes.IdNumberDiffers, culture));
    }

    private static readonly IdNumberOptions LenientId = new() { AllowFirstGeneration = true, RegionCheck = RegionCheck.None };

    private static void ExplainName(string? registered, string? roster, CultureInfo culture, List<RosterFinding> findings)
    {
        PersonNameComparison comparison = PersonName.Compare(registered, roster);
        switch (comparison.Match)
        {
            case PersonNameMatch.Same:
                return;
            case PersonNameMatch.SameAfterNormalization:
                findings.Add(RosterFinding.Create(RosterColumn.Name, RosterErrorCodes.NameTypedDifferently, culture, RosterSeverity.Error, ("Difference", Describe(comparison.Differences, culture))));
                return;
            case PersonNameMatch.DiffersByVariant:
                // A rare character on one side and its common variant on the other is the more telling explanation.
                findings.Add(RosterFinding.Create(RosterColumn.Name,
                    RareCharacterReplaced(registered, roster) ? RosterErrorCodes.NameRareCharacterReplaced : RosterErrorCodes.NameVariant,
                    culture, RosterSeverity.Error, ("Registered", registered), ("Roster", roster)));
                return;
            default:
                findings.Add(RosterFinding.Create(RosterColumn.Name,
                    RareCharacterReplaced(registered, roster) ? RosterErrorCodes.NameRareCharacterReplaced : RosterErrorCodes.NameDiffers,
                    culture, RosterSeverity.Error, ("Registered", registered), ("Roster", roster)));
                return;
        }
    }

    /// <summary>
    /// True when the names differ only where one has a rare character (Extension A or beyond) and the other a common
    /// character the repertoire suggests for it or lists as its variant, or where a character beyond the 通用规范汉字表
    /// was typed as a placeholder (? ？ * □).
    /// </summary>
    internal static bool RareCharacterReplaced(string? first, string? second)
    {
        string? a = PersonName.Validate(first, new PersonNameOptions { AllowPrivateUse = true, MaxAcceptedTier = HanziTier.PrivateUse }).Normalized ?? first?.Trim();
        string? b = PersonName.Validate(second, new PersonNameOptions { AllowPrivateUse = true, MaxAcceptedTier = HanziTier.PrivateUse }).Normalized ?? second?.Trim();
        if (a is null || b is null || a.Length > 200 || b.Length > 200)
        {
            return false;
        }

        int[] x = [.. a.EnumerateRunes().Select(r => r.Value)];
        int[] y = [.. b.EnumerateRunes().Select(r => r.Value)];
        if (x.Length != y.Length)
        {
            return false;
        }

        bool replaced = false;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                continue;
            }

            if (!(Replaces(x[i], y[i]) || Replaces(y[i], x[i])))
            {
                return false;
            }

            replaced = true;
        }

        return replaced;
    }

    // Rare here means beyond the basic CJK block (Extension A, the supplementary planes, private-use codes): characters
    // that common input methods and older systems cannot enter, so a look-alike or a placeholder is typed instead. A
    // traditional form in the basic block (張 for 张) is a variant, not a rare character.
    private static bool Replaces(int rare, int common)
    {
        HanziTier tier = HanziRepertoire.GetTier(rare);
        if (tier <= HanziTier.GeneralStandard || HanziRepertoire.GetTier(common) > HanziTier.GeneralStandard)
        {
            return false;
        }

        return common is '?' or '？' or '*' or '□'
            || (tier >= HanziTier.ExtensionA && (HanziRepertoire.GetSuggestions(rare).Contains(common) || HanziRepertoire.AreVariants(rare, common)));
    }

    private static string Describe(IdNumberChanges changes, CultureInfo culture)
    {
        bool zh = ValidationMessages.IsChinese(culture);
        var parts = new List<string>();
        if (changes.HasFlag(IdNumberChanges.FullWidthFolded))
        {
            parts.Add(zh ? "全角数字或字母" : "full-width digits or letters");
        }

        if (changes.HasFlag(IdNumberChanges.WhitespaceTrimmed) || changes.HasFlag(IdNumberChanges.SeparatorsRemoved))
        {
            parts.Add(zh ? "空格或分隔符" : "spaces or separators");
        }

        if (changes.HasFlag(IdNumberChanges.LowerCaseX))
        {
            parts.Add(zh ? "小写x" : "a lower-case x");
        }

        return parts.Count == 0 ? (zh ? "15位与18位" : "15 against 18 digits") : string.Join(zh ? "、" : ", ", parts);
    }

    private static string Describe(PersonNameDifferences differences, CultureInfo culture)
    {
        bool zh = ValidationMessages.IsChinese(culture);
        var parts = new List<string>();
        foreach (PersonNameDifferences flag in Enum.GetValues<PersonNameDifferences>())
        {
            if (flag != PersonNameDifferences.None && differences.HasFlag(flag))
            {
                parts.Add(flag switch
                {
                    PersonNameDifferences.Spaces => zh ? "空格" : "spaces",
                    PersonNameDifferences.DotVariant => zh ? "间隔号写法（• ・ ． . 而非 ·）" : "a different separator dot (• ・ ． . instead of ·)",
                    PersonNameDifferences.RadicalForm => zh ? "部首字符代替了汉字" : "a radical character instead of the ideograph",
                    PersonNameDifferences.CompatibilityForm => zh ? "兼容汉字" : "a compatibility ideograph",
                    PersonNameDifferences.FullWidth => zh ? "全角字符" : "full-width characters",
                    PersonNameDifferences.PrivateUseCode => zh ? "GBK私用区编码" : "a GBK private-use code",
                    PersonNameDifferences.LetterCase => zh ? "字母大小写" : "letter case",
                    PersonNameDifferences.Variant => zh ? "异体字" : "a variant character",
                    PersonNameDifferences.SeparatorMissing => zh ? "缺少或多出间隔号" : "a missing or extra separator dot",
                    PersonNameDifferences.InvisibleCharacter => zh ? "不可见字符" : "an invisible character",
                    PersonNameDifferences.Decomposed => zh ? "分解形式的字母" : "a decomposed letter",
                    _ => flag.ToString(),
                });
            }
        }

        return string.Join(zh ? "、" : ", ", parts);
    }
}
