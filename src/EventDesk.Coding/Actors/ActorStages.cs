using System.Collections.Concurrent;
using EventDesk.Knowledge;
using EventDesk.Nlp;
using EventDesk.Nlp.Common;
using EventDesk.Nlp.Ner;
using EventDesk.Text;

namespace EventDesk.Coding.Actors;

/// <summary>
/// Composition helpers for hosts: the knowledge base and gazetteer loaded once per process (per set of
/// user dictionaries) and shared by every pipeline, and the NER + actor stages. Thread-safe.
/// </summary>
public static class ActorStages
{
    private static readonly ConcurrentDictionary<string, Lazy<KnowledgeBase>> KnowledgeBases = new(StringComparer.Ordinal);
    private static readonly Lazy<Gazetteer?> DefaultGazetteer = new(EventDesk.Knowledge.Gazetteer.LoadDefault);
    private static readonly Lazy<NerModel?> DefaultNer = new(() =>
    {
        var path = ModelPaths.Find(NerModel.FileName);
        return File.Exists(path) ? NerModel.Load(path) : null;
    });

    /// <summary>The default knowledge plus <paramref name="dictionaries"/> (later paths win), loaded once per distinct list.</summary>
    /// <exception cref="KnowledgeFormatException">A dictionary file is malformed (the message names file and line).</exception>
    public static KnowledgeBase Knowledge(IReadOnlyList<string>? dictionaries = null)
    {
        var paths = dictionaries is null ? [] : dictionaries.Select(Path.GetFullPath).ToArray();
        var key = string.Join('\n', paths);
        return KnowledgeBases.GetOrAdd(key, _ => new Lazy<KnowledgeBase>(() => KnowledgeBase.Load(paths))).Value;
    }

    /// <summary>Loads the default NER model now (it is loaded once per process; null when data/models/ner.edm is absent).</summary>
    public static void LoadNer() => _ = DefaultNer.Value;

    /// <summary>The default gazetteer, or null when data/knowledge/gazetteer.tsv.gz is absent.</summary>
    public static Gazetteer? LoadGazetteer() => DefaultGazetteer.Value;

    /// <summary>
    /// Adds the entity recognizer (when data/models/ner.edm exists) and the actor resolver. The resolver
    /// uses the POS/lemma/dependency layers when the tagger and parser models exist (the hosts add those
    /// stages from the same model folder), and surface patterns otherwise.
    /// </summary>
    public static PipelineBuilder AddActors(this PipelineBuilder builder, IReadOnlyList<string>? dictionaries = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (DefaultNer.Value is not { } ner)
        {
            return builder;
        }
        var syntax = NlpModels.Find() is not null;
        return builder
            .Add(new EntityRecognizer(ner))
            .Add(new ActorResolver(Knowledge(dictionaries), LoadGazetteer(), requireSyntax: syntax));
    }
}
