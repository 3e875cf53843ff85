using EventDesk.Knowledge;
using Xunit;

namespace EventDesk.Knowledge.Tests;

public sealed class GazetteerTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    /// <summary>Regenerates data/knowledge/gazetteer.tsv.gz only when EVENTDESK_BUILD_GAZETTEER names the dump.</summary>
    [SkippableFact]
    public void Build_gazetteer_when_requested()
    {
        var input = Environment.GetEnvironmentVariable("EVENTDESK_BUILD_GAZETTEER");
        Skip.If(string.IsNullOrEmpty(input), "set EVENTDESK_BUILD_GAZETTEER=/path/cities.tsv to regenerate the gazetteer");
        var output = Path.Combine(EventDesk.Testing.SharedData.RepositoryRoot, "data", "knowledge", "gazetteer.tsv.gz");
        Assert.True(GazetteerBuilder.Build(input!, output, fixture.Kb) > 10000);
        Assert.True(new FileInfo(output).Length < 8_000_000);
    }

    [SkippableFact]
    public void Moscow_is_in_Russia_unless_context_says_otherwise()
    {
        var gaz = Gazetteer.LoadDefault();
        Skip.If(gaz is null, "gazetteer.tsv.gz not built");
        var moscow = gaz!.Find("Moscow");
        Assert.Equal("RUS", moscow?.Iso3);
        Assert.Equal(55.75, moscow!.Latitude, 1);
        Assert.Equal(37.62, moscow.Longitude, 1);
        Assert.Equal("USA", gaz.Find("Moscow", "USA")?.Iso3);
        Assert.Equal("AFG", gaz.Find("Kabul")?.Iso3);
        Assert.Equal("KGZ", gaz.Find("Bishkek")?.Iso3);
    }
}
