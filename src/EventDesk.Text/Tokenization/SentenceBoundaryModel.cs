using System.Buffers.Binary;

namespace EventDesk.Text.Tokenization;

/// <summary>
/// The learned sentence boundary classifier: one weight per hashed feature
/// (<see cref="BoundaryFeatures"/>) and two thresholds, one for gaps where the rules end a sentence
/// (the score must stay above <see cref="KeepThreshold"/> to keep it) and one for the other
/// candidate gaps (above <see cref="AddThreshold"/> to add one). Trained by
/// <see cref="SentenceBoundaryTrainer"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// File format (little-endian), self-contained so that EventDesk.Text needs nothing but the BCL:
/// <code>
/// "EDSB"            magic
/// u16 format        FormatVersion
/// u16 features      BoundaryFeatures.Version the weights belong to
/// u8  hash bits     the weight table holds 2^bits entries
/// u8[3]             zero
/// f32 keep, f32 add thresholds
/// f32 scale         weight = int16 * scale
/// i32 count         non-zero weights
/// count x (varint index delta, i16 weight)
/// i32 words         entries of the learned word list (WordLexicon)
/// words x (varint key delta, u16 code)   keys strictly increasing, the first delta from 0
/// u64               FNV-1a 64 of every byte before it
/// </code>
/// </remarks>
public sealed class SentenceBoundaryModel
{
    /// <summary>The file name under <c>data/models/sentences/</c>.</summary>
    public const string FileName = "boundaries.edm";

    private const int FormatVersion = 2;
    private const int HeaderLength = 28;
    private static readonly byte[] Magic = "EDSB"u8.ToArray();

    private static readonly Lazy<SentenceBoundaryModel?> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    internal SentenceBoundaryModel(float[] weights, float keepThreshold, float addThreshold, WordLexicon? lexicon = null)
    {
        Lexicon = lexicon ?? WordLexicon.Empty;
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
        {
            throw new ArgumentException("The weight table size must be a power of two.", nameof(weights));
        }
        Weights = weights;
        KeepThreshold = keepThreshold;
        AddThreshold = addThreshold;
        Scale = ScaleOf(weights);
        Quanta = new short[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            Quanta[i] = Quantum(weights[i], Scale);
        }
    }

    internal float[] Weights { get; }

    /// <summary>The learned word list the lexicon features read (empty when trained without one).</summary>
    internal WordLexicon Lexicon { get; }

    /// <summary>Number of words in the learned word list.</summary>
    public int LexiconWords => Lexicon.Count;

    /// <summary>
    /// The weights as int16 multiples of <see cref="Scale"/> (exactly what the file stores): half the
    /// memory of floats, so the table stays in cache on the hot path.
    /// </summary>
    internal short[] Quanta { get; }

    internal float Scale { get; }

    /// <summary>A rule boundary is kept when the score is above this.</summary>
    public float KeepThreshold { get; }

    /// <summary>A boundary the rules did not see is added when the score is above this.</summary>
    public float AddThreshold { get; }

    /// <summary>Number of hash bits (the weight table has 2^bits entries).</summary>
    public int HashBits => System.Numerics.BitOperations.Log2((uint)Weights.Length);

    /// <summary>Number of non-zero weights.</summary>
    public int NonZeroWeights
    {
        get
        {
            var n = 0;
            foreach (var w in Weights)
            {
                n += w != 0 ? 1 : 0;
            }
            return n;
        }
    }

    /// <summary>A short id of the weights for layer provenance: the low 32 bits of the file checksum, in hex.</summary>
    public string Id => _id ??= (Checksum(ToBytes()) & 0xFFFFFFFF).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    private string? _id;

    /// <summary>
    /// The committed model, loaded once on first use from the first <c>data/models/sentences/boundaries.edm</c>
    /// found (see <see cref="FindDefault"/>); null when there is none, after a one-time warning on
    /// standard error (the tokenizer then uses the rules alone). A corrupt file is an error.
    /// </summary>
    public static SentenceBoundaryModel? Default => DefaultModel.Value;

    /// <summary>
    /// Where the default model is: <c>EVENTDESK_SENTENCE_MODEL</c> (a file, or <c>none</c> for the
    /// rules alone), <c>EVENTDESK_MODELS/sentences/</c>, or <c>data/models/sentences/</c> beside or
    /// above the application or the working directory. Null when not found.
    /// </summary>
    public static string? FindDefault()
    {
        var explicitPath = Environment.GetEnvironmentVariable("EVENTDESK_SENTENCE_MODEL");
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return explicitPath.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : explicitPath;
        }
        var models = Environment.GetEnvironmentVariable("EVENTDESK_MODELS");
        if (!string.IsNullOrEmpty(models) && File.Exists(Path.Combine(models, "sentences", FileName)))
        {
            return Path.Combine(models, "sentences", FileName);
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "models", "sentences", FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static SentenceBoundaryModel? LoadDefault()
    {
        var path = FindDefault();
        if (path is null)
        {
            if (!"none".Equals(Environment.GetEnvironmentVariable("EVENTDESK_SENTENCE_MODEL"), StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine(
                    $"warning: no sentence boundary model (data/models/sentences/{FileName}) found beside or above the application or the " +
                    "working directory; sentences are split by the punctuation rules alone. Set EVENTDESK_SENTENCE_MODEL to the file, " +
                    "or train one with 'eventdesk train sentences'.");
            }
            return null;
        }
        return Load(path);
    }

    /// <summary>Reads a model file. Throws <see cref="InvalidDataException"/> naming the file when it is corrupt or truncated.</summary>
    public static SentenceBoundaryModel Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"Cannot read the sentence boundary model '{path}': {e.Message}", e);
        }
        return FromBytes(bytes, path);
    }

    /// <summary>Parses the bytes of a model file; <paramref name="name"/> is used in error messages.</summary>
    public static SentenceBoundaryModel FromBytes(ReadOnlySpan<byte> bytes, string name = "model")
    {
        const string Fix = " Restore the file from git or retrain it with 'eventdesk train sentences'.";
        if (bytes.Length < HeaderLength + 8 || !bytes[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"'{name}' is not a sentence boundary model (missing 'EDSB' header or shorter than {HeaderLength + 8} bytes).{Fix}");
        }
        var stored = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]);
        if (stored != Checksum(bytes[..^8]))
        {
            throw new InvalidDataException($"Sentence boundary model '{name}' is corrupt or truncated (checksum mismatch over {bytes.Length} bytes).{Fix}");
        }
        var format = BinaryPrimitives.ReadUInt16LittleEndian(bytes[4..]);
        var features = BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]);
        if (format != FormatVersion || features != BoundaryFeatures.Version)
        {
            throw new InvalidDataException(
                $"Sentence boundary model '{name}' has format {format} / features {features}; this build reads format {FormatVersion} / features " +
                $"{BoundaryFeatures.Version}. Retrain it with 'eventdesk train sentences'.");
        }
        int bits = bytes[8];
        if (bits is < 8 or > 26)
        {
            throw new InvalidDataException($"Sentence boundary model '{name}' declares {bits} hash bits (expected 8 to 26).{Fix}");
        }
        var keep = BinaryPrimitives.ReadSingleLittleEndian(bytes[12..]);
        var add = BinaryPrimitives.ReadSingleLittleEndian(bytes[16..]);
        var scale = BinaryPrimitives.ReadSingleLittleEndian(bytes[20..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[24..]);
        var weights = new float[1 << bits];
        var body = bytes[HeaderLength..^8];
        var pos = 0;
        var index = -1;
        for (var i = 0; i < count; i++)
        {
            uint delta = 0;
            var shift = 0;
            byte b;
            do
            {
                if (pos >= body.Length || shift > 28)
                {
                    throw new InvalidDataException($"Sentence boundary model '{name}' ends inside weight {i} of {count}.{Fix}");
                }
                b = body[pos++];
                delta |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            if (pos + 2 > body.Length)
            {
                throw new InvalidDataException($"Sentence boundary model '{name}' ends inside weight {i} of {count}.{Fix}");
            }
            index += (int)delta + 1;
            if (index >= weights.Length)
            {
                throw new InvalidDataException($"Sentence boundary model '{name}' has a weight index {index} outside its table of {weights.Length}.{Fix}");
            }
            weights[index] = BinaryPrimitives.ReadInt16LittleEndian(body[pos..]) * scale;
            pos += 2;
        }
        if (pos + 4 > body.Length)
        {
            throw new InvalidDataException($"Sentence boundary model '{name}' ends before its word list.{Fix}");
        }
        var words = BinaryPrimitives.ReadInt32LittleEndian(body[pos..]);
        pos += 4;
        if (words < 0 || words > body.Length - pos)
        {
            throw new InvalidDataException($"Sentence boundary model '{name}' declares {words} words in its word list, more than its {body.Length - pos} bytes hold.{Fix}");
        }
        var keys = new uint[words];
        var codes = new ushort[words];
        var key = 0u;
        for (var i = 0; i < words; i++)
        {
            uint delta = 0;
            var shift = 0;
            byte b;
            do
            {
                if (pos >= body.Length || shift > 28)
                {
                    throw new InvalidDataException($"Sentence boundary model '{name}' ends inside word {i} of {words}.{Fix}");
                }
                b = body[pos++];
                delta |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            if (pos + 2 > body.Length || delta == 0 || delta > uint.MaxValue - key)
            {
                throw new InvalidDataException($"Sentence boundary model '{name}' has a bad or truncated word list entry {i} of {words}.{Fix}");
            }
            key += delta;
            keys[i] = key;
            codes[i] = BinaryPrimitives.ReadUInt16LittleEndian(body[pos..]);
            pos += 2;
        }
        if (pos != body.Length || !float.IsFinite(keep) || !float.IsFinite(add) || !float.IsFinite(scale))
        {
            throw new InvalidDataException($"Sentence boundary model '{name}' has {body.Length - pos} unexpected bytes after its weights or a bad threshold.{Fix}");
        }
        return new SentenceBoundaryModel(weights, keep, add, words == 0 ? null : new WordLexicon(keys, codes));
    }

    /// <summary>Writes the model file (creating its folder).</summary>
    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        File.WriteAllBytes(path, ToBytes());
    }

    /// <summary>The bytes of the model file. Weights are stored as int16 multiples of one scale, so a model
    /// built by <see cref="Quantize"/> round-trips exactly.</summary>
    public byte[] ToBytes()
    {
        var scale = ScaleOf(Weights);
        using var stream = new MemoryStream();
        Span<byte> header = stackalloc byte[HeaderLength];
        header.Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], BoundaryFeatures.Version);
        header[8] = (byte)HashBits;
        BinaryPrimitives.WriteSingleLittleEndian(header[12..], KeepThreshold);
        BinaryPrimitives.WriteSingleLittleEndian(header[16..], AddThreshold);
        BinaryPrimitives.WriteSingleLittleEndian(header[20..], scale);
        var count = 0;
        Span<byte> buffer = stackalloc byte[8];
        var previous = -1;
        using var body = new MemoryStream();
        for (var i = 0; i < Weights.Length; i++)
        {
            var q = Quantum(Weights[i], scale);
            if (q == 0)
            {
                continue;
            }
            var delta = (uint)(i - previous - 1);
            var n = 0;
            while (delta >= 0x80)
            {
                buffer[n++] = (byte)(delta | 0x80);
                delta >>= 7;
            }
            buffer[n++] = (byte)delta;
            BinaryPrimitives.WriteInt16LittleEndian(buffer[n..], q);
            body.Write(buffer[..(n + 2)]);
            previous = i;
            count++;
        }
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], count);
        stream.Write(header);
        body.Position = 0;
        body.CopyTo(stream);
        BinaryPrimitives.WriteInt32LittleEndian(buffer, Lexicon.Count);
        stream.Write(buffer[..4]);
        var previousKey = 0u;
        for (var i = 0; i < Lexicon.Count; i++)
        {
            var delta = Lexicon.Keys[i] - previousKey;
            var n = 0;
            while (delta >= 0x80)
            {
                buffer[n++] = (byte)(delta | 0x80);
                delta >>= 7;
            }
            buffer[n++] = (byte)delta;
            BinaryPrimitives.WriteUInt16LittleEndian(buffer[n..], Lexicon.Codes[i]);
            stream.Write(buffer[..(n + 2)]);
            previousKey = Lexicon.Keys[i];
        }
        var bytes = stream.ToArray();
        var result = new byte[bytes.Length + 8];
        bytes.CopyTo(result, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(result.AsSpan(bytes.Length), Checksum(bytes));
        return result;
    }

    /// <summary>
    /// A model whose weights are exactly what its file stores: int16 multiples of one scale, with
    /// weights smaller than <paramref name="pruneBelow"/> units dropped.
    /// </summary>
    internal static SentenceBoundaryModel Quantize(float[] weights, float keepThreshold, float addThreshold, int pruneBelow = 0, WordLexicon? lexicon = null)
    {
        var scale = ScaleOf(weights);
        var result = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var q = Quantum(weights[i], scale);
            result[i] = Math.Abs((int)q) < pruneBelow ? 0 : q * scale;
        }
        // Through the file format, so that the model in memory is bit for bit the one a file would load.
        return FromBytes(new SentenceBoundaryModel(result, keepThreshold, addThreshold, lexicon).ToBytes());
    }

    /// <summary>The same weights with other thresholds.</summary>
    internal SentenceBoundaryModel WithThresholds(float keepThreshold, float addThreshold) => new(Weights, keepThreshold, addThreshold, Lexicon);

    private static float ScaleOf(float[] weights)
    {
        var max = 0f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }
        return max == 0 ? 1f : max / short.MaxValue;
    }

    private static short Quantum(float weight, float scale) =>
        (short)Math.Clamp(MathF.Round(weight / scale), short.MinValue + 1, short.MaxValue);

    internal static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var h = 0xCBF29CE484222325ul;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 0x100000001B3;
        }
        return h;
    }
}
