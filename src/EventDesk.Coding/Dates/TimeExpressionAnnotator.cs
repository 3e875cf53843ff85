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
        var (anchor, source) = document.Metadata.Date is { } published && !(document.Metadata.DateIsDefault && datelineDate is not null)
            ? (published, AnchorSource.Metadata)
            : datelineDate is { } fromDateline ? (fromDateline, AnchorSource.Dateline)
            : anchorOnClock ? (today, AnchorSource.Clock)
            : ((DateOnly?)null, AnchorSource.None);
        var expressions = new List<TimeExpression>();
        foreach (var sentence in sentences)
        {
            var first = sentence.FirstToken;
            var end = sentence.EndToken;
            var future = FutureTokens(tokens, first, end);
            var matches = TimeExpressionResolver.FindAll(tokens, first, end, anchor, t => future[t - first] ? TimeDirection.Future : TimeDirection.Past);
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

    /// <summary>
    /// Per token of the sentence: whether a future marker stands among the 12 tokens before it in the same clause
    /// (no semicolon, colon or "said"/"says" between). One pass over the sentence.
    /// </summary>
    private static bool[] FutureTokens(TokenLayer tokens, int first, int end)
    {
        var future = new bool[end - first];
        int lastMarker = int.MinValue, lastBoundary = int.MinValue;
        for (var t = first; t < end; t++)
        {
            future[t - first] = lastMarker > lastBoundary && lastMarker >= t - 12;
            var text = tokens.TextOf(t);
            if (text is ";" or ":" || text.SequenceEqual("said") || text.SequenceEqual("says"))
            {
                lastBoundary = t;
                continue;
            }
            foreach (var marker in FutureMarkers)
            {
                if (text.Equals(marker, StringComparison.OrdinalIgnoreCase))
                {
                    lastMarker = t;
                    break;
                }
            }
        }
        return future;
    }
}
