using System.CommandLine;
using Chronicle.Cluster;
using Chronicle.Ingest.Html;
using Chronicle.Pipeline;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle worker</c>: one analysis process of the cluster (run one per core).</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var cluster = new ClusterOptions();
        var drain = new Option<bool>("--drain") { Description = "Exit once nothing is waiting or in flight (otherwise run until stopped)." };
        var ackWait = new Option<int>("--ack-wait") { Description = "Seconds before an article a dead worker held goes to another worker (all workers should agree).", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
        var attempts = new Option<int>("--max-attempts") { Description = "Deliveries an article gets before it goes to the dead-letter subject.", DefaultValueFactory = _ => 3, HelpName = "N" };
        var name = new Option<string?>("--name") { Description = "This worker's name in `cluster status` (default HOST-PID).", HelpName = "NAME" };
        var command = new Command("worker",
            "Pull articles from the NATS JetStream work stream, analyze them (one at a time, on one core) and store each into PostgreSQL " +
            "in one transaction keyed by article id (a redelivered article replaces, never duplicates), acknowledging only after the " +
            "commit. An article a dead worker held comes back after the ack wait; one that fails --max-attempts times is dead-lettered " +
            "with its reason (see `chronicle cluster status`). Prints stored / retried / dead-lettered counts when it stops.\n\n" +
            "Example:\n  chronicle worker --nats nats://queue:4222 --pg \"Host=db;Username=chronicle;Database=chronicle\"")
        {
            cluster.Nats, cluster.Pg, drain, ackWait, attempts, name,
        };
        command.SetAction(async (parse, cancel) =>
        {
            int ackSeconds = parse.GetValue(ackWait), maxAttempts = parse.GetValue(attempts);
            if (ackSeconds < 1) return Fail("--ack-wait", "must be at least 1 second");
            if (maxAttempts < 1) return Fail("--max-attempts", "must be at least 1");
            var options = new WorkerOptions { AckWait = TimeSpan.FromSeconds(ackSeconds), MaxAttempts = maxAttempts, Drain = parse.GetValue(drain) };
            if (parse.GetValue(name) is { } given) options = options with { Name = given };
            try
            {
                using var store = new PostgresEventStore(parse.GetValue(cluster.Pg)!);
                using var ledger = new ClusterLedger(parse.GetValue(cluster.Pg)!);
                await using var broker = await Broker.ConnectAsync(parse.GetValue(cluster.Nats)!, "chronicle-worker " + options.Name, cancel);
                var processor = new ArticleProcessor(new Analyzer(ChroniclePipeline.CreateDefault(), new HtmlAnalysis()), store);
                var summary = await new ClusterWorker(broker, processor, ledger, options).RunAsync(cancel);
                Console.Error.WriteLine($"chronicle: worker {options.Name}: stored {summary.Stored}, retried {summary.Retried}, dead-lettered {summary.DeadLettered}");
                return 0;
            }
            catch (StoreException e)
            {
                return Fail("--pg", e.Message);
            }
            catch (ClusterException e)
            {
                return ClusterOptions.Report(e);
            }
        });
        return command;
    }

    private static int Fail(string input, string problem)
    {
        Console.Error.WriteLine($"chronicle: {input}: {problem}");
        return CliErrors.BadInput;
    }
}
