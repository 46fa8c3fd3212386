using System.CommandLine;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle pipeline</c>: shows the stages and the components that fill them.</summary>
public static class PipelineCommand
{
    public static Command Create()
    {
        var command = new Command("pipeline", "Show the analysis stages in order and the component (and model) that fills each one.");
        command.SetAction(_ =>
        {
            var pipeline = ChroniclePipeline.CreateDefault();
            foreach (var (stage, components) in pipeline.Describe())
                Console.WriteLine($"{stage,-14} {(components.Count == 0 ? "(not available yet)" : string.Join(", ", components))}");
            Console.WriteLine($"models from    {ModelCatalog.Default.Directory}");
            return 0;
        });
        return command;
    }
}
