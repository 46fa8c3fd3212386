using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chronicle.Store.Tests;

/// <summary>The REST API over HTTP on 127.0.0.1: filters, pagination without a cap, the API key,
/// problem-details errors, hostile text returned as data, OpenAPI and health.</summary>
[Collection(ServerCollection.Name)]
public sealed class ApiTests(ServerFixture server)
{
    private readonly HttpClient http = server.Client;

    private async Task<JsonElement> Get(string path)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task EventFiltersApplyToEveryReturnedEvent()
    {
        var page = await Get("/api/events?actor=fra&quad=4&limit=1000");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var e in items)
        {
            Assert.Equal(4, e.GetProperty("quad_class").GetInt32());
            string codes = e.GetProperty("source").GetProperty("code").GetString() + "|" + e.GetProperty("target").GetProperty("code").GetString();
            Assert.True(codes.StartsWith("FRA") || codes.Contains("|FRA"), codes);
        }
        int expected = server.Store.QueryEvents(new EventFilter { Actor = "FRA", QuadClass = 4 }, null, 10_000).Items.Count;
        Assert.Equal(expected, items.Count);

        var dated = await Get("/api/events?cameo=19&from=2022-01-01&to=2022-12-31&place=kyiv&limit=1000");
        foreach (var e in dated.GetProperty("items").EnumerateArray())
        {
            Assert.StartsWith("19", e.GetProperty("cameo").GetString());
            Assert.InRange(string.CompareOrdinal(e.GetProperty("date").GetString(), "2022-01-01"), 0, int.MaxValue);
            Assert.Equal("Kyiv", e.GetProperty("location").GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task PaginationGoesPastAThousandEventsWithoutACap()
    {
        var keys = new HashSet<long>();
        string? cursor = null;
        int pages = 0;
        do
        {
            var page = await Get("/api/events?limit=400" + (cursor is null ? "" : "&cursor=" + cursor));
            foreach (var e in page.GetProperty("items").EnumerateArray()) Assert.True(keys.Add(e.GetProperty("key").GetInt64()));
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            pages++;
        } while (cursor is not null);
        var stats = await Get("/api/stats");
        Assert.True(keys.Count > 1000);
        Assert.Equal(stats.GetProperty("events").GetInt64(), keys.Count);
        Assert.Equal((keys.Count + 399) / 400, pages);
    }

    [Fact]
    public async Task PostingAnArticleNeedsTheApiKey()
    {
        const string body = """{"id": "posted-1", "text": "The Dutch foreign minister met his Belgian counterpart in Brussels on Tuesday.", "published": "2024-02-06", "title": "Ministers meet"}""";
        using (var none = await http.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        }
        using (var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, Encoding.UTF8, "application/json") })
        {
            wrong.Headers.Add("X-Api-Key", "not-the-key");
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
        }
        Assert.Null(server.Store.GetArticle("posted-1"));

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        right.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        using var created = await http.SendAsync(right);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/articles/posted-1", created.Headers.Location?.OriginalString);
        var stored = await Get("/api/articles/posted-1");
        Assert.Equal("Ministers meet", stored.GetProperty("title").GetString());
        Assert.StartsWith("The Dutch foreign minister", stored.GetProperty("text").GetString());
        Assert.NotEmpty(stored.GetProperty("sentences").EnumerateArray());

        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{\"text\": \"no id\"}", Encoding.UTF8, "application/json") };
        bad.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        using var rejected = await http.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains("missing \\\"id\\\"", await rejected.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/events?quad=9", "quad")]
    [InlineData("/api/events?quad=four", "quad")]
    [InlineData("/api/events?limit=5000", "limit")]
    [InlineData("/api/events?cursor=abc", "cursor")]
    [InlineData("/api/events?from=2021-13-45", "from")]
    [InlineData("/api/events?cameo=x19", "cameo")]
    [InlineData("/api/events?actor=FRA%27%20OR%201=1", "actor")]
    [InlineData("/api/timeline?by=week", "by")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/quotes?limit=0", "limit")]
    public async Task BadParametersGetAProblemDetailsBody(string path, string parameter)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task ArticleIdsWithSlashesAndSpacesAreServed()
    {
        var article = SyntheticCorpus.Article(300, 1);
        article.Id = "site/2024/a b?c";
        server.Store.Store(article);
        var back = await Get("/api/articles/" + Uri.EscapeDataString(article.Id));
        Assert.Equal(article.Id, back.GetProperty("id").GetString());
    }

    [Fact]
    public async Task MissingArticleIsAProblem404()
    {
        using var response = await http.GetAsync("/api/articles/no-such-id");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HostileTextIsReturnedAsJsonDataUnderAStrictContentSecurityPolicy()
    {
        using var response = await http.GetAsync("/api/articles/" + TestArticles.HostileId);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var article = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("<script>window.__pwned = 1</script>", article.GetProperty("text").GetString());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        var page = await http.GetStringAsync("/");
        Assert.DoesNotContain("__pwned", page); // the page carries no article data; the script fetches it as JSON
    }

    [Fact]
    public async Task QuotesSearchActorsTimelineNetworkAndPlacesAnswer()
    {
        string speaker = server.Store.GetArticle("synthetic-0")!.Quotes[0].SpeakerName!;
        var quotes = await Get("/api/quotes?speaker=" + Uri.EscapeDataString(speaker[4..]) + "&limit=1000");
        Assert.NotEmpty(quotes.GetProperty("items").EnumerateArray());
        Assert.All(quotes.GetProperty("items").EnumerateArray(), q => Assert.Equal(speaker, q.GetProperty("speaker_name").GetString()));
        var hits = await Get("/api/search?limit=100&q=" + Uri.EscapeDataString("talks number 4"));
        var hit = hits.EnumerateArray().Single(h => h.GetProperty("id").GetString() == "synthetic-4");
        Assert.Contains(hit.GetProperty("snippet").EnumerateArray(), p => p.GetProperty("match").GetBoolean() && p.GetProperty("text").GetString() == "talks");
        var actors = await Get("/api/actors?country=IRQ");
        Assert.Contains(actors.EnumerateArray(), a => a.GetProperty("code").GetString() == "IRQGOV");
        var timeline = await Get("/api/timeline?by=month");
        Assert.Equal(server.Store.Counts().Events, timeline.EnumerateArray().Sum(b => b.GetProperty("events").GetInt32()) + UndatedEvents());
        Assert.NotEmpty((await Get("/api/network")).EnumerateArray());
        Assert.Contains((await Get("/api/places")).EnumerateArray(), p => p.GetProperty("name").GetString() == "Paris");
        var paris = (await Get("/api/events?near=48.86,2.35,25&limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(paris);
        Assert.All(paris, e => Assert.Equal("Paris", e.GetProperty("location").GetProperty("name").GetString()));
        using var bad = await http.GetAsync("/api/events?near=48.86,200,25");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("near", await bad.Content.ReadAsStringAsync());
    }

    private long UndatedEvents() =>
        EventExportTests.All(server.Store, EventFilter.None).Count(e => e.Date is null || e.Date.Length < 7);

    [Fact]
    public async Task OpenApiDocumentAndHealthAreServed()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/articles/{id}", "/api/actors", "/api/quotes", "/api/search", "/api/articles" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var health = await Get("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("store").GetString());
    }
}
