using BenchmarkDotNet.Attributes;

namespace ChsiValidation.Benchmarks;

/// <summary>Mobile number and email validation: canonical input, typed input that needs folding, and the full results.</summary>
[MemoryDiagnoser]
public class ContactBenchmarks
{
    private const string Mobile = "13800138000";
    private const string TypedMobile = "+86 138-0013-8000";
    private const string Address = "zhang.san@qq.com";
    private const string TypoAddress = "zhang.san@qq.con";
    private const string UnicodeAddress = "user@例子.中国";

    [Benchmark(Baseline = true)]
    public bool MobileIsValid() => MobileNumber.IsValid(Mobile);

    [Benchmark]
    public MobileNumberResult MobileValidate() => MobileNumber.Validate(Mobile);

    [Benchmark]
    public MobileNumberResult MobileValidateTyped() => MobileNumber.Validate(TypedMobile);

    [Benchmark]
    public EmailResult EmailValidate() => Email.Validate(Address);

    [Benchmark]
    public EmailResult EmailValidateWithSuggestion() => Email.Validate(TypoAddress);

    [Benchmark]
    public EmailResult EmailValidateUnicodeDomain() => Email.Validate(UnicodeAddress);
}
