using System.Collections.Immutable;
using System.Globalization;

namespace EventDesk.Knowledge;

/// <summary>
/// Our dictionary format: UTF-8, tab-separated, one header line naming the columns, '#' comment
/// lines and blank lines ignored, '|' separating multiple values in a cell. Trailing empty cells
/// may be omitted.
/// </summary>
internal sealed class TsvFile
{
    private TsvFile(string path, string[] header, List<(int Line, string[] Cells)> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public string[] Header { get; }

    public List<(int Line, string[] Cells)> Rows { get; }

    public static TsvFile Read(string path) => Parse(path, File.ReadAllLines(path));

    public static TsvFile Parse(string path, IReadOnlyList<string> lines)
    {
        string[]? header = null;
        var rows = new List<(int, string[])>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i == 0 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var cells = line.TrimEnd('\r').Split('\t');
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = cells[c].Trim();
            }
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.Length > header.Length)
            {
                throw new KnowledgeFormatException(path, i + 1,
                    $"{cells.Length} tab-separated cells but the header has {header.Length} ({string.Join(", ", header)}); remove the extra tabs.");
            }
            if (cells.Length < header.Length)
            {
                Array.Resize(ref cells, header.Length);
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c] ??= string.Empty;
                }
            }
            rows.Add((i + 1, cells));
        }
        if (header is null)
        {
            throw new KnowledgeFormatException(path, 1, "no header line; the first non-comment line must name the columns.");
        }
        return new TsvFile(path, header, rows);
    }

    public string HeaderText => string.Join('\t', Header);

    public static ImmutableArray<string> Split(string cell)
    {
        if (cell.Length == 0)
        {
            return ImmutableArray<string>.Empty;
        }
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in cell.Split('|'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }
        return builder.ToImmutable();
    }

    public static string Require(string path, int line, string[] cells, int index, string column)
    {
        var value = cells[index];
        if (value.Length == 0)
        {
            throw new KnowledgeFormatException(path, line, $"column '{column}' is empty; it is required.");
        }
        return value;
    }

    public static DateOnly? ParseDate(string path, int line, string value, string column)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new KnowledgeFormatException(path, line, $"column '{column}' has '{value}', expected a date yyyy-MM-dd (or empty for open).");
    }

    public static DateRange ParseRange(string path, int line, string start, string end)
    {
        var range = new DateRange(ParseDate(path, line, start, "start"), ParseDate(path, line, end, "end"));
        if (range.Start is { } s && range.End is { } e && s > e)
        {
            throw new KnowledgeFormatException(path, line, $"start {start} is after end {end}.");
        }
        return range;
    }
}
