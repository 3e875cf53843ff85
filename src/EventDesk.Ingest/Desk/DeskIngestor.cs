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
public sealed record IngestOutcome(IngestStatus Status, string? DocumentId, int Sentences, int Events, bool NewLink, string? Message = null)
{
    /// <summary>Tokens of an added document (0 otherwise).</summary>
    public int Tokens { get; init; }
}

/// <summary>
/// A document made ready for the store off the writer thread: fingerprints, and (when asked) the
/// annotated document and its tone. Immutable once built.
/// </summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(RawDocument raw, DateOnly? defaultDate)
    {
        Raw = raw;
        DefaultDate = defaultDate;
    }

    public RawDocument Raw { get; }

    internal DateOnly? DefaultDate { get; }

    /// <summary>Why nothing can be stored (no text), or null.</summary>
    internal string? SkipReason { get; init; }

    internal string Hash { get; init; } = "";

    internal string? NormalizedUrl { get; init; }

    internal uint[] Signature { get; init; } = [];

    /// <summary>The normalised words the fingerprints were made of, kept for the tone until the document is annotated.</summary>
    internal List<string>? Words { get; set; }

    /// <summary>The annotated document, or null when annotation was not done (yet) or failed.</summary>
    internal Document? Document { get; set; }

    internal double? Tone { get; set; }

    /// <summary>The pipeline's exception message when annotation failed.</summary>
    internal string? Failure { get; set; }

    internal bool Annotated => Document is not null || Failure is not null;
}

/// <summary>
/// Takes a raw document through deduplication, the pipeline, tone and storage. Every store
/// write is one transaction (or one savepoint of the store's open batch), so re-running after a
/// crash redoes at most what was in flight and re-ingesting the same input changes nothing.
/// <see cref="Prepare"/> and <see cref="Annotate"/> are thread-safe (they never touch the store);
/// <see cref="Commit"/> and <see cref="Ingest"/> are not (one store writer).
/// </summary>
public sealed class DeskIngestor(IEventStore store, Pipeline pipeline, ToneScorer? tone = null, TimeProvider? time = null)
{
    /// <summary>Estimated Jaccard similarity of word 3-shingles above which a document is a near-duplicate.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.5;

    private readonly ToneScorer _tone = tone ?? ToneScorer.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public Pipeline Pipeline => pipeline;

    public IngestOutcome Ingest(RawDocument raw, DateOnly? defaultDate = null) => Commit(Prepare(raw, defaultDate));

    /// <summary>Fingerprints of a document (content hash, normalised URL, MinHash). Thread-safe.</summary>
    public PreparedDocument Prepare(RawDocument raw, DateOnly? defaultDate = null)
    {
        if (string.IsNullOrWhiteSpace(raw.Text))
        {
            return new PreparedDocument(raw, defaultDate) { SkipReason = "the document has no text" };
        }
        var words = Fingerprints.Words(raw.Text);
        return new PreparedDocument(raw, defaultDate)
        {
            Hash = Fingerprints.ContentHash(words),
            NormalizedUrl = Fingerprints.NormalizeUrl(raw.Url),
            Signature = Fingerprints.MinHash(words),
            Words = words,
        };
    }

    /// <summary>
    /// Runs the pipeline and the tone scorer on a prepared document (a no-op when done already or
    /// nothing can be stored). Thread-safe. <paramref name="ticksPerStage"/>, when not empty, gets
    /// the pipeline's per-annotator wall time added.
    /// </summary>
    public void Annotate(PreparedDocument prepared, Span<long> ticksPerStage = default)
    {
        if (prepared.Annotated || prepared.SkipReason is not null)
        {
            return;
        }
        var raw = prepared.Raw;
        var document = new Document(prepared.Hash, raw.Text, new DocumentMetadata
        {
            Source = raw.Source,
            Title = raw.Title,
            Date = raw.Date ?? prepared.DefaultDate,
            DateIsDefault = raw.Date is null && prepared.DefaultDate is not null,
            Url = raw.Url,
            Author = raw.Author,
            Language = raw.Language,
        });
        try
        {
            if (ticksPerStage.IsEmpty)
            {
                pipeline.Annotate(document);
            }
            else
            {
                pipeline.Annotate(document, ticksPerStage);
            }
        }
        catch (AnnotatorFailedException e) when (document.Layers.Contains(CoreLayers.Sentences))
        {
            // A bug in a later stage must lose neither the batch nor the document: keep the text and the layers annotated
            // before the stage that failed (the store reads only the layers there are), and say so.
            prepared.Failure = e.Message;
            prepared.Tone = Tone(prepared);
            prepared.Document = document;
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in one stage must not take the batch down; name what failed.
            prepared.Failure = e.Message;
            return;
        }
        prepared.Tone = Tone(prepared);
        prepared.Document = document;
    }

    private double? Tone(PreparedDocument prepared)
    {
        var tone = _tone.Score(prepared.Words ?? Fingerprints.Words(prepared.Raw.Text));
        prepared.Words = null;
        return tone;
    }

    /// <summary>
    /// True when <paramref name="committed"/> (a read-only view of the store, usable from a worker thread)
    /// already holds an exact or near duplicate: then <see cref="Commit"/> will link, not add, since stored
    /// documents are never removed, so annotating it can be skipped. Thread-safe for a view per thread.
    /// </summary>
    public bool IsKnownDuplicate(PreparedDocument prepared, IEventStore committed) =>
        prepared.SkipReason is null &&
        (committed.FindExact(prepared.Hash, prepared.NormalizedUrl) is not null || committed.FindNear(prepared.Signature, NearDuplicateThreshold).Count > 0);

    /// <summary>
    /// Deduplicates against the store (which includes everything committed before, in input order)
    /// and stores the document when it is new, annotating it first if that was not done. Not thread-safe.
    /// </summary>
    public IngestOutcome Commit(PreparedDocument prepared)
    {
        if (prepared.SkipReason is { } reason)
        {
            return new IngestOutcome(IngestStatus.Skipped, null, 0, 0, false, reason);
        }
        var raw = prepared.Raw;
        var source = new SourceRef(raw.Kind, raw.Source, raw.Url, raw.Title);
        if (store.FindExact(prepared.Hash, prepared.NormalizedUrl) is { } existing)
        {
            return new IngestOutcome(IngestStatus.Duplicate, existing, 0, 0, store.LinkSource(existing, source));
        }
        var near = store.FindNear(prepared.Signature, NearDuplicateThreshold);
        if (near.Count > 0)
        {
            var (id, similarity) = near[0];
            return new IngestOutcome(IngestStatus.NearDuplicate, id, 0, 0, store.LinkSource(id, source), $"similarity {similarity:0.00}");
        }
        Annotate(prepared);
        if (prepared.Document is not { } document)
        {
            return new IngestOutcome(IngestStatus.Skipped, null, 0, 0, false, $"the pipeline failed: {prepared.Failure}");
        }
        var info = new DocumentInfo(prepared.Hash, prepared.NormalizedUrl, prepared.Signature, prepared.Tone, _time.GetUtcNow());
        store.AddDocument(document, info, source);
        var sentences = document.Layers.TryGet(CoreLayers.Sentences, out var s) ? s.Count : 0;
        var events = document.Layers.TryGet(AnnotationLayers.Events, out var ev) ? ev.Events.Count : 0;
        var tokens = document.Layers.TryGet(CoreLayers.Tokens, out var t) ? t.Count : 0;
        var partly = prepared.Failure is { } failure ? $"stored without the later annotations: {failure}" : null;
        return new IngestOutcome(IngestStatus.Added, prepared.Hash, sentences, events, true, partly) { Tokens = tokens };
    }
}
