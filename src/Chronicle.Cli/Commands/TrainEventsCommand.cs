using System.CommandLine;
using Chronicle.Events;
using Chronicle.Events.Evaluation;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train events SET</c>: trains the event selector on a real-news gold folder (made by
/// <c>scripts/event-set.sh tune SET</c>) and writes models/event-selector-v1.model; <c>--eval SET</c> only scores
/// the committed model on a folder. The figures are counts of proposed events claimed by gold; the article scorer
/// (<c>scripts/score-events.sh</c>) gives the real P/R. docs/events.md describes the selector.
/// </summary>
public static class TrainEventsCommand
{
    public static Command Create()
    {
        var set = new Argument<string>("SET") { Description = "Folder from scripts/event-set.sh (articles.jsonl, ID.gold.json, ID.codes.json, actor-codes.json)." };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine(ModelCatalog.Default.Directory, EventSelector.FileName), HelpName = "FILE" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the proposed events.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var eval = new Option<bool>("--eval") { Description = "Score the committed model on SET instead of training." };
        var countries = new Option<string>("--countries") { Description = "CAMEO country names (CODE TAB name) for gold names written as countries.", DefaultValueFactory = _ => "../shared/data/cameo-codebook/CAMEO.country.txt", HelpName = "FILE" };
        var threshold = new Option<float>("--threshold") { Description = "Margin at or below which an event is dropped (stored in the model's use, not its weights).", DefaultValueFactory = _ => EventSelector.DefaultThreshold };
        var holdout = new Option<bool>("--holdout") { Description = "Five-fold cross-validation by article on SET: each article's events are kept or dropped by a model that never saw it (nothing written)." };
        var command = new Command("events", "Train the event selector (which proposed events to keep) on real-news gold, or score it (--eval).") { set, output, epochs, seed, eval, countries, holdout, threshold };
        command.SetAction(p =>
        {
            var dir = p.GetValue(set)!;
            if (!File.Exists(Path.Combine(dir, "articles.jsonl"))) { Console.Error.WriteLine($"chronicle: {dir}: no articles.jsonl (make it with scripts/event-set.sh tune {dir})"); return CliErrors.BadInput; }
            var articles = EventGold.Read(dir);
            Console.Error.WriteLine($"analysing {articles.Count} articles of {dir} ...");
            var model = p.GetValue(eval) ? EventSelector.TryLoad() ?? throw new FileNotFoundException($"{EventSelector.FileName} not found in {ModelCatalog.Default.Directory}") : null;
            int mask = model?.Mask ?? EventSelector.TrainingMask;
            var examples = EventSelectorTrainer.Collect(articles, ChroniclePipeline.CreateDefault(selectEvents: false), EventGold.ReadCountries(p.GetValue(countries)), mask);
            Print("all proposed", dir, EventSelectorTrainer.Score(null, examples));
            if (p.GetValue(holdout))
            {
                var sum = (0, 0, 0, 0, 0);
                for (int fold = 0; fold < 5; fold++)
                {
                    var fit = EventSelectorTrainer.Train(examples.Where((_, i) => i % 5 != fold).ToList(), p.GetValue(epochs), p.GetValue(seed)).WithThreshold(p.GetValue(threshold));
                    var s = EventSelectorTrainer.Score(fit, examples.Where((_, i) => i % 5 == fold).ToList());
                    sum = (sum.Item1 + s.Proposed, sum.Item2 + s.Kept, sum.Item3 + s.RightProposed, sum.Item4 + s.RightKept, sum.Item5 + s.Gold);
                }
                Print("5-fold", dir, sum);
                return 0;
            }
            if (model is null)
            {
                model = EventSelectorTrainer.Train(examples, p.GetValue(epochs), p.GetValue(seed));
                model.Save(p.GetValue(output)!);
                Console.WriteLine($"wrote {p.GetValue(output)}");
            }
            Print("selected", dir, EventSelectorTrainer.Score(model, examples));
            return 0;
        });
        return command;
    }

    private static void Print(string label, string dir, (int Proposed, int Kept, int RightProposed, int RightKept, int Gold) s) =>
        Console.WriteLine($"{label} {dir}: kept {s.Kept} of {s.Proposed} proposed events; claimed by gold {s.RightKept} of {s.RightProposed} " +
                          $"(P {s.RightKept / Math.Max(1.0, s.Kept):F3}, R {s.RightKept / Math.Max(1.0, s.Gold):F3} of {s.Gold} required gold events)");
}
