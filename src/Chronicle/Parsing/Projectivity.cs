namespace Chronicle.Parsing;

/// <summary>
/// Projectivity tests and projectivization by lifting (Nivre and Nilsson 2005, without encoding the
/// lift in the label): a transition parser of the arc-hybrid kind can only build projective trees,
/// so each non-projective arc of a training tree is moved up to its head's head until none crosses.
/// Heads are 0-based word indexes with -1 for the root.
/// </summary>
public static class Projectivity
{
    /// <summary>True when no arc is crossed: every word between a head and its dependent descends from the head.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads) => FindNonProjectiveArc(heads) < 0;

    /// <summary>Lifts non-projective arcs (the shortest first) until the tree is projective; returns how many lifts it took.</summary>
    public static int Projectivize(Span<int> heads)
    {
        int lifts = 0;
        for (int d; (d = FindNonProjectiveArc(heads)) >= 0; lifts++)
            heads[d] = heads[heads[d]];
        return lifts;
    }

    /// <summary>The dependent of the shortest non-projective arc, or -1 when the tree is projective.</summary>
    public static int FindNonProjectiveArc(ReadOnlySpan<int> heads)
    {
        int best = -1, bestLength = int.MaxValue;
        for (int d = 0; d < heads.Length; d++)
        {
            int h = heads[d];
            if (h < 0) continue; // the root arc spans from the artificial root before word 0: always projective
            int from = Math.Min(h, d), to = Math.Max(h, d);
            if (to - from >= bestLength) continue;
            for (int k = from + 1; k < to; k++)
            {
                if (!Dominates(heads, h, k))
                {
                    best = d;
                    bestLength = to - from;
                    break;
                }
            }
        }
        return best;
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int node)
    {
        for (int steps = 0; node >= 0 && steps <= heads.Length; steps++)
        {
            if (node == ancestor) return true;
            node = heads[node];
        }
        return false;
    }
}
