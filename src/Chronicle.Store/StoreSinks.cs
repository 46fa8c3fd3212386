using Chronicle.Serialization;

namespace Chronicle.Store;

/// <summary>Opens the store named on the command line: <c>--db FILE</c> (SQLite) or
/// <c>--pg CONNSTRING</c> (PostgreSQL). The ingest verb writes through the returned sink.</summary>
public static class StoreSinks
{
    public static IEventStore Open(string? db, string? pg)
    {
        if (db is not null && pg is not null) throw new StoreException("give either --db FILE or --pg CONNSTRING, not both");
        if (pg is not null) return new PostgresEventStore(pg);
        if (db is not null) return new SqliteEventStore(db);
        throw new StoreException("no store: give --db FILE (SQLite) or --pg CONNSTRING (PostgreSQL)");
    }

    /// <summary>The same store as an <see cref="IAnalysisSink"/>, for writers that only store.</summary>
    public static IAnalysisSink OpenSink(string? db, string? pg) => Open(db, pg);
}
