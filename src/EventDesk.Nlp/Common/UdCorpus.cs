using EventDesk.Text.Corpora;

namespace EventDesk.Nlp.Common;

/// <summary>One gold sentence of a treebank, column-wise, with 0-based heads (-1 = root).</summary>
internal sealed class UdSentence
{
    public required string[] Forms { get; init; }
    public required string[] Lemmas { get; init; }
    public required string[] Upos { get; init; }
    public required string[] Xpos { get; init; }
    public required string[] Feats { get; init; }
    public required int[] Heads { get; init; }
    public required string[] Deprels { get; init; }

    public int Length => Forms.Length;
}

/// <summary>Loads CoNLL-U treebanks into <see cref="UdSentence"/>s. Thread-safe (static).</summary>
internal static class UdCorpus
{
    public static List<UdSentence> Load(IEnumerable<string> paths)
    {
        var result = new List<UdSentence>();
        foreach (var path in paths)
        {
            foreach (var s in ConlluReader.ReadFile(path))
            {
                result.Add(From(s));
            }
        }
        return result;
    }

    public static UdSentence From(ConlluSentence s)
    {
        var n = s.Words.Count;
        var sentence = new UdSentence
        {
            Forms = new string[n],
            Lemmas = new string[n],
            Upos = new string[n],
            Xpos = new string[n],
            Feats = new string[n],
            Heads = new int[n],
            Deprels = new string[n],
        };
        for (var i = 0; i < n; i++)
        {
            var w = s.Words[i];
            sentence.Forms[i] = w.Form;
            sentence.Lemmas[i] = w.Lemma;
            sentence.Upos[i] = w.Upos;
            sentence.Xpos[i] = w.Xpos;
            sentence.Feats[i] = w.Feats;
            sentence.Heads[i] = w.Head - 1;
            sentence.Deprels[i] = w.Deprel;
        }
        return sentence;
    }
}
