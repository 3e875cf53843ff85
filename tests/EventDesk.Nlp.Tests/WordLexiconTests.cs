using EventDesk.Nlp.Common;
using EventDesk.Nlp.Tagging;
using EventDesk.Text.Corpora;
using Xunit;

namespace EventDesk.Nlp.Tests;

public class WordLexiconTests
{
    private static WordLexicon LoadText(string text)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            return WordLexicon.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static WordInfo Fill(WordLexicon lexicon, string word)
    {
        var info = default(WordInfo);
        WordInfo.Fill(word, ref info);
        lexicon.Fill(ref info);
        return info;
    }

    [Fact]
    public void Case_variants_are_one_entry_with_the_lower_case_tags_first()
    {
        var lexicon = LoadText("# comment\nMay\tNNP\nmay\tMD\ncan\tMD VB NN\nEric\tNNP\nreprieve\tNN VB\n");
        Assert.Equal(4, lexicon.Count);
        var may = Fill(lexicon, "may");
        Assert.Equal(may.Lex, Fill(lexicon, "MAY").Lex);
        // "may" (MD) comes before "May" (NNP): the top tag is MD like that of "can".
        Assert.Equal(Fill(lexicon, "can").LexTop, may.LexTop);
        Assert.NotEqual(Fill(lexicon, "Eric").LexTop, may.LexTop);
        // The set ignores order, the top tag does not.
        Assert.NotEqual(may.Lex, Fill(lexicon, "can").Lex);
        Assert.Equal(FeatureHash.None, Fill(lexicon, "blorf").Lex);
    }

    [Fact]
    public void A_line_without_a_tab_fails_with_the_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "fine\tNN\nbroken line\n");
            var error = Assert.Throws<InvalidDataException>(() => WordLexicon.Load(path));
            Assert.Contains($"{path}:2", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Made-up words seen once each in "it was W ." are adjectives or nouns as the lexicon says; with
    /// every once-seen word presented as unknown, only the lexicon tells them apart, and a tagger
    /// trained so tags new words of the lexicon by it.
    /// </summary>
    [Fact]
    public void A_tagger_trained_with_a_lexicon_tags_unseen_words_by_it_and_round_trips()
    {
        string[] adjectives = ["baxil", "coxil", "duxil", "faxil", "gexil", "hoxil", "jaxil", "kuxil", "lexil", "mixil"];
        string[] nouns = ["naxil", "poxil", "ruxil", "saxil", "texil", "voxil", "waxil", "yuxil", "zexil", "bexil"];
        var conllu = new System.Text.StringBuilder();
        var id = 0;
        foreach (var (word, adjective) in adjectives.Select(w => (w, true)).Concat(nouns.Select(w => (w, false))))
        {
            conllu.Append($"# sent_id = {++id}\n");
            conllu.Append("1\tit\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n");
            conllu.Append("2\twas\tbe\tAUX\tVBD\t_\t3\tcop\t_\t_\n");
            conllu.Append(adjective ? $"3\t{word}\t{word}\tADJ\tJJ\t_\t0\troot\t_\t_\n" : $"3\t{word}\t{word}\tNOUN\tNN\t_\t0\troot\t_\t_\n");
            conllu.Append("4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
        }
        var sentences = ConlluReader.Read(new StringReader(conllu.ToString())).Select(UdCorpus.From).ToList();
        var lexicon = LoadText(string.Join('\n', adjectives.Select(w => $"{w}\tJJ").Concat(nouns.Select(w => $"{w}\tNN"))
            .Concat(["quixil\tJJ", "oxil\tNN"])) + "\n");
        var tagger = TaggerTrainer.Train(sentences, [], new TaggerTrainingOptions { Epochs = 10, RareWordDropout = 1, PruneBelow = 0, MinClassCount = 1 },
            TextWriter.Null, lexicon: lexicon);

        Assert.Equal("ADJ", TagLast(tagger, "quixil"));
        Assert.Equal("NOUN", TagLast(tagger, "oxil"));

        var bytes = ModelFile.ToBytes(TaggerModel.Kind, tagger.Write);
        var read = ModelFile.FromBytes(bytes, "memory", TaggerModel.Kind, TaggerModel.Read);
        Assert.Equal(lexicon.Count, read.Lexicon.Count);
        Assert.Equal(bytes, ModelFile.ToBytes(TaggerModel.Kind, read.Write));
        Assert.Equal("ADJ", TagLast(read, "quixil"));
    }

    private static string TagLast(TaggerModel tagger, string word)
    {
        string[] forms = ["it", "was", word, "."];
        var words = new WordInfo[forms.Length];
        for (var i = 0; i < forms.Length; i++)
        {
            WordInfo.Fill(forms[i], ref words[i]);
        }
        tagger.FillAmbiguity(words);
        var tags = new int[forms.Length];
        tagger.Tag(words, tags, new int[forms.Length]);
        return tagger.ClassUpos[tags[2]].ToString();
    }
}
