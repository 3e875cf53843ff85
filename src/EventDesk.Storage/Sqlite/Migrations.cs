namespace EventDesk.Storage.Sqlite;

/// <summary>
/// The ordered schema migrations. A database records the versions it has applied in
/// <c>schema_version</c>; opening it applies the missing ones, each in its own transaction.
/// Never edit a published migration: append a new one.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "initial schema", """
            CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                locator TEXT NOT NULL UNIQUE,
                etag TEXT,
                last_modified TEXT,
                last_polled TEXT
            );
            CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                url TEXT,
                normalized_url TEXT,
                title TEXT,
                date TEXT,
                author TEXT,
                language TEXT,
                text TEXT NOT NULL,
                tone REAL,
                minhash BLOB NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX documents_content_hash ON documents(content_hash);
            CREATE INDEX documents_normalized_url ON documents(normalized_url);
            CREATE INDEX documents_date ON documents(date);
            -- MinHash LSH index: 16 bands of 4 rows; documents sharing any band are near-duplicate candidates.
            CREATE TABLE minhash_bands (
                band INTEGER NOT NULL,
                value INTEGER NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents(id),
                PRIMARY KEY (band, value, document_id)
            ) WITHOUT ROWID;
            CREATE TABLE document_sources (
                document_id TEXT NOT NULL REFERENCES documents(id),
                source_id INTEGER NOT NULL REFERENCES sources(id),
                url TEXT,
                title TEXT,
                first_seen TEXT NOT NULL,
                PRIMARY KEY (document_id, source_id)
            ) WITHOUT ROWID;
            CREATE TABLE sentences (
                document_id TEXT NOT NULL REFERENCES documents(id),
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                paragraph INTEGER NOT NULL,
                PRIMARY KEY (document_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE entities (
                document_id TEXT NOT NULL REFERENCES documents(id),
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                length INTEGER NOT NULL,
                type TEXT NOT NULL,
                text TEXT NOT NULL,
                canonical TEXT,
                role TEXT,
                actor_code TEXT,
                place_name TEXT,
                chain INTEGER,
                PRIMARY KEY (document_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE actors (
                document_id TEXT NOT NULL REFERENCES documents(id),
                entity_idx INTEGER NOT NULL,
                code TEXT NOT NULL,
                country TEXT,
                sectors TEXT,
                name TEXT,
                role TEXT,
                PRIMARY KEY (document_id, entity_idx)
            ) WITHOUT ROWID;
            CREATE INDEX actors_code ON actors(code);
            CREATE TABLE places (
                document_id TEXT NOT NULL REFERENCES documents(id),
                idx INTEGER NOT NULL,
                name TEXT NOT NULL,
                country TEXT,
                lat REAL,
                lon REAL,
                gazetteer_id TEXT,
                PRIMARY KEY (document_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id),
                idx INTEGER NOT NULL,
                sentence INTEGER NOT NULL,
                kind TEXT NOT NULL,
                start INTEGER NOT NULL,
                length INTEGER NOT NULL,
                text TEXT NOT NULL,
                cue TEXT,
                speaker TEXT,
                speaker_code TEXT,
                addressee TEXT,
                UNIQUE (document_id, idx)
            );
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id),
                idx INTEGER NOT NULL,
                sentence INTEGER NOT NULL,
                cameo TEXT NOT NULL,
                root TEXT NOT NULL,
                quad INTEGER NOT NULL,
                goldstein REAL NOT NULL,
                plover_type TEXT,
                plover_mode TEXT,
                source_code TEXT,
                source_name TEXT,
                source_country TEXT,
                target_code TEXT,
                target_name TEXT,
                target_country TEXT,
                location TEXT,
                location_country TEXT,
                lat REAL,
                lon REAL,
                date TEXT,
                negated INTEGER NOT NULL,
                modality TEXT NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_length INTEGER NOT NULL,
                rule TEXT NOT NULL,
                UNIQUE (document_id, idx)
            );
            CREATE INDEX events_dyad ON events(source_code, target_code);
            CREATE INDEX events_date ON events(date);
            -- GDELT-style: one row per (date, source, target, CAMEO code, location).
            CREATE TABLE aggregated_events (
                id INTEGER PRIMARY KEY,
                agg_key TEXT NOT NULL UNIQUE,
                date TEXT,
                source_code TEXT,
                source_name TEXT,
                source_country TEXT,
                target_code TEXT,
                target_name TEXT,
                target_country TEXT,
                cameo TEXT NOT NULL,
                root TEXT NOT NULL,
                quad INTEGER NOT NULL,
                goldstein REAL NOT NULL,
                location TEXT,
                location_country TEXT,
                lat REAL,
                lon REAL,
                num_mentions INTEGER NOT NULL DEFAULT 0,
                num_sources INTEGER NOT NULL DEFAULT 0,
                num_articles INTEGER NOT NULL DEFAULT 0,
                avg_tone REAL,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                source_url TEXT,
                is_root_event INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE event_mentions (
                aggregated_id INTEGER NOT NULL REFERENCES aggregated_events(id),
                event_id INTEGER NOT NULL REFERENCES events(id),
                PRIMARY KEY (aggregated_id, event_id)
            ) WITHOUT ROWID;
            CREATE INDEX event_mentions_event ON event_mentions(event_id);
            CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text);
            CREATE VIRTUAL TABLE quotes_fts USING fts5(quote_id UNINDEXED, text, speaker);
            """),
        (2, "watchlists and dashboard query indexes", """
            -- Saved searches: an event filter stored as JSON, and the highest event id the analyst has seen.
            CREATE TABLE watchlists (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                filter TEXT NOT NULL,
                created_at TEXT NOT NULL,
                seen_event_id INTEGER NOT NULL DEFAULT 0,
                seen_at TEXT
            );
            CREATE INDEX events_quad_date ON events(quad, date);
            CREATE INDEX events_root_date ON events(root, date);
            CREATE INDEX events_target ON events(target_code);
            """),
    ];
}
