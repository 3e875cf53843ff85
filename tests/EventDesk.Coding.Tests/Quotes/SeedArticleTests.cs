using EventDesk.Coding.Coreference;
using EventDesk.Coding.Dates;
using EventDesk.Testing;
using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.Quotes;

/// <summary>The acceptance checks of the seed article (skipped when ../shared is absent).</summary>
public sealed class SeedArticleTests
{
    private static Document Seed()
    {
        var path = SharedData.RequireFile("seed/monitoring-desk-kabul.txt");
        var document = TestPipelines.Annotate(File.ReadAllText(path), new DateOnly(2017, 2, 20));
        new TimeExpressionAnnotator().Annotate(document);
        return document;
    }

    [SkippableFact]
    public void Seven_direct_quotations_with_their_speakers()
    {
        var document = Seed();
        var direct = document.Layers.Get(AnnotationLayers.Quotes).Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        var expected = new (string Start, string Speaker, string? Addressee)[]
        {
            ("Afghanistan considers Russian a key partner", "Mohammad Haneef Atmar", null),
            ("We maintain sustained dialogue", "Sergey Lavrov", null),
            ("We communicate with you regularly", "Sergey Lavrov", "Mohammad Haneef Atmar"),
            ("Russian remained in favour", "Sergey Lavrov", null),
            ("In recent months, we have taken", "Sergey Lavrov", null),
            ("We are planning additional steps", "Sergey Lavrov", null),
            ("Being a CSTO observer", "Mohammad Haneef Atmar", null),
        };
        Assert.Equal(expected.Length, direct.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var quote = direct[i];
            Assert.StartsWith(expected[i].Start, document.Substring(quote.Span), StringComparison.Ordinal);
            Assert.Equal(expected[i].Speaker, quote.Speaker?.Name);
            if (expected[i].Addressee is { } addressee)
            {
                Assert.Equal(addressee, quote.Addressee?.Name);
            }
        }
    }

    [SkippableFact]
    public void He_resolves_to_the_last_speaker()
    {
        var document = Seed();
        var indirect = document.Layers.Get(AnnotationLayers.Quotes).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();
        var important = indirect.Single(q => document.Substring(q.Span).StartsWith("it was important", StringComparison.Ordinal));
        Assert.Equal("He", important.Speaker?.Text);
        Assert.Equal("Sergey Lavrov", important.Speaker?.Name);
        var prepared = indirect.Single(q => document.Substring(q.Span).StartsWith("Afghanistan was prepared", StringComparison.Ordinal));
        Assert.Equal("He", prepared.Speaker?.Text);
        Assert.Equal("Mohammad Haneef Atmar", prepared.Speaker?.Name);
    }

    [SkippableFact]
    public void Surnames_acronyms_and_descriptions_join_their_entities()
    {
        var document = Seed();
        var coref = document.Layers.Get(CodingLayers.Coreference);
        string NameAt(string phrase, int occurrence = 0)
        {
            var at = -1;
            for (var i = 0; i <= occurrence; i++)
            {
                at = document.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
            return coref.ChainAt(new TextSpan(at, phrase.Length)) is { } chain ? coref.DisplayName(chain) : "";
        }
        Assert.Equal("Sergey Lavrov", NameAt("Lavrov", 1));
        Assert.Equal("National Security Council", NameAt("NSC", 1));
        Assert.Equal("Mohammad Haneef Atmar", NameAt("the visiting advisor"));
        Assert.Equal("Collective Security Treaty Organisation", NameAt("CSTO", 1));
        Assert.Equal("Taliban", NameAt("the group"));
        // "Both sides" follows "Lavrov told Atmar": the Lavrov–Atmar exchange, not the earlier CSTO meeting.
        Assert.Contains("Mohammad Haneef Atmar", NameAt("Both sides"), StringComparison.Ordinal);
        Assert.Contains("Sergey Lavrov", NameAt("Both sides"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void On_saturday_is_the_saturday_before_publication()
    {
        var document = Seed();
        var times = document.Layers.Get(CodingLayers.TimeExpressions);
        var saturday = times.Expressions.First(e => document.Substring(e.Span) == "on Saturday");
        Assert.Equal(new DateOnly(2017, 2, 18), saturday.Start);
        Assert.Equal(AnchorSource.Metadata, times.AnchorSource);
    }
}
