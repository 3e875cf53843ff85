namespace EventDesk.Text;

public enum QuoteKind : byte
{
    /// <summary>A full quotation in quote marks.</summary>
    Direct,
    /// <summary>A quoted fragment inside a sentence.</summary>
    Partial,
    /// <summary>Reported speech with a reporting verb, no quote marks.</summary>
    Indirect,
}

/// <summary>
/// A quotation: the quoted <see cref="Span"/> (without the marks), the sentence where it
/// starts, the reporting verb (cue), speaker and addressee. Immutable.
/// </summary>
public sealed record Quote(
    TextSpan Span,
    int Sentence,
    QuoteKind Kind,
    TextSpan? CueSpan,
    string? Cue,
    Participant? Speaker,
    Participant? Addressee);

public sealed class QuoteLayer(IReadOnlyList<Quote> quotes)
{
    public IReadOnlyList<Quote> Quotes { get; } = quotes;
}
