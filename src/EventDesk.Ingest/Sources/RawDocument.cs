namespace EventDesk.Ingest.Sources;

/// <summary>An input as read from its source, before extraction: decoded text plus metadata. Immutable.</summary>
public sealed record RawDocument(
    string Source, string Text, string? Title = null, DateOnly? Date = null, string? Url = null,
    string? Author = null, string? Language = null)
{
    /// <summary>What kind of source carried it: stdin, url, feed item, or file.</summary>
    public string Kind => Source == "-" ? "stdin"
        : Source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "url"
        : "file";
}

/// <summary>A problem with one input: it is skipped, the rest of the batch goes on.</summary>
public sealed record InputProblem(string Source, string Message, bool IsError)
{
    public override string ToString() => $"{(IsError ? "error" : "warning")}: {Source}: {Message}";
}

/// <summary>
/// One item from an input enumeration: either a document or a problem naming the input, or (when
/// <see cref="InputReader.DeferExtraction"/> is set) work still to do that yields one of them.
/// </summary>
public readonly record struct InputItem(RawDocument? Document, InputProblem? Problem)
{
    /// <summary>Deferred extraction (HTML to article): thread-safe, run it on any thread to get the real item.</summary>
    public Func<InputItem>? Pending { get; init; }

    /// <summary>The item itself, or what its deferred work yields.</summary>
    public InputItem Resolve() => Pending is { } pending ? pending() : this;
}
