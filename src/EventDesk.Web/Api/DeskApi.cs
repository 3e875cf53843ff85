using System.Security.Cryptography;
using System.Text;
using EventDesk.Storage;
using EventDesk.Storage.Export;
using EventDesk.Storage.Sqlite;
using EventDesk.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EventDesk.Web.Api;

/// <summary>The REST API under /api: thin handlers over <see cref="IDeskQueries"/> and <see cref="IEventStore"/>. Stateless.</summary>
public static class DeskApi
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static void MapDeskApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");

        api.MapGet("/info", (DeskWebOptions o, StoreAccess s, IngestService ingest) =>
            TypedResults.Ok(new ServerInfo("EventDesk", typeof(DeskApi).Assembly.GetName().Version?.ToString() ?? "0",
                s.Read(st => st.SchemaVersion), o.ApiKey is null, o.ApiKey is not null && ingest.Available)))
            .WithSummary("Server facts: schema version, whether writes are enabled.");

        api.MapGet("/events", Results<Ok<Page<EventItem>>, ProblemHttpResult> ([AsParameters] EventQuery q, [AsParameters] PageQuery p, StoreAccess s) =>
        {
            var sort = p.Sort ?? "date";
            if (Check(q) is { } bad)
            {
                return bad;
            }
            if (!SqliteEventStore.SortColumns.ContainsKey(sort))
            {
                return Bad($"sort '{sort}' is not one of {string.Join(", ", SqliteEventStore.SortColumns.Keys)}.");
            }
            if (p.Order is not (null or "asc" or "desc"))
            {
                return Bad($"order '{p.Order}' is not asc or desc.");
            }
            var limit = Math.Clamp(p.Limit ?? 50, 1, 1000);
            var offset = Math.Max(p.Offset ?? 0, 0);
            var page = s.Read(st => st.QueryEventPage(q.ToFilter(limit), offset, sort, (p.Order ?? "desc") == "desc"));
            var items = s.Read(st => ListLookups.WithSentenceStarts(st, page.Rows));
            return TypedResults.Ok(new Page<EventItem>(page.Total, offset, limit, items));
        }).WithSummary("Event mentions, filtered (as the CLI events command), paged and sorted; sentenceStart is where the sentence begins in the document, so triggerStart - sentenceStart is the trigger's offset in sentenceText.");

        api.MapGet("/events/{id:long}", Results<Ok<EventDetail>, NotFound> (long id, StoreAccess s) =>
            s.Read(st => st.GetEvent(id)) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .WithSummary("One event mention with its evidence (sentence, trigger, rule) and every mention of the same aggregated event.");

        api.MapGet("/aggregated", Results<Ok<IReadOnlyList<AggregatedEventRow>>, ProblemHttpResult> ([AsParameters] EventQuery q,
            [FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
            Check(q) ?? (Results<Ok<IReadOnlyList<AggregatedEventRow>>, ProblemHttpResult>)TypedResults.Ok(
                s.Read(st => st.QueryAggregated(q.ToFilter(Math.Clamp(limit ?? 100, 1, 10_000))))))
            .WithSummary("Aggregated (GDELT-style) events: one row per date, dyad, CAMEO code and location.");

        api.MapGet("/documents", ([FromQuery(Name = "offset")] int? offset, [FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
        {
            var l = Math.Clamp(limit ?? 50, 1, 1000);
            var o = Math.Max(offset ?? 0, 0);
            var page = s.Read(st => st.QueryDocuments(o, l));
            return TypedResults.Ok(new Page<DocumentSummary>(page.Total, o, l, page.Rows));
        }).WithSummary("Documents, newest first, with counts of their annotations.");

        api.MapGet("/documents/{id}", Results<Ok<DocumentDetail>, NotFound> (string id, StoreAccess s) =>
            s.Read(st => st.GetDocument(id)) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("A document's text with its sentences, entities, quotes, events, places and sources (offsets into the text).");

        api.MapGet("/quotes", ([FromQuery(Name = "speaker")] string? speaker, [FromQuery(Name = "text")] string? text,
            [FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
        {
            var rows = s.Read(st => st.QueryQuotes(new QuoteFilter(Blank(speaker), Blank(text), Math.Clamp(limit ?? 100, 1, 5000))));
            return TypedResults.Ok(s.Read(st => ListLookups.WithDocumentLabels(st, rows)));
        }).WithSummary("Quotes with their speakers and documents (title, and a label: the title or the first words), filtered by speaker name or code and full-text query.");

        api.MapGet("/speakers", ([FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
        {
            var quotes = s.Read(st => st.QueryQuotes(new QuoteFilter(Limit: 100_000)));
            var speakers = quotes.GroupBy(q => q.Speaker ?? "(unattributed)", StringComparer.Ordinal)
                .Select(g => new SpeakerView(g.Key, g.Select(q => q.SpeakerCode).FirstOrDefault(c => c is not null), g.Count(),
                    g.Select(q => q.DocumentId).Distinct(StringComparer.Ordinal).Count()))
                .OrderByDescending(v => v.Quotes).ThenBy(v => v.Speaker, StringComparer.Ordinal).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToList();
            return TypedResults.Ok(speakers);
        }).WithSummary("Speakers with their number of quotes, most quoted first.");

        api.MapGet("/actors", ([FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
            TypedResults.Ok(s.Read(st => st.QueryActors(Math.Clamp(limit ?? 100, 1, 10_000)))))
            .WithSummary("Coded actors, most mentioned first.");

        api.MapGet("/search", Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult> ([FromQuery(Name = "q")] string? q,
            [FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
            string.IsNullOrWhiteSpace(q) ? Bad("q is required: an FTS5 query, e.g. ceasefire OR truce.")
                : TypedResults.Ok(s.Read(st => st.Search(q, Math.Clamp(limit ?? 20, 1, 500)))))
            .WithSummary("Full-text search over titles and texts (SQLite FTS5, BM25, snippets with [ ] around matches).");

        api.MapGet("/stats", ([FromQuery(Name = "top")] int? top, StoreAccess s) =>
        {
            var st = s.Read(x => x.Stats(Math.Clamp(top ?? 10, 1, 100)));
            return TypedResults.Ok(new StatsView(st.Counts, st.FirstDate, st.LastDate,
                st.TopActors.Select(a => new ActorCount(a.Actor, a.Events)).ToList(),
                st.TopDyads.Select(d => new DyadCount(d.Source, d.Target, d.Events)).ToList()));
        }).WithSummary("Row counts, date range, top actors and dyads.");

        api.MapGet("/timeseries", Results<Ok<IReadOnlyList<SeriesPoint>>, ProblemHttpResult> ([AsParameters] EventQuery q,
            [FromQuery(Name = "interval"), System.ComponentModel.Description("day (default) or week")] string? interval,
            [FromQuery(Name = "groupBy"), System.ComponentModel.Description("quad (default) or root")] string? groupBy, StoreAccess s) =>
        {
            if (Check(q) is { } bad)
            {
                return bad;
            }
            if (interval is not (null or "day" or "week") || groupBy is not (null or "quad" or "root"))
            {
                return Bad("interval is day or week; groupBy is quad or root.");
            }
            return TypedResults.Ok(s.Read(st => st.TimeSeries(q.ToFilter(int.MaxValue), interval ?? "day", groupBy ?? "quad")));
        }).WithSummary("Events per day or week by QuadClass or CAMEO root, with the mean Goldstein value.");

        api.MapGet("/dyads", Results<Ok<IReadOnlyList<DyadRow>>, ProblemHttpResult> ([AsParameters] EventQuery q,
            [FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
            Check(q) ?? (Results<Ok<IReadOnlyList<DyadRow>>, ProblemHttpResult>)TypedResults.Ok(
                s.Read(st => st.Dyads(q.ToFilter(int.MaxValue), Math.Clamp(limit ?? 200, 1, 5000)))))
            .WithSummary("Source-target pairs with event counts per QuadClass (the actor network's edges).");

        api.MapGet("/export/{format}", Results<FileContentHttpResult, ProblemHttpResult> (string format, [AsParameters] EventQuery q,
            [FromQuery(Name = "limit")] int? limit, StoreAccess s) =>
        {
            if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var f) || !Enum.IsDefined(f) || int.TryParse(format, out _))
            {
                return Bad($"format '{format}' is not one of gdelt, csv, jsonl, parquet.");
            }
            if (Check(q) is { } bad)
            {
                return bad;
            }
            using var buffer = new MemoryStream();
            s.Read(st => EventExporter.Export(st, q.ToFilter(limit ?? int.MaxValue), f, buffer));
            var (type, ext) = f switch
            {
                ExportFormat.Gdelt => ("text/tab-separated-values", "export.CSV"),
                ExportFormat.Csv => ("text/csv", "csv"),
                ExportFormat.Jsonl => ("application/x-ndjson", "jsonl"),
                _ => ("application/vnd.apache.parquet", "parquet"),
            };
            return TypedResults.File(buffer.ToArray(), type, $"eventdesk-{f.ToString().ToLowerInvariant()}.{ext}");
        }).WithSummary("Download events: gdelt (aggregated, GDELT 2.0 61 columns), csv, jsonl or parquet (mentions).");

        api.MapGet("/watchlists", (StoreAccess s) => TypedResults.Ok(s.Read(st => st.Watchlists()).Select(WatchlistView.From).ToList()))
            .WithSummary("Saved searches with their total and new (not yet seen) match counts.");

        var write = api.MapGroup("").AddEndpointFilter(RequireKey);

        write.MapPost("/watchlists", async Task<Results<Created<WatchlistView>, ProblemHttpResult>> (WatchlistRequest body, StoreAccess s, CancellationToken c) =>
        {
            if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200)
            {
                return Bad("name is required (at most 200 characters).");
            }
            var q = body.Filter.ToQuery();
            if (Check(q) is { } bad)
            {
                return bad;
            }
            var w = await s.WriteAsync(st => st.AddWatchlist(body.Name.Trim(), q.ToFilter(1000)), c);
            return TypedResults.Created($"/api/watchlists/{w.Id}", WatchlistView.From(w));
        }).WithSummary("Save a search (needs X-Api-Key).");

        write.MapDelete("/watchlists/{id:long}", async Task<Results<NoContent, NotFound>> (long id, StoreAccess s, CancellationToken c) =>
            await s.WriteAsync(st => st.DeleteWatchlist(id), c) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a saved search (needs X-Api-Key).");

        write.MapPost("/watchlists/{id:long}/seen", async Task<Results<NoContent, NotFound>> (long id, StoreAccess s, CancellationToken c) =>
            await s.WriteAsync(st => st.MarkWatchlistSeen(id), c) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Mark the current matches of a saved search as seen (needs X-Api-Key).");

        write.MapPost("/ingest", async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> (IngestRequest body, IngestService ingest, CancellationToken c) =>
        {
            if (!ingest.Available)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ingest is not available",
                    detail: "this host has no ingest pipeline; run `eventdesk serve --api-key KEY`.");
            }
            if (string.IsNullOrWhiteSpace(body.Text) && string.IsNullOrWhiteSpace(body.Url))
            {
                return Bad("give text (with optional title, date, url) or url (an article or feed to fetch).");
            }
            if (string.IsNullOrWhiteSpace(body.Text) && !Ingest.Web.WebFetcher.IsUrl(body.Url!))
            {
                return Bad($"url '{body.Url}' is not an http(s) URL.");
            }
            return TypedResults.Ok(await ingest.IngestAsync(body, c));
        }).WithSummary("Ingest a document (text/title/date/url) or fetch a URL, through the same pipeline as eventdesk ingest (needs X-Api-Key).");
    }

    private static ProblemHttpResult Bad(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    private static ProblemHttpResult? Check(EventQuery q) => q.Validate() is { } problem ? Bad(problem) : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Writes need the key the server was started with; a server without one is read-only.</summary>
    private static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<DeskWebOptions>();
        if (options.ApiKey is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Read-only server",
                detail: "this server was started without --api-key, so it accepts no writes.");
        }
        var given = context.HttpContext.Request.Headers[ApiKeyHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong API key",
                detail: $"send the key the server was started with in the {ApiKeyHeader} header.");
        }
        return await next(context);
    }
}
