using EventDesk.Nlp;
using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.EndToEnd;

/// <summary>
/// Plain news sentences that coded nothing (fourth session): a verb lemmatised wrongly because it ends like another
/// word ("shelled" as "shel"), a clause verb swallowed into a role phrase ("Turkey deported a journalist" read as one
/// person), a sentence whose only verb was tagged as a participle, a pattern that names an object word but no target,
/// and a specific pattern without a target that hid the verb's directed one. Our own sentences, full pipeline.
/// </summary>
public sealed class EventRecallRegressionTests
{
    private static Document Run(string text) => NewsRun.Annotate(text, new DateOnly(2023, 5, 4), "recall");

    private static IReadOnlyList<CodedEvent> Events(string text) => Run(text).Layers.Get(AnnotationLayers.Events).Events;

    private static int TokenOf(Document document, string text) =>
        Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens.TextOf(t).SequenceEqual(text));

    private static (string? Source, string? Target, string Cameo) Dyad(CodedEvent e) =>
        (e.Source.Actor?.Code, e.Target?.Actor?.Code, e.Cameo);

    [Theory]
    [InlineData("Artillery units shelled the town overnight.", "shelled", "shell")]
    [InlineData("Warplanes bombed the bridge on Sunday.", "bombed", "bomb")]
    [InlineData("Morocco and Algeria traded accusations.", "traded", "trade")] // the rule for "-aded" gave "trad" (eighth session)
    [InlineData("Egypt severed diplomatic ties with Qatar.", "severed", "sever")] // a verb lemma, not the adjective "severe"
    [InlineData("Iran fired missiles at two Iraqi bases housing U.S. troops.", "bases", "base")] // the treebanks' "basis" (twelfth session)
    [InlineData("Belarus freed an American citizen.", "freed", "free")] // GUM's "fre" (twelfth session)
    [InlineData("Germany froze funding for projects in Niger.", "froze", "freeze")] // "fbe" from a suffix rule (twelfth session)
    [InlineData("Thousands of civilians fled the fighting.", "fled", "flee")] // "flead" (twelfth session)
    [InlineData("The minister misled parliament.", "misled", "mislead")] // "misl" (twelfth session)
    [InlineData("Two soldiers were slain near the border.", "slain", "slay")] // "sla" (twelfth session)
    public void Unseen_verb_forms_take_the_attested_lemma(string text, string form, string lemma)
    {
        var document = Run(text + "\n");
        var lemmas = document.Layers.Get(NlpLayers.Lemmas);
        var t = Enumerable.Range(0, document.Tokens.Count).First(i => document.Tokens.TextOf(i).SequenceEqual(form));
        Assert.Equal(lemma, lemmas.LemmaOf(t));
    }

    [Fact]
    public void Shelling_a_city_is_coded_with_the_city_country_as_target()
    {
        var e = Assert.Single(Events("Ukrainian artillery shelled Belgorod on Monday.\n"));
        Assert.Equal(("UKRMIL", "RUS", "194"), Dyad(e));
    }

    [Fact]
    public void A_clause_verb_is_not_glue_between_a_country_and_a_role_noun()
    {
        var e = Assert.Single(Events("Hungary deported a Romanian journalist.\n"));
        Assert.Equal(("HUN", "ROUMED", "174"), Dyad(e));
    }

    [Fact]
    public void The_only_verb_of_a_sentence_is_a_past_tense_not_a_participle()
    {
        var events = Events("Greek and Turkish troops clashed near the border.\n");
        Assert.Contains(events, e => e.Root == "19" && e.Source.Actor?.Country == "GRC" && e.Target?.Actor?.Country == "TUR");
    }

    [Fact]
    public void A_verb_written_onto_a_hyphen_is_a_participle()
    {
        // "The U.S.-led coalition struck Islamic State targets": "led" was tagged a past tense and became the root, so the
        // strike had no subject (and the finite-verb repair then turned "led" back into a past tense).
        var document = Run("The U.S.-led coalition struck Islamic State targets near Mosul.\n");
        Assert.Equal("VBN", document.Layers.Get(NlpLayers.Pos).XposOf(TokenOf(document, "led")));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => Dyad(e) is ("USAMIL", "IMGRADISI", _));
    }

    [Fact]
    public void Shot_down_is_a_verb_with_its_lemma()
    {
        // Probe of the gold set's "Israel shot down an Iranian drone": "shot" was tagged a noun (the sentence had no
        // finite verb), and as a past tense it was lemmatised "shet" (the treebanks have "shot" as a participle only).
        var document = Run("Turkey shot down a Russian warplane near the Syrian border.\n");
        Assert.Equal("shoot", document.Layers.Get(NlpLayers.Lemmas).LemmaOf(TokenOf(document, "shot")));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "19" && e.Source.Actor?.Code == "TUR");
        // The parser makes "down" the preposition of "a Russian warplane": the particle is still the verb's, its phrase the object.
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => Dyad(e) is ("TUR", "RUS", "195"));
        // "Police shot dead a man": "shot" was tagged a modal verb (MD) and "dead" the verb.
        var killing = Run("Police shot dead a man in Nairobi.\n");
        Assert.Equal("VBD", killing.Layers.Get(NlpLayers.Pos).XposOf(TokenOf(killing, "shot")));
    }

    [Fact]
    public void An_irregular_past_is_never_a_present_tense()
    {
        // Tenth session's leftovers: "Soldiers shot three protesters" had "shot" as VBP (lemma "shot", no event), and
        // "Kenyan police shot dead a man" had it as a noun after "police".
        var soldiers = Run("Kenyan soldiers shot three Somali fighters.\n");
        Assert.Equal("VBD", soldiers.Layers.Get(NlpLayers.Pos).XposOf(TokenOf(soldiers, "shot")));
        Assert.Equal("shoot", soldiers.Layers.Get(NlpLayers.Lemmas).LemmaOf(TokenOf(soldiers, "shot")));
        Assert.Contains(soldiers.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "193" && Dyad(e) is ("KENMIL", "SOMREB", _));
        var police = Run("Kenyan police shot dead a man in Nairobi.\n");
        Assert.Contains(police.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "193" && e.Source.Actor?.Code == "KENCOP");
    }

    [Fact]
    public void Air_strikes_that_begin_are_air_strikes()
    {
        // Gold set: "A Saudi-led coalition began air strikes on Houthi rebels in Yemen" coded nothing ("S begin strike" is a
        // labour strike and used the noun; the on-phrase hung on the verb).
        Assert.Contains(Events("A Kenyan-led coalition began air strikes on al-Shabab militants in Somalia.\n"), e => e.Cameo == "195" && e.Target?.Actor?.Code.Contains("SOM") == true);
        Assert.DoesNotContain(Events("Kenyan teachers began a strike on Monday.\n"), e => e.Root == "19");
    }

    [Fact]
    public void Missiles_fired_at_a_target_abroad_are_aimed_at_that_country()
    {
        // Gold set: "Ukraine fired U.S.-made ATACMS missiles at a target in Russia's Bryansk region" coded nothing: with the
        // at-phrase unbound, only the exclusion "S fire T" (a dismissal) matched. The place of the target is the country hit.
        Assert.Contains(Events("Ethiopia fired missiles at a military airfield in Eritrea.\n"), e => Dyad(e) == ("ETH", "ERI", "195"));
        // Where rockets are fired from is no target.
        Assert.DoesNotContain(Events("Al-Shabab fired rockets from Somalia.\n"), e => e.Target?.Actor?.Code == "SOM");
        Assert.Empty(Events("The company fired its chief executive.\n"));
    }

    [Fact]
    public void The_main_verb_before_a_subordinate_clause_is_finite()
    {
        // Gold set: "Russian police detained opposition leader Alexei Navalny at a Moscow airport after he returned from
        // Germany" had "detained" as a participle ("police detained opposition leader" as one noun phrase).
        var document = Run("Kenyan police detained opposition leader Raila Odinga at a Nairobi airport after he returned from London.\n");
        Assert.Equal("VBD", document.Layers.Get(NlpLayers.Pos).XposOf(TokenOf(document, "detained")));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "173" && e.Source.Actor?.Code == "KENCOP");
    }

    [Fact]
    public void A_dateline_is_tagged_apart_from_the_sentence_it_heads()
    {
        // Gold set (thirteenth session): the same sentence under "MOSCOW —" still had "detained" as a participle, because the
        // tagger read the dateline with the sentence and the repair saw the dateline as the sentence's start.
        var document = Run("NAIROBI — Kenyan police detained opposition leader Raila Odinga at a Nairobi airport after he returned from London.\n");
        Assert.Equal("VBD", document.Layers.Get(NlpLayers.Pos).XposOf(TokenOf(document, "detained")));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Cameo == "173" && e.Source.Actor?.Code == "KENCOP");
    }

    [Fact]
    public void The_author_of_a_rejected_demand_is_its_target()
    {
        // Gold set: "Iran rejected the twelve demands set out by U.S. Secretary of State Mike Pompeo" had no target.
        Assert.Contains(Events("Kenya rejected the demands set out by Ugandan President Yoweri Museveni.\n"), e => e.Root == "12" && e.Target?.Actor?.Code == "UGAGOV");
    }

    [Fact]
    public void Refusing_to_surrender_and_offering_to_mediate_between_sides_code()
    {
        // Gold set: "Ukraine refused to surrender the port city of Mariupol to Russian forces" (124) and "Kuwait offered to
        // mediate between Qatar and its Gulf neighbours" (039) coded nothing.
        Assert.Contains(Events("Ethiopia refused to surrender the town of Badme to Eritrean forces.\n"), e => Dyad(e) == ("ETH", "ERIMIL", "124"));
        Assert.Contains(Events("Kenya offered to mediate between Ethiopia and Eritrea.\n"), e => Dyad(e) == ("KEN", "ERI", "039"));
    }

    [Fact]
    public void Warplanes_flown_into_an_air_defence_zone_are_a_show_of_force()
    {
        // Gold set: "China flew a record 56 military aircraft into Taiwan's air defence zone" coded nothing.
        Assert.Contains(Events("Russia flew military aircraft into Japan's air defence zone.\n"), e => Dyad(e) == ("RUS", "JPN", "150"));
    }

    [Fact]
    public void Fighting_that_erupts_between_two_sides_is_between_them()
    {
        // Gold set: "Heavy fighting erupted in Khartoum between the Sudanese army and the paramilitary Rapid Support Forces"
        // coded nothing: the between-phrase hangs on "erupted", not on the event noun.
        Assert.Contains(Events("Heavy fighting erupted in Mogadishu between Somali troops and Ethiopian troops.\n"), e => Dyad(e) == ("SOMMIL", "ETHMIL", "190"));
        // The verb of occurring is the noun's clause: a summit that "will take place" is an intention, one that someone
        // sees "little chance" of is not even that.
        Assert.Contains(Events("A summit will take place between Kenya and Uganda.\n"), e => e.Cameo == "036");
        Assert.Empty(Events("Experts think there is little chance that another summit will take place between Kenya and Uganda this year.\n"));
    }

    [Fact]
    public void A_clash_before_a_coordinated_clause_is_finite()
    {
        // Gold set: "Indian and Chinese troops clashed in the Galwan Valley, and India then deployed additional soldiers"
        // had "clashed" as a participle (the sentence has a finite verb later).
        Assert.Contains(Events("Ethiopian and Eritrean troops clashed near Badme, and Ethiopia then deployed more soldiers.\n"), e => e.Root == "19" && Dyad(e) is ("ETHMIL", "ERIMIL", _));
    }

    [Fact]
    public void Aid_dropped_from_the_air_is_humanitarian_aid()
    {
        // Gold set: "The U.S. military airdropped food aid into northern Gaza on Saturday" coded nothing.
        Assert.Contains(Events("The Kenyan army airdropped food aid into southern Somalia on Saturday.\n"), e => Dyad(e) == ("KENMIL", "SOM", "073"));
    }

    [Fact]
    public void A_leader_who_resigns_yields_to_his_own_country()
    {
        // Gold set: "Kazakh President Nursultan Nazarbayev resigned after three decades in power" (0831) and "The Hungarian
        // government threatened to declare a state of emergency" (1324) coded nothing: no target, and an official's act
        // aimed at his own state was dropped as speaking for it.
        Assert.Contains(Events("Kenyan President William Ruto resigned after three years in power.\n"), e => Dyad(e) == ("KENGOV", "KEN", "0831"));
        Assert.Contains(Events("The Kenyan government threatened to declare a state of emergency over the floods.\n"), e => Dyad(e) == ("KENGOV", "KEN", "1324"));
    }

    [Fact]
    public void Fighting_as_a_gerund_subject_is_the_event_noun()
    {
        // Gold set: "Fighting broke out between Armenian and Azerbaijani forces" had "Fighting" tagged as a verb.
        Assert.Contains(Events("Fighting broke out between Ethiopian forces and Eritrean forces.\n"), e => e.Root == "19" && Dyad(e) is ("ETHMIL", "ERIMIL", _));
    }

    [Fact]
    public void A_siege_ordered_and_strikes_carried_out_are_coded()
    {
        // Gold set: "Israeli Defense Minister Yoav Gallant ordered a complete siege of the Gaza Strip" and "U.S. and British
        // warplanes carried out strikes against Houthi targets in Yemen" coded nothing.
        Assert.Contains(Events("Ethiopian Prime Minister Abiy Ahmed ordered a complete siege of Eritrea.\n"), e => e.Cameo == "191");
        Assert.Contains(Events("Kenyan warplanes carried out strikes against al-Shabab targets in Somalia.\n"), e => e.Cameo == "195" && e.Source.Actor?.Code == "KENMIL");
        Assert.DoesNotContain(Events("Kenyan teachers carried out a strike on Monday.\n"), e => e.Root == "19");
    }

    [Fact]
    public void A_hyphenated_given_name_keeps_its_sentence()
    {
        // Gold set: "South Korean President Moon Jae-in criticized North Korea's latest missile test" had "-" as a comma and
        // "in" as a preposition; "criticized" became a modifier and the sentence coded nothing.
        var document = Run("South Korean President Moon Jae-in criticized Japan on Tuesday.\n");
        Assert.Equal("NNP", document.Layers.Get(NlpLayers.Pos).XposOf(TokenOf(document, "in")));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "11" && Dyad(e) is ("KORGOV", "JPN", _));
    }

    [Fact]
    public void A_present_tense_before_of_after_a_modifier_is_a_plural_noun()
    {
        // Gold set: "North Korea dismissed U.S. offers of dialogue" had "offers" as a verb (VBZ), so "dismissed" had no object.
        var document = Run("Eritrea dismissed Ethiopian offers of dialogue on Monday.\n");
        Assert.Equal("NNS", document.Layers.Get(NlpLayers.Pos).XposOf(TokenOf(document, "offers")));
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => e.Root == "12" && Dyad(e) is ("ERI", "ETH", _));
    }

    [Fact]
    public void Troops_ordered_to_a_border_and_insisted_releases_code()
    {
        // Gold set: "Trump ordered 1,500 additional troops to the southern border with Mexico" (154) and "China insisted that
        // Canada release Huawei's chief financial officer" (1053) coded nothing.
        Assert.Contains(Events("Kenyan President William Ruto ordered 1,500 additional troops to the northern border with Somalia.\n"), e => Dyad(e) == ("KENGOV", "SOM", "154"));
        Assert.Contains(Events("Kenya insisted that Uganda release the detained Kenyan activists.\n"), e => Dyad(e) is ("KEN", "UGA", "1053"));
    }

    [Fact]
    public void A_show_of_force_is_aimed_at_the_country_it_is_near()
    {
        // Gold set: "Russia began naval drills in the Black Sea near Ukraine's coast", "North Korea held a large-scale
        // artillery drill near its border with South Korea", "Israel put its army on high alert along the Syrian border",
        // "The Russian army staged exercises in occupied Crimea" coded nothing (no target, or no pattern).
        Assert.Contains(Events("Ethiopia began naval drills in the Red Sea near Eritrea's coast.\n"), e => Dyad(e) is ("ETH", "ERI", "150"));
        Assert.Contains(Events("Ethiopia held a large-scale artillery drill near its border with Eritrea.\n"), e => Dyad(e) is ("ETH", "ERI", "150"));
        Assert.Contains(Events("Kenya put its army on high alert along the Somali border.\n"), e => Dyad(e) is ("KEN", "SOM", "152"));
        // Joint drills are cooperation.
        Assert.Contains(Events("Kenya, Uganda and Tanzania began joint naval exercises in the Indian Ocean on Friday.\n"), e => e.Cameo == "062");
        Assert.DoesNotContain(Events("Kenya, Uganda and Tanzania began joint naval exercises in the Indian Ocean on Friday.\n"), e => e.Cameo == "150");
    }

    [Fact]
    public void A_statement_is_aimed_at_the_actor_its_topic_concerns()
    {
        // Gold set: "Wang Yi expressed optimism about the trade negotiations with the United States", "a Pentagon spokesman
        // declined to comment on the report about Iran's missile program" coded nothing (no target).
        Assert.Contains(Events("Kenyan Foreign Minister Musalia Mudavadi expressed optimism about the trade negotiations with Uganda.\n"), e => e.Cameo == "013" && e.Target?.Actor?.Code == "UGA");
        Assert.Contains(Events("A Kenyan army spokesman declined to comment on the report about Somalia's missile program.\n"), e => e.Cameo == "011" && e.Target?.Actor?.Code == "SOM");
    }

    [Fact]
    public void A_claim_of_responsibility_is_a_statement_of_its_own()
    {
        // Gold set: "Yemen's Houthi rebels claimed responsibility" and "The Islamic State group claimed responsibility for the
        // twin bombings" coded nothing: "claim" is a verb of saying, and those are dropped as the frame of a report unless
        // the pattern names a word of its own.
        Assert.Contains(Events("Al-Shabab claimed responsibility for the attack on a Kenyan base.\n"), e => e.Cameo == "015" && Dyad(e) is ("SOMINS", "KEN", _));
        Assert.DoesNotContain(Events("Al-Shabab claimed that Kenya had lost the war.\n"), e => e.Root == "01");
    }

    [Fact]
    public void An_investigation_concerns_the_country_where_it_happened()
    {
        // Gold-set probe ("began investigating the suspected chemical attack in Douma" had no target): the place of the
        // investigated thing names the country concerned.
        Assert.Contains(Events("Kenya is investigating the attack in Mogadishu.\n"), e => e.Root == "09" && Dyad(e) is ("KEN", "SOM", _));
    }

    [Fact]
    public void A_retreat_from_another_country_s_ground_yields_to_it()
    {
        // Gold set: "Russian troops pulled back from the area around Kyiv, the Pentagon said on Friday" coded nothing.
        Assert.Contains(Events("Ethiopian troops pulled back from the area around Asmara, officials said on Friday.\n"), e => Dyad(e) == ("ETHMIL", "ERI", "0874"));
    }

    [Fact]
    public void North_and_South_Korea_are_two_actors()
    {
        // Eighth session: the elliptical "North" had no actor, so the exchange of fire was South Korea's alone, without target.
        var events = Events("North and South Korea exchanged fire across the border.\n");
        Assert.Contains(events, e => e.Root == "19" && Dyad(e) is ("PRK", "KOR", _));
        Assert.Contains(events, e => e.Root == "19" && Dyad(e) is ("KOR", "PRK", _));
        Assert.Contains(Events("China urged North and South Korea to show restraint.\n"), e => Dyad(e) is ("CHN", "PRK", _));
        // "Sudan and South Sudan" is no ellipsis: each name stands as written.
        Assert.Contains(Events("Sudan and South Sudan signed a border deal.\n"), e => Dyad(e) is ("SDN", "SSD", _));
    }

    [Fact]
    public void Force_used_on_another_country_s_territory_is_aimed_at_that_country()
    {
        // Eighth session: "struck targets in the Gaza Strip" coded ISRMIL without target; the object's place phrase was not
        // even the event's location.
        Assert.Contains(Events("Israeli warplanes struck targets in the Gaza Strip overnight.\n"), e => Dyad(e) == ("ISRMIL", "PSE", "195"));
        Assert.Contains(Events("Russian forces shelled villages in the Kharkiv region.\n"), e => Dyad(e) == ("RUSMIL", "UKR", "194"));
        // At home there is no foreign target.
        Assert.DoesNotContain(Events("Nigerian troops bombed camps in Borno state.\n"), e => e.Target is not null);
    }

    [Fact]
    public void Foreigners_are_not_of_the_country_where_it_happened()
    {
        // Eighth session (gold set 18-020): "two foreign aid workers in northern Mali" became Malian aid workers.
        Assert.DoesNotContain(Events("Malian rebels abducted two foreign aid workers in northern Mali.\n"), e => e.Target?.Actor?.Country == "MLI");
        Assert.Contains(Events("Malian rebels abducted two aid workers in northern Mali.\n"), e => Dyad(e) == ("MLIREB", "MLINGO", "181"));
    }

    [Fact]
    public void A_mediator_is_the_source_and_the_parties_are_the_targets()
    {
        // Eighth session: "S mediate between S and T" made Israel the mediator of its own truce, and a deal "between"
        // two parties gave the broker no target.
        var mediated = Events("Egypt mediated a truce between Israel and Hamas.\n");
        Assert.Contains(mediated, e => Dyad(e) == ("EGY", "ISR", "045"));
        Assert.Contains(mediated, e => Dyad(e) == ("EGY", "PSEINS", "045"));
        Assert.DoesNotContain(mediated, e => e.Cameo == "045" && e.Source.Actor?.Code == "ISR");
        var brokered = Events("Turkey brokered a deal between Russia and Ukraine.\n");
        Assert.Contains(brokered, e => Dyad(e) == ("TUR", "RUS", "045"));
        Assert.Contains(brokered, e => Dyad(e) == ("TUR", "UKR", "045"));
    }

    [Fact]
    public void Traded_accusations_are_mutual_and_a_flag_names_the_owner()
    {
        var traded = Events("Morocco and Algeria traded accusations over the Western Sahara.\n");
        Assert.Contains(traded, e => Dyad(e) == ("MAR", "DZA", "112"));
        Assert.Contains(traded, e => Dyad(e) == ("DZA", "MAR", "112"));
        Assert.Contains(Events("Iran seized a British-flagged oil tanker in the Strait of Hormuz.\n"), e => Dyad(e) == ("IRN", "GBR", "171"));
    }

    [Fact]
    public void Civilians_who_act_somewhere_are_of_that_country_armed_men_are_not()
    {
        // Eighth session: protests and strikes by people of no stated country were dropped for want of a source country.
        Assert.Contains(Events("Protesters set fire to a police station in Kathmandu.\n"), e => Dyad(e) == ("NPLCVL", "NPLGOV", "145"));
        Assert.Contains(Events("Thousands of workers went on strike in Argentina to protest austerity measures.\n"), e => Dyad(e) == ("ARGLAB", "ARGGOV", "143"));
        Assert.DoesNotContain(Events("Foreign tourists protested in Bangkok.\n"), e => e.Source.Actor?.Country == "THA");
        Assert.DoesNotContain(Events("Gunmen kidnapped 20 students in northern Nigeria.\n"), e => e.Source.Actor?.Country == "NGA");
        // Police act where they serve; a former minister is an elite, no longer the government.
        Assert.Contains(Events("Police arrested the former interior minister in Tunis.\n"), e => Dyad(e) == ("TUNCOP", "TUNELI", "173"));
        // The place may hang on the target phrase.
        Assert.Contains(Events("Police helicopters fired tear gas at protesters in Nairobi.\n"), e => Dyad(e) == ("KENCOP", "KENCVL", "175"));
    }

    [Fact]
    public void Duties_and_levies_are_sanctions_like_tariffs()
    {
        // Eighth session: "S impose &SANCTIONN" knew tariffs but not duties, so "duties on steel from China" had no pattern to fall back on.
        Assert.Contains(Events("The EU imposed duties on steel from China.\n"), e => Dyad(e) == ("IGOEUREEC", "CHN", "163"));
    }

    [Fact]
    public void A_role_noun_from_a_country_or_group_is_of_it()
    {
        // Eighth session: "troops from Chad", "fighters from Hamas", "rebels from the M23 group" had no country, so no event.
        Assert.Contains(Events("Troops from Chad attacked Boko Haram.\n"), e => Dyad(e) is ("TCDMIL", "NGAINS", _));
        Assert.Contains(Events("Rebels from the M23 group attacked Congolese troops.\n"), e => Dyad(e) is ("CODREB", "CODMIL", _));
        Assert.Contains(Events("Officials from the Iranian foreign ministry met Saudi diplomats.\n"), e => Dyad(e) == ("IRNGOV", "SAUGOV", "040"));
    }

    [Fact]
    public void A_targeting_participle_names_the_target()
    {
        // Eighth session (VOA): "China conducted the military drills encircling Taiwan" and "sanctions targeting Russian
        // banks" had no target, so no event.
        Assert.Contains(Events("China conducted military drills encircling Taiwan.\n"), e => Dyad(e) == ("CHN", "TWN", "150"));
        Assert.Contains(Events("The U.S. imposed sanctions targeting Russian banks.\n"), e => Dyad(e) is ("USA", "RUSBUS", "163"));
        // The holder of an area is the one attacked there.
        Assert.Contains(Events("Syrian government forces shelled rebel-held areas in Idlib province.\n"), e => Dyad(e) == ("SYRMIL", "SYRREB", "194"));
    }

    [Fact]
    public void Craft_of_a_body_act_for_it_and_are_aimed_with_at()
    {
        // Eighth session: "coast guard ships" was read as a kind of ship, and "fired water cannon at a Philippine vessel" had no target.
        Assert.Contains(Events("Chinese coast guard ships fired water cannon at a Philippine vessel.\n"), e => Dyad(e) == ("CHNMIL", "PHL", "175"));
        Assert.Contains(Events("Chinese coast guard ships blocked a Philippine resupply mission near Second Thomas Shoal.\n"), e => Dyad(e) == ("CHNMIL", "PHL", "191"));
        // Elsewhere "at" is a place, not a target.
        Assert.DoesNotContain(Events("Israel and Bahrain signed the Abraham Accords at the White House.\n"), e => e.Target?.Actor?.Country == "USA");
    }

    [Fact]
    public void A_state_s_emergency_measure_falls_on_its_own_country()
    {
        // Eighth session: "declared martial law" named no target, so a directed 1724 was dropped.
        Assert.Contains(Events("South Korea's president declared martial law.\n"), e => Dyad(e) == ("KORGOV", "KOR", "1724"));
        Assert.DoesNotContain(Events("Protesters declared a state of emergency.\n"), e => e.Cameo == "1724");
    }

    [Fact]
    public void Fire_of_a_named_side_is_gunfire_a_blaze_is_not()
    {
        // Eighth session: "killed by Israeli fire" was read as killed by a blaze, a figurative attacker.
        Assert.Contains(Events("Two Palestinians were killed by Israeli fire in the West Bank.\n"), e => e.Root == "19" && Dyad(e) is ("ISR", "PSE", _));
        Assert.DoesNotContain(Events("Three houses were destroyed by fire in Kabul.\n"), e => e.Source.Actor is not null);
    }

    [Fact]
    public void A_family_name_that_comes_first_finds_its_office_holder()
    {
        // Eighth session: "Biden met Xi" left Xi unknown: the surname index took the last word of "Xi Jinping".
        Assert.Contains(NewsRun.Annotate("Biden met Xi in San Francisco.\n", new DateOnly(2023, 11, 15), "xi").Layers.Get(AnnotationLayers.Events).Events,
            e => Dyad(e) == ("USAGOV", "CHNGOV", "040"));
    }

    [Fact]
    public void Rebels_and_their_state_agree_both_ways()
    {
        // Eighth session: the rule that an official speaks for its own state, not to it, also dropped the rebels' side of a ceasefire.
        var events = Events("Colombia and the ELN rebels signed a ceasefire agreement in Havana.\n");
        Assert.Contains(events, e => Dyad(e) == ("COL", "COLREB", "057"));
        Assert.Contains(events, e => Dyad(e) == ("COLREB", "COL", "057"));
    }

    [Fact]
    public void Ceded_land_goes_to_the_receiving_side()
    {
        // Eighth session (PUD Wikipedia): "Spain ceded to the United States its colonies of Puerto Rico ..." took the colony as target.
        Assert.Contains(Events("Spain ceded its colonies to the United States.\n"), e => Dyad(e) == ("ESP", "USA", "0874"));
        Assert.Contains(Events("Armenia ceded several villages to Azerbaijan.\n"), e => Dyad(e) == ("ARM", "AZE", "0874"));
    }

    [Fact]
    public void Releasing_a_letter_is_no_release_of_persons()
    {
        // Eighth session (VOA): with the object phrase searched for bare patterns, "released a letter from his physician" became 0841.
        Assert.DoesNotContain(Events("Trump released a letter from his physician.\n"), e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pattern_with_an_object_word_takes_the_actor_that_qualifies_it_as_target()
    {
        Assert.Contains(Events("Paraguay broke off diplomatic relations with Taiwan.\n"), e => Dyad(e) == ("PRY", "TWN", "161"));
        Assert.Contains(Events("Russian forces shelled Ukrainian positions.\n"), e => Dyad(e) == ("RUSMIL", "UKR", "194"));
    }

    [Fact]
    public void A_specific_pattern_without_target_does_not_hide_the_directed_verb_of_the_same_root()
    {
        var e = Assert.Single(Events("Belarusian riot police detained hundreds of students at rallies in Minsk.\n"));
        Assert.Equal(("BLRCOP", "173"), (e.Source.Actor?.Code, e.Cameo));
        Assert.NotNull(e.Target);
    }

    [Fact]
    public void A_title_in_the_text_gives_the_role_when_the_knowledge_base_has_none_in_force()
    {
        // The knowledge base ends Nazarbayev's presidency in March 2019; a text that still calls him president is believed.
        var document = NewsRun.Annotate("Kazakh President Nursultan Nazarbayev met Chinese officials.\n", new DateOnly(2019, 6, 1));
        var entity = Assert.Single(document.Layers.Get(AnnotationLayers.Entities).Mentions, e => e.CanonicalName == "Nursultan Nazarbayev");
        Assert.Equal("KAZGOV", entity.Actor?.Code);
    }

    [Fact]
    public void Two_parties_beginning_talks_or_joint_patrols_code_a_reciprocal_event()
    {
        var talks = Events("Chile and Peru began peace talks in Lima.\n");
        Assert.Contains(talks, e => Dyad(e) == ("CHL", "PER", "046"));
        Assert.Contains(talks, e => Dyad(e) == ("PER", "CHL", "046"));
        Assert.Contains(Events("The Indian and French navies began joint patrols in the Indian Ocean.\n"), e => Dyad(e) == ("INDMIL", "FRAMIL", "062"));
        Assert.Empty(Events("Chile began talks in Lima.\n")); // one party and no partner: nothing to code
    }

    [Fact]
    public void Rejecting_a_proposal_or_calls_targets_their_author()
    {
        Assert.Contains(Events("Hungary rejected a proposal by the European Commission on migration quotas.\n"), e => Dyad(e) == ("HUN", "IGOEURCOM", "120"));
        Assert.Contains(Events("Serbia rejected calls from Kosovo to recognize the new border.\n"), e => Dyad(e) == ("SRB", "XKX", "120"));
    }

    [Theory]
    [InlineData("Kenya's National Intelligence Service arrested two men.\n")]
    [InlineData("The Kenyan National Intelligence Service arrested two men.\n")]
    public void A_named_body_shared_by_states_takes_the_country_written_before_it(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("KENSPY", e.Source.Actor?.Code);
    }

    [Fact]
    public void People_of_no_stated_country_are_of_the_country_where_it_happened()
    {
        Assert.Contains(Events("Belarusian police detained dozens of students in Minsk.\n"), e => e.Target?.Actor?.Code == "BLREDU");
        Assert.Contains(Events("Eritrean troops killed hundreds of civilians in Axum.\n"), e => e.Target?.Actor?.Code == "ETHCVL");
        // Migrants and refugees are from elsewhere: the place does not give them its country.
        Assert.DoesNotContain(Events("Libyan guards detained dozens of migrants in Tripoli.\n"), e => e.Target?.Actor?.Code == "LBYMIG");
    }

    [Fact]
    public void Fighting_a_disease_or_a_sports_relay_is_no_attack()
    {
        Assert.DoesNotContain(Events("China sent medical experts to Serbia to help it fight the coronavirus.\n"), e => e.Root == "19");
        Assert.Empty(Events("Chinese swimmers attacked the 4x200 meters relay and set a world record.\n"));
        Assert.Contains(Events("Haitian gunmen opened fire on a police patrol at a checkpoint.\n"), e => e.Root == "19" || e.Root == "18");
    }

    [Fact]
    public void A_state_protests_by_complaining_officially_and_never_to_its_own_government()
    {
        Assert.Contains(Events("Chile protested to Bolivia over the border incident.\n"), e => Dyad(e) == ("CHL", "BOL", "114"));
        Assert.DoesNotContain(Events("Chile summoned the Bolivian ambassador to protest the incident.\n"), e => e.Target?.Actor?.Code == "CHLGOV");
        Assert.Contains(Events("Thousands of Chileans rallied in Santiago.\n"), e => e.Root == "14" && e.Target?.Actor?.Code == "CHLGOV");
    }

    [Fact]
    public void Aid_given_to_help_someone_goes_to_them()
    {
        Assert.Contains(Events("Norway donated $20 million to help victims of the floods in Pakistan.\n"),
            e => e.Root == "07" && e.Source.Actor?.Code == "NOR" && e.Target?.Actor?.Code == "PAKCVL");
    }

    [Fact]
    public void Gunmen_and_rebels_in_a_country_are_of_that_country_but_troops_are_not()
    {
        Assert.Contains(Events("Gunmen in Nigeria killed ten villagers.\n"), e => e.Source.Actor?.Code == "NGAUAF");
        Assert.DoesNotContain(Events("Troops in Syria shelled the town.\n"), e => e.Source.Actor?.Code == "SYRMIL");
    }

    [Fact]
    public void A_role_word_before_a_noun_of_action_is_the_actor_but_not_before_a_thing()
    {
        var document = Run("NAIROBI — Human rights groups criticised the police response.\n\nThe police station was closed.\n");
        Assert.Contains(document.Layers.Get(AnnotationLayers.Events).Events, e => Dyad(e) == ("KENHRI", "KENCOP", "111"));
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions;
        Assert.Single(mentions, m => m.Text == "police"); // the response's police, not the station's
    }

    [Fact]
    public void The_owner_of_bombed_positions_is_the_target()
    {
        // Held-out press releases (re3d, docs/event-accuracy.md §15): "Coalition aircraft destroyed 14 ISIL tanks" and
        // "bombed ISIL positions" had no target; a name compound of an agreement stays a topic.
        Assert.Contains(Events("Russian aircraft bombed Islamic State positions near Palmyra.\n"), e => Dyad(e) == ("RUS", "IMGRADISI", "195"));
        Assert.Contains(Events("Russian aircraft destroyed 14 ISIL tanks near Palmyra.\n"), e => e.Target?.Actor?.Code == "IMGRADISI");
    }

    [Fact]
    public void A_coalition_led_by_a_country_is_at_war()
    {
        // Held-out press releases: "the U.S.-led coalition", "Coalition aircraft" were parties of the story's country
        // (IRQPTY), so their strikes were coded against nobody or not at all.
        Assert.Contains(Events("The Saudi-led coalition bombed Houthi positions in Hodeidah.\n"), e => Dyad(e) == ("SAUMIL", "YEMREB", "195"));
        var document = Run("BAGHDAD - The U.S.-led coalition said its aircraft struck Islamic State targets. Coalition aircraft also hit "
            + "Islamic State positions near Palmyra, the coalition said.\n");
        var mentions = document.Layers.Get(AnnotationLayers.Entities).Mentions.Where(m => m.Text.Contains("oalition", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("USAMIL", m.Actor?.Code));
        // A governing coalition is still a party one.
        Assert.DoesNotContain(Events("NAIROBI - The ruling coalition criticized the opposition.\n"), e => e.Source.Actor?.Sectors.Contains("MIL") == true);
    }

    [Fact]
    public void We_and_I_of_a_government_release_are_its_issuer()
    {
        // Held-out press releases (state.gov, gov.uk, centcom.mil): "We also urge the Government of Iraq to provide
        // security", "I encourage the Government of Iraq" coded nothing. A news site's "we" stays unresolved.
        const string text = "We strongly condemn today's attack on the hotel in Mogadishu. We urge the Government of Somalia to find the perpetrators.\n";
        static Document Published(string url) =>
            NewsRun.Annotate(new Document("issuer", text, new DocumentMetadata { Date = new DateOnly(2023, 5, 4), Url = url }));
        var release = Published("https://www.gov.uk/government/news/statement-on-mogadishu").Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(release, e => Dyad(e) is ("GBRGOV", "SOMGOV", _) && e.Root == "02");
        var military = Published("https://www.centcom.mil/MEDIA/STATEMENTS/1").Layers.Get(AnnotationLayers.Events).Events;
        Assert.Contains(military, e => Dyad(e) is ("USAMIL", "SOMGOV", _));
        var story = Published("https://www.voanews.com/a/1.html").Layers.Get(AnnotationLayers.Events).Events;
        Assert.DoesNotContain(story, e => e.Source.Actor?.Country is "GBR" or "USA");
    }

    [Fact]
    public void Civilians_in_the_city_of_a_place_are_of_its_country()
    {
        // Our gold set: "massacred hundreds of civilians in the Tigrayan city of Axum" left the civilians without a country:
        // the unplaced "Tigrayan" hid the city's "of Axum".
        Assert.Contains(Events("Ethiopian soldiers massacred hundreds of civilians in the Tigrayan city of Axum.\n"), e => e.Target?.Actor?.Code == "ETHCVL");
        Assert.Contains(Events("Myanmar junta forces massacred civilians in villages in Sagaing region.\n"), e => e.Target?.Actor?.Code == "MMRCVL");
    }

    [Fact]
    public void Victims_in_a_state_or_province_are_of_its_country()
    {
        // Our gold set: "villagers in Borno state", "civilians in the rebel enclave of Eastern Ghouta" had no country
        // (the city gazetteer has no states; the entity tagger missed the names). data/knowledge/regions.tsv places them.
        Assert.Contains(Events("Boko Haram fighters beheaded four Christian villagers in Borno state, local officials said.\n"), e => e.Target?.Actor?.Code == "NGACVL");
        Assert.Contains(Events("Russian warplanes killed hundreds of civilians in the rebel enclave of Eastern Ghouta.\n"), e => e.Target?.Actor?.Code == "SYRCVL");
    }

    [Fact]
    public void Land_is_taken_from_the_side_the_from_phrase_names()
    {
        // VOA: "Russia annexed the Amur Region from China" lost its target once the Amur Region was known as Russian today.
        Assert.Contains(Events("Russia annexed the Amur Region from China in the 19th century.\n"), e => Dyad(e) is ("RUS", "CHN", _) && e.Root == "19");
    }

    [Theory]
    [InlineData("Kenyan soldiers shot three protesters.", "KENMIL", "KEN", "175")]
    [InlineData("ABUJA — Boko Haram militants abducted 276 schoolgirls from their dormitory.", "NGAINS", "NGA", "181")]
    public void The_victim_a_coercion_or_violence_pattern_names_is_its_target(string text, string source, string targetCountry, string cameo)
    {
        // "S shoot protester", "S abduct schoolgirl" name the victim as a word, not a T slot (twelfth session): it is the target.
        var e = Assert.Single(Events(text + "\n"), e => e.Cameo == cameo);
        Assert.Equal(source, e.Source.Actor?.Code);
        Assert.Equal(targetCountry, e.Target?.Actor?.Country);
    }

    [Fact]
    public void The_means_a_force_posture_pattern_names_is_not_its_target()
    {
        // "S &DEPLOY &TROOPS": the soldiers are the deployer's own, not whom the deployment is aimed at.
        var events = Events("India deployed additional soldiers along the disputed border.\n");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Code == "INDMIL");
    }

    [Fact]
    public void An_attack_without_a_victim_takes_the_victims_of_its_outcome()
    {
        // One event, not a targetless suicide bombing plus a separate killing (twelfth session).
        var e = Assert.Single(Events("MOGADISHU — An al-Shabab suicide bomber blew himself up outside a military base, killing at least four soldiers.\n"));
        Assert.Equal(("SOMINS", "SOMMIL", "1831"), Dyad(e));
        Assert.Contains("outcome of the attack", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The United States moved an aircraft carrier group to the eastern Mediterranean to deter Hezbollah and Iran.", "LBNRAD,IRN")]
    [InlineData("The Pentagon ordered additional warships and fighter jets to the Middle East to protect Israel from an Iranian attack.", "IRN")]
    public void A_show_of_force_is_aimed_at_whom_its_purpose_names(string text, string targets)
    {
        // The purpose clause names the adversary: the object of "to deter", the from-phrase of "to protect" (twelfth session).
        var events = Events(text + "\n").Where(e => e.Root == "15").ToList();
        Assert.Equal(targets.Split(','), events.Select(e => e.Target?.Actor?.Code).ToArray());
        Assert.All(events, e => Assert.Contains("the show of force", e.Rule, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Morocco and Israel agreed to establish full diplomatic relations in a deal brokered by the United States.", "USA", "MAR,ISR")]
    [InlineData("DOHA — U.S. and Taliban negotiators signed an agreement after more than a year of negotiations mediated by Qatar.", "QAT", "USA,AFG")]
    [InlineData("Israel and Hamas agreed to an Egyptian-brokered ceasefire.", "EGY", "ISR,PSE")]
    public void The_broker_of_a_deal_mediates_between_its_parties(string text, string mediator, string parties)
    {
        // The by-phrase (or the hyphenated prefix) of "brokered"/"mediated" names a mediator (045) between the parties
        // of the sentence's events (twelfth session); the broker is no party of the deal itself.
        var events = Events(text + "\n");
        var mediations = events.Where(e => e.Cameo == "045").ToList();
        Assert.All(mediations, e => Assert.Equal(mediator, e.Source.Actor?.Country));
        Assert.Equal(parties.Split(','), mediations.Select(e => e.Target?.Actor?.Country).ToArray());
        Assert.DoesNotContain(events, e => e.Cameo != "045" && e.Target?.Actor?.Country == mediator);
    }

    [Fact]
    public void An_investigation_concerns_whom_the_investigated_deed_names()
    {
        // "abuses committed during Sri Lanka's civil war": the possessor deep in what is investigated (twelfth session).
        var e = Assert.Single(Events("The U.N. Human Rights Council voted to investigate abuses committed during Sri Lanka's civil war.\n"));
        Assert.Equal("LKA", e.Target?.Actor?.Country);
        Assert.Equal("09", e.Root);
        Assert.Contains("in what is investigated", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Talks_between_two_sides_are_coded_both_ways()
    {
        // "N: &TALKS between S and T" (root 04): each side consults the other, as a verb with two subjects does (twelfth session).
        var events = Events("ANTALYA, Turkey — The talks between Russian Foreign Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba ended without progress.\n");
        Assert.Contains(events, e => Dyad(e) == ("RUSGOV", "UKRGOV", "040"));
        Assert.Contains(events, e => Dyad(e) == ("UKRGOV", "RUSGOV", "040"));
    }

    [Fact]
    public void An_investigation_does_not_reach_a_place_deep_in_a_clause()
    {
        var events = Events("Australia is reportedly examining how BHP Billiton and Rio Tinto shift billions of dollars in iron ore profits through low tax hubs in Singapore.\n");
        Assert.DoesNotContain(events, e => e.Target?.Actor?.Country == "SGP");
    }

    [Fact]
    public void Talks_held_by_mediators_are_their_mediation()
    {
        // "Mediators from Qatar ... resumed ceasefire negotiations between Israel and Hamas": 045, not 046 (twelfth session).
        // Each country of "from Qatar, Egypt and the United States" mediates (the from-phrase of a role noun is distributed).
        var events = Events("DOHA — Mediators from Qatar, Egypt and the United States resumed ceasefire negotiations between Israel and Hamas.\n");
        foreach (var mediator in new[] { "QAT", "EGY", "USA" })
        {
            Assert.Contains(events, e => e.Cameo == "045" && e.Source.Actor?.Country == mediator && e.Target?.Actor?.Country == "ISR");
        }
        Assert.DoesNotContain(events, e => e.Root == "04" && e.Cameo != "045");
    }

    [Fact]
    public void Unnamed_civilians_insurgents_attack_are_of_their_country()
    {
        // Insurgents and rebels fight at home: with no place saying otherwise the victims are of their country (twelfth session).
        var e = Assert.Single(Events("Boko Haram militants razed the town of Baga and killed hundreds of residents.\n"), e => e.Root == "20");
        Assert.Equal("NGAINS", e.Source.Actor?.Code);
        Assert.Equal("NGA", e.Target?.Actor?.Country);
        Assert.Contains("country of the insurgents", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Drones struck two Saudi Aramco oil facilities, and Yemen's Houthi rebels claimed responsibility.", "YEMREB")]
    [InlineData("MOGADISHU — A car bomb exploded near a military base in Mogadishu on Tuesday, killing at least ten soldiers. Al-Shabab claimed responsibility for the attack.", "SOMINS")]
    public void An_attack_that_names_no_author_is_the_claimants(string text, string author)
    {
        // The subject of "claimed responsibility" in the same sentence or the next is the attack's source (twelfth session).
        var events = Events(text + "\n").Where(e => e.Root is "18" or "19" or "20").ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(author, e.Source.Actor?.Code));
        Assert.All(events, e => Assert.Contains("claimed responsibility", e.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void A_denied_claim_names_no_author()
    {
        var events = Events("Drones struck two Saudi Aramco oil facilities, and Yemen's Houthi rebels did not claim responsibility.\n");
        Assert.DoesNotContain(events, e => e.Source.Actor?.Code == "YEMREB" && e.Root is "18" or "19" or "20");
    }

    [Fact]
    public void Inspectors_from_an_organisation_act_for_it()
    {
        // A role noun's from-phrase naming an international organisation gives the actor (twelfth session).
        var e = Assert.Single(Events("Inspectors from the Organisation for the Prohibition of Chemical Weapons began investigating the suspected chemical attack in Douma.\n"));
        Assert.StartsWith("IGO", e.Source.Actor?.Code, StringComparison.Ordinal);
        Assert.Equal(("SYR", "094"), (e.Target?.Actor?.Country, e.Cameo));
    }

    [Theory]
    [InlineData("Germany froze funding for projects in Niger.", "DEU", "NER")]
    [InlineData("The World Bank halted funding for projects in Afghanistan after the Taliban takeover.", "IGOWLDIBR", "AFG")]
    public void Aid_cut_where_it_was_spent_is_cut_to_that_country(string text, string source, string target)
    {
        // The World Bank case also needs the tie-break: "S halt project" (0832) matched the word inside the object's
        // phrase and won the tie with "S &STOPV &AIDN" by its earlier line (twelfth session).
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal((source, target, "1621"), Dyad(e));
    }

    [Fact]
    public void Drones_that_hit_air_bases_deep_inside_a_country_attack_it()
    {
        // Three repairs (twelfth session): "bases" after "two air" is a plural noun, not VBZ; "S hit &MILSITE" needs no
        // actor for the site; and the place may hang on "deep" ("deep inside Russia").
        var e = Assert.Single(Events("Ukrainian drones hit two air bases deep inside Russia, the Russian defence ministry said.\n"));
        Assert.Equal(("UKR", "RUS", "195"), (e.Source.Actor?.Country, e.Target?.Actor?.Country, e.Cameo));
    }

    [Theory]
    [InlineData("The Obama administration imposed sanctions on Iran.", "USAGOV")]
    [InlineData("The Blair government imposed sanctions on Zimbabwe.", "GBRGOV")] // his last role was the Quartet's envoy
    public void A_former_leader_s_surname_before_a_government_noun_names_his_government(string text, string source)
    {
        // "The Trump administration eased restrictions ..." in a 2022 story gave '---GOV': the surname matched nobody in
        // office on the date (thirteenth session).
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal((source, "163"), (e.Source.Actor?.Code, e.Cameo));
    }

    [Fact]
    public void Clashes_between_troops_of_two_countries_named_by_coordinated_modifiers()
    {
        // "between Indian and Pakistani troops" fills both slots of "N: clash between S and T" with one noun (thirteenth session).
        var e = Assert.Single(Events("Clashes broke out between Indian and Pakistani troops along the border.\n"));
        Assert.Equal(("INDMIL", "PAKMIL", "190"), Dyad(e));
    }

    [Fact]
    public void A_suicide_bomber_is_no_aircraft()
    {
        // "bomber" made "An Islamic State suicide bomber attacked an election rally" an aerial attack, 195 (thirteenth session).
        var e = Assert.Single(Events("An al-Shabab suicide bomber killed ten soldiers in Mogadishu.\n"));
        Assert.Equal(("SOMINS", "SOMMIL", "1831"), Dyad(e));
    }

    [Fact]
    public void Extradition_is_judicial_cooperation_with_the_receiving_state()
    {
        var e = Assert.Single(Events("Mexico extradited drug lord Joaquin Guzman to the United States.\n"));
        Assert.Equal(("MEX", "USA", "063"), Dyad(e));
    }

    [Theory]
    [InlineData("Microsoft came under fire from American tech workers.", "USALAB", "USABUS", "111")]
    [InlineData("The Kenyan government came under fire from Kenyan rights groups over the killings.", "KENHRI", "KENGOV", "111")]
    [InlineData("The Kenyan convoy came under fire from Somali militants near the border.", "SOMINS", "KEN", "193")]
    public void Coming_under_fire_from_the_unarmed_is_criticism(string text, string source, string target, string cameo)
    {
        // Held-out (trafilatura, thirteenth session): "Microsoft and Amazon have come under fire from activist tech workers"
        // was coded as a fight with small arms.
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal((source, target, cameo), Dyad(e));
    }

    [Fact]
    public void Companies_are_business_actors_of_their_home_country()
    {
        // data/knowledge/companies.tsv (thirteenth session).
        var e = Assert.Single(Events("The United States imposed sanctions on Huawei.\n"));
        Assert.Equal(("USA", "CHNBUS", "163"), Dyad(e));
    }

    [Fact]
    public void A_name_glued_to_a_participle_opens_a_noun_phrase_not_a_clause()
    {
        // Gold set: "U.S.-backed Syrian Democratic Forces captured the city of Raqqa from the Islamic State" parsed
        // "backed" as a clause with "Forces" as its object, so "captured" had no subject (thirteenth session).
        var e = Assert.Single(Events("U.S.-backed Syrian Democratic Forces captured the city of Raqqa from the Islamic State.\n"));
        Assert.Equal("SYRREB", e.Source.Actor?.Code);
    }

    [Theory]
    [InlineData("U.S.-backed fighters captured Raqqa.")]
    [InlineData("Iran-backed militias attacked U.S. troops in Syria.")]
    public void The_backer_of_a_group_is_not_its_country(string text)
    {
        // "U.S.-backed fighters captured Raqqa" became USAREB once the parse was right (thirteenth session).
        Assert.DoesNotContain(Events(text + "\n"), e => e.Source.Actor?.Country is "USA" or "IRN");
    }

    [Fact]
    public void The_maker_of_the_weapons_is_not_the_target()
    {
        // Gold set: "Ukraine fired U.S.-made ATACMS missiles at a target in Russia's Bryansk region" became UKR -> USA when
        // "U.S." hung on "missiles" (thirteenth session).
        var e = Assert.Single(Events("Ukraine fired U.S.-made ATACMS missiles at a target in Russia's Bryansk region.\n"));
        Assert.Equal(("UKR", "RUS"), (e.Source.Actor?.Code, e.Target?.Actor?.Country));
    }

    [Theory]
    [InlineData("Ankara threatened to close U.S. operations at Incirlik.", "TURGOV", "USA")]
    [InlineData("India threatened to isolate Pakistan diplomatically after the suicide attack in Pulwama.", "IND", "PAK")]
    public void A_threat_is_aimed_at_whom_the_threatened_act_names(string text, string source, string target)
    {
        // VOA and gold set (thirteenth session): no target before; the Pulwama sentence was "S threaten suicide_attack"
        // (1383), a word of the after-phrase.
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal((source, target), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
        Assert.StartsWith("13", e.Cameo, StringComparison.Ordinal);
        Assert.NotEqual("1383", e.Cameo);
    }

    [Fact]
    public void Recalling_an_ambassador_to_a_country_reduces_relations_with_it()
    {
        var e = Assert.Single(Events("France recalled its ambassador to Turkey.\n"));
        Assert.Equal(("FRA", "TUR", "161"), Dyad(e));
    }

    [Fact]
    public void A_special_rapporteur_of_the_un_is_the_un()
    {
        // "U.N. special rapporteur Agnes Callamard" had no actor: "rapporteur" was no agent (thirteenth session).
        var document = Run("U.N. special rapporteur Agnes Callamard criticized Saudi Arabia over the killing of Khashoggi.\n");
        var e = Assert.Single(document.Layers.Get(AnnotationLayers.Events).Events);
        Assert.StartsWith("IGOUNO", e.Source.Actor?.Code, StringComparison.Ordinal);
        Assert.Equal("SAU", e.Target?.Actor?.Country);
    }

    [Fact]
    public void A_subordinator_read_as_a_preposition_does_not_make_the_victim_the_attacker()
    {
        // "... than that of either Europe or the U.S. before Russia invaded Ukraine" was parsed as "before Russia" with
        // "Ukraine" as the subject, and coded Ukraine invading (VOA, fourteenth session).
        var events = Events("Trade today remains several times smaller than that of either Europe or the U.S. before Russia invaded Ukraine.\n");
        var e = Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(("RUS", "UKR"), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Fact]
    public void A_state_releases_its_own_unnamed_people()
    {
        // "Uzbekistan released a journalist": the journalist had no country, so the release had no target.
        var e = Assert.Single(Events("Uzbekistan released a journalist on Monday.\n"));
        Assert.Equal(("UZB", "UZBMED", "0841"), Dyad(e));
    }

    [Theory]
    [InlineData("Turkish President Recep Tayyip Erdogan said he was optimistic that relations with Russia would soon return to normal.", "TURGOV", "RUS")]
    [InlineData("The Iranian foreign minister said he was hopeful that the talks with the European Union would produce results.", "IRNGOV", "IGOEUREEC")]
    [InlineData("Erdogan was optimistic that Russia would agree.", "TURGOV", "RUS")]
    public void Optimism_about_a_clause_is_aimed_at_the_actor_of_the_clause(string text, string source, string target)
    {
        // The optimistic adjective had no target (only "optimistic about X" had one) and was dropped as a mere statement
        // when its clause held another pattern ("return").
        var e = Assert.Single(Events(text + "\n"), e => e.Cameo == "013");
        Assert.Equal((source, target), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Theory]
    [InlineData("Russia pledged to withdraw its troops from Ukraine.", "RUS", "UKR")] // the pledged verb's from-phrase
    [InlineData("Russia promised Ukraine that it would withdraw its troops.", "RUS", "UKR")] // to whom it was promised
    [InlineData("Russia assured Turkey that it would withdraw its troops.", "RUS", "TUR")]
    public void A_promised_withdrawal_is_aimed_at_the_country_named(string text, string source, string target)
    {
        // Both coded nothing: the pledge pattern looked for a target only on its own verb, and a that-clause after a verb
        // with an object ("promised Ukraine that ...") is parsed as an adverbial clause, which read "would" as hypothetical.
        var e = Assert.Single(Events(text + "\n"), e => e.Cameo == "0356");
        Assert.Equal((source, target), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Theory]
    [InlineData("Britain made no apology to China.")]
    [InlineData("Britain offered no concessions to China.")]
    public void No_before_the_object_of_the_pattern_negates_the_event(string text)
    {
        Assert.Empty(Events(text + "\n"));
    }

    [Theory]
    [InlineData("Tens of thousands of Belarusians rallied in Minsk.", "BLRCVL", "BLRGOV")] // a count of a count: no source; a crowd of a nationality is its people
    [InlineData("Thousands of people marched through Hong Kong.", "HKGCVL", "HKGGOV")] // "through" was no place of the event
    [InlineData("Israelis demonstrated against the government.", "ISR", "ISRGOV")] // "demonstrate" was no protest word; "the government" had no country
    public void Plain_protests_are_coded(string text, string source, string target)
    {
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal((source, target, "141"), Dyad(e));
    }

    [Fact]
    public void Demonstrating_a_capability_is_no_protest()
    {
        Assert.DoesNotContain(Events("Iran demonstrated its missile capability.\n"), e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void A_show_of_force_in_answer_to_an_act_is_aimed_at_its_author()
    {
        // No target: the alert was dropped (and a military's alert was coded as a police one, 151).
        var e = Assert.Single(Events("South Korea's military raised its alert level after North Korea's fifth nuclear test.\n"));
        Assert.Equal(("KORMIL", "PRK", "152"), Dyad(e));
        Assert.Contains("the author of the act it answers", e.Rule);
    }

    [Fact]
    public void An_organisations_mission_named_by_a_compound_is_that_organisation()
    {
        // "expelled the head of the United Nations peacekeeping mission" matched "S expel mission" but found no target.
        var e = Assert.Single(Events("Mali's military junta expelled the head of the United Nations peacekeeping mission.\n"));
        Assert.Equal(("MLIMIL", "IGOUNO", "1661"), Dyad(e));
    }

    [Theory]
    [InlineData("Nicaraguan riot police broke up an opposition march.", "NICCOP", "NICOPP")]
    [InlineData("Police broke up a rally in Minsk.", "BLRCOP", "BLRCVL")]
    public void Breaking_up_a_gathering_is_aimed_at_its_people(string text, string source, string target)
    {
        // "S break up rally" named no target and "march" was missing: nothing was coded.
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal((source, target, "175"), Dyad(e));
    }

    [Fact]
    public void A_phrasal_verb_read_as_a_noun_is_repaired_when_a_later_verb_is_finite()
    {
        // "shot" was tagged as a noun: the repair for "Russia shot down a drone" only ran in sentences without another
        // finite verb, and "captured" is one.
        var events = Events("Pakistan shot down two Indian military jets over Kashmir and captured a pilot.\n");
        Assert.Contains(events, e => Dyad(e) == ("PAK", "INDMIL", "195"));
    }

    [Theory]
    [InlineData("Saudi Arabia gave Pakistan a $6 billion financial package to ease its balance-of-payments crisis.", "SAU", "PAK")]
    [InlineData("Qatar gave Lebanon a $246 million loan to support poor families.", "QAT", "LBN")]
    public void The_indirect_object_of_a_gift_is_its_recipient(string text, string source, string target)
    {
        // "S &GIVE T &AIDN" took the direct object as T, and "to ease" as the to-phrase of "S &GIVE &AIDN to T".
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal((source, target, "071"), Dyad(e));
    }

    [Fact]
    public void A_relative_pronoun_as_the_patient_stands_for_the_noun_its_clause_modifies()
    {
        // "the mayor of Melitopol, who was abducted by Russian soldiers" coded RUSMIL -> (none): "who" bound to nothing.
        var e = Assert.Single(Events("Officials said the Ukrainian mayor, who was abducted by Russian soldiers, is still missing.\n"));
        Assert.Equal(("RUSMIL", "UKRGOV", "181"), Dyad(e));
    }

    [Fact]
    public void A_demand_that_a_state_release_someone_is_aimed_at_the_state_and_a_towns_mayor_is_of_the_towns_country()
    {
        // "S demand release of T" matched "release" as the clause's verb and "of Melitopol" inside its object (UKRGOV -> UKR);
        // the mayor of a town took the story's country (RUSGOV).
        var events = Events("Zelenskyy demanded that Russia release the mayor of Melitopol, who was abducted by Russian soldiers.\n");
        Assert.Contains(events, e => Dyad(e) == ("UKRGOV", "RUS", "1053"));
        Assert.Contains(events, e => Dyad(e) == ("RUSMIL", "UKRGOV", "181"));
    }

    [Theory]
    [InlineData("Japan and the United States reaffirmed their alliance.", "JPN", "USA", "050")]
    [InlineData("China expanded military cooperation with Russia.", "CHN", "RUS", "062")]
    [InlineData("Japan and the United States have stepped up military cooperation.", "JPN", "USA", "062")]
    public void Reaffirmed_alliances_and_expanded_cooperation_are_coded(string text, string source, string target, string cameo)
    {
        Assert.Contains(Events(text + "\n"), e => Dyad(e) == (source, target, cameo));
    }

    [Fact]
    public void The_people_of_a_capital_are_of_its_country()
    {
        // "expressed his sympathy to the people of Paris" had a target of no country (---CVL) and was dropped.
        var e = Assert.Single(Events("French President Emmanuel Macron expressed his sympathy to the people of Paris after the fire.\n"));
        Assert.Equal(("FRAGOV", "FRACVL", "018"), Dyad(e));
    }

    [Theory]
    [InlineData("Iran denied any involvement in the attack on an Israeli tanker.")]
    [InlineData("Iran denied any role in the attack on Israel.")]
    public void A_denied_role_in_an_act_is_aimed_at_the_acts_victim(string text)
    {
        // The in-phrase of "involvement" or "role" was no topic, so the denial had no target and was dropped.
        var e = Assert.Single(Events(text + "\n"));
        Assert.Equal(("IRN", "ISR", "016"), Dyad(e));
    }

    [Theory]
    [InlineData("Somali rebels retreat into the forest when attacked by Kenyan troops.", "KENMIL", "SOMREB")]
    [InlineData("Afghan police officers abandoned their posts when attacked by Taliban fighters.", "AFGINS", "AFGCOP")]
    public void A_reduced_passive_clause_is_about_the_subject_of_its_clause(string text, string source, string target)
    {
        // "rebels ... escape to villages in Cameroon when attacked by government forces" coded the attack with no target
        // (VOA, fifteenth session): the subjectless "when attacked by" clause is about the rebels.
        var e = Assert.Single(Events(text + "\n"), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal((source, target), (e.Source.Actor?.Code, e.Target?.Actor?.Code));
    }

    [Theory]
    [InlineData("However, Swedish prosecutors decided to reopen the investigation in May after he was hauled out of the Ecuadorean Embassy in London by the UK police.")]
    [InlineData("Lamrani described the idea that the U.S. is training the Islamic State at al-Tanf as absurd.")]
    [InlineData("China has balked on terms that would leave it exposed to accusations that it favors American products over other countries.")]
    [InlineData("It will house the local police force's offices, the Interior Ministry said in a statement.")]
    public void Words_of_other_clauses_and_thoughts_about_acts_are_no_events(string text)
    {
        // Scrapinghub pages (fifteenth session): "S reopen embassy in T" found "Embassy" in another clause; an idea or an
        // accusation was coded as the act; "house" meant "contain".
        Assert.Empty(Events(text + "\n"));
    }

    [Fact]
    public void Housing_refugees_is_humanitarian_aid()
    {
        var e = Assert.Single(Events("Jordan housed thousands of Syrian refugees last year.\n"));
        Assert.Equal(("JOR", "SYRREF", "073"), Dyad(e));
    }

    [Fact]
    public void A_hyphenated_participle_is_no_pattern_noun()
    {
        // "claimed victory as the Democratic Party-controlled House of Representatives concluded its hearing" was coded
        // "S claim control of T" (192, USAGOV -> ---LEG) from the misparsed "Party-controlled" (Scrapinghub page).
        Assert.DoesNotContain(Events("US President Donald Trump has claimed victory as the Democratic Party-controlled House of Representatives concluded its third public hearing on the impeachment proceedings against him.\n"),
            e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void People_who_gather_in_a_city_are_a_crowd_not_a_protest()
    {
        // "Over 2,000 people representing 90 countries gathered in Santa Clara" (a conference, Mozilla fixture) was a 141
        // protest against the government: civilians who gather are a crowd; students who gather rally.
        Assert.DoesNotContain(Events("NAIROBI, Kenya (AP) — Over 2,000 people representing 90 countries gathered in Nairobi in 2013.\n"),
            e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Contains(Events("NAIROBI, Kenya (AP) — Thousands of students gathered in Nairobi on Sunday.\n"),
            e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void A_coordinated_subject_the_parser_split_at_the_root_acts_together()
    {
        // "Saudi Arabia and the United Arab Emirates expanded economic cooperation" was parsed with "Saudi Arabia" as the root
        // and "expanded" as its conjunct whose subject was the Emirates alone; nothing was coded (fourteenth session's note).
        var events = Events("Saudi Arabia and the United Arab Emirates expanded economic cooperation last year.\n");
        Assert.Contains(events, e => Dyad(e) == ("SAU", "ARE", "061"));
        Assert.Contains(events, e => Dyad(e) == ("ARE", "SAU", "061"));
    }

    [Fact]
    public void A_list_of_three_subjects_parsed_as_a_name_with_a_relative_clause_meets_as_one()
    {
        // "The US, Russia, and Switzerland met yesterday" (PETRARCH GSR COOP_0) was parsed with "The US" as the root,
        // "Russia" as its apposition and "Switzerland met" as a relative clause: nothing was coded.
        var events = Events("The US, Russia, and Switzerland met yesterday.\n");
        Assert.Equal(6, events.Count(e => e.Cameo == "040"));
        Assert.Contains(events, e => Dyad(e) == ("RUS", "CHE", "040"));
        Assert.Contains(events, e => Dyad(e) == ("CHE", "USA", "040"));
    }

    [Fact]
    public void A_news_organisations_reporter_is_of_its_country()
    {
        // "Russia released Wall Street Journal reporter Evan Gershkovich" was missed: the reporter had no country and the
        // newspaper was no actor (fourteenth session's note). Private news media are in data/knowledge/media.tsv.
        var e = Assert.Single(Events("Russia released Wall Street Journal reporter Evan Gershkovich on Thursday.\n"));
        Assert.Equal(("RUS", "USAMED", "0841"), Dyad(e));
    }

    [Fact]
    public void Outside_before_a_bare_noun_is_a_preposition()
    {
        // "Thousands of protesters gathered outside parliament in Nairobi" tagged "outside" as an adverb, made "parliament"
        // the object of "gathered" and coded nothing ("outside the parliament" worked).
        Assert.Contains(Events("Thousands of protesters gathered outside parliament in Nairobi on Sunday.\n"), e => e.Cameo == "141");
    }
}
