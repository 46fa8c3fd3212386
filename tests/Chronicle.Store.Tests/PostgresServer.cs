using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Chronicle.Store.Tests;

/// <summary>A private PostgreSQL cluster for the tests: initdb into a temporary folder, started on a
/// free port on 127.0.0.1 and stopped (and deleted) at the end. The system service is not used.
/// As root it runs the server as the <c>postgres</c> user, which PostgreSQL requires.</summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string directory;
    private readonly string bin;
    private readonly bool asPostgresUser;
    private int databases;

    public PostgresServer()
    {
        bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run scripts/setup.sh");
        asPostgresUser = Environment.UserName == "root";
        directory = Path.Combine(Path.GetTempPath(), "chronicle-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        if (asPostgresUser) Run("chown", $"postgres {directory}", asUser: false);
        Port = FreePort();
        string data = Path.Combine(directory, "data");
        Run(Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", asUser: true);
        Run(Path.Combine(bin, "pg_ctl"), $"-D {data} -o \"-c listen_addresses=127.0.0.1 -p {Port} -k {directory} -c fsync=off\" -l {directory}/log -w start", asUser: true);
        ConnectionString = $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true";
    }

    public int Port { get; }
    public string ConnectionString { get; }

    /// <summary>A new empty database; its connection string.</summary>
    public string CreateDatabase()
    {
        string name = "chronicle_test_" + Interlocked.Increment(ref databases);
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), $"-D {Path.Combine(directory, "data")} -m fast -w stop", asUser: true);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void Run(string program, string arguments, bool asUser)
    {
        var info = asUser && asPostgresUser
            ? new ProcessStartInfo("su", ["postgres", "-s", "/bin/sh", "-c", $"{program} {arguments}"])
            : new ProcessStartInfo("/bin/sh", ["-c", $"{program} {arguments}"]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error}{output.Result}");
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
