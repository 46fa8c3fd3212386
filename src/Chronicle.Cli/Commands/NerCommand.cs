using System.CommandLine;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Tagging;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle ner FILE.conll</c> (DESIGN.md section 2): CoNLL-2003 lines in, the same lines out
/// with one predicted IOB2 tag appended to each token line; <c>-DOCSTART-</c> and blank lines are
/// kept as they are. Only the first column (the word) is read: POS and chunks are predicted by
/// Chronicle's own taggers, exactly as in the analysis pipeline.
/// </summary>
public static class NerCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL-2003 file: one token a line, word first; blank lines between sentences." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write (default: standard output).", HelpName = "OUT" };
        var command = new Command("ner", "CoNLL-2003 columns in -> the same lines with a predicted IOB2 NER tag appended to each token line.\n\n" +
                                         "Example:\n  chronicle ner eng.testa > predicted.conll && python3 ../shared/eval/score_ner.py predicted.conll")
        {
            file, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                var conll = ConllFile.Parse(path, TextInput.ReadFile(path, 1L << 30));
                TaggingStack stack;
                try { stack = TaggingStack.Load(ModelCatalog.Default); }
                catch (Exception e) when (e is FileNotFoundException or InvalidDataException) { throw new InputException("models", e.Message); }
                var appended = new string?[conll.Lines.Length];
                foreach (var d in conll.Documents)
                {
                    stack.Tag(d.Document);
                    for (int t = 0; t < d.LineOfToken.Length; t++) appended[d.LineOfToken[t]] = d.Document.NamedEntityTags![t];
                }
                using var writer = OutputWriter.Open(parse.GetValue(output));
                for (int i = 0; i < conll.Lines.Length; i++)
                {
                    writer.Write(conll.Lines[i]);
                    if (appended[i] is { } tag) { writer.Write(' '); writer.Write(tag); }
                    writer.Write('\n');
                }
                return 0;
            }
            catch (InputException e)
            {
                return CliErrors.Report(e);
            }
        });
        return command;
    }
}
