using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Server;
using Chronicle.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Chronicle.Store.Tests;

/// <summary>A server over the bundled demo corpus (examples/demo-corpus) analyzed by the real pipeline, so the map
/// shows what the geocoder and the event coder make of real prose, not synthetic coordinates.</summary>
public sealed class DemoCorpusServer : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-demo-map-").FullName;
    private WebApplication? app;
    private SqliteEventStore? store;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        store = new SqliteEventStore(Path.Combine(folder, "demo.db"));
        var analyzer = new Analyzer(ChroniclePipeline.CreateDefault());
        var corpus = Path.Combine(TestArticles.RepoRoot(), "examples", "demo-corpus", "articles.jsonl");
        foreach (var line in File.ReadLines(corpus))
        {
            if (line.Length == 0) continue;
            var r = JsonlRecord.Parse(corpus, line);
            var metadata = new DocumentMetadata { Id = r.Id, Title = r.Title, Source = r.Source, Url = r.Url, Published = r.Published };
            store.Store(analyzer.AnalyzeToJson(r.Id, r.Text!, metadata));
        }
        app = ChronicleServer.Build(new ServerOptions(store, "http://127.0.0.1:0", ServerFixture.ApiKey));
        await app.StartAsync();
        BaseUrl = app.Urls.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>The map and the article view's small map in Chromium, over the demo corpus.</summary>
public sealed class DemoMapTests(DemoCorpusServer server, BrowserFixture browser) : IClassFixture<DemoCorpusServer>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly string Screenshots = Path.Combine(TestArticles.RepoRoot(), "TestResults", "screenshots");
    private IBrowserContext context = null!;
    private IPage page = null!;
    private readonly List<string> pageErrors = [];

    public async Task InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        // no map tiles: a request that leaves the server fails the test
        await context.RouteAsync(url => !url.StartsWith(server.BaseUrl, StringComparison.Ordinal), route => route.AbortAsync());
        page = await context.NewPageAsync();
        page.PageError += (_, error) => pageErrors.Add(error);
        page.RequestFailed += (_, request) => pageErrors.Add("request failed: " + request.Url);
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task DemoCorpusMapShowsEventsAtTheirPlacesAndListsThemOnClick()
    {
        await page.GotoAsync(server.BaseUrl + "/#/map");
        await page.WaitForSelectorAsync("#map-chart circle.place", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var titles = await page.EvalOnSelectorAllAsync<string[]>("#map-chart circle.place", "cs => cs.map(c => c.textContent)");
        Assert.True(titles.Length >= 4, "places on the map: " + string.Join("; ", titles));
        // coloured by quad class: every circle carries one of q1..q4
        var classes = await page.EvalOnSelectorAllAsync<string[]>("#map-chart circle.place", "cs => cs.map(c => c.getAttribute('class'))");
        Assert.All(classes, c => Assert.Matches(@"\bq[1-4]\b", c));
        Assert.Contains(titles, t => t.StartsWith("Montevideo", StringComparison.Ordinal));

        await page.Locator("#map-chart circle.place").First.ClickAsync();
        await page.WaitForSelectorAsync("#map-events-table tbody tr", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.True(await page.Locator("#map-events-table tbody tr").CountAsync() >= 1);
        Assert.Contains("GeoNames", await page.Locator("#footer").TextContentAsync() ?? "");
        await Shot("demo-map");

        await page.GotoAsync(server.BaseUrl + "/#/article/demo-trade-tariffs");
        await page.WaitForSelectorAsync("#article-map circle.place", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.True(await page.Locator("#article-map circle.place").CountAsync() >= 3);
        await Shot("demo-article-map");
    }

    private async Task Shot(string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
        Assert.Empty(pageErrors);
    }
}
