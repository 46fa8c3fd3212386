using System.Data.Common;
using System.Globalization;
using Chronicle.Serialization;
using Chronicle.Stories;

namespace Chronicle.Store;

/// <summary>
/// Writes a batch of story decisions: new rows go out as multi-row INSERTs, merges as a few UPDATEs,
/// and the counts (articles and outlets per story; mentions, articles and outlets per global event) are
/// recounted from the link tables once per batch for the stories and events it touched, so they are
/// right whatever order re-analysis, merges and other workers' writes came in.
/// </summary>
internal sealed class StoryRowWriter
{
    private const int IdsPerStatement = 500;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly RowBatch _rows;
    private readonly BatchedTable _stories, _articles, _events, _mentions;
    private readonly List<(long From, long Into, double Score, long Seq)> _merges = [];
    private readonly HashSet<long> _touchedStories = [];
    private readonly HashSet<long> _touchedEvents = [];

    public StoryRowWriter(DbConnection connection, DbTransaction transaction, int maxParameters)
    {
        (_connection, _transaction) = (connection, transaction);
        _rows = new RowBatch(connection, transaction, maxParameters);
        _stories = _rows.Table("stories", "id", "title", "first_published", "last_published", "articles", "sources", "merged_into", "seq");
        _articles = _rows.Table("story_articles", "article_id", "story_id", "source", "published", "score", "seq", "profile");
        _events = _rows.Table("global_events", "id", "story_id", "cameo", "root", "quad_class", "goldstein", "source_code", "source_name",
            "target_code", "target_name", "event_date", "location_name", "location_country", "lat", "lon",
            "num_mentions", "num_sources", "num_articles", "first_seen", "confidence", "seq");
        _mentions = _rows.Table("event_mentions", "article_id", "event_id", "global_event_id", "source", "score", "seq");
    }

    /// <summary>Deletes the story rows of articles stored before (re-analysis), remembering what to recount.</summary>
    public void ForgetArticles(IEnumerable<string> articleIds)
    {
        foreach (var chunk in articleIds.Chunk(IdsPerStatement))
        {
            var list = SqlEventStore.InList("@i", chunk, out var parameters);
            using (var command = SqlEventStore.Command(_connection, _transaction, $"SELECT story_id FROM story_articles WHERE article_id IN ({list})", parameters))
            using (var reader = command.ExecuteReader())
                while (reader.Read()) _touchedStories.Add(reader.GetInt64(0));
            using (var command = SqlEventStore.Command(_connection, _transaction, $"SELECT global_event_id FROM event_mentions WHERE article_id IN ({list})", parameters))
            using (var reader = command.ExecuteReader())
                while (reader.Read()) _touchedEvents.Add(reader.GetInt64(0));
            SqlEventStore.Execute(_connection, _transaction, $"DELETE FROM story_articles WHERE article_id IN ({list})", [.. parameters]);
            SqlEventStore.Execute(_connection, _transaction, $"DELETE FROM event_mentions WHERE article_id IN ({list})", [.. parameters]);
        }
    }

    public void Write(Analysis analysis, ArticleProfile profile, ArticleAssignment assignment, long seq)
    {
        if (assignment.NewStory)
            _stories.Write(assignment.StoryId, analysis.Title, analysis.Published, analysis.Published, 0, 0, null, seq);
        if (assignment.MergedFrom is { } from) _merges.Add((from, assignment.StoryId, assignment.MergeScore, seq));
        _touchedStories.Add(assignment.StoryId);
        _articles.Write(profile.ArticleId, assignment.StoryId, analysis.Source, analysis.Published, assignment.Score, seq, profile.Serialize());

        var events = new Dictionary<string, Chronicle.Annotations.EventRecord>(StringComparer.Ordinal);
        foreach (var e in analysis.Events) events.TryAdd(e.Id, e);
        foreach (var link in assignment.Links)
        {
            _touchedEvents.Add(link.GlobalEventId);
            _mentions.Write(profile.ArticleId, link.EventId, link.GlobalEventId, analysis.Source, link.Score, seq);
            if (!link.NewEvent || !events.TryGetValue(link.EventId, out var e)) continue;
            _events.Write(link.GlobalEventId, assignment.StoryId, e.Cameo, e.Root, e.QuadClass, e.Goldstein,
                e.Source?.Code?.ToUpperInvariant(), e.Source?.Name, e.Target?.Code?.ToUpperInvariant(), e.Target?.Name,
                e.Date ?? analysis.Published, e.Location?.Name, e.Location?.Country, e.Location?.Lat, e.Location?.Lon,
                0, 0, 0, analysis.Published ?? Today(), e.Confidence, seq);
        }
    }

    public void Flush()
    {
        _rows.Flush();
        foreach (var (from, into, score, seq) in _merges)
        {
            SqlEventStore.Execute(_connection, _transaction, "UPDATE stories SET merged_into = @into, seq = @seq WHERE id = @from", ("@into", into), ("@seq", seq), ("@from", from));
            SqlEventStore.Execute(_connection, _transaction, "UPDATE story_articles SET story_id = @into WHERE story_id = @from", ("@into", into), ("@from", from));
            SqlEventStore.Execute(_connection, _transaction, "UPDATE global_events SET story_id = @into WHERE story_id = @from", ("@into", into), ("@from", from));
            SqlEventStore.Execute(_connection, _transaction, "UPDATE stories SET merged_into = @into WHERE merged_into = @from", ("@into", into), ("@from", from));
            SqlEventStore.Execute(_connection, _transaction, "INSERT INTO story_merges (from_story, into_story, score, seq, merged_at) VALUES (@from, @into, @score, @seq, @at)",
                ("@from", from), ("@into", into), ("@score", score), ("@seq", seq), ("@at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            _touchedStories.Add(into);
        }
        _merges.Clear();
        // One grouped pass over the link rows per statement (not three correlated subqueries per row);
        // an emptied story or global event is deleted first, since the grouping has no row for it.
        Recount("DELETE FROM stories WHERE id IN ({ids}) AND merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = stories.id)", """
            UPDATE stories SET articles = c.n, sources = c.s, first_published = coalesce(c.first, stories.first_published),
                last_published = coalesce(c.last, stories.last_published)
            FROM (SELECT story_id AS id, count(*) AS n, count(DISTINCT source) AS s, min(published) AS first, max(published) AS last
                  FROM story_articles WHERE story_id IN ({ids}) GROUP BY story_id) AS c
            WHERE stories.id = c.id
            """, _touchedStories);
        Recount("DELETE FROM global_events WHERE id IN ({ids}) AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.global_event_id = global_events.id)", """
            UPDATE global_events SET num_mentions = c.n, num_articles = c.a, num_sources = c.s
            FROM (SELECT global_event_id AS id, count(*) AS n, count(DISTINCT article_id) AS a, count(DISTINCT source) AS s
                  FROM event_mentions WHERE global_event_id IN ({ids}) GROUP BY global_event_id) AS c
            WHERE global_events.id = c.id
            """, _touchedEvents);
    }

    private void Recount(string deleteEmpty, string update, HashSet<long> ids)
    {
        foreach (var chunk in ids.Order().Chunk(IdsPerStatement))
        {
            var list = SqlEventStore.InList("@i", chunk, out var parameters);
            SqlEventStore.Execute(_connection, _transaction, deleteEmpty.Replace("{ids}", list), [.. parameters]);
            SqlEventStore.Execute(_connection, _transaction, update.Replace("{ids}", list), [.. parameters]);
        }
        ids.Clear();
    }

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
