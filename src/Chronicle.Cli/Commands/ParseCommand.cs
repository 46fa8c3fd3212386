using System.CommandLine;
using Chronicle.Input;
using Chronicle.Parsing;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle parse FILE.conllu</c>: the file back with predicted HEAD and DEPREL (gold tokenization kept).</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL-U file (its words are parsed; comments, multiword and empty-node lines are copied)." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write (default: standard output).", HelpName = "OUT" };
        var model = new Option<string?>("--model") { Description = $"Parser model file (default: models/{DependencyParser.DefaultModelFile}).", HelpName = "FILE" };
        var fileTags = new Option<bool>("--file-tags") { Description = "Parse with the XPOS column's tags instead of the parser's own predicted tags." };
        var bench = new Option<bool>("--bench") { Description = "Instead of writing the parse, measure tagging and parsing speed on the file (one thread) and print words/s." };
        var command = new Command("parse",
            "CoNLL-U in -> the same file with predicted HEAD and DEPREL (gold tokenization kept, every other column and line unchanged).\n\n" +
            "Example:\n  chronicle parse ewt-dev.conllu > predicted.conllu")
        {
            file, output, model, fileTags, bench,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            try
            {
                var parser = LoadModel(parse.GetValue(model));
                var sentences = Conllu.Parse(TextInput.ReadFile(path, 1L << 30), path);
                if (parse.GetValue(bench))
                {
                    var r = ParserBenchmark.Run(parser, sentences);
                    static string Show(ParserBenchmark.Rate x) => $"{x.WallWordsPerSecond:F0} words/s wall, {x.CpuWordsPerSecond:F0} by CPU time, {x.BestPassWordsPerSecond:F0} in the fastest pass";
                    Console.WriteLine($"parse bench over {r.Words} words, one thread:");
                    Console.WriteLine($"  word features {Show(r.WordFeatures)}");
                    Console.WriteLine($"  tagger        {Show(r.Tagging)}");
                    Console.WriteLine($"  parser        {Show(r.Parsing)}");
                    return 0;
                }
                using var writer = OutputWriter.Open(parse.GetValue(output));
                ConlluParsing.ParseAll(parser, sentences, writer, parse.GetValue(fileTags));
                return 0;
            }
            catch (InputException e)
            {
                return CliErrors.Report(e);
            }
        });
        return command;
    }

    /// <param name="exactWeights">To save the model again (see <see cref="DependencyParser.Load(string, bool)"/>).</param>
    internal static DependencyParser LoadModel(string? path, bool exactWeights = false)
    {
        path ??= ModelCatalog.Default.Find(DependencyParser.DefaultModelFile)
            ?? throw new InputException(DependencyParser.DefaultModelFile, "parser model not found in models/ (train it: chronicle train parse --data ewt-train.conllu --out models/parse-ewt.bin)");
        if (!File.Exists(path)) throw new InputException(path, "no such model file");
        try
        {
            return DependencyParser.Load(path, exactWeights);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InputException(path, $"not a usable parser model ({e.Message})");
        }
    }
}
