using System.IO.Compression;
using System.Text.Json;
using EventDesk.Ingest.Extraction;
using EventDesk.Ingest.Feeds;
using EventDesk.Ingest.Web;
using EventDesk.Storage;

namespace EventDesk.Ingest.Sources;

/// <summary>
/// Enumerates documents from files, folders (recursively, in ordinal path order so runs are
/// reproducible), http(s) URLs (articles or feeds) and standard input ("-"). Understands plain
/// text, HTML (article extraction), JSON Lines (text/title/date/url), RSS 2.0 and Atom, and
/// <c>.gz</c> of any of these. Unreadable inputs become <see cref="InputProblem"/>s naming the
/// input; they never stop the batch. Thread-safe when its fetcher and store are.
/// </summary>
public sealed class InputReader
{
    /// <summary>Larger inputs (after decompression) are refused with an error instead of exhausting memory.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Fetches URLs; null means URLs are refused (offline).</summary>
    public WebFetcher? Fetcher { get; init; }

    /// <summary>Where feed ETag/Last-Modified live for conditional GET; null disables it.</summary>
    public IFeedStateStore? FeedStates { get; init; }

    /// <summary>For feeds fetched over HTTP, also fetch each item's article page (else use the feed's summary).</summary>
    public bool FetchFeedArticles { get; init; } = true;

    public HtmlArticleExtractor Extractor { get; init; } = new();

    /// <summary>
    /// Yield HTML pages (files, JSON Lines bodies) as <see cref="InputItem.Pending"/> work instead of
    /// extracting them here, so a parallel ingest can extract on its workers. Off by default.
    /// </summary>
    public bool DeferExtraction { get; init; }

    private static readonly HashSet<string> KnownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", "", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".gz",
    };

    public IEnumerable<InputItem> Read(string path, TextReader? stdin = null)
    {
        if (path == "-")
        {
            var text = (stdin ?? Console.In).ReadToEnd();
            if (text.Length == 0)
            {
                yield return new InputItem(null, new InputProblem("-", "standard input is empty", IsError: false));
                yield break;
            }
            foreach (var item in FromText("-", Sniff(text), text, null, fromHttp: false))
            {
                yield return item;
            }
            yield break;
        }
        if (WebFetcher.IsUrl(path))
        {
            foreach (var item in ReadUrl(path))
            {
                yield return item;
            }
            yield break;
        }
        if (Directory.Exists(path))
        {
            IEnumerable<string> files;
            try
            {
                files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => KnownExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files = [];
                path = path + ": " + e.Message;
            }
            foreach (var file in files)
            {
                foreach (var item in ReadFile(file))
                {
                    yield return item;
                }
            }
            yield break;
        }
        if (!File.Exists(path))
        {
            yield return new InputItem(null, new InputProblem(path, "no such file, folder or URL", IsError: true));
            yield break;
        }
        foreach (var item in ReadFile(path))
        {
            yield return item;
        }
    }

    private enum ContentKind
    {
        Text,
        Html,
        JsonLines,
        Feed,
    }

    private IEnumerable<InputItem> ReadFile(string file)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxInputBytes)
            {
                return [new InputItem(null, new InputProblem(file, $"the file is {length:N0} bytes, over the limit of {MaxInputBytes:N0}", IsError: true))];
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputItem(null, new InputProblem(file, $"cannot be read: {e.Message}", IsError: true))];
        }
        var name = file;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var (inflated, error) = Gunzip(bytes);
            if (error is not null)
            {
                return [new InputItem(null, new InputProblem(file, error, IsError: true))];
            }
            bytes = inflated!;
            name = name[..^3];
        }
        return FromBytes(file, KindOf(name), bytes, null, fromHttp: false);
    }

    private (byte[]? Bytes, string? Error) Gunzip(byte[] bytes)
    {
        try
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gz.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxInputBytes)
                {
                    return (null, $"decompresses to over the limit of {MaxInputBytes:N0} bytes; refused");
                }
                output.Write(buffer, 0, read);
            }
            return (output.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, $"is not valid gzip: {e.Message}");
        }
    }

    private static ContentKind? KindOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".xhtml" => ContentKind.Html,
        ".jsonl" or ".ndjson" => ContentKind.JsonLines,
        ".xml" or ".rss" or ".atom" => ContentKind.Feed,
        ".txt" or ".text" => ContentKind.Text,
        _ => null,
    };

    private IEnumerable<InputItem> FromBytes(string source, ContentKind? kind, byte[] bytes, string? url, bool fromHttp)
    {
        var (text, warning, error) = TextDecoder.Decode(bytes);
        if (error is not null)
        {
            return [new InputItem(null, new InputProblem(source, error, IsError: false))];
        }
        var items = FromText(source, kind ?? Sniff(text!), text!, url, fromHttp);
        return warning is null ? items : items.Prepend(new InputItem(null, new InputProblem(source, warning, IsError: false)));
    }

    private static ContentKind Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        if (head.StartsWith("{"))
        {
            return ContentKind.JsonLines;
        }
        if (head.StartsWith("<"))
        {
            return FeedParser.LooksLikeFeed(text) ? ContentKind.Feed : ContentKind.Html;
        }
        return ContentKind.Text;
    }

    private IEnumerable<InputItem> FromText(string source, ContentKind kind, string text, string? url, bool fromHttp)
    {
        switch (kind)
        {
            case ContentKind.Html:
                return [DeferExtraction ? new InputItem(null, null) { Pending = () => FromHtml(source, text, url) } : FromHtml(source, text, url)];
            case ContentKind.JsonLines:
                return FromJsonLines(source, text);
            case ContentKind.Feed:
                return FromFeed(source, text, fromHttp);
            default:
                return string.IsNullOrWhiteSpace(text)
                    ? [new InputItem(null, new InputProblem(source, "the input has no text", IsError: false))]
                    : [new InputItem(new RawDocument(source, text, Date: LeadingDateLine.Find(text), Url: url), null)];
        }
    }

    private InputItem FromHtml(string source, string html, string? url, string? fallbackTitle = null, DateOnly? fallbackDate = null)
    {
        ExtractedArticle article;
        try
        {
            article = Extractor.Extract(html, url);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new InputItem(null, new InputProblem(source, $"the HTML could not be parsed: {e.Message}", IsError: false));
        }
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return new InputItem(null, new InputProblem(source, "no article text found in the HTML", IsError: false));
        }
        return new InputItem(new RawDocument(source, article.Text, article.Title ?? fallbackTitle, article.Date ?? fallbackDate,
            url ?? article.Url, article.Author, article.Language), null);
    }

    private IEnumerable<InputItem> FromJsonLines(string source, string text)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var where = $"{source}#L{lineNumber}";
            RawDocument? doc = null;
            string? problem = null;
            Func<InputItem>? deferred = null;
            try
            {
                using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 32 });
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    problem = "the line is not a JSON object";
                }
                else
                {
                    var body = Str(root, "text") ?? Str(root, "content") ?? Str(root, "body") ?? Str(root, "articleBody");
                    var title = Str(root, "title");
                    var date = PageMetadata.ParseDate(Str(root, "date") ?? Str(root, "published"));
                    var url = Str(root, "url") ?? Str(root, "link");
                    if (string.IsNullOrWhiteSpace(body))
                    {
                        problem = "the object has no \"text\" field";
                    }
                    else if (body.TrimStart().StartsWith('<') && DeferExtraction)
                    {
                        var (htmlSource, htmlUrl, htmlTitle, htmlDate) = (where, url, title, date);
                        deferred = () => FromHtmlLine(htmlSource, body, htmlUrl, htmlTitle, htmlDate);
                    }
                    else if (body.TrimStart().StartsWith('<'))
                    {
                        var item = FromHtml(where, body, url, title, date);
                        doc = item.Document;
                        problem = item.Problem?.Message;
                    }
                    else
                    {
                        doc = new RawDocument(where, body, title, date, url, Str(root, "author"), Str(root, "language"));
                    }
                }
            }
            catch (JsonException e)
            {
                problem = $"not valid JSON: {e.Message}";
            }
            if (deferred is not null)
            {
                yield return new InputItem(null, null) { Pending = deferred };
                continue;
            }
            yield return new InputItem(doc, problem is null ? null : new InputProblem(where, problem, IsError: doc is null));
        }
    }

    /// <summary>An HTML body of a JSON line: a problem with it is an error when no document came out (as for other lines).</summary>
    private InputItem FromHtmlLine(string where, string body, string? url, string? title, DateOnly? date)
    {
        var item = FromHtml(where, body, url, title, date);
        return item.Problem is { } p ? new InputItem(item.Document, p with { IsError = item.Document is null }) : item;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private IEnumerable<InputItem> FromFeed(string source, string xml, bool fromHttp)
    {
        var parsed = FeedParser.Parse(xml);
        if (parsed.Error is not null)
        {
            yield return new InputItem(null, new InputProblem(source, parsed.Error, IsError: true));
            yield break;
        }
        if (parsed.Items.Count == 0)
        {
            yield return new InputItem(null, new InputProblem(source, "the feed has no items", IsError: false));
        }
        var index = 0;
        foreach (var item in parsed.Items)
        {
            index++;
            var where = item.Link ?? $"{source}#item{index}";
            InputItem? fetched = null;
            if (fromHttp && FetchFeedArticles && Fetcher is not null && item.Link is { } link && WebFetcher.IsUrl(link))
            {
                var page = Fetcher.Get(link);
                if (page.Status == FetchStatus.Ok && TextDecoder.Decode(page.Body) is { Text: { } pageText })
                {
                    var candidate = FromHtml(link, pageText, link, item.Title, item.Date);
                    fetched = candidate.Document is null ? null : candidate;
                }
            }
            if (fetched is { } f)
            {
                yield return f;
                continue;
            }
            if (string.IsNullOrWhiteSpace(item.Html) && item.Title is null)
            {
                yield return new InputItem(null, new InputProblem(where, "the feed item has neither content nor title", IsError: false));
                continue;
            }
            var body = item.Html is null ? "" : Extractor.TextOfFragment(item.Html);
            if (string.IsNullOrWhiteSpace(body))
            {
                body = item.Title ?? "";
            }
            yield return new InputItem(new RawDocument(where, body, item.Title, item.Date, item.Link, item.Author), null);
        }
    }

    private IEnumerable<InputItem> ReadUrl(string url)
    {
        if (Fetcher is null)
        {
            yield return new InputItem(null, new InputProblem(url, "URLs are not enabled in this command", IsError: true));
            yield break;
        }
        var state = FeedStates?.GetFeedState(url);
        var result = Fetcher.Get(url, state?.ETag, state?.LastModified);
        if (result.Status == FetchStatus.NotModified)
        {
            FeedStates?.SetFeedState(new FeedState(url, result.ETag, result.LastModified, DateTimeOffset.UtcNow));
            yield return new InputItem(null, new InputProblem(url, "not modified since the last poll (HTTP 304); nothing new", IsError: false));
            yield break;
        }
        if (result.Status == FetchStatus.Failed)
        {
            yield return new InputItem(null, new InputProblem(url, $"cannot be fetched: {result.Error}", IsError: true));
            yield break;
        }
        var (text, _, error) = TextDecoder.Decode(result.Body);
        if (error is not null)
        {
            yield return new InputItem(null, new InputProblem(url, error, IsError: false));
            yield break;
        }
        var isFeed = result.ContentType is { } ct && (ct.Contains("rss", StringComparison.OrdinalIgnoreCase) || ct.Contains("atom", StringComparison.OrdinalIgnoreCase)
            || (ct.Contains("xml", StringComparison.OrdinalIgnoreCase) && !ct.Contains("html", StringComparison.OrdinalIgnoreCase)))
            || FeedParser.LooksLikeFeed(text!);
        var kind = isFeed ? ContentKind.Feed : result.ContentType is "text/plain" ? ContentKind.Text : Sniff(text!);
        foreach (var item in FromText(url, kind, text!, url, fromHttp: true))
        {
            yield return item;
        }
        if (isFeed)
        {
            // Saved only after every item was handed on, so a killed run re-fetches the feed instead of skipping items.
            FeedStates?.SetFeedState(new FeedState(url, result.ETag, result.LastModified, DateTimeOffset.UtcNow));
        }
    }
}
