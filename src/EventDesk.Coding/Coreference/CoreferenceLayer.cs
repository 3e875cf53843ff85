using EventDesk.Text;

namespace EventDesk.Coding
{
    public static partial class CodingLayers
    {
        /// <summary>Coreference chains (<see cref="Coreference.CoreferenceAnnotator"/>).</summary>
        public static readonly LayerKey<Coreference.CoreferenceLayer> Coreference = new("coreference");
    }
}

namespace EventDesk.Coding.Coreference
{
    /// <summary>How a mention refers.</summary>
    public enum MentionKind : byte
    {
        /// <summary>A proper name: "Sergey Lavrov", "Lavrov", "National Security Council".</summary>
        Name,
        /// <summary>An acronym: "NSC", "CSTO".</summary>
        Acronym,
        /// <summary>A personal or possessive pronoun.</summary>
        Pronoun,
        /// <summary>A definite description: "the visiting advisor", "the group".</summary>
        Description,
        /// <summary>A plural reference to several earlier entities: "both sides", "the two countries".</summary>
        Group,
    }

    /// <summary>What a chain refers to, as far as coreference can tell.</summary>
    public enum CorefEntityType : byte
    {
        Unknown,
        Person,
        Organization,
        Location,
        /// <summary>Several entities referred to together ("both sides"): see <see cref="CorefChain.Parties"/>.</summary>
        Collective,
    }

    /// <summary>One mention: its span, kind, chain and sentence. Immutable.</summary>
    public sealed record CorefMention(TextSpan Span, MentionKind Kind, int Chain, int Sentence, bool InQuote);

    /// <summary>
    /// One entity and every mention of it. <see cref="Name"/> is the representative text (the
    /// fullest name: "Sergey Lavrov"); <see cref="Parties"/> lists the chains a collective
    /// mention ("both sides") stands for. Immutable.
    /// </summary>
    public sealed record CorefChain(
        int Id,
        string Name,
        CorefEntityType Type,
        int Representative,
        IReadOnlyList<int> Mentions,
        IReadOnlyList<string> Roles,
        IReadOnlyList<int> Parties);

    /// <summary>
    /// The coreference chains of a document. Mentions are in text order; <see cref="CorefMention.Chain"/>
    /// indexes <see cref="Chains"/>. Immutable, so thread-safe for reading.
    /// </summary>
    public sealed class CoreferenceLayer(IReadOnlyList<CorefMention> mentions, IReadOnlyList<CorefChain> chains)
    {
        public IReadOnlyList<CorefMention> Mentions { get; } = mentions;

        public IReadOnlyList<CorefChain> Chains { get; } = chains;

        /// <summary>
        /// The mention that best stands for <paramref name="span"/> (an actor or speaker phrase):
        /// the mention equal to it, else the longest mention inside it (the rightmost on a tie: English noun
        /// phrases end in their head), else one that contains it.
        /// Returns -1 when none does.
        /// </summary>
        public int MentionAt(TextSpan span)
        {
            var best = -1;
            for (var i = 0; i < Mentions.Count; i++)
            {
                var m = Mentions[i].Span;
                if (m.Start >= span.End)
                {
                    break;
                }
                if (m == span)
                {
                    return i;
                }
                if (span.Contains(m) && (best < 0 || !span.Contains(Mentions[best].Span) || m.Length >= Mentions[best].Span.Length))
                {
                    best = i;
                }
                else if (best < 0 && m.Contains(span))
                {
                    best = i;
                }
            }
            return best;
        }

        /// <summary>The chain of the mention that best stands for <paramref name="span"/>, or null.</summary>
        public CorefChain? ChainAt(TextSpan span)
        {
            var mention = MentionAt(span);
            return mention < 0 ? null : Chains[Mentions[mention].Chain];
        }

        /// <summary>The representative name of a chain; for a collective, its parties joined ("A and B").</summary>
        public string DisplayName(CorefChain chain)
        {
            if (chain.Parties.Count == 0)
            {
                return chain.Name;
            }
            var names = new string[chain.Parties.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = Chains[chain.Parties[i]].Name;
            }
            return names.Length == 2 ? names[0] + " and " + names[1] : string.Join(", ", names);
        }
    }
}
