using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PhoneNumbers;

namespace ChsiValidation.Tests;

/// <summary>
/// The accepted set must equal libphonenumber's CN mobile set (libphonenumber-csharp 9.0.43, test project only): its
/// GetNumberType is MOBILE or FIXED_LINE_OR_MOBILE exactly when our range check accepts.
/// </summary>
public class MobileNumberOracleTests
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

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

    [Fact]
    public void Every_five_digit_prefix_from_10000_to_19999_agrees_with_libphonenumber()
    {
        // Every four-digit prefix 1000–1999, and the fifth digit too because of the 1740[0-5] block.
        var random = new Random(20260615);
        var disagreements = new List<string>();
        int accepted = 0;
        for (int prefix = 10000; prefix <= 19999; prefix++)
        {
            string[] numbers =
            [
                prefix + "000000",
                prefix + "999999",
                prefix + random.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            ];
            foreach (string number in numbers)
            {
                bool ours = MobileNumber.Validate(number).IsValid;
                accepted += ours ? 1 : 0;
                if (ours != OracleSaysMobile(number) || ours != MobileNumber.IsMobileRange(number))
                {
                    disagreements.Add(number);
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(accepted > 10_000); // the check is not vacuous
    }

    [Property(MaxTest = 3000)]
    public Property Random_11_digit_numbers_agree_with_libphonenumber() =>
        Prop.ForAll(ElevenDigits.ToArbitrary(), number => MobileNumber.Validate(number).IsValid == OracleSaysMobile(number));

    [Property(MaxTest = 1000)]
    public Property Random_numbers_starting_with_1_agree_with_libphonenumber() =>
        Prop.ForAll(StartingWith1.ToArbitrary(), number => MobileNumber.Validate(number).IsValid == OracleSaysMobile(number));

    private static Gen<string> StartingWith1 =>
        from second in Gen.Choose(0, 9)
        from rest in Gen.Choose(0, 999_999_999)
        select "1" + second + rest.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<string> ElevenDigits =>
        Gen.ArrayOf(Gen.Choose(0, 9), 11).Select(digits => string.Concat(digits));
}
