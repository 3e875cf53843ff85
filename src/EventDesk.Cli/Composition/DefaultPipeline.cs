using EventDesk.Coding.Composition;
using EventDesk.Coding.Events;
using EventDesk.Text;

namespace EventDesk.Cli.Composition;

/// <summary>The pipeline the commands run: <see cref="NewsPipeline"/> with the command-line options.</summary>
public static class DefaultPipeline
{
    public static Pipeline Create() => Create([]);

    /// <summary>The pipeline with user dictionaries (<c>--dictionary</c>) added to the default knowledge base.</summary>
    public static Pipeline Create(IReadOnlyList<string> dictionaries) =>
        NewsPipeline.Create(new NewsPipelineOptions { Dictionaries = dictionaries });

    /// <summary>The pipeline with user dictionaries and event-coder options (<c>code --keep</c>).</summary>
    public static Pipeline Create(IReadOnlyList<string> dictionaries, EventCoderOptions events) =>
        NewsPipeline.Create(new NewsPipelineOptions { Dictionaries = dictionaries, Events = events });
}
