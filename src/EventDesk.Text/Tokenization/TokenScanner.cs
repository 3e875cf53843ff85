using System.Buffers;
using System.Globalization;

namespace EventDesk.Text.Tokenization;

/// <summary>
/// Splits one whitespace-free chunk of text into UD English (EWT/GUM) tokens and appends their
/// character bounds to the output columns. Stateless and thread-safe; it never allocates.
/// </summary>
/// <remarks>
/// The tokens are UD <em>syntactic words</em>: "don't" gives [do][n't], "Moscow's" gives
/// [Moscow]['s], "cannot" gives [can][not], because the tagger and parser consume words. They are
/// still character spans of the unmodified text, since UD English words partition the surface
/// token ("do" + "n't" = "don't").
/// </remarks>
internal static class TokenScanner
{
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Punctuation that is always its own token when it appears inside a chunk.
    private static readonly SearchValues<char> AlwaysSplit =
        SearchValues.Create("()[]{}\"“”‘«»‹›„‚;!?%…–—―*<>|¿¡•·");

    private static readonly SearchValues<char> UrlTrailing = SearchValues.Create(".,;:!?\"'”’)]>»}");

    /// <summary>Characters that end a paragraph: news files put one paragraph per line.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\f\v\u0085");

    public static bool IsSpace(char c) =>
        c <= ' ' || (c >= '\u007F' && (c <= '\u00A0' || char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F'));

    /// <summary>Letters, digits, combining marks, surrogates (never split a pair) and joiners.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < '\u0080')
        {
            return AsciiWordChars.Contains(c);
        }
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            || c is '\u200C' or '\u200D' or '\u00AD';
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsCliticApostrophe(char c) => c is '\'' or '’' or '`';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>Appends the tokens of <c>text[start..end)</c>, a run of non-space characters.</summary>
    public static void ScanChunk(ReadOnlySpan<char> text, int start, int end, int lineEnd, bool paragraphStart, IntBuffer starts, IntBuffer ends)
    {
        if (IsEmoticon(text[start..end]) || IsListLabel(text[start..end]))
        {
            Emit(start, end, starts, ends);
            return;
        }
        var left = start;
        while (left < end && !IsWordChar(text[left]))
        {
            var n = LeadingLength(text, left, end);
            if (n == 0)
            {
                break;
            }
            Emit(left, left + n, starts, ends);
            left += n;
        }
        if (left == end)
        {
            return;
        }
        var url = UrlLength(text, left, end);
        if (url > 0)
        {
            Emit(left, left + url, starts, ends);
            EmitPunctuationRun(text, left + url, end, starts, ends);
            return;
        }
        var right = TrailingStart(text, left, end, lineEnd, paragraphStart && left == start);
        SplitCore(text, left, right, starts, ends);
        EmitPunctuationRun(text, right, end, starts, ends);
    }

    private static void Emit(int start, int end, IntBuffer starts, IntBuffer ends)
    {
        starts.Add(start);
        ends.Add(end);
    }

    /// <summary>The length of the punctuation token at <paramref name="i"/>, or 0 when it starts the word.</summary>
    private static int LeadingLength(ReadOnlySpan<char> text, int i, int end)
    {
        var c = text[i];
        var next = i + 1 < end ? text[i + 1] : '\0';
        switch (c)
        {
            case '.':
                if (char.IsAsciiDigit(next))
                {
                    return 0; // ".5"
                }
                return RunLength(text, i, end, '.');
            case '-' or '−':
                if (char.IsAsciiDigit(next))
                {
                    return 0; // "-5"
                }
                return RunLength(text, i, end, c);
            case '\'' or '’':
                if (char.IsAsciiDigit(next) || IsCliticAt(text, i, end))
                {
                    return 0; // "'90s", a detached "'s"
                }
                return next == c ? 2 : 1;
            case '+':
                return char.IsAsciiDigit(next) ? 0 : RunLength(text, i, end, c); // "+44"
            default:
                return PunctuationLength(text, i, end);
        }
    }

    /// <summary>"'s", "'re", "n't"... standing alone, as in text already split UD-style.</summary>
    private static bool IsCliticAt(ReadOnlySpan<char> text, int i, int end)
    {
        var rest = text[(i + 1)..end];
        var n = 0;
        while (n < rest.Length && char.IsLetter(rest[n]))
        {
            n++;
        }
        if (n < rest.Length && IsWordChar(rest[n]))
        {
            return false;
        }
        var word = rest[..n];
        return word is "s" or "S" or "m" or "d" or "re" or "ve" or "ll" or "t";
    }

    // Characters whose runs are one token: "...", "!!", "--", "**", "==", "__", ">>", "~~".
    private static readonly SearchValues<char> RunChars = SearchValues.Create(".-*=_+<>~#^|/`•");

    /// <summary>The length of the punctuation token at <paramref name="i"/>: a run, a quote pair, a surrogate pair or one char.</summary>
    private static int PunctuationLength(ReadOnlySpan<char> text, int i, int end)
    {
        var c = text[i];
        var next = i + 1 < end ? text[i + 1] : '\0';
        if (c == '.')
        {
            var n = RunLength(text, i, end, '.');
            return i + n < end && text[i + n] is '!' or '?' ? n + BangRunLength(text, i + n, end) : n; // ".?" is one token
        }
        if (c is '!' or '?')
        {
            return BangRunLength(text, i, end);
        }
        if (RunChars.Contains(c))
        {
            return RunLength(text, i, end, c);
        }
        if ((c is '\'' or '’' or '‘' or '”' or '“') && next == c)
        {
            return 2;
        }
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
        {
            return 2;
        }
        return 1;
    }

    private static int RunLength(ReadOnlySpan<char> text, int i, int end, char c)
    {
        var j = i + 1;
        while (j < end && text[j] == c)
        {
            j++;
        }
        return j - i;
    }

    private static int BangRunLength(ReadOnlySpan<char> text, int i, int end)
    {
        var j = i + 1;
        while (j < end && text[j] is '!' or '?')
        {
            j++;
        }
        return j - i;
    }

    /// <summary>Emits the punctuation in <c>[i, end)</c>, grouping "...", "!!", "?!", "--" and "''".</summary>
    private static void EmitPunctuationRun(ReadOnlySpan<char> text, int i, int end, IntBuffer starts, IntBuffer ends)
    {
        while (i < end)
        {
            var n = PunctuationLength(text, i, end);
            Emit(i, i + n, starts, ends);
            i += n;
        }
    }

    /// <summary>Where the trailing punctuation of the chunk begins (scanning backwards).</summary>
    private static int TrailingStart(ReadOnlySpan<char> text, int left, int end, int lineEnd, bool paragraphStart)
    {
        var right = end;
        while (right > left)
        {
            var c = text[right - 1];
            if (IsWordChar(c))
            {
                break;
            }
            if (c == '.')
            {
                var d = right - 1;
                while (d > left && text[d - 1] == '.')
                {
                    d--;
                }
                if (right - d >= 2)
                {
                    right = d; // an ellipsis run is one token
                    continue;
                }
                if (KeepsFinalPeriod(text[left..(right - 1)], paragraphStart)
                    && !PeriodEndsSentence(text, left, right - 1, end, lineEnd))
                {
                    break;
                }
                if (right - 1 > left && text[right - 2] is '!' or '?')
                {
                    // "!." stays one punctuation token with the bangs before it
                    right--;
                    while (right > left && text[right - 1] is '!' or '?')
                    {
                        right--;
                    }
                    continue;
                }
                right--;
                continue;
            }
            if (IsHyphen(c) && right - 2 >= left && IsWordChar(text[right - 2]))
            {
                break; // "pre-" in "pre- and post-war", a cut-off word "th-": the hyphen stays
            }
            right--;
        }
        return right;
    }

    /// <summary>
    /// UD writes a sentence-final "etc." as "etc" + "." (the period ends the sentence) and "No." is
    /// only the number sign before a number. Looks at what follows the chunk on the same line.
    /// </summary>
    private static bool PeriodEndsSentence(ReadOnlySpan<char> text, int left, int period, int end, int lineEnd)
    {
        var core = text[left..period];
        var isNumberSign = core is "No" or "no" or "Nos" or "nos";
        if (Abbreviations.Lookup(core) != Abbreviations.Kind.MayBeFinal && !isNumberSign)
        {
            return false;
        }
        if (period + 1 < end)
        {
            return !isNumberSign && text[period + 1] is not (',' or ';' or ':' or ')');
        }
        var next = end;
        while (next < lineEnd && IsSpace(text[next]))
        {
            next++;
        }
        if (next >= lineEnd)
        {
            return true;
        }
        if (isNumberSign)
        {
            return !char.IsAsciiDigit(text[next]) && text[next] != '#';
        }
        var wordEnd = next;
        while (wordEnd < lineEnd && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return Abbreviations.IsSentenceStarter(text[next..wordEnd]);
    }

    /// <summary>True when "core." is one token: an abbreviation, an initial or a list number.</summary>
    internal static bool KeepsFinalPeriod(ReadOnlySpan<char> core, bool paragraphStart)
    {
        if (core.IsEmpty)
        {
            return false;
        }
        if (Abbreviations.Lookup(core) != Abbreviations.Kind.None)
        {
            return true;
        }
        if (core.Length == 1)
        {
            return char.IsLetter(core[0]);
        }
        if (IsLetterDotPattern(core))
        {
            return true;
        }
        if (paragraphStart && core.Length <= 3)
        {
            foreach (var c in core)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /// <summary>"U.S", "a.m", "Ph.D", "e.g": short letter groups joined by periods.</summary>
    internal static bool IsLetterDotPattern(ReadOnlySpan<char> core)
    {
        var sawDot = false;
        var group = 0;
        foreach (var c in core)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }
                sawDot = true;
                group = 0;
            }
            else if (char.IsLetter(c))
            {
                if (++group > 2)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }
        return sawDot && group > 0;
    }

    /// <summary>Splits the word part of a chunk at hyphens, slashes and inner punctuation, then clitics.</summary>
    private static void SplitCore(ReadOnlySpan<char> text, int left, int right, IntBuffer starts, IntBuffer ends)
    {
        var pieceStart = left;
        for (var i = left; i < right; i++)
        {
            var c = text[i];
            if (IsWordChar(c) || IsApostrophe(c))
            {
                continue;
            }
            int split; // length of the punctuation token to cut out at i; 0 keeps the character in the word
            switch (c)
            {
                case '.':
                    split = i + 1 < right && text[i + 1] == '.' ? RunLength(text, i, right, '.') : 0;
                    break;
                case '-' or '‐' or '‑':
                    split = HyphenSplit(text, pieceStart, i, left, right);
                    break;
                case ',':
                    split = IsThousandsComma(text, i, pieceStart, right) ? 0 : 1;
                    break;
                case ':':
                    split = i > pieceStart && char.IsAsciiDigit(text[i - 1]) && i + 1 < right && char.IsAsciiDigit(text[i + 1]) ? 0 : 1;
                    break;
                case '/':
                    split = i > pieceStart && char.IsAsciiDigit(text[i - 1]) && i + 1 < right && char.IsAsciiDigit(text[i + 1]) ? 0 : 1;
                    break;
                case '!' or '?':
                    split = BangRunLength(text, i, right);
                    break;
                case '*' or '<' or '>' or '|' or '•':
                    split = PunctuationLength(text, i, right);
                    break;
                default:
                    split = AlwaysSplit.Contains(c) || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol ? 1 : 0;
                    break;
            }
            if (split == 0)
            {
                continue;
            }
            if (i > pieceStart)
            {
                EmitWord(text, pieceStart, i, starts, ends);
            }
            Emit(i, i + split, starts, ends);
            pieceStart = i + split;
            i += split - 1;
        }
        if (right > pieceStart)
        {
            EmitWord(text, pieceStart, right, starts, ends);
        }
    }

    /// <summary>"1,000": a comma after a digit and before exactly three digits.</summary>
    private static bool IsThousandsComma(ReadOnlySpan<char> text, int i, int pieceStart, int right)
    {
        if (i == pieceStart || !char.IsAsciiDigit(text[i - 1]) || i + 3 >= right)
        {
            return false;
        }
        if (!char.IsAsciiDigit(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]))
        {
            return false;
        }
        return i + 4 >= right || !char.IsAsciiDigit(text[i + 4]);
    }

    /// <summary>
    /// UD English splits hyphenated compounds ("war - hit") but keeps prefixes ("non-violent",
    /// "e-mail") and phone numbers ("713-853-3989"). Returns the length of the token to cut.
    /// </summary>
    private static int HyphenSplit(ReadOnlySpan<char> text, int pieceStart, int i, int left, int right)
    {
        var run = 1;
        while (i + run < right && IsHyphen(text[i + run]))
        {
            run++;
        }
        if (run > 1)
        {
            return run; // "--"
        }
        if (i + 1 >= right)
        {
            return 0; // trailing hyphen of a cut-off word
        }
        if (i == pieceStart)
        {
            return i == left && char.IsAsciiDigit(text[i + 1]) ? 0 : 1;
        }
        var before = text[pieceStart..i];
        if (char.IsLetter(text[i + 1]) && Abbreviations.IsHyphenPrefix(before))
        {
            return 0;
        }
        if (IsPhoneGroup(text, pieceStart, i, right))
        {
            return 0;
        }
        return 1;
    }

    /// <summary>"713-853-3989", "1-800-991-9019", "345-9945": digit groups that form a phone number stay one token.</summary>
    private static bool IsPhoneGroup(ReadOnlySpan<char> text, int pieceStart, int hyphen, int right)
    {
        if (!char.IsAsciiDigit(text[hyphen - 1]) || !char.IsAsciiDigit(text[hyphen + 1]))
        {
            return false;
        }
        var from = hyphen;
        while (from > pieceStart && (char.IsAsciiDigit(text[from - 1]) || text[from - 1] == '-'))
        {
            from--;
        }
        var to = hyphen;
        while (to < right && (char.IsAsciiDigit(text[to]) || text[to] == '-'))
        {
            to++;
        }
        if ((from > pieceStart && char.IsLetter(text[from - 1])) || (to < right && char.IsLetter(text[to])))
        {
            return false;
        }
        int groups = 0, length = 0, firstLength = 0, lastLength = 0;
        for (var k = from; k <= to; k++)
        {
            if (k == to || text[k] == '-')
            {
                if (length == 0)
                {
                    return false;
                }
                groups++;
                firstLength = groups == 1 ? length : firstLength;
                lastLength = length;
                length = 0;
            }
            else
            {
                length++;
            }
        }
        return lastLength == 4 && (groups >= 3 || firstLength == 3);
    }

    /// <summary>Emits a word, splitting UD English clitics: n't, 's, 'm, 'd, 're, 've, 'll, can|not, gon|na.</summary>
    private static void EmitWord(ReadOnlySpan<char> text, int start, int end, IntBuffer starts, IntBuffer ends)
    {
        var word = text[start..end];
        var n = word.Length;
        if (n >= 4 && (word[n - 3] is 'n' or 'N') && IsCliticApostrophe(word[n - 2]) && (word[n - 1] is 't' or 'T') && char.IsLetter(word[n - 4]))
        {
            Emit(start, end - 3, starts, ends);
            Emit(end - 3, end, starts, ends);
            return;
        }
        if (n >= 3 && IsCliticApostrophe(word[n - 2]) && (word[n - 1] is 's' or 'S' or 'm' or 'M' or 'd' or 'D') && char.IsLetter(word[n - 3]))
        {
            Emit(start, end - 2, starts, ends);
            Emit(end - 2, end, starts, ends);
            return;
        }
        if (n >= 4 && IsCliticApostrophe(word[n - 3]) && char.IsLetter(word[n - 4]) && IsTwoLetterClitic(word[(n - 2)..]))
        {
            Emit(start, end - 3, starts, ends);
            Emit(end - 3, end, starts, ends);
            return;
        }
        var cut = Abbreviations.ContractionSplit(word);
        if (cut > 0)
        {
            Emit(start, start + cut, starts, ends);
            Emit(start + cut, end, starts, ends);
            return;
        }
        cut = UnitSplit(word);
        if (cut > 0)
        {
            Emit(start, start + cut, starts, ends);
            Emit(start + cut, end, starts, ends);
            return;
        }
        Emit(start, end, starts, ends);
    }

    /// <summary>"5pm" -> "5" "pm", "35mm" -> "35" "mm", "$5m" -> "5" "m": UD splits a number from its unit.</summary>
    private static int UnitSplit(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiDigit(word[0]))
        {
            return 0;
        }
        var digits = 1;
        while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || (word[digits] is '.' or ':' or ',' && digits + 1 < word.Length && char.IsAsciiDigit(word[digits + 1]))))
        {
            digits++;
        }
        return digits < word.Length && Abbreviations.IsUnit(word[digits..]) ? digits : 0;
    }

    /// <summary>"(a)", "(1)", "(iv)": an enumeration label is one token.</summary>
    private static bool IsListLabel(ReadOnlySpan<char> s)
    {
        if (s.Length is < 3 or > 5 || s[0] != '(' || s[^1] != ')')
        {
            return false;
        }
        var inner = s[1..^1];
        if (inner.Length == 1)
        {
            return char.IsAsciiLetterLower(inner[0]) || char.IsAsciiDigit(inner[0]);
        }
        foreach (var c in inner)
        {
            if (c is not ('i' or 'v' or 'x'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsTwoLetterClitic(ReadOnlySpan<char> s) =>
        s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase)
        || s.Equals("ll", StringComparison.OrdinalIgnoreCase);

    /// <summary>The length of a URL or e-mail address starting at <paramref name="i"/>, or 0.</summary>
    private static int UrlLength(ReadOnlySpan<char> text, int i, int end)
    {
        var s = text[i..end];
        var isUrl = s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        if (!isUrl)
        {
            var at = s.IndexOf('@');
            if (at <= 0 || at + 1 >= s.Length || !IsWordChar(s[at - 1]) || !IsWordChar(s[at + 1]))
            {
                return 0;
            }
            var dot = s[(at + 1)..].IndexOf('.');
            if (dot < 0 || at + 1 + dot + 1 >= s.Length || !char.IsLetter(s[at + 1 + dot + 1]))
            {
                return 0;
            }
        }
        var length = s.Length;
        var opens = s.Count('(');
        var closes = s.Count(')');
        while (length > 0 && UrlTrailing.Contains(s[length - 1]))
        {
            if (s[length - 1] == ')' && closes <= opens)
            {
                break;
            }
            if (s[length - 1] == ')')
            {
                closes--;
            }
            length--;
        }
        return length;
    }

    private static bool IsEmoticon(ReadOnlySpan<char> s) =>
        s.Length is >= 2 and <= 3 && (s[0] is ':' or ';' or '=') &&
        (s.SequenceEqual(":)") || s.SequenceEqual(":-)") || s.SequenceEqual(":(") || s.SequenceEqual(":-(")
         || s.SequenceEqual(";)") || s.SequenceEqual(";-)") || s.SequenceEqual(":D") || s.SequenceEqual(":-D")
         || s.SequenceEqual(":P") || s.SequenceEqual(":p") || s.SequenceEqual(":/") || s.SequenceEqual("=)"));
}
