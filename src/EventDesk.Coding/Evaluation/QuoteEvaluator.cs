using System.Diagnostics;
using System.Text.Json;
using EventDesk.Coding.Composition;
using EventDesk.Text;
using EventDesk.Text.Corpora;

namespace EventDesk.Coding.Evaluation;

/// <summary>
/// One gold attribution: in sentence <see cref="Sentence"/> (a CoNLL-U <c>sent_id</c>) of document <see cref="Doc"/>,
/// a quotation or reported speech of <see cref="Kind"/> (direct, partial or indirect) opens, said by
/// <see cref="Speaker"/> (the fullest name the document gives, a description, or "?"). Immutable.
/// </summary>
public sealed record QuoteGoldRecord(string Doc, string Sentence, string Kind, string Speaker)
{
    /// <summary>Direct and partial quotations are in quotation marks; indirect speech is not.</summary>
    public bool Marked => Kind is "direct" or "partial";
}

/// <summary>Reads the gold attributions (JSON Lines: <c>{"doc","sentence","kind","speaker"}</c>).</summary>
public static class QuoteGold
{
    public static (List<QuoteGoldRecord> Records, List<string> Errors) Read(string path)
    {
        var records = new List<QuoteGoldRecord>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var doc = root.GetProperty("doc").GetString();
                var sentence = root.GetProperty("sentence").GetString();
                var kind = root.GetProperty("kind").GetString();
                var speaker = root.GetProperty("speaker").GetString();
                if (string.IsNullOrEmpty(doc) || string.IsNullOrEmpty(sentence) || kind is not ("direct" or "partial" or "indirect") || string.IsNullOrEmpty(speaker))
                {
                    errors.Add($"{path}:{number}: doc, sentence and speaker must be non-empty and kind one of direct, partial, indirect.");
                    continue;
                }
                records.Add(new QuoteGoldRecord(doc, sentence, kind, speaker));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                errors.Add($"{path}:{number}: {e.Message}");
            }
        }
        return (records, errors);
    }
}

/// <summary>A disagreement with the gold, for reading: <c>missed</c>, <c>spurious</c> or <c>wrong_speaker</c>. Immutable.</summary>
public sealed record QuoteError(string Class, string Doc, string Sentence, string Group, string? Gold, string? Predicted, string Text);

/// <summary>
/// The accuracy report of <see cref="QuoteEvaluator"/>, per sentence: <see cref="Marked"/> and <see cref="Indirect"/> score
/// finding the sentences where a quotation (in marks) or reported speech opens; <see cref="Attribution"/> scores
/// (sentence, kind group, speaker) triples end to end; <see cref="SpeakerAccuracy"/> is the share of found gold
/// attributions whose speaker is right. Immutable.
/// </summary>
public sealed record QuoteEvaluationReport(
    int Documents, int Sentences, int GoldRecords, int PredictedQuotes,
    EventScore Marked, EventScore Indirect, EventScore Attribution, EventScore MarkedAttribution,
    int SpeakerChecked, int SpeakerRight, IReadOnlyList<QuoteError> Errors, double Seconds)
{
    public double SpeakerAccuracy => SpeakerChecked == 0 ? 0 : (double)SpeakerRight / SpeakerChecked;

    public string ToJson(string gold, bool verbose)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("gold", gold);
            json.WriteNumber("documents", Documents);
            json.WriteNumber("sentences", Sentences);
            json.WriteNumber("gold_attributions", GoldRecords);
            json.WriteNumber("predicted_quotes", PredictedQuotes);
            EventEvaluationReport.WriteScore(json, "quotations_in_marks_found", Marked);
            EventEvaluationReport.WriteScore(json, "reported_speech_found", Indirect);
            EventEvaluationReport.WriteScore(json, "attribution", Attribution);
            EventEvaluationReport.WriteScore(json, "attribution_quotations_in_marks", MarkedAttribution);
            json.WriteStartObject("speaker_of_found_quotes");
            json.WriteNumber("checked", SpeakerChecked);
            json.WriteNumber("right", SpeakerRight);
            json.WriteNumber("accuracy", Math.Round(SpeakerAccuracy * 100, 1));
            json.WriteEndObject();
            json.WriteNumber("seconds", Math.Round(Seconds, 2));
            if (verbose)
            {
                json.WriteStartArray("errors");
                foreach (var e in Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("class", e.Class);
                    json.WriteString("sentence", e.Sentence);
                    json.WriteString("group", e.Group);
                    json.WriteString("gold", e.Gold);
                    json.WriteString("predicted", e.Predicted);
                    json.WriteString("text", e.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

}

/// <summary>
/// Scores quotation and reported-speech attribution of the full pipeline against gold attributions on CoNLL-U documents
/// (e.g. GUM's Wikinews stories), sentence by sentence. The raw text is rebuilt from the CoNLL-U (as
/// <see cref="ConlluText"/> does) and annotated from scratch; a quote belongs to the sentence where it opens.
/// </summary>
public static class QuoteEvaluator
{
    public static QuoteEvaluationReport Evaluate(IReadOnlyList<QuoteGoldRecord> gold, IReadOnlyList<GoldDocument> documents, Pipeline? pipeline = null)
    {
        pipeline ??= NewsPipeline.Create();
        pipeline.Annotate(new Document("warm-up", "\"We agree,\" Russia said on Monday.", new DocumentMetadata { Date = new DateOnly(2020, 1, 1) }));
        var goldBySentence = gold.GroupBy(r => r.Sentence).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var predictedQuotes = 0;
        var sentences = 0;
        var errors = new List<QuoteError>();
        // Per group (0: quotations in marks, 1: reported speech): sentences found, and (sentence, speaker) attributions.
        var found = new[] { new Tally(), new Tally() };
        var attributed = new[] { new Tally(), new Tally() };
        int speakerChecked = 0, speakerRight = 0;
        var clock = Stopwatch.StartNew();
        foreach (var gd in documents)
        {
            var document = new Document(gd.Id, gd.Text, new DocumentMetadata { Date = DateOf(gd) });
            pipeline.Annotate(document);
            sentences += gd.Sentences.Count;
            // Predicted speakers per gold sentence and group, for the quotes that open in it.
            var predicted = new Dictionary<(int Sentence, int Group), List<string>>();
            var quotes = document.Layers.TryGet(AnnotationLayers.Quotes, out var layer) ? layer.Quotes : [];
            predictedQuotes += quotes.Count;
            foreach (var q in quotes)
            {
                var s = SentenceAt(gd, q.Span.Start);
                if (s < 0)
                {
                    continue;
                }
                var key = (s, q.Kind == QuoteKind.Indirect ? 1 : 0);
                if (!predicted.TryGetValue(key, out var speakers))
                {
                    predicted[key] = speakers = [];
                }
                speakers.Add(q.Speaker?.Name ?? q.Speaker?.Text ?? "");
            }
            for (var s = 0; s < gd.Sentences.Count; s++)
            {
                var id = gd.Source[s].Id ?? "";
                var golds = goldBySentence.GetValueOrDefault(id) ?? [];
                for (var group = 0; group < 2; group++)
                {
                    var marked = group == 0;
                    var goldSpeakers = golds.Where(r => r.Marked == marked).Select(r => r.Speaker).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    var predictedSpeakers = (predicted.GetValueOrDefault((s, group)) ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    found[group].Add(goldSpeakers.Count > 0 ? 1 : 0, predictedSpeakers.Count > 0 ? 1 : 0);
                    // Each distinct gold speaker and each distinct predicted speaker is one attribution.
                    var used = new bool[predictedSpeakers.Count];
                    var matched = 0;
                    foreach (var gs in goldSpeakers)
                    {
                        var hit = -1;
                        for (var k = 0; k < predictedSpeakers.Count && hit < 0; k++)
                        {
                            if (!used[k] && SameSpeaker(gs, predictedSpeakers[k]))
                            {
                                hit = k;
                            }
                        }
                        if (hit >= 0)
                        {
                            used[hit] = true;
                            matched++;
                        }
                        else
                        {
                            errors.Add(new QuoteError(predictedSpeakers.Count == 0 ? "missed" : "wrong_speaker", gd.Id, id, Groups[group], gs,
                                predictedSpeakers.Count == 0 ? null : string.Join(" | ", predictedSpeakers), SentenceText(gd, s)));
                        }
                        if (predictedSpeakers.Count > 0)
                        {
                            speakerChecked++;
                            speakerRight += hit >= 0 ? 1 : 0;
                        }
                    }
                    if (goldSpeakers.Count == 0)
                    {
                        foreach (var ps in predictedSpeakers)
                        {
                            errors.Add(new QuoteError("spurious", gd.Id, id, Groups[group], null, ps, SentenceText(gd, s)));
                        }
                    }
                    attributed[group].Add(goldSpeakers.Count, predictedSpeakers.Count, matched);
                }
            }
        }
        clock.Stop();
        return new QuoteEvaluationReport(documents.Count, sentences, gold.Count, predictedQuotes,
            found[0].Score, found[1].Score, Tally.Sum(attributed[0], attributed[1]).Score, attributed[0].Score,
            speakerChecked, speakerRight, errors, clock.Elapsed.TotalSeconds);
    }

    private static readonly string[] Groups = ["marked", "indirect"];

    private static string SentenceText(GoldDocument document, int sentence) =>
        document.Text.Substring(document.Sentences[sentence].Start, document.Sentences[sentence].Length);

    /// <summary>Running gold / predicted / matched counts of one measure.</summary>
    private sealed class Tally
    {
        private int _gold;
        private int _predicted;
        private int _matched;

        /// <summary>Counts one sentence's presence: matched when both gold and prediction are there.</summary>
        public void Add(int gold, int predicted) => Add(gold, predicted, Math.Min(gold, predicted));

        public void Add(int gold, int predicted, int matched)
        {
            _gold += gold;
            _predicted += predicted;
            _matched += matched;
        }

        public EventScore Score => new(_matched, _predicted, _gold);

        public static Tally Sum(Tally a, Tally b)
        {
            var sum = new Tally();
            sum.Add(a._gold + b._gold, a._predicted + b._predicted, a._matched + b._matched);
            return sum;
        }
    }

    /// <summary>
    /// The same speaker when the gold name's last word (a surname, "NASA", "police") is a word of the predicted speaker, or
    /// the other way round ("Obama" for "Barack Obama"); "?" (the gold cannot tell) matches anyone named.
    /// </summary>
    public static bool SameSpeaker(string gold, string predicted)
    {
        var p = Words(predicted);
        if (p.Length == 0)
        {
            return false;
        }
        if (gold == "?")
        {
            return true;
        }
        var g = Words(gold);
        return g.Length > 0 && (p.Contains(g[^1]) || g.Contains(p[^1]));
    }

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Split([' ', ',', '.', '\'', '’', '"', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "a" or "an" or "of" or "'s" or "s")).ToArray();

    private static int SentenceAt(GoldDocument document, int offset)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var span = document.Sentences[s];
            var next = s + 1 < document.Sentences.Count ? document.Sentences[s + 1].Start : int.MaxValue;
            if (offset >= span.Start && offset < next)
            {
                return s;
            }
        }
        return -1;
    }

    /// <summary>The story's date from GUM's <c># meta::dateCreated</c> (or <c>dateCollected</c>), when given.</summary>
    private static DateOnly? DateOf(GoldDocument document)
    {
        if (document.Source.Count == 0)
        {
            return null;
        }
        foreach (var key in (ReadOnlySpan<string>)["meta::dateCreated", "meta::dateCollected"])
        {
            if (document.Source[0].Comments.TryGetValue(key, out var value) && DateOnly.TryParse(value.AsSpan(0, Math.Min(10, value.Length)), out var date))
            {
                return date;
            }
        }
        return null;
    }
}
