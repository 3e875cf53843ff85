using System.CommandLine;
using System.Text.Json;
using EventDesk.Text.Corpora;
using EventDesk.Text.Tokenization;

namespace EventDesk.Cli.Commands;

/// <summary>
/// <c>eventdesk eval tokens --gold FILE.conllu</c>: rebuilds the raw text of a UD treebank,
/// runs the news tokenizer on it and prints token and sentence boundary scores as JSON.
/// </summary>
public static class EvalTokensCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "A CoNLL-U gold file (for example UD English EWT or GUM test) to score the tokenizer and sentence splitter on.",
            Required = true,
        };
        var command = new Command("tokens", "Score the tokenizer and sentence splitter against a CoNLL-U gold file (boundary F1).")
        {
            gold,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string goldPath, TextWriter stdout, TextWriter stderr)
    {
        List<GoldDocument> documents;
        try
        {
            documents = ConlluText.ReadFile(goldPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            stderr.WriteLine($"error: cannot read gold file '{goldPath}': {e.Message} Give a readable CoNLL-U file with --gold.");
            return ExitCodes.DataError;
        }
        if (documents.Count == 0)
        {
            stderr.WriteLine($"error: gold file '{goldPath}' holds no CoNLL-U sentences. Give a CoNLL-U file with --gold.");
            return ExitCodes.DataError;
        }
        var report = TokenizationEvaluator.Evaluate(new NewsTokenizer(), documents);
        WriteJson(stdout, goldPath, report);
        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter stdout, string goldPath, TokenizationReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("gold", goldPath);
            json.WriteNumber("documents", report.Documents);
            json.WriteNumber("sentences", report.Sentences.Gold);
            json.WriteNumber("tokens", report.Tokens.Gold);
            json.WriteNumber("predicted_sentences", report.Sentences.Predicted);
            json.WriteNumber("predicted_tokens", report.Tokens.Predicted);
            json.WriteNumber("token_precision", Percent(report.Tokens.Precision));
            json.WriteNumber("token_recall", Percent(report.Tokens.Recall));
            json.WriteNumber("token_f1", Percent(report.Tokens.F1));
            json.WriteNumber("sentence_precision", Percent(report.Sentences.Precision));
            json.WriteNumber("sentence_recall", Percent(report.Sentences.Recall));
            json.WriteNumber("sentence_f1", Percent(report.Sentences.F1));
            json.WriteNumber("tokens_per_second", Math.Round(report.TokensPerSecond));
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static double Percent(double value) => Math.Round(value * 100, 2);
}
