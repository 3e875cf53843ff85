using System.Diagnostics;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Parsing;

/// <summary>Settings of a parser training run.</summary>
public sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 15;
    public int Seed { get; init; } = 1;

    /// <summary>From this epoch on the trainer follows its own predictions (dynamic oracle).</summary>
    public int ExploreFromEpoch { get; init; } = 2;

    /// <summary>Probability of following the prediction rather than the oracle when exploring.</summary>
    public double ExploreProbability { get; init; } = 0.9;

    public int PruneBelow { get; init; } = 2;

    /// <summary>
    /// Beam width of global training (structured perceptron, max-violation update); 1 = greedy
    /// training with the dynamic oracle.
    /// </summary>
    public int Beam { get; init; } = 1;

    /// <summary>Beam width used for dev decoding and stored in the model (0 = the training beam).</summary>
    public int DecodeBeam { get; init; }

    /// <summary>When set, the best model so far is written to this file after every improving epoch.</summary>
    public string? CheckpointPath { get; init; }
}

/// <summary>One training or dev sentence for the parser: hashed words, predicted tags, gold tree.</summary>
internal sealed record ParserExample(WordInfo[] Words, int[] Tags, int[] GoldHeads, int[] GoldLabels);

/// <summary>Trains a <see cref="ParserModel"/> with a dynamic oracle. Not thread-safe.</summary>
internal static class ParserTrainer
{
    public static ParserModel Train(string[] labels, ulong tagsetSignature, IReadOnlyList<ParserExample> train,
        IReadOnlyList<ParserExample> dev, ParserTrainingOptions options, TextWriter log)
    {
        if (options.Beam > 1)
        {
            return TrainGlobal(labels, tagsetSignature, train, dev, options, log);
        }
        var L = labels.Length;
        var probe = new ParserModel(labels, tagsetSignature, new FrozenWeights(4, 1, [], []), new FrozenWeights(2 * L, 1, [], []));
        var actions = new TrainableWeights(4, 1 << 20);
        var labelWeights = new TrainableWeights(2 * L, 1 << 18);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var state = new ParseState();
        var features = new ulong[ParserModel.MaxFeatures];
        var actionScores = new float[4];
        var labelScores = new float[2 * L];
        var costs = new int[4];
        var goldHeads = new int[1024];
        long step = 0;
        ParserModel? best = null;
        var bestLas = -1.0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            rng.Shuffle(order);
            long transitions = 0, errors = 0;
            var explore = epoch >= options.ExploreFromEpoch;
            foreach (var si in order)
            {
                var ex = train[si];
                var n = ex.Words.Length;
                FillGoldHeads(ex, n, ref goldHeads);
                state.Reset(n);
                while (!state.Terminal)
                {
                    step++;
                    transitions++;
                    var count = ParserModel.ExtractFeatures(state, ex.Words, ex.Tags, features, out var labelCount);
                    var all = features.AsSpan(0, count);
                    var lab = features.AsSpan(0, labelCount);
                    Array.Clear(actionScores);
                    Array.Clear(labelScores);
                    actions.Score(all, actionScores);
                    labelWeights.Score(lab, labelScores);
                    var toRoot = state.B == n;
                    int predAction = -1, predLabel = -1, goldAction = -1, goldLabel = -1;
                    float predScore = float.NegativeInfinity, goldScore = float.NegativeInfinity;
                    var minCost = int.MaxValue;
                    for (var a = 0; a < 4; a++)
                    {
                        costs[a] = state.IsValid(a) ? state.Cost(a, goldHeads) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[a]);
                    }
                    for (var a = 0; a < 4; a++)
                    {
                        if (costs[a] == int.MaxValue)
                        {
                            continue;
                        }
                        var score = actionScores[a];
                        var label = -1;
                        if (a >= ParseState.Left)
                        {
                            label = probe.BestLabel(labelScores, a, toRoot);
                            score += labelScores[probe.LabelSlot(a, label)];
                        }
                        if (score > predScore)
                        {
                            predScore = score;
                            predAction = a;
                            predLabel = label;
                        }
                        if (costs[a] == minCost)
                        {
                            var gl = -1;
                            var gs = actionScores[a];
                            if (a >= ParseState.Left)
                            {
                                var dependent = a == ParseState.Left ? state.S0 : state.B;
                                gl = ex.GoldLabels[dependent];
                                if (a == ParseState.Left && toRoot)
                                {
                                    gl = probe.RootLabel;
                                }
                                else if (gl == probe.RootLabel)
                                {
                                    gl = probe.DepLabel;
                                }
                                gs += labelScores[probe.LabelSlot(a, gl)];
                            }
                            if (gs > goldScore)
                            {
                                goldScore = gs;
                                goldAction = a;
                                goldLabel = gl;
                            }
                        }
                    }
                    if (predAction != goldAction || predLabel != goldLabel)
                    {
                        errors++;
                        if (predAction != goldAction)
                        {
                            actions.Update(all, goldAction, 1, step);
                            actions.Update(all, predAction, -1, step);
                        }
                        if (goldAction >= ParseState.Left)
                        {
                            labelWeights.Update(lab, probe.LabelSlot(goldAction, goldLabel), 1, step);
                        }
                        if (predAction >= ParseState.Left)
                        {
                            labelWeights.Update(lab, probe.LabelSlot(predAction, predLabel), -1, step);
                        }
                    }
                    if (explore && predAction != goldAction && rng.NextDouble() < options.ExploreProbability)
                    {
                        state.Apply(predAction, predLabel);
                    }
                    else if (explore && predAction == goldAction)
                    {
                        state.Apply(predAction, rng.NextDouble() < options.ExploreProbability ? predLabel : goldLabel);
                    }
                    else
                    {
                        state.Apply(goldAction, goldLabel);
                    }
                }
            }
            var model = new ParserModel(labels, tagsetSignature,
                actions.Freeze(step, options.PruneBelow), labelWeights.Freeze(step, options.PruneBelow));
            var (uas, las) = Evaluate(model, dev);
            log.WriteLine($"parser epoch {epoch,2}: train err {100.0 * errors / transitions:F2}%  dev UAS {uas:F2} LAS {las:F2}  rows {model.Actions.Rows}+{model.LabelWeights.Rows}  {clock.Elapsed.TotalSeconds:F1}s");
            if (las > bestLas)
            {
                bestLas = las;
                best = model;
                Checkpoint(model, epoch, options, log);
            }
        }
        return best ?? throw new InvalidOperationException("No epoch was trained.");
    }

    /// <summary>
    /// Global training (Zhang &amp; Clark 2008, Zhang &amp; Nivre 2011; Huang et al. 2012 max-violation):
    /// beam search over the arc-eager system; when the best item at the step of largest violation is
    /// not the gold prefix, the gold prefix's features are rewarded and the predicted prefix's penalised.
    /// The gold sequence is the static oracle (zero-cost action, preferring Left, Right, Reduce, Shift).
    /// </summary>
    private static ParserModel TrainGlobal(string[] labels, ulong tagsetSignature, IReadOnlyList<ParserExample> train,
        IReadOnlyList<ParserExample> dev, ParserTrainingOptions options, TextWriter log)
    {
        var L = labels.Length;
        var decodeBeam = options.DecodeBeam > 0 ? options.DecodeBeam : options.Beam;
        var probe = new ParserModel(labels, tagsetSignature, new FrozenWeights(4, 1, [], []), new FrozenWeights(2 * L, 1, [], []));
        var actions = new TrainableWeights(4, 1 << 21);
        var labelWeights = new TrainableWeights(2 * L, 1 << 19);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var beam = new BeamSearch(options.Beam);
        var goldState = new ParseState();
        var replay = new ParseState();
        var features = new ulong[ParserModel.MaxFeatures];
        var predActions = new int[2048];
        var predLabels = new int[2048];
        var scorer = new TrainingScorer(actions, labelWeights);
        var oracle = ComputeOracles(probe, train);
        long step = 0;
        ParserModel? best = null;
        var bestLas = -1.0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            rng.Shuffle(order);
            long updates = 0, sentences = 0;
            foreach (var si in order)
            {
                var ex = train[si];
                var (ga, gl) = oracle[si];
                step++;
                sentences++;
                var t = beam.Run(ref scorer, probe, ex.Words, ex.Tags, ga, gl, goldState);
                if (t < 0)
                {
                    continue;
                }
                updates++;
                if (predActions.Length < t + 1)
                {
                    predActions = new int[(t + 1) * 2];
                    predLabels = new int[(t + 1) * 2];
                }
                beam.Trace(t, predActions, predLabels);
                var d = 0;
                while (d <= t && predActions[d] == ga[d] && predLabels[d] == gl[d])
                {
                    d++;
                }
                ReplayUpdate(ex, ga, gl, d, t, +1, replay, features, actions, labelWeights, probe, step);
                ReplayUpdate(ex, predActions, predLabels, d, t, -1, replay, features, actions, labelWeights, probe, step);
            }
            var model = new ParserModel(labels, tagsetSignature,
                actions.Freeze(step, options.PruneBelow), labelWeights.Freeze(step, options.PruneBelow), decodeBeam);
            var (uas, las) = Evaluate(model, dev);
            log.WriteLine($"parser epoch {epoch,2} (beam {options.Beam}, decode {decodeBeam}): updates {100.0 * updates / Math.Max(1, sentences):F1}% of sentences  dev UAS {uas:F2} LAS {las:F2}  rows {model.Actions.Rows}+{model.LabelWeights.Rows}  {clock.Elapsed.TotalSeconds:F1}s");
            if (las > bestLas)
            {
                bestLas = las;
                best = model;
                Checkpoint(model, epoch, options, log);
            }
        }
        return best ?? throw new InvalidOperationException("No epoch was trained.");
    }

    private static void Checkpoint(ParserModel model, int epoch, ParserTrainingOptions options, TextWriter log)
    {
        if (options.CheckpointPath is { Length: > 0 } path)
        {
            model.Save(path);
            log.WriteLine($"checkpoint: epoch {epoch} written to {path}");
        }
    }

    private static void ReplayUpdate(ParserExample ex, ReadOnlySpan<int> actionSeq, ReadOnlySpan<int> labelSeq, int from, int to, float delta,
        ParseState state, ulong[] features, TrainableWeights actions, TrainableWeights labelWeights, ParserModel probe, long step)
    {
        state.Reset(ex.Words.Length);
        for (var i = 0; i < from; i++)
        {
            state.Apply(actionSeq[i], labelSeq[i]);
        }
        for (var i = from; i <= to; i++)
        {
            var count = ParserModel.ExtractFeatures(state, ex.Words, ex.Tags, features, out var labelCount);
            var a = actionSeq[i];
            actions.Update(features.AsSpan(0, count), a, delta, step);
            if (a >= ParseState.Left)
            {
                labelWeights.Update(features.AsSpan(0, labelCount), probe.LabelSlot(a, labelSeq[i]), delta, step);
            }
            state.Apply(a, labelSeq[i]);
        }
    }

    /// <summary>The gold heads in the transition system's indexing: the root word's head is the root token n, then n has none.</summary>
    private static void FillGoldHeads(ParserExample ex, int n, ref int[] goldHeads)
    {
        if (goldHeads.Length < n + 1)
        {
            goldHeads = new int[(n + 1) * 2];
        }
        for (var i = 0; i < n; i++)
        {
            goldHeads[i] = ex.GoldHeads[i] < 0 ? n : ex.GoldHeads[i];
        }
        goldHeads[n] = -1;
    }

    /// <summary>Static-oracle action and label sequences (2n transitions each) of the training trees.</summary>
    private static (int[] Actions, int[] Labels)[] ComputeOracles(ParserModel probe, IReadOnlyList<ParserExample> train)
    {
        var result = new (int[], int[])[train.Count];
        var state = new ParseState();
        var goldHeads = new int[1024];
        Span<int> preference = [ParseState.Left, ParseState.Right, ParseState.Reduce, ParseState.Shift];
        for (var si = 0; si < train.Count; si++)
        {
            var ex = train[si];
            var n = ex.Words.Length;
            FillGoldHeads(ex, n, ref goldHeads);
            var acts = new int[2 * n];
            var labs = new int[2 * n];
            state.Reset(n);
            for (var t = 0; t < 2 * n; t++)
            {
                var bestA = -1;
                var bestCost = int.MaxValue;
                foreach (var a in preference)
                {
                    if (!state.IsValid(a))
                    {
                        continue;
                    }
                    var c = state.Cost(a, goldHeads);
                    if (c < bestCost)
                    {
                        bestCost = c;
                        bestA = a;
                    }
                }
                var gl = -1;
                if (bestA >= ParseState.Left)
                {
                    var dependent = bestA == ParseState.Left ? state.S0 : state.B;
                    gl = ex.GoldLabels[dependent];
                    if (bestA == ParseState.Left && state.B == n)
                    {
                        gl = probe.RootLabel;
                    }
                    else if (gl == probe.RootLabel)
                    {
                        gl = probe.DepLabel;
                    }
                }
                acts[t] = bestA;
                labs[t] = gl;
                state.Apply(bestA, gl);
            }
            result[si] = (acts, labs);
        }
        return result;
    }

    public static (double Uas, double Las) Evaluate(ParserModel model, IReadOnlyList<ParserExample> dev)
    {
        var state = new ParseState();
        long uas = 0, las = 0, total = 0;
        foreach (var ex in dev)
        {
            var n = ex.Words.Length;
            var heads = new int[n];
            var labels = new int[n];
            model.Parse(ex.Words, ex.Tags, state, heads, labels);
            for (var i = 0; i < n; i++)
            {
                total++;
                if (heads[i] == ex.GoldHeads[i])
                {
                    uas++;
                    if (labels[i] == ex.GoldLabels[i])
                    {
                        las++;
                    }
                }
            }
        }
        return total == 0 ? (0, 0) : (100.0 * uas / total, 100.0 * las / total);
    }
}
