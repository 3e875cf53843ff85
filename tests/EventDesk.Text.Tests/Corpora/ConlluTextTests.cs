using EventDesk.Text.Corpora;
using Xunit;

namespace EventDesk.Text.Tests.Corpora;

public class ConlluTextTests
{
    private const string Sample =
        "# newdoc id = d1\n# newpar\n# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
        "# text = Yes\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n" +
        "# newpar\n1\tvámonos\t_\t_\t_\t_\t0\troot\t_\t_\n\n" +
        "# newdoc id = d2\n1\tNext\tnext\tADJ\tJJ\t_\t0\troot\t_\t_\n\n";

    private static List<GoldDocument> Read() => ConlluText.Build(ConlluReader.Read(new StringReader(Sample)));

    [Fact]
    public void Rebuilds_raw_text_from_SpaceAfter_paragraphs_and_documents()
    {
        var documents = Read();
        Assert.Equal(2, documents.Count);
        Assert.Equal("d1", documents[0].Id);
        Assert.Equal("I don't know. Yes\n\nvámonos", documents[0].Text);
        Assert.Equal("Next", documents[1].Text);
        Assert.Equal(2, documents[0].Paragraphs.Count);
    }

    [Fact]
    public void Keeps_sentence_token_and_word_spans()
    {
        var document = Read()[0];
        Assert.Equal([new TextSpan(0, 13), new TextSpan(14, 3), new TextSpan(19, 7)], document.Sentences);
        Assert.Equal(new TextSpan(2, 5), document.Tokens[1]);
        Assert.Equal(new TextSpan(2, 2), document.Words[1].Span);
        Assert.Equal(new TextSpan(4, 3), document.Words[2].Span);
        Assert.All(document.Words.Take(5), w => Assert.Equal(0, w.Sentence));
        Assert.Equal(3, document.Words[3].WordIndex);
    }

    [Fact]
    public void Scores_word_spans_when_the_words_spell_the_token()
    {
        var spans = Read()[0].ScoringTokens().ToList();
        Assert.Equal(["I", "do", "n't", "know", ".", "Yes", "vámonos"], spans.Select(s => Read()[0].Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Scores_exact_span_matches()
    {
        var score = TokenizationEvaluator.Score([new(0, 1), new(2, 2), new(5, 1)], [new(0, 1), new(2, 3), new(5, 1), new(7, 1)]);
        Assert.Equal(new SpanScore(3, 4, 2), score);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(2.0 / 3, score.Recall, 6);
    }

    [Fact]
    public void A_corrupt_file_raises_a_format_error_naming_the_line()
    {
        var error = Assert.Throws<FormatException>(() => ConlluText.Build(ConlluReader.Read(new StringReader("1\tonly three\tcolumns\n"), "bad.conllu")));
        Assert.Contains("bad.conllu:1", error.Message);
    }
}
