using System.Data.Common;
using Npgsql;

namespace Chronicle.Store;

/// <summary>The shared store for many workers: PostgreSQL with tsvector full-text search. Writers
/// of the same article serialize on an advisory lock; schema migrations on another.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private readonly NpgsqlDataSource dataSource;

    public PostgresEventStore(string connectionString)
    {
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"bad PostgreSQL connection string ({e.Message})", e);
        }
        try
        {
            Migrate();
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            dataSource.Dispose();
            throw new StoreException($"cannot use the PostgreSQL store ({e.Message})", e);
        }
    }

    public override string Kind => "postgresql";

    protected override DbConnection OpenConnection() => dataSource.OpenConnection();

    private protected override IReadOnlyList<string> MigrationScripts => Migrations.Postgres;
    // Arbitrary constant naming "Chronicle schema migration" among advisory locks.
    protected override string? MigrationLockSql => "SELECT pg_advisory_xact_lock(7243001)";
    protected override string? ArticleLockSql => "SELECT pg_advisory_xact_lock(hashtext(@id))";
    protected override string? StoryLockSql => "SELECT pg_advisory_xact_lock(7243002)";
    internal override int MaxStatementParameters => 30_000;
    protected override string LikeOperator => "ILIKE";
    protected override string OptimizeSql => "ANALYZE";

    protected override string ArticleSearchSql => """
        SELECT a.id, a.title, a.published, a.url, ts_rank(a.search, query)::float8 AS rank,
               ts_headline('english', a.text, query, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12')
        FROM articles a, websearch_to_tsquery('english', @q) query
        WHERE a.search @@ query ORDER BY rank DESC, a.row_id LIMIT @limit OFFSET @offset
        """;

    protected override string QuoteTextCondition => "q.search @@ websearch_to_tsquery('english', @qtext)";
    protected override string ArticleTextCondition => "a.search @@ websearch_to_tsquery('english', @atext)";

    protected override string? PrepareTextQuery(string query) => string.IsNullOrWhiteSpace(query) ? null : query;

    public override void Dispose()
    {
        dataSource.Dispose();
        base.Dispose();
    }
}
