using System.Text.Json;
using Microsoft.Playwright;

namespace EventDesk.Web.Tests;

/// <summary>Each dashboard view in headless chromium: what it shows matches the API; screenshots go to TestResults/screenshots/.</summary>
[Collection(DeskCollection.Name)]
public sealed class DashboardTests(DeskDatabase desk) : IAsyncLifetime
{
    private readonly BrowserFixture _b = new(desk);

    public Task InitializeAsync() => _b.InitializeAsync();

    public Task DisposeAsync() => _b.DisposeAsync();

    private async Task<(IPage Page, List<string> Errors)> Open(string hash)
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipMessage);
        var (page, errors) = await _b.NewPage();
        await page.GotoAsync(_b.BaseUrl + "/" + hash);
        await Settled(page);
        return (page, errors);
    }

    /// <summary>Waits until the view has rendered (the router sets aria-busy=false when done).</summary>
    private static async Task Settled(IPage page) =>
        await page.WaitForSelectorAsync("#view[aria-busy=false]", new() { Timeout = 15000 });

    private static void NoErrors(List<string> errors) =>
        Assert.True(errors.Count == 0, "the page reported errors:\n" + string.Join("\n", errors));

    private static async Task<string> Text(IPage page, string testId) => (await page.GetByTestId(testId).First.TextContentAsync())!.Trim();

    private static async Task Go(IPage page, Func<Task> action)
    {
        await action();
        await page.WaitForTimeoutAsync(50);
        await Settled(page);
    }

    [SkippableFact]
    public async Task Timeline_counts_match_the_api_and_the_brush_picks_a_period()
    {
        var (page, errors) = await Open("#/timeline");
        var total = (await _b.Api("/api/events?limit=1")).GetProperty("total").GetInt64();
        Assert.Equal(total.ToString(), await Text(page, "timeline-total"));
        for (var q = 1; q <= 4; q++)
        {
            var n = (await _b.Api($"/api/events?limit=1&quad={q}")).GetProperty("total").GetInt64();
            Assert.Equal(n.ToString(), await Text(page, $"timeline-q{q}"));
        }
        var bars = await page.Locator("rect.bar").EvaluateAllAsync<int>("els => els.reduce((a, e) => a + Number(e.dataset.count), 0)");
        Assert.Equal(total, bars);
        await BrowserFixture.Shot(page, "01-timeline");

        // Drag from the first bar to the middle one: a period that holds some but not all events.
        var xs = (await page.Locator("rect.bar").EvaluateAllAsync<double[]>("els => [...new Set(els.map(e => { const r = e.getBoundingClientRect(); return r.x + r.width / 2; }))].sort((a, b) => a - b)"));
        Assert.True(xs.Length >= 2, "the fixture should have events on several days");
        var box = (await page.GetByTestId("timeline-chart").BoundingBoxAsync())!;
        var y = box.Y + box.Height / 2;
        await Go(page, async () =>
        {
            await page.Mouse.MoveAsync((float)xs[0], y);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync((float)xs[xs.Length / 2], y, new() { Steps = 8 });
            await page.Mouse.UpAsync();
            await page.WaitForFunctionAsync("() => location.hash.includes('since=')", null, new() { Timeout = 10000 });
        });
        var hash = new Uri(page.Url).Fragment;
        var query = hash[(hash.IndexOf('?') + 1)..];
        var selected = (await _b.Api("/api/events?limit=1&" + query)).GetProperty("total").GetInt64();
        Assert.Equal(selected.ToString(), await Text(page, "selection-count"));
        Assert.True(selected < total && selected > 0, $"the brush should select part of the events ({selected} of {total})");
        Assert.Equal((int)Math.Min(selected, 50), await page.Locator("[data-testid=event-table] tbody tr").CountAsync());
        await BrowserFixture.Shot(page, "02-timeline-brushed");
        NoErrors(errors);
    }

    [SkippableFact]
    public async Task Timeline_groups_by_cameo_root()
    {
        var (page, errors) = await Open("#/timeline?interval=day");
        await Go(page, () => page.GetByTestId("group").SelectOptionAsync("root"));
        Assert.Contains("group=root", page.Url);
        Assert.Contains("interval=day", page.Url);
        var total = (await _b.Api("/api/events?limit=1")).GetProperty("total").GetInt64();
        Assert.Equal(total.ToString(), await Text(page, "timeline-total"));
        var bars = await page.Locator("rect.bar").EvaluateAllAsync<int>("els => els.reduce((a, e) => a + Number(e.dataset.count), 0)");
        Assert.Equal(total, bars);
        var roots = await page.Locator("rect.bar").EvaluateAllAsync<string[]>("els => [...new Set(els.map(e => e.dataset.root))].sort()");
        Assert.NotEmpty(roots);
        foreach (var root in roots)
        {
            var n = (await _b.Api($"/api/events?limit=1&root={root}")).GetProperty("total").GetInt64();
            Assert.Equal(n.ToString(), await Text(page, "timeline-root-" + root));
        }
        await BrowserFixture.Shot(page, "12-timeline-by-root");
        NoErrors(errors);
    }

    [SkippableFact]
    public async Task Network_shows_the_dyads_and_filters_by_country_sector_and_root()
    {
        var (page, errors) = await Open("#/network");
        var all = (await _b.Api("/api/dyads?limit=400")).EnumerateArray().ToList();
        static bool TwoSided(JsonElement d) => d.GetProperty("source").GetString() != "---" && d.GetProperty("target").GetString() != "---";
        var dyads = all.Where(TwoSided).ToList();
        Assert.Equal(dyads.Count.ToString(), await Text(page, "net-dyads"));
        Assert.Equal(dyads.Sum(d => d.GetProperty("events").GetInt64()).ToString(), await Text(page, "net-events"));
        // One arrow per dyad; an actor acting on itself is listed in the table but not drawn.
        Assert.Equal(dyads.Count(d => d.GetProperty("source").GetString() != d.GetProperty("target").GetString()), await page.Locator("line.edge").CountAsync());
        await BrowserFixture.Shot(page, "03-network");

        await Go(page, () => page.GetByTestId("net-country").SelectOptionAsync("UKR"));
        static bool Ukr(JsonElement d, string k) => d.GetProperty(k).GetString()!.StartsWith("UKR", StringComparison.Ordinal);
        Assert.Equal(dyads.Count(d => Ukr(d, "source") || Ukr(d, "target")).ToString(), await Text(page, "net-dyads"));
        await BrowserFixture.Shot(page, "04-network-ukr");

        await Go(page, () => page.GetByTestId("net-country").SelectOptionAsync(""));
        await Go(page, () => page.GetByTestId("net-sector").SelectOptionAsync("MIL"));
        static bool Mil(JsonElement d, string k) => d.GetProperty(k).GetString()!.Length >= 6 && d.GetProperty(k).GetString()![3..].Contains("MIL", StringComparison.Ordinal);
        Assert.Equal(dyads.Count(d => Mil(d, "source") || Mil(d, "target")).ToString(), await Text(page, "net-dyads"));

        await Go(page, () => page.GetByTestId("net-sector").SelectOptionAsync(""));
        await Go(page, () => page.GetByTestId("net-root").SelectOptionAsync("19"));
        var root19 = (await _b.Api("/api/dyads?limit=400&root=19")).EnumerateArray().Where(TwoSided).ToList();
        Assert.Equal(root19.Sum(d => d.GetProperty("events").GetInt64()).ToString(), await Text(page, "net-events"));

        await Go(page, () => page.GetByTestId("net-root").SelectOptionAsync(""));
        await Go(page, () => page.GetByTestId("net-unknown").CheckAsync());
        Assert.Equal(all.Count.ToString(), await Text(page, "net-dyads"));
        NoErrors(errors);
    }

    [SkippableFact]
    public async Task Map_clusters_every_located_event_on_the_offline_base_map()
    {
        var (page, errors) = await Open("#/map");
        var events = (await _b.Api("/api/events?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var located = events.Count(e => e.GetProperty("latitude").ValueKind == JsonValueKind.Number);
        Assert.True(located > 0);
        Assert.Equal(located.ToString(), await Text(page, "map-located"));
        Assert.True(await page.Locator("path.country").CountAsync() > 150, "the country outlines should be drawn");
        var clustered = await page.Locator("g.cluster").EvaluateAllAsync<int>("els => els.reduce((a, e) => a + Number(e.dataset.count), 0)");
        Assert.Equal(located, clustered);
        await BrowserFixture.Shot(page, "05-map");
        var biggest = page.Locator("g.cluster").First;
        var n = int.Parse((await biggest.GetAttributeAsync("data-count"))!);
        await biggest.DispatchEventAsync("click");
        Assert.Equal(n, await page.Locator(".map-detail tbody tr").CountAsync());
        NoErrors(errors);
    }

    [SkippableFact]
    public async Task Event_list_filters_pages_and_opens_the_evidence()
    {
        var (page, errors) = await Open("#/events");
        var total = (await _b.Api("/api/events?limit=1")).GetProperty("total").GetInt64();
        Assert.Equal(total.ToString(), await Text(page, "event-total"));
        Assert.Equal((int)Math.Min(50, total), await page.Locator("[data-testid=event-table] tbody tr").CountAsync());
        // Every row marks its trigger in the sentence, at the offsets the API gives.
        var rows = (await _b.Api("/api/events?limit=50&sort=date&order=desc")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(rows.Select(ApiTests.TriggerOf), await page.Locator("[data-testid=event-table] tbody tr .sentence-hl .trigger").AllTextContentsAsync());
        await BrowserFixture.Shot(page, "06-events");

        await page.Locator("select[data-filter=quad]").SelectOptionAsync("4");
        await page.Locator("input[data-filter=source]").FillAsync("RUS");
        await Go(page, () => page.GetByTestId("apply").ClickAsync());
        var q4 = await _b.Api("/api/events?limit=50&quad=4&source=RUS");
        Assert.Equal(q4.GetProperty("total").GetInt64().ToString(), await Text(page, "event-total"));
        Assert.All(await page.Locator("[data-testid=event-table] tbody tr td:nth-child(2)").AllTextContentsAsync(), t => Assert.Equal("4", t));

        await Go(page, () => page.Locator("input[data-filter=source]").FillAsync(""));
        await Go(page, () => page.GetByTestId("apply").ClickAsync());
        if (long.Parse(await Text(page, "event-total")) > 50)
        {
            await Go(page, () => page.GetByTestId("next").ClickAsync());
            Assert.Contains("offset=50", page.Url);
        }

        var first = page.Locator("[data-testid=event-table] tbody tr").First;
        var id = long.Parse((await first.GetAttributeAsync("data-event"))!);
        await Go(page, () => first.ClickAsync());
        var detail = await _b.Api($"/api/events/{id}");
        Assert.Equal(detail.GetProperty("event").GetProperty("rule").GetString(), await Text(page, "rule"));
        var trigger = (await page.Locator(".sentence-hl .trigger").First.TextContentAsync())!;
        Assert.Equal(ApiTests.TriggerOf(detail.GetProperty("mentions")[0]), trigger);
        Assert.Equal(detail.GetProperty("mentions").GetArrayLength(), await page.Locator("[data-testid=mentions] tbody tr").CountAsync());
        await BrowserFixture.Shot(page, "07-event-detail");
        NoErrors(errors);
    }

    [SkippableFact]
    public async Task Article_view_highlights_entities_quotes_and_events_and_quotes_group_by_speaker()
    {
        var (page, errors) = await Open("#/articles");
        var docs = (await _b.Api("/api/documents?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(docs.Count.ToString(), await Text(page, "doc-total"));
        var doc = docs.OrderByDescending(d => d.GetProperty("quotes").GetInt32() + d.GetProperty("events").GetInt32()).First();
        var id = doc.GetProperty("id").GetString()!;
        await Go(page, () => page.Locator($"tr[data-doc='{id}']").ClickAsync());
        var d = await _b.Api($"/api/documents/{id}");
        Assert.Equal(d.GetProperty("events").GetArrayLength(), await page.Locator("[data-testid=article-events] li").CountAsync());
        Assert.Equal(d.GetProperty("quotes").GetArrayLength(), await page.Locator("[data-testid=article-quotes] li").CountAsync());
        Assert.True(await page.Locator(".article-text .trigger").CountAsync() >= 1);
        Assert.True(await page.Locator(".article-text .quote").CountAsync() >= 1);
        Assert.True(await page.Locator(".article-text .ent").CountAsync() >= 1);
        // The page shows exactly the stored text: nothing added, nothing lost.
        var shown = string.Concat(await page.Locator(".article-text .para").AllTextContentsAsync());
        Assert.Equal(string.Concat(d.GetProperty("text").GetString()!.Where(c => !char.IsWhiteSpace(c))), string.Concat(shown.Where(c => !char.IsWhiteSpace(c))));
        await BrowserFixture.Shot(page, "08-article");

        await Go(page, () => page.Locator("input[data-layer=entities]").ClickAsync());
        Assert.Equal(0, await page.Locator(".article-text .ent").CountAsync());

        await Go(page, () => page.GotoAsync(_b.BaseUrl + "/#/quotes"));
        var speakers = (await _b.Api("/api/speakers")).EnumerateArray().ToList();
        Assert.Equal(speakers.Count, await page.Locator("[data-testid=speakers] li").CountAsync());
        var named = speakers.First(s => s.GetProperty("speaker").GetString() != "(unattributed)");
        await Go(page, () => page.Locator("[data-testid=speakers] li", new() { HasText = named.GetProperty("speaker").GetString() }).First.ClickAsync());
        var quotes = (await _b.Api("/api/quotes?limit=1000&speaker=" + Uri.EscapeDataString(named.GetProperty("speaker").GetString()!))).GetArrayLength();
        Assert.Equal(quotes.ToString(), await Text(page, "quote-count"));
        // Articles are named by title (or first words), not by id.
        var labels = (await _b.Api("/api/quotes?limit=1000&speaker=" + Uri.EscapeDataString(named.GetProperty("speaker").GetString()!)))
            .EnumerateArray().Select(q => q.GetProperty("documentLabel").GetString()!).ToList();
        Assert.Equal(labels, await page.GetByTestId("quote-doc").AllTextContentsAsync());
        Assert.DoesNotContain(labels, l => docs.Any(d => d.GetProperty("id").GetString() == l));
        await BrowserFixture.Shot(page, "09-quotes");
        NoErrors(errors);
    }

    [SkippableFact]
    public async Task Watchlist_is_saved_with_the_key_and_shows_its_matches()
    {
        var (page, errors) = await Open("#/watch?quad=4&since=2025-03-01");
        await page.GetByTestId("api-key").FillAsync(BrowserFixture.Key);
        await page.GetByTestId("api-key").DispatchEventAsync("change");
        await page.GetByTestId("watch-name").FillAsync("Material conflict");
        await page.GetByTestId("watch-save").ClickAsync();
        await page.WaitForSelectorAsync("tr[data-watch='Material conflict']");
        await Settled(page);
        var expected = (await _b.Api("/api/events?limit=1&quad=4&since=2025-03-01")).GetProperty("total").GetInt64();
        var row = page.Locator("tr[data-watch='Material conflict']");
        Assert.Equal(expected.ToString(), (await row.GetByTestId("watch-total").TextContentAsync())!.Trim());
        Assert.Equal(expected.ToString(), (await row.GetByTestId("watch-new").TextContentAsync())!.Trim());
        await BrowserFixture.Shot(page, "10-watchlists");
        await Go(page, () => row.GetByText("mark seen").ClickAsync());
        Assert.Equal("0", (await page.Locator("tr[data-watch='Material conflict']").GetByTestId("watch-new").TextContentAsync())!.Trim());
        NoErrors(errors);
    }

    [SkippableFact]
    public async Task Hostile_article_text_is_shown_as_text_and_runs_nothing()
    {
        // Skip before the API call: without chromium the fixture starts nothing to ask.
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipMessage);
        var hits = (await _b.Api("/api/documents?limit=1000")).GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("title").GetString() == DeskDatabase.XssTitle);
        var id = hits.GetProperty("id").GetString()!;
        var (page, errors) = await Open($"#/article/{id}");
        Assert.Equal(DeskDatabase.XssTitle, await Text(page, "article-title"));
        var text = string.Concat(await page.Locator(".article-text .para").AllTextContentsAsync());
        Assert.Contains("<script>window.__xss=1</script>", text);
        Assert.Contains("onerror=\"window.__xss=1\"", text);
        Assert.Equal(0, await page.Locator(".article-text script, .article-text img, .article-text svg, .article-text b").CountAsync());
        await BrowserFixture.Shot(page, "11-xss-article");

        // The event list, the event detail, the search snippets and the quotes render the same text.
        var evs = (await _b.Api($"/api/documents/{id}")).GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(evs);
        await Go(page, () => page.GotoAsync(_b.BaseUrl + $"/#/event/{evs[0].GetProperty("id").GetInt64()}"));
        await Go(page, () => page.GotoAsync(_b.BaseUrl + "/#/events?text=script"));
        await Go(page, () => page.GotoAsync(_b.BaseUrl + "/#/search?q=script"));
        await Go(page, () => page.GotoAsync(_b.BaseUrl + "/#/quotes"));
        // The javascript: URL is not a live link.
        await Go(page, () => page.GotoAsync(_b.BaseUrl + $"/#/article/{id}"));
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        await page.Locator(".article-text .para").First.HoverAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        NoErrors(errors);
    }
}
