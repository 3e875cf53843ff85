using System.Collections.Frozen;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// The named-entity tagger: a first-order linear-chain averaged perceptron over hashed token
/// features, BIOES tags (<see cref="NerChain"/>) and Viterbi decoding under the valid transitions.
/// Immutable after load and thread-safe: per-call state lives in thread-local buffers.
/// </summary>
public sealed class NerModel
{
    public const string Kind = "ner";

    // Format flags (the byte after the bit count; format 1 had a bool "uses tags" there).
    private const byte TagsFlag = 1;
    private const byte ChainFlag = 2;

    // Set when a feature-set byte follows (files without it use feature set 0, the v3 templates).
    private const byte FeatureSetFlag = 4;

    private readonly short[] _weights; // [bucket * NerChain.Count + tag], quantised: weight = value * _scale
    private readonly float _scale;
    private readonly float[] _transitions; // [(previous or Start) * NerChain.Count + tag]
    private readonly int _mask;

    [ThreadStatic]
    private static NerFeatures? _features;

    [ThreadStatic]
    private static DecodeBuffers? _buffers;

    internal NerModel(int bits, float[] weights, float[] transitions, NerGazetteer gazetteer, FrozenSet<ulong> vocabulary, WordClusters clusters, bool usesTags, int featureSet)
        : this(bits, Quantise(bits, weights), transitions, gazetteer, vocabulary, clusters, usesTags, featureSet)
    {
    }

    private NerModel(int bits, (short[] Values, float Scale) weights, float[] transitions, NerGazetteer gazetteer, FrozenSet<ulong> vocabulary, WordClusters clusters, bool usesTags, int featureSet)
    {
        if (featureSet is < 0 or > NerFeatures.LatestSet)
        {
            throw new ArgumentException($"NER feature set {featureSet} is unknown to this version.");
        }
        FeatureSet = featureSet;
        UsesTags = usesTags;
        Gazetteer = gazetteer;
        Vocabulary = vocabulary;
        Clusters = clusters;
        if (bits is < 10 or > 26 || weights.Values.Length != (1 << bits) * NerChain.Count)
        {
            throw new ArgumentException("NER weight table size does not match its bit count.");
        }
        if (transitions.Length != (NerChain.Count + 1) * NerChain.Count)
        {
            throw new ArgumentException("NER transition table has the wrong size.");
        }
        Bits = bits;
        (_weights, _scale) = weights;
        _transitions = transitions;
        _mask = (1 << bits) - 1;
    }

    /// <summary>16-bit weights with one scale: the saved form, and half the memory of floats at run time.</summary>
    private static (short[] Values, float Scale) Quantise(int bits, float[] weights)
    {
        if (bits is < 10 or > 26 || weights.Length != (1 << bits) * NerChain.Count)
        {
            throw new ArgumentException("NER weight table size does not match its bit count.");
        }
        var max = 0f;
        foreach (var x in weights)
        {
            max = Math.Max(max, Math.Abs(x));
        }
        var scale = max == 0 ? 1f : max / short.MaxValue;
        var values = new short[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            values[k] = (short)MathF.Round(weights[k] / scale);
        }
        return (values, scale);
    }

    public int Bits { get; }

    /// <summary>Which feature templates the model was trained with (<see cref="NerFeatures.LatestSet"/> for new models).</summary>
    public int FeatureSet { get; }

    /// <summary>True when the model was trained with part-of-speech features (the POS layer is then required).</summary>
    public bool UsesTags { get; }

    /// <summary>Hashes of the words frequent enough in training to keep their identity.</summary>
    public FrozenSet<ulong> Vocabulary { get; }

    /// <summary>The known names the model was trained with.</summary>
    public NerGazetteer Gazetteer { get; }

    /// <summary>Distributional word clusters (empty when trained without).</summary>
    internal WordClusters Clusters { get; }

    /// <summary>The weights, dequantised (for averaging the models of several seeds).</summary>
    internal float[] Weights()
    {
        var weights = new float[_weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = _weights[k] * _scale;
        }
        return weights;
    }

    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>True when the model decodes a document twice: the second pass sees the first-pass labels of other mentions.</summary>
    internal bool IsTwoPass => FeatureSet >= 2;

    /// <summary>
    /// Labels every token of the sentence; writes into <paramref name="labels"/>. Two-pass models take the
    /// sentence's first pass (<see cref="FirstPass{TTokens}"/>, after every sentence of the document had its first pass).
    /// </summary>
    internal void Predict<TTokens>(TTokens tokens, int count, Span<NerLabel> labels, NerDocument? document, ReadOnlySpan<ulong> tags = default, NerFirstPass? first = null) where TTokens : ITokenSource
    {
        var buffers = _buffers ??= new DecodeBuffers();
        buffers.Ensure(count);
        if (first is null || document is null)
        {
            PredictTags(tokens, count, buffers.Tags, document, tags);
        }
        else if (!document.HasNameEvidence(tokens, count, first.Tags))
        {
            // Nothing for the second pass to add: its result would be the first pass.
            first.Tags.AsSpan(0, count).CopyTo(buffers.Tags);
        }
        else
        {
            SecondPass(tokens, count, document, tags, first);
        }
        NerChain.ToBio(buffers.Tags.AsSpan(0, count), labels);
        NerTitles.Strip(tokens, labels[..count]);
        TrimLeadingNumbers(tokens, labels[..count]);
    }

    /// <summary>
    /// A name does not start with a count: "destroyed 14 Islamic State tanks" tagged "14 Islamic State" an organisation.
    /// A span's leading number token (digits, with separators) moves its start to the next word.
    /// </summary>
    internal static void TrimLeadingNumbers<TTokens>(TTokens tokens, Span<NerLabel> labels) where TTokens : ITokenSource
    {
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            var begin = labels[i];
            if (begin is not (NerLabel.BPer or NerLabel.BOrg or NerLabel.BLoc) || labels[i + 1] != begin + 1 || !IsCount(tokens.TokenText(i)))
            {
                continue;
            }
            labels[i] = NerLabel.O;
            labels[i + 1] = begin;
        }
    }

    private static bool IsCount(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>First pass of a two-pass model: tags the sentence without label evidence and records the tags in the document.</summary>
    internal NerFirstPass FirstPass<TTokens>(TTokens tokens, int count, NerDocument document, ReadOnlySpan<ulong> tags = default) where TTokens : ITokenSource
    {
        var result = new int[count];
        PredictTags(tokens, count, result, document, tags);
        document.AddLabels(tokens, count, result);
        return new NerFirstPass(result, _buffers!.Emissions.AsSpan(0, count * NerChain.Count).ToArray());
    }

    /// <summary>Viterbi decoding into internal BIOES tags.</summary>
    internal void PredictTags<TTokens>(TTokens tokens, int count, int[] result, NerDocument? document, ReadOnlySpan<ulong> tags = default, ReadOnlySpan<int> firstPass = default) where TTokens : ITokenSource
    {
        var features = _features ??= new NerFeatures();
        var buffers = _buffers ??= new DecodeBuffers();
        buffers.Ensure(count);
        features.Prepare(tokens, count, Gazetteer, Vocabulary, Clusters, document, UsesTags ? tags : default, FeatureSet, firstPass);
        Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxFeatures];
        var emissions = buffers.Emissions.AsSpan(0, count * NerChain.Count);
        for (var i = 0; i < count; i++)
        {
            var n = features.Extract(i, hashes);
            Score(hashes[..n], emissions.Slice(i * NerChain.Count, NerChain.Count));
        }
        NerChain.Viterbi(emissions, _transitions, count, result, buffers.Score, buffers.Back);
    }

    /// <summary>The second pass: the first pass's scores plus the label features (the same sum as scoring all features again).</summary>
    private void SecondPass<TTokens>(TTokens tokens, int count, NerDocument document, ReadOnlySpan<ulong> tags, NerFirstPass first) where TTokens : ITokenSource
    {
        var features = _features ??= new NerFeatures();
        var buffers = _buffers!;
        features.Prepare(tokens, count, Gazetteer, Vocabulary, Clusters, document, UsesTags ? tags : default, FeatureSet, first.Tags);
        Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> extra = stackalloc float[NerChain.Count];
        var emissions = buffers.Emissions.AsSpan(0, count * NerChain.Count);
        first.Emissions.AsSpan(0, count * NerChain.Count).CopyTo(emissions);
        for (var i = 0; i < count; i++)
        {
            var n = features.ExtractLabels(i, hashes);
            if (n == 0)
            {
                continue;
            }
            Score(hashes[..n], extra);
            var row = emissions.Slice(i * NerChain.Count, NerChain.Count);
            for (var l = 0; l < NerChain.Count; l++)
            {
                row[l] += extra[l];
            }
        }
        NerChain.Viterbi(emissions, _transitions, count, buffers.Tags, buffers.Score, buffers.Back);
    }

    /// <summary>Labels one sentence, taken as a document of its own.</summary>
    public NerLabel[] Predict(string[] tokens, ulong[]? tags = null) => PredictDocument([tokens], [tags])[0];

    /// <summary>Labels the sentences of one document (document-level features see all of them).</summary>
    public NerLabel[][] PredictDocument(IReadOnlyList<string[]> sentences, IReadOnlyList<ulong[]?>? tags = null)
    {
        var document = new NerDocument();
        foreach (var sentence in sentences)
        {
            document.Add(new ArrayTokens(sentence), sentence.Length);
        }
        var documents = new NerDocument[sentences.Count];
        Array.Fill(documents, document);
        return PredictSentences(sentences, tags, documents);
    }

    /// <summary>Labels sentences whose documents (with their word evidence) are given, in one or two passes.</summary>
    internal NerLabel[][] PredictSentences(IReadOnlyList<string[]> sentences, IReadOnlyList<ulong[]?>? tags, IReadOnlyList<NerDocument> documents)
    {
        NerFirstPass[]? first = null;
        if (IsTwoPass)
        {
            first = new NerFirstPass[sentences.Count];
            for (var s = 0; s < sentences.Count; s++)
            {
                first[s] = FirstPass(new ArrayTokens(sentences[s]), sentences[s].Length, documents[s], tags?[s]);
            }
        }
        var result = new NerLabel[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = new NerLabel[sentences[s].Length];
            Predict(new ArrayTokens(sentences[s]), sentences[s].Length, result[s], documents[s], tags?[s], first?[s]);
        }
        return result;
    }

    internal unsafe void Score(ReadOnlySpan<ulong> hashes, Span<float> scores)
    {
        Span<int> sums = stackalloc int[NerChain.Count];
        // The table is larger than the caches: start loading every row before adding the first.
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            fixed (short* weights = _weights)
            {
                foreach (var h in hashes)
                {
                    var row = weights + ((int)(h & (ulong)_mask) * NerChain.Count);
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(row);
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(row + NerChain.Count - 1);
                }
            }
        }
        foreach (var h in hashes)
        {
            var row = _weights.AsSpan((int)(h & (ulong)_mask) * NerChain.Count, NerChain.Count);
            for (var l = 0; l < NerChain.Count; l++)
            {
                sums[l] += row[l];
            }
        }
        for (var l = 0; l < NerChain.Count; l++)
        {
            scores[l] = sums[l] * _scale;
        }
    }

    private sealed class DecodeBuffers
    {
        public float[] Emissions = new float[64 * NerChain.Count];
        public float[] Score = new float[64 * NerChain.Count];
        public int[] Back = new int[64 * NerChain.Count];
        public int[] Tags = new int[64];

        public void Ensure(int count)
        {
            if (Tags.Length >= count)
            {
                return;
            }
            var size = Math.Max(count, Tags.Length * 2);
            Emissions = new float[size * NerChain.Count];
            Score = new float[size * NerChain.Count];
            Back = new int[size * NerChain.Count];
            Tags = new int[size];
        }
    }

    /// <summary>The file name of the entity model in a model folder.</summary>
    public const string FileName = "ner.edm";

    /// <summary>Saves with weights quantised to 16 bits (a scale per model), compressed.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, WritePayload);

    public byte[] ToBytes() => ModelFile.ToBytes(Kind, WritePayload);

    private void WritePayload(BinaryWriter w)
    {
        w.Write(Bits);
        w.Write((byte)(ChainFlag | FeatureSetFlag | (UsesTags ? TagsFlag : 0)));
        w.Write((byte)FeatureSet);
        Gazetteer.Write(w);
        Clusters.Write(w);
        var vocabulary = Vocabulary.Order().ToArray();
        w.Write(vocabulary.Length);
        foreach (var word in vocabulary)
        {
            w.Write(word);
        }
        foreach (var t in _transitions)
        {
            w.Write(t);
        }
        w.Write(_scale);
        // Run-length encode zero stretches: most buckets are empty.
        var i = 0;
        while (i < _weights.Length)
        {
            var zeros = 0;
            while (i < _weights.Length && _weights[i] == 0)
            {
                zeros++;
                i++;
            }
            w.Write(zeros);
            var start = i;
            while (i < _weights.Length && _weights[i] != 0)
            {
                i++;
            }
            w.Write(i - start);
            for (var k = start; k < i; k++)
            {
                w.Write(_weights[k]);
            }
        }
    }

    public static NerModel Load(string path) => ModelFile.Read(path, Kind, ReadPayload);

    public static NerModel FromBytes(byte[] bytes, string name = "ner model") => ModelFile.FromBytes(bytes, name, Kind, ReadPayload);

    private static NerModel ReadPayload(BinaryReader r)
    {
        var bits = r.ReadInt32();
        if (bits is < 10 or > 26)
        {
            throw new InvalidDataException($"weight table bits {bits} out of range");
        }
        var flags = r.ReadByte();
        if ((flags & ChainFlag) == 0)
        {
            throw new InvalidDataException("NER model of an older format (greedy BIO tagger); retrain it with 'eventdesk train ner'");
        }
        var usesTags = (flags & TagsFlag) != 0;
        var featureSet = (flags & FeatureSetFlag) != 0 ? r.ReadByte() : 0;
        if (featureSet > NerFeatures.LatestSet)
        {
            throw new InvalidDataException($"NER model of a newer feature set ({featureSet}); update EventDesk or retrain it with 'eventdesk train ner'");
        }
        var gazetteer = NerGazetteer.Read(r);
        var clusters = WordClusters.Read(r);
        var words = new ulong[ModelFile.ReadCount(r, 50_000_000)];
        ModelFile.ReadArray<ulong>(r, words);
        var transitions = new float[(NerChain.Count + 1) * NerChain.Count];
        for (var k = 0; k < transitions.Length; k++)
        {
            transitions[k] = r.ReadSingle();
        }
        var scale = r.ReadSingle();
        var weights = new short[(1 << bits) * NerChain.Count];
        var i = 0;
        while (i < weights.Length)
        {
            var zeros = r.ReadInt32();
            if (zeros < 0 || zeros > weights.Length - i)
            {
                throw new InvalidDataException("zero run past the end of the weight table");
            }
            i += zeros;
            var values = r.ReadInt32();
            if (values < 0 || values > weights.Length - i)
            {
                throw new InvalidDataException("value run past the end of the weight table");
            }
            // Little-endian int16 values one after another: read as one block (start-up).
            ModelFile.ReadArray(r, weights.AsSpan(i, values));
            i += values;
        }
        return new NerModel(bits, (weights, scale), transitions, gazetteer, words.ToFrozenSet(), clusters, usesTags, featureSet);
    }
}

/// <summary>A sentence's first-pass tags (BIOES) and emission scores, kept for the second pass. Immutable by convention.</summary>
internal sealed record NerFirstPass(int[] Tags, float[] Emissions);
