using EventDesk.Ingest.Dedup;
using EventDesk.Ingest.Sources;
using EventDesk.Ingest.Tone;
using EventDesk.Storage;
using EventDesk.Text;

namespace EventDesk.Ingest.Desk;

public enum IngestStatus
{
    /// <summary>A new document: annotated and stored.</summary>
    Added,
    /// <summary>Same normalised text or URL as a stored document: linked as another source.</summary>
    Duplicate,
    /// <summary>A near-duplicate (MinHash) of a stored document: linked as another source.</summary>
    NearDuplicate,
    /// <summary>Nothing to store (empty text) or the pipeline failed; see the message.</summary>
    Skipped,
}

/// <summary>What happened to one input document. Immutable.</summary>
public sealed record IngestOutcome(IngestStatus Status, string? DocumentId, int Sentences, int Events, bool NewLink, string? Message = null);

/// <summary>
/// Takes a raw document through deduplication, the pipeline, tone and storage. Every store
/// write is one transaction, so re-running after a crash redoes at most one document and
/// re-ingesting the same input changes nothing. Not thread-safe (one store writer).
/// </summary>
public sealed class DeskIngestor(IEventStore store, Pipeline pipeline, ToneScorer? tone = null, TimeProvider? time = null)
{
    /// <summary>Estimated Jaccard similarity of word 3-shingles above which a document is a near-duplicate.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.5;

    private readonly ToneScorer _tone = tone ?? ToneScorer.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public IngestOutcome Ingest(RawDocument raw, DateOnly? defaultDate = null)
    {
        if (string.IsNullOrWhiteSpace(raw.Text))
        {
            return new IngestOutcome(IngestStatus.Skipped, null, 0, 0, false, "the document has no text");
        }
        var source = new SourceRef(raw.Kind, raw.Source, raw.Url, raw.Title);
        var hash = Fingerprints.ContentHash(raw.Text);
        var normalizedUrl = Fingerprints.NormalizeUrl(raw.Url);
        if (store.FindExact(hash, normalizedUrl) is { } existing)
        {
            return new IngestOutcome(IngestStatus.Duplicate, existing, 0, 0, store.LinkSource(existing, source));
        }
        var signature = Fingerprints.MinHash(raw.Text);
        var near = store.FindNear(signature, NearDuplicateThreshold);
        if (near.Count > 0)
        {
            var (id, similarity) = near[0];
            return new IngestOutcome(IngestStatus.NearDuplicate, id, 0, 0, store.LinkSource(id, source), $"similarity {similarity:0.00}");
        }
        var document = new Document(hash, raw.Text, new DocumentMetadata
        {
            Source = raw.Source,
            Title = raw.Title,
            Date = raw.Date ?? defaultDate,
            Url = raw.Url,
            Author = raw.Author,
            Language = raw.Language,
        });
        try
        {
            pipeline.Annotate(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in one stage must not take the batch down; name what failed.
            return new IngestOutcome(IngestStatus.Skipped, null, 0, 0, false, $"the pipeline failed: {e.Message}");
        }
        var info = new DocumentInfo(hash, normalizedUrl, signature, _tone.Score(raw.Text), _time.GetUtcNow());
        store.AddDocument(document, info, source);
        var sentences = document.Layers.TryGet(CoreLayers.Sentences, out var s) ? s.Count : 0;
        var events = document.Layers.TryGet(AnnotationLayers.Events, out var ev) ? ev.Events.Count : 0;
        return new IngestOutcome(IngestStatus.Added, hash, sentences, events, true);
    }
}
