using System.Collections.Immutable;

namespace EventDesk.Knowledge;

/// <summary>The kinds of dictionary file, recognised by their header line (or PETRARCH file suffix).</summary>
public enum KnowledgeFileKind { Countries, Metonyms, Organizations, ArmedGroups, Agents, People, Regions, WorldRegions, CountryGroups, Places, PetrarchActors, PetrarchAgents }

/// <summary>Parsed, not yet indexed, dictionary entries. Mutable; only used while loading.</summary>
internal sealed class KnowledgeSources
{
    public const string CountriesHeader = "iso3\tiso2\tname\tofficial\tvariants\tdemonyms\tcapitals\tstatus";
    public const string MetonymsHeader = "name\tiso3\tsector\trole\tstart\tend\tnote";
    public const string OrganizationsHeader = "code\ttype\tacronyms\tnames\tregion\tsectors\tnote";
    public const string ArmedGroupsHeader = "id\tiso3\tsector\tcode\tnames\tstart\tend\tnote";
    public const string AgentsHeader = "term\tplurals\tsector\trole\timplies_government";
    public const string PeopleHeader = "name\tvariants\tiso3\tsector\trole\tstart\tend\tnote";
    public const string RegionsHeader = "name\tiso3\tkind\tvariants\tnote\tadjectives";

    /// <summary>The regions header before the adjectives column (user files written for it still load).</summary>
    public const string RegionsHeaderWithoutAdjectives = "name\tiso3\tkind\tvariants\tnote";
    public const string WorldRegionsHeader = "code\tname\tvariants\tadjectives\tarticle\torganisation\tnote";
    public const string PlacesHeader = "name\tvariants\tiso3\tlat\tlon\tpopulation\tnote";
    public const string CountryGroupsHeader = "adjective\tmembers\tnote";

    public List<(int Layer, Country Item)> Countries { get; } = [];
    public List<(int Layer, Metonym Item)> Metonyms { get; } = [];
    public List<(int Layer, Organization Item)> Organizations { get; } = [];
    public List<(int Layer, ArmedGroup Item)> ArmedGroups { get; } = [];
    public List<(int Layer, Agent Item)> Agents { get; } = [];
    public List<(int Layer, PersonRole Item)> People { get; } = [];
    public List<(int Layer, Region Item)> Regions { get; } = [];
    public List<(int Layer, WorldRegion Item)> WorldRegions { get; } = [];
    public List<(int Layer, CuratedPlace Item)> Places { get; } = [];
    public List<(int Layer, CountryGroup Item)> CountryGroups { get; } = [];
    public List<(int Layer, ImportedActor Item)> ImportedActors { get; } = [];
    public List<(int Layer, ImportedAgent Item)> ImportedAgents { get; } = [];
    public List<string> Files { get; } = [];
    public List<KnowledgeFormatException> Warnings { get; } = [];

    /// <summary>Adds a file or every dictionary file of a folder (sorted by name, so loading is deterministic).</summary>
    public void AddPath(string path, int layer)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path)
                .Where(f => f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)
                    || f.EndsWith(".actors.txt", StringComparison.OrdinalIgnoreCase)
                    || f.EndsWith(".agents.txt", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                AddFile(file, layer);
            }
            return;
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Dictionary path '{path}' is neither a file nor a folder.", path);
        }
        AddFile(path, layer);
    }

    public void AddFile(string path, int layer)
    {
        Files.Add(path);
        if (path.EndsWith(".actors.txt", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var actor in PetrarchDictionaryImporter.LoadActors(path, Warnings))
            {
                ImportedActors.Add((layer, actor));
            }
            return;
        }
        if (path.EndsWith(".agents.txt", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var agent in PetrarchDictionaryImporter.LoadAgents(path, Warnings))
            {
                ImportedAgents.Add((layer, agent));
            }
            return;
        }
        var tsv = TsvFile.Read(path);
        switch (tsv.HeaderText)
        {
            case CountriesHeader: ReadCountries(tsv, layer); break;
            case MetonymsHeader: ReadMetonyms(tsv, layer); break;
            case OrganizationsHeader: ReadOrganizations(tsv, layer); break;
            case ArmedGroupsHeader: ReadArmedGroups(tsv, layer); break;
            case AgentsHeader: ReadAgents(tsv, layer); break;
            case PeopleHeader: ReadPeople(tsv, layer); break;
            case RegionsHeader or RegionsHeaderWithoutAdjectives: ReadRegions(tsv, layer); break;
            case WorldRegionsHeader: ReadWorldRegions(tsv, layer); break;
            case PlacesHeader: ReadPlaces(tsv, layer); break;
            case CountryGroupsHeader: ReadCountryGroups(tsv, layer); break;
            default:
                throw new KnowledgeFormatException(path, 1,
                    "unrecognised header '" + tsv.HeaderText.Replace("\t", "<TAB>", StringComparison.Ordinal) +
                    "'. Use one of the headers documented in docs/knowledge.md (e.g. '" +
                    AgentsHeader.Replace("\t", "<TAB>", StringComparison.Ordinal) + "').");
        }
    }

    private static SourceRef Src(TsvFile tsv, int line) => new(tsv.Path, line);

    private static string RequireIso3(TsvFile tsv, int line, string[] cells, int index)
    {
        var iso3 = TsvFile.Require(tsv.Path, line, cells, index, "iso3");
        if (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper))
        {
            throw new KnowledgeFormatException(tsv.Path, line, $"iso3 '{iso3}' must be 3 upper-case letters.");
        }
        return iso3;
    }

    private static string Sector(TsvFile tsv, int line, string value)
    {
        if (!Sectors.IsValid(value))
        {
            throw new KnowledgeFormatException(tsv.Path, line,
                $"sector '{value}' is not one or more known 3-letter sector codes ({string.Join(' ', Sectors.Known.Keys.Order(StringComparer.Ordinal))}).");
        }
        return value;
    }

    private void ReadCountries(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var iso3 = RequireIso3(tsv, line, c, 0);
            var iso2 = TsvFile.Require(tsv.Path, line, c, 1, "iso2");
            if (iso2.Length != 2 || !iso2.All(char.IsAsciiLetterUpper))
            {
                throw new KnowledgeFormatException(tsv.Path, line, $"iso2 '{iso2}' must be 2 upper-case letters.");
            }
            var status = c[7] switch
            {
                "member" => CountryStatus.Member,
                "observer" => CountryStatus.Observer,
                "partial" => CountryStatus.Partial,
                "territory" => CountryStatus.Territory,
                _ => throw new KnowledgeFormatException(tsv.Path, line, $"status '{c[7]}' must be member, observer, partial or territory."),
            };
            var name = TsvFile.Require(tsv.Path, line, c, 2, "name");
            Countries.Add((layer, new Country(iso3, iso2, name, c[3].Length > 0 ? c[3] : name,
                TsvFile.Split(c[4]), TsvFile.Split(c[5]), TsvFile.Split(c[6]), status, Src(tsv, line))));
        }
    }

    private void ReadMetonyms(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var name = TsvFile.Require(tsv.Path, line, c, 0, "name");
            var iso3 = TsvFile.Require(tsv.Path, line, c, 1, "iso3");
            var sector = Sector(tsv, line, TsvFile.Require(tsv.Path, line, c, 2, "sector"));
            Metonyms.Add((layer, new Metonym(name, iso3, sector, c[3], TsvFile.ParseRange(tsv.Path, line, c[4], c[5]), Src(tsv, line))));
        }
    }

    private void ReadOrganizations(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var code = TsvFile.Require(tsv.Path, line, c, 0, "code");
            if (!code.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch)) || code.Length < 3)
            {
                throw new KnowledgeFormatException(tsv.Path, line, $"code '{code}' must be upper-case letters/digits.");
            }
            var type = c[1] switch
            {
                "IGO" => OrganizationType.Igo,
                "NGO" => OrganizationType.Ngo,
                _ => throw new KnowledgeFormatException(tsv.Path, line, $"type '{c[1]}' must be IGO or NGO."),
            };
            var names = TsvFile.Split(c[3]);
            var acronyms = TsvFile.Split(c[2]);
            if (names.IsEmpty && acronyms.IsEmpty)
            {
                throw new KnowledgeFormatException(tsv.Path, line, "an organisation needs at least one acronym or name.");
            }
            var sectors = c[5];
            if (sectors.Length > 0)
            {
                foreach (var s in TsvFile.Split(sectors))
                {
                    Sector(tsv, line, s);
                }
            }
            Organizations.Add((layer, new Organization(code, type, acronyms, names.IsEmpty ? acronyms : names, c[4], sectors, Src(tsv, line))));
        }
    }

    private void ReadArmedGroups(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            TsvFile.Require(tsv.Path, line, c, 0, "id");
            var iso3 = TsvFile.Require(tsv.Path, line, c, 1, "iso3");
            var sector = Sector(tsv, line, TsvFile.Require(tsv.Path, line, c, 2, "sector"));
            var code = c[3].Length > 0 ? c[3] : iso3 + sector;
            var names = TsvFile.Split(TsvFile.Require(tsv.Path, line, c, 4, "names"));
            ArmedGroups.Add((layer, new ArmedGroup(code, iso3, sector, names, TsvFile.ParseRange(tsv.Path, line, c[5], c[6]), c[7], Src(tsv, line))
            {
                Id = c[0],
            }));
        }
    }

    private void ReadAgents(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var term = TsvFile.Require(tsv.Path, line, c, 0, "term");
            var sector = Sector(tsv, line, TsvFile.Require(tsv.Path, line, c, 2, "sector"));
            var implies = c[4] switch
            {
                "y" or "yes" => true,
                "" or "n" or "no" => false,
                _ => throw new KnowledgeFormatException(tsv.Path, line, $"implies_government '{c[4]}' must be y or n."),
            };
            var role = c[3].Length > 0 ? c[3] : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(term);
            Agents.Add((layer, new Agent(term, TsvFile.Split(c[1]), sector, role, implies, Src(tsv, line))));
        }
    }

    private void ReadRegions(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var name = TsvFile.Require(tsv.Path, line, c, 0, "name");
            var iso3 = RequireIso3(tsv, line, c, 1);
            Regions.Add((layer, new Region(name, iso3, c[2], TsvFile.Split(c[3]), Src(tsv, line)) { Adjectives = TsvFile.Split(c.Length > 5 ? c[5] : "") }));
        }
    }

    private void ReadWorldRegions(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var code = c[0];
            if (code.Length > 0 && (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)))
            {
                throw new KnowledgeFormatException(tsv.Path, line, $"code '{code}' must be 3 upper-case letters or empty.");
            }
            if (c[4] is not ("" or "y" or "n"))
            {
                throw new KnowledgeFormatException(tsv.Path, line, $"article '{c[4]}' must be y, n or empty.");
            }
            var name = TsvFile.Require(tsv.Path, line, c, 1, "name");
            const string IfNamed = " if named";
            var organisation = c[5];
            var onlyIfNamed = organisation.EndsWith(IfNamed, StringComparison.Ordinal);
            WorldRegions.Add((layer, new WorldRegion(code, name, TsvFile.Split(c[2]), TsvFile.Split(c[3]), c[4] == "y", Src(tsv, line))
            {
                Organisation = onlyIfNamed ? organisation[..^IfNamed.Length].Trim() : organisation,
                OrganisationOnlyIfNamed = onlyIfNamed,
            }));
        }
    }

    private void ReadCountryGroups(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var adjective = TsvFile.Require(tsv.Path, line, c, 0, "adjective");
            var members = TsvFile.Split(TsvFile.Require(tsv.Path, line, c, 1, "members"));
            foreach (var m in members)
            {
                if (m.Length != 3 || !m.All(char.IsAsciiLetterUpper))
                {
                    throw new KnowledgeFormatException(tsv.Path, line, $"member '{m}' must be an ISO alpha-3 code (3 upper-case letters).");
                }
            }
            CountryGroups.Add((layer, new CountryGroup(adjective, members, Src(tsv, line))));
        }
    }

    private void ReadPlaces(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var name = TsvFile.Require(tsv.Path, line, c, 0, "name");
            var iso3 = RequireIso3(tsv, line, c, 2);
            if (!double.TryParse(TsvFile.Require(tsv.Path, line, c, 3, "lat"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(TsvFile.Require(tsv.Path, line, c, 4, "lon"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                throw new KnowledgeFormatException(tsv.Path, line, "lat and lon must be decimal degrees (lat -90..90, lon -180..180).");
            }
            if (!long.TryParse(TsvFile.Require(tsv.Path, line, c, 5, "population"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var population)
                || population < 0)
            {
                throw new KnowledgeFormatException(tsv.Path, line, "population must be a whole number.");
            }
            Places.Add((layer, new CuratedPlace(name, TsvFile.Split(c[1]), iso3, lat, lon, population, Src(tsv, line))));
        }
    }

    private void ReadPeople(TsvFile tsv, int layer)
    {
        foreach (var (line, c) in tsv.Rows)
        {
            var name = TsvFile.Require(tsv.Path, line, c, 0, "name");
            var iso3 = TsvFile.Require(tsv.Path, line, c, 2, "iso3");
            var sector = Sector(tsv, line, TsvFile.Require(tsv.Path, line, c, 3, "sector"));
            var role = TsvFile.Require(tsv.Path, line, c, 4, "role");
            People.Add((layer, new PersonRole(name, TsvFile.Split(c[1]), iso3, sector, role,
                TsvFile.ParseRange(tsv.Path, line, c[5], c[6]), c[7], Src(tsv, line))));
        }
    }
}
