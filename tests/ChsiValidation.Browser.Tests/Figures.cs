using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChsiValidation.Browser.Tests;

/// <summary>
/// Figures measured in the browser and printed (to the test output and to CHSI_BROWSER_FIGURES when set), never asserted:
/// the first field validation after the app starts, the median of later ones (the change event's whole round trip), and
/// nanoseconds per ID validation in the interpreter.
/// </summary>
[Collection("Browser")]
public sealed class Figures(BrowserFixture browser, ITestOutputHelper output)
{
    // Sets the value, fires change as a blur does, and returns the milliseconds until dispatchEvent returned with the
    // message already in the DOM (Blazor WebAssembly handles the event and renders synchronously).
    private const string ChangeAndTime = """
        ([value, expected]) => {
          const input = document.querySelector('#certificate-number');
          const start = performance.now();
          input.value = value;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          const elapsed = performance.now() - start;
          const text = document.querySelector('#certificate-number-messages').textContent;
          return (text.includes(expected) ? elapsed : -elapsed);
        }
        """;

    [Theory]
    [InlineData("da")]
    [InlineData("fv")]
    public async Task Validation_timings_in_the_browser(string route)
    {
        browser.Sent.Clear();
        IPage page = await browser.OpenAsync("en-US", $"/{route}/register");
        long downloaded = browser.Sent.Values.Sum();
        double first = await page.EvaluateAsync<double>(ChangeAndTime, new object[] { "110105194912310021", "should be X" });
        Assert.True(first >= 0, "the message was not in the DOM when the change event returned");
        var later = new List<double>();
        for (int i = 0; i < 21; i++)
        {
            (string value, string expected) = i % 2 == 0 ? ("11010519491231002X", "") : ("110105194912310021", "should be X");
            later.Add(Math.Abs(await page.EvaluateAsync<double>(ChangeAndTime, new object[] { value, expected })));
        }

        later.Sort();
        var lines = new StringBuilder();
        lines.AppendLine(CultureInfo.InvariantCulture, $"browser {route}: downloaded {downloaded:N0} bytes (as sent, brotli) for the first page");
        lines.AppendLine(CultureInfo.InvariantCulture, $"browser {route}: first field validation {first:F1} ms, then median {later[later.Count / 2]:F1} ms (change event to message in the DOM, 21 runs)");
        foreach (string rule in (string[])["IsValid", "Validate", "Attribute", "FluentValidation"])
        {
            // A cold run (first calls through the interpreter), then the best of three warm runs.
            double cold = await NanosecondsAsync(page, rule, 1000);
            double warm = double.MaxValue;
            for (int run = 0; run < 3; run++)
            {
                warm = Math.Min(warm, await NanosecondsAsync(page, rule, 10_000));
            }

            lines.AppendLine(CultureInfo.InvariantCulture, $"browser {route}: ID number {rule}: {warm:F0} ns per number (best of 3 x 10,000), first 1,000: {cold:F0} ns");
        }

        output.WriteLine(lines.ToString());
        if (Environment.GetEnvironmentVariable("CHSI_BROWSER_FIGURES") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, lines.ToString());
        }

        await page.Context.CloseAsync();
    }

    private static Task<double> NanosecondsAsync(IPage page, string rule, int count) =>
        page.EvaluateAsync<double>(
            "([rule, count]) => DotNet.invokeMethod('BlazorForm', 'IdNumberNanoseconds', rule, count)",
            new object[] { rule, count });
}
