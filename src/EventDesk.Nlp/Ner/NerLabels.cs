namespace EventDesk.Nlp.Ner;

public enum NerType : byte
{
    None,
    Person,
    Organization,
    Location,
}

/// <summary>BIO labels over the three entity types, as a closed set of byte ids.</summary>
public enum NerLabel : byte
{
    O,
    BPer,
    IPer,
    BOrg,
    IOrg,
    BLoc,
    ILoc,
}

public static class NerLabels
{
    public const int Count = 7;

    public static NerType TypeOf(NerLabel label) => label switch
    {
        NerLabel.BPer or NerLabel.IPer => NerType.Person,
        NerLabel.BOrg or NerLabel.IOrg => NerType.Organization,
        NerLabel.BLoc or NerLabel.ILoc => NerType.Location,
        _ => NerType.None,
    };

    public static bool IsBegin(NerLabel label) => label is NerLabel.BPer or NerLabel.BOrg or NerLabel.BLoc;

    public static NerLabel Of(NerType type, bool begin) => type switch
    {
        NerType.Person => begin ? NerLabel.BPer : NerLabel.IPer,
        NerType.Organization => begin ? NerLabel.BOrg : NerLabel.IOrg,
        NerType.Location => begin ? NerLabel.BLoc : NerLabel.ILoc,
        _ => NerLabel.O,
    };

    /// <summary>I-X may only follow B-X or I-X.</summary>
    public static bool IsAllowed(NerLabel previous, NerLabel next) =>
        NerLabels.IsBegin(next) || next == NerLabel.O || TypeOf(previous) == TypeOf(next);

    public static NerType ParseType(ReadOnlySpan<char> name) => name switch
    {
        "PER" or "PERSON" => NerType.Person,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => NerType.Organization,
        "LOC" or "GPE" or "LOCATION" => NerType.Location,
        _ => NerType.None,
    };

    public static string Name(NerType type) => type switch
    {
        NerType.Person => "PER",
        NerType.Organization => "ORG",
        NerType.Location => "LOC",
        _ => "O",
    };
}
