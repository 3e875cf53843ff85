using System.Collections.Concurrent;
using EventDesk.Storage.Sqlite;

namespace EventDesk.Web.Hosting;

/// <summary>
/// Hands out SQLite stores to request threads. <see cref="SqliteEventStore"/> is not thread-safe,
/// so readers rent one instance each from a pool (WAL lets them read while the writer writes)
/// and every write goes through the single writer instance under a lock. Thread-safe.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    private readonly string _path;
    private readonly ConcurrentBag<SqliteEventStore> _readers = [];
    private readonly SqliteEventStore _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private int _disposed;

    public StoreAccess(string path)
    {
        _path = path;
        // Opening applies the migrations once, before any reader exists.
        _writer = SqliteEventStore.Open(path);
        _writer.Optimize();
    }

    public string Path => _writer.Path;

    public T Read<T>(Func<SqliteEventStore, T> query)
    {
        var store = _readers.TryTake(out var s) ? s : SqliteEventStore.Open(_path);
        try
        {
            return query(store);
        }
        finally
        {
            if (Volatile.Read(ref _disposed) == 0 && _readers.Count < 16)
            {
                _readers.Add(store);
            }
            else
            {
                store.Dispose();
            }
        }
    }

    public async Task<T> WriteAsync<T>(Func<SqliteEventStore, T> write, CancellationToken cancel)
    {
        await _writeLock.WaitAsync(cancel);
        try
        {
            return write(_writer);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        while (_readers.TryTake(out var s))
        {
            s.Dispose();
        }
        _writer.Dispose();
        _writeLock.Dispose();
    }
}
