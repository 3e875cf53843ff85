namespace EventDesk.Ingest.Sources;

/// <summary>
/// Enumerates documents from files, folders (recursively, in ordinal path order so runs are
/// reproducible) and standard input ("-"). Unreadable inputs become <see cref="InputProblem"/>s
/// naming the input; they never stop the batch. Thread-safe (stateless).
/// </summary>
public sealed class InputReader
{
    /// <summary>Larger inputs are refused with an error instead of exhausting memory.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", "" };

    public IEnumerable<InputItem> Read(string path, TextReader? stdin = null)
    {
        if (path == "-")
        {
            var text = (stdin ?? Console.In).ReadToEnd();
            yield return text.Length == 0
                ? new InputItem(null, new InputProblem("-", "standard input is empty", IsError: false))
                : new InputItem(new RawDocument("-", text), null);
            yield break;
        }
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => TextExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return ReadFile(file);
            }
            yield break;
        }
        if (!File.Exists(path))
        {
            yield return new InputItem(null, new InputProblem(path, "no such file or folder", IsError: true));
            yield break;
        }
        yield return ReadFile(path);
    }

    private InputItem ReadFile(string file)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxInputBytes)
            {
                return new InputItem(null, new InputProblem(file, $"the file is {length:N0} bytes, over the limit of {MaxInputBytes:N0}", IsError: true));
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputItem(null, new InputProblem(file, $"cannot be read: {e.Message}", IsError: true));
        }
        var (text, warning, error) = TextDecoder.Decode(bytes);
        if (error is not null)
        {
            return new InputItem(null, new InputProblem(file, error, IsError: false));
        }
        var problem = warning is null ? null : new InputProblem(file, warning, IsError: false);
        return new InputItem(new RawDocument(file, text!), problem);
    }
}
