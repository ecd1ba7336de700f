using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class PersonNameProperties
{
    private static readonly PersonNameOptions Permissive = PersonNameGenerators.Permissive;

    private static Arbitrary<GeneratedName> Names => PersonNameGenerators.Names.ToArbitrary();

    private static Arbitrary<(GeneratedName First, GeneratedName Second)> Pairs => PersonNameGenerators.Pairs.ToArbitrary();

    /// <summary>
    /// The generator builds valid names and changes some of them: most of what it produces must stay valid, or the
    /// properties below would test little beyond the rejection paths. Over a fixed sample, so the figure is stable.
    /// </summary>
    [Fact]
    public void Most_generated_names_are_valid_and_every_shape_and_change_occurs()
    {
        GeneratedName[] sample = PersonNameGenerators.Names.Sample(2000, new Rnd(20261206), 50);
        PersonNameResult[] results = sample.Select(n => PersonName.Validate(n.Text, Permissive)).ToArray();
        double valid = results.Count(r => r.IsValid) / (double)results.Length;
        Assert.InRange(valid, 0.5, 0.95);

        // Unchanged names are all valid: the builder makes only valid names.
        Assert.All(sample.Zip(results).Where(p => p.First.Mutation == "none"), p => Assert.True(p.Second.IsValid, p.First.ToString()));

        string[] shapes = ["common", "minority", "rare", "latin"];
        Assert.Empty(shapes.Except(sample.Select(n => n.Shape)));
        string[] mutations =
        [
            "none", "dot variant", "dot anywhere", "padding", "control", "lone surrogate", "Kangxi radical", "compatibility ideograph",
            "one character", "variation selector", "digit or symbol", "Latin letter", "hostile piece", "full width", "inner space", "combining mark",
        ];
        Assert.Empty(mutations.Except(sample.Select(n => n.Mutation)));

        // The changes reach each verdict: valid names with every kind of fold, and every error but Empty, TooLong and
        // RareCharacter (an error only by option).
        PersonNameChanges folds = results.Where(r => r.IsValid).Aggregate(PersonNameChanges.None, (all, r) => all | r.Changes);
        Assert.Equal(Enum.GetValues<PersonNameChanges>().Aggregate((a, b) => a | b), folds);

        // Under the default options as well: private-use codes and Latin names are errors there.
        PersonNameError[] errors = results.Select(r => r.Error)
            .Concat(sample.Select(n => PersonName.Validate(n.Text).Error))
            .Distinct()
            .ToArray();
        Assert.Empty(Enum.GetValues<PersonNameError>().Except([PersonNameError.Empty, PersonNameError.TooLong, PersonNameError.RareCharacter]).Except(errors));
    }

    [Property(MaxTest = 1000)]
    public Property Generated_names_are_mostly_valid_and_never_throw() =>
        Prop.ForAll(Names, name =>
        {
            PersonNameResult result = PersonName.Validate(name.Text, Permissive);
            PersonNameResult chineseOnly = PersonName.Validate(name.Text);
            // A valid Chinese name is valid under the default options too, unless it needs a private-use code.
            bool agrees = !result.IsValid || result.Script == PersonNameScript.Latin || result.RarestTier == HanziTier.PrivateUse
                || (chineseOnly.IsValid && chineseOnly.Normalized == result.Normalized);
            return (result.IsValid == (result.Error == PersonNameError.None) && agrees)
                .Classify(result.IsValid, "valid")
                .Classify(!result.IsValid, "invalid")
                .Collect(name.Shape);
        });

    [Property(MaxTest = 3000)]
    public bool Validate_never_throws_on_arbitrary_strings(string? input)
    {
        PersonNameResult result = PersonName.Validate(input);
        PersonNameResult permissive = PersonName.Validate(input, Permissive);
        return (result.IsValid == (result.Error == PersonNameError.None)) && (permissive.IsValid == (permissive.Error == PersonNameError.None));
    }

    [Property(MaxTest = 3000)]
    public Property Validate_never_throws_on_hostile_names() =>
        Prop.ForAll(Names, name =>
        {
            PersonNameResult result = PersonName.Validate(name.Text, Permissive);
            return (result.IsValid || result.Error != PersonNameError.None).Collect(name.Mutation);
        });

    [Property(MaxTest = 3000)]
    public Property Normalized_is_a_fixed_point() =>
        Prop.ForAll(Names, name =>
        {
            PersonNameResult first = PersonName.Validate(name.Text, Permissive);
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
        Prop.ForAll(Names, name =>
        {
            string input = name.Text;

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
        Prop.ForAll(Pairs, pair =>
        {
            PersonNameComparison comparison = PersonName.Compare(pair.First.Text, pair.Second.Text);
            return comparison.Match is not (PersonNameMatch.SameAfterNormalization or PersonNameMatch.DiffersByVariant)
                || (comparison.Details.Count > 0 && comparison.Details.All(d => d.IndexInFirst >= 0 || d.IndexInSecond >= 0));
        });

    [Property(MaxTest = 2000)]
    public Property Compare_is_symmetric() =>
        Prop.ForAll(Pairs, pair =>
        {
            (string a, string b) = (pair.First.Text, pair.Second.Text);
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
        Prop.ForAll(Names, name =>
        {
            string input = name.Text;
            PersonNameResult result = PersonName.Validate(input, Permissive);
            return !result.IsValid
                || PersonName.Compare(input, result.Normalized).Match is PersonNameMatch.Same or PersonNameMatch.SameAfterNormalization;
        });
}
