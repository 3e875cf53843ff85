namespace EventDesk.Coding.Quotes;

/// <summary>
/// Finds the authored data files under <c>data/</c>: next to the application, or in the
/// repository the process runs from (walking up from the working directory and the app base).
/// Thread-safe (static, no state).
/// </summary>
public static class CodingDataFiles
{
    /// <summary>The full path of <paramref name="relativePath"/> under the first <c>data/</c> folder that has it, or null.</summary>
    public static string? Find(string relativePath)
    {
        foreach (var root in Roots())
        {
            var candidate = Path.Combine(root, "data", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Like <see cref="Find"/>, but a missing file is a setup error that says what to do.</summary>
    public static string Require(string relativePath) =>
        Find(relativePath) ?? throw new FileNotFoundException(
            $"The data file 'data/{relativePath}' was not found next to the application or above the working directory. " +
            "Run EventDesk from its repository or install the data folder beside the executable.", relativePath);

    private static IEnumerable<string> Roots()
    {
        yield return AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
