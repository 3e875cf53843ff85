using EventDesk.Coding.Coreference;
using EventDesk.Testing;
using EventDesk.Text;
using Xunit;
using Xunit.Abstractions;

namespace EventDesk.Coding.Tests.Quotes;

public sealed class SeedArticleTests(ITestOutputHelper output)
{
    private static Document Seed()
    {
        var path = SharedData.RequireFile("seed/monitoring-desk-kabul.txt");
        return TestPipelines.Annotate(File.ReadAllText(path), new DateOnly(2017, 2, 20));
    }

    [SkippableFact]
    public void Dump()
    {
        var document = Seed();
        output.WriteLine(TestPipelines.Describe(document));
        var coref = document.Layers.Get(CodingLayers.Coreference);
        foreach (var chain in coref.Chains)
        {
            var texts = chain.Mentions.Select(m => document.Substring(coref.Mentions[m].Span));
            output.WriteLine($"#{chain.Id} {chain.Type} {coref.DisplayName(chain)} roles={string.Join(",", chain.Roles)}: {string.Join(" | ", texts)}");
        }
    }
}
