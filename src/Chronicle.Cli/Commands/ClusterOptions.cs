using System.CommandLine;
using Chronicle.Cluster;

namespace Chronicle.Cli.Commands;

/// <summary>Where the cluster's broker and database are, for <c>enqueue</c>, <c>worker</c> and <c>cluster status</c>.</summary>
public sealed class ClusterOptions
{
    public Option<string> Nats { get; } = new("--nats")
    {
        Description = "NATS server with JetStream enabled (nats://HOST:PORT).", HelpName = "URL", Required = true,
    };
    public Option<string> Pg { get; } = new("--pg")
    {
        Description = "PostgreSQL connection string of the shared store (\"Host=...;Username=...;Database=...\").", HelpName = "CONNSTRING", Required = true,
    };

    public static int Report(ClusterException e)
    {
        Console.Error.WriteLine($"chronicle: {e.Input}: {e.Problem}");
        return CliErrors.BadInput;
    }
}
