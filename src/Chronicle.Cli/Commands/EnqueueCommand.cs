using System.CommandLine;
using Chronicle.Cluster;
using Chronicle.Input;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle enqueue</c>: the sources <c>ingest</c> reads, published to the JetStream work stream for workers.</summary>
public static class EnqueueCommand
{
    public static Command Create()
    {
        var sources = new SourceOptions();
        var cluster = new ClusterOptions();
        var command = new Command("enqueue",
            "Read articles exactly as ingest does (files, folders, feeds, URLs, JSON Lines) and publish one message per article to the " +
            "durable NATS JetStream work stream, for `chronicle worker` processes to analyze. The article id is the message id, so " +
            "enqueuing the same article again within a day is dropped by the broker. Prints: read, queued, already queued, failed.\n\n" +
            "Example:\n  chronicle enqueue news/ feed.xml --nats nats://queue:4222");
        sources.AddTo(command);
        command.Options.Add(cluster.Nats);
        command.SetAction(async (parse, cancel) =>
        {
            try
            {
                var (units, reader, fetcher) = sources.Open(parse);
                using var fetcherScope = fetcher;
                await using var broker = await Broker.ConnectAsync(parse.GetValue(cluster.Nats)!, "chronicle-enqueue", cancel);
                var summary = await new Enqueuer(broker, reader).RunAsync(units, cancel);
                foreach (var (input, problem) in summary.Failures) Console.Error.WriteLine($"chronicle: {input}: {problem}");
                Console.Error.WriteLine($"chronicle: enqueue: read {summary.Read}, queued {summary.Queued}, already queued {summary.AlreadyQueued}, failed {summary.Failures.Count}");
                return summary.Failures.Count > 0 ? CliErrors.BadInput : 0;
            }
            catch (InputException e)
            {
                return CliErrors.Report(e);
            }
            catch (ClusterException e)
            {
                return ClusterOptions.Report(e);
            }
        });
        return command;
    }
}
