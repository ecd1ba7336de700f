using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>Exact results of the certificate rule: length bounds, layout edges, canonical strings, when a type is suggested.</summary>
public class CertificateNumberEdgeTests
{
    private static readonly CertificateNumberOptions Options =
        new() { IdNumber = new IdNumberOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero)) } };

    [Theory]
    [InlineData("H12345678", CertificateType.HongKongMacaoTravelPermit)]
    [InlineData("M1234567890", CertificateType.HongKongMacaoTravelPermit)]
    [InlineData("ABC123456789012", CertificateType.ForeignPermanentResidentId)]
    [InlineData("G12345678", CertificateType.Passport)]
    public void A_valid_number_of_the_chosen_type_is_not_sent_elsewhere_because_another_layout_fits(string number, CertificateType other)
    {
        // Each of these is also a generic passport; as a passport it is valid, not a TypeMismatch.
        CertificateNumberResult asPassport = CertificateNumber.Validate(CertificateType.Passport, number, Options);
        Assert.True(asPassport.IsValid);
        Assert.Null(asPassport.SuggestedType);
        Assert.Same(number, asPassport.Normalized);
        Assert.False(asPassport.WasNormalized);
        Assert.Equal(-1, asPassport.ErrorPosition);

        CertificateNumberResult asItself = CertificateNumber.Validate(other, number, Options);
        Assert.True(asItself.IsValid);
        Assert.Null(asItself.SuggestedType);
    }

    [Fact]
    public void A_type_is_suggested_for_input_of_exactly_40_characters()
    {
        string forty = new string(' ', 11) + "11010519491231002X" + new string(' ', 11);
        Assert.Equal(40, forty.Length);
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.TaiwanTravelPermit, forty, Options);
        Assert.Equal(CertificateNumberError.TypeMismatch, result.Error);
        Assert.Equal(CertificateType.ResidentIdCard, result.SuggestedType);
        Assert.Equal("11010519491231002X", result.Normalized);
        Assert.True(result.WasNormalized);
        Assert.Equal(-1, result.ErrorPosition);

        CertificateNumberResult fortyOne = CertificateNumber.Validate(CertificateType.TaiwanTravelPermit, forty + " ", Options);
        Assert.Equal(CertificateNumberError.InvalidFormat, fortyOne.Error);
        Assert.Null(fortyOne.SuggestedType);
        Assert.Null(fortyOne.Normalized);
    }

    [Theory]
    [InlineData(CertificateType.Passport, "E12345678")]
    [InlineData(CertificateType.HongKongMacaoTravelPermit, "H12345678")]
    [InlineData(CertificateType.TaiwanTravelPermit, "12345678")]
    [InlineData(CertificateType.ForeignPermanentResidentId, "ABC123456789012")]
    public void Layouts_are_read_up_to_40_characters(CertificateType type, string number)
    {
        int pad = 40 - number.Length;
        string forty = new string(' ', pad / 2) + number + new string('\u3000', pad - (pad / 2));
        CertificateNumberResult result = CertificateNumber.Validate(type, forty, Options);
        Assert.True(result.IsValid);
        Assert.Equal(number, result.Normalized);
        Assert.True(result.WasNormalized);

        CertificateNumberResult refused = CertificateNumber.Validate(type, forty + " ", Options);
        Assert.Equal(CertificateNumberError.InvalidFormat, refused.Error);
        Assert.Null(refused.Normalized);
    }

    [Fact]
    public void Other_is_read_up_to_its_bound_in_units()
    {
        // Default OtherMaxLength 50: 50 · 2 + 64 = 164 units are read.
        string value = "其他证件123";
        string padded = new string(' ', 164 - value.Length - 1) + value + " ";
        Assert.Equal(164, padded.Length);
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.Other, padded, Options);
        Assert.True(result.IsValid);
        Assert.Equal(value, result.Normalized);
        Assert.True(result.WasNormalized);

        CertificateNumberResult refused = CertificateNumber.Validate(CertificateType.Other, padded + " ", Options);
        Assert.Equal(CertificateNumberError.TooLong, refused.Error);
        Assert.Null(refused.Normalized);
        Assert.Equal(-1, refused.ErrorPosition);

        CertificateNumberResult same = CertificateNumber.Validate(CertificateType.Other, value, Options);
        Assert.Same(value, same.Normalized);
        Assert.False(same.WasNormalized);
    }

    [Theory]
    [InlineData("ea1234567", "EA1234567")]
    [InlineData("ｅ１2345678", "E12345678")]
    [InlineData("e 12345678", "E12345678")]
    [InlineData("ｅａ１２３４５６７", "EA1234567")]
    public void Every_fold_counts_as_a_change_however_many_there_are(string input, string normalized)
    {
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.Passport, input, Options);
        Assert.True(result.IsValid);
        Assert.Equal(normalized, result.Normalized);
        Assert.True(result.WasNormalized);
    }

    [Fact]
    public void Canonical_layout_input_is_the_same_string()
    {
        foreach ((CertificateType type, string number) in new[]
        {
            (CertificateType.Passport, "E12345678"),
            (CertificateType.HongKongMacaoTravelPermit, "M12345678"),
            (CertificateType.TaiwanTravelPermit, "12345678"),
            (CertificateType.ForeignPermanentResidentId, "ABC123456789012"),
        })
        {
            CertificateNumberResult result = CertificateNumber.Validate(type, number, Options);
            Assert.Same(number, result.Normalized);
            Assert.False(result.WasNormalized);
        }
    }

    [Theory]
    [InlineData("A123456789", true)]
    [InlineData("123456789Z", true)]
    [InlineData("1234567890", false)]
    [InlineData("12345678", true)]
    [InlineData("1234567A", false)]
    [InlineData("123456789", false)]
    public void Taiwan_permits_are_8_digits_or_10_characters_with_a_letter_anywhere(string number, bool valid)
    {
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.TaiwanTravelPermit, number, Options);
        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? CertificateNumberError.None : CertificateNumberError.InvalidFormat, result.Error);
    }

    [Theory]
    [InlineData("AB123", true)]
    [InlineData("A1234", true)]
    [InlineData("ABCDEFGH123456789", true)] // 17
    [InlineData("AB12", false)]
    [InlineData("ABCDEFGH1234567890", false)] // 18
    public void Generic_passports_have_5_to_17_characters(string number, bool valid)
    {
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.Passport, number, Options);
        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? CertificateNumberError.None : CertificateNumberError.InvalidFormat, result.Error);
    }

    [Theory]
    [InlineData("E12345678", true)]
    [InlineData("G12345678", true)]
    [InlineData("EA1234567", true)]
    [InlineData("EZ1234567", true)]
    [InlineData("EH1234567", true)]
    [InlineData("EI1234567", false)]
    [InlineData("EO1234567", false)]
    [InlineData("E-1234567", false)]
    [InlineData("E@1234567", false)]
    [InlineData("E[1234567", false)]
    [InlineData("GA1234567", false)]
    [InlineData("EA123", false)]
    [InlineData("EA12345678", false)]
    [InlineData("EA12345", false)]
    [InlineData("EAB234567", false)]
    [InlineData("E1234567", false)]
    [InlineData("H12345678", false)]
    public void Chinese_passport_layouts_exactly(string number, bool chinese) =>
        Assert.Equal(chinese, CertificateNumber.IsChinesePassportLayout(number));

    [Fact]
    public void A_Chinese_passport_typed_as_another_type_is_suggested_as_a_passport()
    {
        CertificateNumberResult result = CertificateNumber.Validate(CertificateType.ResidentIdCard, "ez1234567", Options);
        Assert.Equal(CertificateNumberError.TypeMismatch, result.Error);
        Assert.Equal(CertificateType.Passport, result.SuggestedType);
        Assert.Equal("EZ1234567", result.Normalized);
        Assert.True(result.WasNormalized);
        Assert.Equal(-1, result.ErrorPosition);

        // A generic passport shape is never suggested.
        CertificateNumberResult generic = CertificateNumber.Validate(CertificateType.ResidentIdCard, "EI1234567", Options);
        Assert.Equal(CertificateNumberError.IdNumberRejected, generic.Error);
        Assert.Null(generic.SuggestedType);
    }

    [Fact]
    public void Null_input_is_Empty_with_no_position()
    {
        foreach (CertificateType type in CertificateTypes.All)
        {
            CertificateNumberResult result = CertificateNumber.Validate(type, null, Options);
            Assert.Equal(CertificateNumberError.Empty, result.Error);
            Assert.Equal(-1, result.ErrorPosition);
            Assert.Equal(type, result.Type);
            Assert.Null(result.IdNumber);
        }
    }
}
