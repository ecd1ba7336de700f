using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChsiValidation.FluentValidation.Forms;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegistrationApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.AddRequestLocalization(o =>
{
    CultureInfo[] cultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];
    o.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture("zh-CN");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
});
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.TryAddSingleton<ISmsCodeStore, InMemorySmsCodeStore>();
builder.Services.AddSingleton(sp => new RegistrationValidator(AccountFormOptions.Default, sp.GetRequiredService<TimeProvider>()));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization();

app.MapPost("/registrations", async (
    HttpRequest request,
    ISmsCodeStore smsCodes,
    RegistrationValidator validator,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    CancellationToken cancellationToken) =>
{
    if (!request.HasJsonContentType())
    {
        return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the form as application/json.");
    }

    RegistrationRequest? body;
    try
    {
        body = await JsonSerializer.DeserializeAsync<RegistrationRequest>(request.Body, json.Value.SerializerOptions, cancellationToken);
    }
    catch (JsonException e)
    {
        // The exception's message may quote the input; only its location goes back to the client.
        return ValidationProblems.UnreadableBody("Request.InvalidJson", "The body is not valid JSON for this form.", e.Path);
    }

    if (body is null)
    {
        return ValidationProblems.UnreadableBody("Request.EmptyBody", "The body is empty.");
    }

    // The SMS code's issue time comes from the server's records, never from the body.
    var result = await validator.ValidateAsync(body.ToForm(smsCodes), cancellationToken);
    // A warning (e.g. a rare character in the name) does not stop the registration; it is returned beside it.
    if (result.Errors.Any(f => f.Severity == FluentValidation.Severity.Error))
    {
        return ValidationProblems.Of(result);
    }

    Guid id = Guid.NewGuid();
    return Results.Created($"/registrations/{id}", new RegistrationCreated(id, ValidationProblems.Warnings(result)));
});

app.Run();

/// <summary>The entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
