using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Ingest.Web;
using EventDesk.Text;
using EventDesk.Web.Hosting;

namespace EventDesk.Web.Api;

/// <summary>
/// POST /api/ingest: the same path as <c>eventdesk ingest</c> (InputReader for URLs, DeskIngestor for
/// dedup, pipeline, tone and storage), one document at a time through the store's single writer. Thread-safe.
/// </summary>
public sealed class IngestService(DeskWebOptions options, StoreAccess stores) : IDisposable
{
    private readonly Lazy<Pipeline?> _pipeline = new(() => options.PipelineFactory?.Invoke(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<WebFetcher> _fetcher = new(() => new WebFetcher(), LazyThreadSafetyMode.ExecutionAndPublication);

    public bool Available => options.PipelineFactory is not null;

    public async Task<IngestResponse> IngestAsync(IngestRequest request, CancellationToken cancel)
    {
        var pipeline = _pipeline.Value ?? throw new InvalidOperationException("no ingest pipeline");
        var results = new List<IngestResult>();
        var problems = new List<string>();
        await stores.WriteAsync(store =>
        {
            var ingestor = new DeskIngestor(store, pipeline);
            IEnumerable<InputItem> items = !string.IsNullOrWhiteSpace(request.Text)
                ? [new InputItem(new RawDocument(request.Url ?? "api", request.Text, request.Title, request.Date, request.Url), null)]
                : new InputReader { Fetcher = _fetcher.Value, FeedStates = store }.Read(request.Url!);
            foreach (var item in items)
            {
                cancel.ThrowIfCancellationRequested();
                if (item.Problem is { } p)
                {
                    problems.Add(p.ToString());
                }
                if (item.Document is { } raw)
                {
                    var o = ingestor.Ingest(raw, request.Date);
                    results.Add(new IngestResult(o.Status.ToString().ToLowerInvariant(), o.DocumentId, o.Sentences, o.Events, o.Message));
                }
            }
            return results.Count;
        }, cancel);
        return new IngestResponse(results, problems);
    }

    public void Dispose()
    {
        if (_fetcher.IsValueCreated)
        {
            _fetcher.Value.Dispose();
        }
    }
}

/// <summary>A document to ingest: its text (with optional title, date, URL), or only a URL of an article or feed to fetch.</summary>
public sealed record IngestRequest(string? Text = null, string? Title = null, DateOnly? Date = null, string? Url = null);

public sealed record IngestResult(string Status, string? DocumentId, int Sentences, int Events, string? Message);

public sealed record IngestResponse(IReadOnlyList<IngestResult> Documents, IReadOnlyList<string> Problems);
