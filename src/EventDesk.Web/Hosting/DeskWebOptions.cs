using EventDesk.Text;

namespace EventDesk.Web.Hosting;

/// <summary>How the web host runs: which database, where it listens, the write key and the ingest pipeline. Immutable.</summary>
public sealed record DeskWebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The desk database (SQLite); created and migrated when missing.</summary>
    public string DbPath { get; init; } = "eventdesk.db";

    /// <summary>Kestrel URLs. Loopback by default: the API has no user accounts, only the write key.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key that write endpoints require in X-Api-Key; null means the server is read-only.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Builds the pipeline that ingest runs; null when this host cannot ingest (then POST /api/ingest answers 503).</summary>
    public Func<Pipeline>? PipelineFactory { get; init; }

    /// <summary>Log requests to the console (off in tests and benchmarks).</summary>
    public bool Quiet { get; init; }
}
