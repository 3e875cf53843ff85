using System.Xml;
using System.Xml.Linq;
using EventDesk.Ingest.Extraction;

namespace EventDesk.Ingest.Feeds;

/// <summary>One item of an RSS 2.0 or Atom feed. Immutable.</summary>
public sealed record FeedItem(string? Id, string? Title, string? Link, DateOnly? Date, string? Author, string? Html);

/// <summary>The outcome of parsing a feed: the items, or an error saying what was wrong.</summary>
public sealed record FeedParseResult(IReadOnlyList<FeedItem> Items, string? Title, string? Error);

/// <summary>
/// Parses RSS 2.0 and Atom safely: DTDs are prohibited (no XXE, no entity expansion bombs),
/// no resolver, bounded size and depth. Thread-safe (stateless).
/// </summary>
public static class FeedParser
{
    public const int MaxDepth = 64;
    public const long MaxCharacters = 32L * 1024 * 1024;

    public static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>True when the text looks like an RSS or Atom document (cheap sniff of the first bytes).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)
            || (head.TrimStart().StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && !head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    public static FeedParseResult Parse(string xml)
    {
        XDocument doc;
        try
        {
            // First pass bounds the depth; second builds the tree. Both run with the safe settings.
            using (var reader = XmlReader.Create(new StringReader(xml), SafeSettings()))
            {
                while (reader.Read())
                {
                    if (reader.Depth > MaxDepth)
                    {
                        return new FeedParseResult([], null, $"the feed nests elements deeper than {MaxDepth} levels; refused");
                    }
                }
            }
            using (var reader = XmlReader.Create(new StringReader(xml), SafeSettings()))
            {
                doc = XDocument.Load(reader);
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return new FeedParseResult([], null, "the feed declares a DTD (<!DOCTYPE>), which is refused: DTDs enable entity-expansion and external-entity (XXE) attacks");
        }
        catch (XmlException e)
        {
            return new FeedParseResult([], null, $"the feed is not well-formed XML: {e.Message}");
        }
        var root = doc.Root;
        if (root is null)
        {
            return new FeedParseResult([], null, "the feed is empty");
        }
        var items = new List<FeedItem>();
        string? title;
        if (root.Name.LocalName == "feed")
        {
            title = Child(root, "title");
            foreach (var entry in root.Elements().Where(e => e.Name.LocalName == "entry"))
            {
                var link = entry.Elements().Where(e => e.Name.LocalName == "link")
                    .OrderBy(e => (string?)e.Attribute("rel") is null or "alternate" ? 0 : 1)
                    .Select(e => (string?)e.Attribute("href")).FirstOrDefault();
                var author = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "author")?.Elements()
                    .FirstOrDefault(e => e.Name.LocalName == "name")?.Value;
                items.Add(new FeedItem(Child(entry, "id"), Child(entry, "title"), link,
                    PageMetadata.ParseDate(Child(entry, "published") ?? Child(entry, "updated")), author,
                    Child(entry, "content") ?? Child(entry, "summary")));
            }
        }
        else if (root.Name.LocalName is "rss" or "RDF")
        {
            var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
            title = Child(channel, "title");
            var itemParents = root.Name.LocalName == "RDF" ? root : channel;
            foreach (var item in itemParents.Elements().Where(e => e.Name.LocalName == "item"))
            {
                var encoded = item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded")?.Value;
                items.Add(new FeedItem(Child(item, "guid") ?? Child(item, "link"), Child(item, "title"), Child(item, "link"),
                    PageMetadata.ParseDate(Child(item, "pubDate") ?? Child(item, "date")), Child(item, "creator") ?? Child(item, "author"),
                    encoded ?? Child(item, "description")));
            }
        }
        else
        {
            return new FeedParseResult([], null, $"the root element is <{root.Name.LocalName}>, not an RSS <rss> or Atom <feed>");
        }
        return new FeedParseResult(items, title, null);
    }

    private static string? Child(XElement parent, string localName)
    {
        var value = parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
