using EventDesk.Nlp.Common;

namespace EventDesk.Nlp.Lemmatization;

/// <summary>
/// Lemmas and UD FEATS from (form, XPOS): an exception lexicon learned from the treebanks
/// (exact form, then lowercased form), then, for unseen words, the most frequent suffix
/// rewrite rule (strip k characters, append a string) learned per XPOS and word ending,
/// preferring the longest ending whose rewrite is a lemma the treebanks attest ("bombed" is
/// "bomb", not "bombe" as "described" would suggest). Immutable and thread-safe.
/// </summary>
internal sealed class LemmatizerModel
{
    public const string Kind = "lemmatizer";
    public const int MaxSuffix = 6;

    private readonly Dictionary<ulong, int> _lexicon;     // key -> entry
    private readonly int[] _entryLemma;                    // entry -> string id
    private readonly int[] _entryFeats;                    // entry -> string id
    private readonly Dictionary<ulong, int> _rules;       // (xpos, suffix) key -> rule
    private readonly byte[] _ruleStrip;
    private readonly int[] _ruleAppend;                    // rule -> string id
    private readonly Dictionary<ulong, int> _xposFeats;   // xpos key -> string id
    private readonly string[] _strings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _attested; // lowercased lemmas of the lexicon

    public LemmatizerModel(Dictionary<ulong, int> lexicon, int[] entryLemma, int[] entryFeats,
        Dictionary<ulong, int> rules, byte[] ruleStrip, int[] ruleAppend, Dictionary<ulong, int> xposFeats, string[] strings)
    {
        _lexicon = lexicon;
        _entryLemma = entryLemma;
        _entryFeats = entryFeats;
        _rules = rules;
        _ruleStrip = ruleStrip;
        _ruleAppend = ruleAppend;
        _xposFeats = xposFeats;
        _strings = strings;
        var attested = new HashSet<string>(StringComparer.Ordinal);
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < entryLemma.Length; e++)
        {
            var lemma = strings[entryLemma[e]].ToLowerInvariant();
            attested.Add(lemma);
            if (strings[entryFeats[e]].Contains("VerbForm=", StringComparison.Ordinal))
            {
                verbs.Add(lemma);
            }
        }
        _attested = attested.GetAlternateLookup<ReadOnlySpan<char>>();
        _attestedVerbs = verbs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _attestedVerbs; // lemmas the lexicon has as verbs (with a VerbForm)

    public int LexiconSize => _lexicon.Count;

    public int RuleCount => _rules.Count;

    public static ulong XposKey(string xpos) => FeatureHash.Of(xpos);

    private static readonly ulong PastTenseKey = XposKey("VBD");
    private static readonly ulong ParticipleKey = XposKey("VBN");

    public static ulong ExactKey(ReadOnlySpan<char> form, ulong xposKey) => FeatureHash.F(1, FeatureHash.Of(form), xposKey);

    public static ulong LowerKey(ReadOnlySpan<char> form, ulong xposKey)
    {
        var h = FeatureHash.Start();
        foreach (var c in form)
        {
            h = FeatureHash.Add(h, char.ToLowerInvariant(c));
        }
        return FeatureHash.F(2, FeatureHash.Mix(h), xposKey);
    }

    public static ulong SuffixKey(ReadOnlySpan<char> lowerForm, int k, ulong xposKey)
    {
        var h = FeatureHash.Start();
        foreach (var c in lowerForm[^k..])
        {
            h = FeatureHash.Add(h, c);
        }
        return FeatureHash.F(3 + k, FeatureHash.Mix(h), xposKey);
    }

    public static bool KeepsCase(string xpos) => xpos is "NNP" or "NNPS";

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>, and its FEATS.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos, ulong xposKey, out string feats)
    {
        if (_lexicon.TryGetValue(ExactKey(form, xposKey), out var entry) ||
            _lexicon.TryGetValue(LowerKey(form, xposKey), out entry))
        {
            feats = _strings[_entryFeats[entry]];
            return _strings[_entryLemma[entry]];
        }
        // A past tense the treebanks only have as a participle, or the reverse ("shot" VBD as "shot" VBN): same lemma.
        if ((xposKey == PastTenseKey || xposKey == ParticipleKey)
            && _lexicon.TryGetValue(LowerKey(form, xposKey == PastTenseKey ? ParticipleKey : PastTenseKey), out entry))
        {
            feats = _xposFeats.TryGetValue(xposKey, out var pf) ? _strings[pf] : "_";
            return _strings[_entryLemma[entry]];
        }
        feats = _xposFeats.TryGetValue(xposKey, out var f) ? _strings[f] : "_";
        Span<char> buffer = stackalloc char[Math.Min(form.Length, 256)];
        if (form.Length > 256)
        {
            return KeepsCase(xpos) ? form.ToString() : form.ToString().ToLowerInvariant();
        }
        var keepCase = KeepsCase(xpos);
        for (var i = 0; i < form.Length; i++)
        {
            buffer[i] = keepCase ? form[i] : char.ToLowerInvariant(form[i]);
        }
        ReadOnlySpan<char> lower = buffer;
        // The longest ending's rewrite unless a shorter ending gives an attested lemma: "shelled" ends like
        // "cancelled" (-> "shel") but also like "killed" (-> "shell", a lemma the treebanks have).
        var fallback = -1;
        Span<char> candidate = stackalloc char[lower.Length + 8];
        for (var k = Math.Min(MaxSuffix, lower.Length); k >= 1; k--)
        {
            if (!_rules.TryGetValue(SuffixKey(lower, k, xposKey), out var rule) || _ruleStrip[rule] >= lower.Length)
            {
                continue;
            }
            var append = _strings[_ruleAppend[rule]];
            var stem = lower[..^_ruleStrip[rule]];
            if (keepCase || stem.Length + append.Length > candidate.Length)
            {
                return string.Concat(stem, append); // names: the rule as learned
            }
            stem.CopyTo(candidate);
            append.AsSpan().CopyTo(candidate[stem.Length..]);
            var text = candidate[..(stem.Length + append.Length)];
            if (_attested.Contains(text))
            {
                return text.ToString();
            }
            if (fallback < 0)
            {
                fallback = rule;
            }
        }
        // No rule gives a known lemma: a regular English ending may still ("traded" ends like "faded"/"graded" -> the
        // rule strips "ed" to "trad", but "trade" is a lemma the treebanks have).
        if (!keepCase && RegularVerbLemma(lower, xpos) is { } regular)
        {
            return regular;
        }
        return fallback < 0 ? lower.ToString() : string.Concat(lower[..^_ruleStrip[fallback]], _strings[_ruleAppend[fallback]]);
    }

    /// <summary>The first lemma attested as a verb for the regular verb endings: -ed/-d, -ing, -s/-es/-ies, with a doubled final consonant undone.</summary>
    private string? RegularVerbLemma(ReadOnlySpan<char> lower, string xpos)
    {
        ReadOnlySpan<string> endings = xpos switch
        {
            "VBD" or "VBN" => ["ed", "d"],
            "VBG" => ["ing"],
            "VBZ" => ["es", "s"],
            _ => [],
        };
        Span<char> candidate = stackalloc char[lower.Length + 1];
        foreach (var ending in endings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal) || lower.Length - ending.Length < 2)
            {
                continue;
            }
            var stem = lower[..^ending.Length];
            stem.CopyTo(candidate);
            var n = stem.Length;
            if (VerbLemma(stem) is { } plain)
            {
                return plain; // "walked" -> walk
            }
            candidate[n] = 'e';
            if (ending is "ed" or "ing" && VerbLemma(candidate[..(n + 1)]) is { } withE)
            {
                return withE; // "traded" -> trade, "making" -> make
            }
            if (n >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'o') && VerbLemma(stem[..^1]) is { } undoubled)
            {
                return undoubled; // "stopped" -> stop
            }
            if (n >= 4 && stem[^1] == 'l' && stem[^2] == 'l' && _attested.Contains(stem[..^1]))
            {
                return stem[..^1].ToString(); // British spelling: "initialled" -> initial, "signalled" -> signal, "totalled" -> total
            }
            candidate[n - 1] = 'y';
            if (ending is "ed" or "es" && stem[^1] == 'i' && VerbLemma(candidate[..n]) is { } withY)
            {
                return withY; // "tried" -> try
            }
        }
        return null;
    }

    // A lemma the lexicon has as a verb: "severed" is not the adjective "severe".
    private string? VerbLemma(ReadOnlySpan<char> candidate) => _attestedVerbs.Contains(candidate) ? candidate.ToString() : null;

    public void Write(BinaryWriter w)
    {
        ModelFile.WriteStrings(w, _strings);
        var keys = _lexicon.Keys.Order().ToArray();
        w.Write(keys.Length);
        foreach (var k in keys)
        {
            var e = _lexicon[k];
            w.Write(k);
            w.Write(_entryLemma[e]);
            w.Write(_entryFeats[e]);
        }
        var ruleKeys = _rules.Keys.Order().ToArray();
        w.Write(ruleKeys.Length);
        foreach (var k in ruleKeys)
        {
            var rule = _rules[k];
            w.Write(k);
            w.Write(_ruleStrip[rule]);
            w.Write(_ruleAppend[rule]);
        }
        var xk = _xposFeats.Keys.Order().ToArray();
        w.Write(xk.Length);
        foreach (var k in xk)
        {
            w.Write(k);
            w.Write(_xposFeats[k]);
        }
    }

    public static LemmatizerModel Read(BinaryReader r)
    {
        var strings = ModelFile.ReadStrings(r);
        int Str(int id) => id >= 0 && id < strings.Length ? id : throw new InvalidDataException($"string id {id} is out of range");
        var n = ModelFile.ReadCount(r, 50_000_000);
        var lexicon = new Dictionary<ulong, int>(n);
        var lemma = new int[n];
        var feats = new int[n];
        for (var i = 0; i < n; i++)
        {
            lexicon[r.ReadUInt64()] = i;
            lemma[i] = Str(r.ReadInt32());
            feats[i] = Str(r.ReadInt32());
        }
        var m = ModelFile.ReadCount(r, 50_000_000);
        var rules = new Dictionary<ulong, int>(m);
        var strip = new byte[m];
        var append = new int[m];
        for (var i = 0; i < m; i++)
        {
            rules[r.ReadUInt64()] = i;
            strip[i] = r.ReadByte();
            append[i] = Str(r.ReadInt32());
        }
        var x = ModelFile.ReadCount(r, 100_000);
        var xposFeats = new Dictionary<ulong, int>(x);
        for (var i = 0; i < x; i++)
        {
            xposFeats[r.ReadUInt64()] = Str(r.ReadInt32());
        }
        return new LemmatizerModel(lexicon, lemma, feats, rules, strip, append, xposFeats, strings);
    }

    public void Save(string path) => ModelFile.Write(path, Kind, Write);

    public static LemmatizerModel Load(string path) => ModelFile.Read(path, Kind, Read);
}

/// <summary>Learns a <see cref="LemmatizerModel"/> from gold sentences. Not thread-safe.</summary>
internal static class LemmatizerTrainer
{
    public static LemmatizerModel Train(IReadOnlyList<UdSentence> train, int minRuleCount = 2)
    {
        var strings = new List<string>();
        var stringIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string s)
        {
            if (!stringIds.TryGetValue(s, out var id))
            {
                stringIds[s] = id = strings.Count;
                strings.Add(s);
            }
            return id;
        }
        Intern("_");
        var lexCounts = new Dictionary<ulong, Dictionary<(string Lemma, string Feats), int>>();
        var ruleCounts = new Dictionary<ulong, Dictionary<(int Strip, string Append), int>>();
        var xposFeatCounts = new Dictionary<ulong, Dictionary<string, int>>();
        void Count<TK>(Dictionary<ulong, Dictionary<TK, int>> d, ulong key, TK value) where TK : notnull
        {
            if (!d.TryGetValue(key, out var inner))
            {
                d[key] = inner = [];
            }
            inner[value] = inner.GetValueOrDefault(value) + 1;
        }
        foreach (var s in train)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var form = s.Forms[i];
                var xpos = s.Xpos[i];
                var lemma = s.Lemmas[i];
                var xk = LemmatizerModel.XposKey(xpos);
                Count(lexCounts, LemmatizerModel.ExactKey(form, xk), (lemma, s.Feats[i]));
                Count(lexCounts, LemmatizerModel.LowerKey(form, xk), (lemma, s.Feats[i]));
                Count(xposFeatCounts, xk, s.Feats[i]);
                var source = LemmatizerModel.KeepsCase(xpos) ? form : form.ToLowerInvariant();
                var target = LemmatizerModel.KeepsCase(xpos) ? lemma : (lemma.Any(char.IsUpper) && !source.Any(char.IsUpper) ? lemma.ToLowerInvariant() : lemma);
                var p = 0;
                while (p < source.Length && p < target.Length && source[p] == target[p])
                {
                    p++;
                }
                var strip = source.Length - p;
                if (strip > 255 || source.Length == 0)
                {
                    continue;
                }
                var rule = (strip, target[p..]);
                for (var k = 1; k <= Math.Min(LemmatizerModel.MaxSuffix, source.Length); k++)
                {
                    Count(ruleCounts, LemmatizerModel.SuffixKey(source, k, xk), rule);
                }
            }
        }
        var lexicon = new Dictionary<ulong, int>();
        var lemmas = new List<int>();
        var feats = new List<int>();
        foreach (var key in lexCounts.Keys.Order())
        {
            var best = Best(lexCounts[key], v => v.Lemma + "\t" + v.Feats);
            lexicon[key] = lemmas.Count;
            lemmas.Add(Intern(best.Lemma));
            feats.Add(Intern(best.Feats));
        }
        var rules = new Dictionary<ulong, int>();
        var strips = new List<byte>();
        var appends = new List<int>();
        foreach (var key in ruleCounts.Keys.Order())
        {
            var counts = ruleCounts[key];
            if (counts.Values.Sum() < minRuleCount)
            {
                continue;
            }
            var best = Best(counts, v => v.Strip + "\t" + v.Append);
            rules[key] = strips.Count;
            strips.Add((byte)best.Strip);
            appends.Add(Intern(best.Append));
        }
        var xposFeats = new Dictionary<ulong, int>();
        foreach (var (key, counts) in xposFeatCounts)
        {
            xposFeats[key] = Intern(Best(counts, v => v));
        }
        return new LemmatizerModel(lexicon, [.. lemmas], [.. feats], rules, [.. strips], [.. appends], xposFeats, [.. strings]);
    }

    private static T Best<T>(Dictionary<T, int> counts, Func<T, string> tieBreak) where T : notnull =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => tieBreak(p.Key), StringComparer.Ordinal).First().Key;
}
