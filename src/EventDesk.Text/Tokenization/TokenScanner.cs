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

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>Appends the tokens of <c>text[start..end)</c>, a run of non-space characters.</summary>
    public static void ScanChunk(ReadOnlySpan<char> text, int start, int end, bool paragraphStart, IntBuffer starts, IntBuffer ends)
    {
        if (IsEmoticon(text[start..end]))
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
        var right = TrailingStart(text, left, end, paragraphStart && left == start);
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
                if (char.IsAsciiDigit(next))
                {
                    return 0; // "'90s"
                }
                return next == c ? 2 : 1;
            case '`':
                return RunLength(text, i, end, '`');
            case '!' or '?':
                return BangRunLength(text, i, end);
            default:
                if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
                {
                    return 2;
                }
                return 1;
        }
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
            var c = text[i];
            var n = c switch
            {
                '.' or '-' or '`' => RunLength(text, i, end, c),
                '!' or '?' => BangRunLength(text, i, end),
                '\'' or '’' when i + 1 < end && text[i + 1] == c => 2,
                _ when char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) => 2,
                _ => 1,
            };
            Emit(i, i + n, starts, ends);
            i += n;
        }
    }

    /// <summary>Where the trailing punctuation of the chunk begins (scanning backwards).</summary>
    private static int TrailingStart(ReadOnlySpan<char> text, int left, int end, bool paragraphStart)
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
                if (KeepsFinalPeriod(text[left..(right - 1)], paragraphStart))
                {
                    break;
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

    private static bool IsPhoneGroup(ReadOnlySpan<char> text, int pieceStart, int hyphen, int right)
    {
        var leftDigits = 0;
        for (var k = hyphen - 1; k >= pieceStart && char.IsAsciiDigit(text[k]); k--)
        {
            leftDigits++;
        }
        if (leftDigits != 3 || hyphen - leftDigits != pieceStart)
        {
            return false;
        }
        var rightDigits = 0;
        for (var k = hyphen + 1; k < right && char.IsAsciiDigit(text[k]); k++)
        {
            rightDigits++;
        }
        return rightDigits == 4 || (rightDigits == 3 && hyphen + 4 < right && text[hyphen + 4] == '-');
    }

    /// <summary>Emits a word, splitting UD English clitics: n't, 's, 'm, 'd, 're, 've, 'll, can|not, gon|na.</summary>
    private static void EmitWord(ReadOnlySpan<char> text, int start, int end, IntBuffer starts, IntBuffer ends)
    {
        var word = text[start..end];
        var n = word.Length;
        if (n >= 4 && (word[n - 3] is 'n' or 'N') && IsApostrophe(word[n - 2]) && (word[n - 1] is 't' or 'T') && char.IsLetter(word[n - 4]))
        {
            Emit(start, end - 3, starts, ends);
            Emit(end - 3, end, starts, ends);
            return;
        }
        if (n >= 3 && IsApostrophe(word[n - 2]) && (word[n - 1] is 's' or 'S' or 'm' or 'M' or 'd' or 'D') && char.IsLetter(word[n - 3]))
        {
            Emit(start, end - 2, starts, ends);
            Emit(end - 2, end, starts, ends);
            return;
        }
        if (n >= 4 && IsApostrophe(word[n - 3]) && char.IsLetter(word[n - 4]) && IsTwoLetterClitic(word[(n - 2)..]))
        {
            Emit(start, end - 3, starts, ends);
            Emit(end - 3, end, starts, ends);
            return;
        }
        if (n == 6 && word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            Emit(start, start + 3, starts, ends);
            Emit(start + 3, end, starts, ends);
            return;
        }
        if (n == 5 && (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || word.Equals("gotta", StringComparison.OrdinalIgnoreCase) || word.Equals("gimme", StringComparison.OrdinalIgnoreCase)
            || word.Equals("lemme", StringComparison.OrdinalIgnoreCase)))
        {
            Emit(start, start + 3, starts, ends);
            Emit(start + 3, end, starts, ends);
            return;
        }
        Emit(start, end, starts, ends);
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
