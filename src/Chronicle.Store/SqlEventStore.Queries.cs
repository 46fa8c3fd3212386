using System.Data.Common;
using System.Globalization;
using Chronicle.Serialization;

namespace Chronicle.Store;

public abstract partial class SqlEventStore
{
    /// <summary>Search SQL over articles with parameters @q (from <see cref="PrepareTextQuery"/>),
    /// @limit and @offset, selecting id, title, published, url, rank (higher is better) and a
    /// snippet whose matches are wrapped in \u0001 ... \u0002.</summary>
    protected abstract string ArticleSearchSql { get; }
    /// <summary>A WHERE condition on quotes <c>q</c> matching the full-text query @qtext.</summary>
    protected abstract string QuoteTextCondition { get; }
    /// <summary>Turns what a user typed into the database's query syntax; null when nothing is left to search.</summary>
    protected abstract string? PrepareTextQuery(string query);

    internal const char MatchStart = '\u0001', MatchEnd = '\u0002';
    internal const int MaxPageSize = 10_000;

    private const string EventSelect = """
        SELECT e.row_id, e.article_id, e.event_id, e.cameo, e.root, e.quad_class, e.goldstein, e.plover,
               e.source_entity, e.source_name, e.source_code, e.source_country,
               e.target_entity, e.target_name, e.target_code, e.target_country,
               e.event_date, e.location_name, e.location_country, e.lat, e.lon,
               e.sentence, e.sentence_text, e.sentence_start, e.trigger_start, e.trigger_end, e.trigger_text, e.confidence,
               a.title, a.url, a.published, a.source, e.rule, em.global_event_id, coalesce(g.story_id, sa.story_id)
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN event_mentions em ON em.article_id = e.article_id AND em.event_id = e.event_id
        LEFT JOIN global_events g ON g.id = em.global_event_id
        LEFT JOIN story_articles sa ON sa.article_id = e.article_id
        """;

    public Analysis? GetArticle(string id)
    {
        using var connection = OpenConnection();
        return Scalar(connection, null, "SELECT analysis FROM articles WHERE id = @id", ("@id", id)) is string json
            ? AnalysisJson.Deserialize(json) : null;
    }

    public Page<StoredEvent> QueryEvents(EventFilter filter, string? cursor = null, int limit = 100)
    {
        var where = EventConditions(filter);
        where.After("e.row_id", cursor);
        // Keys first, rows second: the inner query is answered from indexes alone (SQLite keeps
        // the row id in every index), so only the page's rows are read and sorted, not every match.
        string sql = $"{EventSelect} WHERE e.row_id IN (SELECT e.row_id FROM events e {where.Sql} ORDER BY e.row_id LIMIT @limit) ORDER BY e.row_id";
        return ReadPage(where, sql, limit, ReadEvent, e => e.Key);
    }

    public Page<StoredQuote> QueryQuotes(QuoteFilter filter, string? cursor = null, int limit = 100)
    {
        var where = new SqlConditions();
        if (Clean(filter.Speaker) is { } speaker) where.Add($"q.speaker_name {LikeOperator} @speaker ESCAPE '\\'", ("@speaker", SqlConditions.Contains(speaker)));
        if (Clean(filter.SpeakerCode) is { } code) where.Prefix("q.speaker_code", "@scode", code.ToUpperInvariant());
        if (Clean(filter.ArticleId) is { } article) where.Add("q.article_id = @article", ("@article", article));
        if (Clean(filter.Text) is { } text)
        {
            if (PrepareTextQuery(text) is not { } prepared) return new Page<StoredQuote>([], null);
            where.Add(QuoteTextCondition, ("@qtext", prepared));
        }
        where.After("q.row_id", cursor);
        const string select = """
            SELECT q.row_id, q.article_id, q.text, q.start_at, q.end_at, q.speaker, q.speaker_name, q.speaker_code, q.cue,
                   q.addressee_name, a.title, a.published
            FROM quotes q JOIN articles a ON a.id = q.article_id
            """;
        return ReadPage(where, $"{select} {where.Sql} ORDER BY q.row_id LIMIT @limit", limit, r => new StoredQuote(
            r.GetInt64(0), r.GetString(1), r.GetString(2), Int(r, 3), Int(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8),
            Str(r, 9), Str(r, 10), Str(r, 11)), q => q.Key);
    }

    public IReadOnlyList<ArticleHit> SearchArticles(string query, int limit = 20, int offset = 0)
    {
        if (PrepareTextQuery(query) is not { } prepared) return [];
        using var connection = OpenConnection();
        using var command = Command(connection, null, ArticleSearchSql,
            [("@q", prepared), ("@limit", Math.Clamp(limit, 1, MaxPageSize)), ("@offset", Math.Max(0, offset))]);
        using var r = command.ExecuteReader();
        var hits = new List<ArticleHit>();
        while (r.Read())
            hits.Add(new ArticleHit(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Convert.ToDouble(r.GetValue(4), CultureInfo.InvariantCulture),
                SplitSnippet(Str(r, 5) ?? "")));
        return hits;
    }

    public Page<ArticleSummary> ListArticles(string? cursor = null, int limit = 100)
    {
        var where = new SqlConditions();
        where.After("a.row_id", cursor);
        const string select = """
            SELECT a.row_id, a.id, a.title, a.published, a.source, a.url,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id), (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
            FROM articles a
            """;
        return ReadPage(where, $"{select} {where.Sql} ORDER BY a.row_id LIMIT @limit", limit, r => new ArticleSummary(
            r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Int(r, 6), Int(r, 7)), a => a.Key);
    }

    public IReadOnlyList<ActorCount> Actors(EventFilter filter, int limit = 100)
    {
        var where = EventConditions(filter);
        string sql = $"""
            SELECT code, max(name), max(country), sum(s), sum(t) FROM (
                SELECT e.source_code AS code, e.source_name AS name, e.source_country AS country, 1 AS s, 0 AS t
                FROM events e {where.And("e.source_code IS NOT NULL")}
                UNION ALL
                SELECT e.target_code, e.target_name, e.target_country, 0, 1 FROM events e {where.And("e.target_code IS NOT NULL")}) x
            GROUP BY code ORDER BY sum(s) + sum(t) DESC, code LIMIT @limit
            """;
        return ReadList(where, sql, limit, r => new ActorCount(r.GetString(0), Str(r, 1), Str(r, 2), Int(r, 3), Int(r, 4)));
    }

    public IReadOnlyList<TimelineBucket> Timeline(EventFilter filter, bool byMonth = false)
    {
        var where = EventConditions(filter);
        int length = byMonth ? 7 : 10;
        string sql = $"""
            SELECT substr(e.event_date, 1, {length}) AS day, e.quad_class, count(*), avg(e.goldstein) FROM events e
            {where.And($"length(e.event_date) >= {length}")}
            GROUP BY substr(e.event_date, 1, {length}), e.quad_class ORDER BY 1, 2 LIMIT @limit
            """;
        return ReadList(where, sql, MaxPageSize, r => new TimelineBucket(r.GetString(0), Int(r, 1), Int(r, 2), Dbl(r, 3)));
    }

    public IReadOnlyList<ActorLink> Network(EventFilter filter, int limit = 200)
    {
        var where = EventConditions(filter);
        string sql = $"""
            SELECT e.source_code, e.target_code, count(*), avg(e.goldstein) FROM events e
            {where.And("e.source_code IS NOT NULL AND e.target_code IS NOT NULL")}
            GROUP BY e.source_code, e.target_code ORDER BY count(*) DESC, e.source_code, e.target_code LIMIT @limit
            """;
        return ReadList(where, sql, limit, r => new ActorLink(r.GetString(0), r.GetString(1), Int(r, 2), Dbl(r, 3)));
    }

    public IReadOnlyList<PlaceCount> Places(EventFilter filter, int limit = 500)
    {
        var where = EventConditions(filter);
        string sql = $"""
            SELECT e.location_name, e.location_country, e.lat, e.lon, count(*),
                   sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END),
                   sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END) FROM events e
            {where.And("e.lat IS NOT NULL AND e.lon IS NOT NULL")}
            GROUP BY e.location_name, e.location_country, e.lat, e.lon ORDER BY count(*) DESC, e.location_name LIMIT @limit
            """;
        return ReadList(where, sql, limit, r => new PlaceCount(Str(r, 0), Str(r, 1), Dbl(r, 2), Dbl(r, 3), Int(r, 4),
            [Int(r, 5), Int(r, 6), Int(r, 7), Int(r, 8)]));
    }

    public StoreCounts Counts()
    {
        using var connection = OpenConnection();
        long Count(string table) => Convert.ToInt64(Scalar(connection, null, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);
        return new StoreCounts(Count("articles"), Count("events"), Count("quotes"), Count("entities"), Count("duplicates"));
    }

    private SqlConditions EventConditions(EventFilter f)
    {
        var where = new SqlConditions();
        if (Clean(f.Actor) is { } actor)
        {
            var (low, high) = SqlConditions.PrefixRange(actor.ToUpperInvariant());
            where.Add("((e.source_code >= @actor AND e.source_code < @actor_end) OR (e.target_code >= @actor AND e.target_code < @actor_end))",
                ("@actor", low), ("@actor_end", high));
        }
        if (Clean(f.SourceActor) is { } source) where.Prefix("e.source_code", "@source", source.ToUpperInvariant());
        if (Clean(f.TargetActor) is { } target) where.Prefix("e.target_code", "@target", target.ToUpperInvariant());
        if (Clean(f.Country) is { } country)
            where.Add("(e.source_country = @country OR e.target_country = @country)", ("@country", country.ToUpperInvariant()));
        if (Clean(f.Cameo) is { } cameo) where.Prefix("e.cameo", "@cameo", cameo);
        if (Clean(f.Root) is { } root) where.Add("e.root = @root", ("@root", root));
        if (f.QuadClass is { } quad) where.Add("e.quad_class = @quad", ("@quad", quad));
        if (Clean(f.Plover) is { } plover) where.Add("e.plover = @plover", ("@plover", plover.ToUpperInvariant()));
        if (Clean(f.From) is { } from) where.Add("e.event_date >= @from", ("@from", from));
        if (Clean(f.To) is { } to) where.Add("e.event_date <= @to", ("@to", to));
        if (Clean(f.Place) is { } place)
            where.Add($"(e.location_country = @place_code OR e.location_name {LikeOperator} @place ESCAPE '\\')",
                ("@place_code", place.ToUpperInvariant()), ("@place", SqlConditions.Contains(place)));
        if (Clean(f.Near) is { } near && GeoCircle.TryParse(near, out var circle)) circle.AddTo(where);
        if (Clean(f.ArticleId) is { } article) where.Add("e.article_id = @article", ("@article", article));
        return where;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private Page<T> ReadPage<T>(SqlConditions where, string sql, int limit, Func<DbDataReader, T> read, Func<T, long> key)
    {
        int size = Math.Clamp(limit, 1, MaxPageSize);
        var rows = ReadList(where, sql, size + 1, read);
        if (rows.Count <= size) return new Page<T>(rows, null);
        var items = rows.Take(size).ToList();
        return new Page<T>(items, key(items[^1]).ToString(CultureInfo.InvariantCulture));
    }

    private List<T> ReadList<T>(SqlConditions where, string sql, int limit, Func<DbDataReader, T> read)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, null, sql, where.Parameters.Append(("@limit", (object?)limit)));
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private static StoredEvent ReadEvent(DbDataReader r)
    {
        ActorRef? Actor(int i) => r.IsDBNull(i + 1) && r.IsDBNull(i + 2) ? null : new ActorRef(Str(r, i), Str(r, i + 1), Str(r, i + 2), Str(r, i + 3));
        var location = r.IsDBNull(17) && r.IsDBNull(18) && r.IsDBNull(19)
            ? null : new LocationRef(Str(r, 17), Str(r, 18), NullableDbl(r, 19), NullableDbl(r, 20));
        return new StoredEvent(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Int(r, 5), Dbl(r, 6), Str(r, 7),
            Actor(8), Actor(12), Str(r, 16), location, Int(r, 21), Str(r, 22), Int(r, 23),
            new SpanRef(Int(r, 24), Int(r, 25), r.GetString(26)), Dbl(r, 27), Str(r, 28), Str(r, 29), Str(r, 30), Str(r, 31), Str(r, 32),
            NullableLong(r, 33), NullableLong(r, 34));
    }

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    private static double Dbl(DbDataReader r, int i) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    private static double? NullableDbl(DbDataReader r, int i) => r.IsDBNull(i) ? null : Dbl(r, i);
    private static long? NullableLong(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>Splits a snippet marked with \u0001 ... \u0002 into plain and matching parts, so
    /// that callers render text without ever interpreting markup from the article.</summary>
    internal static List<SnippetPart> SplitSnippet(string marked)
    {
        var parts = new List<SnippetPart>();
        int i = 0;
        while (i < marked.Length)
        {
            int open = marked.IndexOf(MatchStart, i);
            if (open < 0) { parts.Add(new SnippetPart(marked[i..], false)); break; }
            if (open > i) parts.Add(new SnippetPart(marked[i..open], false));
            int close = marked.IndexOf(MatchEnd, open + 1);
            if (close < 0) close = marked.Length;
            parts.Add(new SnippetPart(marked[(open + 1)..close], true));
            i = close + 1;
        }
        return parts;
    }
}
