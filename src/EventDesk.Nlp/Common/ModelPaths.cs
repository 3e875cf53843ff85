namespace EventDesk.Nlp.Common;

/// <summary>
/// Finds committed model files: the <c>EVENTDESK_MODELS</c> folder, <c>data/models</c> next to the application, or in
/// the repository the process runs from (walking up from the working directory and the app base).
/// </summary>
public static class ModelPaths
{
    public static string Find(string fileName)
    {
        // The folder EVENTDESK_MODELS names comes first: one variable moves all models (NlpModels.Find uses this lookup too).
        var fromEnvironment = Environment.GetEnvironmentVariable("EVENTDESK_MODELS");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, fileName)))
        {
            return Path.Combine(fromEnvironment, fileName);
        }
        foreach (var root in Roots())
        {
            var candidate = Path.Combine(root, "data", "models", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.Combine("data", "models", fileName);
    }

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
