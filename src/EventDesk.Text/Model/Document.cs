namespace EventDesk.Text;

/// <summary>
/// One article: its original text, which is never rewritten, and the annotation layers added
/// to it by the pipeline. Not thread-safe: one thread annotates a document at a time; many
/// documents go through a pipeline in parallel.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Metadata = metadata ?? new DocumentMetadata();
    }

    public string Id { get; }

    /// <summary>The decoded original text. All spans are offsets into it.</summary>
    public string Text { get; }

    public DocumentMetadata Metadata { get; }

    public LayerSet Layers { get; } = new();

    /// <summary>The tokens; throws when no tokenizer has run.</summary>
    public TokenLayer Tokens => Layers.Get(CoreLayers.Tokens);

    /// <summary>The sentences; throws when no sentence splitter has run.</summary>
    public SentenceLayer Sentences => Layers.Get(CoreLayers.Sentences);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public string Substring(TextSpan span) => Text.Substring(span.Start, span.Length);
}
