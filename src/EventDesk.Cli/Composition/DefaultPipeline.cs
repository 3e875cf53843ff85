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
            .Build();
}
