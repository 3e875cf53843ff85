using System.ComponentModel;
using EventDesk.Storage;
using Microsoft.AspNetCore.Mvc;

namespace EventDesk.Web.Api;

/// <summary>The event filters of the CLI <c>events</c> command, as query parameters.</summary>
public sealed class EventQuery
{
    [FromQuery(Name = "source"), Description("Source actor code prefix, e.g. RUS or RUSGOV.")]
    public string? Source { get; init; }

    [FromQuery(Name = "target"), Description("Target actor code prefix, e.g. AFG.")]
    public string? Target { get; init; }

    [FromQuery(Name = "root"), Description("CAMEO root code, e.g. 04 (consult).")]
    public string? Root { get; init; }

    [FromQuery(Name = "quad"), Description("QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")]
    public int? Quad { get; init; }

    [FromQuery(Name = "since"), Description("Events on or after this date (YYYY-MM-DD).")]
    public DateOnly? Since { get; init; }

    [FromQuery(Name = "until"), Description("Events on or before this date (YYYY-MM-DD).")]
    public DateOnly? Until { get; init; }

    [FromQuery(Name = "place"), Description("Events whose location name contains this text.")]
    public string? Place { get; init; }

    [FromQuery(Name = "text"), Description("Events from documents matching this full-text query (SQLite FTS5 syntax).")]
    public string? Text { get; init; }

    [FromQuery(Name = "minTone"), Description("Events from documents with tone at least this.")]
    public double? MinTone { get; init; }

    [FromQuery(Name = "maxTone"), Description("Events from documents with tone at most this.")]
    public double? MaxTone { get; init; }

    public EventFilter ToFilter(int limit) => new()
    {
        Source = Blank(Source), Target = Blank(Target), Root = Blank(Root), Quad = Quad, Since = Since, Until = Until,
        Place = Blank(Place), Text = Blank(Text), MinTone = MinTone, MaxTone = MaxTone, Limit = limit,
    };

    /// <summary>A problem with the values, or null.</summary>
    public string? Validate() =>
        Quad is < 1 or > 4 ? $"quad {Quad} is not a QuadClass (1-4)."
        : Since is { } s && Until is { } u && s > u ? $"since {s:yyyy-MM-dd} is after until {u:yyyy-MM-dd}."
        : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Paging and sorting of the event list.</summary>
public sealed class PageQuery
{
    [FromQuery(Name = "offset"), Description("Rows to skip (default 0).")]
    public int? Offset { get; init; }

    [FromQuery(Name = "limit"), Description("Rows to return, 1-1000 (default 50).")]
    public int? Limit { get; init; }

    [FromQuery(Name = "sort"), Description("date (default), id, goldstein, quad, cameo, root, source, target, tone or location.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "order"), Description("asc or desc (default desc for date).")]
    public string? Order { get; init; }
}

public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);

public sealed record WatchlistRequest(string Name, WatchlistFilter Filter);

/// <summary>The filter a watchlist saves (the event filters, no paging).</summary>
public sealed record WatchlistFilter(
    string? Source = null, string? Target = null, string? Root = null, int? Quad = null, DateOnly? Since = null, DateOnly? Until = null,
    string? Place = null, string? Text = null, double? MinTone = null, double? MaxTone = null)
{
    public EventQuery ToQuery() => new()
    {
        Source = Source, Target = Target, Root = Root, Quad = Quad, Since = Since, Until = Until, Place = Place, Text = Text,
        MinTone = MinTone, MaxTone = MaxTone,
    };

    public static WatchlistFilter From(EventFilter f) => new(f.Source, f.Target, f.Root, f.Quad, f.Since, f.Until, f.Place, f.Text, f.MinTone, f.MaxTone);
}

public sealed record WatchlistView(long Id, string Name, WatchlistFilter Filter, string CreatedAt, long NewMatches, long TotalMatches)
{
    public static WatchlistView From(Watchlist w) => new(w.Id, w.Name, WatchlistFilter.From(w.Filter), w.CreatedAt, w.NewMatches, w.TotalMatches);
}

public sealed record StatsView(
    IReadOnlyDictionary<string, long> Counts, string? FirstDate, string? LastDate, IReadOnlyList<ActorCount> TopActors, IReadOnlyList<DyadCount> TopDyads);

public sealed record ActorCount(string Actor, long Events);

public sealed record DyadCount(string Source, string Target, long Events);

public sealed record ServerInfo(string Name, string Version, int SchemaVersion, bool ReadOnly, bool CanIngest);

public sealed record SpeakerView(string Speaker, string? SpeakerCode, int Quotes, int Documents);
