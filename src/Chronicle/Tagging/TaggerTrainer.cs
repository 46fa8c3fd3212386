using Chronicle.Learning;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>One training document with its gold labels (one per token).</summary>
public sealed record TrainingDocument(Document Document, string[] Gold);

/// <summary>Settings of a training run; the seed fixes the shuffling, so a run is reproducible.</summary>
/// <param name="Models">How many models (seeds Seed, Seed+1, ...) to train and average into one.</param>
public sealed record TrainingOptions(int Epochs = 10, int Seed = 1, int BucketBits = 20, bool GoldHistory = true, int Models = 1);

/// <summary>
/// Trains a <see cref="SequenceTagger"/> with the averaged perceptron: documents in a freshly
/// shuffled (seeded) order each epoch, each token's guess compared with the gold tag, the gold
/// previous tags used as history (by default; see <see cref="TrainingOptions.GoldHistory"/>), then
/// weights averaged.
/// </summary>
public static class TaggerTrainer
{
    public static SequenceTagger Train(string modelName, TaggerFeatures features, IReadOnlyList<TrainingDocument> data,
                                       TrainingOptions options, Action<string>? log = null)
    {
        var first = TrainOne(modelName, features, data, options, log);
        if (options.Models <= 1) return first;
        // Averaging the weights of models trained on different shuffles: a cheap ensemble, one model at run time.
        for (int m = 1; m < options.Models; m++)
        {
            log?.Invoke($"model {m + 1}/{options.Models} (seed {options.Seed + m})");
            var other = TrainOne(modelName, features, data, options with { Seed = options.Seed + m }, log);
            first.Model.AddWeighted(other.Model, 1f);
        }
        first.Model.Scale(1f / options.Models);
        return first;
    }

    /// <summary>The tagger with a tag dictionary built from the gold labels of <paramref name="data"/> (none when
    /// <paramref name="minCount"/> is 0): frequent words seen with one label skip scoring. Weights are untouched.</summary>
    public static SequenceTagger WithTagDictionary(SequenceTagger tagger, IReadOnlyList<TrainingDocument> data, int minCount)
    {
        if (minCount <= 0) return tagger.WithDictionary(null);
        var observations = data.SelectMany(d => Enumerable.Range(0, d.Gold.Length).Select(t =>
            (SentenceAtoms.WordHash(SentenceAtoms.NormalizedWord(d.Document, t)), tagger.Labels.IdOf(d.Gold[t]))));
        return tagger.WithDictionary(TagDictionary.Build(observations, minCount));
    }

    private static SequenceTagger TrainOne(string modelName, TaggerFeatures features, IReadOnlyList<TrainingDocument> data,
                                           TrainingOptions options, Action<string>? log)
    {
        // Labels in sorted order: the same data always gives the same class numbering.
        var labels = new LabelSet(data.SelectMany(d => d.Gold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var model = new AveragedPerceptron(labels, options.BucketBits);
        var tagger = new SequenceTagger(modelName, model, features);
        var gold = data.Select(d => d.Gold.Select(labels.IdOf).ToArray()).ToArray();
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(options.Seed);
        int tokens = data.Sum(d => d.Gold.Length);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (int index in order) errors += tagger.TrainDocument(data[index].Document, gold[index], options.GoldHistory);
            log?.Invoke($"epoch {epoch}/{options.Epochs}: training accuracy {100.0 * (tokens - errors) / tokens:F2}% ({watch.Elapsed.TotalSeconds:F1} s)");
        }
        model.Average();
        return tagger;
    }
}

/// <summary>Accuracy and CoNLL phrase F1 (the rules of conlleval) for tagger evaluation.</summary>
public static class TagEvaluation
{
    public static double Accuracy(IEnumerable<(string[] Gold, string[] Predicted)> pairs)
    {
        long right = 0, total = 0;
        foreach (var (g, p) in pairs)
            for (int i = 0; i < g.Length; i++) { total++; if (g[i] == p[i]) right++; }
        return total == 0 ? 0 : 100.0 * right / total;
    }

    /// <summary>Phrase-level precision, recall and F1 (percent) of IOB tags, per sentence.</summary>
    public static (double Precision, double Recall, double F1) PhraseF1(IEnumerable<(string[] Gold, string[] Predicted, Sentence[] Sentences)> docs)
    {
        long correct = 0, goldCount = 0, predictedCount = 0;
        foreach (var (g, p, sentences) in docs)
        {
            foreach (var s in sentences)
            {
                var gold = Phrases(g, s);
                var predicted = Phrases(p, s);
                goldCount += gold.Count;
                predictedCount += predicted.Count;
                correct += predicted.Count(gold.Contains);
            }
        }
        double precision = predictedCount == 0 ? 0 : 100.0 * correct / predictedCount;
        double recall = goldCount == 0 ? 0 : 100.0 * correct / goldCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>Phrases as (start, end, type): a phrase starts at B-, or at I- after O or another type.</summary>
    public static HashSet<(int Start, int End, string Type)> Phrases(string[] tags, Sentence s)
    {
        var result = new HashSet<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int t = s.FirstToken; t <= s.EndToken; t++)
        {
            string tag = t < s.EndToken ? tags[t] : "O";
            string? tagType = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            bool begins = tagType is not null && (tag[0] == 'B' || tagType != type);
            if (type is not null && (tagType is null || begins))
            {
                result.Add((start, t, type));
                type = null;
            }
            if (begins) { start = t; type = tagType; }
        }
        return result;
    }
}
