using System.Text;
using EventDesk.Text;

namespace EventDesk.Coding.Events;

/// <summary>Readable accounts of coded events: who, what, whom, where, when, and why it was coded. Thread-safe.</summary>
public static class EventExplanation
{
    /// <summary>One line: <c>RUSGOV -> AFGGOV  032 (quad 1, +3.4) "pledged"</c>.</summary>
    public static string Summary(Document document, CodedEvent e) =>
        $"{ActorText(e.Source)} -> {(e.Target is null ? "(none)" : ActorText(e.Target))}  {e.Cameo} (quad {e.QuadClass}, {e.Goldstein:+0.0;-0.0;0.0})" +
        $"{(e.Plover is null ? "" : $" {e.Plover.Type}{(e.Plover.Mode is null ? "" : "/" + e.Plover.Mode)}")} \"{document.Slice(e.Trigger)}\"" +
        (e.Modality == EventModality.Asserted ? "" : $" [{e.Modality.ToString().ToLowerInvariant()}]") + (e.Negated ? " [negated]" : "");

    /// <summary>Several indented lines: the sentence with the trigger marked, the rule, actors, place and date.</summary>
    public static string Describe(Document document, CodedEvent e, string indent = "      ")
    {
        var text = new StringBuilder();
        if (document.Layers.TryGet(CoreLayers.Sentences, out var sentences) && e.Sentence < sentences.Count)
        {
            var span = sentences.SpanOf(e.Sentence);
            var before = document.Text[span.Start..e.Trigger.Start];
            var after = document.Text[e.Trigger.End..span.End];
            text.Append(indent).Append("sentence ").Append(e.Sentence).Append(": ")
                .Append((before + "[[" + document.Substring(e.Trigger) + "]]" + after).ReplaceLineEndings(" ")).AppendLine();
        }
        text.Append(indent).Append("why:    ").AppendLine(e.Rule);
        text.Append(indent).Append("source: ").AppendLine(Participant(e.Source));
        text.Append(indent).Append("target: ").AppendLine(e.Target is null ? "(none)" : Participant(e.Target));
        if (e.Location is { } place)
        {
            text.Append(indent).Append("where:  ").Append(place.Name).Append(place.Country is null ? "" : $" ({place.Country})")
                .AppendLine(place.Latitude is { } lat && place.Longitude is { } lon ? $" {lat:0.00}, {lon:0.00}" : "");
        }
        if (e.Date is { } date)
        {
            text.Append(indent).Append("when:   ").AppendLine(date.ToString("yyyy-MM-dd"));
        }
        return text.ToString();
    }

    private static string ActorText(Participant p) => p.Actor?.Code ?? ActorRef.Unknown.Code;

    private static string Participant(Participant p)
    {
        var actor = p.Actor;
        var name = p.Name is not null && p.Name != p.Text ? $" = {p.Name}" : "";
        return actor is null
            ? $"\"{p.Text}\"{name} (no actor)"
            : $"\"{p.Text}\"{name} -> {actor.Code}{(actor.Role is null ? "" : $", {actor.Role}")}";
    }
}
