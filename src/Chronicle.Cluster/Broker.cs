using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Chronicle.Cluster;

/// <summary>A connection to the NATS JetStream broker holding Chronicle's work: creates the streams and
/// the shared consumer when missing (every process may be the first), publishes articles, and reads the
/// queue's state. Connection and API problems become a <see cref="ClusterException"/> naming the URL.</summary>
public sealed class Broker : IAsyncDisposable
{
    private readonly NatsConnection connection;

    private Broker(string url, NatsConnection connection, NatsJSContext jetStream)
    {
        Url = url;
        this.connection = connection;
        JetStream = jetStream;
    }

    public string Url { get; }
    public NatsJSContext JetStream { get; }

    /// <summary>The largest message the server accepts (its max_payload), in bytes.</summary>
    public long MaxPayload => connection.ServerInfo?.MaxPayload ?? 1024 * 1024;

    public static async Task<Broker> ConnectAsync(string url, string clientName, CancellationToken cancel = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("nats" or "tls" or "ws" or "wss"))
            throw new ClusterException(url, "not a NATS URL (expected nats://HOST:PORT)");
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = clientName, ConnectTimeout = TimeSpan.FromSeconds(5) });
        try
        {
            await connection.ConnectAsync();
            var jetStream = new NatsJSContext(connection);
            await jetStream.GetAccountInfoAsync(cancel); // fails here, clearly, when the server runs without -js
            return new Broker(url, connection, jetStream);
        }
        catch (Exception e) when (e is NatsException or NatsJSException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new ClusterException(url, $"cannot use the NATS JetStream broker ({e.Message})", e);
        }
    }

    /// <summary>Creates (or updates) the work stream and the dead-letter stream; what <c>enqueue</c> needs.</summary>
    public Task EnsureStreamsAsync(CancellationToken cancel = default) => Guard(async () =>
    {
        await JetStream.CreateOrUpdateStreamAsync(new StreamConfig(ClusterNames.WorkStream, [ClusterNames.WorkSubject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = ClusterNames.DuplicateWindow,
            Description = "Chronicle: articles waiting for analysis",
        }, cancel);
        await JetStream.CreateOrUpdateStreamAsync(new StreamConfig(ClusterNames.DeadStream, [ClusterNames.DeadSubject])
        {
            Retention = StreamConfigRetention.Limits,
            Storage = StreamConfigStorage.File,
            Description = "Chronicle: articles that failed every delivery, with the reason",
        }, cancel);
    });

    /// <summary>The streams plus the workers' shared durable consumer (the last worker to start sets the ack wait).</summary>
    public async Task EnsureQueueAsync(TimeSpan ackWait, CancellationToken cancel = default)
    {
        await EnsureStreamsAsync(cancel);
        await Guard(() => JetStream.CreateOrUpdateConsumerAsync(ClusterNames.WorkStream, new ConsumerConfig(ClusterNames.Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = ackWait,
            MaxDeliver = -1, // the worker decides when an article is dead (it knows the reason); see ClusterWorker
            MaxAckPending = 10_000,
        }, cancel).AsTask());
    }

    /// <summary>Publishes one article; false when the broker already holds this id (a repeated enqueue).</summary>
    public async Task<bool> PublishAsync(string subject, string messageId, byte[] body, CancellationToken cancel = default)
    {
        var ack = await Guard(() => JetStream.PublishAsync(subject, body, opts: new NatsJSPubOpts { MsgId = messageId }, cancellationToken: cancel).AsTask());
        // NATS.Net's EnsureSuccess throws on a duplicate ack; a duplicate is the broker's dedup working, not a failure.
        if (ack.Duplicate) return false;
        ack.EnsureSuccess();
        return true;
    }

    /// <summary>Keeps a dead article for inspection: its original body (re-enqueue it once fixed), the reason in headers.</summary>
    public async Task PublishDeadAsync(string articleId, byte[] body, string reason, int deliveries, string worker, CancellationToken cancel = default)
    {
        var headers = new NatsHeaders
        {
            ["Chronicle-Article"] = HeaderValue(articleId),
            ["Chronicle-Reason"] = HeaderValue(reason),
            ["Chronicle-Deliveries"] = deliveries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Chronicle-Worker"] = HeaderValue(worker),
        };
        var ack = await Guard(() => JetStream.PublishAsync(ClusterNames.DeadSubject, body, headers: headers, cancellationToken: cancel).AsTask());
        ack.EnsureSuccess();
    }

    /// <summary>Header values are one line of text.</summary>
    private static string HeaderValue(string value) => string.Create(value.Length, value, (span, v) =>
    {
        for (int i = 0; i < v.Length; i++) span[i] = char.IsControl(v[i]) ? ' ' : v[i];
    });

    public Task<INatsJSConsumer> ConsumerAsync(CancellationToken cancel = default) =>
        Guard(() => JetStream.GetConsumerAsync(ClusterNames.WorkStream, ClusterNames.Consumer, cancel).AsTask());

    /// <summary>The queue as the broker sees it; zeros before anything was enqueued.</summary>
    public async Task<QueueState> QueueStateAsync(CancellationToken cancel = default)
    {
        return await Guard(async () =>
        {
            try
            {
                var consumer = await JetStream.GetConsumerAsync(ClusterNames.WorkStream, ClusterNames.Consumer, cancel);
                var work = await JetStream.GetStreamAsync(ClusterNames.WorkStream, cancellationToken: cancel);
                long dead = 0;
                try
                {
                    dead = (long)(await JetStream.GetStreamAsync(ClusterNames.DeadStream, cancellationToken: cancel)).Info.State.Messages;
                }
                catch (NatsJSApiException e) when (e.Error.Code == 404)
                {
                }
                var info = consumer.Info;
                return new QueueState((long)work.Info.State.Messages, (long)info.NumPending, info.NumAckPending, info.NumRedelivered, dead);
            }
            catch (NatsJSApiException e) when (e.Error.Code == 404)
            {
                return new QueueState(0, 0, 0, 0, 0);
            }
        });
    }

    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (NatsJSApiException e) when (e.Error.Code != 404)
        {
            throw new ClusterException(Url, $"JetStream refused the request ({e.Error.Description}, code {e.Error.ErrCode})", e);
        }
        catch (Exception e) when (e is NatsException and not NatsJSApiException || e is TimeoutException)
        {
            throw new ClusterException(Url, $"NATS request failed ({e.Message})", e);
        }
    }

    private Task Guard(Func<Task> call) => Guard(async () => { await call(); return true; });

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

/// <summary>Depth: messages in the work stream (waiting + in flight); waiting: not yet handed to a worker;
/// in flight: handed out and not yet acknowledged; redelivered: in flight for another try; dead: dead letters kept.</summary>
public sealed record QueueState(long Depth, long Waiting, long InFlight, long Redelivered, long DeadLetters);

/// <summary>A broker or cluster-store problem worth one line: <c>chronicle: INPUT: PROBLEM</c>.</summary>
public sealed class ClusterException(string input, string problem, Exception? inner = null) : Exception($"{input}: {problem}", inner)
{
    public string Input { get; } = input;
    public string Problem { get; } = problem;
}
