namespace EventDesk.Text;

/// <summary>
/// One stage of the pipeline. It declares which layers it needs and which it adds, and adds
/// exactly those in <see cref="Annotate"/>. Implementations must be thread-safe: the same
/// instance annotates many documents in parallel, so all per-document state stays local.
/// </summary>
public interface IAnnotator
{
    string Name { get; }

    string Version { get; }

    IReadOnlyList<LayerKey> Requires { get; }

    IReadOnlyList<LayerKey> Produces { get; }

    void Annotate(Document document);
}
