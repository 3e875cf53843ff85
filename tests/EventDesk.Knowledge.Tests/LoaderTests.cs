using EventDesk.Knowledge;
using EventDesk.Testing;
using Xunit;

namespace EventDesk.Knowledge.Tests;

public sealed class LoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-kb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Malformed_row_reports_file_and_line()
    {
        var path = Write("bad_people.tsv", "# comment\nname\tvariants\tiso3\tsector\trole\tstart\tend\tnote\nA B\t\tRUS\tGOV\tMinister\t2020-13-01\t\t\n");
        var ex = Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.LoadFrom(path));
        Assert.Equal(3, ex.Line);
        Assert.Contains("bad_people.tsv:3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2020-13-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_sector_and_header_are_rejected_with_guidance()
    {
        var agents = Write("a.tsv", "term\tplurals\tsector\trole\timplies_government\nwizard\t\tXYZ\tWizard\tn\n");
        Assert.Contains("XYZ", Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.LoadFrom(agents)).Message, StringComparison.Ordinal);
        var unknown = Write("u.tsv", "foo\tbar\n1\t2\n");
        Assert.Contains("header", Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.LoadFrom(unknown)).Message, StringComparison.Ordinal);
        var reversed = Write("r.tsv", "name\tvariants\tiso3\tsector\trole\tstart\tend\tnote\nX\t\tRUS\tGOV\tMinister\t2020-01-02\t2020-01-01\t\n");
        Assert.Contains("after", Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.LoadFrom(reversed)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_dictionary_adds_and_overrides()
    {
        Write("my_people.tsv", "name\tvariants\tiso3\tsector\trole\tstart\tend\tnote\nJane Roe\tJ. Roe\tKGZ\tGOV\tForeign Minister\t2030-01-01\t\t\n");
        Write("my_agents.tsv", "term\tplurals\tsector\trole\timplies_government\nminister\tministers\tELI\tMinister (user)\tn\n");
        var kb = KnowledgeBase.Load(_dir);
        Assert.Equal("KGZGOV", kb.FindPerson("J. Roe", new DateOnly(2031, 1, 1))?.Code);
        Assert.Equal("ELI", kb.FindAgent("minister")?.Sector);
        Assert.Equal("RUS", kb.FindCountry("Russia")?.Iso3); // defaults still present
    }

    [Fact]
    public void World_regions_are_found_by_name_and_adjective_with_their_organisation()
    {
        var path = Write("my_world.tsv", "code\tname\tvariants\tadjectives\tarticle\torganisation\tnote\n"
            + "WAF\tWest Africa\t\tWest African\t\tECOWAS\t\nEUR\tEurope\tWestern Europe\tEuropean\t\tEU if named\t\n"
            + "WST\tthe West\t\tWestern\ty\t\t\n\tOceania\t\t\t\t\t\n");
        var kb = KnowledgeBase.LoadFrom(path);
        Assert.Equal("WAF", kb.FindWorldRegionByAdjective("West African")?.Code);
        Assert.Equal(("ECOWAS", false), (kb.FindWorldRegion("West Africa")!.Organisation, kb.FindWorldRegion("West Africa")!.OrganisationOnlyIfNamed));
        Assert.Equal(("EU", true), (kb.FindWorldRegion("Western Europe")!.Organisation, kb.FindWorldRegion("Europe")!.OrganisationOnlyIfNamed));
        Assert.True(kb.FindWorldRegion("West")!.ArticleRequired);
        Assert.Equal("", kb.FindWorldRegion("Oceania")!.Code);
        var bad = Write("bad_world.tsv", "code\tname\tvariants\tadjectives\tarticle\torganisation\tnote\nEurope\tEurope\t\t\t\t\t\n");
        Assert.Contains("code 'Europe'", Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.LoadFrom(bad)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Country_groups_are_found_by_adjective_and_checked()
    {
        var path = Write("my_groups.tsv", "adjective\tmembers\tnote\nBaltic\tEST|LVA|LTU\t\nCentral Asian\tKAZ|KGZ|TJK|TKM|UZB\t\n");
        var kb = KnowledgeBase.LoadFrom(path);
        Assert.True(kb.CountriesDescribedBy("Baltic")!.SetEquals(["EST", "LVA", "LTU"]));
        Assert.Contains("KGZ", kb.CountriesDescribedBy("central asian")!);
        Assert.Null(kb.CountriesDescribedBy("Andean"));
        var bad = Write("bad_groups.tsv", "adjective\tmembers\tnote\nBaltic\tEstonia|LVA\t\n");
        var ex = Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.LoadFrom(bad));
        Assert.Contains("bad_groups.tsv:2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Estonia'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_are_found_by_name_and_variant()
    {
        var path = Write("my_regions.tsv", "# test\nname\tiso3\tkind\tvariants\tnote\nBorno\tNGA\tstate\tBorno State\t\nDonetsk Oblast\tUKR\toblast\tDonetsk region|Donetsk oblast\t\n");
        var kb = KnowledgeBase.LoadFrom(path);
        Assert.Equal("NGA", kb.FindRegion("Borno")?.Iso3);
        Assert.Equal("NGA", kb.FindRegion("the Borno state")?.Iso3);
        Assert.Equal("Donetsk Oblast", kb.FindRegion("Donetsk region")?.Name);
        Assert.Null(kb.FindRegion("Donetsk"));
        var bad = Write("bad_regions.tsv", "name\tiso3\tkind\tvariants\tnote\nBorno\tNigeria\tstate\t\t\n");
        Assert.Contains("iso3", Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.LoadFrom(bad)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Petrarch_date_restricted_actor_resolves_by_date()
    {
        var path = Write("test.actors.txt", """
            <!-- test -->
            GOLLUM  # comment
            +SMEAGOL
            	[HOB < 950601]
            	[HOBGOV 19950601 - 19990815]
            	[HOBREB > 990816]
            RUSSIA  [RUS]
            +RUSSIAN_
            LAVROV [RUSGOV >20040309]
            THE_SHIRE  [FRO/BIL/SAM]
            """);
        var actors = PetrarchDictionaryImporter.LoadActors(path);
        Assert.Equal(4, actors.Length);
        var gollum = actors[0];
        Assert.Equal("GOLLUM", gollum.Name);
        Assert.Equal("HOB", gollum.CodeAt(new DateOnly(1990, 1, 1)));
        Assert.Equal("HOBGOV", gollum.CodeAt(new DateOnly(1997, 1, 1)));
        Assert.Equal("HOBREB", gollum.CodeAt(new DateOnly(2005, 1, 1)));
        Assert.Equal("HOBREB", gollum.CodeAt(null));
        Assert.Equal("RUSGOV", actors[2].CodeAt(new DateOnly(2017, 1, 1)));
        Assert.Null(actors[2].CodeAt(new DateOnly(2000, 1, 1)));
        Assert.Equal(3, actors[3].Codes.Length);

        var kb = KnowledgeBase.LoadFrom(path);
        Assert.Equal("RUS", kb.ResolveActor("Russian")?.Code);
        Assert.Equal("HOBGOV", kb.ResolveActor("Smeagol", new DateOnly(1997, 1, 1))?.Code);
    }

    [Fact]
    public void Petrarch_agents_with_plurals_prefixes_and_sets()
    {
        var path = Write("test.agents.txt", """
            !PERSON! = MAN, MEN
            POLICE {} [ ~COP] # comment
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
            HUMAN_RIGHTS_BODY  [NGO~]
            CONGRESS!PERSON! [~LEG]
            MINISTRY [~GOV]
            """);
        var agents = PetrarchDictionaryImporter.LoadAgents(path);
        Assert.Empty(agents[0].Plurals);
        Assert.Equal("COP", agents[0].Code);
        Assert.Equal("ATTORNEYS GENERAL", Assert.Single(agents[1].Plurals));
        Assert.True(agents[2].IsPrefix);
        Assert.Equal("NGO", agents[2].Code);
        Assert.Contains(agents, a => a.Term == "CONGRESSMAN");
        Assert.Contains(agents, a => a.Term == "CONGRESSMEN");
        Assert.Equal("MINISTRIES", Assert.Single(agents.Single(a => a.Term == "MINISTRY").Plurals));
    }

    [SkippableFact]
    public void Loads_PETRARCH_validation_dictionaries()
    {
        var actorsPath = SharedData.RequireFile("eval/dictionaries/petrarch2/PETR.Validate.actors.txt");
        var agentsPath = SharedData.RequireFile("eval/dictionaries/petrarch2/PETR.Validate.agents.txt");
        var actors = PetrarchDictionaryImporter.LoadActors(actorsPath);
        var agents = PetrarchDictionaryImporter.LoadAgents(agentsPath);
        Assert.True(actors.Length > 100);
        Assert.True(agents.Length > 50);

        var kb = KnowledgeBase.LoadFrom(actorsPath, agentsPath);
        var sam = kb.FindImportedActor("SAM GAMGEE");
        Assert.NotNull(sam);
        Assert.Equal("HOBCIV", sam.CodeAt(new DateOnly(2007, 1, 1)));
        Assert.Equal("ORCHOB", sam.CodeAt(new DateOnly(2010, 1, 10)));
        Assert.Equal("HOBMIL", sam.CodeAt(new DateOnly(2011, 1, 1)));
        Assert.Equal("HOBELI", sam.CodeAt(new DateOnly(2014, 1, 1)));
        Assert.Equal("COP", kb.FindImportedAgent("police")?.Code);
    }

    [SkippableFact]
    public void Loads_Phoenix_dictionaries_without_errors()
    {
        var dir = SharedData.RequireFile("eval/dictionaries/petrarch2");
        var warnings = new List<KnowledgeFormatException>();
        foreach (var file in Directory.GetFiles(dir, "Phoenix.*.actors.txt"))
        {
            Assert.NotEmpty(PetrarchDictionaryImporter.LoadActors(file, warnings));
        }
        Assert.NotEmpty(PetrarchDictionaryImporter.LoadAgents(Path.Combine(dir, "Phoenix.agents.txt"), warnings));
        Assert.All(warnings, w => Assert.Contains("Phoenix", w.File, StringComparison.Ordinal));
        Assert.True(warnings.Count < 50, string.Join("\n", warnings.Select(w => w.Message)));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(dir);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "eventdesk-phoenix-load.txt"),
            $"imported actors={kb.ImportedActors.Length} agents={kb.ImportedAgents.Length} warnings={kb.Warnings.Length} ms={sw.ElapsedMilliseconds}");
    }
}
