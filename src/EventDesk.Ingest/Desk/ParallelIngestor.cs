using System.Diagnostics;
using System.Threading.Channels;
using EventDesk.Ingest.Sources;
using EventDesk.Storage;
using EventDesk.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace EventDesk.Ingest.Desk;

/// <summary>Settings of a parallel ingest. Immutable.</summary>
public sealed record ParallelIngestOptions
{
    /// <summary>Extraction and annotation workers; 0 or less means <see cref="Environment.ProcessorCount"/>.</summary>
    public int Threads { get; init; }

    /// <summary>Documents per transaction at most (the writer also commits whenever it would wait for work).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Longest a batch stays open, so a slow stream still reaches the disk regularly.</summary>
    public TimeSpan MaxBatchAge { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Items waiting for or being worked on, per worker: bounds memory whatever the input size.</summary>
    public int InFlightPerWorker { get; init; } = 8;

    /// <summary>
    /// Workers look documents up in what is already committed and skip annotating exact and near
    /// duplicates (re-ingesting, resuming after a crash). Same result either way; off only for measurements.
    /// </summary>
    public bool SkipKnownDuplicates { get; init; } = true;

    /// <summary>Collect per-stage times (extraction, fingerprints, each annotator, tone, storage).</summary>
    public bool MeasureStages { get; init; }

    internal int WorkerCount => Threads > 0 ? Threads : Environment.ProcessorCount;
}

/// <summary>One input (a path, URL or stdin) and the items read from it; the enumeration runs on the reading thread.</summary>
public sealed record IngestSource(string Input, IEnumerable<InputItem> Items);

/// <summary>What happened to one item, reported in input order on the writer's thread.</summary>
public readonly record struct IngestEvent(string Input, InputProblem? Problem, RawDocument? Document, IngestOutcome? Outcome);

/// <summary>Wall time spent per stage, summed over the threads that ran it (Stopwatch ticks). Mutable, owned by one run.</summary>
public sealed class IngestStageTimes
{
    internal IngestStageTimes(IReadOnlyList<string> annotators)
    {
        Annotators = annotators;
        AnnotatorTicks = new long[annotators.Count];
    }

    /// <summary>Reading and HTML extraction (deferred extraction on the workers; file reading is on the reader thread and not counted).</summary>
    public long ExtractionTicks { get; internal set; }

    /// <summary>Content hash, URL normalisation and MinHash.</summary>
    public long FingerprintTicks { get; internal set; }

    public IReadOnlyList<string> Annotators { get; }

    public long[] AnnotatorTicks { get; }

    public long ToneTicks { get; internal set; }

    /// <summary>The writer: dedup look-ups, inserts, aggregate updates and commits.</summary>
    public long StorageTicks { get; internal set; }

    /// <summary>Time the writer waited for the next item in order (the workers were the bottleneck).</summary>
    public long WriterWaitTicks { get; internal set; }

    internal void Add(WorkerTimes w)
    {
        ExtractionTicks += w.Extraction;
        FingerprintTicks += w.Fingerprint;
        ToneTicks += w.Tone;
        for (var i = 0; i < AnnotatorTicks.Length; i++)
        {
            AnnotatorTicks[i] += w.Annotators[i];
        }
    }
}

internal sealed class WorkerTimes(int annotators)
{
    public long Extraction;
    public long Fingerprint;
    public long Tone;
    public readonly long[] Annotators = new long[annotators];
}

/// <summary>
/// The parallel ingest: one reader thread enumerates the inputs, N workers extract HTML, fingerprint
/// and annotate documents, and the caller's thread is the single database writer. Items flow through
/// bounded <see cref="Channel"/>s (memory stays flat on any input size) and are written strictly in
/// input order, so the database is the same as a sequential run's whatever the thread timing:
/// deduplication (exact and near) is decided by the writer against everything before the item,
/// including the uncommitted documents of its batch. Several documents share a transaction; a
/// killed process loses at most that batch. One run at a time per instance.
/// </summary>
public sealed class ParallelIngestor
{
    private readonly SqliteEventStore _store;
    private readonly DeskIngestor _desk;
    private readonly ParallelIngestOptions _options;

    public ParallelIngestor(SqliteEventStore store, DeskIngestor desk, ParallelIngestOptions? options = null)
    {
        _store = store;
        _desk = desk;
        _options = options ?? new ParallelIngestOptions();
        FeedStates = new DeferredFeedStates(store);
    }

    /// <summary>
    /// Feed state for an <see cref="InputReader"/> used with this ingestor: reads come from a separate
    /// read connection (the writer owns the store), writes are queued in input order and done by the
    /// writer, so a feed's state is saved only after the items before it were written.
    /// </summary>
    public IFeedStateStore FeedStates { get; }

    /// <summary>Per-stage times of the last run (when <see cref="ParallelIngestOptions.MeasureStages"/> is set).</summary>
    public IngestStageTimes? StageTimes { get; private set; }

    /// <summary>
    /// Ingests every item of every source; <paramref name="onEvent"/> is called for each item in input
    /// order on the calling thread. Returns when everything is committed. Store errors stop the run
    /// (the open batch is rolled back) and are rethrown.
    /// </summary>
    public void Run(IEnumerable<IngestSource> sources, DateOnly? defaultDate, Action<IngestEvent> onEvent, CancellationToken cancel = default)
    {
        var workers = _options.WorkerCount;
        var capacity = Math.Max(2, workers * Math.Max(1, _options.InFlightPerWorker));
        // The ordered channel holds every item from the moment it is read until it is written; its
        // capacity bounds the documents in memory. The work channel only hands items to workers.
        var ordered = Channel.CreateBounded<Work>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<Work>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var annotators = _desk.Pipeline.Annotators.Select(a => a.Name).ToArray();
        var times = _options.MeasureStages ? new IngestStageTimes(annotators) : null;
        var workerTimes = new WorkerTimes[workers];

        var reader = new Thread(() => Read(sources, ordered.Writer, work.Writer, stop.Token)) { IsBackground = true, Name = "ingest-reader" };
        var threads = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            var wt = workerTimes[i] = new WorkerTimes(annotators.Length);
            threads[i] = new Thread(() => RunWorker(work.Reader, defaultDate, times is null ? null : wt, stop.Token))
            {
                IsBackground = true,
                Name = $"ingest-worker-{i}",
            };
        }
        reader.Start();
        foreach (var t in threads)
        {
            t.Start();
        }
        try
        {
            Write(ordered.Reader, onEvent, times, stop.Token);
        }
        catch
        {
            stop.Cancel();
            _store.RollbackBatch();
            throw;
        }
        finally
        {
            stop.Cancel();
            reader.Join();
            foreach (var t in threads)
            {
                t.Join();
            }
        }
        if (times is not null)
        {
            foreach (var wt in workerTimes)
            {
                times.Add(wt);
            }
        }
        StageTimes = times;
        (FeedStates as DeferredFeedStates)?.CloseReadConnection();
    }

    /// <summary>One item on its way: filled by a worker, consumed by the writer.</summary>
    private sealed class Work
    {
        public required string Input { get; init; }
        public InputItem Item;
        public Action? WriterAction { get; init; }
        public PreparedDocument? Prepared;
        // Never disposed: no wait handle is ever materialised, and a worker may still be inside Set().
        public readonly ManualResetEventSlim Done = new(false);
    }

    private void Read(IEnumerable<IngestSource> sources, ChannelWriter<Work> ordered, ChannelWriter<Work> work, CancellationToken stop)
    {
        try
        {
            foreach (var source in sources)
            {
                IEnumerator<InputItem>? items = null;
                try
                {
                    items = source.Items.GetEnumerator();
                    while (true)
                    {
                        InputItem item;
                        try
                        {
                            if (!items.MoveNext())
                            {
                                break;
                            }
                            item = items.Current;
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
                        {
                            // As the sequential ingest does: an unreadable input is one error, the batch goes on.
                            Post(new Work { Input = source.Input, Item = new InputItem(null, new InputProblem(source.Input, e.Message, IsError: true)) },
                                ordered, work, needsWork: false, stop);
                            break;
                        }
                        var needsWork = item.Pending is not null || item.Document is not null;
                        Post(new Work { Input = source.Input, Item = item }, ordered, work, needsWork, stop);
                        // Feed state writes the reader made while reading this item go in order after it.
                        if (FeedStates is DeferredFeedStates deferred && deferred.TakeQueued() is { Count: > 0 } queued)
                        {
                            foreach (var state in queued)
                            {
                                Post(new Work { Input = source.Input, Item = default, WriterAction = () => _store.SetFeedState(state) },
                                    ordered, work, needsWork: false, stop);
                            }
                        }
                    }
                }
                finally
                {
                    items?.Dispose();
                }
                if (FeedStates is DeferredFeedStates d && d.TakeQueued() is { Count: > 0 } rest)
                {
                    foreach (var state in rest)
                    {
                        Post(new Work { Input = source.Input, Item = default, WriterAction = () => _store.SetFeedState(state) },
                            ordered, work, needsWork: false, stop);
                    }
                }
            }
            ordered.TryComplete();
        }
        catch (OperationCanceledException)
        {
            ordered.TryComplete();
        }
        catch (Exception e)
        {
            // A bug in reading: surface it on the writer's thread.
            ordered.TryComplete(e);
        }
        finally
        {
            work.TryComplete();
        }
    }

    private static void Post(Work w, ChannelWriter<Work> ordered, ChannelWriter<Work> work, bool needsWork, CancellationToken stop)
    {
        if (!needsWork)
        {
            w.Done.Set();
        }
        Wait(ordered.WriteAsync(w, stop));
        if (needsWork)
        {
            Wait(work.WriteAsync(w, stop));
        }
    }

    private static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    private void RunWorker(ChannelReader<Work> work, DateOnly? defaultDate, WorkerTimes? times, CancellationToken stop)
    {
        // Each worker's own read-only view of what is committed: re-ingested documents are found
        // there and not annotated again (the writer still decides, in order).
        SqliteEventStore? committed = null;
        try
        {
            committed = _options.SkipKnownDuplicates && File.Exists(_store.Path) ? SqliteEventStore.OpenReadOnly(_store.Path) : null;
        }
        catch (SqliteException)
        {
            committed = null;
        }
        try
        {
            while (WaitToRead(work, stop))
            {
                while (work.TryRead(out var w))
                {
                    try
                    {
                        Process(w, defaultDate, times, committed);
                    }
                    finally
                    {
                        w.Done.Set();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            committed?.Dispose();
        }
    }

    private static bool WaitToRead<T>(ChannelReader<T> reader, CancellationToken stop)
    {
        var wait = reader.WaitToReadAsync(stop);
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    private void Process(Work w, DateOnly? defaultDate, WorkerTimes? times, SqliteEventStore? committed)
    {
        try
        {
            var t0 = Stopwatch.GetTimestamp();
            if (w.Item.Pending is not null)
            {
                w.Item = w.Item.Resolve();
                if (times is not null)
                {
                    times.Extraction += Stopwatch.GetTimestamp() - t0;
                }
            }
            if (w.Item.Document is not { } raw)
            {
                return;
            }
            var t1 = Stopwatch.GetTimestamp();
            var prepared = _desk.Prepare(raw, defaultDate);
            if (committed is not null && IsKnownDuplicate(prepared, committed))
            {
                w.Prepared = prepared;
                if (times is not null)
                {
                    times.Fingerprint += Stopwatch.GetTimestamp() - t1;
                }
                return;
            }
            var t2 = Stopwatch.GetTimestamp();
            var annotatorsBefore = times is null ? 0 : Sum(times.Annotators);
            // Annotated before the writer knows whether it is a duplicate: the writer decides in order,
            // and duplicates are rare next to what the wait would cost.
            _desk.Annotate(prepared, times is null ? default : times.Annotators);
            if (times is not null)
            {
                times.Fingerprint += t2 - t1;
                // Tone (and building the Document) is what Annotate took beyond the annotators.
                times.Tone += Stopwatch.GetTimestamp() - t2 - (Sum(times.Annotators) - annotatorsBefore);
            }
            w.Prepared = prepared;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug outside the pipeline (fingerprints, extraction): this item is skipped, named.
            w.Item = new InputItem(w.Item.Document, new InputProblem(w.Item.Document?.Source ?? w.Input, $"skipped: {e.Message}", IsError: false));
            w.Prepared = null;
        }
    }

    private bool IsKnownDuplicate(PreparedDocument prepared, SqliteEventStore committed)
    {
        try
        {
            return _desk.IsKnownDuplicate(prepared, committed);
        }
        catch (SqliteException)
        {
            // Busy or locked: just annotate; the writer decides anyway.
            return false;
        }
    }

    private static long Sum(long[] values)
    {
        var sum = 0L;
        foreach (var v in values)
        {
            sum += v;
        }
        return sum;
    }

    private void Write(ChannelReader<Work> ordered, Action<IngestEvent> onEvent, IngestStageTimes? times, CancellationToken stop)
    {
        var batchStarted = 0L;
        var inBatch = 0;
        var maxAge = (long)(_options.MaxBatchAge.TotalSeconds * Stopwatch.Frequency);
        void Commit()
        {
            if (inBatch > 0 || _store.InBatch)
            {
                var t = Stopwatch.GetTimestamp();
                _store.CommitBatch();
                if (times is not null)
                {
                    times.StorageTicks += Stopwatch.GetTimestamp() - t;
                }
            }
            inBatch = 0;
        }
        while (true)
        {
            if (!ordered.TryRead(out var w))
            {
                // Nothing ready: make what we have durable before waiting.
                Commit();
                var t = Stopwatch.GetTimestamp();
                if (!WaitToRead(ordered, stop))
                {
                    break;
                }
                if (times is not null)
                {
                    times.WriterWaitTicks += Stopwatch.GetTimestamp() - t;
                }
                continue;
            }
            if (!w.Done.IsSet)
            {
                var t = Stopwatch.GetTimestamp();
                w.Done.Wait(stop);
                if (times is not null)
                {
                    times.WriterWaitTicks += Stopwatch.GetTimestamp() - t;
                }
            }
            if (w.WriterAction is { } action)
            {
                action();
                continue;
            }
            var item = w.Item;
            IngestOutcome? outcome = null;
            if (w.Prepared is { } prepared)
            {
                if (!_store.InBatch)
                {
                    _store.BeginBatch();
                    batchStarted = Stopwatch.GetTimestamp();
                }
                var t = Stopwatch.GetTimestamp();
                outcome = _desk.Commit(prepared);
                if (times is not null)
                {
                    times.StorageTicks += Stopwatch.GetTimestamp() - t;
                }
                inBatch++;
                w.Prepared = null;
                if (inBatch >= _options.BatchSize || Stopwatch.GetTimestamp() - batchStarted >= maxAge)
                {
                    Commit();
                }
            }
            onEvent(new IngestEvent(w.Input, item.Problem, item.Document, outcome));
        }
        Commit();
    }

    /// <summary>
    /// Feed state for the reader thread: look-ups on a separate connection (opened on first use),
    /// writes queued for the writer. Used by one reader thread.
    /// </summary>
    private sealed class DeferredFeedStates(SqliteEventStore store) : IFeedStateStore
    {
        private readonly List<FeedState> _queued = [];
        private readonly Dictionary<string, FeedState> _written = new(StringComparer.Ordinal);
        private SqliteEventStore? _readOnly;

        public FeedState? GetFeedState(string url)
        {
            lock (_queued)
            {
                if (_written.TryGetValue(url, out var mine))
                {
                    return mine;
                }
                _readOnly ??= SqliteEventStore.Open(store.Path);
                return _readOnly.GetFeedState(url);
            }
        }

        public void SetFeedState(FeedState state)
        {
            lock (_queued)
            {
                _queued.Add(state);
                _written[state.Url] = state;
            }
        }

        public void CloseReadConnection()
        {
            lock (_queued)
            {
                _readOnly?.Dispose();
                _readOnly = null;
            }
        }

        public List<FeedState> TakeQueued()
        {
            lock (_queued)
            {
                if (_queued.Count == 0)
                {
                    return [];
                }
                var list = _queued.ToList();
                _queued.Clear();
                return list;
            }
        }
    }
}
