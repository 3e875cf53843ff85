namespace EventDesk.Nlp.Parsing;

/// <summary>
/// The configuration of the arc-eager transition system with the root token at the end of the
/// buffer (index n): stack, buffer front, partial tree and the child/valency/label-set summaries
/// the features read. Reused across sentences by one thread; not thread-safe.
/// </summary>
internal sealed class ParseState
{
    public const int Shift = 0, Reduce = 1, Left = 2, Right = 3;

    public int N;
    public int[] Stack = [];
    public int Sp;
    public int B;
    public int[] Head = [];
    public int[] Label = [];
    public int[] L1 = [], L2 = [], R1 = [], R2 = [];
    public int[] VL = [], VR = [];
    public ulong[] LSet = [], RSet = [];

    /// <summary>Beam workspace of the thread that owns this state (created on first beam parse).</summary>
    public BeamSearch? Beam;

    public void Reset(int n)
    {
        N = n;
        if (Stack.Length < n + 1)
        {
            var size = Math.Max(n + 1, Stack.Length * 2);
            Stack = new int[size];
            Head = new int[size];
            Label = new int[size];
            L1 = new int[size];
            L2 = new int[size];
            R1 = new int[size];
            R2 = new int[size];
            VL = new int[size];
            VR = new int[size];
            LSet = new ulong[size];
            RSet = new ulong[size];
        }
        Sp = 0;
        B = 0;
        for (var i = 0; i <= n; i++)
        {
            Head[i] = -1;
            Label[i] = -1;
            L1[i] = L2[i] = R1[i] = R2[i] = -1;
            VL[i] = VR[i] = 0;
            LSet[i] = RSet[i] = 0;
        }
    }

    /// <summary>Makes this state a copy of <paramref name="o"/> (beam search; reuses the buffers).</summary>
    public void CopyFrom(ParseState o)
    {
        var n = o.N;
        if (Stack.Length < n + 1)
        {
            Reset(n);
        }
        N = n;
        Sp = o.Sp;
        B = o.B;
        var m = n + 1;
        Array.Copy(o.Stack, Stack, Sp);
        Array.Copy(o.Head, Head, m);
        Array.Copy(o.Label, Label, m);
        Array.Copy(o.L1, L1, m);
        Array.Copy(o.L2, L2, m);
        Array.Copy(o.R1, R1, m);
        Array.Copy(o.R2, R2, m);
        Array.Copy(o.VL, VL, m);
        Array.Copy(o.VR, VR, m);
        Array.Copy(o.LSet, LSet, m);
        Array.Copy(o.RSet, RSet, m);
    }

    public bool Terminal => Sp == 0 && B == N;

    public int S0 => Sp > 0 ? Stack[Sp - 1] : -1;

    public int S1 => Sp > 1 ? Stack[Sp - 2] : -1;

    public bool IsValid(int action) => action switch
    {
        Shift => B < N,
        Reduce => Sp > 0 && Head[Stack[Sp - 1]] >= 0,
        Left => Sp > 0 && Head[Stack[Sp - 1]] < 0,
        Right => Sp > 0 && B < N,
        _ => false,
    };

    public void Apply(int action, int label)
    {
        switch (action)
        {
            case Shift:
                Stack[Sp++] = B++;
                break;
            case Reduce:
                Sp--;
                break;
            case Left:
            {
                var s = Stack[--Sp];
                Head[s] = B;
                Label[s] = label;
                L2[B] = L1[B];
                L1[B] = s;
                VL[B]++;
                LSet[B] |= 1UL << (label & 63);
                break;
            }
            case Right:
            {
                var s = Stack[Sp - 1];
                Head[B] = s;
                Label[B] = label;
                R2[s] = R1[s];
                R1[s] = B;
                VR[s]++;
                RSet[s] |= 1UL << (label & 63);
                Stack[Sp++] = B++;
                break;
            }
        }
    }

    /// <summary>Dynamic-oracle cost: gold arcs that become unreachable (projective approximation).</summary>
    public int Cost(int action, ReadOnlySpan<int> goldHeads)
    {
        var s = S0;
        var b = B;
        var cost = 0;
        switch (action)
        {
            case Shift:
                for (var k = 0; k < Sp; k++)
                {
                    var x = Stack[k];
                    if (goldHeads[b] == x)
                    {
                        cost++;
                    }
                    if (Head[x] < 0 && goldHeads[x] == b)
                    {
                        cost++;
                    }
                }
                break;
            case Reduce:
                for (var d = b; d < N; d++)
                {
                    if (goldHeads[d] == s)
                    {
                        cost++;
                    }
                }
                break;
            case Left:
                if (goldHeads[s] != b && goldHeads[s] > b)
                {
                    cost++;
                }
                for (var d = b; d < N; d++)
                {
                    if (goldHeads[d] == s)
                    {
                        cost++;
                    }
                }
                break;
            case Right:
            {
                var h = goldHeads[b];
                if (h != s)
                {
                    if (h > b)
                    {
                        cost++;
                    }
                    else
                    {
                        for (var k = 0; k < Sp - 1; k++)
                        {
                            if (Stack[k] == h)
                            {
                                cost++;
                                break;
                            }
                        }
                    }
                }
                for (var k = 0; k < Sp; k++)
                {
                    var x = Stack[k];
                    if (Head[x] < 0 && goldHeads[x] == b)
                    {
                        cost++;
                    }
                }
                break;
            }
        }
        return cost;
    }
}
