using EventDesk.Coding.Quotes;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Coreference;

/// <summary>Finds the mentions of one document. Not thread-safe; one instance per call.</summary>
internal sealed class MentionFinder(DocumentView view, RoleNouns roles, QuoteCandidateLayer quotes, EntityLayer? entities,
    Func<string, IReadOnlySet<string>?>? countryGroups = null)
{
    // Closed classes and calendar words: grammar, not vocabulary.
    private static readonly string[] NotNames =
    [
        "the", "a", "an", "in", "on", "at", "for", "to", "of", "and", "but", "or", "if", "as", "by", "with", "from", "during",
        "after", "before", "since", "while", "when", "where", "what", "who", "why", "how", "this", "that", "these", "those",
        "there", "here", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
        "both", "all", "some", "many", "most", "more", "one", "two", "three", "no", "not", "yes", "so", "yet", "however",
        "meanwhile", "also", "although", "though", "because", "despite", "according", "under", "over", "about", "against",
        "between", "among", "through", "without", "within", "earlier", "later", "last", "next", "other", "another", "each",
        "every", "such", "only", "even", "still", "then", "now", "today", "yesterday", "tomorrow", "being", "having", "is",
        "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do",
        "does", "did", "let", "please", "thank", "thanks", "dear", "mr", "mrs", "ms", "dr",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    private static readonly string[] CalendarWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] Determiners = ["the", "this", "that", "these", "those"];

    private static readonly string[] GroupWords =
    [
        "sides", "countries", "leaders", "parties", "nations", "governments", "men", "women", "ministers", "presidents",
        "delegations", "states", "officials", "groups", "neighbours", "neighbors", "allies", "rivals",
        // ("The two heads of state signed a joint declaration" after "held talks with Kazakh President Nursultan Nazarbayev")
        "heads", "counterparts", "envoys", "negotiators", "chiefs",
    ];

    private static readonly string[] GroupCounts = ["two", "three", "four", "five"];

    /// <summary>The group word at <paramref name="first"/> or after up to three modifier tokens ("military - led"), or -1.</summary>
    private int GroupWordAfter(int first)
    {
        for (var k = first; k < Math.Min(view.Count, first + 4); k++)
        {
            if (view.IsAny(k, GroupWords))
            {
                return k;
            }
            if (view.IsPunct(k) && !view.Is(k, "-"))
            {
                return -1;
            }
        }
        return -1;
    }

    private readonly List<RawMention> _mentions = [];
    private bool[] _inQuote = [];
    private bool[] _taken = [];

    public List<RawMention> Find()
    {
        _inQuote = new bool[view.Count];
        _taken = new bool[view.Count];
        foreach (var quote in quotes.Quotes)
        {
            if (quote.Kind == QuoteKind.Indirect)
            {
                continue;
            }
            var (first, end) = view.TokensIn(quote.Span);
            for (var t = first; t < end; t++)
            {
                _inQuote[t] = true;
            }
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (view.Dateline.Length > 0 && view.Dateline.Contains(view.Start(t)))
            {
                _taken[t] = true; // the dateline names the place and agency, not a participant
            }
        }
        if (entities is not null)
        {
            FromEntities();
        }
        else
        {
            FromNameRuns();
        }
        FindGroupsAndDescriptions();
        FindPronouns();
        _mentions.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.Length.CompareTo(x.Span.Length));
        MarkSubjectsAndSpeakers();
        return _mentions;
    }

    private RawMention Add(int first, int end, MentionKind kind)
    {
        var mention = new RawMention
        {
            First = first,
            End = end,
            Span = view.SpanOf(first, end),
            Kind = kind,
            Sentence = view.SentenceOf[first],
            InQuote = _inQuote[first],
        };
        for (var t = first; t < end; t++)
        {
            _taken[t] = true;
        }
        _mentions.Add(mention);
        return mention;
    }

    // ---- names -------------------------------------------------------------------------------

    private void FromEntities()
    {
        foreach (var entity in entities!.Mentions)
        {
            if (entity.Type == EntityType.Nationality)
            {
                continue;
            }
            var (first, end) = view.TokensIn(entity.Span);
            if (end <= first || _taken[first])
            {
                continue;
            }
            if (!HasCapitalisedWord(first, end))
            {
                continue; // "the visiting advisor", "officials": role descriptions, found as such below
            }
            var acronym = end - first == 1 && view.IsAcronym(first);
            var m = Add(first, end, acronym ? MentionKind.Acronym : MentionKind.Name);
            m.Type = entity.Type switch
            {
                EntityType.Person => CorefEntityType.Person,
                EntityType.Organization => CorefEntityType.Organization,
                EntityType.Location => CorefEntityType.Location,
                _ => CorefEntityType.Unknown,
            };
            m.Key = entity.CanonicalName ?? entity.Text;
            if (m.Type == CorefEntityType.Person && entity.CanonicalName is { } named && entity.Text.Contains(named, StringComparison.Ordinal)
                && entity.Text.Length > named.Length && roles.TryGet(LastWord(entity.Text), out _))
            {
                // "A Taliban spokesman said ... the Taliban were ready": a role of a body is not the body's name (the spokesman was
                // joined to the Taliban's chain, which made it no person, and "He also called on Washington" went to another man).
                m.Key = entity.Text;
            }
            m.Country = entity.Actor?.Country is { Length: 3 } country && country != "---" ? country : null;
            if (entity.Role is { } role && (roles.TryGet(role, out var r) || roles.TryGet(LastWord(role), out r)))
            {
                m.Titles.Add(r.Canonical); // "National Security Advisor" is an advisor
            }
            AttachTitlesBefore(m);
            AttachAppositive(m);
            LinkParentheticalAcronym(m);
            if (m.Type == CorefEntityType.Person && end - first > 1 && view.IsAcronym(first) && entity.Actor?.Code is { } code
                && code.StartsWith("IGO", StringComparison.Ordinal) && entity.Role is not null
                && !(entity.CanonicalName ?? "").AsSpan().Contains(view.TextOf(first), StringComparison.Ordinal))
            {
                // "NATO Secretary General Mark Rutte said the alliance ...": the body whose acronym opens a person's title is a
                // mention of its own, so "the alliance" finds it.
                var body = Add(first, first + 1, MentionKind.Acronym);
                body.Type = CorefEntityType.Organization;
                body.Key = view.TextOf(first).ToString();
            }
        }
    }

    /// <summary>The head word of a title: its last word, or the last before "of" ("Secretary" of "Secretary of State", whose
    /// "State" made "the state was working with the security forces" John Kerry).</summary>
    private static string LastWord(string phrase)
    {
        var of = phrase.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        if (of > 0)
        {
            phrase = phrase[..of];
        }
        var space = phrase.LastIndexOf(' ');
        return space < 0 ? phrase : phrase[(space + 1)..];
    }

    private bool HasCapitalisedWord(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            // At the start of a sentence every word is capitalised: count it only as a proper noun or a
            // demonym ("Russian officials"), not as "The" or "Officials".
            if (view.IsCapitalized(t) && (t != view.SentenceStartToken(t) || view.Pos is { } pos && pos.UposOf(t) is Upos.PROPN or Upos.ADJ))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsNameToken(int t)
    {
        if (_taken[t] || view.IsPunct(t))
        {
            return false;
        }
        if (view.Pos is { } pos)
        {
            return pos.UposOf(t) == Upos.PROPN && !view.IsAny(t, CalendarWords);
        }
        if (!view.IsCapitalized(t) || view.IsAny(t, CalendarWords))
        {
            return false;
        }
        var sentenceInitial = t == view.SentenceStartToken(t) || view.IsQuoteMark(t - 1) || t > 0 && view.IsAny(t - 1, [":", "—", "("]);
        return sentenceInitial ? !view.IsAny(t, NotNames) : !view.Is(t, "i");
    }

    private void FromNameRuns()
    {
        var t = 0;
        while (t < view.Count)
        {
            if (!IsNameToken(t))
            {
                t++;
                continue;
            }
            var first = t;
            var end = t + 1;
            while (end < view.Count && view.SentenceOf[end] == view.SentenceOf[first])
            {
                if (IsNameToken(end))
                {
                    end++;
                }
                else if (view.Is(end, "-") && end + 1 < view.Count && view.End(end - 1) == view.Start(end)
                         && view.End(end) == view.Start(end + 1) && view.IsCapitalized(end + 1) && !_taken[end + 1])
                {
                    end += 2; // "Al-Sharaa", "Abu-Bakr"
                }
                else if (view.IsAny(end, ["of", "for"]) && end + 1 < view.Count && IsNameToken(end + 1)
                         && roles.TryGet(view.TextOf(end - 1), out var r) && r.Kind == RoleKind.Group)
                {
                    end += 2; // "Ministry of Foreign Affairs", "Council for ..."
                }
                else
                {
                    break;
                }
            }
            AddNameRun(first, end);
            t = end;
        }
    }

    private void AddNameRun(int first, int end)
    {
        // Split a leading title off the name: "Russian Foreign Minister | Sergey Lavrov".
        var titleEnd = -1;
        for (var k = first; k < end; k++)
        {
            if (roles.TryGet(view.TextOf(k), out var r) && r.Kind == RoleKind.Person)
            {
                titleEnd = k;
            }
        }
        if (titleEnd < 0 && end - first == 1 && !view.IsAcronym(first) && IsModifierOfRoleNoun(end))
        {
            return; // "Afghan interior ministry", "Russian officials": an adjective, not a name
        }
        var titles = new List<string>();
        if (titleEnd >= 0)
        {
            roles.TryGet(view.TextOf(titleEnd), out var role);
            titles.Add(role.Canonical);
            if (titleEnd == end - 1)
            {
                // A bare title. "Foreign Minister, Sergey Lavrov": the name follows the comma.
                var next = end;
                if (view.Is(next, ","))
                {
                    next++;
                }
                if (next < view.Count && IsNameToken(next) && !(roles.TryGet(view.TextOf(next), out var nr) && nr.Kind == RoleKind.Person))
                {
                    _pendingTitles = titles;
                    return;
                }
                var description = Add(first, end, MentionKind.Description);
                description.Role = role.Canonical;
                description.RoleKind = RoleKind.Person;
                description.Type = CorefEntityType.Person;
                description.HasComplement = view.Is(end, "of");
                return;
            }
            first = titleEnd + 1;
        }
        if (_pendingTitles is { } pending && first > 0 && (view.Is(first - 1, ",") || !IsNameToken(first - 1)))
        {
            titles.AddRange(pending);
        }
        _pendingTitles = null;
        var acronym = end - first == 1 && view.IsAcronym(first);
        var m = Add(first, end, acronym ? MentionKind.Acronym : MentionKind.Name);
        m.Titles.AddRange(titles);
        m.Key = view.Text.Substring(m.Span.Start, m.Span.Length);
        if (roles.TryGet(view.TextOf(end - 1), out var headRole) && headRole.Kind == RoleKind.Group)
        {
            m.Type = CorefEntityType.Organization; // "National Security Council", "Interior Ministry"
        }
        else if (acronym)
        {
            m.Type = CorefEntityType.Organization;
        }
        else if (end < view.Count && roles.TryGet(view.TextOf(end), out var after) && after.Kind == RoleKind.Group && after.Plural)
        {
            m.Type = CorefEntityType.Organization; // "Taliban insurgents", "Houthi rebels"
        }
        else if (m.Titles.Count > 0)
        {
            m.Type = CorefEntityType.Person;
        }
        AttachTitlesBefore(m);
        AttachAppositive(m);
        LinkParentheticalAcronym(m);
    }

    private List<string>? _pendingTitles;

    private bool IsModifierOfRoleNoun(int next)
    {
        for (var k = next; k < Math.Min(view.Count, next + 2); k++)
        {
            if (view.IsPunct(k) || view.IsCapitalized(k))
            {
                return false;
            }
            if (k > next && (view.Pos is { } pos ? pos.UposOf(next) is not (Upos.ADJ or Upos.NOUN)
                                                 : ReportingVerbs.Default.TryGetForm(view.TextOf(next), out _) || view.TextOf(next).EndsWith("ed", StringComparison.Ordinal)))
            {
                return false; // "Hossain told journalists": a verb, not a modifier, stands between
            }
            if (roles.TryGet(view.TextOf(k), out var role))
            {
                // "Taliban insurgents", "Houthi rebels" name a group; "Russian officials" do not.
                return !(role.Kind == RoleKind.Group && role.Plural);
            }
        }
        return false;
    }

    /// <summary>A lower-case "-ing" word (the tagger calls "looting" of "of looting homes" a noun).</summary>
    private bool IsGerund(int k)
    {
        var text = view.TextOf(k);
        return view.Pos?.XposOf(k) == "VBG" || text.Length > 5 && char.IsLower(text[0]) && text.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>"foreign minister Sergey Lavrov": a lower-case title right before the name.</summary>
    private void AttachTitlesBefore(RawMention m)
    {
        var k = m.First - 1;
        if (k > 0 && view.Is(k, ","))
        {
            k--; // "his Indian counterpart, Subrahmanyam Jaishankar"
        }
        if (k >= 0 && roles.TryGet(view.TextOf(k), out var r) && r.Kind == RoleKind.Person && !view.IsCapitalized(k))
        {
            m.Titles.Add(r.Canonical);
            if (m.Type == CorefEntityType.Unknown)
            {
                m.Type = CorefEntityType.Person;
            }
        }
        if (m.Titles.Count > 0 && m.Type == CorefEntityType.Unknown)
        {
            m.Type = CorefEntityType.Person;
        }
    }

    /// <summary>"Sergey Lavrov, Russia's foreign minister, said": the appositive gives a role.</summary>
    private void AttachAppositive(RawMention m)
    {
        if (!view.Is(m.End, ","))
        {
            return;
        }
        var sentenceEnd = view.SentenceEndToken(m.First);
        for (var k = m.End + 1; k < Math.Min(sentenceEnd, m.End + 8); k++)
        {
            if (view.IsPunct(k) && !view.IsPossessiveMarker(k))
            {
                return;
            }
            if (roles.TryGet(view.TextOf(k), out var r))
            {
                if (r.Kind == RoleKind.Person && !r.Plural)
                {
                    m.Titles.Add(r.Canonical);
                    if (m.Type == CorefEntityType.Unknown)
                    {
                        m.Type = CorefEntityType.Person;
                    }
                }
                return;
            }
        }
    }

    /// <summary>"National Security Council (NSC)": the acronym in brackets defines a short form.</summary>
    private void LinkParentheticalAcronym(RawMention m)
    {
        if (m.Kind != MentionKind.Name || !view.Is(m.End, "(") || m.End + 2 >= view.Count || !view.Is(m.End + 2, ")") || !view.IsAcronym(m.End + 1))
        {
            return;
        }
        var acronym = Add(m.End + 1, m.End + 2, MentionKind.Acronym);
        acronym.Type = m.Type == CorefEntityType.Unknown ? CorefEntityType.Organization : m.Type;
        acronym.Key = view.TextOf(m.End + 1).ToString();
        acronym.DefinedBy = m;
    }

    // ---- descriptions, collectives, pronouns -------------------------------------------------

    private void FindGroupsAndDescriptions()
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (_taken[t])
            {
                continue;
            }
            // "both sides", "the two countries", "the three military-led countries"
            var groupWord = view.Is(t, "both") ? t + 1 : (view.Is(t, "the") || view.Is(t, "all")) && view.IsAny(t + 1, GroupCounts) ? GroupWordAfter(t + 2)
                // "The parties agreed to continue negotiations": a dispute's two sides, not political parties ("all sides" is
                // anyone involved, not the countries listed before it)
                : view.Is(t, "the") && (view.Is(t + 1, "parties") || view.Is(t + 1, "sides")) && !view.Is(t + 2, "'") ? t + 1
                // "Biden welcomes Prime Minister Kishida ... The leaders condemned": the two of the visit ("the leaders of the
                // protest" are others)
                : view.Is(t, "the") && view.Is(t + 1, "leaders") && !view.IsAny(t + 2, ["of", "'", "'s", "’"]) ? t + 1 : -1;
            if (groupWord > 0 && groupWord < view.Count && view.IsAny(groupWord, GroupWords) && !_taken[groupWord])
            {
                var g = Add(t, groupWord + 1, MentionKind.Group);
                g.Type = CorefEntityType.Collective;
                g.Role = view.TextOf(groupWord).ToString().ToLowerInvariant();
                t = groupWord;
                continue;
            }
            if (!view.IsAny(t, Determiners))
            {
                continue;
            }
            var sentenceEnd = view.SentenceEndToken(t);
            for (var k = t + 1; k < Math.Min(sentenceEnd, t + 5); k++)
            {
                if (_taken[k] && k + 1 < sentenceEnd && roles.TryGet(view.TextOf(k + 1), out var kind) && kind.Kind == RoleKind.Country && !_taken[k + 1])
                {
                    continue; // "the Gulf country", "the Balkan nation": a region's name inside a description of a country
                }
                if (_taken[k] || view.IsPunct(k) && !view.Is(k, "-"))
                {
                    break;
                }
                if (roles.TryGet(view.TextOf(k), out var role) && (view.Pos is null || view.Pos.UposOf(k) is Upos.NOUN or Upos.PROPN))
                {
                    if (k + 1 < view.Count && roles.TryGet(view.TextOf(k + 1), out _))
                    {
                        continue; // "the security council": take the last noun
                    }
                    var d = Add(t, k + 1, MentionKind.Description);
                    d.Role = role.Canonical;
                    d.RoleKind = role.Kind;
                    d.RolePlural = role.Plural;
                    // (Not the "of" of an accusation: "accused the paramilitary of looting homes" names no one's paramilitary.)
                    d.HasComplement = view.Is(k + 1, "of") && !(k + 2 < view.Count && IsGerund(k + 2))
                        || k + 1 < view.Count && IsNameToken(k + 1);
                    d.Type = role.Kind switch
                    {
                        RoleKind.Person => CorefEntityType.Person,
                        RoleKind.Group => CorefEntityType.Organization,
                        _ => CorefEntityType.Location,
                    };
                    if (role.Kind == RoleKind.Country)
                    {
                        d.CountryGroup = CountryGroupBefore(t + 1, k);
                    }
                    t = k;
                    break;
                }
                if (view.Pos is { } pos ? pos.UposOf(k) is not (Upos.ADJ or Upos.NOUN or Upos.VERB or Upos.PROPN or Upos.NUM or Upos.PART)
                                        : view.IsAny(k, NotNames))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The group of countries an adjective of two words or one among tokens [first, end) names ("Central Asian", "Baltic").</summary>
    private IReadOnlySet<string>? CountryGroupBefore(int first, int end)
    {
        if (countryGroups is null)
        {
            return null;
        }
        for (var k = first; k < end; k++)
        {
            if (k + 1 < end && countryGroups($"{view.TextOf(k)} {view.TextOf(k + 1)}") is { } pair)
            {
                return pair;
            }
            if (countryGroups(view.TextOf(k).ToString()) is { } one)
            {
                return one;
            }
        }
        return null;
    }

    private void FindPronouns()
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (_taken[t])
            {
                continue;
            }
            var cls = ClassOf(view.TextOf(t));
            if (cls == PronounClass.None || view.Pos is { } pos && pos.UposOf(t) is not (Upos.PRON or Upos.DET))
            {
                continue;
            }
            if (view.Is(t, "that") || cls == PronounClass.Neuter && IsPleonastic(t))
            {
                continue;
            }
            var m = Add(t, t + 1, MentionKind.Pronoun);
            m.Pronoun = cls;
        }
    }

    internal static PronounClass ClassOf(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[12];
        if (word.Length > lower.Length)
        {
            return PronounClass.None;
        }
        var n = word.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "i" or "me" or "my" or "mine" or "myself" => PronounClass.FirstSingular,
            "we" or "us" or "our" or "ours" or "ourselves" => PronounClass.FirstPlural,
            "he" or "him" or "his" or "himself" => PronounClass.Masculine,
            "she" or "her" or "hers" or "herself" => PronounClass.Feminine,
            "it" or "its" or "itself" => PronounClass.Neuter,
            "they" or "them" or "their" or "theirs" or "themselves" => PronounClass.ThirdPlural,
            _ => PronounClass.None,
        };
    }

    /// <summary>"it was important to", "it seems", "it is expected that": no referent.</summary>
    private bool IsPleonastic(int t)
    {
        if (!view.Is(t, "it"))
        {
            return false;
        }
        var k = t + 1;
        if (view.IsAny(k, ["seems", "seemed", "appears", "appeared", "remains", "remained", "happens", "takes", "took"]))
        {
            return true;
        }
        if (!view.IsAny(k, ["is", "was", "'s", "’s", "will", "would", "has", "had"]))
        {
            return false;
        }
        var auxiliary = view.IsAny(k, ["will", "would", "has", "had"]);
        k++;
        var copula = false;
        while (view.IsAny(k, ["be", "been", "not", "also", "very", "so", "too", "more", "most", "still", "now", "n't"]))
        {
            copula |= view.IsAny(k, ["be", "been"]);
            k++;
        }
        if (auxiliary && !copula)
        {
            // "The Foreign Ministry said it had protested to Guyana", "it will respond to": a verb of its own, so "it" is the
            // actor, unless the verb is one that takes an empty subject ("it has emerged that", "it would take years to").
            if (!view.IsAny(k, ["take", "taken", "took"]))
            {
                return view.IsAny(k, ["emerged", "become", "transpired", "proved", "proven", "turned", "seem", "seemed", "appear", "appeared", "remain", "remained", "happen", "happened"]);
            }
            // ("it would take years to rebuild" is empty, "it had taken full control of Laukkai" is not: the to-test below.)
        }
        if (view.IsAny(k, ["ready", "prepared", "willing", "able", "unable", "eager", "keen", "determined", "committed", "poised", "open", "reluctant", "unwilling"]))
        {
            return false; // "Turkey said it was ready to help Iraq": the readiness is the subject's, "it" refers
        }
        var end = Math.Min(view.SentenceEndToken(t), k + 4);
        for (var j = k + 1; j < end; j++)
        {
            if (view.IsAny(j, ["to", "that", "whether", "if", "for"]))
            {
                return true;
            }
            if (view.IsPunct(j))
            {
                return false;
            }
        }
        return view.IsAny(k, ["time", "clear", "unclear", "possible", "impossible", "likely", "unlikely", "important", "necessary", "difficult", "hard", "easy", "raining"]);
    }

    // ---- salience ------------------------------------------------------------------------------

    /// <summary>Counts and shares of a group written before "of them" ("three of them", "most of them").</summary>
    private static readonly string[] ShareWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "most", "many",
        "all", "both", "several", "few", "none", "each", "half"];

    private static readonly string[] QuantityNouns = ["thousands", "hundreds", "dozens", "millions", "tens", "scores", "number", "crowds", "group", "groups"];

    private void MarkSubjectsAndSpeakers()
    {
        foreach (var quote in quotes.Quotes)
        {
            if (quote.Speaker is not { } speaker)
            {
                continue;
            }
            foreach (var m in _mentions)
            {
                if (speaker.Contains(m.Span))
                {
                    m.IsSpeaker = true;
                }
            }
        }
        var previousSentence = -1;
        foreach (var m in _mentions)
        {
            if (m.InQuote)
            {
                continue;
            }
            if (view.Deps is { } deps)
            {
                var head = m.End - 1;
                for (var k = m.First; k < m.End; k++)
                {
                    var h = deps.HeadOf(k);
                    if (h < m.First || h >= m.End)
                    {
                        head = k;
                        break;
                    }
                }
                if (deps.RelationOf(head) == "flat" && deps.HeadOf(head) is var whole and >= 0 && whole == m.First - 1)
                {
                    head = whole; // a name whose first word the recogniser left out ("Abu" of "Abu Mohammed al-Golani") acts as the whole name
                }
                while (deps.RelationOf(head) == "nmod" && deps.HeadOf(head) is var count and >= 0 && count < m.First && view.IsAny(count, QuantityNouns))
                {
                    head = count; // "tens of thousands of people rallied ..., where they were joined": the people are the subject
                }
                if (deps.RelationOf(head) == "nmod" && deps.HeadOf(head) is var share and >= 0 && share == m.First - 2 && view.IsAny(share, ShareWords))
                {
                    head = share; // "the troops pursued the attackers and killed three of them": "them" stands where "three" does, the verb's object
                }
                m.IsSubject = deps.RelationOf(head).StartsWith("nsubj", StringComparison.Ordinal);
                m.Governor = deps.HeadOf(head);
                m.IsConjunct = deps.RelationOf(head).StartsWith("conj", StringComparison.Ordinal);
                for (var k = head + 1; !m.IsConjunct && k < Math.Min(view.Count, head + 40); k++)
                {
                    m.IsConjunct = deps.HeadOf(k) == head && deps.RelationOf(k).StartsWith("conj", StringComparison.Ordinal);
                }
                continue;
            }
            // Without a parse: the first mention of a sentence outside quotes, or one right before a verb.
            m.IsSubject = m.Sentence != previousSentence || m.IsSpeaker && !IsObjectPosition(m);
            previousSentence = m.Sentence;
        }
    }

    private bool IsObjectPosition(RawMention m)
    {
        var before = m.First - 1;
        return before >= 0 && view.IsAny(before, ["told", "tells", "telling", "with", "to", "met", "by"]);
    }
}
