using EventDesk.Knowledge;
using Xunit;

namespace EventDesk.Knowledge.Tests;

/// <summary>Checks on the authored data itself (the loader already rejects bad dates, sectors and codes).</summary>
public sealed class DataIntegrityTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    // Names intentionally shared by several countries; the first-ranked one wins in FindCountry.
    private static readonly HashSet<string> IntendedShared = new(StringComparer.Ordinal)
    {
        "congolese", "congo", "dominican", "dominicans", "soviet union", "ussr", "korea", "korean", "koreans",
        "kingston", "washington", "jersey", "saipan", "sao tome", "macau", "singapore", "gibraltar", "vatican city",
        "serbia and montenegro", "yugoslavia", "hong kong", "djibouti city", "monaco", "san marino city", "luxembourg city",
        "kuwait city", "guatemala city", "panama city", "mexico city",
        "nicosia", "jerusalem", "east jerusalem", "samoan", "samoans", "republic of china", "georgetown", "george town",
    };

    [Fact]
    public void Iso_codes_are_unique_and_well_formed()
    {
        Assert.All(_kb.Countries, c => Assert.Matches("^[A-Z]{3}$", c.Iso3));
        Assert.All(_kb.Countries, c => Assert.Matches("^[A-Z]{2}$", c.Iso2));
        Assert.Equal(_kb.Countries.Length, _kb.Countries.Select(c => c.Iso3).Distinct().Count());
        Assert.Equal(_kb.Countries.Length, _kb.Countries.Select(c => c.Iso2).Distinct().Count());
        Assert.Equal(193, _kb.Countries.Count(c => c.Status == CountryStatus.Member));
    }

    [Fact]
    public void No_unintended_names_shared_between_countries()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var c in _kb.Countries)
        {
            foreach (var n in new[] { c.Name, c.OfficialName }.Concat(c.Variants).Concat(c.Demonyms).Concat(c.Capitals))
            {
                var key = KeyNormalizer.Normalize(n);
                if (!owners.TryGetValue(key, out var set))
                {
                    owners[key] = set = [];
                }
                set.Add(c.Iso3);
            }
        }
        var clashes = owners.Where(kv => kv.Value.Count > 1 && !IntendedShared.Contains(kv.Key))
            .Select(kv => kv.Key + "=" + string.Join('/', kv.Value)).ToList();
        Assert.True(clashes.Count == 0, "Names mapping to several countries: " + string.Join(", ", clashes));
    }

    [Fact]
    public void Every_referenced_country_or_igo_exists()
    {
        bool Known(string code) => code == KnowledgeBase.UnknownCountry || _kb.GetCountry(code) is not null
            || _kb.Organizations.Any(o => o.Code == code);
        Assert.All(_kb.People, p => Assert.True(Known(p.Iso3), $"{p.Source}: unknown country {p.Iso3}"));
        Assert.All(_kb.Metonyms, m => Assert.True(Known(m.Iso3), $"{m.Source}: unknown country {m.Iso3}"));
        Assert.All(_kb.ArmedGroups, g => Assert.True(Known(g.Iso3), $"{g.Source}: unknown country {g.Iso3}"));
        Assert.All(_kb.Regions, r => Assert.True(_kb.GetCountry(r.Iso3) is not null, $"{r.Source}: unknown country {r.Iso3}"));
    }

    [Fact]
    public void Regions_shadow_no_country_name_and_no_other_region()
    {
        // A region named like a country, demonym or capital would turn "Georgia" or "Niger" into a province.
        var seen = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var r in _kb.Regions)
        {
            foreach (var n in r.Variants.Prepend(r.Name))
            {
                var key = KeyNormalizer.Normalize(n);
                Assert.True(_kb.FindCountryMatch(n) is null, $"{r.Source}: region name '{n}' is also a country name ({_kb.FindCountryMatch(n)?.Country.Iso3})");
                Assert.True(seen.TryAdd(key, r) || seen[key] == r, $"{r.Source}: region name '{n}' is listed twice ({seen.GetValueOrDefault(key)?.Source})");
            }
        }
    }

    [Fact]
    public void Places_are_in_known_countries_and_named_once()
    {
        // places.tsv gives English news names their place; a name listed twice, or also a country name or demonym, would
        // make "Geneva" or "Georgia" ambiguous again.
        var seen = new Dictionary<string, CuratedPlace>(StringComparer.Ordinal);
        foreach (var p in _kb.Places)
        {
            Assert.True(_kb.GetCountry(p.Iso3) is not null, $"{p.Source}: unknown country {p.Iso3}");
            Assert.True(p.Population > 0, $"{p.Source}: population {p.Population}");
            foreach (var n in p.Variants.Prepend(p.Name))
            {
                var key = KeyNormalizer.Normalize(n);
                Assert.True(_kb.FindCountryMatch(n) is not { Kind: not CountryNameKind.Capital }, $"{p.Source}: place name '{n}' is also a country name or demonym");
                Assert.True(seen.TryAdd(key, p) || seen[key] == p, $"{p.Source}: place name '{n}' is listed twice ({seen.GetValueOrDefault(key)?.Source})");
            }
        }
    }

    [Fact]
    public void Sectors_are_known_and_dates_ordered()
    {
        Assert.All(_kb.People, p => Assert.True(Sectors.IsValid(p.Sector), p.Source.ToString()));
        Assert.All(_kb.Agents, a => Assert.True(Sectors.IsValid(a.Sector), a.Source.ToString()));
        Assert.All(_kb.ArmedGroups, g => Assert.True(Sectors.IsValid(g.Sector), g.Source.ToString()));
        foreach (var range in _kb.People.Select(p => p.Valid).Concat(_kb.ArmedGroups.Select(g => g.Valid)).Concat(_kb.Metonyms.Select(m => m.Valid)))
        {
            Assert.True(range.Start is null || range.End is null || range.Start <= range.End, range.ToString());
        }
    }

    [Fact]
    public void Organization_codes_unique_and_acronyms_unambiguous()
    {
        Assert.Equal(_kb.Organizations.Length, _kb.Organizations.Select(o => o.Code).Distinct().Count());
        var dup = _kb.Organizations.SelectMany(o => o.Acronyms.Select(a => (a, o.Code)))
            .GroupBy(x => x.a).Where(g => g.Select(x => x.Code).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.True(dup.Count == 0, "Acronyms used by several organisations: " + string.Join(", ", dup));
    }

    [Fact]
    public void Periods_of_one_armed_group_do_not_overlap()
    {
        foreach (var group in _kb.ArmedGroups.GroupBy(g => g.Id))
        {
            var rows = group.OrderBy(g => g.Valid.Start ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                Assert.True(rows[i - 1].Valid.End is { } end && rows[i].Valid.Start is { } start && end < start,
                    $"{group.Key}: {rows[i - 1].Valid} overlaps {rows[i].Valid}");
            }
        }
    }

    [Fact]
    public void Roles_of_one_person_in_one_office_do_not_overlap()
    {
        foreach (var group in _kb.People.GroupBy(p => (p.Name, p.Role, p.Iso3)))
        {
            var rows = group.OrderBy(g => g.Valid.Start ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                Assert.True(rows[i - 1].Valid.End is { } end && rows[i].Valid.Start is { } start && end < start,
                    $"{group.Key}: {rows[i - 1].Valid} overlaps {rows[i].Valid}");
            }
        }
    }

    [Fact]
    public void Prints_entry_counts_for_the_docs()
    {
        var counts = $"countries={_kb.Countries.Length} metonyms={_kb.Metonyms.Length} organizations={_kb.Organizations.Length} " +
            $"armed_group_rows={_kb.ArmedGroups.Length} armed_groups={_kb.ArmedGroups.Select(g => g.Id).Distinct().Count()} " +
            $"agents={_kb.Agents.Length} people_rows={_kb.People.Length} people={_kb.People.Select(p => p.Name).Distinct().Count()} regions={_kb.Regions.Length}";
        var sw = System.Diagnostics.Stopwatch.StartNew();
        _ = KnowledgeBase.LoadDefault();
        counts += $" reload_ms={sw.ElapsedMilliseconds}";
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "eventdesk-knowledge-counts.txt"), counts);
        Assert.NotEmpty(counts);
    }
}
