using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ChsiValidation.DataAnnotations;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

public class DataAnnotationsTests
{
    private sealed class Registration
    {
        [Display(Name = "证件号码")]
        [ChsiIdNumber]
        public string? IdNumber { get; set; }

        [ChsiPersonName]
        public string? Name { get; set; }

        [ChsiMobileNumber]
        public string? Mobile { get; set; }

        [ChsiEmail]
        public string? Email { get; set; }

        [ChsiSmsCode(6)]
        public string? Code { get; set; }
    }

    private sealed class Custom
    {
        [ChsiIdNumber(ErrorMessage = "{0} is wrong")]
        public string? IdNumber { get; set; }

        [ChsiPersonName(AllowLatin = true)]
        public string? Name { get; set; }
    }

    private static List<ValidationResult> Validate(object model, IServiceProvider? services = null)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model, services, null), results, validateAllProperties: true);
        return results;
    }

    private static Registration Valid() => new()
    {
        IdNumber = "11010519491231002X",
        Name = "阿沛·阿旺晋美",
        Mobile = "+86 138 0013 8000",
        Email = "zhangsan@qq.com",
        Code = "012345",
    };

    [Fact]
    public void Valid_model_passes_and_nulls_pass() 
    {
        Assert.Empty(Validate(Valid()));
        Assert.Empty(Validate(new Registration()));
    }

    [Fact]
    public void Each_attribute_reports_its_code_and_a_localized_message()
    {
        var model = new Registration { IdNumber = "110105194912310021", Name = "𠮷", Mobile = "12345678901", Email = "a@qq", Code = "12345" };
        CultureInfo previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            List<ValidationResult> zh = Validate(model);
            Assert.Equal(
                ["ChsiIdNumber.ChecksumMismatch", "ChsiPersonName.TooShort", "ChsiMobile.NotMobile", "ChsiEmail.SingleLabelDomain", "ChsiSmsCode.InvalidLength"],
                zh.Cast<ChsiValidationResult>().Select(r => r.ErrorCode));
            Assert.StartsWith("证件号码不符合第二代居民身份证校验规则：校验位应为X。", zh[0].ErrorMessage);
            Assert.Equal(["IdNumber"], zh[0].MemberNames);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            List<ValidationResult> en = Validate(model);
            Assert.StartsWith("证件号码 does not pass the second-generation ID check: the last character should be X.", en[0].ErrorMessage);
            Assert.All(en, r => Assert.DoesNotMatch(@"\{[A-Za-z]+\}", r.ErrorMessage!));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ErrorMessage_set_by_the_user_wins_and_options_apply()
    {
        List<ValidationResult> results = Validate(new Custom { IdNumber = "1", Name = "Zhang San" });
        ValidationResult only = Assert.Single(results);
        Assert.Equal("IdNumber is wrong", only.ErrorMessage);
        Assert.Equal("ChsiIdNumber.InvalidLength", ((ChsiValidationResult)only).ErrorCode);
    }

    [Fact]
    public void Today_comes_from_a_TimeProvider_in_the_container()
    {
        // Born 2026-06-15: valid on that day in China, out of range the day before.
        string first17 = "11010520260615123";
        var model = new Registration { IdNumber = first17 + IdNumber.ComputeCheckCharacter(first17) };
        Assert.Empty(Validate(model, new Services(new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 1, 0, 0, TimeSpan.Zero)))));
        ValidationResult result = Assert.Single(Validate(model, new Services(new FakeTimeProvider(new DateTimeOffset(2026, 6, 14, 1, 0, 0, TimeSpan.Zero)))));
        Assert.Equal("ChsiIdNumber.BirthDateOutOfRange", ((ChsiValidationResult)result).ErrorCode);
    }

    [Fact]
    public void Attributes_work_without_a_context()
    {
        Assert.True(new ChsiIdNumberAttribute().IsValid("11010519491231002X"));
        Assert.False(new ChsiIdNumberAttribute().IsValid("110105194912310021"));
        Assert.False(new ChsiMobileNumberAttribute().IsValid("1380013800\u200B0"));
        Assert.True(new ChsiSmsCodeAttribute(4).IsValid("0123"));
        // A bad length is reported when the attribute validates: DataAnnotations would silently drop an attribute whose creation throws.
        var badLength = new ChsiSmsCodeAttribute(3);
        Assert.Equal(3, badLength.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => badLength.IsValid("012"));
    }

    private sealed class Services(TimeProvider clock) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TimeProvider) ? clock : null;
    }
}
