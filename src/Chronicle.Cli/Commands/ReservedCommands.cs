using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary>Verbs of DESIGN.md section 2 that are reserved until their component is built: they
/// answer "not available yet" with a distinct exit code instead of pretending to work.</summary>
public static class ReservedCommands
{
    private static readonly (string Name, string Description)[] Verbs =
    [
        ("ner", "CoNLL-2003 columns in -> the same lines with a predicted IOB2 NER tag appended to each token line."),
        ("article", "HTML page -> {title, text, published, author, site} main-content extraction."),
        ("ingest", "Files, folders, feeds and JSON Lines -> analyzed and stored."),
        ("query", "Events, actors, quotes and articles from the store."),
        ("export", "Export the store as JSON Lines, CSV, GDELT-style TSV or PLOVER JSON."),
        ("serve", "REST API and web UI over the store."),
        ("bench", "Throughput and memory of each stage on a corpus."),
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
