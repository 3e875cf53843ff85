namespace EventDesk.Text.Tokenization;

/// <summary>
/// The news tokenizer and sentence splitter. Tokens follow UD English (EWT/GUM) conventions
/// and are <em>syntactic words</em> given as character spans ("don't" -> [do][n't]), the unit
/// the tagger and parser consume; see docs/tokenization.md. Every line break ends a paragraph
/// (news files put one paragraph per line) and a sentence never crosses a paragraph. Sentence
/// ends come from punctuation rules refined by a learned boundary classifier
/// (<see cref="SentenceBoundaryModel"/>), when one is available.
/// Thread-safe: the instance is immutable and each call works on its own pooled buffers.
/// </summary>
public sealed class NewsTokenizer : IAnnotator
{
    private readonly SentenceBoundaryModel? _model;

    /// <summary>Uses the committed sentence boundary model (<see cref="SentenceBoundaryModel.Default"/>), or the rules alone without one.</summary>
    public NewsTokenizer()
        : this(SentenceBoundaryModel.Default)
    {
    }

    /// <summary>Uses <paramref name="sentenceModel"/> for sentence boundaries; null for the punctuation rules alone.</summary>
    public NewsTokenizer(SentenceBoundaryModel? sentenceModel)
    {
        _model = sentenceModel;
        Version = sentenceModel is null ? "1.1-rules" : "1.1-sb." + sentenceModel.Id;
    }

    /// <summary>The sentence boundary model in use, or null for the rules alone.</summary>
    public SentenceBoundaryModel? SentenceModel => _model;

    public string Name => "tokenizer";
    public string Version { get; }
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
            var lineEnd = ScanLine(span, pos, starts, ends, out var firstToken);
            if (starts.Count > firstToken)
            {
                paragraphs.Add(TextSpan.FromBounds(starts[firstToken], ends[starts.Count - 1]));
                SentenceSplitter.Split(span, starts.AsSpan(), ends.AsSpan(), firstToken, starts.Count, paragraphs.Count - 1, _model, sentences);
            }
            pos = lineEnd + 1;
        }
        var provenance = new LayerProvenance(Name, Version);
        document.Layers.Add(CoreLayers.Tokens, new TokenLayer(text, starts.ToArray(), ends.ToArray()), provenance);
        document.Layers.Add(CoreLayers.Sentences, sentences.ToLayer(), provenance);
        document.Layers.Add(CoreLayers.Paragraphs, new ParagraphLayer(paragraphs), provenance);
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> and returns the token columns and the first token of each
    /// paragraph (plus a final entry equal to the token count). Used by the boundary trainer.
    /// </summary>
    internal static (int[] Starts, int[] Ends, int[] ParagraphFirsts) Scan(string text)
    {
        var span = text.AsSpan();
        using var starts = new IntBuffer(text.Length / 5);
        using var ends = new IntBuffer(text.Length / 5);
        var firsts = new List<int>();
        var pos = 0;
        while (pos < span.Length)
        {
            var lineEnd = ScanLine(span, pos, starts, ends, out var firstToken);
            if (starts.Count > firstToken)
            {
                firsts.Add(firstToken);
            }
            pos = lineEnd + 1;
        }
        firsts.Add(starts.Count);
        return (starts.ToArray(), ends.ToArray(), [.. firsts]);
    }

    /// <summary>Scans the tokens of the line starting at <paramref name="pos"/>; returns where the line ends.</summary>
    private static int ScanLine(ReadOnlySpan<char> span, int pos, IntBuffer starts, IntBuffer ends, out int firstToken)
    {
        var lineEnd = span[pos..].IndexOfAny(TokenScanner.LineBreaks);
        lineEnd = lineEnd < 0 ? span.Length : pos + lineEnd;
        firstToken = starts.Count;
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
        return lineEnd;
    }
}
