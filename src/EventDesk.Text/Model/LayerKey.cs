namespace EventDesk.Text;

/// <summary>
/// Identifies one annotation layer. Keys are compared by reference, so each layer has exactly
/// one key instance, normally a static field next to the layer type. Thread-safe.
/// </summary>
public abstract class LayerKey
{
    protected LayerKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public abstract Type ValueType { get; }

    public override string ToString() => Name;
}

/// <summary>A typed layer key: the layer stored under it is a <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey where T : class
{
    public LayerKey(string name) : base(name)
    {
    }

    public override Type ValueType => typeof(T);
}
