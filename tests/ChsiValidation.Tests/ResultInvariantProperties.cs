using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>
/// Every rule, on inputs built to reach each of its verdicts: it never throws, and its result keeps the promises its
/// documentation makes. <c>IsValid</c> agrees with the error enum; <c>Normalized</c> is set exactly when the docs say;
/// an error position is -1 or an index into the input, and only for the errors that name a character; the canonical
/// form validates to itself. Each property collects the verdicts it saw, and a seeded sample per rule asserts that
/// the generator reaches every reason.
/// </summary>
public partial class ResultInvariantProperties
{
    // 2026-06-15 12:00 in China: birth dates are checked against a fixed today.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero));

    private static readonly Rnd Seed = new(20261206);

    private static Gen<string?> AnyString => ArbMap.Default.ArbFor<string?>().Generator;

    // ------------------------------------------------------------------ shared generator pieces

    /// <summary>Characters that typing, pasting and attackers add: separators, full-width forms, controls, surrogates, other scripts.</summary>
    private static readonly string[] Junk =
    [
        " ", "\u3000", "\u00A0", "\t", "\n", "\0", "\u200B", "\uFEFF", "\u202E", "\uD800", "\uDC00", "😀", "-", "+", "＋", ".", "@", "＠",
        "x", "X", "ｘ", "O", "a", "Ａ", "３", "٣", "张", "'", "(", ")", "/", ":", "\u0085", "\u2028",
    ];

    /// <summary>A valid input, or a copy with one character inserted, removed, replaced, doubled, or the input cut short.</summary>
    private static Gen<(string Change, string Text)> Variants(Gen<string> valid) =>
        from text in valid
        from change in Gen.Frequency(
            (8, Gen.Constant("none")),
            (2, Gen.Constant("insert")),
            (1, Gen.Constant("remove")),
            (2, Gen.Constant("replace")),
            (1, Gen.Constant("double")),
            (1, Gen.Constant("cut")))
        from at in Gen.Choose(0, Math.Max(0, text.Length - 1))
        from junk in Gen.Elements(Junk)
        select (change, change switch
        {
            "insert" => text[..at] + junk + text[at..],
            "remove" when text.Length > 0 => text.Remove(at, 1),
            "replace" when text.Length > 0 => text[..at] + junk + text[(at + 1)..],
            "double" when text.Length > 0 => text[..(at + 1)] + text[at..],
            "cut" => text[..at],
            _ => text,
        });

    private static Gen<string> Padded(Gen<string> valid) =>
        from text in valid
        from left in Gen.Elements("", "", " ", "\u3000", "\u00A0 ")
        from right in Gen.Elements("", "", " ", "\u3000", " \u00A0")
        select left + text + right;

    private static Gen<string> FullWidth(Gen<string> valid, double share = 0.5) =>
        from text in valid
        from mask in Gen.Choose(0, 99).ArrayOf(text.Length)
        select new string(text.Select((c, i) => mask[i] < share * 100 && c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray());

    /// <summary>Collects the failed promises of one result.</summary>
    private sealed class Promises(string? input)
    {
        private readonly List<string> _broken = [];

        public void That(bool kept, string promise)
        {
            if (!kept)
            {
                _broken.Add(promise);
            }
        }

        /// <summary>An error position is -1, or the UTF-16 index of a character of the input when the error names one.</summary>
        public void Position(int position, bool namesCharacter)
        {
            if (namesCharacter)
            {
                That(position >= 0 && input is not null && position < input.Length, $"position {position} inside the input");
            }
            else
            {
                That(position == -1, $"position {position} is -1");
            }
        }

        public Property Verdict() => (_broken.Count == 0).Label($"\"{GeneratedName.Escape(input)}\": broke {string.Join("; ", _broken)}");
    }

    // ------------------------------------------------------------------ ID numbers

    private static readonly IdNumberOptions[] IdOptionSets =
    [
        new() { TimeProvider = Clock },
        new() { TimeProvider = Clock, Strict = true },
        new() { TimeProvider = Clock, AllowFirstGeneration = true },
        new() { TimeProvider = Clock, RegionCheck = RegionCheck.None, AllowFirstGeneration = true },
        new() { TimeProvider = Clock, RegionCheck = RegionCheck.KnownCode, EarliestBirthDate = new DateOnly(1950, 1, 1) },
    ];

    private static Gen<string> IdWithCheck(Gen<string> first17) => first17.Select(f => f + IdNumber.ComputeCheckCharacter(f));

    private static Gen<string> IdNumbers
    {
        get
        {
            Gen<string> date =
                from year in Gen.Choose(1895, 2028)
                from month in Gen.Frequency((9, Gen.Choose(1, 12)), (1, Gen.Choose(0, 13)))
                from day in Gen.Frequency((9, Gen.Choose(1, 28)), (1, Gen.Choose(0, 31)))
                select $"{year:D4}{month:D2}{day:D2}";
            Gen<string> region = Gen.Frequency(
                (6, Gen.Elements("110105", "440524", "610104", "320102", "710000", "441900", "110103")),
                (1, Gen.Elements("810000", "820000", "830000", "810001", "990105", "000000", "119999")),
                (1, Gen.Choose(0, 999_999).Select(n => n.ToString("D6", CultureInfo.InvariantCulture))));
            Gen<string> sequence = Gen.Choose(0, 999).Select(n => n.ToString("D3", CultureInfo.InvariantCulture));
            Gen<string> resident = IdWithCheck(from r in region from d in date from s in sequence select r + d + s);
            Gen<string> foreign = IdWithCheck(
                from office in Gen.Elements("11", "31", "44", "99", "71")
                from nationality in Gen.Choose(0, 999)
                from d in date
                from s in sequence
                select "9" + office + nationality.ToString("D3", CultureInfo.InvariantCulture) + d + s);
            Gen<string> wrongCheck =
                from number in resident
                from check in Gen.Elements("0123456789X".ToCharArray())
                select number[..17] + check;
            Gen<string> firstGeneration =
                from r in region
                from d in date
                from s in sequence
                select r + d[2..] + s;
            Gen<string> grouped =
                from number in resident
                from style in Gen.Choose(0, 2)
                select style switch
                {
                    0 => $"{number[..6]} {number[6..14]} {number[14..]}",
                    1 => $"{number[..6]} {number[6..10]} {number[10..14]} {number[14..]}",
                    _ => $"{number[..3]} {number[3..]}",
                };
            Gen<string> lowerX = resident.Where(n => n[17] == 'X').Select(n => n[..17] + "x");
            Gen<string> shaped = Gen.Frequency(
                (6, resident),
                (1, foreign),
                (2, wrongCheck),
                (2, firstGeneration),
                (2, grouped),
                (1, lowerX),
                (1, FullWidth(resident)),
                (2, Padded(resident)),
                (1, Gen.Constant(new string(' ', 11) + "11010519491231002X" + new string(' ', 11))));
            return Gen.Frequency(
                (9, Variants(shaped).Select(v => v.Text)),
                (1, AnyString.Select(s => s ?? string.Empty)),
                (1, Gen.Elements("", " ", "\u3000", new string('1', 41))));
        }
    }

    private static readonly IdNumberError[] IdErrorsWithoutNormalized =
        [IdNumberError.Empty, IdNumberError.InvalidLength, IdNumberError.InvalidCharacter, IdNumberError.NotCanonical, IdNumberError.MisplacedSpace];

    private static Property IdNumberPromises(string input, IdNumberOptions options)
    {
        IdNumberResult result = IdNumber.Validate(input, options);
        var promises = new Promises(input);
        promises.That(result.IsValid == (result.Error == IdNumberError.None), "IsValid ⇔ Error None");
        promises.That(IdNumber.IsValid(input, options) == result.IsValid, "IsValid(span) agrees");
        promises.That((result.Normalized is null) == IdErrorsWithoutNormalized.Contains(result.Error), "Normalized set once folded");
        promises.Position(result.ErrorPosition, result.Error is IdNumberError.InvalidCharacter or IdNumberError.NotCanonical or IdNumberError.MisplacedSpace);
        if (result.Error == IdNumberError.MisplacedSpace && result.ErrorPosition >= 0)
        {
            promises.That(input[result.ErrorPosition] is ' ' or '\u00A0' or '\u3000', "MisplacedSpace points at a space");
        }

        if (result.Error == IdNumberError.NotCanonical && result.ErrorPosition >= 0)
        {
            promises.That(!char.IsAsciiDigit(input[result.ErrorPosition]) && input[result.ErrorPosition] != 'X', "NotCanonical points at a folded character");
        }

        if (result.IsValid)
        {
            promises.That(result.Kind != IdNumberKind.Unknown && result.BirthDate is not null && result.Gender != Gender.Unknown, "a valid number has its facts");
            promises.That(result.ExpectedCheckCharacter is null, "no expected check character");
        }

        if (result.Error == IdNumberError.ChecksumMismatch)
        {
            promises.That(result.ExpectedCheckCharacter is { } expected && expected != result.Normalized![17], "the expected check character differs");
        }

        if (result.Upgraded is not null)
        {
            promises.That(IdNumber.Validate(result.Upgraded, options with { Strict = true }).IsValid, "the upgraded number is valid");
        }

        if (result.Normalized is { } normalized)
        {
            promises.That(normalized.Length is IdNumber.Length or IdNumber.FirstGenerationLength, "Normalized has 15 or 18 characters");
            promises.That((result.Changes == IdNumberChanges.None) == (normalized == input), "Changes None ⇔ Normalized is the input");
            IdNumberResult again = IdNumber.Validate(normalized, options);
            promises.That(again.Normalized == normalized && again.Changes == IdNumberChanges.None, "Normalized is a fixed point");
            promises.That(again.Error == result.Error && again.Kind == result.Kind && again.BirthDate == result.BirthDate, "the canonical form gets the same verdict");
            promises.That(IdNumber.Validate(normalized, options with { Strict = true }).Error == result.Error, "the canonical form passes strict mode alike");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    [Property(MaxTest = 1500)]
    public Property IdNumber_results_keep_their_promises() =>
        Prop.ForAll(IdNumbers.ToArbitrary(), Gen.Elements(IdOptionSets).ToArbitrary(), IdNumberPromises);

    [Property(MaxTest = 300)]
    public Property IdNumber_never_throws_on_arbitrary_strings() =>
        Prop.ForAll(AnyString.ToArbitrary(), s => IdNumberPromises(s ?? string.Empty, IdOptionSets[0]));

    [Fact]
    public void IdNumber_generator_reaches_every_reason()
    {
        var seen = new HashSet<IdNumberError>();
        var kinds = new HashSet<IdNumberKind>();
        var changes = IdNumberChanges.None;
        int valid = 0;
        string[] sample = IdNumbers.Sample(3000, Seed, 50);
        for (int i = 0; i < sample.Length; i++)
        {
            IdNumberResult result = IdNumber.Validate(sample[i], IdOptionSets[i % IdOptionSets.Length]);
            seen.Add(result.Error);
            kinds.Add(result.Kind);
            changes |= result.IsValid ? result.Changes : IdNumberChanges.None;
            valid += result.IsValid ? 1 : 0;
        }

        Assert.Empty(Enum.GetValues<IdNumberError>().Except(seen));
        Assert.Empty(Enum.GetValues<IdNumberKind>().Except(kinds));
        Assert.Equal(IdNumberChanges.WhitespaceTrimmed | IdNumberChanges.SeparatorsRemoved | IdNumberChanges.FullWidthFolded | IdNumberChanges.LowerCaseX, changes);
        Assert.InRange(valid, sample.Length / 5, sample.Length);
    }

    // ------------------------------------------------------------------ personal names

    private static readonly PersonNameOptions[] NameOptionSets =
    [
        PersonNameOptions.Default,
        PersonNameGenerators.Permissive,
        new() { MaxAcceptedTier = HanziTier.Gb2312, RareCharacterIsError = true, AllowLatin = true },
        new() { MinLength = 3, MaxLength = 4 },
        new() { MaxAcceptedTier = HanziTier.NotHanzi }, // every Chinese character is rare
    ];

    private static Gen<string> Names => Gen.Frequency(
        (12, PersonNameGenerators.Names.Select(n => n.Text)),
        (1, AnyString.Select(s => s ?? string.Empty)),
        (1, Gen.Elements("", " ", "\u3000\u3000", new string('张', 200), "·", "-'.", "张")));

    private static readonly PersonNameError[] NameErrorsWithNormalized =
        [PersonNameError.None, PersonNameError.TooShort, PersonNameError.LatinNotAllowed, PersonNameError.RareCharacter];

    private static readonly PersonNameError[] NameErrorsWithCharacter =
    [
        PersonNameError.IllFormed, PersonNameError.InvalidCharacter, PersonNameError.PrivateUseCharacter, PersonNameError.MisplacedSeparator,
        PersonNameError.MixedScript, PersonNameError.RareCharacter,
    ];

    private static Property PersonNamePromises(string? input, PersonNameOptions options)
    {
        PersonNameResult result = PersonName.Validate(input, options);
        var promises = new Promises(input);
        promises.That(result.IsValid == (result.Error == PersonNameError.None), "IsValid ⇔ Error None");
        if (result.Error != PersonNameError.TooLong)
        {
            // TooLong is reported unread for input beyond the read bound, with a canonical form otherwise.
            promises.That((result.Normalized is not null) == NameErrorsWithNormalized.Contains(result.Error), "Normalized set once the characters were accepted");
        }

        bool namesCharacter = NameErrorsWithCharacter.Contains(result.Error);
        promises.Position(result.ErrorPosition, namesCharacter);
        if (namesCharacter && result.ErrorPosition >= 0 && result.ErrorPosition < input!.Length)
        {
            int codePoint = char.IsHighSurrogate(input[result.ErrorPosition]) && result.ErrorPosition + 1 < input.Length && char.IsLowSurrogate(input[result.ErrorPosition + 1])
                ? char.ConvertToUtf32(input[result.ErrorPosition], input[result.ErrorPosition + 1])
                : input[result.ErrorPosition];
            promises.That(result.ErrorCodePoint == codePoint, "ErrorCodePoint is the character at ErrorPosition");
            promises.That(result.ErrorCharacterIndex == RuneCount(input.AsSpan(0, result.ErrorPosition)), "ErrorCharacterIndex counts the characters before it");
        }
        else
        {
            promises.That(result.ErrorCharacterIndex == -1 && result.ErrorCodePoint == -1, "no character index or code point");
        }

        if (result.Normalized is { } normalized)
        {
            promises.That(result.CharacterCount == RuneCount(normalized), "CharacterCount counts Normalized");
            promises.That((result.Changes == PersonNameChanges.None) == ReferenceEquals(normalized, input), "Changes None ⇔ Normalized is the input");
            promises.That(result.Normalizations.Aggregate(PersonNameChanges.None, (all, n) => all | n.Kind) == result.Changes, "the normalisations add up to Changes");
            promises.That(result.Normalizations.All(n => n.Index >= 0 && n.Length > 0 && n.Index + n.Length <= input!.Length), "normalisations lie inside the input");
            promises.That(result.RareCharacters.All(r => r.Tier > options.MaxAcceptedTier && r.Index >= 0 && r.Index < normalized.Length && char.ConvertToUtf32(normalized, r.Index) == r.CodePoint), "rare characters are indexed in Normalized");
            PersonNameResult again = PersonName.Validate(normalized, options);
            promises.That(again.Error == result.Error, "the canonical form gets the same verdict");
            promises.That(again.Normalized is null || (again.Normalized == normalized && again.Changes == PersonNameChanges.None), "Normalized is a fixed point");
            promises.That(!result.IsValid || (again.IsValid && again.RareCharacters.Count == result.RareCharacters.Count), "a valid name stays valid with the same rare characters");
        }
        else
        {
            promises.That(result.CharacterCount == 0 && result.Changes == PersonNameChanges.None && result.RareCharacters.Count == 0, "no facts without a canonical form");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    [Property(MaxTest = 1500)]
    public Property PersonName_results_keep_their_promises() =>
        Prop.ForAll(Names.ToArbitrary(), Gen.Elements(NameOptionSets).ToArbitrary(), PersonNamePromises);

    [Property(MaxTest = 300)]
    public Property PersonName_never_throws_on_arbitrary_strings() =>
        Prop.ForAll(AnyString.ToArbitrary(), s => PersonNamePromises(s, NameOptionSets[1]));

    [Fact]
    public void PersonName_generator_reaches_every_reason()
    {
        var seen = new HashSet<PersonNameError>();
        string[] sample = Names.Sample(3000, Seed, 50);
        for (int i = 0; i < sample.Length; i++)
        {
            seen.Add(PersonName.Validate(sample[i], NameOptionSets[i % NameOptionSets.Length]).Error);
        }

        Assert.Empty(Enum.GetValues<PersonNameError>().Except(seen));
    }

    // ------------------------------------------------------------------ mobile numbers

    private static Gen<string> MobileNumbers
    {
        get
        {
            Gen<string> digits =
                from prefix in Gen.Frequency(
                    (8, Gen.Elements("130", "138", "139", "145", "147", "149", "150", "162", "166", "170", "1740", "17406", "1741", "1749", "178", "180", "192", "196", "199", "1349", "1610")),
                    (2, Gen.Elements("140", "154", "1611", "174", "179", "194", "100", "120", "238", "013")))
                from rest in Gen.Choose(0, 99_999_999)
                select (prefix + rest.ToString("D8", CultureInfo.InvariantCulture))[..11];
            Gen<string> decorated =
                from number in digits
                from style in Gen.Choose(0, 9)
                select style switch
                {
                    0 => "+86 " + number,
                    1 => "0086" + number,
                    2 => "86" + number,
                    3 => $"{number[..3]}-{number[3..7]}-{number[7..]}",
                    4 => $"({number[..3]}) {number[3..7]} {number[7..]}",
                    5 => "＋86" + number,
                    6 => "0" + number,
                    7 => "+86 0" + number,
                    8 => "+44" + number,
                    _ => number,
                };
            Gen<string> shaped = Gen.Frequency((4, digits), (4, decorated), (1, FullWidth(digits)), (1, Padded(digits)));
            return Gen.Frequency(
                (9, Variants(shaped).Select(v => v.Text)),
                (1, AnyString.Select(s => s ?? string.Empty)),
                (1, Gen.Elements("", "  ", "+", "+4", new string('1', 41))));
        }
    }

    // The default (every kind accepted) and a form that takes public mobile numbers only.
    private static readonly MobileNumberOptions[] MobileOptionSets = [MobileNumberOptions.Default, new() { AcceptedKinds = MobileNumberKind.PublicMobile }];

    private static Property MobilePromises(string? input, int optionSet)
    {
        MobileNumberOptions options = MobileOptionSets[optionSet];
        MobileNumberResult result = MobileNumber.Validate(input, options);
        var promises = new Promises(input);
        bool allocated = result.Error is MobileNumberError.None or MobileNumberError.KindNotAccepted;
        promises.That(result.IsValid == (result.Error == MobileNumberError.None), "IsValid ⇔ Error None");
        promises.That(MobileNumber.IsValid(input, options) == result.IsValid, "IsValid(span) agrees");
        promises.That(optionSet != 0 || MobileNumber.IsValid(input) == result.IsValid, "IsValid(span) without options is the default");
        promises.That((result.Normalized is not null) == (allocated || result.Error == MobileNumberError.NotMobile), "Normalized set for 11 digits, also NotMobile");
        promises.Position(result.ErrorPosition, result.Error == MobileNumberError.InvalidCharacter);
        promises.That((result.E164 is not null) == result.IsValid, "E164 only when valid");
        promises.That(allocated || result.Carrier == MobileCarrier.Unknown, "no carrier unless allocated");
        promises.That((result.Kind != MobileNumberKind.None) == allocated, "a kind exactly when allocated");
        promises.That(result.Error != MobileNumberError.KindNotAccepted || (options.AcceptedKinds & result.Kind) == 0, "refused kinds only");
        if (result.Normalized is { } normalized)
        {
            promises.That(normalized.Length == MobileNumber.Length && normalized.All(char.IsAsciiDigit), "Normalized is 11 ASCII digits");
            promises.That(MobileNumber.IsMobileRange(normalized) == allocated, "IsMobileRange agrees");
            promises.That((result.Changes == MobileNumberChanges.None) == ReferenceEquals(normalized, input), "Changes None ⇔ Normalized is the input");
            MobileNumberResult again = MobileNumber.Validate(normalized, options);
            promises.That(ReferenceEquals(again.Normalized, normalized) && again.Changes == MobileNumberChanges.None, "Normalized is a fixed point");
            promises.That(again.Error == result.Error && again.Carrier == result.Carrier && again.Kind == result.Kind, "the canonical form gets the same verdict");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Classify(optionSet != 0, "public mobile only").Collect(result.Error);
    }

    [Property(MaxTest = 1500)]
    public Property MobileNumber_results_keep_their_promises() =>
        Prop.ForAll(MobileNumbers.ToArbitrary(), Gen.Choose(0, MobileOptionSets.Length - 1).ToArbitrary(), MobilePromises);

    [Property(MaxTest = 300)]
    public Property MobileNumber_never_throws_on_arbitrary_strings() =>
        Prop.ForAll(AnyString.ToArbitrary(), Gen.Choose(0, MobileOptionSets.Length - 1).ToArbitrary(), MobilePromises);

    [Fact]
    public void MobileNumber_generator_reaches_every_reason()
    {
        MobileNumberResult[] results = MobileNumbers.Sample(3000, Seed, 50)
            .SelectMany(input => MobileOptionSets.Select(options => MobileNumber.Validate(input, options)))
            .ToArray();
        Assert.Empty(Enum.GetValues<MobileNumberKind>().Except([MobileNumberKind.Iot, MobileNumberKind.All]).Except(results.Select(r => r.Kind)));
        Assert.Empty(Enum.GetValues<MobileNumberError>().Except(results.Select(r => r.Error)));
        Assert.Empty(Enum.GetValues<MobileCarrier>().Except(results.Select(r => r.Carrier)));
        Assert.Equal(MobileNumberChanges.SeparatorsRemoved | MobileNumberChanges.FullWidthFolded | MobileNumberChanges.CountryCodeRemoved | MobileNumberChanges.WhitespaceTrimmed, results.Where(r => r.IsValid).Aggregate(MobileNumberChanges.None, (all, r) => all | r.Changes));
    }

    // ------------------------------------------------------------------ email

    private static readonly EmailOptions[] EmailOptionSets =
    [
        EmailOptions.Default,
        new() { AllowUnicodeLocalPart = true, FoldFullWidth = true, TrimWhitespace = true },
        new() { AllowUnicodeDomain = false, SuggestProviders = false },
    ];

    private static Gen<string> Emails
    {
        get
        {
            Gen<string> local = Gen.Elements("user", "zhang.san", "a", "123456", "x+tag", "first.last_1", "张三", "o'neil", new string('l', 64), new string('l', 65));
            Gen<string> domain = Gen.Elements(
                "qq.com", "163.com", "mail.tsinghua.edu.cn", "example.org", "例子.中国", "qq.con", "foxmai.com", "sina.cn", "a-b.co", "io",
                "iana.a", "123.456", "-bad.com", "bad-.com", "a..b.com", new string('d', 63) + ".com", new string('d', 64) + ".com",
                string.Join(".", Enumerable.Repeat(new string('d', 60), 5)), "xn--fsqu00a.xn--fiqs8s", "𠮷.中国");
            Gen<string> address = from l in local from d in domain select l + "@" + d;
            Gen<string> shaped = Gen.Frequency(
                (6, address),
                (1, address.Select(a => a.Replace('@', '＠'))),
                (1, FullWidth(address, 0.2)),
                (1, Padded(address)),
                (1, address.Select(a => a.ToUpperInvariant())),
                (1, Gen.Elements("@qq.com", "user@", "user", "a@b@c.com", "\"q\"@qq.com", "user@[127.0.0.1]", "user name@qq.com", "user@qq.com\n")));
            return Gen.Frequency(
                (9, Variants(shaped).Select(v => v.Text)),
                (1, AnyString.Select(s => s ?? string.Empty)),
                (1, Gen.Elements("", " ", new string('a', 1025), new string('a', 250) + "@qq.com")));
        }
    }

    private static Property EmailPromises(string? input, EmailOptions options)
    {
        EmailResult result = Email.Validate(input, options);
        var promises = new Promises(input);
        promises.That(result.IsValid == (result.Error == EmailError.None), "IsValid ⇔ Error None");
        promises.That((result.Normalized is not null) == result.IsValid, "Normalized only when valid");
        promises.That(result.ErrorPosition == -1 || (input is not null && result.ErrorPosition >= 0 && result.ErrorPosition < input.Length), "position -1 or inside the input");
        promises.That(!result.IsValid || result.ErrorPosition == -1, "no position when valid");
        promises.That(result.Replacement is null || result.Error == EmailError.FullWidthCharacter, "a replacement only for a full-width character");
        if (result.Normalized is { } normalized)
        {
            promises.That(normalized.Length <= Email.MaxLength, "Normalized fits 254 characters");
            promises.That((result.Changes == EmailChanges.None) == ReferenceEquals(normalized, input), "Changes None ⇔ Normalized is the input");
            EmailResult again = Email.Validate(normalized, options);
            promises.That(again.IsValid && ReferenceEquals(again.Normalized, normalized) && again.Changes == EmailChanges.None, "Normalized is a fixed point");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    [Property(MaxTest = 1500)]
    public Property Email_results_keep_their_promises() =>
        Prop.ForAll(Emails.ToArbitrary(), Gen.Elements(EmailOptionSets).ToArbitrary(), EmailPromises);

    [Property(MaxTest = 300)]
    public Property Email_never_throws_on_arbitrary_strings() => Prop.ForAll(AnyString.ToArbitrary(), s => EmailPromises(s, EmailOptionSets[1]));

    [Fact]
    public void Email_generator_reaches_every_reason()
    {
        var seen = new HashSet<EmailError>();
        string[] sample = Emails.Sample(3000, Seed, 50);
        for (int i = 0; i < sample.Length; i++)
        {
            seen.Add(Email.Validate(sample[i], EmailOptionSets[i % EmailOptionSets.Length]).Error);
        }

        Assert.Empty(Enum.GetValues<EmailError>().Except(seen));
    }

    // ------------------------------------------------------------------ SMS codes

    private static Gen<(string Text, int Length)> SmsCodes
    {
        get
        {
            Gen<string> digits = from n in Gen.Choose(3, 9) from d in Gen.Elements("0123456789".ToCharArray()).ArrayOf(n) select new string(d);
            Gen<string> shaped = Gen.Frequency((5, digits), (1, FullWidth(digits)), (2, Padded(digits)));
            Gen<string> text = Gen.Frequency(
                (9, Variants(shaped).Select(v => v.Text)),
                (1, AnyString.Select(s => s ?? string.Empty)),
                (1, Gen.Elements("", " ", new string(' ', 13) + "123456" + new string(' ', 14))));
            return from t in text from length in Gen.Frequency((3, Gen.Constant(6)), (2, Gen.Choose(4, 8))) select (t, length);
        }
    }

    private static Property SmsPromises(string? input, int length)
    {
        SmsCodeResult result = SmsCode.Validate(input, new SmsCodeOptions { Length = length });
        var promises = new Promises(input);
        promises.That(result.IsValid == (result.Error == SmsCodeError.None), "IsValid ⇔ Error None");
        promises.That((result.Normalized is not null) == result.IsValid, "Normalized only when valid");
        promises.That(result.ExpectedLength == length, "ExpectedLength is the length asked for");
        promises.Position(result.ErrorPosition, result.Error == SmsCodeError.InvalidCharacter);
        if (result.Normalized is { } normalized)
        {
            promises.That(normalized.Length == length && normalized.All(char.IsAsciiDigit), "Normalized is the digits");
            promises.That((result.Changes == SmsCodeChanges.None) == ReferenceEquals(normalized, input), "Changes None ⇔ Normalized is the input");
            SmsCodeResult again = SmsCode.Validate(normalized, new SmsCodeOptions { Length = length });
            promises.That(again.IsValid && ReferenceEquals(again.Normalized, normalized) && again.Changes == SmsCodeChanges.None, "Normalized is a fixed point");
            promises.That(SmsCode.Matches(input, normalized, new SmsCodeOptions { Length = length }), "the entry matches its canonical form");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    [Property(MaxTest = 1000)]
    public Property SmsCode_results_keep_their_promises() => Prop.ForAll(SmsCodes.ToArbitrary(), c => SmsPromises(c.Text, c.Length));

    [Fact]
    public void SmsCode_generator_reaches_every_form_reason()
    {
        SmsCodeError[] seen = SmsCodes.Sample(2000, Seed, 50).Select(c => SmsCode.Validate(c.Text, new SmsCodeOptions { Length = c.Length }).Error).Distinct().ToArray();

        // The time reasons (NotRequested, Expired, IssuedInFuture) belong to SmsCodeValidity, not to the form.
        Assert.Empty(new[] { SmsCodeError.None, SmsCodeError.Empty, SmsCodeError.InvalidCharacter, SmsCodeError.InvalidLength }.Except(seen));
    }

    // ------------------------------------------------------------------ usernames

    private static Gen<string> Usernames => Gen.Frequency(
        (3, MobileNumbers),
        (3, IdNumbers),
        (3, Emails),
        (1, Gen.Elements("zhangsan", "张三", "-13800138000", "(138) 0013 8000", "008613800138000", "110105491231002", "  ", "")));

    private static Property UsernamePromises(string? input)
    {
        UsernameResult result = Username.Validate(input);
        var promises = new Promises(input);
        promises.That(result.IsValid == (result.Error == UsernameError.None), "IsValid ⇔ Error None");
        promises.That((result.Normalized is not null) == result.IsValid, "Normalized only when valid");
        promises.That(result.Kind != UsernameKind.Mobile || (result.Mobile is { IsValid: true } m && m.Normalized == result.Normalized), "a mobile username carries the valid mobile result");
        promises.That(result.Kind != UsernameKind.IdNumber || (result.IdNumber is { IsValid: true } id && id.Normalized == result.Normalized), "an ID username carries the valid ID result");
        promises.That(result.Kind != UsernameKind.Email || (result.Email is { IsValid: true } e && e.Normalized == result.Normalized), "an email username carries the valid email result");
        promises.That(result.Error != UsernameError.InvalidMobileNumber || result.Mobile is { IsValid: false }, "InvalidMobileNumber carries the mobile reason");
        promises.That(result.Error != UsernameError.InvalidIdNumber || result.IdNumber is { IsValid: false }, "InvalidIdNumber carries the ID reason");
        promises.That(result.Error != UsernameError.InvalidEmail || result.Email is { IsValid: false }, "InvalidEmail carries the email reason");
        promises.That((result.DetailErrorCode is not null) == (result.Error is UsernameError.InvalidMobileNumber or UsernameError.InvalidIdNumber or UsernameError.InvalidEmail), "a detail code exactly for a recognised form");
        if (result.Normalized is { } normalized)
        {
            UsernameResult again = Username.Validate(normalized);
            promises.That(again.IsValid && again.Kind == result.Kind && again.Normalized == normalized, "Normalized is a fixed point of the same kind");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    [Property(MaxTest = 1500)]
    public Property Username_results_keep_their_promises() => Prop.ForAll(Usernames.ToArbitrary(), UsernamePromises);

    [Property(MaxTest = 300)]
    public Property Username_never_throws_on_arbitrary_strings() => Prop.ForAll(AnyString.ToArbitrary(), UsernamePromises);

    [Fact]
    public void Username_generator_reaches_every_reason_and_kind()
    {
        UsernameResult[] results = Usernames.Sample(3000, Seed, 50).Select(Username.Validate).ToArray();
        Assert.Empty(Enum.GetValues<UsernameError>().Except(results.Select(r => r.Error)));
        Assert.Empty(Enum.GetValues<UsernameKind>().Except(results.Select(r => r.Kind)));
    }

    // ------------------------------------------------------------------ certificate numbers

    private static Gen<string> CertificateInputs
    {
        get
        {
            Gen<string> layouts = Gen.Elements(
                "H12345678", "M1234567890", "h12345678", "H1234567", "12345678", "1234567A90", "E12345678", "G12345678", "EA1234567", "EI1234567",
                "P1234567", "ABC123456789012", "AB1234567890123", "X1", "123456789012345678", "A-123", "护照123", "其他 证件", "\u3000H12345678 ");
            Gen<string> shaped = Gen.Frequency((3, layouts), (3, IdNumbers), (1, FullWidth(layouts)), (1, layouts.Select(l => l.ToLowerInvariant())));
            return Gen.Frequency(
                (9, Variants(shaped).Select(v => v.Text)),
                (1, AnyString.Select(s => s ?? string.Empty)),
                (1, Gen.Elements("", " ", new string('A', 41), new string('A', 165))));
        }
    }

    private static readonly CertificateNumberOptions CertificateOptions = new() { IdNumber = new IdNumberOptions { TimeProvider = Clock } };

    private static readonly CertificateNumberError[] CertificateErrorsWithoutNormalized =
    [
        CertificateNumberError.Empty, CertificateNumberError.UnknownType, CertificateNumberError.InvalidCharacter, CertificateNumberError.InvalidFormat,
        CertificateNumberError.TooLong,
    ];

    private static Property CertificatePromises(CertificateType type, string? input)
    {
        CertificateNumberResult result = CertificateNumber.Validate(type, input, CertificateOptions);
        var promises = new Promises(input);
        promises.That(result.Type == type, "Type is the type asked for");
        promises.That(result.IsValid == (result.Error == CertificateNumberError.None), "IsValid ⇔ Error None");
        promises.That(!CertificateErrorsWithoutNormalized.Contains(result.Error) || result.Normalized is null, "no canonical form for a rejected layout");
        promises.That(result.Error is not (CertificateNumberError.None or CertificateNumberError.TypeMismatch) || result.Normalized is not null, "a canonical form when valid or of another type");
        promises.That((result.SuggestedType is not null) == (result.Error == CertificateNumberError.TypeMismatch), "a suggested type exactly for TypeMismatch");
        promises.That(result.SuggestedType != type, "never suggests the chosen type");
        promises.Position(result.ErrorPosition, result.Error is CertificateNumberError.InvalidCharacter || (result.Error == CertificateNumberError.IdNumberRejected && result.IdNumber?.ErrorPosition >= 0));
        promises.That(result.Error != CertificateNumberError.IdNumberRejected || (result.IdNumber is { IsValid: false } id && id.Normalized == result.Normalized && id.ErrorPosition == result.ErrorPosition), "IdNumberRejected carries the ID result");
        promises.That(!type.UsesIdNumberRules() || result.Error is CertificateNumberError.Empty or CertificateNumberError.TypeMismatch || result.IdNumber is not null, "ID types carry the ID result");
        if (result.Normalized is { } normalized)
        {
            promises.That(result.WasNormalized == !string.Equals(normalized, input, StringComparison.Ordinal), "WasNormalized ⇔ Normalized differs from the input");
            CertificateType owner = result.SuggestedType ?? type;
            if (result.IsValid || result.Error == CertificateNumberError.TypeMismatch)
            {
                CertificateNumberResult again = CertificateNumber.Validate(owner, normalized, CertificateOptions);
                promises.That(again.IsValid && again.Normalized == normalized && !again.WasNormalized, "Normalized is a valid fixed point of its type");
            }
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    private static Gen<CertificateType> CertificateTypesWithUnknown =>
        Gen.Frequency((20, Gen.Elements(CertificateTypes.All.ToArray())), (1, Gen.Constant((CertificateType)99)));

    [Property(MaxTest = 1500)]
    public Property CertificateNumber_results_keep_their_promises() =>
        Prop.ForAll(CertificateTypesWithUnknown.ToArbitrary(), CertificateInputs.ToArbitrary(), CertificatePromises);

    [Property(MaxTest = 300)]
    public Property CertificateNumber_never_throws_on_arbitrary_strings() =>
        Prop.ForAll(CertificateTypesWithUnknown.ToArbitrary(), AnyString.ToArbitrary(), CertificatePromises);

    [Fact]
    public void CertificateNumber_generator_reaches_every_reason()
    {
        CertificateType[] types = CertificateTypesWithUnknown.Sample(3000, Seed, 50);
        string[] inputs = CertificateInputs.Sample(3000, new Rnd(7), 50);
        CertificateNumberError[] seen = types.Zip(inputs, (t, s) => CertificateNumber.Validate(t, s, CertificateOptions).Error).Distinct().ToArray();
        Assert.Empty(Enum.GetValues<CertificateNumberError>().Except(seen));
    }

    // ------------------------------------------------------------------ passwords

    private static readonly PasswordOptions[] Policies =
    [
        PasswordOptions.Default,
        new() { MinLength = 4, MaxLength = 12, MinCharacterClasses = 3 },
        new() { MinLength = 1, MaxLength = 1000, MinCharacterClasses = 1 },
    ];

    private static Gen<string> Passwords
    {
        get
        {
            Gen<char> chars = Gen.Frequency(
                (6, Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray())),
                (2, Gen.Elements("!@#$%^&*() -_张é".ToCharArray())),
                (1, Gen.Elements('\t', '\n', '\0', '\u200B', '\u202E', '\uFEFF', '\uE000', '\u0378', '\uD800', '\uDC00')));
            Gen<string> plain = from n in Gen.Choose(0, 20) from cs in chars.ArrayOf(n) select new string(cs);
            Gen<string> surrogates = from n in Gen.Choose(1, 40) select string.Concat(Enumerable.Repeat("😀a", n));
            return Gen.Frequency(
                (8, plain),
                (1, surrogates),
                (1, Gen.Elements("13800138000", "11010519491231002X", "user@qq.com", new string('a', 129), "Password1")),
                (1, AnyString.Select(s => s ?? string.Empty)));
        }
    }

    private static readonly string[] AccountDetails = ["13800138000", "+86 138 0013 8000", "110105 19491231 002X", "User@QQ.com ", "password1"];

    private static Property PasswordPromises(string? password, PasswordOptions policy)
    {
        PasswordResult result = Password.Validate(password, policy, AccountDetails);
        var promises = new Promises(password);
        promises.That(result.IsValid == (result.Error == PasswordError.None), "IsValid ⇔ Error None");
        promises.Position(result.ErrorPosition, result.Error == PasswordError.InvalidCharacter);
        if (result.Error is PasswordError.TooShort or PasswordError.TooFewCharacterClasses or PasswordError.SameAsAccountDetail or PasswordError.None
            || (result.Error == PasswordError.TooLong && password!.Length <= policy.MaxLength * 2))
        {
            promises.That(result.Length == RuneCount(password), "Length counts characters");
            promises.That(result.CharacterClasses is >= 1 and <= 4, "one to four classes");
        }

        if (result.IsValid)
        {
            promises.That(result.Length >= policy.MinLength && result.Length <= policy.MaxLength && result.CharacterClasses >= policy.MinCharacterClasses, "a valid password meets the policy");
            // Details are trimmed before the comparison, so a password with spaces at its ends is not its own detail.
            bool trimmed = password![0] is not (' ' or '\u00A0' or '\u3000') && password[^1] is not (' ' or '\u00A0' or '\u3000');
            promises.That(!trimmed || Password.Validate(password, policy, password).Error == PasswordError.SameAsAccountDetail, "a password equal to a detail is refused");
            promises.That(!trimmed || Password.Validate(password, policy, " " + password.ToUpperInvariant() + "\u3000").Error == PasswordError.SameAsAccountDetail, "the comparison ignores case and the detail's spaces");
            promises.That(Password.Validate(password, policy).IsValid, "valid without details too");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    [Property(MaxTest = 1000)]
    public Property Password_results_keep_their_promises() =>
        Prop.ForAll(Passwords.ToArbitrary(), Gen.Elements(Policies).ToArbitrary(), PasswordPromises);

    [Fact]
    public void Password_generator_reaches_every_reason()
    {
        var seen = new HashSet<PasswordError>();
        string[] sample = Passwords.Sample(3000, Seed, 50);
        for (int i = 0; i < sample.Length; i++)
        {
            seen.Add(Password.Validate(sample[i], Policies[i % Policies.Length], AccountDetails).Error);
        }

        // The confirmation's reason comes from Password.ValidateConfirmation, not from Validate.
        seen.Add(Password.ValidateConfirmation("Passw0rd!", "Passw0rd?").Error);
        Assert.Empty(Enum.GetValues<PasswordError>().Except(seen));
    }

    // ------------------------------------------------------------------ captchas

    private static readonly CaptchaOptions[] CaptchaOptionSets = [CaptchaOptions.Default, new() { MinLength = 1, MaxLength = 3 }];

    private static Gen<string> Captchas
    {
        get
        {
            Gen<string> answer = from n in Gen.Choose(1, 10) from cs in Gen.Elements("abcXYZ0189".ToCharArray()).ArrayOf(n) select new string(cs);
            Gen<string> shaped = Gen.Frequency((5, answer), (1, FullWidth(answer)), (2, Padded(answer)));
            return Gen.Frequency(
                (9, Variants(shaped).Select(v => v.Text)),
                (1, AnyString.Select(s => s ?? string.Empty)),
                (1, Gen.Elements("", " ", new string('a', 81))));
        }
    }

    private static Property CaptchaPromises(string? input, CaptchaOptions options)
    {
        CaptchaResult result = Captcha.Validate(input, options);
        var promises = new Promises(input);
        promises.That(result.IsValid == (result.Error == CaptchaError.None), "IsValid ⇔ Error None");
        promises.That((result.Normalized is not null) == result.IsValid, "Normalized only when valid");
        promises.Position(result.ErrorPosition, result.Error == CaptchaError.InvalidCharacter);
        if (result.Normalized is { } normalized)
        {
            promises.That(normalized.Length >= options.MinLength && normalized.Length <= options.MaxLength && normalized.All(char.IsAsciiLetterOrDigit), "Normalized is letters and digits of an allowed length");
            CaptchaResult again = Captcha.Validate(normalized, options);
            promises.That(again.IsValid && ReferenceEquals(again.Normalized, normalized), "Normalized is a fixed point");
        }

        return promises.Verdict().Classify(result.IsValid, "valid").Collect(result.Error);
    }

    [Property(MaxTest = 1000)]
    public Property Captcha_results_keep_their_promises() =>
        Prop.ForAll(Captchas.ToArbitrary(), Gen.Elements(CaptchaOptionSets).ToArbitrary(), CaptchaPromises);

    [Fact]
    public void Captcha_generator_reaches_every_reason()
    {
        var seen = new HashSet<CaptchaError>();
        string[] sample = Captchas.Sample(2000, Seed, 50);
        for (int i = 0; i < sample.Length; i++)
        {
            seen.Add(Captcha.Validate(sample[i], CaptchaOptionSets[i % CaptchaOptionSets.Length]).Error);
        }

        Assert.Empty(Enum.GetValues<CaptchaError>().Except(seen));
    }

    private static int RuneCount(ReadOnlySpan<char> s)
    {
        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            count++;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        return count;
    }
}
