using System.CommandLine;
using System.Globalization;
using EventDesk.Cli.Composition;
using EventDesk.Ingest.Desk;
using EventDesk.Ingest.Sources;
using EventDesk.Ingest.Web;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk watch</c>: polls feeds on a schedule (conditional GET) and ingests new items.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Option<string[]>("--feed")
        {
            Description = "An RSS or Atom feed URL (repeat for several).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var every = new Option<TimeSpan>("--every")
        {
            Description = "Polling interval, e.g. 30s, 15m, 1h.",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(15),
            CustomParser = r =>
            {
                var token = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (ParseInterval(token) is { } t)
                {
                    return t;
                }
                r.AddError($"--every '{token}' is not an interval like 30s, 15m or 1h.");
                return TimeSpan.Zero;
            },
        };
        var once = new Option<bool>("--once") { Description = "Poll every feed once and exit." };
        var db = DeskOptions.Db();
        var date = CommonOptions.Date();
        var command = new Command("watch", "Poll feeds on a schedule and ingest new articles into the desk database.") { feeds, every, once, db, date };
        command.SetAction((p, cancel) => Task.FromResult(Run(p.GetValue(feeds)!, p.GetValue(every), p.GetValue(once), p.GetValue(db)!, p.GetValue(date),
            Console.Out, Console.Error, cancel)));
        return command;
    }

    internal static TimeSpan? ParseInterval(string s)
    {
        if (s.Length < 2 || !double.TryParse(s[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return null;
        }
        return char.ToLowerInvariant(s[^1]) switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            _ => null,
        };
    }

    public static int Run(IReadOnlyList<string> feeds, TimeSpan every, bool once, string dbPath, DateOnly? date, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        using var store = DeskOptions.OpenStore(dbPath, stderr);
        if (store is null)
        {
            return ExitCodes.DataError;
        }
        using var fetcher = new WebFetcher();
        var reader = new InputReader { Fetcher = fetcher, FeedStates = store };
        var ingestor = new DeskIngestor(store, DefaultPipeline.Create());
        while (!cancel.IsCancellationRequested)
        {
            var progress = new IngestProgress(stderr, terminal: false);
            foreach (var feed in feeds)
            {
                progress.RunOne(feed, reader, ingestor, date, []);
            }
            stdout.Write($"{DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss} ");
            progress.Finish(stdout);
            if (once)
            {
                return progress.Summary.Errors == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
            }
            try
            {
                Task.Delay(every, cancel).Wait(cancel);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return ExitCodes.Success;
    }
}
