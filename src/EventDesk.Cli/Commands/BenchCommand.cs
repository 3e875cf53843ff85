using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EventDesk.Cli.Composition;
using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Storage.Sqlite;
using EventDesk.Text;
using EventDesk.Text.Corpora;

namespace EventDesk.Cli.Commands;

/// <summary>
/// <c>eventdesk bench</c>: the whole desk (extraction, every annotator, coding, deduplication, tone,
/// SQLite storage in a temporary file) over a corpus, through the same parallel ingest as
/// <c>eventdesk ingest</c>; prints a JSON report (throughput, memory, start-up, time per stage).
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "ud (UD English EWT + GUM rebuilt as raw text), html (the extraction benchmark pages), examples, " +
                          "or a file/folder read like `ingest` does.",
            DefaultValueFactory = _ => "ud",
        };
        var repeat = new Option<int>("--repeat")
        {
            Description = "Scale the corpus N times. For ud and examples, each repeat regroups the sentences into new documents " +
                          "(seeded shuffle) so they are neither exact nor near duplicates; other corpora repeat as-is (then deduplicated).",
            DefaultValueFactory = _ => 1,
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Timed runs in this process (each on a fresh database); the report gives each run, the best and the median.",
            DefaultValueFactory = _ => 1,
        };
        var take = new Option<int>("--documents")
        {
            Description = "Use only the first N documents of the corpus (ud, examples) before repeating; 0 = all.",
            DefaultValueFactory = _ => 0,
        };
        var perDocument = new Option<int>("--sentences-per-document")
        {
            Description = "Regroup every repeat (also the first) into documents of K sentences (ud, examples): many small documents; 0 = original sizes.",
            DefaultValueFactory = _ => 0,
        };
        var shared = new Option<string?>("--shared") { Description = "The shared data folder (default: ../shared found above the working directory)." };
        var keep = new Option<string?>("--db") { Description = "Write the database here instead of a temporary file (kept after the run)." };
        var threads = DeskOptions.Threads();
        var command = new Command("bench", "Benchmark the full pipeline with storage on a corpus; prints a JSON report.")
        {
            corpus, repeat, runs, threads, take, perDocument, shared, keep,
        };
        command.SetAction(p => Run(p.GetValue(corpus)!, Math.Max(1, p.GetValue(repeat)), Math.Max(1, p.GetValue(runs)), p.GetValue(threads),
            p.GetValue(shared), p.GetValue(keep), Console.Out, Console.Error, Math.Max(0, p.GetValue(take)), Math.Max(0, p.GetValue(perDocument))));
        return command;
    }

    private sealed record RunResult(
        int Items, int Added, int Duplicates, int NearDuplicates, int Skipped, int Problems, long Sentences, long Tokens, long Events,
        double WallSeconds, double CpuSeconds, IngestStageTimes Stages, double DbMegabytes);

    public static int Run(string corpus, int repeat, int runs, int threads, string? sharedDir, string? dbPath, TextWriter stdout, TextWriter stderr,
        int documents = 0, int sentencesPerDocument = 0)
    {
        var startedAt = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        // Start-up: models and dictionaries loaded, first document coded (what a user waits for).
        var clock = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Create();
        var createSeconds = clock.Elapsed.TotalSeconds;
        var first = new Document("startup", "KABUL, March 3 (Wire) - Afghan officials met Taliban envoys in Doha on Tuesday to resume peace talks, the foreign ministry said.");
        pipeline.Annotate(first);
        var startupSeconds = (DateTime.UtcNow - startedAt).TotalSeconds;
        var firstDocSeconds = clock.Elapsed.TotalSeconds - createSeconds;
        var sources = Sources(corpus, new Scale(repeat, documents, sentencesPerDocument), sharedDir ?? FindShared(), stderr);
        if (sources is null)
        {
            return ExitCodes.InputError;
        }

        var results = new List<RunResult>();
        for (var r = 0; r < runs; r++)
        {
            results.Add(RunOnce(pipeline, sources, threads, dbPath, r, stderr));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {r + 1}/{runs}: {results[^1].Sentences / results[^1].WallSeconds:0} sentences/s, {results[^1].Items / results[^1].WallSeconds:0.0} documents/s, " +
                $"{results[^1].WallSeconds:0.00} s, load {LoadAverage()}"));
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var report = new MemoryStream();
        using (var w = new Utf8JsonWriter(report, new JsonWriterOptions { Indented = true }))
        {
            var bySpeed = results.OrderBy(x => x.Sentences / x.WallSeconds).ToList();
            var best = bySpeed[^1];
            var median = bySpeed[bySpeed.Count / 2];
            w.WriteStartObject();
            w.WriteString("corpus", corpus);
            w.WriteNumber("repeat", repeat);
            w.WriteNumber("threads", threads > 0 ? threads : Environment.ProcessorCount);
            w.WriteNumber("processors", Environment.ProcessorCount);
            w.WriteString("load_average_end", LoadAverage());
            w.WriteNumber("documents", best.Items);
            w.WriteNumber("added", best.Added);
            w.WriteNumber("duplicates", best.Duplicates);
            w.WriteNumber("near_duplicates", best.NearDuplicates);
            w.WriteNumber("skipped", best.Skipped);
            w.WriteNumber("input_problems", best.Problems);
            w.WriteNumber("sentences", best.Sentences);
            w.WriteNumber("tokens", best.Tokens);
            w.WriteNumber("events", best.Events);
            WriteRun(w, "best", best);
            WriteRun(w, "median", median);
            w.WriteStartArray("runs");
            foreach (var x in results)
            {
                w.WriteStartObject();
                WriteFigures(w, x);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("peak_working_set_mb", Math.Round(process.PeakWorkingSet64 / 1048576.0, 1));
            w.WriteNumber("gc_heap_mb_end", Math.Round(GC.GetTotalMemory(false) / 1048576.0, 1));
            w.WriteNumber("allocated_mb_total", Math.Round(GC.GetTotalAllocatedBytes() / 1048576.0, 1));
            // Which collector ran (the CLI asks for the server GC; a host may override it with DOTNET_gcServer=0).
            w.WriteString("gc_mode", System.Runtime.GCSettings.IsServerGC ? "server" : "workstation");
            // The models' memory in huge pages (EventDesk.Nlp.Common.HugePages; 0 where the system has them off).
            if (EventDesk.Nlp.Common.HugePages.ProcessHugePageBytes() is { } huge)
            {
                w.WriteNumber("huge_pages_mb", Math.Round(huge / 1048576.0, 1));
            }
            w.WriteNumber("gc_gen0", GC.CollectionCount(0));
            w.WriteNumber("gc_gen1", GC.CollectionCount(1));
            w.WriteNumber("gc_gen2", GC.CollectionCount(2));
            // Time the runtime was paused for collections (all runs and the start-up): the GC's share of the wall time.
            w.WriteNumber("gc_pause_seconds", Math.Round(GC.GetTotalPauseDuration().TotalSeconds, 3));
            w.WriteNumber("pipeline_load_seconds", Math.Round(createSeconds, 3));
            w.WriteNumber("first_document_seconds", Math.Round(firstDocSeconds, 3));
            w.WriteNumber("startup_seconds", Math.Round(startupSeconds, 3));
            WriteStages(w, median.Stages, median.WallSeconds);
            w.WriteEndObject();
        }
        stdout.WriteLine(Encoding.UTF8.GetString(report.ToArray()));
        return ExitCodes.Success;
    }

    private static void WriteRun(Utf8JsonWriter w, string name, RunResult x)
    {
        w.WriteStartObject(name);
        WriteFigures(w, x);
        w.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter w, RunResult x)
    {
        w.WriteNumber("wall_seconds", Math.Round(x.WallSeconds, 3));
        w.WriteNumber("cpu_seconds", Math.Round(x.CpuSeconds, 3));
        w.WriteNumber("documents_per_s", Math.Round(x.Items / x.WallSeconds, 1));
        w.WriteNumber("sentences_per_s", Math.Round(x.Sentences / x.WallSeconds, 0));
        w.WriteNumber("tokens_per_s", Math.Round(x.Tokens / x.WallSeconds, 0));
        w.WriteNumber("sentences_per_cpu_s", Math.Round(x.Sentences / Math.Max(x.CpuSeconds, 1e-9), 0));
        w.WriteNumber("db_mb", Math.Round(x.DbMegabytes, 1));
    }

    private static void WriteStages(Utf8JsonWriter w, IngestStageTimes t, double wall)
    {
        var stages = new List<(string Name, long Ticks)> { ("extraction", t.ExtractionTicks), ("fingerprints", t.FingerprintTicks) };
        for (var i = 0; i < t.Annotators.Count; i++)
        {
            stages.Add(("annotate:" + t.Annotators[i], t.AnnotatorTicks[i]));
        }
        stages.Add(("tone", t.ToneTicks));
        stages.Add(("storage", t.StorageTicks));
        var total = Math.Max(1, stages.Sum(s => s.Ticks));
        w.WriteStartObject("stages");
        w.WriteString("note", "seconds summed over the threads that ran each stage (median run); share = of the sum of all stages");
        foreach (var (name, ticks) in stages)
        {
            w.WriteStartObject(name);
            w.WriteNumber("seconds", Math.Round(ticks / (double)Stopwatch.Frequency, 3));
            w.WriteNumber("share", Math.Round(ticks / (double)total, 4));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteNumber("writer_busy_share_of_wall", Math.Round(t.StorageTicks / (double)Stopwatch.Frequency / wall, 3));
        w.WriteNumber("writer_wait_seconds", Math.Round(t.WriterWaitTicks / (double)Stopwatch.Frequency, 3));
    }

    private static RunResult RunOnce(Pipeline pipeline, Func<InputReader, IEnumerable<IngestSource>> sources, int threads, string? dbPath, int run, TextWriter stderr)
    {
        var temp = dbPath is null ? Directory.CreateTempSubdirectory("eventdesk-bench-").FullName : null;
        var path = dbPath ?? Path.Combine(temp!, "bench.db");
        if (dbPath is not null && run > 0)
        {
            path = Path.ChangeExtension(dbPath, null) + $".run{run + 1}.db";
        }
        try
        {
            using var store = SqliteEventStore.Open(path);
            var ingestor = new ParallelIngestor(store, new DeskIngestor(store, pipeline),
                new ParallelIngestOptions { Threads = threads, MeasureStages = true });
            var reader = new InputReader { DeferExtraction = true };
            int items = 0, added = 0, dups = 0, near = 0, skipped = 0, problems = 0;
            long sentences = 0, tokens = 0, events = 0;
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            ingestor.Run(sources(reader), null, e =>
            {
                if (e.Problem is not null)
                {
                    problems++;
                }
                if (e.Outcome is not { } o)
                {
                    return;
                }
                items++;
                switch (o.Status)
                {
                    case IngestStatus.Added:
                        added++;
                        sentences += o.Sentences;
                        tokens += o.Tokens;
                        events += o.Events;
                        break;
                    case IngestStatus.Duplicate:
                        dups++;
                        break;
                    case IngestStatus.NearDuplicate:
                        near++;
                        break;
                    default:
                        skipped++;
                        break;
                }
            });
            var wall = clock.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
            return new RunResult(items, added, dups, near, skipped, problems, sentences, tokens, events, wall, cpu, ingestor.StageTimes!, size / 1048576.0);
        }
        finally
        {
            if (temp is not null)
            {
                try
                {
                    Directory.Delete(temp, recursive: true);
                }
                catch (IOException e)
                {
                    stderr.WriteLine($"warning: {temp}: not removed: {e.Message}");
                }
            }
        }
    }

    private sealed record Scale(int Repeat, int Documents, int SentencesPerDocument);

    private static Func<InputReader, IEnumerable<IngestSource>>? Sources(string corpus, Scale scale, string? shared, TextWriter stderr)
    {
        var repeat = scale.Repeat;
        switch (corpus)
        {
            case "ud":
            {
                var files = new[]
                {
                    "ud_english_ewt/en_ewt-ud-train.conllu", "ud_english_ewt/en_ewt-ud-dev.conllu", "ud_english_ewt/en_ewt-ud-test.conllu",
                    "ud_english_gum_free/en_gum-ud-train.free.conllu", "ud_english_gum_free/en_gum-ud-dev.free.conllu",
                    "ud_english_gum_free/en_gum-ud-test.free.conllu",
                }.Select(f => Path.Combine(shared ?? "", "corpora", f)).ToArray();
                if (shared is null || files.Any(f => !File.Exists(f)))
                {
                    stderr.WriteLine("error: the UD corpora were not found under ../shared/corpora; pass --shared DIR.");
                    return null;
                }
                var documents = files.SelectMany(f => ConlluText.ReadFile(f).Select(d => (Name: Path.GetFileName(f) + "#" + d.Id, d.Text,
                    Sentences: d.Sentences.Select(s => d.Text.Substring(s.Start, s.Length)).ToArray()))).ToList();
                if (scale.Documents > 0)
                {
                    documents = documents.Take(scale.Documents).ToList();
                }
                return _ => [new IngestSource("ud", Regrouped(documents, scale))];
            }
            case "examples":
            {
                var dir = FindUp("examples");
                if (dir is null)
                {
                    stderr.WriteLine("error: the examples folder was not found.");
                    return null;
                }
                var documents = Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal)
                    .Select(f => (Name: f, Text: File.ReadAllText(f), Sentences: SplitSentences(File.ReadAllText(f)))).ToList();
                if (scale.Documents > 0)
                {
                    documents = documents.Take(scale.Documents).ToList();
                }
                return _ => [new IngestSource("examples", Regrouped(documents, scale))];
            }
            case "html":
            {
                var root = shared is null ? null : Path.Combine(shared, "eval", "extraction");
                if (root is null || !Directory.Exists(root))
                {
                    stderr.WriteLine("error: ../shared/eval/extraction was not found; pass --shared DIR.");
                    return null;
                }
                var pages = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    // The pages themselves: mozilla's expected.html(.gz) are extraction outputs, not inputs.
                    .Where(f => (f.EndsWith(".html.gz", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
                        && !Path.GetFileName(f).StartsWith("expected.", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal).ToList();
                return reader => Enumerable.Range(0, repeat).SelectMany(_ => pages.Select(p => new IngestSource(p, reader.Read(p))));
            }
            default:
                if (!File.Exists(corpus) && !Directory.Exists(corpus))
                {
                    stderr.WriteLine($"error: {corpus}: not a corpus name (ud, html, examples) nor a file or folder.");
                    return null;
                }
                return reader => Enumerable.Range(0, repeat).Select(_ => new IngestSource(corpus, reader.Read(corpus)));
        }
    }

    /// <summary>
    /// Repeat 0 is the corpus as it is; repeat r > 0 shuffles all sentences (seed r) and regroups them into documents of
    /// the original sizes, so each new document shares few word 3-shingles with any other (no near-duplicates) while
    /// the text stays real. Lazy: memory does not grow with the repeat count.
    /// </summary>
    private static IEnumerable<InputItem> Regrouped(List<(string Name, string Text, string[] Sentences)> documents, Scale scale)
    {
        var k = scale.SentencesPerDocument;
        if (k == 0)
        {
            foreach (var (name, text, _) in documents)
            {
                yield return new InputItem(new RawDocument(name, text), null);
            }
        }
        var all = documents.SelectMany(d => d.Sentences).ToArray();
        var order = new int[all.Length];
        var sb = new StringBuilder();
        for (var r = k == 0 ? 1 : 0; r < scale.Repeat; r++)
        {
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            if (r > 0)
            {
                new Random(r).Shuffle(order);
            }
            var next = 0;
            var d = 0;
            // Documents of the original sizes, or of k sentences each.
            while (next < order.Length)
            {
                var size = k > 0 ? k : documents[d].Sentences.Length;
                var name = k > 0 ? $"doc{d}" : documents[d].Name;
                d++;
                sb.Clear();
                for (var j = 0; j < size && next < order.Length; j++, next++)
                {
                    sb.Append(j == 0 ? "" : j % 5 == 0 ? "\n\n" : " ").Append(all[order[next]]);
                }
                yield return new InputItem(new RawDocument($"{name}@r{r}", sb.ToString()), null);
            }
        }
    }

    private static string[] SplitSentences(string text) =>
        text.Split(["\n\n", ". "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.EndsWith('.') ? s : s + ".").ToArray();

    private static string? FindShared()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "corpora")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static string? FindUp(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
