using System.CommandLine;

namespace EventDesk.Cli.Commands;

public enum OutputFormat
{
    Json,
    Table,
}

/// <summary>Options shared by several commands, each defined once with its help text.</summary>
public static class CommonOptions
{
    public static Option<OutputFormat?> Format() => new("--format", "-f")
    {
        Description = "Output format: json (the default when output is redirected) or table (the default on a terminal).",
    };

    public static OutputFormat Resolve(OutputFormat? chosen) =>
        chosen ?? (Console.IsOutputRedirected ? OutputFormat.Json : OutputFormat.Table);

    public static Option<string[]> Dictionaries() => new("--dictionary")
    {
        Description = "A user dictionary file or folder (EventDesk TSV, or PETRARCH *.actors.txt / *.agents.txt) added to the " +
            "knowledge base; entries override the defaults. Repeatable; later ones win. See docs/knowledge.md.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<DateOnly?> Date() => new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that carry none; time expressions resolve against it.",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", out var date))
            {
                return date;
            }
            result.AddError($"--date '{token}' is not a date in the form YYYY-MM-DD.");
            return null;
        },
    };
}
