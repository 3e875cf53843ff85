using System.CommandLine;
using System.Text.Json;
using EventDesk.Coding.Petrarch;
using EventDesk.Knowledge;

namespace EventDesk.Cli.Commands;

/// <summary>
/// <c>eventdesk eval petrarch --suite FILE.jsonl --dictionaries PATH...</c>: runs a PETRARCH validation suite
/// through our pipeline with the suite's own dictionaries (verbs converted to our patterns, actors and agents
/// as the knowledge base) and prints a JSON report (docs/petrarch.md).
/// </summary>
public static class EvalPetrarchCommand
{
    public static Command Create()
    {
        var suite = new Option<string>("--suite")
        {
            Description = "A PETRARCH suite in JSONL form (e.g. ../shared/eval/universalpetrarch-unittest-ud.jsonl).",
            Required = true,
        };
        var dictionaries = new Option<string[]>("--dictionaries")
        {
            Description = "PETRARCH dictionary files or folders: one verb dictionary, *.actors.txt, *.agents.txt, optional *.discards.txt. Read at run time, never copied.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var verbs = new Option<string?>("--verbs")
        {
            Description = "The verb dictionary to use when the --dictionaries folders hold several.",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Also print expected and produced triples for every failing record.",
        };
        var command = new Command("petrarch", "Run a PETRARCH validation suite with its dictionaries; prints JSON (records, evaluated, passed, pass_rate, categories, failing ids).")
        {
            suite, dictionaries, verbs, verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(suite)!, parse.GetValue(dictionaries) ?? [], parse.GetValue(verbs), parse.GetValue(verbose), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string suitePath, IReadOnlyList<string> dictionaries, string? verbs, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        List<PetrarchRecord> records;
        try
        {
            records = PetrarchSuite.Load(suitePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"error: cannot read suite '{suitePath}': {e.Message} Give a PETRARCH suite in JSONL form with --suite.");
            return ExitCodes.DataError;
        }
        var (files, problem) = PetrarchDictionaryFiles.Find(dictionaries, verbs);
        if (files is null)
        {
            stderr.WriteLine($"error: {problem}");
            return ExitCodes.DataError;
        }
        PetrarchEvaluator evaluator;
        try
        {
            evaluator = new PetrarchEvaluator(files);
        }
        catch (Exception e) when (e is IOException or KnowledgeFormatException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.DataError;
        }
        var report = evaluator.Evaluate(suitePath, records);
        stdout.WriteLine(ToJson(report, verbose, verbose ? evaluator : null));
        return ExitCodes.Success;
    }

    public static string ToJson(PetrarchEvaluation report, bool verbose, PetrarchEvaluator? evaluator = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("suite", report.Suite);
            json.WriteStartObject("dictionaries");
            json.WriteString("verbs", report.Dictionaries.Verbs);
            WriteStrings(json, "actors", report.Dictionaries.Actors);
            WriteStrings(json, "agents", report.Dictionaries.Agents);
            WriteStrings(json, "discards", report.Dictionaries.Discards);
            json.WriteEndObject();
            var c = report.Conversion;
            json.WriteStartObject("conversion");
            json.WriteNumber("synsets", c.Synsets);
            json.WriteNumber("verb_blocks", c.Blocks);
            json.WriteNumber("verbs", c.Verbs);
            json.WriteNumber("pattern_lines", c.PatternLines);
            json.WriteNumber("converted_lines", c.ConvertedLines);
            json.WriteNumber("skipped_lines", c.SkippedLines);
            json.WriteNumber("event_patterns", c.EventPatterns);
            json.WriteNumber("transformations_skipped", c.Transformations);
            json.WriteStartObject("skip_reasons");
            foreach (var (reason, count) in c.SkipReasons)
            {
                json.WriteNumber(reason, count);
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteNumber("records", report.Records);
            json.WriteNumber("evaluated", report.Total.Evaluated);
            json.WriteNumber("passed", report.Total.Passed);
            json.WriteNumber("pass_rate", Math.Round(report.Total.PassRate * 100, 2));
            json.WriteStartObject("categories");
            foreach (var (name, score) in report.Categories)
            {
                json.WriteStartObject(name);
                json.WriteNumber("evaluated", score.Evaluated);
                json.WriteNumber("passed", score.Passed);
                json.WriteNumber("pass_rate", Math.Round(score.PassRate * 100, 2));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("triples");
            json.WriteNumber("precision", Math.Round(report.TriplePrecision, 3));
            json.WriteNumber("recall", Math.Round(report.TripleRecall, 3));
            json.WriteEndObject();
            json.WriteNumber("seconds", Math.Round(report.Seconds, 2));
            json.WriteNumber("records_per_second", report.Seconds > 0 ? Math.Round(report.Records / report.Seconds, 1) : 0);
            var failing = report.Results.Where(r => r.Record.Evaluated && !r.Passed).ToList();
            json.WriteStartArray("failing_ids");
            foreach (var r in failing)
            {
                json.WriteStringValue(r.Record.Id);
            }
            json.WriteEndArray();
            if (verbose)
            {
                json.WriteStartArray("failures");
                foreach (var r in failing)
                {
                    json.WriteStartObject();
                    json.WriteString("id", r.Record.Id);
                    json.WriteNumber("seq", r.Record.Seq);
                    json.WriteString("category", r.Record.Category);
                    json.WriteString("text", r.Record.Text);
                    WriteStrings(json, "expected", r.Record.Expected.Select(t => t.ToString()));
                    WriteStrings(json, "produced", r.Produced.Select(t => t.ToString()));
                    if (r.Record.ExpectedError is not null || r.Error is not null)
                    {
                        json.WriteString("expected_error", r.Record.ExpectedError);
                        json.WriteString("error", r.Error);
                    }
                    if (evaluator is not null)
                    {
                        WriteAnalysis(json, evaluator, r.Record);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Our parse (one line per token: index, form, lemma, UPOS, head, relation, actor code) and the rule of each coded event.</summary>
    private static void WriteAnalysis(Utf8JsonWriter json, PetrarchEvaluator evaluator, PetrarchRecord record)
    {
        var (_, _, document) = evaluator.Code(record);
        if (!document.Layers.TryGet(EventDesk.Nlp.NlpLayers.Dependencies, out var deps))
        {
            return;
        }
        var pos = document.Layers.Get(EventDesk.Nlp.NlpLayers.Pos);
        var lemmas = document.Layers.Get(EventDesk.Nlp.NlpLayers.Lemmas);
        document.Layers.TryGet(EventDesk.Text.AnnotationLayers.Entities, out var entities);
        var tokens = document.Tokens;
        var lines = new List<string>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var actor = entities?.Mentions.FirstOrDefault(m => m.Span.Start <= tokens.Starts[t] && m.Span.End >= tokens.Ends[t])?.Actor?.Code;
            lines.Add($"{t} {tokens.TextOf(t)} {lemmas.LemmaOf(t)} {pos.UposOf(t)} {deps.HeadOf(t)} {deps.RelationOf(t)}{(actor is null ? "" : " [" + actor + "]")}");
        }
        WriteStrings(json, "parse", lines);
        if (document.Layers.TryGet(EventDesk.Text.AnnotationLayers.Events, out var events))
        {
            WriteStrings(json, "rules", events.Events.Select(e => $"{e.Source.Actor?.Code} {e.Target?.Actor?.Code ?? "---"} {e.Cameo}: {e.Rule}"));
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }
        json.WriteEndArray();
    }
}
