using System.Collections.Immutable;
using System.Collections.Frozen;

namespace EventDesk.Text.Tokenization;

/// <summary>
/// Recognises the dateline that opens a news story: <c>KABUL:</c>, <c>AT Monitoring Desk-KABUL:</c>,
/// <c>WASHINGTON (Reuters) -</c>, <c>MOSCOW, March 3 (AFP) -</c>, <c>LONDON —</c>,
/// <c>BEIJING, Jan. 5 (Xinhua) --</c>, <c>NEW YORK (AP) —</c>. It reads the text directly, so it
/// needs no other layer, and always adds the layer (<see cref="Dateline.None"/> when there is no
/// dateline). The dateline stays part of the first sentence. Thread-safe (stateless).
/// </summary>
public sealed class DatelineDetector : IAnnotator
{
    private const int MaxHeadLength = 120;

    // All-caps labels that open a story like a place but are not one ("UPDATE: ...").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlaces =
        new[]
        {
            "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "ANALYSIS", "OPINION",
            "EDITORIAL", "FACTBOX", "EXPLAINER", "NOTE", "CORRECTION", "URGENT", "FLASH", "COMMENT", "REVIEW",
            "INTERVIEW", "LIVE", "SUMMARY", "TEXT", "FULL TEXT", "Q", "A", "FAQ", "PS", "RE", "FW", "FWD", "TO", "FROM",
            "SUBJECT", "CC", "DATE", "ATTN", "MEDIA RELEASE", "PRESS RELEASE", "NEWS RELEASE", "RELEASE", "STATEMENT", "PRESS STATEMENT",
            "MEDIA STATEMENT", "JOINT STATEMENT", "COMMUNIQUE", "PRESS BRIEFING", "READOUT", "ADVISORY", "MEDIA ADVISORY", "FOR IMMEDIATE RELEASE",
        }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] MonthPrefixes =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public string Name => "dateline";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [CoreLayers.Dateline];

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The layer is always added; an absent dateline is an empty marker so consumers can tell "looked, none".
        var dateline = Detect(document.Text) ?? Dateline.None;
        var sections = DetectSections(document.Text).RemoveAll(d => d.Span.Start == dateline.Span.Start);
        if (!sections.IsEmpty && dateline.IsPresent && sections[0].Span.Start < dateline.Span.Start)
        {
            // A roundup whose first item has no agency ("KHARTOUM, April 11 -") and whose second has one: the second is
            // one more item, not the story's dateline.
            sections = sections.Add(dateline).Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            dateline = Dateline.None;
        }
        if (!sections.IsEmpty)
        {
            dateline = dateline with { Sections = sections };
        }
        document.Layers.Add(CoreLayers.Dateline, dateline, new LayerProvenance(Name, Version));
    }

    /// <summary>
    /// The datelines that open later paragraphs of a roundup or briefing ("KHARTOUM, April 11 - Sudan's military ...",
    /// "CAMEROON — The Constitutional Council ..."): any line after the first that starts with an all-capitals place and a
    /// dash (a colon is a transcript's speaker, "JAISWAL:"), with its date or agency if any.
    /// </summary>
    public static ImmutableArray<Dateline> DetectSections(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        ImmutableArray<Dateline>.Builder? found = null;
        var i = 0;
        while (i < span.Length)
        {
            var lineBreak = span[i..].IndexOfAny(TokenScanner.LineBreaks);
            if (lineBreak < 0)
            {
                break;
            }
            var start = i + lineBreak;
            while (start < span.Length && TokenScanner.IsSpace(span[start]))
            {
                start++;
            }
            var lineEnd = span[start..].IndexOfAny(TokenScanner.LineBreaks);
            lineEnd = lineEnd < 0 ? span.Length : start + lineEnd;
            var limit = Math.Min(lineEnd, start + MaxHeadLength);
            if (start < span.Length && FindSeparator(span, start, limit, out var sepStart, out var sepEnd) && span[sepStart] is '—' or '–' or '―' or '-'
                && Parse(text, start, sepStart, sepEnd) is { } section && IsPlace(section.Place, strict: true))
            {
                (found ??= ImmutableArray.CreateBuilder<Dateline>()).Add(section);
            }
            i = Math.Max(lineEnd, start + 1);
        }
        return found?.ToImmutable() ?? [];
    }

    /// <summary>Lines after the first that may still open the story (web pages put a title, byline and time above it).</summary>
    private const int MaxHeadLines = 8;

    /// <summary>Characters from the start of the text within which a later line may hold the dateline.</summary>
    private const int MaxHeadOffset = 1500;

    /// <summary>
    /// The dateline at the start of <paramref name="text"/>, or null. When the first line has none, a later line of
    /// the first few (a web page's title, byline and "Updated …" line come first) counts only in the unmistakable
    /// wire forms: an all-capitals place, an agency in parentheses and a dash ("HANOI, Vietnam (AP) —"), or an
    /// all-capitals place, its state or country and a long dash ("ST CATHERINE, Jamaica —"); or, on the second or third
    /// line, any place with a date and an agency or country ("Nairobi, Kenya, Feb 17, 2019 (KNA) -" under a headline).
    /// </summary>
    public static Dateline? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var start = 0;
        var afterByline = false; // "By Karim Haddad" on a line of its own: the story starts on the next line
        for (var line = 0; line <= MaxHeadLines && start < span.Length && start < MaxHeadOffset; line++)
        {
            while (start < span.Length && TokenScanner.IsSpace(span[start]))
            {
                start++;
            }
            var lineEnd = span[start..].IndexOfAny(TokenScanner.LineBreaks);
            lineEnd = lineEnd < 0 ? span.Length : start + lineEnd;
            var limit = Math.Min(lineEnd, start + MaxHeadLength);
            if (line <= 2 && Byline(text, start, lineEnd) is { } byline)
            {
                return byline;
            }
            if ((line == 0 || afterByline) && SlashAgency(text, start, limit) is { } slashed)
            {
                return slashed;
            }
            if ((line == 0 || afterByline) && AgencyAfterDate(text, start, limit) is { } agencyAfterDate)
            {
                return agencyAfterDate;
            }
            if (line <= 4 && PlaceAndDateLine(text, start, lineEnd) is { } placeAndDate)
            {
                return placeAndDate;
            }
            if ((line == 0 || afterByline) && DateClosedByStop(text, start, limit) is { } closedByStop)
            {
                return closedByStop;
            }
            if ((line == 0 || afterByline) && AgencyFirst(text, start, limit) is { } agencyFirst)
            {
                return agencyFirst;
            }
            if (start < span.Length && FindSeparator(span, start, limit, out var sepStart, out var sepEnd)
                && Parse(text, start, sepStart, sepEnd) is { } found
                && (line == 0 || afterByline && IsPlace(found.Place, strict: true) || ((found.Agency is not null && span[sepStart] is '—' or '–' or '―' or '-'
                        // (or a state or country after the place and a long dash: "ST CATHERINE, Jamaica —" under a page's title)
                        || found.Region is { Length: > 0 } && span[sepStart] is '—' or '–' or '―')
                    && IsPlace(found.Place, strict: true))
                    // (or, under a headline, a title-case place with its date and an agency or country: "Kenya recalls envoy to
                    // Somalia over oil blocks row / Nairobi, Kenya, Feb 17, 2019 (KNA) - Kenya has recalled ...")
                    || line <= 2 && found.DateText is not null && (found.Agency is not null || found.Region is { Length: > 0 })
                        && IsPlace(found.Place, strict: false)))
            {
                return found;
            }
            afterByline = line <= 2 && (PlainByline(span[start..lineEnd].TrimEnd()) || PublicationLine(span[start..lineEnd].Trim()));
            start = lineEnd;
        }
        return null;
    }

    /// <summary>
    /// "By Karim Haddad", "By Jane Doe and John Smith": a byline with no place, alone on its line; also one with its date after a
    /// bar, "By Staff | March 9, 2026" (then a single word will do).
    /// </summary>
    private static bool PlainByline(ReadOnlySpan<char> line)
    {
        var bar = line.IndexOf('|');
        var name = bar > 0 ? line[..bar].TrimEnd() : line;
        return name.StartsWith("By ", StringComparison.Ordinal) && name.Length <= 60 && name.IndexOfAny(",;:.") < 0
            && CapitalisedWords(name[3..].ToString().Replace(" and ", " ", StringComparison.Ordinal)) is var words && words <= 6 && words >= (bar > 0 ? 1 : 2);
    }

    /// <summary>
    /// "Published 12 April 2026", "Updated March 9, 2026 10:42 GMT", "Posted on 3 May 2025": a page's time line above the story, whose
    /// dateline then opens the next line ("LIMA —" was not read as one).
    /// </summary>
    private static bool PublicationLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 60 || !(line.StartsWith("Published", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Updated", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Posted", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Last updated", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        foreach (var word in line.SplitAny(" ,"))
        {
            if (IsYear(line[word]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words that end a byline as the writer's title or desk, not a place ("By Jane Doe, Staff Writer").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BylineTitles =
        new[]
        {
            "Reporter", "Correspondent", "Writer", "Editor", "News", "Staff", "Desk", "Press", "Times", "Post", "Service", "Agency",
            "Contributor", "Columnist", "Producer", "Journalist", "Analyst", "Bureau", "Team", "Online", "Digital", "Report", "Chief",
        }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A byline line naming where the story was filed, as a dateline: "By Farhana Rahman, Dhaka" (BBC and newspaper style, a
    /// line of its own above the story). The writer's name is two to four capitalised words; the place one to three.
    /// </summary>
    private static Dateline? Byline(string text, int start, int lineEnd)
    {
        var line = text.AsSpan(start, lineEnd - start).TrimEnd();
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length > 80)
        {
            return null;
        }
        // ("By Katrin Albrecht in Brussels": the place after " in " instead of a comma.)
        var comma = line.LastIndexOf(',');
        var separator = 1;
        if (comma < 0)
        {
            comma = line.LastIndexOf(" in ", StringComparison.Ordinal);
            separator = 4;
        }
        if (comma < 3)
        {
            return null;
        }
        var name = line[3..comma].Trim();
        var place = line[(comma + separator)..].Trim();
        if (CapitalisedWords(name) is < 2 or > 4 || CapitalisedWords(place) is < 1 or > 3 || !IsPlace(place, strict: false))
        {
            return null;
        }
        foreach (var range in place.Split(' '))
        {
            if (BylineTitles.Contains(place[range]))
            {
                return null;
            }
        }
        var placeStart = start + (line.Length - line[(comma + separator)..].TrimStart().Length);
        return new Dateline(new TextSpan(start, line.Length), new TextSpan(placeStart, place.Length), place.ToString(), null, null);
    }

    /// <summary>
    /// TASS's form, the agency between slashes after the place and date: "MOSCOW, September 13. /TASS/. The Russian ...".
    /// </summary>
    private static Dateline? SlashAgency(string text, int start, int limit)
    {
        var line = text.AsSpan(start, limit - start);
        var open = line.IndexOf(" /", StringComparison.Ordinal);
        if (open < 2 || open > 60)
        {
            return null;
        }
        var close = line[(open + 2)..].IndexOf('/');
        if (close < 2 || close > 20)
        {
            return null;
        }
        var agency = line.Slice(open + 2, close);
        foreach (var c in agency)
        {
            if (!char.IsLetter(c) && c != '-' && c != ' ')
            {
                return null;
            }
        }
        if (!char.IsUpper(agency[0]))
        {
            return null;
        }
        var end = open + 2 + close + 1;
        if (end < line.Length && line[end] == '.')
        {
            end++;
        }
        if (end < line.Length && !TokenScanner.IsSpace(line[end]))
        {
            return null;
        }
        // The head ends with the full stop after the date ("MOSCOW, September 13."), which is not part of it.
        var headEnd = open;
        if (line[headEnd - 1] == '.')
        {
            headEnd--;
        }
        return Parse(text, start, start + headEnd, start + end) is { } found && found.DateText is not null
            ? found with { Agency = agency.ToString() }
            : null;
    }

    /// <summary>
    /// The agency after the date, ended by a full stop (Armenpress, AKIpress, Kabar): "YEREVAN, SEPTEMBER 3, ARMENPRESS. Armenia
    /// has decided ...". The agency is one word of letters (and hyphens) after the last comma of the head; the head must have a date.
    /// </summary>
    private static Dateline? AgencyAfterDate(string text, int start, int limit)
    {
        var line = text.AsSpan(start, limit - start);
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        if (stop < 8 || stop > 60)
        {
            return null;
        }
        var comma = line[..stop].LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 3)
        {
            return null;
        }
        var agency = line[(comma + 2)..stop];
        if (agency.Length is < 3 or > 20 || !char.IsUpper(agency[0]))
        {
            return null;
        }
        foreach (var c in agency)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return null;
            }
        }
        return Parse(text, start, start + comma, start + stop + 1) is { } found && found.DateText is not null && found.Agency is null
            ? found with { Agency = agency.ToString() }
            : null;
    }

    /// <summary>
    /// A line that holds only a place and a full date, as press releases and statements put it under their issuer and title:
    /// "Machala, 11 February 2026", "London, 5 May 2020". The story starts on a later line.
    /// </summary>
    private static Dateline? PlaceAndDateLine(string text, int start, int lineEnd)
    {
        var end = TrimEnd(text.AsSpan(), start, lineEnd);
        if (end - start is < 8 or > 48 || !char.IsAsciiDigit(text[end - 1]) || lineEnd >= text.Length)
        {
            return null;
        }
        return Parse(text, start, end, end) is { DateText: { Length: >= 4 } date, Agency: null, Region: null } found && IsYear(date.AsSpan()[^4..])
            && IsPlace(found.Place, strict: false)
            ? found
            : null;
    }

    /// <summary>
    /// The date closed by a full stop, as Indian newspapers write it: "NEW DELHI, DEC. 21. In its sharpest diplomatic response
    /// ...". The place is in capitals, and the stop follows the day's digits.
    /// </summary>
    private static Dateline? DateClosedByStop(string text, int start, int limit)
    {
        var line = text.AsSpan(start, limit - start);
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        while (stop > 0 && stop < 40 && !char.IsAsciiDigit(line[stop - 1]))
        {
            var next = line[(stop + 2)..].IndexOf(". ", StringComparison.Ordinal);
            stop = next < 0 ? -1 : stop + 2 + next;
        }
        if (stop is < 8 or >= 40 || stop + 2 >= line.Length || !char.IsUpper(line[stop + 2]))
        {
            return null;
        }
        return Parse(text, start, start + stop, start + stop + 1) is { DateText: not null, Agency: null } found
            && IsPlace(found.Place, strict: true) // (in capitals: strict)
            ? found
            : null;
    }

    /// <summary>
    /// The agency-first form of some wires: "(ANSA) - New York, June 28 - Italy and the Netherlands ...": the agency in
    /// parentheses, a dash, then an ordinary place-and-date head up to the next dash. The whole is the dateline.
    /// </summary>
    private static Dateline? AgencyFirst(string text, int start, int limit)
    {
        var line = text.AsSpan(start, limit - start);
        if (line.Length < 8 || line[0] != '(')
        {
            return null;
        }
        var close = line.IndexOf(')');
        if (close < 3 || close > 24)
        {
            return null;
        }
        var agency = line[1..close];
        foreach (var c in agency)
        {
            if (!char.IsLetter(c) && c != '-' && c != ' ' && c != '.')
            {
                return null;
            }
        }
        if (!char.IsUpper(agency[0]))
        {
            return null;
        }
        var k = close + 1;
        while (k < line.Length && TokenScanner.IsSpace(line[k]))
        {
            k++;
        }
        if (k >= line.Length || line[k] is not ('-' or '—' or '–'))
        {
            return null;
        }
        k++;
        while (k < line.Length && TokenScanner.IsSpace(line[k]))
        {
            k++;
        }
        if (!FindSeparator(text.AsSpan(), start + k, limit, out var sepStart, out var sepEnd) || text[sepStart] is not ('-' or '—' or '–' or '―'))
        {
            return null;
        }
        return Parse(text, start + k, sepStart, sepEnd) is { } found && IsPlace(found.Place, strict: false)
            ? found with { Agency = agency.ToString(), Span = TextSpan.FromBounds(start, found.Span.End) }
            : null;
    }

    /// <summary>How many words the text has if all are capitalised; 0 otherwise.</summary>
    private static int CapitalisedWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return 0;
            }
            words++;
        }
        return words;
    }

    private static bool FindSeparator(ReadOnlySpan<char> text, int start, int limit, out int sepStart, out int sepEnd)
    {
        var depth = 0;
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            var before = i > start ? text[i - 1] : '\0';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '(':
                    depth++;
                    continue;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    continue;
                case '.' or '!' or '?' when after == ' ' && depth == 0 && i > start && char.IsLower(before) && !IsAbbreviationBefore(text, start, i):
                    sepStart = sepEnd = 0;
                    return false; // a sentence ended before any separator: no dateline
            }
            if (depth > 0)
            {
                continue;
            }
            if (c == ':' && TokenScanner.IsSpace(after))
            {
                (sepStart, sepEnd) = (i, i + 1);
                return true;
            }
            if (c is '—' or '–' or '―')
            {
                (sepStart, sepEnd) = (i, i + 1);
                return i > start;
            }
            if (c == '-' && after == '-' && i > start)
            {
                var end = i + 2;
                while (end < limit && text[end] == '-')
                {
                    end++;
                }
                (sepStart, sepEnd) = (i, end);
                return true;
            }
            if (c == '-' && TokenScanner.IsSpace(before) && TokenScanner.IsSpace(after))
            {
                (sepStart, sepEnd) = (i, i + 1);
                return true;
            }
            if (c == '/' && after == '/' && TokenScanner.IsSpace(before) && i > start)
            {
                (sepStart, sepEnd) = (i, i + 2); // "NEW YORK // The UN Security Council ..." (The National)
                return true;
            }
        }
        sepStart = sepEnd = 0;
        return false;
    }

    private static bool IsAbbreviationBefore(ReadOnlySpan<char> text, int start, int period)
    {
        var wordStart = period;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return Abbreviations.Lookup(text[wordStart..period]) != Abbreviations.Kind.None;
    }

    /// <summary>Agencies that write their own name in lowercase ("BERLIN (dpa) -"): Germany's dpa and its services, epd.</summary>
    private static readonly HashSet<string> LowercaseAgencies = new(StringComparer.Ordinal) { "dpa", "dpa-AFX", "dpa-infocom", "epd" };

    private static Dateline? Parse(string text, int start, int sepStart, int sepEnd)
    {
        var span = text.AsSpan();
        var headEnd = TrimEnd(span, start, sepStart);
        string? agency = null;
        if (headEnd > start && span[headEnd - 1] == ')')
        {
            var open = span[start..headEnd].LastIndexOf('(');
            if (open < 0)
            {
                return null;
            }
            open += start;
            var inner = span[(open + 1)..(headEnd - 1)].Trim();
            if (inner.Length is 0 or > 40 || !char.IsUpper(inner[0]) && !LowercaseAgencies.Contains(inner.ToString()))
            {
                return null;
            }
            agency = inner.ToString();
            headEnd = TrimEnd(span, start, open);
        }
        // "MOSCOW, March 3", "KYIV, Ukraine", "SPRINGFIELD, Ill., May 2": after the place, each
        // comma-separated part is a date or a region (state or country); anything else is not a dateline.
        string? dateText = null;
        string? region = null;
        var comma = span[start..headEnd].IndexOf(',');
        var placeEnd = headEnd;
        if (comma >= 0)
        {
            comma += start;
            placeEnd = TrimEnd(span, start, comma);
            var rest = comma + 1;
            while (rest < headEnd)
            {
                var next = span[rest..headEnd].IndexOf(',');
                var partEnd = next < 0 ? headEnd : rest + next;
                var part = span[rest..partEnd].Trim();
                if (LooksLikeDate(part) && dateText is null)
                {
                    dateText = part.ToString();
                }
                else if (dateText is not null && IsYear(part) && !dateText.Contains(','))
                {
                    dateText += ", " + part.ToString(); // "KABUL, Jan. 12, 2021": the year belongs to the date
                }
                else if (IsRegion(part) && region is null && dateText is null)
                {
                    region = part.ToString();
                }
                else
                {
                    return null;
                }
                rest = partEnd + 1;
            }
        }
        var placeStart = start;
        var hyphen = span[start..placeEnd].LastIndexOf('-');
        if (hyphen > 0)
        {
            // "AT Monitoring Desk-KABUL": a desk or agency name glued to the place.
            var prefix = span[start..(start + hyphen)].Trim();
            var candidate = span[(start + hyphen + 1)..placeEnd];
            if (prefix.Length > 0 && IsPlace(candidate, strict: true) && !IsPlace(span[start..placeEnd], strict: true))
            {
                agency ??= prefix.ToString();
                placeStart = start + hyphen + 1;
            }
        }
        var place = span[placeStart..placeEnd];
        // "ABU DHABI/KYIV, Aug 24 (Reuters) -", "TOKYO/BEIJING": a story filed from two places; the first is the dateline's.
        if (place.IndexOf('/') is var slash and > 0 && slash < place.Length - 1 && place[(slash + 1)..].IndexOf('/') < 0
            && IsPlace(place[..slash], strict: true) && IsPlace(place[(slash + 1)..], strict: true))
        {
            placeEnd = placeStart + slash;
            place = span[placeStart..placeEnd];
        }
        if (!IsPlace(place, strict: agency is null && dateText is null) || NotPlaces.Contains(place))
        {
            return null;
        }
        return new Dateline(
            TextSpan.FromBounds(start, sepEnd),
            TextSpan.FromBounds(placeStart, placeEnd),
            place.ToString(),
            agency,
            dateText)
        {
            Region = region,
        };
    }

    /// <summary>
    /// A state or country after the place: one to three capitalised words, with short lower-case words between them
    /// ("Ukraine", "Calif.", "N.Y.", "Democratic Republic of Congo", "Bosnia and Herzegovina", "Rio de Janeiro").
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> LowerConnectorLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static bool IsRegion(ReadOnlySpan<char> part)
    {
        if (part.Length is 0 or > 36 || !char.IsUpper(part[0]))
        {
            return false;
        }
        var words = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (!char.IsUpper(word[0]))
            {
                if (word.Length > 3 || !char.IsLower(word[0]) || word.IndexOfAnyExcept(LowerConnectorLetters) >= 0)
                {
                    return false;
                }
                continue; // "of", "and", "de" (not counted)
            }
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '’')
                {
                    return false;
                }
            }
            words++;
        }
        return words <= 3;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && TokenScanner.IsSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>
    /// A place is one to four words of letters (with . ' - inside), all capitals; when an agency or a
    /// date confirms the dateline, title case is accepted too ("Washington (Reuters) -").
    /// </summary>
    private static bool IsPlace(ReadOnlySpan<char> place, bool strict)
    {
        if (place.Length is < 2 or > 40)
        {
            return false;
        }
        int letters = 0, words = 1;
        var wordStart = true;
        foreach (var c in place)
        {
            if (c == ' ')
            {
                if (wordStart)
                {
                    return false;
                }
                words++;
                wordStart = true;
                continue;
            }
            if (char.IsLetter(c))
            {
                if (char.IsLower(c) && (strict || wordStart))
                {
                    return false;
                }
                letters++;
                wordStart = false;
            }
            else if (c is '.' or '\'' or '’' or '-')
            {
                wordStart = false;
            }
            else
            {
                return false;
            }
        }
        return letters >= 2 && words <= 4 && !wordStart;
    }

    private static bool IsYear(ReadOnlySpan<char> part) =>
        part.Length == 4 && (part.StartsWith("19") || part.StartsWith("20")) && char.IsAsciiDigit(part[2]) && char.IsAsciiDigit(part[3]);

    private static bool LooksLikeDate(ReadOnlySpan<char> date)
    {
        if (date.Length is 0 or > 25)
        {
            return false;
        }
        foreach (var month in MonthPrefixes)
        {
            if (date.StartsWith(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return char.IsAsciiDigit(date[0]);
    }
}
