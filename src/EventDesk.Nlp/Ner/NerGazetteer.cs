using System.Collections.Frozen;
using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// Known names (places, organisations, people) used as features by the entity tagger: each
/// token gets the type mask of the longest known name covering it, and whether it begins it.
/// The name list is stored inside the model, so a model always sees the gazetteer it was
/// trained with. Immutable and thread-safe.
/// </summary>
public sealed class NerGazetteer
{
    private const int MaxTokens = 6;

    private readonly FrozenDictionary<ulong, byte> _masks;

    public NerGazetteer(IEnumerable<(string Name, NerType Type)> names)
    {
        var entries = new SortedDictionary<string, byte>(StringComparer.Ordinal);
        var masks = new Dictionary<ulong, byte>();
        foreach (var (name, type) in names)
        {
            var trimmed = name.Trim();
            if (trimmed.Length < 2 || type == NerType.None)
            {
                continue;
            }
            var bit = Bit(type);
            entries[trimmed] = (byte)(entries.GetValueOrDefault(trimmed) | bit);
        }
        foreach (var (name, mask) in entries)
        {
            var words = Split(name);
            if (words.Length is 0 or > MaxTokens)
            {
                continue;
            }
            var key = FeatureHash.Start();
            foreach (var word in words)
            {
                key = Step(key, word);
            }
            masks[key] = (byte)(masks.GetValueOrDefault(key) | mask);
        }
        Names = entries;
        _masks = masks.ToFrozenDictionary();
    }

    public static NerGazetteer Empty { get; } = new([]);

    /// <summary>The names and their type masks (bit 1 PER, 2 ORG, 4 LOC), in ordinal order.</summary>
    public IReadOnlyDictionary<string, byte> Names { get; }

    public int Count => Names.Count;

    /// <summary>Writes one feature value per token: 0 when no known name covers it.</summary>
    internal void Mark<TTokens>(TTokens tokens, int count, Span<ulong> values) where TTokens : ITokenSource
    {
        values[..count].Clear();
        if (_masks.Count == 0)
        {
            return;
        }
        var i = 0;
        while (i < count)
        {
            var matched = 0;
            byte mask = 0;
            var key = FeatureHash.Start();
            for (var length = 1; length <= MaxTokens && i + length <= count; length++)
            {
                key = Step(key, tokens.TokenText(i + length - 1));
                if (_masks.TryGetValue(key, out var m))
                {
                    matched = length;
                    mask = m;
                }
            }
            if (matched == 0)
            {
                i++;
                continue;
            }
            for (var k = 0; k < matched; k++)
            {
                // Value: type mask (1..7) x position (begin, inside) x length bucket.
                values[i + k] = (ulong)(mask * 16 + (k == 0 ? 1 : 2) * 4 + Math.Min(matched, 3));
            }
            i += matched;
        }
    }

    private static ulong Step(ulong key, ReadOnlySpan<char> word)
    {
        // Case-sensitive on purpose: "US" is a country, "us" is not; "Chad" is, "chad" is not.
        foreach (var c in word)
        {
            key = FeatureHash.Add(key, c);
        }
        return FeatureHash.Add(key, '\u0001');
    }

    /// <summary>Splits a name the way the tokenizer splits it: at spaces, and off possessives and punctuation.</summary>
    private static string[] Split(string name)
    {
        var words = new List<string>();
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = part;
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                words.Add(word[..^2]);
                words.Add(word[^2..]);
                continue;
            }
            if (word.Length > 1 && word[^1] is ',' or ')')
            {
                words.Add(word[..^1]);
                words.Add(word[^1..]);
                continue;
            }
            words.Add(word);
        }
        return [.. words];
    }

    private static byte Bit(NerType type) => type switch
    {
        NerType.Person => 1,
        NerType.Organization => 2,
        NerType.Location => 4,
        _ => 0,
    };

    internal void Write(BinaryWriter w)
    {
        w.Write(Names.Count);
        foreach (var (name, mask) in Names)
        {
            w.Write(name);
            w.Write(mask);
        }
    }

    internal static NerGazetteer Read(BinaryReader r)
    {
        var n = ModelFile.ReadCount(r, 5_000_000);
        var names = new List<(string, NerType)>(n);
        for (var i = 0; i < n; i++)
        {
            var name = r.ReadString();
            var mask = r.ReadByte();
            if ((mask & 1) != 0) names.Add((name, NerType.Person));
            if ((mask & 2) != 0) names.Add((name, NerType.Organization));
            if ((mask & 4) != 0) names.Add((name, NerType.Location));
        }
        return new NerGazetteer(names);
    }

    /// <summary>
    /// Reads names from the knowledge-base TSV files in a folder: every column whose header
    /// names a name, variant, acronym, alias or capital, values split at '|'. The file name
    /// decides the type (people -> PER; countries, places, gazetteer -> LOC; organisations,
    /// groups, IGOs -> ORG). Files of other kinds are ignored.
    /// </summary>
    public static IEnumerable<(string Name, NerType Type)> FromKnowledgeFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.tsv*").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(file).ToLowerInvariant();
            var type = stem.Contains("people") || stem.Contains("person") ? NerType.Person
                : stem.Contains("countr") || stem.Contains("place") || stem.Contains("gazetteer") || stem.Contains("cities") ? NerType.Location
                : stem.Contains("igo") || stem.Contains("group") || stem.Contains("organi") ? NerType.Organization
                : NerType.None;
            if (type == NerType.None)
            {
                continue;
            }
            foreach (var name in NamesOf(file))
            {
                yield return (name, type);
            }
        }
    }

    private static IEnumerable<string> NamesOf(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = new StreamReader(file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress)
            : stream);
        int[]? columns = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = [.. cells.Select((h, i) => (h: h.ToLowerInvariant(), i))
                    .Where(c => c.h is "name" or "names" or "official" or "capital" or "capitals" or "ascii" or "ascii_name" || c.h.Contains("variant") || c.h.Contains("acronym") || c.h.Contains("alias") || c.h.Contains("alternate"))
                    .Select(c => c.i)];
                continue;
            }
            foreach (var column in columns)
            {
                if (column >= cells.Length)
                {
                    continue;
                }
                foreach (var value in cells[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return value;
                }
            }
        }
    }
}
