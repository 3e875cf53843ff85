using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Quotes;

/// <summary>
/// Finds quotations and who said them: direct quotes in straight or curly marks (across
/// sentences and paragraphs, with the paragraph-continuation convention and unclosed quotes),
/// partial quotes inside a sentence, and reported speech with a reporting verb (from the
/// dependency parse when present, surface patterns otherwise). Speakers and addressees are the
/// spans as written; <see cref="CoreferenceAnnotator"/> and <see cref="QuoteAnnotator"/> resolve them.
/// Thread-safe: the instance holds only immutable lexicons; all per-document state is local.
/// </summary>
public sealed class QuoteAttributor : IAnnotator
{
    private readonly ReportingVerbs _verbs;

    public QuoteAttributor(ReportingVerbs? verbs = null) => _verbs = verbs ?? ReportingVerbs.Default;

    public string Name => "quote-attribution";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences, CoreLayers.Paragraphs];
    public IReadOnlyList<LayerKey> Produces { get; } = [CodingLayers.QuoteCandidates];

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var view = new DocumentView(document);
        var paragraphs = document.Layers.Get(CoreLayers.Paragraphs);
        var run = new AttributionRun(view, _verbs, paragraphs);
        document.Layers.Add(CodingLayers.QuoteCandidates, new QuoteCandidateLayer(run.Run()), new LayerProvenance(Name, Version));
    }
}

/// <summary>The work of one <see cref="QuoteAttributor.Annotate"/> call. Not thread-safe; never shared.</summary>
internal sealed class AttributionRun(DocumentView view, ReportingVerbs verbs, ParagraphLayer paragraphs)
{
    private sealed class Work
    {
        public int OpenMark = -1;
        public int CloseMark = -1;
        public TextSpan Content;
        public int Paragraph;
        public int Chain;
        public int Sentence;
        public QuoteKind Kind;
        public Attribution? Attribution;
    }

    private readonly record struct Attribution(TextSpan? Cue, string? Lemma, TextSpan? Speaker, TextSpan? Addressee, string Rule, int CueToken);

    // Closed-class words: these lists are grammar, not vocabulary, so they live in code.
    private static readonly string[] SkipBeforeCue =
    [
        "also", "later", "then", "further", "again", "previously", "earlier", "recently", "once", "has", "have", "had",
        "was", "were", "is", "are", "will", "would", "could", "should", "may", "might", "must", "did", "does", "do",
        "not", "n't", "never", "already", "just", "had", "'s", "’s", "has", "first", "last", "separately", "too",
    ];

    private static readonly string[] NpStopWords =
    [
        "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if", "after", "before", "since",
        "where", "but", "and", "or", "in", "on", "at", "during", "to", "from", "for", "by", "with", "about", "into",
        "than", "though", "although", "whether", "until", "told", "said", "says", "according",
    ];

    private static readonly HashSet<string> PrepositionSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "aboard", "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst", "among", "amongst",
        "around", "as", "at", "atop", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
        "concerning", "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "off",
        "on", "onto", "opposite", "out", "outside", "over", "past", "per", "regarding", "since", "than", "through",
        "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike", "until", "up", "upon", "versus",
        "via", "with", "within", "without", "because", "if", "whether", "that", "while", "although", "though", "so",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = PrepositionSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RelativePronouns = ["which", "who", "that", "whom"];

    private static readonly string[] SubjectPronouns = ["he", "she", "it", "they", "we", "i", "there", "this", "you"];

    private static readonly string[] FiniteWords =
    [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might",
        "must", "did", "does", "do", "shall", "'s", "’s", "met", "told", "said", "made", "took", "gave", "held", "sent",
        "went", "came", "saw", "left", "led", "won", "lost", "began", "spoke", "brought", "fought", "kept", "found",
        "paid", "rose", "fell", "struck", "shot", "knew", "thought", "became", "remains", "remained", "wants", "needs",
    ];

    private readonly List<Work> _quotes = [];
    private readonly HashSet<int> _usedCues = [];
    private readonly List<(QuoteCandidate Candidate, int Paragraph)> _indirect = [];

    public List<QuoteCandidate> Run()
    {
        ScanMarks();
        foreach (var quote in _quotes)
        {
            quote.Sentence = view.SentenceOf[Math.Min(view.TokenAt(quote.Content.Start), view.Count - 1)];
            quote.Kind = KindOf(quote);
            // A partial quote that ends its clause with a comma ("..., “but security is now also ...,” Rasmussen told VOA")
            // is attributed after it first; otherwise the nearest cue before it speaks.
            quote.Attribution = quote.Kind == QuoteKind.Partial
                ? (EndsWithComma(quote) ? NamedSpeakerAfter(quote) : null) ?? AttributeBefore(quote, partial: true) ?? AttributeAfter(quote)
                : AttributeAfter(quote) ?? AttributeBefore(quote, partial: false);
            if (quote.Attribution is { } a && a.CueToken >= 0)
            {
                _usedCues.Add(a.CueToken);
            }
        }
        _quotes.RemoveAll(q => q.Kind == QuoteKind.Partial && (q.Attribution is null && WordCount(q.Content) < 4 || IsTitle(q.Content) || AfterSoCalled(q)));
        FindIndirect();
        Inherit();
        var result = new List<QuoteCandidate>(_quotes.Count + _indirect.Count);
        foreach (var q in _quotes)
        {
            var a = q.Attribution;
            var speaker = a?.Speaker is { } sp ? CleanSpeaker(sp) : null;
            result.Add(new QuoteCandidate(q.Content, q.Sentence, q.Kind, a?.Cue, a?.Lemma, speaker, a?.Addressee, q.Chain, a?.Rule ?? "unattributed"));
        }
        var chain = _quotes.Count == 0 ? 0 : _quotes[^1].Chain + 1;
        foreach (var (candidate, _) in _indirect)
        {
            if (candidate.Speaker is { } sp && CleanSpeaker(sp) is { } cleaned)
            {
                result.Add(candidate with { Chain = chain++, Speaker = cleaned }); // reported speech needs someone who speaks
            }
        }
        result.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return result;
    }

    // ---- quotation marks -------------------------------------------------------------------

    private void ScanMarks()
    {
        var text = view.Text;
        var carry = false;
        var chain = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs.Spans[p];
            var open = -1;
            var firstMark = true;
            var continues = false;
            for (var i = span.Start; i < span.End; i++)
            {
                if (!DocumentView.IsQuoteChar(text[i]))
                {
                    continue;
                }
                var isOpener = IsOpener(text, i, open >= 0);
                if (isOpener is null)
                {
                    continue;
                }
                if (isOpener.Value)
                {
                    if (open >= 0)
                    {
                        Emit(open, -1, i, p, continues ? chain - 1 : chain++);
                    }
                    continues = carry && firstMark;
                    open = i;
                }
                else if (open >= 0)
                {
                    Emit(open, i, i, p, continues ? chain - 1 : chain++);
                    continues = false;
                    open = -1;
                }
                firstMark = false;
            }
            carry = false;
            if (open >= 0)
            {
                Emit(open, -1, span.End, p, continues ? chain - 1 : chain++);
                carry = p + 1 < paragraphs.Count && StartsWithOpener(paragraphs.Spans[p + 1]);
            }
        }
    }

    private bool StartsWithOpener(TextSpan paragraph)
    {
        var text = view.Text;
        return paragraph.Length > 0 && DocumentView.IsQuoteChar(text[paragraph.Start]) && IsOpener(text, paragraph.Start, false) == true;
    }

    /// <summary>True for an opening mark, false for a closing one, null for a stray mark to ignore.</summary>
    private static bool? IsOpener(string text, int i, bool inside)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var looksOpening = (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':') && !char.IsWhiteSpace(after);
        switch (c)
        {
            case '“' or '„' or '«':
                return true;
            case '”' or '»':
                return !inside && looksOpening ? true : inside ? false : null;
            default: // straight quote: direction from context
                if (!inside)
                {
                    return char.IsWhiteSpace(after) && !char.IsWhiteSpace(before) ? null : true;
                }
                return looksOpening && !char.IsPunctuation(after) ? true : false;
        }
    }

    private void Emit(int open, int close, int end, int paragraph, int chain)
    {
        var text = view.Text;
        var start = open + 1;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }
        if (end <= start)
        {
            return;
        }
        _quotes.Add(new Work { OpenMark = open, CloseMark = close, Content = TextSpan.FromBounds(start, end), Paragraph = paragraph, Chain = chain });
    }

    /// <summary>
    /// The attribution after a quote when it names the speaker before the cue ("…,” Rasmussen told VOA); not "according
    /// to" (the source of a report of someone's words) nor a participle with its object ("…,” calling it a crime").
    /// </summary>
    private Attribution? NamedSpeakerAfter(Work quote) =>
        AttributeAfter(quote) is { Rule: "after:speaker-cue" or "after:speaker-appositive-cue" } a && !view.TextOf(a.CueToken).EndsWith("ing", StringComparison.Ordinal)
            ? a
            : null;

    /// <summary>A term after "so-called" (the so-called “nine-dash line”) is a name for something, not words anyone said.</summary>
    private bool AfterSoCalled(Work quote)
    {
        var tOpen = view.TokenAt(quote.OpenMark);
        return view.Is(tOpen - 1, "called") && (view.Is(tOpen - 2, "so") || view.Is(tOpen - 2, "-") && view.Is(tOpen - 3, "so"))
            || view.Is(tOpen - 1, "so-called");
    }

    /// <summary>The quote's last word is followed by a comma, inside the marks or right after them.</summary>
    private bool EndsWithComma(Work quote)
    {
        if (quote.CloseMark < 0)
        {
            return false;
        }
        var text = view.Text;
        var before = quote.CloseMark - 1;
        while (before > quote.OpenMark && char.IsWhiteSpace(text[before]))
        {
            before--;
        }
        var after = quote.CloseMark + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }
        return text[before] == ',' || after < text.Length && text[after] == ',';
    }

    /// <summary>
    /// A short fragment in title case is a name in quotation marks, not something said: NBC's “Meet the Press”, the
    /// operation “Iron Swords”. Words of up to three letters (the, of, and) may stay lower-case.
    /// </summary>
    private bool IsTitle(TextSpan content)
    {
        var (first, end) = view.TokensIn(content);
        if (end - first is < 1 or > 6)
        {
            return false;
        }
        var capitalised = 0;
        for (var t = first; t < end; t++)
        {
            var word = view.TextOf(t);
            if (word.Length == 0)
            {
                return false;
            }
            if (!char.IsLetter(word[0]))
            {
                if (char.IsPunctuation(word[0]) && t == end - 1)
                {
                    continue;
                }
                return false;
            }
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
            else if (word.Length > 3)
            {
                return false;
            }
        }
        return capitalised >= 1 && capitalised >= (end - first + 1) / 2;
    }

    private QuoteKind KindOf(Work quote)
    {
        var tOpen = view.TokenAt(quote.OpenMark);
        var s0 = view.SentenceStartToken(Math.Min(tOpen, view.Count - 1));
        var last = tOpen - 1;
        while (last >= s0 && view.IsAny(last, ["—", "–", "-"]))
        {
            last--;
        }
        if (last < s0 || view.Is(last, ":"))
        {
            return QuoteKind.Direct;
        }
        var startsUpper = char.IsUpper(view.Text[quote.Content.Start]);
        if (view.Is(last, ",") && startsUpper)
        {
            return QuoteKind.Direct;
        }
        if (view.Is(last, ","))
        {
            // The second half of a split quote: “Q,” X said, “because ...”
            for (var k = last - 1; k >= s0 && k >= last - 7; k--)
            {
                if (view.IsQuoteMark(k))
                {
                    return QuoteKind.Direct;
                }
            }
        }
        // A quote that is a whole sentence following a cue ("X said “We ...”") reads as direct.
        return startsUpper && IsCue(last, out _) && WordCount(quote.Content) >= 4 ? QuoteKind.Direct : QuoteKind.Partial;
    }

    private int WordCount(TextSpan span)
    {
        var (first, end) = view.TokensIn(span);
        var words = 0;
        for (var t = first; t < end; t++)
        {
            if (!view.IsPunct(t))
            {
                words++;
            }
        }
        return words;
    }

    // ---- attribution -----------------------------------------------------------------------

    private bool IsCue(int t, out ReportingVerb verb)
    {
        verb = default;
        if (t < 0 || t >= view.Count)
        {
            return false;
        }
        if (view.Pos is { } pos && pos.UposOf(t) is not (Upos.VERB or Upos.AUX))
        {
            return false;
        }
        if (view.Deps is { } deps && (deps.RelationOf(t) is "amod" or "compound" || deps.RelationOf(t) == "acl" && view.Pos?.XposOf(t) == "VBN"))
        {
            return false; // "a disputed sea", "the announced plan", "deaths reported each day": a participle on a noun, not a report
        }
        if (t > 0 && t + 1 < view.Count && view.IsAny(t - 1, ["is", "was", "are", "were", "been", "be"]) && view.Is(t + 1, "to")
            && view.TextOf(t).EndsWith("ed", StringComparison.Ordinal) && !view.TextOf(t).Equals("said", StringComparison.Ordinal))
        {
            return false; // "Nielsen, who is expected to become prime minister": a passive with an infinitive reports nobody's words
        }
        if (view.Lemmas is { } lemmas && verbs.TryGetLemma(lemmas.LemmaOf(t), out verb))
        {
            return true;
        }
        return verbs.TryGetForm(view.TextOf(t), out verb) && !view.IsCapitalized(t) | view.SentenceStartToken(t) == t;
    }

    private bool IsSentenceStop(int t) => view.IsAny(t, [".", ";", "?", "!"]);

    private Attribution? AttributeAfter(Work quote)
    {
        if (quote.CloseMark < 0)
        {
            return null;
        }
        var tClose = view.TokenAt(quote.CloseMark);
        if (tClose >= view.Count)
        {
            return null;
        }
        var end = view.SentenceEndToken(tClose);
        var ownSentence = false;
        if (tClose + 1 >= end && tClose + 1 < view.Count && view.SentenceOf[tClose + 1] != view.SentenceOf[tClose]
            && view.ParagraphOf(tClose + 1) == quote.Paragraph)
        {
            // “Q.” He said. — the attribution as a sentence of its own.
            end = view.SentenceEndToken(tClose + 1);
            ownSentence = true;
        }
        for (var t = tClose + 1; t < end; t++)
        {
            if (view.IsQuoteMark(t))
            {
                end = t;
                break;
            }
        }
        var i = tClose + 1;
        while (i < end && view.IsAny(i, [",", "—", "–", "-"]))
        {
            i++;
        }
        if (view.Is(i, "according") && view.Is(i + 1, "to"))
        {
            var source = NpAfter(i + 2, end);
            return source is null ? null : new Attribution(view.SpanOf(i, i + 2), "according to", source, null, "after:according-to", -1);
        }
        // “Q,” Alexander Gabuev, director of the Berlin-based Carnegie Russia Eurasia Center, told VOA: the cue may stand
        // after a long appositive; beyond twelve words only that shape counts.
        var limit = Math.Min(end, ownSentence ? i + 12 : i + 28);
        for (var c = i; c < limit; c++)
        {
            if (IsSentenceStop(c))
            {
                break;
            }
            if (!IsCue(c, out var verb))
            {
                continue;
            }
            if (c > i + 12 && !view.Is(c - 1, ","))
            {
                return null;
            }
            if (c == i || (c == i + 1 && view.IsAny(i, ["then", "also"])))
            {
                var speakerAfter = NpAfter(c + 1, end);
                return speakerAfter is null ? null : new Attribution(view.Tokens.SpanOf(c), verb.Lemma, speakerAfter, null, "after:cue-speaker", c);
            }
            if ((verb.Flags & ReportingVerbFlags.Medium) != 0)
            {
                return Medium(c, end, verb, "after:quoted-as-saying");
            }
            var speaker = c <= i + 12 ? NpBefore(i, c, requireReach: true) : null;
            var rule = "after:speaker-cue";
            if (speaker is null && !ownSentence && c > i + 1 && view.Is(c - 1, ","))
            {
                speaker = AppositiveSpeaker(i, c - 1);
                rule = "after:speaker-appositive-cue";
            }
            if (speaker is null)
            {
                return null;
            }
            var addressee = (verb.Flags & ReportingVerbFlags.Addressee) != 0 ? NpAfter(c + 1, end) : null;
            return new Attribution(view.Tokens.SpanOf(c), verb.Lemma, speaker, addressee, rule, c);
        }
        return null;
    }

    /// <summary>
    /// “Q,” NAME, APPOSITIVE, said: the phrase from <paramref name="lo"/> to the first comma, when an appositive without
    /// another quote mark or clause follows it up to the comma before the cue.
    /// </summary>
    private TextSpan? AppositiveSpeaker(int lo, int commaBeforeCue)
    {
        var first = -1;
        for (var k = lo + 1; k < commaBeforeCue; k++)
        {
            if (view.IsQuoteMark(k) || IsSentenceStop(k) || IsCue(k, out _))
            {
                return null;
            }
            if (first < 0 && view.Is(k, ","))
            {
                first = k;
            }
        }
        if (first < 0 || first + 1 >= commaBeforeCue)
        {
            return null;
        }
        return NpBefore(lo, first, requireReach: true);
    }

    /// <summary>"the statement quoted X as saying": X is the speaker, the cue is "saying".</summary>
    private Attribution? Medium(int c, int end, ReportingVerb verb, string rule)
    {
        var speaker = NpAfter(c + 1, end);
        if (speaker is null)
        {
            return null;
        }
        var next = view.TokenAt(speaker.Value.End);
        if (view.Is(next, "as") && IsCue(next + 1, out var said))
        {
            return new Attribution(view.Tokens.SpanOf(next + 1), said.Lemma, speaker, null, rule, next + 1);
        }
        return new Attribution(view.Tokens.SpanOf(c), verb.Lemma, speaker, null, rule, c);
    }

    private Attribution? AttributeBefore(Work quote, bool partial)
    {
        var tOpen = view.TokenAt(quote.OpenMark);
        if (tOpen >= view.Count)
        {
            return null;
        }
        var s0 = view.SentenceStartToken(tOpen);
        var k = tOpen - 1;
        if (k < s0)
        {
            return null;
        }
        for (var t = s0; t + 1 < tOpen; t++)
        {
            if (view.Is(t, "according") && view.Is(t + 1, "to"))
            {
                var source = NpAfter(t + 2, tOpen);
                if (source is not null)
                {
                    return new Attribution(view.SpanOf(t, t + 2), "according to", source, null, "before:according-to", -1);
                }
            }
        }
        // "Mr. Tedeschi also told the court that, over the last five months of her life, “Q”": a cue with "that" between it
        // and the quote reaches over a longer adverbial.
        var lowest = partial ? s0 : Math.Max(s0, ThatClauseBefore(s0, k) ? k - 20 : k - 8);
        if (!partial && !view.IsAny(k, [":", ",", "—", "–"]) && !IsCue(k, out _))
        {
            return null;
        }
        // "…,” Hwang said, adding that Seoul would “resolutely respond”: a participle cue after a comma speaks with the
        // subject of the clause it hangs on, so the finite cue before it names the speaker; only without one is the
        // participle itself used.
        foreach (var skipParticiples in new[] { true, false })
        {
            for (var c = k; c >= lowest; c--)
            {
                if (view.IsQuoteMark(c) && c != k)
                {
                    break;
                }
                if (!IsCue(c, out var verb))
                {
                    continue;
                }
                if (skipParticiples && c > s0 && view.Is(c - 1, ",") && view.TextOf(c).EndsWith("ing", StringComparison.Ordinal))
                {
                    continue;
                }
                if ((verb.Flags & ReportingVerbFlags.Medium) != 0)
                {
                    return Medium(c, tOpen, verb, "before:quoted-as-saying");
                }
                var speaker = NpBefore(s0, c, requireReach: false) ?? SharedSubject(c) ?? (partial ? OwnSubject(c) : null);
                if (speaker is null)
                {
                    continue;
                }
                var addressee = (verb.Flags & ReportingVerbFlags.Addressee) != 0 ? NpAfter(c + 1, tOpen) : null;
                return new Attribution(view.Tokens.SpanOf(c), verb.Lemma, speaker, addressee, partial ? "before:partial" : "before:speaker-cue", c);
            }
        }
        return null;
    }

    /// <summary>"that" stands among the twenty words before <paramref name="k"/>, with no other quotation mark between.</summary>
    private bool ThatClauseBefore(int s0, int k)
    {
        for (var t = k; t >= Math.Max(s0, k - 20); t--)
        {
            if (view.IsQuoteMark(t) && t != k)
            {
                return false;
            }
            if (view.Is(t, "that"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The subject a coordinated cue shares with the verb before it: "China conducted military drills around the island
    /// and called them “a punishment”" (from the parse; null without one or without a subject).
    /// </summary>
    private TextSpan? SharedSubject(int cue) =>
        SharedSubjectToken(cue) is var subject and >= 0 ? LeftPhrase(subject, view.Sentences[view.SentenceOf[cue]]) : null;

    /// <summary>
    /// The nsubj of the verb a coordinated cue hangs on ("… and called them"), or of the verb a participle cue modifies
    /// ("North Korea's envoy defended the treaty, saying …"); -1 without a parse, such a relation or a subject.
    /// </summary>
    /// <summary>
    /// The parsed subject of the cue itself, when a relative clause stands between them: "Jens-Frederik Nielsen, who is expected
    /// to become Greenland's new prime minister after ..., said the visit showed “a lack of respect”" (null without a parse).
    /// </summary>
    private TextSpan? OwnSubject(int cue)
    {
        if (view.Deps is not { } deps)
        {
            return null;
        }
        var sentence = view.Sentences[view.SentenceOf[cue]];
        for (var t = sentence.FirstToken; t < cue; t++)
        {
            if (deps.HeadOf(t) == cue && deps.RelationOf(t) == "nsubj" && !view.IsAny(t, RelativePronouns) && view.Pos?.UposOf(t) is Upos.PROPN or Upos.NOUN
                && RelativeClauseAfterName(t, cue))
            {
                return LeftPhrase(t, sentence);
            }
        }
        return null;
    }

    /// <summary>", who" or ", which" right after the name that <paramref name="t"/> heads (its words capitalised), before the cue.</summary>
    private bool RelativeClauseAfterName(int t, int cue)
    {
        var k = t + 1;
        while (k < cue && !view.Is(k, ",") && (view.IsCapitalized(k) || view.Is(k, "-")))
        {
            k++;
        }
        return k + 1 < cue && view.Is(k, ",") && view.IsAny(k + 1, ["who", "which"]);
    }

    private int SharedSubjectToken(int cue)
    {
        if (view.Deps is not { } deps || deps.HeadOf(cue) is not (var head and >= 0) ||
            !(deps.RelationOf(cue) == "conj" || deps.RelationOf(cue) == "advcl" && view.TextOf(cue).EndsWith("ing", StringComparison.Ordinal)))
        {
            return -1;
        }
        var sentence = view.Sentences[view.SentenceOf[cue]];
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (deps.HeadOf(t) == head && deps.RelationOf(t) == "nsubj" && !view.IsAny(t, RelativePronouns))
            {
                return t;
            }
        }
        return -1;
    }

    // ---- noun phrases ------------------------------------------------------------------------

    private bool IsAttributiveParticiple(PosLayer pos, int t)
    {
        if (view.Deps is { } deps && deps.RelationOf(t) == "amod")
        {
            return true;
        }
        var xpos = pos.XposOf(t);
        return xpos is "VBG" or "VBN" && t + 1 < view.Count && pos.UposOf(t + 1) is Upos.NOUN or Upos.PROPN or Upos.ADJ
            && t > 0 && view.IsAny(t - 1, ["the", "a", "an", "his", "her", "its", "their"]);
    }

    private bool StopsNp(int t)
    {
        if (view.Pos is { } pos)
        {
            switch (pos.UposOf(t))
            {
                case Upos.VERB when IsAttributiveParticiple(pos, t):
                    break; // "the visiting advisor", "the exiled leader": a participle inside the noun phrase
                case Upos.VERB or Upos.AUX or Upos.SCONJ or Upos.CCONJ or Upos.INTJ:
                    return true;
                case Upos.ADP when !view.Is(t, "of") && Prepositions.Contains(view.TextOf(t)):
                    return true; // a closed class: an open-class word mis-tagged ADP ("public affairs chief X") stays inside
            }
        }
        return view.IsAny(t, NpStopWords) || IsSentenceStop(t) || view.IsQuoteMark(t);
    }

    /// <summary>
    /// The noun phrase that ends right before the cue (skipping adverbs and auxiliaries): "the NSC",
    /// "Russian Foreign Minister Sergey Lavrov", "the National Security Council (NSC)". With
    /// <paramref name="requireReach"/> the phrase must start at <paramref name="lo"/>
    /// (“Q,” X said: nothing else may stand between the quote and the cue).
    /// </summary>
    private TextSpan? NpBefore(int lo, int cue, bool requireReach)
    {
        var j = cue - 1;
        while (j >= lo && view.IsAny(j, SkipBeforeCue) || j >= lo && IsLyAdverb(j))
        {
            j--;
        }
        var end = j + 1;
        if (end > lo && view.Is(j, ",") && !requireReach)
        {
            // "X, Russia's foreign minister, said": the speaker stands before the appositive.
            var comma = j - 1;
            while (comma > lo && comma > j - 12 && !view.Is(comma, ","))
            {
                comma--;
            }
            if (comma > lo && view.Is(comma, ","))
            {
                // "the leader of the movement, Florence Ozor, said": an appositive that is a name is who speaks, unless
                // the phrase before it is a name too ("Olayinka Badmus, deputy director, Breakthrough Action Nigeria").
                var head = NpBefore(lo, comma + 0, requireReach: false);
                if (IsName(comma + 1, j) && (head is not { } h || !IsName(view.TokenAt(h.Start), view.TokenAt(h.End - 1) + 1)))
                {
                    return view.SpanOf(comma + 1, j);
                }
                return head;
            }
            return null;
        }
        while (j >= lo)
        {
            if (view.Is(j, ")"))
            {
                var open = j - 1;
                while (open > lo && open > j - 5 && !view.Is(open, "("))
                {
                    open--;
                }
                if (view.Is(open, "("))
                {
                    j = open - 1;
                    continue;
                }
                break;
            }
            if (view.IsPossessiveMarker(j))
            {
                j--;
                continue;
            }
            if (view.IsPunct(j) && !view.Is(j, "-") || StopsNp(j) || end - j > 10)
            {
                break;
            }
            j--;
        }
        var start = j + 1;
        while (start < end && (view.IsPunct(start) || view.IsAny(start, ["of", "the", "'s", "’s"]) && start == end - 1))
        {
            start++;
        }
        if (start >= end || requireReach && start != lo)
        {
            return null;
        }
        return view.SpanOf(start, end);
    }

    /// <summary>Two to four capitalised words, proper nouns by the tagger when there is one: "Florence Ozor".</summary>
    private bool IsName(int first, int end)
    {
        if (end - first is < 2 or > 4)
        {
            return false;
        }
        for (var t = first; t < end; t++)
        {
            if (!view.IsCapitalized(t) || view.Pos is { } pos && pos.UposOf(t) != Upos.PROPN)
            {
                return false;
            }
        }
        return true;
    }

    private bool IsLyAdverb(int t)
    {
        var text = view.TextOf(t);
        return text.Length > 4 && text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(text[0])
            && (view.Pos is null || view.Pos.UposOf(t) == Upos.ADV);
    }

    /// <summary>The noun phrase that starts at <paramref name="from"/>: "Atmar", "the head of the CSTO".</summary>
    private TextSpan? NpAfter(int from, int end)
    {
        if (from < end && view.Pos is { } pos && pos.UposOf(from) == Upos.ADP)
        {
            return null; // "warned of a 'horrible disaster'": a preposition opens no noun phrase (the addressee was "of a")
        }
        var t = from;
        while (t < end)
        {
            if (view.Is(t, "("))
            {
                var close = t + 1;
                while (close < end && close < t + 5 && !view.Is(close, ")"))
                {
                    close++;
                }
                if (close < end && view.Is(close, ")") && t > from)
                {
                    t = close + 1;
                    continue;
                }
                break;
            }
            if (view.IsPossessiveMarker(t) && t > from)
            {
                t++;
                continue;
            }
            if (view.IsAny(t, ["and", "&"]) && t > from && JoinsRoleWords(t, end))
            {
                t++;
                continue; // "social worker and activist Ryan Febrianto": two role words before one name
            }
            if (view.IsPunct(t) && !view.Is(t, "-") || StopsNp(t) || t - from >= 14 || IsTimeWord(t))
            {
                break;
            }
            if (t > from && view.Pos is null && (view.IsAny(t, FiniteWords)
                || view.IsAny(t, ["the", "a", "an", "his", "her", "its", "their", "this", "these", "it", "he", "she", "they", "we"]) && !view.Is(t - 1, "of")))
            {
                break; // "told reporters | the raid had been planned": a new clause starts
            }
            t++;
        }
        return t > from ? view.SpanOf(from, t) : null;
    }

    /// <summary>
    /// "and" at <paramref name="t"/> joins lowercase role words before a capitalised name ("worker and activist Ryan
    /// Febrianto"), not two phrases: the words before it are lowercase and a name follows within three words.
    /// </summary>
    private bool JoinsRoleWords(int t, int end)
    {
        var before = view.TextOf(t - 1);
        if (before.Length == 0 || !char.IsLower(before[0]))
        {
            return false;
        }
        for (var k = t + 1; k < Math.Min(end, t + 5); k++)
        {
            var text = view.TextOf(k);
            if (text.Length == 0 || view.IsPunct(k) || StopsNp(k) || view.IsAny(k, ["the", "a", "an", "his", "her", "its", "their"]))
            {
                return false;
            }
            if (char.IsUpper(text[0]))
            {
                return k > t + 1;
            }
        }
        return false;
    }

    private bool IsTimeWord(int t) => view.IsAny(t,
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight",
        "last", "earlier", "late", "recently",
    ]);

    // ---- reported speech ---------------------------------------------------------------------

    private void FindIndirect()
    {
        var inQuote = new bool[view.Count];
        foreach (var q in _quotes)
        {
            var (first, end) = view.TokensIn(TextSpan.FromBounds(Math.Max(0, q.OpenMark), q.CloseMark >= 0 ? q.CloseMark + 1 : q.Content.End));
            for (var t = first; t < end; t++)
            {
                inQuote[t] = true;
            }
        }
        foreach (var sentence in view.Sentences)
        {
            for (var c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (inQuote[c] || _usedCues.Contains(c))
                {
                    continue;
                }
                var found = view.Deps is not null ? FromParse(c, sentence) : null;
                found ??= IsCue(c, out var verb) ? FromSurface(c, verb, sentence) : null;
                found ??= AccordingTo(c, sentence);
                if (found is not { } candidate)
                {
                    continue;
                }
                var (first, end) = view.TokensIn(candidate.Span);
                var clash = false;
                for (var t = first; t < end && !clash; t++)
                {
                    clash = inQuote[t];
                }
                if (clash || end - first < 3)
                {
                    continue;
                }
                _indirect.Add((candidate, sentence.Paragraph));
                _usedCues.Add(c);
            }
        }
    }

    private QuoteCandidate? AccordingTo(int c, Sentence sentence)
    {
        if (!view.Is(c, "according") || !view.Is(c + 1, "to"))
        {
            return null;
        }
        var end = sentence.EndToken;
        var source = NpAfter(c + 2, end);
        if (source is null)
        {
            return null;
        }
        var cue = view.SpanOf(c, c + 2);
        var afterSource = view.TokenAt(source.Value.End);
        var opensClause = c == sentence.FirstToken || view.IsAny(c - 1, [".", ";", ":"]) || view.IsQuoteMark(c - 1);
        if (opensClause && !view.Is(afterSource, ",") && CommaAfterLongSource(c + 2, end) is var comma and > 0)
        {
            // "According to Afghan Ambassador to the United States Hamdullah Mohib, ...": the source runs to the comma.
            source = view.SpanOf(c + 2, comma);
            afterSource = comma;
        }
        if (opensClause && view.Is(afterSource, ","))
        {
            var content = Content(afterSource + 1, end);
            return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, "according to", source, null, 0, "indirect:according-to");
        }
        if (opensClause && ClauseStartsAt(afterSource, end, weak: false))
        {
            // "According to Rathbun the property was returned by mail": no comma after the source.
            var content = Content(afterSource, end);
            return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, "according to", source, null, 0, "indirect:according-to");
        }
        if (opensClause && view.Deps is { } deps && deps.HeadOf(c) is var sourceHead and > 0 && deps.RelationOf(sourceHead) == "obl")
        {
            // "According to the Saudi Interior Ministry over 345 pilgrims have been killed": no comma, and the words after
            // the source do not open a clause by themselves; the parse tells where the source's phrase ends.
            var (_, hi) = SubtreeBounds(sourceHead, sentence);
            var from = hi + 1;
            if (from - (c + 2) <= 12 && from + 3 < end && !view.IsPunct(from))
            {
                var content = Content(from, end);
                return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, "according to", view.SpanOf(c + 2, from), null, 0, "indirect:according-to-parse");
            }
        }
        if (c > sentence.FirstToken && view.Is(c - 1, ","))
        {
            var content = Content(sentence.FirstToken, c - 1);
            return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, "according to", source, null, 0, "indirect:according-to");
        }
        return null;
    }

    /// <summary>The comma that ends a source of up to twelve words with no verb in it, or -1.</summary>
    private int CommaAfterLongSource(int from, int end)
    {
        for (var t = from; t < Math.Min(end, from + 12); t++)
        {
            if (view.Is(t, ","))
            {
                return t > from ? t : -1;
            }
            if (view.IsPunct(t) && !view.Is(t, ".") && !view.Is(t, "-") || view.Pos is { } pos && pos.UposOf(t) is Upos.VERB or Upos.AUX)
            {
                return -1;
            }
        }
        return -1;
    }

    private QuoteCandidate? FromSurface(int c, ReportingVerb verb, Sentence sentence)
    {
        var s0 = sentence.FirstToken;
        var end = sentence.EndToken;
        var weak = (verb.Flags & ReportingVerbFlags.Weak) != 0;
        if (view.TextOf(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return null; // "..., arguing that" / "calling it": a participle, its speaker is elsewhere
        }
        var cue = view.Tokens.SpanOf(c);
        var speaker = NpBefore(s0, c, requireReach: false);
        // "CLAUSE, said X." — inverted attribution after the reported clause.
        if (c > s0 + 2 && view.Is(c - 1, ",") && (verb.Flags & ReportingVerbFlags.Medium) == 0)
        {
            var after = NpAfter(c + 1, end);
            if (ParentheticalAttribution(c, verb, sentence) is { } parenthetical)
            {
                return parenthetical;
            }
            if (after is not null && RestIsAdjunct(view.TokenAt(after.Value.End), end) && !InfinitiveAt(view.TokenAt(after.Value.End), end))
            {
                // (Not before an infinitive, a complement of the verb: "Sudan, which depends on the Nile, urged both countries to
                // show restraint" is no "CLAUSE, urged X".)
                var content = Content(s0, c - 1);
                return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, verb.Lemma, after, null, 0, "indirect:clause-said-x");
            }
        }
        if (speaker is null)
        {
            return null;
        }
        var speakerFirst = view.TokenAt(speaker.Value.Start);
        // "CLAUSE, X said (on Saturday)." — the attribution closes the sentence. (Not "CLAUSE, a charge Washington denies": the
        // verb of a relative clause on a noun that sums the clause up; Washington denies it, it does not say it.)
        if (speakerFirst > s0 + 2 && view.Is(speakerFirst - 1, ",") && RestIsAdjunct(c + 1, end)
            && !(view.Deps is { } deps && deps.RelationOf(c).StartsWith("acl", StringComparison.Ordinal) && deps.HeadOf(c) is var noun
                && noun >= speakerFirst && noun < c && view.Pos?.UposOf(noun) == Upos.NOUN))
        {
            var content = Content(s0, speakerFirst - 1);
            return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, verb.Lemma, speaker, null, 0, "indirect:clause-x-said");
        }
        // "X said (that) CLAUSE", "X told Y (that) CLAUSE".
        var j = c + 1;
        TextSpan? addressee = null;
        if ((verb.Flags & ReportingVerbFlags.Addressee) != 0 && !view.Is(j, "that"))
        {
            addressee = NpAfter(j, end);
            if (addressee is not null)
            {
                j = view.TokenAt(addressee.Value.End);
            }
        }
        for (var k = j; k < Math.Min(end, j + 7); k++)
        {
            if (view.Is(k, "that") && k > j && view.Pos is { } tags && tags.UposOf(k) == Upos.PRON && tags.UposOf(k - 1) is Upos.NOUN)
            {
                break; // "said, in a symbolic move that underscored ...": a relative pronoun after a noun, no complementizer
            }
            if (view.Is(k, "that"))
            {
                var content = Content(k + 1, end);
                return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, verb.Lemma, speaker, addressee, 0, "indirect:said-that");
            }
            if (view.IsPunct(k) && !view.Is(k, ",") || IsCue(k, out _))
            {
                break;
            }
        }
        if (ClauseStartsAt(j, end, weak))
        {
            var content = Content(j, end);
            return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, verb.Lemma, speaker, addressee, 0, "indirect:said-clause");
        }
        return null;
    }

    /// <summary>
    /// "Institutional recipients, said Mauer, are required to exhibit ...", "The deal, said the minister, was a disaster",
    /// "The army, he said, would withdraw": an attribution set in commas inside the clause it reports; the content is the
    /// whole sentence. Null otherwise.
    /// </summary>
    private QuoteCandidate? ParentheticalAttribution(int c, ReportingVerb verb, Sentence sentence)
    {
        var s0 = sentence.FirstToken;
        var end = sentence.EndToken;
        if (c <= s0 + 1 || (verb.Flags & (ReportingVerbFlags.Weak | ReportingVerbFlags.Medium)) != 0)
        {
            return null;
        }
        if (!view.Is(c - 1, ","))
        {
            // "The army, he said, would withdraw": the speaker between the first comma and the cue.
            var open = c - 1;
            while (open > s0 && c - open <= 4 && !view.Is(open, ","))
            {
                open--;
            }
            if (!view.Is(open, ",") || open == c - 1 || !view.Is(c + 1, ",") || !ClauseContinues(c + 2, end)
                || NpBefore(open + 1, c, requireReach: true) is not { } before)
            {
                return null;
            }
            var whole = Content(s0, end);
            return whole is null ? null : new QuoteCandidate(whole.Value, sentence.Index, QuoteKind.Indirect, view.Tokens.SpanOf(c), verb.Lemma, before, null, 0, "indirect:parenthetical-x-said");
        }
        var speaker = NpAfter(c + 1, end);
        if (speaker is null)
        {
            return null;
        }
        var comma = view.TokenAt(speaker.Value.End);
        if (!view.Is(comma, ",") || comma - c > 6 || !ClauseContinues(comma + 1, end))
        {
            return null;
        }
        var content = Content(s0, end);
        return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, view.Tokens.SpanOf(c), verb.Lemma, speaker, null, 0, "indirect:parenthetical-said-x");
    }

    /// <summary>A finite verb follows within a few words: the reported clause goes on after a parenthetical attribution.</summary>
    private bool ClauseContinues(int from, int end)
    {
        if (view.Pos is not { } pos)
        {
            return false;
        }
        for (var t = from; t < Math.Min(end, from + 4); t++)
        {
            if (pos.UposOf(t) is Upos.VERB or Upos.AUX && pos.XposOf(t) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
            if (view.IsPunct(t))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Only a short adjunct ("on Saturday", "in a statement") remains before the sentence end.</summary>
    private bool InfinitiveAt(int t, int end) =>
        t + 1 < end && view.Is(t, "to") && view.Pos is { } pos && pos.XposOf(t + 1) == "VB";

    private bool RestIsAdjunct(int from, int end)
    {
        // "CLAUSE, South Korea's military said, in a symbolic move that underscored rising tensions": a phrase set off by a
        // comma after the cue and led by a preposition is an adjunct of the whole, however long.
        if (from + 1 < end && view.Is(from, ",") && view.Pos is { } pos && pos.UposOf(from + 1) == Upos.ADP && !view.Is(from + 1, "that"))
        {
            var clean = true;
            for (var t = from + 1; t < end && clean; t++)
            {
                clean = !view.IsQuoteMark(t); // (a cue inside it is of its own relative clause: "a move that underscored ...")
            }
            if (clean)
            {
                return true;
            }
        }
        var words = 0;
        for (var t = from; t < end; t++)
        {
            if (view.IsQuoteMark(t) || view.Is(t, "that") || IsCue(t, out _))
            {
                return false;
            }
            if (!view.IsPunct(t))
            {
                words++;
            }
        }
        return words <= 5;
    }

    private bool ClauseStartsAt(int j, int end, bool weak)
    {
        if (j >= end)
        {
            return false;
        }
        if (view.IsAny(j, SubjectPronouns) && j + 1 < end && !view.IsPunct(j + 1))
        {
            return view.Pos is null || view.Pos.UposOf(j) == Upos.PRON;
        }
        if (weak)
        {
            return false;
        }
        if (view.Pos is { } pos)
        {
            var u = pos.UposOf(j);
            if (u is not (Upos.PROPN or Upos.NOUN or Upos.DET or Upos.NUM or Upos.ADJ))
            {
                return false;
            }
            for (var k = j + 1; k < Math.Min(end, j + 7); k++)
            {
                if (pos.UposOf(k) is Upos.VERB or Upos.AUX)
                {
                    // "Mikati condemned the attacks and urged ...": a verb right after "and" is the cue's own clause going
                    // on, so the noun phrase before it is the cue's object, no reported clause.
                    return !(pos.UposOf(k - 1) == Upos.CCONJ || pos.UposOf(k - 1) == Upos.ADV && k - 2 > j && pos.UposOf(k - 2) == Upos.CCONJ);
                }
                if (pos.UposOf(k) == Upos.PUNCT)
                {
                    return false;
                }
            }
            return false;
        }
        if (!view.IsCapitalized(j) && !view.IsAny(j, ["the", "a", "an", "his", "her", "their", "its", "some", "many", "most"]))
        {
            return false;
        }
        for (var k = j + 1; k < Math.Min(end, j + 7); k++)
        {
            if (view.IsPunct(k) || view.IsAny(k, NpStopWords) && !view.IsAny(k, ["told", "said"]))
            {
                return false;
            }
            if (view.IsAny(k, FiniteWords))
            {
                return true;
            }
            var text = view.TextOf(k);
            if (char.IsLower(text[0]) && text.Length > 3 && text.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private TextSpan? Content(int first, int end)
    {
        while (first < end && view.Dateline.Length > 0 && view.Start(first) < view.Dateline.End)
        {
            first++; // reported speech starts after the dateline
        }
        while (end > first && (view.IsPunct(end - 1) || view.Is(end - 1, ",")))
        {
            end--;
        }
        while (first < end && view.IsPunct(first))
        {
            first++;
        }
        return end - first >= 3 ? view.SpanOf(first, end) : null;
    }

    private QuoteCandidate? FromParse(int c, Sentence sentence)
    {
        var deps = view.Deps!;
        if (!IsCue(c, out var verb))
        {
            return null;
        }
        if (ParentheticalAttribution(c, verb, sentence) is { } parenthetical)
        {
            return parenthetical; // the parse makes the clause's subject the cue's ("The deal, said the minister, was ...")
        }
        int ccomp = -1, subject = -1, obj = -1;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (deps.HeadOf(t) != c)
            {
                continue;
            }
            var rel = deps.RelationOf(t);
            if (rel is "ccomp" && ccomp < 0 && !RelativeClauseParsedAsComplement(t, sentence))
            {
                ccomp = t;
            }
            else if (rel.StartsWith("nsubj", StringComparison.Ordinal) && subject < 0)
            {
                subject = t;
            }
            else if (rel is "obj" or "iobj" && obj < 0)
            {
                obj = t;
            }
        }
        if (subject >= 0 && view.IsAny(subject, RelativePronouns))
        {
            // "Washington, which claims ...": the speaker is the antecedent right before the pronoun (the word, not
            // the parser's attachment of the relative clause, which is often wrong); no noun there, no speaker.
            var before = view.Is(subject - 1, ",") ? subject - 2 : subject - 1;
            subject = before >= sentence.FirstToken && view.Pos is { } pos && pos.UposOf(before) is Upos.PROPN or Upos.NOUN
                ? -2 - before
                : -1;
        }
        if (subject == -1 && (verb.Flags & ReportingVerbFlags.Weak) == 0 && !view.TextOf(c).EndsWith("ing", StringComparison.Ordinal))
        {
            // "Zuckerberg tweeted to Mohamed and said the boy was welcome": the first verb's subject speaks (not for weak
            // cues such as "continue" or "think", nor a participle).
            subject = SharedSubjectToken(c);
        }
        TextSpan? speaker = subject >= 0 ? Subtree(subject, sentence) : subject <= -2 ? LeftPhrase(-2 - subject, sentence) : null;
        TextSpan? addressee = obj >= 0 && (verb.Flags & ReportingVerbFlags.Addressee) != 0 ? Subtree(obj, sentence) : null;
        var cue = view.Tokens.SpanOf(c);
        if (ccomp >= 0 && speaker is not null)
        {
            var (lo, hi) = SubtreeBounds(ccomp, sentence);
            while (lo < hi && (view.Is(lo, "that") || view.IsPunct(lo)))
            {
                lo++;
            }
            var content = Content(lo, hi + 1);
            return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, verb.Lemma, speaker, addressee, 0, "parse:ccomp");
        }
        var head = deps.HeadOf(c);
        if (head >= 0 && deps.RelationOf(c) == "advcl" && speaker is not null && (verb.Flags & ReportingVerbFlags.Weak) == 0 && HasMarkAs(c, sentence))
        {
            // "As Heald told The Huffington Post, US surface ozone has dropped ...": the main clause is what was said.
            var (_, cueHi) = SubtreeBounds(c, sentence);
            var from = cueHi + 1;
            while (from < sentence.EndToken && view.IsPunct(from))
            {
                from++;
            }
            if (from > view.TokenAt(speaker.Value.End) && from < sentence.EndToken)
            {
                var content = Content(from, sentence.EndToken);
                return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, verb.Lemma, speaker, addressee, 0, "parse:as-cue");
            }
        }
        if (head >= 0 && deps.RelationOf(c) == "parataxis" && speaker is not null)
        {
            var (cueLo, _) = SubtreeBounds(c, sentence);
            var content = Content(sentence.FirstToken, cueLo);
            return content is null ? null : new QuoteCandidate(content.Value, sentence.Index, QuoteKind.Indirect, cue, verb.Lemma, speaker, addressee, 0, "parse:parataxis");
        }
        return null;
    }

    /// <summary>
    /// A complement clause whose subject is "that" or "which" right after a noun: a relative clause the parser hung on the
    /// cue ("..., South Korea's military said, in a symbolic move that underscored rising tensions" quoted "underscored
    /// rising tensions").
    /// </summary>
    private bool RelativeClauseParsedAsComplement(int clause, Sentence sentence)
    {
        var deps = view.Deps!;
        for (var t = sentence.FirstToken; t < clause; t++)
        {
            if (deps.HeadOf(t) == clause && deps.RelationOf(t).StartsWith("nsubj", StringComparison.Ordinal) && view.IsAny(t, ["that", "which"])
                && t > sentence.FirstToken && view.Pos is { } pos && pos.UposOf(t - 1) is Upos.NOUN or Upos.PROPN)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The verb's clause opens with "as" ("As Heald told The Huffington Post").</summary>
    private bool HasMarkAs(int verb, Sentence sentence)
    {
        var deps = view.Deps!;
        for (var t = sentence.FirstToken; t < verb; t++)
        {
            if (deps.HeadOf(t) == verb && deps.RelationOf(t) == "mark" && view.Is(t, "as"))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] TimeNouns =
        ["week", "weeks", "month", "months", "year", "years", "day", "days", "hour", "hours", "time", "weekend", "decade", "decades"];

    /// <summary>
    /// The speaker phrase as it should be reported, or null when it cannot be a speaker (found by reading VOA output):
    /// a leading clause word goes ("that experts think", "what he called"); a phrase with no noun or pronoun ("seldom criticized") or ending in a time noun ("a week ... think") speaks for no
    /// one; a long subject is cut at its first comma ("Solo's mayor, aware that people ...").
    /// </summary>
    private TextSpan? CleanSpeaker(TextSpan speaker)
    {
        var (first, end) = view.TokensIn(speaker);
        if (first >= end)
        {
            return null;
        }
        if (view.IsAny(first, ["that", "how", "what", "why", "when", "where", "whether", "whatever"]) && end - first > 1)
        {
            first++; // "that experts think", "what he called": the clause word is not part of who speaks
        }
        if (view.Pos is { } pos)
        {
            var nominal = false;
            for (var t = first; t < end && !nominal; t++)
            {
                // A capitalised word inside the sentence is a name whatever its tag ("…,” Water said, with "Water" a verb).
                nominal = pos.UposOf(t) is Upos.NOUN or Upos.PROPN or Upos.PRON || view.IsCapitalized(t) && view.SentenceStartToken(t) != t;
            }
            // "the young professional": a determiner and an adjective the tagger took for the noun still name someone.
            if (!nominal && !(view.IsAny(first, ["the", "a", "an", "this", "that"]) && pos.UposOf(end - 1) == Upos.ADJ))
            {
                return null;
            }
        }
        if (view.IsAny(end - 1, TimeNouns))
        {
            return null;
        }
        if (end - first > 6)
        {
            // Comma-separated parts: a later part that is only a name ("the leader of the movement, Florence Ozor"), else
            // the first with a name, else the first with a noun ("However, ..., business owner
            // Michelle Takahashi, who is ..." is Takahashi; "Solo's mayor, aware that ..." is the mayor).
            (int First, int End)? nameOnly = null, withName = null, withNoun = null;
            for (var (start, t) = (first, first); t <= end; t++)
            {
                if (t < end && !view.Is(t, ","))
                {
                    continue;
                }
                if (t > start && start == first && IsName(start, t))
                {
                    nameOnly = (-1, -1); // the phrase opens with a name: that is who speaks, not a later name-like part
                }
                else if (t > start && start > first && IsName(start, t))
                {
                    nameOnly ??= (start, t); // "the leader of the movement, Florence Ozor, said": the name in apposition
                }
                if (t > start)
                {
                    for (var k = start; k < t; k++)
                    {
                        var u = view.Pos?.UposOf(k);
                        if (u == Upos.PROPN || view.Pos is null && view.IsCapitalized(k) && k > start)
                        {
                            withName ??= (start, t);
                        }
                        if (u is Upos.NOUN or Upos.PRON)
                        {
                            withNoun ??= (start, t);
                        }
                    }
                }
                start = t + 1;
            }
            if (nameOnly is (-1, -1))
            {
                nameOnly = null;
            }
            if ((nameOnly ?? withName ?? withNoun) is { } part && part.End - part.First < end - first)
            {
                (first, end) = part;
            }
        }
        return view.SpanOf(first, end);
    }

    /// <summary>A noun and its dependents to its left ("Turkey's foreign ministry"), without what follows it.</summary>
    private TextSpan LeftPhrase(int noun, Sentence sentence)
    {
        var deps = view.Deps!;
        var lo = noun;
        for (var t = noun - 1; t >= sentence.FirstToken; t--)
        {
            var h = t;
            for (var guard = 0; h >= 0 && h != noun && guard < 64; guard++)
            {
                h = deps.HeadOf(h);
            }
            if (h != noun || deps.HeadOf(t) == noun && deps.RelationOf(t) is not ("det" or "amod" or "compound" or "nmod:poss" or "flat" or "nummod" or "punct"))
            {
                break;
            }
            lo = t;
        }
        return view.SpanOf(lo, noun + 1);
    }

    private TextSpan Subtree(int root, Sentence sentence)
    {
        var (lo, hi) = SubtreeBounds(root, sentence);
        return view.SpanOf(lo, hi + 1);
    }

    private (int Lo, int Hi) SubtreeBounds(int root, Sentence sentence)
    {
        var deps = view.Deps!;
        int lo = root, hi = root;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var h = t;
            for (var guard = 0; h >= 0 && h != root && guard < 64; guard++)
            {
                h = deps.HeadOf(h);
            }
            if (h == root)
            {
                lo = Math.Min(lo, t);
                hi = Math.Max(hi, t);
            }
        }
        while (hi > lo && view.IsPunct(hi))
        {
            hi--;
        }
        return (lo, hi);
    }

    // ---- inheritance -------------------------------------------------------------------------

    private void Inherit()
    {
        // Parts of one quotation share its attribution.
        foreach (var q in _quotes)
        {
            if (q.Attribution is not null)
            {
                continue;
            }
            foreach (var other in _quotes)
            {
                if (other.Chain == q.Chain && other.Attribution is { } a && other != q)
                {
                    q.Attribution = a with { Rule = "chain:" + a.Rule };
                    break;
                }
            }
        }
        for (var i = 0; i < _quotes.Count; i++)
        {
            var q = _quotes[i];
            if (q.Attribution is not null)
            {
                continue;
            }
            q.Attribution = PreviousInParagraph(q, i) ?? NextInParagraph(q, i) ?? PreviousParagraph(q) ?? NextParagraph(q);
        }
    }

    private Attribution? PreviousInParagraph(Work q, int index)
    {
        Attribution? best = null;
        var bestStart = -1;
        // A partial quote sits in the writer's own sentence: with no cue there it continues only a speaker of the
        // sentence before, not one named paragraphs of narrative earlier (news feeds often come as one paragraph).
        var earliest = q.Kind == QuoteKind.Partial ? q.Sentence - 1 : int.MinValue;
        for (var i = index - 1; i >= 0; i--)
        {
            var other = _quotes[i];
            if (other.Paragraph != q.Paragraph || other.Sentence < earliest)
            {
                break;
            }
            if (other.Attribution is { Speaker: not null } a)
            {
                best = a with { Addressee = null, Rule = "inherit:previous-quote" };
                bestStart = other.Content.Start;
                break;
            }
        }
        foreach (var (candidate, paragraph) in _indirect)
        {
            if (paragraph == q.Paragraph && candidate.Span.Start < q.Content.Start && candidate.Span.Start > bestStart && candidate.Speaker is not null &&
                candidate.Sentence >= earliest)
            {
                best = new Attribution(candidate.Cue, candidate.CueLemma, candidate.Speaker, null, "inherit:reported-speech", -1);
                bestStart = candidate.Span.Start;
            }
        }
        return best;
    }

    private Attribution? NextInParagraph(Work q, int index)
    {
        var latest = q.Kind == QuoteKind.Partial ? q.Sentence + 1 : int.MaxValue; // as in PreviousInParagraph
        for (var i = index + 1; i < _quotes.Count && _quotes[i].Paragraph == q.Paragraph && _quotes[i].Sentence <= latest; i++)
        {
            if (_quotes[i].Attribution is { Speaker: not null } a && !a.Rule.StartsWith("inherit", StringComparison.Ordinal))
            {
                return a with { Addressee = null, Rule = "inherit:next-quote" };
            }
        }
        return null;
    }

    /// <summary>A quote paragraph whose speaker was named in the previous paragraph ("X said:" or X's last quote).</summary>
    private Attribution? PreviousParagraph(Work q)
    {
        if (q.Paragraph == 0 || q.OpenMark != paragraphs.Spans[q.Paragraph].Start)
        {
            return null;
        }
        var previous = q.Paragraph - 1;
        Attribution? last = null;
        foreach (var other in _quotes)
        {
            if (other.Paragraph == previous && other.Attribution is { Speaker: not null } a)
            {
                last = a with { Addressee = null, Rule = "inherit:previous-paragraph" };
            }
        }
        foreach (var (candidate, paragraph) in _indirect)
        {
            if (paragraph == previous && candidate.Speaker is not null && last is null)
            {
                last = new Attribution(candidate.Cue, candidate.CueLemma, candidate.Speaker, null, "inherit:previous-paragraph", -1);
            }
        }
        if (last is not null)
        {
            return last;
        }
        // "Lavrov told reporters:" closing the previous paragraph.
        var lastToken = view.TokenAt(paragraphs.Spans[previous].End - 1);
        if (view.Is(lastToken, ":"))
        {
            var s0 = view.SentenceStartToken(lastToken);
            for (var c = lastToken - 1; c >= s0 && c >= lastToken - 8; c--)
            {
                if (IsCue(c, out var verb) && NpBefore(s0, c, requireReach: false) is { } speaker)
                {
                    var addressee = (verb.Flags & ReportingVerbFlags.Addressee) != 0 ? NpAfter(c + 1, lastToken) : null;
                    return new Attribution(view.Tokens.SpanOf(c), verb.Lemma, speaker, addressee, "previous-paragraph:colon", c);
                }
            }
        }
        return null;
    }

    /// <summary>A quote paragraph followed by a paragraph that opens with its attribution ("X said." / "That was X's message").</summary>
    private Attribution? NextParagraph(Work q)
    {
        var next = q.Paragraph + 1;
        if (next >= paragraphs.Count || q.OpenMark != paragraphs.Spans[q.Paragraph].Start)
        {
            return null;
        }
        var first = view.TokenAt(paragraphs.Spans[next].Start);
        if (first >= view.Count || view.IsQuoteMark(first))
        {
            return null;
        }
        var end = view.SentenceEndToken(first);
        for (var c = first + 1; c < Math.Min(end, first + 8); c++)
        {
            if (IsCue(c, out var verb) && NpBefore(first, c, requireReach: true) is { } speaker && RestIsAdjunct(c + 1, end))
            {
                return new Attribution(view.Tokens.SpanOf(c), verb.Lemma, speaker, null, "next-paragraph", c);
            }
        }
        return null;
    }
}
