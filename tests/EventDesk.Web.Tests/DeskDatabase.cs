using EventDesk.Cli.Composition;
using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Storage.Sqlite;
using EventDesk.Text;

namespace EventDesk.Web.Tests;

/// <summary>
/// A desk database built once per test run through the real ingest path (InputReader + DeskIngestor
/// + the default pipeline): the bundled examples/, a few dozen generated wire stories spread over
/// two months, and one hostile article. Each user gets its own copy of the file. Thread-safe.
/// </summary>
public sealed class DeskDatabase : IDisposable
{
    public const string XssTitle = "Hostile <img src=x onerror=\"window.__xss=1\"> title";

    public const string XssText =
        "KABUL - Afghan officials met Pakistani envoys in Islamabad on Monday <script>window.__xss=1</script> and agreed on trade.\n" +
        "The statement read <img src=x onerror=\"window.__xss=1\"> and \"<svg onload=window.__xss=1>\" in full, the Afghan Foreign Ministry said.\n" +
        "“We condemned <b onmouseover=window.__xss=1>nothing</b>,” Atmar said. A link: javascript:window.__xss=1";

    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-web-").FullName;

    public string TemplatePath { get; }

    public static string RepoRoot { get; } = FindRoot();

    public static Pipeline Pipeline() => FixtureCoder.Extend(DefaultPipeline.Create());

    public DeskDatabase()
    {
        TemplatePath = Path.Combine(_dir, "template.db");
        using var store = SqliteEventStore.Open(TemplatePath);
        var ingestor = new DeskIngestor(store, Pipeline());
        var first = new DateOnly(2025, 3, 3);
        var i = 0;
        foreach (var item in new InputReader().Read(Path.Combine(RepoRoot, "examples")))
        {
            if (item.Document is { } raw)
            {
                Ingested(ingestor.Ingest(raw, first.AddDays(4 * i++)));
            }
        }
        foreach (var raw in GeneratedStories(first))
        {
            Ingested(ingestor.Ingest(raw));
        }
        Ingested(ingestor.Ingest(new RawDocument("api", XssText, XssTitle, new DateOnly(2025, 4, 20), "javascript:window.__xss=1")));
    }

    private static void Ingested(IngestOutcome o)
    {
        if (o.Status == IngestStatus.Skipped)
        {
            throw new InvalidOperationException($"fixture document skipped: {o.Message}");
        }
    }

    /// <summary>A fresh copy of the database for one test class or server.</summary>
    public string Copy(string name)
    {
        var path = Path.Combine(_dir, name + "-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        File.Copy(TemplatePath, path);
        return path;
    }

    /// <summary>Varied wire stories (3 sentences from different actor/verb/place combinations), so none is a near-duplicate.</summary>
    private static IEnumerable<RawDocument> GeneratedStories(DateOnly first)
    {
        string[] actors = ["Sudanese army", "Rapid Support Forces", "Ethiopia", "Egypt", "Israel", "Hamas", "Qatar", "Turkey", "Iran",
            "Colombia", "Venezuela", "India", "Brazil", "Germany", "France", "Russian forces", "Ukraine", "China", "Japan", "United Nations"];
        string[] verbs = ["met", "accused", "attacked", "agreed with", "threatened", "shelled positions of", "welcomed", "condemned",
            "held talks with", "seized a convoy of", "opposed", "praised", "arrested supporters of", "delivered aid to"];
        string[] places = ["Khartoum", "Addis Ababa", "Cairo", "Gaza", "Doha", "Ankara", "Tehran", "Bogota", "Caracas", "New Delhi",
            "Brasilia", "Berlin", "Kyiv", "Istanbul"];
        string[] tails = ["officials said on condition of anonymity", "according to a statement released late in the evening",
            "state media reported citing a senior commander", "two diplomats familiar with the matter told reporters",
            "witnesses said as crowds gathered outside", "a spokesperson confirmed in a televised briefing",
            "the foreign ministry announced after a cabinet meeting", "local journalists reported from the scene"];
        var random = new Random(20250303);
        for (var n = 0; n < 48; n++)
        {
            var lines = new List<string>();
            var place = places[random.Next(places.Length)];
            for (var k = 0; k < 3; k++)
            {
                var a = actors[random.Next(actors.Length)];
                var b = actors[random.Next(actors.Length)];
                while (b == a)
                {
                    b = actors[random.Next(actors.Length)];
                }
                var where = k == 0 ? place : places[random.Next(places.Length)];
                lines.Add($"{a} {verbs[random.Next(verbs.Length)]} {b} in {where} on {(DayOfWeek)random.Next(7)}, {tails[random.Next(tails.Length)]}, item {n}-{k}.");
            }
            var date = first.AddDays(random.Next(0, 60));
            yield return new RawDocument($"https://wire.example/{n}", $"{place.ToUpperInvariant()} (Wire) - " + string.Join("\n", lines),
                $"{place}: story {n}", date, $"https://wire.example/{n}");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventDesk.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("EventDesk.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing its file: the temp folder is cleaned up by the OS.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DeskCollection : ICollectionFixture<DeskDatabase>
{
    public const string Name = "desk";
}
