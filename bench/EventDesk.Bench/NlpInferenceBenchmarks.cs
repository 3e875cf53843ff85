using BenchmarkDotNet.Attributes;
using EventDesk.Coding.Composition;
using EventDesk.Nlp;
using EventDesk.Nlp.Common;
using EventDesk.Nlp.Parsing;
using EventDesk.Text;

namespace EventDesk.Bench;

/// <summary>
/// The tagger, the beam parser and the tagger's weight table alone (tokenised and tagged once in
/// the setup): the inference loops without the annotators' per-document work. The text is the raw
/// text of UD English EWT dev (../shared/corpora; 2,001 distinct sentences, 25k tokens), because
/// the weight tables are far larger than the caches and a corpus that repeats itself (like the
/// example articles x 8 of the other benchmarks) would keep its few features in the cache and hide
/// the memory latency that dominates real input. Without the shared corpora it falls back to the
/// example articles. One operation = all sentences.
/// </summary>
[MemoryDiagnoser]
public class NlpInferenceBenchmarks
{
    private NlpModels _models = null!;
    private WordInfo[][] _words = [];
    private WordInfo[][] _parserWords = [];
    private int[][] _tags = [];
    private ulong[][] _taggerFeatures = [];
    private int[] _classes = [];
    private int[] _first = [];
    private int[] _scores = [];
    private int[] _heads = [];
    private int[] _labels = [];
    private ParseState _state = new();

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = NewsPipeline.Create();
        _models = NlpModels.Load();
        var tokenizer = pipeline.Annotators.TakeWhile(a => a.Name != "pos-tagger").ToArray();
        var words = new List<WordInfo[]>();
        var parserWords = new List<WordInfo[]>();
        var tags = new List<int[]>();
        var features = new List<ulong[]>();
        var tagger = _models.Tagger;
        var max = 0;
        foreach (var (text, i) in Texts().Select((t, i) => (t, i)))
        {
            var document = new Document("d" + i, text);
            foreach (var a in tokenizer)
            {
                a.Annotate(document);
            }
            foreach (var sentence in document.Sentences)
            {
                var n = sentence.TokenCount;
                max = Math.Max(max, n);
                var w = new WordInfo[n];
                SentenceWords.Fill(document.Tokens, sentence.FirstToken, w);
                var p = (WordInfo[])w.Clone();
                tagger.Clusters.Fill(p);
                tagger.FillAmbiguity(w);
                var classes = new int[n];
                tagger.Tag(w, classes, new int[n]);
                for (var k = 0; k < n; k++)
                {
                    var f = new ulong[Nlp.Tagging.TaggerModel.MaxFeatures];
                    var count = Nlp.Tagging.TaggerModel.Extract(w, k, classes, classes, f);
                    features.Add(f[..count]);
                }
                words.Add(w);
                parserWords.Add(p);
                tags.Add(classes);
            }
        }
        _words = [.. words];
        _parserWords = [.. parserWords];
        _tags = [.. tags];
        _taggerFeatures = [.. features];
        _classes = new int[max];
        _first = new int[max];
        _heads = new int[max];
        _labels = new int[max];
        _scores = new int[tagger.Classes];
    }

    private static IReadOnlyList<string> Texts()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var dev = Path.Combine(dir.FullName, "shared", "corpora", "ud_english_ewt", "en_ewt-ud-dev.conllu");
            if (File.Exists(dev))
            {
                return Text.Corpora.ConlluText.ReadFile(dev).Select(d => d.Text).ToList();
            }
        }
        return BenchCorpus.Texts();
    }

    /// <summary>Both passes of the tagger over every sentence.</summary>
    [Benchmark]
    public int Tagger()
    {
        var sum = 0;
        foreach (var w in _words)
        {
            _models.Tagger.Tag(w, _classes.AsSpan(0, w.Length), _first.AsSpan(0, w.Length));
            sum += _classes[0];
        }
        return sum;
    }

    /// <summary>The second-pass weight table alone: one lookup-and-sum per word (~70 features).</summary>
    [Benchmark]
    public int TaggerWeightTable()
    {
        var sum = 0;
        var table = _models.Tagger.Pass2;
        foreach (var f in _taggerFeatures)
        {
            Array.Clear(_scores);
            table.Score(f, _scores);
            sum += _scores[0];
        }
        return sum;
    }

    /// <summary>The beam-8 parser over every sentence (predicted tags).</summary>
    [Benchmark]
    public int BeamParser()
    {
        var sum = 0;
        for (var i = 0; i < _parserWords.Length; i++)
        {
            var w = _parserWords[i];
            _models.Parser.Parse(w, _tags[i], _state, _heads, _labels);
            sum += _heads[0];
        }
        return sum;
    }
}
