using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class PersonNameProperties
{
    private static readonly PersonNameOptions Permissive = new() { AllowLatin = true, AllowPrivateUse = true };

    /// <summary>Characters people type into a name field, and the ones that break systems.</summary>
    private static readonly string[] Pieces =
    [
        "张", "三", "阿", "沛", "堃", "喆", "䶮", "𠮷", "𫖮", "⼈", "\uF92C", "\uFA11", "\uE863", "\U00030000", "\U0002F800",
        "·", "•", "・", "･", "‧", "∙", "⋅", "．", ".", "·",
        " ", "\u3000", "\u00A0", "\t", "\n", "\0", "\u200B", "\u200D", "\uFEFF", "\u202E", "\u2066",
        "\uD800", "\uDC00", "\uD83D", "😀", "3", "３", "٣", "-", "'", "＇", "－", "A", "z", "Ｊ", "é", "Ж", "ア", "⺁", "\u0378",
        "\u2E31", "\U000E0100", "\uFE00", "e", "ｅ", "\u0301", "\u0302", "\u0323", "ẹ", "ʒ", "\u030C",
    ];

    private static Gen<string> Names =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 3000)]
    public bool Validate_never_throws_on_arbitrary_strings(string? input)
    {
        PersonNameResult result = PersonName.Validate(input);
        PersonNameResult permissive = PersonName.Validate(input, Permissive);
        return (result.IsValid == (result.Error == PersonNameError.None)) && (permissive.IsValid == (permissive.Error == PersonNameError.None));
    }

    [Property(MaxTest = 3000)]
    public Property Validate_never_throws_on_hostile_names() =>
        Prop.ForAll(Names.ToArbitrary(), input =>
        {
            PersonNameResult result = PersonName.Validate(input, Permissive);
            return result.IsValid || result.Error != PersonNameError.None;
        });

    [Property(MaxTest = 3000)]
    public Property Normalized_is_a_fixed_point() =>
        Prop.ForAll(Names.ToArbitrary(), input =>
        {
            PersonNameResult first = PersonName.Validate(input, Permissive);
            if (!first.IsValid)
            {
                return true;
            }

            PersonNameResult again = PersonName.Validate(first.Normalized, Permissive);
            return again.IsValid
                && again.Normalized == first.Normalized
                && again.Changes == PersonNameChanges.None
                && again.CharacterCount == first.CharacterCount
                && again.RareCharacters.Count == first.RareCharacters.Count;
        });

    [Property(MaxTest = 1000)]
    public bool Normalized_is_a_fixed_point_for_arbitrary_strings(string? input)
    {
        PersonNameResult first = PersonName.Validate(input, Permissive);
        return !first.IsValid || PersonName.Validate(first.Normalized, Permissive) is { IsValid: true, Changes: PersonNameChanges.None } again
            && again.Normalized == first.Normalized;
    }

    [Property(MaxTest = 3000)]
    public Property A_valid_name_compares_equal_to_its_canonical_form_and_says_why() =>
        Prop.ForAll(Names.ToArbitrary(), input =>
        {
            // Whatever Validate folded (spaces, dots, selectors, full width, decomposed letters), Compare explains.
            PersonNameResult result = PersonName.Validate(input, Permissive);
            if (!result.IsValid)
            {
                return true;
            }

            PersonNameComparison comparison = PersonName.Compare(input, result.Normalized);
            return comparison.Match == PersonNameMatch.Same
                ? ReferenceEquals(input, result.Normalized) || input == result.Normalized
                : comparison.Match == PersonNameMatch.SameAfterNormalization && comparison.Details.Count > 0;
        });

    [Property(MaxTest = 3000)]
    public Property A_near_match_always_names_a_difference() =>
        Prop.ForAll(Names.ToArbitrary(), Names.ToArbitrary(), (a, b) =>
        {
            PersonNameComparison comparison = PersonName.Compare(a, b);
            return comparison.Match is not (PersonNameMatch.SameAfterNormalization or PersonNameMatch.DiffersByVariant)
                || (comparison.Details.Count > 0 && comparison.Details.All(d => d.IndexInFirst >= 0 || d.IndexInSecond >= 0));
        });

    [Property(MaxTest = 2000)]
    public Property Compare_is_symmetric() =>
        Prop.ForAll(Names.ToArbitrary(), Names.ToArbitrary(), (a, b) =>
        {
            PersonNameComparison ab = PersonName.Compare(a, b);
            PersonNameComparison ba = PersonName.Compare(b, a);
            return ab.Match == ba.Match
                && ab.Differences == ba.Differences
                && ab.Details.Select(d => (d.Kind, d.IndexInFirst, d.IndexInSecond))
                    .SequenceEqual(ba.Details.Select(d => (d.Kind, d.IndexInSecond, d.IndexInFirst)));
        });

    [Property(MaxTest = 1000)]
    public bool Compare_is_symmetric_and_reflexive_on_arbitrary_strings(string? a, string? b) =>
        PersonName.Compare(a, b).Match == PersonName.Compare(b, a).Match
        && PersonName.Compare(a, a).Match == PersonNameMatch.Same;

    [Property(MaxTest = 1000)]
    public Property A_name_and_its_normalized_form_compare_as_the_same() =>
        Prop.ForAll(Names.ToArbitrary(), input =>
        {
            PersonNameResult result = PersonName.Validate(input, Permissive);
            return !result.IsValid
                || PersonName.Compare(input, result.Normalized).Match is PersonNameMatch.Same or PersonNameMatch.SameAfterNormalization;
        });
}
