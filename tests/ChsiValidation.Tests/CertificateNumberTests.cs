using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class CertificateNumberTests
{
    [Theory]
    [InlineData(CertificateType.ResidentIdCard, "11010519491231002X", "11010519491231002X")]
    [InlineData(CertificateType.ResidentIdCard, "11010519491231002x", "11010519491231002X")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "H12345678", "H12345678")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "m1234567801", "M1234567801")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "Ｈ１２３４５６７８", "H12345678")]
    [InlineData(CertificateType.TaiwanTravelPermit, "12345678", "12345678")]
    [InlineData(CertificateType.TaiwanTravelPermit, "1234567B01", "1234567B01")]
    [InlineData(CertificateType.Passport, "E12345678", "E12345678")]
    [InlineData(CertificateType.Passport, "EA1234567", "EA1234567")]
    [InlineData(CertificateType.Passport, "g 1234 5678", "G12345678")]
    [InlineData(CertificateType.Passport, "X1234567", "X1234567")]
    [InlineData(CertificateType.ForeignPermanentResidentId, "USA123456789012", "USA123456789012")]
    [InlineData(CertificateType.Other, "  A-123/45 ", "A-123/45")]
    [InlineData(CertificateType.Other, "110105194912310021", "110105194912310021")]
    public void Valid_numbers_by_type(CertificateType type, string input, string normalized)
    {
        CertificateNumberResult result = CertificateNumber.Validate(type, input);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(type, result.Type);
        Assert.Equal(input != normalized, result.WasNormalized);
    }

    [Fact]
    public void The_2023_foreign_card_is_checked_by_the_ID_rules()
    {
        string number = IdNumberTests.Make("911156", "19900101", "456");
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.ForeignPermanentResidentId, number);
        Assert.True(result.IsValid, result.Error.ToString());
        Assert.Equal(IdNumberKind.ForeignPermanentResidentId, result.IdNumber?.Kind);

        string broken = number[..17] + (number[17] == '0' ? '1' : '0');
        CertificateNumberResult bad = CertificateNumber.Validate(CertificateType.ForeignPermanentResidentId, broken);
        Assert.Equal(CertificateNumberError.IdNumberRejected, bad.Error);
        Assert.Equal(IdNumberError.ChecksumMismatch, bad.IdNumber?.Error);
    }

    [Fact]
    public void An_ID_that_fails_the_check_fails_as_resident_ID_and_passes_as_Other()
    {
        CertificateNumberResult asId = CertificateNumber.Validate(CertificateType.ResidentIdCard, "110105194912310021");
        Assert.Equal(CertificateNumberError.IdNumberRejected, asId.Error);
        Assert.Equal(IdNumberError.ChecksumMismatch, asId.IdNumber?.Error);
        Assert.Equal('X', asId.IdNumber?.ExpectedCheckCharacter);
        Assert.True(CertificateNumber.Validate(CertificateType.Other, "110105194912310021").IsValid);
    }

    [Theory]
    [InlineData(CertificateType.ResidentIdCard, "810000199001010011", CertificateType.ResidencePermit)]
    [InlineData(CertificateType.ResidencePermit, "11010519491231002X", CertificateType.ResidentIdCard)]
    public void A_valid_number_of_another_type_is_a_TypeMismatch(CertificateType chosen, string first17AndAny, CertificateType suggested)
    {
        string number = first17AndAny[..17] + IdNumber.ComputeCheckCharacter(first17AndAny.AsSpan(0, 17));
        CertificateNumberResult result = CertificateNumber.Validate(chosen, number);
        Assert.Equal(CertificateNumberError.TypeMismatch, result.Error);
        Assert.Equal(suggested, result.SuggestedType);
    }

    [Theory]
    [InlineData(CertificateType.TaiwanTravelPermit, "830000199001010012", CertificateType.ResidencePermit)] // 台胞证 vs 台湾居民居住证
    [InlineData(CertificateType.Passport, "11010519491231002X", CertificateType.ResidentIdCard)] // 18 characters: no passport
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "110105 19491231 002X", CertificateType.ResidentIdCard)]
    [InlineData(CertificateType.ResidentIdCard, "USA123456789012", CertificateType.ForeignPermanentResidentId)] // the older card
    [InlineData(CertificateType.ResidentIdCard, "h12345678", CertificateType.HongKongMacaoTravelPermit)]
    [InlineData(CertificateType.ResidencePermit, "E12345678", CertificateType.Passport)] // a Chinese passport
    [InlineData(CertificateType.TaiwanTravelPermit, "M1234567890", CertificateType.HongKongMacaoTravelPermit)]
    public void A_number_another_type_accepts_beyond_doubt_is_a_TypeMismatch(CertificateType chosen, string number, CertificateType suggested)
    {
        CertificateNumberResult result = CertificateNumber.Validate(chosen, number);
        Assert.Equal((CertificateNumberError.TypeMismatch, suggested, -1), (result.Error, result.SuggestedType, result.ErrorPosition));
        CertificateNumberResult asSuggested = CertificateNumber.Validate(suggested, number);
        Assert.True(asSuggested.IsValid);
        Assert.Equal((asSuggested.Normalized, asSuggested.WasNormalized), (result.Normalized, result.WasNormalized)); // the canonical number, for that type
    }

    [Theory]
    [InlineData(CertificateType.ResidentIdCard, "12345678")] // a 台胞证 layout, but more likely a cut-off ID number
    [InlineData(CertificateType.ResidentIdCard, "AB12345")] // a generic passport layout
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "12345678")]
    [InlineData(CertificateType.Other, "\u0007E12345678")] // 其他 is chosen on purpose: no suggestion
    public void Shapes_a_typo_also_makes_are_never_suggested(CertificateType chosen, string number)
    {
        CertificateNumberResult result = CertificateNumber.Validate(chosen, number);
        Assert.False(result.IsValid);
        Assert.NotEqual(CertificateNumberError.TypeMismatch, result.Error);
        Assert.Null(result.SuggestedType);
    }

    [Theory]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "X12345678")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "H1234567")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "H123456789")]
    [InlineData(CertificateType.TaiwanTravelPermit, "1234567")]
    [InlineData(CertificateType.TaiwanTravelPermit, "1234567890")]
    [InlineData(CertificateType.Passport, "E123")]
    [InlineData(CertificateType.Passport, "E1234567890123456789")]
    [InlineData(CertificateType.ForeignPermanentResidentId, "US1234567890123")]
    [InlineData(CertificateType.ForeignPermanentResidentId, "123456789012345")]
    public void Wrong_layouts_are_InvalidFormat(CertificateType type, string input) =>
        Assert.Equal(CertificateNumberError.InvalidFormat, CertificateNumber.Validate(type, input).Error);

    [Theory]
    [InlineData(CertificateType.Passport, "E1234-5678", 5)]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "H1234567\u200B8", 8)]
    [InlineData(CertificateType.TaiwanTravelPermit, "1234\u06615678", 4)]
    [InlineData(CertificateType.Other, "abc\u0007", 3)]
    [InlineData(CertificateType.Other, " ab\u202Ec", 3)]
    [InlineData(CertificateType.Passport, "\u017F1234567", 0)] // ſ, long s: upper-cases to S, still not an ASCII letter
    [InlineData(CertificateType.Passport, "E\u01311234567", 1)] // ı, dotless i
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "H1234567\u212A", 8)] // K, Kelvin sign
    public void Bad_characters_are_reported_with_their_position(CertificateType type, string input, int position)
    {
        CertificateNumberResult result = CertificateNumber.Validate(type, input);
        Assert.Equal(CertificateNumberError.InvalidCharacter, result.Error);
        Assert.Equal(position, result.ErrorPosition);
    }

    [Fact]
    public void Lone_surrogates_are_InvalidCharacter()
    {
        // Not an [InlineData]: xunit's case serialisation would turn a lone surrogate into U+FFFD.
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.Other, "ab\uD800");
        Assert.Equal(CertificateNumberError.InvalidCharacter, result.Error);
        Assert.Equal(2, result.ErrorPosition);
        Assert.Equal(CertificateNumberError.InvalidCharacter, CertificateNumber.Validate(CertificateType.Passport, "E1234\uDC005678").Error);
    }

    [Fact]
    public void Other_is_bounded_in_characters_not_UTF16_units()
    {
        Assert.True(CertificateNumber.Validate(CertificateType.Other, string.Concat(Enumerable.Repeat("𠮷", 50))).IsValid);
        Assert.Equal(CertificateNumberError.TooLong, CertificateNumber.Validate(CertificateType.Other, new string('a', 51)).Error);
        Assert.Equal(CertificateNumberError.TooLong, CertificateNumber.Validate(CertificateType.Other, new string('a', 1 << 20)).Error);
        Assert.True(CertificateNumber.Validate(CertificateType.Other, new string('a', 80), new CertificateNumberOptions { OtherMaxLength = 80 }).IsValid);
    }

    [Fact]
    public void OtherMaxLength_out_of_range_is_a_programmer_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateNumberOptions { OtherMaxLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateNumberOptions { OtherMaxLength = int.MaxValue });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void Empty_for_every_type(string? input)
    {
        foreach (CertificateType type in CertificateTypes.All)
        {
            Assert.Equal(CertificateNumberError.Empty, CertificateNumber.Validate(type, input).Error);
        }
    }

    [Fact]
    public void Unknown_type_is_reported() =>
        Assert.Equal(CertificateNumberError.UnknownType, CertificateNumber.Validate((CertificateType)99, "123").Error);

    [Fact]
    public void Latin_names_only_for_foreign_passport_and_other() =>
        Assert.Equal(
            [CertificateType.ForeignPermanentResidentId, CertificateType.Passport, CertificateType.Other],
            CertificateTypes.All.Where(t => t.AllowsLatinName()));

    [Fact]
    public void Chinese_passport_layouts()
    {
        Assert.True(CertificateNumber.IsChinesePassportLayout("E12345678"));
        Assert.True(CertificateNumber.IsChinesePassportLayout("G12345678"));
        Assert.True(CertificateNumber.IsChinesePassportLayout("EH1234567"));
        Assert.False(CertificateNumber.IsChinesePassportLayout("EI1234567"));
        Assert.False(CertificateNumber.IsChinesePassportLayout("EO1234567"));
        Assert.False(CertificateNumber.IsChinesePassportLayout("D12345678"));
    }

    [Property(MaxTest = 500)]
    public Property Never_throws_for_any_type_and_input() =>
        Prop.ForAll(Gen.Elements(CertificateTypes.All.ToArray()).ToArbitrary(), ArbMap.Default.ArbFor<string>(), (type, input) =>
        {
            CertificateNumberResult result = CertificateNumber.Validate(type, input);
            return result.IsValid == (result.Error == CertificateNumberError.None);
        });
}
