using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Tagging;

/// <summary>
/// An external word → possible-PTB-tags lexicon the tagger reads as features, so words unseen in
/// the treebanks still bring what a larger tagged corpus knows about them ("reprieve" NN VB).
/// Keyed by the normalised word (<see cref="WordInfo.Norm"/>; the tags of all case variants
/// united); stored inside tagger.edm, so the tagger needs no other file at run time.
/// Immutable and thread-safe.
/// </summary>
internal sealed class WordLexicon
{
    // Keys keep 48 bits of the word hash (a false hit per 2^48 / count look-ups, about 1 in 3 billion),
    // so the sorted keys gap-code into about 5 bytes each.
    private const ulong KeyBits = (1UL << 48) - 1;
    private const ulong KeyPresent = 1UL << 63;

    private readonly HashMap64<ushort> _map;
    private readonly string[] _sets;
    private readonly ulong[] _setSignatures;
    private readonly ulong[] _topSignatures;

    private WordLexicon(HashMap64<ushort> map, string[] sets)
    {
        _map = map;
        _sets = sets;
        _setSignatures = new ulong[sets.Length];
        _topSignatures = new ulong[sets.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            var tags = sets[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // The set ignores order; the top tag is the first (the lexicon's most frequent).
            _setSignatures[i] = FeatureHash.Mix(FeatureHash.Of(string.Join(' ', tags.Order(StringComparer.Ordinal))) ^ 0x4C455831UL);
            _topSignatures[i] = FeatureHash.Mix(FeatureHash.Of(tags.Length > 0 ? tags[0] : "") ^ 0x4C455832UL);
        }
        Signature = Count == 0 ? 0 : FeatureHash.Mix((ulong)Count ^ FeatureHash.Of(string.Join('\n', sets)));
    }

    public static WordLexicon Empty { get; } = new(HashMap64<ushort>.Empty, []);

    public int Count => _map.Count;

    /// <summary>Identifies the contents (0 for the empty lexicon).</summary>
    public ulong Signature { get; }

    private static ulong StoredKey(ulong norm) => (norm & KeyBits) | KeyPresent;

    /// <summary>Sets <see cref="WordInfo.Lex"/> and <see cref="WordInfo.LexTop"/> from the word's normalised form (none when absent).</summary>
    public void Fill(ref WordInfo word)
    {
        if (_map.Count > 0 && _map.TryGetValue(StoredKey(word.Norm), out var set))
        {
            word.Lex = _setSignatures[set];
            word.LexTop = _topSignatures[set];
        }
        else
        {
            word.Lex = FeatureHash.None;
            word.LexTop = FeatureHash.None;
        }
    }

    /// <summary>
    /// Reads a tab-separated lexicon: <c>word TAB tag tag ...</c> (most frequent tag first); lines
    /// starting with '#' are comments. Case variants of a word are united, the lower-case variant's
    /// tags first.
    /// </summary>
    public static WordLexicon Load(string path)
    {
        var byNorm = new Dictionary<ulong, (bool Lower, List<string> Tags)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'word<TAB>tags'");
            }
            var word = line[..tab];
            var tags = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tags.Length == 0)
            {
                continue;
            }
            var info = default(WordInfo);
            WordInfo.Fill(word, ref info);
            var key = StoredKey(info.Norm);
            var lower = word == word.ToLowerInvariant();
            if (!byNorm.TryGetValue(key, out var entry))
            {
                byNorm[key] = (lower, [.. tags]);
                continue;
            }
            var merged = lower && !entry.Lower ? [.. tags, .. entry.Tags] : entry.Tags.Concat(tags).ToList();
            byNorm[key] = (entry.Lower || lower, merged.Distinct(StringComparer.Ordinal).ToList());
        }
        var setIds = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var sets = new List<string>();
        var pairs = new List<KeyValuePair<ulong, ushort>>(byNorm.Count);
        foreach (var (key, entry) in byNorm.OrderBy(p => p.Key))
        {
            var set = string.Join(' ', entry.Tags);
            if (!setIds.TryGetValue(set, out var id))
            {
                if (sets.Count == ushort.MaxValue)
                {
                    throw new InvalidDataException($"{path}: more than {ushort.MaxValue} distinct tag sets");
                }
                id = (ushort)sets.Count;
                setIds[set] = id;
                sets.Add(set);
            }
            pairs.Add(new(key, id));
        }
        return new WordLexicon(HashMap64<ushort>.Build(pairs), [.. sets]);
    }

    /// <summary>
    /// The lexicon without the words <paramref name="drop"/> accepts (by normalised form), e.g. words
    /// frequent in the training data, whose own ambiguity classes say more.
    /// </summary>
    public WordLexicon Without(Func<ulong, bool> drop)
    {
        var pairs = _map.Entries().Where(p => !drop(p.Key)).ToList();
        return pairs.Count == Count ? this : new WordLexicon(HashMap64<ushort>.Build(pairs), _sets);
    }

    /// <summary>The key a normalised word hash has in this lexicon.</summary>
    public static ulong KeyOf(ulong norm) => StoredKey(norm);

    /// <summary>Writes the tag sets, then the keys ascending (<see cref="SortedKeyGaps"/>), then the set ids in key order.</summary>
    public void Write(BinaryWriter w)
    {
        ModelFile.WriteStrings(w, _sets);
        var entries = _map.Entries().OrderBy(p => p.Key).ToArray();
        w.Write(entries.Length);
        SortedKeyGaps.Write(w, entries.Select(p => p.Key), entries.Length, KeyBits);
        ModelFile.WriteArray<ushort>(w, entries.Select(p => p.Value).ToArray());
    }

    public static WordLexicon Read(BinaryReader r)
    {
        var sets = ModelFile.ReadStrings(r);
        var count = ModelFile.ReadCount(r, 10_000_000);
        var keys = new ulong[count];
        SortedKeyGaps.Read(r, keys, KeyBits, "the word lexicon");
        var ids = new ushort[count];
        ModelFile.ReadArray<ushort>(r, ids);
        var pairs = new KeyValuePair<ulong, ushort>[count];
        for (var i = 0; i < count; i++)
        {
            if (ids[i] >= sets.Length)
            {
                throw new InvalidDataException("an entry of the word lexicon is out of range");
            }
            pairs[i] = new(keys[i] | KeyPresent, ids[i]);
        }
        return new WordLexicon(HashMap64<ushort>.Build(pairs), sets);
    }
}
