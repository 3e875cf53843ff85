using System.Text;
using EventDesk.Text;
using Xunit;

namespace EventDesk.Testing;

/// <summary>
/// The one invariant check every annotator's tests run (after Lucene's BaseTokenStreamTestCase):
/// spans inside the text, non-empty, monotone and non-overlapping; sentences cover the tokens
/// exactly once and in order and stay inside one paragraph; every declared layer is present.
/// Also the hostile strings and the seeded random text to run it on. Thread-safe.
/// </summary>
public static class AnnotatorInvariants
{
    /// <summary>Annotates <paramref name="text"/> with <paramref name="pipeline"/> and checks the result.</summary>
    public static Document Run(Pipeline pipeline, string text, string id = "test")
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var document = new Document(id, text);
        pipeline.Annotate(document);
        Check(document, pipeline.Produces);
        return document;
    }

    /// <summary>Checks the core layers that are present, and that every layer in <paramref name="declared"/> is.</summary>
    public static void Check(Document document, IEnumerable<LayerKey>? declared = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var key in declared ?? [])
        {
            Assert.True(document.Layers.Contains(key), $"declared layer '{key.Name}' is missing from document '{document.Id}'");
        }
        var length = document.Text.Length;
        if (document.Layers.TryGet(CoreLayers.Tokens, out var tokens))
        {
            Assert.Same(document.Text, tokens.Text);
            var previousEnd = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var span = tokens.SpanOf(i);
                Assert.True(span.Length > 0, $"token {i} is empty at {span.Start}");
                Assert.True(span.Start >= previousEnd, $"token {i} {span} overlaps or precedes the previous token ending at {previousEnd}");
                Assert.True(span.End <= length, $"token {i} {span} ends outside the text (length {length})");
                Assert.False(char.IsLowSurrogate(document.Text[span.Start]) && span.Start > 0 && char.IsHighSurrogate(document.Text[span.Start - 1]),
                    $"token {i} {span} starts inside a surrogate pair");
                previousEnd = span.End;
            }
        }
        ParagraphLayer? paragraphs = null;
        if (document.Layers.TryGet(CoreLayers.Paragraphs, out paragraphs))
        {
            CheckSpans(paragraphs.Spans, length, "paragraph");
        }
        if (document.Layers.TryGet(CoreLayers.Sentences, out var sentences))
        {
            Assert.NotNull(tokens);
            var nextToken = 0;
            var previousEnd = 0;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                var span = sentence.Span;
                Assert.True(span.Length > 0, $"sentence {s} is empty");
                Assert.True(span.Start >= previousEnd && span.End <= length, $"sentence {s} {span} is out of order or outside the text");
                Assert.Equal(nextToken, sentence.FirstToken);
                Assert.True(sentence.TokenCount > 0, $"sentence {s} has no tokens");
                Assert.Equal(tokens.SpanOf(sentence.FirstToken).Start, span.Start);
                Assert.Equal(tokens.SpanOf(sentence.EndToken - 1).End, span.End);
                if (paragraphs is not null)
                {
                    Assert.InRange(sentence.Paragraph, 0, paragraphs.Count - 1);
                    Assert.True(paragraphs.Spans[sentence.Paragraph].Contains(span),
                        $"sentence {s} {span} crosses out of paragraph {sentence.Paragraph} {paragraphs.Spans[sentence.Paragraph]}");
                    if (s > 0)
                    {
                        Assert.True(sentence.Paragraph >= sentences[s - 1].Paragraph, $"sentence {s} goes back to an earlier paragraph");
                    }
                }
                nextToken = sentence.EndToken;
                previousEnd = span.End;
            }
            Assert.Equal(tokens.Count, nextToken);
        }
        if (document.Layers.TryGet(CoreLayers.Dateline, out var dateline) && dateline.IsPresent)
        {
            Assert.True(dateline.Span.End <= length && dateline.Span.Contains(dateline.PlaceSpan), "the dateline place is outside the dateline");
            Assert.Equal(dateline.Place, document.Substring(dateline.PlaceSpan));
        }
    }

    private static void CheckSpans(IReadOnlyList<TextSpan> spans, int length, string what)
    {
        var previousEnd = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            Assert.True(span.Length > 0, $"{what} {i} is empty");
            Assert.True(span.Start >= previousEnd && span.End <= length, $"{what} {i} {span} overlaps, is out of order or outside the text");
            previousEnd = span.End;
        }
    }

    /// <summary>Inputs that break naive annotators. Each is a (name, text) pair for xunit theories.</summary>
    public static IEnumerable<object[]> HostileStrings()
    {
        yield return ["empty", ""];
        yield return ["space", " "];
        yield return ["whitespace only", " \t\r\n\u00A0\u2003\n\n  \u3000"];
        yield return ["one megabyte without a space", new string('a', 1 << 20)];
        yield return ["one megabyte of periods", new string('.', 1 << 20)];
        yield return ["lone high surrogate", "abc \uD83D def"];
        yield return ["lone low surrogate", "abc\uDE00def. Next"];
        yield return ["reversed surrogates", "\uDE00\uD83D"];
        yield return ["surrogate at end", "end \uD83D"];
        yield return ["emoji", "Great news 😀😀! 👍🏽 Flags 🇦🇫🇷🇺. Family 👨‍👩‍👧."];
        yield return ["right to left", "قال الرئيس: «السلام». שלום עולם. كابل، 3 مارس"];
        yield return ["combining marks", "e\u0301te\u0301 Zu\u0308rich a\u0300\u0300\u0300 \u0301\u0301 start"];
        yield return ["control characters", "a\u0001b\u0002 c\u0007\u001B[31m red \u007F del"];
        yield return ["nul", "before\0after \0 \0\0. Then"];
        yield return ["very long line", string.Join(' ', Enumerable.Repeat("word, word. Word!", 20000))];
        yield return ["only punctuation", "!!! ??? ... --- ,,, ;;; \"\" '' “” ‘’ () [] {} … — –"];
        yield return ["many newlines", new string('\n', 5000) + "x" + new string('\n', 5000)];
        yield return ["mixed line breaks", "a\r\nb\rc\u2028d\u2029e\u0085f\fg\vh"];
        yield return ["zero width", "\u200B\uFEFF\u200Bword\u200Dword\u200C\u2060"];
        yield return ["apostrophes alone", "' ’ '' 's n't 're ’s"];
        yield return ["hyphens", "- -- --- -a a- -1 1- a-b-c 1-2-3-4"];
        yield return ["dots", ". .. .5 5. a.b.c. U.S. ... ...."];
        yield return ["urls", "http:// www. @ a@b @. mailto: https://x.y/(a)). (www.x.com)."];
        yield return ["dateline lookalikes", ":\n - \n(Reuters) -\nKABUL\n, (\n—"];
    }

    /// <summary>Seeded random text mixing letters, digits, punctuation, quotes, spaces, line breaks and odd code points.</summary>
    public static string RandomText(int seed, int length)
    {
        const string pieces = "aAbBzZ09 .,;:!?'’\"“”()[]-—–/\\$%&@#*…\n\n\r\t\u00A0\u0301\u200B\0éßقש😀\uD800\uDC00";
        var random = new Random(seed);
        var builder = new StringBuilder(length);
        string[] words = ["U.S.", "Mr.", "don't", "Moscow's", "KABUL:", "(Reuters) -", "3.5%", "$5", "e.g.", "http://x.org/a.", "war-hit", "gonna", "No. 10", "etc."];
        while (builder.Length < length)
        {
            if (random.Next(6) == 0)
            {
                builder.Append(words[random.Next(words.Length)]);
            }
            else
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }
        }
        return builder.ToString();
    }
}
