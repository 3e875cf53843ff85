using EventDesk.Web.Hosting;

namespace EventDesk.Web;

/// <summary>
/// Runs the web host on its own (read-only unless given an API key; no ingest pipeline):
/// <c>dotnet EventDesk.Web.dll --db eventdesk.db --urls http://127.0.0.1:5080 --api-key KEY</c>.
/// <c>eventdesk serve</c> is the usual way: it adds the ingest pipeline.
/// </summary>
public sealed class WebProgram
{
    public static void Main(string[] args) => DeskWebApp.Build(null, args).Run();
}
