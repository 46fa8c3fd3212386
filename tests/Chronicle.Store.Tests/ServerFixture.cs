using Chronicle.Server;
using Microsoft.AspNetCore.Builder;

namespace Chronicle.Store.Tests;

/// <summary>A real Chronicle server on a free port of 127.0.0.1 over a fresh SQLite store holding
/// 1,050 synthetic events (past the 1,000 mark), the hostile article and the golden article.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-7f3a";
    public const int SyntheticArticles = 21, EventsPerArticle = 50;

    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-server-").FullName;
    private WebApplication? app;

    public SqliteEventStore Store { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteEventStore(Path.Combine(folder, "server.db"));
        foreach (var a in SyntheticCorpus.Articles(SyntheticArticles, EventsPerArticle)) Store.Store(a);
        Store.Store(TestArticles.Hostile());
        if (TestArticles.Golden() is { } golden) Store.Store(golden); // absent without ../shared: its browser test is skipped
        app = ChronicleServer.Build(new ServerOptions(Store, "http://127.0.0.1:0", ApiKey));
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
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
