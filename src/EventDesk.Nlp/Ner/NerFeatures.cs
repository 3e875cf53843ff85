using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// Per-sentence token properties hashed once, and the feature templates of the entity tagger.
/// Features are 64-bit hashes of (template, values): no strings are built per token.
/// Not thread-safe: one instance per thread (or per call).
/// </summary>
internal sealed class NerFeatures
{
    public const int MaxFeatures = 48;

    private ulong[] _lower = new ulong[64];
    private ulong[] _exact = new ulong[64];
    private ulong[] _shape = new ulong[64];
    private ulong[] _shortShape = new ulong[64];
    private ulong[] _prefix2 = new ulong[64];
    private ulong[] _prefix3 = new ulong[64];
    private ulong[] _suffix2 = new ulong[64];
    private ulong[] _suffix3 = new ulong[64];
    private ulong[] _suffix4 = new ulong[64];
    private ulong[] _gazetteer = new ulong[64];
    private ulong[] _tags = new ulong[64];
    private bool _hasTags;
    private int _count;

    /// <summary>Hashes the properties of every token of a sentence.</summary>
    /// <summary>The word-identity stand-in for words outside the model's vocabulary.</summary>
    public const ulong Rare = 0x5D1E_A5E1_77C3_0B29UL;

    public void Prepare<TTokens>(TTokens tokens, int count, NerGazetteer gazetteer, IReadOnlySet<ulong>? vocabulary, ReadOnlySpan<ulong> tags = default) where TTokens : ITokenSource
    {
        if (_lower.Length < count)
        {
            var size = Math.Max(count, _lower.Length * 2);
            _lower = new ulong[size];
            _exact = new ulong[size];
            _shape = new ulong[size];
            _shortShape = new ulong[size];
            _prefix2 = new ulong[size];
            _prefix3 = new ulong[size];
            _suffix2 = new ulong[size];
            _suffix3 = new ulong[size];
            _suffix4 = new ulong[size];
            _gazetteer = new ulong[size];
            _tags = new ulong[size];
        }
        _hasTags = tags.Length >= count && count > 0;
        if (_hasTags)
        {
            tags[..count].CopyTo(_tags);
        }
        _count = count;
        for (var i = 0; i < count; i++)
        {
            var text = tokens.TokenText(i);
            _lower[i] = FeatureHash.OfNormalized(text);
            _exact[i] = FeatureHash.Of(text);
            if (vocabulary is not null && !vocabulary.Contains(_lower[i]))
            {
                // Rare words share one identity, so their weight goes to shapes and affixes that generalise.
                _lower[i] = Rare;
                _exact[i] = Rare;
            }
            (_shape[i], _shortShape[i]) = Shapes(text);
            _prefix2[i] = Affix(text, 2, prefix: true);
            _prefix3[i] = Affix(text, 3, prefix: true);
            _suffix2[i] = Affix(text, 2, prefix: false);
            _suffix3[i] = Affix(text, 3, prefix: false);
            _suffix4[i] = Affix(text, 4, prefix: false);
        }
        gazetteer.Mark(tokens, count, _gazetteer);
    }

    /// <summary>Writes the feature hashes for position <paramref name="i"/> given the two previous labels.</summary>
    public int Extract(int i, NerLabel previous, NerLabel previous2, Span<ulong> features)
    {
        ulong W(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _lower[k];
        ulong S(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _shape[k];
        ulong SS(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _shortShape[k];
        var p1 = (ulong)previous + 1;
        var p2 = (ulong)previous2 + 1;
        var n = 0;
        features[n++] = FeatureHash.F(1, 1);
        features[n++] = FeatureHash.F(2, W(i));
        features[n++] = FeatureHash.F(3, W(i - 1));
        features[n++] = FeatureHash.F(4, W(i + 1));
        features[n++] = FeatureHash.F(5, W(i - 2));
        features[n++] = FeatureHash.F(6, W(i + 2));
        features[n++] = FeatureHash.F(7, S(i));
        features[n++] = FeatureHash.F(8, S(i - 1));
        features[n++] = FeatureHash.F(9, S(i + 1));
        features[n++] = FeatureHash.F(10, _suffix3[i]);
        features[n++] = FeatureHash.F(11, _suffix2[i]);
        features[n++] = FeatureHash.F(12, _suffix4[i]);
        features[n++] = FeatureHash.F(13, _prefix2[i]);
        features[n++] = FeatureHash.F(14, _prefix3[i]);
        features[n++] = FeatureHash.F(15, p1);
        features[n++] = FeatureHash.F(16, p1, p2);
        features[n++] = FeatureHash.F(17, p1, W(i));
        features[n++] = FeatureHash.F(18, W(i - 1), W(i));
        features[n++] = FeatureHash.F(19, W(i), W(i + 1));
        features[n++] = FeatureHash.F(20, _exact[i]);
        features[n++] = FeatureHash.F(21, SS(i - 1), SS(i), SS(i + 1));
        features[n++] = FeatureHash.F(22, i == 0 ? 1UL : 2UL, S(i));
        features[n++] = FeatureHash.F(23, p1, SS(i));
        features[n++] = FeatureHash.F(24, W(i + 1), W(i + 2));
        features[n++] = FeatureHash.F(25, W(i - 1), SS(i));
        features[n++] = FeatureHash.F(26, SS(i), W(i + 1));
        features[n++] = FeatureHash.F(27, W(i - 2), W(i - 1));
        features[n++] = FeatureHash.F(28, p1, W(i - 1));
        features[n++] = FeatureHash.F(29, p1, SS(i), SS(i + 1));
        features[n++] = FeatureHash.F(30, _suffix3[i], SS(i));
        features[n++] = FeatureHash.F(31, W(i - 1), W(i + 1));
        ulong G(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _gazetteer[k];
        features[n++] = FeatureHash.F(32, G(i));
        features[n++] = FeatureHash.F(33, G(i), SS(i));
        features[n++] = FeatureHash.F(34, G(i - 1));
        features[n++] = FeatureHash.F(35, G(i + 1));
        features[n++] = FeatureHash.F(36, p1, G(i));
        if (_hasTags)
        {
            ulong P(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _tags[k];
            features[n++] = FeatureHash.F(40, P(i));
            features[n++] = FeatureHash.F(41, P(i - 1), P(i));
            features[n++] = FeatureHash.F(42, P(i), P(i + 1));
            features[n++] = FeatureHash.F(43, P(i), SS(i));
            features[n++] = FeatureHash.F(44, p1, P(i));
            features[n++] = FeatureHash.F(45, P(i - 1), P(i), P(i + 1));
            features[n++] = FeatureHash.F(46, P(i), W(i + 1));
        }
        return n;
    }

    private static ulong Affix(ReadOnlySpan<char> text, int length, bool prefix)
    {
        if (text.Length < length)
        {
            return FeatureHash.None;
        }
        return FeatureHash.OfNormalized(prefix ? text[..length] : text[^length..]);
    }

    /// <summary>Word shape (Xxxx -> "Xx", runs capped at 2) and short shape (runs collapsed).</summary>
    private static (ulong Shape, ulong Short) Shapes(ReadOnlySpan<char> text)
    {
        var shape = FeatureHash.Start();
        var shortShape = FeatureHash.Start();
        char last = '\0';
        var run = 0;
        foreach (var c in text)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last)
            {
                run++;
            }
            else
            {
                run = 1;
                shortShape = FeatureHash.Add(shortShape, k);
            }
            if (run <= 2)
            {
                shape = FeatureHash.Add(shape, k);
            }
            last = k;
        }
        return (FeatureHash.Mix(shape), FeatureHash.Mix(shortShape));
    }
}

/// <summary>Token texts of a sentence, from gold corpora or from a document.</summary>
internal interface ITokenSource
{
    ReadOnlySpan<char> TokenText(int index);
}

internal readonly struct ArrayTokens(string[] tokens) : ITokenSource
{
    public ReadOnlySpan<char> TokenText(int index) => tokens[index];
}

internal readonly struct LayerTokens(EventDesk.Text.TokenLayer layer, int first) : ITokenSource
{
    public ReadOnlySpan<char> TokenText(int index) => layer.TextOf(first + index);
}
