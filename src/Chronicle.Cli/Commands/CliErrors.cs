using Chronicle.Input;

namespace Chronicle.Cli.Commands;

/// <summary>The one-line error format of DESIGN.md section 2 and the exit codes it goes with.</summary>
public static class CliErrors
{
    public const int BadInput = 1;
    /// <summary>Everything was written, but a component failed on some item: that item's output lacks
    /// the component's layer and carries <c>errors</c> (docs/contracts.md). Bad input (1) takes precedence.</summary>
    public const int ComponentFailed = 2;
    public const int NotAvailable = 3;

    public static int Report(InputException e)
    {
        Console.Error.WriteLine($"chronicle: {e.Input}: {e.Problem}");
        return BadInput;
    }

    public static void Note(string input, string note) => Console.Error.WriteLine($"chronicle: {input}: note: {note}");

    /// <summary>Prints the document's notes and component failures; true when a component failed.</summary>
    public static bool ReportDiagnostics(string input, Chronicle.Text.Document document)
    {
        foreach (var note in document.Notes) Note(input, note);
        foreach (var error in document.Errors) Console.Error.WriteLine($"chronicle: {input}: {Describe(error)}");
        return document.Errors.Count > 0;
    }

    public static string Describe(Chronicle.Annotations.ComponentError error) =>
        $"internal error in the '{error.Component}' component ({error.Message}); the other layers were produced";

    /// <summary>The exit code of a batch: bad input first, then component failures, else 0.</summary>
    public static int BatchExitCode(int badItems, int itemsWithErrors) =>
        badItems > 0 ? BadInput : itemsWithErrors > 0 ? ComponentFailed : 0;
}
