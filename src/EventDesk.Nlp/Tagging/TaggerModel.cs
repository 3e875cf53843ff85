using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Tagging;

/// <summary>
/// A two-pass greedy averaged-perceptron tagger over joint UPOS+XPOS classes. Pass one tags
/// left to right from lexical features and its own previous tags; pass two sees pass one's
/// tags on both sides. Immutable and thread-safe; per-call buffers come from the caller.
/// </summary>
internal sealed class TaggerModel
{
    public const string Kind = "tagger";
    public const int MaxFeatures = 80;

    // Files written since word clusters start with a marker (the first layout starts with the class count);
    // files with an external word lexicon have the second marker and the lexicon after the clusters.
    private const int FormatMarker = 0x45440002;
    private const int LexiconFormatMarker = 0x45440003;

    public TaggerModel(Upos[] classUpos, ushort[] classXpos, string[] xposNames, string[] classFeats,
        HashMap64<ulong> ambiguity, FrozenWeights pass1, FrozenWeights pass2, WordClusters? clusters = null, WordLexicon? lexicon = null)
    {
        Clusters = clusters ?? WordClusters.None;
        Lexicon = lexicon ?? WordLexicon.Empty;
        ClassUpos = classUpos;
        ClassXpos = classXpos;
        XposNames = xposNames;
        ClassFeats = classFeats;
        Ambiguity = ambiguity;
        Pass1 = pass1;
        Pass2 = pass2;
    }

    public Upos[] ClassUpos { get; }
    public ushort[] ClassXpos { get; }
    public string[] XposNames { get; }

    /// <summary>The most frequent FEATS of each class (fallback for the lemmatizer's lexicon).</summary>
    public string[] ClassFeats { get; }

    /// <summary>Normalised word hash to the hash of the set of classes it was seen with.</summary>
    public HashMap64<ulong> Ambiguity { get; }

    /// <summary>Word clusters shared with the parser (empty for models trained without them).</summary>
    public WordClusters Clusters { get; }

    /// <summary>The external word → PTB tags lexicon read as features (empty for models trained without one).</summary>
    public WordLexicon Lexicon { get; }

    public FrozenWeights Pass1 { get; }
    public FrozenWeights Pass2 { get; }

    public int Classes => ClassUpos.Length;

    /// <summary>Stands for every word not seen in training (its identity features are shared).</summary>
    public const ulong UnknownWord = 0x6C8E9CF570932BD5UL;

    /// <summary>Fills the ambiguity classes; words unseen in training become <see cref="UnknownWord"/>.</summary>
    public void FillAmbiguity(Span<WordInfo> words)
    {
        Clusters.Fill(words);
        for (var i = 0; i < words.Length; i++)
        {
            Lexicon.Fill(ref words[i]);
            if (Ambiguity.TryGetValue(words[i].Norm, out var a))
            {
                words[i].Amb = a;
            }
            else
            {
                words[i].Amb = FeatureHash.None;
                words[i].Norm = UnknownWord;
                words[i].Form = UnknownWord;
            }
        }
    }

    /// <summary>Tags a sentence; <paramref name="words"/> must have their ambiguity classes filled.</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> classes, Span<int> firstPass)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<int> scores = stackalloc int[Classes];
        for (var i = 0; i < words.Length; i++)
        {
            var n = Extract(words, i, firstPass, default, features);
            scores.Clear();
            Pass1.Score(features[..n], scores);
            firstPass[i] = ArgMax(scores);
        }
        for (var i = 0; i < words.Length; i++)
        {
            var n = Extract(words, i, classes, firstPass, features);
            scores.Clear();
            Pass2.Score(features[..n], scores);
            classes[i] = ArgMax(scores);
        }
    }

    public static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }

    private static ulong Tag(ReadOnlySpan<int> tags, int i) =>
        i < 0 ? FeatureHash.Bos : i >= tags.Length ? FeatureHash.Eos : (ulong)tags[i] + 1;

    /// <summary>
    /// Feature keys for word <paramref name="i"/>. <paramref name="left"/> holds the tags already
    /// chosen in this pass (positions &lt; i); <paramref name="right"/> the first-pass tags, or empty
    /// in the first pass.
    /// </summary>
    public static int Extract(ReadOnlySpan<WordInfo> w, int i, ReadOnlySpan<int> left, ReadOnlySpan<int> right, Span<ulong> f)
    {
        var n = 0;
        ref readonly var w0 = ref w[i];
        var wm1 = i > 0 ? w[i - 1].Norm : FeatureHash.Bos;
        var wm2 = i > 1 ? w[i - 2].Norm : FeatureHash.Bos;
        var wp1 = i + 1 < w.Length ? w[i + 1].Norm : FeatureHash.Eos;
        var wp2 = i + 2 < w.Length ? w[i + 2].Norm : FeatureHash.Eos;
        var am1 = i > 0 ? w[i - 1].Amb : FeatureHash.Bos;
        var ap1 = i + 1 < w.Length ? w[i + 1].Amb : FeatureHash.Eos;
        var ap2 = i + 2 < w.Length ? w[i + 2].Amb : FeatureHash.Eos;
        var shm1 = i > 0 ? w[i - 1].Shape : FeatureHash.Bos;
        var shp1 = i + 1 < w.Length ? w[i + 1].Shape : FeatureHash.Eos;
        var sfm1 = i > 0 ? w[i - 1].S3 : FeatureHash.Bos;
        var sfp1 = i + 1 < w.Length ? w[i + 1].S3 : FeatureHash.Eos;
        var t1 = Tag(left, i - 1);
        var t2 = Tag(left, i - 2);
        var first = i == 0 ? 1UL : 0UL;

        f[n++] = FeatureHash.F(1, 0);
        f[n++] = FeatureHash.F(2, w0.Norm);
        f[n++] = FeatureHash.F(3, w0.Form);
        f[n++] = FeatureHash.F(4, wm1);
        f[n++] = FeatureHash.F(5, wp1);
        f[n++] = FeatureHash.F(6, wm2);
        f[n++] = FeatureHash.F(7, wp2);
        f[n++] = FeatureHash.F(8, w0.S1);
        f[n++] = FeatureHash.F(9, w0.S2);
        f[n++] = FeatureHash.F(10, w0.S3);
        f[n++] = FeatureHash.F(11, w0.S4);
        f[n++] = FeatureHash.F(12, w0.P1);
        f[n++] = FeatureHash.F(13, w0.P2);
        f[n++] = FeatureHash.F(14, w0.P3);
        f[n++] = FeatureHash.F(15, w0.Shape);
        f[n++] = FeatureHash.F(16, shm1, w0.Shape);
        f[n++] = FeatureHash.F(17, w0.Shape, shp1);
        f[n++] = FeatureHash.F(18, t1);
        f[n++] = FeatureHash.F(19, t2);
        f[n++] = FeatureHash.F(20, t1, t2);
        f[n++] = FeatureHash.F(21, t1, w0.Norm);
        f[n++] = FeatureHash.F(22, wm1, w0.Norm);
        f[n++] = FeatureHash.F(23, w0.Norm, wp1);
        f[n++] = FeatureHash.F(24, w0.Amb);
        f[n++] = FeatureHash.F(25, ap1);
        f[n++] = FeatureHash.F(26, am1);
        f[n++] = FeatureHash.F(27, ap2);
        f[n++] = FeatureHash.F(28, t1, w0.Amb);
        f[n++] = FeatureHash.F(29, w0.Amb, ap1);
        f[n++] = FeatureHash.F(30, w0.Flags, first);
        f[n++] = FeatureHash.F(31, sfm1);
        f[n++] = FeatureHash.F(32, sfp1);
        f[n++] = FeatureHash.F(33, t1, w0.S3);
        f[n++] = FeatureHash.F(34, w0.Form, first);
        f[n++] = FeatureHash.F(35, t1, t2, w0.Amb);
        f[n++] = FeatureHash.F(36, w0.Amb, w0.S3);
        f[n++] = FeatureHash.F(37, wm1, w0.Norm, wp1);
        f[n++] = FeatureHash.F(38, wm1, w0.S3);
        f[n++] = FeatureHash.F(39, t1, wp1);
        f[n++] = FeatureHash.F(50, w0.S3, wp1);
        f[n++] = FeatureHash.F(51, w0.Flags, w0.S2, t1);
        var fm1 = i > 0 ? w[i - 1].Flags : FeatureHash.Bos;
        var fp1 = i + 1 < w.Length ? w[i + 1].Flags : FeatureHash.Eos;
        f[n++] = FeatureHash.F(52, w0.Norm, w0.Flags);
        f[n++] = FeatureHash.F(53, t1, w0.Flags);
        f[n++] = FeatureHash.F(54, fm1, w0.Flags, fp1);
        f[n++] = FeatureHash.F(55, w0.Amb, w0.Flags, first);
        var cm1 = i > 0 ? w[i - 1].C6 : FeatureHash.Bos;
        var cp1 = i + 1 < w.Length ? w[i + 1].C6 : FeatureHash.Eos;
        var cp2 = i + 2 < w.Length ? w[i + 2].C4 : FeatureHash.Eos;
        f[n++] = FeatureHash.F(60, w0.C4);
        f[n++] = FeatureHash.F(61, w0.C6);
        f[n++] = FeatureHash.F(62, w0.C10);
        f[n++] = FeatureHash.F(63, w0.Cf);
        f[n++] = FeatureHash.F(64, cm1);
        f[n++] = FeatureHash.F(65, cp1);
        f[n++] = FeatureHash.F(66, cp2);
        f[n++] = FeatureHash.F(67, t1, w0.C6);
        f[n++] = FeatureHash.F(68, w0.C6, cp1);
        f[n++] = FeatureHash.F(69, w0.C10, w0.S3);
        // The external lexicon's tag sets (WordLexicon), only where it has the word: rare and unseen words.
        if (w0.Lex != FeatureHash.None)
        {
            f[n++] = FeatureHash.F(70, w0.Lex);
            f[n++] = FeatureHash.F(71, w0.Lex, w0.Flags);
            f[n++] = FeatureHash.F(72, t1, w0.Lex);
            f[n++] = FeatureHash.F(73, w0.LexTop);
        }
        if (i > 0 && w[i - 1].Lex != FeatureHash.None)
        {
            f[n++] = FeatureHash.F(74, w[i - 1].Lex);
        }
        if (i + 1 < w.Length && w[i + 1].Lex != FeatureHash.None)
        {
            f[n++] = FeatureHash.F(75, w[i + 1].Lex);
        }
        if (!right.IsEmpty)
        {
            var r1 = Tag(right, i + 1);
            var r2 = Tag(right, i + 2);
            f[n++] = FeatureHash.F(40, r1);
            f[n++] = FeatureHash.F(41, r2);
            f[n++] = FeatureHash.F(42, r1, r2);
            f[n++] = FeatureHash.F(43, t1, r1);
            f[n++] = FeatureHash.F(44, w0.Norm, r1);
            f[n++] = FeatureHash.F(47, t1, r1, r2);
            f[n++] = FeatureHash.F(45, w0.S3, r1, r2);
            f[n++] = FeatureHash.F(46, t2, t1, r1);
            f[n++] = FeatureHash.F(48, w0.S3, r1);
            f[n++] = FeatureHash.F(49, wp1, r1);
        }
        return n;
    }

    public void Write(BinaryWriter w)
    {
        var withLexicon = Lexicon.Count > 0;
        w.Write(withLexicon ? LexiconFormatMarker : FormatMarker);
        w.Write(Classes);
        for (var c = 0; c < Classes; c++)
        {
            w.Write((byte)ClassUpos[c]);
            w.Write(ClassXpos[c]);
            w.Write(ClassFeats[c]);
        }
        ModelFile.WriteStrings(w, XposNames);
        Ambiguity.Write(w);
        Clusters.Write(w);
        if (withLexicon)
        {
            Lexicon.Write(w);
        }
        Pass1.Write(w);
        Pass2.Write(w);
    }

    public static TaggerModel Read(BinaryReader r)
    {
        var first = r.ReadInt32();
        var withLexicon = first == LexiconFormatMarker;
        var current = first == FormatMarker || withLexicon;
        var classes = current ? ModelFile.ReadCount(r, 4096) : first;
        if (classes is < 0 or > 4096)
        {
            throw new InvalidDataException($"class count {classes} is out of range 0..4096");
        }
        var upos = new Upos[classes];
        var xpos = new ushort[classes];
        var feats = new string[classes];
        for (var c = 0; c < classes; c++)
        {
            upos[c] = (Upos)r.ReadByte();
            xpos[c] = r.ReadUInt16();
            feats[c] = r.ReadString();
        }
        var names = ModelFile.ReadStrings(r);
        foreach (var x in xpos)
        {
            if (x >= names.Length)
            {
                throw new InvalidDataException($"XPOS id {x} is out of range");
            }
        }
        HashMap64<ulong> amb;
        var clusters = WordClusters.None;
        var lexicon = WordLexicon.Empty;
        if (current)
        {
            amb = HashMap64<ulong>.Read(r);
            clusters = WordClusters.Read(r);
            if (withLexicon)
            {
                lexicon = WordLexicon.Read(r);
            }
        }
        else
        {
            var n = ModelFile.ReadCount(r, 50_000_000);
            var pairs = new KeyValuePair<ulong, ulong>[n];
            for (var i = 0; i < n; i++)
            {
                pairs[i] = new(r.ReadUInt64(), r.ReadUInt64());
            }
            amb = HashMap64<ulong>.Build(pairs);
        }
        var p1 = FrozenWeights.Read(r);
        var p2 = FrozenWeights.Read(r);
        if (p1.Width != classes || p2.Width != classes)
        {
            throw new InvalidDataException("weight tables do not match the class count");
        }
        return new TaggerModel(upos, xpos, names, feats, amb, p1, p2, clusters, lexicon);
    }

    /// <summary>
    /// The mean of the weights of taggers with the same class inventory and ambiguity classes (e.g. trained
    /// on the same data with different seeds; list a model twice to weight it twice), requantised;
    /// weights below <paramref name="pruneBelow"/> int16 units are dropped.
    /// </summary>
    public static TaggerModel Average(IReadOnlyList<TaggerModel> models, int pruneBelow)
    {
        var m = models[0];
        foreach (var x in models)
        {
            if (!x.ClassUpos.AsSpan().SequenceEqual(m.ClassUpos) || !x.ClassXpos.AsSpan().SequenceEqual(m.ClassXpos)
                || !x.XposNames.AsSpan().SequenceEqual(m.XposNames) || x.Ambiguity.Count != m.Ambiguity.Count
                || x.Lexicon.Signature != m.Lexicon.Signature)
            {
                throw new ArgumentException("taggers with different class inventories or lexicons cannot be averaged");
            }
        }
        return new TaggerModel(m.ClassUpos, m.ClassXpos, m.XposNames, m.ClassFeats, m.Ambiguity,
            FrozenWeights.Average([.. models.Select(x => x.Pass1)], pruneBelow),
            FrozenWeights.Average([.. models.Select(x => x.Pass2)], pruneBelow), m.Clusters, m.Lexicon);
    }

    public void Save(string path) => ModelFile.Write(path, Kind, Write);

    public static TaggerModel Load(string path) => ModelFile.Read(path, Kind, Read);
}
