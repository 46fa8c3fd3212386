using System.CommandLine;
using Chronicle.Events;
using Chronicle.Input;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train actors</c>: converts PETRARCH2's Phoenix actor dictionaries (MIT licence) from
/// ../shared/data/cameo-dictionaries into models/petrarch-actors.txt.gz, which the event coder loads by default.
/// </summary>
public static class TrainActorsCommand
{
    private static readonly string[] Files = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Folder holding the Phoenix actor dictionaries.", DefaultValueFactory = _ => "../shared/data/cameo-dictionaries", HelpName = "DIR" };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine(ModelCatalog.Default.Directory, PetrarchActors.ModelFile), HelpName = "FILE" };
        var command = new Command("actors", "Convert PETRARCH2's Phoenix actor dictionaries (people, parties, ministries, armed groups with dated codes) into models/" + PetrarchActors.ModelFile + ".") { from, output };
        command.SetAction(p =>
        {
            try
            {
                var paths = Files.Select(f => Path.Combine(p.GetValue(from)!, f)).ToList();
                if (paths.FirstOrDefault(f => !File.Exists(f)) is { } missing) throw new InputException(missing, "file not found");
                var outPath = p.GetValue(output)!;
                int lines = PetrarchActors.WriteModel(paths, outPath);
                // the converted file must load: a format error names the line now, not at the first analysis
                PetrarchActors.Load(new ActorDictionary(), outPath);
                Console.Error.WriteLine($"actors: {lines} dictionary lines -> {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
                return 0;
            }
            catch (InputException e) { return CliErrors.Report(e); }
        });
        return command;
    }
}
