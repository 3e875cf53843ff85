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
            for (var c = 0; c < width; c++)
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
/// Quantised averaged-perceptron weights for prediction: int16 rows with one float scale.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FrozenWeights
{
    private readonly KeyIndex _index;
    private readonly ulong[] _keys;
    private readonly short[] _weights;

    public FrozenWeights(int width, float scale, ulong[] keys, short[] weights)
    {
        if (weights.Length != keys.Length * width)
        {
            throw new InvalidDataException($"weight table has {weights.Length} weights for {keys.Length} rows of {width}");
        }
        Width = width;
        Scale = scale;
        _keys = keys;
        _weights = weights;
        _index = new KeyIndex(keys.Length);
        foreach (var k in keys)
        {
            if (k == 0)
            {
                throw new InvalidDataException("weight table holds the reserved key 0");
            }
            _index.GetOrAdd(k);
        }
        if (_index.Count != keys.Length)
        {
            throw new InvalidDataException("weight table holds duplicate keys");
        }
    }

    public int Width { get; }

    public float Scale { get; }

    public int Rows => _keys.Length;

    /// <summary>Adds the rows of the features to <paramref name="scores"/> (int16 units).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var width = Width;
        foreach (var f in features)
        {
            var row = _index.Find(f);
            if (row < 0)
            {
                continue;
            }
            var src = _weights.AsSpan(row * width, width);
            for (var c = 0; c < width; c++)
            {
                scores[c] += src[c];
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Width);
        w.Write(Scale);
        w.Write(_keys.Length);
        ModelFile.WriteArray<ulong>(w, _keys);
        // Column-major by class so the long zero runs of rare classes compress well.
        var transposed = new short[_weights.Length];
        var rows = _keys.Length;
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
        var weights = new short[rows * width];
        for (var c = 0; c < width; c++)
        {
            for (var i = 0; i < rows; i++)
            {
                weights[(i * width) + c] = transposed[(c * rows) + i];
            }
        }
        return new FrozenWeights(width, scale, keys, weights);
    }
}
