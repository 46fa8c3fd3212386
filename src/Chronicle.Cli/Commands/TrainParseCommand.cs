using System.CommandLine;
using System.Diagnostics;
using Chronicle.Input;
using Chronicle.Parsing;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle train parse</c>: trains the dependency parser (and the tagger inside its model) on a CoNLL-U treebank.</summary>
public static class TrainParseCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Training treebank (CoNLL-U), e.g. ../shared/data/ud-english/ewt-train.conllu.", Required = true, HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = $"Model file to write, e.g. models/{DependencyParser.DefaultModelFile}.", Required = true, HelpName = "FILE" };
        var dev = new Option<string?>("--dev") { Description = "Development treebank: prints its UAS/LAS after every epoch.", HelpName = "FILE" };
        var defaults = new ParserTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the treebank.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling, exploration): same data and seed give the same model.", DefaultValueFactory = _ => defaults.Seed };
        var transitionBits = new Option<int>("--transition-bits") { Description = "log2 of the transition model's hash buckets.", DefaultValueFactory = _ => defaults.TransitionBucketBits };
        var relationBits = new Option<int>("--relation-bits") { Description = "log2 of the relation model's hash buckets.", DefaultValueFactory = _ => defaults.RelationBucketBits };
        var folds = new Option<int>("--folds") { Description = "Jackknife folds for the predicted tags the parser trains on (1 = no jackknifing).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var exploreFrom = new Option<int>("--explore-from") { Description = "First epoch (0-based) in which the dynamic oracle follows the model's own mistakes.", DefaultValueFactory = _ => defaults.ExploreFromEpoch };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Passes of the POS tagger inside the model.", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var taggerBits = new Option<int>("--tagger-bits") { Description = "log2 of the tagger's hash buckets.", DefaultValueFactory = _ => defaults.TaggerBucketBits };
        var clusters = new Option<string?>("--clusters")
        {
            Description = $"Word classes (\"word TAB class\" lines) for the tagger's and parser's class features, stored in the model; default models/{TrainCommand.DefaultClusters}; \"none\" for none.",
            HelpName = "FILE",
        };
        var revisionFolds = new Option<int>("--tagger-revision-folds") { Description = "Folds of jackknifed first-pass tags for the tagger's second pass (0 = one pass).", DefaultValueFactory = _ => defaults.TaggerRevisionFolds };
        var models = new Option<int>("--models") { Description = "Parsers trained with consecutive seeds and averaged weight by weight into one model (an ensemble at no run-time cost).", DefaultValueFactory = _ => defaults.Models };
        var command = new Command("parse", "Train the dependency parser on a CoNLL-U treebank (UD relations, Penn tags in XPOS).")
        {
            data, output, dev, epochs, seed, transitionBits, relationBits, folds, exploreFrom, taggerEpochs, taggerBits, clusters, revisionFolds, models,
        };
        var dictionary = new TrainCommand.DictionaryOptions(command);
        command.SetAction(parse =>
        {
            string dataPath = parse.GetValue(data)!;
            try
            {
                var options = defaults with
                {
                    Epochs = parse.GetValue(epochs),
                    Seed = parse.GetValue(seed),
                    TransitionBucketBits = parse.GetValue(transitionBits),
                    RelationBucketBits = parse.GetValue(relationBits),
                    JackknifeFolds = parse.GetValue(folds),
                    ExploreFromEpoch = parse.GetValue(exploreFrom),
                    TaggerEpochs = parse.GetValue(taggerEpochs),
                    TaggerBucketBits = parse.GetValue(taggerBits),
                    Clusters = TrainCommand.LoadClusters(parse.GetValue(clusters)),
                    TaggerRevisionFolds = parse.GetValue(revisionFolds),
                    TagDictionaryMinCount = dictionary.MinCount(parse),
                    Models = parse.GetValue(models),
                };
                var treebank = Conllu.Parse(TextInput.ReadFile(dataPath, 1L << 30), dataPath);
                if (dictionary.TrainedPath(parse) is { } trained)
                {
                    var rebuilt = ParserTrainer.WithTagDictionary(ParseCommand.LoadModel(trained, exactWeights: true), treebank, options.TagDictionaryMinCount);
                    Save(rebuilt, parse.GetValue(output)!);
                    Console.Error.WriteLine($"wrote {parse.GetValue(output)} with {rebuilt.Tagger.Dictionary?.Count ?? 0} dictionary words");
                    return 0;
                }
                if (!treebank.Any(s => s.HasTree)) throw new InputException(dataPath, "no sentence with a complete dependency tree to train on");
                var devPath = parse.GetValue(dev);
                var devSet = devPath is null ? null : Conllu.Parse(TextInput.ReadFile(devPath, 1L << 30), devPath);
                var clock = Stopwatch.StartNew();
                string outPath = parse.GetValue(output)!;
                var parser = ParserTrainer.Train(treebank, options, line => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {line}"), devSet,
                    checkpoint: snapshot => Save(snapshot, outPath + ".epoch"));
                Save(parser, outPath);
                File.Delete(outPath + ".epoch");
                Console.Error.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB) in {clock.Elapsed:mm\\:ss}");
                return 0;
            }
            catch (InputException e)
            {
                return CliErrors.Report(e);
            }
        });
        return command;
    }

    /// <summary>Writes a model; the final one to --out, after each epoch a snapshot to --out + ".epoch".</summary>
    private static void Save(DependencyParser parser, string outPath)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } dir) Directory.CreateDirectory(dir);
            parser.Save(outPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(outPath, $"cannot write the model ({e.Message})");
        }
    }
}
