using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Events.Evaluation;

/// <summary>One article's proposed events as training sees them: their feature rows and whether gold claims each.</summary>
public sealed record EventExample(string Article, int[][] Features, bool[] Right, int Gold);

/// <summary>
/// Trains <see cref="EventSelector"/> on real-news gold (<see cref="EventGold"/>): the pipeline runs without the
/// selection stage, so every event the coder proposes is a training example, labelled keep when a gold event claims
/// it. Training is the binary averaged perceptron over the examples in a fixed order shuffled with fixed seeds, three
/// shuffles averaged weight by weight, so the same data gives the same bytes.
/// </summary>
public static class EventSelectorTrainer
{
    public static List<EventExample> Collect(IEnumerable<GoldArticle> articles, DocumentPipeline unselected, IReadOnlyDictionary<string, string> countries, int mask)
    {
        var examples = new List<EventExample>();
        foreach (var article in articles)
        {
            var doc = unselected.Process(new Document(article.Text, article.Metadata));
            var right = EventGold.Match(article, doc, countries);
            examples.Add(new EventExample(article.Id, EventFeatures.Extract(doc, mask), right, article.Events.Count(e => e.Required)));
        }
        return examples;
    }

    public static EventSelector Train(IReadOnlyList<EventExample> examples, int epochs, int seed = 1, int seeds = 3) =>
        MarginModel.AverageOfShuffles(s => TrainOne(examples, epochs, s), seed, seeds);

    private static EventSelector TrainOne(IReadOnlyList<EventExample> examples, int epochs, int seed)
    {
        var selector = EventSelector.NewForTraining();
        var perceptron = selector.Perceptron;
        var rows = examples.SelectMany(x => x.Features.Select((f, k) => (Features: f, Keep: x.Right[k]))).ToArray();
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                perceptron.Tick();
                int truth = rows[i].Keep ? EventSelector.Keep : EventSelector.Drop;
                int guess = selector.Margin(rows[i].Features) > 0 ? EventSelector.Keep : EventSelector.Drop;
                if (guess != truth) perceptron.Update(rows[i].Features, truth, guess);
            }
        }
        perceptron.Average();
        return selector;
    }

    /// <summary>Counts over the examples: proposed, kept, right among the proposed and among the kept. Precision and
    /// recall against the gold's required events follow from them (an upper bound: the scorer may pair differently).</summary>
    public static (int Proposed, int Kept, int RightProposed, int RightKept, int Gold) Score(EventSelector? selector, IReadOnlyList<EventExample> examples)
    {
        int proposed = 0, kept = 0, rightProposed = 0, rightKept = 0, gold = 0;
        foreach (var x in examples)
        {
            gold += x.Gold;
            for (int k = 0; k < x.Features.Length; k++)
            {
                proposed++;
                if (x.Right[k]) rightProposed++;
                if (selector is not null && selector.Margin(x.Features[k]) <= selector.Threshold) continue;
                kept++;
                if (x.Right[k]) rightKept++;
            }
        }
        return (proposed, kept, rightProposed, rightKept, gold);
    }
}
