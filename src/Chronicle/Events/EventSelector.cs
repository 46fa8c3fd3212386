using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// Decides which coded events to keep: an averaged perceptron (Learning/) over <see cref="EventFeatures"/>, two
/// classes, "drop" and "keep". The coder proposes every event its evidence supports; the selector keeps those whose
/// margin is above <see cref="Threshold"/>. Trained by <c>chronicle train events</c> on real-news gold (news-dev and
/// data/events, tune split only) and loaded by name; without its file every proposed event is kept.
/// </summary>
public sealed class EventSelector : MarginModel
{
    public const string Name = "event-selector-v1";
    public const string FileName = Name + ".model";
    /// <summary>2^14 rows: the templates hash a few thousand values (trigger words by root most).</summary>
    private const int BucketBits = 14;
    internal const int Drop = No, Keep = Yes;
    public const int TrainingMask = (1 << BucketBits) - 1;

    /// <summary>Below zero: a proposed event is kept unless the model is fairly sure gold would not claim it, since
    /// for F1 a doubtful event is worth keeping (chosen by five-fold cross-validation on the tune split, docs/events.md).</summary>
    public const float DefaultThreshold = 0f;

    public EventSelector(AveragedPerceptron perceptron, float threshold = DefaultThreshold) : base(perceptron, Name) => Threshold = threshold;

    public EventSelector WithThreshold(float threshold) => new(Perceptron, threshold);

    /// <summary>Events with a margin at or below it are dropped.</summary>
    public float Threshold { get; }

    public int Mask => Perceptron.Mask;

    public static EventSelector NewForTraining() => new(NewPerceptron("drop", "keep", BucketBits));

    /// <summary>The shipped model, or null when its file is not in the catalog (every coded event is then kept).</summary>
    public static EventSelector? TryLoad(ModelCatalog? catalog = null) => TryRead(catalog, FileName) is { } p ? new EventSelector(p) : null;

    /// <summary>Removes the events of <paramref name="document"/> the model does not keep and numbers the rest again.</summary>
    public void Select(Document document)
    {
        if (document.Events.Count == 0) return;
        var rows = EventFeatures.Extract(document, Mask);
        int kept = 0;
        for (int k = 0; k < rows.Length; k++)
        {
            var e = document.Events[k];
            if (Margin(rows[k]) <= Threshold) continue;
            e.Id = "V" + (kept + 1);
            document.Events[kept++] = e;
        }
        document.Events.RemoveRange(kept, document.Events.Count - kept);
    }
}

/// <summary>The selection stage: runs <see cref="EventSelector"/> right after the coder, in the Events stage.</summary>
public sealed class EventSelection(EventSelector selector) : IDocumentComponent
{
    public string Name => "events.select";
    public PipelineStage Stage => PipelineStage.Events;
    public bool EnglishOnly => true;

    public void Process(Document document)
    {
        document.Models["events.select"] = EventSelector.Name;
        selector.Select(document);
    }

    /// <summary>The stage with the shipped model, or null (nothing to run) when the model file is absent.</summary>
    public static EventSelection? TryCreate(ModelCatalog models) => EventSelector.TryLoad(models) is { } s ? new EventSelection(s) : null;
}
