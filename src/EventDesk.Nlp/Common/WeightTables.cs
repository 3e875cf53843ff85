using System.Numerics;

namespace EventDesk.Nlp.Common;

/// <summary>
/// Open-addressing map from a 64-bit feature key to a dense row index. Key 0 marks an empty
/// slot (feature hashes are never 0). Not thread-safe for writes.
/// </summary>
internal sealed class KeyIndex
{
    private ulong[] _keys;
    private int[] _rows;
    private int _mask;

    public KeyIndex(int expected)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected * 2));
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
    }

    public int Count { get; private set; }

    public int Find(ulong key)
    {
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _rows[i];
            }
            if (k == 0)
            {
                return -1;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds the key with the next row index when absent; returns its row.</summary>
    public int GetOrAdd(ulong key)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _rows[i];
            }
            if (k == 0)
            {
                _keys[i] = key;
                _rows[i] = Count;
                return Count++;
            }
            i = (i + 1) & _mask;
        }
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldRows = _rows;
        _keys = new ulong[oldKeys.Length * 2];
        _rows = new int[oldKeys.Length * 2];
        _mask = _keys.Length - 1;
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] == 0)
            {
                continue;
            }
            var i = (int)oldKeys[j] & _mask;
            while (_keys[i] != 0)
            {
                i = (i + 1) & _mask;
            }
            _keys[i] = oldKeys[j];
            _rows[i] = oldRows[j];
        }
    }
}

/// <summary>
/// Averaged-perceptron weights during training: one dense float row per feature that was ever
/// updated, with the running sum for averaging kept as <c>u</c> (averaged weight = w - u / c).
/// Not thread-safe.
/// </summary>
internal sealed class TrainableWeights
{
    private readonly KeyIndex _index;
    private float[] _w;
    private float[] _u;
    private ulong[] _rowKeys;

    public TrainableWeights(int width, int expectedRows = 1 << 16)
    {
        Width = width;
        _index = new KeyIndex(expectedRows);
        _w = new float[width * expectedRows];
        _u = new float[width * expectedRows];
        _rowKeys = new ulong[expectedRows];
    }

    public int Width { get; }

    public int Rows => _index.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var w = _w;
        var width = Width;
        foreach (var f in features)
        {
            var row = _index.Find(f);
            if (row < 0)
            {
                continue;
            }
            var src = w.AsSpan(row * width, width);
            var c = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; c + Vector<float>.Count <= width; c += Vector<float>.Count)
                {
                    var into = scores.Slice(c, Vector<float>.Count);
                    (new Vector<float>(into) + new Vector<float>(src[c..])).CopyTo(into);
                }
            }
            for (; c < width; c++)
            {
                scores[c] += src[c];
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int cls, float delta, long step)
    {
        var su = step * delta;
        foreach (var f in features)
        {
            var row = RowOf(f);
            _w[(row * Width) + cls] += delta;
            _u[(row * Width) + cls] += su;
        }
    }

    private int RowOf(ulong key)
    {
        var before = _index.Count;
        var row = _index.GetOrAdd(key);
        if (row == before)
        {
            if ((row + 1) * Width > _w.Length)
            {
                var rows = _rowKeys.Length * 2;
                Array.Resize(ref _w, rows * Width);
                Array.Resize(ref _u, rows * Width);
                Array.Resize(ref _rowKeys, rows);
            }
            _rowKeys[row] = key;
        }
        return row;
    }

    /// <summary>
    /// Averages the weights after <paramref name="steps"/> updates, quantises them to int16 with one
    /// scale for the table, zeroes weights below <paramref name="pruneBelow"/> (in int16 units) and
    /// drops rows that became all zero.
    /// </summary>
    public FrozenWeights Freeze(long steps, int pruneBelow)
    {
        var rows = _index.Count;
        var avg = new float[rows * Width];
        var max = 0f;
        var inv = steps > 0 ? 1f / steps : 0f;
        for (var i = 0; i < avg.Length; i++)
        {
            var a = _w[i] - (_u[i] * inv);
            avg[i] = a;
            max = Math.Max(max, Math.Abs(a));
        }
        var scale = max > 0 ? max / 32000f : 1f;
        var keys = new List<ulong>(rows);
        var weights = new List<short>(rows * Width);
        Span<short> row = stackalloc short[Width];
        for (var r = 0; r < rows; r++)
        {
            var any = false;
            for (var c = 0; c < Width; c++)
            {
                var q = (int)MathF.Round(avg[(r * Width) + c] / scale);
                if (Math.Abs(q) < pruneBelow)
                {
                    q = 0;
                }
                row[c] = (short)q;
                any |= q != 0;
            }
            if (!any)
            {
                continue;
            }
            keys.Add(_rowKeys[r]);
            foreach (var q in row)
            {
                weights.Add(q);
            }
        }
        return new FrozenWeights(Width, scale, [.. keys], [.. weights]);
    }
}

/// <summary>
/// Quantised averaged-perceptron weights for prediction: int16 rows with one float scale, found
/// through an open-addressing slot table whose slots hold the key next to the row index (or, for
/// tables of width 4, the four weights themselves) so a lookup touches one cache line.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FrozenWeights
{
    private struct Slot
    {
        public ulong Key;
        public long Data; // row index, or the four int16 weights of a width-4 table
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly ulong[] _keys;    // row order (the file order)
    private readonly short[] _weights; // row-major
    private readonly bool _inline;

    public FrozenWeights(int width, float scale, ulong[] keys, short[] weights)
    {
        if (weights.Length != keys.Length * width)
        {
            throw new InvalidDataException($"weight table has {weights.Length} weights for {keys.Length} rows of {width}");
        }
        Width = width;
        Scale = scale;
        Rows = keys.Length;
        _keys = keys;
        _weights = weights;
        _inline = width == 4;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        for (var r = 0; r < keys.Length; r++)
        {
            var k = keys[r];
            if (k == 0)
            {
                throw new InvalidDataException("weight table holds the reserved key 0");
            }
            var i = (int)k & _mask;
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == k)
                {
                    throw new InvalidDataException("weight table holds duplicate keys");
                }
                i = (i + 1) & _mask;
            }
            _slots[i].Key = k;
            if (_inline)
            {
                var o = r * 4;
                _slots[i].Data = (long)(ushort)weights[o] | ((long)(ushort)weights[o + 1] << 16) |
                    ((long)(ushort)weights[o + 2] << 32) | ((long)(ushort)weights[o + 3] << 48);
            }
            else
            {
                _slots[i].Data = r;
            }
        }
    }

    public int Width { get; }

    public float Scale { get; }

    public int Rows { get; }

    /// <summary>Adds the rows of the features to <paramref name="scores"/> (int16 units).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var slots = _slots;
        var mask = _mask;
        if (_inline)
        {
            var s0 = 0;
            var s1 = 0;
            var s2 = 0;
            var s3 = 0;
            foreach (var f in features)
            {
                var i = (int)f & mask;
                while (true)
                {
                    ref readonly var slot = ref slots[i];
                    if (slot.Key == f)
                    {
                        var d = slot.Data;
                        s0 += (short)d;
                        s1 += (short)(d >> 16);
                        s2 += (short)(d >> 32);
                        s3 += (short)(d >> 48);
                        break;
                    }
                    if (slot.Key == 0)
                    {
                        break;
                    }
                    i = (i + 1) & mask;
                }
            }
            scores[0] += s0;
            scores[1] += s1;
            scores[2] += s2;
            scores[3] += s3;
            return;
        }
        var width = Width;
        var weights = _weights;
        foreach (var f in features)
        {
            var i = (int)f & mask;
            while (true)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Key == f)
                {
                    AddRow(weights.AsSpan((int)slot.Data * width, width), scores);
                    break;
                }
                if (slot.Key == 0)
                {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
    }

    private static void AddRow(ReadOnlySpan<short> src, Span<int> scores)
    {
        var c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var step = Vector<short>.Count;
            var half = Vector<int>.Count;
            for (; c + step <= src.Length; c += step)
            {
                Vector.Widen(new Vector<short>(src[c..]), out var lo, out var hi);
                var a = scores.Slice(c, half);
                var b = scores.Slice(c + half, half);
                (new Vector<int>(a) + lo).CopyTo(a);
                (new Vector<int>(b) + hi).CopyTo(b);
            }
        }
        for (; c < src.Length; c++)
        {
            scores[c] += src[c];
        }
    }

    /// <summary>A copy without the weights below <paramref name="pruneBelow"/> int16 units (rows left empty are dropped).</summary>
    public FrozenWeights Prune(int pruneBelow)
    {
        var keys = new List<ulong>(Rows);
        var weights = new List<short>(_weights.Length);
        for (var r = 0; r < Rows; r++)
        {
            var any = false;
            for (var c = 0; c < Width; c++)
            {
                any |= Math.Abs((int)_weights[(r * Width) + c]) >= pruneBelow;
            }
            if (!any)
            {
                continue;
            }
            keys.Add(_keys[r]);
            for (var c = 0; c < Width; c++)
            {
                var v = _weights[(r * Width) + c];
                weights.Add(Math.Abs((int)v) >= pruneBelow ? v : (short)0);
            }
        }
        return new FrozenWeights(Width, Scale, [.. keys], [.. weights]);
    }

    /// <summary>
    /// The mean of several tables of the same width (e.g. models trained with different seeds),
    /// requantised to int16 with one scale; weights below <paramref name="pruneBelow"/> units are dropped.
    /// </summary>
    public static FrozenWeights Average(IReadOnlyList<FrozenWeights> tables, int pruneBelow)
    {
        var width = tables[0].Width;
        var index = new KeyIndex(tables.Max(t => t.Rows));
        var sums = new List<float>();
        var keys = new List<ulong>();
        foreach (var t in tables)
        {
            if (t.Width != width)
            {
                throw new ArgumentException("tables of different widths cannot be averaged");
            }
            var w = 1f / tables.Count * t.Scale;
            for (var r = 0; r < t.Rows; r++)
            {
                var row = index.GetOrAdd(t._keys[r]);
                if (row == keys.Count)
                {
                    keys.Add(t._keys[r]);
                    for (var c = 0; c < width; c++)
                    {
                        sums.Add(0);
                    }
                }
                for (var c = 0; c < width; c++)
                {
                    sums[(row * width) + c] += t._weights[(r * width) + c] * w;
                }
            }
        }
        var max = 0f;
        foreach (var v in sums)
        {
            max = Math.Max(max, Math.Abs(v));
        }
        var scale = max > 0 ? max / 32000f : 1f;
        var outKeys = new List<ulong>(keys.Count);
        var outWeights = new List<short>(sums.Count);
        Span<short> q = stackalloc short[width];
        for (var r = 0; r < keys.Count; r++)
        {
            var any = false;
            for (var c = 0; c < width; c++)
            {
                var v = (int)MathF.Round(sums[(r * width) + c] / scale);
                if (Math.Abs(v) < pruneBelow)
                {
                    v = 0;
                }
                q[c] = (short)v;
                any |= v != 0;
            }
            if (!any)
            {
                continue;
            }
            outKeys.Add(keys[r]);
            foreach (var v in q)
            {
                outWeights.Add(v);
            }
        }
        return new FrozenWeights(width, scale, [.. outKeys], [.. outWeights]);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Width);
        w.Write(Scale);
        w.Write(_keys.Length);
        ModelFile.WriteArray<ulong>(w, _keys);
        // Column-major by class so the long zero runs of rare classes compress well.
        var transposed = new short[_weights.Length];
        var rows = Rows;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < Width; c++)
            {
                transposed[(c * rows) + r] = _weights[(r * Width) + c];
            }
        }
        ModelFile.WriteArray<short>(w, transposed);
    }

    public static FrozenWeights Read(BinaryReader r)
    {
        var width = ModelFile.ReadCount(r, 4096);
        var scale = r.ReadSingle();
        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new InvalidDataException($"weight scale {scale} is invalid");
        }
        var rows = ModelFile.ReadCount(r, 50_000_000);
        var keys = new ulong[rows];
        ModelFile.ReadArray<ulong>(r, keys);
        var transposed = new short[rows * width];
        ModelFile.ReadArray<short>(r, transposed);
        return new FrozenWeights(width, scale, keys, Untranspose(transposed, rows, width));
    }

    private static short[] Untranspose(short[] transposed, int rows, int width)
    {
        var weights = new short[rows * width];
        // Blocks of rows keep both the reads and the writes within a few cache lines.
        const int block = 256;
        for (var r0 = 0; r0 < rows; r0 += block)
        {
            var r1 = Math.Min(rows, r0 + block);
            for (var c = 0; c < width; c++)
            {
                var src = c * rows;
                for (var i = r0; i < r1; i++)
                {
                    weights[(i * width) + c] = transposed[src + i];
                }
            }
        }
        return weights;
    }
}
