using System.Collections.Frozen;
using EventDesk.Knowledge;

namespace EventDesk.Coding.Events;

/// <summary>
/// The event dictionary (docs/event-dictionary.md): patterns per CAMEO code in
/// <c>data/events/*.txt</c>, synonym sets in <c>synonyms.txt</c>, exclusions in
/// <c>exclusions.txt</c>. Compiled once into trigger-indexed lookups; immutable and thread-safe.
/// </summary>
public sealed class EventDictionary
{
    /// <summary>Prepositions, subordinators and particles that introduce the next element.</summary>
    public static readonly FrozenSet<string> Markers = FrozenSet.ToFrozenSet(
        ["with", "to", "on", "against", "for", "of", "over", "about", "from", "into", "in", "at", "by", "between", "among", "amongst",
         "toward", "towards", "across", "through", "under", "upon", "as", "like", "after", "before", "during", "within", "without",
         "around", "behind", "beyond", "near", "amid", "despite", "via", "onto", "that", "whether", "if", "than", "regarding",
         "concerning", "alongside", "outside", "inside", "throughout", "including", "following", "per"],
        StringComparer.Ordinal);

    private readonly FrozenDictionary<string, EventPattern[]> _verbTriggers;
    private readonly FrozenDictionary<string, EventPattern[]> _nounTriggers;

    private EventDictionary(List<EventPattern> patterns, IReadOnlyDictionary<string, FrozenSet<string>> synonyms)
    {
        Patterns = patterns;
        Synonyms = synonyms;
        _verbTriggers = Index(patterns.Where(p => !p.Nominal));
        _nounTriggers = Index(patterns.Where(p => p.Nominal));
        // "upgrade" under "upgrad": verb triggers ending in "e" by the stem a lemmatizer's suffix rule leaves, where that stem
        // is no trigger of its own.
        _stemsWithoutE = _verbTriggers.Keys
            .Where(k => k.Length >= 4 && k[^1] == 'e' && !_verbTriggers.ContainsKey(k[..^1]) && !_nounTriggers.ContainsKey(k[..^1]))
            .ToFrozenDictionary(k => k[..^1], k => k, StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, string> _stemsWithoutE;

    /// <summary>
    /// The verb trigger a lemma stands for when a suffix rule dropped its final "e" ("upgraded" lemmatized "upgrad" is
    /// "upgrade"), or null.
    /// </summary>
    public string? VerbWithE(string lemma) => _stemsWithoutE.GetValueOrDefault(lemma);

    public IReadOnlyList<EventPattern> Patterns { get; }

    public IReadOnlyDictionary<string, FrozenSet<string>> Synonyms { get; }

    public int Count => Patterns.Count;

    /// <summary>Patterns whose verb trigger has this lemma (exclusions included).</summary>
    public ReadOnlySpan<EventPattern> VerbPatterns(string lemma) => _verbTriggers.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>Patterns whose noun trigger has this lemma (exclusions included).</summary>
    public ReadOnlySpan<EventPattern> NounPatterns(string lemma) => _nounTriggers.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>Loads data/events found beside or above the application (or EVENTDESK_EVENTS).</summary>
    public static EventDictionary LoadDefault()
    {
        var env = Environment.GetEnvironmentVariable("EVENTDESK_EVENTS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return Load(env);
        }
        var knowledge = KnowledgeBase.FindDefaultDirectory()
            ?? throw new DirectoryNotFoundException("Cannot find data/events; set EVENTDESK_EVENTS to the folder.");
        return Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(knowledge))!, "events"));
    }

    /// <summary>Loads every dictionary file of a folder (and of any extra folders or files, later ones added after).</summary>
    /// <exception cref="KnowledgeFormatException">A line is malformed (message names file and line).</exception>
    public static EventDictionary Load(string folder, params string[] extra)
    {
        var files = new List<string>();
        foreach (var path in extra.Prepend(folder))
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new DirectoryNotFoundException($"Event dictionary '{path}' does not exist.");
            }
        }
        var synonyms = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => Path.GetFileName(f).StartsWith("synonyms", StringComparison.OrdinalIgnoreCase)))
        {
            ReadSynonyms(file, synonyms);
        }
        var patterns = new List<EventPattern>();
        foreach (var file in files.Where(f => !Path.GetFileName(f).StartsWith("synonyms", StringComparison.OrdinalIgnoreCase)))
        {
            ReadPatterns(file, synonyms, patterns);
        }
        return new EventDictionary(patterns, synonyms);
    }

    /// <summary>
    /// A dictionary from patterns built elsewhere (e.g. converted from another coder's dictionary
    /// format). Each pattern's trigger lemmas index it; more specific patterns are tried first.
    /// </summary>
    public static EventDictionary FromPatterns(IEnumerable<EventPattern> patterns, IReadOnlyDictionary<string, FrozenSet<string>>? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return new EventDictionary([.. patterns], synonyms ?? new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal));
    }

    /// <summary>Compiles one pattern line's pattern text (for tests and user patterns).</summary>
    public static EventPattern Compile(string code, string text, IReadOnlyDictionary<string, FrozenSet<string>> synonyms, string file = "inline", int line = 0) =>
        ParsePattern(code, text, synonyms, file, line);

    private static void ReadSynonyms(string file, Dictionary<string, FrozenSet<string>> synonyms)
    {
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(file))
        {
            lineNumber++;
            var line = StripComment(raw);
            if (line.Length == 0)
            {
                continue;
            }
            var eq = line.IndexOf('=');
            if (eq <= 1 || line[0] != '&')
            {
                throw new KnowledgeFormatException(file, lineNumber, "a synonym set is '&NAME = lemma | lemma | ...'.");
            }
            var name = line[..eq].Trim();
            var members = line[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (members.Length == 0)
            {
                throw new KnowledgeFormatException(file, lineNumber, $"synonym set {name} has no members.");
            }
            synonyms[name] = members.Select(m => m.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        }
    }

    private static void ReadPatterns(string file, IReadOnlyDictionary<string, FrozenSet<string>> synonyms, List<EventPattern> patterns)
    {
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(file))
        {
            lineNumber++;
            var line = StripComment(raw);
            if (line.Length == 0)
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new KnowledgeFormatException(file, lineNumber, "expected 'CODE<TAB>PATTERN' (or '!<TAB>PATTERN' for an exclusion).");
            }
            var code = line[..tab].Trim();
            var text = line[(tab + 1)..].Trim();
            if (code != "!" && (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)))
            {
                throw new KnowledgeFormatException(file, lineNumber, $"'{code}' is not a CAMEO code (2-4 digits) or '!'.");
            }
            patterns.Add(ParsePattern(code, text, synonyms, file, lineNumber));
        }
    }

    private static EventPattern ParsePattern(string code, string text, IReadOnlyDictionary<string, FrozenSet<string>> synonyms, string file, int line)
    {
        var nominal = false;
        var body = text;
        if (body.StartsWith("N:", StringComparison.Ordinal))
        {
            nominal = true;
            body = body[2..].Trim();
        }
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var elements = new List<PatternElement>(words.Length);
        var trigger = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            PatternElement element = word switch
            {
                "S" => new(ElementKind.Source, FrozenSet<string>.Empty, [], word),
                "T" or "T:state" => new(ElementKind.Target, FrozenSet<string>.Empty, [], word),
                "'s" or "’s" => new(ElementKind.Possessive, FrozenSet<string>.Empty, [], word),
                "and" when i > 0 && i + 1 < words.Length && words[i - 1] is "S" or "T" && words[i + 1] is "S" or "T" => new(ElementKind.And, FrozenSet<string>.Empty, [], word),
                "not" or "n't" or "never" => new(ElementKind.Not, FrozenSet.ToFrozenSet(["not", "n't", "never"], StringComparer.Ordinal), [], word),
                _ when trigger >= 0 && Markers.Contains(word) => new(ElementKind.Marker, FrozenSet.ToFrozenSet([word], StringComparer.Ordinal), [], word),
                _ => Word(word, synonyms, file, line),
            };
            if (element.Kind == ElementKind.Word && trigger < 0)
            {
                trigger = elements.Count;
            }
            elements.Add(element);
        }
        if (trigger < 0)
        {
            throw new KnowledgeFormatException(file, line, $"pattern '{text}' has no trigger word.");
        }
        if (nominal && elements[trigger].Modifiers.Count > 0 && elements[trigger].Lemmas.Count == 0)
        {
            throw new KnowledgeFormatException(file, line, $"pattern '{text}' has an empty trigger.");
        }
        return new EventPattern(code, nominal, elements, trigger, text, file, line, code == "!") { StateTarget = words.Contains("T:state") };
    }

    private static PatternElement Word(string word, IReadOnlyDictionary<string, FrozenSet<string>> synonyms, string file, int line)
    {
        // a_b_c: modifiers a and b of the head c ("military_&AIDN", "press_conference").
        var parts = word.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var sets = new FrozenSet<string>[parts.Length];
        for (var p = 0; p < parts.Length; p++)
        {
            sets[p] = Expand(parts[p], synonyms, file, line);
        }
        return new PatternElement(ElementKind.Word, sets[^1], sets[..^1], word);
    }

    private static FrozenSet<string> Expand(string part, IReadOnlyDictionary<string, FrozenSet<string>> synonyms, string file, int line)
    {
        if (part[0] == '&')
        {
            return synonyms.TryGetValue(part, out var set)
                ? set
                : throw new KnowledgeFormatException(file, line, $"unknown synonym set {part}; define it in synonyms.txt.");
        }
        return FrozenSet.ToFrozenSet([part.ToLowerInvariant()], StringComparer.Ordinal);
    }

    private static string StripComment(string raw)
    {
        var hash = raw.IndexOf('#');
        // '#' starts a comment at the line start or after a tab (patterns never contain '#').
        var line = hash == 0 ? "" : hash > 0 && raw[hash - 1] is '\t' or ' ' ? raw[..hash] : raw;
        return line.Trim();
    }

    private static FrozenDictionary<string, EventPattern[]> Index(IEnumerable<EventPattern> patterns)
    {
        var index = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            foreach (var lemma in pattern.Trigger.Lemmas)
            {
                if (!index.TryGetValue(lemma, out var list))
                {
                    index[lemma] = list = [];
                }
                list.Add(pattern);
            }
        }
        // Most specific first, so the first full match is the one to take.
        return index.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(p => p.Weight).ThenBy(p => p.Exclusion ? 0 : 1).ToArray(),
            StringComparer.Ordinal);
    }
}
