using System.Buffers;

namespace EventDesk.Text.Tokenization;

/// <summary>
/// A growable int array rented from the shared pool, used for the per-document token and
/// sentence columns so that tokenising does not allocate per token. Not thread-safe: one
/// instance belongs to one <c>Annotate</c> call and is disposed at its end.
/// </summary>
internal sealed class IntBuffer : IDisposable
{
    private int[] _items;

    public IntBuffer(int capacity) => _items = ArrayPool<int>.Shared.Rent(Math.Clamp(capacity, 16, 1 << 20));

    public int Count { get; private set; }

    public int this[int index] => _items[index];

    public void Add(int value)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, bigger, Count);
            ArrayPool<int>.Shared.Return(_items);
            _items = bigger;
        }
        _items[Count++] = value;
    }

    public ReadOnlySpan<int> AsSpan() => _items.AsSpan(0, Count);

    public int[] ToArray() => Count == 0 ? [] : _items.AsSpan(0, Count).ToArray();

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_items);
        }
        _items = [];
        Count = 0;
    }
}
