using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace EventDesk.Storage.Sqlite;

// The dashboard's read models (IDeskQueries): kept apart from the ingest-side store code.
public sealed partial class SqliteEventStore : IDeskQueries
{
    /// <summary>Sort keys the API accepts, mapped to SQL; anything else is refused by the caller.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = "e.date", ["id"] = "e.id", ["goldstein"] = "e.goldstein", ["quad"] = "e.quad", ["cameo"] = "e.cameo",
        ["root"] = "e.root", ["source"] = "e.source_code", ["target"] = "e.target_code", ["tone"] = "d.tone", ["location"] = "e.location",
    };

    private static readonly JsonSerializerOptions FilterJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>
    /// Refreshes the query planner's statistics (sampled, so it is quick on large databases): without
    /// them SQLite may walk the (quad, date) index for a query that the dyad index answers in a fraction.
    /// </summary>
    public void Optimize() => Exec("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;");

    public EventPage QueryEventPage(EventFilter filter, int offset, string sort, bool descending)
    {
        var column = SortColumns.TryGetValue(sort, out var c) ? c : "e.date";
        var dir = descending ? "DESC" : "ASC";
        var (where, args) = EventWhere(filter, "e");
        long total;
        using (var count = Command($"SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id {where}"))
        {
            Bind(count, args);
            total = (long)count.ExecuteScalar()!;
        }
        using var cmd = Command($"""
            SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence
            {where} ORDER BY {column} {dir}, e.id {dir} LIMIT $limit OFFSET $offset
            """);
        Bind(cmd, args);
        Bind(cmd, ("$limit", filter.Limit), ("$offset", offset));
        return new EventPage(total, ReadEvents(cmd));
    }

    private static List<EventRow> ReadEvents(SqliteCommand cmd)
    {
        var rows = new List<EventRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new EventRow(r.GetInt64(0), r.GetString(1), r.GetInt32(2), Str(r, 3), r.GetString(4), r.GetString(5), r.GetInt32(6),
                r.GetDouble(7), Str(r, 8), Str(r, 9), Str(r, 10), Str(r, 11), Str(r, 12), Str(r, 13), Str(r, 14), Str(r, 15), Dbl(r, 16),
                Dbl(r, 17), r.GetInt32(18), r.GetInt32(19), r.GetString(20), r.GetInt64(21) != 0, r.GetString(22), Str(r, 23), Dbl(r, 24), Str(r, 25)));
        }
        return rows;
    }

    public EventDetail? GetEvent(long id)
    {
        EventRow? row;
        using (var cmd = Command($"""
            SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence WHERE e.id = $id
            """))
        {
            Bind(cmd, ("$id", id));
            row = ReadEvents(cmd).FirstOrDefault();
        }
        if (row is null)
        {
            return null;
        }
        string? sourceCountry = null, targetCountry = null, title = null;
        using (var cmd = Command("SELECT e.source_country, e.target_country, d.title FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = $id"))
        {
            Bind(cmd, ("$id", id));
            using var r = cmd.ExecuteReader();
            if (r.Read())
            {
                (sourceCountry, targetCountry, title) = (Str(r, 0), Str(r, 1), Str(r, 2));
            }
        }
        var aggregated = Scalar("SELECT aggregated_id FROM event_mentions WHERE event_id = $id", null, ("$id", id)) as long?;
        var mentions = new List<EventMention>();
        // Every mention of the same aggregated event (the same thing reported again), or just this one when it was not aggregated.
        using (var cmd = Command("""
            SELECT e.id, e.document_id, d.title, COALESCE(d.url, (SELECT ds.url FROM document_sources ds WHERE ds.document_id = d.id LIMIT 1)),
                COALESCE(e.date, d.date), e.sentence, COALESCE(s.start, 0), substr(d.text, s.start + 1, s.end - s.start),
                e.trigger_start, e.trigger_length, e.rule, e.negated, e.modality
            FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence
            WHERE e.id = $id OR ($agg IS NOT NULL AND e.id IN (SELECT event_id FROM event_mentions WHERE aggregated_id = $agg))
            ORDER BY e.id = $id DESC, d.date, e.id
            """))
        {
            Bind(cmd, ("$id", id), ("$agg", aggregated));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                mentions.Add(new EventMention(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), r.GetInt32(6),
                    Str(r, 7), r.GetInt32(8), r.GetInt32(9), r.GetString(10), r.GetInt64(11) != 0, r.GetString(12)));
            }
        }
        var entities = Entities(row.DocumentId).Where(en =>
        {
            var sentence = mentions.FirstOrDefault();
            return sentence?.SentenceText is { } text && en.Start >= sentence.SentenceStart && en.Start < sentence.SentenceStart + text.Length;
        }).ToList();
        return new EventDetail(row, sourceCountry, targetCountry, title, aggregated, mentions, entities);
    }

    public DocumentPage QueryDocuments(int offset, int limit)
    {
        var total = (long)Scalar("SELECT COUNT(*) FROM documents")!;
        using var cmd = Command($"""
            SELECT {DocumentSummaryColumns} FROM documents d ORDER BY d.date DESC, d.ingested_at DESC, d.id LIMIT $limit OFFSET $offset
            """);
        Bind(cmd, ("$limit", limit), ("$offset", offset));
        var rows = new List<DocumentSummary>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(ReadSummary(r));
        }
        return new DocumentPage(total, rows);
    }

    private const string DocumentSummaryColumns = """
        d.id, d.title, d.date, COALESCE(d.url, (SELECT ds.url FROM document_sources ds WHERE ds.document_id = d.id LIMIT 1)), d.author, d.tone,
        (SELECT COUNT(*) FROM sentences x WHERE x.document_id = d.id), (SELECT COUNT(*) FROM events x WHERE x.document_id = d.id),
        (SELECT COUNT(*) FROM quotes x WHERE x.document_id = d.id), (SELECT COUNT(*) FROM entities x WHERE x.document_id = d.id)
        """;

    private static DocumentSummary ReadSummary(SqliteDataReader r) =>
        new(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Dbl(r, 5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9));

    public IReadOnlyDictionary<(string DocumentId, int Sentence), int> SentenceStarts(IReadOnlyCollection<(string DocumentId, int Sentence)> sentences)
    {
        var starts = new Dictionary<(string, int), int>();
        // Chunks keep the parameter count (two per sentence) far below SQLite's limit.
        foreach (var chunk in sentences.Distinct().Chunk(400))
        {
            using var cmd = Command($"SELECT document_id, idx, start FROM sentences WHERE (document_id, idx) IN (VALUES {string.Join(", ", chunk.Select((_, i) => $"($d{i}, $i{i})"))})");
            for (var i = 0; i < chunk.Length; i++)
            {
                cmd.Parameters.AddWithValue($"$d{i}", chunk[i].DocumentId);
                cmd.Parameters.AddWithValue($"$i{i}", chunk[i].Sentence);
            }
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                starts[(r.GetString(0), r.GetInt32(1))] = r.GetInt32(2);
            }
        }
        return starts;
    }

    public IReadOnlyDictionary<string, (string? Title, string Opening)> DocumentOpenings(IReadOnlyCollection<string> documentIds)
    {
        var docs = new Dictionary<string, (string?, string)>(StringComparer.Ordinal);
        foreach (var chunk in documentIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var cmd = Command($"SELECT id, title, substr(text, 1, 200) FROM documents WHERE id IN ({string.Join(", ", chunk.Select((_, i) => "$d" + i))})");
            for (var i = 0; i < chunk.Length; i++)
            {
                cmd.Parameters.AddWithValue("$d" + i, chunk[i]);
            }
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var title = Str(r, 1);
                docs[r.GetString(0)] = (string.IsNullOrWhiteSpace(title) ? null : title.Trim(), r.GetString(2));
            }
        }
        return docs;
    }

    public DocumentDetail? GetDocument(string id)
    {
        DocumentSummary summary;
        string text;
        using (var cmd = Command($"SELECT {DocumentSummaryColumns}, d.text FROM documents d WHERE d.id = $id"))
        {
            Bind(cmd, ("$id", id));
            using var r = cmd.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }
            summary = ReadSummary(r);
            text = r.GetString(10);
        }
        var quotes = new List<QuoteSpanRow>();
        using (var cmd = Command("""
            SELECT id, idx, sentence, kind, start, length, text, cue, speaker, speaker_code, addressee FROM quotes WHERE document_id = $id ORDER BY idx
            """))
        {
            Bind(cmd, ("$id", id));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                quotes.Add(new QuoteSpanRow(r.GetInt64(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6),
                    Str(r, 7), Str(r, 8), Str(r, 9), Str(r, 10)));
            }
        }
        List<EventRow> events;
        using (var cmd = Command($"""
            SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence WHERE e.document_id = $id ORDER BY e.idx
            """))
        {
            Bind(cmd, ("$id", id));
            events = ReadEvents(cmd);
        }
        var places = new List<PlaceRow>();
        using (var cmd = Command("SELECT name, country, lat, lon FROM places WHERE document_id = $id ORDER BY idx"))
        {
            Bind(cmd, ("$id", id));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                places.Add(new PlaceRow(r.GetString(0), Str(r, 1), Dbl(r, 2), Dbl(r, 3)));
            }
        }
        var sources = new List<SourceLink>();
        using (var cmd = Command("""
            SELECT s.kind, s.locator, ds.url, ds.title FROM document_sources ds JOIN sources s ON s.id = ds.source_id
            WHERE ds.document_id = $id ORDER BY ds.first_seen, s.id
            """))
        {
            Bind(cmd, ("$id", id));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                sources.Add(new SourceLink(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3)));
            }
        }
        return new DocumentDetail(summary, text, Sentences(id), Entities(id), quotes, events, places, sources);
    }

    private List<EntityRow> Entities(string documentId)
    {
        using var cmd = Command("""
            SELECT idx, start, length, type, text, canonical, role, actor_code, place_name FROM entities WHERE document_id = $id ORDER BY idx
            """);
        Bind(cmd, ("$id", documentId));
        var rows = new List<EntityRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new EntityRow(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8)));
        }
        return rows;
    }

    public IReadOnlyList<SeriesPoint> TimeSeries(EventFilter filter, string interval, string groupBy)
    {
        // Weeks start on Monday: the date itself when it is a Monday, else the Monday before.
        var period = interval == "week" ? "date(e.date, '-6 days', 'weekday 1')" : "e.date";
        var group = groupBy == "root" ? "e.root" : "CAST(e.quad AS TEXT)";
        var (where, args) = EventWhere(filter, "e");
        where = (where.Length == 0 ? "WHERE " : where + " AND ") + "e.date IS NOT NULL";
        using var cmd = Command($"""
            SELECT {period} AS p, {group} AS g, COUNT(*), AVG(e.goldstein)
            FROM events e JOIN documents d ON d.id = e.document_id {where} GROUP BY p, g ORDER BY p, g
            """);
        Bind(cmd, args);
        var rows = new List<SeriesPoint>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new SeriesPoint(r.GetString(0), r.GetString(1), r.GetInt64(2), Math.Round(r.GetDouble(3), 3)));
        }
        return rows;
    }

    public IReadOnlyList<DyadRow> Dyads(EventFilter filter, int limit)
    {
        var (where, args) = EventWhere(filter, "e");
        using var cmd = Command($"""
            SELECT COALESCE(e.source_code, '---'), MAX(e.source_name), MAX(e.source_country), COALESCE(e.target_code, '---'), MAX(e.target_name),
                MAX(e.target_country), COUNT(*), SUM(e.quad = 1), SUM(e.quad = 2), SUM(e.quad = 3), SUM(e.quad = 4), AVG(e.goldstein)
            FROM events e JOIN documents d ON d.id = e.document_id {where}
            GROUP BY 1, 4 ORDER BY COUNT(*) DESC, 1, 4 LIMIT $limit
            """);
        Bind(cmd, args);
        Bind(cmd, ("$limit", limit));
        var rows = new List<DyadRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new DyadRow(r.GetString(0), Str(r, 1), Str(r, 2), r.GetString(3), Str(r, 4), Str(r, 5), r.GetInt64(6), r.GetInt64(7),
                r.GetInt64(8), r.GetInt64(9), r.GetInt64(10), Math.Round(r.GetDouble(11), 3)));
        }
        return rows;
    }

    public IReadOnlyList<Watchlist> Watchlists()
    {
        var lists = new List<(long Id, string Name, EventFilter Filter, string Created, long Seen)>();
        using (var cmd = Command("SELECT id, name, filter, created_at, seen_event_id FROM watchlists ORDER BY id"))
        {
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var filter = JsonSerializer.Deserialize<EventFilter>(r.GetString(2), FilterJson) ?? new EventFilter();
                lists.Add((r.GetInt64(0), r.GetString(1), filter, r.GetString(3), r.GetInt64(4)));
            }
        }
        return lists.Select(w =>
        {
            var (where, args) = EventWhere(w.Filter, "e");
            using var cmd = Command($"""
                SELECT COUNT(*), COALESCE(SUM(e.id > $seen), 0) FROM events e JOIN documents d ON d.id = e.document_id {where}
                """);
            Bind(cmd, args);
            Bind(cmd, ("$seen", w.Seen));
            using var r = cmd.ExecuteReader();
            r.Read();
            return new Watchlist(w.Id, w.Name, w.Filter, w.Created, w.Seen, r.GetInt64(1), r.GetInt64(0));
        }).ToList();
    }

    public Watchlist AddWatchlist(string name, EventFilter filter)
    {
        var stored = filter with { Limit = 1000 };
        var id = (long)Scalar("INSERT INTO watchlists(name, filter, created_at) VALUES ($n, $f, $t) RETURNING id", null,
            ("$n", name), ("$f", JsonSerializer.Serialize(stored, FilterJson)), ("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)))!;
        return Watchlists().First(w => w.Id == id);
    }

    public bool DeleteWatchlist(long id) => Exec("DELETE FROM watchlists WHERE id = $id", null, ("$id", id)) > 0;

    public bool MarkWatchlistSeen(long id) =>
        Exec("UPDATE watchlists SET seen_event_id = (SELECT COALESCE(MAX(id), 0) FROM events), seen_at = $t WHERE id = $id", null,
            ("$id", id), ("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))) > 0;
}
