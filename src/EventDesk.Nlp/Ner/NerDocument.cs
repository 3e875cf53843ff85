using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// Document-level evidence for the entity tagger, without labels: how each word (case-folded) is
/// written elsewhere in the same document. A sentence-initial "Visit" that the document also writes
/// "visit" is probably not a name; a lone "Seagal" that the document also writes inside the
/// capitalised run "Steven Seagal" probably is. Not thread-safe while adding; read-only afterwards.
/// </summary>
internal sealed class NerDocument
{
    /// <summary>Capitalised after the first word of a sentence.</summary>
    public const byte CapitalisedInside = 1;

    /// <summary>Written in lowercase somewhere.</summary>
    public const byte Lowercase = 2;

    /// <summary>Capitalised next to another capitalised word, after the first word of a sentence.</summary>
    public const byte InCapitalisedRun = 4;

    /// <summary>Capitalised as the first word of a sentence.</summary>
    public const byte CapitalisedFirst = 8;

    private readonly Dictionary<ulong, byte> _flags = [];

    // First-pass labels per word (two-pass models): counts per slot, see SlotOf.
    private readonly Dictionary<ulong, int[]> _labels = [];

    /// <summary>Label slots: single-word PER/ORG/LOC (0-2), word of a longer PER/ORG/LOC (3-5), O (6).</summary>
    public const int Slots = 7;

    public static int SlotOf(int tag) => tag == 0 ? 6 : ((tag - 1) & 3) == 3 ? (tag - 1) >> 2 : 3 + ((tag - 1) >> 2);

    /// <summary>Records the first-pass tags (BIOES, <see cref="NerChain"/>) of a sentence's words.</summary>
    public void AddLabels<TTokens>(TTokens tokens, int count, ReadOnlySpan<int> tags) where TTokens : ITokenSource
    {
        for (var i = 0; i < count; i++)
        {
            var text = tokens.TokenText(i);
            if (text.Length == 0 || !char.IsLetter(text[0]))
            {
                continue;
            }
            var key = FeatureHash.OfNormalized(text);
            if (!_labels.TryGetValue(key, out var counts))
            {
                _labels[key] = counts = new int[Slots];
            }
            counts[SlotOf(tags[i])]++;
        }
    }

    /// <summary>Slots 0-5: the word was part of a name.</summary>
    public const ulong EntitySlots = 0x3F;

    /// <summary>
    /// True when some word of the sentence was tagged as (part of) a name at another mention: only then can
    /// the second pass differ from the first (label features fire only on such words).
    /// </summary>
    public bool HasNameEvidence<TTokens>(TTokens tokens, int count, ReadOnlySpan<int> firstPass) where TTokens : ITokenSource
    {
        if (_labels.Count == 0)
        {
            return false;
        }
        for (var i = 0; i < count; i++)
        {
            var text = tokens.TokenText(i);
            if (text.Length > 0 && char.IsLetter(text[0]) && (OtherLabels(FeatureHash.OfNormalized(text), firstPass[i]).Mask & EntitySlots) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How the other mentions of a word were labelled in the first pass, leaving out this mention
    /// (its first-pass tag <paramref name="own"/>): a bit per slot seen, and the most frequent slot (+1; 0 for none).
    /// </summary>
    public (ulong Mask, ulong Majority) OtherLabels(ulong normalizedHash, int own)
    {
        if (!_labels.TryGetValue(normalizedHash, out var counts))
        {
            return (0, 0);
        }
        var ownSlot = SlotOf(own);
        ulong mask = 0;
        int best = 0, bestSlot = -1;
        for (var k = 0; k < Slots; k++)
        {
            var c = counts[k] - (k == ownSlot ? 1 : 0);
            if (c <= 0)
            {
                continue;
            }
            mask |= 1UL << k;
            if (c > best)
            {
                best = c;
                bestSlot = k;
            }
        }
        return (mask, (ulong)(bestSlot + 1));
    }

    public static NerDocument Empty { get; } = new();

    public void Add<TTokens>(TTokens tokens, int count) where TTokens : ITokenSource
    {
        for (var i = 0; i < count; i++)
        {
            var text = tokens.TokenText(i);
            if (text.Length == 0 || !char.IsLetter(text[0]))
            {
                continue;
            }
            var key = FeatureHash.OfNormalized(text);
            byte flags = 0;
            if (char.IsUpper(text[0]))
            {
                if (i == 0)
                {
                    flags |= CapitalisedFirst;
                }
                else
                {
                    flags |= CapitalisedInside;
                    if (IsCapitalised(tokens, i - 1, count) && i - 1 > 0 || IsCapitalised(tokens, i + 1, count))
                    {
                        flags |= InCapitalisedRun;
                    }
                }
            }
            else if (!HasUpper(text))
            {
                flags |= Lowercase;
            }
            _flags[key] = (byte)(_flags.GetValueOrDefault(key) | flags);
        }
    }

    public ulong FlagsOf(ulong normalizedHash) => _flags.TryGetValue(normalizedHash, out var f) ? f : 0UL;

    private static bool IsCapitalised<TTokens>(TTokens tokens, int k, int count) where TTokens : ITokenSource
    {
        if (k < 0 || k >= count)
        {
            return false;
        }
        var text = tokens.TokenText(k);
        return text.Length > 0 && char.IsUpper(text[0]);
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One document per run of sentences from a DocumentStart to the next.</summary>
    public static NerDocument[] ForSentences(IReadOnlyList<NerSentence> sentences)
    {
        var result = new NerDocument[sentences.Count];
        NerDocument? current = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (current is null || sentences[s].DocumentStart)
            {
                current = new NerDocument();
            }
            current.Add(new ArrayTokens(sentences[s].Tokens), sentences[s].Tokens.Length);
            result[s] = current;
        }
        return result;
    }
}
