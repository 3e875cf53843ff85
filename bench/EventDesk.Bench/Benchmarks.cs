using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using EventDesk.Coding.Composition;
using EventDesk.Ingest.Dedup;
using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Storage.Sqlite;
using EventDesk.Text;

namespace EventDesk.Bench;

/// <summary>One short job for every benchmark, so the whole suite runs in a few minutes.</summary>
public static class ShortConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1)
            .WithInvocationCount(1).WithUnrollFactor(1).AsDefault())
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.JoinSummary);
}

/// <summary>The bundled example articles, several times over (real news text), found above the working directory.</summary>
internal static class BenchCorpus
{
    public const int Copies = 8;

    public static IReadOnlyList<string> Texts()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var examples = Path.Combine(dir.FullName, "examples");
            if (Directory.Exists(examples) && Directory.EnumerateFiles(examples, "*.txt").Any())
            {
                var texts = Directory.EnumerateFiles(examples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
                return Enumerable.Range(0, Copies).SelectMany(i => texts.Select(t => t + $"\n\nFiled {i}.")).ToList();
            }
        }
        throw new InvalidOperationException("examples/ was not found above the working directory");
    }
}

/// <summary>
/// One annotator at a time on the example articles: every iteration gets fresh documents annotated
/// up to the stage before (not measured), then the stage runs on all of them. Allocations are per
/// operation = the whole corpus (48 documents).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Pipeline _pipeline = null!;
    private IReadOnlyList<string> _texts = [];
    private IAnnotator[] _prefix = [];
    private IAnnotator _stage = null!;
    private Document[] _documents = [];

    [Params("tokenizer", "pos-tagger", "dependency-parser", "entity-recognizer", "actor-resolver", "coreference", "event-coder")]
    public string Stage { get; set; } = "tokenizer";

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsPipeline.Create();
        _texts = BenchCorpus.Texts();
        var annotators = _pipeline.Annotators;
        var index = annotators.Select(a => a.Name).ToList().IndexOf(Stage);
        if (index < 0)
        {
            throw new InvalidOperationException($"no stage '{Stage}' in the pipeline: {string.Join(", ", annotators.Select(a => a.Name))}");
        }
        _prefix = annotators.Take(index).ToArray();
        _stage = annotators[index];
    }

    [IterationSetup]
    public void Prepare()
    {
        _documents = _texts.Select((t, i) => new Document("d" + i, t)).ToArray();
        foreach (var d in _documents)
        {
            foreach (var a in _prefix)
            {
                a.Annotate(d);
            }
        }
    }

    [Benchmark]
    public void Annotate()
    {
        foreach (var d in _documents)
        {
            _stage.Annotate(d);
        }
    }
}

/// <summary>The whole pipeline on the example articles, and the fingerprints computed before storage.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Pipeline _pipeline = null!;
    private IReadOnlyList<string> _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsPipeline.Create();
        _texts = BenchCorpus.Texts();
    }

    [Benchmark]
    public int FullPipeline()
    {
        var tokens = 0;
        for (var i = 0; i < _texts.Count; i++)
        {
            var d = new Document("d" + i, _texts[i]);
            _pipeline.Annotate(d);
            tokens += d.Tokens.Count;
        }
        return tokens;
    }

    [Benchmark]
    public int ContentHashAndMinHash()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += Fingerprints.ContentHash(t).Length;
            n += (int)(Fingerprints.MinHash(t)[0] & 1);
        }
        return n;
    }
}

/// <summary>
/// Storage writes: the annotated example articles stored (dedup look-ups, inserts, aggregates) into a
/// fresh SQLite file, one transaction per document or one batch for all.
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private Pipeline _pipeline = null!;
    private IReadOnlyList<string> _texts = [];
    private string _dir = "";
    private SqliteEventStore _store = null!;
    private DeskIngestor _desk = null!;
    private PreparedDocument[] _prepared = [];

    [Params(false, true)]
    public bool Batched { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsPipeline.Create();
        _texts = BenchCorpus.Texts();
        _dir = Directory.CreateTempSubdirectory("eventdesk-bench-store-").FullName;
    }

    [IterationSetup]
    public void Prepare()
    {
        _store = SqliteEventStore.Open(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));
        _desk = new DeskIngestor(_store, _pipeline);
        _prepared = _texts.Select((t, i) =>
        {
            var p = _desk.Prepare(new RawDocument($"doc{i}.txt", t));
            _desk.Annotate(p);
            return p;
        }).ToArray();
    }

    [Benchmark]
    public void Store()
    {
        if (Batched)
        {
            _store.BeginBatch();
        }
        foreach (var p in _prepared)
        {
            _desk.Commit(p);
        }
        _store.CommitBatch();
    }

    [IterationCleanup]
    public void Cleanup() => _store.Dispose();

    [GlobalCleanup]
    public void Remove()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
