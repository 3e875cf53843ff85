using EventDesk.Nlp.Common;
using EventDesk.Nlp.Ner;
using EventDesk.Testing;
using Xunit;

namespace EventDesk.Nlp.Tests;

public class NerTests
{
    private static NerLabel[] Bio(params string[] tags) => NerCorpus.ToBio(tags);

    [Fact]
    public void Bioes_tags_round_trip_to_bio()
    {
        var labels = Bio("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC", "O", "B-ORG");
        var tags = NerChain.FromBio(labels);
        var back = new NerLabel[labels.Length];
        NerChain.ToBio(tags, back);
        Assert.Equal(labels, back);
        for (var i = 0; i < tags.Length; i++)
        {
            Assert.True(NerChain.IsAllowed(i == 0 ? NerChain.Start : tags[i - 1], tags[i]));
        }
        Assert.True(NerChain.IsAllowedLast(tags[^1]));
    }

    [Fact]
    public void Viterbi_only_returns_valid_sequences()
    {
        var random = new Random(5);
        const int n = 30;
        var emissions = new float[n * NerChain.Count];
        var transitions = new float[(NerChain.Count + 1) * NerChain.Count];
        var score = new float[n * NerChain.Count];
        var back = new int[n * NerChain.Count];
        var tags = new int[n];
        for (var trial = 0; trial < 50; trial++)
        {
            for (var k = 0; k < emissions.Length; k++)
            {
                emissions[k] = (float)(random.NextDouble() * 4 - 2);
            }
            for (var k = 0; k < transitions.Length; k++)
            {
                transitions[k] = (float)(random.NextDouble() - 0.5);
            }
            NerChain.Viterbi(emissions, transitions, n, tags, score, back);
            for (var i = 0; i < n; i++)
            {
                Assert.True(NerChain.IsAllowed(i == 0 ? NerChain.Start : tags[i - 1], tags[i]), $"trial {trial} token {i}");
            }
            Assert.True(NerChain.IsAllowedLast(tags[^1]));
        }
    }

    [Theory]
    [InlineData("Mr Osborne said", "B-PER I-PER O", "O B-PER O")]
    [InlineData("Foreign Minister Sergey Lavrov", "B-PER I-PER I-PER I-PER", "O O B-PER I-PER")]
    [InlineData("the Emperor ruled", "O B-PER O", "O O O")]
    [InlineData("Lady Gaga sang", "B-PER I-PER O", "B-PER I-PER O")]
    [InlineData("King Abdullah and Queen", "B-PER I-PER O B-PER", "O B-PER O O")]
    [InlineData("Secretary of State Rex Tillerson told", "O O B-PER I-PER I-PER O", "O O O B-PER I-PER O")]
    [InlineData("Secretary of State Rex Tillerson told", "B-PER I-PER I-PER I-PER I-PER O", "O O O B-PER I-PER O")]
    [InlineData("Minister of the Interior Ahmad Vahidi", "O O O B-PER I-PER I-PER", "O O O O B-PER I-PER")]
    [InlineData("the Bank of State Street", "O B-PER I-PER I-PER I-PER", "O B-PER I-PER I-PER I-PER")]
    public void Titles_are_not_part_of_person_names(string text, string labels, string expected)
    {
        var tokens = text.Split(' ');
        var bio = Bio(labels.Split(' '));
        NerTitles.Strip(tokens, bio);
        Assert.Equal(Bio(expected.Split(' ')), bio);
    }

    [Theory]
    [InlineData("destroyed 14 Islamic State tanks", "O B-ORG I-ORG I-ORG O", "O O B-ORG I-ORG O")]
    [InlineData("the 1,200 Boko Haram fighters", "O B-ORG I-ORG I-ORG O", "O O B-ORG I-ORG O")]
    [InlineData("Apollo 11 landed", "B-ORG I-ORG O", "B-ORG I-ORG O")]
    public void A_name_does_not_start_with_a_count(string text, string labels, string expected)
    {
        // The entity tagger read "destroyed 14 Islamic State tanks" as the organisation "14 Islamic State".
        var bio = Bio(labels.Split(' '));
        NerModel.TrimLeadingNumbers(new ArrayTokens(text.Split(' ')), bio);
        Assert.Equal(Bio(expected.Split(' ')), bio);
    }

    [Fact]
    public void A_trained_model_learns_a_tiny_corpus_and_survives_a_save()
    {
        var train = new List<NerSentence>
        {
            new(["Anna", "Kowalski", "visited", "Warsaw", "."], Bio("B-PER", "I-PER", "O", "B-LOC", "O"), true),
            new(["She", "works", "for", "Acme", "Corp", "."], Bio("O", "O", "O", "B-ORG", "I-ORG", "O"), false),
            new(["Warsaw", "is", "big", "."], Bio("B-LOC", "O", "O", "O"), true),
            new(["Kowalski", "left", "Acme", "Corp", "."], Bio("B-PER", "O", "B-ORG", "I-ORG", "O"), true),
        };
        var gazetteer = new NerGazetteer([("Warsaw", NerType.Location), ("Acme Corp", NerType.Organization)]);
        var model = new NerTrainer(new NerTrainingOptions { Bits = 12, Epochs = 8, Seeds = 2, MinWordCount = 1 }).Train(train, train, gazetteer);
        Assert.Equal(1.0, NerEvaluator.Evaluate(model, train).Overall.F1, 3);
        var loaded = NerModel.FromBytes(model.ToBytes());
        foreach (var sentence in train)
        {
            Assert.Equal(model.Predict(sentence.Tokens), loaded.Predict(sentence.Tokens));
        }
        var document = loaded.PredictDocument([["Kowalski", "visited", "Warsaw"], ["Acme", "Corp", "grew"]]);
        Assert.Equal(2, document.Length);
        Assert.Equal(3, document[0].Length);
    }

    [Fact]
    public void The_gazetteer_matches_case_insensitively_and_partially()
    {
        var gazetteer = new NerGazetteer([("Sergey Lavrov", NerType.Person), ("Kerala", NerType.Location)]);
        var tokens = new ArrayTokens(["in", "kerala", ",", "Lavrov", "said"]);
        var exact = new ulong[5];
        var lower = new ulong[5];
        var partial = new ulong[5];
        gazetteer.Mark(tokens, 5, exact);
        gazetteer.MarkIgnoringCase(tokens, 5, lower);
        gazetteer.MarkPartial(tokens, 5, partial);
        Assert.All(exact, v => Assert.Equal(0UL, v));
        Assert.NotEqual(0UL, lower[1]);
        Assert.Equal(1UL, partial[3]);
        Assert.Equal(0UL, partial[1]);
    }

    [Fact]
    public void The_gazetteer_takes_the_longest_name_through_words_that_only_begin_names()
    {
        // "Bank" and "Bank of" begin a name but are none; "New York" is a name and begins a longer one.
        var gazetteer = new NerGazetteer([("Bank of America", NerType.Organization), ("New York", NerType.Location), ("New York Times", NerType.Organization)]);
        var tokens = new ArrayTokens(["Bank", "of", "America", "and", "the", "New", "York", "Times", "in", "New", "York", "Bank", "of"]);
        var values = new ulong[13];
        gazetteer.Mark(tokens, 13, values);
        Assert.Equal([2UL * 16 + 4 + 3, 2 * 16 + 8 + 3, 2 * 16 + 8 + 3, 0, 0], values[..5]);
        Assert.Equal([2UL * 16 + 4 + 3, 2 * 16 + 8 + 3, 2 * 16 + 8 + 3, 0], values[5..9]);
        Assert.Equal([4UL * 16 + 4 + 2, 4 * 16 + 8 + 2, 0, 0], values[9..]);
    }

    [Fact]
    public void The_gazetteer_read_with_its_stored_tables_or_from_names_alone_marks_the_same()
    {
        // Files store the look-up tables (no rebuild at start-up); files of the first layout hold only the
        // names, and the tables are built from them.
        var gazetteer = new NerGazetteer([("Bank of America", NerType.Organization), ("New York", NerType.Location),
            ("Sergey Lavrov", NerType.Person), ("Kerala", NerType.Location)]);
        var firstLayout = Bytes(w =>
        {
            w.Write(gazetteer.Names.Count);
            foreach (var (name, mask) in gazetteer.Names.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                w.Write(name);
                w.Write(mask);
            }
        });
        var stored = NerGazetteer.Read(new BinaryReader(new MemoryStream(Bytes(gazetteer.Write))));
        var rebuilt = NerGazetteer.Read(new BinaryReader(new MemoryStream(firstLayout)));
        var tokens = new ArrayTokens(["Sergey", "Lavrov", "left", "Bank", "of", "America", "for", "KERALA", "and", "new", "york"]);
        foreach (var g in new[] { stored, rebuilt })
        {
            Assert.Equal(4, g.Count);
            foreach (var mark in new Action<NerGazetteer, ulong[]>[]
            {
                (x, v) => x.Mark(tokens, 11, v), (x, v) => x.MarkIgnoringCase(tokens, 11, v), (x, v) => x.MarkPartial(tokens, 11, v),
            })
            {
                var expected = new ulong[11];
                var actual = new ulong[11];
                mark(gazetteer, expected);
                mark(g, actual);
                Assert.Equal(expected, actual);
                Assert.Contains(actual, v => v != 0);
            }
            Assert.Equal(gazetteer.Names.OrderBy(e => e.Key, StringComparer.Ordinal), g.Names.OrderBy(e => e.Key, StringComparer.Ordinal));
        }
        Assert.Equal(Bytes(gazetteer.Write), Bytes(stored.Write));
    }

    [Fact]
    public void Name_words_join_the_gazetteer_with_their_own_bits_unless_the_text_writes_them_in_lowercase()
    {
        var sentences = new List<NerSentence>
        {
            new(["They", "went", "to", "church", "and", "the", "church", "was", "full", "."], new NerLabel[10], true),
            new(["Hector", "met", "Okafor", "at", "the", "Church", "."], new NerLabel[7], false),
        };
        var common = NerGazetteer.LowercaseWords(sentences);
        Assert.Contains("church", common);
        Assert.DoesNotContain("okafor", common);
        var gazetteer = new NerGazetteer([("Chad", NerType.Location)])
            .WithNameWords(["Hector", "Chad", "x", "church"], ["Okafor", "Church", "Chad", "O'Neil", "Hector"], common);
        Assert.Equal(NerGazetteer.FirstNameBit | NerGazetteer.NameWordBit, gazetteer.Names["Hector"]);
        Assert.Equal(4 | NerGazetteer.FirstNameBit | NerGazetteer.NameWordBit, gazetteer.Names["Chad"]);
        Assert.Equal(NerGazetteer.NameWordBit, gazetteer.Names["Okafor"]);
        Assert.Equal(NerGazetteer.NameWordBit, gazetteer.Names["O'Neil"]);
        Assert.False(gazetteer.Names.ContainsKey("Church"));
        Assert.False(gazetteer.Names.ContainsKey("x"));
        // Matched like any single-word name, also in lowercase web text; the file keeps them.
        var tokens = new ArrayTokens(["hector", "met", "Okafor"]);
        var exact = new ulong[3];
        var lower = new ulong[3];
        gazetteer.Mark(tokens, 3, exact);
        gazetteer.MarkIgnoringCase(tokens, 3, lower);
        Assert.Equal([0UL, 0, NerGazetteer.NameWordBit * 16UL + 4 + 1], exact);
        Assert.Equal((NerGazetteer.FirstNameBit | NerGazetteer.NameWordBit) * 16UL + 4 + 1, lower[0]);
        var loaded = NerGazetteer.Read(new BinaryReader(new MemoryStream(Bytes(gazetteer.Write))));
        Assert.Equal(gazetteer.Names.OrderBy(e => e.Key, StringComparer.Ordinal), loaded.Names.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Common_words_match_capitalised_tokens_case_insensitively_and_keep_name_bits()
    {
        var gazetteer = new NerGazetteer([("Chad", NerType.Location)])
            .WithNameWords([], ["Rose"], new HashSet<string>())
            .WithCommonWords(["kitchen", "rose", "chad", "Paris", "o'clock", "it's", "x", "well-known", "applause\r"]);
        Assert.Equal(NerGazetteer.CommonWordBit, gazetteer.Names["kitchen"]);
        Assert.Equal(NerGazetteer.CommonWordBit, gazetteer.Names["well-known"]);
        Assert.Equal(NerGazetteer.CommonWordBit, gazetteer.Names["applause"]);
        Assert.Equal(NerGazetteer.NameWordBit, gazetteer.Names["Rose"]);
        Assert.False(gazetteer.Names.ContainsKey("rose")); // a known name or name word is no common word ("Xi", twelfth session)
        Assert.False(gazetteer.Names.ContainsKey("chad"));
        Assert.False(gazetteer.Names.ContainsKey("Paris")); // only lowercase words are common words
        Assert.False(gazetteer.Names.ContainsKey("it's"));
        Assert.False(gazetteer.Names.ContainsKey("x"));
        var tokens = new ArrayTokens(["The", "Kitchen", "in", "Chad"]);
        var exact = new ulong[4];
        var lower = new ulong[4];
        gazetteer.Mark(tokens, 4, exact);
        gazetteer.MarkIgnoringCase(tokens, 4, lower);
        Assert.Equal(0UL, exact[1]); // "Kitchen" is no name
        Assert.Equal(NerGazetteer.CommonWordBit * 16UL + 4 + 1, lower[1]);
        Assert.Equal(4 * 16UL + 4 + 1, exact[3]);
        Assert.Equal(4 * 16UL + 4 + 1, lower[3]);
        var loaded = NerGazetteer.Read(new BinaryReader(new MemoryStream(Bytes(gazetteer.Write))));
        Assert.Equal(gazetteer.Names.OrderBy(e => e.Key, StringComparer.Ordinal), loaded.Names.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void WordNet_names_are_typed_by_their_lexicographer_file_and_organisations_by_their_hypernyms()
    {
        var folder = Directory.CreateTempSubdirectory("wordnet").FullName;
        try
        {
            // data.noun lines: offset, lexicographer file (14 groups, 15 locations, 18 people), n, word count (hex),
            // words with lex ids, pointer count, pointers (symbol, offset, pos, source/target), gloss.
            File.WriteAllLines(Path.Combine(folder, "data.noun"),
            [
                "  1 This software and database is being provided to you, the LICENSEE, by Princeton University",
                "00000001 14 n 02 organization 0 organisation 0 000 | a group of people who work together",
                "00000002 14 n 01 agency 0 001 @ 00000001 n 0000 | an administrative unit of government",
                "00000003 14 n 02 Federal_Trade_Commission 0 FTC 0 001 @i 00000002 n 0000 | a federal agency",
                "00000004 14 n 01 Buddhism 0 001 @ 00000005 n 0000 | a religion",
                "00000005 14 n 01 religion 0 000 | a belief system",
                "00000006 15 n 01 Flanders 0 001 @i 00000009 n 0000 | a region",
                "00000007 18 n 02 Thucydides 0 Kurt_Vonnegut(a) 0 001 @i 00000008 n 0000 | a writer",
                "00000008 18 n 01 writer 0 000 | writes",
                "00000009 15 n 02 region 0 Region_X 0 000 | an area (not an instance)",
            ]);
            var names = WordNetNames.Read(folder).ToList();
            Assert.Contains(("Federal Trade Commission", NerType.Organization, false), names);
            Assert.Contains(("FTC", NerType.Organization, false), names);
            Assert.Contains(("Flanders", NerType.Location, false), names);
            Assert.Contains(("Thucydides", NerType.Person, false), names);
            Assert.Contains(("Kurt Vonnegut", NerType.Person, false), names);
            Assert.DoesNotContain(names, n => n.Name is "Buddhism" or "Region X" or "organization" or "writer");
            Assert.Throws<FileNotFoundException>(() => WordNetNames.Read(Path.Combine(folder, "missing")).ToList());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Names_known_only_as_small_towns_are_minor()
    {
        var folder = Directory.CreateTempSubdirectory("ner-gazetteer").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "gazetteer.tsv"),
            [
                "name\tascii\tiso3\tlat\tlon\tpopulation\tfeature",
                "Vernon\t\tUSA\t0\t0\t11000\tPPL",
                "Lyon\t\tFRA\t0\t0\t500000\tPPLA",
                "Vaduz\t\tLIE\t0\t0\t5000\tPPLC",
                "Bryan\t\tUSA\t0\t0\t80000\tPPL",
            ]);
            File.WriteAllLines(Path.Combine(folder, "people.tsv"), ["name", "Bryan"]);
            var gazetteer = new NerGazetteer(NerGazetteer.FromKnowledgeFolder(folder));
            Assert.Equal(4 | NerGazetteer.MinorBit, gazetteer.Names["Vernon"]);
            Assert.Equal(4, gazetteer.Names["Lyon"]);
            Assert.Equal(4, gazetteer.Names["Vaduz"]);
            Assert.Equal(1 | 4, gazetteer.Names["Bryan"]);
            var loaded = NerGazetteer.Read(new BinaryReader(new MemoryStream(Bytes(gazetteer.Write))));
            Assert.Equal(gazetteer.Names, loaded.Names);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Bytes(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            write(w);
        }
        return stream.ToArray();
    }

    [Fact]
    public void Second_pass_evidence_leaves_out_the_own_mention()
    {
        var document = new NerDocument();
        var first = new ArrayTokens(["Atmar", "met", "Lavrov"]);
        var second = new ArrayTokens(["Atmar", "left"]);
        var firstTags = NerChain.FromBio(Bio("B-PER", "O", "B-PER"));
        var secondTags = NerChain.FromBio(Bio("O", "O"));
        document.AddLabels(first, 3, firstTags);
        document.AddLabels(second, 2, secondTags);
        var atmar = FeatureHash.OfNormalized("Atmar");
        // Seen elsewhere once as a one-word PER (slot 0); its own O is left out.
        Assert.Equal((1UL, 1UL), document.OtherLabels(atmar, secondTags[0]));
        // From the first sentence, the other mention was O (slot 6).
        Assert.Equal((1UL << 6, 7UL), document.OtherLabels(atmar, firstTags[0]));
        Assert.True(document.HasNameEvidence(second, 2, secondTags));
        Assert.False(document.HasNameEvidence(first, 3, firstTags));
        Assert.Equal((0UL, 0UL), document.OtherLabels(FeatureHash.OfNormalized("Kabul"), 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_feature_set_trains_and_survives_a_save(int featureSet)
    {
        var train = new List<NerSentence>
        {
            new(["Anna", "Kowalski", "visited", "Warsaw", "."], Bio("B-PER", "I-PER", "O", "B-LOC", "O"), true),
            new(["Kowalski", "left", "Warsaw", "."], Bio("B-PER", "O", "B-LOC", "O"), false),
            new(["She", "works", "for", "Acme", "Corp", "."], Bio("O", "O", "O", "B-ORG", "I-ORG", "O"), true),
            new(["Acme", "Corp", "grew", "."], Bio("B-ORG", "I-ORG", "O", "O"), false),
        };
        var model = new NerTrainer(new NerTrainingOptions { Bits = 12, Epochs = 8, Seeds = 1, MinWordCount = 1, FeatureSet = featureSet, Folds = 2, FirstPassEpochs = 2 })
            .Train(train, train, NerGazetteer.Empty);
        Assert.Equal(featureSet, model.FeatureSet);
        var loaded = NerModel.FromBytes(model.ToBytes());
        Assert.Equal(featureSet, loaded.FeatureSet);
        var sentences = train.Select(s => s.Tokens).ToList();
        Assert.Equal(model.PredictDocument(sentences), loaded.PredictDocument(sentences));
    }

    // Floors sit a little under the committed model's scores (data/models/NER-MANIFEST.md), so a regression fails the build.
    [SkippableTheory]
    [InlineData("corpora/uner_english_ewt/en_ewt-ud-dev.iob2", 0.73)]
    [InlineData("corpora/uner_english_ewt/en_ewt-ud-test.iob2", 0.745)]
    [InlineData("corpora/uner_english_pud/en_pud-ud-test.iob2", 0.70)]
    public void Committed_ner_model_reaches_its_accuracy_floor(string gold, double f1)
    {
        var path = SharedData.RequireFile(gold);
        var modelPath = Path.Combine(SharedData.RepositoryRoot, "data", "models", "ner.edm");
        Skip.IfNot(File.Exists(modelPath), "data/models/ner.edm is missing");
        var model = NerModel.Load(modelPath);
        var sentences = NerCorpus.Read(path);
        if (model.UsesTags)
        {
            var taggerPath = Path.Combine(SharedData.RepositoryRoot, "data", "models", "tagger.edm");
            Skip.IfNot(File.Exists(taggerPath), "the NER model uses tags and data/models/tagger.edm is missing");
            var tagger = NerTagging.LoadTagger(taggerPath);
            foreach (var sentence in sentences)
            {
                sentence.Tags = NerTagging.TagHashes(tagger, sentence.Tokens);
            }
        }
        var score = NerEvaluator.Evaluate(model, sentences).Overall.F1;
        Assert.True(score >= f1, $"NER F1 {score:F4} < {f1}");
    }
}
