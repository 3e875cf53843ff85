using EventDesk.Coding.Quotes;
using EventDesk.Nlp;
using EventDesk.Text;
using EventDesk.Text.Corpora;

namespace EventDesk.Coding.Coreference;

/// <summary>Which gold syntax the coreference evaluation hands to the resolver.</summary>
public enum GoldSyntax
{
    /// <summary>Gold tokens and sentences only: the surface fallbacks.</summary>
    None,
    /// <summary>Plus gold UPOS (name mentions from PROPN runs).</summary>
    Pos,
    /// <summary>Plus gold lemmas and basic dependencies.</summary>
    Parse,
}

/// <summary>Precision/recall counts of one metric.</summary>
public sealed record Score(double PrecisionNumerator, double PrecisionDenominator, double RecallNumerator, double RecallDenominator)
{
    public double Precision => PrecisionDenominator == 0 ? 0 : PrecisionNumerator / PrecisionDenominator;
    public double Recall => RecallDenominator == 0 ? 0 : RecallNumerator / RecallDenominator;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(
        a.PrecisionNumerator + b.PrecisionNumerator, a.PrecisionDenominator + b.PrecisionDenominator,
        a.RecallNumerator + b.RecallNumerator, a.RecallDenominator + b.RecallDenominator);

    public static Score Zero { get; } = new(0, 0, 0, 0);
}

/// <summary>The coreference scores over a gold file.</summary>
public sealed record CoreferenceReport(
    int Documents,
    int GoldMentions,
    int GoldEntities,
    int PredictedMentions,
    int PredictedChains,
    Score PronounLinks,
    Score ThirdPersonPronounLinks,
    Score Muc,
    Score B3,
    Score MucNamesAndPronouns,
    Score B3NamesAndPronouns,
    double Seconds);

/// <summary>
/// Scores <see cref="CoreferenceAnnotator"/> against the coreference layer of a CoNLL-U file
/// with GUM-style <c>Entity=</c> brackets in MISC (the first field of each bracket is the entity
/// id, as the <c># global.Entity</c> header says). Runs on gold tokens and sentences. A predicted
/// mention matches the gold mention with the same span, else the one with the same head word.
/// Metrics: pronoun antecedent links (is the closest preceding mention of the pronoun's chain in
/// the same gold entity?), MUC and B3, over all gold mentions and over the gold mentions headed by
/// a proper noun or pronoun (the kinds EventDesk resolves). Thread-safe (static).
/// </summary>
public static class CoreferenceEvaluator
{
    private sealed record GoldMention(int First, int End, int Head, string Entity);

    private static readonly string[] ThirdPerson =
        ["he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves"];

    public static CoreferenceReport Evaluate(IReadOnlyList<GoldDocument> documents, GoldSyntax syntax)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var attributor = new QuoteAttributor();
        var resolver = new CoreferenceAnnotator();
        Score pronouns = Score.Zero, third = Score.Zero, muc = Score.Zero, b3 = Score.Zero, mucNp = Score.Zero, b3Np = Score.Zero;
        int goldMentions = 0, goldEntities = 0, predictedMentions = 0, predictedChains = 0;
        foreach (var gold in documents)
        {
            var words = new List<ConlluWord>(gold.Words.Count);
            foreach (var sentence in gold.Source)
            {
                words.AddRange(sentence.Words);
            }
            var document = BuildDocument(gold, words, syntax);
            attributor.Annotate(document);
            resolver.Annotate(document);
            var layer = document.Layers.Get(CodingLayers.Coreference);
            var goldList = ReadGold(gold, words);
            goldMentions += goldList.Count;
            goldEntities += goldList.Select(g => g.Entity).Distinct().Count();
            predictedMentions += layer.Mentions.Count;
            predictedChains += layer.Chains.Count(c => c.Mentions.Count > 0);

            // Align predicted mentions to gold mentions: exact span, else same head word.
            var tokens = document.Tokens;
            var aligned = new int[layer.Mentions.Count];
            for (var i = 0; i < layer.Mentions.Count; i++)
            {
                var span = layer.Mentions[i].Span;
                var first = tokens.FirstTokenEndingAfter(span.Start);
                var end = first;
                while (end < tokens.Count && tokens.Starts[end] < span.End)
                {
                    end++;
                }
                aligned[i] = Align(goldList, first, end, layer.Mentions[i].Kind);
            }
            pronouns += PronounLinks(layer, aligned, goldList, words, tokens, thirdOnly: false);
            third += PronounLinks(layer, aligned, goldList, words, tokens, thirdOnly: true);
            var all = Enumerable.Range(0, goldList.Count).ToHashSet();
            muc += Muc(layer, aligned, goldList, all);
            b3 += B3(layer, aligned, goldList, all);
            var namesAndPronouns = Enumerable.Range(0, goldList.Count)
                .Where(g => words[goldList[g].Head].Upos is "PROPN" or "PRON").ToHashSet();
            muc += Score.Zero;
            mucNp += Muc(layer, aligned, goldList, namesAndPronouns);
            b3Np += B3(layer, aligned, goldList, namesAndPronouns);
        }
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new CoreferenceReport(documents.Count, goldMentions, goldEntities, predictedMentions, predictedChains,
            pronouns, third, muc, b3, mucNp, b3Np, seconds);
    }

    private static Document BuildDocument(GoldDocument gold, List<ConlluWord> words, GoldSyntax syntax)
    {
        var document = new Document(gold.Id, gold.Text);
        var n = gold.Words.Count;
        var starts = new int[n];
        var ends = new int[n];
        for (var i = 0; i < n; i++)
        {
            starts[i] = gold.Words[i].Span.Start;
            ends[i] = gold.Words[i].Span.End;
        }
        var sentenceCount = gold.Sentences.Count;
        var sStarts = new int[sentenceCount];
        var sEnds = new int[sentenceCount];
        var firsts = new int[sentenceCount];
        var counts = new int[sentenceCount];
        var paragraphs = new int[sentenceCount];
        var offset = 0;
        var paragraph = 0;
        for (var s = 0; s < sentenceCount; s++)
        {
            sStarts[s] = gold.Sentences[s].Start;
            sEnds[s] = gold.Sentences[s].End;
            firsts[s] = offset;
            counts[s] = gold.Source[s].Words.Count;
            offset += counts[s];
            while (paragraph + 1 < gold.Paragraphs.Count && gold.Paragraphs[paragraph + 1].Start <= sStarts[s])
            {
                paragraph++;
            }
            paragraphs[s] = paragraph;
        }
        var provenance = new LayerProvenance("gold", "conllu");
        document.Layers.Add(CoreLayers.Tokens, new TokenLayer(gold.Text, starts, ends), provenance);
        document.Layers.Add(CoreLayers.Sentences, new SentenceLayer(sStarts, sEnds, firsts, counts, paragraphs), provenance);
        document.Layers.Add(CoreLayers.Paragraphs, new ParagraphLayer([.. gold.Paragraphs]), provenance);
        if (syntax == GoldSyntax.None)
        {
            return document;
        }
        var upos = new Upos[n];
        for (var i = 0; i < n; i++)
        {
            upos[i] = Enum.TryParse<Upos>(words[i].Upos, out var u) ? u : Upos.X;
        }
        document.Layers.Add(NlpLayers.Pos, new PosLayer(upos, new ushort[n], ["_"]), provenance);
        if (syntax != GoldSyntax.Parse)
        {
            return document;
        }
        var lemmas = new string[n];
        var feats = new string[n];
        var heads = new int[n];
        var relations = new byte[n];
        var names = new List<string>();
        for (var i = 0; i < n; i++)
        {
            lemmas[i] = words[i].Lemma;
            feats[i] = words[i].Feats;
            var sentenceFirst = firsts[gold.Words[i].Sentence];
            heads[i] = words[i].Head <= 0 ? -1 : sentenceFirst + words[i].Head - 1;
            var rel = words[i].Deprel;
            var id = names.IndexOf(rel);
            if (id < 0)
            {
                id = names.Count;
                names.Add(rel);
            }
            relations[i] = (byte)id;
        }
        document.Layers.Add(NlpLayers.Lemmas, new LemmaLayer(lemmas, feats), provenance);
        document.Layers.Add(NlpLayers.Dependencies, new DependencyLayer(heads, relations, [.. names]), provenance);
        return document;
    }

    /// <summary>Reads <c>Entity=</c> brackets: "(3-person-...)" opens and closes, "(3-..." opens, "3)" closes.</summary>
    private static List<GoldMention> ReadGold(GoldDocument gold, List<ConlluWord> words)
    {
        var result = new List<GoldMention>();
        var open = new Dictionary<string, Stack<int>>();
        var sentenceFirst = 0;
        var sentenceIndex = 0;
        var sentenceOfWord = new int[words.Count];
        for (var s = 0; s < gold.Source.Count; s++)
        {
            for (var w = 0; w < gold.Source[s].Words.Count; w++)
            {
                sentenceOfWord[sentenceFirst + w] = sentenceFirst;
            }
            sentenceFirst += gold.Source[s].Words.Count;
            sentenceIndex++;
        }
        for (var i = 0; i < words.Count; i++)
        {
            var misc = words[i].Misc;
            var at = misc.IndexOf("Entity=", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var value = misc[(at + 7)..];
            var bar = value.IndexOf('|');
            if (bar >= 0)
            {
                value = value[..bar];
            }
            var k = 0;
            while (k < value.Length)
            {
                if (value[k] == '(')
                {
                    var stop = k + 1;
                    while (stop < value.Length && value[stop] != '(' && value[stop] != ')')
                    {
                        stop++;
                    }
                    var body = value[(k + 1)..stop];
                    var dash = body.IndexOf('-');
                    var id = dash < 0 ? body : body[..dash];
                    if (stop < value.Length && value[stop] == ')')
                    {
                        result.Add(Mention(i, i + 1, id, words, sentenceOfWord));
                        k = stop + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack))
                        {
                            open[id] = stack = new Stack<int>();
                        }
                        stack.Push(i);
                        k = stop;
                    }
                }
                else
                {
                    var stop = k;
                    while (stop < value.Length && value[stop] != ')' && value[stop] != '(')
                    {
                        stop++;
                    }
                    var id = value[k..stop];
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        result.Add(Mention(stack.Pop(), i + 1, id, words, sentenceOfWord));
                    }
                    k = stop + 1;
                }
            }
        }
        result.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));
        return result;
    }

    private static GoldMention Mention(int first, int end, string id, List<ConlluWord> words, int[] sentenceFirst)
    {
        var head = end - 1;
        for (var w = first; w < end; w++)
        {
            var h = words[w].Head <= 0 ? -1 : sentenceFirst[w] + words[w].Head - 1;
            if (h < first || h >= end)
            {
                head = w;
                break;
            }
        }
        return new GoldMention(first, end, head, id);
    }

    private static int Align(List<GoldMention> gold, int first, int end, MentionKind kind)
    {
        var byHead = -1;
        var predictedHead = end - 1;
        for (var g = 0; g < gold.Count; g++)
        {
            var m = gold[g];
            if (m.First == first && m.End == end)
            {
                return g;
            }
            if (m.Head == predictedHead && m.First <= first && m.End >= end
                && (byHead < 0 || gold[byHead].End - gold[byHead].First > m.End - m.First))
            {
                byHead = g;
            }
        }
        return byHead;
    }

    private static Score PronounLinks(CoreferenceLayer layer, int[] aligned, List<GoldMention> gold, List<ConlluWord> words, TokenLayer tokens, bool thirdOnly)
    {
        double correct = 0, predicted = 0, expected = 0;
        for (var i = 0; i < layer.Mentions.Count; i++)
        {
            var m = layer.Mentions[i];
            if (m.Kind != MentionKind.Pronoun || thirdOnly && !IsThird(tokens.Text.AsSpan(m.Span.Start, m.Span.Length)))
            {
                continue;
            }
            var chain = layer.Chains[m.Chain];
            var antecedent = -1;
            foreach (var other in chain.Mentions)
            {
                if (other < i)
                {
                    antecedent = other;
                }
            }
            if (antecedent < 0)
            {
                continue;
            }
            predicted++;
            if (aligned[i] >= 0 && aligned[antecedent] >= 0 && gold[aligned[i]].Entity == gold[aligned[antecedent]].Entity)
            {
                correct++;
            }
        }
        var seen = new HashSet<string>();
        foreach (var g in gold)
        {
            var isPronoun = g.End - g.First == 1 && words[g.First].Upos == "PRON"
                && (thirdOnly ? IsThird(words[g.First].Form) : CoreferenceAnnotatorPronoun(words[g.First].Form));
            if (isPronoun && seen.Contains(g.Entity))
            {
                expected++;
            }
            seen.Add(g.Entity);
        }
        return new Score(correct, predicted, correct, expected);
    }

    private static bool CoreferenceAnnotatorPronoun(string form) => MentionFinder.ClassOf(form) != PronounClass.None;

    private static bool IsThird(ReadOnlySpan<char> form)
    {
        foreach (var p in ThirdPerson)
        {
            if (form.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Builds key and response partitions over mention identities: a gold mention is its index;
    /// an unaligned predicted mention is a spurious identity of its own.
    /// </summary>
    private static (List<List<int>> Key, List<List<int>> Response) Partitions(CoreferenceLayer layer, int[] aligned, List<GoldMention> gold, HashSet<int> keep)
    {
        var key = gold.Select((g, i) => (g, i)).Where(x => keep.Contains(x.i)).GroupBy(x => x.g.Entity).Select(grp => grp.Select(x => x.i).ToList()).ToList();
        var response = new List<List<int>>();
        var spurious = gold.Count;
        foreach (var chain in layer.Chains)
        {
            var ids = new List<int>();
            foreach (var m in chain.Mentions)
            {
                var id = aligned[m];
                if (id >= 0 && !keep.Contains(id))
                {
                    continue; // aligned to a gold mention outside the evaluated subset
                }
                ids.Add(id >= 0 ? id : spurious++);
            }
            var distinct = ids.Distinct().ToList();
            if (distinct.Count > 0)
            {
                response.Add(distinct);
            }
        }
        return (key, response);
    }

    private static Score Muc(CoreferenceLayer layer, int[] aligned, List<GoldMention> gold, HashSet<int> keep)
    {
        var (key, response) = Partitions(layer, aligned, gold, keep);
        var (rn, rd) = MucSide(key, response);
        var (pn, pd) = MucSide(response, key);
        return new Score(pn, pd, rn, rd);
    }

    private static (double Numerator, double Denominator) MucSide(List<List<int>> chains, List<List<int>> other)
    {
        var owner = new Dictionary<int, int>();
        for (var c = 0; c < other.Count; c++)
        {
            foreach (var m in other[c])
            {
                owner.TryAdd(m, c);
            }
        }
        double numerator = 0, denominator = 0;
        foreach (var chain in chains)
        {
            if (chain.Count < 2)
            {
                continue;
            }
            var parts = new HashSet<int>();
            var singles = 0;
            foreach (var m in chain)
            {
                if (owner.TryGetValue(m, out var c))
                {
                    parts.Add(c);
                }
                else
                {
                    singles++;
                }
            }
            numerator += chain.Count - (parts.Count + singles);
            denominator += chain.Count - 1;
        }
        return (numerator, denominator);
    }

    private static Score B3(CoreferenceLayer layer, int[] aligned, List<GoldMention> gold, HashSet<int> keep)
    {
        var (key, response) = Partitions(layer, aligned, gold, keep);
        var (rn, rd) = B3Side(key, response);
        var (pn, pd) = B3Side(response, key);
        return new Score(pn, pd, rn, rd);
    }

    private static (double Numerator, double Denominator) B3Side(List<List<int>> chains, List<List<int>> other)
    {
        var owner = new Dictionary<int, HashSet<int>>();
        foreach (var chain in other)
        {
            var set = chain.ToHashSet();
            foreach (var m in chain)
            {
                owner.TryAdd(m, set);
            }
        }
        double numerator = 0, denominator = 0;
        foreach (var chain in chains)
        {
            foreach (var m in chain)
            {
                denominator++;
                var overlap = owner.TryGetValue(m, out var set) ? chain.Count(set.Contains) : 1;
                numerator += (double)overlap / chain.Count;
            }
        }
        return (numerator, denominator);
    }
}
