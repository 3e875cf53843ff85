using System.Buffers;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Quotes;

/// <summary>
/// A per-document, per-call view over the layers the quote and coreference stages read:
/// tokens with their sentence and paragraph, and the optional POS, lemma and dependency layers
/// (used when present, surface fallbacks otherwise). Built inside <c>Annotate</c>; never shared.
/// </summary>
internal sealed class DocumentView
{
    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”„«»");

    public DocumentView(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Sentences = document.Sentences;
        Count = Tokens.Count;
        SentenceOf = new int[Count];
        foreach (var sentence in Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                SentenceOf[t] = sentence.Index;
            }
        }
        document.Layers.TryGet(NlpLayers.Pos, out var pos);
        document.Layers.TryGet(NlpLayers.Lemmas, out var lemmas);
        document.Layers.TryGet(NlpLayers.Dependencies, out var deps);
        Pos = pos?.Count == Count ? pos : null;
        Lemmas = lemmas?.Count == Count ? lemmas : null;
        Deps = deps?.Count == Count ? deps : null;
        if (document.Layers.TryGet(CoreLayers.Dateline, out var dateline) && dateline.IsPresent)
        {
            Dateline = dateline.Span;
        }
    }

    public Document Document { get; }
    public string Text { get; }
    public TokenLayer Tokens { get; }
    public SentenceLayer Sentences { get; }
    public int Count { get; }
    public int[] SentenceOf { get; }
    public PosLayer? Pos { get; }
    public LemmaLayer? Lemmas { get; }
    public DependencyLayer? Deps { get; }
    public TextSpan Dateline { get; }

    public ReadOnlySpan<char> TextOf(int t) => Tokens.TextOf(t);

    public int Start(int t) => Tokens.Starts[t];

    public int End(int t) => Tokens.Ends[t];

    public int ParagraphOf(int t) => Sentences.ParagraphOf(SentenceOf[t]);

    public int SentenceStartToken(int t) => Sentences.FirstTokenOf(SentenceOf[t]);

    public int SentenceEndToken(int t) => Sentences.FirstTokenOf(SentenceOf[t]) + Sentences.TokenCountOf(SentenceOf[t]);

    public bool Is(int t, string word) => t >= 0 && t < Count && TextOf(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int t, ReadOnlySpan<string> words)
    {
        if (t < 0 || t >= Count)
        {
            return false;
        }
        var text = TextOf(t);
        foreach (var word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    public Upos? UposOf(int t) => Pos?.UposOf(t);

    /// <summary>True when the token has no letter or digit (commas, quote marks, dashes, brackets).</summary>
    public bool IsPunct(int t)
    {
        if (Pos is not null)
        {
            var upos = Pos.UposOf(t);
            if (upos == Upos.PUNCT)
            {
                return true;
            }
        }
        foreach (var c in TextOf(t))
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    public bool IsQuoteMark(int t) => TextOf(t).ContainsAny(QuoteChars);

    public static bool IsQuoteChar(char c) => QuoteChars.Contains(c);

    public bool IsCapitalized(int t)
    {
        var text = TextOf(t);
        return text.Length > 0 && char.IsUpper(text[0]);
    }

    /// <summary>All letters upper case and at least two of them: NSC, CSTO, U.N.</summary>
    public bool IsAcronym(int t)
    {
        var letters = 0;
        foreach (var c in TextOf(t))
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }
        return letters >= 2 && letters <= 7;
    }

    public bool IsPossessiveMarker(int t) => IsAny(t, ["'s", "’s", "'", "’"]);

    /// <summary>The token whose span covers or follows the offset.</summary>
    public int TokenAt(int offset) => Tokens.FirstTokenEndingAfter(offset);

    /// <summary>The tokens fully inside <paramref name="span"/>: [first, end).</summary>
    public (int First, int End) TokensIn(TextSpan span)
    {
        var first = Tokens.FirstTokenEndingAfter(span.Start);
        var end = first;
        while (end < Count && Tokens.Starts[end] < span.End)
        {
            end++;
        }
        return (first, end);
    }

    public TextSpan SpanOf(int first, int end) => TextSpan.FromBounds(Start(first), End(end - 1));
}
