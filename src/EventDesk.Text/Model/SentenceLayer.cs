namespace EventDesk.Text;

/// <summary>
/// Sentences stored column-wise: character bounds, the token range and the paragraph each
/// belongs to. Immutable once built, so thread-safe for reading.
/// </summary>
public sealed class SentenceLayer
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _firstTokens;
    private readonly int[] _tokenCounts;
    private readonly int[] _paragraphs;

    public SentenceLayer(int[] starts, int[] ends, int[] firstTokens, int[] tokenCounts, int[] paragraphs)
    {
        var n = starts.Length;
        if (ends.Length != n || firstTokens.Length != n || tokenCounts.Length != n || paragraphs.Length != n)
        {
            throw new ArgumentException("All sentence columns must have the same length.");
        }
        _starts = starts;
        _ends = ends;
        _firstTokens = firstTokens;
        _tokenCounts = tokenCounts;
        _paragraphs = paragraphs;
    }

    public int Count => _starts.Length;

    public Sentence this[int index] => new(this, index);

    public TextSpan SpanOf(int index) => TextSpan.FromBounds(_starts[index], _ends[index]);

    public int FirstTokenOf(int index) => _firstTokens[index];

    public int TokenCountOf(int index) => _tokenCounts[index];

    public int ParagraphOf(int index) => _paragraphs[index];

    /// <summary>The sentence containing the token, or -1.</summary>
    public int SentenceOfToken(int tokenIndex)
    {
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokenIndex < _firstTokens[mid])
            {
                hi = mid - 1;
            }
            else if (tokenIndex >= _firstTokens[mid] + _tokenCounts[mid])
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator(SentenceLayer layer)
    {
        private int _index = -1;

        public readonly Sentence Current => new(layer, _index);

        public bool MoveNext() => ++_index < layer.Count;
    }
}

/// <summary>A view of one sentence. Cheap to copy.</summary>
public readonly struct Sentence(SentenceLayer layer, int index)
{
    public int Index { get; } = index;

    public TextSpan Span => layer.SpanOf(Index);

    public int FirstToken => layer.FirstTokenOf(Index);

    public int TokenCount => layer.TokenCountOf(Index);

    /// <summary>One past the last token index.</summary>
    public int EndToken => FirstToken + TokenCount;

    public int Paragraph => layer.ParagraphOf(Index);
}
