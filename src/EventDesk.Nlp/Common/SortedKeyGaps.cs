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
            var gap = (key & keyBits) - previous;
            previous = key & keyBits;
            while (gap >= 0x80)
            {
                gaps[length++] = (byte)(gap | 0x80);
                gap >>= 7;
            }
            gaps[length++] = (byte)gap;
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
        for (var i = 0; i < keys.Length; i++)
        {
            var gap = 0UL;
            for (var shift = 0; ; shift += 7)
            {
                if (p >= gaps.Length || shift > 56)
                {
                    throw new InvalidDataException($"the key gaps of {what} are truncated or malformed");
                }
                var b = gaps[p++];
                gap |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }
            key += gap;
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
}
