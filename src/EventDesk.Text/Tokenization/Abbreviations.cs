using System.Collections.Frozen;

namespace EventDesk.Text.Tokenization;

/// <summary>
/// The word lists the tokenizer and sentence splitter consult, built once into frozen sets
/// and looked up by span (no substring per token). Thread-safe.
/// </summary>
internal static class Abbreviations
{
    /// <summary>How a known abbreviation behaves at a possible sentence end.</summary>
    public enum Kind : byte
    {
        /// <summary>Not a known abbreviation.</summary>
        None,

        /// <summary>Always followed by more of the sentence (titles, "No.", "e.g.", "vs.").</summary>
        NeverFinal,

        /// <summary>May end a sentence ("Inc.", "etc.", "U.S."): ends one before a clear sentence start.</summary>
        MayBeFinal,
    }

    // Titles and words that always continue: a capitalised word after them is a name or a number.
    private static readonly string[] NeverFinalWords =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt",
        "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Pte", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Pres",
        "Rev", "Hon", "Msgr", "Supt", "Det", "Insp", "Amb", "Atty", "Mt", "Ft", "Fr", "St", "Ste", "No", "Nos",
        "Vol", "vol", "Vols", "pp", "Fig", "fig", "Figs", "Ch", "ch", "Sec", "sec", "Art", "Para", "para",
        "vs", "v", "cf", "viz", "approx", "ca", "esp", "incl", "Attn", "attn", "Op", "Ed", "eds", "Eds",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        "e.g", "i.e", "E.g", "I.e", "eg", "ie", "a.k.a", "Ph", "Arrv", "arrv", "Dept", "dept", "est", "Est",
        // A postscript label opens the text it introduces ("P.S. I am moving back to Calgary").
        "P.S", "p.s", "PS", "ps", "P.P.S",
    ];

    // Abbreviations that end sentences often enough ("... of Apple Inc. The company ...").
    private static readonly string[] MayBeFinalWords =
    [
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "etc", "al", "Ave", "Blvd", "Rd", "Univ", "Assn",
        "Govt", "Sun", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
        "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Spec", "lb", "lbs", "oz", "Mfg", "Intl", "Natl",
        "Ass't", "Ass’t",
    ];

    // Words that begin a sentence and rarely continue a name, so "Inc. The" ends a sentence but "U.S. Army" does not.
    private static readonly string[] SentenceStarterWords =
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "His", "Her", "Its",
        "Their", "Our", "My", "Your", "Some", "Many", "Most", "So", "Yet", "Also", "However", "Meanwhile",
        "Although", "Though", "What", "Who", "Why", "How", "Where", "Which", "Still", "Now", "Then", "Both",
        "All", "For", "With", "By", "From", "Under", "Since", "Because", "Despite", "During", "Earlier", "Later",
        "Last", "Next", "Officials", "Police", "Thanks", "Please", "Yes", "No", "Not", "Is", "Are", "Was",
        "Were", "Do", "Does", "Did", "Can", "Will", "Would", "Should", "Could", "Have", "Has", "Had", "Each",
        "Every", "Such", "Other", "Another", "One", "Two", "Three", "Its", "Here", "Today", "Yesterday",
        "Tomorrow", "Instead", "Thus", "Hence", "Indeed", "Even", "Only", "Just", "Let", "To", "Of", "Our",
    ];

    // Hyphenated prefixes UD English keeps attached ("non-violent", "e-mail", "co-founder"); other hyphens split.
    private static readonly string[] HyphenPrefixWords =
    [
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "pro", "multi", "ex", "sub", "semi", "cross", "neo",
        "counter", "mini", "inter", "intra", "over", "under", "micro", "macro", "meta", "pseudo",
        "ultra", "extra", "infra", "trans", "vice",
    ];

    // Contractions written without an apostrophe, which UD still splits ("dont" -> "do" "nt"): word -> cut.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Contractions =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["gimme"] = 3, ["lemme"] = 3,
            ["kinda"] = 4, ["sorta"] = 4, ["lotta"] = 3, ["outta"] = 3, ["dunno"] = 2,
            ["dont"] = 2, ["didnt"] = 3, ["doesnt"] = 4, ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6,
            ["isnt"] = 2, ["wasnt"] = 3, ["werent"] = 4, ["arent"] = 3, ["havent"] = 4, ["hasnt"] = 3,
            ["hadnt"] = 3, ["aint"] = 2, ["wont"] = 2, ["cant"] = 2, ["im"] = 1, ["ive"] = 1, ["youre"] = 3,
            ["thats"] = 4, ["theyre"] = 4,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Units UD separates from a number written against it ("5pm", "35mm", "10k").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units =
        new[]
        {
            "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "k", "m", "bn", "mm", "cm", "km", "kg", "mg", "ml", "ft", "lb", "lbs",
            "mph", "kph", "hr", "hrs", "min", "mins", "gb", "mb", "tb", "kb", "ghz", "mhz", "kw", "mw",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Kind> Known = BuildKnown();

    private static readonly FrozenDictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters =
        SentenceStarterWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixes =
        HyphenPrefixWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of the abbreviation <paramref name="core"/> (the token without its final period).</summary>
    public static Kind Lookup(ReadOnlySpan<char> core) =>
        KnownBySpan.TryGetValue(core, out var kind) ? kind : Kind.None;

    /// <summary>Where to cut an apostrophe-less contraction ("dont" -> 2), or 0.</summary>
    public static int ContractionSplit(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 8 && Contractions.TryGetValue(word, out var cut) ? cut : 0;

    public static bool IsUnit(ReadOnlySpan<char> word) => word.Length <= 4 && Units.Contains(word);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => Starters.Contains(word);

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => HyphenPrefixes.Contains(word);

    private static FrozenDictionary<string, Kind> BuildKnown()
    {
        var all = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var word in MayBeFinalWords)
        {
            all[word] = Kind.MayBeFinal;
        }
        foreach (var word in NeverFinalWords)
        {
            all[word] = Kind.NeverFinal;
        }
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
