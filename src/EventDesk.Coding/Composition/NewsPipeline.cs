using EventDesk.Coding.Actors;
using EventDesk.Coding.Coreference;
using EventDesk.Coding.Dates;
using EventDesk.Coding.Events;
using EventDesk.Coding.Quotes;
using EventDesk.Knowledge;
using EventDesk.Knowledge.Cameo;
using EventDesk.Nlp;
using EventDesk.Nlp.Common;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Coding.Composition;

/// <summary>Options of the whole news pipeline.</summary>
public sealed record NewsPipelineOptions
{
    /// <summary>User dictionaries (our TSV formats or PETRARCH actor/agent files) added to the default knowledge.</summary>
    public IReadOnlyList<string> Dictionaries { get; init; } = [];

    public EventCoderOptions Events { get; init; } = new();
}

/// <summary>
/// The EventDesk pipeline every host runs (CLI, web, benchmarks): tokens and sentences, dateline,
/// POS, lemmas, dependencies, entities and actors, quotes, coreference, time expressions, events.
/// Models, knowledge and dictionaries load once per process and are shared by every pipeline
/// built here; stages whose data files are missing are left out (the layers they would add are
/// then absent). Thread-safe.
/// </summary>
public static class NewsPipeline
{
    private static readonly Lazy<NlpModels?> Models = new(() => NlpModels.Find() is { } dir ? NlpModels.Load(dir) : null);

    private static readonly Lazy<(EventDictionary Dictionary, CameoCodebook Codebook)> EventData = new(() =>
        (EventDictionary.LoadDefault(), CameoCodebook.LoadDefault()));

    public static EventDesk.Text.Pipeline Create(NewsPipelineOptions? options = null)
    {
        options ??= new NewsPipelineOptions();
        // Start-up: the NLP models (tagger and parser on two threads), the NER model and the event
        // dictionary load on their own threads while this thread loads the knowledge base and
        // gazetteer (independent files; the Lazy values are thread-safe). Dedicated threads rather
        // than the thread pool: a pool thread blocked on a load would delay the others.
        var builder = new PipelineBuilder()
            .Add(new NewsTokenizer())
            .Add(new DatelineDetector());
        KnowledgeBase knowledge;
        // The models are written into fresh memory: huge pages make that much cheaper (HugePages).
        using (HugePages.ForLoading())
        {
            var models = Load(() => Models.Value);
            var ner = Load(() => { ActorStages.LoadNer(); return true; });
            var events = Load(() => EventData.Value);
            knowledge = ActorStages.Knowledge(options.Dictionaries);
            ActorStages.LoadGazetteer();
            models.GetAwaiter().GetResult();
            ner.GetAwaiter().GetResult();
            events.GetAwaiter().GetResult();
        }
        return builder
            .AddNlp()
            // NER and actor resolution: entities, actors and places.
            .AddActors(options.Dictionaries)
            // Quotes, coreference and dates read the POS/lemma/parse and entity layers, which run earlier.
            .Add(new QuoteAttributor())
            .Add(new CoreferenceAnnotator(countryGroups: knowledge.CountriesDescribedBy))
            .Add(new QuoteAnnotator())
            .Add(new TimeExpressionAnnotator())
            .AddEvents(options.Events)
            .Build();
    }

    private static Task<T> Load<T>(Func<T> load) =>
        Task.Factory.StartNew(load, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Adds the POS tagger, lemmatizer and dependency parser when trained models are found.</summary>
    public static PipelineBuilder AddNlp(this PipelineBuilder builder)
    {
        if (Models.Value is { } models)
        {
            builder.Add(new PosTagger(models)).Add(new Lemmatizer(models)).Add(new DependencyParser(models));
        }
        return builder;
    }

    /// <summary>Adds the event coder when the stages it needs (parse and entities) are in the pipeline.</summary>
    public static PipelineBuilder AddEvents(this PipelineBuilder builder, EventCoderOptions? options = null)
    {
        if (builder.Provides(NlpLayers.Dependencies) && builder.Provides(AnnotationLayers.Entities))
        {
            builder.Add(new EventCoder(EventData.Value.Dictionary, EventData.Value.Codebook, options));
        }
        return builder;
    }
}
