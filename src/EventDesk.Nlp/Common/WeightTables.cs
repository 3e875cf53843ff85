using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
/// The tables are far larger than the CPU caches, so a lookup is a memory access: scoring first
/// prefetches the slots of all features, then the rows they point to, and only then adds them up
/// (the independent misses overlap instead of following one another). Slots and rows start on
/// 64-byte boundaries; rows are padded with zeros to whole 32-byte chunks so they can be added
/// with full vectors. Integer sums, so the results do not depend on the order.
/// Immutable and thread-safe.
/// </summary>
internal sealed unsafe class FrozenWeights
{
    /// <summary>Most features one <see cref="Score"/> call resolves through the stack (more take a slower path).</summary>
    private const int MaxStackFeatures = 256;

    private readonly ulong[] _slotBuffer;   // pairs (key, data); data = row index, or the four int16 weights of a width-4 table
    private readonly int _slotStart;        // first element of the slots (64-byte aligned when allocated)
    private readonly int _mask;
    private readonly ulong[] _keys;         // stored keys (StoredKey), row order (the file order)
    private readonly short[] _rowBuffer;    // rows of _stride weights (padded with zeros)
    private readonly int _rowStart;         // first element of the rows (64-byte aligned when allocated)
    private readonly int _stride;
    private readonly bool _inline;

    public FrozenWeights(int width, float scale, ulong[] keys, short[] weights)
        : this(width, scale, [.. keys], weights.Length == keys.Length * width ? weights : throw new InvalidDataException(
            $"weight table has {weights.Length} weights for {keys.Length} rows of {width}"), columns: null)
    {
    }

    /// <summary>
    /// Builds the table from row-major weights, or from the column-major weights that <paramref name="columns"/>
    /// reads next (a file). The keys are turned into stored keys in place.
    /// </summary>
    private FrozenWeights(int width, float scale, ulong[] keys, short[]? weights, BinaryReader? columns)
    {
        Width = width;
        Scale = scale;
        Rows = keys.Length;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = StoredKey(keys[i]);
        }
        _keys = keys;
        _inline = width == 4;
        // Rows of whole 16-weight (32-byte) chunks; width-4 rows live in the slots and are kept only for writing.
        _stride = _inline ? width : (width + 15) & ~15;
        _rowBuffer = AlignedBuffer<short>(Math.Max(1, keys.Length * _stride), out _rowStart);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slotBuffer = AlignedBuffer<ulong>(2 * capacity, out _slotStart);
        fixed (short* rowBuffer = _rowBuffer)
        fixed (ulong* slotBuffer = _slotBuffer)
        {
            if (columns is null)
            {
                CopyRows(weights!, keys.Length, width, rowBuffer + _rowStart, _stride);
            }
            else
            {
                ReadColumns(columns, keys.Length, width, rowBuffer + _rowStart, _stride);
            }
            BuildSlots(keys, slotBuffer + _slotStart, rowBuffer + _rowStart);
        }
    }

    /// <summary>Bits of a feature key the table keeps; see <see cref="StoredKey"/>.</summary>
    private const ulong KeyBits = (1UL << 48) - 1;

    /// <summary>Set in every stored key, so that none is 0 (the empty slot).</summary>
    private const ulong KeyPresent = 1UL << 48;

    /// <summary>
    /// The form a feature key has in the table: its low 48 bits (the slot index comes from the low
    /// bits) with bit 48 set. Files store the sorted keys as varint gaps, about 4 bytes a key instead
    /// of 8 (the keys were 73 % of parser.edm). Two features of a table share a stored key with
    /// probability ~n²/2^49 (0.5 % for a table of 1.6 M rows: one pair), and an absent feature
    /// hits a present one with ~n/2^48 per look-up (6e-9).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong StoredKey(ulong feature) => (feature & KeyBits) | KeyPresent;

    private void BuildSlots(ulong[] keys, ulong* slots, short* rows)
    {
        for (var r = 0; r < keys.Length; r++)
        {
            var k = keys[r];
            var i = (int)k & _mask;
            var taken = false;
            while (slots[2 * i] != 0)
            {
                if (slots[2 * i] == k)
                {
                    // Two features with the same stored key (see StoredKey): the first row wins.
                    taken = true;
                    break;
                }
                i = (i + 1) & _mask;
            }
            if (taken)
            {
                continue;
            }
            slots[2 * i] = k;
            if (_inline)
            {
                var o = rows + (r * 4);
                slots[(2 * i) + 1] = (ulong)(ushort)o[0] | ((ulong)(ushort)o[1] << 16) |
                    ((ulong)(ushort)o[2] << 32) | ((ulong)(ushort)o[3] << 48);
            }
            else
            {
                slots[(2 * i) + 1] = (ulong)r;
            }
        }
    }

    /// <summary>
    /// A zeroed array with room for <paramref name="length"/> elements from the first 64-byte aligned
    /// one (<paramref name="start"/>). An ordinary (large-object heap) array rather than a pinned one:
    /// the pinned heap delayed the collection of the loading buffers (+125 MB peak at start-up). The
    /// element offset stays valid if the array is ever moved, only the alignment would be lost, so
    /// all reads are unaligned-safe, through short <c>fixed</c> scopes.
    /// </summary>
    private static T[] AlignedBuffer<T>(int length, out int start) where T : unmanaged
    {
        var buffer = new T[length + (64 / sizeof(T))];
        fixed (T* p = buffer)
        {
            start = (int)((64 - ((nint)p & 63)) & 63) / sizeof(T);
        }
        return buffer;
    }

    private static void CopyRows(short[] weights, int rows, int width, short* dest, int stride)
    {
        for (var r = 0; r < rows; r++)
        {
            weights.AsSpan(r * width, width).CopyTo(new Span<short>(dest + ((nint)r * stride), width));
        }
    }

    /// <summary>Most weights <see cref="ReadColumns"/> buffers (16 MB).</summary>
    private const int ColumnBufferWeights = 1 << 23;

    /// <summary>
    /// Reads column-major weights (the file order) into the rows: a group of columns at a time through
    /// a bounded buffer, instead of a temporary copy of the whole table (up to 120 MB for the tagger,
    /// which raised the start-up peak and the pages the process touches). Blocks of rows keep both
    /// the reads and the writes within a few cache lines.
    /// </summary>
    private static void ReadColumns(BinaryReader r, int rows, int width, short* dest, int stride)
    {
        if (rows == 0)
        {
            return;
        }
        var group = Math.Clamp(ColumnBufferWeights / rows, 1, width);
        var buffer = new short[group * rows];
        const int block = 256;
        for (var c0 = 0; c0 < width; c0 += group)
        {
            var g = Math.Min(group, width - c0);
            ModelFile.ReadArray<short>(r, buffer.AsSpan(0, g * rows));
            for (var r0 = 0; r0 < rows; r0 += block)
            {
                var r1 = Math.Min(rows, r0 + block);
                for (var c = 0; c < g; c++)
                {
                    var src = c * rows;
                    var column = dest + c0 + c;
                    for (var i = r0; i < r1; i++)
                    {
                        column[(nint)i * stride] = buffer[src + i];
                    }
                }
            }
        }
    }

    public int Width { get; }

    public float Scale { get; }

    public int Rows { get; }

    private short Weight(int row, int column) => _rowBuffer[_rowStart + (row * _stride) + column];

    /// <summary>Adds the rows of the features to <paramref name="scores"/> (int16 units).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        if (features.Length > MaxStackFeatures)
        {
            Score(features[..MaxStackFeatures], scores);
            Score(features[MaxStackFeatures..], scores);
            return;
        }
        PrefetchSlots(features);
        if (_inline)
        {
            AddInline(features, scores);
            return;
        }
        Span<int> rows = stackalloc int[features.Length];
        var n = FindRows(features, rows);
        AddRows(rows[..n], scores);
    }

    /// <summary>Starts loading the slots of the features into the cache (no effect where prefetching is not available).</summary>
    public void PrefetchSlots(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }
        fixed (ulong* slotBuffer = _slotBuffer)
        {
            var slots = slotBuffer + _slotStart;
            var mask = _mask;
            foreach (var f in features)
            {
                Sse.Prefetch0(slots + (2 * ((int)f & mask)));
            }
        }
    }

    /// <summary>
    /// The rows of the features that are in the table (in feature order), and starts loading them
    /// into the cache. Not for width-4 tables (their weights are in the slots).
    /// </summary>
    public int FindRows(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        fixed (ulong* slotBuffer = _slotBuffer)
        fixed (short* rowBuffer = _rowBuffer)
        {
            var slots = slotBuffer + _slotStart;
            var rowData = rowBuffer + _rowStart;
            var mask = _mask;
            var n = 0;
            foreach (var feature in features)
            {
                var f = StoredKey(feature);
                var i = (int)f & mask;
                while (true)
                {
                    var key = slots[2 * i];
                    if (key == f)
                    {
                        rows[n++] = (int)slots[(2 * i) + 1];
                        break;
                    }
                    if (key == 0)
                    {
                        break;
                    }
                    i = (i + 1) & mask;
                }
            }
            if (Sse.IsSupported)
            {
                var bytes = _stride * sizeof(short);
                for (var j = 0; j < n; j++)
                {
                    var p = (byte*)(rowData + (rows[j] * _stride));
                    for (var o = 0; o < bytes; o += 64)
                    {
                        Sse.Prefetch0(p + o);
                    }
                }
            }
            return n;
        }
    }

    /// <summary>Adds the rows (from <see cref="FindRows"/>) to <paramref name="scores"/> (int16 units).</summary>
    public void AddRows(ReadOnlySpan<int> rows, Span<int> scores)
    {
        fixed (short* rowBuffer = _rowBuffer)
        {
            var rowData = rowBuffer + _rowStart;
            var width = Width;
            var stride = _stride;
            if (Avx512F.IsSupported && stride <= 128)
            {
                // Up to 8 chunks of 16 weights, summed in 32-bit lanes on the stack, added to the scores once.
                var chunks = stride / 16;
                var acc = stackalloc Vector512<int>[8];
                for (var c = 0; c < chunks; c++)
                {
                    acc[c] = Vector512<int>.Zero;
                }
                foreach (var r in rows)
                {
                    var src = rowData + (r * stride);
                    for (var c = 0; c < chunks; c++)
                    {
                        acc[c] += Avx512F.ConvertToVector512Int32(Vector256.Load(src + (16 * c)));
                    }
                }
                var sums = (int*)acc;
                for (var c = 0; c < width; c++)
                {
                    scores[c] += sums[c];
                }
                return;
            }
            if (Avx2.IsSupported && rows.Length > 1)
            {
                AddRowsAvx2(rows, scores, rowData, width, stride);
                return;
            }
            foreach (var r in rows)
            {
                AddRow(new ReadOnlySpan<short>(rowData + (r * stride), width), scores);
            }
        }
    }

    /// <summary>
    /// AVX2 (no AVX-512): one 16-weight chunk at a time, summed over all rows in two 8-lane int32
    /// registers and added to the scores once (instead of a load and a store of the scores per
    /// row). Integer sums, so the result is the same as row by row.
    /// </summary>
    private static void AddRowsAvx2(ReadOnlySpan<int> rows, Span<int> scores, short* rowData, int width, int stride)
    {
        var count = rows.Length;
        var starts = count <= MaxStackFeatures ? stackalloc nint[count] : new nint[count];
        for (var j = 0; j < count; j++)
        {
            starts[j] = (nint)(rowData + ((nint)rows[j] * stride));
        }
        var tail = stackalloc int[16];
        fixed (int* s = scores)
        fixed (nint* p = starts)
        {
            for (var c = 0; c < stride; c += 16)
            {
                var a0 = Vector256<int>.Zero;
                var a1 = Vector256<int>.Zero;
                var a2 = Vector256<int>.Zero;
                var a3 = Vector256<int>.Zero;
                var j = 0;
                for (; j + 1 < count; j += 2)
                {
                    var x = (short*)p[j] + c;
                    var y = (short*)p[j + 1] + c;
                    a0 = Avx2.Add(a0, Avx2.ConvertToVector256Int32(x));
                    a1 = Avx2.Add(a1, Avx2.ConvertToVector256Int32(x + 8));
                    a2 = Avx2.Add(a2, Avx2.ConvertToVector256Int32(y));
                    a3 = Avx2.Add(a3, Avx2.ConvertToVector256Int32(y + 8));
                }
                if (j < count)
                {
                    var x = (short*)p[j] + c;
                    a0 = Avx2.Add(a0, Avx2.ConvertToVector256Int32(x));
                    a1 = Avx2.Add(a1, Avx2.ConvertToVector256Int32(x + 8));
                }
                a0 = Avx2.Add(a0, a2);
                a1 = Avx2.Add(a1, a3);
                if (c + 16 <= width)
                {
                    Avx.Store(s + c, Avx2.Add(Avx.LoadVector256(s + c), a0));
                    Avx.Store(s + c + 8, Avx2.Add(Avx.LoadVector256(s + c + 8), a1));
                }
                else
                {
                    Avx.Store(tail, a0);
                    Avx.Store(tail + 8, a1);
                    for (var i = c; i < width; i++)
                    {
                        s[i] += tail[i - c];
                    }
                }
            }
        }
    }

    /// <summary>Adds the inline weights of a width-4 table (slots best prefetched first).</summary>
    private void AddInline(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        fixed (ulong* slotBuffer = _slotBuffer)
        {
            var slots = slotBuffer + _slotStart;
            var mask = _mask;
            var s0 = 0;
            var s1 = 0;
            var s2 = 0;
            var s3 = 0;
            foreach (var feature in features)
            {
                var f = StoredKey(feature);
                var i = (int)f & mask;
                while (true)
                {
                    var key = slots[2 * i];
                    if (key == f)
                    {
                        var d = (long)slots[(2 * i) + 1];
                        s0 += (short)d;
                        s1 += (short)(d >> 16);
                        s2 += (short)(d >> 32);
                        s3 += (short)(d >> 48);
                        break;
                    }
                    if (key == 0)
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
        }
    }

    /// <summary>Adds the weights of a width-4 table whose slots were prefetched with <see cref="PrefetchSlots"/>.</summary>
    public void ScorePrefetched(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        if (!_inline)
        {
            Score(features, scores);
            return;
        }
        AddInline(features, scores);
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
        var weights = new List<short>(Rows * Width);
        for (var r = 0; r < Rows; r++)
        {
            var any = false;
            for (var c = 0; c < Width; c++)
            {
                any |= Math.Abs((int)Weight(r, c)) >= pruneBelow;
            }
            if (!any)
            {
                continue;
            }
            keys.Add(_keys[r]);
            for (var c = 0; c < Width; c++)
            {
                var v = Weight(r, c);
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
                    sums[(row * width) + c] += t.Weight(r, c) * w;
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

    /// <summary>Starts a table with sorted, gap-coded keys (a negative number, where the first format has its width).</summary>
    private const int SortedKeysMarker = -0x4B455932;

    /// <summary>
    /// Writes the table: the marker, width, scale, row count, the stored keys in ascending order as
    /// LEB128 varint gaps (byte count first), then the weights column-major in the same row order.
    /// A table read from such a file is already in that order, so it writes the same bytes again.
    /// </summary>
    public void Write(BinaryWriter w)
    {
        var rows = Rows;
        var order = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            order[r] = r;
        }
        // Equal keys (a stored-key collision) keep their row order, so the first row still wins after reading.
        var keys = _keys;
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        w.Write(SortedKeysMarker);
        w.Write(Width);
        w.Write(Scale);
        w.Write(rows);
        SortedKeyGaps.Write(w, order.Select(r => keys[r]), rows, KeyBits);
        // Column-major by class so the long zero runs of rare classes compress well.
        var transposed = new short[rows * Width];
        for (var r = 0; r < rows; r++)
        {
            var from = order[r];
            for (var c = 0; c < Width; c++)
            {
                transposed[(c * rows) + r] = Weight(from, c);
            }
        }
        ModelFile.WriteArray<short>(w, transposed);
    }

    /// <summary>Reads a table in either format: sorted gap-coded keys (<see cref="Write"/>) or the first one (width first, raw 64-bit keys).</summary>
    public static FrozenWeights Read(BinaryReader r)
    {
        var first = r.ReadInt32();
        var sortedKeys = first == SortedKeysMarker;
        var width = sortedKeys ? ModelFile.ReadCount(r, 4096) : first;
        if (width is < 0 or > 4096)
        {
            throw new InvalidDataException($"count {width} is out of range 0..4096");
        }
        var scale = r.ReadSingle();
        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new InvalidDataException($"weight scale {scale} is invalid");
        }
        var rows = ModelFile.ReadCount(r, 50_000_000);
        var keys = new ulong[rows];
        if (sortedKeys)
        {
            SortedKeyGaps.Read(r, keys, KeyBits, "a weight table");
        }
        else
        {
            ModelFile.ReadArray<ulong>(r, keys);
        }
        return new FrozenWeights(width, scale, keys, null, columns: r);
    }
}
