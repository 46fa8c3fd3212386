using Chronicle.Input;

namespace Chronicle.Cli.Commands;

/// <summary>The one-line error format of DESIGN.md section 2 and the exit codes it goes with.</summary>
public static class CliErrors
{
    public const int BadInput = 1;
    public const int NotAvailable = 3;

    public static int Report(InputException e)
    {
        Console.Error.WriteLine($"chronicle: {e.Input}: {e.Problem}");
        return BadInput;
    }

    public static void Note(string input, string note) => Console.Error.WriteLine($"chronicle: {input}: note: {note}");
}
