using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ChsiValidation;
using ChsiValidation.DataAnnotations;
using ChsiValidation.FluentValidation;
using ChsiValidation.FluentValidation.Forms;
using ChsiValidation.Redaction;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Deterministic output: English messages, fixed inputs, a fixed clock.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
var clock = new FixedClock(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero));

IdNumberResult id = IdNumber.Validate("１１０１０５１９４９１２３１００２ｘ");
Console.WriteLine($"id: {id.IsValid} {id.Normalized} {id.Kind} {id.BirthDate:yyyy-MM-dd} {id.Gender} {id.Changes} {id.RegionName}");
Console.WriteLine($"check: {IdNumber.ComputeCheckCharacter("11010519491231002")}");

PersonNameResult name = PersonName.Validate("王𠮷");
Console.WriteLine($"name: {name.IsValid} {name.CharacterCount} {string.Join(",", name.RareCharacters.Select(r => $"{r.Character}:{r.Tier}:{string.Join("", r.Suggestions)}"))}");
Console.WriteLine($"mobile: {MobileNumber.Validate("+86 138-0013-8000").E164}");
Console.WriteLine($"email: {Email.Validate("user@例子.中国").Normalized} {Email.Validate("user@qq.con").Suggestion}");

var validator = new InlineValidator<Form>();
validator.RuleFor(x => x.IdNumber).ChsiIdNumber();
foreach (var failure in validator.Validate(new Form { IdNumber = "110105194912310021" }).Errors)
{
    Console.WriteLine($"fv: {failure.ErrorCode} | {failure.ErrorMessage}");
}

var registration = new RegistrationForm
{
    MobileNumber = "13800138000",
    SmsCode = "012345",
    SmsCodeIssuedAt = clock.GetUtcNow().AddHours(-25),
    Password = "abc12345",
    PasswordConfirmation = "abc12345",
    Name = "𠮷",
    CertificateType = CertificateType.ResidentIdCard,
    CertificateNumber = "11010519491231002X",
};
foreach (var failure in new RegistrationValidator(timeProvider: clock).Validate(registration).Errors)
{
    Console.WriteLine($"form: {failure.PropertyName} {failure.ErrorCode}");
}

// DataAnnotations without reflection over the model (what trimming allows): ask the attribute directly.
ValidationResult? annotated = new ChsiMobileNumberAttribute().GetValidationResult("1380013800", new ValidationContext(new object(), "Mobile", null, null) { MemberName = "Mobile" });
Console.WriteLine($"attribute: {((ChsiValidationResult)annotated!).ErrorCode} | {annotated.ErrorMessage}");

// Masking, and the redaction package through a logger: EnableRedaction and a [LoggerMessage] with classified parameters.
Console.WriteLine($"mask: {Mask.IdNumber("１１０１０５１９４９１２３１００２ｘ")} {Mask.MobileNumber("+86 138-0013-8000")} {Mask.Email("user@qq.com")} {Mask.PersonName("张小梦")}");
var logged = new StringWriter();
var services = new ServiceCollection();
services.AddLogging(logging => logging.EnableRedaction().AddProvider(new WriterLoggerProvider(logged)));
services.AddRedaction(redaction => redaction.AddChsiRedactors());
using (ServiceProvider provider = services.BuildServiceProvider())
{
    ConsumerLog.Registered(provider.GetRequiredService<ILoggerFactory>().CreateLogger("Consumer"), "11010519491231002X", "110105194912310021");
}

Console.Write($"log: {logged}");

internal sealed class Form
{
    public string? IdNumber { get; set; }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

internal static partial class ConsumerLog
{
    [LoggerMessage(1, LogLevel.Information, "Registered {IdNumber}, rejected {Other}")]
    public static partial void Registered(ILogger logger, [IdNumberData] string idNumber, [IdNumberData] string other);
}

internal sealed class WriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new WriterLogger(writer);

    public void Dispose()
    {
    }

    private sealed class WriterLogger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            writer.WriteLine(formatter(state, exception));
    }
}
