using EventDesk.Coding.Events;
using EventDesk.Coding.Petrarch;
using EventDesk.Coding.Tests.Events;
using EventDesk.Knowledge.Cameo;
using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.Petrarch;

/// <summary>The PETRARCH verb-dictionary converter on small hand-written snippets in the PETRARCH-2 format.</summary>
public class PetrarchVerbDictionaryTests
{
    // Written for these tests (not taken from any dictionary): one of each construct the converter handles.
    private static readonly string[] Snippet =
    [
        "# a comment line",
        "<!-- an XML-style comment -->",
        "&BONDS_",
        "+TIES",
        "+RELATIONS",
        "+TRADE_LINKS",
        "",
        "--- RESTORE  [050]  ---",
        "RESTORE   # the verb",
        "- * {DIPLOMATIC &BONDS_}  [051]  # a noun phrase with a synset head",
        "- * (WITH +)  [052]",
        "- + * (FROM $)  [080]",
        "- % *  [053]",
        "- (DESPITE $) *  [054]",
        "- * TALKS  [---]",
        "",
        "--- MEET  [040:040]  ---",
        "MEET {MET MEETING}",
        "+CORDON_OFF {+CORDONED_OFF}  [144]",
        "- * SURRENDER  [:080]",
        "",
        "~ a (b . ATTACK) SAY = a b 112",
    ];

    private static void Has(IEnumerable<string> set, string value) => Assert.Contains(value, set);

    private static PetrarchVerbDictionary Load() => PetrarchVerbDictionary.Parse("snippet.verbs.txt", Snippet);

    private static EventPattern Find(PetrarchVerbDictionary d, string code, string? text = null) =>
        d.Patterns.First(p => p.Code == code && (text is null || p.Text.Contains(text, StringComparison.Ordinal)));

    [Fact]
    public void Reports_blocks_verbs_patterns_skips_and_transformations()
    {
        var report = Load().Report;
        Assert.Equal(1, report.Synsets);
        Assert.Equal(2, report.Blocks);
        Assert.Equal(3, report.Verbs);
        Assert.Equal(7, report.PatternLines);
        Assert.Equal(1, report.SkippedLines);
        Assert.Equal(6, report.ConvertedLines);
        Assert.Equal(1, report.Transformations);
        Assert.Equal(1, report.SkipReasons["prepositional phrase before the verb"]);
    }

    [Fact]
    public void A_noun_phrase_becomes_a_head_word_with_modifiers_and_multiword_synset_members_become_variants()
    {
        var d = Load();
        var variants = d.Patterns.Where(p => p.Code == "051").ToList();
        Assert.Equal(2, variants.Count); // single-word members in one set, "TRADE_LINKS" as its own variant
        var first = variants[0];
        Assert.Equal(ElementKind.Source, first.Elements[0].Kind);
        Has(first.Trigger.Lemmas, "restore");
        var noun = first.Elements[first.TriggerIndex + 1];
        Has(noun.Lemmas, "ties");
        Has(noun.Lemmas, "tie");
        Has(noun.Lemmas, "relation");
        Has(Assert.Single(noun.Modifiers), "diplomatic");
        var trade = variants[1].Elements[variants[1].TriggerIndex + 1];
        Has(trade.Lemmas, "link");
        Assert.Equal(2, trade.Modifiers.Count); // diplomatic, trade
    }

    [Fact]
    public void Prepositional_phrases_slots_and_compound_markers_map_onto_elements()
    {
        var d = Load();
        var with = Find(d, "052");
        Assert.Equal([ElementKind.Source, ElementKind.Word, ElementKind.Marker, ElementKind.Target], with.Elements.Select(e => e.Kind));
        Assert.Equal("with", with.Elements[2].Text);
        var passive = Find(d, "080", "FROM");
        Assert.Equal(ElementKind.Target, passive.Elements[0].Kind); // "+ *": the subject is the target
        Assert.Equal(ElementKind.Source, passive.Elements[^1].Kind);
        Assert.True(Find(d, "053").Reciprocal);
        Assert.True(Find(d, "---", "TALKS").Exclusion);
        Assert.DoesNotContain(d.Patterns, p => p.Code == "054");
    }

    [Fact]
    public void Codes_with_a_colon_code_the_mirror_event_and_verb_forms_and_particles_are_kept()
    {
        var d = Load();
        var meet = d.Patterns.First(p => p.Trigger.Lemmas.Contains("meet") && p.Elements.Count == 2);
        Assert.Equal("040", meet.Code);
        Assert.Equal("040", meet.ReverseCode);
        Assert.True(meet.Reciprocal);
        Has(meet.Trigger.Lemmas, "met");
        var surrender = d.Patterns.First(p => p.Text.Contains("SURRENDER", StringComparison.Ordinal) && p.Trigger.Lemmas.Contains("meet"));
        Assert.Equal("", surrender.Code);
        Assert.Equal("080", surrender.ReverseCode);
        var cordon = d.Patterns.First(p => p.Trigger.Lemmas.Contains("cordon") && p.Code == "144");
        Has(cordon.Trigger.Lemmas, "cordoned");
        Assert.Equal(ElementKind.Marker, cordon.Elements[cordon.TriggerIndex + 1].Kind);
        Assert.Equal("off", cordon.Elements[cordon.TriggerIndex + 1].Text);
    }

    [Fact]
    public void The_coder_runs_converted_patterns_with_mirror_events_and_implicit_targets()
    {
        var dictionary = Load().ToEventDictionary();
        var arnor = new ActorRef("ARN", "ARN", []);
        var gondor = new ActorRef("GON", "GON", []);
        var doc = ParsedDocument.Build("""
            1	Arnor	Arnor	PROPN	_	_	2	nsubj	_	_
            2	met	meet	VERB	_	_	0	root	_	_
            3	Gondor	Gondor	PROPN	_	_	2	obj	_	SpaceAfter=No
            4	.	.	PUNCT	_	_	2	punct	_	_

            1	Arnor	Arnor	PROPN	_	_	2	nsubj	_	_
            2	restored	restore	VERB	_	_	0	root	_	_
            3	diplomatic	diplomatic	ADJ	_	_	4	amod	_	_
            4	ties	tie	NOUN	_	_	2	obj	_	_
            5	with	with	ADP	_	_	6	case	_	_
            6	Gondor	Gondor	PROPN	_	_	4	nmod	_	SpaceAfter=No
            7	.	.	PUNCT	_	_	2	punct	_	_

            """, new DateOnly(1995, 1, 1), ("Arnor", arnor), ("Gondor", gondor));
        new EventCoder(dictionary, CameoCodebook.LoadDefault(), PetrarchEvaluator.CoderOptions(requireDyad: true)).Annotate(doc);
        var triples = doc.Layers.Get(AnnotationLayers.Events).Events.Select(e => $"{e.Source.Actor?.Code} {e.Target?.Actor?.Code} {e.Cameo}").Order().ToList();
        Assert.Equal(["ARN GON 040", "ARN GON 051", "GON ARN 040"], triples);
    }

    [Fact]
    public void Negation_follows_the_internal_coding_ontology()
    {
        // Hand-written lines in the ontology's format.
        var negation = PetrarchNegation.Parse(["# header", "010:0x1000#Say", "011:0x1000-0xFFFF", "050:0x0080", "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove"]);
        Assert.Equal("050", negation.Negate("110"));
        Assert.Equal("011", negation.Negate("010"));
        Assert.Null(negation.Negate("050"));
    }

    [Fact]
    public void Suite_records_parse_and_score_as_exact_multisets()
    {
        var record = PetrarchSuite.Parse("""
            {"id": "X-1", "seq": 1, "category": "DEMO", "date": "19950101", "date_iso": "1995-01-01", "text": "Arnor met Gondor.",
             "expected_events": [{"source": "ARN", "target": "GON", "code": "040"}, {"source": "GON", "target": "ARN", "code": "040"}],
             "expected_error": null, "evaluated": true, "config": {"require_dyad": "false"}, "flags": []}
            """);
        Assert.Equal(new DateOnly(1995, 1, 1), record.Date);
        Assert.False(record.RequireDyad);
        Assert.True(PetrarchSuite.Passes(record, [new("GON", "ARN", "040"), new("ARN", "GON", "040")], null));
        Assert.False(PetrarchSuite.Passes(record, [new("ARN", "GON", "040")], null));
        Assert.False(PetrarchSuite.Passes(record, [new("ARN", "GON", "040"), new("GON", "ARN", "040"), new("ARN", "GON", "040")], null));
    }
}
