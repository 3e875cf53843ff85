using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventDesk.Storage;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk events</c>: coded event mentions from the desk database, filtered.</summary>
public static class EventsCommand
{
    /// <summary>The event filter options, shared with <c>export</c>.</summary>
    internal sealed class FilterOptions
    {
        public Option<string?> Source { get; } = new("--source") { Description = "Source actor code prefix, e.g. RUS or RUSGOV." };
        public Option<string?> Target { get; } = new("--target") { Description = "Target actor code prefix, e.g. AFG." };
        public Option<string?> Root { get; } = new("--root") { Description = "CAMEO root code, e.g. 04 (consult)." };
        public Option<int?> Quad { get; } = new("--quad") { Description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict." };
        public Option<DateOnly?> Since { get; } = DateOption("--since", "Events on or after this date (YYYY-MM-DD).");
        public Option<DateOnly?> Until { get; } = DateOption("--until", "Events on or before this date (YYYY-MM-DD).");
        public Option<string?> Place { get; } = new("--place") { Description = "Events whose location name contains this text." };
        public Option<string?> Text { get; } = new("--text") { Description = "Events from documents matching this full-text query (SQLite FTS5 syntax)." };
        public Option<double?> MinTone { get; } = new("--min-tone") { Description = "Events from documents with tone at least this (GDELT AvgTone scale)." };
        public Option<double?> MaxTone { get; } = new("--max-tone") { Description = "Events from documents with tone at most this." };

        public void AddTo(Command c)
        {
            foreach (var o in new Option[] { Source, Target, Root, Quad, Since, Until, Place, Text, MinTone, MaxTone })
            {
                c.Options.Add(o);
            }
        }

        public EventFilter Read(ParseResult p, int limit) => new()
        {
            Source = p.GetValue(Source), Target = p.GetValue(Target), Root = p.GetValue(Root), Quad = p.GetValue(Quad),
            Since = p.GetValue(Since), Until = p.GetValue(Until), Place = p.GetValue(Place), Text = p.GetValue(Text),
            MinTone = p.GetValue(MinTone), MaxTone = p.GetValue(MaxTone), Limit = limit,
        };

        private static Option<DateOnly?> DateOption(string name, string description) => new(name)
        {
            Description = description,
            CustomParser = r =>
            {
                var token = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return d;
                }
                r.AddError($"{name} '{token}' is not a date in the form YYYY-MM-DD.");
                return null;
            },
        };
    }

    public static Command Create()
    {
        var filters = new FilterOptions();
        var db = DeskOptions.Db();
        var format = DeskOptions.Format();
        var limit = DeskOptions.Limit(100);
        var command = new Command("events", "List coded events (one row per mention) from the desk database.") { db, format, limit };
        filters.AddTo(command);
        command.SetAction(p =>
        {
            using var store = DeskOptions.OpenStore(p.GetValue(db)!, Console.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.DataError;
            }
            return Run(store, filters.Read(p, p.GetValue(limit)), p.GetValue(format)!, Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(IEventStore store, EventFilter filter, string format, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<EventRow> rows;
        try
        {
            rows = store.QueryEvents(filter);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            stderr.WriteLine($"error: the query failed: {e.Message} (check the --text syntax)");
            return ExitCodes.UsageError;
        }
        string[] header = ["date", "cameo", "quad", "goldstein", "source", "target", "location", "tone", "document", "sentence", "rule", "text"];
        var table = rows.Select(e => new object?[]
        {
            e.Date, e.Cameo, e.QuadClass, e.Goldstein, e.SourceCode ?? e.SourceName, e.TargetCode ?? e.TargetName, e.Location, e.Tone,
            e.DocumentId, e.Sentence, e.Rule, e.SentenceText,
        }).ToList();
        Tabular.Write(stdout, format, header, table);
        if (format == "table")
        {
            stdout.WriteLine($"{rows.Count} events");
        }
        return ExitCodes.Success;
    }
}

/// <summary>Prints rows as an aligned table, JSON array or CSV. Stateless.</summary>
internal static class Tabular
{
    public static void Write(TextWriter w, string format, IReadOnlyList<string> header, IReadOnlyList<object?[]> rows)
    {
        switch (format)
        {
            case "json":
            {
                using var stream = new MemoryStream();
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    json.WriteStartArray();
                    foreach (var row in rows)
                    {
                        json.WriteStartObject();
                        for (var i = 0; i < header.Count; i++)
                        {
                            switch (row[i])
                            {
                                case null: json.WriteNull(header[i]); break;
                                case int n: json.WriteNumber(header[i], n); break;
                                case long n: json.WriteNumber(header[i], n); break;
                                case double d: json.WriteNumber(header[i], d); break;
                                case bool b: json.WriteBoolean(header[i], b); break;
                                default: json.WriteString(header[i], Convert.ToString(row[i], CultureInfo.InvariantCulture)); break;
                            }
                        }
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                }
                w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                break;
            }
            case "csv":
                w.WriteLine(string.Join(',', header.Select(Csv)));
                foreach (var row in rows)
                {
                    w.WriteLine(string.Join(',', row.Select(v => Csv(Text(v)))));
                }
                break;
            default:
            {
                var cells = rows.Select(r => r.Select(v => IngestCommand.Clip(Text(v), 60)).ToArray()).ToList();
                var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
                w.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
                foreach (var c in cells)
                {
                    w.WriteLine(string.Join("  ", c.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
                }
                break;
            }
        }
    }

    private static string Text(object? v) => v switch
    {
        null => "",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Csv(string v) => v.AsSpan().IndexOfAny(",\"\r\n") < 0 ? v : "\"" + v.Replace("\"", "\"\"") + "\"";
}
