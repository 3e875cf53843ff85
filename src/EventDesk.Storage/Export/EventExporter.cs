using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parquet.Serialization;

namespace EventDesk.Storage.Export;

public enum ExportFormat
{
    /// <summary>Aggregated events as the 61-column GDELT 2.0 event table (tab-separated, no header).</summary>
    Gdelt,
    /// <summary>Event mentions as CSV with a header row.</summary>
    Csv,
    /// <summary>Event mentions as JSON Lines.</summary>
    Jsonl,
    /// <summary>Event mentions as Parquet.</summary>
    Parquet,
}

/// <summary>Writes events from a store in the export formats. Stateless and thread-safe.</summary>
public static class EventExporter
{
    /// <summary>Exports and returns the number of rows written.</summary>
    public static int Export(IEventStore store, EventFilter filter, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Gdelt:
            {
                var rows = store.QueryAggregated(filter);
                using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                foreach (var row in rows)
                {
                    w.WriteLine(string.Join('\t', GdeltRow(row)));
                }
                return rows.Count;
            }
            case ExportFormat.Csv:
            {
                var rows = store.QueryEvents(filter);
                using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                w.WriteLine(string.Join(',', MentionHeader));
                foreach (var row in rows)
                {
                    w.WriteLine(string.Join(',', MentionValues(row).Select(v => Csv(Format(v)))));
                }
                return rows.Count;
            }
            case ExportFormat.Jsonl:
            {
                var rows = store.QueryEvents(filter);
                var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                foreach (var row in rows)
                {
                    using (var json = new Utf8JsonWriter(output, options))
                    {
                        json.WriteStartObject();
                        var values = MentionValues(row);
                        for (var i = 0; i < MentionHeader.Length; i++)
                        {
                            WriteValue(json, MentionHeader[i], values[i]);
                        }
                        json.WriteEndObject();
                    }
                    output.WriteByte((byte)'\n');
                }
                return rows.Count;
            }
            case ExportFormat.Parquet:
            {
                var rows = store.QueryEvents(filter).Select(ParquetEvent.From).ToList();
                ParquetSerializer.SerializeAsync(rows, output).GetAwaiter().GetResult();
                return rows.Count;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>One aggregated event as the 61 GDELT fields; fields EventDesk has no value for are empty.</summary>
    public static string[] GdeltRow(AggregatedEventRow e)
    {
        var f = new string[61];
        Array.Fill(f, "");
        DateOnly? day = DateOnly.TryParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        f[0] = e.Id.ToString(CultureInfo.InvariantCulture);
        if (day is { } dd)
        {
            f[1] = dd.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            f[2] = dd.ToString("yyyyMM", CultureInfo.InvariantCulture);
            f[3] = dd.Year.ToString(CultureInfo.InvariantCulture);
            f[4] = (dd.Year + (dd.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
        }
        FillActor(f, 5, e.SourceCode, e.SourceName, e.SourceCountry);
        FillActor(f, 15, e.TargetCode, e.TargetName, e.TargetCountry);
        f[25] = e.IsRootEvent ? "1" : "0";
        f[26] = e.Cameo;
        f[27] = e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo;
        f[28] = e.Root;
        f[29] = e.QuadClass.ToString(CultureInfo.InvariantCulture);
        f[30] = e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
        f[31] = e.NumMentions.ToString(CultureInfo.InvariantCulture);
        f[32] = e.NumSources.ToString(CultureInfo.InvariantCulture);
        f[33] = e.NumArticles.ToString(CultureInfo.InvariantCulture);
        f[34] = e.AvgTone?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
        if (e.Location is not null)
        {
            // ActionGeo only: EventDesk geocodes where the event happened, not each actor's home.
            f[51] = e.Latitude is null ? "" : "4";
            f[52] = e.Location;
            f[53] = e.LocationCountry ?? "";
            f[56] = e.Latitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
            f[57] = e.Longitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        }
        f[59] = DateTimeOffset.TryParse(e.FirstSeen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var added)
            ? added.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : "";
        f[60] = Clean(e.SourceUrl);
        for (var i = 0; i < f.Length; i++)
        {
            f[i] = Clean(f[i]);
        }
        return f;
    }

    private static void FillActor(string[] f, int at, string? code, string? name, string? country)
    {
        f[at] = code ?? "";
        f[at + 1] = name?.ToUpperInvariant() ?? "";
        f[at + 2] = country ?? "";
        if (code is not null && country is not null && code.StartsWith(country, StringComparison.Ordinal))
        {
            var sectors = code[country.Length..];
            for (var i = 0; i < 3 && sectors.Length >= (i + 1) * 3; i++)
            {
                f[at + 7 + i] = sectors.Substring(i * 3, 3);
            }
        }
    }

    /// <summary>Tabs and newlines would break the row structure.</summary>
    private static string Clean(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    public static readonly string[] MentionHeader =
    [
        "id", "document_id", "sentence", "date", "cameo", "root", "quad_class", "goldstein", "plover_type", "plover_mode",
        "source_code", "source_name", "target_code", "target_name", "location", "location_country", "lat", "lon",
        "trigger_start", "trigger_length", "rule", "negated", "modality", "url", "tone", "sentence_text",
    ];

    private static object?[] MentionValues(EventRow e) =>
    [
        e.Id, e.DocumentId, e.Sentence, e.Date, e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.PloverType, e.PloverMode,
        e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Location, e.LocationCountry, e.Latitude, e.Longitude,
        e.TriggerStart, e.TriggerLength, e.Rule, e.Negated, e.Modality, e.Url, e.Tone, e.SentenceText,
    ];

    private static string Format(object? v) => v switch
    {
        null => "",
        double x => x.ToString("0.######", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    private static void WriteValue(Utf8JsonWriter json, string name, object? v)
    {
        switch (v)
        {
            case null: json.WriteNull(name); break;
            case bool b: json.WriteBoolean(name, b); break;
            case int i: json.WriteNumber(name, i); break;
            case long l: json.WriteNumber(name, l); break;
            case double d: json.WriteNumber(name, d); break;
            default: json.WriteString(name, v.ToString()); break;
        }
    }

    /// <summary>The Parquet row shape (flat, nullable columns).</summary>
    public sealed class ParquetEvent
    {
        public long Id { get; set; }
        public string DocumentId { get; set; } = "";
        public int Sentence { get; set; }
        public string? Date { get; set; }
        public string Cameo { get; set; } = "";
        public string Root { get; set; } = "";
        public int QuadClass { get; set; }
        public double Goldstein { get; set; }
        public string? PloverType { get; set; }
        public string? SourceCode { get; set; }
        public string? SourceName { get; set; }
        public string? TargetCode { get; set; }
        public string? TargetName { get; set; }
        public string? Location { get; set; }
        public double? Lat { get; set; }
        public double? Lon { get; set; }
        public int TriggerStart { get; set; }
        public int TriggerLength { get; set; }
        public string Rule { get; set; } = "";
        public string? Url { get; set; }
        public double? Tone { get; set; }

        public static ParquetEvent From(EventRow e) => new()
        {
            Id = e.Id, DocumentId = e.DocumentId, Sentence = e.Sentence, Date = e.Date, Cameo = e.Cameo, Root = e.Root,
            QuadClass = e.QuadClass, Goldstein = e.Goldstein, PloverType = e.PloverType, SourceCode = e.SourceCode,
            SourceName = e.SourceName, TargetCode = e.TargetCode, TargetName = e.TargetName, Location = e.Location,
            Lat = e.Latitude, Lon = e.Longitude, TriggerStart = e.TriggerStart, TriggerLength = e.TriggerLength, Rule = e.Rule,
            Url = e.Url, Tone = e.Tone,
        };
    }
}
