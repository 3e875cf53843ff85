using EventDesk.Text;

namespace EventDesk.Coding
{
    public static partial class CodingLayers
    {
        /// <summary>Time expressions resolved against the publication date (<see cref="Dates.TimeExpressionAnnotator"/>).</summary>
        public static readonly LayerKey<Dates.TimeExpressionLayer> TimeExpressions = new("time-expressions");
    }
}

namespace EventDesk.Coding.Dates
{
    /// <summary>How precise a resolved time expression is.</summary>
    public enum TimeGranularity : byte
    {
        Day,
        Week,
        Month,
        Year,
        /// <summary>A stretch with vague bounds: "in recent months", "the past two weeks".</summary>
        Range,
    }

    /// <summary>Where the anchor date (the "today" of the article) came from.</summary>
    public enum AnchorSource : byte
    {
        /// <summary>No anchor: relative expressions stay unresolved.</summary>
        None,
        /// <summary>The input's metadata or the user's <c>--date</c>.</summary>
        Metadata,
        /// <summary>The date in the dateline ("MOSCOW, March 3 (AFP) -").</summary>
        Dateline,
        /// <summary>The clock (<see cref="TimeProvider"/>): a last resort for undated input.</summary>
        Clock,
    }

    /// <summary>
    /// One time expression: its span, the sentence it is in, and the date range it denotes
    /// (<see cref="Start"/> = <see cref="End"/> for a single day; both null when it could not be
    /// resolved). <see cref="Rule"/> names the pattern, for provenance. Immutable.
    /// </summary>
    public sealed record TimeExpression(TextSpan Span, int Sentence, DateOnly? Start, DateOnly? End, TimeGranularity Granularity, string Rule)
    {
        public bool IsResolved => Start is not null;
    }

    /// <summary>The time expressions of a document in text order, and the anchor they resolve against. Immutable.</summary>
    public sealed class TimeExpressionLayer(DateOnly? anchor, AnchorSource anchorSource, DateOnly? datelineDate, IReadOnlyList<TimeExpression> expressions)
    {
        public DateOnly? Anchor { get; } = anchor;

        /// <summary>The publication date: the anchor when the input or its dateline gave it (not the clock), else null.</summary>
        public DateOnly? Published => AnchorSource is AnchorSource.Metadata or AnchorSource.Dateline ? Anchor : null;

        public AnchorSource AnchorSource { get; } = anchorSource;

        /// <summary>The date written in the dateline, resolved, or null.</summary>
        public DateOnly? DatelineDate { get; } = datelineDate;

        public IReadOnlyList<TimeExpression> Expressions { get; } = expressions;

        /// <summary>
        /// The date an event in <paramref name="sentence"/> should carry: the first resolved
        /// expression of that sentence with day granularity, else the first resolved one, else null.
        /// </summary>
        public TimeExpression? ForSentence(int sentence)
        {
            TimeExpression? first = null;
            foreach (var e in Expressions)
            {
                if (e.Sentence != sentence || !e.IsResolved)
                {
                    continue;
                }
                if (e.Granularity == TimeGranularity.Day)
                {
                    return e;
                }
                first ??= e;
            }
            return first;
        }
    }
}
