using EventDesk.Text;

namespace EventDesk.Coding.Dates;

/// <summary>
/// Finds and resolves the time expressions of a document against its anchor date: the
/// publication date (metadata or <c>--date</c>), else the dateline's date, else — when allowed —
/// today from the injected <see cref="TimeProvider"/>. Expressions read as past unless the clause
/// speaks of the future ("will", "next", "is scheduled"). Thread-safe: no per-document state.
/// </summary>
public sealed class TimeExpressionAnnotator(TimeProvider? clock = null, bool anchorOnClock = true) : IAnnotator
{
    private static readonly string[] FutureMarkers =
        ["will", "'ll", "’ll", "shall", "scheduled", "upcoming", "plans", "planned", "plan", "expected", "due", "intends", "hopes", "next"];

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string Name => "time-expressions";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<LayerKey> Produces { get; } = [CodingLayers.TimeExpressions];

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        document.Layers.TryGet(CoreLayers.Dateline, out var dateline);
        DateOnly? datelineDate = null;
        if (dateline is { IsPresent: true, DateText: { Length: > 0 } dateText })
        {
            datelineDate = TimeExpressionResolver.ResolveText(dateText, document.Metadata.Date ?? today);
        }
        var (anchor, source) = document.Metadata.Date is { } published ? (published, AnchorSource.Metadata)
            : datelineDate is { } fromDateline ? (fromDateline, AnchorSource.Dateline)
            : anchorOnClock ? (today, AnchorSource.Clock)
            : ((DateOnly?)null, AnchorSource.None);
        var expressions = new List<TimeExpression>();
        foreach (var sentence in sentences)
        {
            var first = sentence.FirstToken;
            var end = sentence.EndToken;
            var matches = TimeExpressionResolver.FindAll(tokens, first, end, anchor, t => DirectionAt(tokens, first, t));
            foreach (var m in matches)
            {
                var span = TextSpan.FromBounds(tokens.Starts[m.First], tokens.Ends[m.End - 1]);
                if (dateline is { IsPresent: true } && dateline.Span.Overlaps(span))
                {
                    continue; // the dateline's own date is reported as DatelineDate
                }
                expressions.Add(new TimeExpression(span, sentence.Index, m.Start, m.EndDate, m.Granularity, m.Rule));
            }
        }
        document.Layers.Add(CodingLayers.TimeExpressions, new TimeExpressionLayer(anchor, source, datelineDate, expressions), new LayerProvenance(Name, Version));
    }

    /// <summary>Future when a future marker stands earlier in the same clause (no comma or semicolon between).</summary>
    private static TimeDirection DirectionAt(TokenLayer tokens, int sentenceStart, int t)
    {
        for (var k = t - 1; k >= sentenceStart && k >= t - 12; k--)
        {
            var text = tokens.TextOf(k);
            if (text is ";" or ":" || text.SequenceEqual("said") || text.SequenceEqual("says"))
            {
                break;
            }
            foreach (var marker in FutureMarkers)
            {
                if (text.Equals(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return TimeDirection.Future;
                }
            }
        }
        return TimeDirection.Past;
    }
}
