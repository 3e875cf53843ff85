namespace EventDesk.Text.Tokenization;

/// <summary>
/// The news tokenizer and sentence splitter. Tokens follow UD English (EWT/GUM) conventions
/// and are <em>syntactic words</em> given as character spans ("don't" -> [do][n't]), the unit
/// the tagger and parser consume; see docs/tokenization.md. Every line break ends a paragraph
/// (news files put one paragraph per line) and a sentence never crosses a paragraph.
/// Thread-safe: the instance is stateless and each call works on its own pooled buffers.
/// </summary>
public sealed class NewsTokenizer : IAnnotator
{
    public string Name => "tokenizer";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [CoreLayers.Tokens, CoreLayers.Sentences, CoreLayers.Paragraphs];

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var span = text.AsSpan();
        using var starts = new IntBuffer(text.Length / 5);
        using var ends = new IntBuffer(text.Length / 5);
        using var sentences = new SentenceColumns();
        var paragraphs = new List<TextSpan>();
        var pos = 0;
        while (pos < span.Length)
        {
            var lineEnd = span[pos..].IndexOfAny(TokenScanner.LineBreaks);
            lineEnd = lineEnd < 0 ? span.Length : pos + lineEnd;
            var firstToken = starts.Count;
            var i = pos;
            while (i < lineEnd)
            {
                if (TokenScanner.IsSpace(span[i]))
                {
                    i++;
                    continue;
                }
                var chunkStart = i;
                while (i < lineEnd && !TokenScanner.IsSpace(span[i]))
                {
                    i++;
                }
                TokenScanner.ScanChunk(span, chunkStart, i, lineEnd, starts.Count == firstToken, starts, ends);
            }
            if (starts.Count > firstToken)
            {
                paragraphs.Add(TextSpan.FromBounds(starts[firstToken], ends[starts.Count - 1]));
                SentenceSplitter.Split(span, starts, ends, firstToken, starts.Count, paragraphs.Count - 1, sentences);
            }
            pos = lineEnd + 1;
        }
        var provenance = new LayerProvenance(Name, Version);
        document.Layers.Add(CoreLayers.Tokens, new TokenLayer(text, starts.ToArray(), ends.ToArray()), provenance);
        document.Layers.Add(CoreLayers.Sentences, sentences.ToLayer(), provenance);
        document.Layers.Add(CoreLayers.Paragraphs, new ParagraphLayer(paragraphs), provenance);
    }
}
