using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary>Verbs of DESIGN.md section 2 that are reserved until their component is built: they
/// answer "not available yet" with a distinct exit code instead of pretending to work.</summary>
public static class ReservedCommands
{
    private static readonly (string Name, string Description)[] Verbs =
    [
        ("parse", "CoNLL-U in -> the same file with predicted HEAD and DEPREL (gold tokenization kept)."),
    ];

    public static IEnumerable<Command> Create()
    {
        foreach (var (name, description) in Verbs)
        {
            var command = new Command(name, description + " (not available yet)") { TreatUnmatchedTokensAsErrors = false };
            command.SetAction(_ =>
            {
                Console.Error.WriteLine($"chronicle: {name}: not available yet");
                return CliErrors.NotAvailable;
            });
            yield return command;
        }
    }
}
