namespace EventDesk.Text.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence (an integer-id line). Immutable.</summary>
public sealed record ConlluWord(
    int Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A multiword token range line (<c>3-4  don't</c>): one surface token, several words.</summary>
public sealed record ConlluRange(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A CoNLL-U sentence with its comments. Empty nodes (<c>8.1</c>) are skipped.</summary>
public sealed class ConlluSentence
{
    public List<ConlluWord> Words { get; } = [];

    public List<ConlluRange> Ranges { get; } = [];

    public Dictionary<string, string> Comments { get; } = new(StringComparer.Ordinal);

    public string? Id => Comments.GetValueOrDefault("sent_id");

    public string? Text => Comments.GetValueOrDefault("text");

    /// <summary>True when a <c># newdoc</c> comment opens a new document here.</summary>
    public bool NewDocument { get; set; }

    /// <summary>True when a <c># newpar</c> comment opens a new paragraph here.</summary>
    public bool NewParagraph { get; set; }

    /// <summary>
    /// The surface tokens: multiword ranges count once, covered words are skipped.
    /// Each item is (form, spaceAfter, firstWordIndex, lastWordIndex) with 0-based word indexes.
    /// </summary>
    public IEnumerable<(string Form, bool SpaceAfter, int FirstWord, int LastWord)> SurfaceTokens()
    {
        var rangeIndex = 0;
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            if (rangeIndex < Ranges.Count && Ranges[rangeIndex].First == word.Id)
            {
                var range = Ranges[rangeIndex++];
                var last = i + (range.Last - range.First);
                yield return (range.Form, range.SpaceAfter, i, Math.Min(last, Words.Count - 1));
                i = last;
                continue;
            }
            yield return (word.Form, word.SpaceAfter, i, i);
        }
    }
}

/// <summary>
/// Streams sentences from a CoNLL-U file. Malformed lines raise <see cref="FormatException"/>
/// naming the file and line. Not thread-safe.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    public static List<ConlluSentence> ReadAll(string path) => [.. ReadFile(path)];

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "input")
    {
        var current = new ConlluSentence();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (current.Words.Count > 0)
                {
                    yield return current;
                }
                current = new ConlluSentence();
                continue;
            }
            if (line[0] == '#')
            {
                ParseComment(line, current);
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}.");
            }
            var id = cols[0];
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                current.Ranges.Add(new ConlluRange(int.Parse(id[..dash]), int.Parse(id[(dash + 1)..]), cols[1], cols[9]));
                continue;
            }
            if (id.Contains('.'))
            {
                continue; // empty node of the enhanced graph
            }
            if (!int.TryParse(id, out var wordId))
            {
                throw new FormatException($"{name}:{lineNumber}: word id '{id}' is not a number.");
            }
            var head = cols[6] == "_" ? -1 : int.Parse(cols[6]);
            current.Words.Add(new ConlluWord(wordId, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9]));
        }
        if (current.Words.Count > 0)
        {
            yield return current;
        }
    }

    private static void ParseComment(string line, ConlluSentence sentence)
    {
        var body = line.AsSpan(1).Trim();
        if (body.StartsWith("newdoc", StringComparison.Ordinal))
        {
            sentence.NewDocument = true;
            sentence.NewParagraph = true;
        }
        else if (body.StartsWith("newpar", StringComparison.Ordinal) && !body.StartsWith("newpar_", StringComparison.Ordinal))
        {
            sentence.NewParagraph = true;
        }
        var eq = body.IndexOf('=');
        if (eq > 0)
        {
            var key = body[..eq].Trim().ToString();
            sentence.Comments[key] = body[(eq + 1)..].Trim().ToString();
        }
    }
}
