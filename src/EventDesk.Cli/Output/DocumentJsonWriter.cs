using System.Text.Encodings.Web;
using System.Text.Json;
using EventDesk.Coding;
using EventDesk.Coding.Actors;
using EventDesk.Text;

namespace EventDesk.Cli.Output;

/// <summary>
/// Streams documents as the public JSON contract <c>eventdesk/v1</c> (docs/json-schema.md).
/// Offsets are UTF-16 code-unit offsets into the document text. Not thread-safe.
/// </summary>
public sealed class DocumentJsonWriter : IDocumentOutput
{
    public const string Schema = "eventdesk/v1";

    private readonly TextWriter _target;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    public DocumentJsonWriter(TextWriter target)
    {
        _target = target;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = true,
            // News text is untrusted, but this is data, not HTML: keep it readable and escape only what JSON needs.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        _json.WriteStartObject();
        _json.WriteString("schema", Schema);
        _json.WriteStartArray("documents");
    }

    public void Write(Document document)
    {
        WriteDocument(_json, document);
        Flush();
    }

    public static void WriteDocument(Utf8JsonWriter json, Document document)
    {
        var meta = document.Metadata;
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        json.WriteString("source", meta.Source);
        WriteNullable(json, "title", meta.Title);
        WriteDateline(json, document);
        WriteNullable(json, "date", meta.Date?.ToString("yyyy-MM-dd"));
        WriteSentences(json, document);
        WriteEntities(json, document);
        WriteQuotes(json, document);
        WriteEvents(json, document);
        json.WriteStartArray("places");
        if (document.Layers.TryGet(AnnotationLayers.Places, out var places))
        {
            foreach (var place in places.Places)
            {
                json.WriteStartObject();
                WritePlaceFields(json, place);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>{start,end,text,type,name,role,actor:{code,country,sectors,name,role}|null,place:{name,country,lat,lon}|null}</summary>
    private static void WriteEntities(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("entities");
        if (document.Layers.TryGet(AnnotationLayers.Entities, out var entities))
        {
            foreach (var m in entities.Mentions)
            {
                json.WriteStartObject();
                json.WriteNumber("start", m.Span.Start);
                json.WriteNumber("end", m.Span.End);
                json.WriteString("text", m.Text);
                json.WriteString("type", m.Type switch
                {
                    EntityType.Person => "PER",
                    EntityType.Organization => "ORG",
                    EntityType.Location => "LOC",
                    EntityType.Nationality => "NORP",
                    _ => "MISC",
                });
                WriteNullable(json, "name", m.CanonicalName);
                WriteNullable(json, "role", string.IsNullOrEmpty(m.Role) ? null : m.Role);
                if (m.Actor is { } actor)
                {
                    json.WriteStartObject("actor");
                    WriteActorCode(json, actor);
                    WriteNullable(json, "name", actor.Name);
                    WriteNullable(json, "role", string.IsNullOrEmpty(actor.Role) ? null : actor.Role);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("actor");
                }
                WritePlace(json, "place", m.Place);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("events");
        if (document.Layers.TryGet(AnnotationLayers.Events, out var events))
        {
            foreach (var e in events.Events)
            {
                json.WriteStartObject();
                json.WriteNumber("sentence", e.Sentence);
                json.WriteString("cameo", e.Cameo);
                json.WriteString("root", e.Root);
                json.WriteNumber("quad", e.QuadClass);
                json.WriteNumber("goldstein", e.Goldstein);
                if (e.Plover is { } plover)
                {
                    json.WriteStartObject("plover");
                    json.WriteString("type", plover.Type);
                    WriteNullable(json, "mode", plover.Mode);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("plover");
                }
                WriteEventActor(json, "source", e.Source);
                WriteEventActor(json, "target", e.Target);
                WritePlace(json, "location", e.Location);
                WriteNullable(json, "date", e.Date?.ToString("yyyy-MM-dd"));
                json.WriteBoolean("negated", e.Negated);
                json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
                json.WriteStartObject("trigger");
                json.WriteString("text", document.Slice(e.Trigger));
                json.WriteNumber("start", e.Trigger.Start);
                json.WriteNumber("end", e.Trigger.End);
                json.WriteEndObject();
                json.WriteString("rule", e.Rule);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
    }

    /// <summary>An event actor, flat: {text,start,end,name,code,country,sectors,role}.</summary>
    private static void WriteEventActor(Utf8JsonWriter json, string name, Participant? participant)
    {
        if (participant is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", participant.Text);
        json.WriteNumber("start", participant.Span.Start);
        json.WriteNumber("end", participant.Span.End);
        WriteNullable(json, "name", participant.Name ?? participant.Actor?.Name);
        var actor = participant.Actor ?? ActorRef.Unknown;
        WriteActorCode(json, actor);
        WriteNullable(json, "role", actor.Role);
        json.WriteEndObject();
    }

    /// <summary>The actor's code and its parts: code, country, sectors.</summary>
    private static void WriteActorCode(Utf8JsonWriter json, ActorRef actor)
    {
        json.WriteString("code", actor.Code);
        WriteNullable(json, "country", actor.Country);
        json.WriteStartArray("sectors");
        foreach (var sector in actor.Sectors)
        {
            json.WriteStringValue(sector);
        }
        json.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter json, string name, GeoPlace? place)
    {
        if (place is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        WritePlaceFields(json, place);
        json.WriteEndObject();
    }

    private static void WritePlaceFields(Utf8JsonWriter json, GeoPlace place)
    {
        json.WriteString("name", place.Name);
        WriteNullable(json, "country", place.Country);
        if (place.Latitude is { } lat && place.Longitude is { } lon)
        {
            json.WriteNumber("lat", Math.Round(lat, 5));
            json.WriteNumber("lon", Math.Round(lon, 5));
        }
        else
        {
            json.WriteNull("lat");
            json.WriteNull("lon");
        }
    }

    private static void WriteQuotes(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("quotes");
        if (document.Layers.TryGet(AnnotationLayers.Quotes, out var quotes))
        {
            foreach (var quote in quotes.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("text", document.Slice(quote.Span));
                json.WriteNumber("start", quote.Span.Start);
                json.WriteNumber("end", quote.Span.End);
                json.WriteNumber("sentence", quote.Sentence);
                json.WriteString("kind", quote.Kind switch
                {
                    QuoteKind.Direct => "direct",
                    QuoteKind.Partial => "partial",
                    _ => "indirect",
                });
                WriteNullable(json, "cue", quote.Cue);
                WriteParticipant(json, "speaker", document, quote.Speaker);
                WriteParticipant(json, "addressee", document, quote.Addressee);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
    }

    private static void WriteParticipant(Utf8JsonWriter json, string name, Document document, Participant? participant)
    {
        if (participant is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", participant.Text);
        json.WriteNumber("start", participant.Span.Start);
        json.WriteNumber("end", participant.Span.End);
        WriteNullable(json, "name", participant.Name);
        if (participant.Entity is { } entity)
        {
            json.WriteNumber("entity", entity);
        }
        else
        {
            json.WriteNull("entity");
        }
        if (participant.Actor is { } actor)
        {
            json.WriteStartObject("actor");
            WriteActorCode(json, actor);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("actor");
        }
        json.WriteEndObject();
    }

    private static void WriteDateline(Utf8JsonWriter json, Document document)
    {
        if (!document.Layers.TryGet(CoreLayers.Dateline, out var dateline) || !dateline.IsPresent)
        {
            json.WriteNull("dateline");
            return;
        }
        json.WriteStartObject("dateline");
        json.WriteString("text", document.Substring(dateline.Span));
        json.WriteNumber("start", dateline.Span.Start);
        json.WriteNumber("end", dateline.Span.End);
        json.WriteString("place", dateline.Place);
        WriteNullable(json, "country", document.Layers.TryGet(ActorLayers.Index, out var actorIndex) ? actorIndex.DatelinePlace?.Country : null);
        WriteNullable(json, "agency", dateline.Agency);
        WriteNullable(json, "date_text", dateline.DateText);
        document.Layers.TryGet(CodingLayers.TimeExpressions, out var times);
        WriteNullable(json, "date", times?.DatelineDate?.ToString("yyyy-MM-dd"));
        json.WriteEndObject();
    }

    private static void WriteSentences(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("sentences");
        if (document.Layers.TryGet(CoreLayers.Sentences, out var sentences))
        {
            foreach (var sentence in sentences)
            {
                json.WriteStartObject();
                json.WriteNumber("index", sentence.Index);
                json.WriteNumber("start", sentence.Span.Start);
                json.WriteNumber("end", sentence.Span.End);
                json.WriteNumber("paragraph", sentence.Paragraph);
                json.WriteString("text", document.Slice(sentence.Span));
                TokenJson.WriteTokens(json, document, sentence);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private void Flush()
    {
        _json.Flush();
        if (_buffer.Length == 0)
        {
            return;
        }
        _buffer.Position = 0;
        using (var reader = new StreamReader(_buffer, leaveOpen: true))
        {
            _target.Write(reader.ReadToEnd());
        }
        _buffer.SetLength(0);
    }

    public void Dispose()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        Flush();
        _target.WriteLine();
        _target.Flush();
        _json.Dispose();
    }
}
