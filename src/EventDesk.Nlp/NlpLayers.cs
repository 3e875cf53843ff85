using EventDesk.Text;

namespace EventDesk.Nlp;

/// <summary>The 17 Universal POS tags. Stored as bytes in <see cref="PosLayer"/>.</summary>
public enum Upos : byte
{
    X = 0,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
}

/// <summary>Layer keys of the NLP stages.</summary>
public static class NlpLayers
{
    public static readonly LayerKey<PosLayer> Pos = new("pos");
    public static readonly LayerKey<LemmaLayer> Lemmas = new("lemmas");
    public static readonly LayerKey<DependencyLayer> Dependencies = new("dependencies");
}

/// <summary>
/// Part-of-speech tags per token, column-wise: UPOS as bytes, PTB XPOS as interned ids into
/// <see cref="XposNames"/>. Immutable once built, so thread-safe for reading.
/// </summary>
public sealed class PosLayer
{
    private readonly Upos[] _upos;
    private readonly ushort[] _xpos;
    private readonly string[] _xposNames;

    public PosLayer(Upos[] upos, ushort[] xpos, string[] xposNames)
    {
        if (upos.Length != xpos.Length)
        {
            throw new ArgumentException("UPOS and XPOS columns must have the same length.");
        }
        _upos = upos;
        _xpos = xpos;
        _xposNames = xposNames;
    }

    public int Count => _upos.Length;

    public ReadOnlySpan<Upos> Upos => _upos;

    public ReadOnlySpan<ushort> XposIds => _xpos;

    public IReadOnlyList<string> XposNames => _xposNames;

    public Upos UposOf(int token) => _upos[token];

    public string XposOf(int token) => _xposNames[_xpos[token]];
}

/// <summary>Lemma and UD features per token. Immutable once built, so thread-safe for reading.</summary>
public sealed class LemmaLayer
{
    private readonly string[] _lemmas;
    private readonly string[] _feats;

    public LemmaLayer(string[] lemmas, string[] feats)
    {
        if (lemmas.Length != feats.Length)
        {
            throw new ArgumentException("Lemma and feature columns must have the same length.");
        }
        _lemmas = lemmas;
        _feats = feats;
    }

    public int Count => _lemmas.Length;

    public string LemmaOf(int token) => _lemmas[token];

    /// <summary>UD FEATS string (<c>Number=Sing|Person=3</c>), or "_" when none.</summary>
    public string FeatsOf(int token) => _feats[token];
}

/// <summary>
/// Basic UD dependencies per token: the head as a document token index (-1 for the sentence
/// root) and the relation as an id into <see cref="RelationNames"/>. Immutable, thread-safe.
/// </summary>
public sealed class DependencyLayer
{
    private readonly int[] _heads;
    private readonly byte[] _relations;
    private readonly string[] _relationNames;

    public DependencyLayer(int[] heads, byte[] relations, string[] relationNames)
    {
        if (heads.Length != relations.Length)
        {
            throw new ArgumentException("Head and relation columns must have the same length.");
        }
        _heads = heads;
        _relations = relations;
        _relationNames = relationNames;
    }

    public int Count => _heads.Length;

    public ReadOnlySpan<int> Heads => _heads;

    public ReadOnlySpan<byte> RelationIds => _relations;

    public IReadOnlyList<string> RelationNames => _relationNames;

    /// <summary>The head token index, or -1 when the token is its sentence's root.</summary>
    public int HeadOf(int token) => _heads[token];

    public string RelationOf(int token) => _relationNames[_relations[token]];
}
