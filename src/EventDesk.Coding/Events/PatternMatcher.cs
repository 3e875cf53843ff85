using System.Collections.Frozen;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Events;

/// <summary>Where a pattern matched: the tokens it used and the tokens that fill its slots.</summary>
internal sealed class PatternMatch(EventPattern pattern, int trigger)
{
    public EventPattern Pattern { get; private set; } = pattern;
    public int Trigger { get; private set; } = trigger;
    public List<int> Used { get; private set; } = [trigger];
    public int Source { get; set; } = -1;
    public int Target { get; set; } = -1;

    /// <summary>For a nominal trigger whose source is the subject of the verb governing it: that verb, else -1.</summary>
    public int Governor { get; set; } = -1;

    /// <summary>The trigger is a passive verb (its subject is the patient).</summary>
    public bool Passive { get; set; }

    /// <summary>How each slot was found, for the explanation ("nsubj", "obl:with", "controller of xcomp").</summary>
    public string SourceHow { get; set; } = "";
    public string TargetHow { get; set; } = "";

    /// <summary>How the coder chose a target from the sentence's context when the pattern's slots gave none, or null.</summary>
    public string? ContextTarget { get; set; }

    /// <summary>
    /// "between S and T" was filled by one noun whose coordinated modifiers name both parties ("clashes between Indian
    /// and Pakistani troops"): the source slot holds the noun, and the parties are the actors it gives.
    /// </summary>
    public bool PartiesInModifiers { get; set; }

    /// <summary>Empties this match for another try (<see cref="PatternMatcher.Match"/> reuses one per thread).</summary>
    internal void Reset(EventPattern pattern, int trigger)
    {
        (Pattern, Trigger) = (pattern, trigger);
        Used.Clear();
        Used.Add(trigger);
        (Source, Target, Governor, Passive, SourceHow, TargetHow, ContextTarget, PartiesInModifiers) = (-1, -1, -1, false, "", "", null, false);
    }

    /// <summary>A copy of its own, with its own <see cref="Used"/> list.</summary>
    internal PatternMatch Copy()
    {
        var copy = (PatternMatch)MemberwiseClone();
        copy.Used = [.. Used];
        return copy;
    }
}

/// <summary>
/// Matches event patterns onto a UD dependency tree, following docs/event-dictionary.md §3.
/// Stateless and thread-safe.
/// </summary>
internal static class PatternMatcher
{
    private static readonly HashSet<string> RaisingLemmas = ["expect", "schedule", "set", "due", "slate", "poise", "plan", "scheduled"];

    /// <summary>
    /// The verb of speech whose second verb the parser put in the reported clause, or -1: "The Kremlin said the strikes
    /// targeted military facilities and accused Kyiv", "denied that the drones had been sent into Poland and accused NATO"
    /// (strikes and drones accuse nobody).
    /// </summary>
    internal static int SpeechOfSecondVerb(SentenceTree tree, int verb)
    {
        if (PastVerbAfterModalClause(tree, verb) is var speaker and >= 0)
        {
            return speaker;
        }
        if (!tree.Rel(verb).StartsWith("conj", StringComparison.Ordinal) || tree.Head(verb) is not (var head and >= 0) || !tree.RelIs(head, "ccomp")
            || tree.Head(head) is not (var speech and >= 0) || !ActorOnlyVerbs.Contains(tree.Lemma(verb).ToLowerInvariant()))
        {
            return -1;
        }
        var thing = tree.ChildExact(head, "nsubj") is var active and >= 0 ? active : tree.ChildExact(head, "nsubj:pass");
        // (Any common noun that names no actor: "said the rig was operating in Chinese waters and accused Vietnamese ships"; and
        // up from a clause that is itself a thing's: "said the verdict showed that nobody was above the law and rejected".)
        if (IsThing(tree, thing))
        {
            for (var hops = 0; hops < 3 && IsThing(tree, tree.ChildExact(speech, "nsubj")) && tree.RelIs(speech, "ccomp") && tree.Head(speech) is var up and >= 0; hops++)
            {
                speech = up;
            }
            return speech;
        }
        if (tree.ChildExact(head, "nsubj") < 0 && thing >= 0)
        {
            return speech; // "He said Syria was being purified and called on his fighters": a passive reported clause's subject acts on no one
        }
        // "The Democratic Party said Yoon had committed an act of insurrection and demanded that he step down": a demand
        // about a third person in the reported clause is the speaker's (Yoon demanded nothing of himself).
        foreach (var c in tree.Children(verb))
        {
            if ((tree.RelIs(c, "ccomp") || ThatClauseReadAsAdjunct(tree, c)) && tree.ChildExact(c, "nsubj") is var pronoun and >= 0
                && tree.LowerForm(pronoun) is "he" or "she" or "they")
            {
                return speech;
            }
        }
        return -1;
    }

    /// <summary>A subject that accuses or demands nothing: a thing, or "nobody" and "nothing".</summary>
    private static bool IsThing(SentenceTree tree, int token) =>
        token >= 0 && (tree.Upos(token) == Upos.NOUN && !char.IsUpper(tree.Document.Substring(tree.SpanOf(token))[0])
            && (ThingSubjects.Contains(tree.Lemma(token).ToLowerInvariant()) || NamesNoActor(tree, token))
            || tree.Upos(token) == Upos.PRON && tree.LowerForm(token) is "nobody" or "nothing" or "everything" or "anything" or "none");

    /// <summary>No entity mention with an actor covers the token ("the rig", "the talks"; not "the police" or "protesters").</summary>
    private static bool NamesNoActor(SentenceTree tree, int token) =>
        tree.Document.Layers.TryGet(AnnotationLayers.Entities, out var entities) && !entities.Covering(tree.SpanOf(token)).Any(m => m.Actor is not null);

    /// <summary>
    /// "Lai said the island would not bow to pressure and thanked the United States": a past-tense verb coordinated to a bare
    /// verb under "would" or "to" cannot share its auxiliary, so it continues the past-tense verb of speech that governs the
    /// clause (it was read as not thanked, under "would not"). The speech verb, or -1.
    /// </summary>
    private static int PastVerbAfterModalClause(SentenceTree tree, int verb)
    {
        // (Also after an adjective clause: "Trump said he was not happy with Putin and threatened new sanctions" had the
        // threat under "not"; and after a progressive, whose "were" a past tense cannot share: "said that its forces were acting to
        // restore state authority over the airport and accused Radaa of protecting wanted criminals".)
        if (!tree.Rel(verb).StartsWith("conj", StringComparison.Ordinal) || tree.Pos.XposOf(verb) != "VBD" || tree.Head(verb) is not (var head and >= 0)
            || !(tree.Pos.XposOf(head) == "VB" || tree.Upos(head) == Upos.ADJ && tree.Child(head, "cop") >= 0
                || tree.Pos.XposOf(head) == "VBG" && tree.Child(head, "aux") >= 0 && tree.Child(verb, "aux") < 0))
        {
            return -1;
        }
        var t = head;
        for (var hops = 0; hops < 4 && (tree.RelIs(t, "xcomp") || tree.Rel(t).StartsWith("conj", StringComparison.Ordinal)); hops++)
        {
            t = tree.Head(t);
        }
        return tree.RelIs(t, "ccomp") && tree.Head(t) is var speech and >= 0 && tree.Pos.XposOf(speech) == "VBD"
            && SpeechLemmas.Contains(tree.Lemma(speech).ToLowerInvariant()) && tree.ChildExact(speech, "nsubj") >= 0 ? speech : -1;
    }

    /// <summary>
    /// Nouns of violence: who speaks of one, or dies in one, is not its author (<see cref="GoverningSubject"/>); as the subject of a
    /// verb, its of-phrase is what it was done to ("the bombing of the embassy killed", <see cref="ActorBinder"/>).
    /// </summary>
    internal static readonly HashSet<string> ViolentNouns =
    [
        "killing", "murder", "assassination", "attack", "assault", "bombing", "shooting", "massacre", "strike", "raid", "invasion",
        "war", "abduction", "kidnapping", "execution", "torture", "shelling", "occupation", "siege", "blockade", "ambush",
        "destruction", "capture", "storming",
    ];

    private static readonly HashSet<string> SpeechLemmas = ["say", "tell", "announce", "insist", "state", "declare", "add", "stress", "warn", "reiterate"];

    /// <summary>Things that do not speak or judge: the subject of a reported clause the speaker's next verb cannot share.</summary>
    private static readonly HashSet<string> ThingSubjects =
    [
        "strike", "strikes", "attack", "attacks", "raid", "bombing", "operation", "missile", "missiles", "drone", "drones", "shelling",
        "explosion", "blast", "fire", "ship", "vessel", "plane", "aircraft", "weapon", "weapons", "sanction", "sanctions", "law",
        "investigation", "probe", "inquiry", "case", "charge", "charges", "arrest", "detention", "decision", "move", "report", "vote",
        "election", "ruling", "verdict", "trial",
    ];

    /// <summary>Verbs only an actor does (speaking, judging, demanding).</summary>
    private static readonly HashSet<string> ActorOnlyVerbs =
    [
        "accuse", "deny", "reject", "urge", "call", "warn", "condemn", "blame", "demand", "vow", "pledge", "threaten", "criticize",
        "criticise", "praise", "welcome", "summon", "dismiss", "insist", "promise",
        // ("said the doses had arrived at the most critical moment and thanked his Japanese counterpart")
        "thank", "congratulate", "appeal", "apologize", "apologise", "invite", "commend", "denounce", "slam",
        // ("said the boat strikes amounted to murder and ordered his intelligence services to suspend information-sharing")
        "order", "instruct", "recall", "expel",
    ];

    // Relations whose dependents can fill a pattern slot, with their subtypes ("obl:tmod", "compound:prt"), and nsubj:pass.
    private static readonly FrozenSet<string> ContentRelations = FrozenSet.ToFrozenSet(
        ["obj", "iobj", "xcomp", "ccomp", "advcl", "obl", "nmod", "compound", "amod", "advmod", "acl", "conj", "dep", "appos", "nummod"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentRelationBases =
        ContentRelations.GetAlternateLookup<ReadOnlySpan<char>>();

    // One match per thread is filled while a pattern is tried (most tries fail); a copy is returned only when it matched.
    [ThreadStatic]
    private static PatternMatch? t_scratch;

    public static PatternMatch? Match(SentenceTree tree, EventPattern pattern, int trigger)
    {
        var scratch = t_scratch ??= new PatternMatch(pattern, trigger);
        scratch.Reset(pattern, trigger);
        return Fill(tree, pattern, trigger, scratch) ? scratch.Copy() : null;
    }

    private static bool Fill(SentenceTree tree, EventPattern pattern, int trigger, PatternMatch match)
    {
        var elements = pattern.Elements;
        PatternElement? pendingNot = null;
        if (!ModifiersMatch(tree, trigger, elements[pattern.TriggerIndex], match))
        {
            return false;
        }
        if (!pattern.Nominal && tree.Upos(trigger) == Upos.ADJ && tree.Child(trigger, "cop") >= 0
            && tree.LowerForm(trigger) is "free")
        {
            return false; // "Fowler and Guay are free after four months as captives of al-Qaida": a state, not the verb "free"
        }
        if (!pattern.Nominal && pattern.TriggerIndex == elements.Count - 2 && elements[^1].Kind == ElementKind.Target
            && tree.Lemma(trigger).Equals("call", StringComparison.OrdinalIgnoreCase) && NamingComplement(tree, trigger))
        {
            return false; // "Fico called some journalists \"dirty anti-Slovak prostitutes\"": naming them, not telephoning them
        }
        // "Afghanistan was prepared to work", "Lavrov is scheduled to meet": adjectival participles and
        // raising verbs read as passives, but their nsubj:pass is the actor (docs/event-dictionary.md §3.1).
        var adjectival = !pattern.Nominal && (!elements[pattern.TriggerIndex].Lemmas.Contains(tree.Lemma(trigger)) && !RegularParticiple(tree.LowerForm(trigger), elements[pattern.TriggerIndex].Lemmas)
            || RaisingLemmas.Contains(tree.Lemma(trigger)) && tree.Child(trigger, "xcomp") >= 0);
        var passive = !pattern.Nominal && !adjectival && tree.IsPassive(trigger);
        match.Passive = passive;

        // Items before the trigger: S, T, and the possessive marker.
        for (var i = 0; i < pattern.TriggerIndex; i++)
        {
            var e = elements[i];
            var possessive = i + 1 < pattern.TriggerIndex && elements[i + 1].Kind == ElementKind.Possessive;
            switch (e.Kind)
            {
                case ElementKind.Source when pattern.Nominal:
                    match.Source = NominalModifierActor(tree, trigger, possessive, out var how);
                    match.SourceHow = how;
                    if (match.Source < 0)
                    {
                        return false;
                    }
                    break;
                case ElementKind.Source when adjectival && tree.ChildExact(trigger, "nsubj:pass") is var experiencer and >= 0:
                    (match.Source, match.SourceHow) = (experiencer, "nsubj:pass of adjectival/raising predicate");
                    break;
                case ElementKind.Source:
                    (match.Source, match.SourceHow) = passive ? Agent(tree, trigger) : Subject(tree, trigger);
                    if (passive && match.Source < 0 && tree.Lemma(trigger).Equals("summon", StringComparison.OrdinalIgnoreCase)
                        && tree.ChildMarked(trigger, "obl", "to") is var summoner and >= 0)
                    {
                        // "British Ambassador Laurie Bristow was summoned to the Foreign Ministry": who summons is where he was called to
                        (match.Source, match.SourceHow) = (summoner, "obl 'to' of a passive summons");
                    }
                    if (passive && match.Source < 0 && tree.Lemma(trigger).Equals("sign", StringComparison.OrdinalIgnoreCase)
                        && tree.ChildMarked(trigger, "obl", "in") is var presence and >= 0 && tree.Lemma(presence).Equals("presence", StringComparison.OrdinalIgnoreCase)
                        && tree.ChildMarked(presence, "nmod", "of") is var witnesses and >= 0)
                    {
                        // "Cooperation documents ... were signed in the presence of the two presidents": the leaders' states agree
                        (match.Source, match.SourceHow) = (witnesses, "in whose presence a passive signing took place");
                    }
                    break;
                case ElementKind.Target when pattern.Nominal:
                    match.Target = NominalModifierActor(tree, trigger, possessive, out var thow);
                    match.TargetHow = thow;
                    if (match.Target < 0)
                    {
                        return false;
                    }
                    break;
                case ElementKind.Target:
                    // "T draw criticism from S", "T receive aid from S": the target is the subject.
                    (match.Target, match.TargetHow) = Subject(tree, trigger);
                    if (match.Target < 0)
                    {
                        return false;
                    }
                    break;
                case ElementKind.Word:
                {
                    // Patterns built in code (PETRARCH "RECENTLY *", "{DEATH TOLL} *") may name words
                    // before the trigger: a dependent of the trigger written to its left.
                    var found = FindBefore(tree, trigger, e, match);
                    if (found < 0)
                    {
                        return false;
                    }
                    match.Used.Add(found);
                    break;
                }
                case ElementKind.Not:
                    if (!Negated(tree, trigger, e))
                    {
                        return false;
                    }
                    break;
                case ElementKind.Marker:
                    return false; // dictionary files put the trigger first by construction
            }
        }
        if (!pattern.Nominal && pattern.TriggerIndex > 0 && elements[0].Kind == ElementKind.Source && match.Source < 0)
        {
            // Missing subject: leave it to the coder (it may still fill it from context), but keep the match.
        }
        if (pattern.Nominal && !pattern.HasSource)
        {
            // "China's punitive measures against Australia": the possessor of an event noun is its agent.
            var possessor = tree.ChildExact(trigger, "nmod:poss");
            if (possessor >= 0 && possessor != match.Target)
            {
                (match.Source, match.SourceHow) = (possessor, "nmod:poss (possessor of the event noun)");
            }
            else
            {
                (match.Source, match.SourceHow, match.Governor) = GoverningSubject(tree, trigger);
            }
        }

        // Items after the trigger.
        var anchor = trigger;
        var particleObject = -1;
        for (var i = pattern.TriggerIndex + 1; i < elements.Count; i++)
        {
            var e = elements[i];
            switch (e.Kind)
            {
                case ElementKind.Word:
                {
                    var found = FindWord(tree, match, e, marker: null);
                    if (found < 0 && anchor == trigger && ParticleParsedAsPreposition(tree, trigger, e) is var (particle, phrase) && particle >= 0)
                    {
                        // "shot down a Ukrainian plane" parsed with "down" as the preposition of "plane": the particle is
                        // the verb's, and its phrase is the verb's object.
                        match.Used.Add(particle);
                        particleObject = phrase;
                        break;
                    }
                    if (found < 0 && e.Text == "out" && i + 1 < elements.Count && elements[i + 1].Kind == ElementKind.Marker && elements[i + 1].Text == "of"
                        && VerbParticle(tree, trigger, "out") is var outOf and >= 0)
                    {
                        match.Used.Add(outOf); // "S push T out of": "pushed Georgian forces out of the region", "out of" parsed as the oblique's
                        break;
                    }
                    if (found < 0)
                    {
                        return false;
                    }
                    match.Used.Add(found);
                    anchor = found;
                    break;
                }
                case ElementKind.Marker:
                {
                    var marker = e.Text;
                    var next = i + 1 < elements.Count ? elements[i + 1] : null;
                    if (next is not null && next.Kind is ElementKind.Word or ElementKind.Source or ElementKind.Target
                        && ParticleOf(tree, anchor, marker) is var particle and >= 0)
                    {
                        // "broke down a treaty": the pattern's "DOWN TREATY" read as a particle of the verb and
                        // its object, not as a preposition introducing the noun ("down the road").
                        match.Used.Add(particle);
                        break;
                    }
                    if (next is null)
                    {
                        // A particle ends a phrasal verb ("S step down"); read as a preposition it belongs to a noun
                        // ("stepped down the stairs"). So does "in" right after the verb: "S give in" is no "gave Ukraine in the
                        // 1994 Budapest Memorandum".
                        if (VerbParticles.Contains(marker) || marker == "in" && i == pattern.TriggerIndex + 1
                            ? VerbParticle(tree, anchor, marker) < 0 : !AnyMarked(tree, match, marker))
                        {
                            return false;
                        }
                        break;
                    }
                    if (next.Kind == ElementKind.Marker && (VerbParticles.Contains(marker) || (marker == "in" && i == pattern.TriggerIndex + 1)))
                    {
                        // "S give in to T", "S crack down on T": the first word is the verb's particle; "gave
                        // treatments to patients" is not "give in to". (Other markers before a marker stand for a
                        // phrase the pattern skips, "(AT ^) (WITH +)".)
                        var first = VerbParticle(tree, anchor, marker);
                        if (first < 0)
                        {
                            return false;
                        }
                        match.Used.Add(first);
                        break;
                    }
                    if (next.Kind == ElementKind.Skip)
                    {
                        var skipped = FindMarked(tree, match, marker);
                        if (skipped < 0)
                        {
                            return false;
                        }
                        match.Used.Add(skipped);
                        i++;
                        break;
                    }
                    if (next.Kind is ElementKind.Source or ElementKind.Target && marker == "that")
                    {
                        // "S charge that T": the subject of the that-clause, what the clause says it did ("charged that Kuwait
                        // had pumped oil"; an accusation, not the arrest of "S charge T").
                        // (Not "it": "The court has ruled that it retains jurisdiction" is the court itself.)
                        var clause = ThatClause(tree, anchor);
                        if (clause < 0 || tree.ChildExact(clause, "nsubj") is not (var subject and >= 0) || tree.LowerForm(subject) == "it")
                        {
                            return false;
                        }
                        Assign(match, next.Kind, subject, "nsubj of the that-clause");
                        i++;
                        break;
                    }
                    if (next.Kind is ElementKind.Source or ElementKind.Target)
                    {
                        // A place preposition written right after the trigger ("S call in T") marks a phrase of the trigger
                        // itself, never a place inside its object ("calls ISIL presence in Palmyra a tragedy" is no summons);
                        // "extradited two members to Belgium", with "to Belgium" hung on the object, still is "S extradite to T".
                        var slot = FindMarked(tree, match, marker, relax: !(i == pattern.TriggerIndex + 1 && marker is "in" or "at" or "on" or "near" or "inside" or "outside"));
                        if (slot < 0 || slot < trigger && marker is "in" or "at" or "on"
                            // ("S take in T" is "took in a million Syrians", with "in" right after the verb, not "taking Kisangani
                            // in March and Lubumbashi in April".)
                            || i == pattern.TriggerIndex + 1 && marker == "in" && !pattern.Nominal && !tree.LowerForm(trigger + 1).Equals("in", StringComparison.Ordinal))
                        {
                            // (A place phrase fronted before the verb is the scene, not the verb's complement: "In Afghanistan,
                            // our troops have taken Taliban strongholds" is no "S take in T".)
                            return false;
                        }
                        var how = $"{tree.Rel(slot)} '{marker}'";
                        Assign(match, next.Kind, slot, how);
                        i++;
                        // "between S and T": the other slot is a conjunct of this one.
                        if (i + 2 < elements.Count && elements[i + 1].Kind == ElementKind.And && elements[i + 2].Kind is ElementKind.Source or ElementKind.Target)
                        {
                            var other = tree.Child(slot, "conj");
                            if (other >= 0 && ActorBinder.ReporterParsedAsConjunct(tree, other))
                            {
                                other = -1; // "between forces loyal to ... and the Radaa militia, residents said": not the residents
                            }
                            var groupOfTwo = other < 0 && next.Kind == ElementKind.Source && GroupOfTwoPossessor(tree, slot);
                            if (other < 0 && next.Kind == ElementKind.Source && (groupOfTwo || CoordinatedModifiers(tree, slot)))
                            {
                                match.PartiesInModifiers = true;
                                match.SourceHow += groupOfTwo ? " (its possessor, a group of two, names both parties)" : " (its coordinated modifiers name both parties)";
                                i += 2;
                                break;
                            }
                            if (other < 0 && marker == "between")
                            {
                                // "between forces loyal to Prime Minister Dbeibah and the Radaa militia": "between" takes two parties,
                                // so a conjunct the parser hung deeper in the first one's phrase is the second.
                                other = DeeperConjunct(tree, slot);
                            }
                            if (other < 0)
                            {
                                return false;
                            }
                            Assign(match, elements[i + 2].Kind, other, "conj of " + how);
                            i += 2;
                        }
                        break;
                    }
                    if (next.Kind == ElementKind.Word)
                    {
                        var found = FindWord(tree, match, next, marker);
                        if (found < 0)
                        {
                            return false;
                        }
                        match.Used.Add(found);
                        anchor = found;
                        i++;
                        break;
                    }
                    break;
                }
                case ElementKind.Target or ElementKind.Source:
                {
                    var slot = DirectObject(tree, anchor, passive && anchor == trigger, out var how);
                    if (slot < 0 && particleObject >= 0)
                    {
                        (slot, how) = (particleObject, "object of the particle's phrase");
                    }
                    if (slot < 0)
                    {
                        return false;
                    }
                    if (i + 1 < elements.Count && elements[i + 1].Kind == ElementKind.Word && !(passive && anchor == trigger)
                        && tree.Child(anchor, "iobj") is var indirect and >= 0 && indirect != slot)
                    {
                        // "S give T aid": a double object; the recipient is the indirect object ("gave Pakistan a $6 billion
                        // package"), the word the direct one.
                        (slot, how) = (indirect, "iobj");
                    }
                    else if (i + 1 < elements.Count && elements[i + 1].Kind == ElementKind.Word && LemmaIn(tree, slot, elements[i + 1]))
                    {
                        // "S consider T partner" parsed as consider -obj-> partner, -xcomp-> Russian: the
                        // object is the predicate word, the actor is the secondary predicate.
                        foreach (var c in tree.Children(anchor))
                        {
                            if (c != slot && tree.RelIs(c, "xcomp") && tree.Upos(c) is Upos.PROPN or Upos.NOUN or Upos.ADJ or Upos.PRON)
                            {
                                (slot, how) = (c, "xcomp (object is the predicate)");
                                break;
                            }
                        }
                    }
                    if (NamedByFreeRelative(tree, slot) is var labelled and >= 0)
                    {
                        (slot, how) = (labelled, how + " (what the free relative names it)");
                    }
                    Assign(match, e.Kind, slot, how);
                    break;
                }
                case ElementKind.Not:
                    // Checked once every word is matched: "S &PLEDGE not to attack" has "not" on "attack", matched after it.
                    pendingNot ??= e;
                    break;
                case ElementKind.Possessive:
                case ElementKind.And:
                case ElementKind.Skip:
                    break;
            }
        }
        if (!pattern.Nominal && ForeignParticle(tree, trigger, pattern))
        {
            return false;
        }
        if (pendingNot is not null)
        {
            var negated = false;
            foreach (var t in match.Used)
            {
                foreach (var c in tree.Children(t))
                {
                    negated |= tree.RelIs(c, "advmod") && pendingNot.Lemmas.Contains(tree.LowerForm(c));
                }
            }
            if (!negated)
            {
                return false;
            }
        }
        if (pattern.Nominal && !pattern.HasSource && match.Target >= 0 && !match.SourceHow.StartsWith("nmod:poss", StringComparison.Ordinal)
            && !(tree.Rel(trigger).StartsWith("nsubj", StringComparison.Ordinal) && tree.ChildExact(tree.Head(trigger), "obj") >= 0)
            && NameBeforeEventNoun(tree, trigger, match.Target) is var named and >= 0)
        {
            // "an EU embargo on most Russian oil imports", "U.S. sanctions on Iran": the name before the event noun is its agent
            // when the noun has its target after it (not "the Gaza blockade", where the name is the target; nor the subject of a verb
            // with an object, "The United Nations peacekeeping mission in South Sudan protected civilians", an actor of its own).
            (match.Source, match.SourceHow, match.Governor) = (named, "name before the event noun", -1);
        }
        if (!pattern.Nominal && pattern.Text.EndsWith("to leave", StringComparison.Ordinal) && match.Target >= 0 && OwnPeople(tree, match.Target))
        {
            return false; // "Peres ordered his delegation ... to leave": a withdrawal of one's own, no expulsion
        }
        return true;
    }

    /// <summary>
    /// The first noun or name coordinated inside a modifier of <paramref name="head"/> ("loyal to X and Y"; not in a clause or
    /// an apposition: "two companies that both bear the name: Arduino LLC and Arduino SRL"), or -1.
    /// </summary>
    private static int DeeperConjunct(SentenceTree tree, int head)
    {
        var (_, last) = tree.SubtreeTokens(head);
        for (var t = head + 1; t <= last; t++)
        {
            if (!tree.RelIs(t, "conj") || tree.Head(t) == head || tree.Upos(t) is not (Upos.NOUN or Upos.PROPN))
            {
                continue;
            }
            var up = tree.Head(t);
            while (up >= 0 && up != head && tree.Rel(up) is "amod" or "nmod" or "obl" or "compound" or "flat" or "nmod:desc")
            {
                up = tree.Head(up);
            }
            if (up == head)
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>The noun has a possessive pronoun ("his delegation", "its diplomats", "their citizens").</summary>
    private static bool OwnPeople(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if (c < noun && tree.Rel(c) == "nmod:poss" && tree.IsPossessivePronoun(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The verb has a particle the pattern does not name: a phrasal verb is another verb ("cleared out the migrants" is
    /// not "cleared" them, "took over the inquiry" is not "took" it).
    /// </summary>
    private static bool ForeignParticle(SentenceTree tree, int trigger, EventPattern pattern)
    {
        foreach (var c in tree.Children(trigger))
        {
            if (!tree.RelIs(c, "compound:prt"))
            {
                continue;
            }
            var particle = tree.LowerForm(c);
            var named = false;
            foreach (var e in pattern.Elements)
            {
                named |= e.Text.Equals(particle, StringComparison.OrdinalIgnoreCase) || e.Lemmas.Contains(particle);
            }
            if (!named)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A participle of a verb in the set ("freed" of FREE, "tapped" of TAP): the pattern names the verb, so it is
    /// a verb the lemmatizer missed, not an adjectival participle entry such as "prepared".
    /// </summary>
    private static bool RegularParticiple(string form, IReadOnlySet<string> lemmas)
    {
        if (!form.EndsWith("ed", StringComparison.Ordinal) || form.Length < 4)
        {
            return false;
        }
        return lemmas.Contains(form[..^1]) || lemmas.Contains(form[..^2]) || lemmas.Contains(form[..^3])
            || (form.EndsWith("ied", StringComparison.Ordinal) && lemmas.Contains(form[..^3] + "y"));
    }

    /// <summary>
    /// A word written before the trigger: a dependent of the trigger to its left; with <see cref="PatternElement.InSubject"/>
    /// ("{DEATH TOLL} *", "TANKS *") the head of the subject or one of its modifiers, so adverbs, auxiliaries and
    /// coordinators ("RECENTLY *", "WILL *", "NEITHER *") do not count.
    /// </summary>
    private static int FindBefore(SentenceTree tree, int trigger, PatternElement element, PatternMatch match)
    {
        var subject = tree.Child(trigger, "nsubj");
        if (element.InSubject && subject < 0)
        {
            return -1;
        }
        for (var t = trigger - 1; t >= tree.First; t--)
        {
            var place = element.InSubject
                ? t == subject || tree.IsAncestor(subject, t) && !(tree.RelIs(t, "cc") || tree.RelIs(t, "det") || tree.RelIs(t, "punct") || tree.RelIs(t, "case"))
                : tree.IsAncestor(trigger, t);
            if (!match.Used.Contains(t) && place && LemmaIn(tree, t, element) && ModifiersMatch(tree, t, element, match))
            {
                return t;
            }
        }
        return -1;
    }

    private static bool Negated(SentenceTree tree, int trigger, PatternElement element)
    {
        foreach (var c in tree.Children(trigger))
        {
            if (tree.RelIs(c, "advmod") && element.Lemmas.Contains(tree.LowerForm(c)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The possessor of a plural noun when it names a group of states or sides ("the two countries' foreign ministers", "both sides'
    /// negotiators"), or -1; the binder binds it to the states and the matcher takes "between" such a phrase as both parties.
    /// </summary>
    internal static int StatesGroupPossessor(SentenceTree tree, int noun) =>
        tree.Pos.XposOf(noun) == "NNS" && tree.ChildExact(noun, "nmod:poss") is var owners and >= 0
        && tree.Lemma(owners).ToLowerInvariant() is "country" or "side" or "government" or "nation" or "neighbour" or "neighbor" or "state"
            ? owners : -1;

    /// <summary>"between the two countries' foreign ministers": a plural noun whose possessor is a group of two (two, both) states or sides.</summary>
    private static bool GroupOfTwoPossessor(SentenceTree tree, int slot)
    {
        if (StatesGroupPossessor(tree, slot) is not (var owners and >= 0))
        {
            return false;
        }
        foreach (var c in tree.Children(owners))
        {
            if (tree.LowerForm(c) is "two" or "both")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The thing a free relative of naming names: "condemned what she called a 'disproportionate use of force' against
    /// peaceful demonstrators", "condemned what a State Department spokesperson described as China's 'reckless' behaviour"
    /// are about the use of force and China's behaviour, not about "what" (no actor, and the event was lost). -1 otherwise.
    /// </summary>
    internal static int NamedByFreeRelative(SentenceTree tree, int slot)
    {
        if (slot < 0 || tree.Upos(slot) != Upos.PRON || tree.LowerForm(slot) != "what")
        {
            return -1;
        }
        foreach (var c in tree.Children(slot))
        {
            if (!tree.RelIs(c, "acl") || tree.Lemma(c).ToLowerInvariant() is not ("call" or "describe" or "term" or "label" or "dub" or "brand"
                or "characterize" or "characterise"))
            {
                continue;
            }
            foreach (var k in tree.Children(c))
            {
                if (tree.Upos(k) is Upos.NOUN or Upos.PROPN && (tree.RelIs(k, "xcomp") || tree.RelIs(k, "obl") && tree.HasMarker(k, "as") || tree.RelIs(k, "obj") && k > c))
                {
                    return k;
                }
            }
        }
        return -1;
    }

    private static void Assign(PatternMatch match, ElementKind kind, int token, string how)
    {
        if (kind == ElementKind.Source)
        {
            match.Source = token;
            match.SourceHow = how;
        }
        else
        {
            match.Target = token;
            match.TargetHow = how;
        }
    }

    /// <summary>True when the token's lemma (or lowercase form) is in the set.</summary>
    public static bool LemmaIn(SentenceTree tree, int t, PatternElement element)
    {
        if (element.Lemmas.Contains(tree.Lemma(t)))
        {
            return true;
        }
        var form = tree.LowerForm(t);
        return element.Lemmas.Contains(form) || (form.Length > 3 && form.EndsWith('s') && element.Lemmas.Contains(form[..^1]));
    }

    /// <summary>The first word of a phrase after its case marker and determiners: "economic" in "on economic issues".</summary>
    private static int FirstWord(SentenceTree tree, int head)
    {
        foreach (var c in tree.Children(head))
        {
            if (c > head)
            {
                break;
            }
            if (tree.RelIs(c, "case") || tree.RelIs(c, "det") || tree.RelIs(c, "punct"))
            {
                continue;
            }
            return tree.RelIs(c, "amod") || tree.RelIs(c, "compound") ? c : -1;
        }
        return head;
    }

    /// <summary>Inside the word's phrase, or a sibling of it ("did n't": both hang on the verb).</summary>
    private static bool InPhrase(SentenceTree tree, int head, int t) =>
        tree.IsAncestor(head, t) || (tree.Head(t) == tree.Head(head) && tree.Head(t) >= 0);

    private static bool ModifiersMatch(SentenceTree tree, int head, PatternElement element, PatternMatch match)
    {
        if (element.Contiguous && element.Modifiers.Count > 0)
        {
            // Closed phrase: the last modifier stands right before the head, the others before it in order, all
            // inside the head's phrase ("new global economic relations" is NEW &TIETYPES RELATIONS; "economic trade
            // relations" is not).
            var found = new List<int>();
            var at = head - 1;
            for (var k = element.Modifiers.Count - 1; k >= 0; k--)
            {
                while (at >= tree.First && k < element.Modifiers.Count - 1 && InPhrase(tree, head, at)
                    && !(element.Modifiers[k].Contains(tree.Lemma(at)) || element.Modifiers[k].Contains(tree.LowerForm(at))))
                {
                    at--;
                }
                if (at < tree.First || !InPhrase(tree, head, at) || !(element.Modifiers[k].Contains(tree.Lemma(at)) || element.Modifiers[k].Contains(tree.LowerForm(at))))
                {
                    return false;
                }
                found.Add(at);
                at--;
            }
            match.Used.AddRange(found);
            return true;
        }
        foreach (var modifier in element.Modifiers)
        {
            var found = -1;
            foreach (var c in tree.Children(head))
            {
                if ((tree.RelIs(c, "compound") || tree.RelIs(c, "amod") || tree.RelIs(c, "nmod") || tree.RelIs(c, "obl") || tree.RelIs(c, "advmod"))
                    && (modifier.Contains(tree.Lemma(c)) || modifier.Contains(tree.LowerForm(c))))
                {
                    found = c;
                    break;
                }
            }
            if (found < 0)
            {
                return false;
            }
            match.Used.Add(found);
        }
        return true;
    }

    /// <summary>A content word attached to any token matched so far (latest first), optionally with a marker.</summary>
    private static int FindWord(SentenceTree tree, PatternMatch match, PatternElement element, string? marker)
    {
        for (var k = match.Used.Count - 1; k >= 0; k--)
        {
            var anchor = match.Used[k];
            var found = FindWordUnder(tree, anchor, element, marker, match, depth: 0);
            if (found >= 0)
            {
                return found;
            }
        }
        return -1;
    }

    /// <summary>
    /// The dependent carries the pattern's marker. "to" and "that" may also be left out (an infinitive, a bare clause,
    /// a dative object), but not replaced: "goes into a war zone" is no "go to war" (the noun under another
    /// preposition, or a compound of another noun), "from reducing tensions" no "to reduce tension".
    /// </summary>
    private static bool MarkerMatches(SentenceTree tree, int c, string? marker)
    {
        if (marker is null)
        {
            // A word the pattern writes without a preposition is not the means of the act: "flying by helicopter to central
            // London" deploys no troops ("S &DEPLOY &TROOPS to T").
            return !tree.HasMarker(c, "by") && !tree.HasMarker(c, "via");
        }
        if (tree.HasMarker(c, marker))
        {
            return true;
        }
        if (marker is not ("to" or "that"))
        {
            return false;
        }
        if (tree.RelIs(c, "compound"))
        {
            return false;
        }
        foreach (var k in tree.Children(c))
        {
            if (tree.RelIs(k, "case") || tree.RelIs(k, "mark"))
            {
                return false; // "from reducing tensions" is no "to reduce tension"
            }
        }
        return true;
    }

    private static int FindWordUnder(SentenceTree tree, int anchor, PatternElement element, string? marker, PatternMatch match, int depth)
    {
        foreach (var c in tree.Children(anchor))
        {
            if (match.Used.Contains(c) || !IsContentRelation(tree, c) || (depth > 0 && OwnClause(tree, c))
                || tree.HasMarker(c, "according") // "killed about 1,400 people, according to Israeli officials" is no "S kill official"
                || tree.RelIs(c, "conj") && ClauseWithItsOwnSubject(tree, c) // "met ..., but the meeting ended": no "S meet end"
                // (nor a verb coordinated with a verb: "imposed tariffs ... and sanctioned Moraes" is no "S impose sanction")
                || depth == 0 && tree.RelIs(c, "conj") && tree.Upos(c) == Upos.VERB && anchor >= 0 && tree.Upos(anchor) == Upos.VERB && !LemmaIn(tree, anchor, element)
                || tree.RelIs(c, "advcl") && ClauseWithItsOwnSubject(tree, c) // "carried out airstrikes ..., a day after Iran struck": no "S carry out strike"
                || tree.RelIs(c, "conj") && ActorBinder.ReporterParsedAsConjunct(tree, c) // "killing 12 people, Ukrainian officials said"
                || tree.RelIs(c, "conj") && anchor >= 0 && (anchor == match.Target || anchor == match.Source)) // "sent troops and tanks": "tanks" is no "S &GIVE T &MILAID" with T "troops"
            {
                continue;
            }
            // A word the pattern writes without a preposition is not the event a time or cause phrase of the verb names:
            // "threatened to isolate Pakistan after the suicide attack" is no "S threaten suicide_attack".
            if (LemmaIn(tree, c, element) && MarkerMatches(tree, c, marker) && ModifiersMatch(tree, c, element, match)
                && !(tree.Upos(c) == Upos.VERB && NounSets.Contains(element.Text)) // "stopped shelling Gaza" is no "S &STOPV &MILAID" ("shell")
                // nor is the last word of a body's name money or aid ("the International Monetary Fund" is no &MONEY "fund";
                // a treaty's name is still a deal: "suspended the Indus Waters Treaty")
                && !(element.Text is "&MONEY" or "&AIDN" && tree.Upos(c) == Upos.PROPN && c - 1 >= tree.First && tree.Upos(c - 1) == Upos.PROPN)
                && !(marker is null && (PlacePhrase(tree, c) || tree.RelIs(c, "obl") && tree.HasAnyMarker(c, FramingMarkers)
                    || (tree.RelIs(c, "obl") || tree.RelIs(c, "nmod")) && tree.HasMarker(c, "from"))) // "seized the tanks from Tiyas airfield" is no "S seize &MILSITE"
                && !ParticipleInNounSlot(tree, c)
                // ("was canceling a protest planned against the government" is no "S cancel plan": a participle found by its lemma
                // is no noun of the pattern; "called the warrant politically motivated" writes its participle as it is)
                && !(tree.RelIs(c, "acl") && tree.Pos.XposOf(c) == "VBN" && !element.Lemmas.Contains(tree.LowerForm(c))))
            {
                return c;
            }
            if (marker is not null && tree.Upos(c) == Upos.PROPN && tree.HasMarker(c, marker) && !match.Used.Contains(c))
            {
                // "the sale of F-16 fighter jets" parsed with "F" as the head and "jets" as its flat dependent.
                foreach (var k in tree.Children(c))
                {
                    if (tree.RelIs(k, "flat") && !match.Used.Contains(k) && LemmaIn(tree, k, element) && ModifiersMatch(tree, k, element, match))
                    {
                        return k;
                    }
                }
            }
            if (element.PhraseInitial && element.Modifiers.Count == 0 && marker is not null && tree.HasMarker(c, marker) && FirstWord(tree, c) is var first and >= 0
                && first != c && LemmaIn(tree, first, element))
            {
                match.Used.Add(first);
                return c;
            }
        }
        if (depth == 0)
        {
            // Relaxation (§3.2): one level lower under an intervening gerund, light verb or conjunct.
            foreach (var c in tree.Children(anchor))
            {
                if (match.Used.Contains(c) || !(tree.RelIs(c, "xcomp") || tree.RelIs(c, "advcl") || tree.RelIs(c, "acl") || tree.RelIs(c, "conj") || tree.RelIs(c, "obl") || tree.RelIs(c, "nmod") || tree.RelIs(c, "obj"))
                    || ClauseWithItsOwnSubject(tree, c)
                    // A coordinated verb shares the anchor's object only when the anchor has none: "reduced interest rates
                    // and strengthened the International Monetary Fund" did not reduce the Fund ("cut and froze aid" did).
                    // (A coordinated infinitive, "to return their ambassadors ... and to begin talks", is another complement.)
                    || tree.RelIs(c, "conj") && tree.Upos(c) == Upos.VERB && tree.Upos(anchor) == Upos.VERB && tree.ChildExact(anchor, "obj") >= 0
                        && !tree.HasMarker(c, "to")
                    // A participle adjunct of a verb with an object of its own is another act: "staged a second day of exercises around
                    // Taiwan, simulating strikes on ports" is no "S stage strike" (a labour strike, 143, which then coded nothing).
                    || tree.RelIs(c, "advcl") && tree.Pos.XposOf(c) == "VBG" && tree.Upos(anchor) == Upos.VERB && tree.ChildExact(anchor, "obj") >= 0)
                {
                    continue;
                }
                var found = FindWordUnder(tree, c, element, marker, match, depth + 1);
                if (found >= 0)
                {
                    return found;
                }
            }
            // "a 30 percent tariff that Quito imposed on Colombian goods", "the sanctions that Washington imposed": in a relative
            // clause whose object is the relative pronoun (or left out), the object is the noun the clause describes.
            if (marker is null && tree.Rel(anchor) == "acl:relcl" && anchor == match.Trigger && tree.Head(anchor) is var antecedent and >= 0
                && !match.Used.Contains(antecedent) && tree.Upos(antecedent) == Upos.NOUN
                && tree.ChildExact(anchor, "nsubj") is var doer and >= 0 && tree.Upos(doer) != Upos.PRON // (not "the atrocities it has committed": whose "it" is a guess)
                && (tree.ChildExact(anchor, "obj") is var pronoun and >= 0 && tree.LowerForm(pronoun) is "that" or "which" || ObjectGapRelative(tree, anchor))
                && LemmaIn(tree, antecedent, element) && ModifiersMatch(tree, antecedent, element, match))
            {
                return antecedent;
            }
        }
        return -1;
    }

    /// <summary>Synonym sets of things (weapons, aid, troops, places): a verb with the same lemma is another word.</summary>
    private static readonly FrozenSet<string> NounSets = FrozenSet.ToFrozenSet(
        ["&MILAID", "&TROOPS", "&MILSITE", "&FACILITY", "&PRISONER", "&DIPLOMAT", "&EMBASSY", "&BOMBN", "&MISSILE", "&SHELLN", "&DEAL"],
        StringComparer.Ordinal); // (not the aid sets: "donated $100 million to help victims" is "S &GIVE &MONEY to &AIDN")

    /// <summary>
    /// A participle the parser hung where a noun goes (obj, obl, nmod) is no noun of a pattern: "based" in a misparsed
    /// "Somalia-based al-Shabab has been attacking" has the lemma "base" but is no "S attack base". Nor is a hyphenated
    /// participle modifier: "claimed victory as the Democratic Party-controlled House ..." is no "S claim control of T"
    /// ("abandon improved relations" is a pattern of its own).
    /// </summary>
    private static bool ParticipleInNounSlot(SentenceTree tree, int t) =>
        tree.Pos.XposOf(t) is "VBN" or "VBD" && (tree.RelIs(t, "obj") || tree.RelIs(t, "obl") || tree.RelIs(t, "nmod")
            || tree.RelIs(t, "amod") && t - 1 >= tree.First && tree.Pos.XposOf(t - 1) == "HYPH");

    /// <summary>Prepositions of time and circumstance: their phrase frames the event, it is never a word of its pattern.</summary>
    private static readonly string[] FramingMarkers = ["after", "before", "since", "during", "amid", "despite", "following", "until"];

    /// <summary>
    /// A verb heading a clause of its own ("bombarded the city, killing eight, state media reported"): the words of a
    /// pattern after the trigger belong to its phrase, so below an intervening word they are not looked for in
    /// another clause.
    /// </summary>
    /// <summary>
    /// A verb with a subject of its own is another clause, not an intervening gerund or light verb: "reopen the
    /// investigation after he was hauled out of the Embassy in London" is no "S reopen embassy in T".
    /// </summary>
    private static bool ClauseWithItsOwnSubject(SentenceTree tree, int t) =>
        tree.Upos(t) is Upos.VERB or Upos.AUX && (tree.ChildExact(t, "nsubj") >= 0 || tree.ChildExact(t, "nsubj:pass") >= 0);

    private static bool OwnClause(SentenceTree tree, int t) =>
        ClauseWithItsOwnSubject(tree, t)
        || tree.Upos(t) is Upos.VERB or Upos.AUX && (tree.RelIs(t, "xcomp") || tree.RelIs(t, "ccomp") || tree.RelIs(t, "advcl") || tree.RelIs(t, "parataxis"));

    // A place phrase ("attacked an inspector at the police station") fills no slot written without a preposition
    // ("S attack police_station"): the noun is where the act happened, not what it was done to.
    private static bool PlacePhrase(SentenceTree tree, int t) =>
        (tree.RelIs(t, "obl") || tree.RelIs(t, "nmod"))
        && (tree.HasMarker(t, "at") || tree.HasMarker(t, "near") || tree.HasMarker(t, "outside") || tree.HasMarker(t, "inside"));

    private static bool IsContentRelation(SentenceTree tree, int t)
    {
        var rel = tree.Rel(t).AsSpan();
        var colon = rel.IndexOf(':');
        return ContentRelationBases.Contains(colon < 0 ? rel : rel[..colon]) || rel.StartsWith("nsubj:pass", StringComparison.Ordinal);
    }

    /// <summary>An oblique or nominal modifier with the given case marker, under any matched token (latest first).</summary>
    /// <summary>Nouns of complex prepositions ("in response to", "in addition to", "with regard to"), whose phrase is no slot of the verb.</summary>
    private static readonly FrozenSet<string> ComplexPrepositionNouns = new[]
    {
        "response", "reaction", "reply", "retaliation", "addition", "contrast", "relation", "regard", "reference", "respect", "answer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a date or a time of day, which a place or target preposition never marks as a slot.</summary>
    private static readonly FrozenSet<string> TimeNouns = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
        "morning", "afternoon", "evening", "night", "weekend", "day", "week", "month", "year", "today", "tonight",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static int FindMarked(SentenceTree tree, PatternMatch match, string marker, bool relax = true)
    {
        var fronted = -1;
        for (var k = match.Used.Count - 1; k >= 0; k--)
        {
            foreach (var c in tree.Children(match.Used[k]))
            {
                if (match.Used.Contains(c))
                {
                    continue;
                }
                if ((tree.RelIs(c, "obl") || tree.RelIs(c, "nmod") || tree.RelIs(c, "advcl") || tree.RelIs(c, "acl") || tree.RelIs(c, "obj") || tree.RelIs(c, "iobj")) && tree.HasMarker(c, marker))
                {
                    if (marker is "on" or "in" or "at" && TimeNouns.Contains(tree.Lemma(c).ToLowerInvariant()))
                    {
                        continue; // "imposed sanctions on Monday on Iran's morality police": a date is no slot
                    }
                    if (c < match.Trigger && marker is "in" or "at" or "on")
                    {
                        fronted = fronted < 0 ? c : fronted; // "On Tuesday, President Bush called on Beijing to return the crew": the later "on"
                        continue;
                    }
                    return c;
                }
            }
        }
        if (fronted >= 0)
        {
            return fronted;
        }
        // Relaxation (§3.2): the phrase may hang one level lower, on an object or oblique of a matched
        // word ("celebrated Eid at Osgiliath with Gondor" parsed with "with Gondor" under "Osgiliath").
        for (var k = relax ? match.Used.Count - 1 : -1; k >= 0; k--)
        {
            foreach (var c in tree.Children(match.Used[k]))
            {
                // (Also on the last of coordinated nouns: "sent 35 aircraft and nine ships toward Taiwan" parsed with "toward
                // Taiwan" under "ships"; the phrase after a coordination is read as the whole coordination's.)
                if (match.Used.Contains(c) || !(tree.RelIs(c, "obl") || tree.RelIs(c, "nmod") || tree.RelIs(c, "obj")
                    || tree.RelIs(c, "conj") && tree.Upos(match.Used[k]) is Upos.NOUN or Upos.PROPN && tree.Upos(c) is Upos.NOUN or Upos.PROPN))
                {
                    continue;
                }
                if (MeasureNouns.Contains(tree.Lemma(c).ToLowerInvariant()))
                {
                    continue; // "voted on sanctions against Cuba": the phrase is the measure's argument, not the vote's
                }
                if ((tree.HasMarker(c, "in") || tree.HasMarker(c, "with")) && ComplexPrepositionNouns.Contains(tree.Lemma(c)))
                {
                    continue; // "dispatched aircraft in response to Chinese military activity": no "to T" of the dispatch
                }
                if (OtherSlotMarker(tree, match, c, marker))
                {
                    continue; // "a meeting with heads of companies" for "meeting of S with T": the of-phrase is inside the with-slot
                }
                if (marker == "of" && match.Used[k] != match.Trigger && tree.Upos(match.Used[k]) == Upos.VERB && tree.RelIs(c, "obj"))
                {
                    // "demanded that Russia release the mayor of Melitopol" for "S demand release of T": the pattern's noun
                    // was matched as a verb, and the of-phrase inside its object belongs to that object.
                    continue;
                }
                foreach (var g in tree.Children(c))
                {
                    if (!match.Used.Contains(g) && (tree.RelIs(g, "nmod") || tree.RelIs(g, "obl")) && tree.HasMarker(g, marker))
                    {
                        return g;
                    }
                    // "extradited a senior commander of a FARC dissident faction to the United States": the destination hung on the
                    // person's of-phrase, one level lower still (the person was the partner in judicial cooperation).
                    if (marker == "to" && tree.RelIs(c, "obj") && tree.RelIs(g, "nmod") && tree.HasMarker(g, "of")
                        && tree.Lemma(match.Trigger).ToLowerInvariant() is "extradite" or "deport" or "transfer" or "repatriate")
                    {
                        foreach (var d in tree.Children(g))
                        {
                            if (!match.Used.Contains(d) && tree.RelIs(d, "nmod") && tree.HasMarker(d, "to"))
                            {
                                return d;
                            }
                        }
                    }
                }
            }
        }
        // "Heavy fighting erupted in Khartoum between the army and the RSF", "talks took place between X and Y": the event
        // noun is the subject of a verb of occurring, which takes the noun's phrases.
        if (match.Pattern.Nominal && tree.RelIs(match.Trigger, "nsubj") && tree.Head(match.Trigger) is var happen and >= 0
            && OccurrenceVerbs.Contains(tree.Lemma(happen).ToLowerInvariant()))
        {
            foreach (var c in tree.Children(happen))
            {
                if (!match.Used.Contains(c) && tree.RelIs(c, "obl") && tree.HasMarker(c, marker))
                {
                    return c;
                }
            }
        }
        return -1;
    }

    /// <summary>A noun with two coordinated modifiers: "Indian and Pakistani troops", "Russian and Ukrainian officials".</summary>
    private static bool CoordinatedModifiers(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if ((tree.RelIs(c, "amod") || tree.RelIs(c, "compound")) && tree.Child(c, "conj") >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs of occurring whose subject is an event noun: "fighting erupted", "talks took place".</summary>
    internal static readonly HashSet<string> OccurrenceVerbs = new(StringComparer.Ordinal)
    {
        "erupt", "break", "flare", "rage", "continue", "resume", "intensify", "escalate", "occur", "happen", "take", "begin", "start",
        "spread", "persist", "ensue", "end", "open", "close", "conclude",
    };

    /// <summary>The phrase is introduced by another marker of the pattern that fills a slot ("with T"): what hangs inside it is not this slot.</summary>
    private static bool OtherSlotMarker(SentenceTree tree, PatternMatch match, int phrase, string marker)
    {
        var elements = match.Pattern.Elements;
        for (var i = 0; i + 1 < elements.Count; i++)
        {
            if (elements[i].Kind == ElementKind.Marker && elements[i].Text != marker && elements[i + 1].Kind is ElementKind.Source or ElementKind.Target
                && tree.HasMarker(phrase, elements[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns naming a measure or action that takes its own target ("sanctions against", "a resolution on").</summary>
    private static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
    {
        "measure", "sanction", "resolution", "motion", "bill", "legislation", "law", "tariff", "action", "step", "charge", "case", "lawsuit",
        "complaint", "embargo", "ban", "restriction", "war", "campaign", "attack", "strike", "offensive", "operation", "proposal", "plan", "amendment",
    };

    /// <summary>
    /// The verb's particle: parsed as such (<see cref="ParticleOf"/>), or the word right after the verb, whatever it was
    /// attached to ("cordoned off the roads" with "off" read as the preposition of "roads").
    /// </summary>
    private static int VerbParticle(SentenceTree tree, int verb, string marker)
    {
        var particle = ParticleOf(tree, verb, marker);
        if (particle >= 0)
        {
            return particle;
        }
        if (verb + 1 < tree.End && tree.LowerForm(verb + 1) == marker)
        {
            return verb + 1;
        }
        // "pushed Georgian forces out of the region": "out of" after the object, parsed as the oblique's two prepositions.
        foreach (var c in tree.Children(verb))
        {
            if (!tree.RelIs(c, "obl"))
            {
                continue;
            }
            foreach (var k in tree.Children(c))
            {
                if (tree.RelIs(k, "case") && tree.LowerForm(k) == marker && k + 1 < tree.End && tree.LowerForm(k + 1) == "of" && tree.RelIs(k + 1, "case"))
                {
                    return k;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// The word right after the verb is the pattern's particle ("down") but was parsed as the preposition of an oblique of
    /// the verb ("shot | down a plane"): that token and the oblique, or (-1, -1).
    /// </summary>
    private static (int Particle, int Phrase) ParticleParsedAsPreposition(SentenceTree tree, int verb, PatternElement element)
    {
        var next = verb + 1;
        if (next >= tree.End || !VerbParticles.Contains(tree.LowerForm(next)) || !element.Lemmas.Contains(tree.LowerForm(next))
            || !tree.RelIs(next, "case") || tree.Head(next) is not (var phrase and >= 0) || tree.Head(phrase) != verb || !tree.RelIs(phrase, "obl"))
        {
            return (-1, -1);
        }
        return (next, phrase);
    }

    /// <summary>"demanded that he step down" parsed with the that-clause as an adjunct (not "so that", "now that", "given that").</summary>
    /// <summary>
    /// A clause the parser made a complement that opens with a subordinator of time or cause: "who took over after a court
    /// removed Yingluck" is no takeover of the court.
    /// </summary>
    private static bool AdverbialMarked(SentenceTree tree, int clause) =>
        tree.ChildExact(clause, "mark") is var mark and >= 0
        && tree.LowerForm(mark) is "after" or "before" or "since" or "until" or "when" or "while" or "because" or "as" or "once" or "although" or "though";

    /// <summary>The clausal complement of <paramref name="verb"/> with "that" or no subordinator, or -1.</summary>
    private static int ThatClause(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "ccomp") && (tree.HasMarker(c, "that") || tree.Child(c, "mark") < 0) || ThatClauseReadAsAdjunct(tree, c))
            {
                return c;
            }
        }
        return -1;
    }

    private static bool ThatClauseReadAsAdjunct(SentenceTree tree, int clause) =>
        tree.RelIs(clause, "advcl") && tree.HasMarker(clause, "that") && !tree.HasMarker(clause, "so") && !tree.HasMarker(clause, "now")
        && !tree.HasMarker(clause, "given") && !tree.HasMarker(clause, "such");

    /// <summary>Words that end a phrasal verb and are seldom a preposition at the end of a pattern ("S step down").</summary>
    private static readonly HashSet<string> VerbParticles = new(StringComparer.Ordinal) { "up", "down", "out", "off", "back", "away", "aside" };

    /// <summary>The particle child of <paramref name="verb"/> written <paramref name="marker"/> (<c>compound:prt</c>, or an adverb), or -1.</summary>
    private static int ParticleOf(SentenceTree tree, int verb, string marker)
    {
        foreach (var c in tree.Children(verb))
        {
            if ((tree.RelIs(c, "compound:prt") || (tree.RelIs(c, "advmod") && tree.Upos(c) is Upos.ADV or Upos.ADP)) && tree.LowerForm(c) == marker)
            {
                return c;
            }
        }
        return -1;
    }

    private static bool AnyMarked(SentenceTree tree, PatternMatch match, string marker)
    {
        foreach (var t in match.Used)
        {
            foreach (var c in tree.Children(t))
            {
                if (tree.HasMarker(c, marker) || (tree.RelIs(c, "compound:prt") && tree.LowerForm(c) == marker))
                {
                    return true;
                }
                if (marker == "that" && tree.RelIs(c, "ccomp"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "rebels ... escape to Cameroon when attacked by government forces": a passive participle clause with a
    /// subordinator and no subject of its own is about the subject of the clause it hangs on. Returns that subject, or -1.
    /// </summary>
    private static int ReducedPassiveClauseSubject(SentenceTree tree, int verb)
    {
        if (!tree.RelIs(verb, "advcl") || tree.Pos.XposOf(verb) != "VBN" || tree.Child(verb, "nsubj") >= 0 || tree.Child(verb, "aux") >= 0
            || tree.Child(verb, "obj") >= 0
            || tree.Head(verb) is not (var governing and >= 0))
        {
            return -1;
        }
        foreach (var c in tree.Children(verb))
        {
            // The parser attaches "when" as advmod, "if" and "once" as mark.
            if ((tree.RelIs(c, "mark") || tree.RelIs(c, "advmod")) && c < verb && ReducedClauseSubordinators.Contains(tree.LowerForm(c)))
            {
                var (subject, _) = Subject(tree, governing);
                return subject;
            }
        }
        return -1;
    }

    private static readonly FrozenSet<string> ReducedClauseSubordinators =
        FrozenSet.ToFrozenSet(["when", "whenever", "if", "once", "unless", "until", "while", "after", "before"], StringComparer.Ordinal);

    /// <summary>A relative clause with its own subject, no relative pronoun, no object and no clause of its own ("they had abducted").</summary>
    private static bool ObjectGapRelative(SentenceTree tree, int verb)
    {
        var subject = tree.Child(verb, "nsubj");
        if (tree.Upos(verb) != Upos.VERB || subject < 0 || tree.LowerForm(subject) is "that" or "which" or "who")
        {
            return false;
        }
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "obj") || tree.RelIs(c, "iobj") || tree.RelIs(c, "ccomp") || tree.RelIs(c, "xcomp") || tree.RelIs(c, "obl") && c < verb
                || tree.LowerForm(c) is "that" or "which" or "who" or "whom" or "whose" or "where" or "when" or "why")
            {
                return false;
            }
        }
        return true;
    }

    private static int DirectObject(SentenceTree tree, int anchor, bool passive, out string how)
    {
        if (passive)
        {
            var subject = tree.ChildExact(anchor, "nsubj:pass");
            if (subject >= 0)
            {
                how = "nsubj:pass";
                return subject;
            }
            // A reduced passive the parser gave an active subject ("Four Frenchmen kidnapped by AQIM ... were freed").
            subject = tree.ChildExact(anchor, "nsubj");
            // (Any participle without an auxiliary, wider than the reduced passive SentenceTree.IsPassive looks for: the narrower
            // test lost "the homes of party leaders surrounded by security forces" and "Units ..., supported by the Turkish Armed
            // Forces, took control", whose by-phrases the parser marked as agents.)
            if (subject >= 0 && tree.Child(anchor, "aux:pass") < 0 && tree.Pos.XposOf(anchor) == "VBN" && tree.Child(anchor, "aux") < 0)
            {
                how = "nsubj of a reduced passive";
                return subject;
            }
        }
        foreach (var rel in new[] { "obj", "iobj" })
        {
            var c = tree.Child(anchor, rel);
            if (c >= 0)
            {
                how = rel;
                return c;
            }
        }
        if (ReducedPassiveClauseSubject(tree, anchor) is var governed and >= 0)
        {
            how = "subject of the clause a reduced passive clause hangs on";
            return governed;
        }
        if (!passive && SubjectReadAsPrepositionalObject(tree, anchor) >= 0)
        {
            how = "nsubj after the verb (its subordinator read as a preposition)";
            return tree.ChildExact(anchor, "nsubj");
        }
        if (tree.Rel(anchor) == "acl" && tree.Pos.XposOf(anchor) == "VBN" && tree.Head(anchor) is var patient and >= 0)
        {
            // "soldiers, supported by local militias": the participle's noun is its object.
            how = "noun modified by a past participle";
            return patient;
        }
        if (!passive && tree.Rel(anchor) == "acl:relcl" && tree.Head(anchor) is var antecedent and >= 0 && ObjectGapRelative(tree, anchor))
        {
            // "the 110 schoolgirls they had abducted", "the ambassador Russia expelled": a relative clause with no relative
            // pronoun and a subject of its own lacks its object, which is the noun it describes.
            how = "noun of a relative clause without its object";
            return antecedent;
        }
        // "considers Russian a key partner" is often parsed with the object as an xcomp.
        foreach (var c in tree.Children(anchor))
        {
            if (tree.RelIs(c, "xcomp") && tree.Upos(c) is Upos.PROPN or Upos.NOUN or Upos.ADJ or Upos.PRON)
            {
                how = "xcomp (secondary predicate)";
                return c;
            }
        }
        // "S demand T withdraw": the subject of the clausal complement — for verbs that direct or warn someone; what
        // someone denies, rejects or says ("denied that its troops attacked") is about its subject, not addressed to it.
        foreach (var c in tree.Children(anchor))
        {
            if (!NotAddressedToClauseSubject.Contains(tree.Lemma(anchor).ToLowerInvariant()) && Forecast(tree, c))
            {
                // "Putin warned that Russia would develop missiles if the United States left the pact": a warning of what
                // will follow a condition is addressed to whoever would fulfil it, unless the warned act names its own
                // target ("warned that it could cut trade with Russia if ..." is that threat, coded on its own).
                if (NamesItsOwnTarget(tree, c))
                {
                    continue;
                }
                var (first, last) = tree.SubtreeTokens(c);
                for (var a = first; a <= last; a++)
                {
                    // (An if-clause the parser read as a complement, "would respond if the United States left", is one too.)
                    if (a != c && tree.IsAncestor(c, a) && (tree.RelIs(a, "advcl") || tree.RelIs(a, "ccomp")) && (tree.HasMarker(a, "if") || tree.HasMarker(a, "unless"))
                        && tree.ChildExact(a, "nsubj") is var conditioned and >= 0 // (not "if force was used": a thing used)
                        && (tree.Upos(conditioned) == Upos.PROPN || ConditionedAgents.Contains(tree.Lemma(conditioned).ToLowerInvariant())))
                    {
                        how = "nsubj of the condition of the ccomp";
                        return conditioned;
                    }
                }
                continue;
            }
            if ((tree.RelIs(c, "ccomp") && !AdverbialMarked(tree, c) || tree.RelIs(c, "xcomp") || ThatClauseReadAsAdjunct(tree, c))
                && !NotAddressedToClauseSubject.Contains(tree.Lemma(anchor).ToLowerInvariant())
                && !(tree.RelIs(c, "ccomp") && tree.Lemma(anchor).ToLowerInvariant() is "warn" or "caution" && !HasModal(tree, c))
                // ("insisted that Armenia amend its constitution" directs Armenia; "insisted that Russia was behind it" claims.)
                && !(tree.Lemma(anchor).ToLowerInvariant() == "insist" && !Directive(tree, c)))
            {
                // (A warning addresses the subject of what would or must happen: "warned that Russia would pay a heavy price".
                // "The World Food Program warned that millions of Sudanese faced famine" tells of them; it warns no one.)
                var subject = tree.Child(c, "nsubj");
                if (subject >= 0 && tree.Rel(subject) == "nsubj:pass" && tree.LowerForm(subject) is "it" or "this" or "that")
                {
                    // "called the attack a mistake and demanded that it be halted": a thing to be halted is not who is asked to
                    // halt it ("demanded that she be brought back" is still about her).
                    continue;
                }
                if (subject >= 0)
                {
                    how = "nsubj of " + tree.Rel(c);
                    return subject;
                }
            }
        }
        how = "";
        return -1;
    }

    /// <summary>
    /// A clause that says what its subject will or could do is about that subject, not addressed to it: "the US warned that
    /// Russia would attack Ukraine" warns no Russian. What the subject would suffer is still a warning to it ("warned that
    /// Russia would pay a heavy price"), and "must" or "should" direct it.
    /// </summary>
    private static bool Forecast(SentenceTree tree, int clause)
    {
        // (Also a that-clause the parser hung as an adjunct: "warned, however, that Russia would respond ... if Georgia attacked".)
        if (!(tree.RelIs(clause, "ccomp") || ThatClauseReadAsAdjunct(tree, clause))
            || tree.Lemma(clause).ToLowerInvariant() is "face" or "pay" or "suffer" or "regret" or "bear" or "receive" or "get")
        {
            return false;
        }
        foreach (var c in tree.Children(clause))
        {
            if (tree.RelIs(c, "aux") && tree.LowerForm(c) is "will" or "would" or "'ll" or "'d" or "could" or "might" or "may" or "can" or "shall")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The clause has a modal or future auxiliary ("would pay", "must leave", "will face").</summary>
    /// <summary>A clause that says what must be done: a subjunctive ("that Armenia amend") or "must", "should".</summary>
    private static bool Directive(SentenceTree tree, int clause)
    {
        // (A present-tense form after a singular subject is the subjunctive too: "insisted that Canada release Meng".)
        if (tree.Child(clause, "aux") < 0 && tree.Child(clause, "nsubj") is var subject and >= 0
            && (tree.Pos.XposOf(clause) == "VB" || tree.Pos.XposOf(clause) == "VBP" && tree.Pos.XposOf(subject) is "NN" or "NNP"))
        {
            return true;
        }
        foreach (var c in tree.Children(clause))
        {
            if (tree.RelIs(c, "aux") && tree.LowerForm(c) is "must" or "should")
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasModal(SentenceTree tree, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            if (tree.RelIs(c, "aux") && tree.Pos.XposOf(c) == "MD")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Who can fulfil a condition, besides names ("if the Hong Kong situation becomes uncontrollable" names nobody).</summary>
    private static readonly HashSet<string> ConditionedAgents = new(StringComparer.Ordinal)
    {
        "government", "regime", "force", "troop", "army", "military", "navy", "militant", "rebel", "leader", "authority", "country", "state", "ally",
    };

    private static bool NamesItsOwnTarget(SentenceTree tree, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            if ((tree.RelIs(c, "obj") || tree.RelIs(c, "obl") || tree.RelIs(c, "iobj")) && tree.Upos(c) == Upos.PROPN)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> NotAddressedToClauseSubject = new(StringComparer.Ordinal)
    {
        "deny", "dismiss", "refute", "admit", "acknowledge", "confirm", "say", "claim", "announce", "report", "note", "believe", "think",
    };

    /// <summary>
    /// A bare past participle after a verb of witnessing or leaving, its "subject" being what it happened to: "saw 120
    /// soldiers killed", "left dozens wounded" (the parser makes the participle a conjunct or complement of that verb).
    /// </summary>
    private static bool SeenSuffering(SentenceTree tree, int verb)
    {
        if (tree.Pos.XposOf(verb) != "VBN" || tree.Child(verb, "aux") >= 0 || tree.Child(verb, "aux:pass") >= 0 || tree.Head(verb) is not (var head and >= 0))
        {
            return false;
        }
        var rel = tree.Rel(verb);
        return (rel.StartsWith("conj", StringComparison.Ordinal) || rel.StartsWith("xcomp", StringComparison.Ordinal) || rel.StartsWith("ccomp", StringComparison.Ordinal))
            && tree.Lemma(head).ToLowerInvariant() is "see" or "watch" or "witness" or "leave" or "find" or "get" or "have";
    }

    /// <summary>
    /// "… than before Russia invaded Ukraine" parsed as "before Russia" (a prepositional phrase) with "Ukraine" as the
    /// subject: a finite active verb with no object, its nsubj after it, and right before it a noun introduced by a
    /// subordinator read as a preposition. Returns that noun (the real subject; the nsubj is then the object), or -1.
    /// </summary>
    private static int SubjectReadAsPrepositionalObject(SentenceTree tree, int verb)
    {
        var before = verb - 1;
        if (before < tree.First || tree.Pos.XposOf(verb) is not ("VBD" or "VBZ" or "VBP") || tree.Child(verb, "obj") >= 0
            || tree.ChildExact(verb, "nsubj") is not (var subject and > 0) || subject < verb || tree.Head(before) == verb
            || tree.Upos(before) is not (Upos.PROPN or Upos.NOUN) || !(tree.RelIs(before, "obl") || tree.RelIs(before, "nmod")))
        {
            return -1;
        }
        foreach (var marker in SubordinatorsReadAsPrepositions)
        {
            if (tree.HasMarker(before, marker))
            {
                return before;
            }
        }
        return -1;
    }

    private static readonly string[] SubordinatorsReadAsPrepositions = ["before", "after", "since", "until", "till"];

    /// <summary>
    /// "Israel struck Gaza on Monday and Hamas fired rockets at Tel Aviv", "swept into the capital on Sunday and President
    /// Ashraf Ghani fled the country": a name right before a finite verb with no subject, read as a conjunct of the noun
    /// before it (the day), is the verb's subject (Hamas's rockets were Israel's, Ghani's flight the Taliban's). The name's
    /// head token, or -1.
    /// </summary>
    private static int NameConjoinedBeforeVerb(SentenceTree tree, int verb)
    {
        var last = verb - 1;
        if (last < tree.First || tree.Pos.XposOf(verb) is not ("VBD" or "VBZ" or "VBP") || tree.Upos(last) != Upos.PROPN)
        {
            return -1;
        }
        var name = tree.RelIs(last, "flat") || tree.RelIs(last, "compound") ? tree.Head(last) : last;
        if (name < 0 || name > last || !tree.RelIs(name, "conj") || tree.Head(name) is not (var first and >= 0)
            || tree.Upos(first) is not (Upos.NOUN or Upos.PROPN) || tree.Child(name, "cc") < 0)
        {
            return -1;
        }
        return name;
    }

    /// <summary>
    /// "a compromise reached only after Russia and China backed Iran's demand" parsed as "after Russia and China" (an
    /// adjunct of "reached") and "backed" with no subject: the nouns right before a finite verb that has none, introduced by
    /// a subordinator read as a preposition, are its subject. The first of them, or -1.
    /// </summary>
    private static int SubjectlessAfterSubordinator(SentenceTree tree, int verb)
    {
        var before = verb - 1;
        if (before < tree.First || tree.Pos.XposOf(verb) is not ("VBD" or "VBZ" or "VBP") || tree.Upos(before) is not (Upos.PROPN or Upos.NOUN)
            || tree.Head(before) == verb)
        {
            return -1;
        }
        var first = tree.RelIs(before, "conj") && tree.Head(before) is var conjoined and >= 0 ? conjoined : before;
        if (tree.Head(first) == verb || !(tree.RelIs(first, "obl") || tree.RelIs(first, "nmod")))
        {
            return -1;
        }
        foreach (var marker in SubordinatorsReadAsPrepositions)
        {
            if (tree.HasMarker(first, marker))
            {
                return first;
            }
        }
        // (Also "as" when the parser hung its noun on another noun: "detained by police later in the day as the country swore in
        // its first female president"; "special forces disguised as medical workers shot" keeps the forces.)
        return tree.HasMarker(first, "as") && tree.Head(first) is var host and >= 0 && tree.Upos(host) is Upos.NOUN or Upos.PROPN ? first : -1;
    }

    /// <summary>Verbs whose subject is the author of the text they take ("Hungary blocked a European Union statement condemning ..." is not Hungary's).</summary>
    private static readonly HashSet<string> IssuingVerbs = new(StringComparer.Ordinal)
    {
        "adopt", "issue", "release", "pass", "publish", "approve", "sign", "send", "deliver", "unveil", "present", "table", "draft",
        "circulate", "put", "make", "write", "post",
    };

    /// <summary>A proper name compounded with the event noun, before it and not the target ("U.S. sanctions"), or -1.</summary>
    private static int NameBeforeEventNoun(SentenceTree tree, int noun, int target)
    {
        foreach (var c in tree.Children(noun))
        {
            // (Not a name before a hyphen: "U.S.-brokered negotiations with Israel", "African Union-led talks" are others' talks.)
            if (c < noun && c != target && (tree.RelIs(c, "compound") || tree.RelIs(c, "amod")) && tree.Upos(c) == Upos.PROPN
                && !(c + 1 < tree.End && tree.LowerForm(c + 1).StartsWith('-')))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The text noun names no author of its own (no possessor or name before it: "a European Union statement").</summary>
    private static bool NamesNoAuthor(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if (tree.Rel(c) == "nmod:poss" || (tree.RelIs(c, "compound") || tree.RelIs(c, "amod")) && tree.Upos(c) == Upos.PROPN)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Findings that speak for their author, besides the <see cref="DocumentNouns"/>.</summary>
    private static readonly HashSet<string> FindingNouns = new(StringComparer.Ordinal)
    {
        "assessment", "study", "survey", "findings", "review", "audit", "analysis", "dossier", "memo", "memorandum", "document", "paper",
    };

    /// <summary>
    /// The author a text or finding names in a by-phrase, its own ("a report by Amnesty") or its participle's ("the report, released by
    /// the mission"); -1 if none.
    /// </summary>
    private static int ReportAuthor(SentenceTree tree, int noun)
    {
        var lemma = tree.Lemma(noun).ToLowerInvariant();
        if (!DocumentNouns.Contains(lemma) && !FindingNouns.Contains(lemma))
        {
            return -1;
        }
        foreach (var c in tree.Children(noun))
        {
            if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "by") && tree.Upos(c) is Upos.PROPN or Upos.NOUN)
            {
                return c;
            }
            if (tree.Rel(c) == "acl" && tree.Pos.XposOf(c) == "VBN")
            {
                foreach (var g in tree.Children(c))
                {
                    if ((tree.Rel(g) == "obl:agent" || tree.RelIs(g, "obl") && tree.HasMarker(g, "by")) && tree.Upos(g) is Upos.PROPN or Upos.NOUN)
                    {
                        return g;
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>Texts that say what their author says: "a resolution calling on", "a statement condemning".</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "resolution", "statement", "declaration", "communique", "communiqué", "letter", "motion", "decree", "note", "message",
        "bill", "law", "order", "report",
    };

    /// <summary>
    /// For a participle after a comma ("..., killing 230 people") hung on a verb before it: the weapon or attack that is the
    /// subject (or, for a participle clause on a noun, the head) of a nearer verb between the two; -1 if none.
    /// </summary>
    private static int WeaponClauseBefore(SentenceTree tree, int verb)
    {
        if (!tree.RelIs(verb, "advcl") || tree.Pos.XposOf(verb) != "VBG" || verb - 1 < tree.First || tree.LowerForm(verb - 1) != ","
            || tree.Head(verb) is not (var head and >= 0) || head > verb)
        {
            return -1;
        }
        for (var t = verb - 2; t > head; t--)
        {
            if (tree.Upos(t) != Upos.VERB)
            {
                continue;
            }
            // (its subject, the noun a participle clause hangs on, or the noun right before it: "a truck bomb ripped through")
            foreach (var doer in (ReadOnlySpan<int>)[tree.ChildExact(t, "nsubj"), tree.RelIs(t, "acl") ? tree.Head(t) : -1, tree.Upos(t - 1) == Upos.NOUN ? t - 1 : -1])
            {
                if (doer >= 0 && WeaponNouns.Contains(tree.Lemma(doer).ToLowerInvariant()))
                {
                    return doer;
                }
            }
        }
        return -1;
    }

    private static readonly HashSet<string> WeaponNouns =
    [
        "bomb", "blast", "explosion", "explosive", "device", "missile", "rocket", "shell", "drone", "mine", "grenade", "attack", "strike",
        "bombing", "airstrike", "barrage", "fire", "shelling",
    ];

    /// <summary>The subject of a verb, following UD propagation for xcomp, conj, relative clauses and advcl.</summary>
    public static (int Token, string How) Subject(SentenceTree tree, int verb)
    {
        var first = verb;
        var viaXcomp = false;
        var viaPurpose = false;
        var viaForGerund = false;
        var activeConjunct = false;
        for (var hops = 0; verb >= 0 && hops < 6; hops++)
        {
            var subject = tree.ChildExact(verb, "nsubj");
            if (subject < 0)
            {
                subject = tree.Child(verb, "nsubj");
            }
            if (subject >= 0 && hops == 0 && SeenSuffering(tree, verb))
            {
                return (-1, ""); // "fighting that saw 120 soldiers and a general killed": the soldiers did not kill
            }
            if (subject < 0 && hops == 0 && ReducedPassiveClauseSubject(tree, verb) >= 0)
            {
                // "after a Brazilian and a Dutchman were among six drug convicts executed shortly after midnight": a passive
                // participle clause is done by its by-phrase, if any, not by the subject of the sentence ("Brazil and the
                // Netherlands recalled their ambassadors").
                return Agent(tree, verb);
            }
            if (subject > verb && hops == 0 && SubjectReadAsPrepositionalObject(tree, verb) is var before and >= 0)
            {
                return (before, "noun before the verb (its subordinator read as a preposition)");
            }
            if (subject < 0 && hops == 0 && SubjectlessAfterSubordinator(tree, verb) is var stranded and >= 0)
            {
                return (stranded, "noun before the verb (its subordinator read as a preposition)");
            }
            if (subject < 0 && hops == 0 && NameConjoinedBeforeVerb(tree, verb) is var conjoined and >= 0)
            {
                return (conjoined, "name before the verb (read as a conjunct of the clause before)");
            }
            if (hops == 0 && subject < 0 && WeaponClauseBefore(tree, verb) is var weapon and >= 0)
            {
                // "declared three days of mourning after a massive truck bomb ripped through a busy junction, killing more than 230
                // people": the parser hung the participle on the main verb, but the bomb killed (the president did not).
                return (weapon, "subject of the nearer clause before the participle");
            }
            if (subject >= 0 && hops == 0 && tree.Rel(subject) != "nsubj:pass" && ReportAuthor(tree, subject) is var reportAuthor and >= 0)
            {
                // "A report by Amnesty International accused the military", "The report, released on Monday by the Fact-Finding
                // Mission, accused": what a report says, its author says (the report itself is no actor).
                return (reportAuthor, "author of the " + tree.LowerForm(subject) + " (by-phrase)");
            }
            if (subject >= 0 && tree.Rel(subject) != "nsubj:pass" && hops > 0 && tree.Pos.XposOf(verb) == "VBN" && tree.Pos.XposOf(first) == "VBN"
                && tree.Child(verb, "cop") is var be and >= 0 && tree.Lemma(be) == "be")
            {
                // "several rebels were either neutralized or captured", the passive parsed as a copula: the rebels were captured,
                // they captured no one.
                return (-1, "");
            }
            if (subject >= 0 && tree.Rel(subject) != "nsubj:pass")
            {
                return (subject, hops == 0 ? "nsubj" : "nsubj (propagated)");
            }
            if (subject >= 0 && viaForGerund)
            {
                // "were deported by Mexican authorities for illegally entering the country": who is punished for an act did it.
                return (subject, "nsubj:pass of the verb punishing the gerund");
            }
            if (subject >= 0 && viaXcomp && !RaisingLemmas.Contains(tree.Lemma(verb)))
            {
                // "Gollum was seen to break into", "the troops were ordered to withdraw": the passive subject of the
                // governing verb controls its infinitive ("is expected to discuss upgrading" is a forecast, not an act).
                return (subject, "nsubj:pass controller of xcomp");
            }
            if (subject >= 0 && activeConjunct)
            {
                // "Australia said it was appalled by the sentence and summoned China's ambassador", "the convoy was attacked
                // and fired back": an active verb coordinated to a passive one shares its passive subject, not its agent.
                return (subject, "nsubj:pass shared by an active conjunct");
            }
            if (subject >= 0)
            {
                // A passive head verb: its agent is the logical subject.
                var agent = Agent(tree, verb);
                return agent.Token >= 0 ? agent : (-1, "");
            }
            var rel = tree.Rel(verb);
            var head = tree.Head(verb);
            if (head < 0)
            {
                break;
            }
            if (hops == 0 && SpeechOfSecondVerb(tree, verb) is var speech and >= 0)
            {
                // "The Kremlin said the strikes targeted military facilities and accused Kyiv of ...": strikes accuse nobody;
                // the parser put the speaker's second verb in the reported clause.
                verb = speech;
                continue;
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && tree.HasMarker(verb, "as") && tree.Lemma(head).ToLowerInvariant() is "quote" or "cite"
                && tree.ChildExact(head, "nsubj:pass") is var quoted and >= 0)
            {
                // "Chavez was quoted by local media as thanking Washington": the one quoted thanked, not the media.
                return (quoted, "nsubj:pass of 'quoted as'");
            }
            activeConjunct = hops == 0 && rel.StartsWith("conj", StringComparison.Ordinal) && tree.Pos.XposOf(verb) is "VBD" or "VBZ" or "VBP"
                && tree.Child(verb, "aux:pass") < 0 && tree.Pos.XposOf(head) == "VBN" && tree.Child(head, "aux:pass") >= 0;
            // (A bare -ing adjunct: no subordinator of its own, a word before it.)
            var bareParticiple = rel.StartsWith("advcl", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && tree.Child(verb, "mark") < 0 && verb - 1 >= tree.First;
            if (bareParticiple && tree.Head(verb - 1) == head && tree.RelIs(verb - 1, "obl") && tree.HasMarker(verb - 1, "by") && tree.Upos(verb - 1) is Upos.NOUN or Upos.PROPN)
            {
                // "angered by a Turkish court ruling to continue to imprison him": the agent noun right before the
                // gerund is its subject (the parser split "court ruling"); the angered subject does not rule.
                return (verb - 1, "noun before a gerund");
            }
            if (bareParticiple && tree.LowerForm(verb - 1) == "," && tree.Rel(head) == "acl" && (tree.HasMarker(head, "to") || tree.Pos.XposOf(head) == "VBG")
                && tree.Head(head) is var owner and >= 0 && tree.Head(owner) is var mainVerb and >= 0 && tree.Upos(mainVerb) == Upos.VERB)
            {
                // "has given Rwanda's ambassador 48 hours to leave the country, accusing Kigali of ...": a participle after a comma
                // that the parser hung on the object's infinitive belongs to the main clause (the ambassador accused nobody); so
                // after the object's participle ("shot dead three pirates holding an American captain ..., freeing him": the
                // snipers freed him, not the pirates).
                verb = mainVerb;
                continue;
            }
            if (bareParticiple && tree.LowerForm(verb - 1) == "," && tree.RelIs(head, "ccomp") && tree.Pos.XposOf(head) == "VB" && tree.Child(head, "aux") < 0
                && tree.Head(head) is var demanding and >= 0 && tree.Upos(demanding) == Upos.VERB)
            {
                // "demanded that the United States immediately withdraw the measures, calling them an unforgivable insult": the act
                // demanded (a bare subjunctive) is not done, so the participle after it is the demander's (the United States called
                // nothing).
                verb = demanding;
                continue;
            }
            if (rel.StartsWith("conj", StringComparison.Ordinal) && tree.RelIs(head, "xcomp") && tree.Head(head) is var governor and >= 0
                && FiniteAuxiliary(tree, verb))
            {
                // "which considers the US biased and has rejected the administration": a conjunct with a finite
                // auxiliary is a clause of its own, coordinated with the verb that governs the small clause; the
                // small clause's controller ("the US") does not do it.
                verb = governor;
                continue;
            }
            if (hops == 0 && rel.StartsWith("conj", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && tree.Child(verb, "aux") < 0
                && tree.Pos.XposOf(head) is "VBD" or "VBZ" or "VBP")
            {
                // "accuses the group of killing, looting and displacing civilians" parsed with "displacing" as a conjunct
                // of "accuses": a bare gerund does not share the subject of a finite verb.
                return (-1, "");
            }
            if (hops == 0 && (rel.StartsWith("advcl", StringComparison.Ordinal) || rel.StartsWith("conj", StringComparison.Ordinal))
                && tree.Pos.XposOf(verb) is "VBN" or "VBD" && tree.Child(verb, "obj") < 0 && Agent(tree, verb) is { Token: >= 0 } byAgent)
            {
                // "…, in a deal brokered by China": a participle with a by-phrase and no subject of its own is passive;
                // its agent acts, not the subject of the clause it hangs on.
                return byAgent;
            }
            // (A conjunct with a marker of its own is such an adjunct the parser coordinated: "convicting Webb, 51, of kidnapping the girl".)
            if ((rel.StartsWith("advcl", StringComparison.Ordinal) || rel.StartsWith("conj", StringComparison.Ordinal) && tree.HasMarker(verb, "of"))
                && GerundMarker(tree, verb) && PrepositionalControl.Contains(tree.Lemma(head).ToLowerInvariant())
                && ObjectController(tree, head) is var controlled and >= 0 && tree.RelIs(controlled, "obj"))
            {
                // "accused YChina of supporting", "barred the envoy from entering", "helped farmers in selling": the object acts.
                return (controlled, "object controller of a gerund adjunct");
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && tree.HasMarker(verb, "for") && tree.Pos.XposOf(verb) == "VBG"
                && tree.ChildExact(head, "obj") is var grounds and >= 0 && tree.Lemma(grounds).ToLowerInvariant() is "case" or "reason" or "reasons"
                    or "justification" or "rationale" or "argument" or "motive" or "excuse" or "grounds"
                && tree.ChildExact(grounds, "nmod:poss") is var arguer and >= 0)
            {
                // "Birmingham has rejected China's case for slapping tariffs on Australian barley": whose case it is does it, not
                // the one who rejects it.
                return (arguer, "possessor of the case for the gerund");
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && GerundMarker(tree, verb) && PrepositionalControl.Contains(tree.Lemma(head).ToLowerInvariant())
                && tree.ChildExact(head, "nsubj:pass") is var patient and >= 0)
            {
                // "the airline was blasted by the UN for smuggling arms", "was arrested by police for organising": the one
                // blamed or punished did it, not the by-agent.
                return (patient, "passive subject controller of a gerund adjunct");
            }
            if (rel.StartsWith("acl", StringComparison.Ordinal))
            {
                // "officials visiting Kabul" / "officials who met": the noun is the agent; "the insurgents
                // aimed at", "a statement issued by": a past participle modifies its patient.
                if (rel == "acl" && tree.Pos.XposOf(verb) == "VBN")
                {
                    // "a meeting requested by five states to discuss ...", "troops sent by Kenya to fight ...": the
                    // purpose of a participle belongs to the noun it modifies, not to the participle's agent.
                    return viaPurpose ? (head, "noun modified by a participle (purpose)") : Agent(tree, verb);
                }
                if (rel == "acl" && DocumentNouns.Contains(tree.Lemma(head).ToLowerInvariant()) && tree.RelIs(head, "obj")
                    && IssuingVerbs.Contains(tree.Lemma(tree.Head(head)).ToLowerInvariant()) && NamesNoAuthor(tree, head)
                    && Subject(tree, tree.Head(head)) is { Token: >= 0 } author)
                {
                    // "The Security Council adopted a resolution ... calling on the RSF to lift their siege", "issued a statement
                    // condemning the attack": a text's words are its author's (the resolution itself is no actor).
                    return (author.Token, "author of the " + tree.LowerForm(head) + " (" + author.How + ")");
                }
                return (head, "noun modified by " + rel);
            }
            if (!(rel.StartsWith("xcomp", StringComparison.Ordinal) || rel.StartsWith("conj", StringComparison.Ordinal) || rel.StartsWith("advcl", StringComparison.Ordinal)))
            {
                break;
            }
            if (rel.StartsWith("xcomp", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && ObjectController(tree, head) is var gerundOwner and >= 0
                && tree.IsPossessivePronoun(gerundOwner))
            {
                // "He described her killing as an attack on democracy": a possessive before a gerund is whom it was done to
                // (the tagger read "her" as an object, the parser "killing" as its complement).
                break;
            }
            if (rel.StartsWith("xcomp", StringComparison.Ordinal) && !CourtesyCall(tree, verb, head) && ObjectController(tree, head) is var controller and >= 0
                // (a finite verb the parser read as a complement is controlled by no object: "struck Baghdad ... as the United States
                // opened its war" does not make Baghdad open it)
                && tree.Pos.XposOf(verb) is not ("VBD" or "VBZ" or "VBP"))
            {
                // Object control: "urged Russia to withdraw", "called on China to stop" — the object acts.
                return (controller, "object controller of xcomp");
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && tree.HasMarker(verb, "to") && ObjectControlVerbs.Contains(tree.Lemma(head).ToLowerInvariant())
                && ObjectController(tree, head) is var advclController and >= 0)
            {
                // "would urge the Commission to reconsider raising tariffs" with the infinitive parsed as a purpose
                // adjunct: after a verb of asking or ordering someone, the infinitive is still what that someone does.
                return (advclController, "object controller of an infinitive");
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && tree.HasMarker(verb, "as") && tree.Child(verb, "obj") < 0
                && tree.Child(verb, "nsubj") < 0)
            {
                // "Estonian police detained hundreds of people as rioting over the removal of a memorial spread": a bare -ing word
                // after "as" is the subject of a clause of its own (the rioting spread), not the police rioting.
                return (-1, "");
            }
            if (rel.StartsWith("advcl", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && tree.HasMarker(verb, "over"))
            {
                // "Sudan recalls envoy from Ethiopia over killing of captured soldiers": the act a reaction is over is someone else's.
                return (-1, "");
            }
            if (rel.StartsWith("conj", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && tree.Pos.XposOf(head) is "VBN" or "VBD"
                && !HasBeAuxiliary(tree, verb))
            {
                // "have been accused by Human Rights Watch of beating and illegally detaining suspects", with "detaining" parsed as
                // a conjunct of "accused": a bare gerund is no clause coordinated with a finite or passive verb, and the
                // accuser did not detain anyone.
                return (-1, "");
            }
            if (rel.StartsWith("xcomp", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && !tree.HasMarker(verb, "to")
                && SpeechVerbs.Contains(tree.Lemma(head).ToLowerInvariant()))
            {
                // "the agency said moving relief items ... was difficult": a verb of saying takes a clause, not a
                // gerund its speaker performs; the gerund is the subject of a clause the parser split off.
                return (-1, "");
            }
            viaForGerund = hops == 0 && rel.StartsWith("advcl", StringComparison.Ordinal) && tree.Pos.XposOf(verb) == "VBG" && tree.HasMarker(verb, "for")
                && PrepositionalControl.Contains(tree.Lemma(head).ToLowerInvariant());
            viaXcomp = rel.StartsWith("xcomp", StringComparison.Ordinal);
            viaPurpose = (rel.StartsWith("advcl", StringComparison.Ordinal) || viaXcomp) && tree.HasMarker(verb, "to");
            verb = head;
        }
        return (-1, "");
    }

    /// <summary>The verb has a form of "be" as its auxiliary ("were attacking").</summary>
    private static bool HasBeAuxiliary(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "aux") && tree.Lemma(c).Equals("be", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> FiniteAuxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "'s", "'ve", "'d", "is", "are", "was", "were", "am", "'re", "'m", "does", "do", "did",
        "will", "would", "'ll", "can", "could", "may", "might", "shall", "should", "must",
    };

    private static bool FiniteAuxiliary(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "aux") && FiniteAuxiliaries.Contains(tree.LowerForm(c)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs whose object does what their infinitive says: "urged X to", "ordered X to", "asked X to".</summary>
    private static readonly HashSet<string> ObjectControlVerbs = new(StringComparer.Ordinal)
    {
        "urge", "ask", "order", "call", "tell", "persuade", "encourage", "force", "invite", "press", "push", "pressure", "request",
        "instruct", "direct", "compel", "require", "advise", "implore", "beg", "exhort", "appeal", "oblige", "authorize", "authorise",
    };

    /// <summary>Verbs of saying: their complement is a clause with its own subject.</summary>
    internal static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "state", "add", "note", "report", "announce", "explain", "write", "tweet", "declare",
    };

    /// <summary>Verbs whose object is the doer of a gerund after a preposition: "accused X of", "stopped X from", "helped X in".</summary>
    private static readonly HashSet<string> PrepositionalControl = new(StringComparer.Ordinal)
    {
        "accuse", "charge", "blame", "suspect", "convict", "indict", "praise", "thank", "commend", "congratulate", "criticize", "criticise",
        "condemn", "fault", "punish", "sanction", "fine", "reward", "credit", "prevent", "stop", "bar", "ban", "prohibit", "block", "keep",
        "deter", "discourage", "restrict", "exclude", "forbid", "dissuade", "warn", "help", "assist", "force", "pressure", "coerce", "push",
        "persuade", "trick", "lure", "caution", "admonish", "rebuke", "reprimand", "blast", "slam", "lambast", "lambaste", "denounce",
        "castigate", "censure", "chastise", "scold", "attack",
        "arrest", "detain", "jail", "imprison", "deport", "expel", "sentence", "prosecute", "execute", "fire", "sack", "dismiss", "suspend",
    };

    private static bool GerundMarker(SentenceTree tree, int verb) =>
        tree.HasMarker(verb, "of") || tree.HasMarker(verb, "from") || tree.HasMarker(verb, "for") || tree.HasMarker(verb, "in")
        || tree.HasMarker(verb, "into") || tree.HasMarker(verb, "against");

    /// <summary>What one telephones someone to do: "called Macron to congratulate him", "phoned Abbas to express condolences".</summary>
    private static readonly HashSet<string> CourtesyVerbs = new(StringComparer.Ordinal)
    {
        "congratulate", "thank", "express", "convey", "offer", "extend", "discuss", "brief", "inform", "wish", "apologize", "apologise",
        "condole", "invite", "reassure", "assure",
    };

    /// <summary>"called on": "on" right after the verb (a particle or a preposition), or a particle "on" of it elsewhere.</summary>
    private static bool HasOnParticle(SentenceTree tree, int verb)
    {
        if (verb + 1 < tree.End && tree.LowerForm(verb + 1) == "on")
        {
            return true;
        }
        foreach (var c in tree.Children(verb))
        {
            if (tree.LowerForm(c) == "on")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The infinitive <paramref name="verb"/> under <paramref name="head"/> says why someone telephoned: "called Macron to
    /// congratulate him" (the caller congratulates), not "called on Macron to ..." (an appeal: Macron is to act).
    /// </summary>
    internal static bool CourtesyCall(SentenceTree tree, int verb, int head) =>
        tree.Lemma(head).ToLowerInvariant() is "call" or "phone" or "telephone" or "ring"
        && CourtesyVerbs.Contains(tree.Lemma(verb).ToLowerInvariant()) && !HasOnParticle(tree, head);

    /// <summary>
    /// "call" with a second noun phrase or an adjective after its object, what the object is called: an xcomp, a second object, or
    /// a noun in apposition with no comma before it ("called some journalists \"dirty prostitutes\"", "called him a traitor").
    /// </summary>
    private static bool NamingComplement(SentenceTree tree, int verb)
    {
        var obj = tree.Child(verb, "obj");
        foreach (var c in tree.Children(verb))
        {
            if (c > verb && tree.RelIs(c, "xcomp") && tree.Upos(c) is Upos.NOUN or Upos.ADJ or Upos.PROPN)
            {
                return true;
            }
            if (c > obj && obj >= 0 && c != obj && tree.RelIs(c, "obj"))
            {
                return true;
            }
            // "calling it ill-considered and short-sighted": a participle or adjective after the object, parsed as a clause of
            // its own with no subject or marker.
            if (c > obj && obj >= 0 && (tree.RelIs(c, "advcl") || tree.RelIs(c, "ccomp") || tree.RelIs(c, "dep"))
                && (tree.Upos(c) == Upos.ADJ || tree.Pos.XposOf(c) == "VBN") && tree.Child(c, "mark") < 0 && tree.Child(c, "nsubj") < 0)
            {
                return true;
            }
        }
        if (obj < 0)
        {
            return false;
        }
        // "called the bombers \"drug traffickers disguised as revolutionaries\"": a quotation right after the object names it, however
        // the parser hung its words.
        if (tree.SubtreeTokens(obj).Last + 1 is var afterObject && afterObject + 1 < tree.End && tree.Pos.XposOf(afterObject) == "``"
            && tree.Upos(afterObject + 1) is Upos.NOUN or Upos.ADJ or Upos.PROPN or Upos.DET)
        {
            return true;
        }
        // "called the recall of the envoy \"regrettable\"": a quoted adjective after the object's nouns, read as their modifier.
        for (var k = obj + 1; k < tree.End && tree.IsAncestor(obj, k); k++)
        {
            if (tree.RelIs(k, "amod") && tree.Head(k) < k && tree.Upos(k) == Upos.ADJ && tree.LowerForm(k - 1) is "\"" or "“" or "``")
            {
                return true;
            }
        }
        foreach (var c in tree.Children(obj))
        {
            // "called the rebels extremists": the first noun read as a possessor without its "'s".
            if (c < obj && tree.RelIs(c, "nmod:poss") && tree.Upos(c) == Upos.NOUN && tree.Child(c, "case") < 0)
            {
                return true;
            }
            // (also a quoted foreign word: "called the judges \"wakora\"")
            if (c > obj && tree.RelIs(c, "appos") && (tree.Upos(c) is Upos.NOUN or Upos.ADJ || tree.Upos(c) == Upos.X && tree.LowerForm(c - 1) is "\"" or "“" or "``"))
            {
                var comma = false;
                for (var k = obj + 1; k < c; k++)
                {
                    comma |= tree.LowerForm(k) is "," or "(";
                }
                if (!comma)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The object that controls an xcomp ("persuaded X to"), or "on X" after call/prevail, or -1.</summary>
    private static int ObjectController(SentenceTree tree, int verb)
    {
        var obj = tree.Child(verb, "obj");
        if (obj < 0)
        {
            obj = tree.Child(verb, "iobj");
        }
        if (obj >= 0)
        {
            return obj;
        }
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "obl") && tree.HasMarker(c, "on") && tree.Lemma(verb) is "call" or "prevail" or "rely" or "count")
            {
                return c;
            }
        }
        return -1;
    }

    public static (int Token, string How) Agent(SentenceTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            // English agents have "by"; an obl:agent without it is a parse error ("kidnapped in Zamfara state").
            if (tree.RelIs(c, "obl") && tree.HasMarker(c, "by") && !AgentOfMeansNoun(tree, verb, c))
            {
                return (c, "obl:agent 'by'");
            }
        }
        // "Sanctions were imposed on Russian banks by the European Union": the by-phrase the parser hung on the verb's last
        // oblique ("banks by the EU") is the passive verb's agent.
        if (tree.Child(verb, "aux:pass") >= 0)
        {
            var last = -1;
            foreach (var c in tree.Children(verb))
            {
                if (tree.RelIs(c, "obl") && c > verb)
                {
                    last = c;
                }
            }
            if (last >= 0)
            {
                foreach (var g in tree.Children(last))
                {
                    if (tree.RelIs(g, "nmod") && tree.HasMarker(g, "by") && g > last && tree.Upos(g) is Upos.PROPN or Upos.NOUN)
                    {
                        return (g, "by-phrase on the passive verb's oblique");
                    }
                }
            }
        }
        return (-1, "");
    }

    /// <summary>
    /// The by-phrase right after a means phrase belongs to its noun, whatever the parser hung it on: "the deal had been
    /// reached through mediation by Qatar, Egypt and the US" was reached by the parties, not by the mediators.
    /// </summary>
    private static bool AgentOfMeansNoun(SentenceTree tree, int verb, int by)
    {
        var byStart = tree.SubtreeTokens(by).First;
        foreach (var c in tree.Children(verb))
        {
            if (c != by && tree.RelIs(c, "obl") && tree.Upos(c) == Upos.NOUN && tree.SubtreeTokens(c).Last == byStart - 1
                && (tree.HasMarker(c, "through") || tree.HasMarker(c, "via") || tree.HasMarker(c, "after") || tree.HasMarker(c, "following")
                    || tree.HasMarker(c, "under") || tree.HasMarker(c, "with")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For a nominal trigger without S: the subject of the verb governing the noun, and that verb.</summary>
    private static (int Token, string How, int Governor) GoverningSubject(SentenceTree tree, int noun)
    {
        // Only an adjunct event noun takes the clause's subject ("reaffirmed X at a meeting with Y",
        // "during talks with Y"); a noun deeper in an argument ("called on China to cease support for ...",
        // "pointed to punitive measures against", "unmoved by the threat of") has an implicit agent we cannot know.
        if (!AdjunctMarked(tree, noun) && !ResponseOrTrip(tree, noun))
        {
            return (-1, "", -1);
        }
        var dating = tree.HasMarker(noun, "after") || tree.HasMarker(noun, "following") || tree.HasMarker(noun, "since");
        var violent = ViolentNouns.Contains(tree.Lemma(noun).ToLowerInvariant());
        if ((dating || tree.HasMarker(noun, "before")) && tree.ChildMarked(noun, "nmod", "by") >= 0
            || violent && (tree.HasMarker(noun, "over") || dating && tree.Child(noun, "nmod:poss") < 0))
        {
            // An earlier or later event with an author of its own is that author's, not one the clause's subject took part in: "a
            // delegation led by Senator Ed Markey, less than two weeks after a visit by House Speaker Nancy Pelosi". So is an attack
            // a reaction is over or that dates the clause, unless a possessive makes it the subject's: "Sudan recalls envoy from
            // Ethiopia over killing of captured soldiers", "Gangs have expanded their control since the 2021 assassination of
            // President Jovenel Moise" ("since its offensive began" is the subject's).
            return (-1, "", -1);
        }
        for (var h = tree.Head(noun); h >= 0; h = tree.Head(h))
        {
            var upos = tree.Upos(h);
            if (upos is Upos.NOUN && RoleNouns.Contains(tree.Lemma(h).ToLowerInvariant()) && tree.Child(h, "nmod:poss") is var owner and >= 0)
            {
                // "imposed sanctions on X over their role in the wrongful detention of Americans": whose role it was acted, not the
                // subject of the verb above it ("Iran's role in the attack" names it; a pronoun is left to no one, as coreference
                // often gives "their" the sanctioning side).
                return tree.Upos(owner) == Upos.PRON ? (-1, "", -1) : (owner, "possessor of '" + tree.Lemma(h) + "'", h);
            }
            if (upos is Upos.VERB || tree.Child(h, "cop") >= 0 || tree.Child(h, "nsubj") >= 0)
            {
                if (SpeechLemmas.Contains(tree.Lemma(h).ToLowerInvariant()) && ViolentNouns.Contains(tree.Lemma(noun).ToLowerInvariant()))
                {
                    // "He said any involvement of a foreign government in the killing of a Canadian would be ...": the speaker
                    // spoke of a killing, he did not kill (was CANGOV -> CAN 1823); he may have spoken "at a meeting".
                    return (-1, "", -1);
                }
                if (tree.Lemma(h).ToLowerInvariant() is "storm" or "attack" or "raid" or "bomb" or "seize" or "interrupt" or "disrupt" or "invade"
                    or "shoot" or "kill" && tree.Lemma(noun).ToLowerInvariant() is "reception" or "ceremony" or "celebration" or "party" or "dinner"
                    or "banquet" or "meeting" or "summit" or "conference" or "rally" or "visit" or "talks" or "gathering" or "service")
                {
                    // "The MRTA stormed the residence during a crowded reception for Emperor Akihito's birthday": who attacks a
                    // gathering does not hold it.
                    return (-1, "", -1);
                }
                if (SufferingLemmas.Contains(tree.Lemma(h).ToLowerInvariant()) && ViolentNouns.Contains(tree.Lemma(noun).ToLowerInvariant()))
                {
                    // "Another soldier died in a mortar attack on a U.S. compound": who dies in an attack is its victim.
                    return (-1, "", -1);
                }
                if (tree.ChildExact(h, "nsubj:pass") is var patient and >= 0 && AttendedNouns.Contains(tree.Lemma(noun).ToLowerInvariant()))
                {
                    // "They had been detained by police ... shortly after a televised meeting with Sargsyan": who attended the
                    // meeting is the passive verb's subject, not its agent (was the police meeting Sargsyan).
                    return (patient, "subject of governing passive '" + tree.Lemma(h) + "'", h);
                }
                var (s, how) = Subject(tree, h);
                return s >= 0 ? (s, "subject of governing '" + tree.Lemma(h) + "'", h) : (-1, "", -1);
            }
        }
        return (-1, "", -1);
    }

    /// <summary>Events one takes part in: under a passive verb, its subject did ("were detained during a march").</summary>
    private static readonly HashSet<string> AttendedNouns = new(StringComparer.Ordinal)
    {
        "meeting", "talks", "talk", "visit", "trip", "summit", "march", "rally", "protest", "demonstration", "conversation", "call",
    };

    /// <summary>Nouns whose possessor did the act they are "in": "their role in the detention", "his involvement in the plot".</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "role", "part", "involvement", "participation", "complicity", "responsibility", "hand",
    };

    /// <summary>Verbs whose subject suffers what happens to it (<see cref="GoverningSubject"/>).</summary>
    private static readonly HashSet<string> SufferingLemmas = new(StringComparer.Ordinal)
    {
        "die", "perish", "survive", "suffer", "sustain", "lose", "escape", "flee",
    };

    private static readonly HashSet<string> SupportVerbs = new(StringComparer.Ordinal)
    {
        "take", "conduct", "lead", "open", "launch", "carry", "hold", "begin", "start", "continue", "resume", "join", "pursue", "undertake",
        "wage", "stage", "mount", "head",
        // ("announced the deployment of 200,000 troops", "ordered the arrest of", "stepped up the bombardment of")
        "announce", "order", "authorize", "authorise", "complete", "intensify", "escalate", "step",
    };

    /// <summary>
    /// "responded with air strikes", "retaliated with tariffs"; "flew to Sochi for talks"; "resumed the talks with",
    /// "took over the investigation into" (the particle read as a preposition): the subject does what the noun names.
    /// </summary>
    private static bool ResponseOrTrip(SentenceTree tree, int noun)
    {
        var head = tree.Head(noun);
        if (head < 0)
        {
            return false;
        }
        var lemma = tree.Lemma(head).ToLowerInvariant();
        if (SupportVerbs.Contains(lemma) && (tree.RelIs(noun, "obj") || tree.RelIs(noun, "obl") && (tree.HasMarker(noun, "over") || tree.HasMarker(noun, "out"))))
        {
            return true;
        }
        if (!tree.RelIs(noun, "obl"))
        {
            return false;
        }
        return (tree.HasMarker(noun, "with") && lemma is "respond" or "retaliate" or "react" or "reply" or "answer" or "counter" or "hit" or "strike")
            || (tree.HasMarker(noun, "for") && lemma is "fly" or "travel" or "go" or "come" or "arrive" or "head" or "leave" or "return" or "meet" or "gather" or "convene" or "sit");
    }

    private static bool AdjunctMarked(SentenceTree tree, int noun)
    {
        foreach (var marker in AdjunctMarkers)
        {
            if (tree.HasMarker(noun, marker))
            {
                return true;
            }
        }
        // "on a visit to", "on the sidelines of the summit"; not "voted on sanctions against", "agreed on a truce with".
        return tree.HasMarker(noun, "on") && tree.Lemma(noun).ToLowerInvariant() is "visit" or "trip" or "tour" or "mission" or "sideline" or "sidelines" or "journey";
    }

    private static readonly string[] AdjunctMarkers = ["at", "during", "after", "before", "following", "in", "amid", "ahead", "since", "through", "via", "about"];

    /// <summary>For nominal patterns "S 's n" / "S n": the possessor, compound or demonym modifier.</summary>
    private static int NominalModifierActor(SentenceTree tree, int noun, bool possessive, out string how)
    {
        foreach (var c in tree.Children(noun))
        {
            if (tree.Rel(c) == "nmod:poss" || (!possessive && (tree.RelIs(c, "compound") || tree.RelIs(c, "amod"))))
            {
                how = tree.Rel(c);
                return c;
            }
        }
        how = "";
        return -1;
    }
}
