using Chronicle.Store;

namespace Chronicle.Cluster;

/// <summary>What <c>chronicle cluster status</c> shows: the queue from the broker, the results from
/// PostgreSQL (articles stored, articles dead with their reasons, each worker's counts and rate).</summary>
public sealed record ClusterStatus(QueueState Queue, long Stored, long Failed, IReadOnlyList<WorkerRow> Workers, IReadOnlyList<FailureRow> RecentFailures)
{
    public static async Task<ClusterStatus> ReadAsync(Broker broker, IEventStore store, ClusterLedger ledger, int failuresShown, CancellationToken cancel = default)
    {
        var queue = await broker.QueueStateAsync(cancel);
        return new ClusterStatus(queue, store.Counts().Articles, ledger.FailureCount(), ledger.Workers(), ledger.Failures(failuresShown));
    }
}
