using System.Collections.Frozen;
using System.Reflection;
using EventDesk.Ingest.Dedup;

namespace EventDesk.Ingest.Tone;

/// <summary>
/// Document tone in the manner of GDELT's AvgTone: (positive words - negative words) / all words
/// * 100, from EventDesk's own lexicon (data/lexicons/tone-*.txt, embedded). Ranges -100..+100;
/// news usually falls between -10 and +10. Thread-safe (immutable after load).
/// </summary>
public sealed class ToneScorer
{
    private readonly FrozenSet<string> _positive;
    private readonly FrozenSet<string> _negative;

    public ToneScorer(IEnumerable<string> positive, IEnumerable<string> negative)
    {
        _positive = positive.ToFrozenSet(StringComparer.Ordinal);
        _negative = negative.ToFrozenSet(StringComparer.Ordinal);
    }

    private static readonly Lazy<ToneScorer> DefaultInstance = new(() =>
        new ToneScorer(LoadResource("EventDesk.Ingest.tone-positive.txt"), LoadResource("EventDesk.Ingest.tone-negative.txt")));

    public static ToneScorer Default => DefaultInstance.Value;

    public int PositiveCount => _positive.Count;

    public int NegativeCount => _negative.Count;

    public double? Score(string text) => Score(Fingerprints.Words(text));

    /// <summary>The tone of a text's words (<see cref="Fingerprints.Words"/>).</summary>
    public double? Score(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }
        int pos = 0, neg = 0;
        foreach (var w in words)
        {
            if (_positive.Contains(w))
            {
                pos++;
            }
            else if (_negative.Contains(w))
            {
                neg++;
            }
        }
        return Math.Round((pos - neg) * 100.0 / words.Count, 4);
    }

    private static IEnumerable<string> LoadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tone lexicon resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.ToLowerInvariant());
            }
        }
        return words;
    }
}
