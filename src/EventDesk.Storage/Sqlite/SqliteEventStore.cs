using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EventDesk.Text;
using Microsoft.Data.Sqlite;

namespace EventDesk.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Every document is written in one
/// transaction, so a killed process loses at most the document in flight and never leaves a
/// half-written one. Between <see cref="BeginBatch"/> and <see cref="CommitBatch"/> several
/// documents share one transaction (each still all-or-nothing through a savepoint), so a killed
/// process loses at most that batch. Not thread-safe: use one instance per writer thread.
/// </summary>
public sealed partial class SqliteEventStore : IEventStore
{
    private readonly SqliteConnection _db;

    // Prepared statements reused across documents (SQL text -> command); Microsoft.Data.Sqlite
    // keeps a command's compiled statement as long as its text does not change.
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    // The open batch transaction, and the aggregated events its documents touched: their
    // counts are recomputed once at commit (they depend only on the rows, not on the order).
    private SqliteTransaction? _batch;
    private readonly HashSet<long> _dirtyAggregates = [];

    private SqliteEventStore(SqliteConnection db)
    {
        _db = db;
    }

    public int SchemaVersion { get; private set; }

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and applies missing migrations.</summary>
    public static SqliteEventStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 30 };
        var db = new SqliteConnection(builder.ToString());
        db.Open();
        var store = new SqliteEventStore(db) { Path = full };
        try
        {
            // WAL + NORMAL: a committed transaction survives a killed process; readers never block the writer.
            store.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            store.Migrate();
        }
        catch
        {
            db.Dispose();
            throw;
        }
        return store;
    }

    /// <summary>
    /// Opens an existing database for reading only (no migrations, no writes): look-ups from other
    /// threads while one writer works, seeing what it has committed (WAL). Not thread-safe either.
    /// </summary>
    public static SqliteEventStore OpenReadOnly(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 30, Mode = SqliteOpenMode.ReadOnly };
        var db = new SqliteConnection(builder.ToString());
        db.Open();
        var store = new SqliteEventStore(db) { Path = full };
        try
        {
            store.Exec("PRAGMA busy_timeout=10000;");
        }
        catch
        {
            db.Dispose();
            throw;
        }
        return store;
    }

    private void Migrate()
    {
        Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") ?? 0L, CultureInfo.InvariantCulture);
        foreach (var (version, name, sql) in Migrations.All)
        {
            if (version <= current)
            {
                continue;
            }
            using var tx = _db.BeginTransaction();
            Exec(sql, tx);
            Exec("INSERT INTO schema_version(version, name, applied_at) VALUES ($v, $n, $t)", tx,
                ("$v", version), ("$n", name), ("$t", DateTimeOffset.UtcNow.ToString("O")));
            tx.Commit();
            current = version;
        }
        SchemaVersion = current;
    }

    public string? FindExact(string contentHash, string? normalizedUrl) =>
        Scalar("SELECT id FROM documents WHERE content_hash = $h OR ($u IS NOT NULL AND normalized_url = $u) LIMIT 1",
            null, ("$h", contentHash), ("$u", normalizedUrl)) as string;

    public IReadOnlyList<(string DocumentId, double Similarity)> FindNear(uint[] signature, double minSimilarity)
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        var cmd = Prepared("SELECT d.id, d.minhash FROM minhash_bands b JOIN documents d ON d.id = b.document_id WHERE b.band = $b AND b.value = $v", null);
        for (var i = 0; i < MinHashBands.Count; i++)
        {
            Bind(cmd, ("$b", i), ("$v", MinHashBands.Key(signature, i)));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = r.GetString(0);
                if (found.ContainsKey(id))
                {
                    continue;
                }
                var similarity = MinHashBands.Similarity(signature, MinHashBands.FromBytes((byte[])r.GetValue(1)));
                if (similarity >= minSimilarity)
                {
                    found[id] = similarity;
                }
            }
        }
        return found.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
    }

    /// <summary>True between <see cref="BeginBatch"/> and <see cref="CommitBatch"/>.</summary>
    public bool InBatch => _batch is not null;

    /// <summary>
    /// Starts a transaction that the following writes share until <see cref="CommitBatch"/>: one
    /// commit for many documents. Each document stays atomic inside it (a savepoint), and reads on
    /// this instance see the batch's uncommitted rows, so deduplication works across it.
    /// </summary>
    public void BeginBatch()
    {
        if (_batch is not null)
        {
            throw new InvalidOperationException("A batch is already open; commit it first.");
        }
        _batch = _db.BeginTransaction();
    }

    /// <summary>Recomputes the aggregates the batch touched and commits it. A no-op without a batch.</summary>
    public void CommitBatch()
    {
        if (_batch is not { } tx)
        {
            return;
        }
        FlushAggregates(tx);
        tx.Commit();
        tx.Dispose();
        _batch = null;
    }

    /// <summary>Rolls the open batch back (nothing of it is stored). A no-op without a batch.</summary>
    public void RollbackBatch()
    {
        if (_batch is not { } tx)
        {
            return;
        }
        _dirtyAggregates.Clear();
        tx.Rollback();
        tx.Dispose();
        _batch = null;
    }

    private const string Savepoint = "doc";

    /// <summary>One document's write: its own transaction, or a savepoint inside the open batch.</summary>
    private SqliteTransaction BeginWrite()
    {
        if (_batch is { } batch)
        {
            batch.Save(Savepoint);
            return batch;
        }
        return _db.BeginTransaction();
    }

    private void EndWrite(SqliteTransaction tx, bool ok)
    {
        if (ReferenceEquals(tx, _batch))
        {
            if (ok)
            {
                tx.Release(Savepoint);
            }
            else
            {
                tx.Rollback(Savepoint);
                tx.Release(Savepoint);
            }
            return;
        }
        if (ok)
        {
            tx.Commit();
        }
        tx.Dispose();
    }

    public string? GetText(string documentId) => Scalar("SELECT text FROM documents WHERE id = $id", null, ("$id", documentId)) as string;

    public bool LinkSource(string documentId, SourceRef source)
    {
        var tx = BeginWrite();
        var ok = false;
        try
        {
            var added = LinkSource(documentId, source, tx);
            if (added)
            {
                RecomputeAggregatesOf(documentId, tx);
            }
            ok = true;
            return added;
        }
        finally
        {
            EndWrite(tx, ok);
        }
    }

    private bool LinkSource(string documentId, SourceRef source, SqliteTransaction tx)
    {
        var sourceId = SourceId(source, tx);
        return Exec("INSERT OR IGNORE INTO document_sources(document_id, source_id, url, title, first_seen) VALUES ($d, $s, $u, $t, $f)", tx,
            ("$d", documentId), ("$s", sourceId), ("$u", source.Url), ("$t", source.Title), ("$f", DateTimeOffset.UtcNow.ToString("O"))) > 0;
    }

    private long SourceId(SourceRef source, SqliteTransaction tx)
    {
        Exec("INSERT OR IGNORE INTO sources(kind, locator) VALUES ($k, $l)", tx, ("$k", source.Kind), ("$l", source.Locator));
        return (long)Scalar("SELECT id FROM sources WHERE locator = $l", tx, ("$l", source.Locator))!;
    }

    public void AddDocument(Document document, DocumentInfo info, SourceRef source)
    {
        var tx = BeginWrite();
        var ok = false;
        try
        {
            AddDocument(document, info, source, tx);
            ok = true;
        }
        finally
        {
            EndWrite(tx, ok);
        }
    }

    private void AddDocument(Document document, DocumentInfo info, SourceRef source, SqliteTransaction tx)
    {
        var meta = document.Metadata;
        var inserted = Exec("""
            INSERT OR IGNORE INTO documents(id, content_hash, url, normalized_url, title, date, author, language, text, tone, minhash, ingested_at)
            VALUES ($id, $h, $url, $nu, $title, $date, $author, $lang, $text, $tone, $sim, $at)
            """, tx,
            ("$id", document.Id), ("$h", info.ContentHash), ("$url", meta.Url), ("$nu", info.NormalizedUrl), ("$title", meta.Title),
            ("$date", meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$author", meta.Author), ("$lang", meta.Language),
            ("$text", document.Text), ("$tone", info.Tone), ("$sim", MinHashBands.ToBytes(info.MinHash)), ("$at", info.IngestedAt.ToString("O"))) > 0;
        if (inserted)
        {
            for (var i = 0; i < MinHashBands.Count; i++)
            {
                Exec("INSERT OR IGNORE INTO minhash_bands(band, value, document_id) VALUES ($b, $v, $d)", tx,
                    ("$b", i), ("$v", MinHashBands.Key(info.MinHash, i)), ("$d", document.Id));
            }
            Exec("INSERT INTO documents_fts(document_id, title, text) VALUES ($d, $t, $x)", tx,
                ("$d", document.Id), ("$t", meta.Title ?? ""), ("$x", document.Text));
            WriteLayers(document, info, tx);
        }
        LinkSource(document.Id, source, tx);
        RecomputeAggregatesOf(document.Id, tx);
    }

    private void WriteLayers(Document document, DocumentInfo info, SqliteTransaction tx)
    {
        var id = document.Id;
        if (document.Layers.TryGet(CoreLayers.Sentences, out var sentences))
        {
            var cmd = Prepared("INSERT INTO sentences(document_id, idx, start, end, paragraph) VALUES ($d, $i, $s, $e, $p)", tx);
            foreach (var s in sentences)
            {
                Bind(cmd, ("$d", id), ("$i", s.Index), ("$s", s.Span.Start), ("$e", s.Span.End), ("$p", s.Paragraph));
                cmd.ExecuteNonQuery();
            }
        }
        if (document.Layers.TryGet(AnnotationLayers.Entities, out var entities))
        {
            for (var i = 0; i < entities.Mentions.Count; i++)
            {
                var m = entities.Mentions[i];
                Exec("""
                    INSERT INTO entities(document_id, idx, start, length, type, text, canonical, role, actor_code, place_name, chain)
                    VALUES ($d, $i, $s, $l, $t, $x, $c, $r, $a, $p, $ch)
                    """, tx, ("$d", id), ("$i", i), ("$s", m.Span.Start), ("$l", m.Span.Length), ("$t", m.Type.ToString()), ("$x", m.Text),
                    ("$c", m.CanonicalName), ("$r", m.Role), ("$a", m.Actor?.Code), ("$p", m.Place?.Name), ("$ch", m.Chain));
                if (m.Actor is { } actor)
                {
                    Exec("INSERT INTO actors(document_id, entity_idx, code, country, sectors, name, role) VALUES ($d, $i, $c, $co, $s, $n, $r)", tx,
                        ("$d", id), ("$i", i), ("$c", actor.Code), ("$co", actor.Country), ("$s", actor.SectorCode),
                        ("$n", actor.Name ?? m.CanonicalName ?? m.Text), ("$r", actor.Role ?? m.Role));
                }
            }
        }
        if (document.Layers.TryGet(AnnotationLayers.Places, out var places))
        {
            for (var i = 0; i < places.Places.Count; i++)
            {
                var p = places.Places[i];
                Exec("INSERT INTO places(document_id, idx, name, country, lat, lon, gazetteer_id) VALUES ($d, $i, $n, $c, $la, $lo, $g)", tx,
                    ("$d", id), ("$i", i), ("$n", p.Name), ("$c", p.Country), ("$la", p.Latitude), ("$lo", p.Longitude), ("$g", p.GazetteerId));
            }
        }
        if (document.Layers.TryGet(AnnotationLayers.Quotes, out var quotes))
        {
            for (var i = 0; i < quotes.Quotes.Count; i++)
            {
                var q = quotes.Quotes[i];
                var text = SafeSlice(document, q.Span);
                var speaker = q.Speaker?.Name ?? q.Speaker?.Text;
                var quoteId = (long)Scalar("""
                    INSERT INTO quotes(document_id, idx, sentence, kind, start, length, text, cue, speaker, speaker_code, addressee)
                    VALUES ($d, $i, $s, $k, $st, $l, $x, $c, $sp, $sc, $a) RETURNING id
                    """, tx, ("$d", id), ("$i", i), ("$s", q.Sentence), ("$k", q.Kind.ToString()), ("$st", q.Span.Start), ("$l", q.Span.Length),
                    ("$x", text), ("$c", q.Cue), ("$sp", speaker), ("$sc", q.Speaker?.Actor?.Code), ("$a", q.Addressee?.Name ?? q.Addressee?.Text))!;
                Exec("INSERT INTO quotes_fts(quote_id, text, speaker) VALUES ($q, $x, $s)", tx, ("$q", quoteId), ("$x", text), ("$s", speaker ?? ""));
            }
        }
        if (document.Layers.TryGet(AnnotationLayers.Events, out var events))
        {
            var docDate = document.Metadata.Date;
            for (var i = 0; i < events.Events.Count; i++)
            {
                var e = events.Events[i];
                var date = (e.Date ?? docDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var src = e.Source.Actor;
                var tgt = e.Target?.Actor;
                var eventId = (long)Scalar("""
                    INSERT INTO events(document_id, idx, sentence, cameo, root, quad, goldstein, plover_type, plover_mode,
                        source_code, source_name, source_country, target_code, target_name, target_country,
                        location, location_country, lat, lon, date, negated, modality, trigger_start, trigger_length, rule)
                    VALUES ($d, $i, $s, $c, $r, $q, $g, $pt, $pm, $sc, $sn, $sco, $tc, $tn, $tco, $loc, $lc, $la, $lo, $dt, $neg, $mod, $ts, $tl, $rule)
                    RETURNING id
                    """, tx, ("$d", id), ("$i", i), ("$s", e.Sentence), ("$c", e.Cameo), ("$r", e.Root), ("$q", e.QuadClass), ("$g", e.Goldstein),
                    ("$pt", e.Plover?.Type), ("$pm", e.Plover?.Mode), ("$sc", src?.Code), ("$sn", e.Source.Name ?? e.Source.Text), ("$sco", src?.Country),
                    ("$tc", tgt?.Code), ("$tn", e.Target?.Name ?? e.Target?.Text), ("$tco", tgt?.Country), ("$loc", e.Location?.Name),
                    ("$lc", e.Location?.Country), ("$la", e.Location?.Latitude), ("$lo", e.Location?.Longitude), ("$dt", date),
                    ("$neg", e.Negated ? 1 : 0), ("$mod", e.Modality.ToString()), ("$ts", e.Trigger.Start), ("$tl", e.Trigger.Length), ("$rule", e.Rule))!;
                if (e.Negated || e.Modality != EventModality.Asserted)
                {
                    // Denied or hypothetical events are kept as mentions but are not counted as things that happened.
                    continue;
                }
                var key = string.Join('|', date, src?.Code, tgt?.Code, e.Cameo, e.Location?.Name);
                Exec("""
                    INSERT OR IGNORE INTO aggregated_events(agg_key, date, source_code, source_name, source_country, target_code, target_name,
                        target_country, cameo, root, quad, goldstein, location, location_country, lat, lon, first_seen, last_seen, source_url, is_root_event)
                    VALUES ($k, $dt, $sc, $sn, $sco, $tc, $tn, $tco, $c, $r, $q, $g, $loc, $lc, $la, $lo, $at, $at, $url, $root)
                    """, tx, ("$k", key), ("$dt", date), ("$sc", src?.Code), ("$sn", e.Source.Name ?? e.Source.Text), ("$sco", src?.Country),
                    ("$tc", tgt?.Code), ("$tn", e.Target?.Name ?? e.Target?.Text), ("$tco", tgt?.Country), ("$c", e.Cameo), ("$r", e.Root),
                    ("$q", e.QuadClass), ("$g", e.Goldstein), ("$loc", e.Location?.Name), ("$lc", e.Location?.Country), ("$la", e.Location?.Latitude),
                    ("$lo", e.Location?.Longitude), ("$at", info.IngestedAt.ToString("O")), ("$url", document.Metadata.Url ?? document.Metadata.Source),
                    ("$root", e.Sentence == 0 ? 1 : 0));
                Exec("INSERT OR IGNORE INTO event_mentions(aggregated_id, event_id) SELECT id, $e FROM aggregated_events WHERE agg_key = $k", tx,
                    ("$e", eventId), ("$k", key));
            }
        }
    }

    private static string SafeSlice(Document document, TextSpan span) =>
        span.Start >= 0 && span.End <= document.Text.Length ? document.Substring(span) : "";

    /// <summary>
    /// Counts, tone and dates of every aggregated event a document's mentions belong to; inside a
    /// batch, noted and recomputed once at commit (same values: they are a function of the rows).
    /// </summary>
    private void RecomputeAggregatesOf(string documentId, SqliteTransaction tx)
    {
        if (!ReferenceEquals(tx, _batch))
        {
            Exec(RecomputeSql + "WHERE id IN (SELECT m.aggregated_id FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE e.document_id = $d)",
                tx, ("$d", documentId));
            return;
        }
        var cmd = Prepared("SELECT DISTINCT m.aggregated_id FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE e.document_id = $d", tx);
        Bind(cmd, ("$d", documentId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            _dirtyAggregates.Add(r.GetInt64(0));
        }
    }

    private void FlushAggregates(SqliteTransaction tx)
    {
        foreach (var id in _dirtyAggregates)
        {
            Exec(RecomputeSql + "WHERE id = $a", tx, ("$a", id));
        }
        _dirtyAggregates.Clear();
    }

    private const string RecomputeSql = """
            UPDATE aggregated_events SET
                num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.aggregated_id = aggregated_events.id),
                num_articles = (SELECT COUNT(DISTINCT e.document_id) FROM event_mentions m JOIN events e ON e.id = m.event_id
                                WHERE m.aggregated_id = aggregated_events.id),
                num_sources = (SELECT COUNT(DISTINCT ds.source_id) FROM event_mentions m JOIN events e ON e.id = m.event_id
                               JOIN document_sources ds ON ds.document_id = e.document_id WHERE m.aggregated_id = aggregated_events.id),
                avg_tone = (SELECT AVG(d.tone) FROM event_mentions m JOIN events e ON e.id = m.event_id
                            JOIN documents d ON d.id = e.document_id WHERE m.aggregated_id = aggregated_events.id),
                first_seen = (SELECT MIN(d.ingested_at) FROM event_mentions m JOIN events e ON e.id = m.event_id
                              JOIN documents d ON d.id = e.document_id WHERE m.aggregated_id = aggregated_events.id),
                last_seen = (SELECT MAX(ds.first_seen) FROM event_mentions m JOIN events e ON e.id = m.event_id
                             JOIN document_sources ds ON ds.document_id = e.document_id WHERE m.aggregated_id = aggregated_events.id)

            """;

    public FeedState? GetFeedState(string url)
    {
        using var cmd = Command("SELECT etag, last_modified, last_polled FROM sources WHERE locator = $l", null);
        Bind(cmd, ("$l", url));
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }
        return new FeedState(url, Str(r, 0), Str(r, 1),
            r.IsDBNull(2) ? null : DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture));
    }

    public void SetFeedState(FeedState state)
    {
        using var tx = _db.BeginTransaction();
        Exec("INSERT OR IGNORE INTO sources(kind, locator) VALUES ('feed', $l)", tx, ("$l", state.Url));
        Exec("UPDATE sources SET etag = $e, last_modified = $m, last_polled = $p WHERE locator = $l", tx,
            ("$e", state.ETag), ("$m", state.LastModified), ("$p", state.LastPolled?.ToString("O")), ("$l", state.Url));
        tx.Commit();
    }

    private const string EventColumns = """
        e.id, e.document_id, e.sentence, e.date, e.cameo, e.root, e.quad, e.goldstein, e.plover_type, e.plover_mode,
        e.source_code, e.source_name, e.target_code, e.target_name, e.location, e.location_country, e.lat, e.lon,
        e.trigger_start, e.trigger_length, e.rule, e.negated, e.modality, d.url, d.tone,
        substr(d.text, s.start + 1, s.end - s.start)
        """;

    public IReadOnlyList<EventRow> QueryEvents(EventFilter filter)
    {
        var (where, args) = EventWhere(filter, "e");
        using var cmd = Command($"""
            SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence
            {where} ORDER BY e.date, e.id LIMIT $limit
            """, null);
        Bind(cmd, args);
        Bind(cmd, ("$limit", filter.Limit));
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

    public IReadOnlyList<AggregatedEventRow> QueryAggregated(EventFilter filter)
    {
        var (where, args) = EventWhere(filter with { Text = null, MinTone = null, MaxTone = null }, "a");
        var tone = new List<string>();
        if (filter.MinTone is not null)
        {
            tone.Add("a.avg_tone >= $mintone");
        }
        if (filter.MaxTone is not null)
        {
            tone.Add("a.avg_tone <= $maxtone");
        }
        if (filter.Text is not null)
        {
            tone.Add("a.id IN (SELECT m.aggregated_id FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE e.document_id IN (SELECT document_id FROM documents_fts WHERE documents_fts MATCH $text))");
        }
        if (tone.Count > 0)
        {
            where = (where.Length == 0 ? "WHERE " : where + " AND ") + string.Join(" AND ", tone);
        }
        using var cmd = Command($"""
            SELECT a.id, a.date, a.source_code, a.source_name, a.source_country, a.target_code, a.target_name, a.target_country,
                a.cameo, a.root, a.quad, a.goldstein, a.location, a.location_country, a.lat, a.lon, a.num_mentions, a.num_sources,
                a.num_articles, a.avg_tone, a.first_seen, a.last_seen, a.source_url, a.is_root_event
            FROM aggregated_events a {where} ORDER BY a.date, a.id LIMIT $limit
            """, null);
        Bind(cmd, args);
        Bind(cmd, ("$limit", filter.Limit), ("$mintone", filter.MinTone), ("$maxtone", filter.MaxTone), ("$text", filter.Text));
        var rows = new List<AggregatedEventRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new AggregatedEventRow(r.GetInt64(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7),
                r.GetString(8), r.GetString(9), r.GetInt32(10), r.GetDouble(11), Str(r, 12), Str(r, 13), Dbl(r, 14), Dbl(r, 15),
                r.GetInt32(16), r.GetInt32(17), r.GetInt32(18), Dbl(r, 19), r.GetString(20), r.GetString(21), Str(r, 22), r.GetInt64(23) != 0));
        }
        return rows;
    }

    /// <summary>Sorts after every string that starts with a prefix (U+10FFFF is the largest code point).</summary>
    private const string PrefixEnd = "\U0010FFFF";

    private static (string Where, (string, object?)[] Args) EventWhere(EventFilter f, string alias)
    {
        var clauses = new List<string>();
        var args = new List<(string, object?)>();
        void Add(string clause, string name, object? value)
        {
            clauses.Add(clause);
            args.Add((name, value));
        }
        // Code prefixes as a range (codes are upper case), so the dyad and target indexes serve them; LIKE would scan.
        if (f.Source is not null)
        {
            Add($"{alias}.source_code >= $src AND {alias}.source_code < $srcEnd", "$src", f.Source.ToUpperInvariant());
            args.Add(("$srcEnd", f.Source.ToUpperInvariant() + PrefixEnd));
        }
        if (f.Target is not null)
        {
            Add($"{alias}.target_code >= $tgt AND {alias}.target_code < $tgtEnd", "$tgt", f.Target.ToUpperInvariant());
            args.Add(("$tgtEnd", f.Target.ToUpperInvariant() + PrefixEnd));
        }
        // With an actor code the dyad/target index is the selective one: "+" keeps SQLite off the (quad|root, date) indexes.
        var noIndex = f.Source is not null || f.Target is not null ? "+" : "";
        if (f.Root is not null)
        {
            Add($"{noIndex}{alias}.root = $root", "$root", f.Root);
        }
        if (f.Quad is not null)
        {
            Add($"{noIndex}{alias}.quad = $quad", "$quad", f.Quad);
        }
        if (f.Since is { } since)
        {
            Add($"{alias}.date >= $since", "$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (f.Until is { } until)
        {
            Add($"{alias}.date <= $until", "$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (f.Place is not null)
        {
            Add($"{alias}.location LIKE $place", "$place", "%" + f.Place + "%");
        }
        if (alias == "e")
        {
            if (f.Text is not null)
            {
                Add("e.document_id IN (SELECT document_id FROM documents_fts WHERE documents_fts MATCH $text)", "$text", f.Text);
            }
            if (f.MinTone is not null)
            {
                Add("d.tone >= $mintone", "$mintone", f.MinTone);
            }
            if (f.MaxTone is not null)
            {
                Add("d.tone <= $maxtone", "$maxtone", f.MaxTone);
            }
        }
        return (clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses), args.ToArray());
    }

    public IReadOnlyList<QuoteRow> QueryQuotes(QuoteFilter filter)
    {
        var clauses = new List<string>();
        if (filter.Speaker is not null)
        {
            clauses.Add("(q.speaker LIKE $sp OR q.speaker_code LIKE $sp)");
        }
        if (filter.Text is not null)
        {
            clauses.Add("q.id IN (SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH $text)");
        }
        var where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        using var cmd = Command($"""
            SELECT q.document_id, q.sentence, q.kind, q.text, q.speaker, q.speaker_code, q.cue, d.date, d.url
            FROM quotes q JOIN documents d ON d.id = q.document_id {where} ORDER BY d.date, q.id LIMIT $limit
            """, null);
        Bind(cmd, ("$sp", "%" + filter.Speaker + "%"), ("$text", filter.Text), ("$limit", filter.Limit));
        var rows = new List<QuoteRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new QuoteRow(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8)));
        }
        return rows;
    }

    public IReadOnlyList<ActorRow> QueryActors(int limit)
    {
        using var cmd = Command("""
            SELECT code, MAX(name), MAX(country), COUNT(*), COUNT(DISTINCT document_id)
            FROM actors GROUP BY code ORDER BY COUNT(*) DESC, code LIMIT $limit
            """, null);
        Bind(cmd, ("$limit", limit));
        var rows = new List<ActorRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new ActorRow(r.GetString(0), Str(r, 1), Str(r, 2), r.GetInt32(3), r.GetInt32(4)));
        }
        return rows;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        using var cmd = Command("""
            SELECT f.document_id, d.title, d.date, d.url, snippet(documents_fts, 2, '[', ']', '…', 12), bm25(documents_fts)
            FROM documents_fts f JOIN documents d ON d.id = f.document_id
            WHERE documents_fts MATCH $q ORDER BY bm25(documents_fts) LIMIT $limit
            """, null);
        Bind(cmd, ("$q", query), ("$limit", limit));
        var rows = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new SearchHit(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), r.GetString(4), r.GetDouble(5)));
        }
        return rows;
    }

    public IReadOnlyList<SentenceRow> Sentences(string documentId)
    {
        using var cmd = Command("""
            SELECT s.idx, s.start, s.end, s.paragraph, substr(d.text, s.start + 1, s.end - s.start)
            FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.document_id = $d ORDER BY s.idx
            """, null);
        Bind(cmd, ("$d", documentId));
        var rows = new List<SentenceRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new SentenceRow(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)));
        }
        return rows;
    }

    /// <summary>The tables <see cref="Stats"/> and <see cref="Fingerprint"/> cover, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "sources", "documents", "document_sources", "sentences", "entities", "actors", "places", "quotes", "events",
        "aggregated_events", "event_mentions",
    ];

    public StoreStats Stats(int top)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            counts[table] = (long)Scalar($"SELECT COUNT(*) FROM {table}")!;
        }
        var first = Scalar("SELECT MIN(date) FROM documents") as string;
        var last = Scalar("SELECT MAX(date) FROM documents") as string;
        var actors = new List<(string, long)>();
        using (var cmd = Command("""
            SELECT code, COUNT(*) FROM (SELECT source_code AS code FROM events WHERE source_code IS NOT NULL
                                       UNION ALL SELECT target_code FROM events WHERE target_code IS NOT NULL)
            GROUP BY code ORDER BY COUNT(*) DESC, code LIMIT $n
            """, null))
        {
            Bind(cmd, ("$n", top));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                actors.Add((r.GetString(0), r.GetInt64(1)));
            }
        }
        var dyads = new List<(string, string, long)>();
        using (var cmd = Command("""
            SELECT COALESCE(source_code, '---'), COALESCE(target_code, '---'), COUNT(*) FROM events
            GROUP BY 1, 2 ORDER BY COUNT(*) DESC, 1, 2 LIMIT $n
            """, null))
        {
            Bind(cmd, ("$n", top));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                dyads.Add((r.GetString(0), r.GetString(1), r.GetInt64(2)));
            }
        }
        return new StoreStats(counts, first, last, actors, dyads);
    }

    /// <summary>Columns that record when something was ingested, not what: excluded from fingerprints.</summary>
    private static readonly HashSet<string> TimeColumns = new(StringComparer.Ordinal)
    {
        "ingested_at", "first_seen", "last_seen", "last_polled", "applied_at",
    };

    public IReadOnlyDictionary<string, (long Rows, string Digest)> Fingerprint()
    {
        var result = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            using var cmd = Command($"SELECT * FROM {table} ORDER BY 1, 2", null);
            using var r = cmd.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            var line = new StringBuilder();
            while (r.Read())
            {
                line.Clear();
                for (var i = 0; i < r.FieldCount; i++)
                {
                    if (!TimeColumns.Contains(r.GetName(i)))
                    {
                        line.Append(r.IsDBNull(i) ? "\u2400" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)).Append('\u241F');
                    }
                }
                hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
                rows++;
            }
            result[table] = (rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        return result;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Dbl(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx ?? _batch;
        return cmd;
    }

    /// <summary>A command kept for reuse (its statement stays compiled); owned by the store, never disposed by callers.</summary>
    private SqliteCommand Prepared(string sql, SqliteTransaction? tx)
    {
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            _prepared[sql] = cmd;
        }
        cmd.Transaction = tx ?? _batch;
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, params (string Name, object? Value)[] args)
    {
        foreach (var (name, value) in args)
        {
            if (!cmd.CommandText.Contains(name, StringComparison.Ordinal))
            {
                continue;
            }
            var v = value ?? DBNull.Value;
            if (cmd.Parameters.Contains(name))
            {
                cmd.Parameters[name].Value = v;
            }
            else
            {
                cmd.Parameters.AddWithValue(name, v);
            }
        }
    }

    // Every call site of Exec/Scalar passes the same parameter names for the same SQL, so a reused
    // command never keeps a stale value.
    private int Exec(string sql, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        var cmd = Prepared(sql, tx);
        Bind(cmd, args);
        return cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        var cmd = Prepared(sql, tx);
        Bind(cmd, args);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public void Dispose()
    {
        if (_batch is not null)
        {
            // Never commit implicitly: an exception may have left the batch half-done.
            RollbackBatch();
        }
        foreach (var cmd in _prepared.Values)
        {
            cmd.Dispose();
        }
        _prepared.Clear();
        _db.Dispose();
    }
}

/// <summary>
/// The MinHash LSH banding of the near-duplicate index: a signature of 64 values in 16 bands of 4.
/// Two documents with Jaccard 0.8 share a band with probability 0.9998; with 0.3, 0.12.
/// </summary>
public static class MinHashBands
{
    public const int Count = 16;
    public const int Rows = 4;
    public const int SignatureLength = Count * Rows;

    public static long Key(uint[] signature, int band)
    {
        ulong h = 14695981039346656037UL;
        for (var i = band * Rows; i < (band + 1) * Rows; i++)
        {
            h = (h ^ signature[i]) * 1099511628211UL;
        }
        return unchecked((long)h);
    }

    public static double Similarity(uint[] a, uint[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        if (n == 0)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < n; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }
        return (double)same / n;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (var i = 0; i < signature.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        }
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / 4];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }
        return signature;
    }
}
