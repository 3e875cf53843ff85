using EventDesk.Coding.Quotes;
using EventDesk.Text;

namespace EventDesk.Coding.Coreference;

/// <summary>Links the mentions of one document into chains. Not thread-safe; one instance per call.</summary>
internal sealed class ChainResolver(DocumentView view, QuoteCandidateLayer quotes, List<RawMention> mentions)
{
    private sealed class Chain
    {
        public int Id;
        public CorefEntityType Type;
        public readonly List<int> Mentions = [];
        public readonly List<string> Roles = [];
        public readonly List<int> Parties = [];
        public readonly List<string> Names = [];
        public readonly List<string> Acronyms = [];
    }

    private static readonly string[] MeetingWords =
    [
        "met", "meet", "meets", "meeting", "talks", "talked", "visit", "visited", "visiting", "hosted", "received",
        "summit", "conversation", "call", "spoke", "discussed", "negotiations",
        // A speaker addressing another ("Lavrov told Atmar") is an exchange between two sides too.
        "told", "tell", "tells",
    ];

    private readonly List<Chain> _chains = [];

    private static readonly string[] AllianceWords = ["NATO", "Alliance", "Treaty", "Pact", "Organization", "Organisation", "Union", "League", "Council", "Coalition", "Quad", "AUKUS"];

    /// <summary>
    /// Bodies "the alliance" may be: a union, league or council is a bloc, not an alliance ("NATO foreign ministers met ... The alliance
    /// condemned Russia" was the European Union named before).
    /// </summary>
    private static readonly string[] MilitaryAllianceWords = ["NATO", "Alliance", "Treaty", "Pact", "Coalition", "Quad", "AUKUS", "CSTO", "SEATO"];

    public CoreferenceLayer Resolve()
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var chain = m.Kind switch
            {
                MentionKind.Name => ResolveName(m),
                MentionKind.Acronym => ResolveAcronym(m),
                MentionKind.Pronoun => ResolvePronoun(m, i),
                MentionKind.Description => ResolveDescription(m, i),
                _ => null,
            };
            if (m.Kind == MentionKind.Pronoun && m.Pronoun is PronounClass.FirstSingular or PronounClass.FirstPlural && m.InQuote)
            {
                continue; // resolved to the speaker once every chain exists
            }
            if (chain is null && m.Kind == MentionKind.Pronoun)
            {
                m.Chain = -1;
                continue;
            }
            chain ??= NewChain(m.Type);
            Join(chain, i);
            if (m.Kind == MentionKind.Group)
            {
                var parties = PartiesBefore(m, i);
                chain.Parties.AddRange(parties.Count >= 2 ? parties : RecentCoordination(m, i));
                if (chain.Parties.Count < 2 && SameGroupBefore(m, i) is { } same)
                {
                    chain.Parties.AddRange(same.Parties); // "The leaders announced ... The leaders condemned": the same two
                }
            }
        }
        ResolveSpeakerPronouns();
        return Build();
    }

    /// <summary>The chain of the last group mention of the same word ("leaders", "sides") with parties, in the 15 sentences before.</summary>
    private Chain? SameGroupBefore(RawMention m, int index)
    {
        for (var i = index - 1; i >= 0 && m.Sentence - mentions[i].Sentence <= 15; i--)
        {
            var a = mentions[i];
            if (a.Kind == MentionKind.Group && a.Role == m.Role && a.Chain >= 0 && _chains[a.Chain].Parties.Count >= 2)
            {
                return _chains[a.Chain];
            }
        }
        return null;
    }

    private Chain NewChain(CorefEntityType type)
    {
        var chain = new Chain { Id = _chains.Count, Type = type };
        _chains.Add(chain);
        return chain;
    }

    private void Join(Chain chain, int index)
    {
        var m = mentions[index];
        m.Chain = chain.Id;
        chain.Mentions.Add(index);
        foreach (var title in m.Titles)
        {
            if (!chain.Roles.Contains(title))
            {
                chain.Roles.Add(title);
            }
        }
        if (m.Kind == MentionKind.Description && m.Role is { } role && !chain.Roles.Contains(role))
        {
            chain.Roles.Add(role);
        }
        if (m.Kind == MentionKind.Name)
        {
            chain.Names.Add(m.Key);
        }
        if (m.Kind == MentionKind.Acronym)
        {
            chain.Acronyms.Add(m.Key);
        }
        if (chain.Type == CorefEntityType.Unknown && m.Type != CorefEntityType.Unknown && m.Kind != MentionKind.Pronoun)
        {
            chain.Type = m.Type;
        }
        else if (chain.Type == CorefEntityType.Unknown && m.Pronoun is PronounClass.Masculine or PronounClass.Feminine)
        {
            chain.Type = CorefEntityType.Person;
        }
        else if (chain.Type == CorefEntityType.Person && m.Type == CorefEntityType.Organization && m.Kind is MentionKind.Name or MentionKind.Acronym
                 && !chain.Mentions.Any(k => mentions[k].Pronoun is PronounClass.Masculine or PronounClass.Feminine))
        {
            // "five al-Shabab militants ... the militant group al-Shabab": a name first met as its members' modifier
            // is the group ("it", "the group" may refer to it), unless someone has called it "he" or "she".
            chain.Type = CorefEntityType.Organization;
        }
    }

    // ---- names -------------------------------------------------------------------------------

    private Chain? ResolveName(RawMention m)
    {
        var words = m.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var c = _chains.Count - 1; c >= 0; c--)
        {
            var chain = _chains[c];
            foreach (var name in chain.Names)
            {
                if (string.Equals(name, m.Key, StringComparison.OrdinalIgnoreCase))
                {
                    return chain;
                }
            }
        }
        for (var c = _chains.Count - 1; c >= 0; c--)
        {
            var chain = _chains[c];
            if (chain.Type is CorefEntityType.Collective)
            {
                continue;
            }
            foreach (var name in chain.Names)
            {
                var other = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // "Lavrov" after "Sergey Lavrov"; "Haneef Atmar" after "Mohammad Haneef Atmar".
                if (words.Length < other.Length && IsSuffix(words, other) && chain.Type is CorefEntityType.Person or CorefEntityType.Unknown)
                {
                    return chain;
                }
                if (other.Length < words.Length && IsSuffix(other, words) && chain.Type is CorefEntityType.Person or CorefEntityType.Unknown
                    && m.Type is CorefEntityType.Person or CorefEntityType.Unknown)
                {
                    return chain;
                }
            }
            if (words.Length > 1 && chain.Acronyms.Count > 0 && chain.Acronyms.Contains(Initials(words), StringComparer.OrdinalIgnoreCase))
            {
                return chain;
            }
        }
        return null;
    }

    private static bool IsSuffix(string[] shorter, string[] longer)
    {
        for (var i = 1; i <= shorter.Length; i++)
        {
            if (!string.Equals(shorter[^i], longer[^i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private static string Initials(string[] words)
    {
        Span<char> buffer = stackalloc char[16];
        var n = 0;
        foreach (var word in words)
        {
            if (word.Length == 0 || n >= buffer.Length || word is "of" or "the" or "and" or "for" or "on" or "in")
            {
                continue;
            }
            if (char.IsUpper(word[0]))
            {
                buffer[n++] = word[0];
            }
        }
        return new string(buffer[..n]);
    }

    private Chain? ResolveAcronym(RawMention m)
    {
        if (m.DefinedBy is { } defining)
        {
            if (defining.Chain >= 0)
            {
                return _chains[defining.Chain];
            }
        }
        var key = m.Key.Replace(".", "", StringComparison.Ordinal);
        for (var c = _chains.Count - 1; c >= 0; c--)
        {
            var chain = _chains[c];
            if (chain.Acronyms.Contains(m.Key, StringComparer.Ordinal))
            {
                return chain;
            }
            foreach (var name in chain.Names)
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 1 && string.Equals(Initials(words), key, StringComparison.Ordinal))
                {
                    return chain;
                }
            }
        }
        return null;
    }

    // ---- pronouns ------------------------------------------------------------------------------

    private Chain? ResolvePronoun(RawMention m, int index)
    {
        switch (m.Pronoun)
        {
            case PronounClass.FirstSingular or PronounClass.FirstPlural:
                return m.InQuote ? null : SamePronoun(m, index);
            case PronounClass.Masculine or PronounClass.Feminine:
                // (Not a chain a pronoun of the other gender already refers to: "... accused opponents of plotting to
                // assassinate him. Security agents detained Rocio San Miguel as she prepared to travel" is not Maduro.)
                var other = m.Pronoun == PronounClass.Masculine ? PronounClass.Feminine : PronounClass.Masculine;
                // (Nor is a possessive "his" or "her" a plural: "Greek and Turkish warships shadowed each other ... Before his talks
                // with Mitsotakis, Erdogan" is not the warships.)
                var possessive = view.Pos is { } tags && tags.XposOf(m.First) == "PRP$";
                Func<Chain, int, bool> person = (chain, a) => (chain.Type is CorefEntityType.Person
                           || chain.Type is CorefEntityType.Unknown && mentions[a].Kind == MentionKind.Name)
                           && !chain.Mentions.Any(k => mentions[k].Kind == MentionKind.Pronoun && mentions[k].Pronoun == other)
                           && !IsPluralMention(mentions[a]);
                return OwnClauseSubject(m, index, person) ?? BestAntecedent(m, index, 3, person) ?? NewChain(CorefEntityType.Person);
            case PronounClass.Neuter:
                // A subject "it" across a sentence boundary continues an earlier subject or speaker: "It has also brought China
                // to the negotiating table" after "The threat of tariffs has prompted officials from Mexico, Canada, Japan ..."
                // is the threat, not Japan.
                // Nor is "it" one of coordinated names: "Britain and France imposed sanctions on Russia after it invaded
                // Ukraine" is Russia.
                Func<Chain, int, bool> neuter = (chain, a) => chain.Type is CorefEntityType.Organization or CorefEntityType.Location
                    && !(m.IsSubject && mentions[a].Sentence < m.Sentence && !mentions[a].IsSubject && !mentions[a].IsSpeaker)
                    && !mentions[a].IsConjunct
                    // Nor a plural noun: "Argentina broke off relations ... after Venezuelan troops surrounded its embassy".
                    && !IsPluralMention(mentions[a]);
                if (JudgedThingBefore(m))
                {
                    return null; // "The Security Council condemned the bombing, and Pakistan and Qatar also denounced it": the bombing
                }
                return OwnClauseSubject(m, index, neuter) ?? BestAntecedent(m, index, 2, neuter);
            case PronounClass.ThirdPlural:
                if (CoordinatedSubjectBefore(m, index) is { Count: >= 2 } parties)
                {
                    // "Spain, Ireland and Norway announced they would recognize a Palestinian state": the coordinated names
                    // together.
                    var group = NewChain(CorefEntityType.Collective);
                    group.Parties.AddRange(parties);
                    return group;
                }
                Func<Chain, int, bool> many = (chain, a) => chain.Type is CorefEntityType.Collective
                    || chain.Type is CorefEntityType.Organization && (mentions[a].RolePlural || IsPluralGroupName(mentions[a]) || IsPluralProperName(mentions[a]))
                    || mentions[a].Kind == MentionKind.Pronoun && mentions[a].Pronoun == PronounClass.ThirdPlural
                    || IsPluralMention(mentions[a]);
                if (PluralSubjectAbove(m) is var above and >= -1)
                {
                    // "tens of thousands of people rallied ..., where they were joined by": they are the people (nobody tracked);
                    // "the foreign ministers of Eritrea, Ethiopia and Somalia travelled to Djibouti, where they met Guelleh": the ministers.
                    return above >= 0 ? _chains[above] : null;
                }
                var plural = OwnClauseSubject(m, index, many) ?? BestAntecedent(m, index, 2, many);
                if (plural is null && m.IsSubject && !m.InQuote && PartiesBefore(m, index) is { Count: >= 2 } met
                    && mentions.Take(index).Any(a => a.Chain == met[0] && m.Sentence - a.Sentence <= 1))
                {
                    // "Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh. They discussed the war in Gaza": with no
                    // plural antecedent, "they" right after a meeting are its two parties.
                    var pair = NewChain(CorefEntityType.Collective);
                    pair.Parties.AddRange(met);
                    return pair;
                }
                return plural;
            default:
                return null;
        }
    }

    private static readonly string[] JudgementVerbs =
    [
        "condemned", "condemn", "condemns", "denounced", "denounce", "denounces", "criticised", "criticized", "criticise", "criticize",
        "deplored", "deplore", "welcomed", "welcome", "welcomes", "praised", "praise", "rejected", "reject", "supported", "support", "backed",
        // ("ECOWAS condemned the second coup in eight months, calling it inappropriate": the coup)
        "calling", "called", "describing", "described", "branding", "branded", "terming", "termed", "dismissing", "dismissed",
        // ("Saudi Arabia voiced support for the strike, while Iran condemned it": the strike)
        "voiced", "expressed",
    ];

    /// <summary>
    /// An object "it" of a verb of judgement, after another such verb earlier in the sentence or the one before whose object is
    /// a thing no mention covers ("condemned the bombing ... also denounced it"), or an "it" that was such a thing ("Blair said
    /// he strongly supported the action, and Germany and Israel also backed it. Yeltsin criticised it"): "it" is that thing,
    /// nobody coreference tracks.
    /// </summary>
    private bool JudgedThingBefore(RawMention m)
    {
        if (m.IsSubject || m.Governor < 0 || !view.IsAny(m.Governor, JudgementVerbs) || view.Deps is not { } deps)
        {
            return false;
        }
        var sentenceStart = view.SentenceStartToken(m.First);
        for (var k = sentenceStart > 0 ? view.SentenceStartToken(sentenceStart - 1) : sentenceStart; k < m.Governor; k++)
        {
            if (!view.IsAny(k, JudgementVerbs))
            {
                continue;
            }
            for (var o = k + 1; o < m.Governor; o++)
            {
                if (deps.HeadOf(o) == k && deps.RelationOf(o) == "obj"
                    && !mentions.Any(a => a.First <= o && o < a.End && !(a.Kind == MentionKind.Pronoun && a.Pronoun == PronounClass.Neuter && a.Chain < 0)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The clause that "they" hangs in (a relative or adverbial clause) depends on a verb whose subject, before the pronoun,
    /// is a plural common noun: that subject is the antecedent. Its chain, or -1 when no mention covers it ("tens of thousands
    /// of people": nobody coreference tracks), or -2 when there is no such subject.
    /// </summary>
    private int PluralSubjectAbove(RawMention m)
    {
        if (view.Deps is not { } deps || view.Pos is not { } pos || m.Governor < 0)
        {
            return -2;
        }
        var clause = m.Governor;
        for (var hops = 0; hops < 3 && clause >= 0; hops++)
        {
            var rel = deps.RelationOf(clause);
            if (!(rel.StartsWith("acl", StringComparison.Ordinal) || rel.StartsWith("advcl", StringComparison.Ordinal)))
            {
                return -2;
            }
            var above = deps.HeadOf(clause);
            if (above >= 0 && rel.StartsWith("acl", StringComparison.Ordinal) && pos.UposOf(above) is not EventDesk.Nlp.Upos.VERB)
            {
                if (pos.XposOf(above) == "NNS" && mentions.FindIndex(a => a.First <= above && above < a.End) is var agent and >= 0 && mentions[agent].Chain >= 0)
                {
                    // "accused Egyptian security forces of killing 817 people when they broke up a camp": the plural noun whose
                    // participle the clause hangs on (not the accuser).
                    return mentions[agent].Chain;
                }
                above = deps.HeadOf(above); // "rallied ... on Tuesday evening, where they were joined": the clause of the noun
            }
            if (above < 0)
            {
                return -2;
            }
            for (var k = view.SentenceStartToken(m.First); k < m.First; k++)
            {
                if (deps.HeadOf(k) == above && deps.RelationOf(k).StartsWith("nsubj", StringComparison.Ordinal))
                {
                    var covering = mentions.FindIndex(a => a.First <= k && k < a.End);
                    if (pos.XposOf(k) != "NNS" || covering >= 0 && mentions[covering].Kind == MentionKind.Name)
                    {
                        return -2; // (nor a plural word inside a name: "Human Rights Watch")
                    }
                    return covering < 0 ? -1 : mentions[covering].Chain >= 0 ? mentions[covering].Chain : -2;
                }
            }
            clause = above;
        }
        return -2;
    }

    /// <summary>
    /// The chains of the coordinated names that are the subject earlier in the pronoun's sentence ("Spain, Ireland and
    /// Norway announced they ..."), or null.
    /// </summary>
    private List<int>? CoordinatedSubjectBefore(RawMention m, int index)
    {
        // (A sentence that opens with "They" may take the coordinated states or bodies that were the subject of the sentence
        // before: "The foreign ministers of Britain, France and Germany said ... They said they had offered to delay".)
        var opens = m.IsSubject && (index == 0 || mentions[index - 1].Sentence < m.Sentence);
        var run = ConjunctRunBefore(index, a => a.Sentence == m.Sentence || opens && a.Sentence == m.Sentence - 1,
            a => a.Kind is MentionKind.Name or MentionKind.Acronym
                && (a.Sentence == m.Sentence || _chains[a.Chain].Type is CorefEntityType.Organization or CorefEntityType.Location), out var first);
        if (first > 0 && !mentions[first].IsSubject && mentions[first - 1] is { IsSubject: true, Chain: >= 0 } head
            && mentions[first].Governor >= head.First && mentions[first].Governor < head.End && !run.Contains(head.Chain))
        {
            // "The foreign ministers of Britain, France and Germany said": the subject mention holds the first conjunct
            run.Insert(0, head.Chain);
            first--;
        }
        return run.Count >= 2 && mentions[first].IsSubject && !ActsOn(first, index, m) ? run : null;
    }

    /// <summary>The verb <paramref name="infinitive"/> is an open complement (xcomp) of <paramref name="verb"/>.</summary>
    private bool CompletedBy(int verb, int infinitive) =>
        verb >= 0 && infinitive >= 0 && view.Deps is { } deps && deps.HeadOf(infinitive) == verb
        && deps.RelationOf(infinitive).StartsWith("xcomp", StringComparison.Ordinal);

    /// <summary>
    /// The verb <paramref name="conjunct"/> is a conjunct of <paramref name="verb"/> with no subject of its own, or its -ing
    /// adjunct ("Saudi Arabia severed ties with Qatar, accusing it of backing terrorism": the accuser is Saudi Arabia, so "it" is
    /// someone else).
    /// </summary>
    private bool SharedSubject(int verb, int conjunct)
    {
        if (view.Deps is not { } deps || verb < 0 || conjunct < 0 || deps.HeadOf(conjunct) != verb
            || !(deps.RelationOf(conjunct).StartsWith("conj", StringComparison.Ordinal)
                || deps.RelationOf(conjunct) == "advcl" && view.Pos is { } pos && pos.XposOf(conjunct) == "VBG"))
        {
            return false;
        }
        for (var k = Math.Max(0, conjunct - 40); k < Math.Min(view.Count, conjunct + 40); k++)
        {
            if (deps.HeadOf(k) == conjunct && deps.RelationOf(k).StartsWith("nsubj", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The coordinated names from mention <paramref name="first"/> on are the subject of the verb that <paramref name="m"/>
    /// (mention <paramref name="index"/>, not itself a subject) depends on, directly or as the antecedent of a relative
    /// clause: "Saudi Arabia and the United States ... called on them", "Saudi Arabia and the United States, which have
    /// mediated between the two sides" — the pronoun or group is someone else. Not a reflexive ("they blamed themselves").
    /// </summary>
    private bool ActsOn(int first, int index, RawMention m)
    {
        if (m.IsSubject || m.Governor < 0 || IsReflexive(m))
        {
            return false;
        }
        if (mentions[first].IsSubject && mentions[first].Governor == m.Governor)
        {
            return true;
        }
        if (view.Deps is not { } deps || !deps.RelationOf(m.Governor).StartsWith("acl:relcl", StringComparison.Ordinal))
        {
            return false;
        }
        var antecedent = deps.HeadOf(m.Governor);
        for (var k = first; k < index; k++)
        {
            if (mentions[k].IsConjunct && antecedent >= mentions[k].First && antecedent < mentions[k].End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A plural noun phrase or a plural description ("the rebels", "the two countries").</summary>
    private bool IsPluralMention(RawMention m) => IsPluralNounPhrase(m) || m.Kind == MentionKind.Description && m.RolePlural;

    /// <summary>"Russian officials", "the rebels": a mention headed by a plural common noun (tagged NNS when POS is known).</summary>
    private bool IsPluralNounPhrase(RawMention m)
    {
        var head = m.End - 1;
        if (head < m.First || head >= view.Count)
        {
            return false;
        }
        if (view.Pos is { } pos)
        {
            return pos.XposOf(head) == "NNS";
        }
        var text = view.TextOf(head);
        return text.Length > 3 && text[^1] == 's' && !view.IsCapitalized(head);
    }

    /// <summary>"The Houthis ... say they are acting": a group's name that is a plural proper noun (not a country: "the United States").</summary>
    private bool IsPluralProperName(RawMention m) =>
        m.Kind == MentionKind.Name && m.Type == CorefEntityType.Organization && view.Pos is { } pos && pos.XposOf(m.End - 1) == "NNPS";

    private bool IsPluralGroupName(RawMention m) =>
        m.Kind == MentionKind.Name && m.Type == CorefEntityType.Organization && m.End < view.Count
        && (view.TextOf(m.End).EndsWith('s') && !view.IsCapitalized(m.End)
            // "Greater Manchester Police said they had arrested a man": a police force is "they"
            || view.TextOf(m.End - 1) is "Police" or "Constabulary");

    /// <summary>"I ... I", "we ... our" outside quotes: the same speaker or group as before.</summary>
    private Chain? SamePronoun(RawMention m, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var a = mentions[i];
            if (m.Sentence - a.Sentence > 5)
            {
                break;
            }
            if (a.Kind == MentionKind.Pronoun && a.Pronoun == m.Pronoun && !a.InQuote && a.Chain >= 0)
            {
                return _chains[a.Chain];
            }
        }
        return null;
    }

    /// <summary>
    /// The most salient compatible chain mentioned in the last <paramref name="window"/> sentences:
    /// recent sentences first, then subjects and speakers over other mentions, and a speaker
    /// continuing ("he added") prefers the last speaker. Mentions inside quotes are not antecedents
    /// of pronouns outside them.
    /// </summary>
    private Chain? BestAntecedent(RawMention m, int index, int window, Func<Chain, int, bool> compatible)
    {
        Chain? best = null;
        var bestScore = double.MinValue;
        var speaking = IsBeforeCue(m);
        for (var i = index - 1; i >= 0; i--)
        {
            var a = mentions[i];
            var distance = m.Sentence - a.Sentence;
            if (distance > window)
            {
                break;
            }
            if (a.Chain < 0 || a.InQuote && !m.InQuote || a.Span.Overlaps(m.Span))
            {
                continue;
            }
            if (distance == 0 && !m.IsSubject && m.Governor >= 0 && a.IsSubject && (a.Governor == m.Governor || SharedSubject(a.Governor, m.Governor)
                    || CompletedBy(a.Governor, m.Governor)) && !IsReflexive(m))
            {
                // "Netanyahu criticized him": an object pronoun is not its own verb's subject, nor the subject its verb shares
                // as a conjunct ("the fleet bottled up the Spanish ships and destroyed them"), nor the subject of the verb its
                // infinitive completes ("Merkel called Macron to congratulate him" is not Merkel).
                continue;
            }
            var chain = _chains[a.Chain];
            if (!compatible(chain, i))
            {
                continue;
            }
            var score = -3.0 * distance;
            if (chain.Type == CorefEntityType.Unknown)
            {
                score -= 2.5; // an untyped name ("Afghanistan") only when no person is in reach
            }
            if (a.IsSubject)
            {
                score += 2;
                if (distance > 0 && m.IsSubject && a.Governor >= 0 && view.Deps is { } clauses && clauses.RelationOf(a.Governor).StartsWith("ccomp", StringComparison.Ordinal))
                {
                    // "Washington determined that the RSF had committed genocide ... Days later it imposed sanctions on Burhan":
                    // a subject continues the earlier sentence's main subject before one of a clause it reported.
                    score -= 1;
                }
            }
            if (a.IsSpeaker)
            {
                score += speaking ? 2.5 : 1;
            }
            if (distance == 0 && !a.IsSubject)
            {
                score -= 1.5; // "Lavrov told Atmar he ..." — in the same sentence the subject binds first
            }
            if (distance == 0 && ObjectOfForPhrase(m, a))
            {
                score += 4; // "He thanked China for its long-standing support": the one thanked, blamed or praised for it
            }
            if (distance == 0 && !m.IsSubject && AddresseeOfGoverningVerb(m, a))
            {
                score += 4; // "sent a letter to Secretary of State Marco Rubio ..., urging him to": the one written to is urged
            }
            if (distance == 0 && !m.IsSubject && CalledToActOn(m, a))
            {
                score += 4; // "Trump telephoned Bolsonaro to congratulate him": the one called, over a "him" of the paragraph before
            }
            if (distance == 0 && PossessorOfClauseHead(m, a))
            {
                score += 4; // "after Biden's trip to Jeddah, during which he held talks": whose trip it was, over the last paragraph's subject
            }
            score -= 0.01 * (index - i);
            if (score > bestScore)
            {
                bestScore = score;
                best = chain;
            }
        }
        return best;
    }

    /// <summary>
    /// A possessive pronoun in a "for" phrase of a verb ("thanked China for its support", "blamed Iran for its role") and the
    /// verb's object: the object is whose support or role it is.
    /// </summary>
    private bool ObjectOfForPhrase(RawMention m, RawMention a)
    {
        if (view.Deps is not { } deps || view.Pos is not { } pos || m.Governor < 0 || pos.XposOf(m.First) != "PRP$"
            || !deps.RelationOf(m.Governor).StartsWith("obl", StringComparison.Ordinal) || m.Governor < 1 || !HasCase(deps, m.Governor, "for")
            || deps.HeadOf(m.Governor) is not (var verb and >= 0))
        {
            return false;
        }
        for (var k = a.First; k < a.End; k++)
        {
            if (deps.HeadOf(k) == verb && deps.RelationOf(k) == "obj")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The noun has the preposition <paramref name="marker"/> as its case marker.</summary>
    private bool HasCase(EventDesk.Nlp.DependencyLayer deps, int noun, string marker)
    {
        for (var k = Math.Max(0, noun - 6); k < noun; k++)
        {
            if (deps.HeadOf(k) == noun && deps.RelationOf(k) == "case" && view.Is(k, marker))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The antecedent is the "to" addressee of the verb that the pronoun's own verb hangs on as an adjunct ("sent a letter
    /// to Rubio, urging him"); false otherwise.
    /// </summary>
    private bool AddresseeOfGoverningVerb(RawMention m, RawMention a)
    {
        if (view.Deps is not { } deps || m.Governor < 0 || !deps.RelationOf(m.Governor).StartsWith("advcl", StringComparison.Ordinal)
            || deps.HeadOf(m.Governor) is not (var verb and >= 0) || a.First < 1 || !view.Is(a.First - 1, "to"))
        {
            return false;
        }
        for (var k = a.First; k < a.End; k++)
        {
            if (deps.HeadOf(k) == verb && (deps.RelationOf(k).StartsWith("obl", StringComparison.Ordinal) || deps.RelationOf(k) == "iobj"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The pronoun's clause modifies a noun whose possessor is the antecedent ("Biden's trip to Jeddah, during which he held talks";
    /// "the minister's visit, when she met"); false otherwise.
    /// </summary>
    private bool PossessorOfClauseHead(RawMention m, RawMention a)
    {
        if (view.Deps is not { } deps || m.Governor < 0 || !deps.RelationOf(m.Governor).StartsWith("acl", StringComparison.Ordinal)
            || deps.HeadOf(m.Governor) is not (var noun and >= 0))
        {
            return false;
        }
        for (var k = a.First; k < a.End; k++)
        {
            if (deps.HeadOf(k) == noun && deps.RelationOf(k) == "nmod:poss")
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] CallingWords =
        ["call", "calls", "called", "calling", "phone", "phones", "phoned", "phoning", "telephone", "telephones", "telephoned",
         "telephoning", "ring", "rings", "rang", "ringing"];

    /// <summary>
    /// The pronoun is the object of an infinitive that says why someone telephoned, and the antecedent is the one telephoned
    /// ("telephoned Bolsonaro to congratulate him"; the caller is excluded by <see cref="CompletedBy"/>). Not "called on X to"
    /// (an appeal: X is to act).
    /// </summary>
    private bool CalledToActOn(RawMention m, RawMention a)
    {
        if (view.Deps is not { } deps || m.Governor < 1 || !view.Is(m.Governor - 1, "to")
            || deps.RelationOf(m.Governor) is not ("xcomp" or "advcl") || deps.HeadOf(m.Governor) is not (var verb and >= 0)
            || !view.IsAny(verb, CallingWords) || view.Is(verb + 1, "on"))
        {
            return false;
        }
        for (var k = a.First; k < a.End; k++)
        {
            if (deps.HeadOf(k) == verb && deps.RelationOf(k) == "obj")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "its own": the subject of the pronoun's clause, or the object that controls it ("to get the Sudanese government to stop
    /// killing its own people" is the Sudanese government, not the United States that tries), when compatible; else null.
    /// </summary>
    private Chain? OwnClauseSubject(RawMention m, int index, Func<Chain, int, bool> compatible)
    {
        if (view.Deps is not { } deps || m.End >= view.Count || !view.Is(m.End, "own") || m.Governor < 0)
        {
            return null;
        }
        var verb = deps.HeadOf(m.Governor);
        for (var hops = 0; verb >= 0 && hops < 4; hops++)
        {
            var subject = -1;
            for (var k = Math.Max(0, verb - 40); k < Math.Min(view.Count, verb + 40) && subject < 0; k++)
            {
                if (deps.HeadOf(k) == verb && deps.RelationOf(k).StartsWith("nsubj", StringComparison.Ordinal))
                {
                    subject = k;
                }
            }
            if (subject < 0 && deps.RelationOf(verb).StartsWith("xcomp", StringComparison.Ordinal) && deps.HeadOf(verb) is var governor and >= 0)
            {
                for (var k = Math.Max(0, governor - 40); k < Math.Min(view.Count, governor + 40) && subject < 0; k++)
                {
                    if (deps.HeadOf(k) == governor && deps.RelationOf(k) == "obj")
                    {
                        subject = k; // object control: "get the government to stop"
                    }
                }
            }
            if (subject >= 0)
            {
                for (var i = index - 1; i >= 0 && mentions[i].Sentence == m.Sentence; i--)
                {
                    var a = mentions[i];
                    if (a.Chain >= 0 && a.First <= subject && subject < a.End && compatible(_chains[a.Chain], i))
                    {
                        return _chains[a.Chain];
                    }
                }
                return null;
            }
            if (!deps.RelationOf(verb).StartsWith("xcomp", StringComparison.Ordinal) && !deps.RelationOf(verb).StartsWith("conj", StringComparison.Ordinal))
            {
                return null;
            }
            verb = deps.HeadOf(verb);
        }
        return null;
    }

    private bool IsReflexive(RawMention m)
    {
        var text = view.TextOf(m.End - 1);
        return text.EndsWith("self", StringComparison.OrdinalIgnoreCase) || text.EndsWith("selves", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsBeforeCue(RawMention m)
    {
        var next = m.End;
        while (next < view.Count && view.IsAny(next, ["also", "later", "then", "further", "again", "has", "had"]))
        {
            next++;
        }
        return next < view.Count && Quotes.ReportingVerbs.Default.TryGetForm(view.TextOf(next), out _);
    }

    // ---- descriptions and collectives ----------------------------------------------------------

    private Chain? ResolveDescription(RawMention m, int index)
    {
        if (index + 1 < mentions.Count && mentions[index + 1].First == m.End && mentions[index + 1].Kind is MentionKind.Name or MentionKind.Acronym)
        {
            return null; // "the militant group al-Shabab": the name that follows is the group, not an earlier one
        }
        if (m.HasComplement || m.Role is null || view.Is(m.First, "a") || view.Is(m.First, "an"))
        {
            return null;
        }
        var window = m.RoleKind == RoleKind.Person ? 25 : 6;
        for (var i = index - 1; i >= 0; i--)
        {
            var a = mentions[i];
            if (m.Sentence - a.Sentence > window)
            {
                break;
            }
            if (a.Chain < 0)
            {
                continue;
            }
            var chain = _chains[a.Chain];
            if (chain.Roles.Contains(m.Role) && (m.RoleKind != RoleKind.Person || chain.Type is CorefEntityType.Person or CorefEntityType.Unknown))
            {
                return chain;
            }
            if (m.RoleKind == RoleKind.Group && !m.RolePlural && a.Kind is MentionKind.Name or MentionKind.Acronym
                && (chain.Type == CorefEntityType.Organization || a.Type == CorefEntityType.Organization && chain.Type != CorefEntityType.Location)
                && !char.IsLower(view.TextOf(a.End - 1)[0]) // a name, not a state's men: "all American troops ... the group captured" were the Taliban
                && m.Role is "group" or "organization" or "movement" or "alliance" or "party" or "bloc"
                // (a state's office is no group: "a meeting with President Barack Obama at the White House ... the coalition
                // fighting the group" is the Islamic State)
                && !(m.Role is "group" or "movement" && chain.Names.Any(n => StateOfficeWords.Any(w => n.EndsWith(w, StringComparison.OrdinalIgnoreCase))))
                // (an alliance or a bloc is a body of states, never a state's capital: "the alliance" after "Moscow fired
                // missiles ... NATO's chief said" is not Russia; "the bloc" after "The EU's foreign policy chief" is the EU)
                && (m.Role != "bloc" || m.End - m.First <= 2) // (not "the Gush Etzion settlement bloc")
                && (m.Role is not ("alliance" or "bloc") || chain.Acronyms.Count > 0 || chain.Names.Any(n => AllianceWords.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase))))
                && (m.Role != "alliance" || chain.Names.Concat(chain.Acronyms).Any(n => MilitaryAllianceWords.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)))))
            {
                // "the militant group al-Shabab ... the group": the name is an organisation even when its chain began
                // with its members ("al-Shabab militants", a person mention).
                return chain;
            }
            if (m.RoleKind == RoleKind.Group && chain.Type == CorefEntityType.Organization && a.Kind == MentionKind.Name
                && a.Key.EndsWith(m.Role, StringComparison.OrdinalIgnoreCase))
            {
                return chain; // "the council" after "the Security Council"
            }
            if (m.RoleKind == RoleKind.Group && !m.RolePlural && a.Kind == MentionKind.Name && a.First > 0
                && view.TextOf(a.First - 1).Equals(m.Role, StringComparison.OrdinalIgnoreCase))
            {
                return chain; // "the paramilitary" after "the paramilitary Rapid Support Forces", "the militia" after "the militia Wagner"
            }
            if (m.RoleKind == RoleKind.Country && a.Kind == MentionKind.Name
                && (m.CountryGroup is null ? chain.Type == CorefEntityType.Location
                    // A description with a group adjective only refers back to a country of the group ("Russia ordered two Estonian
                    // diplomats to leave ... accused the Baltic state" is Estonia, named further back, not Russia), also by the
                    // capital that stood for it ("Tallinn's expulsion of a Russian embassy employee").
                    : chain.Type is CorefEntityType.Location or CorefEntityType.Organization && a.Country is not null && m.CountryGroup.Contains(a.Country)))
            {
                return chain;
            }
            if (m.RoleKind == RoleKind.Country && a.Sentence == m.Sentence && PossessorCountry(a) is { } owner)
            {
                return owner; // "North Korea's state media said the country had sealed its border": not the South named before
            }
        }
        return SpokespersonOfGroup(m, index);
    }

    /// <summary>The place chain named as the possessor that begins a mention ("North Korea" of "North Korea's state media").</summary>
    private Chain? PossessorCountry(RawMention a)
    {
        for (var k = a.First + 1; k < a.End && k - a.First <= 4; k++)
        {
            if (!view.Is(k, "'s") && !view.Is(k, "'"))
            {
                continue;
            }
            var owner = string.Join(' ', Enumerable.Range(a.First, k - a.First).Select(t => view.TextOf(t).ToString()));
            foreach (var chain in _chains)
            {
                if (chain.Type == CorefEntityType.Location && chain.Names.Contains(owner, StringComparer.OrdinalIgnoreCase))
                {
                    return chain;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The meeting word is the verb of a condition ("if Jiang and the Dalai Lama talked to each other, they would like each
    /// other"): a supposed meeting, whose two sides are no pair for a later "the leaders".
    /// </summary>
    private bool Supposed(int t)
    {
        if (view.Deps is not { } deps)
        {
            return false;
        }
        for (var k = Math.Max(view.SentenceStartToken(t), t - 12); k < t; k++)
        {
            if (deps.HeadOf(k) == t && deps.RelationOf(k) == "mark" && view.IsAny(k, ["if", "unless", "whether"]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The parties of the closest preceding meeting: the name before the meeting word and the one after it.</summary>
    private List<int> PartiesBefore(RawMention m, int index)
    {
        if (GroupCount(m) is > 0 and var count
            && ConjunctRunBefore(index, a => a.Sentence == m.Sentence, a => a.Kind is MentionKind.Name or MentionKind.Acronym
                && (IsParty(a) || _chains[a.Chain].Type == CorefEntityType.Location), out var pairStart) is { } named && named.Count == count
            && mentions[pairStart].First > 0 && view.IsAny(mentions[pairStart].First - 1, ["both", "between"]))
        {
            // "legally binding on both China and the Philippines and urged the two countries": the pair named with "both" or
            // "between" in the same sentence, not the parties of a meeting reported before (a pair named otherwise may be the
            // hosts or mediators of the two: RecentCoordination)
            return named;
        }
        var parties = new List<int>();
        for (var s = m.Sentence; s >= Math.Max(0, m.Sentence - 12) && parties.Count < 2; s--)
        {
            var first = view.Sentences.FirstTokenOf(s);
            var end = s == m.Sentence ? m.First : first + view.Sentences.TokenCountOf(s);
            for (var t = end - 1; t >= first; t--)
            {
                if (!view.IsAny(t, MeetingWords) || HostedMeeting(t) || AttendedAsOthers(t) || Supposed(t))
                {
                    continue;
                }
                var before = NearestParty(index, t, backward: true, s);
                var after = NearestParty(index, t, backward: false, s);
                if (after >= 0 && m.Kind == MentionKind.Group && m.Sentence - s > 1 && view.IsAny(t, ["told", "tell", "tells"])
                    && _chains[after].Type == CorefEntityType.Organization)
                {
                    continue; // an ambassador who told the Security Council sentences back is no side of "both sides"
                }
                if (after >= 0 && view.IsAny(t, ["told", "tell", "tells", "telling"]) && (PressAudience(after, s) || Instructs(t)))
                {
                    // "he told Indian media": an interview, not talks with the press; "some told Japanese staff to stay at home":
                    // an instruction, not an exchange between two sides
                    after = -1;
                }
                if (after >= 0 && !PartyOfMeetingWord(t, after, s))
                {
                    // "Guelleh and Isaias Afwerki met at the invitation of King Salman": the king is no party; "his visit coincides
                    // with the anniversary of the NATO bombing": nor is NATO.
                    after = -1;
                }
                if (after < 0 && view.IsAny(t, VisitWords))
                {
                    after = PlaceVisited(index, t, s); // "arrived for a state visit to Pakistan ... The two leaders agreed"
                }
                if (after >= 0 && GroupCount(m) is > 0 and var counted && GuestsCoordinated(t, after, s) is { } guests && guests.Count == counted)
                {
                    return guests; // "Trump hosted the leaders of Armenia and Azerbaijan ... The two countries fought two wars"
                }
                if (before >= 0 && after >= 0 && before != after)
                {
                    parties.Add(before);
                    parties.Add(after);
                    return parties;
                }
                if (before >= 0 && after < 0 && CoordinatedPartiesBefore(index, t, s) is { Count: >= 2 } coordinated)
                {
                    return coordinated; // "Putin and Xi met in Moscow. Both sides agreed ..."
                }
            }
        }
        return parties;
    }

    /// <summary>
    /// The names coordinated in the meeting word's party phrase, when they are several: "hosted the leaders of Armenia and
    /// Azerbaijan" (the guests, whom a later "the two countries" counts; the host makes a third). Null when the party is one.
    /// </summary>
    private List<int>? GuestsCoordinated(int t, int after, int sentence)
    {
        var start = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Sentence == sentence && mentions[i].First > t && mentions[i].Chain == after)
            {
                start = i;
                break;
            }
        }
        if (start < 0)
        {
            return null;
        }
        // The party and the names coordinated with it or with a name inside it ("the leaders of [Armenia] and Azerbaijan").
        var run = new List<int> { after };
        var last = mentions[start];
        for (var i = start + 1; i < mentions.Count && mentions[i].Sentence == sentence; i++)
        {
            var a = mentions[i];
            if (a.First < last.End)
            {
                continue; // a name inside the party's own phrase
            }
            if (!a.IsConjunct || a.InQuote || a.Chain < 0 || a.Kind is not (MentionKind.Name or MentionKind.Acronym)
                || !IsParty(a) && _chains[a.Chain].Type != CorefEntityType.Location
                || !Covers(last, a.Governor) && !Covers(mentions[start], a.Governor))
            {
                break;
            }
            if (!run.Contains(a.Chain))
            {
                run.Add(a.Chain);
            }
            last = a;
        }
        return run.Count >= 2 ? run : null;

        static bool Covers(RawMention m, int token) => token >= m.First && token < m.End;
    }

    private static readonly string[] VisitWords = ["visit", "visited", "visiting", "visits"];

    /// <summary>
    /// The country a visit word is aimed at, as its object or "to" phrase ("a state visit to Pakistan", "visited Pakistan"): a party
    /// of the visit though a place; -1 when none (a place of another role, "in Moscow", is no party: PartyOfMeetingWord).
    /// </summary>
    private int PlaceVisited(int limit, int t, int sentence)
    {
        for (var i = 0; i < limit; i++)
        {
            var a = mentions[i];
            if (a.Sentence == sentence && a.First > t && a.Chain >= 0 && !a.InQuote && a.Kind != MentionKind.Pronoun)
            {
                return a.Kind == MentionKind.Name && _chains[a.Chain].Type == CorefEntityType.Location && a.First - t <= 3 ? a.Chain : -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Houthi military spokesman Yahya Saree said the group had fired five ballistic missiles": with no group named before, "the
    /// group" a spokesperson speaks of in the same sentence is the body the spokesperson's title names ("Houthi"), whose actor
    /// the spokesperson's chain carries. Null otherwise.
    /// </summary>
    private Chain? SpokespersonOfGroup(RawMention m, int index)
    {
        if (m.RoleKind != RoleKind.Group || m.RolePlural || m.Role is not ("group" or "movement" or "organization" or "organisation"))
        {
            return null;
        }
        for (var i = index - 1; i >= 0 && mentions[i].Sentence == m.Sentence; i--)
        {
            var a = mentions[i];
            if (a.Chain >= 0 && a.Kind == MentionKind.Name && a.IsSubject && _chains[a.Chain].Type == CorefEntityType.Person
                && a.Titles.Any(t => t.StartsWith("spokes", StringComparison.OrdinalIgnoreCase)) && view.IsCapitalized(a.First)
                && !view.IsAny(a.First, SpokespersonTitles))
            {
                return _chains[a.Chain];
            }
        }
        return null;
    }

    /// <summary>Last words of the names of a state's offices and bodies, which "the group" never refers to.</summary>
    private static readonly string[] StateOfficeWords =
    [
        "House", "Ministry", "Department", "Office", "Kremlin", "Pentagon", "Government", "Parliament", "Congress", "Senate", "Court",
        "Palace", "Council", "Commission", "Secretariat", "Presidency", "Cabinet", "Assembly", "Embassy", "Consulate", "Service", "Services",
        "Directorate", "Bureau", "Agency", "Police",
    ];

    private static readonly string[] SpokespersonTitles = ["Spokesman", "Spokeswoman", "Spokesperson", "Military", "Chief", "Senior", "Deputy"];

    /// <summary>"told X to do something": the verb has an infinitive complement.</summary>
    private bool Instructs(int verb)
    {
        if (view.Deps is not { } deps)
        {
            return false;
        }
        var end = view.SentenceEndToken(verb);
        for (var k = verb + 1; k < end; k++)
        {
            if (deps.HeadOf(k) == verb && deps.RelationOf(k) == "xcomp")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first mention of chain <paramref name="chain"/> in the sentence is the press ("Indian media", "state television"), or the
    /// agency of the dateline ("ALGIERS, Oct 20, 2009 (APS) - ... Mr. Ouane told APS").
    /// </summary>
    private bool PressAudience(int chain, int sentence)
    {
        foreach (var a in mentions)
        {
            if (a.Sentence == sentence && a.Chain == chain)
            {
                return view.IsAny(a.End - 1, ["media", "reporters", "journalists", "press", "television", "TV", "radio", "newspaper", "broadcaster"])
                    || view.Document.Layers.TryGet(CoreLayers.Dateline, out var dateline) && dateline.Agency is { Length: > 0 } agency
                        && view.Text.AsSpan(view.Start(a.First), view.End(a.End - 1) - view.Start(a.First)).Equals(agency, StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    /// <summary>The sentence of mention <paramref name="first"/> has its names attend a meeting as others (<see cref="AttendedAsOthers"/>).</summary>
    private bool AttendOthersMeeting(int first)
    {
        var end = view.SentenceEndToken(mentions[first].First);
        for (var t = mentions[first].End; t < end; t++)
        {
            if (view.IsAny(t, MeetingWords) && AttendedAsOthers(t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Envoys from the United States and China attended the meeting as observers": who attends the meeting reported before, or
    /// watches it, is not its two sides.
    /// </summary>
    private bool AttendedAsOthers(int t) =>
        t >= 2 && view.Is(t - 1, "the") && view.IsAny(t - 2, ["attended", "attend", "attends", "attending"])
        || t + 2 < view.Count && view.Is(t + 1, "as") && view.IsAny(t + 2, ["observers", "observer"]);

    /// <summary>
    /// "Qatar and Turkey hosted talks between the two governments": the hosts (or mediators) of a meeting are not its parties,
    /// and "hosted" before a meeting noun is no meeting of its own.
    /// </summary>
    private bool HostedMeeting(int t)
    {
        for (var k = Math.Max(0, t - 3); k < t; k++)
        {
            if (view.IsAny(k, HostingWords))
            {
                return true;
            }
        }
        return view.IsAny(t, HostingWords) && t + 1 < view.Count && (view.IsAny(t + 1, MeetingWords) || t + 2 < view.Count && view.IsAny(t + 2, MeetingWords));
    }

    private static readonly string[] HostingWords = ["hosted", "hosts", "host", "hosting", "mediated", "mediates", "brokered", "facilitated", "organised", "organized", "arranged"];

    /// <summary>
    /// The coordinated names of the last sentences before a group mention with no meeting to take its parties from: "Mali,
    /// Burkina Faso and Niger announced their withdrawal ... The three military-led countries accused the bloc".
    /// </summary>
    private List<int> RecentCoordination(RawMention m, int index)
    {
        var run = ConjunctRunBefore(index, a => m.Sentence - a.Sentence <= 2,
            a => a.Kind is MentionKind.Name or MentionKind.Acronym && (IsParty(a) || _chains[a.Chain].Type == CorefEntityType.Location), out var first);
        // (Not the hosts or mediators of talks: "Qatar and Turkey hosted talks between the two governments ... both countries";
        // nor outsiders who appeal to the sides: "Saudi Arabia and Egypt called for an immediate halt ... The two sides have
        // fought several wars" are not the sides.)
        // (Nor the subject of a supposed act: "if Jiang and the Dalai Lama talked to each other, they would like each other".)
        // (Nor more states than the group counts: "The United States, Britain and Norway ... welcomed the agreement. The State
        // Department urged both sides" are three, and none of the two sides.)
        if (first >= 0 && GroupCount(m) is > 0 and var counted && run.Count > counted && run.All(c => _chains[c].Type == CorefEntityType.Location))
        {
            return [];
        }
        return first >= 0 && (ActsOn(first, index, m) || mentions[first].Governor >= 0 && Supposed(mentions[first].Governor)
            || mentions[first].Governor >= 0 && view.IsAny(mentions[first].Governor, HostingWords)
            || mentions[first].Governor >= 0 && mentions[first].IsSubject && view.IsAny(mentions[first].Governor, AppealWords)
            || MediatorsAfter(mentions[first].First) || ModifyThing(first) || AttendOthersMeeting(first)) ? [] : run;
    }

    /// <summary>How many members a group mention counts ("both sides", "the two governments": 2); 0 when it says no number.</summary>
    private int GroupCount(RawMention m)
    {
        for (var t = m.First; t < m.End; t++)
        {
            var count = view.IsAny(t, ["both", "two", "Both", "Two"]) ? 2 : view.IsAny(t, ["three", "Three"]) ? 3 : view.IsAny(t, ["four", "Four"]) ? 4 : 0;
            if (count > 0)
            {
                return count;
            }
        }
        return 0;
    }

    /// <summary>
    /// The coordinated names from mention <paramref name="first"/> on only qualify a singular thing: "under an Israeli and Egyptian
    /// blockade ... The two sides have fought several wars" (the sides are Israel and Hamas, not the blockade's two countries).
    /// "The Israeli and Palestinian leaders" are parties: their noun is plural.
    /// </summary>
    private bool ModifyThing(int first)
    {
        var a = mentions[first];
        if (view.Deps is not { } deps || a.Governor < a.End)
        {
            return false;
        }
        for (var t = a.First; t < a.End; t++)
        {
            if (deps.HeadOf(t) == a.Governor)
            {
                return deps.RelationOf(t) is "amod" or "compound" && view.Pos?.XposOf(a.Governor) == "NN";
            }
        }
        return false;
    }

    /// <summary>
    /// The names start a mediator phrase: "the deal had been reached through mediation by Qatar, Egypt and the US, and urged both
    /// sides" (the sides are the deal's, not the mediators).
    /// </summary>
    private bool MediatorsAfter(int token)
    {
        for (var k = token - 1; k >= Math.Max(0, token - 3); k--)
        {
            if (view.IsAny(k, MediationNouns) || view.IsAny(k, HostingWords))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] MediationNouns = ["mediation", "auspices", "facilitation", "sponsorship"];

    /// <summary>Verbs of appeal: their joint subjects call on the sides of a conflict, they are not its sides.</summary>
    private static readonly string[] AppealWords =
        ["called", "calls", "call", "urged", "urges", "urge", "appealed", "appeals", "demanded", "demands", "pressed", "presses"];

    /// <summary>The chains of the coordinated names right before the meeting word in its sentence ("Putin and Xi met").</summary>
    private List<int> CoordinatedPartiesBefore(int limit, int token, int sentence)
    {
        var end = limit;
        while (end > 0 && (mentions[end - 1].Sentence > sentence || mentions[end - 1].Sentence == sentence && mentions[end - 1].End > token))
        {
            end--; // mentions after the meeting word (and in later sentences) are not before it
        }
        return ConjunctRunBefore(end, a => a.Sentence == sentence, IsParty, out _);
    }

    /// <summary>
    /// The chains of the last run of two or more coordinated names before mention <paramref name="end"/> (exclusive),
    /// looking back while <paramref name="inScope"/> holds ("Mali, Burkina Faso and Niger"); empty if there is none.
    /// <paramref name="first"/> is the run's first mention.
    /// </summary>
    private List<int> ConjunctRunBefore(int end, Func<RawMention, bool> inScope, Func<RawMention, bool> member, out int first)
    {
        var run = new List<int>();
        first = -1;
        for (var i = end - 1; i >= 0 && inScope(mentions[i]); i--)
        {
            var a = mentions[i];
            if (a.IsConjunct && !a.InQuote && a.Chain >= 0 && member(a))
            {
                run.Add(a.Chain);
                first = i;
            }
            else if (first >= 0 && a.Governor >= mentions[first].First && a.Governor < mentions[first].End)
            {
                continue; // a possessor of the member after it: "Djibouti's Ismail Omar Guelleh and Eritrea's Isaias Afwerki"
            }
            else if (run.Count >= 2)
            {
                break;
            }
            else
            {
                run.Clear();
                first = -1;
            }
        }
        if (run.Count < 2)
        {
            first = -1;
            return [];
        }
        run.Reverse();
        return run.Distinct().ToList();
    }

    private int NearestParty(int limit, int token, bool backward, int sentence)
    {
        if (backward)
        {
            for (var i = limit - 1; i >= 0; i--)
            {
                var a = mentions[i];
                if (a.Sentence < sentence)
                {
                    break;
                }
                if (a.End <= token && a.Chain >= 0 && !a.InQuote && IsParty(a))
                {
                    return a.Chain;
                }
            }
            return -1;
        }
        for (var i = 0; i < limit; i++)
        {
            var a = mentions[i];
            if (a.Sentence == sentence && a.First > token && a.Chain >= 0 && !a.InQuote && IsParty(a))
            {
                return a.Chain;
            }
        }
        return -1;
    }

    /// <summary>
    /// The first mention of chain <paramref name="chain"/> after meeting word <paramref name="t"/> in sentence
    /// <paramref name="sentence"/> is the word's object or its "with" party ("met Modi", "talks with Modi"), not a phrase
    /// of its own ("at the invitation of King Salman", "in Jeddah").
    /// </summary>
    private bool PartyOfMeetingWord(int t, int chain, int sentence)
    {
        foreach (var a in mentions)
        {
            if (a.Sentence != sentence || a.First <= t || a.Chain != chain)
            {
                continue;
            }
            if (a.First >= 1 && (view.Is(a.First - 1, "of") || a.First >= 2 && view.Is(a.First - 1, "the") && view.Is(a.First - 2, "of")))
            {
                return false; // "a summit of the Shanghai Cooperation Organisation": the host body, no party
            }
            if (a.Governor == t)
            {
                return true;
            }
            // (Also across a place, to a with-party: "held talks in New Delhi with Indian External Affairs Minister S. Jaishankar".)
            var acrossPlace = view.Is(t + 1, "in") && (view.Is(a.First - 1, "with") || view.Is(a.First - 1, "the") && view.Is(a.First - 2, "with"));
            for (var k = t + 1; k < a.First; k++)
            {
                if (!(view.IsAny(k, ["with", "the", "between", "to", "his", "her", "their", "its", "counterpart", "and", ","])
                      || acrossPlace && (k == t + 1 || view.IsCapitalized(k))) || k - t > 6)
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private bool IsParty(RawMention a) => _chains[a.Chain].Type is CorefEntityType.Person or CorefEntityType.Organization
        || a.Kind == MentionKind.Name && _chains[a.Chain].Type == CorefEntityType.Unknown && a.End - a.First > 1;

    // ---- first person inside quotes ------------------------------------------------------------

    private void ResolveSpeakerPronouns()
    {
        foreach (var quote in quotes.Quotes)
        {
            if (quote.Speaker is not { } speaker || quote.Kind == QuoteKind.Indirect)
            {
                continue;
            }
            var speakerChain = -1;
            var bestLength = -1;
            foreach (var m in mentions)
            {
                if (m.Chain >= 0 && speaker.Contains(m.Span) && m.Span.Length > bestLength)
                {
                    speakerChain = m.Chain;
                    bestLength = m.Span.Length;
                }
            }
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Kind == MentionKind.Pronoun && m.Pronoun is PronounClass.FirstSingular or PronounClass.FirstPlural
                    && m.Chain < 0 && quote.Span.Contains(m.Span))
                {
                    var chain = speakerChain >= 0 ? _chains[speakerChain] : NewChain(CorefEntityType.Unknown);
                    Join(chain, i);
                }
            }
        }
    }

    private CoreferenceLayer Build()
    {
        // Keep only mentions that belong to a chain; renumber mentions inside chains.
        var kept = new List<CorefMention>(mentions.Count);
        var keptRaw = new List<RawMention>(mentions.Count);
        var newIndex = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            newIndex[i] = -1;
            if (m.Chain < 0)
            {
                continue;
            }
            newIndex[i] = kept.Count;
            kept.Add(new CorefMention(m.Span, m.Kind, m.Chain, m.Sentence, m.InQuote));
            keptRaw.Add(m);
        }
        var chains = new List<CorefChain>(_chains.Count);
        foreach (var chain in _chains)
        {
            var list = new List<int>(chain.Mentions.Count);
            foreach (var i in chain.Mentions)
            {
                if (newIndex[i] >= 0)
                {
                    list.Add(newIndex[i]);
                }
            }
            list.Sort();
            var representative = list.Count > 0 ? list[0] : -1;
            var bestRank = -1;
            foreach (var i in list)
            {
                var k = kept[i];
                var words = view.TokensIn(k.Span);
                // A name mention whose canonical name is another text ("Russian Foreign Minister" for
                // Sergey Lavrov, from an apposition) ranks below the name itself.
                var canonical = k.Kind == MentionKind.Name && !string.IsNullOrEmpty(keptRaw[i].Key)
                    && !string.Equals(keptRaw[i].Key, view.Text.Substring(k.Span.Start, k.Span.Length), StringComparison.Ordinal);
                var rank = k.Kind switch
                {
                    MentionKind.Name when canonical => 900,
                    MentionKind.Name => 1000 + (words.End - words.First),
                    MentionKind.Acronym => 500,
                    MentionKind.Description or MentionKind.Group => 100,
                    _ => 0,
                };
                if (rank > bestRank)
                {
                    bestRank = rank;
                    representative = i;
                }
            }
            // A chain of pronouns only has no name: "We" (inside a quote) is not what to call its speaker.
            var name = representative < 0 || bestRank <= 0 ? ""
                : bestRank == 900 ? keptRaw[representative].Key
                : view.Text.Substring(kept[representative].Span.Start, kept[representative].Span.Length);
            chains.Add(new CorefChain(chain.Id, name, chain.Type, representative, list, chain.Roles.ToArray(), chain.Parties.Distinct().ToArray()));
        }
        return new CoreferenceLayer(kept, chains);
    }
}
