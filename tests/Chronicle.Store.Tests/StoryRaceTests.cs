using System.Data.Common;
using Chronicle.Serialization;

namespace Chronicle.Store.Tests;

/// <summary>Two workers (two store objects on one database, each with its own story index) store the
/// interleaved halves of one synthetic story at the same time, round after round. The story lock and
/// the catch-up replay under it must keep the story whole: every article ends in one story (after
/// following merges), and no id is handed out twice.</summary>
public abstract class StoryRaceTests : IDisposable
{
    private const int Rounds = 8;
    private const int ArticlesPerStory = 12;

    /// <summary>A new empty database, as a way to open it (each call: another store object on it).</summary>
    protected abstract Func<IEventStore> NewDatabase();
    protected abstract DbConnection Connect(Func<IEventStore> database);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    [Fact]
    public void TwoWorkersStoringOneStoryAtOnceNeverSplitIt() =>
        Race((store, analysis) => store.Store(analysis));

    [Fact]
    public void TwoWorkersAssigningOneStoryAtOnceNeverSplitIt() =>
        Race((store, analysis) => ((SqlEventStore)store).AssignStories([analysis]));

    private void Race(Action<IEventStore, Analysis> write)
    {
        var database = NewDatabase();
        using var first = database();
        using var second = database();
        var workers = new[] { first, second };
        var stories = new List<IReadOnlyList<Analysis>>();
        for (int round = 0; round < Rounds; round++)
        {
            // Far-apart story numbers: each round's story has words and people of its own.
            var story = SyntheticStories.Story(1000 + round * 37, seed: 5, size: ArticlesPerStory);
            stories.Add(story);
            using var start = new Barrier(2);
            var failures = new List<Exception>();
            var threads = Enumerable.Range(0, 2).Select(worker => new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    for (int i = worker; i < story.Count; i += 2) write(workers[worker], story[i]);
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add(e);
                }
            })).ToList();
            foreach (var thread in threads) thread.Start();
            foreach (var thread in threads) thread.Join();
            Assert.Empty(failures);
        }

        using var connection = Connect(database);
        connection.Open();
        var partition = ((SqlEventStore)first).StoryPartition();
        var storyIds = new HashSet<long>();
        foreach (var story in stories)
        {
            var ids = story.Select(a => partition[a.Id!]).Distinct().ToList();
            Assert.True(ids.Count == 1, $"story of {story[0].Id} split into {ids.Count}: {string.Join(", ", ids)}");
            Assert.True(storyIds.Add(ids[0]), $"two stories share the id {ids[0]}");
        }
        // Every link points at a global event that exists once, in a story that exists.
        Assert.Equal(0L, Count(connection, "SELECT count(*) FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM global_events g WHERE g.id = m.global_event_id)"));
        Assert.Equal(0L, Count(connection, "SELECT count(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sa.story_id AND s.merged_into IS NULL)"));
        Assert.Equal(Count(connection, "SELECT count(*) FROM global_events"), Count(connection, "SELECT count(DISTINCT id) FROM global_events"));
        Assert.Equal(Rounds * ArticlesPerStory, Count(connection, "SELECT count(*) FROM story_articles"));
        // The counters are ahead of every id handed out.
        Assert.True(Count(connection, "SELECT value FROM story_counters WHERE name = 'story'") >= Count(connection, "SELECT max(id) FROM stories"));
        Assert.True(Count(connection, "SELECT value FROM story_counters WHERE name = 'global_event'") >= Count(connection, "SELECT max(id) FROM global_events"));
    }

    internal static long Count(DbConnection connection, string sql) =>
        Convert.ToInt64(SqlEventStore.Scalar(connection, null, sql), System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqliteStoryRaceTests : StoryRaceTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-story-race-").FullName;
    private readonly Dictionary<Func<IEventStore>, string> paths = [];

    protected override Func<IEventStore> NewDatabase()
    {
        string path = Path.Combine(folder, $"race-{paths.Count}.db");
        Func<IEventStore> open = () => new SqliteEventStore(path);
        paths[open] = path;
        return open;
    }

    protected override DbConnection Connect(Func<IEventStore> database) => new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + paths[database]);

    public override void Dispose()
    {
        base.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryRaceTests(PostgresServer server) : StoryRaceTests
{
    private readonly Dictionary<Func<IEventStore>, string> connections = [];

    protected override Func<IEventStore> NewDatabase()
    {
        string connectionString = server.CreateDatabase();
        Func<IEventStore> open = () => new PostgresEventStore(connectionString);
        connections[open] = connectionString;
        return open;
    }

    protected override DbConnection Connect(Func<IEventStore> database) => new Npgsql.NpgsqlConnection(connections[database]);
}
