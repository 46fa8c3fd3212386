using System.Globalization;

namespace Chronicle.Store;

/// <summary>What the story tables hold: live stories (not merged away), stories merged into others, recorded
/// merges, global events, their mentions and the articles with a story.</summary>
public sealed record StoryCounts(long Stories, long MergedStories, long Merges, long GlobalEvents, long Mentions, long Articles)
{
    public double MentionsPerGlobalEvent => GlobalEvents == 0 ? 0 : (double)Mentions / GlobalEvents;
}

public abstract partial class SqlEventStore
{
    /// <summary>Row counts of the story tables (the stories benchmark, <c>chronicle stories rebuild</c>).</summary>
    public StoryCounts CountStories()
    {
        using var connection = OpenConnection();
        long Count(string sql) => Convert.ToInt64(Scalar(connection, null, sql), CultureInfo.InvariantCulture);
        return new StoryCounts(
            Count("SELECT count(*) FROM stories WHERE merged_into IS NULL"), Count("SELECT count(*) FROM stories WHERE merged_into IS NOT NULL"),
            Count("SELECT count(*) FROM story_merges"), Count("SELECT count(*) FROM global_events"),
            Count("SELECT count(*) FROM event_mentions"), Count("SELECT count(*) FROM story_articles"));
    }

    /// <summary>Each article's story (a merge moves the merged story's rows, so this is always the story that lives on).</summary>
    internal Dictionary<string, long> StoryPartition()
    {
        using var connection = OpenConnection();
        var partition = new Dictionary<string, long>(StringComparer.Ordinal);
        using var command = Command(connection, null, "SELECT article_id, story_id FROM story_articles", []);
        using var reader = command.ExecuteReader();
        while (reader.Read()) partition[reader.GetString(0)] = reader.GetInt64(1);
        return partition;
    }

    /// <summary>Each event mention's global event, keyed "article_id/event_id".</summary>
    internal Dictionary<string, long> MentionLinks()
    {
        using var connection = OpenConnection();
        var links = new Dictionary<string, long>(StringComparer.Ordinal);
        using var command = Command(connection, null, "SELECT article_id, event_id, global_event_id FROM event_mentions", []);
        using var reader = command.ExecuteReader();
        while (reader.Read()) links[reader.GetString(0) + "/" + reader.GetString(1)] = reader.GetInt64(2);
        return links;
    }
}
