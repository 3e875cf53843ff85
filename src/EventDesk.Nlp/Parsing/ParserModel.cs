using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Parsing;

/// <summary>
/// Greedy arc-eager dependency parser (root at the end of the buffer) with averaged-perceptron
/// weights: a 4-way action table and a label table scored jointly, Zhang &amp; Nivre (2011)
/// style features incl. distance, valency, second/third-order and label-set features.
/// Immutable and thread-safe; the caller supplies a <see cref="ParseState"/> per thread.
/// </summary>
internal sealed class ParserModel
{
    public const string Kind = "parser";
    public const int MaxFeatures = 112;

    public ParserModel(string[] labels, ulong tagsetSignature, FrozenWeights actions, FrozenWeights labelWeights, int beamWidth = 1,
        float beamMargin = 0)
    {
        BeamWidth = Math.Clamp(beamWidth, 1, 64);
        BeamMargin = float.IsFinite(beamMargin) && beamMargin > 0 ? beamMargin : 0;
        Labels = labels;
        TagsetSignature = tagsetSignature;
        Actions = actions;
        LabelWeights = labelWeights;
        RootLabel = Array.IndexOf(labels, "root");
        DepLabel = Math.Max(0, Array.IndexOf(labels, "dep"));
        ParataxisLabel = Array.IndexOf(labels, "parataxis");
        if (RootLabel < 0)
        {
            throw new InvalidDataException("the label set has no 'root'");
        }
    }

    public string[] Labels { get; }

    /// <summary>Identifies the tagger class inventory the parser was trained with.</summary>
    public ulong TagsetSignature { get; }

    public FrozenWeights Actions { get; }

    public FrozenWeights LabelWeights { get; }

    public int RootLabel { get; }

    public int DepLabel { get; }

    public int ParataxisLabel { get; }

    public int LabelCount => Labels.Length;

    /// <summary>Beam width for decoding (1 = greedy); stored with the model since beam-trained weights need the beam.</summary>
    public int BeamWidth { get; }

    /// <summary>
    /// Decoding drops the beam items whose score is more than this far below the step's best (0 = keep
    /// all <see cref="BeamWidth"/>). Such items almost never win in the end, and each one costs the table
    /// look-ups of a whole configuration; the margin is in the model's score units, so it is stored with it.
    /// </summary>
    public float BeamMargin { get; }

    /// <summary>The same weights decoded with another beam width and margin (<paramref name="beamMargin"/> null: keep it).</summary>
    public ParserModel WithBeam(int beamWidth, float? beamMargin = null) =>
        new(Labels, TagsetSignature, Actions, LabelWeights, beamWidth, beamMargin ?? BeamMargin);

    /// <summary>The same model without weights below the given int16 magnitudes (smaller file).</summary>
    public ParserModel Pruned(int actionPrune, int labelPrune) =>
        new(Labels, TagsetSignature, Actions.Prune(actionPrune), LabelWeights.Prune(labelPrune), BeamWidth, BeamMargin);

    /// <summary>
    /// The mean of the weights of several parsers with the same labels and tag set (e.g. trained with
    /// different seeds), requantised; weights below <paramref name="pruneBelow"/> int16 units are dropped.
    /// </summary>
    public static ParserModel Average(IReadOnlyList<ParserModel> models, int pruneBelow)
    {
        var first = models[0];
        foreach (var m in models)
        {
            if (m.TagsetSignature != first.TagsetSignature || !m.Labels.AsSpan().SequenceEqual(first.Labels))
            {
                throw new ArgumentException("parsers with different label sets or tag sets cannot be averaged");
            }
        }
        return new(first.Labels, first.TagsetSignature,
            FrozenWeights.Average([.. models.Select(m => m.Actions)], pruneBelow),
            FrozenWeights.Average([.. models.Select(m => m.LabelWeights)], pruneBelow), first.BeamWidth, first.BeamMargin);
    }

    /// <summary>Parses one sentence. Heads are 0-based word indexes, -1 for the root.</summary>
    public void Parse(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, ParseState state, Span<int> heads, Span<int> labels)
    {
        if (BeamWidth > 1)
        {
            var beam = state.Beam;
            if (beam is null || beam.Width != BeamWidth)
            {
                state.Beam = beam = new BeamSearch(BeamWidth);
            }
            beam.RunFrozen(this, words, tags);
            Finish(beam.Best, words.Length, heads, labels);
            return;
        }
        var n = words.Length;
        state.Reset(n);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<int> actionScores = stackalloc int[4];
        Span<int> labelScores = stackalloc int[2 * LabelCount];
        var scaleA = Actions.Scale;
        var scaleL = LabelWeights.Scale;
        while (!state.Terminal)
        {
            var count = ExtractFeatures(state, words, tags, features, out var labelCount);
            actionScores.Clear();
            labelScores.Clear();
            Actions.Score(features[..count], actionScores);
            LabelWeights.Score(features[..labelCount], labelScores);
            var bestAction = -1;
            var bestLabel = -1;
            var best = float.NegativeInfinity;
            for (var a = 0; a < 4; a++)
            {
                if (!state.IsValid(a))
                {
                    continue;
                }
                var score = actionScores[a] * scaleA;
                var label = -1;
                if (a >= ParseState.Left)
                {
                    label = BestLabel(labelScores, a, state.B == n);
                    score += labelScores[LabelSlot(a, label)] * scaleL;
                }
                if (score > best)
                {
                    best = score;
                    bestAction = a;
                    bestLabel = label;
                }
            }
            state.Apply(bestAction, bestLabel);
        }
        Finish(state, n, heads, labels);
    }

    /// <summary>Reads the tree of a final configuration; extra roots attach to the first as parataxis.</summary>
    private void Finish(ParseState state, int n, Span<int> heads, Span<int> labels)
    {
        var root = -1;
        for (var i = 0; i < n; i++)
        {
            if (state.Head[i] == n && root < 0)
            {
                root = i;
            }
        }
        for (var i = 0; i < n; i++)
        {
            var h = state.Head[i];
            if (h == n)
            {
                if (i == root)
                {
                    heads[i] = -1;
                    labels[i] = RootLabel;
                }
                else
                {
                    heads[i] = root;
                    labels[i] = ParataxisLabel >= 0 ? ParataxisLabel : DepLabel;
                }
            }
            else
            {
                heads[i] = h;
                labels[i] = state.Label[i] == RootLabel ? DepLabel : state.Label[i];
            }
        }
    }

    public int LabelSlot(int action, int label) => action == ParseState.Left ? label : LabelCount + label;

    /// <summary>Best label for an arc action; arcs to the root token must be 'root', others must not.</summary>
    public int BestLabel(ReadOnlySpan<int> labelScores, int action, bool toRoot)
    {
        if (action == ParseState.Left && toRoot)
        {
            return RootLabel;
        }
        var offset = action == ParseState.Left ? 0 : LabelCount;
        var best = -1;
        for (var l = 0; l < LabelCount; l++)
        {
            if (l == RootLabel)
            {
                continue;
            }
            if (best < 0 || labelScores[offset + l] > labelScores[offset + best])
            {
                best = l;
            }
        }
        return best;
    }

    public int BestLabel(ReadOnlySpan<float> labelScores, int action, bool toRoot)
    {
        if (action == ParseState.Left && toRoot)
        {
            return RootLabel;
        }
        var offset = action == ParseState.Left ? 0 : LabelCount;
        var best = -1;
        for (var l = 0; l < LabelCount; l++)
        {
            if (l == RootLabel)
            {
                continue;
            }
            if (best < 0 || labelScores[offset + l] > labelScores[offset + best])
            {
                best = l;
            }
        }
        return best;
    }

    private const ulong RootWord = 0x7A3B5C9D1E2F4A6BUL;

    private static ulong W(ReadOnlySpan<WordInfo> words, int i, int n) =>
        i < 0 ? FeatureHash.None : i == n ? RootWord : words[i].Norm;

    private static ulong T(ReadOnlySpan<int> tags, int i, int n) =>
        i < 0 ? FeatureHash.None : i == n ? RootWord : (ulong)tags[i] + 1;

    private static ulong C6(ReadOnlySpan<WordInfo> words, int i, int n) =>
        i < 0 ? FeatureHash.None : i == n ? RootWord : words[i].C6;

    private static ulong C4(ReadOnlySpan<WordInfo> words, int i, int n) =>
        i < 0 ? FeatureHash.None : i == n ? RootWord : words[i].C4;

    private static ulong Cf(ReadOnlySpan<WordInfo> words, int i, int n) =>
        i < 0 ? FeatureHash.None : i == n ? RootWord : words[i].Cf;

    private static ulong L(ParseState s, int i) =>
        i < 0 || s.Label[i] < 0 ? FeatureHash.None : (ulong)s.Label[i] + 1;

    private static ulong Distance(int s0, int b, int n)
    {
        if (s0 < 0)
        {
            return 0;
        }
        if (b == n)
        {
            return 99;
        }
        var d = b - s0;
        return d switch
        {
            <= 4 => (ulong)d,
            <= 6 => 5,
            <= 9 => 6,
            <= 14 => 7,
            _ => 8,
        };
    }

    /// <summary>
    /// Fills the feature keys of the configuration; the first <paramref name="labelCount"/> of
    /// them also feed the label table. They are the keys of <see cref="ExtractStatic"/> and
    /// <see cref="ExtractDynamic"/>, label-relevant ones of both first; beam decoding
    /// (<see cref="BeamSearch.RunFrozen"/>) uses the two parts separately.
    /// </summary>
    public static int ExtractFeatures(ParseState s, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, Span<ulong> f, out int labelCount)
    {
        Span<ulong> stat = stackalloc ulong[MaxStaticFeatures];
        Span<ulong> dyn = stackalloc ulong[MaxFeatures - MaxStaticFeatures];
        var ns = ExtractStatic(s.S0, s.B, s.N, words, tags, stat, out var ls);
        var nd = ExtractDynamic(s, words, tags, dyn, out var ld);
        stat[..ls].CopyTo(f);
        dyn[..ld].CopyTo(f[ls..]);
        labelCount = ls + ld;
        stat[ls..ns].CopyTo(f[labelCount..]);
        dyn[ld..nd].CopyTo(f[(labelCount + ns - ls)..]);
        return ns + nd;
    }

    /// <summary>Most features <see cref="ExtractStatic"/> fills.</summary>
    public const int MaxStaticFeatures = 48;

    /// <summary>
    /// The features of <see cref="ExtractFeatures"/> that depend only on the stack top
    /// <paramref name="s0"/> (-1: empty stack), the buffer front <paramref name="b"/> and the
    /// sentence: the same keys, label-relevant ones first (<paramref name="labelCount"/>). With
    /// <see cref="ExtractDynamic"/> they are exactly the keys of <see cref="ExtractFeatures"/>
    /// (in another order); beam decoding scores them once per (s0, b) pair of a sentence.
    /// </summary>
    public static int ExtractStatic(int s0, int b, int n, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, Span<ulong> f, out int labelCount)
    {
        var n1 = b + 1 <= n ? (b + 1 == n ? n : b + 1) : -1;
        if (b == n)
        {
            n1 = -1;
        }
        var n2 = n1 >= 0 && n1 < n ? n1 + 1 : -1;
        var s0w = W(words, s0, n);
        var s0t = T(tags, s0, n);
        var n0w = W(words, b, n);
        var n0t = T(tags, b, n);
        var n1w = W(words, n1, n);
        var n1t = T(tags, n1, n);
        var n2w = W(words, n2, n);
        var n2t = T(tags, n2, n);
        var d = Distance(s0, b, n);
        var prevT = T(tags, b - 1, n);
        var s0nextT = s0 >= 0 ? T(tags, s0 + 1, n) : FeatureHash.None;
        var n0sfx = b < n ? words[b].S3 : RootWord;
        var n0shape = b < n ? words[b].Shape : RootWord;
        var s0c6 = C6(words, s0, n);
        var n0c6 = C6(words, b, n);
        var s0c4 = C4(words, s0, n);
        var n0c4 = C4(words, b, n);

        var k = 0;
        f[k++] = FeatureHash.F(1, s0w);
        f[k++] = FeatureHash.F(2, s0t);
        f[k++] = FeatureHash.F(3, s0w, s0t);
        f[k++] = FeatureHash.F(4, n0w);
        f[k++] = FeatureHash.F(5, n0t);
        f[k++] = FeatureHash.F(6, n0w, n0t);
        f[k++] = FeatureHash.F(18, s0w, n0w);
        f[k++] = FeatureHash.F(19, s0t, n0t);
        f[k++] = FeatureHash.F(16, s0w, s0t, n0t);
        f[k++] = FeatureHash.F(17, s0t, n0w, n0t);
        f[k++] = FeatureHash.F(20, n0t, n1t);
        f[k++] = FeatureHash.F(8, n1t);
        f[k++] = FeatureHash.F(32, s0t, n0t, d);
        f[k++] = FeatureHash.F(81, prevT, n0t);
        f[k++] = FeatureHash.F(82, s0t, s0nextT);
        f[k++] = FeatureHash.F(84, n0sfx, s0t);
        f[k++] = FeatureHash.F(87, s0c6, n0t);
        f[k++] = FeatureHash.F(88, s0t, n0c6);
        f[k++] = FeatureHash.F(89, s0c6, n0c6);
        labelCount = k;
        f[k++] = FeatureHash.F(90, Cf(words, s0, n));
        f[k++] = FeatureHash.F(91, Cf(words, b, n));
        f[k++] = FeatureHash.F(92, s0c4, n0c4);
        f[k++] = FeatureHash.F(93, s0c4, n0c4, d);
        f[k++] = FeatureHash.F(94, C6(words, n1, n), n0t);
        f[k++] = FeatureHash.F(95, n0c6, n1t);
        f[k++] = FeatureHash.F(98, s0c6, s0t, n0c6, n0t);
        f[k++] = FeatureHash.F(7, n1w);
        f[k++] = FeatureHash.F(9, n1w, n1t);
        f[k++] = FeatureHash.F(10, n2w);
        f[k++] = FeatureHash.F(11, n2t);
        f[k++] = FeatureHash.F(12, n2w, n2t);
        f[k++] = FeatureHash.F(13, s0w, s0t, n0w, n0t);
        f[k++] = FeatureHash.F(14, s0w, s0t, n0w);
        f[k++] = FeatureHash.F(15, s0w, n0w, n0t);
        f[k++] = FeatureHash.F(21, n0t, n1t, n2t);
        f[k++] = FeatureHash.F(22, s0t, n0t, n1t);
        f[k++] = FeatureHash.F(27, s0w, d);
        f[k++] = FeatureHash.F(28, s0t, d);
        f[k++] = FeatureHash.F(29, n0w, d);
        f[k++] = FeatureHash.F(30, n0t, d);
        f[k++] = FeatureHash.F(31, s0w, n0w, d);
        f[k++] = FeatureHash.F(79, n0shape, n0t);
        f[k++] = FeatureHash.F(86, n0t, n1t, d);
        return k;
    }

    /// <summary>
    /// The other features of <see cref="ExtractFeatures"/>: those that read the partial tree
    /// (heads, children, labels, valencies, label sets) or the second stack item. Label-relevant
    /// ones first (<paramref name="labelCount"/>).
    /// </summary>
    public static int ExtractDynamic(ParseState s, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, Span<ulong> f, out int labelCount)
    {
        var n = s.N;
        var s0 = s.S0;
        var s1 = s.S1;
        var b = s.B;
        var s0w = W(words, s0, n);
        var s0t = T(tags, s0, n);
        var n0w = W(words, b, n);
        var n0t = T(tags, b, n);
        var s0h = s0 >= 0 ? s.Head[s0] : -1;
        var s0h2 = s0h >= 0 && s0h < n ? s.Head[s0h] : -1;
        var s0l = s0 >= 0 ? s.L1[s0] : -1;
        var s0l2 = s0 >= 0 ? s.L2[s0] : -1;
        var s0r = s0 >= 0 ? s.R1[s0] : -1;
        var s0r2 = s0 >= 0 ? s.R2[s0] : -1;
        var n0l = s.L1[b];
        var n0l2 = s.L2[b];
        var s0ht = T(tags, s0h, n);
        var s0lt = T(tags, s0l, n);
        var s0rt = T(tags, s0r, n);
        var n0lt = T(tags, n0l, n);
        ulong vl0 = s0 >= 0 ? (ulong)s.VL[s0] : 99, vr0 = s0 >= 0 ? (ulong)s.VR[s0] : 99, vln = (ulong)s.VL[b];
        ulong sl = s0 >= 0 ? s.LSet[s0] : 1UL << 63, sr = s0 >= 0 ? s.RSet[s0] : 1UL << 63, nl = s.LSet[b];
        var s1t = T(tags, s1, n);
        var s0has = s0 >= 0 && s.Head[s0] >= 0 ? 1UL : 0UL;
        var ls0l = L(s, s0l);
        var ln0l = L(s, n0l);

        var k = 0;
        f[k++] = FeatureHash.F(40, s0ht);
        f[k++] = FeatureHash.F(23, s0ht, s0t, n0t);
        f[k++] = FeatureHash.F(41, L(s, s0));
        f[k++] = FeatureHash.F(44, ls0l);
        f[k++] = FeatureHash.F(47, L(s, s0r));
        f[k++] = FeatureHash.F(50, ln0l);
        f[k++] = FeatureHash.F(67, s0w, sr);
        f[k++] = FeatureHash.F(68, s0t, sr);
        f[k++] = FeatureHash.F(69, s0w, sl);
        f[k++] = FeatureHash.F(70, s0t, sl);
        f[k++] = FeatureHash.F(71, n0w, nl);
        f[k++] = FeatureHash.F(72, n0t, nl);
        f[k++] = FeatureHash.F(73, s1t);
        f[k++] = FeatureHash.F(83, s0t, n0t, ls0l, ln0l);
        labelCount = k;
        f[k++] = FeatureHash.F(96, C6(words, s0h, n), s0t, n0t);
        f[k++] = FeatureHash.F(97, C6(words, s1, n), s0t);
        f[k++] = FeatureHash.F(99, C4(words, s0l, n), s0t, n0t);
        f[k++] = FeatureHash.F(100, C4(words, n0l, n), s0t, n0t);
        f[k++] = FeatureHash.F(24, s0t, s0lt, n0t);
        f[k++] = FeatureHash.F(25, s0t, s0rt, n0t);
        f[k++] = FeatureHash.F(26, s0t, n0t, n0lt);
        f[k++] = FeatureHash.F(33, s0w, vr0);
        f[k++] = FeatureHash.F(34, s0t, vr0);
        f[k++] = FeatureHash.F(35, s0w, vl0);
        f[k++] = FeatureHash.F(36, s0t, vl0);
        f[k++] = FeatureHash.F(37, n0w, vln);
        f[k++] = FeatureHash.F(38, n0t, vln);
        f[k++] = FeatureHash.F(39, W(words, s0h, n));
        f[k++] = FeatureHash.F(42, W(words, s0l, n));
        f[k++] = FeatureHash.F(43, s0lt);
        f[k++] = FeatureHash.F(45, W(words, s0r, n));
        f[k++] = FeatureHash.F(46, s0rt);
        f[k++] = FeatureHash.F(48, W(words, n0l, n));
        f[k++] = FeatureHash.F(49, n0lt);
        f[k++] = FeatureHash.F(51, W(words, s0h2, n));
        f[k++] = FeatureHash.F(52, T(tags, s0h2, n));
        f[k++] = FeatureHash.F(53, L(s, s0h));
        f[k++] = FeatureHash.F(54, W(words, s0l2, n));
        f[k++] = FeatureHash.F(55, T(tags, s0l2, n));
        f[k++] = FeatureHash.F(56, L(s, s0l2));
        f[k++] = FeatureHash.F(57, W(words, s0r2, n));
        f[k++] = FeatureHash.F(58, T(tags, s0r2, n));
        f[k++] = FeatureHash.F(59, L(s, s0r2));
        f[k++] = FeatureHash.F(60, W(words, n0l2, n));
        f[k++] = FeatureHash.F(61, T(tags, n0l2, n));
        f[k++] = FeatureHash.F(62, L(s, n0l2));
        f[k++] = FeatureHash.F(63, s0t, s0lt, T(tags, s0l2, n));
        f[k++] = FeatureHash.F(64, s0t, s0rt, T(tags, s0r2, n));
        f[k++] = FeatureHash.F(65, s0t, s0ht, T(tags, s0h2, n));
        f[k++] = FeatureHash.F(66, n0t, n0lt, T(tags, n0l2, n));
        f[k++] = FeatureHash.F(74, W(words, s1, n));
        f[k++] = FeatureHash.F(75, s1t, s0t, n0t);
        f[k++] = FeatureHash.F(77, s0has);
        f[k++] = FeatureHash.F(78, s0has, s0t, n0t);
        f[k++] = FeatureHash.F(80, s0has, s0w, n0t);
        f[k++] = FeatureHash.F(85, s0t, n0t, s1t, s0has);
        return k;
    }

    public void Write(BinaryWriter w)
    {
        ModelFile.WriteStrings(w, Labels);
        w.Write(TagsetSignature);
        Actions.Write(w);
        LabelWeights.Write(w);
        // Optional trailer (absent in files written before beam search): marker, beam width, and with
        // the second marker the beam margin (files without a margin keep the first layout byte for byte).
        w.Write(BeamMargin > 0 ? MarginTrailerMarker : TrailerMarker);
        w.Write(BeamWidth);
        if (BeamMargin > 0)
        {
            w.Write(BeamMargin);
        }
    }

    private const int TrailerMarker = 0x42454D31; // "BEM1"
    private const int MarginTrailerMarker = 0x42454D32; // "BEM2"

    public static ParserModel Read(BinaryReader r)
    {
        var labels = ModelFile.ReadStrings(r);
        if (labels.Length is 0 or > 64)
        {
            throw new InvalidDataException($"label count {labels.Length} is out of range 1..64");
        }
        var signature = r.ReadUInt64();
        var actions = FrozenWeights.Read(r);
        var labelWeights = FrozenWeights.Read(r);
        if (actions.Width != 4 || labelWeights.Width != 2 * labels.Length)
        {
            throw new InvalidDataException("weight tables do not match the transition and label counts");
        }
        var beamWidth = 1;
        var beamMargin = 0f;
        Span<byte> trailer = stackalloc byte[12];
        var got = ReadUpTo(r, trailer[..8]);
        if (got == 8)
        {
            var marker = BitConverter.ToInt32(trailer);
            if (marker is not (TrailerMarker or MarginTrailerMarker))
            {
                throw new InvalidDataException("unknown data after the weight tables");
            }
            beamWidth = BitConverter.ToInt32(trailer[4..]);
            if (beamWidth is < 1 or > 64)
            {
                throw new InvalidDataException($"beam width {beamWidth} is out of range 1..64");
            }
            if (marker == MarginTrailerMarker)
            {
                if (ReadUpTo(r, trailer[8..]) != 4)
                {
                    throw new InvalidDataException("truncated trailer after the weight tables");
                }
                beamMargin = BitConverter.ToSingle(trailer[8..]);
                if (!float.IsFinite(beamMargin) || beamMargin < 0)
                {
                    throw new InvalidDataException($"beam margin {beamMargin} is not a finite non-negative number");
                }
            }
        }
        else if (got != 0)
        {
            throw new InvalidDataException("truncated trailer after the weight tables");
        }
        return new ParserModel(labels, signature, actions, labelWeights, beamWidth, beamMargin);
    }

    private static int ReadUpTo(BinaryReader r, Span<byte> buffer)
    {
        var got = 0;
        while (got < buffer.Length)
        {
            var read = r.Read(buffer[got..]);
            if (read <= 0)
            {
                break;
            }
            got += read;
        }
        return got;
    }

    public void Save(string path) => ModelFile.Write(path, Kind, Write);

    public static ParserModel Load(string path) => ModelFile.Read(path, Kind, Read);
}
