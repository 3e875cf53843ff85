using System.Text.Encodings.Web;
using System.Text.Json;
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
        json.WriteStartArray("entities");
        json.WriteEndArray();
        json.WriteStartArray("quotes");
        json.WriteEndArray();
        json.WriteStartArray("events");
        json.WriteEndArray();
        json.WriteStartArray("places");
        json.WriteEndArray();
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
        json.WriteNull("country");
        WriteNullable(json, "agency", dateline.Agency);
        WriteNullable(json, "date_text", dateline.DateText);
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
