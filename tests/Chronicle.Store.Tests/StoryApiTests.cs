using System.Net;
using System.Text.Json;
using Chronicle.Server;
using Microsoft.AspNetCore.Builder;

namespace Chronicle.Store.Tests;

/// <summary>A real server on 127.0.0.1 over a SQLite store holding the story articles (stored through the writer).</summary>
public sealed class StoryServerFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-story-server-").FullName;
    private WebApplication? app;

    public SqliteEventStore Store { get; private set; } = null!;
    public long Border { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteEventStore(Path.Combine(folder, "stories.db"));
        Border = StoryTestData.StoreAll(Store);
        app = ChronicleServer.Build(new ServerOptions(Store, "http://127.0.0.1:0"));
        await app.StartAsync();
        BaseUrl = app.Urls.Single().TrimEnd('/');
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null) await app.DisposeAsync();
        Store.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class StoryServerCollection : ICollectionFixture<StoryServerFixture>
{
    public const string Name = "story-server";
}

[Collection(StoryServerCollection.Name)]
public sealed class StoryApiTests(StoryServerFixture server)
{
    private async Task<JsonElement> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<long> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();

    [Fact]
    public async Task StoriesAreListedWithEventFiltersWordsAndACursor()
    {
        var all = await Get("/api/stories");
        Assert.Equal(2, Ids(all).Count);
        var border = all.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetInt64() == server.Border);
        Assert.Equal(StoryTestData.HostileTitle, border.GetProperty("title").GetString());
        Assert.Equal(StoryTestData.Border, border.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2024-03-13", border.GetProperty("last_published").GetString());
        Assert.Equal(JsonValueKind.Null, border.GetProperty("merged_into").ValueKind);
        Assert.True(border.GetProperty("global_events").GetArrayLength() >= 1);

        Assert.Equal([server.Border], Ids(await Get("/api/stories?actor=fra&quad=1")));
        Assert.Equal([server.Border], Ids(await Get("/api/stories?q=Dupont")));
        Assert.DoesNotContain(server.Border, Ids(await Get("/api/stories?q=Nairobi")));
        Assert.Empty(Ids(await Get("/api/stories?q=Nairobi&actor=FRA")));

        var first = await Get("/api/stories?limit=1");
        string next = first.GetProperty("next").GetString()!;
        var second = await Get("/api/stories?limit=1&cursor=" + Uri.EscapeDataString(next));
        Assert.Equal(Ids(all), Ids(first).Concat(Ids(second)));

        var bad = await Get("/api/stories?quad=9&from=yesterday", HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("quad", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("from", out _));
        Assert.True((await Get("/api/stories?cursor=nonsense", HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("cursor", out _));
        await Get("/api/stories?limit=0", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AStoryComesWholeAndAMissingOneIsAProblem()
    {
        var story = await Get("/api/stories/" + server.Border);
        Assert.Equal(server.Border, story.GetProperty("story").GetProperty("id").GetInt64());
        var articles = story.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(StoryTestData.Border, articles.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(StoryTestData.HostileOutlet, articles[1].GetProperty("source").GetString());
        var meeting = story.GetProperty("events").EnumerateArray().Single(g => g.GetProperty("event").GetProperty("num_sources").GetInt32() == 3);
        var mentions = meeting.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(3, mentions.Count);
        Assert.Equal([StoryTestData.LoadedTerm],
            mentions.Single(m => m.GetProperty("article_id").GetString() == "border-2").GetProperty("loaded_terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("met", mentions[0].GetProperty("trigger").GetProperty("text").GetString());
        var figures = story.GetProperty("disagreements").EnumerateArray().Single();
        Assert.Equal("killed", figures.GetProperty("unit").GetString());
        Assert.Equal([12, 15, 12], figures.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("value").GetDouble()));

        var missing = await Get("/api/stories/987654", HttpStatusCode.NotFound);
        Assert.Equal("No such story", missing.GetProperty("title").GetString());
        await Get("/api/stories/not-a-number", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EventsNameTheirStoryAndTheOpenApiListsTheStoryEndpoints()
    {
        var events = (await Get("/api/events?article=border-3")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(server.Border, e.GetProperty("story_id").GetInt64()));
        Assert.All(events, e => Assert.Equal(JsonValueKind.Number, e.GetProperty("global_event_id").ValueKind));
        var paths = (await Get("/openapi/v1.json")).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/stories", out var list));
        Assert.Contains(list.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
        Assert.True(paths.TryGetProperty("/api/stories/{id}", out _));
    }
}
