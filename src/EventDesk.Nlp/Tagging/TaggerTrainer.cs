using System.Diagnostics;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Tagging;

/// <summary>Settings of a tagger training run.</summary>
public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights whose int16 magnitude is below this are dropped (model size).</summary>
    public int PruneBelow { get; init; } = 2;

    /// <summary>Joint UPOS+XPOS classes seen fewer times fold into the XPOS's most frequent class.</summary>
    public int MinClassCount { get; init; } = 3;

    /// <summary>Words seen at least this often get an ambiguity class feature.</summary>
    public int MinAmbiguityCount { get; init; } = 1;

    /// <summary>
    /// Probability that a word seen once in training is presented as unknown in an epoch, so the
    /// subword features learn to carry unknown words.
    /// </summary>
    public double RareWordDropout { get; init; } = 0.5;

    /// <summary>
    /// Number of seeds (Seed, Seed+1, ...) to train; their best-epoch weights are averaged into one
    /// model (parameter averaging across shuffles).
    /// </summary>
    public int Seeds { get; init; } = 1;

    /// <summary>Words of the external lexicon seen more often than this in training are left out of it (0: keep all).</summary>
    public int LexiconMaxCount { get; init; } = 2;
}

/// <summary>Trains a <see cref="TaggerModel"/>, keeping the epoch that scores best on dev. Not thread-safe.</summary>
internal static class TaggerTrainer
{
    public static TaggerModel Train(IReadOnlyList<UdSentence> train, IReadOnlyList<UdSentence> dev,
        TaggerTrainingOptions options, TextWriter log, WordClusters? clusters = null, WordLexicon? lexicon = null)
    {
        if (options.Seeds <= 1)
        {
            return TrainOne(train, dev, options, log, clusters, lexicon);
        }
        var models = new List<TaggerModel>();
        for (var i = 0; i < options.Seeds; i++)
        {
            log.WriteLine($"tagger seed {options.Seed + i}");
            models.Add(TrainOne(train, dev, options with { Seed = options.Seed + i, Seeds = 1 }, log, clusters, lexicon));
        }
        var averaged = TaggerModel.Average(models, options.PruneBelow);
        if (dev.Count > 0)
        {
            var devWords = DevWords(averaged, dev);
            var (upos, xpos) = Score(averaged, dev, devWords);
            log.WriteLine($"tagger averaged over {options.Seeds} seeds: dev UPOS {upos:F2} XPOS {xpos:F2}  rows {averaged.Pass1.Rows}+{averaged.Pass2.Rows}");
        }
        return averaged;
    }

    private static WordInfo[][] DevWords(TaggerModel probe, IReadOnlyList<UdSentence> dev) => dev.Select(s =>
    {
        var w = new WordInfo[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            WordInfo.Fill(s.Forms[i], ref w[i]);
        }
        probe.FillAmbiguity(w);
        return w;
    }).ToArray();

    private static TaggerModel TrainOne(IReadOnlyList<UdSentence> train, IReadOnlyList<UdSentence> dev,
        TaggerTrainingOptions options, TextWriter log, WordClusters? clusters, WordLexicon? lexicon)
    {
        // Class inventory: joint UPOS|XPOS pairs, rare ones folded into their XPOS's main pair.
        var pairCounts = new Dictionary<(string U, string X), int>();
        foreach (var s in train)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var key = (s.Upos[i], s.Xpos[i]);
                pairCounts[key] = pairCounts.GetValueOrDefault(key) + 1;
            }
        }
        var xposNames = pairCounts.Keys.Select(k => k.X).Distinct().Order(StringComparer.Ordinal).ToArray();
        var xposId = xposNames.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => (ushort)p.i);
        var kept = pairCounts.Where(p => p.Value >= options.MinClassCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.U, StringComparer.Ordinal).ThenBy(p => p.Key.X, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var classOf = new Dictionary<(string, string), int>();
        for (var c = 0; c < kept.Count; c++)
        {
            classOf[kept[c]] = c;
        }
        foreach (var pair in pairCounts.Keys.Order())
        {
            if (classOf.ContainsKey(pair))
            {
                continue;
            }
            var fallback = kept.FindIndex(k => k.X == pair.X);
            classOf[pair] = fallback >= 0 ? fallback : 0;
        }
        var classUpos = kept.Select(k => Enum.TryParse<Upos>(k.U, out var u) ? u : Upos.X).ToArray();
        var classXpos = kept.Select(k => xposId[k.X]).ToArray();
        var featCounts = new Dictionary<string, int>[kept.Count];
        for (var c = 0; c < kept.Count; c++)
        {
            featCounts[c] = [];
        }

        var gold = new int[train.Count][];
        var ambCounts = new Dictionary<ulong, Dictionary<int, int>>();
        var words = new WordInfo[train.Count][];
        for (var si = 0; si < train.Count; si++)
        {
            var s = train[si];
            gold[si] = new int[s.Length];
            words[si] = new WordInfo[s.Length];
            for (var i = 0; i < s.Length; i++)
            {
                var c = classOf[(s.Upos[i], s.Xpos[i])];
                gold[si][i] = c;
                featCounts[c][s.Feats[i]] = featCounts[c].GetValueOrDefault(s.Feats[i]) + 1;
                WordInfo.Fill(s.Forms[i], ref words[si][i]);
                if (!ambCounts.TryGetValue(words[si][i].Norm, out var counts))
                {
                    ambCounts[words[si][i].Norm] = counts = [];
                }
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }
        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (word, counts) in ambCounts)
        {
            var total = counts.Values.Sum();
            if (total < options.MinAmbiguityCount)
            {
                continue;
            }
            var signature = FeatureHash.Start();
            foreach (var c in counts.Where(p => p.Value * 20 >= total).Select(p => p.Key).Order())
            {
                signature = FeatureHash.Mix(signature + (ulong)c + 1);
            }
            ambiguity[word] = signature;
        }
        var ambiguityMap = HashMap64<ulong>.Build(ambiguity);
        if (lexicon is not null && options.LexiconMaxCount > 0)
        {
            // The lexicon speaks only for rare and unseen words; frequent ones have their own ambiguity class.
            var frequent = ambCounts.Where(p => p.Value.Values.Sum() > options.LexiconMaxCount).Select(p => WordLexicon.KeyOf(p.Key)).ToHashSet();
            var before = lexicon.Count;
            lexicon = lexicon.Without(frequent.Contains);
            log.WriteLine($"word lexicon: {lexicon.Count} of {before} words kept (seen at most {options.LexiconMaxCount} times in training)");
        }
        var classFeats = featCounts.Select(d => d.Count == 0 ? "_" : d.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key).ToArray();

        var probe = new TaggerModel(classUpos, classXpos, xposNames, classFeats, ambiguityMap,
            new FrozenWeights(kept.Count, 1, [], []), new FrozenWeights(kept.Count, 1, [], []), clusters, lexicon);
        foreach (var w in words)
        {
            probe.FillAmbiguity(w);
        }
        var devWords = DevWords(probe, dev);

        // Hapax words get an "unknown" twin used at random during training.
        var normCounts = new Dictionary<ulong, int>();
        foreach (var w in words)
        {
            foreach (var x in w)
            {
                normCounts[x.Norm] = normCounts.GetValueOrDefault(x.Norm) + 1;
            }
        }
        var classes = kept.Count;
        var pass1 = new TrainableWeights(classes, 1 << 18);
        var pass2 = new TrainableWeights(classes, 1 << 18);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var features = new ulong[TaggerModel.MaxFeatures];
        var scores = new float[classes];
        long step = 0;
        TaggerModel? best = null;
        var bestScore = -1.0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            rng.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var si in order)
            {
                var w = words[si];
                var g = gold[si];
                if (options.RareWordDropout > 0)
                {
                    w = (WordInfo[])w.Clone();
                    for (var i = 0; i < w.Length; i++)
                    {
                        if (normCounts[w[i].Norm] == 1 && rng.NextDouble() < options.RareWordDropout)
                        {
                            // The external lexicon's features stay: they are what an unseen word still has.
                            w[i].Norm = TaggerModel.UnknownWord;
                            w[i].Form = TaggerModel.UnknownWord;
                            w[i].Amb = FeatureHash.None;
                        }
                    }
                }
                var first = new int[w.Length];
                var second = new int[w.Length];
                for (var i = 0; i < w.Length; i++)
                {
                    step++;
                    var n = TaggerModel.Extract(w, i, first, default, features);
                    Array.Clear(scores);
                    pass1.Score(features.AsSpan(0, n), scores);
                    var p = TaggerModel.ArgMax(scores);
                    if (p != g[i])
                    {
                        pass1.Update(features.AsSpan(0, n), g[i], 1, step);
                        pass1.Update(features.AsSpan(0, n), p, -1, step);
                    }
                    first[i] = p;
                }
                for (var i = 0; i < w.Length; i++)
                {
                    step++;
                    var n = TaggerModel.Extract(w, i, second, first, features);
                    Array.Clear(scores);
                    pass2.Score(features.AsSpan(0, n), scores);
                    var p = TaggerModel.ArgMax(scores);
                    if (p != g[i])
                    {
                        pass2.Update(features.AsSpan(0, n), g[i], 1, step);
                        pass2.Update(features.AsSpan(0, n), p, -1, step);
                    }
                    else
                    {
                        correct++;
                    }
                    total++;
                    second[i] = p;
                }
            }
            var model = new TaggerModel(classUpos, classXpos, xposNames, classFeats, ambiguityMap,
                pass1.Freeze(step, options.PruneBelow), pass2.Freeze(step, options.PruneBelow), clusters, lexicon);
            var (upos, xpos) = Score(model, dev, devWords);
            log.WriteLine($"tagger epoch {epoch,2}: train {100.0 * correct / total:F2}  dev UPOS {upos:F2} XPOS {xpos:F2}  rows {model.Pass1.Rows}+{model.Pass2.Rows}  {clock.Elapsed.TotalSeconds:F1}s");
            if (dev.Count == 0 || upos + xpos > bestScore)
            {
                bestScore = upos + xpos;
                best = model;
            }
        }
        return best ?? throw new InvalidOperationException("No epoch was trained.");
    }

    private static readonly Dictionary<string, int>? Debug = Environment.GetEnvironmentVariable("EVENTDESK_TAGGER_DEBUG") is null ? null : [];

    private static (double Upos, double Xpos) Score(TaggerModel model, IReadOnlyList<UdSentence> dev, WordInfo[][] devWords)
    {
        long upos = 0, xpos = 0, total = 0, upos1 = 0;
        for (var si = 0; si < dev.Count; si++)
        {
            var s = dev[si];
            var tags = new int[s.Length];
            var first = new int[s.Length];
            model.Tag(devWords[si], tags, first);
            for (var i = 0; i < s.Length; i++)
            {
                total++;
                if (model.ClassUpos[tags[i]].ToString() == s.Upos[i])
                {
                    upos++;
                }
                if (model.ClassUpos[first[i]].ToString() == s.Upos[i])
                {
                    upos1++;
                }
                if (Debug is not null)
                {
                    var known = model.Ambiguity.ContainsKey(devWords[si][i].Norm);
                    Debug[known ? "known" : "unknown"] = Debug.GetValueOrDefault(known ? "known" : "unknown") + 1;
                    if (model.XposNames[model.ClassXpos[tags[i]]] != s.Xpos[i])
                    {
                        Debug[(known ? "k " : "u ") + s.Xpos[i] + "->" + model.XposNames[model.ClassXpos[tags[i]]]] = Debug.GetValueOrDefault((known ? "k " : "u ") + s.Xpos[i] + "->" + model.XposNames[model.ClassXpos[tags[i]]]) + 1;
                    }
                }
                if (model.XposNames[model.ClassXpos[tags[i]]] == s.Xpos[i])
                {
                    xpos++;
                }
            }
        }
        if (total > 0 && Environment.GetEnvironmentVariable("EVENTDESK_TAGGER_DEBUG") is not null)
        {
            Console.Error.WriteLine($"  pass-1 dev UPOS {100.0 * upos1 / total:F2}");
            foreach (var p in Debug!.OrderByDescending(p => p.Value).Take(40))
            {
                Console.Error.Write($"{p.Key}:{p.Value}  ");
            }
            Console.Error.WriteLine();
            Debug?.Clear();
        }
        return total == 0 ? (0, 0) : (100.0 * upos / total, 100.0 * xpos / total);
    }
}
