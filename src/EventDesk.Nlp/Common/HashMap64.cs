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
        var list = pairs as IReadOnlyCollection<KeyValuePair<ulong, T>> ?? pairs.ToList();
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, list.Count * 2));
        var keys = new ulong[capacity];
        var values = new T[capacity];
        var mask = capacity - 1;
        var count = 0;
        foreach (var (key, value) in list)
        {
            if (key == 0)
            {
                throw new ArgumentException("key 0 is reserved for empty slots");
            }
            var i = (int)key & mask;
            while (keys[i] != 0 && keys[i] != key)
            {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0)
            {
                count++;
            }
            keys[i] = key;
            values[i] = value;
        }
        return new HashMap64<T>(keys, values, count);
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

    public static HashMap64<T> Read(BinaryReader r)
    {
        var capacity = ModelFile.ReadCount(r, 1 << 28);
        if (capacity < 16 || !BitOperations.IsPow2(capacity))
        {
            throw new InvalidDataException($"hash table capacity {capacity} is not a power of two");
        }
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
