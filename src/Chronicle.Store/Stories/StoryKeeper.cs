using System.Data.Common;
using System.Globalization;
using Chronicle.Serialization;
using Chronicle.Stories;

namespace Chronicle.Store;

/// <summary>
/// Keeps a store's stories and global events: runs the <see cref="StoryClusterer"/> on each stored
/// article inside the store's transaction and writes what it decided. Every worker on a database keeps
/// its own index in memory; all assignment runs under one story lock (PostgreSQL: an advisory lock;
/// SQLite: the write transaction), and under it a worker first replays what others assigned since its
/// last look (rows with a higher <c>seq</c>). So the order of decisions is one total order, and two
/// workers never start two stories for one happening at once. docs/stories.md.
/// </summary>
internal sealed class StoryKeeper(StoryOptions options, EventLinkModel model, string? lockSql, int maxParameters)
{
    private readonly object _gate = new();
    private StoryClusterer? _clusterer;
    private long _seen; // highest seq this index has applied

    public StoryOptions Options => options;

    /// <summary>Assigns stories and links events for articles whose rows are already written in <paramref name="transaction"/>.</summary>
    public void Assign(DbConnection connection, DbTransaction transaction, IReadOnlyList<(Analysis Analysis, ArticleProfile Profile)> articles)
    {
        lock (_gate)
        {
            try
            {
                if (lockSql is not null) SqlEventStore.Execute(connection, transaction, lockSql);
                var clusterer = _clusterer ??= Warm(connection, transaction);
                CatchUp(clusterer, connection, transaction);
                var counters = new Counters(connection, transaction);
                var writer = new StoryRowWriter(connection, transaction, maxParameters);
                writer.ForgetArticles(articles.Select(a => a.Profile.ArticleId));
                foreach (var (analysis, profile) in articles)
                {
                    var assignment = clusterer.Assign(profile, counters);
                    writer.Write(analysis, profile, assignment, counters.NextSeq());
                }
                writer.Flush();
                counters.Save();
                _seen = counters.Seq;
            }
            catch
            {
                _clusterer = null; // the transaction will not commit: the index no longer matches the tables
                throw;
            }
        }
    }

    /// <summary>Drops an article's story rows (the article is being deleted) and forgets it.</summary>
    public void Forget(DbConnection connection, DbTransaction transaction, string articleId)
    {
        lock (_gate)
        {
            var writer = new StoryRowWriter(connection, transaction, maxParameters);
            writer.ForgetArticles([articleId]);
            writer.Flush();
            _clusterer?.Forget(articleId);
        }
    }

    /// <summary>Clears the story tables and assigns every stored article again in arrival order.</summary>
    public int Rebuild(Func<DbConnection> open, Func<IEnumerable<Analysis>> storedInArrivalOrder, Action<int>? progress = null, int batch = 200)
    {
        lock (_gate)
        {
            using (var connection = open())
            using (var transaction = connection.BeginTransaction())
            {
                if (lockSql is not null) SqlEventStore.Execute(connection, transaction, lockSql);
                foreach (var table in new[] { "event_mentions", "global_events", "story_merges", "story_articles", "stories" })
                    SqlEventStore.Execute(connection, transaction, $"DELETE FROM {table}");
                SqlEventStore.Execute(connection, transaction, "UPDATE story_counters SET value = 0");
                transaction.Commit();
            }
            _clusterer = new StoryClusterer(options, model);
            _seen = 0;
        }
        int done = 0;
        var pending = new List<(Analysis, ArticleProfile)>(batch);
        void FlushBatch()
        {
            using var connection = open();
            using var transaction = connection.BeginTransaction();
            Assign(connection, transaction, pending);
            transaction.Commit();
            done += pending.Count;
            pending.Clear();
            progress?.Invoke(done);
        }
        foreach (var analysis in storedInArrivalOrder())
        {
            pending.Add((analysis, ArticleProfiler.Profile(analysis)));
            if (pending.Count == batch) FlushBatch();
        }
        if (pending.Count > 0) FlushBatch();
        return done;
    }

    /// <summary>A fresh index from the stories still active: their articles replayed in the order they were assigned.</summary>
    private StoryClusterer Warm(DbConnection connection, DbTransaction transaction)
    {
        var clusterer = new StoryClusterer(options, model);
        var latest = SqlEventStore.Scalar(connection, transaction, "SELECT max(last_published) FROM stories WHERE merged_into IS NULL") as string;
        _seen = CurrentSeq(connection, transaction);
        if (StoryKeys.Day(latest) is not { } latestDay) return clusterer;
        string cutoff = StoryKeys.DayText(latestDay - options.ColdAfterDays - 1);
        Replay(clusterer, connection, transaction, """
            WHERE sa.story_id IN (SELECT id FROM stories WHERE merged_into IS NULL AND last_published >= @from)
            """, ("@from", cutoff));
        return clusterer;
    }

    /// <summary>Applies what other workers assigned and merged since this index last looked, in their order.</summary>
    private void CatchUp(StoryClusterer clusterer, DbConnection connection, DbTransaction transaction)
    {
        long now = CurrentSeq(connection, transaction);
        if (now == _seen) return;
        var merges = new List<(long Seq, long From, long Into)>();
        using (var command = SqlEventStore.Command(connection, transaction, "SELECT seq, from_story, into_story FROM story_merges WHERE seq > @w ORDER BY seq", [("@w", _seen)]))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) merges.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        Replay(clusterer, connection, transaction, "WHERE sa.seq > @w", ("@w", _seen), merges);
        _seen = now;
    }

    private static long CurrentSeq(DbConnection connection, DbTransaction transaction) =>
        Convert.ToInt64(SqlEventStore.Scalar(connection, transaction, "SELECT value FROM story_counters WHERE name = 'seq'"), CultureInfo.InvariantCulture);

    private static void Replay(StoryClusterer clusterer, DbConnection connection, DbTransaction transaction, string where,
        (string, object?) parameter, List<(long Seq, long From, long Into)>? merges = null)
    {
        var links = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        using (var command = SqlEventStore.Command(connection, transaction,
            "SELECT m.article_id, m.event_id, m.global_event_id FROM event_mentions m JOIN story_articles sa ON sa.article_id = m.article_id " + where, [parameter]))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                if (!links.TryGetValue(reader.GetString(0), out var map)) links[reader.GetString(0)] = map = new(StringComparer.Ordinal);
                map[reader.GetString(1)] = reader.GetInt64(2);
            }
        int nextMerge = 0;
        using (var command = SqlEventStore.Command(connection, transaction,
            "SELECT sa.seq, sa.article_id, sa.story_id, sa.source, a.title, sa.profile FROM story_articles sa LEFT JOIN articles a ON a.id = sa.article_id "
            + where + " ORDER BY sa.seq", [parameter]))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                long seq = reader.GetInt64(0);
                for (; merges is not null && nextMerge < merges.Count && merges[nextMerge].Seq <= seq; nextMerge++)
                    clusterer.Merge(merges[nextMerge].From, merges[nextMerge].Into);
                string id = reader.GetString(1);
                var profile = ArticleProfile.Parse(id, reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5));
                clusterer.Replay(profile, reader.GetInt64(2), links.GetValueOrDefault(id) ?? new Dictionary<string, long>());
            }
        for (; merges is not null && nextMerge < merges.Count; nextMerge++) clusterer.Merge(merges[nextMerge].From, merges[nextMerge].Into);
    }

    /// <summary>The id counters, read once under the lock and written back once.</summary>
    private sealed class Counters : IStoryIds
    {
        private readonly DbConnection _connection;
        private readonly DbTransaction _transaction;
        private long _story, _event;

        public Counters(DbConnection connection, DbTransaction transaction)
        {
            (_connection, _transaction) = (connection, transaction);
            using var command = SqlEventStore.Command(connection, transaction, "SELECT name, value FROM story_counters", []);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                long value = reader.GetInt64(1);
                switch (reader.GetString(0))
                {
                    case "seq": Seq = value; break;
                    case "story": _story = value; break;
                    case "global_event": _event = value; break;
                }
            }
        }

        public long Seq { get; private set; }
        public long NextSeq() => ++Seq;
        public long NextStory() => ++_story;
        public long NextGlobalEvent() => ++_event;

        public void Save()
        {
            foreach (var (name, value) in new[] { ("seq", Seq), ("story", _story), ("global_event", _event) })
                SqlEventStore.Execute(_connection, _transaction, "UPDATE story_counters SET value = @v WHERE name = @n", ("@v", value), ("@n", name));
        }
    }
}
