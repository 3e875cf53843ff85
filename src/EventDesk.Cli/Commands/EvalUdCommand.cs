using System.CommandLine;
using System.Text.Json;
using EventDesk.Nlp;
using EventDesk.Nlp.Common;
using EventDesk.Nlp.Evaluation;
using EventDesk.Text.Tokenization;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk eval ud</c>: scores the tagger, lemmatizer and parser on a gold UD treebank.</summary>
public static class EvalUdCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold CoNLL-U file to score against.",
            Required = true,
        };
        var goldTokens = new Option<bool>("--gold-tokens")
        {
            Description = "Use the gold words and sentences instead of tokenising the raw text rebuilt from the file.",
        };
        var models = new Option<string?>("--models")
        {
            Description = "Model folder (default: data/models beside the application or in the repository).",
        };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "With --gold-tokens: also write the predicted analysis to this CoNLL-U file (for error analysis).",
        };
        var command = new Command("ud", "Score POS tags, lemmas, features and dependencies on a gold UD treebank; prints JSON (upos, xpos, lemma, uas, las, tokens_per_second).")
        {
            gold, goldTokens, models, predictions,
        };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath))
            {
                Console.Error.WriteLine($"error: {goldPath}: no such file");
                return ExitCodes.DataError;
            }
            NlpModels loaded;
            try
            {
                loaded = NlpModels.Load(parse.GetValue(models));
            }
            catch (Exception e) when (e is ModelFormatException or FileNotFoundException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.DataError;
            }
            var predictionsPath = parse.GetValue(predictions);
            using var predictionsWriter = predictionsPath is null ? null : new StreamWriter(predictionsPath);
            var scores = parse.GetValue(goldTokens)
                ? UdEvaluator.EvaluateGoldTokens(loaded, goldPath, predictionsWriter)
                : UdEvaluator.EvaluateRaw(loaded, goldPath, new NewsTokenizer());
            Console.Out.WriteLine(JsonSerializer.Serialize(scores, new JsonSerializerOptions
            {
                WriteIndented = true,
                PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            }));
            return ExitCodes.Success;
        });
        return command;
    }
}
