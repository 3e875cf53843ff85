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

    [SkippableFact]
    public void English_news_names_laid_over_the_gazetteer_come_first_unless_the_context_says_otherwise()
    {
        // "Geneva" is filed as "Genève" in the GeoNames extract, so Geneva, Illinois answered for it.
        var gaz = Gazetteer.LoadDefault();
        Skip.If(gaz is null, "gazetteer.tsv.gz not built");
        Assert.Equal("USA", gaz!.Find("Geneva")?.Iso3);
        var source = new SourceRef("test", 1);
        var overlaid = gaz.WithPlaces([new CuratedPlace("Geneva", ["Genf"], "CHE", 46.20, 6.15, 203000, source),
            new CuratedPlace("Kfar Aza", [], "ISR", 31.48, 34.53, 800, source)]);
        Assert.Equal("CHE", overlaid.Find("Geneva")?.Iso3);
        Assert.Equal("CHE", overlaid.Find("Genf")?.Iso3);
        Assert.True(overlaid.Find("Geneva")!.Curated);
        Assert.Equal("USA", overlaid.Find("Geneva", "USA")?.Iso3);
        Assert.Equal("ISR", overlaid.Find("Kfar Aza")?.Iso3);
        Assert.Equal("RUS", overlaid.Find("Moscow")?.Iso3);
        Assert.Equal(gaz.Count + 2, overlaid.Count);
        // The one a curated entry duplicates under another name is not listed twice: "Genève" is still found.
        Assert.Single(overlaid.FindAll("Geneva"), p => p.Iso3 == "CHE");
        Assert.Equal("CHE", overlaid.Find("Genève")?.Iso3);
    }

    [SkippableFact]
    public void The_repository_s_places_put_the_news_cities_where_they_are()
    {
        var gaz = Gazetteer.LoadDefault();
        Skip.If(gaz is null, "gazetteer.tsv.gz not built");
        Skip.If(fixture.Kb.Places.IsEmpty, "no places.tsv");
        var overlaid = gaz!.WithPlaces(fixture.Kb.Places);
        Assert.Equal("CHE", overlaid.Find("Geneva")?.Iso3);
        Assert.Equal("RUS", overlaid.Find("St. Petersburg")?.Iso3);
        Assert.Equal("PSE", overlaid.Find("Rafah")?.Iso3);
        Assert.Equal("PSE", overlaid.Find("Khan Younis")?.Iso3);
        Assert.Equal("NLD", overlaid.Find("The Hague")?.Iso3);
        Assert.Equal(52.08, overlaid.Find("The Hague")!.Latitude, 1);
    }
}
