using EventDesk.Storage;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Storage.Tests;

/// <summary>Hand-built documents with coded events, since the event coder does not exist yet.</summary>
internal static class TestDocuments
{
    public static readonly ActorRef Rus = new("RUSGOV", "RUS", ["GOV"], "Sergei Lavrov", "foreign minister");
    public static readonly ActorRef Afg = new("AFGGOV", "AFG", ["GOV"], "Afghan government");
    public static readonly GeoPlace Moscow = new("Moscow", "RUS", 55.7558, 37.6173, "524901");

    public static Document Make(string text, DateOnly date, string? url = null, params CodedEvent[] events)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))[..8]);
        var doc = new Document(hash, text, new DocumentMetadata { Source = url ?? "test", Date = date, Url = url, Title = "T " + hash[..4] });
        new NewsTokenizer().Annotate(doc);
        doc.Layers.Add(AnnotationLayers.Events, new EventLayer(events), new LayerProvenance("test-coder", "0"));
        doc.Layers.Add(AnnotationLayers.Quotes, new QuoteLayer(
            [new Quote(new TextSpan(0, Math.Min(20, text.Length)), 0, QuoteKind.Direct, null, "said",
                new Participant(new TextSpan(0, 6), "Lavrov", "Sergei Lavrov", null, Rus), null)]),
            new LayerProvenance("test-quotes", "0"));
        doc.Layers.Add(AnnotationLayers.Entities, new EntityLayer(
            [new EntityMention(new TextSpan(0, 6), EntityType.Person, "Lavrov", "Sergei Lavrov", "foreign minister", Rus)]),
            new LayerProvenance("test-ner", "0"));
        return doc;
    }

    public static CodedEvent Consult(DateOnly? date = null, string cameo = "040", GeoPlace? place = null) => new(
        0, cameo, cameo[..2], 1, 1.0, new PloverCode("CONSULT", "visit"),
        new Participant(new TextSpan(0, 6), "Lavrov", "Sergei Lavrov", 0, Rus),
        new Participant(new TextSpan(10, 6), "Kabul", "Afghan government", null, Afg),
        place ?? Moscow, date, false, EventModality.Asserted, new TextSpan(7, 2), "test:consult");

    public static DocumentInfo Info(Document d, double tone = -1.5) =>
        new(d.Id, null, Enumerable.Range(0, 64).Select(i => (uint)(d.Id.GetHashCode() + i)).ToArray(), tone, DateTimeOffset.UtcNow);
}
