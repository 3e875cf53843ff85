namespace EventDesk.Text.Tokenization;

/// <summary>
/// PLACEHOLDER (to be replaced by the full news tokenizer): splits on whitespace and
/// punctuation, sentences at . ! ? and paragraphs at newlines. Thread-safe (stateless).
/// </summary>
public sealed class NewsTokenizer : IAnnotator
{
    public string Name => "tokenizer";
    public string Version => "0.1";
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [CoreLayers.Tokens, CoreLayers.Sentences, CoreLayers.Paragraphs];

    public void Annotate(Document document)
    {
        var text = document.Text;
        var starts = new List<int>();
        var ends = new List<int>();
        var sStarts = new List<int>();
        var sEnds = new List<int>();
        var sFirst = new List<int>();
        var sCount = new List<int>();
        var sPar = new List<int>();
        var paragraphs = new List<TextSpan>();
        var pos = 0;
        while (pos < text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var before = starts.Count;
            var i = pos;
            while (i < lineEnd)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                if (char.IsLetterOrDigit(text[i]))
                {
                    while (i < lineEnd && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }
                }
                else
                {
                    i++;
                }
                starts.Add(start);
                ends.Add(i);
            }
            if (starts.Count > before)
            {
                paragraphs.Add(TextSpan.FromBounds(starts[before], ends[^1]));
                var first = before;
                for (var t = before; t < starts.Count; t++)
                {
                    var c = text[starts[t]];
                    if (t == starts.Count - 1 || ((c == '.' || c == '!' || c == '?') && ends[t] - starts[t] == 1))
                    {
                        sStarts.Add(starts[first]);
                        sEnds.Add(ends[t]);
                        sFirst.Add(first);
                        sCount.Add(t - first + 1);
                        sPar.Add(paragraphs.Count - 1);
                        first = t + 1;
                    }
                }
            }
            pos = lineEnd + 1;
        }
        var provenance = new LayerProvenance(Name, Version);
        document.Layers.Add(CoreLayers.Tokens, new TokenLayer(text, [.. starts], [.. ends]), provenance);
        document.Layers.Add(CoreLayers.Sentences, new SentenceLayer([.. sStarts], [.. sEnds], [.. sFirst], [.. sCount], [.. sPar]), provenance);
        document.Layers.Add(CoreLayers.Paragraphs, new ParagraphLayer(paragraphs), provenance);
    }
}
