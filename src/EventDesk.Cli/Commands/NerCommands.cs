using System.CommandLine;
using System.Text.Json;
using EventDesk.Nlp.Common;
using EventDesk.Nlp.Ner;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk train ner</c> and <c>eventdesk eval ner</c>.</summary>
public static class NerCommands
{
    public static Command CreateTrain()
    {
        var train = new Option<string>("--train") { Description = "Comma-separated gold NER files (IOB2 or CoNLL two-column).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Comma-separated dev files for model selection (never a test file)." };
        var output = new Option<string>("--out") { Description = "Where to write the model file.", DefaultValueFactory = _ => "data/models/ner.edm" };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var bits = new Option<int>("--bits") { Description = "log2 of the hashed feature table size.", DefaultValueFactory = _ => new NerTrainingOptions().Bits };
        var tagger = new Option<string?>("--tagger") { Description = "Tagger model whose PTB tags become NER features (default none; the committed model uses data/models/tagger.edm: +1 to +3 F1 on PUD)." };
        var minCount = new Option<int>("--min-word-count") { Description = "Words rarer than this in training share one identity feature.", DefaultValueFactory = _ => new NerTrainingOptions().MinWordCount };
        var knowledge = new Option<string?>("--gazetteer") { Description = "Knowledge folder whose name lists become gazetteer features (default: data/knowledge; 'none' for no gazetteer)." };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (training is deterministic for a seed).", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var seeds = new Option<int>("--seeds") { Description = "Train this many seeds (seed, seed+1, ...) and average their weights.", DefaultValueFactory = _ => new NerTrainingOptions().Seeds };
        var unlabeled = new Option<string?>("--unlabeled") { Description = "Comma-separated unlabelled text files (CoNLL-U, JSON lines with \"text\", plain text) for word clusters, with the training text." };
        var clusterDepth = new Option<int>("--cluster-depth") { Description = "Word-cluster tree depth (0: no cluster features).", DefaultValueFactory = _ => 0 };
        var featureSet = new Option<int>("--feature-set") { Description = "Feature templates: 0 as model v3, 1 adds capitalised-run features (default: the latest).", DefaultValueFactory = _ => new NerTrainingOptions().FeatureSet };
        var wordDropout = new Option<double>("--word-dropout") { Description = "Share of training tokens shown without their word identity (0 to 1).", DefaultValueFactory = _ => new NerTrainingOptions().WordDropout };
        var firstNames = new Option<string?>("--first-names") { Description = "Comma-separated lists of common first names (one per line), stored in the model as gazetteer words (data/models/NER-MANIFEST.md)." };
        var nameWords = new Option<string?>("--name-words") { Description = "Comma-separated lists of words of people's names (given names and surnames, one per line), stored likewise." };
        var nameLists = new Option<string?>("--names") { Description = "Comma-separated name lists (\"TYPE<TAB>name\" lines, as data/knowledge/ner-names.txt) added to the gazetteer stored in the model." };
        var commonWords = new Option<string?>("--common-words") { Description = "Comma-separated English word lists (one word per line); their lowercase words are stored in the model as common-word gazetteer entries." };
        var wordNet = new Option<string?>("--wordnet") { Description = "WordNet 3.0 folder (Debian wordnet-base: /usr/share/wordnet) whose typed proper names join the gazetteer stored in the model." };
        var lowercaseSentences = new Option<double>("--lowercase-sentences") { Description = "Add an all-lowercase copy of this share of the training sentences that name something (0 to 1; web text often writes names in lowercase).", DefaultValueFactory = _ => 0 };
        var lowercaseNames = new Option<double>("--lowercase-names") { Description = "Add a copy with only the names lowercased of this share of the training sentences that name something (0 to 1).", DefaultValueFactory = _ => 0 };
        var command = new Command("ner", "Train the named-entity tagger (linear-chain averaged perceptron, BIOES, Viterbi).") { train, dev, output, epochs, bits, seed, seeds, knowledge, minCount, tagger, unlabeled, clusterDepth, featureSet, wordDropout, firstNames, nameWords, nameLists, commonWords, wordNet, lowercaseSentences, lowercaseNames };
        command.SetAction(parse =>
        {
            var trainFiles = Split(parse.GetValue(train)!);
            var devFiles = Split(parse.GetValue(dev));
            var firstNameFiles = Split(parse.GetValue(firstNames));
            var nameWordFiles = Split(parse.GetValue(nameWords));
            var nameListFiles = Split(parse.GetValue(nameLists));
            var commonWordFiles = Split(parse.GetValue(commonWords));
            var missing = trainFiles.Concat(devFiles).Concat(firstNameFiles).Concat(nameWordFiles).Concat(nameListFiles).Concat(commonWordFiles).FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                Console.Error.WriteLine($"error: {missing}: no such file");
                return ExitCodes.DataError;
            }
            if (parse.GetValue(featureSet) is < 0 or > NerFeatureSets.Latest)
            {
                Console.Error.WriteLine($"error: --feature-set must be 0 to {NerFeatureSets.Latest} (0: as model v3, 1: + capitalised runs, 2: + two passes)");
                return ExitCodes.UsageError;
            }
            if (parse.GetValue(wordDropout) is < 0 or >= 1)
            {
                Console.Error.WriteLine("error: --word-dropout must be at least 0 and below 1 (a share of training tokens)");
                return ExitCodes.UsageError;
            }
            var trainSet = trainFiles.SelectMany(ReadAny).ToList();
            var devSet = devFiles.SelectMany(ReadAny).ToList();
            var lowerSentences = parse.GetValue(lowercaseSentences);
            if (lowerSentences > 0 || parse.GetValue(lowercaseNames) > 0)
            {
                var original = trainSet.ToList();
                var sentenceCopies = NerAugmentation.LowercaseCopies(original, lowerSentences, wholeSentence: true, parse.GetValue(seed));
                var nameCopies = NerAugmentation.LowercaseCopies(original, parse.GetValue(lowercaseNames), wholeSentence: false, parse.GetValue(seed) + 1);
                trainSet.AddRange(sentenceCopies);
                trainSet.AddRange(nameCopies);
                Console.Error.WriteLine($"lowercase copies: {sentenceCopies.Count:N0} whole sentences, {nameCopies.Count:N0} with lowercased names");
            }
            var taggerPath = parse.GetValue(tagger) ?? "none";
            if (taggerPath != "none" && File.Exists(taggerPath))
            {
                AddTags(taggerPath, trainSet);
                AddTags(taggerPath, devSet);
                Console.Error.WriteLine($"part-of-speech features from {taggerPath}");
            }
            Console.Error.WriteLine($"training on {trainSet.Count:N0} sentences, dev {devSet.Count:N0}");
            var options = new NerTrainingOptions { Epochs = parse.GetValue(epochs), Bits = parse.GetValue(bits), Seed = parse.GetValue(seed), Seeds = parse.GetValue(seeds), MinWordCount = parse.GetValue(minCount), FeatureSet = parse.GetValue(featureSet), WordDropout = parse.GetValue(wordDropout) };
            var knowledgeFolder = parse.GetValue(knowledge) ?? Path.Combine("data", "knowledge");
            var listed = nameListFiles.SelectMany(NerGazetteer.FromNameList);
            if (parse.GetValue(wordNet) is { } wordNetFolder)
            {
                if (!File.Exists(Path.Combine(wordNetFolder, "data.noun")))
                {
                    Console.Error.WriteLine($"error: {wordNetFolder}: no WordNet data.noun there (apt-get install wordnet-base)");
                    return ExitCodes.DataError;
                }
                listed = listed.Concat(WordNetNames.Read(wordNetFolder));
            }
            var gazetteer = knowledgeFolder == "none" ? new NerGazetteer(listed) : new NerGazetteer(NerGazetteer.FromKnowledgeFolder(knowledgeFolder).Concat(listed));
            Console.Error.WriteLine($"gazetteer: {gazetteer.Count:N0} names from {knowledgeFolder}");
            if (firstNameFiles.Length + nameWordFiles.Length > 0)
            {
                static IEnumerable<string> Lines(string[] files) => files.SelectMany(File.ReadLines).Where(l => !l.StartsWith('#'));
                gazetteer = gazetteer.WithNameWords(Lines(firstNameFiles), Lines(nameWordFiles), NerGazetteer.LowercaseWords(trainSet));
                Console.Error.WriteLine($"gazetteer with name words: {gazetteer.Count:N0} entries");
            }
            if (commonWordFiles.Length > 0)
            {
                gazetteer = gazetteer.WithCommonWords(commonWordFiles.SelectMany(File.ReadLines));
                Console.Error.WriteLine($"gazetteer with common words: {gazetteer.Count:N0} entries");
            }
            var depth = parse.GetValue(clusterDepth);
            var unlabeledFiles = Split(parse.GetValue(unlabeled));
            var trainer = new NerTrainer(options);
            var model = depth > 0
                ? trainer.Train(trainSet, devSet, gazetteer, unlabeledFiles, new WordClusterOptions { MaxDepth = depth }, line => Console.Error.WriteLine(line))
                : trainer.Train(trainSet, devSet, gazetteer, line => Console.Error.WriteLine(line));
            var path = parse.GetValue(output)!;
            model.Save(path);
            Console.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateEval()
    {
        var gold = new Option<string>("--gold") { Description = "Gold NER file (IOB2 or CoNLL two-column).", Required = true };
        var model = new Option<string?>("--model") { Description = "Model file (default: data/models/ner.edm)." };
        var predictions = new Option<string?>("--predictions") { Description = "Also write token, gold label and predicted label per line to this file, for error analysis." };
        var command = new Command("ner", "Score the entity tagger: precision, recall and F1 per type and overall (exact span and type).") { gold, model, predictions };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            var modelPath = parse.GetValue(model) ?? ModelPaths.Find("ner.edm");
            try
            {
                var ner = NerModel.Load(modelPath);
                var sentences = ReadAny(goldPath);
                if (ner.UsesTags)
                {
                    AddTags(ModelPaths.Find("tagger.edm"), sentences);
                }
                var report = NerEvaluator.Evaluate(ner, sentences);
                if (parse.GetValue(predictions) is { } predictionsPath)
                {
                    WritePredictions(predictionsPath, ner, sentences);
                }
                WriteReport(goldPath, modelPath, report);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ModelFormatException or FormatException or IOException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.DataError;
            }
        });
        return command;
    }

    private static void WriteReport(string goldPath, string modelPath, NerReport report)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("gold", goldPath);
        json.WriteString("model", modelPath);
        json.WriteNumber("sentences", report.Sentences);
        json.WriteNumber("tokens", report.Tokens);
        WriteScore(json, "overall", report.Overall);
        json.WriteStartObject("types");
        foreach (var (type, score) in report.ByType)
        {
            WriteScore(json, type, score);
        }
        json.WriteEndObject();
        json.WriteNumber("tokens_per_second", Math.Round(report.TokensPerSecond));
        json.WriteEndObject();
        json.Flush();
        stdout.Write("\n"u8);
    }

    private static void WriteScore(Utf8JsonWriter json, string name, PrfScore score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteNumber("gold", score.Gold);
        json.WriteNumber("predicted", score.Predicted);
        json.WriteNumber("correct", score.Correct);
        json.WriteEndObject();
    }

    private static void AddTags(string taggerPath, List<NerSentence> sentences)
    {
        var tagger = NerTagging.LoadTagger(taggerPath);
        foreach (var sentence in sentences)
        {
            sentence.Tags = NerTagging.TagHashes(tagger, sentence.Tokens);
        }
    }

    private static void WritePredictions(string path, NerModel model, IReadOnlyList<NerSentence> sentences)
    {
        using var writer = new StreamWriter(path);
        var documents = new List<List<NerSentence>>();
        foreach (var sentence in sentences)
        {
            if (documents.Count == 0 || sentence.DocumentStart)
            {
                documents.Add([]);
            }
            documents[^1].Add(sentence);
        }
        foreach (var document in documents)
        {
            var labels = model.PredictDocument([.. document.Select(s => s.Tokens)], [.. document.Select(s => s.Tags)]);
            for (var s = 0; s < document.Count; s++)
            {
                Write(document[s], labels[s]);
            }
        }

        void Write(NerSentence sentence, NerLabel[] predicted)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var mark = predicted[i] == sentence.Labels[i] ? "" : "\t<<";
                writer.WriteLine($"{sentence.Tokens[i]}\t{sentence.Labels[i]}\t{predicted[i]}{mark}");
            }
            writer.WriteLine();
        }
    }

    /// <summary>CoNLL-U files contribute GUM-style entity annotations; others are IOB2/CoNLL NER files.</summary>
    private static List<NerSentence> ReadAny(string path) =>
        path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase) ? GumNerCorpus.Read(path) : NerCorpus.Read(path);

    private static string[] Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
