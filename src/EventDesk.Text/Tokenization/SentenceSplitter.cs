namespace EventDesk.Text.Tokenization;

/// <summary>
/// Finds sentence ends among the tokens of one paragraph. A sentence never crosses a paragraph
/// because it is only ever asked about one. Stateless and thread-safe.
/// </summary>
internal static class SentenceSplitter
{
    private enum Ending : byte
    {
        None,
        Period,       // .
        Terminal,     // ! ? and runs like ?! or !!!
        Ellipsis,     // ... or …
        MayBeFinal,   // Inc. etc. U.S.
        NeverFinal,   // Mr. Gen. Jan. e.g. initials, list numbers
    }

    /// <summary>Appends the sentences of tokens <c>[first, end)</c> (one paragraph) to the columns.</summary>
    public static void Split(ReadOnlySpan<char> text, IntBuffer starts, IntBuffer ends, int first, int end, int paragraph, SentenceColumns output)
    {
        var sentenceFirst = first;
        for (var t = first; t < end; t++)
        {
            var ending = Classify(text.Slice(starts[t], ends[t] - starts[t]));
            if (ending is Ending.None or Ending.NeverFinal)
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
                output.Add(starts[sentenceFirst], ends[next - 1], sentenceFirst, next - sentenceFirst, paragraph);
                sentenceFirst = next;
            }
            t = next - 1;
        }
        if (sentenceFirst < end)
        {
            output.Add(starts[sentenceFirst], ends[end - 1], sentenceFirst, end - sentenceFirst, paragraph);
        }
    }

    private static Ending Classify(ReadOnlySpan<char> token)
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

    private static bool IsCloser(ReadOnlySpan<char> text, IntBuffer starts, IntBuffer ends, int index)
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
        return c is '"' or '\'' or '’' && starts[index] == ends[index - 1];
    }

    private static bool IsFootnote(ReadOnlySpan<char> text, IntBuffer starts, IntBuffer ends, int index)
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
