using System.Collections.Frozen;
using EventDesk.Nlp.Common;
using EventDesk.Nlp.Parsing;
using EventDesk.Nlp.Tagging;
using EventDesk.Text;

namespace EventDesk.Nlp;

/// <summary>Shared per-sentence helpers of the NLP annotators.</summary>
internal static class SentenceWords
{
    public static void Fill(TokenLayer tokens, int first, Span<WordInfo> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            WordInfo.Fill(tokens.TextOf(first + i), ref words[i]);
        }
    }

    /// <summary>The document's dateline (with the datelines of a roundup's later paragraphs), or <see cref="Dateline.None"/>.</summary>
    public static Dateline DatelineOf(Document document) =>
        document.Layers.TryGet(CoreLayers.Dateline, out var dateline) ? dateline : Dateline.None;

    /// <summary>
    /// How many of the sentence's first tokens belong to the dateline or a section dateline that opens it; 0 when none
    /// does or the sentence would be nothing but it.
    /// </summary>
    public static int DatelineLength(TokenLayer tokens, Sentence sentence, Dateline dateline)
    {
        var start = sentence.FirstToken;
        var n = sentence.TokenCount;
        var opening = dateline.At(tokens.Starts[start]);
        var end = opening.Span.End;
        // (A section's dateline must open the sentence; the story's may follow a byline in the first one.)
        if (end <= 0 || tokens.Starts[start] >= end || !ReferenceEquals(opening, dateline) && tokens.Starts[start] < opening.Span.Start)
        {
            return 0;
        }
        var skip = 0;
        while (skip < n && tokens.Ends[start + skip] <= end)
        {
            skip++;
        }
        return skip < n ? skip : 0;
    }

    public static int MaxSentenceLength(SentenceLayer sentences)
    {
        var max = 0;
        foreach (var s in sentences)
        {
            max = Math.Max(max, s.TokenCount);
        }
        return max;
    }
}

/// <summary>
/// Adds UPOS and PTB XPOS tags (<see cref="NlpLayers.Pos"/>) with the two-pass perceptron tagger.
/// Thread-safe: all per-document state is local.
/// </summary>
public sealed class PosTagger(NlpModels models) : IAnnotator
{
    public string Name => "pos-tagger";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<LayerKey> Produces { get; } = [NlpLayers.Pos];

    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var tagger = models.Tagger;
        var upos = new Upos[tokens.Count];
        var xpos = new ushort[tokens.Count];
        var max = SentenceWords.MaxSentenceLength(sentences);
        var words = new WordInfo[max];
        var classes = new int[max];
        var first = new int[max];
        var dateline = SentenceWords.DatelineOf(document);
        foreach (var sentence in sentences)
        {
            var n = sentence.TokenCount;
            var w = words.AsSpan(0, n);
            SentenceWords.Fill(tokens, sentence.FirstToken, w);
            tagger.FillAmbiguity(w);
            // The dateline ("MOSCOW —") is tagged apart from the sentence it heads, as the parser parses it apart:
            // the treebanks have few datelines, and "MOSCOW — Russian police detained ..." read as one sequence
            // made "detained" a participle.
            var skip = SentenceWords.DatelineLength(tokens, sentence, dateline);
            if (skip > 0)
            {
                tagger.Tag(w[..skip], classes.AsSpan(0, skip), first.AsSpan(0, skip));
                tagger.Tag(w[skip..], classes.AsSpan(skip, n - skip), first.AsSpan(skip, n - skip));
            }
            else
            {
                tagger.Tag(w, classes.AsSpan(0, n), first.AsSpan(0, n));
            }
            // The repairs read the sentence proper, after the dateline.
            var body = classes.AsSpan(skip, n - skip);
            var bodyStart = sentence.FirstToken + skip;
            FiniteVerbRepair.ApplyStraightQuotes(tokens, document.Text, bodyStart, body, models.OpenQuoteClass, models.CloseQuoteClass);
            FiniteVerbRepair.ApplyPluralsBeforeOf(tokens, bodyStart, body, tagger, models.PluralNounClass);
            FiniteVerbRepair.ApplyPlacePrepositions(tokens, bodyStart, body, tagger, models.PrepositionClass);
            FiniteVerbRepair.ApplyPluralsAfterCount(tokens, bodyStart, body, tagger, models.PluralNounClass);
            FiniteVerbRepair.ApplyNounsAfterArticle(tokens, bodyStart, body, tagger, models.PluralNounClass, models.SingularNounClass);
            FiniteVerbRepair.ApplyPluralCompoundHeads(tokens, bodyStart, body, tagger, models.PluralNounClass);
            FiniteVerbRepair.ApplyGerundsAfterArticle(tokens, bodyStart, body, tagger, models.SingularNounClass);
            FiniteVerbRepair.ApplyCompoundHeads(tokens, bodyStart, body, tagger, models.SingularNounClass);
            FiniteVerbRepair.ApplyAdjectivalParticiples(tokens, bodyStart, body, tagger, models.AdjectiveClass);
            FiniteVerbRepair.ApplyStateCompounds(tokens, bodyStart, body, tagger, models.SingularNounClass);
            FiniteVerbRepair.ApplyAgentPhraseBeforeVerb(tokens, bodyStart, body, tagger, models.PastTenseClass, models.PastParticipleClass);
            FiniteVerbRepair.ApplyHyphenatedNames(tokens, bodyStart, body, tagger, models.ProperNounClass, models.HyphenClass);
            FiniteVerbRepair.ApplyInitialNames(tokens, bodyStart, body, tagger, models.ProperNounClass);
            FiniteVerbRepair.ApplyNamesTaggedAsInterjections(tokens, bodyStart, body, tagger, models.ProperNounClass);
            FiniteVerbRepair.ApplyChineseNameHe(tokens, bodyStart, body, tagger, models.ProperNounClass);
            FiniteVerbRepair.ApplyNameFinalNouns(tokens, bodyStart, body, tagger, models.ProperNounClass);
            FiniteVerbRepair.ApplyTitleWordsBeforeOffice(tokens, bodyStart, body, tagger, models.ProperNounClass);
            FiniteVerbRepair.ApplyCapitalisedGerundsInNames(tokens, bodyStart, body, tagger, models.ProperNounClass);
            FiniteVerbRepair.ApplyPrepositionsInsideNames(tokens, bodyStart, body, models.ProperNounClass);
            FiniteVerbRepair.ApplyPossessiveBeforeDescription(tokens, bodyStart, body, tagger, models.PossessiveClass);
            FiniteVerbRepair.ApplyHyphenParticiples(tokens, bodyStart, body, tagger, models.PastParticipleClass);
            FiniteVerbRepair.ApplyClosedModals(tokens, bodyStart, body, tagger, models.PastTenseClass);
            FiniteVerbRepair.ApplyIrregularPasts(tokens, bodyStart, body, tagger, models.PastTenseClass);
            FiniteVerbRepair.ApplyCoordinatedPasts(tokens, bodyStart, body, tagger, models.PastTenseClass);
            FiniteVerbRepair.ApplyPastAfterFloatingBoth(tokens, bodyStart, body, tagger, models.PastTenseClass);
            FiniteVerbRepair.Apply(tokens, bodyStart, body, tagger, models.PastTenseClass);
            FiniteVerbRepair.ApplyParticiplesAfterClauseAnd(tokens, bodyStart, body, tagger, models.PastTenseClass);
            FiniteVerbRepair.ApplyIntransitivePasts(tokens, bodyStart, body, tagger, models.PastTenseClass);
            FiniteVerbRepair.ApplyReportingPresent(tokens, bodyStart, body, tagger, models.PresentTenseClass);
            FiniteVerbRepair.ApplyBeforeSubordinate(tokens, bodyStart, body, tagger, models.PastTenseClass);
            for (var i = 0; i < n; i++)
            {
                upos[sentence.FirstToken + i] = tagger.ClassUpos[classes[i]];
                xpos[sentence.FirstToken + i] = tagger.ClassXpos[classes[i]];
            }
        }
        document.Layers.Add(NlpLayers.Pos, new PosLayer(upos, xpos, tagger.XposNames), new LayerProvenance(Name, Version));
    }
}

/// <summary>
/// Adds lemmas and UD FEATS (<see cref="NlpLayers.Lemmas"/>) from the treebank lexicon and
/// learned suffix rules. Thread-safe.
/// </summary>
public sealed class Lemmatizer(NlpModels models) : IAnnotator
{
    public string Name => "lemmatizer";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, NlpLayers.Pos];
    public IReadOnlyList<LayerKey> Produces { get; } = [NlpLayers.Lemmas];

    // Lemmas the treebank lexicon and its suffix rules get wrong, by form (lowercase) and tag prefix. EWT and GUM have
    // "bases" as "basis" four times and "base" once, but news means military bases ("fired missiles at two Iraqi bases").
    // Irregular pasts and participles the treebanks lack or mislabel were turned into non-words by the suffix rules
    // ("freed" -> "fre", GUM's only one; "froze" -> "fbe", "fled" -> "flead", "misled" -> "misl", "slain" -> "sla"), so
    // "Belarus freed an American citizen" matched no release pattern. Checked by running every irregular verb's past and
    // participle through the pipeline (twelfth session); only the wrong ones are listed.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, (string Tag, string Lemma)> Corrections =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            new Dictionary<string, (string, string)>(StringComparer.Ordinal)
            {
                ["bases"] = ("NNS", "base"),
                ["arisen"] = ("VB", "arise"), ["awoken"] = ("VB", "awake"), ["bled"] = ("VB", "bleed"), ["bred"] = ("VB", "breed"),
                ["clung"] = ("VB", "cling"), ["fled"] = ("VB", "flee"), ["flown"] = ("VB", "fly"), ["flung"] = ("VB", "fling"),
                ["freed"] = ("VB", "free"), ["froze"] = ("VB", "freeze"), ["lent"] = ("VB", "lend"), ["misled"] = ("VB", "mislead"),
                ["overthrew"] = ("VB", "overthrow"), ["redid"] = ("VB", "redo"), ["risen"] = ("VB", "rise"), ["shone"] = ("VB", "shine"),
                ["slain"] = ("VB", "slay"), ["slid"] = ("VB", "slide"), ["sprung"] = ("VB", "spring"), ["spun"] = ("VB", "spin"),
                ["stung"] = ("VB", "sting"), ["swam"] = ("VB", "swim"), ["swum"] = ("VB", "swim"), ["trod"] = ("VB", "tread"),
                ["wove"] = ("VB", "weave"), ["woven"] = ("VB", "weave"), ["wrung"] = ("VB", "wring"),
            },
            StringComparer.Ordinal);

    private const int MaxCorrectedLength = 12;

    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        var pos = document.Layers.Get(NlpLayers.Pos);
        var lemmas = new string[tokens.Count];
        var feats = new string[tokens.Count];
        var keys = models.XposKeys;
        var names = models.Tagger.XposNames;
        var corrections = Corrections.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxCorrectedLength];
        for (var i = 0; i < tokens.Count; i++)
        {
            var x = pos.XposIds[i];
            lemmas[i] = models.Lemmatizer.Lemmatize(tokens.TextOf(i), names[x], keys[x], out feats[i]);
            var text = tokens.TextOf(i);
            if (text.Length <= MaxCorrectedLength && (names[x].StartsWith('V') || names[x] == "NNS"))
            {
                var n = text.ToLowerInvariant(lower);
                if (corrections.TryGetValue(lower[..n], out var correction) && names[x].StartsWith(correction.Tag, StringComparison.Ordinal))
                {
                    lemmas[i] = correction.Lemma;
                }
            }
        }
        document.Layers.Add(NlpLayers.Lemmas, new LemmaLayer(lemmas, feats), new LayerProvenance(Name, Version));
    }
}

/// <summary>
/// Adds basic UD dependencies (<see cref="NlpLayers.Dependencies"/>) with the arc-eager (beam search)
/// parser. Thread-safe.
/// </summary>
public sealed class DependencyParser(NlpModels models) : IAnnotator
{
    public string Name => "dependency-parser";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences, NlpLayers.Pos];
    public IReadOnlyList<LayerKey> Produces { get; } = [NlpLayers.Dependencies];

    // The parse state and its beam workspace (a few hundred kilobytes of buffers) are reused by
    // each thread across documents; every sentence resets what it reads.
    [ThreadStatic]
    private static ParseState? t_state;

    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var pos = document.Layers.Get(NlpLayers.Pos);
        var parser = models.Parser;
        var heads = new int[tokens.Count];
        var relations = new byte[tokens.Count];
        var max = SentenceWords.MaxSentenceLength(sentences);
        var words = new WordInfo[max];
        var tags = new int[max];
        var sentenceHeads = new int[max];
        var sentenceLabels = new int[max];
        var state = t_state ??= new ParseState();
        // A dateline ("KABUL:", "WASHINGTON (Reuters) -") or a speaker label ("VOA:") is not part of the
        // sentence's syntax: parse what follows it, and hang its tokens off their first token as a separate root.
        var dateline = SentenceWords.DatelineOf(document);
        var datelineEnd = dateline.IsPresent ? dateline.Span.End : -1;
        var dep = Math.Max(0, Array.IndexOf(parser.Labels, "dep"));
        var coordination = CoordinationLabels.Of(parser.Labels);
        foreach (var sentence in sentences)
        {
            var n = sentence.TokenCount;
            var start = sentence.FirstToken;
            var label = 0;
            var skip = SentenceWords.DatelineLength(tokens, sentence, dateline);
            if (skip == 0 && (datelineEnd <= 0 || tokens.Starts[start] >= datelineEnd))
            {
                skip = label = SpeakerLabelLength(tokens, start, n);
                if (skip == 0)
                {
                    skip = label = PlaceHeaderLength(tokens, start, n);
                }
            }
            var labelHead = start;
            if (skip > 0 && skip < n)
            {
                for (var i = 0; i < skip; i++)
                {
                    heads[start + i] = i == 0 ? -1 : start;
                    relations[start + i] = (byte)dep;
                }
                start += skip;
                n -= skip;
            }
            SentenceWords.Fill(tokens, start, words.AsSpan(0, n));
            models.Tagger.Clusters.Fill(words.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                tags[i] = models.ClassOf(pos.Upos[start + i], pos.XposIds[start + i]);
            }
            HyphenParticiplesAsAdjectives(tokens, pos, start, tags.AsSpan(0, n), models.AdjectiveClass);
            parser.Parse(words.AsSpan(0, n), tags.AsSpan(0, n), state, sentenceHeads, sentenceLabels);
            CoordinatedSubjectAsRoot(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            CoordinatedPossessorAsConjunct(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            SubjectBeforeSubjectAsModifier(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            SubordinatorAsCase(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            CoordinatedClauseAsConjunct(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            RelativeClauseAsConjunct(tokens, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            ParticipleOfThePluralBefore(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            NounRootWithVerbConjunct(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            TrailingAttribution(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            ObjectOfPassiveToConjunct(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            QuotedNameAsPredicate(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            PersonaNonGrata(tokens, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            SubjectAfterFrontedPlace(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            FrontedPhraseReadAsSubject(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            AppositionWithConjunctionAsConjunct(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            AppositionOfLastConjunct(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            RoleWordSplitByCoordination(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            ConjunctAfterClosedCoordination(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            ObjectAfterObliqueAsApposition(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            WithNameBeforeFollowing(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            ParallelParticiples(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            ThatAfterToldAsComplementizer(tokens, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            AdjectivePhraseRootBeforeVerb(pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            TimeWordReadAsSubject(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            SubjectReadAsApposition(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            FirstConjunctOnOpeningPhrase(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            OpeningPhraseAsListHead(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            PlaceReadAsSubjectOfParticiple(tokens, pos, start, sentenceHeads.AsSpan(0, n), sentenceLabels.AsSpan(0, n), coordination);
            for (var i = 0; i < n; i++)
            {
                heads[start + i] = sentenceHeads[i] < 0 ? -1 : start + sentenceHeads[i];
                relations[start + i] = (byte)sentenceLabels[i];
            }
            if (label > 0)
            {
                AttachToLabel(heads, relations, parser.Labels, pos, labelHead, label, start, n);
            }
        }
        document.Layers.Add(NlpLayers.Dependencies, new DependencyLayer(heads, relations, parser.Labels), new LayerProvenance(Name, Version));
    }

    /// <summary>
    /// "Kim Jong Un, chairman of the Workers' Party of Korea ..., and Moon Jae In, president of south Korea, signed" was parsed
    /// with "Moon Jae In" as an apposition of "Kim Jong Un" that has the "and" as its dependent, so Moon signed nothing. An
    /// apposition never has a coordinating conjunction of its own: a name "in apposition" led by "and" is a conjunct.
    /// </summary>
    private static void AppositionWithConjunctionAsConjunct(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Appos < 0 || ids.Cc < 0 || ids.Conj < 0)
        {
            return;
        }
        for (var a = 1; a < heads.Length; a++)
        {
            if (labels[a] != ids.Appos || heads[a] < 0 || heads[a] > a || pos.Upos[start + a] != Upos.PROPN || pos.Upos[start + heads[a]] != Upos.PROPN)
            {
                continue;
            }
            for (var k = heads[a] + 1; k < a; k++)
            {
                if (heads[k] == a && labels[k] == ids.Cc)
                {
                    labels[a] = ids.Conj;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Ahmed al-Sharaa and Mazloum Abdi, commander of the Syrian Democratic Forces, signed" was parsed with the commander as an
    /// apposition of the first conjunct, so al-Sharaa led the SDF. A singular common noun in apposition right after the last conjunct
    /// (only its own name words and a comma between) describes that conjunct; a plural one ("the two leaders") may describe
    /// the whole coordination and stays.
    /// </summary>
    private static void AppositionOfLastConjunct(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Appos < 0 || ids.Conj < 0)
        {
            return;
        }
        for (var a = 2; a < heads.Length; a++)
        {
            var first = heads[a];
            // (A common noun only: a name after "the Minister of Land, Environment and Rural Development, Celso Correia" is the
            // minister, not the last of the coordinated words.)
            if (labels[a] != ids.Appos || first < 0 || first > a || pos.XposOf(start + a) != "NN"
                || pos.Upos[start + first] != Upos.PROPN)
            {
                continue;
            }
            var last = -1;
            for (var k = first + 1; k < a; k++)
            {
                if (heads[k] == first && labels[k] == ids.Conj)
                {
                    last = k;
                }
            }
            if (last < 0 || pos.Upos[start + last] != Upos.PROPN)
            {
                continue;
            }
            var comma = a - 1;
            while (comma > last && heads[comma] == a && tokens.TextOf(start + comma) is not ",")
            {
                comma--; // the apposition's own words before it: "..., the SDF commander"
            }
            var adjacent = comma > last && tokens.TextOf(start + comma) is ",";
            for (var k = last + 1; adjacent && k < comma; k++)
            {
                adjacent = heads[k] == last; // the last conjunct's own name words ("Mazloum Abdi")
            }
            if (adjacent)
            {
                heads[a] = last;
            }
        }
    }

    /// <summary>
    /// "Hill and his North Korean counterpart, Vice Foreign Minister Kim Kye-gwan, held several one-on-one meetings" was parsed with
    /// Kim as a third conjunct of Hill, so three parties met. A conjunct with no conjunction of its own, after a comma right after a
    /// conjunct that has one ("and"), is an apposition of that conjunct: the coordination was already closed.
    /// </summary>
    private static void ConjunctAfterClosedCoordination(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Conj < 0 || ids.Cc < 0 || ids.Appos < 0)
        {
            return;
        }
        for (var k = 2; k < heads.Length; k++)
        {
            var head = heads[k];
            // (Not one with a preposition of its own: "Canada and the Kingdom of Denmark, together with Greenland, reached an
            // agreement" has three parties.)
            if (labels[k] != ids.Conj || head < 0 || head > k || pos.Upos[start + k] != Upos.PROPN || HasDependent(heads, labels, k, ids.Cc)
                || ids.Case >= 0 && HasDependent(heads, labels, k, ids.Case))
            {
                continue;
            }
            var first = k;
            while (first > 0 && Inside(heads, first - 1, k) && tokens.TextOf(start + first - 1) is not ",")
            {
                first--; // the name's own title words ("Vice Foreign Minister")
            }
            if (first < 2 || tokens.TextOf(start + first - 1) is not ",")
            {
                continue;
            }
            var previous = -1;
            for (var j = first - 2; j > head; j--)
            {
                if (heads[j] == head && labels[j] == ids.Conj)
                {
                    previous = j;
                    break;
                }
            }
            if (previous < 0 || !HasDependent(heads, labels, previous, ids.Cc) || LastOfSubtree(heads, previous) != first - 2)
            {
                continue;
            }
            (heads[k], labels[k]) = (previous, ids.Appos);
        }
    }

    /// <summary>
    /// "President Salva Kiir and rebel leader Riek Machar signed a declaration" was parsed with "rebel" as the conjunct of "Salva"
    /// and "leader Riek Machar" as the subject of "signed", with Kiir the subject of "leader": Kiir signed nothing. A common noun
    /// conjunct of a name that is the subject of the next noun, itself the verb's subject, is a modifier of that noun, and
    /// that noun (with its name) the conjunct.
    /// </summary>
    private static void RoleWordSplitByCoordination(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Conj < 0 || ids.Nsubj < 0 || ids.Compound < 0 || ids.Cc < 0)
        {
            return;
        }
        for (var a = 2; a + 1 < heads.Length; a++)
        {
            var name = heads[a];
            var role = a + 1;
            if (labels[a] != ids.Conj || name < 0 || name > a || pos.Upos[start + name] != Upos.PROPN || pos.Upos[start + a] != Upos.NOUN
                || pos.Upos[start + role] != Upos.NOUN || heads[name] != role || labels[name] != ids.Nsubj || labels[role] != ids.Nsubj
                || heads[role] is not (var verb and >= 0) || pos.Upos[start + verb] != Upos.VERB)
            {
                continue;
            }
            (heads[name], labels[name]) = (verb, ids.Nsubj);
            (heads[role], labels[role]) = (name, ids.Conj);
            (heads[a], labels[a]) = (role, ids.Compound);
            for (var k = name + 1; k < a; k++)
            {
                if (heads[k] == a && labels[k] == ids.Cc)
                {
                    heads[k] = role;
                }
            }
        }
    }

    /// <summary>
    /// "MEPs condemn in the strongest possible terms the sanctions announced by the Chinese authorities" was parsed with
    /// "the sanctions" as an apposition of "terms", so the condemnation had no object. A noun in apposition right after the
    /// "terms" of "in the strongest terms" or "in no uncertain terms", an oblique of a verb that has no object, is that verb's
    /// object. (Only that idiom: made general, for any oblique, it cost 0.01-0.02 LAS on the UD dev and test sets.)
    /// </summary>
    private static void ObjectAfterObliqueAsApposition(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Appos < 0 || ids.Obj < 0 || ids.Obl < 0)
        {
            return;
        }
        for (var a = 1; a < heads.Length; a++)
        {
            var oblique = heads[a];
            if (labels[a] != ids.Appos || oblique < 0 || oblique > a || labels[oblique] != ids.Obl || heads[oblique] < 0
                || pos.Upos[start + a] is not (Upos.NOUN or Upos.PROPN) || !tokens.TextOf(start + oblique).Equals("terms", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var verb = heads[oblique];
            if (pos.Upos[start + verb] != Upos.VERB || verb > oblique || HasDependent(heads, labels, verb, ids.Obj))
            {
                continue;
            }
            var first = a;
            while (first > 0 && Inside(heads, first - 1, a))
            {
                first--;
            }
            if (first - 1 != oblique)
            {
                continue; // a real apposition follows a comma, a dash or a bracket
            }
            (heads[a], labels[a]) = (verb, ids.Obj);
        }
    }

    /// <summary>
    /// "Pashinyan told parliament that Azerbaijani troops had seized about 10 square kilometers": "that" was read as a relative
    /// pronoun (the object of "seized", which has an object of its own), so the troops seized the parliament. A "that" clause
    /// with its own subject and object, on the object of "told", is what was told.
    /// </summary>
    private static void ThatAfterToldAsComplementizer(TokenLayer tokens, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Relcl < 0 || ids.Obj < 0 || ids.Nsubj < 0 || ids.Mark < 0 || ids.Ccomp < 0)
        {
            return;
        }
        for (var that = 1; that + 2 < heads.Length; that++)
        {
            var verb = heads[that];
            if (!tokens.TextOf(start + that).SequenceEqual("that") || verb <= that || labels[that] != ids.Obj || labels[verb] != ids.Relcl
                || heads[verb] is not (>= 0 and var told) || told != that - 1 || labels[told] != ids.Obj || heads[told] is not (>= 0 and var speech)
                || !HasDependent(heads, labels, verb, ids.Nsubj) || !HasOtherDependent(heads, labels, verb, ids.Obj, that)
                || tokens.TextOf(start + speech) is not ("told" or "tell" or "tells" or "telling" or "informed" or "assured" or "warned" or "reminded"))
            {
                continue;
            }
            (heads[verb], labels[verb]) = (speech, ids.Ccomp);
            (heads[that], labels[that]) = (verb, ids.Mark);
        }
    }

    private static bool HasOtherDependent(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, int head, int label, int other)
    {
        for (var k = 0; k < heads.Length; k++)
        {
            if (k != other && heads[k] == head && labels[k] == label)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "the army said it had seized power, detaining President Kabore, suspending the constitution and dissolving the government":
    /// the second participle was hung on the first one's object as its modifier, so the president suspended the constitution.
    /// A participle after a comma, on the object of a participle clause, is that clause's sibling: it shares its head.
    /// </summary>
    private static void ParallelParticiples(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Acl < 0 || ids.Advcl < 0 || ids.Obj < 0)
        {
            return;
        }
        for (var v = 2; v < heads.Length; v++)
        {
            var noun = heads[v];
            if (labels[v] != ids.Acl || noun < 0 || noun > v || pos.XposOf(start + v) != "VBG" || !tokens.TextOf(start + v - 1).SequenceEqual(",")
                || labels[noun] != ids.Obj || heads[noun] is not (>= 0 and var first) || labels[first] != ids.Advcl || pos.XposOf(start + first) != "VBG")
            {
                continue;
            }
            (heads[v], labels[v]) = (heads[first], ids.Advcl);
        }
    }

    /// <summary>
    /// "After an emergency summit in Abuja chaired by Nigerian President Bola Tinubu, the Economic Community of West African
    /// States (ECOWAS) suspended all transactions with Niger" was parsed with the community as an apposition of Tinubu and a
    /// root verb without subject. A finite root verb with no subject, right after a phrase set off by a comma that the parser
    /// made an apposition of a noun in the opening phrase before that comma, has that phrase as its subject.
    /// </summary>
    private static void SubjectReadAsApposition(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 3 || ids.Appos < 0 || ids.Nsubj < 0 || ids.NsubjPass < 0 || pos.Upos[start + root] != Upos.VERB
            || !(pos.XposOf(start + root) is "VBD" or "VBZ" or "VBP" || ids.Aux >= 0 && HasDependent(heads, labels, root, ids.Aux))
            || HasDependent(heads, labels, root, ids.Nsubj) || HasDependent(heads, labels, root, ids.NsubjPass))
        {
            return;
        }
        for (var a = root - 1; a > 0; a--)
        {
            if (labels[a] != ids.Appos || heads[a] is not (>= 0 and var described) || described >= a || LastOfSubtree(heads, a) != root - 1)
            {
                continue;
            }
            // The phrase follows a comma (its own dependent or not), and what it was hung on hangs on the verb through the opening phrase (not the subject).
            var first = WordsAfterComma(tokens, start, heads, a);
            if (first < 0 || pos.Upos[start + a] is not (Upos.NOUN or Upos.PROPN))
            {
                continue; // (an inner apposition ending there too: "States (ECOWAS)")
            }
            if (!InOpeningPhrase(heads, labels, ids, described, root, first))
            {
                return;
            }
            (heads[a], labels[a]) = (root, ids.Nsubj);
            return;
        }
    }

    /// <summary>
    /// "In its sharpest response yet to the attack on Parliament, India today recalled its High Commissioner" was parsed with
    /// "India" as an apposition of "Parliament" and "today" as the subject. A time word is no subject: right before the verb it
    /// is the verb's time, and the name in apposition that ends the opening phrase is the subject.
    /// </summary>
    private static void TimeWordReadAsSubject(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 4 || ids.Nsubj < 0 || ids.Appos < 0 || ids.OblUnmarked < 0 || pos.Upos[start + root] != Upos.VERB
            || heads[root - 1] != root || labels[root - 1] != ids.Nsubj
            || tokens.TextOf(start + root - 1) is not ("today" or "yesterday" or "tonight" or "now")
            || labels[root - 2] != ids.Appos || pos.Upos[start + root - 2] is not (Upos.PROPN or Upos.NOUN)
            || heads[root - 2] is not (>= 0 and var described) || described >= root - 2 || LastOfSubtree(heads, root - 2) != root - 2)
        {
            return;
        }
        var first = WordsAfterComma(tokens, start, heads, root - 2);
        if (first < 0 || !InOpeningPhrase(heads, labels, ids, described, root, first))
        {
            return;
        }
        labels[root - 1] = ids.OblUnmarked;
        (heads[root - 2], labels[root - 2]) = (root, ids.Nsubj);
    }

    /// <summary>
    /// "hundreds of young people marched through Goma waving Congolese flags and chanting slogans against Rwanda" was parsed
    /// with "through" as the marker of "waving" and Goma as its subject: Goma chanted. A preposition of place is no marker of
    /// an -ing clause: the name after it is the verb's oblique and the -ing clause hangs on that verb without a subject.
    /// </summary>
    private static void PlaceReadAsSubjectOfParticiple(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Mark < 0 || ids.Nsubj < 0 || ids.Obl < 0 || ids.Case < 0 || ids.Advcl < 0)
        {
            return;
        }
        for (var m = 1; m + 2 < heads.Length; m++)
        {
            if (labels[m] != ids.Mark || tokens.TextOf(start + m) is not ("through" or "across" or "into" or "around" or "outside" or "near" or "toward" or "towards")
                || heads[m] is not (>= 0 and var verb) || labels[verb] != ids.Advcl || pos.XposOf(start + verb) != "VBG" || heads[verb] is not (>= 0 and var main)
                || main > m)
            {
                continue;
            }
            var place = -1;
            for (var k = m + 1; k < verb; k++)
            {
                if (heads[k] == verb && labels[k] == ids.Nsubj && pos.Upos[start + k] == Upos.PROPN)
                {
                    place = k;
                }
            }
            if (place < 0)
            {
                continue;
            }
            (heads[place], labels[place]) = (main, ids.Obl);
            (heads[m], labels[m]) = (place, ids.Case);
        }
    }

    /// <summary>
    /// "In Brussels, France, Germany and Italy condemned the attack" was parsed with "Brussels" as the subject and the three
    /// countries as its conjuncts: Belgium condemned. A subject with a preposition of its own is no subject: when its first
    /// conjunct follows it after a comma, that phrase is the verb's opening oblique and the list after it is the subject.
    /// </summary>
    private static void OpeningPhraseAsListHead(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 5 || ids.Conj < 0 || ids.Cc < 0 || ids.Nsubj < 0 || ids.Case < 0 || ids.Obl < 0 || pos.Upos[start + root] != Upos.VERB)
        {
            return;
        }
        for (var s = 1; s < root; s++)
        {
            if (heads[s] != root || labels[s] != ids.Nsubj || pos.Upos[start + s] != Upos.PROPN
                || !HasDependent(heads, labels, s, ids.Case, before: s) || tokens.TextOf(start + FirstOfSubtree(heads, s)).ToString() is not ("In" or "At" or "From" or "On"))
            {
                continue;
            }
            int firstConjunct = -1, lastConjunct = -1;
            for (var k = s + 1; k < root; k++)
            {
                if (heads[k] == s && labels[k] == ids.Conj)
                {
                    firstConjunct = firstConjunct < 0 ? k : firstConjunct;
                    lastConjunct = k;
                }
            }
            if (firstConjunct < 0 || firstConjunct == lastConjunct || !HasDependent(heads, labels, lastConjunct, ids.Cc)
                || HasDependent(heads, labels, firstConjunct, ids.Cc) || pos.Upos[start + firstConjunct] is not (Upos.PROPN or Upos.NOUN))
            {
                return; // ("In Paris and Berlin, ..." is a list of places: its first conjunct has the "and")
            }
            (heads[firstConjunct], labels[firstConjunct]) = (root, ids.Nsubj);
            for (var k = firstConjunct + 1; k < root; k++)
            {
                if (heads[k] == s && labels[k] == ids.Conj)
                {
                    heads[k] = firstConjunct;
                }
            }
            labels[s] = ids.Obl;
            return;
        }
    }

    /// <summary>
    /// "At the summit, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt signed the declaration" was parsed with "Saudi
    /// Arabia" hung on "summit" and the list starting at the Emirates: Saudi Arabia signed nothing. A name set off by commas
    /// right after an opening phrase, on a noun of that phrase, and followed by the verb's subject that has conjuncts of its own
    /// (a list ending in "and"/"or"), is the first item of that list.
    /// </summary>
    private static void FirstConjunctOnOpeningPhrase(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 5 || ids.Conj < 0 || ids.Cc < 0 || ids.Nsubj < 0 || pos.Upos[start + root] != Upos.VERB)
        {
            return;
        }
        for (var s = 0; s < root; s++)
        {
            if (heads[s] != root || labels[s] != ids.Nsubj && labels[s] != ids.NsubjPass)
            {
                continue;
            }
            // The subject's list: conjuncts after it, the last with its own "and" or "or".
            var lastConjunct = -1;
            for (var k = s + 1; k < root; k++)
            {
                if (heads[k] == s && labels[k] == ids.Conj)
                {
                    lastConjunct = k;
                }
            }
            if (lastConjunct < 0 || !HasDependent(heads, labels, lastConjunct, ids.Cc))
            {
                return;
            }
            var comma = FirstOfSubtree(heads, s) - 1;
            if (comma < 3 || !tokens.TextOf(start + comma).SequenceEqual(","))
            {
                return;
            }
            // The name before that comma: its own phrase ends there and starts after another comma.
            var name = comma - 1;
            while (name > 0 && heads[name] > name && heads[name] < comma)
            {
                name = heads[name]; // (up to the head of "Saudi Arabia")
            }
            if (pos.Upos[start + name] != Upos.PROPN || LastOfSubtree(heads, name) != comma - 1 || heads[name] is not (>= 0 and var host) || host > name
                || labels[name] != ids.Appos && labels[name] != ids.Nmod && labels[name] != ids.OblUnmarked && labels[name] != ids.NmodUnmarked && labels[name] != ids.Conj)
            {
                return;
            }
            var first = WordsAfterComma(tokens, start, heads, name);
            if (first < 0)
            {
                return;
            }
            for (var k = first; k < comma; k++)
            {
                if (pos.Upos[start + k] is Upos.VERB or Upos.AUX)
                {
                    return; // a clause, not a name
                }
            }
            // What it hung on is in an opening phrase of the verb (not the subject itself).
            if (!InOpeningPhrase(heads, labels, ids, host, root, name))
            {
                return;
            }
            (heads[name], labels[name]) = (root, labels[s]);
            (heads[s], labels[s]) = (name, ids.Conj);
            for (var k = s + 1; k < root; k++)
            {
                if (heads[k] == s && labels[k] == ids.Conj)
                {
                    heads[k] = name;
                }
            }
            heads[comma] = s; // (the comma before the old subject now leads that conjunct)
            return;
        }
    }

    /// <summary>
    /// "South Sudan's army and rebels loyal to former vice president Riek Machar accused each other of breaking a ceasefire" was
    /// parsed with "loyal" as the root (its subject the army and the rebels) and "accused" as a relative clause whose subject
    /// is Machar: nobody accused anyone. An adjective root with a subject and no copula, whose oblique's phrase carries a
    /// finite verb with a subject of its own and no relative pronoun, is a modifier of that subject ("rebels loyal to X"); the
    /// verb is the root and the subject is its subject; the name before the verb belongs to the oblique.
    /// </summary>
    private static void AdjectivePhraseRootBeforeVerb(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 1 || ids.Amod < 0 || ids.Nsubj < 0 || ids.Obl < 0 || ids.Appos < 0 || ids.Root < 0 || pos.XposOf(start + root) != "JJ")
        {
            return;
        }
        int subject = -1, oblique = -1;
        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] != root)
            {
                continue;
            }
            if (labels[k] == ids.Nsubj && k < root)
            {
                subject = k;
            }
            else if (labels[k] == ids.Obl && k > root && oblique < 0)
            {
                oblique = k;
            }
            else if (k < root && pos.Upos[start + k] == Upos.AUX)
            {
                return; // "the rebels were loyal to X": a predicate
            }
        }
        if (subject < 0 || oblique < 0)
        {
            return;
        }
        for (var v = oblique + 1; v < heads.Length; v++)
        {
            if (heads[v] != oblique || pos.Upos[start + v] != Upos.VERB || pos.XposOf(start + v) is not ("VBD" or "VBZ" or "VBP"))
            {
                continue;
            }
            int name = -1;
            for (var k = oblique + 1; k < v; k++)
            {
                if (heads[k] == v && labels[k] == ids.Nsubj && pos.Upos[start + k] is Upos.PROPN or Upos.NOUN)
                {
                    name = k;
                }
                else if (heads[k] == v && pos.Upos[start + k] == Upos.PRON)
                {
                    return; // "loyal to the man who accused ...": a real relative clause
                }
            }
            if (name < 0)
            {
                return;
            }
            (heads[v], labels[v]) = (-1, ids.Root);
            // (On the noun right before it: "rebels" of "the army and rebels loyal to X".)
            var modified = root - 1 > subject && heads[root - 1] == subject && pos.Upos[start + root - 1] is Upos.NOUN or Upos.PROPN ? root - 1 : subject;
            (heads[root], labels[root]) = (modified, ids.Amod);
            (heads[subject], labels[subject]) = (v, ids.Nsubj);
            (heads[name], labels[name]) = (oblique, ids.Appos);
            for (var k = v + 1; k < heads.Length; k++)
            {
                if (heads[k] == root && ids.Punct >= 0 && labels[k] == ids.Punct)
                {
                    heads[k] = v;
                }
            }
            return;
        }
    }

    /// <summary>
    /// "Sharif expressed solidarity with France following the deadly attack" was parsed as an absolute clause ("with France
    /// following the attack", like "with prices rising"): France the subject of "following", so the solidarity had no one it
    /// was with. "following" with an object is the preposition: the "with" phrase is an oblique of the clause, and "following"
    /// the case of its object, itself an oblique.
    /// </summary>
    private static void WithNameBeforeFollowing(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Advcl < 0 || ids.Mark < 0 || ids.Nsubj < 0 || ids.Obj < 0 || ids.Obl < 0 || ids.Case < 0)
        {
            return;
        }
        for (var f = 2; f + 1 < heads.Length; f++)
        {
            var clause = heads[f];
            if (labels[f] != ids.Advcl || clause < 0 || clause > f || pos.XposOf(start + f) != "VBG"
                || !tokens.TextOf(start + f).Equals("following", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            int with = -1, subject = -1, obj = -1;
            for (var k = clause + 1; k < heads.Length; k++)
            {
                if (heads[k] != f)
                {
                    continue;
                }
                if (k < f && labels[k] == ids.Mark && tokens.TextOf(start + k).Equals("with", StringComparison.OrdinalIgnoreCase))
                {
                    with = k;
                }
                else if (k < f && labels[k] == ids.Nsubj && pos.Upos[start + k] is Upos.PROPN or Upos.NOUN or Upos.PRON)
                {
                    subject = k;
                }
                else if (k > f && labels[k] == ids.Obj && pos.Upos[start + k] is Upos.NOUN or Upos.PROPN)
                {
                    obj = k;
                }
            }
            if (with < 0 || subject < with || obj < 0)
            {
                continue;
            }
            (heads[subject], labels[subject]) = (clause, ids.Obl);
            (heads[with], labels[with]) = (subject, ids.Case);
            (heads[obj], labels[obj]) = (clause, ids.Obl);
            (heads[f], labels[f]) = (obj, ids.Case);
        }
    }

    /// <summary>
    /// "In Washington, Secretary of State Condoleezza Rice has urged Beijing to show restraint" was parsed with the title as an
    /// apposition of "Washington" and no subject, so the appeal had no source. A root verb without a subject, whose fronted
    /// oblique ("In Washington,") has an apposition after a comma that ends right before the verb (its auxiliaries and
    /// adverbs aside), has that apposition as its subject; an indirect object it then has before a to-infinitive and no
    /// direct object is its object ("urged Beijing to show").
    /// </summary>
    private static void SubjectAfterFrontedPlace(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 0 || ids.Nsubj < 0 || ids.Appos < 0 || ids.Obl < 0 || pos.Upos[start + root] != Upos.VERB)
        {
            return;
        }
        int place = -1, obj = -1, iobj = -1, xcomp = -1;
        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] != root)
            {
                continue;
            }
            var l = labels[k];
            if (l == ids.Nsubj || l == ids.NsubjPass && ids.NsubjPass >= 0)
            {
                return;
            }
            if (l == ids.Obl && k < root && place < 0)
            {
                place = k;
            }
            obj = l == ids.Obj ? k : obj;
            iobj = l == ids.Iobj && ids.Iobj >= 0 ? k : iobj;
            xcomp = l == ids.Xcomp && ids.Xcomp >= 0 ? k : xcomp;
        }
        if (place < 0)
        {
            return;
        }
        // (The apposition may hang on any word of the fronted phrase: "In a resolution adopted on Thursday, MEPs condemn".)
        var subject = -1;
        for (var k = place + 1; k < root; k++)
        {
            if (labels[k] == ids.Appos && heads[k] < k && Inside(heads, heads[k], place) && pos.Upos[start + k] is Upos.PROPN or Upos.NOUN)
            {
                subject = k;
                break;
            }
        }
        if (subject < 0)
        {
            return;
        }
        var first = subject;
        while (first > 0 && Inside(heads, first - 1, subject) && pos.XposOf(start + first - 1) != ",")
        {
            first--;
        }
        var last = LastOfSubtree(heads, subject);
        if (first == 0 || pos.XposOf(start + first - 1) != ",")
        {
            return;
        }
        for (var k = last + 1; k < root; k++)
        {
            if (heads[k] != root || !(labels[k] == ids.Aux || pos.Upos[start + k] == Upos.ADV))
            {
                return; // something else stands between the apposition and the verb
            }
        }
        (heads[subject], labels[subject]) = (root, ids.Nsubj);
        if (obj < 0 && iobj > root && xcomp > iobj && ids.Obj >= 0)
        {
            labels[iobj] = ids.Obj;
        }
    }

    /// <summary>
    /// "In Addis Ababa on Sunday, Ethiopia and Somalia signed a security agreement" was parsed with the fronted place as the
    /// subject (with its preposition as a case marker) and the real subjects as conjuncts of "Sunday": the agreement had no
    /// signatories. A root verb's subject with a preposition of its own is an oblique; the first noun after a comma inside its
    /// phrase, hung there as a conjunct or an apposition, is the subject, and the conjuncts hung beside it are its own.
    /// </summary>
    private static void FrontedPhraseReadAsSubject(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 3 || ids.Nsubj < 0 || ids.Case < 0 || ids.Conj < 0 || ids.Appos < 0 || ids.Obl < 0 || pos.Upos[start + root] != Upos.VERB)
        {
            return;
        }
        var subject = -1;
        for (var k = 0; k < root; k++)
        {
            if (heads[k] == root && labels[k] == ids.Nsubj)
            {
                subject = k;
                break;
            }
        }
        // (only a phrase that opens the sentence with its preposition, "In Addis Ababa on Sunday, ...", or an adverb of time: "Later on
        // Monday, President Ferdinand Marcos Jr. spoke by telephone ..." had "Later" as the subject and the president in apposition)
        if (subject < 0 || !(subject >= 1 && heads[0] == subject && labels[0] == ids.Case && pos.Upos[start] == Upos.ADP
            || subject == 0 && pos.Upos[start] == Upos.ADV))
        {
            return;
        }
        var actual = -1;
        for (var k = subject + 1; k < root; k++)
        {
            if ((labels[k] == ids.Conj || labels[k] == ids.Appos) && Inside(heads, k, subject) && pos.Upos[start + k] is Upos.NOUN or Upos.PROPN
                && FirstOfSubtree(heads, k) is var f && (pos.XposOf(start + f) == "," || f > 0 && pos.XposOf(start + f - 1) == ","))
            {
                actual = k;
                break;
            }
        }
        if (actual < 0 || LastOfSubtree(heads, subject) != root - 1)
        {
            return;
        }
        var owner = heads[actual];
        for (var k = actual + 1; k < root; k++)
        {
            if (heads[k] == owner && labels[k] == ids.Conj)
            {
                heads[k] = actual; // "..., Ethiopia and Somalia": Somalia was a conjunct of "Sunday" too
            }
        }
        (heads[actual], labels[actual]) = (root, ids.Nsubj);
        (heads[subject], labels[subject]) = (root, ids.Obl);
    }

    /// <summary>
    /// "Moldova declared Romania's ambassador persona non grata" was parsed with "ambassador" as a compound of "persona" and
    /// "grata" as an oblique, so no expulsion was coded. The Latin phrase is one word group, the secondary predicate (xcomp) of
    /// the verb, and the noun the parser hung on it (with its possessor) is the verb's object.
    /// </summary>
    private static void PersonaNonGrata(TokenLayer tokens, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Compound < 0 || ids.Obj < 0 || ids.Xcomp < 0)
        {
            return;
        }
        for (var k = 1; k + 2 < heads.Length; k++)
        {
            if (!tokens.TextOf(start + k).Equals("persona", StringComparison.OrdinalIgnoreCase)
                || !tokens.TextOf(start + k + 1).Equals("non", StringComparison.OrdinalIgnoreCase)
                || !tokens.TextOf(start + k + 2).Equals("grata", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            // (The last word heads the group, as the event dictionary's "persona_non_grata" reads a compound.)
            var verb = heads[k];
            var head = k + 2;
            if (verb < 0 || heads[k - 1] != k)
            {
                return;
            }
            var declared = k - 1;
            for (var j = 0; j < declared; j++)
            {
                if (heads[j] == k)
                {
                    heads[j] = declared; // "Romania 's" belonged to the ambassador
                }
            }
            (heads[declared], labels[declared]) = (verb, ids.Obj);
            (heads[head], labels[head]) = (verb, ids.Xcomp);
            (heads[k], labels[k]) = (head, ids.Compound);
            (heads[k + 1], labels[k + 1]) = (head, ids.Compound);
            return;
        }
    }

    /// <summary>
    /// "Petkovic called the arrest \"a new act of intimidation\"": the quoted name given to the object was read as a parataxis
    /// of the verb, so the naming frame (and the criticism it makes) was lost. A noun in parataxis right after the object of a
    /// verb of naming, with only quotes and its own modifiers between, is the object's secondary predicate (xcomp).
    /// </summary>
    private static void QuotedNameAsPredicate(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Parataxis < 0 || ids.Xcomp < 0)
        {
            return;
        }
        for (var t = 0; t < heads.Length; t++)
        {
            if (labels[t] != ids.Parataxis || heads[t] is not (var verb and >= 0) || pos.Upos[start + t] is not (Upos.NOUN or Upos.PROPN)
                || tokens.TextOf(start + verb) is not ("called" or "calls" or "call" or "calling" or "labelled" or "labeled" or "branded" or "dubbed" or "termed"))
            {
                continue;
            }
            var obj = -1;
            for (var k = verb + 1; k < t; k++)
            {
                if (heads[k] == verb && pos.Upos[start + k] is Upos.NOUN or Upos.PROPN or Upos.PRON)
                {
                    obj = k;
                }
            }
            if (obj < 0)
            {
                continue;
            }
            var between = true;
            for (var k = obj + 1; k < t && between; k++)
            {
                between = heads[k] == t || pos.Upos[start + k] == Upos.PUNCT;
            }
            if (between)
            {
                labels[t] = ids.Xcomp;
            }
        }
    }

    /// <summary>The label ids <see cref="CoordinatedSubjectAsRoot"/> reads (-1 when the model has no such label).</summary>
    private readonly record struct CoordinationLabels(int Nsubj, int Conj, int Cc, int Root, int Relcl, int Appos, int Poss, int Case, int Compound,
        int Obl, int Advcl, int Mark, int Nmod, int OblUnmarked, int Parataxis, int Acl, int Obj, int AuxPass, int Xcomp, int NsubjPass, int Iobj, int Aux, int Ccomp, int Amod, int Punct, int NmodUnmarked)
    {
        public static CoordinationLabels Of(string[] names) =>
            new(Array.IndexOf(names, "nsubj"), Array.IndexOf(names, "conj"), Array.IndexOf(names, "cc"), Array.IndexOf(names, "root"),
                Array.IndexOf(names, "acl:relcl"), Array.IndexOf(names, "appos"), Array.IndexOf(names, "nmod:poss"), Array.IndexOf(names, "case"),
                Array.IndexOf(names, "compound"), Array.IndexOf(names, "obl"), Array.IndexOf(names, "advcl"), Array.IndexOf(names, "mark"),
                Array.IndexOf(names, "nmod"), Math.Max(Array.IndexOf(names, "obl:unmarked"), Array.IndexOf(names, "obl")), Array.IndexOf(names, "parataxis"),
                Array.IndexOf(names, "acl"), Array.IndexOf(names, "obj"), Array.IndexOf(names, "aux:pass"), Array.IndexOf(names, "xcomp"),
                Array.IndexOf(names, "nsubj:pass"), Array.IndexOf(names, "iobj"), Array.IndexOf(names, "aux"), Array.IndexOf(names, "ccomp"),
                Array.IndexOf(names, "amod"), Array.IndexOf(names, "punct"), Array.IndexOf(names, "nmod:unmarked"));
    }

    /// <summary>
    /// "Opposition politician Ekuru Aukot, who filed the case, welcomed the decision and urged ...": a noun parsed as the root,
    /// with a relative clause and then a finite verb coordinated to it that has no subject, is that verb's subject. The verb
    /// becomes the root; the noun's later verbal conjuncts become the verb's.
    /// </summary>
    private static void NounRootWithVerbConjunct(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var root = heads.IndexOf(-1);
        if (root < 0 || ids.Conj < 0 || ids.Relcl < 0 || ids.Nsubj < 0 || ids.Root < 0 || ids.Appos < 0 || ids.Acl < 0
            || pos.Upos[start + root] is not (Upos.NOUN or Upos.PROPN))
        {
            return;
        }
        int relative = -1, verb = -1;
        for (var k = root + 1; k < heads.Length; k++)
        {
            if (heads[k] != root)
            {
                continue;
            }
            if (labels[k] == ids.Relcl && relative < 0)
            {
                relative = k;
            }
            else if (labels[k] == ids.Conj && relative >= 0 && pos.Upos[start + k] == Upos.VERB && pos.XposOf(start + k) is "VBD" or "VBZ" or "VBP")
            {
                verb = k;
                break;
            }
        }
        if (verb < 0 && relative >= 0)
        {
            verb = MainVerbInsideRelative(pos, start, heads, labels, ids, relative);
        }
        if (verb < 0 && relative < 0)
        {
            verb = MainVerbAfterApposition(pos, start, heads, labels, ids, root);
        }
        if (verb < 0)
        {
            return;
        }
        if (HasDependent(heads, labels, verb, ids.Nsubj))
        {
            return; // a clause of its own
        }
        for (var k = verb + 1; k < heads.Length; k++)
        {
            if (heads[k] == root)
            {
                heads[k] = verb; // later conjuncts, the final punctuation
            }
        }
        (heads[verb], labels[verb]) = (-1, ids.Root);
        (heads[root], labels[root]) = (verb, ids.Nsubj);
    }

    /// <summary>
    /// "ordering 25% tariffs on all Colombian goods entering the United States" had "entering" as an adjunct of "ordering", so
    /// Trump entered the United States. A gerund right after a plural noun (no comma, no marker) that the parser hung on the
    /// noun's own head is the noun's modifier ("goods entering", "protesters marching"); time spans are not ("spent hours talking").
    /// </summary>
    private static void ParticipleOfThePluralBefore(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Advcl < 0 || ids.Acl < 0 || ids.Mark < 0)
        {
            return;
        }
        for (var v = 1; v < heads.Length; v++)
        {
            var noun = v - 1;
            if (labels[v] != ids.Advcl || pos.XposOf(start + v) != "VBG" || pos.XposOf(start + noun) != "NNS" || heads[noun] != heads[v]
                || HasDependent(heads, labels, v, ids.Mark) || TimeSpanWords.Contains(tokens.TextOf(start + noun).ToString().ToLowerInvariant()))
            {
                continue;
            }
            (heads[v], labels[v]) = (noun, ids.Acl);
        }
    }

    /// <summary>
    /// "Secretary of State Hillary Rodham Clinton, who is in Beijing, is due to visit Seoul" had "Beijing" as a conjunct of
    /// "Secretary", and Beijing became a second subject of the visit. A conjunct with no coordinator whose subject is a
    /// relative pronoun right after a comma ("X, who ...") is a relative clause.
    /// </summary>
    private static void RelativeClauseAsConjunct(TokenLayer tokens, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Relcl < 0 || ids.Conj < 0 || ids.Nsubj < 0)
        {
            return;
        }
        for (var k = 1; k < heads.Length; k++)
        {
            if (labels[k] != ids.Conj || heads[k] < 0 || heads[k] > k || ids.Cc >= 0 && HasDependent(heads, labels, k, ids.Cc))
            {
                continue;
            }
            for (var r = heads[k] + 1; r < k; r++)
            {
                if (heads[r] == k && labels[r] == ids.Nsubj && tokens.TextOf(start + r) is "who" or "which" && tokens.TextOf(start + r - 1) is ",")
                {
                    labels[k] = ids.Relcl;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "HTS leader Abu Mohammed al-Golani, who has recently begun using his real name, Ahmed al-Sharaa, appeared at the mosque":
    /// the sentence's verb hung as a conjunct inside the relative clause. A finite verb right after a comma, with no
    /// coordinator of its own, coordinated to a word of the relative clause, is the noun's verb; -1 when there is none
    /// ("who filed the case and appealed" keeps its conjunct).
    /// </summary>
    private static int MainVerbInsideRelative(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids, int relative)
    {
        for (var k = relative + 1; k < heads.Length; k++)
        {
            if (labels[k] != ids.Conj || heads[k] < relative || heads[k] >= k || pos.XposOf(start + k - 1) != ","
                || pos.Upos[start + k] != Upos.VERB || pos.XposOf(start + k) is not ("VBD" or "VBZ" or "VBP")
                || ids.Cc >= 0 && HasDependent(heads, labels, k, ids.Cc) || !Inside(heads, k, relative))
            {
                continue;
            }
            return k;
        }
        return -1;
    }

    /// <summary>
    /// "Zelaya, a wealthy rancher elected in 2005 as the candidate of the Liberal Party, alienated much of the business elite":
    /// the sentence's verb hung as a participle or conjunct inside the apposition of the root noun. A finite verb right after a
    /// comma, with no subject or coordinator of its own, inside the root's apposition, is the noun's verb; -1 when there is none.
    /// </summary>
    private static int MainVerbAfterApposition(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids, int root)
    {
        var appos = -1;
        for (var k = root + 1; k < heads.Length && appos < 0; k++)
        {
            appos = heads[k] == root && labels[k] == ids.Appos ? k : -1;
        }
        for (var k = appos + 1; appos > 0 && k < heads.Length; k++)
        {
            // (Also a participle with an object, as the tagger often reads such a verb: "elected ..., alienated much of the elite".)
            if ((labels[k] == ids.Acl || labels[k] == ids.Conj) && pos.XposOf(start + k - 1) == "," && pos.Upos[start + k] == Upos.VERB
                && (pos.XposOf(start + k) is "VBD" or "VBZ" or "VBP" || pos.XposOf(start + k) == "VBN" && ids.Obj >= 0 && HasDependent(heads, labels, k, ids.Obj))
                && Inside(heads, k, appos)
                && !HasDependent(heads, labels, k, ids.Nsubj) && !(ids.Cc >= 0 && HasDependent(heads, labels, k, ids.Cc)))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Token <paramref name="token"/> lies in the subtree of <paramref name="ancestor"/>.</summary>
    private static bool Inside(Span<int> heads, int token, int ancestor)
    {
        for (int t = token, steps = 0; t >= 0 && steps < heads.Length; t = heads[t], steps++)
        {
            if (t == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Erdogan denied that the investigation was politically motivated and accused the CHP of ...": an object hung on a
    /// passive participle ("motivated"), right after a coordinated verb of the participle that has no object of its own, is
    /// that verb's object (the accusation had no target).
    /// </summary>
    private static void ObjectOfPassiveToConjunct(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Obj < 0 || ids.AuxPass < 0 || ids.Conj < 0)
        {
            return;
        }
        for (var o = 1; o < heads.Length; o++)
        {
            var participle = heads[o];
            if (labels[o] != ids.Obj || participle < 0 || participle > o || pos.Upos[start + o] is not (Upos.NOUN or Upos.PROPN or Upos.PRON))
            {
                continue;
            }
            if (!HasDependent(heads, labels, participle, ids.AuxPass))
            {
                continue;
            }
            // The coordinated verb right before the object's phrase, with no object of its own.
            var first = o;
            while (first > 0 && heads[first - 1] == o)
            {
                first--;
            }
            var verb = first - 1;
            if (verb <= participle || heads[verb] != participle || labels[verb] != ids.Conj || pos.Upos[start + verb] != Upos.VERB)
            {
                continue;
            }
            if (!HasDependent(heads, labels, verb, ids.Obj))
            {
                heads[o] = verb;
            }
        }
    }

    /// <summary>
    /// "... for fighting alongside Ukrainian forces, Russian news agencies reported.": a closing attribution parsed as a noun
    /// coordinated with the last noun of the sentence ("forces, ... agencies") and a participle of it: the noun is the subject
    /// of the verb of saying, which hangs on the root (the agencies had become allies of the forces).
    /// </summary>
    private static void TrailingAttribution(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var n = heads.Length;
        var root = heads.IndexOf(-1);
        if (ids.Acl < 0 || ids.Parataxis < 0 || ids.Nsubj < 0 || root < 0 || n < 5)
        {
            return;
        }
        var v = pos.Upos[start + n - 1] == Upos.PUNCT ? n - 2 : n - 1;
        if (v <= 2 || v == root || !(labels[v] == ids.Acl || labels[v] == ids.Conj || labels[v] == ids.Relcl && ids.Relcl >= 0)
            || tokens.TextOf(start + v) is not ("said" or "reported" or "says" or "added" or "reports"))
        {
            return;
        }
        var noun = heads[v];
        if (noun >= 0 && noun != v - 1 && heads[v - 1] == noun && labels[v - 1] == ids.Appos && labels[v] == ids.Relcl)
        {
            // "killing at least 11 people, most of them soldiers, police said": the reporter hung beside the verb on the same noun
            noun = v - 1;
        }
        if (noun < 0 || noun != v - 1 || !(labels[noun] == ids.Conj || labels[noun] == ids.Appos) || pos.Upos[start + noun] is not (Upos.NOUN or Upos.PROPN))
        {
            return;
        }
        var first = noun;
        while (first > 0 && heads[first - 1] == noun && pos.XposOf(start + first - 1) != ",")
        {
            first--;
        }
        if (first == 0 || pos.XposOf(start + first - 1) != ",")
        {
            return;
        }
        (heads[noun], labels[noun]) = (v, ids.Nsubj);
        (heads[v], labels[v]) = (root, ids.Parataxis);
        heads[first - 1] = v; // the comma
    }

    /// <summary>
    /// "The move came after Israel and the United States struck Iran's facilities" parsed with "after" as a preposition of
    /// "Israel" and "struck" as a verb of its own hung off the main verb: a time word that heads a noun phrase right before a
    /// finite verb with no subject, both attached to one head, introduces a clause. The verb becomes that head's adverbial
    /// clause, the noun phrase its subject, the time word its marker ("struck" had no subject, so the strike coded nothing).
    /// "As" too: "The announcement came as Havana released American contractor Alan Gross" (the release had no subject).
    /// </summary>
    private static void SubordinatorAsCase(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Case < 0 || ids.Obl < 0 || ids.Advcl < 0 || ids.Mark < 0 || ids.Nsubj < 0)
        {
            return;
        }
        for (var c = 0; c + 2 < heads.Length; c++)
        {
            var noun = heads[c];
            if (labels[c] != ids.Case || noun != c + 1 && !(noun > c + 1 && (pos.Upos[start + c + 1] is Upos.DET || NameBefore(pos, start, heads, c + 1, noun)))
                || heads[noun] < 0 || !TimeSubordinators.Contains(tokens.TextOf(start + c))
                || pos.Upos[start + noun] is not (Upos.PROPN or Upos.NOUN or Upos.PRON))
            {
                continue;
            }
            var last = LastOfSubtree(heads, noun);
            var verb = last + 1;
            if (verb < heads.Length && labels[noun] == ids.Nmod && heads[noun] is var span and >= 0 && span == c - 1 && labels[span] == ids.Nsubj
                && heads[span] == verb && TimeSpanWords.Contains(tokens.TextOf(start + span).ToString().ToLowerInvariant())
                && pos.Upos[start + verb] == Upos.VERB && pos.XposOf(start + verb) is "VBD" or "VBZ" or "VBP")
            {
                // "launched drills on Monday, days after the island's president visited the United States": "days" is no
                // subject; the president visited. The time span measures the clause ("days after").
                (heads[noun], labels[noun]) = (verb, ids.Nsubj);
                (heads[c], labels[c]) = (verb, ids.Mark);
                (heads[span], labels[span]) = (verb, ids.OblUnmarked);
                if (labels[verb] == ids.Parataxis && ids.Parataxis >= 0)
                {
                    labels[verb] = ids.Advcl;
                }
                continue;
            }
            if ((labels[noun] == ids.Appos || labels[noun] == ids.Nmod) && verb < heads.Length && heads[verb] >= 0 && heads[verb] != noun
                && (labels[verb] == ids.Advcl || labels[verb] == ids.Conj || labels[verb] == ids.Parataxis) && pos.Upos[start + verb] == Upos.VERB
                && pos.XposOf(start + verb) is "VBD" or "VBZ" or "VBP" && !HasDependent(heads, labels, verb, ids.Nsubj) && c > 0 && tokens.TextOf(start + c - 1) is ",")
            {
                // "declared an end to two decades of hostility on Monday, as Prime Minister Abiy Ahmed and President Isaias Afwerki
                // signed a joint declaration": the names after ", as" were an apposition of the hostility and "signed" had no subject.
                (heads[noun], labels[noun]) = (verb, ids.Nsubj);
                (heads[c], labels[c]) = (verb, ids.Mark);
                labels[verb] = ids.Advcl;
                continue;
            }
            if (labels[noun] != ids.Obl)
            {
                continue;
            }
            if (verb + 1 < heads.Length && tokens.TextOf(start + verb) is "," && heads[verb] == verb + 1 && ids.Appos >= 0
                && HasDependent(heads, labels, noun, ids.Appos))
            {
                // (With the subject's apposition closed by a comma: "ended without agreement after Alexander Novak, Russia's
                // energy minister, rejected a Saudi-led proposal", where "rejected" was a conjunct of "ended".)
                verb++;
            }
            // (Also the verb hung on the noun as a modifier: "would stay until the military lifted the emergency law and released
            // political prisoners", where "released" then went to "stay" and the protesters released the prisoners.)
            if (noun + 1 < heads.Length && heads[noun + 1] == noun && labels[noun + 1] == ids.Acl && ids.Acl >= 0)
            {
                verb = noun + 1;
            }
            var onNoun = verb < heads.Length && heads[verb] == noun && labels[verb] == ids.Acl && ids.Acl >= 0;
            if (verb >= heads.Length || heads[verb] != heads[noun] && !onNoun || pos.Upos[start + verb] != Upos.VERB
                || pos.XposOf(start + verb) is not ("VBD" or "VBZ" or "VBP")
                    && !(onNoun && pos.XposOf(start + verb) == "VBN" && ids.Obj >= 0 && HasDependent(heads, labels, verb, ids.Obj)))
            {
                continue;
            }
            if (HasDependent(heads, labels, verb, ids.Nsubj))
            {
                continue;
            }
            var clauseHead = heads[noun];
            (heads[verb], labels[verb]) = (clauseHead, ids.Advcl);
            (heads[noun], labels[noun]) = (verb, ids.Nsubj);
            (heads[c], labels[c]) = (verb, ids.Mark);
            if (onNoun)
            {
                var after = LastOfSubtree(heads, verb) + 1;
                if (after + 1 < heads.Length && heads[after + 1] == clauseHead && labels[after + 1] == ids.Conj && labels[after] == ids.Cc
                    && heads[after] == after + 1 && pos.XposOf(start + after + 1) is "VBD" or "VBZ" or "VBP"
                    && !HasDependent(heads, labels, after + 1, ids.Nsubj))
                {
                    heads[after + 1] = verb; // "... lifted the law and released prisoners": the clause's second verb
                }
            }
        }
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeSubordinators =
        new[] { "after", "before", "since", "until", "as" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> TimeSpanWords = new(StringComparer.Ordinal)
    {
        "days", "weeks", "months", "years", "hours", "minutes", "day", "week", "month", "year", "hour", "moments", "shortly", "soon",
    };

    /// <summary>The words from <paramref name="from"/> to the noun are proper names that modify it ("after Alexander Novak").</summary>
    private static bool NameBefore(PosLayer pos, int start, Span<int> heads, int from, int noun)
    {
        // (Titles too: "as Prime Minister Abiy Ahmed ...", where "Prime" hangs on "Minister".)
        for (var k = from; k < noun; k++)
        {
            if (heads[k] < from || heads[k] > noun || pos.Upos[start + k] is not (Upos.PROPN or Upos.ADJ or Upos.NOUN))
            {
                return false;
            }
        }
        return pos.Upos[start + noun] == Upos.PROPN;
    }

    /// <summary>
    /// "Israel has said it will not allow Syrian forces to deploy south of Damascus, and has carried out hundreds of strikes":
    /// a verb parsed as an adverbial clause deep in the sentence, led by "and" and an auxiliary of its own, with no subject and
    /// no subordinator, is a second clause of the sentence's subject: it becomes a conjunct of the root verb (it was read as
    /// "Syrian forces" carrying out the strikes).
    /// </summary>
    private static void CoordinatedClauseAsConjunct(TokenLayer tokens, PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Advcl < 0 || ids.Cc < 0 || ids.Conj < 0 || ids.Nsubj < 0 || ids.Mark < 0)
        {
            return;
        }
        var root = heads.IndexOf(-1);
        if (root < 0 || pos.Upos[start + root] != Upos.VERB)
        {
            return;
        }
        if (!HasDependent(heads, labels, root, ids.Nsubj, before: root))
        {
            return;
        }
        for (var v = root + 2; v < heads.Length; v++)
        {
            if (labels[v] != ids.Advcl || heads[v] == root || pos.Upos[start + v] != Upos.VERB)
            {
                continue;
            }
            int cc = -1, aux = -1;
            var other = false;
            for (var k = 0; k < heads.Length; k++)
            {
                if (heads[k] != v)
                {
                    continue;
                }
                if (k < v && labels[k] == ids.Cc && cc < 0 && aux < 0)
                {
                    cc = k;
                }
                else if (k < v && cc >= 0 && pos.Upos[start + k] == Upos.AUX && tokens.TextOf(start + k) is "has" or "have" or "had")
                {
                    aux = k;
                }
                else if (labels[k] == ids.Nsubj || labels[k] == ids.Mark)
                {
                    other = true;
                }
            }
            if (cc >= 0 && aux == v - 1 && !other)
            {
                (heads[v], labels[v]) = (root, ids.Conj);
            }
        }
    }

    /// <summary>Whether <paramref name="head"/> has a dependent with the label (among the tokens before <paramref name="before"/>, if given).</summary>
    private static bool HasDependent(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, int head, int label, int before = int.MaxValue)
    {
        for (var k = 0; k < Math.Min(before, heads.Length); k++)
        {
            if (heads[k] == head && labels[k] == label)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first word of <paramref name="node"/>'s phrase when a comma stands right before it (the comma may be the phrase's own
    /// dependent), or -1: a phrase set off by commas.
    /// </summary>
    private static int WordsAfterComma(TokenLayer tokens, int start, ReadOnlySpan<int> heads, int node)
    {
        var first = FirstOfSubtree(heads, node);
        while (first < node && tokens.TextOf(start + first).SequenceEqual(","))
        {
            first++;
        }
        return first >= 2 && tokens.TextOf(start + first - 1).SequenceEqual(",") ? first : -1;
    }

    /// <summary>
    /// <paramref name="token"/> hangs on the root verb through a phrase that opens the sentence before <paramref name="before"/>
    /// (an oblique, adverbial clause or modifier of the verb: "After an emergency summit in Abuja ..., ", "At the summit, ").
    /// </summary>
    private static bool InOpeningPhrase(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, CoordinationLabels ids, int token, int root, int before)
    {
        var up = token;
        for (var hops = 0; hops < 8 && heads[up] >= 0 && heads[up] != root; hops++)
        {
            up = heads[up];
        }
        return heads[up] == root && up <= before
            && (labels[up] == ids.Obl || labels[up] == ids.Advcl || labels[up] == ids.Nmod || labels[up] == ids.OblUnmarked);
    }

    /// <summary>The first token of <paramref name="node"/>'s subtree (its dependents' dependents included).</summary>
    private static int FirstOfSubtree(ReadOnlySpan<int> heads, int node)
    {
        for (var k = 0; k < node; k++)
        {
            var h = heads[k];
            while (h >= 0 && h != node)
            {
                h = heads[h];
            }
            if (h == node)
            {
                return k;
            }
        }
        return node;
    }

    /// <summary>The last token of <paramref name="node"/>'s subtree (its dependents' dependents included).</summary>
    private static int LastOfSubtree(ReadOnlySpan<int> heads, int node)
    {
        var last = node;
        for (var k = node + 1; k < heads.Length; k++)
        {
            var h = heads[k];
            while (h > node)
            {
                h = heads[h];
            }
            if (h == node)
            {
                last = k;
            }
        }
        return last;
    }

    /// <summary>
    /// "Congo's army and M23 rebels clashed near Goma" parsed as "[Congo's army and M23]'s rebels": a common noun made the
    /// possessor of the next noun, with no possessive marker of its own ("'s" belongs to "Congo"), a possessor of its own and
    /// a conjunct right before that noun, is the first of two coordinated nouns: it takes the noun's place and relation, the
    /// noun becomes its conjunct, and the conjunct word a compound of the noun ("M23 rebels").
    /// </summary>
    private static void CoordinatedPossessorAsConjunct(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Poss < 0 || ids.Case < 0 || ids.Conj < 0 || ids.Compound < 0 || ids.Cc < 0)
        {
            return;
        }
        for (var a = 0; a < heads.Length; a++)
        {
            var h = heads[a];
            if (labels[a] != ids.Poss || h <= a + 2 || pos.Upos[start + a] != Upos.NOUN || pos.Upos[start + h] is not (Upos.NOUN or Upos.PROPN))
            {
                continue;
            }
            int ownCase = -1, ownPossessor = -1, conjunct = -1;
            for (var k = 0; k < heads.Length; k++)
            {
                if (heads[k] != a)
                {
                    continue;
                }
                if (labels[k] == ids.Case)
                {
                    ownCase = k;
                }
                else if (labels[k] == ids.Poss && k < a)
                {
                    ownPossessor = k;
                }
                else if (labels[k] == ids.Conj && k == h - 1)
                {
                    conjunct = k;
                }
            }
            if (ownCase >= 0 || ownPossessor < 0 || conjunct < 0 || pos.Upos[start + conjunct] is not (Upos.PROPN or Upos.NOUN))
            {
                continue;
            }
            (heads[a], labels[a]) = (heads[h], labels[h]);
            (heads[h], labels[h]) = (a, ids.Conj);
            (heads[conjunct], labels[conjunct]) = (h, ids.Compound);
            for (var k = a + 1; k < conjunct; k++)
            {
                if (heads[k] == conjunct && labels[k] == ids.Cc)
                {
                    heads[k] = h;
                }
            }
            for (var k = h + 1; k < heads.Length; k++)
            {
                if (heads[k] == h && heads[a] < 0)
                {
                    heads[k] = a; // (a root noun's later dependents follow it)
                }
            }
            return;
        }
    }

    /// <summary>
    /// "Sudan's paramilitary Rapid Support Forces attacked a camp" parsed with two subjects, "paramilitary" (tagged a noun)
    /// and "Forces": a verb has one subject, so a common noun subject right before the phrase of the verb's next subject,
    /// with no determiner of its own, is a modifier of that subject. It becomes its compound, and its possessor ("Sudan's")
    /// the whole phrase's.
    /// </summary>
    private static void SubjectBeforeSubjectAsModifier(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        if (ids.Nsubj < 0 || ids.Compound < 0 || ids.Poss < 0)
        {
            return;
        }
        for (var a = 0; a < heads.Length; a++)
        {
            if (labels[a] != ids.Nsubj || heads[a] < 0 || pos.Upos[start + a] != Upos.NOUN)
            {
                continue;
            }
            var verb = heads[a];
            var b = -1;
            for (var k = a + 1; k < heads.Length && k < verb; k++)
            {
                if (heads[k] == verb && labels[k] == ids.Nsubj)
                {
                    b = k;
                    break;
                }
            }
            if (b < 0 || pos.Upos[start + b] is not (Upos.NOUN or Upos.PROPN))
            {
                continue;
            }
            // Every token between the two is a left dependent of the second (its modifiers), and the first has no
            // dependents after it: "paramilitary | Rapid Support Forces".
            var adjacent = true;
            for (var k = a + 1; k < b && adjacent; k++)
            {
                adjacent = heads[k] == b || heads[k] > a && heads[k] < b && heads[heads[k]] == b;
            }
            for (var k = a + 1; k < heads.Length && adjacent; k++)
            {
                adjacent = heads[k] != a;
            }
            if (!adjacent)
            {
                continue;
            }
            for (var k = 0; k < a; k++)
            {
                if (heads[k] == a && labels[k] == ids.Poss)
                {
                    heads[k] = b;
                }
            }
            (heads[a], labels[a]) = (b, ids.Compound);
        }
    }

    /// <summary>
    /// "Saudi Arabia and the United Arab Emirates expanded economic cooperation" parsed with "Saudi Arabia" as the root and
    /// "expanded" as its conjunct, whose subject is only "the United Arab Emirates": a finite verb coordinated to a root
    /// name, with a name as its own subject and the "and" between the two, has the two names as a coordinated subject
    /// (common nouns are left alone: "Great service and the staff were friendly" is two clauses). The verb becomes the
    /// root, the noun its subject, the verb's subject a conjunct of the noun; what the noun governed after the verb (the
    /// final punctuation) moves to the verb. The same when the verb hangs off the name as a relative clause (a relative
    /// clause has no "and" before its subject): "The US, Russia, and Switzerland met yesterday" had "Switzerland met" as a
    /// relative clause of "The US" and "Russia" as its apposition; names in apposition between the two, after a comma,
    /// become conjuncts of the list.
    /// </summary>
    private static void CoordinatedSubjectAsRoot(PosLayer pos, int start, Span<int> heads, Span<int> labels, CoordinationLabels ids)
    {
        var (nsubj, conj, root) = (ids.Nsubj, ids.Conj, ids.Root);
        if (nsubj < 0 || conj < 0 || ids.Cc < 0 || root < 0)
        {
            return;
        }
        var r = heads.IndexOf(-1);
        if (r < 0 || pos.Upos[start + r] != Upos.PROPN)
        {
            return;
        }
        for (var v = r + 1; v < heads.Length; v++)
        {
            if (heads[v] != r || (labels[v] != conj && labels[v] != ids.Relcl) || pos.Upos[start + v] != Upos.VERB || pos.XposOf(start + v) is not ("VBD" or "VBZ" or "VBP"))
            {
                continue;
            }
            int subject = -1, and = -1;
            for (var k = r + 1; k < v; k++)
            {
                if (heads[k] == v && labels[k] == nsubj)
                {
                    subject = k;
                }
                else if (heads[k] == v && labels[k] == ids.Cc && subject < 0)
                {
                    and = k;
                }
            }
            if (subject < 0 || and < 0 || pos.Upos[start + subject] != Upos.PROPN)
            {
                return;
            }
            for (var k = v + 1; k < heads.Length; k++)
            {
                if (heads[k] == r)
                {
                    heads[k] = v;
                }
            }
            (heads[v], labels[v]) = (-1, root);
            (heads[r], labels[r]) = (v, nsubj);
            (heads[subject], labels[subject]) = (r, conj);
            heads[and] = subject;
            for (var k = r + 2; k < subject; k++)
            {
                if (heads[k] == r && labels[k] == ids.Appos && pos.Upos[start + k] == Upos.PROPN && AfterComma(pos, start, k, heads))
                {
                    labels[k] = conj;
                }
            }
            return;
        }
    }

    /// <summary>Whether the phrase of <paramref name="k"/> (its left dependents included) follows a comma.</summary>
    private static bool AfterComma(PosLayer pos, int start, int k, ReadOnlySpan<int> heads)
    {
        var first = k;
        while (first > 0 && heads[first - 1] == k && pos.XposOf(start + first - 1) != ",")
        {
            first--;
        }
        return first > 0 && pos.XposOf(start + first - 1) == ",";
    }

    /// <summary>
    /// The parser reads a participle glued to a name by a hyphen before a noun phrase ("U.S.-backed Syrian Democratic
    /// Forces captured ...", "Muslim-led Seleka rebels seized power") as an adjective: at the start of a sentence it took
    /// such a participle for the verb of a clause and the noun phrase for its object. Only after a capitalised word: "a
    /// move that wrong-footed Ankara" is a verb. The POS layer keeps VBN.
    /// </summary>
    private static void HyphenParticiplesAsAdjectives(TokenLayer tokens, PosLayer pos, int start, Span<int> tags, int adjectiveClass)
    {
        if (adjectiveClass < 0)
        {
            return;
        }
        for (var i = 2; i + 1 < tags.Length; i++)
        {
            var t = start + i;
            if (pos.XposOf(t) is "VBN" && FiniteVerbRepair.HyphenGlued(tokens, t) && tokens.SpaceAfter(t) && char.IsUpper(tokens.TextOf(t - 2)[0])
                && pos.XposOf(t + 1) is "JJ" or "NN" or "NNS" or "NNP" or "NNPS")
            {
                tags[i] = adjectiveClass;
            }
        }
    }

    /// <summary>
    /// As UD treebanks annotate "Response: The US must ...": the label is the root, its other words hang off its first
    /// word, the colon belongs to what follows, the sentence after it is a <c>parataxis</c> (a clause) or an
    /// <c>appos</c> (anything else) of the label, and the final punctuation hangs off the label.
    /// </summary>
    private static void AttachToLabel(int[] heads, byte[] relations, string[] names, PosLayer pos, int labelHead, int labelLength, int start, int n)
    {
        byte Id(string name) => (byte)Math.Max(0, Array.IndexOf(names, name));
        var root = -1;
        for (var i = start; i < start + n; i++)
        {
            if (heads[i] < 0)
            {
                root = i;
                break;
            }
        }
        if (root < 0)
        {
            return;
        }
        for (var i = labelHead; i < labelHead + labelLength - 1; i++)
        {
            heads[i] = i == labelHead ? -1 : labelHead;
            relations[i] = i == labelHead ? Id("root") : Id("flat");
        }
        var colon = labelHead + labelLength - 1;
        heads[colon] = root;
        relations[colon] = Id("punct");
        // A clause: a verbal root, or a copular or nominal one with a subject ("The region is calm").
        var clause = pos.UposOf(root) is Upos.VERB or Upos.AUX;
        for (var i = start; i < start + n && !clause; i++)
        {
            clause = heads[i] == root && names[relations[i]].StartsWith("nsubj", StringComparison.Ordinal);
        }
        heads[root] = labelHead;
        relations[root] = clause ? Id("parataxis") : Id("appos");
        // The sentence's final punctuation belongs to the root, now the label (as the treebanks mostly attach it).
        for (var i = start + n - 1; i > root && pos.UposOf(i) == Upos.PUNCT && heads[i] == root; i--)
        {
            heads[i] = labelHead;
        }
    }

    /// <summary>
    /// The tokens of a transcript's speaker label ("VOA:", "Q:", "Lindsey Graham:") at the start of a sentence,
    /// colon included, or 0. Like a dateline, the label is not part of the sentence: parsed with it, the speaker
    /// became the subject of the first verb ("VOA: Putin visited China" with VOA as the visitor).
    /// </summary>
    /// <summary>
    /// A roundup item's place header ("THAILAND/CAMBODIA — Thai Prime Minister Anutin and Cambodian Prime Minister Hun Manet
    /// signed ...", "CAMEROON — ..."): up to four words in capitals, then a long dash and a sentence. Parsed apart like a
    /// dateline (the countries had become subjects of "signed"). The header's length with its dash, or 0.
    /// </summary>
    internal static int PlaceHeaderLength(TokenLayer tokens, int start, int n)
    {
        const int MaxHeaderWords = 4;
        for (var i = 0; i < Math.Min(n, MaxHeaderWords + 1); i++)
        {
            var token = tokens.TextOf(start + i);
            if (token is "—" or "–" or "--")
            {
                return i > 0 && n - i - 1 >= 3 ? i + 1 : 0;
            }
            if (token is "/" or ",")
            {
                continue;
            }
            if (token.Length < 2 || !IsCapitals(token))
            {
                return 0;
            }
        }
        return 0;
    }

    private static bool IsCapitals(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!(char.IsUpper(c) || c is '/' or '.' or '\'' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    internal static int SpeakerLabelLength(TokenLayer tokens, int start, int n)
    {
        const int MaxLabelWords = 4;
        for (var i = 0; i < Math.Min(n, MaxLabelWords + 1); i++)
        {
            var token = tokens.TextOf(start + i);
            if (token is ":")
            {
                // A label names someone, and a sentence must follow it.
                return i > 0 && n - i - 1 >= 3 ? i + 1 : 0;
            }
            if (token.Length == 0 || !char.IsUpper(token[0]) || !LabelWord(token))
            {
                return 0;
            }
        }
        return 0;
    }

    private static bool LabelWord(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c) && c is not ('.' or '\'' or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
