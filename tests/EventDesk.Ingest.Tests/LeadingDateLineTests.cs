using EventDesk.Ingest.Sources;
using Xunit;

namespace EventDesk.Ingest.Tests;

public class LeadingDateLineTests
{
    [Theory]
    [InlineData("Texas student inspires social movement\n\nTuesday, September 22, 2015\n\nNews of police ...", 2015, 9, 22)]
    [InlineData("Headline\n22 September 2015\nBody.", 2015, 9, 22)]
    [InlineData("Headline\nBy A. Writer\n2019-03-04\nBody.", 2019, 3, 4)]
    [InlineData("Headline\nSept. 5, 2019\nBody.", 2019, 9, 5)]
    [InlineData("Headline\nSept 5, 2019\nBody.", 2019, 9, 5)]
    [InlineData("Headline\nSeptember 5, 2019\nBody.", 2019, 9, 5)]
    [InlineData("Headline\nJan 17, 2021.\nBody.", 2021, 1, 17)]
    public void A_date_line_under_the_headline_is_the_article_date(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), LeadingDateLine.Find(text));
    }

    [Theory]
    [InlineData("On September 22, 2015, the army attacked the town.\nMore text.")] // a date inside a sentence
    [InlineData("A\nB\nC\nD\nE\nF\nSeptember 22, 2015\n")]                      // too far down
    [InlineData("Headline\nSeptember 2015\nBody.")]                                // no day
    [InlineData("")]
    public void Other_dates_are_not_the_article_date(string text)
    {
        Assert.Null(LeadingDateLine.Find(text));
    }

    [Fact]
    public void A_plain_text_file_gets_the_date_of_its_date_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventdesk-date-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "Afghan team honored\n\nFriday, July 21, 2017\n\nA group of Afghan teenagers was awarded a silver medal.\n");
            var item = Assert.Single(new InputReader().Read(path));
            Assert.Equal(new DateOnly(2017, 7, 21), item.Document!.Date);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
