using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace EventDesk.Nlp.Common;

/// <summary>
/// Quantised averaged-perceptron weights for prediction: int16 weights with one float scale, found
/// through an open-addressing slot table whose slots hold the key next to where the row's weights
/// are (or, for tables of width 4, the four weights themselves), so a look-up touches one cache line.
/// Rows are sparse: only their non-zero weights are kept, as (class, weight) entries of 32 bits.
/// The tagger's rows and the parser's label rows are 2-4 % non-zero, so dense rows (padded to whole
/// vectors) took about 300 MB and most of the start-up, and adding a row touched three cache lines
/// where its entries fill one.
/// The tables are far larger than the CPU caches, so a look-up is a memory access: scoring first
/// prefetches the slots of all features, then the entries they point to, and only then adds them
/// up (the independent misses overlap instead of following one another). Integer sums, so the
/// results do not depend on the order. Immutable and thread-safe.
/// </summary>
internal sealed unsafe class FrozenWeights
{
    /// <summary>Most features one <see cref="Score"/> call resolves through the stack (more take a slower path).</summary>
    private const int MaxStackFeatures = 256;

    /// <summary>Most entries a table may hold (1 GB of entries; far above any trained table).</summary>
    private const int MaxEntries = 1 << 28;

    private readonly ulong[] _slotBuffer;   // pairs (key, data); data = the row's entries (start | count << 32), or the four int16 weights of a width-4 table
    private readonly int _slotStart;        // first element of the slots (64-byte aligned when allocated)
    private readonly int _mask;
    private readonly int _shift;            // a key's home slot is its top bits below bit 48 (see Home)
    private readonly ulong[] _keys;         // stored keys (StoredKey), row order (the file order)
    private readonly int[] _rowStarts;      // row r's entries are _entries[_rowStarts[r].._rowStarts[r + 1]]
    private readonly uint[] _entries;       // (class << 16) | (ushort)weight, non-zero weights, ascending class within a row
    private readonly short[] _denseBuffer;  // the rows of DenseRowEntries or more entries again, dense, for vector adds
    private readonly int _denseStart;       // first element of the dense rows (64-byte aligned when allocated)
    private readonly int _stride;           // weights per dense row: the width padded to whole 16-weight chunks
    private readonly bool _inline;

    /// <summary>
    /// Rows with at least this many entries are also kept dense: adding 16 weights with one vector
    /// beats adding them one by one, and these few rows (about 1 % of the tagger's) are the
    /// frequent features every token reads.
    /// </summary>
    private const int DenseRowEntries = 16;

    /// <summary>Marks a row handle that points to a dense row (its index among the dense rows below it).</summary>
    private const ulong DenseHandle = 1UL << 63;

    /// <summary>A table from row-major weights (<paramref name="keys"/>.Length rows of <paramref name="width"/>).</summary>
    public FrozenWeights(int width, float scale, ulong[] keys, short[] weights)
        : this(width, scale, [.. keys], FromDense(weights, keys.Length, width))
    {
    }

    /// <summary>A table from sparse rows; the keys are turned into stored keys in place.</summary>
    private FrozenWeights(int width, float scale, ulong[] keys, (int[] Starts, uint[] Entries) rows)
    {
        if (width is < 1 or > ushort.MaxValue)
        {
            throw new InvalidDataException($"weight table width {width} is out of range 1..{ushort.MaxValue}");
        }
        Width = width;
        Scale = scale;
        Rows = keys.Length;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = StoredKey(keys[i]);
        }
        _keys = keys;
        _rowStarts = rows.Starts;
        _entries = rows.Entries;
        _inline = width == 4;
        _stride = (width + 15) & ~15;
        var denseRows = 0;
        if (!_inline)
        {
            for (var r = 0; r < keys.Length; r++)
            {
                denseRows += _rowStarts[r + 1] - _rowStarts[r] >= DenseRowEntries ? 1 : 0;
            }
        }
        _denseBuffer = AlignedBuffer<short>(Math.Max(1, denseRows * _stride), out _denseStart);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _shift = 48 - BitOperations.Log2((uint)capacity);
        _slotBuffer = AlignedBuffer<ulong>(2 * capacity, out _slotStart);
        fixed (ulong* slotBuffer = _slotBuffer)
        fixed (short* denseBuffer = _denseBuffer)
        {
            BuildSlots(slotBuffer + _slotStart, denseBuffer + _denseStart);
        }
    }

    public int Width { get; }

    public float Scale { get; }

    public int Rows { get; }

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

    /// <summary>
    /// The home slot of a key: the top bits of its stored part (bits 47 down), not the low bits. The
    /// keys come sorted from the file, so the slots are then filled in order, one cache line after
    /// the other, where low bits scattered 1.8 million writes over the parser's 64 MB of slots (most
    /// of its load time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(ulong key, int shift) => (int)((key & KeyBits) >> shift);

    /// <summary>The slot holding the stored key, or -1 (linear probing from its home slot to the first empty one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FindSlot(ulong* slots, ulong storedKey, int mask, int shift)
    {
        var i = Home(storedKey, shift);
        while (true)
        {
            var key = slots[2 * i];
            if (key == storedKey)
            {
                return i;
            }
            if (key == 0)
            {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    private ReadOnlySpan<uint> Row(int row) => _entries.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    private static (int[] Starts, uint[] Entries) FromDense(ReadOnlySpan<short> weights, int rows, int width)
    {
        if (weights.Length != (long)rows * width)
        {
            throw new InvalidDataException($"weight table has {weights.Length} weights for {rows} rows of {width}");
        }
        var starts = new int[rows + 1];
        var count = 0;
        for (var r = 0; r < rows; r++)
        {
            foreach (var v in weights.Slice(r * width, width))
            {
                count += v != 0 ? 1 : 0;
            }
            starts[r + 1] = count;
        }
        var entries = new uint[count];
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            var row = weights.Slice(r * width, width);
            for (var c = 0; c < width; c++)
            {
                if (row[c] != 0)
                {
                    entries[n++] = Entry(c, row[c]);
                }
            }
        }
        return (starts, entries);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Entry(int cls, short weight) => ((uint)cls << 16) | (ushort)weight;

    private void BuildSlots(ulong* slots, short* dense)
    {
        var keys = _keys;
        var denseRows = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            var k = keys[r];
            var i = Home(k, _shift);
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
            var start = _rowStarts[r];
            var count = _rowStarts[r + 1] - start;
            if (_inline)
            {
                var packed = 0UL;
                foreach (var e in _entries.AsSpan(start, count))
                {
                    packed |= (ulong)(ushort)e << (16 * (int)(e >> 16));
                }
                slots[(2 * i) + 1] = packed;
            }
            else if (count >= DenseRowEntries)
            {
                var row = dense + ((nint)denseRows * _stride);
                foreach (var e in _entries.AsSpan(start, count))
                {
                    row[e >> 16] = (short)e;
                }
                slots[(2 * i) + 1] = DenseHandle | (uint)denseRows++;
            }
            else
            {
                slots[(2 * i) + 1] = (uint)start | ((ulong)(uint)count << 32);
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

    /// <summary>Adds the weights of the features to <paramref name="scores"/> (int16 units).</summary>
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
        Span<ulong> rows = stackalloc ulong[features.Length];
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
            var shift = _shift;
            foreach (var f in features)
            {
                Sse.Prefetch0(slots + (2 * Home(f, shift)));
            }
        }
    }

    /// <summary>
    /// The rows of the features that are in the table (in feature order, as handles for
    /// <see cref="AddRows"/>), and starts loading their entries into the cache. Not for width-4
    /// tables (their weights are in the slots).
    /// </summary>
    public int FindRows(ReadOnlySpan<ulong> features, Span<ulong> rows)
    {
        if (_inline)
        {
            throw new InvalidOperationException("a width-4 table keeps its weights in the slots; use Score");
        }
        fixed (ulong* slotBuffer = _slotBuffer)
        fixed (uint* entries = _entries)
        fixed (short* denseBuffer = _denseBuffer)
        {
            var slots = slotBuffer + _slotStart;
            var dense = denseBuffer + _denseStart;
            var mask = _mask;
            var shift = _shift;
            var n = 0;
            foreach (var feature in features)
            {
                if (FindSlot(slots, StoredKey(feature), mask, shift) is var i and >= 0)
                {
                    rows[n++] = slots[(2 * i) + 1];
                }
            }
            if (Sse.IsSupported)
            {
                for (var j = 0; j < n; j++)
                {
                    var h = rows[j];
                    var p = (h & DenseHandle) != 0 ? (byte*)(dense + ((nint)(uint)h * _stride)) : (byte*)(entries + (uint)h);
                    var end = p + ((h & DenseHandle) != 0 ? _stride * sizeof(short) : (nint)(h >> 32) * sizeof(uint));
                    for (; p < end; p += 64)
                    {
                        Sse.Prefetch0(p);
                    }
                }
            }
            return n;
        }
    }

    /// <summary>Adds the rows (handles from <see cref="FindRows"/>) to <paramref name="scores"/> (int16 units).</summary>
    public void AddRows(ReadOnlySpan<ulong> rows, Span<int> scores)
    {
        if (scores.Length < Width)
        {
            throw new ArgumentException($"{scores.Length} scores for a table of width {Width}", nameof(scores));
        }
        var denseRows = rows.Length <= MaxStackFeatures ? stackalloc nint[rows.Length] : new nint[rows.Length];
        var d = 0;
        fixed (uint* entries = _entries)
        fixed (short* denseBuffer = _denseBuffer)
        fixed (int* s = scores)
        {
            var dense = denseBuffer + _denseStart;
            foreach (var h in rows)
            {
                if ((h & DenseHandle) != 0)
                {
                    denseRows[d++] = (nint)(dense + ((nint)(uint)h * _stride));
                    continue;
                }
                var p = entries + (uint)h;
                var end = p + (h >> 32);
                for (; p < end; p++)
                {
                    var e = *p;
                    s[e >> 16] += (short)e;
                }
            }
            if (Avx2.IsSupported)
            {
                AddDenseAvx2(denseRows[..d], s, Width, _stride);
            }
            else
            {
                foreach (var row in denseRows[..d])
                {
                    AddDense(new ReadOnlySpan<short>((short*)row, Width), scores);
                }
            }
        }
    }

    /// <summary>
    /// Adds dense rows (padded to <paramref name="stride"/>, a multiple of 16): one 16-weight chunk at
    /// a time, summed over all rows in 8-lane int32 registers and added to the scores once (instead
    /// of a load and a store of the scores per row). Integer sums, so the result is the same as row
    /// by row.
    /// </summary>
    private static void AddDenseAvx2(ReadOnlySpan<nint> rows, int* s, int width, int stride)
    {
        if (rows.Length == 0)
        {
            return;
        }
        var count = rows.Length;
        var tail = stackalloc int[16];
        fixed (nint* p = rows)
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

    private static void AddDense(ReadOnlySpan<short> src, Span<int> scores)
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

    /// <summary>Adds the inline weights of a width-4 table (slots best prefetched first).</summary>
    private void AddInline(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        fixed (ulong* slotBuffer = _slotBuffer)
        {
            var slots = slotBuffer + _slotStart;
            var mask = _mask;
            var shift = _shift;
            var s0 = 0;
            var s1 = 0;
            var s2 = 0;
            var s3 = 0;
            foreach (var feature in features)
            {
                if (FindSlot(slots, StoredKey(feature), mask, shift) is var i and >= 0)
                {
                    var d = (long)slots[(2 * i) + 1];
                    s0 += (short)d;
                    s1 += (short)(d >> 16);
                    s2 += (short)(d >> 32);
                    s3 += (short)(d >> 48);
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

    /// <summary>A copy without the weights below <paramref name="pruneBelow"/> int16 units (rows left empty are dropped).</summary>
    public FrozenWeights Prune(int pruneBelow)
    {
        var keys = new List<ulong>(Rows);
        var starts = new List<int>(Rows + 1) { 0 };
        var entries = new List<uint>(_entries.Length);
        for (var r = 0; r < Rows; r++)
        {
            var before = entries.Count;
            foreach (var e in Row(r))
            {
                if (Math.Abs((int)(short)e) >= pruneBelow)
                {
                    entries.Add(e);
                }
            }
            if (entries.Count > before)
            {
                keys.Add(_keys[r]);
                starts.Add(entries.Count);
            }
        }
        return new FrozenWeights(Width, Scale, [.. keys], ([.. starts], [.. entries]));
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
                foreach (var e in t.Row(r))
                {
                    sums[(row * width) + (int)(e >> 16)] += (short)e * w;
                }
            }
        }
        return Quantised(width, [.. keys], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sums), pruneBelow);
    }

    /// <summary>
    /// A table from float weights (<paramref name="keys"/>.Length rows of <paramref name="width"/>, row-major): one scale
    /// for the table (the largest weight becomes 32,000 units), weights rounded to int16 units, those below
    /// <paramref name="pruneBelow"/> units dropped, and rows left empty dropped.
    /// </summary>
    public static FrozenWeights Quantised(int width, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int pruneBelow)
    {
        var max = 0f;
        foreach (var v in weights[..(keys.Length * width)])
        {
            max = Math.Max(max, Math.Abs(v));
        }
        var scale = max > 0 ? max / 32000f : 1f;
        var outKeys = new List<ulong>(keys.Length);
        var outWeights = new List<short>(keys.Length * width);
        Span<short> q = stackalloc short[width];
        for (var r = 0; r < keys.Length; r++)
        {
            var any = false;
            for (var c = 0; c < width; c++)
            {
                var v = (int)MathF.Round(weights[(r * width) + c] / scale);
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

    /// <summary>Starts a table with sorted, gap-coded keys and column-major dense weights (the second layout).</summary>
    private const int SortedKeysMarker = -0x4B455932;

    /// <summary>Starts a table with sorted, gap-coded keys and sparse rows (the current layout).</summary>
    private const int SparseRowsMarker = -0x4B455933;

    /// <summary>
    /// Writes the table: the marker, width, scale, row count, the stored keys in ascending order as
    /// LEB128 varint gaps (byte count first), the number of entries, then for the rows in the same
    /// order their entry counts (LEB128, byte count first), the classes of all entries (one byte each
    /// when the width allows, else two) and their weights. A table read from such a file is already
    /// in that order, so it writes the same bytes again.
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
        w.Write(SparseRowsMarker);
        w.Write(Width);
        w.Write(Scale);
        w.Write(rows);
        SortedKeyGaps.Write(w, order.Select(r => keys[r]), rows, KeyBits);
        w.Write(_entries.Length);
        var counts = new byte[(rows * 3) + 1];
        var length = 0;
        foreach (var r in order)
        {
            length += SortedKeyGaps.WriteVarint(counts.AsSpan(length), (ulong)Row(r).Length);
        }
        w.Write(length);
        w.Write(counts, 0, length);
        var classes = new ushort[_entries.Length];
        var weights = new short[_entries.Length];
        var n = 0;
        foreach (var r in order)
        {
            foreach (var e in Row(r))
            {
                classes[n] = (ushort)(e >> 16);
                weights[n++] = (short)e;
            }
        }
        if (Width > 256)
        {
            ModelFile.WriteArray<ushort>(w, classes);
        }
        else
        {
            ModelFile.WriteArray<byte>(w, classes.Select(c => (byte)c).ToArray());
        }
        ModelFile.WriteArray<short>(w, weights);
    }

    /// <summary>
    /// Reads a table in any of its layouts: sparse rows (<see cref="Write"/>), sorted gap-coded keys
    /// with column-major dense weights, or the first one (width first, raw 64-bit keys, dense weights).
    /// </summary>
    public static FrozenWeights Read(BinaryReader r)
    {
        var first = r.ReadInt32();
        var sparse = first == SparseRowsMarker;
        var sortedKeys = sparse || first == SortedKeysMarker;
        var width = sortedKeys ? ModelFile.ReadCount(r, 4096) : first;
        if (width is < 1 or > 4096)
        {
            throw new InvalidDataException($"count {width} is out of range 1..4096");
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
        return new FrozenWeights(width, scale, keys, sparse ? ReadSparseRows(r, rows, width) : ReadDenseColumns(r, rows, width));
    }

    private static (int[] Starts, uint[] Entries) ReadSparseRows(BinaryReader r, int rows, int width)
    {
        var total = ModelFile.ReadCount(r, (int)Math.Min(MaxEntries, (long)rows * width));
        var counts = new byte[ModelFile.ReadCount(r, (rows * 3) + 1)];
        ModelFile.ReadArray<byte>(r, counts);
        var starts = new int[rows + 1];
        var p = 0;
        var sum = 0;
        for (var i = 0; i < rows; i++)
        {
            var count = (int)SortedKeyGaps.ReadVarint(counts, ref p, 14, "the row counts of a weight table");
            if (count > width || (sum += count) > total)
            {
                throw new InvalidDataException("a weight table has more entries in its rows than it announces");
            }
            starts[i + 1] = sum;
        }
        if (p != counts.Length || sum != total)
        {
            throw new InvalidDataException("the row counts of a weight table do not add up to its entries");
        }
        var classes = new ushort[total];
        if (width > 256)
        {
            ModelFile.ReadArray<ushort>(r, classes);
        }
        else
        {
            var narrow = new byte[total];
            ModelFile.ReadArray<byte>(r, narrow);
            for (var i = 0; i < total; i++)
            {
                classes[i] = narrow[i];
            }
        }
        var weights = new short[total];
        ModelFile.ReadArray<short>(r, weights);
        var entries = new uint[total];
        for (var row = 0; row < rows; row++)
        {
            var previous = -1;
            for (var i = starts[row]; i < starts[row + 1]; i++)
            {
                int c = classes[i];
                if (c >= width || c <= previous)
                {
                    throw new InvalidDataException("a weight table has a class out of range or out of order in a row");
                }
                previous = c;
                entries[i] = Entry(c, weights[i]);
            }
        }
        return (starts, entries);
    }

    /// <summary>Most weights <see cref="ReadDenseColumns"/> buffers (16 MB).</summary>
    private const int ColumnBufferWeights = 1 << 23;

    /// <summary>
    /// Reads column-major dense weights (the earlier layouts) into sparse rows: a group of columns at
    /// a time through a bounded buffer into a dense row-major copy, which is then compacted.
    /// </summary>
    private static (int[] Starts, uint[] Entries) ReadDenseColumns(BinaryReader r, int rows, int width)
    {
        if ((long)rows * width > MaxEntries)
        {
            throw new InvalidDataException($"a dense weight table of {rows} rows of {width} is too large");
        }
        var dense = new short[rows * width];
        if (rows > 0)
        {
            var group = Math.Clamp(ColumnBufferWeights / rows, 1, width);
            var buffer = new short[group * rows];
            for (var c0 = 0; c0 < width; c0 += group)
            {
                var g = Math.Min(group, width - c0);
                ModelFile.ReadArray<short>(r, buffer.AsSpan(0, g * rows));
                for (var c = 0; c < g; c++)
                {
                    var column = buffer.AsSpan(c * rows, rows);
                    for (var i = 0; i < rows; i++)
                    {
                        dense[(i * width) + c0 + c] = column[i];
                    }
                }
            }
        }
        return FromDense(dense, rows, width);
    }
}
