using EventDesk.Coding.Events;
using EventDesk.Text;

namespace EventDesk.Cli.Output;

/// <summary>
/// A readable plain-text rendering of annotated documents for the terminal: sentences, quotes
/// and events; with <c>explain</c>, why each event was coded. Not thread-safe.
/// </summary>
public sealed class DocumentTableWriter(TextWriter target, bool explain = false, bool showSentences = true) : IDocumentOutput
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
        if (showSentences && document.Layers.TryGet(CoreLayers.Sentences, out var sentences))
        {
            target.WriteLine($"   {sentences.Count} sentences");
            foreach (var sentence in sentences)
            {
                var text = document.Substring(sentence.Span).ReplaceLineEndings(" ");
                target.WriteLine($"   {sentence.Index,4}  {text}");
            }
        }
        if (document.Layers.TryGet(AnnotationLayers.Quotes, out var quotes) && quotes.Quotes.Count > 0)
        {
            target.WriteLine($"   {quotes.Quotes.Count} quotes");
            foreach (var quote in quotes.Quotes)
            {
                var speaker = quote.Speaker is null ? "?" : quote.Speaker.Name ?? quote.Speaker.Text;
                var text = document.Substring(quote.Span).ReplaceLineEndings(" ");
                target.WriteLine($"   {quote.Sentence,4}  {speaker}: \"{(text.Length > 90 ? text[..90] + "..." : text)}\"");
            }
        }
        if (document.Layers.TryGet(AnnotationLayers.Events, out var events))
        {
            target.WriteLine($"   {events.Events.Count} events");
            foreach (var e in events.Events)
            {
                target.WriteLine($"   {e.Sentence,4}  {EventExplanation.Summary(document, e)}");
                if (explain)
                {
                    target.Write(EventExplanation.Describe(document, e));
                }
            }
        }
        target.WriteLine();
    }

    public void Dispose() => target.Flush();
}
