using Microsoft.Playwright;

namespace Chronicle.Store.Tests;

/// <summary>One Chromium page on a test server: requests that leave the server fail (the UI must not need
/// the internet), script errors and failed requests are collected, and a screenshot asserts there were none.</summary>
internal sealed class UiPage : IAsyncDisposable
{
    private static readonly string Screenshots = Path.Combine(TestArticles.RepoRoot(), "TestResults", "screenshots");
    private readonly IBrowserContext _context;
    private readonly string _baseUrl;
    private readonly List<string> _errors = [];

    private UiPage(IBrowserContext context, IPage page, string baseUrl)
    {
        (_context, Page, _baseUrl) = (context, page, baseUrl);
        page.PageError += (_, error) => _errors.Add(error);
        page.RequestFailed += (_, request) => _errors.Add("request failed: " + request.Url);
    }

    public IPage Page { get; }

    public static async Task<UiPage> OpenAsync(BrowserFixture browser, string baseUrl)
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "dist", "app.js")), "the web UI is not built: run scripts/setup.sh");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        await context.RouteAsync(url => !url.StartsWith(baseUrl, StringComparison.Ordinal), route => route.AbortAsync());
        return new UiPage(context, await context.NewPageAsync(), baseUrl);
    }

    public async Task Open(string hash, string readySelector)
    {
        await Page.GotoAsync(_baseUrl + "/" + hash);
        await Page.WaitForSelectorAsync(readySelector, new PageWaitForSelectorOptions { Timeout = 30_000 });
    }

    public async Task Shot(string name, bool fullPage)
    {
        Directory.CreateDirectory(Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = fullPage });
        Assert.Empty(_errors);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
