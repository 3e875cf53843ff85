using System.Runtime.CompilerServices;

namespace EventDesk.Nlp.Common;

/// <summary>
/// Numeric feature hashing: every feature is a 64-bit key mixed from a template id and
/// word/tag hashes, so no feature string is ever built. Thread-safe (pure functions).
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Stand-ins for positions before the first and after the last word.</summary>
    public const ulong Bos = 0x1F3D5B79A2C4E6F1UL;
    public const ulong Eos = 0x2E4C6A8F1B3D5F7AUL;
    public const ulong None = 0x3A5C7E9B2D4F6A8CUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h == 0 ? 1 : h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a) => Mix(((ulong)template * Golden) ^ a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b) => Mix(F(template, a) + (b * Golden) + 0x632BE59BD9B4E019UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b, ulong c) => Mix(F(template, a, b) + (c * Golden) + 0x8CB92BA72F3D8DD7UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b, ulong c, ulong d) => Mix(F(template, a, b, c) + (d * Golden) + 0x3C6EF372FE94F82BUL);

    public static ulong Start() => FnvOffset;

    public static ulong Add(ulong h, char c) => (h ^ c) * FnvPrime;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = Add(h, c);
        }
        return Mix(h);
    }

    /// <summary>Hash of the lowercased text with digits folded to 0 (the key of the lexicons).</summary>
    public static ulong OfNormalized(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = Add(h, Normalize(c));
        }
        return Mix(h);
    }

    public static char Normalize(char c) => char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
}
