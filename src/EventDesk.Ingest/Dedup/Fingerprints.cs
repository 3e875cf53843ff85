using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EventDesk.Storage.Sqlite;

namespace EventDesk.Ingest.Dedup;

/// <summary>
/// Exact and near-duplicate fingerprints: a hash of the normalised text, a normalised URL, and
/// a MinHash signature over word 3-shingles. Stateless and thread-safe.
/// </summary>
public static class Fingerprints
{
    /// <summary>Lower-cased words of letters and digits: what stays the same when markup, spacing and punctuation change.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }
        return words;
    }

    /// <summary>SHA-256 (hex, 16 chars) of the normalised words: the document id and exact-duplicate key.</summary>
    public static string ContentHash(string text) => ContentHash(Words(text));

    /// <summary><see cref="ContentHash(string)"/> of the text's <see cref="Words"/>.</summary>
    public static string ContentHash(IReadOnlyList<string> words)
    {
        var normalized = string.Join(' ', words);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "ref", "ref_src", "cmpid", "mc_cid", "mc_eid", "ocid", "smid", "src", "ito", "CMP",
    };

    /// <summary>
    /// Scheme and host lower-cased, "www." and default ports dropped, fragment and tracking
    /// parameters removed, remaining parameters sorted, trailing slash removed. Null for non-URLs.
    /// </summary>
    public static string? NormalizeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p =>
            {
                var name = p.Split('=')[0];
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
            })
            .Order(StringComparer.Ordinal);
        var path = uri.AbsolutePath.TrimEnd('/');
        var q = string.Join('&', query);
        return "http://" + host + path + (q.Length > 0 ? "?" + q : "");
    }

    /// <summary>MinHash signature of the word 3-shingles (64 hash functions, see <see cref="MinHashBands"/>).</summary>
    public static uint[] MinHash(string text) => MinHash(Words(text));

    /// <summary><see cref="MinHash(string)"/> of the text's <see cref="Words"/>.</summary>
    public static uint[] MinHash(IReadOnlyList<string> words)
    {
        var signature = new uint[MinHashBands.SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        var shingles = new HashSet<ulong>();
        if (words.Count < 3)
        {
            shingles.Add(Hash64(string.Join(' ', words)));
        }
        for (var i = 0; i + 3 <= words.Count; i++)
        {
            shingles.Add(ShingleHash(words[i], words[i + 1], words[i + 2]));
        }
        foreach (var h in shingles)
        {
            for (var k = 0; k < signature.Length; k++)
            {
                // Independent hash functions from one 64-bit hash: multiply-shift with fixed odd seeds.
                var v = (uint)((h ^ Seeds[k]) * 0x9E3779B97F4A7C15UL >> 32);
                if (v < signature[k])
                {
                    signature[k] = v;
                }
            }
        }
        return signature;
    }

    private static readonly ulong[] Seeds = MakeSeeds();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[MinHashBands.SignatureLength];
        var x = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < seeds.Length; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            seeds[i] = x | 1;
        }
        return seeds;
    }

    private const ulong FnvOffset = 14695981039346656037UL;

    internal static ulong Hash64(string s) => Mix(Fnv(FnvOffset, s));

    /// <summary>Hash64 of "a b c" without building the string (one per word of every document).</summary>
    internal static ulong ShingleHash(string a, string b, string c) =>
        Mix(Fnv(Fnv(Fnv(Fnv(Fnv(FnvOffset, a), ' '), b), ' '), c));

    private static ulong Fnv(ulong h, string s)
    {
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    private static ulong Fnv(ulong h, char c) => (h ^ c) * 1099511628211UL;

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }

    internal static string Invariant(double d) => d.ToString(CultureInfo.InvariantCulture);
}
