using EventDesk.Coding.Coreference;
using EventDesk.Coding.Quotes;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Coding.Tests.Quotes;

/// <summary>Pipelines and documents for the coding tests (surface fallbacks: no tagger or parser).</summary>
internal static class TestPipelines
{
    public static readonly Pipeline Quotes = new PipelineBuilder()
        .Add(new NewsTokenizer())
        .Add(new DatelineDetector())
        .Add(new QuoteAttributor())
        .Add(new CoreferenceAnnotator())
        .Add(new QuoteAnnotator())
        .Build();

    public static Document Annotate(string text, DateOnly? date = null)
    {
        var document = new Document("test", text, new DocumentMetadata { Date = date });
        Quotes.Annotate(document);
        return document;
    }

    public static string Describe(Document document)
    {
        var lines = new List<string>();
        foreach (var q in document.Layers.Get(AnnotationLayers.Quotes).Quotes)
        {
            lines.Add($"{q.Kind} [{Short(document.Substring(q.Span))}] cue={q.Cue} speaker={q.Speaker?.Text}|{q.Speaker?.Name} addressee={q.Addressee?.Text}|{q.Addressee?.Name}");
        }
        return string.Join("\n", lines);
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "..." : s;
}
