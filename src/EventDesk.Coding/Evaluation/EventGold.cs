using System.Text.Json;

namespace EventDesk.Coding.Evaluation;

/// <summary>One gold event: actor codes (country + optional sectors, or an "IGO" prefix) and a CAMEO code. Immutable.</summary>
public sealed record GoldEvent(string Source, string? Target, string Code)
{
    /// <summary>The CAMEO root (first two digits).</summary>
    public string Root => Code[..2];

    /// <summary>Unknown perpetrator ("gunmen", "a suicide bomber"): kept in the gold for completeness, not scored.</summary>
    public bool UnknownSource => Source == "---";
}

/// <summary>One gold article: a short news text (1–3 sentences), its date and the events a careful coder gives it. Immutable.</summary>
public sealed record GoldArticle(string Id, string File, DateOnly Date, string Text, IReadOnlyList<GoldEvent> Events);

/// <summary>
/// Reads the gold event set: a folder of JSON Lines files (<c>01.jsonl</c> … <c>20.jsonl</c>, <c>negatives.jsonl</c>),
/// one article per line: <c>{"id","date","text","events":[{"source","target","code"}]}</c>. Malformed lines are
/// returned as errors (file:line and what is wrong), not thrown. Thread-safe (stateless).
/// </summary>
public static class EventGold
{
    public sealed record ReadResult(IReadOnlyList<GoldArticle> Articles, IReadOnlyList<string> Errors);

    public static ReadResult ReadFolder(string folder)
    {
        var articles = new List<GoldArticle>();
        var errors = new List<string>();
        if (!Directory.Exists(folder))
        {
            errors.Add($"gold folder '{folder}' does not exist. Give the folder holding 01.jsonl … 20.jsonl and negatives.jsonl.");
            return new ReadResult(articles, errors);
        }
        foreach (var path in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(path);
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                try
                {
                    articles.Add(Parse(file, line));
                }
                catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
                {
                    errors.Add($"{Path.GetFileName(path)}:{lineNumber}: {e.Message}");
                }
            }
        }
        if (articles.Count == 0 && errors.Count == 0)
        {
            errors.Add($"gold folder '{folder}' holds no *.jsonl articles.");
        }
        return new ReadResult(articles, errors);
    }

    private static GoldArticle Parse(string file, string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new FormatException("'id' is null.");
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"{id}: 'text' is null.");
        var date = DateOnly.ParseExact(root.GetProperty("date").GetString() ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var events = new List<GoldEvent>();
        foreach (var e in root.GetProperty("events").EnumerateArray())
        {
            var source = e.GetProperty("source").GetString() ?? throw new FormatException($"{id}: event source is null.");
            var target = e.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() is { Length: > 0 } s ? s : null;
            var code = e.GetProperty("code").GetString() ?? "";
            if (code.Length is < 3 or > 4 || !code.All(char.IsAsciiDigit))
            {
                throw new FormatException($"{id}: CAMEO code '{code}' is not 3 or 4 digits.");
            }
            if (source.Length < 3)
            {
                throw new FormatException($"{id}: source '{source}' is not an actor code (country + sectors, or IGO).");
            }
            events.Add(new GoldEvent(source, target, code));
        }
        return new GoldArticle(id, file, date, text, events);
    }
}
