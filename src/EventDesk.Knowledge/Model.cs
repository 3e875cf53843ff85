using System.Collections.Immutable;
using System.Globalization;

namespace EventDesk.Knowledge;

/// <summary>An inclusive date range; a null bound is open. Immutable.</summary>
public readonly record struct DateRange(DateOnly? Start, DateOnly? End)
{
    public static DateRange Always => default;

    public bool Contains(DateOnly date) =>
        (Start is null || date >= Start.Value) && (End is null || date <= End.Value);

    public bool IsOpenEnded => End is null;

    /// <summary>Length in days, used to prefer the most specific of overlapping ranges.</summary>
    public long Span => (End ?? DateOnly.MaxValue).DayNumber - (long)(Start ?? DateOnly.MinValue).DayNumber;

    public override string ToString() =>
        $"{Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}..{End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}";
}

/// <summary>Where an entry came from: file and 1-based line. Shown to analysts ("why this actor?").</summary>
public readonly record struct SourceRef(string File, int Line)
{
    public override string ToString() => $"{System.IO.Path.GetFileName(File)}:{Line}";
}

public enum CountryStatus { Member, Observer, Partial, Territory }

public sealed record Country(
    string Iso3,
    string Iso2,
    string Name,
    string OfficialName,
    ImmutableArray<string> Variants,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals,
    CountryStatus Status,
    SourceRef Source);

/// <summary>How a country name matched: the kind decides priority between countries sharing a name.</summary>
public enum CountryNameKind { Code = 0, Name = 1, Variant = 2, Demonym = 3, Capital = 4 }

public sealed record CountryMatch(Country Country, CountryNameKind Kind);

/// <summary>A place or building standing for an institution ("the Kremlin" = RUSGOV).</summary>
/// <summary>
/// A state, province, oblast or other region of a country ("Borno", "Donetsk Oblast", "Tigray", "Gaza Strip"): a place
/// the city gazetteer does not list, located in its country without coordinates.
/// </summary>
public sealed record Region(string Name, string Iso3, string Kind, ImmutableArray<string> Variants, SourceRef Source)
{
    /// <summary>Adjectives of the region ("Catalan", "Bavarian"): "the former Catalan leader" is Spain's.</summary>
    public ImmutableArray<string> Adjectives { get; init; } = [];

    /// <summary>The name, its variants and its adjectives: every form the text may use.</summary>
    public IEnumerable<string> AllForms => Variants.Concat(Adjectives).Prepend(Name);
}

/// <summary>
/// A region of the world ("the Middle East", "West Africa", "the West", world_regions.tsv): a place without coordinates,
/// and, where the CAMEO actor codebook has a <see cref="Code"/> for it, an actor when it acts or qualifies a role word
/// ("European leaders" = EURGOV).
/// </summary>
public sealed record WorldRegion(string Code, string Name, ImmutableArray<string> Variants, ImmutableArray<string> Adjectives, bool ArticleRequired, SourceRef Source)
{
    /// <summary>The name and its variants.</summary>
    public IEnumerable<string> Names => Variants.Prepend(Name);

    /// <summary>The organisation (acronym) through which the region's leaders and ministers act together ("ECOWAS"), or empty.</summary>
    public string Organisation { get; init; } = "";

    /// <summary>Whether <see cref="Organisation"/> stands for them only in a story that names it.</summary>
    public bool OrganisationOnlyIfNamed { get; init; }
}

/// <summary>
/// The countries a descriptive adjective of a country can stand for (country_groups.tsv): "the Baltic state" is Estonia,
/// Latvia or Lithuania, so it refers back to one of them, not to the closest country named.
/// </summary>
public sealed record CountryGroup(string Adjective, ImmutableArray<string> Members, SourceRef Source);

/// <summary>
/// A populated place under its English news name (places.tsv): names the GeoNames-derived gazetteer lacks or files
/// under a local name ("Geneva" is "Genève" there, and Geneva, Illinois answered).
/// </summary>
public sealed record CuratedPlace(string Name, ImmutableArray<string> Variants, string Iso3, double Latitude, double Longitude, long Population, SourceRef Source);

public sealed record Metonym(string Name, string Iso3, string Sector, string Role, DateRange Valid, SourceRef Source)
{
    /// <summary>Country + sector ("RUSGOV"), or the organisation code when Iso3 holds an IGO code.</summary>
    public string Code => Iso3.StartsWith("IGO", StringComparison.Ordinal) ? Iso3 : Iso3 + Sector;
}

public enum OrganizationType { Igo, Ngo }

public sealed record Organization(
    string Code,
    OrganizationType Type,
    ImmutableArray<string> Acronyms,
    ImmutableArray<string> Names,
    string Region,
    string Sectors,
    SourceRef Source)
{
    public string DisplayName => Names.IsDefaultOrEmpty ? Code : Names[0];
}

/// <summary>One status period of a non-state armed group (a group becoming a government gets a second row).</summary>
public sealed record ArmedGroup(
    string Code,
    string Iso3,
    string Sector,
    ImmutableArray<string> Names,
    DateRange Valid,
    string Note,
    SourceRef Source)
{
    /// <summary>Stable id linking the rows (periods) of one group, e.g. "taliban".</summary>
    public string Id { get; init; } = "";

    public string DisplayName => Names[0];
}

/// <summary>A role word or title ("foreign minister", "rebels") mapped to a sector.</summary>
public sealed record Agent(
    string Term,
    ImmutableArray<string> Plurals,
    string Sector,
    string Role,
    bool ImpliesGovernment,
    SourceRef Source);

/// <summary>One (person, role, period) row.</summary>
public sealed record PersonRole(
    string Name,
    ImmutableArray<string> Variants,
    string Iso3,
    string Sector,
    string Role,
    DateRange Valid,
    string Note,
    SourceRef Source)
{
    /// <summary>CAMEO-style actor code: country + sector, or the IGO code itself.</summary>
    public string Code => Iso3.StartsWith("IGO", StringComparison.Ordinal) ? Iso3 : Iso3 + Sector;
}

/// <summary>A code attached to an imported (PETRARCH/TABARI) actor, possibly date-restricted.</summary>
public sealed record DatedCode(string Code, DateRange Valid);

/// <summary>An actor entry from an imported PETRARCH/TABARI actor dictionary.</summary>
public sealed record ImportedActor(
    string Name,
    ImmutableArray<string> Synonyms,
    ImmutableArray<DatedCode> Codes,
    SourceRef Source)
{
    /// <summary>
    /// The code in force on <paramref name="date"/>: the narrowest date-restricted code containing it,
    /// else the unrestricted code. With no date, the unrestricted code, else the latest restriction.
    /// </summary>
    public string? CodeAt(DateOnly? date)
    {
        DatedCode? best = null;
        if (date is { } d)
        {
            foreach (var c in Codes)
            {
                if (c.Valid == DateRange.Always || !c.Valid.Contains(d))
                {
                    continue;
                }
                if (best is null || c.Valid.Span < best.Valid.Span)
                {
                    best = c;
                }
            }
        }
        if (best is not null)
        {
            return best.Code;
        }
        foreach (var c in Codes)
        {
            if (c.Valid == DateRange.Always)
            {
                return c.Code;
            }
        }
        if (date is null)
        {
            foreach (var c in Codes)
            {
                if (best is null || (c.Valid.End ?? DateOnly.MaxValue) > (best.Valid.End ?? DateOnly.MaxValue))
                {
                    best = c;
                }
            }
            return best?.Code;
        }
        return null;
    }
}

/// <summary>An agent entry from an imported PETRARCH/TABARI agents dictionary ("[~GOV]" suffix, "[NGO~]" prefix).</summary>
public sealed record ImportedAgent(
    string Term,
    ImmutableArray<string> Plurals,
    string Code,
    bool IsPrefix,
    SourceRef Source);
