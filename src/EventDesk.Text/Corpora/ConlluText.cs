using System.Text;

namespace EventDesk.Text.Corpora;

/// <summary>
/// One syntactic word of a rebuilt gold document. <see cref="Span"/> is exact when the words of
/// a multiword token spell it out ("don't" = "do" + "n't"); otherwise every word of that token
/// carries the whole surface span and <see cref="ExactSpan"/> is false.
/// </summary>
public readonly record struct GoldWord(TextSpan Span, int Sentence, int WordIndex, int SurfaceToken, bool ExactSpan);

/// <summary>
/// A gold CoNLL-U document rebuilt as raw text, with the character spans of its surface tokens,
/// syntactic words, sentences and paragraphs. Immutable.
/// </summary>
public sealed class GoldDocument
{
    internal GoldDocument(string id, string text, TextSpan[] tokens, GoldWord[] words, TextSpan[] sentences,
        TextSpan[] paragraphs, ConlluSentence[] source)
    {
        Id = id;
        Text = text;
        Tokens = tokens;
        Words = words;
        Sentences = sentences;
        Paragraphs = paragraphs;
        Source = source;
    }

    /// <summary>The <c># newdoc id</c>, or a generated id.</summary>
    public string Id { get; }

    /// <summary>The raw text: tokens joined as <c>SpaceAfter</c> says, sentences by a space, paragraphs by a blank line.</summary>
    public string Text { get; }

    /// <summary>Surface tokens (a multiword token such as "don't" is one).</summary>
    public IReadOnlyList<TextSpan> Tokens { get; }

    /// <summary>Syntactic words in order, with their sentence and 0-based index within it.</summary>
    public IReadOnlyList<GoldWord> Words { get; }

    /// <summary>Sentence spans, from the first token's start to the last token's end.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<TextSpan> Paragraphs { get; }

    /// <summary>The CoNLL-U sentences of this document, parallel to <see cref="Sentences"/>.</summary>
    public IReadOnlyList<ConlluSentence> Source { get; }

    /// <summary>
    /// The gold units for token boundary scoring: the word spans where the words of a surface
    /// token partition its characters, the surface token otherwise. Sorted, non-overlapping.
    /// </summary>
    public IEnumerable<TextSpan> ScoringTokens()
    {
        var previousToken = -1;
        foreach (var word in Words)
        {
            if (word.ExactSpan)
            {
                yield return word.Span;
            }
            else if (word.SurfaceToken != previousToken)
            {
                yield return word.Span;
            }
            previousToken = word.SurfaceToken;
        }
    }
}

/// <summary>Rebuilds raw text from CoNLL-U so that a tokenizer or a raw-text parser can be scored against gold. Thread-safe.</summary>
public static class ConlluText
{
    /// <summary>Reads a CoNLL-U file into documents (<c># newdoc</c> starts one). Throws <see cref="FormatException"/> on bad lines.</summary>
    public static List<GoldDocument> ReadFile(string path, string paragraphSeparator = "\n\n") =>
        Build(ConlluReader.ReadFile(path), paragraphSeparator);

    /// <summary>Groups sentences into documents and rebuilds their text.</summary>
    public static List<GoldDocument> Build(IEnumerable<ConlluSentence> sentences, string paragraphSeparator = "\n\n")
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = new List<GoldDocument>();
        var builder = new DocumentBuilder(paragraphSeparator);
        foreach (var sentence in sentences)
        {
            if (sentence.NewDocument && builder.HasContent)
            {
                documents.Add(builder.Finish(documents.Count));
            }
            builder.Add(sentence);
        }
        if (builder.HasContent)
        {
            documents.Add(builder.Finish(documents.Count));
        }
        return documents;
    }

    private sealed class DocumentBuilder(string paragraphSeparator)
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _tokens = [];
        private readonly List<GoldWord> _words = [];
        private readonly List<TextSpan> _sentences = [];
        private readonly List<TextSpan> _paragraphs = [];
        private readonly List<ConlluSentence> _source = [];
        private string? _id;
        private int _paragraphStart = -1;

        public bool HasContent => _sentences.Count > 0;

        public void Add(ConlluSentence sentence)
        {
            if (_source.Count == 0 && sentence.Comments.TryGetValue("newdoc id", out var id))
            {
                _id = id;
            }
            if (_source.Count > 0)
            {
                if (sentence.NewParagraph)
                {
                    CloseParagraph();
                    _text.Append(paragraphSeparator);
                }
                else
                {
                    _text.Append(' ');
                }
            }
            if (_paragraphStart < 0)
            {
                _paragraphStart = _text.Length;
            }
            var sentenceIndex = _sentences.Count;
            var sentenceStart = _text.Length;
            var lastEnd = sentenceStart;
            foreach (var (form, spaceAfter, firstWord, lastWord) in sentence.SurfaceTokens())
            {
                var start = _text.Length;
                _text.Append(form);
                var end = _text.Length;
                var tokenIndex = _tokens.Count;
                _tokens.Add(TextSpan.FromBounds(start, end));
                AddWords(sentence, form, start, end, firstWord, lastWord, sentenceIndex, tokenIndex);
                lastEnd = end;
                if (spaceAfter)
                {
                    _text.Append(' ');
                }
            }
            // Trailing spaces of the last token are dropped so sentences are separated by one space.
            _text.Length = lastEnd;
            _sentences.Add(TextSpan.FromBounds(sentenceStart, lastEnd));
            _source.Add(sentence);
        }

        private void AddWords(ConlluSentence sentence, string form, int start, int end, int firstWord, int lastWord, int sentenceIndex, int tokenIndex)
        {
            if (firstWord == lastWord)
            {
                _words.Add(new GoldWord(TextSpan.FromBounds(start, end), sentenceIndex, firstWord, tokenIndex, true));
                return;
            }
            var total = 0;
            for (var w = firstWord; w <= lastWord; w++)
            {
                total += sentence.Words[w].Form.Length;
            }
            var partitions = total == form.Length;
            var offset = 0;
            for (var w = firstWord; w <= lastWord && partitions; w++)
            {
                var wordForm = sentence.Words[w].Form;
                partitions = string.CompareOrdinal(form, offset, wordForm, 0, wordForm.Length) == 0 && wordForm.Length > 0;
                offset += wordForm.Length;
            }
            var position = start;
            for (var w = firstWord; w <= lastWord; w++)
            {
                if (partitions)
                {
                    var length = sentence.Words[w].Form.Length;
                    _words.Add(new GoldWord(new TextSpan(position, length), sentenceIndex, w, tokenIndex, true));
                    position += length;
                }
                else
                {
                    _words.Add(new GoldWord(TextSpan.FromBounds(start, end), sentenceIndex, w, tokenIndex, false));
                }
            }
        }

        private void CloseParagraph()
        {
            if (_paragraphStart >= 0)
            {
                _paragraphs.Add(TextSpan.FromBounds(_paragraphStart, _text.Length));
                _paragraphStart = -1;
            }
        }

        public GoldDocument Finish(int index)
        {
            CloseParagraph();
            var document = new GoldDocument(_id ?? $"doc{index + 1}", _text.ToString(), [.. _tokens], [.. _words],
                [.. _sentences], [.. _paragraphs], [.. _source]);
            _text.Clear();
            _tokens.Clear();
            _words.Clear();
            _sentences.Clear();
            _paragraphs.Clear();
            _source.Clear();
            _id = null;
            _paragraphStart = -1;
            return document;
        }
    }
}
