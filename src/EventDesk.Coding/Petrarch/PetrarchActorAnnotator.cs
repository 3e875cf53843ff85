using EventDesk.Knowledge;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Petrarch;

/// <summary>
/// Actor mentions the PETRARCH way, from a knowledge base holding only imported PETRARCH actor and
/// agent dictionaries: the longest dictionary phrase wins at each position, and the actors and agents
/// of one noun phrase (its head with compound, flat, amod, possessive and of/in/from modifiers) compose
/// into one code: prefix agents + actor code in force on the document date + suffix agents
/// ("Arnor's foreign minister" = ARN + GOVFRM, "MSF Arnor diplomat" = NGO + ARN + GOV, "the primary
/// official" = ---GOV). Each mention covers one token (the phrase head and every dictionary phrase of
/// the noun phrase), so the event coder's slot binding finds the composed code on the head.
/// Our own <see cref="Actors.ActorResolver"/> composes codes its own way (ISO countries, people, roles);
/// this annotator exists so suites written for PETRARCH's composition rules can be scored.
/// Thread-safe: the knowledge base is immutable; per-document state is local.
/// </summary>
public sealed class PetrarchActorAnnotator(KnowledgeBase knowledge) : IAnnotator
{
    private const int MaxPhraseWords = 7;

    public string Name => "petrarch-actors";
    public string Version => "1.0";

    public IReadOnlyList<LayerKey> Requires { get; } =
        [CoreLayers.Tokens, CoreLayers.Sentences, NlpLayers.Pos, NlpLayers.Lemmas, NlpLayers.Dependencies];

    public IReadOnlyList<LayerKey> Produces { get; } = [AnnotationLayers.Entities];

    private sealed record Atom(int First, int End, ImportedActor? Actor, ImportedAgent? Agent, string Text);

    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        var pos = document.Layers.Get(NlpLayers.Pos);
        var deps = document.Layers.Get(NlpLayers.Dependencies);
        var date = document.Metadata.Date;
        var mentions = new List<EntityMention>();
        foreach (var sentence in document.Sentences)
        {
            var atoms = FindAtoms(document, sentence.FirstToken, sentence.EndToken, pos);
            var atomTokens = new HashSet<int>(atoms.SelectMany(a => Enumerable.Range(a.First, a.End - a.First)));
            // Group atoms by the head of their noun phrase.
            var groups = new Dictionary<int, List<Atom>>();
            foreach (var atom in atoms)
            {
                var top = Top(deps, pos, document, Head(deps, atom), sentence.FirstToken, sentence.EndToken, atomTokens);
                if (!groups.TryGetValue(top, out var list))
                {
                    groups[top] = list = [];
                }
                list.Add(atom);
            }
            var byToken = new Dictionary<int, EntityMention>();
            foreach (var (top, group) in groups)
            {
                var code = Compose(Inherited(deps, groups, top, group, date), date);
                if (code is null)
                {
                    continue;
                }
                var name = string.Join(' ', group.Select(a => a.Text));
                var actor = new ActorRef(code, code.Length >= 3 ? code[..3] : code, code.Length > 3 ? [code[3..]] : [], name);
                foreach (var t in group.SelectMany(a => Enumerable.Range(a.First, a.End - a.First)).Append(top).Distinct())
                {
                    var span = tokens.SpanOf(t);
                    byToken[t] = new EntityMention(span, EntityType.Organization, document.Substring(span), name, null, actor);
                }
            }
            mentions.AddRange(byToken.OrderBy(kv => kv.Key).Select(kv => kv.Value));
        }
        document.Layers.Add(AnnotationLayers.Entities, new EntityLayer(mentions), new LayerProvenance(Name, Version));
    }

    /// <summary>Longest actor or agent phrase at each position, left to right (actors win ties).</summary>
    private List<Atom> FindAtoms(Document document, int first, int end, PosLayer pos)
    {
        var tokens = document.Tokens;
        var atoms = new List<Atom>();
        for (var i = first; i < end;)
        {
            Atom? found = null;
            if (pos.UposOf(i) != Upos.PUNCT)
            {
                for (var n = Math.Min(MaxPhraseWords, end - i); n >= 1 && found is null; n--)
                {
                    if (pos.UposOf(i + n - 1) == Upos.PUNCT && n > 1)
                    {
                        continue;
                    }
                    var phrase = document.Text[tokens.Starts[i]..tokens.Ends[i + n - 1]];
                    if (knowledge.FindImportedActor(phrase) is { } actor)
                    {
                        found = new Atom(i, i + n, actor, null, phrase);
                    }
                    else if (knowledge.FindImportedAgent(phrase) is { } agent)
                    {
                        found = new Atom(i, i + n, null, agent, phrase);
                    }
                }
            }
            if (found is not null)
            {
                atoms.Add(found);
                i = found.End;
            }
            else
            {
                i++;
            }
        }
        return atoms;
    }

    /// <summary>The token of the phrase whose head lies outside it.</summary>
    private static int Head(DependencyLayer deps, Atom atom)
    {
        var fallback = -1;
        for (var t = atom.First; t < atom.End; t++)
        {
            var h = deps.HeadOf(t);
            if (h < atom.First || h >= atom.End)
            {
                // "The US commander": the article of "THE US" hangs on the noun too; the content word leads.
                var rel = deps.RelationOf(t);
                if (rel is not ("det" or "case" or "punct") && !rel.StartsWith("det:", StringComparison.Ordinal))
                {
                    return t;
                }
                fallback = fallback < 0 ? t : fallback;
            }
        }
        return fallback >= 0 ? fallback : atom.End - 1;
    }

    /// <summary>
    /// "the Danish media and government", "lawmakers and officials in Arnor": a conjunct without an actor of its own
    /// takes the modifiers (actors and prefix agents, not the head agent) of the conjunct it is coordinated with.
    /// </summary>
    private static List<Atom> Inherited(DependencyLayer deps, Dictionary<int, List<Atom>> groups, int top, List<Atom> group, DateOnly? date)
    {
        if (deps.RelationOf(top) != "conj" || group.Any(a => a.Actor is not null && CodeAt(a.Actor, date) is not null)
            || !groups.TryGetValue(deps.HeadOf(top), out var first))
        {
            return group;
        }
        var modifiers = first.Where(a => top < a.First || top >= a.End).Where(a => !(deps.HeadOf(top) >= a.First && deps.HeadOf(top) < a.End)).ToList();
        if (!modifiers.Any(a => a.Actor is not null))
        {
            return group;
        }
        return [.. modifiers, .. group];
    }

    /// <summary>Climbs from a modifier to the head of its noun phrase.</summary>
    private static int Top(DependencyLayer deps, PosLayer pos, Document document, int t, int first, int end, HashSet<int> atomTokens)
    {
        for (var hops = 0; hops < 6; hops++)
        {
            var head = deps.HeadOf(t);
            if (head < first || head >= end)
            {
                break;
            }
            var rel = deps.RelationOf(t);
            var joins = rel.StartsWith("compound", StringComparison.Ordinal) && rel != "compound:prt"
                || rel.StartsWith("flat", StringComparison.Ordinal) || rel == "amod" || rel == "nmod:poss"
                || (rel.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(deps, document, t, first, end) switch
                {
                    null or "of" => true,
                    // "lawmakers in Arnor", "soldiers from Gondor"; but "an attack in Ithilen" is no actor.
                    "in" or "from" => atomTokens.Contains(head),
                    _ => false,
                });
            if (!joins || pos.UposOf(head) is not (Upos.NOUN or Upos.PROPN or Upos.ADJ))
            {
                break;
            }
            t = head;
        }
        return t;
    }

    private static string? CaseOf(DependencyLayer deps, Document document, int t, int first, int end)
    {
        for (var c = first; c < end; c++)
        {
            if (deps.HeadOf(c) == t && deps.RelationOf(c) == "case")
            {
                return document.Tokens.TextOf(c).ToString().ToLowerInvariant();
            }
        }
        return null;
    }

    /// <summary>Prefix agents + the first actor's code on the date + suffix agents not already in it; null without any code.</summary>
    private static string? Compose(List<Atom> group, DateOnly? date)
    {
        string? actorCode = null;
        foreach (var atom in group)
        {
            if (atom.Actor is not null && CodeAt(atom.Actor, date) is { } c)
            {
                actorCode = c;
                break;
            }
        }
        var prefix = "";
        var suffix = "";
        foreach (var atom in group)
        {
            if (atom.Agent is not { } agent || agent.Code.Length == 0)
            {
                continue;
            }
            if (agent.IsPrefix)
            {
                if (!prefix.Contains(agent.Code, StringComparison.Ordinal))
                {
                    prefix += agent.Code;
                }
            }
            else if (!suffix.Contains(agent.Code, StringComparison.Ordinal) && !(actorCode is { Length: > 3 } && actorCode[3..].Contains(agent.Code, StringComparison.Ordinal)))
            {
                suffix += agent.Code;
            }
        }
        if (actorCode is null && prefix.Length == 0 && suffix.Length == 0)
        {
            return null;
        }
        return prefix + (actorCode ?? KnowledgeBase.UnknownCountry) + suffix;
    }

    /// <summary>
    /// The code in force on the date: the narrowest restriction containing it, else the unrestricted
    /// codes (several written as <c>[A/B]</c> are kept joined, as PETRARCH prints them).
    /// </summary>
    public static string? CodeAt(ImportedActor actor, DateOnly? date)
    {
        DatedCode? best = null;
        if (date is { } d)
        {
            foreach (var c in actor.Codes)
            {
                if (c.Valid != DateRange.Always && c.Valid.Contains(d) && (best is null || c.Valid.Span < best.Valid.Span))
                {
                    best = c;
                }
            }
        }
        if (best is not null)
        {
            return best.Code;
        }
        var always = actor.Codes.Where(c => c.Valid == DateRange.Always).Select(c => c.Code).ToList();
        if (always.Count > 0)
        {
            return string.Join('/', always);
        }
        return date is null ? actor.CodeAt(null) : null;
    }
}
