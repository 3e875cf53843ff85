using EventDesk.Nlp.Common;
using EventDesk.Nlp.Lemmatization;
using EventDesk.Nlp.Parsing;
using EventDesk.Nlp.Tagging;
using Xunit;

namespace EventDesk.Nlp.Tests;

public class ModelTests
{
    private static readonly Lazy<(TaggerModel Tagger, LemmatizerModel Lemmatizer, ParserModel Parser)> Tiny = new(TrainTiny);

    private static (TaggerModel, LemmatizerModel, ParserModel) TrainTiny()
    {
        var sentences = TinyCorpus.Sentences();
        var tagger = TaggerTrainer.Train(sentences, sentences, new TaggerTrainingOptions { Epochs = 10, RareWordDropout = 0, PruneBelow = 0, MinClassCount = 1 }, TextWriter.Null);
        var lemmatizer = LemmatizerTrainer.Train(sentences, minRuleCount: 1);
        var labels = sentences.SelectMany(s => s.Deprels).Append("dep").Distinct().Order(StringComparer.Ordinal).ToArray();
        var examples = sentences.Select(s => Example(tagger, labels, s)).ToArray();
        var parser = ParserTrainer.Train(labels, NlpModels.TagsetSignature(tagger), examples, examples,
            new ParserTrainingOptions { Epochs = 15, PruneBelow = 0 }, TextWriter.Null);
        return (tagger, lemmatizer, parser);
    }

    private static ParserExample Example(TaggerModel tagger, string[] labels, UdSentence s)
    {
        var words = Words(s);
        var tagWords = Words(s);
        tagger.FillAmbiguity(tagWords);
        var tags = new int[s.Length];
        tagger.Tag(tagWords, tags, new int[s.Length]);
        return new ParserExample(words, tags, s.Heads, s.Deprels.Select(d => Array.IndexOf(labels, d)).ToArray());
    }

    private static WordInfo[] Words(UdSentence s)
    {
        var words = new WordInfo[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            WordInfo.Fill(s.Forms[i], ref words[i]);
        }
        return words;
    }

    [Fact]
    public void Tiny_tagger_reproduces_its_training_tags()
    {
        var tagger = Tiny.Value.Tagger;
        foreach (var s in TinyCorpus.Sentences())
        {
            var words = Words(s);
            tagger.FillAmbiguity(words);
            var tags = new int[s.Length];
            tagger.Tag(words, tags, new int[s.Length]);
            for (var i = 0; i < s.Length; i++)
            {
                Assert.Equal(s.Upos[i], tagger.ClassUpos[tags[i]].ToString());
                Assert.Equal(s.Xpos[i], tagger.XposNames[tagger.ClassXpos[tags[i]]]);
            }
        }
    }

    [Fact]
    public void Tiny_beam_parser_reproduces_its_training_trees_and_round_trips()
    {
        var sentences = TinyCorpus.Sentences();
        var tagger = Tiny.Value.Tagger;
        var labels = Tiny.Value.Parser.Labels;
        var examples = sentences.Select(s => Example(tagger, labels, s)).ToArray();
        var parser = ParserTrainer.Train(labels, NlpModels.TagsetSignature(tagger), examples, examples,
            new ParserTrainingOptions { Epochs = 15, PruneBelow = 0, Beam = 4 }, TextWriter.Null);
        Assert.Equal(4, parser.BeamWidth);
        var bytes = ModelFile.ToBytes(ParserModel.Kind, parser.Write);
        var loaded = ModelFile.FromBytes(bytes, "beam.edm", ParserModel.Kind, ParserModel.Read);
        Assert.Equal(4, loaded.BeamWidth);
        Assert.Equal(0f, loaded.BeamMargin);
        // A margin is stored after the width (a second trailer layout); a file without one keeps the first.
        var withMargin = ModelFile.FromBytes(ModelFile.ToBytes(ParserModel.Kind, parser.WithBeam(4, 12.5f).Write), "margin.edm",
            ParserModel.Kind, ParserModel.Read);
        Assert.Equal((4, 12.5f), (withMargin.BeamWidth, withMargin.BeamMargin));
        Assert.Equal(bytes, ModelFile.ToBytes(ParserModel.Kind, withMargin.WithBeam(4, 0).Write));
        var state = new ParseState();
        foreach (var ex in examples)
        {
            var heads = new int[ex.Words.Length];
            var rels = new int[ex.Words.Length];
            loaded.Parse(ex.Words, ex.Tags, state, heads, rels);
            Assert.Equal(ex.GoldHeads, heads);
            Assert.Equal(ex.GoldLabels, rels);
        }
    }

    [Fact]
    public void Averaged_taggers_of_two_seeds_reproduce_the_training_tags()
    {
        var sentences = TinyCorpus.Sentences();
        var seeds = new[] { 1, 2 }.Select(seed => TaggerTrainer.Train(sentences, sentences,
            new TaggerTrainingOptions { Epochs = 10, RareWordDropout = 0, PruneBelow = 0, MinClassCount = 1, Seed = seed }, TextWriter.Null)).ToArray();
        var tagger = TaggerModel.Average([seeds[0], seeds[0], seeds[1]], 0);
        Assert.True(tagger.Pass1.Rows >= seeds.Max(t => t.Pass1.Rows));
        foreach (var s in sentences)
        {
            var words = Words(s);
            tagger.FillAmbiguity(words);
            var tags = new int[s.Length];
            tagger.Tag(words, tags, new int[s.Length]);
            Assert.Equal(s.Upos, tags.Select(t => tagger.ClassUpos[t].ToString()).ToArray());
        }
    }

    [Fact]
    public void Averaged_beam_parsers_of_two_seeds_reproduce_the_training_trees()
    {
        var sentences = TinyCorpus.Sentences();
        var tagger = Tiny.Value.Tagger;
        var labels = Tiny.Value.Parser.Labels;
        var examples = sentences.Select(s => Example(tagger, labels, s)).ToArray();
        var runs = new[] { 1, 2 }.Select(seed => ParserTrainer.Train(labels, NlpModels.TagsetSignature(tagger), examples, examples,
            new ParserTrainingOptions { Epochs = 15, PruneBelow = 0, Beam = 4, Seed = seed }, TextWriter.Null)).ToArray();
        var averaged = ParserModel.Average(runs, 0);
        Assert.Equal(4, averaged.BeamWidth);
        Assert.True(averaged.Actions.Rows >= runs.Max(r => r.Actions.Rows));
        var state = new ParseState();
        foreach (var ex in examples)
        {
            var heads = new int[ex.Words.Length];
            var rels = new int[ex.Words.Length];
            averaged.Parse(ex.Words, ex.Tags, state, heads, rels);
            Assert.Equal(ex.GoldHeads, heads);
            Assert.Equal(ex.GoldLabels, rels);
        }
        var other = new ParserModel([.. labels.Reverse()], NlpModels.TagsetSignature(tagger), runs[0].Actions, runs[0].LabelWeights, 4);
        Assert.Throws<ArgumentException>(() => ParserModel.Average([runs[0], other], 0));
    }

    [Fact]
    public void Tiny_parser_reproduces_its_training_trees()
    {
        var (tagger, _, parser) = Tiny.Value;
        var labels = parser.Labels;
        var state = new ParseState();
        foreach (var s in TinyCorpus.Sentences())
        {
            var ex = Example(tagger, labels, s);
            var heads = new int[s.Length];
            var rels = new int[s.Length];
            parser.Parse(ex.Words, ex.Tags, state, heads, rels);
            Assert.Equal(s.Heads, heads);
            Assert.Equal(s.Deprels, rels.Select(r => labels[r]).ToArray());
        }
    }

    [Fact]
    public void Lemmatizer_uses_the_lexicon_and_learned_suffix_rules()
    {
        var lemmatizer = Tiny.Value.Lemmatizer;
        Assert.Equal("attack", lemmatizer.Lemmatize("attacked", "VBD", LemmatizerModel.XposKey("VBD"), out var feats));
        Assert.Equal("Mood=Ind|Tense=Past|VerbForm=Fin", feats);
        Assert.Equal("the", lemmatizer.Lemmatize("The", "DT", LemmatizerModel.XposKey("DT"), out _));
        // Unseen word: the rule learned from "visited"/"attacked" strips "ed".
        Assert.Equal("bomb", lemmatizer.Lemmatize("bombed", "VBD", LemmatizerModel.XposKey("VBD"), out _));
        Assert.Equal("convoys", lemmatizer.Lemmatize("Convoys", "NNX", LemmatizerModel.XposKey("NNX"), out _));
    }

    [Fact]
    public void Model_files_round_trip_bit_exactly()
    {
        var (tagger, lemmatizer, parser) = Tiny.Value;
        AssertRoundTrip(TaggerModel.Kind, tagger.Write, TaggerModel.Read, (m, w) => m.Write(w));
        AssertRoundTrip(LemmatizerModel.Kind, lemmatizer.Write, LemmatizerModel.Read, (m, w) => m.Write(w));
        AssertRoundTrip(ParserModel.Kind, parser.Write, ParserModel.Read, (m, w) => m.Write(w));
    }

    private static void AssertRoundTrip<T>(string kind, Action<BinaryWriter> write, Func<BinaryReader, T> read, Action<T, BinaryWriter> rewrite)
    {
        var bytes = ModelFile.ToBytes(kind, write);
        var model = ModelFile.FromBytes(bytes, "memory", kind, read);
        var again = ModelFile.ToBytes(kind, w => rewrite(model, w));
        Assert.Equal(bytes, again);
    }

    [Fact]
    public void Truncated_corrupt_or_foreign_model_files_fail_with_the_file_name()
    {
        var dir = Directory.CreateTempSubdirectory("eventdesk-nlp-");
        try
        {
            var path = Path.Combine(dir.FullName, "tagger.edm");
            Tiny.Value.Tagger.Save(path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(Tiny.Value.Tagger.Classes, TaggerModel.Load(path).Classes);

            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var truncated = Assert.Throws<ModelFormatException>(() => TaggerModel.Load(path));
            Assert.Contains("tagger.edm", truncated.Message);
            Assert.Contains("truncated", truncated.Message);

            File.WriteAllBytes(path, bytes[..10]);
            Assert.Throws<ModelFormatException>(() => TaggerModel.Load(path));

            var corrupt = (byte[])bytes.Clone();
            corrupt[^7] ^= 0x5A;
            File.WriteAllBytes(path, corrupt);
            var bad = Assert.Throws<ModelFormatException>(() => TaggerModel.Load(path));
            Assert.Contains("checksum", bad.Message);

            File.WriteAllBytes(path, bytes);
            var wrongKind = Assert.Throws<ModelFormatException>(() => ParserModel.Load(path));
            Assert.Contains("'tagger'", wrongKind.Message);

            File.WriteAllText(path, "not a model at all");
            Assert.Throws<ModelFormatException>(() => TaggerModel.Load(path));

            var missing = Assert.Throws<ModelFormatException>(() => TaggerModel.Load(Path.Combine(dir.FullName, "nope.edm")));
            Assert.Contains("nope.edm", missing.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
