using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Storage.Sqlite;
using Xunit;

namespace EventDesk.Ingest.Tests;

/// <summary>The parallel ingest gives the same database and the same per-item outcomes as the sequential one.</summary>
public sealed class ParallelIngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-parallel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string MakeCorpus()
    {
        var dir = Path.Combine(_dir, "in");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < 60; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"a{i:D3}.txt"), Corpus.Article(1000 + i, 6 + i % 5));
            if (i % 7 == 3)
            {
                // Copies right behind their originals: decided while the original is still in flight.
                File.WriteAllText(Path.Combine(dir, $"a{i:D3}b-copy.txt"), Corpus.Article(1000 + i, 6 + i % 5));
                File.WriteAllText(Path.Combine(dir, $"a{i:D3}c-near.txt"), "Updated: " + Corpus.Article(1000 + i, 6 + i % 5) + " More to follow.");
            }
            if (i % 11 == 5)
            {
                var body = Corpus.Article(5000 + i, 8);
                File.WriteAllText(Path.Combine(dir, $"a{i:D3}d.html"),
                    $"<html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a></nav><article>" +
                    string.Join("", body.Split(". ").Select(s => $"<p>{s}.</p>")) + "</article></body></html>");
            }
        }
        File.WriteAllText(Path.Combine(dir, "feed.jsonl"),
            $"{{\"title\":\"J1\",\"url\":\"https://example.org/j1\",\"text\":\"{Corpus.Article(7001)}\"}}\n" +
            "{broken\n" +
            $"{{\"title\":\"J2\",\"url\":\"https://example.org/j2\",\"text\":\"<p>{Corpus.Article(7002)}</p>\"}}\n" +
            $"{{\"title\":\"J1 again\",\"url\":\"https://www.example.org/j1?utm_source=x\",\"text\":\"other words\"}}\n");
        File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);
        return dir;
    }

    private static List<string> Sequential(string corpus, string db)
    {
        using var store = SqliteEventStore.Open(db);
        var desk = new DeskIngestor(store, Corpus.Pipeline());
        var log = new List<string>();
        foreach (var item in new InputReader().Read(corpus))
        {
            var outcome = item.Document is { } raw ? desk.Ingest(raw) : null;
            log.Add(Describe(item.Problem, item.Document, outcome));
        }
        return log;
    }

    private static List<string> Parallel(string corpus, string db, int threads, int batch)
    {
        using var store = SqliteEventStore.Open(db);
        var desk = new DeskIngestor(store, Corpus.Pipeline());
        var ingestor = new ParallelIngestor(store, desk, new ParallelIngestOptions { Threads = threads, BatchSize = batch, InFlightPerWorker = 3 });
        var reader = new InputReader { DeferExtraction = true, FeedStates = ingestor.FeedStates };
        var log = new List<string>();
        ingestor.Run([new IngestSource(corpus, reader.Read(corpus))], null, e => log.Add(Describe(e.Problem, e.Document, e.Outcome)));
        return log;
    }

    private static string Describe(InputProblem? problem, RawDocument? raw, IngestOutcome? outcome) =>
        $"{problem}|{raw?.Source}|{outcome?.Status}|{outcome?.DocumentId}|{outcome?.Sentences}|{outcome?.NewLink}|{outcome?.Message}";

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 4)]
    [InlineData(4, 64)]
    public void Parallel_ingest_gives_the_sequential_database(int threads, int batch)
    {
        var corpus = MakeCorpus();
        var sequentialDb = Path.Combine(_dir, "sequential.db");
        var expectedLog = Sequential(corpus, sequentialDb);
        var parallelDb = Path.Combine(_dir, $"parallel-{threads}-{batch}.db");
        var log = Parallel(corpus, parallelDb, threads, batch);

        Assert.Equal(expectedLog, log);
        Assert.Contains(log, l => l.Contains("|NearDuplicate|", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("|Duplicate|", StringComparison.Ordinal));
        using var a = SqliteEventStore.Open(sequentialDb);
        using var b = SqliteEventStore.Open(parallelDb);
        var fa = a.Fingerprint();
        var fb = b.Fingerprint();
        foreach (var table in fa.Keys)
        {
            Assert.True(fa[table] == fb[table], $"{table}: {fa[table]} vs {fb[table]}");
        }

        // Re-ingesting in parallel changes nothing.
        Parallel(corpus, parallelDb, threads, batch);
        using var c = SqliteEventStore.Open(parallelDb);
        Assert.Equal(fb, c.Fingerprint());
    }

    [Theory]
    [InlineData("talks", "resume", "in")]
    [InlineData("", "x", "")]
    [InlineData("kabul", "café", "ünïcode")]
    public void Shingle_hashes_equal_the_hash_of_the_joined_words(string a, string b, string c) =>
        Assert.Equal(Dedup.Fingerprints.Hash64(a + " " + b + " " + c), Dedup.Fingerprints.ShingleHash(a, b, c));

    [Fact]
    public void A_rolled_back_batch_loses_only_its_own_documents()
    {
        var db = Path.Combine(_dir, "batch.db");
        using var store = SqliteEventStore.Open(db);
        var desk = new DeskIngestor(store, Corpus.Pipeline());
        store.BeginBatch();
        Assert.Equal(IngestStatus.Added, desk.Ingest(new RawDocument("a.txt", Corpus.Article(1))).Status);
        Assert.Equal(IngestStatus.Duplicate, desk.Ingest(new RawDocument("b.txt", Corpus.Article(1))).Status);
        store.CommitBatch();
        store.BeginBatch();
        Assert.Equal(IngestStatus.Added, desk.Ingest(new RawDocument("c.txt", Corpus.Article(2))).Status);
        store.RollbackBatch();
        Assert.Equal(1, store.Fingerprint()["documents"].Rows);
        Assert.Equal(2, store.Fingerprint()["document_sources"].Rows);
    }
}
