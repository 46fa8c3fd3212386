using Npgsql;

namespace Chronicle.Cluster;

/// <summary>What the workers record next to the articles in PostgreSQL: one row per worker (counts and
/// busy time, for per-worker rates) and one row per dead article with its reason. The tables belong to
/// the cluster, not to the event store's schema, so they are created here (idempotently, under an
/// advisory lock so workers starting together do not race) and the single-machine store never has them.</summary>
public sealed class ClusterLedger : IDisposable
{
    private const string Schema = """
        SELECT pg_advisory_xact_lock(7243002);
        CREATE TABLE IF NOT EXISTS cluster_workers (
            worker TEXT PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL, last_seen TIMESTAMPTZ NOT NULL, state TEXT NOT NULL,
            stored BIGINT NOT NULL DEFAULT 0, failed BIGINT NOT NULL DEFAULT 0, words BIGINT NOT NULL DEFAULT 0,
            busy_seconds DOUBLE PRECISION NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS cluster_failures (
            article_id TEXT PRIMARY KEY, reason TEXT NOT NULL, deliveries INTEGER NOT NULL, worker TEXT NOT NULL,
            failed_at TIMESTAMPTZ NOT NULL);
        """;

    private readonly NpgsqlDataSource dataSource;

    public ClusterLedger(string connectionString)
    {
        try
        {
            // Worker counts are statistics: committing them without waiting for the WAL flush saves a disk
            // sync per article, and a crash loses at most the last few counts. The articles themselves are
            // stored by the event store's own, synchronous, transactions.
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            builder.Options = $"{builder.Options} -c synchronous_commit=off".TrimStart();
            dataSource = NpgsqlDataSource.Create(builder);
        }
        catch (ArgumentException e)
        {
            throw new ClusterException("--pg", $"bad PostgreSQL connection string ({e.Message})", e);
        }
        Guard(() =>
        {
            using var connection = dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            Execute(connection, Schema);
            transaction.Commit();
        });
    }

    public void WorkerStarted(string worker) => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, """
            INSERT INTO cluster_workers (worker, started_at, last_seen, state) VALUES (@w, now(), now(), 'running')
            ON CONFLICT (worker) DO UPDATE SET started_at = now(), last_seen = now(), state = 'running', stored = 0, failed = 0, words = 0, busy_seconds = 0
            """, ("@w", worker));
    });

    /// <summary>Counts one stored article and the time it took, and forgets an earlier failure of it
    /// (re-enqueued after a fix): one round trip, since it runs once per article.</summary>
    public void ArticleStored(string worker, string articleId, long words, double seconds) => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, """
            DELETE FROM cluster_failures WHERE article_id = @id;
            UPDATE cluster_workers SET last_seen = now(), stored = stored + 1, words = words + @words, busy_seconds = busy_seconds + @secs
            WHERE worker = @w
            """, ("@w", worker), ("@id", articleId), ("@words", words), ("@secs", seconds));
    });

    public void ArticleFailed(string worker) => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, "UPDATE cluster_workers SET last_seen = now(), failed = failed + 1 WHERE worker = @w", ("@w", worker));
    });

    public void WorkerStopped(string worker) => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, "UPDATE cluster_workers SET last_seen = now(), state = 'stopped' WHERE worker = @w", ("@w", worker));
    });

    /// <summary>Records why an article is dead (the latest reason wins if it is enqueued and fails again).</summary>
    public void RecordFailure(string articleId, string reason, int deliveries, string worker) => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, """
            INSERT INTO cluster_failures (article_id, reason, deliveries, worker, failed_at) VALUES (@id, @r, @d, @w, now())
            ON CONFLICT (article_id) DO UPDATE SET reason = @r, deliveries = @d, worker = @w, failed_at = now()
            """, ("@id", articleId), ("@r", reason), ("@d", deliveries), ("@w", worker));
    });

    public IReadOnlyList<WorkerRow> Workers() => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        using var command = Command(connection, """
            SELECT worker, state, stored, failed, words, busy_seconds,
                   EXTRACT(EPOCH FROM last_seen - started_at)::float8, EXTRACT(EPOCH FROM now() - last_seen)::float8
            FROM cluster_workers ORDER BY worker
            """);
        using var reader = command.ExecuteReader();
        var rows = new List<WorkerRow>();
        while (reader.Read())
            rows.Add(new WorkerRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7)));
        return rows;
    });

    public long FailureCount() => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        using var command = Command(connection, "SELECT count(*) FROM cluster_failures");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>The newest failures first.</summary>
    public IReadOnlyList<FailureRow> Failures(int limit) => Guard(() =>
    {
        using var connection = dataSource.OpenConnection();
        using var command = Command(connection,
            "SELECT article_id, reason, deliveries, worker, failed_at FROM cluster_failures ORDER BY failed_at DESC, article_id LIMIT @n", ("@n", limit));
        using var reader = command.ExecuteReader();
        var rows = new List<FailureRow>();
        while (reader.Read())
            rows.Add(new FailureRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        return rows;
    });

    public void Dispose() => dataSource.Dispose();

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            throw new ClusterException("--pg", $"cannot use the PostgreSQL cluster tables ({e.Message})", e);
        }
    }

    private static void Guard(Action call) => Guard(() => { call(); return true; });
}

/// <summary>One worker's counts; <c>LifetimeSeconds</c> runs from its start to its last report.</summary>
public sealed record WorkerRow(string Worker, string State, long Stored, long Failed, long Words, double BusySeconds,
    double LifetimeSeconds, double SecondsSinceSeen)
{
    public double ArticlesPerSecond => LifetimeSeconds > 0 ? (Stored + Failed) / LifetimeSeconds : 0;
    public double WordsPerBusySecond => BusySeconds > 0 ? Words / BusySeconds : 0;
}

public sealed record FailureRow(string ArticleId, string Reason, int Deliveries, string Worker, DateTimeOffset FailedAt);
