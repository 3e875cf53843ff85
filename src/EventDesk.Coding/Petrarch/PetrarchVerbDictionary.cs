using System.Collections.Frozen;
using System.Text.RegularExpressions;
using EventDesk.Coding.Events;

namespace EventDesk.Coding.Petrarch;

/// <summary>What the converter did with a PETRARCH verb dictionary: counts, and why patterns were skipped.</summary>
public sealed record PetrarchConversionReport(
    string File,
    int Synsets,
    int Blocks,
    int Verbs,
    int PatternLines,
    int ConvertedLines,
    int SkippedLines,
    int EventPatterns,
    int Transformations,
    IReadOnlyDictionary<string, int> SkipReasons);

/// <summary>
/// Reads PETRARCH verb dictionaries (PETRARCH-2 <c>CAMEO.2.0.txt</c> style with <c>{noun phrases}</c> and
/// <c>(PREP phrases)</c>, and the older linear PETRARCH-1/TABARI style) and converts them into
/// <see cref="EventPattern"/>s for our dependency matcher (docs/petrarch.md):
/// <list type="bullet">
/// <item><c>&amp;SYNSET</c> blocks become lemma sets (multiword members become pattern variants);</item>
/// <item>each verb of a <c>--- NAME [code] ---</c> block becomes a trigger (irregular forms added; <c>WIRE_+TAP</c> and
/// <c>+CORDON_OFF</c> compound verbs keep their other words as literals) with the block's (or its own) code;</item>
/// <item>each pattern <c>- pre * post [code]</c> becomes <c>S pre TRIGGER post</c>: bare words and <c>{phrases}</c> are
/// literal words (a phrase = head with modifiers), <c>(PREP X)</c> a marked oblique, <c>$</c>/<c>+</c> the source/target
/// slot, <c>+</c> before <c>*</c> makes the subject the target, <c>%</c> marks a compound (reciprocal) subject,
/// <c>^</c> is skipped; codes <c>[a:b]</c> code a for source→target and b for target→source, <c>[---]</c> blocks coding.</item>
/// </list>
/// Transformations (<c>~ a (b . ATTACK) SAY = ...</c>) and prepositional phrases before the verb are counted and skipped.
/// Immutable after loading; thread-safe.
/// </summary>
public sealed partial class PetrarchVerbDictionary
{
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an"], StringComparer.Ordinal);

    /// <summary>Particles written inside parentheses that are not prepositions ("(UP LICENSING)", "(DOWN)").</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(["up", "down", "out", "off", "back", "away", "aside"], StringComparer.Ordinal);

    private const int MaxVariants = 32;

    private PetrarchVerbDictionary(IReadOnlyList<EventPattern> patterns, IReadOnlyDictionary<string, IReadOnlyList<string>> synsets, PetrarchConversionReport report)
    {
        Patterns = patterns;
        Synsets = synsets;
        Report = report;
    }

    /// <summary>The converted patterns, block patterns before each verb's bare pattern.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>Synonym sets as written (upper-case member phrases, nested sets resolved).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synsets { get; }

    public PetrarchConversionReport Report { get; }

    /// <summary>The event dictionary our coder runs.</summary>
    public EventDictionary ToEventDictionary() => EventDictionary.FromPatterns(Patterns);

    /// <summary>Loads and converts one verb dictionary file.</summary>
    public static PetrarchVerbDictionary Load(string path) => Parse(path, File.ReadAllLines(path));

    /// <summary>Converts the lines of a verb dictionary (<paramref name="path"/> is only used for provenance).</summary>
    public static PetrarchVerbDictionary Parse(string path, IReadOnlyList<string> lines)
    {
        var state = new ParseState(path);
        state.Run(lines);
        return new PetrarchVerbDictionary(state.Output, state.ResolvedSynsets(), state.Report());
    }

    // ------------------------------------------------------------------ parsing

    private sealed record Verb(string Head, FrozenSet<string> Lemmas, IReadOnlyList<string> Before, IReadOnlyList<string> After, string? Code, int Line, string Text);

    private sealed record PatternLine(string Text, string Code, int Line);

    private abstract record Unit;
    private sealed record StarUnit : Unit;
    private sealed record SlotUnit(char Slot) : Unit;
    private sealed record SkipUnit : Unit;
    private sealed record PhraseUnit(IReadOnlyList<string> Words) : Unit;
    private sealed record ParenUnit(IReadOnlyList<Unit> Items) : Unit;

    private sealed class Unsupported(string reason) : Exception(reason);

    private sealed class ParseState(string path)
    {
        private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _skipReasons = new(StringComparer.Ordinal);
        private readonly List<Verb> _verbs = [];
        private readonly List<PatternLine> _patterns = [];
        private string? _blockCode;
        private int _blocks, _verbCount, _patternLines, _converted, _skipped, _transformations;

        public List<EventPattern> Output { get; } = [];

        /// <summary>PETRARCH-2 format (noun phrases in braces, prepositional phrases in parentheses): patterns describe parse trees.</summary>
        private bool _treeFormat;

        public void Run(IReadOnlyList<string> lines)
        {
            var patternCount = lines.Count(l => l.TrimStart().StartsWith('-'));
            var bracketed = lines.Count(l => l.TrimStart().StartsWith('-') && (l.Split('#')[0].Contains('(') || l.Split('#')[0].Contains('{')));
            _treeFormat = bracketed * 20 > patternCount;
            string? synset = null;
            var inComment = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var raw = lines[i];
                var lineNumber = i + 1;
                var trimmed = raw.Trim();
                if (inComment)
                {
                    inComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                    continue;
                }
                if (trimmed.StartsWith("<!", StringComparison.Ordinal))
                {
                    inComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                    continue;
                }
                var hash = trimmed.IndexOf('#');
                var line = (hash >= 0 ? trimmed[..hash] : trimmed).Trim();
                if (line.Length == 0)
                {
                    continue;
                }
                if (line[0] == '&')
                {
                    FlushBlock();
                    synset = line.Split(' ', '\t')[0].TrimEnd('_');
                    _synsets[synset] = [];
                    continue;
                }
                if (synset is not null)
                {
                    if (line[0] == '+')
                    {
                        _synsets[synset].Add(line[1..].Trim());
                        continue;
                    }
                    synset = null;
                }
                if (line.StartsWith("---", StringComparison.Ordinal))
                {
                    FlushBlock();
                    _blocks++;
                    var m = HeaderRegex().Match(line);
                    _blockCode = m.Success ? m.Groups[1].Value.Trim() : "---";
                    continue;
                }
                if (line[0] == '~')
                {
                    _transformations++;
                    continue;
                }
                if (_blockCode is null)
                {
                    continue; // text before the first block that is neither a synset nor a comment
                }
                if (line[0] == '-' || line[0] == '*')
                {
                    var body = line[0] == '-' ? line[1..].Trim() : line;
                    var (text, code) = SplitCode(body);
                    _patternLines++;
                    _patterns.Add(new PatternLine(text, code ?? _blockCode, lineNumber));
                    continue;
                }
                _verbs.Add(ParseVerb(line, lineNumber));
            }
            FlushBlock();
        }

        public PetrarchConversionReport Report() =>
            new(path, _synsets.Count, _blocks, _verbCount, _patternLines, _converted, _skipped, Output.Count, _transformations,
                _skipReasons.OrderByDescending(kv => kv.Value).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

        public IReadOnlyDictionary<string, IReadOnlyList<string>> ResolvedSynsets() =>
            _synsets.Keys.ToDictionary(k => k, k => (IReadOnlyList<string>)Members(k, 0), StringComparer.Ordinal);

        private static (string Text, string? Code) SplitCode(string body)
        {
            var open = body.LastIndexOf('[');
            var close = body.LastIndexOf(']');
            if (open < 0 || close < open)
            {
                return (body, null);
            }
            return (body[..open].Trim(), body[(open + 1)..close].Trim());
        }

        private static Verb ParseVerb(string line, int lineNumber)
        {
            var (text, code) = SplitCode(line);
            var forms = new List<string>();
            var brace = text.IndexOf('{');
            if (brace >= 0)
            {
                var end = text.IndexOf('}', brace);
                forms.AddRange(text[(brace + 1)..(end < 0 ? text.Length : end)].Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries));
                text = text[..brace].Trim();
            }
            var main = text.Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            var words = main.Split('_', StringSplitOptions.RemoveEmptyEntries);
            var head = Array.FindIndex(words, w => w.StartsWith('+'));
            if (head < 0)
            {
                head = 0;
            }
            var lemmas = new HashSet<string>(StringComparer.Ordinal) { words.Length == 0 ? "" : words[head].TrimStart('+').ToLowerInvariant() };
            if (forms.Count == 0 && words.Length > 0)
            {
                // PETRARCH generates the regular forms of a verb listed without irregular ones (FREE: frees, freed,
                // freeing); our lemmatizer may miss an unusual word ("boycotted"), the surface form still matches.
                lemmas.UnionWith(RegularForms(words[head].TrimStart('+').ToLowerInvariant()));
            }
            foreach (var form in forms)
            {
                var parts = form.Split('_', StringSplitOptions.RemoveEmptyEntries);
                var h = Array.FindIndex(parts, w => w.StartsWith('+'));
                lemmas.Add(parts[h < 0 ? 0 : h].TrimStart('+').ToLowerInvariant());
            }
            var before = words.Take(head).Select(w => w.ToLowerInvariant()).ToList();
            var after = words.Skip(head + 1).Select(w => w.TrimStart('+').ToLowerInvariant()).ToList();
            return new Verb(words.Length == 0 ? "" : words[head].TrimStart('+').ToLowerInvariant(), lemmas.ToFrozenSet(StringComparer.Ordinal), before, after,
                code is null or "" ? null : code, lineNumber, line);
        }

        /// <summary>Regular -s, -ed and -ing forms of an English verb (both spellings when a final consonant may double).</summary>
        internal static IEnumerable<string> RegularForms(string verb)
        {
            if (verb.Length < 2 || !verb.All(char.IsLetter))
            {
                yield break;
            }
            static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
            var last = verb[^1];
            if (last == 'e')
            {
                yield return verb + "s";
                yield return verb + "d";
                yield return verb.EndsWith("ee", StringComparison.Ordinal) ? verb + "ing" : verb[..^1] + "ing";
                yield break;
            }
            if (last == 'y' && !Vowel(verb[^2]))
            {
                yield return verb[..^1] + "ies";
                yield return verb[..^1] + "ied";
                yield return verb + "ing";
                yield break;
            }
            yield return verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal)
                ? verb + "es" : verb + "s";
            yield return verb + "ed";
            yield return verb + "ing";
            if (verb.Length >= 3 && !Vowel(last) && last is not ('w' or 'x' or 'y') && Vowel(verb[^2]) && !Vowel(verb[^3]))
            {
                yield return verb + last + "ed";
                yield return verb + last + "ing";
            }
        }

        private void FlushBlock()
        {
            if (_blockCode is null)
            {
                _patterns.Clear();
                _verbs.Clear();
                return;
            }
            var verbs = _verbs.Where(v => v.Head.Length > 0).ToList();
            _verbCount += verbs.Count;
            foreach (var pattern in _patterns)
            {
                try
                {
                    var units = Tokenize(pattern.Text);
                    var added = 0;
                    foreach (var verb in verbs)
                    {
                        added += Convert(verb, units, pattern.Code, pattern.Line, pattern.Text);
                    }
                    _converted++;
                    _ = added;
                }
                catch (Unsupported e)
                {
                    _skipped++;
                    _skipReasons[e.Message] = _skipReasons.GetValueOrDefault(e.Message) + 1;
                }
            }
            foreach (var verb in verbs)
            {
                Convert(verb, [new StarUnit()], verb.Code ?? _blockCode, verb.Line, verb.Text);
            }
            _patterns.Clear();
            _verbs.Clear();
            _blockCode = null;
        }

        private static List<Unit> Tokenize(string text)
        {
            var spaced = text.Replace("{", " { ", StringComparison.Ordinal).Replace("}", " } ", StringComparison.Ordinal)
                .Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal);
            var tokens = spaced.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var pos = 0;
            var units = ReadUnits(tokens, ref pos, null);
            return units;
        }

        private static List<Unit> ReadUnits(string[] tokens, ref int pos, string? close)
        {
            var units = new List<Unit>();
            while (pos < tokens.Length)
            {
                var t = tokens[pos++];
                if (t == close)
                {
                    return units;
                }
                switch (t)
                {
                    case "(":
                        units.Add(new ParenUnit(ReadUnits(tokens, ref pos, ")")));
                        break;
                    case "{":
                    {
                        var inner = ReadUnits(tokens, ref pos, "}");
                        var words = new List<string>();
                        foreach (var u in inner)
                        {
                            if (u is PhraseUnit p)
                            {
                                words.AddRange(p.Words);
                            }
                            else if (u is not SkipUnit)
                            {
                                throw new Unsupported("slot or parenthesis inside a {noun phrase}");
                            }
                        }
                        if (words.Count > 0)
                        {
                            units.Add(new PhraseUnit(words));
                        }
                        break;
                    }
                    case ")" or "}":
                        throw new Unsupported("unbalanced brackets");
                    default:
                        AddWordToken(t, units);
                        break;
                }
            }
            if (close is not null)
            {
                throw new Unsupported("unbalanced brackets");
            }
            return units;
        }

        /// <summary>A bare token: <c>*</c>, a slot, <c>^</c>, or words joined by <c>_</c> (a phrase; slots inside split it).</summary>
        private static void AddWordToken(string token, List<Unit> units)
        {
            var words = new List<string>();
            foreach (var part in token.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                Unit? special = part switch
                {
                    "*" => new StarUnit(),
                    "$" => new SlotUnit('$'),
                    "+" => new SlotUnit('+'),
                    "%" => new SlotUnit('%'),
                    "^" => new SkipUnit(),
                    _ => null,
                };
                if (special is null)
                {
                    words.Add(part);
                    continue;
                }
                if (words.Count > 0)
                {
                    units.Add(new PhraseUnit(words));
                    words = [];
                }
                units.Add(special);
            }
            if (words.Count > 0)
            {
                units.Add(new PhraseUnit(words));
            }
        }

        // ------------------------------------------------------------------ conversion

        /// <summary>Adds the event patterns for one verb and one dictionary pattern; returns how many.</summary>
        private int Convert(Verb verb, List<Unit> units, string code, int line, string text)
        {
            var star = units.FindIndex(u => u is StarUnit);
            if (star < 0)
            {
                throw new Unsupported("no verb position '*'");
            }
            if (units.FindLastIndex(u => u is StarUnit) != star)
            {
                throw new Unsupported("more than one '*'");
            }
            var (forward, reverse) = SplitCodes(code);
            var reciprocal = false;
            var targetIsSubject = false;
            var sourceBefore = false;
            // Each position holds its alternatives (synset members with several words give variants).
            var before = new List<List<PatternElement>>();
            foreach (var u in units.Take(star))
            {
                switch (u)
                {
                    case SlotUnit { Slot: '$' }:
                        sourceBefore = true;
                        break;
                    case SlotUnit { Slot: '+' }:
                        targetIsSubject = true;
                        break;
                    case SlotUnit { Slot: '%' }:
                        reciprocal = true;
                        break;
                    case SkipUnit:
                        break;
                    case PhraseUnit p:
                        if (WordAlternatives(p.Words) is { Count: > 0 } alts)
                        {
                            before.Add(_treeFormat ? alts.Select(a => a with { InSubject = true }).ToList() : alts);
                        }
                        break;
                    case ParenUnit:
                        throw new Unsupported("prepositional phrase before the verb");
                }
            }
            if (targetIsSubject && sourceBefore)
            {
                throw new Unsupported("source and target both before the verb");
            }
            var after = new List<List<PatternElement>>();
            foreach (var w in verb.After)
            {
                // "CORDON_OFF": a particle, parsed as compound:prt or as the case of the next noun.
                after.Add([Particles.Contains(w) || EventDictionary.Markers.Contains(w) ? Marker(w) : Literal(w)]);
            }
            var postUnits = units.Skip(star + 1).ToList();
            for (var i = 0; i < postUnits.Count; i++)
            {
                switch (postUnits[i])
                {
                    case SlotUnit { Slot: '$' }:
                        after.Add([Slot(ElementKind.Source)]);
                        break;
                    case SlotUnit { Slot: '+' }:
                        after.Add([Slot(ElementKind.Target)]);
                        break;
                    case SlotUnit { Slot: '%' }:
                        reciprocal = true;
                        after.Add([Slot(ElementKind.Target)]);
                        break;
                    case SkipUnit or StarUnit:
                        break;
                    case PhraseUnit p when p.Words.Count == 1 && EventDictionary.Markers.Contains(p.Words[0].ToLowerInvariant())
                        && i + 1 < postUnits.Count && postUnits[i + 1] is SkipUnit:
                        // Linear "EID AT ^ WITH +", "IFTAR IN ^ +": the marked phrase is passed over; a target right
                        // after the skipped actors is the next actor (implicit).
                        after.Add([Marker(p.Words[0])]);
                        after.Add([new PatternElement(ElementKind.Skip, FrozenSet<string>.Empty, [], "^")]);
                        while (i + 1 < postUnits.Count && postUnits[i + 1] is SkipUnit)
                        {
                            i++;
                        }
                        if (i + 1 < postUnits.Count && postUnits[i + 1] is SlotUnit { Slot: '+' })
                        {
                            i++;
                        }
                        break;
                    case PhraseUnit p when p.Words.Count == 1 && EventDictionary.Markers.Contains(p.Words[0].ToLowerInvariant())
                        && i + 1 < postUnits.Count && postUnits[i + 1] is PhraseUnit or SlotUnit:
                        after.Add([Marker(p.Words[0])]);
                        break;
                    case PhraseUnit p:
                        if (WordAlternatives(p.Words) is { Count: > 0 } alts)
                        {
                            after.Add(alts);
                        }
                        break;
                    case ParenUnit paren when i + 1 < postUnits.Count && postUnits[i + 1] is SlotUnit { Slot: '+' } && SkippedPhrase(paren) is { } skippedMarker:
                        // "IFTAR (IN ^) +": the "in" phrase is passed over; the target is the next actor (implicit).
                        after.Add([Marker(skippedMarker)]);
                        after.Add([new PatternElement(ElementKind.Skip, FrozenSet<string>.Empty, [], "^")]);
                        i++;
                        break;
                    case ParenUnit paren:
                        AddParen(paren, after);
                        break;
                }
            }
            if (targetIsSubject && !after.Any(a => a.Any(e => e.Kind == ElementKind.Source)))
            {
                throw new Unsupported("target as subject without a source slot");
            }
            var slotCount = after.Count(a => a.Any(e => e.Kind is ElementKind.Source or ElementKind.Target));
            if (after.Count(a => a.Any(e => e.Kind == ElementKind.Source)) > 1 || after.Count(a => a.Any(e => e.Kind == ElementKind.Target)) > 1)
            {
                throw new Unsupported("a slot written twice");
            }
            if (!targetIsSubject && after.Any(a => a.Any(e => e.Kind == ElementKind.Source)))
            {
                throw new Unsupported("source after the verb with the subject not marked as target");
            }
            _ = slotCount;
            var trigger = new PatternElement(ElementKind.Word, verb.Lemmas, [], verb.Head);
            var head = new List<List<PatternElement>> { new() { Slot(targetIsSubject ? ElementKind.Target : ElementKind.Source) } };
            foreach (var w in verb.Before)
            {
                head.Add([Literal(w)]);
            }
            head.AddRange(before);
            var triggerIndex = head.Count;
            head.Add([trigger]);
            head.AddRange(after);
            var count = 0;
            foreach (var elements in Product(head))
            {
                var exclusion = forward == "---" && reverse is null;
                var pattern = new EventPattern(exclusion ? "---" : forward, false, elements, triggerIndex,
                    $"{verb.Head.ToUpperInvariant()}: {text} [{code}]", path, line, exclusion)
                {
                    ReverseCode = reverse,
                    // A mutual code ([050:050]) with a compound subject and no target: the parties act on each other.
                    Reciprocal = reciprocal || reverse is not null,
                };
                Output.Add(pattern);
                count++;
            }
            return count;
        }

        /// <summary>The marker of a parenthesis that holds only a marker and skipped actors ("(IN ^)", "(AT ^ ^)"), else null.</summary>
        private static string? SkippedPhrase(ParenUnit paren) =>
            paren.Items.Count >= 2 && paren.Items[0] is PhraseUnit { Words.Count: 1 } p && EventDictionary.Markers.Contains(p.Words[0].ToLowerInvariant())
                && paren.Items.Skip(1).All(u => u is SkipUnit)
                ? p.Words[0].ToLowerInvariant()
                : null;

        private void AddParen(ParenUnit paren, List<List<PatternElement>> after)
        {
            var items = paren.Items.Where(u => u is not SkipUnit).ToList();
            if (items.Count == 0)
            {
                return;
            }
            var start = 0;
            if (items[0] is PhraseUnit first)
            {
                var firstWord = first.Words[0].ToLowerInvariant();
                if (EventDictionary.Markers.Contains(firstWord))
                {
                    after.Add([Marker(firstWord)]);
                    var rest = first.Words.Skip(1).ToList();
                    if (rest.Count > 0 && WordAlternatives(rest) is { Count: > 0 } restAlts)
                    {
                        after.Add(PhraseInitial(restAlts));
                    }
                    else if (items.Count > 1 && items[1] is PhraseUnit next && WordAlternatives(next.Words) is { Count: > 0 } nextAlts)
                    {
                        after.Add(PhraseInitial(nextAlts));
                        start = 2;
                        for (var i = start; i < items.Count; i++)
                        {
                            AddParenItem(items[i], after);
                        }
                        return;
                    }
                    start = 1;
                }
            }
            for (var i = start; i < items.Count; i++)
            {
                AddParenItem(items[i], after);
            }
        }

        private void AddParenItem(Unit item, List<List<PatternElement>> after)
        {
            switch (item)
            {
                case SlotUnit { Slot: '$' }:
                    after.Add([Slot(ElementKind.Source)]);
                    break;
                case SlotUnit { Slot: '+' or '%' }:
                    after.Add([Slot(ElementKind.Target)]);
                    break;
                case PhraseUnit p:
                    if (WordAlternatives(p.Words) is { Count: > 0 } alts)
                    {
                        after.Add(alts);
                    }
                    break;
                case ParenUnit:
                    throw new Unsupported("nested parentheses");
            }
        }

        /// <summary>The word right after a preposition may be the first word of its phrase ("(ON &amp;TIETYPES)": "on economic issues").</summary>
        private static List<PatternElement> PhraseInitial(List<PatternElement> alternatives) =>
            alternatives.Select(a => a.Modifiers.Count == 0 ? a with { PhraseInitial = true } : a).ToList();

        private static (string Forward, string? Reverse) SplitCodes(string code)
        {
            var colon = code.IndexOf(':');
            if (colon < 0)
            {
                return (code, null);
            }
            var reverse = code[(colon + 1)..].Trim();
            return (code[..colon].Trim(), reverse.Length == 0 || reverse == "---" ? null : reverse);
        }

        private static PatternElement Slot(ElementKind kind) =>
            new(kind, FrozenSet<string>.Empty, [], kind == ElementKind.Source ? "S" : "T");

        private static PatternElement Marker(string word)
        {
            var lower = word.ToLowerInvariant();
            return new PatternElement(ElementKind.Marker, FrozenSet.ToFrozenSet([lower], StringComparer.Ordinal), [], lower);
        }

        private static PatternElement Literal(string word)
        {
            var lower = word.ToLowerInvariant();
            if (lower is "not" or "n't" or "never")
            {
                return new PatternElement(ElementKind.Not, FrozenSet.ToFrozenSet(["not", "n't", "never"], StringComparer.Ordinal), [], lower);
            }
            return new PatternElement(ElementKind.Word, Forms(lower), [], lower);
        }

        /// <summary>A word and a naive singular, so "TALKS" matches the lemma "talk".</summary>
        private static FrozenSet<string> Forms(string lower)
        {
            var set = new HashSet<string>(StringComparer.Ordinal) { lower };
            if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4)
            {
                set.Add(lower[..^3] + "y");
            }
            else if (lower.EndsWith("es", StringComparison.Ordinal) && lower.Length > 4 && (lower.EndsWith("ses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)))
            {
                set.Add(lower[..^2]);
            }
            else if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && lower.Length > 3)
            {
                set.Add(lower[..^1]);
            }
            return set.ToFrozenSet(StringComparer.Ordinal);
        }

        /// <summary>
        /// The alternatives for a written phrase (head = last word, the others its modifiers; determiners
        /// dropped). A synset head with multiword members adds one alternative per such member.
        /// </summary>
        private List<PatternElement> WordAlternatives(IReadOnlyList<string> written)
        {
            var words = written.SelectMany(w => w.Split('_', StringSplitOptions.RemoveEmptyEntries))
                .Where(w => !Determiners.Contains(w.ToLowerInvariant())).ToList();
            if (words.Count == 0)
            {
                return [];
            }
            if (words.Count == 1 && words[0].ToLowerInvariant() is "not" or "n't" or "never")
            {
                return [Literal(words[0])];
            }
            var modifiers = new List<FrozenSet<string>>();
            foreach (var m in words.Take(words.Count - 1))
            {
                var set = m.StartsWith('&') ? SingleWordMembers(m) : Forms(m.ToLowerInvariant());
                if (set.Count > 0)
                {
                    modifiers.Add(set);
                }
            }
            var last = words[^1];
            var text = string.Join('_', words).ToLowerInvariant();
            if (!last.StartsWith('&'))
            {
                return [new PatternElement(ElementKind.Word, Forms(last.ToLowerInvariant()), modifiers, text) { Contiguous = true }];
            }
            var result = new List<PatternElement>();
            var single = SingleWordMembers(last);
            if (single.Count > 0)
            {
                result.Add(new PatternElement(ElementKind.Word, single, modifiers, text) { Contiguous = true });
            }
            foreach (var member in Members(last.TrimEnd('_'), 0))
            {
                var parts = MemberWords(member);
                if (parts.Count < 2)
                {
                    continue;
                }
                var memberModifiers = new List<FrozenSet<string>>(modifiers);
                memberModifiers.AddRange(parts.Take(parts.Count - 1).Select(Forms));
                result.Add(new PatternElement(ElementKind.Word, Forms(parts[^1]), memberModifiers, text + "=" + string.Join('_', parts)) { Contiguous = true });
            }
            return result;
        }

        private static List<string> MemberWords(string member) =>
            member.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
                .Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant())
                .Where(w => !Determiners.Contains(w) && !EventDictionary.Markers.Contains(w))
                .ToList();

        private FrozenSet<string> SingleWordMembers(string name)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in Members(name.TrimEnd('_'), 0))
            {
                var parts = MemberWords(member);
                if (parts.Count == 1)
                {
                    set.UnionWith(Forms(parts[0]));
                }
            }
            return set.ToFrozenSet(StringComparer.Ordinal);
        }

        /// <summary>Members of a synset with nested sets expanded.</summary>
        private List<string> Members(string name, int depth)
        {
            if (!_synsets.TryGetValue(name, out var members) && !_synsets.TryGetValue(name.TrimEnd('_'), out members))
            {
                throw new Unsupported("unknown synset");
            }
            var result = new List<string>();
            foreach (var m in members)
            {
                if (m.StartsWith('&') && depth < 4)
                {
                    result.AddRange(Members(m.Split(' ')[0].TrimEnd('_'), depth + 1));
                }
                else
                {
                    result.Add(m);
                }
            }
            return result;
        }

        private static IEnumerable<List<PatternElement>> Product(List<List<PatternElement>> positions)
        {
            var results = new List<List<PatternElement>> { new() };
            foreach (var alternatives in positions)
            {
                var next = new List<List<PatternElement>>();
                foreach (var prefix in results)
                {
                    foreach (var alt in alternatives)
                    {
                        if (next.Count >= MaxVariants)
                        {
                            break;
                        }
                        next.Add([.. prefix, alt]);
                    }
                }
                results = next;
            }
            return results;
        }
    }

    [GeneratedRegex(@"^---\s*\S.*?\[([^\]]*)\]")]
    private static partial Regex HeaderRegex();
}
