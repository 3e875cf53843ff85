using System.Diagnostics.CodeAnalysis;

namespace EventDesk.Text;

/// <summary>Who produced a layer: the annotator's name and version.</summary>
public readonly record struct LayerProvenance(string Producer, string Version);

/// <summary>
/// The add-only annotation layers of one document. An annotator adds its own layers and never
/// replaces another's. Not thread-safe: a document is annotated by one thread at a time.
/// </summary>
public sealed class LayerSet
{
    private readonly Dictionary<LayerKey, (object Value, LayerProvenance Provenance)> _layers = new(ReferenceEqualityComparer.Instance);

    public int Count => _layers.Count;

    public IEnumerable<LayerKey> Keys => _layers.Keys;

    public void Add<T>(LayerKey<T> key, T value, LayerProvenance provenance) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!_layers.TryAdd(key, (value, provenance)))
        {
            var existing = _layers[key].Provenance;
            throw new InvalidOperationException(
                $"Layer '{key.Name}' was already added by {existing.Producer} {existing.Version}; " +
                $"{provenance.Producer} cannot replace it (layers are add-only).");
        }
    }

    public bool Contains(LayerKey key) => _layers.ContainsKey(key);

    public bool TryGet<T>(LayerKey<T> key, [NotNullWhen(true)] out T? value) where T : class
    {
        if (_layers.TryGetValue(key, out var entry))
        {
            value = (T)entry.Value;
            return true;
        }
        value = null;
        return false;
    }

    public T Get<T>(LayerKey<T> key) where T : class =>
        TryGet(key, out var value)
            ? value
            : throw new InvalidOperationException(
                $"Layer '{key.Name}' is missing: add an annotator that produces it earlier in the pipeline.");

    public LayerProvenance ProvenanceOf(LayerKey key) =>
        _layers.TryGetValue(key, out var entry)
            ? entry.Provenance
            : throw new InvalidOperationException($"Layer '{key.Name}' is missing.");
}
