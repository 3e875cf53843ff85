namespace EventDesk.Text;

/// <summary>
/// A coded actor: CAMEO-style <see cref="Code"/> (ISO alpha-3 country + sectors, e.g. RUSGOV;
/// IGO codes; "---" for an unknown country) and its parts. Immutable.
/// </summary>
public sealed record ActorRef(string Code, string? Country, IReadOnlyList<string> Sectors, string? Name = null, string? Role = null)
{
    public static ActorRef Unknown { get; } = new("---", null, []);

    /// <summary>Sectors joined the way they appear in codes, e.g. "GOVMIL".</summary>
    public string SectorCode => string.Concat(Sectors);
}

/// <summary>A geocoded place. Coordinates are WGS84 degrees; null when not geocoded. Immutable.</summary>
public sealed record GeoPlace(string Name, string? Country, double? Latitude, double? Longitude, string? GazetteerId = null);

/// <summary>
/// Someone taking part in a quote or event, as written in the text and as resolved (through
/// coreference to the full entity when the text says "he" or "the minister"). Immutable.
/// </summary>
public sealed record Participant(TextSpan Span, string Text, string? Name, int? Entity, ActorRef? Actor);
