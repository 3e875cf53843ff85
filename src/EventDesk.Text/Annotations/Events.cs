namespace EventDesk.Text;

/// <summary>Whether an event happened or is only talked about.</summary>
public enum EventModality : byte
{
    Asserted,
    Future,
    Conditional,
    Hypothetical,
    Denied,
}

/// <summary>PLOVER event type and mode, e.g. ("CONSULT", "visit").</summary>
public sealed record PloverCode(string Type, string? Mode);

/// <summary>
/// One coded event with its evidence: the sentence, the trigger span and the dictionary entry
/// or rule that fired (<see cref="Rule"/>), so an analyst can ask why. Immutable.
/// </summary>
public sealed record CodedEvent(
    int Sentence,
    string Cameo,
    string Root,
    int QuadClass,
    double Goldstein,
    PloverCode? Plover,
    Participant Source,
    Participant? Target,
    GeoPlace? Location,
    DateOnly? Date,
    bool Negated,
    EventModality Modality,
    TextSpan Trigger,
    string Rule);

public sealed class EventLayer(IReadOnlyList<CodedEvent> events)
{
    public IReadOnlyList<CodedEvent> Events { get; } = events;
}

/// <summary>Keys of the layers the entity, quote and event annotators add.</summary>
public static class AnnotationLayers
{
    public static readonly LayerKey<EntityLayer> Entities = new("entities");
    public static readonly LayerKey<PlaceLayer> Places = new("places");
    public static readonly LayerKey<QuoteLayer> Quotes = new("quotes");
    public static readonly LayerKey<EventLayer> Events = new("events");
}
