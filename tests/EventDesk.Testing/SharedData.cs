using Xunit;

namespace EventDesk.Testing;

/// <summary>
/// Locates <c>../shared</c> beside the repository. Tests that need it call <see cref="RequireFile"/>
/// or <see cref="RequireRoot"/>, which skip the test with a clear message when it is absent, so a
/// user's clone without the shared data still passes.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootOrNull => Root.Value;

    /// <summary>The repository root (the folder holding EventDesk.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RequireRoot()
    {
        Skip.If(Root.Value is null, "../shared is not beside this clone; skipping a test that needs the shared corpora and suites.");
        return Root.Value!;
    }

    public static string RequireFile(string relativePath)
    {
        var root = RequireRoot();
        var path = Path.Combine(root, relativePath);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"{relativePath} is missing under ../shared; skipping.");
        return path;
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("EVENTDESK_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventDesk.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find EventDesk.sln above " + AppContext.BaseDirectory);
    }
}
