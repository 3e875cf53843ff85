using System.Diagnostics;
using EventDesk.Text.Corpora;

namespace EventDesk.Text.Tokenization;

/// <summary>Settings of <see cref="SentenceBoundaryTrainer"/>. Immutable.</summary>
public sealed record SentenceTrainingOptions
{
    public int Epochs { get; init; } = 20;

    public int Seed { get; init; } = 1;

    /// <summary>Independent training runs (seeds Seed, Seed+1, ...) whose chosen weights are averaged: less variance from the shuffling.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>
    /// The size of a perceptron update on a missed boundary (a false one costs 1). Above 1 it favours
    /// recall; with <see cref="MergedParagraphs"/> (twice the boundaries without punctuation) 1 is balanced.
    /// </summary>
    public float PositiveWeight { get; init; } = 1f;

    /// <summary>The weight table holds 2^HashBits entries.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Averaged weights smaller than this many int16 units are dropped from the model.</summary>
    public int PruneBelow { get; init; } = 2;

    /// <summary>
    /// The learned word list (<see cref="WordLexicon"/>) keeps words seen at least this often in the
    /// training files; 0 trains without a word list.
    /// </summary>
    public int LexiconMinCount { get; init; } = 2;

    /// <summary>
    /// While training, each document reads a word list counted on the other folds (documents split
    /// round-robin into this many), so that its features look like those of unseen text; 1 counts
    /// every document in (in-sample). The model stores the list counted on all training files.
    /// </summary>
    public int LexiconFolds { get; init; } = 10;

    /// <summary>
    /// Also train on a copy of each training document with its paragraphs run together into one, as
    /// text extracted from a web page often is (news sub-headings, signatures and list lines lose
    /// their line breaks): a paragraph end is a sentence end, punctuated or not.
    /// </summary>
    public bool MergedParagraphs { get; init; } = true;

    /// <summary>Tune the keep/add thresholds on the dev files (otherwise both are 0).</summary>
    public bool TuneThresholds { get; init; } = true;
}

/// <summary>Sentence and token scores of one dev (or test) file. Immutable.</summary>
public sealed record SentenceDevScore(string Name, SpanScore Sentences, SpanScore Tokens);

/// <summary>The result of training: the model and how it was chosen. Immutable.</summary>
public sealed record SentenceTrainingResult(
    SentenceBoundaryModel Model,
    string BestEpochs,
    int TrainingGaps,
    int TrainingBoundaries,
    int UnreachableBoundaries,
    IReadOnlyList<SentenceDevScore> RulesDev,
    IReadOnlyList<SentenceDevScore> Dev);

/// <summary>
/// Trains the sentence boundary classifier: an averaged perceptron over the candidate gaps of
/// the training paragraphs, tokenized by <see cref="NewsTokenizer"/> itself so that training sees
/// what the tokenizer will see. A gap is a boundary when a gold sentence ends at the end of its
/// left token. Decoding runs left to right with the model's own decisions feeding the
/// distance-since-boundary feature, as at run time. The epoch with the best mean dev sentence
/// F1 (mean over the dev files, so a small file counts as much as a large one) is kept, then the
/// two thresholds are tuned on dev. Deterministic for a seed. Not thread-safe (one call, one thread).
/// </summary>
public static class SentenceBoundaryTrainer
{
    private static readonly float[] ThresholdSteps = [-2f, -1.5f, -1f, -0.6f, -0.3f, 0f, 0.3f, 0.6f, 1f, 1.5f, 2f];

    /// <summary>A tokenized gold document: token columns, paragraph starts, and per token the gold boundary flag and word class (0 = none).</summary>
    internal sealed record TrainingDocument(string Text, int[] Starts, int[] Ends, int[] ParagraphFirsts, byte[] Gold, byte[] Tags)
    {
        /// <summary>The word-list fold of the document (a merged copy reads its source's).</summary>
        public int Fold { get; init; }
    }

    public static SentenceTrainingResult Train(
        IReadOnlyList<(string Name, List<GoldDocument> Documents)> train,
        IReadOnlyList<(string Name, List<GoldDocument> Documents)> dev,
        SentenceTrainingOptions options,
        TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        if (options.HashBits is < 8 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "HashBits must be between 8 and 26.");
        }
        var documents = new List<TrainingDocument>();
        var sources = new List<GoldDocument>();
        foreach (var (_, docs) in train)
        {
            foreach (var doc in docs)
            {
                documents.Add(Prepare(doc) with { Fold = documents.Count % Math.Max(1, options.LexiconFolds) });
                sources.Add(doc);
            }
        }
        // The word list counts the original documents only; a merged copy reads its source's fold.
        var (lexicon, foldLexicons) = BuildLexicons(documents, options);
        for (var i = 0; options.MergedParagraphs && i < sources.Count; i++)
        {
            if (sources[i].Paragraphs.Count > 1)
            {
                documents.Add(Prepare(MergeParagraphs(sources[i])) with { Fold = documents[i].Fold });
            }
        }
        progress?.WriteLine($"word list: {lexicon.Count} words seen at least {options.LexiconMinCount} times ({foldLexicons.Length} training folds)");
        var (gaps, boundaries, unreachable) = Count(documents);
        progress?.WriteLine($"training on {documents.Count} documents: {gaps} token gaps, {boundaries} gold boundaries inside paragraphs, {unreachable} not reachable (hard constraints or not a candidate)");
        var rulesDev = Score(dev, null);
        progress?.WriteLine($"rules alone on dev: {Describe(rulesDev)}");

        var size = 1 << options.HashBits;
        var sum = new float[size];
        var epochs = new List<int>();
        for (var run = 0; run < options.Runs; run++)
        {
            var (weights, epoch) = TrainRun(documents, dev, options, lexicon, foldLexicons, options.Seed + run, run, progress);
            epochs.Add(epoch);
            for (var i = 0; i < size; i++)
            {
                sum[i] += weights[i] / options.Runs;
            }
        }
        var best = SentenceBoundaryModel.Quantize(sum, 0, 0, options.PruneBelow, lexicon);
        progress?.WriteLine($"mean of {options.Runs} runs: dev {Describe(Score(dev, best))}");
        if (options.TuneThresholds && dev.Count > 0)
        {
            best = TuneThresholds(best, dev, progress);
        }
        var final = Score(dev, best);
        progress?.WriteLine($"kept epochs {string.Join('/', epochs)}, thresholds keep {best.KeepThreshold:G4} add {best.AddThreshold:G4}, {best.NonZeroWeights} weights: dev {Describe(final)}");
        return new SentenceTrainingResult(best, string.Join('/', epochs), gaps, boundaries, unreachable, rulesDev, final);
    }

    /// <summary>One training run (one shuffling seed): the averaged weights of the epoch best on dev.</summary>
    private static (float[] Weights, int Epoch) TrainRun(List<TrainingDocument> documents, IReadOnlyList<(string Name, List<GoldDocument> Documents)> dev,
        SentenceTrainingOptions options, WordLexicon lexicon, WordLexicon[] foldLexicons, int seed, int run, TextWriter? progress)
    {
        var learner = new Learner(1 << options.HashBits);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(seed);
        float[]? best = null;
        var bestScore = double.NegativeInfinity;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            var errors = 0;
            var seen = 0;
            foreach (var index in order)
            {
                var doc = documents[index];
                var decider = new TrainingDecider(learner, doc.Gold, options.PositiveWeight);
                RunDocument(doc, foldLexicons[doc.Fold % foldLexicons.Length], ref decider);
                errors += decider.Errors;
                seen += decider.Seen;
            }
            var averaged = learner.Averaged();
            var scores = Score(dev, SentenceBoundaryModel.Quantize(averaged, 0, 0, options.PruneBelow, lexicon));
            var mean = Mean(scores);
            progress?.WriteLine($"run {run + 1}/{options.Runs} epoch {epoch}/{options.Epochs}: {errors} training errors in {seen} candidate gaps ({100.0 * errors / Math.Max(1, seen):F2}%), dev {Describe(scores)} ({clock.Elapsed.TotalSeconds:F1}s)");
            if (mean > bestScore)
            {
                bestScore = mean;
                best = averaged;
                bestEpoch = epoch;
            }
        }
        return best is null ? throw new InvalidOperationException("No epoch was trained; give at least one epoch.") : (best, bestEpoch);
    }

    /// <summary>Scores the tokenizer with <paramref name="model"/> (null = rules alone) on each named file.</summary>
    public static List<SentenceDevScore> Score(IReadOnlyList<(string Name, List<GoldDocument> Documents)> files, SentenceBoundaryModel? model)
    {
        ArgumentNullException.ThrowIfNull(files);
        var tokenizer = new NewsTokenizer(model);
        var result = new List<SentenceDevScore>();
        foreach (var (name, docs) in files)
        {
            var report = TokenizationEvaluator.Evaluate(tokenizer, docs, warmUp: false);
            result.Add(new SentenceDevScore(name, report.Sentences, report.Tokens));
        }
        return result;
    }

    internal static TrainingDocument Prepare(GoldDocument gold)
    {
        var (starts, ends, firsts) = NewsTokenizer.Scan(gold.Text);
        var goldEnds = new HashSet<int>();
        foreach (var sentence in gold.Sentences)
        {
            goldEnds.Add(sentence.End);
        }
        var labels = new byte[starts.Length];
        for (var t = 0; t < starts.Length; t++)
        {
            labels[t] = goldEnds.Contains(ends[t]) ? (byte)1 : (byte)0;
        }
        // The gold tag of each token that is exactly one gold word, for the word list's word classes.
        var wordTags = new Dictionary<(int, int), byte>();
        foreach (var word in gold.Words)
        {
            if (word.ExactSpan)
            {
                var tag = Array.IndexOf(WordLexicon.Tags, gold.Source[word.Sentence].Words[word.WordIndex].Upos) + 1;
                wordTags[(word.Span.Start, word.Span.End)] = (byte)tag;
            }
        }
        var tags = new byte[starts.Length];
        for (var t = 0; t < starts.Length; t++)
        {
            tags[t] = wordTags.GetValueOrDefault((starts[t], ends[t]));
        }
        return new TrainingDocument(gold.Text, starts, ends, firsts, labels, tags);
    }

    /// <summary>A copy of a gold document with all its sentences in one paragraph.</summary>
    internal static GoldDocument MergeParagraphs(GoldDocument gold)
    {
        var sentences = new List<ConlluSentence>(gold.Source.Count);
        foreach (var source in gold.Source)
        {
            var copy = new ConlluSentence { NewDocument = sentences.Count == 0, NewParagraph = sentences.Count == 0 };
            copy.Words.AddRange(source.Words);
            copy.Ranges.AddRange(source.Ranges);
            sentences.Add(copy);
        }
        return ConlluText.Build(sentences)[0];
    }

    /// <summary>The word list of all training documents, and one per fold counted without that fold's documents.</summary>
    private static (WordLexicon All, WordLexicon[] Folds) BuildLexicons(List<TrainingDocument> documents, SentenceTrainingOptions options)
    {
        if (options.LexiconMinCount <= 0)
        {
            return (WordLexicon.Empty, [WordLexicon.Empty]);
        }
        var folds = Math.Max(1, options.LexiconFolds);
        var all = new WordLexicon.Builder();
        var without = new WordLexicon.Builder[folds == 1 ? 0 : folds];
        for (var f = 0; f < without.Length; f++)
        {
            without[f] = new WordLexicon.Builder();
        }
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            all.Add(doc.Text, doc.Starts, doc.Ends, doc.ParagraphFirsts, doc.Gold, doc.Tags);
            for (var f = 0; f < without.Length; f++)
            {
                if (doc.Fold != f)
                {
                    without[f].Add(doc.Text, doc.Starts, doc.Ends, doc.ParagraphFirsts, doc.Gold, doc.Tags);
                }
            }
        }
        var lexicon = all.Build(options.LexiconMinCount);
        return (lexicon, folds == 1 ? [lexicon] : [.. without.Select(b => b.Build(options.LexiconMinCount))]);
    }

    private static void RunDocument<TDecider>(TrainingDocument doc, WordLexicon lexicon, ref TDecider decider)
        where TDecider : struct, IGapDecider
    {
        var text = doc.Text.AsSpan();
        for (var p = 0; p + 1 < doc.ParagraphFirsts.Length; p++)
        {
            var first = doc.ParagraphFirsts[p];
            var end = doc.ParagraphFirsts[p + 1];
            if (end - first < 2)
            {
                continue;
            }
            var marks = new byte[end - first - 1];
            SentenceSplitter.RuleMarks(text, doc.Starts, doc.Ends, first, end, marks);
            SentenceSplitter.Decide(text, doc.Starts, doc.Ends, first, end, marks, lexicon, ref decider);
        }
    }

    private static (int Gaps, int Boundaries, int Unreachable) Count(List<TrainingDocument> documents)
    {
        int gaps = 0, boundaries = 0, unreachable = 0;
        foreach (var doc in documents)
        {
            var text = doc.Text.AsSpan();
            for (var p = 0; p + 1 < doc.ParagraphFirsts.Length; p++)
            {
                var first = doc.ParagraphFirsts[p];
                var end = doc.ParagraphFirsts[p + 1];
                var marks = new byte[Math.Max(0, end - first - 1)];
                SentenceSplitter.RuleMarks(text, doc.Starts, doc.Ends, first, end, marks);
                var state = default(BoundaryFeatures.PairState);
                for (var t = first; t < end - 1; t++)
                {
                    gaps++;
                    state.Update(text, doc.Starts, doc.Ends, first, t);
                    if (doc.Gold[t] == 0)
                    {
                        continue;
                    }
                    boundaries++;
                    if (SentenceSplitter.GateOf(text, doc.Starts, doc.Ends, first, t, marks[t - first] != 0, state) == SentenceSplitter.Gate.NoSplit)
                    {
                        unreachable++;
                    }
                }
            }
        }
        return (gaps, boundaries, unreachable);
    }

    private static SentenceBoundaryModel TuneThresholds(SentenceBoundaryModel model, IReadOnlyList<(string Name, List<GoldDocument> Documents)> dev, TextWriter? progress)
    {
        // Thresholds in units of the typical weight size, so the grid fits any training length.
        var unit = TypicalWeight(model);
        var best = model;
        var bestScore = Mean(Score(dev, model));
        foreach (var keep in ThresholdSteps)
        {
            foreach (var add in ThresholdSteps)
            {
                var candidate = model.WithThresholds(keep * unit, add * unit);
                var score = Mean(Score(dev, candidate));
                if (score > bestScore + 1e-9)
                {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        progress?.WriteLine($"thresholds: keep {best.KeepThreshold:G4} add {best.AddThreshold:G4} (unit {unit:G4}), mean dev sentence F1 {100 * bestScore:F2}");
        return best;
    }

    private static float TypicalWeight(SentenceBoundaryModel model)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var w in model.Weights)
        {
            if (w != 0)
            {
                sum += Math.Abs(w);
                n++;
            }
        }
        return n == 0 ? 1f : (float)(sum / n);
    }

    private static double Mean(List<SentenceDevScore> scores)
    {
        if (scores.Count == 0)
        {
            return 0;
        }
        var sum = 0.0;
        foreach (var s in scores)
        {
            sum += s.Sentences.F1;
        }
        return sum / scores.Count;
    }

    internal static string Describe(List<SentenceDevScore> scores) =>
        string.Join(", ", scores.Select(s => $"{s.Name} sentence F1 {100 * s.Sentences.F1:F2}"));

    /// <summary>Perceptron weights with lazy averaging (the sum of each weight over all steps).</summary>
    private sealed class Learner(int size)
    {
        public readonly float[] Weights = new float[size];
        private readonly double[] _totals = new double[size];
        private readonly int[] _stamps = new int[size];
        public int Step;

        public void Update(ReadOnlySpan<int> features, float delta)
        {
            foreach (var f in features)
            {
                _totals[f] += (double)(Step - _stamps[f]) * Weights[f];
                _stamps[f] = Step;
                Weights[f] += delta;
            }
        }

        public float[] Averaged()
        {
            var result = new float[Weights.Length];
            var steps = Math.Max(1, Step);
            for (var i = 0; i < result.Length; i++)
            {
                var total = _totals[i] + ((double)(Step - _stamps[i]) * Weights[i]);
                result[i] = (float)(total / steps);
            }
            return result;
        }
    }

    private struct TrainingDecider(Learner learner, byte[] gold, float positiveWeight) : IGapDecider
    {
        public int Errors;
        public int Seen;

        public readonly int Mask => learner.Weights.Length - 1;

        public bool Decide(ReadOnlySpan<int> features, bool rule, int token)
        {
            var weights = learner.Weights;
            var score = 0f;
            foreach (var f in features)
            {
                score += weights[f];
            }
            var predicted = score > 0;
            var truth = gold[token] != 0;
            learner.Step++;
            Seen++;
            if (predicted != truth)
            {
                Errors++;
                learner.Update(features, truth ? positiveWeight : -1f);
            }
            return predicted;
        }
    }
}
