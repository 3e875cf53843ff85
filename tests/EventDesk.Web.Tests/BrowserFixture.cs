using System.Net.Http.Json;
using System.Text.Json;
using EventDesk.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace EventDesk.Web.Tests;

/// <summary>
/// One real Kestrel server on a loopback port (127.0.0.1:0) over a copy of the fixture database,
/// and Debian's headless chromium driven by Playwright (its bundled node driver; no browser download).
/// When /usr/bin/chromium is missing the browser tests skip with a message.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Key = "browser-key-456";

    private readonly DeskDatabase _desk;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public BrowserFixture(DeskDatabase desk) => _desk = desk;

    public static bool Available => File.Exists(Chromium);

    public static string SkipMessage => $"{Chromium} is missing: install it with `apt-get install -y chromium` to run the browser tests (CI installs it, see .ci/run).";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static string ScreenshotDir { get; } = Environment.GetEnvironmentVariable("EVENTDESK_SCREENSHOTS")
        ?? Path.Combine(DeskDatabase.RepoRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }
        _app = DeskWebApp.Build(new DeskWebOptions
        {
            DbPath = _desk.Copy("browser"), Urls = "http://127.0.0.1:0", ApiKey = Key, PipelineFactory = DeskDatabase.Pipeline, Quiet = true,
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A fresh page; console errors (a CSP violation, a script error) are collected for the test to check.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPage()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text + " " + m.Location);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        page.Dialog += async (_, d) =>
        {
            errors.Add("dialog: " + d.Message);
            await d.DismissAsync();
        };
        return (page, errors);
    }

    public async Task<JsonElement> Api(string url) => await Http.GetFromJsonAsync<JsonElement>(url);

    public static Task Shot(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
