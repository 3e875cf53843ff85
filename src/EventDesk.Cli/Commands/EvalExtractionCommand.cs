using System.CommandLine;
using System.Text.Json;
using EventDesk.Ingest.Extraction;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk eval extraction</c>: scores HTML article extraction on a benchmark folder.</summary>
public static class EvalExtractionCommand
{
    public static Command Create()
    {
        var benchmark = new Option<string>("--benchmark")
        {
            Description = "A benchmark folder: scrapinghub-aeb (ground-truth.json + html/) or trafilatura-en-subset (evaldata*.json + html/).",
            Required = true,
        };
        var reference = new Option<string?>("--reference")
        {
            Description = "Score a published output in reference-outputs/NAME.json instead of EventDesk (validates the scorer), e.g. trafilatura.",
        };
        var command = new Command("extraction", "Score article extraction: precision, recall, F1 (and date accuracy where gold dates exist) as JSON.")
        {
            benchmark, reference,
        };
        command.SetAction(p =>
        {
            var dir = p.GetValue(benchmark)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"error: {dir}: no such benchmark folder.");
                return ExitCodes.DataError;
            }
            try
            {
                var score = ExtractionEvaluation.Run(dir, p.GetValue(reference));
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    benchmark = score.Benchmark,
                    system = score.System,
                    documents = score.Documents,
                    precision = score.Precision,
                    recall = score.Recall,
                    f1 = score.F1,
                    accuracy = score.Accuracy,
                    dates_gold = score.DatesGold,
                    dates_correct = score.DatesCorrect,
                    dates_missing = score.DatesMissing,
                    date_accuracy = score.DatesGold == 0 ? (double?)null : Math.Round((double)score.DatesCorrect / score.DatesGold, 4),
                    seconds = score.ElapsedSeconds,
                }, new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException)
            {
                Console.Error.WriteLine($"error: {dir}: {e.Message}");
                return ExitCodes.DataError;
            }
        });
        return command;
    }
}
