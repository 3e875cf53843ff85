using System.Collections.Frozen;
using System.Globalization;

namespace EventDesk.Knowledge.Cameo;

/// <summary>One CAMEO event code with its place in the scheme and its PLOVER equivalent. Immutable.</summary>
public sealed record CameoCode(string Code, string Name, string Root, int QuadClass, double Goldstein, string? PloverType, string? PloverMode);

/// <summary>
/// The CAMEO codebook (data/cameo/codebook.tsv) joined with the CAMEO -> PLOVER map
/// (data/plover/cameo-plover.tsv). Loaded once; immutable and thread-safe.
/// </summary>
public sealed class CameoCodebook
{
    private readonly FrozenDictionary<string, CameoCode> _codes;

    private CameoCodebook(FrozenDictionary<string, CameoCode> codes) => _codes = codes;

    public int Count => _codes.Count;

    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    /// <summary>The code, or its nearest listed ancestor (0431 -> 043 -> 04), or null.</summary>
    public CameoCode? FindOrParent(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (_codes.TryGetValue(c, out var found))
            {
                return found with { Code = code };
            }
        }
        return null;
    }

    /// <summary>Loads the codebook found under the default data folder (beside or above the app).</summary>
    public static CameoCodebook LoadDefault()
    {
        var knowledge = KnowledgeBase.FindDefaultDirectory()
            ?? throw new DirectoryNotFoundException("Cannot find data/knowledge (and with it data/cameo); set EVENTDESK_KNOWLEDGE.");
        var data = Path.GetDirectoryName(Path.GetFullPath(knowledge))!;
        return Load(Path.Combine(data, "cameo", "codebook.tsv"), Path.Combine(data, "plover", "cameo-plover.tsv"));
    }

    /// <exception cref="KnowledgeFormatException">A row is malformed (message names file and line).</exception>
    public static CameoCodebook Load(string codebookPath, string? ploverPath)
    {
        var plover = new Dictionary<string, (string? Type, string? Mode)>(StringComparer.Ordinal);
        if (ploverPath is not null && File.Exists(ploverPath))
        {
            var map = TsvFile.Read(ploverPath);
            int cameo = Column(map, "cameo"), type = Column(map, "plover"), mode = Column(map, "mode");
            foreach (var (_, cells) in map.Rows)
            {
                var t = cells[type];
                plover[cells[cameo]] = (string.IsNullOrEmpty(t) || t == "-" ? null : t, string.IsNullOrEmpty(cells[mode]) ? null : cells[mode]);
            }
        }
        var file = TsvFile.Read(codebookPath);
        int code = Column(file, "code"), name = Column(file, "name"), root = Column(file, "root"), quad = Column(file, "quad_class"), goldstein = Column(file, "goldstein");
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var (line, cells) in file.Rows)
        {
            if (!int.TryParse(cells[quad], CultureInfo.InvariantCulture, out var q) || q is < 1 or > 4)
            {
                throw new KnowledgeFormatException(codebookPath, line, $"quad_class '{cells[quad]}' is not 1-4.");
            }
            if (!double.TryParse(cells[goldstein], NumberStyles.Float, CultureInfo.InvariantCulture, out var g) || g is < -10 or > 10)
            {
                throw new KnowledgeFormatException(codebookPath, line, $"goldstein '{cells[goldstein]}' is not a number in -10..10.");
            }
            var (ploverType, ploverMode) = plover.GetValueOrDefault(cells[code]);
            if (!codes.TryAdd(cells[code], new CameoCode(cells[code], cells[name], cells[root], q, g, ploverType, ploverMode)))
            {
                throw new KnowledgeFormatException(codebookPath, line, $"code {cells[code]} is listed twice.");
            }
        }
        return new CameoCodebook(codes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static int Column(TsvFile file, string name)
    {
        var index = Array.IndexOf(file.Header, name);
        return index >= 0 ? index : throw new KnowledgeFormatException(file.Path, 1, $"missing column '{name}'.");
    }
}
