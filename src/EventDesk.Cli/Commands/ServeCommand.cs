using System.CommandLine;
using EventDesk.Cli.Composition;
using EventDesk.Web.Hosting;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk serve</c>: the REST API and the analyst's dashboard over the desk database.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = DeskOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated). Loopback by default: the API has no user accounts, only the write key.",
            DefaultValueFactory = _ => DeskWebOptions.DefaultUrls,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Enables the write endpoints (ingest, watchlists) for requests that send this key in the X-Api-Key header. " +
                          "Without it the server is read-only. Also read from EVENTDESK_API_KEY.",
        };
        var command = new Command("serve", "Serve the REST API (OpenAPI at /openapi/v1.json) and the dashboard over the desk database.") { db, urls, apiKey };
        command.SetAction(p =>
        {
            var key = p.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("EVENTDESK_API_KEY");
            var options = new DeskWebOptions
            {
                DbPath = p.GetValue(db)!,
                Urls = p.GetValue(urls)!,
                ApiKey = string.IsNullOrEmpty(key) ? null : key,
                PipelineFactory = DefaultPipeline.Create,
            };
            using var probe = DeskOptions.OpenStore(options.DbPath, Console.Error);
            if (probe is null)
            {
                return ExitCodes.DataError;
            }
            probe.Dispose();
            var app = DeskWebApp.Build(options);
            Console.Error.WriteLine($"serving {Path.GetFullPath(options.DbPath)} on {options.Urls} ({(options.ApiKey is null ? "read-only" : "writes need X-Api-Key")}); Ctrl+C stops");
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
