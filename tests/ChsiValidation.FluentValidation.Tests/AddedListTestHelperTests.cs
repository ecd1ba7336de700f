using FluentValidation;
using FluentValidation.TestHelper;

namespace ChsiValidation.FluentValidation.Tests;

/// <summary>Address codes and mobile prefixes added through the options reach the rules, seen through FluentValidation's TestHelper.</summary>
[Collection("Language")]
public class AddedListTestHelperTests
{
    public sealed class Form
    {
        public string? IdNumber { get; set; }

        public string? Mobile { get; set; }
    }

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator(IdNumberOptions? id, MobileNumberOptions? mobile)
        {
            RuleFor(x => x.IdNumber).ChsiIdNumber(id);
            RuleFor(x => x.Mobile).ChsiMobileNumber(mobile);
        }
    }

    private static readonly IdNumberOptions KnownCode = new() { RegionCheck = RegionCheck.KnownCode };

    private static string Make(string region)
    {
        string first17 = region + "20000101001";
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    [Fact]
    public void Without_the_lists_the_new_code_and_prefix_fail()
    {
        TestValidationResult<Form> result = new FormValidator(KnownCode, null).TestValidate(new Form { IdNumber = Make("500157"), Mobile = "16191234567" });
        result.ShouldHaveValidationErrorFor(x => x.IdNumber).WithErrorCode("ChsiIdNumber.UnknownRegion");
        result.ShouldHaveValidationErrorFor(x => x.Mobile).WithErrorCode("ChsiMobile.NotMobile");
    }

    [Fact]
    public void With_the_lists_they_pass_and_the_kind_still_decides()
    {
        var id = KnownCode with { AdditionalRegionCodes = [500157] };
        var mobile = new MobileNumberOptions { AdditionalPrefixes = [new MobilePrefix("1619", MobileNumberKind.Satellite)] };
        new FormValidator(id, mobile).TestValidate(new Form { IdNumber = Make("500157"), Mobile = "16191234567" }).ShouldNotHaveAnyValidationErrors();

        TestValidationResult<Form> refused = new FormValidator(id, mobile with { AcceptedKinds = MobileNumberKind.PublicMobile })
            .TestValidate(new Form { IdNumber = Make("500158"), Mobile = "16191234567" });
        refused.ShouldHaveValidationErrorFor(x => x.IdNumber).WithErrorCode("ChsiIdNumber.UnknownRegion");
        refused.ShouldHaveValidationErrorFor(x => x.Mobile).WithErrorCode("ChsiMobile.KindNotAccepted");
    }

    [Fact]
    public void A_certificate_rule_takes_the_added_codes_through_its_ID_options()
    {
        var options = new CertificateNumberOptions { IdNumber = KnownCode with { AdditionalRegionCodes = [500157] } };
        var validator = new InlineValidator<Form>();
        validator.RuleFor(x => x.IdNumber).ChsiCertificateNumber(_ => CertificateType.ResidentIdCard, options);
        validator.TestValidate(new Form { IdNumber = Make("500157") }).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new Form { IdNumber = Make("500158") }).ShouldHaveValidationErrorFor(x => x.IdNumber);
    }
}
