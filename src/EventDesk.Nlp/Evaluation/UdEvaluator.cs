using System.Diagnostics;
using EventDesk.Text;
using EventDesk.Text.Corpora;

namespace EventDesk.Nlp.Evaluation;

/// <summary>Scores of one accuracy run, in percent (CoNLL 2018 definitions).</summary>
public sealed record UdScores
{
    public required string Gold { get; init; }
    public required string Mode { get; init; }
    public int Sentences { get; init; }
    public int Tokens { get; init; }
    public double Upos { get; init; }
    public double Xpos { get; init; }
    public double Feats { get; init; }
    public double Lemma { get; init; }
    public double Uas { get; init; }

    /// <summary>Labelled attachment on the universal part of the relation (CoNLL 2018).</summary>
    public double Las { get; init; }

    /// <summary>Labelled attachment on the full relation including subtypes (nmod:poss).</summary>
    public double LasFull { get; init; }

    /// <summary>Tokenisation F1 (1.0 with gold tokens).</summary>
    public double WordsF1 { get; init; }

    public double SentencesF1 { get; init; }

    public double TokensPerSecond { get; init; }

    /// <summary>The most frequent UPOS errors as "GOLD as PREDICTED" with counts (gold-token mode), for error analysis.</summary>
    public IReadOnlyDictionary<string, int>? UposConfusions { get; init; }
}

/// <summary>
/// The UD accuracy runner: annotates gold CoNLL-U data with the NLP pipeline and scores it.
/// Thread-safe (no shared state).
/// </summary>
public static class UdEvaluator
{
    /// <summary>Gold tokenisation and sentences: each chunk of sentences becomes one document.</summary>
    /// <param name="predictions">When given, receives the predicted analysis as CoNLL-U (for error analysis).</param>
    public static UdScores EvaluateGoldTokens(NlpModels models, string goldPath, TextWriter? predictions = null)
    {
        var gold = ConlluReader.ReadAll(goldPath);
        var pipeline = new PipelineBuilder()
            .Add(new GoldTokens())
            .Add(new PosTagger(models))
            .Add(new Lemmatizer(models))
            .Add(new DependencyParser(models))
            .Build();
        long upos = 0, xpos = 0, feats = 0, lemma = 0, uas = 0, las = 0, lasFull = 0, total = 0;
        var confusions = new Dictionary<string, int>(StringComparer.Ordinal);
        var elapsed = 0L;
        const int chunk = 100;
        for (var start = 0; start < gold.Count; start += chunk)
        {
            var part = gold.GetRange(start, Math.Min(chunk, gold.Count - start));
            var document = GoldTokens.Build(part, out var words);
            var t0 = Stopwatch.GetTimestamp();
            pipeline.Annotate(document);
            elapsed += Stopwatch.GetTimestamp() - t0;
            var pos = document.Layers.Get(NlpLayers.Pos);
            var lemmas = document.Layers.Get(NlpLayers.Lemmas);
            var deps = document.Layers.Get(NlpLayers.Dependencies);
            var sentences = document.Sentences;
            for (var si = 0; si < sentences.Count; si++)
            {
                var first = sentences.FirstTokenOf(si);
                var sentenceWords = part[si].Words;
                for (var i = 0; i < sentenceWords.Count; i++)
                {
                    var g = sentenceWords[i];
                    var t = first + i;
                    total++;
                    if (predictions is not null)
                    {
                        var predictedHead = deps.HeadOf(t) < 0 ? 0 : deps.HeadOf(t) - first + 1;
                        predictions.WriteLine(string.Join('\t', i + 1, g.Form, lemmas.LemmaOf(t), pos.UposOf(t),
                            pos.XposOf(t), lemmas.FeatsOf(t), predictedHead, deps.RelationOf(t), "_", "_"));
                    }
                    var predicted = pos.UposOf(t).ToString();
                    if (predicted == g.Upos)
                    {
                        upos++;
                    }
                    else
                    {
                        var key = g.Upos + " as " + predicted;
                        confusions[key] = confusions.GetValueOrDefault(key) + 1;
                    }
                    xpos += pos.XposOf(t) == g.Xpos ? 1 : 0;
                    feats += lemmas.FeatsOf(t) == g.Feats ? 1 : 0;
                    lemma += lemmas.LemmaOf(t) == g.Lemma ? 1 : 0;
                    var head = deps.HeadOf(t) < 0 ? 0 : deps.HeadOf(t) - first + 1;
                    if (head == g.Head)
                    {
                        uas++;
                        var rel = deps.RelationOf(t);
                        las += Universal(rel).SequenceEqual(Universal(g.Deprel)) ? 1 : 0;
                        lasFull += rel == g.Deprel ? 1 : 0;
                    }
                }
                predictions?.WriteLine();
            }
            _ = words;
        }
        double Pct(long x) => total == 0 ? 0 : Math.Round(100.0 * x / total, 2);
        var seconds = (double)elapsed / Stopwatch.Frequency;
        return new UdScores
        {
            Gold = goldPath,
            Mode = "gold-tokens",
            Sentences = gold.Count,
            Tokens = (int)total,
            Upos = Pct(upos),
            Xpos = Pct(xpos),
            Feats = Pct(feats),
            Lemma = Pct(lemma),
            Uas = Pct(uas),
            Las = Pct(las),
            LasFull = Pct(lasFull),
            WordsF1 = 100,
            SentencesF1 = 100,
            TokensPerSecond = seconds > 0 ? Math.Round(total / seconds) : 0,
            UposConfusions = confusions.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(20)
                .ToDictionary(p => p.Key, p => p.Value),
        };
    }

    /// <summary>
    /// Throughput of tag + lemma + parse on the gold words of <paramref name="goldPath"/> in one
    /// thread: tokens per second of each of <paramref name="runs"/> passes over the file (documents
    /// of 100 sentences are built outside the timed part).
    /// </summary>
    public static IReadOnlyList<double> MeasureSpeed(NlpModels models, string goldPath, int runs)
    {
        var gold = ConlluReader.ReadAll(goldPath);
        var pipeline = new PipelineBuilder()
            .Add(new GoldTokens())
            .Add(new PosTagger(models))
            .Add(new Lemmatizer(models))
            .Add(new DependencyParser(models))
            .Build();
        var result = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var documents = new List<Document>();
            long tokens = 0;
            for (var start = 0; start < gold.Count; start += 100)
            {
                documents.Add(GoldTokens.Build(gold.GetRange(start, Math.Min(100, gold.Count - start)), out var words));
                tokens += words;
            }
            var t0 = Stopwatch.GetTimestamp();
            foreach (var document in documents)
            {
                pipeline.Annotate(document);
            }
            var seconds = (double)(Stopwatch.GetTimestamp() - t0) / Stopwatch.Frequency;
            result.Add(seconds > 0 ? tokens / seconds : 0);
        }
        return result;
    }

    /// <summary>
    /// Raw text rebuilt from the gold file, tokenised and split by <paramref name="tokenizer"/>;
    /// predicted tokens align to gold words by identical character spans (CoNLL 2018 style), and
    /// each score is an F1 over gold and predicted words.
    /// </summary>
    public static UdScores EvaluateRaw(NlpModels models, string goldPath, IAnnotator tokenizer)
    {
        var documents = ConlluText.ReadFile(goldPath);
        var pipeline = new PipelineBuilder()
            .Add(tokenizer)
            .Add(new PosTagger(models))
            .Add(new Lemmatizer(models))
            .Add(new DependencyParser(models))
            .Build();
        long upos = 0, xpos = 0, feats = 0, lemma = 0, uas = 0, las = 0, lasFull = 0, aligned = 0, goldWords = 0, systemWords = 0;
        long goldSentences = 0, systemSentences = 0, sentenceMatches = 0;
        var elapsed = 0L;
        foreach (var gold in documents)
        {
            var document = new Document(gold.Id, gold.Text);
            var t0 = Stopwatch.GetTimestamp();
            pipeline.Annotate(document);
            elapsed += Stopwatch.GetTimestamp() - t0;
            var tokens = document.Tokens;
            var pos = document.Layers.Get(NlpLayers.Pos);
            var lemmas = document.Layers.Get(NlpLayers.Lemmas);
            var deps = document.Layers.Get(NlpLayers.Dependencies);
            systemWords += tokens.Count;
            goldWords += gold.Words.Count;
            var byStart = new Dictionary<(int, int), int>();
            for (var t = 0; t < tokens.Count; t++)
            {
                byStart[(tokens.Starts[t], tokens.Ends[t])] = t;
            }
            // Gold word index of each sentence's words, to resolve gold heads.
            var sentenceFirst = new int[gold.Sentences.Count];
            for (var w = gold.Words.Count - 1; w >= 0; w--)
            {
                sentenceFirst[gold.Words[w].Sentence] = w;
            }
            var goldSpans = new HashSet<(int, int)>();
            foreach (var sspan in gold.Sentences)
            {
                goldSpans.Add((sspan.Start, sspan.End));
            }
            goldSentences += gold.Sentences.Count;
            foreach (var sentence in document.Sentences)
            {
                systemSentences++;
                if (sentence.TokenCount > 0)
                {
                    var first = tokens.SpanOf(sentence.FirstToken);
                    var last = tokens.SpanOf(sentence.EndToken - 1);
                    if (goldSpans.Contains((first.Start, last.End)))
                    {
                        sentenceMatches++;
                    }
                }
            }
            for (var w = 0; w < gold.Words.Count; w++)
            {
                var gw = gold.Words[w];
                if (!gw.ExactSpan || !byStart.TryGetValue((gw.Span.Start, gw.Span.End), out var t))
                {
                    continue;
                }
                aligned++;
                var g = gold.Source[gw.Sentence].Words[gw.WordIndex];
                upos += pos.UposOf(t).ToString() == g.Upos ? 1 : 0;
                xpos += pos.XposOf(t) == g.Xpos ? 1 : 0;
                feats += lemmas.FeatsOf(t) == g.Feats ? 1 : 0;
                lemma += lemmas.LemmaOf(t) == g.Lemma ? 1 : 0;
                var predictedHead = deps.HeadOf(t);
                bool headOk;
                if (g.Head == 0)
                {
                    headOk = predictedHead < 0;
                }
                else
                {
                    var gh = gold.Words[sentenceFirst[gw.Sentence] + g.Head - 1];
                    headOk = predictedHead >= 0 && gh.ExactSpan && tokens.Starts[predictedHead] == gh.Span.Start && tokens.Ends[predictedHead] == gh.Span.End;
                }
                if (headOk)
                {
                    uas++;
                    var rel = deps.RelationOf(t);
                    las += Universal(rel).SequenceEqual(Universal(g.Deprel)) ? 1 : 0;
                    lasFull += rel == g.Deprel ? 1 : 0;
                }
            }
        }
        double F1(long x) => goldWords + systemWords == 0 ? 0 : Math.Round(200.0 * x / (goldWords + systemWords), 2);
        var seconds = (double)elapsed / Stopwatch.Frequency;
        return new UdScores
        {
            Gold = goldPath,
            Mode = "raw-text",
            Sentences = (int)goldSentences,
            Tokens = (int)goldWords,
            Upos = F1(upos),
            Xpos = F1(xpos),
            Feats = F1(feats),
            Lemma = F1(lemma),
            Uas = F1(uas),
            Las = F1(las),
            LasFull = F1(lasFull),
            WordsF1 = F1(aligned),
            SentencesF1 = goldSentences + systemSentences == 0 ? 0 : Math.Round(200.0 * sentenceMatches / (goldSentences + systemSentences), 2),
            TokensPerSecond = seconds > 0 ? Math.Round(systemWords / seconds) : 0,
        };
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    /// <summary>Provides the gold tokens and sentences that <see cref="Build"/> put in the document.</summary>
    private sealed class GoldTokens : IAnnotator
    {
        private static readonly LayerKey<Holder> Pending = new("gold-conllu");

        public string Name => "gold-tokens";
        public string Version => "1";
        public IReadOnlyList<LayerKey> Requires { get; } = [];
        public IReadOnlyList<LayerKey> Produces { get; } = [CoreLayers.Tokens, CoreLayers.Sentences];

        private sealed class Holder(TokenLayer tokens, SentenceLayer sentences)
        {
            public TokenLayer Tokens { get; } = tokens;
            public SentenceLayer Sentences { get; } = sentences;
        }

        public void Annotate(Document document)
        {
            var holder = document.Layers.Get(Pending);
            var provenance = new LayerProvenance(Name, Version);
            document.Layers.Add(CoreLayers.Tokens, holder.Tokens, provenance);
            document.Layers.Add(CoreLayers.Sentences, holder.Sentences, provenance);
        }

        /// <summary>A document whose text is the gold words joined by spaces, one sentence per line.</summary>
        public static Document Build(List<ConlluSentence> sentences, out int words)
        {
            var text = new System.Text.StringBuilder();
            var starts = new List<int>();
            var ends = new List<int>();
            var sStarts = new List<int>();
            var sEnds = new List<int>();
            var sFirst = new List<int>();
            var sCount = new List<int>();
            foreach (var s in sentences)
            {
                sStarts.Add(text.Length);
                sFirst.Add(starts.Count);
                sCount.Add(s.Words.Count);
                for (var i = 0; i < s.Words.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(' ');
                    }
                    starts.Add(text.Length);
                    text.Append(s.Words[i].Form);
                    ends.Add(text.Length);
                }
                sEnds.Add(text.Length);
                text.Append('\n');
            }
            words = starts.Count;
            var content = text.ToString();
            var document = new Document("gold", content);
            var tokens = new TokenLayer(content, [.. starts], [.. ends]);
            var layer = new SentenceLayer([.. sStarts], [.. sEnds], [.. sFirst], [.. sCount], new int[sStarts.Count]);
            document.Layers.Add(Pending, new Holder(tokens, layer), new LayerProvenance("gold", "1"));
            return document;
        }
    }
}
