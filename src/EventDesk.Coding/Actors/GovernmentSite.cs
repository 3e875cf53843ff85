namespace EventDesk.Coding.Actors;

/// <summary>
/// The government that issues a document, read from its web address: a press release on www.gov.uk is the British
/// government's, one on state.gov or centcom.mil the American one's. Its unqualified officials ("the Foreign
/// Secretary", "the Minister") are that government's, whatever country the release is about.
/// </summary>
internal static class GovernmentSite
{
    // Second-level labels that mark a national government's zone under a country code: gov.uk, gouv.fr, gob.mx,
    // go.jp, govt.nz, gc.ca, mil.ru.
    private static readonly HashSet<string> GovernmentZones = new(StringComparer.Ordinal)
    {
        "gov", "gouv", "gob", "go", "govt", "gv", "gc", "mil", "admin", "government", "regjeringen",
    };

    // Government hosts directly under a country code: kremlin.ru, mid.ru, government.ru, president.az, mfa.ir.
    private static readonly HashSet<string> GovernmentHosts = new(StringComparer.Ordinal)
    {
        "kremlin", "government", "president", "presidency", "mfa", "mid", "pmo", "primeminister", "mod", "defence", "elysee",
        "bundesregierung", "auswaertiges-amt", "canada",
    };

    /// <summary>
    /// The two-letter country code of the government that runs the site at <paramref name="address"/>, and whether it is
    /// a military site (centcom.mil, www.mod.uk: its own "we" are the armed forces); null when it is not a government
    /// site (or not a web address at all). American federal sites use the bare .gov and .mil.
    /// </summary>
    public static (string Country, bool Military)? Of(string? address)
    {
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        var labels = uri.IdnHost.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2)
        {
            return null;
        }
        var military = labels[^1] == "mil" || labels[^2] is "mil" or "mod" or "defence" || labels.Contains("defense") || labels.Contains("army");
        var top = labels[^1];
        if (top is "gov" or "mil")
        {
            return ("US", military);
        }
        if (top.Length != 2 || !top.All(char.IsAsciiLetterLower))
        {
            return null;
        }
        var country = top == "uk" ? "GB" : top.ToUpperInvariant();
        // www.gov.uk, diplomatie.gouv.fr, www.mofa.go.jp; kremlin.ru, canada.ca
        return labels.Length >= 3 && GovernmentZones.Contains(labels[^2]) || GovernmentHosts.Contains(labels[^2]) ? (country, military) : null;
    }
}
