using System.CommandLine;
using EventDesk.Nlp;
using EventDesk.Nlp.Common;
using EventDesk.Nlp.Parsing;
using EventDesk.Nlp.Tagging;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk train tagger|parser|ner</c>: trains the statistical models on gold corpora.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train EventDesk's statistical models on gold corpora (deterministic for a seed; dev used only for model selection).");
        command.Subcommands.Add(CreateTagger());
        command.Subcommands.Add(CreateParser());
        command.Subcommands.Add(CreateReencode());
        command.Subcommands.Add(NerCommands.CreateTrain());
        command.Subcommands.Add(TrainSentencesCommand.Create());
        return command;
    }

    private static Option<string> TrainOption() => new("--train")
    {
        Description = "Comma-separated CoNLL-U training files (never a test file).",
        Required = true,
    };

    private static Option<string> DevOption() => new("--dev")
    {
        Description = "Comma-separated CoNLL-U dev files: the epoch scoring best on them is kept.",
        Required = true,
    };

    private static Option<string> OutOption() => new("--out")
    {
        Description = "Model folder to write (tagger.edm and lemmatizer.edm, or parser.edm).",
        DefaultValueFactory = _ => "data/models",
    };

    private static Option<int> SeedOption() => new("--seed")
    {
        Description = "Shuffling/exploration seed.",
        DefaultValueFactory = _ => 1,
    };

    private static Option<int> EpochsOption(int defaultEpochs) => new("--epochs")
    {
        Description = "Training epochs over the training data.",
        DefaultValueFactory = _ => defaultEpochs,
    };

    private static Option<int> PruneOption() => new("--prune")
    {
        Description = "Drop averaged weights below this many int16 units (smaller model files).",
        DefaultValueFactory = _ => 2,
    };

    private static Command CreateTagger()
    {
        var train = TrainOption();
        var dev = DevOption();
        var output = OutOption();
        var seed = SeedOption();
        var epochs = EpochsOption(new TaggerTrainingOptions().Epochs);
        var prune = PruneOption();
        var unlabeled = new Option<string>("--unlabeled")
        {
            Description = "Comma-separated extra text for the word clusters (CoNLL-U, JSON lines with a \"text\" field, or plain text); the training files are always used.",
            DefaultValueFactory = _ => "",
        };
        var clusterDepth = new Option<int>("--cluster-depth")
        {
            Description = "Depth of the word-cluster tree shared by the tagger and the parser, e.g. 12 (0 = no clusters, the default: on the treebank text alone they did not help on dev).",
            DefaultValueFactory = _ => 0,
        };
        var seeds = new Option<int>("--seeds")
        {
            Description = "Train with this many seeds (--seed, --seed+1, ...) and average their weights into one tagger.",
            DefaultValueFactory = _ => 1,
        };
        var lexicon = new Option<string>("--lexicon")
        {
            Description = "A word → PTB tags lexicon (word TAB tags, most frequent first) read as features and stored in tagger.edm (data/lexicons/tools/brill-dump.js writes one).",
            DefaultValueFactory = _ => "",
        };
        var lexiconMaxCount = new Option<int>("--lexicon-max-count")
        {
            Description = "Leave words seen more often than this in training out of the --lexicon (0: keep all).",
            DefaultValueFactory = _ => new TaggerTrainingOptions().LexiconMaxCount,
        };
        var command = new Command("tagger", "Train the UPOS/XPOS tagger (two-pass averaged perceptron), its word clusters, and the lemmatizer.")
        {
            train, dev, output, seed, epochs, prune, unlabeled, clusterDepth, seeds, lexicon, lexiconMaxCount,
        };
        command.SetAction(parse =>
        {
            if (!Files(parse.GetValue(train)!, parse.GetValue(dev)!, out var trainFiles, out var devFiles))
            {
                return ExitCodes.DataError;
            }
            var options = new TaggerTrainingOptions
            {
                Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), PruneBelow = parse.GetValue(prune), Seeds = Math.Clamp(parse.GetValue(seeds), 1, 10),
                LexiconMaxCount = Math.Max(0, parse.GetValue(lexiconMaxCount)),
            };
            var extra = parse.GetValue(unlabeled)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var f in extra)
            {
                if (!File.Exists(f))
                {
                    Console.Error.WriteLine($"error: {f}: no such file");
                    return ExitCodes.DataError;
                }
            }
            var lexiconFile = parse.GetValue(lexicon)!;
            if (lexiconFile.Length > 0 && !File.Exists(lexiconFile))
            {
                Console.Error.WriteLine($"error: {lexiconFile}: no such file");
                return ExitCodes.DataError;
            }
            var depth = parse.GetValue(clusterDepth);
            var clusterOptions = depth > 0 ? new WordClusterOptions { MaxDepth = Math.Min(depth, 30) } : null;
            NlpTraining.TrainTagger(trainFiles, devFiles, parse.GetValue(output)!, options, Console.Error, extra, clusterOptions, lexiconFile);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateParser()
    {
        var train = TrainOption();
        var dev = DevOption();
        var output = OutOption();
        var seed = SeedOption();
        var epochs = EpochsOption(new ParserTrainingOptions().Epochs);
        var prune = PruneOption();
        var jackknife = new Option<int>("--jackknife")
        {
            Description = "Train the parser on tags predicted by N taggers each trained without one N-th of the data (1 = use the tagger in --out on its own training data).",
            DefaultValueFactory = _ => 4,
        };
        var foldEpochs = new Option<int>("--fold-epochs")
        {
            Description = "Training epochs of each jackknife tagger.",
            DefaultValueFactory = _ => 8,
        };
        var beam = new Option<int>("--beam")
        {
            Description = "Beam width of global training (structured perceptron, max-violation updates); 1 = greedy training with the dynamic oracle.",
            DefaultValueFactory = _ => 1,
        };
        var decodeBeam = new Option<int>("--decode-beam")
        {
            Description = "Beam width for dev decoding, stored in parser.edm (0 = the training beam).",
            DefaultValueFactory = _ => 0,
        };
        var tagCache = new Option<string>("--tag-cache")
        {
            Description = "File caching the jackknifed training tags between runs (written when absent, reused when it matches the training data).",
            DefaultValueFactory = _ => "",
        };
        var checkpoint = new Option<string>("--checkpoint")
        {
            Description = "Write the best parser so far to this file after every improving epoch (parser.edm is still written at the end).",
            DefaultValueFactory = _ => "",
        };
        var command = new Command("parser", "Train the labelled dependency parser (arc-eager, averaged perceptron; greedy with a dynamic oracle or beam search with global training); needs tagger.edm in --out.")
        {
            train, dev, output, seed, epochs, prune, jackknife, foldEpochs, beam, decodeBeam, tagCache, checkpoint,
        };
        command.SetAction(parse =>
        {
            if (!Files(parse.GetValue(train)!, parse.GetValue(dev)!, out var trainFiles, out var devFiles))
            {
                return ExitCodes.DataError;
            }
            var options = new ParserTrainingOptions
            {
                Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), PruneBelow = parse.GetValue(prune),
                Beam = Math.Clamp(parse.GetValue(beam), 1, 64), DecodeBeam = Math.Clamp(parse.GetValue(decodeBeam), 0, 64),
                CheckpointPath = parse.GetValue(checkpoint) is { Length: > 0 } c ? c : null,
            };
            var foldOptions = new TaggerTrainingOptions { Epochs = parse.GetValue(foldEpochs), Seed = parse.GetValue(seed) };
            try
            {
                NlpTraining.TrainParser(trainFiles, devFiles, parse.GetValue(output)!, options, parse.GetValue(jackknife), foldOptions, Console.Error,
                    parse.GetValue(tagCache) is { Length: > 0 } cache ? cache : null);
            }
            catch (ModelFormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.DataError;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateReencode()
    {
        var models = new Option<string>("--models")
        {
            Description = "Model folder whose tagger.edm and parser.edm are rewritten in the current file layout (same weights).",
            DefaultValueFactory = _ => "data/models",
        };
        var beam = new Option<int>("--beam")
        {
            Description = "Also set the parser's decoding beam width (0 = keep it).",
            DefaultValueFactory = _ => 0,
        };
        var beamMargin = new Option<float>("--beam-margin")
        {
            Description = "Also set the parser's beam margin: decoding drops beam items this far below the step's best (score units; 0 = none, negative = keep it).",
            DefaultValueFactory = _ => -1,
        };
        var actionPrune = new Option<int>("--action-prune")
        {
            Description = "Also drop parser action weights below this many int16 units (0 = keep all).",
            DefaultValueFactory = _ => 0,
        };
        var labelPrune = new Option<int>("--label-prune")
        {
            Description = "Also drop parser label weights below this many int16 units (0 = keep all).",
            DefaultValueFactory = _ => 0,
        };
        var average = new Option<string>("--average")
        {
            Description = "Comma-separated parser files (same labels and tag set, e.g. other seeds) whose weights are averaged with parser.edm before pruning.",
            DefaultValueFactory = _ => "",
        };
        var averageTaggers = new Option<string>("--average-taggers")
        {
            Description = "Comma-separated tagger files (same training data, other seeds; a file listed twice counts twice) whose weights are averaged with tagger.edm.",
            DefaultValueFactory = _ => "",
        };
        var command = new Command("reencode", "Rewrite tagger.edm and parser.edm in the current file layout (stored hash tables, fast loading) without retraining.")
        {
            models, beam, beamMargin, actionPrune, labelPrune, average, averageTaggers,
        };
        command.SetAction(parse =>
        {
            try
            {
                var margin = parse.GetValue(beamMargin);
                NlpTraining.Reencode(parse.GetValue(models)!, Console.Error, Math.Clamp(parse.GetValue(beam), 0, 64),
                    margin >= 0 ? margin : null, parse.GetValue(actionPrune), parse.GetValue(labelPrune),
                    parse.GetValue(average)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    parse.GetValue(averageTaggers)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            catch (ModelFormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.DataError;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool Files(string train, string dev, out string[] trainFiles, out string[] devFiles)
    {
        trainFiles = train.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        devFiles = dev.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var f in trainFiles.Concat(devFiles))
        {
            if (!File.Exists(f))
            {
                Console.Error.WriteLine($"error: {f}: no such file");
                return false;
            }
        }
        if (trainFiles.Intersect(devFiles).Any())
        {
            Console.Error.WriteLine("error: a file is both a training and a dev file");
            return false;
        }
        return true;
    }
}
