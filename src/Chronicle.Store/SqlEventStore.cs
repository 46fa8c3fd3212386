using System.Data.Common;
using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Serialization;
using Chronicle.Stories;

namespace Chronicle.Store;

/// <summary>The store logic shared by SQLite and PostgreSQL: plain SQL over ADO.NET with named
/// parameters, which both providers accept. Subclasses supply connections, migrations and the
/// full-text search SQL, the only parts that differ between the two databases.</summary>
public abstract partial class SqlEventStore : IEventStore
{
    public abstract string Kind { get; }

    private StoryKeeper? _stories;
    /// <summary>Story options in force; set before the first article is stored (docs/stories.md).</summary>
    public StoryOptions StoryOptions { get; init; } = StoryOptions.Default;
    private StoryKeeper Stories => _stories ??= new StoryKeeper(StoryOptions, EventLinkModel.Load(), StoryLockSql, MaxStatementParameters);
    public int SchemaVersion { get; private set; }

    protected abstract DbConnection OpenConnection();
    private protected abstract IReadOnlyList<string> MigrationScripts { get; }
    /// <summary>SQL run first in a migration transaction so that concurrent openers wait (null: the transaction already does).</summary>
    protected abstract string? MigrationLockSql { get; }
    /// <summary>SQL run first in a store transaction so two writers of one article id serialize (@id).</summary>
    protected abstract string? ArticleLockSql { get; }
    /// <summary>SQL run in a store transaction before story assignment, so workers assign one at a time (null: the transaction already does).</summary>
    protected abstract string? StoryLockSql { get; }
    /// <summary>Bound parameters per multi-row INSERT (<see cref="RowBatch"/>). PostgreSQL: many, under its limit (65,535),
    /// since each statement is a round trip. SQLite: few, since binding a named parameter looks its name up among all
    /// of the statement's, so one statement of n parameters costs n² (500 stories-benchmark articles, ~2,000 rows:
    /// 0.44 s with 30,000 parameters a statement, 0.023 s with 100; docs/stories.md, "Benchmark").</summary>
    internal abstract int MaxStatementParameters { get; }
    /// <summary>The case-insensitive LIKE operator.</summary>
    protected abstract string LikeOperator { get; }

    /// <summary>Brings the schema up to the newest migration. Called once by the subclass constructor.</summary>
    protected void Migrate()
    {
        using var connection = OpenConnection();
        // Under the lock too: two writers starting at once (cluster workers) would otherwise both run
        // CREATE TABLE IF NOT EXISTS, and PostgreSQL fails one of them on its catalog's unique index.
        using (var bootstrap = connection.BeginTransaction())
        {
            if (MigrationLockSql is { } lockSql) Execute(connection, bootstrap, lockSql);
            Execute(connection, bootstrap, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            bootstrap.Commit();
        }
        var scripts = MigrationScripts;
        for (int version = 1; version <= scripts.Count; version++)
        {
            using var transaction = connection.BeginTransaction();
            if (MigrationLockSql is { } lockSql) Execute(connection, transaction, lockSql);
            var applied = Scalar(connection, transaction, "SELECT count(*) FROM schema_migrations WHERE version = @v", ("@v", version));
            if (Convert.ToInt64(applied, CultureInfo.InvariantCulture) == 0)
            {
                Execute(connection, transaction, scripts[version - 1]);
                Execute(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@v, @at)", ("@v", version), ("@at", Now()));
            }
            transaction.Commit();
        }
        var highest = Scalar(connection, null, "SELECT max(version) FROM schema_migrations");
        SchemaVersion = Convert.ToInt32(highest, CultureInfo.InvariantCulture);
        if (SchemaVersion > scripts.Count)
            throw new StoreException($"the database is at schema version {SchemaVersion}, newer than this Chronicle knows ({scripts.Count})");
    }

    /// <summary>Stores one article with all its annotations, replacing an earlier version of the
    /// same id in the same transaction: readers see the old article or the new one, never a mix.</summary>
    public void Store(Analysis analysis)
    {
        if (string.IsNullOrEmpty(analysis.Id)) throw new StoreException("an article needs an id to be stored");
        string id = analysis.Id;
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (ArticleLockSql is { } lockSql) Execute(connection, transaction, lockSql, ("@id", id));
        DeleteArticleRows(connection, transaction, id);

        var rows = new RowBatch(connection, transaction, MaxStatementParameters);
        rows.Table("articles", "id", "title", "source", "url", "published", "language", "text", "analysis", "stored_at", "content_hash")
            .Write(id, analysis.Title, analysis.Source, analysis.Url, analysis.Published, analysis.Language,
                analysis.Text, AnalysisJson.Serialize(analysis), Now(), analysis.ContentHash);

        var entitiesById = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var entities = rows.Table("entities", "article_id", "entity_id", "name", "type", "code", "country", "mentions");
        var mentions = rows.Table("mentions", "article_id", "entity_id", "start_at", "end_at", "text");
        foreach (var entity in analysis.Entities)
        {
            if (!entitiesById.TryAdd(entity.Id, entity)) continue; // a repeated id would break the key; the first one wins
            entities.Write(id, entity.Id, entity.Name, entity.Type.Label(), entity.Code, entity.Country ?? CountryOf(entity.Code), entity.Mentions.Count);
            foreach (var m in entity.Mentions) mentions.Write(id, entity.Id, m.Start, m.End, m.Text);
        }

        var quotes = rows.Table("quotes", "article_id", "text", "start_at", "end_at", "speaker", "speaker_name", "speaker_code", "cue", "addressee_name");
        foreach (var q in analysis.Quotes)
        {
            var speaker = q.Speaker is null ? null : entitiesById.GetValueOrDefault(q.Speaker);
            quotes.Write(id, q.Text, q.Start, q.End, q.Speaker, q.SpeakerName ?? speaker?.Name, speaker?.Code, q.Cue, q.AddresseeName);
        }

        var dates = rows.Table("dates", "article_id", "text", "start_at", "end_at", "value", "type");
        foreach (var d in analysis.Dates) dates.Write(id, d.Text, d.Start, d.End, d.Value, d.Type);

        var quantities = rows.Table("quantities", "article_id", "text", "start_at", "end_at", "value", "approx", "unit", "about");
        foreach (var q in analysis.Quantities) quantities.Write(id, q.Text, q.Start, q.End, q.Value, q.Approx, q.Unit, q.About);

        var events = rows.Table("events", EventColumns);
        foreach (var e in analysis.Events) events.Write(EventRow(analysis, entitiesById, e));
        rows.Flush();
        Stories.Assign(connection, transaction, [(analysis, ArticleProfiler.Profile(analysis))]);

        Execute(connection, transaction, "DELETE FROM duplicates WHERE id = @id", ("@id", id));
        transaction.Commit();
    }

    public void StoreDuplicate(string id, string duplicateOfId, string kind, string? url)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "DELETE FROM duplicates WHERE id = @id", ("@id", id));
        Execute(connection, transaction, "INSERT INTO duplicates (id, duplicate_of, kind, url, stored_at) VALUES (@id, @of, @kind, @url, @at)",
            ("@id", id), ("@of", duplicateOfId), ("@kind", kind), ("@url", url), ("@at", Now()));
        transaction.Commit();
    }

    /// <summary>The content hash the stored article was analyzed from (null: no such article, or stored without one).</summary>
    public string? StoredContentHash(string id)
    {
        using var connection = OpenConnection();
        return Scalar(connection, null, "SELECT content_hash FROM articles WHERE id = @id", ("@id", id)) as string;
    }

    /// <summary>The article an id is recorded as a duplicate of, or null.</summary>
    public string? DuplicateOf(string id)
    {
        using var connection = OpenConnection();
        return Scalar(connection, null, "SELECT duplicate_of FROM duplicates WHERE id = @id", ("@id", id)) as string;
    }

    /// <summary>Removes an article and everything found in it; false when there was none.</summary>
    public bool DeleteArticle(string id)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        bool existed = DeleteArticleRows(connection, transaction, id);
        Stories.Forget(connection, transaction, id);
        transaction.Commit();
        return existed;
    }

    private static bool DeleteArticleRows(DbConnection connection, DbTransaction transaction, string id)
    {
        foreach (var table in new[] { "mentions", "entities", "quotes", "dates", "quantities", "events" })
            Execute(connection, transaction, $"DELETE FROM {table} WHERE article_id = @id", ("@id", id));
        return Execute(connection, transaction, "DELETE FROM articles WHERE id = @id", ("@id", id)) > 0;
    }

    private static readonly string[] EventColumns =
    [
        "article_id", "event_id", "cameo", "root", "quad_class", "goldstein", "plover",
        "source_entity", "source_name", "source_code", "source_country",
        "target_entity", "target_name", "target_code", "target_country",
        "event_date", "location_name", "location_country", "lat", "lon",
        "sentence", "sentence_start", "sentence_text", "trigger_start", "trigger_end", "trigger_text", "confidence", "rule",
    ];

    private static object?[] EventRow(Analysis a, Dictionary<string, Entity> entities, EventRecord e)
    {
        string? CountryOfActor(EventActor? actor) =>
            actor?.Entity is { } eid && entities.TryGetValue(eid, out var entity) && entity.Country is { } c ? c : CountryOf(actor?.Code);
        int sentenceStart = 0;
        string? sentenceText = null;
        if (e.Sentence >= 0 && e.Sentence < a.Sentences.Count)
        {
            var s = a.Sentences[e.Sentence];
            if (s.Start >= 0 && s.End <= a.Text.Length && s.Start <= s.End)
            {
                sentenceStart = s.Start;
                sentenceText = a.Text[s.Start..s.End];
            }
        }
        return
        [
            a.Id, e.Id, e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.Plover,
            e.Source?.Entity, e.Source?.Name, Upper(e.Source?.Code), CountryOfActor(e.Source),
            e.Target?.Entity, e.Target?.Name, Upper(e.Target?.Code), CountryOfActor(e.Target),
            e.Date ?? a.Published, e.Location?.Name, e.Location?.Country, e.Location?.Lat, e.Location?.Lon,
            e.Sentence, sentenceStart, sentenceText, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, e.Confidence, e.Rule,
        ];
    }

    /// <summary>CAMEO actor codes start with a three-letter country (or IGO/NGO/IMG ... group) code.</summary>
    internal static string? CountryOf(string? code) =>
        code is { Length: >= 3 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]) && char.IsAsciiLetter(code[2])
            ? code[..3].ToUpperInvariant() : null;

    private static string? Upper(string? code) => code?.ToUpperInvariant();

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    internal static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }

    /// <summary>Refreshes the query planner's statistics; worth calling after a large load.</summary>
    public void Optimize()
    {
        using var connection = OpenConnection();
        Execute(connection, null, OptimizeSql);
    }

    protected abstract string OptimizeSql { get; }

    public virtual void Dispose() => GC.SuppressFinalize(this);

}

/// <summary>A store problem worth one line to the user (bad connection string, newer schema, missing id).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
