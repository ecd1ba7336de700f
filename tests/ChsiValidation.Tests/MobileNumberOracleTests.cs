using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PhoneNumbers;

namespace ChsiValidation.Tests;

/// <summary>
/// The allocation table against libphonenumber's CN mobile set (libphonenumber-csharp 9.0.43, test project only): its
/// GetNumberType is MOBILE or FIXED_LINE_OR_MOBILE exactly when our range check accepts, except for the prefixes listed
/// in <see cref="Differences"/>, each with its reason. A change in either (a new table, a new libphonenumber) that adds
/// or removes a difference fails the test until the list is updated.
/// </summary>
public class MobileNumberOracleTests
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Every prefix where the two disagree, as the shortest prefix all of whose numbers disagree the same way: true when
    /// the table accepts and libphonenumber rejects.
    /// </summary>
    private static readonly SortedDictionary<string, (bool TableAccepts, string Why)> Differences = new(StringComparer.Ordinal)
    {
        ["149"] = (true, "China Telecom's data-only prefix (上网卡), allocated like China Unicom's 145 and China Mobile's 147, which libphonenumber accepts"),
        ["17406"] = (true, "satellite, 工业和信息化部应急通信保障中心 (emergency communications); libphonenumber has only 1740[0-5]"),
        ["17407"] = (true, "satellite, 工业和信息化部应急通信保障中心 (emergency communications)"),
        ["17408"] = (true, "satellite, 工业和信息化部应急通信保障中心 (emergency communications)"),
        ["17409"] = (true, "satellite, 工业和信息化部应急通信保障中心 (emergency communications)"),
        ["17410"] = (true, "satellite, 工业和信息化部应急通信保障中心 (emergency communications)"),
        ["17411"] = (true, "satellite, 工业和信息化部应急通信保障中心 (emergency communications)"),
        ["17412"] = (true, "satellite, 工业和信息化部应急通信保障中心 (emergency communications)"),
        ["1749"] = (true, "satellite, 北京船舶通信导航有限公司 (maritime, Inmarsat)"),
    };

    private static bool OracleSaysMobile(string elevenDigits)
    {
        PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(elevenDigits, "CN");
        }
        catch (NumberParseException)
        {
            return false; // e.g. "00..." read as an international prefix with no valid country code
        }

        // A number read as another country's (00 + country code) is not a CN mobile number.
        PhoneNumberType type = Util.GetNumberType(parsed);
        return parsed.CountryCode == 86 && type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
    }

    private static bool IsListedDifference(string number)
    {
        foreach (string prefix in Differences.Keys)
        {
            if (number.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void The_table_and_libphonenumber_differ_exactly_at_the_listed_prefixes()
    {
        // Both verdicts depend on at most five digits (1740[0-5], 17410–17412), so each five-digit prefix 10000–19999 is
        // decided by any of its numbers; three per prefix check that.
        var random = new Random(20260615);
        var differing = new SortedDictionary<string, bool>(StringComparer.Ordinal); // five-digit prefix -> table accepts
        int accepted = 0;
        for (int prefix = 10000; prefix <= 19999; prefix++)
        {
            string five = prefix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string[] numbers =
            [
                five + "000000",
                five + "999999",
                five + random.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            ];
            bool ours = MobileNumber.Validate(numbers[0]).IsValid;
            bool theirs = OracleSaysMobile(numbers[0]);
            foreach (string number in numbers)
            {
                Assert.Equal(ours, MobileNumber.Validate(number).IsValid);
                Assert.Equal(ours, MobileNumber.IsMobileRange(number));
                Assert.Equal(theirs, OracleSaysMobile(number));
            }

            accepted += ours ? 1 : 0;
            if (ours != theirs)
            {
                differing[five] = ours;
            }
        }

        Assert.Equal(Differences.ToDictionary(d => d.Key, d => d.Value.TableAccepts), Collapse(differing));
        Assert.True(accepted > 5000); // the check is not vacuous: 5,333 five-digit prefixes are allocated
    }

    /// <summary>Replaces ten sibling prefixes that all differ the same way by their parent, repeatedly.</summary>
    private static Dictionary<string, bool> Collapse(SortedDictionary<string, bool> differing)
    {
        var current = new Dictionary<string, bool>(differing, StringComparer.Ordinal);
        for (int length = 5; length > 1; length--)
        {
            foreach (IGrouping<string, KeyValuePair<string, bool>> siblings in current
                .Where(d => d.Key.Length == length)
                .GroupBy(d => d.Key[..^1], StringComparer.Ordinal)
                .ToList())
            {
                if (siblings.Count() == 10 && siblings.Select(d => d.Value).Distinct().Count() == 1)
                {
                    bool value = siblings.First().Value;
                    foreach (KeyValuePair<string, bool> child in siblings)
                    {
                        current.Remove(child.Key);
                    }

                    current[siblings.Key] = value;
                }
            }
        }

        return current;
    }

    [Fact]
    public void The_listed_differences_are_satellite_or_data_only_numbers_of_the_table()
    {
        foreach ((string prefix, (bool tableAccepts, string why)) in Differences)
        {
            string number = prefix + "12345678901"[..(11 - prefix.Length)];
            MobileNumberResult result = MobileNumber.Validate(number);
            Assert.Equal(tableAccepts, result.IsValid);
            Assert.False(OracleSaysMobile(number), why);
            Assert.Contains(result.Kind, new[] { MobileNumberKind.Satellite, MobileNumberKind.DataOnly });
        }
    }

    [Property(MaxTest = 3000)]
    public Property Random_11_digit_numbers_agree_with_libphonenumber_except_at_the_listed_prefixes() =>
        Prop.ForAll(ElevenDigits.ToArbitrary(), number =>
            (MobileNumber.Validate(number).IsValid == OracleSaysMobile(number)) != IsListedDifference(number));

    [Property(MaxTest = 1000)]
    public Property Random_numbers_starting_with_1_agree_with_libphonenumber_except_at_the_listed_prefixes() =>
        Prop.ForAll(StartingWith1.ToArbitrary(), number =>
            ((MobileNumber.Validate(number).IsValid == OracleSaysMobile(number)) != IsListedDifference(number))
                .Classify(IsListedDifference(number), "listed difference")
                .Classify(MobileNumber.Validate(number).IsValid, "accepted"));

    private static Gen<string> StartingWith1 =>
        from second in Gen.Choose(0, 9)
        from rest in Gen.Choose(0, 999_999_999)
        select "1" + second + rest.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<string> ElevenDigits =>
        Gen.ArrayOf(Gen.Choose(0, 9), 11).Select(digits => string.Concat(digits));
}
