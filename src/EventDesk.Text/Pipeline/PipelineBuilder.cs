namespace EventDesk.Text;

/// <summary>
/// Collects annotators and checks once, at <see cref="Build"/>, that each one's requirements
/// are produced by an annotator before it and that no two produce the same layer.
/// Not thread-safe; the <see cref="Pipeline"/> it builds is.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        _annotators.Add(annotator);
        return this;
    }

    /// <summary>True when an annotator added so far produces the layer (for optional stages).</summary>
    public bool Provides(LayerKey key) => _annotators.Any(a => a.Produces.Contains(key));

    public Pipeline Build()
    {
        var produced = new Dictionary<LayerKey, IAnnotator>(ReferenceEqualityComparer.Instance);
        foreach (var annotator in _annotators)
        {
            foreach (var required in annotator.Requires)
            {
                if (!produced.ContainsKey(required))
                {
                    var later = _annotators.FirstOrDefault(a => a.Produces.Contains(required));
                    var hint = later is null
                        ? "no annotator in the pipeline produces it"
                        : $"it is produced by '{later.Name}', which must come before '{annotator.Name}'";
                    throw new InvalidOperationException(
                        $"Annotator '{annotator.Name}' requires layer '{required.Name}', but {hint}.");
                }
            }
            foreach (var output in annotator.Produces)
            {
                if (!produced.TryAdd(output, annotator))
                {
                    throw new InvalidOperationException(
                        $"Layer '{output.Name}' is produced by both '{produced[output].Name}' and '{annotator.Name}'; layers are add-only.");
                }
            }
        }
        return new Pipeline([.. _annotators]);
    }
}

/// <summary>
/// An ordered, validated, immutable list of annotators, built by <see cref="PipelineBuilder"/>.
/// Thread-safe: reuse one instance for every document and call <see cref="Annotate"/> from
/// many threads on different documents.
/// </summary>
public sealed class Pipeline
{
    private readonly IAnnotator[] _annotators;

    internal Pipeline(IAnnotator[] annotators) => _annotators = annotators;

    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    /// <summary>Every layer this pipeline adds to a document.</summary>
    public IEnumerable<LayerKey> Produces => _annotators.SelectMany(a => a.Produces);

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var annotator in _annotators)
        {
            Run(annotator, document);
            foreach (var output in annotator.Produces)
            {
                if (!document.Layers.Contains(output))
                {
                    throw new InvalidOperationException(
                        $"Annotator '{annotator.Name}' declared layer '{output.Name}' but did not add it to document '{document.Id}'.");
                }
            }
        }
    }

    /// <summary>Annotates and reports the wall time of each stage (for the bench command).</summary>
    public void Annotate(Document document, Span<long> ticksPerStage)
    {
        if (ticksPerStage.Length < _annotators.Length)
        {
            throw new ArgumentException("One slot per annotator is needed.", nameof(ticksPerStage));
        }
        for (var i = 0; i < _annotators.Length; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Run(_annotators[i], document);
            ticksPerStage[i] += System.Diagnostics.Stopwatch.GetTimestamp() - started;
        }
    }

    /// <summary>Runs one stage, naming it if it throws; the document keeps the layers of the stages before it.</summary>
    private static void Run(IAnnotator annotator, Document document)
    {
        try
        {
            annotator.Annotate(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not AnnotatorFailedException)
        {
            throw new AnnotatorFailedException(annotator.Name, document.Id, e);
        }
    }
}

/// <summary>
/// An annotator threw: <see cref="Annotator"/> names it. The document keeps the layers added before it, so a caller can
/// still store the text and what was annotated.
/// </summary>
public sealed class AnnotatorFailedException(string annotator, string documentId, Exception inner)
    : Exception($"the {annotator} stage failed on document {documentId}: {inner.Message}", inner)
{
    public string Annotator { get; } = annotator;
}
