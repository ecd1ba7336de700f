using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ChsiValidation.Redaction.Tests;

/// <summary>Through a real logger pipeline: AddLogging, EnableRedaction, AddRedaction with AddChsiRedactors, a fake sink.</summary>
public partial class RedactionLoggingTests
{
    private const string Id = "11010519491231002X";

    [Fact]
    public void Classified_parameters_are_logged_masked()
    {
        (ServiceProvider services, FakeLogCollector logs) = Build();
        using (services)
        {
            ILogger logger = services.GetRequiredService<ILogger<RedactionLoggingTests>>();
            Log.Registered(logger, Id, "+86 138 0013 8000", "user@qq.com", "张小梦");

            FakeLogRecord record = logs.LatestRecord;
            Assert.Equal("110105********002X", Value(record, "IdNumber"));
            Assert.Equal("138****8000", Value(record, "Mobile"));
            Assert.Equal("u***@qq.com", Value(record, "Email"));
            Assert.Equal("张*梦", Value(record, "Name"));
            Assert.Equal("Registered 110105********002X 138****8000 u***@qq.com 张*梦", record.Message);
            Assert.DoesNotContain("19491231", record.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_invalid_id_number_is_logged_masked_whole()
    {
        (ServiceProvider services, FakeLogCollector logs) = Build();
        using (services)
        {
            ILogger logger = services.GetRequiredService<ILogger<RedactionLoggingTests>>();
            Log.Registered(logger, "110105194912310021", "12345678901", "not an address", "张");

            FakeLogRecord record = logs.LatestRecord;
            Assert.Equal(new string('*', 18), Value(record, "IdNumber"));
            Assert.Equal(new string('*', 11), Value(record, "Mobile"));
            Assert.Equal("***", Value(record, "Email"));
            Assert.Equal("***", Value(record, "Name"));
            Assert.DoesNotContain("110105194912310021", record.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Properties_of_a_logged_object_are_masked_by_their_classification()
    {
        (ServiceProvider services, FakeLogCollector logs) = Build();
        using (services)
        {
            ILogger logger = services.GetRequiredService<ILogger<RedactionLoggingTests>>();
            var form = new RegistrationForm
            {
                IdNumber = "１１０１０５ 1949 1231 002x",
                Certificate = "E12345678",
                Mobile = "13800138000",
                Email = "ＺＨＡＮＧ＠163.com",
                Name = "欧阳娜娜",
                School = "北京大学",
            };
            Log.Submitted(logger, form);

            FakeLogRecord record = logs.LatestRecord;
            Assert.Equal("110105********002X", Value(record, "form.IdNumber"));
            Assert.Equal("E*****678", Value(record, "form.Certificate"));
            Assert.Equal("138****8000", Value(record, "form.Mobile"));
            Assert.Equal("Z***@163.com", Value(record, "form.Email"));
            Assert.Equal("欧阳**", Value(record, "form.Name")); // the compound surname kept whole
            Assert.Equal("北京大学", Value(record, "form.School")); // not classified: as it is
        }
    }

    [Fact]
    public void Mask_options_registered_in_the_container_are_used()
    {
        (ServiceProvider services, FakeLogCollector logs) = Build(s => s.AddSingleton(new PersonNameMaskOptions { KeepCompoundSurnames = false }));
        using (services)
        {
            ILogger logger = services.GetRequiredService<ILogger<RedactionLoggingTests>>();
            Log.Registered(logger, Id, "13800138000", "user@qq.com", "欧阳娜娜");
            Assert.Equal("欧**娜", Value(logs.LatestRecord, "Name"));
        }
    }

    [Fact]
    public void The_redactor_provider_maps_each_classification_to_its_redactor()
    {
        (ServiceProvider services, _) = Build();
        using (services)
        {
            IRedactorProvider provider = services.GetRequiredService<IRedactorProvider>();
            Assert.IsType<IdNumberRedactor>(provider.GetRedactor(ChsiDataClassifications.IdNumber));
            Assert.IsType<CertificateNumberRedactor>(provider.GetRedactor(ChsiDataClassifications.CertificateNumber));
            Assert.IsType<MobileNumberRedactor>(provider.GetRedactor(ChsiDataClassifications.MobileNumber));
            Assert.IsType<EmailRedactor>(provider.GetRedactor(ChsiDataClassifications.Email));
            Assert.IsType<PersonNameRedactor>(provider.GetRedactor(ChsiDataClassifications.PersonName));
            Assert.Equal("110105********002X", provider.GetRedactor(new IdNumberDataAttribute().Classification).Redact(Id));
        }
    }

    private static string? Value(FakeLogRecord record, string key) =>
        record.StructuredState!.Single(pair => pair.Key == key).Value;

    private static (ServiceProvider Services, FakeLogCollector Logs) Build(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.EnableRedaction().AddFakeLogging());
        services.AddRedaction(redaction => redaction.AddChsiRedactors());
        configure?.Invoke(services);
        ServiceProvider provider = services.BuildServiceProvider();
        return (provider, provider.GetFakeLogCollector());
    }

    public sealed class RegistrationForm
    {
        [IdNumberData]
        public string? IdNumber { get; set; }

        [CertificateNumberData]
        public string? Certificate { get; set; }

        [MobileNumberData]
        public string? Mobile { get; set; }

        [EmailData]
        public string? Email { get; set; }

        [PersonNameData]
        public string? Name { get; set; }

        public string? School { get; set; }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Registered {IdNumber} {Mobile} {Email} {Name}")]
        public static partial void Registered(ILogger logger, [IdNumberData] string idNumber, [MobileNumberData] string mobile, [EmailData] string email, [PersonNameData] string name);

        [LoggerMessage(2, LogLevel.Information, "Registration form submitted")]
        public static partial void Submitted(ILogger logger, [LogProperties] RegistrationForm form);
    }
}
