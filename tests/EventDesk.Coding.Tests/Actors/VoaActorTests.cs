using System.Diagnostics;
using System.Text;
using System.Text.Json;
using EventDesk.Coding.Actors;
using EventDesk.Testing;
using EventDesk.Text;
using Xunit;
using static EventDesk.Coding.Tests.Actors.ActorTestKit;

namespace EventDesk.Coding.Tests.Actors;

/// <summary>
/// Runs the 61 VOA development stories (../shared/news/voa-dev.jsonl) through NER and actor resolution,
/// checks the invariants and writes every mention to $TMP/eventdesk-actors-voa.txt for reading.
/// Not an accuracy test (there is no gold): it is how the rules were inspected on real news.
/// </summary>
public sealed class VoaActorTests
{
    [SkippableFact]
    public void Voa_stories_resolve_without_breaking_invariants()
    {
        var path = SharedData.RequireFile("news/voa-dev.jsonl");
        var report = new StringBuilder();
        var watch = Stopwatch.StartNew();
        int stories = 0, mentions = 0, withActor = 0, unknown = 0;
        long ticks = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var date = root.TryGetProperty("published", out var p) && p.GetString() is { Length: >= 10 } d
                ? DateOnly.ParseExact(d[..10], "yyyy-MM-dd") : (DateOnly?)null;
            var doc = AnnotateWithModel(text, date, out var resolverTicks);
            ticks += resolverTicks;
            AnnotatorInvariants.Check(doc, [AnnotationLayers.Entities, AnnotationLayers.Places, ActorLayers.Index]);
            var previousEnd = 0;
            foreach (var m in doc.Layers.Get(AnnotationLayers.Entities).Mentions)
            {
                Assert.True(m.Span.Start >= previousEnd && m.Span.End <= text.Length, "mentions are ordered and do not overlap");
                previousEnd = m.Span.End;
                mentions++;
                if (m.Actor is not null)
                {
                    withActor++;
                    if (m.Actor.Code.StartsWith("---", StringComparison.Ordinal))
                    {
                        unknown++;
                    }
                }
            }
            stories++;
            report.AppendLine($"=== {root.GetProperty("id").GetString()} {date} {root.GetProperty("title").GetString()}");
            report.AppendLine(Describe(doc));
        }
        watch.Stop();
        report.Insert(0, $"{stories} stories, {mentions} mentions, {withActor} with an actor ({unknown} with unknown country), {watch.ElapsedMilliseconds} ms in all, " +
            $"{ticks * 1000 / Stopwatch.Frequency} ms in the actor resolver\n");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "eventdesk-actors-voa.txt"), report.ToString());
        Assert.True(stories >= 1);
    }
}
