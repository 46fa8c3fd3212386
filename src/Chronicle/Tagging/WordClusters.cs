using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>
/// Word classes learned from unlabelled knowledge (k-means over an embedding table, see
/// docs/models.md): a word's class id lets rare words share the statistics of frequent ones.
/// Looked up by the hash of the lower-cased word, so the tagger allocates nothing.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Fine classes are grouped by this factor into coarse ones (two granularities as features).</summary>
    public const int FineToCoarse = 8;

    private readonly Dictionary<ulong, int> _classOf;

    public WordClusters(Dictionary<ulong, int> classOf) => _classOf = classOf;

    public int Count => _classOf.Count;

    public static ulong KeyOf(ReadOnlySpan<char> word) => new FeatureKey(0).AddLower(word).Hash;

    /// <summary>Class of the word, or -1 when unknown.</summary>
    public int Lookup(ReadOnlySpan<char> word) => _classOf.TryGetValue(KeyOf(word), out int id) ? id : -1;

    /// <summary>Reads "word TAB class" lines (the output of <c>chronicle train clusters</c>).</summary>
    public static WordClusters ReadText(IEnumerable<string> lines)
    {
        var map = new Dictionary<ulong, int>();
        foreach (var line in lines)
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), out int id)) continue;
            map[KeyOf(line.AsSpan(0, tab))] = id;
        }
        return new WordClusters(map);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_classOf.Count);
        foreach (var (key, id) in _classOf.OrderBy(p => p.Key)) { writer.Write(key); writer.Write(id); }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > 50_000_000) throw new InvalidDataException("word cluster table size is damaged");
        var map = new Dictionary<ulong, int>(count);
        for (int i = 0; i < count; i++) map[reader.ReadUInt64()] = reader.ReadInt32();
        return new WordClusters(map);
    }
}
