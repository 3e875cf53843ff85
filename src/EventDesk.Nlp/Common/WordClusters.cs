namespace EventDesk.Nlp.Common;

/// <summary>Settings of the distributional word clustering.</summary>
public sealed record WordClusterOptions
{
    /// <summary>Words seen fewer times in the clustering text get no cluster.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>The most frequent words serve as context dimensions (per relative position).</summary>
    public int ContextWords { get; init; } = 1000;

    /// <summary>Depth of the binary cluster tree (at most 2^depth leaves).</summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary>Nodes with fewer words are not split further.</summary>
    public int MinSplit { get; init; } = 6;

    public int Iterations { get; init; } = 12;
}

/// <summary>
/// Hierarchical word clusters in the style of Brown clusters: each word of the clustering text gets
/// a bit path in a binary tree, and features use path prefixes (4, 6, 10 bits and the full path) so
/// rare and unseen-in-treebank words share evidence with distributionally similar words.
/// The tree is built by bisecting spherical k-means over PPMI-weighted context vectors (the words at
/// relative positions -2, -1, +1, +2). Immutable and thread-safe once built.
/// </summary>
internal sealed class WordClusters
{
    private readonly HashMap64<uint> _paths; // normalised word hash -> 1-prefixed bit path

    public WordClusters(HashMap64<uint> paths)
    {
        _paths = paths;
        var h = FeatureHash.Start();
        foreach (var (k, v) in paths.Entries())
        {
            h = FeatureHash.Mix(h ^ k ^ ((ulong)v << 20));
        }
        Signature = paths.Count == 0 ? 0 : h;
    }

    public static WordClusters None { get; } = new(HashMap64<uint>.Empty);

    public int Count => _paths.Count;

    /// <summary>Identifies the clustering (0 when there are no clusters).</summary>
    public ulong Signature { get; }

    public bool TryGetPath(ulong norm, out uint path) => _paths.TryGetValue(norm, out path);

    private const ulong NoCluster = 0x51A7E3C9B1D4F286UL;

    /// <summary>Sets the cluster prefix hashes of the words from their (original) normalised hashes.</summary>
    public void Fill(Span<WordInfo> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            ref var w = ref words[i];
            if (_paths.TryGetValue(w.Norm, out var path))
            {
                w.C4 = Prefix(path, 4);
                w.C6 = Prefix(path, 6);
                w.C10 = Prefix(path, 10);
                w.Cf = Prefix(path, 32);
            }
            else
            {
                w.C4 = w.C6 = w.C10 = w.Cf = NoCluster;
            }
        }
    }

    /// <summary>The path-prefix hashes (4, 6, 10 bits, full) of one normalised word hash.</summary>
    public (ulong C4, ulong C6, ulong C10, ulong Cf) PrefixesOf(ulong norm) =>
        _paths.TryGetValue(norm, out var path)
            ? (Prefix(path, 4), Prefix(path, 6), Prefix(path, 10), Prefix(path, 32))
            : (NoCluster, NoCluster, NoCluster, NoCluster);

    private static ulong Prefix(uint path, int bits)
    {
        var depth = 31 - System.Numerics.BitOperations.LeadingZeroCount(path);
        var p = depth > bits ? ((path >> (depth - bits)) | (1u << bits)) : path;
        return FeatureHash.Mix(p + ((ulong)bits << 40) + 0x2545F4914F6CDD1DUL);
    }

    public void Write(BinaryWriter w) => _paths.Write(w);

    public static WordClusters Read(BinaryReader r) => new(HashMap64<uint>.Read(r));

    /// <summary>Clusters the words of <paramref name="sentences"/> (normalised forms).</summary>
    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, WordClusterOptions options)
    {
        // Vocabulary and counts over normalised forms.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var corpus = new List<int[]>();
        foreach (var s in sentences)
        {
            var row = new int[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                var norm = Normalize(s[i]);
                if (!ids.TryGetValue(norm, out var id))
                {
                    ids[norm] = id = counts.Count;
                    counts.Add(0);
                }
                counts[id]++;
                row[i] = id;
            }
            corpus.Add(row);
        }
        var byFrequency = Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToArray();
        var contextDim = new int[counts.Count];
        Array.Fill(contextDim, options.ContextWords); // the "other" bucket
        for (var r = 0; r < Math.Min(options.ContextWords, byFrequency.Length); r++)
        {
            contextDim[byFrequency[r]] = r;
        }
        var width = options.ContextWords + 2; // + other + boundary
        var boundary = options.ContextWords + 1;
        var vocab = byFrequency.Where(i => counts[i] >= options.MinCount).ToArray();
        var row2word = vocab;
        var wordRow = new int[counts.Count];
        Array.Fill(wordRow, -1);
        for (var r = 0; r < vocab.Length; r++)
        {
            wordRow[vocab[r]] = r;
        }

        // Sparse co-occurrence counts: (row, position * width + context) -> count.
        var cooc = new Dictionary<int, float>[vocab.Length];
        for (var r = 0; r < vocab.Length; r++)
        {
            cooc[r] = [];
        }
        var contextTotals = new double[4 * width];
        ReadOnlySpan<int> offsets = [-2, -1, 1, 2];
        foreach (var row in corpus)
        {
            for (var i = 0; i < row.Length; i++)
            {
                var r = wordRow[row[i]];
                if (r < 0)
                {
                    continue;
                }
                for (var p = 0; p < 4; p++)
                {
                    var j = i + offsets[p];
                    var c = j < 0 || j >= row.Length ? boundary : contextDim[row[j]];
                    var key = (p * width) + c;
                    cooc[r][key] = cooc[r].GetValueOrDefault(key) + 1;
                    contextTotals[key]++;
                }
            }
        }
        var grand = contextTotals.Sum();

        // PPMI weights (positions +-2 at half weight), L2-normalised sparse rows.
        var vecIdx = new int[vocab.Length][];
        var vecVal = new float[vocab.Length][];
        for (var r = 0; r < vocab.Length; r++)
        {
            var total = cooc[r].Values.Sum();
            var entries = new List<(int, float)>();
            foreach (var (key, n) in cooc[r].OrderBy(p => p.Key))
            {
                var pmi = Math.Log(n * grand / (total * contextTotals[key]));
                if (pmi <= 0)
                {
                    continue;
                }
                var p = key / width;
                var weight = p is 0 or 3 ? 0.5 : 1.0;
                entries.Add((key, (float)(pmi * weight)));
            }
            var norm = Math.Sqrt(entries.Sum(e => (double)e.Item2 * e.Item2));
            vecIdx[r] = entries.Select(e => e.Item1).ToArray();
            vecVal[r] = entries.Select(e => norm > 0 ? (float)(e.Item2 / norm) : 0f).ToArray();
        }
        var weights = vocab.Select(v => (float)(1 + Math.Log(counts[v]))).ToArray();

        var paths = new uint[vocab.Length];
        var dim = 4 * width;
        var c0 = new float[dim];
        var c1 = new float[dim];
        var stack = new Stack<(int[] Members, uint Path, int Depth)>();
        stack.Push((Enumerable.Range(0, vocab.Length).ToArray(), 1u, 0));
        while (stack.Count > 0)
        {
            var (members, path, depth) = stack.Pop();
            if (members.Length < options.MinSplit || depth >= options.MaxDepth)
            {
                foreach (var m in members)
                {
                    paths[m] = path;
                }
                continue;
            }
            // Seeds: the most frequent member and the member least similar to it.
            Array.Clear(c0);
            Array.Clear(c1);
            var a = members[0];
            var far = members[1];
            var farSim = double.MaxValue;
            Densify(vecIdx[a], vecVal[a], c0, 1);
            foreach (var m in members)
            {
                var sim = Dot(vecIdx[m], vecVal[m], c0);
                if (m != a && sim < farSim)
                {
                    farSim = sim;
                    far = m;
                }
            }
            Densify(vecIdx[far], vecVal[far], c1, 1);
            var side = new bool[members.Length];
            for (var it = 0; it < options.Iterations; it++)
            {
                var changed = false;
                for (var k = 0; k < members.Length; k++)
                {
                    var m = members[k];
                    var right = Dot(vecIdx[m], vecVal[m], c1) > Dot(vecIdx[m], vecVal[m], c0);
                    changed |= right != side[k];
                    side[k] = right;
                }
                if (side.All(s => s) || side.All(s => !s))
                {
                    // Degenerate split: halve by order (frequency) to keep the tree going.
                    for (var k = 0; k < members.Length; k++)
                    {
                        side[k] = k % 2 == 1;
                    }
                }
                if (!changed && it > 0)
                {
                    break;
                }
                Array.Clear(c0);
                Array.Clear(c1);
                for (var k = 0; k < members.Length; k++)
                {
                    var m = members[k];
                    Densify(vecIdx[m], vecVal[m], side[k] ? c1 : c0, weights[m]);
                }
                Normalize(c0);
                Normalize(c1);
            }
            var left = members.Where((_, k) => !side[k]).ToArray();
            var rightMembers = members.Where((_, k) => side[k]).ToArray();
            stack.Push((rightMembers, (path << 1) | 1, depth + 1));
            stack.Push((left, path << 1, depth + 1));
        }
        var pairs = new List<KeyValuePair<ulong, uint>>(vocab.Length);
        var wordOfId = new string[counts.Count];
        foreach (var (w, id) in ids)
        {
            wordOfId[id] = w;
        }
        for (var r = 0; r < vocab.Length; r++)
        {
            pairs.Add(new(FeatureHash.OfNormalized(wordOfId[row2word[r]]), paths[r]));
        }
        return new WordClusters(HashMap64<uint>.Build(pairs));
    }

    private static string Normalize(string w)
    {
        Span<char> buffer = w.Length <= 128 ? stackalloc char[w.Length] : new char[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            buffer[i] = FeatureHash.Normalize(w[i]);
        }
        return new string(buffer);
    }

    private static void Densify(int[] idx, float[] val, float[] into, float weight)
    {
        for (var i = 0; i < idx.Length; i++)
        {
            into[idx[i]] += val[i] * weight;
        }
    }

    private static double Dot(int[] idx, float[] val, float[] dense)
    {
        var s = 0.0;
        for (var i = 0; i < idx.Length; i++)
        {
            s += val[i] * dense[idx[i]];
        }
        return s;
    }

    private static void Normalize(float[] v)
    {
        var s = 0.0;
        foreach (var x in v)
        {
            s += x * x;
        }
        if (s <= 0)
        {
            return;
        }
        var inv = (float)(1 / Math.Sqrt(s));
        for (var i = 0; i < v.Length; i++)
        {
            v[i] *= inv;
        }
    }

    /// <summary>Splits running text into word-like tokens for clustering (punctuation and clitics apart).</summary>
    public static IEnumerable<string[]> TokenizeText(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var tokens = new List<string>();
            foreach (var raw in line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                var w = raw.Replace('\u2019', '\'').AsSpan();
                var trailing = new List<string>();
                while (w.Length > 0 && char.IsPunctuation(w[0]))
                {
                    tokens.Add(w[..1].ToString());
                    w = w[1..];
                }
                while (w.Length > 0 && (char.IsPunctuation(w[^1]) || char.IsSymbol(w[^1])))
                {
                    trailing.Add(w[^1..].ToString());
                    w = w[..^1];
                }
                if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && w.Length > 2)
                {
                    trailing.Add(w[^2..].ToString());
                    w = w[..^2];
                }
                else if (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && w.Length > 3)
                {
                    trailing.Add(w[^3..].ToString());
                    w = w[..^3];
                }
                if (w.Length > 0)
                {
                    tokens.Add(w.ToString());
                }
                trailing.Reverse();
                tokens.AddRange(trailing);
            }
            if (tokens.Count > 0)
            {
                yield return [.. tokens];
            }
        }
    }
}
