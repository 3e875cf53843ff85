using EventDesk.Nlp.Common;
using EventDesk.Nlp.Tagging;

namespace EventDesk.Nlp.Ner;

/// <summary>
/// Part-of-speech features for the entity tagger: PTB tags as hashes of their names, so the
/// NER model does not depend on the tagger's internal tag numbering. Thread-safe.
/// </summary>
public static class NerTagging
{
    /// <summary>Tags gold-tokenised sentences with the tagger (for NER training and evaluation).</summary>
    public static ulong[] TagHashes(object taggerModel, string[] tokens)
    {
        var tagger = (TaggerModel)taggerModel;
        var words = new WordInfo[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            WordInfo.Fill(tokens[i], ref words[i]);
        }
        tagger.FillAmbiguity(words);
        var classes = new int[tokens.Length];
        var first = new int[tokens.Length];
        tagger.Tag(words, classes, first);
        var hashes = new ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            hashes[i] = HashOf(tagger.XposNames[tagger.ClassXpos[classes[i]]]);
        }
        return hashes;
    }

    /// <summary>Loads the tagger whose tags NER features are computed from.</summary>
    public static object LoadTagger(string path) => TaggerModel.Load(path);

    public static ulong HashOf(string xpos) => FeatureHash.Of(xpos);
}
