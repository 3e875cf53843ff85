using EventDesk.Text;

namespace EventDesk.Cli.Output;

/// <summary>A readable plain-text rendering of annotated documents for the terminal. Not thread-safe.</summary>
public sealed class DocumentTableWriter(TextWriter target) : IDocumentOutput
{
    public void Write(Document document)
    {
        var meta = document.Metadata;
        target.WriteLine($"== {meta.Source}  (id {document.Id}{(meta.Date is { } d ? $", {d:yyyy-MM-dd}" : "")})");
        if (meta.Title is not null)
        {
            target.WriteLine($"   title: {meta.Title}");
        }
        if (document.Layers.TryGet(CoreLayers.Dateline, out var dateline) && dateline.IsPresent)
        {
            target.WriteLine($"   dateline: {document.Substring(dateline.Span).Trim()}  place={dateline.Place}{(dateline.Agency is null ? "" : $" agency={dateline.Agency}")}");
        }
        if (document.Layers.TryGet(CoreLayers.Sentences, out var sentences))
        {
            target.WriteLine($"   {sentences.Count} sentences");
            foreach (var sentence in sentences)
            {
                var text = document.Substring(sentence.Span).ReplaceLineEndings(" ");
                target.WriteLine($"   {sentence.Index,4}  {text}");
            }
        }
        target.WriteLine();
    }

    public void Dispose() => target.Flush();
}
