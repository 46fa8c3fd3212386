using System.CommandLine;
using Chronicle.Input;
using Chronicle.Store.Export;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle export</c>: every matching event (no cap) as JSON Lines, CSV, GDELT 2.0
/// event-table or Mentions-table TSV or PLOVER-style JSON; the matching stories; or the stored analyses themselves.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (events, the API's shape), csv (with header), gdelt (GDELT 2.0 event table, 61 tab-separated columns, one row " +
                          "per global event; see docs/store.md), mentions (GDELT 2.0 Mentions table, 16 columns, one row per report of a global event), " +
                          "stories (one story a line: id, title, first_published, last_published, articles, sources, global_events), plover (PLOVER-style event JSON, one a line), analyses (full Analysis JSON Lines of the articles).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong(EventExport.Formats);
        var output = new Option<string?>("--out", "-o") { Description = "Output file (default: standard output).", HelpName = "FILE" };
        var command = new Command("export",
            "Export events from the store, filtered like `query events`.\n\nExamples:\n" +
            "  chronicle export --db chronicle.db --format gdelt --out events.tsv\n" +
            "  chronicle export --db chronicle.db --format mentions --out mentions.tsv\n" +
            "  chronicle export --db chronicle.db --format stories --actor FRA\n" +
            "  chronicle export --db chronicle.db --format csv --country IRQ --from 2021-01-01\n" +
            "  chronicle export --db chronicle.db --format analyses | chronicle store load - --pg \"Host=...\"")
        {
            format, output,
        };
        store.AddTo(command);
        filters.AddTo(command);
        command.SetAction(parse => QueryCommand.Run(() =>
        {
            var filter = filters.Bind(parse);
            using var opened = store.Open(parse);
            using var writer = OutputWriter.Open(parse.GetValue(output));
            long count = EventExport.Write(opened, filter, parse.GetValue(format)!, writer);
            writer.Flush();
            if (parse.GetValue(output) is { } path && path != "-") Console.Error.WriteLine($"chronicle: {path}: wrote {count} records");
            return 0;
        }));
        return command;
    }
}
