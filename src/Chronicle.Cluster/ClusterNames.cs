namespace Chronicle.Cluster;

/// <summary>The names every enqueuer, worker and status reader must agree on: one durable work stream
/// read by one shared pull consumer, and one stream that keeps the dead letters.</summary>
public static class ClusterNames
{
    /// <summary>Articles waiting to be analyzed (work-queue retention: a message leaves when acknowledged).</summary>
    public const string WorkStream = "CHRONICLE_ARTICLES";
    public const string WorkSubject = "chronicle.articles";

    /// <summary>The durable consumer all workers share, so each article goes to one worker at a time.</summary>
    public const string Consumer = "chronicle-workers";

    /// <summary>Articles that failed every delivery, with the reason (limits retention: kept for inspection).</summary>
    public const string DeadStream = "CHRONICLE_DEAD";
    public const string DeadSubject = "chronicle.dead";

    /// <summary>How long the broker remembers a message id, so a repeated enqueue of an article is dropped.
    /// A day covers re-running a day's feed; the broker keeps one entry per id for this long (see docs/scale-out.md).</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);
}
