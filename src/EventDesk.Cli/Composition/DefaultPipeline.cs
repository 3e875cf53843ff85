using EventDesk.Coding.Coreference;
using EventDesk.Coding.Dates;
using EventDesk.Coding.Quotes;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Cli.Composition;

/// <summary>Builds the pipeline the commands run, from every stage that exists so far.</summary>
public static class DefaultPipeline
{
    public static Pipeline Create() =>
        new PipelineBuilder()
            .Add(new NewsTokenizer())
            .Add(new DatelineDetector())
            .AddNlp()
            // Quotes, coreference and dates read the POS/lemma/parse and entity layers when they run earlier.
            .Add(new QuoteAttributor())
            .Add(new CoreferenceAnnotator())
            .Add(new QuoteAnnotator())
            .Add(new TimeExpressionAnnotator())
            .Build();
}
