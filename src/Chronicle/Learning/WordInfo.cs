namespace Chronicle.Learning;

/// <summary>
/// The per-word values that feature templates combine, hashed once per word so that every
/// template after that is integer mixing: no strings built, nothing allocated per token.
/// </summary>
public readonly record struct WordInfo(int Lower, int Prefix1, int Suffix1, int Suffix2, int Suffix3, int Shape, int Form, int Prefix3, int Suffix4,
    int Cluster = -1)
{
    /// <summary>The coarse word class (a group of <see cref="Tagging.WordClusters.FineToCoarse"/> fine ones), -1 when unknown.</summary>
    public int CoarseCluster => Cluster < 0 ? Cluster : Cluster / Tagging.WordClusters.FineToCoarse;

    /// <summary>Values for positions outside the sentence and for the parser's artificial root.</summary>
    public static readonly WordInfo None = new(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
    public static readonly WordInfo Root = new(-2, -2, -2, -2, -2, -2, -2, -2, -2, -2);

    /// <summary>The values of <paramref name="word"/>; its class comes from <paramref name="clusters"/> when given.</summary>
    public static WordInfo From(ReadOnlySpan<char> word, Tagging.WordClusters? clusters)
    {
        var info = From(word);
        return clusters is null ? info : info with { Cluster = clusters.Lookup(word) };
    }

    public static WordInfo From(ReadOnlySpan<char> word)
    {
        int lower = Hash(word, 0, word.Length);
        int n = word.Length;
        return new WordInfo(
            lower,
            n > 0 ? Hash(word, 0, 1) : 0,
            Hash(word, Math.Max(0, n - 1), n),
            Hash(word, Math.Max(0, n - 2), n),
            Hash(word, Math.Max(0, n - 3), n),
            ShapeOf(word),
            CasedHash(word),
            Hash(word, 0, Math.Min(3, n)),
            Hash(word, Math.Max(0, n - 4), n));
    }

    /// <summary>FNV-1a of the lower-cased characters <c>[from, to)</c>, offset by the length so that
    /// a suffix and a whole word with the same letters stay apart.</summary>
    private static int Hash(ReadOnlySpan<char> word, int from, int to)
    {
        uint h = 2166136261u ^ (uint)(to - from);
        for (int i = from; i < to; i++) h = (h ^ char.ToLowerInvariant(Straight(word[i]))) * 16777619u;
        return (int)h;
    }

    private static int CasedHash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261u;
        foreach (char c in word) h = (h ^ Straight(c)) * 16777619u;
        return (int)h;
    }

    /// <summary>Curly apostrophes as straight ones: news text writes ’s and don’t where the treebanks the
    /// models learn from mostly have 's and don't, and the word is the same. (Curly double quotes keep
    /// their direction, which tells `` from ''.)</summary>
    private static char Straight(char c) => c is '\u2019' or '\u2018' ? '\'' : c;

    /// <summary>A small bit set: first letter upper, all upper, has digit, has hyphen, has a letter,
    /// has a period, length bucket, a capital after the first letter. Unknown words are tagged mostly from these.</summary>
    private static int ShapeOf(ReadOnlySpan<char> word)
    {
        bool firstUpper = word.Length > 0 && char.IsUpper(word[0]);
        bool allUpper = word.Length > 0, digit = false, hyphen = false, letter = false, period = false, innerUpper = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsLetter(c))
            {
                letter = true;
                if (!char.IsUpper(c)) allUpper = false;
                else if (i > 0) innerUpper = true; // al-Kadhimi, McDonald, iPhone: names that start in lower case or mid-word
            }
            else if (char.IsDigit(c)) digit = true;
            else if (c == '-') hyphen = true;
            else if (c == '.') period = true;
        }
        int lengthBucket = word.Length switch { <= 1 => 0, <= 3 => 1, <= 6 => 2, _ => 3 };
        return (firstUpper ? 1 : 0) | (allUpper && letter ? 2 : 0) | (digit ? 4 : 0) | (hyphen ? 8 : 0)
             | (letter ? 16 : 0) | (period ? 32 : 0) | (lengthBucket << 6) | (innerUpper && !allUpper ? 256 : 0);
    }
}
