using Chronicle.Learning;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>
/// The per-token values every feature template combines (word, lower case, shape, affixes, input
/// tags, cluster, gazetteer), hashed once per token so that the many window features of a sentence
/// only mix two 64-bit numbers each. No strings are built: hashes are taken over the document text.
/// </summary>
public struct TokenAtoms
{
    public ulong Word, Lower, Shape, ShortShape;
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public ulong Pos, Chunk, Cluster, ClusterFine;
    public bool HasUpper, AllUpper, HasDigit, HasHyphen, HasLetter;
}

/// <summary>A sentence's atoms with two padding positions on each side (the ±2 context window reads
/// them without bounds checks). Reused sentence after sentence: no allocation once grown.</summary>
public sealed class SentenceAtoms
{
    public const int Padding = 2;
    private static readonly TokenAtoms Outside = MakeOutside();
    private TokenAtoms[] _atoms = new TokenAtoms[64];

    public int Count { get; private set; }
    /// <summary>First token of the sentence in the document.</summary>
    public int First { get; private set; }
    /// <summary>True when every letter of the sentence is upper case (a headline): case then says little.</summary>
    public bool AllCapsSentence { get; private set; }

    /// <summary>Atoms of sentence token <paramref name="i"/> (may be -2 .. Count+1: padding outside).</summary>
    public ref TokenAtoms this[int i] => ref _atoms[i + Padding];

    public void Fill(Document document, Sentence sentence, WordClusters? clusters)
    {
        Count = sentence.TokenCount;
        First = sentence.FirstToken;
        if (_atoms.Length < Count + 2 * Padding) _atoms = new TokenAtoms[(Count + 2 * Padding) * 2];
        for (int p = 0; p < Padding; p++) { _atoms[p] = Outside; _atoms[Count + Padding + p] = Outside; }
        bool allCaps = true, anyLetter = false;
        var pos = document.PartOfSpeech;
        var chunks = document.Chunks;
        for (int i = 0; i < Count; i++)
        {
            int t = First + i;
            ref var a = ref _atoms[i + Padding];
            ComputeWord(NormalizedWord(document, t), ref a);
            a.Pos = pos is null ? 0 : new FeatureKey(1).Add(pos[t]).Hash;
            a.Chunk = chunks is null ? 0 : new FeatureKey(2).Add(chunks[t]).Hash;
            if (clusters is not null)
            {
                int id = clusters.Lookup(document.TokenSpan(t));
                a.Cluster = new FeatureKey(3).Add(id >= 0 ? id / WordClusters.FineToCoarse : -1).Hash;
                a.ClusterFine = new FeatureKey(4).Add(id).Hash;
            }
            if (a.HasLetter) { anyLetter = true; if (!a.AllUpper) allCaps = false; }
        }
        AllCapsSentence = allCaps && anyLetter && Count > 2;
    }

    /// <summary>The token text as the Penn Treebank spells it: typographic quotes become `` and ''.</summary>
    public static ReadOnlySpan<char> NormalizedWord(Document document, int token) => document.Tokens[token].Kind switch
    {
        TokenKind.OpenQuote => "``",
        TokenKind.CloseQuote => "''",
        _ => document.TokenSpan(token),
    };

    public static void ComputeWord(ReadOnlySpan<char> w, ref TokenAtoms a)
    {
        a.Word = WordHash(w);
        var lower = new FeatureKey(11);
        var shape = new FeatureKey(12);
        var shortShape = new FeatureKey(13);
        char previousClass = '\0';
        int run = 0;
        bool hasUpper = false, hasLower = false, hasDigit = false, hasHyphen = false;
        foreach (char c in w)
        {
            char cls;
            if (char.IsUpper(c)) { cls = 'X'; hasUpper = true; }
            else if (char.IsLower(c)) { cls = 'x'; hasLower = true; }
            else if (char.IsDigit(c)) { cls = 'd'; hasDigit = true; }
            else { cls = c; if (c == '-') hasHyphen = true; }
            lower = lower.Add(FoldForLower(c, cls));
            run = cls == previousClass ? run + 1 : 1;
            if (run <= 3) shape = shape.Add(cls);
            if (run == 1) shortShape = shortShape.Add(cls);
            previousClass = cls;
        }
        a.Lower = lower.Hash;
        a.Shape = shape.Hash;
        a.ShortShape = shortShape.Hash;
        a.HasUpper = hasUpper;
        a.AllUpper = hasUpper && !hasLower;
        a.HasLetter = hasUpper || hasLower;
        a.HasDigit = hasDigit;
        a.HasHyphen = hasHyphen;
        int n = w.Length;
        a.Prefix1 = new FeatureKey(20).Add(w[..Math.Min(1, n)]).Hash;
        a.Prefix2 = new FeatureKey(21).Add(w[..Math.Min(2, n)]).Hash;
        a.Prefix3 = new FeatureKey(22).Add(w[..Math.Min(3, n)]).Hash;
        a.Prefix4 = new FeatureKey(23).Add(w[..Math.Min(4, n)]).Hash;
        a.Suffix1 = new FeatureKey(24).AddLower(w[Math.Max(0, n - 1)..]).Hash;
        a.Suffix2 = new FeatureKey(25).AddLower(w[Math.Max(0, n - 2)..]).Hash;
        a.Suffix3 = new FeatureKey(26).AddLower(w[Math.Max(0, n - 3)..]).Hash;
        a.Suffix4 = new FeatureKey(27).AddLower(w[Math.Max(0, n - 4)..]).Hash;
    }

    /// <summary>The value of <see cref="TokenAtoms.Word"/> (the word as written; tag dictionaries are keyed by it).</summary>
    public static ulong WordHash(ReadOnlySpan<char> w) => new FeatureKey(10).Add(w).Hash;

    /// <summary>Lower case with digits folded to 0: "1996" and "1997" share their statistics.</summary>
    private static char FoldForLower(char c, char cls) => cls == 'd' ? '0' : char.ToLowerInvariant(c);

    /// <summary>The same value as <see cref="TokenAtoms.Lower"/>, for code that needs only that one.</summary>
    public static ulong LowerHash(ReadOnlySpan<char> w)
    {
        var lower = new FeatureKey(11);
        foreach (char c in w) lower = lower.Add(FoldForLower(c, char.IsDigit(c) ? 'd' : 'x'));
        return lower.Hash;
    }

    private static TokenAtoms MakeOutside()
    {
        ulong pad = new FeatureKey(99).Add("<pad>").Hash;
        return new TokenAtoms
        {
            Word = pad, Lower = pad, Shape = pad, ShortShape = pad, Prefix1 = pad, Prefix2 = pad, Prefix3 = pad, Prefix4 = pad,
            Suffix1 = pad, Suffix2 = pad, Suffix3 = pad, Suffix4 = pad, Pos = pad, Chunk = pad, Cluster = pad, ClusterFine = pad,
        };
    }
}
