using System.Collections.Frozen;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// The named-entity tagger: a greedy left-to-right averaged perceptron over hashed features,
/// with BIO constraints. Immutable after load and thread-safe: per-call state lives in a
/// <see cref="NerFeatures"/> taken from a thread-local cache.
/// </summary>
public sealed class NerModel
{
    public const string Kind = "ner";

    private readonly float[] _weights; // [bucket * NerLabels.Count + label]
    private readonly int _mask;

    [ThreadStatic]
    private static NerFeatures? _features;

    internal NerModel(int bits, float[] weights, NerGazetteer gazetteer, FrozenSet<ulong> vocabulary, bool usesTags)
    {
        UsesTags = usesTags;
        Gazetteer = gazetteer;
        Vocabulary = vocabulary;
        if (bits is < 10 or > 26 || weights.Length != (1 << bits) * NerLabels.Count)
        {
            throw new ArgumentException("NER weight table size does not match its bit count.");
        }
        Bits = bits;
        _weights = weights;
        _mask = (1 << bits) - 1;
    }

    public int Bits { get; }

    /// <summary>True when the model was trained with part-of-speech features (the POS layer is then required).</summary>
    public bool UsesTags { get; }

    /// <summary>Hashes of the words frequent enough in training to keep their identity.</summary>
    public FrozenSet<ulong> Vocabulary { get; }

    /// <summary>The known names the model was trained with.</summary>
    public NerGazetteer Gazetteer { get; }

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>Labels every token of the sentence; writes into <paramref name="labels"/>.</summary>
    internal void Predict<TTokens>(TTokens tokens, int count, Span<NerLabel> labels, ReadOnlySpan<ulong> tags = default) where TTokens : ITokenSource
    {
        var features = _features ??= new NerFeatures();
        features.Prepare(tokens, count, Gazetteer, Vocabulary, UsesTags ? tags : default);
        Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerLabels.Count];
        NerLabel p1 = NerLabel.O, p2 = NerLabel.O;
        for (var i = 0; i < count; i++)
        {
            var n = features.Extract(i, p1, p2, hashes);
            Score(hashes[..n], scores);
            var best = Best(scores, p1);
            labels[i] = best;
            p2 = p1;
            p1 = best;
        }
    }

    public NerLabel[] Predict(string[] tokens, ulong[]? tags = null)
    {
        var labels = new NerLabel[tokens.Length];
        Predict(new ArrayTokens(tokens), tokens.Length, labels, tags);
        return labels;
    }

    internal unsafe void Score(ReadOnlySpan<ulong> hashes, Span<float> scores)
    {
        scores.Clear();
        // The table is larger than the caches: start loading every row before adding the first
        // (the sums themselves stay in the same order).
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            fixed (float* weights = _weights)
            {
                foreach (var h in hashes)
                {
                    var row = weights + ((int)(h & (ulong)_mask) * NerLabels.Count);
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(row);
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(row + NerLabels.Count - 1);
                }
            }
        }
        foreach (var h in hashes)
        {
            var row = _weights.AsSpan((int)(h & (ulong)_mask) * NerLabels.Count, NerLabels.Count);
            for (var l = 0; l < NerLabels.Count; l++)
            {
                scores[l] += row[l];
            }
        }
    }

    internal static NerLabel Best(ReadOnlySpan<float> scores, NerLabel previous)
    {
        var best = NerLabel.O;
        var bestScore = float.NegativeInfinity;
        for (var l = 0; l < NerLabels.Count; l++)
        {
            var label = (NerLabel)l;
            if (scores[l] > bestScore && NerLabels.IsAllowed(previous, label))
            {
                best = label;
                bestScore = scores[l];
            }
        }
        return best;
    }

    /// <summary>Saves with weights quantised to 16 bits (a scale per model), compressed.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, WritePayload);

    public byte[] ToBytes() => ModelFile.ToBytes(Kind, WritePayload);

    private void WritePayload(BinaryWriter w)
    {
        var max = 0f;
        foreach (var x in _weights)
        {
            max = Math.Max(max, Math.Abs(x));
        }
        var scale = max == 0 ? 1f : max / short.MaxValue;
        w.Write(Bits);
        w.Write(UsesTags);
        Gazetteer.Write(w);
        var vocabulary = Vocabulary.Order().ToArray();
        w.Write(vocabulary.Length);
        foreach (var word in vocabulary)
        {
            w.Write(word);
        }
        w.Write(scale);
        // Run-length encode zero stretches: most buckets are empty after pruning.
        var i = 0;
        while (i < _weights.Length)
        {
            var zeros = 0;
            while (i < _weights.Length && (short)MathF.Round(_weights[i] / scale) == 0 && zeros < int.MaxValue)
            {
                zeros++;
                i++;
            }
            w.Write(zeros);
            var start = i;
            while (i < _weights.Length && (short)MathF.Round(_weights[i] / scale) != 0)
            {
                i++;
            }
            w.Write(i - start);
            for (var k = start; k < i; k++)
            {
                w.Write((short)MathF.Round(_weights[k] / scale));
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
        var usesTags = r.ReadBoolean();
        var gazetteer = NerGazetteer.Read(r);
        var words = new ulong[ModelFile.ReadCount(r, 50_000_000)];
        for (var k = 0; k < words.Length; k++)
        {
            words[k] = r.ReadUInt64();
        }
        var scale = r.ReadSingle();
        var weights = new float[(1 << bits) * NerLabels.Count];
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
            for (var k = 0; k < values; k++)
            {
                weights[i++] = r.ReadInt16() * scale;
            }
        }
        return new NerModel(bits, weights, gazetteer, words.ToFrozenSet(), usesTags);
    }
}
