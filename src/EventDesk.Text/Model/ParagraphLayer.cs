namespace EventDesk.Text;

/// <summary>Paragraph character bounds, in order. Immutable.</summary>
public sealed class ParagraphLayer(IReadOnlyList<TextSpan> spans)
{
    public IReadOnlyList<TextSpan> Spans { get; } = spans;

    public int Count => Spans.Count;
}
