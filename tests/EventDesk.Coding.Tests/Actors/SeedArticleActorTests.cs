using EventDesk.Coding.Actors;
using EventDesk.Testing;
using EventDesk.Text;
using Xunit;
using static EventDesk.Coding.Tests.Actors.ActorTestKit;

namespace EventDesk.Coding.Tests.Actors;

/// <summary>The seed article (../shared/seed) through the real tokenizer, dateline detector and NER model.</summary>
public sealed class SeedArticleActorTests
{
    private static Document Seed()
    {
        var path = SharedData.RequireFile("seed/monitoring-desk-kabul.txt");
        return AnnotateWithModel(File.ReadAllText(path), new DateOnly(2017, 2, 20));
    }

    private static IEnumerable<EntityMention> All(Document doc, string text) =>
        doc.Layers.Get(AnnotationLayers.Entities).Mentions.Where(m => m.Text == text || m.CanonicalName == text);

    [SkippableFact]
    public void People_with_roles_as_of_the_date()
    {
        var doc = Seed();
        var lavrov = Mention(doc, "Sergey Lavrov");
        Assert.Equal("RUSGOV", lavrov.Actor!.Code);
        Assert.Equal("Foreign Minister", lavrov.Role);
        var atmar = Mention(doc, "Mohammad Haneef Atmar");
        Assert.Equal("AFGGOV", atmar.Actor!.Code);
        Assert.Equal("National Security Advisor", atmar.Role);
        // Later mentions by surname resolve to the same people.
        Assert.All(All(doc, "Atmar"), m => Assert.Equal("AFGGOV", m.Actor!.Code));
        Assert.All(All(doc, "Lavrov"), m => Assert.Equal("RUSGOV", m.Actor!.Code));
        Assert.Equal("RUSGOV", Mention(doc, "Russian Foreign Minister").Actor!.Code);
    }

    [SkippableFact]
    public void Council_and_its_acronym_are_the_afghan_government()
    {
        var doc = Seed();
        Assert.Equal("AFGGOV", Mention(doc, "National Security Council").Actor!.Code);
        var nsc = All(doc, "NSC").ToList();
        Assert.True(nsc.Count >= 3);
        Assert.All(nsc, m => Assert.Equal("AFGGOV", m.Actor!.Code));
    }

    [SkippableFact]
    public void Organisations_groups_and_countries()
    {
        var doc = Seed();
        // "the head of the Collective Security Treaty Organisation (CSTO)" is one mention: the IGO, role Head.
        Assert.StartsWith("IGO", MentionOf(doc, "Collective Security Treaty Organisation").Actor!.Code);
        Assert.All(All(doc, "CSTO").Where(m => m.Text == "CSTO"), m => Assert.StartsWith("IGO", m.Actor!.Code));
        var taliban = MentionOf(doc, "Taliban");
        Assert.Equal("AFG", taliban.Actor!.Country);
        Assert.Contains(taliban.Actor.Sectors, s => s is "INS" or "REB");
        Assert.Equal("KGZ", Mention(doc, "Kirghizstan").Actor!.Code);
        foreach (var (name, iso) in new[] { ("Belarus", "BLR"), ("Armenia", "ARM"), ("Tajikistan", "TJK"), ("Kazakhstan", "KAZ") })
        {
            Assert.Equal(iso, Mention(doc, name).Actor!.Country);
        }
        Assert.Equal("AFGMIL", Mention(doc, "Afghan security forces").Actor!.Code);
        Assert.Equal("RUSGOV", Mention(doc, "Russian officials").Actor!.Code);
    }

    [SkippableFact]
    public void Moscow_and_the_dateline_are_geocoded()
    {
        Skip.If(Gazetteer.Value is null, "gazetteer missing");
        var doc = Seed();
        var moscow = All(doc, "Moscow").First(m => m.Place is not null).Place!;
        Assert.Equal("RUS", moscow.Country);
        Assert.InRange(moscow.Latitude!.Value, 55.70, 55.80);
        Assert.InRange(moscow.Longitude!.Value, 37.55, 37.70);
        var index = doc.Layers.Get(ActorLayers.Index);
        Assert.Equal("AFG", index.DatelinePlace!.Country);
        Assert.Equal("AFG", index.DefaultCountry);
        Assert.Contains(doc.Layers.Get(AnnotationLayers.Places).Places, p => p.Name == "Moscow" && p.Country == "RUS");
    }
}
