using EventDesk.Nlp.Common;
using EventDesk.Nlp.Lemmatization;
using EventDesk.Nlp.Parsing;
using EventDesk.Nlp.Tagging;

namespace EventDesk.Nlp;

/// <summary>
/// The trained tagger, lemmatizer and parser, loaded once from a model folder and shared by the
/// annotators. Immutable and thread-safe.
/// </summary>
public sealed class NlpModels
{
    public const string TaggerFile = "tagger.edm";
    public const string LemmatizerFile = "lemmatizer.edm";
    public const string ParserFile = "parser.edm";

    private readonly int[] _classOf; // (upos, xpos id) -> tagger class

    internal NlpModels(string directory, TaggerModel tagger, LemmatizerModel lemmatizer, ParserModel parser)
    {
        Directory = directory;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        XposKeys = tagger.XposNames.Select(LemmatizerModel.XposKey).ToArray();
        var xposCount = tagger.XposNames.Length;
        _classOf = new int[32 * xposCount];
        Array.Fill(_classOf, -1);
        for (var c = 0; c < tagger.Classes; c++)
        {
            var slot = ((int)tagger.ClassUpos[c] * xposCount) + tagger.ClassXpos[c];
            if (_classOf[slot] < 0)
            {
                _classOf[slot] = c;
            }
        }
        var vbd = Array.IndexOf(tagger.XposNames, "VBD");
        PastTenseClass = vbd < 0 ? -1 : _classOf[((int)Upos.VERB * xposCount) + vbd];
        var vbz = Array.IndexOf(tagger.XposNames, "VBZ");
        PresentTenseClass = vbz < 0 ? -1 : _classOf[((int)Upos.VERB * xposCount) + vbz];
        var vbn = Array.IndexOf(tagger.XposNames, "VBN");
        PastParticipleClass = vbn < 0 ? -1 : _classOf[((int)Upos.VERB * xposCount) + vbn];
        var nnp = Array.IndexOf(tagger.XposNames, "NNP");
        ProperNounClass = nnp < 0 ? -1 : _classOf[((int)Upos.PROPN * xposCount) + nnp];
        var nns = Array.IndexOf(tagger.XposNames, "NNS");
        PluralNounClass = nns < 0 ? -1 : _classOf[((int)Upos.NOUN * xposCount) + nns];
        var nn = Array.IndexOf(tagger.XposNames, "NN");
        SingularNounClass = nn < 0 ? -1 : _classOf[((int)Upos.NOUN * xposCount) + nn];
        var jj = Array.IndexOf(tagger.XposNames, "JJ");
        AdjectiveClass = jj < 0 ? -1 : _classOf[((int)Upos.ADJ * xposCount) + jj];
        var openQuote = Array.IndexOf(tagger.XposNames, "``");
        OpenQuoteClass = openQuote < 0 ? -1 : _classOf[((int)Upos.PUNCT * xposCount) + openQuote];
        var closeQuote = Array.IndexOf(tagger.XposNames, "''");
        CloseQuoteClass = closeQuote < 0 ? -1 : _classOf[((int)Upos.PUNCT * xposCount) + closeQuote];
        var hyph = Array.IndexOf(tagger.XposNames, "HYPH");
        HyphenClass = hyph < 0 ? -1 : _classOf[((int)Upos.PUNCT * xposCount) + hyph];
        var possessive = Array.IndexOf(tagger.XposNames, "POS");
        PossessiveClass = possessive < 0 ? -1 : _classOf[((int)Upos.PART * xposCount) + possessive];
        var preposition = Array.IndexOf(tagger.XposNames, "IN");
        PrepositionClass = preposition < 0 ? -1 : _classOf[((int)Upos.ADP * xposCount) + preposition];
        // Pairs the tagger never outputs map to the first class with the same XPOS.
        for (var u = 0; u < 32; u++)
        {
            for (var x = 0; x < xposCount; x++)
            {
                if (_classOf[(u * xposCount) + x] < 0)
                {
                    _classOf[(u * xposCount) + x] = Math.Max(0, Array.IndexOf(tagger.ClassXpos, (ushort)x));
                }
            }
        }
    }

    /// <summary>The folder the models were loaded from.</summary>
    public string Directory { get; }

    internal TaggerModel Tagger { get; }

    internal LemmatizerModel Lemmatizer { get; }

    internal ParserModel Parser { get; }

    /// <summary>The tagger class VERB/VBD, or -1 (<see cref="Tagging.FiniteVerbRepair"/>).</summary>
    internal int PastTenseClass { get; }

    /// <summary>The tagger class VERB/VBN, or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyHyphenParticiples"/>).</summary>
    internal int PastParticipleClass { get; }

    /// <summary>The tagger class PROPN/NNP, or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyHyphenatedNames"/>).</summary>
    internal int ProperNounClass { get; }

    /// <summary>The tagger class PART/POS, or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyPossessiveBeforeDescription"/>).</summary>
    internal int PossessiveClass { get; }

    /// <summary>The tagger classes PUNCT/`` and PUNCT/'', or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyStraightQuotes"/>).</summary>
    internal int OpenQuoteClass { get; }

    internal int CloseQuoteClass { get; }

    /// <summary>The tagger class ADJ/JJ, or -1 (the parser's view of "U.S.-backed", <see cref="DependencyParser"/>).</summary>
    internal int AdjectiveClass { get; }

    /// <summary>The tagger class VERB/VBZ, or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyReportingPresent"/>).</summary>
    internal int PresentTenseClass { get; }

    /// <summary>The tagger class NOUN/NNS, or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyPluralsBeforeOf"/>).</summary>
    internal int PluralNounClass { get; }

    /// <summary>The tagger class NOUN/NN, or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyCompoundHeads"/>).</summary>
    internal int SingularNounClass { get; }

    /// <summary>The tagger class PUNCT/HYPH, or -1.</summary>
    internal int HyphenClass { get; }

    /// <summary>The tagger class ADP/IN, or -1 (<see cref="Tagging.FiniteVerbRepair.ApplyPlacePrepositions"/>).</summary>
    internal int PrepositionClass { get; }

    internal ulong[] XposKeys { get; }

    internal int ClassOf(Upos upos, ushort xpos) => _classOf[((int)upos * Tagger.XposNames.Length) + xpos];

    /// <summary>
    /// Loads the models from <paramref name="directory"/>, or, when null, from the first
    /// <c>data/models</c> found: the <c>EVENTDESK_MODELS</c> variable, beside the application,
    /// or above the application or working directory (a repository checkout).
    /// </summary>
    public static NlpModels Load(string? directory = null)
    {
        var dir = directory ?? Find() ?? throw new FileNotFoundException(
            "No trained models found: looked for data/models/tagger.edm beside the application and above it and the working directory. " +
            "Set EVENTDESK_MODELS to the model folder or train them with 'eventdesk train'.");
        // Start-up: the parser (the largest file) loads on its own thread while this one loads the
        // tagger and lemmatizer. Errors are reported in the same order (tagger first).
        var parserPath = Path.Combine(dir, ParserFile);
        var parserLoad = Task.Factory.StartNew(() => ParserModel.Load(parserPath), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var tagger = TaggerModel.Load(Path.Combine(dir, TaggerFile));
        var lemmatizer = LemmatizerModel.Load(Path.Combine(dir, LemmatizerFile));
        var parser = parserLoad.GetAwaiter().GetResult();
        if (parser.TagsetSignature != TagsetSignature(tagger))
        {
            throw new ModelFormatException(parserPath, "was trained with a different tagger; retrain the parser with the tagger in the same folder.");
        }
        return new NlpModels(dir, tagger, lemmatizer, parser);
    }

    /// <summary>The folder of the tagger model as <see cref="ModelPaths.Find"/> locates model files, or null when there is none.</summary>
    public static string? Find()
    {
        var tagger = ModelPaths.Find(TaggerFile);
        return File.Exists(tagger) ? Path.GetDirectoryName(Path.GetFullPath(tagger)) : null;
    }

    internal static ulong TagsetSignature(TaggerModel tagger)
    {
        var h = FeatureHash.Start();
        for (var c = 0; c < tagger.Classes; c++)
        {
            h = FeatureHash.Mix(h + ((ulong)tagger.ClassUpos[c] << 16) + tagger.ClassXpos[c]);
        }
        foreach (var x in tagger.XposNames)
        {
            h = FeatureHash.Mix(h ^ FeatureHash.Of(x));
        }
        // The parser reads the tagger's word clusters too.
        return tagger.Clusters.Signature == 0 ? h : FeatureHash.Mix(h ^ tagger.Clusters.Signature);
    }
}
