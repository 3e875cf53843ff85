using System.Collections.Frozen;

namespace EventDesk.Coding.Events;

public enum ElementKind : byte
{
    /// <summary>A content word (lemma or synonym set), possibly with modifiers (<c>military_&amp;AIDN</c>).</summary>
    Word,
    /// <summary>A preposition or marker that introduces the next element (<c>with</c>, <c>to</c>, <c>that</c>).</summary>
    Marker,
    /// <summary>The source actor slot <c>S</c>.</summary>
    Source,
    /// <summary>The target actor slot <c>T</c>.</summary>
    Target,
    /// <summary>The possessive marker <c>'s</c> after a slot: the slot is the nmod:poss of the next word.</summary>
    Possessive,
    /// <summary>A coordination between two slots (<c>between S and T</c>).</summary>
    And,
    /// <summary>Negation inside a fixed expression (<c>plead not guilty</c>).</summary>
    Not,
    /// <summary>
    /// After a marker: the marked phrase must exist but names no slot and is passed over when an implicit target
    /// is searched (PETRARCH's <c>(IN ^)</c>: "celebrated Iftar in Osgiliath with Gondor" targets Gondor).
    /// </summary>
    Skip,
}

/// <summary>One element of a pattern. <see cref="Lemmas"/> for words and markers; <see cref="Modifiers"/> for compounds.</summary>
public sealed record PatternElement(ElementKind Kind, FrozenSet<string> Lemmas, IReadOnlyList<FrozenSet<string>> Modifiers, string Text)
{
    /// <summary>
    /// The modifiers stand right before the word, in order ("austrian gold florin"; PETRARCH's closed <c>{phrases}</c>
    /// and <c>A_B</c> compounds). Off: modifiers may be anywhere among the word's dependents (our dictionary files).
    /// </summary>
    public bool Contiguous { get; init; }

    /// <summary>
    /// After a marker, the word may also be the first word of the marked phrase rather than its head: PETRARCH's
    /// <c>(ON &amp;TIETYPES)</c> matches "on economic issues". Off for our dictionary files.
    /// </summary>
    public bool PhraseInitial { get; init; }

    /// <summary>
    /// A word written before the trigger must belong to the subject phrase ("{DEATH TOLL} *"), not be an adverb or
    /// auxiliary of the verb: PETRARCH-2 matches parse trees, PETRARCH-1 ("HAVE *", "RECENTLY *") matched word order.
    /// </summary>
    public bool InSubject { get; init; }
}

/// <summary>
/// A compiled event-dictionary entry: <c>CODE  PATTERN</c>. The trigger is the first content word;
/// <see cref="Weight"/> (the number of constraining elements) makes longer matches win.
/// Immutable and thread-safe.
/// </summary>
public sealed record EventPattern(
    string Code,
    bool Nominal,
    IReadOnlyList<PatternElement> Elements,
    int TriggerIndex,
    string Text,
    string File,
    int Line,
    bool Exclusion)
{
    public PatternElement Trigger => Elements[TriggerIndex];

    /// <summary>
    /// Code of the mirror event (target acting on source) that the same match also codes, as in
    /// PETRARCH's <c>[040:040]</c> ("A met B" is B meeting A too); null for none. When <see cref="Code"/>
    /// is empty only the mirror event is coded (<c>[:080]</c>: "A welcomed B's surrender" = B yields to A).
    /// </summary>
    public string? ReverseCode { get; init; }

    /// <summary>
    /// A compound subject acts on its own members ("A and B agreed" = A with B and B with A), whatever
    /// the root; PETRARCH's <c>%</c> marker.
    /// </summary>
    public bool Reciprocal { get; init; }

    /// <summary>
    /// The target must be a state (the country, its government, forces, legislature, courts or police) or an
    /// international body: <c>T:state</c> in a dictionary file. "S join T:state" codes joining an alliance or another
    /// state, not "bystanders joined the party" or "joined jihadist groups".
    /// </summary>
    public bool StateTarget { get; init; }

    public bool HasSource => Elements.Any(e => e.Kind == ElementKind.Source);

    public bool HasTarget => Elements.Any(e => e.Kind == ElementKind.Target);

    /// <summary>How specific the pattern is: content words, markers and slots beyond the trigger.</summary>
    public int Weight => Elements.Count(e => e.Kind is ElementKind.Word or ElementKind.Marker or ElementKind.Target or ElementKind.Not)
        + Elements.Sum(e => e.Modifiers.Count);

    /// <summary>Where it comes from, for explanations: <c>04-consult.txt:12 "S meet with T"</c>.</summary>
    public string Provenance => $"{Path.GetFileName(File)}:{Line} \"{Text}\"";
}
