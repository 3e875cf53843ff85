using System.Text;
using EventDesk.Testing;
using EventDesk.Text.Corpora;
using EventDesk.Text.Tokenization;
using Xunit;

namespace EventDesk.Text.Tests.Tokenization;

public class SentenceBoundaryModelTests
{
    // Hand-written gold: each line is one paragraph, " | " separates its sentences. Signatures,
    // mail headers and headlines have no punctuation to split on, so the rules alone miss them.
    private static readonly string[] Paragraphs =
    [
        "Thanks , | John",
        "Thanks , | Mary",
        "Regards , | Peter",
        "Thanks , | Anna",
        "The report is attached | Please call me tomorrow",
        "The file is attached | Please read it today",
        "Sent at 06:15 PM | Mark , the numbers are in .",
        "Sent at 09:30 AM | Lisa , the deal is done .",
        "It rained . | We stayed home .",
        "We met John Smith in Boston on Monday .",
        "Officials from Paris and Berlin met Anna Smith .",
        "Peter Brown and Mary Jones visited New York .",
    ];

    private static List<GoldDocument> Gold()
    {
        var conllu = new StringBuilder();
        var sentenceId = 0;
        for (var p = 0; p < Paragraphs.Length; p++)
        {
            var sentences = Paragraphs[p].Split(" | ");
            for (var s = 0; s < sentences.Length; s++)
            {
                if (p == 0 && s == 0)
                {
                    conllu.Append("# newdoc id = snippets\n");
                }
                if (s == 0)
                {
                    conllu.Append("# newpar\n");
                }
                conllu.Append($"# sent_id = s{++sentenceId}\n");
                var words = sentences[s].Split(' ');
                for (var w = 0; w < words.Length; w++)
                {
                    // A comma or period is glued to the word before it, as in the treebanks.
                    var glued = w + 1 < words.Length && words[w + 1] is "," or ".";
                    conllu.Append($"{w + 1}\t{words[w]}\t_\t_\t_\t_\t_\t_\t_\t{(glued ? "SpaceAfter=No" : "_")}\n");
                }
                conllu.Append('\n');
            }
        }
        return ConlluText.Build(ConlluReader.Read(new StringReader(conllu.ToString())));
    }

    private static SentenceBoundaryModel TrainTiny()
    {
        var gold = Gold();
        var options = new SentenceTrainingOptions { Epochs = 10, Runs = 1, HashBits = 14, PruneBelow = 0, TuneThresholds = false };
        return SentenceBoundaryTrainer.Train([("snippets", gold)], [("snippets", gold)], options).Model;
    }

    [Fact]
    public void A_tiny_model_trained_on_snippets_reproduces_their_sentences()
    {
        var gold = Gold();
        var rules = TokenizationEvaluator.Evaluate(new NewsTokenizer(null), gold, warmUp: false);
        Assert.True(rules.Sentences.F1 < 1, "the rules alone already split the snippets; the test shows nothing");
        var learned = TokenizationEvaluator.Evaluate(new NewsTokenizer(TrainTiny()), gold, warmUp: false);
        Assert.Equal(learned.Sentences.Gold, learned.Sentences.Correct);
        Assert.Equal(learned.Sentences.Gold, learned.Sentences.Predicted);
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        Assert.Equal(TrainTiny().ToBytes(), TrainTiny().ToBytes());
    }

    [Fact]
    public void The_model_file_round_trips()
    {
        var model = TrainTiny();
        var path = Path.Combine(Path.GetTempPath(), $"eventdesk-sb-{Guid.NewGuid():N}.edm");
        try
        {
            model.Save(path);
            var loaded = SentenceBoundaryModel.Load(path);
            Assert.Equal(model.KeepThreshold, loaded.KeepThreshold);
            Assert.Equal(model.AddThreshold, loaded.AddThreshold);
            Assert.Equal(model.HashBits, loaded.HashBits);
            Assert.Equal(model.Weights, loaded.Weights);
            Assert.Equal(model.Lexicon.Keys, loaded.Lexicon.Keys);
            Assert.Equal(model.Lexicon.Codes, loaded.Lexicon.Codes);
            Assert.Equal(File.ReadAllBytes(path), loaded.ToBytes());
            Assert.Equal(model.Id, loaded.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_corrupt_or_truncated_file_gives_a_clear_error()
    {
        var bytes = TrainTiny().ToBytes();
        var flipped = (byte[])bytes.Clone();
        flipped[bytes.Length / 2] ^= 0x40;
        var corrupt = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.FromBytes(flipped, "boundaries.edm"));
        Assert.Contains("corrupt or truncated", corrupt.Message);
        Assert.Contains("boundaries.edm", corrupt.Message);
        Assert.Contains("eventdesk train sentences", corrupt.Message);

        var truncated = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.FromBytes(bytes.AsSpan(0, bytes.Length - 5), "short.edm"));
        Assert.Contains("corrupt or truncated", truncated.Message);

        var notAModel = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.FromBytes("hello world, not a model at all!!!!!"u8, "x.edm"));
        Assert.Contains("not a sentence boundary model", notAModel.Message);

        Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.FromBytes([], "empty.edm"));
        var missing = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.Load(Path.Combine(Path.GetTempPath(), "no-such-model.edm")));
        Assert.Contains("no-such-model.edm", missing.Message);
    }

    [Fact]
    public void The_word_list_counts_only_words_seen_twice_and_tells_names_from_sentence_starters()
    {
        var model = TrainTiny();
        Assert.True(model.LexiconWords > 0);
        // "Thanks" starts every sentence it is in; "Smith" is always a capitalised word inside one.
        var thanks = model.Lexicon.Lookup(BoundaryFeatures.WordHash("thanks"));
        var smith = model.Lexicon.Lookup(BoundaryFeatures.WordHash("Smith"));
        Assert.NotEqual(0, thanks);
        Assert.NotEqual(0, smith);
        Assert.Equal(6, thanks & 7); // initial share >= 0.7
        Assert.Equal(0, smith & 7); // never initial
        Assert.Equal(6, (smith >> 3) & 7); // always capitalised inside a sentence
        Assert.Equal(smith, model.Lexicon.Lookup(BoundaryFeatures.WordHash("SMITH")));
        Assert.Equal(0, model.Lexicon.Lookup(BoundaryFeatures.WordHash("Boston"))); // seen once
        Assert.Equal(0, model.Lexicon.Lookup(BoundaryFeatures.WordHash("zebra")));
    }

    [Fact]
    public void The_word_list_records_each_words_most_frequent_tag()
    {
        const string conllu = "# newdoc id = tags\n# newpar\n" +
            "1\tIt\t_\tPRON\t_\t_\t_\t_\t_\t_\n2\trained\t_\tVERB\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\tPUNCT\t_\t_\t_\t_\t_\t_\n\n" +
            "1\tIt\t_\tPRON\t_\t_\t_\t_\t_\t_\n2\trained\t_\tVERB\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\tPUNCT\t_\t_\t_\t_\t_\t_\n\n";
        var gold = ConlluText.Build(ConlluReader.Read(new StringReader(conllu)));
        var options = new SentenceTrainingOptions { Epochs = 1, Runs = 1, HashBits = 12, PruneBelow = 0, TuneThresholds = false };
        var model = SentenceBoundaryTrainer.Train([("tags", gold)], [("tags", gold)], options).Model;
        var rained = model.Lexicon.Lookup(BoundaryFeatures.WordHash("rained"));
        Assert.Equal(Array.IndexOf(WordLexicon.Tags, "VERB") + 1, (rained >> 10) & 0x1F);
        Assert.Equal(Array.IndexOf(WordLexicon.Tags, "PRON") + 1, (model.Lexicon.Lookup(BoundaryFeatures.WordHash("it")) >> 10) & 0x1F);
    }

    [Fact]
    public void A_merged_copy_runs_the_paragraphs_together_and_keeps_the_sentences()
    {
        var gold = Gold()[0];
        var merged = SentenceBoundaryTrainer.MergeParagraphs(gold);
        Assert.Single(merged.Paragraphs);
        Assert.Equal(
            gold.Sentences.Select(s => gold.Text.Substring(s.Start, s.Length)),
            merged.Sentences.Select(s => merged.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void A_model_file_of_the_previous_format_gives_a_clear_error()
    {
        var bytes = TrainTiny().ToBytes();
        bytes[4] = 1; // format 1: no word list
        var body = bytes.AsSpan(0, bytes.Length - 8);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8), SentenceBoundaryModel.Checksum(body));
        var old = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.FromBytes(bytes, "old.edm"));
        Assert.Contains("format 1", old.Message);
        Assert.Contains("eventdesk train sentences", old.Message);
    }

    [SkippableFact]
    public void The_committed_model_loads_and_is_used_by_default()
    {
        var path = SentenceBoundaryModel.FindDefault();
        Skip.If(path is null, "no committed sentence boundary model found");
        Assert.NotNull(SentenceBoundaryModel.Default);
        Assert.StartsWith("1.1-sb.", new NewsTokenizer().Version);
        Assert.Equal("1.1-rules", new NewsTokenizer(null).Version);
    }

    [Fact]
    public void Hostile_strings_pass_the_invariants_with_a_model_and_with_the_rules_alone()
    {
        foreach (var tokenizer in new[] { new NewsTokenizer(TrainTiny()), new NewsTokenizer(null) })
        {
            var pipeline = new PipelineBuilder().Add(tokenizer).Build();
            foreach (var item in AnnotatorInvariants.HostileStrings())
            {
                AnnotatorInvariants.Run(pipeline, (string)item[1]);
            }
            for (var seed = 1; seed <= 20; seed++)
            {
                AnnotatorInvariants.Run(pipeline, AnnotatorInvariants.RandomText(seed, 2000));
            }
        }
    }
}
