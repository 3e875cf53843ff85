using System.CommandLine;
using EventDesk.Coding.Evaluation;

namespace EventDesk.Cli.Commands;

/// <summary>
/// <c>eventdesk eval events --gold tests/data/events [--verbose]</c>: codes the gold event articles with the
/// full pipeline and prints exact / root / dyad precision, recall and F1 (overall and per CAMEO root) as JSON.
/// </summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "The gold event folder: JSON Lines files (01.jsonl … 20.jsonl, negatives.jsonl), one article per line.",
            Required = true,
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Also list every miss, wrong code, wrong actor and false alarm with the dictionary rule that fired.",
        };
        var command = new Command("events", "Score the event coder on gold articles (exact code, root and dyad P/R/F1, per root).")
        {
            gold, verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(verbose), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string goldPath, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var read = EventGold.ReadFolder(goldPath);
        if (read.Errors.Count > 0)
        {
            foreach (var error in read.Errors)
            {
                stderr.WriteLine($"error: {error}");
            }
            stderr.WriteLine("Fix the gold lines above (format: {\"id\",\"date\":\"YYYY-MM-DD\",\"text\",\"events\":[{\"source\",\"target\",\"code\"}]}).");
            return ExitCodes.DataError;
        }
        var report = EventEvaluator.Evaluate(read.Articles);
        stdout.WriteLine(report.ToJson(goldPath, verbose));
        return ExitCodes.Success;
    }
}
