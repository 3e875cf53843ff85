using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EventDesk.Cli.Composition;
using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Ingest.Web;
using EventDesk.Storage;
using EventDesk.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk ingest</c>: reads sources into the desk database (dedup, pipeline, tone, storage).</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (read recursively), http(s) URLs of articles or RSS/Atom feeds, or - for standard input. " +
                          "Plain text, HTML, JSON Lines (text/title/date/url), RSS/Atom, and .gz of these.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DeskOptions.Db();
        var date = CommonOptions.Date();
        var show = new Option<bool>("--show") { Description = "After ingesting, print the sentences and coded events of the ingested documents." };
        var threads = DeskOptions.Threads();
        var command = new Command("ingest", "Ingest articles into the desk database: extract, deduplicate, code and store them.")
        {
            inputs, db, date, show, threads,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(db)!, parse.GetValue(date), parse.GetValue(show),
            Console.Out, Console.Error, parse.GetValue(threads)));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string dbPath, DateOnly? date, bool show, TextWriter stdout, TextWriter stderr, int threads = 0)
    {
        using var store = DeskOptions.OpenStore(dbPath, stderr);
        if (store is null)
        {
            return ExitCodes.DataError;
        }
        using var fetcher = new WebFetcher();
        var ingestor = new ParallelIngestor(store, new DeskIngestor(store, DefaultPipeline.Create()), new ParallelIngestOptions { Threads = threads });
        // Extraction is deferred to the workers; feed state goes through the ingestor so it is saved in order.
        var reader = new InputReader { Fetcher = fetcher, FeedStates = ingestor.FeedStates, DeferExtraction = true };
        var progress = new IngestProgress(stderr, !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error));
        var added = new List<string>();
        try
        {
            ingestor.Run(inputs.Select(i => new IngestSource(i, reader.Read(i))), date, e => progress.Record(e, show ? added : null));
        }
        catch (SqliteException e)
        {
            stderr.WriteLine($"error: {dbPath}: {e.Message}");
            progress.Finish(stdout);
            return ExitCodes.DataError;
        }
        progress.Finish(stdout);
        if (show && added.Count > 0)
        {
            ShowDocuments(store, added, stdout);
        }
        var s = progress.Summary;
        return s.Errors == 0 ? ExitCodes.Success : s.Added + s.Duplicates + s.NearDuplicates == 0 ? ExitCodes.InputError : ExitCodes.PartialFailure;
    }

    internal static void ShowDocuments(IEventStore store, IReadOnlyList<string> documentIds, TextWriter stdout)
    {
        var events = store.QueryEvents(new EventFilter { Limit = 100_000 });
        var byDoc = events.GroupBy(e => e.DocumentId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var id in documentIds.Distinct().Take(50))
        {
            stdout.WriteLine();
            stdout.WriteLine($"== document {id}");
            foreach (var s in store.Sentences(id))
            {
                stdout.WriteLine($"  [{s.Index,3}] {Clip(s.Text, 110)}");
            }
            if (byDoc.TryGetValue(id, out var list))
            {
                foreach (var e in list)
                {
                    stdout.WriteLine($"  event s{e.Sentence} {e.Cameo} q{e.QuadClass} {e.SourceCode ?? "---"} -> {e.TargetCode ?? "---"} {e.Location} ({e.Rule})");
                }
            }
            else
            {
                stdout.WriteLine("  (no coded events: the event coder is not in the pipeline yet, or found none)");
            }
        }
    }

    internal static string Clip(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}

/// <summary>Options shared by the desk commands, each defined once with its help text.</summary>
public static class DeskOptions
{
    public const string DefaultDb = "eventdesk.db";

    public static Option<string> Db() => new("--db")
    {
        Description = "The desk database (SQLite) to use.",
        DefaultValueFactory = _ => DefaultDb,
    };

    public static Option<string> Format() => new("--format", "-f")
    {
        Description = "Output format: table (default), json or csv.",
        DefaultValueFactory = _ => "table",
        CustomParser = r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[0].Value.ToLowerInvariant() : "table";
            if (v is "table" or "json" or "csv")
            {
                return v;
            }
            r.AddError($"--format '{v}' is not one of table, json, csv.");
            return "table";
        },
    };

    public static Option<int> Limit(int defaultValue) => new("--limit")
    {
        Description = "The most rows to print.",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Worker threads for extraction and annotation (default: one per processor core). The database writer is one more thread.",
        DefaultValueFactory = _ => 0,
        CustomParser = r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[0].Value : "0";
            if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= 256)
            {
                return n;
            }
            r.AddError($"--threads '{v}' is not a number from 0 (one per core) to 256.");
            return 0;
        },
    };

    public static SqliteEventStore? OpenStore(string path, TextWriter stderr, bool mustExist = false)
    {
        if (mustExist && !File.Exists(path))
        {
            stderr.WriteLine($"error: {path}: no such database; create it with `eventdesk ingest <inputs> --db {path}`.");
            return null;
        }
        try
        {
            return SqliteEventStore.Open(path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {path}: cannot open the database: {e.Message}");
            return null;
        }
    }
}

/// <summary>Counts, rate display and the end-of-run summary of an ingest. Not thread-safe.</summary>
internal sealed class IngestProgress(TextWriter stderr, bool terminal)
{
    public sealed record Totals(int Added, int Duplicates, int NearDuplicates, int Skipped, int Errors, int Warnings, long Sentences, long Events);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport;
    private int _added, _dups, _near, _skipped, _errors, _warnings;
    private long _sentences, _events;

    public Totals Summary => new(_added, _dups, _near, _skipped, _errors, _warnings, _sentences, _events);

    public void RunOne(string input, InputReader reader, DeskIngestor ingestor, DateOnly? date, List<string> added)
    {
        try
        {
            foreach (var item in reader.Read(input))
            {
                if (item.Problem is { } problem)
                {
                    Report(problem);
                }
                if (item.Document is not { } raw)
                {
                    continue;
                }
                var outcome = ingestor.Ingest(raw, date);
                switch (outcome.Status)
                {
                    case IngestStatus.Added:
                        _added++;
                        _sentences += outcome.Sentences;
                        _events += outcome.Events;
                        added.Add(outcome.DocumentId!);
                        WarnPartly(raw.Source, outcome);
                        break;
                    case IngestStatus.Duplicate:
                        _dups++;
                        added.Add(outcome.DocumentId!);
                        break;
                    case IngestStatus.NearDuplicate:
                        _near++;
                        added.Add(outcome.DocumentId!);
                        break;
                    default:
                        _skipped++;
                        ClearLine();
                        stderr.WriteLine($"warning: {raw.Source}: skipped: {outcome.Message}");
                        break;
                }
                Tick();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            ClearLine();
            stderr.WriteLine($"error: {input}: {e.Message}");
            _errors++;
        }
    }

    /// <summary>A document stored although a later annotation stage failed on it: a warning naming it and the stage.</summary>
    private void WarnPartly(string source, IngestOutcome outcome)
    {
        if (outcome.Message is { } message)
        {
            ClearLine();
            stderr.WriteLine($"warning: {source}: {message}");
            _warnings++;
        }
    }

    /// <summary>Prints a problem with an input (naming it) and counts it as an error or a warning.</summary>
    private void Report(InputProblem problem)
    {
        ClearLine();
        stderr.WriteLine(problem);
        if (problem.IsError)
        {
            _errors++;
        }
        else
        {
            _warnings++;
        }
    }

    /// <summary>Counts one item of a parallel ingest (called in input order on one thread).</summary>
    public void Record(IngestEvent e, List<string>? added)
    {
        if (e.Problem is { } problem)
        {
            Report(problem);
        }
        if (e.Document is not { } raw || e.Outcome is not { } outcome)
        {
            return;
        }
        switch (outcome.Status)
        {
            case IngestStatus.Added:
                _added++;
                _sentences += outcome.Sentences;
                _events += outcome.Events;
                added?.Add(outcome.DocumentId!);
                WarnPartly(raw.Source, outcome);
                break;
            case IngestStatus.Duplicate:
                _dups++;
                added?.Add(outcome.DocumentId!);
                break;
            case IngestStatus.NearDuplicate:
                _near++;
                added?.Add(outcome.DocumentId!);
                break;
            default:
                _skipped++;
                ClearLine();
                stderr.WriteLine($"warning: {raw.Source}: skipped: {outcome.Message}");
                break;
        }
        Tick();
    }

    private void Tick()
    {
        var now = _clock.Elapsed;
        var every = terminal ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(10);
        if (now - _lastReport < every)
        {
            return;
        }
        _lastReport = now;
        var line = Line();
        if (terminal)
        {
            stderr.Write("\r" + line.PadRight(100));
        }
        else
        {
            stderr.WriteLine(line);
        }
    }

    private string Line()
    {
        var secs = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var docs = _added + _dups + _near;
        return string.Create(CultureInfo.InvariantCulture,
            $"{docs} documents ({docs / secs:0.0}/s), {_sentences} sentences ({_sentences / secs:0}/s), {_events} events ({_events / secs:0.0}/s)");
    }

    private void ClearLine()
    {
        if (terminal && _lastReport > TimeSpan.Zero)
        {
            stderr.Write("\r" + new string(' ', 100) + "\r");
        }
    }

    public void Finish(TextWriter stdout)
    {
        ClearLine();
        var secs = _clock.Elapsed.TotalSeconds;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested {_added} new documents, {_dups} duplicates and {_near} near-duplicates linked, {_skipped} skipped; " +
            $"{_sentences} sentences, {_events} events; {_errors} errors, {_warnings} warnings; {secs:0.0} s"));
    }
}
