using System.CommandLine;
using Chronicle.Ingest;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sources;
using Chronicle.Input;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle ingest</c>: files, folders, feeds, URLs and JSON Lines -> analyzed and stored,
/// duplicates linked to their first copy, a summary at the end.</summary>
public static class IngestCommand
{
    /// <summary>Runs with at least this many source units show a progress bar (on a terminal).</summary>
    private const int ProgressFromUnits = 20;

    public static Command Create()
    {
        var sources = new SourceOptions();
        var sinks = new IngestSinks();
        var force = new Option<bool>("--force")
        {
            Description = "Analyze again articles the store already holds with the same id and content (by default they are skipped, " +
                          "so re-running an interrupted ingest resumes it); use after the models changed.",
        };
        var command = new Command("ingest",
            "Read articles from files, folders, RSS/Atom feeds, URLs and JSON Lines; find the article in HTML pages; skip exact and " +
            "near duplicates; analyze the rest and store them. Prints a summary (read, analyzed, duplicates, failures with reasons).\n\n" +
            "Examples:\n  chronicle ingest news/ feed.xml --out analyses.jsonl\n  chronicle ingest https://example.org/rss --out analyses.jsonl");
        sources.AddTo(command);
        command.Options.Add(force);
        foreach (var option in sinks.Options) command.Options.Add(option);
        command.SetAction(parse =>
        {
            try
            {
                var (units, reader, fetcher) = sources.Open(parse);
                using var fetcherScope = fetcher;
                using var sink = sinks.Open(parse);
                var runner = new IngestRunner(new Analyzer(ChroniclePipeline.CreateDefault()), sink, reader, new ArticleExtractor(), parse.GetValue(force));
                var summary = ShowProgress(units) ? RunWithProgress(runner, units) : runner.Run(units);
                PrintSummary(summary);
                return CliErrors.BatchExitCode(summary.Failures.Count, summary.ItemsWithComponentErrors);
            }
            catch (InputException e)
            {
                return CliErrors.Report(e);
            }
        });
        return command;
    }

    private static bool ShowProgress(IReadOnlyList<string> units) => units.Count >= ProgressFromUnits && !Console.IsErrorRedirected;

    private static IngestSummary RunWithProgress(IngestRunner runner, IReadOnlyList<string> units)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("ingest", maxValue: units.Count);
            summary = runner.Run(units, _ =>
            {
                task.Increment(1);
                task.Description = $"{runner.Summary.Analyzed} analyzed, {runner.Summary.Unchanged} unchanged, {runner.Summary.ExactDuplicates + runner.Summary.NearDuplicates} duplicates, {runner.Summary.Failures.Count} failed";
            });
        });
        return summary!;
    }

    private static void PrintSummary(IngestSummary summary)
    {
        foreach (var (input, problem) in summary.Failures) Console.Error.WriteLine($"chronicle: {input}: {problem}");
        foreach (var (input, error) in summary.ComponentErrors) Console.Error.WriteLine($"chronicle: {input}: {CliErrors.Describe(error)}");
        Console.Error.WriteLine($"chronicle: ingest: read {summary.Read}, analyzed {summary.Analyzed}, " +
                                $"duplicates {summary.ExactDuplicates + summary.NearDuplicates} ({summary.ExactDuplicates} exact, {summary.NearDuplicates} near), " +
                                $"failed {summary.Failures.Count}, unchanged {summary.Unchanged} (already stored, skipped), " +
                                $"with component errors {summary.ItemsWithComponentErrors}");
    }
}
