using System.CommandLine;
using Chronicle.Pipeline;
using Chronicle.Stories;
using Chronicle.Stories.Evaluation;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train links</c>: trains the same-event scorer on the story annotation over CoNLL-2003
/// eng.train (tune split only) and prints story and link precision/recall on both splits; with
/// <c>--eval</c> it only scores the committed model. docs/stories.md gives the figures.
/// </summary>
public static class TrainLinksCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder of the shared data sets (with conll2003/eng.train).", DefaultValueFactory = _ => "../shared/data", HelpName = "DIR" };
        var gold = new Option<string>("--gold") { Description = "Story and same-event annotation (docs/stories-annotation.md).", DefaultValueFactory = _ => Path.Combine(ModelCatalog.Default.Directory, "..", "data", "stories", "conll2003-train.stories.tsv"), HelpName = "FILE" };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine(ModelCatalog.Default.Directory, EventLinkModel.FileName), HelpName = "FILE" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the tune split.", DefaultValueFactory = _ => 10 };
        var eval = new Option<bool>("--eval") { Description = "Score the committed model instead of training." };
        var join = new Option<double?>("--join") { Description = "Story join threshold to try (default: the built-in one)." };
        var merge = new Option<double?>("--merge") { Description = "Story merge threshold to try." };
        var window = new Option<int?>("--event-window") { Description = "Days apart two undated mentions may still report one act (to try)." };
        var grid = new Option<bool>("--grid") { Description = "Try a grid of story thresholds and print story P/R on the tune split only (the test split is never used for tuning)." };
        var show = new Option<string?>("--show") { Description = "Print the predicted stories of this split's documents with their gold story ids (tune: for error analysis)." };
        var command = new Command("links", "Train the same-event link scorer on the CoNLL-2003 story annotation; print story and link P/R per split.")
            { data, gold, output, epochs, eval, join, merge, grid, show, window };
        command.SetAction(p =>
        {
            var conll = Path.Combine(p.GetValue(data)!, "conll2003", "eng.train");
            if (!File.Exists(conll)) { Console.Error.WriteLine($"chronicle: {conll}: not found (--data names the shared data folder)"); return CliErrors.BadInput; }
            var goldPath = p.GetValue(gold)!;
            if (!File.Exists(goldPath)) { Console.Error.WriteLine($"chronicle: {goldPath}: annotation not found"); return CliErrors.BadInput; }
            var annotation = StoryGold.Read(goldPath);
            var options = StoryOptions.Default with
            {
                JoinThreshold = p.GetValue(join) ?? StoryOptions.Default.JoinThreshold,
                MergeThreshold = p.GetValue(merge) ?? StoryOptions.Default.MergeThreshold,
                EventDayWindow = p.GetValue(window) ?? StoryOptions.Default.EventDayWindow,
            };
            Console.Error.WriteLine($"analysing {conll} ...");
            var articles = ConllStoryCorpus.Read(conll, ChroniclePipeline.CreateDefault()).ToList();
            EventLinkModel model;
            if (p.GetValue(grid))
            {
                foreach (double j in new[] { 0.2, 0.25, 0.3 })
                    foreach (double m in new[] { j + 0.2, 9.0 })
                    foreach (double termWeight in new[] { 0.4, 0.55, 0.7 })
                    foreach (double penalty in new[] { 0.02, 0.05 })
                    {
                        var tried = options with { JoinThreshold = j, MergeThreshold = m, TermWeight = termWeight, NameWeight = 1 - termWeight, DayPenalty = penalty };
                        var s = StoryEvaluation.Score(StoryEvaluation.Run(articles, tried, EventLinkModel.Load(), d => annotation.SplitOf(d) != "test"), annotation, "tune");
                        Console.WriteLine($"join {j:F2} merge {m:F2} words {termWeight:F2} day {penalty:F2}: tune stories {s.Stories}");
                    }
                return 0;
            }
            if (p.GetValue(show) is { } shown)
            {
                var run = StoryEvaluation.Run(articles, options, EventLinkModel.Load());
                foreach (var group in run.StoryOfDocument.Where(d => annotation.SplitOf(d.Key) == shown).GroupBy(d => d.Value))
                {
                    var docs = group.Select(d => d.Key).Order().ToList();
                    var golds = docs.Select(d => annotation.StoryOfDocument[d].Id).Distinct().ToList();
                    if (docs.Count > 1 || golds.Count > 1)
                        Console.WriteLine($"story {group.Key}: " + string.Join(' ', docs.Select(d => $"{d}={annotation.StoryOfDocument[d].Id}")));
                }
                foreach (var g in run.Linked.Where(l => annotation.SplitOf(l.Sentence.Document) == shown).GroupBy(l => l.Global))
                {
                    if (g.Select(l => l.Sentence.Document).Distinct().Count() < 2) continue;
                    Console.WriteLine($"linked {g.Key}:");
                    foreach (var (key, m, story, _) in g)
                        Console.WriteLine($"   {key} [{string.Join(',', annotation.EventsOfSentence.GetValueOrDefault(key)?.Select(e => e.Id) ?? [])}] {m.Cameo} {m.SourceCode}/{m.SourceName:x} -> {m.TargetCode}/{m.TargetName:x} day {m.ExplicitDay} {m.Country}");
                }
                foreach (var e in annotation.Events.Where(e => annotation.SplitOf(e.Mentions[0].Document) == shown))
                {
                    var coded = run.Linked.Where(l => e.Mentions.Contains(l.Sentence)).ToList();
                    if (coded.Select(c => c.Sentence.Document).Distinct().Count() < 2) continue;
                    Console.WriteLine($"gold {e.Id} root {e.Root}:");
                    foreach (var (key, m, story, global) in coded)
                        Console.WriteLine($"   {key} story {story} global {global}: {m.Cameo} {m.SourceCode}/{m.SourceName:x} -> {m.TargetCode}/{m.TargetName:x} day {m.ExplicitDay} {m.Country}");
                }
                return 0;
            }
            if (p.GetValue(eval)) model = EventLinkModel.Load();
            else
            {
                Print("prior", StoryEvaluation.Run(articles, options, EventLinkModel.Prior()), annotation);
                model = LinkTrainer.Train(articles, annotation, options, p.GetValue(epochs));
                model.Save(p.GetValue(output)!);
                Span<int> one = stackalloc int[1];
                for (int f = 0; f < EventLinkFeatures.Count; f++)
                {
                    one[0] = f;
                    float margin = model.Margin(one);
                    if (margin != 0) Console.WriteLine($"weight {EventLinkFeatures.NameOf(f)} {margin:F2}");
                }
                Console.WriteLine($"wrote {p.GetValue(output)}");
            }
            Print(p.GetValue(eval) ? "model" : "trained", StoryEvaluation.Run(articles, options, model), annotation);
            return 0;
        });
        return command;
    }

    private static void Print(string label, StoryRun run, StoryGold gold)
    {
        foreach (var split in new[] { "tune", "test" })
        {
            var s = StoryEvaluation.Score(run, gold, split);
            Console.WriteLine($"{label} {split} ({s.Documents} docs): stories {s.Stories}");
            Console.WriteLine($"{label} {split}: links {s.Links}; reachable {s.ReachableLinks}");
            Console.WriteLine($"{label} {split}: annotated event sentences {s.GoldSentences}, with a coded event {s.SentencesCoded}, with one of the gold root {s.SentencesCodedWithRoot}");
        }
    }
}
