namespace EventDesk.Text;

/// <summary>Entity types: CoNLL/OntoNotes-style coarse classes.</summary>
public enum EntityType : byte
{
    Person,
    Organization,
    Location,
    /// <summary>Nationalities, religious and political groups (Afghan, Russians).</summary>
    Nationality,
    Other,
}

/// <summary>
/// One entity mention: span, type, canonical name, and what it resolves to (actor, place,
/// coreference chain). Immutable.
/// </summary>
public sealed record EntityMention(
    TextSpan Span,
    EntityType Type,
    string Text,
    string? CanonicalName = null,
    string? Role = null,
    ActorRef? Actor = null,
    GeoPlace? Place = null,
    int? Chain = null);

/// <summary>The entity mentions of a document in text order. Immutable.</summary>
public sealed class EntityLayer(IReadOnlyList<EntityMention> mentions)
{
    public IReadOnlyList<EntityMention> Mentions { get; } = mentions;

    /// <summary>The mentions whose span contains <paramref name="span"/> (a word inside a name: "League" of "the Awami League").</summary>
    public IEnumerable<EntityMention> Covering(TextSpan span) => Mentions.Where(m => m.Span.Contains(span));
}

/// <summary>The places a document mentions or is datelined from, geocoded. Immutable.</summary>
public sealed class PlaceLayer(IReadOnlyList<GeoPlace> places)
{
    public IReadOnlyList<GeoPlace> Places { get; } = places;
}
