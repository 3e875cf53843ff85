using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// Per-sentence token properties hashed once, and the feature templates of the entity tagger.
/// Features are 64-bit hashes of (template, values): no strings are built per token.
/// Not thread-safe: one instance per thread (or per call).
/// </summary>
internal sealed class NerFeatures
{
    public const int MaxFeatures = 80;

    /// <summary>
    /// Feature sets: 0 the v3 templates; 1 adds capitalised-run (span-like) features; 2 adds the
    /// first-pass labels of the word's other mentions in the document (two-pass decoding).
    /// </summary>
    public const int LatestSet = 2;

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
    private ulong[] _gazetteerLower = new ulong[64];
    private ulong[] _partial = new ulong[64];
    private ulong[] _c4 = new ulong[64];
    private ulong[] _c6 = new ulong[64];
    private ulong[] _c10 = new ulong[64];
    private ulong[] _cf = new ulong[64];
    private ulong[] _tags = new ulong[64];
    private ulong[] _document = new ulong[64];
    private int[] _runStart = new int[64];
    private int[] _runEnd = new int[64];
    private ulong[] _otherMask = new ulong[64];
    private ulong[] _otherMajority = new ulong[64];
    private bool _hasTags;
    private bool _hasOthers;
    private int _set;
    private ulong _sentenceCase;
    private int _count;

    /// <summary>The word-identity stand-in for words outside the model's vocabulary.</summary>
    public const ulong Rare = 0x5D1E_A5E1_77C3_0B29UL;

    /// <summary>Hashes the properties of every token of a sentence.</summary>
    public void Prepare<TTokens>(TTokens tokens, int count, NerGazetteer gazetteer, IReadOnlySet<ulong>? vocabulary, WordClusters clusters, NerDocument? document, ReadOnlySpan<ulong> tags = default, int featureSet = LatestSet, ReadOnlySpan<int> firstPass = default, Random? dropout = null, double dropoutRate = 0) where TTokens : ITokenSource
    {
        _set = featureSet;
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
            _gazetteerLower = new ulong[size];
            _partial = new ulong[size];
            _c4 = new ulong[size];
            _c6 = new ulong[size];
            _c10 = new ulong[size];
            _cf = new ulong[size];
            _tags = new ulong[size];
            _document = new ulong[size];
            _runStart = new int[size];
            _runEnd = new int[size];
            _otherMask = new ulong[size];
            _otherMajority = new ulong[size];
        }
        // Second pass only: without first-pass tags the model scores as a one-pass model (trained so by label dropout).
        _hasOthers = _set >= 2 && document is not null && firstPass.Length >= count && count > 0;
        _hasTags = tags.Length >= count && count > 0;
        if (_hasTags)
        {
            tags[..count].CopyTo(_tags);
        }
        _count = count;
        int words = 0, capitalised = 0;
        for (var i = 0; i < count; i++)
        {
            var text = tokens.TokenText(i);
            _lower[i] = FeatureHash.OfNormalized(text);
            _document[i] = document?.FlagsOf(_lower[i]) ?? 0UL;
            (_c4[i], _c6[i], _c10[i], _cf[i]) = clusters.PrefixesOf(_lower[i]);
            _exact[i] = FeatureHash.Of(text);
            if (_hasOthers)
            {
                (_otherMask[i], _otherMajority[i]) = text.Length > 0 && char.IsLetter(text[0]) ? document!.OtherLabels(_lower[i], firstPass[i]) : (0UL, 0UL);
            }
            // Training only: some known words are shown as rare, so their context and shape learn to carry names.
            if (vocabulary is not null && !vocabulary.Contains(_lower[i]) || dropout is not null && dropout.NextDouble() < dropoutRate)
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
            if (i > 0 && text.Length > 0 && char.IsLetter(text[0]))
            {
                words++;
                capitalised += char.IsUpper(text[0]) ? 1 : 0;
            }
        }
        // How the sentence uses capitals: none after the first word (lowercase web text), most words
        // (headlines, titles, all caps), or normally. Capitalisation means less in the first two.
        _sentenceCase = words < 3 ? 1UL : capitalised == 0 ? 2UL : capitalised * 10 >= words * 7 ? 3UL : 4UL;
        gazetteer.Mark(tokens, count, _gazetteer);
        gazetteer.MarkIgnoringCase(tokens, count, _gazetteerLower);
        gazetteer.MarkPartial(tokens, count, _partial);
        if (_set >= 1)
        {
            MarkRuns(tokens, count);
        }
    }

    /// <summary>
    /// Capitalised runs ("Cracker Barrel", "Bank of America"): maximal stretches of capitalised words,
    /// bridged by "of", "and", "&amp;", "de" between two capitalised words. A token outside a run gets start -1.
    /// The run is a candidate name span; its edges and neighbours ("Inc.", "at") say what kind.
    /// </summary>
    private void MarkRuns<TTokens>(TTokens tokens, int count) where TTokens : ITokenSource
    {
        var i = 0;
        while (i < count)
        {
            if (!IsCapitalised(tokens.TokenText(i)))
            {
                _runStart[i] = -1;
                i++;
                continue;
            }
            var end = i + 1;
            while (end < count)
            {
                if (IsCapitalised(tokens.TokenText(end)))
                {
                    end++;
                }
                else if (end + 1 < count && IsBridge(tokens.TokenText(end)) && IsCapitalised(tokens.TokenText(end + 1)))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }
            for (var k = i; k < end; k++)
            {
                _runStart[k] = i;
                _runEnd[k] = end;
            }
            i = end;
        }
    }

    private static bool IsCapitalised(ReadOnlySpan<char> text) => text.Length > 0 && char.IsUpper(text[0]);

    private static bool IsBridge(ReadOnlySpan<char> text) =>
        text is "of" or "and" or "&" or "de" or "for" or "'s";

    /// <summary>
    /// Writes the feature hashes for position <paramref name="i"/>. They do not depend on the labels:
    /// label interactions are the model's transition weights (first-order chain, Viterbi decoding).
    /// </summary>
    public int Extract(int i, Span<ulong> features)
    {
        ulong W(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _lower[k];
        ulong S(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _shape[k];
        ulong SS(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _shortShape[k];
        ulong G(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _gazetteer[k];
        ulong GL(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _gazetteerLower[k];
        ulong PG(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _partial[k];
        ulong C10(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _c10[k];
        ulong C6(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _c6[k];
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
        features[n++] = FeatureHash.F(18, W(i - 1), W(i));
        features[n++] = FeatureHash.F(19, W(i), W(i + 1));
        features[n++] = FeatureHash.F(20, _exact[i]);
        features[n++] = FeatureHash.F(21, SS(i - 1), SS(i), SS(i + 1));
        features[n++] = FeatureHash.F(22, i == 0 ? 1UL : 2UL, S(i));
        features[n++] = FeatureHash.F(24, W(i + 1), W(i + 2));
        features[n++] = FeatureHash.F(25, W(i - 1), SS(i));
        features[n++] = FeatureHash.F(26, SS(i), W(i + 1));
        features[n++] = FeatureHash.F(27, W(i - 2), W(i - 1));
        features[n++] = FeatureHash.F(30, _suffix3[i], SS(i));
        features[n++] = FeatureHash.F(31, W(i - 1), W(i + 1));
        features[n++] = FeatureHash.F(32, G(i));
        features[n++] = FeatureHash.F(33, G(i), SS(i));
        features[n++] = FeatureHash.F(34, G(i - 1));
        features[n++] = FeatureHash.F(35, G(i + 1));
        features[n++] = FeatureHash.F(50, GL(i), _sentenceCase);
        features[n++] = FeatureHash.F(51, GL(i), SS(i));
        features[n++] = FeatureHash.F(52, GL(i - 1));
        features[n++] = FeatureHash.F(53, GL(i + 1));
        features[n++] = FeatureHash.F(54, PG(i));
        features[n++] = FeatureHash.F(55, PG(i), SS(i));
        features[n++] = FeatureHash.F(56, PG(i - 1), PG(i));
        features[n++] = FeatureHash.F(57, PG(i), PG(i + 1));
        features[n++] = FeatureHash.F(60, _c4[i]);
        features[n++] = FeatureHash.F(61, _c6[i]);
        features[n++] = FeatureHash.F(62, _c10[i]);
        features[n++] = FeatureHash.F(63, _cf[i]);
        features[n++] = FeatureHash.F(64, C10(i - 1));
        features[n++] = FeatureHash.F(65, C10(i + 1));
        features[n++] = FeatureHash.F(66, C6(i), SS(i));
        features[n++] = FeatureHash.F(67, C6(i - 1), C6(i));
        features[n++] = FeatureHash.F(70, _sentenceCase, SS(i));
        features[n++] = FeatureHash.F(71, _sentenceCase, S(i - 1), S(i));
        features[n++] = FeatureHash.F(80, _document[i], SS(i));
        features[n++] = FeatureHash.F(81, _document[i], i == 0 ? 1UL : 2UL, G(i));
        features[n++] = FeatureHash.F(82, _document[i], _sentenceCase, PG(i));
        if (_set >= 1)
        {
            features[n++] = FeatureHash.F(95, W(i), _sentenceCase);
            var start = _runStart[i];
            if (start >= 0)
            {
                var end = _runEnd[i];
                var length = (ulong)Math.Min(end - start, 4);
                // Position in the run: single, first, last, inside.
                var position = end - start == 1 ? 0UL : i == start ? 1UL : i == end - 1 ? 2UL : 3UL;
                features[n++] = FeatureHash.F(90, length, position, start == 0 ? 1UL : 2UL, _sentenceCase);
                features[n++] = FeatureHash.F(91, W(end - 1), position);
                features[n++] = FeatureHash.F(92, W(start - 1), position);
                features[n++] = FeatureHash.F(93, W(end), position);
                features[n++] = FeatureHash.F(94, W(start), position);
            }
        }
        n += ExtractLabels(i, features[n..]);
        if (_hasTags)
        {
            ulong P(int k) => k < 0 ? FeatureHash.Bos : k >= _count ? FeatureHash.Eos : _tags[k];
            features[n++] = FeatureHash.F(40, P(i));
            features[n++] = FeatureHash.F(41, P(i - 1), P(i));
            features[n++] = FeatureHash.F(42, P(i), P(i + 1));
            features[n++] = FeatureHash.F(43, P(i), SS(i));
            features[n++] = FeatureHash.F(45, P(i - 1), P(i), P(i + 1));
            features[n++] = FeatureHash.F(46, P(i), W(i + 1));
        }
        return n;
    }

    /// <summary>
    /// The second-pass features of position <paramref name="i"/> (part of <see cref="Extract"/>): how the word's
    /// other mentions were labelled. Written separately so the second pass can add them to the first pass's scores.
    /// </summary>
    public int ExtractLabels(int i, Span<ulong> features)
    {
        // Only words named elsewhere: that is the evidence the first pass could not use, and it lets
        // sentences without such words skip the second pass (NerDocument.HasNameEvidence).
        if (!_hasOthers || (_otherMask[i] & NerDocument.EntitySlots) == 0)
        {
            return 0;
        }
        var shortShape = _shortShape[i];
        features[0] = FeatureHash.F(96, _otherMask[i], _sentenceCase);
        features[1] = FeatureHash.F(97, _otherMajority[i], shortShape);
        features[2] = FeatureHash.F(98, _otherMajority[i], _gazetteer[i], _partial[i]);
        return 3;
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
