namespace EventDesk.Text;

/// <summary>What is known about a document before any annotator runs. Immutable.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Where the document came from: a file path, a URL, or "-" for standard input.</summary>
    public string Source { get; init; } = "";

    public string? Title { get; init; }

    /// <summary>Publication date, from the input's metadata or the user's <c>--date</c>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// <see cref="Date"/> is the user's fallback (<c>--date</c>, for inputs that carry none), not the input's own: a date the
    /// story's dateline states ("PORT SUDAN, February 18, 2026 (AFP) -") takes its place.
    /// </summary>
    public bool DateIsDefault { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }

    public string? Language { get; init; }
}
