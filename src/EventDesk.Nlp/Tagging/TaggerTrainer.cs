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

    /// <summary>The same for words seen twice in training (0 = never).</summary>
    public double TwiceSeenDropout { get; init; }

    /// <summary>The same for every other word (word dropout; 0 = never).</summary>
    public double AnyWordDropout { get; init; }

    /// <summary>
    /// Number of seeds (Seed, Seed+1, ...) to train; their best-epoch weights are averaged into one
    /// model (parameter averaging across shuffles).
    /// </summary>
    public int Seeds { get; init; } = 1;

    /// <summary>Optional feature groups (stored in the model).</summary>
    public TaggerFeatures Features { get; init; } = TaggerFeatures.None;

    /// <summary>Words seen fewer times in training than this take their capitalisation profile from the unlabelled text only.</summary>
    public int MinCaseCount { get; init; } = 2;
}

/// <summary>Trains a <see cref="TaggerModel"/>, keeping the epoch that scores best on dev. Not thread-safe.</summary>
internal static class TaggerTrainer
{
    public static TaggerModel Train(IReadOnlyList<UdSentence> train, IReadOnlyList<UdSentence> dev,
        TaggerTrainingOptions options, TextWriter log, WordClusters? clusters = null, IReadOnlyList<IReadOnlyList<string>>? unlabeled = null)
    {
        if (clusters is { Count: > 0 } && (options.Features & TaggerFeatures.NoEmptyClusters) != 0)
        {
            options = options with { Features = options.Features & ~TaggerFeatures.NoEmptyClusters };
        }
        if (options.Seeds <= 1)
        {
            return TrainOne(train, dev, options, log, clusters, unlabeled);
        }
        var models = new List<TaggerModel>();
        for (var i = 0; i < options.Seeds; i++)
        {
            log.WriteLine($"tagger seed {options.Seed + i}");
            models.Add(TrainOne(train, dev, options with { Seed = options.Seed + i, Seeds = 1 }, log, clusters, unlabeled));
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
        TaggerTrainingOptions options, TextWriter log, WordClusters? clusters, IReadOnlyList<IReadOnlyList<string>>? unlabeled)
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
        var classFeats = featCounts.Select(d => d.Count == 0 ? "_" : d.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key).ToArray();

        // Hapax words get an "unknown" twin used at random during training.
        var normCounts = new Dictionary<ulong, int>();
        foreach (var w in words)
        {
            foreach (var x in w)
            {
                normCounts[x.Norm] = normCounts.GetValueOrDefault(x.Norm) + 1;
            }
        }
        HashMap64<ulong>? caseInfo = null, casedAmbiguity = null;
        if ((options.Features & TaggerFeatures.Case) != 0)
        {
            (caseInfo, casedAmbiguity) = CaseTables(train, words, gold, normCounts, unlabeled ?? [], options.MinCaseCount);
            log.WriteLine($"tagger case tables: {caseInfo.Count} capitalisation profiles, {casedAmbiguity.Count} cased forms");
        }
        var groups = options.Features;
        WordClusters? own = null;
        if ((groups & TaggerFeatures.OwnClusters) != 0)
        {
            (own, clusters) = (clusters ?? WordClusters.None, null);
        }

        var probe = new TaggerModel(classUpos, classXpos, xposNames, classFeats, ambiguityMap,
            new FrozenWeights(kept.Count, 1, [], []), new FrozenWeights(kept.Count, 1, [], []), clusters, groups, caseInfo, casedAmbiguity, own);
        foreach (var w in words)
        {
            probe.FillAmbiguity(w);
        }
        var devWords = DevWords(probe, dev);
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
                if (options.RareWordDropout > 0 || options.TwiceSeenDropout > 0 || options.AnyWordDropout > 0)
                {
                    w = (WordInfo[])w.Clone();
                    for (var i = 0; i < w.Length; i++)
                    {
                        var seen = normCounts[w[i].Norm];
                        var rate = seen == 1 ? options.RareWordDropout : seen == 2 ? options.TwiceSeenDropout : options.AnyWordDropout;
                        // (No random draw for words that are never dropped, so default runs repeat earlier ones exactly.)
                        if (rate > 0 && rng.NextDouble() < rate)
                        {
                            w[i].Norm = TaggerModel.UnknownWord;
                            w[i].Form = TaggerModel.UnknownWord;
                            w[i].Amb = FeatureHash.None;
                            w[i].AmbC = w[i].AmbC == 0 ? 0 : FeatureHash.None;
                        }
                    }
                }
                var first = new int[w.Length];
                var second = new int[w.Length];
                for (var i = 0; i < w.Length; i++)
                {
                    step++;
                    var n = TaggerModel.Extract(w, i, first, default, features, groups);
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
                    var n = TaggerModel.Extract(w, i, second, first, features, groups);
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
                pass1.Freeze(step, options.PruneBelow), pass2.Freeze(step, options.PruneBelow), clusters, groups, caseInfo, casedAmbiguity, own);
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

    /// <summary>
    /// Capitalisation profiles (how often a word is capitalised where capitals are not forced: not first in the
    /// sentence, not after end punctuation) from the unlabelled text and from training words seen at least
    /// <paramref name="minCount"/> times (so that words shown as unknown in training look like unseen words);
    /// and the class sets of cased forms (capitals or digits) seen at least twice.
    /// </summary>
    private static (HashMap64<ulong> CaseInfo, HashMap64<ulong> CasedAmbiguity) CaseTables(IReadOnlyList<UdSentence> train,
        WordInfo[][] words, int[][] gold, Dictionary<ulong, int> normCounts, IReadOnlyList<IReadOnlyList<string>> unlabeled, int minCount)
    {
        var profile = new Dictionary<ulong, (int Lower, int Cap, int Upper)>();
        void Count(IReadOnlyList<string> forms, ReadOnlySpan<WordInfo> w, bool training)
        {
            for (var i = 1; i < forms.Count; i++)
            {
                var flags = (int)w[i].Flags;
                if ((flags & WordInfo.HasAlpha) == 0 || !char.IsLetter(forms[i][0]) || (training && normCounts[w[i].Norm] < minCount))
                {
                    continue;
                }
                var prev = forms[i - 1];
                if (!prev.Any(char.IsLetterOrDigit) && prev != ",")
                {
                    continue;
                }
                var p = profile.GetValueOrDefault(w[i].Norm);
                if ((flags & WordInfo.AllUpper) != 0)
                {
                    p.Upper++;
                }
                else if ((flags & WordInfo.InitUpper) != 0)
                {
                    p.Cap++;
                }
                else
                {
                    p.Lower++;
                }
                profile[w[i].Norm] = p;
            }
        }
        for (var si = 0; si < train.Count; si++)
        {
            Count(train[si].Forms, words[si], true);
        }
        var buffer = new WordInfo[16];
        foreach (var s in unlabeled)
        {
            if (buffer.Length < s.Count)
            {
                buffer = new WordInfo[s.Count * 2];
            }
            for (var i = 0; i < s.Count; i++)
            {
                WordInfo.Fill(s[i], ref buffer[i]);
            }
            Count(s, buffer, false);
        }
        var info = new Dictionary<ulong, ulong>();
        foreach (var (norm, p) in profile)
        {
            var n = p.Lower + p.Cap + p.Upper;
            var capped = p.Cap + p.Upper;
            var ratio = capped == 0 ? 0 : capped == n ? 4 : capped * 5 < n ? 1 : capped * 5 > 4 * n ? 3 : 2;
            var size = n == 1 ? 0 : n < 5 ? 1 : 2;
            var upper = p.Upper * 2 > n ? 1 : 0;
            info[norm] = FeatureHash.Mix(0x4341500000UL + (ulong)(ratio * 16 + size * 4 + upper));
        }
        var cased = new Dictionary<ulong, Dictionary<int, int>>();
        for (var si = 0; si < train.Count; si++)
        {
            for (var i = 0; i < words[si].Length; i++)
            {
                var w = words[si][i];
                if (w.Form == w.Norm)
                {
                    continue;
                }
                if (!cased.TryGetValue(w.Form, out var counts))
                {
                    cased[w.Form] = counts = [];
                }
                counts[gold[si][i]] = counts.GetValueOrDefault(gold[si][i]) + 1;
            }
        }
        var casedAmb = new Dictionary<ulong, ulong>();
        foreach (var (form, counts) in cased)
        {
            var total = counts.Values.Sum();
            if (total < 2)
            {
                continue;
            }
            var signature = FeatureHash.Start() ^ 0xCA5ED;
            foreach (var c in counts.Where(p => p.Value * 20 >= total).Select(p => p.Key).Order())
            {
                signature = FeatureHash.Mix(signature + (ulong)c + 1);
            }
            casedAmb[form] = signature;
        }
        return (HashMap64<ulong>.Build(info), HashMap64<ulong>.Build(casedAmb));
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
