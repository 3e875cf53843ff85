using EventDesk.Ingest.Desk;
using EventDesk.Storage.Sqlite;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Ingest.Tests;

/// <summary>Generated articles and a desk over a temporary database.</summary>
internal static class Corpus
{
    private static readonly string[] Words =
    [
        "minister", "talks", "border", "security", "council", "forces", "province", "officials", "agreement", "ceasefire",
        "protest", "capital", "government", "rebels", "election", "envoy", "meeting", "sanctions", "aid", "convoy",
        "villages", "spokesman", "parliament", "delegation", "treaty", "summit", "army", "police", "court", "embassy",
    ];

    public static string Article(int seed, int sentences = 12)
    {
        var rng = new Random(seed);
        var parts = new List<string>();
        for (var s = 0; s < sentences; s++)
        {
            var n = rng.Next(8, 16);
            var words = Enumerable.Range(0, n).Select(_ => Words[rng.Next(Words.Length)]).ToList();
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
            parts.Add(string.Join(' ', words) + $" {seed * 100 + s}.");
        }
        return string.Join(' ', parts);
    }

    public static Pipeline Pipeline() => new PipelineBuilder().Add(new NewsTokenizer()).Add(new DatelineDetector()).Build();

    public static (SqliteEventStore Store, DeskIngestor Ingestor) Desk(string db)
    {
        var store = SqliteEventStore.Open(db);
        return (store, new DeskIngestor(store, Pipeline()));
    }
}
