using Chronicle.Learning;
using Chronicle.Pipeline;

namespace Chronicle.Stories;

/// <summary>
/// The same-event scorer: an averaged perceptron (Learning/) over <see cref="EventLinkFeatures"/>, two
/// classes, "other" and "same". Its margin for a candidate is how much more it looks like the same act
/// than another one; a mention links to its best allowed candidate with a positive margin. Trained by
/// <c>chronicle train links</c> on the same-event annotation (docs/stories.md) and loaded by name.
/// </summary>
public sealed class EventLinkModel : MarginModel
{
    public const string Name = "event-link-v1";
    public const string FileName = Name + ".model";
    private const int BucketBits = 8; // 2^8 >= EventLinkFeatures.Count: every feature has its own row
    internal const int Other = No, Same = Yes;

    public EventLinkModel(AveragedPerceptron perceptron) : base(perceptron, Name)
    {
        if (perceptron.Mask + 1 < EventLinkFeatures.Count)
            throw new InvalidDataException($"{Name}: not an event-link model ({perceptron.Mask + 1} buckets)");
    }

    public static EventLinkModel NewForTraining() => new(NewPerceptron("other", "same", BucketBits));

    /// <summary>The shipped model from the catalog; a clear error when the file is missing.</summary>
    public static EventLinkModel Load(ModelCatalog? catalog = null) =>
        new(TryRead(catalog, FileName)
            ?? throw new FileNotFoundException($"model {FileName} not found in {(catalog ?? ModelCatalog.Default).Directory} (chronicle train links makes it)"));

    /// <summary>Written-down starting weights, what training starts from (docs/stories.md lists them).</summary>
    public static EventLinkModel Prior()
    {
        var model = NewForTraining();
        (int Feature, float Weight)[] prior =
        [
            (EventLinkFeatures.Bias, -2.5f), (EventLinkFeatures.SameStory, 1f), (EventLinkFeatures.SameRoot, 0.8f), (EventLinkFeatures.SameCode, 0.7f), (EventLinkFeatures.SameBase, 0.3f),
            (EventLinkFeatures.SourceName, 1f), (EventLinkFeatures.SourceCode, 0.8f), (EventLinkFeatures.SourceCountry, 0.3f), (EventLinkFeatures.SourceDiffers, -0.5f),
            (EventLinkFeatures.TargetName, 1f), (EventLinkFeatures.TargetCode, 0.8f), (EventLinkFeatures.TargetCountry, 0.3f),
            (EventLinkFeatures.DateEqual, 1f), (EventLinkFeatures.Gap0, 0.4f), (EventLinkFeatures.Gap2, -0.6f),
            (EventLinkFeatures.PlaceSame, 0.3f), (EventLinkFeatures.SameTrigger, 0.5f), (EventLinkFeatures.SameOutlet, -0.3f),
        ];
        foreach (var (feature, weight) in prior)
            model.Perceptron.Update([feature], weight > 0 ? Same : Other, weight > 0 ? Other : Same, Math.Abs(weight) / 2);
        return model;
    }
}
