using Chronicle.Ingest.Sources;

namespace Chronicle.Cluster;

public sealed class EnqueueSummary
{
    public int Read { get; set; }
    public int Queued { get; set; }
    /// <summary>Articles the broker already held under the same id (dropped by its duplicate window).</summary>
    public int AlreadyQueued { get; set; }
    public List<(string Input, string Problem)> Failures { get; } = [];
}

/// <summary><c>chronicle enqueue</c>: reads the sources with the same <see cref="SourceReader"/> as
/// <c>ingest</c> and publishes one message per article to the work stream, the article id as the
/// message id so the broker drops a repeated enqueue. Publishes are pipelined (up to
/// <see cref="InFlight"/> waiting for their acknowledgement) and each one counts only once the broker
/// has stored it.</summary>
public sealed class Enqueuer(Broker broker, SourceReader reader)
{
    private const int InFlight = 256;

    public EnqueueSummary Summary { get; } = new();

    public async Task<EnqueueSummary> RunAsync(IReadOnlyList<string> units, CancellationToken cancel = default)
    {
        await broker.EnsureStreamsAsync(cancel);
        var pending = new List<Task>(InFlight);
        foreach (var unit in units)
        {
            foreach (var item in reader.Read(unit))
            {
                Summary.Read++;
                if (Problem(item) is { } problem)
                {
                    Summary.Failures.Add((item.Input, problem));
                    continue;
                }
                pending.Add(PublishAsync(item, ArticleMessage.Encode(item), cancel));
                if (pending.Count == InFlight) await DrainAsync(pending);
            }
        }
        await DrainAsync(pending);
        return Summary;
    }

    private string? Problem(IngestItem item)
    {
        if (item.Error is not null) return item.Error;
        if (ArticleMessage.IdProblem(item.Id) is { } idProblem) return idProblem;
        if (string.IsNullOrWhiteSpace(item.Content)) return "empty text";
        // The body is about the content's size in UTF-8 plus a few hundred bytes of JSON.
        long size = System.Text.Encoding.UTF8.GetByteCount(item.Content) + 512;
        return size > broker.MaxPayload
            ? $"article is about {size:N0} bytes, over the broker's max_payload of {broker.MaxPayload:N0} (raise max_payload in the nats-server configuration)"
            : null;
    }

    private async Task PublishAsync(IngestItem item, byte[] body, CancellationToken cancel)
    {
        // Acknowledgements complete on pool threads, several at once: count under a lock.
        try
        {
            bool queued = await broker.PublishAsync(ClusterNames.WorkSubject, item.Id, body, cancel);
            lock (Summary)
            {
                if (queued) Summary.Queued++;
                else Summary.AlreadyQueued++;
            }
        }
        catch (ClusterException e)
        {
            lock (Summary) Summary.Failures.Add((item.Input, e.Problem));
        }
    }

    private static async Task DrainAsync(List<Task> pending)
    {
        await Task.WhenAll(pending);
        pending.Clear();
    }
}
