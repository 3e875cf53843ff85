using System.Runtime.CompilerServices;
using EventDesk.Knowledge;
using EventDesk.Nlp;
using EventDesk.Nlp.Ner;
using EventDesk.Text;

namespace EventDesk.Coding.Actors;

/// <summary>
/// Turns mentions into actors and places (<see cref="AnnotationLayers.Entities"/>,
/// <see cref="AnnotationLayers.Places"/>, <see cref="ActorLayers.Index"/>): NER spans plus what the
/// knowledge base knows (countries, demonyms, metonyms, IGOs, armed groups, people, role words),
/// composed into noun phrases ("Russian Foreign Minister, Sergey Lavrov" -> RUSGOV, Foreign
/// Minister), resolved as of the document date, with in-text acronyms, surnames, metonymy and
/// the dateline country as the default for unqualified government bodies. See docs/actors.md.
/// Thread-safe: the knowledge base and its phrase index are immutable; per-document state is local.
/// </summary>
public sealed class ActorResolver : IAnnotator
{
    // One phrase index per knowledge base, shared by every resolver built on it.
    private static readonly ConditionalWeakTable<KnowledgeBase, PhraseIndex> Indexes = new();

    /// <param name="knowledge">The loaded knowledge base (load once and share).</param>
    /// <param name="gazetteer">Place names for geocoding; null leaves places without coordinates.</param>
    /// <param name="requireSyntax">
    /// True (the default) requires POS, lemma and dependency layers. False runs without them
    /// (surface patterns only), for pipelines whose tagger and parser models are not available.
    /// </param>
    // The gazetteer with the knowledge base's English place names laid over it, made once per (knowledge, gazetteer) pair.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, Tuple<Gazetteer, Gazetteer>> Overlaid = new();

    private static Gazetteer? WithCuratedPlaces(KnowledgeBase knowledge, Gazetteer? gazetteer)
    {
        if (gazetteer is null || knowledge.Places.IsEmpty)
        {
            return gazetteer;
        }
        if (Overlaid.TryGetValue(knowledge, out var made) && ReferenceEquals(made.Item1, gazetteer))
        {
            return made.Item2;
        }
        var overlaid = gazetteer.WithPlaces(knowledge.Places);
        Overlaid.AddOrUpdate(knowledge, Tuple.Create(gazetteer, overlaid));
        return overlaid;
    }

    public ActorResolver(KnowledgeBase knowledge, Gazetteer? gazetteer = null, bool requireSyntax = true)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        Gazetteer = WithCuratedPlaces(knowledge, gazetteer);
        Phrases = Indexes.GetValue(knowledge, kb => new PhraseIndex(kb));
        Requires = requireSyntax
            ? [CoreLayers.Tokens, CoreLayers.Sentences, NlpLayers.Pos, NlpLayers.Lemmas, NlpLayers.Dependencies, NerLayers.NamedEntities, CoreLayers.Dateline]
            : [CoreLayers.Tokens, CoreLayers.Sentences, NerLayers.NamedEntities, CoreLayers.Dateline];
    }

    public string Name => "actor-resolver";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> Produces { get; } = [AnnotationLayers.Entities, AnnotationLayers.Places, ActorLayers.Index];

    public KnowledgeBase Knowledge { get; }

    public Gazetteer? Gazetteer { get; }

    internal PhraseIndex Phrases { get; }

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = new ResolverRun(this, document);
        var (entities, places, index) = run.Run();
        var provenance = new LayerProvenance(Name, Version);
        document.Layers.Add(AnnotationLayers.Entities, entities, provenance);
        document.Layers.Add(AnnotationLayers.Places, places, provenance);
        document.Layers.Add(ActorLayers.Index, index, provenance);
    }
}
