using System.Numerics;

namespace EventDesk.Nlp.Common;

/// <summary>
/// A frozen open-addressing map from a non-zero 64-bit hash to an unmanaged value, stored as two
/// slot arrays so that a model file holds the table itself and loading is two bulk reads (no
/// rehashing). Immutable after construction and thread-safe for reads.
/// </summary>
internal sealed class HashMap64<T> where T : unmanaged
{
    private readonly ulong[] _keys;
    private readonly T[] _values;
    private readonly int _mask;

    private HashMap64(ulong[] keys, T[] values, int count)
    {
        _keys = keys;
        _values = values;
        _mask = keys.Length - 1;
        Count = count;
    }

    public int Count { get; }

    public static HashMap64<T> Empty { get; } = Build([]);

    public static HashMap64<T> Build(IEnumerable<KeyValuePair<ulong, T>> pairs)
    {
        // Sized for all pairs up front, so the slots (written as they are into model files) do not depend on growth.
        var list = pairs as IReadOnlyCollection<KeyValuePair<ulong, T>> ?? pairs.ToList();
        var builder = new Builder(list.Count);
        foreach (var (key, value) in list)
        {
            builder.Slot(key) = value;
        }
        return builder.ToMap();
    }

    public bool TryGetValue(ulong key, out T value)
    {
        var keys = _keys;
        var i = (int)key & _mask;
        while (true)
        {
            var k = keys[i];
            if (k == key)
            {
                value = _values[i];
                return true;
            }
            if (k == 0)
            {
                value = default;
                return false;
            }
            i = (i + 1) & _mask;
        }
    }

    public bool ContainsKey(ulong key) => TryGetValue(key, out _);

    /// <summary>
    /// Fills a table in place (the caller merges values through the slot reference, e.g. OR-ing bits), then
    /// freezes it: no intermediate dictionary, so a few hundred thousand keys build in one pass at start-up.
    /// Not thread-safe.
    /// </summary>
    internal sealed class Builder(int expected = 8)
    {
        // Sized for the expected keys at half load, so that filling rarely rehashes.
        private ulong[] _keys = new ulong[Capacity(expected)];
        private T[] _values = new T[Capacity(expected)];
        private int _count;

        private static int Capacity(int expected) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected * 2));

        /// <summary>The value slot of <paramref name="key"/> (non-zero), added with the default value if new.</summary>
        public ref T Slot(ulong key)
        {
            if (key == 0)
            {
                throw new ArgumentException("key 0 is reserved for empty slots");
            }
            if ((_count + 1) * 2 > _keys.Length)
            {
                Grow();
            }
            var mask = _keys.Length - 1;
            var i = (int)key & mask;
            while (_keys[i] != 0 && _keys[i] != key)
            {
                i = (i + 1) & mask;
            }
            if (_keys[i] == 0)
            {
                _keys[i] = key;
                _count++;
            }
            return ref _values[i];
        }

        public HashMap64<T> ToMap() => new(_keys, _values, _count);

        private void Grow()
        {
            var (keys, values) = (_keys, _values);
            _keys = new ulong[keys.Length * 2];
            _values = new T[keys.Length * 2];
            var mask = _keys.Length - 1;
            for (var k = 0; k < keys.Length; k++)
            {
                if (keys[k] != 0)
                {
                    var i = (int)keys[k] & mask;
                    while (_keys[i] != 0)
                    {
                        i = (i + 1) & mask;
                    }
                    _keys[i] = keys[k];
                    _values[i] = values[k];
                }
            }
        }
    }

    /// <summary>Entries in slot order (deterministic for the same contents).</summary>
    public IEnumerable<KeyValuePair<ulong, T>> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return new(_keys[i], _values[i]);
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_keys.Length);
        w.Write(Count);
        ModelFile.WriteArray<ulong>(w, _keys);
        ModelFile.WriteArray<T>(w, _values);
    }

    /// <summary>
    /// Writes the occupied slots only, in slot order (capacity, count, the keys, the values): half the bytes of
    /// <see cref="Write"/> at half load, and <see cref="ReadCompact"/> refills the slots front to back.
    /// </summary>
    public void WriteCompact(BinaryWriter w)
    {
        var keys = new ulong[Count];
        var values = new T[Count];
        var n = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                keys[n] = _keys[i];
                values[n++] = _values[i];
            }
        }
        w.Write(_keys.Length);
        w.Write(Count);
        ModelFile.WriteArray<ulong>(w, keys);
        ModelFile.WriteArray<T>(w, values);
    }

    /// <summary>Reads a table written by <see cref="WriteCompact"/>.</summary>
    public static HashMap64<T> ReadCompact(BinaryReader r)
    {
        var capacity = ReadCapacity(r);
        var count = ModelFile.ReadCount(r, capacity / 2);
        var pairs = new ulong[count];
        var pairValues = new T[count];
        ModelFile.ReadArray<ulong>(r, pairs);
        ModelFile.ReadArray<T>(r, pairValues);
        var keys = new ulong[capacity];
        var values = new T[capacity];
        var mask = capacity - 1;
        for (var j = 0; j < count; j++)
        {
            var key = pairs[j];
            if (key == 0)
            {
                throw new InvalidDataException("hash table holds the empty key");
            }
            var i = (int)key & mask;
            while (keys[i] != 0)
            {
                if (keys[i] == key)
                {
                    throw new InvalidDataException("hash table holds a key twice");
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = pairValues[j];
        }
        return new HashMap64<T>(keys, values, count);
    }

    private static int ReadCapacity(BinaryReader r)
    {
        var capacity = ModelFile.ReadCount(r, 1 << 28);
        if (capacity < 16 || !BitOperations.IsPow2(capacity))
        {
            throw new InvalidDataException($"hash table capacity {capacity} is not a power of two");
        }
        return capacity;
    }

    public static HashMap64<T> Read(BinaryReader r)
    {
        var capacity = ReadCapacity(r);
        var count = ModelFile.ReadCount(r, capacity / 2);
        var keys = new ulong[capacity];
        var values = new T[capacity];
        ModelFile.ReadArray<ulong>(r, keys);
        ModelFile.ReadArray<T>(r, values);
        var present = 0;
        foreach (var k in keys)
        {
            present += k != 0 ? 1 : 0;
        }
        if (present != count)
        {
            throw new InvalidDataException($"hash table announces {count} entries, holds {present}");
        }
        return new HashMap64<T>(keys, values, count);
    }
}
