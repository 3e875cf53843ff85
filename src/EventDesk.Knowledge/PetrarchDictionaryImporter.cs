using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace EventDesk.Knowledge;

/// <summary>
/// Reads PETRARCH/TABARI actor and agent dictionaries into our model, so community dictionaries keep
/// working. Understood: '#' comments (whole line or trailing), &lt;!-- --&gt; blocks, '+' synonym lines,
/// indented code lines, codes with date restrictions ([RUSGOV &gt;20040309], [RUS &lt;19911231],
/// [X 20010101-20050101], 6-digit YYMMDD dates), several codes "A/B", underscores as word joiners,
/// agent plurals "{PLURALS}" / "{}" (none) / absent (regular plural generated), "~" agent codes, and
/// "!SET! = A, B" substitution sets. Stateless and thread-safe.
/// </summary>
public static class PetrarchDictionaryImporter
{
    /// <summary>
    /// Reads an actor dictionary. Community dictionaries contain occasional typos (a 7-digit date); when
    /// <paramref name="warnings"/> is given, a malformed code block is skipped and reported there,
    /// otherwise the first problem throws <see cref="KnowledgeFormatException"/>.
    /// </summary>
    public static ImmutableArray<ImportedActor> LoadActors(string path, ICollection<KnowledgeFormatException>? warnings = null) =>
        ParseActors(path, File.ReadAllLines(path), warnings);

    /// <summary>Reads an agents dictionary; see <see cref="LoadActors"/> for <paramref name="warnings"/>.</summary>
    public static ImmutableArray<ImportedAgent> LoadAgents(string path, ICollection<KnowledgeFormatException>? warnings = null) =>
        ParseAgents(path, File.ReadAllLines(path), warnings);

    public static ImmutableArray<ImportedActor> ParseActors(string path, IReadOnlyList<string> lines, ICollection<KnowledgeFormatException>? warnings = null)
    {
        var result = ImmutableArray.CreateBuilder<ImportedActor>();
        string? name = null;
        var line0 = 0;
        var synonyms = new List<string>();
        var codes = new List<DatedCode>();

        void Flush()
        {
            if (name is not null)
            {
                result.Add(new ImportedActor(name, [.. synonyms], [.. codes], new SourceRef(path, line0)));
            }
            name = null;
            synonyms.Clear();
            codes.Clear();
        }

        foreach (var (lineNo, raw) in Lines(lines))
        {
            try
            {
                ActorLine(lineNo, raw);
            }
            catch (KnowledgeFormatException ex) when (warnings is not null)
            {
                warnings.Add(ex);
            }
        }
        Flush();
        return result.ToImmutable();

        void ActorLine(int lineNo, string raw)
        {
            var indented = raw.Length > 0 && char.IsWhiteSpace(raw[0]);
            var text = raw.Trim();
            if (text.Length == 0)
            {
                return;
            }
            if (text[0] == '+')
            {
                if (name is null)
                {
                    throw new KnowledgeFormatException(path, lineNo, "synonym line '+...' before any actor entry.");
                }
                var syn = CleanName(StripBraces(text[1..]));
                if (syn.Length > 0)
                {
                    synonyms.Add(syn);
                }
                return;
            }
            if (text[0] == '[')
            {
                if (name is null)
                {
                    throw new KnowledgeFormatException(path, lineNo, "code line '[...]' before any actor entry.");
                }
                ParseCodes(path, lineNo, text, codes);
                return;
            }
            if (indented && name is not null && text.IndexOf('[') < 0)
            {
                return; // a continuation we do not understand; keep the entry
            }
            Flush();
            line0 = lineNo;
            var bracket = text.IndexOf('[');
            name = CleanName(StripBraces(bracket >= 0 ? text[..bracket] : text));
            if (bracket >= 0)
            {
                ParseCodes(path, lineNo, text[bracket..], codes);
            }
            if (name.Length == 0)
            {
                throw new KnowledgeFormatException(path, lineNo, "actor entry without a name.");
            }
        }
    }

    public static ImmutableArray<ImportedAgent> ParseAgents(string path, IReadOnlyList<string> lines, ICollection<KnowledgeFormatException>? warnings = null)
    {
        var result = ImmutableArray.CreateBuilder<ImportedAgent>();
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (lineNo, raw) in Lines(lines))
        {
            try
            {
                AgentLine(lineNo, raw);
            }
            catch (KnowledgeFormatException ex) when (warnings is not null)
            {
                warnings.Add(ex);
            }
        }
        return result.ToImmutable();

        void AgentLine(int lineNo, string raw)
        {
            var text = raw.Trim();
            if (text.Length == 0)
            {
                return;
            }
            if (text[0] == '!' && text.Contains('=', StringComparison.Ordinal))
            {
                var eq = text.IndexOf('=');
                var setName = text[..eq].Trim();
                sets[setName] = text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return;
            }
            var bracket = text.IndexOf('[');
            var close = text.IndexOf(']', Math.Max(bracket, 0));
            if (bracket < 0 || close < 0)
            {
                throw new KnowledgeFormatException(path, lineNo, "agent line needs a code in brackets, e.g. 'POLICE {} [~COP]'.");
            }
            var code = text[(bracket + 1)..close].Trim();
            var isPrefix = code.EndsWith('~');
            code = code.Trim('~', ' ').ToUpperInvariant();
            var head = text[..bracket];
            string? plurals = null;
            var brace = head.IndexOf('{');
            if (brace >= 0)
            {
                var braceEnd = head.IndexOf('}', brace);
                if (braceEnd < 0)
                {
                    throw new KnowledgeFormatException(path, lineNo, "unclosed '{' in agent plural.");
                }
                plurals = head[(brace + 1)..braceEnd];
                head = head[..brace];
            }
            foreach (var term in Expand(head.Trim(), sets, path, lineNo))
            {
                var clean = CleanName(term);
                if (clean.Length == 0)
                {
                    continue;
                }
                ImmutableArray<string> forms = plurals is null
                    ? [Pluralize(clean)]
                    : [.. plurals.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(p => Expand(p, sets, path, lineNo)).Select(CleanName).Where(p => p.Length > 0)];
                result.Add(new ImportedAgent(clean, forms, code, isPrefix, new SourceRef(path, lineNo)));
            }
        }
    }

    /// <summary>Regular English plural of the last word ("FOREIGN MINISTER" -> "FOREIGN MINISTERS").</summary>
    public static string Pluralize(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var head = phrase[..(space + 1)];
        var word = phrase[(space + 1)..];
        if (word.Length == 0)
        {
            return phrase;
        }
        var upper = word.ToUpperInvariant();
        string plural;
        if (upper.EndsWith('Y') && word.Length > 1 && "AEIOU".IndexOf(upper[^2]) < 0)
        {
            plural = word[..^1] + (char.IsUpper(word[^1]) ? "IES" : "ies");
        }
        else if (upper.EndsWith('S') || upper.EndsWith('X') || upper.EndsWith('Z') || upper.EndsWith("CH", StringComparison.Ordinal) || upper.EndsWith("SH", StringComparison.Ordinal))
        {
            plural = word + (char.IsUpper(word[^1]) ? "ES" : "es");
        }
        else
        {
            plural = word + (char.IsUpper(word[^1]) ? "S" : "s");
        }
        return head + plural;
    }

    // Yields (1-based line, text without comments), skipping <!-- --> blocks (which may span lines).
    private static IEnumerable<(int, string)> Lines(IReadOnlyList<string> lines)
    {
        var inBlock = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (inBlock)
            {
                if (line.Contains("-->", StringComparison.Ordinal))
                {
                    inBlock = false;
                }
                continue;
            }
            var t = line.TrimStart();
            if (t.StartsWith("<!", StringComparison.Ordinal))
            {
                inBlock = !line.Contains("-->", StringComparison.Ordinal) && !t.EndsWith('>');
                continue;
            }
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }
            yield return (i + 1, line.TrimEnd());
        }
    }

    private static void ParseCodes(string path, int lineNo, string text, List<DatedCode> codes)
    {
        var pos = 0;
        while ((pos = text.IndexOf('[', pos)) >= 0)
        {
            var end = text.IndexOf(']', pos);
            if (end < 0)
            {
                throw new KnowledgeFormatException(path, lineNo, "unclosed '[' in actor code.");
            }
            var body = text[(pos + 1)..end].Trim();
            pos = end + 1;
            if (body.Length == 0)
            {
                continue;
            }
            var split = body.IndexOfAny([' ', '\t', '<', '>']);
            var codePart = split < 0 ? body : body[..split];
            var restriction = split < 0 ? "" : body[split..].Trim();
            var range = ParseRestriction(path, lineNo, restriction);
            foreach (var code in codePart.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                codes.Add(new DatedCode(code.ToUpperInvariant(), range));
            }
        }
    }

    /// <summary>"&lt;D" = before D, "&gt;D" = from D on, "D1-D2" = D1 through D2 (inclusive).</summary>
    private static DateRange ParseRestriction(string path, int lineNo, string text)
    {
        if (text.Length == 0)
        {
            return DateRange.Always;
        }
        if (text[0] == '<')
        {
            return new DateRange(null, ParseDate(path, lineNo, text[1..]).AddDays(-1));
        }
        if (text[0] == '>')
        {
            return new DateRange(ParseDate(path, lineNo, text[1..]), null);
        }
        var dash = text.IndexOf('-');
        if (dash < 0)
        {
            throw new KnowledgeFormatException(path, lineNo, $"date restriction '{text}' should be <DATE, >DATE or DATE-DATE.");
        }
        var start = ParseDate(path, lineNo, text[..dash]);
        var end = ParseDate(path, lineNo, text[(dash + 1)..]);
        if (start > end)
        {
            throw new KnowledgeFormatException(path, lineNo, $"date restriction '{text}' starts after it ends.");
        }
        return new DateRange(start, end);
    }

    private static DateOnly ParseDate(string path, int lineNo, string text)
    {
        var t = text.Trim();
        if (t.Length == 8 && DateOnly.TryParseExact(t, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        if (t.Length == 6 && int.TryParse(t.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
            && DateOnly.TryParseExact((yy < 30 ? "20" : "19") + t, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d; // TABARI-era YYMMDD: 00-29 -> 20xx, else 19xx
        }
        throw new KnowledgeFormatException(path, lineNo, $"'{text}' is not a date (YYYYMMDD or YYMMDD).");
    }

    private static string StripBraces(string text)
    {
        var brace = text.IndexOf('{');
        return brace >= 0 ? text[..brace] : text;
    }

    // Underscores join words; a trailing underscore (whole-word marker) is dropped.
    private static string CleanName(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Trim())
        {
            sb.Append(ch == '_' ? ' ' : ch);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<string> Expand(string term, Dictionary<string, string[]> sets, string path, int lineNo)
    {
        var start = term.IndexOf('!');
        if (start < 0)
        {
            return [term];
        }
        var end = term.IndexOf('!', start + 1);
        if (end < 0)
        {
            throw new KnowledgeFormatException(path, lineNo, "unclosed '!SET!' substitution marker.");
        }
        var setName = term[start..(end + 1)];
        if (!sets.TryGetValue(setName, out var values))
        {
            throw new KnowledgeFormatException(path, lineNo, $"substitution set {setName} is used before it is defined ('{setName} = A, B').");
        }
        return values.SelectMany(v => Expand(term[..start] + v + term[(end + 1)..], sets, path, lineNo));
    }
}
