using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ChsiValidation.Redaction.Tests;

public partial class RedactorTests
{
    public static TheoryData<string, string, string> Examples() => new()
    {
        { "id", "11010519491231002X", "110105********002X" },
        { "id", "１１０１０５１９４９１２３１００２ｘ", "110105********002X" },
        { "id", "110105194912310021", "******************" },
        { "id", "11010519491231002X:IdNumber", "110105********002X" }, // logging's discriminator dropped
        { "id", "110105194912310021:IdNumber", "******************" },
        { "mobile", "+86 138 0013 8000", "138****8000" },
        { "email", "user@qq.com", "u***@qq.com" },
        { "email", "user@qq.com:Email", "u***@qq.com" },
        { "name", "张小梦", "张*梦" },
        { "name", "𠮷野家", "𠮷*家" },
        { "certificate", "11010519491231002X", "110105********002X" },
        { "certificate", "810000199001010019", "810000********0019" },
        { "certificate", "E12345678", "E*****678" },
        { "certificate", "E12345678:Certificate", "E*****678" },
        { "certificate", "\u0007", "******************" },
        { "certificate", "", "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Redactors_mask_like_the_core(string kind, string input, string expected)
    {
        Redactor redactor = Of(kind);
        Assert.Equal(expected, redactor.Redact(input));
        Assert.Equal(expected.Length, redactor.GetRedactedLength(input));
    }

    public static TheoryData<string> Hostile() => new()
    {
        "", " ", "\uD800", "\uDFFF\uD800", "张\uD800三", ":", "::::", "\u0000", new string('1', 1 << 20), new string('张', 5000),
        new string(':', 3000), "a@b.cn:" + new string('x', 5000), "𠮷", "\u202E11010519491231002X",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void No_redactor_throws_and_lengths_agree(string input)
    {
        foreach (string kind in new[] { "id", "mobile", "email", "name", "certificate" })
        {
            Redactor redactor = Of(kind);
            string redacted = redactor.Redact(input);
            Assert.Equal(redacted.Length, redactor.GetRedactedLength(input));
            Assert.True(redacted.Length <= 2 * 1000 + 18);
        }
    }

    [Fact]
    public void A_destination_shorter_than_the_redacted_length_is_refused_as_the_framework_expects()
    {
        char[] destination = new char[5];
        Assert.Throws<ArgumentException>(() => new IdNumberRedactor().Redact("11010519491231002X".AsSpan(), destination));
    }

    [Fact]
    public void Options_passed_to_a_redactor_are_used()
    {
        Assert.Equal("110###########002X", new IdNumberRedactor(new IdNumberMaskOptions { KeepFirst = 3, MaskCharacter = '#' }).Redact("11010519491231002X"));
        Assert.Equal("13800****00", new MobileNumberRedactor(new MobileNumberMaskOptions { KeepFirst = 5, KeepLast = 2 }).Redact("13800138000"));
        Assert.Equal("us*@qq.com", new EmailRedactor(new EmailMaskOptions { KeepFirst = 2, MaskLength = 1 }).Redact("user@qq.com"));
        Assert.Equal("欧**娜", new PersonNameRedactor(new PersonNameMaskOptions { KeepCompoundSurnames = false }).Redact("欧阳娜娜"));
        Assert.Equal("张小*", new PersonNameRedactor(new PersonNameMaskOptions { KeepFirst = 2, KeepLast = 0 }).Redact("张小梦"));
        var certificate = new CertificateNumberRedactor(new CertificateNumberMaskOptions { MaskCharacter = '#', IdNumber = new IdNumberMaskOptions { KeepFirst = 0 } });
        Assert.Equal("##############002X", certificate.Redact("11010519491231002X"));
        Assert.Equal("E#####678", certificate.Redact("E12345678"));
    }

    [Fact]
    public void Every_redactor_is_a_mask_redactor_that_shows_its_options()
    {
        var names = new PersonNameMaskOptions { KeepLast = 0 };
        Assert.Same(names, new PersonNameRedactor(names).Options);
        Assert.Same(IdNumberMaskOptions.Default, new IdNumberRedactor().Options);
        Assert.Same(MobileNumberMaskOptions.Default, new MobileNumberRedactor().Options);
        Assert.Same(EmailMaskOptions.Default, new EmailRedactor().Options);
        Assert.Same(CertificateNumberMaskOptions.Default, new CertificateNumberRedactor().Options);
        Assert.IsAssignableFrom<MaskRedactor<IdNumberMaskOptions>>(Of("id"));
    }

    [Fact]
    public void Redacting_allocates_nothing_for_every_kind_but_non_ascii_email_domains()
    {
        Redactor[] redactors = [new IdNumberRedactor(), new MobileNumberRedactor(), new EmailRedactor(), new PersonNameRedactor(), new CertificateNumberRedactor()];
        string[] values = ["11010519491231002X:IdNumber", "+86 138 0013 8000", "user@qq.com:Email", " 欧阳娜娜 :Name", "e1234 5678:Certificate"];
        char[] destination = new char[64];
        for (int warm = 0; warm < 3; warm++)
        {
            for (int i = 0; i < redactors.Length; i++)
            {
                redactors[i].Redact(values[i].AsSpan(), destination);
                redactors[i].GetRedactedLength(values[i]);
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = 0;
        for (int i = 0; i < redactors.Length; i++)
        {
            total += redactors[i].GetRedactedLength(values[i]) + redactors[i].Redact(values[i].AsSpan(), destination);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2 * (18 + 11 + 11 + 4 + 10), total); // the certificate as 其他: e******678
    }

    [Fact]
    public void Masking_holds_without_the_discriminator_too()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.EnableRedaction(o => o.ApplyDiscriminator = false).AddFakeLogging());
        services.AddRedaction(redaction => redaction.AddChsiRedactors());
        using ServiceProvider provider = services.BuildServiceProvider();
        Log.Id(provider.GetRequiredService<ILogger<RedactorTests>>(), "11010519491231002X");
        Assert.Equal("Holder 110105********002X", provider.GetFakeLogCollector().LatestRecord.Message);
    }

    [Fact]
    public void The_classifications_name_the_taxonomy()
    {
        Assert.Equal("ChsiValidation", ChsiDataClassifications.IdNumber.TaxonomyName);
        Assert.Equal("IdNumber", ChsiDataClassifications.IdNumber.Value);
        Assert.Equal(ChsiDataClassifications.CertificateNumber, new CertificateNumberDataAttribute().Classification);
        Assert.Equal(ChsiDataClassifications.MobileNumber, new MobileNumberDataAttribute().Classification);
        Assert.Equal(ChsiDataClassifications.Email, new EmailDataAttribute().Classification);
        Assert.Equal(ChsiDataClassifications.PersonName, new PersonNameDataAttribute().Classification);
        Assert.Throws<ArgumentNullException>(() => ChsiRedactionBuilderExtensions.AddChsiRedactors(null!));
    }

    private static Redactor Of(string kind) => kind switch
    {
        "id" => new IdNumberRedactor(),
        "mobile" => new MobileNumberRedactor(),
        "email" => new EmailRedactor(),
        "name" => new PersonNameRedactor(),
        _ => new CertificateNumberRedactor(),
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Holder {IdNumber}")]
        public static partial void Id(ILogger logger, [IdNumberData] string idNumber);
    }
}
