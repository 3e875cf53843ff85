using System.Buffers;
using System.Collections.Frozen;

namespace EventDesk.Text.Tokenization;

/// <summary>
/// Finds sentence ends among the tokens of one paragraph. A sentence never crosses a paragraph
/// because it is only ever asked about one. The rules mark the boundaries punctuation shows;
/// then, when a <see cref="SentenceBoundaryModel"/> is given, the learned classifier decides
/// at every candidate gap (with the rules' decision as one of its features), inside hard
/// constraints the rules keep: nothing splits before a comma or a closing quote or bracket,
/// after an opening one, after a title or an initial, or between a closing quote and a
/// lowercase word (<c>“..., ” he said.</c> stays whole). Stateless and thread-safe.
/// </summary>
internal static class SentenceSplitter
{
    internal enum Ending : byte
    {
        None,
        Period,       // .
        Terminal,     // ! ? and runs like ?! or !!!
        Ellipsis,     // ... or …
        MayBeFinal,   // Inc. etc. U.S.
        NeverFinal,   // Mr. Gen. Jan. e.g. initials, list numbers
    }

    private const int StackGaps = 512;

    /// <summary>Appends the sentences of tokens <c>[first, end)</c> (one paragraph) to the columns.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int end, int paragraph,
        SentenceBoundaryModel? model, SentenceColumns output)
    {
        var gaps = end - first - 1;
        if (gaps <= 0)
        {
            output.Add(starts[first], ends[end - 1], first, end - first, paragraph);
            return;
        }
        byte[]? rented = null;
        var marks = gaps <= StackGaps ? stackalloc byte[StackGaps] : (rented = ArrayPool<byte>.Shared.Rent(gaps));
        marks = marks[..gaps];
        marks.Clear();
        RuleMarks(text, starts, ends, first, end, marks);
        if (model is not null)
        {
            var decider = new ModelDecider(model);
            Decide(text, starts, ends, first, end, marks, model.Lexicon, ref decider);
        }
        var sentenceFirst = first;
        for (var g = 0; g < gaps; g++)
        {
            if (marks[g] != 0)
            {
                var last = first + g;
                output.Add(starts[sentenceFirst], ends[last], sentenceFirst, last + 1 - sentenceFirst, paragraph);
                sentenceFirst = last + 1;
            }
        }
        output.Add(starts[sentenceFirst], ends[end - 1], sentenceFirst, end - sentenceFirst, paragraph);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Marks <c>marks[t - first] = 1</c> for every gap after token <c>t</c> where the punctuation
    /// rules end a sentence. <paramref name="marks"/> holds one entry per gap and starts cleared.
    /// </summary>
    public static void RuleMarks(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int end, Span<byte> marks)
    {
        for (var t = first; t < end; t++)
        {
            var ending = Classify(text.Slice(starts[t], ends[t] - starts[t]));
            if (ending is Ending.None or Ending.NeverFinal || (ending == Ending.Period && IsListLabelPeriod(text, starts, ends, first, t)))
            {
                continue;
            }
            var next = t + 1;
            while (next < end && IsCloser(text, starts, ends, next))
            {
                next++; // closing quotes and brackets belong to the sentence they close
            }
            var closed = next > t + 1;
            while (next + 2 < end && IsFootnote(text, starts, ends, next))
            {
                next += 3; // "... in 1951. [11] In 24 games": the reference mark ends the sentence
            }
            if (next >= end)
            {
                break;
            }
            if (BreaksBefore(ending, closed, text.Slice(starts[next], ends[next] - starts[next])))
            {
                marks[next - 1 - first] = 1;
            }
            t = next - 1;
        }
    }

    /// <summary>
    /// Replaces the rule marks of one paragraph by the decider's decisions, left to right, at the
    /// candidate gaps that the hard constraints leave open. Shared by the tokenizer and the trainer
    /// (a struct type argument, so the call is specialised and inlined rather than virtual).
    /// </summary>
    public static void Decide<TDecider>(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int end,
        Span<byte> marks, WordLexicon lexicon, ref TDecider decider)
        where TDecider : struct, IGapDecider
    {
        var cache = default(BoundaryFeatures.TokenCache);
        var clause = default(BoundaryFeatures.ClauseState);
        Span<int> features = stackalloc int[BoundaryFeatures.MaxFeatures];
        var sentenceFirst = first;
        var state = default(BoundaryFeatures.PairState);
        for (var t = first; t < end - 1; t++)
        {
            state.Update(text, starts, ends, first, t);
            var rule = marks[t - first] != 0;
            var gate = GateOf(text, starts, ends, first, t, rule, state);
            bool split;
            if (gate != Gate.Classifier)
            {
                split = gate == Gate.Split;
            }
            else
            {
                var count = BoundaryFeatures.Extract(text, starts, ends, first, end, t, rule, t - sentenceFirst, state, lexicon, ref cache, ref clause, features, decider.Mask);
                split = decider.Decide(features[..count], rule, t);
            }
            marks[t - first] = split ? (byte)1 : (byte)0;
            if (split)
            {
                sentenceFirst = t + 1;
            }
        }
    }

    internal enum Gate : byte
    {
        NoSplit,
        Split,
        Classifier,
    }

    /// <summary>Whether the gap after token <paramref name="t"/> is decided by a hard constraint or left to the classifier.</summary>
    internal static Gate GateOf(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t, bool rule,
        in BoundaryFeatures.PairState state)
    {
        var ending = EndingBefore(text, starts, ends, first, t);
        if (rule && IsHardYes(ending, text[starts[t + 1]]))
        {
            return Gate.Split;
        }
        if (char.IsUpper(text[starts[t + 1]]) && PlatformX(text, starts, ends, first, t))
        {
            return Gate.Split; // "in a post on X. Ecuador's Foreign Ministry ...": the network's name, then the sentence's period
        }
        if (rule)
        {
            return IsHardNo(text, starts, ends, first, t) ? Gate.NoSplit : Gate.Classifier;
        }
        // Inside a quotation, after an abbreviation such as "U.S." ("U.S. Homeland Security") and
        // after a dateline only the rules end a sentence: news text must not lose its quotes and names.
        if (state.InQuote || (ending == Ending.MayBeFinal && IsDottedAbbreviation(text, starts, ends, first, t)) || !IsCandidate(text, starts, ends, t) ||
            IsHardNo(text, starts, ends, first, t) || IsAfterDateline(text, starts, ends, first, t) || InsideName(text, starts, ends, first, t)
            || InsideCapitalsHead(text, starts, ends, first, t) || BeforeBodyOfName(text, starts, ends, t) || BeforeNameHe(text, starts, ends, first, t))
        {
            return Gate.NoSplit;
        }
        return Gate.Classifier;
    }

    /// <summary>
    /// Gaps where no sentence may end whatever the classifier says: before a comma, colon,
    /// semicolon, percent sign or a closing quote/bracket; after an opening quote/bracket; after a
    /// title, month, initial or list number (<c>Mr.</c>, <c>W.</c>, <c>1.</c>); and between a
    /// closing quote and a lowercase word (the speaker of a quotation).
    /// </summary>
    internal static bool IsHardNo(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        var next = t + 1;
        var b = text[starts[next]];
        if (b is ',' or ')' or ']' or '}' or '%' || (b is ';' or ':' && ends[next] - starts[next] == 1) || IsCloser(text, starts, ends, next))
        {
            return true;
        }
        var aToken = text.Slice(starts[t], ends[t] - starts[t]);
        var a = aToken[0];
        if (aToken.Length == 1)
        {
            if (a is '“' or '‘' or '(' or '[' or '{' or '«')
            {
                return true;
            }
            if (a is '"' or '\'' && starts[next] == ends[t] && (t == first || starts[t] > ends[t - 1]))
            {
                return true; // an opening straight quote glued to the word it opens
            }
        }
        if (char.IsLower(b) && t > first && IsCloser(text, starts, ends, t) && !char.IsLetterOrDigit(a))
        {
            return true; // ”, he said
        }
        return aToken[^1] == '.' && (Classify(aToken) == Ending.NeverFinal || (aToken.Length == 1 && IsListLabelPeriod(text, starts, ends, first, t)));
    }

    /// <summary>
    /// "called the tariff an act of aggression in a post on X. Ecuador's Foreign Ministry recalled ...": the token "X." after "on" or
    /// "to" is the social network, no initial.
    /// </summary>
    private static bool PlatformX(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        if (t <= first || !text.Slice(starts[t], ends[t] - starts[t]).SequenceEqual("X."))
        {
            return false;
        }
        var before = text.Slice(starts[t - 1], ends[t - 1] - starts[t - 1]);
        return before.Equals("on", StringComparison.OrdinalIgnoreCase) || before.Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The period of a list number that opens an item (<c>? 2. I'm getting ready</c>,
    /// <c>the following: 1. Is a tank mate</c>): a number of one or two digits glued to a bare
    /// period right after a sentence end or a colon, or a section number (<c>2.1.</c>) opening the
    /// paragraph. The item starts there; it does not end.
    /// </summary>
    internal static bool IsListLabelPeriod(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        var number = t - 1;
        if (number < first || ends[t] - starts[t] != 1 || text[starts[t]] != '.' || starts[t] != ends[number])
        {
            return false;
        }
        var label = text.Slice(starts[number], ends[number] - starts[number]);
        if (number == first)
        {
            // A section number opening the paragraph: "2. Methods", "2.1. New Institutional Economics".
            return label.Length <= 6 && IsSectionNumber(label) && (label.Length <= 3 || label.Contains('.'));
        }
        if (label.Length > 2 || !char.IsAsciiDigit(label[0]) || !char.IsAsciiDigit(label[^1]))
        {
            return false;
        }
        // After a sentence end or a colon; not after "No." ("ranked No. 2. The team ...").
        var k = number - 1;
        while (k > first && IsCloser(text, starts, ends, k))
        {
            k--;
        }
        var before = text.Slice(starts[k], ends[k] - starts[k]);
        return before is ":" || (before[^1] is '.' or '!' or '?' or '…' && Classify(before) != Ending.NeverFinal);
    }

    /// <summary>Digits, or digit groups joined by single periods (<c>2</c>, <c>2.1</c>, <c>4.1.3</c>).</summary>
    private static bool IsSectionNumber(ReadOnlySpan<char> label)
    {
        if (!char.IsAsciiDigit(label[0]) || !char.IsAsciiDigit(label[^1]))
        {
            return false;
        }
        for (var i = 1; i < label.Length; i++)
        {
            if (!char.IsAsciiDigit(label[i]) && !(label[i] == '.' && label[i - 1] != '.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Rule boundaries the classifier may not remove, so that edited news text keeps its
    /// sentences: a bare <c>.</c>, <c>!</c> or <c>?</c> (with its closing quotes and brackets)
    /// before a capitalised word, a digit or an opening quote, and <c>Inc.</c>/<c>U.S.</c> before
    /// a listed sentence starter (the rules require one).
    /// </summary>
    private static bool IsHardYes(Ending ending, char next) =>
        ending == Ending.MayBeFinal ||
        (ending is Ending.Period or Ending.Terminal && (char.IsUpper(next) || char.IsDigit(next) || next is '“' or '"' or '‘'));

    /// <summary>How the token before the gap after <paramref name="t"/> ends, looking through closing quotes and brackets.</summary>
    private static Ending EndingBefore(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        var k = t;
        while (k > first && IsCloser(text, starts, ends, k))
        {
            k--;
        }
        var token = text.Slice(starts[k], ends[k] - starts[k]);
        var last = token[^1];
        return last is '.' or '!' or '?' or '…' ? Classify(token) : Ending.None;
    }

    /// <summary>True when the gap follows a letter-dot abbreviation such as <c>U.S.</c> or <c>D.C.</c>, which news writes before names.</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        var k = t;
        while (k > first && IsCloser(text, starts, ends, k))
        {
            k--;
        }
        var token = text.Slice(starts[k], ends[k] - starts[k]);
        return token.Length > 2 && token[..^1].Contains('.');
    }

    /// <summary>
    /// The dash after a dateline at the start of a paragraph (<c>MARANCHON, SPAIN —</c>,
    /// <c>TEHRAN (AFP) -</c>): the dateline belongs to the first sentence.
    /// </summary>
    internal static bool IsAfterDateline(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        if (t - first > 10 || t == first)
        {
            return false;
        }
        // (Also the gap before the dash: "GUAYAQUIL, Ecuador, Jan 10 (Reuters) | - Ecuador's President" was split there.)
        var dash = text.Slice(starts[t], ends[t] - starts[t]);
        var next = t + 1 < starts.Length ? text.Slice(starts[t + 1], ends[t + 1] - starts[t + 1]) : default;
        if (dash is not ("—" or "–" or "-" or "--") && !(dash is ")" && next is "—" or "–" or "-" or "--"))
        {
            return false;
        }
        return IsCapitalsWord(text.Slice(starts[first], ends[first] - starts[first]));
    }

    /// <summary>A word in capitals, as a dateline's place is written: "KABUL", "U.S.", "ABU", "AVIV/KHAN".</summary>
    private static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c is not ('/' or '-' or '.' or '\''))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Gaps the classifier looks at when the rules did not split: after punctuation or a symbol,
    /// or before anything but a lowercase word. Two lowercase words in a row (most gaps) are
    /// left alone, which keeps the classifier off the hot path.
    /// </summary>
    /// <summary>
    /// "Human Rights | Watch said ...": with no punctuation, a gap between the second and third of three capitalised words
    /// that open a paragraph (or follow a dateline's dash), a lowercase word after them, is inside a name, not a sentence end.
    /// </summary>
    private static bool InsideName(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        // (At the start of a paragraph or right after a dateline's dash only: web text runs titles and sign-offs together elsewhere.)
        // (Also right after a full stop: "... Denmark. National Security | Adviser Mike Waltz".)
        // (The dash may be doubled: "CAIRO (AP) -- Human Rights | Watch on Tuesday accused".)
        if (t + 2 >= starts.Length || t < first + 1 || t != first + 1 && !(t >= first + 2
            && (ends[t - 2] - starts[t - 2] == 1 && text[starts[t - 2]] is '—' or '–' or '-' or '.' || text.Slice(starts[t - 2], ends[t - 2] - starts[t - 2]) is "--")))
        {
            return false;
        }
        // (Or an office's last word whatever follows: "Denmark. National Security | Adviser Mike Waltz ... took part.")
        // (After a full stop only an office: "Countering China | Though he ..." under a subheading is two sentences.)
        var afterStop = t != first + 1 && text[starts[t - 2]] == '.';
        var office = OfficeEnds.Contains(text.Slice(starts[t + 1], ends[t + 1] - starts[t + 1]).ToString());
        return IsTitleWord(text, starts, ends, t - 1) && IsTitleWord(text, starts, ends, t) && IsTitleWord(text, starts, ends, t + 1)
            && (office || !afterStop && char.IsLower(text[starts[t + 2]]))
            && !SentenceOpeners.Contains(text.Slice(starts[t + 1], ends[t + 1] - starts[t + 1]).ToString());
    }

    /// <summary>
    /// "He was 22. Greater Manchester | Police said they had arrested a man": a capitalised word before the last word of a body's
    /// name (Police, Army, Court ...) with no punctuation between them is one name, not the end of a sentence.
    /// </summary>
    private static bool BeforeBodyOfName(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (t + 1 >= starts.Length || !IsTitleWord(text, starts, ends, t))
        {
            return false;
        }
        return BodyEnds.Contains(text.Slice(starts[t + 1], ends[t + 1] - starts[t + 1]));
    }

    /// <summary>
    /// "Vice Premier | He Lifeng met", "Vice Premier Liu | He signed": "He" after an office, or after the name that follows one, is
    /// a Chinese name (the surname He, the given name of Liu He), not a new sentence without its full stop.
    /// </summary>
    private static bool BeforeNameHe(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        if (t + 1 >= starts.Length || text.Slice(starts[t + 1], ends[t + 1] - starts[t + 1]) is not "He" || !IsTitleWord(text, starts, ends, t))
        {
            return false;
        }
        return OfficeWordsBeforeName.Contains(text.Slice(starts[t], ends[t] - starts[t]))
            || t > first && IsTitleWord(text, starts, ends, t - 1) && OfficeWordsBeforeName.Contains(text.Slice(starts[t - 1], ends[t - 1] - starts[t - 1]));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeWordsBeforeName = new[]
    {
        "Premier", "President", "Minister", "Secretary", "Chairman", "Chairwoman", "Ambassador", "Envoy", "Governor", "Mayor", "General",
        "Director", "Councillor", "Councilor", "Commissioner", "Representative", "Spokesman", "Spokeswoman", "Spokesperson", "Adviser",
        "Advisor", "Admiral", "Colonel", "Professor", "Dr", "Mr", "Ms", "Mrs", "Vice-Premier",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyEnds = new[]
    {
        "Police", "Army", "Navy", "Forces", "Guard", "Corps", "Constabulary", "Court", "Parliament", "Assembly", "Congress", "Senate",
        "Commission", "Authority", "Ministry", "Party", "Front", "Council", "Committee", "Agency", "Department", "Office", "Service",
        "Command", "Government", "Administration",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "TEL | AVIV/KHAN YOUNIS, Oct 13 (Reuters) -": words in capitals that open a paragraph are one place (a dateline's) or
    /// one heading, never two sentences.
    /// </summary>
    private static bool InsideCapitalsHead(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int t)
    {
        if (t - first > 3 || t + 1 >= starts.Length)
        {
            return false;
        }
        for (var k = first; k <= t + 1; k++)
        {
            if (!IsCapitalsWord(text.Slice(starts[k], ends[k] - starts[k])))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> OfficeEnds = new(StringComparer.Ordinal)
    {
        "Adviser", "Advisor", "Minister", "Secretary", "Director", "Officer", "Commissioner", "Representative", "Envoy", "Ambassador",
        "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Council", "Committee", "Agency", "Ministry", "Department",
    };

    // Words that open a sentence after a title or a signature run together with it ("Poor Service After firing ...").
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "They", "We", "It", "He", "She", "You", "Let", "What", "Not", "After", "When", "If",
        "My", "Our", "Please", "Thanks", "Thank", "Hi", "Hello", "There", "Here", "In", "On", "At", "For", "But", "And", "So", "Best",
        "Happened", "Just", "Great", "Very", "Had", "Have", "Was", "Is", "Are", "Do", "Did", "Went", "Got", "Love", "Loved",
    };

    private static bool IsTitleWord(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        var word = text.Slice(starts[t], ends[t] - starts[t]);
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }
        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsCandidate(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        var a = text[ends[t] - 1];
        var b = text[starts[t + 1]];
        // Long tokens (URLs, file names, addresses) often stand alone as a "sentence" in web text.
        return !char.IsLetterOrDigit(a) || !char.IsLower(b) || ends[t] - starts[t] > 15 || ends[t + 1] - starts[t + 1] > 15;
    }

    internal static Ending Classify(ReadOnlySpan<char> token)
    {
        var last = token[^1];
        if (last is not ('.' or '!' or '?' or '…'))
        {
            return Ending.None;
        }
        var allPunctuation = true;
        var hasBang = false;
        foreach (var c in token)
        {
            if (c is '!' or '?')
            {
                hasBang = true;
            }
            else if (c is not ('.' or '…'))
            {
                allPunctuation = false;
                break;
            }
        }
        if (allPunctuation)
        {
            return hasBang ? Ending.Terminal : token is "." ? Ending.Period : Ending.Ellipsis;
        }
        if (last != '.')
        {
            return Ending.None;
        }
        var core = token[..^1];
        var kind = Abbreviations.Lookup(core);
        if (kind == Abbreviations.Kind.NeverFinal || core.Length == 1 || char.IsAsciiDigit(core[0]))
        {
            return Ending.NeverFinal;
        }
        return Ending.MayBeFinal;
    }

    internal static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int index)
    {
        var token = text.Slice(starts[index], ends[index] - starts[index]);
        var c = token[0];
        if (token.Length > 2 || (token.Length == 2 && token[1] != c))
        {
            return false;
        }
        if (c is ')' or ']' or '}' or '”' or '»' or '›')
        {
            return true;
        }
        // A straight quote or apostrophe closes when it is glued to what precedes it: `"Go." He`.
        return c is '"' or '\'' or '’' && index > 0 && starts[index] == ends[index - 1];
    }

    private static bool IsFootnote(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int index)
    {
        if (text[starts[index]] != '[' || ends[index] - starts[index] != 1 || text[starts[index + 2]] != ']')
        {
            return false;
        }
        var inner = text.Slice(starts[index + 1], ends[index + 1] - starts[index + 1]);
        if (inner.Length > 3)
        {
            return false;
        }
        foreach (var c in inner)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool BreaksBefore(Ending ending, bool closed, ReadOnlySpan<char> next)
    {
        var c = next[0];
        switch (ending)
        {
            case Ending.Period or Ending.Terminal:
                // A lowercase word after a bare period still starts a sentence in web text ("... minutes. make it"),
                // but not after a closing quote ("Why?" he asked) or after ! and ? ("wow! that's").
                if (char.IsLower(c))
                {
                    return ending == Ending.Period && !closed;
                }
                return c is not (',' or ';' or ':' or ')' or ']' or '}' or '.' or '!' or '?' or '%' or '-');
            case Ending.Ellipsis:
                return char.IsUpper(c) || IsOpener(c);
            case Ending.MayBeFinal:
                return Abbreviations.IsSentenceStarter(next) || c is '“' or '"';
            default:
                return false;
        }
    }

    private static bool IsOpener(char c) => c is '“' or '"' or '‘' or '(' or '[' or '«';
}

/// <summary>Decides one candidate gap from its features. Implemented by structs (inference, training).</summary>
internal interface IGapDecider
{
    /// <summary>The feature index mask (table size - 1) of the weights consulted.</summary>
    int Mask { get; }

    /// <summary>True when a sentence ends after token <paramref name="token"/>.</summary>
    bool Decide(ReadOnlySpan<int> features, bool rule, int token);
}

/// <summary>Scores a gap with a trained model and compares with its threshold. Thread-safe (reads only).</summary>
internal readonly struct ModelDecider(SentenceBoundaryModel model) : IGapDecider
{
    private readonly short[] _quanta = model.Quanta;

    // Thresholds in int16 units, so that the score is an exact integer sum.
    private readonly float _keep = model.KeepThreshold / model.Scale;
    private readonly float _add = model.AddThreshold / model.Scale;

    public int Mask => _quanta.Length - 1;

    public bool Decide(ReadOnlySpan<int> features, bool rule, int token)
    {
        var quanta = _quanta;
        var score = 0;
        foreach (var f in features)
        {
            score += quanta[f];
        }
        return score > (rule ? _keep : _add);
    }
}

/// <summary>The growing sentence columns of one document. Not thread-safe; one per Annotate call.</summary>
internal sealed class SentenceColumns : IDisposable
{
    public IntBuffer Starts { get; } = new(64);
    public IntBuffer Ends { get; } = new(64);
    public IntBuffer FirstTokens { get; } = new(64);
    public IntBuffer TokenCounts { get; } = new(64);
    public IntBuffer Paragraphs { get; } = new(64);

    public void Add(int start, int end, int firstToken, int tokenCount, int paragraph)
    {
        Starts.Add(start);
        Ends.Add(end);
        FirstTokens.Add(firstToken);
        TokenCounts.Add(tokenCount);
        Paragraphs.Add(paragraph);
    }

    public SentenceLayer ToLayer() =>
        new(Starts.ToArray(), Ends.ToArray(), FirstTokens.ToArray(), TokenCounts.ToArray(), Paragraphs.ToArray());

    public void Dispose()
    {
        Starts.Dispose();
        Ends.Dispose();
        FirstTokens.Dispose();
        TokenCounts.Dispose();
        Paragraphs.Dispose();
    }
}
