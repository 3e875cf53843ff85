namespace EventDesk.Coding.Petrarch;

/// <summary>
/// Negated event codes from PETRARCH's internal coding ontology (<c>PETR.Internal.Coding.Ontology.txt</c>,
/// "PICO"): a code written <c>CODE:VALUE#0xFFFF+X</c> is the negation of the code whose value is X
/// ("not disapprove" 110 = not 050, so a negated 110 codes 050; a negated 170 codes 057), and
/// <c>CODE:X-0xFFFF</c> is the negation of X (a negated 010 codes 011). Immutable; thread-safe.
/// </summary>
public sealed class PetrarchNegation
{
    private readonly Dictionary<string, string> _negated;

    private PetrarchNegation(Dictionary<string, string> negated) => _negated = negated;

    public int Count => _negated.Count;

    /// <summary>The code a negated event takes, or null when the ontology has none.</summary>
    public string? Negate(string code) => _negated.GetValueOrDefault(code);

    public static PetrarchNegation Load(string path) => Parse(File.ReadLines(path));

    public static PetrarchNegation Parse(IEnumerable<string> lines)
    {
        var byValue = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<(string Code, string[] Fields)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var colon = line.IndexOf(':');
            if (line.Length == 0 || line[0] == '#' || colon <= 0 || !line[..colon].All(char.IsAsciiDigit))
            {
                continue;
            }
            var fields = line[(colon + 1)..].Split('#').Select(f => f.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToArray();
            entries.Add((line[..colon], fields));
            if (fields[0].Length > 0)
            {
                byValue.TryAdd(fields[0], line[..colon]);
            }
        }
        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, fields) in entries)
        {
            foreach (var f in fields)
            {
                string? other = f.StartsWith("0xffff+", StringComparison.Ordinal) ? f["0xffff+".Length..]
                    : f.EndsWith("+0xffff", StringComparison.Ordinal) ? f[..^"+0xffff".Length]
                    : null;
                if (other is not null && byValue.TryGetValue(other, out var positive))
                {
                    negated.TryAdd(code, positive);
                }
            }
            if (fields[0].EndsWith("-0xffff", StringComparison.Ordinal) && byValue.TryGetValue(fields[0][..^"-0xffff".Length], out var affirmative))
            {
                negated.TryAdd(affirmative, code);
            }
        }
        return new PetrarchNegation(negated);
    }
}
