using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>
/// Names and their CoNLL classes (PER, ORG, LOC, MISC), from the training data's entities and from
/// registry lists of countries and cities; matched case-insensitively, longest phrase first, by a
/// hash of the lower-cased tokens (no strings at match time). While training, the current
/// document's own names are subtracted (leave-one-document-out) so that the tagger learns how far
/// to trust a gazetteer entry on text the entry was not collected from.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxPhraseTokens = 6;
    public static readonly string[] Classes = ["PER", "ORG", "LOC", "MISC"];

    private readonly Dictionary<ulong, int[]> _counts = new();

    public int Count => _counts.Count;

    public static int ClassIndex(ReadOnlySpan<char> type)
    {
        for (int k = 0; k < Classes.Length; k++) if (type.SequenceEqual(Classes[k])) return k;
        return -1;
    }

    /// <summary>Hash of a phrase, built token by token: <c>Extend(Extend(Start, "New"), "York")</c>.</summary>
    public static ulong Start => new FeatureKey(50).Hash;
    public static ulong Extend(ulong phrase, ReadOnlySpan<char> token) => new FeatureKey(51).Add(phrase).AddLower(token).Hash;

    public void Add(ulong phrase, int classIndex, int times = 1)
    {
        if (!_counts.TryGetValue(phrase, out var counts)) _counts[phrase] = counts = new int[Classes.Length];
        counts[classIndex] += times;
    }

    public void Add(IEnumerable<string> tokens, int classIndex, int times = 1)
    {
        ulong h = Start;
        foreach (var t in tokens) h = Extend(h, t);
        Add(h, classIndex, times);
    }

    /// <summary>Class counts of the phrase minus those of <paramref name="excluded"/> (may be null);
    /// writes into <paramref name="result"/> and returns whether any count is positive.</summary>
    public bool Lookup(ulong phrase, Dictionary<ulong, int[]>? excluded, Span<int> result)
    {
        result.Clear();
        if (!_counts.TryGetValue(phrase, out var counts)) return false;
        int[]? minus = null;
        excluded?.TryGetValue(phrase, out minus);
        bool any = false;
        for (int k = 0; k < counts.Length; k++)
        {
            int v = counts[k] - (minus is null ? 0 : minus[k]);
            result[k] = v;
            any |= v > 0;
        }
        return any;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_counts.Count);
        foreach (var (key, counts) in _counts.OrderBy(p => p.Key))
        {
            w.Write(key);
            foreach (int c in counts) w.Write7BitEncodedInt(c);
        }
    }

    public static Gazetteer Read(BinaryReader r)
    {
        var g = new Gazetteer();
        int n = r.ReadInt32();
        if (n is < 0 or > 50_000_000) throw new InvalidDataException("gazetteer size is damaged");
        for (int i = 0; i < n; i++)
        {
            ulong key = r.ReadUInt64();
            var counts = new int[Classes.Length];
            for (int k = 0; k < counts.Length; k++) counts[k] = r.Read7BitEncodedInt();
            g._counts[key] = counts;
        }
        return g;
    }
}
