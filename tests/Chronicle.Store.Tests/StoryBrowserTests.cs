using Microsoft.Playwright;

namespace Chronicle.Store.Tests;

/// <summary>The story list and story page in real Chromium over the story server (screenshots under
/// TestResults/screenshots/ like the other browser tests).</summary>
[Collection(StoryServerCollection.Name)]
public sealed class StoryBrowserTests(StoryServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
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

    private Task Shot(string name) => ui.Shot(name, fullPage: true);

    private async Task AssertInert()
    {
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))"));
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
    }

    [Fact]
    public async Task TheStoryListLeadsToAStoryPageWithTimelineEventsAndFigures()
    {
        await Open("#/stories", "#stories-table tbody tr");
        Assert.Equal(2, await page.Locator("#stories-table tbody tr").CountAsync());
        Assert.Contains(StoryTestData.HostileTitle, await page.InnerTextAsync("#stories-table tbody"));
        await page.FillAsync("#filters input[name=q]", "Nairobi");
        await page.ClickAsync("#filters button");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#stories-table tbody tr').length === 1");
        Assert.DoesNotContain(StoryTestData.HostileTitle, await page.InnerTextAsync("#stories-table tbody"));
        await page.FillAsync("#filters input[name=q]", "");
        await page.FillAsync("#filters input[name=actor]", "FRA");
        await page.ClickAsync("#filters button");
        await page.WaitForFunctionAsync("() => document.querySelector('#stories-table tbody').textContent.includes('Ministers meet')");
        await AssertInert();
        await page.ClickAsync("#stories-table tbody tr a");
        await page.WaitForSelectorAsync("#story-events .global-event");

        Assert.Equal(StoryTestData.HostileTitle, await page.InnerTextAsync("#story-title"));
        var days = await page.EvalOnSelectorAllAsync<string[]>("#story-timeline .day", "els => els.map(e => e.dataset.date)");
        Assert.Equal(["2024-03-12", "2024-03-13"], days);
        var outlets = await page.EvalOnSelectorAllAsync<string[]>("#story-timeline .outlet", "els => els.map(e => e.textContent)");
        Assert.Equal(["North Post", StoryTestData.HostileOutlet, "West Daily"], outlets);

        var meeting = page.Locator("#story-events .global-event", new PageLocatorOptions { HasText = "reported by 3 outlets" });
        Assert.Equal(1, await meeting.CountAsync());
        var mentions = await meeting.Locator("tr.mention").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.querySelector('.outlet').textContent, r.querySelector('.trigger-text').textContent, r.querySelector('.loaded-terms').textContent])");
        Assert.Equal(3, mentions.Length);
        Assert.All(mentions, m => Assert.Equal("met", m[1]));
        Assert.Equal([StoryTestData.LoadedTerm], mentions.Where(m => m[2].Length > 0).Select(m => m[2]));
        Assert.Equal(StoryTestData.HostileOutlet, mentions.Single(m => m[2].Length > 0)[0]);

        var figures = await page.EvalOnSelectorAllAsync<string[][]>("#story-figures .figure",
            "els => els.map(e => [e.querySelector('.outlet').textContent, e.querySelector('.value').textContent])");
        Assert.Equal(3, figures.Length);
        Assert.Equal(["At least 12 people were killed", "At least 15 people were killed", "At least 12 people were killed"], figures.Select(f => f[1]));
        Assert.Equal(outlets, figures.Select(f => f[0]));
        await AssertInert();
        await Shot("story-page");
    }

    [Fact]
    public async Task EventsLinkToTheirStory()
    {
        await Open("#/events", "#events-table tbody tr");
        await page.FillAsync("#filters input[name=actor]", "DEU");
        await page.ClickAsync("#filters button");
        // Non-empty: while the table re-renders it is briefly empty, and every() holds on an empty list.
        await page.WaitForFunctionAsync("() => { const rows = [...document.querySelectorAll('#events-table tbody tr')]; return rows.length > 0 && rows.every(r => r.textContent.includes('DEU')); }");
        var links = await page.EvalOnSelectorAllAsync<string[]>("#events-table a.story-link", "els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Equal("#/story/" + server.Border, href));
        await page.Locator("#events-table a.story-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#story-title");
        Assert.Equal(StoryTestData.HostileTitle, await page.InnerTextAsync("#story-title"));
        await Open("#/story/987654", "main .error");
        Assert.Contains("no story with id \"987654\"", await page.InnerTextAsync("main .error"));
        await Shot("story-from-events");
    }
}
