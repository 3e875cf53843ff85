namespace EventDesk.Storage;

/// <summary>
/// The read models of the REST API and dashboard: paged event lists, event evidence, documents
/// with their annotations, time series, dyads, and saved searches (watchlists). Implemented by
/// <see cref="Sqlite.SqliteEventStore"/> (not thread-safe: one instance per thread).
/// </summary>
public interface IDeskQueries
{
    /// <summary>One page of event mentions and the total number that match.</summary>
    EventPage QueryEventPage(EventFilter filter, int offset, string sort, bool descending);

    /// <summary>One event mention with its evidence and every other mention of the same aggregated event, or null.</summary>
    EventDetail? GetEvent(long id);

    /// <summary>Documents, newest first, with counts of their annotations.</summary>
    DocumentPage QueryDocuments(int offset, int limit);

    /// <summary>A document with its text and every annotation layer that was stored, or null.</summary>
    DocumentDetail? GetDocument(string id);

    /// <summary>Event counts and mean Goldstein per period ("day" or "week") and group ("quad" or "root").</summary>
    IReadOnlyList<SeriesPoint> TimeSeries(EventFilter filter, string interval, string groupBy);

    /// <summary>Source-target pairs with their event counts per QuadClass.</summary>
    IReadOnlyList<DyadRow> Dyads(EventFilter filter, int limit);

    /// <summary>Where each of these sentences starts in its document (sentences that are not stored are left out).</summary>
    IReadOnlyDictionary<(string DocumentId, int Sentence), int> SentenceStarts(IReadOnlyCollection<(string DocumentId, int Sentence)> sentences);

    /// <summary>The title (null when untitled) and the first 200 characters of the text of each of these documents that is stored.</summary>
    IReadOnlyDictionary<string, (string? Title, string Opening)> DocumentOpenings(IReadOnlyCollection<string> documentIds);

    IReadOnlyList<Watchlist> Watchlists();

    Watchlist AddWatchlist(string name, EventFilter filter);

    bool DeleteWatchlist(long id);

    /// <summary>Marks every current match as seen (new-match count back to 0); false when there is no such watchlist.</summary>
    bool MarkWatchlistSeen(long id);
}

public sealed record EventPage(long Total, IReadOnlyList<EventRow> Rows);

/// <summary>Where an event was coded: the sentence, the trigger and the rule. Offsets are into the document text.</summary>
public sealed record EventMention(
    long EventId, string DocumentId, string? Title, string? Url, string? Date, int Sentence, int SentenceStart,
    string? SentenceText, int TriggerStart, int TriggerLength, string Rule, bool Negated, string Modality);

public sealed record EventDetail(
    EventRow Event, string? SourceCountry, string? TargetCountry, string? Title, long? AggregatedId,
    IReadOnlyList<EventMention> Mentions, IReadOnlyList<EntityRow> Entities);

public sealed record DocumentSummary(
    string Id, string? Title, string? Date, string? Url, string? Author, double? Tone, int Sentences, int Events, int Quotes, int Entities);

public sealed record DocumentPage(long Total, IReadOnlyList<DocumentSummary> Rows);

public sealed record EntityRow(int Index, int Start, int Length, string Type, string Text, string? Canonical, string? Role, string? ActorCode, string? Place);

public sealed record QuoteSpanRow(long Id, int Index, int Sentence, string Kind, int Start, int Length, string Text, string? Cue, string? Speaker,
    string? SpeakerCode, string? Addressee);

public sealed record PlaceRow(string Name, string? Country, double? Latitude, double? Longitude);

public sealed record SourceLink(string Kind, string Locator, string? Url, string? Title);

public sealed record DocumentDetail(
    DocumentSummary Summary, string Text, IReadOnlyList<SentenceRow> Sentences, IReadOnlyList<EntityRow> Entities,
    IReadOnlyList<QuoteSpanRow> Quotes, IReadOnlyList<EventRow> Events, IReadOnlyList<PlaceRow> Places, IReadOnlyList<SourceLink> Sources);

public sealed record SeriesPoint(string Period, string Group, long Events, double AvgGoldstein);

public sealed record DyadRow(
    string Source, string? SourceName, string? SourceCountry, string Target, string? TargetName, string? TargetCountry,
    long Events, long Quad1, long Quad2, long Quad3, long Quad4, double AvgGoldstein);

public sealed record Watchlist(long Id, string Name, EventFilter Filter, string CreatedAt, long SeenEventId, long NewMatches, long TotalMatches);
