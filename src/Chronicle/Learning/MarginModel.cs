using Chronicle.Pipeline;

namespace Chronicle.Learning;

/// <summary>
/// A yes/no decision scored by a two-class averaged perceptron ("no" class 0, "yes" class 1): a candidate's score is
/// the margin of "yes" over "no". The speaker ranker and the same-event linker are both this, over their own features.
/// </summary>
public abstract class MarginModel
{
    protected const int No = 0, Yes = 1;

    protected MarginModel(AveragedPerceptron perceptron, string name)
    {
        if (perceptron.Classes != 2) throw new InvalidDataException($"{name}: not a two-class model ({perceptron.Classes} classes)");
        Perceptron = perceptron;
    }

    public AveragedPerceptron Perceptron { get; }

    /// <summary>A fresh model for training, its two classes named <paramref name="no"/> and <paramref name="yes"/>.</summary>
    protected static AveragedPerceptron NewPerceptron(string no, string yes, int bucketBits) => new(new LabelSet([no, yes]), bucketBits);

    /// <summary>The perceptron of <paramref name="fileName"/> in the catalog, or null when the file is not there.</summary>
    protected static AveragedPerceptron? TryRead(ModelCatalog? catalog, string fileName)
    {
        var path = (catalog ?? ModelCatalog.Default).Find(fileName);
        if (path is null) return null;
        using var stream = File.OpenRead(path);
        return AveragedPerceptron.Load(stream);
    }

    /// <summary>Models trained on <paramref name="seeds"/> shuffles (seeds <paramref name="seed"/> on), averaged weight by
    /// weight into the first: one model at run time, less dependent on the order of one shuffle.</summary>
    public static TModel AverageOfShuffles<TModel>(Func<int, TModel> trainOne, int seed, int seeds) where TModel : MarginModel
    {
        var model = trainOne(seed);
        for (int k = 1; k < seeds; k++) model.Perceptron.AddWeighted(trainOne(seed + k).Perceptron, 1);
        if (seeds > 1) model.Perceptron.Scale(1f / seeds);
        return model;
    }

    public float Margin(ReadOnlySpan<int> features)
    {
        Span<float> scores = stackalloc float[2];
        Perceptron.Score(features, scores);
        return scores[Yes] - scores[No];
    }

    public void Save(Stream stream) => Perceptron.Save(stream);

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
