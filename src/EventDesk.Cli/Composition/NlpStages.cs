using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Cli.Composition;

/// <summary>
/// Adds the POS tagger, lemmatizer and dependency parser when trained models are found
/// (data/models beside the application or in the repository). The models load once per process.
/// </summary>
public static class NlpStages
{
    private static readonly Lazy<NlpModels?> Models = new(() => NlpModels.Find() is { } dir ? NlpModels.Load(dir) : null);

    public static PipelineBuilder AddNlp(this PipelineBuilder builder)
    {
        if (Models.Value is { } models)
        {
            builder.Add(new PosTagger(models)).Add(new Lemmatizer(models)).Add(new DependencyParser(models));
        }
        return builder;
    }
}
