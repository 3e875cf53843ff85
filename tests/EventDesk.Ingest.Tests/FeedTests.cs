using System.Net;
using System.Net.Sockets;
using System.Text;
using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Feeds;
using EventDesk.Ingest.Sources;
using EventDesk.Ingest.Web;
using Xunit;

namespace EventDesk.Ingest.Tests;

/// <summary>A real HTTP server on loopback serving a feed (with ETag) and its article pages.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (string Type, string Body)> _pages = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    public int Requests;
    public int NotModified;

    public LoopbackServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Prefix = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Prefix);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string Prefix { get; }

    public void Add(string path, string type, string body) => _pages[path] = (type, body);

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            Interlocked.Increment(ref Requests);
            var path = ctx.Request.Url!.AbsolutePath;
            if (!_pages.TryGetValue(path, out var page))
            {
                ctx.Response.StatusCode = 404;
                ctx.Response.Close();
                continue;
            }
            var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(page.Body)))[..16] + "\"";
            if (ctx.Request.Headers["If-None-Match"] == etag)
            {
                Interlocked.Increment(ref NotModified);
                ctx.Response.StatusCode = 304;
                ctx.Response.Close();
                continue;
            }
            ctx.Response.Headers["ETag"] = etag;
            ctx.Response.ContentType = page.Type;
            var bytes = Encoding.UTF8.GetBytes(page.Body);
            await ctx.Response.OutputStream.WriteAsync(bytes);
            ctx.Response.Close();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}

public sealed class FeedTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-feed-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
        """;

    private const string Laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
        <rss version="2.0"><channel><title>&lol4;</title></channel></rss>
        """;

    [Fact]
    public void A_loopback_feed_is_ingested_and_the_second_poll_is_a_304()
    {
        using var server = new LoopbackServer();
        var items = string.Concat(Enumerable.Range(1, 3).Select(i => $"""
            <item><title>Story {i}</title><link>{server.Prefix}story/{i}</link><guid>{server.Prefix}story/{i}</guid>
            <pubDate>Tue, 0{i} Mar 2022 10:00:00 GMT</pubDate><description>Short summary {i}.</description></item>
            """));
        server.Add("/feed.xml", "application/rss+xml", $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>""");
        for (var i = 1; i <= 3; i++)
        {
            server.Add($"/story/{i}", "text/html", $"<html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a></nav><article><p>{Corpus.Article(i + 40)}</p></article></body></html>");
        }
        var (store, ingestor) = Corpus.Desk(Path.Combine(_dir, "desk.db"));
        using (store)
        using (var fetcher = new WebFetcher { PerHostInterval = TimeSpan.Zero })
        {
            var reader = new InputReader { Fetcher = fetcher, FeedStates = store };
            var added = reader.Read(server.Prefix + "feed.xml").Where(i => i.Document is not null).Select(i => ingestor.Ingest(i.Document!)).ToList();
            Assert.Equal(3, added.Count(o => o.Status == IngestStatus.Added));
            Assert.NotNull(store.GetFeedState(server.Prefix + "feed.xml")?.ETag);
            var fingerprint = store.Fingerprint();

            var second = reader.Read(server.Prefix + "feed.xml").ToList();
            Assert.Equal(1, server.NotModified);
            Assert.DoesNotContain(second, i => i.Document is not null);
            Assert.Contains("304", Assert.Single(second).Problem!.Message);
            Assert.Equal(fingerprint, store.Fingerprint());
        }
    }

    [Theory]
    [InlineData(Xxe)]
    [InlineData(Laughs)]
    public void Hostile_feeds_are_rejected_with_a_clear_error(string xml)
    {
        var result = FeedParser.Parse(xml);
        Assert.Empty(result.Items);
        Assert.Contains("DTD", result.Error);
    }

    [Fact]
    public void Hostile_feeds_over_http_and_from_files_name_the_input()
    {
        using var server = new LoopbackServer();
        server.Add("/xxe.xml", "application/rss+xml", Xxe);
        File.WriteAllText(Path.Combine(_dir, "laughs.rss"), Laughs);
        using var fetcher = new WebFetcher { PerHostInterval = TimeSpan.Zero };
        var reader = new InputReader { Fetcher = fetcher };
        var http = Assert.Single(reader.Read(server.Prefix + "xxe.xml"));
        Assert.True(http.Problem!.IsError);
        Assert.Contains("xxe.xml", http.Problem.ToString());
        Assert.Contains("DTD", http.Problem.Message);
        var file = Assert.Single(reader.Read(Path.Combine(_dir, "laughs.rss")));
        Assert.Contains("laughs.rss", file.Problem!.ToString());
    }

    [Fact]
    public void Atom_feeds_from_files_are_read()
    {
        File.WriteAllText(Path.Combine(_dir, "a.atom"), """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><id>urn:1</id><title>Envoy visits</title><link href="https://e.example/1"/><published>2022-03-01T00:00:00Z</published>
            <content type="html">&lt;p&gt;The envoy arrived in Kabul on Monday for talks.&lt;/p&gt;</content></entry></feed>
            """);
        var item = Assert.Single(new InputReader().Read(Path.Combine(_dir, "a.atom")));
        Assert.Equal("The envoy arrived in Kabul on Monday for talks.", item.Document!.Text);
        Assert.Equal(new DateOnly(2022, 3, 1), item.Document.Date);
        Assert.Equal("https://e.example/1", item.Document.Url);
    }
}
