namespace EventDesk.Knowledge;

/// <summary>A dictionary file is malformed. The message names the file, the line and what to fix.</summary>
public sealed class KnowledgeFormatException : Exception
{
    public KnowledgeFormatException(string file, int line, string message)
        : base($"{file}:{line}: {message}")
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }
}
