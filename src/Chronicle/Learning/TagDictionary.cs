namespace Chronicle.Learning;

/// <summary>
/// Words whose tag the training data leaves in no doubt ("the", ",", "said": seen at least
/// <see cref="DefaultMinCount"/> times, with one tag at least <see cref="DefaultMinShare"/> of the time), tagged
/// without scoring (Honnibal's tag dictionary). They are about half of all running words, so a tagger that asks this
/// table first skips half its weight look-ups, for a few hundredths of a point of accuracy
/// (docs/architecture.md, "Speed and memory").
/// </summary>
public sealed class TagDictionary
{
    public const int DefaultMinCount = 20;
    public const double DefaultMinShare = 0.99;

    // Open addressing over a 64-bit word hash (for WordInfo: the cased and lower-case hashes together); key 0 marks an
    // empty slot.
    private readonly ulong[] _keys;
    private readonly int[] _tags;
    private readonly int _mask;

    private TagDictionary(IReadOnlyList<(ulong Key, int Tag)> entries)
    {
        int size = 16;
        while (size < entries.Count * 2) size *= 2;
        _keys = new ulong[size];
        _tags = new int[size];
        _mask = size - 1;
        foreach (var (key, tag) in entries)
        {
            int slot = SlotOf(key);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _tags[slot] = tag;
        }
        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>The word's one tag, when the dictionary holds the word.</summary>
    public bool TryGet(in WordInfo word, out int tag) => TryGet(KeyOf(word), out tag);

    /// <summary>The tag stored under a 64-bit word hash (<see cref="Build(IEnumerable{ValueTuple{ulong, int}}, int, double)"/>).</summary>
    public bool TryGet(ulong wordHash, out int tag)
    {
        ulong key = NonZero(wordHash);
        for (int slot = SlotOf(key); ; slot = (slot + 1) & _mask)
        {
            ulong k = _keys[slot];
            if (k == key) { tag = _tags[slot]; return true; }
            if (k == 0) { tag = -1; return false; }
        }
    }

    /// <summary>Counts each word's gold tags (tag ids of <paramref name="labels"/>) and keeps the unambiguous, frequent ones.</summary>
    public static TagDictionary Build(IReadOnlyList<(WordInfo[] Words, string[] Tags)> sentences, LabelSet labels,
        int minCount = DefaultMinCount, double minShare = DefaultMinShare) =>
        Build(sentences.SelectMany(s => s.Words.Select((w, i) => (KeyOf(w), labels.IdOf(s.Tags[i])))), minCount, minShare);

    /// <summary>Keeps the words (any 64-bit hash of the word, the same one <see cref="TryGet(ulong, out int)"/> is asked
    /// with) seen at least <paramref name="minCount"/> times, with one tag at least <paramref name="minShare"/> of the
    /// time. A negative tag (one the tagger cannot give) is not counted.</summary>
    public static TagDictionary Build(IEnumerable<(ulong WordHash, int Tag)> observations, int minCount = DefaultMinCount,
        double minShare = DefaultMinShare)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (wordHash, tag) in observations)
        {
            ulong key = NonZero(wordHash);
            if (!counts.TryGetValue(key, out var byTag)) counts[key] = byTag = [];
            if (tag < 0) continue;
            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }
        var entries = new List<(ulong Key, int Tag)>();
        foreach (var (key, byTag) in counts)
        {
            int total = 0, bestTag = -1, best = 0;
            foreach (var (tag, n) in byTag)
            {
                total += n;
                if (n > best || (n == best && tag < bestTag)) { best = n; bestTag = tag; }
            }
            if (total >= minCount && best >= minShare * total) entries.Add((key, bestTag));
        }
        entries.Sort((a, b) => a.Key.CompareTo(b.Key)); // the file and the table do not depend on hash order
        return new TagDictionary(entries);
    }

    public void Write(BinaryWriter w)
    {
        var entries = Entries();
        w.Write(entries.Count);
        foreach (var (key, tag) in entries) { w.Write(key); w.Write(tag); }
    }

    public static TagDictionary Read(BinaryReader r, int tagCount)
    {
        int count = r.ReadInt32();
        if (count is < 0 or > 1 << 24) throw new InvalidDataException("tag dictionary size is damaged");
        var entries = new List<(ulong, int)>(count);
        for (int i = 0; i < count; i++)
        {
            ulong key = r.ReadUInt64();
            int tag = r.ReadInt32();
            if (key == 0 || tag < 0 || tag >= tagCount) throw new InvalidDataException("tag dictionary entry is damaged");
            entries.Add((key, tag));
        }
        return new TagDictionary(entries);
    }

    private List<(ulong Key, int Tag)> Entries()
    {
        var entries = new List<(ulong Key, int Tag)>(Count);
        for (int slot = 0; slot < _keys.Length; slot++) if (_keys[slot] != 0) entries.Add((_keys[slot], _tags[slot]));
        entries.Sort((a, b) => a.Key.CompareTo(b.Key));
        return entries;
    }

    private static ulong KeyOf(in WordInfo word) => (ulong)(uint)word.Form << 32 | (uint)word.Lower;

    /// <summary>Key 0 marks an empty slot, so a word hashing to 0 is stored as 1.</summary>
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;
}
