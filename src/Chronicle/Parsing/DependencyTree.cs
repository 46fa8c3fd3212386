using Chronicle.Text;

namespace Chronicle.Parsing;

/// <summary>
/// Read-only queries over a parsed <see cref="Document"/> (heads are document token indexes, -1 for
/// a sentence root). Children are found by scanning the token's sentence, which is short, so the
/// helpers keep no index of their own and never go stale.
/// </summary>
public static class DependencyTree
{
    public static bool IsParsed(Document doc) => doc.Heads is not null && doc.DependencyRelations is not null;

    /// <summary>The sentence range (first token, end token) holding <paramref name="token"/>.</summary>
    public static (int First, int End) SentenceRange(Document doc, int token)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[token].Start);
        return s < 0 ? (0, doc.Tokens.Length) : (doc.Sentences[s].FirstToken, doc.Sentences[s].EndToken);
    }

    public static string Relation(Document doc, int token) => token < 0 ? "" : doc.DependencyRelations![token];

    /// <summary>The relation without its subtype ("nsubj:pass" -> "nsubj").</summary>
    public static ReadOnlySpan<char> BaseRelation(Document doc, int token)
    {
        var r = Relation(doc, token).AsSpan();
        int colon = r.IndexOf(':');
        return colon < 0 ? r : r[..colon];
    }

    /// <summary>Dependents of <paramref name="head"/>, left to right.</summary>
    public static List<int> Children(Document doc, int head)
    {
        var children = new List<int>();
        if (head < 0) return children;
        var (first, end) = SentenceRange(doc, head);
        for (int i = first; i < end; i++) if (doc.Heads![i] == head) children.Add(i);
        return children;
    }

    /// <summary>The first dependent with exactly this relation, or -1.</summary>
    public static int Child(Document doc, int head, string relation)
    {
        if (head < 0) return -1;
        var (first, end) = SentenceRange(doc, head);
        for (int i = first; i < end; i++)
            if (doc.Heads![i] == head && doc.DependencyRelations![i] == relation) return i;
        return -1;
    }

    /// <summary>
    /// The syntactic head of the tokens <c>[first, end)</c>: the token whose head lies outside the span
    /// (the highest one in the tree when several do, e.g. a span cutting across phrases), or -1 for an empty span.
    /// </summary>
    public static int HeadOfSpan(Document doc, int first, int end)
    {
        int best = -1, bestDepth = int.MaxValue;
        for (int i = first; i < end; i++)
        {
            int h = doc.Heads![i];
            if (h >= first && h < end) continue;
            int depth = Depth(doc, i);
            if (depth < bestDepth) { best = i; bestDepth = depth; }
        }
        return best;
    }

    private static int Depth(Document doc, int token)
    {
        int depth = 0;
        for (int t = token; doc.Heads![t] >= 0 && depth <= doc.Tokens.Length; t = doc.Heads[t]) depth++;
        return depth;
    }

    /// <summary>
    /// The coordination group of a token: its first conjunct followed by every <c>conj</c> of it
    /// ("Kadhimi and Biden" -> [Kadhimi, Biden]); a token outside any coordination gives [token].
    /// </summary>
    public static List<int> CoordinationGroup(Document doc, int token)
    {
        int first = token;
        while (first >= 0 && Relation(doc, first) == "conj") first = doc.Heads![first];
        var group = new List<int> { first };
        group.AddRange(Conjuncts(doc, first));
        return group;
    }

    /// <summary>The tokens coordinated with <paramref name="token"/> as its <c>conj</c> dependents (UD attaches all to the first).</summary>
    public static List<int> Conjuncts(Document doc, int token)
    {
        var list = new List<int>();
        if (token < 0) return list;
        foreach (int c in Children(doc, token)) if (Relation(doc, c) == "conj") list.Add(c);
        return list;
    }

    /// <summary>
    /// What a speech verb introduces: its clausal complement ("said [that X left]"), or, when the
    /// verb is a parenthetical report ("X left, he said": <c>parataxis</c>), the clause it reports. -1 when none.
    /// </summary>
    public static int SpeechComplement(Document doc, int verb)
    {
        if (verb < 0) return -1;
        int complement = Child(doc, verb, "ccomp");
        if (complement >= 0) return complement;
        if (Relation(doc, verb) == "parataxis" && doc.Heads![verb] >= 0) return doc.Heads[verb];
        return Child(doc, verb, "parataxis");
    }

    /// <summary>The preposition of a phrase as written in lower case, with multiword ones joined
    /// ("because of"), or "" when it has none.</summary>
    public static string PrepositionOf(Document doc, int phraseHead)
    {
        int marker = Child(doc, phraseHead, "case");
        if (marker < 0) return "";
        var fixedParts = Children(doc, marker).Where(c => Relation(doc, c) == "fixed").ToList();
        if (fixedParts.Count == 0) return doc.TokenText(marker).ToLowerInvariant();
        return string.Join(' ', new[] { marker }.Concat(fixedParts).Select(t => doc.TokenText(t).ToLowerInvariant()));
    }
}
