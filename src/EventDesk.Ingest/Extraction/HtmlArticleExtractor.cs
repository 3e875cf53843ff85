using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace EventDesk.Ingest.Extraction;

/// <summary>
/// Finds the article in an HTML page by scoring DOM blocks (text length, commas, link density,
/// tag and class/id hints, paragraph structure), keeps the best block and its related siblings,
/// and reads title, author, publication date and language from meta tags, JSON-LD, &lt;time&gt;
/// and the URL. Thread-safe (stateless; a parser per call).
/// </summary>
public sealed partial class HtmlArticleExtractor
{
    /// <summary>Pages larger than this are truncated before parsing, so a hostile page cannot exhaust memory.</summary>
    public int MaxHtmlChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>Elements nested deeper than this are ignored (hostile or broken pages).</summary>
    public int MaxDepth { get; init; } = 256;

    private static readonly HashSet<string> DropTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "iframe", "form", "svg", "nav", "footer", "aside", "button", "select", "input",
        "textarea", "template", "object", "embed", "canvas", "map", "dialog", "menu", "label", "video", "audio", "picture", "link", "meta",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "header", "address", "hr", "center",
    };

    [GeneratedRegex(@"comment|sidebar|side-bar|related|share|sharing|social|footer|foot|nav|menu|breadcrumb|promo|advert|\bads?\b|ad-|-ad\b|banner|sponsor|newsletter|subscri|signup|sign-up|cookie|popup|modal|masthead|widget|outbrain|taboola|recirc|recommend|trending|most-?popular|more-stories|read-?more|tags|tagline|byline|author-bio|disclaimer|copyright|skip|hidden|print|pagination|pager|toolbar|utility|caption|credit|login|paywall|rating|vote|tooltip|jump", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeHint();

    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|blog|prose|column|paragraph|rich-?text|page", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveHint();

    [GeneratedRegex(@"^(advertisement|advertising|sponsored|share( this)?( article| story)?|read more|related( articles| stories)?:?|sign up.*|subscribe.*|click here.*|follow us.*|photo:.*|image:.*|getty images|loading\.*|continue reading.*|recommended.*|most popular|see also:?|more:?|you may also like.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateLine();

    public ExtractedArticle Extract(string html, string? url = null)
    {
        if (html.Length > MaxHtmlChars)
        {
            html = html[..MaxHtmlChars];
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsNotConsumingCharacterReferences = false });
        var document = parser.ParseDocument(html);
        var meta = PageMetadata.Read(document, url);
        var root = (IElement?)document.Body ?? document.DocumentElement;
        Clean(root, 0);
        var chosen = ChooseContent(root);
        var writer = new BlockWriter(html);
        foreach (var node in chosen)
        {
            writer.Write(node, 0, MaxDepth);
        }
        var text = writer.Finish(meta.Title);
        return new ExtractedArticle(text, meta.Title, meta.Author, meta.Date, meta.DateSource, meta.Language, url ?? meta.CanonicalUrl, new OffsetMap(writer.Segments));
    }

    /// <summary>The text of an HTML fragment (a feed item's description), with no content selection.</summary>
    public string TextOfFragment(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<html><body>" + (html.Length > MaxHtmlChars ? html[..MaxHtmlChars] : html) + "</body></html>");
        var root = (IElement?)document.Body ?? document.DocumentElement;
        Clean(root, 0);
        var writer = new BlockWriter(html);
        writer.Write(root, 0, MaxDepth);
        return writer.Finish(null);
    }

    /// <summary>Removes elements that are never article text: scripts, navigation, hidden and boilerplate-classed blocks.</summary>
    private void Clean(IElement element, int depth)
    {
        foreach (var child in element.Children.ToArray())
        {
            if (depth > MaxDepth || ShouldDrop(child))
            {
                child.Remove();
                continue;
            }
            Clean(child, depth + 1);
        }
    }

    private static bool ShouldDrop(IElement e)
    {
        var tag = e.LocalName;
        if (DropTags.Contains(tag))
        {
            return true;
        }
        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var style = e.GetAttribute("style");
        if (style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var role = e.GetAttribute("role");
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" or "menu")
        {
            return true;
        }
        if (tag is "body" or "html" or "article" or "main" or "p")
        {
            return false;
        }
        var hints = Hints(e);
        if (hints.Length == 0)
        {
            return false;
        }
        return NegativeHint().IsMatch(hints) && !PositiveHint().IsMatch(hints) && e.TextContent.Length < 3000;
    }

    private static string Hints(IElement e) => (e.ClassName ?? "") + " " + (e.Id ?? "");

    private static int ClassWeight(IElement e)
    {
        var hints = Hints(e);
        var w = 0;
        if (NegativeHint().IsMatch(hints))
        {
            w -= 25;
        }
        if (PositiveHint().IsMatch(hints))
        {
            w += 25;
        }
        if (e.LocalName is "article" or "main" || e.GetAttribute("itemprop") is "articleBody" or "text")
        {
            w += 30;
        }
        return w;
    }

    /// <summary>Scores text blocks and returns the best-scoring container plus related siblings.</summary>
    private IReadOnlyList<IElement> ChooseContent(IElement root)
    {
        var scores = new Dictionary<IElement, double>();
        double ScoreOf(IElement e)
        {
            if (!scores.TryGetValue(e, out var s))
            {
                s = e.LocalName switch
                {
                    "div" or "article" or "main" or "section" => 5,
                    "pre" or "td" or "blockquote" => 3,
                    "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
                    "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
                    _ => 0,
                } + ClassWeight(e);
                scores[e] = s;
            }
            return s;
        }
        foreach (var p in root.QuerySelectorAll("p, pre, td, blockquote, div, section"))
        {
            if (p.LocalName is "div" or "section" or "td" && HasBlockChild(p))
            {
                continue;
            }
            var text = Normalize(p.TextContent);
            if (text.Length < 25)
            {
                continue;
            }
            var score = 1.0 + text.Count(c => c is ',' or '，' or '、') + Math.Min(Math.Floor(text.Length / 100.0), 3);
            var ancestor = p.ParentElement;
            for (var level = 0; ancestor is not null && level < 3; level++, ancestor = ancestor.ParentElement)
            {
                var add = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                scores[ancestor] = ScoreOf(ancestor) + add;
            }
        }
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (e, s) in scores)
        {
            var final = s * (1 - LinkDensity(e));
            scores[e] = final;
            if (final > bestScore)
            {
                best = e;
                bestScore = final;
            }
        }
        if (best is null)
        {
            return [root];
        }
        // A container with many scored children can beat its parent; climb while the parent holds clearly more text.
        while (best.ParentElement is { } parent && parent != root.ParentElement && scores.TryGetValue(parent, out var ps) && ps > bestScore * 0.75
               && parent.LocalName != "body" && parent.LocalName != "html")
        {
            best = parent;
            bestScore = ps;
        }
        var parentOfBest = best.ParentElement;
        if (parentOfBest is null)
        {
            return [best];
        }
        var threshold = Math.Max(10, bestScore * 0.2);
        var chosen = new List<IElement>();
        var bestHints = best.ClassName;
        foreach (var sibling in parentOfBest.Children)
        {
            if (sibling == best)
            {
                chosen.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(bestHints) && sibling.ClassName == bestHints ? bestScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var s) && s + bonus >= threshold)
            {
                chosen.Add(sibling);
            }
            else if (sibling.LocalName == "p")
            {
                var text = Normalize(sibling.TextContent);
                var density = LinkDensity(sibling);
                if ((text.Length > 80 && density < 0.25) || (text.Length is > 0 and <= 80 && density == 0 && text.EndsWith('.')))
                {
                    chosen.Add(sibling);
                }
            }
        }
        return chosen;
    }

    private static bool HasBlockChild(IElement e)
    {
        foreach (var c in e.Children)
        {
            if (c.LocalName is "p" or "div" or "section" or "article" or "table" or "ul" or "ol" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "figure")
            {
                return true;
            }
        }
        return false;
    }

    internal static double LinkDensity(IElement e)
    {
        var total = e.TextContent.Length;
        if (total == 0)
        {
            return 0;
        }
        var links = 0;
        foreach (var a in e.QuerySelectorAll("a"))
        {
            links += a.TextContent.Length;
        }
        return Math.Min(1, (double)links / total);
    }

    internal static string Normalize(string s) => WhitespaceRun().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    /// <summary>Writes the chosen blocks as paragraphs, recording where each word came from in the source.</summary>
    private sealed class BlockWriter(string source)
    {
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _para = new();
        private readonly List<(int, int, int)> _paraSegments = [];
        private int _paraLinkChars;
        private bool _pendingSpace;
        private int _cursor;

        public List<(int CleanStart, int SourceStart, int Length)> Segments { get; } = [];

        public void Write(INode node, int depth, int maxDepth)
        {
            if (depth > maxDepth)
            {
                return;
            }
            if (node is IText text)
            {
                Append(text.Data, InsideLink(text));
                return;
            }
            if (node is not IElement element)
            {
                return;
            }
            var tag = element.LocalName;
            if (tag == "br")
            {
                _pendingSpace = true;
                return;
            }
            if (element.SourceReference is { } reference && reference.Position.Position > _cursor)
            {
                _cursor = reference.Position.Position;
            }
            if (tag is "h1" or "figcaption")
            {
                // The headline is the title, not body text; captions describe pictures, not the story.
                return;
            }
            var block = BlockTags.Contains(tag);
            if (block)
            {
                Flush();
            }
            foreach (var child in element.ChildNodes)
            {
                Write(child, depth + 1, maxDepth);
            }
            if (block)
            {
                Flush();
            }
        }

        private static bool InsideLink(INode node)
        {
            for (var p = node.ParentElement; p is not null; p = p.ParentElement)
            {
                if (p.LocalName == "a")
                {
                    return true;
                }
                if (BlockTags.Contains(p.LocalName))
                {
                    return false;
                }
            }
            return false;
        }

        private void Append(string data, bool link)
        {
            var i = 0;
            while (i < data.Length)
            {
                if (char.IsWhiteSpace(data[i]))
                {
                    _pendingSpace = true;
                    i++;
                    continue;
                }
                var start = i;
                while (i < data.Length && !char.IsWhiteSpace(data[i]))
                {
                    i++;
                }
                var word = data.AsSpan(start, i - start);
                if (_pendingSpace && _para.Length > 0)
                {
                    _para.Append(' ');
                }
                _pendingSpace = false;
                var at = source.AsSpan(_cursor).IndexOf(word, StringComparison.Ordinal);
                var sourceStart = at >= 0 && at < 4096 ? _cursor + at : _cursor;
                if (at >= 0 && at < 4096)
                {
                    _cursor = sourceStart + word.Length;
                }
                _paraSegments.Add((_para.Length, sourceStart, at >= 0 && at < 4096 ? word.Length : 0));
                _para.Append(word);
                if (link)
                {
                    _paraLinkChars += word.Length;
                }
            }
        }

        private void Flush()
        {
            _pendingSpace = false;
            if (_para.Length == 0)
            {
                return;
            }
            var text = _para.ToString();
            var keep = !(text.Length < 60 && BoilerplateLine().IsMatch(text.Trim()))
                && !(_paraLinkChars > text.Length * 0.6 && text.Length < 200)
                && text.Any(char.IsLetterOrDigit);
            if (keep)
            {
                if (_out.Length > 0)
                {
                    _out.Append("\n\n");
                }
                var offset = _out.Length;
                foreach (var (c, s, l) in _paraSegments)
                {
                    Segments.Add((offset + c, s, l));
                }
                _out.Append(text);
            }
            _para.Clear();
            _paraSegments.Clear();
            _paraLinkChars = 0;
        }

        public string Finish(string? title)
        {
            Flush();
            return _out.ToString();
        }
    }
}
