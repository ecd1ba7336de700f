using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

/// <summary>
/// <c>IsValidAsTyped</c> of each rule against its <c>Validate</c>, on the same generated inputs as the promises above
/// (valid values, their near misses, padded and full-width forms, arbitrary strings): true exactly when the rule accepts
/// the input with nothing changed (its canonical form is the input itself) and, for a name, no rare character to report.
/// </summary>
public partial class ResultInvariantProperties
{
    private static Property AsTyped(string input, bool expected, bool actual) =>
        (expected == actual).Label($"\"{GeneratedName.Escape(input)}\": Validate says {expected}, IsValidAsTyped {actual}").Classify(expected, "valid as typed");

    private static Property IdNumberAsTyped(string input, IdNumberOptions options)
    {
        IdNumberResult result = IdNumber.Validate(input, options);
        return AsTyped(input, result.IsValid && result.Normalized == input, IdNumber.IsValidAsTyped(input, options));
    }

    [Property(MaxTest = 1500)]
    public Property IdNumber_IsValidAsTyped_agrees_with_Validate() =>
        Prop.ForAll(IdNumbers.ToArbitrary(), Gen.Elements(IdOptionSets).ToArbitrary(), IdNumberAsTyped);

    private static Property PersonNameAsTyped(string? input, PersonNameOptions options)
    {
        input ??= string.Empty;
        PersonNameResult result = PersonName.Validate(input, options);
        bool expected = result.IsValid && result.Normalized == input && !result.HasRareCharacters;
        return AsTyped(input, expected, PersonName.IsValidAsTyped(input, options)).Collect(result.Script);
    }

    [Property(MaxTest = 1500)]
    public Property PersonName_IsValidAsTyped_agrees_with_Validate() =>
        Prop.ForAll(Names.ToArbitrary(), Gen.Elements(NameOptionSets).ToArbitrary(), PersonNameAsTyped);

    private static Property MobileAsTyped(string? input, int optionSet)
    {
        input ??= string.Empty;
        MobileNumberOptions options = MobileOptionSets[optionSet];
        MobileNumberResult result = MobileNumber.Validate(input, options);
        return AsTyped(input, result.IsValid && result.Normalized == input, MobileNumber.IsValidAsTyped(input, options));
    }

    [Property(MaxTest = 1500)]
    public Property MobileNumber_IsValidAsTyped_agrees_with_Validate() =>
        Prop.ForAll(MobileNumbers.ToArbitrary(), Gen.Choose(0, MobileOptionSets.Length - 1).ToArbitrary(), MobileAsTyped);

    private static Property EmailAsTyped(string? input, EmailOptions options)
    {
        input ??= string.Empty;
        EmailResult result = Email.Validate(input, options);
        return AsTyped(input, result.IsValid && result.Normalized == input, Email.IsValidAsTyped(input, options));
    }

    [Property(MaxTest = 1500)]
    public Property Email_IsValidAsTyped_agrees_with_Validate() =>
        Prop.ForAll(Emails.ToArbitrary(), Gen.Elements(EmailOptionSets).ToArbitrary(), EmailAsTyped);

    private static Property CertificateAsTyped(CertificateType type, string? input)
    {
        input ??= string.Empty;
        CertificateNumberResult result = CertificateNumber.Validate(type, input);
        return AsTyped(input, result.IsValid && result.Normalized == input, CertificateNumber.IsValidAsTyped(type, input)).Collect(type);
    }

    [Property(MaxTest = 1500)]
    public Property CertificateNumber_IsValidAsTyped_agrees_with_Validate() =>
        Prop.ForAll(CertificateTypesWithUnknown.ToArbitrary(), CertificateInputs.ToArbitrary(), CertificateAsTyped);

    // ID numbers of every kind (resident, permits 81/82/83, the 2023 foreign card) under every type: the type must own the number.
    [Property(MaxTest = 1000)]
    public Property CertificateNumber_IsValidAsTyped_agrees_with_Validate_on_ID_numbers() =>
        Prop.ForAll(CertificateTypesWithUnknown.ToArbitrary(), IdNumbers.ToArbitrary(), CertificateAsTyped);

    [Property(MaxTest = 300)]
    public Property IsValidAsTyped_agrees_with_Validate_on_arbitrary_strings() =>
        Prop.ForAll(AnyString.ToArbitrary(), s =>
            IdNumberAsTyped(s ?? string.Empty, IdOptionSets[0])
                .And(PersonNameAsTyped(s, NameOptionSets[1]))
                .And(MobileAsTyped(s, 0))
                .And(EmailAsTyped(s, EmailOptionSets[1]))
                .And(CertificateAsTyped(CertificateType.ResidentIdCard, s))
                .And(CertificateAsTyped(CertificateType.Other, s)));

    [Fact]
    public void IsValidAsTyped_allocates_nothing()
    {
        // Each check once first: the allocation counter must not see one-time table set-up.
        string[] ids = ["11010519491231002X", "11010519491231002x", "110105194912310021"]; // a first-generation number builds its upgrade
        string[] names = ["张三", "欧阳娜娜", "阿沛·阿旺晋美", " 张三", "张"];
        string[] mobiles = ["13800138000", "138 0013 8000", "12345678901"];
        string[] emails = ["user@example.com", "User.Name+tag@Example.COM", "user@@example.com"];
        void All()
        {
            foreach (string id in ids)
            {
                IdNumber.IsValidAsTyped(id, IdOptionSets[2]);
                CertificateNumber.IsValidAsTyped(CertificateType.ResidentIdCard, id);
            }

            foreach (string name in names)
            {
                PersonName.IsValidAsTyped(name);
            }

            foreach (string mobile in mobiles)
            {
                MobileNumber.IsValidAsTyped(mobile);
            }

            foreach (string email in emails)
            {
                Email.IsValidAsTyped(email);
            }

            CertificateNumber.IsValidAsTyped(CertificateType.Passport, "E12345678");
            CertificateNumber.IsValidAsTyped(CertificateType.Other, "A-1");
        }

        All();
        long before = GC.GetAllocatedBytesForCurrentThread();
        All();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", false)] // valid, but the canonical form has an upper-case X
    [InlineData("110105194912310021", false)] // wrong check character
    [InlineData("８１００００１９９００１０１００１８", false)] // full-width
    public void An_ID_number_is_valid_as_typed_only_in_its_canonical_form(string input, bool expected) =>
        Assert.Equal(expected, IdNumber.IsValidAsTyped(input));

    [Theory]
    [InlineData("11010519491231002")] // resident ID card
    [InlineData("81000019900101001")] // Hong Kong residents' residence permit
    [InlineData("83000019900101001")] // Taiwan residents' residence permit
    [InlineData("91144019900101001")] // 2023 foreign permanent resident ID
    public void A_certificate_number_is_valid_as_typed_only_under_the_type_that_owns_it(string first17)
    {
        string number = first17 + IdNumber.ComputeCheckCharacter(first17);
        foreach (CertificateType type in Enum.GetValues<CertificateType>())
        {
            CertificateNumberResult result = CertificateNumber.Validate(type, number);
            Assert.Equal(result.IsValid && result.Normalized == number, CertificateNumber.IsValidAsTyped(type, number));
        }

        Assert.Single(Enum.GetValues<CertificateType>(), t => t != CertificateType.Other && CertificateNumber.IsValidAsTyped(t, number));
    }

    [Fact]
    public void A_name_with_a_rare_character_or_spaces_is_not_valid_as_typed()
    {
        Assert.True(PersonName.IsValidAsTyped("张三"));
        Assert.False(PersonName.IsValidAsTyped("张 三 "));
        Assert.False(PersonName.IsValidAsTyped("张𠮷"), "a character rarer than the accepted tier is reported, so it is not as typed");
        Assert.True(PersonName.Validate("张𠮷") is { IsValid: true, HasRareCharacters: true });
    }
}
