using System.Data.Common;

namespace Chronicle.Store.Tests;

/// <summary>The reading side of stories (QueryStories, GetStory, the event queries' story fields) on a real SQLite
/// file and a real PostgreSQL server, over articles stored through <c>Store()</c>, whose writer assigns the stories.</summary>
public abstract class StoryStoreTests : IDisposable
{
    protected abstract IEventStore Create();
    protected abstract DbConnection Connect(IEventStore store);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private static void Sql(DbConnection connection, string sql, params (string, object?)[] parameters) =>
        SqlEventStore.Execute(connection, null, sql, parameters);

    [Fact]
    public void ThreeOutletsReportingOneMeetingMakeOneStoryWithOneGlobalEvent()
    {
        using var store = Create();
        long id = StoryTestData.StoreAll(store);
        var story = store.GetStory(id)!;
        Assert.Equal(id, story.Story.Id);
        Assert.Equal(StoryTestData.HostileTitle, story.Story.Title);
        Assert.Equal(StoryTestData.Border, story.Articles.Select(a => a.Id));           // by publication, then id
        Assert.Equal(StoryTestData.Border, story.Story.Articles);
        Assert.Equal(["2024-03-12", "2024-03-12", "2024-03-13"], story.Articles.Select(a => a.Published));
        Assert.Equal(new[] { "North Post", StoryTestData.HostileOutlet, "West Daily" }.Order(StringComparer.Ordinal), story.Story.Sources);
        Assert.Equal(("2024-03-12", "2024-03-13"), (story.Story.FirstPublished, story.Story.LastPublished));

        var meeting = story.Events.Single(g => g.Mentions.Select(m => m.ArticleId).Distinct().Count() == 3);
        Assert.Equal((3, 3), (meeting.Event.NumSources, meeting.Event.NumArticles));
        Assert.Equal(meeting.Mentions.Count, meeting.Event.NumMentions);
        Assert.Equal(story.Story.GlobalEvents, story.Events.Select(g => g.Event.Id));
        Assert.All(meeting.Mentions, m => Assert.Equal("met", m.Trigger.Text));
        var text = store.GetArticle("border-2")!.Text;
        var loaded = meeting.Mentions.Single(m => m.ArticleId == "border-2");
        Assert.Equal([StoryTestData.LoadedTerm], loaded.LoadedTerms);
        Assert.Equal(StoryTestData.HostileOutlet, loaded.Source);
        Assert.Equal("met", text[loaded.Trigger.Start..loaded.Trigger.End]);
        Assert.All(meeting.Mentions.Where(m => m.ArticleId != "border-2"), m => Assert.Empty(m.LoadedTerms));

        var killed = Assert.Single(story.Disagreements);
        Assert.Equal("killed", killed.Unit);
        Assert.Equal(StoryTestData.Border, killed.Reports.Select(r => r.ArticleId));
        Assert.Equal([12.0, 15.0, 12.0], killed.Reports.Select(r => r.Value));
        var second = killed.Reports[1];
        Assert.Equal(second.Text, text[second.Start..second.End]);
        Assert.Empty(story.Merges);
        Assert.Null(store.GetStory(id + 10_000));
    }

    [Fact]
    public void StoriesAreFilteredByTheirEventsAndArticleWordsNewestFirst()
    {
        using var store = Create();
        long border = StoryTestData.StoreAll(store);
        var all = store.QueryStories(StoryFilter.None).Items;
        Assert.Equal(2, all.Count);
        Assert.Equal(["strike-1"], all[0].Articles);                              // June before March: newest last publication first
        Assert.Equal(border, all[1].Id);

        long Only(StoryFilter filter) => Assert.Single(store.QueryStories(filter).Items).Id;
        Assert.Equal(border, Only(new StoryFilter { Events = new EventFilter { Actor = "FRA" } }));
        Assert.Equal(border, Only(new StoryFilter { Events = new EventFilter { Root = "04", Place = "Paris", From = "2024-03-01" } }));
        Assert.Equal(all[0].Id, Only(new StoryFilter { Events = new EventFilter { Root = "17" } }));
        Assert.Equal(all[0].Id, Only(new StoryFilter { Query = "Nairobi transport" }));
        Assert.Equal(border, Only(new StoryFilter { Query = "Dupont", Events = new EventFilter { Cameo = "04" } }));
        Assert.Empty(store.QueryStories(new StoryFilter { Query = "Nairobi", Events = new EventFilter { Actor = "FRA" } }).Items);
        Assert.Empty(store.QueryStories(new StoryFilter { Query = "<>!" }).Items);   // nothing left to search for

        var first = store.QueryStories(StoryFilter.None, null, 1);
        Assert.NotNull(first.Next);
        var second = store.QueryStories(StoryFilter.None, first.Next, 1);
        Assert.Equal(all.Select(s => s.Id), first.Items.Concat(second.Items).Select(s => s.Id));
        Assert.Null(second.Next);
        Assert.Throws<StoreException>(() => store.QueryStories(StoryFilter.None, "not-a-cursor"));
    }

    [Fact]
    public void AMergedAwayStoryResolvesToTheOneItWentInto()
    {
        using var store = Create();
        long border = StoryTestData.StoreAll(store);
        long strike = store.QueryEvents(new EventFilter { ArticleId = "strike-1" }).Items[0].StoryId!.Value;
        using (var connection = Connect(store))
        {
            connection.Open();
            // What the writer does when an article shows two stories to be one (StoryRowWriter.Flush).
            Sql(connection, "UPDATE stories SET merged_into = @into WHERE id = @from", ("@into", border), ("@from", strike));
            Sql(connection, "UPDATE story_articles SET story_id = @into WHERE story_id = @from", ("@into", border), ("@from", strike));
            Sql(connection, "UPDATE global_events SET story_id = @into WHERE story_id = @from", ("@into", border), ("@from", strike));
            Sql(connection, "INSERT INTO story_merges (from_story, into_story, score, seq, merged_at) VALUES (@from, @into, 0.5, 99, '2024-06-21T00:00:00Z')",
                ("@into", border), ("@from", strike));
        }
        var merged = store.GetStory(strike)!;
        Assert.Equal(border, merged.Story.Id);
        Assert.Equal([.. StoryTestData.Border, "strike-1"], merged.Articles.Select(a => a.Id));
        Assert.Equal(new StoryMerge(strike, border, 0.5, "2024-06-21T00:00:00Z"), Assert.Single(merged.Merges));
        Assert.Contains(merged.Events, g => g.Mentions.Any(m => m.ArticleId == "strike-1"));
        Assert.Equal([border], store.QueryStories(StoryFilter.None).Items.Select(s => s.Id));
        Assert.Equal([border], store.QueryStories(new StoryFilter { Events = new EventFilter { Root = "17" } }).Items.Select(s => s.Id));
    }

    [Fact]
    public void EventsCarryTheirGlobalEventAndStoryAndNullWhenUnlinked()
    {
        using var store = Create();
        long border = StoryTestData.StoreAll(store);
        var meeting = StoryTestData.Border.Select(a => store.QueryEvents(new EventFilter { ArticleId = a }).Items.Single(e => e.Trigger.Text == "met")).ToList();
        Assert.All(meeting, e => Assert.Equal(border, e.StoryId));
        Assert.Single(meeting.Select(e => e.GlobalEventId).Distinct());
        Assert.NotNull(meeting[0].GlobalEventId);
        using (var connection = Connect(store))
        {
            connection.Open();
            // A store filled before stories existed: events with no mention rows and articles in no story.
            Sql(connection, "DELETE FROM event_mentions WHERE article_id = 'strike-1'");
            Sql(connection, "DELETE FROM story_articles WHERE article_id = 'strike-1'");
        }
        var all = store.QueryEvents(EventFilter.None, null, 1000).Items;
        Assert.All(all.Where(e => e.ArticleId == "strike-1"), e => Assert.Equal((null, null), (e.GlobalEventId, e.StoryId)));
        Assert.All(all.Where(e => e.ArticleId != "strike-1"), e => Assert.NotNull(e.GlobalEventId));
        var paged = store.QueryEvents(EventFilter.None, null, 2);                 // keys-first paging still pages
        Assert.Equal(all.Take(2).Select(e => (e.Key, e.GlobalEventId)), paged.Items.Select(e => (e.Key, e.GlobalEventId)));
    }

    [Theory]
    [InlineData("The French troops stationed in Iraq.", "french troops stationed in iraq")]
    [InlineData("  french   TROOPS, stationed in Iraq ", "french troops stationed in iraq")]
    [InlineData(null, "")]
    [InlineData("the", "the")]
    public void CountedThingsAreComparedInOneSpelling(string? about, string expected) =>
        Assert.Equal(expected, SqlEventStore.NormalizeAbout(about));
}

public sealed class SqliteStoryStoreTests : StoryStoreTests
{
    private readonly SqliteTestStores stores = new("stories");

    protected override IEventStore Create() => stores.Create();

    protected override DbConnection Connect(IEventStore store) => stores.Connect(store);

    public override void Dispose()
    {
        base.Dispose();
        stores.Dispose();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryStoreTests(PostgresServer server) : StoryStoreTests
{
    private readonly PostgresTestStores stores = new(server);

    protected override IEventStore Create() => stores.Create();

    protected override DbConnection Connect(IEventStore store) => stores.Connect(store);
}
