using System.Globalization;
using System.Text;
using IdRule = ChsiValidation.IdNumber;
using MobileRule = ChsiValidation.MobileNumber;

namespace ChsiValidation.Testing;

/// <summary>
/// Inputs for negative tests: each fails its rule with the reason asked for, under the rule's default options unless the
/// method says which option the reason needs. Reached through <see cref="ChsiFaker.Invalid"/>, which fixes the seed.
/// </summary>
public sealed class InvalidInputs
{
    private const string NotIdLetters = "ABCDEFGHIJKLMNOPQRSTUVWYZabcdefghijklmnopqrstuvwyz";

    // Two-digit prefixes that are no province (GB/T 2260) and no permit or foreign card: 0x, 10, 16–20, ... 84–89.
    private static readonly int[] NotProvinces =
        [1, 5, 10, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28, 29, 30, 38, 39, 40, 47, 48, 49, 55, 56, 57, 58, 59, 60, 66, 67, 68, 69, 70, 72, 75, 80, 84, 85, 89];

    private readonly SeededRandom random;
    private readonly ChsiFaker valid;

    // Shares the faker's sequence: its valid values are the starting points that get broken.
    internal InvalidInputs(ChsiFaker valid, SeededRandom random)
    {
        this.valid = valid;
        this.random = random;
    }

    /// <summary>
    /// An input that <see cref="IdRule.Validate(string?, IdNumberOptions?)"/> rejects with <paramref name="reason"/> under
    /// the default options; <see cref="IdNumberError.NotCanonical"/> only with <see cref="IdNumberOptions.Strict"/> (the
    /// default folds it).
    /// </summary>
    /// <param name="reason">Any reason but <see cref="IdNumberError.None"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="IdNumberError.None"/> or not defined.</exception>
    public string IdNumber(IdNumberError reason)
    {
        string number = valid.IdNumber();
        switch (reason)
        {
            case IdNumberError.Empty:
                return random.Pick(["", " ", "\u3000", "\u00A0 "]);
            case IdNumberError.InvalidLength:
                return random.Next(3) switch
                {
                    0 => number[..17],
                    1 => number[..random.Between(1, 14)],
                    _ => number + random.Digit(),
                };
            case IdNumberError.InvalidCharacter:
                return Replace(number, random.Next(17), NotIdLetters[random.Next(NotIdLetters.Length)]);
            case IdNumberError.NotCanonical:
                int at = random.Next(17);
                return Replace(number, at, (char)(number[at] - '0' + '０'));
            case IdNumberError.FirstGenerationNumber:
                return valid.IdNumber(new IdNumberSpec { Kind = IdNumberKind.FirstGeneration });
            case IdNumberError.UnknownRegion:
                string prefix = random.Pick(NotProvinces).ToString("D2", CultureInfo.InvariantCulture);
                return WithCheck(prefix + number[2..17]);
            case IdNumberError.InvalidBirthDate:
                string date = random.Next(4) switch
                {
                    0 => string.Create(CultureInfo.InvariantCulture, $"{random.Between(1950, 2005)}{random.Pick([0, 13, 19, 99]):D2}15"),
                    1 => string.Create(CultureInfo.InvariantCulture, $"{random.Between(1950, 2005)}{random.Between(1, 12):D2}{random.Pick([0, 32, 45, 99]):D2}"),
                    2 => string.Create(CultureInfo.InvariantCulture, $"{random.Pick([1900, 1970, 1999, 2001, 2002, 2003])}0229"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"{random.Between(1950, 2005)}{random.Pick([4, 6, 9, 11]):D2}31"),
                };
                return WithCheck(number[..6] + date + number[14..17]);
            case IdNumberError.BirthDateOutOfRange:
                // After today for centuries to come, or before the default earliest date 1900-01-01.
                int year = random.Chance(50) ? random.Between(2200, 2999) : random.Between(1800, 1899);
                string monthDay = number[10..14] == "0229" ? "0228" : number[10..14]; // a real date in any year
                return WithCheck(number[..6] + string.Create(CultureInfo.InvariantCulture, $"{year}{monthDay}") + number[14..17]);
            case IdNumberError.ChecksumMismatch:
                string checks = "0123456789X".Replace(number[17].ToString(), string.Empty, StringComparison.Ordinal);
                return number[..17] + checks[random.Next(checks.Length)];
            case IdNumberError.MisplacedSpace:
                // Inside the address code: GB 11643's fields may be spaced apart, not split.
                return number.Insert(random.Between(1, 5), " ");
            default:
                throw new ArgumentOutOfRangeException(nameof(reason), reason, "Choose a reason the ID rule reports.");
        }
    }

    /// <summary>
    /// An input that <see cref="MobileRule.Validate(string?, MobileNumberOptions?)"/> rejects with <paramref name="reason"/>
    /// under the default options; <see cref="MobileNumberError.KindNotAccepted"/> (a satellite number, 1349x) only when
    /// <see cref="MobileNumberOptions.AcceptedKinds"/> leaves out <see cref="MobileNumberKind.Satellite"/> (the default
    /// accepts every kind).
    /// </summary>
    /// <param name="reason">Any reason but <see cref="MobileNumberError.None"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="MobileNumberError.None"/> or not defined.</exception>
    public string MobileNumber(MobileNumberError reason)
    {
        string number = valid.MobileNumber();
        switch (reason)
        {
            case MobileNumberError.Empty:
                return random.Pick(["", " ", "\u3000", "\u00A0"]);
            case MobileNumberError.InvalidCharacter:
                // The letter O for zero, l for one, or another letter.
                return Replace(number, random.Between(1, 10), random.Pick(['O', 'o', 'l', 'I', 'a', 'x']));
            case MobileNumberError.InvalidLength:
                return random.Chance(50) ? number[..10] : number + random.Digit() + random.Digit();
            case MobileNumberError.LeadingZero:
                return "0" + number;
            case MobileNumberError.ForeignCountryCode:
                return random.Pick(["+1 ", "+44 ", "+852 ", "+81 ", "+7 "]) + number;
            case MobileNumberError.KindNotAccepted:
                // China Satcom's Tiantong satellite numbers, 1349 and seven digits.
                return "1349" + new string([.. Enumerable.Range(0, 7).Select(_ => random.Digit())]);
            case MobileNumberError.NotMobile:
                if (random.Chance(30))
                {
                    // A Beijing or Shanghai landline written with its area code: 11 digits, not mobile.
                    return random.Pick(["010", "021"]) + number[3..];
                }

                string prefix = random.Pick(ChsiFaker.RejectedMobilePrefixes.Value);
                char[] digits = new char[MobileRule.Length];
                prefix.CopyTo(digits);
                for (int attempt = 0; attempt < 1000; attempt++)
                {
                    for (int i = prefix.Length; i < digits.Length; i++)
                    {
                        digits[i] = random.Digit();
                    }

                    string candidate = new(digits);
                    if (!MobileRule.IsMobileRange(candidate))
                    {
                        return candidate;
                    }
                }

                return "010" + number[3..];
            default:
                throw new ArgumentOutOfRangeException(nameof(reason), reason, "Choose a reason the mobile rule reports.");
        }
    }

    /// <summary>
    /// An input that <see cref="ChsiValidation.PersonName.Validate(string?, PersonNameOptions?)"/> rejects with
    /// <paramref name="reason"/> under the default options; <see cref="PersonNameError.RareCharacter"/> only with
    /// <see cref="PersonNameOptions.RareCharacterIsError"/> (the default lists the character and accepts the name).
    /// </summary>
    /// <param name="reason">Any reason but <see cref="PersonNameError.None"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="PersonNameError.None"/> or not defined.</exception>
    public string PersonName(PersonNameError reason)
    {
        string name = valid.PersonName();
        switch (reason)
        {
            case PersonNameError.Empty:
                return random.Pick(["", " ", "\u3000", "\u2002"]);
            case PersonNameError.IllFormed:
                return name.Insert(1, random.Pick(["\uD842", "\uDFB7"]));
            case PersonNameError.TooShort:
                return name[..1];
            case PersonNameError.TooLong:
                var longName = new StringBuilder(name);
                while (longName.Length <= 50)
                {
                    longName.Append(valid.PersonName());
                }

                return longName.ToString();
            case PersonNameError.InvalidCharacter:
                return name.Insert(1, random.Pick(["1", "@", "😀", "\u200B", "\t", "?"]));
            case PersonNameError.PrivateUseCharacter:
                return name + char.ConvertFromUtf32(random.Between(0xE000, 0xF8FF));
            case PersonNameError.MisplacedSeparator:
                string dot = ChsiValidation.PersonName.Separator.ToString();
                return random.Next(3) switch
                {
                    0 => dot + name,
                    1 => name + dot,
                    _ => name[..1] + dot + dot + name[1..],
                };
            case PersonNameError.MixedScript:
                return name + random.Pick(["A", "C", "x", "Li"]);
            case PersonNameError.LatinNotAllowed:
                return random.Pick(["Zhang Wei", "Li Na", "Ouyang Jun", "John Smith", "Anne-Marie O'Neil"]);
            case PersonNameError.RareCharacter:
                return valid.NameWithRareCharacter(random.Pick([HanziTier.UnifiedBmp, HanziTier.ExtensionA, HanziTier.Supplementary]));
            default:
                throw new ArgumentOutOfRangeException(nameof(reason), reason, "Choose a reason the name rule reports.");
        }
    }

    /// <summary>
    /// An input that <see cref="ChsiValidation.Email.Validate(string?, EmailOptions?)"/> rejects with <paramref name="reason"/>
    /// under the default options.
    /// </summary>
    /// <param name="reason">Any reason but <see cref="EmailError.None"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="EmailError.None"/> or not defined.</exception>
    public string Email(EmailError reason)
    {
        string address = valid.Email();
        int at = address.IndexOf('@', StringComparison.Ordinal);
        string local = address[..at];
        string domain = address[(at + 1)..];
        return reason switch
        {
            EmailError.Empty => random.Pick(["", " ", "\u3000", "\u00A0"]),
            EmailError.TooLong => local + "@" + string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".com", // a 258-character domain
            EmailError.WhitespaceOrControl => local.Insert(1, random.Pick([" ", "\t", "\u200B", "\n"])) + "@" + domain,
            EmailError.FullWidthCharacter => local + random.Pick(["\uFF20" + domain, "@" + domain.Replace(".", "\u3002", StringComparison.Ordinal)]),
            EmailError.MissingAt => local + domain,
            EmailError.MultipleAt => local + "@" + local + "@" + domain,
            EmailError.LocalPartEmpty => "@" + domain,
            EmailError.LocalPartTooLong => local + new string('a', 65 - local.Length) + "@" + domain,
            EmailError.LocalPartInvalid => random.Pick(["." + local, local + ".", local[..1] + ".." + local[1..], local + ",x", "(" + local + ")"]) + "@" + domain,
            EmailError.NonAsciiLocalPart => random.Pick(["张伟", "li.wei李", "é" + local]) + "@" + domain,
            EmailError.DomainEmpty => local + "@",
            EmailError.DomainInvalid => local + "@" + random.Pick(["example..com", "-example.com", "example-.com", "exa_mple.com", "example.com."]),
            EmailError.LabelTooLong => local + "@" + new string('b', 64) + ".com",
            EmailError.SingleLabelDomain => local + "@" + random.Pick(["localhost", "qq", "example"]),
            EmailError.TopLevelDomainInvalid => local + "@" + random.Pick(["example.c", "example.123", "1.2.3.4"]),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Choose a reason the email rule reports."),
        };
    }

    private static string Replace(string s, int index, char c) => string.Concat(s.AsSpan(0, index), c.ToString(), s.AsSpan(index + 1));

    private static string WithCheck(string first17) => first17 + IdRule.ComputeCheckCharacter(first17);
}
