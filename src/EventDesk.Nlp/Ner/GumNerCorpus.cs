using System.Collections.Frozen;
using EventDesk.Text.Corpora;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// Derives named-entity training sentences from GUM's entity layer (CoNLL-U MISC <c>Entity=</c>
/// brackets). GUM marks every mention (pronouns, common nouns, whole NPs), so a person, place or
/// organisation mention becomes a named entity only when, after trimming determiners, titles
/// and anything after a comma or bracket, it is a proper name: capitalised words with the usual
/// lowercase connectors (of, the, de, al, ...). Outer names win over nested ones.
/// Thread-safe (stateless).
/// </summary>
public static class GumNerCorpus
{
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "de", "la", "le", "du", "des", "da", "do", "dos", "al", "el", "bin", "ibn", "von", "van", "der", "den", "y", "&", "-", "on", "upon", "'s"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "this", "that", "these", "those"], StringComparer.OrdinalIgnoreCase);

    // Titles and descriptors that precede a person's name but are not part of it in NER gold data.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady",
         "president", "vice", "prime", "minister", "foreign", "defence", "defense", "secretary", "general", "gen.", "gen",
         "senator", "sen.", "representative", "rep.", "governor", "gov.", "mayor", "king", "queen", "prince", "princess",
         "pope", "saint", "st.", "chancellor", "chairman", "chief", "executive", "ceo", "director", "ambassador", "judge",
         "justice", "captain", "capt.", "colonel", "col.", "lieutenant", "lt.", "sergeant", "sgt.", "major", "admiral",
         "commander", "officer", "bishop", "father", "reverend", "rev.", "rabbi", "imam", "sheikh", "emir", "sultan",
         "deputy", "assistant", "former", "late", "national", "security", "advisor", "adviser", "spokesman", "spokeswoman",
         "coach", "head", "leader", "founder", "author", "actor", "actress", "singer", "dr", "uncle", "aunt"],
        StringComparer.OrdinalIgnoreCase);

    public static List<NerSentence> Read(string path)
    {
        var result = new List<NerSentence>();
        foreach (var sentence in ConlluReader.ReadFile(path))
        {
            result.Add(Convert(sentence));
        }
        return result;
    }

    public static NerSentence Convert(ConlluSentence sentence)
    {
        var words = sentence.Words;
        var forms = words.Select(w => w.Form).ToArray();
        var proper = words.Select(w => w.Upos == "PROPN").ToArray();
        var labels = new NerLabel[forms.Length];
        var candidates = new List<(int Start, int End, NerType Type)>();
        var open = new Dictionary<string, Stack<(int Start, NerType Type)>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var entity = MiscValue(words[i].Misc, "Entity");
            if (entity is null)
            {
                continue;
            }
            var p = 0;
            while (p < entity.Length)
            {
                if (entity[p] == '(')
                {
                    var end = p + 1;
                    while (end < entity.Length && entity[end] != '(' && entity[end] != ')')
                    {
                        end++;
                    }
                    var body = entity[(p + 1)..end];
                    var closesHere = end < entity.Length && entity[end] == ')';
                    var fields = body.Split('-');
                    var id = fields[0];
                    var type = fields.Length > 1 ? TypeOf(fields[1]) : NerType.None;
                    if (closesHere)
                    {
                        candidates.Add((i, i + 1, type));
                        p = end + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack))
                        {
                            open[id] = stack = new Stack<(int, NerType)>();
                        }
                        stack.Push((i, type));
                        p = end;
                    }
                }
                else if (char.IsDigit(entity[p]))
                {
                    var end = p;
                    while (end < entity.Length && entity[end] != ')' && entity[end] != '(')
                    {
                        end++;
                    }
                    var id = entity[p..end];
                    if (end < entity.Length && entity[end] == ')' && open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (start, type) = stack.Pop();
                        candidates.Add((start, i + 1, type));
                        p = end + 1;
                    }
                    else
                    {
                        p = end;
                    }
                }
                else
                {
                    p++;
                }
            }
        }
        // Outer (longer) names first; a token belongs to at most one name.
        foreach (var (start, end, type) in candidates.Where(c => c.Type != NerType.None).OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            if (Trim(forms, start, end, type) is not { } name || !proper.AsSpan(name.Start, name.End - name.Start).Contains(true))
            {
                continue;
            }
            // GUM types groups of people ("the Americans", "Muslims") as persons; Universal NER leaves
            // nationalities, religions and other groups untagged, and plural names are almost always such groups.
            if (type == NerType.Person && words[name.End - 1].Feats.Contains("Number=Plur", StringComparison.Ordinal))
            {
                continue;
            }
            var free = true;
            for (var k = name.Start; k < name.End; k++)
            {
                free &= labels[k] == NerLabel.O;
            }
            if (!free)
            {
                continue;
            }
            for (var k = name.Start; k < name.End; k++)
            {
                labels[k] = NerLabels.Of(type, k == name.Start);
            }
        }
        return new NerSentence(forms, labels, sentence.NewDocument);
    }

    private static (int Start, int End)? Trim(string[] forms, int start, int end, NerType type)
    {
        for (var k = start; k < end; k++)
        {
            if (forms[k] is "," or "(" or ")" or ";" or ":" or "\"" or "“" or "”")
            {
                end = k;
                break;
            }
        }
        while (start < end && (Determiners.Contains(forms[start]) || (type == NerType.Person && Titles.Contains(forms[start]))))
        {
            start++;
        }
        while (end > start && (forms[end - 1] is "'s" or "’s" or "'" or "." || !char.IsLetterOrDigit(forms[end - 1][0])))
        {
            end--;
        }
        if (end <= start || !IsCapitalised(forms[start]) || !IsCapitalised(forms[end - 1]))
        {
            return null;
        }
        for (var k = start; k < end; k++)
        {
            if (!IsCapitalised(forms[k]) && !Connectors.Contains(forms[k]) && !char.IsDigit(forms[k][0]))
            {
                return null;
            }
        }
        return (start, end);
    }

    private static bool IsCapitalised(string form) => form.Length > 0 && char.IsUpper(form[0]);

    private static NerType TypeOf(string gumType) => gumType switch
    {
        "person" => NerType.Person,
        "place" => NerType.Location,
        "organization" => NerType.Organization,
        _ => NerType.None,
    };

    private static string? MiscValue(string misc, string key)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.Length > key.Length && part.StartsWith(key, StringComparison.Ordinal) && part[key.Length] == '=')
            {
                return part[(key.Length + 1)..];
            }
        }
        return null;
    }
}
