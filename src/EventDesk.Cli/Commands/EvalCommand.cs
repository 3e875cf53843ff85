using System.CommandLine;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk eval</c>: the accuracy runners. Each scores gold data and prints a JSON report.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Accuracy runners: score EventDesk on gold data and print a JSON report.");
        command.Subcommands.Add(NerCommands.CreateEval());
        command.Subcommands.Add(EvalTokensCommand.Create());
        command.Subcommands.Add(EvalUdCommand.Create());
        command.Subcommands.Add(EvalExtractionCommand.Create());
        command.Subcommands.Add(EvalCorefCommand.Create());
        command.Subcommands.Add(EvalPetrarchCommand.Create());
        command.Subcommands.Add(EvalEventsCommand.Create());
        command.Subcommands.Add(EvalQuotesCommand.Create());
        return command;
    }
}
