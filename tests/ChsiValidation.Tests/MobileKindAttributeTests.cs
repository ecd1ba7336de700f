using System.ComponentModel.DataAnnotations;
using ChsiValidation.DataAnnotations;

namespace ChsiValidation.Tests;

/// <summary>[ChsiMobileNumber] with and without refused kinds.</summary>
public class MobileKindAttributeTests
{
    private sealed class Form
    {
        [ChsiMobileNumber]
        public string? Any { get; set; }

        [ChsiMobileNumber(AcceptedKinds = MobileNumberKind.PublicMobile)]
        public string? VoiceOnly { get; set; }
    }

    private static List<ValidationResult> Validate(Form form)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void The_attribute_accepts_every_kind_by_default_and_refuses_kinds_when_told()
    {
        Assert.Empty(Validate(new Form { Any = "17491234567", VoiceOnly = "13800138000" }));

        ValidationResult refused = Assert.Single(Validate(new Form { Any = "14912345678", VoiceOnly = "14912345678" }));
        Assert.Equal(["VoiceOnly"], refused.MemberNames);
        Assert.True(refused.ErrorMessage!.Contains("上网卡", StringComparison.Ordinal) || refused.ErrorMessage.Contains("data-only", StringComparison.Ordinal), refused.ErrorMessage);

        Assert.Equal(MobileNumberKind.All, new ChsiMobileNumberAttribute().AcceptedKinds);
        Assert.Equal(MobileNumberKind.PublicMobile, new ChsiMobileNumberAttribute { AcceptedKinds = MobileNumberKind.PublicMobile }.AcceptedKinds);
    }
}
