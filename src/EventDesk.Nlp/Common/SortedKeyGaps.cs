namespace EventDesk.Nlp.Common;

/// <summary>
/// Ascending 64-bit hash keys stored as LEB128-coded gaps (byte count, then the bytes): random keys of n entries take
/// about log2(range / n) / 7 bytes each instead of 8. Used by the weight tables and the tagger's word lexicon.
/// </summary>
internal static class SortedKeyGaps
{
    /// <summary>Writes the keys, masked to <paramref name="keyBits"/>, which must come in ascending order of their masked value.</summary>
    public static void Write(BinaryWriter w, IEnumerable<ulong> ascendingKeys, int count, ulong keyBits)
    {
        var gaps = new byte[(count * 10) + 1];
        var length = 0;
        var previous = 0UL;
        foreach (var key in ascendingKeys)
        {
            length += WriteVarint(gaps.AsSpan(length), (key & keyBits) - previous);
            previous = key & keyBits;
        }
        w.Write(length);
        w.Write(gaps, 0, length);
    }

    /// <summary>Reads <paramref name="keys"/>.Length keys written by <see cref="Write"/>; <paramref name="what"/> names the table in errors.</summary>
    public static void Read(BinaryReader r, Span<ulong> keys, ulong keyBits, string what)
    {
        var gaps = new byte[ModelFile.ReadCount(r, (keys.Length * 10) + 1)];
        ModelFile.ReadArray<byte>(r, gaps);
        var p = 0;
        var key = 0UL;
        var label = $"the key gaps of {what}";
        for (var i = 0; i < keys.Length; i++)
        {
            key += ReadVarint(gaps, ref p, 56, label);
            if (key > keyBits)
            {
                throw new InvalidDataException($"a key of {what} is out of range");
            }
            keys[i] = key;
        }
        if (p != gaps.Length)
        {
            throw new InvalidDataException($"the key gaps of {what} have trailing bytes");
        }
    }

    /// <summary>Writes <paramref name="value"/> as LEB128 (7 bits a byte, low first) and returns the bytes written.</summary>
    public static int WriteVarint(Span<byte> into, ulong value)
    {
        var n = 0;
        while (value >= 0x80)
        {
            into[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        into[n++] = (byte)value;
        return n;
    }

    /// <summary>Reads a LEB128 value at <paramref name="p"/> whose last byte starts at most at bit <paramref name="maxShift"/>; <paramref name="what"/> names the data in errors.</summary>
    public static ulong ReadVarint(ReadOnlySpan<byte> from, ref int p, int maxShift, string what)
    {
        var value = 0UL;
        for (var shift = 0; ; shift += 7)
        {
            if (p >= from.Length || shift > maxShift)
            {
                throw new InvalidDataException($"{what} are truncated or malformed");
            }
            var b = from[p++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
