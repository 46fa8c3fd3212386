using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Input;
using Chronicle.Serialization;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle store load|info|bench</c>: fill a store from Analysis JSON Lines (the
/// output of <c>analyze --jsonl</c> or <c>export --format analyses</c>), show what it holds, and
/// time its queries on synthetic events.</summary>
public static class StoreCommand
{
    public static Command Create()
    {
        var command = new Command("store", "Manage a store: load Analysis JSON Lines into it, show its contents, time its queries.");
        command.Subcommands.Add(Load());
        command.Subcommands.Add(Info());
        command.Subcommands.Add(Bench());
        return command;
    }

    private static Command Load()
    {
        var store = new StoreOptions();
        var input = new Argument<string>("analyses") { Description = "Analysis JSON Lines (one analyzed article a line; - = stdin)." };
        var command = new Command("load", "Store analyzed articles (Analysis JSON Lines); an article already stored under the same id is replaced.\n\n" +
                                          "Example:\n  chronicle analyze --jsonl articles.jsonl | chronicle store load - --db chronicle.db") { input };
        store.AddTo(command);
        command.SetAction(parse => QueryCommand.Run(() =>
        {
            string path = parse.GetValue(input)!;
            using var reader = OpenInput(path);
            using var opened = store.Open(parse);
            int lineNumber = 0, stored = 0, failed = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    var analysis = Parse(line) ?? throw new InputException("", "expected an Analysis JSON object");
                    if (string.IsNullOrEmpty(analysis.Id)) throw new InputException("", "the analysis has no \"id\"");
                    opened.Store(analysis);
                    stored++;
                }
                catch (InputException e)
                {
                    CliErrors.Report(new InputException($"{path} line {lineNumber}", e.Problem));
                    failed++;
                }
            }
            Console.Error.WriteLine($"chronicle: {path}: stored {stored} articles{(failed > 0 ? $", {failed} lines failed" : "")}");
            return failed > 0 ? CliErrors.BadInput : 0;
        }));
        return command;
    }

    private static Analysis? Parse(string line)
    {
        try
        {
            return AnalysisJson.Deserialize(line);
        }
        catch (JsonException e)
        {
            throw new InputException("", $"not Analysis JSON ({e.Message.Split(". ")[0]})");
        }
    }

    private static TextReader OpenInput(string path)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        if (path == "-") return new StreamReader(Console.OpenStandardInput(), strict);
        if (Directory.Exists(path)) throw new InputException(path, "is a directory, not a file");
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        return new StreamReader(path, strict);
    }

    private static Command Info()
    {
        var store = new StoreOptions();
        var command = new Command("info", "What the store holds: articles, events, quotes, entities, duplicates, schema version.");
        store.AddTo(command);
        command.SetAction(parse => QueryCommand.Run(() =>
        {
            using var opened = store.Open(parse);
            var c = opened.Counts();
            Console.WriteLine($"store       {opened.Kind}, schema version {opened.SchemaVersion}");
            Console.WriteLine($"articles    {c.Articles}\nevents      {c.Events}\nquotes      {c.Quotes}\nentities    {c.Entities}\nduplicates  {c.Duplicates}");
            return 0;
        }));
        return command;
    }

    private static Command Bench()
    {
        var store = new StoreOptions();
        var events = new Option<int>("--events") { Description = "Synthetic events to load first (50 an article).", DefaultValueFactory = _ => 100_000 };
        var command = new Command("bench",
            "Time filtered queries on a store of synthetic events (median of 15 runs each). Without --db/--pg a temporary SQLite file is used " +
            "and deleted; an existing store is only topped up to --events.") { events };
        store.AddTo(command);
        command.SetAction(parse => QueryCommand.Run(() =>
        {
            int count = parse.GetValue(events);
            if (count < 1000) throw new InputException("--events", "at least 1000");
            bool temporary = parse.GetValue(store.Db) is null && parse.GetValue(store.Pg) is null;
            string? path = temporary ? Path.Combine(Path.GetTempPath(), $"chronicle-bench-{Environment.ProcessId}.db") : null;
            try
            {
                using var opened = temporary ? new SqliteEventStore(path!) : store.Open(parse);
                Console.WriteLine($"store: {opened.Kind}{(temporary ? " (temporary file)" : "")}");
                var result = StoreBenchmark.Run(opened, count, progress: m => Console.Error.WriteLine($"chronicle: bench: {m}"));
                Console.WriteLine($"events: {result.Events}, loaded in {result.LoadSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
                Console.WriteLine($"{"query",-40} {"rows",5} {"median ms",10} {"max ms",8}");
                foreach (var t in result.Timings)
                    Console.WriteLine($"{t.Query,-40} {t.Rows,5} {t.MedianMs.ToString("0.00", CultureInfo.InvariantCulture),10} {t.MaxMs.ToString("0.00", CultureInfo.InvariantCulture),8}");
                return 0;
            }
            finally
            {
                if (path is not null)
                    foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            }
        }));
        return command;
    }
}
