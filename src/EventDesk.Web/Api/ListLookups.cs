using System.Globalization;
using System.Text;
using EventDesk.Storage;
using Microsoft.Data.Sqlite;

namespace EventDesk.Web.Api;

/// <summary>
/// What the dashboard's lists need beside the stored rows, looked up for a whole page in one query:
/// where each event's sentence starts (so the trigger can be marked in the sentence) and a
/// readable label for each quote's document. Stateless.
/// </summary>
public static class ListLookups
{
    /// <summary>Untitled documents are labelled with their first words, at most this many characters.</summary>
    public const int LabelLength = 60;

    public static IReadOnlyList<EventItem> WithSentenceStarts(SqliteConnection db, IReadOnlyList<EventRow> rows)
    {
        var keys = rows.Select(r => (r.DocumentId, r.Sentence)).Distinct().ToList();
        var starts = new Dictionary<(string, int), int>();
        if (keys.Count > 0)
        {
            using var cmd = db.CreateCommand();
            var values = new StringBuilder();
            for (var i = 0; i < keys.Count; i++)
            {
                values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"($d{i}, $i{i})");
                cmd.Parameters.AddWithValue($"$d{i}", keys[i].DocumentId);
                cmd.Parameters.AddWithValue($"$i{i}", keys[i].Sentence);
            }
            cmd.CommandText = $"SELECT document_id, idx, start FROM sentences WHERE (document_id, idx) IN (VALUES {values})";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                starts[(r.GetString(0), r.GetInt32(1))] = r.GetInt32(2);
            }
        }
        return rows.Select(e => EventItem.From(e, starts.TryGetValue((e.DocumentId, e.Sentence), out var s) ? s : null)).ToList();
    }

    public static IReadOnlyList<QuoteItem> WithDocumentLabels(SqliteConnection db, IReadOnlyList<QuoteRow> rows)
    {
        var ids = rows.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        var docs = new Dictionary<string, (string? Title, string Label)>(StringComparer.Ordinal);
        // Chunks keep the parameter count far below SQLite's limit.
        foreach (var chunk in ids.Chunk(500))
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = $"SELECT id, title, substr(text, 1, 200) FROM documents WHERE id IN ({string.Join(", ", chunk.Select((_, i) => "$d" + i))})";
            for (var i = 0; i < chunk.Length; i++)
            {
                cmd.Parameters.AddWithValue("$d" + i, chunk[i]);
            }
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var title = r.IsDBNull(1) || string.IsNullOrWhiteSpace(r.GetString(1)) ? null : r.GetString(1).Trim();
                docs[r.GetString(0)] = (title, title ?? FirstWords(r.GetString(2)));
            }
        }
        return rows.Select(q => QuoteItem.From(q, docs.TryGetValue(q.DocumentId, out var d) ? d : (null, q.DocumentId))).ToList();
    }

    /// <summary>The first words of a text on one line, cut at a word boundary with an ellipsis.</summary>
    public static string FirstWords(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= LabelLength)
        {
            return line;
        }
        var cut = line.LastIndexOf(' ', LabelLength);
        return line[..(cut > LabelLength / 2 ? cut : LabelLength)] + "…";
    }
}

/// <summary>An event mention in a list: the stored row and where its sentence starts in the document (null when the sentence is not stored).</summary>
public sealed record EventItem(
    long Id, string DocumentId, int Sentence, string? Date, string Cameo, string Root, int QuadClass, double Goldstein,
    string? PloverType, string? PloverMode, string? SourceCode, string? SourceName, string? TargetCode, string? TargetName,
    string? Location, string? LocationCountry, double? Latitude, double? Longitude, int TriggerStart, int TriggerLength,
    string Rule, bool Negated, string Modality, string? Url, double? Tone, string? SentenceText, int? SentenceStart)
{
    public static EventItem From(EventRow e, int? sentenceStart) => new(
        e.Id, e.DocumentId, e.Sentence, e.Date, e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.PloverType, e.PloverMode, e.SourceCode,
        e.SourceName, e.TargetCode, e.TargetName, e.Location, e.LocationCountry, e.Latitude, e.Longitude, e.TriggerStart, e.TriggerLength,
        e.Rule, e.Negated, e.Modality, e.Url, e.Tone, e.SentenceText, sentenceStart);
}

/// <summary>A quote with its document's title (null when untitled) and a label to show for the document (the title, else its first words).</summary>
public sealed record QuoteItem(
    string DocumentId, string? Title, string DocumentLabel, int Sentence, string Kind, string Text, string? Speaker, string? SpeakerCode,
    string? Cue, string? Date, string? Url)
{
    public static QuoteItem From(QuoteRow q, (string? Title, string Label) doc) =>
        new(q.DocumentId, doc.Title, doc.Label, q.Sentence, q.Kind, q.Text, q.Speaker, q.SpeakerCode, q.Cue, q.Date, q.Url);
}
