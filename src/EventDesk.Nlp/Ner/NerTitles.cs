using System.Collections.Frozen;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// Titles before a person's name are not part of the name in Universal NER (and CoNLL) gold data:
/// "Mr Osborne", "Pope Francis", "Foreign Minister Sergey Lavrov" name "Osborne", "Francis",
/// "Sergey Lavrov". The tagger learns this for the forms its training data shows ("Mr.", "Dr.");
/// this rule covers the rest (British "Mr", "Ms"; royal and religious titles) on predictions and on
/// training labels of the non-UNER corpora. Thread-safe (stateless).
/// </summary>
public static class NerTitles
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Drs", "Drs.", "Hon", "Hon.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord",
         "King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Sultan", "Emir", "Sheikh", "Shaikh",
         "President", "Vice", "Prime", "Premier", "Minister", "Chancellor", "Secretary", "Senator", "Sen.", "Rep.", "Representative",
         "Governor", "Gov.", "Mayor", "Judge", "Justice", "Ambassador", "General", "Gen.", "Lt.", "Lieutenant", "Col.", "Colonel",
         "Maj.", "Major", "Capt.", "Captain", "Sgt.", "Sergeant", "Admiral", "Adm.", "Commander", "Cmdr.", "Marshal", "Field",
         "Reverend", "Rev.", "Father", "Fr.", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Ayatollah", "Mullah", "Patriarch",
         "Foreign", "Defence", "Defense", "Finance", "Interior", "Deputy", "Chief", "Spokesman", "Spokeswoman", "Former"],
        StringComparer.Ordinal);

    // Portfolios of an office named with "of" ("Secretary of State", "Minister of Foreign Affairs"): when a PER span
    // starts right after such an "of", its leading portfolio words belong to the title, not to the name.
    private static readonly FrozenSet<string> Portfolios = FrozenSet.ToFrozenSet(
        ["State", "Defense", "Defence", "Foreign", "Affairs", "Interior", "Home", "Finance", "Treasury", "Justice", "Health",
         "Education", "Energy", "Commerce", "Labor", "Labour", "Agriculture", "Transportation", "Transport", "Homeland", "Security",
         "Veterans", "Housing", "Trade", "War", "Navy", "Army", "Air", "Force", "Economy", "Industry", "Information", "Culture",
         "Environment", "External", "Internal", "Public", "Works", "Development", "National", "and", "the", "of", "&"],
        StringComparer.Ordinal);

    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>Moves the start of every PER span past leading titles, keeping at least one word; drops PER spans that are only a title.</summary>
    public static void Strip(string[] tokens, Span<NerLabel> labels) => Strip(new ArrayTokens(tokens), labels);

    internal static void Strip<TTokens>(TTokens tokens, Span<NerLabel> labels) where TTokens : ITokenSource
    {
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var portfolios = Portfolios.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != NerLabel.BPer)
            {
                continue;
            }
            var k = i;
            if (k + 1 == labels.Length || labels[k + 1] != NerLabel.IPer)
            {
                // A title on its own ("the Emperor", "Pope") is not a name.
                if (lookup.Contains(tokens.TokenText(k)))
                {
                    labels[k] = NerLabel.O;
                }
                continue;
            }
            // Leading titles, and an office's "of" phrase with its portfolio ("Secretary of State", "Minister of
            // the Interior"), also when the span starts inside it; at least one word stays.
            var inPortfolio = AfterOfficeOf(tokens, i, lookup);
            var afterTitle = false;
            while (k + 1 < labels.Length && labels[k + 1] == NerLabel.IPer)
            {
                var word = tokens.TokenText(k);
                if (lookup.Contains(word))
                {
                    afterTitle = true;
                    inPortfolio = false;
                }
                else if (afterTitle && word is "of")
                {
                    inPortfolio = true;
                    afterTitle = false;
                }
                else if (!(inPortfolio && portfolios.Contains(word)))
                {
                    break;
                }
                labels[k] = NerLabel.O;
                labels[k + 1] = NerLabel.BPer;
                k++;
            }
            i = k;
        }
    }

    // "Secretary of | State Rex Tillerson", "Minister of the | Interior X": an office title, "of" and maybe "the" just before position i.
    private static bool AfterOfficeOf<TTokens>(TTokens tokens, int i, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> titles) where TTokens : ITokenSource
    {
        var k = i - 1;
        if (k >= 0 && tokens.TokenText(k) is "the")
        {
            k--;
        }
        return k >= 1 && tokens.TokenText(k) is "of" && titles.Contains(tokens.TokenText(k - 1));
    }
}
