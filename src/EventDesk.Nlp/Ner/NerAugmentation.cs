namespace EventDesk.Nlp.Ner;

/// <summary>
/// Training copies of gold sentences written the way web text often writes names: in lowercase ("where can i get
/// morcillas in tampa bay", "if air asia recruits foreigners"). The copies teach context and the case-insensitive
/// gazetteer matches to carry a name its capitals no longer mark. Deterministic for a seed.
/// </summary>
public static class NerAugmentation
{
    /// <summary>
    /// Copies of a share of the sentences that name something: with <paramref name="wholeSentence"/> every token
    /// lowercased, otherwise only the names' tokens. Each copy is a document of its own (no document features leak
    /// from the original's neighbours).
    /// </summary>
    public static List<NerSentence> LowercaseCopies(IReadOnlyList<NerSentence> sentences, double share, bool wholeSentence, int seed)
    {
        var random = new Random(seed);
        var copies = new List<NerSentence>();
        foreach (var s in sentences)
        {
            var hasName = Array.Exists(s.Labels, l => l != NerLabel.O);
            if (!hasName || random.NextDouble() >= share)
            {
                continue;
            }
            var tokens = new string[s.Tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = wholeSentence || s.Labels[i] != NerLabel.O ? s.Tokens[i].ToLowerInvariant() : s.Tokens[i];
            }
            copies.Add(new NerSentence(tokens, s.Labels, DocumentStart: true));
        }
        return copies;
    }
}
