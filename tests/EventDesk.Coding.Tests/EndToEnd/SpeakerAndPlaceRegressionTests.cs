using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.EndToEnd;

/// <summary>
/// Regressions found by reading the whole pipeline's output on real news (VOA development stories), restated in
/// our own sentences: quote speakers cut short or taken from a modifier, a relative pronoun as speaker, an
/// attributive participle as reporting verb, "Washington" geocoded to a town in Utah, "Latin America" coded as
/// the United States.
/// </summary>
public sealed class SpeakerAndPlaceRegressionTests
{
    private static Document Annotate(string text) => NewsRun.Annotate(text, new DateOnly(2021, 5, 4));

    private static Quote OnlyQuote(Document document) => Assert.Single(document.Layers.Get(AnnotationLayers.Quotes).Quotes);

    [Fact]
    public void Speaker_with_two_role_words_joined_by_and_keeps_the_name()
    {
        var quote = OnlyQuote(Annotate(
            "\"Rural schools still lack trained teachers,\" said Jakarta-based social worker and activist Dewi Santoso.\n"));
        Assert.EndsWith("Dewi Santoso", quote.Speaker!.Text);
        Assert.Equal("Dewi Santoso", quote.Speaker.Name);
        Assert.NotEqual("MYS", quote.Speaker.Actor?.Country); // the place modifier is not the speaker
    }

    [Fact]
    public void Speaker_name_is_the_head_not_a_place_modifier()
    {
        var quote = OnlyQuote(Annotate(
            "The sector employs about 200,000 people, according to Brussels-based industry group WindAlliance.\n"));
        Assert.NotEqual("Brussels", quote.Speaker!.Name);
    }

    [Fact]
    public void Relative_pronoun_speaker_is_its_antecedent()
    {
        var document = Annotate(
            "The missile purchase remains a source of friction with Washington, which says the system poses a threat to allied aircraft.\n");
        var quote = OnlyQuote(document);
        Assert.Equal("Washington", quote.Speaker!.Text);
        Assert.Equal("USAGOV", quote.Speaker.Actor?.Code); // a capital speaking is its government
    }

    [Fact]
    public void Attributive_participle_is_not_a_reporting_verb()
    {
        var document = Annotate("The two governments disagree over rights to part of a disputed sea that is rich in gas.\n");
        Assert.Empty(document.Layers.Get(AnnotationLayers.Quotes).Quotes);
    }

    [Fact]
    public void Washington_is_geocoded_to_the_capital()
    {
        var document = Annotate("Officials in Washington welcomed the agreement on Tuesday.\n");
        var place = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span) == "Washington").Place;
        Assert.NotNull(place);
        Assert.Equal("USA", place!.Country);
        Assert.InRange(place.Latitude!.Value, 38.5, 39.2);
        Assert.InRange(place.Longitude!.Value, -77.5, -76.5);
    }

    [Fact]
    public void Latin_America_is_a_region_not_the_United_States()
    {
        var document = Annotate("Wind farms are spreading across Latin America and the Middle East, the report said.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        Assert.DoesNotContain(mentions, m => m.Actor?.Country == "USA");
        Assert.Contains(mentions, m => document.Substring(m.Span) == "Latin America");
    }

    [Fact]
    public void Event_is_not_dated_by_a_time_expression_of_another_clause()
    {
        var document = Annotate("Since winning independence in 1962, Algeria has received loans from the World Bank.\n");
        var events = document.Layers.Get(AnnotationLayers.Events).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(new DateOnly(2021, 5, 4), e.Date));
    }

    [Fact]
    public void Event_is_dated_by_a_time_expression_of_its_own_clause()
    {
        var document = Annotate("The Russian foreign minister met his Turkish counterpart in Ankara on Friday.\n");
        var meeting = Assert.Single(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "04");
        Assert.Equal(new DateOnly(2021, 4, 30), meeting.Date);
    }

    [Fact]
    public void Family_name_first_names_resolve_later_mentions_by_the_family_name()
    {
        var document = Annotate(
            "North Korean leader Kim Jong Un met South Korean President Moon Jae-in on Friday.\n\nKim said the meeting was useful. Chinese President Xi Jinping praised both leaders.\n\nXi later called the summit historic.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        var kim = Assert.Single(mentions, m => document.Substring(m.Span) == "Kim");
        Assert.Equal("PRK", kim.Actor?.Country);
        var xi = Assert.Single(mentions, m => document.Substring(m.Span) == "Xi");
        Assert.Equal("CHN", xi.Actor?.Country);
    }

    [Fact]
    public void Official_names_with_a_possessive_clitic_resolve()
    {
        var document = Annotate("The People's Republic of China and the Democratic People's Republic of Korea signed a treaty.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        Assert.Contains(mentions, m => m.Actor?.Country == "CHN");
        Assert.Contains(mentions, m => m.Actor?.Country == "PRK");
    }

    [Fact]
    public void Organisation_country_office_speaks_as_the_organisation()
    {
        var quote = OnlyQuote(Annotate("\"We need more funds before the rains,\" UNHCR Kenya said on Monday.\n"));
        Assert.Equal("IGOUNOHCR", quote.Speaker!.Actor?.Code);
    }

    [Fact]
    public void Domestic_agents_take_the_country_of_the_capital_they_are_in()
    {
        var document = Annotate("Officials in Washington welcomed the deal. Soldiers in Mali withdrew on Sunday.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        Assert.Equal("USAGOV", Assert.Single(mentions, m => document.Substring(m.Span) == "Officials").Actor?.Code);
        Assert.NotEqual("MLI", Assert.Single(mentions, m => document.Substring(m.Span) == "Soldiers").Actor?.Country); // may be foreign
    }

    [Fact]
    public void Bare_role_word_takes_the_country_the_text_last_gave_it()
    {
        var document = Annotate(
            "ANKARA, Turkey — The U.S. Senate prepares to vote on sanctions against Turkey.\n\nTurkey said the Senate was hostile.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        var senate = mentions.Last(m => document.Substring(m.Span).Contains("Senate", StringComparison.Ordinal));
        Assert.Equal("USALEG", senate.Actor?.Code); // not TURLEG from the dateline
    }

    [Fact]
    public void Provinces_and_parts_of_countries_are_located()
    {
        var document = Annotate("Taliban fighters stormed a checkpoint in Ghazni Province on Sunday.\n");
        var ghazni = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span).StartsWith("Ghazni", StringComparison.Ordinal));
        Assert.Equal("AFG", ghazni.Place?.Country);
        Assert.NotNull(ghazni.Place!.Latitude);
    }

    [Fact]
    public void Dateline_date_with_a_year_picks_the_roles_in_force_when_there_is_no_publication_date()
    {
        var document = NewsRun.Annotate(new Document("regression",
            "KABUL, Jan. 12, 2021 (EventDesk Wire) - Pakistani Prime Minister Imran Khan met Afghan officials on Tuesday.\n"));
        var khan = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span).EndsWith("Imran Khan", StringComparison.Ordinal));
        Assert.Equal("PAKGOV", khan.Actor?.Code); // in office in 2021, not today's role
    }

    [Fact]
    public void Speaker_phrases_are_cleaned_or_refused()
    {
        var document = Annotate(
            "Najib Razak seldom criticized Beijing and accepted its loans.\n\n"
            + "However, while most residents are friendly, Tokyo-based business owner Michelle Tanaka, who is originally from Taiwan, told VOA that newcomers can feel treated differently.\n");
        var quotes = document.Layers.Get(AnnotationLayers.Quotes).Quotes;
        Assert.DoesNotContain(quotes, q => q.Speaker?.Text == "seldom");
        var told = Assert.Single(quotes, q => q.Cue == "told");
        Assert.EndsWith("Michelle Tanaka", told.Speaker!.Text);
    }

    [Fact]
    public void A_first_name_that_is_also_a_capital_stays_part_of_the_name()
    {
        var document = Annotate("Douglas Paal, a vice president at a Washington think tank, said that a summit could be risky.\n");
        var paal = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span).StartsWith("Douglas", StringComparison.Ordinal));
        Assert.NotEqual("IMN", paal.Actor?.Country); // Douglas is the capital of the Isle of Man, and here a first name
        Assert.Equal("Douglas Paal", paal.Actor?.Name);
    }

    [Fact]
    public void Speaker_named_after_the_quote_with_a_long_appositive()
    {
        var quote = OnlyQuote(Annotate(
            "\u201cThe harvest will be late this year,\u201d Amina Diallo, head of the farmers' union in the northern Kayes region, told reporters.\n"));
        Assert.Equal("Amina Diallo", quote.Speaker!.Text);
    }

    [Fact]
    public void Next_sentence_with_a_new_speaker_is_not_the_attribution_of_the_quote_before()
    {
        var document = Annotate(
            "Ruto spoke first. \u201cWe will not give up.\u201d Amina Diallo, head of the farmers' union, said in a statement that the harvest would be late.\n");
        var quotes = document.Layers.Get(AnnotationLayers.Quotes).Quotes;
        Assert.DoesNotContain(quotes, q => document.Substring(q.Span).StartsWith("We will not", StringComparison.Ordinal) && q.Speaker?.Text == "Amina Diallo");
    }

    [Fact]
    public void Partial_quote_after_an_adding_participle_is_the_clause_speakers()
    {
        var document = Annotate(
            "\u201cThe talks went well,\u201d Ochieng told reporters, adding that Nairobi would \u201cstay the course\u201d on the border deal.\n");
        var quotes = document.Layers.Get(AnnotationLayers.Quotes).Quotes;
        var partial = Assert.Single(quotes, q => document.Substring(q.Span).StartsWith("stay the course", StringComparison.Ordinal));
        Assert.Equal("Ochieng", partial.Speaker?.Text);
    }

    [Fact]
    public void A_transcript_speaker_label_is_not_parsed_into_the_sentence()
    {
        // VOA interview: "VOA: Russia's President Vladimir Putin recently visited China ..." in the middle of a story;
        // parsed as one sentence, the label became the subject of "visited" (or the president an apposition of it).
        var document = NewsRun.Annotate("Armitage spoke to VOA about the region on Monday.\n\n"
            + "VOA: Japan's Prime Minister Fumio Kishida recently visited Australia after the election.\n", new DateOnly(2023, 5, 4));
        var deps = document.Layers.Get(EventDesk.Nlp.NlpLayers.Dependencies);
        var sentence = document.Sentences[1];
        Assert.Equal("VOA", document.Tokens.TextOf(sentence.FirstToken).ToString());
        // Parsed on its own and attached as UD does ("Response: The US must ..."): the label is the root, the clause a parataxis.
        Assert.Equal(-1, deps.HeadOf(sentence.FirstToken));
        var visited = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Single(t => document.Tokens.TextOf(t) is "visited");
        Assert.Equal((sentence.FirstToken, "parataxis"), (deps.HeadOf(visited), deps.RelationOf(visited)));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "042" && e.Source.Actor?.Code == "JPNGOV");
    }

    [Fact]
    public void A_deputy_ambassador_is_a_diplomat_not_a_legislator()
    {
        // "Robert Wood, U.S. deputy U.N. ambassador" was USALEG with role "Deputy": the rank word was read as a member of
        // parliament and the phrase broke at "U.N.".
        var document = Annotate("\"We are deeply concerned,\" Laura Finch, U.S. deputy U.N. ambassador, told reporters.\n");
        var quote = OnlyQuote(document);
        Assert.Equal("Laura Finch", quote.Speaker!.Name);
        Assert.Equal("USAGOV", quote.Speaker.Actor?.Code);
    }

    [Fact]
    public void A_given_name_the_tagger_missed_joins_the_surname_and_later_mentions_resolve_to_it()
    {
        // "South Korean Ambassador Joonkook Hwang told council members" gave "South Korean Ambassador" with no name and a
        // bare "Hwang" of no country; "Ambassador Song Kim" was taken for Kim Jong-un.
        var document = NewsRun.Annotate(
            "\"The threat is real,\" South Korean Ambassador Joonkook Hwang told council members. " +
            "\"We will respond,\" Hwang said. \"There is no reason to worry,\" Ambassador Song Kim said.\n", new DateOnly(2024, 6, 28));
        var quotes = document.Layers.Get(AnnotationLayers.Quotes).Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Joonkook Hwang", quotes[0].Speaker!.Name);
        Assert.Equal("KORGOV", quotes[0].Speaker!.Actor?.Code);
        Assert.Equal("Joonkook Hwang", quotes[1].Speaker!.Name);
        Assert.Equal("KORGOV", quotes[1].Speaker!.Actor?.Code);
        Assert.NotEqual("Kim Jong-un", quotes[2].Speaker!.Name);
    }

    [Fact]
    public void Parties_concerned_are_sides_not_political_parties()
    {
        var document = Annotate("China calls on the parties concerned to exercise restraint.\n");
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Actor?.Sectors.Contains("PTY") == true);
    }

    [Fact]
    public void A_name_after_a_role_word_that_the_tagger_missed_is_the_persons_name()
    {
        // "Chinese Foreign Ministry spokeswoman Hua Chunying declined to comment" had no name and no source for the event.
        var document = NewsRun.Annotate("Chinese Foreign Ministry spokeswoman Hua Chunying declined to comment on the detention of two Canadian citizens.\n",
            new DateOnly(2019, 1, 10));
        var mention = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span).EndsWith("Hua Chunying", StringComparison.Ordinal));
        Assert.Equal("Hua Chunying", mention.CanonicalName);
        Assert.Equal("CHNGOV", mention.Actor?.Code);
        var e = Assert.Single(document.Layers.Get(AnnotationLayers.Events).Events);
        Assert.Equal(("CHNGOV", "011"), (e.Source.Actor?.Code, e.Cameo));
    }

    [Fact]
    public void A_capitalised_role_word_that_begins_a_name_takes_no_name_after_it()
    {
        var document = Annotate("The concert was held at the Union Music Park on Friday.\n");
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.CanonicalName == "Music Park");
    }

    [Fact]
    public void An_unknown_organisation_right_after_a_country_word_is_that_countrys()
    {
        // "the Chinese Center for Disease Control and Prevention said it had conducted investigations" (Scrapinghub page): the
        // tagger left "Chinese" out of the name, the body had no actor, and "it" was resolved to the WHO named earlier.
        var document = Annotate("Officials said the Chinese Center for Disease Control had tested the samples.\n");
        var mention = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions,
            m => document.Substring(m.Span).Contains("Center for Disease Control", StringComparison.Ordinal));
        Assert.Equal("CHN", mention.Actor?.Code);
    }

    [Fact]
    public void Hong_Kongs_chief_executive_is_its_government()
    {
        // "Hong Kong Chief Executive Carrie Lam's recent trip to Beijing" was HKGBUS: "chief executive" is a company role.
        var document = NewsRun.Annotate("Hong Kong Chief Executive Carrie Lam's recent trip to Beijing was about ending the violence.\n", new DateOnly(2019, 11, 20));
        var e = Assert.Single(document.Layers.Get(AnnotationLayers.Events).Events);
        Assert.Equal(("HKGGOV", "CHN", "042"), (e.Source.Actor?.Code, e.Target?.Actor?.Code, e.Cameo));
    }

    [Theory]
    [InlineData("Turkey continues to imprison Metin Topuz, a local U.S. consulate employee.", "Metin Topuz", "USAGOV")]
    [InlineData("Kenyan hospital workers went on strike on Monday.", "Kenyan hospital workers", "KENHLH")]
    [InlineData("Kenyan opposition supporters gathered in Nairobi on Sunday.", "Kenyan opposition supporters", "KENOPP")]
    public void Staff_work_for_the_body_named_before_them(string text, string mention, string code)
    {
        // VOA: "Metin Topuz, a local U.S. consulate employee" was USALAB (an employee is labour) and the court's 173 aimed at
        // labour; the consulate before "employee" makes him a diplomatic employee of the U.S. government.
        var document = NewsRun.Annotate(text + "\n", new DateOnly(2019, 12, 20));
        var m = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span) == mention);
        Assert.Equal(code, m.Actor?.Code);
    }

    [Fact]
    public void English_news_names_of_cities_are_geocoded_where_the_news_means()
    {
        // The GeoNames extract has "Genève", "Köln", "Odessa"; "Geneva" was Geneva, Illinois even with Switzerland named,
        // "The Hague" (a seat of government in countries.tsv) went to Amsterdam, and "Avdiivka" had no coordinates.
        var document = Annotate("GENEVA (AP) — Diplomats from the United States met in Geneva, Cologne, The Hague, St. Petersburg and Avdiivka.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        GeoPlace PlaceOf(string name) => Assert.Single(mentions, m => document.Substring(m.Span) == name && m.Place is not null).Place!;
        Assert.Equal("CHE", PlaceOf("Geneva").Country);
        Assert.InRange(PlaceOf("Geneva").Longitude!.Value, 6.0, 6.3);
        Assert.Equal("DEU", PlaceOf("Cologne").Country);
        Assert.Equal("NLD", PlaceOf("The Hague").Country);
        Assert.InRange(PlaceOf("The Hague").Latitude!.Value, 52.0, 52.15);
        Assert.Equal("RUS", PlaceOf("St. Petersburg").Country);
        Assert.Equal("UKR", PlaceOf("Avdiivka").Country);
        Assert.Equal("CHE", document.Layers.Get(EventDesk.Coding.Actors.ActorLayers.Index).DefaultCountry);
        // A capital found under its own name still beats a small town of another name's country: Washington is D.C.
        Assert.InRange(Annotate("Officials in Washington welcomed it.\n").Layers.Get(AnnotationLayers.Entities).Mentions
            .Single(m => m.Place is not null).Place!.Latitude!.Value, 38.5, 39.2);
    }

    [Fact]
    public void New_York_and_Camp_David_are_places_in_the_United_States()
    {
        // GeoNames lists only "New York City": a NEW YORK dateline and "talks in New York" had no country.
        var document = Annotate("NEW YORK (AP) — Leaders met in New York and later at Camp David.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        var newYork = Assert.Single(mentions, m => document.Substring(m.Span) == "New York" && m.Place is not null).Place!;
        Assert.Equal("USA", newYork.Country);
        Assert.InRange(newYork.Latitude!.Value, 40.5, 40.9);
        Assert.Equal("USA", Assert.Single(mentions, m => document.Substring(m.Span) == "Camp David").Place?.Country);
        Assert.Equal("USA", document.Layers.Get(EventDesk.Coding.Actors.ActorLayers.Index).DefaultCountry);
    }

    [Theory]
    [InlineData("Sudan's U.N. envoy said the council had failed.", "Sudan's U.N. envoy", "SDNGOV")]
    [InlineData("Russia's U.N. ambassador said the vote was biased.", "Russia's U.N. ambassador", "RUSGOV")]
    [InlineData("The U.S. Commerce Department said the rules would take effect.", "U.S. Commerce Department", "USAGOV")]
    [InlineData("The U.S. Treasury Department said the rules would take effect.", "U.S. Treasury Department", "USAGOV")]
    [InlineData("The Los Angeles Police Department said two officers were hurt.", "Los Angeles Police Department", "USACOP")]
    public void Envoys_departments_and_police_forces_belong_to_the_state_they_name(string text, string mention, string code)
    {
        var document = Annotate(text + "\n");
        Assert.Equal(code, Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span) == mention).Actor?.Code);
    }

    [Fact]
    public void A_place_inside_the_object_is_no_summons_target()
    {
        // "calls ISIL presence in Palmyra a tragedy" matched "S call in T" (114) once Palmyra had a country.
        Assert.DoesNotContain(Annotate("Minister for the Middle East Tobias Ellwood calls ISIL presence in Palmyra a tragedy.\n")
            .Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "114");
        Assert.Contains(Annotate("Turkey extradited two suspected Islamic State members to Belgium on Monday.\n").Layers.Get(AnnotationLayers.Events).Events,
            e => e.Cameo == "063" && e.Target?.Actor?.Code == "BEL");
    }

    [Fact]
    public void A_passive_with_an_infinitive_is_no_cue_and_a_name_s_relative_clause_does_not_hide_the_speaker()
    {
        // "who is expected to become ..." made "expected" the cue of the quote, and its content the speaker's own name.
        var document = Annotate("Jens-Frederik Nielsen, who is expected to become Greenland's new prime minister after his Democrats party won this month's election, "
            + "said the visit showed \"a lack of respect\" for the Greenlandic people.\n");
        var quote = OnlyQuote(document);
        Assert.Equal("a lack of respect", document.Substring(quote.Span));
        Assert.Equal("said", quote.Cue);
        Assert.Equal("Jens-Frederik Nielsen", quote.Speaker!.Name);
    }
}
