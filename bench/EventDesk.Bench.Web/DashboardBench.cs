using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using EventDesk.Coding.Composition;
using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Storage.Sqlite;
using EventDesk.Web.Hosting;
using Microsoft.Playwright;

/// <summary>
/// Dashboard render benchmark (--dashboard): builds the example database through the real ingest
/// path (examples/, InputReader + DeskIngestor + NewsPipeline, the same as `eventdesk ingest`),
/// serves it on a loopback port and drives Debian's headless chromium with Playwright. For each
/// view it times fresh page loads from navigation to the view's own done signal (the router sets
/// #view[aria-busy=false] and records the performance mark "eventdesk:view-rendered"), checks the
/// counts the view shows against the API, and prints a JSON report with median and p95 per view.
/// </summary>
internal static class DashboardBench
{
    private const string Chromium = "/usr/bin/chromium";

    private sealed record View(string Name, string Hash, string? CountTestId, string? CountApi);

    public static async Task<int> RunAsync(string[] args)
    {
        var loads = Int(args, "--loads", 10);
        var output = Str(args, "--json");
        if (!File.Exists(Chromium))
        {
            await Console.Error.WriteLineAsync($"{Chromium} is missing: apt-get install -y chromium");
            return 2;
        }
        var root = FindRoot();
        var dir = Directory.CreateTempSubdirectory("eventdesk-bench-dashboard-").FullName;
        try
        {
            var db = Path.Combine(dir, "examples.db");
            var clock = Stopwatch.StartNew();
            var (documents, events) = BuildExampleDatabase(db, Path.Combine(root, "examples"));
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"example database: {documents} documents, {events} events through NewsPipeline in {ingestSeconds:0.0} s"));

            var app = DeskWebApp.Build(new DeskWebOptions { DbPath = db, Urls = "http://127.0.0.1:0", Quiet = true });
            await app.StartAsync();
            try
            {
                var baseUrl = app.Urls.First().TrimEnd('/');
                using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
                var views = await Views(http);
                using var playwright = await Playwright.CreateAsync();
                await using var browser = await playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = Chromium,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                });
                var report = new List<object>();
                var failures = new List<string>();
                foreach (var view in views)
                {
                    // One unmeasured load per view: the server's first request for its queries (JIT, SQLite page cache).
                    await Load(browser, baseUrl + "/" + view.Hash);
                    var inPage = new List<double>();
                    var wall = new List<double>();
                    string? shown = null;
                    var errors = new List<string>();
                    for (var i = 0; i < loads; i++)
                    {
                        var r = await Load(browser, baseUrl + "/" + view.Hash, view.CountTestId);
                        inPage.Add(r.InPageMs);
                        wall.Add(r.WallMs);
                        shown = r.Count;
                        errors.AddRange(r.Errors);
                    }
                    string? expected = null;
                    if (view.CountApi is not null)
                    {
                        expected = await ExpectedCount(http, view.CountApi);
                        if (shown != expected)
                        {
                            failures.Add($"{view.Name}: shows {shown}, the API says {expected}");
                        }
                    }
                    failures.AddRange(errors.Distinct().Select(e => $"{view.Name}: {e}"));
                    inPage.Sort();
                    wall.Sort();
                    report.Add(new
                    {
                        view = view.Name,
                        url = "/" + view.Hash,
                        loads,
                        medianMs = Round(Percentile(inPage, 0.5)),
                        p95Ms = Round(Percentile(inPage, 0.95)),
                        maxMs = Round(inPage[^1]),
                        wallMedianMs = Round(Percentile(wall, 0.5)),
                        wallP95Ms = Round(Percentile(wall, 0.95)),
                        shown,
                        expected,
                    });
                    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"  {view.Name,-13} median {Percentile(inPage, 0.5),7:0.0} ms  p95 {Percentile(inPage, 0.95),7:0.0} ms  (wall {Percentile(wall, 0.5):0.0} / {Percentile(wall, 0.95):0.0} ms)"));
                }
                var json = JsonSerializer.Serialize(new
                {
                    benchmark = "dashboard render, headless chromium",
                    database = new { source = "examples/", pipeline = "NewsPipeline", documents, events, ingestSeconds = Round(ingestSeconds) },
                    browser = "chromium " + browser.Version,
                    measure = "navigation start to #view[aria-busy=false] (performance mark eventdesk:view-rendered), fresh browser context per load, viewport 1440x900; wall = Playwright goto until the done signal is seen",
                    targetMs = 2000,
                    views = report,
                    failures,
                }, new JsonSerializerOptions { WriteIndented = true });
                Console.WriteLine(json);
                if (output is not null)
                {
                    await File.WriteAllTextAsync(output, json + "\n");
                }
                return failures.Count == 0 ? 0 : 1;
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean: the temp folder.
            }
        }
    }

    /// <summary>The examples through the real ingest path, dated a few days apart (as the web tests do) so the timeline has a spread.</summary>
    private static (int Documents, long Events) BuildExampleDatabase(string path, string examples)
    {
        using var store = SqliteEventStore.Open(path);
        var ingestor = new DeskIngestor(store, NewsPipeline.Create());
        var first = new DateOnly(2025, 3, 3);
        var documents = 0;
        long events = 0;
        foreach (var item in new InputReader().Read(examples))
        {
            if (item.Document is not { } raw)
            {
                continue;
            }
            var outcome = ingestor.Ingest(raw, first.AddDays(4 * documents));
            if (outcome.Status == IngestStatus.Skipped)
            {
                throw new InvalidOperationException($"example skipped: {outcome.Message}");
            }
            documents++;
            events += outcome.Events;
        }
        return (documents, events);
    }

    /// <summary>Every view, with the count it shows and the API query that must agree with it.</summary>
    private static async Task<List<View>> Views(HttpClient http)
    {
        var firstEvent = (await http.GetFromJsonAsync<JsonElement>("/api/events?limit=1&sort=id&order=asc")).GetProperty("items");
        var docs = (await http.GetFromJsonAsync<JsonElement>("/api/documents?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var article = docs.OrderByDescending(d => d.GetProperty("events").GetInt32() + d.GetProperty("quotes").GetInt32()).First().GetProperty("id").GetString()!;
        var views = new List<View>
        {
            new("timeline", "#/timeline", "timeline-total", "/api/events?limit=1"),
            new("network", "#/network", "net-dyads", "dyads"),
            new("map", "#/map", "map-located", "located"),
            new("events", "#/events", "event-total", "/api/events?limit=1"),
        };
        if (firstEvent.GetArrayLength() > 0)
        {
            views.Add(new("event detail", $"#/event/{firstEvent[0].GetProperty("id").GetInt64()}", null, null));
        }
        views.Add(new("article", $"#/article/{Uri.EscapeDataString(article)}", null, null));
        views.Add(new("quotes", "#/quotes", null, null));
        views.Add(new("search", "#/search?q=said", null, null));
        views.Add(new("watchlists", "#/watch", null, null));
        return views;
    }

    private static async Task<string> ExpectedCount(HttpClient http, string what)
    {
        switch (what)
        {
            case "dyads":
                // The network hides one-sided events (--- source or target) by default.
                var dyads = (await http.GetFromJsonAsync<JsonElement>("/api/dyads?limit=400")).EnumerateArray()
                    .Count(d => d.GetProperty("source").GetString() != "---" && d.GetProperty("target").GetString() != "---");
                return dyads.ToString(CultureInfo.InvariantCulture);
            case "located":
                var items = (await http.GetFromJsonAsync<JsonElement>("/api/events?limit=1000")).GetProperty("items").EnumerateArray();
                return items.Count(e => e.GetProperty("latitude").ValueKind == JsonValueKind.Number).ToString(CultureInfo.InvariantCulture);
            default:
                return (await http.GetFromJsonAsync<JsonElement>(what)).GetProperty("total").GetInt64().ToString(CultureInfo.InvariantCulture);
        }
    }

    private sealed record LoadResult(double InPageMs, double WallMs, string? Count, List<string> Errors);

    /// <summary>One cold load in a fresh context: from navigation to the router's done signal.</summary>
    private static async Task<LoadResult> Load(IBrowser browser, string url, string? countTestId = null)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        var t = Stopwatch.GetTimestamp();
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("#view[aria-busy=false]", new() { Timeout = 30000 });
        var wall = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        var inPage = await page.EvaluateAsync<double>("() => performance.getEntriesByName('eventdesk:view-rendered').at(-1)?.startTime ?? -1");
        if (await page.Locator("#view .error").CountAsync() > 0)
        {
            errors.Add("the view shows an error: " + await page.Locator("#view .error").First.TextContentAsync());
        }
        var count = countTestId is null ? null : (await page.GetByTestId(countTestId).First.TextContentAsync())?.Trim();
        if (inPage < 0)
        {
            errors.Add("no performance mark eventdesk:view-rendered");
        }
        return new LoadResult(inPage, wall, count, errors);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Round(double v) => Math.Round(v, 1);

    private static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? Str(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EventDesk.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("EventDesk.sln not found above the current directory");
    }
}
