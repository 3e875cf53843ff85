using System.Collections.Frozen;

namespace EventDesk.Knowledge;

/// <summary>
/// The closed set of 3-letter sector codes used in our data (CAMEO-style). A field may chain several
/// codes ("GOVMIL"); each 3-letter part must be known. Thread-safe.
/// </summary>
public static class Sectors
{
    public static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>
    {
        ["GOV"] = "government",
        ["MIL"] = "military",
        ["COP"] = "police",
        ["JUD"] = "judiciary",
        ["LEG"] = "legislature",
        ["OPP"] = "opposition",
        ["PTY"] = "political party",
        ["ELI"] = "elites (former officials, notables)",
        ["SPY"] = "intelligence services",
        ["REB"] = "rebels",
        ["INS"] = "insurgents",
        ["SEP"] = "separatists",
        ["RAD"] = "radicals, extremists",
        ["UAF"] = "unidentified armed forces",
        ["CRM"] = "criminals, cartels",
        ["IGO"] = "intergovernmental organisation",
        ["NGO"] = "non-governmental organisation",
        ["MED"] = "media",
        ["EDU"] = "education",
        ["BUS"] = "business",
        ["MNC"] = "multinational corporation",
        ["CVL"] = "civilians",
        ["LAB"] = "labour",
        ["HLH"] = "health",
        ["REF"] = "refugees, displaced",
        ["MOD"] = "moderates",
        ["AGR"] = "agriculture",
        ["ENV"] = "environment",
        ["HRI"] = "human rights",
        ["REL"] = "religious",
        ["IMG"] = "international militarised group",
        ["DEV"] = "development",
        ["SET"] = "settlers",
        ["CON"] = "consumer",
        ["NAV"] = "navy",
        ["AIR"] = "air force",
        ["PPL"] = "people, public",
        ["ETH"] = "ethnic group",
        ["MIG"] = "migrants",
        ["HUM"] = "humanitarian",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> is one or more known 3-letter sector codes.</summary>
    public static bool IsValid(string code)
    {
        if (code.Length == 0 || code.Length % 3 != 0)
        {
            return false;
        }
        for (var i = 0; i < code.Length; i += 3)
        {
            if (!Known.ContainsKey(code.Substring(i, 3)))
            {
                return false;
            }
        }
        return true;
    }
}
