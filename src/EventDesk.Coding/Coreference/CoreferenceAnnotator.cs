using EventDesk.Coding.Quotes;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Coreference;

/// <summary>
/// Coreference for event coding: proper names and their short forms (Lavrov -> Sergey Lavrov),
/// acronyms (NSC -> National Security Council), third-person pronouns, first-person pronouns
/// inside quotes (-> the speaker), role descriptions ("the visiting advisor" -> the person
/// titled advisor) and collective references ("both sides" -> the parties of the preceding
/// meeting). Name mentions come from the entity layer when one is present (the resolver plugs
/// in there), else from PROPN runs, else from capitalised-word runs.
/// Thread-safe: lexicons are immutable; all per-document state lives in the call.
/// </summary>
public sealed class CoreferenceAnnotator : IAnnotator
{
    private readonly RoleNouns _roles;

    private readonly Func<string, IReadOnlySet<string>?>? _countryGroups;

    /// <param name="roles">The role nouns of descriptions ("the minister", "the country").</param>
    /// <param name="countryGroups">
    /// The countries a descriptive adjective stands for ("Baltic": EST, LVA, LTU; <c>KnowledgeBase.CountriesDescribedBy</c>), so that
    /// "the Baltic state" refers back to one of them; none: the closest country named.
    /// </param>
    public CoreferenceAnnotator(RoleNouns? roles = null, Func<string, IReadOnlySet<string>?>? countryGroups = null)
    {
        _roles = roles ?? RoleNouns.Default;
        _countryGroups = countryGroups;
    }

    public string Name => "coreference";
    public string Version => "1.0";
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences, CodingLayers.QuoteCandidates];
    public IReadOnlyList<LayerKey> Produces { get; } = [CodingLayers.Coreference];

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var view = new DocumentView(document);
        var quotes = document.Layers.Get(CodingLayers.QuoteCandidates);
        document.Layers.TryGet(AnnotationLayers.Entities, out var entities);
        var mentions = new MentionFinder(view, _roles, quotes, entities, _countryGroups).Find();
        var layer = new ChainResolver(view, quotes, mentions).Resolve();
        document.Layers.Add(CodingLayers.Coreference, layer, new LayerProvenance(Name, Version));
    }
}

/// <summary>Grammatical person and number of a pronoun.</summary>
internal enum PronounClass : byte
{
    None,
    FirstSingular,
    FirstPlural,
    Masculine,
    Feminine,
    Neuter,
    ThirdPlural,
}

/// <summary>A mention found in the text, before resolution. Mutable while one call runs.</summary>
internal sealed class RawMention
{
    public TextSpan Span;
    public int First;
    public int End;
    public MentionKind Kind;
    public int Sentence;
    public bool InQuote;
    public bool IsSubject;
    /// <summary>The mention is one of coordinated names ("Britain and France"): together they are plural.</summary>
    public bool IsConjunct;
    /// <summary>The word the mention's head depends on (its verb for a subject or object), or -1 without a parse.</summary>
    public int Governor = -1;
    public bool IsSpeaker;
    public PronounClass Pronoun;
    public CorefEntityType Type;
    public string? Role;
    public RoleKind RoleKind;
    public bool RolePlural;
    public bool HasComplement;
    public List<string> Titles = [];
    public string Key = "";
    public RawMention? DefinedBy;
    public int Chain = -1;
    /// <summary>For a name: the country of its resolved actor, if any.</summary>
    public string? Country;
    /// <summary>For a description of a country with a group adjective ("the Baltic state"): the countries it can be.</summary>
    public IReadOnlySet<string>? CountryGroup;
}
