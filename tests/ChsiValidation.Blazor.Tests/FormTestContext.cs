using System.Globalization;
using BlazorForm.Forms;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Blazor.Tests;

/// <summary>A bUnit context with the sample's services, a fake clock and the browser language set as the UI culture.</summary>
public abstract class FormTestContext : BunitContext
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    // A submit awaits the forms' asynchronous rules; on a loaded CI machine that can take longer than bUnit's default
    // wait of one second, so the waits allow 30 seconds (a passing wait returns as soon as its assertion holds).
    static FormTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(30);

    protected FormTestContext()
    {
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddAccountForms();
    }

    /// <summary>The clock the forms and their rules read: 2026-06-01 10:00 Beijing time.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8)));

    /// <summary>Sets the culture Blazor WebAssembly would take from the browser.</summary>
    protected static void Browser(string language)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
    }

    protected IRenderedComponent<T> RenderForm<T>(ValidationRoute route)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        Render<T>(builder =>
        {
            builder.OpenComponent<T>(0);
            builder.AddAttribute(1, nameof(RegisterForm.Route), route);
            builder.CloseComponent();
        });

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        base.Dispose(disposing);
    }

    /// <summary>The texts in a field's message area, errors and notices.</summary>
    protected static string Messages<T>(IRenderedComponent<T> form, string id)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        form.Find($"#{id}-messages").TextContent.Trim();

    /// <summary>
    /// Changes an input as the browser's change event does. Find and change run as one step on the renderer's dispatcher,
    /// so a re-render from an async rule finishing in between cannot leave a stale event handler.
    /// </summary>
    protected static void Change<T>(IRenderedComponent<T> form, string selector, string value)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        form.InvokeAsync(() => form.Find(selector).Change(value)).GetAwaiter().GetResult();

    /// <summary>Clicks a button (see <see cref="Change"/>).</summary>
    protected static void Click<T>(IRenderedComponent<T> form, string selector)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        form.InvokeAsync(() => form.Find(selector).Click()).GetAwaiter().GetResult();

    /// <summary>Submits the form (see <see cref="Change"/>).</summary>
    protected static void Submit<T>(IRenderedComponent<T> form)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        form.InvokeAsync(() => form.Find("form").Submit()).GetAwaiter().GetResult();

    /// <summary>Fills the registration form with valid values (the SMS code requested just now).</summary>
    protected static void FillValidRegistration<T>(IRenderedComponent<T> form)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        Change(form, "#mobile", "13800138000");
        Click(form, "#send-sms");
        Change(form, "#sms", "123456");
        Change(form, "#password", "Chsi2026pass");
        Change(form, "#password-confirmation", "Chsi2026pass");
        Change(form, "#certificate-number", "11010519491231002X");
        Change(form, "#name", "张三");
    }
}
