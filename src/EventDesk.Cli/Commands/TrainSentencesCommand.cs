using System.CommandLine;
using System.Text.Json;
using EventDesk.Text.Corpora;
using EventDesk.Text.Tokenization;

namespace EventDesk.Cli.Commands;

/// <summary>
/// <c>eventdesk train sentences --train FILES --dev FILES --out data/models/sentences/boundaries.edm</c>:
/// trains the sentence boundary classifier on CoNLL-U files and writes the model and its
/// <c>manifest.json</c> beside it. <c>--test</c> files are only scored, after the model is
/// chosen, so that the manifest records them.
/// </summary>
public static class TrainSentencesCommand
{
    public static Command Create()
    {
        var defaults = new SentenceTrainingOptions();
        var train = new Option<string>("--train") { Description = "Comma-separated CoNLL-U training files (never a test file).", Required = true };
        var dev = new Option<string>("--dev") { Description = "Comma-separated CoNLL-U dev files: they choose the epoch and the thresholds.", Required = true };
        var test = new Option<string?>("--test") { Description = "Comma-separated CoNLL-U test files scored once at the end for the manifest (never used for choices)." };
        var output = new Option<string>("--out") { Description = "Model file to write; manifest.json goes beside it.", DefaultValueFactory = _ => "data/models/sentences/boundaries.edm" };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (training is deterministic for a seed).", DefaultValueFactory = _ => defaults.Seed };
        var runs = new Option<int>("--runs") { Description = "Independent runs (seeds seed, seed+1, ...) whose weights are averaged.", DefaultValueFactory = _ => defaults.Runs };
        var bits = new Option<int>("--bits") { Description = "log2 of the hashed feature table size.", DefaultValueFactory = _ => defaults.HashBits };
        var prune = new Option<int>("--prune") { Description = "Drop averaged weights below this many int16 units (smaller model file).", DefaultValueFactory = _ => defaults.PruneBelow };
        var positive = new Option<float>("--positive-weight") { Description = "Update size on a missed boundary (a false one costs 1); above 1 favours recall.", DefaultValueFactory = _ => defaults.PositiveWeight };
        var lexiconMin = new Option<int>("--lexicon-min") { Description = "Keep words seen at least this often in the learned word list (0 = no word list).", DefaultValueFactory = _ => defaults.LexiconMinCount };
        var lexiconFolds = new Option<int>("--lexicon-folds") { Description = "While training, count the word list without the document's fold (1 = in-sample).", DefaultValueFactory = _ => defaults.LexiconFolds };
        var merged = new Option<bool>("--merged-paragraphs") { Description = "Also train on a copy of each document with its paragraphs run together, as extracted web pages often are (false = original paragraphs only).", DefaultValueFactory = _ => defaults.MergedParagraphs };
        var command = new Command("sentences", "Train the sentence boundary classifier (averaged perceptron over token gaps, on top of the punctuation rules).")
        {
            train, dev, test, output, epochs, runs, seed, bits, prune, positive, lexiconMin, lexiconFolds, merged,
        };
        command.SetAction(parse =>
        {
            var options = new SentenceTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                Runs = parse.GetValue(runs),
                HashBits = parse.GetValue(bits),
                PruneBelow = parse.GetValue(prune),
                PositiveWeight = parse.GetValue(positive),
                LexiconMinCount = parse.GetValue(lexiconMin),
                LexiconFolds = parse.GetValue(lexiconFolds),
                MergedParagraphs = parse.GetValue(merged),
            };
            return Run(Split(parse.GetValue(train)), Split(parse.GetValue(dev)), Split(parse.GetValue(test)), parse.GetValue(output)!, options, Console.Error);
        });
        return command;
    }

    public static int Run(string[] trainFiles, string[] devFiles, string[] testFiles, string output, SentenceTrainingOptions options, TextWriter log)
    {
        if (trainFiles.Length == 0 || devFiles.Length == 0)
        {
            log.WriteLine("error: give at least one --train and one --dev CoNLL-U file.");
            return ExitCodes.UsageError;
        }
        if (options.Epochs < 1 || options.Runs < 1 || options.HashBits is < 8 or > 26 || options.PruneBelow < 0 || options.LexiconMinCount < 0 || options.LexiconFolds < 1 ||
            !float.IsFinite(options.PositiveWeight) || options.PositiveWeight <= 0)
        {
            log.WriteLine("error: --epochs and --runs must be at least 1, --bits between 8 and 26, --prune and --lexicon-min at least 0, --lexicon-folds at least 1, --positive-weight above 0.");
            return ExitCodes.UsageError;
        }
        var used = trainFiles.Select(Path.GetFullPath).ToHashSet();
        if (devFiles.Concat(testFiles).Any(f => used.Contains(Path.GetFullPath(f))))
        {
            log.WriteLine("error: a training file is also a dev or test file.");
            return ExitCodes.UsageError;
        }
        List<(string, List<GoldDocument>)> trainSet, devSet, testSet;
        try
        {
            trainSet = Read(trainFiles);
            devSet = Read(devFiles);
            testSet = Read(testFiles);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            log.WriteLine($"error: cannot read a CoNLL-U file: {e.Message} Give readable CoNLL-U files.");
            return ExitCodes.DataError;
        }
        var result = SentenceBoundaryTrainer.Train(trainSet, devSet, options, log);
        result.Model.Save(output);
        var testScores = testSet.Count == 0 ? [] : SentenceBoundaryTrainer.Score(testSet, result.Model);
        var rulesTest = testSet.Count == 0 ? [] : SentenceBoundaryTrainer.Score(testSet, null);
        foreach (var s in testScores)
        {
            log.WriteLine($"test {s.Name}: sentence F1 {100 * s.Sentences.F1:F2}, token F1 {100 * s.Tokens.F1:F2}");
        }
        var manifest = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "manifest.json");
        WriteManifest(manifest, output, trainFiles, devFiles, options, result, testScores, rulesTest);
        log.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes) and {manifest}");
        return ExitCodes.Success;
    }

    private static List<(string, List<GoldDocument>)> Read(string[] files) =>
        [.. files.Select(f => (Path.GetFileName(f), ConlluText.ReadFile(f)))];

    private static string[] Split(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static void WriteManifest(string path, string modelPath, string[] trainFiles, string[] devFiles, SentenceTrainingOptions options,
        SentenceTrainingResult result, IReadOnlyList<SentenceDevScore> test, IReadOnlyList<SentenceDevScore> rulesTest)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("model", Path.GetFileName(modelPath));
        json.WriteString("kind", "sentence boundary classifier: averaged perceptron over candidate token gaps, on top of the punctuation rules");
        json.WriteString("id", result.Model.Id);
        json.WriteString("trained", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("command", "eventdesk train sentences --train " + string.Join(',', trainFiles) + " --dev " + string.Join(',', devFiles) +
            $" --epochs {options.Epochs} --runs {options.Runs} --seed {options.Seed} --bits {options.HashBits} --prune {options.PruneBelow} --positive-weight {options.PositiveWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)} --lexicon-min {options.LexiconMinCount} --lexicon-folds {options.LexiconFolds} --merged-paragraphs {(options.MergedParagraphs ? "true" : "false")}");
        WriteStrings(json, "train", trainFiles.Select(f => Path.GetFileName(f)));
        WriteStrings(json, "dev", devFiles.Select(f => Path.GetFileName(f)));
        json.WriteStartObject("settings");
        json.WriteNumber("epochs", options.Epochs);
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("hash_bits", options.HashBits);
        json.WriteNumber("prune_below", options.PruneBelow);
        json.WriteNumber("runs", options.Runs);
        json.WriteNumber("positive_weight", options.PositiveWeight);
        json.WriteString("best_epochs", result.BestEpochs);
        json.WriteNumber("keep_threshold", result.Model.KeepThreshold);
        json.WriteNumber("add_threshold", result.Model.AddThreshold);
        json.WriteNumber("lexicon_min_count", options.LexiconMinCount);
        json.WriteNumber("lexicon_folds", options.LexiconFolds);
        json.WriteBoolean("merged_paragraphs", options.MergedParagraphs);
        json.WriteNumber("lexicon_words", result.Model.LexiconWords);
        json.WriteNumber("nonzero_weights", result.Model.NonZeroWeights);
        json.WriteNumber("training_gaps", result.TrainingGaps);
        json.WriteNumber("training_boundaries", result.TrainingBoundaries);
        json.WriteNumber("unreachable_boundaries", result.UnreachableBoundaries);
        json.WriteEndObject();
        WriteScores(json, "dev_rules_only", result.RulesDev);
        WriteScores(json, "dev", result.Dev);
        WriteScores(json, "test_rules_only", rulesTest);
        WriteScores(json, "test", test);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }
        json.WriteEndArray();
    }

    private static void WriteScores(Utf8JsonWriter json, string name, IReadOnlyList<SentenceDevScore> scores)
    {
        json.WriteStartObject(name);
        foreach (var s in scores)
        {
            json.WriteStartObject(s.Name);
            json.WriteNumber("sentence_precision", Percent(s.Sentences.Precision));
            json.WriteNumber("sentence_recall", Percent(s.Sentences.Recall));
            json.WriteNumber("sentence_f1", Percent(s.Sentences.F1));
            json.WriteNumber("token_f1", Percent(s.Tokens.F1));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static double Percent(double value) => Math.Round(value * 100, 2);
}
