using EventDesk.Coding.Coreference;
using EventDesk.Coding.Composition;
using EventDesk.Testing;
using EventDesk.Text;
using Xunit;
using Xunit.Abstractions;

namespace EventDesk.Coding.Tests.EndToEnd;

/// <summary>
/// The acceptance checks of the seed article on the whole pipeline (trained models, knowledge
/// base, event dictionary), as `eventdesk code --date 2017-02-20` runs it.
/// </summary>
public class SeedArticleEventTests(ITestOutputHelper output)
{
    private static readonly Lazy<Document?> Seed = new(() =>
    {
        var path = SharedData.RootOrNull is { } root ? Path.Combine(root, "seed", "monitoring-desk-kabul.txt") : null;
        if (path is null || !File.Exists(path))
        {
            return null;
        }
        var document = new Document("seed", File.ReadAllText(path), new DocumentMetadata { Source = path, Date = new DateOnly(2017, 2, 20) });
        NewsPipeline.Create().Annotate(document);
        return document;
    });

    private static Document Document()
    {
        SharedData.RequireFile("seed/monitoring-desk-kabul.txt");
        return Seed.Value!;
    }

    private static IReadOnlyList<CodedEvent> Events() => Document().Layers.Get(AnnotationLayers.Events).Events;

    private static bool Has(string source, string target, string root, string? trigger = null) =>
        Events().Any(e => e.Source.Actor?.Country == source && (e.Target?.Actor?.Country ?? e.Target?.Actor?.Code) is { } t
            && (t == target || (e.Target!.Actor!.Code.StartsWith(target, StringComparison.Ordinal)))
            && e.Root == root
            && (trigger is null || Document().Substring(e.Trigger) == trigger));

    [SkippableFact]
    public void Prints_the_events_for_review()
    {
        var document = Document();
        foreach (var e in Events())
        {
            output.WriteLine(Coding.Events.EventExplanation.Summary(document, e) + "  <- " + e.Rule);
        }
    }

    [SkippableFact]
    public void Russia_expresses_intent_to_cooperate_with_Afghanistan()
    {
        Assert.True(Has("RUS", "AFG", "03", "pledged"), "pledged to support");
        Assert.True(Has("RUS", "AFG", "03", "showed"), "showed readiness to help");
    }

    [SkippableFact]
    public void Russia_and_Afghanistan_consult_both_ways()
    {
        Assert.True(Has("RUS", "AFG", "04", "meeting"), "the Lavrov–Atmar meeting");
        Assert.True(Has("RUS", "AFG", "04", "discussed") && Has("AFG", "RUS", "04", "discussed"), "both sides discussed");
    }

    [SkippableFact]
    public void Afghanistan_praises_Russia_as_a_key_partner() => Assert.True(Has("AFG", "RUS", "05", "considers"));

    [SkippableFact]
    public void Afghanistan_meets_and_offers_to_work_with_the_CSTO()
    {
        Assert.True(Has("AFG", "IGO", "04", "met"), "met the head of the CSTO");
        Assert.True(Has("AFG", "IGO", "03"), "prepared to jointly work with the CSTO");
    }

    [SkippableFact]
    public void Atmar_visits_Moscow() => Assert.True(Has("AFG", "RUS", "04", "visit"));

    [SkippableFact]
    public void Russia_contacts_the_Taliban() => Assert.True(Has("RUS", "AFG", "04", "established"), "established contacts with the Taliban");

    [SkippableFact]
    public void Every_event_is_explained_and_dated()
    {
        Assert.NotEmpty(Events());
        Assert.All(Events(), e =>
        {
            Assert.Contains(".txt:", e.Rule);
            Assert.NotNull(e.Date);
            Assert.True(e.Trigger.Length > 0);
        });
    }

    [SkippableFact]
    public void No_more_than_three_events_beyond_the_expected_ones()
    {
        var expected = new[] { "pledged", "showed", "remained", "meeting", "discussed", "considers", "met", "prepared", "visit", "established" };
        var others = Events().Where(e => !expected.Contains(Document().Substring(e.Trigger))).ToList();
        Assert.True(others.Count <= 3, "unexpected: " + string.Join("; ", others.Select(e => Document().Substring(e.Trigger) + " " + e.Cameo)));
    }

    [SkippableFact]
    public void Seven_direct_quotations_have_the_right_speakers_on_the_full_pipeline()
    {
        var document = Document();
        var direct = document.Layers.Get(AnnotationLayers.Quotes).Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        string SpeakerOf(string start) => direct.Single(q => document.Substring(q.Span).StartsWith(start, StringComparison.Ordinal)).Speaker?.Name ?? "";
        Assert.Equal(7, direct.Count);
        Assert.Equal("Mohammad Haneef Atmar", SpeakerOf("Afghanistan considers Russian a key partner"));
        Assert.Equal("Sergey Lavrov", SpeakerOf("We maintain sustained dialogue"));
        Assert.Equal("Sergey Lavrov", SpeakerOf("We communicate with you regularly"));
        Assert.Equal("Sergey Lavrov", SpeakerOf("Russian remained in favour"));
        Assert.Equal("Sergey Lavrov", SpeakerOf("In recent months, we have taken"));
        Assert.Equal("Sergey Lavrov", SpeakerOf("We are planning additional steps"));
        Assert.Equal("Mohammad Haneef Atmar", SpeakerOf("Being a CSTO observer"));
        var told = direct.Single(q => document.Substring(q.Span).StartsWith("We communicate", StringComparison.Ordinal));
        Assert.Equal("Mohammad Haneef Atmar", told.Addressee?.Name);
        Assert.Equal("RUSGOV", told.Speaker?.Actor?.Code);
    }

    [SkippableFact]
    public void He_is_Lavrov_then_Atmar_and_saturday_is_the_18th_on_the_full_pipeline()
    {
        var document = Document();
        var coref = document.Layers.Get(CodingLayers.Coreference);
        string NameAt(string phrase)
        {
            var at = document.Text.IndexOf(phrase, StringComparison.Ordinal);
            return coref.ChainAt(new TextSpan(at, 2)) is { } chain ? coref.DisplayName(chain) : "";
        }
        Assert.Equal("Sergey Lavrov", NameAt("He added it was important"));
        Assert.Equal("Mohammad Haneef Atmar", NameAt("He said Afghanistan was prepared"));
        var times = document.Layers.Get(CodingLayers.TimeExpressions);
        Assert.Equal(new DateOnly(2017, 2, 18), times.Expressions.First(e => document.Substring(e.Span) == "on Saturday").Start);
        Assert.Contains(Events(), e => document.Substring(e.Trigger) == "pledged" && e.Date == new DateOnly(2017, 2, 18));
    }

    [SkippableFact]
    public void They_in_the_last_sentence_is_the_Russian_officials()
    {
        var document = Document();
        var coref = document.Layers.Get(CodingLayers.Coreference);
        var at = document.Text.IndexOf("they established", StringComparison.Ordinal);
        var chain = coref.ChainAt(new TextSpan(at, 4));
        Assert.NotNull(chain);
        Assert.Contains("Russian officials", coref.DisplayName(chain!), StringComparison.Ordinal);
    }
}
