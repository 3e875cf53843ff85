using System.Diagnostics;
using EventDesk.Coding.Events;
using EventDesk.Knowledge;
using EventDesk.Knowledge.Cameo;
using EventDesk.Nlp;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Coding.Petrarch;

/// <summary>The files of a PETRARCH dictionary set, sorted by kind.</summary>
public sealed record PetrarchDictionaryFiles(string Verbs, IReadOnlyList<string> Actors, IReadOnlyList<string> Agents, IReadOnlyList<string> Discards, string? Ontology = null)
{
    /// <summary>
    /// Sorts files and folders: <c>*.actors.txt</c>, <c>*.agents.txt</c>, <c>*.discards.txt</c>, and verb dictionaries
    /// (<c>*verbs*.txt</c>, <c>CAMEO*.txt</c>). <paramref name="verbs"/> names the verb file when the paths hold several.
    /// Returns an error message instead when the set is unusable.
    /// </summary>
    public static (PetrarchDictionaryFiles? Files, string? Error) Find(IReadOnlyList<string> paths, string? verbs = null)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                return (null, $"dictionary path '{path}' does not exist.");
            }
        }
        static bool Ends(string f, string suffix) => Path.GetFileName(f).EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        var actors = files.Where(f => Ends(f, ".actors.txt")).ToList();
        var agents = files.Where(f => Ends(f, ".agents.txt")).ToList();
        var discards = files.Where(f => Ends(f, ".discards.txt")).ToList();
        var ontology = files.FirstOrDefault(f => Path.GetFileName(f).Contains("Ontology", StringComparison.OrdinalIgnoreCase));
        var verbFiles = files.Where(f =>
        {
            var name = Path.GetFileName(f);
            return (name.Contains("verbs", StringComparison.OrdinalIgnoreCase) || name.StartsWith("CAMEO", StringComparison.OrdinalIgnoreCase))
                && !name.Contains("Ontology", StringComparison.OrdinalIgnoreCase);
        }).ToList();
        if (verbs is not null)
        {
            if (!File.Exists(verbs))
            {
                return (null, $"verb dictionary '{verbs}' does not exist.");
            }
            verbFiles = [verbs];
        }
        if (verbFiles.Count != 1)
        {
            return (null, verbFiles.Count == 0
                ? "no verb dictionary (*verbs*.txt or CAMEO*.txt) among the dictionaries; add one or name it with --verbs."
                : $"several verb dictionaries ({string.Join(", ", verbFiles.Select(Path.GetFileName))}); name one with --verbs or pass files instead of folders.");
        }
        if (actors.Count == 0)
        {
            return (null, "no actor dictionary (*.actors.txt) among the dictionaries.");
        }
        return (new PetrarchDictionaryFiles(verbFiles[0], actors, agents, discards, ontology), null);
    }
}

/// <summary>The outcome for one record.</summary>
public sealed record PetrarchRecordResult(PetrarchRecord Record, IReadOnlyList<PetrarchTriple> Produced, string? Error, bool Passed);

/// <summary>Pass counts of one category (or of the whole suite).</summary>
public sealed record PetrarchScore(int Evaluated, int Passed)
{
    public double PassRate => Evaluated == 0 ? 0 : (double)Passed / Evaluated;
}

/// <summary>The report of one suite run.</summary>
public sealed record PetrarchEvaluation(
    string Suite,
    PetrarchDictionaryFiles Dictionaries,
    PetrarchConversionReport Conversion,
    int Records,
    PetrarchScore Total,
    IReadOnlyDictionary<string, PetrarchScore> Categories,
    IReadOnlyList<PetrarchRecordResult> Results,
    double TriplePrecision,
    double TripleRecall,
    double Seconds);

/// <summary>
/// Runs a PETRARCH validation suite through our own pipeline (tokenizer, tagger, lemmatizer, parser, NER,
/// actor resolution over a knowledge base built only from the suite's actor/agent dictionaries, and the
/// event coder over the converted verb dictionary) and scores it with the validator's exact-match rule.
/// The parse stored in each record is not used. Thread-safe once built; records run in parallel.
/// </summary>
public sealed class PetrarchEvaluator
{
    private readonly Pipeline _dyadic;
    private readonly Pipeline _monadic;
    private readonly List<(string Phrase, bool Story)> _discards;

    public PetrarchEvaluator(PetrarchDictionaryFiles files)
    {
        Files = files;
        Verbs = PetrarchVerbDictionary.Load(files.Verbs);
        Knowledge = KnowledgeBase.LoadFrom([.. files.Actors, .. files.Agents]);
        _discards = files.Discards.SelectMany(ReadDiscards).ToList();
        Negation = files.Ontology is null ? null : PetrarchNegation.Load(files.Ontology);
        var dictionary = Verbs.ToEventDictionary();
        var codebook = CameoCodebook.LoadDefault();
        var models = NlpModels.Find() is { } dir ? NlpModels.Load(dir)
            : throw new FileNotFoundException("The tagger/parser models (data/models) were not found; build from the repository or set EVENTDESK_MODELS.");
        var options = CoderOptions(requireDyad: true);
        _dyadic = Build(models, new EventCoder(dictionary, codebook, options));
        _monadic = Build(models, new EventCoder(dictionary, codebook, CoderOptions(requireDyad: false)));
    }

    public PetrarchDictionaryFiles Files { get; }

    public PetrarchVerbDictionary Verbs { get; }

    public KnowledgeBase Knowledge { get; }

    /// <summary>Negated codes from the internal coding ontology, when one was given; otherwise negated events keep their code.</summary>
    public PetrarchNegation? Negation { get; }

    /// <summary>PETRARCH's coding rules expressed as coder options.</summary>
    public static EventCoderOptions CoderOptions(bool requireDyad) => new()
    {
        KeepNegated = true,
        KeepStatements = true,
        AllowUnknownSource = true,
        AllowUnknownTarget = true,
        CodesOutsideCodebook = true,
        ImplicitSlots = true,
        SurfaceFormFirst = true,
        NewsHeuristics = false,
        ReciprocalRoots = new HashSet<string>(StringComparer.Ordinal),
        UndirectedRoots = requireDyad
            ? new HashSet<string>(StringComparer.Ordinal)
            : Enumerable.Range(0, 100).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal),
    };

    private Pipeline Build(NlpModels models, EventCoder coder) =>
        new PipelineBuilder()
            .Add(new NewsTokenizer())
            .Add(new DatelineDetector())
            .Add(new PosTagger(models))
            .Add(new Lemmatizer(models))
            .Add(new DependencyParser(models))
            .Add(new PetrarchActorAnnotator(Knowledge))
            .Add(coder)
            .Build();

    /// <summary>Codes one record: its triples, or the error PETRARCH would raise (discards, datelines).</summary>
    public (IReadOnlyList<PetrarchTriple> Triples, string? Error, Document Document) Code(PetrarchRecord record)
    {
        var document = new Document(record.Id, record.Text, new DocumentMetadata { Source = record.Id, Date = record.Date });
        var discard = Discard(record.Text);
        if (discard is not null)
        {
            return ([], discard, document);
        }
        (record.RequireDyad ? _dyadic : _monadic).Annotate(document);
        var triples = new List<PetrarchTriple>();
        if (document.Layers.TryGet(AnnotationLayers.Events, out var events))
        {
            foreach (var e in events.Events)
            {
                if (e.Source.Actor?.Code is not { Length: > 0 } source)
                {
                    continue;
                }
                var target = e.Target?.Actor?.Code;
                if (target is null && record.RequireDyad)
                {
                    continue;
                }
                var code = e.Negated && Negation?.Negate(e.Cameo) is { } negated ? negated : e.Cameo;
                triples.Add(new PetrarchTriple(source, target ?? "---", code));
            }
        }
        // A sentence that is only a dateline and a lead-in codes nothing: report it as PETRARCH's dateline error.
        if (triples.Count == 0 && document.Layers.TryGet(CoreLayers.Dateline, out var dateline) && dateline.IsPresent)
        {
            return (triples, "dateline", document);
        }
        return (triples, null, document);
    }

    /// <summary>Runs every record (in parallel) and scores the evaluated ones.</summary>
    public PetrarchEvaluation Evaluate(string suite, IReadOnlyList<PetrarchRecord> records, int threads = 0)
    {
        var watch = Stopwatch.StartNew();
        var results = new PetrarchRecordResult[records.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, records.Count, parallel, i =>
        {
            var record = records[i];
            var (triples, error, _) = Code(record);
            results[i] = new PetrarchRecordResult(record, triples, error, PetrarchSuite.Passes(record, triples, error));
        });
        var categories = new SortedDictionary<string, PetrarchScore>(StringComparer.Ordinal);
        int evaluated = 0, passed = 0, tp = 0, producedCount = 0, expectedCount = 0;
        foreach (var r in results.Where(r => r.Record.Evaluated))
        {
            evaluated++;
            passed += r.Passed ? 1 : 0;
            var c = categories.GetValueOrDefault(r.Record.Category) ?? new PetrarchScore(0, 0);
            categories[r.Record.Category] = new PetrarchScore(c.Evaluated + 1, c.Passed + (r.Passed ? 1 : 0));
            producedCount += r.Produced.Count;
            expectedCount += r.Record.Expected.Count;
            var remaining = r.Record.Expected.Select(t => t.ToString()).ToList();
            foreach (var t in r.Produced)
            {
                if (remaining.Remove(t.ToString()))
                {
                    tp++;
                }
            }
        }
        return new PetrarchEvaluation(suite, Files, Verbs.Report, records.Count, new PetrarchScore(evaluated, passed), categories, results,
            producedCount == 0 ? 0 : (double)tp / producedCount, expectedCount == 0 ? 0 : (double)tp / expectedCount, watch.Elapsed.TotalSeconds);
    }

    private string? Discard(string text)
    {
        foreach (var (phrase, story) in _discards)
        {
            var at = 0;
            while ((at = text.IndexOf(phrase, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return story ? "storydiscard" : "sentencediscard";
                }
                at = end;
            }
        }
        return null;
    }

    /// <summary>Discard phrases: one per line, <c>+</c> = discard the whole story, <c>#</c> comments, <c>_</c> joins words.</summary>
    public static IEnumerable<(string Phrase, bool Story)> ReadDiscards(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith("<!", StringComparison.Ordinal))
            {
                continue;
            }
            var story = line[0] == '+';
            var phrase = (story ? line[1..] : line).Replace('_', ' ').Trim();
            if (phrase.Length > 1)
            {
                yield return (phrase, story);
            }
        }
    }
}
