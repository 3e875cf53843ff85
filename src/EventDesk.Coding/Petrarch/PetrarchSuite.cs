using System.Globalization;
using System.Text.Json;

namespace EventDesk.Coding.Petrarch;

/// <summary>One expected or produced event: source actor code, target actor code, event code.</summary>
public readonly record struct PetrarchTriple(string Source, string Target, string Code)
{
    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>One validation record of a PETRARCH suite (the JSONL schema of shared/eval/README.md). Immutable.</summary>
public sealed record PetrarchRecord(
    string Id,
    int Seq,
    string Category,
    DateOnly? Date,
    string Text,
    IReadOnlyList<PetrarchTriple> Expected,
    string? ExpectedError,
    bool Evaluated,
    IReadOnlyDictionary<string, string> Config,
    IReadOnlyList<string> Flags)
{
    /// <summary><c>require_dyad</c> for this record (default true): events need a source and a target.</summary>
    public bool RequireDyad => !Config.TryGetValue("require_dyad", out var v) || !string.Equals(v, "false", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads PETRARCH validation suites in the JSONL form and scores coded triples the way the original validator did.</summary>
public static class PetrarchSuite
{
    /// <exception cref="FormatException">A line is not a record (message names the line).</exception>
    public static List<PetrarchRecord> Load(string path)
    {
        var records = new List<PetrarchRecord>();
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
                records.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: not a PETRARCH suite record ({e.Message}).", e);
            }
        }
        return records;
    }

    public static PetrarchRecord Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var expected = new List<PetrarchTriple>();
        foreach (var e in root.GetProperty("expected_events").EnumerateArray())
        {
            expected.Add(new PetrarchTriple(e.GetProperty("source").GetString() ?? "", e.GetProperty("target").GetString() ?? "", e.GetProperty("code").GetString() ?? ""));
        }
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("config", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in c.EnumerateObject())
            {
                config[p.Name] = p.Value.ToString();
            }
        }
        var flags = new List<string>();
        if (root.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Array)
        {
            flags.AddRange(f.EnumerateArray().Select(x => x.GetString() ?? ""));
        }
        return new PetrarchRecord(
            root.GetProperty("id").GetString() ?? "",
            root.GetProperty("seq").GetInt32(),
            root.TryGetProperty("category", out var cat) ? cat.GetString() ?? "" : "",
            ParseDate(root),
            root.GetProperty("text").GetString() ?? "",
            expected,
            root.TryGetProperty("expected_error", out var err) && err.ValueKind == JsonValueKind.String ? err.GetString() : null,
            !root.TryGetProperty("evaluated", out var ev) || ev.ValueKind != JsonValueKind.False,
            config,
            flags);
    }

    /// <summary><c>date_iso</c>, else <c>date</c> as YYYYMMDD or (one GSR record) YYMMDD.</summary>
    private static DateOnly? ParseDate(JsonElement root)
    {
        if (root.TryGetProperty("date_iso", out var iso) && iso.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(iso.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        if (root.TryGetProperty("date", out var raw) && raw.ValueKind == JsonValueKind.String && raw.GetString() is { } s)
        {
            if (s.Length == 8 && DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
            {
                return d;
            }
            if (s.Length == 6 && DateOnly.TryParseExact(s, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>
    /// The validator's rule: error records pass when the named error fires (and nothing is coded);
    /// otherwise the multiset of produced triples must equal the expected one (order ignored).
    /// </summary>
    public static bool Passes(PetrarchRecord record, IReadOnlyList<PetrarchTriple> produced, string? error)
    {
        if (record.ExpectedError is not null)
        {
            return error == record.ExpectedError && produced.Count == 0;
        }
        if (error is not null)
        {
            return record.Expected.Count == 0;
        }
        if (produced.Count != record.Expected.Count)
        {
            return false;
        }
        var left = produced.Select(t => t.ToString()).Order(StringComparer.Ordinal);
        var right = record.Expected.Select(t => t.ToString()).Order(StringComparer.Ordinal);
        return left.SequenceEqual(right, StringComparer.Ordinal);
    }
}
