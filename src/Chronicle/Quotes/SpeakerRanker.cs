using Chronicle.Learning;
using Chronicle.Pipeline;

namespace Chronicle.Quotes;

/// <summary>
/// Chooses a quotation's speaker among its candidates (<see cref="SpeakerCandidates"/>): an averaged perceptron
/// (Learning/) over <see cref="SpeakerFeatures"/> with two classes, "other" and "speaker"; a candidate's score is its
/// margin and the best one wins (the earlier candidate on ties: the cascade's answer comes first). Trained by
/// <c>chronicle train speakers</c> on PolNeAR train and loaded by name; without the file the cascade decides alone.
/// </summary>
public sealed class SpeakerRanker : MarginModel
{
    public const string Name = "speaker-ranker-v1";
    public const string FileName = Name + ".model";
    /// <summary>2^16 rows: the templates hash a few thousand distinct values (cue and neighbouring words most).</summary>
    private const int BucketBits = 16;
    internal const int Other = No, Speaker = Yes;
    internal const int TrainingMask = (1 << BucketBits) - 1;

    public SpeakerRanker(AveragedPerceptron perceptron) : base(perceptron, Name) { }

    internal int Mask => Perceptron.Mask;

    public static SpeakerRanker NewForTraining() => new(NewPerceptron("other", "speaker", BucketBits));

    /// <summary>The shipped model, or null when its file is not in the catalog (the cascade then decides alone).</summary>
    public static SpeakerRanker? TryLoad(ModelCatalog? catalog = null) => TryRead(catalog, FileName) is { } p ? new SpeakerRanker(p) : null;

    /// <summary>Index of the best candidate (the first on ties), or -1 for none.</summary>
    internal int Choose(List<SpeakerCandidate> candidates)
    {
        int best = -1;
        float bestMargin = float.NegativeInfinity;
        for (int i = 0; i < candidates.Count; i++)
        {
            float m = Margin(candidates[i].Features);
            if (m > bestMargin) (best, bestMargin) = (i, m);
        }
        return best;
    }
}
