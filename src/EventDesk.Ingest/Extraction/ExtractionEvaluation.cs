using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventDesk.Ingest.Sources;

namespace EventDesk.Ingest.Extraction;

/// <summary>A benchmark score. Immutable.</summary>
public sealed record ExtractionScore(string Benchmark, string System, int Documents, double Precision, double Recall, double F1,
    double? Accuracy, int DatesGold, int DatesCorrect, int DatesMissing, double ElapsedSeconds);

/// <summary>
/// Accuracy runners for article extraction. The Scrapinghub article-extraction-benchmark metric
/// (re-implemented from its description): multisets of word 4-gram shingles over <c>\w+</c>
/// tokens, per-document TP/FP/FN, mean precision and recall, F1 of the means. The trafilatura
/// segment metric: "with" segments found = TP, missing = FN; "without" segments found = FP.
/// </summary>
public static partial class ExtractionEvaluation
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static (double Tp, double Fp, double Fn) ShingleCounts(string predicted, string gold)
    {
        var p = Shingles(predicted);
        var g = Shingles(gold);
        double tp = 0;
        foreach (var (s, n) in p)
        {
            if (g.TryGetValue(s, out var m))
            {
                tp += Math.Min(n, m);
            }
        }
        var fp = p.Values.Sum() - tp;
        var fn = g.Values.Sum() - tp;
        return (tp, fp, fn);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var s = string.Join('\u0001', tokens.Skip(i).Take(4));
            if (s.Length == 0)
            {
                continue;
            }
            result[s] = result.GetValueOrDefault(s) + 1;
        }
        return result;
    }

    /// <summary>Scores <paramref name="predictions"/> (id -> text) against the benchmark's ground truth.</summary>
    public static ExtractionScore ScoreAeb(string name, string system, IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predictions, double seconds)
    {
        double precision = 0, recall = 0;
        var exact = 0;
        foreach (var (id, goldText) in gold)
        {
            var predicted = predictions.GetValueOrDefault(id) ?? "";
            var (tp, fp, fn) = ShingleCounts(predicted, goldText);
            var total = tp + fp + fn;
            if (total > 0)
            {
                (tp, fp, fn) = (tp / total, fp / total, fn / total);
            }
            precision += fp == 0 && fn == 0 ? 1 : tp + fp == 0 ? 0 : tp / (tp + fp);
            recall += fp == 0 && fn == 0 ? 1 : tp + fn == 0 ? 0 : tp / (tp + fn);
            if (Word().Matches(predicted).Select(m => m.Value).SequenceEqual(Word().Matches(goldText).Select(m => m.Value)))
            {
                exact++;
            }
        }
        var n = Math.Max(1, gold.Count);
        var p = precision / n;
        var r = recall / n;
        return new ExtractionScore(name, system, gold.Count, Math.Round(p, 4), Math.Round(r, 4), Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 4),
            Math.Round((double)exact / n, 4), 0, 0, 0, Math.Round(seconds, 2));
    }

    /// <summary>Runs the extractor (or scores a published reference output) on a benchmark folder.</summary>
    public static ExtractionScore Run(string dir, string? reference = null, HtmlArticleExtractor? extractor = null)
    {
        extractor ??= new HtmlArticleExtractor();
        var started = DateTime.UtcNow;
        if (File.Exists(Path.Combine(dir, "ground-truth.json")))
        {
            var gold = new Dictionary<string, string>(StringComparer.Ordinal);
            var urls = new Dictionary<string, string?>(StringComparer.Ordinal);
            using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json"))))
            {
                foreach (var p in json.RootElement.EnumerateObject())
                {
                    gold[p.Name] = p.Value.GetProperty("articleBody").GetString() ?? "";
                    urls[p.Name] = p.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
                }
            }
            var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
            if (reference is not null)
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "reference-outputs", reference + ".json")));
                foreach (var p in json.RootElement.GetProperty("output").EnumerateObject())
                {
                    predictions[p.Name] = p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
                }
            }
            else
            {
                var ids = gold.Keys.Order(StringComparer.Ordinal).ToList();
                var results = new string[ids.Count];
                Parallel.For(0, ids.Count, i =>
                {
                    var html = ReadHtml(Path.Combine(dir, "html", ids[i] + ".html.gz"));
                    results[i] = html is null ? "" : extractor.Extract(html, urls[ids[i]]).Text;
                });
                for (var i = 0; i < ids.Count; i++)
                {
                    predictions[ids[i]] = results[i];
                }
            }
            return ScoreAeb(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), reference ?? "eventdesk", gold, predictions,
                (DateTime.UtcNow - started).TotalSeconds);
        }
        var evalData = Directory.EnumerateFiles(dir, "evaldata*.json").FirstOrDefault()
            ?? throw new FileNotFoundException($"{dir} has neither ground-truth.json (article-extraction-benchmark) nor evaldata*.json (trafilatura)");
        return RunSegments(dir, evalData, extractor, started);
    }

    private static ExtractionScore RunSegments(string dir, string evalData, HtmlArticleExtractor extractor, DateTime started)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(evalData));
        var docs = json.RootElement.EnumerateObject().Select(p => (Url: p.Name, Value: p.Value.Clone())).ToList();
        var counts = new (int Tp, int Fn, int Fp, int Tn, bool HasDate, bool DateOk, bool DateMissing)[docs.Count];
        Parallel.For(0, docs.Count, i =>
        {
            var (url, v) = docs[i];
            var html = ReadHtml(Path.Combine(dir, "html", v.GetProperty("file").GetString() + ".gz"))
                ?? ReadHtml(Path.Combine(dir, "html", v.GetProperty("file").GetString()!));
            var article = html is null ? null : extractor.Extract(html, url);
            var text = Normalize(article?.Text ?? "");
            int tp = 0, fn = 0, fp = 0, tn = 0;
            foreach (var s in v.GetProperty("with").EnumerateArray())
            {
                if (text.Contains(Normalize(s.GetString() ?? ""), StringComparison.Ordinal))
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            foreach (var s in v.GetProperty("without").EnumerateArray())
            {
                if (text.Contains(Normalize(s.GetString() ?? ""), StringComparison.Ordinal))
                {
                    fp++;
                }
                else
                {
                    tn++;
                }
            }
            var hasDate = v.TryGetProperty("date", out var d) && d.GetString() is { Length: >= 10 };
            var ok = hasDate && article?.Date?.ToString("yyyy-MM-dd") == d.GetString()![..10];
            counts[i] = (tp, fn, fp, tn, hasDate, ok, hasDate && article?.Date is null);
        });
        double TP = counts.Sum(c => c.Tp), FN = counts.Sum(c => c.Fn), FP = counts.Sum(c => c.Fp), TN = counts.Sum(c => c.Tn);
        var p = TP / Math.Max(1, TP + FP);
        var r = TP / Math.Max(1, TP + FN);
        return new ExtractionScore(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), "eventdesk", docs.Count, Math.Round(p, 4), Math.Round(r, 4),
            Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 4), Math.Round((TP + TN) / Math.Max(1, TP + TN + FP + FN), 4),
            counts.Count(c => c.HasDate), counts.Count(c => c.DateOk), counts.Count(c => c.DateMissing), Math.Round((DateTime.UtcNow - started).TotalSeconds, 2));
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? ReadHtml(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var m = new MemoryStream();
            gz.CopyTo(m);
            bytes = m.ToArray();
        }
        return TextDecoder.Decode(bytes).Text;
    }
}
