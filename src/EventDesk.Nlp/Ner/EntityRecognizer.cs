using EventDesk.Text;

namespace EventDesk.Nlp.Ner;

/// <summary>A named-entity span found by the tagger, in tokens and characters.</summary>
public readonly record struct NamedEntity(int FirstToken, int EndToken, TextSpan Span, NerType Type);

/// <summary>The named entities of a document in text order. Immutable.</summary>
public sealed class NamedEntityLayer(NamedEntity[] entities)
{
    public IReadOnlyList<NamedEntity> Entities { get; } = entities;
}

public static class NerLayers
{
    public static readonly LayerKey<NamedEntityLayer> NamedEntities = new("named-entities");
}

/// <summary>
/// Tags PER/ORG/LOC names sentence by sentence (<see cref="NerLayers.NamedEntities"/>).
/// Thread-safe: the model is immutable and per-call state is thread-local.
/// </summary>
public sealed class EntityRecognizer(NerModel model) : IAnnotator
{
    public string Name => "entity-recognizer";
    public string Version => "2.0";
    // A model trained with part-of-speech features reads the POS layer when an earlier stage made it
    // (the news pipeline runs the tagger first); without it the tagger still runs, a little less accurately.
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<LayerKey> Produces { get; } = [NerLayers.NamedEntities];

    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        var found = new List<NamedEntity>();
        NerLabel[] labels = [];
        ulong[] tags = [];
        PosLayer? pos = model.UsesTags && document.Layers.TryGet(NlpLayers.Pos, out var layer) ? layer : null;
        var words = new NerDocument();
        foreach (var sentence in document.Sentences)
        {
            words.Add(new LayerTokens(tokens, sentence.FirstToken), sentence.TokenCount);
        }
        // Two-pass models first tag every sentence, so the second pass sees how the other mentions were tagged.
        var first = model.IsTwoPass ? new NerFirstPass[document.Sentences.Count] : null;
        for (var pass = first is null ? 1 : 0; pass < 2; pass++)
        {
            var index = 0;
            foreach (var sentence in document.Sentences)
            {
                var n = sentence.TokenCount;
                if (labels.Length < n)
                {
                    labels = new NerLabel[Math.Max(n, labels.Length * 2)];
                }
                if (pos is not null)
                {
                    if (tags.Length < n)
                    {
                        tags = new ulong[Math.Max(n, tags.Length * 2)];
                    }
                    for (var i = 0; i < n; i++)
                    {
                        tags[i] = NerTagging.HashOf(pos.XposOf(sentence.FirstToken + i));
                    }
                }
                var sentenceTokens = new LayerTokens(tokens, sentence.FirstToken);
                var sentenceTags = pos is null ? default : tags.AsSpan(0, n);
                if (pass == 0)
                {
                    first![index++] = model.FirstPass(sentenceTokens, n, words, sentenceTags);
                    continue;
                }
                model.Predict(sentenceTokens, n, labels.AsSpan(0, n), words, sentenceTags, first?[index++]);
                var sentenceStart = found.Count;
                foreach (var (start, end, type) in NerCorpus.Spans(labels.AsSpan(0, n)))
                {
                    var firstToken = sentence.FirstToken + start;
                    var last = sentence.FirstToken + end - 1;
                    found.Add(new NamedEntity(firstToken, last + 1, TextSpan.FromBounds(tokens.Starts[firstToken], tokens.Ends[last]), type));
                }
                MergeWaterBodies(tokens, found, sentenceStart);
            }
        }
        document.Layers.Add(NerLayers.NamedEntities, new NamedEntityLayer([.. found]), new LayerProvenance(Name, Version));
    }

    private static readonly string[] WaterWords = ["Gulf", "Sea", "Strait", "Straits", "Bay", "Channel"];

    /// <summary>
    /// "Gulf of Oman", "Strait of Hormuz", "Sea of Japan": the model sometimes tags the water word and the name after "of"
    /// as two places, and "Oman" in "a tanker in the Gulf of Oman" then stood for the country. A water word tagged alone
    /// as a place, "of", and a place right after are one name. Spans from <paramref name="from"/> on are one sentence's.
    /// </summary>
    private static void MergeWaterBodies(TokenLayer tokens, List<NamedEntity> found, int from)
    {
        for (var i = found.Count - 2; i >= from; i--)
        {
            var water = found[i];
            var name = found[i + 1];
            if (water.Type != NerType.Location || name.Type != NerType.Location || water.EndToken - water.FirstToken != 1
                || name.FirstToken != water.EndToken + 1 || !tokens.TextOf(water.EndToken).SequenceEqual("of"))
            {
                continue;
            }
            var word = tokens.TextOf(water.FirstToken);
            var isWater = false;
            foreach (var w in WaterWords)
            {
                isWater |= word.SequenceEqual(w);
            }
            if (isWater)
            {
                found[i] = new NamedEntity(water.FirstToken, name.EndToken, TextSpan.FromBounds(water.Span.Start, name.Span.End), NerType.Location);
                found.RemoveAt(i + 1);
            }
        }
    }
}
