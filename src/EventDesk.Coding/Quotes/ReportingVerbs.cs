using System.Collections.Frozen;

namespace EventDesk.Coding.Quotes;

/// <summary>How a reporting verb behaves (flags of <c>data/quotes/reporting-verbs.txt</c>).</summary>
[Flags]
public enum ReportingVerbFlags : byte
{
    None = 0,
    /// <summary>The object is the person spoken to ("told Atmar").</summary>
    Addressee = 1,
    /// <summary>A cue only next to a quote or a that-clause ("added", "noted").</summary>
    Weak = 2,
    /// <summary>The subject is usually a document ("the statement quoted X as saying").</summary>
    Medium = 4,
}

/// <summary>One inflected form of a reporting verb.</summary>
public readonly record struct ReportingVerb(string Lemma, ReportingVerbFlags Flags);

/// <summary>
/// The reporting-verb lexicon: every inflected form maps to its lemma and flags. Loaded from a
/// plain text file (one lemma per line, see the file header), compiled into a frozen,
/// case-insensitive lookup. Immutable and thread-safe.
/// </summary>
public sealed class ReportingVerbs
{
    public const string DefaultFile = "quotes/reporting-verbs.txt";

    private static readonly Lazy<ReportingVerbs> DefaultInstance = new(() => Load(CodingDataFiles.Require(DefaultFile)));

    private readonly FrozenDictionary<string, ReportingVerb> _forms;
    private readonly FrozenDictionary<string, ReportingVerb>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly FrozenDictionary<string, ReportingVerb> _lemmas;

    private ReportingVerbs(Dictionary<string, ReportingVerb> forms, Dictionary<string, ReportingVerb> lemmas)
    {
        _forms = forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _spanLookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _lemmas = lemmas.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lexicon shipped in <c>data/quotes/reporting-verbs.txt</c>, loaded once.</summary>
    public static ReportingVerbs Default => DefaultInstance.Value;

    public int LemmaCount => _lemmas.Count;

    public int FormCount => _forms.Count;

    /// <summary>Looks up an inflected form ("told" -> tell).</summary>
    public bool TryGetForm(ReadOnlySpan<char> form, out ReportingVerb verb) => _spanLookup.TryGetValue(form, out verb);

    /// <summary>Looks up a lemma (from a lemmatizer).</summary>
    public bool TryGetLemma(string lemma, out ReportingVerb verb) => _lemmas.TryGetValue(lemma, out verb);

    public static ReportingVerbs Load(string path) => Parse(File.ReadLines(path), path);

    public static ReportingVerbs Parse(IEnumerable<string> lines, string name = "reporting verbs")
    {
        var forms = new Dictionary<string, ReportingVerb>(StringComparer.OrdinalIgnoreCase);
        var lemmas = new Dictionary<string, ReportingVerb>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }
            var parts = line.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var flags = ReportingVerbFlags.None;
            var words = new List<string>();
            foreach (var part in parts)
            {
                if (part[0] != '@')
                {
                    words.Add(part.ToLowerInvariant());
                    continue;
                }
                flags |= part switch
                {
                    "@addressee" => ReportingVerbFlags.Addressee,
                    "@weak" => ReportingVerbFlags.Weak,
                    "@medium" => ReportingVerbFlags.Medium,
                    _ => throw new FormatException($"{name}:{lineNumber}: unknown flag '{part}'; use @addressee, @weak or @medium."),
                };
            }
            var lemma = words[0];
            if (lemmas.TryGetValue(lemma, out var known))
            {
                flags |= known.Flags; // a lemma listed twice keeps the union of its flags
            }
            var verb = new ReportingVerb(lemma, flags);
            lemmas[lemma] = verb;
            foreach (var form in words)
            {
                forms[form] = verb;
            }
            foreach (var form in RegularForms(lemma))
            {
                forms.TryAdd(form, verb);
            }
        }
        return new ReportingVerbs(forms, lemmas);
    }

    /// <summary>-s, -ed and -ing forms by the regular spelling rules.</summary>
    internal static IEnumerable<string> RegularForms(string lemma)
    {
        var last = lemma[^1];
        var beforeLast = lemma.Length > 1 ? lemma[^2] : ' ';
        var vowelBefore = IsVowel(beforeLast);
        if (last == 'y' && !vowelBefore)
        {
            var stem = lemma[..^1];
            yield return stem + "ies";
            yield return stem + "ied";
            yield return lemma + "ing";
            yield break;
        }
        yield return last is 's' or 'x' or 'z' || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            ? lemma + "es"
            : lemma + "s";
        if (last == 'e')
        {
            yield return lemma + "d";
            yield return lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma + "ing" : lemma[..^1] + "ing";
        }
        else
        {
            yield return lemma + "ed";
            yield return lemma + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
