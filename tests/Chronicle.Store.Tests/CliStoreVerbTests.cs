using System.Text.Json;
using Chronicle.Serialization;

namespace Chronicle.Store.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}

/// <summary>The store verbs through the real command line (Program.Main), with standard output
/// and error captured; run alone because the console is process-wide.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CliStoreVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-cli-").FullName;
    private string Db => Path.Combine(folder, "cli.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Runs the CLI; commands that print results write them to a file (--out), returned as Out.</summary>
    private (int Code, string Out, string Error) Run(params string[] args)
    {
        string outFile = Path.Combine(folder, "out-" + Guid.NewGuid().ToString("N") + ".txt");
        bool prints = args[0] is "query" or "export" && !args.Contains("--out");
        if (prints) args = [.. args, "--out", outFile];
        var (stdout, stderr) = (Console.Out, Console.Error);
        var (o, e) = (new StringWriter(), new StringWriter());
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            int code = Cli.Program.Main(args);
            return (code, prints && File.Exists(outFile) ? File.ReadAllText(outFile) : o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private void Load(int articles)
    {
        string input = Path.Combine(folder, "analyses.jsonl");
        File.WriteAllLines(input, SyntheticCorpus.Articles(articles, 6).Select(a => AnalysisJson.Serialize(a)).Append("{\"not\": \"an analysis\"}"));
        var (code, _, error) = Run("store", "load", input, "--db", Db);
        Assert.Equal(1, code); // the last line is bad: reported, the rest stored
        Assert.Contains($"stored {articles} articles, 1 lines failed", error);
        Assert.Contains("line " + (articles + 1), error);
    }

    [Fact]
    public void LoadThenQueryEventsFiltersAndPages()
    {
        Load(5);
        var (code, output, error) = Run("query", "events", "--db", Db, "--actor", "irq", "--json", "--limit", "3");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            string codes = e.GetProperty("source").GetProperty("code").GetString() + "|" + e.GetProperty("target").GetProperty("code").GetString();
            Assert.Contains("IRQ", codes);
        }
        Assert.Contains("--cursor", error);
        var all = Run("query", "events", "--db", Db, "--all");
        Assert.Equal(30, all.Out.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("talks number 2", Run("query", "quotes", "--db", Db, "--text", "number 2").Out);
        Assert.Contains("synthetic-4\t", Run("query", "articles", "--db", Db, "talks number 4").Out);
        var near = Run("query", "events", "--db", Db, "--near", "48.86,2.35,30", "--all").Out.TrimEnd('\n').Split('\n');
        Assert.NotEmpty(near);
        Assert.All(near, line => Assert.Equal("Paris", line.Split('\t')[5]));
    }

    [Fact]
    public void IngestStoresEveryFeedItemWithItsTextSource()
    {
        // Chronicle.Tests' feed fixtures: RSS 2.0, RSS 1.0 and Atom, items with full content or only a summary.
        string feeds = Path.Combine(TestArticles.RepoRoot(), "tests", "Chronicle.Tests", "Fixtures", "feeds");
        var (code, _, error) = Run("ingest", Path.Combine(feeds, "rss2.rss"), Path.Combine(feeds, "rss1.xml"), Path.Combine(feeds, "atom.atom"),
            "--no-fetch", "--db", Db);
        Assert.True(code == 0, error);
        Assert.Contains("read 12, analyzed 12, duplicates 0 (0 exact, 0 near), failed 0", error);
        using var store = new SqliteEventStore(Db);
        Assert.Equal("feed-summary", store.GetArticle("gazette-mill")!.TextSource);
        Assert.Equal("feed-summary", store.GetArticle("urn:northfold:tram")!.TextSource);
        Assert.Equal("feed-content", store.GetArticle("http://feeds.test/ferry")!.TextSource);
    }

    [Fact]
    public void BadValuesAreOneLineErrors()
    {
        Load(1);
        var quad = Run("query", "events", "--db", Db, "--quad", "9");
        Assert.Equal(1, quad.Code);
        Assert.StartsWith("chronicle: --quad: quad class is 1-4", quad.Error);
        Assert.Equal(1, Run("query", "events", "--db", Db, "--cursor", "x").Code);
        var near = Run("query", "events", "--db", Db, "--near", "48.8,2.3");
        Assert.Equal(1, near.Code);
        Assert.StartsWith("chronicle: --near: near is LAT,LON,KM", near.Error);
        var missing = Run("serve", "--db", Path.Combine(folder, "none.db"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("no such store file", missing.Error);
        Assert.Equal(1, Run("query", "events", "--db", Path.Combine(folder, "no", "dir.db")).Code);
    }

    [Fact]
    public void LoadRefusesAnEntityTypeOutsideTheContract()
    {
        string input = Path.Combine(folder, "typed.jsonl");
        var lines = SyntheticCorpus.Articles(2, 3).Select(a => AnalysisJson.Serialize(a)).ToList();
        lines[1] = lines[1].Replace("\"type\":\"GPE\"", "\"type\":\"COUNTRY\"");
        File.WriteAllLines(input, lines);
        var (code, _, error) = Run("store", "load", input, "--db", Db);
        Assert.Equal(1, code);
        Assert.Contains("stored 1 articles, 1 lines failed", error);
        Assert.Contains("line 2: not Analysis JSON (unknown entity type \"COUNTRY\"", error);
    }

    [Fact]
    public void ExportWritesEveryFormat()
    {
        Load(3);
        var gdelt = Run("export", "--db", Db, "--format", "gdelt");
        Assert.Equal(0, gdelt.Code);
        Assert.All(gdelt.Out.TrimEnd('\n').Split('\n'), l => Assert.Equal(61, l.Split('\t').Length));
        string csv = Path.Combine(folder, "events.csv");
        var written = Run("export", "--db", Db, "--format", "csv", "--quad", "4", "--out", csv);
        Assert.Equal(0, written.Code);
        Assert.StartsWith("key,article_id", File.ReadAllText(csv));
        Assert.Contains("wrote", written.Error);
        Assert.Equal(3, Run("export", "--db", Db, "--format", "analyses").Out.TrimEnd('\n').Split('\n').Length);
        Assert.NotEqual(0, Run("export", "--db", Db, "--format", "xml").Code);
    }
}
