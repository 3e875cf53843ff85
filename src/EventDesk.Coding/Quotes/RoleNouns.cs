using System.Collections.Frozen;

namespace EventDesk.Coding.Quotes;

/// <summary>What a role noun names.</summary>
public enum RoleKind : byte
{
    Person,
    Group,
    Country,
}

/// <summary>One role noun: its canonical spelling (variants map to it), kind and number.</summary>
public readonly record struct RoleNoun(string Canonical, RoleKind Kind, bool Plural);

/// <summary>
/// Role nouns ("minister", "advisor", "group") from <c>data/quotes/role-nouns.txt</c>, compiled
/// into a frozen case-insensitive lookup. Immutable and thread-safe.
/// </summary>
public sealed class RoleNouns
{
    public const string DefaultFile = "quotes/role-nouns.txt";

    private static readonly Lazy<RoleNouns> DefaultInstance = new(() => Load(CodingDataFiles.Require(DefaultFile)));

    private readonly FrozenDictionary<string, RoleNoun> _words;
    private readonly FrozenDictionary<string, RoleNoun>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private RoleNouns(Dictionary<string, RoleNoun> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static RoleNouns Default => DefaultInstance.Value;

    public int Count => _words.Count;

    /// <summary>Looks a word up as written, then without a plural -s ("ministers" -> minister, plural).</summary>
    public bool TryGet(ReadOnlySpan<char> word, out RoleNoun role)
    {
        if (_lookup.TryGetValue(word, out role))
        {
            return true;
        }
        if (word.Length > 3 && (word[^1] is 's' or 'S') && _lookup.TryGetValue(word[..^1], out role))
        {
            role = role with { Plural = true };
            return true;
        }
        return false;
    }

    public static RoleNouns Load(string path) => Parse(File.ReadLines(path), path);

    public static RoleNouns Parse(IEnumerable<string> lines, string name = "role nouns")
    {
        var words = new Dictionary<string, RoleNoun>(StringComparer.OrdinalIgnoreCase);
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
            var kind = RoleKind.Person;
            var plural = false;
            var spellings = new List<string>();
            foreach (var part in parts)
            {
                switch (part)
                {
                    case "@person": kind = RoleKind.Person; break;
                    case "@group": kind = RoleKind.Group; break;
                    case "@country": kind = RoleKind.Country; break;
                    case "@plural": plural = true; break;
                    default:
                        if (part[0] == '@')
                        {
                            throw new FormatException($"{name}:{lineNumber}: unknown flag '{part}'; use @person, @group, @country or @plural.");
                        }
                        spellings.Add(part.ToLowerInvariant());
                        break;
                }
            }
            var canonical = spellings[0];
            if (plural && canonical.EndsWith('s'))
            {
                canonical = canonical[..^1]; // "leaders" and "leader" compare equal
            }
            foreach (var spelling in spellings)
            {
                words[spelling] = new RoleNoun(canonical, kind, plural);
            }
        }
        return new RoleNouns(words);
    }
}
