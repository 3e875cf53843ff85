using System.Text.RegularExpressions;
using EventDesk.Ingest.Extraction;

namespace EventDesk.Ingest.Sources;

/// <summary>
/// The publication date of a plain-text article from a line near its top that holds nothing but a date
/// ("Tuesday, September 22, 2015", "22 September 2015", "2015-09-22"), as wire copy, Wikinews and most text dumps
/// put it under the headline. Without it, people's roles were taken as of today.
/// </summary>
public static partial class LeadingDateLine
{
    /// <summary>Non-empty lines looked at: headline, byline, date, dateline.</summary>
    private const int MaxLines = 6;

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\.?$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"\bSept\b")]
    private static partial Regex SeptAbbreviation();

    public static DateOnly? Find(string text)
    {
        var seen = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            if (++seen > MaxLines)
            {
                break;
            }
            // .NET knows "Sep" but not the "Sept" abbreviation the regex accepts.
            if (line.Length <= 40 && DateOnlyLine().IsMatch(line) && PageMetadata.ParseDate(SeptAbbreviation().Replace(line.ToString(), "Sep")) is { } date)
            {
                return date;
            }
        }
        return null;
    }
}
