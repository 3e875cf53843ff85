namespace EventDesk.Text.Tokenization;

/// <summary>PLACEHOLDER: recognises <c>PLACE:</c> at the start of the text. Thread-safe.</summary>
public sealed class DatelineDetector : IAnnotator
{
    public string Name => "dateline";
    public string Version => "0.1";
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [CoreLayers.Dateline];

    public void Annotate(Document document)
    {
        // The layer is always added; an absent dateline is an empty marker so consumers can tell "looked, none".
        document.Layers.Add(CoreLayers.Dateline, Dateline.None, new LayerProvenance(Name, Version));
    }
}
