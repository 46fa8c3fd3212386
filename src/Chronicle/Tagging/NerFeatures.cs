using Chronicle.Learning;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>Template groups of the NER tagger; each can be switched off to measure what it pays
/// (the ablation in docs/models.md).</summary>
[Flags]
public enum NerFeatureGroups
{
    None = 0,
    Shape = 1,
    Affixes = 2,
    WideContext = 4,
    PartOfSpeech = 8,
    Chunks = 16,
    Gazetteer = 32,
    PredictionHistory = 64,
    DocumentCase = 128,
    Clusters = 256,
    /// <summary>Second pass: the classes the first pass gave the same word anywhere else in the document.</summary>
    DocumentMemory = 512,
    /// <summary>Bag of words within four tokens on each side, affixes of 5 and 6, shape trigram (Stanford NER's disjunctive features).</summary>
    Disjunctive = 1024,
    /// <summary>How a word is cased mid-sentence in unlabelled text (the CoNLL-2000 WSJ sentences).</summary>
    CorpusCase = 2048,
    Default = Shape | Affixes | WideContext | PartOfSpeech | Chunks | Gazetteer | PredictionHistory | DocumentCase | Disjunctive | Clusters,
}

/// <summary>
/// Named-entity templates after Ratinov and Roth (2009): the word and its shape and affixes in a ±2
/// window, previous tags, predicted POS and chunks, gazetteer matches, and two document-level
/// signals: the classes already given to the same word earlier in the document (prediction history)
/// and how the word is cased where case is informative (not sentence-initial, not in a headline).
/// </summary>
public sealed class NerFeatures : TaggerFeatures
{
    private readonly Dictionary<ulong, int> _historySlot = new();
    private readonly List<int> _historyCounts = [];
    private readonly Dictionary<ulong, byte> _caseSeen = new();
    private readonly Dictionary<ulong, int> _memorySlot = new();
    private readonly List<int> _memoryCounts = [];
    private int[] _memoryOwnClass = [];
    private byte[] _gazetteerBits = new byte[64];
    private readonly int[] _lookup = new int[Gazetteer.Classes.Length];
    private int[] _classOfLabel = [];
    private Dictionary<ulong, int[]>? _excluded;

    public NerFeatures(NerFeatureGroups groups = NerFeatureGroups.Default) => Groups = groups;

    public override string Name => "ner-v1";
    public NerFeatureGroups Groups { get; private set; }
    public Gazetteer Names { get; set; } = new();

    /// <summary>Lower-cased word hash -> 1 (seen lower case mid-sentence) | 2 (seen capitalized mid-sentence), from unlabelled text.</summary>
    public Dictionary<ulong, byte> CorpusCase { get; set; } = new();

    private Document? _document;

    /// <summary>Training only: the gold names of a document, subtracted from the gazetteer while it is tagged.</summary>
    public Func<Document, Dictionary<ulong, int[]>?>? TrainingExclusions { get; set; }

    private bool Has(NerFeatureGroups g) => (Groups & g) != 0;

    public override void Bind(LabelSet labels)
    {
        _classOfLabel = new int[labels.Count];
        for (int k = 0; k < labels.Count; k++)
            _classOfLabel[k] = labels[k].Length > 2 ? Gazetteer.ClassIndex(labels[k].AsSpan(2)) : -1;
    }

    public override void BeginDocument(Document document)
    {
        _document = document;
        _historySlot.Clear();
        _historyCounts.Clear();
        _excluded = TrainingExclusions?.Invoke(document);
        _caseSeen.Clear();
        if (!Has(NerFeatureGroups.DocumentCase)) return;
        CollectCase(document, _caseSeen);
    }

    /// <summary>Where a word is written mid-sentence, its case is evidence: "Bush" vs "bush", "May" vs "may".</summary>
    public static void CollectCase(Document document, Dictionary<ulong, byte> seen)
    {
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                var w = document.TokenSpan(t);
                if (w.Length == 0 || !char.IsLetter(w[0]) || IsAllUpper(w)) continue;
                ulong key = SentenceAtoms.LowerHash(w);
                byte flag = char.IsUpper(w[0]) ? (byte)2 : (byte)1;
                seen[key] = (byte)(seen.GetValueOrDefault(key) | flag);
            }
        }
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsLower(c)) return false;
        return true;
    }

    public override bool SupportsBeam => false; // prediction history is one memory per document

    public override int Passes => Has(NerFeatureGroups.DocumentMemory) ? 2 : 1;

    public override void BeginPass(int pass, Document document, ReadOnlySpan<int> previousTags)
    {
        _memorySlot.Clear();
        _memoryCounts.Clear();
        if (previousTags.IsEmpty) return;
        if (_memoryOwnClass.Length < previousTags.Length) _memoryOwnClass = new int[previousTags.Length * 2];
        for (int t = 0; t < previousTags.Length; t++)
        {
            int cls = _classOfLabel[previousTags[t]];
            _memoryOwnClass[t] = cls;
            var w = document.TokenSpan(t);
            if (cls < 0 || !HasUpper(w)) continue;
            ulong key = SentenceAtoms.LowerHash(w);
            if (!_memorySlot.TryGetValue(key, out int slot))
            {
                slot = _memoryCounts.Count;
                _memorySlot[key] = slot;
                for (int k = 0; k < Gazetteer.Classes.Length; k++) _memoryCounts.Add(0);
            }
            _memoryCounts[slot + cls]++;
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsUpper(c)) return true;
        return false;
    }

    public override void BeginSentence(Document document, SentenceAtoms s)
    {
        if (!Has(NerFeatureGroups.Gazetteer)) return;
        int n = s.Count;
        if (_gazetteerBits.Length < n) _gazetteerBits = new byte[n * 2];
        Array.Clear(_gazetteerBits, 0, n);
        Span<int> longest = stackalloc int[Gazetteer.Classes.Length];
        for (int i = 0; i < n; i++)
        {
            if (!s[i].HasUpper) continue;   // a name starts with a capital (all-caps headlines too)
            longest.Fill(-1);
            ulong h = Gazetteer.Start;
            for (int j = i; j < n && j < i + Gazetteer.MaxPhraseTokens; j++)
            {
                h = Gazetteer.Extend(h, document.TokenSpan(s.First + j));
                if (!Names.Lookup(h, _excluded, _lookup)) continue;
                for (int k = 0; k < _lookup.Length; k++) if (_lookup[k] > 0) longest[k] = j;
            }
            for (int k = 0; k < longest.Length; k++)
            {
                if (longest[k] < 0) continue;
                _gazetteerBits[i] |= (byte)(1 << (2 * k));
                for (int j = i + 1; j <= longest[k]; j++) _gazetteerBits[j] |= (byte)(2 << (2 * k));
            }
        }
    }

    public override void Extract(SentenceAtoms s, int i, ReadOnlySpan<int> tags, ref FeatureSink sink)
    {
        ref var a = ref s[i];
        int t1 = TagAt(tags, i - 1), t2 = TagAt(tags, i - 2);
        int caps = s.AllCapsSentence ? 1 : 0;
        sink.Add(new FeatureKey(300));
        sink.Add(new FeatureKey(301).Add(a.Word));
        sink.Add(new FeatureKey(302).Add(a.Lower));
        sink.Add(new FeatureKey(303).Add(s[i - 1].Lower));
        sink.Add(new FeatureKey(304).Add(s[i + 1].Lower));
        sink.Add(new FeatureKey(305).Add(t1));
        sink.Add(new FeatureKey(306).Add(t2).Add(t1));
        sink.Add(new FeatureKey(307).Add(t1).Add(a.Lower));
        sink.Add(new FeatureKey(308).Add(caps).Add(i == 0 ? 1 : 0).Add(a.ShortShape));
        if (Has(NerFeatureGroups.Shape))
        {
            sink.Add(new FeatureKey(310).Add(a.Shape));
            sink.Add(new FeatureKey(311).Add(s[i - 1].ShortShape).Add(a.ShortShape));
            sink.Add(new FeatureKey(312).Add(a.ShortShape).Add(s[i + 1].ShortShape));
            sink.Add(new FeatureKey(313).Add(t1).Add(a.ShortShape));
            sink.Add(new FeatureKey(314).Add(s[i - 1].Shape));
            sink.Add(new FeatureKey(315).Add(s[i + 1].Shape));
        }
        if (Has(NerFeatureGroups.Affixes))
        {
            sink.Add(new FeatureKey(320).Add(a.Prefix1));
            sink.Add(new FeatureKey(321).Add(a.Prefix2));
            sink.Add(new FeatureKey(322).Add(a.Prefix3));
            sink.Add(new FeatureKey(323).Add(a.Prefix4));
            sink.Add(new FeatureKey(324).Add(a.Suffix1));
            sink.Add(new FeatureKey(325).Add(a.Suffix2));
            sink.Add(new FeatureKey(326).Add(a.Suffix3));
            sink.Add(new FeatureKey(327).Add(a.Suffix4));
        }
        if (Has(NerFeatureGroups.WideContext))
        {
            sink.Add(new FeatureKey(330).Add(s[i - 2].Lower));
            sink.Add(new FeatureKey(331).Add(s[i + 2].Lower));
            sink.Add(new FeatureKey(332).Add(s[i - 1].Lower).Add(a.Lower));
            sink.Add(new FeatureKey(333).Add(a.Lower).Add(s[i + 1].Lower));
            sink.Add(new FeatureKey(334).Add(s[i - 1].Word));
            sink.Add(new FeatureKey(335).Add(s[i + 1].Word));
        }
        if (Has(NerFeatureGroups.PartOfSpeech))
        {
            sink.Add(new FeatureKey(340).Add(a.Pos));
            sink.Add(new FeatureKey(341).Add(s[i - 1].Pos).Add(a.Pos));
            sink.Add(new FeatureKey(342).Add(a.Pos).Add(s[i + 1].Pos));
            sink.Add(new FeatureKey(343).Add(a.Pos).Add(a.ShortShape));
        }
        if (Has(NerFeatureGroups.Chunks))
        {
            sink.Add(new FeatureKey(350).Add(a.Chunk));
            sink.Add(new FeatureKey(351).Add(a.Chunk).Add(s[i + 1].Chunk));
            sink.Add(new FeatureKey(352).Add(s[i - 1].Chunk).Add(a.Chunk).Add(t1));
        }
        if (Has(NerFeatureGroups.Gazetteer))
        {
            int bits = _gazetteerBits[i];
            sink.Add(new FeatureKey(360).Add(bits));
            sink.Add(new FeatureKey(361).Add(bits).Add(t1));
            if (i > 0) sink.Add(new FeatureKey(362).Add(_gazetteerBits[i - 1]).Add(bits));
            if (i + 1 < s.Count) sink.Add(new FeatureKey(363).Add(bits).Add(_gazetteerBits[i + 1]));
        }
        if (Has(NerFeatureGroups.PredictionHistory) && a.HasUpper && _historySlot.TryGetValue(a.Lower, out int slot))
        {
            int best = -1, bestCount = 0;
            for (int k = 0; k < Gazetteer.Classes.Length; k++)
            {
                int count = _historyCounts[slot + k];
                if (count == 0) continue;
                sink.Add(new FeatureKey(370).Add(k));
                if (count > bestCount) { best = k; bestCount = count; }
            }
            sink.Add(new FeatureKey(371).Add(best));
        }
        if (Has(NerFeatureGroups.DocumentCase) && a.HasLetter)
        {
            int seen = _caseSeen.GetValueOrDefault(a.Lower);
            int position = a.AllUpper || caps == 1 ? 2 : i == 0 ? 1 : 0;
            sink.Add(new FeatureKey(380).Add(seen).Add(position));
            sink.Add(new FeatureKey(381).Add(seen).Add(position).Add(a.ShortShape));
        }
        if (Has(NerFeatureGroups.Disjunctive))
        {
            for (int d = 1; d <= 4; d++)
            {
                if (i - d >= 0) sink.Add(new FeatureKey(400).Add(s[i - d].Lower));
                if (i + d < s.Count) sink.Add(new FeatureKey(401).Add(s[i + d].Lower));
            }
            var w = _document!.TokenSpan(s.First + i);
            if (w.Length >= 5)
            {
                sink.Add(new FeatureKey(402).AddLower(w[^5..]));
                sink.Add(new FeatureKey(403).Add(w[..5]));
            }
            if (w.Length >= 6)
            {
                sink.Add(new FeatureKey(404).AddLower(w[^6..]));
                sink.Add(new FeatureKey(405).Add(w[..6]));
            }
            sink.Add(new FeatureKey(406).Add(s[i - 1].ShortShape).Add(a.ShortShape).Add(s[i + 1].ShortShape));
        }
        if (Has(NerFeatureGroups.CorpusCase) && a.HasLetter)
        {
            int seen = CorpusCase.GetValueOrDefault(a.Lower);
            int position = a.AllUpper || caps == 1 ? 2 : i == 0 ? 1 : 0;
            sink.Add(new FeatureKey(410).Add(seen).Add(position).Add(a.ShortShape));
            sink.Add(new FeatureKey(411).Add(seen).Add(_caseSeen.GetValueOrDefault(a.Lower)).Add(position));
        }
        if (_memoryCounts.Count > 0 && a.HasUpper && _memorySlot.TryGetValue(a.Lower, out int memory))
        {
            // Counts over the rest of the document: this token's own first-pass class is left out.
            int own = _memoryOwnClass[s.First + i];
            int best = -1, bestCount = 0;
            for (int k = 0; k < Gazetteer.Classes.Length; k++)
            {
                int count = _memoryCounts[memory + k] - (own == k ? 1 : 0);
                if (count <= 0) continue;
                sink.Add(new FeatureKey(375).Add(k));
                if (count > bestCount) { best = k; bestCount = count; }
            }
            sink.Add(new FeatureKey(376).Add(best));
            sink.Add(new FeatureKey(377).Add(best).Add(t1));
        }
        if (Clusters is not null && Has(NerFeatureGroups.Clusters))
        {
            sink.Add(new FeatureKey(390).Add(a.ClusterFine));
            sink.Add(new FeatureKey(391).Add(a.Cluster));
            sink.Add(new FeatureKey(392).Add(s[i - 1].Cluster));
            sink.Add(new FeatureKey(393).Add(s[i + 1].Cluster));
        }
    }

    public override void Observe(SentenceAtoms s, int i, int tag)
    {
        if (!Has(NerFeatureGroups.PredictionHistory)) return;
        int cls = _classOfLabel[tag];
        ref var a = ref s[i];
        if (cls < 0 || !a.HasUpper) return;
        if (!_historySlot.TryGetValue(a.Lower, out int slot))
        {
            slot = _historyCounts.Count;
            _historySlot[a.Lower] = slot;
            for (int k = 0; k < Gazetteer.Classes.Length; k++) _historyCounts.Add(0);
        }
        _historyCounts[slot + cls]++;
    }

    public override TaggerFeatures Fork() => new NerFeatures(Groups) { Names = Names, Clusters = Clusters, CorpusCase = CorpusCase };

    public override void Write(BinaryWriter writer)
    {
        writer.Write((int)Groups);
        Names.Write(writer);
        writer.Write(CorpusCase.Count);
        foreach (var (key, flags) in CorpusCase.OrderBy(p => p.Key)) { writer.Write(key); writer.Write(flags); }
    }

    public override void Read(BinaryReader reader)
    {
        Groups = (NerFeatureGroups)reader.ReadInt32();
        Names = Gazetteer.Read(reader);
        int count = reader.ReadInt32();
        if (count is < 0 or > 50_000_000) throw new InvalidDataException("corpus case table size is damaged");
        CorpusCase = new Dictionary<ulong, byte>(count);
        for (int k = 0; k < count; k++) CorpusCase[reader.ReadUInt64()] = reader.ReadByte();
    }
}
