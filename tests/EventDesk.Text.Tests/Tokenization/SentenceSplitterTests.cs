using EventDesk.Testing;
using Xunit;

namespace EventDesk.Text.Tests.Tokenization;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = NewsTokenizerTests.Annotate(text);
        var result = new string[document.Sentences.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = document.Substring(document.Sentences[i].Span);
        }
        return result;
    }

    [Fact]
    public void Periods_question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["It rained.", "Why?", "Nobody knows!", "Then it stopped."],
            Sentences("It rained. Why? Nobody knows! Then it stopped."));
    }

    [Fact]
    public void A_post_on_X_ends_its_sentence_but_an_initial_does_not()
    {
        // "X." after "on" is the social network, not an initial ("in a post on X. Ecuador's Foreign Ministry recalled ...").
        Assert.Equal(2, Sentences("Petro called it aggression in a post on X. Ecuador recalled its ambassador.").Length);
        Assert.Single(Sentences("The report was written by Malcolm X. Jones and his staff."));
    }

    [Fact]
    public void A_quotation_with_its_speaker_stays_one_sentence()
    {
        Assert.Equal(["“We will win, ” he said.", "Then he left."],
            Sentences("“We will win, ” he said. Then he left."));
        Assert.Equal(["\"Why?\" he asked."], Sentences("\"Why?\" he asked."));
    }

    [Fact]
    public void A_closing_quote_belongs_to_the_sentence_it_closes()
    {
        Assert.Equal(["He said: “We will stay.”", "Others left."],
            Sentences("He said: “We will stay.” Others left."));
        Assert.Equal(["He said \"go.\"", "They went."], Sentences("He said \"go.\" They went."));
    }

    [Fact]
    public void A_sentence_ends_before_an_opening_quote()
    {
        Assert.Equal(["Lavrov told Atmar.", "“Russia remained in favour.”"],
            Sentences("Lavrov told Atmar. “Russia remained in favour.”"));
    }

    [Fact]
    public void A_quotation_left_open_at_the_end_of_a_paragraph_ends_there()
    {
        var document = NewsTokenizerTests.Annotate("He said. “We maintain dialogue.\n“We communicate,” Lavrov said.");
        Assert.Equal(3, document.Sentences.Count);
        Assert.Equal("“We maintain dialogue.", document.Substring(document.Sentences[1].Span));
        Assert.Equal(1, document.Sentences[2].Paragraph);
    }

    [Fact]
    public void Titles_initials_and_months_do_not_end_sentences()
    {
        Assert.Single(Sentences("Mr. Smith met Gen. Jones and George W. Bush on Jan. 5 at No. 10 Downing Street."));
    }

    [Fact]
    public void A_postscript_label_opens_the_postscript()
    {
        Assert.Equal(["Thanks for coming.", "P.S. I am moving back to Calgary."],
            Sentences("Thanks for coming. P.S. I am moving back to Calgary."));
        Assert.Equal(["See you.", "PS. Love the new website!"], Sentences("See you. PS. Love the new website!"));
    }

    [Fact]
    public void A_list_number_opens_its_item_and_ends_nothing()
    {
        Assert.Equal(["The plan has two parts.", "1. Troops leave the city.", "2. Aid comes in."],
            Sentences("The plan has two parts. 1. Troops leave the city. 2. Aid comes in."));
        Assert.DoesNotContain(Sentences("He listed them: 1. Kabul and Herat."), s => s.EndsWith("1.", StringComparison.Ordinal));
        Assert.Equal(["2.1. Property rights matter."], Sentences("2.1. Property rights matter."));
        // A number ending a sentence is not a list label, nor one after "No.".
        Assert.Equal(["The vote was 7 to 2.", "He lost."], Sentences("The vote was 7 to 2. He lost."));
        Assert.Equal(["He is ranked No. 2.", "The team won."], Sentences("He is ranked No. 2. The team won."));
    }

    [Fact]
    public void The_US_ends_a_sentence_only_before_a_clear_sentence_start()
    {
        Assert.Single(Sentences("He met U.S. Army officers."));
        Assert.Equal(2, Sentences("He moved to the U.S. The move was hard.").Length);
    }

    [Fact]
    public void Apple_Inc_ends_a_sentence_before_The()
    {
        Assert.Equal(["He joined Apple Inc.", "The company grew."], Sentences("He joined Apple Inc. The company grew."));
    }

    [Fact]
    public void Sentences_never_cross_a_line_break()
    {
        var document = NewsTokenizerTests.Annotate("First line without a stop\nSecond line\n\nThird after a blank line");
        Assert.Equal(3, document.Sentences.Count);
        Assert.Equal(3, document.Layers.Get(CoreLayers.Paragraphs).Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(i, document.Sentences[i].Paragraph);
        }
    }

    [Fact]
    public void A_reference_mark_after_the_period_belongs_to_the_sentence()
    {
        Assert.Equal(["He was born in 1951. [11]", "He died later."], Sentences("He was born in 1951. [11] He died later."));
    }

    [Fact]
    public void A_colon_and_a_dateline_do_not_end_the_first_sentence()
    {
        Assert.Single(Sentences("KABUL: Russia has pledged support, officials said."));
        Assert.Single(Sentences("BEIJING, Jan. 5 (Xinhua) -- China said it would act."));
    }

    [Fact]
    public void Numbers_after_a_period_start_a_new_sentence_but_decimals_do_not()
    {
        Assert.Single(Sentences("It grew 3.5 percent."));
        Assert.Equal(2, Sentences("It grew. 2020 was better.").Length);
    }

    [SkippableFact]
    public void The_Kabul_seed_article_has_seventeen_sentences()
    {
        var path = SharedData.RequireFile("seed/monitoring-desk-kabul.txt");
        var document = NewsTokenizerTests.Annotate(File.ReadAllText(path));
        var sentences = new List<string>();
        foreach (var sentence in document.Sentences)
        {
            sentences.Add(document.Substring(sentence.Span));
        }
        Assert.Equal(17, sentences.Count);
        Assert.Equal(11, document.Layers.Get(CoreLayers.Paragraphs).Count);
        Assert.Contains("“We maintain sustained dialogue with our Afghan friends and with you personally.", sentences);
        Assert.StartsWith("“We communicate", sentences[6]);
        Assert.EndsWith("Lavrov told Atmar.", sentences[6]);
        Assert.StartsWith("AT Monitoring Desk-KABUL:", sentences[0]);
        var dateline = document.Layers.Get(CoreLayers.Dateline);
        Assert.Equal("KABUL", dateline.Place);
    }
}
