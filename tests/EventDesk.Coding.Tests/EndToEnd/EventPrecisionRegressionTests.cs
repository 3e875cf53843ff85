using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.EndToEnd;

/// <summary>
/// Precision regressions found by reading the full pipeline's events on real news (VOA development stories, fifth
/// round, docs/event-accuracy.md §9), restated in our own sentences: adjunct clauses that share their head clause's
/// status, who does an infinitive or gerund that the parser attached loosely, phrasal verbs, leaving an organisation,
/// violence against civilians, and "the group" after a group named by its members.
/// </summary>
public sealed class EventPrecisionRegressionTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) =>
        NewsRun.Annotate(text, new DateOnly(2024, 3, 12)).Layers.Get(AnnotationLayers.Events).Events;

    private static (string? Source, string? Target) Dyad(CodedEvent e) => (e.Source.Actor?.Code, e.Target?.Actor?.Code);

    // ---- sports stories (found on held-out real news: the Scrapinghub article-extraction pages)

    [Fact]
    public void Countries_in_a_sports_story_are_teams()
    {
        // The last two sentences have no sports word of their own (before: CHL 182 PER, URY 052 COL).
        const string story = "Brazil beat Argentina 2-1 in a World Cup qualifier on Tuesday.\n\n"
            + "The coach praised his squad after the match.\n\nChile beat Peru on Monday.\n\n"
            + "Uruguay will be back in action on Friday against defending champion Colombia.\n";
        Assert.DoesNotContain(Events(story), e => e.Source.Actor?.Sectors.Count == 0);
    }

    [Fact]
    public void Country_adjective_before_a_noun_modifier_beats_the_dateline()
    {
        // Held-out pages: "deported by Mexican immigration authorities" in a NEW DELHI story was coded INDGOV.
        const string story = "NEW DELHI: Nearly 150 Indians returned home on Wednesday after being deported from the United States.\n\n"
            + "Last month, more than 300 Indians were deported by Mexican immigration authorities.\n";
        Assert.Contains(Events(story), e => e.Cameo == "174" && e.Source.Actor?.Code == "MEXGOV");
        Assert.DoesNotContain(Events(story), e => e.Source.Actor?.Code == "INDGOV");
    }

    [Fact]
    public void A_measure_or_the_weather_is_no_attacker_and_no_enemy()
    {
        // Held-out pages: "farmers hit by retaliatory Chinese tariffs" (CHN 190), "has been fighting dirty air" (195).
        Assert.Empty(Events("Kenyan farmers were hit by retaliatory Ugandan tariffs last year.\n"));
        Assert.Empty(Events("Nairobi has been fighting dirty air for decades.\n"));
        Assert.Contains(Events("Ugandan troops hit Kenyan positions last year.\n"), e => e.Root == "19");
    }

    [Fact]
    public void One_mention_of_sport_does_not_make_a_war_story_a_match()
    {
        const string story = "Russian troops attacked Ukrainian positions near Bakhmut on Tuesday.\n\n"
            + "Kyiv said the shelling had destroyed a stadium.\n\nUkraine accused Russia of war crimes.\n\n"
            + "The Ukrainian army said it repelled the assault.\n";
        Assert.Contains(Events(story), e => e.Root == "11" && Dyad(e) is ("UKR", "RUS"));
    }

    // ---- found on held-out pages (trafilatura benchmark, sixth session; docs/event-accuracy.md §11)

    [Fact]
    public void An_act_done_without_something_does_not_code_that_thing()
    {
        // "suspended for making transit free without asking her" was an appeal (020).
        Assert.Empty(Events("Turkey expelled the diplomats without consulting Russia.\n"));
        Assert.Empty(Events("Turkey left the summit without meeting Russian officials.\n"));
        Assert.Contains(Events("Turkey consulted Russia before expelling the diplomats.\n"), e => e.Root == "04");
    }

    [Fact]
    public void An_official_acting_on_their_own_government_is_a_parse_artefact()
    {
        // "China's ambassador ... warned that the Chinese government will not sit on its hands" was CHNGOV 130 CHNGOV.
        Assert.DoesNotContain(Events("China's ambassador to Britain warned that the Chinese government will not sit on its hands.\n"),
            e => e.Source.Actor?.Code == e.Target?.Actor?.Code);
    }

    [Fact]
    public void Give_in_to_needs_the_particle()
    {
        // "The answers he gave to the BBC interviewer" was yielding (080) through "S give in to T" with "in" ignored.
        Assert.DoesNotContain(Events("Iran gave its answers to Russia.\n"), e => e.Cameo == "080");
        Assert.Contains(Events("Iran gave in to Russia.\n"), e => e.Cameo == "080");
        Assert.Contains(Events("Iran caved to Russia.\n"), e => e.Cameo == "080");
    }

    [Fact]
    public void An_ability_is_no_act_unless_it_was_used()
    {
        // Held-out pages (Mozilla fixtures): "the nation will be able to trade extensively with the United States" (0311) and
        // "hopes that it can finish hammering out the framework of an agreement with Iran" (057) were coded as done.
        Assert.Empty(Events("Sudan will be able to trade extensively with the United States.\n"));
        Assert.Empty(Events("The United States hopes that it can finish hammering out the framework of an agreement with Iran.\n"));
        Assert.Empty(Events("Israel can strike Iran at any time.\n"));
        Assert.Contains(Events("Kenyan police were able to arrest the Ugandan suspect.\n"), e => e.Root == "17");
    }

    [Fact]
    public void Talk_and_cooperation_inside_one_society_is_not_political_news()
    {
        // VOA and held-out pages: "public health experts are urging people to adhere to preventive measures" (NGAEDU 020
        // NGACVL), "universities are training nurses" (GBREDU 062 GBRHLH).
        Assert.Empty(Events("Kenyan health experts urged Kenyan farmers to avoid contact with sick animals.\n"));
        // Across borders, or with the state, it still is; and conflict among them too.
        Assert.Contains(Events("Kenyan health experts urged the Kenyan government to ban the imports.\n"), e => e.Root == "02");
        Assert.Contains(Events("Kenyan workers protested against Kenyan mining companies.\n"), e => e.Root == "14");
    }

    [Fact]
    public void A_bureau_dateline_does_not_make_the_story_country_of_the_bureau()
    {
        // Held-out pages: a CAIRO-datelined story about an attack in Tunisia gave "killed more than 20 people" the target
        // EGYCVL (and the event its place in Cairo).
        const string story = "CAIRO — Gunmen opened fire at Tunisia's national museum on Wednesday.\n\n"
            + "Tunisian officials said the attack would not derail Tunisia's transition.\n\n"
            + "Police arrested nine Libyan suspects on Thursday, a spokesman said.\n";
        Assert.Contains(Events(story), e => e.Root == "17" && Dyad(e) is ("TUNCOP", "LBYCRM")); // was EGYCOP
        Assert.DoesNotContain(Events(story), e => e.Target?.Actor?.Country == "EGY" || e.Source.Actor?.Country == "EGY");
        // A story from the dateline's own country keeps it: "KABUL — Russia ... the NSC" stays Afghan (seed article tests).
    }

    [Fact]
    public void According_to_is_no_to_phrase_of_the_verb()
    {
        // Held-out pages: "he told settler leaders, according to a statement" matched "S tell T to" (a demand, 100).
        Assert.Empty(Events("The Israeli prime minister told Palestinian leaders, according to a statement, that the day was historic.\n"));
    }

    [Fact]
    public void Who_is_punished_for_an_act_did_it()
    {
        // Held-out pages: "were deported by Mexican immigration authorities for illegally entering the country" made the
        // authorities occupy the country (192); and a people crossing a border occupies nothing.
        var events = Events("More than 300 Indians were deported by Mexican immigration authorities for illegally entering the United States.\n");
        Assert.Contains(events, e => e.Cameo == "174" && Dyad(e) is ("MEXGOV", "IND"));
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void Names_with_a_possessive_are_found_with_curly_apostrophes()
    {
        // Held-out pages write "People’s Liberation Army" with a curly apostrophe: it became "People" (---CVL) and
        // "Liberation Army" (---REB), and "the People’s Republic of China" was Taiwan.
        var events = Events("The People’s Liberation Army attacked Taiwan.\n");
        Assert.Contains(events, e => e.Root == "19" && Dyad(e) is ("CHNMIL", "TWN"));
        Assert.Contains(Events("The People’s Republic of China criticised Japan.\n"), e => e.Source.Actor?.Code == "CHN");
        // ... and a possessive that only makes an agent word stays apart: "the court’s president" is not a court.
        Assert.Contains(Events("The International Court of Justice heard Kenya. The court’s president rejected Kenya’s request.\n"),
            e => e.Root == "12" && e.Source.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_army_in_the_streets_is_no_protest()
    {
        // Held-out pages: "the People’s Liberation Army took to the city’s streets to clear barricades" was a protest (141).
        Assert.DoesNotContain(Events("The People's Liberation Army took to the streets of Hong Kong to clear barricades.\n"), e => e.Root == "14");
        Assert.Contains(Events("Thousands of Kenyan students took to the streets of Nairobi.\n"), e => e.Root == "14");
    }

    [Fact]
    public void A_name_span_that_ends_inside_a_title_does_not_break_the_actor_phrase()
    {
        // With the NER v5 model "Saudi Crown" came out as a name crossing the title "Crown Prince", and "Saudi Crown Prince
        // Mohammed bin Salman promised Mali and Niger financial support" lost both its events.
        var events = Events("Saudi Crown Prince Mohammed bin Salman promised Mali and Niger financial support for the joint force fighting jihadist groups in the Sahel.\n");
        Assert.Contains(events, e => e.Root == "03" && Dyad(e) is ("SAUGOV", "MLI"));
        Assert.Contains(events, e => e.Root == "03" && Dyad(e) is ("SAUGOV", "NER"));
    }

    [Fact]
    public void Targeted_by_authorities_is_no_attack()
    {
        // Held-out pages: "the French headquarters of the app have been targeted by authorities as part of investigations" (190).
        Assert.DoesNotContain(Events("The French offices of the company have been targeted by French authorities as part of investigations.\n"),
            e => e.Root == "19");
        Assert.Contains(Events("Russian troops targeted Ukrainian positions near Bakhmut.\n"), e => e.Root == "19");
        Assert.Contains(Events("Israel targeted Hamas commanders in Gaza.\n"), e => e.Root == "19");
    }

    [Fact]
    public void A_countrys_own_election_is_no_endorsement()
    {
        // Held-out pages: "Last fall, Tunisians elected a secular-minded president and parliament" was TUN 050 TUNGOV.
        Assert.Empty(Events("NAIROBI — Kenyans elected a new president on Tuesday.\n"));
        Assert.Empty(Events("Kenyans elected Kenya's new parliament on Tuesday.\n"));
        Assert.Contains(Events("The UN General Assembly elected Kenya to the Security Council.\n"), e => e.Root == "05");
    }

    [Fact]
    public void One_trigger_with_two_targets_of_one_code_is_one_event()
    {
        var events = Events("Biden met Putin and Lavrov in Geneva.\n");
        Assert.Single(events, e => e.Root == "04" && Dyad(e) is ("USAGOV", "RUSGOV"));
    }

    // ---- purpose and means adjuncts share their head clause's status

    [Fact]
    public void Purpose_of_a_future_need_is_not_an_act()
    {
        Assert.DoesNotContain(Events("Kenyan farmers will need new markets to support their families.\n"), e => e.Root == "05");
    }

    [Fact]
    public void Means_gerund_of_an_alleged_act_is_alleged()
    {
        Assert.Contains(Events("The Kenyan government broke the law by detaining Somali journalists without charge.\n"), e => e.Root == "17");
        Assert.DoesNotContain(Events("The lawsuit alleges that the Kenyan government broke the law by detaining Somali journalists without charge.\n"),
            e => e.Root == "17");
    }

    [Fact]
    public void Compared_alternative_after_than_is_not_an_act()
    {
        Assert.DoesNotContain(Events("The Ugandan opposition party seems more interested in attacking the president than in protecting the rights of Ugandans.\n"),
            e => e.Root == "07");
    }

    [Fact]
    public void Announced_purpose_is_still_an_intent()
    {
        // The purpose of an announced future act is announced too: not dropped as a mere purpose.
        var events = Events("Norway said it would keep its soldiers in Mali to train Malian troops.\n");
        Assert.DoesNotContain(events, e => e.Modality == EventModality.Asserted && e.Root == "06");
    }

    // ---- who does a loosely attached infinitive or gerund

    [Fact]
    public void Infinitive_after_urging_someone_is_theirs_even_as_an_adjunct()
    {
        Assert.Contains(Events("The European Commission is raising tariffs on China's electric cars.\n"), e => e.Root == "16");
        Assert.DoesNotContain(Events("The Spanish prime minister said he would urge the European Commission to reconsider raising tariffs on China's electric cars.\n"),
            e => e.Source.Actor?.Country == "ESP" && e.Root == "16");
    }

    [Fact]
    public void Gerund_after_said_is_not_the_speakers_act()
    {
        Assert.Contains(Events("The U.N. agency is moving relief items and personnel to Mozambique.\n"), e => e.Root == "15");
        Assert.DoesNotContain(Events("The U.N. agency said moving relief items and personnel to Mozambique was difficult.\n"), e => e.Root == "15");
    }

    [Fact]
    public void A_slot_phrase_is_not_searched_for_another_slot()
    {
        // "meeting of S with T": the of-phrase inside the with-phrase ("heads of companies") is not the meeting's source.
        Assert.DoesNotContain(Events("Chinese President Xi Jinping convened a meeting with heads of Chinese private companies.\n"),
            e => e.Source.Actor?.Code == "CHNBUS");
    }

    // ---- phrasal verbs, organisations, votes

    [Fact]
    public void Phrasal_verb_is_not_the_bare_verb()
    {
        Assert.Contains(Events("A Turkish court cleared the German journalist of all charges.\n"), e => e.Cameo == "081");
        Assert.DoesNotContain(Events("The United States cleared out the last migrants held at its base.\n"), e => e.Cameo == "081");
    }

    [Fact]
    public void Withdrawing_from_an_organisation_is_leaving_it_not_a_retreat()
    {
        var left = Assert.Single(Events("Mali withdrew from ECOWAS in January.\n"));
        Assert.Equal("160", left.Cameo);
        var retreat = Assert.Single(Events("Kenya withdrew its troops from Somalia in January.\n"));
        Assert.Equal("0874", retreat.Cameo);
    }

    [Fact]
    public void Voting_funds_for_something_is_no_endorsement()
    {
        Assert.DoesNotContain(Events("The monies that the U.S. Congress voted for Taiwan's defense will be used well.\n"), e => e.Root == "05");
    }

    // ---- violence against civilians and the group that claims it

    [Fact]
    public void Irregular_group_killing_civilians_is_an_assault()
    {
        var e = Assert.Single(Events("Al-Shabab militants killed twelve villagers in Somalia.\n"));
        Assert.Equal("1823", e.Cameo);
        Assert.Equal(("SOMINS", "SOMCVL"), Dyad(e));
    }

    [Fact]
    public void The_group_after_a_group_named_by_its_members_is_that_group()
    {
        var events = Events(
            "Somali forces backed by soldiers of the African Union Mission in Somalia, AUSSOM, surrounded the hotel. "
            + "Ten people died, including five al-Shabab militants. The militant group al-Shabab claimed responsibility for the attack. "
            + "In a statement, the group said it had killed more than ten people.\n");
        var kill = Assert.Single(events, e => e.Root is "18" or "19");
        Assert.Equal("SOMINS", kill.Source.Actor?.Code);
    }

    // ---- second batch: agents of gerunds, senses and own-state dyads

    [Fact]
    public void Agent_noun_before_a_gerund_is_its_subject()
    {
        var e = Assert.Single(Events("Kenyan lawmakers were angered by an Ethiopian court ruling to continue to imprison a Kenyan journalist.\n"));
        Assert.Equal(("ETHJUD", "KENMED"), Dyad(e));
    }

    [Fact]
    public void Demonstrating_something_is_not_a_protest()
    {
        Assert.DoesNotContain(Events("Kenyan students demonstrate a complete disregard for human dignity.\n"), e => e.Root == "14");
        Assert.Contains(Events("Kenyan students demonstrated for their rights in Nairobi.\n"), e => e.Root == "14");
    }

    [Fact]
    public void Disclosing_to_the_press_is_not_sharing_intelligence()
    {
        Assert.DoesNotContain(Events("The Kenyan government disclosed the decision to Ugandan journalists.\n"), e => e.Cameo.StartsWith("064", StringComparison.Ordinal));
        Assert.Contains(Events("The Kenyan government disclosed the intelligence to Ugandan officials.\n"), e => e.Cameo.StartsWith("064", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognising_a_person_is_not_diplomatic_recognition()
    {
        Assert.DoesNotContain(Events("A Kenyan police officer recognized the Somali journalist at the checkpoint.\n"), e => e.Cameo.StartsWith("054", StringComparison.Ordinal));
        Assert.Contains(Events("Kenya recognized Kosovo as an independent state.\n"), e => e.Cameo.StartsWith("054", StringComparison.Ordinal));
    }

    [Fact]
    public void Civilians_entering_a_country_do_not_occupy_it()
    {
        Assert.DoesNotContain(Events("Venezuelan migrants entered Colombia last year.\n"), e => e.Cameo == "192");
        Assert.DoesNotContain(Events("Venezuelan families entered Colombia last year.\n"), e => e.Cameo == "192");
        Assert.Contains(Events("Russian troops entered Ukraine in February.\n"), e => e.Cameo == "192");
        Assert.DoesNotContain(Events("Kenyan students surrounded the Ugandan ambassador at the conference.\n"), e => e.Cameo == "191");
        Assert.Contains(Events("Kenyan troops surrounded the Ugandan ambassador at the conference.\n"), e => e.Cameo == "191");
    }

    [Fact]
    public void An_official_defending_its_own_state_is_no_dyad()
    {
        Assert.DoesNotContain(Events("North Korea's ambassador defended North Korea's missile tests.\n"), e => e.Root == "05");
    }

    [Fact]
    public void Government_measures_against_its_own_people_are_administrative()
    {
        var e = Assert.Single(Events("The Iranian government imposed strict measures against Iranian women.\n"));
        Assert.Equal("172", e.Cameo);
    }

    [Fact]
    public void Negotiating_or_working_to_do_something_is_not_doing_it()
    {
        Assert.Contains(Events("Ghana imports rice from Vietnam.\n"), e => e.Root == "06");
        Assert.DoesNotContain(Events("Ghanaian officials are negotiating to import rice from Vietnam.\n"), e => e.Root == "06");
        Assert.DoesNotContain(Events("Somali officials are working to restore ties with Kenya.\n"), e => e.Root == "05");
    }

    [Fact]
    public void Officials_of_a_place_named_in_their_phrase_are_not_of_the_default_country()
    {
        const string story = "China's commerce minister traveled to Europe last week to defend Chinese exports. {0} China wants to sell more cars.\n";
        var abroad = Assert.Single(Events(string.Format(story, "The Chinese minister met with officials in charge of foreign trade in Germany and Italy.")));
        Assert.Equal(("CHNGOV", "DEUGOV"), Dyad(abroad));
        // No place in the phrase: the officials take the story's country, and a minister meeting unnamed officials of his own
        // government is dropped like every self-directed dyad of a body (sixth session; it was CHNGOV -> CHNGOV).
        Assert.Empty(Events(string.Format(story, "The Chinese minister met with officials in charge of foreign trade.")));
    }

    [Fact]
    public void A_directed_event_needs_a_target_of_known_country()
    {
        // An unplaced journalist is no dyad partner; the place of the event gives the country when the sentence has one.
        Assert.Empty(Events("The Kenyan president praised a journalist.\n"));
        var placed = Assert.Single(Events("The Kenyan president praised a journalist in Kampala.\n"));
        Assert.Equal(("KENGOV", "UGAMED"), Dyad(placed));
    }

    [Fact]
    public void People_a_state_detains_are_its_own_unless_named_or_migrants()
    {
        var e = Assert.Single(Events("Kenyan police arrested a journalist.\n"));
        Assert.Equal(("KENCOP", "KENMED"), Dyad(e));
        Assert.Empty(Events("Kenyan police arrested Peter Odhiambo Wekesa.\n")); // a named person of no known country
        Assert.Empty(Events("Kenyan police arrested dozens of migrants.\n"));
    }

    [Fact]
    public void An_appeal_to_act_is_not_the_act()
    {
        Assert.DoesNotContain(Events("The Somali president appealed to Kenya to take action against the smugglers.\n"), e => e.Root == "17");
    }

    [Fact]
    public void Executing_a_sentence_is_no_killing_even_when_asked_for_or_done_to_a_court_s_ruling()
    {
        // GUM Wikinews (seventh session): "asking the government to respect and execute the sentence" was ITAGOV 1823; the
        // object "sentence" hangs on "respect", and what the government is asked to do has not happened.
        Assert.DoesNotContain(Events("An Italian union launched a petition asking the Italian government to respect and execute the sentence of the Supreme Court.\n"),
            e => e.Root == "18");
        Assert.DoesNotContain(Events("The Iranian government executed the sentence of the court.\n"), e => e.Root == "18");
        Assert.Contains(Events("The Iranian regime executed the British dissident.\n"), e => e.Root == "18");
    }

    [Fact]
    public void A_question_or_an_obligation_asserts_no_event()
    {
        // GUM speeches and interviews (seventh session): "How are they going to beat ISIS?" was 182, "Senators are supposed
        // to step back from the affiliation of party" an 080.
        Assert.Empty(Events("How are Iraqi militias going to beat ISIS?\n"));
        Assert.Empty(Events("Did Russia attack Ukraine?\n"));
        Assert.Empty(Events("American senators are supposed to step back from the Republican party.\n"));
        Assert.Contains(Events("Iraqi militias beat ISIS in Mosul.\n"), e => e.Root == "18");
    }

    [Fact]
    public void An_event_noun_under_a_prospect_or_a_need_has_not_happened()
    {
        // GUM speeches (seventh session): "the efforts towards a new summit between the President of the United States and
        // the leader of ..." was a meeting.
        Assert.DoesNotContain(Events("I fully support the efforts towards a new summit between the President of the United States and the leader of North Korea.\n"),
            e => e.Root == "04");
        Assert.Contains(Events("The summit between the President of the United States and the leader of North Korea took place in Hanoi.\n"),
            e => e.Root == "04");
    }

    [Fact]
    public void The_purpose_of_an_offered_or_planned_act_has_not_happened()
    {
        // Eighth session: "offered to send police officers to Haiti to help fight gangs" coded Kenya fighting gangs.
        Assert.DoesNotContain(Events("Kenya offered to send police officers to Haiti to help fight gangs.\n"), e => e.Root == "19");
        Assert.DoesNotContain(Events("Kenya plans to send police to Haiti to fight gangs.\n"), e => e.Root == "19");
        Assert.DoesNotContain(Events("Kenya offered to fight gangs in Haiti.\n"), e => e.Root == "19");
    }

    [Fact]
    public void An_act_coded_twice_in_one_sentence_after_refinement_is_one_event()
    {
        // Eighth session: the strikes (195) and the killing (190 refined to 195 by its instrument, aimed at the place's
        // country) were compared before the refinement and kept as two identical events.
        var events = Events("Saudi air strikes hit a prison in northern Yemen, killing dozens.\n");
        Assert.Single(events, e => e.Cameo == "195" && Dyad(e) == ("SAU", "YEM"));
    }

    // ---- ninth session: held-out pages (trafilatura benchmark)

    [Fact]
    public void A_place_phrase_does_not_fill_a_pattern_object()
    {
        // "Woman attacks female inspector with stone at police station" matched "S attack police_station" (145: a violent
        // protest against the state). The police station is where it happened, not what was attacked.
        Assert.DoesNotContain(Events("A woman attacked a female inspector at a police station in Madrid.\n"), e => e.Cameo == "145");
        Assert.Contains(Events("Protesters attacked a police station in Lagos.\n"), e => e.Cameo == "145" && Dyad(e) == ("NGACVL", "NGAGOV"));
    }

    [Fact]
    public void Civilians_fighting_no_one_are_no_event()
    {
        // Held-out pages (Mozilla readability fixtures): "A photographer and Navy veteran is fighting back after a photo ...
        // started an online backlash" (USAMED 190), "it's fighting the kind of driver scrutiny" (a company, 190).
        Assert.Empty(Events("An Australian journalist is fighting back after a photo she posted started an online backlash.\n"));
        // An armed or governing source, or a named victim, keeps it.
        Assert.Contains(Events("Nigerian troops fought in the north on Monday.\n"), e => e.Root == "19");
        Assert.Contains(Events("Protesters attacked Kenyan police in Nairobi.\n"), e => e.Root is "18" or "19" or "14");
    }

    [Fact]
    public void A_named_party_keeps_its_country_in_a_foreign_story()
    {
        // Held-out pages: "the prime minister ... will work with the Republicans" in an Israeli story was ISRGOV -> ISRPTY
        // (the story's country for an unqualified party word); data/knowledge/parties.tsv names the party.
        var events = Events("JERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu will work with the Republicans against the president, Indyk said.\n");
        Assert.Contains(events, e => Dyad(e) == ("ISRGOV", "USAPTY"));
    }

    [Fact]
    public void A_party_beats_its_rivals_at_the_polls()
    {
        // Held-out pages: "Kentucky Democrats beat incumbent Gov. Matt Bevin" was an assault (182).
        Assert.Empty(Events("Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won by 30 points.\n"));
    }

    [Fact]
    public void A_country_named_in_a_compound_is_a_topic_not_a_target()
    {
        // Held-out pages: "House Democrats have limited their impeachment inquiry to the Ukraine scandal" was USAPTY -> UKR
        // 172. An adjective still names the target ("imports of Russian oil", our gold set).
        Assert.Empty(Events("House Democrats have limited their impeachment inquiry to the Ukraine scandal.\n"));
        Assert.Contains(Events("Biden banned imports of Russian oil, gas and coal.\n"), e => e.Cameo.StartsWith("16", StringComparison.Ordinal) && Dyad(e) == ("USAGOV", "RUS"));
    }

    [Fact]
    public void A_gathering_for_another_purpose_is_no_demonstration()
    {
        // Probe after the held-out pages' "people ... gathered in Santa Clara" (a conference coded 141): a gathering with a
        // purpose other than protest is none; a protest purpose, or none at all, still is.
        Assert.Empty(Events("Families gathered in Gaza to mourn the dead.\n"));
        Assert.Contains(Events("Hundreds of people gathered outside the parliament in Tbilisi.\n"), e => e.Cameo == "141");
        Assert.Contains(Events("Thousands of protesters gathered in central Nairobi to demand that President William Ruto resign.\n"),
            e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    // ---- found on held-out press releases (re3d: UK, US and Australian government statements; docs/event-accuracy.md §15)

    [Fact]
    public void An_aim_is_no_act_but_a_trip_does_what_it_is_for()
    {
        // "The UK stands by Iraq to defeat Daesh" was GBR -> IMGRADISI 190: an infinitive of purpose is only an aim.
        Assert.DoesNotContain(Events("Britain stands by Kenya to defeat al-Shabab and end this violence.\n"), e => e.Root == "19");
        // A trip, a vote or a delegation does what it is for (our gold set: "crossed the border to meet President Moon").
        Assert.Contains(Events("Kim Jong Un crossed the border into South Korea to meet President Moon Jae-in.\n"), e => e.Root == "04");
        // Force used as a means does what it is for (probe after the rule: "fired tear gas to disperse" had lost its 175).
        Assert.Contains(Events("Kenyan police fired tear gas to disperse protesters in Nairobi.\n"), e => e.Cameo == "175");
        Assert.Contains(Events("Israeli troops raided the town of Jenin to arrest Palestinian militants.\n"), e => e.Cameo == "173");
        // "committed to supporting": a gerund after the preposition "to" is no purpose.
        Assert.Contains(Events("The British foreign secretary underlined the UK's commitment to supporting the government of Kenya.\n"), e => e.Root == "05");
    }

    [Fact]
    public void A_question_asserts_no_future_act()
    {
        // "Will the United States participate in the Paris meeting on Syria?" was USA -> SYR 036.
        Assert.Empty(Events("Will Kenya participate in the Paris meeting on Sudan?\n"));
        Assert.Empty(Events("Will Kenya participate in the Paris meeting on Sudan, who will attend, etc.?\n")); // ".?" is one token
        Assert.Contains(Events("Kenya will participate in the Paris meeting on Sudan.\n"), e => e.Root == "03");
    }

    [Fact]
    public void A_source_that_only_refines_another_is_one_event()
    {
        // "U.S. Army General Joseph Votel, commander, U.S. Central Command recently met with ..." gave USAMIL and USA
        // meeting the same people: one event, the more specific source.
        var events = Events("U.S. Army General Joseph Votel, commander, U.S. Training Command recently met with Iraqi officials in Baghdad.\n");
        Assert.Equal([("USAMIL", "IRQGOV")], events.Where(e => e.Root == "04").Select(Dyad));
    }

    [Fact]
    public void Fire_received_is_no_aid()
    {
        // "Iraqi forces continued to receive heavy machine gun and rocket propelled grenade fire from ISIL fighters" was
        // IMGRADISI -> IRQMIL 072 (military aid): the parser coordinated "gun" and "fire".
        Assert.DoesNotContain(Events("Kenyan forces continued to receive heavy machine gun and rocket propelled grenade fire from al-Shabab fighters.\n"),
            e => e.Root == "07");
        Assert.Contains(Events("Kenyan troops received weapons from Uganda.\n"), e => e.Root == "07");
    }

    [Fact]
    public void Soldiers_seen_killed_did_not_kill()
    {
        // "fighting that saw 120 Iraqi soldiers and a senior Iraqi general killed" made the soldiers killers (IRQMIL 190).
        Assert.DoesNotContain(Events("The town fell after days of fighting that saw 40 Kenyan soldiers and a senior Kenyan general killed.\n"),
            e => e.Source.Actor?.Code == "KENMIL");
    }

    [Fact]
    public void An_infinitive_on_a_noun_is_an_aim()
    {
        // "to support the moderate Syrian Opposition to defend the Syrian people" was SYROPP -> SYRCVL 052; "efforts to get
        // Ukraine to investigate" was UKR 090. The first to act did act.
        Assert.DoesNotContain(Events("Kenya backs the Sudanese opposition to defend the Sudanese people from the army.\n"), e => e.Root == "05" && e.Source.Actor?.Country == "SDN");
        Assert.Contains(Events("Kenya was the first country to recognise South Sudan.\n"), e => e.Source.Actor?.Country == "KEN");
        Assert.Contains(Events("Turkey became the first country to recognize the new Syrian government.\n"), e => e.Source.Actor?.Country == "TUR"); // parsed as an adjunct of "became"
    }

    [Fact]
    public void Opposition_fighters_are_rebels_and_no_aircraft()
    {
        // "Syrian opposition forces" were SYRMIL; "rebel fighters attacked" was an air strike (195) through "fighter".
        var events = Events("Sudanese opposition fighters attacked army positions in Darfur.\n");
        Assert.Contains(events, e => e.Source.Actor?.Code == "SDNREB");
        Assert.DoesNotContain(events, e => e.Cameo == "195");
    }

    [Fact]
    public void A_town_taken_back_is_no_release_of_people()
    {
        // "Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control" was 0841 (release persons).
        Assert.DoesNotContain(Events("Somali rebel forces liberated the Somali town of Bardhere from al-Shabab control.\n"), e => e.Cameo == "0841");
    }

    [Fact]
    public void An_embassy_is_not_of_the_city_it_is_in()
    {
        // Our gold set: "protesters stormed its embassy in Tehran" was aimed at IRNGOV (the place), not at Saudi Arabia's embassy.
        var events = Events("Kenya cut ties with Somalia after protesters stormed its embassy in Mogadishu.\n");
        Assert.Contains(events, e => e.Target?.Actor?.Code == "KENGOV");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "SOMGOV");
    }

    [Fact]
    public void Encouraged_by_news_is_no_appeal()
    {
        // re3d: "The Members of the Security Council are encouraged by the decision of Iraqi President Fuad Masum to
        // nominate a new Prime Minister" was IRQGOV -> IGOUNOSEC 020. Encouraged to act by someone still is an appeal.
        Assert.DoesNotContain(Events("The Members of the Security Council are encouraged by the decision of Kenyan President William Ruto to name a new cabinet.\n"), e => e.Root == "02");
        Assert.Contains(Events("Kenya was encouraged by the United States to negotiate with Somalia.\n"), e => e.Root == "02");
    }

    // ---- found on held-out political blogs (UD EWT weblogs, eleventh session; docs/event-accuracy.md §16)

    [Fact]
    public void A_country_surrounded_by_countries_is_a_map_not_a_siege()
    {
        // "Syria is surrounded by Turkey, Iraq, Jordan and Israel" gave four 191 events; an army still besieges.
        Assert.Empty(Events("Chad is surrounded by Libya, Sudan, Niger and Nigeria.\n"));
        Assert.Empty(Events("Mongolia is encircled by Russia and by China.\n"));
        Assert.Contains(Events("Mariupol is surrounded by Russian troops.\n"), e => e.Root == "19" && e.Source.Actor?.Code == "RUSMIL");
    }

    [Fact]
    public void Going_into_a_war_zone_is_not_going_to_war()
    {
        // "The United States goes into a war zone and evacuates U.S. citizens" matched "S go to war" (190) through the
        // compound "war" of "war zone" under "into".
        Assert.DoesNotContain(Events("Canada went into a war zone and evacuated Canadian citizens.\n"), e => e.Root == "19");
        Assert.Contains(Events("Ethiopia went to war with Eritrea in 1998.\n"), e => e.Root == "19");
    }

    [Fact]
    public void Calling_a_bluff_is_no_phone_call()
    {
        // "Musharraf has now called Colin Powell's bluff" was PAKGOV -> USAGOV 041.
        Assert.DoesNotContain(Events("Kenyan President William Ruto called Yoweri Museveni's bluff.\n"), e => e.Root == "04");
        Assert.Contains(Events("Kenyan President William Ruto called Yoweri Museveni on Tuesday.\n"), e => e.Cameo == "041");
    }

    [Fact]
    public void A_state_of_lawlessness_is_no_government()
    {
        // "Bangladesh has steadily moved into a state of lawlessness" was BGD -> ---GOV 192 ("state" as a role word).
        Assert.Empty(Events("Over the past decade, Somalia has steadily moved into a state of lawlessness.\n"));
    }

    [Fact]
    public void Promised_revenge_is_a_threat()
    {
        // "The Board of Muslim clerics ... promised immediate revenge against the coalition soldiers" was 030 (intent to cooperate).
        var e = Assert.Single(Events("Somali clerics promised immediate revenge against the Kenyan soldiers.\n"));
        Assert.Equal("13", e.Root);
    }

    [Fact]
    public void The_second_conjunct_shares_the_first_ones_country()
    {
        // "Senior US diplomats and military officials have warned India" gave AFGMIL (the blog's country) for the officials.
        const string story = "KABUL - Afghan officials met on Monday.\n\nSenior US diplomats and military officials have warned India.\n";
        Assert.Contains(Events(story), e => e.Root == "13" && Dyad(e) is ("USAMIL", "IND"));
        Assert.DoesNotContain(Events(story), e => e.Source.Actor?.Code == "AFGMIL");
    }

    [Fact]
    public void The_occasion_of_a_meeting_is_not_its_target()
    {
        // "Bush, Musharraf and Karzai held a three way meeting in New York on the sidelines of the UN General Assembly"
        // was aimed at the General Assembly.
        var events = Events("Ruto and Museveni held a meeting in New York on the sidelines of the UN General Assembly.\n");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_sentence_repeated_word_for_word_is_one_report()
    {
        // A blog post repeated its lead sentence at the end: PAKGOV -> IND 112 twice.
        const string story = "Nairobi accuses Kampala of arming rebels.\n\nThe talks failed.\n\nNairobi accuses Kampala of arming rebels.\n";
        Assert.Single(Events(story), e => e.Root == "11");
    }

    [Fact]
    public void The_one_blamed_for_a_deed_did_it()
    {
        // "the Moldovan airline ... was blasted by the UN in 2003 for smuggling arms to Liberia" made the UN the smuggler.
        var events = Events("The Kenyan airline was blasted by the UN for smuggling arms to Somalia.\n");
        Assert.Contains(events, e => e.Root == "07" && e.Source.Actor?.Country == "KEN");
        Assert.DoesNotContain(events, e => e.Root == "07" && e.Source.Actor?.Code == "IGOUNO");
    }

    [Fact]
    public void A_preposition_is_not_the_infinitive_marker_a_pattern_names()
    {
        // "help resolve conflicts, from reducing tensions between India and Pakistan" matched "S resolve to reduce tension"
        // (0356, "resolve" as a pledge) through the "from"-gerund.
        Assert.DoesNotContain(Events("Kenya must help resolve conflicts, from reducing tensions between Ethiopia and Eritrea to the talks in Sudan.\n"),
            e => e.Root == "03");
        Assert.Contains(Events("Kenya resolved to reduce tensions between Ethiopia and Eritrea.\n"), e => e.Root == "03");
    }

    [Fact]
    public void A_struggle_to_help_is_no_fight()
    {
        // EWT newsgroups: the headline "US battles to save storm victims" was USA 190. A military aim is still a fight.
        Assert.Empty(Events("Kenya battles to save flood victims\n"));
        Assert.Contains(Events("Ethiopia fought to take the Eritrean town of Badme.\n"), e => e.Root == "19");
    }

    [Fact]
    public void States_in_the_plural_are_not_the_story_s_government()
    {
        // "China's relations with pariah states" in a China story made the states CHNGOV; re3d: "The UK has worked
        // tirelessly with other member states" (in a release about Syria) was aimed at SYRGOV.
        const string story = "BEIJING - China signed a trade deal on Monday.\n\nChina has worked closely with other member states to end the crisis.\n";
        Assert.DoesNotContain(Events(story), e => e.Target?.Actor?.Code == "CHNGOV");
    }

    [Fact]
    public void The_international_community_is_a_dyad_partner()
    {
        // Gold set: "China said it was ready to work with the international community" and "Saudi Arabia called on the
        // international community to take a firm stand" had no target (---IGO, no country); CAMEO's generic code is IGO.
        Assert.Contains(Events("Kenya is ready to work with the international community.\n"), e => Dyad(e) is ("KEN", "IGO"));
        Assert.Contains(Events("Kenya called on the international community to take a firm stand against Somalia.\n"), e => Dyad(e) is ("KEN", "IGO"));
    }

    [Fact]
    public void Coercion_announced_by_the_one_who_will_do_it_is_a_threat()
    {
        // "Trump said he would raise tariffs on Chinese imports if no deal is reached" coded nothing: only threaten/warn/vow
        // made a future act a threat. Someone else's forecast is still no threat.
        Assert.Contains(Events("Kenya said it would impose sanctions on Uganda.\n"), e => e.Cameo == "1312" && Dyad(e) is ("KEN", "UGA"));
        Assert.DoesNotContain(Events("Analysts said Kenya would impose sanctions on Uganda.\n"), e => e.Root == "13");
    }

    [Fact]
    public void An_aim_after_an_aim_noun_is_no_act()
    {
        // re3d: "stiffened the resolve of the international community in its determination to defeat ISIL" (IGO 190, the
        // infinitive parsed as the complement of "stiffened"); "committed to working with ... to bring an end to ISIL's
        // depravity and ultimately destroy this terrorist organization" (IGO 190: "bring" was taken for a gerund).
        Assert.DoesNotContain(Events("The attacks stiffened the resolve of the international community in its determination to defeat al-Shabab.\n"), e => e.Root == "19");
        Assert.DoesNotContain(Events("Kenya remains committed to working with the international community to bring an end to al-Shabab's terror and ultimately destroy al-Shabab.\n"),
            e => e.Root == "19");
    }

    [Fact]
    public void Codes_refined_by_who_acts_and_what_is_said()
    {
        // Gold set: prosecutors' and police investigations were 090 (091: crime), aid for disaster victims 070 (073:
        // humanitarian), warnings that a state would use force 130 (138: threaten with military force).
        Assert.Contains(Events("Kenyan prosecutors opened an investigation into a Ugandan diplomat suspected of spying.\n"), e => e.Cameo == "091");
        Assert.Contains(Events("Kenya donated $10 million to help victims of the floods in Somalia.\n"), e => e.Cameo == "073");
        Assert.Contains(Events("Ethiopia warned Eritrea that it would use force to defend its border.\n"), e => e.Cameo == "138");
        Assert.Contains(Events("Ethiopia warned Eritrea against interfering in its elections.\n"), e => e.Cameo == "130");
    }

    [Fact]
    public void Appeals_to_stop_fighting_and_the_weapons_fired_name_the_code()
    {
        // Gold set: "Guterres urged Russia to stop the war in Ukraine immediately" was 0242 (policy change), "Biden demanded
        // that Russia pull its forces back" 100, "Iran fired hundreds of drones and missiles at Israel" 193 (small arms),
        // "Colombia and Venezuela restored diplomatic relations" 084 (return of property).
        Assert.Contains(Events("Kenya urged Ethiopia to stop the war in Tigray immediately.\n"), e => e.Cameo == "0256");
        Assert.Contains(Events("Kenya demanded that Ethiopia pull its forces back from the border.\n"), e => e.Cameo == "1056");
        Assert.Contains(Events("Ethiopia fired hundreds of drones and missiles at Eritrea.\n"), e => e.Cameo == "195");
        Assert.Contains(Events("Kenya and Somalia restored diplomatic relations on Sunday.\n"), e => e.Cameo == "050" && Dyad(e) is ("KEN", "SOM"));
        // An appeal about something else keeps its code.
        Assert.DoesNotContain(Events("Kenya urged Ethiopia to stop the deportation of Kenyan workers.\n"), e => e.Cameo == "0256");
    }

    [Fact]
    public void An_act_named_as_the_topic_of_criticism_is_not_reported_again()
    {
        // Gold set: "Boris Johnson condemned Russia's invasion of Ukraine as a hideous and barbaric act" also coded the
        // invasion (RUS 190 UKR); "Kyiv rejected Moscow's annexation of four Ukrainian regions" the annexation.
        var events = Events("Kenyan President William Ruto condemned Ethiopia's invasion of Somalia as a barbaric act.\n");
        Assert.Contains(events, e => e.Root == "11" && Dyad(e) is ("KENGOV", "ETH"));
        Assert.DoesNotContain(events, e => e.Root == "19");
        // The occasion of another act: "called for restraint after the U.S. missile strikes on a Syrian air base".
        Assert.DoesNotContain(Events("Kenya called on Ethiopia and Eritrea to exercise restraint after the Ethiopian air strikes on an Eritrean base.\n"), e => e.Root == "19");
        // A plain verb of saying reports the act.
        Assert.Contains(Events("Somali officials said the Ethiopian attack on Baidoa killed ten soldiers.\n"), e => e.Root == "19");
    }

    [Fact]
    public void Rallies_defences_and_one_protest_told_twice()
    {
        // Gold set: "Donald Trump survived an assassination attempt when a gunman opened fire at his rally" was a protest (141);
        // "rehearsing how to defend its members against an attack by Russia" an attack (190); "Thousands of Cubans took part
        // in rare protests against the government, chanting 'freedom'" two protests.
        Assert.DoesNotContain(Events("NAIROBI - Raila Odinga survived an assassination attempt when a gunman opened fire at his rally.\n"), e => e.Root == "14");
        Assert.DoesNotContain(Events("Kenya began a large exercise, rehearsing how to defend its border against an attack by Somalia.\n"), e => e.Root == "19");
        Assert.Single(Events("NAIROBI - Thousands of Kenyans took part in rare protests against the government, chanting slogans.\n"), e => e.Root == "14");
    }

    [Fact]
    public void Hundreds_of_civilians_killed_on_the_ground_is_a_mass_killing()
    {
        // Gold set: "Russian troops killed hundreds of civilians in the town of Bucha" and "Eritrean troops killed hundreds of
        // unarmed civilians in Axum" were 190. Air strikes keep their weapon's code.
        Assert.Contains(Events("Ethiopian troops killed hundreds of civilians in the town of Axum.\n"), e => e.Cameo == "202");
        Assert.DoesNotContain(Events("Ethiopian troops killed ten civilians in the town of Axum.\n"), e => e.Cameo == "202");
        Assert.DoesNotContain(Events("Ethiopian warplanes killed hundreds of civilians in the town of Axum.\n"), e => e.Cameo == "202");
    }

    [Fact]
    public void A_government_that_comes_out_fighting_with_no_enemy_fights_with_words()
    {
        // Held-out (trafilatura, thirteenth session): "the Government came out fighting by branding the letter 'totally
        // misleading'" was a use of force (190) with no target.
        Assert.DoesNotContain(Events("But last night, the Kenyan government came out fighting by branding the report misleading.\n"), e => e.Root == "19");
        Assert.Contains(Events("Kenyan troops fought near the border.\n"), e => e.Root == "19");
    }

    [Fact]
    public void Two_people_of_one_country_with_no_office_are_no_dyad()
    {
        // Held-out (trafilatura): "So Joe Biden worked for eight years with Barack Obama" in a story written when both
        // were out of office was USA -> USA 060.
        Assert.Empty(Events("Barack Obama worked closely with George W. Bush on the transition.\n"));
    }

    [Fact]
    public void An_inspector_alone_is_no_international_body()
    {
        // "Woman attacks female inspector with stone at police station" had an ---IGO target: "inspector" alone was read as
        // a weapons inspector. Inspectors of an organisation still act for it (EventRecallRegressionTests).
        Assert.DoesNotContain(Events("MADRID (AP) — A woman attacked a female inspector with a stone on Monday.\n"),
            e => e.Target?.Actor?.Code?.Contains("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Joining_a_party_or_an_armed_group_is_no_diplomatic_cooperation()
    {
        // Held-out pages: "Some of the ... bystanders joined the party" (TURCVL -> TURPTY 050) and "Thousands of Tunisians have
        // flocked to join jihadist groups in Syria" (TUN -> SYRRAD 050). "S join T:state" needs a state or an IGO.
        Assert.Empty(Events("ANKARA (AP) — Some of the curious Turkish bystanders joined the party.\n"));
        Assert.Empty(Events("Thousands of Tunisians have flocked to join jihadist groups in Syria.\n"));
        Assert.Contains(Events("In 1973 the United Kingdom joined the European Economic Community.\n"), e => e.Cameo == "050" && Dyad(e) == ("GBR", "IGOEUREEC"));
        Assert.Contains(Events("In 1951 New Zealand joined Australia and the United States in the ANZUS security treaty.\n"), e => e.Cameo == "050" && Dyad(e) == ("NZL", "AUS"));
    }

    [Fact]
    public void A_relationship_named_is_no_event()
    {
        // VOA: "amid fears of China's close ties with Mauritius" and "China's burgeoning economic relationship with Mauritius"
        // were coded 050 through a nominal "S 's &TIES with T"; changes of ties are still coded.
        Assert.Empty(Events("China's burgeoning economic relationship with Mauritius makes the island vulnerable to influence from Beijing.\n"));
        Assert.Contains(Events("China restored diplomatic ties with Mauritius on Monday.\n"), e => e.Cameo == "050" && Dyad(e) == ("CHN", "MUS"));
    }

    [Fact]
    public void An_agreement_named_is_no_signing()
    {
        // VOA: "in our mutual defense treaty between the United States and the Philippines, Scarborough Shoal ... fall under our
        // responsibilities" (USA -> PHL 057); a Scrapinghub page: "his deals with authoritarian governments in Turkey and Saudi
        // Arabia" (two 057). Signing one is still coded.
        Assert.Empty(Events("Under the mutual defense treaty between the United States and the Philippines, the shoal falls under American protection.\n"));
        Assert.Contains(Events("The United States and the Philippines signed a defense treaty on Monday.\n"), e => e.Cameo == "057");
    }

    [Fact]
    public void A_subject_it_does_not_reach_back_to_an_earlier_object()
    {
        // Scrapinghub page: "... prompted officials from Mexico, Canada, Japan and elsewhere ... It has also brought China ... to the
        // negotiating table" was coded JPN -> CHN 045: a subject "it" across a sentence boundary continues an earlier subject or
        // speaker, not a name inside an object.
        var events = Events("The threat of tariffs has prompted officials from Mexico, Canada, Japan and elsewhere to make concessions they might "
            + "not otherwise have agreed to. It has also brought China, which is heavily reliant on exports to the United States, to the negotiating table.\n");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "JPN");
    }
}
