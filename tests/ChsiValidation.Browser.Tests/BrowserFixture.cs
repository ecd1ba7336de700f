using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ChsiValidation.Browser.Tests;

/// <summary>
/// The published app served by Kestrel in-process on 127.0.0.1 (static files, the precompressed .br files when the
/// browser accepts them, index.html for every other path), and one Chromium for all tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private WebApplication? _server;
    private IPlaywright? _playwright;

    /// <summary>The publish output's wwwroot folder (CHSI_BLAZOR_WWWROOT).</summary>
    public string Root { get; } = Environment.GetEnvironmentVariable("CHSI_BLAZOR_WWWROOT")
        ?? throw new InvalidOperationException("CHSI_BLAZOR_WWWROOT is not set: run .ci/browser-tests, which publishes samples/BlazorForm.");

    /// <summary>Chromium's executable (CHSI_CHROMIUM, default /usr/bin/chromium).</summary>
    public string Chromium { get; } = Environment.GetEnvironmentVariable("CHSI_CHROMIUM") ?? "/usr/bin/chromium";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Bytes sent per path (what the browser downloaded, compressed as sent).</summary>
    public ConcurrentDictionary<string, long> Sent { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(Root, "index.html")))
        {
            throw new InvalidOperationException($"No index.html in {Root}: publish samples/BlazorForm first.");
        }

        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {Chromium}: install Debian's chromium (.ci/browser-tests does).");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Run(ServeAsync);
        await _server.StartAsync();
        BaseUrl = _server.Urls.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    /// <summary>A page in a new context whose language is <paramref name="locale"/> (navigator.languages, Accept-Language).</summary>
    public async Task<IPage> OpenAsync(string locale, string path)
    {
        IBrowserContext context = await Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 900, Height = 1400 } });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        await page.WaitForSelectorAsync("form #submit");
        return page;
    }

    private static readonly FileExtensionContentTypeProvider Types = new()
    {
        Mappings = { [".dat"] = "application/octet-stream", [".wasm"] = "application/wasm", [".webcil"] = "application/octet-stream" },
    };

    private async Task ServeAsync(HttpContext context)
    {
        string relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        string root = Path.GetFullPath(Root);
        string file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            // The SPA fallback: a route of the app (/fv/register) gets index.html; a missing asset is a 404.
            if (Path.HasExtension(relative))
            {
                context.Response.StatusCode = 404;
                return;
            }

            file = Path.Combine(root, "index.html");
        }

        context.Response.ContentType = Types.TryGetContentType(file, out string? type) ? type : "application/octet-stream";
        string sent = file;
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal) && File.Exists(file + ".br"))
        {
            sent = file + ".br";
            context.Response.Headers.ContentEncoding = "br";
        }

        context.Response.Headers.Vary = "Accept-Encoding";
        context.Response.Headers.CacheControl = "no-store";
        long length = new FileInfo(sent).Length;
        context.Response.ContentLength = length;
        Sent[relative] = length;
        await context.Response.SendFileAsync(sent);
    }
}

[CollectionDefinition("Browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
