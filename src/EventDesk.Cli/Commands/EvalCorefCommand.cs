using System.CommandLine;
using System.Text.Json;
using EventDesk.Coding.Coreference;
using EventDesk.Text.Corpora;

namespace EventDesk.Cli.Commands;

/// <summary>
/// <c>eventdesk eval coref --gold FILE.conllu</c>: runs coreference on the gold tokens of a
/// CoNLL-U file with GUM-style <c>Entity=</c> annotation and prints pronoun-link, MUC and B3 scores as JSON.
/// </summary>
public static class EvalCorefCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "A CoNLL-U file with coreference in MISC Entity= brackets (for example GUM dev or test).",
            Required = true,
        };
        var syntax = new Option<GoldSyntax>("--syntax")
        {
            Description = "Gold syntax handed to the resolver besides tokens and sentences: none, pos (default) or parse.",
            DefaultValueFactory = _ => GoldSyntax.Pos,
        };
        var command = new Command("coref", "Score coreference against a CoNLL-U file with GUM Entity= annotation (pronoun links, MUC, B3).")
        {
            gold, syntax,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(syntax), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string goldPath, GoldSyntax syntax, TextWriter stdout, TextWriter stderr)
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
        var report = CoreferenceEvaluator.Evaluate(documents, syntax);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("gold", goldPath);
            json.WriteString("syntax", syntax.ToString().ToLowerInvariant());
            json.WriteNumber("documents", report.Documents);
            json.WriteNumber("gold_mentions", report.GoldMentions);
            json.WriteNumber("gold_entities", report.GoldEntities);
            json.WriteNumber("predicted_mentions", report.PredictedMentions);
            json.WriteNumber("predicted_chains", report.PredictedChains);
            WriteScore(json, "pronoun_links", report.PronounLinks);
            WriteScore(json, "third_person_pronoun_links", report.ThirdPersonPronounLinks);
            WriteScore(json, "muc", report.Muc);
            WriteScore(json, "b3", report.B3);
            WriteScore(json, "muc_names_and_pronouns", report.MucNamesAndPronouns);
            WriteScore(json, "b3_names_and_pronouns", report.B3NamesAndPronouns);
            json.WriteNumber("seconds", Math.Round(report.Seconds, 2));
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return ExitCodes.Success;
    }

    private static void WriteScore(Utf8JsonWriter json, string name, Score score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", Math.Round(score.Precision * 100, 2));
        json.WriteNumber("recall", Math.Round(score.Recall * 100, 2));
        json.WriteNumber("f1", Math.Round(score.F1 * 100, 2));
        json.WriteNumber("predicted", score.PrecisionDenominator);
        json.WriteNumber("gold", score.RecallDenominator);
        json.WriteEndObject();
    }
}
