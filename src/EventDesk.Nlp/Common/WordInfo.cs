namespace EventDesk.Nlp.Common;

/// <summary>
/// The hashed lexical properties of one word, computed once per token so feature templates
/// only combine numbers. A mutable struct kept in per-sentence arrays.
/// </summary>
internal struct WordInfo
{
    public ulong Form;
    public ulong Norm;
    public ulong Shape;
    public ulong P1, P2, P3;
    public ulong S1, S2, S3, S4;
    public ulong Flags;
    public ulong Amb;

    /// <summary>The external lexicon's tag set and most frequent tag; set by <see cref="Tagging.WordLexicon.Fill"/>.</summary>
    public ulong Lex, LexTop;

    /// <summary>Word-cluster path prefixes (4, 6, 10 bits, full); set by <see cref="WordClusters.Fill"/>.</summary>
    public ulong C4, C6, C10, Cf;

    public const int HasDigit = 1, HasUpper = 2, InitUpper = 4, AllUpper = 8, HasHyphen = 16, HasAlpha = 32, HasPeriod = 64;

    public static void Fill(ReadOnlySpan<char> w, ref WordInfo info)
    {
        var form = FeatureHash.Start();
        var norm = FeatureHash.Start();
        var shape = FeatureHash.Start();
        var flags = 0;
        char lastClass = '\0';
        var run = 0;
        var upper = 0;
        var letters = 0;
        ulong p1 = 0, p2 = 0, p3 = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            form = FeatureHash.Add(form, c);
            norm = FeatureHash.Add(norm, FeatureHash.Normalize(c));
            char cls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                upper++;
                letters++;
                flags |= HasUpper | HasAlpha;
                if (i == 0)
                {
                    flags |= InitUpper;
                }
            }
            else if (char.IsLetter(c))
            {
                cls = 'x';
                letters++;
                flags |= HasAlpha;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                flags |= HasDigit;
            }
            else
            {
                cls = c;
                if (c == '-')
                {
                    flags |= HasHyphen;
                }
                else if (c == '.')
                {
                    flags |= HasPeriod;
                }
            }
            if (cls == lastClass)
            {
                run++;
            }
            else
            {
                run = 1;
                lastClass = cls;
            }
            if (run <= 2)
            {
                shape = FeatureHash.Add(shape, cls);
            }
            if (i == 0)
            {
                p1 = norm;
            }
            else if (i == 1)
            {
                p2 = norm;
            }
            else if (i == 2)
            {
                p3 = norm;
            }
        }
        if (letters > 1 && upper == letters)
        {
            flags |= AllUpper;
        }
        info.Form = FeatureHash.Mix(form);
        info.Norm = FeatureHash.Mix(norm);
        info.Shape = FeatureHash.Mix(shape ^ 0x5555);
        info.P1 = FeatureHash.Mix(p1 ^ 0x1111);
        info.P2 = w.Length > 1 ? FeatureHash.Mix(p2 ^ 0x2222) : info.Norm;
        info.P3 = w.Length > 2 ? FeatureHash.Mix(p3 ^ 0x3333) : info.Norm;
        info.S1 = Suffix(w, 1);
        info.S2 = Suffix(w, 2);
        info.S3 = Suffix(w, 3);
        info.S4 = Suffix(w, 4);
        info.Flags = (ulong)flags;
        info.Amb = 0;
        info.Lex = info.LexTop = 0;
        info.C4 = info.C6 = info.C10 = info.Cf = 0;
    }

    private static ulong Suffix(ReadOnlySpan<char> w, int k)
    {
        var s = w.Length > k ? w[^k..] : w;
        var h = FeatureHash.Start();
        foreach (var c in s)
        {
            h = FeatureHash.Add(h, FeatureHash.Normalize(c));
        }
        return FeatureHash.Mix(h ^ (ulong)(k * 0x9999));
    }
}
