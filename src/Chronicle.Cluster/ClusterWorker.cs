using System.Diagnostics;
using Chronicle.Input;
using Chronicle.Store;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Npgsql;

namespace Chronicle.Cluster;

public sealed record WorkerOptions
{
    /// <summary>How long the broker waits for an acknowledgement before handing the article to another worker.
    /// A live worker extends it while it analyzes (progress acks), so it only bounds how soon a dead worker's article moves.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Deliveries an article gets before it is dead-lettered.</summary>
    public int MaxAttempts { get; init; } = 3;
    /// <summary>Stop when nothing is waiting and nothing is in flight anywhere (otherwise run until cancelled).</summary>
    public bool Drain { get; init; }
    /// <summary>How long one pull waits for a message before the worker looks at the queue again.</summary>
    public TimeSpan PollWait { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Messages one pull asks for: fewer round trips than one at a time, and few enough that the
    /// last of them is reached well inside the ack wait (they wait in this worker unacknowledged).</summary>
    public int Prefetch { get; init; } = 4;
    public string Name { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";
}

public sealed record WorkerSummary(long Stored, long Retried, long DeadLettered);

/// <summary>The worker loop: pull one article from the shared durable consumer, analyze and store it,
/// acknowledge only after the commit. An unacknowledged article (this worker died) comes back after the
/// ack wait; a failed one is retried with a growing delay; after <see cref="WorkerOptions.MaxAttempts"/>
/// deliveries it is published to the dead-letter subject and its reason recorded in PostgreSQL.</summary>
public sealed class ClusterWorker(Broker broker, ArticleProcessor processor, ClusterLedger ledger, WorkerOptions options)
{
    /// <summary>Longest a live worker keeps one article to itself by progress acks (a hung analysis then moves on).</summary>
    private static readonly TimeSpan MaxHold = TimeSpan.FromMinutes(10);

    private long stored, retried, dead;

    public async Task<WorkerSummary> RunAsync(CancellationToken stop)
    {
        await broker.EnsureQueueAsync(options.AckWait, stop);
        var consumer = await broker.ConsumerAsync(stop);
        ledger.WorkerStarted(options.Name);
        try
        {
            var fetch = new NatsJSFetchOpts { MaxMsgs = options.Prefetch, Expires = options.PollWait };
            while (!stop.IsCancellationRequested)
            {
                int received = 0;
                try
                {
                    // A fetch is one pull request (one inbox subscription) for up to Prefetch messages; a
                    // started article is finished and acknowledged even when stop is requested meanwhile.
                    await foreach (var message in consumer.FetchAsync<byte[]>(fetch, cancellationToken: stop))
                    {
                        received++;
                        await HandleAsync(message);
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                if (received == 0 && options.Drain && await QueueIsEmptyAsync(consumer, stop)) break;
            }
        }
        finally
        {
            ledger.WorkerStopped(options.Name);
        }
        return new WorkerSummary(stored, retried, dead);
    }

    /// <summary>Nothing waiting and nothing in flight: another worker's unacknowledged article would still come back.</summary>
    private static async Task<bool> QueueIsEmptyAsync(INatsJSConsumer consumer, CancellationToken stop)
    {
        await consumer.RefreshAsync(stop);
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    private async Task HandleAsync(INatsJSMsg<byte[]> message)
    {
        string id = message.Headers?.TryGetValue("Nats-Msg-Id", out var values) == true ? values.ToString() : $"stream message {message.Metadata?.Sequence.Stream}";
        int deliveries = (int)(message.Metadata?.NumDelivered ?? 1);
        if (deliveries > options.MaxAttempts)
        {
            // Every earlier delivery ended without an answer: the workers died on it or hung past the hold limit.
            await DeadLetterAsync(message, id, deliveries, $"no worker finished it in {deliveries - 1} deliveries (each stopped or ran past the ack wait)");
            return;
        }
        var clock = Stopwatch.StartNew();
        string? failure = null;
        long words = 0;
        using (KeepAlive(message))
        {
            try
            {
                words = processor.Process(id, message.Data ?? []);
            }
            catch (InputException e)
            {
                failure = e.Problem;
            }
            catch (StoreException e)
            {
                failure = $"store refused it ({e.Message})";
            }
            catch (NpgsqlException e) when (e.IsTransient)
            {
                // The database is away, not the article's fault: give it back at once and stop this worker.
                await message.NakAsync();
                throw new ClusterException("--pg", $"PostgreSQL is unreachable ({e.Message})", e);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = $"internal error ({e.GetType().Name}: {e.Message})";
            }
        }
        if (failure is null)
        {
            ledger.ArticleStored(options.Name, id, words, clock.Elapsed.TotalSeconds); // committed: counts even if the ack is lost
            await message.AckAsync(new AckOpts { DoubleAck = true });
            stored++;
        }
        else if (deliveries >= options.MaxAttempts)
        {
            await DeadLetterAsync(message, id, deliveries, failure);
        }
        else
        {
            await message.NakAsync(new AckOpts { NakDelay = TimeSpan.FromSeconds(Math.Min(60, 1 << deliveries)) });
            retried++;
        }
    }

    private async Task DeadLetterAsync(INatsJSMsg<byte[]> message, string id, int deliveries, string reason)
    {
        ledger.RecordFailure(id, reason, deliveries, options.Name);
        await broker.PublishDeadAsync(id, message.Data ?? [], reason, deliveries, options.Name);
        await message.AckTerminateAsync(new AckOpts { DoubleAck = true });
        ledger.ArticleFailed(options.Name);
        dead++;
    }

    /// <summary>Progress acks while this worker holds the article, so a slow analysis is not taken for a dead worker.</summary>
    private IDisposable KeepAlive(INatsJSMsg<byte[]> message)
    {
        var period = options.AckWait / 3;
        var held = Stopwatch.StartNew();
        return new Timer(_ =>
        {
            if (held.Elapsed < MaxHold) _ = message.AckProgressAsync().AsTask();
        }, null, period, period);
    }
}
