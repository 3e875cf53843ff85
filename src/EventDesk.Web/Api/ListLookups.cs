using EventDesk.Storage;

namespace EventDesk.Web.Api;

/// <summary>
/// What the dashboard's lists need beside the stored rows, looked up in the store for a whole page at once:
/// where each event's sentence starts (so the trigger can be marked in the sentence) and a
/// readable label for each quote's document. Stateless.
/// </summary>
public static class ListLookups
{
    /// <summary>Untitled documents are labelled with their first words, at most this many characters.</summary>
    public const int LabelLength = 60;

    public static IReadOnlyList<EventItem> WithSentenceStarts(IDeskQueries store, IReadOnlyList<EventRow> rows)
    {
        var starts = store.SentenceStarts([.. rows.Select(r => (r.DocumentId, r.Sentence))]);
        return rows.Select(e => EventItem.From(e, starts.TryGetValue((e.DocumentId, e.Sentence), out var s) ? s : null)).ToList();
    }

    public static IReadOnlyList<QuoteItem> WithDocumentLabels(IDeskQueries store, IReadOnlyList<QuoteRow> rows)
    {
        var docs = store.DocumentOpenings([.. rows.Select(r => r.DocumentId)]);
        return rows.Select(q => QuoteItem.From(q, docs.TryGetValue(q.DocumentId, out var d) ? (d.Title, d.Title ?? FirstWords(d.Opening)) : (null, q.DocumentId)))
            .ToList();
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
