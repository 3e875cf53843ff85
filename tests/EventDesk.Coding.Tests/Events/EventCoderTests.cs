using EventDesk.Coding.Events;
using EventDesk.Knowledge.Cameo;
using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.Events;

public class EventCoderTests
{
    private static readonly Lazy<(EventDictionary Dictionary, CameoCodebook Codebook)> Data = new(() =>
        (EventDictionary.LoadDefault(), CameoCodebook.LoadDefault()));

    private static readonly ActorRef Russia = new("RUS", "RUS", []);
    private static readonly ActorRef AfghanGovernment = new("AFGGOV", "AFG", ["GOV"]);
    private static readonly ActorRef China = new("CHN", "CHN", []);
    private static readonly ActorRef Ukraine = new("UKR", "UKR", []);
    private static readonly ActorRef Lavrov = new("RUSGOV", "RUS", ["GOV"], "Sergey Lavrov", "Foreign Minister");
    private static readonly ActorRef Atmar = new("AFGGOV", "AFG", ["GOV"], "Mohammad Haneef Atmar", "National Security Advisor");

    private static IReadOnlyList<CodedEvent> Code(Document document, EventCoderOptions? options = null)
    {
        new EventCoder(Data.Value.Dictionary, Data.Value.Codebook, options).Annotate(document);
        return document.Layers.Get(AnnotationLayers.Events).Events;
    }

    [Fact]
    public void Pledge_to_support_codes_intent_to_cooperate_with_the_object_as_target()
    {
        var doc = ParsedDocument.Build("""
            1	Russia	Russia	PROPN	_	_	3	nsubj	_	_
            2	has	have	AUX	_	_	3	aux	_	_
            3	pledged	pledge	VERB	_	_	0	root	_	_
            4	to	to	PART	_	_	5	mark	_	_
            5	support	support	VERB	_	_	3	xcomp	_	_
            6	the	the	DET	_	_	8	det	_	_
            7	Afghan	Afghan	ADJ	_	_	8	amod	_	_
            8	government	government	NOUN	_	_	5	obj	_	SpaceAfter=No
            9	.	.	PUNCT	_	_	3	punct	_	_

            """, new DateOnly(2017, 2, 18), ("Russia", Russia), ("Afghan government", AfghanGovernment));
        var e = Assert.Single(Code(doc));
        Assert.StartsWith("03", e.Cameo);
        Assert.Equal("RUS", e.Source.Actor!.Code);
        Assert.Equal("AFGGOV", e.Target!.Actor!.Code);
        Assert.Equal(1, e.QuadClass);
        Assert.Equal("pledged", doc.Substring(e.Trigger));
        Assert.Contains("03-", e.Rule);
        Assert.Equal(new DateOnly(2017, 2, 18), e.Date);
    }

    [Fact]
    public void Meeting_with_a_person_codes_consult_with_the_subject_as_source()
    {
        var doc = ParsedDocument.Build("""
            1	Lavrov	Lavrov	PROPN	_	_	2	nsubj	_	_
            2	met	meet	VERB	_	_	0	root	_	_
            3	Atmar	Atmar	PROPN	_	_	2	obj	_	_
            4	in	in	ADP	_	_	5	case	_	_
            5	Moscow	Moscow	PROPN	_	_	2	obl	_	SpaceAfter=No
            6	.	.	PUNCT	_	_	2	punct	_	_

            """, null, ("Lavrov", Lavrov), ("Atmar", Atmar));
        var e = Assert.Single(Code(doc));
        Assert.StartsWith("04", e.Cameo);
        Assert.Equal("Sergey Lavrov", e.Source.Actor!.Name);
        Assert.Equal("AFG", e.Target!.Actor!.Country);
    }

    [Fact]
    public void Negated_events_are_not_coded_unless_asked()
    {
        const string conllu = """
            1	Russia	Russia	PROPN	_	_	4	nsubj	_	_
            2	did	do	AUX	_	_	4	aux	_	_
            3	not	not	PART	_	_	4	advmod	_	_
            4	attack	attack	VERB	_	_	0	root	_	_
            5	Ukraine	Ukraine	PROPN	_	_	4	obj	_	SpaceAfter=No
            6	.	.	PUNCT	_	_	4	punct	_	_

            """;
        Assert.Empty(Code(ParsedDocument.Build(conllu, null, ("Russia", Russia), ("Ukraine", Ukraine))));
        var kept = Assert.Single(Code(ParsedDocument.Build(conllu, null, ("Russia", Russia), ("Ukraine", Ukraine)), new EventCoderOptions { KeepNegated = true }));
        Assert.True(kept.Negated);
        Assert.Equal(EventModality.Denied, kept.Modality);
    }

    [Fact]
    public void Compound_subjects_give_one_event_per_actor()
    {
        var doc = ParsedDocument.Build("""
            1	Russia	Russia	PROPN	_	_	4	nsubj	_	_
            2	and	and	CCONJ	_	_	3	cc	_	_
            3	China	China	PROPN	_	_	1	conj	_	_
            4	condemned	condemn	VERB	_	_	0	root	_	_
            5	Ukraine	Ukraine	PROPN	_	_	4	obj	_	SpaceAfter=No
            6	.	.	PUNCT	_	_	4	punct	_	_

            """, null, ("Russia", Russia), ("China", China), ("Ukraine", Ukraine));
        var events = Code(doc);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.StartsWith("11", e.Cameo));
        Assert.Equal(["CHN", "RUS"], events.Select(e => e.Source.Actor!.Code).Order());
    }

    [Fact]
    public void A_role_noun_shared_by_listed_countries_gives_one_actor_per_country()
    {
        var doc = ParsedDocument.Build("""
            1	The	the	DET	_	_	3	det	_	_
            2	foreign	foreign	ADJ	_	_	3	amod	_	_
            3	ministers	minister	NOUN	_	_	8	nsubj	_	_
            4	of	of	ADP	_	_	5	case	_	_
            5	France	France	PROPN	_	_	3	nmod	_	_
            6	and	and	CCONJ	_	_	7	cc	_	_
            7	Germany	Germany	PROPN	_	_	5	conj	_	_
            8	condemned	condemn	VERB	_	_	0	root	_	_
            9	Russia	Russia	PROPN	_	_	8	obj	_	SpaceAfter=No
            10	.	.	PUNCT	_	_	8	punct	_	_

            """, null, ("foreign ministers of France", new ActorRef("FRAGOV", "FRA", ["GOV"])), ("Germany", new ActorRef("DEU", "DEU", [])), ("Russia", Russia));
        var events = Code(doc);
        Assert.Equal(["DEUGOV", "FRAGOV"], events.Select(e => e.Source.Actor!.Code).Order());
        Assert.All(events, e => Assert.Equal("RUS", e.Target!.Actor!.Code));
    }

    [Fact]
    public void A_conjunct_without_a_country_takes_the_country_of_the_first()
    {
        var doc = ParsedDocument.Build("""
            1	Chinese	Chinese	ADJ	_	_	3	amod	_	_
            2	state	state	NOUN	_	_	3	compound	_	_
            3	media	media	NOUN	_	_	6	nsubj	_	_
            4	and	and	CCONJ	_	_	5	cc	_	_
            5	officials	official	NOUN	_	_	3	conj	_	_
            6	condemned	condemn	VERB	_	_	0	root	_	_
            7	Russia	Russia	PROPN	_	_	6	obj	_	SpaceAfter=No
            8	.	.	PUNCT	_	_	6	punct	_	_

            """, null, ("Chinese state media", new ActorRef("CHNMED", "CHN", ["MED"])), ("Chinese", China), ("officials", new ActorRef("---GOV", "---", ["GOV"])), ("Russia", Russia));
        var events = Code(doc);
        Assert.Equal(["CHNGOV", "CHNMED"], events.Select(e => e.Source.Actor!.Code).Order());
    }

    [Fact]
    public void Future_auxiliary_marks_modality()
    {
        var doc = ParsedDocument.Build("""
            1	Lavrov	Lavrov	PROPN	_	_	3	nsubj	_	_
            2	will	will	AUX	_	_	3	aux	_	_
            3	visit	visit	VERB	_	_	0	root	_	_
            4	Kabul	Kabul	PROPN	_	_	3	obj	_	SpaceAfter=No
            5	.	.	PUNCT	_	_	3	punct	_	_

            """, null, ("Lavrov", Lavrov), ("Kabul", AfghanGovernment));
        var e = Assert.Single(Code(doc));
        Assert.Equal(EventModality.Future, e.Modality);
        Assert.Equal("036", e.Cameo); // a visit to come is the intention to meet
    }

    [Fact]
    public void Nominal_visit_codes_the_possessor_as_source()
    {
        var doc = ParsedDocument.Build("""
            1	Atmar	Atmar	PROPN	_	_	3	nmod:poss	_	SpaceAfter=No
            2	's	's	PART	_	_	1	case	_	_
            3	visit	visit	NOUN	_	_	7	nsubj	_	_
            4	to	to	ADP	_	_	5	case	_	_
            5	Moscow	Moscow	PROPN	_	_	3	nmod	_	_
            6	has	have	AUX	_	_	7	aux	_	_
            7	come	come	VERB	_	_	0	root	_	SpaceAfter=No
            8	.	.	PUNCT	_	_	7	punct	_	_

            """, null, ("Atmar", Atmar), ("Moscow", Russia));
        var e = Assert.Single(Code(doc));
        Assert.Equal("042", e.Cameo);
        Assert.Equal("AFGGOV", e.Source.Actor!.Code);
        Assert.Equal("RUS", e.Target!.Actor!.Code);
    }
}
