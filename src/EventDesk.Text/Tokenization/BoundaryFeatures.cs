using System.Runtime.CompilerServices;

namespace EventDesk.Text.Tokenization;

/// <summary>
/// The features of a gap between two tokens of a paragraph, for the sentence boundary
/// classifier: the two tokens on each side (lowercased forms, shapes, first and last character
/// classes, abbreviation class, length), the words and shapes of a third token on each side,
/// bigrams across the gap, the whitespace in the gap, the distance since the last boundary and
/// to the paragraph end, the quote and bracket state, the rules' decision, and the learned word
/// list's statistics and word classes of the words around the gap. Features are hashed straight
/// into weight indexes: nothing is allocated. Changing anything here changes <see cref="Version"/>,
/// which the model file records.
/// Stateless and thread-safe.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>The feature set version; a model trained with another version is refused.</summary>
    public const int Version = 3;

    public const int MaxFeatures = 48;

    private const ulong K1 = 0x9E3779B97F4A7C15;
    private const ulong K2 = 0xD6E8FEB86659FD93;

    private const ulong OutsideWord = 0x51_7C_C1_B7_27_22_0A_95;

    /// <summary>Character classes for the first and last character of a token.</summary>
    private enum CharClass : byte
    {
        Outside,
        Upper,
        Lower,
        Digit,
        Period,
        Terminal,
        Comma,
        Colon,
        OpenQuote,
        CloseQuote,
        StraightQuote,
        OpenBracket,
        CloseBracket,
        Dash,
        Ellipsis,
        Symbol,
        OtherLetter,
    }

    /// <summary>What the features need to know about one token, computed once per token.</summary>
    internal struct TokenInfo
    {
        public int Key; // token index + 1; 0 = empty slot
        public ulong Word;
        public ulong Shape;
        public byte First;
        public byte Last;
        public byte Ending;
        public byte Length;
        public byte Starter;
        public ushort Lex; // WordLexicon code, 0 = unknown word
    }

    /// <summary>The last eight tokens looked at (the window pp, p, a, b, n, nn of a gap), by index mod 8.</summary>
    [InlineArray(8)]
    internal struct TokenCache
    {
        private TokenInfo _slot;
    }

    /// <summary>Quote and bracket state at a token, updated left to right through a paragraph.</summary>
    internal struct PairState
    {
        public bool InQuote;
        public int Brackets;

        public void Update(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
        {
            if (t == first)
            {
                InQuote = false;
                Brackets = 0;
            }
            if (ends[t] - starts[t] != 1)
            {
                return;
            }
            switch (text[starts[t]])
            {
                case '“' or '«':
                    InQuote = true;
                    break;
                case '”' or '»':
                    InQuote = false;
                    break;
                case '"':
                    var gluedLeft = t > first && starts[t] == ends[t - 1];
                    var gluedRight = t + 1 < starts.Length && ends[t] == starts[t + 1];
                    InQuote = gluedLeft != gluedRight ? gluedRight : !InQuote;
                    break;
                case '(' or '[':
                    Brackets++;
                    break;
                case ')' or ']':
                    Brackets = Math.Max(0, Brackets - 1);
                    break;
            }
        }
    }

    /// <summary>
    /// Whether the sentence being built has a verb yet, by the word classes of the word list: each
    /// token is looked up once, as the gaps move right; a new sentence starts afresh.
    /// </summary>
    internal struct ClauseState
    {
        private int _sentence; // first token of the sentence scanned, + 1 (0 = none yet)
        private int _next;
        private bool _verb;

        public bool HasVerb(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int sentenceFirst, int t, WordLexicon lexicon)
        {
            if (_sentence != sentenceFirst + 1)
            {
                _sentence = sentenceFirst + 1;
                _next = sentenceFirst;
                _verb = false;
            }
            if (lexicon.Count == 0)
            {
                return false;
            }
            for (; !_verb && _next <= t; _next++)
            {
                var tag = Tag(lexicon.Lookup(WordHash(text.Slice(starts[_next], ends[_next] - starts[_next]))));
                _verb = tag == AuxTag || tag == VerbTag;
            }
            return _verb;
        }
    }

    private static readonly byte AuxTag = (byte)(Array.IndexOf(WordLexicon.Tags, "AUX") + 1);
    private static readonly byte VerbTag = (byte)(Array.IndexOf(WordLexicon.Tags, "VERB") + 1);

    /// <summary>
    /// Writes the weight indexes (already masked) of the features of the gap after token
    /// <paramref name="t"/> to <paramref name="output"/> and returns how many there are.
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int end, int t,
        bool rule, int sinceBoundary, PairState state, WordLexicon lexicon, ref TokenCache cache, ref ClauseState clause, Span<int> output, int mask)
    {
        var p = Get(text, starts, ends, first, end, t - 1, lexicon, ref cache);
        var a = Get(text, starts, ends, first, end, t, lexicon, ref cache);
        var b = Get(text, starts, ends, first, end, t + 1, lexicon, ref cache);
        var n = Get(text, starts, ends, first, end, t + 2, lexicon, ref cache);
        var r = rule ? 1ul : 0ul;
        var gap = GapKind(text, ends[t], starts[t + 1]);
        var distance = Bucket(sinceBoundary);
        var remaining = Bucket(end - t - 2);
        var quote = (state.InQuote ? 1ul : 0ul) | (state.Brackets > 0 ? 2ul : 0ul);
        var i = 0;
        output[i++] = Index(1, 0, 0, mask);
        output[i++] = Index(2, r, 0, mask);
        output[i++] = Index(3, r, b.First, mask);
        output[i++] = Index(4, a.Word, 0, mask);
        output[i++] = Index(5, b.Word, 0, mask);
        output[i++] = Index(6, p.Word, 0, mask);
        output[i++] = Index(7, n.Word, 0, mask);
        output[i++] = Index(8, a.Shape, 0, mask);
        output[i++] = Index(9, b.Shape, 0, mask);
        output[i++] = Index(10, a.Shape, b.Shape, mask);
        output[i++] = Index(11, a.Word, b.Word, mask);
        output[i++] = Index(12, a.Word, b.Shape, mask);
        output[i++] = Index(13, a.Shape, b.Word, mask);
        output[i++] = Index(14, p.Word, a.Word, mask);
        output[i++] = Index(15, b.Word, n.Word, mask);
        output[i++] = Index(16, b.Shape, n.Shape, mask);
        output[i++] = Index(17, Pack(a.Ending, b.First, b.Starter), 0, mask);
        output[i++] = Index(18, Pack(gap, a.Last, b.First), 0, mask);
        output[i++] = Index(19, Pack(distance, a.Last, 0), 0, mask);
        output[i++] = Index(20, Pack(remaining, b.First, 0), 0, mask);
        output[i++] = Index(21, Pack((byte)quote, a.Last, b.First), 0, mask);
        output[i++] = Index(22, Pack(a.Length, a.Last, b.First), 0, mask);
        output[i++] = Index(23, p.Shape, a.Shape ^ (b.Shape * K2), mask);
        output[i++] = Index(24, a.Word, b.First, mask);
        output[i++] = Index(25, Pack(p.Last, a.Last, b.First), 0, mask);
        output[i++] = Index(26, r, a.Word, mask);
        output[i++] = Index(27, Pack(distance, remaining, 0), 0, mask);
        output[i++] = Index(28, a.Shape, b.Shape ^ (n.Shape * K2), mask);
        output[i++] = Index(29, b.Word, a.Last, mask);
        output[i++] = Index(30, Pack(p.First, a.First, b.First), Pack(n.First, b.Starter, 0), mask);
        output[i++] = Index(31, b.Word, n.Shape, mask);
        output[i++] = Index(32, Pack(ClassOf(text[ends[end - 1] - 1]), a.Last, b.First), 0, mask);
        output[i++] = Index(33, a.Word, b.Word ^ (n.First * K2), mask);
        // The learned word list: does the word after the gap usually start a sentence or is it a
        // name (capitalised inside sentences)? Does the word before it usually end one?
        output[i++] = Index(34, b.Lex, b.First, mask);
        output[i++] = Index(35, Pack((byte)(b.Lex & 0x3F), a.Last, b.First), r, mask);
        output[i++] = Index(36, a.Lex, b.First, mask);
        output[i++] = Index(37, Pack((byte)((a.Lex >> 3) & 0x1F), (byte)(b.Lex & 0x3F), b.First), 0, mask);
        output[i++] = Index(38, Pack((byte)((b.Lex >> 3) & 7), (byte)((n.Lex >> 3) & 7), n.First), b.First, mask);
        output[i++] = Index(39, Pack((byte)(b.Lex & 0x3F), distance, 0), 0, mask);
        // Two more tokens of context on each side: list items, names and headers run over more than a pair of words.
        var pp = Get(text, starts, ends, first, end, t - 2, lexicon, ref cache);
        var nn = Get(text, starts, ends, first, end, t + 3, lexicon, ref cache);
        output[i++] = Index(40, pp.Word, 0, mask);
        output[i++] = Index(41, nn.Word, 0, mask);
        output[i++] = Index(42, pp.Shape, p.Shape ^ (a.Shape * K2), mask);
        output[i++] = Index(43, b.Shape, n.Shape ^ (nn.Shape * K2), mask);
        // Word classes (each word's most frequent universal POS tag in the training treebanks): does the
        // left side end a clause that has a verb ("how you feel || it may"), does the right side start
        // one ("Mike || I see that")? A capital alone cannot tell a name from a new sentence.
        var verb = clause.HasVerb(text, starts, ends, t - sinceBoundary, t, lexicon) ? (byte)1 : (byte)0;
        output[i++] = Index(44, Pack(Tag(a.Lex), Tag(b.Lex), b.First), 0, mask);
        output[i++] = Index(45, Pack(Tag(a.Lex), Tag(b.Lex), verb), r, mask);
        output[i++] = Index(46, Pack(Tag(b.Lex), Tag(n.Lex), a.Last), b.First, mask);
        output[i++] = Index(47, Pack(Tag(p.Lex), Tag(a.Lex), verb), b.First, mask);
        return i;
    }

    /// <summary>The word class in a lexicon code (1-based index into <see cref="WordLexicon.Tags"/>), 0 = unknown.</summary>
    private static byte Tag(ushort lex) => (byte)((lex >> 10) & 0x1F);

    private static ulong Pack(byte x, byte y, byte z) => x | ((ulong)y << 8) | ((ulong)z << 16);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(ulong template, ulong x, ulong y, int mask)
    {
        var h = ((template * K1) ^ x) * K2;
        h = (h ^ y ^ (h >> 29)) * K1;
        h ^= h >> 32;
        return (int)h & mask;
    }

    private static byte GapKind(ReadOnlySpan<char> text, int from, int to)
    {
        if (from == to)
        {
            return 0;
        }
        if (to - from == 1 && text[from] == ' ')
        {
            return 1;
        }
        foreach (var c in text[from..to])
        {
            if (c != ' ')
            {
                return 3;
            }
        }
        return 2;
    }

    private static byte Bucket(int n) => n switch
    {
        <= 4 => (byte)n,
        <= 6 => 5,
        <= 9 => 6,
        <= 14 => 7,
        <= 24 => 8,
        <= 39 => 9,
        _ => 10,
    };

    private static TokenInfo Get(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int end, int index,
        WordLexicon lexicon, ref TokenCache cache)
    {
        if (index < first || index >= end)
        {
            return new TokenInfo { Word = index < first ? OutsideWord : ~OutsideWord, Shape = index < first ? OutsideWord : ~OutsideWord };
        }
        ref var slot = ref cache[index & 7];
        if (slot.Key != index + 1)
        {
            slot = Describe(text.Slice(starts[index], ends[index] - starts[index]));
            slot.Key = index + 1;
            slot.Lex = lexicon.Count == 0 ? (ushort)0 : lexicon.Lookup(slot.Word);
        }
        return slot;
    }

    /// <summary>The hash of the lowercased word (what <see cref="WordLexicon"/> is keyed by); the same as <see cref="Describe"/>'s.</summary>
    internal static ulong WordHash(ReadOnlySpan<char> token)
    {
        var word = 0xCBF29CE484222325ul;
        foreach (var c in token)
        {
            var lower = c < 128 ? (char.IsAsciiLetterUpper(c) ? c | 0x20 : c) : char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
            word = (word ^ (uint)lower) * 0x100000001B3;
        }
        return word;
    }

    /// <summary>
    /// The lexicon code of a word's counts: bits 0-2 the share of sentence-initial occurrences, bits
    /// 3-5 the share of capitalised ones inside a sentence, bits 6-7 the share of sentence-final
    /// ones, bits 8-9 the frequency, bits 10-14 the most frequent universal POS tag (0 = none seen),
    /// bit 15 set (known word). Part of the feature set <see cref="Version"/>.
    /// </summary>
    internal static ushort LexiconCode(WordLexicon.Counts c)
    {
        var n = Math.Max(1, c.Total);
        var initial = (double)c.Initial / n;
        var init = c.Initial == 0 ? 0 : initial < 0.05 ? 1 : initial < 0.15 ? 2 : initial < 0.3 ? 3 : initial < 0.5 ? 4 : initial < 0.7 ? 5 : 6;
        var mid = c.CapitalMid + c.LowerMid;
        var capital = mid == 0 ? 0 : (double)c.CapitalMid / mid;
        var cap = mid == 0 ? 0 : c.CapitalMid == 0 ? 1 : capital < 0.1 ? 2 : capital < 0.5 ? 3 : capital < 0.9 ? 4 : c.CapitalMid < mid ? 5 : 6;
        var final = (double)c.Final / n;
        var fin = c.Final == 0 ? 0 : final < 0.1 ? 1 : final < 0.3 ? 2 : 3;
        var freq = c.Total < 5 ? 0 : c.Total < 20 ? 1 : c.Total < 100 ? 2 : 3;
        return (ushort)(0x8000 | init | (cap << 3) | (fin << 6) | (freq << 8) | ((c.Tag & 0x1F) << 10));
    }

    private static TokenInfo Describe(ReadOnlySpan<char> token)
    {
        // FNV-1a over the lowercased characters, and over the character classes with runs collapsed.
        var word = 0xCBF29CE484222325ul;
        var shape = 0xCBF29CE484222325ul;
        var previousClass = -1;
        foreach (var c in token)
        {
            int lower;
            int cls;
            if (c < 128)
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    lower = c | 0x20;
                    cls = 'X';
                }
                else if (char.IsAsciiLetterLower(c))
                {
                    lower = c;
                    cls = 'x';
                }
                else if (char.IsAsciiDigit(c))
                {
                    lower = c;
                    cls = 'd';
                }
                else
                {
                    lower = c;
                    cls = c;
                }
            }
            else if (char.IsUpper(c))
            {
                lower = char.ToLowerInvariant(c);
                cls = 'X';
            }
            else if (char.IsLetter(c))
            {
                lower = c;
                cls = 'x';
            }
            else
            {
                lower = c;
                cls = c;
            }
            word = (word ^ (uint)lower) * 0x100000001B3;
            if (cls != previousClass)
            {
                shape = (shape ^ (uint)cls) * 0x100000001B3;
                previousClass = cls;
            }
        }
        return new TokenInfo
        {
            Word = word,
            Shape = shape,
            First = ClassOf(token[0]),
            Last = ClassOf(token[^1]),
            Ending = (byte)SentenceSplitter.Classify(token),
            Length = (byte)Math.Min(token.Length, 9),
            Starter = Abbreviations.IsSentenceStarter(token) ? (byte)1 : (byte)0,
        };
    }

    private static byte ClassOf(char c) => (byte)ClassOfChar(c);

    private static CharClass ClassOfChar(char c)
    {
        if (char.IsUpper(c))
        {
            return CharClass.Upper;
        }
        if (char.IsLower(c))
        {
            return CharClass.Lower;
        }
        if (char.IsDigit(c))
        {
            return CharClass.Digit;
        }
        return c switch
        {
            '.' => CharClass.Period,
            '!' or '?' => CharClass.Terminal,
            ',' => CharClass.Comma,
            ':' or ';' => CharClass.Colon,
            '“' or '‘' or '«' => CharClass.OpenQuote,
            '”' or '’' or '»' => CharClass.CloseQuote,
            '"' or '\'' or '`' => CharClass.StraightQuote,
            '(' or '[' or '{' or '<' => CharClass.OpenBracket,
            ')' or ']' or '}' or '>' => CharClass.CloseBracket,
            '-' or '–' or '—' or '_' => CharClass.Dash,
            '…' => CharClass.Ellipsis,
            _ when char.IsLetter(c) => CharClass.OtherLetter,
            _ => CharClass.Symbol,
        };
    }
}
