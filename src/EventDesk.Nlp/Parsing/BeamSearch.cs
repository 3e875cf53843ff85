using System.Numerics;
using System.Runtime.Intrinsics;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Parsing;

/// <summary>Scores one configuration: the 4 action scores and the 2 x labels label scores, in one float unit.</summary>
internal interface IParserScorer
{
    /// <summary>Starts loading what <see cref="Score"/> will read for these features (may do nothing).</summary>
    void Prefetch(ReadOnlySpan<ulong> all, ReadOnlySpan<ulong> label);

    void Score(ReadOnlySpan<ulong> all, ReadOnlySpan<ulong> label, Span<float> actions, Span<float> labels);
}

/// <summary>Scores with the frozen int16 tables of a model (prediction).</summary>
internal readonly struct FrozenScorer(ParserModel model, int[] actionBuffer, int[] labelBuffer) : IParserScorer
{
    public void Prefetch(ReadOnlySpan<ulong> all, ReadOnlySpan<ulong> label)
    {
        model.Actions.PrefetchSlots(all);
        model.LabelWeights.PrefetchSlots(label);
    }

    public void Score(ReadOnlySpan<ulong> all, ReadOnlySpan<ulong> label, Span<float> actions, Span<float> labels)
    {
        var a = actionBuffer.AsSpan(0, 4);
        var l = labelBuffer.AsSpan(0, labels.Length);
        a.Clear();
        l.Clear();
        // The slots were prefetched (Prefetch); the label rows are prefetched here, while the actions are added.
        Span<ulong> rows = stackalloc ulong[label.Length];
        var n = model.LabelWeights.FindRows(label, rows);
        model.Actions.ScorePrefetched(all, a);
        model.LabelWeights.AddRows(rows[..n], l);
        var sa = model.Actions.Scale;
        var sl = model.LabelWeights.Scale;
        for (var i = 0; i < 4; i++)
        {
            actions[i] = a[i] * sa;
        }
        for (var i = 0; i < l.Length; i++)
        {
            labels[i] = l[i] * sl;
        }
    }
}

/// <summary>Scores with the float tables being trained.</summary>
internal readonly struct TrainingScorer(TrainableWeights actionWeights, TrainableWeights labelWeights) : IParserScorer
{
    public void Prefetch(ReadOnlySpan<ulong> all, ReadOnlySpan<ulong> label)
    {
    }

    public void Score(ReadOnlySpan<ulong> all, ReadOnlySpan<ulong> label, Span<float> actions, Span<float> labels)
    {
        actions.Clear();
        labels.Clear();
        actionWeights.Score(all, actions);
        labelWeights.Score(label, labels);
    }
}

/// <summary>
/// Beam search over arc-eager configurations (every sequence has exactly 2n transitions, so the
/// items of a beam are always aligned). Holds all per-sentence buffers: one instance per thread,
/// reused across sentences, no allocation per transition. Also tracks a gold action sequence
/// for max-violation training. Not thread-safe.
/// </summary>
internal sealed class BeamSearch
{
    private readonly int _width;
    private ParseState[] _cur;
    private ParseState[] _next;
    private float[] _curScore;
    private bool[] _curGold;
    private int _count;

    // Candidates of one step, sorted by score (best first), at most _width.
    private readonly int[] _cParent;
    private readonly int[] _cAction;
    private readonly int[] _cLabel;
    private readonly float[] _cScore;
    private readonly bool[] _cGold;
    private int _cCount;

    // Back pointers per step: [step * width + item].
    private int[] _hParent = new int[256];
    private int[] _hAction = new int[256];
    private int[] _hLabel = new int[256];

    private readonly ulong[] _features = new ulong[ParserModel.MaxFeatures];

    // Per beam item of the current step: features, their counts and sum (a quick equality check),
    // the item whose features are identical (-1: none), and the scores.
    private readonly ulong[] _itemFeatures;
    private readonly int[] _itemCount;
    private readonly int[] _itemLabelCount;
    private readonly ulong[] _itemSum;
    private readonly int[] _itemSame;
    private readonly float[] _itemActions;
    private float[] _itemLabels = [];
    private readonly float[] _actionScores = new float[4];
    private float[] _labelScores = [];
    private readonly int[] _intActions = new int[4];
    private int[] _intLabels = [];

    public BeamSearch(int width)
    {
        _width = Math.Max(1, width);
        _cur = new ParseState[_width];
        _next = new ParseState[_width];
        for (var i = 0; i < _width; i++)
        {
            _cur[i] = new ParseState();
            _next[i] = new ParseState();
        }
        _curScore = new float[_width];
        _curGold = new bool[_width];
        _cParent = new int[_width];
        _cAction = new int[_width];
        _cLabel = new int[_width];
        _cScore = new float[_width];
        _cGold = new bool[_width];
        _itemFeatures = new ulong[_width * ParserModel.MaxFeatures];
        _itemCount = new int[_width];
        _itemLabelCount = new int[_width];
        _itemSum = new ulong[_width];
        _itemSame = new int[_width];
        _itemActions = new float[_width * 4];
        _staticFeatures = new ulong[_width * ParserModel.MaxStaticFeatures];
        _staticCount = new int[_width];
        _staticLabelCount = new int[_width];
        _itemEntry = new int[_width];
        _itemPending = new bool[_width];
    }

    public int Width => _width;

    /// <summary>The best final configuration after <see cref="Run{TScorer}"/>.</summary>
    public ParseState Best => _cur[0];

    public FrozenScorer FrozenScorerFor(ParserModel model)
    {
        if (_intLabels.Length < 2 * model.LabelCount)
        {
            _intLabels = new int[2 * model.LabelCount];
        }
        return new FrozenScorer(model, _intActions, _intLabels);
    }

    /// <summary>
    /// Runs the beam over the sentence. With <paramref name="goldActions"/> (training) it also
    /// scores the gold sequence on <paramref name="goldState"/> and returns the step of maximal
    /// violation (best item not gold, largest score margin over the gold prefix; -1 when none).
    /// </summary>
    public int Run<TScorer>(ref TScorer scorer, ParserModel probe, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags,
        ReadOnlySpan<int> goldActions, ReadOnlySpan<int> goldLabels, ParseState? goldState)
        where TScorer : struct, IParserScorer
    {
        var n = words.Length;
        var L = probe.LabelCount;
        if (_labelScores.Length < 2 * L)
        {
            _labelScores = new float[2 * L];
        }
        if (_itemLabels.Length < _width * 2 * L)
        {
            // Padded so that OfferLabels can read whole vectors past the last item's labels.
            _itemLabels = new float[(_width * 2 * L) + Vector256<float>.Count];
        }
        var steps = 2 * n;
        if (_hParent.Length < steps * _width)
        {
            var size = Math.Max(steps * _width, _hParent.Length * 2);
            _hParent = new int[size];
            _hAction = new int[size];
            _hLabel = new int[size];
        }
        _cur[0].Reset(n);
        _curScore[0] = 0;
        _curGold[0] = true;
        _count = 1;
        var training = goldState is not null;
        if (training)
        {
            goldState!.Reset(n);
        }
        var goldScore = 0f;
        var maxViolation = float.NegativeInfinity;
        var maxStep = -1;
        var root = probe.RootLabel;
        for (var t = 0; t < steps; t++)
        {
            _cCount = 0;
            // All items' features first: their table loads are started together and overlap, and
            // items with the same features (they differ only in what the features do not see)
            // are scored once.
            for (var k = 0; k < _count; k++)
            {
                var f = _itemFeatures.AsSpan(k * ParserModel.MaxFeatures, ParserModel.MaxFeatures);
                var nf = ParserModel.ExtractFeatures(_cur[k], words, tags, f, out var lc);
                var sum = 0UL;
                foreach (var key in f[..nf])
                {
                    sum += key;
                }
                _itemCount[k] = nf;
                _itemLabelCount[k] = lc;
                _itemSum[k] = sum;
                _itemSame[k] = -1;
                for (var j = 0; j < k; j++)
                {
                    if (_itemSum[j] == sum && _itemCount[j] == nf && _itemLabelCount[j] == lc && _itemSame[j] < 0 &&
                        f[..nf].SequenceEqual(_itemFeatures.AsSpan(j * ParserModel.MaxFeatures, nf)))
                    {
                        _itemSame[k] = j;
                        break;
                    }
                }
                if (_itemSame[k] < 0)
                {
                    scorer.Prefetch(f[..nf], f[..lc]);
                }
            }
            for (var k = 0; k < _count; k++)
            {
                var st = _cur[k];
                var itemActions = _itemActions.AsSpan(k * 4, 4);
                var labelScores = _itemLabels.AsSpan(k * 2 * L, 2 * L);
                var same = _itemSame[k];
                if (same < 0)
                {
                    var f = _itemFeatures.AsSpan(k * ParserModel.MaxFeatures, ParserModel.MaxFeatures);
                    scorer.Score(f[.._itemCount[k]], f[.._itemLabelCount[k]], itemActions, labelScores);
                }
                else
                {
                    _itemActions.AsSpan(same * 4, 4).CopyTo(itemActions);
                    _itemLabels.AsSpan(same * 2 * L, 2 * L).CopyTo(labelScores);
                }
                Expand(k, st.B == n, L, root, _curGold[k] && training ? goldActions[t] : -1, training ? goldLabels[t] : -1);
            }
            if (training)
            {
                // Score the gold transition on the gold configuration.
                var labelScores = _labelScores.AsSpan(0, 2 * L);
                var nf = ParserModel.ExtractFeatures(goldState!, words, tags, _features, out var lc);
                scorer.Prefetch(_features.AsSpan(0, nf), _features.AsSpan(0, lc));
                scorer.Score(_features.AsSpan(0, nf), _features.AsSpan(0, lc), _actionScores, labelScores);
                var ga = goldActions[t];
                goldScore += _actionScores[ga];
                if (ga >= ParseState.Left)
                {
                    goldScore += labelScores[probe.LabelSlot(ga, goldLabels[t])];
                }
                goldState!.Apply(ga, goldLabels[t]);
                if (!_cGold[0])
                {
                    var v = _cScore[0] - goldScore;
                    if (v >= maxViolation)
                    {
                        maxViolation = v;
                        maxStep = t;
                    }
                }
            }
            Advance(t);
        }
        return maxStep;
    }

    // Prediction (RunFrozen): the scores of the features that depend only on (s0, b), per pair of
    // the sentence: _memoIndex[(s0 + 1) * (n + 1) + b] is the entry (-1: none), whose int16-unit sums
    // are _memoActions[4 * entry..] and _memoLabels[2L * entry..].
    private const int MaxIndexedPairs = 1 << 16;
    private int[] _memoIndex = [];
    private int[] _memoActions = [];
    private int[] _memoLabels = [];
    private int _memoCount;
    private readonly ulong[] _staticFeatures;
    private readonly int[] _staticCount;
    private readonly int[] _staticLabelCount;
    private readonly int[] _itemEntry;
    private readonly bool[] _itemPending;

    /// <summary>
    /// Decodes the sentence with the frozen tables of <paramref name="model"/>: the same beam,
    /// scores and tie-breaking as <see cref="Run{TScorer}"/> with a <see cref="FrozenScorer"/>
    /// (integer sums, so the split does not change them), but the features that depend only on
    /// the stack top and the buffer front (<see cref="ParserModel.ExtractStatic"/>, 43 of 99) are
    /// hashed and looked up once per (s0, b) pair of the sentence instead of once per beam item;
    /// their sums stay in the cache instead of missing in the large tables. With a
    /// <see cref="ParserModel.BeamMargin"/> it also drops the items that fall too far behind the best
    /// (the generic beam, used in training, always keeps the full width).
    /// </summary>
    public void RunFrozen(ParserModel model, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags)
    {
        var n = words.Length;
        var L = model.LabelCount;
        var L2 = 2 * L;
        if (_itemLabels.Length < _width * L2)
        {
            // Padded so that OfferLabels can read whole vectors past the last item's labels.
            _itemLabels = new float[(_width * L2) + Vector256<float>.Count];
        }
        if (_intLabels.Length < L2)
        {
            _intLabels = new int[L2];
        }
        var steps = 2 * n;
        if (_hParent.Length < steps * _width)
        {
            var size = Math.Max(steps * _width, _hParent.Length * 2);
            _hParent = new int[size];
            _hAction = new int[size];
            _hLabel = new int[size];
        }
        // Long sentences (rare, e.g. whole paragraphs of a web page without a boundary) index their
        // pairs through a map instead of an (n + 1)^2 array, and the entry buffers they grew are
        // dropped again, so a thread keeps at most a few hundred kilobytes between documents.
        var pairs = (n + 1) * (n + 1);
        Dictionary<int, int>? map = null;
        if (pairs > MaxIndexedPairs)
        {
            map = new Dictionary<int, int>(8 * n);
        }
        else
        {
            if (_memoIndex.Length < pairs)
            {
                _memoIndex = new int[Math.Min(MaxIndexedPairs, Math.Max(pairs, 2 * _memoIndex.Length))];
            }
            _memoIndex.AsSpan(0, pairs).Fill(-1);
        }
        _memoCount = 0;
        if (_memoLabels.Length < 64 * L2 || _memoLabels.Length > 1024 * L2)
        {
            _memoActions = new int[64 * 4];
            _memoLabels = new int[64 * L2];
        }
        var actionsTable = model.Actions;
        var labelTable = model.LabelWeights;
        var sa = actionsTable.Scale;
        var sl = labelTable.Scale;
        Span<ulong> rows = stackalloc ulong[ParserModel.MaxFeatures];
        var intActions = _intActions.AsSpan(0, 4);
        var intLabels = _intLabels.AsSpan(0, L2);
        _cur[0].Reset(n);
        _curScore[0] = 0;
        _curGold[0] = true;
        _count = 1;
        var root = model.RootLabel;
        for (var t = 0; t < steps; t++)
        {
            _cCount = 0;
            // All items' features first, their table loads started together; static sums of a
            // (s0, b) pair not seen yet in the sentence are computed below by the first item with it.
            for (var k = 0; k < _count; k++)
            {
                var st = _cur[k];
                var key = ((st.S0 + 1) * (n + 1)) + st.B;
                var e = map is null ? _memoIndex[key] : map.GetValueOrDefault(key, -1);
                var pending = e < 0;
                if (pending)
                {
                    e = _memoCount++;
                    if ((e + 1) * L2 > _memoLabels.Length)
                    {
                        Array.Resize(ref _memoActions, _memoActions.Length * 2);
                        Array.Resize(ref _memoLabels, _memoLabels.Length * 2);
                    }
                    if (map is null)
                    {
                        _memoIndex[key] = e;
                    }
                    else
                    {
                        map[key] = e;
                    }
                    var sf = _staticFeatures.AsSpan(k * ParserModel.MaxStaticFeatures, ParserModel.MaxStaticFeatures);
                    var ns = ParserModel.ExtractStatic(st.S0, st.B, n, words, tags, sf, out var lcs);
                    _staticCount[k] = ns;
                    _staticLabelCount[k] = lcs;
                    actionsTable.PrefetchSlots(sf[..ns]);
                    labelTable.PrefetchSlots(sf[..lcs]);
                }
                _itemEntry[k] = e;
                _itemPending[k] = pending;
                var f = _itemFeatures.AsSpan(k * ParserModel.MaxFeatures, ParserModel.MaxFeatures);
                var nf = ParserModel.ExtractDynamic(st, words, tags, f, out var lc);
                var sum = 0UL;
                foreach (var fk in f[..nf])
                {
                    sum += fk;
                }
                _itemCount[k] = nf;
                _itemLabelCount[k] = lc;
                _itemSum[k] = sum;
                _itemSame[k] = -1;
                for (var j = 0; j < k; j++)
                {
                    if (_itemEntry[j] == e && _itemSum[j] == sum && _itemCount[j] == nf && _itemLabelCount[j] == lc && _itemSame[j] < 0 &&
                        f[..nf].SequenceEqual(_itemFeatures.AsSpan(j * ParserModel.MaxFeatures, nf)))
                    {
                        _itemSame[k] = j;
                        break;
                    }
                }
                if (_itemSame[k] < 0)
                {
                    actionsTable.PrefetchSlots(f[..nf]);
                    labelTable.PrefetchSlots(f[..lc]);
                }
            }
            for (var k = 0; k < _count; k++)
            {
                var st = _cur[k];
                var itemActions = _itemActions.AsSpan(k * 4, 4);
                var labelScores = _itemLabels.AsSpan(k * L2, L2);
                var e = _itemEntry[k];
                if (_itemPending[k])
                {
                    var sf = _staticFeatures.AsSpan(k * ParserModel.MaxStaticFeatures, _staticCount[k]);
                    var ma = _memoActions.AsSpan(e * 4, 4);
                    var ml = _memoLabels.AsSpan(e * L2, L2);
                    ma.Clear();
                    ml.Clear();
                    var nr = labelTable.FindRows(sf[.._staticLabelCount[k]], rows);
                    actionsTable.ScorePrefetched(sf, ma);
                    labelTable.AddRows(rows[..nr], ml);
                }
                var same = _itemSame[k];
                if (same < 0)
                {
                    var f = _itemFeatures.AsSpan(k * ParserModel.MaxFeatures, _itemCount[k]);
                    _memoActions.AsSpan(e * 4, 4).CopyTo(intActions);
                    _memoLabels.AsSpan(e * L2, L2).CopyTo(intLabels);
                    var nr = labelTable.FindRows(f[.._itemLabelCount[k]], rows);
                    actionsTable.ScorePrefetched(f, intActions);
                    labelTable.AddRows(rows[..nr], intLabels);
                    for (var i = 0; i < 4; i++)
                    {
                        itemActions[i] = intActions[i] * sa;
                    }
                    for (var i = 0; i < L2; i++)
                    {
                        labelScores[i] = intLabels[i] * sl;
                    }
                }
                else
                {
                    _itemActions.AsSpan(same * 4, 4).CopyTo(itemActions);
                    _itemLabels.AsSpan(same * L2, L2).CopyTo(labelScores);
                }
                Expand(k, st.B == n, L, root, -1, -1);
            }
            if (model.BeamMargin > 0)
            {
                // Items too far behind the best are dropped (the candidates are sorted, best first).
                var floor = _cScore[0] - model.BeamMargin;
                while (_cCount > 1 && _cScore[_cCount - 1] < floor)
                {
                    _cCount--;
                }
            }
            Advance(t);
        }
    }

    /// <summary>
    /// Offers every valid transition of beam item <paramref name="k"/> (its action scores in
    /// <c>_itemActions</c>, label scores in <c>_itemLabels</c>) as a candidate of the next beam.
    /// <paramref name="goldAction"/> is the gold action when the item is on the gold path (training), else -1.
    /// </summary>
    private void Expand(int k, bool toRoot, int L, int root, int goldAction, int goldLabel)
    {
        var st = _cur[k];
        var itemActions = _itemActions.AsSpan(k * 4, 4);
        var labelScores = _itemLabels.AsSpan(k * 2 * L, 2 * L);
        var baseScore = _curScore[k];
        for (var a = 0; a < 4; a++)
        {
            if (!st.IsValid(a))
            {
                continue;
            }
            var s = baseScore + itemActions[a];
            var goldArc = a == goldAction;
            if (a < ParseState.Left)
            {
                Offer(s, k, a, -1, goldArc);
            }
            else if (a == ParseState.Left && toRoot)
            {
                Offer(s + labelScores[root], k, a, root, goldArc);
            }
            else
            {
                var offset = a == ParseState.Left ? 0 : L;
                if (_cCount == _width && Vector256.IsHardwareAccelerated)
                {
                    OfferLabels(s, k, a, _itemLabels.AsSpan((k * 2 * L) + offset), L, root, goldArc ? goldLabel : -1);
                    continue;
                }
                var arcLabels = labelScores.Slice(offset, L);
                for (var l = 0; l < arcLabels.Length; l++)
                {
                    var ls = s + arcLabels[l];
                    // Cheap rejection before the insertion (most labels never enter the beam).
                    if (l != root && (_cCount < _width || ls > _cScore[_width - 1]))
                    {
                        Offer(ls, k, a, l, goldArc && l == goldLabel);
                    }
                }
            }
        }
    }

    /// <summary>Makes the step's candidates the new beam and records their back pointers for step <paramref name="t"/>.</summary>
    private void Advance(int t)
    {
        var h = t * _width;
        // A parent with one child hands its state over instead of copying it (the old beam is not read again).
        Span<int> children = stackalloc int[_width];
        children.Clear();
        for (var j = 0; j < _cCount; j++)
        {
            children[_cParent[j]]++;
        }
        for (var j = 0; j < _cCount; j++)
        {
            var parent = _cParent[j];
            if (children[parent] == 1)
            {
                (_next[j], _cur[parent]) = (_cur[parent], _next[j]);
            }
            else
            {
                _next[j].CopyFrom(_cur[parent]);
            }
            var next = _next[j];
            next.Apply(_cAction[j], _cLabel[j]);
            _curScore[j] = _cScore[j];
            _curGold[j] = _cGold[j];
            _hParent[h + j] = _cParent[j];
            _hAction[h + j] = _cAction[j];
            _hLabel[h + j] = _cLabel[j];
        }
        (_cur, _next) = (_next, _cur);
        _count = _cCount;
    }

    /// <summary>The actions and labels of the best item at <paramref name="step"/> (after the step's expansion), steps 0..step.</summary>
    public void Trace(int step, Span<int> actions, Span<int> labels)
    {
        var k = 0;
        for (var t = step; t >= 0; t--)
        {
            var h = (t * _width) + k;
            actions[t] = _hAction[h];
            labels[t] = _hLabel[h];
            k = _hParent[h];
        }
    }

    /// <summary>
    /// Offers the labels of an arc action to a full beam, in label order like the scalar loop: a
    /// vector comparison with the current worst score finds the few labels that can enter, and
    /// only those are offered (the worst score only rises, so the others would be rejected).
    /// <paramref name="labels"/> holds the <paramref name="count"/> label scores followed by at
    /// least a vector's worth of readable floats.
    /// </summary>
    private void OfferLabels(float actionScore, int parent, int action, ReadOnlySpan<float> labels, int count, int root, int goldLabel)
    {
        var lanes = Vector256<float>.Count;
        var s = Vector256.Create(actionScore);
        for (var l0 = 0; l0 < count; l0 += lanes)
        {
            var v = s + Vector256.Create(labels.Slice(l0, lanes));
            var bits = Vector256.GreaterThan(v, Vector256.Create(_cScore[_width - 1])).ExtractMostSignificantBits();
            if (count - l0 < lanes)
            {
                bits &= (1u << (count - l0)) - 1;
            }
            while (bits != 0)
            {
                var l = l0 + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                var ls = actionScore + labels[l];
                if (l != root && ls > _cScore[_width - 1])
                {
                    Offer(ls, parent, action, l, l == goldLabel);
                }
            }
        }
    }

    private void Offer(float score, int parent, int action, int label, bool gold)
    {
        var w = _width;
        var count = _cCount;
        if (count == w && score <= _cScore[w - 1])
        {
            return;
        }
        var i = count == w ? w - 1 : count;
        while (i > 0 && _cScore[i - 1] < score)
        {
            _cScore[i] = _cScore[i - 1];
            _cParent[i] = _cParent[i - 1];
            _cAction[i] = _cAction[i - 1];
            _cLabel[i] = _cLabel[i - 1];
            _cGold[i] = _cGold[i - 1];
            i--;
        }
        _cScore[i] = score;
        _cParent[i] = parent;
        _cAction[i] = action;
        _cLabel[i] = label;
        _cGold[i] = gold;
        if (count < w)
        {
            _cCount = count + 1;
        }
    }
}
