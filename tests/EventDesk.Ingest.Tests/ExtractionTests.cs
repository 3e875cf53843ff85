using EventDesk.Ingest.Extraction;
using Xunit;

namespace EventDesk.Ingest.Tests;

public sealed class ExtractionTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="en-GB"><head><title>Ceasefire holds in the north - The Courier</title>
        <meta name="author" content="Jane Roe">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ceasefire holds in the north","datePublished":"2019-11-20T08:00:00+00:00"}</script>
        </head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="ad-banner">Buy now! Great deals on everything.</div>
        <main><article class="story-body">
        <h1>Ceasefire holds in the north</h1>
        <p>The ceasefire agreed on Sunday held through the night, officials said, with no reports of shelling along the front line.</p>
        <p>Residents of the border towns, many of whom had fled to shelters, began returning to their homes on Monday morning, according to local authorities.</p>
        <p>Talks between the two delegations are expected to continue in Geneva later this week, a spokesman for the mediators said.</p>
        </article>
        <section class="comments"><p>Great article, thanks for sharing this with us all, really helpful and interesting!</p></section>
        <div class="related-links"><a href="/a">Ten things you missed this week in world news</a><a href="/b">Another headline</a></div>
        </main><footer>Copyright The Courier. All rights reserved.</footer></body></html>
        """;

    [Fact]
    public void Keeps_the_article_and_drops_boilerplate()
    {
        var a = new HtmlArticleExtractor().Extract(Page, "https://courier.example/news/ceasefire");
        Assert.Contains("ceasefire agreed on Sunday", a.Text);
        Assert.Contains("delegations are expected", a.Text);
        Assert.DoesNotContain("Great deals", a.Text);
        Assert.DoesNotContain("Great article", a.Text);
        Assert.DoesNotContain("Ten things", a.Text);
        Assert.DoesNotContain("Copyright", a.Text);
        Assert.Equal("Ceasefire holds in the north", a.Title);
        Assert.Equal(new DateOnly(2019, 11, 20), a.Date);
        Assert.Equal("Jane Roe", a.Author);
        Assert.Equal("en", a.Language);
    }

    [Fact]
    public void Offsets_map_back_to_the_html_source()
    {
        var a = new HtmlArticleExtractor().Extract(Page);
        var at = a.Text.IndexOf("Residents", StringComparison.Ordinal);
        var source = a.Offsets.ToSource(at);
        Assert.Equal("Residents", Page.Substring(source, "Residents".Length));
    }

    [Theory]
    [InlineData("2019-05-12T10:00:00Z", "2019-05-12")]
    [InlineData("Tue, 12 Nov 2019 08:00:00 GMT", "2019-11-12")]
    [InlineData("November 3, 2020", "2020-11-03")]
    public void Parses_dates(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PageMetadata.ParseDate(text));

    [Fact]
    public void Reads_dates_from_urls() =>
        Assert.Equal(new DateOnly(2019, 5, 12), PageMetadata.DateFromUrl("https://x.example/2019/05/12/story.html"));

    [Fact]
    public void The_aeb_metric_matches_on_identical_text()
    {
        var (tp, fp, fn) = ExtractionEvaluation.ShingleCounts("one two three four five", "one two three four five");
        Assert.Equal((2.0, 0.0, 0.0), (tp, fp, fn));
    }
}
