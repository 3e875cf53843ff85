using System.Text;
using EventDesk.Nlp;
using EventDesk.Text;
using EventDesk.Text.Corpora;

namespace EventDesk.Coding.Tests.Events;

/// <summary>
/// Builds a document with hand-written parse layers from a readable CoNLL-U snippet, and an
/// entity layer from (phrase, actor) pairs, so coder tests check the coder, not the parser.
/// </summary>
internal static class ParsedDocument
{
    private static readonly string[] Relations =
        ["root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:tmod", "obl:unmarked", "nmod", "nmod:poss", "amod", "advmod", "aux", "aux:pass",
         "cop", "mark", "case", "det", "cc", "conj", "xcomp", "ccomp", "advcl", "acl", "acl:relcl", "compound", "compound:prt", "flat", "appos",
         "punct", "nummod", "parataxis", "fixed", "expl", "dep"];

    public static Document Build(string conllu, DateOnly? date, params (string Phrase, ActorRef Actor)[] actors)
    {
        var sentences = ConlluReader.Read(new StringReader(conllu)).ToList();
        var text = new StringBuilder();
        List<int> starts = [], ends = [], heads = [];
        List<Upos> upos = [];
        List<string> lemmas = [], rels = [];
        List<int> sStarts = [], sEnds = [], sFirst = [], sCount = [], sPar = [];
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }
            var first = starts.Count;
            sFirst.Add(first);
            sStarts.Add(text.Length);
            foreach (var word in sentence.Words)
            {
                starts.Add(text.Length);
                text.Append(word.Form);
                ends.Add(text.Length);
                if (word.SpaceAfter)
                {
                    text.Append(' ');
                }
                upos.Add(Enum.Parse<Upos>(word.Upos));
                lemmas.Add(word.Lemma);
                heads.Add(word.Head == 0 ? -1 : first + word.Head - 1);
                rels.Add(word.Deprel);
            }
            var trimmed = text.ToString().TrimEnd().Length;
            text.Length = trimmed;
            sEnds.Add(trimmed);
            sCount.Add(starts.Count - first);
            sPar.Add(sentences.IndexOf(sentence));
        }
        var document = new Document("test", text.ToString(), new DocumentMetadata { Source = "test", Date = date });
        var p = new LayerProvenance("test", "1");
        document.Layers.Add(CoreLayers.Tokens, new TokenLayer(document.Text, [.. starts], [.. ends]), p);
        document.Layers.Add(CoreLayers.Sentences, new SentenceLayer([.. sStarts], [.. sEnds], [.. sFirst], [.. sCount], [.. sPar]), p);
        document.Layers.Add(NlpLayers.Pos, new PosLayer([.. upos], new ushort[upos.Count], ["_"]), p);
        document.Layers.Add(NlpLayers.Lemmas, new LemmaLayer([.. lemmas], Enumerable.Repeat("_", lemmas.Count).ToArray()), p);
        var relationIds = rels.Select(r => (byte)Array.IndexOf(Relations, r)).ToArray();
        if (rels.FirstOrDefault(r => Array.IndexOf(Relations, r) < 0) is { } unknown)
        {
            throw new ArgumentException($"relation {unknown} is not in the test relation list");
        }
        document.Layers.Add(NlpLayers.Dependencies, new DependencyLayer([.. heads], relationIds, Relations), p);
        var mentions = new List<EntityMention>();
        foreach (var (phrase, actor) in actors)
        {
            var at = -1;
            while ((at = document.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal)) >= 0)
            {
                mentions.Add(new EntityMention(new TextSpan(at, phrase.Length), EntityType.Organization, phrase, phrase, actor.Role, actor));
            }
        }
        document.Layers.Add(AnnotationLayers.Entities, new EntityLayer([.. mentions.OrderBy(m => m.Span)]), p);
        return document;
    }
}
