using System.CommandLine;
using EventDesk.Cli.Commands;

// Thin host: each command lives in Commands/ with its options, help text and handler.
var root = new RootCommand("EventDesk: turns news into coded political events, quotes and actors.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(ActorsCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (EventDesk.Cli.DataErrors.IsDataError(e))
{
    // A missing, corrupt or outdated model, dictionary or gold file: say which and what to do.
    Console.Error.WriteLine($"error: {e.Message}");
    return EventDesk.Cli.ExitCodes.DataError;
}
catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
{
    // An empty or impossible path ("--out ''"), a folder given for a file, no permission: name it, never a stack trace.
    Console.Error.WriteLine(e is ArgumentException or NotSupportedException
        ? $"error: an empty or invalid path or value was given: {e.Message}"
        : $"error: {e.Message}");
    return EventDesk.Cli.ExitCodes.InputError;
}
