using System.Diagnostics;

namespace EventDesk.Text.Corpora;

/// <summary>Precision, recall and F1 of exact span matches. Immutable.</summary>
public readonly record struct SpanScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore operator +(SpanScore a, SpanScore b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}

/// <summary>The result of scoring a tokenizer on gold documents. Immutable.</summary>
public sealed record TokenizationReport(int Documents, SpanScore Tokens, SpanScore Sentences, TimeSpan Elapsed)
{
    /// <summary>Predicted tokens per second of annotation time (rebuilding and scoring excluded).</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Tokens.Predicted / Elapsed.TotalSeconds;
}

/// <summary>
/// Scores an annotator that produces tokens and sentences against gold documents rebuilt by
/// <see cref="ConlluText"/>: token boundary F1 (exact character span match against
/// <see cref="GoldDocument.ScoringTokens"/>) and sentence boundary F1 (exact match of the
/// whitespace-trimmed sentence span). Thread-safe if the annotator is.
/// </summary>
public static class TokenizationEvaluator
{
    /// <param name="warmUp">Run one untimed pass first (for a meaningful speed figure).</param>
    public static TokenizationReport Evaluate(IAnnotator tokenizer, IReadOnlyList<GoldDocument> gold, bool warmUp = true)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(gold);
        var tokens = default(SpanScore);
        var sentences = default(SpanScore);
        long ticks = 0;
        // One untimed pass first, so that tokens_per_second measures the tokenizer and not the JIT.
        for (var i = 0; warmUp && i < gold.Count; i++)
        {
            tokenizer.Annotate(new Document(gold[i].Id, gold[i].Text));
        }
        foreach (var goldDocument in gold)
        {
            var document = new Document(goldDocument.Id, goldDocument.Text);
            var started = Stopwatch.GetTimestamp();
            tokenizer.Annotate(document);
            ticks += Stopwatch.GetTimestamp() - started;
            tokens += Score(goldDocument.ScoringTokens().ToList(), PredictedTokens(document));
            sentences += Score(goldDocument.Sentences, PredictedSentences(document));
        }
        return new TokenizationReport(gold.Count, tokens, sentences, Stopwatch.GetElapsedTime(0, ticks));
    }

    /// <summary>Counts exact matches between two span lists, each sorted by start.</summary>
    public static SpanScore Score(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted)
    {
        int g = 0, p = 0, correct = 0;
        while (g < gold.Count && p < predicted.Count)
        {
            var a = gold[g];
            var b = predicted[p];
            if (a == b)
            {
                correct++;
                g++;
                p++;
            }
            else if (a.Start < b.Start || (a.Start == b.Start && a.End < b.End))
            {
                g++;
            }
            else
            {
                p++;
            }
        }
        return new SpanScore(gold.Count, predicted.Count, correct);
    }

    private static List<TextSpan> PredictedTokens(Document document)
    {
        var layer = document.Tokens;
        var spans = new List<TextSpan>(layer.Count);
        for (var i = 0; i < layer.Count; i++)
        {
            spans.Add(layer.SpanOf(i));
        }
        return spans;
    }

    private static List<TextSpan> PredictedSentences(Document document)
    {
        var layer = document.Sentences;
        var spans = new List<TextSpan>(layer.Count);
        for (var i = 0; i < layer.Count; i++)
        {
            spans.Add(Trim(document.Text, layer.SpanOf(i)));
        }
        return spans;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return TextSpan.FromBounds(start, end);
    }
}
