using System.Collections.Frozen;
using System.Runtime.InteropServices;
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

    private readonly HashMap64<byte> _masks;
    private readonly HashMap64<byte> _lowerMasks;
    private readonly HashMap64<byte> _partial;

    // Words of multi-word names that say nothing about the name on their own.
    private static readonly FrozenSet<string> Common = FrozenSet.ToFrozenSet(
        ["The", "Of", "And", "For", "De", "La", "Le", "Al", "El", "Du", "Da", "Van", "Von", "Der", "Den", "New", "North", "South",
         "East", "West", "Saint", "St.", "San", "Santa", "United", "National", "International", "Republic", "Democratic", "People",
         "Party", "Front", "Army", "Council", "Union", "Movement", "Organization", "Organisation", "Association", "Group", "City",
         "Islands", "Island", "Province", "State", "States", "Kingdom", "Federation", "Central", "Great", "Upper", "Lower"],
        StringComparer.Ordinal);

    /// <summary>Mask bit of names known only from the minor list (small towns, many named like people: "Bryan", "Vernon").</summary>
    public const byte MinorBit = 8;

    /// <summary>Mask bit of single words listed as common first names ("Tina", "Hector").</summary>
    public const byte FirstNameBit = 16;

    /// <summary>Mask bit of single words listed as parts of people's names (given names and surnames of many cultures).</summary>
    public const byte NameWordBit = 32;

    /// <summary>Mask bit of lowercase dictionary words ("kitchen", "winter"): written capitalised, they are still common words.</summary>
    public const byte CommonWordBit = 64;

    // Key bit (never in a name's mask): the word sequence begins a longer name.
    private const byte PrefixBit = 0x80;

    public NerGazetteer(IEnumerable<(string Name, NerType Type)> names)
        : this(names.Select(n => (n.Name, n.Type, false)))
    {
    }

    /// <summary>Names with their type; <c>Minor</c> marks weak evidence (see <see cref="MinorBit"/>).</summary>
    public NerGazetteer(IEnumerable<(string Name, NerType Type, bool Minor)> names)
        : this(Collect(names))
    {
    }

    private static SortedDictionary<string, byte> Collect(IEnumerable<(string Name, NerType Type, bool Minor)> names)
    {
        var entries = new SortedDictionary<string, byte>(StringComparer.Ordinal);
        var core = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, type, minor) in names)
        {
            var trimmed = name.Trim();
            if (trimmed.Length < 2 || type == NerType.None)
            {
                continue;
            }
            entries[trimmed] = (byte)(entries.GetValueOrDefault(trimmed) | Bit(type));
            if (!minor)
            {
                core.Add(trimmed);
            }
        }
        foreach (var name in entries.Keys.ToArray())
        {
            if (!core.Contains(name))
            {
                entries[name] |= MinorBit;
            }
        }
        return entries;
    }

    /// <summary>A gazetteer read with its tables (<see cref="Read"/>); the names are decoded from their bytes when asked for.</summary>
    private NerGazetteer(int count, byte[] names, HashMap64<byte> masks, HashMap64<byte> lowerMasks, HashMap64<byte> partial)
    {
        Count = count;
        _entries = new Lazy<KeyValuePair<string, byte>[]>(() => DecodeNames(names, count));
        _masks = masks;
        _lowerMasks = lowerMasks;
        _partial = partial;
    }

    // Entries with distinct names (Write sorts them; Names is made on first use: the run time needs only the tables).
    private NerGazetteer(IEnumerable<KeyValuePair<string, byte>> entries)
    {
        KeyValuePair<string, byte>[] all = [.. entries];
        _entries = new Lazy<KeyValuePair<string, byte>[]>(all);
        Count = all.Length;
        // Open-addressing tables filled in place: a frozen dictionary (or a dictionary copied into a table) took
        // several times longer to build, which matters at start-up with a few hundred thousand name words.
        var masks = new HashMap64<byte>.Builder(all.Length * 5 / 4);
        var lowerMasks = new HashMap64<byte>.Builder(all.Length * 5 / 4);
        var partial = new HashMap64<byte>.Builder();
        foreach (var (name, mask) in all)
        {
            var words = Split(name);
            if (words.Length is 0 or > MaxTokens)
            {
                continue;
            }
            var key = FeatureHash.Start();
            var lower = FeatureHash.Start();
            for (var w = 0; w < words.Length; w++)
            {
                key = Step(key, words[w]);
                lower = StepLower(lower, words[w]);
                // Every word but the last marks its key as the start of a longer name, so matching
                // stops at the first word sequence that begins no name.
                var bits = w == words.Length - 1 ? mask : PrefixBit;
                masks.Slot(key) |= bits;
                lowerMasks.Slot(lower) |= bits;
            }
            if (words.Length > 1)
            {
                foreach (var word in words)
                {
                    if (word.Length > 1 && char.IsUpper(word[0]) && !Common.Contains(word))
                    {
                        var w = Step(FeatureHash.Start(), word);
                        partial.Slot(w) |= mask;
                    }
                }
            }
        }
        _masks = masks.ToMap();
        _lowerMasks = lowerMasks.ToMap();
        _partial = partial.ToMap();
    }

    public static NerGazetteer Empty { get; } = new(Array.Empty<(string, NerType)>());

    /// <summary>
    /// This gazetteer with person-name words added: <paramref name="firstNames"/> get <see cref="FirstNameBit"/>,
    /// <paramref name="nameWords"/> <see cref="NameWordBit"/> (a word can be both, and also a listed name or place).
    /// A name word has no type of its own: the model learns how much "Hector" or "Okafor" says, by case and context.
    /// Words in <paramref name="commonWords"/> (lowercase; words the training text mostly writes in lowercase:
    /// "church", "bill", "may") are left out, so the bits keep their meaning. Only capitalised single words of
    /// letters, apostrophes and hyphens are taken.
    /// </summary>
    public NerGazetteer WithNameWords(IEnumerable<string> firstNames, IEnumerable<string> nameWords, IReadOnlySet<string> commonWords)
    {
        var entries = SortedEntries();
        void Add(IEnumerable<string> words, byte bit)
        {
            foreach (var raw in words)
            {
                var word = raw.Trim();
                if (word.Length < 2 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '\'' or '-')
                    || commonWords.Contains(word.ToLowerInvariant()))
                {
                    continue;
                }
                entries[word] = (byte)(entries.GetValueOrDefault(word) | bit);
            }
        }
        Add(firstNames, FirstNameBit);
        Add(nameWords, NameWordBit);
        return new NerGazetteer(entries);
    }

    /// <summary>
    /// This gazetteer with the lowercase words of an English word list marked <see cref="CommonWordBit"/>. The
    /// case-insensitive match then tells the model that a capitalised "Kitchen" or "Applause" is an ordinary word.
    /// A word this gazetteer already has capitalised, as a name or a name word ("Xi", "Chad", "Rose"), is left out:
    /// the bit would only blur what the name says. Only all-lowercase single words of letters, hyphens and
    /// apostrophes are taken; possessives are skipped.
    /// </summary>
    public NerGazetteer WithCommonWords(IEnumerable<string> words)
    {
        var entries = SortedEntries();
        foreach (var raw in words)
        {
            var word = raw.Trim();
            if (word.Length < 2 || word.EndsWith("'s", StringComparison.Ordinal) || !word.All(c => char.IsLower(c) || c is '\'' or '-')
                || entries.ContainsKey(string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1))))
            {
                continue;
            }
            entries[word] = (byte)(entries.GetValueOrDefault(word) | CommonWordBit);
        }
        return new NerGazetteer(entries);
    }

    // The names and masks, as a sorted table to extend (WithNameWords, WithCommonWords).
    private SortedDictionary<string, byte> SortedEntries()
    {
        var entries = new SortedDictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (name, mask) in _entries.Value)
        {
            entries[name] = mask;
        }
        return entries;
    }

    /// <summary>
    /// Words (lowercase) that the sentences write mostly in lowercase: at least <paramref name="minimum"/> lowercase
    /// occurrences and more lowercase than capitalised ones after the first token.
    /// </summary>
    public static HashSet<string> LowercaseWords(IEnumerable<NerSentence> sentences, int minimum = 2)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var upper = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 1; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (token.Length == 0 || !char.IsLetter(token[0]))
                {
                    continue;
                }
                var counts = char.IsLower(token[0]) ? lower : upper;
                var key = token.ToLowerInvariant();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return lower.Where(kv => kv.Value >= minimum && kv.Value > upper.GetValueOrDefault(kv.Key)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The names and their masks (bit 1 PER, 2 ORG, 4 LOC, 8 minor only, 16 first name, 32 name word, 64 common word), in ordinal order.</summary>
    public IReadOnlyDictionary<string, byte> Names => _names ??= NamesOf(_entries.Value);

    private readonly Lazy<KeyValuePair<string, byte>[]> _entries;
    private Dictionary<string, byte>? _names;

    private static Dictionary<string, byte> NamesOf(KeyValuePair<string, byte>[] entries)
    {
        var names = new Dictionary<string, byte>(entries.Length, StringComparer.Ordinal);
        foreach (var (name, mask) in entries)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(names, name, out _) |= mask;
        }
        return names;
    }

    public int Count { get; }

    /// <summary>Writes one feature value per token: 0 when no known name covers it.</summary>
    internal void Mark<TTokens>(TTokens tokens, int count, Span<ulong> values) where TTokens : ITokenSource =>
        Mark(tokens, count, values, _masks, lower: false);

    /// <summary>Like <see cref="Mark{TTokens}(TTokens, int, Span{ulong})"/>, ignoring case (web text writes "kerala", news headlines "KABUL").</summary>
    internal void MarkIgnoringCase<TTokens>(TTokens tokens, int count, Span<ulong> values) where TTokens : ITokenSource =>
        Mark(tokens, count, values, _lowerMasks, lower: true);

    /// <summary>Per token: the type mask of the multi-word names that contain the word ("Lavrov" of "Sergey Lavrov"), else 0.</summary>
    internal void MarkPartial<TTokens>(TTokens tokens, int count, Span<ulong> values) where TTokens : ITokenSource
    {
        for (var i = 0; i < count; i++)
        {
            var text = tokens.TokenText(i);
            values[i] = text.Length > 1 && char.IsUpper(text[0]) && _partial.TryGetValue(Step(FeatureHash.Start(), text), out var m) ? m : 0UL;
        }
    }

    private static void Mark<TTokens>(TTokens tokens, int count, Span<ulong> values, HashMap64<byte> masks, bool lower) where TTokens : ITokenSource
    {
        values[..count].Clear();
        if (masks.Count == 0)
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
                key = lower ? StepLower(key, tokens.TokenText(i + length - 1)) : Step(key, tokens.TokenText(i + length - 1));
                if (!masks.TryGetValue(key, out var m))
                {
                    break;
                }
                if ((m & ~PrefixBit) != 0)
                {
                    matched = length;
                    mask = (byte)(m & ~PrefixBit);
                }
                if ((m & PrefixBit) == 0)
                {
                    break;
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

    private static ulong StepLower(ulong key, ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            key = FeatureHash.Add(key, char.ToLowerInvariant(c));
        }
        return FeatureHash.Add(key, '\u0001');
    }

    /// <summary>Splits a name the way the tokenizer splits it: at spaces, and off possessives and punctuation.</summary>
    private static string[] Split(string name)
    {
        if (name.Length > 0 && !name.Contains(' ') && !name.EndsWith("'s", StringComparison.Ordinal) && !name.EndsWith("’s", StringComparison.Ordinal)
            && name[^1] is not (',' or ')'))
        {
            return [name];
        }
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

    /// <summary>Starts a gazetteer stored with its tables (where the first layout has its name count).</summary>
    private const int TablesMarker = -0x47415A32; // "GAZ2"

    /// <summary>
    /// Writes the names (sorted, with their masks) and the three look-up tables, so that reading is a few
    /// bulk reads: building the tables from 290,000 names (splitting, hashing, scattered inserts) was
    /// about 300 ms of the start-up. The names stay bytes until someone asks for them.
    /// </summary>
    internal void Write(BinaryWriter w)
    {
        w.Write(TablesMarker);
        w.Write(Names.Count);
        using var names = new MemoryStream();
        using (var nw = new BinaryWriter(names, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            foreach (var (name, mask) in Names.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                nw.Write(name);
                nw.Write(mask);
            }
        }
        w.Write((int)names.Length);
        w.Write(names.GetBuffer(), 0, (int)names.Length);
        _masks.WriteCompact(w);
        _lowerMasks.WriteCompact(w);
        _partial.WriteCompact(w);
    }

    internal static NerGazetteer Read(BinaryReader r)
    {
        var first = r.ReadInt32();
        if (first == TablesMarker)
        {
            var count = ModelFile.ReadCount(r, 5_000_000);
            var names = new byte[ModelFile.ReadCount(r, 1 << 30)];
            ModelFile.ReadArray<byte>(r, names);
            var masks = HashMap64<byte>.ReadCompact(r);
            var lowerMasks = HashMap64<byte>.ReadCompact(r);
            var partial = HashMap64<byte>.ReadCompact(r);
            return new NerGazetteer(count, names, masks, lowerMasks, partial);
        }
        // The first layout: the names only; the tables are built from them.
        if (first is < 0 or > 5_000_000)
        {
            throw new InvalidDataException($"count {first} is out of range 0..5000000");
        }
        return new NerGazetteer(ReadNames(r, first));
    }

    private static KeyValuePair<string, byte>[] DecodeNames(byte[] names, int count)
    {
        using var r = new BinaryReader(new MemoryStream(names, writable: false), System.Text.Encoding.UTF8);
        var entries = ReadNames(r, count);
        if (r.BaseStream.Position != names.Length)
        {
            throw new InvalidDataException("the gazetteer's names have trailing bytes");
        }
        return entries;
    }

    // Written sorted and without repeats (Write), so the names need no dictionary here.
    private static KeyValuePair<string, byte>[] ReadNames(BinaryReader r, int count)
    {
        var entries = new KeyValuePair<string, byte>[count];
        for (var i = 0; i < count; i++)
        {
            var name = r.ReadString();
            entries[i] = new(name, r.ReadByte());
        }
        return entries;
    }

    /// <summary>
    /// Reads names from the knowledge-base TSV files in a folder: every column whose header
    /// names a name, variant, acronym, alias or capital, values split at '|'. The file name
    /// decides the type (people -> PER; countries, places, gazetteer -> LOC; organisations,
    /// groups, IGOs -> ORG). Files of other kinds are ignored.
    /// </summary>
    public static IEnumerable<(string Name, NerType Type, bool Minor)> FromKnowledgeFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        // NER-only lists ("TYPE<TAB>name" lines): a .txt name so the knowledge loader does not read them as dictionaries.
        foreach (var file in Directory.EnumerateFiles(folder, "ner-names*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var entry in FromNameList(file))
            {
                yield return entry;
            }
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
            foreach (var (name, minor) in NamesOf(file))
            {
                yield return (name, type, minor);
            }
        }
    }

    /// <summary>Reads a name list of "TYPE&lt;TAB&gt;name" lines (PER, ORG, LOC; '#' starts a comment line).</summary>
    public static IEnumerable<(string Name, NerType Type, bool Minor)> FromNameList(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var typeName, var name, ..])
            {
                continue;
            }
            var listed = NerLabels.ParseType(typeName.Trim());
            if (listed != NerType.None && name.Trim().Length > 0)
            {
                yield return (name.Trim(), listed, false);
            }
        }
    }

    /// <summary>Towns below this population (and not capitals) are minor names.</summary>
    private const long MinorPopulation = 100_000;

    private static IEnumerable<(string Name, bool Minor)> NamesOf(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = new StreamReader(file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress)
            : stream);
        int[]? columns = null;
        int population = -1, feature = -1;
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
                population = Array.IndexOf(cells, "population");
                feature = Array.IndexOf(cells, "feature");
                continue;
            }
            var minor = population >= 0 && population < cells.Length
                && long.TryParse(cells[population], System.Globalization.CultureInfo.InvariantCulture, out var people) && people < MinorPopulation
                && !(feature >= 0 && feature < cells.Length && cells[feature] == "PPLC");
            foreach (var column in columns)
            {
                if (column >= cells.Length)
                {
                    continue;
                }
                foreach (var value in cells[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return (value, minor);
                }
            }
        }
    }
}
