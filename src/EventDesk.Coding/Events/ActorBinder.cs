using EventDesk.Coding.Actors;
using EventDesk.Coding.Coreference;
using EventDesk.Coding.Quotes;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Events;

/// <summary>
/// Finds the actors a slot token stands for: the entity mention covering it, a possessor or
/// modifier that names one ("Iran's programme", "the Russian minister"), its coreference chain
/// for pronouns and descriptions ("he", "both sides"), and each conjunct of a compound
/// ("Russia and China"). Per document; not shared between threads.
/// </summary>
internal sealed class ActorBinder
{
    private readonly Document _document;
    private readonly EntityLayer _entities;
    private readonly CoreferenceLayer? _coref;
    private readonly int[] _mentionOfToken;
    private bool _viaModifiers = true;
    private readonly ActorRef? _issuer;
    private readonly ActorIndexLayer? _index;

    public ActorBinder(Document document, EntityLayer entities, CoreferenceLayer? coref)
    {
        _document = document;
        _entities = entities;
        _coref = coref;
        _issuer = document.Layers.TryGet(ActorLayers.Index, out var index) ? index.Issuer : null;
        _index = index;
        var tokens = document.Tokens;
        _mentionOfToken = new int[tokens.Count];
        Array.Fill(_mentionOfToken, -1);
        for (var m = 0; m < entities.Mentions.Count; m++)
        {
            var span = entities.Mentions[m].Span;
            for (var t = tokens.FirstTokenEndingAfter(span.Start); t < tokens.Count && tokens.Starts[t] < span.End; t++)
            {
                // Prefer the mention with an actor, then the longer one.
                var current = _mentionOfToken[t];
                if (current < 0 || Better(entities.Mentions[m], entities.Mentions[current]))
                {
                    _mentionOfToken[t] = m;
                }
            }
        }
    }

    /// <summary>
    /// "... against the Masalit people in West Darfur, Human Rights Watch said.": the reporter after the comma is
    /// sometimes parsed as one more conjunct of the last noun. A conjunct without a conjunction of its own, after a
    /// comma and right before a verb of saying, is that reporter, not a member of the compound.
    /// </summary>
    internal static bool ReporterParsedAsConjunct(SentenceTree tree, int conjunct)
    {
        // "killed at least 38 people in an overnight attack ..., local officials and a civil society leader said Monday": two coordinated
        // reporters hung on the victims; the second has the "and", the first is followed by it (the leader was a victim, "S kill leader").
        var siblings = new List<int>();
        if (tree.Head(conjunct) is var head and >= 0)
        {
            foreach (var k in tree.Children(head))
            {
                if (k != conjunct && tree.RelIs(k, "conj"))
                {
                    siblings.Add(k);
                }
            }
        }
        if (tree.Child(conjunct, "cc") >= 0)
        {
            return siblings.LastOrDefault(k => k < conjunct) is var before and > 0 && tree.Child(before, "cc") < 0 && ReporterParsedAsConjunct(tree, before);
        }
        var (first, last) = tree.SubtreeTokens(conjunct);
        var next = last + 1;
        if (next < tree.End && tree.LowerForm(next) is "and" && siblings.FirstOrDefault(k => k > conjunct) is var after and > 0 && tree.Child(after, "cc") >= 0)
        {
            next = tree.SubtreeTokens(after).Last + 1;
            if (next < tree.End && tree.Head(tree.Head(conjunct)) == next)
            {
                return false; // (a list that is the verb's own subject: "Britain, France and Germany threatened")
            }
        }
        // The comma is often the conjunct's own punct dependent, so its phrase starts with it.
        var afterComma = tree.LowerForm(first) == "," || (first > tree.First && tree.LowerForm(first - 1) == ",");
        if (afterComma && next < tree.End && tree.Upos(next) == Upos.ADP)
        {
            // "wounding two Indian border guards, officials on both sides said": a short place or side phrase the parser hung
            // elsewhere may stand between the reporter and the verb (the officials were read as the guards' fellow victims).
            var verb = next + 1;
            while (verb < tree.End && verb - next <= 4 && tree.Upos(verb) is Upos.DET or Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM)
            {
                verb++;
            }
            next = verb > next + 1 ? verb : next;
        }
        return afterComma && next < tree.End && tree.Upos(next) == Upos.VERB
            && ReportingVerbs.Default.TryGetLemma(tree.Lemma(next).ToLowerInvariant(), out _);
    }

    private static bool Better(EntityMention a, EntityMention b) =>
        (a.Actor is not null) != (b.Actor is not null) ? a.Actor is not null : a.Span.Length > b.Span.Length;

    /// <summary>
    /// The conjuncts of a noun, and those the parser hung on a conjunct instead of on the first one: "from Argentina, Chile,
    /// ..., the Dominican Republic and Uruguay" had "Uruguay" under "Republic" and lost it.
    /// </summary>
    private static IEnumerable<int> Conjuncts(SentenceTree tree, int token)
    {
        if (tree.Pos.XposOf(token) is "NNS" or "NNPS" && tree.Child(token, "appos") is var named and >= 0 && tree.Upos(named) == Upos.PROPN)
        {
            // "Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov held talks": a plural title before two names, which the
            // parser hangs on it as an apposition and its conjunct; the second name was lost and the talks had no second side.
            foreach (var k in tree.Children(named))
            {
                if (k > named && tree.RelIs(k, "conj") && tree.Upos(k) == Upos.PROPN)
                {
                    yield return k;
                }
            }
        }
        foreach (var c in tree.Children(token))
        {
            if (!tree.RelIs(c, "conj") || DescriptionReadAsConjunct(tree, token, c))
            {
                continue;
            }
            yield return c;
            if (tree.Upos(c) != Upos.PROPN)
            {
                continue;
            }
            foreach (var k in tree.Children(c))
            {
                if (k > c && tree.RelIs(k, "conj") && tree.Upos(k) == Upos.PROPN)
                {
                    yield return k;
                }
            }
        }
    }

    /// <summary>
    /// A "conjunct" with no conjunction of its own or after it that starts with "a" or "an" after a comma describes the noun
    /// before it: "Education Minister Omar Razzaz, a Harvard-educated former World Bank economist," is one person, not Razzaz
    /// and the World Bank.
    /// </summary>
    private static bool DescriptionReadAsConjunct(SentenceTree tree, int head, int conjunct)
    {
        var (first, _) = tree.SubtreeTokens(conjunct);
        while (first < conjunct && tree.LowerForm(first) == ",")
        {
            first++; // the comma before it may hang on it
        }
        if (first < 1 || tree.LowerForm(first - 1) != ",")
        {
            return false;
        }
        // Also "the crown prince, Sheikh Khalid, in Abu Dhabi": a name after a comma and a role written in lowercase names
        // who holds it (one person, not the prince and a Khalid).
        var namesTheRole = tree.Upos(conjunct) == Upos.PROPN && tree.Upos(first) == Upos.PROPN && tree.Child(conjunct, "conj") < 0
            && char.IsLower(tree.Document.Text[tree.SpanOf(head).Start]);
        if (tree.LowerForm(first) is not ("a" or "an") && !namesTheRole)
        {
            return false;
        }
        foreach (var c in tree.Children(head))
        {
            if (tree.RelIs(c, "conj") && tree.Child(c, "cc") >= 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <param name="viaModifiers">
    /// Also accept an actor named by a modifier ("Iran's programme" -> IRN). Off for a noun that is
    /// only the head of a participle ("Trump's tariffs targeting Canada": tariffs do not act).
    /// </param>
    public List<Participant> Bind(SentenceTree tree, int token, bool viaModifiers = true)
    {
        var result = new List<Participant>();
        if (FloatingQuantifierSubject(tree, token) is var named and >= 0)
        {
            token = named;
        }
        else if (BothSidesOfRole(tree, token) is var sides and >= 0)
        {
            token = sides;
        }
        else if (LauncherOfWeapon(tree, token) is var launcher and >= 0)
        {
            token = launcher;
        }
        var countries = viaModifiers ? ModifierCountries(tree, token) : [];
        if (countries.Count >= 2)
        {
            AddPerCountry(tree, token, countries, result);
        }
        else
        {
            _viaModifiers = viaModifiers;
            BindOne(tree, token, result);
            _viaModifiers = true;
        }
        // Compound actors: "Russia and China", "Atmar and Lavrov".
        foreach (var c in Conjuncts(tree, token))
        {
            if (tree.Upos(c) is Upos.PROPN or Upos.NOUN or Upos.PRON && !ReporterParsedAsConjunct(tree, c))
            {
                var own = ModifierCountries(tree, c);
                if (own.Count >= 2)
                {
                    AddPerCountry(tree, c, own, result);
                    continue;
                }
                var before = result.Count;
                BindOne(tree, c, result);
                // "lawmakers and officials in Arnor and Gondor": a conjunct without a country modifier of its own
                // shares the countries that modify the first conjunct.
                // "Chinese state media and officials": a conjunct without a country of its own takes the first one's.
                // (Not an international body: "between the UK Government and the European Commission" made it GBRIGO.)
                if (countries.Count >= 1 && own.Count == 0 && result.Count == before + 1 && result[before].Actor is { } actor
                    && !actor.Code.StartsWith("IGO", StringComparison.Ordinal) && !actor.Code.StartsWith("NGO", StringComparison.Ordinal)
                    && (actor.Country is null or "---" || countries.Count >= 2 && actor.Country == countries[0].Country.Country))
                {
                    result.RemoveAt(before);
                    AddPerCountry(tree, c, countries, result, actor);
                }
                else if (own.Count <= 1 && before >= 1 && result.Count == before + 1 && result[before].Actor is { Sectors.Count: > 0 } guessed
                    && (own.Count == 0 || own[0].Country.Country == guessed.Country) // (its own word, "security officials", carried the default)
                    && _mentionOfToken[c] is var cm and >= 0 && IsDefaultGuess(cm) && result[0].Actor is { Country: { Length: 3 } firstCountry }
                    && firstCountry != ActorRef.Unknown.Code && firstCountry != guessed.Country && _mentionOfToken[token] is var fm and >= 0 && !IsDefaultGuess(fm)
                    && CountryModifiedHead(tree, token)) // (not "Pope Francis and the Grand Imam": no shared modifier)
                {
                    // "sanctions on Iran's morality police and several senior security officials" in a story from Dubai: a conjunct
                    // whose country was only the story's default shares the first conjunct's.
                    result[before] = result[before] with { Actor = guessed with { Code = firstCountry + guessed.SectorCode, Country = firstCountry } };
                }
            }
        }
        if (tree.Rel(token).StartsWith("nsubj", StringComparison.Ordinal) && tree.Head(token) is var fought and >= 0
            && tree.Lemma(fought).ToLowerInvariant() is "clash" or "fight" or "battle" or "exchange" && tree.ChildMarked(token, "nmod", "of") is var ofGroup and >= 0)
        {
            // "Fighters of the AFC/M23 rebel alliance and Congolese army troops clashed": the parser hung the second side on the
            // first one's of-phrase; a state's forces coordinated there are the other party of the fight, not members of the alliance.
            foreach (var k in tree.Children(ofGroup))
            {
                if (tree.RelIs(k, "conj") && tree.Pos.XposOf(k) == "NNS" && _mentionOfToken[k] is var km and >= 0
                    && _entities.Mentions[km].Actor is { Sectors: var forceSectors, Country: { Length: 3 } forceCountry } && forceCountry != ActorRef.Unknown.Code
                    && forceSectors.Any(x => x is "MIL" or "COP") && !result.Any(p => p.Actor?.Code == _entities.Mentions[km].Actor!.Code))
                {
                    BindOne(tree, k, result);
                }
            }
        }
        // A country's allies or partners are countries: "the United States and its allies" was USAIGO (the IGO sector of
        // the bare "allies" with the possessor's country).
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Actor is { Sectors: [ "IGO" ], Country: { Length: 3 } allied } a && allied != ActorRef.Unknown.Code && !a.Code.StartsWith("IGO", StringComparison.Ordinal)
                && (a.Role ?? "").ToLowerInvariant() is "ally" or "allies" or "partner" or "partners")
            {
                result[i] = result[i] with { Actor = a with { Code = allied, Sectors = [] } };
            }
        }
        VehicleNamedBefore(tree, token, result);
        return result;
    }

    /// <summary>The vessels and convoys bound with a side so far, by noun: the last one and its sentence.</summary>
    private readonly Dictionary<string, (int Sentence, Participant Vehicle)> _vehicles = new(StringComparer.Ordinal);

    /// <summary>
    /// "Chinese coast guard vessels fired water cannon at a Philippine supply boat ... two Chinese ships also blocked the boat's path",
    /// "militants attacked a paramilitary convoy ... opening fire on the convoy": a vessel or convoy named again by "the" and its noun
    /// alone is the one bound before with its side, up to five sentences back (it had none). Bound ones are remembered.
    /// </summary>
    private void VehicleNamedBefore(SentenceTree tree, int token, List<Participant> result)
    {
        if (token < 0 || tree.Upos(token) != Upos.NOUN || tree.Lemma(token).ToLowerInvariant() is not { } noun
            || !VesselNouns.Contains(noun) && noun != "convoy")
        {
            return;
        }
        if (result.Count > 0)
        {
            if (result[0].Actor is { Country: { Length: 3 } side } && side != ActorRef.Unknown.Code)
            {
                _vehicles[noun] = (tree.Index, result[0]);
            }
            return;
        }
        if (tree.Child(token, "det") is var det and >= 0 && tree.LowerForm(det) == "the" && tree.Child(token, "amod") < 0 && tree.Child(token, "compound") < 0
            && tree.Child(token, "nmod:poss") < 0 && _vehicles.TryGetValue(noun, out var before) && before.Sentence < tree.Index && tree.Index - before.Sentence <= 5)
        {
            result.Add(before.Vehicle with { Span = tree.SpanOf(token) });
        }
    }

    /// <summary>
    /// The countries that modify a noun when there are several, coordinated: "Ukrainian and Russian negotiators"
    /// (amod/compound), "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Arnor and Gondor", "officials from
    /// Russia and Ukraine" (of/in/from). Empty or one element otherwise.
    /// </summary>
    private List<(int Token, ActorRef Country)> ModifierCountries(SentenceTree tree, int head)
    {
        var countries = new List<(int Token, ActorRef Country)>();
        // Prepositional modifiers only for a role noun (an actor with sectors): "the ambassadors of", "lawmakers in",
        // "mediators from Qatar, Egypt and the United States" (each country's mediators act); not "wars in Somalia and Sudan".
        var role = _mentionOfToken[head] is var hm and >= 0 && _entities.Mentions[hm].Actor is { Sectors.Count: > 0 };
        // (Also the modifiers the parser hung on a compound of the head: "Kyrgyz and Tajik border guards" had "Kyrgyz" under
        // "border", so the exchange of gunfire lost its Kyrgyz side.)
        var modifiers = new List<int>();
        var underCompounds = new List<int>();
        foreach (var c in tree.Children(head))
        {
            modifiers.Add(c);
            if (c < head && tree.RelIs(c, "compound") && tree.Upos(c) == Upos.NOUN)
            {
                foreach (var k in tree.Children(c))
                {
                    if (k < c && (tree.RelIs(k, "amod") || tree.RelIs(k, "compound")))
                    {
                        underCompounds.Add(k);
                    }
                }
            }
        }
        modifiers.AddRange(underCompounds);
        foreach (var c in modifiers)
        {
            var modifier = (tree.RelIs(c, "amod") || tree.RelIs(c, "compound")) && !BackerOfParticiple(tree, c)
                || (role && tree.RelIs(c, "nmod") && tree.Rel(c) != "nmod:poss" && (tree.HasMarker(c, "of") || tree.HasMarker(c, "in") || tree.HasMarker(c, "from")));
            // (Not a word of the head's own country name: "United" in "the United States and NATO" made NATO "USAIGO".)
            if (modifier && CountryOf(c) is { } first && !(_mentionOfToken[c] >= 0 && _mentionOfToken[c] == _mentionOfToken[head] && CountryOf(head) is { } named && named.Code == named.Country))
            {
                var list = new List<(int Token, ActorRef Country)> { (c, first) };
                foreach (var k in tree.Children(c))
                {
                    if (tree.RelIs(k, "conj") && CountryOf(k) is { } other)
                    {
                        list.Add((k, other));
                    }
                }

                if (list.Count >= 2)
                {
                    return list; // "foreign ministers of France and Germany": the coordinated modifier, not "foreign"
                }
                if (countries.Count == 0)
                {
                    countries = list;
                }
            }
        }
        return countries;
    }

    /// <summary>
    /// "Ukrainian and Russian negotiators", "U.S. and Afghan forces": one noun with coordinated country
    /// modifiers stands for one actor per country, each with the noun's sectors.
    /// </summary>
    private void AddPerCountry(SentenceTree tree, int head, List<(int Token, ActorRef Country)> countries, List<Participant> result, ActorRef? headActor = null)
    {
        var headMention = _mentionOfToken[head];
        headActor ??= headMention >= 0 ? _entities.Mentions[headMention].Actor : null;
        var sectors = headActor?.Sectors ?? [];
        var role = headActor?.Role;
        var written = tree.SpanOf(head);
        foreach (var (token, country) in countries)
        {
            if (tree.Upos(token) == Upos.PROPN && !AttributiveName(tree.Document.Tokens.TextOf(token)) && countries.Any(x => tree.Upos(x.Token) == Upos.ADJ)
                && tree.Document.Tokens.TextOf(token).Equals(country.Name, StringComparison.OrdinalIgnoreCase))
            {
                // "Israel and Palestinian militants traded accusations": a state's name beside a demonym is a party of its own,
                // not "Israeli militants" (the parser hung it on the noun).
                result.Add(new Participant(tree.SpanOf(token), _document.Substring(tree.SpanOf(token)), country.Name, null,
                    new ActorRef(country.Country!, country.Country, [], country.Name, null)));
                continue;
            }
            if (sectors.Count == 0 && _mentionOfToken[token] is var own and >= 0 && _entities.Mentions[own].Actor is { Sectors.Count: > 0 } group)
            {
                // "struck PKK/YPG terrorist targets": targets of no actor of their own are the groups', not Turkey's and Syria's
                result.Add(new Participant(tree.SpanOf(token), _document.Substring(tree.SpanOf(token)), group.Name, own, group));
                continue;
            }
            var code = country.Country + string.Concat(sectors);
            var span = TextSpan.FromBounds(Math.Min(tree.SpanOf(token).Start, written.Start), Math.Max(tree.SpanOf(token).End, written.End));
            result.Add(new Participant(span, _document.Substring(written), country.Name, null, new ActorRef(code, country.Country, sectors, country.Name, role)));
        }
    }

    /// <summary>
    /// The word before a hyphen-glued participle ("U.S." in "U.S.-backed fighters", "U.S.-made missiles", "Somalia-based"):
    /// who backs, makes or hosts the noun, not its owner, however the parser attached it. Not "-led": a "U.S.-led coalition"
    /// is the leader's.
    /// </summary>
    private static bool BackerOfParticiple(SentenceTree tree, int modifier)
    {
        var hyphen = modifier + 1;
        var participle = modifier + 2;
        return participle < tree.End && tree.LowerForm(hyphen) == "-" && tree.Pos.XposOf(participle) == "VBN"
            && tree.SpanOf(modifier).End == tree.SpanOf(hyphen).Start && tree.SpanOf(hyphen).End == tree.SpanOf(participle).Start
            && !tree.Lemma(participle).Equals("lead", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The actor of "Iraqi forces" in "U.S. and Iraqi forces", when the country name is right before "and" and the
    /// coordinated noun begins with an adjective: the name stands for the same kind of actor.
    /// </summary>
    private ActorRef? SharedAgent(SentenceTree tree, int token)
    {
        if (token + 2 >= tree.End || tree.LowerForm(token + 1) != "and" || !AttributiveName(tree.Document.Tokens.TextOf(token)))
        {
            return null; // ("Israel and Palestinian militants traded accusations": a state and militants, not Israeli militants)
        }
        foreach (var c in tree.Children(token))
        {
            if (tree.RelIs(c, "conj") && tree.Head(token + 2) == c && tree.RelIs(token + 2, "amod") && tree.Upos(token + 2) == Upos.ADJ
                && _mentionOfToken[c] is var cm and >= 0 && _entities.Mentions[cm].Actor is { Sectors.Count: > 0 } agent
                && agent.Country is { Length: 3 } && agent.Country != ActorRef.Unknown.Code)
            {
                return agent;
            }
        }
        return null;
    }

    /// <summary>A country name written before a noun as its adjective: an abbreviation ("U.S.", "UK") or "United States".</summary>
    private static bool AttributiveName(ReadOnlySpan<char> form)
    {
        if (form.Contains('.') || form is "States" or "Kingdom")
        {
            return true;
        }
        foreach (var ch in form)
        {
            if (!char.IsUpper(ch))
            {
                return false;
            }
        }
        return form.Length <= 4;
    }

    /// <summary>The token has a possessive, adjectival or compound country modifier ("Iran's morality police", "Chinese state media").</summary>
    private bool CountryModifiedHead(SentenceTree tree, int token)
    {
        foreach (var c in tree.Children(token))
        {
            if ((tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "amod") || tree.RelIs(c, "compound")) && CountryOf(c) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The mention's actor took the story's default country ("agent+default", "agent+local"), not one the text gave.</summary>
    private bool IsDefaultGuess(int mention) =>
        _index is not null && mention < _entities.Mentions.Count && _index.RuleOf(mention) is var rule
        && (rule.Contains("default", StringComparison.Ordinal) || rule.Contains("local", StringComparison.Ordinal));

    /// <summary>The known country of a compound, adjectival or possessive modifier of the token ("Trump" in "Trump administration").</summary>
    private string? ModifierCountry(SentenceTree tree, int token)
    {
        foreach (var c in tree.Children(token))
        {
            if ((tree.RelIs(c, "compound") || tree.RelIs(c, "amod") || tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "flat")) && !BackerOfParticiple(tree, c))
            {
                var m = _mentionOfToken[c];
                if (m >= 0 && _mentionOfToken[c] != _mentionOfToken[token] && _entities.Mentions[m].Actor is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code)
                {
                    return country;
                }
            }
        }
        // The head's own mention may span the modifier ("Trump administration" as one mention): look at its tokens.
        var own = _mentionOfToken[token];
        if (own >= 0)
        {
            var span = _entities.Mentions[own].Span;
            // Mentions are in text order: stop at the first one past the span (no scan of the whole document).
            foreach (var other in _entities.Mentions)
            {
                if (other.Span.Start >= span.End)
                {
                    break;
                }
                if (!ReferenceEquals(other, _entities.Mentions[own]) && span.Contains(other.Span) && other.Actor is { Country: { Length: 3 } c } && c != ActorRef.Unknown.Code)
                {
                    return c;
                }
            }
        }
        return null;
    }

    /// <summary>"Kenya said Somalia had attacked its troops": the country of the actor a possessive pronoun refers to.</summary>
    private string? PossessivePronounCountry(SentenceTree tree, int token) => PossessivePronounActor(tree, token)?.Country;

    /// <summary>The actor a possessive pronoun on the token refers to ("its" in "its forces"), when it has a known country.</summary>
    private ActorRef? PossessivePronounActor(SentenceTree tree, int token)
    {
        if (_coref is null)
        {
            return null;
        }
        foreach (var c in tree.Children(token))
        {
            if (tree.Rel(c) == "nmod:poss" && tree.Upos(c) == Upos.PRON && tree.LowerForm(c) is "its" or "their" or "his" or "her" or "our"
                && ReferringChain(tree.SpanOf(c)) is { } chain)
            {
                var found = new List<Participant>();
                if (AddChain(chain, tree.SpanOf(c), found) && found.Count == 1 && found[0].Actor is { Country: { Length: 3 } country } owner
                    && country != ActorRef.Unknown.Code)
                {
                    return owner;
                }
            }
        }
        return null;
    }

    /// <summary>"its own people": the pronoun means its clause's subject, which coreference does not look for.</summary>
    private static bool OwnAfterPossessive(SentenceTree tree, int token)
    {
        foreach (var c in tree.Children(token))
        {
            if (tree.Rel(c) == "nmod:poss" && tree.Upos(c) == Upos.PRON && c + 1 < tree.End && tree.LowerForm(c + 1) == "own")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Sectors of armed groups that are not a state's: "its forces" of such a group are the group.</summary>
    private static readonly HashSet<string> NonStateArmedSectors = new(StringComparer.Ordinal) { "REB", "INS", "RAD", "UAF" };

    /// <summary>An international or non-governmental organisation named by a possessive or compound modifier of the token.</summary>
    private ActorRef? ModifierOrganization(SentenceTree tree, int token)
    {
        foreach (var c in tree.Children(token))
        {
            if (tree.Rel(c) == "nmod:poss" || tree.RelIs(c, "compound"))
            {
                var m = _mentionOfToken[c];
                if (m >= 0 && m != _mentionOfToken[token] && _entities.Mentions[m].Actor is { } a
                    && (a.Code.StartsWith("IGO", StringComparison.Ordinal) || a.Code.StartsWith("NGO", StringComparison.Ordinal)))
                {
                    return a;
                }
            }
        }
        return null;
    }

    /// <summary>Physical things a seat of government's name can qualify without being its government ("the Miraflores locks").</summary>
    private static readonly HashSet<string> ThingNouns =
        ["lock", "wall", "gate", "lawn", "garden", "ground", "building", "bridge", "dam", "canal", "port", "station", "tower", "square"];

    /// <summary>The mention of a compound or possessive name on a generic noun ("TPLF" of "a TPLF faction"), or -1.</summary>
    private int NamedModifierMention(SentenceTree tree, int noun)
    {
        foreach (var g in tree.Children(noun))
        {
            if ((tree.RelIs(g, "compound") || tree.Rel(g) == "nmod:poss") && _mentionOfToken[g] >= 0)
            {
                return _mentionOfToken[g];
            }
        }
        return -1;
    }

    /// <summary>
    /// The actor of a from/of phrase of a role noun, when it has a country: a country ("troops from Chad") or a group or
    /// body ("fighters from Hamas", "the leader of the M23"); or an international or non-governmental organisation
    /// ("inspectors from the OPCW"). Null otherwise.
    /// </summary>
    private ActorRef? OriginPhraseActor(SentenceTree tree, int token)
    {
        foreach (var c in tree.Children(token))
        {
            if (OriginOfDependent(tree, token, c) is { } origin)
            {
                return origin;
            }
        }
        // (and a from-phrase right after a conjunct that the parser hung on the first conjunct: "Indonesia and separatist rebels
        // from Aceh")
        return tree.RelIs(token, "conj") && tree.Head(token) is var first and >= 0 && token + 2 < tree.End && tree.LowerForm(token + 1) == "from"
            && tree.Head(token + 2) == first
            ? OriginOfDependent(tree, token, token + 2)
            : null;
    }

    /// <summary>What the dependent <paramref name="c"/> of <paramref name="token"/> says it is of: a loyalty, a from- or of-phrase.</summary>
    private ActorRef? OriginOfDependent(SentenceTree tree, int token, int c)
    {
        if (tree.RelIs(c, "amod") && tree.Lemma(c).Equals("loyal", StringComparison.OrdinalIgnoreCase))
        {
            // "Forces loyal to Khalifa Haftar", "troops loyal to the president": those they are loyal to.
            if (tree.ChildMarked(c, "obl", "to") is var to and >= 0 && (_mentionOfToken[to] is var lm and >= 0 ? lm : NamedModifierMention(tree, to)) is var lm2 and >= 0
                && _entities.Mentions[lm2].Actor is { Country: { Length: 3 } lc } loyalTo && lc != ActorRef.Unknown.Code)
            {
                return loyalTo with { Code = lc, Sectors = [] }; // (also "loyal to a TPLF faction": the faction's group)
            }
        }
        if (!tree.RelIs(c, "nmod") || !(tree.HasMarker(c, "from") || tree.HasMarker(c, "of")))
        {
            return null;
        }
        foreach (var g in tree.Children(c))
        {
            if (tree.RelIs(g, "amod") && tree.Pos.XposOf(g) == "VBG" && g < c)
            {
                return null; // "accused the rebels of killing civilians", parsed as "rebels of civilians": a deed, not whom they are of (was CVL)
            }
        }
        var m = _mentionOfToken[c];
        if (m < 0)
        {
            // "the M23 group": the name modifies a generic head.
            foreach (var g in tree.Children(c))
            {
                if (tree.RelIs(g, "compound") && _mentionOfToken[g] >= 0)
                {
                    m = _mentionOfToken[g];
                    break;
                }
            }
        }
        if (m < 0 || m == _mentionOfToken[token])
        {
            return null;
        }
        if (_entities.Mentions[m].Actor is null && tree.HasMarker(c, "from")
            && _entities.Mentions[m].Place is { Country: { Length: 3 } home } && home != ActorRef.Unknown.Code)
        {
            return new ActorRef(home, home, [], null, null); // "separatist rebels from Aceh": the province's country
        }
        return _entities.Mentions[m].Actor is { } a
            && (a.Country is { Length: 3 } country && country != ActorRef.Unknown.Code
                // "inspectors from the Organisation for the Prohibition of Chemical Weapons", "experts of the IAEA"
                || a.Code.StartsWith("IGO", StringComparison.Ordinal) || a.Code.StartsWith("NGO", StringComparison.Ordinal))
            ? a
            : null;
    }

    /// <summary>A bare country actor (a demonym or country name) on this token, or null.</summary>
    private ActorRef? CountryOf(int token)
    {
        var m = _mentionOfToken[token];
        return m >= 0 && _entities.Mentions[m].Actor is { Country: { Length: 3 } country } actor && country != ActorRef.Unknown.Code && actor.Code.StartsWith(country, StringComparison.Ordinal)
            ? actor
            : null;
    }

    /// <summary>
    /// Nouns that name someone by a relation to another party: "Chinese rivals", "North Korea's closest ally", "U.S.
    /// partners" are not China, North Korea or the U.S., so the modifier names no actor for them.
    /// </summary>
    private static readonly HashSet<string> RelationalNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "rival", "enemy", "foe", "adversary", "opponent", "competitor", "critic", "detractor", "ally", "partner", "friend", "neighbor",
        "neighbour", "backer", "patron", "proxy", "client", "creditor", "debtor",
    };

    /// <summary>"Chinese Texans", "Somali Americans": a demonym on a plural proper noun of inhabitants is an origin, not a state.</summary>
    private static bool OriginOfInhabitants(SentenceTree tree, int token) =>
        tree.Upos(token) == Upos.PROPN && tree.Pos.XposOf(token) == "NNPS";

    /// <summary>An apposition of <paramref name="token"/> whose actor is of <paramref name="country"/> with a sector, or null.</summary>
    private EntityMention? ApposedRole(SentenceTree tree, int token, string? country)
    {
        if (country is null or "---")
        {
            return null;
        }
        foreach (var c in tree.Children(token))
        {
            if (tree.RelIs(c, "appos") && _mentionOfToken[c] is var m and >= 0 && _entities.Mentions[m].Actor is { Sectors.Count: > 0 } a
                && a.Country == country)
            {
                return _entities.Mentions[m];
            }
        }
        return null;
    }

    /// <summary>A verb in the past tense or the present perfect: an act done, not a habit ("who consults with officials").</summary>
    private static bool PastAct(SentenceTree tree, int verb) =>
        tree.Pos.XposOf(verb) == "VBD"
        || tree.Pos.XposOf(verb) == "VBN" && tree.Child(verb, "aux") is var aux and >= 0 && tree.Lemma(aux) == "have";

    /// <summary>"the leaders of the attack", "the organizer of the plot": a role defined by a violent act, of no state.</summary>
    private static bool LeaderOfAnAct(SentenceTree tree, int token)
    {
        if (tree.Lemma(token).ToLowerInvariant() is not ("leader" or "organizer" or "organiser" or "planner" or "mastermind" or "ringleader" or "commander"))
        {
            return false;
        }
        foreach (var c in tree.Children(token))
        {
            if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "of") && tree.Child(c, "nmod:poss") < 0
                && tree.Lemma(c).ToLowerInvariant() is "attack" or "attacks" or "bombing" or "plot" or "raid" or "massacre" or "ambush" or "hijacking" or "kidnapping" or "assault")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The token is (the head of) a mention of a person: a named person or a person's title or role.</summary>
    /// <summary>A mention of a country by name or of an organisation, not of a person or a province ("Hasaka Province, which ...").</summary>
    private bool StateOrBody(int mention) =>
        _entities.Mentions[mention].Type == EntityType.Organization
        || _entities.Mentions[mention].Type == EntityType.Location && _index is not null && _index.RuleOf(mention).StartsWith("country:", StringComparison.Ordinal);

    /// <summary>
    /// "Drones launched by the paramilitary Rapid Support Forces struck a fuel depot", "Missiles fired by Russian forces hit a
    /// hospital": a weapon whose participle names who launched it, flew it or sent it stands for them (the strikes had no source);
    /// -1 otherwise, and when the weapon names its side itself ("Russian drones").
    /// </summary>
    private int LauncherOfWeapon(SentenceTree tree, int token)
    {
        if (token < 0 || tree.Upos(token) != Upos.NOUN || !(WeaponNouns.Contains(tree.Lemma(token).ToLowerInvariant()) || tree.Lemma(token).ToLowerInvariant() is "shell" or "bomb" or "projectile" or "munition")
            || _mentionOfToken[token] is var m and >= 0 && _entities.Mentions[m].Actor is { Country: { } country } && country != ActorRef.Unknown.Code)
        {
            return -1;
        }
        foreach (var c in tree.Children(token))
        {
            if (tree.RelIs(c, "acl") && tree.Pos.XposOf(c) == "VBN"
                && tree.Lemma(c).ToLowerInvariant() is "launch" or "fire" or "drop" or "fly" or "send" or "operate" or "deploy" or "shoot" or "lob"
                && tree.ChildExact(c, "obl:agent") is var agent and >= 0)
            {
                return agent;
            }
        }
        return -1;
    }

    private static readonly HashSet<string> WeaponNouns = new(StringComparer.Ordinal)
    {
        "drone", "missile", "rocket", "jet", "warplane", "aircraft", "plane", "helicopter", "warship", "ship", "vessel", "submarine", "tank", "balloon",
    };

    private static readonly HashSet<string> CurrencyNouns = new(StringComparer.Ordinal)
    {
        "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "peso", "rouble", "ruble", "franc", "won", "lira", "real", "rand",
        "shekel", "dinar", "dirham", "riyal", "naira", "shilling", "krona", "krone", "zloty", "forint", "hryvnia", "ringgit", "baht", "dong",
    };

    /// <summary>
    /// The noun a relative pronoun stands for, or -1. "the mayor of Melitopol, who was abducted by Russian soldiers", "the
    /// journalist whom police arrested": a relative pronoun that is the patient of its clause stands for the noun the clause
    /// modifies. As a subject only in clauses that tell what someone did: bound everywhere, "elders who were well-spoken that
    /// really helped our family" and "the Authority, which considers the US biased" made wrong held-out events.
    /// </summary>
    private int RelativeAntecedent(SentenceTree tree, int token)
    {
        if (tree.Upos(token) != Upos.PRON || tree.LowerForm(token) is not ("who" or "whom" or "which" or "that")
            || tree.Head(token) is not (var clause and >= 0) || tree.Rel(clause) != "acl:relcl" || tree.Head(clause) is not (var antecedent and >= 0)
            || antecedent == token)
        {
            return -1;
        }
        if (tree.Rel(token) == "nsubj:pass" || tree.RelIs(token, "obj"))
        {
            return antecedent;
        }
        if (tree.Rel(token) != "nsubj")
        {
            return -1;
        }
        var afterComma = token - 1 >= tree.First && tree.LowerForm(token - 1) == ",";
        return tree.LowerForm(token) switch
        {
            // "Erdogan, who met Putin in Sochi, said ...": what a named or described person did
            "who" when afterComma && PastAct(tree, clause) && IsPersonMention(antecedent) => antecedent,
            // "opposition supporters who marched on the capital", "gunmen who stormed the village": a plural group of people who
            // did something (not soldiers or officials, whom stories mostly recall: "honoring three soldiers who fought on D-Day")
            "who" when tree.Pos.XposOf(clause) == "VBD" && tree.Upos(clause) == Upos.VERB && tree.Pos.XposOf(antecedent) == "NNS"
                && IsPersonMention(antecedent) && !OfficialsOrSoldiers(antecedent) => antecedent,
            // "Russia, which has deepened military cooperation with North Korea, ...": a state or body the text names
            "which" when afterComma && PastAct(tree, clause) && tree.Upos(antecedent) == Upos.PROPN && _mentionOfToken[antecedent] is var state and >= 0
                && StateOrBody(state) => antecedent,
            // "Russian drones that violated its airspace": a country's weapons that did something
            "that" or "which" when tree.Pos.XposOf(clause) == "VBD" && WeaponNouns.Contains(tree.Lemma(antecedent).ToLowerInvariant())
                && ModifierCountry(tree, antecedent) is not null => antecedent,
            _ => -1,
        };
    }

    /// <summary>A modifier of the noun (a compound, adjective or possessor before it) names an intergovernmental organisation.</summary>
    private bool OrganizationModifier(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
        {
            if (c < noun && (tree.RelIs(c, "compound") || tree.RelIs(c, "amod")) && _mentionOfToken[c] is var m and >= 0
                && _entities.Mentions[m].Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true)
            {
                return true;
            }
        }
        return false;
    }

    private bool OfficialsOrSoldiers(int token) =>
        _mentionOfToken[token] is var m and >= 0 && _entities.Mentions[m].Actor?.Sectors.Any(s => s is "MIL" or "GOV") == true;

    private bool IsPersonMention(int token) => _mentionOfToken[token] is var m and >= 0 && _entities.Mentions[m].Type == EntityType.Person;

    /// <summary>
    /// "Foreign Minister Kestutis Budrys and his Polish counterpart, Radoslaw Sikorski, both criticised Budapest's veto": the
    /// parser made "both" the subject of a clause hung on the names as parataxis, and the criticism had no source. A floating
    /// "both" or "all" that is such a subject stands for the noun phrase before it that the clause hangs on; -1 otherwise.
    /// </summary>
    private int FloatingQuantifierSubject(SentenceTree tree, int token) =>
        token >= 0 && _mentionOfToken[token] < 0 && tree.LowerForm(token) is "both" or "all" && tree.Rel(token).StartsWith("nsubj", StringComparison.Ordinal)
        && !HasOfPhrase(tree, token) && tree.Head(token) is var verb and >= 0 && tree.RelIs(verb, "parataxis")
        && tree.Head(verb) is var named and >= 0 && named < token && tree.Upos(named) is Upos.PROPN or Upos.NOUN
            ? named : -1;

    /// <summary>
    /// "Army commanders from both sides met at a border checkpoint", "Senior diplomats from the two countries met in Beijing": people
    /// of a role that names no country, "from" or "of" both or the two sides or countries, are those sides (the phrase "both sides"
    /// itself binds to the two parties of the story, "the two countries" to its two states); -1 otherwise.
    /// </summary>
    private int BothSidesOfRole(SentenceTree tree, int token)
    {
        if (token < 0 || _mentionOfToken[token] is var m and >= 0 && _entities.Mentions[m].Actor is { Country: { } country } && country != ActorRef.Unknown.Code)
        {
            return -1;
        }
        foreach (var c in tree.Children(token))
        {
            if (tree.RelIs(c, "nmod") && (tree.HasMarker(c, "from") || tree.HasMarker(c, "of")) && tree.Pos.XposOf(c) == "NNS"
                && tree.Lemma(c).ToLowerInvariant() is "side" or "country" or "nation")
            {
                foreach (var k in tree.Children(c))
                {
                    if (tree.LowerForm(k) is "both" or "two")
                    {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>The word as people of no stated kind or country ("Thousands protested", "arrested six suspected facilitators").</summary>
    internal static Participant UnqualifiedPeople(SentenceTree tree, int token) =>
        new(tree.SpanOf(token), tree.Document.Substring(tree.SpanOf(token)), null, null,
            new ActorRef(ActorRef.Unknown.Code + "CVL", ActorRef.Unknown.Code, ["CVL"], null, "People"));

    private void BindOne(SentenceTree tree, int token, List<Participant> result)
    {
        if (tree.Upos(token) == Upos.NOUN && CurrencyNouns.Contains(tree.Lemma(token).ToLowerInvariant()))
        {
            return; // "tariffs on 155 billion Canadian dollars worth of American goods": a currency is no actor
        }
        if (RelativeAntecedent(tree, token) is var antecedent and >= 0)
        {
            BindOne(tree, antecedent, result);
            return;
        }
        if (tree.Pos.XposOf(token) == "NN" && tree.Lemma(token).ToLowerInvariant() is "country" or "nation" or "state" or "member" or "economy"
            && OrganizationModifier(tree, token))
        {
            return; // "the first Group of Seven country", "a Commonwealth country": one member, unnamed, not the organisation
        }
        if (_viaModifiers && (RelationalNouns.Contains(tree.Lemma(token)) || OriginOfInhabitants(tree, token)))
        {
            _viaModifiers = false;
            try
            {
                BindOne(tree, token, result);
            }
            finally
            {
                _viaModifiers = true;
            }
            return;
        }
        if (LeaderOfAnAct(tree, token))
        {
            return; // "killed one of the leaders of the attack": whoever led an attack is no government (was ---GOV, then USAGOV)
        }
        var mention = _mentionOfToken[token];
        if (mention < 0 && BodyNamedBeforeByHead(tree, token) is var namedBody and >= 0)
        {
            // "..., Georgia's State Security Service said. The service urged Moscow to release the men": the body named before.
            result.Add(FromMention(_entities.Mentions[namedBody], tree.SpanOf(token)));
            return;
        }
        if (mention >= 0 && _entities.Mentions[mention].Actor is { Sectors.Count: 0, Country: { Length: 3 } bareCountry } bare
            && bare.Code == bareCountry && SharedAgent(tree, token) is { } shared)
        {
            // "U.S. and Iraqi forces conducted a joint raid", parsed as "U.S." and "Iraqi forces": the country name shares the
            // noun after the coordinated adjective (the U.S. forces).
            var m = _entities.Mentions[mention];
            result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain,
                bare with { Code = bareCountry + shared.SectorCode, Sectors = shared.Sectors, Role = shared.Role }));
            return;
        }
        if (mention >= 0 && _entities.Mentions[mention].Actor is null && ApposedPerson(tree, token) is >= 0 and var namedAfterTitle)
        {
            // "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, urged Burundi": a title the tagger read as an
            // organisation of no actor is the person named after it.
            result.Add(FromMention(_entities.Mentions[namedAfterTitle], tree.SpanOf(token)));
            return;
        }
        // "Its secretary general condemned ..." after an opposition party: a leading role of no country or the story's default, owned
        // by a pronoun, is the role of the body the pronoun refers to (was PAKIGO, the default country with the UN's sector).
        var ownedByPronoun = mention >= 0 && _entities.Mentions[mention].Actor is { Name: null, Sectors.Count: > 0 } placed && (placed.Country == "---" || PlacedByDefault(mention))
            && PossessivePronoun(tree, token) && placed.Sectors.All(x => x is "GOV" or "IGO" or "ELI");
        if (mention >= 0 && _entities.Mentions[mention].Actor is { Name: null } unplaced
            && (unplaced.Country == "---" && unplaced.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) || ownedByPronoun)
            && tree.Child(token, "appos") < 0 // (a name in apposition says who: "The court's president, Judge Joan Donoghue")
            && PossessorChainActor(tree, token, ownedByPronoun) is { } possessorBody)
        {
            // "Separately, the group's leader threatened ..." after the Houthis, "The agency's delegation ... met officials" after the
            // IAEA: a role whose possessor is a description refers to the body coreference found for it (were ---GOV, and dropped).
            var m = _entities.Mentions[mention];
            var ofBody = possessorBody.Code.StartsWith("IGO", StringComparison.Ordinal) || possessorBody.Code.StartsWith("NGO", StringComparison.Ordinal)
                || possessorBody.Name is not null && !(ownedByPronoun && possessorBody.Sectors.Count == 0) // ("its embassy": a state's embassy is no state)
                || possessorBody.Sectors.Any(x => x is "REB" or "INS" or "PTY" or "OPP" or "UAF" or "RAD" or "SEP");
            if (ofBody || unplaced.Country == "---")
            {
                // (A pronoun's country alone does not replace the default: "their employees" of technology companies stay workers.)
                result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain, ofBody ? possessorBody with { Role = unplaced.Role }
                    : unplaced with { Code = possessorBody.Country + unplaced.SectorCode, Country = possessorBody.Country }));
                return;
            }
        }
        if (mention >= 0 && _entities.Mentions[mention].Actor is { } own)
        {
            if (own.Name is null && own.Sectors.Contains("GOV") && PlacedByDefault(mention) && SpeakersGovernment(tree, token) is { } speakers
                && speakers != own.Country)
            {
                // "MOSCOW - White House spokesman Jay Carney said the administration was extremely disappointed": a government
                // body the story's default placed, in what a government's speaker says, is the speaker's (was RUSGOV).
                var m = _entities.Mentions[mention];
                result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain, own with { Code = speakers + own.SectorCode, Country = speakers }));
                return;
            }
            if (own.Name is null && InVesselName(tree, mention))
            {
                return; // "seized the car carrier Galaxy Leader": the ship's name, not a leader (was USAGOV in a story from Washington)
            }
            if (own.Name is null && BasedDescription(mention) && RecentInternationalBody(tree, mention) is >= 0 and var body)
            {
                // "Amnesty International ... In a report, the London-based rights group accused officers": a body described by
                // where it is based is the international body just named, not a British group.
                result.Add(FromMention(_entities.Mentions[body], tree.SpanOf(token)));
                return;
            }
            if (own.Name is null && ApposedName(tree, token) is >= 0 and var apposedName
                && (own.Country is null or "---" || PlacedByDefault(mention) && _entities.Mentions[apposedName].Actor!.Country != own.Country
                    // (not the same country's: "The main opposition Bharatiya Janata Party" stays the opposition)
                    || _entities.Mentions[apposedName].Actor!.Code is var apposedCode && (apposedCode.StartsWith("NGO", StringComparison.Ordinal) || apposedCode.StartsWith("IGO", StringComparison.Ordinal))
                        && _entities.Mentions[apposedName].Text.Any(char.IsLower)))
            {
                // (Also a description its modifier placed, when the name is an international body's, written out: "the London-based
                // rights group Amnesty International" is not British; "France's market regulator AMF" is not the Arab Monetary Fund.)
                // "The rights group Amnesty International accused Egypt": a description the story's default placed ("LONDON (AP) -" made
                // it GBRHRI), named by the apposition right after it, is the named body.
                result.Add(FromMention(_entities.Mentions[apposedName], tree.SpanOf(token)));
                return;
            }
            if (own.Country is null or "---" && own.Sectors.Count > 0 && !own.Code.StartsWith("IGO", StringComparison.Ordinal) && _viaModifiers
                && ModifierOrganization(tree, token) is { } organization)
            {
                // "the court's president" after "the International Court of Justice": a role of an organisation is that organisation.
                var om = _entities.Mentions[mention];
                result.Add(new Participant(om.Span, om.Text, om.CanonicalName ?? om.Text, om.Chain, organization with { Role = own.Role ?? organization.Role }));
                return;
            }
            if ((own.Country is null or "---" || own.Name is null && PlacedByDefault(mention)) && own.Sectors.Contains("MIL") && _viaModifiers
                && ModifierCountry(tree, token) is null
                && PossessivePronounActor(tree, token) is { } armedOwner && armedOwner.Sectors.Any(NonStateArmedSectors.Contains))
            {
                // "The RSF said its forces had repelled an army attack": a rebel group's forces are the group, not its
                // country's military (was SDNMIL); also when the story's default had placed them ("YANGON — The Arakan Army said
                // its troops had captured the command" were MMRMIL).
                var m = _entities.Mentions[mention];
                result.Add(new Participant(m.Span, m.Text, armedOwner.Name ?? m.CanonicalName ?? m.Text, m.Chain, armedOwner with { Role = own.Role ?? armedOwner.Role }));
                return;
            }
            if (own.Country is { Length: 3 } defaulted && own.Sectors.Count > 0 && own.Name is null && PlacedByDefault(mention) && _viaModifiers
                && ModifierCountry(tree, token) is { } modifierNamed && modifierNamed != defaulted && !modifierNamed.StartsWith("IGO", StringComparison.Ordinal))
            {
                // "MEXICO CITY (AP) — The Trump administration designated six Mexican cartels": the person who modifies the
                // body names its country (the resolver had given it the dateline's, MEXGOV).
                var m = _entities.Mentions[mention];
                result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain, own with { Code = modifierNamed + own.SectorCode, Country = modifierNamed }));
                return;
            }
            if (own.Country is { Length: 3 } guessed && guessed != ActorRef.Unknown.Code && own.Sectors.Count > 0 && own.Name is null && PlacedByDefault(mention)
                && _viaModifiers && ModifierCountry(tree, token) is null && !OwnAfterPossessive(tree, token)
                && PossessivePronounCountry(tree, token) is { } pronounCountry && pronounCountry != guessed
                && !pronounCountry.StartsWith("IGO", StringComparison.Ordinal))
            {
                // "Argentina broke off relations with Venezuela after Venezuelan troops surrounded its embassy": the resolver,
                // which sees no pronouns, placed the embassy in the country named last; "its" is Argentina.
                var m = _entities.Mentions[mention];
                result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain,
                    own with { Code = pronounCountry + own.SectorCode, Country = pronounCountry }));
                return;
            }
            if (own.Country is null or "---" && _viaModifiers && (ModifierCountry(tree, token) ?? PossessivePronounCountry(tree, token)) is { } modifierCountry)
            {
                // "the Trump administration", "Kenyan opposition": a sector without a country takes the
                // country of the person or place that modifies it.
                var m = _entities.Mentions[mention];
                result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain,
                    own with { Code = modifierCountry + own.SectorCode, Country = modifierCountry }));
                return;
            }
            if (own.Sectors.Count > 0 && _viaModifiers && OriginPhraseActor(tree, token) is { } origin
                && (own.Country is null or "---" || own.Name is null && PlacedByDefault(mention) && origin.Country != own.Country
                    && !own.Code.StartsWith("IGO", StringComparison.Ordinal)))
            {
                // "Troops from Chad" are Chad's troops; "fighters from Hamas", "officials from the Iranian foreign ministry"
                // are of that group or body; so are a role the story's default placed ("LONDON: ... Sharif said the ministers
                // of his Pakistan Muslim League-N would resign" were Britain's).
                var m = _entities.Mentions[mention];
                // An international role ("mediators", "envoys" of the IGO sector) from a country is that country itself.
                var actor = origin.Sectors.Count == 0 && !own.Sectors.Contains("IGO")
                    ? own with { Code = origin.Country + own.SectorCode, Country = origin.Country }
                    : origin with { Role = own.Role ?? origin.Role };
                result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain, actor));
                return;
            }
            if (own.Sectors.Count == 0 && ApposedRole(tree, token, own.Country) is { } apposed)
            {
                // "Dagolath's first Deputy Prime Minister, Telemar": the apposition names the same country's office holder.
                result.Add(FromMention(apposed));
                return;
            }
            if (own.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && own.Sectors.Count > 0
                && PatternMatcher.StatesGroupPossessor(tree, token) is var owners and >= 0)
            {
                // "Talks between the two countries' foreign ministers": the ministers of each of the two states the group stands for.
                var states = new List<Participant>();
                BindOne(tree, owners, states);
                if (states.Count >= 2 && states.All(p => p.Actor is { Country: { Length: 3 } c } && c != ActorRef.Unknown.Code && !c.StartsWith("IGO", StringComparison.Ordinal)))
                {
                    var m = _entities.Mentions[mention];
                    foreach (var state in states)
                    {
                        var stateCountry = state.Actor!.Country!;
                        result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain, own with { Code = stateCountry + own.SectorCode, Country = stateCountry }));
                    }
                    return;
                }
            }
            var groupFrom = result.Count;
            if ((own.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) || PlacedByDefault(mention)) && _coref is not null
                && GroupChain(tree.SpanOf(token)) is { } group && AddChain(group, tree.SpanOf(token), result)
                && (own.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) || PartiesOfTheRole(own, result, groupFrom, CountOfGroup(tree, token))))
            {
                // "Xi Jinping met Lula ... The two leaders signed 15 agreements": "the two leaders" or "both sides", a role of
                // no country, are the parties coreference found for them (it was ---GOV).
                return;
            }
            if (own.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && tree.Pos.XposOf(token) == "NN" && _coref is not null
                && ResolverRun.StateNouns.Contains(tree.LowerForm(token))
                && ReferringChain(tree.SpanOf(token)) is { } describedState && AddKnownChain(describedState, tree.SpanOf(token), result))
            {
                // "Zelenskyy thanked the Gulf state for its help" after a swap mediated by the United Arab Emirates: the state the
                // description refers back to (coreference, within the group its adjective names), not a state of no country.
                return;
            }
            if (own.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && ResolverRun.GroupNouns.Contains(tree.LowerForm(token))
                && token + 1 < tree.End && _mentionOfToken[token + 1] is >= 0 and var nameAfter && nameAfter != mention
                && _entities.Mentions[nameAfter].Actor is { Sectors.Count: > 0, Country: { Length: 3 } namedCountry } && namedCountry != ActorRef.Unknown.Code)
            {
                // "The banned Sunni militant group Lashkar-e-Jhangvi claimed responsibility": the group is the name right after it,
                // also when the parser did not make the name its apposition (the hyphenated name was split).
                result.Add(FromMention(_entities.Mentions[nameAfter], tree.SpanOf(token)));
                return;
            }
            if (own.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && tree.Pos.XposOf(token) == "NN" && _coref is not null
                && own.Sectors.Any(s => s is "UAF" or "REB" or "INS") && ReferringChain(tree.SpanOf(token)) is { } described
                && AddKnownChain(described, tree.SpanOf(token), result))
            {
                // "The army accused the paramilitary of looting" after "the paramilitary Rapid Support Forces": an armed group's
                // description of no country, in the singular, is the group coreference found for it (was ---UAF).
                return;
            }
            if (own.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal) && (AddEarlierCoordinated(tree, token, result) || AddRecentParties(tree, token, result)))
            {
                return;
            }
            // (Also "The parties agreed to continue negotiations" after Armenian-Azerbaijani talks: a dispute's sides, not the
            // dateline's political parties.)
            if (PlacedByDefault(mention) && (SideOfficials.Contains(tree.Lemma(token).ToLowerInvariant()) || tree.Lemma(token).ToLowerInvariant() == "country"
                    || tree.Lemma(token).ToLowerInvariant() == "party" && InGroupMention(tree.SpanOf(token)))
                && AddRecentParties(tree, token, result))
            {
                // "The African Union called on both governments to exercise restraint" in a story datelined Addis Ababa: the two
                // states of the story's dispute, not Ethiopia's government alone.
                return;
            }
            if (own.Code == ActorRef.Unknown.Code && own.Sectors.Count == 0 && tree.ChildMarked(token, "nmod", "of") is var ofBody and >= 0
                && _mentionOfToken[ofBody] is var bodyMention and >= 0 && bodyMention != mention
                && _entities.Mentions[bodyMention].Actor is { Sectors.Count: > 0, Country: { Length: 3 } bodyCountry } && bodyCountry != ActorRef.Unknown.Code)
            {
                // "detained 38 suspected members of the Los Lobos gang": people of no kind and no country (the unknown name "Los Lobos"
                // left them so) are of the body their of-phrase names.
                result.Add(FromMention(_entities.Mentions[bodyMention], tree.SpanOf(token)));
                return;
            }
            result.Add(FromMention(_entities.Mentions[mention]));
            return;
        }
        // "the Lebanese group Hezbollah fired": a description named by its apposition is the name's actor, not the country of
        // its adjective (was LBN).
        // (Also a name of several words, whose head is its last: "the New York-based group Human Rights Watch".)
        if (tree.Upos(token) == Upos.NOUN && ApposedName(tree, token) is >= 0 and var named)
        {
            result.Add(FromMention(_entities.Mentions[named], tree.SpanOf(token)));
            return;
        }
        // Pronouns and descriptions: coreference first, it knows "he" is Lavrov and "both sides" are two (also a description written
        // with a capital and no name of its own: "The Fund praised Cairo's progress" after "the International Monetary Fund").
        if (_coref is not null && (tree.Upos(token) is Upos.PRON or Upos.NOUN or Upos.DET or Upos.NUM || tree.Upos(token) == Upos.PROPN && tree.Child(token, "det") >= 0)
            && ReferringChain(tree.SpanOf(token)) is { } chain
            && AddChain(chain, tree.SpanOf(token), result))
        {
            return;
        }
        if (AddEarlierCoordinated(tree, token, result) || AddRecentParties(tree, token, result))
        {
            return;
        }
        // "MR PRICE: ... We call on Russia to return to compliance": in a transcript, the speaker whose label opens the paragraph.
        if (tree.Upos(token) == Upos.PRON && tree.LowerForm(token) is "we" or "us" or "our" or "i" or "me" or "my"
            && SpeakerLabelOfParagraph(tree.SpanOf(token).Start) is { } labelled)
        {
            result.Add(new Participant(tree.SpanOf(token), tree.Document.Substring(tree.SpanOf(token)), labelled.CanonicalName ?? labelled.Text,
                labelled.Chain, labelled.Actor));
            return;
        }
        // "We condemn", "I welcome" in a release on www.gov.uk or centcom.mil, with no speaker the text names: the issuer.
        if (_issuer is not null && tree.Upos(token) == Upos.PRON && tree.LowerForm(token) is "we" or "us" or "our" or "i" or "me" or "my")
        {
            result.Add(new Participant(tree.SpanOf(token), tree.Document.Substring(tree.SpanOf(token)), null, null, _issuer));
            return;
        }
        // "Ethiopia indicated it would act", "Russia said it would retaliate": without a coreference stage (PETRARCH
        // suites), the subject pronoun of a clausal complement is the subject of the verb that governs the clause.
        if (_coref is null && tree.Upos(token) == Upos.PRON && tree.LowerForm(token) is "it" or "he" or "she" or "they" && tree.RelIs(token, "nsubj")
            && tree.Head(token) is var clause and >= 0 && tree.RelIs(clause, "ccomp") && tree.Head(clause) is var governor and >= 0
            && PatternMatcher.Subject(tree, governor) is { Token: var speaker and >= 0 } && speaker != token && tree.Upos(speaker) != Upos.PRON)
        {
            var before = result.Count;
            BindOne(tree, speaker, result);
            if (result.Count > before && result[before].Actor is not null)
            {
                return;
            }
            result.RemoveRange(before, result.Count - before);
        }
        // "Tens of thousands of Belarusians", "hundreds of thousands of people": a count of a count names its people further down.
        if (QuantityNouns.Contains(tree.LowerForm(token)))
        {
            foreach (var c in tree.Children(token))
            {
                if (tree.RelIs(c, "nmod") && tree.HasMarker(c, "of") && _mentionOfToken[c] < 0 && QuantityNouns.Contains(tree.LowerForm(c)))
                {
                    BindOne(tree, c, result);
                    return;
                }
            }
            if (_mentionOfToken[token] < 0 && tree.Rel(token).StartsWith("nsubj", StringComparison.Ordinal) && !HasOfPhrase(tree, token))
            {
                // "Thousands protested in Tehran", "Hundreds marched": a bare count as a subject is people, of no stated country
                // (the place of the act may give one).
                result.Add(UnqualifiedPeople(tree, token));
                return;
            }
        }
        // "arrested five of the pro-democracy newspaper's top executives", "some of the protesters": a number or a share of a
        // group is that group.
        if (_mentionOfToken[token] < 0 && (tree.Upos(token) == Upos.NUM || tree.LowerForm(token) is "some" or "many" or "several" or "most" or "all"
                or "few" or "both" or "dozens" or "scores" or "hundreds" or "thousands")
            && (tree.ChildMarked(token, "nmod", "of") is var ofChild and >= 0 ? ofChild
                // (parsed as the verb's oblique: "arrested five | of the executives")
                : token + 1 < tree.End && tree.LowerForm(token + 1) == "of" && tree.RelIs(token + 1, "case") && tree.Head(token + 1) is var ofNoun and > 0
                    && tree.Head(ofNoun) == tree.Head(token) && tree.RelIs(ofNoun, "obl") ? ofNoun : -1) is var counted and >= 0)
        {
            var before = result.Count;
            BindOne(tree, counted, result);
            if (result.Count > before)
            {
                return;
            }
        }
        // A modifier that names the actor: "Iran's nuclear programme", "the Russian side", "head of the CSTO".
        foreach (var c in tree.Children(token))
        {
            if (!_viaModifiers)
            {
                break;
            }
            var rel = tree.Rel(c);
            if (LeaderOfAnAct(tree, c))
            {
                continue; // "one of the leaders of the attack"
            }
            if (rel.StartsWith("nmod", StringComparison.Ordinal) && rel != "nmod:poss" && tree.HasMarker(c, "of") && ContentNouns.Contains(tree.Lemma(token).ToLowerInvariant()))
            {
                // "he had received credible accounts of detainees being beaten": an account, footage or evidence of someone is what
                // is said or shown about them, not them (the rapporteur did not host the detainees).
                continue;
            }
            if (rel.StartsWith("nmod", StringComparison.Ordinal) && rel != "nmod:poss" && tree.HasMarker(c, "of") && tree.Rel(token).StartsWith("nsubj", StringComparison.Ordinal)
                && PatternMatcher.ViolentNouns.Contains(tree.Lemma(token).ToLowerInvariant()))
            {
                // "the truck bombing of the Argentine Israelite Mutual Association killed 85 people": as the doer of a verb, the
                // bombing is its bomber's, not the bombed's ("an investigation into the killing of protesters" concerns them).
                continue;
            }
            if (rel is "nmod:poss" or "compound" or "amod" && !BackerOfParticiple(tree, c) || (rel.StartsWith("nmod", StringComparison.Ordinal) && tree.HasMarker(c, "of")))
            {
                var m = _mentionOfToken[c];
                // "a new military operation", "a naval exercise": the kind of act, not the actor (a country-less military)
                // ("condemned the military action" in a story from Baghdad: an act, not the Iraqi military, whatever the story's country)
                if (m >= 0 && rel == "amod" && tree.LowerForm(c) is "military" or "naval" or "armed"
                    && (_entities.Mentions[m].Actor is { } kind && kind.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
                        || MilitaryActNouns.Contains(tree.Lemma(token).ToLowerInvariant())))
                {
                    continue;
                }
                if (m >= 0 && PlaceNouns.Contains(tree.Lemma(token).ToLowerInvariant()) && _entities.Mentions[m].Place is { Country: { Length: 3 } placeCountry }
                    && placeCountry != ActorRef.Unknown.Code && _entities.Mentions[m].Actor is { Sectors.Count: > 0 })
                {
                    // "an airstrike on Beirut's southern suburbs": a part of a capital is a place of its country, not its
                    // government (the capital's metonymy).
                    var pm = _entities.Mentions[m];
                    result.Add(new Participant(tree.SpanOf(token), pm.Text, pm.Place!.Name, pm.Chain, new ActorRef(placeCountry, placeCountry, [])));
                    return;
                }
                if (m >= 0 && rel == "compound" && _index is not null && _index.RuleOf(m).StartsWith("metonym:", StringComparison.Ordinal)
                    && tree.Upos(token) == Upos.NOUN && ThingNouns.Contains(tree.Lemma(token).ToLowerInvariant()))
                {
                    continue; // "toured the Miraflores locks" (the canal's, not Venezuela's presidency), "the Kremlin walls"
                }
                if (m >= 0 && _entities.Mentions[m].Actor is not null)
                {
                    result.Add(FromMention(_entities.Mentions[m], tree.SpanOf(token)));
                    return;
                }
                if (m < 0 && rel == "compound" && c < token && tree.Upos(c) == Upos.NOUN && CountryUnderCompound(tree, c) is var under and >= 0)
                {
                    // "fired a water cannon at a Philippine fisheries vessel": the parser hung the nationality on the compound
                    // ("fisheries"), not on the vessel; it still says whose vessel it is.
                    result.Add(FromMention(_entities.Mentions[under], tree.SpanOf(token)));
                    return;
                }
                if (m < 0 && rel == "nmod:poss" && tree.Pos.XposOf(c) == "PRP$" && TerritoryNouns.Contains(tree.Lemma(token).ToLowerInvariant())
                    && _coref is not null && ReferringChain(tree.SpanOf(c)) is { } owner && AddChain(owner, tree.SpanOf(token), result))
                {
                    return; // "Poland said a Russian missile entered its airspace": Poland's airspace
                }
            }
        }
        if (mention >= 0 && _entities.Mentions[mention].Place is { Country: { } country } && country != ActorRef.Unknown.Code)
        {
            // A place as an actor slot ("visit to Moscow", "attacks on Kandahar") stands for its country.
            var m = _entities.Mentions[mention];
            result.Add(new Participant(m.Span, m.Text, m.CanonicalName ?? m.Text, m.Chain, new ActorRef(country, country, [])));
            return;
        }
        if (mention >= 0)
        {
            result.Add(FromMention(_entities.Mentions[mention]));
        }
    }

    /// <summary>
    /// "the service", "the mission" with no modifier of its own, after a body whose name ends in that word ("Georgia's State Security
    /// Service", "the European Union Monitoring Mission") in the preceding stretch of text: that body's mention, or -1. (Capitalised
    /// heads, "the Council", are found by the resolver; these lowercase words are no role words, so they had no actor at all.)
    /// </summary>
    private int BodyNamedBeforeByHead(SentenceTree tree, int token)
    {
        if (tree.Pos.XposOf(token) != "NN" || !BodyHeads.Contains(tree.LowerForm(token)) || tree.ChildExact(token, "det") is not (var det and >= 0)
            || tree.LowerForm(det) != "the")
        {
            return -1;
        }
        foreach (var c in tree.Children(token))
        {
            if (c < token && c != det && !tree.RelIs(c, "punct"))
            {
                return -1; // "the security service", "the UN mission": the phrase says whose
            }
        }
        var start = tree.SpanOf(token).Start;
        var head = tree.Document.Substring(tree.SpanOf(token));
        var nameEnding = " " + char.ToUpperInvariant(head[0]) + head[1..]; // "service" ends "... Security Service"
        for (var m = _entities.Mentions.Count - 1; m >= 0; m--)
        {
            var candidate = _entities.Mentions[m];
            if (candidate.Span.End > start)
            {
                continue;
            }
            if (start - candidate.Span.End > 1500)
            {
                break;
            }
            if (candidate.Type == EntityType.Organization && candidate.Actor is { } body && !body.Code.StartsWith(ActorRef.Unknown.Code, StringComparison.Ordinal)
                && candidate.Text.EndsWith(nameEnding, StringComparison.Ordinal))
            {
                return m;
            }
        }
        return -1;
    }

    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "service", "mission", "agency", "tribunal", "bureau", "directorate", "authority", "watchdog", "secretariat", "centre", "center",
        "institute", "foundation", "observatory", "network", "coalition", "alliance", "front", "movement", "league", "union", "federation",
    };

    /// <summary>
    /// The mention of a country-naming adjective or possessive hung on a compound noun before the head ("Philippine" under
    /// "fisheries" in "a Philippine fisheries vessel"), or -1.
    /// </summary>
    private int CountryUnderCompound(SentenceTree tree, int compound)
    {
        foreach (var k in tree.Children(compound))
        {
            // (and a body, not a bare country, named as a compound in turn: "a junta fighter jet dropped two bombs", not "new Syria
            // sanctions listings")
            if (k < compound && (tree.RelIs(k, "amod") || tree.Rel(k) == "nmod:poss" || tree.Rel(k) == "compound") && !BackerOfParticiple(tree, k)
                && _mentionOfToken[k] is var km and >= 0 && _entities.Mentions[km].Actor is { Country: { Length: 3 } country } under
                && country != ActorRef.Unknown.Code && (tree.Rel(k) != "compound" || under.Sectors.Count > 0))
            {
                return km;
            }
        }
        return -1;
    }

    /// <summary>What is said or shown about someone: its "of" phrase names whom it is about.</summary>
    private static readonly HashSet<string> ContentNouns = new(StringComparer.Ordinal)
    {
        "account", "testimony", "footage", "video", "photo", "photograph", "picture", "image", "evidence", "story", "rumour", "rumor",
        "description", "portrait", "record",
    };

    /// <summary>What a state owns as territory: a possessive pronoun on it refers to the state ("its airspace", "their waters").</summary>
    private static readonly HashSet<string> TerritoryNouns = new(StringComparer.Ordinal)
    {
        "airspace", "water", "waters", "territory", "territories", "border", "borders", "soil", "land", "sovereignty", "coast",
        "coastline", "island", "islands", "frontier",
    };

    private static bool HasOfPhrase(SentenceTree tree, int token) => tree.ChildMarked(token, "nmod", "of") >= 0;

    /// <summary>Counts a phrase of people is made of: "tens of thousands of Belarusians", "crowds of protesters".</summary>
    internal static readonly HashSet<string> QuantityNouns = new(StringComparer.Ordinal)
    {
        "tens", "dozens", "scores", "hundreds", "thousands", "millions", "crowds", "thousand", "hundred", "million",
    };

    /// <summary>
    /// The chain of a pronoun, description or group mention that contains the token — never of a name
    /// merely somewhere inside the noun's phrase ("months after the fall of Assad" is not Assad).
    /// </summary>
    /// <summary>The chain of a group mention ("the two leaders", "both sides") with its parties, containing the token.</summary>
    private CorefChain? GroupChain(TextSpan head)
    {
        foreach (var m in _coref!.Mentions)
        {
            if (m.Span.Start > head.Start)
            {
                break;
            }
            if (m.Kind == MentionKind.Group && m.Span.Contains(head) && _coref.Chains[m.Chain] is { Parties.Count: >= 2 } chain)
            {
                return chain;
            }
        }
        return null;
    }

    /// <summary>The parties of the last fight, talks or agreement the coder reported before this sentence (set by the coder).</summary>
    public (Participant First, Participant Second)? RecentParties { get; set; }

    /// <summary>The two sides of the last dispute nearby, for "both sides" when <see cref="RecentParties"/> has none.</summary>
    public (Participant First, Participant Second)? RecentDisputants { get; set; }

    /// <summary>The two states of the last event between states the coder reported before this sentence (set by the coder).</summary>
    public (Participant First, Participant Second)? RecentStates { get; set; }

    /// <summary>Two actors of two different states (no organisation, no unknown country).</summary>
    internal static bool TwoStates(ActorRef? a, ActorRef? b) => IsState(a) && IsState(b) && a!.Country != b!.Country;

    /// <summary>An actor of a state (no organisation, no unknown country).</summary>
    internal static bool IsState(ActorRef? a) =>
        a is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code && !country.StartsWith("IGO", StringComparison.Ordinal);

    /// <summary>Acts a "military" or "naval" adjective only classifies: "the military action", "a naval exercise".</summary>
    private static readonly HashSet<string> MilitaryActNouns = new(StringComparer.Ordinal)
    {
        "action", "operation", "offensive", "exercise", "drill", "campaign", "intervention", "pressure", "option", "solution", "escalation",
        "buildup", "build-up", "strike", "attack", "move", "response", "retaliation", "threat", "manoeuvre", "maneuver", "adventure",
    };

    /// <summary>Plural role words that stand for the two sides of a story: "the delegations", "the ministers", "their leaders".</summary>
    private static readonly HashSet<string> SideOfficials = new(StringComparer.Ordinal) { "delegation", "government", "minister", "leader" };

    /// <summary>
    /// A group of two with no parties from coreference or an earlier noun (<see cref="RecentParties"/>,
    /// <see cref="RecentStates"/>): "both sides" and "the warring parties" are the parties of the last fight or talks;
    /// "the two countries", "both governments", "the delegations" and "them" for "both countries" the two states of the
    /// story; "the ministers" and "their leaders" after a meeting or dispute the two governments. False when that does not
    /// apply.
    /// </summary>
    private bool AddRecentParties(SentenceTree tree, int token, List<Participant> result)
    {
        var written = tree.SpanOf(token);
        var lemma = tree.Lemma(token).ToLowerInvariant();
        if (tree.Upos(token) == Upos.PRON && _coref is not null && lemma is "they" or "them" or "their" && ReferringChain(written) is { Parties.Count: 0 } chain
            && GroupHeadOf(chain) is { } groupHead)
        {
            lemma = groupHead; // "China, which has major investments in both countries, urged them": the countries' states
        }
        else if (!InGroupMention(written) && !(tree.Pos.XposOf(token) == "NNS" && SideOfficials.Contains(lemma)
            && tree.Child(token, "amod") < 0 // (not "their local governments")
            && (tree.Child(token, "det") is var det and >= 0 && tree.LowerForm(det) == "the"
                || lemma is "minister" or "leader" && tree.Child(token, "nmod:poss") is var their and >= 0 && tree.LowerForm(their) == "their")))
        {
            return false; // ("the delegations agreed to a ceasefire": the two sides' delegations, counted or not)
        }
        if (lemma is "country" or "nation" or "neighbour" or "neighbor" or "government" or "delegation" && (lemma is "neighbour" or "neighbor" ? RecentStates ?? RecentParties : RecentParties ?? RecentStates) is { } parties)
        {
            // "India launched missile strikes on nine sites in Pakistan ... the two countries agreed to a ceasefire": the
            // states of the two parties (their governments for "the two governments"), when they are two states.
            if (!TwoStates(parties.First.Actor, parties.Second.Actor))
            {
                return false;
            }
            var sectors = lemma is "government" or "delegation" ? new[] { "GOV" } : [];
            foreach (var party in (ReadOnlySpan<ActorRef>)[parties.First.Actor!, parties.Second.Actor!])
            {
                var name = party.Sectors.Count == 0 ? party.Name : null; // a state's name, not its minister's
                result.Add(new Participant(written, _document.Substring(written), name, null,
                    new ActorRef(party.Country + string.Concat(sectors), party.Country, sectors, name, null)));
            }
            return true;
        }
        if (lemma is "minister" or "leader" && tree.Pos.XposOf(token) == "NNS" && (RecentParties ?? RecentStates) is { } met
            && met.First.Actor is { } one && met.Second.Actor is { } other && one.Country != other.Country
            && OfficialsOf(one) is { } oneOfficials && OfficialsOf(other) is { } otherOfficials)
        {
            // "Brazil's foreign minister met his Chinese counterpart ... the ministers also discussed the war"; "Turkey brokered
            // talks between the two countries, where their leaders agreed": the two states' officials.
            result.Add(new Participant(written, _document.Substring(written), met.First.Name, null, oneOfficials));
            result.Add(new Participant(written, _document.Substring(written), met.Second.Name, null, otherOfficials));
            return true;
        }
        if (lemma is not ("side" or "party") || (RecentParties ?? RecentDisputants) is not { } sides)
        {
            return false;
        }
        foreach (var p in (ReadOnlySpan<Participant>)[sides.First, sides.Second])
        {
            result.Add(new Participant(written, _document.Substring(written), p.Name, null, p.Actor));
        }
        return true;
    }

    /// <summary>A state's government, or a government actor as it is; null for anyone else (rebels, civilians).</summary>
    private static ActorRef? OfficialsOf(ActorRef actor) =>
        actor.Sectors.Contains("GOV") ? actor
        : actor.Sectors.Count == 0 && actor.Country is { Length: 3 } c && c != ActorRef.Unknown.Code && !c.StartsWith("IGO", StringComparison.Ordinal)
            ? actor with { Code = c + "GOV", Sectors = ["GOV"] } : null;

    /// <summary>The singular head of the group mention of a chain ("country" of "both countries"), or null.</summary>
    private string? GroupHeadOf(CorefChain chain)
    {
        foreach (var m in _coref!.Mentions)
        {
            if (m.Chain == chain.Id && m.Kind == MentionKind.Group)
            {
                var text = _document.Substring(m.Span).ToLowerInvariant();
                var last = text[(text.LastIndexOf(' ') + 1)..];
                return last switch
                {
                    "countries" => "country",
                    "nations" => "nation",
                    "governments" => "government",
                    "sides" => "side",
                    "parties" => "party",
                    "neighbours" or "neighbors" => "neighbour",
                    "delegations" => "delegation",
                    _ => null,
                };
            }
        }
        return null;
    }

    /// <summary>The sentence trees of the document by sentence index, for what a sentence refers back to (set by the coder).</summary>
    public IReadOnlyList<SentenceTree>? Trees { get; set; }

    /// <summary>
    /// "Russian and Ukrainian delegations met in Istanbul ... The two sides agreed to exchange prisoners": a group mention
    /// whose chain has no parties is the countries that modified one noun shortly before (coreference finds parties among
    /// names only). False when the token is in no group mention or there is no such noun.
    /// </summary>
    private bool AddEarlierCoordinated(SentenceTree tree, int token, List<Participant> result)
    {
        if (!InGroupMention(tree.SpanOf(token)) || EarlierCoordinatedCountries(tree) is not { Countries.Count: >= 2 } earlier)
        {
            return false;
        }
        var written = tree.SpanOf(token);
        var sectors = earlier.Head?.Sectors ?? [];
        foreach (var (_, party) in earlier.Countries)
        {
            result.Add(new Participant(written, _document.Substring(written), party.Name, null,
                new ActorRef(party.Country + string.Concat(sectors), party.Country, sectors, party.Name, earlier.Head?.Role)));
        }
        return true;
    }

    /// <summary>The mention of a person with an actor in apposition to the token ("..., Zeid Ra'ad Al Hussein,"), or -1.</summary>
    private int ApposedPerson(SentenceTree tree, int token)
    {
        foreach (var c in tree.Children(token))
        {
            if (tree.RelIs(c, "appos") && tree.Upos(c) == Upos.PROPN && _mentionOfToken[c] is >= 0 and var named
                && _entities.Mentions[named].Type == EntityType.Person && _entities.Mentions[named].Actor is { } actor && actor.Code != ActorRef.Unknown.Code)
            {
                return named;
            }
        }
        return -1;
    }

    /// <summary>
    /// The mention of a name in apposition right after <paramref name="token"/> ("group Hezbollah", "rights group Amnesty
    /// International") whose actor has a sector; -1 if none.
    /// </summary>
    private int ApposedName(SentenceTree tree, int token)
    {
        if (token + 1 >= tree.End || _mentionOfToken[token + 1] is not (>= 0 and var named) || _entities.Mentions[named].Actor is not { Sectors.Count: > 0 })
        {
            return -1;
        }
        foreach (var c in tree.Children(token))
        {
            // (Also a name the parser hung on the noun as "flat": "The al-Qaida-linked group al-Shabab claimed responsibility" was
            // the group of the modifier, al-Qaida.)
            if ((tree.RelIs(c, "appos") || tree.RelIs(c, "flat")) && tree.Upos(c) == Upos.PROPN && _mentionOfToken[c] == named)
            {
                return named;
            }
        }
        return -1;
    }

    /// <summary>
    /// The country of a government's speaker whose reported clause has <paramref name="token"/> as its subject ("Carney said the
    /// administration was disappointed"), when the speaker is named with a country of his own; null otherwise.
    /// </summary>
    private string? SpeakersGovernment(SentenceTree tree, int token)
    {
        if (!(tree.RelIs(token, "nsubj") || tree.Rel(token) == "nsubj:pass") || tree.Head(token) is not (>= 0 and var clause)
            || !tree.RelIs(clause, "ccomp") || tree.Head(clause) is not (>= 0 and var speech)
            || !PatternMatcher.SpeechVerbs.Contains(tree.Lemma(speech).ToLowerInvariant())
            || tree.ChildExact(speech, "nsubj") is not (>= 0 and var speaker) || _mentionOfToken[speaker] is not (>= 0 and var sm)
            || PlacedByDefault(sm))
        {
            return null;
        }
        return _entities.Mentions[sm].Actor is { Country: { Length: 3 } country, Sectors: var sectors } && country != ActorRef.Unknown.Code
            && sectors.Contains("GOV") ? country : null;
    }

    /// <summary>A description placed by where it is based: "the London-based rights group", "the New York-based watchdog".</summary>
    private bool BasedDescription(int mention) => _entities.Mentions[mention].Text.Contains("-based ", StringComparison.Ordinal);

    /// <summary>The last mention of an international body (IGO or NGO) of the mention's kind in the two sentences before the mention's, or its own; -1 if none.</summary>
    private int RecentInternationalBody(SentenceTree tree, int mention)
    {
        var from = tree.Document.Sentences.SpanOf(Math.Max(0, tree.Index - 2)).Start;
        for (var k = mention - 1; k >= 0 && _entities.Mentions[k].Span.Start >= from; k--)
        {
            if (_entities.Mentions[k].Actor is { Code: var code, Sectors: var sectors } && (code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("IGO", StringComparison.Ordinal))
                && _entities.Mentions[k].Text.Any(char.IsLower)
                // (of the description's kind: "the London-based rights group" after Amnesty urged the ICC is Amnesty)
                && (_entities.Mentions[mention].Actor is not { Sectors.Count: > 0 } described || sectors.Any(described.Sectors.Contains) || described.Sectors.Any(d => code.Contains(d, StringComparison.Ordinal))))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The mention is the last word of a ship's name: a vessel noun, then capitalised words up to it ("the tanker Stena Impero").</summary>
    private bool InVesselName(SentenceTree tree, int mention)
    {
        var first = tree.Document.Tokens.FirstTokenEndingAfter(_entities.Mentions[mention].Span.Start);
        var k = first - 1;
        while (k >= tree.First && k > first - 4 && tree.Document.Text[tree.SpanOf(k).Start] is var initial && char.IsUpper(initial))
        {
            k--;
        }
        return k >= tree.First && k < first - 1 && VesselNouns.Contains(tree.Lemma(k).ToLowerInvariant());
    }

    private static readonly HashSet<string> VesselNouns = new(StringComparer.Ordinal)
    {
        "ship", "vessel", "tanker", "carrier", "freighter", "ferry", "yacht", "frigate", "destroyer", "cruiser", "submarine", "trawler",
        "boat", "liner", "warship", "corvette",
    };

    /// <summary>
    /// The resolver gave the mention the story's country only by default or from an earlier same word ("the two leaders" in a
    /// story datelined Addis Ababa was ETHGOV), not from anything the phrase says.
    /// </summary>
    private bool PlacedByDefault(int mention) =>
        _index is not null && mention < _entities.Mentions.Count && _index.RuleOf(mention) is var rule
        && (rule.StartsWith("agent+default:", StringComparison.Ordinal) || rule.StartsWith("agent+local:", StringComparison.Ordinal) || rule == "agent+earlier");

    /// <summary>
    /// The parties added from <paramref name="from"/> on fit the role the resolver placed by default ("the two leaders" are
    /// two governments' people, not ISIL); when they do not, they are taken back.
    /// </summary>
    private static bool PartiesOfTheRole(ActorRef role, List<Participant> result, int from, int count = 0)
    {
        // (A word for anybody, "both men" after two presidents, fits any party.)
        if (role.Sectors.Count == 0 || role.Role is "Man" or "Woman" or "Person" or "People"
            || result.Skip(from).All(p => p.Actor is { } a && a.Sectors.Any(role.Sectors.Contains)))
        {
            return true;
        }
        if (role.Sectors is ["GOV"] && (count == 0 || result.Count - from == count) && result.Skip(from).All(p => p.Actor is { Sectors.Count: 0, Country.Length: 3 } a && a.Country != ActorRef.Unknown.Code
                && !a.Code.StartsWith("IGO", StringComparison.Ordinal)))
        {
            // "Ireland, Spain and Norway announced ... He accused the three governments": the states' governments.
            for (var i = from; i < result.Count; i++)
            {
                var state = result[i].Actor!;
                result[i] = result[i] with { Actor = state with { Code = state.Country + "GOV", Sectors = ["GOV"], Role = role.Role } };
            }
            return true;
        }
        result.RemoveRange(from, result.Count - from);
        return false;
    }

    /// <summary>The number a group word is counted with ("the two governments": 2, "both": 2), or 0.</summary>
    private static int CountOfGroup(SentenceTree tree, int token) => tree.LowerForm(token - 1) switch
    {
        "two" or "both" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        _ => 0,
    };

    /// <summary>The token is inside a group mention ("the two sides", "both parties").</summary>
    private bool InGroupMention(TextSpan head)
    {
        foreach (var m in _coref?.Mentions ?? [])
        {
            if (m.Span.Start > head.Start)
            {
                break;
            }
            if (m.Kind == MentionKind.Group && m.Span.Contains(head))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The last noun of the four sentences before <paramref name="tree"/> that coordinated countries modify ("Russian and
    /// Ukrainian delegations", "officials from Israel and Hamas"), the nearest sentence first: its countries and its actor.
    /// </summary>
    private (List<(int Token, ActorRef Country)> Countries, ActorRef? Head) EarlierCoordinatedCountries(SentenceTree tree)
    {
        for (var s = tree.Index - 1; Trees is not null && s >= 0 && s >= tree.Index - 4 && s < Trees.Count; s--)
        {
            var earlier = Trees[s];
            for (var t = earlier.End - 1; t >= earlier.First; t--)
            {
                if (earlier.Upos(t) is Upos.NOUN && (earlier.Pos.XposOf(t) != "NN" || TwoSidedNouns.Contains(earlier.Lemma(t)))
                    && ModifierCountries(earlier, t) is { Count: >= 2 } countries)
                {
                    return (countries, _mentionOfToken[t] is var m and >= 0 ? _entities.Mentions[m].Actor : null);
                }
            }
        }
        return ([], null);
    }

    /// <summary>
    /// Singular nouns whose coordinated countries stand on two sides ("the Russian-Ukrainian talks", "the US and Chinese trade
    /// war"); other singular things they share ("an Israeli and Egyptian blockade") make them one side, not the two.
    /// </summary>
    private static readonly string[] TwoSidedNouns =
        ["talk", "war", "conflict", "dispute", "border", "relation", "deal", "agreement", "summit", "meeting", "negotiation", "tension",
         "fighting", "ceasefire", "truce", "treaty", "pact", "rivalry", "standoff", "feud", "clash", "dialogue", "rapprochement"];

    /// <summary>
    /// The actor of the chain a described possessor of <paramref name="token"/> belongs to ("the group" of "the group's leader"), when
    /// that chain gives exactly one actor of a known country or an organisation; null otherwise.
    /// </summary>
    private ActorRef? PossessorChainActor(SentenceTree tree, int token, bool pronoun)
    {
        if (_coref is null || tree.ChildExact(token, "nmod:poss") is not (>= 0 and var possessor)
            || !(pronoun ? PossessivePronoun(tree, token) : tree.Upos(possessor) == Upos.NOUN && tree.Child(possessor, "det") is >= 0 and var det && tree.LowerForm(det) == "the")
            || ReferringChain(tree.SpanOf(possessor)) is not { } chain)
        {
            return null;
        }
        var found = new List<Participant>();
        AddChain(chain, tree.SpanOf(possessor), found);
        return found.Select(p => p.Actor).OfType<ActorRef>().DistinctBy(a => a.Code).ToList() is [{ } one]
            && (one.Country is { Length: 3 } c && c != ActorRef.Unknown.Code || one.Code.StartsWith("IGO", StringComparison.Ordinal)) ? one : null;
    }

    /// <summary>The token is owned by "its" or "their" ("Its secretary general", "their leader").</summary>
    private static bool PossessivePronoun(SentenceTree tree, int token) =>
        tree.ChildExact(token, "nmod:poss") is >= 0 and var possessor && tree.LowerForm(possessor) is "its" or "their";

    private CorefChain? ReferringChain(TextSpan head)
    {
        CorefMention? best = null;
        foreach (var m in _coref!.Mentions)
        {
            if (m.Span.Start > head.Start)
            {
                break;
            }
            if (m.Span.Contains(head) && m.Kind is MentionKind.Pronoun or MentionKind.Description or MentionKind.Group
                && (best is null || m.Span.Length < best.Span.Length))
            {
                best = m;
            }
        }
        return best is null ? null : _coref.Chains[best.Chain];
    }

    /// <summary><see cref="AddChain"/>, only when every participant it gives has an actor of a known country or organisation.</summary>
    private bool AddKnownChain(CorefChain chain, TextSpan written, List<Participant> result)
    {
        var found = new List<Participant>();
        if (!AddChain(chain, written, found)
            || !found.All(p => p.Actor is { } a && (a.Country is { Length: 3 } and not "---" || a.Code.StartsWith("IGO", StringComparison.Ordinal))))
        {
            return false;
        }
        result.AddRange(found);
        return true;
    }

    private bool AddChain(CorefChain chain, TextSpan written, List<Participant> result)
    {
        if (chain.Parties.Count > 0)
        {
            var added = false;
            foreach (var party in chain.Parties)
            {
                added |= AddChain(_coref!.Chains[party], written, result);
            }
            return added;
        }
        // A mention whose actor has a country first: "the militant group al-Shabab ... the group" is al-Shabab (SOMINS),
        // not the bare "militant group" (---INS).
        foreach (var known in new[] { true, false })
        {
            foreach (var m in chain.Mentions)
            {
                var span = _coref!.Mentions[m].Span;
                var tokens = _document.Tokens;
                for (var t = tokens.FirstTokenEndingAfter(span.Start); t < tokens.Count && tokens.Starts[t] < span.End; t++)
                {
                    var e = _mentionOfToken[t];
                    if (e >= 0 && _entities.Mentions[e].Actor is { } actor && (!known || actor.Country is { Length: 3 } and not "---" || actor.Code.StartsWith("IGO", StringComparison.Ordinal)))
                    {
                        result.Add(new Participant(written, _document.Substring(written), chain.Name.Length > 0 ? chain.Name : null, chain.Id, actor));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The placed person or body whose transcript label ("MR PRICE:", "Mr Speaker:", "KANAANI:") opens the paragraph the offset is
    /// in, or null (no label, a questioner's label, or a label the text does not place).
    /// </summary>
    private EntityMention? SpeakerLabelOfParagraph(int offset)
    {
        var text = _document.Text;
        var start = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        var colon = text.IndexOf(':', start);
        if (colon < 0 || colon >= offset || colon - start > 40 || text.AsSpan(start, colon - start).ContainsAny('.', ',', '"'))
        {
            return null;
        }
        var label = text.AsSpan(start, colon - start).Trim();
        if (label.Length == 0 || label is "Q" or "QUESTION" or "Question" or "A" || !char.IsUpper(label[0]))
        {
            return null;
        }
        foreach (var m in _entities.Mentions)
        {
            if (m.Span.Start >= start && m.Span.End <= colon && m.Actor is { Country: { Length: 3 } country } && country != ActorRef.Unknown.Code)
            {
                return m;
            }
        }
        return null;
    }

    private Participant FromMention(EntityMention mention, TextSpan? written = null)
    {
        var span = written ?? mention.Span;
        return new Participant(span, _document.Substring(span), mention.CanonicalName ?? mention.Text, mention.Chain, mention.Actor);
    }

    /// <summary>
    /// The geocoded place a location phrase names, if any; a generic place noun is where its of/in phrase says: "the
    /// Tigrayan city of Axum", "villages in Sagaing region".
    /// </summary>
    public GeoPlace? PlaceAt(SentenceTree tree, int token, int depth = 0)
    {
        // An embassy is where its in-phrase says, not in the country that owns it: "outside the US embassy in Baghdad".
        var embassy = tree.Lemma(token).ToLowerInvariant() is "embassy" or "consulate";
        var m = _mentionOfToken[token];
        if (m >= 0 && !embassy && _entities.Mentions[m].Place is { } place)
        {
            return place;
        }
        GeoPlace? unplaced = null; // a name the gazetteer does not place ("Tigrayan"), kept only when nothing better is said
        foreach (var c in tree.Children(token))
        {
            if (!embassy && (tree.RelIs(c, "compound") || tree.RelIs(c, "flat")))
            {
                var cm = _mentionOfToken[c];
                if (cm >= 0 && _entities.Mentions[cm].Place is { } p)
                {
                    if (p.Country is not null)
                    {
                        return p;
                    }
                    unplaced ??= p;
                }
            }
        }
        if (depth < 2 && (PlaceNouns.Contains(tree.Lemma(token).ToLowerInvariant()) || embassy))
        {
            foreach (var c in tree.Children(token))
            {
                if (tree.RelIs(c, "nmod") && (tree.HasMarker(c, "of") && !embassy || tree.HasMarker(c, "in")) && PlaceAt(tree, c, depth + 1) is { } named
                    && (named.Country is not null || unplaced is null))
                {
                    return named;
                }
            }
            if (unplaced is null && !embassy)
            {
                // "in several Iranian cities": a place noun a demonym modifies is in that country (no coordinates).
                foreach (var c in tree.Children(token))
                {
                    if (tree.RelIs(c, "amod") && Bind(tree, c, viaModifiers: false) is [{ Actor: { Sectors.Count: 0, Country: { Length: 3 } country } }]
                        && country != ActorRef.Unknown.Code)
                    {
                        return new GeoPlace(tree.Document.Substring(tree.SpanOf(token)), country, null, null, null);
                    }
                }
            }
        }
        return unplaced;
    }

    /// <summary>Nouns of places: "the city of Axum" is where "Axum" says, "liberated the town" frees no people.</summary>
    internal static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "region", "province", "district", "enclave", "area", "state", "county", "camp", "suburb",
        "neighborhood", "neighbourhood", "outskirts", "capital", "port", "island", "valley", "governorate", "municipality",
        "territory", "land", "stronghold", "base", "airport",
    };
}
