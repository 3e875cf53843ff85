namespace EventDesk.Nlp.Ner;

/// <summary>A gold NER sentence: tokens and BIO labels (PER/ORG/LOC; other types are O).</summary>
public sealed record NerSentence(string[] Tokens, NerLabel[] Labels, bool DocumentStart)
{
    /// <summary>Hashed PTB tags of the tokens (see <see cref="NerTagging"/>), or null when the model uses no tags.</summary>
    public ulong[]? Tags { get; set; }
}

/// <summary>
/// Reads NER gold files: the Universal NER IOB2 layout (<c>id token label ...</c>, comments,
/// blank lines between sentences) and the two-column CoNLL layout (<c>token label</c>, with
/// <c>-DOCSTART-</c>), converting IOB1 (I- only) to BIO. Types other than PER, ORG and LOC
/// (MISC, OTH) become O. Thread-safe (stateless).
/// </summary>
public static class NerCorpus
{
    public static List<NerSentence> Read(string path)
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var docStart = true;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    docStart = true;
                }
                continue;
            }
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            var cols = line.Contains('\t') ? line.Split('\t') : line.Split(' ');
            if (cols.Length < 2)
            {
                throw new FormatException($"{path}:{lineNumber}: expected at least 'token label', found '{line}'.");
            }
            string token, tag;
            if (cols.Length >= 3 && int.TryParse(cols[0], out _))
            {
                (token, tag) = (cols[1], cols[2]);
            }
            else
            {
                (token, tag) = (cols[0], cols[^1]);
            }
            if (token == "-DOCSTART-")
            {
                Flush();
                docStart = true;
                continue;
            }
            tokens.Add(token);
            tags.Add(tag);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0)
            {
                return;
            }
            sentences.Add(new NerSentence([.. tokens], ToBio(tags), docStart));
            docStart = false;
            tokens.Clear();
            tags.Clear();
        }
    }

    /// <summary>Converts IOB1 or IOB2 tags to BIO labels over PER/ORG/LOC.</summary>
    public static NerLabel[] ToBio(IReadOnlyList<string> tags)
    {
        var labels = new NerLabel[tags.Count];
        var previousType = NerType.None;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var type = tag.Length > 2 ? NerLabels.ParseType(tag.AsSpan(2)) : NerType.None;
            if (type == NerType.None)
            {
                labels[i] = NerLabel.O;
                previousType = NerType.None;
                continue;
            }
            var begins = tag[0] == 'B' || previousType != type;
            labels[i] = NerLabels.Of(type, begins);
            previousType = type;
        }
        return labels;
    }

    /// <summary>Entity spans (token start, token end exclusive, type) of a BIO label sequence.</summary>
    public static List<(int Start, int End, NerType Type)> Spans(ReadOnlySpan<NerLabel> labels)
    {
        var spans = new List<(int, int, NerType)>();
        var start = -1;
        var type = NerType.None;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NerLabel.O;
            var t = NerLabels.TypeOf(label);
            var continues = t != NerType.None && t == type && !NerLabels.IsBegin(label);
            if (continues)
            {
                continue;
            }
            if (type != NerType.None)
            {
                spans.Add((start, i, type));
            }
            type = t;
            start = i;
        }
        return spans;
    }
}
