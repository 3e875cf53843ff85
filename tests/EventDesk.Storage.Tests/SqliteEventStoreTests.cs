using EventDesk.Storage.Export;
using EventDesk.Storage.Sqlite;
using Xunit;

namespace EventDesk.Storage.Tests;

public sealed class SqliteEventStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-store-").FullName;

    private string Db => Path.Combine(_dir, "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Opening_twice_applies_migrations_once_and_uses_wal()
    {
        using (var s = SqliteEventStore.Open(Db))
        {
            Assert.Equal(Migrations.All[^1].Version, s.SchemaVersion);
        }
        using var again = SqliteEventStore.Open(Db);
        Assert.Equal(Migrations.All[^1].Version, again.SchemaVersion);
        Assert.True(File.Exists(Db + "-wal") || File.Exists(Db));
    }

    [Fact]
    public void Stores_layers_and_aggregates_mentions_across_articles()
    {
        using var store = SqliteEventStore.Open(Db);
        var day = new DateOnly(2017, 3, 1);
        var a = TestDocuments.Make("Lavrov met the Afghan envoy in Moscow on Wednesday. Talks went on.", day, "https://a.example/1", TestDocuments.Consult(day));
        var b = TestDocuments.Make("Russian foreign minister Lavrov hosted Afghan officials in Moscow. Both sides spoke.", day, "https://b.example/2", TestDocuments.Consult(day), TestDocuments.Consult(day, "043"));
        store.AddDocument(a, TestDocuments.Info(a, -2), new SourceRef("url", "https://a.example/1"));
        store.AddDocument(b, TestDocuments.Info(b, 1), new SourceRef("url", "https://b.example/2"));

        var mentions = store.QueryEvents(new EventFilter { Source = "RUS", Target = "AFG" });
        Assert.Equal(3, mentions.Count);
        var aggregated = store.QueryAggregated(new EventFilter());
        Assert.Equal(2, aggregated.Count);
        var consult = Assert.Single(aggregated, e => e.Cameo == "040");
        Assert.Equal(2, consult.NumMentions);
        Assert.Equal(2, consult.NumArticles);
        Assert.Equal(2, consult.NumSources);
        Assert.Equal(-0.5, consult.AvgTone!.Value, 6);

        // A third outlet carrying document a raises NumSources but not NumArticles.
        Assert.True(store.LinkSource(a.Id, new SourceRef("url", "https://c.example/copy")));
        Assert.False(store.LinkSource(a.Id, new SourceRef("url", "https://c.example/copy")));
        consult = Assert.Single(store.QueryAggregated(new EventFilter()), e => e.Cameo == "040");
        Assert.Equal(3, consult.NumSources);
        Assert.Equal(2, consult.NumArticles);

        Assert.Single(store.QueryEvents(new EventFilter { Root = "04", Place = "Mosc", Since = day, Until = day, Text = "hosted" }), e => e.Cameo == "040");
        Assert.Empty(store.QueryEvents(new EventFilter { Since = day.AddDays(1) }));
        Assert.Equal(2, store.QueryEvents(new EventFilter { MinTone = 0 }).Count);
        Assert.Equal(2, store.QueryQuotes(new QuoteFilter(Speaker: "Lavrov")).Count);
        Assert.Equal("RUSGOV", Assert.Single(store.QueryActors(10)).Code);
        Assert.Single(store.Search("hosted", 10));
        var stats = store.Stats(5);
        Assert.Equal(2, stats.Counts["documents"]);
        Assert.Equal(("RUSGOV", "AFGGOV", 3L), stats.TopDyads[0]);
    }

    [Fact]
    public void Adding_the_same_document_twice_changes_nothing()
    {
        using var store = SqliteEventStore.Open(Db);
        var day = new DateOnly(2020, 1, 2);
        var a = TestDocuments.Make("Lavrov met the Afghan envoy in Moscow on Wednesday.", day, null, TestDocuments.Consult(day));
        store.AddDocument(a, TestDocuments.Info(a), new SourceRef("file", "a.txt"));
        var before = store.Fingerprint();
        store.AddDocument(a, TestDocuments.Info(a), new SourceRef("file", "a.txt"));
        Assert.Equal(before, store.Fingerprint());
    }

    [Fact]
    public void Gdelt_export_has_61_tab_separated_columns()
    {
        using var store = SqliteEventStore.Open(Db);
        var day = new DateOnly(2017, 3, 1);
        var a = TestDocuments.Make("Lavrov met the Afghan envoy in Moscow on Wednesday.", day, "https://a.example/1", TestDocuments.Consult(day));
        store.AddDocument(a, TestDocuments.Info(a), new SourceRef("url", "https://a.example/1"));
        using var output = new MemoryStream();
        Assert.Equal(1, EventExporter.Export(store, new EventFilter(), ExportFormat.Gdelt, output));
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fields = Assert.Single(lines).Split('\t');
        Assert.Equal(61, fields.Length);
        Assert.Equal(61, GdeltColumns.Names.Count);
        var col = GdeltColumns.Names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        Assert.Equal("20170301", fields[col["Day"]]);
        Assert.Equal("RUSGOV", fields[col["Actor1Code"]]);
        Assert.Equal("GOV", fields[col["Actor1Type1Code"]]);
        Assert.Equal("AFG", fields[col["Actor2CountryCode"]]);
        Assert.Equal("040", fields[col["EventCode"]]);
        Assert.Equal("04", fields[col["EventRootCode"]]);
        Assert.Equal("1", fields[col["NumMentions"]]);
        Assert.Equal("Moscow", fields[col["ActionGeo_FullName"]]);
        Assert.Equal("https://a.example/1", fields[col["SOURCEURL"]]);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Jsonl)]
    [InlineData(ExportFormat.Parquet)]
    public void Exports_mentions(ExportFormat format)
    {
        using var store = SqliteEventStore.Open(Db);
        var day = new DateOnly(2017, 3, 1);
        var a = TestDocuments.Make("Lavrov met the \"Afghan\" envoy, in Moscow.", day, null, TestDocuments.Consult(day), TestDocuments.Consult(day, "043"));
        store.AddDocument(a, TestDocuments.Info(a), new SourceRef("file", "a.txt"));
        using var output = new MemoryStream();
        Assert.Equal(2, EventExporter.Export(store, new EventFilter(), format, output));
        Assert.True(output.Length > 0);
        if (format == ExportFormat.Jsonl)
        {
            var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Equal("RUSGOV", System.Text.Json.JsonDocument.Parse(lines[0]).RootElement.GetProperty("source_code").GetString());
        }
    }
}
