using System.Text;
using System.Text.Json;
using Chronicle.Cluster;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sources;
using Chronicle.Input;
using Chronicle.Pipeline;
using NATS.Client.JetStream;

namespace Chronicle.Store.Tests;

/// <summary>The cluster's guarantees at small scale, against a real nats-server with JetStream and a real
/// PostgreSQL: an article a dead worker held is redelivered and stored once; a redelivered article that
/// was already committed replaces its rows; an article that keeps failing goes to the dead-letter stream
/// with its reason stored and shown.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterWorkerTests(PostgresServer postgres) : IDisposable
{
    private static readonly TimeSpan AckWait = TimeSpan.FromSeconds(1);
    private static readonly Lazy<Analyzer> SharedAnalyzer = new(() => new Analyzer(ChroniclePipeline.CreateDefault(), new HtmlAnalysis()));

    private readonly NatsServer nats = new();
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-cluster-").FullName;

    public void Dispose()
    {
        nats.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ArticleHeldByADeadWorkerIsRedeliveredAndStoredOnce()
    {
        string pg = postgres.CreateDatabase();
        await using var broker = await Broker.ConnectAsync(nats.Url, "test");
        await Enqueue(broker, Article("a1", "France"), Article("a2", "Iraq"), Article("a3", "Kenya"));
        await broker.EnsureQueueAsync(AckWait);
        // A worker that took an article and died before acknowledging it: nothing ever answers the message.
        var held = await (await broker.ConsumerAsync()).NextAsync<byte[]>();
        Assert.NotNull(held);

        var summary = await RunWorker(broker, pg);

        Assert.Equal(3, summary.Stored);
        using var store = new PostgresEventStore(pg);
        Assert.Equal(3, store.Counts().Articles);
        string heldId = held!.Headers!["Nats-Msg-Id"].ToString();
        Assert.NotNull(store.GetArticle(heldId));
        var queue = await broker.QueueStateAsync();
        Assert.Equal((0, 0), (queue.Depth, queue.InFlight));
    }

    [Fact]
    public async Task RedeliveredArticleReplacesItsRowsInsteadOfDuplicatingThem()
    {
        string pg = postgres.CreateDatabase();
        await using var broker = await Broker.ConnectAsync(nats.Url, "test");
        await Enqueue(broker, Article("r1", "Germany"));
        await broker.EnsureQueueAsync(AckWait);
        // The article is committed, then its worker dies before the acknowledgement: it comes back.
        var first = (await (await broker.ConsumerAsync()).NextAsync<byte[]>())!;
        using var store = new PostgresEventStore(pg);
        new ArticleProcessor(SharedAnalyzer.Value, store).Process("r1", first.Data ?? []);
        var once = store.GetArticle("r1")!;
        long eventsOnce = store.Counts().Events;
        Assert.True(eventsOnce > 0, "the fixture article should yield events");

        var summary = await RunWorker(broker, pg);

        Assert.Equal(1, summary.Stored);
        var counts = store.Counts();
        Assert.Equal(1, counts.Articles);
        Assert.Equal(eventsOnce, counts.Events);
        Assert.Equal(once.Quotes.Count, counts.Quotes);
        Assert.Equal(once.Text, store.GetArticle("r1")!.Text);
    }

    [Fact]
    public async Task ArticleFailingEveryDeliveryIsDeadLetteredWithItsReason()
    {
        string pg = postgres.CreateDatabase();
        await using var broker = await Broker.ConnectAsync(nats.Url, "test");
        await Enqueue(broker, Article("good", "Japan"));
        // A message no worker can read (not a JSON Lines record), published as enqueue would.
        Assert.True(await broker.PublishAsync(ClusterNames.WorkSubject, "broken", Encoding.UTF8.GetBytes("{\"id\": \"broken\", \"text\": 42}")));
        await broker.EnsureQueueAsync(AckWait);

        var summary = await RunWorker(broker, pg, maxAttempts: 2);

        Assert.Equal((1L, 1L, 1L), (summary.Stored, summary.Retried, summary.DeadLettered));
        using var store = new PostgresEventStore(pg);
        using var ledger = new ClusterLedger(pg);
        var status = await ClusterStatus.ReadAsync(broker, store, ledger, failuresShown: 10);
        Assert.Equal(1, status.Stored);
        Assert.Equal(1, status.Failed);
        Assert.Equal(1, status.Queue.DeadLetters);
        Assert.Equal(0, status.Queue.Depth);
        var failure = Assert.Single(status.RecentFailures);
        Assert.Equal("broken", failure.ArticleId);
        Assert.Equal(2, failure.Deliveries);
        Assert.Contains("text", failure.Reason);
        var reader = await broker.JetStream.CreateOrderedConsumerAsync(ClusterNames.DeadStream);
        var letter = (await reader.NextAsync<byte[]>())!;
        Assert.Equal("broken", letter.Headers!["Chronicle-Article"].ToString());
        Assert.Equal(failure.Reason, letter.Headers!["Chronicle-Reason"].ToString());
    }

    private async Task<WorkerSummary> RunWorker(Broker broker, string pg, int maxAttempts = 3)
    {
        using var store = new PostgresEventStore(pg);
        using var ledger = new ClusterLedger(pg);
        var options = new WorkerOptions { AckWait = AckWait, MaxAttempts = maxAttempts, Drain = true, Name = "test-worker" };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await new ClusterWorker(broker, new ArticleProcessor(SharedAnalyzer.Value, store), ledger, options).RunAsync(timeout.Token);
    }

    private async Task Enqueue(Broker broker, params string[] records)
    {
        string path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(path, records);
        var summary = await new Enqueuer(broker, new SourceReader(TextInput.DefaultMaxBytes, null)).RunAsync([path]);
        Assert.Equal(records.Length, summary.Queued);
    }

    /// <summary>A short made-up report about <paramref name="country"/> with an event and a quote in it.</summary>
    private static string Article(string id, string country) => JsonSerializer.Serialize(new
    {
        id,
        published = "2024-05-02",
        text = $"The President of {country} met the Prime Minister of Canada in Ottawa on Tuesday. " +
               $"\"We agreed to work together on trade,\" the President of {country} told reporters. " +
               $"Police in {country} arrested 40 protesters on Wednesday, officials said.",
    });
}
