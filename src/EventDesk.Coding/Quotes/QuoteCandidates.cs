using EventDesk.Text;

namespace EventDesk.Coding
{
/// <summary>
/// Layer keys of the coding stages. Partial so each coding component declares its keys in
/// its own folder. Keys are compared by reference; thread-safe.
/// </summary>
public static partial class CodingLayers
{
    /// <summary>Quotations with the spans of their attribution, before coreference (<see cref="Quotes.QuoteAttributor"/>).</summary>
    public static readonly LayerKey<Quotes.QuoteCandidateLayer> QuoteCandidates = new("quote-candidates");
}
}

namespace EventDesk.Coding.Quotes
{
    /// <summary>
    /// A quotation found in the text with the spans of its attribution: cue, speaker and addressee
    /// as written ("he", "the visiting advisor"), before coreference resolves them. <see cref="Chain"/>
    /// links the parts of a quotation that runs over several paragraphs (equal ids, in order);
    /// <see cref="Rule"/> names the pattern that attributed it, for provenance. Immutable.
    /// </summary>
    public sealed record QuoteCandidate(
        TextSpan Span,
        int Sentence,
        QuoteKind Kind,
        TextSpan? Cue,
        string? CueLemma,
        TextSpan? Speaker,
        TextSpan? Addressee,
        int Chain,
        string Rule);

    /// <summary>The quotations of a document in text order. Immutable.</summary>
    public sealed class QuoteCandidateLayer(IReadOnlyList<QuoteCandidate> quotes)
    {
        public IReadOnlyList<QuoteCandidate> Quotes { get; } = quotes;

        /// <summary>True when the offset lies inside a direct or partial quotation.</summary>
        public bool InsideQuotation(int offset)
        {
            foreach (var quote in Quotes)
            {
                if (quote.Kind != QuoteKind.Indirect && quote.Span.Contains(offset))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
