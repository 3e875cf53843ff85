using EventDesk.Nlp;
using EventDesk.Text;
using EventDesk.Text.Tokenization;

namespace EventDesk.Coding.Events;

/// <summary>
/// A dependency tree over one sentence with child lists, lemmas and relations, for pattern
/// matching. Indexes are document token indexes. Built per sentence inside the coder; never shared.
/// </summary>
internal sealed class SentenceTree
{
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;

    public SentenceTree(Document document, PosLayer pos, LemmaLayer lemmas, DependencyLayer deps, Sentence sentence)
    {
        Document = document;
        Pos = pos;
        Lemmas = lemmas;
        Deps = deps;
        First = sentence.FirstToken;
        End = sentence.EndToken;
        Index = sentence.Index;
        var n = End - First;
        _firstChild = new int[n];
        _nextSibling = new int[n];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        // Insert in reverse so children come out in text order.
        for (var t = End - 1; t >= First; t--)
        {
            var head = deps.HeadOf(t);
            if (head < First || head >= End)
            {
                continue;
            }
            _nextSibling[t - First] = _firstChild[head - First];
            _firstChild[head - First] = t;
        }
    }

    public Document Document { get; }
    public PosLayer Pos { get; }
    public LemmaLayer Lemmas { get; }
    public DependencyLayer Deps { get; }
    public int First { get; }
    public int End { get; }
    public int Index { get; }

    // No token (-1, the head of a root) has no lemma, relation, tag or form: the coder asks about heads without always
    // checking for the root first, and one unchecked root crashed the pipeline on a whole document.
    public string Lemma(int t) => t < 0 ? "" : _lemmaFixes is { } fixes && t >= First && t < End && fixes[t - First] is { } corrected ? corrected : Lemmas.LemmaOf(t);

    // Lemmas the event coder corrected for this sentence ("upgraded" -> "upgrad" -> "upgrade"), by token.
    private string?[]? _lemmaFixes;

    /// <summary>Replaces the lemmatizer's lemma of a token of this sentence (the layer itself is not changed).</summary>
    public void FixLemma(int t, string lemma)
    {
        _lemmaFixes ??= new string?[End - First];
        _lemmaFixes[t - First] = lemma;
    }

    public string Rel(int t) => t < 0 ? "" : Deps.RelationOf(t);

    public Upos Upos(int t) => t < 0 ? EventDesk.Nlp.Upos.X : Pos.UposOf(t);

    public int Head(int t)
    {
        if (t < 0)
        {
            return -1;
        }
        var h = Deps.HeadOf(t);
        return h >= First && h < End ? h : -1;
    }

    // Lower-cased forms, made once per token on first use: pattern matching asks for the same ones many times.
    private string?[]? _lower;

    public string LowerForm(int t)
    {
        if (t < 0)
        {
            return "";
        }
        if (t < First || t >= End)
        {
            return Lower(Document.Tokens.TextOf(t));
        }
        _lower ??= new string?[End - First];
        return _lower[t - First] ??= Lower(Document.Tokens.TextOf(t));
    }

    /// <summary>
    /// The lowercase form, with typographic apostrophes made straight: "didn’t" in a page set with curly quotes is "n't" to every
    /// rule ("Russia didn’t attack Ukraine" had coded an attack).
    /// </summary>
    private static string Lower(ReadOnlySpan<char> form)
    {
        var lower = LowerCaseForms.Of(form);
        return lower.AsSpan().IndexOfAny('’', '‘') < 0 ? lower : lower.Replace('’', '\'').Replace('‘', '\'');
    }

    public ChildEnumerator Children(int t) => new(this, t);

    public bool RelIs(int t, string rel) => Rel(t).AsSpan().StartsWith(rel, StringComparison.Ordinal) &&
        (Rel(t).Length == rel.Length || Rel(t)[rel.Length] == ':');

    public int Child(int t, string rel)
    {
        foreach (var c in Children(t))
        {
            if (RelIs(c, rel))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The first dependent of the relation (or a subtype) that has the marker: "on" in "marched on Anahuac", or -1.</summary>
    public int ChildMarked(int t, string rel, string marker)
    {
        foreach (var c in Children(t))
        {
            if (RelIs(c, rel) && HasMarker(c, marker))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The exact relation (with subtype), e.g. "obl:agent".</summary>
    public int ChildExact(int t, string rel)
    {
        foreach (var c in Children(t))
        {
            if (Rel(c) == rel)
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The lowercase case/mark marker of a dependent ("with" in "with Atmar"), or null.</summary>
    public bool HasMarker(int t, string marker)
    {
        foreach (var c in Children(t))
        {
            if ((RelIs(c, "case") || RelIs(c, "mark")) && (Lemma(c) == marker || LowerForm(c) == marker))
            {
                return true;
            }
            // Multiword markers: "in favour of", "on behalf of" attach their last word as fixed. Not "according to" (a
            // source, "he told settlers ..., according to a statement", is no "to"-phrase of the verb).
            if ((RelIs(c, "case") || RelIs(c, "mark")) && LowerForm(c) is not ("according" or "due" or "thanks" or "owing" or "prior"))
            {
                foreach (var f in Children(c))
                {
                    if (RelIs(f, "fixed") && LowerForm(f) == marker)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="t"/> has any of <paramref name="markers"/> (<see cref="HasMarker"/>; a loop, not a lambda, since it runs per token).</summary>
    public bool HasAnyMarker(int t, ReadOnlySpan<string> markers)
    {
        foreach (var m in markers)
        {
            if (HasMarker(t, m))
            {
                return true;
            }
        }
        return false;
    }

    public bool IsPassive(int t) => Child(t, "aux:pass") >= 0 || ChildExact(t, "nsubj:pass") >= 0 || ChildExact(t, "obl:agent") >= 0
        || ReducedPassive(t);

    /// <summary>
    /// A past participle with no auxiliary and a "by" phrase, whatever the parser made of its noun: "Four Frenchmen kidnapped by
    /// Al-Qaeda in the Islamic Maghreb ... were freed" was parsed with "Frenchmen" as the subject of "kidnapped".
    /// </summary>
    private bool ReducedPassive(int t)
    {
        // (Only a participle modifying a noun or a clause: "it stood by its Czech ally" is active.)
        if (Pos.XposOf(t) != "VBN" || Child(t, "aux") >= 0 || !(RelIs(t, "acl") || RelIs(t, "advcl") || RelIs(t, "amod")))
        {
            return false;
        }
        foreach (var c in Children(t))
        {
            if (c > t && RelIs(c, "obl") && HasMarker(c, "by"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A possessive pronoun: "his" delegation, "her" killing, "their" citizens.</summary>
    public bool IsPossessivePronoun(int t) => LowerForm(t) is "his" or "her" or "its" or "their" or "our" or "my" or "your";

    public TextSpan SpanOf(int t) => Document.Tokens.SpanOf(t);

    /// <summary>The character span of the token's whole subtree (its phrase).</summary>
    public TextSpan SubtreeSpan(int t)
    {
        var (lo, hi) = SubtreeTokens(t);
        return TextSpan.FromBounds(Document.Tokens.Starts[lo], Document.Tokens.Ends[hi]);
    }

    /// <summary>The first and last token of the token's whole subtree (its phrase).</summary>
    public (int First, int Last) SubtreeTokens(int t)
    {
        int lo = t, hi = t;
        Extend(t, ref lo, ref hi, 0);
        return (lo, hi);
    }

    private void Extend(int t, ref int lo, ref int hi, int depth)
    {
        if (depth > 40)
        {
            return;
        }
        foreach (var c in Children(t))
        {
            if (RelIs(c, "punct") && (c == lo - 1 || c == hi + 1))
            {
                continue;
            }
            lo = Math.Min(lo, c);
            hi = Math.Max(hi, c);
            Extend(c, ref lo, ref hi, depth + 1);
        }
    }

    public bool IsAncestor(int ancestor, int t)
    {
        for (var h = Head(t); h >= 0; h = Head(h))
        {
            if (h == ancestor)
            {
                return true;
            }
            if (h == t)
            {
                break;
            }
        }
        return false;
    }

    public struct ChildEnumerator(SentenceTree tree, int parent)
    {
        private int _current = -2;

        public readonly int Current => _current;

        public readonly ChildEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            _current = _current == -2 ? tree._firstChild[parent - tree.First] : tree._nextSibling[_current - tree.First];
            return _current >= 0;
        }
    }
}
