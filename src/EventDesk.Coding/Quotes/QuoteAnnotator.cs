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
        var stands = coref.MentionAt(s);
        if (stands >= 0 && (IsHyphenModifier(document, coref.Mentions[stands].Span, s) || InPrepositionalModifier(document, coref.Mentions[stands].Span, s)))
        {
            stands = -1; // "Brussels-based group X", "Huseyin Bagci of the Foreign Policy Institute": a modifier, not who speaks
        }
        if (stands < 0)
        {
            return new Participant(s, text, null, null, ActorAt(entities, s));
        }
        if (ActorAt(entities, coref.Mentions[stands].Span) is { Code.Length: 3 } && BestEntityIn(entities, s) is { Actor.Code.Length: > 3 } better
            && coref.MentionAt(better.Span) is >= 0 and var betterMention)
        {
            stands = betterMention; // "UNHCR Kenya said": the organisation speaks, not the country after it
        }
        var phraseActor = ActorAt(entities, coref.Mentions[stands].Span) ?? ActorAt(entities, s);
        if (PersonIn(entities, s) is { } person && !coref.Mentions[stands].Span.Contains(person.Span) && coref.MentionAt(person.Span) is >= 0 and var personMention
            && coref.Mentions[personMention].Span.Length < s.Length)
        {
            // "Cynthia Thompson, curator ... at the University of Arkansas, said", "University of Texas Arlington Muslim
            // Student Association president Sehar Memon said": a named person in the phrase is who speaks.
            stands = personMention;
        }
        var chain = coref.Chains[coref.Mentions[stands].Chain];
        // The actor of the mention that stands for the phrase first ("Jakarta-based activist Ryan Febrianto" is
        // Febrianto, not Jakarta), then any entity in the phrase, then the chain's other mentions.
        ActorRef? actor = ActorAt(entities, coref.Mentions[stands].Span) ?? ActorAt(entities, s);
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
        if (actor is null or { Country: null or "---" } && phraseActor is { } placed
            && (placed.Country is { Length: 3 } c && c != "---" || placed.Code.StartsWith("IGO", StringComparison.Ordinal) || placed.Code.StartsWith("NGO", StringComparison.Ordinal)))
        {
            actor = phraseActor; // "North Korea's army chief of staff Pak Jong Chon": the name speaks, the title places him
        }
        var display = coref.DisplayName(chain);
        return new Participant(s, text, display.Length > 0 ? display : null, chain.Id, actor);
    }

    /// <summary>The mention sits in a prepositional phrase after the head of the phrase ("X of the Foreign Policy Institute").</summary>
    private static bool InPrepositionalModifier(Document document, TextSpan mention, TextSpan phrase)
    {
        if (mention.Start <= phrase.Start)
        {
            return false;
        }
        var before = document.Text.AsSpan(phrase.Start, mention.Start - phrase.Start);
        foreach (var preposition in (ReadOnlySpan<string>)[" of ", " at ", " from ", " for ", " with "])
        {
            if (before.Contains(preposition, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The only person entity with a name of two words or more inside the phrase, or null.</summary>
    private static EntityMention? PersonIn(EntityLayer? entities, TextSpan span)
    {
        EntityMention? found = null;
        foreach (var entity in entities?.Mentions ?? [])
        {
            if (entity.Type == EntityType.Person && span.Contains(entity.Span) && (entity.CanonicalName ?? "").Contains(' ', StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    /// <summary>The mention is the first half of a hyphenated modifier inside the phrase ("Brussels-based").</summary>
    private static bool IsHyphenModifier(Document document, TextSpan mention, TextSpan phrase) =>
        mention.End < phrase.End && document.Text[mention.End] == '-';

    private static ActorRef? ActorAt(EntityLayer? entities, TextSpan span)
    {
        if (entities is not null)
        {
            foreach (var entity in entities.Mentions)
            {
                if (entity.Actor is not null && entity.Span.Contains(span))
                {
                    return entity.Actor;
                }
            }
        }
        return BestEntityIn(entities, span)?.Actor;
    }

    private static EntityMention? BestEntityIn(EntityLayer? entities, TextSpan span)
    {
        if (entities is null)
        {
            return null;
        }
        // An organisation or person before a bare country ("UNHCR Kenya" is UNHCR), then the longest entity inside
        // the phrase, the rightmost on a tie: English noun phrases end in their head ("Brussels-based group X").
        EntityMention? best = null;
        var bestScore = -1;
        foreach (var entity in entities.Mentions)
        {
            if (entity.Actor is null || !span.Contains(entity.Span))
            {
                continue;
            }
            var score = entity.Span.Length + (entity.Actor.Code.Length > 3 ? 10_000 : 0);
            if (score >= bestScore)
            {
                best = entity;
                bestScore = score;
            }
        }
        return best;
    }
}
