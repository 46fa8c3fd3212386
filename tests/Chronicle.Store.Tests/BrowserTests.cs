using Microsoft.Playwright;

namespace Chronicle.Store.Tests;

/// <summary>The web UI in real Chromium (Debian's, driven by Playwright; nothing downloaded).
/// Each test saves a screenshot under TestResults/screenshots/ at the repository root.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing; run scripts/setup.sh (apt-get install chromium)");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

[Collection(ServerCollection.Name)]
public sealed class BrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private UiPage ui = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        ui = await UiPage.OpenAsync(browser, server.BaseUrl);
        page = ui.Page;
    }

    public async Task DisposeAsync() => await ui.DisposeAsync();

    private Task Open(string hash, string readySelector) => ui.Open(hash, readySelector);

    private Task Shot(string name) => ui.Shot(name, fullPage: false);

    [SharedFact("golden/france-iraq-2021.txt", "golden/france-iraq-2021.gold.json")]
    public async Task ArticleViewHighlightsTheGoldenArticlesQuotesAndEvents()
    {
        var golden = server.Store.GetArticle("france-iraq-2021")!;
        await Open("#/article/france-iraq-2021", "#article-text .trigger");
        Assert.Equal(golden.Text, await page.InnerTextAsync("#article-text"));
        // Every quote and every event trigger is highlighted (a span may be cut into pieces by nested annotations).
        var quoted = await page.EvalOnSelectorAllAsync<string>("#article-text .quote", "els => els.map(e => e.textContent).join('')");
        foreach (var q in golden.Quotes) Assert.Contains(q.Text, quoted);
        var triggers = await page.EvalOnSelectorAllAsync<string[]>("#article-text .trigger", "els => els.map(e => e.textContent)");
        foreach (var e in golden.Events) Assert.Contains(e.Trigger.Text, triggers);
        Assert.Equal(golden.Quotes.Count, await page.Locator("#quote-list li").CountAsync());
        Assert.Equal(golden.Events.Count, await page.Locator("#event-list li").CountAsync());
        await page.Locator("#article-text .trigger").First.HoverAsync();
        var tip = await page.InnerTextAsync("#tooltip");
        Assert.Contains("CAMEO " + golden.Events.OrderBy(e => e.Trigger.Start).First().Cameo, tip);
        await page.Locator("#article-text .quote").First.HoverAsync();
        Assert.Contains("speaker:", await page.InnerTextAsync("#tooltip"));
        await Shot("article-golden");
    }

    [Fact]
    public async Task HostileMarkupInArticlesIsShownAsInertText()
    {
        await Open("#/article/" + TestArticles.HostileId, "#article-text .quote");
        Assert.Contains("<script>window.__pwned = 1</script>", await page.InnerTextAsync("#article-text"));
        Assert.Contains("<img src=x onerror=\"window.__pwned = 3\"> Hostile headline", await page.InnerTextAsync("h1"));
        Assert.Equal(0, await page.Locator("main script, main img, main u, main i").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))"));
        await page.Locator("#article-text .trigger").First.HoverAsync();
        Assert.Contains("<svg onload=alert(3)>", await page.InnerTextAsync("#tooltip"));
        await Open("#/events", "#events-table tbody tr");
        await page.FillAsync("#filters input[name=actor]", "XYZ");
        await page.ClickAsync("#filters button");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#events-table tbody tr').length === 1");
        Assert.Contains("<img src=x onerror=alert(4)>", await page.InnerTextAsync("#events-table tbody"));
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        await Shot("article-hostile-events");
    }

    [Fact]
    public async Task ArticleViewSaysWhereAFeedItemsTextCameFrom()
    {
        await Open("#/article/" + TestArticles.HostileId, "#article-text");
        Assert.Equal("feed-summary", server.Store.GetArticle(TestArticles.HostileId)!.TextSource);
        Assert.Contains("feed's summary only", await page.InnerTextAsync("#text-source"));
        await Shot("article-text-source");
        await Open("#/article/synthetic-1", "#article-text"); // not from a feed: nothing to say
        Assert.Equal(0, await page.Locator("#text-source").CountAsync());
    }

    [Fact]
    public async Task EventsTableFiltersByActorAndQuadClass()
    {
        await Open("#/events", "#events-table tbody tr");
        Assert.Equal(200, await page.Locator("#events-table tbody tr").CountAsync());
        await page.FillAsync("#filters input[name=actor]", "IRQ");
        await page.SelectOptionAsync("#filters select[name=quad]", "4");
        await page.ClickAsync("#filters button");
        int expected = server.Store.QueryEvents(new EventFilter { Actor = "IRQ", QuadClass = 4 }, null, 10_000).Items.Count;
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#events-table tbody tr').length === {Math.Min(expected, 200)}");
        var rows = await page.EvalOnSelectorAllAsync<string[][]>("#events-table tbody tr",
            "rows => rows.map(r => [...r.children].map(c => c.textContent))");
        Assert.All(rows, r =>
        {
            Assert.Equal("4", r[3]);
            Assert.True(r[1].StartsWith("IRQ") || r[4].StartsWith("IRQ"), string.Join(" | ", r));
        });
        await Shot("events-filtered");
        await page.FillAsync("#filters input[name=from]", "not-a-date");
        await page.ClickAsync("#filters button");
        await page.WaitForFunctionAsync("() => document.querySelector('#events-status').textContent.startsWith('Bad filter')");
    }

    [Fact]
    public async Task TimelineGraphAndMapRender()
    {
        await Open("#/timeline", "#timeline-chart rect.bar");
        Assert.True(await page.Locator("#timeline-chart rect.bar").CountAsync() > 10);
        await Shot("timeline");

        await Open("#/network", "#network-chart .node");
        Assert.True(await page.Locator("#network-chart .node").CountAsync() >= 10);
        Assert.True(await page.Locator("#network-chart line.link").CountAsync() >= 10);
        await Shot("network");

        await Open("#/map", "#map-chart circle.place");
        Assert.True(await page.Locator("#map-chart path.country").CountAsync() > 150);
        Assert.True(await page.Locator("#map-chart circle.place").CountAsync() >= 8);
        await Shot("map");
    }
}
