using EventDesk.Nlp.Evaluation;
using EventDesk.Testing;
using EventDesk.Text;
using EventDesk.Text.Tokenization;
using Xunit;

namespace EventDesk.Nlp.Tests;

/// <summary>Checks with the committed models in data/models; they skip when a model or corpus is absent.</summary>
public class CommittedModelTests
{
    private static readonly Lazy<NlpModels?> Models = new(() =>
    {
        var dir = Path.Combine(SharedData.RepositoryRoot, "data", "models");
        return File.Exists(Path.Combine(dir, NlpModels.ParserFile)) ? NlpModels.Load(dir) : null;
    });

    private static NlpModels RequireModels()
    {
        Skip.If(Models.Value is null, "data/models has no trained parser; run 'eventdesk train' first.");
        return Models.Value!;
    }

    // Floors sit a little under the measured scores (docs/nlp.md), so a regression fails the build. GUM's LAS floor is the
    // NLP issue's acceptance, 83.0 (measured 83.01 in the nineteenth session; tag repairs had taken it to 82.92 unnoticed).
    [SkippableTheory]
    [InlineData("corpora/ud_english_ewt/en_ewt-ud-test.conllu", 96.0, 84.2)]
    [InlineData("corpora/ud_english_gum_free/en_gum-ud-test.free.conllu", 96.3, 83.0)]
    public void Committed_models_reach_their_accuracy_floor_on_gold_tokens(string gold, double upos, double las)
    {
        var path = SharedData.RequireFile(gold);
        var models = RequireModels();
        var scores = UdEvaluator.EvaluateGoldTokens(models, path);
        Assert.True(scores.Upos >= upos, $"UPOS {scores.Upos} < {upos}");
        Assert.True(scores.Las >= las, $"LAS {scores.Las} < {las}");
        // The confusion list names real errors: gold and predicted differ, and together they are no more than all errors.
        var confusions = scores.UposConfusions!;
        Assert.NotEmpty(confusions);
        Assert.All(confusions.Keys, k => Assert.NotEqual(k.Split(" as ")[0], k.Split(" as ")[1]));
        Assert.True(confusions.Values.Sum() <= Math.Ceiling(scores.Tokens * (100 - scores.Upos) / 100 + 1));
    }

    // Load time is a benchmark figure (bench/EventDesk.Bench.Nlp, docs/nlp.md), not a unit test:
    // a timed assertion fails on a busy shared machine. This checks the committed models load whole.
    [SkippableFact]
    public void Committed_models_load_and_agree_on_the_tagset()
    {
        RequireModels();
        var models = NlpModels.Load(Path.Combine(SharedData.RepositoryRoot, "data", "models"));
        Assert.True(models.Tagger.Classes > 40);
        Assert.NotEmpty(models.Parser.Labels);
    }

    public static IEnumerable<object[]> Hostile() => AnnotatorInvariants.HostileStrings();

    [SkippableTheory]
    [MemberData(nameof(Hostile))]
    public void Annotators_keep_the_invariants_on_hostile_strings(string name, string text)
    {
        var models = RequireModels();
        var pipeline = new PipelineBuilder()
            .Add(new NewsTokenizer())
            .Add(new PosTagger(models))
            .Add(new Lemmatizer(models))
            .Add(new DependencyParser(models))
            .Build();
        var document = AnnotatorInvariants.Run(pipeline, text, name);
        var tokens = document.Tokens;
        var pos = document.Layers.Get(NlpLayers.Pos);
        var lemmas = document.Layers.Get(NlpLayers.Lemmas);
        var deps = document.Layers.Get(NlpLayers.Dependencies);
        Assert.Equal(tokens.Count, pos.Count);
        Assert.Equal(tokens.Count, lemmas.Count);
        Assert.Equal(tokens.Count, deps.Count);
        foreach (var sentence in document.Sentences)
        {
            var roots = 0;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var head = deps.HeadOf(t);
                if (head < 0)
                {
                    roots++;
                }
                else
                {
                    Assert.InRange(head, sentence.FirstToken, sentence.EndToken - 1);
                    Assert.NotEqual(t, head);
                }
                Assert.NotNull(lemmas.LemmaOf(t));
            }
            Assert.Equal(sentence.TokenCount > 0 ? 1 : 0, roots);
        }
    }

    [SkippableFact]
    public void Random_text_keeps_the_invariants()
    {
        var models = RequireModels();
        var pipeline = new PipelineBuilder().Add(new NewsTokenizer()).Add(new PosTagger(models)).Add(new Lemmatizer(models)).Add(new DependencyParser(models)).Build();
        for (var seed = 0; seed < 20; seed++)
        {
            AnnotatorInvariants.Run(pipeline, AnnotatorInvariants.RandomText(seed, 2000));
        }
    }

    [SkippableTheory]
    [InlineData("COVID-19 continues to develop across the region.", "continues", "VBZ")]
    [InlineData("This 1865 daguerreotype illustrates three of the men.", "illustrates", "VBZ")]
    [InlineData("A compound consists of atoms.", "consists", "VBZ")]
    [InlineData("On the basis of this report, the council acted.", "basis", "NN")]
    [InlineData("Kenyan police arrested two suspects in Mombasa.", "suspects", "NNS")]
    [InlineData("North Korea dismissed U.S. offers of dialogue.", "offers", "NNS")]
    [InlineData("The court issued an arrest warrant for the leader.", "warrant", "NN")]
    [InlineData("Neighboring countries condemned the attempted coup.", "Neighboring", "JJ")]
    [InlineData("The United Nations mission called on all parties to exercise restraint and urged Kiir to release Machar.", "called", "VBD")]
    [InlineData("Japan and South Korea condemned the launches as a violation of U.N. resolutions.", "launches", "NNS")]
    [InlineData("The Secretary-General calls on the de facto authorities to rescind this decision.", "calls", "VBZ")]
    [InlineData("Macron and Algerian President Abdelmadjid Tebboune spoke by telephone on March 31.", "Macron", "NNP")]
    [InlineData("Clean and comfortable rooms were available.", "Clean", "JJ")]
    public void Tag_repairs_fix_news_plurals_and_compounds_and_leave_verbs_and_singulars_alone(string text, string word, string xpos)
    {
        // The plural repairs had retagged "COVID-19 continues", "1865 daguerreotype illustrates" and "the basis of" (GUM test
        // LAS 83.01 -> 82.92); "an arrest warrant" was a verb.
        var models = RequireModels();
        var pipeline = new PipelineBuilder().Add(new NewsTokenizer()).Add(new PosTagger(models)).Build();
        var document = AnnotatorInvariants.Run(pipeline, text + "\n", "tags");
        var pos = document.Layers.Get(NlpLayers.Pos);
        var t = Enumerable.Range(0, document.Tokens.Count).Single(i => document.Tokens.TextOf(i).SequenceEqual(word));
        Assert.Equal(xpos, pos.XposOf(t));
    }
}
