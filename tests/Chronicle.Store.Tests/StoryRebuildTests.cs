using System.Data.Common;
using Chronicle.Serialization;

namespace Chronicle.Store.Tests;

/// <summary>Rebuilding a store's stories gives what arrival order gave, and re-storing articles (re-analysis)
/// keeps the story and global event counts equal to the link tables, with no empty story or global event left.</summary>
public abstract class StoryRebuildTests : IDisposable
{
    protected abstract IEventStore Create();
    protected abstract DbConnection Connect(IEventStore store);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    /// <summary>Over two weeks at 30 articles a day, so stories go cold and the indexes sweep them out.</summary>
    private static List<Analysis> Archive() => SyntheticStories.Articles(400, seed: 3, articlesPerDay: 30).ToList();

    [Fact]
    public void RebuildGivesTheStoriesAndLinksOfArrivalOrder()
    {
        using var store = Create();
        var sql = (SqlEventStore)store;
        var archive = Archive();
        foreach (var a in archive) store.Store(a);
        var stories = Groups(sql.StoryPartition());
        var links = Groups(sql.MentionLinks());
        var counts = sql.CountStories();
        Assert.InRange(stories.Count, 20, archive.Count - 1);   // stories of many articles, and more than one story
        Assert.True(counts.Mentions > counts.GlobalEvents, "some events are reported by more than one article");

        Assert.Equal(archive.Count, sql.RebuildStories());
        Assert.Equal(stories, Groups(sql.StoryPartition()));
        Assert.Equal(links, Groups(sql.MentionLinks()));
        Assert.Equal(counts, sql.CountStories());
        AssertCountsMatchLinks(store);
    }

    [Fact]
    public void ReStoringArticlesKeepsCountsEqualToTheLinks()
    {
        using var store = Create();
        var archive = Archive();
        foreach (var a in archive) store.Store(a);
        AssertCountsMatchLinks(store);

        // The same analysis again, one with an event fewer, and one rewritten as a report in another story:
        // its old story and any global event only it reported must go, the new ones count it.
        var again = archive.Where((_, i) => i % 7 == 0).ToList();
        foreach (var a in again) store.Store(Copy(a));
        AssertCountsMatchLinks(store);

        var fewer = archive.Where(a => a.Events.Count >= 2).Take(30).Select(Copy).ToList();
        foreach (var a in fewer)
        {
            a.Events.RemoveAt(a.Events.Count - 1);
            store.Store(a);
        }
        AssertCountsMatchLinks(store);

        var partition = ((SqlEventStore)store).StoryPartition();
        var alone = archive.Where(a => partition.Count(p => p.Value == partition[a.Id!]) == 1).Take(10).ToList();
        Assert.NotEmpty(alone);
        var crowded = partition.GroupBy(p => p.Value).OrderByDescending(g => g.Count()).First();
        var model = archive.First(a => a.Id == crowded.First().Key);
        foreach (var a in alone)
        {
            var moved = Copy(model);
            moved.Id = a.Id;
            store.Store(moved);
        }
        AssertCountsMatchLinks(store);
        var after = ((SqlEventStore)store).StoryPartition();
        Assert.All(alone, a => Assert.Equal(after[model.Id!], after[a.Id!]));
        using var connection = Connect(store);
        connection.Open();
        foreach (var a in alone)
            Assert.Equal(0L, StoryRaceTests.Count(connection, $"SELECT count(*) FROM stories WHERE id = {partition[a.Id!]} AND merged_into IS NULL"));
    }

    /// <summary>Live stories count their articles and outlets, global events their mentions, articles and outlets,
    /// exactly as the link tables hold them; nothing live is empty and no link points at something gone.</summary>
    private void AssertCountsMatchLinks(IEventStore store)
    {
        using var connection = Connect(store);
        connection.Open();
        long Count(string sql) => StoryRaceTests.Count(connection, sql);
        Assert.Equal(0L, Count("""
            SELECT count(*) FROM stories s WHERE s.merged_into IS NULL AND (
                s.articles <> (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)
                OR s.sources <> (SELECT count(DISTINCT sa.source) FROM story_articles sa WHERE sa.story_id = s.id))
            """));
        Assert.Equal(0L, Count("""
            SELECT count(*) FROM global_events g WHERE
                g.num_mentions <> (SELECT count(*) FROM event_mentions m WHERE m.global_event_id = g.id)
                OR g.num_articles <> (SELECT count(DISTINCT m.article_id) FROM event_mentions m WHERE m.global_event_id = g.id)
                OR g.num_sources <> (SELECT count(DISTINCT m.source) FROM event_mentions m WHERE m.global_event_id = g.id)
            """));
        Assert.Equal(0L, Count("SELECT count(*) FROM stories WHERE merged_into IS NULL AND articles = 0"));
        Assert.Equal(0L, Count("SELECT count(*) FROM global_events WHERE num_mentions = 0"));
        Assert.Equal(0L, Count("SELECT count(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sa.story_id AND s.merged_into IS NULL)"));
        Assert.Equal(0L, Count("SELECT count(*) FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM global_events g WHERE g.id = m.global_event_id)"));
        Assert.Equal(0L, Count("SELECT count(*) FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = m.article_id AND e.event_id = m.event_id)"));
        Assert.Equal(Count("SELECT count(*) FROM articles"), Count("SELECT count(*) FROM story_articles"));
    }

    /// <summary>A partition as a comparable value: its groups (sorted ids), sorted.</summary>
    private static List<string> Groups(Dictionary<string, long> assignment) =>
        assignment.GroupBy(p => p.Value).Select(g => string.Join(" ", g.Select(p => p.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

    private static Analysis Copy(Analysis a) => AnalysisJson.Deserialize(AnalysisJson.Serialize(a))!;
}

public sealed class SqliteStoryRebuildTests : StoryRebuildTests
{
    private readonly SqliteTestStores stores = new("story-rebuild");

    protected override IEventStore Create() => stores.Create();

    protected override DbConnection Connect(IEventStore store) => stores.Connect(store);

    public override void Dispose()
    {
        base.Dispose();
        stores.Dispose();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryRebuildTests(PostgresServer server) : StoryRebuildTests
{
    private readonly PostgresTestStores stores = new(server);

    protected override IEventStore Create() => stores.Create();

    protected override DbConnection Connect(IEventStore store) => stores.Connect(store);
}
