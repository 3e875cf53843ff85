using EventDesk.Text;

namespace EventDesk.Web.Tests;

/// <summary>
/// A tiny keyword coder for the web tests' data: it stands in for the layers the real pipeline
/// does not produce yet (entities, places, events), so the dashboard has something to show.
/// It adds only the layers the pipeline lacks, and is never used outside tests. Thread-safe.
/// </summary>
internal sealed class FixtureCoder(IReadOnlyList<LayerKey> produces) : IAnnotator
{
    public string Name => "web-test-fixture-coder";

    public string Version => "1";

    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = produces;

    private static readonly (string Surface, ActorRef Actor)[] Actors =
    [
        ("Afghan", A("AFGGOV")), ("Atmar", A("AFGGOV", "Mohammad Haneef Atmar")), ("Taliban", A("AFGINS", "Taliban")),
        ("Pakistani", A("PAKGOV")), ("Pakistan", A("PAKGOV")), ("Khan", A("PAKGOV", "Imran Khan")),
        ("European Union", A("IGOEU", "European Union")), ("EU ", A("IGOEU", "European Union")), ("Belarus", A("BLRGOV")),
        ("Belarusian", A("BLRGOV")), ("Lithuania", A("LTUGOV")), ("Gunmen", A("MLIREB", "gunmen")), ("militants", A("MLIREB", "militants")),
        ("soldiers", A("MLIMIL")), ("military post", A("MLIMIL")), ("United Nations", A("IGOUNO", "United Nations")),
        ("Guterres", A("IGOUNO", "António Guterres")), ("France", A("FRAGOV")), ("Ukrainian", A("UKRGOV")), ("Zelenskyy", A("UKRGOV", "Volodymyr Zelenskyy")),
        ("Ukraine", A("UKRGOV")), ("Russian forces", A("RUSMIL")), ("Russian", A("RUSGOV")), ("Moscow", A("RUSGOV")), ("Kremlin", A("RUSGOV")),
        ("Atomic Energy Agency", A("IGOIAEA", "IAEA")), ("demonstrators", A("KENCVL", "demonstrators")), ("police", A("KENCOP", "police")),
        ("Odinga", A("KENOPP", "Raila Odinga")), ("Interior Ministry", A("KENGOV")), ("Human rights groups", A("---NGO", "human rights groups")),
        ("Japanese", A("JPNGOV")), ("Kishida", A("JPNGOV", "Fumio Kishida")), ("Japan", A("JPNGOV")), ("Biden", A("USAGOV", "Joe Biden")),
        ("White House", A("USAGOV")), ("United States", A("USAGOV")), ("North Korea", A("PRKGOV")), ("China", A("CHNGOV")),
        ("Sudanese army", A("SDNMIL")), ("Rapid Support Forces", A("SDNREB", "RSF")), ("Ethiopia", A("ETHGOV")), ("Egypt", A("EGYGOV")),
        ("Israel", A("ISRGOV")), ("Hamas", A("PSEINS", "Hamas")), ("Qatar", A("QATGOV")), ("Turkey", A("TURGOV")), ("Iran", A("IRNGOV")),
        ("Colombia", A("COLGOV")), ("Venezuela", A("VENGOV")), ("India", A("INDGOV")), ("Brazil", A("BRAGOV")), ("Germany", A("DEUGOV")),
    ];

    private static readonly (string Word, string Cameo, int Quad, double Goldstein, string Plover)[] Triggers =
    [
        ("met", "040", 1, 1.0, "CONSULT"), ("talks", "043", 1, 2.8, "CONSULT"), ("visit", "042", 1, 1.9, "CONSULT"),
        ("agreed", "057", 1, 8.0, "AGREE"), ("welcomed", "051", 1, 3.4, "SUPPORT"), ("praised", "051", 1, 3.4, "SUPPORT"),
        ("provide", "073", 2, 7.4, "AID"), ("delivered aid", "070", 2, 7.0, "AID"), ("released", "0841", 2, 7.0, "RETREAT"),
        ("condemned", "111", 3, -2.0, "DISAPPROVE"), ("accused", "112", 3, -2.0, "ACCUSE"), ("criticised", "111", 3, -2.0, "DISAPPROVE"),
        ("threatened", "130", 3, -4.4, "THREATEN"), ("protest", "141", 3, -6.5, "PROTEST"), ("opposed", "110", 3, -2.0, "DISAPPROVE"),
        ("sanctions", "163", 4, -8.0, "SANCTION"), ("attacked", "190", 4, -10.0, "ASSAULT"), ("shelled", "194", 4, -10.0, "ASSAULT"),
        ("arrested", "173", 4, -5.0, "COERCE"), ("fired tear gas", "175", 4, -9.0, "COERCE"), ("seized", "192", 4, -9.5, "SEIZE"),
    ];

    private static readonly GeoPlace[] Places =
    [
        new("Islamabad", "PAK", 33.69, 73.05), new("Kabul", "AFG", 34.53, 69.17), new("Brussels", "BEL", 50.85, 4.35),
        new("Minsk", "BLR", 53.90, 27.57), new("Bamako", "MLI", 12.64, -8.00), new("Mali", "MLI", 14.50, -4.00),
        new("Istanbul", "TUR", 41.01, 28.98), new("Nikopol", "UKR", 47.57, 34.40), new("Kyiv", "UKR", 50.45, 30.52),
        new("Nairobi", "KEN", -1.29, 36.82), new("Washington", "USA", 38.90, -77.04), new("Khartoum", "SDN", 15.50, 32.56),
        new("Addis Ababa", "ETH", 9.03, 38.74), new("Cairo", "EGY", 30.04, 31.24), new("Gaza", "PSE", 31.50, 34.47),
        new("Doha", "QAT", 25.29, 51.53), new("Ankara", "TUR", 39.93, 32.86), new("Tehran", "IRN", 35.69, 51.39),
        new("Bogota", "COL", 4.71, -74.07), new("Caracas", "VEN", 10.48, -66.90), new("New Delhi", "IND", 28.61, 77.21),
        new("Brasilia", "BRA", -15.79, -47.88), new("Berlin", "DEU", 52.52, 13.40),
    ];

    private static ActorRef A(string code, string? name = null) =>
        new(code, code[..3] == "---" ? null : code[..3], code.Length > 3 ? Enumerable.Range(0, (code.Length - 3) / 3).Select(i => code.Substring(3 + i * 3, 3)).ToList() : [], name);

    public void Annotate(Document document)
    {
        var text = document.Text;
        var entities = new List<EntityMention>();
        var places = new List<GeoPlace>();
        var events = new List<CodedEvent>();
        foreach (var place in Places)
        {
            if (text.Contains(place.Name, StringComparison.Ordinal))
            {
                places.Add(place);
            }
        }
        foreach (var sentence in document.Sentences)
        {
            var (start, end) = (sentence.Span.Start, sentence.Span.End);
            var s = text[start..end];
            var found = new List<(int At, int Entity, EntityMention Mention)>();
            foreach (var (surface, actor) in Actors)
            {
                var at = s.IndexOf(surface, StringComparison.Ordinal);
                if (at < 0 || found.Any(f => at < f.Mention.Span.End - start && at + surface.Length > f.Mention.Span.Start - start))
                {
                    continue;
                }
                var m = new EntityMention(new TextSpan(start + at, surface.TrimEnd().Length), EntityType.Organization, surface.TrimEnd(), actor.Name ?? surface.TrimEnd(), null, actor);
                found.Add((at, entities.Count, m));
                entities.Add(m);
            }
            foreach (var place in Places)
            {
                var at = s.IndexOf(place.Name, StringComparison.Ordinal);
                if (at >= 0 && !found.Any(f => at < f.Mention.Span.End - start && at + place.Name.Length > f.Mention.Span.Start - start))
                {
                    entities.Add(new EntityMention(new TextSpan(start + at, place.Name.Length), EntityType.Location, place.Name, place.Name, Place: place));
                }
            }
            found.Sort((a, b) => a.At.CompareTo(b.At));
            var trigger = Triggers.Select(t => (t, At: s.IndexOf(t.Word, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).FirstOrDefault();
            if (trigger.t.Word is null || found.Count == 0)
            {
                continue;
            }
            var (word, cameo, quad, goldstein, plover) = trigger.t;
            var source = found.LastOrDefault(f => f.At < trigger.At);
            if (source.Mention is null)
            {
                source = found[0];
            }
            var target = found.FirstOrDefault(f => f.At > trigger.At && f.Mention.Actor!.Code != source.Mention.Actor!.Code);
            var location = Places.FirstOrDefault(p => s.Contains(p.Name, StringComparison.Ordinal)) ?? places.FirstOrDefault();
            events.Add(new CodedEvent(sentence.Index, cameo, cameo[..2], quad, goldstein, new PloverCode(plover, null),
                Participant(source), target.Mention is null ? null : Participant(target), location, null, false, EventModality.Asserted,
                new TextSpan(start + trigger.At, word.Length), $"fixture:{word}"));
        }
        var provenance = new LayerProvenance(Name, Version);
        if (Produces.Contains(AnnotationLayers.Entities))
        {
            document.Layers.Add(AnnotationLayers.Entities, new EntityLayer(entities), provenance);
        }
        if (Produces.Contains(AnnotationLayers.Places))
        {
            document.Layers.Add(AnnotationLayers.Places, new PlaceLayer(places), provenance);
        }
        if (Produces.Contains(AnnotationLayers.Events))
        {
            document.Layers.Add(AnnotationLayers.Events, new EventLayer(events), provenance);
        }
    }

    private static Participant Participant((int At, int Entity, EntityMention Mention) f) =>
        new(f.Mention.Span, f.Mention.Text, f.Mention.CanonicalName, f.Entity, f.Mention.Actor);

    /// <summary>The default pipeline plus this coder for whichever of entities, places and events it does not produce.</summary>
    public static Pipeline Extend(Pipeline pipeline)
    {
        var produced = pipeline.Produces.ToHashSet();
        var missing = new LayerKey[] { AnnotationLayers.Entities, AnnotationLayers.Places, AnnotationLayers.Events }.Where(k => !produced.Contains(k)).ToList();
        var builder = new PipelineBuilder();
        foreach (var a in pipeline.Annotators)
        {
            builder.Add(a);
        }
        if (missing.Count > 0)
        {
            builder.Add(new FixtureCoder(missing));
        }
        return builder.Build();
    }
}
