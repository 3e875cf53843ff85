using EventDesk.Coding.Coreference;
using EventDesk.Text;

namespace EventDesk.Coding.Quotes;

/// <summary>
/// Produces the public quote layer (<see cref="AnnotationLayers.Quotes"/>): the quotations of
/// <see cref="QuoteAttributor"/> with speaker and addressee resolved through coreference to the
/// full entity ("he" -> Sergey Lavrov), and the actor of that entity when an entity layer with
/// actors is present. Thread-safe: stateless.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    public string Name => "quotes";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [CodingLayers.QuoteCandidates, CodingLayers.Coreference];
    public IReadOnlyList<LayerKey> Produces { get; } = [AnnotationLayers.Quotes];

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = document.Layers.Get(CodingLayers.QuoteCandidates);
        var coref = document.Layers.Get(CodingLayers.Coreference);
        document.Layers.TryGet(AnnotationLayers.Entities, out var entities);
        var quotes = new List<Quote>(candidates.Quotes.Count);
        foreach (var c in candidates.Quotes)
        {
            quotes.Add(new Quote(
                c.Span,
                c.Sentence,
                c.Kind,
                c.Cue,
                c.Cue is { } cue ? document.Substring(cue) : null,
                Participant(document, coref, entities, c.Speaker),
                Participant(document, coref, entities, c.Addressee)));
        }
        document.Layers.Add(AnnotationLayers.Quotes, new QuoteLayer(quotes), new LayerProvenance(Name, Version));
    }

    /// <summary>A span resolved through coreference: its chain's name and id, and an actor if one is known.</summary>
    public static Participant? Participant(Document document, CoreferenceLayer coref, EntityLayer? entities, TextSpan? span)
    {
        if (span is not { } s)
        {
            return null;
        }
        var text = document.Substring(s);
        var chain = coref.ChainAt(s);
        if (chain is null)
        {
            return new Participant(s, text, null, null, ActorAt(entities, s));
        }
        ActorRef? actor = ActorAt(entities, s);
        if (actor is null && entities is not null)
        {
            foreach (var mention in chain.Mentions)
            {
                actor = ActorAt(entities, coref.Mentions[mention].Span);
                if (actor is not null)
                {
                    break;
                }
            }
        }
        return new Participant(s, text, coref.DisplayName(chain), chain.Id, actor);
    }

    private static ActorRef? ActorAt(EntityLayer? entities, TextSpan span)
    {
        if (entities is null)
        {
            return null;
        }
        foreach (var entity in entities.Mentions)
        {
            if (entity.Actor is not null && (span.Contains(entity.Span) || entity.Span.Contains(span)))
            {
                return entity.Actor;
            }
        }
        return null;
    }
}
