using System.CommandLine;
using System.Globalization;
using Chronicle.Input;
using Chronicle.Store;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle stories rebuild</c>: re-cluster a store's articles into stories from scratch (docs/stories.md).</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var command = new Command("stories",
            "Stories: the articles about one developing happening, and the global events (one record per real-world act, with " +
            "every report of it). Storing an article assigns it to a story as it arrives (docs/stories.md); these commands work on " +
            "the stories of a whole store.");
        command.Subcommands.Add(Rebuild());
        return command;
    }

    private static Command Rebuild()
    {
        var store = new StoreOptions();
        var command = new Command("rebuild",
            "Throw away the store's stories, global events and mention links and assign every stored article again, in the order " +
            "the articles were stored (the order they arrived in), so the result is the one arrival order gave. Run it after " +
            "changing the story options or the link model, or to tidy stories after many re-analyses. Articles, events and the " +
            "rest of the store are not touched; readers see the story tables fill again as it runs (one transaction per batch). " +
            "Prints the story and global event counts when done.\n\n" +
            "Examples:\n  chronicle stories rebuild --db chronicle.db\n" +
            "  chronicle stories rebuild --pg \"Host=127.0.0.1;Username=postgres;Database=chronicle\"");
        store.AddTo(command);
        command.SetAction(parse => QueryCommand.Run(() =>
        {
            if (parse.GetValue(store.Db) is { } db && parse.GetValue(store.Pg) is null && !File.Exists(db))
                throw new InputException(db, "no such store file");
            using var opened = store.Open(parse);
            var sql = (SqlEventStore)opened;
            long total = opened.Counts().Articles;
            int done = WithProgress(total, progress => sql.RebuildStories(progress));
            var c = sql.CountStories();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles {done}\nstories {c.Stories} ({c.Merges} merges)\nglobal events {c.GlobalEvents} ({c.Mentions} mentions, {c.MentionsPerGlobalEvent:0.00} per global event)"));
            return 0;
        }));
        return command;
    }

    private static int WithProgress(long total, Func<Action<int>, int> run)
    {
        if (Console.IsErrorRedirected || total == 0) return run(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        int done = 0;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("rebuilding stories", maxValue: total);
            done = run(n => task.Value = n);
        });
        return done;
    }
}
