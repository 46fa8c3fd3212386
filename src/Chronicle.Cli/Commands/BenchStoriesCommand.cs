using System.CommandLine;
using System.Globalization;
using Chronicle.Input;
using Chronicle.Store;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle bench stories</c>: story assignment and event linking speed on a synthetic archive
/// (<see cref="StoryBenchmark"/>), on SQLite or PostgreSQL.</summary>
public static class BenchStoriesCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var articles = new Option<int>("--articles") { Description = "Synthetic articles to stream through story assignment.", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var batch = new Option<int>("--batch") { Description = "Articles per AssignStories call (one transaction and one story lock each).", DefaultValueFactory = _ => 500, HelpName = "N" };
        var command = new Command("stories",
            "Story assignment plus event linking, timed: a synthetic archive (stories of 1-30 articles from many outlets over " +
            "several days, about 2,000 articles a simulated day, 1-4 events an article, some reported again by other articles) is " +
            "streamed through AssignStories in batches. The articles themselves are not stored; the story tables are. Prints " +
            "articles/s, peak memory, seconds per 10,000 articles for the first and the last 10,000 and their ratio (near 1: the " +
            "cost per article does not grow with the archive), the counts of stories, merges and global events, and how well the " +
            "stories and links match the generator's truth (pairwise precision/recall).\n\n" +
            "Without --db/--pg a temporary SQLite file is used and deleted. A given store must hold no stories yet.\n\n" +
            "Examples:\n  chronicle bench stories\n  chronicle bench stories --articles 20000 --batch 200\n" +
            "  chronicle bench stories --pg \"Host=127.0.0.1;Username=postgres;Database=bench\"") { articles, batch };
        store.AddTo(command);
        command.SetAction(parse => QueryCommand.Run(() =>
        {
            int count = parse.GetValue(articles), size = parse.GetValue(batch);
            if (count < 1000) throw new InputException("--articles", "at least 1000");
            if (size < 1) throw new InputException("--batch", "at least 1");
            bool temporary = parse.GetValue(store.Db) is null && parse.GetValue(store.Pg) is null;
            string? path = temporary ? Path.Combine(Path.GetTempPath(), $"chronicle-stories-bench-{Environment.ProcessId}.db") : null;
            try
            {
                using var opened = temporary ? new SqliteEventStore(path!) : store.Open(parse);
                var sql = (SqlEventStore)opened;
                if (sql.CountStories().Articles > 0)
                    throw new InputException(parse.GetValue(store.Pg) is null ? "--db" : "--pg", "the store already has stories; the benchmark needs one without (a new file or an empty database)");
                Console.WriteLine($"store: {opened.Kind}{(temporary ? " (temporary file)" : "")}; {count} articles in batches of {size}; {Environment.ProcessorCount} cores visible");
                Print(WithProgress(count, progress => StoryBenchmark.Run(sql, count, size, progress)));
                return 0;
            }
            finally
            {
                if (path is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
                }
            }
        }));
        return command;
    }

    private static StoryBenchmark.Result WithProgress(int count, Func<Action<int>, StoryBenchmark.Result> run)
    {
        if (Console.IsErrorRedirected) return run(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        StoryBenchmark.Result? result = null;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("assigning stories", maxValue: count);
            result = run(done => task.Value = done);
        });
        return result!;
    }

    private static void Print(StoryBenchmark.Result r)
    {
        var c = CultureInfo.InvariantCulture;
        var n = r.Counts;
        Console.WriteLine(string.Create(c, $"articles/s: {r.ArticlesPerSecond:N0} ({r.Articles} articles, {r.AssignSeconds:0.0} s assigning; generating them took {r.GenerateSeconds:0.0} s more, not counted)"));
        Console.WriteLine(string.Create(c, $"peak memory (working set): {r.PeakWorkingSetBytes / 1024.0 / 1024.0:F0} MB"));
        Console.WriteLine(string.Create(c, $"cost per 10,000 articles: first {r.Window}: {r.FirstCost:0.00} s, last {r.Window}: {r.LastCost:0.00} s, ratio last/first {r.Ratio:0.00}"));
        Console.WriteLine(string.Create(c, $"stories: {n.Stories} ({n.MergedStories} merged away, {n.Merges} merges); global events: {n.GlobalEvents}, {n.Mentions} mentions, {n.MentionsPerGlobalEvent:0.00} per global event"));
        Console.WriteLine(string.Create(c, $"against the generator: story pairs P {r.Stories.Precision:0.000} R {r.Stories.Recall:0.000}; same-event link pairs P {r.Links.Precision:0.000} R {r.Links.Recall:0.000}"));
    }
}
