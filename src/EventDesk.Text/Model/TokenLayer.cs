namespace EventDesk.Text;

/// <summary>
/// Tokens stored column-wise: parallel arrays of start and end offsets. <see cref="Token"/>
/// is a view over one row. Immutable once built, so thread-safe for reading.
/// </summary>
public sealed class TokenLayer
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public TokenLayer(string text, int[] starts, int[] ends)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (starts.Length != ends.Length)
        {
            throw new ArgumentException("Token start and end columns must have the same length.");
        }
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    public int Count => _starts.Length;

    public Token this[int index] => new(this, index);

    public ReadOnlySpan<int> Starts => _starts;

    public ReadOnlySpan<int> Ends => _ends;

    public TextSpan SpanOf(int index) => TextSpan.FromBounds(_starts[index], _ends[index]);

    public ReadOnlySpan<char> TextOf(int index) => Text.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>True when the text between this token and the next contains whitespace.</summary>
    public bool SpaceAfter(int index) =>
        index + 1 >= Count ? _ends[index] < Text.Length : _ends[index] < _starts[index + 1];

    /// <summary>The index of the first token whose end is after <paramref name="offset"/>, or Count.</summary>
    public int FirstTokenEndingAfter(int offset)
    {
        int lo = 0, hi = _ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>A struct enumerator, so <c>foreach</c> over tokens does not allocate.</summary>
    public struct Enumerator(TokenLayer layer)
    {
        private int _index = -1;

        public readonly Token Current => new(layer, _index);

        public bool MoveNext() => ++_index < layer.Count;
    }
}

/// <summary>A view of one token. Cheap to copy; do not box it through interfaces.</summary>
public readonly struct Token(TokenLayer layer, int index)
{
    public int Index { get; } = index;

    public TextSpan Span => layer.SpanOf(Index);

    public int Start => layer.Starts[Index];

    public int End => layer.Ends[Index];

    public ReadOnlySpan<char> Text => layer.TextOf(Index);

    public bool SpaceAfter => layer.SpaceAfter(Index);

    public override string ToString() => layer.TextOf(Index).ToString();
}
