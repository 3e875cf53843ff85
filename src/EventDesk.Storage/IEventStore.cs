using EventDesk.Text;

namespace EventDesk.Storage;

/// <summary>
/// The desk's database: documents with their layers, sources, events (per mention and
/// aggregated), quotes, actors and places. Each write of a document is atomic: a killed
/// process loses at most the document in flight. Implementations say whether they are
/// thread-safe; <see cref="Sqlite.SqliteEventStore"/> is not (one writer per instance).
/// </summary>
public interface IEventStore : IFeedStateStore, IDisposable
{
    /// <summary>The schema version the database is at after opening (migrations applied).</summary>
    int SchemaVersion { get; }

    /// <summary>The id of a stored document whose normalised URL or content hash matches, or null.</summary>
    string? FindExact(string contentHash, string? normalizedUrl);

    /// <summary>Stored documents whose estimated Jaccard similarity (MinHash) is at least <paramref name="minSimilarity"/>, best first.</summary>
    IReadOnlyList<(string DocumentId, double Similarity)> FindNear(uint[] signature, double minSimilarity);

    /// <summary>The stored text of a document, or null.</summary>
    string? GetText(string documentId);

    /// <summary>Links a document to one more source that carried it; a no-op when already linked.</summary>
    bool LinkSource(string documentId, SourceRef source);

    /// <summary>Stores an annotated document with every layer it has, in one transaction.</summary>
    void AddDocument(Document document, DocumentInfo info, SourceRef source);

    IReadOnlyList<EventRow> QueryEvents(EventFilter filter);

    IReadOnlyList<AggregatedEventRow> QueryAggregated(EventFilter filter);

    IReadOnlyList<QuoteRow> QueryQuotes(QuoteFilter filter);

    IReadOnlyList<ActorRow> QueryActors(int limit);

    IReadOnlyList<SearchHit> Search(string query, int limit);

    IReadOnlyList<SentenceRow> Sentences(string documentId);

    StoreStats Stats(int top);

    /// <summary>Row counts and a content digest per table, for comparing two databases.</summary>
    IReadOnlyDictionary<string, (long Rows, string Digest)> Fingerprint();
}

/// <summary>Per-feed HTTP state for conditional GET (ETag / Last-Modified of each polled feed).</summary>
public interface IFeedStateStore
{
    FeedState? GetFeedState(string url);

    void SetFeedState(FeedState state);
}

/// <summary>What carried a document: a file, a URL, a feed, standard input. Immutable.</summary>
public sealed record SourceRef(string Kind, string Locator, string? Url = null, string? Title = null);

/// <summary>Facts about a document computed before storage (hashes, tone). Immutable.</summary>
public sealed record DocumentInfo(string ContentHash, string? NormalizedUrl, uint[] MinHash, double? Tone, DateTimeOffset IngestedAt);

public sealed record FeedState(string Url, string? ETag, string? LastModified, DateTimeOffset? LastPolled);

/// <summary>Filters shared by the event queries and export. Null means "any". Immutable.</summary>
public sealed record EventFilter
{
    public string? Source { get; init; }
    public string? Target { get; init; }
    public string? Root { get; init; }
    public int? Quad { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public string? Place { get; init; }
    public string? Text { get; init; }
    public double? MinTone { get; init; }
    public double? MaxTone { get; init; }
    public int Limit { get; init; } = 1000;
}

public sealed record QuoteFilter(string? Speaker = null, string? Text = null, int Limit = 100);

public sealed record EventRow(
    long Id, string DocumentId, int Sentence, string? Date, string Cameo, string Root, int QuadClass, double Goldstein,
    string? PloverType, string? PloverMode, string? SourceCode, string? SourceName, string? TargetCode, string? TargetName,
    string? Location, string? LocationCountry, double? Latitude, double? Longitude, int TriggerStart, int TriggerLength,
    string Rule, bool Negated, string Modality, string? Url, double? Tone, string? SentenceText);

public sealed record AggregatedEventRow(
    long Id, string? Date, string? SourceCode, string? SourceName, string? SourceCountry, string? TargetCode, string? TargetName,
    string? TargetCountry, string Cameo, string Root, int QuadClass, double Goldstein, string? Location, string? LocationCountry,
    double? Latitude, double? Longitude, int NumMentions, int NumSources, int NumArticles, double? AvgTone,
    string FirstSeen, string LastSeen, string? SourceUrl, bool IsRootEvent);

public sealed record QuoteRow(string DocumentId, int Sentence, string Kind, string Text, string? Speaker, string? SpeakerCode, string? Cue, string? Date, string? Url);

public sealed record ActorRow(string Code, string? Name, string? Country, int Mentions, int Documents);

public sealed record SearchHit(string DocumentId, string? Title, string? Date, string? Url, string Snippet, double Rank);

public sealed record SentenceRow(int Index, int Start, int End, int Paragraph, string Text);

public sealed record StoreStats(
    IReadOnlyDictionary<string, long> Counts, string? FirstDate, string? LastDate,
    IReadOnlyList<(string Actor, long Events)> TopActors, IReadOnlyList<(string Source, string Target, long Events)> TopDyads);
