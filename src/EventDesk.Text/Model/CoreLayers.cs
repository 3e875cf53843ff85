namespace EventDesk.Text;

/// <summary>The layer keys of the text layer: tokens, sentences, paragraphs and the dateline.</summary>
public static class CoreLayers
{
    public static readonly LayerKey<TokenLayer> Tokens = new("tokens");
    public static readonly LayerKey<SentenceLayer> Sentences = new("sentences");
    public static readonly LayerKey<ParagraphLayer> Paragraphs = new("paragraphs");
    public static readonly LayerKey<Dateline> Dateline = new("dateline");
}
