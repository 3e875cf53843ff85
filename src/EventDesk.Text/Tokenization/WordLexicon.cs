namespace EventDesk.Text.Tokenization;

/// <summary>
/// A learned word list for the sentence boundary classifier: for each lowercased word seen at
/// least twice in the training treebanks, a 16-bit code (<see cref="BoundaryFeatures.LexiconCode"/>)
/// of how often it starts a sentence, is capitalised or lowercase inside one, and ends one, and
/// its most frequent universal POS tag in the gold treebanks. It answers "is this capitalised word
/// likely to start a sentence, or is it a name?" and "is this a verb?". Words are
/// keyed by 32 bits of the same FNV-1a hash the features use, so no text is stored. Lookup is an
/// open-addressing probe: no allocation. Immutable and thread-safe.
/// </summary>
internal sealed class WordLexicon
{
    /// <summary>A lexicon that knows no word (every lookup gives 0).</summary>
    public static readonly WordLexicon Empty = new([], []);

    private readonly uint[] _table;
    private readonly ushort[] _tableCodes;
    private readonly int _mask;

    /// <param name="keys">Strictly increasing non-zero keys (<see cref="Key"/>).</param>
    /// <param name="codes">The code of each key, non-zero.</param>
    public WordLexicon(uint[] keys, ushort[] codes)
    {
        if (keys.Length != codes.Length)
        {
            throw new ArgumentException("One code per key.", nameof(codes));
        }
        Keys = keys;
        Codes = codes;
        var size = 4;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }
        _table = new uint[size];
        _tableCodes = new ushort[size];
        _mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)(Mix(keys[i]) & (uint)_mask);
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _table[slot] = keys[i];
            _tableCodes[slot] = codes[i];
        }
    }

    /// <summary>The keys in increasing order (what the model file stores).</summary>
    public uint[] Keys { get; }

    /// <summary>The codes, parallel to <see cref="Keys"/>.</summary>
    public ushort[] Codes { get; }

    public int Count => Keys.Length;

    /// <summary>The 32-bit key of a 64-bit word hash; never 0 (0 marks an empty slot).</summary>
    public static uint Key(ulong wordHash)
    {
        var k = (uint)(wordHash ^ (wordHash >> 32));
        return k == 0 ? 1u : k;
    }

    /// <summary>The code of a word (by its 64-bit hash), or 0 when the word is not listed.</summary>
    public ushort Lookup(ulong wordHash)
    {
        var key = Key(wordHash);
        var table = _table;
        var slot = (int)(Mix(key) & (uint)_mask);
        while (true)
        {
            var k = table[slot];
            if (k == key)
            {
                return _tableCodes[slot];
            }
            if (k == 0)
            {
                return 0;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private static uint Mix(uint key) => (key * 0x9E3779B1u) ^ (key >> 15);

    /// <summary>Counts of one word in gold sentences: sentence-initial, capitalised and lowercase inside a sentence, sentence-final.</summary>
    internal struct Counts
    {
        public int Initial;
        public int CapitalMid;
        public int LowerMid;
        public int Final;

        /// <summary>The most frequent universal POS tag (1-based index into <see cref="WordLexicon.Tags"/>), 0 = unknown.</summary>
        public int Tag;

        public readonly int Total => Initial + CapitalMid + LowerMid;
    }

    /// <summary>The universal POS tags a word list records (a word's most frequent one).</summary>
    internal static readonly string[] Tags =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    /// <summary>Accumulates word counts from tokenized gold paragraphs. Not thread-safe.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<uint, Counts> _counts = [];
        private readonly Dictionary<uint, int[]> _tags = [];

        /// <summary>
        /// Adds the words of one document: token columns, paragraph firsts (with a final entry equal
        /// to the token count) and gold flags (1 when a sentence ends after the token).
        /// </summary>
        public void Add(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> paragraphFirsts, ReadOnlySpan<byte> gold,
            ReadOnlySpan<byte> tags = default)
        {
            for (var p = 0; p + 1 < paragraphFirsts.Length; p++)
            {
                var first = paragraphFirsts[p];
                var end = paragraphFirsts[p + 1];
                for (var t = first; t < end; t++)
                {
                    var token = text.Slice(starts[t], ends[t] - starts[t]);
                    if (!char.IsLetter(token[0]))
                    {
                        continue;
                    }
                    var key = Key(BoundaryFeatures.WordHash(token));
                    ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _);
                    if (t < tags.Length && tags[t] != 0)
                    {
                        ref var tagCounts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_tags, key, out _);
                        tagCounts ??= new int[Tags.Length + 1];
                        tagCounts[tags[t]]++;
                    }
                    if (t == first || gold[t - 1] != 0)
                    {
                        c.Initial++;
                    }
                    else if (char.IsUpper(token[0]))
                    {
                        c.CapitalMid++;
                    }
                    else
                    {
                        c.LowerMid++;
                    }
                    if (t == end - 1 || gold[t] != 0)
                    {
                        c.Final++;
                    }
                }
            }
        }

        /// <summary>The lexicon of the words seen at least <paramref name="minCount"/> times.</summary>
        public WordLexicon Build(int minCount)
        {
            var keys = new List<uint>();
            foreach (var (key, c) in _counts)
            {
                if (c.Total >= minCount)
                {
                    keys.Add(key);
                }
            }
            keys.Sort();
            var codes = new ushort[keys.Count];
            for (var i = 0; i < codes.Length; i++)
            {
                var counts = _counts[keys[i]];
                if (_tags.TryGetValue(keys[i], out var tagCounts))
                {
                    counts.Tag = Array.IndexOf(tagCounts, tagCounts.Max());
                }
                codes[i] = BoundaryFeatures.LexiconCode(counts);
            }
            return new WordLexicon([.. keys], codes);
        }
    }
}
