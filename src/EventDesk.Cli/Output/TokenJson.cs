using System.Text.Json;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Cli.Output;

/// <summary>Writes the per-token POS, lemma and dependency columns of one sentence (CoNLL-U style heads).</summary>
internal static class TokenJson
{
    public static void WriteTokens(Utf8JsonWriter json, Document document, Sentence sentence)
    {
        if (!document.Layers.TryGet(CoreLayers.Tokens, out var tokens) || !document.Layers.TryGet(NlpLayers.Pos, out var pos))
        {
            return;
        }
        document.Layers.TryGet(NlpLayers.Lemmas, out var lemmas);
        document.Layers.TryGet(NlpLayers.Dependencies, out var deps);
        json.WriteStartArray("tokens");
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            json.WriteStartObject();
            json.WriteNumber("start", tokens.Starts[t]);
            json.WriteNumber("end", tokens.Ends[t]);
            json.WriteString("text", tokens.TextOf(t));
            json.WriteString("upos", pos.UposOf(t).ToString());
            json.WriteString("xpos", pos.XposOf(t));
            if (lemmas is not null)
            {
                json.WriteString("lemma", lemmas.LemmaOf(t));
            }
            if (deps is not null)
            {
                // 1-based within the sentence, 0 = root, as in CoNLL-U.
                var head = deps.HeadOf(t);
                json.WriteNumber("head", head < 0 ? 0 : head - sentence.FirstToken + 1);
                json.WriteString("deprel", deps.RelationOf(t));
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
