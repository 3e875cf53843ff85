using System.Collections.Frozen;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>Settings of NER training; the defaults are the ones the committed model used.</summary>
public sealed record NerTrainingOptions
{
    public int Bits { get; init; } = 20;
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 20261127;

    /// <summary>Words seen fewer times than this in training lose their identity (see NerFeatures.Rare).</summary>
    public int MinWordCount { get; init; } = 2;
}

/// <summary>
/// Trains <see cref="NerModel"/> with the averaged perceptron (lazy averaging), greedy decoding
/// on predicted history, seeded shuffling, and keeps the epoch with the best dev F1.
/// Deterministic for the same data and options. Not thread-safe.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options)
{
    public NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerGazetteer? gazetteer = null, Action<string>? progress = null)
    {
        gazetteer ??= NerGazetteer.Empty;
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in train)
        {
            foreach (var token in sentence.Tokens)
            {
                var key = FeatureHash.OfNormalized(token);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var vocabulary = counts.Where(kv => kv.Value >= options.MinWordCount).Select(kv => kv.Key).ToFrozenSet();
        var labels = NerLabels.Count;
        var size = (1 << options.Bits) * labels;
        var mask = (1UL << options.Bits) - 1;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        var step = 0;
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var features = new NerFeatures();
        var hashes = new ulong[NerFeatures.MaxFeatures];
        var scores = new float[labels];
        NerModel? best = null;
        var bestF1 = -1.0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (var index in order)
            {
                var sentence = train[index];
                var count = sentence.Tokens.Length;
                features.Prepare(new ArrayTokens(sentence.Tokens), count, gazetteer, vocabulary, sentence.Tags);
                NerLabel p1 = NerLabel.O, p2 = NerLabel.O;
                for (var i = 0; i < count; i++)
                {
                    step++;
                    var n = features.Extract(i, p1, p2, hashes);
                    Array.Clear(scores);
                    for (var f = 0; f < n; f++)
                    {
                        var row = (int)(hashes[f] & mask) * labels;
                        for (var l = 0; l < labels; l++)
                        {
                            scores[l] += weights[row + l];
                        }
                    }
                    var guess = NerModel.Best(scores, p1);
                    var gold = sentence.Labels[i];
                    tokens++;
                    if (guess != gold)
                    {
                        errors++;
                        for (var f = 0; f < n; f++)
                        {
                            var row = (int)(hashes[f] & mask) * labels;
                            Update(row + (int)gold, 1f);
                            Update(row + (int)guess, -1f);
                        }
                    }
                    // Gold history: the constrained decoder can never reach I-X after a wrong O,
                    // so learning on predicted history would push on unreachable labels.
                    p2 = p1;
                    p1 = gold;
                }
            }
            var averaged = Average();
            var model = new NerModel(options.Bits, averaged, gazetteer, vocabulary, train.Count > 0 && train[0].Tags is not null);
            var line = $"epoch {epoch}: train token error {100.0 * errors / Math.Max(1, tokens):F2}%";
            if (dev is { Count: > 0 })
            {
                var f1 = NerEvaluator.Evaluate(model, dev).Overall.F1;
                line += $", dev F1 {100 * f1:F2}";
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    best = model;
                }
            }
            else
            {
                best = model;
            }
            progress?.Invoke(line);
        }
        return best!;

        void Update(int slot, float delta)
        {
            totals[slot] += (step - stamps[slot]) * (double)weights[slot];
            stamps[slot] = step;
            weights[slot] += delta;
        }

        float[] Average()
        {
            var averaged = new float[size];
            for (var k = 0; k < size; k++)
            {
                var total = totals[k] + ((step - stamps[k]) * (double)weights[k]);
                averaged[k] = (float)(total / Math.Max(1, step));
            }
            return averaged;
        }
    }
}
