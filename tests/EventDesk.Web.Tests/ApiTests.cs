using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventDesk.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EventDesk.Web.Tests;

/// <summary>The API through WebApplicationFactory (in-memory server) on a copy of the fixture database.</summary>
[Collection(DeskCollection.Name)]
public sealed class ApiTests : IDisposable
{
    public const string Key = "test-key-123";
    private readonly WebApplicationFactory<WebProgram> _factory;
    private readonly HttpClient _http;
    private readonly string _db;

    public ApiTests(DeskDatabase desk)
    {
        _db = desk.Copy("api");
        _factory = Factory(_db, Key);
        _http = _factory.CreateClient();
    }

    internal static WebApplicationFactory<WebProgram> Factory(string db, string? key) =>
        new WebApplicationFactory<WebProgram>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.ConfigureServices(s => s.AddSingleton(new DeskWebOptions { DbPath = db, ApiKey = key, PipelineFactory = DeskDatabase.Pipeline, Quiet = true }));
        });

    private async Task<JsonElement> Get(string url)
    {
        var r = await _http.GetAsync(url);
        Assert.True(r.IsSuccessStatusCode, $"{url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Events_are_filtered_paged_and_sorted_like_the_cli()
    {
        var all = await Get("/api/events?limit=1000");
        var total = all.GetProperty("total").GetInt64();
        Assert.True(total > 20, $"the fixture should have events, got {total}");
        Assert.Equal(total, all.GetProperty("items").GetArrayLength());

        var q4 = await Get("/api/events?quad=4&limit=1000");
        Assert.All(q4.GetProperty("items").EnumerateArray(), e => Assert.Equal(4, e.GetProperty("quadClass").GetInt32()));
        Assert.True(q4.GetProperty("total").GetInt64() < total);

        var page2 = await Get("/api/events?limit=5&offset=5&sort=id&order=asc");
        var ids = page2.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order().ToList(), ids);
        var first10 = (await Get("/api/events?limit=10&sort=id&order=asc")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(first10.Skip(5), ids);

        var since = await Get("/api/events?since=2025-04-01&until=2025-04-10&limit=1000");
        Assert.All(since.GetProperty("items").EnumerateArray(), e =>
            Assert.InRange(e.GetProperty("date").GetString()!, "2025-04-01", "2025-04-10"));

        var src = await Get("/api/events?source=UKR&limit=1000");
        Assert.All(src.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("UKR", e.GetProperty("sourceCode").GetString()));

        var text = await Get("/api/events?text=ceasefire&limit=1000");
        Assert.True(text.GetProperty("total").GetInt64() > 0);
        var place = await Get("/api/events?place=Istanbul&limit=1000");
        Assert.All(place.GetProperty("items").EnumerateArray(), e => Assert.Contains("Istanbul", e.GetProperty("location").GetString()));
    }

    [Theory]
    [InlineData("/api/events?quad=7")]
    [InlineData("/api/events?since=2025-05-01&until=2025-04-01")]
    [InlineData("/api/events?sort=drop%20table")]
    [InlineData("/api/events?since=yesterday")]
    [InlineData("/api/events?text=%22unterminated")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/timeseries?interval=hour")]
    [InlineData("/api/export/xml")]
    public async Task Bad_requests_are_400_with_a_message(string url)
    {
        var r = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task Event_detail_has_the_evidence_and_every_mention()
    {
        var item = (await Get("/api/events?limit=1&sort=id&order=asc")).GetProperty("items")[0];
        var id = item.GetProperty("id").GetInt64();
        var detail = await Get($"/api/events/{id}");
        var e = detail.GetProperty("event");
        Assert.Equal(id, e.GetProperty("id").GetInt64());
        Assert.False(string.IsNullOrEmpty(e.GetProperty("rule").GetString()));
        var mention = detail.GetProperty("mentions")[0];
        Assert.Equal(id, mention.GetProperty("eventId").GetInt64());
        Assert.Equal(e.GetProperty("rule").GetString(), mention.GetProperty("rule").GetString());
        // The trigger offsets point into the sentence: the evidence is the stored text itself.
        var doc = await Get($"/api/documents/{e.GetProperty("documentId").GetString()}");
        var text = doc.GetProperty("text").GetString()!;
        Assert.Equal(text.Substring(mention.GetProperty("triggerStart").GetInt32(), mention.GetProperty("triggerLength").GetInt32()), TriggerOf(mention));
        Assert.False(string.IsNullOrWhiteSpace(TriggerOf(mention)));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/events/999999999")).StatusCode);
    }

    /// <summary>The trigger text of a mention, cut from its sentence by the offsets.</summary>
    internal static string TriggerOf(JsonElement mention)
    {
        var sentence = mention.GetProperty("sentenceText").GetString()!;
        return sentence.Substring(mention.GetProperty("triggerStart").GetInt32() - mention.GetProperty("sentenceStart").GetInt32(),
            mention.GetProperty("triggerLength").GetInt32());
    }

    [Fact]
    public async Task Event_rows_locate_the_trigger_in_their_sentence()
    {
        var items = (await Get("/api/events?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var texts = new Dictionary<string, string>();
        foreach (var e in items)
        {
            var docId = e.GetProperty("documentId").GetString()!;
            if (!texts.TryGetValue(docId, out var text))
            {
                texts[docId] = text = (await Get($"/api/documents/{docId}")).GetProperty("text").GetString()!;
            }
            var start = e.GetProperty("sentenceStart").GetInt32();
            var sentence = e.GetProperty("sentenceText").GetString()!;
            Assert.Equal(text.Substring(start, sentence.Length), sentence);
            Assert.Equal(text.Substring(e.GetProperty("triggerStart").GetInt32(), e.GetProperty("triggerLength").GetInt32()), TriggerOf(e));
        }
    }

    [Fact]
    public async Task Quotes_name_their_documents()
    {
        var docs = (await Get("/api/documents?limit=1000")).GetProperty("items").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("title").GetString());
        var quotes = (await Get("/api/quotes?limit=1000")).EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        foreach (var q in quotes)
        {
            var title = docs[q.GetProperty("documentId").GetString()!];
            var label = q.GetProperty("documentLabel").GetString()!;
            Assert.Equal(string.IsNullOrWhiteSpace(title) ? null : title.Trim(), q.GetProperty("title").GetString());
            Assert.Equal(string.IsNullOrWhiteSpace(title) ? label : title.Trim(), label);
            Assert.InRange(label.Length, 1, Api.ListLookups.LabelLength + 1);
        }
        Assert.Equal("Mali soldiers killed in attack on a military post", Api.ListLookups.FirstWords("Mali soldiers killed in attack\non a military post"));
        Assert.Equal("Gunmen attacked a military post in central Mali on Sunday,…",
            Api.ListLookups.FirstWords("Gunmen attacked a military post in central Mali on Sunday, killing at least twelve soldiers."));
    }

    [Fact]
    public async Task Documents_carry_their_annotations()
    {
        var docs = await Get("/api/documents?limit=1000");
        Assert.Equal(55, docs.GetProperty("total").GetInt64()); // 6 examples + 48 generated stories + 1 hostile article
        var withEvents = docs.GetProperty("items").EnumerateArray().First(d => d.GetProperty("events").GetInt32() > 0 && d.GetProperty("quotes").GetInt32() > 0);
        var d = await Get($"/api/documents/{withEvents.GetProperty("id").GetString()}");
        var text = d.GetProperty("text").GetString()!;
        Assert.NotEmpty(d.GetProperty("sentences").EnumerateArray());
        foreach (var q in d.GetProperty("quotes").EnumerateArray())
        {
            Assert.Equal(q.GetProperty("text").GetString(), text.Substring(q.GetProperty("start").GetInt32(), q.GetProperty("length").GetInt32()));
        }
        foreach (var en in d.GetProperty("entities").EnumerateArray())
        {
            Assert.Equal(en.GetProperty("text").GetString(), text.Substring(en.GetProperty("start").GetInt32(), en.GetProperty("length").GetInt32()));
        }
        Assert.Equal(withEvents.GetProperty("events").GetInt32(), d.GetProperty("events").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/documents/nope")).StatusCode);
    }

    [Fact]
    public async Task Quotes_actors_search_stats()
    {
        var quotes = await Get("/api/quotes?limit=1000");
        Assert.True(quotes.GetArrayLength() > 0);
        var speakers = await Get("/api/speakers");
        Assert.Equal(quotes.GetArrayLength(), speakers.EnumerateArray().Sum(s => s.GetProperty("quotes").GetInt32()));
        var actors = await Get("/api/actors");
        var mentions = actors.EnumerateArray().Select(a => a.GetProperty("mentions").GetInt32()).ToList();
        Assert.NotEmpty(mentions);
        Assert.Equal(mentions.OrderDescending(), mentions);
        var hits = await Get("/api/search?q=ceasefire");
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("[ceasefire]", StringComparison.OrdinalIgnoreCase));
        var stats = await Get("/api/stats");
        var events = await Get("/api/events?limit=1");
        Assert.Equal(events.GetProperty("total").GetInt64(), stats.GetProperty("counts").GetProperty("events").GetInt64());
    }

    [Fact]
    public async Task Time_series_and_dyads_add_up_to_the_event_count()
    {
        var total = (await Get("/api/events?limit=1")).GetProperty("total").GetInt64();
        var days = await Get("/api/timeseries?interval=day&groupBy=quad");
        Assert.Equal(total, days.EnumerateArray().Sum(p => p.GetProperty("events").GetInt64()));
        var weeks = await Get("/api/timeseries?interval=week&groupBy=root&quad=4");
        var q4 = (await Get("/api/events?quad=4&limit=1")).GetProperty("total").GetInt64();
        Assert.Equal(q4, weeks.EnumerateArray().Sum(p => p.GetProperty("events").GetInt64()));
        Assert.All(weeks.EnumerateArray(), p => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(p.GetProperty("period").GetString()!).DayOfWeek));
        // Each day falls in the week that starts on its Monday (a Monday in its own week).
        var q4Days = await Get("/api/timeseries?interval=day&quad=4");
        var expected = q4Days.EnumerateArray()
            .GroupBy(p => { var d = DateOnly.Parse(p.GetProperty("period").GetString()!); return d.AddDays(-(((int)d.DayOfWeek + 6) % 7)); })
            .ToDictionary(g => g.Key.ToString("yyyy-MM-dd"), g => g.Sum(p => p.GetProperty("events").GetInt64()));
        var actual = weeks.EnumerateArray().GroupBy(p => p.GetProperty("period").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.GetProperty("events").GetInt64()));
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        var dyads = await Get("/api/dyads?limit=5000");
        Assert.Equal(total, dyads.EnumerateArray().Sum(d => d.GetProperty("events").GetInt64()));
        Assert.All(dyads.EnumerateArray(), d => Assert.Equal(d.GetProperty("events").GetInt64(),
            d.GetProperty("quad1").GetInt64() + d.GetProperty("quad2").GetInt64() + d.GetProperty("quad3").GetInt64() + d.GetProperty("quad4").GetInt64()));
    }

    [Theory]
    [InlineData("gdelt", "text/tab-separated-values")]
    [InlineData("csv", "text/csv")]
    [InlineData("jsonl", "application/x-ndjson")]
    [InlineData("parquet", "application/vnd.apache.parquet")]
    public async Task Exports_download_through_the_existing_exporters(string format, string type)
    {
        var r = await _http.GetAsync($"/api/export/{format}?quad=1");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(type, r.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(r.Content.Headers.ContentDisposition?.FileName);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(bytes);
        if (format == "jsonl")
        {
            var q1 = (await Get("/api/events?quad=1&limit=1")).GetProperty("total").GetInt64();
            Assert.Equal(q1, System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    [Fact]
    public async Task Writes_need_the_key_and_a_keyless_server_is_read_only()
    {
        var body = new { name = "sahel", filter = new { quad = 4 } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsJsonAsync("/api/watchlists", body)).StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/watchlists") { Content = JsonContent.Create(body) })
        {
            wrong.Headers.Add("X-Api-Key", "nope");
            Assert.Equal(HttpStatusCode.Unauthorized, (await _http.SendAsync(wrong)).StatusCode);
        }
        using var readOnly = Factory(_db, null);
        var ro = readOnly.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await ro.PostAsJsonAsync("/api/ingest", new { text = "x" })).StatusCode);
        Assert.True((await (await ro.GetAsync("/api/info")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("readOnly").GetBoolean());
    }

    private HttpRequestMessage Write(HttpMethod method, string url, object? body = null)
    {
        var m = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        m.Headers.Add("X-Api-Key", Key);
        return m;
    }

    [Fact]
    public async Task Watchlists_count_new_matches_until_marked_seen()
    {
        var created = await _http.SendAsync(Write(HttpMethod.Post, "/api/watchlists", new { name = "Kremlin", filter = new { text = "Kremlin" } }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var w = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = w.GetProperty("id").GetInt64();
        var rus = (await Get("/api/events?text=Kremlin&limit=1")).GetProperty("total").GetInt64();
        Assert.True(rus > 0);
        Assert.Equal(rus, w.GetProperty("newMatches").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, (await _http.SendAsync(Write(HttpMethod.Post, $"/api/watchlists/{id}/seen"))).StatusCode);
        var after = (await Get("/api/watchlists")).EnumerateArray().Single(x => x.GetProperty("id").GetInt64() == id);
        Assert.Equal(0, after.GetProperty("newMatches").GetInt64());
        Assert.Equal(rus, after.GetProperty("totalMatches").GetInt64());

        // A new matching article raises the count again: the basis of alerts.
        var ingest = await _http.SendAsync(Write(HttpMethod.Post, "/api/ingest", new
        {
            text = "MOSCOW - Russia and Ukraine held talks in Istanbul on Monday, officials said.\n" +
                   "The Kremlin accused Ukraine of shelling the plant.\nRussian forces attacked the town of Nikopol overnight, the governor said.",
            title = "Talks and shelling", date = "2025-04-28",
        }));
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        var outcome = await ingest.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("added", outcome.GetProperty("documents")[0].GetProperty("status").GetString());
        Assert.True(outcome.GetProperty("documents")[0].GetProperty("events").GetInt32() > 0);
        var again = (await Get("/api/watchlists")).EnumerateArray().Single(x => x.GetProperty("id").GetInt64() == id);
        Assert.True(again.GetProperty("newMatches").GetInt64() > 0);

        // The same text again is a duplicate (the ingest path's dedup), not a second document.
        var dup = await _http.SendAsync(Write(HttpMethod.Post, "/api/ingest", new
        {
            text = "MOSCOW - Russia and Ukraine held talks in Istanbul on Monday, officials said.\n" +
                   "The Kremlin accused Ukraine of shelling the plant.\nRussian forces attacked the town of Nikopol overnight, the governor said.",
        }));
        Assert.Equal("duplicate", (await dup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await _http.SendAsync(Write(HttpMethod.Delete, $"/api/watchlists/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.SendAsync(Write(HttpMethod.Delete, $"/api/watchlists/{id}"))).StatusCode);
    }

    [Fact]
    public async Task Every_response_has_the_security_headers_and_the_dashboard_is_served()
    {
        var r = await _http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("app.js", html);
        Assert.DoesNotContain("<script>", html); // no inline script
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/app.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/countries-110m.json")).StatusCode);
        var api = await _http.GetAsync("/api/stats");
        Assert.Contains("default-src 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_committed_openapi_document_is_current()
    {
        var live = await _http.GetStringAsync("/openapi/v1.json");
        var path = Path.Combine(DeskDatabase.RepoRoot, "docs", "openapi.json");
        var normalized = live.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("EVENTDESK_UPDATE_OPENAPI") == "1")
        {
            File.WriteAllText(path, normalized);
        }
        Assert.True(File.Exists(path), "docs/openapi.json is missing: run `EVENTDESK_UPDATE_OPENAPI=1 dotnet test tests/EventDesk.Web.Tests -c Release` and commit it.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(committed == normalized,
            "docs/openapi.json is stale: the API changed. Regenerate it with `EVENTDESK_UPDATE_OPENAPI=1 dotnet test tests/EventDesk.Web.Tests -c Release " +
            "--filter The_committed_openapi_document_is_current`, read the diff and commit it.");
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }
}
