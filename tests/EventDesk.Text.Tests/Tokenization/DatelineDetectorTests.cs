using EventDesk.Text.Tokenization;
using Xunit;

namespace EventDesk.Text.Tests.Tokenization;

public class DatelineDetectorTests
{
    private static Dateline Detect(string text) => NewsTokenizerTests.Annotate(text).Layers.Get(CoreLayers.Dateline);

    [Theory]
    [InlineData("KABUL: Russia has pledged support.", "KABUL", null, null, "KABUL:")]
    [InlineData("AT Monitoring Desk-KABUL: Russia has pledged support.", "KABUL", "AT Monitoring Desk", null, "AT Monitoring Desk-KABUL:")]
    [InlineData("WASHINGTON (Reuters) - The U.S. said.", "WASHINGTON", "Reuters", null, "WASHINGTON (Reuters) -")]
    [InlineData("MOSCOW, March 3 (AFP) - Russia said.", "MOSCOW", "AFP", "March 3", "MOSCOW, March 3 (AFP) -")]
    [InlineData("LONDON — Britain said.", "LONDON", null, null, "LONDON —")]
    [InlineData("BEIJING, Jan. 5 (Xinhua) -- China said.", "BEIJING", "Xinhua", "Jan. 5", "BEIJING, Jan. 5 (Xinhua) --")]
    [InlineData("NEW YORK (AP) — Stocks fell.", "NEW YORK", "AP", null, "NEW YORK (AP) —")]
    [InlineData("  \nST. LOUIS: Rain.", "ST. LOUIS", null, null, "ST. LOUIS:")]
    [InlineData("Washington (Reuters) - The U.S. said.", "Washington", "Reuters", null, "Washington (Reuters) -")]
    [InlineData("KYIV, Ukraine (AP) — Talks resumed.", "KYIV", "AP", null, "KYIV, Ukraine (AP) —")]
    [InlineData("KABUL, Jan. 12, 2021 (AFP) - Talks resumed.", "KABUL", "AFP", "Jan. 12, 2021", "KABUL, Jan. 12, 2021 (AFP) -")]
    [InlineData("KYIV, Ukraine, Aug. 20, 2022 — Talks resumed.", "KYIV", null, "Aug. 20, 2022", "KYIV, Ukraine, Aug. 20, 2022 —")]
    [InlineData("SPRINGFIELD, Ill., May 2 (AP) - Rain.", "SPRINGFIELD", "AP", "May 2", "SPRINGFIELD, Ill., May 2 (AP) -")]
    [InlineData("BERLIN (dpa) - Scholz said.", "BERLIN", "dpa", null, "BERLIN (dpa) -")] // (dpa writes its name in lowercase; was no dateline)
    [InlineData("MOSCOW, September 13. /TASS/. The FSB said.", "MOSCOW", "TASS", "September 13", "MOSCOW, September 13. /TASS/.")] // (TASS; was a sentence)
    [InlineData("(ANSA) - New York, June 28 - Italy and the Netherlands agreed.", "New York", "ANSA", "June 28", "(ANSA) - New York, June 28 -")] // agency first (was none: ANSA joined the subject)
    [InlineData("NEW YORK // The UN Security Council voted.", "NEW YORK", null, null, "NEW YORK //")] // The National (was none)
    [InlineData("By Karim Haddad\n\nBEIRUT, Sept 18 — Radios exploded.", "BEIRUT", null, "Sept 18", "BEIRUT, Sept 18 —")] // under a plain byline (was none)
    [InlineData("BENI, Democratic Republic of Congo, Nov 1, 2014 (Reuters) - Kabila arrived.", "BENI", "Reuters", "Nov 1, 2014", "BENI, Democratic Republic of Congo, Nov 1, 2014 (Reuters) -")] // a country of four words (was none)
    [InlineData("SARAJEVO, Bosnia and Herzegovina (AP) — Talks resumed.", "SARAJEVO", "AP", null, "SARAJEVO, Bosnia and Herzegovina (AP) —")]
    [InlineData("NITEROI, Rio de Janeiro (Reuters) - Police said.", "NITEROI", "Reuters", null, "NITEROI, Rio de Janeiro (Reuters) -")]
    [InlineData("YEREVAN, SEPTEMBER 3, ARMENPRESS. Armenia has decided.", "YEREVAN", "ARMENPRESS", "SEPTEMBER 3", "YEREVAN, SEPTEMBER 3, ARMENPRESS.")] // agency after the date (was none: the opposition was of no country)
    [InlineData("NEW DELHI, DEC. 21. In its sharpest response yet, India recalled its envoy.", "NEW DELHI", null, "DEC. 21", "NEW DELHI, DEC. 21.")] // The Hindu's form (was none: New Delhi's ministries were Pakistan's)
    [InlineData("Fiscalía General del Estado - Ecuador\nPress release\nMachala, 11 February 2026\n\nThe Attorney General's Office charged eleven men.", "Machala", null, "11 February 2026", "Machala, 11 February 2026")] // a release's place-and-date line (was none)
    [InlineData("By Staff | March 9, 2026\nLIMA —\nPeru's Congress voted.", "LIMA", null, null, "LIMA —")] // under a byline with its date after a bar (was none)
    [InlineData("Published 12 April 2026\nMANILA —\nThe coast guard said.", "MANILA", null, null, "MANILA —")] // under a page's time line (was none)
    [InlineData("Updated March 9, 2026 10:42 GMT\nLIMA —\nPeru's Congress voted.", "LIMA", null, null, "LIMA —")]
    public void Recognises_the_common_dateline_forms(string text, string place, string? agency, string? date, string whole)
    {
        var dateline = Detect(text);
        Assert.True(dateline.IsPresent);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(date, dateline.DateText);
        Assert.Equal(whole, text.Substring(dateline.Span.Start, dateline.Span.Length));
        Assert.Equal(place, text.Substring(dateline.PlaceSpan.Start, dateline.PlaceSpan.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Russia has pledged support to Kabul: officials said.")]
    [InlineData("The talks - held in Moscow - ended.")]
    [InlineData("Note: this is not a dateline.")]
    [InlineData("UPDATE: more details follow.")]
    [InlineData("MEDIA RELEASE: PNG and Australia sign policing partnership.")] // (a release's label, not a place named "Media Release")
    [InlineData("PRESS STATEMENT: The ministry condemns the attack.")]
    [InlineData("He said it. KABUL: late")]
    [InlineData("Washington, Friday, Reuters. Nothing happened.")] // (no date: no agency-after-date form)
    [InlineData("Minutes of the meeting\nItem 4, 12 March 2020\n\nThe board met.")] // (no place: a lowercase word)
    [InlineData("The vote, 54. Senators approved it.")]
    public void Adds_an_empty_dateline_when_there_is_none(string text)
    {
        var dateline = Detect(text);
        Assert.False(dateline.IsPresent);
        Assert.Same(Dateline.None, dateline);
    }

    [Fact]
    public void Wire_dateline_below_a_web_page_title_and_byline_is_found()
    {
        // Found on held-out article pages: the title, byline and time line come before the dateline, which then
        // went unrecognised and "HANOI, Vietnam (AP)" became part of the first sentence's subject.
        const string text = "Minister accuses rival of intimidation\nJane Roe, AP Writer\n\nUpdated 5:27 am, November 20, 2019\n\n"
            + "HANOI, Vietnam (AP) — The defense minister on Wednesday accused China of intimidation.";
        var dateline = Detect(text);
        Assert.True(dateline.IsPresent);
        Assert.Equal("HANOI", dateline.Place);
        Assert.Equal("HANOI, Vietnam (AP) —", text.Substring(dateline.Span.Start, dateline.Span.Length));
    }

    [Theory]
    [InlineData("Talks resumed\n\nLONDON — Britain said.")]                 // no agency below the first line
    [InlineData("Talks resumed\n\nWashington (Reuters) - The U.S. said.")]  // not all capitals below the first line
    [InlineData("Talks resumed\n\nKABUL: the talks went on.")]              // a colon label, no wire form
    public void Later_lines_count_only_in_the_wire_form(string text) =>
        Assert.False(Detect(text).IsPresent);

    [Fact]
    public void A_later_line_with_a_place_its_country_and_a_long_dash_is_a_dateline()
    {
        // A Jamaica Observer page put its title above "ST CATHERINE, Jamaica —"; without the dateline, "Spanish Town" made
        // the story Spanish.
        var dateline = Detect("Woman attacks female inspector with stone\n\nST CATHERINE, Jamaica — A female police inspector was assaulted.");
        Assert.Equal(("ST CATHERINE", "Jamaica"), (dateline.Place, dateline.Region));
        Assert.False(Detect("Talks resumed\n\nLONDON — Britain said.").IsPresent); // a bare place still needs the first line
    }

    [Fact]
    public void Under_a_headline_a_title_case_place_with_its_date_and_agency_is_a_dateline()
    {
        // "Kenya recalls envoy to Somalia over oil blocks row / Nairobi, Kenya, Feb 17, 2019 (KNA) - Kenya has recalled ...": the
        // story had no dateline, so "the Principal Secretary in the Ministry of Foreign Affairs, Macharia Kamau" was no one's.
        var dateline = Detect("Kenya recalls envoy to Somalia over oil blocks row\n\nNairobi, Kenya, Feb 17, 2019 (KNA) - Kenya has recalled its Ambassador.");
        Assert.Equal(("Nairobi", "KNA"), (dateline.Place, dateline.Agency));
        Assert.False(Detect("Talks resumed\n\nNairobi (KNA) - Kenya said.").IsPresent); // no date: a title-case place still needs the first line
    }

    [Fact]
    public void The_dateline_is_inside_the_first_sentence()
    {
        var document = NewsTokenizerTests.Annotate("MOSCOW, March 3 (AFP) - Russia said. It ended.");
        var dateline = document.Layers.Get(CoreLayers.Dateline);
        Assert.True(document.Sentences[0].Span.Contains(dateline.Span));
        Assert.Equal(2, document.Sentences.Count);
    }

    [Fact]
    public void Detect_is_static_and_returns_null_without_a_dateline() =>
        Assert.Null(DatelineDetector.Detect("no dateline here"));

    [Fact]
    public void A_byline_with_the_place_it_was_filed_from_is_a_dateline()
    {
        // "By Farhana Rahman, Dhaka" above a BBC-style story left "the interim government" with no country.
        var text = "By Farhana Rahman, Dhaka\nBangladesh's interim leader has announced an election.";
        var dateline = Detect(text);
        Assert.Equal("Dhaka", dateline.Place);
        Assert.Equal("Dhaka", text.Substring(dateline.PlaceSpan.Start, dateline.PlaceSpan.Length));
        Assert.False(Detect("By Jane Doe, Staff Writer\nThe council met.").IsPresent);
        Assert.Equal("Brussels", Detect("By Katrin Albrecht in Brussels\nWed 13 Dec 2023\nThe Commission released the funds.").Place);
        Assert.False(Detect("By Jane Doe\nThe council met.").IsPresent);
        Assert.False(Detect("By the end of the year, prices rose.").IsPresent);
    }

    [Fact]
    public void A_dateline_of_two_places_is_the_first_place_s()
    {
        // "ABU DHABI/KYIV" was no dateline, so both cities became subjects of the first sentence's verb.
        var dateline = Detect("ABU DHABI/KYIV, Aug 24 (Reuters) - Russia and Ukraine exchanged prisoners.");
        Assert.Equal("ABU DHABI", dateline.Place);
        Assert.Equal("Reuters", dateline.Agency);
        Assert.Equal("TOKYO", Detect("TOKYO/BEIJING, Aug 24 (Reuters) - China imposed a ban.").Place);
    }

    [Fact]
    public void A_roundup_s_later_paragraphs_have_datelines_of_their_own()
    {
        // A world briefs page and a daily briefing: each paragraph is filed from its own place (the Sudan item was British).
        var dateline = Detect("Following is a roundup of international news.\n\nKHARTOUM, April 11 - Sudan's military removed Bashir.\n\n"
            + "LONDON, April 11 (Reuters) - British police arrested Assange.\n\nCAMEROON — The council declared Biya the winner.\n\n"
            + "JAISWAL: Yes, the committee travelled.\n\nThe talks went on - slowly.");
        Assert.False(dateline.IsPresent);
        Assert.Equal(["KHARTOUM", "LONDON", "CAMEROON"], dateline.Sections.Select(d => d.Place));
        Assert.Equal("Reuters", dateline.Sections[1].Agency);
        Assert.Equal("LONDON", dateline.At(dateline.Sections[1].Span.End + 5).Place);
        Assert.Empty(Detect("KABUL: The talks went on.\n\nThe Taliban said the talks went on.").Sections);
    }

    [Fact]
    public void The_words_in_capitals_that_open_a_dateline_are_one_sentence()
    {
        // "TEL | AVIV/KHAN YOUNIS, Oct 13 (Reuters) - Hamas released ..." was split after "TEL".
        var doc = NewsTokenizerTests.Annotate("TEL AVIV/KHAN YOUNIS, Oct 13 (Reuters) - Hamas released the last 20 living Israeli hostages held in "
            + "Gaza on Monday and Israel freed nearly 2,000 Palestinian prisoners.");
        Assert.Equal(1, doc.Sentences.Count);
        // "GUAYAQUIL, Ecuador, Jan 10 (Reuters) | - Ecuador's President ..." was split before the dash.
        Assert.Equal(1, NewsTokenizerTests.Annotate("GUAYAQUIL, Ecuador, Jan 10 (Reuters) - Ecuador's President Daniel Noboa declared on Tuesday "
            + "that the country was in a state of internal armed conflict.").Sentences.Count);
    }
}

