using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class MobileNumberProperties
{
    [Property(MaxTest = 2000)]
    public bool Validate_never_throws_and_agrees_with_IsValid(string? input)
    {
        MobileNumberResult result = MobileNumber.Validate(input);
        return result.IsValid == MobileNumber.IsValid(input)
            && (result.IsValid ? result.E164 == "+86" + result.Normalized : result.Error != MobileNumberError.None);
    }

    [Property(MaxTest = 500)]
    public Property Whitelisted_decorations_never_change_the_verdict() =>
        Prop.ForAll(ValidNumber.ToArbitrary(), Decoration.ToArbitrary(), (number, decorate) =>
        {
            MobileNumberResult result = MobileNumber.Validate(decorate(number));
            return result.IsValid && result.Normalized == number;
        });

    [Property(MaxTest = 500)]
    public Property A_junk_character_anywhere_is_reported_where_it_is() =>
        Prop.ForAll(ValidNumber.ToArbitrary(), Gen.Choose(0, 11).ToArbitrary(), Junk.ToArbitrary(), (number, position, junk) =>
        {
            MobileNumberResult result = MobileNumber.Validate(number[..position] + junk + number[position..]);
            return result.Error == MobileNumberError.InvalidCharacter && result.ErrorPosition == position;
        });

    private static Gen<string> ValidNumber =>
        from prefix in Gen.Elements("130", "139", "145", "147", "150", "159", "162", "166", "170", "178", "180", "189", "191", "199")
        from rest in Gen.Choose(0, 99_999_999)
        select prefix + rest.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<Func<string, string>> Decoration => Gen.Elements<Func<string, string>>(
        n => n,
        n => "+86" + n,
        n => "+86 " + n,
        n => "0086" + n,
        n => "86" + n,
        n => $"{n[..3]} {n[3..7]} {n[7..]}",
        n => $"{n[..3]}-{n[3..7]}-{n[7..]}",
        n => $"({n[..3]}) {n[3..]}",
        n => "\u00A0" + n + "\u3000",
        n => new string(n.Select(c => (char)(c - '0' + '\uFF10')).ToArray()),
        n => "＋８６" + n);

    private static Gen<char> Junk =>
        Gen.Elements('a', 'O', 'o', 'l', '.', '/', '\u200B', '\u200D', '\uFEFF', '\u202E', '\n', '\t', '\0', '\u0661', '\u06F1', '\uD800', '\uDFFF', '\uFF0D', '#', '*');
}
