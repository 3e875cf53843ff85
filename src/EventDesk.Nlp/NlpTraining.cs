using System.Diagnostics;
using EventDesk.Nlp.Common;
using EventDesk.Nlp.Lemmatization;
using EventDesk.Nlp.Parsing;
using EventDesk.Nlp.Tagging;

namespace EventDesk.Nlp;

/// <summary>
/// Entry points of <c>eventdesk train</c>: train the models on CoNLL-U treebanks, select the
/// epoch on dev only and write the model files. Deterministic for a given seed. Not thread-safe.
/// </summary>
public static class NlpTraining
{
    /// <summary>Trains the tagger and the lemmatizer; writes tagger.edm and lemmatizer.edm.</summary>
    /// <remarks>
    /// Word clusters (shared with the parser) are computed from the words of the training files plus
    /// <paramref name="unlabeledFiles"/> (CoNLL-U forms, JSON lines with a "text" field, or plain text);
    /// <paramref name="clusterOptions"/> null trains without clusters.
    /// </remarks>
    public static void TrainTagger(IReadOnlyList<string> trainFiles, IReadOnlyList<string> devFiles, string outDirectory,
        TaggerTrainingOptions options, TextWriter log, IReadOnlyList<string>? unlabeledFiles = null, WordClusterOptions? clusterOptions = null,
        string? lexiconFile = null)
    {
        var clock = Stopwatch.StartNew();
        var train = UdCorpus.Load(trainFiles);
        var dev = UdCorpus.Load(devFiles);
        log.WriteLine($"tagger: {train.Count} train sentences ({train.Sum(s => s.Length)} words), {dev.Count} dev sentences; seed {options.Seed}, {options.Epochs} epochs");
        WordClusters? clusters = null;
        if (clusterOptions is not null)
        {
            var text = train.Select(s => (IReadOnlyList<string>)s.Forms).ToList();
            foreach (var file in unlabeledFiles ?? [])
            {
                text.AddRange(UnlabeledSentences(file));
            }
            clusters = WordClusters.Build(text, clusterOptions);
            log.WriteLine($"word clusters: {clusters.Count} words from {text.Count} sentences ({text.Sum(s => s.Count)} words), depth {clusterOptions.MaxDepth}, {clock.Elapsed.TotalSeconds:F0}s");
        }
        WordLexicon? lexicon = null;
        if (!string.IsNullOrEmpty(lexiconFile))
        {
            lexicon = WordLexicon.Load(lexiconFile);
            log.WriteLine($"word lexicon: {lexicon.Count} words from {lexiconFile}");
        }
        var tagger = TaggerTrainer.Train(train, dev, options, log, clusters, lexicon);
        var taggerPath = Path.Combine(outDirectory, NlpModels.TaggerFile);
        tagger.Save(taggerPath);
        log.WriteLine($"wrote {taggerPath} ({new FileInfo(taggerPath).Length / 1024} KiB)");
        var lemmatizer = LemmatizerTrainer.Train(train);
        var lemmaPath = Path.Combine(outDirectory, NlpModels.LemmatizerFile);
        lemmatizer.Save(lemmaPath);
        log.WriteLine($"lemmatizer: {lemmatizer.LexiconSize} lexicon entries, {lemmatizer.RuleCount} suffix rules; dev lemma accuracy with gold XPOS {LemmaAccuracy(lemmatizer, dev):F2}");
        log.WriteLine($"wrote {lemmaPath} ({new FileInfo(lemmaPath).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F0}s");
    }

    /// <summary>
    /// Trains the parser on tags predicted by the tagger in <paramref name="outDirectory"/> (or by
    /// <paramref name="jackknifeFolds"/> taggers each trained without one fold); writes parser.edm.
    /// </summary>
    public static void TrainParser(IReadOnlyList<string> trainFiles, IReadOnlyList<string> devFiles, string outDirectory,
        ParserTrainingOptions options, int jackknifeFolds, TaggerTrainingOptions foldTaggerOptions, TextWriter log, string? tagCache = null)
    {
        var clock = Stopwatch.StartNew();
        var tagger = TaggerModel.Load(Path.Combine(outDirectory, NlpModels.TaggerFile));
        var train = UdCorpus.Load(trainFiles);
        var dev = UdCorpus.Load(devFiles);
        var labels = train.SelectMany(s => s.Deprels).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (labels.Length > 64)
        {
            var frequent = train.SelectMany(s => s.Deprels).CountBy(l => l).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(63).Select(p => p.Key).Append("dep").Distinct().Order(StringComparer.Ordinal).ToArray();
            labels = frequent;
        }
        log.WriteLine($"parser: {train.Count} train sentences, {dev.Count} dev sentences, {labels.Length} labels; seed {options.Seed}, {options.Epochs} epochs");
        int[][]? trainTags = tagCache is not null ? ReadTagCache(tagCache, train, NlpModels.TagsetSignature(tagger), jackknifeFolds, foldTaggerOptions) : null;
        if (trainTags is not null)
        {
            log.WriteLine($"training tags from {tagCache}");
        }
        else if (jackknifeFolds > 1)
        {
            trainTags = new int[train.Count][];
            for (var fold = 0; fold < jackknifeFolds; fold++)
            {
                var held = new List<int>();
                var rest = new List<UdSentence>();
                for (var i = 0; i < train.Count; i++)
                {
                    if (JackknifeFold(train[i], jackknifeFolds) == fold)
                    {
                        held.Add(i);
                    }
                    else
                    {
                        rest.Add(train[i]);
                    }
                }
                log.WriteLine($"jackknife fold {fold + 1}/{jackknifeFolds}: tagging {held.Count} sentences");
                var foldTagger = TaggerTrainer.Train(rest, [], foldTaggerOptions, TextWriter.Null, tagger.Clusters, tagger.Lexicon);
                foreach (var i in held)
                {
                    var classes = TagWith(foldTagger, train[i]);
                    // Fold taggers may number classes differently: map through (UPOS, XPOS) names.
                    trainTags[i] = classes.Select(c => MapClass(foldTagger, tagger, c)).ToArray();
                }
            }
        }
        else
        {
            trainTags = train.Select(s => TagWith(tagger, s)).ToArray();
        }
        if (tagCache is not null && !File.Exists(tagCache))
        {
            WriteTagCache(tagCache, trainTags, train, NlpModels.TagsetSignature(tagger), jackknifeFolds, foldTaggerOptions);
        }
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var depId = labelIds.GetValueOrDefault("dep");
        ParserExample Example(UdSentence s, int[] tags)
        {
            var words = new WordInfo[s.Length];
            for (var i = 0; i < s.Length; i++)
            {
                WordInfo.Fill(s.Forms[i], ref words[i]);
            }
            tagger.Clusters.Fill(words);
            return new ParserExample(words, tags, s.Heads, s.Deprels.Select(d => labelIds.GetValueOrDefault(d, depId)).ToArray());
        }
        var trainExamples = train.Select((s, i) => Example(s, trainTags[i])).ToArray();
        var tagAccuracy = 100.0 * train.Select((s, i) => s.Upos.Where((u, j) => tagger.ClassUpos[trainTags[i][j]].ToString() == u).Count()).Sum() / train.Sum(s => s.Length);
        log.WriteLine($"predicted train UPOS accuracy {tagAccuracy:F2}");
        var devExamples = dev.Select(s => Example(s, TagWith(tagger, s))).ToArray();
        var parser = ParserTrainer.Train(labels, NlpModels.TagsetSignature(tagger), trainExamples, devExamples, options, log);
        var path = Path.Combine(outDirectory, NlpModels.ParserFile);
        parser.Save(path);
        log.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F0}s");
    }

    /// <summary>Rewrites the tagger and parser of <paramref name="directory"/> in the current file layout (same weights).</summary>
    /// <remarks>
    /// <paramref name="averageWith"/> lists further parser files (same labels and tag set, e.g. other seeds)
    /// whose weights are averaged with the folder's parser before pruning.
    /// </remarks>
    /// <paramref name="averageTaggers"/> likewise lists tagger files averaged with the folder's tagger.
    /// <paramref name="beamMargin"/> (null: keep) sets the parser's <see cref="ParserModel.BeamMargin"/>.
    public static void Reencode(string directory, TextWriter log, int beam = 0, float? beamMargin = null, int actionPrune = 0, int labelPrune = 0,
        IReadOnlyList<string>? averageWith = null, IReadOnlyList<string>? averageTaggers = null)
    {
        var taggerPath = Path.Combine(directory, NlpModels.TaggerFile);
        var parserPath = Path.Combine(directory, NlpModels.ParserFile);
        var tagger = TaggerModel.Load(taggerPath);
        var parser = ParserModel.Load(parserPath);
        if (averageTaggers is { Count: > 0 })
        {
            tagger = TaggerModel.Average([tagger, .. averageTaggers.Select(TaggerModel.Load)], 2);
            log.WriteLine($"averaged the tagger with {string.Join(", ", averageTaggers)}: rows {tagger.Pass1.Rows}+{tagger.Pass2.Rows}");
        }
        if (averageWith is { Count: > 0 })
        {
            parser = ParserModel.Average([parser, .. averageWith.Select(ParserModel.Load)], 2);
            log.WriteLine($"averaged the parser with {string.Join(", ", averageWith)}: rows {parser.Actions.Rows}+{parser.LabelWeights.Rows}");
        }
        if (beam > 0 || beamMargin is not null)
        {
            parser = parser.WithBeam(beam > 0 ? beam : parser.BeamWidth, beamMargin);
        }
        if (actionPrune > 0 || labelPrune > 0)
        {
            parser = parser.Pruned(actionPrune, labelPrune);
        }
        tagger.Save(taggerPath);
        parser.Save(parserPath);
        log.WriteLine($"rewrote {taggerPath} ({new FileInfo(taggerPath).Length / 1024} KiB) and {parserPath} ({new FileInfo(parserPath).Length / 1024} KiB)");
        // The lemmatizer only moves to the current container (checksum, compression), its payload unchanged; the
        // entity model is read and written again (its weights are stored quantised, so they do not change), which
        // stores its gazetteer's tables.
        var lemmatizerPath = Path.Combine(directory, NlpModels.LemmatizerFile);
        if (File.Exists(lemmatizerPath))
        {
            ModelFile.Rewrite(lemmatizerPath);
            log.WriteLine($"rewrote {lemmatizerPath} ({new FileInfo(lemmatizerPath).Length / 1024} KiB)");
        }
        var nerPath = Path.Combine(directory, Ner.NerModel.FileName);
        if (File.Exists(nerPath))
        {
            Ner.NerModel.Load(nerPath).Save(nerPath);
            log.WriteLine($"rewrote {nerPath} ({new FileInfo(nerPath).Length / 1024} KiB)");
        }
    }

    internal static IEnumerable<IReadOnlyList<string>> UnlabeledSentences(string file)
    {
        if (file.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
        {
            return UdCorpus.Load([file]).Select(s => (IReadOnlyList<string>)s.Forms);
        }
        var result = new List<IReadOnlyList<string>>();
        foreach (var line in File.ReadLines(file))
        {
            var text = line;
            if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                using var json = System.Text.Json.JsonDocument.Parse(line);
                text = json.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            }
            result.AddRange(WordClusters.TokenizeText(text));
        }
        return result;
    }

    /// <summary>
    /// The fold of a sentence, from its words: a training file listed twice (to weight it) puts both
    /// copies of a sentence in the same fold, so no fold tagger is trained on the sentences it tags.
    /// </summary>
    private static int JackknifeFold(UdSentence sentence, int folds)
    {
        var h = FeatureHash.Start();
        foreach (var f in sentence.Forms)
        {
            h = FeatureHash.Mix(h ^ FeatureHash.Of(f));
        }
        return (int)(h % (ulong)folds);
    }

    private static ulong TagCacheKey(IReadOnlyList<UdSentence> train, ulong signature, int folds, TaggerTrainingOptions fold)
    {
        // 2: folds are chosen by sentence content (JackknifeFold), no longer by position.
        var h = FeatureHash.Mix(signature + (ulong)folds + (2UL << 32));
        h = FeatureHash.Mix(h + (ulong)fold.Epochs + ((ulong)fold.Seed << 20));
        foreach (var s in train)
        {
            foreach (var f in s.Forms)
            {
                h = FeatureHash.Mix(h ^ FeatureHash.Of(f));
            }
        }
        return h;
    }

    private static void WriteTagCache(string path, int[][] tags, IReadOnlyList<UdSentence> train, ulong signature, int folds, TaggerTrainingOptions fold)
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write(TagCacheKey(train, signature, folds, fold));
        w.Write(tags.Length);
        foreach (var t in tags)
        {
            w.Write(t.Length);
            foreach (var c in t)
            {
                w.Write((short)c);
            }
        }
    }

    private static int[][]? ReadTagCache(string path, IReadOnlyList<UdSentence> train, ulong signature, int folds, TaggerTrainingOptions fold)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadUInt64() != TagCacheKey(train, signature, folds, fold) || r.ReadInt32() != train.Count)
        {
            return null;
        }
        var tags = new int[train.Count][];
        for (var i = 0; i < tags.Length; i++)
        {
            var n = r.ReadInt32();
            if (n != train[i].Length)
            {
                return null;
            }
            tags[i] = new int[n];
            for (var j = 0; j < n; j++)
            {
                tags[i][j] = r.ReadInt16();
            }
        }
        return tags;
    }

    private static int MapClass(TaggerModel from, TaggerModel to, int c)
    {
        var upos = from.ClassUpos[c];
        var xpos = from.XposNames[from.ClassXpos[c]];
        var fallback = -1;
        for (var k = 0; k < to.Classes; k++)
        {
            if (to.XposNames[to.ClassXpos[k]] != xpos)
            {
                continue;
            }
            if (to.ClassUpos[k] == upos)
            {
                return k;
            }
            if (fallback < 0)
            {
                fallback = k;
            }
        }
        return Math.Max(0, fallback);
    }

    private static int[] TagWith(TaggerModel tagger, UdSentence s)
    {
        var words = new WordInfo[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            WordInfo.Fill(s.Forms[i], ref words[i]);
        }
        tagger.FillAmbiguity(words);
        var classes = new int[s.Length];
        tagger.Tag(words, classes, new int[s.Length]);
        return classes;
    }

    private static double LemmaAccuracy(LemmatizerModel lemmatizer, IReadOnlyList<UdSentence> dev)
    {
        long ok = 0, total = 0;
        foreach (var s in dev)
        {
            for (var i = 0; i < s.Length; i++)
            {
                total++;
                if (lemmatizer.Lemmatize(s.Forms[i], s.Xpos[i], LemmatizerModel.XposKey(s.Xpos[i]), out _) == s.Lemmas[i])
                {
                    ok++;
                }
            }
        }
        return total == 0 ? 0 : 100.0 * ok / total;
    }
}
