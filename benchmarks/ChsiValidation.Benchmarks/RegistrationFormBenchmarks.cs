using BenchmarkDotNet.Attributes;
using ChsiValidation.FluentValidation.Forms;
using FluentValidation;
using FluentValidation.Results;

namespace ChsiValidation.Benchmarks;

/// <summary>
/// A whole registration form through FluentValidation: the ready-made validator against the same fields checked with
/// FluentValidation's own rules only (NotEmpty, Length, EmailAddress, Equal), to show what the precise checks cost.
/// </summary>
[MemoryDiagnoser]
public class RegistrationFormBenchmarks
{
    private readonly RegistrationValidator _registration = new();
    private readonly PlainValidator _plain = new();
    private readonly RegistrationForm _valid = new()
    {
        MobileNumber = "13800138000",
        SmsCode = "012345",
        SmsCodeIssuedAt = DateTimeOffset.UtcNow,
        Password = "abc12345",
        PasswordConfirmation = "abc12345",
        Name = "阿沛·阿旺晋美",
        CertificateType = CertificateType.ResidentIdCard,
        CertificateNumber = "11010519491231002X",
        Email = "zhangsan@qq.com",
    };

    private readonly RegistrationForm _invalid = new()
    {
        MobileNumber = "1380013800",
        SmsCode = "01234",
        SmsCodeIssuedAt = DateTimeOffset.UtcNow,
        Password = "abc",
        PasswordConfirmation = "abd",
        Name = "𠮷",
        CertificateType = CertificateType.ResidentIdCard,
        CertificateNumber = "110105194912310021",
        Email = "zhangsan＠qq.com",
    };

    [Benchmark(Baseline = true)]
    public ValidationResult PlainRulesValid() => _plain.Validate(_valid);

    [Benchmark]
    public ValidationResult RegistrationValid() => _registration.Validate(_valid);

    [Benchmark]
    public ValidationResult RegistrationInvalid() => _registration.Validate(_invalid);

    /// <summary>What a form gets from FluentValidation's own rules (EmailAddress lets a@b and user@qq.com\n through).</summary>
    private sealed class PlainValidator : AbstractValidator<RegistrationForm>
    {
        public PlainValidator()
        {
            RuleFor(x => x.MobileNumber).NotEmpty().Length(11);
            RuleFor(x => x.SmsCode).NotEmpty().Length(6);
            RuleFor(x => x.Password).NotEmpty().MinimumLength(8);
            RuleFor(x => x.PasswordConfirmation).Equal(x => x.Password);
            RuleFor(x => x.Name).NotEmpty().MinimumLength(2);
            RuleFor(x => x.CertificateNumber).NotEmpty().Length(18);
            RuleFor(x => x.Email).EmailAddress();
        }
    }
}
