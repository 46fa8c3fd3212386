using System.Data.Common;

namespace Chronicle.Store.Tests;

/// <summary>Fresh SQLite stores in a temporary folder, each remembered with its file so a test can read
/// the story tables directly.</summary>
internal sealed class SqliteTestStores(string prefix) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-" + prefix + "-").FullName;
    private readonly Dictionary<IEventStore, string> paths = [];

    public IEventStore Create()
    {
        var store = new SqliteEventStore(Path.Combine(folder, $"{prefix}-{paths.Count}.db"));
        paths[store] = store.Path;
        return store;
    }

    public DbConnection Connect(IEventStore store) => new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + paths[store]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>Fresh PostgreSQL databases on the test server, each remembered with its connection string.</summary>
internal sealed class PostgresTestStores(PostgresServer server)
{
    private readonly Dictionary<IEventStore, string> connections = [];

    public IEventStore Create()
    {
        string connectionString = server.CreateDatabase();
        var store = new PostgresEventStore(connectionString);
        connections[store] = connectionString;
        return store;
    }

    public DbConnection Connect(IEventStore store) => new Npgsql.NpgsqlConnection(connections[store]);
}
