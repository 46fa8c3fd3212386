namespace Chronicle.Learning;

/// <summary>
/// A left-to-right greedy tagger (one averaged-perceptron decision per word, the two previous
/// decisions as features; Honnibal's "good part-of-speech tagger in about 200 lines"). It sees only
/// the words (<see cref="WordInfo"/>: lower case, affixes, shape) and a five-word window, so it
/// serves any word-level tag set: Penn POS tags for the parser, and other taggers may reuse it.
/// </summary>
public sealed class GreedySequenceTagger
{
    private const int FeatureCount = 28;

    public GreedySequenceTagger(AveragedPerceptron model) => Model = model;

    public AveragedPerceptron Model { get; }
    public LabelSet Labels => Model.Labels;

    /// <summary>Tags one sentence: <paramref name="tags"/> receives label ids of <see cref="Labels"/>.</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        Span<int> features = stackalloc int[FeatureCount];
        Span<float> scores = stackalloc float[Model.Classes];
        for (int i = 0; i < words.Length; i++)
        {
            Extract(words, tags, i, Model.Mask, features);
            Model.Score(features, scores);
            tags[i] = ArgMax(scores[..Model.Classes]);
        }
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return best;
    }

    /// <summary>Trains on sentences of (words, gold tags), <paramref name="epochs"/> passes in an order
    /// shuffled by <paramref name="seed"/> (so the result is reproducible), then averages.</summary>
    public static GreedySequenceTagger Train(IReadOnlyList<(WordInfo[] Words, string[] Tags)> sentences, int epochs,
        int bucketBits, int seed, LabelSet? labels = null)
    {
        labels ??= new LabelSet();
        foreach (var (_, tags) in sentences) foreach (var t in tags) labels.GetOrAdd(t);
        var model = new AveragedPerceptron(labels, bucketBits);
        var tagger = new GreedySequenceTagger(model);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<int> features = stackalloc int[FeatureCount];
        var scores = new float[labels.Count];
        var predicted = new int[16];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                var (words, gold) = sentences[s];
                if (predicted.Length < words.Length) predicted = new int[words.Length * 2];
                for (int i = 0; i < words.Length; i++)
                {
                    model.Tick();
                    Extract(words, predicted, i, model.Mask, features);
                    model.Score(features, scores);
                    int guess = ArgMax(scores);
                    int truth = labels.IdOf(gold[i]);
                    model.Update(features, truth, guess);
                    predicted[i] = guess; // greedy: later words see the tagger's own decisions, as at run time
                }
            }
        }
        model.Average();
        return tagger;
    }

    private static void Extract(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, int i, int mask, Span<int> f)
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
    }
}
