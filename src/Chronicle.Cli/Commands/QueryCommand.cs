using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Input;
using Chronicle.Store;
using Chronicle.Store.Export;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle query events|quotes|articles|actors</c>: reads the store. Text output
/// is one tab-separated line per item for people and cut/awk; --json gives JSON Lines.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query",
            "Query the store: events (by actor, country, CAMEO code or root, quad class, dates, place), quotes (by speaker or words), " +
            "articles (full text) and actors.\n\nExamples:\n" +
            "  chronicle query events --db chronicle.db --actor FRA --quad 1 --from 2021-08-01\n" +
            "  chronicle query quotes --db chronicle.db --speaker Macron\n" +
            "  chronicle query articles --db chronicle.db \"troop withdrawal\"");
        command.Subcommands.Add(Events());
        command.Subcommands.Add(Quotes());
        command.Subcommands.Add(Articles());
        command.Subcommands.Add(Actors());
        return command;
    }

    private sealed class Common
    {
        public StoreOptions Store { get; } = new();
        public Option<int> Limit { get; } = new("--limit") { Description = "Most items to print.", DefaultValueFactory = _ => 50 };
        public Option<bool> All { get; } = new("--all") { Description = "Print every match (pages through the store; no cap)." };
        public Option<string?> Cursor { get; } = new("--cursor") { Description = "Start after this cursor (printed when more matches remain)." };
        public Option<bool> Json { get; } = new("--json") { Description = "JSON Lines instead of text." };
        public Option<string?> Out { get; } = new("--out", "-o") { Description = "Output file (default: standard output).", HelpName = "FILE" };

        public Command Make(string name, string description, bool paged = true)
        {
            var command = new Command(name, description);
            Store.AddTo(command);
            command.Options.Add(Limit);
            command.Options.Add(Json);
            command.Options.Add(Out);
            if (paged)
            {
                command.Options.Add(All);
                command.Options.Add(Cursor);
            }
            return command;
        }

        /// <summary>Runs a paged query to the limit (or to the end with --all) and prints it.</summary>
        public int Page<T>(ParseResult parse, string what, Func<IEventStore, string?, int, Page<T>> query, Func<T, string> text,
            System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> json)
        {
            int limit = parse.GetValue(Limit);
            if (limit < 1) throw new InputException("--limit", "must be at least 1");
            bool all = parse.GetValue(All);
            using var store = Store.Open(parse);
            using var output = OutputWriter.Open(parse.GetValue(Out));
            string? cursor = parse.GetValue(Cursor);
            int printed = 0;
            try
            {
                do
                {
                    var page = query(store, cursor, all ? 1000 : Math.Min(1000, limit - printed));
                    foreach (var item in page.Items) output.WriteLine(parse.GetValue(Json) ? JsonSerializer.Serialize(item, json) : text(item));
                    printed += page.Items.Count;
                    cursor = page.Next;
                } while (cursor is not null && (all || printed < limit));
            }
            catch (StoreException e)
            {
                throw new InputException("--cursor", e.Message);
            }
            output.Flush();
            if (cursor is not null) Console.Error.WriteLine($"chronicle: {what}: more matches; continue with --cursor {cursor} or use --all");
            return 0;
        }
    }

    private static Command Events()
    {
        var common = new Common();
        var filters = new EventFilterOptions();
        var command = common.Make("events", "Events matching every filter given, oldest stored first: key, date, source, CAMEO, target, place, trigger, article.");
        filters.AddTo(command);
        command.SetAction(parse => Run(() => common.Page(parse, "events", (s, c, n) => s.QueryEvents(filters.Bind(parse), c, n), e => string.Join('\t',
            e.Key.ToString(CultureInfo.InvariantCulture), e.Date ?? "-", e.Source?.Code ?? e.Source?.Name ?? "-", e.Cameo,
            e.Target?.Code ?? e.Target?.Name ?? "-", e.Location?.Name ?? "-", e.Trigger.Text, e.ArticleId), StoreJson.Context.StoredEvent)));
        return command;
    }

    private static Command Quotes()
    {
        var common = new Common();
        var speaker = new Option<string?>("--speaker") { Description = "Speaker name (part of it, any case).", HelpName = "NAME" };
        var speakerCode = new Option<string?>("--speaker-code") { Description = "Speaker actor code prefix.", HelpName = "CODE" };
        var text = new Option<string?>("--text") { Description = "Words in the quote (full-text search).", HelpName = "WORDS" };
        var article = new Option<string?>("--article") { Description = "Only quotes of this article id.", HelpName = "ID" };
        var command = common.Make("quotes", "Quotes with their speakers: speaker, quoted words, article.");
        command.Options.Add(speaker);
        command.Options.Add(speakerCode);
        command.Options.Add(text);
        command.Options.Add(article);
        command.SetAction(parse => Run(() =>
        {
            var filter = new QuoteFilter
            {
                Speaker = parse.GetValue(speaker), SpeakerCode = parse.GetValue(speakerCode), Text = parse.GetValue(text), ArticleId = parse.GetValue(article),
            };
            return common.Page(parse, "quotes", (s, c, n) => s.QueryQuotes(filter, c, n),
                q => string.Join('\t', q.SpeakerName ?? "(unattributed)", "\"" + OneLine(q.Text) + "\"", q.ArticleId), StoreJson.Context.StoredQuote);
        }));
        return command;
    }

    private static Command Articles()
    {
        var common = new Common();
        var words = new Argument<string>("words") { Description = "What to search for in titles and text (plain words; all must occur)." };
        var command = common.Make("articles", "Full-text search over the stored articles, best match first: id, title, snippet.", paged: false);
        command.Arguments.Add(words);
        command.SetAction(parse => Run(() =>
        {
            int limit = parse.GetValue(common.Limit);
            if (limit < 1) throw new InputException("--limit", "must be at least 1");
            using var store = common.Store.Open(parse);
            using var output = OutputWriter.Open(parse.GetValue(common.Out));
            foreach (var hit in store.SearchArticles(parse.GetValue(words) ?? "", limit))
                output.WriteLine(parse.GetValue(common.Json)
                    ? JsonSerializer.Serialize(hit, StoreJson.Context.ArticleHit)
                    : string.Join('\t', hit.Id, hit.Title ?? "-", OneLine(string.Concat(hit.Snippet.Select(p => p.Match ? "[" + p.Text + "]" : p.Text)))));
            return 0;
        }));
        return command;
    }

    private static Command Actors()
    {
        var common = new Common();
        var filters = new EventFilterOptions();
        var command = common.Make("actors", "Actor codes in the matching events, most active first: code, name, events as source, as target.", paged: false);
        filters.AddTo(command);
        command.SetAction(parse => Run(() =>
        {
            using var store = common.Store.Open(parse);
            using var output = OutputWriter.Open(parse.GetValue(common.Out));
            foreach (var a in store.Actors(filters.Bind(parse), Math.Max(1, parse.GetValue(common.Limit))))
                output.WriteLine(parse.GetValue(common.Json)
                    ? JsonSerializer.Serialize(a, StoreJson.Context.ActorCount)
                    : string.Join('\t', a.Code, a.Name ?? "-", a.AsSource.ToString(CultureInfo.InvariantCulture), a.AsTarget.ToString(CultureInfo.InvariantCulture)));
            return 0;
        }));
        return command;
    }

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    /// <summary>Runs a store action, turning bad input and store problems into the one-line error.</summary>
    internal static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InputException e)
        {
            return CliErrors.Report(e);
        }
        catch (StoreException e)
        {
            return CliErrors.Report(new InputException("store", e.Message));
        }
    }
}
