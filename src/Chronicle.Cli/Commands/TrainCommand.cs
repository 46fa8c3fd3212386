using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle train TASK</c>: one subcommand per model kind.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from the shared corpora into models/.");
        command.Subcommands.Add(TrainParseCommand.Create());
        return command;
    }
}
