using System.Buffers;
using System.Collections.Frozen;
using EventDesk.Knowledge;
using EventDesk.Nlp;
using EventDesk.Nlp.Ner;
using EventDesk.Text;

namespace EventDesk.Coding.Actors;

internal enum AtomSource : byte
{
    /// <summary>Longest match against the knowledge-base phrase index.</summary>
    Knowledge,
    /// <summary>A NER span the knowledge base does not cover.</summary>
    Ner,
    /// <summary>An acronym defined in the text: "National Security Council (NSC)".</summary>
    DefinedAcronym,
    /// <summary>A later mention by surname of a person named in full earlier ("Lavrov").</summary>
    Surname,
}

/// <summary>A minimal mention: one dictionary match or NER span. Mutable only while one document is resolved.</summary>
internal sealed class Atom
{
    public int First;
    public int End;
    public int Sentence;
    public PhraseKinds Kinds;
    public AtomSource Source;
    public NerType Ner;
    public string Text = "";
    public string Key = "";
    /// <summary>For agents: the text used a plural form ("officials").</summary>
    public bool Plural;
    /// <summary>A name found only because it follows a role word (<see cref="ResolverRun"/>.NamesAfterTitles).</summary>
    public bool AfterTitle;
    /// <summary>For an unresolved NER organisation: a country named inside it ("Afghan Red Crescent").</summary>
    public string? InnerCountry;
    /// <summary>A world region or continent ("the Middle East", "Asia"): a place of no one country, never geocoded to a town.</summary>
    public bool WorldRegion;
    /// <summary>For defined acronyms and surnames: the atom that defines them.</summary>
    public Atom? Definition;
    public Phrase? Phrase;
}

/// <summary>A noun phrase built from atoms: [modifiers] [agents] [of owner] [name]. Mutable during one run.</summary>
internal sealed class Phrase
{
    public int First;
    public int End;
    public int Sentence;
    public readonly List<Atom> Modifiers = [];
    public readonly List<Atom> Agents = [];
    public Atom? Owner;
    public Atom? NameAtom;
    /// <summary>A standalone atom (country, organisation, place...) when there is no agent or name.</summary>
    public Atom? Single;
    public Phrase? Appositive;
    public Resolved? Result;
    public bool Resolving;

    public bool IsName => NameAtom is not null && Agents.Count == 0;
    public bool IsBareAgent => Agents.Count > 0 && NameAtom is null;
    public bool IsPluralAgent => Agents.Count > 0 && Agents[^1].Plural;
}

internal sealed record Resolved(EntityType Type, string? Name, string? Role, ActorRef? Actor, GeoPlace? Place, string Rule);

/// <summary>Resolves one document. Not thread-safe; one instance per <see cref="ActorResolver.Annotate"/> call.</summary>
internal sealed class ResolverRun
{
    private const int MaxTokensPerPhrase = 12;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "several", "two", "three",
    };

    // Used only without a POS layer: lowercase words that may sit between a modifier and its role noun.
    private static readonly HashSet<string> SurfaceAdjectives = new(StringComparer.Ordinal)
    {
        "senior", "top", "former", "visiting", "acting", "interim", "local", "provincial", "regional", "national", "federal",
        "new", "current", "deputy", "chief", "special", "military", "security", "government", "official", "state", "armed",
        "outgoing", "incoming", "caretaker", "de", "facto", "so-called", "unidentified", "unnamed", "anonymous", "other",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "from", "at", "near", "of", "into", "for", "via", "across", "outside", "inside", "around", "toward", "towards", "through", "on", "with", "by",
    };

    // Used only without a POS layer: nouns that make a preceding role word a modifier ("press release").
    private static readonly HashSet<string> SurfaceCompoundHeads = new(StringComparer.Ordinal)
    {
        "release", "releases", "conference", "conferences", "station", "stations", "office", "statement", "briefing", "source",
        "sources", "chief", "headquarters", "car", "vehicle", "vehicles", "post", "posts", "base", "bases", "camp", "camps",
    };

    private static readonly HashSet<string> RelationalHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "heads", "chief", "chiefs", "member", "members", "boss", "chairman", "chairwoman", "chair", "secretary-general",
    };

    // Used only without a dependency layer: verbs after a capital that make it an actor ("Moscow said").
    private static readonly HashSet<string> SurfaceActionVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "announced", "announces", "warned", "warns", "accused", "accuses", "denied", "denies", "rejected",
        "rejects", "urged", "urges", "called", "calls", "demanded", "demands", "threatened", "threatens", "agreed", "agrees",
        "signed", "signs", "launched", "sent", "sends", "condemned", "condemns", "welcomed", "welcomes", "insisted", "insists",
        "has", "had", "have", "is", "was", "will", "would", "wants", "wanted", "plans", "planned", "imposed", "offered",
    };

    // Heads that name a body rather than a person (entity type Organization rather than Person).
    private static readonly string[] InstitutionWords =
    [
        "ministry", "ministries", "government", "governments", "council", "councils", "forces", "force", "police", "army", "armies",
        "military", "parliament", "court", "department", "office", "agency", "committee", "commission", "assembly", "party", "cabinet",
        "troops", "navy", "authorities", "authority", "administration", "service", "services", "senate", "congress", "guard", "regime",
        "directorate", "bureau", "presidency", "legislature", "judiciary", "militia", "militias", "coalition", "embassy", "embassies",
        "consulate", "consulates", "mission", "missions",
        // bodies of the other sectors ("the university said", "Kabul University", "the Umayyad Mosque"): no person, so no "he"
        "university", "universities", "school", "schools", "college", "colleges", "hospital", "hospitals", "clinic", "clinics",
        "church", "churches", "mosque", "mosques", "bank", "banks", "company", "companies", "firm", "firms", "corporation",
        "corporations", "conglomerate", "multinational", "airline", "airlines", "newspaper", "newspapers", "union", "unions",
        "group", "groups", "organization", "organizations", "organisation", "organisations", "foundation", "charity",
        "charities", "watchdog", "tank", "television", "channel", "outlet", "front", "movement", "association", "chamber",
        "municipality", "tribunal", "junta", "gendarmerie", "cartel", "cartels", "gang", "gangs", "mafia", "regulator",
    ];

    private readonly ActorResolver _owner;
    private readonly KnowledgeBase _kb;
    private readonly PhraseIndex _index;
    private readonly Document _doc;
    private readonly TokenLayer _tokens;
    private readonly SentenceLayer _sentences;
    private readonly PosLayer? _pos;
    private readonly DependencyLayer? _deps;
    private readonly NamedEntityLayer? _ner;
    private readonly List<(int First, int End)> _regions = [];
    private readonly Dateline _dateline;
    private readonly DateOnly? _date;

    // Normalised key of every token, in one buffer (one allocation per document, none per token).
    private readonly char[] _keyBuffer;
    private readonly int[] _keyStart;
    private readonly int[] _keyLength;

    private readonly List<Atom> _atoms = [];
    private readonly List<Phrase> _phrases = [];
    private readonly Dictionary<string, Atom> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Atom?> _surnames = new(StringComparer.Ordinal); // null = ambiguous
    private readonly Dictionary<string, List<Atom>> _surnameBearers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countryMentions = new(StringComparer.Ordinal);

    /// <summary>Home countries of the armed groups the text names ("the RSF": Sudan), for the regional-bureau test only.</summary>
    private readonly Dictionary<string, int> _groupHomeMentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regionMentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _institutionMentions = new(StringComparer.Ordinal); // "the Federal Foreign Office", "the Kremlin"
    private readonly Dictionary<string, int> _stateBodyMentions = new(StringComparer.Ordinal); // "the Senate", "Congress", "the White House"
    private readonly Dictionary<string, int> _officeHolderMentions = new(StringComparer.Ordinal); // "Alexander Lukashenko" in office
    private string? _datelineCountry;
    private string? _defaultCountry;
    private string _defaultSource = "none";
    private string? _issuerCountry; // the government whose site published the document (www.gov.uk: GBR), or null
    private string _issuerSector = "GOV"; // MIL for a military site (centcom.mil)
    private GeoPlace? _datelinePlace;
    private readonly List<(int Sentence, string? Country, GeoPlace? Place)> _sections = []; // a roundup's paragraph datelines

    private int _nsubj = -1, _nsubjPass = -1, _appos = -1, _poss = -1, _conj = -1, _flat = -1;

    public ResolverRun(ActorResolver owner, Document document)
    {
        _owner = owner;
        _kb = owner.Knowledge;
        _index = owner.Phrases;
        _doc = document;
        _tokens = document.Tokens;
        _sentences = document.Sentences;
        document.Layers.TryGet(NlpLayers.Pos, out _pos);
        document.Layers.TryGet(NlpLayers.Dependencies, out _deps);
        document.Layers.TryGet(NerLayers.NamedEntities, out _ner);
        _dateline = document.Layers.TryGet(CoreLayers.Dateline, out var dl) ? dl : Dateline.None;
        _date = document.Metadata is { Date: { } stated, DateIsDefault: false } ? stated : DatelineDate(_dateline) ?? document.Metadata.Date;
        if (_pos is not null && _pos.Count != _tokens.Count)
        {
            _pos = null; // a layer from another tokenisation cannot be trusted
        }
        if (_deps is not null && _deps.Count != _tokens.Count)
        {
            _deps = null;
        }
        if (_deps is not null)
        {
            var names = _deps.RelationNames;
            for (var i = 0; i < names.Count; i++)
            {
                switch (names[i])
                {
                    case "nsubj": _nsubj = i; break;
                    case "nsubj:pass": _nsubjPass = i; break;
                    case "appos": _appos = i; break;
                    case "nmod:poss": _poss = i; break;
                    case "conj": _conj = i; break;
                    case "flat": _flat = i; break;
                }
            }
        }

        var n = _tokens.Count;
        _keyStart = new int[n];
        _keyLength = new int[n];
        // Abbreviated titles ("Sen.", "Gov.") are keyed by their full word: found once, the buffer sized for them.
        Dictionary<int, string>? titles = null;
        var expanded = 0;
        for (var t = 0; t + 1 < n; t++)
        {
            if (TitleAbbreviation(t) is { } title)
            {
                (titles ??= [])[t] = title;
                expanded += title.Length;
            }
        }
        _keyBuffer = new char[Math.Max(16, document.Text.Length + n + expanded)];
        var used = 0;
        for (var t = 0; t < n; t++)
        {
            _keyStart[t] = used;
            var written = titles is not null && titles.TryGetValue(t, out var full)
                ? PhraseIndex.AppendKey(full, _keyBuffer.AsSpan(used))
                : PhraseIndex.AppendKey(_tokens.TextOf(t), _keyBuffer.AsSpan(used));
            if (written < 0)
            {
                written = 0; // folding expanded past the buffer (only pathological text): treat as a non-word
            }
            _keyLength[t] = written;
            used += written;
        }
        _usGeorgia = GeorgiaIsTheUsState();
        _euStory = NamesTheEu();
    }

    /// <summary>
    /// An American party's mark on a bare role: "Republican" / "Democratic" / "GOP" right before it ("two Democratic
    /// congresswomen", "Republican leaders") or as the first word of the role ("Democratic lawmakers").
    /// </summary>
    private bool UsPartyMarkBefore(Phrase p) =>
        p.Modifiers.Count == 0 && p.Owner is null && p.Agents.Count > 0
        && char.IsLower(TextOf(p.Agents[^1].End - 1)[0]) // (not a name: "the Republican Palace", "the Republican Guard")
        && (IsUsPartyWord(p.Agents[0].First - 1) || IsUsPartyWord(p.Agents[0].First) && p.Agents[0].End - p.Agents[0].First > 1);

    private bool IsUsPartyWord(int t) => t >= 0 && TextOf(t) is "Republican" or "Democratic" or "GOP";

    /// <summary>
    /// An American party's mark on a titled name: "Republican" / "Democratic" / "GOP" right before the title, or an agency-style
    /// "R-Texas" / "D-Calif." right after the name.
    /// </summary>
    private bool UsPartyMark(Phrase title, Phrase named)
    {
        if (IsUsPartyWord(title.First - 1))
        {
            return true;
        }
        var after = named.End;
        return after + 2 < _tokens.Count && TextOf(after) is "," && TextOf(after + 1) is "R" or "D" && TextOf(after + 2) is "-"
            || after + 1 < _tokens.Count && TextOf(after) is "," && TextOf(after + 1) is ['R' or 'D', '-', ..];
    }

    /// <summary>
    /// The role an agency-style abbreviated title stands for before a capitalised name ("Sen. John McCain", "Rep. Adam Schiff",
    /// "Gov. Greg Abbott"): its key is the full word, so the title is found as a role; null for other tokens. (Only the written
    /// abbreviation with its period: "Hun Sen" stays a name.)
    /// </summary>
    private string? TitleAbbreviation(int t)
    {
        var word = _tokens.TextOf(t);
        if (word.Length < 4 || word[^1] != '.' || t + 1 >= _tokens.Count || _tokens.TextOf(t + 1) is not [var first, ..] || !char.IsUpper(first))
        {
            return null;
        }
        return word switch
        {
            "Sen." => "senator",
            "Sens." => "senators",
            "Rep." => "representative",
            "Reps." => "representatives",
            "Gov." => "governor",
            "Govs." => "governors",
            "Amb." => "ambassador",
            "Supt." => "superintendent",
            "Insp." => "inspector",
            _ => null,
        };
    }

    // "Brussels" acting in a story that names the EU is the Union ("accusing Brussels of blackmail"), not Belgium.
    private readonly bool _euStory;

    private bool NamesTheEu()
    {
        for (var t = 0; t < _tokens.Count; t++)
        {
            var word = _tokens.TextOf(t);
            if (word is "EU" or "E.U." || word.SequenceEqual("European") && t + 1 < _tokens.Count && _tokens.TextOf(t + 1) is "Union" or "Commission")
            {
                return true;
            }
        }
        return false;
    }

    // "Georgia" in a story about Atlanta or Fulton County is the U.S. state, not the country (GEO).
    private readonly bool _usGeorgia;

    private static readonly HashSet<string> UsGeorgiaCues = new(StringComparer.Ordinal)
    {
        "Atlanta", "Savannah", "Macon", "Ga.", "Fulton", "Gwinnett", "Cobb", "DeKalb", "Augusta", "Raffensperger", "Kemp", "Ossoff", "Warnock",
    };

    private static readonly HashSet<string> GeorgianStateCues = new(StringComparer.Ordinal)
    {
        "Tbilisi", "Abkhazia", "Ossetia", "Batumi", "Kutaisi", "Saakashvili", "Ivanishvili", "Kobakhidze", "Zourabichvili", "Garibashvili",
        "Kavelashvili", "Caucasus", "Kremlin", "Moscow", "Georgian",
    };

    /// <summary>The knowledge base's country for a name, except "Georgia" where it is the U.S. state: the United States.</summary>
    private CountryMatch? CountryMatchOf(string name) =>
        _usGeorgia && name.Trim().Equals("georgia", StringComparison.OrdinalIgnoreCase) && _kb.GetCountry("USA") is { } usa
            ? new CountryMatch(usa, CountryNameKind.Name)
            : _homonymCapitals.Count > 0 && _homonymCapitals.Contains(name.Trim()) && _kb.FindCountryMatch(name) is { Kind: CountryNameKind.Capital } ? null
            : _kb.FindCountryMatch(name);

    /// <summary>
    /// A capital's name the dateline gave to a place of another country ("SAN JOSE, California", "PARIS, Texas"): in this
    /// story the name is that place, not the capital (the court "in San Jose" was Costa Rica's).
    /// </summary>
    private readonly HashSet<string> _homonymCapitals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The document names Georgia together with places or people of the U.S. state (Atlanta, Fulton County, "Ga.") and
    /// none of the country's (Tbilisi, Abkhazia, the Kremlin, "Georgian").
    /// </summary>
    private bool GeorgiaIsTheUsState()
    {
        var georgia = false;
        var us = false;
        var countryCues = GeorgianStateCues.GetAlternateLookup<ReadOnlySpan<char>>();
        var stateCues = UsGeorgiaCues.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < _tokens.Count; t++)
        {
            var word = _tokens.TextOf(t);
            if (word.Length < 3 || !char.IsUpper(word[0]))
            {
                continue;
            }
            if (countryCues.Contains(word))
            {
                return false;
            }
            georgia |= word.SequenceEqual("Georgia");
            us |= stateCues.Contains(word);
        }
        return georgia && us;
    }

    /// <summary>
    /// A readout or statement whose header names the seat of a government ("Readout of the Prime Minister's call with President
    /// Emmanuel Macron of France — Prime Minister's Office, 10 Downing Street"): that government issued it, so "The Prime
    /// Minister" is its head. The country, or null.
    /// </summary>
    private string? HeaderSeatOfGovernment()
    {
        if (_sentences.Count == 0)
        {
            return null;
        }
        var header = _doc.Substring(_sentences.SpanOf(0));
        if (!(header.Contains("Readout", StringComparison.Ordinal) || header.Contains("Statement", StringComparison.Ordinal)
            || header.Contains("Press Release", StringComparison.OrdinalIgnoreCase) || header.Contains("Office", StringComparison.Ordinal)))
        {
            return null;
        }
        foreach (var a in _atoms)
        {
            if (a.Sentence == 0 && (a.Kinds & PhraseKinds.Metonym) != 0 && FindMetonym(a.Key) is { Sector: "GOV" } m
                && !m.Iso3.StartsWith("IGO", StringComparison.Ordinal) && m.Iso3.Length == 3)
            {
                return m.Iso3;
            }
        }
        return null;
    }

    public (EntityLayer Entities, PlaceLayer Places, ActorIndexLayer Index) Run()
    {
        for (var s = 0; s < _sentences.Count; s++)
        {
            ScanSentence(s);
        }
        MergeNamedEntities();
        NamesAfterTitles();
        _atoms.Sort(static (a, b) => a.First.CompareTo(b.First));
        CountCountries();
        ResolveDateline();
        if (GovernmentSite.Of(_doc.Metadata.Url ?? _doc.Metadata.Source) is { } site)
        {
            _issuerCountry = _kb.GetCountry(site.Country)?.Iso3;
            _issuerSector = site.Military ? "MIL" : "GOV";
        }
        else if (HeaderSeatOfGovernment() is { } seat)
        {
            _issuerCountry = seat;
            _issuerSector = "GOV";
        }
        RegisterDefinitions();
        BuildPhrases();
        var (storyCountry, storySource) = (_defaultCountry, _defaultSource);
        foreach (var p in _phrases)
        {
            if (_sections.Count > 0)
            {
                // In a roundup each paragraph under its own dateline defaults to that place's country.
                var section = _sections.FindLast(x => x.Sentence <= p.Sentence);
                (_defaultCountry, _defaultSource) = section.Country is { } local ? (local, "dateline") : (storyCountry, storySource);
            }
            Resolve(p);
        }
        (_defaultCountry, _defaultSource) = (storyCountry, storySource);
        return Output();
    }

    // ------------------------------------------------------------------ tokens

    private ReadOnlySpan<char> TextOf(int t) => _tokens.TextOf(t);

    private ReadOnlySpan<char> KeyOf(int t) => _keyBuffer.AsSpan(_keyStart[t], _keyLength[t]);

    private bool IsClitic(int t) => TextOf(t) is ['\'' or '\u2019', ..];

    private bool IsCapitalized(int t)
    {
        var s = TextOf(t);
        if (s.Length > 0 && (char.IsUpper(s[0]) || char.IsDigit(s[0])))
        {
            return true;
        }
        // Arabic and European name particles: "al-Shabab", "el-Sisi", "bin Salman" are names.
        if (s is "al" or "el" or "ad" or "as" or "an" or "ar" or "at" or "bin" or "ibn" or "van" or "von" or "de" or "du" or "da" or "di" or "la" or "le" &&
            t + 1 < _tokens.Count)
        {
            var next = t + 1 < _tokens.Count && TextOf(t + 1) is "-" && t + 2 < _tokens.Count ? t + 2 : t + 1;
            var n = TextOf(next);
            return n.Length > 0 && char.IsUpper(n[0]);
        }
        return false;
    }

    private bool TokenIs(int t, string word) => t >= 0 && t < _tokens.Count && TextOf(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsPossessive(ReadOnlySpan<char> s) => s is "'s" or "\u2019s" or "'" or "\u2019";

    private string SpanText(int first, int end) =>
        _doc.Text.Substring(_tokens.Starts[first], _tokens.Ends[end - 1] - _tokens.Starts[first]);

    private string SpanKey(int first, int end)
    {
        var total = 0;
        for (var t = first; t < end; t++)
        {
            total += _keyLength[t] + 1;
        }
        return string.Create(Math.Max(0, total - 1), (this, first, end), static (dest, st) =>
        {
            var (run, f, e) = st;
            var pos = 0;
            for (var t = f; t < e; t++)
            {
                if (run._keyLength[t] == 0)
                {
                    continue;
                }
                // A clitic joins its word ("People's" is "peoples"), as KeyNormalizer does; so do brackets ("cpn (maoist)").
                if (pos > 0 && pos < dest.Length && !(run.IsClitic(t) && !run._tokens.SpaceAfter(t - 1)) && !(run.KeyOf(t) is ")" || dest[pos - 1] == '('))
                {
                    dest[pos++] = ' ';
                }
                run.KeyOf(t).CopyTo(dest[pos..]);
                pos += run._keyLength[t];
            }
            dest[pos..].Clear();
        }).TrimEnd('\0').TrimEnd();
    }

    /// <summary>Words that may stand between a modifier and its role noun: determiners, adjectives, participles.</summary>
    private bool IsGlue(int t)
    {
        var s = TextOf(t);
        if (s.Length == 0)
        {
            return false;
        }
        if (Determiners.Contains(s.ToString()))
        {
            return true;
        }
        if (ModelDesignation(t))
        {
            return true; // "a Chinese J-16 fighter", "Russian Su-35 jets": the model between the country and the aircraft
        }
        if (_pos is not null)
        {
            var u = _pos.UposOf(t);
            if (u is Upos.ADJ or Upos.NUM || (u == Upos.DET && !char.IsUpper(s[0])))
            {
                return true;
            }
            if (u == Upos.ADV && char.IsLower(s[0]) && t + 1 < _tokens.Count && _pos.UposOf(t + 1) == Upos.ADJ)
            {
                return true; // "the CIA's most senior representative"
            }
            if (u == Upos.VERB && char.IsLower(s[0]) && _pos.XposOf(t) is "VBG" or "VBN")
            {
                // A participle modifies a noun after it ("a deported journalist"); one the parser makes the
                // clause's verb ("Turkey deported a journalist", tagged VBN) separates subject from object.
                return _deps is null || _deps.HeadOf(t) > t;
            }
            if (u == Upos.NOUN && char.IsLower(s[0]) && (_deps is not null && _deps.HeadOf(t) > t && _deps.RelationOf(t) == "compound"
                || SurfaceAdjectives.Contains(s.ToString()))) // "Lebanon's caretaker prime minister", whatever the parse made of it
            {
                // A noun modifier inside the phrase: "Mexican immigration authorities", "the Afghan interior ministry"
                // keep their country modifier.
                return true;
            }
            return u == Upos.PRON && _pos.XposOf(t) == "PRP$";
        }
        return char.IsLower(s[0]) && SurfaceAdjectives.Contains(s.ToString());
    }

    /// <summary>A piece of an aircraft or missile model designation: "Su-35" (one token or three), "J-16", "F-16", "MiG-29".</summary>
    private bool ModelDesignation(int t)
    {
        var s = TextOf(t);
        if (s.Length is >= 3 and <= 8 && char.IsUpper(s[0]) && s.Contains('-') && char.IsDigit(s[^1]))
        {
            return true;
        }
        if (s.Length is >= 1 and <= 4 && char.IsUpper(s[0]) && t + 2 < _tokens.Count && TextOf(t + 1) is "-" && !_tokens.SpaceAfter(t)
            && TextOf(t + 2) is { Length: > 0 } number && char.IsDigit(number[0]))
        {
            return true;
        }
        if (s is "-" && t > 0 && t + 1 < _tokens.Count && !_tokens.SpaceAfter(t - 1) && TextOf(t + 1) is { Length: > 0 } n && char.IsDigit(n[0])
            && TextOf(t - 1) is { Length: >= 1 and <= 4 } m && char.IsUpper(m[0]))
        {
            return true;
        }
        // the number after the hyphen: "Su | - | 35"
        return s.Length is >= 1 and <= 4 && char.IsDigit(s[0]) && t >= 2 && TextOf(t - 1) is "-" && !_tokens.SpaceAfter(t - 1) && !_tokens.SpaceAfter(t - 2)
            && TextOf(t - 2) is { Length: >= 1 and <= 4 } letters && char.IsUpper(letters[0]);
    }

    /// <summary>
    /// True when every token in [from, to) is glue; a possessive may directly follow a modifier. Between a modifier and
    /// what it modifies an article starts a new phrase: "the meeting in Paris the Foreign Secretary will return".
    /// </summary>
    private bool GapIsGlue(int from, int to, bool allowPossessive, bool allowArticle = true)
    {
        for (var t = from; t < to; t++)
        {
            if (allowPossessive && t == from && IsPossessive(TextOf(t)))
            {
                continue;
            }
            if (IsLedMark(t) || IsBasedMark(t) && BasedGroupAt(to))
            {
                // "the U.S.-led coalition", "Saudi-led forces"; "Pakistan-based militants" are of Pakistan, but "the U.S.-based
                // cleric Fethullah Gulen" only lives there
                continue;
            }
            if (!IsGlue(t) || !allowArticle && Articles.Contains(TextOf(t).ToString()))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The "-" and "led" of "U.S.-led", written without spaces.</summary>
    private bool IsLedMark(int t)
    {
        var text = TextOf(t);
        if (text is "-" && t + 1 < _tokens.Count && !_tokens.SpaceAfter(t) && TextOf(t + 1).Equals("led", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return text.Equals("led", StringComparison.OrdinalIgnoreCase) && t > 0 && TextOf(t - 1) is "-" && !_tokens.SpaceAfter(t - 1);
    }

    /// <summary>Singular nouns a description of one state ends in ("the Gulf state", "the Himalayan kingdom"); also the binder's.</summary>
    internal static readonly FrozenSet<string> StateNouns =
        new[] { "state", "nation", "country", "kingdom", "emirate", "monarchy", "sultanate", "republic" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of a group or body ("the militant group", "the militia"), case-insensitive; also the binder's.</summary>
    internal static readonly FrozenSet<string> GroupNouns = new[]
    {
        "group", "groups", "organisation", "organization", "network", "outfit", "movement", "militia", "faction", "company", "firm",
        "charity", "cell", "wing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words from <paramref name="t"/> name a group (a plural or a group noun), which a "-based" place is the home of.</summary>
    private bool BasedGroupAt(int t)
    {
        for (var k = t; k < Math.Min(_tokens.Count, t + 3); k++)
        {
            if (_pos?.XposOf(k) is "NNS" or "NNPS" || GroupNouns.Contains(TextOf(k).ToString()))
            {
                return true;
            }
            if (_pos?.UposOf(k) is Upos.PUNCT or Upos.ADP or Upos.VERB)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A capitalised title word with no article or possessive before it that may be the surname of a person the text named in
    /// full: "Edmond Pope ... Pope, 54, was detained" is the American, not the pontiff ("the Pope" stays a title).
    /// </summary>
    private bool TitleWordAsSurname(Atom a) =>
        (a.Kinds & PhraseKinds.Agent) != 0 && a.End - a.First == 1 && IsCapitalized(a.First)
        && !(a.First > 0 && (Articles.Contains(TextOf(a.First - 1).ToString()) || IsPossessive(TextOf(a.First - 1))))
        && !(a.First + 1 < _tokens.Count && IsCapitalized(a.First + 1)); // "Pope Francis", "King Charles": a title before a name

    /// <summary>The "-" and "based" of "Pakistan-based", written without spaces: the group is of the place before it.</summary>
    private bool IsBasedMark(int t)
    {
        var text = TextOf(t);
        if (text is "-" && t + 1 < _tokens.Count && !_tokens.SpaceAfter(t) && TextOf(t + 1).Equals("based", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return text.Equals("based", StringComparison.OrdinalIgnoreCase) && t > 0 && TextOf(t - 1) is "-" && !_tokens.SpaceAfter(t - 1);
    }

    /// <summary>
    /// The word before <paramref name="t"/> (past an article) is a preposition, so the phrase at <paramref name="t"/> is its
    /// object, no modifier of what follows: "Afghan Ambassador to the United States Hamdullah Mohib" is no American.
    /// </summary>
    private bool AfterPreposition(int t)
    {
        var before = t - 1;
        if (before >= 0 && Articles.Contains(TextOf(before).ToString()))
        {
            before--;
        }
        return before >= 0 && TextOf(before) is "to" or "in" or "from" or "at" or "for" or "of" or "with";
    }

    /// <summary>
    /// Singular "force" with no article, possessor or unit word before it, after "of", "by" or "with" or an adjective of degree
    /// ("the use of force", "excessive force", "by force"): the means, not a force of troops ("the force", "a joint force",
    /// "the Kenya Defence Force" are).
    /// </summary>
    private bool ForceAsMeans(int t, int first)
    {
        var k = t - 1;
        while (k >= first && ForceDegreeWords.Contains(KeyOf(k).ToString()))
        {
            k--;
        }
        if (k < first)
        {
            return k < t - 1;
        }
        // (After a degree word anything but an article or possessor: "police used excessive force", "fired with lethal force"; not
        // "a military force of 5,000 troops".)
        return KeyOf(k) is "of" or "by" or "with" or "use" or "uses" or "using" or "used"
            || k < t - 1 && !Articles.Contains(TextOf(k).ToString()) && !IsPossessive(TextOf(k)) && !TokenIs(k, "the");
    }

    private static readonly HashSet<string> ForceDegreeWords = new(StringComparer.Ordinal)
    {
        "excessive", "lethal", "deadly", "disproportionate", "brute", "military", "unnecessary", "indiscriminate", "unjustified",
        "undue", "minimum", "minimal", "reasonable", "necessary", "maximum",
    };

    /// <summary>The phrase's modifiers lead it: "the U.S.-led coalition".</summary>
    private bool LedByModifier(Phrase p)
    {
        if (p.Modifiers.Count == 0)
        {
            return false;
        }
        for (var t = p.Modifiers[^1].End; t < p.Agents[0].First; t++)
        {
            if (IsLedMark(t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns that make "coalition" before them a military one: "coalition aircraft", "coalition forces".</summary>
    private static readonly HashSet<string> MilitaryHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "aircraft", "airstrike", "airstrikes", "air", "force", "forces", "troops", "soldiers", "warplanes", "warplane", "jets", "planes",
        "strike", "strikes", "bombing", "bombings", "raid", "raids", "military", "operations", "operation", "commander", "commanders",
        "drone", "drones", "fighter", "fighters", "artillery", "ground", // not "partners" or "spokesman": governing coalitions have them too
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    };

    // ------------------------------------------------------------------ 1. scanning

    /// <summary>
    /// The longest knowledge-base phrase starting at token <paramref name="t"/>: its end (exclusive, -1 for none) and kinds.
    /// A clitic ("'s") joins the word before it when that word alone matches nothing, or always with <paramref name="joinClitics"/>.
    /// </summary>
    private (int End, PhraseKinds Kinds) LongestMatch(int t, int end, bool capitalized, bool joinClitics, Span<char> scratch)
    {
        var bestEnd = -1;
        var bestKinds = PhraseKinds.None;
        var len = 0;
        for (var j = t; j < end && j - t < MaxTokensPerPhrase; j++)
        {
            var k = KeyOf(j);
            if (k.Length == 0 && j > t && (TextOf(j) is "-" || IsClitic(j) && TextOf(j).Length == 1) && !_tokens.SpaceAfter(j - 1))
            {
                continue; // "al-Shabab" is three tokens; its key is "al shabab"; "Workers' Party of Korea" is "workers party of korea"
            }
            if (k.Length == 0 || len + k.Length + 1 > scratch.Length)
            {
                break;
            }
            // "CPN (Maoist)": brackets are written against their word, as the knowledge base's key has them
            if (len > 0 && !(k is ")" || scratch[len - 1] == '('))
            {
                scratch[len++] = ' ';
            }
            k.CopyTo(scratch[len..]);
            len += k.Length;
            var kinds = _index.Lookup(scratch[..len]);
            if ((kinds == PhraseKinds.None || joinClitics) && j + 1 < end && IsClitic(j + 1) && !_tokens.SpaceAfter(j)
                && KeyOf(j + 1) is { Length: > 0 } clitic && len + clitic.Length < scratch.Length)
            {
                // "People's Republic of China": the clitic joins its word ("peoples"), as in the knowledge base.
                clitic.CopyTo(scratch[len..]);
                len += clitic.Length;
                j++;
                kinds = _index.Lookup(scratch[..len]);
            }
            if (kinds == PhraseKinds.None)
            {
                break;
            }
            var usable = kinds & ~PhraseKinds.Prefix;
            if (!capitalized)
            {
                usable &= ~PhraseKinds.Named;
            }
            if (usable != PhraseKinds.None)
            {
                bestEnd = j + 1;
                bestKinds = usable;
            }
            if ((kinds & PhraseKinds.Prefix) == 0)
            {
                break;
            }
        }
        return (bestEnd, bestKinds);
    }

    private void ScanSentence(int s)
    {
        var first = _sentences.FirstTokenOf(s);
        var end = first + _sentences.TokenCountOf(s);
        Span<char> scratch = stackalloc char[256];
        Span<char> acr = stackalloc char[16];
        for (var t = first; t < end; t++)
        {
            var capitalized = IsCapitalized(t);
            var (bestEnd, bestKinds) = LongestMatch(t, end, capitalized, joinClitics: false, scratch);
            if ((bestKinds & PhraseKinds.Named) == PhraseKinds.None && t + 1 < end && IsClitic(t + 1))
            {
                // "People's Liberation Army": the clitic joins its word ("peoples") as in the knowledge base, even where the
                // word alone is a key ("people", an agent word); kept only when that leads to a name, so "the court's
                // president" stays the court and its president.
                var (joinedEnd, joinedKinds) = LongestMatch(t, end, capitalized, joinClitics: true, scratch);
                if ((joinedKinds & PhraseKinds.Named) != PhraseKinds.None && joinedEnd > bestEnd)
                {
                    (bestEnd, bestKinds) = (joinedEnd, joinedKinds);
                }
            }
            // Acronyms match case-sensitively on the written form ("WHO", "U.S."), one token.
            if (bestEnd < t + 1 && capitalized)
            {
                var text = TextOf(t);
                if (PhraseIndex.IsAcronymAlias(text))
                {
                    var n = 0;
                    foreach (var c in text)
                    {
                        if (c != '.' && n < acr.Length)
                        {
                            acr[n++] = c;
                        }
                    }
                    var kinds = _index.LookupAcronym(acr[..n]);
                    if (kinds != PhraseKinds.None)
                    {
                        bestEnd = t + 1;
                        bestKinds = kinds;
                    }
                }
            }
            // "the head of the CSTO": relational nouns the agent table does not list, only before "of".
            if (bestEnd < 0 && t + 1 < end && TokenIs(t + 1, "of") && RelationalHeads.Contains(TextOf(t).ToString()))
            {
                bestEnd = t + 1;
                bestKinds = PhraseKinds.Agent;
            }
            if (bestEnd > t && bestKinds == PhraseKinds.Agent && t > first && !_tokens.SpaceAfter(t - 1) && TextOf(t - 1).EndsWith("-"))
            {
                bestEnd = -1; // "Port-au-Prince", "pro-government": part of a hyphenated word
            }
            if (bestEnd > t && bestKinds == PhraseKinds.Agent && capitalized && bestEnd + 1 < end && !_tokens.SpaceAfter(bestEnd - 1)
                && TextOf(bestEnd).SequenceEqual("-") && !_tokens.SpaceAfter(bestEnd) && IsCapitalized(bestEnd + 1))
            {
                bestEnd = -1; // "Amir-Abdollahian": a title word glued to a capitalised name is part of the name
            }
            if (bestEnd > t && bestKinds == PhraseKinds.Agent && bestEnd < end && IsCompoundModifier(bestEnd))
            {
                bestEnd = -1; // "press release", "police station": the role word modifies another noun
            }
            if (bestEnd == t + 1 && bestKinds == PhraseKinds.Agent && KeyOf(t) is "party" or "parties" &&
                (t > first && GenericPartyModifiers.Contains(KeyOf(t - 1).ToString()) || t + 1 < end && KeyOf(t + 1) is "concerned" or "involved"
                    || KeyOf(t) is "parties" && (t > first && KeyOf(t - 1) is "between" or "among" || t > first + 1 && KeyOf(t - 1) is "the" && KeyOf(t - 2) is "between" or "among")))
            {
                // "all relevant parties", "the warring parties", "third parties", "parties concerned", "dialogue between the parties":
                // sides, not political parties
                bestEnd = -1;
            }
            if (bestEnd == t + 1 && bestKinds == PhraseKinds.Agent && !capitalized && AdjectiveAgents.Contains(KeyOf(t).ToString()) && PredicateWithoutDeterminer(t))
            {
                bestEnd = -1; // "China was firm", "the result is official": an adjective (whatever its tag), not a company or an official
            }
            if (bestEnd == t + 1 && (bestKinds & PhraseKinds.Agent) != 0 && !capitalized && KeyOf(t) is "state" && t + 2 < end && TokenIs(t + 1, "of")
                && (!IsCapitalized(t + 2) || RegionAt(t + 2, end)))
            {
                // "a state of lawlessness", "the state of the economy": a condition, not a government ("the State of Israel" is);
                // "the state of Sinaloa": a place.
                bestEnd = -1;
            }
            if (bestEnd == t + 1 && (bestKinds & PhraseKinds.Agent) != 0 && KeyOf(t) is "campaign" or "campaigns" && t > 0
                && ViolentCampaignWords.Contains(KeyOf(t - 1).ToString()))
            {
                bestEnd = -1; // "A U.S. bombing campaign against the rebels": an action, not a political campaign (was USAPTY)
            }
            if (bestEnd == t + 1 && (bestKinds & PhraseKinds.Agent) != 0 && KeyOf(t) is "royal" && t + 1 < end && KeyOf(t + 1) is "highness" or "highnesses" or "majesty")
            {
                bestEnd = -1; // "His Royal Highness the Crown Prince": an honorific of the title after it, not a royal of its own (was CHNELI)
            }
            if (bestEnd == t + 1 && (bestKinds & PhraseKinds.Agent) != 0 && KeyOf(t) is "fighter" && t + 1 < end
                && KeyOf(t + 1) is "jet" or "jets" or "plane" or "planes" or "aircraft" or "bomber" or "bombers" or "pilot" or "pilots")
            {
                bestEnd = -1; // "A Russian fighter jet struck the drone": an aircraft of the state named, not a rebel (was RUSREB)
            }
            if (bestEnd == t + 1 && (bestKinds & PhraseKinds.Agent) != 0 && capitalized && KeyOf(t) is "justice" && t > first
                && KeyOf(t - 1) is "for" or "and" or "of" && t - 2 >= first && IsCapitalized(t - 2))
            {
                bestEnd = -1; // "the opposition Rally for Justice (RPJ)", "Movement for Justice and Equality": a name's word, not a judge (was TCDJUD)
            }
            if (bestEnd == t + 1 && (bestKinds & PhraseKinds.Agent) != 0 && !capitalized && KeyOf(t) is "force" && ForceAsMeans(t, first))
            {
                bestEnd = -1; // "a disproportionate use of force", "excessive force", "took the city by force": a means, not armed forces (was GEOMIL)
            }
            if (bestEnd > t && bestKinds == PhraseKinds.Region && !TokenIs(t - 1, "the") && _kb.FindWorldRegion(SpanText(t, bestEnd)) is { ArticleRequired: true })
            {
                bestEnd = -1; // "the West" is a bloc of states, "Kanye West" a person
            }
            if (bestEnd >= t + 2 && capitalized && (bestKinds & (PhraseKinds.Organization | PhraseKinds.ArmedGroup | PhraseKinds.Metonym)) != 0
                && (bestKinds & (PhraseKinds.Country | PhraseKinds.Person | PhraseKinds.Agent)) == 0 && UnknownNameWordBefore(t, first))
            {
                // "the opposition Grand Democratic Alliance (GDA)" in Pakistan is not South Africa's Democratic Alliance: a known
                // name read inside a longer capitalised name is another body, of a name the dictionary does not know.
                _atoms.Add(new Atom
                {
                    First = t - 1, End = bestEnd, Sentence = s, Source = AtomSource.Ner, Ner = NerType.Organization, Kinds = PhraseKinds.None,
                    Text = SpanText(t - 1, bestEnd), Key = SpanKey(t - 1, bestEnd),
                });
                t = bestEnd - 1;
                continue;
            }
            if (bestEnd > t && bestKinds == PhraseKinds.Region)
            {
                // A region is a place but no actor; its words ("America") must not match on their own. A state or
                // province takes the word that says so ("Borno state"), which would otherwise be a role word.
                var state = _kb.FindRegion(SpanText(t, bestEnd)) is not null;
                if (state && bestEnd < end && Array.IndexOf(AdminWords, KeyOf(bestEnd).ToString()) >= 0)
                {
                    bestEnd++;
                }
                if (!state)
                {
                    _regions.Add((t, bestEnd)); // a world region hides the tagger's spans over it; a state is one place of many
                }
                _atoms.Add(new Atom
                {
                    First = t, End = bestEnd, Sentence = s, Source = AtomSource.Ner, Ner = NerType.Location,
                    Kinds = PhraseKinds.None, Text = SpanText(t, bestEnd), Key = SpanKey(t, bestEnd), WorldRegion = !state,
                });
                t = bestEnd - 1;
                continue;
            }
            if (bestEnd > t)
            {
                var atom = new Atom
                {
                    First = t, End = bestEnd, Sentence = s, Kinds = bestKinds, Source = AtomSource.Knowledge,
                    Text = SpanText(t, bestEnd), Key = SpanKey(t, bestEnd),
                };
                if ((bestKinds & PhraseKinds.Agent) != 0 && _kb.FindAgent(atom.Key) is { } agent)
                {
                    atom.Plural = KeyNormalizer.Normalize(agent.Term) != atom.Key;
                }
                if (EllipticalConjunct(t, bestEnd, first, s) is { } partner)
                {
                    _atoms.Add(partner);
                }
                _atoms.Add(atom);
                t = bestEnd - 1;
            }
        }
    }

    /// <summary>
    /// The word before <paramref name="t"/> is a capitalised plain word that is no sentence's first word and that the knowledge base
    /// does not know (no country, title or name: "Grand" in "Grand Democratic Alliance"; not "Kenyan", "Opposition" or "Monday").
    /// </summary>
    private bool UnknownNameWordBefore(int t, int first)
    {
        var b = t - 1;
        if (b <= first || !IsCapitalized(b) || !_tokens.SpaceAfter(b) || TextOf(b) is var w && (w.Length < 2 || w.ContainsAnyExcept(NameLetters))
            || Determiners.Contains(w.ToString()) || _pos is not null && _pos.UposOf(b) is not (Upos.PROPN or Upos.ADJ or Upos.NOUN)
            || _atoms.Any(a => a.First <= b && a.End > b))
        {
            return false;
        }
        Span<char> scratch = stackalloc char[64];
        return LongestMatch(b, t, capitalized: true, joinClitics: false, scratch).End < 0 && !CalendarWords.Contains(KeyOf(b).ToString());
    }

    private static readonly SearchValues<char> NameLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>
    /// "North and South Korea", "East and West Germany": before a multi-word name matched at [<paramref name="t"/>,
    /// <paramref name="end"/>), a capitalised word and a conjunction whose word, with the rest of the name, is another
    /// name. That word stands for the other name (its key), so it resolves to its own actor. Null when there is none.
    /// </summary>
    private Atom? EllipticalConjunct(int t, int end, int sentenceFirst, int sentence)
    {
        var word = t - 2;
        if (end - t < 2 || word < sentenceFirst || !(TokenIs(t - 1, "and") || TokenIs(t - 1, "or") || TokenIs(t - 1, "&"))
            || !IsCapitalized(word) || (_atoms.Count > 0 && _atoms[^1].End > word))
        {
            return null;
        }
        var key = KeyOf(word).ToString() + " " + SpanKey(t + 1, end);
        var kinds = _index.Lookup(key) & ~PhraseKinds.Prefix & ~PhraseKinds.Region & PhraseKinds.Named;
        return kinds == PhraseKinds.None ? null : new Atom
        {
            First = word, End = word + 1, Sentence = sentence, Kinds = kinds, Source = AtomSource.Knowledge,
            Text = SpanText(word, word + 1), Key = key,
        };
    }

    /// <summary>Words before "party"/"parties" that make it a side of a dispute or contract, not a political party.</summary>
    private static readonly FrozenSet<string> GenericPartyModifiers = new[]
    {
        "relevant", "concerned", "involved", "interested", "warring", "third", "both", "all", "other", "opposing", "conflicting",
        "affected", "responsible", "guilty", "injured", "contracting", "aggrieved", "various", "respective", "two", "three",
        "several", "neutral", "negotiating", "state", "private", "external", "outside", "related",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make a "campaign" military or violent, not an electoral or advocacy organisation.</summary>
    private static readonly HashSet<string> ViolentCampaignWords = new(StringComparer.Ordinal)
    {
        "bombing", "air", "military", "shelling", "missile", "drone", "terror", "terrorist", "bomb", "artillery", "strike", "strikes",
        "sabotage", "assassination", "counterinsurgency", "counter-insurgency", "guerrilla", "insurgent", "kidnapping", "arson",
        "intimidation", "pressure", "sanctions", "disinformation", "hacking", "cyber",
    };

    /// <summary>Nouns of action, craft and units: a role word before them names the actor ("police crackdown", "coast guard ships"), not a kind of thing ("police station").</summary>
    private static readonly HashSet<string> ActionHeads = new(StringComparer.Ordinal)
    {
        "response", "responses", "crackdown", "crackdowns", "offensive", "offensives", "operation", "operations", "raid", "raids",
        "violence", "brutality", "repression", "decision", "decisions", "campaign", "campaigns", "assault", "assaults",
        "bombardment", "shelling", "killings", "abuses", "action", "actions", "handling", "intervention", "interventions",
        // The craft and units a body acts with: "coast guard ships", "police helicopters", "army units".
        "ship", "ships", "vessel", "vessels", "boat", "boats", "cutter", "cutters", "aircraft", "plane", "planes", "jet", "jets",
        "helicopter", "helicopters", "drone", "drones", "vehicle", "vehicles", "unit", "units", "patrol", "patrols",
        // What an armed side holds, so that an attack on it is on them: "pounded suspected rebel positions", "struck Kurdish
        // militant camps", "insurgent hideouts" (the role word was a mere modifier and the strikes had no target).
        "position", "positions", "camp", "camps", "hideout", "hideouts", "stronghold", "strongholds", "outpost", "outposts",
        "bunker", "bunkers",
    };

    private bool IsCompoundModifier(int next)
    {
        var s = TextOf(next);
        if (s.Length == 0 || !char.IsLower(s[0]))
        {
            return false;
        }
        if (_pos is not null)
        {
            // Another agent word may follow ("government spokesman"): the run is composed later. Before a noun of
            // action the role word is who acts ("the police response", "the army's offensive" without the 's).
            return _pos.UposOf(next) == Upos.NOUN && (_index.Lookup(KeyOf(next)) & PhraseKinds.Agent) == 0 &&
                (_deps is null || _deps.HeadOf(next - 1) == next) && !ActionHeads.Contains(s.ToString());
        }
        return SurfaceCompoundHeads.Contains(s.ToString());
    }

    /// <summary>
    /// With no publication date of the input's own, a dateline date that names its year ("KABUL, Jan. 12, 2021") picks the
    /// roles in force; a yearless one would depend on today's date, so it is not used.
    /// </summary>
    private static DateOnly? DatelineDate(Dateline dateline)
    {
        if (dateline.DateText is not { } text || !System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(19|20)\d\d\b"))
        {
            return null;
        }
        return Dates.TimeExpressionResolver.ResolveText(text, DateOnly.FromDateTime(DateTime.UtcNow));
    }

    /// <summary>
    /// A match only as a capital city ("Douglas", "Victoria", "Kingston"): at the start of a person's name it is the
    /// first name ("Douglas Paal"), not a nationality word like "Russian" in "Russian Sergey Lavrov".
    /// </summary>
    private bool IsCapitalOnly(Atom a) =>
        (a.Kinds & PhraseKinds.Agent) == 0 && IsCountryOnly(a) && CountryMatchOf(a.Key) is { Kind: CountryNameKind.Capital };

    /// <summary>Tokens first..end overlap a region name ("Latin America"): the entity there is no actor.</summary>
    private bool InRegion(int first, int end)
    {
        foreach (var (f, e) in _regions)
        {
            if (first < e && end > f)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Adds NER spans. A span the knowledge base matches exactly keeps the dictionary atom; a person
    /// span keeps its title atoms ("Foreign Minister") and becomes a name for the rest; an
    /// organisation or place the dictionary cannot resolve as a whole replaces the atoms inside it.
    /// </summary>
    private void MergeNamedEntities()
    {
        if (_ner is null)
        {
            return;
        }
        foreach (var tagged in _ner.Entities)
        {
            var e = tagged;
            if (e.Type is NerType.Person or NerType.Organization && e.EndToken <= _tokens.Count && e.EndToken > e.FirstToken
                && _dateline.At(_tokens.Starts[e.FirstToken]) is { IsPresent: true } heading
                && heading.PlaceSpan.Contains(TextSpan.FromBounds(_tokens.Starts[e.FirstToken], _tokens.Ends[e.EndToken - 1])))
            {
                e = e with { Type = NerType.Location }; // "GENEVA (AFP) -": the dateline's place, whatever the tagger made of the capitals
            }
            if (e.Type is NerType.Person or NerType.Organization && e.FirstToken >= 2 && e.EndToken <= _tokens.Count && TokenIs(e.FirstToken - 1, "of")
                && Array.IndexOf(SettlementWords, KeyOf(e.FirstToken - 2).ToString()) >= 0)
            {
                e = e with { Type = NerType.Location }; // "a Russian air strike on the town of Gori" (tagged a person)
            }
            if (e.Type == NerType.Location && e.EndToken - e.FirstToken >= 2 && e.EndToken <= _tokens.Count && TitleRightBefore(e.FirstToken)
                && _kb.ResolveActor(SpanText(e.FirstToken, e.EndToken), _date) is null)
            {
                e = e with { Type = NerType.Person }; // "Opposition senator Paloma Valencia" (tagged a place: Valencia): a title and a name
            }
            if (e.Type == NerType.Location && e.EndToken > e.FirstToken && e.EndToken <= _tokens.Count && WaterBody(SpanText(e.FirstToken, e.EndToken)))
            {
                // "the Gulf of Oman", "the Strait of Hormuz": a sea or strait, not the country or town in its name, nor the
                // world region "the Gulf" of the dictionary. No actor, no country of its own.
                _atoms.RemoveAll(a => a.First < e.EndToken && a.End > e.FirstToken);
                _atoms.Add(new Atom
                {
                    First = e.FirstToken, End = e.EndToken, Sentence = _sentences.SentenceOfToken(e.FirstToken), Source = AtomSource.Ner,
                    Ner = e.Type, Kinds = PhraseKinds.None, Text = SpanText(e.FirstToken, e.EndToken), Key = SpanKey(e.FirstToken, e.EndToken),
                });
                continue;
            }
            if (e.Type == NerType.None || e.EndToken <= e.FirstToken || e.EndToken > _tokens.Count || InRegion(e.FirstToken, e.EndToken))
            {
                continue;
            }
            if (e.Type == NerType.Organization && e.EndToken - e.FirstToken >= 2
                && UnknownNameWordBefore(e.FirstToken, _sentences.FirstTokenOf(_sentences.SentenceOfToken(e.FirstToken))))
            {
                e = e with { FirstToken = e.FirstToken - 1 }; // "Grand | Democratic Alliance": the tagger left the name's first word out
            }
            var inside = new List<Atom>();
            var partial = false;
            foreach (var a in _atoms)
            {
                if (a.End <= e.FirstToken || a.First >= e.EndToken)
                {
                    continue;
                }
                if (a.First >= e.FirstToken && a.End <= e.EndToken)
                {
                    inside.Add(a);
                }
                else if (a.First <= e.FirstToken && a.End >= e.EndToken)
                {
                    a.Ner = e.Type; // the dictionary match covers the span: keep it
                    goto next;
                }
                else
                {
                    partial = true;
                    inside.Add(a);
                }
            }
            if (inside.Count == 1 && inside[0].First == e.FirstToken && inside[0].End == e.EndToken)
            {
                inside[0].Ner = e.Type;
                continue;
            }
            var sentence = _sentences.SentenceOfToken(e.FirstToken);
            if (e.Type == NerType.Person && !partial && e.EndToken - e.FirstToken == 1 && GivenNameBefore(e.FirstToken, sentence) is var given && given < e.FirstToken)
            {
                e = e with { FirstToken = given }; // "Ambassador Joonkook Hwang" tagged from "Hwang" on
            }
            if (partial && inside.Any(a => a.First < e.EndToken && a.End > e.EndToken && (a.Kinds & (PhraseKinds.Agent | PhraseKinds.Person)) != 0))
            {
                // "Saudi Crown | Prince Mohammed bin Salman": a span that ends inside a title or a known name is the tagger's
                // mistake; the dictionary's boundaries win, as for a crossing ORG/LOC span below.
                continue;
            }
            if (e.Type == NerType.Organization && !partial && TitledNameTaggedAsOrganization(e, inside))
            {
                e = e with { Type = NerType.Person }; // "U.S. Senators Ron Johnson" (tagged an organisation): a title and a name
            }
            if (e.Type == NerType.Person)
            {
                // Leading titles and nationality words stay; the rest is the name.
                var nameStart = e.FirstToken;
                foreach (var a in inside.OrderBy(a => a.First))
                {
                    if (a.First == nameStart && !partial && (a.Kinds & (PhraseKinds.Agent | PhraseKinds.Country)) != 0 &&
                        (a.Kinds & PhraseKinds.Person) == 0 && a.End < e.EndToken && !IsCapitalOnly(a))
                    {
                        nameStart = a.End;
                        while (nameStart < e.EndToken - 1 && IsClitic(nameStart))
                        {
                            nameStart++; // "Malaysia 's Prime Minister Najib Razak": the title follows the possessive
                        }
                    }
                }
                var person = inside.FirstOrDefault(a => a.First == nameStart && a.End == e.EndToken && (a.Kinds & PhraseKinds.Person) != 0);
                foreach (var a in inside)
                {
                    if (a.First >= nameStart && a != person)
                    {
                        _atoms.Remove(a);
                    }
                    else if (partial && a.First < e.FirstToken)
                    {
                        _atoms.Remove(a);
                    }
                }
                if (person is not null)
                {
                    person.Ner = NerType.Person;
                }
                else if (nameStart < e.EndToken)
                {
                    _atoms.Add(new Atom
                    {
                        First = nameStart, End = e.EndToken, Sentence = sentence, Source = AtomSource.Ner, Ner = NerType.Person,
                        Text = SpanText(nameStart, e.EndToken), Key = SpanKey(nameStart, e.EndToken),
                    });
                }
                continue;
            }
            if (partial)
            {
                continue; // the dictionary's boundaries win over a crossing ORG/LOC span
            }
            var text = SpanText(e.FirstToken, e.EndToken);
            var whole = _kb.ResolveActor(text, _date);
            if (whole is null && inside.Count == 1 && inside[0] is { } body && body.First == e.FirstToken && body.End < e.EndToken
                && (body.Kinds & (PhraseKinds.Organization | PhraseKinds.Metonym)) != 0
                && (OnlyBodyWords(body.End, e.EndToken) || OnlyMissionWords(body.End, e.EndToken) && _kb.FindOrganization(body.Text)?.Code.StartsWith("IGO", StringComparison.Ordinal) == true))
            {
                // "U.S. Treasury Department", "U.S. Treasury Dept.": a known body ("U.S. Treasury") and a word that only
                // names what kind of body it is. The whole span was an unknown organisation, with no actor.
                body.End = e.EndToken;
                body.Ner = e.Type;
                continue;
            }
            if (whole is null && inside.Count >= 2 && inside.MinBy(a => a.First) is { } org && org.First == e.FirstToken
                && (org.Kinds & PhraseKinds.Organization) != 0 && inside.All(a => a == org || IsCountryOnly(a)))
            {
                // "UNHCR Kenya", "WFP Somalia": an organisation's country office is the organisation.
                foreach (var a in inside.Where(a => a != org).ToList())
                {
                    _atoms.Remove(a);
                }
                org.End = e.EndToken;
                org.Text = text;
                org.Ner = e.Type;
                continue;
            }
            if (whole is null && inside.Count > 0)
            {
                // "Afghan Interior Ministry": modifiers followed by a role noun compose; keep the atoms.
                var last = inside.MaxBy(a => a.End)!;
                if (last.End == e.EndToken && (last.Kinds & PhraseKinds.Agent) != 0)
                {
                    continue;
                }
                // "Kenyan National Intelligence Service": a country word before a named body; keep both so the body
                // takes that country (CountryRightBefore).
                if (last.End == e.EndToken && (last.Kinds & PhraseKinds.Metonym) != 0 && inside.All(a => a == last || IsCountryOnly(a)))
                {
                    continue;
                }
            }
            string? innerCountry = null;
            foreach (var a in inside)
            {
                if ((a.Kinds & PhraseKinds.Country) != 0 && CountryMatchOf(a.Key) is { Kind: not CountryNameKind.Capital } cm)
                {
                    innerCountry ??= cm.Country.Iso3;
                }
                _atoms.Remove(a);
            }
            _atoms.Add(new Atom
            {
                First = e.FirstToken, End = e.EndToken, Sentence = sentence, Source = AtomSource.Ner, Ner = e.Type,
                Kinds = whole is null ? PhraseKinds.None : KindOf(whole.Kind),
                Text = text, Key = SpanKey(e.FirstToken, e.EndToken), InnerCountry = innerCountry,
            });
        next:;
        }
    }

    /// <summary>
    /// The resolution of the titled name right before "and" when its title is plural ("U.S. Senators Ron Johnson | and Chris
    /// Murphy", "Reps. ... and ..."), or null.
    /// </summary>
    private Resolved? SharedPluralTitle(Phrase p)
    {
        var index = _phrases.IndexOf(p);
        if (index <= 0 || p.First < 2 || !TokenIs(p.First - 1, "and"))
        {
            return null;
        }
        var q = _phrases[index - 1];
        // (Only a title with its country: "Foreign Ministers Ahmet Davutoglu and Edward Nalbandian" share no country, and the
        // knowledge base's Davutoglu made the Armenian minister Turkish.)
        return q.End == p.First - 1 && q.NameAtom is not null && q.Agents.Count > 0 && PluralRole(q.Agents[^1]) && !q.Resolving && q.Modifiers.Count > 0
            && Resolve(q) is { Actor: { Sectors.Count: > 0 } } titled ? titled : null;
    }

    /// <summary>A person's title (a role word, not a body's) ends right before token <paramref name="t"/>: "senator", "Foreign Minister".</summary>
    private bool TitleRightBefore(int t) =>
        _atoms.Any(a => a.End == t && (a.Kinds & PhraseKinds.Agent) != 0 && (a.Kinds & (PhraseKinds.Organization | PhraseKinds.Person | PhraseKinds.Country)) == 0
            && !IsInstitutionWord(a.Key) && !PluralRole(a));

    /// <summary>
    /// A recogniser's organisation span that is a person's title and name: country words and a person's role from its first
    /// token ("U.S. Senators", "Defence Minister"), then at least two capitalised words the dictionary does not know.
    /// </summary>
    private bool TitledNameTaggedAsOrganization(NamedEntity e, List<Atom> inside)
    {
        var t = e.FirstToken;
        var titled = false;
        foreach (var a in inside.OrderBy(a => a.First))
        {
            if (a.First != t || titled && (a.Kinds & PhraseKinds.Person) != 0)
            {
                break; // (the name after the title may be a known person's)
            }
            if ((a.Kinds & PhraseKinds.Agent) != 0 && (a.Kinds & (PhraseKinds.Organization | PhraseKinds.Person)) == 0 && !IsInstitutionWord(a.Key))
            {
                titled = true;
            }
            else if (!IsCountryOnly(a))
            {
                return false;
            }
            t = a.End;
        }
        if (!titled || e.EndToken - t < 2)
        {
            return false;
        }
        if (inside.Any(a => a.First >= t))
        {
            // Only a known person after the title: "U.S. Senators | Ron Johnson"
            return inside.Count(a => a.First >= t) == 1 && inside.Single(a => a.First >= t) is { } known && known.First == t && known.End == e.EndToken
                && (known.Kinds & PhraseKinds.Person) != 0;
        }
        for (var k = t; k < e.EndToken; k++)
        {
            // (Not a body's name: "Azerbaijan's State Border Service", "the National Security Council".)
            if (!IsCapitalized(k) || IsInstitutionWord(KeyOf(k).ToString()) || KeyOf(k) is "border" or "security" or "national" or "federal"
                or "central" or "general" or "union" or "bank" or "company" or "group" or "corporation" or "institute" or "foundation"
                or "association" or "organization" or "organisation" or "front" or "movement" or "alliance" or "news" or "times" or "post")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "the New York Police Department", "the Kenya Police Service", "the Los Angeles Police": a police force named after a
    /// place is the police of that place's country (it was an unknown organisation, so its arrests coded nothing).
    /// </summary>
    private Resolved? PoliceForceOf(Atom a)
    {
        var text = a.Text;
        var at = text.IndexOf(" Police", StringComparison.Ordinal);
        if (at <= 0 || !(text.EndsWith(" Police", StringComparison.Ordinal) || text.EndsWith(" Police Department", StringComparison.Ordinal)
            || text.EndsWith(" Police Service", StringComparison.Ordinal) || text.EndsWith(" Police Force", StringComparison.Ordinal)))
        {
            return null;
        }
        var place = text[..at];
        if (place.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            place = place[4..];
        }
        var country = a.InnerCountry ?? CountryRightBefore(a) ?? CountryMatchOf(place)?.Country.Iso3
            ?? (Geocode(place, _defaultCountry) ?? RegionPlace(place, place))?.Country;
        return country is null ? null
            : new Resolved(EntityType.Organization, text, "Police", Ref(country + "COP", country, "COP", text, "Police"), null, "police-force+place");
    }

    private bool OnlyBodyWords(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!(TextOf(t) is "Department" or "Ministry" or "Dept." or "Office" or "Agency" or "Service"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "European Union Monitoring Mission", "OSCE Special Monitoring Mission", "EU Naval Force", "African Union Election Observation
    /// Mission": the words after an international organisation's name only say which of its missions or offices acts (it is the
    /// organisation; the whole name was an unknown body, its monitors an unknown organisation's).
    /// </summary>
    private bool OnlyMissionWords(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!(TextOf(t) is "Mission" or "Monitoring" or "Observer" or "Observation" or "Election" or "Delegation" or "Office" or "Naval"
                or "Force" or "Training" or "Assistance" or "Border" or "Advisory" or "Special" or "Civilian" or "Military" or "Police"
                or "Team" or "Headquarters" or "Secretariat"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Gulf of Aden", "Sea of Azov", "Strait of Hormuz", "Bay of Bengal": a body of water named after a place.</summary>
    private static bool WaterBody(string text) =>
        // ("South China Sea", "East China Sea": a sea, whatever country its name has)
        text.EndsWith(" China Sea", StringComparison.Ordinal)
        || (text.StartsWith("Gulf of ", StringComparison.Ordinal) || text.StartsWith("Sea of ", StringComparison.Ordinal)
         || text.StartsWith("Strait of ", StringComparison.Ordinal) || text.StartsWith("Straits of ", StringComparison.Ordinal)
         || text.StartsWith("Bay of ", StringComparison.Ordinal)) && !text.EndsWith(" of", StringComparison.Ordinal);

    /// <summary>
    /// The first token of a person's name tagged as the one word at <paramref name="first"/>: the name tagger may miss an
    /// unfamiliar given name ("Joonkook Hwang") that the parser joins to the surname (flat). Longer spans are left alone:
    /// a word before a full name is more often the end of a headline or byline ("Institute Michael Ignatieff").
    /// Capitalised proper nouns that are no title ("Mr") and no dictionary entry covers are taken, never the sentence's
    /// first word ("Welcome Jose"), whose capital says nothing; <paramref name="first"/> itself when there is none.
    /// </summary>
    private int GivenNameBefore(int first, int sentence)
    {
        if (_deps is null || _pos is null || _flat < 0)
        {
            return first;
        }
        var sentenceFirst = _sentences.FirstTokenOf(sentence);
        var t = first;
        while (t - 1 > sentenceFirst && _deps.HeadOf(t) == t - 1 && _deps.RelationIds[t] == _flat && _pos.UposOf(t - 1) == Upos.PROPN &&
            char.IsUpper(TextOf(t - 1)[0]) && _keyLength[t - 1] > 1 && !NerTitles.IsTitle(TextOf(t - 1).ToString()) && !_atoms.Any(a => a.First < t && a.End >= t))
        {
            t--;
        }
        return t;
    }

    /// <summary>
    /// "Chinese Foreign Ministry spokeswoman Hua Chunying declined": capitalised proper nouns right after a singular role
    /// word that neither the name tagger nor the dictionary covered are that person's name (up to four words; not a
    /// title, a day or a month; the role word in lowercase or after a country word).
    /// </summary>
    private void NamesAfterTitles()
    {
        if (_pos is null)
        {
            return;
        }
        var count = _atoms.Count;
        var covered = new bool[_tokens.Count];
        var afterCountry = new bool[_tokens.Count + 1]; // a country word ends right before this token
        foreach (var atom in _atoms)
        {
            for (var t = atom.First; t < atom.End && t < covered.Length; t++)
            {
                covered[t] = true;
            }
            if (IsCountryOnly(atom) && atom.End <= _tokens.Count)
            {
                afterCountry[atom.End] = true;
            }
        }
        for (var i = 0; i < count; i++)
        {
            var a = _atoms[i];
            // A capitalised role word may begin a name of its own ("Union Music Park", "General Statistics Office"): only
            // a lowercase one ("spokeswoman Hua Chunying", "analyst Atilla Yesilada") or one after a country word
            // ("Turkish Presidential Advisor Mesut Casin") introduces a person.
            // A capitalised office title ("Defence Minister Cristovao Chume") introduces a person too when a given name and a
            // surname follow that name no place or body.
            var office = IsCapitalized(a.First) && !afterCountry[a.First] && OfficeTitleHeads.Contains(KeyOf(a.End - 1).ToString());
            if ((a.Kinds & PhraseKinds.Agent) == 0 || a.Plural || a.Source != AtomSource.Knowledge
                || IsCapitalized(a.First) && !afterCountry[a.First] && !office)
            {
                continue;
            }
            var sentenceEnd = _sentences.FirstTokenOf(a.Sentence) + _sentences.TokenCountOf(a.Sentence);
            var t = a.End;
            while (t < sentenceEnd && t - a.End < 4 && _pos.UposOf(t) == Upos.PROPN && TextOf(t) is [var c, _, ..] && char.IsUpper(c)
                && !covered[t] && !NerTitles.IsTitle(TextOf(t).ToString()) && !CalendarWords.Contains(KeyOf(t).ToString())
                && !(office && BodyWords.Contains(KeyOf(t).ToString())))
            {
                t++;
            }
            if (office && t - a.End < 2)
            {
                continue;
            }
            if (t > a.End && (t == sentenceEnd || !(_pos.UposOf(t) == Upos.PROPN && IsCapitalized(t))))
            {
                _atoms.Add(new Atom
                {
                    First = a.End, End = t, Sentence = a.Sentence, Source = AtomSource.Ner, Ner = NerType.Person,
                    Text = SpanText(a.End, t), Key = SpanKey(a.End, t), AfterTitle = true,
                });
                covered.AsSpan(a.End, t - a.End).Fill(true);
            }
        }
    }

    /// <summary>Last words of capitalised office titles written before a name ("Defence Minister", "Vice President").</summary>
    private static readonly FrozenSet<string> OfficeTitleHeads = new[]
    {
        "minister", "president", "secretary", "governor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chancellor",
        "senator", "premier", "commissioner", "mayor", "speaker",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make a capitalised run the name of a place or body, not of a person.</summary>
    private static readonly FrozenSet<string> BodyWords = new[]
    {
        "office", "ministry", "department", "park", "street", "avenue", "square", "council", "party", "bank", "group", "company", "university",
        "hospital", "school", "house", "palace", "hall", "airport", "port", "bridge", "centre", "center", "agency", "commission", "court",
        "committee", "army", "police", "forces", "force", "front", "movement", "union", "state", "province", "city", "district", "region",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CalendarWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static PhraseKinds KindOf(ActorSource source) => source switch
    {
        ActorSource.Person => PhraseKinds.Person,
        ActorSource.Metonym => PhraseKinds.Metonym,
        ActorSource.ArmedGroup => PhraseKinds.ArmedGroup,
        ActorSource.Organization => PhraseKinds.Organization,
        ActorSource.ImportedActor => PhraseKinds.Imported,
        _ => PhraseKinds.Country,
    };

    // ------------------------------------------------------------------ 2. document context

    private bool IsCountryOnly(Atom a) =>
        (a.Kinds & PhraseKinds.Country) != 0 && (a.Kinds & (PhraseKinds.Person | PhraseKinds.Metonym | PhraseKinds.ArmedGroup | PhraseKinds.Organization)) == 0;

    private void CountCountries()
    {
        // "surrendered to federal authorities in San Jose, California": a capital's name followed by another country's state or
        // country is that place, throughout the story.
        for (var i = 0; i + 1 < _atoms.Count; i++)
        {
            var (a, b) = (_atoms[i], _atoms[i + 1]);
            if (b.First == a.End + 1 && TokenIs(a.End, ",") && IsCountryOnly(a) && _kb.FindCountryMatch(a.Key) is { Kind: CountryNameKind.Capital } capital
                && RegionOrCountryOf(b.Text) is { } elsewhere && elsewhere != capital.Country.Iso3)
            {
                _homonymCapitals.Add(a.Text);
            }
        }
        foreach (var a in _atoms)
        {
            if (IsCountryOnly(a) && CountryMatchOf(a.Key) is { Kind: not CountryNameKind.Capital } m)
            {
                _countryMentions[m.Country.Iso3] = _countryMentions.GetValueOrDefault(m.Country.Iso3) + 1;
            }
            else if (ArmedGroupOf(a) is { Iso3.Length: 3 } g && g.Iso3 != KnowledgeBase.UnknownCountry)
            {
                _groupHomeMentions[g.Iso3] = _groupHomeMentions.GetValueOrDefault(g.Iso3) + 1;
            }
            else if ((a.Kinds & PhraseKinds.Metonym) != 0 && FindMetonym(a.Key) is { Iso3.Length: 3 } m2)
            {
                _institutionMentions[m2.Iso3] = _institutionMentions.GetValueOrDefault(m2.Iso3) + 1;
                if (m2.Sector is "GOV" or "LEG" or "JUD" or "PTY")
                {
                    // (not news agencies, companies or armed forces: "told Reuters", "Britain's SAS")
                    _stateBodyMentions[m2.Iso3] = _stateBodyMentions.GetValueOrDefault(m2.Iso3) + 1;
                }
            }
            else if (a.Source == AtomSource.Ner && a.Ner == NerType.Location && !a.WorldRegion && _kb.FindRegion(a.Text) is { Iso3.Length: 3 } r)
            {
                _regionMentions[r.Iso3] = _regionMentions.GetValueOrDefault(r.Iso3) + 1; // "Tigray", "Borno"
            }
            else if ((a.Kinds & PhraseKinds.Person) != 0 && _kb.FindPerson(a.Text, _date) is { Sector.Length: > 0, Iso3.Length: 3 } holder)
            {
                _officeHolderMentions[holder.Iso3] = _officeHolderMentions.GetValueOrDefault(holder.Iso3) + 1;
            }
        }
    }

    /// <summary>
    /// The armed group an atom names, as of the document date or, failing that, at any date; null if none, or if the group's
    /// rows ended before the date and a party or body of one of its names is in force then (<see cref="SuccessorOfGroup"/>).
    /// </summary>
    private ArmedGroup? ArmedGroupOf(Atom a)
    {
        if ((a.Kinds & PhraseKinds.ArmedGroup) == 0)
        {
            return null;
        }
        var group = FindArmedGroup(a.Text) ?? (SuccessorOfGroup(a) is null ? _kb.FindArmedGroup(a.Text) : null);
        return group is null ? null : GroupNamedInFull(a, group) ?? group;
    }

    private ArmedGroup? FindArmedGroup(string text) => _kb.FindArmedGroup(text, _date, _defaultSource is "dateline" or "focus" ? _defaultCountry : null);

    /// <summary>
    /// The other group a short name stands for in this story: "Taliban gunmen massacred 132 children" in a story that names
    /// the Pakistani Taliban in full, and never the Afghan Taliban by a name of their own, are the Pakistani Taliban (were
    /// AFGINS). Null when the story names no such group, also names this one in full ("the Afghan Taliban"), or sets the two
    /// names side by side.
    /// </summary>
    private ArmedGroup? GroupNamedInFull(Atom a, ArmedGroup group)
    {
        var key = KnowledgeBase.StripArticle(a.Key);
        if (_groupsNamedInFull.TryGetValue(key, out var cached))
        {
            return cached;
        }
        ArmedGroup? other = null;
        foreach (var b in _atoms)
        {
            var longer = KnowledgeBase.StripArticle(b.Key);
            // (A qualifier before the short name, "Pakistani Taliban"; not a branch named after it, "al-Qaeda in the Islamic
            // Maghreb", whose parent the short name stays.)
            if ((b.Kinds & PhraseKinds.ArmedGroup) == 0 || longer.Length <= key.Length || !longer.EndsWith(" " + key, StringComparison.Ordinal)
                || FindArmedGroup(b.Text) is not { } named)
            {
                continue;
            }
            // "the Afghan Taliban": the short name stays theirs; so it does where both names stand in one sentence ("The Taliban and
            // the Pakistani Taliban denied any link": two groups).
            if (named.Id == group.Id || _atoms.Any(c => c.Sentence == b.Sentence && c != b && KnowledgeBase.StripArticle(c.Key) == key))
            {
                other = null;
                break;
            }
            other ??= named;
        }
        _groupsNamedInFull[key] = other;
        return other;
    }

    private readonly Dictionary<string, ArmedGroup?> _groupsNamedInFull = new(StringComparer.Ordinal);

    /// <summary>
    /// What a movement that laid down its arms became, for a name of it the successor's row leaves out: "the RPF" in a story of
    /// 2017 is Rwanda's ruling party (parties.tsv has "Rwandan Patriotic Front" from July 1994), not the rebels of 1990.
    /// </summary>
    private Metonym? SuccessorOfGroup(Atom a)
    {
        if ((a.Kinds & PhraseKinds.ArmedGroup) == 0 || _date is not { } date || _kb.FindArmedGroup(a.Text, date) is not null
            || _kb.FindArmedGroup(a.Text) is not { Valid.End: { } end } g || end >= date)
        {
            return null;
        }
        foreach (var name in g.Names)
        {
            if (_kb.FindMetonym(name, date, g.Iso3) is { } m && m.Iso3 == g.Iso3)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>The country and place a dateline names: "KABUL" (AFG, Kabul), "BOISE, Idaho", "ST CATHERINE, Jamaica".</summary>
    private (string? Country, GeoPlace? Place) PlaceOfDateline(Dateline dateline)
    {
        var place = dateline.Place;
        var comma = place.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            place = place[..comma].Trim(); // "BOISE, Idaho": the city
        }
        // The country or state written after the place: "SAN JOSE, California" is not Costa Rica's capital.
        var regionCountry = dateline.Region is { Length: > 0 } region
            ? CountryMatchOf(region) is { Kind: not CountryNameKind.Capital and not CountryNameKind.Demonym } rc ? rc.Country.Iso3 : _kb.FindRegion(region)?.Iso3
            : null;
        if (CountryMatchOf(place) is { } m && (regionCountry is null || m.Country.Iso3 == regionCountry))
        {
            return (m.Country.Iso3, m.Kind == CountryNameKind.Capital
                ? Geocode(place, m.Country.Iso3) ?? new GeoPlace(place, m.Country.Iso3, null, null)
                : new GeoPlace(m.Country.Name, m.Country.Iso3, null, null));
        }
        if (Geocode(place, regionCountry) is { } g && (regionCountry is null || g.Country == regionCountry))
        {
            return (g.Country, g);
        }
        if (regionCountry is not null)
        {
            // "ST CATHERINE, Jamaica —", "SPANISH TOWN, Jamaica": a place the gazetteer does not know is in the country or
            // state written after it.
            return (regionCountry, new GeoPlace(dateline.Place, regionCountry, null, null));
        }
        return (null, null);
    }

    /// <summary>
    /// A reactions roundup labels its paragraphs with the country that reacts ("RUSSIA: The Foreign Ministry said the declaration
    /// violated ..."): each such paragraph defaults to that country, as a paragraph dateline would. Only a country's name
    /// (a transcript's "JAISWAL:" is a speaker).
    /// </summary>
    private void AddCountryLabelSections()
    {
        var text = _doc.Text;
        var added = false;
        List<(int Sentence, string? Country, GeoPlace? Place)>? capitals = null;
        for (var s = 1; s < _sentences.Count; s++)
        {
            var start = _tokens.Starts[_sentences[s].FirstToken];
            if (start == 0 || text[start - 1] is not ('\n' or '\r'))
            {
                continue; // a label opens a line
            }
            var colon = text.IndexOf(':', start, Math.Min(40, text.Length - start));
            if (colon < 0 || colon + 1 >= text.Length || !char.IsWhiteSpace(text[colon + 1]))
            {
                continue;
            }
            var label = text[start..colon];
            if (label.IndexOf(',') is var cut and > 0 ? label[..cut].Any(char.IsLower) : label.Any(char.IsLower))
            {
                continue;
            }
            if (CountryMatchOf(label) is { Kind: CountryNameKind.Name or CountryNameKind.Variant } match)
            {
                _sections.Add((s, match.Country.Iso3, new GeoPlace(match.Country.Name, match.Country.Iso3, null, null)));
                added = true;
            }
            else if (_kb.FindCountryMatch(label) is { Kind: CountryNameKind.Capital } capital && !_homonymCapitals.Contains(label))
            {
                capitals ??= [];
                capitals.Add((s, capital.Country.Iso3, Geocode(label, capital.Country.Iso3) ?? new GeoPlace(label, capital.Country.Iso3, null, null)));
            }
            else if (label.IndexOf(", ", StringComparison.Ordinal) is var comma and > 0 && RegionOrCountryOf(label[(comma + 2)..]) is { } regionCountry)
            {
                // "FORT MEADE, Maryland:": a place and its state or country.
                capitals ??= [];
                capitals.Add((s, regionCountry, Geocode(label[..comma], regionCountry) ?? new GeoPlace(label[..comma], regionCountry, null, null)));
            }
        }
        if (capitals is { Count: >= 2 })
        {
            // A briefs page ("TOKYO: Japan said ... LONDON: Former Pakistani prime minister Nawaz Sharif said"): each item is filed
            // from its capital. (Two at least: a single "PARIS:" may be a speaker's label.)
            _sections.AddRange(capitals);
            added = true;
        }
        if (added)
        {
            _sections.Sort(static (a, b) => a.Sentence.CompareTo(b.Sentence));
        }
    }

    /// <summary>The first sentence of the roundup item (section) that holds <paramref name="sentence"/>; 0 in a story without items.</summary>
    private int SectionStart(int sentence)
    {
        var start = 0;
        foreach (var (first, _, _) in _sections)
        {
            if (first > sentence)
            {
                break;
            }
            start = first;
        }
        return start;
    }

    /// <summary>
    /// A roundup's item about another country than the one it is filed from ("LONDON: Former Pakistani prime minister Nawaz
    /// Sharif said ... the Pakistan People's Party"): as with a bureau's story, an item that names another state at least twice,
    /// more than any other, and never its own place's country, defaults to the state it names.
    /// </summary>
    private void FocusSections()
    {
        for (var i = 0; i < _sections.Count; i++)
        {
            var (first, country, place) = _sections[i];
            var end = i + 1 < _sections.Count ? _sections[i + 1].Sentence : int.MaxValue;
            if (country is null)
            {
                continue;
            }
            // Country names and adjectives as written, also inside names ("Former Pakistani prime minister", "Pakistan People's
            // Party"); not capitals, which are venues ("speaking in London").
            var named = new Dictionary<string, int>(StringComparer.Ordinal);
            var lastToken = end < _sentences.Count ? _sentences[end].FirstToken : _tokens.Count;
            for (var t = _sentences[first].FirstToken; t < lastToken; t++)
            {
                if (TextOf(t) is [var c, _, ..] && char.IsUpper(c) && CountryMatchOf(TextOf(t).ToString()) is { Kind: not CountryNameKind.Capital } m)
                {
                    named[m.Country.Iso3] = named.GetValueOrDefault(m.Country.Iso3) + 1;
                }
            }
            foreach (var a in _atoms)
            {
                if (a.Sentence >= first && a.Sentence < end && a.End - a.First > 1 && IsCountryOnly(a)
                    && CountryMatchOf(a.Key) is { Kind: not CountryNameKind.Capital } m)
                {
                    named[m.Country.Iso3] = named.GetValueOrDefault(m.Country.Iso3) + 1; // "South Africa", "the United States"
                }
            }
            var (top, topCount, second) = MostNamed(named.Keys, iso => named[iso]);
            if (top is not null && top != country && topCount >= 2 && topCount > second && named.GetValueOrDefault(country) == 0)
            {
                _sections[i] = (first, top, place);
            }
        }
    }

    private void ResolveDateline()
    {
        if (_dateline.IsPresent && _dateline.Place.Length > 0)
        {
            (_datelineCountry, _datelinePlace) = PlaceOfDateline(_dateline);
            var city = _dateline.Place.Split(',')[0].Trim();
            if (_datelineCountry is not null && _kb.FindCountryMatch(city) is { Kind: CountryNameKind.Capital } capital && capital.Country.Iso3 != _datelineCountry)
            {
                _homonymCapitals.Add(city);
            }
        }
        foreach (var section in _dateline.Sections)
        {
            // A roundup's later paragraphs ("KHARTOUM, April 11 - ..."): each is filed from its own place.
            var (country, place) = PlaceOfDateline(section);
            var sentence = 0;
            while (sentence + 1 < _sentences.Count && _tokens.Starts[_sentences[sentence + 1].FirstToken] <= section.Span.Start)
            {
                sentence++;
            }
            _sections.Add((sentence, country, place));
        }
        AddCountryLabelSections();
        FocusSections();
        // The text's dominant country, when one clearly dominates (twice, and more than any other).
        var (top, topCount, second) = MostNamed(_countryMentions.Keys, iso => _countryMentions[iso]);
        if (_datelineCountry is not null)
        {
            // A regional bureau's dateline ("CAIRO — Gunmen opened fire at Tunisia's most renowned museum", "NAIROBI —
            // Somalia's ..."): when the story names another country at least three times and four times as often as the
            // dateline's, unqualified officials and civilians belong to the story's country, not the bureau's.
            // (The dateline country's own institutions count as its mentions: "Berlin ... Press release of the Federal
            // Foreign Office" about Russia is Germany's story, and its "Federal Government" is Germany's.)
            var bureau = top is not null && top != _datelineCountry && topCount >= 3 && topCount > second
                && 4 * (_countryMentions.GetValueOrDefault(_datelineCountry) + _institutionMentions.GetValueOrDefault(_datelineCountry)
                    + _regionMentions.GetValueOrDefault(_datelineCountry)) <= topCount;
            // (The dateline country's provinces named in the text count too: "KINSHASA (AFP) - ... the hills of North Kivu" is
            // Congo's story, though it names Uganda three times and Congo once. Not its capital: "talks in Doha" in a story from
            // Doha about Gaza, "Dakar" in a story about Mali, are venues.)
            if (!bureau && _countryMentions.GetValueOrDefault(_datelineCountry) == 0 && _groupHomeMentions.GetValueOrDefault(_datelineCountry) == 0
                && GroupCountry() is { } groupHome && (top is null || top == groupHome))
            {
                top = groupHome;
                // "CAIRO (AP) — Sudan's paramilitary Rapid Support Forces said ... The RSF captured El Fasher ... the army": a story
                // that keeps naming one country's armed groups, and never the bureau's country, is about that country (the army
                // was Egypt's).
                bureau = true;
            }
            // The seats of international bodies ("GENEVA (AFP) - The U.N. rights chief accused Myanmar's military ... the
            // junta had killed"): a story filed there is about the country it names, even once, when it never names the host.
            var seat = _dateline.Place.Trim();
            var euInBrussels = _euStory && seat.Equals("Brussels", StringComparison.OrdinalIgnoreCase);
            bureau |= top is not null && top != _datelineCountry && topCount > second && _countryMentions.GetValueOrDefault(_datelineCountry) == 0
                && InternationalSeats.Contains(seat.ToUpperInvariant())
                // (not when the story happens there: "GENEVA — Diplomats from the United States met in Geneva"; "Brussels" in a
                // story about the EU is the Union, not the city)
                && (_doc.Text.IndexOf(seat, _dateline.Span.End, StringComparison.OrdinalIgnoreCase) < 0 || euInBrussels);
            _defaultCountry = bureau ? top : _datelineCountry;
            _defaultSource = bureau ? "focus" : "dateline";
            var datelineOwn = _countryMentions.GetValueOrDefault(_datelineCountry) + _institutionMentions.GetValueOrDefault(_datelineCountry)
                + _regionMentions.GetValueOrDefault(_datelineCountry) + _officeHolderMentions.GetValueOrDefault(_datelineCountry);
            if (!bureau && datelineOwn <= 1 && _countryMentions.Count(c => c.Key != _datelineCountry && c.Value >= 2) >= 2)
            {
                // A venue: "ZURICH (AFP) - Turkey and Armenia signed accords ... Switzerland, which mediated the talks" names two
                // other countries twice or more each and its own at most once (its office-holders count: "Minsk ... Belarusian
                // riot police ... Alexander Lukashenko" is Belarus's story, whatever else it names). Its "government", "both
                // parliaments" and "the nationalist party" are one of the two sides', which the text does not say: nobody's,
                // rather than the host's (they were Swiss).
                _defaultCountry = null;
                _defaultSource = "none";
                return;
            }
            if (!bureau && euInBrussels && _countryMentions.GetValueOrDefault(_datelineCountry) == 0)
            {
                // A story from Brussels about the EU that never names Belgium: "critics" and "some governments" are nobody's
                // in particular, not Belgian.
                _defaultCountry = null;
            }
            return;
        }
        // With no dateline the country's provinces count too: an analysis of the war in Tigray that names Eritrea three
        // times and Ethiopia twice is about Ethiopia ("federal troops" were Eritrea's). (Not its institutions or armed groups in
        // the ranking: a story about Kenya's operation against al-Shabab names the group more often than Kenya, and a story about
        // Zimbabwe's coup Britain's Foreign Office.) A country whose own bodies the story names three times or more is where it
        // happens, though, and they count: "Senate confirms Friedman as ambassador to Israel", "House passes USMCA" (the
        // senators were Israel's, Congress Mexico's).
        (top, topCount, second) = MostNamed(_countryMentions.Keys.Union(_regionMentions.Keys).Union(_stateBodyMentions.Keys),
            iso => _countryMentions.GetValueOrDefault(iso) + _regionMentions.GetValueOrDefault(iso)
                + (_stateBodyMentions.GetValueOrDefault(iso) is var bodies and >= 3 ? bodies : 0));
        // (Its institutions and armed groups may lift a country named once to the threshold: "Nigeria's army said it rescued
        // 300 hostages held by Boko Haram".)
        if (top is not null && topCount + _institutionMentions.GetValueOrDefault(top) + _groupHomeMentions.GetValueOrDefault(top) >= 2
            && topCount > second && (_countryMentions.GetValueOrDefault(top) > 0 || _stateBodyMentions.GetValueOrDefault(top) >= 3))
        {
            _defaultCountry = top;
            _defaultSource = "focus";
        }
    }

    /// <summary>The country <paramref name="count"/> ranks first, its count and the runner-up's count.</summary>
    private static (string? Top, int TopCount, int Second) MostNamed(IEnumerable<string> countries, Func<string, int> count)
    {
        string? top = null;
        int topCount = 0, second = 0;
        foreach (var iso in countries)
        {
            var n = count(iso);
            if (n > topCount)
            {
                second = topCount;
                top = iso;
                topCount = n;
            }
            else if (n > second)
            {
                second = n;
            }
        }
        return (top, topCount, second);
    }

    /// <summary>
    /// The one country whose armed groups the text names at least twice and which, with its own name, it mentions at least
    /// three times; null when there is none or more than one.
    /// </summary>
    private string? GroupCountry()
    {
        string? found = null;
        foreach (var (iso, groups) in _groupHomeMentions)
        {
            if (groups >= 2 && groups + _countryMentions.GetValueOrDefault(iso) >= 3)
            {
                if (found is not null)
                {
                    return null;
                }
                found = iso;
            }
        }
        return found;
    }

    private static readonly HashSet<string> InternationalSeats = new(StringComparer.Ordinal)
    {
        "GENEVA", "THE HAGUE", "BRUSSELS", "VIENNA", "STRASBOURG", "NEW YORK", "UNITED NATIONS", "LUXEMBOURG",
    };

    private static readonly string[] CompassWords =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central",
    ];

    /// <summary>Nouns whose of-phrase names a place: "the town of Gori", "the port city of Hodeidah".</summary>
    private static readonly string[] SettlementWords = ["town", "city", "village", "province", "district", "region", "port", "capital", "enclave", "hamlet"];

    private static readonly string[] AdminWords =
    [
        "province", "region", "state", "district", "county", "governorate", "oblast", "prefecture", "municipality",
        "department", "city", "town", "village", "area", "territory",
    ];

    /// <summary>
    /// A place the gazetteer does not list as written: "Ghazni province" is located like Ghazni, "northeast Syria" is
    /// in Syria. The written name is kept; the coordinates are the named town's, none for a country.
    /// </summary>
    private GeoPlace? GeocodeLoosely(Atom a)
    {
        var words = a.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = 0, end = words.Length;
        while (first < end - 1 && Array.IndexOf(CompassWords, words[first].ToLowerInvariant()) >= 0)
        {
            first++;
        }
        while (end > first + 1 && Array.IndexOf(AdminWords, words[end - 1].ToLowerInvariant()) >= 0)
        {
            end--;
        }
        if (first == 0 && end == words.Length)
        {
            return a.InnerCountry is { } inner ? new GeoPlace(a.Text, inner, null, null) : null;
        }
        var core = string.Join(' ', words[first..end]);
        if (CountryMatchOf(core) is { Kind: not CountryNameKind.Capital and not CountryNameKind.Demonym } country)
        {
            return new GeoPlace(a.Text, country.Country.Iso3, null, null);
        }
        return Geocode(core, a.InnerCountry) is { } town ? town with { Name = a.Text }
            : RegionPlace(core, a.Text) ?? (a.InnerCountry is { } ic ? new GeoPlace(a.Text, ic, null, null) : null);
    }

    /// <summary>Role words that are also adjectives, read as such after a copula ("remained firm", "it is official").</summary>
    private static readonly FrozenSet<string> AdjectiveAgents = FrozenSet.ToFrozenSet(["firm", "official", "royal", "civilian", "military"], StringComparer.Ordinal);

    /// <summary>The token is a predicate (a copula's complement or a verb's xcomp) without a determiner or possessor.</summary>
    private bool PredicateWithoutDeterminer(int t)
    {
        if (_deps is null)
        {
            return false;
        }
        var predicate = _deps.RelationOf(t) == "xcomp";
        for (var k = Math.Max(0, t - 6); k < t; k++)
        {
            if (_deps.HeadOf(k) != t)
            {
                continue;
            }
            predicate |= _deps.RelationOf(k) == "cop";
            if (_deps.RelationOf(k) is "det" or "nmod:poss" or "amod" or "compound")
            {
                return false;
            }
        }
        return predicate;
    }

    /// <summary>A state or province (regions.tsv) is named by one to three words from <paramref name="t"/> on.</summary>
    private bool RegionAt(int t, int end)
    {
        for (var n = 1; n <= 3 && t + n <= end; n++)
        {
            if (_kb.FindRegion(SpanText(t, t + n)) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A state or province the city gazetteer does not list ("Borno state", "northern Tigray"): its country, no coordinates.</summary>
    private GeoPlace? RegionPlace(string name, string written) =>
        _kb.FindRegion(name) is { } region ? new GeoPlace(written, region.Iso3, null, null) : null;

    private GeoPlace? Geocode(string name, string? preferred)
    {
        var gazetteer = _owner.Gazetteer;
        if (gazetteer is null)
        {
            return null;
        }
        var all = gazetteer.FindAll(name);
        // A name the knowledge base knows as a capital ("Washington") is that country's capital even when the
        // gazetteer files it under another name ("Washington, D.C."): without this, a town of 24,000 in Utah won.
        // (Not when the gazetteer has the name as that country's seat of government or as a curated place: "The Hague", a
        // capital in countries.tsv, was Amsterdam.)
        if (CountryMatchOf(name) is { Kind: CountryNameKind.Capital } capitalOf
            && gazetteer.CapitalOf(capitalOf.Country.Iso3) is { } capital && !all.Contains(capital)
            && !all.Any(p => p.Iso3 == capitalOf.Country.Iso3 && (p.FeatureCode == "PPLG" || p.Curated)))
        {
            all = all.Add(capital);
        }
        Place? best = null;
        var bestScore = double.MinValue;
        foreach (var p in all)
        {
            var score = Math.Log10(p.Population + 10);
            if (p.Iso3 == preferred)
            {
                score += 4;
            }
            if (p.Iso3 == _datelineCountry)
            {
                score += 3;
            }
            if (_countryMentions.ContainsKey(p.Iso3))
            {
                score += 2;
            }
            if (p.IsCapital)
            {
                score += 1;
            }
            if (p.Curated)
            {
                score += 3; // the place news means by this English name: "Geneva" in a story that mentions the U.S. is not in Illinois
            }
            if (score > bestScore)
            {
                best = p;
                bestScore = score;
            }
        }
        // A state or province of that name in another country competes as a place of a few million people: "Virginia" is the
        // U.S. state, not Virginia, Free State (60,000 people), unless the story is about South Africa. (A province and its
        // capital city in one country keep the city, which has coordinates.)
        if (best is not null && _kb.FindRegion(name) is { } region && region.Iso3 != best.Iso3)
        {
            var regionScore = Math.Log10(2_000_000) + (region.Iso3 == preferred ? 4 : 0) + (region.Iso3 == _datelineCountry ? 3 : 0)
                + (_countryMentions.ContainsKey(region.Iso3) ? 2 : 0);
            if (regionScore > bestScore)
            {
                return new GeoPlace(name, region.Iso3, null, null);
            }
        }
        if (best is not null && best.Population < (_datelineCountry is null ? 100_000 : 1_000_000) && !best.IsCapital && !best.Curated
            && best.FeatureCode is not ("PPLG" or "PPLC") && CountryMatchOf(name) is not { Kind: CountryNameKind.Capital }
            && best.Iso3 != preferred && best.Iso3 != _datelineCountry && !_countryMentions.ContainsKey(best.Iso3)
            && (_datelineCountry is not null || _countryMentions.Count > 0))
        {
            // A town of a country the story never names is a namesake, not the place meant: "the presidential palace in
            // Heliopolis" in a story from Cairo is not Heliopolis, Algeria (the gazetteer lists Cairo's district under Cairo), and
            // "San Miguel" (del Padron) in a story from Havana is not El Salvador's. Only cities of a million people are news
            // enough to be named without their country, when the story is filed from another.
            return null;
        }
        return best is null ? null : new GeoPlace(best.Name, best.Iso3, best.Latitude, best.Longitude, $"{best.Name}|{best.Iso3}");
    }

    // ------------------------------------------------------------------ 3. in-text definitions

    private void RegisterSurname(string key, Atom a)
    {
        if (!_surnameBearers.TryGetValue(key, out var bearers))
        {
            _surnameBearers[key] = bearers = [];
        }
        bearers.Add(a);
        if (_surnames.TryGetValue(key, out var existing))
        {
            if (existing is not null && existing.Key != a.Key && !IsVariantOf(existing, a))
            {
                _surnames[key] = null; // two people share it: ambiguous
            }
        }
        else
        {
            _surnames[key] = a;
        }
    }

    /// <summary>
    /// The full name a surname at <paramref name="position"/> stands for: the one bearer the text names, or, when two people
    /// share it, the one named in its sentence or the one before, else the first the text named, its principal ("Former
    /// President Rodrigo Duterte ... Duterte, 79, was taken into custody" was the vice president, Sara Duterte, named later).
    /// </summary>
    private Atom? SurnameDefinition(string key, int position)
    {
        if (!_surnames.TryGetValue(key, out var full))
        {
            return null;
        }
        if (full is not null)
        {
            return full;
        }
        var bearers = _surnameBearers[key];
        var sentence = _sentences.SentenceOfToken(position);
        // (One named only in an "of" phrase of another's description is a relative or a predecessor, not who the story follows:
        // "Shehbaz Sharif, the opposition leader and younger brother of three-time premier Nawaz Sharif ... Sharif told the house".)
        // Of several named there, the one holding an office on the date is who a bare surname means ("President Barack Obama,
        // who attended with first lady Michelle Obama ... Obama hailed Mandela").
        var near = bearers.Where(b => b.End <= position && sentence - b.Sentence <= 1 && !NamedInOfPhrase(b)).ToList();
        if (near.Count > 1 && near.Where(b => _kb.FindPerson(b.Text, _date) is not null).DistinctBy(b => b.Key).ToList() is [var officeHolder])
        {
            return officeHolder;
        }
        return near.LastOrDefault()
            ?? bearers.LastOrDefault(b => b.End <= position && sentence - b.Sentence <= 1) ?? bearers.FirstOrDefault(b => b.End <= position);
    }

    /// <summary>The name is the object of "of" inside another noun phrase ("brother of Nawaz Sharif", "the widow of X").</summary>
    private bool NamedInOfPhrase(Atom a)
    {
        if (_deps is null)
        {
            return false;
        }
        var h = a.End - 1;
        while (_deps.RelationOf(h) is "flat" or "compound" && _deps.HeadOf(h) is var up and >= 0 && up >= a.First && up < h)
        {
            h = up;
        }
        if (_deps.RelationOf(h) != "nmod")
        {
            return false;
        }
        for (var t = a.First - 1; t >= 0 && t >= a.First - 6; t--)
        {
            if (_deps.HeadOf(t) == h && TokenIs(t, "of"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The knowledge base's office-holder with this surname, unless the document's own people bear it and none of them is
    /// that person: "Mohamed" after "Ahmed Mohamed" and his father "Mohamed El-Hassan Mohamed" is one of them, not
    /// Djibouti's prime minister; "Erdogan" after "Recep Tayyip Erdogan" and "Turkish President Tayyip Erdogan" is him.
    /// </summary>
    private PersonRole? OfficeHolderBySurname(string key)
    {
        if (_index.FindBySurname(key, _date) is not { } holder)
        {
            return null;
        }
        if (!_surnameBearers.TryGetValue(key, out var bearers))
        {
            return holder;
        }
        foreach (var b in bearers)
        {
            if (_kb.FindPerson(b.Text) is { } known && known.Name == holder.Name)
            {
                return holder;
            }
        }
        return null;
    }

    /// <summary>
    /// Common Chinese, Korean and Vietnamese family names, which come first in the names news writes ("Kim Jong Un",
    /// "Xi Jinping", "Nguyen Xuan Phuc"); a later mention by the family name alone refers back to the full name.
    /// </summary>
    /// <summary>Countries whose leaders the news names by the first of their names.</summary>
    private static readonly FrozenSet<string> GivenNameCountries = new[] { "ETH", "ERI", "IDN", "THA", "ISL" }.ToFrozenSet(StringComparer.Ordinal);

    internal static readonly FrozenSet<string> FamilyNameFirst = new[]
    {
        "xi", "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao",
        "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "ye", "cheng", "wei", "su", "ding", "ren", "shen", "yao", "wen",
        "qin", "fu", "wan", "hou", "kong", "bai", "mao", "zhu", "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang",
        "lim", "oh", "seo", "shin", "kwon", "hwang", "ahn", "yoo", "hong", "jeon", "moon", "bae", "baek", "nam", "noh",
        "roh", "chun", "ri", "pak", "choe", "ban", "nguyen", "tran", "pham", "hoang", "phan", "vu", "vo", "dang", "bui",
        "ngo", "duong",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The capitalised words of a name begin with the acronym's letters, in order ("Coalition of Patriots for Change", CPC).</summary>
    private static bool SpellsAcronym(string name, string acronym)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }
        return initials.Length >= 2 && initials.ToString().Equals(acronym, StringComparison.Ordinal);
    }

    private void RegisterDefinitions()
    {
        // Acronyms defined in parentheses right after a name: "National Security Council (NSC)".
        foreach (var a in _atoms)
        {
            var t = a.End;
            if (_dateline.At(_tokens.Starts[a.First]) is { IsPresent: true } heading && _tokens.Starts[a.First] < heading.Span.End)
            {
                continue; // "GENEVA (AFP) -": the news agency of a dateline, not an acronym of the place
            }
            if (t + 2 < _tokens.Count && TextOf(t) is "(" && TextOf(t + 2) is ")" &&
                PhraseIndex.IsAcronymAlias(TextOf(t + 1)) && IsAllCaps(TextOf(t + 1)))
            {
                // Acronyms the knowledge base knows ("(UNHCR)" after "the U.N. refugee agency") keep their entry, unless the name
                // before them is the organisation the knowledge base gives that acronym too: "Reporters Without Borders (RSF)"
                // is not Sudan's Rapid Support Forces.
                var acronym = TextOf(t + 1).ToString().Replace(".", "", StringComparison.Ordinal);
                // (Nor when the name spells the acronym: "the Coalition of Patriots for Change (CPC)" in the Central African Republic
                // is no Chinese Communist Party.)
                if (_index.LookupAcronym(acronym) == PhraseKinds.None
                    || _kb.FindOrganization(a.Text) is { } named && named.Acronyms.Contains(acronym, StringComparer.Ordinal)
                    || a.End - a.First >= 3 && SpellsAcronym(a.Text, acronym))
                {
                    _acronyms[acronym] = a;
                }
            }
        }
        // Full names, so later surnames resolve to them.
        List<(string Key, Atom Atom)>? firstNames = null;
        foreach (var a in _atoms)
        {
            if (!IsNameAtom(a) || a.End - a.First < 2)
            {
                continue;
            }
            var last = a.End - 1;
            while (last > a.First && _keyLength[last] == 0)
            {
                last--;
            }
            var surnameStart = HyphenRunStart(last, a.First);
            if (surnameStart == a.First)
            {
                continue; // "al-Assad" alone is a surname, not a full name that defines one
            }
            RegisterSurname(SpanKey(surnameStart, last + 1), a); // "al-Sharaa" is three tokens
            if (surnameStart + 2 <= last && KeyOf(surnameStart) is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" && TokenIs(surnameStart + 1, "-"))
            {
                RegisterSurname(SpanKey(surnameStart + 2, last + 1), a); // "Bashar al-Jaafari ... Jaafari said": the name without its article
            }
            for (var b = a.First + 1; b < last; b++)
            {
                if (KeyOf(b) is "bin" or "ibn" or "bint")
                {
                    // "Sheikh Mohamed bin Zayed Al Nahyan ... sent a cable to Sheikh Mohamed": an Arabic name's given name, before
                    // its "bin", is how the text names him again (was Djibouti's prime minister, Abdoulkader Kamil Mohamed).
                    RegisterSurname(KeyOf(b - 1).ToString(), a);
                    break;
                }
            }
            if (last - a.First <= 3 && FamilyNameFirst.Contains(KeyOf(a.First).ToString()))
            {
                RegisterSurname(KeyOf(a.First).ToString(), a); // "Kim Jong Un" ... "Kim said"; "Xi Jinping" ... "Xi"
            }
            else if (last - a.First <= 2 && _kb.FindPerson(a.Text) is { } known && GivenNameCountries.Contains(known.Iso3))
            {
                // "Ethiopian Prime Minister Abiy Ahmed ... spoke with Abiy": Ethiopian and Eritrean names are patronymic,
                // Indonesian and Thai news names people by the first name ("Prabowo", "Srettha").
                RegisterSurname(KeyOf(a.First).ToString(), a);
            }
            else if (last - a.First <= 2 && _keyLength[a.First] > 1 && char.IsUpper(TextOf(a.First)[0]))
            {
                (firstNames ??= []).Add((KeyOf(a.First).ToString(), a));
            }
        }
        if (firstNames is not null)
        {
            // "Huawei's chief financial officer Meng Wanzhou ... Meng was detained": a family name written first that the list
            // above lacks (or a given name the story uses on its own) stands for the one person it begins, when no one's surname
            // is that word and no one else's name begins with it.
            foreach (var group in firstNames.GroupBy(f => f.Key, StringComparer.Ordinal))
            {
                if (!_surnames.ContainsKey(group.Key) && group.Select(f => f.Atom.Key).Distinct(StringComparer.Ordinal).Count() == 1)
                {
                    RegisterSurname(group.Key, group.First().Atom);
                }
            }
        }
        // Re-label existing single-token atoms, and add atoms for tokens nothing covered.
        var covered = new bool[_tokens.Count];
        foreach (var a in _atoms)
        {
            for (var t = a.First; t < a.End; t++)
            {
                covered[t] = true;
            }
        }
        foreach (var a in _atoms)
        {
            if (a.End - a.First != 1 && !(a.Source == AtomSource.Ner && HyphenRunStart(a.End - 1, a.First) == a.First))
            {
                continue;
            }
            if (_acronyms.TryGetValue(a.Text.Replace(".", "", StringComparison.Ordinal), out var def) && def != a)
            {
                a.Source = AtomSource.DefinedAcronym;
                a.Definition = def;
            }
            else if ((a.Ner == NerType.Person || (a.Source == AtomSource.Ner && a.Kinds == PhraseKinds.None) || TitleWordAsSurname(a)) &&
                SurnameDefinition(a.Key, a.First) is { } full)
            {
                a.Source = AtomSource.Surname;
                a.Definition = full;
                a.Ner = NerType.Person;
                a.Kinds &= ~PhraseKinds.Agent;
            }
        }
        for (var s = 0; s < _sentences.Count; s++)
        {
            var first = _sentences.FirstTokenOf(s);
            var end = first + _sentences.TokenCountOf(s);
            for (var t = first; t < end; t++)
            {
                if (covered[t] || !IsCapitalized(t))
                {
                    continue;
                }
                var text = TextOf(t);
                if (IsAllCaps(text) && _acronyms.TryGetValue(text.ToString().Replace(".", "", StringComparison.Ordinal), out var def))
                {
                    _atoms.Add(new Atom
                    {
                        First = t, End = t + 1, Sentence = s, Source = AtomSource.DefinedAcronym, Definition = def,
                        Text = text.ToString(), Key = KeyOf(t).ToString(), Ner = NerType.Organization,
                    });
                }
                else if (_keyLength[t] > 0 && HyphenRunEnd(t, end) is var runEnd && !AnyCovered(covered, t, runEnd) &&
                    SurnameDefinition(SpanKey(t, runEnd), t) is { } full && full.First != t && full.End != runEnd)
                {
                    _atoms.Add(new Atom
                    {
                        First = t, End = runEnd, Sentence = s, Source = AtomSource.Surname, Definition = full,
                        Text = SpanText(t, runEnd), Key = SpanKey(t, runEnd), Ner = NerType.Person,
                    });
                    t = runEnd - 1;
                }
                else if (_keyLength[t] >= 4 && !IsAllCaps(text)
                    && ((_pos is null || _pos.UposOf(t) == Upos.PROPN) && (t > first && OfficeHolderBySurname(KeyOf(t).ToString()) is not null || FormerLeaderOfGovernment(t) is not null)
                        || t == first && t + 1 < end && _pos is not null && _pos.UposOf(t) is Upos.PROPN or Upos.NOUN && _pos.XposOf(t + 1) is "VBD" or "VBZ" or "VBP" or "MD"
                            && OfficeHolderBySurname(KeyOf(t).ToString()) is not null))
                {
                    // A surname alone that the NER missed, unique among people in office on the date ("Lavrov"), or a
                    // former leader's before a government noun ("the Blair government"). At the start of a sentence only
                    // right before a finite verb ("Macron called Zelenskyy", "macron" being also a noun and tagged one).
                    _atoms.Add(new Atom
                    {
                        First = t, End = t + 1, Sentence = s, Source = AtomSource.Knowledge, Kinds = PhraseKinds.Person,
                        Text = text.ToString(), Key = KeyOf(t).ToString(), Ner = NerType.Person,
                    });
                }
            }
        }
        _atoms.Sort(static (a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>The first token of the hyphen-joined word ending at <paramref name="last"/> ("al-Sharaa").</summary>
    private int HyphenRunStart(int last, int floor)
    {
        var start = last;
        while (start - 2 >= floor && TextOf(start - 1) is "-" && !_tokens.SpaceAfter(start - 1) && !_tokens.SpaceAfter(start - 2))
        {
            start -= 2;
        }
        return start;
    }

    private int HyphenRunEnd(int first, int ceiling)
    {
        var end = first + 1;
        while (end + 1 < ceiling && TextOf(end) is "-" && !_tokens.SpaceAfter(end - 1) && !_tokens.SpaceAfter(end))
        {
            end += 2;
        }
        return end;
    }

    private static bool AnyCovered(bool[] covered, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (covered[t])
            {
                return true;
            }
        }
        return false;
    }

    private bool IsVariantOf(Atom a, Atom b) =>
        _kb.FindPerson(a.Text) is { } pa && _kb.FindPerson(b.Text) is { } pb && pa.Name == pb.Name;

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters >= 2;
    }

    // ------------------------------------------------------------------ 4. phrases

    private static bool IsNameAtom(Atom a) =>
        a.Source is AtomSource.Surname ||
        (a.Kinds & PhraseKinds.Person) != 0 ||
        (a.Source == AtomSource.Ner && a.Ner == NerType.Person && a.Kinds == PhraseKinds.None);

    /// <summary>Can this atom qualify a role noun: a country, organisation, group, metonym or defined acronym.</summary>
    private bool IsModifier(Atom a, bool asOwner)
    {
        if (a.Source == AtomSource.DefinedAcronym)
        {
            return true;
        }
        if (a.Source == AtomSource.Ner && a.Ner == NerType.Location && !a.WorldRegion && PlaceOwnerCountry(a) is not null)
        {
            // "the mayor of Melitopol", "the governor of Kherson", "Istanbul Mayor Ekrem Imamoglu": an office of a town is its
            // country's (before the title only when the tagger split the town from it)
            return true;
        }
        if (a.Source == AtomSource.Ner || IsNameAtom(a))
        {
            return false;
        }
        if ((a.Kinds & (PhraseKinds.Organization | PhraseKinds.ArmedGroup | PhraseKinds.Metonym | PhraseKinds.Imported)) != 0)
        {
            return true;
        }
        if ((a.Kinds & PhraseKinds.Country) != 0)
        {
            // "the foreign minister of Russia" (a name), "the people of Paris" (a capital), not "of the Afghan ..." (that starts
            // a new phrase).
            return !asOwner || CountryMatchOf(a.Key) is { Kind: CountryNameKind.Name or CountryNameKind.Variant or CountryNameKind.Capital };
        }
        return false;
    }

    private static bool IsAgentAtom(Atom a, bool afterModifier) =>
        (a.Kinds & PhraseKinds.Agent) != 0 && a.Source == AtomSource.Knowledge &&
        (afterModifier || (a.Kinds & PhraseKinds.Named) == 0);

    private void BuildPhrases()
    {
        var i = 0;
        while (i < _atoms.Count)
        {
            var sentence = _atoms[i].Sentence;
            var sentenceEnd = _sentences.FirstTokenOf(sentence) + _sentences.TokenCountOf(sentence);
            var start = _phrases.Count;
            var j = i;
            while (j < _atoms.Count && _atoms[j].Sentence == sentence)
            {
                j++;
            }
            BuildSentencePhrases(i, j, sentenceEnd);
            LinkAppositives(start);
            i = j;
        }
    }

    private void BuildSentencePhrases(int from, int to, int sentenceEnd)
    {
        var i = from;
        while (i < to)
        {
            // Modifiers chained by glue: "Russian", "Russia's", "the Afghan", "U.N."...
            var j = i;
            while (j < to && IsModifier(_atoms[j], false) &&
                (j == i || GapIsGlue(_atoms[j - 1].End, _atoms[j].First, allowPossessive: true, allowArticle: false)) &&
                !(j > i && IsAgentAtom(_atoms[j], true) && (_atoms[j].Kinds & PhraseKinds.Country) == 0))
            {
                j++;
            }
            var hasMods = j > i;
            if (j < to && IsAgentAtom(_atoms[j], hasMods) &&
                (!hasMods || GapIsGlue(_atoms[j - 1].End, _atoms[j].First, allowPossessive: true, allowArticle: false)))
            {
                var p = new Phrase { Sentence = _atoms[j].Sentence };
                for (var m = i; m < j; m++)
                {
                    p.Modifiers.Add(_atoms[m]);
                }
                var k = j;
                p.Agents.Add(_atoms[k++]);
                while (k < to && IsAgentAtom(_atoms[k], true) && _atoms[k].First == _atoms[k - 1].End)
                {
                    p.Agents.Add(_atoms[k++]);
                }
                // "U.S. deputy U.N. ambassador": the body of the office sits between the rank and the office; the
                // phrase is one person's title, and the first modifier still gives the country.
                if (k + 1 < to && _atoms[k - 1].Key is "deputy" && _atoms[k].First == _atoms[k - 1].End && IsModifier(_atoms[k], false) &&
                    IsAgentAtom(_atoms[k + 1], true) && _atoms[k + 1].First == _atoms[k].End)
                {
                    _atoms[k].Phrase = p;
                    p.Agents.Add(_atoms[k + 1]);
                    k += 2;
                }
                var end = _atoms[k - 1].End;
                // "the head of the Collective Security Treaty Organisation", "the foreign minister of Russia"; a spokesperson speaks
                // "for" whoever they are the spokesperson of ("a spokesperson for the European Union"; an envoy "for Syria" is sent to it)
                if (end < sentenceEnd && (TokenIs(end, "of") || TokenIs(end, "for") && _atoms[k - 1].Key is "spokesperson" or "spokesman" or "spokeswoman"
                    or "spokespeople" or "spokesmen") && k < to)
                {
                    var u = end + 1;
                    while (u < _atoms[k].First && IsGlue(u))
                    {
                        u++;
                    }
                    if (u > end + 1 && LedParticipleAfter(u) is var led and >= 0 && led <= _atoms[k].First)
                    {
                        u = led; // "commander of the Kurdish-led Syrian Democratic Forces": led by no known actor, the forces are the owner
                    }
                    // (Not a modifier of the body that follows: "officers of the Pakistan Army" are the army's, GroupAfterOf.)
                    if (u == _atoms[k].First && IsModifier(_atoms[k], asOwner: true)
                        && !(k + 1 < to && _atoms[k + 1].First == _atoms[k].End && IsAgentAtom(_atoms[k + 1], true) && IsInstitutionWord(_atoms[k + 1].Key))
                        && BackingParticipleAfter(_atoms[k].End) < 0)
                    {
                        p.Owner = _atoms[k++];
                        end = p.Owner.End;
                    }
                    else if (u == _atoms[k].First && k + 1 < to && BackingParticipleAfter(_atoms[k].End) == _atoms[k + 1].First
                        && TextOf(_atoms[k].End + 1) is "based" && IsModifier(_atoms[k + 1], asOwner: true))
                    {
                        // "executive secretary of the Vienna-based CTBT Organization", "head of the London-based Syrian Observatory":
                        // the seat is no owner, the body after it is (Floyd was an Austrian business)
                        p.Owner = _atoms[k + 1];
                        k += 2;
                        end = p.Owner.End;
                    }
                }
                // "condolences to the government and people of Tanzania": the of-phrase after the second of two role words is
                // the first's owner too (the second's phrase takes it as usual).
                if (p.Owner is null && end + 1 < sentenceEnd && TokenIs(end, "and") && k + 1 < to && _atoms[k].First == end + 1
                    && IsAgentAtom(_atoms[k], true) && TokenIs(_atoms[k].End, "of"))
                {
                    var u = _atoms[k].End + 1;
                    while (u < _atoms[k + 1].First && IsGlue(u))
                    {
                        u++;
                    }
                    // (As for the of-phrase above: not a modifier of a body after it, nor a backer: "security forces and members of
                    // the Iran-backed Popular Mobilization Forces" are not Iran's.)
                    if (u == _atoms[k + 1].First && IsModifier(_atoms[k + 1], asOwner: true) && BackingParticipleAfter(_atoms[k + 1].End) < 0
                        && !(k + 2 < to && _atoms[k + 2].First == _atoms[k + 1].End && IsAgentAtom(_atoms[k + 2], true)))
                    {
                        p.Owner = _atoms[k + 1];
                    }
                }
                // A title right before a name: "Foreign Minister Sergey Lavrov".
                if (k < to && IsNameAtom(_atoms[k]) && _atoms[k].First == end)
                {
                    p.NameAtom = _atoms[k++];
                    end = p.NameAtom.End;
                }
                p.First = hasMods ? _atoms[i].First : _atoms[j].First;
                p.End = end;
                Add(p);
                i = k;
                continue;
            }
            var a = _atoms[i];
            var single = new Phrase { Sentence = a.Sentence, First = a.First, End = a.End };
            if (IsNameAtom(a))
            {
                single.NameAtom = a;
            }
            else if (IsAgentAtom(a, false))
            {
                single.Agents.Add(a);
            }
            else
            {
                single.Single = a;
            }
            Add(single);
            i++;
        }
    }

    private void Add(Phrase p)
    {
        foreach (var a in p.Modifiers) a.Phrase = p;
        foreach (var a in p.Agents) a.Phrase = p;
        if (p.Owner is not null) p.Owner.Phrase = p;
        if (p.NameAtom is not null) p.NameAtom.Phrase = p;
        if (p.Single is not null) p.Single.Phrase = p;
        _phrases.Add(p);
    }

    /// <summary>
    /// "Russian Foreign Minister, Sergey Lavrov" and "Sergey Lavrov, the foreign minister of Russia":
    /// a name and a singular role phrase separated by a comma (or joined by an appos dependency).
    /// </summary>
    private void LinkAppositives(int start)
    {
        for (var i = start; i + 1 < _phrases.Count; i++)
        {
            var p = _phrases[i];
            var q = _phrases[i + 1];
            // (Also a titled name before a description: "Admiral Dennis Blair, commander of U.S. forces in the Pacific".)
            if (!((p.IsName && q.IsBareAgent && !q.IsPluralAgent) || (p.IsBareAgent && !p.IsPluralAgent && q.IsName)
                || p.NameAtom is not null && p.Agents.Count > 0 && q.IsBareAgent && !q.IsPluralAgent))
            {
                continue;
            }
            var comma = p.End < q.First && TextOf(p.End) is ",";
            if (comma && GapIsGlue(p.End + 1, q.First, allowPossessive: false))
            {
                p.Appositive = q;
                q.Appositive = p;
            }
        }
        if (_deps is null || _appos < 0)
        {
            return;
        }
        // Appositions the parser found at a distance ("Karimi, who ..., the minister").
        for (var i = start; i < _phrases.Count; i++)
        {
            for (var j = i + 1; j < _phrases.Count; j++)
            {
                var p = _phrases[i];
                var q = _phrases[j];
                if (p.Appositive is null && q.Appositive is null &&
                    ((p.IsName && q.IsBareAgent && !q.IsPluralAgent) || (p.IsBareAgent && !p.IsPluralAgent && q.IsName)) &&
                    IsApposDependency(p, q))
                {
                    p.Appositive = q;
                    q.Appositive = p;
                }
            }
        }
    }

    private bool IsApposDependency(Phrase p, Phrase q)
    {
        if (_deps is null || _appos < 0)
        {
            return false;
        }
        var hp = HeadOf(p);
        var hq = HeadOf(q);
        return (_deps.RelationIds[hq] == _appos && _deps.HeadOf(hq) == hp) || (_deps.RelationIds[hp] == _appos && _deps.HeadOf(hp) == hq);
    }

    /// <summary>The token of the phrase whose dependency head lies outside it; without a parse, the name or last role word.</summary>
    private int HeadOf(Phrase p)
    {
        if (_deps is not null)
        {
            // A well-formed phrase has one token headed outside it; with a broken parse take the rightmost.
            for (var t = p.End - 1; t >= p.First; t--)
            {
                var h = _deps.HeadOf(t);
                if ((h < p.First || h >= p.End) && (_pos is null || _pos.UposOf(t) is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.ADJ))
                {
                    return t;
                }
            }
        }
        if (p.NameAtom is not null)
        {
            return p.NameAtom.End - 1;
        }
        if (p.Agents.Count > 0)
        {
            return p.Agents[^1].End - 1;
        }
        return p.End - 1;
    }

    // ------------------------------------------------------------------ 5. resolution

    private Resolved Resolve(Phrase p)
    {
        if (p.Result is not null)
        {
            return p.Result;
        }
        if (p.Resolving)
        {
            return new Resolved(EntityType.Other, null, null, null, null, "cycle");
        }
        p.Resolving = true;
        var r = p.NameAtom is not null ? ResolveName(p)
            : p.Agents.Count > 0 ? ResolveAgent(p)
            : ResolveSingle(p.Single!);
        if (r.Actor is { Sectors: [var office] } actor && office is "GOV" or "LEG" or "JUD"
            && (p.Agents.Count > 0 && SaysFormer(p)
                || p.Agents.Count == 0 && p.Appositive is { IsBareAgent: true } described && SaysFormer(described) && r.Rule.StartsWith("title", StringComparison.Ordinal))
            && actor.Country is { Length: 3 } country && country != KnowledgeBase.UnknownCountry && !(r.Role ?? "").StartsWith("Former", StringComparison.Ordinal))
        {
            // "Suresh Adhikari, a former home minister", "former lawmaker X": out of office, an elite of the country (was NPLGOV,
            // so his accusation against the government was the government's against itself). Known people: "title-former".
            var role = "Former " + (r.Role ?? "official");
            r = r with { Role = role, Actor = actor with { Code = country + "ELI", Sectors = ["ELI"], Role = role }, Rule = "former-office+" + r.Rule };
        }
        p.Resolving = false;
        p.Result = r;
        return r;
    }

    private static ActorRef Ref(string code, string country, string sectors, string? name, string? role) =>
        new(code, country, SplitSectors(sectors), name, role);

    private static string[] SplitSectors(string sectors)
    {
        if (sectors.Length == 0)
        {
            return [];
        }
        var list = new string[(sectors.Length + 2) / 3];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = sectors.Substring(i * 3, Math.Min(3, sectors.Length - (i * 3)));
        }
        return list;
    }

    private static ActorRef FromPerson(PersonRole p)
    {
        var igo = p.Iso3.StartsWith("IGO", StringComparison.Ordinal) || p.Iso3.StartsWith("NGO", StringComparison.Ordinal);
        return Ref(p.Code, igo ? KnowledgeBase.UnknownCountry : p.Iso3, igo ? p.Iso3[..3] : p.Sector, p.Name, p.Role);
    }

    /// <summary>What a modifier or owner contributes: a country, or a whole actor (organisation, group, metonym).</summary>
    private (string? Country, ActorRef? Actor, string Rule) OwnerOf(Atom a)
    {
        if (a.Source == AtomSource.DefinedAcronym && a.Definition?.Phrase is { } def)
        {
            var r = Resolve(def);
            return r.Actor is { } act && act.Sectors.Count == 0 && act.Country is not null and not KnowledgeBase.UnknownCountry
                ? (act.Country, null, "acronym")
                : (null, r.Actor, "acronym");
        }
        if ((a.Kinds & PhraseKinds.Metonym) != 0 && FindMetonym(a.Key) is { } m)
        {
            return (null, Ref(m.Code, m.Iso3.StartsWith("IGO", StringComparison.Ordinal) ? KnowledgeBase.UnknownCountry : m.Iso3, m.Sector, m.Name, m.Role), "metonym:" + m.Source);
        }
        if (SuccessorOfGroup(a) is { } successor)
        {
            return (null, Ref(successor.Code, successor.Iso3, successor.Sector, successor.Name, successor.Role), "group-successor:" + successor.Source);
        }
        if (ArmedGroupOf(a) is { } g)
        {
            return (null, Ref(g.Code, g.Iso3, g.Sector, g.DisplayName, null), "group:" + g.Source);
        }
        if ((a.Kinds & PhraseKinds.Organization) != 0 && _kb.FindOrganization(a.Text) is { } o)
        {
            return (null, OrgRef(o, null), "organization:" + o.Source);
        }
        if ((a.Kinds & PhraseKinds.Country) != 0 && CountryMatchOf(a.Key) is { } c)
        {
            return (c.Country.Iso3, null, "country:" + c.Country.Source);
        }
        if ((a.Kinds & PhraseKinds.Imported) != 0 && _kb.ResolveActor(a.Text, _date) is { } im)
        {
            return (null, Ref(im.Code, im.Country, im.Sectors, im.Name, null), "imported:" + im.Source);
        }
        if (a.Source == AtomSource.Ner && a.Ner == NerType.Location && PlaceOwnerCountry(a) is { } placeCountry)
        {
            return (placeCountry, null, "place");
        }
        return (null, null, "");
    }

    /// <summary>The country of a tagged place the gazetteer knows (the document's countries preferred), or null.</summary>
    private string? PlaceOwnerCountry(Atom a) =>
        (Geocode(a.Text, _defaultCountry ?? _datelineCountry) ?? RegionPlace(a.Text, a.Text)) is { Country: { Length: 3 } country } && country != KnowledgeBase.UnknownCountry ? country : null;

    private static ActorRef OrgRef(Organization o, string? role) =>
        new(o.Code, KnowledgeBase.UnknownCountry, [o.Type == OrganizationType.Igo ? "IGO" : "NGO"], o.DisplayName, role);

    /// <summary>The owner of a role phrase: "of X" wins over the nearest modifier.</summary>
    private (string? Country, ActorRef? Actor, string Rule) PhraseOwner(Phrase p)
    {
        if (p.Agents.Count > 0 && p.Agents[^1].Key is "ally" or "allies" or "partner" or "partners"
            && (p.Owner is not null || p.Modifiers.Exists(m => m.End < _tokens.Count && IsPossessive(TextOf(m.End)))))
        {
            // "Ukraine's Western allies", "Kyiv's European partners", "the allies of Israel": a country's allies are not that
            // country (the appeal to them was dropped as Ukraine's to itself, and "Ukraine's allies pledged aid" coded Ukraine's
            // pledge). A region or country before the word names them; otherwise they are of no country the text gives.
            var head = p.Agents[^1].First;
            for (var t = head - 1; t > p.First && !IsPossessive(TextOf(t)); t--)
            {
                // "Western", "West African", "Gulf" between the possessor and the word: the states of that region (WST)
                if ((_kb.FindWorldRegionByAdjective(SpanText(t - 1, t + 1)) ?? _kb.FindWorldRegionByAdjective(TextOf(t).ToString())) is { Code.Length: 3 } region)
                {
                    return (region.Code, null, "allies-of-region");
                }
            }
            for (var i = p.Modifiers.Count - 1; i >= 0; i--)
            {
                var m = p.Modifiers[i];
                if (m.End < _tokens.Count && IsPossessive(TextOf(m.End)))
                {
                    break;
                }
                var o = OwnerOf(m);
                if (o.Country is not null || o.Actor is not null)
                {
                    return o;
                }
            }
            return (KnowledgeBase.UnknownCountry, null, "allies-of-owner");
        }
        if (p.Owner is not null)
        {
            var o = OwnerOf(p.Owner);
            if (o.Country is not null || o.Actor is not null)
            {
                return o;
            }
        }
        if (p.Modifiers.Count >= 2 && p.Modifiers[1].First == p.Modifiers[0].End && IsDemonym(p.Modifiers[0]) && IsDemonym(p.Modifiers[1])
            && !NamesCountryOf(p.Modifiers[1]))
        {
            // "Syrian Turkmen rebels": the first of two nationality words is the state, the second a people of it, when the
            // text never names the second's country (were TKMREB; a "Turkish Cypriot" leader in a story about Cyprus stays CYP).
            var state = OwnerOf(p.Modifiers[0]);
            if (state.Country is not null)
            {
                return state;
            }
        }
        for (var i = p.Modifiers.Count - 1; i >= 0; i--)
        {
            var o = OwnerOf(p.Modifiers[i]);
            if (o.Country is not null || o.Actor is not null)
            {
                return o;
            }
        }
        return (null, null, "");
    }

    /// <summary>Capitalised words after a place that make it the name of a treaty, a format or a process.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedAgreementWords = new[]
    {
        "Statute", "Agreement", "Agreements", "Accord", "Accords", "Convention", "Conventions", "Protocol", "Protocols", "Treaty",
        "Declaration", "Process", "Format", "Charter", "Principles", "Communique", "Communiqué", "Consensus", "Memorandum",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The country of the last person named in the same item, within six sentences, who held the office that "the former ..."
    /// names before the story's date ("Alberto Fujimori ... The former president"); null if none.
    /// </summary>
    private string? FormerHolderCountry(Phrase p)
    {
        if (_date is not { } date || p.Agents.Count == 0)
        {
            return null;
        }
        var key = p.Agents[^1].Key;
        var office = key[(key.LastIndexOf(' ') + 1)..];
        var section = SectionStart(p.Sentence);
        for (var i = _phrases.IndexOf(p) - 1; i >= 0; i--)
        {
            var q = _phrases[i];
            if (q.Sentence < section || p.Sentence - q.Sentence > 6)
            {
                return null;
            }
            if (q.NameAtom is null || q.Result?.Name is not { } name)
            {
                continue;
            }
            foreach (var r in _kb.GetPersonRoles(name))
            {
                if (r.Valid.End is { } ended && ended < date && r.Iso3.Length == 3 && !r.Iso3.StartsWith("IGO", StringComparison.Ordinal)
                    && r.Role.EndsWith(office, StringComparison.OrdinalIgnoreCase))
                {
                    return r.Iso3;
                }
            }
        }
        return null;
    }

    // Sectors of public office and of parties and armed groups: what a title in apposition can make a known politician.
    private static readonly FrozenSet<string> PublicSectors =
        new[] { "GOV", "LEG", "JUD", "MIL", "PTY", "OPP", "ELI", "COP", "SPY", "REB", "INS", "SEP", "UAF", "IGO" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Former Philippine President ...", "ex-President ...": "former" among the words before the title.</summary>
    private bool SaysFormer(Phrase p)
    {
        var title = p.Agents.Count > 0 ? p.Agents[0].First : p.First;
        for (var t = Math.Max(0, Math.Min(p.First, title) - 1); t < title; t++)
        {
            if (TokenIs(t, "former") || TokenIs(t, "ex") || TokenIs(t, "ex-"))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsDemonym(Atom a) => IsCountryOnly(a) && CountryMatchOf(a.Key) is { Kind: CountryNameKind.Demonym };

    /// <summary>Whether the text names, not only qualifies, the country of the nationality word <paramref name="demonym"/>.</summary>
    private bool NamesCountryOf(Atom demonym)
    {
        var country = CountryMatchOf(demonym.Key)?.Country.Iso3;
        foreach (var a in _atoms)
        {
            if (IsCountryOnly(a) && CountryMatchOf(a.Key) is { Kind: not CountryNameKind.Demonym and not CountryNameKind.Capital } m && m.Country.Iso3 == country)
            {
                return true;
            }
        }
        return false;
    }

    private (Agent? Agent, string Sector, string Role) HeadAgent(Phrase p)
    {
        var head = p.Agents[^1];
        if (p.Agents.Count > 1 && head.Key is "sheikh" or "sheik" or "shaikh" && _kb.FindAgent(p.Agents[^2].Key) is { ImpliesGovernment: true })
        {
            head = p.Agents[^2]; // "Crown Prince Sheikh Mohammed bin Zayed": a royal's honorific after his office, no cleric
        }
        var agent = _kb.FindAgent(head.Key);
        if (agent is not null)
        {
            // "gang leader", "rebel commander": a generic government head takes the sector of the word before it;
            // "rebel forces", "opposition fighters": armed men of a non-state side are rebels, not the state's military.
            if (p.Agents.Count > 1 && agent.Sector is "GOV" or "MIL")
            {
                for (var i = p.Agents.Count - 2; i >= 0; i--)
                {
                    if (p.Agents[i].Key is "deputy")
                    {
                        // "deputy U.N. ambassador": a rank of the office after it, not a member of parliament
                        return (agent, agent.Sector, "Deputy " + agent.Role);
                    }
                    if (p.Agents[i].Key is "union" && agent.Role.Contains("Minister", StringComparison.Ordinal))
                    {
                        // "Union Home Minister Amit Shah": India's Union (federal) government, not a trade union (was INDLAB)
                        return (agent, agent.Sector, agent.Role);
                    }
                    // (Not a politician's leaning: "the centrist mayor of Bucharest" is a mayor.)
                    if (_kb.FindAgent(p.Agents[i].Key) is { Sector: not ("GOV" or "MOD") } before && (agent.Sector == "GOV" || before.Sector is "REB" or "INS" or "UAF" or "OPP"))
                    {
                        var sector = agent.Sector == "MIL" && before.Sector == "OPP" ? "REB" : before.Sector;
                        return (agent, sector, TitleCase(p.Agents[i].Text) + " " + agent.Role);
                    }
                }
            }
            if (p.Agents.Count > 1 && FollowerHeads.Contains(head.Key) && _kb.FindAgent(p.Agents[^2].Key) is { Sector: "GOV" or "MIL" or "COP" or "JUD" or "SPY" })
            {
                // "thousands of junta supporters rallied, chanting slogans against France": the state's supporters are its people,
                // not the state (was NERGOV, and the rally an official protest).
                return (agent, "CVL", TitleCase(p.Agents[^2].Text) + " " + agent.Role);
            }
            if (p.Agents.Count > 1 && StaffHeads.Contains(head.Key) && _kb.FindAgent(p.Agents[^2].Key) is { Sector: not ("LAB" or "") } employer)
            {
                // "a local U.S. consulate employee", "embassy staff", "hospital workers": staff work for the body before them;
                // "opposition supporters" are the opposition's.
                return (agent, employer.Sector, TitleCase(p.Agents[^2].Text) + " " + agent.Role);
            }
            return (agent, agent.Sector, agent.Role);
        }
        if (_kb.FindImportedAgent(head.Key) is { } imported)
        {
            var code = imported.Code.Replace("~", "", StringComparison.Ordinal);
            return (null, code.Length >= 3 ? code[..3] : code, TitleCase(head.Text));
        }
        return (null, "", TitleCase(head.Text));
    }

    /// <summary>An aircraft model right before token <paramref name="t"/>: "Su-35", "J-11", "F-16", "MiG-29", "Tu-95".</summary>
    private bool AircraftModelBefore(int t) => t >= 1 && ModelDesignation(t - 1) && char.IsDigit(TextOf(t - 1)[^1]);

    /// <summary>Generic staff words whose employer, named right before them, gives their sector (<see cref="HeadAgent"/>).</summary>
    private static readonly HashSet<string> StaffHeads = new(StringComparer.Ordinal)
    {
        "employee", "employees", "staff", "staffer", "staffers", "worker", "workers", "personnel",
        // followers take the side they follow: "opposition supporters" (OPP), "union members" (LAB)
        "supporter", "supporters", "loyalist", "loyalists", "member", "members",
    };

    /// <summary>Followers of a side (<see cref="StaffHeads"/>): of a state body they are civilians, not the state.</summary>
    private static readonly HashSet<string> FollowerHeads = new(StringComparer.Ordinal) { "supporter", "supporters", "loyalist", "loyalists" };

    private static string TitleCase(string s) =>
        s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    private EntityType AgentType(Phrase p) => IsInstitutionWord(p.Agents[^1].Key) ? EntityType.Organization : EntityType.Person;

    /// <summary>The role key ends in a word of a body ("army", "foreign office"), not of a person ("secretary-general").</summary>
    private static bool IsInstitutionWord(string key)
    {
        var lastSpace = key.LastIndexOf(' ');
        var last = lastSpace < 0 ? key : key[(lastSpace + 1)..];
        return Array.IndexOf(InstitutionWords, last) >= 0;
    }

    private Resolved ResolveAgent(Phrase p)
    {
        var (agent, sector, role) = HeadAgent(p);
        var (country, ownerActor, rule) = PhraseOwner(p);
        if (p.IsPluralAgent && p.Agents[^1].Key is "bomber" or "bombers" && country is not null)
        {
            sector = "MIL"; // "Chinese and Russian bombers conducted a joint patrol": a state's bombers are aircraft, not terrorists
        }
        if (p.Agents[^1].Key is "fighter" or "fighters" or "bomber" or "bombers" && AircraftModelBefore(p.Agents[^1].First))
        {
            sector = "MIL"; // "a Russian Su-35 fighter", "a J-11 fighter": an aircraft of a state's forces, not a rebel
        }
        var type = AgentType(p);
        if (p.Agents[^1].Key is "coalition" or "alliance" && p.End + 1 < _tokens.Count && TokenIs(p.End, "of")
            && (TextOf(p.End + 1) is "allies" or "countries" or "nations" or "states" or "partners" or "governments" or "democracies" or "donors"
                || p.End + 2 < _tokens.Count && TokenIs(p.End + 1, "the") && TokenIs(p.End + 2, "willing"))) // "a coalition of the willing"
        {
            // "The United States and a broad coalition of allies accused China": a group of states, no party coalition (was USAPTY).
            return new Resolved(EntityType.Organization, null, null, Ref(KnowledgeBase.UnknownCountry, KnowledgeBase.UnknownCountry, "", null, null), null, "agent+coalition-of-states");
        }
        if (country is null && ownerActor is null && p.Modifiers.Count == 0 && !p.IsPluralAgent && LastWord(p.Agents[^1].Key) is "pope" or "pontiff")
        {
            // "the Pope met the head of the transition" in a story from Bangui: the Holy See's (was CAFREL), as "Pope Francis" is;
            // a Coptic pope is named with his church.
            return new Resolved(EntityType.Person, null, "Pope", Ref("VATGOV", "VAT", "GOV", null, "Pope"), null, "agent+holy-see");
        }
        if (country is null && ownerActor is null && p.Modifiers.Count == 0 && p.Agents.Count == 1 && p.Agents[0].Key == "commission"
            && TextOf(p.Agents[0].First) is "Commission" && p.First > 0 && TokenIs(p.First - 1, "the") && EarlierSameAgent(p, int.MaxValue) is not { Organization: not null })
        {
            // "The Commission" in a story about the European Union that never names it in full is the European Commission (was the
            // dateline's government, LUXGOV); elsewhere a capitalised Commission the text did not name is nobody's ("the African Union
            // Commission ... the Commission" is found as the body named before, below).
            return NamesEuBody()
                && _kb.FindOrganization("European Commission") is { } commission
                ? new Resolved(EntityType.Organization, commission.DisplayName, role, OrgRef(commission, role), null, "agent+body-of-role")
                : new Resolved(EntityType.Organization, null, role, Ref(KnowledgeBase.UnknownCountry + sector, KnowledgeBase.UnknownCountry, sector, null, role), null, "agent+unnamed-commission");
        }
        // "the U.S.-led coalition", "coalition aircraft": an alliance at war, not parties in government. It is of the
        // country that leads it (here or earlier in the text), never of the story's country by default.
        var militaryCoalition = p.Agents[^1].Key == "coalition"
            && (LedByModifier(p) && country is not null || p.End < _tokens.Count && MilitaryHeads.Contains(TextOf(p.End).ToString()));
        if (militaryCoalition)
        {
            sector = "MIL";
        }
        if (p.Appositive is { } named && named.IsName)
        {
            // "Russian Foreign Minister, Sergey Lavrov": the role phrase is the person.
            var person = Resolve(named);
            // (Not a person the knowledge base knows only in a former office, under a title of the same country that the text
            // gives as current: "Haiti's prime minister, Garry Conille" is HTIGOV in a story dated between his terms or
            // after the knowledge base was written; "Suhail Shaheen, a spokesman for the Taliban's political office" speaks
            // for the Taliban of the story's date.)
            if (person.Actor is { Country: KnowledgeBase.UnknownCountry } && DefaultCountryOfTitle(p, sector) is { } home)
            {
                // "The army chief of staff, Gen. Mahele Lieko Bokungu" in a story from Kinshasa: a person the text gives no
                // country is of the country the definite title alone would have (was ---MIL).
                return new Resolved(EntityType.Person, person.Name, role, Ref(home + sector, home, sector, person.Name, role), null, "appositive+default:" + _defaultSource);
            }
            if (person.Actor is { } pa && pa.Code != KnowledgeBase.UnknownCountry
                && !(person.Rule.StartsWith("person-former", StringComparison.Ordinal) && sector.Length > 0
                    && (country ?? ownerActor?.Country) is { } given && pa.Country == given))
            {
                return new Resolved(EntityType.Person, person.Name, pa.Role ?? role, pa, null, "appositive:" + person.Rule);
            }
            if (person.Rule.StartsWith("person-former", StringComparison.Ordinal))
            {
                named.Result = null; // resolved from here, it could not see this title: resolve it again (ResolveName)
            }
        }
        if (ownerActor is null && country is null && SenderAfterFrom(p) is { } sender)
        {
            // "A special envoy from the Association of Southeast Asian Nations", "officials from the United States": who sent them
            // (were the dateline's government).
            if (sender.Sectors.Count == 0 && !sender.Code.StartsWith("IGO", StringComparison.Ordinal))
            {
                (country, rule) = (sender.Country, "sender-after-from");
            }
            else
            {
                (ownerActor, rule) = (sender with { Role = null }, "sender-after-from");
            }
        }
        if (ownerActor is null && country is null && BodyAfterAt(p) is { } workplace)
        {
            // "Prosecutors at the International Criminal Court", "officials at the U.S. Treasury": where they work (were the dateline's).
            (ownerActor, rule) = (workplace with { Role = null }, "body-after-at");
        }
        if (ownerActor is null && country is null && (PossessorBody(p) ?? GroupAfterOf(p) ?? OrganizationAfterOf(p) ?? RulerAfterOf(p)) is { } possessor)
        {
            // "the ruling party's leader", "the government's spokesman" (were ---GOV), "a commander of Syrian rebels"
            (ownerActor, rule) = (possessor, "possessor-body");
        }
        if (ownerActor is null && country is null && OrganizationInside(p.Agents[0]) is { } inner)
        {
            ownerActor = inner; // "UN official", "NATO secretary general": the agent term names the organisation
            rule = "organization-in-agent";
        }
        if (EnvoyToOrganization(p, ownerActor, sector) is { } sending)
        {
            // "Sudan's U.N. envoy", "China's U.N. Ambassador Fu Cong": a state's envoy to an organisation speaks for the state
            // (was SDNIGO, IGOUNO).
            return new Resolved(type, null, role, Ref(sending + "GOV", sending, "GOV", null, role), null, "agent+envoy-of-country");
        }
        if (ownerActor is { Country: { Length: 3 } partyState } && ownerActor.Sectors.Contains("PTY") && partyState != KnowledgeBase.UnknownCountry
            && LastWord(p.Agents[^1].Key) is "government" or "administration" or "cabinet" or "regime")
        {
            // "the Labour government", "the Likud-led cabinet": the state's government the party forms, not the party.
            return new Resolved(type, null, role, Ref(partyState + "GOV", partyState, "GOV", null, role), null, "agent+party-government");
        }
        if (ownerActor is not null)
        {
            // Membership: "Taliban commander", "head of the CSTO", "UN official".
            return new Resolved(type, ownerActor.Name, role, ownerActor with { Role = role }, null, "agent+" + rule);
        }
        if (country is null && ownerActor is null && p.Agents[0].Key.StartsWith("congressional ", StringComparison.Ordinal)
            && FindMetonym("congress") is { Iso3: { Length: 3 } congress, Sector: "LEG" })
        {
            // "a congressional delegation" in a story from Dublin or Taipei: of the Congress the story would mean (the U.S.
            // one unless the story is filed from a country with a congress of its own; not a party called Congress), not the dateline's delegation.
            return new Resolved(type, null, role, Ref(congress + sector, congress, sector, null, role), null, "agent+congressional");
        }
        if (country is null && sector is "LEG" or "GOV" && type == EntityType.Person && UsPartyMarkBefore(p))
        {
            // "two Democratic congresswomen" in a story from Jerusalem, "Republican leaders said": an American party's people, as
            // "Republican Senator Ted Cruz" is (ResolveName) and "Democrats" are (parties.tsv). Its leaders and officials are the
            // party's; its lawmakers stay the legislature's.
            var partySector = sector == "GOV" ? "PTY" : sector;
            return new Resolved(type, null, role, Ref("USA" + partySector, "USA", partySector, null, role), null, "agent+us-party");
        }
        if (country is not null && sector == "IGO" && p.Agents[^1].Key is "mediator" or "mediators" or "monitor" or "monitors" or "observer"
            or "observers" or "weapons inspector" or "weapons inspectors")
        {
            // "Egyptian mediators met with a Hamas delegation": a country's mediators or monitors are its officials (was EGYIGO).
            sector = "GOV";
        }
        if (country is not null && sector == "LEG" && p.Agents[^1].Key is "representative" or "representatives"
            && char.IsLower(TextOf(p.Agents[^1].First)[0]) && StatedCountry(p) is not null)
        {
            sector = "GOV"; // "Myanmar's representative rejected the report", "the Chinese representative": a state's envoy (was MMRLEG)
        }
        if (country is not null && sector == "IGO" && p.Agents[^1].Key is "ally" or "allies" or "partner" or "partners")
        {
            sector = ""; // "its cautious British and French allies": the countries themselves (was FRAIGO)
        }
        if (country is not null)
        {
            return new Resolved(type, null, role, Ref(country + sector, country, sector, null, role), null, "agent+" + rule);
        }
        var possessed = p.Modifiers.Count == 0 && p.First > 0 && IsPossessive(TextOf(p.First - 1)); // "the group's leaders"
        if (agent is not null && TheCountrysBefore(p) is var ofTheCountry and >= 0
            && (CountryNamedBefore(ofTheCountry, 3) ?? (_defaultSource is "dateline" or "focus" ? _defaultCountry : null)) is { } theCountry)
        {
            // "called on the government to stop killing the country's children": the country last named, or the story's. Also
            // past adjectives: "Bahrain revoked the citizenship of the country's most prominent Shiite cleric" (was AREREL in a
            // story from Dubai).
            return new Resolved(type, null, role, Ref(theCountry + sector, theCountry, sector, null, role), null, "agent+the-country's");
        }
        // (Plural only with "the": "European Union foreign ministers agreed ... met the ministers in Brussels" are the EU's,
        // not Belgium's; a bare "officials said" is anyone's.)
        if (agent is not null && !possessed && (!p.IsPluralAgent || DefinitePlural(p) || NumberedPlural(p)) && p.Modifiers.Count == 0
            && !(sector is "COP" or "CVL" or "OPP" or "LAB" && CountryInPlaceAfter(p) is not null) // "Serbian police ... Police in Pakistan"
            // "Guyana's Foreign Ministry ... The Foreign Ministry in Caracas": a state body placed in another state's capital
            && !(agent.ImpliesGovernment && sector is not ("MIL" or "IGO") && !DiplomaticAgents.Contains(p.Agents[^1].Key)
                && CountryInPlaceAfter(p) is { } placed && EarlierSameAgent(p, int.MaxValue) is { Organization: null, Country: { } before } && placed != before)
            && EarlierSameAgent(p, DefinitePlural(p) || !p.IsPluralAgent ? int.MaxValue : 2) is { } earlier)
        {
            // "the U.S. Senate ... the Senate", "Kenya's High Court ... the court": a bare singular role word is the
            // one the text last named with its country, not the story's default country; "the United Nations' highest
            // court ... the court" is that organisation.
            if (p.Agents[^1].Key == "coalition" && earlier.Earlier?.Sectors.Contains("MIL") == true)
            {
                sector = "MIL"; // "the U.S.-led coalition ... the coalition said"
            }
            if (earlier.Organization is null && earlier.Earlier is { Role: { } longer, Name: null } fuller && p.Agents[^1].Key is "delegation" or "committee" or "panel" or "mission"
                && fuller.Code != Ref(earlier.Country + sector, earlier.Country!, sector, null, role).Code
                && (longer.EndsWith(" " + role, StringComparison.OrdinalIgnoreCase) || longer.Equals(role, StringComparison.OrdinalIgnoreCase)))
            {
                // "a U.S. congressional delegation ... The delegation ... the delegation": the longer role named before, with its
                // sector (USALEG), and every later mention with it.
                return new Resolved(type, null, role, fuller with { Role = role }, null, "agent+earlier-longer");
            }
            return earlier.Organization is { } org
                ? new Resolved(type, org.Name, role, org with { Role = role }, null, "agent+earlier-organization")
                : new Resolved(type, null, role, Ref(earlier.Country + sector, earlier.Country!, sector, null, role), null, "agent+earlier");
        }
        if (agent is not null && !possessed && p.Modifiers.Count == 0 && LastWord(p.Agents[^1].Key) is "peacekeeper" or "peacekeepers"
            && PeacekeepingBodyBefore(p) is { } mission)
        {
            // "Peacekeepers fought back" in a story about MINUSMA: the mission's, not the host state's army (was MLIMIL).
            return new Resolved(type, null, role, mission with { Role = role }, null, "agent+peacekeeping-mission");
        }
        if (agent is not null && type == EntityType.Person && !possessed && !p.IsPluralAgent && p.Modifiers.Count == 0
            && p.Appositive is not { IsName: true } && NamedHolder(p, role) is { } holder)
        {
            // (Not a title in apposition to a name: "Jair Bolsonaro, a far-right congressman" is that name's, and looking for
            // another holder would resolve the later "Bolsonaro" while the name is still being resolved, without its title.)
            // "Boris Johnson met the Iraqi Foreign Minister ... The Foreign Secretary underlined": a title alone is the
            // person the text names who holds it (the knowledge base's role on the date, or the title the text gave).
            return holder with { Rule = "holder:" + holder.Rule };
        }
        if (agent is not null && type == EntityType.Person && sector == "GOV" && !possessed && !p.IsPluralAgent && _issuerCountry is not null)
        {
            // "The Minister also held meetings" in a release on www.gov.uk: the issuing government's own official.
            return new Resolved(type, null, role, Ref(_issuerCountry + sector, _issuerCountry, sector, null, role), null, "agent+issuer");
        }
        if (militaryCoalition)
        {
            return new Resolved(type, null, role, Ref(KnowledgeBase.UnknownCountry + sector, KnowledgeBase.UnknownCountry, sector, null, role), null, "agent+coalition");
        }
        if (agent is not null && RegionQualifier(p) is { } bloc)
        {
            if (sector == "GOV" && bloc.Organisation.Length > 0 && _kb.FindOrganization(bloc.Organisation) is { } body
                && (!bloc.OrganisationOnlyIfNamed || NamesOrganization(body)))
            {
                // "West African leaders gave Niger's junta an ultimatum": the region's leaders acting together are ECOWAS;
                // "ten European officials" in a story about EU sanctions are the Union's.
                return new Resolved(type, body.DisplayName, role, OrgRef(body, role), null, "agent+world-region-organisation");
            }
            // "European leaders", "West African leaders", "Western diplomats", "Gulf states": the states of a region of the
            // world, under its CAMEO region code (EURGOV, WAFGOV, WSTGOV, PGSGOV), as GDELT codes them.
            return new Resolved(type, null, role, Ref(bloc.Code + sector, bloc.Code, sector, null, role), null, "agent+world-region");
        }
        if (agent is not null && (ForeignQualified(p) || p.IsPluralAgent && p.Agents[^1].Key == "states"))
        {
            // "Western politicians", "Central European leaders", "foreign diplomats": the qualifier says they are not of
            // the story's country (nor of the place they are in), and names no single country. Nor do "pariah states",
            // "neighbouring states": states are many governments, never the story's own.
            return new Resolved(type, null, role, Ref(KnowledgeBase.UnknownCountry + sector, KnowledgeBase.UnknownCountry, sector, null, role), null, "agent+foreign");
        }
        if (agent is not null && sector is "OPP" or "REB" or "INS" && !possessed && p.Modifiers.Count == 0 && OpposedGovernmentCountry(p) is { } governed)
        {
            // "indirect talks between the Syrian government and armed opposition groups in the Kazakh capital": the opposition
            // coordinated with a state's government is that state's (was KAZOPP, from the place of the talks).
            return new Resolved(type, null, role, Ref(governed + sector, governed, sector, null, role), null, "agent+opposed-government");
        }
        if (agent is not null && !possessed && !CountedGroup(p) && sector is not ("MIL" or "IGO" or "REF") && !DiplomaticAgents.Contains(p.Agents[^1].Key)
            && (agent.ImpliesGovernment || LocalSectors.Contains(sector) || sector is "REB" or "INS" or "UAF")
            // (Not armed groups in a sentence opened by the speaker's city: "In Pretoria, President Zuma said 13 soldiers had been
            // killed in battles with the rebels on the outskirts of Bangui".)
            && (CountryInPlaceAfter(p) ?? CountryOfWherePlace(p) ?? (sector is "REB" or "INS" or "UAF" ? null : CountryOfOpeningPlace(p))) is { } located)
        {
            // "officials in Washington", "protesters in Kabul", "gunmen in Haiti", "rebels in Mali": domestic agents and
            // irregular armed groups are of the place they are in. Soldiers and refugees are often foreign to it, so
            // they are not.
            return new Resolved(type, null, role, Ref(located + sector, located, sector, null, role), null, "agent+located");
        }
        if (agent is not null && !possessed && !CountedGroup(p) && sector is not ("MIL" or "REF" or "MIG") && (agent.ImpliesGovernment || LocalSectors.Contains(sector))
            && _defaultCountry is not null && PlaceInTail(p) is { } tail)
        {
            // "met with officials and businesspeople in charge of foreign trade in the EU, Belgium, Germany": the place
            // the phrase itself goes on to name, not the story's default country (a Chinese minister's hosts in Europe).
            return tail.Actor is { } body
                ? new Resolved(type, body.Name, role, body with { Role = role }, null, "agent+place-in-phrase")
                : new Resolved(type, null, role, Ref(tail.Country! + sector, tail.Country!, sector, null, role), null, "agent+place-in-phrase");
        }
        if (agent is not null && p.Modifiers.Count == 0 && p.Owner is null && p.Agents[^1].Key is "cartel"
            && _kb.FindOrganization("OPEC") is { } opec && _phrases.Take(_phrases.IndexOf(p)).Any(q => q.Result?.Actor?.Code == opec.Code))
        {
            // "Talks at the cartel's headquarters" after "Opec": the oil producers' organisation, not a drug cartel (was RUSCRM).
            return new Resolved(type, opec.DisplayName, role, OrgRef(opec, role), null, "agent+body-of-role");
        }
        if (agent is not null && !possessed && p.Modifiers.Count == 0 && p.Owner is null && p.Agents[^1].Key is "mep" or "meps"
            && _kb.FindOrganization("European Parliament") is { } parliament)
        {
            // "MEPs backed the report": members of the European Parliament, not legislators of the story's country ("German MEPs"
            // keep their country).
            return new Resolved(type, null, role, OrgRef(parliament, role), null, "agent+body-of-role");
        }
        if (agent is not null && !possessed && p.Modifiers.Count == 0 && p.Owner is null && CoordinatedCountry(p) is { } shared)
        {
            // "Senior US diplomats and military officials have warned India": the second conjunct shares the first's
            // country, not the story's.
            return new Resolved(type, null, role, Ref(shared + sector, shared, sector, null, role), null, "agent+coordinated");
        }
        if (sector == "JUD" && !possessed && p.Modifiers.Count == 0 && p.Owner is null && p.Agents.Count == 1
            && p.Agents[0].Key is "court" or "judge" or "judges" or "chamber" or "tribunal" or "bench" && EarlierCourt(p) is { } bench)
        {
            // "THE HAGUE - The International Criminal Court ... The judges also rejected": the court the text named
            // before, not the dateline's (were NLDJUD). Only the generic words: "the Supreme Court" and "his lawyers" are not
            // the international court's.
            return new Resolved(type, bench.Name, role, CourtMember(bench, sector, null, role), null, "agent+earlier-court");
        }
        if (agent?.ImpliesGovernment == true && !possessed && p.Modifiers.Count == 0 && p.Owner is null && HostOfMeeting(p) is { } host)
        {
            // "Putin said at a meeting with security officials" in a story from Kyiv: a leader's own meeting is with his own
            // officials (were UKRGOV).
            return new Resolved(type, null, role, Ref(host + sector, host, sector, null, role), null, "agent+meeting-host");
        }
        if (sector == "OPP" && !possessed && p.Modifiers.Count == 0 && p.Owner is null && EarlierOpposition(p) is { } opposed)
        {
            // "MADRID — Venezuelan opposition leader Edmundo González ... Maduro has accused the opposition": the opposition
            // the text named before, not the dateline's (was ESPOPP).
            return new Resolved(type, null, role, Ref(opposed + sector, opposed, sector, null, role), null, "agent+earlier-opposition");
        }
        if (agent?.ImpliesGovernment == true && !possessed && p.Modifiers.Count == 0 && p.Owner is null && ParallelClauseCountry(p) is { } parallel)
        {
            // "Foreign Ministry spokesman Lin Jian demanded ..., and a defence ministry spokesman warned" in a story from Tokyo: the
            // subject of a clause coordinated with one whose subject is another state's official belongs to that state.
            return new Resolved(type, null, role, Ref(parallel + sector, parallel, sector, null, role), null, "agent+parallel-clause");
        }
        if (agent?.ImpliesGovernment == true && !possessed && p.Modifiers.Count == 0 && p.Owner is null && SpokenForBody(p) is { } spokenFor)
        {
            // "In Moscow, the Russian foreign ministry summoned Norway's ambassador ..., spokeswoman Yelena Kravtsova told a weekly
            // briefing" in a story from Oslo: the spokesperson who reports a government body's act speaks for that body (was ---GOV,
            // and "Kravtsova accused Oslo" was dropped).
            return new Resolved(type, null, role, Ref(spokenFor + sector, spokenFor, sector, null, role), null, "agent+spokesperson-of-subject");
        }
        if (!possessed && p.Modifiers.Count == 0 && p.Owner is null && (SaysFormer(p) || p.Agents[0].Key.StartsWith("former ", StringComparison.Ordinal))
            && FormerHolderCountry(p) is { } formerOf)
        {
            // "Chile's Supreme Court ordered the extradition of Alberto Fujimori ... The former president is still admired by many
            // Peruvians": the former holder of that office the story named, not the dateline's (was CHLELI).
            return new Resolved(type, null, role, Ref(formerOf + sector, formerOf, sector, null, role), null, "agent+former-holder");
        }
        // (Not a bare plural of envoys: "He urged delegations to vote against" at the UN, "diplomats said" are many states'.)
        // ("Five former ambassadors had urged senators" in a story about the Senate are the story's.)
        var envoysOfManyStates = p.IsPluralAgent && p.Modifiers.Count == 0 && LastWord(p.Agents[^1].Key) is "delegations" or "diplomats" && !CountedGroup(p);
        if (agent?.ImpliesGovernment == true && _defaultCountry is not null && !possessed && !envoysOfManyStates)
        {
            return new Resolved(type, null, role, Ref(_defaultCountry + sector, _defaultCountry, sector, null, role), null, "agent+default:" + _defaultSource);
        }
        if (agent is not null && _defaultCountry is not null && !possessed && LocalSectors.Contains(sector) && !envoysOfManyStates)
        {
            // "Police detained 37 people", "protesters marched" in a NAIROBI story: domestic agents are
            // of the story's country unless the text says otherwise (ICEWS/GDELT practice). Armed groups,
            // refugees, migrants and international bodies are not assumed local.
            return new Resolved(type, null, role, Ref(_defaultCountry + sector, _defaultCountry, sector, null, role), null, "agent+local:" + _defaultSource);
        }
        if (agent is not null && sector is "REB" or "INS" && _defaultCountry is not null && _defaultSource == "dateline" && !possessed
            && (p.Owner is { } groupOwner && IsUnknownGroup(groupOwner) || p.Modifiers.Count > 0 && p.Modifiers.TrueForAll(IsUnknownGroup)))
        {
            // "CPC fighters captured the town's police station" in a story from Bangui, "Fighters of the Coalition of Patriots for
            // Change (CPC)": an armed group the knowledge base does not know is a local one (the known foreign groups are known);
            // the dateline's country places its fighters as it places police and protesters (were ---REB, and dropped).
            return new Resolved(type, null, role, Ref(_defaultCountry + sector, _defaultCountry, sector, null, role), null, "agent+unknown-group:" + _defaultSource);
        }
        if (sector == "IGO" && !possessed && p.Agents[^1].Key is "international community" or "international organization" or "international organizations"
            or "international organisation" or "international organisations" or "intergovernmental organization" or "intergovernmental organizations")
        {
            // "called on the international community", "ready to work with the international community": CAMEO's generic
            // IGO, a dyad partner in its own right (monitors, mediators or donors of no stated side stay unknown).
            return new Resolved(EntityType.Organization, null, role, Ref("IGO", KnowledgeBase.UnknownCountry, sector, null, role), null, "agent+igo");
        }
        return new Resolved(type, null, role, Ref(KnowledgeBase.UnknownCountry + sector, KnowledgeBase.UnknownCountry, sector, null, role), null, "agent");
    }

    /// <summary>An organisation named in the text (a tagged name or an acronym it defines) that no look-up resolves.</summary>
    private bool IsUnknownGroup(Atom a) =>
        (a.Source == AtomSource.DefinedAcronym || a.Source == AtomSource.Ner && a.Ner == NerType.Organization) && a.InnerCountry is null
        && OwnerOf(a) is { Country: null, Actor: null };

    /// <summary>
    /// The token of "the" in "the country's" / "the nation's" right before the phrase, past adjectives and other words of
    /// glue ("the country's most prominent Shiite cleric"); -1 when the phrase has no such possessor.
    /// </summary>
    private int TheCountrysBefore(Phrase p)
    {
        var k = (p.Modifiers.Count > 0 ? p.Modifiers[0].First : p.Agents[0].First) - 1;
        while (k >= 0 && k > p.First - 6 && !IsPossessive(TextOf(k)) && IsGlue(k) && !TokenIs(k, "the"))
        {
            k--;
        }
        return k >= 3 && IsPossessive(TextOf(k)) && (TokenIs(k - 1, "country") || TokenIs(k - 1, "nation")) && TokenIs(k - 2, "the")
            && p.Modifiers.All(m => !IsCountryOnly(m))
            ? k - 2 : -1;
    }

    /// <summary>
    /// The country of the role phrase right before "and"/"or" ("US diplomats and military officials"), when that
    /// phrase is a role qualified by a country and nothing else. Null otherwise.
    /// </summary>
    private string? CoordinatedCountry(Phrase p)
    {
        var conjunction = p.First - 1;
        if (conjunction < 1 || !(TokenIs(conjunction, "and") || TokenIs(conjunction, "or")))
        {
            return null;
        }
        if (BareRoleEndingAt(conjunction, p) is not { } q)
        {
            return null;
        }
        var (country, actor, _) = PhraseOwner(q);
        return actor is null ? country : null;
    }

    /// <summary>The bare role phrase of <paramref name="p"/>'s sentence that ends at token <paramref name="end"/> (before <paramref name="p"/>), or null.</summary>
    private Phrase? BareRoleEndingAt(int end, Phrase p)
    {
        foreach (var q in _phrases)
        {
            if (q.First >= p.First)
            {
                break; // phrases are in text order
            }
            if (q.Sentence == p.Sentence && q.End == end && q.IsBareAgent && q.Owner is null)
            {
                return q;
            }
        }
        return null;
    }

    /// <summary>
    /// The country of a state's government coordinated right before the phrase, past adjectives ("the Syrian government and |
    /// armed | opposition groups"), or null.
    /// </summary>
    private string? OpposedGovernmentCountry(Phrase p)
    {
        var k = p.First - 1;
        while (k > 0 && IsGlue(k) && !TokenIs(k, "the"))
        {
            k--;
        }
        if (k < 1 || !TokenIs(k, "and"))
        {
            return null;
        }
        return BareRoleEndingAt(k, p) is { } q && LastWord(q.Agents[^1].Key) is "government" or "regime" or "authorities"
            && PhraseOwner(q) is { Country: { } country, Actor: null }
            ? country : null;
    }

    /// <summary>A state's missions abroad: "its embassy in Tehran", "diplomats in Moscow" are not of the place they are in.</summary>
    private static readonly HashSet<string> EnvoyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates", "delegation",
        "delegations", "mission",
    };

    /// <summary>
    /// The government of the office-holder an adviser, aide or spokesperson serves ("national security adviser to Prime Minister
    /// Abiy Ahmed", "a spokesman for President Ruto"), or null. (Not an envoy or ambassador "to" someone: that is who receives them.)
    /// </summary>
    private ActorRef? ServedOfficeHolder(Phrase role)
    {
        if (role.Agents.Count == 0 || LastWord(role.Agents[^1].Key) is not ("adviser" or "advisor" or "aide" or "assistant" or "spokesman"
                or "spokeswoman" or "spokesperson" or "counsellor" or "counselor" or "secretary")
            || role.End + 1 >= _tokens.Count || !(TokenIs(role.End, "to") || TokenIs(role.End, "for"))
            || AtomStartingAt(role.End + 1) is not { Phrase: { } servedPhrase } || servedPhrase == role || servedPhrase.Resolving)
        {
            return null;
        }
        return Resolve(servedPhrase) is { Type: EntityType.Person, Actor: { Sectors: ["GOV"], Country: { Length: 3 } c } actor } && c != KnowledgeBase.UnknownCountry
            ? actor with { Name = null, Role = null }
            : null;
    }

    /// <summary>The state whose envoy to an international organisation the phrase names ("Sudan's U.N. envoy"), or null.</summary>
    private string? EnvoyToOrganization(Phrase p, ActorRef? owner, string sector) =>
        (owner is not null && owner.Code.StartsWith("IGO", StringComparison.Ordinal) || sector == "IGO")
        && EnvoyWords.Contains(LastWord(p.Agents[^1].Key)) ? StatedCountry(p) : null;

    private static string LastWord(string key) => key.LastIndexOf(' ') is var at and >= 0 ? key[(at + 1)..] : key;

    /// <summary>The country the phrase's possessor or one of its modifiers names ("Sudan's", "Chinese"), or null.</summary>
    private string? StatedCountry(Phrase p)
    {
        if (p.Owner is not null && OwnerOf(p.Owner) is { Country: { } owner } && owner != KnowledgeBase.UnknownCountry)
        {
            return owner;
        }
        foreach (var m in p.Modifiers)
        {
            if (OwnerOf(m) is { Country: { } c, Actor: null } && c != KnowledgeBase.UnknownCountry)
            {
                return c;
            }
        }
        return null;
    }

    private static readonly HashSet<string> DiplomaticAgents = new(StringComparer.Ordinal)
    {
        "embassy", "consulate", "ambassador", "diplomat", "envoy", "mission", "charge d'affaires", "consul", "consul general",
    };

    private static readonly HashSet<string> LocalSectors = new(StringComparer.Ordinal)
    {
        "GOV", "COP", "MIL", "JUD", "LEG", "CVL", "OPP", "LAB", "EDU", "MED", "HLH", "BUS", "REL", "AGR", "ELI", "PTY", "CRM", "ENV", "HRI",
    };

    private ActorRef? OrganizationInside(Atom agent)
    {
        var words = agent.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length - 1; n >= 1; n--)
        {
            var prefix = string.Join(' ', words, 0, n);
            if (char.IsUpper(prefix[0]) && _kb.FindOrganization(prefix) is { } o)
            {
                return OrgRef(o, null);
            }
        }
        return null;
    }

    /// <summary>
    /// The text names another country than the known person's ("Jordanian King Abdullah", "Jordan's King Abdullah" are
    /// not the Saudi King Abdullah of the knowledge base): a person of the stated country, the title in the name (or
    /// before it) giving the sector. Null when the text agrees or states no country.
    /// </summary>
    private Resolved? OtherCountryStated(Atom atom, PersonRole person, string? owner)
    {
        if (person.Iso3.StartsWith("IGO", StringComparison.Ordinal) || (owner ?? CountryRightBefore(atom)) is not { } stated || stated == person.Iso3)
        {
            return null;
        }
        var title = _kb.FindAgent(KeyOf(atom.First).ToString());
        var sector = title?.Sector ?? "";
        return new Resolved(EntityType.Person, atom.Text, title?.Role, Ref(stated + sector, stated, sector, atom.Text, title?.Role), null,
            "person-country-conflict");
    }

    private Resolved ResolveName(Phrase p)
    {
        var atom = p.NameAtom!;
        var (person, name, rule) = FindPerson(atom);
        if (person is not null && rule.StartsWith("person-surname", StringComparison.Ordinal) && p.Agents.Count > 0
            && HeadAgent(p).Role is { Length: > 0 } title && RoyalTitle(title) != RoyalTitle(person.Role))
        {
            // "King Hussein" is no President Saddam Hussein: a surname match whose office is of the other kind than the title.
            (person, name, rule) = (null, atom.Text, "person-unknown");
        }
        if (person is { Role.Length: > 0 } && p.Agents.Count > 0 && HeadAgent(p).Role is { Length: > 0 } givenTitle && _defaultCountry is { } storyCountry
            && person.Iso3 != storyCountry && !person.Iso3.StartsWith("IGO", StringComparison.Ordinal) && PhraseOwner(p) is (null, null, _)
            && LastWord(givenTitle.ToLowerInvariant()) is "minister" or "secretary" && !person.Role.Contains(givenTitle, StringComparison.OrdinalIgnoreCase)
            && !_kb.GetPersonRoles(person.Name).Any(r => r.Role.Contains(givenTitle, StringComparison.OrdinalIgnoreCase)))
        {
            // "Defence Minister Pedro Sanchez" in a story from Bogota is Colombia's defence minister, not Spain's prime minister of the
            // same name: a title the known person never held, in a story about another country, names someone else.
            (person, name, rule) = (null, atom.Text, "person-unknown");
        }
        if (person is { Iso3: var currentIn } && currentIn.StartsWith("IGO", StringComparison.Ordinal) && p.Agents.Count > 0
            && HeadAgent(p).Role is { Length: > 0 } statedTitle && !person.Role.Contains(statedTitle, StringComparison.OrdinalIgnoreCase)
            && _kb.GetPersonRoles(person.Name).FirstOrDefault(r => !r.Iso3.StartsWith("IGO", StringComparison.Ordinal)
                && r.Role.Equals(statedTitle, StringComparison.OrdinalIgnoreCase)) is { } byTitle)
        {
            // "Foreign Minister Julie Bishop met with the Minister of Foreign Affairs of Iraq" in an undated release: the title the text
            // gives is the office she acted in (Australia's), not the UN post she held on the reading date.
            (person, rule) = (byTitle, "person-by-title:" + byTitle.Source);
        }
        if (person is not null && OtherCountryStated(atom, person, PhraseOwner(p).Country) is { } other)
        {
            return other;
        }
        if (person is not null && rule.StartsWith("person-former", StringComparison.Ordinal) && p.Agents.Count == 0
            && p.Appositive is { IsBareAgent: true, Resolving: false } current && Resolve(current) is { Actor: { Sectors.Count: > 0 } currentOffice } currentTitle
            && currentOffice.Country == person.Iso3 && PublicSectors.Contains(currentOffice.Sectors[0]) && !SaysFormer(current))
        {
            // (A public office only, and not a past one: "Emmanuel Macron, a former investment banker" and "Javier Milei, a
            // libertarian economist" describe a career, not the side a politician acts for.)
            // "Suhail Shaheen, a spokesman for the Taliban's political office": known only in a former office, under a
            // title the text gives as current (ResolveAgent lets the title win; the name follows it).
            return new Resolved(EntityType.Person, person.Name, currentTitle.Role, currentOffice with { Name = person.Name }, null, "appositive-current:" + rule);
        }
        if (person is not null && person.Sector.Length == 0 && person.Role.Length == 0 && p.Agents.Count > 0)
        {
            // Out of office on the document date, under a title one of the person's offices had: that office's country and
            // sector ("Prime Minister Tony Blair" in 2020 is the British government, not the Quartet he later served;
            // "PLO Chairman Yasser Arafat" the Palestinian leadership, not a business chairman).
            var (_, titleSector, titleRole) = HeadAgent(p);
            if (PhraseOwner(p).Actor is { Code.Length: > 3 } body && !SaysFormer(p) && EnvoyToOrganization(p, body, titleSector) is null)
            {
                // "CPN (Maoist) Chairman Prachanda" in 2006, "Hamas leader Ismail Haniyeh" between his offices: a title of a named
                // group or organisation is a member's of that body, not the government office the person held at another time.
                return new Resolved(EntityType.Person, person.Name, titleRole, body with { Name = person.Name, Role = titleRole }, null, "title-body+" + rule);
            }
            var roles = _kb.GetPersonRoles(person.Name);
            var held = titleRole.Length == 0 ? null : roles.LastOrDefault(r => r.Role.Contains(titleRole, StringComparison.OrdinalIgnoreCase) && !r.Iso3.StartsWith("IGO", StringComparison.Ordinal));
            if (held is not null && held.Sector.Length > 0 && SaysFormer(p))
            {
                // "Former Philippine President Rodrigo Duterte": the text says the office is behind him, an elite (was PHLGOV).
                var formerCountry = PhraseOwner(p).Country ?? held.Iso3;
                return new Resolved(EntityType.Person, person.Name, "Former " + titleRole, Ref(formerCountry + "ELI", formerCountry, "ELI", person.Name, "Former " + titleRole), null, "title-former+" + rule);
            }
            if (held is not null && held.Sector.Length > 0)
            {
                var heldCountry = PhraseOwner(p).Country ?? held.Iso3;
                return new Resolved(EntityType.Person, person.Name, titleRole, Ref(heldCountry + held.Sector, heldCountry, held.Sector, person.Name, titleRole), null, "title-held+" + rule);
            }
            if (titleSector == "BUS" && roles.LastOrDefault(r => r.Sector == "GOV" && !r.Iso3.StartsWith("IGO", StringComparison.Ordinal)) is { } office)
            {
                var officeCountry = PhraseOwner(p).Country ?? office.Iso3;
                return new Resolved(EntityType.Person, person.Name, titleRole, Ref(officeCountry + "GOV", officeCountry, "GOV", person.Name, titleRole), null, "title-office+" + rule);
            }
        }
        if (person is not null && person.Sector.Length == 0 && person.Role.Length == 0 && p.Agents.Count > 0 && !person.Iso3.StartsWith("IGO", StringComparison.Ordinal))
        {
            // Known, with no role in force on the document date, but the text gives the title: "Kazakh President
            // Nursultan Nazarbayev resigned" on the day his term ends. The text's title is the role.
            var (_, sector, role) = HeadAgent(p);
            var (ownerCountry, ownerActor, _) = PhraseOwner(p);
            var country = ownerCountry ?? ownerActor?.Country ?? person.Iso3;
            if (ownerActor?.Sectors.Contains("PTY") == true && sector is "GOV")
            {
                sector = "PTY"; // "Labour leader Keir Starmer" in 2019, "Labor leader Anthony Albanese": the party's leader, not the government
            }
            if (sector.Length > 0)
            {
                return new Resolved(EntityType.Person, person.Name, role, Ref(country + sector, country, sector, person.Name, role), null, "title+" + rule);
            }
        }
        if (person is not null && person.Sector.Length == 0 && atom.Source == AtomSource.Surname && atom.Definition?.Phrase is { } titled && titled != p
            && Resolve(titled) is { Actor: { Sectors.Count: > 0 } } fuller)
        {
            // "former Prime Minister Sheikh Hasina ... Hasina dismissed the verdict": the surname is the person the text titled
            // (BGDELI), not the bare country of a known person out of office.
            return fuller with { Rule = "surname:" + fuller.Rule };
        }
        if (person is not null)
        {
            return new Resolved(EntityType.Person, person.Name, person.Role, FromPerson(person), null, rule);
        }
        if (atom.Source == AtomSource.Surname && atom.Definition?.Phrase is { } full && full != p)
        {
            var r = Resolve(full);
            if (r.Actor is not null || p.Agents.Count == 0)
            {
                return r with { Rule = "surname:" + r.Rule };
            }
        }
        // Unknown person: a title or appositive role and its country (or organisation) qualify them.
        var rolePhrase = p.Agents.Count > 0 ? p : p.Appositive is { IsBareAgent: true } ap ? ap : null;
        if (rolePhrase == p && p.Appositive is { IsBareAgent: true, Resolving: false } described && PhraseOwner(p) is (null, null, _)
            && Resolve(described) is { Actor: { Country: { Length: 3 } describedCountry } describedActor, Rule: var describedRule } && describedCountry != KnowledgeBase.UnknownCountry
            && !CountryLentByContext(describedRule))
        {
            // "Admiral Dennis Blair, commander of U.S. forces in the Pacific": a rank says no country; the description after the name
            // does (he was of no country).
            return new Resolved(EntityType.Person, name, describedActor.Role, describedActor with { Name = name }, null, "title+description-after-name");
        }
        var home = HomeAfterName(p);
        if (home is { } h && h.Name is { } shortName)
        {
            name = shortName; // "Ilhan Omar of Minnesota" read as one name
        }
        var member = home is null ? BodyAfterName(p) : null;
        if (member is { Name: { } memberName })
        {
            name = memberName;
        }
        if (rolePhrase is not null)
        {
            var (roleAgent, sector, role) = HeadAgent(rolePhrase);
            var (country, ownerActor, ownerRule) = PhraseOwner(rolePhrase);
            if (country is null && ownerActor is null && PossessorBody(rolePhrase) is { } possessor)
            {
                (ownerActor, ownerRule) = (possessor, "possessor-body"); // "The ruling party's leader, Han Dong-hoon"
            }
            if (country is null && ownerActor is null && OrganizationInside(rolePhrase.Agents[0]) is { } inner)
            {
                ownerActor = inner; // "UN Special Envoy Geir Pedersen"
                ownerRule = "organization-in-title";
            }
            if (country is null && ownerActor is null && member is { Body: var memberOf })
            {
                (ownerActor, ownerRule) = (memberOf, "body-after-name"); // "party leader Ayaz Sadiq of the PML-N"
            }
            if (country is null && ownerActor is null && ServedOfficeHolder(rolePhrase) is { } served)
            {
                (ownerActor, ownerRule) = (served, "adviser-to-office-holder"); // "Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed"
            }
            if (EnvoyToOrganization(rolePhrase, ownerActor, sector) is { } sending)
            {
                // "China's U.N. Ambassador Fu Cong": the state's envoy to the organisation (was IGOUNO).
                return new Resolved(EntityType.Person, name, role, Ref(sending + "GOV", sending, "GOV", name, role), null, "title+envoy-of-country");
            }
            if (ownerActor is not null)
            {
                return new Resolved(EntityType.Person, name, role, ownerActor with { Name = name, Role = role }, null, "title+" + ownerRule);
            }
            if (country is null && sector == "GOV" && rolePhrase == p && SpokenForBody(p) is { } spokenFor)
            {
                // "the Russian foreign ministry summoned Norway's ambassador ..., spokeswoman Yelena Kravtsova told a weekly briefing"
                // in a story from Oslo: the spokesperson of the body whose act she reports (was ---GOV; "Kravtsova accused Oslo" lost).
                return new Resolved(EntityType.Person, name, role, Ref(spokenFor + sector, spokenFor, sector, name, role), null, "title+spokesperson-of-subject");
            }
            if (country is null && ownerActor is null && LastWord(rolePhrase.Agents[^1].Key) is "mayor" or "governor" && rolePhrase.First > 0
                && IsCapitalized(rolePhrase.First - 1) && Geocode(TextOf(rolePhrase.First - 1).ToString(), _defaultCountry) is { Country: { Length: 3 } town }
                && town != KnowledgeBase.UnknownCountry)
            {
                // "Istanbul Mayor Ekrem Imamoglu" with the town left out of every entity: a town's mayor is its country's.
                return new Resolved(EntityType.Person, name, role, Ref(town + sector, town, sector, name, role), null, "title+town-before");
            }
            if (country is null && sector == "JUD" && EarlierCourt(rolePhrase) is { } court)
            {
                // "Brazil's Supreme Court ordered ... Justice Alexandre de Moraes accused": a judge the text does not place
                // sits on the court it named before (was ---JUD, or the dateline's country).
                return new Resolved(EntityType.Person, name, role, CourtMember(court, sector, name, role), null, "title+earlier-court");
            }
            if (country is null && _issuerCountry is not null && roleAgent is not null && sector == "GOV")
            {
                // "Minister Tobias Ellwood" in a release on www.gov.uk: an official the text does not place is the issuer's.
                return new Resolved(EntityType.Person, name, role, Ref(_issuerCountry + sector, _issuerCountry, sector, name, role), null, "title+issuer");
            }
            if (country is null && sector is "LEG" or "GOV" && UsPartyMark(rolePhrase, p))
            {
                // "Republican Senator Ted Cruz" in a story from Berlin, "Sen. Lindsey Graham, R-S.C.": an American party's member.
                return new Resolved(EntityType.Person, name, role, Ref("USA" + sector, "USA", sector, name, role), null, "title+us-party");
            }
            if (country is null && home is { Country: var homeCountry })
            {
                // "Rep. Jim Smithers of Ohio" in a story from Jerusalem: the state or country after the name, before any default.
                return new Resolved(EntityType.Person, name, role, Ref(homeCountry + sector, homeCountry, sector, name, role), null, "title+home-after-name");
            }
            if (country is null && _defaultCountry is not null && roleAgent is not null && !atom.AfterTitle && _defaultSource == "focus"
                && sector == "GOV" && roleAgent.ImpliesGovernment && LastWord(rolePhrase.Agents[^1].Key) is "minister")
            {
                // "Reporting from Lima: ... Union leaders demanded the resignation of Interior Minister Carlos Mendoza": a minister the
                // dictionary does not know, in a story without a dateline that is about one country, is that country's (was ---GOV).
                return new Resolved(EntityType.Person, name, role, Ref(_defaultCountry + sector, _defaultCountry, sector, name, role), null, "title+focus");
            }
            if (country is null && _defaultCountry is not null && _defaultSource == "dateline" && roleAgent is not null && !atom.AfterTitle
                && (sector == "GOV" && roleAgent.ImpliesGovernment && (LastWord(rolePhrase.Agents[^1].Key) is "minister" or "governor"
                        || MinistryOfficial(rolePhrase)) || sector == "OPP"
                    || StateTitleUnderDateline(p, rolePhrase, atom, sector)
                    || sector == "LEG" && LastWord(rolePhrase.Agents[^1].Key) is "senator" or "representative" or "congressman" or "congresswoman"
                        or "lawmaker" or "legislator" or "mp" or "speaker"
                    // (and one out of office: "KATHMANDU ... Former interior minister Dev Kumar Rai" was ---ELI while "former home
                    // minister" was NPLELI)
                    || sector == "ELI" && rolePhrase.Agents[^1].Key.StartsWith("former ", StringComparison.Ordinal)
                        && LastWord(rolePhrase.Agents[^1].Key) is "minister" or "president" or "premier" or "official"))
            {
                // (Also an opposition leader or politician: "NAIROBI ... Opposition politician Ekuru Aukot"; a governor or a member of
                // the legislature: "WASHINGTON (AP) — Sen. Jack Reed".)
                // "NAIROBI (Reuters) - ... Interior Minister Kipchumba Murkomen praised the police": a minister the text names
                // without a country, in a story filed from a capital, is of that country (as the bare "the interior minister").
                return new Resolved(EntityType.Person, name, role, Ref(_defaultCountry + sector, _defaultCountry, sector, name, role), null, "title+dateline");
            }
            if (country is null && atom.AfterTitle && _defaultCountry is not null && roleAgent is not null && (roleAgent.ImpliesGovernment || LocalSectors.Contains(sector)))
            {
                // A name only the role word revealed ("analyst Atilla Yesilada") keeps the country the role alone would
                // have had (ResolveAgent); it adds the name, not a doubt about the country.
                return new Resolved(EntityType.Person, name, role, Ref(_defaultCountry + sector, _defaultCountry, sector, name, role), null, "title+local:" + _defaultSource);
            }
            var c = country ?? KnowledgeBase.UnknownCountry;
            return new Resolved(EntityType.Person, name, role, Ref(c + sector, c, sector, name, role), null,
                country is null ? "title" : "title+" + ownerRule);
        }
        if (p.Modifiers.Count > 0 && PhraseOwner(p) is { Country: { } mc })
        {
            return new Resolved(EntityType.Person, name, null, Ref(mc, mc, "", name, null), null, "person+country");
        }
        if (member is { Body: var memberBody })
        {
            return new Resolved(EntityType.Person, name, null, memberBody with { Name = name, Role = null }, null, "person+body-after-name");
        }
        if (home is { Country: var of })
        {
            return new Resolved(EntityType.Person, name, null, Ref(of, of, "", name, null), null, "person+home-after-name");
        }
        if (person is null && p.Agents.Count == 0 && DemonymBeforeName(atom) is { } nationality)
        {
            // "Russian arms dealer Viktor Bout", "the American basketball star Brittney Griner": a demonym and a description the
            // agent table does not list before the name give the person's country.
            return new Resolved(EntityType.Person, name, null, Ref(nationality, nationality, "", name, null), null, "person+demonym-before");
        }
        if (p.Agents.Count == 0 && SharedPluralTitle(p) is { Actor: { } titledActor } shared)
        {
            // "U.S. Senators Ron Johnson and Chris Murphy": a plural title is each conjunct's.
            return new Resolved(EntityType.Person, name, shared.Role, titledActor with { Name = name }, null, "person+shared-title");
        }
        if (person is null && ParenthesizedCountry(p.End) is { } delegation)
        {
            // "YURIY SERGEYEV (Ukraine) urged the Russian Federation ...": the UN's meetings coverage names each speaker's
            // delegation in brackets; the speaker represents that state.
            return new Resolved(EntityType.Person, name, "Representative", Ref(delegation + "GOV", delegation, "GOV", name, "Representative"), null,
                "person+delegation");
        }
        return new Resolved(EntityType.Person, name, null, Ref(KnowledgeBase.UnknownCountry, KnowledgeBase.UnknownCountry, "", name, null), null, rule);
    }

    /// <summary>
    /// A ministry's spokesperson or secretary ("foreign ministry spokeswoman Anna Naghdalyan", "the Principal Secretary in the
    /// Ministry of Foreign Affairs, Macharia Kamau"): a civil servant of the government the story is filed from, like a minister.
    /// </summary>
    private bool MinistryOfficial(Phrase rolePhrase)
    {
        var key = rolePhrase.Agents[^1].Key;
        if (LastWord(key) is not ("spokesman" or "spokeswoman" or "spokesperson" or "secretary"))
        {
            return false;
        }
        if (key.Contains("ministry", StringComparison.Ordinal))
        {
            return true;
        }
        // The ministry after the title: "Principal Secretary in the Ministry of Foreign Affairs".
        for (var t = rolePhrase.End; t < Math.Min(_tokens.Count, rolePhrase.End + 4); t++)
        {
            if (TokenIs(t, "ministry"))
            {
                return TokenIs(rolePhrase.End, "in") || TokenIs(rolePhrase.End, "at") || TokenIs(rolePhrase.End, "of");
            }
        }
        return false;
    }

    /// <summary>
    /// The country of a demonym before a name over at most three lowercase nouns or adjectives of description ("Russian arms
    /// dealer | Viktor Bout"), or null.
    /// </summary>
    private string? DemonymBeforeName(Atom name)
    {
        var t = name.First - 1;
        var words = 0;
        while (t >= 0 && words < 3 && TextOf(t) is { Length: > 0 } w && char.IsLower(w[0]) && char.IsLetter(w[0])
            && _pos is not null && _pos.UposOf(t) is Upos.NOUN or Upos.ADJ)
        {
            t--;
            words++;
        }
        if (words == 0 || t < 0)
        {
            return null;
        }
        // (A demonym of one or two words ends right there: "Russian", "South Korean".)
        return (CountryAtomAt(t) ?? (t > 0 ? CountryAtomAt(t - 1) : null)) is { } a && a.End - 1 == t
            && CountryMatchOf(a.Key) is { Kind: CountryNameKind.Demonym } c
            ? c.Country.Iso3
            : null;
    }

    /// <summary>The country named alone in brackets right after token <paramref name="end"/> - 1 ("SERGEYEV (Ukraine)"), or null.</summary>
    private string? ParenthesizedCountry(int end) =>
        end + 2 < _tokens.Count && TokenIs(end, "(") && CountryAtomAt(end + 1) is { } a && a.End < _tokens.Count && TokenIs(a.End, ")")
        && CountryMatchOf(a.Key) is { Kind: CountryNameKind.Name } c
            ? c.Country.Iso3
            : null;

    /// <summary>The country of a state, province or country named right after the atom and a comma ("San Jose, California"), or null.</summary>
    private string? StateOrCountryAfter(Atom a) =>
        a.End + 1 < _tokens.Count && TokenIs(a.End, ",") && AtomStartingAt(a.End + 1) is { } b ? RegionOrCountryOf(b.Text) : null;

    /// <summary>
    /// The country of the state, province or country an unknown person's name is followed by with "of": "Ilhan Omar of
    /// Minnesota" (one name to the recogniser: the name without it is returned too), "Sen. Chuck Grassley of Iowa"; null otherwise.
    /// </summary>
    private (string Country, string? Name)? HomeAfterName(Phrase p) =>
        OfAfterName(p, lastOf: true, RegionOrCountryOf, k => AtomStartingAt(k) is { } b ? RegionOrCountryOf(b.Text) : null);

    /// <summary>
    /// What an unknown person's name is followed by with "of": found by <paramref name="inName"/> in the words after "of" inside
    /// the recogniser's name (then with the name without them), or by <paramref name="afterName"/> from the token after "of".
    /// </summary>
    private (T Value, string? Name)? OfAfterName<T>(Phrase p, bool lastOf, Func<string, T?> inName, Func<int, T?> afterName) where T : class
    {
        if (p.NameAtom is not { } atom)
        {
            return null;
        }
        var of = lastOf ? atom.Text.LastIndexOf(" of ", StringComparison.Ordinal) : atom.Text.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && inName(atom.Text[(of + 4)..]) is { } inside)
        {
            return (inside, atom.Text[..of]);
        }
        return atom.End + 1 < _tokens.Count && TokenIs(atom.End, "of") && afterName(atom.End + 1) is { } after ? (after, null) : null;
    }

    /// <summary>
    /// The party, armed group or organisation an unknown person's name is followed by with "of": "Ayaz Sadiq of the PML-N",
    /// "Shehbaz Sharif of the Pakistan Muslim League-Nawaz" (one name to the recogniser: the name without it is returned
    /// too): the person is its member. Null otherwise, and for a state ("of Minnesota": <see cref="HomeAfterName"/>).
    /// </summary>
    private (ActorRef Body, string? Name)? BodyAfterName(Phrase p) =>
        OfAfterName(p, lastOf: false, NamedBody, k => AtomStartingAt(TokenIs(k, "the") ? k + 1 : k) is { } b
            && (b.Kinds & (PhraseKinds.Metonym | PhraseKinds.ArmedGroup | PhraseKinds.Organization)) != 0
            && OwnerOf(b) is { Actor: { } body } && ((b.Kinds & PhraseKinds.ArmedGroup) != 0 || IsBody(body)) ? body : null);

    /// <summary>A party, armed group or organisation by its full name or acronym, with or without "the"; null for anything else.</summary>
    private ActorRef? NamedBody(string text)
    {
        var name = KnowledgeBase.StripArticle(text);
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return null;
        }
        if (_kb.FindArmedGroup(name, _date) is { } g)
        {
            return Ref(g.Code, g.Iso3, g.Sector, g.DisplayName, null);
        }
        if (_kb.FindOrganization(name) is { } o)
        {
            return OrgRef(o, null);
        }
        return FindMetonym(KeyNormalizer.Normalize(name)) is { } m && Ref(m.Code, m.Iso3.StartsWith("IGO", StringComparison.Ordinal) ? KnowledgeBase.UnknownCountry : m.Iso3, m.Sector, m.Name, m.Role) is var r && IsBody(r)
            ? r
            : null;
    }

    /// <summary>A body a person can belong to: an organisation or a party (not a government, a capital or a state's institution).</summary>
    private static bool IsBody(ActorRef a) =>
        a.Sectors.Count > 0 && a.Sectors[0] is not ("GOV" or "LEG" or "JUD" or "COP" or "MIL" or "SPY");

    /// <summary>The country of a state or province ("California", "Maryland") or of a country's name ("Texas"'s USA, "Jamaica").</summary>
    private string? RegionOrCountryOf(string name) =>
        _kb.FindRegion(name)?.Iso3 ?? (CountryMatchOf(name) is { Kind: CountryNameKind.Name or CountryNameKind.Variant } c ? c.Country.Iso3 : null);

    /// <summary>The first atom that starts at token <paramref name="token"/>, or null (atoms are in text order: a binary search, not a scan).</summary>
    private Atom? AtomStartingAt(int token) => FirstAtomAt(token) is var at and >= 0 ? _atoms[at] : null;

    /// <summary>A country-only atom (a country's or capital's name) that starts at token <paramref name="token"/>, or null.</summary>
    private Atom? CountryAtomAt(int token)
    {
        for (var i = FirstAtomAt(token); i >= 0 && i < _atoms.Count && _atoms[i].First == token; i++)
        {
            if (IsCountryOnly(_atoms[i]))
            {
                return _atoms[i];
            }
        }
        return null;
    }

    private int FirstAtomAt(int token)
    {
        int lo = 0, hi = _atoms.Count - 1, at = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_atoms[mid].First < token)
            {
                lo = mid + 1;
            }
            else
            {
                at = mid;
                hi = mid - 1;
            }
        }
        return at >= 0 && _atoms[at].First == token ? at : -1;
    }

    private static bool RoyalTitle(string role) =>
        role.Contains("King", StringComparison.OrdinalIgnoreCase) || role.Contains("Queen", StringComparison.OrdinalIgnoreCase)
        || role.Contains("Emir", StringComparison.OrdinalIgnoreCase) || role.Contains("Sultan", StringComparison.OrdinalIgnoreCase)
        || role.Contains("Prince", StringComparison.OrdinalIgnoreCase) || role.Contains("Pope", StringComparison.OrdinalIgnoreCase);

    /// <summary>A person in the knowledge base as of the document date: full name, earlier full name, or unique surname.</summary>
    private (PersonRole? Person, string Name, string Rule) FindPerson(Atom atom)
    {
        var text = atom.Source == AtomSource.Surname && atom.Definition is { } def ? def.Text : atom.Text;
        if (_kb.FindPerson(text, _date) is { } p)
        {
            return (p, p.Name, "person:" + p.Source);
        }
        var roles = _kb.GetPersonRoles(text);
        if (!roles.IsEmpty)
        {
            // Known, but no role covers the date: keep the country of the role closest before it.
            var before = roles.LastOrDefault(r => _date is null || (r.Valid.Start ?? DateOnly.MinValue) <= _date) ?? roles[0];
            return (before with { Sector = "", Role = "" }, before.Name, "person-former:" + before.Source);
        }
        // "Putin"; or a hyphenated surname, which is several tokens: "al-Assad", "el-Sissi", "Amir-Abdollahian".
        var surnameKey = atom.End - atom.First == 1 && _keyLength[atom.First] > 0 ? KeyOf(atom.First).ToString()
            : atom.End - atom.First >= 3 && HyphenRunEnd(atom.First, atom.End) == atom.End ? SpanKey(atom.First, atom.End) : null;
        if (surnameKey is not null && (atom.Source != AtomSource.Surname || atom.Definition is null) && OfficeHolderBySurname(surnameKey) is { } bySurname)
        {
            return (bySurname, bySurname.Name, "person-surname:" + bySurname.Source);
        }
        if (atom.End - atom.First == 1 && atom.Source != AtomSource.Surname && FormerLeaderOfGovernment(atom.First) is { } former)
        {
            return (former with { Sector = "", Role = "" }, former.Name, "person-former-surname:" + former.Source);
        }
        return (null, text, "person-unknown");
    }

    /// <summary>
    /// A state's spokesman, officer in an office, police chief, prosecutor or judge named with no country, for the dateline
    /// rule: "KAMPALA ... Government spokesman Ofwono Opondo", "Army spokesman Brigadier Paddy Ankunda", "Prosecutor General Ina
    /// Rama" (were of no country). Not one described after the name ("Admiral Timothy Keating, the commander of US forces in the Pacific"), nor one
    /// after a country or capital in the sentence ("U.S. District Judge James Boasberg", "In Bogotá, the director of the National
    /// Police, General Óscar Naranjo"); the dateline's own place does not count.
    /// </summary>
    private bool StateTitleUnderDateline(Phrase name, Phrase rolePhrase, Atom atom, string sector) =>
        (sector is "COP" or "JUD" or "SPY"
            // (an officer by an office, "Army spokesman Brigadier Paddy Ankunda", "Army chief General Waker-Uz-Zaman", not by a rank
            // alone: "Wing Commander Abhinandan Varthaman" in a story from Islamabad is the Indian pilot it captured)
            || sector == "MIL" && OfficeWordIn(Math.Min(rolePhrase.First, atom.First), atom.End)
            || sector == "GOV" && LastWord(rolePhrase.Agents[^1].Key) is "spokesman" or "spokeswoman" or "spokesperson" or "general" or "secretary"
            // (a head of state the knowledge base does not know, in a story from his capital: "BISSAU ... the national electoral commission
            // declared incumbent President Joaquim Mendes the winner" was of no country)
            || sector == "GOV" && rolePhrase.Agents[^1].Key is "president" or "vice president" or "interim president" or "incumbent president")
        && name.Appositive is null && !(TokenIs(name.End, ",") && (TokenIs(name.End + 1, "the") || TokenIs(name.End + 1, "a") || TokenIs(name.End + 1, "an")))
        && !_atoms.Any(a => a.Sentence == atom.Sentence && a.End <= rolePhrase.First && IsCountryOnly(a)
            && !(_dateline.IsPresent && _dateline.Span.Contains(_tokens.Starts[a.First]))
            // (the dateline's own country or capital says nothing else: "arrived in Bissau ... President Joaquim Mendes")
            && CountryMatchOf(a.Key)?.Country.Iso3 != _defaultCountry);

    /// <summary>
    /// "spokesman" or "chief" among the tokens from <paramref name="first"/> to <paramref name="end"/> (the title and the name) and
    /// the words before them back to a punctuation mark or "the", twelve tokens at most ("Army spokesman | Brigadier Paddy Ankunda").
    /// </summary>
    private bool OfficeWordIn(int first, int end)
    {
        while (first > 0 && end - first < 12 && TextOf(first - 1) is { Length: > 0 } before && char.IsLetter(before[0]) && !TokenIs(first - 1, "the"))
        {
            first--;
        }
        for (var t = first; t < end; t++)
        {
            if (TokenIs(t, "spokesman") || TokenIs(t, "spokeswoman") || TokenIs(t, "spokesperson") || TokenIs(t, "chief"))
            {
                return true;
            }
        }
        return false;
    }

    // Nouns that a leader's surname names a government by: "the Trump administration", "the Blair government".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeaderGovernmentNouns =
        new[] { "administration", "government", "cabinet", "regime", "presidency" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The person a surname names when it qualifies a government noun and nobody with that surname holds office on the
    /// document date: "the Trump administration" in 2019 is Donald Trump's (in office), in 2022 still his (the one person
    /// ever known by that surname). Only before such a noun, where a surname can only mean a leader.
    /// </summary>
    private PersonRole? FormerLeaderOfGovernment(int t)
    {
        if (_keyLength[t] == 0 || t + 1 >= _tokens.Count || !LeaderGovernmentNouns.Contains(TextOf(t + 1)) ||
            (_deps is not null && _deps.HeadOf(t) != t + 1))
        {
            return null;
        }
        var key = KeyOf(t).ToString();
        return _surnameBearers.ContainsKey(key) ? null : _index.FindFormerBySurname(key, _date);
    }

    /// <summary>A metonym by its key: a name several states use ("Congress") is the story's own state's, when it has one.</summary>
    private Metonym? FindMetonym(string key) => _kb.FindMetonym(key, _date, _defaultSource is "dateline" or "focus" ? _defaultCountry : null);

    /// <summary>
    /// The state an earlier mention of the same metonym was given ("Peru's Congress"), for a bare later one ("Congress") in a
    /// story that is not the metonym's own country's: the nearest such mention, or null.
    /// </summary>
    private string? EarlierOwnerOfMetonym(Atom a, string? metonymCountry)
    {
        if (_defaultCountry == metonymCountry)
        {
            return null;
        }
        for (var i = _atoms.IndexOf(a) - 1; i >= 0; i--)
        {
            var m = _atoms[i];
            if (m.Key == a.Key && (m.Kinds & PhraseKinds.Metonym) != 0 && CountryRightBefore(m) is { } owner)
            {
                return owner;
            }
        }
        return null;
    }

    /// <summary>The country of a country name or possessive right before <paramref name="a"/> ("Kenya's", "Kenyan"), or null.</summary>
    private string? CountryRightBefore(Atom a)
    {
        var index = _atoms.IndexOf(a);
        if (index <= 0)
        {
            return null;
        }
        var m = _atoms[index - 1];
        var gapIsPossessive = m.End + 1 == a.First && IsPossessive(TextOf(m.End));
        if (m.Sentence != a.Sentence || (m.End != a.First && !gapIsPossessive) || !IsCountryOnly(m) || AfterPreposition(m.First))
        {
            return null;
        }
        return CountryMatchOf(m.Key) is { Kind: not CountryNameKind.Capital } c ? c.Country.Iso3 : null;
    }

    private Resolved ResolveSingle(Atom a)
    {
        if (a.End < _tokens.Count && NamedAgreementWords.Contains(TextOf(a.End)) && (a.Kinds & PhraseKinds.Person) == 0)
        {
            // "withdrew from the Rome Statute", "the Minsk Agreements", "the Abraham Accords": a place that names a treaty or a
            // process is no actor (the Philippines' withdrawal from the ICC was aimed at Italy).
            return new Resolved(EntityType.Other, SpanText(a.First, a.End + 1), null, null, null, "named-agreement");
        }
        if (a.Source == AtomSource.DefinedAcronym && a.Definition?.Phrase is { } def)
        {
            // "the head of the Collective Security Treaty Organisation (CSTO)": CSTO is the organisation, not its head.
            var d = a.Definition;
            var r = (def.Owner == d || def.Modifiers.Contains(d)) && d.Source != AtomSource.DefinedAcronym ? ResolveSingle(d) : Resolve(def);
            return r with { Type = r.Type == EntityType.Person ? EntityType.Organization : r.Type, Rule = "acronym:" + r.Rule };
        }
        if ((a.Kinds & (PhraseKinds.Metonym | PhraseKinds.ArmedGroup | PhraseKinds.Organization)) != 0)
        {
            var (_, actor, rule) = OwnerOf(a);
            if (actor is not null)
            {
                if ((a.Kinds & PhraseKinds.Metonym) != 0 && actor.Sectors.Count > 0
                    && (CountryRightBefore(a) ?? EarlierOwnerOfMetonym(a, actor.Country)) is { } owner && owner != actor.Country)
                {
                    // "Kenya's National Intelligence Service", "Vietnam's Ministry of Public Security": a named body that
                    // several states have belongs to the state the text puts in front of it (and a bare later mention to the
                    // same state: "Peru's Congress ... urged Congress to act").
                    var sectors = string.Concat(actor.Sectors);
                    actor = Ref(owner + sectors, owner, sectors, actor.Name, actor.Role);
                    rule = "country+" + rule;
                }
                return new Resolved(EntityType.Organization, actor.Name, actor.Role, actor, null, rule);
            }
        }
        if (a.Text is "North" or "South" && a.End - a.First == 1 && a.First > 0 && TextOf(a.First - 1) is "the" or "The"
            && (_countryMentions.ContainsKey("PRK") || _countryMentions.ContainsKey("KOR")) && _kb.GetCountry(a.Text == "North" ? "PRK" : "KOR") is { } korea)
        {
            // "Lee called on the North to return to dialogue": in a story about the Koreas, "the North" and "the South" are
            // the two states.
            return new Resolved(EntityType.Location, korea.Name, null, Ref(korea.Iso3, korea.Iso3, "", korea.Name, null),
                new GeoPlace(korea.Name, korea.Iso3, null, null), "korea:" + a.Text.ToLowerInvariant());
        }
        if (_usGeorgia && a.Text == "Georgia" && IsCountryOnly(a))
        {
            // The U.S. state: a place in the United States, no actor of its own (like "Texas").
            var state = Geocode("Georgia", "USA") is { Country: "USA" } g ? g : new GeoPlace("Georgia", "USA", null, null);
            return new Resolved(EntityType.Location, "Georgia", null, null, state, "us-state:georgia");
        }
        if (IsCountryOnly(a) && CountryMatchOf(a.Key) is { } c)
        {
            var iso = c.Country.Iso3;
            switch (c.Kind)
            {
                case CountryNameKind.Demonym:
                    return new Resolved(EntityType.Nationality, c.Country.Name, null, Ref(iso, iso, "", c.Country.Name, null), null, "demonym:" + c.Country.Source);
                case CountryNameKind.Capital:
                    // Not preferring the capital's country: "Moscow" in an Idaho story is Moscow, Idaho.
                    var place = Geocode(a.Text, null) ?? new GeoPlace(a.Text, iso, null, null);
                    if (_euStory && a.Text == "Brussels" && (IsActing(a) || IsObject(a)) && _kb.FindOrganization("European Union") is { } eu)
                    {
                        return new Resolved(EntityType.Organization, eu.DisplayName, null, OrgRef(eu, null), place, "eu-metonymy:" + eu.Source);
                    }
                    return IsActing(a)
                        ? new Resolved(EntityType.Organization, c.Country.Name, null, Ref(iso + "GOV", iso, "GOV", c.Country.Name, null), place, "capital-metonymy:" + c.Country.Source)
                        : new Resolved(EntityType.Location, place.Name, null, null, place, "capital:" + c.Country.Source);
                default:
                    return new Resolved(EntityType.Location, c.Country.Name, null, Ref(iso, iso, "", c.Country.Name, null),
                        new GeoPlace(c.Country.Name, iso, null, null), "country:" + c.Country.Source);
            }
        }
        if ((a.Kinds & PhraseKinds.Imported) != 0 && _kb.ResolveActor(a.Text, _date) is { } im)
        {
            return new Resolved(EntityType.Organization, im.Name, null, Ref(im.Code, im.Country, im.Sectors, im.Name, null), null, "imported:" + im.Source);
        }
        if (a.Kinds == PhraseKinds.Person)
        {
            var (p, name, rule) = FindPerson(a);
            if (p is not null && OtherCountryStated(a, p, null) is { } other)
            {
                return other;
            }
            return new Resolved(EntityType.Person, name, p?.Role, p is null ? null : FromPerson(p), null, rule);
        }
        // NER spans the dictionary does not know.
        switch (a.Ner)
        {
            case NerType.Location when a.WorldRegion && _euStory && a.Text == "Europe" && _deps is not null && a.End == a.First + 1
                && _deps.RelationOf(a.First) == "nsubj" && _kb.FindOrganization("European Union") is { } union:
                // "European Commission chief Ursula von der Leyen said Europe stood in full solidarity with Poland": in a story
                // about the EU, Europe as the subject of a verb is the Union ("commitment to Europe's security" stays Europe).
                return new Resolved(EntityType.Organization, union.DisplayName, null, OrgRef(union, null), null, "eu-metonymy:europe");
            case NerType.Location when a.WorldRegion && _kb.FindWorldRegion(a.Text) is { Code.Length: 3, Name: var regionName } bloc
                && (bloc.ArticleRequired || IsActing(a) && !(a.End < _tokens.Count && IsPossessive(TextOf(a.End)))):
                // "the West imposed sanctions", "Europe's response": a region of the world acting is the states in it, under the
                // CAMEO region code (WST, EUR), as GDELT codes them; "in Europe", "Africa's longest war" and "Europe's
                // airspace" stay places ("the West's" is the bloc).
                return new Resolved(EntityType.Organization, regionName, null, Ref(bloc.Code, bloc.Code, "", regionName, null),
                    new GeoPlace(a.Text, null, null, null), "world-region-actor");
            case NerType.Location when a.WorldRegion:
                return new Resolved(EntityType.Location, a.Text, null, null, new GeoPlace(a.Text, null, null, null), "world-region");
            case NerType.Location:
            {
                // ("San Jose, California": the state or country written after the place picks among places of that name)
                var place = (StateOrCountryAfter(a) is { } after && Geocode(a.Text, after) is { } there && there.Country == after ? there : null)
                    ?? Geocode(a.Text, null) ?? GeocodeLoosely(a) ?? RegionPlace(a.Text, a.Text);
                if (place is not null && IsActing(a) && _kb.GetCountry(place.Country ?? "") is { } pc && pc.Capitals.Contains(place.Name))
                {
                    return new Resolved(EntityType.Organization, pc.Name, null, Ref(pc.Iso3 + "GOV", pc.Iso3, "GOV", pc.Name, null), place, "capital-metonymy:gazetteer");
                }
                return new Resolved(EntityType.Location, place?.Name ?? a.Text, null, null, place ?? new GeoPlace(a.Text, null, null, null),
                    place is null ? "location-unknown" : "gazetteer");
            }
            case NerType.Organization when PoliceForceOf(a) is { } force:
                return force;
            case NerType.Organization when a.End - a.First <= 2 && _kb.FindRegion(a.Text) is { Iso3.Length: 3 } && RegionPlace(a.Text, a.Text) is { } province:
                // "separatist rebels from Aceh" with the province tagged as an organisation: a province's name is a place.
                return new Resolved(EntityType.Location, province.Name, null, null, province, "region-tagged-organization");
            case NerType.Organization when IsDepartmentName(a.Text) && (a.InnerCountry ?? CountryRightBefore(a)) is { } dc:
                return new Resolved(EntityType.Organization, a.Text, a.Text, Ref(dc + "GOV", dc, "GOV", a.Text, a.Text), null, "department+country");
            // ("The Ministry of Defence in London rejected the Russian version" in a story that is Russia's: the place after it.)
            case NerType.Organization when IsMinistryName(a.Text) && (a.InnerCountry ?? CountryAfterOf(a) ?? CountryInPlaceAt(a.End) ?? _defaultCountry) is { } gc:
                return new Resolved(EntityType.Organization, a.Text, a.Text, Ref(gc + "GOV", gc, "GOV", a.Text, a.Text), null,
                    gc == _defaultCountry && a.InnerCountry is null ? "ministry+default:" + _defaultSource : "ministry+country");
            case NerType.Organization:
                // The country may be inside the name or right before it, where the entity tagger left it out: "the Chinese
                // Center for Disease Control and Prevention" is China's, not an unknown body ("it said" then went to the WHO).
                if ((a.InnerCountry ?? CountryRightBefore(a)) is not { } ic)
                {
                    if (DescribedGroup(a) is { } described)
                    {
                        return described;
                    }
                    if (EarlierBodyByHead(a) is { } earlier)
                    {
                        return new Resolved(EntityType.Organization, earlier.Name, earlier.Role, earlier, null, "body-named-before-by-its-head");
                    }
                    return NationalBodySector(a.Text) is { } bodySector && _defaultCountry is { } home
                        ? new Resolved(EntityType.Organization, a.Text, a.Text, Ref(home + bodySector, home, bodySector, a.Text, a.Text), null, "national-body+default:" + _defaultSource)
                        : new Resolved(EntityType.Organization, a.Text, null, null, null, "organization-unknown");
                }
                // "the Supreme Court of India", "the Parliament of Georgia": a role word of the knowledge base before "of"
                // the country gives the body's sector (it was the bare country, IND).
                var of = a.Text.IndexOf(" of ", StringComparison.Ordinal);
                return of > 0 && _kb.FindAgent(a.Text[..of]) is { Sector.Length: > 0 } body
                    ? new Resolved(EntityType.Organization, a.Text, body.Role, Ref(ic + body.Sector, ic, body.Sector, a.Text, body.Role), null, "organization+country+agent")
                    : new Resolved(EntityType.Organization, a.Text, null, Ref(ic, ic, "", a.Text, null), null, "organization+country");
            default:
                return new Resolved(EntityType.Other, a.Text, null, null, null, "unknown");
        }
    }

    /// <summary>
    /// A resolution rule whose country came from outside the phrase: an earlier mention, a holder of the office named elsewhere in
    /// the text, a release's issuer, "the country's", or the story's focus ("Crown Prince Mohammed bin Naif bin Abdulaziz, Deputy
    /// Premier and Minister of Interior" in a story on Macron was French). The dateline's default is the story's own and is not
    /// counted ("General Javier Iturriaga, the army officer placed in charge of security in Santiago" is Chile's).
    /// </summary>
    private static bool CountryLentByContext(string rule) =>
        rule.Contains("holder", StringComparison.Ordinal) || rule.Contains("earlier", StringComparison.Ordinal)
        || rule.Contains("issuer", StringComparison.Ordinal) || rule.Contains("the-country", StringComparison.Ordinal)
        || rule.Contains("default", StringComparison.Ordinal) && !rule.Contains("default:dateline", StringComparison.Ordinal);

    /// <summary>
    /// An unknown organisation's name right after a lowercase word that describes what it is ("the opposition Jatiya Unity Front",
    /// "the rebel group Patriotic Front", "the rights group Odhikar") is a body of that kind, with the description's country; later
    /// mentions of the same name are the same body. Null when no such description names a group.
    /// </summary>
    private Resolved? DescribedGroup(Atom a)
    {
        if (_describedGroups.TryGetValue(a.Key, out var known))
        {
            return known with { Rule = "described-group-earlier" };
        }
        Phrase? description = null;
        foreach (var q in _phrases)
        {
            if (q.Sentence == a.Sentence && q.End == a.First && q != a.Phrase)
            {
                description = q;
                break;
            }
        }
        if (description is not { IsBareAgent: true, IsPluralAgent: false, Resolving: false } || description.Agents.Any(x => !char.IsLower(x.Text[0]))
            || Resolve(description) is not { Actor: { Name: null, Sectors.Count: > 0 } kind } found
            || !kind.Sectors.Any(DescribedGroupSectors.Contains) || kind.Country is not { Length: 3 })
        {
            return null;
        }
        var r = new Resolved(EntityType.Organization, a.Text, null, kind with { Name = a.Text, Role = null }, null, "described-group:" + found.Rule);
        _describedGroups[a.Key] = r;
        return r;
    }

    private readonly Dictionary<string, Resolved> _describedGroups = new(StringComparer.Ordinal);

    /// <summary>Sectors of bodies a story introduces by describing them before their name.</summary>
    private static readonly FrozenSet<string> DescribedGroupSectors = new[]
    {
        "OPP", "PTY", "REB", "INS", "SEP", "UAF", "RAD", "NGO", "HRI", "MED", "LAB", "EDU", "REL", "BUS", "CVL",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The story names a body of the European Union ("the European Commission", "the EU").</summary>
    private bool NamesEuBody() => _atoms.Any(a => (a.Kinds & PhraseKinds.Organization) != 0
        && _kb.FindOrganization(a.Text)?.Code.StartsWith("IGOEUR", StringComparison.Ordinal) == true);

    /// <summary>
    /// "The U.N. Security Council condemned ... The Council demanded", "the International Atomic Energy Agency ... The Agency
    /// accused Tehran": a capitalised head word alone after "the" is the body named before whose name ends in it (in the same
    /// section of the text); in a story naming a body of the European Union, "the Council" is the EU's. Null otherwise.
    /// </summary>
    private ActorRef? EarlierBodyByHead(Atom a)
    {
        // (The recogniser may take a sentence's "The" into the name: "The Council".)
        var head = TextOf(a.End - 1).ToString();
        if (!(a.End - a.First == 1 && a.First > 0 && TokenIs(a.First - 1, "the") || a.End - a.First == 2 && TokenIs(a.First, "the"))
            || head.Length < 4 || !char.IsUpper(head[0]))
        {
            return null;
        }
        var suffix = " " + head;
        var section = SectionStart(a.Sentence);
        for (var i = _phrases.Count - 1; i >= 0; i--)
        {
            var q = _phrases[i];
            if (q.First >= a.First || q.Sentence < section)
            {
                continue;
            }
            if (q.Single is { } named && named.End - named.First >= 2 && named.Text.EndsWith(suffix, StringComparison.Ordinal)
                && q.Result?.Actor is { Code.Length: > 3 } body && (body.Country != KnowledgeBase.UnknownCountry || body.Code.StartsWith("IGO", StringComparison.Ordinal)))
            {
                return body with { Role = null };
            }
        }
        return head == "Council" && NamesEuBody()
            && _kb.FindOrganization("IGOEURCNL") is { } council
            ? OrgRef(council, null)
            : null;
    }

    /// <summary>"the two governments", "both sides", "the three countries": a group counted out, whose members a place after it does not name.</summary>
    private bool CountedGroup(Phrase p) =>
        p.IsPluralAgent && p.First > 0 && (TokenIs(p.First - 1, "both") || TokenIs(p.First - 1, "two") || TokenIs(p.First - 1, "three")
            || TokenIs(p.First - 1, "four") || TokenIs(p.First - 1, "all"));

    /// <summary>A plural role word right after "the" with no modifier: "the ministers", "the officials".</summary>
    private bool DefinitePlural(Phrase p) =>
        p.IsPluralAgent && p.Modifiers.Count == 0 && p.Agents.Count == 1 && (p.First > 0 && _tokens.TextOf(p.First - 1).Equals("the", StringComparison.OrdinalIgnoreCase) || _tokens.TextOf(p.First).Equals("the", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A plural role word counted out right before it, with no modifier: "About 400 officers landed" after "Hundreds
    /// of Kenyan police officers arrived" are those officers (were the host country's police).
    /// </summary>
    private bool NumberedPlural(Phrase p)
    {
        if (!p.IsPluralAgent || p.Modifiers.Count != 0 || p.Agents.Count != 1 || _pos is null)
        {
            return false;
        }
        var before = p.Agents[0].First - 1;
        if (before >= 1 && TokenIs(before, "of") && (TokenIs(before - 1, "hundreds") || TokenIs(before - 1, "thousands") || TokenIs(before - 1, "dozens")))
        {
            return true;
        }
        return before >= 0 && _pos.UposOf(before) == Upos.NUM && !TokenIs(before, "one");
    }

    private bool PluralRole(Atom a) => a.Plural || _pos is not null && _pos.XposOf(a.End - 1) is "NNS" or "NNPS";

    /// <summary>
    /// The country of the last earlier phrase sharing a role word, when the text gave that country, or the
    /// organisation it belonged to ("the United Nations' highest court ... the court").
    /// </summary>
    private (string? Country, ActorRef? Organization, ActorRef? Earlier)? EarlierSameAgent(Phrase p, int maxSentences)
    {
        var last = LastSameAgent(p, maxSentences, null);
        // "the president's departure" in a story from Tunis that named President Ben Ali, then "U.S. President Barack Obama": a bare
        // singular title is the story's own holder when the text named one; another country's needs its qualifier.
        var definite = p.Agents[0].First > 0 && (TokenIs(p.Agents[0].First - 1, "the") || IsPossessive(TextOf(p.Agents[0].First - 1)));
        if (last is { Country: { } other, Organization: null } && definite && !PluralRole(p.Agents[^1]) && _defaultCountry is { } home && other != home
            && _defaultSource is "dateline" or "focus" && LastSameAgent(p, maxSentences, home) is { } own)
        {
            return own;
        }
        return last;
    }

    private (string? Country, ActorRef? Organization, ActorRef? Earlier)? LastSameAgent(Phrase p, int maxSentences, string? ofCountry)
    {
        var section = SectionStart(p.Sentence);
        for (var i = _phrases.IndexOf(p) - 1; i >= 0; i--)
        {
            var q = _phrases[i];
            if (p.Sentence - q.Sentence > maxSentences)
            {
                return null; // a counted plural is the same group only right after it ("Two officials said" is anyone's)
            }
            if (q.Sentence < section)
            {
                return null; // an item of a roundup does not name the roles of the item before ("The Syrian army ... Army Private Bradley Manning")
            }
            if (q.Agents.Count == 0 && q.Result?.Actor is { } named && (named.Code.StartsWith("IGO", StringComparison.Ordinal) || named.Code.StartsWith("NGO", StringComparison.Ordinal))
                && named.Country == KnowledgeBase.UnknownCountry && p.Agents.Count == 1 && !p.Agents[0].Key.Contains(' ') && NamesRoleWord(q, p.Agents[0].Key)
                && !(p.Agents[0].First > 0 && (TokenIs(p.Agents[0].First - 1, "a") || TokenIs(p.Agents[0].First - 1, "an"))))
            {
                // "the International Court of Justice ... the court", "the European Commission ... the Commission" (not "a commission
                // of inquiry": a new one)
                return (null, named, named);
            }
            // Any shared role word counts: "the U.S. Senate ... the Senate committee"; a plural with "the" also the head
            // of a longer role ("foreign ministers ... the ministers").
            // (Plural by its tag too: "officers" and "troops" are role words of their own, not plurals of one.)
            // (A singular with "the" too: "a U.S. congressional delegation ... The delegation is due to travel".)
            var plural = PluralRole(p.Agents[^1]);
            // (Only bodies a story names once in full and then by their head: "the court", "the government", "the leaders" are
            // too often another one.)
            // (And the one sent: "A special envoy from ASEAN ... The envoy also held talks".)
            var definite = p.Agents[0].First > 0 && TokenIs(p.Agents[0].First - 1, "the")
                && p.Agents[^1].Key is "delegation" or "committee" or "panel" or "mission" or "envoy" or "mediator" or "negotiator";
            if (q.Agents.Count == 0 || !q.Agents.Any(a => p.Agents.Any(b => a.Key == b.Key
                    || (plural && PluralRole(a) || definite && !plural && !PluralRole(a)) && a.Key.EndsWith(" " + b.Key, StringComparison.Ordinal)))
                || plural && !PluralRole(q.Agents[^1]) || q.Result?.Actor is not { } actor
                // ("a government military position" after "The U.S. military said" in a story from Aden: the government's, not the
                // other military named before)
                || p.Agents.Any(a => a.Key == "government") && !q.Agents.Any(a => a.Key == "government"))
            {
                continue;
            }
            // (Also a named holder of the office: "UN Secretary-General António Guterres ... The Secretary-General calls on".)
            if (actor.Country == KnowledgeBase.UnknownCountry && actor.Code.Length > 3
                && (actor.Code.StartsWith("IGO", StringComparison.Ordinal) || actor.Code.StartsWith("NGO", StringComparison.Ordinal)))
            {
                return (null, actor, actor);
            }
            if (ofCountry is not null && actor.Country != ofCountry)
            {
                continue;
            }
            if (actor.Country == KnowledgeBase.UnknownCountry || IsGuess(q.Result) && ofCountry is null)
            {
                return null; // the last one was a guess too: do not build on it (the story's own country needs no more)
            }
            return (actor.Country, null, actor);
        }
        return null;
    }

    /// <summary>
    /// The body a bare role belongs to by a possessive right before it ("the ruling party's | leader"): the actor of the
    /// institution phrase that ends at the "'s", when the text placed it in a country; null otherwise.
    /// </summary>
    private ActorRef? PossessorBody(Phrase p)
    {
        // (Also a party's adjective between the body and the role: "Senate Democratic | leader Chuck Schumer" leads in the Senate.)
        var partyAdjective = p.First >= 2 && TextOf(p.First - 1) is "Democratic" or "Republican";
        // (Also over one adjective: "the guerrillas' elusive leader".)
        var mark = p.First - 1;
        if (mark > 0 && !partyAdjective && _pos is not null && _pos.UposOf(mark) == Upos.ADJ && IsPossessive(TextOf(mark - 1)))
        {
            mark--;
        }
        if (p.Modifiers.Count != 0 || p.Owner is not null || mark < 1 || !IsPossessive(TextOf(mark)) && !partyAdjective)
        {
            return null;
        }
        var index = _phrases.IndexOf(p);
        if (index <= 0 || _phrases[index - 1] is not { Agents.Count: > 0, NameAtom: null, Resolving: false } q || q.End != mark)
        {
            return null;
        }
        // The leader of rebels or militants is theirs even when their country is not known yet ("the militant group's leader,
        // Hakimullah Mehsud" was ---GOV, a government's leader); the coder places armed groups of no country.
        var armed = _kb.FindAgent(q.Agents[^1].Key) is { Sector: "REB" or "INS" or "RAD" or "SEP" or "UAF" }
            && LastWord(p.Agents[^1].Key) is "leader" or "commander" or "chief" or "head" or "spokesman" or "spokeswoman" or "spokesperson"
                or "founder" or "deputy" or "emir"; // (not "the militants' families")
        return (AgentType(q) == EntityType.Organization || armed) && Resolve(q).Actor is { Country: { Length: 3 } country } body
            && (country != KnowledgeBase.UnknownCountry || armed && body.Sectors.Count > 0)
            ? body
            : null;
    }

    /// <summary>
    /// The group a bare role heads by "of" right after it: "A commander of Syrian Turkmen rebels" commands the rebels
    /// (was the dateline's army); the body or group phrase's actor, when it has a country, or null.
    /// </summary>
    private ActorRef? GroupAfterOf(Phrase p)
    {
        // (Also a spokesperson "for" a body: "A spokesman for the Chinese embassy in Washington" is the embassy's.)
        // (And staff "at" or "from" a mission: "declared a diplomat at the Russian Embassy in Warsaw persona non grata" was Poland's own.)
        var atMission = (TokenIs(p.End, "at") || TokenIs(p.End, "from")) && p.Agents.Count > 0
            && LastWord(p.Agents[^1].Key) is "diplomat" or "diplomats" or "attache" or "attaché" or "official" or "officials" or "employee" or "employees"
                or "staff" or "counsellor" or "counselor" or "secretary" or "officer" or "officers";
        if (p.Modifiers.Count != 0 || p.Owner is not null || p.NameAtom is not null
            || !(TokenIs(p.End, "of") || atMission || TokenIs(p.End, "for") && p.Agents.Count > 0
                && LastWord(p.Agents[^1].Key) is "spokesman" or "spokeswoman" or "spokesperson" or "spokespeople" or "spokesmen"))
        {
            return null;
        }
        var index = _phrases.IndexOf(p);
        var start = TokenIs(p.End + 1, "the") || TokenIs(p.End + 1, "a") || TokenIs(p.End + 1, "an") ? p.End + 2 : p.End + 1;
        for (var i = index + 1; i < _phrases.Count && i <= index + 2; i++)
        {
            // "a senior commander of the Iran-backed Kataib Hezbollah militia": the group after its backer
            if (_phrases[i].First == start && BackingParticipleAfter(_phrases[i].End) is var after and >= 0)
            {
                start = after;
                index = i;
                break;
            }
        }
        if (index + 2 < _phrases.Count && _phrases[index + 1] is { Single: { } adjective, Agents.Count: 0, NameAtom: null } && adjective.First == start
            && IsCountryOnly(adjective) && _phrases[index + 2] is { Single: { } body, Resolving: false } named && named.First == adjective.End
            && (body.Kinds & (PhraseKinds.Organization | PhraseKinds.Metonym | PhraseKinds.ArmedGroup)) != 0
            && Resolve(named).Actor is { Country: { Length: 3 } bodyCountry, Sectors.Count: > 0 } force && bodyCountry != KnowledgeBase.UnknownCountry)
        {
            return force; // "officers of the Chinese People's Liberation Army (PLA)": the known body after its country's adjective
        }
        return index + 1 < _phrases.Count && _phrases[index + 1] is { Agents.Count: > 0, NameAtom: null, Resolving: false } q && q.First == start
            && (!atMission || LastWord(q.Agents[^1].Key) is "embassy" or "embassies" or "consulate" or "mission" or "legation" or "high commission")
            && (AgentType(q) == EntityType.Organization || PluralRole(q.Agents[^1])
                // "the leader of the opposition", "members of the ruling party": a side's own people; "Leaders of the Hausa
                // community", "elders of the church" too (were the state's, NGAGOV, by the dateline's default)
                || _kb.FindAgent(q.Agents[^1].Key) is { Sector: "OPP" or "PTY" or "REB" or "INS" or "CVL" or "ETH" or "REL" })
            && Resolve(q).Actor is { Country: { Length: 3 } country, Sectors.Count: > 0 } group && country != KnowledgeBase.UnknownCountry
            ? group
            : null;
    }

    /// <summary>
    /// The token after "-backed", "-funded", "-aligned" (and the like) glued to the word before <paramref name="t"/>: "Iran-backed"
    /// names a backer, not an owner; -1 otherwise.
    /// </summary>
    private int BackingParticipleAfter(int t) =>
        t + 1 < _tokens.Count && TokenIs(t, "-") && !_tokens.SpaceAfter(t - 1) && !_tokens.SpaceAfter(t)
        && TextOf(t + 1) is "backed" or "funded" or "supported" or "sponsored" or "aligned" or "allied" or "affiliated" or "linked" or "armed" or "trained" or "based"
        ? t + 2 : -1;

    /// <summary>The token after "-led" glued to the word before <paramref name="t"/> ("Kurdish-led", "U.S.-led"); -1 otherwise.</summary>
    private int LedParticipleAfter(int t) => t > 0 && TokenIs(t, "-") && IsLedMark(t) && !_tokens.SpaceAfter(t - 1) ? t + 2 : -1;

    /// <summary>The country of the last country name before token <paramref name="token"/>, within <paramref name="sentences"/> sentences.</summary>
    private string? CountryNamedBefore(int token, int sentences)
    {
        var sentence = -1;
        for (var i = _atoms.Count - 1; i >= 0; i--)
        {
            var a = _atoms[i];
            if (a.First >= token)
            {
                continue;
            }
            sentence = sentence < 0 ? a.Sentence : sentence;
            if (sentence - a.Sentence > sentences)
            {
                return null;
            }
            if (IsCountryOnly(a) && CountryMatchOf(a.Key) is { Kind: not CountryNameKind.Capital } c)
            {
                return c.Country.Iso3;
            }
        }
        return null;
    }

    /// <summary>The story's own country for a definite bare title of a state sector ("the army chief of staff"), or null.</summary>
    private string? DefaultCountryOfTitle(Phrase p, string sector) =>
        _defaultSource is "dateline" or "focus" && p.Modifiers.Count == 0 && p.Owner is null && sector is "GOV" or "MIL" or "COP" or "JUD" or "SPY"
        && p.Agents[0].First > 0 && TokenIs(p.Agents[0].First - 1, "the") ? _defaultCountry : null;

    /// <summary>
    /// "the government of the late Libyan leader Muammar Gaddafi", "the regime of Bashar al-Assad": a state's government named
    /// by its ruler is that state's (was the dateline's).
    /// </summary>
    private ActorRef? RulerAfterOf(Phrase p)
    {
        if (p.Modifiers.Count != 0 || p.Owner is not null || p.NameAtom is not null || !TokenIs(p.End, "of")
            || p.Agents[^1].Key is not ("government" or "regime" or "administration" or "cabinet")
            || _phrases.IndexOf(p) + 1 is var next && next >= _phrases.Count)
        {
            return null;
        }
        var q = _phrases[next];
        for (var t = p.End + 1; t < q.First; t++)
        {
            if (!(TokenIs(t, "the") || TokenIs(t, "late") || TokenIs(t, "ousted") || TokenIs(t, "former")) || q.First - p.End > 4)
            {
                return null;
            }
        }
        return !q.Resolving && Resolve(q) is { Type: EntityType.Person, Actor: { Country: { Length: 3 } state } ruler }
            && state != KnowledgeBase.UnknownCountry && ruler.Sectors.Contains("GOV")
            ? Ref(state + "GOV", state, "GOV", null, null)
            : null;
    }

    /// <summary>
    /// The state or international body named right after a sent person's title and "from" ("envoy from ASEAN", "officials from the
    /// United States", "a delegation from the African Union"): its actor, or null.
    /// </summary>
    private ActorRef? SenderAfterFrom(Phrase p)
    {
        if (p.Modifiers.Count != 0 || p.Owner is not null || p.NameAtom is not null || p.Agents.Count == 0 || !TokenIs(p.End, "from")
            || LastWord(p.Agents[^1].Key) is not ("envoy" or "envoys" or "delegation" or "delegations" or "delegate" or "delegates" or "official"
                or "officials" or "diplomat" or "diplomats" or "representative" or "representatives" or "mediator" or "mediators" or "negotiator"
                or "negotiators" or "observer" or "observers" or "monitor" or "monitors" or "inspector" or "inspectors" or "minister" or "ministers"))
        {
            return null;
        }
        if (PhraseAfterMarker(p) is not { Agents.Count: 0 } q)
        {
            return null;
        }
        return Resolve(q).Actor is { Country: { Length: 3 } country } sender
            && (country != KnowledgeBase.UnknownCountry && sender.Sectors.Count == 0 || sender.Code.StartsWith("IGO", StringComparison.Ordinal))
            ? sender
            : null;
    }

    /// <summary>The next phrase when it follows <paramref name="p"/>'s marker word ("from", "at") and an optional "the"; null otherwise.</summary>
    private Phrase? PhraseAfterMarker(Phrase p)
    {
        var index = _phrases.IndexOf(p);
        var start = TokenIs(p.End + 1, "the") ? p.End + 2 : p.End + 1;
        return index + 1 < _phrases.Count && _phrases[index + 1] is { Resolving: false } q && q.First == start ? q : null;
    }

    /// <summary>
    /// The body people of an office work at: "prosecutors at the International Criminal Court", "officials at the U.S. Treasury" (a
    /// public body or an international organisation right after "at"); null otherwise, and for places ("officials at the border").
    /// </summary>
    private ActorRef? BodyAfterAt(Phrase p)
    {
        if (p.Modifiers.Count != 0 || p.Owner is not null || p.NameAtom is not null || p.Agents.Count == 0 || !TokenIs(p.End, "at")
            || LastWord(p.Agents[^1].Key) is not ("official" or "officials" or "prosecutor" or "prosecutors" or "judge" or "judges" or "diplomat"
                or "diplomats" or "staff" or "staffer" or "staffers" or "investigator" or "investigators" or "inspector" or "inspectors" or "lawyer"
                or "lawyers" or "economist" or "economists" or "analyst" or "analysts" or "researcher" or "researchers" or "expert" or "experts"))
        {
            return null;
        }
        if (PhraseAfterMarker(p) is not { } q)
        {
            return null;
        }
        return Resolve(q).Actor is { } body && (body.Sectors.Count > 0 || body.Code.StartsWith("IGO", StringComparison.Ordinal))
            && body.Code != ActorRef.Unknown.Code && body.Country is { Length: 3 } ? body : null;
    }

    /// <summary>
    /// "The Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS)": a body
    /// word followed by a chain of of-phrases that ends in an international organisation is that organisation's organ (was
    /// the dateline's government, NGAGOV, and so was every later "The Authority").
    /// </summary>
    private ActorRef? OrganizationAfterOf(Phrase p)
    {
        if (p.Modifiers.Count != 0 || p.Owner is not null || p.NameAtom is not null || !TokenIs(p.End, "of") || AgentType(p) != EntityType.Organization)
        {
            return null;
        }
        var index = _phrases.IndexOf(p);
        var end = p.End;
        for (var j = index + 1; j < _phrases.Count && j <= index + 3; j++)
        {
            var q = _phrases[j];
            for (var t = end; t < q.First; t++)
            {
                if (!(TokenIs(t, "of") || TokenIs(t, "and") || TokenIs(t, "the")) || q.First - end > 3)
                {
                    return null;
                }
            }
            if (q.Resolving)
            {
                return null;
            }
            if (Resolve(q).Actor is { } organ && organ.Code.StartsWith("IGO", StringComparison.Ordinal))
            {
                return organ with { Role = null };
            }
            end = q.End;
        }
        return null;
    }

    /// <summary>A resolution that took the story's default country, not one the text gave.</summary>
    private static bool IsGuess(Resolved r) =>
        r.Rule.Contains("default", StringComparison.Ordinal) || r.Rule.Contains("local", StringComparison.Ordinal);

    /// <summary>
    /// "X said at a meeting with security officials": the country of the person whose clause the "at a meeting with" phrase
    /// belongs to, when the text placed that person; null otherwise.
    /// </summary>
    private string? HostOfMeeting(Phrase p)
    {
        var with = p.First - 1;
        if (_deps is null || with < 3 || !TokenIs(with, "with") || !TokenIs(with - 1, "meeting") || !TokenIs(with - 3, "at"))
        {
            return null;
        }
        var verb = _deps.HeadOf(with - 1);
        if (verb < 0)
        {
            return null;
        }
        return SubjectCountry(p, verb, r => r.Type == EntityType.Person, named: true);
    }

    /// <summary>
    /// The country of the subject of <paramref name="verb"/> (a phrase other than <paramref name="p"/>, before the verb, that the text
    /// placed in a known country) when <paramref name="accept"/> takes its resolution (only phrases with a name when
    /// <paramref name="named"/>); null otherwise.
    /// </summary>
    private string? SubjectCountry(Phrase p, int verb, Func<Resolved, bool> accept, bool named = false)
    {
        for (var k = _sentences[p.Sentence].FirstToken; k < verb; k++)
        {
            if (_deps!.HeadOf(k) != verb || !_deps.RelationOf(k).StartsWith("nsubj", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var q in _phrases)
            {
                if (q != p && q.First <= k && k < q.End && (!named || q.NameAtom is not null) && !q.Resolving
                    && Resolve(q) is { Actor: { Country: { Length: 3 } country } } r && country != KnowledgeBase.UnknownCountry && accept(r))
                {
                    return country;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The state of the official or body that is the subject of the clause the phrase's own clause is coordinated with ("the
    /// Chinese government has advised ..., the education ministry has warned ..."), when the text placed it and it is not the
    /// story's default country; null otherwise.
    /// </summary>
    private string? ParallelClauseCountry(Phrase p)
    {
        if (_deps is null || _defaultCountry is null || PluralRole(p.Agents[^1]))
        {
            return null; // (not "the two leaders", who are both sides)
        }
        var head = p.End - 1;
        for (var t = p.First; t < p.End; t++)
        {
            if (_deps.HeadOf(t) < p.First || _deps.HeadOf(t) >= p.End)
            {
                head = t;
                break;
            }
        }
        if (!_deps.RelationOf(head).StartsWith("nsubj", StringComparison.Ordinal) || _deps.HeadOf(head) is not (var verb and >= 0)
            || !(_deps.RelationIds[verb] == _conj || _deps.RelationOf(verb) == "parataxis" && !ReportingForms.Contains(TextOf(verb).ToString()))
            || _deps.HeadOf(verb) is not (var first and >= 0) || first >= p.First)
        {
            return null; // (not "Chinese troops crossed the line, the defence ministry said": the reporter is the story's)
        }
        return SubjectCountry(p, first, r => !IsGuess(r) && r.Actor!.Country != _defaultCountry
            && r.Actor.Sectors.Any(s => s is "GOV" or "MIL" or "COP" or "JUD" or "SPY"));
    }

    /// <summary>
    /// The country of the government body whose act a spokesperson reports: <paramref name="p"/> is a spokesperson after a comma
    /// and before a reporting verb ("told", "said"), and the sentence's main clause before it has a government body or official
    /// the text placed as its subject ("the Russian foreign ministry summoned ..., spokeswoman Yelena Kravtsova told"); null
    /// otherwise. (Not troops or police: "Chinese troops crossed the line, a spokesman said" may be reported by the other side.)
    /// </summary>
    private string? SpokenForBody(Phrase p)
    {
        if (_deps is null || LastWord(p.Agents[^1].Key) is not ("spokesman" or "spokeswoman" or "spokesperson"))
        {
            return null;
        }
        // Read on the surface, ", spokeswoman Yelena Kravtsova told ...": the parser often hangs such a trailing reporter anywhere.
        var sentenceFirst = _sentences[p.Sentence].FirstToken;
        var reporting = p.End < sentenceFirst + _sentences.TokenCountOf(p.Sentence) && ReportingForms.Contains(TextOf(p.End).ToString());
        if (!reporting || p.First - 1 <= sentenceFirst || TextOf(p.First - 1) is not ",")
        {
            return null;
        }
        var reported = -1;
        for (var k = sentenceFirst; k < p.First; k++)
        {
            if (_deps.HeadOf(k) < 0)
            {
                reported = k; // (the last root: a dateline is a root of its own)
            }
        }
        if (reported < 0)
        {
            return null;
        }
        return SubjectCountry(p, reported, r => !IsGuess(r) && r.Actor!.Sectors.Contains("GOV"));
    }

    private static readonly HashSet<string> ReportingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "reported", "reports", "noted", "notes", "claimed",
        "claims", "confirmed", "confirms", "wrote", "writes", "announced", "announces", "according",
    };

    /// <summary>The country of the last opposition figure or party before <paramref name="p"/> the text placed, or null.</summary>
    private string? EarlierOpposition(Phrase p)
    {
        for (var i = _phrases.IndexOf(p) - 1; i >= 0; i--)
        {
            if (_phrases[i].Result is { Actor: { Sectors: var sectors, Country: { Length: 3 } country } } r && sectors.Contains("OPP")
                && country != KnowledgeBase.UnknownCountry && !IsGuess(r))
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>A member of <paramref name="court"/>: the international court itself, or its country's judiciary.</summary>
    private ActorRef CourtMember(ActorRef court, string sector, string? name, string? role) =>
        court.Country is { } country && country != KnowledgeBase.UnknownCountry
            ? Ref(country + sector, country, sector, name, role)
            : court with { Name = name ?? court.Name, Role = role };

    /// <summary>
    /// The peacekeeping force the text named before <paramref name="p"/> (an organisation the knowledge base gives a military
    /// sector: MINUSMA, UNIFIL, AMISOM, UN peacekeeping), or UN peacekeeping when it named only the United Nations; null when
    /// it named neither.
    /// </summary>
    private ActorRef? PeacekeepingBodyBefore(Phrase p)
    {
        var un = false;
        for (var i = _phrases.IndexOf(p) - 1; i >= 0; i--)
        {
            if (_phrases[i].Result is not { Actor: { } actor } || !actor.Code.StartsWith("IGO", StringComparison.Ordinal))
            {
                continue;
            }
            if (_kb.FindOrganization(actor.Code)?.Sectors.Contains("MIL") == true)
            {
                return actor;
            }
            un |= actor.Code.StartsWith("IGOUNO", StringComparison.Ordinal);
        }
        return un && _kb.FindOrganization("IGOUNOPKO") is { } pko ? OrgRef(pko, null) : null;
    }

    /// <summary>
    /// The last court or judge before <paramref name="p"/> that the text placed in a country, or an international
    /// court ("the International Criminal Court ... The judges"), or null.
    /// </summary>
    private ActorRef? EarlierCourt(Phrase p)
    {
        var domesticGuess = false; // a court the text did not place, after an international one, may be a domestic court
        var section = SectionStart(p.Sentence); // (not an earlier item's: "CAIRO: An Egyptian court ... LONDON: ... the judges")
        for (var i = _phrases.IndexOf(p) - 1; i >= 0 && _phrases[i].Sentence >= section; i--)
        {
            if (_phrases[i].Result is not { Actor: { Sectors: var sectors, Country: { Length: 3 } country } actor } r)
            {
                continue;
            }
            var guessed = IsGuess(r);
            if (sectors.Contains("JUD") && country != KnowledgeBase.UnknownCountry)
            {
                if (!guessed)
                {
                    return actor;
                }
                domesticGuess = true;
            }
            else if (!domesticGuess && actor.Code.StartsWith("IGO", StringComparison.Ordinal) && _kb.FindOrganization(actor.Code)?.Sectors.Contains("JUD") == true)
            {
                return actor;
            }
        }
        return null;
    }

    /// <summary>
    /// The named person who holds <paramref name="role"/> in this document: the nearest before the title, else the
    /// first after it with exactly that role (a headline's "Foreign Secretary meets ..." before the body names him).
    /// </summary>
    private Resolved? NamedHolder(Phrase p, string role)
    {
        var index = _phrases.IndexOf(p);
        for (var i = index - 1; i >= 0; i--)
        {
            if (Holder(_phrases[i], role, exact: false) is { } earlier)
            {
                return earlier;
            }
        }
        for (var i = index + 1; i < _phrases.Count; i++)
        {
            if (Holder(_phrases[i], role, exact: true) is { } later)
            {
                return later;
            }
        }
        return null;
    }

    /// <summary>The person <paramref name="q"/> names, when their role is <paramref name="role"/> ("Foreign Minister" also for "minister" unless exact).</summary>
    private Resolved? Holder(Phrase q, string role, bool exact)
    {
        if (q.NameAtom is null || q.Resolving)
        {
            return null;
        }
        var r = Resolve(q);
        if (r.Type != EntityType.Person || r.Name is null || r.Role is not { } held || r.Actor is not { } actor || actor.Country == KnowledgeBase.UnknownCountry)
        {
            return null;
        }
        // (The head of a title with "of" is before it: "Minister of Foreign Affairs" is a minister, "Secretary of State" no state.)
        var head = held.IndexOf(" of ", StringComparison.OrdinalIgnoreCase) is var of and > 0 ? held[..of] : held;
        return held.Equals(role, StringComparison.OrdinalIgnoreCase)
            || (!exact && head.Length > role.Length && head.EndsWith(role, StringComparison.OrdinalIgnoreCase) && head[head.Length - role.Length - 1] == ' ')
            // (or another office the person holds on the story's date: "Prince Mohammed bin Salman ... The Crown Prince and the
            // Chinese President then held official talks", his shown role being Prime Minister)
            || _date is { } day && _kb.GetPersonRoles(r.Name).Any(o => o.Role.Equals(role, StringComparison.OrdinalIgnoreCase) && o.Valid.Contains(day))
            ? r : null;
    }

    /// <summary>An organisation's written name contains the role word: "International Court of Justice" and "court".</summary>
    private bool NamesRoleWord(Phrase q, string key)
    {
        for (var t = q.First; t < q.End; t++)
        {
            if (TextOf(t).Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Adjectives that place a role noun abroad or in several countries at once.</summary>
    private static readonly HashSet<string> ForeignQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "western", "european", "african", "asian", "arab", "gulf", "latin", "nordic", "baltic", "balkan", "scandinavian", "foreign",
        "international", "regional", "global", "multinational", "overseas", "allied", "eastern", "central", "transatlantic", "pan-african",
        "middle", "south-east", "southeast", "world",
    };

    /// <summary>Whether the text names the organisation (by any of its names or acronyms).</summary>
    private bool NamesOrganization(Organization body) =>
        _atoms.Any(a => (a.Kinds & PhraseKinds.Organization) != 0 && _kb.FindOrganization(a.Text) == body);

    /// <summary>
    /// The coded world region that qualifies the role words, if one does and nothing widens it: "West African leaders"
    /// (WAF), "Gulf Arab states" (PGS), "leaders in Europe" (EUR); not "foreign diplomats", "international and European
    /// donors" or "European and Asian leaders" (several regions, or none).
    /// </summary>
    private WorldRegion? RegionQualifier(Phrase p)
    {
        if (p.Modifiers.Count > 0 || p.Owner is not null)
        {
            return null;
        }
        if (!p.IsPluralAgent && StateNouns.Contains(LastWord(p.Agents[^1].Key)))
        {
            return null; // "thanked the Gulf state for its help": one state of the region, named before (coreference), not the region's
        }
        if (RegionAfterIn(p) is { } place)
        {
            return _kb.FindWorldRegion(place.Text) is { Code.Length: 3 } r ? r : null;
        }
        foreach (var t in QualifierWords(p))
        {
            if (_atoms.Any(a => a.First <= t && t < a.End && !a.WorldRegion))
            {
                return null; // "an African Union force" is the Union's
            }
            // "West African", "Latin American": an adjective of two words first, then one ("European", "Gulf").
            var text = TextOf(t);
            var words = 2;
            var region = t > 0 ? _kb.FindWorldRegionByAdjective(SpanText(t - 1, t + 1)) : null;
            if (region is null && ForeignQualifiers.Contains(text.ToString()))
            {
                words = 1;
                region = _kb.FindWorldRegionByAdjective(text.ToString());
                if (region is null && !text.Equals("arab", StringComparison.OrdinalIgnoreCase))
                {
                    return null; // "foreign", "international", "world": no one region
                }
            }
            if (region is null)
            {
                continue; // "Western security officials", "Gulf Arab states"
            }
            if (region.Code.Length != 3)
            {
                return null;
            }
            var before = t - words;
            return TokenIs(before, "and") || TokenIs(before, "or") || before >= 0 && TextOf(before) is "," ? null : region;
        }
        return null;
    }

    /// <summary>The world region named by "in" right after the phrase ("Leaders in Europe"), or null.</summary>
    private Atom? RegionAfterIn(Phrase p) => TokenIs(p.End, "in") ? _atoms.FirstOrDefault(a => a.First == p.End + 1 && a.WorldRegion) : null;

    /// <summary>
    /// The words that may qualify the phrase's role words, nearest first: up to four adjectives and nouns before them, up to an
    /// article, a preposition, a conjunction or a punctuation mark (only over the phrase's modifiers: "the first nation in the world
    /// to grant all women the right to vote").
    /// </summary>
    private IEnumerable<int> QualifierWords(Phrase p)
    {
        var first = p.Agents[0].First;
        for (var t = first - 1; t >= 0 && t >= first - 4; t--)
        {
            var text = TextOf(t);
            if (text.Length == 0 || !char.IsLetter(text[0]) || TokenIs(t, "the") || TokenIs(t, "of") || TokenIs(t, "and") || TokenIs(t, "in")
                || _pos is not null && _pos.UposOf(t) is not (Upos.ADJ or Upos.NOUN or Upos.PROPN))
            {
                yield break;
            }
            yield return t;
        }
    }

    /// <summary>"Western politicians", "Central European populist leaders", "foreign diplomats": a regional or foreign qualifier before the role words.</summary>
    private bool ForeignQualified(Phrase p)
    {
        if (p.Modifiers.Count > 0 || p.Owner is not null)
        {
            return false;
        }
        if (p.End + 2 < _tokens.Count && TokenIs(p.End, "in") && TokenIs(p.End + 1, "the") && TokenIs(p.End + 2, "region"))
        {
            return true; // "conservative leaders in the region", "countries in the region": its neighbours, not the story's country
        }
        if (RegionAfterIn(p) is not null)
        {
            return true; // "Leaders in Europe condemned the attack": many countries' leaders, not the story's
        }
        // "Central" and "Eastern" alone are compass words of a country ("central Somalia"): only before "European", "Asian"...
        return QualifierWords(p).Any(t => ForeignQualifiers.Contains(TextOf(t).ToString())
            && !(TokenIs(t, "central") || TokenIs(t, "eastern") || TokenIs(t, "middle") || TokenIs(t, "southeast") || TokenIs(t, "south-east")));
    }

    private string? CountryInPlaceAfter(Phrase p) => CountryInPlaceAt(p.End);

    /// <summary>
    /// The country of a country or capital named from token <paramref name="end"/> on by "in", "near", "around" or "on the
    /// outskirts of": "officials in Washington", "the rebels on the outskirts of Bangui", "the Ministry of Defence in London".
    /// </summary>
    private string? CountryInPlaceAt(int end)
    {
        var t = end + 1;
        if (t + 3 < _tokens.Count && TokenIs(end, "on") && TokenIs(end + 1, "the") && TokenIs(end + 2, "outskirts") && TokenIs(end + 3, "of"))
        {
            t = end + 4; // "the rebels on the outskirts of Bangui"
        }
        else if (end + 1 >= _tokens.Count || !(TokenIs(end, "in") || TokenIs(end, "near") || TokenIs(end, "around")))
        {
            return null;
        }
        t = TokenIs(t, "the") ? t + 1 : t;
        return CountryAtomAt(t) is { } other && CountryMatchOf(other.Key) is { } m ? m.Country.Iso3 : null;
    }

    /// <summary>
    /// "In Baku, people waving Azerbaijani flags poured into the streets", "In Moscow, officials said": the country of the
    /// place a sentence opens with ("In X,"), for the agents of that sentence; null otherwise.
    /// </summary>
    private string? CountryOfOpeningPlace(Phrase p)
    {
        var first = _sentences[p.Sentence].FirstToken;
        if (!TokenIs(first, "in") || p.First <= first + 2)
        {
            return null;
        }
        foreach (var place in _atoms)
        {
            if (place.First == first + 1 && place.End < p.First && TextOf(place.End) is ",")
            {
                return CountryOfPlace(place);
            }
        }
        return null;
    }

    /// <summary>The country a place atom names: a country, a capital, or a place the gazetteer knows; null otherwise.</summary>
    private string? CountryOfPlace(Atom place) =>
        IsCountryOnly(place) && CountryMatchOf(place.Key) is { } m ? m.Country.Iso3
        : place.Source == AtomSource.Ner && place.Ner == NerType.Location ? PlaceOwnerCountry(place)
        : CountryMatchOf(place.Key) is { Kind: CountryNameKind.Capital } capital ? capital.Country.Iso3 : null;

    /// <summary>"he was flown to Baku, where prosecutors charged him": the country of the place a "where" clause hangs on, or null.</summary>
    private string? CountryOfWherePlace(Phrase p)
    {
        var where = TokenIs(p.First - 1, "the") ? p.First - 2 : p.First - 1;
        if (where < 2 || !TokenIs(where, "where") || TextOf(where - 1) is not ",")
        {
            return null;
        }
        foreach (var place in _atoms)
        {
            if (place.End == where - 1)
            {
                return CountryOfPlace(place);
            }
        }
        return null;
    }

    /// <summary>
    /// The first country or international organisation named by an "in" phrase in the noun phrase's tail, read across
    /// coordinated nouns and of/for/in phrases ("officials and businesspeople in charge of foreign trade and commerce in
    /// the EU, Belgium"), and only when it names a country other than the story's default; the tail stops at a verb, an
    /// infinitive, other prepositions and sentence punctuation.
    /// </summary>
    private (string? Country, ActorRef? Actor)? PlaceInTail(Phrase p)
    {
        if (_pos is null)
        {
            return null;
        }
        for (var t = p.End; t < _tokens.Count && t < p.End + 14; t++)
        {
            if (TokenIs(t, "in") && t + 1 < _tokens.Count)
            {
                var place = TokenIs(t + 1, "the") ? t + 2 : t + 1;
                foreach (var other in _atoms)
                {
                    if (other.First != place)
                    {
                        continue;
                    }
                    var owner = OwnerOf(other);
                    if (owner.Actor is { } org && org.Code.StartsWith("IGO", StringComparison.Ordinal))
                    {
                        return (null, org);
                    }
                    if (owner.Country is { } c && c != KnowledgeBase.UnknownCountry && c != _defaultCountry)
                    {
                        return (c, null);
                    }
                    return null;
                }
                continue;
            }
            var x = _pos.XposOf(t);
            if (x is not ("DT" or "JJ" or "NN" or "NNS" or "CC" or "," or "HYPH" or "CD" or "IN") || x == "IN" && !TokenIs(t, "of") && !TokenIs(t, "for"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"the Ministry of Health of Syria": the country named right after "of".</summary>
    private string? CountryAfterOf(Atom a)
    {
        if (a.End + 1 >= _tokens.Count || !TokenIs(a.End, "of"))
        {
            return null;
        }
        var t = TokenIs(a.End + 1, "the") ? a.End + 2 : a.End + 1;
        foreach (var other in _atoms)
        {
            if (other.First == t && IsCountryOnly(other) && CountryMatchOf(other.Key) is { Kind: CountryNameKind.Name or CountryNameKind.Variant } m)
            {
                return m.Country.Iso3;
            }
        }
        return null;
    }

    /// <summary>
    /// "the National Civil Registry", "the National Electoral Council", "the Supreme Electoral Tribunal", "the State Security Service":
    /// a name the dictionary does not know that says it is a national body of the state (its first word) and what kind (its last) is
    /// the story's country's body (issue: unqualified government bodies take the dateline's country). The sector, or null.
    /// </summary>
    private static string? NationalBodySector(string text)
    {
        var name = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        var space = name.IndexOf(' ');
        var last = name.LastIndexOf(' ');
        if (space < 0 || name[..space] is not ("National" or "State" or "Federal" or "Supreme" or "Constitutional" or "Central" or "Presidential"))
        {
            return null;
        }
        return name[(last + 1)..] switch
        {
            "Registry" or "Commission" or "Council" or "Authority" or "Agency" or "Office" or "Service" or "Bureau" or "Directorate"
                or "Board" or "Secretariat" or "Inspectorate" or "Administration" => "GOV",
            "Court" or "Tribunal" => "JUD",
            "Assembly" or "Congress" or "Parliament" => "LEG",
            _ => null,
        };
    }

    private static bool IsMinistryName(string text) =>
        text.StartsWith("Ministry of ", StringComparison.Ordinal) || text.StartsWith("Department of ", StringComparison.Ordinal) ||
        text.EndsWith(" Ministry", StringComparison.Ordinal);

    /// <summary>
    /// "U.S. Commerce Department", "Philippine Energy Department": a department the text puts in a country is its
    /// government's (it was the bare country). Only with the country stated: a company or a university has departments too,
    /// and a police or fire department is no ministry.
    /// </summary>
    private static bool IsDepartmentName(string text) =>
        text.EndsWith(" Department", StringComparison.Ordinal) && !text.EndsWith("Police Department", StringComparison.Ordinal)
        && !text.EndsWith("Fire Department", StringComparison.Ordinal) && !text.EndsWith("Sheriff's Department", StringComparison.Ordinal)
        && !text.EndsWith("Sheriff\u2019s Department", StringComparison.Ordinal);

    /// <summary>
    /// Metonymy: is this place the subject of a verb ("Moscow said"), a possessor ("Moscow's
    /// cooperation") or conjoined with such a subject ("Washington and Moscow agreed")?
    /// </summary>
    /// <summary>A one-word name that is the object of a verb ("accusing Brussels of blackmail").</summary>
    private bool IsObject(Atom a) =>
        _deps is not null && a.End == a.First + 1 && _deps.RelationOf(a.First) is "obj" or "iobj" && _deps.HeadOf(a.First) is var verb and >= 0
        && (_pos is null || _pos.UposOf(verb) == Upos.VERB);

    private bool IsActing(Atom a)
    {
        if (a.End < _tokens.Count && IsPossessive(TextOf(a.End)))
        {
            return true;
        }
        if (_deps is not null)
        {
            var h = a.End - 1;
            for (var t = a.First; t < a.End; t++)
            {
                var head = _deps.HeadOf(t);
                if (head < a.First || head >= a.End)
                {
                    h = t;
                    break;
                }
            }
            var rel = _deps.RelationIds[h];
            if (rel == _conj && _deps.HeadOf(h) >= 0)
            {
                h = _deps.HeadOf(h);
                rel = _deps.RelationIds[h];
            }
            if (rel == _poss)
            {
                return true;
            }
            if ((rel == _nsubj || rel == _nsubjPass) && _deps.HeadOf(h) is var verb and >= 0)
            {
                return _pos is null || _pos.UposOf(verb) is Upos.VERB or Upos.AUX ||
                    (_pos.UposOf(verb) is Upos.NOUN or Upos.ADJ); // copula clauses: "Moscow is ready"
            }
            // "tension with Washington, which claims ...": the place is the subject of its relative clause.
            var pronoun = a.End < _tokens.Count && TextOf(a.End) is "," ? a.End + 1 : a.End;
            return pronoun < _tokens.Count && TextOf(pronoun) is "which" or "who" && (_deps.RelationIds[pronoun] == _nsubj)
                && _deps.HeadOf(pronoun) is var relVerb and >= 0 && (_pos is null || _pos.UposOf(relVerb) is Upos.VERB or Upos.AUX);
        }
        if (a.End >= _tokens.Count || a.End >= _sentences.FirstTokenOf(a.Sentence) + _sentences.TokenCountOf(a.Sentence))
        {
            return false;
        }
        if (a.First > 0 && Prepositions.Contains(TextOf(a.First - 1).ToString()))
        {
            return false; // "a visit to Moscow has ..."
        }
        if (_pos is not null)
        {
            return _pos.UposOf(a.End) is Upos.VERB or Upos.AUX;
        }
        return SurfaceActionVerbs.Contains(TextOf(a.End).ToString());
    }

    // ------------------------------------------------------------------ 6. output

    private (EntityLayer, PlaceLayer, ActorIndexLayer) Output()
    {
        _phrases.Sort(static (a, b) => a.First.CompareTo(b.First));
        var mentions = new List<EntityMention>(_phrases.Count);
        var first = new List<int>(_phrases.Count);
        var end = new List<int>(_phrases.Count);
        var head = new List<int>(_phrases.Count);
        var rules = new List<string>(_phrases.Count);
        var places = new List<GeoPlace>();
        var seen = new HashSet<(string, string?)>();
        if (_datelinePlace is not null && seen.Add((_datelinePlace.Name, _datelinePlace.Country)))
        {
            places.Add(_datelinePlace);
        }
        foreach (var (_, _, sectionPlace) in _sections)
        {
            if (sectionPlace is not null && seen.Add((sectionPlace.Name, sectionPlace.Country)))
            {
                places.Add(sectionPlace);
            }
        }
        var lastEnd = -1;
        foreach (var p in _phrases)
        {
            var r = p.Result!;
            if (p.First < lastEnd || p.End <= p.First)
            {
                continue; // overlapping phrases cannot happen by construction; keep the output well-formed regardless
            }
            lastEnd = p.End;
            var span = TextSpan.FromBounds(_tokens.Starts[p.First], _tokens.Ends[p.End - 1]);
            mentions.Add(new EntityMention(span, r.Type, _doc.Text.Substring(span.Start, span.Length), r.Name, r.Role, r.Actor, r.Place));
            first.Add(p.First);
            end.Add(p.End);
            head.Add(HeadOf(p));
            rules.Add(r.Rule);
            if (r.Place is { Latitude: not null } place && seen.Add((place.Name, place.Country)))
            {
                places.Add(place);
            }
        }
        var entities = new EntityLayer(mentions);
        var issuer = _issuerCountry is null ? null : Ref(_issuerCountry + _issuerSector, _issuerCountry, _issuerSector, null, null);
        var index = new ActorIndexLayer(entities, [.. first], [.. end], [.. head], [.. rules], _tokens.Count,
            _datelinePlace, _defaultCountry, _defaultSource, issuer);
        return (entities, new PlaceLayer(places), index);
    }
}
