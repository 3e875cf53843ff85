using EventDesk.Nlp.Common;
using EventDesk.Nlp.Parsing;
using EventDesk.Testing;
using EventDesk.Text.Corpora;
using Xunit;

namespace EventDesk.Nlp.Tests;

/// <summary>
/// The prediction beam (<see cref="BeamSearch.RunFrozen"/>: static features scored once per
/// (s0, b) pair) must give exactly what the generic beam with the frozen scorer gives.
/// </summary>
public class ParserDecodingTests
{
    private static readonly Lazy<NlpModels?> Models = new(() =>
    {
        var dir = Path.Combine(SharedData.RepositoryRoot, "data", "models");
        return File.Exists(Path.Combine(dir, NlpModels.ParserFile)) ? NlpModels.Load(dir) : null;
    });

    private static List<(WordInfo[] Words, int[] Tags)> Sentences(NlpModels models, int count)
    {
        var path = SharedData.RequireFile("corpora/ud_english_ewt/en_ewt-ud-dev.conllu");
        var result = new List<(WordInfo[], int[])>();
        foreach (var s in ConlluReader.ReadFile(path).Take(count))
        {
            var n = s.Words.Count;
            var words = new WordInfo[n];
            for (var i = 0; i < n; i++)
            {
                WordInfo.Fill(s.Words[i].Form, ref words[i]);
            }
            models.Tagger.FillAmbiguity(words);
            var tags = new int[n];
            models.Tagger.Tag(words, tags, new int[n]);
            result.Add((words, tags));
        }
        return result;
    }

    [SkippableFact]
    public void Every_configuration_has_all_templates_with_distinct_keys_label_ones_first()
    {
        // ExtractFeatures joins the static and dynamic parts; a template id used twice, or one
        // moved out of the label-relevant prefix, would silently merge or drop weights.
        Skip.If(Models.Value is null, "data/models has no trained parser");
        var models = Models.Value!;
        var all = new ulong[ParserModel.MaxFeatures];
        var stat = new ulong[ParserModel.MaxStaticFeatures];
        var dyn = new ulong[ParserModel.MaxFeatures];
        var checkedStates = 0;
        foreach (var (words, tags) in Sentences(models, 150))
        {
            var state = new ParseState();
            state.Reset(words.Length);
            // Walk a greedy path (valid actions in turn) so that stacks, arcs and labels vary.
            var step = 0;
            while (!state.Terminal)
            {
                var na = ParserModel.ExtractFeatures(state, words, tags, all, out var la);
                var ns = ParserModel.ExtractStatic(state.S0, state.B, state.N, words, tags, stat, out var ls);
                var nd = ParserModel.ExtractDynamic(state, words, tags, dyn, out var ld);
                Assert.Equal(99, na);
                Assert.Equal(33, la);
                Assert.Equal(na, ns + nd);
                Assert.Equal(la, ls + ld);
                Assert.Equal(na, all[..na].Distinct().Count());
                Assert.Equal(all[..la].Order(), stat[..ls].Concat(dyn[..ld]).Order());
                checkedStates++;
                var action = -1;
                for (var k = 0; k < 4 && action < 0; k++)
                {
                    var a = (step + k) % 4;
                    if (state.IsValid(a))
                    {
                        action = a;
                    }
                }
                state.Apply(action, step % models.Parser.LabelCount);
                step++;
            }
        }
        Assert.True(checkedStates > 1000);
    }

    [SkippableFact]
    public void Prediction_beam_matches_the_generic_beam_with_the_frozen_scorer()
    {
        Skip.If(Models.Value is null, "data/models has no trained parser");
        var models = Models.Value!;
        // The generic beam keeps the full width; the committed margin is checked in the next test.
        var parser = models.Parser.WithBeam(models.Parser.BeamWidth, 0);
        Skip.If(parser.BeamWidth < 2, "the committed parser is greedy");
        var generic = new BeamSearch(parser.BeamWidth);
        var frozen = new BeamSearch(parser.BeamWidth);
        var sentences = Sentences(models, 400);
        // Long sentences (over 255 words) take another path for their (s0, b) memo.
        var joined = sentences.Take(40).ToList();
        sentences.Add(([.. joined.SelectMany(x => x.Words)], [.. joined.SelectMany(x => x.Tags)]));
        Assert.True(sentences[^1].Words.Length > 255);
        foreach (var (words, tags) in sentences)
        {
            var scorer = generic.FrozenScorerFor(parser);
            generic.Run(ref scorer, parser, words, tags, default, default, null);
            frozen.RunFrozen(parser, words, tags);
            var n = words.Length;
            Assert.Equal(generic.Best.Head.AsSpan(0, n + 1).ToArray(), frozen.Best.Head.AsSpan(0, n + 1).ToArray());
            Assert.Equal(generic.Best.Label.AsSpan(0, n + 1).ToArray(), frozen.Best.Label.AsSpan(0, n + 1).ToArray());
            var steps = 2 * n;
            if (steps > 0)
            {
                var a1 = new int[steps];
                var l1 = new int[steps];
                var a2 = new int[steps];
                var l2 = new int[steps];
                generic.Trace(steps - 1, a1, l1);
                frozen.Trace(steps - 1, a2, l2);
                Assert.Equal(a1, a2);
                Assert.Equal(l1, l2);
            }
        }
    }

    [SkippableFact]
    public void Beam_margin_drops_only_items_far_behind_and_a_wide_margin_changes_nothing()
    {
        Skip.If(Models.Value is null, "data/models has no trained parser");
        var models = Models.Value!;
        Skip.If(models.Parser.BeamWidth < 2, "the committed parser is greedy");
        var full = models.Parser.WithBeam(models.Parser.BeamWidth, 0);
        var wide = models.Parser.WithBeam(models.Parser.BeamWidth, 1e9f);
        var tight = models.Parser.WithBeam(models.Parser.BeamWidth, 1e-3f);
        var (a, b, c) = (new BeamSearch(full.BeamWidth), new BeamSearch(full.BeamWidth), new BeamSearch(full.BeamWidth));
        var differs = 0;
        foreach (var (words, tags) in Sentences(models, 200))
        {
            var n = words.Length;
            a.RunFrozen(full, words, tags);
            b.RunFrozen(wide, words, tags);
            Assert.Equal(a.Best.Head.AsSpan(0, n + 1).ToArray(), b.Best.Head.AsSpan(0, n + 1).ToArray());
            Assert.Equal(a.Best.Label.AsSpan(0, n + 1).ToArray(), b.Best.Label.AsSpan(0, n + 1).ToArray());
            // A margin near zero keeps only the best item (and its ties) and still ends in a complete tree.
            c.RunFrozen(tight, words, tags);
            Assert.True(c.Best.Terminal);
            if (!c.Best.Head.AsSpan(0, n).SequenceEqual(a.Best.Head.AsSpan(0, n)))
            {
                differs++;
            }
        }
        // The full beam finds other trees than a single item for some sentences, so the margin does act.
        Assert.True(differs > 0);
    }
}
