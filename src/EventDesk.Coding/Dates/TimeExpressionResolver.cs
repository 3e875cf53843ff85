using System.Globalization;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Coding.Dates;

/// <summary>Which way to read an expression that could be past or future ("on Saturday").</summary>
public enum TimeDirection : byte
{
    Past,
    Future,
}

/// <summary>A matched time expression over tokens <c>[First, End)</c>, resolved or not.</summary>
public readonly record struct TimeMatch(int First, int End, DateOnly? Start, DateOnly? EndDate, TimeGranularity Granularity, string Rule);

/// <summary>
/// Recognises English news time expressions over tokens and resolves them against an anchor
/// date: weekdays ("on Saturday"), deictic days ("yesterday"), calendar dates ("March 3, 2017",
/// "3 March", "in March"), years ("in 1992"), relative periods ("last week", "next month",
/// "earlier this year", "two days ago", "in recent months"). Ambiguous expressions read as past
/// unless <see cref="TimeDirection.Future"/> is asked (reporting is mostly about the past).
/// Stateless and thread-safe.
/// </summary>
public static class TimeExpressionResolver
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] DayParts = ["morning", "afternoon", "evening", "night"];

    private static readonly string[] YearPrepositions =
        ["in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "early", "late", "mid", "through", "to", "between", "and", "throughout"];

    /// <summary>Finds every time expression in tokens <c>[first, end)</c> (one sentence).</summary>
    public static List<TimeMatch> FindAll(TokenLayer tokens, int first, int end, DateOnly? anchor, Func<int, TimeDirection> directionAt)
    {
        var found = new List<TimeMatch>();
        var t = first;
        while (t < end)
        {
            if (TryMatch(tokens, t, end, anchor, directionAt(t), out var match))
            {
                found.Add(match);
                t = match.End;
            }
            else
            {
                t++;
            }
        }
        return found;
    }

    /// <summary>Resolves a standalone date text, such as a dateline's "March 3" or "Feb. 18, 2017".</summary>
    public static DateOnly? ResolveText(string text, DateOnly anchor, TimeDirection direction = TimeDirection.Past)
    {
        var document = new Document("date", text);
        new EventDesk.Text.Tokenization.NewsTokenizer().Annotate(document);
        var matches = FindAll(document.Tokens, 0, document.Tokens.Count, anchor, _ => direction);
        return matches.Count > 0 && matches[0].Granularity == TimeGranularity.Day ? matches[0].Start : null;
    }

    public static bool TryMatch(TokenLayer tokens, int t, int end, DateOnly? anchor, TimeDirection direction, out TimeMatch match)
    {
        match = default;
        var word = tokens.TextOf(t);
        // ISO 8601 date in one token.
        var at = tokens.Starts[t];
        if (word.Length >= 4 && char.IsDigit(word[0]) && at + 10 <= tokens.Text.Length
            && DateOnly.TryParseExact(tokens.Text.AsSpan(at, 10), "yyyy-MM-dd", out var iso)
            && (at + 10 == tokens.Text.Length || !char.IsLetterOrDigit(tokens.Text[at + 10])))
        {
            var stop = t + 1;
            while (stop < end && tokens.Ends[stop] <= at + 10)
            {
                stop++; // the tokenizer may split the date at its hyphens
            }
            match = new TimeMatch(t, stop, iso, iso, TimeGranularity.Day, "iso-date");
            return true;
        }
        var month = MonthOf(word);
        if (month > 0 && char.IsUpper(word[0]) && !(month == 5 && word.Length == 3 && !IsDateContext(tokens, t, end)))
        {
            return MatchMonth(tokens, t, end, month, anchor, direction, out match);
        }
        if (Number(word) is var day and >= 1 and <= 31 && t + 1 < end && MonthOf(tokens.TextOf(t + 1)) is var m2 and > 0)
        {
            // "3 March 2017"
            var next = t + 2;
            var year = next < end && Year(tokens.TextOf(next)) is var y and > 0 ? y : 0;
            var resolved = Day(year, m2, day, anchor, direction);
            match = new TimeMatch(t, year > 0 ? next + 1 : next, resolved, resolved, TimeGranularity.Day, year > 0 ? "day-month-year" : "day-month");
            return true;
        }
        var weekday = Array.IndexOf(WeekdayNames, Lower(word));
        if (weekday >= 0)
        {
            var first = t;
            var modifier = t > 0 ? Lower(tokens.TextOf(t - 1)) : "";
            var dir = modifier is "next" or "coming" ? TimeDirection.Future : modifier == "last" ? TimeDirection.Past : direction;
            var strict = modifier is "next" or "last";
            if (modifier is "last" or "next" or "this" or "coming" or "on" or "by" or "until" or "since" or "from")
            {
                first = t - 1;
            }
            var stop = t + 1;
            if (stop < end && Array.IndexOf(DayParts, Lower(tokens.TextOf(stop))) >= 0)
            {
                stop++;
            }
            var date = anchor is { } a ? Weekday(a, (DayOfWeek)weekday, dir, strict) : (DateOnly?)null;
            match = new TimeMatch(first, stop, date, date, TimeGranularity.Day, "weekday");
            return true;
        }
        var lower = Lower(word);
        switch (lower)
        {
            case "yesterday" or "today" or "tomorrow" or "tonight":
            {
                var offset = lower == "yesterday" ? -1 : lower == "tomorrow" ? 1 : 0;
                var date = anchor?.AddDays(offset);
                match = new TimeMatch(t, t + 1, date, date, TimeGranularity.Day, lower);
                return true;
            }
            case "last" or "next" or "this" or "past" or "coming" when t + 1 < end:
                return MatchRelativePeriod(tokens, t, end, lower, anchor, out match);
            case "earlier" or "later" when t + 2 < end && Lower(tokens.TextOf(t + 1)) == "this":
                return MatchPartOfPeriod(tokens, t, lower, anchor, out match);
            case "recent" when t > 0 && t + 1 < end:
            {
                var unit = Unit(tokens.TextOf(t + 1));
                if (unit is null || !Lower(tokens.TextOf(t + 1)).EndsWith('s'))
                {
                    return false;
                }
                var first = Lower(tokens.TextOf(t - 1)) is "in" or "over" or "during" ? t - 1 : t;
                DateOnly? start = anchor is { } a ? unit switch
                {
                    "day" => a.AddDays(-7),
                    "week" => a.AddDays(-28),
                    "month" => a.AddMonths(-3),
                    _ => a.AddYears(-3),
                } : null;
                match = new TimeMatch(first, t + 2, start, anchor, TimeGranularity.Range, "recent-" + unit + "s");
                return true;
            }
        }
        // "two days ago", "a week ago"
        if (t + 2 < end && Lower(tokens.TextOf(t + 2)) == "ago" && (Number(word) > 0 || lower is "a" or "an" or "one") && Unit(tokens.TextOf(t + 1)) is { } agoUnit)
        {
            var n = Number(word) > 0 ? Number(word) : 1;
            DateOnly? date = anchor is { } a ? agoUnit switch
            {
                "day" => a.AddDays(-n),
                "week" => a.AddDays(-7 * n),
                "month" => a.AddMonths(-n),
                _ => a.AddYears(-n),
            } : null;
            var granularity = agoUnit switch { "day" => TimeGranularity.Day, "week" => TimeGranularity.Week, "month" => TimeGranularity.Month, _ => TimeGranularity.Year };
            match = new TimeMatch(t, t + 3, date, date, granularity, "ago");
            return true;
        }
        // "in 1992", "since 2017"; "In 1898, British forces defeated the Mahdist army" (an older year where nothing after it
        // makes it a count: "in 1500 homes" is none; the event was dated to the story's day)
        if ((Year(word) is var year4 and > 0 || (year4 = OldYearAfterPreposition(tokens, t, end)) > 0)
            && t > 0 && Array.IndexOf(YearPrepositions, Lower(tokens.TextOf(t - 1))) >= 0)
        {
            var first = Lower(tokens.TextOf(t - 1)) is "in" or "since" or "during" or "until" or "by" ? t - 1 : t;
            match = new TimeMatch(first, t + 1, new DateOnly(year4, 1, 1), new DateOnly(year4, 12, 31), TimeGranularity.Year, "year");
            return true;
        }
        return false;
    }

    private static bool IsDateContext(TokenLayer tokens, int t, int end) =>
        t + 1 < end && Number(tokens.TextOf(t + 1)) is >= 1 and <= 31 || t > 0 && Lower(tokens.TextOf(t - 1)) is "in" or "since" or "until" or "early" or "late" or "mid" or "last" or "next";

    private static bool MatchMonth(TokenLayer tokens, int t, int end, int month, DateOnly? anchor, TimeDirection direction, out TimeMatch match)
    {
        var next = t + 1;
        if (next + 1 < end && tokens.TextOf(next).SequenceEqual(".") && tokens.TextOf(t).Length <= 4 && Number(tokens.TextOf(next + 1)) > 0)
        {
            next++;
        }
        var modifier = t > 0 ? Lower(tokens.TextOf(t - 1)) : "";
        var first = modifier is "in" or "on" or "since" or "until" or "by" or "early" or "late" or "mid" or "last" or "next" or "this" ? t - 1 : t;
        var dir = modifier == "next" ? TimeDirection.Future : modifier == "last" ? TimeDirection.Past : direction;
        if (next < end && Number(tokens.TextOf(next)) is var day and >= 1 and <= 31 && !(Year(tokens.TextOf(next)) > 0))
        {
            // "March 3", "March 3, 2017", "March 3rd"
            var stop = next + 1;
            var year = 0;
            var k = stop < end && tokens.TextOf(stop).SequenceEqual(",") ? stop + 1 : stop;
            if (k < end && Year(tokens.TextOf(k)) is var y and > 0)
            {
                year = y;
                stop = k + 1;
            }
            var date = Day(year, month, day, anchor, dir);
            match = new TimeMatch(first, stop, date, date, TimeGranularity.Day, year > 0 ? "month-day-year" : "month-day");
            return true;
        }
        var yearAfter = next < end ? Year(tokens.TextOf(next)) : 0;
        if (yearAfter == 0 && next + 1 < end && tokens.TextOf(next).SequenceEqual(","))
        {
            yearAfter = Year(tokens.TextOf(next + 1));
            next = yearAfter > 0 ? next + 1 : next;
        }
        int resolvedYear;
        if (yearAfter > 0)
        {
            resolvedYear = yearAfter;
            next++;
        }
        else if (anchor is { } a)
        {
            resolvedYear = dir == TimeDirection.Past
                ? (month <= a.Month ? a.Year : a.Year - 1)
                : (month >= a.Month ? a.Year : a.Year + 1);
            if (modifier == "last" && month == a.Month)
            {
                resolvedYear = a.Year - 1;
            }
            else if (modifier == "next" && month == a.Month)
            {
                resolvedYear = a.Year + 1;
            }
        }
        else
        {
            match = new TimeMatch(first, next, null, null, TimeGranularity.Month, "month");
            return true;
        }
        var start = new DateOnly(resolvedYear, month, 1);
        match = new TimeMatch(first, next, start, start.AddMonths(1).AddDays(-1), TimeGranularity.Month, yearAfter > 0 ? "month-year" : "month");
        return true;
    }

    private static bool MatchRelativePeriod(TokenLayer tokens, int t, int end, string modifier, DateOnly? anchor, out TimeMatch match)
    {
        match = default;
        var k = t + 1;
        var count = 1;
        if (modifier == "past" && k + 1 < end && Number(tokens.TextOf(k)) is var n and > 0)
        {
            count = n; // "the past two weeks"
            k++;
        }
        var unitWord = tokens.TextOf(k);
        var unit = Unit(unitWord);
        if (unit is null && Lower(unitWord) == "weekend")
        {
            unit = "weekend";
        }
        if (unit is null)
        {
            return false;
        }
        var first = t > 0 && modifier == "past" && Lower(tokens.TextOf(t - 1)) == "the" ? t - 1 : t;
        if (first > 0 && Lower(tokens.TextOf(first - 1)) is "over" or "in" or "during")
        {
            first--;
        }
        if (anchor is not { } a)
        {
            match = new TimeMatch(first, k + 1, null, null, TimeGranularity.Range, modifier + "-" + unit);
            return true;
        }
        if (modifier == "past")
        {
            var start = unit switch
            {
                "day" => a.AddDays(-count),
                "week" or "weekend" => a.AddDays(-7 * count),
                "month" => a.AddMonths(-count),
                _ => a.AddYears(-count),
            };
            match = new TimeMatch(first, k + 1, start, a, TimeGranularity.Range, "past-" + unit);
            return true;
        }
        var shift = modifier switch { "last" => -1, "next" or "coming" => 1, _ => 0 };
        switch (unit)
        {
            case "week":
            {
                var monday = a.AddDays(-(((int)a.DayOfWeek + 6) % 7)).AddDays(7 * shift);
                match = new TimeMatch(first, k + 1, monday, monday.AddDays(6), TimeGranularity.Week, modifier + "-week");
                return true;
            }
            case "weekend":
            {
                var saturday = modifier == "last" || modifier == "this" && a.DayOfWeek is DayOfWeek.Sunday or DayOfWeek.Monday
                    ? Weekday(a, DayOfWeek.Saturday, TimeDirection.Past, strict: modifier == "last")
                    : Weekday(a, DayOfWeek.Saturday, TimeDirection.Future, strict: false);
                match = new TimeMatch(first, k + 1, saturday, saturday.AddDays(1), TimeGranularity.Range, modifier + "-weekend");
                return true;
            }
            case "month":
            {
                var start = new DateOnly(a.Year, a.Month, 1).AddMonths(shift);
                match = new TimeMatch(first, k + 1, start, start.AddMonths(1).AddDays(-1), TimeGranularity.Month, modifier + "-month");
                return true;
            }
            case "year":
            {
                var start = new DateOnly(a.Year + shift, 1, 1);
                match = new TimeMatch(first, k + 1, start, new DateOnly(a.Year + shift, 12, 31), TimeGranularity.Year, modifier + "-year");
                return true;
            }
            case "day":
                return false; // "last day" is not a date
        }
        return false;
    }

    private static bool MatchPartOfPeriod(TokenLayer tokens, int t, string which, DateOnly? anchor, out TimeMatch match)
    {
        match = default;
        var unit = Unit(tokens.TextOf(t + 2));
        if (unit is null or "day")
        {
            return false;
        }
        if (anchor is not { } a)
        {
            match = new TimeMatch(t, t + 3, null, null, TimeGranularity.Range, which + "-this-" + unit);
            return true;
        }
        var (start, stop) = unit switch
        {
            "week" => (a.AddDays(-(((int)a.DayOfWeek + 6) % 7)), a.AddDays(-(((int)a.DayOfWeek + 6) % 7)).AddDays(6)),
            "month" => (new DateOnly(a.Year, a.Month, 1), new DateOnly(a.Year, a.Month, 1).AddMonths(1).AddDays(-1)),
            _ => (new DateOnly(a.Year, 1, 1), new DateOnly(a.Year, 12, 31)),
        };
        match = which == "earlier"
            ? new TimeMatch(t, t + 3, start, a, TimeGranularity.Range, "earlier-this-" + unit)
            : new TimeMatch(t, t + 3, a, stop, TimeGranularity.Range, "later-this-" + unit);
        return true;
    }

    /// <summary>The latest such weekday on or before the anchor (past), or the next one after it (future).</summary>
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek day, TimeDirection direction, bool strict)
    {
        if (direction == TimeDirection.Past)
        {
            var back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
            if (back == 0 && strict)
            {
                back = 7;
            }
            return anchor.AddDays(-back);
        }
        var ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        if (ahead == 0)
        {
            ahead = 7;
        }
        return anchor.AddDays(ahead);
    }

    private static DateOnly? Day(int year, int month, int day, DateOnly? anchor, TimeDirection direction)
    {
        if (year > 0)
        {
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        if (anchor is not { } a)
        {
            return null;
        }
        var y = a.Year;
        if (day > DateTime.DaysInMonth(y, month) && !(month == 2 && day == 29))
        {
            return null;
        }
        DateOnly? Make(int yy) => day <= DateTime.DaysInMonth(yy, month) ? new DateOnly(yy, month, day) : null;
        var same = Make(y);
        if (direction == TimeDirection.Past)
        {
            return same is { } s && s <= a ? s : Make(y - 1);
        }
        return same is { } f && f >= a ? f : Make(y + 1);
    }

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return 0;
        }
        var w = word.TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i];
            if (w.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
            // Abbreviations: Jan, Feb, Sept, Aug. (not "mar", "may" or "jun" spelled as words)
            if (w.Length is 3 or 4 && name.AsSpan().StartsWith(w, StringComparison.OrdinalIgnoreCase) && char.IsUpper(w[0]) && name != "may")
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static int Number(ReadOnlySpan<char> word)
    {
        var digits = word;
        if (digits.Length > 2 && (digits.EndsWith("st") || digits.EndsWith("nd") || digits.EndsWith("rd") || digits.EndsWith("th")) && char.IsDigit(digits[0]))
        {
            digits = digits[..^2];
        }
        if (digits.Length is > 0 and <= 2 && int.TryParse(digits, out var n))
        {
            return n;
        }
        return Lower(word) switch
        {
            "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
            "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "a" or "an" => 1, "several" => 3, "few" => 3,
            _ => 0,
        };
    }

    /// <summary>
    /// A year from 1000 to 1899 right after "in", "since", "until", "by", "during", "before" or "after", followed by the sentence's
    /// end, a punctuation mark or a word that starts a clause or a noun phrase (not a noun it would count); else 0.
    /// </summary>
    private static int OldYearAfterPreposition(TokenLayer tokens, int t, int end)
    {
        var word = tokens.TextOf(t);
        if (word.Length != 4 || !int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1000 or >= 1900
            || t == 0 || Lower(tokens.TextOf(t - 1)) is not ("in" or "since" or "until" or "by" or "during" or "before" or "after"))
        {
            return 0;
        }
        if (t + 1 >= end)
        {
            return y;
        }
        var next = tokens.TextOf(t + 1);
        return char.IsPunctuation(next[0]) && next is not "%" || Lower(next) is "the" or "a" or "an" or "and" or "but" or "when" or "after"
            or "before" or "as" or "he" or "she" or "they" or "it" or "its" or "his" or "her" or "their" or "to" or "until" or "under" ? y : 0;
    }

    private static int Year(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, out var y) && y is >= 1900 and <= 2100 ? y : 0;

    private static string? Unit(ReadOnlySpan<char> word) => Lower(word) switch
    {
        "day" or "days" => "day",
        "week" or "weeks" => "week",
        "month" or "months" => "month",
        "year" or "years" => "year",
        _ => null,
    };

    private static string Lower(ReadOnlySpan<char> word) => word.Length > 16 ? "" : LowerCaseForms.Of(word);
}
