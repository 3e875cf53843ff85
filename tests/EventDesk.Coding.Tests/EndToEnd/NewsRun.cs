using EventDesk.Coding.Composition;
using EventDesk.Text;

namespace EventDesk.Coding.Tests.EndToEnd;

/// <summary>The whole news pipeline, loaded once for all end-to-end regression tests (it is immutable and thread-safe).</summary>
internal static class NewsRun
{
    // Background events are kept: the regression sentences test how acts are coded, and many recall old ones ("In 1994 Hussein signed
    // a peace treaty"); dropping them by default is tested on its own pipeline (EventClauseRegressionTests, background).
    private static readonly Lazy<Pipeline> Pipeline = new(() => NewsPipeline.Create(new NewsPipelineOptions
    {
        Events = new EventDesk.Coding.Events.EventCoderOptions { KeepBackground = true },
    }));

    /// <summary>The pipeline with the default options (background events dropped).</summary>
    public static readonly Lazy<Pipeline> Default = new(() => NewsPipeline.Create());

    /// <summary>Runs the pipeline on <paramref name="text"/> published on <paramref name="date"/>.</summary>
    public static Document Annotate(string text, DateOnly date, string id = "regression")
    {
        var document = new Document(id, text, new DocumentMetadata { Date = date });
        Pipeline.Value.Annotate(document);
        return document;
    }

    /// <summary>Runs the pipeline on a document built by the test (e.g. without a publication date).</summary>
    public static Document Annotate(Document document)
    {
        Pipeline.Value.Annotate(document);
        return document;
    }
}
