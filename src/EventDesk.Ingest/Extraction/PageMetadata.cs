using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace EventDesk.Ingest.Extraction;

/// <summary>Title, author, date and language of a page from its meta tags, JSON-LD, &lt;time&gt; and URL.</summary>
internal sealed partial record PageMetadata(string? Title, string? Author, DateOnly? Date, string? DateSource, string? Language, string? CanonicalUrl)
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
        "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate", "dc.date.created",
        "article:modified_time", "og:updated_time", "last-modified",
    ];

    public static PageMetadata Read(IHtmlDocument document, string? url)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            var content = m.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(key.Trim(), content.Trim());
            }
        }
        var ld = JsonLd.Read(document);
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Get(metas, "og:url");

        var title = Get(metas, "og:title") ?? ld.Headline ?? Get(metas, "twitter:title");
        var h1 = document.QuerySelector("h1")?.TextContent;
        if (title is null && !string.IsNullOrWhiteSpace(h1))
        {
            title = h1;
        }
        if (title is null && document.Title is { Length: > 0 } t)
        {
            var cut = t.Split([" | ", " - ", " – ", " — "], StringSplitOptions.None)[0];
            title = cut;
        }
        title = title is null ? null : HtmlArticleExtractor.Normalize(title);

        var author = Get(metas, "author") ?? Get(metas, "article:author") ?? ld.Author ?? Get(metas, "dc.creator") ?? Get(metas, "byl")
            ?? document.QuerySelector("[rel=author], [itemprop=author], .byline, .author")?.TextContent;
        author = author is null ? null : HtmlArticleExtractor.Normalize(author);
        if (author is { Length: 0 or > 120 } || (author?.StartsWith("http", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            author = null;
        }
        if (author is not null && author.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            author = author[3..].Trim();
        }

        DateOnly? date = null;
        string? dateSource = null;
        foreach (var name in DateMetaNames)
        {
            if (Get(metas, name) is { } v && ParseDate(v) is { } d)
            {
                (date, dateSource) = (d, "meta:" + name);
                break;
            }
        }
        if (date is null && ld.DatePublished is { } ldDate && ParseDate(ldDate) is { } ld2)
        {
            (date, dateSource) = (ld2, "json-ld");
        }
        if (date is null)
        {
            foreach (var time in document.QuerySelectorAll("time[datetime], [itemprop=datePublished]"))
            {
                var v = time.GetAttribute("datetime") ?? time.GetAttribute("content") ?? time.TextContent;
                if (ParseDate(v) is { } d)
                {
                    (date, dateSource) = (d, "time");
                    break;
                }
            }
        }
        if (date is null && (url ?? canonical) is { } u && DateFromUrl(u) is { } ud)
        {
            (date, dateSource) = (ud, "url");
        }
        if (date is null && ld.DateModified is { } mod && ParseDate(mod) is { } md)
        {
            (date, dateSource) = (md, "json-ld:modified");
        }

        var lang = document.DocumentElement.GetAttribute("lang") ?? Get(metas, "content-language") ?? Get(metas, "og:locale") ?? ld.Language;
        if (lang is not null)
        {
            lang = lang.Trim();
            lang = lang.Length >= 2 && char.IsLetter(lang[0]) && char.IsLetter(lang[1]) ? lang[..2].ToLowerInvariant() : null;
        }
        return new PageMetadata(title, author, date, dateSource, lang, canonical);
    }

    private static string? Get(Dictionary<string, string> metas, string key) => metas.TryGetValue(key, out var v) ? v : null;

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "dd.MM.yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "dddd, MMMM d, yyyy", "ddd, d MMM yyyy",
    ];

    [GeneratedRegex(@"(?<y>(19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)")]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"/(?<y>(19|20)\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(/|-|$)|[/_-](?<y>(19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)[/_.-]")]
    private static partial Regex UrlDate();

    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        var iso = IsoLike().Match(value);
        if (iso.Success && MakeDate(iso) is { } d)
        {
            return d;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto)
            && dto.Year is >= 1990 and <= 2100)
        {
            return DateOnly.FromDateTime(dto.DateTime);
        }
        if (DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt) && dt.Year is >= 1990 and <= 2100)
        {
            return DateOnly.FromDateTime(dt);
        }
        if (long.TryParse(value, out var epoch) && epoch > 631152000 && epoch < 4102444800)
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(epoch).UtcDateTime);
        }
        return null;
    }

    internal static DateOnly? DateFromUrl(string url)
    {
        var m = UrlDate().Match(url);
        return m.Success ? MakeDate(m) : null;
    }

    private static DateOnly? MakeDate(Match m)
    {
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    /// <summary>The schema.org fields of the page's JSON-LD blocks that describe the article.</summary>
    private sealed record JsonLd(string? Headline, string? Author, string? DatePublished, string? DateModified, string? Language)
    {
        public static JsonLd Read(IHtmlDocument document)
        {
            string? headline = null, author = null, published = null, modified = null, lang = null;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                    Walk(json.RootElement, 0);
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the other metadata sources still apply.
                }
            }
            return new JsonLd(headline, author, published, modified, lang);

            void Walk(JsonElement e, int depth)
            {
                if (depth > 32)
                {
                    return;
                }
                if (e.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item, depth + 1);
                    }
                    return;
                }
                if (e.ValueKind != JsonValueKind.Object)
                {
                    return;
                }
                foreach (var p in e.EnumerateObject())
                {
                    switch (p.Name)
                    {
                        case "headline" when p.Value.ValueKind == JsonValueKind.String:
                            headline ??= p.Value.GetString();
                            break;
                        case "datePublished" when p.Value.ValueKind == JsonValueKind.String:
                            published ??= p.Value.GetString();
                            break;
                        case "dateModified" when p.Value.ValueKind == JsonValueKind.String:
                            modified ??= p.Value.GetString();
                            break;
                        case "inLanguage" when p.Value.ValueKind == JsonValueKind.String:
                            lang ??= p.Value.GetString();
                            break;
                        case "author" or "creator":
                            author ??= NameOf(p.Value);
                            break;
                        case "@graph" or "mainEntity" or "mainEntityOfPage":
                            Walk(p.Value, depth + 1);
                            break;
                    }
                }
            }

            static string? NameOf(JsonElement v) => v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Object => v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
                JsonValueKind.Array => v.EnumerateArray().Select(NameOf).FirstOrDefault(x => x is not null),
                _ => null,
            };
        }
    }
}
