using EventDesk.Coding.Dates;
using EventDesk.Text;
using EventDesk.Text.Tokenization;
using Xunit;

namespace EventDesk.Coding.Tests.Dates;

public sealed class TimeExpressionTests
{
    private static readonly DateOnly Monday = new(2017, 2, 20);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static TimeExpressionLayer Annotate(string text, DateOnly? date = null, TimeProvider? clock = null)
    {
        var document = new Document("t", text, new DocumentMetadata { Date = date });
        new NewsTokenizer().Annotate(document);
        new TimeExpressionAnnotator(clock ?? new FixedClock(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero))).Annotate(document);
        return document.Layers.Get(CodingLayers.TimeExpressions);
    }

    private static (string Text, DateOnly? Start, DateOnly? End, TimeGranularity Granularity) Single(string text, DateOnly? date = null)
    {
        var document = new Document("t", text, new DocumentMetadata { Date = date ?? Monday });
        new NewsTokenizer().Annotate(document);
        new TimeExpressionAnnotator().Annotate(document);
        var e = Assert.Single(document.Layers.Get(CodingLayers.TimeExpressions).Expressions);
        return (document.Substring(e.Span), e.Start, e.End, e.Granularity);
    }

    [Theory]
    [InlineData("The council met on Saturday.", "on Saturday", "2017-02-18", "2017-02-18")]
    [InlineData("The council will meet on Saturday.", "on Saturday", "2017-02-25", "2017-02-25")]
    [InlineData("He spoke on Monday.", "on Monday", "2017-02-20", "2017-02-20")]
    [InlineData("They met last Monday.", "last Monday", "2017-02-13", "2017-02-13")]
    [InlineData("The talks open next Tuesday.", "next Tuesday", "2017-02-21", "2017-02-21")]
    [InlineData("He arrived on Tuesday.", "on Tuesday", "2017-02-14", "2017-02-14")]
    [InlineData("Police said it happened yesterday.", "yesterday", "2017-02-19", "2017-02-19")]
    [InlineData("The group was founded in March.", "in March", "2016-03-01", "2016-03-31")]
    [InlineData("Elections will be held in March.", "in March", "2017-03-01", "2017-03-31")]
    [InlineData("The deal was signed on March 3.", "on March 3", "2016-03-03", "2016-03-03")]
    [InlineData("The deal was signed on February 3.", "on February 3", "2017-02-03", "2017-02-03")]
    [InlineData("The deal was signed March 3, 2017.", "March 3, 2017", "2017-03-03", "2017-03-03")]
    [InlineData("The deal was signed on 3 March 2015.", "3 March 2015", "2015-03-03", "2015-03-03")]
    [InlineData("Fighting grew last week.", "last week", "2017-02-13", "2017-02-19")]
    [InlineData("Fighting grew this week.", "this week", "2017-02-20", "2017-02-26")]
    [InlineData("The vote is next month.", "next month", "2017-03-01", "2017-03-31")]
    [InlineData("Prices rose last year.", "last year", "2016-01-01", "2016-12-31")]
    [InlineData("It was established in 1992.", "in 1992", "1992-01-01", "1992-12-31")]
    // Years before 1900 after a preposition: "In 1898, British forces defeated the Mahdist army" was dated to the story's day.
    [InlineData("In 1898, British forces defeated the Mahdist army.", "In 1898", "1898-01-01", "1898-12-31")]
    [InlineData("The city has been the capital since 1871 when the empire was founded.", "since 1871", "1871-01-01", "1871-12-31")]
    [InlineData("In recent months, attacks rose.", "In recent months", "2016-11-20", "2017-02-20")]
    [InlineData("He left two days ago.", "two days ago", "2017-02-18", "2017-02-18")]
    [InlineData("Talks stalled earlier this month.", "earlier this month", "2017-02-01", "2017-02-20")]
    [InlineData("Attacks rose over the past two weeks.", "over the past two weeks", "2017-02-06", "2017-02-20")]
    [InlineData("The report is dated 2017-01-05.", "2017-01-05", "2017-01-05", "2017-01-05")]
    public void Resolves_against_the_publication_date(string sentence, string expected, string start, string end)
    {
        var (text, s, e, _) = Single(sentence);
        Assert.Equal(expected, text);
        Assert.Equal(DateOnly.Parse(start), s);
        Assert.Equal(DateOnly.Parse(end), e);
    }

    [Theory]
    [InlineData("He may resign.")]
    [InlineData("She said the march was peaceful.")]
    [InlineData("He was the last day laborer.")]
    [InlineData("There were 2017 people.")]
    [InlineData("The storm damaged roofs in 1500 homes.")]
    public void Ignores_words_that_are_not_dates(string sentence)
    {
        Assert.Empty(Annotate(sentence, Monday).Expressions);
    }

    [Theory]
    // The user's --date is a fallback for inputs that carry no date: a dateline's own date takes its place ("on Tuesday" had
    // been read against the fallback, three weeks after the story), a date of the input's metadata does not give way.
    [InlineData(true, "2026-02-17", AnchorSource.Dateline)]
    [InlineData(false, "2026-03-10", AnchorSource.Metadata)]
    public void A_dated_dateline_takes_the_place_of_a_default_date_only(bool dateIsDefault, string tuesday, AnchorSource source)
    {
        var document = new Document("t", "PORT SUDAN, February 18, 2026 (AFP) - The envoy arrived on Tuesday.",
            new DocumentMetadata { Date = new DateOnly(2026, 3, 11), DateIsDefault = dateIsDefault });
        new NewsTokenizer().Annotate(document);
        new DatelineDetector().Annotate(document);
        new TimeExpressionAnnotator().Annotate(document);
        var layer = document.Layers.Get(CodingLayers.TimeExpressions);
        Assert.Equal(source, layer.AnchorSource);
        Assert.Equal(source == AnchorSource.Dateline ? new DateOnly(2026, 2, 18) : new DateOnly(2026, 3, 11), layer.Published);
        Assert.Equal(DateOnly.Parse(tuesday), Assert.Single(layer.Expressions).Start);
    }

    [Fact]
    public void Falls_back_to_the_injected_clock_and_says_so()
    {
        var layer = Annotate("They met on Saturday.", null, new FixedClock(new DateTimeOffset(2017, 2, 20, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(AnchorSource.Clock, layer.AnchorSource);
        Assert.Equal(new DateOnly(2017, 2, 18), layer.Expressions[0].Start);
    }

    [Fact]
    public void Without_an_anchor_relative_expressions_stay_unresolved()
    {
        var document = new Document("t", "They met on Saturday in 1992.");
        new NewsTokenizer().Annotate(document);
        new TimeExpressionAnnotator(anchorOnClock: false).Annotate(document);
        var layer = document.Layers.Get(CodingLayers.TimeExpressions);
        Assert.Equal(AnchorSource.None, layer.AnchorSource);
        Assert.Null(layer.Expressions[0].Start);
        Assert.Equal(new DateOnly(1992, 1, 1), layer.Expressions[1].Start);
    }

    [Fact]
    public void Resolves_dateline_date_text()
    {
        Assert.Equal(new DateOnly(2017, 2, 18), TimeExpressionResolver.ResolveText("Feb. 18", Monday));
        Assert.Equal(new DateOnly(2016, 3, 3), TimeExpressionResolver.ResolveText("March 3", Monday));
        Assert.Null(TimeExpressionResolver.ResolveText("Kabul", Monday));
    }

    [Fact]
    public void Sentence_date_prefers_a_day()
    {
        var layer = Annotate("In recent months the NSC said on Saturday it would act.", Monday);
        Assert.Equal(new DateOnly(2017, 2, 18), layer.ForSentence(0)!.Start);
    }
}
