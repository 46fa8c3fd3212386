using System.CommandLine;
using System.Globalization;
using Chronicle.Cluster;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle cluster status</c>: the queue, the results and the workers at a glance.</summary>
public static class ClusterCommand
{
    public static Command Create()
    {
        var cluster = new ClusterOptions();
        var failures = new Option<int>("--failures") { Description = "How many dead articles to list with their reasons (newest first).", DefaultValueFactory = _ => 20, HelpName = "N" };
        var status = new Command("status",
            "Show the work stream (depth, waiting, in flight, redelivered, dead letters), what PostgreSQL holds (stored, failed with " +
            "reasons) and each worker's counts and rate.")
        {
            cluster.Nats, cluster.Pg, failures,
        };
        status.SetAction(async (parse, cancel) =>
        {
            try
            {
                using var store = new PostgresEventStore(parse.GetValue(cluster.Pg)!);
                using var ledger = new ClusterLedger(parse.GetValue(cluster.Pg)!);
                await using var broker = await Broker.ConnectAsync(parse.GetValue(cluster.Nats)!, "chronicle-status", cancel);
                Print(await ClusterStatus.ReadAsync(broker, store, ledger, Math.Max(0, parse.GetValue(failures)), cancel));
                return 0;
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"chronicle: --pg: {e.Message}");
                return CliErrors.BadInput;
            }
            catch (ClusterException e)
            {
                return ClusterOptions.Report(e);
            }
        });
        return new Command("cluster", "The many-machine deployment: NATS JetStream work queue, PostgreSQL results (docs/scale-out.md).") { status };
    }

    private static void Print(ClusterStatus s)
    {
        var c = CultureInfo.InvariantCulture;
        var q = s.Queue;
        Console.WriteLine(string.Create(c, $"queue: depth {q.Depth}, waiting {q.Waiting}, in flight {q.InFlight} (redelivered {q.Redelivered}), dead letters {q.DeadLetters}"));
        Console.WriteLine(string.Create(c, $"store: stored {s.Stored}, failed {s.Failed}"));
        Console.WriteLine($"workers: {s.Workers.Count}");
        foreach (var w in s.Workers)
            Console.WriteLine(string.Create(c,
                $"  {w.Worker}  {w.State}  stored {w.Stored}  failed {w.Failed}  {w.ArticlesPerSecond:0.00} articles/s  {w.WordsPerBusySecond:N0} words/s busy  last seen {w.SecondsSinceSeen:0}s ago"));
        if (s.RecentFailures.Count > 0) Console.WriteLine("failed articles (newest first):");
        foreach (var f in s.RecentFailures)
            Console.WriteLine(string.Create(c, $"  {f.ArticleId}: {f.Reason} ({f.Deliveries} deliveries, last by {f.Worker}, {f.FailedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z)"));
    }
}
