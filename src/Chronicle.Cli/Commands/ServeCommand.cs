using System.CommandLine;
using Chronicle.Input;
using Chronicle.Server;
using Microsoft.Extensions.Hosting;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle serve</c>: the REST API and the web UI over a store, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated URLs).", DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var command = new Command("serve",
            "Serve the web UI (articles, events table, timeline, actor network, map) and the REST API (/api/..., OpenAPI at /openapi/v1.json) " +
            "over a store. POST /api/articles needs the key from the environment variable Chronicle__ApiKey.\n\n" +
            "Example:\n  chronicle serve --db chronicle.db --urls http://127.0.0.1:5000") { urls };
        store.AddTo(command);
        command.SetAction(parse => QueryCommand.Run(() =>
        {
            if (parse.GetValue(store.Db) is { } db && !File.Exists(db))
                throw new InputException(db, "no such store file (fill one with `chronicle ingest --db` or `chronicle store load`)");
            using var opened = store.Open(parse);
            var app = ChronicleServer.Build(new ServerOptions(opened, parse.GetValue(urls)!) { HtmlReader = new Chronicle.Ingest.Html.HtmlAnalysis() });
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new InputException(parse.GetValue(urls)!, $"cannot listen ({e.Message})");
            }
            if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "dist", "app.js")))
                Console.Error.WriteLine("chronicle: serve: note: the web UI is not built (run scripts/setup.sh); the API works without it");
            var counts = opened.Counts();
            Console.WriteLine($"Chronicle is serving {counts.Articles} articles and {counts.Events} events from the {opened.Kind} store.");
            foreach (var url in app.Urls) Console.WriteLine($"Open {url}/ in a browser (API: {url}/api/events, OpenAPI: {url}/openapi/v1.json). Ctrl+C stops.");
            app.WaitForShutdown();
            return 0;
        }));
        return command;
    }
}
