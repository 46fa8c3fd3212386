using Chronicle.Annotations;
using Chronicle.Serialization;

namespace Chronicle.Store.Tests;

/// <summary>The store contract: every test here runs against a real SQLite file and a real
/// PostgreSQL server (see the two subclasses at the bottom).</summary>
public abstract partial class StoreContractTests : IDisposable
{
    /// <summary>A new, empty store; the same store when <paramref name="reopen"/> names one opened before.</summary>
    protected abstract IEventStore Create(string? reopen = null);
    protected abstract string LocationOf(IEventStore store);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    [Fact]
    public void StoredArticleComesBackWithEveryAnnotation()
    {
        using var store = Create();
        var article = SyntheticCorpus.Article(1, 6);
        article.Dates.Add(new TimeExpression { Text = "Saturday", Start = 0, End = 3, Value = "2021-08-28" });
        article.Quantities.Add(new Quantity { Text = "about 160 troops", Start = 4, End = 20, Value = 160, Approx = "about", Unit = "troops" });
        article.Framing.Tone = -1.5;
        store.Store(article);
        var back = store.GetArticle(article.Id!);
        Assert.NotNull(back);
        Assert.Equal(AnalysisJson.Serialize(article), AnalysisJson.Serialize(back!));
        Assert.Null(store.GetArticle("no-such-article"));
        Assert.Equal(4, store.SchemaVersion);
    }

    [Fact]
    public void StoringAgainReplacesTheArticleAndAllItsRows()
    {
        using var store = Create();
        store.Store(SyntheticCorpus.Article(7, 5));
        var smaller = SyntheticCorpus.Article(7, 2, seed: 99);
        store.Store(smaller);
        var counts = store.Counts();
        Assert.Equal(1, counts.Articles);
        Assert.Equal(2, counts.Events);
        Assert.Equal(1, counts.Quotes);
        var events = store.QueryEvents(new EventFilter { ArticleId = "synthetic-7" }).Items;
        Assert.Equal(smaller.Events.Select(e => e.Cameo), events.Select(e => e.Cameo));
        Assert.Equal(AnalysisJson.Serialize(smaller), AnalysisJson.Serialize(store.GetArticle("synthetic-7")!));
    }

    [Fact]
    public void FailedStoreLeavesThePreviousVersionWhole()
    {
        using var store = Create();
        var good = SyntheticCorpus.Article(3, 4);
        store.Store(good);
        var bad = SyntheticCorpus.Article(3, 4, seed: 5);
        bad.Events[^1].Trigger = new Mention(0, 1, null!); // violates NOT NULL after the article row was replaced
        Assert.ThrowsAny<Exception>(() => store.Store(bad));
        Assert.Equal(AnalysisJson.Serialize(good), AnalysisJson.Serialize(store.GetArticle("synthetic-3")!));
        Assert.Equal(4, store.Counts().Events);
    }

    [Fact]
    public void EventFiltersSelectExactlyTheMatchingEvents()
    {
        using var store = Create();
        var articles = SyntheticCorpus.Articles(20, 10).ToList();
        foreach (var a in articles) store.Store(a);
        var all = articles.SelectMany(a => a.Events.Select(e => (Article: a, Event: e))).ToList();

        void Check(EventFilter filter, Func<EventRecord, bool> expected)
        {
            var got = Drain(store, filter);
            var want = all.Where(x => expected(x.Event)).Select(x => x.Article.Id + "/" + x.Event.Id).Order().ToList();
            Assert.NotEmpty(want);
            Assert.Equal(want, got.Select(e => e.ArticleId + "/" + e.EventId).Order().ToList());
        }

        Check(new EventFilter { Actor = "fra" }, e => e.Source!.Code!.StartsWith("FRA") || e.Target!.Code!.StartsWith("FRA"));
        Check(new EventFilter { SourceActor = "USAMIL" }, e => e.Source!.Code == "USAMIL");
        Check(new EventFilter { TargetActor = "IGO" }, e => e.Target!.Code!.StartsWith("IGO"));
        Check(new EventFilter { Country = "IRQ" }, e => e.Source!.Code!.StartsWith("IRQ") || e.Target!.Code!.StartsWith("IRQ"));
        Check(new EventFilter { Cameo = "1" }, e => e.Cameo.StartsWith('1'));
        Check(new EventFilter { Cameo = "057" }, e => e.Cameo == "057");
        Check(new EventFilter { Root = "19" }, e => e.Root == "19");
        Check(new EventFilter { QuadClass = 4 }, e => e.QuadClass == 4);
        Check(new EventFilter { Plover = "aid" }, e => e.Plover == "AID");
        Check(new EventFilter { From = "2022-01-01", To = "2022-12-31" }, e => string.CompareOrdinal(e.Date, "2022-01-01") >= 0 && string.CompareOrdinal(e.Date, "2022-12-31") <= 0);
        Check(new EventFilter { Place = "bagh" }, e => e.Location!.Name == "Baghdad");
        Check(new EventFilter { Place = "CHE" }, e => e.Location!.Country == "CHE");
        Check(new EventFilter { QuadClass = 1, Actor = "RUS", To = "2023-06-30" },
            e => e.QuadClass == 1 && (e.Source!.Code!.StartsWith("RUS") || e.Target!.Code!.StartsWith("RUS")) && string.CompareOrdinal(e.Date, "2023-06-30") <= 0);
        Assert.Empty(Drain(store, new EventFilter { Place = "100%_\\" }));
    }

    [Fact]
    public void StoredEventsCarryTheirSourceSentenceAndTrigger()
    {
        using var store = Create();
        var article = SyntheticCorpus.Article(11, 3);
        store.Store(article);
        var stored = store.QueryEvents(EventFilter.None).Items;
        Assert.Equal(3, stored.Count);
        foreach (var e in stored)
        {
            var original = article.Events.Single(x => x.Id == e.EventId);
            Assert.Equal(original.Trigger.Text, article.Text[e.Trigger.Start..e.Trigger.End]);
            Assert.Equal(e.Trigger.Text, e.SentenceText![(e.Trigger.Start - e.SentenceStart)..(e.Trigger.End - e.SentenceStart)]);
            Assert.Equal(original.Source!.Code, e.Source!.Code);
            Assert.Equal(original.Source.Code![..3], e.Source.Country);
            Assert.Equal(article.Url, e.ArticleUrl);
            Assert.Equal(original.Location!.Lat, e.Location!.Lat);
        }
    }

    [Fact]
    public void StoredEventsKeepTheRuleThatProposedThem()
    {
        using var store = Create();
        var article = SyntheticCorpus.Article(12, 2);
        article.Events[0].Rule = "light:impose+sanction/frame";
        store.Store(article);
        var stored = store.QueryEvents(EventFilter.None).Items;
        Assert.Equal("light:impose+sanction/frame", stored.Single(e => e.EventId == article.Events[0].Id).Rule);
        Assert.Null(stored.Single(e => e.EventId == article.Events[1].Id).Rule);
        Assert.Contains("\"rule\":\"light:impose+sanction/frame\"",
                        System.Text.Json.JsonSerializer.Serialize(stored[0], Chronicle.Store.Export.StoreJson.Context.StoredEvent), StringComparison.Ordinal);
    }

    [Fact]
    public void CursorPaginationVisitsEveryEventOnce()
    {
        using var store = Create();
        foreach (var a in SyntheticCorpus.Articles(25, 10)) store.Store(a);
        var keys = new List<long>();
        string? cursor = null;
        int pages = 0;
        do
        {
            var page = store.QueryEvents(EventFilter.None, cursor, 30);
            keys.AddRange(page.Items.Select(e => e.Key));
            cursor = page.Next;
            pages++;
        } while (cursor is not null);
        Assert.Equal(250, keys.Count);
        Assert.Equal(250, keys.Distinct().Count());
        Assert.Equal(9, pages);
        Assert.Throws<StoreException>(() => store.QueryEvents(EventFilter.None, "not-a-cursor"));
    }

    [Fact]
    public void QuotesAreFoundBySpeakerAndByWords()
    {
        using var store = Create();
        var articles = SyntheticCorpus.Articles(12, 2).ToList();
        foreach (var a in articles) store.Store(a);
        string speaker = articles[0].Quotes[0].SpeakerName!;             // "the ... government", "the United Nations" ...
        var bySpeaker = Drain(store, new QuoteFilter { Speaker = speaker[4..].ToUpperInvariant() });
        var expected = articles.Where(a => a.Quotes[0].SpeakerName == speaker).Select(a => a.Id!).Order().ToList();
        Assert.Equal(expected, bySpeaker.Select(q => q.ArticleId).Order().ToList());
        string code = articles[0].Entities.Single(e => e.Name == speaker).Code!;
        Assert.All(bySpeaker, q => Assert.Equal(code, q.SpeakerCode));
        Assert.Equal(expected.Count, Drain(store, new QuoteFilter { SpeakerCode = code[..3] }).Count);
        var byWords = Drain(store, new QuoteFilter { Text = "talks number 5" });
        Assert.Equal("synthetic-5", Assert.Single(byWords).ArticleId);
        Assert.Empty(Drain(store, new QuoteFilter { Text = "\"(*" }));
    }

    [Fact]
    public void ArticleSearchRanksAndMarksMatchesAndSurvivesOddQueries()
    {
        using var store = Create();
        foreach (var a in SyntheticCorpus.Articles(5, 3)) store.Store(a);
        var special = SyntheticCorpus.Article(50, 2);
        special.Title = "Floods reach the delta";
        special.Text += " Heavy monsoon floods displaced farmers near the delta.";
        store.Store(special);
        var hits = store.SearchArticles("monsoon floods");
        Assert.Equal("synthetic-50", Assert.Single(hits).Id);
        Assert.Contains(hits[0].Snippet, p => p.Match && p.Text.Contains("monsoon", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(hits[0].Snippet, p => p.Text.Contains('\u0001') || p.Text.Contains('\u0002'));
        Assert.Equal(6, store.SearchArticles("spokesman").Count);
        Assert.Empty(store.SearchArticles("\"unbalanced AND ( NEAR"));
        Assert.Empty(store.SearchArticles("   "));
    }

    [Fact]
    public void NearKeepsEventsWithinTheRadiusAndPlacesCountQuadClasses()
    {
        using var store = Create();
        var articles = SyntheticCorpus.Articles(8, 10).ToList();
        foreach (var a in articles) store.Store(a);
        var events = articles.SelectMany(a => a.Events).ToList();
        int Count(string near) => store.QueryEvents(new EventFilter { Near = near }, null, 1000).Items.Count;
        // the synthetic places: Paris (48.86, 2.35) and Geneva (46.20, 6.14), about 410 km apart
        Assert.Equal(events.Count(e => e.Location!.Name == "Paris"), Count("48.86,2.35,50"));
        Assert.Equal(events.Count(e => e.Location!.Name is "Paris" or "Geneva"), Count("48.0,4.0,300"));
        Assert.Equal(0, Count("0,-30,100"));
        Assert.All(store.QueryEvents(new EventFilter { Near = "48.86,2.35,50" }, null, 1000).Items, e => Assert.Equal("Paris", e.Location!.Name));
        foreach (var p in store.Places(EventFilter.None))
        {
            Assert.Equal(p.Events, p.Quads.Sum());
            Assert.Equal(events.Count(e => e.Location!.Name == p.Name && e.QuadClass == 4), p.Quads[3]);
        }
        Assert.Contains("near", FilterValidation.Problems(new EventFilter { Near = "91,0,5" }).Keys);
        Assert.Contains("near", FilterValidation.Problems(new EventFilter { Near = "48.8,2.3" }).Keys);
        Assert.Empty(FilterValidation.Problems(new EventFilter { Near = "-33.9, 151.2, 20" }));
    }

    [Fact]
    public void AggregatesCountActorsDaysPairsAndPlaces()
    {
        using var store = Create();
        var articles = SyntheticCorpus.Articles(15, 8).ToList();
        foreach (var a in articles) store.Store(a);
        var events = articles.SelectMany(a => a.Events).ToList();

        var actors = store.Actors(EventFilter.None, 1000);
        var fra = actors.Single(a => a.Code == "FRAGOV");
        Assert.Equal(events.Count(e => e.Source!.Code == "FRAGOV"), fra.AsSource);
        Assert.Equal(events.Count(e => e.Target!.Code == "FRAGOV"), fra.AsTarget);
        Assert.Equal("FRA", fra.Country);

        var timeline = store.Timeline(EventFilter.None);
        Assert.Equal(events.Count, timeline.Sum(b => b.Events));
        Assert.Equal(events.Count(e => e.QuadClass == 4), timeline.Where(b => b.QuadClass == 4).Sum(b => b.Events));
        Assert.Equal(events.Count, store.Timeline(EventFilter.None, byMonth: true).Sum(b => b.Events));

        var links = store.Network(EventFilter.None, 1000);
        Assert.Equal(events.Count, links.Sum(l => l.Events));
        var top = links[0];
        Assert.Equal(events.Count(e => e.Source!.Code == top.Source && e.Target!.Code == top.Target), top.Events);

        var places = store.Places(new EventFilter { QuadClass = 2 });
        Assert.Equal(events.Count(e => e.QuadClass == 2), places.Sum(p => p.Events));
        var place = events.First(e => e.QuadClass == 2).Location!;
        Assert.Contains(places, p => p.Name == place.Name && p.Lat == place.Lat && p.Lon == place.Lon);

        var listed = store.ListArticles(limit: 10);
        Assert.Equal(10, listed.Items.Count);
        Assert.Equal(8, listed.Items[0].Events);
        Assert.Equal(5, store.ListArticles(listed.Next, 10).Items.Count);
    }

    [Fact]
    public void DuplicatesAreRecordedAndReopeningKeepsData()
    {
        var store = Create();
        string location = LocationOf(store);
        store.Store(SyntheticCorpus.Article(1, 2));
        store.StoreDuplicate("copy-1", "synthetic-1", "exact", "https://example.org/copy");
        store.StoreDuplicate("copy-1", "synthetic-1", "near", null);
        Assert.Equal(1, store.Counts().Duplicates);
        Assert.Equal("synthetic-1", ((SqlEventStore)store).DuplicateOf("copy-1"));
        store.Dispose();
        using var again = Create(location);
        Assert.Equal(4, again.SchemaVersion);
        Assert.Equal(new StoreCounts(1, 2, 1, again.Counts().Entities, 1), again.Counts());
        Assert.True(((SqlEventStore)again).DeleteArticle("synthetic-1"));
        Assert.Equal(0, again.Counts().Events);
        Assert.Null(again.GetArticle("synthetic-1"));
    }

    private static List<StoredEvent> Drain(IEventStore store, EventFilter filter)
    {
        var all = new List<StoredEvent>();
        string? cursor = null;
        do
        {
            var page = store.QueryEvents(filter, cursor, 37);
            all.AddRange(page.Items);
            cursor = page.Next;
        } while (cursor is not null);
        return all;
    }

    private static List<StoredQuote> Drain(IEventStore store, QuoteFilter filter)
    {
        var all = new List<StoredQuote>();
        string? cursor = null;
        do
        {
            var page = store.QueryQuotes(filter, cursor, 5);
            all.AddRange(page.Items);
            cursor = page.Next;
        } while (cursor is not null);
        return all;
    }
}

public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-store-").FullName;

    protected override IEventStore Create(string? reopen = null) =>
        new SqliteEventStore(reopen ?? Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db"));

    protected override string LocationOf(IEventStore store) => ((SqliteEventStore)store).Path;

    protected override System.Data.Common.DbConnection Connect(IEventStore store) =>
        new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + LocationOf(store));

    [Fact]
    public void TheFileIsInWriteAheadLogMode()
    {
        using var store = (SqliteEventStore)Create();
        store.Store(SyntheticCorpus.Article(1, 1));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + store.Path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void BenchmarkLoadsSyntheticEventsAndTimesEveryQuery()
    {
        using var store = Create();
        var result = StoreBenchmark.Run(store, events: 2000, runs: 3);
        Assert.Equal(2000, result.Events);
        Assert.Equal(9, result.Timings.Count);
        Assert.All(result.Timings, t => Assert.True(t.MedianMs >= 0 && t.MaxMs >= t.MedianMs));
        Assert.Equal(100, result.Timings[0].Rows);
        Assert.Equal(2000, StoreBenchmark.Run(store, events: 2000, runs: 1).Events); // topping up a full store adds nothing
    }

    [Fact]
    public void ANonDatabaseFileIsRefusedWithOneLine()
    {
        string path = Path.Combine(folder, "not-a-db.db");
        File.WriteAllText(path, "this is plain text, not SQLite, and long enough to fill a header page......");
        var e = Assert.Throws<StoreException>(() => new SqliteEventStore(path));
        Assert.Contains("not a usable SQLite store", e.Message);
    }

    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : StoreContractTests
{
    protected override IEventStore Create(string? reopen = null)
    {
        string connectionString = reopen ?? server.CreateDatabase();
        var store = new PostgresEventStore(connectionString);
        connectionStrings[store] = connectionString;
        return store;
    }

    protected override string LocationOf(IEventStore store) => connectionStrings[store];

    protected override System.Data.Common.DbConnection Connect(IEventStore store) => new Npgsql.NpgsqlConnection(LocationOf(store));

    private readonly Dictionary<IEventStore, string> connectionStrings = [];

    [Fact]
    public void ABadConnectionIsRefusedWithOneLine()
    {
        var e = Assert.Throws<StoreException>(() => new PostgresEventStore($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=missing_db;Timeout=5"));
        Assert.Contains("cannot use the PostgreSQL store", e.Message);
    }

    [Fact]
    public void WritersOpeningAFreshDatabaseAtOnceAllGetTheSchema()
    {
        // Cluster workers start together: each runs the migrations, and none may fail on the others' tables.
        // Several rounds, since the race needs two catalog inserts to meet.
        for (int round = 0; round < 8; round++)
        {
            string connectionString = server.CreateDatabase();
            using var start = new Barrier(8);
            var opened = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                using var store = new PostgresEventStore(connectionString);
                return store.SchemaVersion;
            })).ToArray();
            Task.WaitAll(opened);
            Assert.All(opened, t => Assert.True(t.Result > 0));
        }
    }
}
