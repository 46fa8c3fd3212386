using System.CommandLine;
using Chronicle.Pipeline;
using Chronicle.Quotes;
using Chronicle.Quotes.Evaluation;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train speakers</c>: trains the quotation speaker ranker on PolNeAR train and writes
/// models/speaker-ranker-v1.model; <c>--eval DIR</c> only scores the committed model on a PolNeAR split folder
/// (ranker, cascade alone, and the best candidate). docs/entities-quotes.md gives the figures.
/// </summary>
public static class TrainSpeakersCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "PolNeAR split folder to train on (text/ and attributions/).", DefaultValueFactory = _ => "../shared/data/quote-attribution/train", HelpName = "DIR" };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine(ModelCatalog.Default.Directory, SpeakerRanker.FileName), HelpName = "FILE" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training quotations.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var eval = new Option<string?>("--eval") { Description = "Score the committed model on this PolNeAR split folder instead of training.", HelpName = "DIR" };
        var holdout = new Option<bool>("--holdout") { Description = "Five-fold cross-validation by article on --train: print the accuracy of quotations scored by models that did not see them (nothing written)." };
        var command = new Command("speakers", "Train the quotation speaker ranker on PolNeAR train, or score it (--eval DIR).") { train, output, epochs, seed, eval, holdout };
        command.SetAction(p =>
        {
            var dir = p.GetValue(eval) ?? p.GetValue(train)!;
            if (!Directory.Exists(Path.Combine(dir, "attributions"))) { Console.Error.WriteLine($"chronicle: {dir}: no attributions/ folder (a PolNeAR split)"); return CliErrors.BadInput; }
            Console.Error.WriteLine($"analysing {dir} ...");
            var examples = SpeakerTrainer.Collect(dir, ChroniclePipeline.CreateDefault(), Console.Error);
            if (p.GetValue(eval) is not null)
            {
                var model = SpeakerRanker.TryLoad() ?? throw new FileNotFoundException($"{SpeakerRanker.FileName} not found in {ModelCatalog.Default.Directory}");
                Print("model", dir, SpeakerTrainer.Score(model, examples));
                return 0;
            }
            if (p.GetValue(holdout))
            {
                // five folds by article: every quotation is scored by a model that never saw its article
                double right = 0, cascade = 0, oracle = 0;
                for (int fold = 0; fold < 5; fold++)
                {
                    var fit = SpeakerTrainer.Train(examples.Where(x => x.Article % 5 != fold).ToList(), p.GetValue(epochs), p.GetValue(seed));
                    var s = SpeakerTrainer.Score(fit, examples.Where(x => x.Article % 5 == fold).ToList());
                    (right, cascade, oracle) = (right + s.Ranker * s.Quotes, cascade + s.Cascade * s.Quotes, oracle + s.Oracle * s.Quotes);
                }
                Print("5-fold", dir, (right / examples.Count, cascade / examples.Count, oracle / examples.Count, examples.Count));
                return 0;
            }
            var ranker = SpeakerTrainer.Train(examples, p.GetValue(epochs), p.GetValue(seed));
            ranker.Save(p.GetValue(output)!);
            Console.WriteLine($"wrote {p.GetValue(output)}");
            Print("trained", dir, SpeakerTrainer.Score(ranker, examples));
            return 0;
        });
        return command;
    }

    private static void Print(string label, string dir, (double Ranker, double Cascade, double Oracle, int Quotes) s) =>
        Console.WriteLine($"{label} {dir}: speaker accuracy {s.Ranker:F3} (cascade alone {s.Cascade:F3}, best candidate {s.Oracle:F3}) on {s.Quotes} found quotes with a source");
}
