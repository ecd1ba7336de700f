using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class IdNumberProperties
{
    [Property(MaxTest = 500)]
    public Property Every_generated_valid_number_validates() =>
        Prop.ForAll(IdNumberGenerators.ValidArbitrary, number =>
        {
            IdNumberResult result = IdNumber.Validate(number);
            return result.IsValid && result.Normalized == number && IdNumber.IsValid(number);
        });

    [Property(MaxTest = 500)]
    public Property Any_single_digit_change_in_the_first_17_is_caught() =>
        Prop.ForAll(
            IdNumberGenerators.ValidArbitrary,
            Gen.Choose(0, 16).ToArbitrary(),
            Gen.Choose(1, 9).ToArbitrary(),
            (number, position, delta) =>
            {
                char[] changed = number.ToCharArray();
                changed[position] = (char)('0' + ((changed[position] - '0' + delta) % 10));
                return !IdNumber.IsValid(new string(changed));
            });

    [Property(MaxTest = 500)]
    public Property Any_change_of_the_check_character_is_caught() =>
        Prop.ForAll(IdNumberGenerators.ValidArbitrary, Gen.Elements("0123456789X".ToCharArray()).ToArbitrary(), (number, check) =>
        {
            string changed = number[..17] + check;
            IdNumberResult result = IdNumber.Validate(changed);
            return check == number[17]
                ? result.IsValid
                : result.Error == IdNumberError.ChecksumMismatch && result.ExpectedCheckCharacter == number[17];
        });

    [Property(MaxTest = 500)]
    public Property Any_adjacent_transposition_of_distinct_digits_is_caught() =>
        Prop.ForAll(IdNumberGenerators.ValidArbitrary, Gen.Choose(0, 15).ToArbitrary(), (number, position) =>
        {
            char[] swapped = number.ToCharArray();
            (swapped[position], swapped[position + 1]) = (swapped[position + 1], swapped[position]);
            return number[position] == number[position + 1] || !IdNumber.IsValid(new string(swapped));
        });

    [Property(MaxTest = 1000)]
    public Property ComputeCheckCharacter_agrees_with_the_ISO_7064_form() =>
        Prop.ForAll(IdNumberGenerators.First17.ToArbitrary(), first17 =>
            IdNumber.ComputeCheckCharacter(first17) == IdNumberGenerators.Iso7064Check(first17)
            && IdNumberGenerators.Iso7064Holds(first17 + IdNumber.ComputeCheckCharacter(first17)));

    [Property(MaxTest = 2000)]
    public bool Validate_never_throws_and_agrees_with_IsValid(string? input)
    {
        IdNumberResult result = IdNumber.Validate(input);
        return result.IsValid == IdNumber.IsValid(input.AsSpan())
            && (result.IsValid ? result.Error == IdNumberError.None : result.Error != IdNumberError.None);
    }

    [Property(MaxTest = 1000)]
    public Property Validate_never_throws_on_near_misses() =>
        Prop.ForAll(NearMiss.ToArbitrary(), input =>
        {
            IdNumberResult result = IdNumber.Validate(input);
            return result.IsValid == IdNumber.IsValid(input);
        });

    [Property(MaxTest = 300)]
    public Property Folded_forms_validate_to_the_canonical_number() =>
        Prop.ForAll(IdNumberGenerators.ValidArbitrary, Gen.Choose(0, 18).ToArbitrary(), (number, split) =>
        {
            string fullWidth = new(number.Select(c => c == 'X' ? 'ｘ' : (char)(c - '0' + '\uFF10')).ToArray());
            string spaced = number[..split] + "\u3000" + number[split..];
            IdNumberResult result = IdNumber.Validate(spaced);

            // Around the number and between GB 11643's fields: address | year | month | day | sequence | check.
            bool betweenFields = split is 0 or 6 or 10 or 12 or 14 or 17 or 18;
            return IdNumber.Validate(fullWidth).Normalized == number
                && (betweenFields
                    ? result.IsValid && result.Normalized == number
                    : result.Error == IdNumberError.MisplacedSpace && result.ErrorPosition == split && !IdNumber.IsValid(spaced));
        });

    [Property(MaxTest = 300)]
    public Property First_generation_numbers_take_spaces_between_their_fields_only() =>
        Prop.ForAll(IdNumberGenerators.ValidArbitrary, Gen.Choose(1, 14).ToArbitrary(), (number, split) =>
        {
            string first15 = number[..6] + number[8..17];
            string spaced = first15[..split] + "  " + first15[split..];
            IdNumberResult result = IdNumber.Validate(spaced, new IdNumberOptions { AllowFirstGeneration = true, RegionCheck = RegionCheck.None });
            bool betweenFields = split is 6 or 8 or 10 or 12; // address | yy | mm | dd | sequence
            return betweenFields
                ? result.Error != IdNumberError.MisplacedSpace && result.Normalized == first15
                : result.Error == IdNumberError.MisplacedSpace && result.ErrorPosition == split;
        });

    [Property(MaxTest = 300)]
    public Property Upgrade_round_trips() =>
        Prop.ForAll(IdNumberGenerators.ValidArbitrary, number =>
        {
            // Any 20th-century number with its century and check character removed upgrades back to itself.
            string first15 = number[..6] + number[8..17];
            bool is19 = number[6..8] == "19";
            bool upgraded = IdNumber.TryUpgradeFirstGeneration(first15, out string? result);
            return !is19 || (upgraded && result == number);
        });

    /// <summary>Valid numbers with one character replaced by something people paste: other digits, spaces, junk, surrogates.</summary>
    private static Gen<string> NearMiss =>
        from number in IdNumberGenerators.Valid
        from position in Gen.Choose(0, 18)
        from junk in Gen.Elements('\u0661', '\u200B', '\uD800', '\uDC00', 'O', 'x', '\uFF11', ' ', '\u3000', '\n', '\0', '\u202E', '-')
        select number[..position] + junk + number[position..];
}
