namespace Chronicle.Learning;

/// <summary>
/// A greedy averaged-perceptron word tagger (Honnibal's "good part-of-speech tagger in about 200
/// lines"), optionally in two passes: the first goes left to right with the two previous decisions
/// as features; the second (<see cref="Revision"/>) tags again with the first pass's tags of the two
/// next words as well, so "that", "to", "-ing" forms and noun/verb ambiguities see their right
/// context's category. It sees only the words (<see cref="WordInfo"/>: lower case, affixes, shape,
/// word class) in a five-word window, so it serves any word-level tag set.
/// </summary>
public sealed class GreedySequenceTagger
{
    private const int BaseFeatureCount = 34;
    private const int RevisionFeatureCount = BaseFeatureCount + 5;

    public GreedySequenceTagger(AveragedPerceptron model, AveragedPerceptron? revision = null, TagDictionary? dictionary = null)
    {
        Model = model;
        Revision = revision;
        Dictionary = dictionary;
    }

    public AveragedPerceptron Model { get; }
    /// <summary>The second pass's model, or null for a one-pass tagger.</summary>
    public AveragedPerceptron? Revision { get; }
    public LabelSet Labels => Model.Labels;
    /// <summary>Words tagged without scoring, in both passes; null to score every word.</summary>
    public TagDictionary? Dictionary { get; }

    /// <summary>The same weights with another dictionary. It is attached after training, not used in it: the weights
    /// and the jackknifed tags a parser learns from stay what they were (training with it cost 0.5 LAS, docs/parser.md).</summary>
    public GreedySequenceTagger WithDictionary(TagDictionary? dictionary) => new(Model, Revision, dictionary);

    /// <summary>Tags one sentence: <paramref name="tags"/> receives label ids of <see cref="Labels"/>.</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        Span<int> features = stackalloc int[RevisionFeatureCount];
        Span<float> scores = stackalloc float[Model.Classes];
        TagPass(Model, Dictionary, words, tags, [], features[..BaseFeatureCount], scores);
        if (Revision is null) return;
        Span<int> first = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        tags.CopyTo(first);
        TagPass(Revision, Dictionary, words, tags, first, features, scores);
    }

    private static void TagPass(AveragedPerceptron model, TagDictionary? dictionary, ReadOnlySpan<WordInfo> words, Span<int> tags,
        ReadOnlySpan<int> firstPass, Span<int> features, Span<float> scores)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (dictionary is not null && dictionary.TryGet(words[i], out int known)) { tags[i] = known; continue; }
            Extract(words, tags, firstPass, i, model.Mask, features);
            model.Score(features, scores);
            tags[i] = ArgMax(scores[..model.Classes]);
        }
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return best;
    }

    /// <summary>Trains on sentences of (words, gold tags), <paramref name="epochs"/> passes in an order
    /// shuffled by <paramref name="seed"/> (so the result is reproducible), then averages. With
    /// <paramref name="revisionFolds"/> > 1 a second pass is trained on first-pass tags that are
    /// jackknifed over that many folds, so it learns how far to trust them on unseen text.</summary>
    public static GreedySequenceTagger Train(IReadOnlyList<(WordInfo[] Words, string[] Tags)> sentences, int epochs,
        int bucketBits, int seed, LabelSet? labels = null, int revisionFolds = 0)
    {
        labels ??= new LabelSet();
        foreach (var (_, tags) in sentences) foreach (var t in tags) labels.GetOrAdd(t);
        var first = TrainPass(sentences, null, epochs, bucketBits, seed, labels);
        if (revisionFolds <= 1) return new GreedySequenceTagger(first);
        var firstTags = new int[sentences.Count][];
        Jackknife.Run(sentences, revisionFolds,
            (rest, fold) => new GreedySequenceTagger(TrainPass(rest, null, epochs, bucketBits, seed + 100 + fold, labels)),
            (foldTagger, i) =>
            {
                firstTags[i] = new int[sentences[i].Words.Length];
                foldTagger.Tag(sentences[i].Words, firstTags[i]);
            });
        return new GreedySequenceTagger(first, TrainPass(sentences, firstTags, epochs, bucketBits, seed, labels));
    }

    private static AveragedPerceptron TrainPass(IReadOnlyList<(WordInfo[] Words, string[] Tags)> sentences, int[][]? firstTags,
        int epochs, int bucketBits, int seed, LabelSet labels)
    {
        var model = new AveragedPerceptron(labels, bucketBits);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<int> features = stackalloc int[firstTags is null ? BaseFeatureCount : RevisionFeatureCount];
        var scores = new float[labels.Count];
        var predicted = new int[16];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                var (words, gold) = sentences[s];
                if (predicted.Length < words.Length) predicted = new int[words.Length * 2];
                ReadOnlySpan<int> right = firstTags is null ? [] : firstTags[s];
                for (int i = 0; i < words.Length; i++)
                {
                    model.Tick();
                    Extract(words, predicted, right, i, model.Mask, features);
                    model.Score(features, scores);
                    int guess = ArgMax(scores);
                    model.Update(features, labels.IdOf(gold[i]), guess);
                    predicted[i] = guess; // greedy: later words see the tagger's own decisions, as at run time
                }
            }
        }
        model.Average();
        return model;
    }

    private static void Extract(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, ReadOnlySpan<int> firstPass, int i, int mask, Span<int> f)
    {
        var w = words[i];
        var prev = i > 0 ? words[i - 1] : WordInfo.None;
        var prev2 = i > 1 ? words[i - 2] : WordInfo.None;
        var next = i + 1 < words.Length ? words[i + 1] : WordInfo.None;
        var next2 = i + 2 < words.Length ? words[i + 2] : WordInfo.None;
        int t1 = i > 0 ? tags[i - 1] : -1;
        int t2 = i > 1 ? tags[i - 2] : -1;
        int k = 0;
        f[k++] = new FeatureKey(0).Bucket(mask); // bias
        f[k++] = new FeatureKey(1).Add(w.Lower).Bucket(mask);
        f[k++] = new FeatureKey(2).Add(w.Suffix1).Bucket(mask);
        f[k++] = new FeatureKey(3).Add(w.Suffix2).Bucket(mask);
        f[k++] = new FeatureKey(4).Add(w.Suffix3).Bucket(mask);
        f[k++] = new FeatureKey(5).Add(w.Prefix1).Bucket(mask);
        f[k++] = new FeatureKey(6).Add(w.Shape).Bucket(mask);
        f[k++] = new FeatureKey(7).Add(t1).Bucket(mask);
        f[k++] = new FeatureKey(8).Add(t1).Add(t2).Bucket(mask);
        f[k++] = new FeatureKey(9).Add(t1).Add(w.Lower).Bucket(mask);
        f[k++] = new FeatureKey(10).Add(prev.Lower).Bucket(mask);
        f[k++] = new FeatureKey(11).Add(prev.Suffix3).Bucket(mask);
        f[k++] = new FeatureKey(12).Add(prev2.Lower).Bucket(mask);
        f[k++] = new FeatureKey(13).Add(next.Lower).Bucket(mask);
        f[k++] = new FeatureKey(14).Add(next.Suffix3).Bucket(mask);
        f[k++] = new FeatureKey(15).Add(next2.Lower).Bucket(mask);
        f[k++] = new FeatureKey(16).Add(w.Shape).Add(prev.Shape).Add(next.Shape).Bucket(mask);
        f[k++] = new FeatureKey(17).Add(w.Lower).Add(next.Lower).Bucket(mask);
        f[k++] = new FeatureKey(18).Add(prev.Lower).Add(w.Lower).Bucket(mask);
        f[k++] = new FeatureKey(19).Add(t1).Add(w.Suffix3).Bucket(mask);
        f[k++] = new FeatureKey(20).Add(w.Shape).Add(w.Suffix2).Bucket(mask);
        f[k++] = new FeatureKey(21).Add(i == 0 ? 1 : 0).Add(w.Shape).Bucket(mask);
        f[k++] = new FeatureKey(22).Add(w.Form).Bucket(mask);
        f[k++] = new FeatureKey(23).Add(w.Suffix4).Bucket(mask);
        f[k++] = new FeatureKey(24).Add(w.Prefix3).Bucket(mask);
        f[k++] = new FeatureKey(25).Add(t1).Add(next.Lower).Bucket(mask);
        f[k++] = new FeatureKey(26).Add(prev.Lower).Add(w.Lower).Add(next.Lower).Bucket(mask);
        f[k++] = new FeatureKey(27).Add(next.Shape).Add(next2.Shape).Add(w.Suffix2).Bucket(mask);
        // word classes: rare and unseen words share the evidence of frequent words of their class
        f[k++] = new FeatureKey(28).Add(w.Cluster).Bucket(mask);
        f[k++] = new FeatureKey(29).Add(w.CoarseCluster).Bucket(mask);
        f[k++] = new FeatureKey(30).Add(prev.Cluster).Bucket(mask);
        f[k++] = new FeatureKey(31).Add(next.Cluster).Bucket(mask);
        f[k++] = new FeatureKey(32).Add(next2.CoarseCluster).Bucket(mask);
        f[k++] = new FeatureKey(33).Add(t1).Add(w.Cluster).Bucket(mask);
        if (firstPass.IsEmpty) return;
        // second pass: the first pass's view of the right context
        int r1 = i + 1 < firstPass.Length ? firstPass[i + 1] : -1;
        int r2 = i + 2 < firstPass.Length ? firstPass[i + 2] : -1;
        f[k++] = new FeatureKey(34).Add(r1).Bucket(mask);
        f[k++] = new FeatureKey(35).Add(r1).Add(r2).Bucket(mask);
        f[k++] = new FeatureKey(36).Add(t1).Add(r1).Bucket(mask);
        f[k++] = new FeatureKey(37).Add(w.Lower).Add(r1).Bucket(mask);
        f[k++] = new FeatureKey(38).Add(w.Suffix3).Add(r1).Add(firstPass[i]).Bucket(mask);
    }
}
