using System.Diagnostics;

namespace EventDesk.Nlp.Ner;

/// <summary>Precision, recall and F1 of exact entity spans with their type.</summary>
public readonly record struct PrfScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record NerReport(PrfScore Overall, IReadOnlyDictionary<string, PrfScore> ByType, int Sentences, int Tokens, double TokensPerSecond);

/// <summary>Scores a model on gold sentences (exact span and type, CoNLL-style). Thread-safe.</summary>
public static class NerEvaluator
{
    public static NerReport Evaluate(NerModel model, IReadOnlyList<NerSentence> gold)
    {
        var counts = new Dictionary<NerType, (int Gold, int Predicted, int Correct)>
        {
            [NerType.Person] = default,
            [NerType.Organization] = default,
            [NerType.Location] = default,
        };
        var tokens = 0;
        var clock = Stopwatch.StartNew();
        var predictedSpans = new List<List<(int, int, NerType)>>(gold.Count);
        var documents = NerDocument.ForSentences(gold);
        var labels = model.PredictSentences([.. gold.Select(s => s.Tokens)], [.. gold.Select(s => s.Tags)], documents);
        for (var s = 0; s < gold.Count; s++)
        {
            predictedSpans.Add(NerCorpus.Spans(labels[s]));
            tokens += gold[s].Tokens.Length;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        for (var s = 0; s < gold.Count; s++)
        {
            var goldSpans = NerCorpus.Spans(gold[s].Labels);
            var predicted = predictedSpans[s];
            var goldSet = new HashSet<(int, int, NerType)>(goldSpans);
            foreach (var span in goldSpans)
            {
                var c = counts[span.Type];
                counts[span.Type] = (c.Gold + 1, c.Predicted, c.Correct);
            }
            foreach (var span in predicted)
            {
                var c = counts[span.Item3];
                counts[span.Item3] = (c.Gold, c.Predicted + 1, c.Correct + (goldSet.Contains(span) ? 1 : 0));
            }
        }
        var byType = counts.ToDictionary(kv => NerLabels.Name(kv.Key), kv => new PrfScore(kv.Value.Gold, kv.Value.Predicted, kv.Value.Correct));
        var overall = new PrfScore(counts.Values.Sum(c => c.Gold), counts.Values.Sum(c => c.Predicted), counts.Values.Sum(c => c.Correct));
        return new NerReport(overall, byType, gold.Count, tokens, tokens / Math.Max(seconds, 1e-9));
    }
}
