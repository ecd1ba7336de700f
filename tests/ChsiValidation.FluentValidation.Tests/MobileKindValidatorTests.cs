using FluentValidation;
using FluentValidation.Results;

namespace ChsiValidation.FluentValidation.Tests;

/// <summary>ChsiMobileNumber(options): refused kinds and added prefixes reach the FluentValidation rule.</summary>
[Collection("Language")]
public class MobileKindValidatorTests
{
    public sealed class Form
    {
        public string? Mobile { get; set; }
    }

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator(MobileNumberOptions? options) => RuleFor(x => x.Mobile).ChsiMobileNumber(options).WithName("手机号");
    }

    private static ValidationResult Check(string mobile, MobileNumberOptions? options = null) =>
        new FormValidator(options).Validate(new Form { Mobile = mobile });

    [Fact]
    public void Satellite_numbers_pass_by_default_and_fail_with_their_kind_when_refused()
    {
        Assert.True(Check("17491234567").IsValid);

        ValidationFailure failure = Assert.Single(Check("17491234567", new MobileNumberOptions { AcceptedKinds = MobileNumberKind.PublicMobile }).Errors);
        Assert.Equal("ChsiMobile.KindNotAccepted", failure.ErrorCode);
        Assert.Equal(MobileNumberKind.Satellite, Assert.IsType<MobileNumberResult>(failure.CustomState).Kind);
        Assert.True(failure.ErrorMessage.Contains("卫星电话", StringComparison.Ordinal) || failure.ErrorMessage.Contains("satellite phone", StringComparison.Ordinal), failure.ErrorMessage);
    }

    [Fact]
    public void An_added_prefix_passes()
    {
        Assert.Equal("ChsiMobile.NotMobile", Assert.Single(Check("16191234567").Errors).ErrorCode);
        Assert.True(Check("16191234567", new MobileNumberOptions { AdditionalPrefixes = [new MobilePrefix("1619", MobileNumberKind.Satellite)] }).IsValid);
    }
}
