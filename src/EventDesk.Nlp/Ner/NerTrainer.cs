using System.Collections.Frozen;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>NER feature sets (templates) a model can be trained with; see NerFeatures.</summary>
public static class NerFeatureSets
{
    /// <summary>The newest set (two passes); 0 is model v3's templates, 1 adds capitalised runs.</summary>
    public const int Latest = NerFeatures.LatestSet;
}

/// <summary>Settings of NER training; the defaults are the ones the committed model used.</summary>
public sealed record NerTrainingOptions
{
    public int Bits { get; init; } = 20;
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 20261127;

    /// <summary>Models trained with seeds Seed, Seed+1, ... whose (best-epoch) weights are averaged.</summary>
    public int Seeds { get; init; } = 3;

    /// <summary>Words seen fewer times than this in training lose their identity (see NerFeatures.Rare).</summary>
    public int MinWordCount { get; init; } = 2;

    /// <summary>Feature templates (see NerFeatures.LatestSet); older sets only to reproduce older models.</summary>
    public int FeatureSet { get; init; } = NerFeatures.LatestSet;

    /// <summary>
    /// Two-pass models (feature set 2): the first-pass labels of the training sentences come from models
    /// trained on the other folds (by document), so they are as wrong as at run time. 0: no label features.
    /// </summary>
    public int Folds { get; init; } = 4;

    /// <summary>Epochs of the fold models that produce the first-pass labels.</summary>
    public int FirstPassEpochs { get; init; } = 5;

    /// <summary>Share of training sentences shown without label features, so the same weights also serve as the first pass.</summary>
    public double LabelDropout { get; init; } = 0.5;

    /// <summary>Share of training tokens whose word identity is hidden (shown as a rare word), for unseen names.</summary>
    public double WordDropout { get; init; } = 0.1;
}

/// <summary>
/// Trains <see cref="NerModel"/> as a structured (Collins) averaged perceptron: Viterbi decoding of
/// each training sentence under the BIOES constraints, updates on the tokens and transitions where
/// the decoded sequence differs from gold, lazy averaging, seeded shuffling, and the epoch with the
/// best dev F1 kept. With several seeds the kept weights are averaged. Deterministic for the same
/// data and options. Not thread-safe.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options)
{
    public NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerGazetteer? gazetteer = null, Action<string>? progress = null) =>
        Train(train, dev, gazetteer, null, progress);

    /// <summary>
    /// Trains with word-cluster features: clusters are built from the training sentences plus
    /// <paramref name="unlabeledFiles"/> (CoNLL-U forms, JSON lines with a "text" field, or plain text) and stored in the model.
    /// </summary>
    public NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerGazetteer? gazetteer,
        IReadOnlyList<string> unlabeledFiles, WordClusterOptions clusterOptions, Action<string>? progress = null)
    {
        var text = train.Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
        foreach (var file in unlabeledFiles)
        {
            text.AddRange(NlpTraining.UnlabeledSentences(file));
        }
        var clusters = WordClusters.Build(text, clusterOptions);
        progress?.Invoke($"word clusters: {clusters.Count:N0} words from {text.Count:N0} sentences ({text.Sum(s => s.Count):N0} words), depth {clusterOptions.MaxDepth}");
        return Train(train, dev, gazetteer, clusters, progress);
    }

    internal NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerGazetteer? gazetteer, WordClusters? clusters, Action<string>? progress)
    {
        gazetteer ??= NerGazetteer.Empty;
        clusters ??= WordClusters.None;
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
        var usesTags = train.Count > 0 && train[0].Tags is not null;
        var gold = train.Select(s =>
        {
            var labels = s.Labels.ToArray();
            NerTitles.Strip(s.Tokens, labels);
            return NerChain.FromBio(labels);
        }).ToArray();
        var documents = NerDocument.ForSentences(train);
        int[][]? firstPass = null;
        if (options.FeatureSet >= 2 && options.Folds > 1)
        {
            firstPass = FoldFirstPass(train, gazetteer, clusters, progress);
            for (var s = 0; s < train.Count; s++)
            {
                documents[s].AddLabels(new ArrayTokens(train[s].Tokens), train[s].Tokens.Length, firstPass[s]);
            }
        }
        var size = (1 << options.Bits) * NerChain.Count;
        var transitionSize = (NerChain.Count + 1) * NerChain.Count;
        float[]? sumWeights = null;
        float[]? sumTransitions = null;
        NerModel? single = null;
        for (var s = 0; s < Math.Max(1, options.Seeds); s++)
        {
            var model = TrainOne(options.Seed + s);
            if (options.Seeds <= 1)
            {
                return model;
            }
            sumWeights ??= new float[size];
            sumTransitions ??= new float[transitionSize];
            var w = model.Weights();
            for (var k = 0; k < size; k++)
            {
                sumWeights[k] += w[k];
            }
            var t = model.Transitions;
            for (var k = 0; k < transitionSize; k++)
            {
                sumTransitions[k] += t[k];
            }
            single = model;
        }
        var seeds = (float)options.Seeds;
        for (var k = 0; k < size; k++)
        {
            sumWeights![k] /= seeds;
        }
        for (var k = 0; k < transitionSize; k++)
        {
            sumTransitions![k] /= seeds;
        }
        var averaged = new NerModel(options.Bits, sumWeights!, sumTransitions!, gazetteer, vocabulary, clusters, usesTags, options.FeatureSet);
        if (dev is { Count: > 0 })
        {
            progress?.Invoke($"{options.Seeds} seeds averaged: dev F1 {100 * NerEvaluator.Evaluate(averaged, dev).Overall.F1:F2} (last seed alone {100 * NerEvaluator.Evaluate(single!, dev).Overall.F1:F2})");
        }
        return averaged;

        NerModel TrainOne(int seed)
        {
            var labels = NerChain.Count;
            var mask = (1UL << options.Bits) - 1;
            var weights = new float[size];
            var totals = new double[size];
            var stamps = new int[size];
            var transitions = new float[transitionSize];
            var transitionTotals = new double[transitionSize];
            var transitionStamps = new int[transitionSize];
            var step = 0;
            var order = Enumerable.Range(0, train.Count).ToArray();
            var random = new Random(seed);
            var features = new NerFeatures();
            var hashes = new ulong[64 * NerFeatures.MaxFeatures];
            var featureCounts = new int[64];
            var emissions = new float[64 * labels];
            var score = new float[64 * labels];
            var back = new int[64 * labels];
            var predicted = new int[64];
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
                    if (count == 0)
                    {
                        continue;
                    }
                    if (featureCounts.Length < count)
                    {
                        var capacity = Math.Max(count, featureCounts.Length * 2);
                        hashes = new ulong[capacity * NerFeatures.MaxFeatures];
                        featureCounts = new int[capacity];
                        emissions = new float[capacity * labels];
                        score = new float[capacity * labels];
                        back = new int[capacity * labels];
                        predicted = new int[capacity];
                    }
                    step++;
                    var labelled = firstPass is not null && random.NextDouble() >= options.LabelDropout;
                    features.Prepare(new ArrayTokens(sentence.Tokens), count, gazetteer, vocabulary, clusters, documents[index], sentence.Tags, options.FeatureSet, labelled ? firstPass![index] : default, options.WordDropout > 0 ? random : null, options.WordDropout);
                    Array.Clear(emissions, 0, count * labels);
                    for (var i = 0; i < count; i++)
                    {
                        var slice = hashes.AsSpan(i * NerFeatures.MaxFeatures, NerFeatures.MaxFeatures);
                        var n = featureCounts[i] = features.Extract(i, slice);
                        for (var f = 0; f < n; f++)
                        {
                            var row = (int)(slice[f] & mask) * labels;
                            for (var l = 0; l < labels; l++)
                            {
                                emissions[(i * labels) + l] += weights[row + l];
                            }
                        }
                    }
                    NerChain.Viterbi(emissions, transitions, count, predicted, score, back);
                    var goldTags = gold[index];
                    tokens += count;
                    var previousGold = NerChain.Start;
                    var previousGuess = NerChain.Start;
                    for (var i = 0; i < count; i++)
                    {
                        var g = goldTags[i];
                        var p = predicted[i];
                        if (g != p)
                        {
                            errors++;
                            var slice = hashes.AsSpan(i * NerFeatures.MaxFeatures, featureCounts[i]);
                            foreach (var h in slice)
                            {
                                var row = (int)(h & mask) * labels;
                                Update(weights, totals, stamps, row + g, 1f);
                                Update(weights, totals, stamps, row + p, -1f);
                            }
                        }
                        if (g != p || previousGold != previousGuess)
                        {
                            Update(transitions, transitionTotals, transitionStamps, (previousGold * labels) + g, 1f);
                            Update(transitions, transitionTotals, transitionStamps, (previousGuess * labels) + p, -1f);
                        }
                        previousGold = g;
                        previousGuess = p;
                    }
                }
                var model = new NerModel(options.Bits, Average(weights, totals, stamps), Average(transitions, transitionTotals, transitionStamps), gazetteer, vocabulary, clusters, usesTags, options.FeatureSet);
                var line = $"seed {seed} epoch {epoch}: train token error {100.0 * errors / Math.Max(1, tokens):F2}%";
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

            void Update(float[] w, double[] total, int[] stamp, int slot, float delta)
            {
                total[slot] += (step - stamp[slot]) * (double)w[slot];
                stamp[slot] = step;
                w[slot] += delta;
            }

            float[] Average(float[] w, double[] total, int[] stamp)
            {
                var averaged = new float[w.Length];
                for (var k = 0; k < w.Length; k++)
                {
                    var sum = total[k] + ((step - stamp[k]) * (double)w[k]);
                    averaged[k] = (float)(sum / Math.Max(1, step));
                }
                return averaged;
            }
        }
    }

    /// <summary>First-pass tags of every training sentence from a one-pass model trained on the other folds (folds are whole documents).</summary>
    private int[][] FoldFirstPass(IReadOnlyList<NerSentence> train, NerGazetteer gazetteer, WordClusters clusters, Action<string>? progress)
    {
        var fold = new int[train.Count];
        var document = -1;
        for (var s = 0; s < train.Count; s++)
        {
            document += s == 0 || train[s].DocumentStart ? 1 : 0;
            fold[s] = document % options.Folds;
        }
        var result = new int[train.Count][];
        var inner = new NerTrainer(options with { Seeds = 1, Folds = 0, Epochs = options.FirstPassEpochs });
        for (var k = 0; k < options.Folds; k++)
        {
            var rest = new List<NerSentence>();
            var held = new List<int>();
            for (var s = 0; s < train.Count; s++)
            {
                if (fold[s] == k)
                {
                    held.Add(s);
                }
                else
                {
                    rest.Add(train[s]);
                }
            }
            var model = inner.Train(rest, null, gazetteer, clusters, null);
            // Fresh documents: the fold's label evidence must not leak into the real ones.
            var heldSentences = held.Select(s => train[s]).ToList();
            var heldDocuments = NerDocument.ForSentences(heldSentences);
            for (var h = 0; h < held.Count; h++)
            {
                var sentence = heldSentences[h];
                result[held[h]] = model.FirstPass(new ArrayTokens(sentence.Tokens), sentence.Tokens.Length, heldDocuments[h], sentence.Tags).Tags;
            }
            progress?.Invoke($"first-pass labels: fold {k + 1} of {options.Folds} ({held.Count:N0} sentences)");
        }
        return result;
    }
}
