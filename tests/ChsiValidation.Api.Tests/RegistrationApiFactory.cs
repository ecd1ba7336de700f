using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RegistrationApi;

namespace ChsiValidation.Api.Tests;

/// <summary>The API in process, on a fixed clock, with SMS codes sent to the numbers the tests use.</summary>
public sealed class RegistrationApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);

    /// <summary>A number whose code was sent two hours ago.</summary>
    public const string FreshMobile = "13800138000";

    /// <summary>A number whose code was sent 25 hours ago: past the 24-hour lifetime.</summary>
    public const string StaleMobile = "13900139000";

    /// <summary>A landline (not a mobile number) with a code on record, so that only the number itself is wrong.</summary>
    public const string Landline = "01012345678";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            var store = new InMemorySmsCodeStore();
            store.Record(FreshMobile, Now.AddHours(-2));
            store.Record(StaleMobile, Now.AddHours(-25));
            store.Record(Landline, Now.AddHours(-2));
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            services.RemoveAll<ISmsCodeStore>();
            services.AddSingleton<ISmsCodeStore>(store);
        });
    }
}
