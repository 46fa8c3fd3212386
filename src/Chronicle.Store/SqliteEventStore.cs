using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store;

/// <summary>The embedded store: one SQLite file in WAL mode (readers never wait for the writer),
/// FTS5 indexes over article text and quotes.</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly string connectionString;

    public SqliteEventStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (directory is not null && !Directory.Exists(directory)) throw new StoreException($"{path}: the folder does not exist");
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        try
        {
            using (var connection = OpenConnection())
                Execute(connection, null, "PRAGMA journal_mode = WAL");
            Migrate();
            Optimize(); // statistics for the planner where they are stale or missing (cheap when they are fresh)
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: not a usable SQLite store ({e.Message})", e);
        }
    }

    public string Path { get; }
    public override string Kind => "sqlite";

    protected override DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Per connection: WAL makes NORMAL durable across crashes except for the last commits on power loss.
        Execute(connection, null, "PRAGMA synchronous = NORMAL");
        return connection;
    }

    private protected override IReadOnlyList<string> MigrationScripts => Migrations.Sqlite;
    protected override string? MigrationLockSql => null;   // BEGIN IMMEDIATE already locks the file
    protected override string? ArticleLockSql => null;
    protected override string? StoryLockSql => null;   // BEGIN IMMEDIATE already serializes writers
    internal override int MaxStatementParameters => 100;
    protected override string LikeOperator => "LIKE";      // ASCII case-insensitive in SQLite
    protected override string OptimizeSql => "PRAGMA optimize = 0x10002";

    protected override string ArticleSearchSql => """
        SELECT a.id, a.title, a.published, a.url, -bm25(articles_fts, 4.0, 1.0) AS rank,
               snippet(articles_fts, 1, char(1), char(2), '…', 24)
        FROM articles_fts JOIN articles a ON a.row_id = articles_fts.rowid
        WHERE articles_fts MATCH @q ORDER BY bm25(articles_fts, 4.0, 1.0), a.row_id LIMIT @limit OFFSET @offset
        """;

    protected override string QuoteTextCondition => "q.row_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @qtext)";
    protected override string ArticleTextCondition => "a.row_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @atext)";

    /// <summary>FTS5 has its own query language in which stray quotes or operators are errors; a
    /// user's words become quoted terms that must all occur (the same meaning as PostgreSQL's
    /// websearch_to_tsquery gives plain words).</summary>
    protected override string? PrepareTextQuery(string query)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (char c in query.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (word.Length > 0) { terms.Add("\"" + word + "\""); word.Clear(); }
        }
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    public override void Dispose()
    {
        try { Optimize(); } catch (SqliteException) { } // SQLite's advice: optimize before closing; never fatal
        using (var connection = new SqliteConnection(connectionString)) SqliteConnection.ClearPool(connection);
        base.Dispose();
    }
}
