using System.Collections.Frozen;
using System.Collections.Immutable;

namespace EventDesk.Knowledge;

/// <summary>What kind of dictionary entry resolved an actor mention.</summary>
public enum ActorSource { Person, Metonym, ArmedGroup, Organization, ImportedActor, Country }

/// <summary>
/// An actor resolved from a name: the CAMEO-style code ("RUSGOV", "IGOUNO", "AFGINS") and its parts,
/// with the dictionary entry that produced it (for provenance).
/// </summary>
public sealed record ActorMatch(string Code, string Country, string Sectors, string Name, string Role, ActorSource Kind, SourceRef Source);

/// <summary>
/// Countries, metonyms, organisations, armed groups, agents (role words) and people with dated roles,
/// compiled into frozen lookups keyed by <see cref="KeyNormalizer"/>. Immutable and thread-safe after load.
/// Entries from later paths given to <see cref="Load(string[])"/> take precedence over the defaults.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>Country code for an actor whose country is unknown.</summary>
    public const string UnknownCountry = "---";

    private readonly FrozenDictionary<string, Country> _byCode;
    private readonly FrozenDictionary<string, ImmutableArray<CountryMatch>> _countryNames;
    private readonly FrozenDictionary<string, ImmutableArray<Metonym>> _metonyms;
    private readonly FrozenDictionary<string, Organization> _orgAcronyms;
    private readonly FrozenDictionary<string, Organization> _orgNames;
    private readonly FrozenDictionary<string, Organization> _orgCodes;
    private readonly FrozenDictionary<string, ImmutableArray<ArmedGroup>> _groupAcronyms;
    private readonly FrozenDictionary<string, ImmutableArray<ArmedGroup>> _groupNames;
    private readonly FrozenDictionary<string, Agent> _agents;
    private readonly FrozenDictionary<string, ImmutableArray<PersonRole>> _people;
    private readonly FrozenDictionary<string, ImportedActor> _importedActors;
    private readonly FrozenDictionary<string, ImportedAgent> _importedAgents;
    private readonly FrozenDictionary<string, Region> _regions;
    private readonly FrozenDictionary<string, WorldRegion> _worldRegions;
    private readonly FrozenDictionary<string, WorldRegion> _worldRegionAdjectives;
    private readonly FrozenDictionary<string, FrozenSet<string>> _countryGroups;

    private KnowledgeBase(KnowledgeSources s)
    {
        Files = [.. s.Files];
        Warnings = [.. s.Warnings];
        Countries = [.. s.Countries.Select(x => x.Item)];
        Metonyms = [.. s.Metonyms.Select(x => x.Item)];
        Organizations = [.. s.Organizations.Select(x => x.Item)];
        ArmedGroups = [.. s.ArmedGroups.Select(x => x.Item)];
        Agents = [.. s.Agents.Select(x => x.Item)];
        People = [.. s.People.Select(x => x.Item)];
        ImportedActors = [.. s.ImportedActors.Select(x => x.Item)];
        ImportedAgents = [.. s.ImportedAgents.Select(x => x.Item)];
        Regions = [.. s.Regions.Select(x => x.Item)];
        WorldRegions = [.. s.WorldRegions.Select(x => x.Item)];
        Places = [.. s.Places.Select(x => x.Item)];

        // Countries: codes, then names ranked by kind, user layer, status and file order.
        var codes = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, List<(CountryMatch Match, int Layer, int Order)>>(StringComparer.Ordinal);
        var order = 0;
        foreach (var (layer, c) in s.Countries)
        {
            codes[c.Iso3] = c;
            codes[c.Iso2] = c;
            void AddName(string name, CountryNameKind kind)
            {
                var key = KeyNormalizer.Normalize(name);
                if (key.Length == 0)
                {
                    return;
                }
                if (!names.TryGetValue(key, out var list))
                {
                    names[key] = list = [];
                }
                var existing = list.FindIndex(x => x.Match.Country.Iso3 == c.Iso3);
                if (existing >= 0)
                {
                    if (list[existing].Match.Kind <= kind && list[existing].Layer >= layer)
                    {
                        return;
                    }
                    list.RemoveAt(existing);
                }
                list.Add((new CountryMatch(c, kind), layer, order++));
            }
            AddName(c.Name, CountryNameKind.Name);
            AddName(c.OfficialName, CountryNameKind.Name);
            foreach (var v in c.Variants) AddName(v, CountryNameKind.Variant);
            foreach (var d in c.Demonyms) AddName(d, CountryNameKind.Demonym);
            foreach (var cap in c.Capitals) AddName(cap, CountryNameKind.Capital);
        }
        _byCode = codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _countryNames = names.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value
                .OrderBy(x => x.Match.Kind)
                .ThenByDescending(x => x.Layer)
                .ThenBy(x => x.Match.Country.Status)
                .ThenBy(x => x.Order)
                .Select(x => x.Match)
                .ToImmutableArray(),
            StringComparer.Ordinal);

        _metonyms = GroupBy(s.Metonyms, m => [m.Name]);

        var orgAcr = new Dictionary<string, Organization>(StringComparer.Ordinal);
        var orgNames = new Dictionary<string, Organization>(StringComparer.Ordinal);
        var orgCodes = new Dictionary<string, Organization>(StringComparer.Ordinal);
        foreach (var (_, o) in s.Organizations) // later (user) entries overwrite earlier ones
        {
            orgCodes[o.Code] = o;
            foreach (var a in o.Acronyms)
            {
                orgAcr[AcronymKey(a)] = o;
                if (AcronymKey(a).Length >= 4)
                {
                    orgNames.TryAdd(KeyNormalizer.Normalize(a), o);
                }
            }
            foreach (var n in o.Names)
            {
                if (IsAcronym(n))
                {
                    orgAcr[AcronymKey(n)] = o;
                }
                else
                {
                    foreach (var spelling in SpellingVariants(n))
                    {
                        orgNames[KeyNormalizer.Normalize(spelling)] = o;
                    }
                }
            }
        }
        _orgAcronyms = orgAcr.ToFrozenDictionary(StringComparer.Ordinal);
        _orgNames = orgNames.ToFrozenDictionary(StringComparer.Ordinal);
        _orgCodes = orgCodes.ToFrozenDictionary(StringComparer.Ordinal);

        _groupAcronyms = GroupBy(s.ArmedGroups, g => g.Names.Where(IsAcronym), AcronymKey);
        _groupNames = GroupBy(s.ArmedGroups, g => g.Names.Where(n => !IsAcronym(n) || AcronymKey(n).Length >= 4));

        var agents = new Dictionary<string, Agent>(StringComparer.Ordinal);
        var maxWords = 1;
        foreach (var (_, a) in s.Agents)
        {
            foreach (var form in a.Plurals.Prepend(a.Term))
            {
                agents[KeyNormalizer.Normalize(form)] = a;
                maxWords = Math.Max(maxWords, WordCount(form));
            }
        }
        _agents = agents.ToFrozenDictionary(StringComparer.Ordinal);
        MaxAgentWords = maxWords;

        _people = GroupBy(s.People, p => p.Variants.Prepend(p.Name));

        var importedActors = new Dictionary<string, ImportedActor>(StringComparer.Ordinal);
        foreach (var (_, a) in s.ImportedActors)
        {
            foreach (var n in a.Synonyms.Prepend(a.Name))
            {
                importedActors[KeyNormalizer.Normalize(n)] = a;
            }
        }
        _importedActors = importedActors.ToFrozenDictionary(StringComparer.Ordinal);
        var importedAgents = new Dictionary<string, ImportedAgent>(StringComparer.Ordinal);
        foreach (var (_, a) in s.ImportedAgents)
        {
            foreach (var n in a.Plurals.Prepend(a.Term))
            {
                importedAgents[KeyNormalizer.Normalize(n)] = a;
            }
        }
        _importedAgents = importedAgents.ToFrozenDictionary(StringComparer.Ordinal);

        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var (_, r) in s.Regions) // later (user) entries overwrite earlier ones
        {
            foreach (var n in r.AllForms)
            {
                regions[KeyNormalizer.Normalize(n)] = r;
            }
        }
        _regions = regions.ToFrozenDictionary(StringComparer.Ordinal);

        var worldRegions = new Dictionary<string, WorldRegion>(StringComparer.Ordinal);
        var worldAdjectives = new Dictionary<string, WorldRegion>(StringComparer.Ordinal);
        foreach (var (_, r) in s.WorldRegions) // later (user) entries overwrite earlier ones
        {
            foreach (var n in r.Names)
            {
                worldRegions[StripArticle(KeyNormalizer.Normalize(n))] = r;
            }
            foreach (var a in r.Adjectives)
            {
                worldAdjectives[KeyNormalizer.Normalize(a)] = r;
            }
        }
        _worldRegions = worldRegions.ToFrozenDictionary(StringComparer.Ordinal);
        _worldRegionAdjectives = worldAdjectives.ToFrozenDictionary(StringComparer.Ordinal);

        var groups = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var (_, g) in s.CountryGroups) // later (user) entries overwrite earlier ones
        {
            groups[KeyNormalizer.Normalize(g.Adjective)] = g.Members.ToFrozenSet(StringComparer.Ordinal);
        }
        _countryGroups = groups.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public ImmutableArray<string> Files { get; }

    /// <summary>Problems skipped while importing PETRARCH dictionaries (our own TSV files never warn: they fail).</summary>
    public ImmutableArray<KnowledgeFormatException> Warnings { get; }
    public ImmutableArray<Country> Countries { get; }
    public ImmutableArray<Metonym> Metonyms { get; }

    /// <summary>States, provinces and other regions of countries (regions.tsv).</summary>
    public ImmutableArray<Region> Regions { get; }

    /// <summary>Continents and parts of the world (world_regions.tsv).</summary>
    public ImmutableArray<WorldRegion> WorldRegions { get; }

    /// <summary>Places under their English news names (places.tsv), laid over the gazetteer by <see cref="Gazetteer.WithPlaces"/>.</summary>
    public ImmutableArray<CuratedPlace> Places { get; }
    public ImmutableArray<Organization> Organizations { get; }
    public ImmutableArray<ArmedGroup> ArmedGroups { get; }
    public ImmutableArray<Agent> Agents { get; }
    public ImmutableArray<PersonRole> People { get; }
    public ImmutableArray<ImportedActor> ImportedActors { get; }
    public ImmutableArray<ImportedAgent> ImportedAgents { get; }

    /// <summary>The longest agent phrase in words, for longest-match scanning.</summary>
    public int MaxAgentWords { get; }

    // ---------------------------------------------------------------- loading

    /// <summary>The default knowledge folder (data/knowledge) or null when it cannot be found.</summary>
    public static string? FindDefaultDirectory()
    {
        var env = Environment.GetEnvironmentVariable("EVENTDESK_KNOWLEDGE");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "knowledge");
                if (File.Exists(Path.Combine(candidate, "countries.tsv")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>Loads data/knowledge (found beside the binaries or above them, or via EVENTDESK_KNOWLEDGE).</summary>
    public static KnowledgeBase LoadDefault() => Load();

    /// <summary>
    /// Loads the default knowledge plus user dictionaries (files or folders; our TSV formats, recognised
    /// by header, or PETRARCH *.actors.txt / *.agents.txt). Later paths take precedence.
    /// </summary>
    /// <exception cref="KnowledgeFormatException">A file is malformed (message names file and line).</exception>
    public static KnowledgeBase Load(params string[] extraPaths)
    {
        var dir = FindDefaultDirectory()
            ?? throw new DirectoryNotFoundException("Cannot find data/knowledge above " + AppContext.BaseDirectory +
                " or the current directory; set EVENTDESK_KNOWLEDGE to the folder.");
        return LoadFrom([dir, .. extraPaths]);
    }

    /// <summary>Loads only the given paths (no defaults). Later paths take precedence.</summary>
    public static KnowledgeBase LoadFrom(params string[] paths)
    {
        var sources = new KnowledgeSources();
        for (var i = 0; i < paths.Length; i++)
        {
            sources.AddPath(paths[i], i);
        }
        return new KnowledgeBase(sources);
    }

    // ---------------------------------------------------------------- lookups

    /// <summary>A country by ISO alpha-3 or alpha-2 code (case-insensitive).</summary>
    public Country? GetCountry(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The best country for a name, variant, adjective/demonym, capital, or an upper-case ISO alpha-3
    /// code ("KGZ"). Shared names ("Congolese") go to the best-ranked: name before variant before demonym
    /// before capital, then UN members, then file order. Use <see cref="FindCountries"/> for all.
    /// </summary>
    public Country? FindCountry(string text) => FindCountryMatch(text)?.Country;

    public CountryMatch? FindCountryMatch(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterUpper) && _byCode.TryGetValue(trimmed, out var byCode))
        {
            return new CountryMatch(byCode, CountryNameKind.Code);
        }
        var all = FindCountries(text);
        return all.IsEmpty ? null : all[0];
    }

    public ImmutableArray<CountryMatch> FindCountries(string text) =>
        _countryNames.TryGetValue(KeyNormalizer.Normalize(text), out var list) ? list : ImmutableArray<CountryMatch>.Empty;

    /// <summary>
    /// A metonym ("the Kremlin") in force on <paramref name="date"/> (or the most recent when null). A name several states use
    /// ("Congress") is <paramref name="preferCountry"/>'s when that state has one, else the first listed.
    /// </summary>
    public Metonym? FindMetonym(string text, DateOnly? date = null, string? preferCountry = null)
    {
        if (!_metonyms.TryGetValue(StripArticle(KeyNormalizer.Normalize(text)), out var list))
        {
            return null;
        }
        if (preferCountry is not null && list.Length > 1)
        {
            var own = list.Where(m => m.Iso3 == preferCountry).ToImmutableArray();
            if (own.Length > 0 && PickDated(own, m => m.Valid, date) is { } local)
            {
                return local;
            }
        }
        return PickDated(list, m => m.Valid, date);
    }

    /// <summary>An organisation by acronym (case-sensitive for short acronyms: "WHO" but not "who"), name or code.</summary>
    public Organization? FindOrganization(string text)
    {
        var trimmed = text.Trim();
        if (_orgAcronyms.TryGetValue(AcronymKey(trimmed), out var o) || _orgCodes.TryGetValue(trimmed, out o))
        {
            return o;
        }
        var key = KeyNormalizer.Normalize(trimmed);
        return _orgNames.TryGetValue(key, out o) || _orgNames.TryGetValue(StripArticle(key), out o) ? o : null;
    }

    /// <summary>
    /// An armed group's status period in force on <paramref name="date"/> (or the most recent when null). A name several states'
    /// groups use ("Maoists") is <paramref name="preferCountry"/>'s when that state has one in force.
    /// </summary>
    public ArmedGroup? FindArmedGroup(string text, DateOnly? date = null, string? preferCountry = null)
    {
        var trimmed = text.Trim();
        if (!_groupAcronyms.TryGetValue(AcronymKey(trimmed), out var list))
        {
            var key = KeyNormalizer.Normalize(trimmed);
            if (!_groupNames.TryGetValue(key, out list) && !_groupNames.TryGetValue(StripArticle(key), out list))
            {
                return null;
            }
        }
        if (preferCountry is not null && list.Length > 1 && list.Any(g => g.Iso3 == preferCountry)
            && PickDated([.. list.Where(g => g.Iso3 == preferCountry)], g => g.Valid, date) is { } local)
        {
            return local;
        }
        // (Otherwise the first-listed state's group when it has one in force: India's Maoists in a story that names no state.)
        var first = list[0].Iso3;
        if (list.Any(g => g.Iso3 != first) && PickDated([.. list.Where(g => g.Iso3 == first)], g => g.Valid, date) is { } usual)
        {
            return usual;
        }
        return PickDated(list, g => g.Valid, date);
    }

    /// <summary>An agent (role word or phrase, singular or plural): "foreign minister", "rebels".</summary>
    public Agent? FindAgent(string text) => _agents.GetValueOrDefault(KeyNormalizer.Normalize(text));

    /// <summary>The world region of a name ("the Middle East", "Horn of Africa"; a leading "the" is ignored).</summary>
    public WorldRegion? FindWorldRegion(string text) => _worldRegions.GetValueOrDefault(StripArticle(KeyNormalizer.Normalize(text)));

    /// <summary>The countries a descriptive adjective of a country stands for ("Baltic": EST, LVA, LTU; country_groups.tsv), or null.</summary>
    public IReadOnlySet<string>? CountriesDescribedBy(string adjective) => _countryGroups.GetValueOrDefault(KeyNormalizer.Normalize(adjective));

    /// <summary>The world region of an adjective ("European", "West African", "Gulf").</summary>
    public WorldRegion? FindWorldRegionByAdjective(string text) => _worldRegionAdjectives.GetValueOrDefault(KeyNormalizer.Normalize(text));

    /// <summary>A region by its name or a variant ("Borno", "Donetsk region", "West Darfur"), or null.</summary>
    public Region? FindRegion(string text) => _regions.GetValueOrDefault(StripArticle(KeyNormalizer.Normalize(text)));

    /// <summary>
    /// The role of a person (full name or a variant) on <paramref name="date"/>; null when no known role
    /// covers that date. With no date, the most recent role (a current one if any).
    /// </summary>
    public PersonRole? FindPerson(string name, DateOnly? date = null) =>
        _people.TryGetValue(KeyNormalizer.Normalize(name), out var list) ? PickDated(list, p => p.Valid, date) : null;

    /// <summary>Every known role of a person, oldest first.</summary>
    public ImmutableArray<PersonRole> GetPersonRoles(string name) =>
        _people.TryGetValue(KeyNormalizer.Normalize(name), out var list)
            ? [.. list.OrderBy(p => p.Valid.Start ?? DateOnly.MinValue)]
            : ImmutableArray<PersonRole>.Empty;

    /// <summary>An imported PETRARCH actor by name or synonym.</summary>
    public ImportedActor? FindImportedActor(string name) => _importedActors.GetValueOrDefault(KeyNormalizer.Normalize(name));

    /// <summary>An imported PETRARCH agent by term or plural.</summary>
    public ImportedAgent? FindImportedAgent(string term) => _importedAgents.GetValueOrDefault(KeyNormalizer.Normalize(term));

    /// <summary>
    /// Resolves a whole actor mention (a name, not a sentence) to a code, trying in order: person,
    /// metonym, armed group, organisation, imported actor, country (a country name alone is the
    /// country code without sector; a capital stands for the government: "Moscow said" = RUSGOV).
    /// </summary>
    public ActorMatch? ResolveActor(string text, DateOnly? date = null)
    {
        if (FindPerson(text, date) is { } p)
        {
            return new ActorMatch(p.Code, p.Iso3.StartsWith("IGO", StringComparison.Ordinal) ? UnknownCountry : p.Iso3,
                p.Sector, p.Name, p.Role, ActorSource.Person, p.Source);
        }
        if (FindMetonym(text, date) is { } m)
        {
            return new ActorMatch(m.Code, m.Iso3, m.Sector, m.Name, m.Role, ActorSource.Metonym, m.Source);
        }
        if (FindArmedGroup(text, date) is { } g)
        {
            return new ActorMatch(g.Code, g.Iso3, g.Sector, g.DisplayName, "", ActorSource.ArmedGroup, g.Source);
        }
        if (FindOrganization(text) is { } o)
        {
            return new ActorMatch(o.Code, UnknownCountry, o.Type == OrganizationType.Igo ? "IGO" : "NGO", o.DisplayName, "", ActorSource.Organization, o.Source);
        }
        if (FindImportedActor(text) is { } a && a.CodeAt(date) is { } code)
        {
            return new ActorMatch(code, code.Length >= 3 ? code[..3] : code, code.Length > 3 ? code[3..] : "", a.Name, "", ActorSource.ImportedActor, a.Source);
        }
        if (FindCountryMatch(text) is { } c)
        {
            var sector = c.Kind == CountryNameKind.Capital ? "GOV" : "";
            return new ActorMatch(c.Country.Iso3 + sector, c.Country.Iso3, sector, c.Country.Name, "", ActorSource.Country, c.Country.Source);
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>
    /// The entry in force on the date: the narrowest range containing it (a specific period overrides a
    /// general one), latest start on ties. With no date: an open-ended entry, else the latest-ending.
    /// </summary>
    internal static T? PickDated<T>(ImmutableArray<T> items, Func<T, DateRange> range, DateOnly? date) where T : class
    {
        T? best = null;
        if (date is { } d)
        {
            foreach (var item in items)
            {
                var r = range(item);
                if (!r.Contains(d))
                {
                    continue;
                }
                if (best is null || r.Span < range(best).Span ||
                    (r.Span == range(best).Span && (r.Start ?? DateOnly.MinValue) > (range(best).Start ?? DateOnly.MinValue)))
                {
                    best = item;
                }
            }
            return best;
        }
        foreach (var item in items)
        {
            var r = range(item);
            if (best is null)
            {
                best = item;
                continue;
            }
            var b = range(best);
            var rEnd = r.End ?? DateOnly.MaxValue;
            var bEnd = b.End ?? DateOnly.MaxValue;
            if (rEnd > bEnd || (rEnd == bEnd && (r.Start ?? DateOnly.MinValue) > (b.Start ?? DateOnly.MinValue)))
            {
                best = item;
            }
        }
        return best;
    }

    /// <summary>An alias written in capitals ("WHO", "U.N.", "ISIS") is matched case-sensitively.</summary>
    internal static bool IsAcronym(string alias)
    {
        var letters = 0;
        foreach (var ch in alias)
        {
            if (char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch))
            {
                letters++;
            }
            else if (ch is not ('.' or '&' or '-'))
            {
                return false;
            }
        }
        return letters is >= 2 and <= 8;
    }

    internal static string AcronymKey(string alias) => alias.Replace(".", "", StringComparison.Ordinal).Trim();

    /// <summary>
    /// A name and its other English spellings ("Organisation for Security and Co-operation" is also the "Organization ...
    /// Cooperation"; "Ministry of Defence" also "Defense"), so a body matches however the story spells it. ("Labour" stays:
    /// the Labour and Labor parties are different parties.)
    /// </summary>
    public static IEnumerable<string> SpellingVariants(string name)
    {
        yield return name;
        var other = name;
        foreach (var (british, american) in SpellingPairs)
        {
            other = other.Contains(british, StringComparison.Ordinal) ? other.Replace(british, american, StringComparison.Ordinal)
                : other.Replace(american, british, StringComparison.Ordinal);
        }
        if (other != name)
        {
            yield return other;
        }
    }

    private static readonly (string British, string American)[] SpellingPairs =
    [
        ("Organisation", "Organization"), ("organisation", "organization"), ("Co-operation", "Cooperation"),
        ("co-operation", "cooperation"), ("Defence", "Defense"), ("defence", "defense"), ("Programme", "Program"),
        ("Centre", "Center"),
    ];

    /// <summary>A normalised key without its leading "the " ("the taliban" -> "taliban").</summary>
    public static string StripArticle(string key) => key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;

    private static int WordCount(string text) => KeyNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static FrozenDictionary<string, ImmutableArray<T>> GroupBy<T>(
        List<(int Layer, T Item)> items, Func<T, IEnumerable<string>> keys, Func<string, string>? keyOf = null)
    {
        keyOf ??= KeyNormalizer.Normalize;
        var map = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (_, item) in items)
        {
            foreach (var name in keys(item))
            {
                var key = keyOf(name);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }
                if (!list.Contains(item))
                {
                    list.Add(item);
                }
            }
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
    }
}
