namespace EventDesk.Text;

/// <summary>
/// A half-open character range <c>[Start, Start + Length)</c> into <see cref="Document.Text"/>.
/// Spans are stored instead of substrings so the original text is never copied or rewritten.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"Span end {end} is before its start {start}.");
        }
        return new TextSpan(start, end - start);
    }

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    public override string ToString() => $"[{Start}..{End})";
}
