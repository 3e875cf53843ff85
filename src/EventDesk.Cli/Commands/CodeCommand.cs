using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using EventDesk.Cli.Composition;
using EventDesk.Cli.Output;
using EventDesk.Coding.Events;
using EventDesk.Ingest.Sources;
using EventDesk.Text;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk code</c>: runs the pipeline over inputs and prints what it found.</summary>
public static class CodeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var date = CommonOptions.Date();
        var explain = new Option<bool>("--explain")
        {
            Description = "Print a readable account of why each event was coded (the sentence, trigger, dictionary entry and how each actor was found). Implies --format table unless --format json is given.",
        };
        var dictionaries = CommonOptions.Dictionaries();
        var keep = new Option<KeptEvents[]>("--keep")
        {
            Description = "Also print events the coder drops by default, marked as such: negated (denied, refused), hypothetical "
                + "(conditional, planned, alleged), unknown (a source or target of no known country), background (acts the text dates more than "
                + "three months before the publication date). Repeatable or comma-separated.",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result =>
            {
                var kept = new List<KeptEvents>();
                foreach (var v in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                {
                    if (Enum.TryParse<KeptEvents>(v, ignoreCase: true, out var k))
                    {
                        kept.Add(k);
                    }
                    else
                    {
                        result.AddError($"--keep '{v}' is not one of negated, hypothetical, unknown, background.");
                    }
                }
                return [.. kept];
            },
        };
        var command = new Command("code", "Run the pipeline on articles and print sentences, entities, quotes and events.")
        {
            inputs, format, date, explain, dictionaries, keep,
        };
        command.SetAction(parse => Run(
            parse.GetValue(inputs)!,
            parse.GetValue(explain) && parse.GetValue(format) is null ? OutputFormat.Table : CommonOptions.Resolve(parse.GetValue(format)),
            parse.GetValue(date),
            Console.Out,
            Console.Error,
            parse.GetValue(explain),
            parse.GetValue(dictionaries),
            parse.GetValue(keep)));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, OutputFormat format, DateOnly? date, TextWriter stdout, TextWriter stderr, bool explain = false,
        IReadOnlyList<string>? dictionaries = null, IReadOnlyCollection<KeptEvents>? keep = null)
    {
        Pipeline pipeline;
        try
        {
            pipeline = keep is { Count: > 0 }
                ? DefaultPipeline.Create(dictionaries ?? [], new EventCoderOptions
                {
                    KeepNegated = keep.Contains(KeptEvents.Negated),
                    KeepHypothetical = keep.Contains(KeptEvents.Hypothetical),
                    KeepBackground = keep.Contains(KeptEvents.Background),
                    AllowUnknownSource = keep.Contains(KeptEvents.Unknown),
                    AllowUnknownTarget = keep.Contains(KeptEvents.Unknown),
                })
                : DefaultPipeline.Create(dictionaries ?? []);
        }
        catch (Exception e) when (e is Knowledge.KnowledgeFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"error: cannot load the knowledge base: {e.Message}");
            return ExitCodes.DataError;
        }
        var reader = new InputReader();
        int ok = 0, failed = 0;
        using var output = format == OutputFormat.Json
            ? (IDocumentOutput)new DocumentJsonWriter(stdout)
            : new DocumentTableWriter(stdout, explain);
        foreach (var input in inputs)
        {
            foreach (var item in reader.Read(input))
            {
                if (item.Problem is { } problem)
                {
                    stderr.WriteLine(problem);
                    if (item.Document is null)
                    {
                        failed++;
                    }
                }
                if (item.Document is not { } raw)
                {
                    continue;
                }
                var document = new Document(IdOf(raw.Text), raw.Text, new DocumentMetadata
                {
                    Source = raw.Source,
                    Title = raw.Title,
                    Date = raw.Date ?? date,
                    DateIsDefault = raw.Date is null && date is not null,
                    Url = raw.Url,
                });
                try
                {
                    pipeline.Annotate(document);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug in a stage must not take the rest of the batch down; name the input.
                    stderr.WriteLine($"error: {raw.Source}: the pipeline failed: {e.Message}");
                    failed++;
                    continue;
                }
                output.Write(document);
                ok++;
            }
        }
        return failed == 0 ? ExitCodes.Success : ok == 0 ? ExitCodes.InputError : ExitCodes.PartialFailure;
    }

    /// <summary>Events the coder drops by default that <c>code --keep</c> prints.</summary>
    public enum KeptEvents
    {
        Negated,
        Hypothetical,
        Unknown,
        Background,
    }

    /// <summary>A stable id from the content, so the same article gets the same id in every run.</summary>
    public static string IdOf(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
