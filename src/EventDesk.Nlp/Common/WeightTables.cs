using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

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
        var inv = steps > 0 ? 1f / steps : 0f;
        for (var i = 0; i < avg.Length; i++)
        {
            avg[i] = _w[i] - (_u[i] * inv);
        }
        return FrozenWeights.Quantised(Width, _rowKeys.AsSpan(0, rows), avg, pruneBelow);
    }
}

