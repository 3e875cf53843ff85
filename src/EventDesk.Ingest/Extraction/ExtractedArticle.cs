namespace EventDesk.Ingest.Extraction;

/// <summary>
/// The article found in an HTML page: clean text (paragraphs separated by blank lines) with a map
/// back to the HTML source, and the page's metadata. Immutable.
/// </summary>
public sealed record ExtractedArticle(
    string Text,
    string? Title,
    string? Author,
    DateOnly? Date,
    string? DateSource,
    string? Language,
    string? Url,
    OffsetMap Offsets);

/// <summary>
/// Maps offsets in the clean text back to character offsets in the HTML source, segment by
/// segment (each segment is one run of text copied from one text node). Immutable.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _lengths;

    public OffsetMap(IReadOnlyList<(int CleanStart, int SourceStart, int Length)> segments)
    {
        _cleanStarts = segments.Select(s => s.CleanStart).ToArray();
        _sourceStarts = segments.Select(s => s.SourceStart).ToArray();
        _lengths = segments.Select(s => s.Length).ToArray();
    }

    public static OffsetMap Identity(int length) => new([(0, 0, length)]);

    public int SegmentCount => _cleanStarts.Length;

    /// <summary>
    /// The source offset of a clean-text offset: exact inside a segment copied verbatim, the start
    /// of the enclosing segment's source otherwise (entities decoded, whitespace collapsed), or -1.
    /// </summary>
    public int ToSource(int cleanOffset)
    {
        var i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0)
        {
            i = ~i - 1;
        }
        if (i < 0)
        {
            return -1;
        }
        var delta = cleanOffset - _cleanStarts[i];
        return delta < _lengths[i] ? _sourceStarts[i] + delta : _sourceStarts[i] + _lengths[i];
    }
}
