using System.Collections.Frozen;
using EventDesk.Knowledge;

namespace EventDesk.Coding.Actors;

/// <summary>What a knowledge-base phrase can stand for. A phrase may be several ("Security Council": IGO and agent).</summary>
[Flags]
internal enum PhraseKinds : ushort
{
    None = 0,
    /// <summary>The key is a word-boundary prefix of a longer phrase (keep extending the match).</summary>
    Prefix = 1 << 0,
    Country = 1 << 1,
    Metonym = 1 << 2,
    Organization = 1 << 3,
    ArmedGroup = 1 << 4,
    Person = 1 << 5,
    Agent = 1 << 6,
    Imported = 1 << 7,
    /// <summary>
    /// A world region ("Latin America", "the Middle East"): no actor, but it keeps "America" from being the US; or a
    /// state or province of regions.tsv ("Borno", "Tigray"), located in its country.
    /// </summary>
    Region = 1 << 8,

    /// <summary>Kinds that are proper names: matched only when the text is capitalised ("us" is not the US).</summary>
    Named = Country | Metonym | Organization | ArmedGroup | Person | Imported | Region,
}

/// <summary>
/// Every name the knowledge base knows, compiled for longest-match scanning over tokens:
/// normalised phrase keys (<see cref="KeyNormalizer"/>, leading "the" removed) with their kinds, all
/// word-boundary prefixes, and a case-sensitive table of acronyms ("WHO", "US", "CSTO"). Lookups
/// take spans, so scanning does not allocate. Built once per <see cref="KnowledgeBase"/>; immutable
/// and thread-safe.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly FrozenDictionary<string, PhraseKinds> _phrases;
    private readonly FrozenDictionary<string, PhraseKinds>.AlternateLookup<ReadOnlySpan<char>> _phraseSpans;
    private readonly FrozenDictionary<string, PhraseKinds> _acronyms;
    private readonly FrozenDictionary<string, PhraseKinds>.AlternateLookup<ReadOnlySpan<char>> _acronymSpans;

    private readonly FrozenDictionary<string, PersonRole[]> _surnames;

    public PhraseIndex(KnowledgeBase kb)
    {
        var phrases = new Dictionary<string, PhraseKinds>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, PhraseKinds>(StringComparer.Ordinal);
        var maxWords = 1;

        void Add(string name, PhraseKinds kind, bool allowAcronym = true)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return;
            }
            if (allowAcronym && IsAcronymAlias(name))
            {
                var ak = name.Replace(".", "", StringComparison.Ordinal).Trim();
                acronyms[ak] = acronyms.GetValueOrDefault(ak) | kind;
                if (ak.Length < 4)
                {
                    return; // short acronyms only match case-sensitively
                }
            }
            var key = KeyNormalizer.Normalize(name);
            if (key.StartsWith("the ", StringComparison.Ordinal))
            {
                key = key[4..];
            }
            if (key.Length == 0)
            {
                return;
            }
            phrases[key] = phrases.GetValueOrDefault(key) | kind;
            var words = 1;
            for (var i = 0; i < key.Length; i++)
            {
                // (A bracketed word is a token of its own, written against its brackets: "cpn (maoist)" is matched through
                // "cpn", "cpn (" and "cpn (maoist".)
                if (key[i] is ' ' or ')' || key[i] == '(' && i + 1 < key.Length)
                {
                    words += key[i] == ' ' ? 1 : 0;
                    var prefix = key[i] == '(' ? key[..(i + 1)] : key[..i];
                    phrases[prefix] = phrases.GetValueOrDefault(prefix) | PhraseKinds.Prefix;
                }
            }
            maxWords = Math.Max(maxWords, words);
        }

        foreach (var c in kb.Countries)
        {
            Add(c.Name, PhraseKinds.Country);
            Add(c.OfficialName, PhraseKinds.Country);
            foreach (var v in c.Variants) Add(v, PhraseKinds.Country);
            foreach (var d in c.Demonyms) Add(d, PhraseKinds.Country);
            foreach (var cap in c.Capitals) Add(cap, PhraseKinds.Country);
            // Upper-case ISO alpha-3 codes are accepted by FindCountryMatch; they are too noisy to scan for.
        }
        foreach (var r in kb.WorldRegions)
        {
            // Continents and world regions (world_regions.tsv), matched as one phrase so that a country inside is not coded
            // ("Latin America" is not the US, "South Asia" no country, "wars in Asia" no town called Asia), and the regional
            // adjectives of several words with a demonym inside ("South American leaders" are no Americans).
            foreach (var n in r.Names) Add(n, PhraseKinds.Region, allowAcronym: false);
            foreach (var a in r.Adjectives.Where(a => a.Contains(' '))) Add(a, PhraseKinds.Region, allowAcronym: false);
        }
        foreach (var r in kb.Regions)
        {
            // States and provinces (regions.tsv): places even when the entity tagger misses them ("in Borno state").
            foreach (var n in r.AllForms) Add(n, PhraseKinds.Region, allowAcronym: false);
        }
        foreach (var m in kb.Metonyms) Add(m.Name, PhraseKinds.Metonym);
        foreach (var o in kb.Organizations)
        {
            foreach (var a in o.Acronyms) Add(a, PhraseKinds.Organization);
            foreach (var n in o.Names.SelectMany(KnowledgeBase.SpellingVariants)) Add(n, PhraseKinds.Organization);
        }
        foreach (var g in kb.ArmedGroups)
        {
            foreach (var n in g.Names) Add(n, PhraseKinds.ArmedGroup);
        }
        var surnames = new Dictionary<string, List<PersonRole>>(StringComparer.Ordinal);
        foreach (var p in kb.People)
        {
            Add(p.Name, PhraseKinds.Person, allowAcronym: false);
            foreach (var v in p.Variants) Add(v, PhraseKinds.Person, allowAcronym: false);
            foreach (var n in p.Variants.Prepend(p.Name))
            {
                var key = KeyNormalizer.Normalize(n);
                var space = key.LastIndexOf(' ');
                // "Queen Elizabeth", "King Charles", "Pope Francis": after a monarch's or pope's title comes a given
                // name, not a surname ("Elizabeth Warren" is not the Queen).
                if (space > 0 && key.Length - space - 1 >= 4 && !GivenNameTitles.Contains(key[..key.IndexOf(' ')]))
                {
                    AddSurname(surnames, key[(space + 1)..], p);
                }
                // "Bashar al-Assad", "Abdel Fattah el-Sissi", "Hossein Amir-Abdollahian": a hyphenated last word is the
                // surname news writes alone ("al-Assad said"), besides its last part.
                var written = n.TrimEnd();
                var lastWord = written[(written.LastIndexOf(' ') + 1)..];
                if (lastWord.Contains('-') && space > 0 && KeyNormalizer.Normalize(lastWord) is { Length: >= 4 } hyphenated && hyphenated.Contains(' '))
                {
                    AddSurname(surnames, hyphenated, p);
                }
                // "Xi Jinping", "Kim Jong Un": the family name comes first, and news refers back to it ("Xi said").
                var first = key.IndexOf(' ');
                if (first > 0 && ResolverRun.FamilyNameFirst.Contains(key[..first]))
                {
                    AddSurname(surnames, key[..first], p);
                }
            }
        }
        _surnames = surnames.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        foreach (var a in kb.Agents)
        {
            Add(a.Term, PhraseKinds.Agent, allowAcronym: false);
            foreach (var pl in a.Plurals) Add(pl, PhraseKinds.Agent, allowAcronym: false);
        }
        foreach (var a in kb.ImportedActors)
        {
            Add(a.Name, PhraseKinds.Imported);
            foreach (var s in a.Synonyms) Add(s, PhraseKinds.Imported);
        }
        foreach (var a in kb.ImportedAgents)
        {
            Add(a.Term, PhraseKinds.Agent, allowAcronym: false);
            foreach (var pl in a.Plurals) Add(pl, PhraseKinds.Agent, allowAcronym: false);
        }

        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _phraseSpans = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _acronyms = acronyms.ToFrozenDictionary(StringComparer.Ordinal);
        _acronymSpans = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = maxWords;
    }

    /// <summary>The longest phrase in (normalised) words.</summary>
    public int MaxWords { get; }

    public int Count => _phrases.Count;

    /// <summary>Kinds of a normalised phrase key (may be only <see cref="PhraseKinds.Prefix"/>).</summary>
    public PhraseKinds Lookup(ReadOnlySpan<char> key) => _phraseSpans.TryGetValue(key, out var k) ? k : PhraseKinds.None;

    /// <summary>Kinds of an acronym written exactly so (periods removed by the caller).</summary>
    public PhraseKinds LookupAcronym(ReadOnlySpan<char> text) => _acronymSpans.TryGetValue(text, out var k) ? k : PhraseKinds.None;

    private static readonly HashSet<string> GivenNameTitles = new(StringComparer.Ordinal)
    {
        "queen", "king", "pope", "prince", "princess", "emir", "sheikh", "sultan", "crown", "empress", "emperor",
    };

    private static void AddSurname(Dictionary<string, List<PersonRole>> surnames, string surname, PersonRole p)
    {
        if (!surnames.TryGetValue(surname, out var list))
        {
            surnames[surname] = list = [];
        }
        if (!list.Contains(p))
        {
            list.Add(p);
        }
    }

    /// <summary>
    /// The one person with this surname (normalised key) holding a known role on the date; null when
    /// none or several do ("Putin" alone -> Vladimir Putin; "Khan" -> null).
    /// </summary>
    public PersonRole? FindBySurname(string surnameKey, DateOnly? date)
    {
        if (!_surnames.TryGetValue(surnameKey, out var roles))
        {
            return null;
        }
        PersonRole? found = null;
        foreach (var r in roles)
        {
            if (date is { } d ? !r.Valid.Contains(d) : !r.Valid.IsOpenEnded)
            {
                continue;
            }
            if (found is not null && found.Name != r.Name)
            {
                return null;
            }
            if (found is null || r.Valid.Span < found.Valid.Span)
            {
                found = r;
            }
        }
        return found;
    }

    /// <summary>
    /// The one person ever known with this surname whose last national role began before the date, as that role ("Trump"
    /// in 2022 -> Donald Trump's first presidency; "Blair" -> the British prime minister, not the later Quartet envoy);
    /// the latest of several who held roles of one state; null when nobody or people of several states bear it.
    /// </summary>
    public PersonRole? FindFormerBySurname(string surnameKey, DateOnly? date)
    {
        if (date is not { } d || !_surnames.TryGetValue(surnameKey, out var roles))
        {
            return null;
        }
        // (Several people of one state may share it: "the Bush administration" in 2010 is the latest Bush's, George W. Bush's.)
        // (A government is a leader's: "the Blair government" is Tony Blair's, not Canada's interior minister Bill Blair's.)
        var leaders = roles.Where(r => LeaderRoles.Contains(r.Role)).ToList();
        if (leaders.Count > 0)
        {
            roles = [.. leaders];
        }
        PersonRole? last = null;
        foreach (var r in roles)
        {
            if (r.Name != roles[0].Name && r.Iso3 != roles[0].Iso3)
            {
                return null;
            }
            if (!r.Iso3.StartsWith("IGO", StringComparison.Ordinal) && (r.Valid.Start ?? DateOnly.MinValue) <= d && (last is null || (r.Valid.Start ?? DateOnly.MinValue) > (last.Valid.Start ?? DateOnly.MinValue)))
            {
                last = r;
            }
        }
        return last;
    }

    /// <summary>Roles of a head of state or government, whose surname names a government ("the Blair government").</summary>
    private static readonly FrozenSet<string> LeaderRoles = new[]
    {
        "President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir", "Supreme Leader", "Acting President", "Interim President",
        "Transitional President", "Sultan", "Crown Prince", "Chief Executive",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitals of 2–8 letters/digits with optional periods: "WHO", "U.N.", "CSTO".</summary>
    internal static bool IsAcronymAlias(ReadOnlySpan<char> alias)
    {
        var letters = 0;
        var upper = 0;
        foreach (var ch in alias)
        {
            if (char.IsAsciiLetterUpper(ch))
            {
                letters++;
                upper++;
            }
            else if (char.IsAsciiDigit(ch))
            {
                letters++;
            }
            else if (ch is not ('.' or '&' or '-'))
            {
                return false;
            }
        }
        return letters is >= 2 and <= 8 && upper >= 1;
    }

    /// <summary>
    /// Appends the lookup key of one token to <paramref name="dest"/> the way <see cref="KeyNormalizer"/>
    /// does, without allocating for ASCII text. Returns the number of chars written, or -1 when the
    /// destination is too small.
    /// </summary>
    public static int AppendKey(ReadOnlySpan<char> token, Span<char> dest)
    {
        var n = 0;
        var pendingSpace = false;
        foreach (var c in token)
        {
            if (c >= 128)
            {
                return AppendSlow(token, dest);
            }
            if (c is ' ' or '\t' or '\r' or '\n' or '-' or '_' or '/')
            {
                pendingSpace = n > 0;
                continue;
            }
            if (c is '.' or '\'' or '`' or '"' or ',')
            {
                continue;
            }
            if (pendingSpace)
            {
                if (n >= dest.Length)
                {
                    return -1;
                }
                dest[n++] = ' ';
                pendingSpace = false;
            }
            if (n >= dest.Length)
            {
                return -1;
            }
            dest[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return n;
    }

    private static int AppendSlow(ReadOnlySpan<char> token, Span<char> dest)
    {
        var key = KeyNormalizer.Normalize(token);
        return key.AsSpan().TryCopyTo(dest) ? key.Length : -1;
    }
}
