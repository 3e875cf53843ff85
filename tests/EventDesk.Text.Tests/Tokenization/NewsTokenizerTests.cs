using EventDesk.Testing;
using EventDesk.Text.Tokenization;
using Xunit;

namespace EventDesk.Text.Tests.Tokenization;

public class NewsTokenizerTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().Add(new NewsTokenizer()).Add(new DatelineDetector()).Build();

    internal static Document Annotate(string text) => AnnotatorInvariants.Run(Pipeline, text);

    private static string[] Tokens(string text)
    {
        var document = Annotate(text);
        var tokens = new string[document.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = document.Tokens[i].ToString();
        }
        return tokens;
    }

    private static string Joined(string text) => string.Join("|", Tokens(text));

    [Theory]
    [InlineData("The U.S. Army", "The|U.S.|Army")]
    [InlineData("Mr. Smith met Gen. Jones", "Mr.|Smith|met|Gen.|Jones")]
    [InlineData("on Jan. 5 at 10 a.m. local time", "on|Jan.|5|at|10|a.m.|local|time")]
    [InlineData("No. 10 Downing Street", "No.|10|Downing|Street")]
    [InlineData("fruit, e.g. apples", "fruit|,|e.g.|apples")]
    [InlineData("George W. Bush", "George|W.|Bush")]
    public void Abbreviations_and_initials_keep_their_period(string text, string expected) =>
        Assert.Equal(expected, Joined(text));

    [Theory]
    [InlineData("apples, pears, etc. The rest", "apples|,|pears|,|etc|.|The|rest")]
    [InlineData("He said no.", "He|said|no|.")]
    [InlineData("The answer was No.", "The|answer|was|No|.")]
    [InlineData("in the U.S.", "in|the|U.S.")]
    public void A_sentence_final_abbreviation_gives_up_its_period_as_UD_does(string text, string expected) =>
        Assert.Equal(expected, Joined(text));

    [Theory]
    [InlineData("Moscow's role", "Moscow|'s|role")]
    [InlineData("Moscow’s role", "Moscow|’s|role")]
    [InlineData("don't", "do|n't")]
    [InlineData("I'm sure", "I|'m|sure")]
    [InlineData("can't", "ca|n't")]
    [InlineData("won’t", "wo|n’t")]
    [InlineData("we're, they've, she'll, he'd", "we|'re|,|they|'ve|,|she|'ll|,|he|'d")]
    [InlineData("gonna wanna gotta", "gon|na|wan|na|got|ta")]
    [InlineData("cannot", "can|not")]
    [InlineData("the Afghans' hopes", "the|Afghans|'|hopes")]
    [InlineData("O'Brien said", "O'Brien|said")]
    public void Possessives_and_clitics_are_separate_words(string text, string expected) =>
        Assert.Equal(expected, Joined(text));

    [Theory]
    [InlineData("1,000.50 dollars", "1,000.50|dollars")]
    [InlineData("rose 3.5%", "rose|3.5|%")]
    [InlineData("$5 million", "$|5|million")]
    [InlineData("£300", "£|300")]
    [InlineData("at 10:30 on 11/28/2000", "at|10:30|on|11/28/2000")]
    [InlineData("call 713-853-3989 now", "call|713-853-3989|now")]
    [InlineData("in 1990-1995", "in|1990|-|1995")]
    [InlineData("at 5pm", "at|5|pm")]
    [InlineData("-5 degrees", "-5|degrees")]
    [InlineData("the 1990s", "the|1990s")]
    public void Numbers_money_percentages_and_dates(string text, string expected) =>
        Assert.Equal(expected, Joined(text));

    [Theory]
    [InlineData("see https://example.org/a/b?x=1.", "see|https://example.org/a/b?x=1|.")]
    [InlineData("(www.example.com)", "(|www.example.com|)")]
    [InlineData("mail john.smith@example.co.uk, please", "mail|john.smith@example.co.uk|,|please")]
    [InlineData("at Amazon.com today", "at|Amazon.com|today")]
    [InlineData("see http://en.wikipedia.org/wiki/X_(band))", "see|http://en.wikipedia.org/wiki/X_(band)|)")]
    public void Urls_and_email_addresses_are_one_token(string text, string expected) =>
        Assert.Equal(expected, Joined(text));

    [Theory]
    [InlineData("the war-hit country", "the|war|-|hit|country")]
    [InlineData("a non-violent e-mail", "a|non-violent|e-mail")]
    [InlineData("pro-Beijing co-founder", "pro-Beijing|co-founder")]
    [InlineData("pre- and post-war", "pre-|and|post-war")]
    [InlineData("peace--and war", "peace|--|and|war")]
    [InlineData("and/or", "and|/|or")]
    public void Hyphenated_words_split_as_in_UD_English_except_prefixes(string text, string expected) =>
        Assert.Equal(expected, Joined(text));

    [Theory]
    [InlineData("“Peace,” he said.", "“|Peace|,|”|he|said|.")]
    [InlineData("\"Peace,\" he said.", "\"|Peace|,|\"|he|said|.")]
    [InlineData("'quoted'", "'|quoted|'")]
    [InlineData("Kabul—the capital – again", "Kabul|—|the|capital|–|again")]
    [InlineData("Wait... what… (really)?", "Wait|...|what|…|(|really|)|?")]
    [InlineData("Really?! Yes!!!", "Really|?!|Yes|!!!")]
    [InlineData("(a) first (iv) fourth", "(a)|first|(iv)|fourth")]
    public void Quotes_dashes_ellipses_and_brackets(string text, string expected) =>
        Assert.Equal(expected, Joined(text));

    [Fact]
    public void Tokens_are_character_spans_of_the_unchanged_text()
    {
        var document = Annotate("  Moscow’s  don't ");
        Assert.Equal(new TextSpan(2, 6), document.Tokens.SpanOf(0));
        Assert.Equal(new TextSpan(8, 2), document.Tokens.SpanOf(1));
        Assert.Equal("do", document.Tokens[2].ToString());
        Assert.False(document.Tokens[2].SpaceAfter);
    }

    [Theory]
    [MemberData(nameof(AnnotatorInvariants.HostileStrings), MemberType = typeof(AnnotatorInvariants))]
    public void Hostile_strings_keep_the_invariants(string name, string text)
    {
        Assert.NotNull(name);
        Annotate(text);
    }

    [Fact]
    public void Random_text_keeps_the_invariants()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            Annotate(AnnotatorInvariants.RandomText(seed, 50 + seed * 7));
        }
    }

    [Fact]
    public void A_megabyte_without_spaces_is_one_token()
    {
        var document = Annotate(new string('x', 1 << 20));
        Assert.Equal(1, document.Tokens.Count);
        Assert.Equal(1, document.Sentences.Count);
    }

    [Fact]
    public void The_instance_is_safe_to_share_between_threads()
    {
        var tokenizer = new NewsTokenizer();
        var text = string.Join('\n', Enumerable.Repeat("Mr. Smith didn't go. “We won’t,” he said. The U.S. Army left.", 50));
        var expected = new Document("a", text);
        tokenizer.Annotate(expected);
        Parallel.For(0, 64, _ =>
        {
            var document = new Document("b", text);
            tokenizer.Annotate(document);
            Assert.Equal(expected.Tokens.Starts.ToArray(), document.Tokens.Starts.ToArray());
            Assert.Equal(expected.Sentences.Count, document.Sentences.Count);
        });
    }
}
