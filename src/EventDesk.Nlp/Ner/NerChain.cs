namespace EventDesk.Nlp.Ner;

/// <summary>
/// The model's internal label set: BIOES (begin, inside, end, single) over PER/ORG/LOC plus O, 13 tags,
/// with the valid transitions and first-order Viterbi decoding. Gold BIO labels are converted in and
/// predicted tags out, so the rest of the system keeps BIO <see cref="NerLabel"/>s. Thread-safe (stateless).
/// </summary>
internal static class NerChain
{
    public const int Count = 13;

    /// <summary>Row of the transition table used for the sentence start.</summary>
    public const int Start = Count;

    private const int B = 0, I = 1, E = 2, S = 3;

    private static int Tag(NerType type, int position) => 1 + (((int)type - 1) * 4) + position;

    private static int PositionOf(int tag) => (tag - 1) & 3;

    private static NerType TypeOf(int tag) => tag == 0 ? NerType.None : (NerType)(((tag - 1) >> 2) + 1);

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (<see cref="Start"/> at the beginning).</summary>
    public static bool IsAllowed(int previous, int next)
    {
        var open = previous != Start && previous != 0 && PositionOf(previous) is B or I;
        if (open)
        {
            return next != 0 && TypeOf(next) == TypeOf(previous) && PositionOf(next) is I or E;
        }
        return next == 0 || PositionOf(next) is B or S;
    }

    /// <summary>True when a sentence may end with <paramref name="tag"/>.</summary>
    public static bool IsAllowedLast(int tag) => tag == 0 || PositionOf(tag) is E or S;

    public static int[] FromBio(ReadOnlySpan<NerLabel> labels)
    {
        var tags = new int[labels.Length];
        foreach (var (start, end, type) in NerCorpus.Spans(labels))
        {
            if (end - start == 1)
            {
                tags[start] = Tag(type, S);
                continue;
            }
            tags[start] = Tag(type, B);
            for (var k = start + 1; k < end - 1; k++)
            {
                tags[k] = Tag(type, I);
            }
            tags[end - 1] = Tag(type, E);
        }
        return tags;
    }

    public static void ToBio(ReadOnlySpan<int> tags, Span<NerLabel> labels)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            labels[i] = tag == 0 ? NerLabel.O : NerLabels.Of(TypeOf(tag), PositionOf(tag) is B or S);
        }
    }

    /// <summary>
    /// Best valid tag sequence for emission scores <c>[token * Count + tag]</c> and transition scores
    /// <c>[previous * Count + tag]</c> (previous = <see cref="Start"/> for the first token).
    /// </summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> tags, Span<float> score, Span<int> back)
    {
        if (n == 0)
        {
            return;
        }
        for (var t = 0; t < Count; t++)
        {
            score[t] = IsAllowed(Start, t) ? transitions[(Start * Count) + t] + emissions[t] : float.NegativeInfinity;
        }
        for (var i = 1; i < n; i++)
        {
            var row = i * Count;
            var previousRow = row - Count;
            for (var t = 0; t < Count; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < Count; p++)
                {
                    var s = score[previousRow + p];
                    if (float.IsNegativeInfinity(s) || !Allowed[(p * Count) + t])
                    {
                        continue;
                    }
                    s += transitions[(p * Count) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }
                score[row + t] = best + emissions[row + t];
                back[row + t] = arg;
            }
        }
        var last = (n - 1) * Count;
        var bestLast = 0;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < Count; t++)
        {
            if (IsAllowedLast(t) && score[last + t] > bestScore)
            {
                bestScore = score[last + t];
                bestLast = t;
            }
        }
        tags[n - 1] = bestLast;
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * Count) + tags[i]];
        }
    }

    private static readonly bool[] Allowed = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(Count + 1) * Count];
        for (var p = 0; p <= Count; p++)
        {
            for (var t = 0; t < Count; t++)
            {
                allowed[(p * Count) + t] = IsAllowed(p, t);
            }
        }
        return allowed;
    }
}
