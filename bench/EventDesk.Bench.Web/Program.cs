using System.Diagnostics;
using System.Globalization;
using EventDesk.Storage;
using EventDesk.Storage.Sqlite;
using EventDesk.Text;
using EventDesk.Web.Hosting;

// Dashboard benchmark (--dashboard [--loads 10] [--json PATH]): see DashboardBench.
// API benchmark: builds a desk database of N events through the storage API (IEventStore.AddDocument),
// serves it with the real web host on a loopback port, and times filtered GET /api/events queries
// over HTTP. Usage: dotnet run --project bench/EventDesk.Bench.Web -c Release -- [--events 100000] [--queries 1000] [--db PATH]
if (args.Contains("--dashboard"))
{
    Environment.ExitCode = await DashboardBench.RunAsync(args);
    return;
}

var events = Arg("--events", 100_000);
var queries = Arg("--queries", 1000);
var db = ArgS("--db") ?? Path.Combine(Path.GetTempPath(), $"eventdesk-bench-web-{events}.db");

if (!File.Exists(db))
{
    var clock = Stopwatch.StartNew();
    Generate(db + ".tmp", events);
    File.Move(db + ".tmp", db);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {events} events in {db} in {clock.Elapsed.TotalSeconds:0.0} s"));
}
else
{
    Console.WriteLine($"using {db}");
}

var app = DeskWebApp.Build(new DeskWebOptions { DbPath = db, Urls = "http://127.0.0.1:0", Quiet = true });
await app.StartAsync();
var baseUrl = app.Urls.First();
using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
var random = new Random(42);
var kinds = new[] { "quad+30d", "source+quad", "root+since", "target+place", "source+target", "source+90d by goldstein" };
int lastKind = 0;
string Query()
{
    var country = Countries[random.Next(Countries.Length)];
    var other = Countries[random.Next(Countries.Length)];
    var since = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 700));
    var root = (random.Next(1, 21)).ToString("00", CultureInfo.InvariantCulture);
    lastKind = random.Next(6);
    var filter = lastKind switch
    {
        0 => $"quad={random.Next(1, 5)}&since={since:yyyy-MM-dd}&until={since.AddDays(30):yyyy-MM-dd}",
        1 => $"source={country}&quad={random.Next(1, 5)}",
        2 => $"root={root}&since={since:yyyy-MM-dd}",
        3 => $"target={country}&place={Places[random.Next(Places.Length)]}",
        4 => $"source={country}&target={other}",
        _ => $"source={country}GOV&since={since:yyyy-MM-dd}&until={since.AddDays(90):yyyy-MM-dd}&sort=goldstein&order=asc",
    };
    return $"/api/events?{filter}&limit=50";
}
for (var i = 0; i < 50; i++)
{
    (await http.GetAsync(Query())).EnsureSuccessStatusCode();
}
var times = new double[queries];
var byKind = kinds.Select(_ => new List<double>()).ToArray();
long rows = 0;
for (var i = 0; i < queries; i++)
{
    var q = Query();
    var t = Stopwatch.GetTimestamp();
    using var r = await http.GetAsync(q);
    var body = await r.Content.ReadAsByteArrayAsync();
    times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    byKind[lastKind].Add(times[i]);
    r.EnsureSuccessStatusCode();
    rows += body.Length;
}
Array.Sort(times);
double P(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{queries} filtered GET /api/events (limit 50, with total count) on {events} events over loopback HTTP: " +
    $"median {P(0.5):0.00} ms, p95 {P(0.95):0.00} ms, p99 {P(0.99):0.00} ms, max {times[^1]:0.00} ms; mean response {rows / queries} bytes"));
for (var k = 0; k < kinds.Length; k++)
{
    var l = byKind[k].Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kinds[k],-26} n={l.Count,4} median {l[l.Count / 2],7:0.00} ms  p95 {l[(int)(l.Count * 0.95)],7:0.00} ms"));
}
await app.StopAsync();
return;

static void Generate(string path, int total)
{
    using var store = SqliteEventStore.Open(path);
    var random = new Random(7);
    const int perDoc = 10;
    for (var d = 0; d * perDoc < total; d++)
    {
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 730));
        var sentences = new List<string>();
        var coded = new List<(int Start, int Length, string Src, string Tgt, string Verb, int Quad, string Cameo, double G, int Place)>();
        var text = new System.Text.StringBuilder();
        for (var k = 0; k < perDoc && d * perDoc + k < total; k++)
        {
            var src = Countries[random.Next(Countries.Length)];
            var tgt = Countries[random.Next(Countries.Length)];
            var v = random.Next(Verbs.Length);
            var place = random.Next(Places.Length);
            var start = text.Length;
            var s = $"Officials of {src} {Verbs[v].Word} {tgt} in {Places[place]} (report {d}-{k}).";
            text.Append(s).Append('\n');
            coded.Add((start + 13 + src.Length + 1, Verbs[v].Word.Length, src, tgt, Verbs[v].Word, Verbs[v].Quad, Verbs[v].Cameo, Verbs[v].G, place));
            sentences.Add(s);
        }
        var body = text.ToString();
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body))[..8]);
        var doc = new Document(id, body, new DocumentMetadata { Source = $"bench:{d}", Date = date, Title = $"Bench story {d}", Url = $"https://bench.example/{d}" });
        var starts = new int[sentences.Count];
        var ends = new int[sentences.Count];
        var pos = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            starts[k] = pos;
            ends[k] = pos + sentences[k].Length;
            pos = ends[k] + 1;
        }
        doc.Layers.Add(CoreLayers.Sentences, new SentenceLayer(starts, ends, new int[sentences.Count], new int[sentences.Count], Enumerable.Range(0, sentences.Count).ToArray()),
            new LayerProvenance("bench", "1"));
        var list = coded.Select((c, k) => new CodedEvent(k, c.Cameo, c.Cameo[..2], c.Quad, c.G, new PloverCode("BENCH", null),
            new Participant(new TextSpan(starts[k] + 13, c.Src.Length), c.Src, c.Src, null, new ActorRef(c.Src + "GOV", c.Src, ["GOV"])),
            new Participant(new TextSpan(c.Start + c.Length + 1, c.Tgt.Length), c.Tgt, c.Tgt, null, new ActorRef(c.Tgt + "GOV", c.Tgt, ["GOV"])),
            new GeoPlace(Places[c.Place], c.Src, PlaceLat[c.Place], PlaceLon[c.Place]), date, false, EventModality.Asserted,
            new TextSpan(c.Start, c.Length), "bench:" + c.Verb)).ToList();
        doc.Layers.Add(AnnotationLayers.Events, new EventLayer(list), new LayerProvenance("bench", "1"));
        var minhash = Enumerable.Range(0, 64).Select(_ => (uint)random.Next()).ToArray();
        store.AddDocument(doc, new DocumentInfo(id, null, minhash, random.NextDouble() * 10 - 5, DateTimeOffset.UnixEpoch.AddDays(d)),
            new SourceRef("file", $"bench:{d}"));
    }
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string? ArgS(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

internal static partial class Program
{
    internal static readonly string[] Countries = ["RUS", "UKR", "USA", "CHN", "AFG", "PAK", "IRN", "ISR", "PSE", "SDN", "ETH", "MLI", "FRA", "DEU", "GBR", "TUR",
        "IND", "BRA", "COL", "VEN", "KEN", "NGA", "EGY", "SYR", "IRQ", "YEM", "SAU", "JPN", "PRK", "KOR"];
    internal static readonly string[] Places = ["Kabul", "Kyiv", "Moscow", "Gaza", "Khartoum", "Bamako", "Paris", "Berlin", "Ankara", "Delhi", "Bogota", "Nairobi", "Cairo", "Damascus", "Sanaa", "Tokyo"];
    internal static readonly double[] PlaceLat = [34.5, 50.4, 55.7, 31.5, 15.5, 12.6, 48.9, 52.5, 39.9, 28.6, 4.7, -1.3, 30.0, 33.5, 15.4, 35.7];
    internal static readonly double[] PlaceLon = [69.2, 30.5, 37.6, 34.5, 32.6, -8.0, 2.35, 13.4, 32.9, 77.2, -74.1, 36.8, 31.2, 36.3, 44.2, 139.7];
    internal static readonly (string Word, int Quad, string Cameo, double G)[] Verbs =
    [
        ("met", 1, "040", 1.0), ("praised", 1, "051", 3.4), ("aided", 2, "070", 7.0), ("released", 2, "0841", 7.0), ("accused", 3, "112", -2.0),
        ("threatened", 3, "130", -4.4), ("sanctioned", 4, "163", -8.0), ("attacked", 4, "190", -10.0), ("arrested", 4, "173", -5.0), ("hosted", 1, "042", 1.9),
    ];
}
