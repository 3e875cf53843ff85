using EventDesk.Coding.Evaluation;
using EventDesk.Testing;
using EventDesk.Text;
using Xunit;
using Xunit.Abstractions;

namespace EventDesk.Coding.Tests.Golden.Events;

/// <summary>
/// Runs the event accuracy runner on our own gold set (tests/data/events, see docs/event-accuracy.md) and
/// asserts floors a little below the measured scores, so that regressions fail. The gold set is a floor,
/// not the measure: raise the floors when the coder improves (and say so in docs/event-accuracy.md).
/// </summary>
public sealed class GoldenEventAccuracyTests(ITestOutputHelper output)
{
    // Measured 2026-11-27 on 601 articles / 700 scored gold events: exact F1 25.1, root F1 33.5, dyad F1 38.7; on branch
    // news (clause status, unknown-country sources, docs/event-accuracy.md §7): exact F1 37.6 (P 51.4), root 48.3, dyad 52.1;
    // 2026-11-28, recall fixes (§8): exact F1 43.2 (P 53.8), root 54.7, dyad 59.0; branch evp (precision on real news,
    // §9): exact F1 45.6 (P 59.5), root 57.4, dyad 61.5; eleventh session (§16; transnational IMG codes compare as no
    // country): exact F1 55.9 (P 71.9), root 65.3, dyad 69.3 when the floors were set; 58.6 (P 73.9), 67.9, 71.6 at the end;
    // twelfth session (§17): 62.4 (P 76.7), 71.2, 74.6; thirteenth (§18): 63.1 (P 77.1), 71.7, 75.1; fourteenth (§19):
    // 64.4 (P 77.4), 73.1, 76.4, when the floors were raised to 60 / 69 / 72 (precision 73).
    private const double ExactF1Floor = 60.0;
    private const double RootF1Floor = 69.0;
    private const double DyadF1Floor = 72.0;
    private const double ExactPrecisionFloor = 73.0;
    private const int NegativeFalseAlarmsCeiling = 5; // measured 1 (9 in 2026-11-27)

    // Root-level F1 per CAMEO root, measured minus about 10 points (small samples: ~30 events per root).
    private static readonly Dictionary<string, double> RootFloors = new(StringComparer.Ordinal)
    {
        ["01"] = 31, ["02"] = 77, ["03"] = 64, ["04"] = 62, ["05"] = 58, ["06"] = 60, ["07"] = 61,
        ["08"] = 43, ["09"] = 37, ["10"] = 65, ["11"] = 63, ["12"] = 59, ["13"] = 63, ["14"] = 49,
        ["15"] = 8, ["16"] = 67, ["17"] = 50, ["18"] = 22, ["19"] = 56, ["20"] = 34,
    };

    private static readonly Lazy<EventEvaluationReport?> Report = new(() =>
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "events");
        var read = EventGold.ReadFolder(folder);
        if (read.Errors.Count > 0)
        {
            throw new InvalidOperationException("gold set unreadable: " + string.Join("; ", read.Errors));
        }
        var probe = new Document("probe", "Russia criticized Ukraine.", new DocumentMetadata { Date = new DateOnly(2020, 1, 1) });
        var pipeline = Composition.NewsPipeline.Create();
        pipeline.Annotate(probe);
        return probe.Layers.TryGet(AnnotationLayers.Events, out _) ? EventEvaluator.Evaluate(read.Articles, pipeline) : null;
    });

    private static EventEvaluationReport Measured()
    {
        Skip.If(Report.Value is null, "The trained models (data/models) are missing: the pipeline codes no events.");
        return Report.Value!;
    }

    [Fact]
    public void The_scorer_compares_countries_not_organisations()
    {
        // Any IGO matches "IGO"; CAMEO's transnational militarised groups have no country ("IMGRADISI" is the gold's
        // "---RAD" for the Islamic State); everything else compares its first three letters.
        Assert.Equal("IGO", EventEvaluator.Country("IGOUNOWHO"));
        Assert.Equal("---", EventEvaluator.Country("IMGRADISI"));
        Assert.Equal(EventEvaluator.Country("---RAD"), EventEvaluator.Country("IMGRADALQ"));
        Assert.Equal("RUS", EventEvaluator.Country("RUSMIL"));
        Assert.Equal("NGO", EventEvaluator.Country("NGOHRIAMN"));
    }

    [Fact]
    public void Gold_set_is_well_formed_and_covers_every_root()
    {
        var read = EventGold.ReadFolder(Path.Combine(SharedData.RepositoryRoot, "tests", "data", "events"));
        Assert.Empty(read.Errors);
        Assert.True(read.Articles.Count >= 550, $"only {read.Articles.Count} gold articles");
        Assert.Equal(read.Articles.Count, read.Articles.Select(a => a.Id).Distinct().Count());
        for (var root = 1; root <= 20; root++)
        {
            var r = root.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(read.Articles.Count(a => a.File == r) >= 25, $"root {r} has fewer than 25 articles");
        }
        Assert.True(read.Articles.Count(a => a.File == "negatives") >= 50);
        Assert.All(read.Articles.Where(a => a.File == "negatives"), a => Assert.Empty(a.Events));
    }

    [SkippableFact]
    public void Overall_scores_stay_above_the_floors()
    {
        var report = Measured();
        output.WriteLine(report.ToJson("tests/data/events", verbose: false));
        Assert.True(report.Exact.F1 * 100 >= ExactF1Floor, $"exact F1 {report.Exact.F1:P1} < {ExactF1Floor}");
        Assert.True(report.Exact.Precision * 100 >= ExactPrecisionFloor, $"exact precision {report.Exact.Precision:P1} < {ExactPrecisionFloor}");
        Assert.True(report.RootLevel.F1 * 100 >= RootF1Floor, $"root F1 {report.RootLevel.F1:P1} < {RootF1Floor}");
        Assert.True(report.Dyad.F1 * 100 >= DyadF1Floor, $"dyad F1 {report.Dyad.F1:P1} < {DyadF1Floor}");
        Assert.True(report.Seconds < 60, $"coding the gold set took {report.Seconds:F1} s");
    }

    [SkippableFact]
    public void Negatives_code_almost_nothing()
    {
        var report = Measured();
        var negatives = report.Files["negatives"];
        foreach (var e in report.Errors.Where(e => e.File == "negatives"))
        {
            output.WriteLine($"{e.Id}: {e.Predicted} '{e.Trigger}' <- {e.Rule}");
        }
        Assert.True(negatives.Predicted <= NegativeFalseAlarmsCeiling, $"{negatives.Predicted} events coded on the negatives (ceiling {NegativeFalseAlarmsCeiling})");
    }

    [SkippableFact]
    public void Each_root_stays_above_its_floor()
    {
        var report = Measured();
        var failures = new List<string>();
        foreach (var (root, floor) in RootFloors)
        {
            var score = report.Roots.FirstOrDefault(r => r.Root == root)?.RootLevel ?? new EventScore(0, 0, 0);
            output.WriteLine($"{root}: root-level P {score.Precision:P1} R {score.Recall:P1} F1 {score.F1:P1} (floor {floor})");
            if (score.F1 * 100 < floor)
            {
                failures.Add($"{root}: F1 {score.F1 * 100:F1} < {floor}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }
}
