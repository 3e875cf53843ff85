using System.Collections.Frozen;
using EventDesk.Coding.Actors;
using EventDesk.Coding.Coreference;
using EventDesk.Coding.Dates;
using EventDesk.Knowledge.Cameo;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Events;

/// <summary>Options of the event coder.</summary>
public sealed record EventCoderOptions
{
    /// <summary>Keep negated events in the layer (marked <c>negated</c>); by default they are dropped.</summary>
    public bool KeepNegated { get; init; }

    /// <summary>
    /// Code events whose source is not a known actor (code "---", with or without a sector: "---INS" gunmen, "---GOV"
    /// unnamed officials of no known country). Off by default: such events are noise.
    /// </summary>
    public bool AllowUnknownSource { get; init; }

    /// <summary>
    /// Code events of a directed root (one that needs a target, not in <see cref="UndirectedRoots"/>) whose target has no
    /// known country ("---", "---GOV" officials of no known country, "---REB" rebels no one placed) after the place of the
    /// event was tried. Off by default: such a target is as good as none for a dyad, and most are misread actors.
    /// </summary>
    public bool AllowUnknownTarget { get; init; }

    /// <summary>
    /// CAMEO roots coded without a target ("thousands protested", "gunmen opened fire"). Other roots
    /// need a target actor: undirected pledges and statements are mostly noise.
    /// </summary>
    public IReadOnlySet<string> UndirectedRoots { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "14", "18", "19", "20" };

    /// <summary>Protests without a stated target are addressed to the government of the protesters' country.</summary>
    public bool ProtestsTargetGovernment { get; init; } = true;

    /// <summary>Keep conditional and hypothetical events (marked with their modality); by default they are dropped like negated ones.</summary>
    public bool KeepHypothetical { get; init; }

    /// <summary>
    /// Keep background events: acts the text dates more than <see cref="BackgroundDays"/> before the publication date ("In 2016, an
    /// international tribunal ruled ...", "The M23 seized Goma in January 2025" in a story of March 2026). By default they are dropped: they
    /// were news when they happened, and coded again from every story that recalls them they are duplicates on the timeline.
    /// </summary>
    public bool KeepBackground { get; init; }

    /// <summary>How long before the publication date an act the text dates is background (<see cref="KeepBackground"/>).</summary>
    public int BackgroundDays { get; init; } = 90;

    /// <summary>Keep bare speech events ("X said", "X told Y": CAMEO 01x from a reporting verb). Off by default.</summary>
    public bool KeepStatements { get; init; }

    /// <summary>
    /// CAMEO roots where a compound source without a target acts on its own members ("both sides
    /// discussed", "Japan and the U.S. stepped up cooperation"): consultation and cooperation are
    /// symmetric; support, pledges and criticism are not ("X, supported by A and B" is not A supporting B). PETRARCH dictionaries mark this per pattern instead (<see cref="EventPattern.Reciprocal"/>).
    /// </summary>
    public IReadOnlySet<string> ReciprocalRoots { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "04", "06" };

    /// <summary>
    /// Look a verb up by its lower-case form before its lemma: for dictionaries that list inflected forms
    /// as entries of their own (PETRARCH's <c>LEFT</c> block is not <c>LEAVE</c>). Off by default.
    /// </summary>
    public bool SurfaceFormFirst { get; init; }

    /// <summary>
    /// Emit pattern codes that are not in the CAMEO codebook verbatim (root = first two characters,
    /// quad class 0, Goldstein 0) instead of dropping them. For dictionaries with their own code sets
    /// (PETRARCH validation files use WEIS-style codes such as 212 or 9xx). Off by default.
    /// </summary>
    public bool CodesOutsideCodebook { get; init; }

    /// <summary>
    /// Fill slots a verb pattern does not name the way PETRARCH does: without <c>T</c>, the target is the
    /// first actor among the object and oblique dependents of the trigger and the words it matched (the
    /// subject of a passive verb first; the subject of a clausal complement last); in a passive clause
    /// without a "by" agent, the source is the first oblique actor. Off by default (our dictionary names slots).
    /// </summary>
    public bool ImplicitSlots { get; init; }

    /// <summary>
    /// News-specific filters and refinements: no fighting codes in a sports context, a protest needs protesters or a
    /// protest word, visits need an official, the weapon refines 190/193/194. On by default; off for coding with
    /// dictionaries that carry their own semantics (PETRARCH suites).
    /// </summary>
    public bool NewsHeuristics { get; init; } = true;
}

/// <summary>
/// Codes CAMEO/PLOVER events from the dependency parse with the event dictionary, binding source
/// and target to the resolved actors (through coreference for pronouns and descriptions).
/// Every event carries its trigger, the dictionary line that fired and how each slot was found.
/// Thread-safe: the dictionary and codebook are immutable; per-document state is local.
/// </summary>
public sealed class EventCoder(EventDictionary dictionary, CameoCodebook codebook, EventCoderOptions? options = null) : IAnnotator
{
    private readonly EventCoderOptions _options = options ?? new EventCoderOptions();

    public string Name => "event-coder";
    public string Version => "1.0";

    public IReadOnlyList<LayerKey> Requires { get; } =
        [CoreLayers.Tokens, CoreLayers.Sentences, NlpLayers.Pos, NlpLayers.Lemmas, NlpLayers.Dependencies, AnnotationLayers.Entities];

    public IReadOnlyList<LayerKey> Produces { get; } = [AnnotationLayers.Events];

    public void Annotate(Document document)
    {
        var pos = document.Layers.Get(NlpLayers.Pos);
        var lemmas = document.Layers.Get(NlpLayers.Lemmas);
        var deps = document.Layers.Get(NlpLayers.Dependencies);
        var entities = document.Layers.Get(AnnotationLayers.Entities);
        document.Layers.TryGet(CodingLayers.Coreference, out var coref);
        document.Layers.TryGet(CodingLayers.TimeExpressions, out var times);
        document.Layers.TryGet(AnnotationLayers.Places, out var places);
        var binder = new ActorBinder(document, entities, coref);
        document.Layers.TryGet(CoreLayers.Dateline, out var dateline);
        var defaultPlace = dateline is { IsPresent: true } ? PlaceNamed(places, dateline.Place) : null;
        var events = new List<CodedEvent>();
        // Acts reported with no one on the receiving end ("North Korea fired two missiles into the sea"): not events (their
        // root needs a target), but the author a later "Japan condemned the launches" is aimed at.
        var untargeted = new List<CodedEvent>();
        var trees = new List<SentenceTree>();
        foreach (var sentence in document.Sentences)
        {
            trees.Add(new SentenceTree(document, pos, lemmas, deps, sentence));
        }
        binder.Trees = trees;
        // Which sentences talk about sport, decided once: it gates fighting codes per sentence and, counted, per story.
        var sportsSentences = new bool[trees.Count];
        for (var i = 0; _options.NewsHeuristics && i < trees.Count; i++)
        {
            sportsSentences[i] = SportsContext(trees[i]);
        }
        var sportsStory = SportsStory(sportsSentences);
        var codedSentences = new HashSet<string>(StringComparer.Ordinal);
        // Who claimed responsibility, per sentence: the author of an attack that names none, in that sentence or the one before.
        var claimants = new int[trees.Count];
        for (var i = 0; i < trees.Count; i++)
        {
            claimants[i] = _options.NewsHeuristics ? Claimant(trees[i]) : -1;
        }
        document.Layers.TryGet(ActorLayers.Index, out var actorIndex);
        var storyStates = new StoryStates(entities, actorIndex);
        var itemStart = 0; // the first sentence of the current item of a briefs page ("YEREVAN, Armenia (AP) —", "SUDAN: ...")
        for (var i = 0; i < trees.Count; i++)
        {
            var tree = trees[i];
            var sentenceStart = document.Sentences.SpanOf(i).Start;
            itemStart = i > 0 && StartsItem(document, i) ? i : itemStart;
            // (the parties of an earlier item are no one's antecedent in the next: a roundup's items are separate stories)
            var recent = itemStart == 0 ? events : events.Where(e => e.Sentence >= itemStart).ToList();
            binder.RecentParties = _options.NewsHeuristics ? storyStates.Or(RecentParties(recent, i), sentenceStart, statesOnly: true) : null;
            binder.RecentDisputants = _options.NewsHeuristics ? RecentDisputants(recent, i) : null;
            binder.RecentStates = _options.NewsHeuristics ? RecentAdversaries(recent, i) ?? storyStates.Or(RecentStates(recent, i), sentenceStart) : null;
            var matches = MatchSentence(tree, binder);
            var first = events.Count;
            (SentenceTree Tree, int Token)? claimant = claimants[i] >= 0 ? (tree, claimants[i])
                : i + 1 < trees.Count && claimants[i + 1] >= 0 ? (trees[i + 1], claimants[i + 1]) : null;
            foreach (var m in matches)
            {
                AddEvents(document, tree, binder, m, times, SectionPlace(document, dateline, places, tree) ?? defaultPlace, (sportsSentences[i], sportsStory), claimant, events, untargeted);
            }
            DropUndirectedDuplicates(events, first);
            DropRepeatedEvents(events, first);
            DropContextualRepeats(events, first);
            DropRepeatedProtests(events, first);
            DropGeneralThreats(events, first);
            if (_options.NewsHeuristics)
            {
                AddMediators(tree, binder, events, first, times);
            }
            if (events.Count > first && !codedSentences.Add(document.Substring(document.Sentences.SpanOf(i))))
            {
                // The same sentence word for word again (a blog quoting its own lead, a page repeating its summary): one report, one event.
                events.RemoveRange(first, events.Count - first);
            }
        }
        if (_options.NewsHeuristics)
        {
            DropHeadlineRepeats(document, events);
        }
        document.Layers.Add(AnnotationLayers.Events, new EventLayer(events), new LayerProvenance(Name, Version));
    }

    /// <summary>
    /// "Senegal and Ghana sign power deal as Faye urges ..." over a story whose first sentence reports the signing: the headline's
    /// event is the body's, told twice (a duplicate on the timeline). An event of a headline (a first paragraph of one sentence with
    /// no closing stop, more text after it) is dropped when the body codes one of the same root between the same countries; a
    /// headline event the body does not repeat stays.
    /// </summary>
    private static void DropHeadlineRepeats(Document document, List<CodedEvent> events)
    {
        var sentences = document.Sentences;
        if (sentences.Count < 2 || sentences.ParagraphOf(0) == sentences.ParagraphOf(1))
        {
            return;
        }
        var headline = document.Substring(sentences.SpanOf(0)).TrimEnd();
        if (headline.Length == 0 || headline[^1] is '.' or '!' or '?' or '"' or '”')
        {
            return;
        }
        static string? CountryOf(Participant? p) => p?.Actor?.Country;
        events.RemoveAll(h => h.Sentence == 0 && events.Any(b => b.Sentence > 0 && b.Root == h.Root
            && CountryOf(b.Source) == CountryOf(h.Source) && CountryOf(b.Target) == CountryOf(h.Target)));
    }

    /// <summary>The best pattern per trigger token, after consumption and speech-verb fallback rules (§4).</summary>
    private List<BoundMatch> MatchSentence(SentenceTree tree, ActorBinder binder)
    {
        var found = new List<BoundMatch>();
        for (var t = tree.First; t < tree.End; t++)
        {
            // The lemmatizer's suffix rules drop the "e" of some verbs it has not seen ("upgraded" -> "upgrad", "deplored" ->
            // "deplor"): a lemma no pattern knows whose form with "e" is a trigger is that verb.
            if (tree.Pos.XposOf(t) is "VBD" or "VBN" or "VBG" && dictionary.VerbWithE(tree.Lemma(t)) is { } withE)
            {
                tree.FixLemma(t, withE);
            }
        }
        for (var t = tree.First; t < tree.End; t++)
        {
            var upos = tree.Upos(t);
            // (Not a noun whose subject is "it" or "this": "the ministry said it was the third attack on the facility" names an
            // attack, not the ministry attacking.)
            var verbal = upos is Upos.VERB || ((upos is Upos.ADJ or Upos.NOUN) && tree.Child(t, "cop") >= 0
                    && !(upos == Upos.NOUN && tree.Child(t, "nsubj") is var copulaSubject and >= 0 && tree.LowerForm(copulaSubject) is "it" or "this" or "that" or "which"))
                || (upos == Upos.ADJ && tree.Child(t, "xcomp") >= 0);
            var nominal = upos is Upos.NOUN or Upos.PROPN;
            BoundMatch? best = null;
            if (verbal)
            {
                var (first, second) = _options.SurfaceFormFirst ? (tree.LowerForm(t), tree.Lemma(t)) : (tree.Lemma(t), tree.LowerForm(t));
                best = Best(tree, binder, t, dictionary.VerbPatterns(first), best);
                if (best is null && second != first)
                {
                    best = Best(tree, binder, t, dictionary.VerbPatterns(second), best);
                }
            }
            if (nominal || (best is null && upos is Upos.NOUN))
            {
                best = Best(tree, binder, t, dictionary.NounPatterns(tree.Lemma(t)), best);
            }
            else if (upos is Upos.VERB && tree.Pos.XposOf(t) == "VBG" && (tree.RelIs(t, "nsubj") || tree.RelIs(t, "obj")))
            {
                // "Fighting broke out between Armenian and Azerbaijani forces": a gerund in a noun's place is the event noun.
                best = Best(tree, binder, t, dictionary.NounPatterns(tree.LowerForm(t)), best);
            }
            if (best is not null)
            {
                found.Add(best);
            }
        }
        // A token used inside another match (the object noun of a light verb, the xcomp of "pledge")
        // does not trigger its own event.
        var used = new HashSet<int>();
        foreach (var m in found)
        {
            foreach (var u in m.Match.Used)
            {
                // (A verb with no actor does not take over an event noun that names its own: "Talks between Russian and
                // Ukrainian delegations were held in Istanbul" is the talks, not a holding by nobody.)
                if (u != m.Match.Trigger && !(m.Sources.Count == 0 && found.Any(o => o.Match.Trigger == u && o.Sources.Count > 0)))
                {
                    used.Add(u);
                }
            }
        }
        var kept = found.Where(m => !used.Contains(m.Match.Trigger) && !m.Match.Pattern.Exclusion).ToList();
        // "Insurgents bombarded Aleppo, killing eight people": the -ing adjunct of a directed attack is its outcome,
        // not a second attack (an attack without a target merges with it later, DropUndirectedDuplicates).
        // An attack that names no victim takes those of its outcome, which is then no second event either: "a suicide
        // bomber blew himself up outside a military base, killing at least four soldiers".
        for (var k = 0; k < kept.Count; k++)
        {
            var attack = kept[k];
            if (!ViolentRoot(attack.Match.Pattern.Code) || attack.Targets.Count > 0)
            {
                continue;
            }
            var outcome = kept.FirstOrDefault(m => m != attack && m.Targets.Count > 0 && IsOutcome(tree, m, attack));
            if (outcome is not null && attack.Sources.Count >= 2 && IsMutual(tree, attack.Match))
            {
                // "Pakistani troops and Indian forces exchanged heavy fire ..., killing at least 12 people on the Indian side":
                // a fight between the subjects is aimed at each other (below); whose fire killed the dead is not said.
                kept.Remove(outcome);
                k = kept.IndexOf(attack);
                continue;
            }
            if (outcome is not null)
            {
                attack.Match.Target = outcome.Match.Target;
                attack.Match.TargetHow = $"{outcome.Match.TargetHow} of '{tree.LowerForm(outcome.Match.Trigger)}' (the outcome of the attack)";
                kept[k] = attack with { Targets = outcome.Targets };
            }
        }
        kept.RemoveAll(m => kept.Any(o => o != m && o.Targets.Count > 0 && IsOutcome(tree, m, o)));
        // (Also what an intention promises: "pledged $500 million in aid to Yemen" is the pledge, not the aid given.)
        // "condemned Russia's invasion of Ukraine", "rejected Moscow's annexation of four regions": an act named as the topic
        // of an appeal, criticism, rejection or threat is that event's subject matter, not a new report of it; so is one
        // named as the occasion of another ("restraint after the U.S. missile strikes on a Syrian air base"). Not under a
        // plain verb of saying: "officials said the attack on Kharkiv killed ten" reports the attack.
        // (Talks are not an occasion: "after talks with his Saudi counterpart, the minister said relations were improving"
        // reports the talks.)
        kept.RemoveAll(m => m.Match.Pattern.Nominal && kept.Any(o => o != m && !o.Match.Pattern.Nominal
            && ((TopicTaking(o.Match.Pattern) || PraisedForce(tree, o.Match.Pattern, o.Match.Trigger, m.Match.Pattern)) && tree.IsAncestor(o.Match.Trigger, m.Match.Trigger)
                || o.Match.Pattern.Code.StartsWith("03", StringComparison.Ordinal) && InObjectPhrase(tree, o.Match.Trigger, m.Match.Trigger)
                || BackgroundAdjunct(tree, m.Match.Trigger) && !m.Match.Pattern.Code.StartsWith("04", StringComparison.Ordinal))));
        // Speech verbs of root 01 are a fallback: drop them when a clause under them codes an event. Not an optimistic or
        // pessimistic adjective: "optimistic that relations with Russia would return to normal" is an attitude to the
        // clause, whose own act is only expected ("warned that it would attack" stays a threat).
        kept.RemoveAll(m => m.Match.Pattern.Code.StartsWith("01", StringComparison.Ordinal)
            && !(m.Match.Pattern.Code is "012" or "013" && tree.Upos(m.Match.Trigger) == Upos.ADJ)
            && m.Match.Pattern.Weight <= 1
            && kept.Any(o => o != m && tree.IsAncestor(m.Match.Trigger, o.Match.Trigger)));
        return kept;
    }

    /// <summary>
    /// The two parties of the last fight, talks or agreement reported in the four sentences before sentence
    /// <paramref name="sentence"/>, for "both sides" and "the two sides" that coreference gives no parties ("The RSF has
    /// been fighting the Sudanese army ... Washington has accused both sides of committing war crimes"); null if none.
    /// </summary>
    private static (Participant First, Participant Second)? RecentParties(List<CodedEvent> events, int sentence) =>
        LastPair(events, sentence, 4, e => e.Root is "04" or "05" or "18" or "19" or "20" && TwoSides(e)
            && e.Cameo != "192"); // (the territory taken is no side: "Hamas seized control of Gaza ... The two sides have fought")

    /// <summary>
    /// The two parties of the last dispute (an accusation, rejection or threat) in the four sentences before sentence
    /// <paramref name="sentence"/>, for "both sides" when no fight or talks are that near ("Islamabad accuses Kabul of sheltering
    /// militants ... Qatar called on both sides to exercise restraint", the clashes told five sentences before); null if none.
    /// </summary>
    private static (Participant First, Participant Second)? RecentDisputants(List<CodedEvent> events, int sentence) =>
        LastPair(events, sentence, 4, e => e.Root is "11" or "12" or "13" && TwoSides(e));

    private static bool TwoSides(CodedEvent e) =>
        e.Target?.Actor is { } second && e.Source.Actor is { } first && first.Code != second.Code && Side(first) && Side(second);

    /// <summary>
    /// The parties of the last event of the eight sentences before <paramref name="sentence"/> between two states, for "the
    /// two countries" ("India launched missile strikes on nine sites in Pakistan ... Four days later, the two countries agreed
    /// to a ceasefire"); null if none.
    /// </summary>
    private static (Participant First, Participant Second)? RecentStates(List<CodedEvent> events, int sentence) =>
        LastPair(events, sentence, 8, e => ActorBinder.TwoStates(e.Source.Actor, e.Target?.Actor));

    /// <summary>
    /// How often the story has named each state so far (every entity mention of a state, in text order), for
    /// <see cref="Or"/>: fed sentence by sentence, so a long document is counted once.
    /// </summary>
    private sealed class StoryStates(EntityLayer entities, ActorIndexLayer? index)
    {
        private readonly Dictionary<string, (int Count, EntityMention First)> _counts = new(StringComparer.Ordinal);
        private int _next;

        /// <summary>
        /// The two states of the last event between states (<paramref name="recent"/>), when they are the two states the story
        /// has named most before <paramref name="before"/>; otherwise those two, when the story has two clear ones: "Pakistan
        /// carried out five nuclear tests in response to India's ... Clinton telephoned Sharif ... China called on both
        /// countries" means India and Pakistan, not the last pair (the United States and Pakistan).
        /// </summary>
        /// <remarks>With <paramref name="statesOnly"/>, a recent pair that is not two states (an army and rebels) stays as it is.</remarks>
        public (Participant First, Participant Second)? Or((Participant First, Participant Second)? recent, int before, bool statesOnly = false)
        {
            for (; _next < entities.Mentions.Count && entities.Mentions[_next].Span.Start < before; _next++)
            {
                var m = entities.Mentions[_next];
                // (Only states the text names: "the leaders", "reporters" in a story from Minsk are Belarus's by default.)
                var named = index?.RuleOf(_next) is not { } rule || !rule.Contains("default", StringComparison.Ordinal) && !rule.Contains("local", StringComparison.Ordinal);
                if (named && ActorBinder.IsState(m.Actor))
                {
                    var country = m.Actor!.Country!;
                    _counts[country] = _counts.TryGetValue(country, out var c) ? (c.Count + 1, c.First) : (1, m);
                }
            }
            if (_counts.Count < 2 || statesOnly && !(recent is { } states && ActorBinder.TwoStates(states.First.Actor, states.Second.Actor)))
            {
                return recent;
            }
            var ranked = _counts.OrderByDescending(c => c.Value.Count).Take(3).ToList();
            if (recent is { } pair && ranked.Take(2).Count(c => c.Key == pair.First.Actor?.Country || c.Key == pair.Second.Actor?.Country) == 2)
            {
                return recent;
            }
            // Two clear ones: each named at least three times, the third far behind the second.
            if (ranked[1].Value.Count < 3 || ranked.Count > 2 && ranked[2].Value.Count * 2 > ranked[1].Value.Count)
            {
                return recent;
            }
            return (State(ranked[0].Key, ranked[0].Value.First), State(ranked[1].Key, ranked[1].Value.First));
        }

        private static Participant State(string country, EntityMention first) =>
            new(first.Span, first.Text, null, null, new ActorRef(country, country, []));
    }

    /// <summary>
    /// The two states of the last fight, threat, coercion or break between states in the eight sentences before, for "the two
    /// neighbors agreed to a ceasefire" after a mediator's calls to both (the mediator's talks with one of them came later).
    /// </summary>
    private static (Participant First, Participant Second)? RecentAdversaries(List<CodedEvent> events, int sentence) =>
        LastPair(events, sentence, 8, e => e.Root is "13" or "15" or "16" or "17" or "18" or "19" or "20" && ActorBinder.TwoStates(e.Source.Actor, e.Target?.Actor));

    /// <summary>
    /// The sentence opens a paragraph that starts with a label in capitals ("YEREVAN, Armenia (AP) —", "SUDAN: ", "GAZA -- "):
    /// an item of a briefs page or roundup.
    /// </summary>
    private static bool StartsItem(Document document, int sentence)
    {
        var sentences = document.Sentences;
        if (sentences.ParagraphOf(sentence) == sentences.ParagraphOf(sentence - 1))
        {
            return false;
        }
        var text = document.Text.AsSpan(sentences.SpanOf(sentence).Start);
        var letters = 0;
        for (var k = 0; k < text.Length && k < 40; k++)
        {
            var c = text[k];
            if (char.IsUpper(c))
            {
                letters++;
                continue;
            }
            if (c is ' ' or '\'' or '.' or '-' && !(c == '-' && k + 1 < text.Length && text[k + 1] == '-'))
            {
                continue;
            }
            return letters >= 3 && (c is ':' or ',' or '—' or '–' || c == '-' && k + 1 < text.Length && text[k + 1] == '-');
        }
        return false;
    }

    /// <summary>The source and target of the last event of the <paramref name="window"/> sentences before one that fits.</summary>
    private static (Participant First, Participant Second)? LastPair(List<CodedEvent> events, int sentence, int window, Func<CodedEvent, bool> fits)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            if (e.Sentence >= sentence)
            {
                continue;
            }
            if (e.Sentence < sentence - window)
            {
                break;
            }
            if (e.Target is { } target && !e.Cameo.StartsWith("045", StringComparison.Ordinal) && fits(e)) // (a mediator is no side)
            {
                // Two subjects who did it together are the pair, not one of them and the object: "The two leaders also condemned the
                // DPRK's launches ... Beyond security, the leaders welcomed" are Biden and Yoon, not the United States and the DPRK.
                // (Not co-signers of a pact, coded both ways between each pair: "the two sides" then are the pair.)
                var reciprocal = events.Any(x => x.Sentence == e.Sentence && x.Trigger == e.Trigger && x.Source.Actor?.Code == target.Actor?.Code
                    && x.Target?.Actor?.Code == e.Source.Actor?.Code);
                for (var j = k - 1; !reciprocal && j >= 0 && events[j].Sentence == e.Sentence; j--)
                {
                    if (events[j].Trigger == e.Trigger && events[j].Target?.Actor?.Code == target.Actor?.Code
                        && events[j].Source.Actor is { Country: { } other } && other != e.Source.Actor?.Country && fits(events[j]))
                    {
                        return (events[j].Source, e.Source);
                    }
                }
                return (e.Source, target);
            }
        }
        return null;
    }

    /// <summary>A party that can be one of "both sides": a state, its government or forces, an armed group, an organisation (not civilians).</summary>
    private static bool Side(ActorRef actor) =>
        !actor.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
        && (actor.Sectors.Count == 0 || actor.Sectors.Any(s => s is "GOV" or "MIL" or "REB" or "INS" or "UAF" or "RAD" or "SEP" or "COP" or "SPY" or "LEG" or "PTY" or "OPP" or "IGO"));

    /// <summary>Two actors of one country where one is the bare state or both are of the same sector.</summary>
    private static bool OneState(ActorRef? a, ActorRef? b) =>
        a is { Country: { Length: 3 } country } && b is not null && b.Country == country && country != ActorRef.Unknown.Code
        && !a.Code.StartsWith("IGO", StringComparison.Ordinal) && (a.Sectors.Count == 0 || b.Sectors.Count == 0 || a.Sectors.Intersect(b.Sectors).Any());

    /// <summary>The subject of "claimed responsibility" (or credit) in a sentence, else -1 (also when it "did not claim" it).</summary>
    private static int Claimant(SentenceTree tree)
    {
        for (var t = tree.First; t < tree.End; t++)
        {
            if (!tree.Lemma(t).Equals("claim", StringComparison.OrdinalIgnoreCase) || tree.ChildExact(t, "obj") is not (var claim and >= 0)
                || tree.Lemma(claim).ToLowerInvariant() is not ("responsibility" or "credit") || tree.ChildExact(t, "nsubj") is not (var author and >= 0))
            {
                continue;
            }
            if (!HasNegation(tree, t))
            {
                return author;
            }
        }
        return -1;
    }

    /// <summary>The noun is what an anniversary, commemoration or memorial is of ("the anniversary of the invasion").</summary>
    private static bool AnniversaryOf(SentenceTree tree, int noun)
    {
        for (var (t, hops) = (noun, 0); t >= 0 && hops < 3 && (tree.RelIs(t, "nmod") || t == noun); t = tree.Head(t), hops++)
        {
            if (tree.Head(t) is var h and >= 0 && tree.Lemma(h).ToLowerInvariant() is "anniversary" or "commemoration" or "memorial" or "remembrance" or "centenary" or "centennial")
            {
                return true;
            }
        }
        return false;
    }

    // A state's envoys and missions abroad: a country name before them is whose they are.
    private static readonly FrozenSet<string> EnvoyNouns = new[]
    {
        "ambassador", "diplomat", "envoy", "attache", "consul", "embassy", "consulate", "representative", "charge", "emissary",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly HashSet<string> ContestedThings = new(StringComparer.Ordinal)
    {
        "sovereignty", "legitimacy", "claim", "right", "authority", "motive", "wisdom", "validity", "credibility", "commitment", "sincerity",
        "independence", "integrity", "jurisdiction", "competence", "result", "outcome",
    };

    private static readonly HashSet<string> ExecutedThings = new(StringComparer.Ordinal)
    {
        "project", "programme", "program", "plan", "order", "contract", "strategy", "task", "mission", "operation", "policy", "budget",
        "agreement", "deal", "trade", "transaction", "sentence", "will", "warrant", "command", "decision",
    };

    private static readonly HashSet<string> ArmedUnitWords = new(StringComparer.Ordinal)
    {
        "force", "troop", "army", "soldier", "unit", "battalion", "brigade", "division", "regiment", "fighter", "militia", "militiaman",
        "forces", "troops", "armies", "soldiers", "units", "fighters", "militias", // (the lemmatizer keeps some plurals: "troops")
    };

    private static readonly HashSet<string> StruckFigures = new(StringComparer.Ordinal)
    {
        "light", "match", "balance", "chord", "note", "pose", "tone", "gold", "oil", "compromise", "nerve", "bargain", "figure", "root",
    };

    /// <summary>"joined Argentina in expressing hope": an in-phrase says what the joiner joined in doing.</summary>
    private static bool JoinedInDoing(SentenceTree tree, int join)
    {
        foreach (var c in tree.Children(join))
        {
            if ((tree.RelIs(c, "advcl") || tree.RelIs(c, "obl")) && tree.HasMarker(c, "in") && tree.Pos.XposOf(c) == "VBG")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Sectors of politics and government without arms.</summary>
    private static readonly HashSet<string> PoliticalSectors = new(StringComparer.Ordinal) { "GOV", "PTY", "LEG", "OPP", "ELI", "JUD" };

    private static readonly HashSet<string> MilitarySites = new(StringComparer.Ordinal)
    {
        "base", "airbase", "airfield", "barracks", "checkpoint", "outpost", "garrison", "post", "headquarters",
    };

    /// <summary>A violent -ing adjunct of a violent act is its outcome: "bombarded Aleppo, killing eight people".</summary>
    private static bool IsOutcome(SentenceTree tree, BoundMatch outcome, BoundMatch attack) =>
        ViolentRoot(outcome.Match.Pattern.Code) && ViolentRoot(attack.Match.Pattern.Code) && tree.RelIs(outcome.Match.Trigger, "advcl")
        && tree.LowerForm(outcome.Match.Trigger).EndsWith("ing", StringComparison.Ordinal) && attack.Match.Trigger == tree.Head(outcome.Match.Trigger);

    /// <summary>Verbs that make an event happen: a meeting they take happens only if they do ("reschedule a meeting").</summary>
    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.Ordinal)
    {
        "hold", "reschedule", "arrange", "organize", "organise", "convene", "schedule", "host", "stage", "sign", "conclude", "reach",
    };

    /// <summary>Acts only a state's authorities do: their author is those of the place where they happen.</summary>
    private static readonly HashSet<string> StateCoercionNouns = new(StringComparer.Ordinal)
    {
        "arrest", "detention", "jailing", "imprisonment", "sentencing", "conviction", "deportation", "expulsion", "execution",
    };

    /// <summary>The act noun names who did it: a possessor or a by-phrase ("Russia's arrest of", "the arrest by police").</summary>
    private static bool NamesAuthor(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if (tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "amod") && tree.Upos(c) == Upos.ADJ && char.IsUpper(tree.Document.Substring(tree.SpanOf(c))[0])
                || tree.RelIs(c, "nmod") && tree.HasMarker(c, "by"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first place of an in-phrase in the noun's phrase ("the arrest of the journalist in Russia"), or null.</summary>
    private static GeoPlace? PlaceInPhrase(SentenceTree tree, ActorBinder binder, int noun)
    {
        var (first, last) = tree.SubtreeTokens(noun);
        for (var t = first; t <= last; t++)
        {
            if (t != noun && tree.IsAncestor(noun, t) && tree.RelIs(t, "nmod") && tree.HasMarker(t, "in") && binder.PlaceAt(tree, t) is { Country: not null } place)
            {
                return place;
            }
        }
        return null;
    }

    /// <summary>The token is the verb's object or inside it through nominal modifiers ("pledged $500 million in aid").</summary>
    private static bool InObjectPhrase(SentenceTree tree, int verb, int t)
    {
        for (var hops = 0; t >= 0 && hops < 4; hops++)
        {
            if (tree.Head(t) == verb)
            {
                return tree.RelIs(t, "obj");
            }
            if (!(tree.RelIs(t, "nmod") || tree.RelIs(t, "compound") || tree.RelIs(t, "conj")) || FramePhrase(tree, t)
                || tree.HasMarker(t, "at") || tree.HasMarker(t, "during"))
            {
                return false; // not "reaffirmed the commitment at a meeting with Atmar": the meeting frames it
            }
            t = tree.Head(t);
        }
        return false;
    }

    /// <summary>Codes whose object is a topic: statements other than plain saying (01), appeals (02), demands (10), criticism (11), rejection (12), threats (13).</summary>
    private static bool TopicTaking(EventPattern pattern) =>
        pattern.Code.Length >= 2 && pattern.Code[..2] is "01" or "02" or "10" or "11" or "12" or "13"
        && !(pattern.Code.StartsWith("01", StringComparison.Ordinal) && pattern.Weight <= 1);

    /// <summary>Praise of an act of force or coercion ("praised Hamas's attack on Israel"): the act is its topic.</summary>
    private static bool PraisedForce(SentenceTree tree, EventPattern praise, int praiseTrigger, EventPattern act) =>
        praise.Code.StartsWith("051", StringComparison.Ordinal) && act.Code.Length >= 2 && act.Code[..2] is "17" or "18" or "19" or "20"
        && tree.Lemma(praiseTrigger).ToLowerInvariant() is "praise" or "hail" or "laud" or "commend" or "applaud" or "salute" or "welcome" or "celebrate";

    /// <summary>"after the killing of Soleimani", "following the strikes": the act is the occasion of the sentence's event.</summary>
    private static bool BackgroundAdjunct(SentenceTree tree, int noun) =>
        tree.HasMarker(noun, "after") || tree.HasMarker(noun, "following") || tree.HasMarker(noun, "since") || tree.HasMarker(noun, "amid");

    private static bool ViolentRoot(string code) => code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "state", "quote", "note", "remark", "comment", "explain", "write", "report", "announce",
        "declare", "claim", "insist", "stress", "reiterate", "affirm", "assert", "emphasize", "emphasise", "continue", "conclude",
        "speak", "describe", "talk", "reply", "respond", "answer", "tweet", "post",
    };

    /// <summary>
    /// Predicates that are mutual whatever their root: "X and Y agreed / signed a deal / restored ties /
    /// held joint exercises / clashed". Support, praise and criticism are not ("X, backed by A and B").
    /// </summary>
    private static readonly HashSet<string> MutualWords = new(StringComparer.Ordinal)
    {
        "agree", "agreement", "sign", "signing", "deal", "accord", "treaty", "pact", "meet", "talk", "discuss", "negotiate", "cooperate",
        "cooperation", "collaborate", "tie", "relation", "relationship", "normalize", "normalise", "restore", "reconcile",
        "reconciliation", "exercise", "drill", "exchange", "swap", "trade", "share", "partner", "partnership", "ally", "alliance",
        "clash", "fight", "truce", "ceasefire", "cease-fire", "joint", "jointly", "together", "mutual", "mutually", "bilateral",
    };

    /// <summary>Objects that make a fighting verb figurative: diseases, disasters, social ills, abstractions.</summary>
    private static readonly HashSet<string> FigurativeAdversaries = new(StringComparer.Ordinal)
    {
        "coronavirus", "virus", "covid", "covid-19", "pandemic", "epidemic", "outbreak", "disease", "infection", "cancer", "malaria",
        "ebola", "cholera", "polio", "hiv", "aids", "tuberculosis", "fire", "wildfire", "blaze", "flood", "drought", "famine", "hunger",
        "poverty", "inflation", "unemployment", "corruption", "crime", "fraud", "graft", "impunity", "disinformation", "misinformation",
        "climate", "warming", "pollution", "deforestation", "racism", "discrimination", "inequality", "illiteracy", "addiction", "obesity",
        "smuggling", "trafficking", "piracy", "extremism", "radicalization", "radicalisation", "hate", "bias", "stigma", "ruling", "decision",
        "law", "bill", "charge", "charges", "case", "order", "ban", "policy", "plan", "measure", "tax", "tariff", "verdict", "sentence", "extradition",
        "sanction", "embargo", "price", "cost", "storm", "hurricane", "cyclone", "typhoon", "earthquake", "smog", "air",
        "tsunami", "tornado", "landslide", "mudslide", "avalanche", "eruption", "volcano", "heatwave", "monsoon", "quake", "lightning",
    };

    /// <summary>
    /// The doer of a violent act is a thing from <see cref="FigurativeAdversaries"/>: "farmers hit by retaliatory
    /// Chinese tariffs", "towns struck by the storm" are no attacks (the demonym made "Chinese tariffs" an actor).
    /// </summary>
    private static bool FigurativeAttacker(SentenceTree tree, PatternMatch match) =>
        match.Source >= 0 && tree.Upos(match.Source) == Upos.NOUN && FigurativeAdversaries.Contains(tree.Lemma(match.Source).ToLowerInvariant())
        && !Gunfire(tree, match.Source);

    /// <summary>"killed by Israeli fire", "sniper fire", "army fire": fire of a named side or weapon is gunfire, not a blaze.</summary>
    private static bool Gunfire(SentenceTree tree, int noun)
    {
        if (tree.Lemma(noun).ToLowerInvariant() != "fire")
        {
            return false;
        }
        foreach (var c in tree.Children(noun))
        {
            if (tree.RelIs(c, "amod") && tree.Upos(c) is Upos.ADJ or Upos.PROPN && char.IsUpper(tree.Document.Tokens.TextOf(c)[0]) // a demonym
                || tree.RelIs(c, "compound") && tree.LowerForm(c) is "army" or "police" or "sniper" or "tank" or "artillery" or "gun" or "mortar" or "machine-gun" or "rocket" or "enemy")
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> HostileThings = new(StringComparer.Ordinal)
    {
        "fire", "gunfire", "shelling", "shell", "barrage", "attack", "strike", "threat", "blow", "criticism", "backlash",
    };

    /// <summary>The text is a name: capitalised words and the function words of names ("The Kingdom of Saudi Arabia").</summary>
    private static bool NamesOnly(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and");

    /// <summary>A to-infinitive hangs somewhere in the phrase of <paramref name="head"/>.</summary>
    private static bool InfinitiveInside(SentenceTree tree, int head)
    {
        var (first, last) = tree.SubtreeTokens(head);
        for (var t = first; t <= last; t++)
        {
            if (t != head && tree.Upos(t) == Upos.VERB && tree.HasMarker(t, "to") && tree.IsAncestor(head, t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The verb has an infinitive complement or adjunct: "encouraged to negotiate".</summary>
    private static bool HasToInfinitive(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if ((tree.RelIs(c, "xcomp") || tree.RelIs(c, "advcl")) && tree.HasMarker(c, "to"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The actor of a from-phrase on the trigger or its object ("annexed the region from China"), or null.</summary>
    private static Participant? TakenFrom(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var obj = tree.ChildExact(match.Trigger, "obj");
        foreach (var owner in (ReadOnlySpan<int>)[match.Trigger, obj])
        {
            if (owner < 0)
            {
                continue;
            }
            foreach (var c in tree.Children(owner))
            {
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && tree.HasMarker(c, "from") && c != match.Source
                    && binder.Bind(tree, c).FirstOrDefault(p => p.Actor is not null) is { } from)
                {
                    return from;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The trigger's object, or a noun coordinated with it, is hostile: "receive heavy machine gun and grenade fire" (the
    /// parser coordinates "gun" and "fire", or hangs "fire" on the verb).
    /// </summary>
    private static bool ReceivedHostility(SentenceTree tree, int trigger)
    {
        var obj = tree.Child(trigger, "obj");
        if (obj < 0)
        {
            return false;
        }
        if (HostileThings.Contains(tree.Lemma(obj).ToLowerInvariant()))
        {
            return true;
        }
        foreach (var owner in (ReadOnlySpan<int>)[obj, trigger])
        {
            foreach (var c in tree.Children(owner))
            {
                if (tree.RelIs(c, "conj") && tree.Upos(c) == Upos.NOUN && HostileThings.Contains(tree.Lemma(c).ToLowerInvariant()))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool FigurativeAdversary(SentenceTree tree, PatternMatch match)
    {
        foreach (var c in tree.Children(match.Trigger))
        {
            if (!match.Used.Contains(c) // "opened fire": the pattern's own word
                && (tree.RelIs(c, "obj") || tree.RelIs(c, "obl") && tree.HasMarker(c, "against")) && IsFigurativeAdversary(tree, c))
            {
                return true;
            }
        }
        // A conjunct without an object shares its head's ("respect and execute the sentence": "sentence" hangs on "respect").
        if (tree.RelIs(match.Trigger, "conj") && tree.Child(match.Trigger, "obj") < 0 && tree.Head(match.Trigger) is var owner and >= 0)
        {
            foreach (var c in tree.Children(owner))
            {
                if (tree.RelIs(c, "obj") && IsFigurativeAdversary(tree, c))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsFigurativeAdversary(SentenceTree tree, int c) =>
        tree.Upos(c) == Upos.NOUN && (FigurativeAdversaries.Contains(tree.Lemma(c).ToLowerInvariant())
            // the word itself too: a wrong plural tag gives "coronavirus" the lemma "coronaviru"
            || FigurativeAdversaries.Contains(tree.LowerForm(c)));

    // (Not "stadium" or "podium": rallies, memorials and speeches are held there; "world leaders honor Mandela in a stadium ...
    // Obama rose to the podium" made a sports story whose bare "Mandela" was a team.)
    private static readonly HashSet<string> SportsWords = new(StringComparer.Ordinal)
    {
        "relay", "swimmer", "swimming", "sprinter", "sprint", "cyclist", "boxer", "wrestler", "fencing", "rower", "gymnast",
        "match", "game", "tournament", "cup", "championship", "league", "goal", "final", "semifinal", "semi-final", "quarterfinal",
        "quarter-final", "olympics", "olympic", "medal", "striker", "midfielder", "goalkeeper", "coach", "season", "scoreline",
        "tennis", "football", "soccer", "cricket", "rugby", "basketball", "baseball", "hockey", "volleyball", "athletics", "marathon", "champion",
        "squad", "playoff", "qualifier", "innings", "wicket", "batsman", "bowler", "pitcher", "quarterback", "touchdown", "referee", "umpire",
        "racket", "golfer", "lap",
    };

    /// <summary>
    /// "A Russian air strike hit a hospital": the nominal strike (no target) and the verb (with one) are
    /// one event; keep the directed one, with the more specific code of the two.
    /// </summary>
    private static void DropUndirectedDuplicates(List<CodedEvent> events, int first)
    {
        for (var i = events.Count - 1; i >= first; i--)
        {
            var e = events[i];
            // (A protest's implicit target, its own government, is no target either when the sentence names the one protested
            // against: "marched through Goma ... chanting slogans against Rwanda".)
            if (e.Target is not null && !(e.Root == "14" && e.Target.Actor?.Role == "implicit target"))
            {
                continue;
            }
            for (var j = first; j < events.Count; j++)
            {
                var d = events[j];
                // (Violence of any root: "An Israeli drone strike killed a Hezbollah commander" is one event, the killing.)
                if (j != i && d.Target is not null && d.Target.Actor?.Role != "implicit target" && (d.Root == e.Root || ViolentRoot(d.Cameo) && ViolentRoot(e.Cameo))
                    && d.Source.Actor?.Country == e.Source.Actor?.Country)
                {
                    // (A strike or a hunger strike is the kind of protest; "to protest police violence" says what against: 143.)
                    if (d.Root == e.Root && (e.Cameo.Length > d.Cameo.Length || (e.Cameo.Length == d.Cameo.Length && d.Cameo.EndsWith('0') && !e.Cameo.EndsWith('0'))
                        || e.Root == "14" && d.Cameo is "140" or "141" && e.Cameo is not ("140" or "141")))
                    {
                        events[j] = d with { Cameo = e.Cameo, QuadClass = e.QuadClass, Goldstein = e.Goldstein, Plover = e.Plover, Rule = d.Rule + $"; code {e.Cameo} from '{e.Rule.Split(';')[0]}'" };
                    }
                    else if (d.Root != e.Root)
                    {
                        events[j] = d with { Rule = d.Rule + $"; the same act as '{e.Rule.Split(';')[0]}'" };
                    }
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "I will discuss with him and the Cabinet": one trigger coded twice with the same code and the same source and
    /// target codes is one event (the first, with its explanation), as GDELT and ICEWS count events. So is one whose
    /// source or target only refines the other's ("General Joseph Votel, commander, U.S. Central Command met ...":
    /// USAMIL and USA): the more specific is kept.
    /// </summary>
    private static void DropRepeatedEvents(List<CodedEvent> events, int first)
    {
        for (var i = events.Count - 1; i > first; i--)
        {
            var e = events[i];
            for (var j = first; j < i; j++)
            {
                var d = events[j];
                if (d.Trigger != e.Trigger || d.Cameo != e.Cameo || d.Negated != e.Negated || d.Modality != e.Modality)
                {
                    continue;
                }
                var (ds, es) = (d.Source.Actor?.Code, e.Source.Actor?.Code);
                var (dt, et) = (d.Target?.Actor?.Code, e.Target?.Actor?.Code);
                if (Covers(ds, es) && Covers(dt, et))
                {
                    events.RemoveAt(i); // the same event, or the earlier one is the more specific
                    break;
                }
                if (Covers(es, ds) && Covers(et, dt))
                {
                    events[j] = e;
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "The Department of Foreign Affairs lodged a diplomatic protest on Wednesday and summoned China's ambassador": a protest or
    /// recall whose target came from the story before (the state that had just acted) and another of the same code, source and
    /// target country in the sentence are one complaint; the one whose target the sentence names stays.
    /// </summary>
    private static void DropContextualRepeats(List<CodedEvent> events, int first)
    {
        for (var i = events.Count - 1; i >= first; i--)
        {
            var e = events[i];
            if (!e.Rule.Contains(ActedAgainstRule, StringComparison.Ordinal))
            {
                continue;
            }
            for (var j = first; j < events.Count; j++)
            {
                var d = events[j];
                if (j != i && d.Cameo == e.Cameo && d.Source.Actor?.Code == e.Source.Actor?.Code && d.Target?.Actor?.Country is { } country
                    && country == e.Target?.Actor?.Country && !d.Rule.Contains(ActedAgainstRule, StringComparison.Ordinal))
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private const string ActedAgainstRule = "the state that had just acted against the source";

    /// <summary>The country of a place named by the phrase at <paramref name="token"/>, as a participant (the place's country code, no sector).</summary>
    private static Participant CountryOfPlace(SentenceTree tree, int token, GeoPlace place, string country) =>
        new(tree.SpanOf(token), tree.Document.Substring(tree.SpanOf(token)), place.Name, null, new ActorRef(country, country, []));

    /// <summary>
    /// The country of the place where the verb's object is ("the attack in Douma", "the blast at the hospital in Gaza City"),
    /// or where what it is for is ("funding for projects in Niger").
    /// </summary>
    private static Participant? ObjectPlace(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        if (match.Passive || tree.ChildExact(match.Trigger, "obj") is not (var obj and >= 0))
        {
            return null;
        }
        foreach (var c in tree.Children(obj))
        {
            if (tree.RelIs(c, "nmod") && (tree.HasMarker(c, "in") || tree.HasMarker(c, "at") || tree.HasMarker(c, "near"))
                && binder.PlaceAt(tree, c) is { Country: { Length: 3 } country } place && country != ActorRef.Unknown.Code)
            {
                return CountryOfPlace(tree, c, place, country);
            }
        }
        // "froze funding for projects in Niger": what the aid is for, where that is.
        foreach (var c in tree.Children(obj))
        {
            if (!tree.RelIs(c, "nmod") || !tree.HasMarker(c, "for"))
            {
                continue;
            }
            foreach (var g in tree.Children(c))
            {
                if (tree.RelIs(g, "nmod") && tree.HasMarker(g, "in") && binder.PlaceAt(tree, g) is { Country: { Length: 3 } country } place && country != ActorRef.Unknown.Code)
                {
                    return CountryOfPlace(tree, g, place, country);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Definite act nouns that refer back to an event reported before, with the roots such an event has and the stems of
    /// the words that report it ("the raid" after "troops raided", "the arrest" after "police detained"). A noun refers only
    /// to an act reported with one of its stems: "condemned the attack" after the gunmen's attack (no actor, not coded) and
    /// "security forces killed two gunmen" is not about the security forces.
    /// </summary>
    private static readonly Dictionary<string, (string[] Roots, string[] Stems)> ActNouns = BuildActNouns();

    /// <summary>Words before "decision" or "move" that name no author or topic ("the latest move", "the surprise decision").</summary>
    private static readonly HashSet<string> PlainDecisionWords = new(StringComparer.Ordinal)
    {
        "latest", "recent", "new", "surprise", "unilateral", "controversial", "unexpected", "historic", "sudden", "final", "unanimous",
        "landmark", "bold", "long-awaited", "overdue", "welcome",
    };

    private static Dictionary<string, (string[] Roots, string[] Stems)> BuildActNouns()
    {
        string[] violent = ["18", "19", "20"];
        string[] anyRoot = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"];
        string[] decisionStems = ["decid", "decision", "rul", "order", "annul", "approv", "suspend", "lift", "impos", "announc", "vot", "reject", "accept",
            "pardon", "amnest", "commut", // ("The chairperson of the African Union Commission praised the decision" after "Chad's president pardoned 112 people")
            "grant", "expel", "recall", "withdr", "sentenc", "acquit", "convict", "drop", "releas", "restor", "readmit", "admit", "recogni", "cut", "halt", "ban",
            "deport", "extradit", // ("Cambodia deported 20 Uighurs ... the United States was deeply disturbed by the move")
            // ("Afghanistan's Taliban rulers have barred women from attending universities ... Blinken condemned the decision")
            "barred", "bars", "prohibit", "forbid", "forbad", "clos", "shut", "block", "freez", "seiz", "nationali", "expropri", "dissolv",
            "dismiss", "sack", "exclud", "revok", "cancel", "terminat", "abolish",
            "issu"]; // ("The International Criminal Court issued an arrest warrant for Putin ... Peskov rejected the decision")
        // ("Russian forces invaded Ukraine ... Stoltenberg denounced the assault")
        string[] voteStems = ["vot", "pass", "adopt", "approv", "ratif", "declar", "recogni", "endors"]; // what a legislature or council does
        // (the words of force used on people: dispersing, firing on, beating)
        string[] forceStems = ["dispers", "fire", "fir", "beat", "attack", "crack", "clash", "kill", "shoot", "shot", "use", "assault"];
        string[] attackStems = ["attack", "strik", "struck", "assault", "raid", "bomb", "shell", "hit", "storm", "pound", "airstrike", "air strike", "fire", "fired", "launch",
            "invad", "ambush", "stab", "behead", "massacr"];
        return new(StringComparer.Ordinal)
        {
            // (Force used on people is an attack too: "Chinese coast guard vessels fired water cannon at a Philippine supply boat ...
            // The United States condemned the water cannon attack", 175.)
            ["attack"] = ([.. violent, "17"], attackStems), ["assault"] = ([.. violent, "17"], attackStems),
            ["raid"] = (violent, ["raid", "storm", "attack"]),
            ["strike"] = (violent, ["strik", "struck", "airstrike", "air strike", "hit", "bomb", "attack", "launch", "fire", "fired"]),
            ["airstrike"] = (violent, ["strik", "struck", "airstrike", "air strike", "hit", "bomb", "launch"]),
            ["bombing"] = (violent, ["bomb", "strik", "struck", "shell", "pound"]), ["bombardment"] = (violent, ["bomb", "shell", "pound", "strik", "struck"]),
            ["shelling"] = (violent, ["shell", "pound", "bombard"]),
            ["operation"] = (["17", "18", "19", "20"], ["raid", "storm", "attack", "operation", "offensive", "launch", "strik", "struck", "arrest", "detain"]),
            // ("Youssouf condemned the offensive" after "M23 rebels captured the town of Uvira")
            ["offensive"] = (["19", "20"], ["offensive", "launch", "attack", "advance", "captur", "seiz", "overr", "storm"]),
            // "In Moscow, President Vladimir Putin condemned the military action" after "American cruise missiles struck Baghdad"
            ["action"] = (["15", "16", "17", "18", "19", "20"], [.. attackStems, "arrest", "detain", "expel", "sanction", "seiz", "deploy", "invad", "open"]),
            ["incursion"] = (["15", "19"], ["incursion", "enter", "cross", "push", "violat"]), ["invasion"] = (["19"], ["invad", "invasion"]),
            // ("Georgia condemned the annexation of its territory by Russia", "the occupation of the West Bank")
            ["annexation"] = (["19"], ["annex", "seiz", "occup"]), ["occupation"] = (["19"], ["occup", "seiz", "captur", "annex"]),
            // ("Defence Minister Pedro Sanchez called the abduction a flagrant violation" after "the guerrilla group kidnapped three soldiers")
            ["abduction"] = (violent, ["kidnap", "abduct", "seiz", "captur", "took", "tak"]), ["kidnapping"] = (violent, ["kidnap", "abduct", "seiz", "captur", "took", "tak"]),
            ["killing"] = (violent, ["kill", "shot", "shoot", "execut", "massacre"]), ["massacre"] = (violent, ["kill", "massacre"]),
            ["shooting"] = (violent, ["shot", "shoot", "fire", "fired"]), ["ambush"] = (violent, ["ambush"]),
            ["arrest"] = (["17"], ["arrest", "detain", "apprehend", "jail", "seiz"]), ["detention"] = (["17"], ["arrest", "detain", "jail", "held", "hold"]),
            ["crackdown"] = (["17"], ["crack", "disperse", "arrest", "detain", "crackdown"]),
            ["sentence"] = (["17"], ["sentenc", "convict", "jail"]), ["sentencing"] = (["17"], ["sentenc"]), ["conviction"] = (["17"], ["convict"]),
            ["expulsion"] = (["16", "17"], ["expel", "expul"]), ["deportation"] = (["17"], ["deport"]),
            // ("Japan's chief cabinet secretary condemned the seizure" after "Houthi fighters hijacked an Israeli-linked cargo ship ... and took
            // its 25 crew members hostage")
            ["seizure"] = (["17", "18", "19"], ["seiz", "captur", "hijack", "took", "tak"]),
            ["launch"] = (["15"], ["launch", "fire", "fired", "test"]), ["test"] = (["15"], ["test", "launch", "fire", "fired"]),
            ["sanction"] = (["16"], ["sanction", "impos", "slap", "levy", "levi"]),
            ["tariff"] = (["16"], ["tariff", "impos", "slap", "levy", "levi", "announc", "rais"]),
            // "Russia called the warrant politically motivated", "Hasina dismissed the verdict as politically motivated"
            ["warrant"] = (["17"], ["warrant", "issu", "arrest"]),
            // "Ukraine's foreign ministry criticized the visit" after "Putin arrived in New Delhi for a two-day state visit"
            ["visit"] = (["04"], ["visit", "arriv", "travel", "tour", "went", "flew"]),
            // "Neighboring countries ... condemned the attempted coup" after "soldiers surrounded the presidential palace"
            ["coup"] = (["15", "17", "19"], ["surround", "coup", "seiz", "storm", "mutin", "stag", "topp", "overthr", "ousted", "oust"]),
            // "The European Union condemned the violence against demonstrators" after "police used water cannons to disperse"
            ["violence"] = (["14", "17", "18", "19", "20"], forceStems),
            // "condemned the use of force", "condemned what she called a disproportionate use of force against peaceful demonstrators"
            // after riot police used water cannon to disperse them
            ["use"] = (["17", "18", "19", "20"], forceStems),
            ["verdict"] = (["11", "17"], ["sentenc", "convict", "verdict", "found", "jail"]),
            // ("The U.N. human rights office criticised the trial" after "A special tribunal in Dhaka sentenced opposition leader ...")
            ["trial"] = (["11", "17"], ["sentenc", "convict", "tri", "jail", "acquit", "prosecut", "charg"]),
            ["ruling"] = (["11", "16", "17"], ["rul", "sentenc", "convict", "order", "ban"]),
            // "Taiwan ... condemned the exercises as irrational provocations" after "China's military launched drills around Taiwan"
            // (Also the forces sent for them: "China sent 45 warplanes and a dozen navy ships toward Taiwan ... in large-scale military
            // drills ... President Lai Ching-te condemned the drills".)
            ["exercise"] = (["15"], ["exercis", "drill", "launch", "conduct", "stag", "hold", "held", "sent", "send", "deploy"]),
            ["drill"] = (["15"], ["exercis", "drill", "launch", "conduct", "stag", "hold", "held", "sent", "send", "deploy"]),
            // "Russia's embassy dismissed the accusations as absurd" after "The United States charged two Russians ..."
            ["criticism"] = (["11"], ["criticiz", "criticis", "condemn", "accus", "call", "denounc", "blast", "slam"]),
            ["accusation"] = (["11", "17"], ["accus", "charg", "blam", "indict"]), ["allegation"] = (["11", "17"], ["accus", "charg", "blam", "alleg"]),
            // "Doha has always denied the charges" after "The four countries ... accusing it of backing terrorism"
            ["charge"] = (["11", "17"], ["accus", "charg", "blam", "indict"]),
            // "Beijing's foreign ministry said it firmly opposed the listing of Chinese companies" after the EU's sanctions
            ["listing"] = (["16"], ["impos", "list", "sanction", "designat", "target", "blacklist"]),
            ["designation"] = (["16"], ["impos", "list", "sanction", "designat", "target", "blacklist"]),
            // "Defense Minister Ivan Velasquez rejected the claim" after "The rebel group accused the army of violating the truce"
            ["claim"] = (["11"], ["accus", "charg", "blam", "alleg", "claim"]),
            // "Prime Minister Hun Manet welcomed the release" after "Thailand released 18 Cambodian soldiers"
            ["release"] = (["08"], ["releas", "free", "freed"]), ["withdrawal"] = (["08"], ["withdr", "pull"]),
            ["handover"] = (["08"], ["hand", "return", "releas"]), ["pardon"] = (["08"], ["pardon", "amnest"]),
            // "The Chinese foreign ministry rejected the protest" after "The Philippines summoned China's ambassador"
            ["protest"] = (["11"], ["protest", "summon", "complain", "lodg", "object"]),
            ["complaint"] = (["11"], ["complain", "protest", "summon", "lodg"]),
            // "Abbott has rejected calls to apologise" after "Indonesia demanded that Australia apologise": the one who asked
            ["call"] = (["02", "10"], ["call", "urg", "demand", "ask", "press", "appeal"]), ["demand"] = (["02", "10"], ["demand", "call", "urg", "insist", "ask"]),
            ["request"] = (["02", "10"], ["request", "ask", "call", "seek", "sought", "urg", "press", "appeal"]), ["appeal"] = (["02", "10"], ["appeal", "call", "urg", "plead"]),
            ["offer"] = (["03", "05", "06", "07"], ["offer", "propos", "pledg", "promis"]), ["proposal"] = (["03", "05"], ["propos", "offer", "suggest"]),
            // "The Commonwealth Secretary-General welcomed the decision" after "Commonwealth ministers restored Fiji's membership",
            // "The main opposition welcomed the ruling" after "the court annulled the vote": what was decided, by whom
            ["decision"] = (anyRoot, decisionStems), ["move"] = (anyRoot, decisionStems), ["announcement"] = (anyRoot, ["announc", "declar", "said", "unveil"]),
            // "The French National Assembly gave final approval to a law recognising the 1915 massacres of Armenians as genocide ...
            // The Turkish foreign ministry condemned the vote": what a legislature voted, by it.
            // (Only the voting body's verbs: "Sudan rejected a U.N. Security Council decision ... Annan welcomed the vote" is not Sudan's.)
            ["vote"] = (anyRoot, voteStems), ["resolution"] = (anyRoot, voteStems),
            ["bill"] = (anyRoot, voteStems), ["law"] = (anyRoot, [.. voteStems, "enact"]),
            ["judgment"] = (["11", "16", "17"], ["rul", "sentenc", "convict", "order", "annul", "acquit", "found"]),
            ["judgement"] = (["11", "16", "17"], ["rul", "sentenc", "convict", "order", "annul", "acquit", "found"]),
        };
    }

    /// <summary>
    /// The subject of a relative clause on the act noun the match is about ("criticised the sanctions that Washington imposed"),
    /// bound to an actor; null when there is none.
    /// </summary>
    private static Participant? RelativeClauseAuthor(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        foreach (var word in match.Used.Append(tree.ChildExact(match.Trigger, "obj")))
        {
            if (word < 0 || tree.Upos(word) != Upos.NOUN || !ActNouns.ContainsKey(tree.Lemma(word).ToLowerInvariant()))
            {
                continue;
            }
            foreach (var clause in tree.Children(word))
            {
                if (tree.Rel(clause) == "acl:relcl" && tree.Upos(clause) == Upos.VERB && tree.ChildExact(clause, "nsubj") is var subject and >= 0
                    && tree.LowerForm(subject) is not ("that" or "which" or "who") && subject != match.Source
                    && binder.Bind(tree, subject).FirstOrDefault(p => p.Actor is not null) is { } author)
                {
                    return author;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The possessor of the noun a judging adjective of the match is said of: "said Spain's refusal ... was unacceptable", "said
    /// Russia's actions were illegal" (Spain, Russia); null when the noun has none.
    /// </summary>
    private static Participant? JudgedActOwner(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        foreach (var word in match.Used)
        {
            if (word != match.Trigger && tree.Upos(word) == Upos.ADJ && tree.ChildExact(word, "nsubj") is var judged and >= 0
                && tree.Upos(judged) == Upos.NOUN && tree.ChildExact(judged, "nmod:poss") is var owner and >= 0 && owner != match.Source
                && tree.Upos(owner) != Upos.PRON && binder.Bind(tree, owner).FirstOrDefault(p => p.Actor is not null) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>
    /// The source of the last event of the six sentences before whose act a definite noun of the criticism names ("the
    /// raid", "the arrest", "this attack") without saying whose it is (no possessor, demonym or by-phrase), or null.
    /// Not the critic's own act.
    /// </summary>
    private static Participant? EarlierActAuthor(SentenceTree tree, PatternMatch match, List<CodedEvent> events, List<CodedEvent> untargeted,
        IReadOnlyList<Participant> critics)
    {
        var noun = -1;
        // (Also the by-phrase of a feeling: "was deeply disturbed by the move"; and the target phrase: "voiced support for the
        // strike".)
        // (And what a free relative names: "condemned what she called a disproportionate use of force".)
        foreach (var word in match.Used.Append(tree.ChildExact(match.Trigger, "obj")).Append(PatternMatcher.NamedByFreeRelative(tree, tree.ChildExact(match.Trigger, "obj")))
            .Append(tree.ChildMarked(match.Trigger, "obl", "by")).Append(match.Target)
            // (and the subject of a judgement: "Peskov said the sanctions were illegal")
            .Concat(match.Used.Where(u => tree.Upos(u) == Upos.ADJ).Select(u => tree.ChildExact(u, "nsubj")))
            .Concat(match.Used.SelectMany(u => (int[])[tree.ChildMarked(u, "nmod", "for"), tree.ChildMarked(u, "nmod", "over"),
                tree.ChildMarked(u, "obl", "for"), tree.ChildMarked(u, "obl", "over"),
                // ("voiced disappointment with the decision")
                tree.ChildMarked(u, "nmod", "with"), tree.ChildMarked(u, "obl", "with")])))
        {
            if (word >= 0 && tree.Upos(word) == Upos.NOUN && ActNouns.ContainsKey(tree.Lemma(word).ToLowerInvariant()))
            {
                noun = word;
                break;
            }
        }
        if (noun < 0 && tree.ChildExact(match.Trigger, "obj") is var it and >= 0 && tree.Upos(it) == Upos.PRON && tree.LowerForm(it) == "it")
        {
            // "Saudi Arabia voiced support for the strike, while Iran condemned it": "it" is the act named before it in the sentence.
            noun = ActNounBefore(tree, it);
        }
        // (A bare plural of asking is the asking just reported too: "rejected calls to apologise".)
        var bareRequests = noun >= 0 && tree.Child(noun, "det") < 0 && tree.Child(noun, "nmod:poss") < 0 && tree.Pos.XposOf(noun) == "NNS"
            && tree.Lemma(noun).ToLowerInvariant() is "call" or "demand" or "request" or "appeal";
        // (A name the critic gives it refers to the act whatever its article: "condemned what she called a 'disproportionate use of
        // force'".)
        var labelled = noun >= 0 && tree.Head(noun) is var label and >= 0 && tree.RelIs(label, "acl") && tree.LowerForm(tree.Head(label)) == "what";
        if (noun < 0 || !bareRequests && !labelled
            && (tree.Child(noun, "det") is not (var det and >= 0) || tree.Lemma(det).ToLowerInvariant() is not ("the" or "this" or "that" or "these" or "those")))
        {
            return null;
        }
        foreach (var c in tree.Children(noun))
        {
            if (tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "nmod") && tree.HasMarker(c, "by")
                || tree.RelIs(c, "amod") && tree.Upos(c) is Upos.ADJ or Upos.PROPN && char.IsUpper(tree.Document.Substring(tree.SpanOf(c))[0]))
            {
                return null; // "Russia's attack", "the Israeli raid", "the attack by militants": the noun names its author
            }
        }
        if (tree.Lemma(noun).ToLowerInvariant() is "decision" or "move" or "announcement" or "judgment" or "judgement")
        {
            foreach (var c in tree.Children(noun))
            {
                if (c < noun && (tree.RelIs(c, "amod") || tree.RelIs(c, "compound")) && !PlainDecisionWords.Contains(tree.LowerForm(c)))
                {
                    return null; // "decrying the congressional move", "the court's decision", "the tariff decision": its own author or topic
                }
            }
        }
        var (roots, stems) = ActNouns[tree.Lemma(noun).ToLowerInvariant()];
        // Not the critic's own act, and another state's act first; failing that, another body of the critic's own state
        // ("Hasina dismissed the verdict" of a court; "Mikati condemned the attacks" is Israel's, not Hezbollah's reply).
        // (Within a sentence an act with a target before one without, searched from the end: "The United States fired 59 cruise
        // missiles at a Syrian air base in retaliation for a deadly chemical attack ... Putin regarded the strike as aggression" is
        // about the missiles. The untargeted acts have no target by construction.)
        // (And within a sentence the main clause's act after a subordinate one's: "Sudan revoked the licences of the 13 agencies ...
        // hours after the International Criminal Court issued an arrest warrant ... The United States and France condemned the
        // decision" is Sudan's.)
        var reported = events.Concat(untargeted).OrderBy(e => e.Sentence).ThenBy(e => AfterSubordinator(tree.Document, e.Trigger) ? 0 : 1)
            .ThenBy(e => e.Target?.Actor is null ? 0 : 1).ThenBy(e => e.Trigger.Start).ToList();
        // (First an act told with the noun's own word: "China's military launched large-scale drills around Taiwan ... Taiwan's coast
        // guard said it had dispatched patrol vessels ... Japan's top government spokesman criticised the drills" are China's.)
        var ownStem = tree.Lemma(noun).ToLowerInvariant() is var nounLemma && nounLemma.Length > 5 ? nounLemma[..5] : nounLemma;
        foreach (var ownWord in (ReadOnlySpan<bool>)[true, false])
        foreach (var domestic in (ReadOnlySpan<bool>)[false, true])
        {
            for (var i = reported.Count - 1; i >= 0; i--)
            {
                var e = reported[i];
                if (ownWord && !tree.Document.Substring(e.Trigger).StartsWith(ownStem, StringComparison.OrdinalIgnoreCase)
                    && !PatternWords(e.Rule).Any(w => w.StartsWith(ownStem, StringComparison.Ordinal)))
                {
                    continue;
                }
                // (Also earlier in the sentence: "Estonia's foreign minister accused Moscow of waging a hybrid war, while the
                // Kremlin dismissed the accusations as absurd".)
                if (e.Sentence > tree.Index || e.Sentence == tree.Index && e.Trigger.End > tree.SpanOf(match.Trigger).Start)
                {
                    continue;
                }
                if (e.Sentence < tree.Index - 6 && e.Sentence > 2)
                {
                    // (The story's lead stays in reach: "The International Criminal Court on Friday issued an arrest warrant for
                    // Russian President Vladimir Putin ... Ukrainian Foreign Minister Dmytro Kuleba welcomed the warrants" nine
                    // sentences on.)
                    continue;
                }
                var trigger = tree.Document.Substring(e.Trigger).ToLowerInvariant();
                // ("welcomed the announcement" after "The United States said it would restore full diplomatic relations": an intention
                // announced, coded 03 with the announced act as its trigger.)
                // (A demand names what it asks for, not a decision taken: "demanded the release of 30 party members" is no decision to
                // release, and "praised the decision" after a pardon was aimed at the one who demanded more.)
                var asked = e.Root is "02" or "10" && tree.Lemma(noun).ToLowerInvariant() is not ("call" or "demand" or "request" or "appeal");
                if (Array.IndexOf(roots, e.Root) >= 0 && (stems.Any(trigger.StartsWith) || !asked && PatternWords(e.Rule).Any(w => stems.Any(w.StartsWith))
                        // (A killing is the attack when its victims are no armed men: "Suspected Mai-Mai militiamen shot dead a World
                        // Health Organization epidemiologist ... Tedros condemned the attack"; "Tunisian security forces killed two of
                        // the gunmen" answered the attack.)
                        || tree.Lemma(noun).ToLowerInvariant() is "attack" or "assault" && (trigger.StartsWith("kill", StringComparison.Ordinal) || trigger.StartsWith("sho", StringComparison.Ordinal)) && e.Target?.Actor is { } victims
                            && (victims.Country != ActorRef.Unknown.Code || victims.Code.StartsWith("IGO", StringComparison.Ordinal)) && !victims.Sectors.Any(x => x is "REB" or "INS" or "UAF" or "MIL" or "CRM" or "TER")
                        || e.Root == "03" && tree.Lemma(noun).Equals("announcement", StringComparison.OrdinalIgnoreCase))
                    && e.Source.Actor is { Country: { Length: 3 } country } author
                    && (country != ActorRef.Unknown.Code || author.Code.StartsWith("IGO", StringComparison.Ordinal)) // (the EU's sanctions)
                    && !critics.Any(c => c.Actor?.Code == author.Code || country != ActorRef.Unknown.Code && c.Actor?.Country == country
                        && (!domestic || c.Actor.Sectors.Count == 0 || c.Actor.Sectors.Intersect(author.Sectors).Any()
                            // (A state named bare is criticised by its own people, not by its own bodies: "Germany deported 81 Afghan men ...
                            // Refugee rights group Pro Asyl condemned the deportations" had no target.)
                            || author.Sectors.Count == 0 && c.Actor.Sectors.Any(StateSectors.Contains))))
                {
                    return new Participant(tree.SpanOf(noun), tree.Document.Substring(tree.SpanOf(noun)), e.Source.Name, e.Source.Entity, author);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The trigger follows "after", "before" or "since" within a few words, with no punctuation between: it is the verb of a
    /// clause that dates another act ("hours after the International Criminal Court issued a warrant").
    /// </summary>
    private static bool AfterSubordinator(Document document, TextSpan trigger)
    {
        var from = Math.Max(0, trigger.Start - 60);
        var before = document.Text.AsSpan(from, trigger.Start - from);
        var cut = before.LastIndexOfAny(",;:.\"“”");
        if (cut >= 0)
        {
            before = before[(cut + 1)..];
        }
        return before.Contains(" after ", StringComparison.Ordinal) || before.Contains(" before ", StringComparison.Ordinal)
            || before.Contains(" since ", StringComparison.Ordinal) || before.StartsWith("after ", StringComparison.Ordinal);
    }

    /// <summary>
    /// The source of the last accusation (112) of the six sentences before <paramref name="sentence"/> aimed at someone of
    /// <paramref name="accused"/> by someone of another country; null if none.
    /// </summary>
    private static Participant? LastAccuser(List<CodedEvent> events, int sentence, string accused) =>
        LastEventIn(events, sentence - 6, sentence - 1, e => e.Cameo.StartsWith("112", StringComparison.Ordinal) && e.Target?.Actor?.Country == accused
            && e.Source.Actor is { Country: { Length: 3 } from } && from != accused && from != ActorRef.Unknown.Code)?.Source;

    /// <summary>The last of <paramref name="events"/> (in text order) of sentences <paramref name="first"/>..<paramref name="last"/> that fits, or null.</summary>
    private static CodedEvent? LastEventIn(List<CodedEvent> events, int first, int last, Func<CodedEvent, bool> fits)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.Sentence > last)
            {
                continue;
            }
            if (e.Sentence < first)
            {
                break;
            }
            if (fits(e))
            {
                return e;
            }
        }
        return null;
    }

    /// <summary>Nouns of an agreement between parties.</summary>
    private static readonly FrozenSet<string> DealNouns =
        new[] { "agreement", "deal", "accord", "pact", "ceasefire", "cease-fire", "truce", "treaty", "framework", "arrangement" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The object or target of the match is a definite agreement noun that names no party or name of its own ("welcomed the
    /// agreement", "rejected this deal"; not "the Minsk agreement", "Iran's nuclear deal", "the deal with Hamas").
    /// </summary>
    private static bool DealReferredTo(SentenceTree tree, PatternMatch match)
    {
        foreach (var word in (ReadOnlySpan<int>)[tree.ChildExact(match.Trigger, "obj"), match.Target])
        {
            if (word < 0 || tree.Upos(word) != Upos.NOUN || !DealNouns.Contains(tree.Lemma(word).ToLowerInvariant()))
            {
                continue;
            }
            var definite = false;
            foreach (var c in tree.Children(word))
            {
                if (tree.RelIs(c, "det"))
                {
                    definite = tree.LowerForm(c) is "the" or "this" or "that";
                }
                else if (tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "nmod") || tree.RelIs(c, "compound") && tree.Upos(c) == Upos.PROPN
                    || tree.RelIs(c, "amod") && char.IsUpper(tree.Document.Substring(tree.SpanOf(c))[0]))
                {
                    return false;
                }
            }
            return definite;
        }
        return false;
    }

    /// <summary>The last act noun ("the strike") before <paramref name="pronoun"/> in its sentence, or -1 (the caller checks that it is definite).</summary>
    private static int ActNounBefore(SentenceTree tree, int pronoun)
    {
        for (var k = pronoun - 1; k >= tree.First; k--)
        {
            if (tree.Upos(k) == Upos.NOUN && ActNouns.ContainsKey(tree.Lemma(k).ToLowerInvariant()))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// The one who holds the captives a demand names, when the same phrase says so: "demanded the immediate release of 15 Royal
    /// Navy sailors and marines seized at gunpoint by Iranian forces" (the by-agent of a participle of capture on them); null otherwise.
    /// </summary>
    private static Participant? HolderNamedWithCaptives(SentenceTree tree, ActorBinder binder, int captives)
    {
        if (captives < 0)
        {
            return null;
        }
        // (The participle may hang on the release noun: "the release of 15 sailors | seized by Iranian forces".)
        var head = tree.Head(captives);
        // (Or on the noun set off after them: "the release of Gilad Shalit, the soldier seized by militants", the apposition
        // hung on either.)
        var apposed = tree.Child(captives, "appos") is var own and >= 0 ? own : head >= 0 ? tree.Child(head, "appos") : -1;
        return HolderOnParticiple(tree, binder, captives) ?? (head >= 0 && tree.Upos(head) == Upos.NOUN ? HolderOnParticiple(tree, binder, head) : null)
            ?? (apposed > captives ? HolderOnParticiple(tree, binder, apposed) : null);
    }

    private static Participant? HolderOnParticiple(SentenceTree tree, ActorBinder binder, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if (tree.RelIs(c, "acl") && tree.Pos.XposOf(c) == "VBN" && CaptureParticiples.Contains(tree.Lemma(c).ToLowerInvariant())
                && PatternMatcher.Agent(tree, c) is { Token: >= 0 } agent
                && binder.Bind(tree, agent.Token).FirstOrDefault(p => p.Actor is { Country.Length: 3 }) is { } holder)
            {
                // ("seized by militants" in a story whose armed groups are all of one country: AddEvent's rule, here too)
                return RebelsOrJuntaOfNoCountry(holder.Actor) && StoryArmedHome(tree.Document) is { } home ? holder with { Actor = Placed(holder.Actor!, home) } : holder;
            }
        }
        return null;
    }

    private static readonly HashSet<string> CaptureParticiples = new(StringComparer.Ordinal)
    {
        "seize", "detain", "hold", "capture", "abduct", "kidnap", "arrest", "take", "jail", "imprison",
    };

    /// <summary>
    /// The author of the last arrest, detention, abduction or seizure of the six sentences up to this one whose victims are
    /// of <paramref name="country"/> (or of no stated country) and who is not of it; null if none.
    /// </summary>
    /// <remarks>
    /// A demander outside the state (a rights group, a party, a union) also asks its own state's police or courts: "The Human Rights
    /// Commission of Pakistan demanded the immediate release of the detained activists" after "Police in Punjab province arrested more
    /// than 200 opposition activists" (was aimed at the activists).
    /// </remarks>
    private static Participant? Captor(SentenceTree tree, List<CodedEvent> events, string country, ActorRef? demander = null) =>
        // (Also a prison sentence, and anyone's people when an international body asks: "A court sentenced opposition leader Kem Sokha
        // to 27 years ... The European Union criticised the verdict and called for his release".)
        LastEventIn(events, tree.Index - 6, tree.Index, e => (e.Cameo.StartsWith("173", StringComparison.Ordinal) || e.Cameo.StartsWith("181", StringComparison.Ordinal)
                || e.Cameo == "1711" || e.Cameo == "116" && e.Source.Actor?.Sectors.Contains("JUD") == true)
            && e.Source.Actor is { Country: { Length: 3 } held, Sectors: var captorSectors } && held != ActorRef.Unknown.Code
            && (held != country || demander is { Sectors: { Count: > 0 } demanderSectors } && !demanderSectors.Any(StateSectors.Contains) && captorSectors.Any(StateSectors.Contains))
            && e.Target?.Actor is { Country: var victims } && (victims == country || victims == ActorRef.Unknown.Code || country == ActorRef.Unknown.Code))?.Source;

    /// <summary>
    /// The words of the dictionary pattern an event's rule names ("carry", "out", "airstrike", "on" of
    /// '19-fight.txt:549 "S carry out airstrike on T"'): "condemned the strikes" after "carried out airstrikes".
    /// </summary>
    private static IEnumerable<string> PatternWords(string rule)
    {
        // (Every pattern the rule names: a killing merged with the strike that did it also names the strike.)
        for (var open = rule.IndexOf('"'); open >= 0;)
        {
            var close = rule.IndexOf('"', open + 1);
            if (close < 0)
            {
                yield break;
            }
            foreach (var word in rule[(open + 1)..close].ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                yield return word.TrimStart('&'); // a synonym set names its kind: "&SANCTIONN"
            }
            open = rule.IndexOf('"', close + 1);
        }
    }

    /// <summary>
    /// The actors an act with no subject was blamed on or claimed by: a relative clause on its noun ("an attack that
    /// officials blamed on X"), or the verb its noun is the passive subject of ("the bomb ... was blamed on X", "the attack
    /// was claimed by X"), for the trigger, the noun it hangs on and the noun of its in-phrase ("killed in an attack
    /// that ..."). Empty when there is none.
    /// </summary>
    private static List<Participant> BlamedAuthor(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var nouns = new List<int> { match.Trigger };
        if ((tree.RelIs(match.Trigger, "acl") || tree.Rel(match.Trigger) == "acl:relcl") && tree.Head(match.Trigger) is var owner and >= 0)
        {
            nouns.Add(owner); // "a car bomb that killed 12 people"
        }
        foreach (var c in tree.Children(match.Trigger))
        {
            if (tree.RelIs(c, "obl") && tree.HasMarker(c, "in") && tree.Upos(c) == Upos.NOUN)
            {
                nouns.Add(c); // "killed in an attack that ..."
            }
        }
        foreach (var n in nouns)
        {
            foreach (var c in tree.Children(n))
            {
                if (tree.Rel(c) == "acl:relcl" && tree.Lemma(c).ToLowerInvariant() is "blame" or "attribute" && BlamedOn(tree, binder, c) is { Count: > 0 } onRelative)
                {
                    return onRelative;
                }
            }
            if (tree.Rel(n) == "nsubj:pass" && tree.Head(n) is var verb and >= 0)
            {
                var lemma = tree.Lemma(verb).ToLowerInvariant();
                if (lemma is "blame" or "attribute" && BlamedOn(tree, binder, verb) is { Count: > 0 } onPassive)
                {
                    return onPassive;
                }
                if (lemma == "claim" && PatternMatcher.Agent(tree, verb) is { Token: >= 0 } claimer
                    && binder.Bind(tree, claimer.Token).Where(p => p.Actor is { } a && !a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)).ToList() is { Count: > 0 } claimers)
                {
                    return claimers;
                }
            }
        }
        return [];
    }

    private static List<Participant> BlamedOn(SentenceTree tree, ActorBinder binder, int verb) =>
        (tree.ChildMarked(verb, "obl", "on") is var on and >= 0 ? on : tree.ChildMarked(verb, "obl", "to")) is var blamed and >= 0
            ? [.. binder.Bind(tree, blamed).Where(p => p.Actor is { } a && !a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal))]
            : [];

    /// <summary>
    /// Who put forward what the trigger's object names: the by-phrase of a participle on it ("a proposal put forward by
    /// Egyptian and Qatari mediators", "the plan drafted by the United States"). Empty when none binds.
    /// </summary>
    private static List<Participant> ProposerOfObject(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        if (match.Passive || tree.ChildExact(match.Trigger, "obj") is not (var obj and >= 0))
        {
            return [];
        }
        foreach (var c in tree.Children(obj))
        {
            if (tree.RelIs(c, "acl") && tree.Pos.XposOf(c) == "VBN" && tree.ChildMarked(c, "obl", "by") is var by and >= 0)
            {
                return [.. binder.Bind(tree, by).Where(p => p.Actor is { } a && !a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal))];
            }
        }
        // "Ukraine accepts U.S. proposal for 30-day ceasefire", "rejected Russia's plan": the proposal's owner proposed it.
        if (tree.Lemma(obj).ToLowerInvariant() is "proposal" or "plan" or "offer" or "initiative" or "demand" or "ultimatum" or "request" or "draft")
        {
            foreach (var c in tree.Children(obj))
            {
                if ((tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "compound") && tree.Upos(c) == Upos.PROPN)
                    && binder.Bind(tree, c).Where(p => p.Actor is { } a && !a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)).ToList() is { Count: > 0 } owners)
                {
                    return owners;
                }
            }
        }
        return [];
    }

    /// <summary>
    /// The country of a place named where threatened force would be used: an in-phrase of a matched word ("use force in
    /// Niger") or of a to-clause hanging on one ("use force to restore constitutional order in Niger"). Null when none.
    /// </summary>
    private static Participant? ThreatenedPlace(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var scope = new List<int>();
        foreach (var word in match.Used)
        {
            if (word == match.Trigger)
            {
                continue; // the threat's own place ("threatened in Abuja to ...") is where it was made
            }
            scope.Add(word);
            foreach (var c in tree.Children(word))
            {
                if ((tree.RelIs(c, "acl") || tree.RelIs(c, "advcl")) && tree.HasMarker(c, "to"))
                {
                    scope.Add(c);
                }
            }
        }
        foreach (var word in scope)
        {
            foreach (var c in tree.Children(word))
            {
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && (tree.HasMarker(c, "in") || tree.HasMarker(c, "inside"))
                    && binder.PlaceAt(tree, c) is { Country: { Length: 3 } country } place && country != ActorRef.Unknown.Code)
                {
                    return CountryOfPlace(tree, c, place, country);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The party an investigation concerns, found in what is investigated (the trigger's object, or an into/of/on-phrase
    /// of a matched word: "an investigation into the alleged crimes against ..."), up to three phrases deep: the deed's
    /// doer first ("by Sudanese security forces"), else the nearest actor ("Sri Lanka's civil war"). Null when none has a
    /// country.
    /// </summary>
    private static readonly string[] InvestigatedPartyMarkers = ["of", "against", "from", "between", "with", "on"];

    private static Participant? InvestigatedParty(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var frontier = new List<int>();
        if (!match.Passive && tree.ChildExact(match.Trigger, "obj") is var obj and >= 0 && tree.Upos(obj) is Upos.NOUN or Upos.PROPN)
        {
            frontier.Add(obj); // a deed or thing, not a clause ("examining how two miners shift profits through Singapore")
        }
        foreach (var word in match.Used)
        {
            foreach (var c in tree.Children(word))
            {
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && c != match.Source && tree.Upos(c) is Upos.NOUN or Upos.PROPN
                    && (tree.HasMarker(c, "into") || tree.HasMarker(c, "of") || tree.HasMarker(c, "on")))
                {
                    frontier.Add(c);
                }
            }
        }
        (int Token, Participant Party)? nearest = null;
        for (var depth = 0; depth < 4 && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var node in frontier.Order())
            {
                if (node == match.Source)
                {
                    continue;
                }
                // (An agent the parser labelled so must still say "by": "had been brought into the country" has no doer.)
                var doer = (tree.RelIs(node, "obl:agent") || tree.RelIs(node, "obl") || tree.RelIs(node, "nmod")) && tree.HasMarker(node, "by");
                if (depth > 0 && (doer || tree.Rel(node) == "nmod:poss" || tree.RelIs(node, "amod")
                    || (tree.RelIs(node, "nmod") || tree.RelIs(node, "obl")) && tree.HasAnyMarker(node, InvestigatedPartyMarkers)))
                {
                    // Not places (in, at, through ...): deeper than the deed's own in-phrase (ObjectPlace) they are too
                    // often the place of something else ("examining how two miners shift profits through hubs in Singapore").
                    var party = binder.Bind(tree, node, viaModifiers: false).FirstOrDefault(p => p.Actor is { Country: { Length: 3 } c } && c != ActorRef.Unknown.Code);
                    if (party is not null)
                    {
                        if (doer)
                        {
                            (match.Target, match.TargetHow) = (node, $"the doer '{tree.LowerForm(node)}' of what is investigated");
                            return party;
                        }
                        nearest ??= (node, party);
                    }
                }
                foreach (var c in tree.Children(node))
                {
                    if (!(tree.RelIs(c, "punct") || tree.RelIs(c, "det") || tree.RelIs(c, "case") || tree.RelIs(c, "cc")))
                    {
                        next.Add(c);
                    }
                }
            }
            frontier = next;
        }
        if (nearest is { } found)
        {
            (match.Target, match.TargetHow) = (found.Token, $"{tree.Rel(found.Token)} '{tree.LowerForm(found.Token)}' in what is investigated");
            return found.Party;
        }
        return null;
    }

    /// <summary>The country of the place a from-phrase of the trigger names ("from the area around Kyiv"), if not the source's.</summary>
    private static Participant? WithdrawnFrom(SentenceTree tree, ActorBinder binder, PatternMatch match, string? sourceCountry)
    {
        foreach (var c in tree.Children(match.Trigger))
        {
            if (!tree.RelIs(c, "obl") || !tree.HasMarker(c, "from"))
            {
                continue;
            }
            var place = binder.PlaceAt(tree, c);
            if (place is null)
            {
                foreach (var g in tree.Children(c))
                {
                    if (tree.RelIs(g, "nmod") && (tree.HasMarker(g, "around") || tree.HasMarker(g, "near") || tree.HasMarker(g, "in") || tree.HasMarker(g, "of"))
                        && binder.PlaceAt(tree, g) is { } inner)
                    {
                        place = inner;
                        break;
                    }
                }
            }
            if (place is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code && country != sourceCountry)
            {
                return CountryOfPlace(tree, c, place, country);
            }
        }
        return null;
    }

    private static readonly string[] NearMarkers = ["near", "along", "around", "toward", "towards", "off", "on", "to", "into", "at"];

    /// <summary>Verbs of a purpose clause whose object is the adversary: "to deter Hezbollah and Iran".</summary>
    private static readonly FrozenSet<string> AgainstVerbs = new[] { "deter", "counter", "confront", "intimidate", "pressure", "warn", "fight", "combat", "attack", "punish", "contain" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of a purpose clause whose from- or against-phrase is the adversary: "to protect Israel from an Iranian attack", "to retake Marawi from Islamist militants".</summary>
    private static readonly FrozenSet<string> FromVerbs = new[] { "protect", "defend", "shield", "guard", "retake", "recapture", "liberate", "free", "secure" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The adversaries a show of force is made against, named by its purpose clause: the object of "to deter", "to
    /// counter", the from- or against-phrase of "to protect", "to retake". Only actors of another country than the
    /// source's (or of none: "Islamist militants" in the source's own country are its adversaries too).
    /// </summary>
    private static List<Participant> PurposeAdversaries(SentenceTree tree, ActorBinder binder, PatternMatch match, string? sourceCountry)
    {
        var found = new List<Participant>();
        foreach (var purpose in tree.Children(match.Trigger))
        {
            if (!tree.RelIs(purpose, "advcl") || !tree.HasMarker(purpose, "to"))
            {
                continue;
            }
            var verb = tree.Lemma(purpose).ToLowerInvariant();
            var phrases = new List<int>();
            if (AgainstVerbs.Contains(verb) && tree.ChildExact(purpose, "obj") is var adversary and >= 0)
            {
                phrases.Add(adversary);
            }
            else if (FromVerbs.Contains(verb))
            {
                var obj = tree.ChildExact(purpose, "obj");
                foreach (var head in obj >= 0 ? new[] { purpose, obj } : [purpose])
                {
                    foreach (var c in tree.Children(head))
                    {
                        if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && (tree.HasMarker(c, "from") || tree.HasMarker(c, "against")))
                        {
                            phrases.Add(c);
                        }
                    }
                }
            }
            foreach (var phrase in phrases)
            {
                foreach (var p in binder.Bind(tree, phrase))
                {
                    if (p.Actor is { Country: { Length: 3 } country } && (country != sourceCountry || p.Actor.Sectors.Any(ArmedOpposition.Contains))
                        && !(country == ActorRef.Unknown.Code && p.Actor.Sectors.Count == 0))
                    {
                        found.Add(p);
                    }
                }
            }
            if (found.Count > 0)
            {
                (match.Target, match.TargetHow) = (phrases[0], $"the purpose '{tree.LowerForm(purpose)}' of the show of force");
                return found;
            }
        }
        return found;
    }

    /// <summary>
    /// The country a show of force is near: a near/along/around/toward... phrase of the trigger, its words or its object
    /// that names a country other than the source's ("near Ukraine's coast", "along the Indian border", "around Taiwan",
    /// "near its border with South Korea"). Null when there is none.
    /// </summary>
    /// <summary>The government of the embassy or consulate a protest was held at ("outside the US embassy"), or null.</summary>
    private static Participant? EmbassyProtested(SentenceTree tree, ActorBinder binder, PatternMatch match, string? protesters)
    {
        var (first, last) = tree.SubtreeTokens(match.Trigger);
        for (var t = first; t <= last; t++)
        {
            if (tree.Lemma(t).ToLowerInvariant() is not ("embassy" or "consulate" or "mission") || !tree.IsAncestor(match.Trigger, t))
            {
                continue;
            }
            foreach (var p in binder.Bind(tree, t))
            {
                if (p.Actor is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code && country != protesters)
                {
                    return p with { Actor = new ActorRef(country + "GOV", country, ["GOV"], null, "embassy") };
                }
            }
        }
        return null;
    }

    /// <summary>A word of the match sits under "hold off" ("agreed to hold off on imposing tariffs").</summary>
    private static bool HeldOff(SentenceTree tree, PatternMatch match)
    {
        foreach (var used in match.Used)
        {
            for (var (t, hops) = (tree.Head(used), 0); t >= 0 && hops < 6 && t != match.Trigger; t = tree.Head(t), hops++)
            {
                if (tree.Lemma(t).ToLowerInvariant() == "hold" && HasChildLemma(tree, t, "off"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A show of force whose purpose is to stop a flow of drugs, migrants or crime ("to stem the flow of drugs").</summary>
    private static bool PolicingPurpose(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if ((tree.RelIs(c, "advcl") || tree.RelIs(c, "xcomp")) && tree.HasMarker(c, "to")
                && tree.Lemma(c).ToLowerInvariant() is "stem" or "curb" or "stop" or "combat" or "fight" or "tackle" or "prevent" or "halt" or "reduce" or "counter"
                && tree.ChildExact(c, "obj") is var goal and >= 0
                && (tree.Lemma(goal).ToLowerInvariant() is "flow" or "smuggling" or "trafficking" or "crime" or "migration" or "drug" or "drugs" or "crossing" or "crossings"
                    or "violence" or "gang" or "gangs" or "cartel" or "cartels" or "fentanyl"))
            {
                return true;
            }
        }
        return false;
    }

    private static Participant? ForcePostureTarget(SentenceTree tree, ActorBinder binder, PatternMatch match, string? sourceCountry)
    {
        var anchors = new List<int>(match.Used);
        if (tree.ChildExact(match.Trigger, "obj") is var obj and >= 0 && !anchors.Contains(obj))
        {
            anchors.Add(obj);
        }
        foreach (var a in anchors.ToArray())
        {
            foreach (var c in tree.Children(a))
            {
                if (tree.RelIs(c, "conj") && tree.Upos(c) is Upos.NOUN or Upos.PROPN && !anchors.Contains(c))
                {
                    anchors.Add(c); // "sent 30 warplanes and nine navy ships toward Taiwan": the place hangs on the last conjunct
                }
            }
        }
        foreach (var a in anchors)
        {
            foreach (var c in tree.Children(a))
            {
                if (!(tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")))
                {
                    continue;
                }
                if (tree.HasMarker(c, "in") && binder.PlaceAt(tree, c) is { Country: { Length: 3 } abroad } place && abroad != ActorRef.Unknown.Code
                    && abroad != sourceCountry)
                {
                    // "staged exercises in occupied Crimea": drills on another country's territory are aimed at it
                    return CountryOfPlace(tree, c, place, abroad);
                }
                if (tree.HasMarker(c, "with") && tree.SubtreeTokens(c).First is var with && with - 1 >= tree.First
                    && tree.Lemma(with - 1).ToLowerInvariant() is "border" or "frontier" or "boundary"
                    && binder.Bind(tree, c).FirstOrDefault(p => p.Actor is { Country: { Length: 3 } n } && n != ActorRef.Unknown.Code && n != sourceCountry) is { } neighbour)
                {
                    // "deployed troops along the border with Israel", its with-phrase read as the verb's
                    return neighbour with { Actor = new ActorRef(neighbour.Actor!.Country!, neighbour.Actor.Country!, []) };
                }
                if (!tree.HasAnyMarker(c, NearMarkers))
                {
                    continue;
                }
                var phrases = new List<int> { c };
                foreach (var g in tree.Children(c))
                {
                    if (tree.RelIs(g, "nmod") && (tree.HasMarker(g, "with") || tree.HasMarker(g, "of") || tree.HasMarker(g, "near")))
                    {
                        phrases.Add(g); // "near its border with South Korea", "in the Black Sea near Ukraine's coast"
                    }
                }
                foreach (var phrase in phrases)
                {
                    foreach (var p in binder.Bind(tree, phrase))
                    {
                        if (p.Actor is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code && country != sourceCountry)
                        {
                            return p with { Actor = new ActorRef(country, country, []) };
                        }
                    }
                }
            }
        }
        return null;
    }

    /// <summary>A protest noun the pattern matched ("broke up a rally"), or -1.</summary>
    private static int DispersedGathering(SentenceTree tree, PatternMatch match)
    {
        foreach (var word in match.Used)
        {
            if (word != match.Trigger && tree.Upos(word) == Upos.NOUN && ProtestWords.Contains(tree.Lemma(word).ToLowerInvariant()))
            {
                return word;
            }
        }
        return -1;
    }

    /// <summary>"an opposition march", "an anti-government rally": the gathering is the opposition's.</summary>
    private static bool OppositionGathering(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if ((tree.RelIs(c, "compound") || tree.RelIs(c, "amod")) && tree.LowerForm(c) is "opposition" or "anti-government" or "antigovernment" or "pro-democracy")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The author of the act that an after/following phrase or clause of the trigger names: the possessor or demonym of its
    /// noun ("after North Korea's fifth nuclear test"), or the actor or qualifier of its clause's subject ("after a North
    /// Korean missile flew over Hokkaido"). Null when it names none, or only the source's own country.
    /// </summary>
    private static Participant? ProvocationAuthor(SentenceTree tree, ActorBinder binder, PatternMatch match, string? sourceCountry)
    {
        foreach (var c in tree.Children(match.Trigger))
        {
            if (!(tree.HasMarker(c, "after") || tree.HasMarker(c, "following")))
            {
                continue;
            }
            var noun = tree.RelIs(c, "obl") ? c : tree.RelIs(c, "advcl") ? tree.Child(c, "nsubj") : -1;
            if (noun < 0)
            {
                continue;
            }
            var author = HasActor(binder, tree, noun) && tree.RelIs(c, "advcl") ? noun : Qualifier(tree, binder, match, noun, authorsOnly: true).Token;
            if (author < 0)
            {
                continue;
            }
            foreach (var p in binder.Bind(tree, author))
            {
                if (p.Actor is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code && country != sourceCountry)
                {
                    return p;
                }
            }
        }
        return null;
    }

    /// <summary>Participles that name a mediator in their by-phrase: "a deal brokered by China", "negotiations mediated by Qatar".</summary>
    private static readonly FrozenSet<string> MediationParticiples = new[] { "broker", "mediate", "facilitate" }.ToFrozenSet(StringComparer.Ordinal);

    // "brokered" as an adjective keeps its form as lemma ("an Egyptian-brokered ceasefire").
    private static bool IsMediationParticiple(SentenceTree tree, int t) =>
        MediationParticiples.Contains(tree.Lemma(t).ToLowerInvariant()) || tree.LowerForm(t) is "brokered" or "mediated" or "facilitated";

    /// <summary>
    /// "Saudi Arabia and Iran agreed to restore diplomatic relations ..., in a deal brokered by China", "signed an
    /// agreement after a year of negotiations mediated by Qatar": the one a deal or talks were brokered by mediates
    /// (045) between the parties of what the sentence reports, its events' sources and targets.
    /// </summary>
    private void AddMediators(SentenceTree tree, ActorBinder binder, List<CodedEvent> events, int first, TimeExpressionLayer? times)
    {
        var recent = binder.RecentParties ?? binder.RecentStates;
        // The parties of an agreement or ceasefire of the two sentences before, for talks measured in time that led to it ("...
        // signed a ceasefire on Thursday. The deal followed weeks of talks mediated by the east African bloc IGAD.").
        var agreed = RecentAgreement(events, tree.Index, 2);
        // Protests, shows of force, coercion and assaults have no parties a mediator brings together: "Angry crowds stormed
        // government buildings after Pashinyan signed a Russia-brokered agreement" is not Russia mediating between the
        // crowds and the government.
        // (Nor does one who stops talks or cuts ties: "Belgrade announced that it was suspending its participation in the EU-facilitated
        // dialogue with Pristina" is no EU mediation today.)
        var brought = events.Skip(first).Where(e => e.Root is not ("14" or "15" or "16" or "17" or "18")).ToList();
        if (Lookup("045") is not { } mediate || brought.Count == 0 && recent is null && agreed is null)
        {
            return;
        }
        for (var t = tree.First; t < tree.End; t++)
        {
            if (!IsMediationParticiple(tree, t) || MediatedThingNotHeldNow(tree, t, times))
            {
                continue;
            }
            var glued = t - 2 >= tree.First && tree.LowerForm(t - 1) is "-" or "–" && tree.Head(t - 2) != t ? t - 2 : -1;
            var candidates = new List<int>();
            foreach (var c in tree.Children(t))
            {
                candidates.Add(c);
            }
            if (glued >= 0)
            {
                candidates.Add(glued);
            }
            foreach (var by in candidates)
            {
                // "a ceasefire brokered by Egypt" (tagged VBN or VBD, an acl or, misparsed, an advcl), "an Egyptian-brokered
                // ceasefire", "a U.S.-brokered deal" (the actor before the hyphen hangs on the participle, or on the noun).
                var agent = (tree.RelIs(by, "obl") || tree.RelIs(by, "nmod")) && tree.HasMarker(by, "by");
                var prefix = by == glued || (tree.RelIs(by, "amod") || tree.RelIs(by, "compound") || tree.RelIs(by, "nmod") || tree.RelIs(by, "obl:npmod")) && by < t
                    && by + 1 < t && tree.LowerForm(by + 1) is "-" or "–";
                if (!agent && !prefix)
                {
                    continue;
                }
                // With no event of its own, the sides are those of the agreement or ceasefire just reported ("The talks were mediated
                // by an African Union panel"), else of the last fight or talks, for talks the text has named before.
                (Participant First, Participant Second)? sidesBefore = null;
                if (brought.Count == 0)
                {
                    var known = MediatedThingIsKnown(tree, t);
                    sidesBefore = agreed is not null && (known || TimeMeasuredTalks(tree, t)) ? agreed : known ? recent : null;
                    if (sidesBefore is null)
                    {
                        continue; // "Several ceasefires brokered by Angola and Kenya in recent years collapsed": not the deal just reported
                    }
                }
                var mediators = binder.Bind(tree, by).Where(p => p.Actor is { Country.Length: 3 }).ToList();
                // "The deal was reached after indirect negotiations ... mediated by Egypt, Qatar and Turkey": with no event of its
                // own, the sentence's mediation is between the parties of the agreement or fight reported just before.
                var template = brought.Count > 0 ? brought[0]
                    : new CodedEvent(tree.Index, mediate.Code, mediate.Root, mediate.QuadClass, mediate.Goldstein, null, sidesBefore!.Value.First, null, null,
                        times?.Published ?? tree.Document.Metadata.Date, false, EventModality.Asserted, tree.SpanOf(t), "");
                // The events' sources, and their targets of another country: "Venezuela released four detained U.S. citizens, and hours
                // later the U.S. Treasury eased sanctions on ..., in a deal facilitated by Qatar" is mediation between Venezuela and the
                // U.S. government, not also with the citizens and the company ("South Sudan's government and rebels signed a
                // ceasefire" keeps both sides of one country).
                var actingCountries = brought.Select(e => e.Source?.Actor?.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var sides = brought.Count > 0
                    ? brought.Select(e => e.Source).Concat(brought.Select(e => e.Target).Where(t => t?.Actor?.Country is not { } c || !actingCountries.Contains(c)))
                    : [sidesBefore!.Value.First, sidesBefore.Value.Second];
                var parties = sides.OfType<Participant>()
                    .Where(p => p.Actor is not null && !mediators.Any(m => m.Actor!.Country == p.Actor.Country))
                    .DistinctBy(p => p.Actor!.Code).ToList();
                if (parties.Count < 2)
                {
                    continue; // a mediator mediates between sides: one party alone is no mediation we can see
                }
                var how = agent ? $"'{tree.LowerForm(t)}' by '{tree.LowerForm(by)}'" : $"'{tree.LowerForm(by)}-{tree.LowerForm(t)}'";
                // (The participle may be the root of a misparsed sentence: "Talks between Serbia and Kosovo, brokered by the EU,
                // collapsed" had no head to name, and the index -1 crashed the pipeline.)
                var mediated = tree.Head(t) is var head and >= 0 ? $" of '{tree.LowerForm(head)}'" : "";
                var rule = $"mediation: {how}{mediated} (between the parties of {(brought.Count > 0 ? "the sentence's events" : "what the story reported just before")})";
                foreach (var mediator in mediators)
                {
                    foreach (var party in parties)
                    {
                        events.Add(template with
                        {
                            Cameo = mediate.Code,
                            Root = mediate.Root,
                            QuadClass = mediate.QuadClass,
                            Goldstein = mediate.Goldstein,
                            Plover = mediate.PloverType is null ? null : new PloverCode(mediate.PloverType, mediate.PloverMode),
                            Source = mediator,
                            Target = party,
                            Negated = false,
                            Trigger = tree.SpanOf(t),
                            Rule = rule,
                        });
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Iran warned Israel that it would launch a much bigger attack if Israel retaliated": the warning (138) and the act it
    /// threatens (1384) are one threat between the same two actors; the more specific code stays.
    /// </summary>
    private static void DropGeneralThreats(List<CodedEvent> events, int first)
    {
        for (var i = events.Count - 1; i >= first; i--)
        {
            var e = events[i];
            if (e.Root != "13")
            {
                continue;
            }
            // (The root's own code, 130, is the general one of every 13x: "threatened" 130 and "to halt cooperation" 1313.)
            var general = e.Cameo == "130" ? "13" : e.Cameo;
            if (events.Skip(first).Any(d => !ReferenceEquals(d, e) && d.Root == "13" && d.Cameo.Length > general.Length && d.Cameo != e.Cameo
                && d.Cameo.StartsWith(general, StringComparison.Ordinal)
                && d.Source.Actor?.Code == e.Source.Actor?.Code && d.Target?.Actor?.Code == e.Target?.Actor?.Code))
            {
                events.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "Thousands of Cubans took part in protests against the government, chanting 'freedom'", "workers went on a general
    /// strike to protest police violence": one protest, told by several verbs of one sentence, is one event (the first).
    /// </summary>
    private static void DropRepeatedProtests(List<CodedEvent> events, int first)
    {
        for (var i = events.Count - 1; i > first; i--)
        {
            var e = events[i];
            if (!e.Cameo.StartsWith("14", StringComparison.Ordinal))
            {
                continue;
            }
            for (var j = first; j < i; j++)
            {
                var d = events[j];
                if (d.Cameo.StartsWith("14", StringComparison.Ordinal) && d.Negated == e.Negated && d.Modality == e.Modality
                    && d.Source.Actor?.Country == e.Source.Actor?.Country && d.Target?.Actor?.Country == e.Target?.Actor?.Country)
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>Code <paramref name="specific"/> is <paramref name="general"/>, or it with more sectors: USAMIL covers USA.</summary>
    private static bool Covers(string? specific, string? general) =>
        specific == general || specific is not null && general is not null && general.Length >= 3 && specific.Length > general.Length
        && specific.StartsWith(general, StringComparison.Ordinal);

    private static readonly HashSet<string> AerialWords = new(StringComparer.Ordinal)
    {
        // Not "fighter": "rebel fighters" are men; "fighter jets" have their "jet".
        "aircraft", "warplane", "jet", "plane", "airplane", "bomber", "drone", "helicopter", "gunship", "airstrike", "air", "missile", "airforce", "f-16", "f-15", "f-35", "su-24", "su-25",
    };

    private static readonly HashSet<string> ArtilleryWords = new(StringComparer.Ordinal)
    {
        "artillery", "shell", "shelling", "mortar", "howitzer", "tank", "rocket", "cannon", "barrage",
    };

    /// <summary>
    /// 195 for aerial weapons, 194 for artillery and tanks, found in the trigger's words or the source phrase; 1831 for a
    /// suicide bomber ("An Islamic State suicide bomber attacked an election rally" is a suicide bombing, not an air raid).
    /// </summary>
    private static string? Instrument(SentenceTree tree, PatternMatch match)
    {
        var tokens = new List<int>(match.Used);
        if (match.Source >= 0)
        {
            tokens.Add(match.Source);
            foreach (var c in tree.Children(match.Source))
            {
                tokens.Add(c);
            }
        }
        foreach (var t in match.Used.ToArray())
        {
            foreach (var c in tree.Children(t))
            {
                if (tree.RelIs(c, "obl") || tree.RelIs(c, "obj") || tree.RelIs(c, "compound"))
                {
                    tokens.Add(c);
                }
                if (tree.RelIs(c, "obj"))
                {
                    // "fired hundreds of drones and missiles at Israel": the weapons of a quantity, and their conjuncts
                    foreach (var g in tree.Children(c))
                    {
                        if (tree.RelIs(g, "nmod") && tree.HasMarker(g, "of") || tree.RelIs(g, "conj"))
                        {
                            tokens.Add(g);
                            foreach (var h in tree.Children(g))
                            {
                                if (tree.RelIs(h, "conj"))
                                {
                                    tokens.Add(h);
                                }
                            }
                        }
                    }
                }
            }
        }
        foreach (var t in tokens)
        {
            var lemma = tree.Lemma(t).ToLowerInvariant();
            if (lemma == "bomber" && HasChildLemma(tree, t, "suicide"))
            {
                return "1831";
            }
            if (AerialWords.Contains(lemma))
            {
                return "195";
            }
        }
        foreach (var t in tokens)
        {
            if (ArtilleryWords.Contains(tree.Lemma(t).ToLowerInvariant()))
            {
                return "194";
            }
        }
        return null;
    }

    /// <summary>
    /// The brokered thing's clause says it has not happened or happened long ago: "a new round of U.S.-brokered talks could take place
    /// later this month" (a modal), "A U.N.- and Turkish-brokered deal ... collapsed in July" in a story of March (background). The
    /// participle <paramref name="t"/> hangs on the thing, which hangs (through of-phrases) on the clause's verb.
    /// </summary>
    private bool MediatedThingNotHeldNow(SentenceTree tree, int t, TimeExpressionLayer? times)
    {
        if (!tree.Rel(t).StartsWith("acl", StringComparison.Ordinal) && !tree.RelIs(t, "amod"))
        {
            return false;
        }
        var x = tree.Head(t);
        for (var hops = 0; x >= 0 && hops < 4 && tree.Upos(x) is Upos.NOUN or Upos.PROPN && tree.Rel(x) is "nmod" or "conj" or "appos"; hops++)
        {
            x = tree.Head(x);
        }
        if (x < 0 || tree.Upos(x) is Upos.NOUN or Upos.PROPN && !tree.Rel(x).StartsWith("nsubj", StringComparison.Ordinal))
        {
            return false;
        }
        var verb = tree.Upos(x) is Upos.NOUN or Upos.PROPN ? tree.Head(x) : -1;
        verb = verb >= 0 ? verb : x;
        if (Modality(tree, verb) is { Modality: EventModality.Future or EventModality.Hypothetical or EventModality.Conditional })
        {
            return true;
        }
        return !_options.KeepBackground && times?.Published is { } published
            && EventDates.PointInTime(tree, verb, times) is { } when && when < published.AddDays(-_options.BackgroundDays);
    }

    /// <summary>
    /// Whether what the participle <paramref name="t"/> says was brokered points back to the story's deal or talks: a
    /// definite or possessed noun ("the deal", "the talks ... mediated by"), or a clause of its own; not "several ceasefires
    /// brokered by Angola and Kenya in recent years" or "The Indus Waters Treaty, brokered by the World Bank in 1960".
    /// </summary>
    private static bool MediatedThingIsKnown(SentenceTree tree, int t)
    {
        // (The parser may make the participle the sentence's verb: "Several ceasefires | brokered by Angola ... collapsed".)
        var noun = tree.Rel(t).StartsWith("acl", StringComparison.Ordinal) ? tree.Head(t) : tree.Child(t, "nsubj");
        if (noun < 0 || tree.Upos(noun) is not (Upos.NOUN or Upos.PROPN))
        {
            return true;
        }
        if (tree.Upos(noun) == Upos.PROPN)
        {
            return false; // a named treaty
        }
        foreach (var c in tree.Children(noun))
        {
            if (tree.RelIs(c, "det") && tree.LowerForm(c) is "the" or "this" or "that" || tree.Rel(c) == "nmod:poss")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The object of a mediation verb is a definite agreement or ceasefire, a member of the dictionary's &amp;DEAL or &amp;CEASEFIRE
    /// ("brokered the deal", "mediated the truce").
    /// </summary>
    private bool MediatedDeal(SentenceTree tree, PatternMatch match) =>
        tree.ChildExact(match.Trigger, "obj") is var deal and >= 0 && tree.Lemma(deal).ToLowerInvariant() is var lemma
        && (dictionary.Synonyms.TryGetValue("&DEAL", out var deals) && deals.Contains(lemma)
            || dictionary.Synonyms.TryGetValue("&CEASEFIRE", out var ceasefires) && ceasefires.Contains(lemma))
        && tree.Child(deal, "det") is var det and >= 0 && tree.LowerForm(det) is "the" or "this" or "that";

    /// <summary>
    /// The two parties of the last agreement signed or ceasefire (057, 0871) in the <paramref name="window"/> sentences before
    /// <paramref name="sentence"/>, for the mediation that led to it; null if none.
    /// </summary>
    private static (Participant First, Participant Second)? RecentAgreement(List<CodedEvent> events, int sentence, int window) =>
        LastPair(events, sentence, window, e => e.Cameo is "0871" or "057"
            && e.Target?.Actor is { } second && e.Source.Actor is { } first && first.Code != second.Code && Side(first) && Side(second));

    /// <summary>
    /// "The deal followed weeks of talks mediated by the east African bloc IGAD", "after three days of negotiations brokered by
    /// Qatar": talks measured in time, the ones that led to the agreement the story reports.
    /// </summary>
    private static bool TimeMeasuredTalks(SentenceTree tree, int t) =>
        tree.Rel(t).StartsWith("acl", StringComparison.Ordinal) && tree.Head(t) is var noun and >= 0 && tree.RelIs(noun, "nmod") && tree.HasMarker(noun, "of")
        && tree.Head(noun) is var span and >= 0 && tree.Lemma(span).ToLowerInvariant() is "day" or "week" or "month" or "year" or "hour" or "round";

    /// <summary>The most parties a reciprocal act is coded between, pair by pair (four make twelve events).</summary>
    private const int MaxReciprocalParties = 4;

    /// <summary>"attended the meeting": a bare definite meeting noun is the meeting the text reported before, of other parties.</summary>
    private static bool AttendedTheMeetingBefore(SentenceTree tree, int trigger)
    {
        if (tree.Lemma(trigger).ToLowerInvariant() != "attend" || tree.Child(trigger, "obj") is not (var meeting and >= 0)
            || tree.Lemma(meeting).ToLowerInvariant() is not ("meeting" or "talks" or "negotiations" or "ceremony" or "signing"))
        {
            return false;
        }
        var definite = false;
        foreach (var c in tree.Children(meeting))
        {
            if (tree.RelIs(c, "det"))
            {
                definite = tree.LowerForm(c) == "the";
            }
            else if (!tree.RelIs(c, "punct") && !tree.RelIs(c, "case"))
            {
                return false; // "attended a meeting of foreign ministers", "the Putrajaya talks": their own meeting
            }
        }
        return definite;
    }

    /// <summary>What one gives of one's own: the possessor of "the EU's condolences" or "Japan's support" is the giver.</summary>
    private static readonly HashSet<string> GiverNouns = new(StringComparer.Ordinal)
    {
        "condolence", "sympathy", "congratulation", "thanks", "gratitude", "apology", "solidarity", "greeting", "regard", "wish",
    };

    /// <summary>"attended the talks as observers": the trigger's "as" phrase makes its subjects onlookers.</summary>
    private static bool AsObservers(SentenceTree tree, int trigger)
    {
        // (The parser hangs the "as" phrase on the verb or on its object: "attended [the meeting as observers]".)
        foreach (var c in tree.Children(trigger))
        {
            if (tree.HasMarker(c, "as") && tree.Lemma(c).ToLowerInvariant() is "observer" or "guest" or "witness" or "onlooker"
                || tree.RelIs(c, "obj") && AsObservers(tree, c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs of fighting that news also uses for arguing and campaigning.</summary>
    /// <summary>Things only an economic "attack" or "war" is aimed at (<see cref="EconomicFigure"/>).</summary>
    private static readonly FrozenSet<string> EconomicTargets = new[]
    {
        "economy", "economies", "currency", "lira", "rouble", "ruble", "market", "markets", "industry", "industries", "export", "exports",
        "import", "imports", "trade", "price", "prices", "investment", "investments", "sector", // (not companies: "seized companies" is a seizure)
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Measures whose elaboration is no violence: "imposed sanctions ..., targeting its state banks", "banned imports ..., striking back".</summary>
    private static readonly FrozenSet<string> EconomicMeasures = new[]
    {
        "sanction", "sanctions", "tariff", "tariffs", "duty", "duties", "ban", "import", "imports", "export", "exports", "embargo", "levy", "quota", "quotas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a war, fight or front economic: "trade war", "tariff fight", "price war".</summary>
    private static readonly FrozenSet<string> EconomicWarModifiers = new[]
    {
        "trade", "tariff", "price", "currency", "economic", "commercial", "chip", "tech", "technology",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An act of force that is a figure of economic conflict: aimed at an economy or market ("deliberate attacks by the U.S.
    /// administration on the Turkish economy"), elaborating an economic measure ("imposed sanctions ..., targeting its state
    /// banks", "banned imports ..., striking back at countries"), or set in a trade war ("fired the opening shot in what it
    /// called the largest trade war", "opened a new front in his administration's trade fight").
    /// </summary>
    private static bool EconomicFigure(SentenceTree tree, int trigger)
    {
        if (tree.Lemma(trigger).ToLowerInvariant() is "bomb" or "shell" or "bombard" or "raid" or "storm" or "torch" or "loot" or "burn" or "detonate")
        {
            return false; // "Myanmar military aircraft bombed a crowded market": bombs fall on a market place, not on prices
        }
        if (tree.ChildExact(trigger, "obj") is var thrown and >= 0 && tree.Lemma(thrown).ToLowerInvariant() is "bomb" or "missile" or "rocket" or "shell" or "grenade" or "mortar" or "drone")
        {
            return false; // "a junta fighter jet dropped two bombs on a crowded market", "fired rockets at the market"
        }
        foreach (var c in tree.Children(trigger))
        {
            if ((tree.RelIs(c, "obj") || (tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && tree.HasMarker(c, "on")) && EconomicTargets.Contains(tree.Lemma(c)))
            {
                return true;
            }
            if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod") || tree.RelIs(c, "obj")) && EconomicWar(tree, c))
            {
                return true;
            }
            foreach (var g in tree.Children(c))
            {
                if ((tree.RelIs(g, "obl") || tree.RelIs(g, "nmod") || tree.RelIs(g, "acl:relcl")) && EconomicWar(tree, g))
                {
                    return true; // "the opening shot in [what it called the largest trade war]"
                }
                if ((tree.RelIs(g, "obl") || tree.RelIs(g, "nmod")) && tree.HasMarker(g, "on") && EconomicTargets.Contains(tree.Lemma(g)))
                {
                    return true; // "attacks by the U.S. administration [on the Turkish economy]" with the on-phrase on the attacker
                }
            }
        }
        // (A participle without a subject of its own: "imposed sanctions on Russia after it invaded Ukraine" reports an invasion.)
        if ((tree.RelIs(trigger, "advcl") || tree.RelIs(trigger, "conj") || tree.RelIs(trigger, "xcomp")) && tree.Pos.XposOf(trigger) == "VBG"
            && tree.Child(trigger, "nsubj") < 0 && tree.Head(trigger) is var measure and >= 0)
        {
            foreach (var c in tree.Children(measure))
            {
                if (tree.RelIs(c, "obj") && EconomicMeasures.Contains(tree.Lemma(c)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Nouns of conflict an economic modifier makes figurative (<see cref="EconomicWar"/>); case-insensitive, no lower-casing per token.</summary>
    private static readonly FrozenSet<string> ConflictNouns = new[]
    {
        "war", "fight", "battle", "front", "dispute", "spat", "row", "conflict",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A war, fight, battle or front qualified as economic ("trade war"), in <paramref name="t"/>'s phrase.</summary>
    private static bool EconomicWar(SentenceTree tree, int t)
    {
        var (first, last) = tree.SubtreeTokens(t);
        for (var n = first; n <= last; n++)
        {
            if (ConflictNouns.Contains(tree.Lemma(n)))
            {
                foreach (var m in tree.Children(n))
                {
                    if ((tree.RelIs(m, "compound") || tree.RelIs(m, "amod")) && EconomicWarModifiers.Contains(tree.LowerForm(m)))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> FigurativeFightVerbs =
        new[] { "fight", "battle", "combat", "struggle", "wrestle", "pound", "clash" }.ToFrozenSet(StringComparer.Ordinal);

    private static bool HasChildLemma(SentenceTree tree, int t, string lemma)
    {
        foreach (var c in tree.Children(t))
        {
            if (tree.Lemma(c).Equals(lemma, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ProtestWords = new(StringComparer.Ordinal)
    {
        "protest", "protester", "protestor", "demonstrator", "demonstration", "rally", "march", "marcher", "strike", "striker", "sit-in",
        "boycott", "picket", "riot", "rioter", "dissent", "dissident", "chant", "slogan", "activist", "crowd", "placard", "banner", "hunger",
        "walkout", "blockade", "barricade", "unrest", "uprising",
    };

    private static bool IsMilitaryStrike(SentenceTree tree, int t)
    {
        if (tree.Lemma(t).ToLowerInvariant() != "strike")
        {
            return false;
        }
        foreach (var c in tree.Children(t))
        {
            if ((tree.RelIs(c, "compound") || tree.RelIs(c, "amod")) && tree.Lemma(c).ToLowerInvariant() is "air" or "drone" or "missile" or "military" or "aerial" or "rocket" or "precision" or "retaliatory")
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ProtestSectors = new(StringComparer.Ordinal) { "OPP", "LAB", "EDU", "CVL", "REL", "HRI", "AGR" };

    private static readonly HashSet<string> StateSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "LEG", "JUD", "COP", "SPY" };

    /// <summary>A country, its government, forces, legislature, courts or police, or an international body (<see cref="EventPattern.StateTarget"/>).</summary>
    private static bool StateOrInternational(ActorRef a) =>
        a.Code.StartsWith("IGO", StringComparison.Ordinal) || a.Country is { } c && c != ActorRef.Unknown.Code && a.Sectors.All(StateSectors.Contains);

    private static bool ProtestContext(SentenceTree tree, IReadOnlyList<Participant> sources, int trigger)
    {
        // "Israelis demonstrated against the government": "demonstrate" with no object or clause is itself the protest word
        // ("demonstrated its missile capability" is not).
        if (tree.Lemma(trigger).Equals("demonstrate", StringComparison.OrdinalIgnoreCase) && tree.Child(trigger, "obj") < 0 && tree.Child(trigger, "ccomp") < 0)
        {
            return true;
        }
        if (Celebration(tree))
        {
            return false; // "poured into the streets of Baku to celebrate, honking car horns", "Jubilant crowds marched": no protest
        }
        for (var t = tree.First; t < tree.End; t++)
        {
            if (ProtestWords.Contains(tree.Lemma(t).ToLowerInvariant()) && !IsMilitaryStrike(tree, t))
            {
                return true;
            }
        }
        // People who merely gather in a place are a crowd, not a protest ("Over 2,000 people representing 90 countries gathered
        // in Santa Clara", a conference); people gathered outside a building ("outside the parliament"), and students,
        // workers or opposition members who gather, usually protest.
        var crowd = tree.Lemma(trigger).ToLowerInvariant() is "gather" or "assemble" or "congregate" && !GatheredAtASite(tree, trigger);
        return sources.Any(s => s.Actor is { } a && a.Sectors.Any(x => ProtestSectors.Contains(x) && !(crowd && x == "CVL")));
    }

    /// <summary>A sentence of celebration with no word of grievance: crowds that celebrate, cheer or rejoice do not protest.</summary>
    private static bool Celebration(SentenceTree tree)
    {
        var celebrating = false;
        for (var t = tree.First; t < tree.End; t++)
        {
            var lemma = tree.Lemma(t).ToLowerInvariant();
            if (GrievanceWords.Contains(lemma))
            {
                return false;
            }
            celebrating |= CelebrationWords.Contains(lemma);
        }
        return celebrating;
    }

    private static readonly HashSet<string> CelebrationWords = new(StringComparer.Ordinal)
    {
        "celebrate", "celebration", "celebratory", "jubilant", "jubilation", "rejoice", "rejoicing", "festive", "festivity", "euphoric",
        "euphoria", "cheer", "cheering",
    };

    private static readonly HashSet<string> GrievanceWords = new(StringComparer.Ordinal)
    {
        "protest", "protester", "protestor", "against", "demand", "anger", "angry", "outrage", "denounce", "condemn", "oppose", "riot",
        "clash", "grievance", "furious",
    };

    private static bool GatheredAtASite(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "obl") && (tree.HasMarker(c, "outside") || tree.HasMarker(c, "front") || tree.HasMarker(c, "near") || tree.HasMarker(c, "at")))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> OfficialSectors = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "LEG", "JUD", "IGO", "NGO", "PTY", "OPP", "REB", "INS", "SEP", "ELI", "COP", "SPY", "HRI",
    };

    /// <summary>An official or organised actor: a government, party, force, group or international body, or a named person with a role.</summary>
    private static bool IsOfficial(Participant p) =>
        p.Actor is { } a && (a.Sectors.Any(OfficialSectors.Contains) || a.Code.StartsWith("IGO", StringComparison.Ordinal)
            // (A named person with a role, unless the role is a private one: Gershkovich's "reporting trip" was a visit.)
            || a.Role is not null && a.Name is not null && !a.Sectors.Any(s => s is "MED" or "CVL" or "BUS" or "EDU" or "HLH" or "CRM" or "REF" or "LAB"));

    /// <summary>
    /// A story about sport: sports words in at least two sentences and in at least a tenth of them. There a bare
    /// country name is a national team, so its "wins", "defeats" and "clashes" are matches (one mention of the
    /// World Cup in a political story does not make it one).
    /// </summary>
    private static bool SportsStory(bool[] sportsSentences)
    {
        var sports = sportsSentences.Count(x => x);
        return sports >= 2 && sports * 10 >= sportsSentences.Length;
    }

    /// <summary>
    /// The sentence speaks of sanctions, an embargo or frozen assets (not the dictionary's wider &amp;SANCTIONN: its "measure", "duty"
    /// and "penalty" are also said of security operations that target someone).
    /// </summary>
    private static bool SpeaksOfSanctions(SentenceTree tree)
    {
        for (var t = tree.First; t < tree.End; t++)
        {
            if (tree.Lemma(t).ToLowerInvariant() is "sanction" or "sanctions" or "embargo" or "asset-freeze" || tree.LowerForm(t) is "freeze" or "freezes"
                && t + 1 < tree.End && tree.LowerForm(t + 1) == "on")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word is part of the name of a party, government or organisation ("the Awami League", "the Arab League").</summary>
    private static bool InPoliticalName(SentenceTree tree, int t)
    {
        if (!tree.Document.Layers.TryGet(AnnotationLayers.Entities, out var entities))
        {
            return false;
        }
        return entities.Covering(tree.SpanOf(t)).Any(m => m.Actor is { } actor
            && (actor.Code.StartsWith("IGO", StringComparison.Ordinal) || actor.Sectors.Any(s => s is "PTY" or "GOV" or "OPP" or "LEG" or "REB" or "INS")));
    }

    /// <summary>
    /// A capitalised word followed by "for" names a body by its cause: "the Tunisian League for Human Rights", "the National
    /// League for Democracy" (a league of that kind is no sports league).
    /// </summary>
    private static bool CauseNamed(SentenceTree tree, int t) =>
        t + 2 < tree.End && tree.LowerForm(t + 1) == "for" && tree.Upos(t + 2) is Upos.PROPN or Upos.ADJ
        && char.IsUpper(tree.Document.Text[tree.SpanOf(t + 2).Start]);

    private static bool SportsContext(SentenceTree tree)
    {
        for (var t = tree.First; t < tree.End; t++)
        {
            if (tree.Upos(t) is Upos.NOUN or Upos.PROPN or Upos.ADJ && SportsWords.Contains(tree.Lemma(t).ToLowerInvariant())
                && !(tree.Upos(t) == Upos.PROPN && (InPoliticalName(tree, t) || CauseNamed(tree, t))) && !DescribesAPerson(tree, t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The word describes someone's past or career beside their name ("Khan, a former cricket star, accused ...", "the
    /// ex-footballer"): a sketch of the person, not a match being reported.
    /// </summary>
    private static bool DescribesAPerson(SentenceTree tree, int t)
    {
        var h = t;
        while (tree.Rel(h) is "compound" or "amod" && tree.Head(h) > h)
        {
            h = tree.Head(h);
        }
        if (tree.Rel(h) == "appos")
        {
            return true;
        }
        foreach (var c in tree.Children(h))
        {
            if (tree.Rel(c) == "amod" && tree.LowerForm(c) is "former" or "retired" or "ex")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Who surrounds a leader as company: "surrounded by officers", "by aides", "by supporters".</summary>
    private static readonly HashSet<string> Entourage = new(StringComparer.Ordinal)
    {
        "officer", "official", "aide", "adviser", "advisor", "supporter", "guard", "bodyguard", "minister", "general", "commander",
        "family", "relative", "wellwisher", "well-wisher", "journalist", "reporter", "leader", "delegate", "lawmaker", "dignitary",
    };

    /// <summary>The sentence speaks of an election: a defeat in it is at the polls.</summary>
    private static bool ElectionContext(SentenceTree tree)
    {
        for (var t = tree.First; t < tree.End; t++)
        {
            if (tree.Upos(t) is Upos.NOUN && ElectionWords.Contains(tree.Lemma(t).ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What carries people or goods: its arrival is no visit.</summary>
    private static readonly HashSet<string> ConveyanceNouns = new(StringComparer.Ordinal)
    {
        "airlift", "flight", "plane", "airplane", "aircraft", "jet", "helicopter", "shipment", "consignment", "cargo", "convoy", "delivery",
        "ship", "vessel", "boat", "ferry", "train", "truck", "lorry", "bus",
    };

    private static readonly HashSet<string> ElectionWords = new(StringComparer.Ordinal)
    {
        "election", "runoff", "run-off", "vote", "poll", "ballot", "primary", "referendum", "candidate", "presidency", "race", "seat",
    };

    /// <summary>Verbs of an attitude to what they take: a word of agreement after them is their topic, not a mutual act.</summary>
    private static readonly HashSet<string> AttitudeVerbs = new(StringComparer.Ordinal)
    {
        "welcome", "praise", "hail", "applaud", "commend", "endorse", "support", "back", "laud", "salute", "condemn", "criticize",
        "criticise", "denounce", "reject", "oppose", "slam", "question", "dismiss",
    };

    /// <summary>"each other", "one another" starting at the token.</summary>
    private static bool EachOther(SentenceTree tree, int t) =>
        tree.LowerForm(t) is "each" or "one" && t + 1 < tree.End && tree.LowerForm(t + 1) is "other" or "another"
        || tree.LowerForm(t) is "other" or "another" && t - 1 >= tree.First && tree.LowerForm(t - 1) is "each" or "one"; // (headed by "other")

    private static bool PossessedByEachOther(SentenceTree tree, int t)
    {
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) == "nmod:poss" && EachOther(tree, c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Mexico and Venezuela withdrew their ambassadors": coordinated states recalling "their" envoys with no place they leave
    /// ("from Damascus") and no third state that just acted on them (<c>RecallCause</c> below) recall them from each other.
    /// </summary>
    private static bool EnvoysWithdrawnFromEachOther(SentenceTree tree, PatternMatch match, List<CodedEvent> events, IReadOnlyList<Participant> sources)
    {
        foreach (var t in match.Used)
        {
            if (tree.Lemma(t).ToLowerInvariant() is not ("ambassador" or "envoy") || tree.Pos.XposOf(t) != "NNS" || PlacedEnvoys(tree, match.Trigger, t))
            {
                continue;
            }
            foreach (var c in tree.Children(t))
            {
                if (tree.Rel(c) == "nmod:poss" && tree.LowerForm(c) == "their")
                {
                    var parties = sources.Select(p => p.Actor?.Country).ToHashSet();
                    return !events.Any(e => e.Sentence < tree.Index && e.Sentence >= tree.Index - 2 && parties.Contains(e.Target?.Actor?.Country)
                        && e.Source.Actor?.Country is { Length: 3 } other && !parties.Contains(other) && other != ActorRef.Unknown.Code);
                }
            }
        }
        return false;
    }

    /// <summary>The verb or the envoys have a place phrase ("from Damascus", "to Syria", "in Minsk").</summary>
    private static bool PlacedEnvoys(SentenceTree tree, int verb, int envoys)
    {
        foreach (var word in (ReadOnlySpan<int>)[verb, envoys])
        {
            foreach (var c in tree.Children(word))
            {
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && (tree.HasMarker(c, "from") || tree.HasMarker(c, "to") || tree.HasMarker(c, "in")))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsMutual(SentenceTree tree, PatternMatch match)
    {
        foreach (var t in match.Used)
        {
            foreach (var c in tree.Children(t))
            {
                if (EachOther(tree, c))
                {
                    return true; // "India and Canada expelled each other's diplomats", "criticized one another"
                }
            }
        }
        if (AttitudeVerbs.Contains(tree.Lemma(match.Trigger).ToLowerInvariant()))
        {
            return false; // "Cuba and Norway welcomed the agreement": each welcomed it, neither the other
        }
        if (match.Pattern.Code.StartsWith("02", StringComparison.Ordinal) || match.Pattern.Code.StartsWith("10", StringComparison.Ordinal))
        {
            return false; // "Egypt and Saudi Arabia called for an immediate ceasefire": a truce they ask others for, not one between them
        }
        var warWord = -1;
        foreach (var t in match.Used)
        {
            if (tree.Lemma(t).ToLowerInvariant() is "fight" or "battle" or "war")
            {
                warWord = t;
            }
        }
        if (warWord >= 0)
        {
            foreach (var word in new[] { match.Trigger, warWord })
            {
                foreach (var c in tree.Children(word))
                {
                    if (tree.RelIs(c, "obj") && word == match.Trigger && tree.Lemma(c).ToLowerInvariant() is not ("war" or "battle" or "conflict" or "skirmish" or "clash")
                        || (tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && (tree.HasMarker(c, "for") || tree.HasMarker(c, "against") || tree.HasMarker(c, "alongside")))
                    {
                        return false; // "Washington and the Continental soldiers fought for freedom": allies fight together, not each other
                    }
                }
            }
            return true; // "India and Pakistan fought three wars", "Honduras and El Salvador went to war": each other
        }
        foreach (var t in match.Used)
        {
            if (MutualWords.Contains(tree.Lemma(t)))
            {
                return true;
            }
            foreach (var c in tree.Children(t))
            {
                if ((tree.RelIs(c, "advmod") || tree.RelIs(c, "amod")) && MutualWords.Contains(tree.Lemma(c)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The most specific matching pattern for a trigger (docs/event-dictionary.md §4): content words
    /// count most, then bound slots, then markers, then a deeper code; ties go to the earlier line.
    /// An exclusion that scores at least as high as the best code pattern wins (the trigger codes nothing).
    /// </summary>
    private BoundMatch? Best(SentenceTree tree, ActorBinder binder, int trigger, ReadOnlySpan<EventPattern> patterns, BoundMatch? best)
    {
        BoundMatch? found = null, directed = null;
        int bestScore = -1, directedScore = -1;
        foreach (var pattern in patterns)
        {
            if (found is not null && MaxScore(pattern) < bestScore && (directed is not null || !pattern.HasTarget || Literals(pattern, out _) > 0))
            {
                continue;
            }
            var match = PatternMatcher.Match(tree, pattern, trigger);
            if (match is null)
            {
                continue;
            }
            if (_options.ImplicitSlots && !pattern.Nominal)
            {
                FillImplicitSlots(tree, binder, match);
            }
            else if (!pattern.HasTarget && !pattern.Nominal && match.Target < 0)
            {
                PhraseTarget(tree, binder, match);
                if (match.Target < 0 && pattern.Code.StartsWith("07", StringComparison.Ordinal))
                {
                    BeneficiaryTarget(tree, binder, match);
                }
            }
            if (pattern.HasTarget && match.Target >= 0 && !match.Passive && IsCriticisedAct(tree, match, match.Target))
            {
                if (ActAuthor(tree, binder, match, match.Target) is { Token: >= 0 } author)
                {
                    // "condemned the shelling of the school by Israeli forces": the act's author, not the school it hit.
                    (match.Target, match.TargetHow) = author;
                }
                else if (_options.NewsHeuristics && PatternMatcher.ViolentNouns.Contains(tree.Lemma(match.Target).ToLowerInvariant())
                    && tree.ChildMarked(match.Target, "nmod", "of") >= 0 && !binder.Bind(tree, match.Target, viaModifiers: false).Any(p => p.Actor is not null))
                {
                    // "Abiy condemned the killing of more than 200 civilians in Gimbi": with no author named, an act of force's "of"
                    // phrase is its victims, and no one the condemnation is aimed at ("the decision of Kenya" is Kenya's, above).
                    continue;
                }
            }
            else if (pattern.HasTarget && match.Target >= 0 && !match.Passive && IsCriticisedCoercion(tree, match, match.Target)
                && CoercionAuthor(tree, binder, match, match.Target) is { Token: >= 0 } coercer)
            {
                // "Its secretary general condemned the arrest of party workers by police": the arresting police, not the arrested
                // (a possessor is the arrested one here: "Navalny's arrest", so only a by-phrase names the author).
                (match.Target, match.TargetHow) = coercer;
            }
            if (_options.NewsHeuristics && match.Target >= 0 && tree.Child(match.Target, "det") is var what and >= 0 && tree.LowerForm(what) == "what")
            {
                // "hitting what officials in Washington described as a leadership target": a free relative names the thing described,
                // not those who described it.
                match.Target = -1;
            }
            var targets = match.Target >= 0 && !(pattern.Code.StartsWith("07", StringComparison.Ordinal) && GoodsAsTarget(tree, match))
                ? binder.Bind(tree, match.Target) : [];
            targets.RemoveAll(t => t.Actor is null); // "an officer recognized her": a target must be an actor
            if (_options.NewsHeuristics && targets.Count >= 2)
            {
                OthersOfTheFirst(tree.Document, targets);
            }
            if (pattern.HasTarget && targets.Count == 0 && !pattern.Exclusion && !match.PartiesInModifiers
                && !(match.Target >= 0 && EachOther(tree, match.Target))) // "pledged not to use force against each other": the subjects, below
            {
                continue; // a pattern whose T cannot bind does not match (§3.1)
            }
            var sources = match.Source >= 0 ? binder.Bind(tree, match.Source, viaModifiers: !match.SourceHow.StartsWith("noun modified by", StringComparison.Ordinal)) : [];
            if (match.PartiesInModifiers && sources.Count < 2)
            {
                continue; // "between Indian and Pakistani troops" must give both parties
            }
            var score = Score(pattern, sources.Count > 0, targets.Count > 0 || match.PartiesInModifiers);
            if (score > bestScore || (score == bestScore && pattern.Exclusion && found is { Match.Pattern.Exclusion: false })
                // A tie between patterns of different codes goes to the one whose words sit closer to the trigger: "halted
                // funding for projects" is "S &STOPV &AIDN" (the object), not "S halt project" (a word inside its phrase).
                || (_options.NewsHeuristics && score == bestScore && found is not null && !pattern.Exclusion && !found.Match.Pattern.Exclusion
                    && pattern.Code != found.Match.Pattern.Code && Distance(tree, match) < Distance(tree, found.Match)))
            {
                found = new BoundMatch(match, sources, targets);
                bestScore = score;
            }
            if (targets.Count > 0 && !pattern.Exclusion && Literals(pattern, out _) == 0 && (directed is null || score > directedScore))
            {
                directed = new BoundMatch(match, sources, targets);
                directedScore = score;
            }
        }
        // "detained hundreds of protesters at rallies": a more specific pattern that names no target, for a root that
        // needs one, would code nothing; the verb's own directed pattern of the same root ("S detain T") codes the act
        // instead. Another root is another sense ("withdrew from the deal" is no retreat), so it does not stand in.
        if (!_options.ImplicitSlots && found is { Targets.Count: 0 } && !found.Match.Pattern.Exclusion && directed is not null
            && found.Match.Pattern.Code.Length >= 2 && !_options.UndirectedRoots.Contains(found.Match.Pattern.Code[..2]) && found.Sources.Count < 2
            && directed.Match.Pattern.Code.StartsWith(found.Match.Pattern.Code[..2], StringComparison.Ordinal))
        {
            found = directed;
        }
        return found ?? best;
    }

    /// <summary>How deep below the trigger the words a match used sit, summed (0 for the trigger alone).</summary>
    private static int Distance(SentenceTree tree, PatternMatch match)
    {
        var total = 0;
        foreach (var word in match.Used)
        {
            for (var t = word; t != match.Trigger && t >= 0 && total < 1000; t = tree.Head(t))
            {
                total++;
            }
        }
        return total;
    }

    private static int Literals(EventPattern pattern, out int markers)
    {
        var words = 0;
        markers = 0;
        for (var i = 0; i < pattern.Elements.Count; i++)
        {
            var e = pattern.Elements[i];
            if (e.Kind is ElementKind.Word or ElementKind.Not && i != pattern.TriggerIndex)
            {
                words++;
            }
            else if (e.Kind == ElementKind.Marker)
            {
                markers++;
            }
            words += e.Modifiers.Count;
        }
        return words;
    }

    private static int Score(EventPattern pattern, bool sourceBound, bool targetBound)
    {
        var words = Literals(pattern, out var markers);
        var slots = (sourceBound ? 1 : 0) + (targetBound ? 1 : 0);
        return (((4 * words) + (2 * slots) + markers) * 2) + (pattern.Code.Length >= 4 ? 1 : 0);
    }

    private static int MaxScore(EventPattern pattern) => Score(pattern, true, true);

    private static readonly string[] ComplementRelations = ["obj", "iobj", "obl", "nmod", "xcomp", "acl"];

    /// <summary>PETRARCH slot rules for patterns that leave a slot implicit (<see cref="EventCoderOptions.ImplicitSlots"/>).</summary>
    private void FillImplicitSlots(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var pattern = match.Pattern;
        var trigger = match.Trigger;
        if (!pattern.HasTarget && match.Target < 0 && match.Passive && tree.ChildExact(trigger, "nsubj:pass") is var patient and >= 0 && patient != match.Source
            && HasActor(binder, tree, patient))
        {
            (match.Target, match.TargetHow) = (patient, "nsubj:pass (passive)");
        }
        if (!pattern.HasTarget && match.Target < 0)
        {
            var found = FirstComplementActor(tree, binder, match, match.Source);
            if (found >= 0)
            {
                (match.Target, match.TargetHow) = (found, tree.Rel(found) + " (first actor in the complements)");
            }
        }
        if (match.Source < 0 && match.Passive)
        {
            var found = FirstComplementActor(tree, binder, match, match.Target);
            if (found >= 0)
            {
                (match.Source, match.SourceHow) = (found, tree.Rel(found) + " (oblique actor of a passive)");
            }
        }
    }

    /// <summary>
    /// The actor a matched verb other than the trigger acts on ("pledged to withdraw its troops from Ukraine", "agreed to
    /// cooperate with Kenya"): its object, else an oblique phrase with a target marker. (-1, "") when none.
    /// </summary>
    private static (int Token, string How) VerbArgumentActor(SentenceTree tree, ActorBinder binder, PatternMatch match, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            // Not the doer's own ("return their ambassadors", "withdraw its troops").
            if (c != match.Source && !match.Used.Contains(c) && tree.RelIs(c, "obj") && HasActor(binder, tree, c)
                && !(tree.ChildExact(c, "nmod:poss") is var owner and >= 0 && tree.Upos(owner) == Upos.PRON))
            {
                return (c, $"obj of '{tree.LowerForm(verb)}'");
            }
        }
        foreach (var c in tree.Children(verb))
        {
            if (c != match.Source && !match.Used.Contains(c) && tree.RelIs(c, "obl") && !tree.HasMarker(c, "by") && !tree.HasMarker(c, "of")
                && tree.HasAnyMarker(c, PhraseTargetMarkers) && HasActor(binder, tree, c)
                // "agreeing to coordinate on Iran", "work together on Syria": what partners work on is their topic, not a partner
                && !(tree.HasMarker(c, "on") && JointWorkVerbs.Contains(tree.Lemma(verb).ToLowerInvariant())))
            {
                return (c, $"obl of '{tree.LowerForm(verb)}'");
            }
        }
        return (-1, "");
    }

    /// <summary>Verbs of working together, whose on-phrase is the subject matter (<see cref="VerbArgumentActor"/>).</summary>
    private static readonly HashSet<string> JointWorkVerbs = new(StringComparer.Ordinal)
    {
        "coordinate", "cooperate", "collaborate", "work", "consult", "confer", "talk", "negotiate", "liaise", "partner",
    };

    private static readonly HashSet<string> PromiseVerbs = new(StringComparer.Ordinal)
    {
        "promise", "pledge", "assure", "reassure", "vow", "guarantee", // not "tell": "Raab told the BBC" is said to the press
    };

    /// <summary>The token hangs on <paramref name="verb"/> through nouns only (no clause between them).</summary>
    private static bool NounPathTo(SentenceTree tree, int token, int verb)
    {
        for (var (x, hops) = (tree.Head(token), 0); x >= 0 && hops < 8; x = tree.Head(x), hops++)
        {
            if (x == verb)
            {
                return true;
            }
            if (tree.Upos(x) is not (Upos.NOUN or Upos.PROPN or Upos.NUM))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Roots 03-08: intentions, consultation, cooperation, aid and yielding, whose acts have recipients.</summary>
    private static bool CooperativeRoot(string code) =>
        code.Length >= 2 && string.CompareOrdinal(code[..2], "03") >= 0 && string.CompareOrdinal(code[..2], "08") <= 0;

    /// <summary>
    /// "Russia promised Ukraine that it would withdraw its troops", "assured Turkey that it would": a cooperative act (roots
    /// 03-08) promised to someone, with no target of its own, is aimed at that someone. (-1, "") when the act's clause
    /// hangs on no such verb with an actor as its object.
    /// </summary>
    private static (int Token, string How) PromiseAddressee(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        if (!CooperativeRoot(match.Pattern.Code) || tree.Head(match.Trigger) is not (var governor and >= 0) || !PromiseVerbs.Contains(tree.Lemma(governor).ToLowerInvariant())
            || !(tree.RelIs(match.Trigger, "ccomp") || tree.RelIs(match.Trigger, "advcl") && (tree.HasMarker(match.Trigger, "that") || tree.Child(match.Trigger, "mark") < 0)))
        {
            return (-1, "");
        }
        foreach (var c in tree.Children(governor))
        {
            if ((tree.RelIs(c, "iobj") || tree.RelIs(c, "obj")) && c != match.Source && HasActor(binder, tree, c))
            {
                return (c, $"{tree.Rel(c)} of '{tree.LowerForm(governor)}' (to whom the act was promised)");
            }
        }
        return (-1, "");
    }

    /// <summary>
    /// Whether <paramref name="word"/> is an act the match criticises, rejects, threatens over or praises whose noun can report
    /// force (<see cref="ActNouns"/> with roots 18-20: "the shelling of a school", also "a decision by the election commission"):
    /// its author, not its victim or object, is what the statement is aimed at.
    /// </summary>
    private static bool IsCriticisedAct(SentenceTree tree, PatternMatch match, int word) =>
        match.Pattern.Code.Length >= 2 && match.Pattern.Code[..2] is "05" or "11" or "12" or "13" // (or praised)
        && tree.Upos(word) == Upos.NOUN && ActNouns.TryGetValue(tree.Lemma(word).ToLowerInvariant(), out var act) && act.Roots.Any(r => r is "18" or "19" or "20");

    /// <summary>
    /// Whether <paramref name="word"/> is an act of coercion only (an arrest, a detention, a deportation: <see cref="ActNouns"/>
    /// with root 17 and no root of force) that the match criticises, rejects or threatens over.
    /// </summary>
    private static bool IsCriticisedCoercion(SentenceTree tree, PatternMatch match, int word) =>
        match.Pattern.Code.Length >= 2 && match.Pattern.Code[..2] is "11" or "12" or "13"
        && tree.Upos(word) == Upos.NOUN && ActNouns.TryGetValue(tree.Lemma(word).ToLowerInvariant(), out var act) && act.Roots.Contains("17")
        && !act.Roots.Any(r => r is "18" or "19" or "20");

    /// <summary>The by-phrase of a criticised act of coercion, on the noun or hung by the parser on the verb (-1, "") when none.</summary>
    private static (int Token, string How) CoercionAuthor(SentenceTree tree, ActorBinder binder, PatternMatch match, int act)
    {
        foreach (var c in tree.Children(act))
        {
            if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "by") && c != match.Source && HasActor(binder, tree, c))
            {
                return (c, $"nmod 'by' of '{tree.LowerForm(act)}' (who carried it out)");
            }
            if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "of"))
            {
                // "the arrest of party workers by police": the parser often hangs the by-phrase on the arrested
                foreach (var k in tree.Children(c))
                {
                    if (tree.RelIs(k, "nmod") && tree.HasMarker(k, "by") && k != match.Source && HasActor(binder, tree, k))
                    {
                        return (k, $"nmod 'by' after the of-phrase of '{tree.LowerForm(act)}' (who carried it out)");
                    }
                }
            }
        }
        return VerbByPhrase(tree, binder, match, act);
    }

    /// <summary>
    /// A by-phrase the parser hung on the active verb after the act noun <paramref name="act"/> (an active verb has no agent phrase of
    /// its own, so it is the act's author); (-1, "") when none.
    /// </summary>
    private static (int Token, string How) VerbByPhrase(SentenceTree tree, ActorBinder binder, PatternMatch match, int act)
    {
        foreach (var c in tree.Children(match.Trigger))
        {
            if (c > act && tree.RelIs(c, "obl") && tree.HasMarker(c, "by") && c != match.Source && HasActor(binder, tree, c))
            {
                return (c, $"obl 'by' of an active verb (the author of '{tree.LowerForm(act)}')");
            }
        }
        return (-1, "");
    }

    /// <summary>
    /// The author of a criticised act <paramref name="act"/>: its possessor, adjective or by-phrase ("Israel's shelling",
    /// "the shelling of the school by Israeli forces"), also when the parser hung the by-phrase on the active verb (an
    /// active verb has no agent phrase of its own). (-1, "") when none.
    /// </summary>
    private static (int Token, string How) ActAuthor(SentenceTree tree, ActorBinder binder, PatternMatch match, int act)
    {
        return Qualifier(tree, binder, match, act, authorsOnly: true) is { Token: >= 0 } author ? author : VerbByPhrase(tree, binder, match, act);
    }

    /// <summary>Markers that make an actor inside a matched object phrase the target: "ties with Russia", "aid to Kyiv", "thousands of Afghans", "calls from Washington", "a call by NATO", "a deal between Russia and Ukraine".</summary>
    private static readonly string[] PhraseTargetMarkers = ["with", "to", "against", "toward", "towards", "on", "for", "of", "from", "by", "between"];

    /// <summary>Texts and proceedings whose on-phrase is their subject matter ("a bill on foreign agents", "a law on protests").</summary>
    private static readonly FrozenSet<string> TopicNouns = new[] { "bill", "law", "legislation", "debate", "report", "referendum", "decree", "hearing", "study", "ruling" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A pattern that names an object word but no target ("S break off diplomatic_&amp;TIES", "S shell position")
    /// takes as target the actor that qualifies that word: "relations with Russia", "Ukrainian positions", "Ukraine's
    /// positions". Only the matched words' own dependents count, never name compounds ("the Minsk agreement").
    /// </summary>
    private static void PhraseTarget(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        // "gave Pakistan a $6 billion financial package": the indirect object of a double-object verb of giving or
        // cooperating (roots 03-08) is its recipient ("warned the United States that ..." is a threat's addressee, 13).
        if (!match.Passive && CooperativeRoot(match.Pattern.Code) && tree.Child(match.Trigger, "iobj") is var recipient and >= 0
            && recipient != match.Source && !match.Used.Contains(recipient) && HasActor(binder, tree, recipient))
        {
            (match.Target, match.TargetHow) = (recipient, "iobj (the recipient)");
            return;
        }
        if (!match.Passive && match.Pattern.Code.StartsWith("07", StringComparison.Ordinal) && tree.ChildExact(match.Trigger, "obj") is var sentThing and >= 0
            && tree.Lemma(match.Trigger).ToLowerInvariant() is "send" or "ship" or "deliver" or "dispatch" or "donate" or "give" or "provide" or "fly" or "airlift")
        {
            // "Mexico sent a tanker with 400,000 barrels of crude oil to Cuba": the parser hung the destination on the goods; the
            // first to-phrase inside the sent thing's phrase is the recipient.
            for (var d = sentThing + 1; d < tree.End; d++)
            {
                // (not "in response to Chinese military activity", "in addition to")
                if (tree.RelIs(d, "nmod") && tree.HasMarker(d, "to") && d != match.Source && NounPathTo(tree, d, match.Trigger)
                    && tree.Lemma(tree.Head(d)).ToLowerInvariant() is not ("response" or "reaction" or "addition" or "contrast" or "regard" or "respect" or "threat" or "answer" or "reply")
                    && HasActor(binder, tree, d))
                {
                    (match.Target, match.TargetHow) = (d, "nmod 'to' inside the object (the recipient)");
                    return;
                }
            }
        }
        // A bare verb pattern ("S fight", "S oppose") also looks into the verb's object when that is no actor itself:
        // "China fought a war with Britain", "oppose violations of international law by China". Not when the pattern
        // matched other words: their phrase is the one it is about.
        var obj = match.Passive ? -1 : tree.ChildExact(match.Trigger, "obj");
        if (PatternMatcher.NamedByFreeRelative(tree, obj) is var named and >= 0)
        {
            obj = named; // "condemned what it called a provocation by Russia": the provocation's phrase, not "what"
        }
        var objectWithoutActor = obj >= 0 && obj != match.Source && !HasActor(binder, tree, obj);
        var unmatchedObject = match.Used.Count == 1 && objectWithoutActor && !match.Used.Contains(obj) ? obj : -1;
        foreach (var word in unmatchedObject >= 0 ? match.Used.Append(unmatchedObject) : match.Used)
        {
            if (word == match.Trigger)
            {
                continue;
            }
            // Of an act the verb was not named for, its author is the target before its victim: "denounced the
            // U.S.-led strikes on Syria" is aimed at the United States, "Russia's attack on Ukraine" at Russia.
            // Nor is the victim of an act that is criticised, rejected or threatened over its target: "Kenya condemned the
            // attack on Somalia" criticises the attacker (named, or reported before), not Somalia.
            var criticisedAct = IsCriticisedAct(tree, match, word);
            (int Token, string How) found = word == unmatchedObject || criticisedAct ? Qualifier(tree, binder, match, word, authorsOnly: true)
                : tree.Upos(word) == Upos.VERB ? VerbArgumentActor(tree, binder, match, word) : (-1, "");
            if (found.Token < 0 && !criticisedAct)
            {
                found = Qualifier(tree, binder, match, word, authorsOnly: false);
            }
            if (found.Token < 0 && !criticisedAct && tree.Upos(word) == Upos.NOUN)
            {
                // "signed the migration and economic development partnership with Rwanda" was parsed as "the migration" and "economic
                // development partnership", the partner on the second: a conjunct with no determiner of its own shares the phrase.
                foreach (var k in tree.Children(word))
                {
                    if (tree.RelIs(k, "conj") && tree.Upos(k) == Upos.NOUN && tree.Child(k, "det") < 0 && tree.Child(k, "nmod:poss") < 0
                        && Qualifier(tree, binder, match, k, authorsOnly: false) is { Token: >= 0 } shared
                        && tree.Head(shared.Token) == k && tree.RelIs(shared.Token, "nmod")) // (its with-phrase, not "fighter" of "fighter jets")
                    {
                        found = shared;
                        break;
                    }
                }
            }
            if (found.Token >= 0)
            {
                (match.Target, match.TargetHow) = found;
                return;
            }
        }
        if (match.Pattern.Code.StartsWith("16", StringComparison.Ordinal) && GoodsOrigin(tree, binder, match) is var origin and >= 0)
        {
            // "imposed anti-dumping duties on brandy imported from the European Union": a measure on goods is aimed at
            // their exporter.
            (match.Target, match.TargetHow) = (origin, "from-phrase of the goods the measure is on");
            return;
        }
        // "Kenyan soldiers shot three protesters" ("S shoot protester"), "abducted 276 schoolgirls": in coercion and
        // violence a word the pattern names that is itself an actor is the victim (the coercing state's or the place's
        // country comes later). Not elsewhere: "deployed additional soldiers", "exchanged prisoners" name the means.
        // So is the prisoner a release names: "pardoned 30 prisoners", "freed political prisoners" (not an exchange: both
        // sides release, each to the other).
        foreach (var word in match.Pattern.Code.Length >= 2 && match.Pattern.Code[..2] is "17" or "18" or "19" or "20"
            || match.Pattern.Code.StartsWith("084", StringComparison.Ordinal) && tree.Lemma(match.Trigger).ToLowerInvariant() is "pardon" or "release" or "free" or "liberate" or "parole" or "return"
            || match.Pattern.Code.StartsWith("06", StringComparison.Ordinal) // "would cooperate with the court" (the ICC named before)
            || match.Pattern.Code == "160" // "pulled out of the government", "withdrew from the coalition": the government left
            // "Sirisena dissolved parliament", "dissolved the assembly": the body dissolved (the House of Representatives had its
            // target only through "of Representatives")
            || match.Pattern.Code.StartsWith("083", StringComparison.Ordinal) && tree.Lemma(match.Trigger).ToLowerInvariant() is "dissolve" or "suspend"
            ? match.Used : [])
        {
            if (match.Pattern.Code == "160" && tree.Lemma(word).ToLowerInvariant() is not ("government" or "coalition" or "cabinet"))
            {
                continue;
            }
            if (match.Pattern.Code.StartsWith("06", StringComparison.Ordinal) && !(tree.RelIs(word, "obl") && tree.HasMarker(word, "with")))
            {
                continue;
            }
            // (The word itself, not a modifier: "launched a military offensive" names no victim.)
            if (word != match.Trigger && word != match.Source && tree.Upos(word) is Upos.NOUN or Upos.PROPN && HasActor(binder, tree, word)
                && binder.Bind(tree, word, viaModifiers: false).Any(p => p.Actor is not null))
            {
                (match.Target, match.TargetHow) = (word, $"{tree.Rel(word)} '{tree.LowerForm(word)}' (a word of the pattern that names an actor)");
                return;
            }
        }
        if (match.Pattern.Code.StartsWith("01", StringComparison.Ordinal) && TopicActor(tree, binder, match) is { Token: >= 0 } topic)
        {
            (match.Target, match.TargetHow) = topic;
            return;
        }
        if (match.Pattern.Code is "012" or "013" && tree.Upos(match.Trigger) == Upos.ADJ && ExpectedOutcomeActor(tree, binder, match) is { Token: >= 0 } expected)
        {
            (match.Target, match.TargetHow) = expected;
            return;
        }
        if (match.Pattern.Code.StartsWith("13", StringComparison.Ordinal) && IntendedActTarget(tree, binder, match) is { Token: >= 0 } intended)
        {
            (match.Target, match.TargetHow) = intended;
            return;
        }
        if ((match.Pattern.Code.StartsWith("13", StringComparison.Ordinal) || match.Pattern.Code.StartsWith("17", StringComparison.Ordinal)
                || match.Pattern.Code.StartsWith("19", StringComparison.Ordinal)) // "China will retaliate if the Philippines continues to provoke"
            && ConditionActor(tree, binder, match) is { Token: >= 0 } conditioned)
        {
            (match.Target, match.TargetHow) = conditioned;
            return;
        }
        // "rejected calls by NATO" with the by-phrase attached to the verb: an active verb has no agent phrase, so it
        // belongs to the object noun the pattern matched. A from-phrase on the verb names the author or the other side
        // of the object ("rejected criticism from Washington", "withdrew troops from Syria", "sought aid from Russia").
        // So does a by-phrase after an object the pattern did not name, when that object is a thing: "The Security Council
        // condemned the missile launch by North Korea" (no event: the launch has no actor).
        var thingObject = tree.ChildExact(match.Trigger, "obj") is var o and >= 0 && tree.Upos(o) == Upos.NOUN && !HasActor(binder, tree, o) ? o : -1;
        if ((match.Used.Count > 1 || thingObject >= 0) && !match.Passive)
        {
            foreach (var c in tree.Children(match.Trigger))
            {
                // Not where a projectile comes from: "fired rockets from Gaza".
                if (tree.RelIs(c, "obl") && c != match.Source && (tree.HasMarker(c, "by") && (match.Used.Count > 1 || c > thingObject)
                        || match.Used.Count > 1 && tree.HasMarker(c, "from") && !ProjectileVerbs.Contains(tree.Lemma(match.Trigger).ToLowerInvariant()))
                    && HasActor(binder, tree, c))
                {
                    (match.Target, match.TargetHow) = (c, $"obl '{(tree.HasMarker(c, "by") ? "by" : "from")}' of an active verb (the object phrase)");
                    return;
                }
            }
        }
        if (PromiseAddressee(tree, binder, match) is { Token: >= 0 } addressee)
        {
            (match.Target, match.TargetHow) = addressee;
            return;
        }
        // "condemned the violence against protesters", "criticized the crackdown on activists", "fired water cannon at a
        // Philippine vessel": the parser often hangs an against/on/at-phrase that follows the object noun on the verb.
        // Right after an object without an actor of its own, it qualifies that object ("on Tuesday" and other phrases
        // without an actor never bind).
        if (objectWithoutActor)
        {
            var objectEnd = tree.SubtreeTokens(obj).Last;
            foreach (var c in tree.Children(match.Trigger))
            {
                if (tree.RelIs(c, "obl") && c != match.Source && tree.SubtreeTokens(c).First == objectEnd + 1 && !FramePhrase(tree, c)
                    && ObjectPhraseMarkers.FirstOrDefault(m => tree.HasMarker(c, m) && (m != "at" || ProjectileVerbs.Contains(tree.Lemma(match.Trigger).ToLowerInvariant()))) is { } marker
                    && HasActor(binder, tree, c))
                {
                    (match.Target, match.TargetHow) = (c, $"obl '{marker}' right after the object '{tree.LowerForm(obj)}' (the object phrase)");
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A threat is aimed at whom the act it announces names: "Ankara threatened to close U.S. operations at Incirlik" (the
    /// object of the to-clause, or the actor qualifying it). Not when the pattern named that object ("S threaten to recall
    /// ambassador"): its words are the act, not its target. Not for pledges: "pledged to punish the Palestinian Authority"
    /// is no promise of cooperation, and "pledged to form a coalition" none with a party. Else the party a phrase of the
    /// act names ("threatened to retaliate against Israel", "to halt cooperation with the IAEA" with the with-phrase on the
    /// verb). (-1, "") when none.
    /// </summary>
    private static (int Token, string How) IntendedActTarget(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var act = AnnouncedAct(tree, match.Trigger);
        if (act < 0 || tree.Upos(act) != Upos.VERB)
        {
            return (-1, "");
        }
        var obj = tree.ChildExact(act, "obj");
        if (obj >= 0 && obj != match.Source && !match.Used.Contains(obj))
        {
            if (HasActor(binder, tree, obj))
            {
                return (obj, $"obj '{tree.LowerForm(obj)}' of the announced act '{tree.LowerForm(act)}'");
            }
            var found = Qualifier(tree, binder, match, obj, authorsOnly: false);
            if (found.Token >= 0)
            {
                return (found.Token, found.How + $" of the object of the announced act '{tree.LowerForm(act)}'");
            }
        }
        foreach (var c in tree.Children(act))
        {
            if (tree.RelIs(c, "obl") && c != match.Source && !match.Used.Contains(c) && tree.HasAnyMarker(c, IntendedActPartyMarkers)
                && HasActor(binder, tree, c))
            {
                return (c, $"obl '{tree.LowerForm(c)}' of the announced act '{tree.LowerForm(act)}'");
            }
        }
        return (-1, "");
    }

    private static readonly string[] IntendedActPartyMarkers = ["against", "with", "on", "at", "toward", "towards"];

    /// <summary>
    /// The to-clause of a verb of threatening or promising: its xcomp, or a to-marked adverbial clause where a phrase stands
    /// between ("threatened on Wednesday to halt all remaining cooperation" was parsed so); -1 when none.
    /// </summary>
    private static int AnnouncedAct(SentenceTree tree, int trigger)
    {
        var act = tree.Child(trigger, "xcomp");
        if (act >= 0)
        {
            return act;
        }
        foreach (var c in tree.Children(trigger))
        {
            if (tree.RelIs(c, "advcl") && c > trigger && tree.HasMarker(c, "to") && tree.ChildExact(c, "nsubj") < 0)
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// A threat is aimed at whoever must act to avert it: "threatened to trigger the restoration of U.N. sanctions unless Iran
    /// resumed talks", "warned of consequences if Hanoi did not withdraw the rig" (the subject of an unless- or if-clause of the
    /// threat or of its announced act). (-1, "") when there is none.
    /// </summary>
    private static (int Token, string How) ConditionActor(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var act = AnnouncedAct(tree, match.Trigger);
        foreach (var verb in act >= 0 ? new[] { match.Trigger, act } : [match.Trigger])
        {
            foreach (var c in tree.Children(verb))
            {
                if (!(tree.RelIs(c, "advcl") || tree.RelIs(c, "ccomp")) || !(tree.HasMarker(c, "unless") || tree.HasMarker(c, "if")))
                {
                    continue;
                }
                var subject = tree.ChildExact(c, "nsubj");
                if (subject >= 0 && subject != match.Source && HasActor(binder, tree, subject))
                {
                    return (subject, $"nsubj '{tree.LowerForm(subject)}' of the condition '{tree.LowerForm(c)}' the threat sets");
                }
            }
        }
        return (-1, "");
    }

    private static readonly string[] TopicMarkers = ["on", "about", "over", "regarding", "concerning", "to", "with", "for"];

    /// <summary>
    /// Optimism and pessimism (an adjective: "warned that …" is a threat) about what a that-clause expects concern the
    /// clause's actor: its subject, or one qualifying the subject ("optimistic that relations with Russia would soon
    /// return to normal", "confident that Iran would comply"), else its object. (-1, "") when the clause names none.
    /// </summary>
    private static (int Token, string How) ExpectedOutcomeActor(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        foreach (var word in match.Used)
        {
            foreach (var clause in tree.Children(word))
            {
                // (The parser often makes the adjective's clause an adverbial one: then only with "that" or no marker.)
                if (match.Used.Contains(clause) || !(tree.RelIs(clause, "ccomp")
                    || tree.RelIs(clause, "advcl") && (tree.HasMarker(clause, "that") || tree.Child(clause, "mark") < 0)))
                {
                    continue;
                }
                foreach (var rel in new[] { "nsubj", "obj" })
                {
                    var arg = tree.Child(clause, rel);
                    if (arg < 0 || arg == match.Source)
                    {
                        continue;
                    }
                    if (HasActor(binder, tree, arg))
                    {
                        return (arg, $"{rel} of the expected outcome '{tree.LowerForm(clause)}'");
                    }
                    var found = Qualifier(tree, binder, match, arg, authorsOnly: false);
                    if (found.Token >= 0)
                    {
                        return (found.Token, found.How + $" of the {rel} of the expected outcome '{tree.LowerForm(clause)}'");
                    }
                }
            }
        }
        return (-1, "");
    }

    /// <summary>
    /// A statement is aimed at the actor its topic concerns, one or two nouns deep: "declined to comment on the detention
    /// of two Canadian citizens" (CAN), "optimistic about the trade negotiations with the United States", "hopeful about a
    /// truce between Israel and Hamas", "declined to comment on the report about Iran's missile program". (-1, "") when none.
    /// </summary>
    private static (int Token, string How) TopicActor(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        foreach (var word in match.Used)
        {
            foreach (var c in tree.Children(word))
            {
                // (Also the in-phrase of a matched noun: "denied any involvement in the attack on an Israeli tanker".)
                if (!(tree.RelIs(c, "nmod") || tree.RelIs(c, "obl")) || match.Used.Contains(c)
                    || !(tree.HasAnyMarker(c, TopicMarkers) || word != match.Trigger && tree.Upos(word) == Upos.NOUN && tree.HasMarker(c, "in")))
                {
                    continue;
                }
                var found = Qualifier(tree, binder, match, c, authorsOnly: false);
                if (found.Token < 0)
                {
                    foreach (var g in tree.Children(c))
                    {
                        if (tree.RelIs(g, "nmod") && (tree.HasAnyMarker(g, TopicMarkers) || tree.HasMarker(g, "of")) && Qualifier(tree, binder, match, g, authorsOnly: false) is { Token: >= 0 } deeper)
                        {
                            found = deeper;
                            break;
                        }
                    }
                }
                if (found.Token >= 0)
                {
                    return (found.Token, found.How + $" in the topic '{tree.LowerForm(c)}'");
                }
            }
        }
        return (-1, "");
    }

    /// <summary>
    /// The target of an aid pattern is one of its goods words or coordinated with one: "Russia sent tanks and troops across the
    /// border" matched "S &amp;GIVE T &amp;MILAID" with the tanks as both T and the aid (RUS -> RUSMIL 072); goods are not recipients.
    /// </summary>
    private static bool GoodsAsTarget(SentenceTree tree, PatternMatch match) =>
        GoodsNouns.Contains(tree.Lemma(match.Target).ToLowerInvariant());

    /// <summary>Things an aid pattern sends (never its recipient).</summary>
    private static readonly FrozenSet<string> GoodsNouns = new[]
    {
        "tank", "weapon", "arm", "missile", "rocket", "ammunition", "munition", "jet", "aircraft", "drone", "artillery", "gun",
        "rifle", "vehicle", "warship", "helicopter", "equipment", "supply", "shell", "system",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "expelled India's high commissioner and five other diplomats" in a story from Toronto: the "other" ones, placed only by
    /// the story's default, are of the first one's country (they were Canada's).
    /// </summary>
    private static void OthersOfTheFirst(Document document, List<Participant> targets)
    {
        var first = targets[0].Actor;
        if (first is not { Country: { Length: 3 } country } || country == ActorRef.Unknown.Code || country.StartsWith("IGO", StringComparison.Ordinal))
        {
            return;
        }
        for (var i = 1; i < targets.Count; i++)
        {
            var t = targets[i];
            var before = document.Text.AsSpan(Math.Max(0, t.Span.Start - 12), t.Span.Start - Math.Max(0, t.Span.Start - 12));
            if (t.Actor is { Name: null } other && other.Country != country && other.Sectors.Count > 0 && PlacedByDefault(document, t)
                && before.Contains(" other ", StringComparison.OrdinalIgnoreCase))
            {
                targets[i] = t with { Actor = other with { Code = country + other.SectorCode, Country = country } };
            }
        }
    }

    /// <summary>Platforms a statement is made on.</summary>
    private static readonly FrozenSet<string> MediaPlatforms =
        new[] { "twitter", "x", "facebook", "telegram", "instagram", "youtube", "tiktok", "weibo", "truth", "television", "radio", "media", "website" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Unnamed bodies the parties of a meeting form themselves ("the joint committee", "the working group").</summary>
    private static readonly FrozenSet<string> JointBodyNouns =
        new[] { "committee", "commission", "mechanism", "group", "panel", "body", "forum", "subcommittee" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The first dependent of <paramref name="word"/> (a matched or object word) that names an actor qualifying it: an
    /// of/with/to/... phrase, a possessor, a demonym, the actor on a participle ("U.S.-led", "rebel-held"), or the object
    /// of a targeting participle ("sanctions targeting Russian banks"). With <paramref name="authorsOnly"/> only the
    /// act's author (by-phrase, possessor, demonym, leader). (-1, "") when there is none.
    /// </summary>
    private static (int Token, string How) Qualifier(SentenceTree tree, ActorBinder binder, PatternMatch match, int word, bool authorsOnly)
    {
        foreach (var c in tree.Children(word))
        {
            // (A participle of authorship the pattern read as its word still names the author: "vetoed a US-drafted resolution"
            // matched "S veto draft_resolution".)
            if (c == match.Source || match.Used.Contains(c) && !(tree.RelIs(c, "amod") && ActorParticiples.Contains(tree.Lemma(c).ToLowerInvariant()))
                || (match.Source >= 0 && tree.IsAncestor(match.Source, c)) || FramePhrase(tree, c) || IsMediationParticiple(tree, c))
            {
                continue; // (the broker of "an Egyptian-brokered ceasefire" mediates, AddMediators; it is no party)
            }
            if (tree.HasMarker(c, "on") && MediaPlatforms.Contains(tree.LowerForm(c)))
            {
                continue; // "welcomed the outcome on Twitter": where it was said, not to whom
            }
            if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "of") && tree.Upos(word) == Upos.NOUN && ActNouns.ContainsKey(tree.Lemma(word).ToLowerInvariant())
                && tree.ChildMarked(c, "nmod", "by") is var byUnderOf and >= 0 && byUnderOf != match.Source && HasActor(binder, tree, byUnderOf))
            {
                // "condemned the annexation of its territory by Russia": the parser hung the act's by-phrase on its of-phrase; it
                // names the act's author, not something of the territory's.
                return (byUnderOf, $"nmod 'by' under the of-phrase of '{tree.LowerForm(word)}' (the object phrase, its author)");
            }
            if ((tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "nmod") && (tree.HasMarker(c, "from") || tree.HasMarker(c, "of")) && tree.Head(word) is var bearer and >= 0
                    && tree.Lemma(bearer).ToLowerInvariant() is "convey" or "send" or "deliver" or "pass" or "bring" or "extend" or "relay" or "carry" or "offer" or "express" or "read")
                && GiverNouns.Contains(tree.Lemma(word).ToLowerInvariant()))
            {
                // "offered the European Union's sincere condolences", "conveyed condolences from President Joe Biden", "conveyed the
                // condolences of the Armenian people": whose
                // condolences they are, not to whom (but "sought an apology from the Chinese government" asks it of them)
                continue;
            }
            if (tree.Upos(c) == Upos.NOUN && tree.HasMarker(c, "of") && tree.Lemma(word).ToLowerInvariant() is "meeting" or "session" or "round"
                && JointBodyNouns.Contains(tree.Lemma(c).ToLowerInvariant()))
            {
                continue; // "agreed to hold the next meeting of the committee": the two sides' joint committee, no third party
            }
            var author = tree.RelIs(c, "nmod") && tree.HasMarker(c, "by")
                || tree.Rel(c) == "nmod:poss" && tree.Upos(c) == Upos.PROPN
                || tree.RelIs(c, "amod") && tree.Upos(c) is Upos.ADJ or Upos.PROPN
                    // ("killing 11 people, most of them civilians, police said": a share of the victims, not their author)
                    && tree.LowerForm(c) is not ("most" or "many" or "some" or "several" or "few" or "all" or "both")
                    // "launched a military offensive": the kind of act, not its party ("attacked a military base" has one)
                    && !(tree.LowerForm(c) is "military" or "naval" or "armed" && !MilitaryAssets.Contains(tree.Lemma(word).ToLowerInvariant()))
                // "bombed ISIL positions", "attacked a police checkpoint": the owner of a military asset, not a name
                // compound ("the Minsk agreement")
                || tree.RelIs(c, "compound") && MilitaryAssets.Contains(tree.Lemma(word).ToLowerInvariant())
                // "dismissed Ethiopian offers of dialogue" with the demonym tagged as a proper-noun compound
                || tree.RelIs(c, "compound") && tree.Upos(c) == Upos.PROPN && DemonymOfCountry(binder, tree, c)
                // "ordered the U.S. ambassador to leave": the state a named envoy or mission is of
                || tree.RelIs(c, "compound") && tree.Upos(c) == Upos.PROPN && EnvoyNouns.Contains(tree.Lemma(word).ToLowerInvariant())
                // "denounced U.S. sanctions against its leader": the state that imposed the measure (not whom it targets)
                || tree.RelIs(c, "compound") && tree.Upos(c) == Upos.PROPN && ImposedMeasures.Contains(tree.Lemma(word).ToLowerInvariant())
                    && binder.Bind(tree, c, viaModifiers: false) is [{ Actor: { Sectors.Count: 0 } imposer }] && imposer.Code.Length == 3 && imposer.Code != ActorRef.Unknown.Code
                // "described the U.S. attack as aggression", "the NATO strike", "the EU decision": a state or organisation written as an
                // acronym before an act is its author ("the Ukraine invasion", "the Gaza offensive" name the place acted on)
                || tree.RelIs(c, "compound") && tree.Upos(c) == Upos.PROPN && ActNouns.ContainsKey(tree.Lemma(word).ToLowerInvariant())
                    && PhraseIndex.IsAcronymAlias(tree.Document.Substring(tree.SpanOf(c)))
                    && binder.Bind(tree, c, viaModifiers: false) is [{ Actor: { } acting }] && acting.Code != ActorRef.Unknown.Code
                    && (acting.Sectors.Count == 0 && acting.Code.Length == 3 || acting.Code.StartsWith("IGO", StringComparison.Ordinal))
                // "the United Nations peacekeeping mission", "the WHO office": an organisation's own unit
                || tree.RelIs(c, "compound") && tree.Upos(c) == Upos.PROPN && OrganisationUnits.Contains(tree.Lemma(word).ToLowerInvariant())
                    && binder.Bind(tree, c, viaModifiers: false) is [{ Actor: { } org }] && (org.Code.StartsWith("IGO", StringComparison.Ordinal) || org.Code.StartsWith("NGO", StringComparison.Ordinal));
            var qualifies = author || tree.RelIs(c, "nmod") && !tree.RelIs(c, "nmod:tmod") && tree.HasAnyMarker(c, PhraseTargetMarkers)
                // "marched against a bill on foreign agents": what a bill or law is about is its topic, no party to the act
                && !(tree.HasMarker(c, "on") && TopicNouns.Contains(tree.Lemma(word).ToLowerInvariant()));
            var who = c;
            if (tree.RelIs(c, "acl") && tree.Pos.XposOf(c) == "VBN" && PatternMatcher.Agent(tree, c) is { Token: >= 0 } setter && HasActor(binder, tree, setter.Token))
            {
                // "rejected the twelve demands set out by Secretary of State Mike Pompeo", "the plan drawn up by Paris": the
                // one who made the thing is its author.
                return (setter.Token, $"by-agent of '{tree.LowerForm(c)}' on '{tree.LowerForm(word)}' (the object phrase, its author)");
            }
            if (tree.RelIs(c, "amod") && ActorParticiples.Contains(tree.Lemma(c).ToLowerInvariant()))
            {
                // "U.S.-led", "Iranian-backed", "a British-flagged tanker", "rebel-held areas": the actor hangs on the participle.
                foreach (var g in tree.Children(c))
                {
                    if (!tree.RelIs(g, "punct") && g < c && HasActor(binder, tree, g))
                    {
                        (who, author, qualifies) = (g, true, true);
                        break;
                    }
                }
            }
            if (!authorsOnly && tree.RelIs(c, "acl") && TargetingParticiples.Contains(tree.Lemma(c).ToLowerInvariant()))
            {
                // "sanctions targeting Russian banks", "drills encircling Taiwan", "exercises aimed at NATO".
                foreach (var g in tree.Children(c))
                {
                    if ((tree.RelIs(g, "obj") || tree.RelIs(g, "obl") && (tree.HasMarker(g, "at") || tree.HasMarker(g, "against") || tree.HasMarker(g, "on")))
                        && HasActor(binder, tree, g))
                    {
                        return (g, $"{tree.Rel(g)} of '{tree.LowerForm(c)}' on '{tree.LowerForm(word)}' (the object phrase)");
                    }
                }
            }
            if ((authorsOnly ? author : qualifies) && HasActor(binder, tree, who) && !(who == c && tree.RelIs(c, "nmod") && Topic(binder, tree, c)))
            {
                return (who, $"{tree.Rel(c)} of '{tree.LowerForm(word)}' (the object phrase{(authorsOnly ? ", its author" : "")})");
            }
        }
        return (-1, "");
    }

    /// <summary>
    /// The actor of "(goods) imported from T" in an on-phrase of the trigger or of a word of the match ("duties on brandy
    /// imported from the European Union"), or -1.
    /// </summary>
    private static int GoodsOrigin(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        foreach (var word in match.Used)
        {
            foreach (var c in tree.Children(word))
            {
                if (!(tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) || !tree.HasMarker(c, "on"))
                {
                    continue;
                }
                foreach (var g in tree.Children(c))
                {
                    if (!tree.RelIs(g, "acl") || tree.Lemma(g).ToLowerInvariant() is not ("import" or "ship" or "source" or "buy" or "purchase"))
                    {
                        continue;
                    }
                    foreach (var h in tree.Children(g))
                    {
                        if (tree.RelIs(h, "obl") && tree.HasMarker(h, "from") && HasActor(binder, tree, h))
                        {
                            return h;
                        }
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// "on the sidelines of the UN General Assembly", "on the eve of", "in the wake of": the occasion of an act, whose
    /// actor is not its target ("held a three-way meeting on the sidelines of the UN General Assembly").
    /// </summary>
    private static bool FramePhrase(SentenceTree tree, int c) =>
        (tree.RelIs(c, "nmod") || tree.RelIs(c, "obl")) && FrameNouns.Contains(tree.Lemma(c).ToLowerInvariant());

    private static readonly HashSet<string> FrameNouns = new(StringComparer.Ordinal)
    {
        "sideline", "sidelines", "margin", "margins", "eve", "wake", "occasion", "anniversary", "heel", "heels", "run-up", "aftermath",
    };

    /// <summary>
    /// "battles to save storm victims", "struggled to contain the fire": a fighting verb with no one to fight, whose
    /// infinitive says what the effort is for, unless that is a military aim ("fought to take Bakhmut").
    /// </summary>
    private static bool StruggleToDo(SentenceTree tree, PatternMatch match)
    {
        if (match.Target >= 0 || match.Used.Count > 1 || tree.Lemma(match.Trigger).ToLowerInvariant() is not ("battle" or "fight" or "struggle" or "wrestle"))
        {
            return false;
        }
        foreach (var c in tree.Children(match.Trigger))
        {
            if ((tree.RelIs(c, "xcomp") || tree.RelIs(c, "advcl")) && tree.HasMarker(c, "to") && tree.Upos(c) == Upos.VERB)
            {
                return !MilitaryAims.Contains(tree.Lemma(c).ToLowerInvariant());
            }
        }
        return false;
    }

    private static readonly HashSet<string> MilitaryAims = new(StringComparer.Ordinal)
    {
        "take", "capture", "seize", "hold", "retake", "recapture", "defend", "repel", "repulse", "push", "drive", "break", "encircle",
        "secure", "control", "clear", "dislodge", "oust", "expel", "overrun", "destroy", "kill", "liberate", "free", "topple", "overthrow",
        "advance", "storm", "occupy", "regain", "reclaim", "block", "stop", "halt", "fend",
    };

    private static readonly HashSet<string> DisasterWords = new(StringComparer.Ordinal)
    {
        "victim", "cyclone", "hurricane", "typhoon", "earthquake", "quake", "flood", "flooding", "tsunami", "drought", "famine", "disaster",
        "coronavirus", "covid-19", "pandemic", "epidemic", "outbreak", "humanitarian", "relief", "refugee", "medical", "medicine", "vaccine",
        "wildfire", "landslide", "storm", "flooded",
    };

    /// <summary>A word of the sentence has a lemma or form in <paramref name="words"/>.</summary>
    private static bool MentionsAny(SentenceTree tree, HashSet<string> words) => Mentions(tree, tree.First, tree.End - 1, words, forms: true);

    /// <summary>A word in [<paramref name="first"/>, <paramref name="last"/>] has a lemma (or, with <paramref name="forms"/>, a form) in <paramref name="words"/>.</summary>
    private static bool Mentions(SentenceTree tree, int first, int last, HashSet<string> words, bool forms)
    {
        for (var t = first; t <= last; t++)
        {
            if (words.Contains(tree.Lemma(t).ToLowerInvariant()) || forms && words.Contains(tree.LowerForm(t)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ForceWords = new(StringComparer.Ordinal)
    {
        "force", "war", "fight", "attack", "strike", "military", "nuclear", "missile", "bomb", "invade", "invasion", "fire", "retaliate",
        "retaliation", "weapon", "arm", "army", "troop",
    };

    private static readonly HashSet<string> StopVerbs = new(StringComparer.Ordinal)
    {
        "stop", "halt", "end", "cease", "withdraw", "pull", "de-escalate", "deescalate", "suspend", "lift",
    };

    private static readonly HashSet<string> FightingWords = new(StringComparer.Ordinal)
    {
        "war", "offensive", "fighting", "attack", "violence", "troop", "troops", "force", "hostility", "shelling", "bombing", "strike",
        "operation", "military", "invasion", "aggression", "bombardment", "assault", "incursion", "airstrike", "soldier", "siege",
        "blockade",
    };

    /// <summary>
    /// The appeal or demand's clause asks to stop fighting: a verb of stopping or withdrawing and a word of war in it ("urged
    /// Russia to stop the war in Ukraine", "called on Turkey to halt its military offensive", "pull its forces back").
    /// </summary>
    private static bool AsksToStopFighting(SentenceTree tree, int trigger)
    {
        foreach (var c in tree.Children(trigger))
        {
            if (!(tree.RelIs(c, "xcomp") || tree.RelIs(c, "ccomp") || tree.RelIs(c, "advcl") && tree.HasMarker(c, "to")))
            {
                continue;
            }
            if (StopVerbs.Contains(tree.Lemma(c).ToLowerInvariant()) && PhraseMentions(tree, c, FightingWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word of the phrase headed by <paramref name="head"/> has a lemma in <paramref name="words"/>.</summary>
    private static bool PhraseMentions(SentenceTree tree, int head, HashSet<string> words)
    {
        var (first, last) = tree.SubtreeTokens(head);
        return Mentions(tree, first, last, words, forms: false);
    }

    /// <summary>A warning whose content clause names force: "warned Taiwan that it would use force to stop independence".</summary>
    private static bool WarnsOfForce(SentenceTree tree, int trigger)
    {
        if (tree.Lemma(trigger).ToLowerInvariant() is not ("warn" or "threaten"))
        {
            return false;
        }
        foreach (var c in tree.Children(trigger))
        {
            if (tree.RelIs(c, "ccomp") && PhraseMentions(tree, c, ForceWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A demonym ("Ethiopian", "Chinese", "Israeli", "Turkish") that resolves to a country itself.</summary>
    private static bool DemonymOfCountry(ActorBinder binder, SentenceTree tree, int t)
    {
        var form = tree.LowerForm(t);
        return (form.EndsWith("an", StringComparison.Ordinal) || form.EndsWith("ese", StringComparison.Ordinal) || form.EndsWith("ish", StringComparison.Ordinal)
                || form.EndsWith("i", StringComparison.Ordinal) || form.EndsWith("ic", StringComparison.Ordinal))
            && binder.Bind(tree, t, viaModifiers: false) is [{ Actor: { Sectors.Count: 0 } a }] && a.Code.Length == 3 && a.Code != ActorRef.Unknown.Code;
    }

    /// <summary>Units and staff an international or non-governmental organisation sends: "the UN mission", "MSF teams".</summary>
    private static readonly HashSet<string> OrganisationUnits = new(StringComparer.Ordinal)
    {
        "mission", "peacekeeper", "force", "office", "agency", "delegation", "team", "observer", "monitor", "inspector", "staff",
        "personnel", "worker", "envoy", "representative", "official", "convoy", "operation",
    };

    /// <summary>Measures a state imposes, whose state-name compound is their author ("U.S. sanctions", "EU tariffs").</summary>
    private static readonly HashSet<string> ImposedMeasures = new(StringComparer.Ordinal)
    {
        "sanction", "embargo", "tariff", "blockade", "ban", "restriction", "measure", "curb", "levy", "duty", "boycott",
    };

    /// <summary>Things an armed side holds or uses, whose compound modifier is their owner: "ISIL positions", "army base".</summary>
    private static readonly HashSet<string> MilitaryAssets = new(StringComparer.Ordinal)
    {
        "position", "base", "target", "convoy", "checkpoint", "outpost", "camp", "hideout", "stronghold", "facility", "headquarters",
        "vehicle", "tank", "ship", "vessel", "warship", "aircraft", "plane", "jet", "drone", "unit", "patrol", "post", "barracks",
        "depot", "installation", "line", "trench", "bunker", "tunnel", "launcher", "site",
    };

    /// <summary>Participles whose actor (before them) leads, backs, owns or holds the noun they modify.</summary>
    private static readonly HashSet<string> ActorParticiples = new(StringComparer.Ordinal)
    {
        "lead", "back", "sponsor", "support", "arm", "flag", "own", "run", "hold", "control", "occupy", "draft", "propose",
    };

    /// <summary>Armed groups that fight their own state (and so make agreements with it).</summary>
    private static readonly FrozenSet<string> ArmedOpposition = new[] { "REB", "INS", "RAD", "UAF" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Role marking the implicit target of a state's emergency measure (its own country).</summary>
    private const string OwnCountryRole = "own country";

    /// <summary>Markers of a phrase right after the object that aims the act at someone (see <see cref="PhraseTarget"/>).</summary>
    private static readonly string[] ObjectPhraseMarkers = ["against", "on", "at"];

    /// <summary>Verbs whose at-phrase is aimed at someone ("fired water cannon at a vessel"); elsewhere "at" is a place ("signed the accords at the White House").</summary>
    private static readonly HashSet<string> ProjectileVerbs = new(StringComparer.Ordinal)
    {
        "fire", "shoot", "throw", "hurl", "launch", "lob", "aim", "point", "direct", "spray", "fling",
    };

    /// <summary>Participles that name whom the act they modify is aimed at: "sanctions targeting Russian banks".</summary>
    private static readonly HashSet<string> TargetingParticiples = new(StringComparer.Ordinal)
    {
        "target", "encircle", "surround", "aim", "direct", "intend",
    };

    private static readonly HashSet<string> HelpVerbs = new(StringComparer.Ordinal) { "help", "support", "assist", "aid", "feed", "rebuild", "protect", "shelter", "treat" };

    /// <summary>
    /// Aid given "to help" someone goes to them: "donated $100 million to help victims of the cyclone" (the purpose
    /// infinitive's object is the beneficiary, for aid patterns that name no target).
    /// </summary>
    private static void BeneficiaryTarget(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        foreach (var c in tree.Children(match.Trigger))
        {
            if (tree.RelIs(c, "advcl") && tree.HasMarker(c, "to") && HelpVerbs.Contains(tree.Lemma(c).ToLowerInvariant())
                && tree.Child(c, "obj") is var beneficiary and >= 0 && HasActor(binder, tree, beneficiary))
            {
                (match.Target, match.TargetHow) = (beneficiary, $"obj of '{tree.LowerForm(c)}' (the purpose of the aid)");
                return;
            }
        }
    }

    /// <summary>
    /// A noun that is no actor and names one only in a name compound: "the Ukraine scandal", "the Russia probe" are
    /// topics, not parties ("limited their inquiry to the Ukraine scandal" is not aimed at Ukraine). An adjective
    /// ("Russian oil") or an of-phrase ("the bombing of a mosque") still names the party.
    /// </summary>
    private static bool Topic(ActorBinder binder, SentenceTree tree, int token)
    {
        if (binder.Bind(tree, token, viaModifiers: false).Any(p => p.Actor is not null))
        {
            return false;
        }
        var viaCompound = false;
        foreach (var c in tree.Children(token))
        {
            if (!HasActor(binder, tree, c))
            {
                continue;
            }
            if (!tree.RelIs(c, "compound"))
            {
                return false;
            }
            viaCompound = true;
        }
        return viaCompound;
    }

    private static bool HasActor(ActorBinder binder, SentenceTree tree, int token)
    {
        foreach (var p in binder.Bind(tree, token))
        {
            if (p.Actor is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first actor in the complements, PETRARCH's order: the object phrases of the trigger, then its
    /// obliques (text order), then those of the other matched words; each phrase searched breadth-first
    /// (four levels, through nominal modifiers, participial modifiers and secondary predicates); last,
    /// the subject of a clausal complement.
    /// </summary>
    private static int FirstComplementActor(SentenceTree tree, ActorBinder binder, PatternMatch match, int exclude)
    {
        var subject = tree.Child(match.Trigger, "nsubj");
        var roots = new List<int>();
        foreach (var anchor in match.Used)
        {
            foreach (var objects in new[] { true, false })
            {
                foreach (var c in tree.Children(anchor))
                {
                    if (c != subject && !roots.Contains(c) && IsComplement(tree, c) && (tree.RelIs(c, "obj") || tree.RelIs(c, "iobj")) == objects
                        && !(anchor == match.Trigger && (tree.RelIs(c, "xcomp") || tree.RelIs(c, "acl"))))
                    {
                        roots.Add(c);
                    }
                }
            }
        }
        // Last, an infinitive of purpose: "signed an accord to supply Gondor with wheat".
        foreach (var c in tree.Children(match.Trigger))
        {
            if (tree.RelIs(c, "advcl") && tree.Upos(c) == Upos.VERB && tree.HasMarker(c, "to") && tree.Child(c, "nsubj") < 0)
            {
                roots.Add(c);
            }
        }
        foreach (var root in roots)
        {
            var frontier = new List<int> { root };
            var seen = new HashSet<int> { match.Trigger, root };
            for (var depth = 0; depth < 4 && frontier.Count > 0; depth++)
            {
                foreach (var c in frontier)
                {
                    if (c != exclude && !match.Used.Contains(c) && !(exclude >= 0 && tree.IsAncestor(exclude, c)) && HasActor(binder, tree, c))
                    {
                        return c;
                    }
                }
                var next = new List<int>();
                foreach (var head in frontier)
                {
                    // The subject of a content clause: "expressed hopes that Osgiliath could be drawn into ...".
                    var content = tree.Rel(head) == "acl" && tree.Upos(head) == Upos.VERB && tree.HasMarker(head, "that");
                    foreach (var c in tree.Children(head))
                    {
                        // Not into an infinitive of its own: "discuss efforts to counter Islamic State militants".
                        var infinitive = tree.RelIs(c, "acl") && tree.Upos(c) == Upos.VERB && tree.HasMarker(c, "to");
                        if (seen.Add(c) && !infinitive && (IsComplement(tree, c) || content && tree.RelIs(c, "nsubj")))
                        {
                            next.Add(c);
                        }
                    }
                }
                next.Sort();
                frontier = next;
            }
        }
        foreach (var t in match.Used)
        {
            foreach (var c in tree.Children(t))
            {
                if ((tree.RelIs(c, "ccomp") || tree.RelIs(c, "xcomp")) && tree.Child(c, "nsubj") is var s and >= 0 && s != exclude && HasActor(binder, tree, s))
                {
                    return s;
                }
            }
        }
        return -1;
    }

    private static bool IsComplement(SentenceTree tree, int t)
    {
        var rel = tree.Rel(t);
        if (rel.EndsWith(":tmod", StringComparison.Ordinal) || rel.EndsWith(":npmod", StringComparison.Ordinal) || rel == "nmod:poss" || rel == "acl:relcl")
        {
            return false;
        }
        return ComplementRelations.Any(r => tree.RelIs(t, r));
    }

    private CameoCode? Lookup(string code)
    {
        if (code.Length == 0)
        {
            return null;
        }
        var found = codebook.FindOrParent(code);
        if (found is null && _options.CodesOutsideCodebook)
        {
            found = new CameoCode(code, code, code.Length >= 2 ? code[..2] : code, 0, 0, null, null);
        }
        return found;
    }

    private void AddEvents(Document document, SentenceTree tree, ActorBinder binder, BoundMatch bound, TimeExpressionLayer? times, GeoPlace? defaultPlace,
        (bool Sentence, bool Story) sports, (SentenceTree Tree, int Token)? claimant, List<CodedEvent> events, List<CodedEvent> untargeted)
    {
        var match = bound.Match;
        var pattern = match.Pattern;
        var forward = Lookup(pattern.Code);
        var reverse = pattern.ReverseCode is { } rc ? Lookup(rc) : null;
        var code = forward ?? reverse;
        if (code is null)
        {
            return;
        }
        var news = _options.NewsHeuristics;
        if (news && code.Root is "14" or "17" or "18" or "19" or "20" && sports.Sentence)
        {
            return; // "France defeated Croatia in the final": a match, not a war
        }
        if (news && sports.Story && bound.Sources.Concat(bound.Targets).Any(p => p.Actor is { Sectors.Count: 0 } a && !a.Code.StartsWith("IGO", StringComparison.Ordinal)))
        {
            return; // a sports story: "Russia beat Croatia on Monday", "Spain will be back in action against Croatia" are teams
        }
        if (news && code.Root is "18" or "19" or "20" && FigurativeAdversary(tree, match))
        {
            // "help it fight the coronavirus", "combat corruption": the object is no one to attack; also when an actor hangs
            // on that object ("executed the sentence of the court")
            return;
        }
        if (news && code.Root == "19" && StruggleToDo(tree, match))
        {
            return; // "US battles to save storm victims": an effort, not a fight ("fought to take the town" is one)
        }
        if (news && code.Code == "190" && tree.Lemma(match.Trigger).Equals("target", StringComparison.OrdinalIgnoreCase) && SpeaksOfSanctions(tree)
            && Lookup("163") is { } sanctions)
        {
            // "The United States also announced sanctions on eight Belarusian officials, days after Britain and Canada targeted
            // Lukashenko personally": whom sanctions target they are imposed on, no attack.
            code = forward = sanctions;
            reverse = null;
        }
        if (news && code.Root == "14" && tree.Lemma(match.Trigger).ToLowerInvariant() == "call" && CalledSomething(tree, match.Trigger))
        {
            return; // "called the strikes \"absolutely unbelievable\"": a judgement of air strikes, not a call for a strike
        }
        if (news && tree.Lemma(match.Trigger).ToLowerInvariant() is "ask" or "question" && tree.Pos.XposOf(match.Trigger) is "VBN" or "VBD"
            && match.Trigger == tree.First && tree.Child(match.Trigger, "aux") < 0 && tree.Child(match.Trigger, "nsubj") < 0)
        {
            return; // "Asked whether China had sought a similar arrangement, he said ...": he was asked, he asked nobody
        }
        if (news && code.Code.StartsWith("012", StringComparison.Ordinal) && tree.Pos.XposOf(match.Trigger) == "VBG" && tree.RelIs(match.Trigger, "advcl")
            && tree.Child(match.Trigger, "mark") < 0 && match.Trigger > tree.First && tree.LowerForm(match.Trigger - 1) == ",")
        {
            return; // "signed a secret pact with Beijing, raising fears of a Chinese naval presence": what the act caused, no one's statement
        }
        if (news && code.Root is "18" or "19" or "20" && FigurativeAttacker(tree, match))
        {
            return; // "farmers hit by retaliatory Chinese tariffs": a measure or a storm is no attacker
        }
        if (news && code.Root == "04" && match.Source >= 0 && tree.Lemma(match.Source).ToLowerInvariant() is "mediator" or "broker"
            && Lookup("045") is { } mediation)
        {
            // "Mediators from Qatar, Egypt and the United States resumed ceasefire negotiations between Israel and Hamas":
            // talks held by mediators are their mediation between the sides.
            code = forward = mediation;
            reverse = null;
        }
        if (news && code.Root == "02" && match.Passive && tree.Lemma(match.Trigger).ToLowerInvariant() == "encourage" && !HasToInfinitive(tree, match.Trigger))
        {
            return; // "the Members of the Security Council are encouraged by the decision": heartened, not appealed to
        }
        if (news && code.Root is "06" or "07" && ReceivedHostility(tree, match.Trigger))
        {
            return; // "received heavy machine gun and grenade fire from ISIL fighters": no aid but an attack
        }
        if (news && code.Code == "0841" && tree.Child(match.Trigger, "obj") is var freed and >= 0
            && ActorBinder.PlaceNouns.Contains(tree.Lemma(freed).ToLowerInvariant()))
        {
            return; // "opposition forces liberated the Syrian town of Dabiq": a town taken back is no release of people
        }
        if (news && code.Code == "0874" && bound.Targets.Count > 0 && bound.Targets.All(t => t.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true)
            && !MentionsTroops(tree, match) && Lookup("160") is { } leave)
        {
            // "Mali withdrew from ECOWAS", "pulled out of the WHO": one leaves an organisation (a cut in relations, 16),
            // one does not retreat from it; "withdrew its troops from the UN mission" is still a military withdrawal.
            code = forward = leave;
            reverse = null;
        }
        if (news && tree.Lemma(match.Trigger).Equals("vote", StringComparison.OrdinalIgnoreCase) && code.Root == "05" && OwnObject(tree, match))
        {
            return; // "the monies Congress voted for Taiwan's defence": voting funds for something is no endorsement of it
        }
        if (news && code.Root == "14" && ProtestVerbs.Contains(tree.Lemma(match.Trigger).ToLowerInvariant()) && OwnObject(tree, match))
        {
            return; // "the transfers demonstrate a disregard for rights", "rallied support": showing or gathering something, not a protest
        }
        var toThePress = bound.Targets.Count > 0 && bound.Targets.All(t => t.Actor?.Sectors.Contains("MED") == true);
        if (news && code.Code.StartsWith("064", StringComparison.Ordinal) && toThePress)
        {
            return; // "disclosed the decision to a broadcaster": telling the press is a public statement, not sharing intelligence
        }
        if (news && code.Root == "04" && toThePress
            && tree.Lemma(match.Trigger).ToLowerInvariant() is "speak" or "talk" or "tell" or "interview" or "phone" or "telephone" or "call")
        {
            return; // "a Taliban commander, speaking to The Associated Press by telephone": an interview, no consultation
        }
        if (news && code.Code.StartsWith("054", StringComparison.Ordinal) && bound.Targets.Count > 0
            && bound.Targets.All(t => t.Actor is null || t.Actor.Code == ActorRef.Unknown.Code || Civilians(t.Actor)) && !AsPredicate(tree, match.Trigger))
        {
            return; // "an officer recognized her", "recognized the journalist": knowing someone's face; a state or government is recognised, or someone "as" something
        }
        if (news && code.Code is "191" or "192" && bound.Sources.Count > 0
            && bound.Sources.All(s => s.Actor is { } a && (Civilians(a) || APeople(document, s))))
        {
            // "helping people in entering Japan", "surrounded by representatives of 50 countries", "300 Indians were deported
            // for illegally entering the country": no one armed blockades or occupies.
            return;
        }
        if (news && code.Code.StartsWith("191", StringComparison.Ordinal) && match.Passive && bound.Sources.Count > 0
            && bound.Sources.Any(s => s.Actor is not null) && bound.Sources.All(s => s.Actor is null || s.Actor is { Sectors.Count: 0 } a && a.Code.Length == 3)
            && tree.Lemma(match.Trigger).ToLowerInvariant() is "surround" or "encircle" or "ring" or "border" or "enclose")
        {
            return; // "Syria is surrounded by Turkey, Iraq, Jordan and Israel": a map, not a siege (armies besiege: "by Russian troops")
        }

        if (news && code.Code == "190" && tree.Lemma(match.Trigger) == "target" && bound.Sources.Count > 0
            && bound.Sources.All(s => s.Actor is { Sectors.Count: > 0 } a && !a.Sectors.Any(FightingSectors.Contains)))
        {
            return; // "the company's offices have been targeted by authorities as part of investigations": a legal target, no attack
        }
        if (news && code.Root == "10" && match.Source >= 0 && tree.Upos(match.Source) == Upos.NOUN && LegalTexts.Contains(tree.Lemma(match.Source).ToLowerInvariant()))
        {
            return; // "as the constitution requires candidates to hold a university diploma": a text's rule, nobody's demand
        }
        if (news && code.Root == "14" && bound.Sources.Count > 0
            && bound.Sources.All(s => s.Actor is { } a && (a.Sectors.Contains("MIL") || a.Sectors.Contains("REB") || a.Sectors.Contains("INS") || a.Sectors.Contains("UAF"))))
        {
            // "the People's Liberation Army took to the city's streets to clear barricades": an army deploys, it does not protest;
            // nor do rebels: "a day after M23 fighters marched into the city" (was CODREB -> CODGOV 141).
            return;
        }
        if (news && code.Root == "14" && pattern.Nominal && tree.Lemma(match.Trigger).ToLowerInvariant() is "rally" or "march" && match.SourceHow.StartsWith("nmod:poss", StringComparison.Ordinal)
            && (tree.LowerForm(match.Source) is "his" or "her" || bound.Sources.Any(s => s.Actor is { Name: not null }))
            && !bound.Sources.Any(s => s.Actor?.Sectors.Contains("OPP") == true))
        {
            // "a gunman opened fire at his rally", "Modi's rally in Varanasi": one person's rally campaigns, it protests nothing
            // (an opposition leader's may be a protest).
            return;
        }
        if (pattern.StateTarget && bound.Targets.Count > 0 && !bound.Targets.Any(t => t.Actor is { } a && StateOrInternational(a)))
        {
            return; // "bystanders joined the party", "Tunisians flocked to join jihadist groups": no state or international body joined
        }
        if (news && code.Code == "074" && match.Used.Any(u => u != match.Trigger && tree.Pos.XposOf(u) == "VB" && tree.HasMarker(u, "to")))
        {
            return; // "deployed missile systems to monitor the Indian forces": the purpose verb is no "monitor" sent as peacekeeper
        }
        if (news && code.Code == "080" && tree.Lemma(match.Trigger).Equals("submit", StringComparison.OrdinalIgnoreCase) && tree.ChildExact(match.Trigger, "obj") >= 0)
        {
            return; // "started to submit reports to the committees": handing something in, not submitting to someone's will
        }
        if (news && code.Root == "14" && tree.Lemma(match.Trigger).Equals("march", StringComparison.OrdinalIgnoreCase)
            && tree.ChildMarked(match.Trigger, "obl", "on") >= 0 && bound.Sources.Any(p => p.Actor?.Sectors.Contains("MIL") == true)) // "marched on Anahuac"
        {
            return; // "Travis and a small force marched on Anahuac": an advance on a town, no protest march
        }
        if (news && code.Root == "04" && tree.Lemma(match.Trigger).Equals("meet", StringComparison.OrdinalIgnoreCase)
            && tree.ChildExact(match.Trigger, "nsubj") is var meeters and >= 0 && ArmedUnitWords.Contains(tree.Lemma(meeters).ToLowerInvariant())
            && tree.ChildExact(match.Trigger, "obj") is var met and >= 0 && ArmedUnitWords.Contains(tree.Lemma(met).ToLowerInvariant()))
        {
            return; // "Anglo-American forces met Mexican troops at the town of Gonzales": a battle, no consultation
        }
        if (news && code.Code == "192" && tree.Lemma(match.Trigger).Equals("occupy", StringComparison.OrdinalIgnoreCase)
            && (HasChildLemma(tree, match.Trigger, "now") || bound.Sources.Count >= 2 && bound.Sources.All(p => p.Actor is { Sectors.Count: 0 })))
        {
            return; // "the area that is now occupied by Lebanon, Syria, and Israel": countries take up the land, nobody occupies it
        }
        if (news && code.Root == "04" && tree.Lemma(match.Trigger).Equals("meet", StringComparison.OrdinalIgnoreCase) && tree.Pos.XposOf(match.Trigger) is "VBP" or "VBZ"
            && HasChildLemma(tree, match.Trigger, "where") && bound.Sources.Count > 0 && bound.Sources.All(p => p.Actor is { Sectors.Count: 0 }))
        {
            return; // "the border area where Argentina and Brazil and Paraguay meet": borders meet, states hold no meeting
        }
        if (news && code.Root == "05" && tree.Lemma(match.Trigger).Equals("join", StringComparison.OrdinalIgnoreCase)
            && (JoinedInDoing(tree, match.Trigger) || bound.Targets.Count > 0 && bound.Targets.All(t => t.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s is "MIL" or "COP"))))
        {
            // "Brazil joined Argentina in expressing hope": the same stance, no membership; "millions of Indians joined the
            // British military": enlisting, no act between states. Forces joining forces cooperate militarily: "Chinese
            // troops joined Russian forces for the Vostok exercises" (062).
            if (!JoinedInDoing(tree, match.Trigger) && bound.Sources.Count > 0 && bound.Sources.All(p => p.Actor is { Sectors.Count: > 0 } a && a.Sectors.Contains("MIL"))
                && Lookup("062") is { } military)
            {
                code = forward = military;
                reverse = null;
            }
            else
            {
                return;
            }
        }
        if (news && code.Root == "05" && tree.Lemma(match.Trigger).ToLowerInvariant() is "support" or "assist" or "back" or "reinforce"
            && bound.Sources.Count > 0 && bound.Sources.All(p => p.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s is "MIL" or "COP"))
            && bound.Targets.Count > 0 && bound.Targets.All(t => t.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s is "MIL" or "COP"))
            && Lookup("062") is { } fieldSupport)
        {
            // "Haitian police, supported by Kenyan officers from the MSS mission, launched a counteroffensive": forces supporting
            // forces in the field cooperate militarily (062), they do not endorse them (051).
            code = forward = fieldSupport;
            reverse = null;
        }
        if (news && code.Root == "09" && tree.Lemma(match.Trigger).Equals("question", StringComparison.OrdinalIgnoreCase)
            && tree.ChildExact(match.Trigger, "obj") is var questioned and >= 0 && ContestedThings.Contains(tree.Lemma(questioned).ToLowerInvariant())
            && Lookup("111") is { } disputed)
        {
            code = forward = disputed; // "China has questioned India's sovereignty over Arunachal Pradesh": disputing it, no interrogation
            reverse = null;
        }
        if (news && code.Code is "1823" or "180" && tree.Lemma(match.Trigger).Equals("execute", StringComparison.OrdinalIgnoreCase)
            && (tree.ChildExact(match.Trigger, match.Passive ? "nsubj:pass" : "obj") is var executed and >= 0 && ExecutedThings.Contains(tree.Lemma(executed).ToLowerInvariant())))
        {
            return; // "four projects are being executed by the FAO": carried out, nobody killed
        }
        if (news && code.Root == "19" && tree.Lemma(match.Trigger).Equals("strike", StringComparison.OrdinalIgnoreCase)
            && tree.ChildExact(match.Trigger, "obj") is var struck and >= 0 && StruckFigures.Contains(tree.Lemma(struck).ToLowerInvariant()))
        {
            return; // "He struck a light with a flint", "struck a balance", "struck a chord": no blow
        }
        if (news && code.Code.StartsWith("183", StringComparison.Ordinal) && bound.Sources.Count > 0
            && bound.Sources.All(p => p.Actor is { } a && !a.Code.StartsWith("IMG", StringComparison.Ordinal) && !a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
                && (a.Sectors.Count == 0 || a.Sectors.All(s => s is "GOV" or "MIL"))))
        {
            // A state's bomb is no terrorist's: "Myanmar military aircraft bombed a crowded market" is an air strike; "Russia has showed
            // its intentions by exploding bombs", "the biggest device the United States has exploded", with no target, a weapons test.
            if (tree.Lemma(match.Trigger).Equals("bomb", StringComparison.OrdinalIgnoreCase) && Lookup("195") is { } airstrike)
            {
                code = forward = airstrike;
            }
            else if (bound.Targets.Count == 0)
            {
                return;
            }
        }
        if (news && code.Root == "09" && tree.Lemma(match.Trigger).Equals("question", StringComparison.OrdinalIgnoreCase) && bound.Sources.Count > 0
            && bound.Sources.All(p => p.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s == "MED")))
        {
            return; // "The reporters were questioning the Interior man": journalists' questions investigate nobody
        }
        if (news && code.Root == "02" && tree.Lemma(match.Trigger).Equals("ask", StringComparison.OrdinalIgnoreCase) && bound.Sources.Count > 0
            && bound.Sources.All(p => p.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s == "MED")))
        {
            return; // "reporters asked him about the report": a journalist's question is no appeal
        }
        if (news && pattern.Nominal && AnniversaryOf(tree, match.Trigger))
        {
            return; // "the 80th anniversary of the signing of the treaty": remembered, not reported
        }
        if (news && code.Code == "042" && tree.Lemma(match.Trigger).ToLowerInvariant() is "arrive" or "go" or "come" or "travel" or "head" && bound.Sources.Count > 0
            && bound.Sources.All(p => p.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s is "COP" or "MIL" or "INS" or "REB" or "CRM" or "CVL" or "MED")))
        {
            // "When police arrived the man was still violent": police, troops or reporters arriving somewhere pay no visit.
            // A state's police or troops arriving in another country come on a mission: "Kenyan police officers arrived in
            // Haiti to lead a multinational mission" (074).
            if (tree.Lemma(match.Trigger).Equals("arrive", StringComparison.OrdinalIgnoreCase)
                && bound.Sources.All(p => p.Actor is { Country: { Length: 3 } c } a && c != ActorRef.Unknown.Code && a.Sectors.All(s => s is "COP" or "MIL"))
                && bound.Targets.Count > 0 && bound.Targets.All(t => t.Actor is { Country: { Length: 3 } tc } && tc != ActorRef.Unknown.Code
                    && bound.Sources.All(p => p.Actor!.Country != tc))
                && Lookup("074") is { } mission)
            {
                code = forward = mission;
                reverse = null;
            }
            else
            {
                return;
            }
        }
        if (news && tree.Lemma(match.Trigger).Equals("surround", StringComparison.OrdinalIgnoreCase) && tree.Pos.XposOf(match.Trigger) == "VBN"
            && match.Source >= 0 && Entourage.Contains(tree.Lemma(match.Source).ToLowerInvariant()))
        {
            return; // "Maduro appeared on state television surrounded by officers": his entourage, no encirclement
        }
        if (news && code.Root == "14" && tree.Lemma(match.Trigger).Equals("dissent", StringComparison.OrdinalIgnoreCase) && bound.Sources.Count > 0
            && bound.Sources.All(p => p.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s is "JUD" or "LEG")
                || p.Actor?.Role?.Contains("Judge", StringComparison.Ordinal) == true || match.Source >= 0 && SubtreeHasLemma(tree, match.Source, "judge")))
        {
            // "Two of the nine judges dissented on the sentence": an opinion in a ruling or a vote, no protest; also judges of an
            // international court named with their countries ("Judge Abdulqawi Yusuf of Somalia and the Italian judge ad hoc").
            return;
        }
        if (news && code.Root == "04" && match.Source >= 0 && ConveyanceNouns.Contains(tree.Lemma(match.Source).ToLowerInvariant()))
        {
            return; // "A UNHCR airlift carrying tents ... landed in Dhaka": a plane or a cargo arrives, nobody visits
        }
        if (news && code.Root == "19" && tree.Lemma(match.Trigger).ToLowerInvariant() is "defeat" or "beat" && ElectionContext(tree))
        {
            return; // "won Bolivia's first-ever presidential runoff on Sunday, defeating the conservative former president": votes
        }
        if (news && code.Code == "052" && tree.Lemma(match.Trigger).Equals("defend", StringComparison.OrdinalIgnoreCase) && bound.Sources.Count > 0
            && bound.Sources.All(p => p.Actor is { Sectors.Count: > 0 } a && a.Sectors.All(s => s is "MIL" or "COP" or "REB" or "INS" or "UAF")))
        {
            return; // "It was defended by a lightly armed Bosnian government force and by some 400 Dutch peacekeepers": arms, not words
        }
        if (news && code.Root == "14" && match.Source >= 0 && tree.LowerForm(match.Source) is "he" or "she" or "i"
            && tree.Lemma(match.Trigger).Equals("protest", StringComparison.OrdinalIgnoreCase) && !pattern.Nominal)
        {
            return; // "When he protested, the hotel owner said": one person objects, he holds no demonstration
        }
        if (news && code.Root == "14" && !ProtestContext(tree, bound.Sources, match.Trigger))
        {
            return; // "the vessel was sitting", "brass gathered in Paris": not a protest without protesters or a protest word
        }
        if (news && pattern.Text == "S call on T" && !HasToInfinitive(tree, match.Trigger) && tree.ChildMarked(match.Trigger, "obl", "for") < 0
            // ("called on the U.N. mission and NATO-led peacekeepers in Kosovo to reverse it": the infinitive hung inside the phrase)
            && !InfinitiveInside(tree, match.Trigger)
            // (nor "called on the pope to distance himself", with "to distance" parsed as a noun after "pope")
            && !(match.Target >= 0 && match.Target + 1 < tree.End && tree.LowerForm(match.Target + 1) == "to")
            && bound.Sources.Any(IsOfficial) && bound.Targets.Count > 0 && bound.Targets.All(IsOfficial) && Lookup("042") is { } courtesyCall)
        {
            // "During the visit, Minister Anand called on Prime Minister Narendra Modi": an official who calls on another with
            // nothing asked pays a courtesy call (a visit), not an appeal.
            code = forward = courtesyCall;
            reverse = null;
        }
        if (news && code.Root is "02" or "10" && tree.Lemma(match.Trigger).ToLowerInvariant() is "push" or "shove" && !HasToInfinitive(tree, match.Trigger)
            && tree.ChildMarked(match.Trigger, "obl", "for") < 0 && MovedSomewhere(tree, match.Trigger))
        {
            return; // "officers pushed the crowd back toward Freedom Square": a shove, not pressure to act
        }
        if (news && (HeldOff(tree, match) || code.Root == "15" && PolicingPurpose(tree, match.Trigger)))
        {
            // "agreed to hold off for a month on imposing 25% tariffs" imposes none; "will deploy 10,000 troops to its border
            // with the United States to stem the flow of drugs" polices its border, it shows the neighbour no force.
            return;
        }
        if (news && LongAgoClause(tree, match.Trigger))
        {
            return; // "returning to power eight years after he left office": an act years before the story's is its background
        }
        if (news && code.Code == "192" && tree.Lemma(match.Trigger).ToLowerInvariant() is "enter" or "cross"
            && bound.Sources.All(p => document.Tokens.FirstTokenEndingAfter(p.Span.Start) is var st && st < document.Tokens.Count
                && tree.LowerForm(st) is "he" or "she"))
        {
            return; // "the man was detained as he was entering Kosovo from Serbia": a person crossing a border occupies nothing
        }
        if (news && code.Code == "0831" && tree.ChildMarked(match.Trigger, "obl", "in") is var reason and >= 0 && tree.Lemma(reason).ToLowerInvariant() == "protest")
        {
            return; // "diplomats have resigned in protest over the government's decision": a protest, not yielding office
        }
        if (news && code.Root == "04" && tree.Lemma(match.Trigger).Equals("call", StringComparison.OrdinalIgnoreCase) && NamingFrame(tree, match.Trigger))
        {
            return; // "called Chinese subsidies unbearable", "calling him a war hero", "a website called X": naming, not a phone call
        }
        if (news && code.Code == "042" && TransportsSomeone(tree, match))
        {
            return; // "flying the migrants to Louisiana", "returned the captured pilot to India": moving someone, not a visit
        }
        // (A state named bare hosts officials: "India hosted foreign ministers from Australia, Japan and the United States"; not "South
        // Korea also hosts several polysilicon manufacturers", nor "G20 meetings it hosts this year", a description.)
        if (news && code.Code is "042" or "043" && !bound.Sources.Any(IsOfficial)
            && !(code.Code == "043" && bound.Sources.Any(s => s.Actor is { Sectors.Count: 0 } state && state.Code == state.Country && state.Code != ActorRef.Unknown.Code)
                && bound.Targets.Count > 0 && bound.Targets.All(IsOfficial) && !tree.RelIs(match.Trigger, "acl")))
        {
            return; // "migrants arrived", "tourists visited Vietnam": a visit is made by officials, not by anyone who travels
        }
        if (news && code.Root is "18" or "19" or "20" && EconomicFigure(tree, match.Trigger))
        {
            return; // "fired the opening shot in the trade war", "attacks on the Turkish economy", "striking back at countries that imposed sanctions"
        }
        var status = Modality(tree, match.Trigger);
        if (!status.Negated && match.Used.Any(u => u != match.Trigger && tree.Upos(u) == Upos.VERB && tree.RelIs(u, "ccomp") && HasNegation(tree, u)))
        {
            // "reiterated that Washington does not support Taiwan independence" matched "S reiterate support" on the clause's own
            // verb: what the clause denies is no event of the pattern.
            status = status with { Negated = true, Modality = EventModality.Denied };
        }
        if (!status.Negated && NoneOfTheObject(tree, match))
        {
            status = status with { Negated = true, Modality = EventModality.Denied }; // "made no apology to China", "gave no aid"
        }
        if (pattern.Nominal && match.Governor >= 0 && status.Modality == EventModality.Asserted && !TemporalAdjunct(tree, match.Trigger))
        {
            // "Beijing could retaliate with tariffs on ...", "will raise it during talks with ...": a nominal event that
            // takes the subject of the verb governing it shares that verb's modality (not its negation: "did not raise it
            // during talks with X" still reports the talks; nor for a time adjunct: "refused to sign before the talks").
            var clause = Modality(tree, match.Governor);
            if (!clause.Negated)
            {
                status = status with { Modality = clause.Modality, Governor = status.Governor ?? clause.Governor, Reported = status.Reported || clause.Reported };
            }
        }
        if (pattern.Nominal && match.Governor < 0 && status.Modality == EventModality.Asserted && !status.Negated && tree.RelIs(match.Trigger, "obj")
            && tree.Head(match.Trigger) is var holder and >= 0 && HoldingVerbs.Contains(tree.Lemma(holder).ToLowerInvariant()))
        {
            // "The two sides have been unable to reschedule a meeting between Mr. Trump and Xi", "failed to arrange talks
            // between ...": an event noun that a verb of holding or arranging takes shares that verb's clause (not
            // "attended talks between A and B", which took place whether or not anyone attended).
            var clause = Modality(tree, holder);
            if (clause.Negated || clause.Modality is EventModality.Hypothetical or EventModality.Conditional)
            {
                status = clause.Negated ? status with { Negated = true, Modality = EventModality.Denied } : status with { Modality = clause.Modality };
            }
        }
        // (Also a noun a stopped thing names: "suspending its participation in the next round of the dialogue with Pristina".)
        var stopped = match.Trigger;
        for (var hops = 0; hops < 3 && pattern.Nominal && (tree.RelIs(stopped, "nmod") || tree.RelIs(stopped, "obl")) && tree.Head(stopped) is var share and >= 0
            && tree.Upos(share) == Upos.NOUN && tree.Lemma(share).ToLowerInvariant() is "participation" or "round" or "part" or "session" or "resumption"; hops++)
        {
            stopped = share;
        }
        if (pattern.Nominal && status.Modality == EventModality.Asserted && !status.Negated
            && (tree.RelIs(stopped, "obj") || tree.Rel(stopped) == "nsubj:pass"
                || tree.RelIs(stopped, "obl") && tree.HasMarker(stopped, "in") && tree.Head(stopped) is var withdrawn and >= 0
                    && tree.ChildExact(withdrawn, "obj") is var withdrawnShare and >= 0 && tree.Lemma(withdrawnShare).ToLowerInvariant() is "participation" or "part" or "involvement")
            && tree.Head(stopped) is var stopper and >= 0 && StoppingVerbs.Contains(tree.Lemma(stopper).ToLowerInvariant()))
        {
            // (Also as the passive subject: "King Charles III's state visit to France ... has been postponed".)
            // "Orban blocked a 50 billion euro European Union aid package for Ukraine", "cancelled the summit with ...": what is
            // blocked, cancelled or withheld does not take place (the blocking is the verb's own event).
            status = status with { Negated = true, Modality = EventModality.Denied };
        }
        if (pattern.Nominal && status.Modality == EventModality.Asserted && !status.Negated && InsideStoppedSubject(tree, match.Trigger))
        {
            // "A meeting between the prime minister and opposition leaders, planned for Monday, was postponed indefinitely": parsed with
            // "leaders" as the passive subject and the meeting under it; the postponed thing still did not take place.
            status = status with { Negated = true, Modality = EventModality.Denied };
        }
        if (pattern.Nominal && status.Modality == EventModality.Asserted && !status.Negated && tree.RelIs(match.Trigger, "nsubj")
            && tree.Head(match.Trigger) is var judged and >= 0 && tree.Upos(judged) == Upos.ADJ && tree.LowerForm(judged) is var judgement
            && (ImprobableAdjectives.Contains(judgement) || judgement is "possible" or "likely" or "probable" or "unavoidable" or "inevitable"))
        {
            // "a requested meeting between the envoy and the deposed civilian leader was 'not possible at this time'", "a meeting
            // between the two leaders is unlikely": the predicate says the meeting did not take place, or only may.
            status = ImprobableAdjectives.Contains(judgement) || Modality(tree, judged).Negated
                ? status with { Negated = true, Modality = EventModality.Denied } : status with { Modality = EventModality.Hypothetical };
        }
        if (pattern.Nominal && match.Governor < 0 && status.Modality == EventModality.Asserted && !status.Negated
            && (tree.RelIs(match.Trigger, "obl") || tree.RelIs(match.Trigger, "nmod")) && tree.HasMarker(match.Trigger, "for")
            && VerbAbove(tree, match.Trigger) is var purposeOf and >= 0 && Modality(tree, purposeOf) is { Negated: false, Modality: EventModality.Future or EventModality.Hypothetical or EventModality.Conditional } planned)
        {
            // "Trump and Putin will meet Friday at a military base in Alaska for their first in-person talks": what a planned
            // meeting is for is planned too.
            status = status with { Modality = planned.Modality, Governor = status.Governor ?? planned.Governor, Reported = status.Reported || planned.Reported };
        }
        if (pattern.Nominal && status.Modality == EventModality.Asserted && code.Root == "04" && FirstConjunct(tree, match.Trigger) is var advocated
            && tree.RelIs(advocated, "obj") && tree.Head(advocated) is var advocate and >= 0 && AdvocacyVerbs.Contains(tree.Lemma(advocate).ToLowerInvariant()))
        {
            // "Xi said all parties should support dialogue and negotiation between Russia and Ukraine": talks one supports or
            // encourages are wished for, not held.
            status = status with { Modality = EventModality.Hypothetical };
        }
        if (pattern.Nominal && status.Modality == EventModality.Asserted && ProspectiveNoun(tree, match.Trigger))
        {
            // "will require the support of the Congress", "the efforts towards a new summit between ...": needed or sought,
            // not done.
            status = status with { Modality = EventModality.Hypothetical };
        }
        if (pattern.Nominal && status.Modality == EventModality.Asserted && tree.RelIs(match.Trigger, "nsubj") && tree.Head(match.Trigger) is var predicate and >= 0)
        {
            // "A war between India and Pakistan would ruin both": an event noun as the subject of a modal clause is
            // as hypothetical as that clause ("the talks did not produce results" still reports the talks).
            var clause = Modality(tree, predicate);
            if (PatternMatcher.OccurrenceVerbs.Contains(tree.Lemma(predicate).ToLowerInvariant()))
            {
                // "another summit will take place between Washington and Pyongyang", "fighting did not break out": the verb
                // of occurring is the event's own clause, its tense and negation included.
                status = clause;
            }
            else if (!clause.Negated && clause.Modality is EventModality.Hypothetical or EventModality.Conditional)
            {
                status = status with { Modality = clause.Modality, Governor = status.Governor ?? clause.Governor, Reported = status.Reported || clause.Reported };
            }
        }
        if (status.Negated && !_options.KeepNegated && news && status.Governor == "deny"
            && (match.SourceHow.Contains("propagated", StringComparison.Ordinal) || DenierIsTheActsPronoun(tree, match.Trigger))
            && code.Root != "01" && Lookup("016") is { } denial)
        {
            // "Armenia denied firing at Ganja", "Khartoum denies arming the militia": the act is not coded, but the denial of one's own
            // act is (016, deny responsibility), by the same source to the same target. Not a denial that someone else did it
            // ("denied that Kazemi had been beaten by judicial officials": the subject of the act is not the denier).
            code = forward = denial;
            reverse = null;
            match.SourceHow += $" (who denied the act: {denial.Code})";
            status = status with { Negated = false, Modality = EventModality.Asserted };
        }
        var (negated, modality) = (status.Negated, status.Modality);
        if (negated && !_options.KeepNegated)
        {
            return;
        }
        if (modality is EventModality.Conditional or EventModality.Hypothetical && !_options.KeepHypothetical)
        {
            return; // "if Russia invaded", "demanded that Qatar shut down", "could impose": it has not happened
        }
        if (news && modality == EventModality.Future)
        {
            // What an actor will do is an intention (03) or a threat (13), not the act: "will meet" is 036, "vowed to
            // support" 032, "threatened to isolate" 1313. Other futures ("will vote on", "said it would examine") code nothing.
            var announced = SelfAnnounced(tree, binder, match, bound.Sources, status);
            forward = forward is null ? null : FutureCode(forward, status, announced);
            reverse = reverse is null ? null : FutureCode(reverse, status, announced);
            code = forward ?? reverse;
            if (code is null)
            {
                return;
            }
        }
        var sources = bound.Sources;
        // A subject of no known actor ("the suicide bombing that killed 12 soldiers", "gunmen") is no author either.
        var noAuthor = sources.All(p => p.Actor is null || p.Actor is { Name: null } a && a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal));
        if (noAuthor && news && code.Root is "18" or "19" or "20" && claimant is { } claimed
            && binder.Bind(claimed.Tree, claimed.Token).Where(p => p.Actor is not null).ToList() is { Count: > 0 } authors)
        {
            // "Drones struck two Saudi Aramco oil facilities, and Yemen's Houthi rebels claimed responsibility"; "A car bomb
            // exploded near the base. Al-Shabab claimed responsibility.": an attack that names no author is the claimant's.
            sources = authors;
            match.SourceHow = $"claimed responsibility ('{authors[0].Text}'{(claimed.Tree == tree ? "" : ", next sentence")})";
        }
        if (noAuthor && sources.All(p => p.Actor is null || p.Actor.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal))
            && news && code.Root is "18" or "19" or "20" && BlamedAuthor(tree, binder, match) is { Count: > 0 } blamed)
        {
            // "Two soldiers were killed in an attack that officials blamed on the Pakistani Taliban", "a car bomb that killed
            // 12 people was blamed on al-Shabab", "the attack was claimed by the Islamic State group": the one it was blamed
            // on or claimed by did it.
            sources = blamed;
            match.SourceHow = $"the one it was blamed on or claimed by ('{blamed[0].Text}')";
        }
        // "N: &PROTESTN" alone (not "N: anti-government_protest", which names its own kind)
        var bareProtest = code.Root == "14" && pattern.Nominal && pattern.Elements.Count == 1 && pattern.Elements[0].Modifiers.Count == 0;
        if (bareProtest && !(news && sources.Count == 0 && tree.RelIs(match.Trigger, "nsubj") && tree.Head(match.Trigger) is var occurring and >= 0
            && PatternMatcher.OccurrenceVerbs.Contains(tree.Lemma(occurring).ToLowerInvariant())))
        {
            return; // the bare protest noun is only for protests that broke out somewhere (below)
        }
        if (bareProtest && Location(tree, binder, match)?.Country is { Length: 3 } protestedIn
            && protestedIn != ActorRef.Unknown.Code)
        {
            // "Protests erupted in several Iranian cities", "demonstrations broke out in Tbilisi": protests that happen
            // somewhere, with nobody named, are the people of that place's.
            sources = [new Participant(tree.SpanOf(match.Trigger), document.Substring(tree.SpanOf(match.Trigger)), null, null,
                new ActorRef(protestedIn + "CVL", protestedIn, ["CVL"], null, "protesters"))];
            match.SourceHow = "the people of the place the protests broke out in";
        }
        if (news && sources.Count == 0 && match.Passive && code.Root is "11" or "17" && tree.Lemma(match.Trigger).ToLowerInvariant() is "sentence" or "convict" or "acquit"
            && LastEventIn(events, tree.Index - 6, tree.Index, e => e.Source.Actor is { Sectors: var benches, Country.Length: 3 } && benches.Contains("JUD")) is { } ruling)
        {
            // "A special panel of Peru's Supreme Court found Fujimori guilty ... Fujimori was sentenced to 25 years in prison": a
            // sentence with no agent is the court's that ruled just before.
            sources = [ruling.Source with { Span = tree.SpanOf(match.Trigger) }];
            match.SourceHow = "the court of the ruling reported before";
        }
        if (news && sources.Count == 0 && match.Passive && code.Code == "173" && bound.Targets.Count > 0
            && tree.Lemma(match.Trigger).ToLowerInvariant() is "arrest" or "detain" or "apprehend"
            && tree.ChildMarked(match.Trigger, "obl", "since") < 0 // ("has been detained on treason charges since April 2025": held, not arrested now)
            && ((Location(tree, binder, match) ?? TargetPlace(tree, binder, match))?.Country ?? defaultPlace?.Country) is { Length: 3 } arrestedIn
            && arrestedIn != ActorRef.Unknown.Code)
        {
            // "At least 31 people were detained, the interior ministry said", "34 people were arrested" in a story from Tbilisi or Buenos
            // Aires: an arrest with no agent is made by the police of the place where it happened (or of the story's place).
            sources = [new Participant(tree.SpanOf(match.Trigger), document.Substring(tree.SpanOf(match.Trigger)), null, null,
                new ActorRef(arrestedIn + "COP", arrestedIn, ["COP"], null, "Police"))];
            match.SourceHow = "the police of the place of the arrest (a passive with no agent)";
        }
        if (sources.Count == 0)
        {
            return; // no actor did it: not an event we can code
        }
        if (news && code.Root == "17" && sources.Any(p => p.Actor is { Name: null, Sectors.Count: > 0 } a && a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
                && a.Sectors.All(s => s is "MIL" or "COP"))
            && (Location(tree, binder, match) ?? TargetPlace(tree, binder, match))?.Country is { Length: 3 } repressedIn && repressedIn != ActorRef.Unknown.Code)
        {
            // "Security forces killed two protesters in N'Djamena", "soldiers fired tear gas at demonstrators in Khartoum",
            // "security forces detained 40 protesters in Harare": forces of no stated country that repress, arrest or detain
            // people somewhere are that country's (armed men are not placed otherwise: "troops shelled the town" may be anyone's).
            sources = [.. sources.Select(p => p.Actor is { Name: null } a && a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
                ? p with { Actor = Placed(a, repressedIn) } : p)];
            match.SourceHow += " (country of the place of the repression)";
        }
        if (news && code.Root == "14" && match.Source >= 0 && ActorBinder.QuantityNouns.Contains(tree.LowerForm(match.Source)))
        {
            // "Thousands of Cubans marched": a crowd of a nationality is its people (was CUB, the state).
            sources = [.. sources.Select(p => p.Actor is { Sectors.Count: 0, Country: { Length: 3 } people } a && people != ActorRef.Unknown.Code
                && !a.Code.StartsWith("IGO", StringComparison.Ordinal) ? p with { Actor = a with { Code = people + "CVL", Sectors = ["CVL"] } } : p)];
        }
        var insurgentsUnplaced = news && sources.Any(p => InsurgentsOfNoCountry(p.Actor)) && StoryArmedHome(document) is null;
        if (news && sources.Any(p => CiviliansOfNoCountry(p.Actor) || LocalByDefault(document, p) || StateForcesOfNoCountry(p.Actor)
                || insurgentsUnplaced && InsurgentsOfNoCountry(p.Actor))
            && (Location(tree, binder, match) ?? TargetPlace(tree, binder, match))?.Country is { Length: 3 } home
            && home != ActorRef.Unknown.Code
            && !(match.Source >= 0 && NamesForeigners(document.Substring(tree.SubtreeSpan(match.Source)))))
        {
            // "Protesters set fire to a police station in Kathmandu", "Students marched in Dhaka", "Police fired tear gas at
            // protesters in Nairobi": unnamed civilians (and police) of no stated country who act somewhere are of that
            // country, so a protest is also addressed to its government (below). Not armed men ("gunmen in northern Mali"
            // may have come from anywhere; the gold set leaves them unknown) nor foreigners.
            // So are police and civilians the resolver gave the story's country only by default: "Police arrested dozens of
            // protesters in Moscow" in a story mostly about China.
            // Also forces named as the state's ("government forces executed 82 civilians in eastern Aleppo"): unlike "gunmen",
            // they are the forces of the state where they act.
            // And insurgents and rebels of no stated country, when the story names no armed group's home (AddEvent's rule):
            // "the Sunni insurgents had pushed south ... and in Mosul they stormed the Turkish consulate" (as the people they
            // attack there already were).
            sources = [.. sources.Select(p => CiviliansOfNoCountry(p.Actor) || LocalByDefault(document, p) || StateForcesOfNoCountry(p.Actor)
                    || insurgentsUnplaced && InsurgentsOfNoCountry(p.Actor)
                ? p with { Actor = Placed(p.Actor!, home) } : p)];
            match.SourceHow += " (country of the place of the event)";
        }
        if (news && match.Target >= 0 && sources.Any(p => StateForcesOfNoCountry(p.Actor)) && binder.PlaceAt(tree, match.Target)?.Country is { Length: 3 } attackedIn
            && attackedIn != ActorRef.Unknown.Code)
        {
            // "Government forces shelled Douma", "regime troops retook the town of Qusayr": the state's forces act in their state.
            sources = [.. sources.Select(p => StateForcesOfNoCountry(p.Actor) ? p with { Actor = Placed(p.Actor!, attackedIn) } : p)];
            match.SourceHow += " (country of the place it acted on)";
        }
        if (!_options.KeepStatements && code.Root == "01" && (ReportingVerbs.Contains(tree.Lemma(match.Trigger)) && Literals(pattern, out _) == 0 || code.Code == "010"))
        {
            // (A verb of saying with a word of its own names a statement of that kind: "claimed responsibility for" is 015.)
            return; // "X said ..." is the frame of a quote or report, not an event of its own
        }
        var targetList = bound.Targets;
        if (targetList.Count >= 2 && sources.Count == 1 && sources[0].Actor?.Country is { Length: 3 } speakerHome && speakerHome != ActorRef.Unknown.Code
            && targetList.Any(t => t.Actor?.Country == speakerHome) && targetList.Any(t => t.Actor?.Country is { Length: 3 } other && other != speakerHome && other != ActorRef.Unknown.Code)
            && (targetList.All(t => t.Span == targetList[0].Span) || sources[0].Actor!.Sectors.Count == 0 || targetList.All(t => t.Actor?.Country != speakerHome || t.Actor.Sectors.Contains("GOV"))))
        {
            // "China expressed grave concern and urged both sides to act with caution" after talks between China and the United
            // States: the sides a group word stands for are the others, not the speaker's own country (was CHN -> CHNGOV too).
            // So with two named: Iran "ruled out any meeting between President Hassan Rouhani and U.S. President Donald Trump"
            // is aimed at the United States (was also IRN -> IRNGOV).
            targetList = [.. targetList.Where(t => t.Actor?.Country != speakerHome)];
        }
        if (news && TopicTaking(pattern) && match.Target >= 0 && StateCoercionNouns.Contains(tree.Lemma(match.Target).ToLowerInvariant())
            && !NamesAuthor(tree, match.Target) && PlaceInPhrase(tree, binder, match.Target) is { Country: { Length: 3 } where } && where != ActorRef.Unknown.Code
            && !(sources.Count > 0 && sources[0].Actor?.Country == where))
        {
            // "The White House expressed concern about the arrest of the American journalist in Russia": criticism of an
            // arrest whose author goes unnamed is aimed at the authorities of the place, not at the one arrested.
            targetList = [new Participant(tree.SpanOf(match.Target), document.Substring(tree.SpanOf(match.Target)), null, null,
                new ActorRef(where + "GOV", where, ["GOV"], null, "authorities"))];
            match.ContextTarget = "the authorities of the place of the act criticised";
            match.Target = -1;
        }
        if (news && code.Code.StartsWith("172", StringComparison.Ordinal) && sources.Count > 0
            && sources.All(p => p.Actor is { Sectors: { Count: > 0 } held } && !held.Any(x => StateSectors.Contains(x) || ArmedSectors.Contains(x) || x == "IGO")))
        {
            // "The party enforced a dawn-to-dusk general strike on Monday, shutting most shops and schools": a party, union or crowd
            // that shuts schools by a strike imposes no administrative measure (was 172 against the schools).
            return;
        }
        if (news && (code.Root == "16" || code.Code.StartsWith("172", StringComparison.Ordinal)) && targetList.Count > 0 && sources.Count > 0
            && sources[0].Actor?.Country is { Length: 3 } sanctioner && NamesSanctions(tree, match)
            && targetList.All(t => t.Actor is { Name: null, Sectors.Count: > 0 } sanctioned && sanctioned.Country == sanctioner
                && (PlacedByDefault(document, t) || !HasCapitalisedWord(t.Text))))
        {
            // "Britain ... imposed sanctions on three officers it said were involved", "The U.S. Treasury imposed sanctions on a network
            // of shipping companies": those a state sanctions are not its own people because the story is datelined in its capital
            // (were GBRCOP, USABUS); whose they are, the text does not say there.
            return;
        }
        if (news && code.Root == "11" && targetList.Count > 0 && sources.Count > 0 && sources[0].Actor?.Country is { Length: 3 } critic
            && targetList.All(t => t.Actor is { } victims && victims.Country == critic && (victims.Sectors.Count == 0 || OfAnActNoun(tree, match.Target)))
            && EarlierActAuthor(tree, match, events, untargeted, sources) is { } actAuthor)
        {
            // "Vucic called the arrest a new act of intimidation against Serbs": those the act is against are the critic's own
            // people; the criticism is aimed at whoever made the arrest.
            targetList = [actAuthor];
            match.ContextTarget = "the author of the act reported before";
        }
        if (news && targetList.Count == 0 && code.Code is ['1', '6', '3', ..] or "1312" && GoodsCountry(tree, binder, match) is { } exporter)
        {
            // "imposed 50% tariffs on a wide range of Brazilian goods": a measure on a country's goods is aimed at it; so is
            // one announced ("China will impose tariffs on $2.6 billion worth of Canadian products, the ministry said": 1312).
            targetList = [exporter];
            match.ContextTarget = "the country whose goods the measure is on";
        }
        if (news && targetList.Count == 0 && code.Code == "045" && MediatedDeal(tree, match) && RecentAgreement(events, tree.Index + 1, 3) is { } dealt)
        {
            // "Jared Kushner, who helped broker the deal, attended the ceremony" after "Saudi Arabia and Qatar signed an agreement": the
            // one who brokered the agreement just reported mediated between its parties.
            targetList = [dealt.First with { Span = tree.SpanOf(match.Trigger) }, dealt.Second with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = "the parties of the agreement reported before";
        }
        if (news && targetList.Count == 0 && code.Root == "11" && JudgedActOwner(tree, binder, match) is { } judgedOwner)
        {
            // "said Spain's refusal to commit to that target was unacceptable": whose act the judgement is about.
            targetList = [judgedOwner];
            match.ContextTarget = "the possessor of the act judged";
        }
        if (news && targetList.Count == 0 && (code.Root is "11" or "12" || code.Code == "016" || code.Code is "051" or "050")
            && RelativeClauseAuthor(tree, binder, match) is { } describedAuthor)
        {
            // "Colombia criticised the sanctions that Washington imposed on its banks": the act's own relative clause names its author.
            targetList = [describedAuthor];
            match.ContextTarget = "the subject of the relative clause that describes the act";
        }
        if (news && targetList.Count == 0 && (code.Root is "11" or "12" || code.Code == "016" || code.Code is "051" or "050")
            && EarlierActAuthor(tree, match, events, untargeted, sources) is { } author)
        {
            // (Also praise: "Hofer welcomed the ruling" after the court annulled the runoff.)
            // "Israeli troops raided the Jenin camp ... The Palestinian Authority condemned the raid": criticism of an act the
            // story reported just before is aimed at whoever did it.
            targetList = [author];
            match.ContextTarget = "the author of the act reported before";
        }
        if (news && targetList.Count == 0 && code.Root is "19" or "18" && sources.Count > 0 && sources[0].Actor?.Country is { Length: 3 } interceptor
            && InterceptedProjectiles(tree, match)
            && LastEventIn(events, tree.Index - 3, tree.Index, e => e.Root is "19" or "18" or "15" or "20" && e.Source.Actor is { Country: { Length: 3 } launcher }
                && launcher != interceptor && launcher != ActorRef.Unknown.Code) is { } launched)
        {
            // "Russian forces fired 142 Shahed-type attack drones and six Iskander ballistic missiles at ... Air defense units shot
            // down 118 of the drones": the drones shot down are those of the attack just reported (the interception had no target).
            targetList = [launched.Source with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = "the one who launched the projectiles reported before";
        }
        if (news && targetList.Count == 0 && code.Root is "05" or "11" or "12" && DealReferredTo(tree, match)
            && RecentAgreement(events, tree.Index + 1, 6) is { } deal
            && !sources.Any(p => p.Actor is { } a && (a.Code == deal.First.Actor?.Code || a.Code == deal.Second.Actor?.Code)))
        {
            // "Syria's interim President Ahmed al-Sharaa and Mazloum Abdi ... signed an agreement ... The U.S. State Department
            // welcomed the agreement": approval or rejection of the deal just reported is aimed at its parties.
            targetList = [deal.First with { Span = tree.SpanOf(match.Trigger) }, deal.Second with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = "the parties of the agreement reported before";
        }
        if (news && targetList.Count == 0 && (code.Root == "07" && code.Code is not ("075" or "072") || code.Code.StartsWith("033", StringComparison.Ordinal) && code.Code != "0332")
            && sources.Count > 0 && sources[0].Actor is { Country: { Length: 3 } donor } donorActor && StateOrBody(donorActor) && AidNamed(tree, match.Trigger) && StoryCountry(document) is { } stricken && stricken != donor)
        {
            // "Obama has pledged $100 million in immediate aid" in a story about the earthquake in Haiti, "India pledged 25 million
            // dollars" at a donors' conference for Pakistan: aid with no recipient named goes to the country the story is about.
            // Not arms (a U.S. arms package for Taiwan in a story about China's protest), nor asylum (granted to a person, not a state).
            targetList = [new Participant(tree.SpanOf(match.Trigger), document.Substring(tree.SpanOf(match.Trigger)), null, null,
                new ActorRef(stricken, stricken, [], null, null))];
            match.ContextTarget = "the country the story is about (aid with no recipient named)";
        }
        if (news && targetList.Count == 0 && code.Code == "016" && sources.Count > 0 && sources[0].Actor is { Country: { Length: 3 } denierHome }
            && denierHome != ActorRef.Unknown.Code && LastAccuser(events, tree.Index, denierHome) is { } accuser)
        {
            // "The FBI accused North Korea of the hack ... Pyongyang has denied any involvement": a denial with no one named answers
            // the accusation just reported.
            targetList = [accuser with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = "the one who made the accusation reported before";
        }
        if (news && code.Code == "016" && sources.Count > 0 && sources[0].Actor is { } denier && targetList.Count > 0
            && targetList.All(t => t.Actor?.Code == denier.Code))
        {
            // "Peskov dismissed Western accusations against the Russian leader": the accusations were against the denier's own side;
            // the denial answers the accusers, whom the object does not name (was RUSGOV -> RUSGOV).
            targetList = [];
        }
        if (news && code.Code is "1053" or "0253" && sources.Count > 0 && sources[0].Actor?.Country is { Length: 3 } demander
            && targetList.All(t => t.Actor is null || t.Actor.Country == demander || t.Actor.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal))
            && (HolderNamedWithCaptives(tree, binder, match.Target) ?? Captor(tree, events, demander, sources[0].Actor)) is { } captor)
        {
            // "Kosovo police arrested three Serbian nationals ... Serbia demanded their immediate release", "China demanded the
            // release of its citizens": a demand to free one's own people is aimed at whoever the story said holds them.
            targetList = [captor with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = "the captor the story reported before";
            match.Target = -1;
        }
        if (match.Target >= 0 && (EachOther(tree, match.Target) || PossessedByEachOther(tree, match.Target)))
        {
            targetList = []; // "India and Canada expelled each other's diplomats": the parties act on each other (below)
        }
        if (news && targetList.Count > 0 && sources.Count >= 2 && targetList.All(t => t.Actor is { Name: null } a && a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal))
            && IsMutual(tree, match))
        {
            // "India and China agreed to disengage troops along their border": forces of no stated country that coordinated
            // parties agree on are their own; the parties act on each other (below).
            targetList = [];
        }
        if (news && targetList.Count > 0 && sources.Count >= 2 && match.Target >= 0 && match.TargetHow.Contains("(the object phrase)", StringComparison.Ordinal)
            && targetList.All(t => t.Actor?.Country is { } c && sources.Any(s => s.Actor?.Country == c))
            && (pattern.Reciprocal || _options.ReciprocalRoots.Contains(code.Root) || IsMutual(tree, match)))
        {
            // "The European Union and Armenia signed a grant agreement to upgrade Armenia's border crossings": what the deal is about
            // belongs to one of the signatories; the two sign with each other (below), not with the crossings.
            targetList = [];
            match.Target = -1;
        }
        if (targetList.Count == 0 && sources.Count >= 2 && match.PartiesInModifiers && !_options.ReciprocalRoots.Contains(code.Root))
        {
            // "Clashes broke out between Indian and Pakistani troops": the first party on the second, as "between S and T"
            // (in the reciprocal roots, talks and cooperation, the block below codes both ways).
            AddEvent(document, tree, match, code, (negated, modality), sources[0], sources[1], times, defaultPlace, binder, events);
            return;
        }
        if (targetList.Count == 0 && sources.Count >= 2 && !code.Code.StartsWith("045", StringComparison.Ordinal)
            && (pattern.Reciprocal || _options.ReciprocalRoots.Contains(code.Root) || IsMutual(tree, match)
                || news && code.Code == "161" && EnvoysWithdrawnFromEachOther(tree, match, events, sources)))
        {
            if (AsObservers(tree, match.Trigger) || AttendedTheMeetingBefore(tree, match.Trigger) || sources.Count > MaxReciprocalParties)
            {
                // (Nor a list of many: "the operation would bring together Britain, Bahrain, Canada, France, Italy, the Netherlands,
                // Norway, the Seychelles and Spain" made 72 dyads of a coalition, none of them an event between two of them.)
                // "Envoys from the United States and China attended the meeting as observers", "Officials from the United States
                // and China attended the meeting" (the one just reported): they watched others meet.
                return;
            }
            // (Mediators do not mediate between themselves: "the talks, mediated by Qatar and Egypt, ended without a deal".)
            // "Both sides discussed", "the two leaders met": each party acts on the other.
            foreach (var s in sources)
            {
                foreach (var t in sources)
                {
                    if (!ReferenceEquals(s, t) && s.Actor?.Code != t.Actor?.Code)
                    {
                        AddEvent(document, tree, match, code, (negated, modality), s, t, times, defaultPlace, binder, events);
                    }
                }
            }
            return;
        }
        if (news && code.Root == "14" && (IsStateName(document, sources[0]) || sources[0].Actor?.Sectors.Contains("GOV") == true) && Lookup("114") is { } complaint)
        {
            // "Iran summoned the ambassador to protest", "the ministry protested to Beijing": a state protests by
            // complaining officially (114), to someone; it does not demonstrate. "Guyana protested the detention by Venezuela's
            // navy of a research vessel": to the author of the act it protested.
            if (targetList.Count == 0 && tree.ChildExact(match.Trigger, "obj") is var protested and >= 0 && tree.Upos(protested) == Upos.NOUN
                && ActAuthor(tree, binder, match, protested) is { Token: >= 0 } protestedAuthor
                && binder.Bind(tree, protestedAuthor.Token).Where(p => p.Actor is not null).ToList() is { Count: > 0 } protestedAuthors)
            {
                targetList = protestedAuthors;
                (match.Target, match.TargetHow) = protestedAuthor;
            }
            if (targetList.Count == 0)
            {
                return;
            }
            code = forward = complaint;
            reverse = null;
        }
        if (news && targetList.Count == 0 && code.Code is "1721" or "1723" or "1724" or "1324" or "0813" or "0814" or "0831" && sources[0].Actor is { Country: { Length: 3 } ruled } state
            && ruled != ActorRef.Unknown.Code && (state.Sectors.Count == 0 || state.Sectors.Any(s => s is "GOV" or "MIL" or "COP")))
        {
            // "Yoon declared martial law", "the government imposed a curfew", "threatened to declare a state of emergency",
            // "lifted the curfew": an emergency measure of a state (imposed, threatened or eased) falls on its own country;
            // "President Nazarbayev resigned" yields office to it.
            targetList = [new Participant(default, "", ruled, null, new ActorRef(ruled, ruled, [], null, OwnCountryRole))];
        }
        if (news && targetList.Count == 0 && code.Code == "0874" && WithdrawnFrom(tree, binder, match, sources[0].Actor?.Country) is { } left)
        {
            // "Russian troops pulled back from the area around Kyiv": a retreat from another country's ground yields to it.
            targetList = [left];
            match.ContextTarget = "the country withdrawn from";
        }
        if (news && targetList.Count == 0 && code.Code is "162" or "1621" && ObjectPlace(tree, binder, match) is { } aided)
        {
            // "Germany froze funding for projects in Niger": aid cut where it was spent is cut to that country.
            targetList = [aided];
            match.ContextTarget = "the country of the place the cut aid was for";
        }
        if (news && targetList.Count == 0 && code.Root == "19" && sources[0].Actor is { Country: { Length: 3 } rebelHome } rebels && rebelHome != ActorRef.Unknown.Code
            && rebels.Sectors.Any(s => s is "REB" or "INS") && !match.Passive && tree.ChildExact(match.Trigger, "obj") is var site and >= 0
            && MilitarySites.Contains(tree.Lemma(site).ToLowerInvariant()) && tree.ChildExact(site, "nmod:poss") < 0)
        {
            // "The Arakan Army seized a military base near the border with Bangladesh": a base rebels take at home is their
            // state's army's.
            targetList = [new Participant(tree.SpanOf(site), document.Substring(tree.SpanOf(site)), null, null, new ActorRef(rebelHome + "MIL", rebelHome, ["MIL"], null, "armed forces"))];
            match.ContextTarget = "the army of the rebels' state (its base)";
        }
        if (news && targetList.Count == 0 && code.Root is "08" or "12" && ProposerOfObject(tree, binder, match) is { Count: > 0 } proposers)
        {
            // "Hamas accepted a ceasefire proposal put forward by Egyptian and Qatari mediators": what one accepts or rejects
            // is answered to whoever proposed it.
            targetList = proposers;
            match.ContextTarget = "the by-phrase of the proposal";
        }
        if (news && targetList.Count == 0 && code.Code.StartsWith("138", StringComparison.Ordinal)
            && ThreatenedPlace(tree, binder, match) is { } threatened && threatened.Actor?.Country != sources[0].Actor?.Country)
        {
            // "ECOWAS threatened to use force to restore constitutional order in Niger": force threatened for a purpose in
            // another country is aimed at that country.
            targetList = [threatened];
            match.ContextTarget = "the country where the force would be used";
        }
        if (news && targetList.Count == 0 && code.Root == "09" && ObjectPlace(tree, binder, match) is { } investigated)
        {
            // "began investigating the suspected chemical attack in Douma", "investigating the blast at the hospital in Gaza
            // City": an investigation of something that happened somewhere concerns that place's country.
            targetList = [investigated];
            match.ContextTarget = "the country of the place of what is investigated";
        }
        if (news && targetList.Count == 0 && code.Root == "09" && InvestigatedParty(tree, binder, match) is { } suspect)
        {
            // "look into the killing of protesters by Sudanese security forces", "investigate abuses committed during Sri
            // Lanka's civil war": an investigation concerns whom the investigated deed names, its doer first.
            targetList = [suspect];
            match.ContextTarget = "the actor the investigated deed names";
        }
        if (news && targetList.Count == 0 && code.Root == "15" && PurposeAdversaries(tree, binder, match, sources[0].Actor?.Country) is { Count: > 0 } deterred)
        {
            // "moved an aircraft carrier group to the eastern Mediterranean to deter Hezbollah and Iran", "ordered warships
            // to the Middle East to protect Israel from an Iranian attack": a show of force is aimed at whom it is made against.
            targetList = deterred;
            match.ContextTarget = "whom the show of force is made against (its purpose)";
        }
        if (news && targetList.Count == 0 && code.Root == "15" && ForcePostureTarget(tree, binder, match, sources[0].Actor?.Country) is { } watched)
        {
            // "Russia began naval drills in the Black Sea near Ukraine's coast", "deployed additional soldiers along the
            // Indian border", "launched military drills around Taiwan": a show of force is aimed at the country it is near.
            targetList = [watched];
            match.ContextTarget = "the country the show of force is near";
        }
        if (news && targetList.Count == 0 && code.Code == "175" && DispersedGathering(tree, match) is var gathering and >= 0
            && (Location(tree, binder, match)?.Country ?? sources[0].Actor?.Country) is { Length: 3 } gatheredIn && gatheredIn != ActorRef.Unknown.Code)
        {
            // "riot police broke up an opposition march", "police dispersed a rally in Minsk": those dispersed are the
            // gathering's people, of the place (or the police's country), the opposition where the gathering is theirs.
            var sector = OppositionGathering(tree, gathering) ? "OPP" : "CVL";
            targetList = [new Participant(tree.SpanOf(gathering), tree.Document.Substring(tree.SpanOf(gathering)), null, null,
                new ActorRef(gatheredIn + sector, gatheredIn, [sector], null, "protesters"))];
            match.ContextTarget = "the people of the gathering dispersed";
        }
        if (news && targetList.Count == 0 && code.Root == "15" && sources[0].Actor?.Country is { Length: 3 } responder && responder != ActorRef.Unknown.Code
            && events.LastOrDefault(e => e.Sentence == tree.Index && e.Target?.Actor?.Country == responder && e.Root is "15" or "18" or "19" or "20"
                && e.Source.Actor?.Country is { Length: 3 } intruder && intruder != responder && intruder != ActorRef.Unknown.Code) is { } provocation)
        {
            // "Poland said a Russian missile briefly entered its airspace, and it scrambled fighter jets": a show of force in
            // answer to an act against the actor earlier in the sentence is aimed at that act's author.
            targetList = [provocation.Source with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = "the author of the act it answers (earlier in the sentence)";
        }
        // (So is an official protest lodged with no one named: "China on Thursday banned exports of dual-use items to 12 Japanese
        // companies ... Tokyo lodged a strong protest through diplomatic channels" had no target.)
        if (news && targetList.Count == 0 && (code.Code == "161" && tree.Lemma(match.Trigger).Equals("recall", StringComparison.OrdinalIgnoreCase) || code.Code == "114")
            && sources[0].Actor?.Country is { Length: 3 } recaller && recaller != ActorRef.Unknown.Code
            && events.LastOrDefault(e => e.Sentence < tree.Index && e.Sentence >= tree.Index - 2 && e.Target?.Actor?.Country == recaller
                && e.Source.Actor?.Country is { Length: 3 } other && other != recaller && other != ActorRef.Unknown.Code
                && !other.StartsWith("IGO", StringComparison.Ordinal)) is { } cause)
        {
            // "The Belarusian foreign ministry ... asked Poland and Lithuania to recall their ambassadors. Lithuania and Poland recalled
            // their ambassadors for consultations": envoys recalled with no country named are recalled from the one that just acted
            // against the recaller.
            targetList = [cause.Source with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = ActedAgainstRule;
        }
        if (news && targetList.Count == 0 && (code.Root == "15" || code.Code is "114" or "111" or "112")
            && ProvocationAuthor(tree, binder, match, sources[0].Actor?.Country) is { } provoker)
        {
            // "South Korea's military raised its alert level after North Korea's fifth nuclear test", "put its forces on alert
            // after a North Korean missile flew over Hokkaido": a show of force in answer to an act is aimed at its author.
            // So is a protest or criticism: "Japan lodged a protest after five Chinese missiles landed in its waters".
            targetList = [provoker];
            match.ContextTarget = "the author of the act it answers (after/following)";
        }
        if (news && code.Root is "18" or "19" or "20" && match.Source >= 0 && tree.Upos(match.Source) == Upos.NOUN
            && AbstractCauses.Contains(tree.Lemma(match.Source).ToLowerInvariant()))
        {
            return; // "The BJP's politics of polarisation has set Manipur on fire": a figure of speech, nobody's assault
        }
        if (news && code.Root == "14" && match.Source >= 0 && tree.Upos(match.Source) == Upos.NOUN
            && MarketThings.Contains(tree.Lemma(match.Source).ToLowerInvariant()))
        {
            return; // "Senegal's dollar bonds rallied after the announcement": markets rally, people protest
        }
        if (news && targetList.Count == 0 && code.Root == "19" && tree.Lemma(match.Trigger).ToLowerInvariant() is "capture" or "seize" or "overrun" or "take"
            && tree.ChildExact(match.Trigger, "obj") is var captured and >= 0 && !match.Used.Contains(captured)
            && !SettlementNouns.Contains(tree.Lemma(captured).ToLowerInvariant()) && !MilitaryAssets.Contains(tree.Lemma(captured).ToLowerInvariant())
            && binder.PlaceAt(tree, captured) is null && !binder.Bind(tree, captured).Any(p => p.Actor is not null))
        {
            return; // "We captured their two best batsmen early" (a cricket captain), "seized the initiative": nothing of a war was taken
        }
        if (news && targetList.Count == 0 && code.Root is "01" or "04" && tree.Lemma(match.Trigger).ToLowerInvariant() == "attend"
            && sources[0].Actor is { Sectors: var attenderSectors, Country: { Length: 3 } attenderCountry } && attenderSectors.Contains("GOV")
            && attenderCountry != ActorRef.Unknown.Code && HostCountry(document, tree, binder, match, defaultPlace) is { Length: 3 } host
            && host != ActorRef.Unknown.Code && host != attenderCountry && !negated && modality == EventModality.Asserted && Lookup("042") is { } visit)
        {
            // "Zimbabwe's President Robert Mugabe attended as well", "Italian Prime Minister Giorgia Meloni attended the ceremony" in a story
            // from the Vatican or Washington: a government's leader at a funeral, an inauguration or a summit abroad visits the host.
            code = forward = visit;
            reverse = null;
            targetList = [new Participant(tree.SpanOf(match.Trigger), "", host, null, new ActorRef(host, host, [], null, null))];
            match.ContextTarget = "the country of the place attended";
        }
        if (news && targetList.Count == 0 && code.Code == "1823" && tree.Rel(match.Trigger).StartsWith("acl", StringComparison.Ordinal))
        {
            return; // "a military operation executed by coalition forces": the thing executed is the noun, nobody put to death
        }
        if (news && targetList.Count == 0 && code.Code.StartsWith("175", StringComparison.Ordinal)
            && sources[0].Actor is { Sectors: var repressors, Country: { Length: 3 } repressorCountry } && repressors.Any(s => s is "COP" or "MIL" or "SPY")
            && LastEventIn(events, tree.Index - 1, tree.Index, e => e.Root == "14" && e.Source.Actor is { Country: var protestCountry } && protestCountry == repressorCountry) is { } protest)
        {
            // "Transport unions blocked several avenues, and police used tear gas to reopen the highway": force used by the state's police
            // with no target named, right after a protest in its country, is used on those protesters.
            targetList = [protest.Source with { Span = tree.SpanOf(match.Trigger) }];
            match.ContextTarget = "the protesters of the protest just reported";
        }
        if (news && targetList.Count == 0 && code.Code.StartsWith("173", StringComparison.Ordinal) && UnnamedArrested(tree, match) is var arrested and >= 0)
        {
            // "Police in Quetta arrested six suspected facilitators of the attack": those arrested are people even when no word of them
            // names an actor (were none, and the arrest was lost; AddEvent gives them the coercing state's country).
            targetList = [ActorBinder.UnqualifiedPeople(tree, arrested)];
            match.Target = arrested;
            match.TargetHow = "obj (people the text does not qualify)";
        }
        if (targetList.Count == 0 && !_options.UndirectedRoots.Contains(code.Root))
        {
            if (news && sources[0].Actor is { Country: { Length: 3 } } && !negated && modality == EventModality.Asserted)
            {
                untargeted.Add(new CodedEvent(tree.Index, code.Code, code.Root, code.QuadClass, code.Goldstein, null, sources[0], null, null, null,
                    false, modality, tree.SpanOf(match.Trigger), pattern.Provenance));
            }
            return;
        }
        if (news && targetList.Count == 0 && code.Root == "19" && FigurativeFightVerbs.Contains(tree.Lemma(match.Trigger).ToLowerInvariant())
            && sources[0].Actor is { Sectors.Count: > 0 } fighter && !fighter.Sectors.Any(s => s != "GOV" && ArmedSectors.Contains(s)))
        {
            // "the Government came out fighting by branding the letter misleading", "they fight the inner circles": with no
            // enemy named, the unarmed fight with words (an attack by a regime stays an attack).
            return;
        }
        IReadOnlyList<Participant?> targets = targetList.Count > 0 ? [.. targetList] : [null];
        if (news && targetList.Count == 0 && code.Root == "14" && EmbassyProtested(tree, binder, match, sources[0].Actor?.Country) is { } embassy)
        {
            // "Hundreds of people protested outside the US embassy in Baghdad": a protest at a country's embassy is
            // addressed to that country's government, not to the protesters' own.
            targets = [embassy];
            match.ContextTarget = "the government whose embassy the protest was at";
        }
        else if (news && targetList.Count == 0 && code.Code == "145" && ProtestClashSides(tree, binder, match, sources[0]) is { } clash)
        {
            // "Yellow vest protesters clashed with police": the protesters riot against the police, who repress them in turn;
            // "Police clashed with protesters": the same two events, told from the police's side.
            var repression = Lookup("175");
            if (clash.PoliceFirst)
            {
                (forward, reverse) = (repression, forward);
            }
            else
            {
                reverse = repression;
            }
            targets = [clash.Other];
            match.ContextTarget = "the other side of the clash";
        }
        else if (targetList.Count == 0 && code.Root == "14" && _options.ProtestsTargetGovernment
            && sources[0].Actor is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code && !sources[0].Actor!.Sectors.Contains("GOV")
            && (sources[0].Actor!.Sectors.Count > 0 || !IsStateName(document, sources[0]))
            // (not the rulers' own supporters: "thousands of junta supporters rallied in Niamey")
            && !RulersFollowers(sources[0].Actor!))
        {
            // A protest with no stated target is addressed to the government of the protesters' country
            // (ICEWS practice): "thousands marched in Tehran" -> IRN... -> IRNGOV.
            targets = [new Participant(default, "", $"{country} government", null, new ActorRef(country + "GOV", country, ["GOV"], null, "implicit target"))];
        }
        // "the talks between Lavrov and Kuleba", "a meeting between American and Chinese officials": both sides meet.
        var mutualBetween = news && reverse is null && forward is not null && pattern.Nominal && _options.ReciprocalRoots.Contains(forward.Root)
            && pattern.Elements.Any(e => e.Kind == ElementKind.Marker && e.Lemmas.Contains("between"));
        if (mutualBetween)
        {
            reverse = forward;
        }
        if (sources.Count > 1 && targets.Count > 1 && sources.Count * targets.Count > MaxReciprocalParties * MaxReciprocalParties)
        {
            return; // "would bring together Britain, Bahrain, Canada, France, Italy, ... and Spain": a coalition, no 72 dyads
        }
        foreach (var source in sources)
        {
            foreach (var target in targets)
            {
                if (forward is not null)
                {
                    AddEvent(document, tree, match, forward, (negated, modality), source, target, times, defaultPlace, binder, events);
                }
                if (reverse is not null && target is not null && !(mutualBetween && OneState(source.Actor, target.Actor)))
                {
                    // (Not a state and its own officials: "a meeting between Mr. Trump and his Chinese counterpart" gave China ->
                    // Chinese government. A government and its insurgents do meet.)
                    AddEvent(document, tree, match, reverse, (negated, modality), target, source, times, defaultPlace, binder, events);
                }
            }
        }
    }

    /// <summary>
    /// The object of an arrest that counts people of no known kind ("arrested six suspected facilitators", "detained 40 men"): a
    /// plural noun or a counted one; -1 otherwise (a pronoun, a place, a thing).
    /// </summary>
    private static int UnnamedArrested(SentenceTree tree, PatternMatch match)
    {
        var obj = tree.ChildExact(match.Trigger, "obj");
        return obj >= 0 && tree.Upos(obj) == Upos.NOUN && (tree.Pos.XposOf(obj) == "NNS" || tree.Child(obj, "nummod") >= 0)
            && !ActorBinder.PlaceNouns.Contains(tree.Lemma(obj).ToLowerInvariant()) ? obj : -1;
    }

    /// <summary>
    /// The other side of a clash between protesters and the state's forces that a protest pattern names in its with-phrase
    /// ("S clash with police", "S clash with protester"), and whether the subject is the forces; null when the with-phrase
    /// has no actor or both sides are of one kind.
    /// </summary>
    private static (Participant Other, bool PoliceFirst)? ProtestClashSides(SentenceTree tree, ActorBinder binder, PatternMatch match, Participant subject)
    {
        if (tree.Lemma(match.Trigger) != "clash" || tree.ChildMarked(match.Trigger, "obl", "with") is not (>= 0 and var with)
            || binder.Bind(tree, with).FirstOrDefault(p => p.Actor is not null) is not { Actor: { } other } side
            || subject.Actor is not { } first)
        {
            return null;
        }
        static bool Forces(ActorRef a) => a.Sectors.Any(s => s is "COP" or "MIL" or "SPY");
        return Forces(first) == Forces(other) ? null : (side, Forces(first));
    }

    /// <summary>
    /// The participant is a country named as a state ("Iran summoned the ambassador to protest"), not a people ("thousands
    /// of Cubans"): a state's protest is addressed to another state, never to its own government.
    /// </summary>
    private static bool IsStateName(Document document, Participant p) => MentionType(document, p) == EntityType.Location;

    private static readonly HashSet<string> ThreatGovernors = new(StringComparer.Ordinal) { "threaten", "warn", "vow", "pledge", "promise" };

    /// <summary>
    /// The code of a future act: the intention for cooperation (04-08 to 03x), the threat for coercion and force (14-20 to
    /// 13x) when the actor said or threatened it; null when a future act is no event (statements, appeals, demands,
    /// criticism, investigations; force nobody announced).
    /// </summary>
    private CameoCode? FutureCode(CameoCode code, ClauseStatus status, bool announced)
    {
        var c = code.Code;
        string? mapped = code.Root switch
        {
            "03" or "13" => c,
            "04" => c.StartsWith("045", StringComparison.Ordinal) ? "039" : "036",
            "05" => c == "057" ? "030" : "032",
            "06" => c.Length >= 3 && c[2] is >= '1' and <= '4' ? "031" + c[2] : "031",
            "07" => c.Length >= 3 && c[2] is >= '1' and <= '4' ? "033" + c[2] : "033",
            "08" => c.Length < 3 ? "035" : c[2] switch
            {
                '1' => "0351",
                '2' => "0352",
                '3' => c.Length == 4 && c[3] is >= '1' and <= '4' ? "034" + c[3] : "034",
                '4' => "0353",
                '5' => "0354",
                '6' => "0355",
                '7' => "0356",
                _ => "035",
            },
            _ => null,
        };
        if (mapped is null && announced)
        {
            mapped = code.Root switch
            {
                "14" => "133",
                "15" => "138",
                "16" => c.StartsWith("162", StringComparison.Ordinal) ? "1311" : c.StartsWith("163", StringComparison.Ordinal) ? "1312"
                    : c.StartsWith("164", StringComparison.Ordinal) ? "134" : c.StartsWith("165", StringComparison.Ordinal) ? "135"
                    : c.StartsWith("166", StringComparison.Ordinal) ? "136" : "1313",
                "17" => c.StartsWith("172", StringComparison.Ordinal) ? "132" : "137",
                "18" => "1383",
                "19" => c.StartsWith("191", StringComparison.Ordinal) ? "1381" : c.StartsWith("192", StringComparison.Ordinal) ? "1382" : "1384",
                "20" => "138",
                _ => null,
            };
        }
        return mapped is null ? null : Lookup(mapped);
    }

    private static readonly HashSet<string> AnnouncingGovernors = new(StringComparer.Ordinal)
    {
        "say", "announce", "declare", "state", "tell", "confirm", "reiterate", "insist", "affirm", "stress", "indicate", "signal", "decide",
    };

    /// <summary>
    /// The future act is announced by the one who will do it: "China said it would impose sanctions on Russia", "Moscow
    /// announced that Russia will respond", "Kazakhstan warned that it could cut trade with Russia". Such an announcement
    /// of coercion or force is a threat; a forecast by others ("analysts say Russia will attack", "the US warned that
    /// Russia would attack Ukraine") is not.
    /// </summary>
    private static bool SelfAnnounced(SentenceTree tree, ActorBinder binder, PatternMatch match, IReadOnlyList<Participant> sources, ClauseStatus status)
    {
        if (status.Governor is not { } governor || !(AnnouncingGovernors.Contains(governor) || ThreatGovernors.Contains(governor)) || sources.Count == 0)
        {
            return false;
        }
        var t = tree.Head(match.Trigger);
        if (TrailingSpeech(tree, match.Trigger, governor) is var trailing and >= 0)
        {
            t = trailing; // "China will impose tariffs on Canadian products, the commerce ministry said"
        }
        for (var hops = 0; t >= 0 && hops < 6; hops++, t = tree.Head(t))
        {
            if (tree.Lemma(t).ToLowerInvariant() != governor)
            {
                continue;
            }
            var speaker = tree.ChildExact(t, "nsubj");
            if (speaker < 0)
            {
                return false;
            }
            foreach (var who in binder.Bind(tree, speaker))
            {
                if (who.Actor is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code
                    && sources.Any(s => s.Actor?.Country == country || s.Actor?.Code == who.Actor.Code))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>A verb of saying after the clause, in parataxis with the trigger or a verb above it ("..., the ministry said"), or -1.</summary>
    private static int TrailingSpeech(SentenceTree tree, int trigger, string governor)
    {
        for (var (t, hops) = (trigger, 0); t >= 0 && hops < 4; t = tree.Head(t), hops++)
        {
            foreach (var c in tree.Children(t))
            {
                if (tree.RelIs(c, "parataxis") && c > trigger && tree.Lemma(c).ToLowerInvariant() == governor)
                {
                    return c;
                }
            }
        }
        return -1;
    }

    /// <summary>Sectors of society outside the state and politics: business, civilians, labour, education, media, health, religion, crime.</summary>
    private static readonly HashSet<string> SocietySectors = new(StringComparer.Ordinal) { "BUS", "CVL", "LAB", "EDU", "MED", "HLH", "REL", "CRM", "AGR", "ENV" };

    private static bool DomesticSociety(ActorRef? actor) =>
        actor is { Country: { Length: 3 }, Sectors.Count: > 0 } && actor.Sectors.All(SocietySectors.Contains);

    /// <summary>A people named by its nationality ("Indians", "Afghans"), not the state.</summary>
    private static bool APeople(Document document, Participant participant) =>
        participant.Text.EndsWith('s') && MentionType(document, participant) == EntityType.Nationality;

    private static bool Person(Document document, Participant participant) => MentionType(document, participant) == EntityType.Person;

    /// <summary>The entity type of the mention a participant was bound to (its entity, or the mention with its span).</summary>
    private static EntityType? MentionType(Document document, Participant participant)
    {
        if (!document.Layers.TryGet(AnnotationLayers.Entities, out var entities))
        {
            return null;
        }
        if (participant.Entity is { } index && index < entities.Mentions.Count)
        {
            return entities.Mentions[index].Type;
        }
        foreach (var m in entities.Mentions)
        {
            if (m.Span == participant.Span)
            {
                return m.Type;
            }
        }
        return null;
    }

    private void AddEvent(Document document, SentenceTree tree, PatternMatch match, CameoCode code, (bool Negated, EventModality Modality) status,
        Participant source, Participant? target, TimeExpressionLayer? times, GeoPlace? defaultPlace, ActorBinder binder, List<CodedEvent> events)
    {
        var pattern = match.Pattern;
        if (_options.NewsHeuristics && source.Actor is { } unknownArmed && unknownArmed.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
            && match.Source >= 0 && AffiliatedGroup(tree, binder, match.Source) is { } group)
        {
            // "Gunmen suspected of belonging to Boko Haram abducted eight more girls", "militants linked to al-Shabab": the group
            // they are said to belong to acted.
            source = source with { Actor = group.Actor };
            match.SourceHow += $" (the group it is linked to, '{group.Text}')";
        }
        if (_options.NewsHeuristics && (RebelsOrJuntaOfNoCountry(source.Actor) || RebelsOrJuntaOfNoCountry(target?.Actor)) && StoryArmedHome(document) is { } armedHome)
        {
            // "Indonesia ... launched its biggest military offensive in decades against separatist guerrillas ... GAM spokesman Sofyan
            // Dawood said guerrillas had attacked several army posts": rebels the story leaves unnamed are of the country of the
            // armed groups it names, when they are all of one country (not gunmen, who may have come from anywhere).
            if (RebelsOrJuntaOfNoCountry(source.Actor))
            {
                source = source with { Actor = Placed(source.Actor!, armedHome) };
                match.SourceHow += " (country of the armed groups the story names)";
            }
            if (RebelsOrJuntaOfNoCountry(target?.Actor))
            {
                target = target! with { Actor = Placed(target.Actor!, armedHome) };
                match.TargetHow += " (country of the armed groups the story names)";
            }
        }
        if (_options.NewsHeuristics && code.Root == "19" && target?.Actor is { } own && source.Actor is { Country: { Length: 3 } taker }
            && own.Country == taker && TakenFrom(tree, binder, match) is { } loser)
        {
            // "Russia annexed the Amur Region from China", "Ukraine retook the town from Russia": land taken is taken from
            // the side the from-phrase names, whichever country the place is in today.
            target = loser;
        }
        if (!_options.AllowUnknownSource && (source.Actor is null || source.Actor.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)))
        {
            // No country: "---", and "---INS"/"---GOV" (gunmen, Western politicians, a governor of no known country) alike.
            // Organisations and transnational groups carry their own code (IGOUNO, IMGRADISI) and stay.
            return;
        }
        if (_options.NewsHeuristics && code.Root is "17" or "18" or "19" or "20" && source.Actor?.Sectors.Contains("BUS") == true
            && target?.Actor?.Sectors.Contains("BUS") == true)
        {
            return; // "Nokia was being squeezed at the top of the market by Apple and Samsung": companies compete, they do not coerce
        }
        if (target is not null && target.Actor is not null && source.Actor is not null && target.Actor.Code == source.Actor.Code
            && target.Actor.Role != OwnCountryRole // ("Ecuador declared a state of emergency": a measure on its own country, ECU -> ECU)
            && (target.Name == source.Name || target.Actor.Role is null || source.Actor.Role is null || !Person(document, source) || !Person(document, target)
                || (source.Actor.Name is null && target.Actor.Name is null) || source.Actor.Sectors.Count == 0
                // ("Japanese Prime Minister Naoto Kan told his ministers to be ready": a leader's words to his own unnamed officials.)
                || target.Actor.Name is null && string.CompareOrdinal(code.Root, "10") <= 0)
            // (Not a government's coercion or accusation of one of its own the text names: "President Salva Kiir's government
            // arrested First Vice President Riek Machar, accusing him of inciting the militia".)
            && !(code.Root is "11" or "17" or "18" or "19" or "20" && target.Actor.Name is { } targetName && target.Actor.Name != source.Actor.Name
                && Person(document, target) && !Person(document, source) && source.Actor.Sectors.Count > 0)
            // (Nor two parties or movements the text names: "Renamo accused the ruling Frelimo party of rigging elections", both MOZPTY.)
            && !(source.Actor.Name is { } sourceBody && target.Actor.Name is { } targetBody && !sourceBody.Equals(targetBody, StringComparison.OrdinalIgnoreCase)
                && MentionType(document, source) == EntityType.Organization && MentionType(document, target) == EntityType.Organization
                && source.Actor.Sectors.Count == 1 && source.Actor.Sectors[0] is "PTY" or "OPP" or "REB" or "INS" or "SEP"))
        {
            // An actor acting on itself is a parse artefact: "China's ambassador warned that the Chinese government will
            // not sit on its hands", "a spokesperson for the university urged students to talk to the university" (on
            // held-out pages 12 of 13 such dyads were wrong). Two officials of one government, one of them named, are not
            // ("Sondland spoke with the president"); two unnamed ones are ("the minister met with officials"). Two people of
            // one country with no office between them ("Joe Biden worked for eight years with Barack Obama" in a 2023
            // story, both out of office) are no dyad either.
            return;
        }
        if (_options.NewsHeuristics && code.Code == "114" && tree.Lemma(match.Trigger).Equals("summon", StringComparison.OrdinalIgnoreCase)
            && target?.Actor is { Country: { Length: 3 } envoyOf } envoy && source.Actor?.Country == envoyOf
            && (envoy.Role ?? "").Contains("mbassador", StringComparison.Ordinal))
        {
            // "Beijing escalated, when Vice Foreign Minister Sun Weidong summoned Japanese Ambassador Kenji Kanasugi" in a story
            // from Tokyo: a government summons another state's envoy, so the summoner placed by the dateline is not of it.
            var otherState = binder.RecentStates is not { } pair ? null
                : pair.First.Actor?.Country == envoyOf ? pair.Second.Actor?.Country
                : pair.Second.Actor?.Country == envoyOf ? pair.First.Actor?.Country : null;
            if (otherState is { Length: 3 } host && host != envoyOf && host != ActorRef.Unknown.Code)
            {
                source = source with { Actor = source.Actor! with { Code = host + source.Actor.SectorCode, Country = host } };
            }
            else
            {
                return;
            }
        }
        if (_options.NewsHeuristics && string.CompareOrdinal(code.Root, "08") <= 0 && source.Actor is { Sectors.Count: 0, Country: { Length: 3 } bareState }
            && target?.Actor is { Sectors: ["GOV"] } ownGovernment && ownGovernment.Country == bareState && NamesOnly(source.Text))
        {
            // "The Kingdom of Saudi Arabia and the People's Republic of China issued a joint statement" gave SAU -> SAUGOV among the
            // parties: a state cooperating with its own government is one party read twice ("Cameroon's chicken sellers are
            // pleading with authorities" are people of no sector, and stay).
            return;
        }
        if (_options.NewsHeuristics && code.Root == "10" && target?.Actor is { Sectors.Count: 0 } demanded && source.Actor is { Country: { Length: 3 } demander }
            && demanded.Code == demander && source.Actor.Sectors.Contains("GOV"))
        {
            // A government demanding that its own country act is a misread pronoun: "Mexico's president refused to meet Trump
            // after he insisted that Mexico pay for the wall" (he is Trump).
            return;
        }
        if (_options.NewsHeuristics && code.Code == "141" && tree.Lemma(match.Trigger) == "gather"
            && match.Pattern.Elements.Count(e => e.Kind == ElementKind.Word) == 1 && GatheringPurpose(tree, match.Trigger))
        {
            // People who gather to mourn or pray, or for a summit or a festival, hold no demonstration ("Families gathered
            // in Gaza to mourn the dead"); a protest purpose has its own patterns ("S gather to protest", "to demand").
            return;
        }
        if (_options.NewsHeuristics && code.Root is "18" or "19" && tree.Lemma(match.Trigger) is "beat" or "defeat" or "rout" or "crush" or "trounce"
            && (Party(source.Actor) || Party(target?.Actor) || RivalPoliticians(source, target)))
        {
            // A party beats or defeats someone at the polls: "Kentucky Democrats beat incumbent Gov. Matt Bevin"; so does a
            // politician another of the same country ("Lula, who defeated Bolsonaro in 2022": was a military defeat).
            return;
        }
        if (_options.NewsHeuristics && target?.Actor is null && code.Root is "18" or "19" or "20" && source.Actor is { } doer && Civilians(doer))
        {
            // Force with no one on the other side, used by people of a civilian sector only: "a photographer is
            // fighting back after a backlash", "the company is fighting driver scrutiny" (held-out pages). Figurative or
            // private; a named victim or an armed or governing source keeps the event.
            return;
        }
        if (_options.NewsHeuristics && code.Root == "05" && tree.Lemma(match.Trigger) is "elect" or "re-elect" or "vote" or "nominate"
            && source.Actor?.Country is { Length: 3 } voters && voters != ActorRef.Unknown.Code && target?.Actor?.Country == voters)
        {
            // "Tunisians elected a secular-minded president", "voters elected a government": a country's own election is
            // domestic politics, not an endorsement between actors (which "elected Kenya to the Security Council" is).
            return;
        }
        if (_options.NewsHeuristics && string.CompareOrdinal(code.Root, "08") <= 0 && DomesticSociety(source.Actor) && DomesticSociety(target?.Actor)
            && source.Actor!.Country == target!.Actor!.Country)
        {
            // "experts urged people to avoid contact", "employees and volunteers collaborate", "universities train nurses":
            // talk and cooperation inside one country's society is not political news (on held-out pages 6 of 6 were
            // wrong). Protests, coercion and violence among them still are.
            return;
        }
        if (_options.NewsHeuristics && string.CompareOrdinal(code.Root, "08") <= 0 && target?.Actor is { Sectors.Count: 0, Country: { Length: 3 } ownState } && ownState != ActorRef.Unknown.Code
            && target.Actor.Role != OwnCountryRole // "the president resigned": yielded to his own country, which the coder supplied
            && source.Actor is { Sectors.Count: > 0 } official && official.Country == ownState && !official.Sectors.Any(ArmedOpposition.Contains))
        {
            // "North Korea's envoy defended Pyongyang and Moscow's treaty": an official (or a citizen) speaks for its own
            // state, not to it. Armed groups fighting it do deal with it ("Colombia and the ELN rebels signed a ceasefire"
            // runs both ways).
            return;
        }
        if (_options.NewsHeuristics && code.Code is "190" or "193" or "194" && Instrument(tree, match) is { } refined && Lookup(refined) is { } instrumentCode)
        {
            code = instrumentCode; // "Israeli aircraft struck", "Russian artillery shelled": the weapon names the CAMEO code
        }
        if (_options.NewsHeuristics && code.Code is "192" or "190" && tree.Lemma(match.Trigger).ToLowerInvariant() is "seize" or "capture" or "recapture" && target is not null
            && match.Target >= 0 && (Person(document, target) && tree.Upos(match.Target) == Upos.PROPN && target.Span.Contains(tree.SpanOf(match.Target))
                    && target.Actor?.Sectors.Any(s => s is "MED" or "BUS") != true
                || tree.Upos(match.Target) == Upos.PRON && tree.LowerForm(match.Target) is "he" or "him" or "she" or "her"
                || SeizedPeople.Contains(tree.Lemma(match.Target).ToLowerInvariant()))
            && !(code.Code == "190" && target.Actor?.Sectors.Contains("MIL") == true && IrregularArmed(source.Actor))) // ("captured three soldiers" in battle stays 190)
        {
            // "Gilad Shalit, the soldier seized by militants in a cross-border raid": people seized are abducted, not land occupied;
            // "the sect leader ... was captured by soldiers": a state's police or forces capturing a civilian or a rebel arrest him.
            var arrest = source.Actor is { } captor && !IrregularArmed(captor) && !captor.Code.StartsWith("IMG", StringComparison.Ordinal)
                && (captor.Sectors.Any(s => s is "MIL" or "COP" or "SPY" or "JUD" or "GOV") || captor.Sectors.Count == 0 && captor.Code.Length == 3)
                && target.Actor is { } captive && !captive.Sectors.Any(s => s is "MIL" or "GOV" or "LEG");
            if (Lookup(arrest ? "173" : "181") is { } seizure)
            {
                code = seizure;
            }
        }
        if (_options.NewsHeuristics && code.Code == "201" && target?.Actor is { Sectors.Count: > 0 } driven && driven.Sectors.Any(s => ArmedSectors.Contains(s))
            && Lookup("190") is { } fighting)
        {
            code = fighting; // "the Islamic Courts Union, which was driven out of Mogadishu by Ethiopian troops": armed men driven out are beaten, not expelled civilians
        }
        if (_options.NewsHeuristics && code.Code == "151" && source.Actor?.Sectors.Contains("MIL") == true && !source.Actor.Sectors.Contains("COP")
            && Lookup("152") is { } militaryAlert)
        {
            code = militaryAlert; // "South Korea's military raised its alert level": the alert of armed forces (152), not of police (151)
        }
        if (_options.NewsHeuristics && code.Code == "193" && tree.Lemma(match.Trigger) == "come" && source.Actor is { Sectors.Count: > 0 } critic
            && !critic.Sectors.Any(s => s != "GOV" && ArmedSectors.Contains(s)) && Lookup("111") is { } criticism)
        {
            code = criticism; // "Microsoft came under fire from activist tech workers": from the unarmed, fire is criticism
        }
        if (_options.NewsHeuristics && code.Root == "19" && tree.Lemma(match.Trigger).Equals("strike", StringComparison.OrdinalIgnoreCase)
            && source.Actor is { Sectors.Count: > 0 } strikers && strikers.Sectors.All(s => s is "LAB" or "EDU" or "HLH") && Lookup("143") is { } labourStrike)
        {
            code = labourStrike; // "the United Mine Workers struck the Coronado Coal Company": workers strike against an employer
        }
        if (_options.NewsHeuristics && code.Code == "051" && tree.Lemma(match.Trigger).ToLowerInvariant() is "support" or "back" or "assist"
            && source.Actor?.Sectors.Contains("MIL") == true && target?.Actor?.Sectors.Contains("MIL") == true && Lookup("062") is { } militarySupport)
        {
            code = militarySupport; // "Nigerian troops, supported by Chadian forces, killed ...": forces backing forces cooperate militarily
        }
        if (_options.NewsHeuristics && code.Root is "18" or "19" && tree.Lemma(match.Trigger).ToLowerInvariant() is var fightLemma
            && source.Actor is { Country: { Length: 3 } politicsHome, Sectors.Count: > 0 } politician && target?.Actor is { Sectors.Count: > 0 } opponent
            && politician.Sectors.Concat(opponent.Sectors).All(PoliticalSectors.Contains)
            && (fightLemma is "attack" or "assail" && opponent.Country == politicsHome && politician.Sectors.Concat(opponent.Sectors).Any(s => s is "PTY" or "LEG" or "OPP" or "ELI")
                || fightLemma == "clash")
            && Lookup("111") is { } verbalAttack)
        {
            // "In his only attack on the Republicans, Hughes said", "the Republicans' feeble attack on the Meyner administration":
            // politicians attack each other with words; "Petro has clashed repeatedly with conservative leaders" too.
            code = verbalAttack;
        }
        if (code.Code == "042" && target is { Text: "border" or "frontier" or "boundary" or "borders" })
        {
            return; // "Rep. David McKinley visited the U.S.-Mexico border near McAllen, Texas": a trip to one's own side of a border
        }
        if (code.Code == "042" && target?.Actor is { Code: "NLD" } && source.Actor?.Country != "NLD" && SentenceNames(tree, "Hague"))
        {
            return; // "Morales, who traveled to The Hague to hear the verdict": a trip to the world courts, no visit to the Netherlands
        }
        if (target is { Text: var built } && BuildingNouns.Contains(built.ToLowerInvariant())
            && tree.Lemma(match.Trigger).ToLowerInvariant() is "rebuild" or "build" or "repair" or "reconstruct" or "restore" or "renovate")
        {
            return; // "the money is needed to rebuild homes, hospitals, schools": buildings, not the health and education sectors
        }
        if (code.Root is "18" or "19" or "20" && FigurativeWar(tree, match))
        {
            return; // "waged a trade war", "is conducting a hybrid war against us", "a price war": no fighting
        }
        if (code.Root is "18" or "19" or "20" && CountedWars(tree, match.Trigger))
        {
            return; // "India and Pakistan have fought three wars since independence": a history counted, no fighting today
        }
        if (code.Code == "074" && source.Actor?.Sectors is { } escorts && escorts.Any(s => s is "JUD" or "COP")
            && tree.Lemma(match.Trigger).Equals("escort", StringComparison.OrdinalIgnoreCase))
        {
            return; // "Prosecutors escorted him to the Seoul Eastern Detention Center": custody, no protection given
        }
        if (code.Code == "192" && ControlOfAnAffair(tree, match))
        {
            return; // "took control of the fight against the Ebola epidemic away from his ministry": no territory taken
        }
        if (_options.NewsHeuristics && code.Root is "18" or "19"
            && (tree.Lemma(match.Trigger).ToLowerInvariant() is "attack" or "assail" || match.Used.Any(u => tree.Lemma(u).Equals("attack", StringComparison.OrdinalIgnoreCase)))
            && source.Actor is { Name: not null, Sectors.Count: > 0 } speaker && speaker.Sectors.All(PoliticalSectors.Contains)
            && (Person(document, source) || speaker.Role is not null) // (also "his attack on ...")
            && target is { } person && (Person(document, person) && (person.Actor?.Sectors ?? []).All(PoliticalSectors.Contains)
                || person.Actor is { Sectors.Count: > 0 } body && body.Sectors.All(s => s is "BUS" or "MED" or "NGO"))
            && Lookup("111") is { } personalAttack)
        {
            // "Trump attacked the Seattle federal judge who blocked his order", "launched a personal attack on Sadiq Khan",
            // "escalated his attack on Harley-Davidson": a named politician's attack on a person or a company is made with words.
            code = personalAttack;
        }
        if (_options.NewsHeuristics && code.Root == "19" && source.Actor is { Sectors: var raiders } && raiders.Contains("COP") && !raiders.Contains("MIL")
            && match.Used.Append(match.Trigger).Any(u => tree.Lemma(u).ToLowerInvariant() is "raid" or "search")
            && (target?.Actor is null || !target.Actor.Sectors.Any(s => ArmedSectors.Contains(s) && s is not "COP")) && Lookup("170") is { } policing)
        {
            code = policing; // "police had carried out raids on two addresses": a search, no armed assault
        }
        if (_options.NewsHeuristics && code.Root == "19" && tree.Lemma(match.Trigger).Equals("clash", StringComparison.OrdinalIgnoreCase)
            && source.Actor is { } government && (government.Code.StartsWith("IGO", StringComparison.Ordinal) || government.Sectors.Count > 0 && government.Sectors.All(PoliticalSectors.Contains))
            && target?.Actor is { Sectors.Count: > 0 } company && company.Sectors.All(s => s is "BUS" or "MED" or "EDU" or "NGO" or "HRI" or "LAB")
            && Lookup("111") is { } dispute)
        {
            code = dispute; // "Brussels clashed with AstraZeneca over its shortfall in deliveries": a dispute, no fighting
        }
        if (_options.NewsHeuristics && code.Code == "173" && match.Used.Any(u => tree.Lemma(u).Equals("charge", StringComparison.OrdinalIgnoreCase))
            && source.Actor is { Sectors: var chargers } && !chargers.Any(s => s is "JUD" or "COP" or "SPY" or "MIL")
            && (Person(document, source) && source.Actor.Name is not null || chargers.Count > 0 && chargers.All(s => s is not "GOV"))
            && Lookup("112") is { } accusation)
        {
            // "Banerjee charged Prime Minister Modi and BJP president Amit Shah with political vendetta": a politician's or a
            // party's charge is an accusation; prosecutors, police and states press criminal charges.
            code = accusation;
        }
        if (_options.NewsHeuristics && code.Code == "090" && source.Actor is { } investigator && investigator.Sectors.Any(s => s is "JUD" or "COP")
            && Lookup("091") is { } criminal)
        {
            code = criminal; // "French prosecutors opened an inquiry", "police searched the consul's residence": a criminal investigation
        }
        if (_options.NewsHeuristics && code.Code == "070" && MentionsAny(tree, DisasterWords) && Lookup("073") is { } humanitarian)
        {
            code = humanitarian; // "donated $100 million to help victims of the cyclone": aid in a disaster is humanitarian
        }
        if (_options.NewsHeuristics && code.Root is "02" or "10" && !code.Code.StartsWith("025", StringComparison.Ordinal) && !code.Code.StartsWith("105", StringComparison.Ordinal)
            && AsksToStopFighting(tree, match.Trigger) && Lookup(code.Root == "02" ? "0256" : "1056") is { } deescalation)
        {
            code = deescalation; // "urged Russia to stop the war", "demanded that Russia pull its forces back": de-escalation (0256, 1056)
        }
        if (_options.NewsHeuristics && code.Code == "130" && WarnsOfForce(tree, match.Trigger) && Lookup("138") is { } force)
        {
            code = force; // "warned Taiwan that it would use force", "warned North Korea it would be met with fire and fury"
        }
        if (_options.NewsHeuristics && code.Code == "190" && IrregularArmed(source.Actor) && target?.Actor is { } victims && Civilians(victims)
            && Lookup(KillingLemmas.Contains(tree.Lemma(match.Trigger).ToLowerInvariant()) ? "1823" : "180") is { } assault)
        {
            // "the militants killed ten villagers": violence of an irregular armed group against civilians is an assault
            // (18), not fighting between armed forces (19).
            code = assault;
        }
        if (_options.NewsHeuristics && code.Code is "180" or "1823" or "190" or "193" && source.Actor?.Code.StartsWith("IMG", StringComparison.Ordinal) != true
            && KillingLemmas.Contains(tree.Lemma(match.Trigger).ToLowerInvariant()) && tree.Lemma(match.Trigger).ToLowerInvariant() != "execute"
            && target?.Actor is { } massVictims && Civilians(massVictims) // (executions are a state's sentences, not a massacre: "executed more than 1,000 people this year")
            && match.Target >= 0 && HundredsOrMore(tree, match.Target) && Lookup("202") is { } massKilling)
        {
            // "Russian troops killed hundreds of civilians in Bucha", "Eritrean troops killed hundreds of unarmed civilians":
            // killing hundreds of civilians on the ground is a mass killing (202); air strikes keep their weapon (195) and
            // transnational terror groups' attacks their assault code.
            code = massKilling;
        }
        if (_options.NewsHeuristics && code.Code.StartsWith("163", StringComparison.Ordinal) && source.Actor?.Country is { Length: 3 } rulers && rulers != ActorRef.Unknown.Code
            && target?.Actor is { Sectors.Count: > 0 } ruled && ruled.Country == rulers && !ruled.Sectors.Contains("GOV") && Lookup("172") is { } administrative)
        {
            code = administrative; // "the Taliban imposed strict measures against women": a government's measures against its own people (172)
        }
        var trigger = tree.SpanOf(match.Trigger);
        var (clausePlace, placeToken) = LocationPhrase(tree, binder, match);
        var location = clausePlace ?? defaultPlace;
        var placedTarget = "";
        var targetFromPlace = false;
        if (_options.NewsHeuristics && target is null && code.Root is "18" or "19" or "20" && clausePlace?.Country is { Length: 3 } attacked
            && tree.Lemma(match.Trigger).ToLowerInvariant() is not ("fight" or "battle" or "serve" or "operate") // "Saudis fought in Afghanistan" fought its invaders
            && attacked != ActorRef.Unknown.Code && source.Actor?.Country is { Length: 3 } attacker && attacker != ActorRef.Unknown.Code
            && (attacked != attacker || IrregularArmed(source.Actor) && StateInstallationAttacked(tree, match)))
        {
            // (At home too when rebels strike the state's installations: "RSF drones struck a fuel depot and a power station in Port
            // Sudan" had no target.)
            // "Israeli warplanes struck targets in the Gaza Strip", "Turkish drones hit positions in northern Iraq": force used
            // on another country's territory without a named victim is aimed at that country. Not at home ("Nigerian troops
            // bombed camps in Borno" has no target).
            target = CountryOfPlace(tree, placeToken, clausePlace, attacked);
            placedTarget = " (the country of the place attacked)";
            targetFromPlace = true;
        }
        if (_options.NewsHeuristics && ViolentRoot(code.Code) && IrregularArmed(source.Actor) && source.Actor!.Country is { Length: 3 } insurgentsHome
            && insurgentsHome != ActorRef.Unknown.Code && !insurgentsHome.StartsWith("IGO", StringComparison.Ordinal) && !source.Actor.Code.StartsWith("IMG", StringComparison.Ordinal)
            && target?.Actor is { Name: null, Sectors.Count: > 0 } forces && forces.Sectors.All(s => s is "MIL" or "COP") && forces.Country != insurgentsHome
            && document.Layers.TryGet(EventDesk.Coding.Actors.ActorLayers.Index, out var forcesIndex) && forcesIndex.MentionOverlapping(target.Span) is var fm and >= 0
            && forcesIndex.RuleOf(fm) is var forcesRule && (forcesRule.StartsWith("agent+local:", StringComparison.Ordinal) || forcesRule.StartsWith("agent+default:", StringComparison.Ordinal)))
        {
            // "fighters of the Pakistani Taliban, who have killed hundreds of soldiers" in a story filed from Kabul: the soldiers
            // a country's insurgents kill are their own state's, not the dateline's.
            target = target with { Actor = forces with { Code = insurgentsHome + forces.SectorCode, Country = insurgentsHome } };
            placedTarget = " (the forces of the state its insurgents fight)";
        }
        if (_options.NewsHeuristics && (target is null || target.Actor is { Code: "---" }) && code.Root == "19" && IrregularArmed(source.Actor)
            && source.Actor!.Country is { Length: 3 } rebelsHome && rebelsHome != ActorRef.Unknown.Code && !rebelsHome.StartsWith("IGO", StringComparison.Ordinal)
            && tree.Lemma(match.Trigger).ToLowerInvariant() is "seize" or "capture" or "take" or "overrun" or "occupy"
            && (match.Used.Append(match.Target).Any(u => u >= 0 && u != match.Trigger && SettlementNouns.Contains(tree.Lemma(u).ToLowerInvariant()))))
        {
            // "M23 rebels seized the region's two largest cities", "the Arakan Army captured a town": towns a country's rebels
            // take, the text naming no other country, are taken from their state.
            target = new Participant(tree.SpanOf(match.Trigger), document.Substring(tree.SpanOf(match.Trigger)), null, null,
                new ActorRef(rebelsHome, rebelsHome, [], null, null));
            placedTarget = " (the state its rebels took the places from)";
            targetFromPlace = true;
        }
        if (_options.NewsHeuristics && target?.Actor is { } ta
            && (ta.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && ta.Sectors.Count > 0 || LocalByDefault(document, target))
            && !(ta.Sectors.Any(s => s is "MIG" or "REF") && !(ta.Role ?? "").Contains("displaced", StringComparison.OrdinalIgnoreCase))
            // migrants and refugees are, by definition, from somewhere else; the displaced mostly from the same country
            && !(match.Target >= 0 && NamesForeigners(document.Substring(TextSpan.FromBounds(tree.SubtreeSpan(match.Target).Start, tree.SpanOf(match.Target).End))))
            // "two foreign aid workers in northern Mali" are not Malians
            && (TargetPlace(tree, binder, match) ?? clausePlace) is { Country: { Length: 3 } placeCountry } && placeCountry != ActorRef.Unknown.Code)
        {
            // "arrested dozens of opposition supporters in Caracas", "killed civilians in Axum": people of no stated
            // country are of the country where it happened (the sentence's place, not the dateline: a story filed in
            // Ankara about Russia releasing an American reporter is not about Turks). The same for people the resolver gave
            // the story's country only by default ("hostages" in a story mostly about Israel, freed in Nigeria).
            target = target with { Actor = Placed(ta, placeCountry) };
            placedTarget = " (country of the place of the event)";
        }
        else if (_options.NewsHeuristics && code.Root == "17" && !code.Code.StartsWith("174", StringComparison.Ordinal) && target?.Actor is { Name: null, Sectors.Count: > 0 } held
            && held.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
            // (not the deported, nor an ethnic group: "deported 40 Uyghurs to China")
            && !held.Sectors.Any(s => s is "MIG" or "REF" or "MIL" or "INS" or "REB" or "UAF" or "ETH")
            && source.Actor is { Sectors.Count: > 0, Country: { Length: 3 } agencyCountry } agency && agencyCountry != ActorRef.Unknown.Code
            && !agency.Code.StartsWith("IGO", StringComparison.Ordinal) && agency.Sectors.All(s => s is "COP" or "MIL" or "GOV" or "JUD" or "SPY")
            && !(match.Target >= 0 && NamesForeigners(document.Substring(TextSpan.FromBounds(tree.SubtreeSpan(match.Target).Start, tree.SpanOf(match.Target).End)))))
        {
            // "Police in Tunis arrested at least 11 students": a state's police, courts or security forces arrest, detain or
            // charge people at home; students, activists or journalists of no stated country (and no place that says otherwise)
            // are that state's.
            target = target with { Actor = Placed(held, agencyCountry) };
            placedTarget = " (country of the state that held them)";
        }
        if (_options.NewsHeuristics && code.Code == "174" && target?.Actor is { Name: null } deported && deported.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
            && DestinationCountry(tree, binder, match.Trigger, match.Target) is { } sentTo && sentTo != source.Actor?.Country)
        {
            // "Thai authorities deported 40 Uyghurs to China": people deported to a country are sent home (they were
            // THAETH, the deporting state's own).
            target = target with { Actor = Placed(deported, sentTo) };
            placedTarget = " (country they were deported to)";
        }
        if (_options.NewsHeuristics && (code.Root == "17" && code.Code != "174" || code.Code == "0841" || code.Code == "1823" && tree.Lemma(match.Trigger).ToLowerInvariant() is "execute" or "hang")
            && target?.Actor is { } detained
            && (detained.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) // also "freed political prisoners" placed elsewhere by default
                || (LocalByDefault(document, target) || detained.Sectors.Contains("OPP") && PlacedByDefault(document, target)) && code.Code != "174") // (the deported are foreigners by definition)
            && (detained.Name is null || detained.Sectors.Count > 0 && detained.Sectors.All(s => s == "CRM")
                // (or a named person of no country with a role, "released the journalist Muhammad Bekjanov": a foreigner is
                // marked as one, "an American journalist", and the resolver then places him)
                || detained.Sectors.Count > 0 && detained.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
                    && !detained.Sectors.Any(StateSectors.Contains) // (an official of no known country is no one's for sure)
                    && !(match.Target >= 0 && NamesForeigners(document.Substring(tree.SubtreeSpan(match.Target))))
                // (or a named opposition figure placed only by the dateline: "Belarus released opposition figure Siarhei
                // Tsikhanouski" in a story from Vilnius is Belarus's opposition)
                || detained.Sectors.Contains("OPP") && PlacedByDefault(document, target))
            && !detained.Sectors.Any(s => s is "MIG" or "REF" or "IGO") && source.Actor is { Country: { Length: 3 } coercer } state && coercer != ActorRef.Unknown.Code
            // (Not sanctions: "The U.S. Treasury imposed sanctions on a network of shipping companies" are not on American ones.)
            && !NamesSanctions(tree, match)
            && (state.Sectors.Count == 0 || state.Sectors.Any(s => s is "GOV" or "COP" or "MIL" or "SPY" or "JUD")))
        {
            // "Kenyan police arrested two men", "the government must stop detaining opposition supporters": people a state
            // arrests, bans, detains, releases or executes ("Uzbekistan released a journalist") without a stated country are its own
            // (foreigners are named as such). Not a named
            // person the knowledge base does not place: a named foreigner detained is what makes the news. Unless the name
            // comes with a criminal's title only ("arrested the son of drug lord Joaquin Guzman"): a state's police hunt its
            // own gangsters.
            target = target with { Actor = Placed(detained, coercer) };
            placedTarget = " (country of the coercing state)";
        }
        // (Also civilians the resolver placed only by the dateline: "The Cabo Delgado insurgency has killed more than 2,800 people" in a
        // story from Kigali.)
        if (_options.NewsHeuristics && code.Root is "18" or "19" or "20" && target?.Actor is { } unplaced
            && (unplaced.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
                || LocalByDefault(document, target) && !SentenceNamesCountry(tree, unplaced.Country)) // ("Hamas's attack on southern Israel killed 1,400 people")
            && unplaced.Name is null && unplaced.Sectors.Count > 0 && unplaced.Sectors.All(CivilSectors.Contains)
            && !(match.Target >= 0 && NamesForeigners(document.Substring(tree.SubtreeSpan(match.Target))))
            && source.Actor is { Country: { Length: 3 } home, Sectors: var rebelSectors } && home != ActorRef.Unknown.Code && rebelSectors.Any(s => s is "INS" or "REB"))
        {
            // "Boko Haram militants razed the town of Baga and killed hundreds of residents", "Arab militias and the Rapid
            // Support Forces killed thousands of Masalit civilians": insurgents and rebels fight at home, so unnamed
            // civilians they attack, where no place says otherwise, are of their country.
            target = target with { Actor = Placed(unplaced, home) };
            placedTarget = " (country of the insurgents who attacked them)";
        }
        if (_options.NewsHeuristics && code.Root == "14" && target?.Actor is { } addressed && addressed.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
            && addressed.Name is null && addressed.Sectors.Count > 0 && source.Actor is { Country: { Length: 3 } protesters } && protesters != ActorRef.Unknown.Code
            && !source.Actor.Code.StartsWith("IGO", StringComparison.Ordinal))
        {
            // "Israelis demonstrated against the government", "students protested against the police": people protest
            // against their own country's institutions unless the text places them elsewhere.
            target = target with { Actor = Placed(addressed, protesters) };
            placedTarget = " (country of the protesters)";
        }
        if (!_options.AllowUnknownTarget && target is not null && (target.Actor is null || target.Actor.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal))
            && !_options.UndirectedRoots.Contains(code.Root))
        {
            return; // "thanked his supporters", "nominated Alex Wong", "accused the rebel group": no country, no dyad
        }
        // After the code and target are final: "Saudi air strikes hit a prison in northern Yemen, killing dozens" codes the
        // strikes and the killing (refined to an air strike, aimed at the place's country) as one event, not two.
        if (events.Any(e => e.Sentence == tree.Index && e.Cameo == code.Code && Same(e.Source, source) && Same(e.Target, target)))
        {
            return;
        }
        var statedDate = EventDates.For(tree, match.Trigger, times);
        var pointInTime = EventDates.PointInTime(tree, match.Trigger, times);
        if (!_options.KeepBackground && times?.Published is { } published
            && pointInTime is { } latest && latest < published.AddDays(-_options.BackgroundDays))
        {
            return; // "The war began after Hamas-led militants attacked southern Israel on October 7, 2023" in a story of 2026: background
        }
        // (A time only the context gives dates the act too: "After Cyclone Pam struck in 2015, Australia ... sent military ships".)
        var date = statedDate ?? pointInTime ?? times?.Published ?? document.Metadata.Date ?? times?.Anchor;
        var rule = $"{pattern.Provenance}; trigger '{document.Substring(trigger)}'" +
            $"; source via {match.SourceHow}" + (target is null ? "" : $"; target via {(match.Target >= 0 ? match.TargetHow : targetFromPlace ? "the place phrase" : target.Actor?.Role == "implicit target" ? "implicit target (the government addressed by a protest)" : target.Actor?.Role == OwnCountryRole ? "its own country (an emergency measure)" : match.ContextTarget ?? "reciprocal party")}{placedTarget}");
        events.Add(new CodedEvent(
            tree.Index,
            code.Code,
            code.Root,
            code.QuadClass,
            code.Goldstein,
            code.PloverType is null ? null : new PloverCode(code.PloverType, code.PloverMode),
            source,
            target,
            location,
            date,
            status.Negated,
            status.Modality,
            trigger,
            rule));
    }

    private static readonly HashSet<string> IrregularArmedSectors = new(StringComparer.Ordinal) { "INS", "REB", "UAF", "RAD", "SEP", "CRM" };

    /// <summary>Sectors that fight: "target" is an attack only when one of these (or a state by name) targets.</summary>
    private static readonly HashSet<string> FightingSectors = new(StringComparer.Ordinal) { "MIL", "INS", "REB", "UAF", "RAD", "SEP" };

    private static readonly HashSet<string> ArmedSectors = new(StringComparer.Ordinal) { "MIL", "COP", "GOV", "INS", "REB", "UAF", "RAD", "SEP", "CRM", "SPY" };

    /// <summary>The phrase counts a hundred or more: "hundreds of civilians", "more than 230 civilians", "thousands".</summary>
    private static bool HundredsOrMore(SentenceTree tree, int phrase)
    {
        // (Up to the head noun: its clauses count nothing, "killing at least eight people, as thousands took to the streets".)
        var (first, _) = tree.SubtreeTokens(phrase);
        for (var t = Math.Max(tree.First, first - 3); t <= phrase; t++)
        {
            var form = tree.LowerForm(t);
            if (form is "hundreds" or "thousands" or "tens")
            {
                return true;
            }
            if (tree.Pos.XposOf(t) == "CD" && double.TryParse(form.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 100 && (n < 1900 || form.Contains(',') || n > 2100)) // not a year ("6,000" is a count)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> KillingLemmas = new(StringComparer.Ordinal) { "kill", "murder", "slay", "slaughter", "behead", "execute" };

    private static readonly HashSet<string> SettlementNouns = new(StringComparer.Ordinal)
    {
        "town", "city", "village", "territory", "district", "region", "area", "province", "county", "capital", "settlement", "locality",
    };

    private static bool IrregularArmed(ActorRef? actor) =>
        actor is not null && actor.Sectors.Any(IrregularArmedSectors.Contains) && !actor.Sectors.Any(s => s is "MIL" or "GOV" or "COP");

    /// <summary>People of a civilian sector only ("villagers", "students", "worshippers"), no one armed or governing.</summary>
    private static bool Civilians(ActorRef actor) =>
        actor.Sectors.Count > 0 && !actor.Sectors.Any(ArmedSectors.Contains) && !actor.Code.StartsWith("IGO", StringComparison.Ordinal);

    /// <summary>
    /// A purpose of the verb other than protest: a to-clause ("gathered to mourn") or a for-phrase ("gathered for a
    /// summit"); "to denounce the strikes", "for a rally" are protest.
    /// </summary>
    private static bool GatheringPurpose(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (((tree.RelIs(c, "advcl") || tree.RelIs(c, "xcomp")) && tree.HasMarker(c, "to") || tree.RelIs(c, "obl") && tree.HasMarker(c, "for"))
                && !ProtestPurposes.Contains(tree.Lemma(c).ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ProtestPurposes = new(StringComparer.Ordinal)
    {
        "protest", "demonstrate", "demonstration", "rally", "march", "demand", "denounce", "condemn", "oppose", "reject", "decry",
        "call", "urge", "chant", "voice", "express", "support", "show", "vigil", "strike", "sit-in", "boycott", "defy",
    };

    /// <summary>A political party's actor (sector PTY, nothing armed or governing).</summary>
    private static bool Party(ActorRef? actor) => actor is not null && actor.Sectors.Contains("PTY") && !actor.Sectors.Any(s => s is "MIL" or "GOV" or "REB" or "INS");

    /// <summary>Two named people of the same country, neither of an armed sector: rivals in politics, not in arms.</summary>
    private static bool RivalPoliticians(Participant source, Participant? target) =>
        source is { Name: not null, Actor: { Country.Length: 3 } winner } && target is { Name: not null, Actor: { } loser } && winner.Country == loser.Country
        && winner.Country != ActorRef.Unknown.Code && !winner.Sectors.Concat(loser.Sectors).Any(s => s is "MIL" or "REB" or "INS" or "UAF" or "RAD" or "SEP" or "COP");

    private static bool Same(Participant? a, Participant? b) =>
        a is null ? b is null : b is not null && a.Actor?.Code == b.Actor?.Code && a.Name == b.Name;

    /// <summary>What the clause around a trigger says about its event: negation, modality, the verb the clause reports to.</summary>
    private readonly record struct ClauseStatus(bool Negated, EventModality Modality, string? Governor, bool Reported);

    private static readonly HashSet<string> NegationAdverbs = new(StringComparer.Ordinal) { "not", "n't", "never", "seldom", "rarely", "hardly", "barely", "scarcely" };

    /// <summary>
    /// The armed group an unnamed phrase is said to belong to: a participle of affiliation on it ("suspected of belonging to",
    /// "linked to", "loyal to", "affiliated with", "allied with", "believed to be") whose phrase names a non-state armed group; null
    /// if none.
    /// </summary>
    private static Participant? AffiliatedGroup(SentenceTree tree, ActorBinder binder, int phrase)
    {
        // (Also the participle the parser made the clause's verb, with the phrase its subject: "gunmen suspected of belonging to Boko
        // Haram | abducted eight more girls".)
        foreach (var c in tree.Children(phrase))
        {
            if (tree.RelIs(c, "acl") && GroupOfAffiliation(tree, binder, c) is { } group)
            {
                return group;
            }
        }
        var head = tree.Head(phrase);
        return head >= 0 && tree.RelIs(phrase, "nsubj") && tree.Pos.XposOf(head) == "VBN" ? GroupOfAffiliation(tree, binder, head) : null;
    }

    /// <summary>
    /// The armed group a participle of affiliation names in its phrase, or one clause below ("suspected of | belonging to Boko
    /// Haram"); null for other participles.
    /// </summary>
    private static Participant? GroupOfAffiliation(SentenceTree tree, ActorBinder binder, int participle)
    {
        if (tree.Lemma(participle).ToLowerInvariant() is not ("suspect" or "link" or "tie" or "loyal" or "affiliate" or "ally" or "believe" or "connect"
            or "associate"))
        {
            return null;
        }
        foreach (var k in tree.Children(participle))
        {
            if (NamedArmedGroup(tree, binder, k) is { } group)
            {
                return group;
            }
            if (tree.Upos(k) != Upos.VERB)
            {
                continue;
            }
            foreach (var g in tree.Children(k))
            {
                if (NamedArmedGroup(tree, binder, g) is { } below)
                {
                    return below;
                }
            }
        }
        return null;
    }

    /// <summary>The non-state armed group a proper noun names, or null.</summary>
    private static Participant? NamedArmedGroup(SentenceTree tree, ActorBinder binder, int token) =>
        tree.Upos(token) != Upos.PROPN ? null
        : binder.Bind(tree, token, viaModifiers: false).FirstOrDefault(p => p.Actor is { } a
            && (a.Code.StartsWith("IMG", StringComparison.Ordinal) || a.Sectors.Any(s => s is "INS" or "REB" or "RAD" or "SEP")));

    /// <summary>People who can be seized (abducted or arrested), as opposed to towns or bases.</summary>
    private static readonly HashSet<string> SeizedPeople = new(StringComparer.Ordinal)
    {
        "soldier", "hostage", "journalist", "reporter", "worker", "citizen", "national", "tourist", "official", "diplomat", "sailor", "crew",
        "fisherman", "passenger", "civilian", "villager", "student", "schoolgirl", "child", "woman", "man", "people", "person", "policeman",
        "officer", "engineer", "missionary", "priest", "trader", "pilot", "marine", "guard", "girl", "boy",
        "leader", "commander", "chief", "spokesman", "suspect", "member", "militant", "fighter", "insurgent", "rebel", "terrorist", "gunman",
        "kingpin", "boss",
    };

    /// <summary>Insurgents, rebels, separatists or radicals of no known country (not "gunmen", not criminals).</summary>
    /// <remarks>
    /// Also a junta or regime of no country ("junta aircraft", "the last junta base", "regime forces"): the resolver gives those
    /// the dateline's country, so they have none only when the story has no dateline; then the state the armed groups fight
    /// is theirs. Not other state agents ("world leaders", "Assad's forces", "the other's troops" may be anyone's).
    /// </remarks>
    private static bool RebelsOrJuntaOfNoCountry(ActorRef? actor) =>
        actor is { Name: null } a && a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && a.Sectors.Count > 0
        && (a.Sectors.All(s => s is "INS" or "REB" or "SEP" or "RAD")
            || a.Sectors.All(s => s is "GOV" or "MIL") && (a.Role ?? "").Contains("Junta", StringComparison.Ordinal)
            || a.Sectors.All(s => s is "GOV" or "MIL") && (a.Role ?? "").Contains("Regime", StringComparison.Ordinal));

    /// <summary>A state, its government or forces, or an international body: a giver of aid (not "SoftBank agreed to fund").</summary>
    private static bool StateOrBody(ActorRef actor) =>
        actor.Code.StartsWith("IGO", StringComparison.Ordinal) || actor.Sectors.Count == 0 || actor.Sectors.All(s => s is "GOV" or "MIL");

    /// <summary>Words that name aid given, not troops sent or goods shipped ("pledged $100 million in immediate aid").</summary>
    private static readonly FrozenSet<string> AidWords = new[]
    {
        "aid", "assistance", "relief", "donation", "humanitarian", "reconstruction", "loan", "grant", "food", "medicine", "tent", "blanket",
        "supply", "emergency", "budget", "bailout", "rescue", "dollar", "$", "euro", "€", "pound", "£", "yen", "yuan", "rupee", "riyal", "dirham",
        "money", "cash", "fund", "funding", "tranche",
        "package", "credit", "investment",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The trigger's clause names aid (<see cref="AidWords"/>) and sends no troops, ships or weapons.</summary>
    private static bool AidNamed(SentenceTree tree, int trigger)
    {
        var verb = tree.Lemma(trigger).ToLowerInvariant();
        if (verb is "ship" or "export" or "sell")
        {
            return false; // "Ukraine ships grain": trade
        }
        if (verb is "send" or "dispatch" or "deploy" or "deliver")
        {
            // "sent relief supplies", not "dispatching frigates", "sent text messages", "delivered its ruling"
            return tree.ChildExact(trigger, "obj") is var sent and >= 0 && AidWords.Contains(tree.Lemma(sent).ToLowerInvariant());
        }
        var (first, last) = tree.SubtreeTokens(trigger);
        for (var k = first; k <= last; k++)
        {
            var lemma = tree.Lemma(k).ToLowerInvariant();
            // (A sum alone counts when it is what is given, "provide a further 3 billion", not a count of things: "provide less
            // than 20 million of the 150 million chickens".)
            if (AidWords.Contains(lemma) || lemma is "million" or "billion" && tree.Head(k) is var h and >= 0 && tree.Upos(h) is not (Upos.NOUN or Upos.NUM)
                && tree.ChildMarked(k, "nmod", "of") < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The state the document names most often (its actors and places), when it is named at least three times and more often
    /// than any other; null otherwise.
    /// </summary>
    private static string? StoryCountry(Document document)
    {
        if (!document.Layers.TryGet(AnnotationLayers.Entities, out var entities))
        {
            return null;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in entities.Mentions)
        {
            var country = m.Actor?.Country ?? m.Place?.Country;
            if (country is { Length: 3 } && country != ActorRef.Unknown.Code
                && !(m.Actor?.Code ?? "").StartsWith("IGO", StringComparison.Ordinal) && char.IsAsciiLetterUpper(country[0]))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }
        string? top = null;
        int best = 0, second = 0;
        foreach (var (country, count) in counts)
        {
            if (count > best)
            {
                (top, second, best) = (country, best, count);
            }
            else if (count > second)
            {
                second = count;
            }
        }
        return best >= 3 && best > second ? top : null;
    }

    /// <summary>The one country of all the non-state armed groups the document names with a country, or null (none, or several).</summary>
    private static string? StoryArmedHome(Document document)
    {
        if (!document.Layers.TryGet(AnnotationLayers.Entities, out var entities))
        {
            return null;
        }
        string? home = null;
        foreach (var m in entities.Mentions)
        {
            if (m.Actor is not { Country: { Length: 3 } country } a || country == ActorRef.Unknown.Code || a.Code.StartsWith("IGO", StringComparison.Ordinal)
                || a.Code.StartsWith("IMG", StringComparison.Ordinal) || !a.Sectors.Any(s => s is "INS" or "REB" or "SEP" or "RAD") || a.Name is null)
            {
                continue;
            }
            if (home is not null && home != country)
            {
                return null;
            }
            home = country;
        }
        return home;
    }

    /// <summary>An actor of no known country ("---CVL") placed in <paramref name="country"/> ("KENCVL"), its sectors kept.</summary>
    private static ActorRef Placed(ActorRef unplaced, string country) =>
        unplaced with { Code = country + unplaced.Code[ActorRef.Unknown.Code.Length..], Country = country };

    /// <summary>A word of the pattern other than the trigger is determined by "no": "made no apology", "offered no concessions".</summary>
    private static bool NoneOfTheObject(SentenceTree tree, PatternMatch match)
    {
        foreach (var word in match.Used)
        {
            if (word == match.Trigger || tree.Upos(word) is not (Upos.NOUN or Upos.PROPN))
            {
                continue;
            }
            foreach (var c in tree.Children(word))
            {
                if (tree.RelIs(c, "det") && tree.LowerForm(c) == "no")
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> has "do", "does" or "did" as its auxiliary ("did not confirm").</summary>
    private static bool HasDoSupport(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "aux") && tree.LowerForm(c) is "do" or "does" or "did")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a child of <paramref name="t"/> negates it.</summary>
    private static bool HasNegation(SentenceTree tree, int t)
    {
        foreach (var c in tree.Children(t))
        {
            if (Negates(tree, c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A child that negates its head: "not", "never", "hardly"... and "far from" ("far from happy with the alliance").</summary>
    private static bool Negates(SentenceTree tree, int c)
    {
        var form = tree.LowerForm(c);
        if (form is "neither" or "nor" && (tree.RelIs(c, "advmod") || tree.RelIs(c, "cc")))
        {
            return true; // "would neither negotiate with the kidnappers nor pay ransom"
        }
        if (!tree.RelIs(c, "advmod"))
        {
            return false;
        }
        return NegationAdverbs.Contains(form) || (form == "far" && c + 1 < tree.End && tree.LowerForm(c + 1) == "from")
            || form == "longer" && c - 1 >= tree.First && tree.LowerForm(c - 1) == "no"; // "we are no longer transferring weapons"
    }

    /// <summary>Verbs whose clausal complement is what an actor said, promised or warned: "said it would attend" is reported future.</summary>
    private static readonly HashSet<string> SpeechGovernors = new(StringComparer.Ordinal)
    {
        "say", "tell", "announce", "state", "declare", "add", "confirm", "promise", "pledge", "vow", "vowed", "insist", "assure", "reiterate",
        "warn", "threaten", "indicate", "signal", "write", "tweet", "reply", "respond", "report", "agree", "decide", "commit", "affirm", "stress",
    };

    /// <summary>"accused X of arming", "blamed X for stoking", "alleged that X had armed": the act is an allegation, not a reported fact.</summary>
    private static readonly HashSet<string> AllegationGovernors = new(StringComparer.Ordinal)
    {
        "accuse", "charge", "blame", "suspect", "indict", "allege", "fault",
    };

    /// <summary>A word of the subtree of <paramref name="t"/> has the lemma ("Judge Abdulqawi Yusuf of Somalia").</summary>
    private static bool SubtreeHasLemma(SentenceTree tree, int t, string lemma)
    {
        var (first, last) = tree.SubtreeTokens(t);
        for (var k = first; k <= last; k++)
        {
            if (tree.Lemma(k).Equals(lemma, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The object of the act is an installation of the state or its infrastructure ("a fuel depot", "an army base").</summary>
    private static bool StateInstallationAttacked(SentenceTree tree, PatternMatch match) =>
        !match.Passive && tree.ChildExact(match.Trigger, "obj") is var obj and >= 0 && StateInstallations.Contains(tree.Lemma(obj).ToLowerInvariant());

    private static readonly HashSet<string> StateInstallations = new(StringComparer.Ordinal)
    {
        "base", "barracks", "checkpoint", "garrison", "outpost", "depot", "station", "airport", "airbase", "port", "refinery", "plant",
        "facility", "installation", "bridge", "headquarters", "ministry", "palace", "convoy", "pipeline", "substation", "dam", "parliament",
    };

    /// <summary>
    /// The act shoots down or intercepts definite projectiles of no stated owner: "shot down 118 of the drones", "intercepted the
    /// missiles" (not "Russian drones", "drones launched by Iran", whose owner the phrase names).
    /// </summary>
    private static bool InterceptedProjectiles(SentenceTree tree, PatternMatch match)
    {
        var verb = tree.Lemma(match.Trigger).ToLowerInvariant();
        if (verb is not ("shoot" or "intercept" or "down" or "destroy" or "neutralize" or "neutralise"))
        {
            return false;
        }
        var (first, last) = tree.SubtreeTokens(match.Trigger);
        for (var t = first; t <= last; t++)
        {
            if (t == match.Trigger || tree.Upos(t) != Upos.NOUN || tree.Lemma(t).ToLowerInvariant() is not ("drone" or "missile" or "rocket" or "projectile" or "shahed"))
            {
                continue;
            }
            var definite = tree.Child(t, "det") is var det and >= 0 && tree.LowerForm(det) is "the" or "these" or "those";
            var owned = tree.Child(t, "nmod:poss") >= 0 || tree.Child(t, "acl") >= 0;
            foreach (var c in tree.Children(t))
            {
                owned |= tree.RelIs(c, "amod") && char.IsUpper(tree.Document.Substring(tree.SpanOf(c))[0]); // "the Russian drones"
            }
            if (definite && !owned)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Predicates that say an event noun, their subject, does not take place ("the meeting was impossible").</summary>
    private static readonly HashSet<string> ImprobableAdjectives = new(StringComparer.Ordinal)
    {
        "impossible", "unlikely", "improbable", "doubtful", "unthinkable", "unrealistic", "premature", "out",
    };

    /// <summary>
    /// The event noun opens the passive subject of a verb of stopping, though the parser hung it lower in that subject (up to three
    /// steps through subject, modifier and conjunct relations, the noun first in the subject's words).
    /// </summary>
    private static bool InsideStoppedSubject(SentenceTree tree, int trigger)
    {
        var t = trigger;
        for (var hops = 0; hops < 3 && tree.Head(t) is var up and >= 0 && (tree.RelIs(t, "nsubj") || tree.RelIs(t, "nmod") || tree.RelIs(t, "conj")); hops++)
        {
            t = up;
            if (tree.Rel(t) == "nsubj:pass" && tree.Head(t) is var verb and >= 0 && StoppingVerbs.Contains(tree.Lemma(verb).ToLowerInvariant()))
            {
                var opening = tree.SubtreeTokens(t).First;
                return opening == trigger || opening == trigger - 1 && tree.Upos(opening) == Upos.DET;
            }
        }
        return false;
    }

    /// <summary>Verbs whose object, an event noun, does not take place: "blocked an aid package", "postponed the summit".</summary>
    private static readonly HashSet<string> StoppingVerbs = new(StringComparer.Ordinal)
    {
        "block", "veto", "cancel", "scrap", "postpone", "delay", "halt", "suspend", "freeze", "withhold", "shelve", "thwart", "derail",
        "torpedo", "stall", "abort", "prevent", "forestall", "avert",
        "boycott", // ("Serbia boycotted the talks with Kosovo": no talks between them)
    };

    /// <summary>"barred X from entering", "prevented X from contacting": the act did not take place.</summary>
    private static readonly HashSet<string> PreventionGovernors = new(StringComparer.Ordinal)
    {
        "prevent", "stop", "bar", "ban", "prohibit", "block", "keep", "deter", "discourage", "restrict", "forbid", "preclude", "dissuade", "exclude", "refrain", "hinder", "obstruct",
        "restrain", "abstain", "desist",
    };

    /// <summary>Nouns whose content clause is said, not known: "claims that", "allegations that", "reports that".</summary>
    private static readonly HashSet<string> ClaimNouns = new(StringComparer.Ordinal)
    {
        "claim", "allegation", "accusation", "charge", "rumor", "rumour", "speculation", "suggestion", "suspicion", "report", "assertion",
        // what is thought: "described the idea that the U.S. is training the Islamic State as absurd"
        "idea", "notion", "theory", "belief", "impression", "perception", "assumption", "myth", "concern", "worry",
        // what may happen: "little chance that another summit will take place", "fears that Russia could invade"
        "chance", "possibility", "prospect", "likelihood", "risk", "danger", "fear", "hope", "expectation",
    };

    /// <summary>
    /// The claim whose content clause <paramref name="t"/> is, and the verb that governs the claim: "claims that" (a noun,
    /// or the clause parsed onto the verb whose object the noun is), "U.S. claims that" parsed as a verb under "rejected".
    /// </summary>
    private static (string Lemma, int Verb)? ClaimContent(SentenceTree tree, int t, string rel, int head)
    {
        var headLemma = tree.Lemma(head).ToLowerInvariant();
        if (rel.StartsWith("acl", StringComparison.Ordinal) && tree.Upos(head) == Upos.NOUN && ClaimNouns.Contains(headLemma))
        {
            return (headLemma, tree.Head(head));
        }
        if ((rel.StartsWith("advcl", StringComparison.Ordinal) || rel.StartsWith("ccomp", StringComparison.Ordinal)) && tree.HasMarker(t, "that"))
        {
            foreach (var c in tree.Children(head))
            {
                // Also a prepositional object: "would leave it exposed to accusations that it favors American products".
                if (c < t && (tree.RelIs(c, "obj") || tree.RelIs(c, "obl")) && ClaimNouns.Contains(tree.Lemma(c).ToLowerInvariant()))
                {
                    return (tree.Lemma(c).ToLowerInvariant(), head);
                }
            }
            // "charged in an investigation into allegations that he received money": the clause the parser hung on the verb
            // follows the claim noun it belongs to.
            if (tree.ChildExact(t, "mark") is var that and > 0 && that - 1 >= tree.First && tree.Upos(that - 1) == Upos.NOUN
                && ClaimNouns.Contains(tree.Lemma(that - 1).ToLowerInvariant()))
            {
                return (tree.Lemma(that - 1).ToLowerInvariant(), tree.Head(that - 1));
            }
        }
        if (rel.StartsWith("ccomp", StringComparison.Ordinal) && tree.Upos(head) == Upos.VERB && headLemma is "claim" or "allege" or "say" or "report"
            && (tree.RelIs(head, "ccomp") || tree.RelIs(head, "obj")) && tree.Head(head) >= 0)
        {
            return (headLemma, tree.Head(head));
        }
        return null;
    }

    /// <summary>"tried to establish", "attempted to broker": an attempt, not the act.</summary>
    private static readonly HashSet<string> AttemptGovernors = new(StringComparer.Ordinal)
    {
        "try", "attempt", "struggle", "strive", "endeavor", "endeavour", "negotiate", "work", "push", "lobby", "campaign", "fight", "battle",
        // "The council is mandated to negotiate with the Houthis": a task given, not done
        "mandate", "task", "empower", "authorize", "authorise",
    };

    /// <summary>"is looking to reset ties", "interested in talking", "ready to sign": an intention, not the act.</summary>
    private static readonly HashSet<string> IntentGovernors = new(StringComparer.Ordinal)
    {
        "plan", "intend", "expect", "hope", "want", "aim", "seek", "threaten", "vow", "prepare", "look", "consider", "mull", "weigh", "wish",
        "offer", "propose", "volunteer",
        "interested", "keen", "eager", "willing", "ready", "determined", "poised", "due", "scheduled",
    };

    /// <summary>"officers were able to apprehend a suspect": an ability in the past tense is the act done.</summary>
    private static bool PastAbility(SentenceTree tree, int head, string headLemma)
    {
        if (headLemma != "able")
        {
            return false;
        }
        var past = false;
        foreach (var c in tree.Children(head))
        {
            if (tree.RelIs(c, "aux"))
            {
                return false; // "will be able", "would have been able"
            }
            past |= tree.RelIs(c, "cop") && tree.LowerForm(c) is "was" or "were";
        }
        return past;
    }

    /// <summary>"is unlikely to attack", "is likely to impose", "will be able to trade": a forecast or an ability, not the act.</summary>
    private static readonly HashSet<string> ForecastGovernors = new(StringComparer.Ordinal)
    {
        "likely", "unlikely", "possible", "probable", "bound", "able", "unable",
        "supposed", "suppose", // "Senators are supposed to step back from party": an obligation, not the act
        "obliged", "oblige", "obligated", "obligate", // "is obliged to detain suspects who enter its territory"
        "unwilling", "reluctant", "loath", "loth", "hesitant", // "the host government was unwilling to work with Britain" ("ready to"
        // and "willing to" are intentions, coded as such)
    };

    /// <summary>Verbs whose object event is needed or sought, not done ("require the support of", "seek a meeting with").</summary>
    /// <summary>The first of the conjuncts <paramref name="t"/> belongs to ("dialogue" for "negotiation" in "dialogue and negotiation"), or itself.</summary>
    private static int FirstConjunct(SentenceTree tree, int t)
    {
        for (var hops = 0; hops < 8 && tree.RelIs(t, "conj") && tree.Head(t) is var h and >= 0; hops++)
        {
            t = h;
        }
        return t;
    }

    /// <summary>Verbs that advocate talks rather than report them (<see cref="ProspectiveNoun"/>'s kin, for consultations only).</summary>
    private static readonly HashSet<string> AdvocacyVerbs = new(StringComparer.Ordinal)
    {
        "support", "back", "encourage", "favour", "favor", "advocate", "promote", "endorse", "prefer",
    };

    private static readonly HashSet<string> NeedVerbs = new(StringComparer.Ordinal)
    {
        "require", "need", "seek", "want", "demand", "request", "propose", "await", "expect", "envisage", "envision", "urge",
    };

    /// <summary>
    /// Nouns of prospect an event noun can hang on ("efforts towards a summit", "plans for talks with"). Narrower than
    /// <see cref="AimNouns"/>: an act under "a campaign of air strikes" or "an order for arrests" did happen.
    /// </summary>
    private static readonly HashSet<string> ProspectNouns = new(StringComparer.Ordinal)
    {
        "effort", "plan", "proposal", "bid", "push", "call", "hope", "prospect", "possibility", "chance", "need", "demand",
        "request", "offer", "idea", "preparation", "attempt",
        // "warnings of a new war between Ethiopia and Eritrea", "fears of a wider conflict", "the risk of clashes"
        "warning", "fear", "risk", "danger", "spectre", "specter", "threat", "speculation", "rumour", "rumor",
    };

    private static bool ProspectiveNoun(SentenceTree tree, int trigger)
    {
        if (HasProspectModifier(tree, trigger))
        {
            return true; // "speculation about a possible prisoner exchange between Moscow and Washington"
        }
        var head = tree.Head(trigger);
        if (head < 0)
        {
            return false;
        }
        var lemma = tree.Lemma(head).ToLowerInvariant();
        // "A phone call between Sheinbaum and Trump is scheduled for Thursday", "Talks are planned for next week", "the vote is due on
        // Friday": an event noun that something is scheduled for has not happened yet
        if (tree.Rel(trigger) is "nsubj:pass" or "nsubj" && lemma is "schedule" or "scheduled" or "plan" or "planned" or "slate" or "slated"
            or "due" or "set" or "pencil" or "penciled" or "pencilled")
        {
            return tree.Rel(trigger) == "nsubj:pass" || tree.Upos(head) == Upos.ADJ || tree.Child(head, "cop") >= 0 || tree.Child(head, "aux:pass") >= 0;
        }
        return (tree.RelIs(trigger, "obj") && NeedVerbs.Contains(lemma)) || (tree.RelIs(trigger, "nmod") && ProspectNouns.Contains(lemma))
            // "rehearsing how to defend its members against an attack by Russia": what one defends against has not happened
            || (tree.RelIs(trigger, "obl") && tree.HasMarker(trigger, "against") && GuardVerbs.Contains(lemma));
    }

    /// <summary>Texts that "require" or "demand" things by their rules, not actors.</summary>
    private static readonly HashSet<string> LegalTexts = new(StringComparer.Ordinal)
    {
        "constitution", "law", "rule", "regulation", "treaty", "agreement", "charter", "statute", "code", "bill", "resolution",
        "deal", "accord", "convention", "directive", "decree", "legislation", "protocol", "clause", "article", "provision",
    };

    /// <summary>An adjective saying the event noun has not happened, or not for sure: "a possible exchange", "the proposed talks", "its alleged support".</summary>
    private static bool HasProspectModifier(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if (c < noun && tree.RelIs(c, "amod") && ProspectAdjectives.Contains(tree.LowerForm(c)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ProspectAdjectives = new(StringComparer.Ordinal)
    {
        "possible", "potential", "proposed", "planned", "prospective", "hypothetical", "eventual", "mooted", "future", "expected",
        "envisaged", "putative", "would-be",
        "requested", "sought", // "a requested meeting between the envoy and the deposed civilian leader was not possible"
        "alleged", "purported", "supposed", // "sanctions over its alleged support for Somalia's al Shabaab": only alleged
    };

    private static readonly HashSet<string> GuardVerbs = new(StringComparer.Ordinal)
    {
        "defend", "protect", "guard", "prepare", "brace", "shield", "safeguard", "insure", "warn", "caution", "deter", "rehearse",
    };

    /// <summary>The sentence ends with a question mark (closing quotes and brackets aside).</summary>
    private static bool IsQuestion(SentenceTree tree)
    {
        for (var t = tree.End - 1; t >= tree.First; t--)
        {
            var form = tree.LowerForm(t);
            if (form is "\"" or "'" or "”" or "’" or ")" or "]" or "''")
            {
                continue;
            }
            return form.Length is > 0 and <= 3 && form.Contains('?') && form.All(c => c is '?' or '!' or '.'); // "?", "?!", "etc.?" split as ".?"
        }
        return false;
    }

    /// <summary>The trigger is <paramref name="t"/> or a conjunct of it ("asking the government to respect and execute").</summary>
    private static bool ConjoinedTo(SentenceTree tree, int trigger, int t)
    {
        var x = trigger;
        // (Also a clause of the demanded content: "demanding that Beijing scrap its decision ... and that Leung resign", where the
        // parser hung the second that-clause on the first's adjunct; not a relative clause, which describes: "the war it started".)
        for (var hops = 0; hops < 4 && x != t && x >= 0
            && (tree.RelIs(x, "conj") || tree.RelIs(x, "advcl") && tree.HasMarker(x, "that")); hops++)
        {
            x = tree.Head(x);
        }
        return x == t;
    }

    /// <summary>"demanded that Russia pull back", "urged China to stop": what is asked for has not happened.</summary>
    private static readonly HashSet<string> RequestGovernors = new(StringComparer.Ordinal)
    {
        "demand", "urge", "call", "ask", "request", "insist", "propose", "suggest", "recommend", "want", "wish", "push", "press", "order",
        "appeal", "plead", "implore", "beg", "encourage", "invite", "dare",
    };

    /// <summary>
    /// Negation on the trigger or a verb above it in its clause chain; modality from auxiliaries and governors. "would" is
    /// a reported future only inside what someone said ("said it would attend", "X would attend, the minister said");
    /// elsewhere it is counterfactual ("a trade war would do more harm", "the president would meet Kim if ...").
    /// </summary>
    private static ClauseStatus Modality(SentenceTree tree, int trigger)
    {
        var negated = false;
        var modality = EventModality.Asserted;
        var would = false;
        var ifClause = false;
        var reported = false;
        var viaAdjunct = false;
        var purpose = false;
        var hedged = false;
        string? governor = null;
        if (AfterAimNoun(tree, trigger))
        {
            modality = EventModality.Hypothetical;
        }
        if (tree.Upos(trigger) == Upos.NOUN && tree.HasMarker(trigger, "for") && tree.Head(trigger) is var scheduled and >= 0
            && tree.Upos(scheduled) == Upos.NOUN && ScheduleNouns.Contains(tree.Lemma(scheduled).ToLowerInvariant()))
        {
            modality = EventModality.Hypothetical; // "did not set a date for a visit by Obama to Moscow": a visit being planned
        }
        if (tree.Rel(trigger).StartsWith("csubj", StringComparison.Ordinal) && tree.Pos.XposOf(trigger) == "VBG")
        {
            // "warned that giving refuge to people convicted of crimes against humanity would be a highly unfriendly act",
            // "attacking civilians is a war crime": an act spoken of as such, nobody's reported act.
            modality = EventModality.Hypothetical;
        }
        if (tree.Upos(trigger) == Upos.VERB && tree.Pos.XposOf(trigger) == "VBG" && tree.Head(trigger) >= 0
            && tree.HasMarker(trigger, "about"))
        {
            // (Not the predicate itself: "Lam's trip to Beijing was about ending the violence" reports the trip.)
            // "Barr had not spoken to Trump about Ukraine investigating Biden": what a talk or a report is about is its topic,
            // not an act it reports.
            modality = EventModality.Hypothetical;
        }
        if (tree.Upos(trigger) == Upos.VERB && tree.Pos.XposOf(trigger) == "VBG" && tree.HasMarker(trigger, "on") && tree.Head(trigger) is var deliberation and >= 0
            && tree.Lemma(deliberation).ToLowerInvariant() is "vote" or "decide" or "debate" or "deliberate" or "rule" or "consult" or "talk" or "negotiate")
        {
            // "The UN Security Council is due to vote on renewing the mandate of the mission": what a body votes or decides on is
            // the question before it, not an act done (the vote may fail).
            modality = EventModality.Hypothetical;
        }
        if (TermsOfArrangement(tree, trigger) || WhatAGroupingDoes(tree, trigger))
        {
            // "agreed to resume shuttle diplomacy, in which the leaders visit each other regularly", "a deal under which Iran
            // limits enrichment and the United States lifts sanctions": what an arrangement provides for, not what was done.
            modality = EventModality.Hypothetical;
        }
        var t = trigger;
        // A conjunct with auxiliaries of its own does not share the first verb's: "will expel 12 officials and has recalled
        // its ambassador" recalled him.
        var ownAuxiliaries = false;
        var onlyConjuncts = true; // the clause climbed to so far is the trigger's or one it is coordinated with
        for (var hops = 0; t >= 0 && hops < 6; hops++)
        {
            foreach (var c in tree.Children(t))
            {
                var form = tree.LowerForm(c);
                if (ownAuxiliaries && tree.RelIs(c, "aux"))
                {
                    continue;
                }
                // (A conjunct with its own tense does not share the first verb's "not" either: "did not confirm the loss but accused
                // the AA of attacking civilians" accused.)
                if (Negates(tree, c) && !(ownAuxiliaries && tree.RelIs(c, "advmod")))
                {
                    negated = true;
                }
                if (t == trigger && tree.RelIs(t, "acl") && tree.Pos.XposOf(t) is "VBG" or "VBN" && tree.Child(t, "nsubj") < 0
                    && tree.Head(t) is var described and >= 0 && HasDeterminer(tree, described, "no"))
                {
                    negated = true; // "there are no Americans fighting in Iraq"
                }
                if (t == trigger && tree.RelIs(c, "nsubj") && form is "none" or "nobody" or "neither" or "no-one"
                    || t == trigger && tree.RelIs(c, "nsubj") && tree.Child(c, "det") is var no and >= 0 && tree.LowerForm(no) is "no" or "neither"
                    || t == trigger && tree.RelIs(c, "nsubj") && tree.Child(c, "cc:preconj") is var neither and >= 0 && tree.LowerForm(neither) is "neither"
                    || t == trigger && tree.RelIs(c, "nsubj") && tree.Child(c, "det") is var every && every > tree.First
                        && tree.LowerForm(every) is "every" or "all" && tree.LowerForm(every - 1) == "not") // "Not every leader criticised Trump"
                {
                    negated = true; // "none of Georgia's congressmen asked him", "no country has recognized it", "Neither Bangladesh nor Egypt met", "Neither government recalled its envoy"
                }
                if (t == trigger && tree.RelIs(c, "advmod") && form is "almost" or "nearly" && modality == EventModality.Asserted
                    && tree.Lemma(trigger).ToLowerInvariant() is not ("kill" or "destroy" or "wipe" or "double" or "triple"))
                {
                    modality = EventModality.Hypothetical; // "these two countries almost went to war": they did not ("nearly killed him" did attack)
                }
                if (tree.RelIs(c, "advmod") && form is "allegedly" or "purportedly" or "supposedly" && modality == EventModality.Asserted)
                {
                    modality = EventModality.Hypothetical; // "Iran allegedly supplied drones": an allegation
                }
                if (tree.RelIs(c, "cop") && form is "is" or "are" or "was" or "were" or "am" && c + 1 < tree.End && tree.LowerForm(c + 1) == "to"
                    && tree.RelIs(c + 1, "mark") && tree.Head(c + 1) == t && tree.Upos(t) == Upos.VERB && modality == EventModality.Asserted
                    && (tree.ChildMarked(t, "obl", "under") >= 0 || tree.RelIs(t, "conj") && tree.Head(t) is var firstClause and >= 0 && tree.ChildMarked(firstClause, "obl", "under") >= 0))
                {
                    // "Under the agreement, Khartoum is to disarm the Janjaweed" (also "..., while Israel is to release 150 Palestinian
                    // women"): what a deal says is to be done, as "will" ("Britain is to expel four Russian diplomats" is a decision
                    // taken, as the news writes it).
                    modality = EventModality.Future;
                }
                if (tree.RelIs(c, "aux"))
                {
                    if (form is "would" or "'d" && modality == EventModality.Asserted)
                    {
                        would = true;
                    }
                    if (form is "could" or "might" or "may" or "can" && modality == EventModality.Asserted && t == trigger)
                    {
                        hedged = true;
                    }
                    modality = form switch
                    {
                        "will" or "shall" or "'ll" when modality == EventModality.Asserted => EventModality.Future,
                        "would" or "'d" when modality == EventModality.Asserted => EventModality.Future,
                        "could" or "might" or "may" or "should" or "must" or "ought" or "can" when modality == EventModality.Asserted => EventModality.Hypothetical,
                        // "A new government might seek to mend ties": an intention that may be, not one announced
                        "could" or "might" or "may" when modality == EventModality.Future && t != trigger => EventModality.Hypothetical,
                        _ => modality,
                    };
                }
                if ((tree.RelIs(c, "mark") || tree.RelIs(c, "case")) && form == "without" && tree.Upos(t) is Upos.VERB)
                {
                    negated = true; // "suspended for making transit free without asking her"
                }
                if (tree.RelIs(c, "mark") && form is "of" && tree.Upos(t) is Upos.VERB && tree.Head(t) is var shortOf and >= 0
                    && tree.LowerForm(shortOf) is "short" && shortOf + 1 == c)
                {
                    negated = true; // "had done everything it could, short of negotiating with the kidnappers"
                }
                if (tree.RelIs(c, "mark") && form is "if" or "unless" or "whether")
                {
                    modality = EventModality.Conditional;
                }
                if (tree.RelIs(c, "mark") && form is "until" or "till" && tree.RelIs(t, "advcl") && tree.Head(t) is var awaiting and >= 0
                    && FutureAuxiliary(tree, awaiting))
                {
                    modality = EventModality.Conditional; // "said they would stay until the military released political prisoners"
                }
                if (tree.RelIs(c, "advcl") && c != trigger && (tree.HasMarker(c, "if") || tree.HasMarker(c, "unless")))
                {
                    ifClause = true; // "would meet Kim if there is a prospect of a deal"
                }
                if (tree.RelIs(c, "parataxis") && SpeechGovernors.Contains(tree.Lemma(c)))
                {
                    reported = true; // "Japan will provide loans, Kishida announced"
                    governor ??= t == trigger ? tree.Lemma(c).ToLowerInvariant() : null; // (who announced it: SelfAnnounced)"
                }
            }
            var rel = tree.Rel(t);
            var head = tree.Head(t);
            if (head < 0)
            {
                break;
            }
            if (t == trigger && PatternMatcher.SpeechOfSecondVerb(tree, t) is var speech and >= 0)
            {
                // "The Kremlin denied that the drones had been sent into Poland and accused NATO ...": the speaker's second
                // verb, which the parser put in the denied clause, is the speaker's own act.
                t = speech;
                continue;
            }
            var headLemma = tree.Lemma(head).ToLowerInvariant();
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && tree.HasMarker(t, "against") && GuardVerbs.Contains(headLemma))
            {
                // "warned Israel against launching a ground offensive in Rafah": what one is warned against has not happened.
                modality = EventModality.Hypothetical;
                governor ??= headLemma;
                break;
            }
            if (rel.StartsWith("xcomp", StringComparison.Ordinal) && headLemma is "stop" or "cease" or "quit" or "continue" or "keep" or "halt")
            {
                // "must stop detaining migrants", "refused to stop shelling": what is stopped or continued is going on,
                // unless the whole clause is a condition ("if it kept threatening"). What a subject plainly stopped is over:
                // "Israel stopped shelling Gaza" reports no shelling.
                var over = headLemma is "stop" or "cease" or "quit" or "halt" && tree.Pos.XposOf(head) == "VBD";
                foreach (var c in tree.Children(head))
                {
                    if (tree.RelIs(c, "mark") && tree.LowerForm(c) is "if" or "unless" or "whether")
                    {
                        modality = EventModality.Conditional;
                    }
                    over &= !Negates(tree, c) && !tree.RelIs(c, "aux") && !tree.RelIs(c, "mark");
                }
                negated |= over && tree.Head(head) < 0;
                break;
            }
            if (rel.StartsWith("acl", StringComparison.Ordinal) && tree.RelIs(head, "obj") && tree.Head(head) >= 0 && (tree.HasMarker(t, "of") || tree.HasMarker(t, "from") || tree.HasMarker(t, "for")))
            {
                headLemma = tree.Lemma(tree.Head(head)).ToLowerInvariant(); // "accused the army of killing": the gerund hangs on the object
            }
            if (rel.StartsWith("xcomp", StringComparison.Ordinal) && PatternMatcher.CourtesyCall(tree, t, head))
            {
                // "Merkel called Macron to congratulate him": a telephone call made to do it, not an appeal to Macron ("called on
                // X to ..." is one).
                t = head;
                continue;
            }
            // An infinitive or that-clause after a verb of asking parsed as an adjunct ("called on NATO members to supply",
            // "demanded that he step down") is its complement.
            // So is a that-clause after a verb of saying or promising parsed as an adjunct, as it often is when the verb has an
            // object ("promised Ukraine that it would withdraw its troops"); not "so that", "now that", "given that".
            var complement = rel.StartsWith("xcomp", StringComparison.Ordinal) || rel.StartsWith("ccomp", StringComparison.Ordinal)
                // ("demanding that Beijing scrap its decision ..., and that Leung resign" with the second clause read as a parataxis)
                || rel == "parataxis" && tree.HasMarker(t, "that") && RequestGovernors.Contains(headLemma)
                || rel.StartsWith("advcl", StringComparison.Ordinal) && (tree.HasMarker(t, "to") || tree.HasMarker(t, "that")) && RequestGovernors.Contains(headLemma)
                || rel.StartsWith("advcl", StringComparison.Ordinal) && (SpeechGovernors.Contains(headLemma) || headLemma is "deny" or "reject")
                    && tree.HasMarker(t, "that")
                    && !tree.HasMarker(t, "so") && !tree.HasMarker(t, "now") && !tree.HasMarker(t, "given") && !tree.HasMarker(t, "such")
                // "The Syrian government has denied using chemical weapons" with the gerund read as an adjunct: what was denied
                || rel.StartsWith("advcl", StringComparison.Ordinal) && headLemma == "deny" && t > head && tree.Pos.XposOf(t) == "VBG"
                    && tree.Child(t, "mark") < 0 && !Enumerable.Range(head + 1, t - head - 1).Any(k => tree.LowerForm(k) == ",");
            // A gerund or infinitive adjunct with its own marker: "accused X of arming", "barred X from entering", "interested in talking".
            var markedAdjunct = (rel.StartsWith("advcl", StringComparison.Ordinal) || rel.StartsWith("acl", StringComparison.Ordinal))
                && (tree.HasMarker(t, "of") || tree.HasMarker(t, "from") || tree.HasMarker(t, "for") || tree.HasMarker(t, "in") || tree.HasMarker(t, "to"));
            if (rel == "acl" && tree.HasMarker(t, "to") && tree.Upos(head) is Upos.NOUN or Upos.PROPN && modality == EventModality.Asserted
                && tree.Pos.XposOf(t) != "VBG" && !RankedNoun(tree, head))
            {
                // "the Opposition to defend the Syrian people", "the decision of President Masum to nominate": an infinitive on a
                // noun is an aim, a plan or a mandate, not an act ("the first country to recognise Kosovo" did).
                modality = EventModality.Hypothetical;
            }
            if (AllegationGovernors.Contains(headLemma) && rel.StartsWith("advcl", StringComparison.Ordinal) && tree.Pos.XposOf(t) == "VBG"
                && t > tree.First && tree.LowerForm(t - 1) == "," && modality == EventModality.Asserted
                // (not a second accusation or statement of the accuser: "blamed Moscow for the crisis, accusing Russian forces of ...")
                && !AllegationGovernors.Contains(tree.Lemma(t).ToLowerInvariant()) && !SpeechGovernors.Contains(tree.Lemma(t).ToLowerInvariant())
                && tree.Lemma(t).ToLowerInvariant() is not ("call" or "urge" or "demand" or "condemn" or "criticize" or "criticise" or "warn"))
            {
                // "accused China's coast guard of firing water cannon at two vessels, damaging one of them": the damage is alleged too
                modality = EventModality.Hypothetical;
            }
            if (complement || markedAdjunct)
            {
                // ("He ruled out freeing the remaining detainees" coded their release.)
                if (complement && (headLemma is "deny" or "refuse" or "reject" or "decline" or "fail" or "unable" || headLemma == "rule" && HasChildLemma(tree, head, "out")))
                {
                    negated = true;
                    if (headLemma == "deny")
                    {
                        governor = headLemma; // (a denial of one's own act is an event of its own: AddEvents)
                    }
                }
                if (tree.HasMarker(t, "from") && PreventionGovernors.Contains(headLemma)
                    || (tree.HasMarker(t, "on") || tree.HasMarker(t, "from")) && headLemma == "hold" && (HasChildLemma(tree, head, "off") || HasChildLemma(tree, head, "back")))
                {
                    // (also "agreed to hold off for a month on imposing 25% tariffs", "held back on Monday from sending troops")
                    negated = true;
                }
                if (AllegationGovernors.Contains(headLemma) && (complement || tree.HasMarker(t, "of") || tree.HasMarker(t, "for")) && modality == EventModality.Asserted)
                {
                    modality = EventModality.Hypothetical;
                }
                if (ForecastGovernors.Contains(headLemma) && complement && modality == EventModality.Asserted && !PastAbility(tree, head, headLemma))
                {
                    modality = EventModality.Hypothetical;
                }
                if (AttemptGovernors.Contains(headLemma) && modality == EventModality.Asserted)
                {
                    modality = EventModality.Hypothetical;
                }
                if (IntentGovernors.Contains(headLemma) && !tree.HasMarker(t, "of") && !tree.HasMarker(t, "from") && modality == EventModality.Asserted)
                {
                    // (Also a conjunct of the complement: "threatened to kill Dutch soldiers and to shell the town".)
                    if (onlyConjuncts || tree.Upos(head) == Upos.ADJ)
                    {
                        modality = EventModality.Future;
                        governor ??= headLemma;
                    }
                    else if (viaAdjunct)
                    {
                        // "plans to send police to Haiti to fight gangs": the purpose of an intended act is neither done nor announced.
                        modality = EventModality.Hypothetical;
                    }
                }
                if (complement && RequestGovernors.Contains(headLemma) && modality == EventModality.Asserted && ConjoinedTo(tree, trigger, t))
                {
                    modality = EventModality.Hypothetical;
                }
                if (complement && SpeechGovernors.Contains(headLemma))
                {
                    reported = true;
                    governor ??= headLemma;
                }
            }
            if ((rel.StartsWith("acl", StringComparison.Ordinal) || rel.StartsWith("ccomp", StringComparison.Ordinal) || rel.StartsWith("advcl", StringComparison.Ordinal))
                && NoEvidence(tree, head))
            {
                negated = true; // "there were no signs that X and Y were talking", "saw no indication that X would"
            }
            if (ClaimContent(tree, t, rel, head) is { } claim)
            {
                // "rejected U.S. claims that it was arming Russia", "dismissed reports that it had expelled diplomats":
                // denied; "allegations that X armed Y": only alleged.
                if (claim.Verb >= 0 && tree.Lemma(claim.Verb).ToLowerInvariant() is "deny" or "dismiss" or "reject" or "refute" or "rebuff" or "disprove" or "debunk")
                {
                    negated = true;
                }
                else if (claim.Lemma is not ("report" or "say") && modality is EventModality.Asserted or EventModality.Future)
                {
                    modality = EventModality.Hypothetical; // also "fears that Russia will invade": nobody announced it
                }
            }
            if (rel.StartsWith("ccomp", StringComparison.Ordinal) && modality == EventModality.Future
                && tree.Lemma(head).ToLowerInvariant() is "think" or "believe" or "doubt" or "suspect" or "imagine" or "assume" or "predict" or "guess" or "expect")
            {
                // "There is little reason to think that the two leaders will meet this year": a forecast, not anyone's stated intent.
                modality = EventModality.Hypothetical;
            }
            if (tree.HasMarker(t, "to") && tree.Upos(head) is Upos.ADJ or Upos.ADV && modality == EventModality.Asserted
                && (HasChildLemma(tree, head, "enough") || HasChildLemma(tree, head, "too")))
            {
                modality = EventModality.Hypothetical; // "Russia is strong enough to support them", "too weak to attack": an ability, no act
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && (tree.HasMarker(t, "than") || tree.HasMarker(t, "instead")) && modality == EventModality.Asserted)
            {
                // "more interested in promoting X than in protecting Y", "rather than negotiating": the compared
                // alternative is not what happened.
                modality = EventModality.Hypothetical;
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && modality == EventModality.Asserted && (tree.HasMarker(head, "if") || tree.HasMarker(head, "unless")))
            {
                // "the consequences China would face if it supported Russia as it conducts brutal attacks": an adjunct of a
                // condition is part of what is supposed.
                modality = EventModality.Conditional;
            }
            var sharedAdjunct = SharedAdjunct(tree, t, rel, head);
            // (Also a that-clause the parser hung as an adjunct, as the content clauses of a demand often are: "demanding that
            // Beijing scrap its decision that candidates be vetted ..., and that Leung resign"; not "now that", "given that".)
            var thatClause = rel.StartsWith("advcl", StringComparison.Ordinal) && tree.HasMarker(t, "that") && !tree.HasMarker(t, "now")
                && !tree.HasMarker(t, "given") && !tree.HasMarker(t, "so") && !tree.HasMarker(t, "such");
            if (!(rel.StartsWith("xcomp", StringComparison.Ordinal) || rel.StartsWith("conj", StringComparison.Ordinal)
                || (rel.StartsWith("advcl", StringComparison.Ordinal) && tree.Upos(head) == Upos.ADJ) || sharedAdjunct || thatClause
                || ParticipleOfHypothetical(tree, t, rel, head)))
            {
                break; // negation and modality reach down control chains, shared conjuncts and purpose/means adjuncts only
            }
            ownAuxiliaries = rel.StartsWith("conj", StringComparison.Ordinal)
                && (tree.Child(t, "aux") >= 0 || tree.Pos.XposOf(t) is "VBD" or "VBZ" && HasDoSupport(tree, head));
            onlyConjuncts &= rel.StartsWith("conj", StringComparison.Ordinal);
            viaAdjunct |= sharedAdjunct;
            // An infinitive of purpose, not "committed to supporting" (a gerund after the preposition "to").
            purpose |= sharedAdjunct && tree.HasMarker(t, "to") && !PurposeDoneVerbs.Contains(headLemma) && !RankedComplement(tree, head)
                && tree.Pos.XposOf(t) != "VBG"; // a gerund, not "bring" or "sing"
            t = head;
        }
        if (hedged && modality == EventModality.Hypothetical && governor is "warn" or "threaten")
        {
            // "Kazakhstan warned that it could cut trade with Russia": what an actor warns it could do is a threat (whether
            // the actor is the one who would do it, SelfAnnounced decides).
            modality = EventModality.Future;
        }
        if (viaAdjunct && modality == EventModality.Future && !reported)
        {
            // "will need money to support their families": the purpose of a future act is not announced ("said it would
            // keep soldiers there to train the army" announces both, an intent).
            modality = EventModality.Hypothetical;
        }
        if (would && modality == EventModality.Future && !reported)
        {
            modality = ifClause ? EventModality.Conditional : EventModality.Hypothetical;
        }
        else if (ifClause && modality == EventModality.Hypothetical)
        {
            modality = EventModality.Conditional;
        }
        if (purpose && modality == EventModality.Asserted)
        {
            modality = EventModality.Hypothetical;
        }
        if (modality is EventModality.Asserted or EventModality.Future && IsQuestion(tree))
        {
            modality = EventModality.Hypothetical; // "How are they going to beat ISIS?", "Did Russia attack?": nothing is asserted
        }
        return new ClauseStatus(negated, negated ? EventModality.Denied : modality, governor, reported);
    }

    /// <summary>The verb's object has a predicate of its own, an adjective ("called the strikes unbelievable", however parsed).</summary>
    private static bool CalledSomething(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "xcomp") && tree.Upos(c) == Upos.ADJ)
            {
                return true;
            }
            if (tree.RelIs(c, "obj"))
            {
                foreach (var g in tree.Children(c))
                {
                    if ((tree.RelIs(g, "appos") || tree.RelIs(g, "xcomp")) && tree.Upos(g) == Upos.ADJ)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>The verb has "will" or "would" (a future or conditional main clause).</summary>
    private static bool FutureAuxiliary(SentenceTree tree, int verb)
    {
        foreach (var a in tree.Children(verb))
        {
            if (tree.RelIs(a, "aux") && tree.LowerForm(a) is "would" or "will" or "'ll" or "'d")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "its determination to defeat ISIL", "a bid to oust the president", however the parser attached the infinitive: right
    /// after a noun of aim or resolve, "to" and a verb name what someone wants, not what happened.
    /// </summary>
    private static bool AfterAimNoun(SentenceTree tree, int trigger)
    {
        if (tree.Pos.XposOf(trigger) != "VB" || trigger - 2 < tree.First || tree.LowerForm(trigger - 1) != "to" || !tree.RelIs(trigger - 1, "mark"))
        {
            return false;
        }
        var noun = trigger - 2;
        return tree.Upos(noun) == Upos.NOUN && AimNouns.Contains(tree.Lemma(noun).ToLowerInvariant());
    }

    /// <summary>
    /// The trigger is (a conjunct of) a relative clause in the present or with a modal, opened by "in / under / by which" or
    /// "whereby", on a noun of an arrangement: the clause says what the deal, law or practice provides for.
    /// </summary>
    private static bool TermsOfArrangement(SentenceTree tree, int trigger)
    {
        var v = trigger;
        for (var hops = 0; hops < 4 && v >= 0 && !OpensAsTerms(tree, v); hops++)
        {
            // (through coordination, and through a noun the parser hung a conjunct on: "limits enrichment and ... lifts")
            v = tree.RelIs(v, "conj") || tree.Upos(v) is not Upos.VERB ? tree.Head(v) : -1;
        }
        // (the clause is a relative clause on the noun, or a conjunct of it where the parser missed the relative)
        if (v < 0 || !OpensAsTerms(tree, v) || !(tree.RelIs(v, "acl:relcl") || tree.RelIs(v, "conj")) || tree.Head(v) is not (var owner and >= 0)
            || tree.Upos(owner) != Upos.NOUN || !ArrangementNouns.Contains(tree.Lemma(owner).ToLowerInvariant()))
        {
            return false;
        }
        var present = tree.Pos.XposOf(v) is "VBP" or "VBZ";
        foreach (var c in tree.Children(v))
        {
            if (tree.RelIs(c, "aux"))
            {
                present = tree.LowerForm(c) is "will" or "would" or "can" or "could" or "must" or "shall" or "should" or "may";
            }
        }
        return present && tree.Pos.XposOf(trigger) is not ("VBD" or "VBN");
    }

    /// <summary>
    /// "the so-called Normandy format, which brings together France, Germany, Russia and Ukraine": a present-tense relative clause
    /// on a format, bloc or forum says what the grouping is, not what anyone did.
    /// </summary>
    private static bool WhatAGroupingDoes(SentenceTree tree, int trigger)
    {
        if (!tree.RelIs(trigger, "acl:relcl") || tree.Pos.XposOf(trigger) is not ("VBZ" or "VBP") || tree.Head(trigger) is not (var owner and >= 0)
            || !GroupingNouns.Contains(tree.Lemma(owner).ToLowerInvariant()))
        {
            return false;
        }
        foreach (var c in tree.Children(trigger))
        {
            if (tree.RelIs(c, "nsubj") && tree.LowerForm(c) is "which" or "that")
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> GroupingNouns = new(StringComparer.Ordinal)
    {
        "format", "group", "grouping", "bloc", "alliance", "forum", "mechanism", "framework", "partnership", "club", "quartet", "troika",
        "dialogue", "quad", "arrangement", "platform", "contact", "initiative",
    };

    /// <summary>The clause opens with "in / under / by / through which" or "whereby".</summary>
    private static bool OpensAsTerms(SentenceTree tree, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            var form = tree.LowerForm(c);
            if (c < clause && (form == "whereby"
                || form == "which" && (tree.HasMarker(c, "in") || tree.HasMarker(c, "under") || tree.HasMarker(c, "by") || tree.HasMarker(c, "through"))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The pattern's war, battle or attack noun is qualified as one of trade, prices, words or information.</summary>
    private static bool FigurativeWar(SentenceTree tree, PatternMatch match)
    {
        foreach (var word in match.Used.Append(match.Trigger))
        {
            if (tree.Lemma(word).ToLowerInvariant() is not ("war" or "battle" or "warfare" or "offensive" or "attack" or "fight"))
            {
                continue;
            }
            if (word - 4 >= tree.First && tree.LowerForm(word - 2) == "of" && tree.LowerForm(word - 4) == "tug")
            {
                return true; // "a legal tug-of-war between Washington and Maputo"
            }
            foreach (var c in tree.Children(word))
            {
                if ((tree.RelIs(c, "amod") || tree.RelIs(c, "compound")) && FigurativeWarModifiers.Contains(tree.Lemma(c).ToLowerInvariant()))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The pattern's words include sanctions or a designation ("imposed sanctions on", "designation of").</summary>
    private static bool NamesSanctions(SentenceTree tree, PatternMatch match) =>
        match.Used.Any(u => tree.LowerForm(u) is "sanction" or "sanctions" or "designation" or "designations");

    /// <summary>
    /// A written target has a capitalised word ("American companies", "Iranian shipping firms"): a name or nationality may place
    /// it; a plain "a network" or "three officers" does not.
    /// </summary>
    private static bool HasCapitalisedWord(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && char.IsUpper(word[0]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The target is the "of" phrase of a noun of an act ("opposed the listing of Chinese companies"): those the act is on,
    /// not whoever did it.
    /// </summary>
    private static bool OfAnActNoun(SentenceTree tree, int target) =>
        target >= 0 && (IsActNoun(tree, target) && tree.ChildMarked(target, "nmod", "of") >= 0
            || tree.RelIs(target, "nmod") && tree.HasMarker(target, "of") && IsActNoun(tree, tree.Head(target)));

    /// <summary>Whether the lemma names an act a later sentence may refer to (<see cref="ActNouns"/>).</summary>
    internal static bool IsActNounLemma(string lemma) => ActNouns.ContainsKey(lemma);

    private static bool IsActNoun(SentenceTree tree, int t) => t >= 0 && tree.Upos(t) == Upos.NOUN && ActNouns.ContainsKey(tree.Lemma(t).ToLowerInvariant());

    /// <summary>
    /// "Hezbollah denied that it had fired on Israeli positions": the act's subject is a pronoun of the third person in a clause
    /// that the denier's verb governs, which refers to the denier (its own act denied, as with "denied firing").
    /// </summary>
    private static bool DenierIsTheActsPronoun(SentenceTree tree, int trigger)
    {
        if (tree.ChildExact(trigger, "nsubj") is not (>= 0 and var subject) || tree.LowerForm(subject) is not ("it" or "they" or "he" or "she")
            || !tree.RelIs(trigger, "ccomp") || tree.Head(trigger) is not (>= 0 and var verb) || tree.Lemma(verb).ToLowerInvariant() != "deny")
        {
            return false;
        }
        return tree.ChildExact(verb, "nsubj") is var denier and >= 0 && denier < subject && tree.Upos(denier) is Upos.PROPN or Upos.NOUN;
    }

    /// <summary>
    /// The fighting verb's object counts wars ("have fought three wars", "fought two of their three wars over it", "waged
    /// several wars"): background that sums up a history, not one war the story reports.
    /// </summary>
    private static bool CountedWars(SentenceTree tree, int trigger)
    {
        if (tree.Lemma(trigger).ToLowerInvariant() is not ("fight" or "wage"))
        {
            return false;
        }
        foreach (var c in tree.Children(trigger))
        {
            if (!tree.RelIs(c, "obj"))
            {
                continue;
            }
            if (tree.Lemma(c).ToLowerInvariant() == "war" && tree.Pos.XposOf(c) == "NNS")
            {
                return true;
            }
            if (tree.Upos(c) == Upos.NUM || tree.LowerForm(c) is "several" or "many" or "both" or "some")
            {
                foreach (var k in tree.Children(c))
                {
                    if (tree.RelIs(k, "nmod") && tree.Lemma(k).ToLowerInvariant() == "war")
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static readonly HashSet<string> FigurativeWarModifiers = new(StringComparer.Ordinal)
    {
        "trade", "tariff", "price", "currency", "hybrid", "information", "propaganda", "media", "culture", "cultural", "word", "legal",
        "political", "economic", "diplomatic", "bidding", "ratings", "turf", "court", "courtroom", "charm", "verbal", "rhetorical",
        "bureaucratic", "budget", "subsidy", "tech", "chip", "talent", "streaming", "console", "custody", "election", "electoral",
        "advertising", "ad", "pr", "public-relations", "scoreboard", "title", "points", "box-office", "sales", "penalty", "chess",
    };

    private static readonly HashSet<string> BuildingNouns = new(StringComparer.Ordinal)
    {
        "hospital", "hospitals", "school", "schools", "clinic", "clinics", "home", "homes", "house", "houses", "mosque", "mosques",
        "church", "churches", "university", "universities", "road", "roads", "bridge", "bridges",
    };

    private static bool SentenceNames(SentenceTree tree, string word)
    {
        for (var t = tree.First; t < tree.End; t++)
        {
            if (tree.Document.Tokens.TextOf(t).SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The nearest verb above the token, through at most three noun heads ("meet at a base ... for talks"); -1 if none.</summary>
    private static int VerbAbove(SentenceTree tree, int token)
    {
        var h = tree.Head(token);
        for (var hops = 0; h >= 0 && hops < 3 && tree.Upos(h) != Upos.VERB; hops++)
        {
            h = tree.Upos(h) is Upos.NOUN or Upos.PROPN ? tree.Head(h) : -1;
        }
        return h >= 0 && tree.Upos(h) == Upos.VERB ? h : -1;
    }

    /// <summary>"took control of the response": the pattern's "control" governs an "of" noun of an affair, not of a place or body.</summary>
    private static bool ControlOfAnAffair(SentenceTree tree, PatternMatch match)
    {
        foreach (var word in match.Used)
        {
            if (!tree.Lemma(word).Equals("control", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (var c in tree.Children(word))
            {
                if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "of") && AffairNouns.Contains(tree.Lemma(c).ToLowerInvariant()))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly HashSet<string> AffairNouns = new(StringComparer.Ordinal)
    {
        "fight", "response", "effort", "investigation", "probe", "inquiry", "case", "negotiation", "talk", "process", "campaign",
        "economy", "agenda", "narrative", "situation", "portfolio", "committee", "board", "project", "programme", "program",
        "strategy", "policy", "debate", "outbreak", "budget", "finances", "affair", "dossier", "file", "company",
    };

    /// <summary>Nouns of a deal, law or practice whose terms a relative clause can spell out.</summary>
    private static readonly HashSet<string> ArrangementNouns = new(StringComparer.Ordinal)
    {
        "deal", "agreement", "accord", "pact", "treaty", "arrangement", "plan", "framework", "mechanism", "scheme", "system",
        "process", "programme", "program", "initiative", "proposal", "ceasefire", "truce", "formula", "compromise", "diplomacy",
        "format", "roadmap", "protocol", "memorandum", "understanding", "law", "bill", "legislation", "rule", "policy",
        "exchange", "swap", "model", "procedure", "practice", "tradition", "custom",
    };

    /// <summary>Nouns of a schedule: an event noun "for" which one is set names an event to come ("a date for talks").</summary>
    private static readonly HashSet<string> ScheduleNouns = new(StringComparer.Ordinal)
    {
        "date", "timetable", "timeline", "schedule", "deadline", "preparation", "agenda", "venue",
    };

    /// <summary>Nouns of aim, resolve or mandate: an infinitive right after one names what someone wants, not what happened.</summary>
    private static readonly HashSet<string> AimNouns = new(StringComparer.Ordinal)
    {
        "determination", "resolve", "resolution", "bid", "effort", "attempt", "plan", "plot", "scheme", "intention", "intent", "aim",
        "goal", "objective", "ambition", "desire", "wish", "will", "willingness", "readiness", "commitment", "pledge", "promise", "vow",
        "threat", "offer", "proposal", "call", "appeal", "demand", "request", "order", "push", "drive", "campaign", "mission", "mandate",
        "chance", "opportunity", "ability", "capacity", "right", "power", "authority", "need", "decision",
    };

    /// <summary>"became the first country to recognise": the infinitive, parsed as the verb's adjunct, belongs to a ranked noun.</summary>
    private static bool RankedComplement(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if ((tree.RelIs(c, "xcomp") || tree.RelIs(c, "obj")) && tree.Upos(c) is Upos.NOUN or Upos.PROPN && RankedNoun(tree, c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A noun ranked by an ordinal or superlative: "the first country", "the only leader", "the latest state".</summary>
    private static bool RankedNoun(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if (tree.RelIs(c, "amod") && (tree.Pos.XposOf(c) == "JJS" || tree.LowerForm(c) is "first" or "last" or "only" or "second" or "third" or "next" or "latest"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A verbal adjunct that is part of its head clause's act and so shares whether it happened: a purpose infinitive
    /// ("will send troops to fight", "urged X to reconsider raising"), a means gerund ("overstepped its bounds by denying
    /// access") or an "in" gerund ("succeeded in capturing"). Not a time, cause or condition ("after it attacked",
    /// "because it struck") nor the object-controlled "of/for/from" gerund of a verb of judging ("criticised X for
    /// attacking": the attack happened whatever the criticism).
    /// </summary>
    private static bool SharedAdjunct(SentenceTree tree, int t, string rel, int head)
    {
        if (!rel.StartsWith("advcl", StringComparison.Ordinal) || tree.Upos(head) is not (Upos.VERB or Upos.AUX))
        {
            return false;
        }
        foreach (var c in tree.Children(t))
        {
            if (tree.RelIs(c, "mark") && tree.LowerForm(c) is not ("to" or "by" or "in" or "order" or "so" or "as"))
            {
                return false; // "after", "when", "because", "if", "while", "than" ...
            }
        }
        return tree.HasMarker(t, "to") || tree.HasMarker(t, "by") || tree.HasMarker(t, "in");
    }

    /// <summary>
    /// An unmarked participle of result or manner on a verb that would only happen: "would steer the planes into the water,
    /// striking the ships" is as hypothetical as its head (an asserted or future head keeps its participle as it was).
    /// </summary>
    private static bool ParticipleOfHypothetical(SentenceTree tree, int t, string rel, int head) =>
        rel.StartsWith("advcl", StringComparison.Ordinal) && tree.Pos.XposOf(t) == "VBG" && tree.Child(t, "mark") < 0 && tree.Child(t, "nsubj") < 0
        && tree.Upos(head) is Upos.VERB && HasHypotheticalAux(tree, head);

    private static bool HasHypotheticalAux(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            // (also "should": "Should the government choose a siege, starving Tigray into submission" starves nobody)
            if (tree.RelIs(c, "aux") && tree.LowerForm(c) is "would" or "could" or "might" or "may" or "'d" or "should")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Verbs whose purpose is what they do: a trip "to meet President Moon" is the meeting, a vote "to reject the
    /// decision" the rejection, ships "Tehran is using to import" wheat the import, a delegation sent "to attend the
    /// inauguration" the attendance, tear gas fired "to disperse protesters" the dispersal. Other purposes are only aims
    /// ("stands by Iraq to defeat Daesh").
    /// </summary>
    private static readonly HashSet<string> PurposeDoneVerbs = new(StringComparer.Ordinal)
    {
        "travel", "go", "come", "fly", "arrive", "cross", "head", "return", "visit", "vote", "meet", "convene", "gather", "assemble",
        "send", "dispatch", "deploy", "use", "employ",
        // a call made for a purpose: "telephoned Sirisena to congratulate him" (not "call": "called on X to be allowed to leave"
        // asks; "called Macron to congratulate him" is PatternMatcher.CourtesyCall's)
        "phone", "telephone",
        // force used as a means: "fired tear gas to disperse protesters", "raided Jenin to arrest militants"
        "fire", "raid", "storm", "enter", "launch", "conduct", "invade", "attack", "strike", "bomb", "shell", "surround", "seize",
    };

    private static readonly HashSet<string> ProtestVerbs = new(StringComparer.Ordinal)
    {
        "demonstrate", "rally", "march", "gather", "assemble", "strike", "sit",
    };

    /// <summary>"recognized the council as the legitimate government": a secondary predicate introduced by "as".</summary>
    private static bool AsPredicate(SentenceTree tree, int trigger)
    {
        foreach (var c in tree.Children(trigger))
        {
            if ((tree.RelIs(c, "obl") || tree.RelIs(c, "xcomp") || tree.RelIs(c, "advcl")) && tree.HasMarker(c, "as"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The trigger has an object that no slot fills ("voted funds", "the monies that Congress voted").</summary>
    private static bool OwnObject(SentenceTree tree, PatternMatch match)
    {
        var obj = tree.Child(match.Trigger, "obj");
        return obj >= 0 && obj != match.Target && !match.Used.Contains(obj);
    }

    private static readonly HashSet<string> TroopWords = new(StringComparer.Ordinal)
    {
        "troop", "force", "soldier", "peacekeeper", "unit", "contingent", "personnel", "battalion", "brigade", "army", "police", "officer",
    };

    /// <summary>The withdrawal names who is withdrawn ("withdrew its troops", "the withdrawal of peacekeepers").</summary>
    private static bool MentionsTroops(SentenceTree tree, PatternMatch match)
    {
        foreach (var t in match.Used)
        {
            if (TroopWords.Contains(tree.Lemma(t).ToLowerInvariant()))
            {
                return true;
            }
            foreach (var c in tree.Children(t))
            {
                if ((tree.RelIs(c, "obj") || tree.RelIs(c, "nmod") && tree.HasMarker(c, "of")) && TroopWords.Contains(tree.Lemma(c).ToLowerInvariant()))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A motion verb with an object of its own (not the place visited): it carries someone or something.</summary>
    private static bool TransportsSomeone(SentenceTree tree, PatternMatch match)
    {
        if (tree.Lemma(match.Trigger).ToLowerInvariant() is "visit" or "tour")
        {
            return false;
        }
        var obj = tree.Child(match.Trigger, "obj");
        return obj >= 0 && obj != match.Target && !match.Used.Contains(obj);
    }

    /// <summary>"call X Y": the verb has a secondary predicate (or two objects), or is a participle naming its noun.</summary>
    /// <summary>
    /// A clause of "after" or "since" measured in years, months or decades from the act it dates ("eight years after he left
    /// office", "two decades since the army seized power"): it tells what happened long before.
    /// </summary>
    private static bool LongAgoClause(SentenceTree tree, int verb)
    {
        if (!tree.RelIs(verb, "advcl") || !(tree.HasMarker(verb, "after") || tree.HasMarker(verb, "since")) || tree.Head(verb) is not (var head and >= 0))
        {
            return false;
        }
        foreach (var c in tree.Children(head))
        {
            if (c < verb && c >= verb - 3 && (tree.Rel(c) == "obl:unmarked" || tree.RelIs(c, "obl:npmod") || tree.RelIs(c, "nmod:npmod"))
                && tree.Lemma(c).ToLowerInvariant() is "year" or "month" or "decade" or "years" or "months" or "decades")
            {
                return true;
            }
        }
        foreach (var c in tree.Children(verb))
        {
            if (c < verb && (tree.Rel(c) == "obl:unmarked" || tree.RelIs(c, "obl:npmod")) && tree.Lemma(c).ToLowerInvariant() is "year" or "month" or "decade")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The country named by a demonym on the goods of an "on" phrase of the measure ("on a wide range of Brazilian goods").</summary>
    private static Participant? GoodsCountry(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        foreach (var head in match.Used)
        {
            foreach (var c in tree.Children(head))
            {
                if (!(tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) || !tree.HasMarker(c, "on"))
                {
                    continue;
                }
                var (first, last) = tree.SubtreeTokens(c);
                for (var t = first; t <= last; t++)
                {
                    if ((tree.RelIs(t, "amod") && tree.Upos(t) == Upos.ADJ || tree.RelIs(t, "compound") && tree.Upos(t) == Upos.PROPN) // ("U.S. goods")
                        && char.IsUpper(tree.Document.Substring(tree.SpanOf(t))[0])
                        && tree.Lemma(tree.Head(t)).ToLowerInvariant() is "good" or "goods" or "import" or "imports" or "product" or "products" or "export" or "exports"
                            or "steel" or "aluminum" or "aluminium" or "car" or "cars" or "vehicle" or "vehicles" or "seafood" or "pork" or "beef" or "wine"
                        && binder.Bind(tree, t).FirstOrDefault(p => p.Actor is { Sectors.Count: 0, Country: { Length: 3 } country } && country != ActorRef.Unknown.Code) is { } goods)
                    {
                        return goods;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>The verb moves its object somewhere: "back", "away", or a direction ("toward the square", "into the river").</summary>
    private static bool MovedSomewhere(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.LowerForm(c) is "back" or "away"
                || tree.RelIs(c, "obl") && (tree.HasMarker(c, "toward") || tree.HasMarker(c, "towards") || tree.HasMarker(c, "into") || tree.HasMarker(c, "across")))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamingFrame(SentenceTree tree, int verb)
    {
        if (tree.Rel(verb) == "acl")
        {
            return true;
        }
        if (tree.RelIs(verb, "acl:relcl") && tree.Head(verb) is var named and >= 0 && tree.LowerForm(named) is "what" or "which" or "whom"
            && tree.Child(verb, "obj") >= 0)
        {
            return true; // "would not yield to what he called a liberal-fascist opposition": the object is the name given
        }
        if (tree.Child(verb, "obj") is var given and >= 0)
        {
            foreach (var c in tree.Children(verb))
            {
                // (a relative word however the parser attached the clause: "a district that NATO calls ..." came as an advcl marked "that")
                if (c < verb && c != given && !tree.RelIs(c, "nsubj") && (tree.Pos.XposOf(c) == "WDT" || tree.LowerForm(c) is "which" or "whom"))
                {
                    return true; // "Marjah, a district that NATO calls the insurgents' largest stronghold": the relative word is what is named
                }
            }
        }
        var objects = 0;
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "xcomp") || tree.Rel(c) == "obl:unmarked" && tree.Upos(c) is Upos.NOUN or Upos.ADJ or Upos.PROPN)
            {
                return true;
            }
            if (tree.RelIs(c, "obj") || tree.RelIs(c, "iobj"))
            {
                objects++;
                foreach (var k in tree.Children(c))
                {
                    if (k > c && tree.RelIs(k, "amod") && tree.Upos(k) == Upos.ADJ)
                    {
                        return true; // "called Chinese subsidies unbearable" parsed with the predicate as a trailing modifier
                    }
                }
            }
        }
        return objects >= 2;
    }

    private static bool TemporalAdjunct(SentenceTree tree, int noun) =>
        tree.HasMarker(noun, "before") || tree.HasMarker(noun, "after") || tree.HasMarker(noun, "since") || tree.HasMarker(noun, "following") || tree.HasMarker(noun, "ahead");

    private static readonly HashSet<string> EvidenceNouns = new(StringComparer.Ordinal)
    {
        "sign", "evidence", "indication", "suggestion", "proof", "hint", "sense", "chance", "prospect", "likelihood", "detail", "record",
    };

    /// <summary>A clause head that is, or has as its object or subject, "no sign(s)", "no evidence", "no indication".</summary>
    private static bool NoEvidence(SentenceTree tree, int head)
    {
        if (tree.Upos(head) == Upos.NOUN && EvidenceNouns.Contains(tree.Lemma(head).ToLowerInvariant()) && HasDeterminer(tree, head, "no"))
        {
            return true;
        }
        foreach (var c in tree.Children(head))
        {
            if ((tree.RelIs(c, "obj") || tree.RelIs(c, "nsubj")) && EvidenceNouns.Contains(tree.Lemma(c).ToLowerInvariant()) && HasDeterminer(tree, c, "no"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasDeterminer(SentenceTree tree, int noun, string word)
    {
        foreach (var c in tree.Children(noun))
        {
            if (tree.RelIs(c, "det") && tree.LowerForm(c) == word)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Sectors of civilian society, and the police: unnamed people of these who act somewhere unstated are of that
    /// place's country (police act where they serve).
    /// </summary>
    // (CRM too: "Myanmar's military government freed more than 9,000 prisoners" in a story datelined Bangkok were THACRM. PTY:
    // "supporters of the nationalist Dashnaktsutyun party rallied in Yerevan", a party the knowledge base does not know.)
    private static readonly FrozenSet<string> CivilSectors = new[] { "CVL", "OPP", "LAB", "EDU", "MED", "HLH", "BUS", "REL", "AGR", "ENV", "HRI", "JUD", "LEG", "COP", "CRM", "PTY" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Things traded on markets, which "rally", "march" or "strike" only in the business pages.</summary>
    private static readonly HashSet<string> MarketThings = new(StringComparer.Ordinal)
    {
        "bond", "bonds", "share", "shares", "stock", "stocks", "equity", "equities", "market", "markets", "currency", "currencies", "price", "prices",
        "index", "indices", "futures", "oil", "gold", "dollar", "euro", "yen", "rupee", "peso", "lira", "rouble", "ruble", "yuan", "naira", "rand",
        "crude", "commodity", "commodities", "yield", "yields", "bourse", "exchange",
    };

    /// <summary>Abstract things said to wound or burn ("politics has set Manipur on fire", "the policy killed the economy").</summary>
    private static readonly HashSet<string> AbstractCauses = new(StringComparer.Ordinal)
    {
        "politics", "policy", "rhetoric", "ideology", "propaganda", "hatred", "hate", "remark", "comment", "decision", "law", "inflation",
        "corruption", "greed", "division", "polarisation", "polarization",
        // ("Sudan's war, which erupted in April 2023, has killed tens of thousands of people": a war's toll, no one act; an insurgency
        // stands for its insurgents: "The Cabo Delgado insurgency has killed more than 2,800 people")
        "war", "conflict", "crisis",
    };

    /// <summary>Insurgents, rebels or separatists the text gives no country or name ("the Sunni insurgents", "rebels").</summary>
    private static bool InsurgentsOfNoCountry(ActorRef? actor) =>
        actor is { Name: null } a && a.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && a.Sectors.Count > 0
        && a.Sectors.All(s => s is "INS" or "REB" or "SEP");

    /// <summary>Unnamed forces of no country that the text calls the government's or the regime's ("pro-government forces").</summary>
    private static bool StateForcesOfNoCountry(ActorRef? actor) =>
        actor is { Name: null, Role: { } role } && actor.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && actor.Sectors.Count > 0
        && actor.Sectors.All(s => s is "MIL" or "COP")
        && (role.Contains("Government", StringComparison.OrdinalIgnoreCase) || role.Contains("Regime", StringComparison.OrdinalIgnoreCase));

    /// <summary>Civilians who follow the state's rulers ("junta supporters", "government loyalists"): their rallies address no one.</summary>
    private static bool RulersFollowers(ActorRef actor) =>
        actor.Role is { } role && actor.Sectors.Contains("CVL")
        && (role.EndsWith(" Supporters", StringComparison.Ordinal) || role.EndsWith(" Loyalists", StringComparison.Ordinal))
        && (role.StartsWith("Junta ", StringComparison.Ordinal) || role.StartsWith("Government ", StringComparison.Ordinal)
            || role.StartsWith("Regime ", StringComparison.Ordinal) || role.StartsWith("Army ", StringComparison.Ordinal)
            || role.StartsWith("Military ", StringComparison.Ordinal));

    private static bool CiviliansOfNoCountry(ActorRef? actor) =>
        actor is { Name: null } && actor.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && actor.Sectors.Count > 0
        && actor.Sectors.All(CivilSectors.Contains);

    /// <summary>Whether the sentence names a place or people of <paramref name="country"/> ("southern Israel", "Israeli").</summary>
    private static bool SentenceNamesCountry(SentenceTree tree, string? country)
    {
        var span = tree.Document.Sentences.SpanOf(tree.Index);
        return country is not null && tree.Document.Layers.TryGet(AnnotationLayers.Entities, out var entities)
            && entities.Mentions.Any(m => span.Contains(m.Span) && m.Type is EntityType.Location or EntityType.Nationality
                && (m.Place?.Country == country || m.Actor?.Country == country));
    }

    /// <summary>
    /// An unnamed domestic agent ("police", "protesters") the resolver placed in the story's country by default, or in the
    /// country of the same word earlier in the story.
    /// </summary>
    private static bool LocalByDefault(Document document, Participant p) =>
        p.Actor is { Name: null, Sectors.Count: > 0 } actor && actor.Sectors.All(CivilSectors.Contains) && PlacedByDefault(document, p);

    /// <summary>The participant's country comes only from the story's default (its dateline) or from the place it is in.</summary>
    private static bool PlacedByDefault(Document document, Participant p) =>
        document.Layers.TryGet(EventDesk.Coding.Actors.ActorLayers.Index, out var index) && MentionOfParticipant(document, index, p) is var m and >= 0
        && index.RuleOf(m) is var rule && (rule.StartsWith("agent+local:", StringComparison.Ordinal) || rule.Contains("default:", StringComparison.Ordinal)
            || rule is "title+dateline" || rule.StartsWith("title+local:", StringComparison.Ordinal)
            || rule == "agent+earlier"); // "Serbian police detained ... Police arrested Imran Khan in Islamabad"

    /// <summary>
    /// The entity mention a participant was written as, or the one its actor came from right after it ("Thousands" of
    /// "Thousands of people" is the mention "people"); -1 when there is none.
    /// </summary>
    private static int MentionOfParticipant(Document document, EventDesk.Coding.Actors.ActorIndexLayer index, Participant p)
    {
        if (index.MentionOverlapping(p.Span) is var m and >= 0)
        {
            return m;
        }
        if (p.Actor is null || document.Tokens.Count == 0)
        {
            return -1;
        }
        var after = document.Tokens.FirstTokenEndingAfter(p.Span.End);
        for (var t = after; t >= 0 && t < Math.Min(document.Tokens.Count, after + 4); t++)
        {
            if (index.MentionOfToken(t) is var k and >= 0 && index.ActorOfToken(t) is { } actor && actor.Code == p.Actor.Code)
            {
                return k;
            }
        }
        return -1;
    }

    private static bool NamesForeigners(string phrase) =>
        phrase.Contains("foreign", StringComparison.OrdinalIgnoreCase) || phrase.Contains("expatriate", StringComparison.OrdinalIgnoreCase)
        || phrase.Contains("international", StringComparison.OrdinalIgnoreCase) || phrase.Contains("overseas", StringComparison.OrdinalIgnoreCase);

    /// <summary>"in Moscow"/"at the border" attached to the trigger, the tokens it used or its object.</summary>
    private static GeoPlace? Location(SentenceTree tree, ActorBinder binder, PatternMatch match) => LocationPhrase(tree, binder, match).Place;

    /// <summary>
    /// The country where the clause happens: its place phrase, else the dateline's place, else the dateline's country ("WASHINGTON"
    /// is no one place of the gazetteer but the story's country all the same).
    /// </summary>
    private static string? HostCountry(Document document, SentenceTree tree, ActorBinder binder, PatternMatch match, GeoPlace? defaultPlace) =>
        (LocationPhrase(tree, binder, match).Place ?? defaultPlace)?.Country
        ?? (document.Layers.TryGet(EventDesk.Coding.Actors.ActorLayers.Index, out var index) && index.DefaultCountrySource == "dateline" ? index.DefaultCountry : null);

    /// <summary>
    /// The place of the event and the token of its phrase: an in/at/near phrase of the matched words, of the verb's
    /// object ("struck targets in the Gaza Strip"), or of the clauses above the trigger.
    /// </summary>
    private static (GeoPlace? Place, int Token) LocationPhrase(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        var candidates = new List<int>(match.Used);
        if (!match.Passive && tree.ChildExact(match.Trigger, "obj") is var obj and >= 0)
        {
            if (!candidates.Contains(obj))
            {
                candidates.Add(obj);
            }
            foreach (var c in tree.Children(obj))
            {
                if (tree.RelIs(c, "conj") && candidates.Count < 8)
                {
                    candidates.Add(c); // "stormed the Congress, Supreme Court and presidential palace in Brasilia"
                }
                if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "of") && tree.Lemma(obj).ToLowerInvariant() is "dozen" or "dozens" or "hundreds" or "scores" or "number"
                    or "wave" or "waves" or "series" or "string" && candidates.Count < 8)
                {
                    candidates.Add(c); // "struck dozens of targets across Iran": the place of the counted things
                }
            }
        }
        for (var h = tree.Head(match.Trigger); h >= 0 && candidates.Count < 12; h = tree.Head(h))
        {
            candidates.Add(h);
            if (tree.Lemma(h).ToLowerInvariant() is "attack" or "invade" or "raid" or "storm" or "strike" or "bomb" or "shell"
                && tree.ChildExact(h, "obj") is var invaded and >= 0 && binder.PlaceAt(tree, invaded) is { } attackedPlace)
            {
                // "militants attacked southern Israel on Oct. 7, killing about 1,200 people and taking about 250 hostages": the
                // killing and the hostage-taking were where the attack was.
                return (attackedPlace, invaded);
            }
        }
        var strikeSubject = match.Source >= 0 && tree.Upos(match.Source) == Upos.NOUN && StrikeNouns.Contains(tree.Lemma(match.Source).ToLowerInvariant()) ? match.Source : -1;
        if (strikeSubject >= 0)
        {
            candidates.Add(strikeSubject); // "a Russian air strike on the town of Gori killed several people": where it struck
        }
        foreach (var t in candidates)
        {
            foreach (var c in tree.Children(t))
            {
                if (t == strikeSubject && tree.RelIs(c, "nmod") && tree.HasMarker(c, "on")
                    && binder.PlaceAt(tree, c) is { } struck)
                {
                    return (struck, c);
                }
                if (tree.RelIs(c, "obl") && tree.LowerForm(c) == "what" && WhatItSaidWerePlace(tree, binder, c) is { } claimed)
                {
                    return claimed; // "carried out airstrikes on what it said were militant hideouts inside Iran"
                }
                if ((tree.RelIs(c, "amod") || tree.RelIs(c, "advmod")) && tree.Lemma(c).ToLowerInvariant() is "deep" or "far")
                {
                    // "hit two air bases deep inside Russia": the place hangs on the adverb of distance.
                    foreach (var g in tree.Children(c))
                    {
                        if (tree.RelIs(g, "obl") && (tree.HasMarker(g, "inside") || tree.HasMarker(g, "in") || tree.HasMarker(g, "into"))
                            && binder.PlaceAt(tree, g) is { } deep)
                        {
                            return (deep, g);
                        }
                    }
                }
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && OutskirtsOf(tree, binder, c) is { } outskirts)
                {
                    return outskirts; // "clashed on the outskirts of Mogadishu"
                }
                // (Also "marched through Hong Kong", "protests across France": places gone through are places it happened in.)
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && (tree.HasMarker(c, "in") || tree.HasMarker(c, "at") || tree.HasMarker(c, "near") || tree.HasMarker(c, "inside")
                    || tree.HasMarker(c, "through") || tree.HasMarker(c, "across") || tree.HasMarker(c, "throughout")))
                {
                    var place = binder.PlaceAt(tree, c);
                    if (place is not null)
                    {
                        return (place, c);
                    }
                }
                if (tree.RelIs(c, "obl") && (tree.HasMarker(c, "at") || tree.HasMarker(c, "on") || tree.HasMarker(c, "into") || tree.HasMarker(c, "outside"))
                    || (tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && tree.HasMarker(c, "against")) // "missile strikes against targets in Pakistan"
                {
                    // "fired missiles at a target in Russia's Bryansk region", "met at a hotel in Paris", "gathered outside
                    // the Israeli embassy in Amman": the place of the thing the act was aimed at or held in.
                    foreach (var g in tree.Children(c))
                    {
                        if (tree.RelIs(g, "nmod") && (tree.HasMarker(g, "in") || tree.HasMarker(g, "near")) && binder.PlaceAt(tree, g) is { } inner)
                        {
                            return (inner, g);
                        }
                        if (tree.RelIs(g, "nmod") && OutskirtsOf(tree, binder, g) is { } edge)
                        {
                            return edge; // "at a military checkpoint on the outskirts of Mogadishu"
                        }
                    }
                }
            }
        }
        return (null, -1);
    }

    /// <summary>The place of the predicate of a free relative: "on what it said were militant hideouts inside Iran".</summary>
    private static (GeoPlace? Place, int Token)? WhatItSaidWerePlace(SentenceTree tree, ActorBinder binder, int what)
    {
        foreach (var r in tree.Children(what))
        {
            if (!tree.RelIs(r, "acl:relcl"))
            {
                continue;
            }
            foreach (var x in tree.Children(r))
            {
                if (!(tree.RelIs(x, "ccomp") || tree.RelIs(x, "xcomp")))
                {
                    continue;
                }
                foreach (var g in tree.Children(x))
                {
                    if (tree.RelIs(g, "nmod") && (tree.HasMarker(g, "in") || tree.HasMarker(g, "inside") || tree.HasMarker(g, "near"))
                        && binder.PlaceAt(tree, g) is { } place)
                    {
                        return (place, g);
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Nouns of a strike that, as a subject, kill or wound where they hit.</summary>
    private static readonly FrozenSet<string> StrikeNouns =
        new[] { "strike", "airstrike", "attack", "raid", "bombing", "shelling", "missile", "rocket", "drone", "bombardment", "barrage", "shell" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The country of the to-phrase of the verb or of its object ("deported 40 Uyghurs to China"), or null.</summary>
    private static string? DestinationCountry(SentenceTree tree, ActorBinder binder, int verb, int obj)
    {
        foreach (var head in (ReadOnlySpan<int>)[verb, obj])
        {
            if (head < 0)
            {
                continue;
            }
            foreach (var c in tree.Children(head))
            {
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && tree.HasMarker(c, "to")
                    && binder.PlaceAt(tree, c) is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code)
                {
                    return country;
                }
            }
        }
        return null;
    }

    /// <summary>The place whose edge a phrase names: "on the outskirts of Mogadishu", "on the edge of Goma" (null otherwise).</summary>
    private static (GeoPlace Place, int Token)? OutskirtsOf(SentenceTree tree, ActorBinder binder, int phrase)
    {
        if (tree.Lemma(phrase).ToLowerInvariant() is not ("outskirts" or "outskirt" or "edge" or "edges" or "fringe" or "fringes" or "periphery" or "suburbs"))
        {
            return null;
        }
        foreach (var g in tree.Children(phrase))
        {
            if (tree.RelIs(g, "nmod") && tree.HasMarker(g, "of") && binder.PlaceAt(tree, g) is { } place)
            {
                return (place, g);
            }
        }
        return null;
    }

    /// <summary>A place the target phrase itself names: "civilians in the town of Axum", "protesters at the square in Minsk".</summary>
    private static GeoPlace? TargetPlace(SentenceTree tree, ActorBinder binder, PatternMatch match)
    {
        if (match.Target < 0)
        {
            return null;
        }
        // The target's own place phrase, or that of its "of" phrase ("victims of the cyclone in Mozambique").
        foreach (var c in tree.Children(match.Target))
        {
            if (!tree.RelIs(c, "nmod"))
            {
                continue;
            }
            if ((tree.HasMarker(c, "in") || tree.HasMarker(c, "at")) && binder.PlaceAt(tree, c) is { } place)
            {
                return place;
            }
            if (tree.HasMarker(c, "of"))
            {
                foreach (var g in tree.Children(c))
                {
                    if (tree.RelIs(g, "nmod") && (tree.HasMarker(g, "in") || tree.HasMarker(g, "at")) && binder.PlaceAt(tree, g) is { } inner)
                    {
                        return inner;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>The place of the roundup paragraph's own dateline ("KHARTOUM, April 11 - ..."), or null.</summary>
    private static GeoPlace? SectionPlace(Document document, Dateline? dateline, PlaceLayer? places, SentenceTree tree) =>
        dateline is { Sections.IsEmpty: false } && dateline.At(document.Tokens.Starts[tree.First]) is var heading && !ReferenceEquals(heading, dateline)
            ? PlaceNamed(places, heading.Place)
            : null;

    private static GeoPlace? PlaceNamed(PlaceLayer? places, string name)
    {
        foreach (var place in places?.Places ?? [])
        {
            if (string.Equals(place.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return place;
            }
        }
        return null;
    }

    private sealed record BoundMatch(PatternMatch Match, IReadOnlyList<Participant> Sources, IReadOnlyList<Participant> Targets);
}
