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
        var command = new Command("parse",
            "CoNLL-U in -> the same file with predicted HEAD and DEPREL (gold tokenization kept, every other column and line unchanged).\n\n" +
            "Example:\n  chronicle parse ewt-dev.conllu > predicted.conllu")
        {
            file, output, model, fileTags,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            try
            {
                var parser = LoadModel(parse.GetValue(model));
                var sentences = Conllu.Parse(TextInput.ReadFile(path, 1L << 30), path);
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

    internal static DependencyParser LoadModel(string? path)
    {
        path ??= ModelCatalog.Default.Find(DependencyParser.DefaultModelFile)
            ?? throw new InputException(DependencyParser.DefaultModelFile, "parser model not found in models/ (train it: chronicle train parse --data ewt-train.conllu --out models/parse-ewt.bin)");
        if (!File.Exists(path)) throw new InputException(path, "no such model file");
        try
        {
            return DependencyParser.Load(path);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InputException(path, $"not a usable parser model ({e.Message})");
        }
    }
}
