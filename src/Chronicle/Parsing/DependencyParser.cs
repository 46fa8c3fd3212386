using Chronicle.Learning;

namespace Chronicle.Parsing;

/// <summary>
/// A greedy arc-hybrid dependency parser with two averaged perceptrons over the same hashed
/// features: one chooses the transition (3 classes, cheap), the other labels each arc as it is made
/// (UD relations, the direction mixed into its features). Factoring the label out keeps the weight
/// table and the model file small. The model file also carries the POS tagger whose predicted tags
/// the parser was trained on, so it runs on raw tokens when no tagger ran before it.
/// </summary>
public sealed class DependencyParser
{
    private const uint Magic = 0x50444843; // "CHDP"
    // 2: word classes and the tagger's second pass after the three perceptrons; 3: then the tagger's tag dictionary
    private const int FormatVersion = 3;
    internal const string RootRelation = "root";
    /// <summary>File name of the default model in models/ (trained on UD English EWT, CC BY-SA 4.0).</summary>
    public const string DefaultModelFile = "parse-ewt.bin";
    /// <summary>Tag id for a tag the parser's tagger never saw (e.g. from another tag set).</summary>
    public const int UnknownTag = -3;
    private const int RootTag = -2;

    [ThreadStatic] private static Workspace? t_workspace;

    internal DependencyParser(GreedySequenceTagger tagger, AveragedPerceptron transitions, AveragedPerceptron relations,
        Tagging.WordClusters? clusters)
    {
        Clusters = clusters;
        Tagger = tagger;
        Transitions = transitions;
        Relations = relations;
        RootLabel = relations.Labels.IdOf(RootRelation);
    }

    public GreedySequenceTagger Tagger { get; }

    /// <summary>The same parser with another tagger of the same tag set (e.g. with a rebuilt tag dictionary).</summary>
    internal DependencyParser WithTagger(GreedySequenceTagger tagger) => new(tagger, Transitions, Relations, Clusters);
    /// <summary>The word classes the tagger and parser were trained with (part of the model file).</summary>
    public Tagging.WordClusters? Clusters { get; }

    /// <summary>The per-word values the tagger and parser read, with the model's word class.</summary>
    public WordInfo Describe(ReadOnlySpan<char> word) => WordInfo.From(word, Clusters);
    internal AveragedPerceptron Transitions { get; }
    internal AveragedPerceptron Relations { get; }
    public LabelSet RelationLabels => Relations.Labels;
    internal int RootLabel { get; }

    /// <summary>Id of a Penn tag in the parser's tag set, <see cref="UnknownTag"/> when absent.</summary>
    public int TagId(string tag) { int id = Tagger.Labels.IdOf(tag); return id < 0 ? UnknownTag : id; }

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/> receives 0-based word indexes (-1 for the root),
    /// <paramref name="relations"/> ids of <see cref="RelationLabels"/>. Allocation-free after warm-up.
    /// </summary>
    public void Parse(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, Span<int> heads, Span<int> relations)
    {
        int n = words.Length;
        var ws = t_workspace ??= new Workspace();
        ws.Prepare(n, Relations.Classes);
        words.CopyTo(ws.Words);
        ws.Words[n] = WordInfo.Root;
        tags.CopyTo(ws.Tags);
        ws.Tags[n] = RootTag;
        var state = ws.State;
        state.Reset(n);
        while (!state.IsTerminal)
        {
            ScoreTransitions(state, ws);
            var t = BestLegal(state, ws.TransitionScores);
            state.Apply(t, ArcLabel(state, t, ws));
        }
        for (int i = 0; i < n; i++)
        {
            int h = state.Heads[i];
            heads[i] = h == n ? -1 : h;
            relations[i] = state.Labels[i];
        }
    }

    /// <summary>Tags with the parser's own tagger, then parses.</summary>
    public void TagAndParse(ReadOnlySpan<WordInfo> words, Span<int> tags, Span<int> heads, Span<int> relations)
    {
        Tagger.Tag(words, tags);
        Parse(words, tags, heads, relations);
    }

    internal void ScoreTransitions(ArcHybridState state, Workspace ws)
    {
        ParserFeatures.Extract(state, ws.Words, ws.Tags, ws.Keys);
        int mask = Transitions.Mask;
        for (int i = 0; i < ParserFeatures.Count; i++) ws.Buckets[i] = ws.Keys[i].Bucket(mask);
        Transitions.Score(ws.Buckets, ws.TransitionScores);
    }

    internal static Transition BestLegal(ArcHybridState state, ReadOnlySpan<float> scores)
    {
        var best = Transition.Shift;
        float bestScore = float.NegativeInfinity;
        for (int k = 0; k < 3; k++)
        {
            var t = (Transition)k;
            if (state.IsLegal(t) && scores[k] > bestScore) { best = t; bestScore = scores[k]; }
        }
        return best;
    }

    /// <summary>The relation for the arc <paramref name="t"/> makes (keys from the last <see cref="ScoreTransitions"/>).</summary>
    internal int ArcLabel(ArcHybridState state, Transition t, Workspace ws)
    {
        if (t == Transition.Shift) return -1;
        if (t == Transition.Left && state.BufferFront == state.Length) return RootLabel;
        ScoreRelations(t, ws);
        return BestRelation(ws.RelationScores);
    }

    internal void ScoreRelations(Transition t, Workspace ws)
    {
        int mask = Relations.Mask;
        for (int i = 0; i < ParserFeatures.Count; i++) ws.Buckets[i] = ws.Keys[i].Add((int)t).Bucket(mask);
        Relations.Score(ws.Buckets, ws.RelationScores);
    }

    internal int BestRelation(ReadOnlySpan<float> scores)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int k = 0; k < Relations.Classes; k++)
            if (k != RootLabel && scores[k] > bestScore) { best = k; bestScore = scores[k]; }
        return best;
    }

    /// <summary>Per-thread buffers, grown to the longest sentence seen.</summary>
    internal sealed class Workspace
    {
        public readonly ArcHybridState State = new();
        public WordInfo[] Words = new WordInfo[64];
        public int[] Tags = new int[64];
        public readonly FeatureKey[] Keys = new FeatureKey[ParserFeatures.Count];
        public readonly int[] Buckets = new int[ParserFeatures.Count];
        public readonly float[] TransitionScores = new float[3];
        public float[] RelationScores = [];

        public void Prepare(int length, int relationCount)
        {
            if (Words.Length < length + 1) { Words = new WordInfo[(length + 1) * 2]; Tags = new int[(length + 1) * 2]; }
            if (RelationScores.Length < relationCount) RelationScores = new float[relationCount];
        }
    }

    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        foreach (var model in new[] { Tagger.Model, Transitions, Relations }) WritePart(w, model);
        w.Write(Clusters is not null);
        Clusters?.Write(w);
        w.Write(Tagger.Revision is not null);
        if (Tagger.Revision is not null) WritePart(w, Tagger.Revision);
        w.Write(Tagger.Dictionary is not null);
        Tagger.Dictionary?.Write(w);
    }

    /// <summary>Each perceptron is its own deflate stream; length-prefixed so loading never reads past its end.</summary>
    private static void WritePart(BinaryWriter w, AveragedPerceptron model)
    {
        using var buffer = new MemoryStream();
        model.Save(buffer);
        w.Write(buffer.Length);
        w.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static byte[] ReadPartBytes(BinaryReader r)
    {
        long length = r.ReadInt64();
        if (length is < 0 or > int.MaxValue) throw new InvalidDataException("parser model part length is damaged");
        var bytes = r.ReadBytes((int)length);
        if (bytes.Length != length) throw new EndOfStreamException("parser model is truncated");
        return bytes;
    }

    /// <param name="exactWeights">Keep every weight as the file holds it, to save the model again (a rebuilt tag
    /// dictionary); by default the relation table keeps 8-bit weights, a cache line a row, and cannot be saved.</param>
    public static DependencyParser Load(Stream stream, bool exactWeights = false)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Chronicle dependency parser model");
        int version = r.ReadInt32();
        if (version is not (2 or FormatVersion)) throw new InvalidDataException($"parser model format {version} is not supported");
        // The parts are separate deflate streams: read their bytes in file order, then inflate them side by
        // side, since inflating ~60 MB is most of the parser's load time.
        var tagger = ReadPartBytes(r);
        var transitions = ReadPartBytes(r);
        var relations = ReadPartBytes(r);
        var clusters = r.ReadBoolean() ? Tagging.WordClusters.Read(r) : null;
        var revision = r.ReadBoolean() ? ReadPartBytes(r) : null;
        AveragedPerceptron? Inflate(byte[]? part) => part is null ? null : AveragedPerceptron.Load(new MemoryStream(part), exactWeights);
        var loaded = Pipeline.ModelLoading.InParallel(() => Inflate(relations), () => Inflate(transitions), () => Inflate(tagger), () => Inflate(revision));
        var dictionary = version >= 3 && r.ReadBoolean() ? TagDictionary.Read(r, loaded[2]!.Classes) : null;
        return new DependencyParser(new GreedySequenceTagger(loaded[2]!, loaded[3], dictionary), loaded[1]!, loaded[0]!, clusters);
    }

    public static DependencyParser Load(string path, bool exactWeights = false)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, exactWeights);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
