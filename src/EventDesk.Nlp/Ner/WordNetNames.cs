namespace EventDesk.Nlp.Ner;

/// <summary>
/// Proper names from Princeton WordNet 3.0's noun file (Debian package <c>wordnet-base</c>, /usr/share/wordnet;
/// WordNet licence, credited in NOTICE), typed by WordNet's own classes: instances in the person file are PER
/// ("Kurt Vonnegut", "Thucydides"), instances in the location file LOC ("Flanders", "Pennines"), and capitalised
/// members of the group file that descend from "organization" ORG ("Federal Trade Commission", "Interpol").
/// Read only when a model is trained (<c>eventdesk train ner --wordnet</c>); the names are stored in the model.
/// </summary>
public static class WordNetNames
{
    private const int GroupFile = 14, LocationFile = 15, PersonFile = 18;

    private sealed record Synset(int LexFile, string[] Words, string[] Hypernyms, bool Instance);

    /// <summary>Reads <c>data.noun</c> in <paramref name="folder"/>; a missing file is an error naming it.</summary>
    public static IEnumerable<(string Name, NerType Type, bool Minor)> Read(string folder)
    {
        var path = Path.Combine(folder, "data.noun");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no WordNet noun file (apt-get install wordnet-base)", path);
        }
        var synsets = new Dictionary<string, Synset>(StringComparer.Ordinal);
        // WordNet's files are Latin-1 text.
        foreach (var line in File.ReadLines(path, System.Text.Encoding.Latin1))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue; // the licence header
            }
            var fields = line.Split(' ');
            var wordCount = Convert.ToInt32(fields[3], 16);
            var words = new string[wordCount];
            for (var i = 0; i < wordCount; i++)
            {
                words[i] = fields[4 + 2 * i];
            }
            var at = 4 + 2 * wordCount;
            var pointerCount = int.Parse(fields[at], System.Globalization.CultureInfo.InvariantCulture);
            var hypernyms = new List<string>();
            var instance = false;
            for (var p = 0; p < pointerCount; p++)
            {
                var symbol = fields[at + 1 + 4 * p];
                if (symbol is "@" or "@i")
                {
                    hypernyms.Add(fields[at + 2 + 4 * p]);
                    instance |= symbol == "@i";
                }
            }
            synsets[fields[0]] = new Synset(int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), words, [.. hypernyms], instance);
        }
        var organization = synsets.Where(s => s.Value.LexFile == GroupFile && s.Value.Words.Contains("organization")).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var isOrganization = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsOrganization(string offset, int depth)
        {
            if (organization.Contains(offset))
            {
                return true;
            }
            if (depth > 30 || !synsets.TryGetValue(offset, out var synset))
            {
                return false;
            }
            if (isOrganization.TryGetValue(offset, out var known))
            {
                return known;
            }
            var result = synset.Hypernyms.Any(h => IsOrganization(h, depth + 1));
            isOrganization[offset] = result;
            return result;
        }
        foreach (var (offset, synset) in synsets)
        {
            var type = synset.LexFile switch
            {
                PersonFile when synset.Instance => NerType.Person,
                LocationFile when synset.Instance => NerType.Location,
                GroupFile when IsOrganization(offset, 0) => NerType.Organization,
                _ => NerType.None,
            };
            if (type == NerType.None)
            {
                continue;
            }
            foreach (var word in synset.Words)
            {
                // "Ansar_al_Islam"; adjective markers such as "(a)" belong to adjectives but are stripped anyway.
                var name = word.Replace('_', ' ');
                var marker = name.IndexOf('(');
                if (marker >= 0)
                {
                    name = name[..marker];
                }
                if (name.Length >= 2 && char.IsUpper(name[0]))
                {
                    yield return (name, type, false);
                }
            }
        }
    }
}
