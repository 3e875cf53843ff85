using EventDesk.Text;

namespace EventDesk.Coding.Actors;

/// <summary>Layer keys added by <see cref="ActorResolver"/> besides the public entity and place layers.</summary>
public static class ActorLayers
{
    /// <summary>Token-level index of the entity mentions, the dateline place and the default country.</summary>
    public static readonly LayerKey<ActorIndexLayer> Index = new("actor-index");
}

/// <summary>
/// Token-level view of <see cref="AnnotationLayers.Entities"/>: for every mention (same order as
/// <see cref="EntityLayer.Mentions"/>) its token range, head token and the rule that resolved it,
/// and for every token the mention covering it. This is how the event coder gets "the actor of this
/// token": <c>index.MentionOfToken(t)</c> then <c>entities.Mentions[m].Actor</c>, or directly
/// <see cref="ActorOfToken"/>. Immutable, thread-safe for reading.
/// </summary>
public sealed class ActorIndexLayer
{
    private readonly EntityLayer _entities;
    private readonly int[] _first;
    private readonly int[] _end;
    private readonly int[] _head;
    private readonly string[] _rules;
    private readonly int[] _tokenMention;

    internal ActorIndexLayer(EntityLayer entities, int[] first, int[] end, int[] head, string[] rules, int tokenCount,
        GeoPlace? datelinePlace, string? defaultCountry, string defaultCountrySource, ActorRef? issuer = null)
    {
        _entities = entities;
        _first = first;
        _end = end;
        _head = head;
        _rules = rules;
        _tokenMention = new int[tokenCount];
        Array.Fill(_tokenMention, -1);
        for (var m = 0; m < first.Length; m++)
        {
            for (var t = first[m]; t < end[m]; t++)
            {
                _tokenMention[t] = m;
            }
        }
        DatelinePlace = datelinePlace;
        DefaultCountry = defaultCountry;
        DefaultCountrySource = defaultCountrySource;
        Issuer = issuer;
    }

    /// <summary>
    /// The government (or its armed forces) whose site published the document (www.gov.uk: GBRGOV, centcom.mil: USAMIL),
    /// or null: its unplaced officials and its "we" and "I" (<see cref="GovernmentSite"/>).
    /// </summary>
    public ActorRef? Issuer { get; }

    /// <summary>The dateline place, geocoded (KABUL -> Kabul, AFG), or null when there is no dateline or it is unknown.</summary>
    public GeoPlace? DatelinePlace { get; }

    /// <summary>ISO alpha-3 used for unqualified government bodies ("the interior ministry"), or null.</summary>
    public string? DefaultCountry { get; }

    /// <summary>Where <see cref="DefaultCountry"/> came from: "dateline", "focus" (the dominant country of the text) or "none".</summary>
    public string DefaultCountrySource { get; }

    public int Count => _first.Length;

    public int FirstTokenOf(int mention) => _first[mention];

    /// <summary>One past the last token of the mention.</summary>
    public int EndTokenOf(int mention) => _end[mention];

    /// <summary>The syntactic head of the mention ("Lavrov" in "Russian Foreign Minister Sergey Lavrov").</summary>
    public int HeadTokenOf(int mention) => _head[mention];

    /// <summary>The rule that resolved the mention, for provenance ("person:people.tsv:12", "agent+country").</summary>
    public string RuleOf(int mention) => _rules[mention];

    /// <summary>The mention covering the token, or -1.</summary>
    public int MentionOfToken(int token) => (uint)token < (uint)_tokenMention.Length ? _tokenMention[token] : -1;

    /// <summary>The actor of the mention covering the token (null when none or unresolved).</summary>
    public ActorRef? ActorOfToken(int token) => MentionOfToken(token) is var m and >= 0 ? _entities.Mentions[m].Actor : null;

    /// <summary>The first mention overlapping the character span, or -1.</summary>
    public int MentionOverlapping(TextSpan span)
    {
        var mentions = _entities.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Span.Overlaps(span))
            {
                return m;
            }
        }
        return -1;
    }
}
