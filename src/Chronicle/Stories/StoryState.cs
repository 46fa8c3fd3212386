namespace Chronicle.Stories;

/// <summary>An active story in the index: its centroid (summed unit-length word and name vectors of its
/// articles), its days and outlets.</summary>
public sealed class StoryState
{
    /// <summary>Words kept in a story's centroid; the lightest fall off as a story grows.</summary>
    internal const int TermsKept = 150;

    public required long Id { get; init; }
    public string? Title { get; set; }
    public int FirstDay { get; set; }
    public int LastDay { get; set; }
    public int Articles { get; set; }
    public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);
    internal Dictionary<uint, float> Terms { get; } = [];
    internal Dictionary<uint, float> Names { get; } = [];
    internal HashSet<uint> Posted { get; } = [];
    internal bool Dead { get; set; }
    internal double TermNorm { get; set; }
    internal double NameNorm { get; set; }

    internal void Add(ArticleProfile a, float sign)
    {
        Accumulate(Terms, a.Terms, sign);
        Accumulate(Names, a.Names, sign);
        Articles += sign > 0 ? 1 : -1;
        if (a.Source is { } s)
        {
            int n = Sources.GetValueOrDefault(s) + (sign > 0 ? 1 : -1);
            if (n > 0) Sources[s] = n; else Sources.Remove(s);
        }
        if (sign > 0 && a.Day is { } day)
        {
            if (Articles == 1 || day < FirstDay) FirstDay = day;
            if (Articles == 1 || day > LastDay) LastDay = day;
        }
        if (Terms.Count > TermsKept * 2) Prune(Terms, TermsKept);
    }

    internal void Absorb(StoryState other)
    {
        foreach (var (k, w) in other.Terms) Terms[k] = Terms.GetValueOrDefault(k) + w;
        foreach (var (k, w) in other.Names) Names[k] = Names.GetValueOrDefault(k) + w;
        foreach (var (s, n) in other.Sources) Sources[s] = Sources.GetValueOrDefault(s) + n;
        if (other.Articles > 0)
        {
            FirstDay = Articles == 0 ? other.FirstDay : Math.Min(FirstDay, other.FirstDay);
            LastDay = Articles == 0 ? other.LastDay : Math.Max(LastDay, other.LastDay);
        }
        Articles += other.Articles;
        if (Terms.Count > TermsKept * 2) Prune(Terms, TermsKept);
    }

    /// <summary>Days between <paramref name="day"/> and the story's span (0 inside it).</summary>
    internal int Gap(int day) => day < FirstDay ? FirstDay - day : day > LastDay ? day - LastDay : 0;

    private static void Accumulate(Dictionary<uint, float> into, WeightedKey[] keys, float sign)
    {
        double norm = 0;
        foreach (var k in keys) norm += k.Weight * k.Weight;
        if (norm == 0) return;
        float scale = sign / (float)Math.Sqrt(norm);
        foreach (var k in keys)
        {
            float w = into.GetValueOrDefault(k.Key) + k.Weight * scale;
            if (w > 1e-4f) into[k.Key] = w; else into.Remove(k.Key);
        }
    }

    private static void Prune(Dictionary<uint, float> weights, int keep)
    {
        var cut = weights.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Skip(keep).Select(p => p.Key).ToList();
        foreach (var k in cut) weights.Remove(k);
    }
}
