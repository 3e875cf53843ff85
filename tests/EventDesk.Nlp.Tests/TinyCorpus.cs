using EventDesk.Nlp.Common;
using EventDesk.Text.Corpora;

namespace EventDesk.Nlp.Tests;

/// <summary>A hand-written CoNLL-U snippet the unit tests train tiny models on.</summary>
internal static class TinyCorpus
{
    public const string Text = """
# sent_id = 1
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	minister	minister	NOUN	NN	Number=Sing	3	nsubj	_	_
3	visited	visit	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	Kabul	Kabul	PROPN	NNP	Number=Sing	3	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = 2
1	Rebels	rebel	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	attacked	attack	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	convoy	convoy	NOUN	NN	Number=Sing	2	obj	_	_
5	in	in	ADP	IN	_	6	case	_	_
6	Herat	Herat	PROPN	NNP	Number=Sing	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = 3
1	She	she	PRON	PRP	Case=Nom|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	talks	talk	NOUN	NNS	Number=Plur	5	nsubj	_	_
4	had	have	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	5	aux	_	_
5	failed	fail	VERB	VBN	Tense=Past|VerbForm=Part	2	ccomp	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

""";

    public static List<UdSentence> Sentences() =>
        ConlluReader.Read(new StringReader(Text)).Select(UdCorpus.From).ToList();
}
