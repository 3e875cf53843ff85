using System.Diagnostics;
using System.Text.Json;
using EventDesk.Coding.Composition;
using EventDesk.Text;

namespace EventDesk.Coding.Evaluation;

/// <summary>Matched / predicted / gold counts with precision, recall and F1 (0–1). Immutable.</summary>
public sealed record EventScore(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores of one CAMEO root: gold events counted by their gold root, predictions by their predicted root. Immutable.</summary>
public sealed record RootScore(string Root, EventScore Exact, EventScore RootLevel);

/// <summary>
/// One disagreement with the gold, classified: <c>wrong_code</c> (same dyad, other code; <see cref="SameRoot"/> when
/// only the 3rd/4th digit differs), <c>wrong_actors</c> (same root, other source/target), <c>missed</c> (no
/// prediction left for the gold event) or <c>spurious</c> (a prediction with no gold event left: over-coding). Immutable.
/// </summary>
public sealed record EventError(
    string Id, string File, string Class, bool SameRoot, string? Gold, string? Predicted,
    string? Trigger, string? Rule, string? Modality, string Text);

/// <summary>Agreement on sectors for exact matches where the gold names a sector (e.g. GOV in RUSGOV). Immutable.</summary>
public sealed record SectorAgreement(int Checked, int Agree);

/// <summary>The accuracy report of <see cref="EventEvaluator"/>. Immutable.</summary>
public sealed record EventEvaluationReport(
    int Articles,
    int Sentences,
    int GoldEvents,
    int UnknownSourceGoldEvents,
    int PredictedEvents,
    EventScore Exact,
    EventScore RootLevel,
    EventScore Dyad,
    IReadOnlyList<RootScore> Roots,
    IReadOnlyDictionary<string, EventScore> Files,
    IReadOnlyDictionary<string, int> ErrorClasses,
    IReadOnlyDictionary<string, int> PredictedModality,
    SectorAgreement SourceSectors,
    SectorAgreement TargetSectors,
    IReadOnlyList<EventError> Errors,
    double Seconds)
{
    public double SentencesPerSecond => Seconds <= 0 ? 0 : Sentences / Seconds;

    /// <summary>The JSON report; <paramref name="verbose"/> adds every error with the rule that fired.</summary>
    public string ToJson(string gold, bool verbose)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("gold", gold);
            json.WriteNumber("articles", Articles);
            json.WriteNumber("sentences", Sentences);
            json.WriteNumber("gold_events", GoldEvents);
            json.WriteNumber("gold_events_unknown_source_not_scored", UnknownSourceGoldEvents);
            json.WriteNumber("predicted_events", PredictedEvents);
            WriteScore(json, "exact", Exact);
            WriteScore(json, "root", RootLevel);
            WriteScore(json, "dyad", Dyad);
            json.WriteStartObject("sectors_on_exact_matches");
            WriteSectors(json, "source", SourceSectors);
            WriteSectors(json, "target", TargetSectors);
            json.WriteEndObject();
            json.WriteStartObject("error_classes");
            foreach (var (name, count) in ErrorClasses)
            {
                json.WriteNumber(name, count);
            }
            json.WriteEndObject();
            json.WriteStartObject("predicted_modality");
            foreach (var (name, count) in PredictedModality)
            {
                json.WriteNumber(name, count);
            }
            json.WriteEndObject();
            json.WriteStartObject("per_root");
            foreach (var r in Roots)
            {
                json.WriteStartObject(r.Root);
                WriteScore(json, "exact", r.Exact);
                WriteScore(json, "root", r.RootLevel);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("per_file_exact");
            foreach (var (file, score) in Files)
            {
                WriteScore(json, file, score);
            }
            json.WriteEndObject();
            json.WriteNumber("seconds", Math.Round(Seconds, 2));
            json.WriteNumber("sentences_per_second", Math.Round(SentencesPerSecond, 1));
            if (verbose)
            {
                json.WriteStartArray("errors");
                foreach (var e in Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("id", e.Id);
                    json.WriteString("class", e.Class);
                    if (e.Class == "wrong_code")
                    {
                        json.WriteBoolean("same_root", e.SameRoot);
                    }
                    json.WriteString("gold", e.Gold);
                    json.WriteString("predicted", e.Predicted);
                    if (e.Trigger is not null)
                    {
                        json.WriteString("trigger", e.Trigger);
                        json.WriteString("modality", e.Modality);
                        json.WriteString("rule", e.Rule);
                    }
                    json.WriteString("text", e.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a score as <c>{precision, recall, f1, matched, predicted, gold}</c> (percentages to one decimal).</summary>
    internal static void WriteScore(Utf8JsonWriter json, string name, EventScore score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", Math.Round(score.Precision * 100, 1));
        json.WriteNumber("recall", Math.Round(score.Recall * 100, 1));
        json.WriteNumber("f1", Math.Round(score.F1 * 100, 1));
        json.WriteNumber("matched", score.Matched);
        json.WriteNumber("predicted", score.Predicted);
        json.WriteNumber("gold", score.Gold);
        json.WriteEndObject();
    }

    private static void WriteSectors(Utf8JsonWriter json, string name, SectorAgreement s)
    {
        json.WriteStartObject(name);
        json.WriteNumber("checked", s.Checked);
        json.WriteNumber("agree", s.Agree);
        json.WriteNumber("agreement", s.Checked == 0 ? 0 : Math.Round(100.0 * s.Agree / s.Checked, 1));
        json.WriteEndObject();
    }
}

/// <summary>
/// The event accuracy runner: codes every gold article with the full news pipeline (the article's date as
/// document date) and compares the events (negated ones dropped, as the coder drops them by default) with
/// the gold as multisets of (source, target, code) at three levels — exact code, root, dyad only. Actors
/// match at country level (first three letters; any IGO code matches the gold prefix "IGO"); sectors are
/// compared separately. Gold events with an unknown source ("---") are not scored. Thread-safe (stateless);
/// articles are coded in parallel.
/// </summary>
public static class EventEvaluator
{
    private sealed record Predicted(string Source, string Target, string Code, string? Trigger, string Rule, string Modality)
    {
        public string Root => Code[..2];
    }

    private sealed record ArticleOutcome(int Sentences, List<Predicted> Predictions);

    public static EventEvaluationReport Evaluate(IReadOnlyList<GoldArticle> articles, Pipeline? pipeline = null, int maxParallelism = 0)
    {
        pipeline ??= NewsPipeline.Create();
        // Load models and dictionaries before the clock starts.
        pipeline.Annotate(new Document("warm-up", "Russia criticized Ukraine on Monday.", new DocumentMetadata { Date = new DateOnly(2020, 1, 1) }));
        var outcomes = new ArticleOutcome[articles.Count];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount }, i =>
        {
            var a = articles[i];
            var document = new Document(a.Id, a.Text, new DocumentMetadata { Source = a.File + ".jsonl", Date = a.Date });
            pipeline.Annotate(document);
            var predicted = new List<Predicted>();
            if (document.Layers.TryGet(AnnotationLayers.Events, out var layer))
            {
                foreach (var e in layer.Events)
                {
                    if (e.Negated)
                    {
                        continue;
                    }
                    var source = e.Source.Actor?.Code ?? "---";
                    var target = e.Target is null ? "" : e.Target.Actor?.Code ?? "---";
                    predicted.Add(new Predicted(source, target, e.Cameo, document.Substring(e.Trigger), e.Rule, e.Modality.ToString().ToLowerInvariant()));
                }
            }
            outcomes[i] = new ArticleOutcome(document.Layers.TryGet(CoreLayers.Sentences, out var s) ? s.Count : 0, predicted);
        });
        clock.Stop();
        return Score(articles, outcomes, clock.Elapsed.TotalSeconds);
    }

    private static EventEvaluationReport Score(IReadOnlyList<GoldArticle> articles, ArticleOutcome[] outcomes, double seconds)
    {
        int goldCount = 0, unknown = 0, predictedCount = 0, sentences = 0;
        int exact = 0, root = 0, dyad = 0;
        var rootGold = new Dictionary<string, int>(StringComparer.Ordinal);
        var rootPredicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var rootExact = new Dictionary<string, int>(StringComparer.Ordinal);
        var rootRoot = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = new SortedDictionary<string, (int M, int P, int G)>(StringComparer.Ordinal);
        var classes = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["wrong_code"] = 0, ["wrong_code_same_root"] = 0, ["wrong_actors"] = 0, ["missed"] = 0, ["spurious"] = 0 };
        var modality = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int srcChecked = 0, srcAgree = 0, tgtChecked = 0, tgtAgree = 0;
        var errors = new List<EventError>();

        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var outcome = outcomes[i];
            sentences += outcome.Sentences;
            var gold = article.Events.Where(e => !e.UnknownSource).ToList();
            unknown += article.Events.Count - gold.Count;
            var predicted = outcome.Predictions;
            goldCount += gold.Count;
            predictedCount += predicted.Count;
            foreach (var g in gold)
            {
                Increment(rootGold, g.Root);
            }
            foreach (var p in predicted)
            {
                Increment(rootPredicted, p.Root);
                modality[p.Modality] = modality.GetValueOrDefault(p.Modality) + 1;
            }

            // Exact level, preferring a prediction whose sectors agree too.
            var goldLeft = new List<GoldEvent>();
            var predLeft = new List<Predicted>(predicted);
            var fileExact = 0;
            foreach (var g in gold)
            {
                var candidates = predLeft.Where(p => SameDyad(g, p) && p.Code == g.Code).ToList();
                if (candidates.Count == 0)
                {
                    goldLeft.Add(g);
                    continue;
                }
                var best = candidates.OrderByDescending(p => SectorScore(g, p)).First();
                predLeft.Remove(best);
                exact++;
                fileExact++;
                Increment(rootExact, g.Root);
                if (Sector(g.Source) is { } gs)
                {
                    srcChecked++;
                    srcAgree += best.Source.Length > 3 && best.Source[3..].Contains(gs, StringComparison.Ordinal) ? 1 : 0;
                }
                if (g.Target is not null && Sector(g.Target) is { } gt)
                {
                    tgtChecked++;
                    tgtAgree += best.Target.Length > 3 && best.Target[3..].Contains(gt, StringComparison.Ordinal) ? 1 : 0;
                }
            }
            var f = files.GetValueOrDefault(article.File);
            files[article.File] = (f.M + fileExact, f.P + predicted.Count, f.G + gold.Count);

            // Root and dyad levels: independent multiset intersections.
            var rootMatches = Intersect(gold, predicted, (g, p) => SameDyad(g, p) && p.Root == g.Root);
            root += rootMatches.Count;
            foreach (var g in rootMatches)
            {
                Increment(rootRoot, g.Root);
            }
            dyad += Intersect(gold, predicted, SameDyad).Count;

            // Classify what the exact level left over.
            foreach (var g in goldLeft)
            {
                var sameDyad = predLeft.FirstOrDefault(p => SameDyad(g, p));
                if (sameDyad is not null)
                {
                    predLeft.Remove(sameDyad);
                    var sameRoot = sameDyad.Root == g.Root;
                    classes[sameRoot ? "wrong_code_same_root" : "wrong_code"]++;
                    errors.Add(Error(article, "wrong_code", sameRoot, g, sameDyad));
                    continue;
                }
                var sameCode = predLeft.FirstOrDefault(p => p.Root == g.Root);
                if (sameCode is not null)
                {
                    predLeft.Remove(sameCode);
                    classes["wrong_actors"]++;
                    errors.Add(Error(article, "wrong_actors", true, g, sameCode));
                    continue;
                }
                classes["missed"]++;
                errors.Add(Error(article, "missed", false, g, null));
            }
            foreach (var p in predLeft)
            {
                classes["spurious"]++;
                errors.Add(Error(article, "spurious", false, null, p));
            }
        }

        var roots = new List<RootScore>();
        foreach (var r in rootGold.Keys.Concat(rootPredicted.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            roots.Add(new RootScore(r,
                new EventScore(rootExact.GetValueOrDefault(r), rootPredicted.GetValueOrDefault(r), rootGold.GetValueOrDefault(r)),
                new EventScore(rootRoot.GetValueOrDefault(r), rootPredicted.GetValueOrDefault(r), rootGold.GetValueOrDefault(r))));
        }
        return new EventEvaluationReport(
            articles.Count, sentences, goldCount, unknown, predictedCount,
            new EventScore(exact, predictedCount, goldCount),
            new EventScore(root, predictedCount, goldCount),
            new EventScore(dyad, predictedCount, goldCount),
            roots,
            files.ToDictionary(kv => kv.Key, kv => new EventScore(kv.Value.M, kv.Value.P, kv.Value.G), StringComparer.Ordinal),
            classes,
            modality,
            new SectorAgreement(srcChecked, srcAgree),
            new SectorAgreement(tgtChecked, tgtAgree),
            errors,
            seconds);
    }

    /// <summary>
    /// Country-level actor key: "IGO" for any international organisation; "---" (no country) for unknown actors and for
    /// CAMEO's transnational militarised groups ("IMGRADISI" for the Islamic State is the gold's "---RAD"); else the first
    /// three letters.
    /// </summary>
    internal static string Country(string code) =>
        code.Length == 0 ? "" : code.StartsWith("IGO", StringComparison.Ordinal) ? "IGO" : code.StartsWith("IMG", StringComparison.Ordinal) ? "---"
        : code.Length >= 3 ? code[..3] : code;

    private static string? Sector(string code) =>
        code.StartsWith("IGO", StringComparison.Ordinal) || code.Length < 6 ? null : code[3..6];

    private static bool SameDyad(GoldEvent g, Predicted p) =>
        Country(g.Source) == Country(p.Source) && Country(g.Target ?? "") == Country(p.Target);

    private static int SectorScore(GoldEvent g, Predicted p) =>
        (Sector(g.Source) is { } s && p.Source.Contains(s, StringComparison.Ordinal) ? 1 : 0)
        + (g.Target is not null && Sector(g.Target) is { } t && p.Target.Contains(t, StringComparison.Ordinal) ? 1 : 0);

    private static List<GoldEvent> Intersect(List<GoldEvent> gold, List<Predicted> predicted, Func<GoldEvent, Predicted, bool> same)
    {
        var left = new List<Predicted>(predicted);
        var matched = new List<GoldEvent>();
        foreach (var g in gold)
        {
            var p = left.FirstOrDefault(p => same(g, p));
            if (p is not null)
            {
                left.Remove(p);
                matched.Add(g);
            }
        }
        return matched;
    }

    private static EventError Error(GoldArticle article, string kind, bool sameRoot, GoldEvent? g, Predicted? p) =>
        new(article.Id, article.File, kind, sameRoot,
            g is null ? null : $"{g.Source} -> {g.Target ?? "(none)"} {g.Code}",
            p is null ? null : $"{p.Source} -> {(p.Target.Length == 0 ? "(none)" : p.Target)} {p.Code}",
            p?.Trigger, p?.Rule, p?.Modality, article.Text);

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
