using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Chronicle.Store;

/// <summary>Global events read for the GDELT and Mentions exports: the global event with the first report of it
/// (earliest published article, then storage order), whose URL and sentence fill GDELT's SOURCEURL and IsRootEvent.</summary>
public sealed record GlobalEventRow(GlobalEventSummary Event, string? FirstArticleId, string? FirstUrl, int FirstSentence);

/// <summary>What the exports read beyond <see cref="IEventStore"/>: global events page by page and by id.</summary>
public interface IGlobalEventReader
{
    /// <summary>Global events with at least one mention matching the filter, by id, keyset paged on the id.</summary>
    Page<GlobalEventRow> QueryGlobalEvents(EventFilter filter, string? cursor = null, int limit = 100);

    /// <summary>The global events of these ids (missing ids are left out).</summary>
    IReadOnlyDictionary<long, GlobalEventRow> GetGlobalEvents(IReadOnlyCollection<long> ids);
}

public abstract partial class SqlEventStore : IGlobalEventReader
{
    /// <summary>A WHERE condition on articles <c>a</c> matching the full-text query @atext (prepared by <see cref="PrepareTextQuery"/>).</summary>
    protected abstract string ArticleTextCondition { get; }

    private const string GlobalEventSelect = """
        SELECT g.id, g.story_id, g.cameo, g.root, g.quad_class, g.goldstein, g.source_code, g.source_name, g.target_code, g.target_name,
               g.event_date, g.location_name, g.location_country, g.lat, g.lon, g.num_mentions, g.num_sources, g.num_articles,
               g.first_seen, g.confidence
        FROM global_events g
        """;

    /// <summary>Newest first: by last publication (descending), then id (descending); the cursor is
    /// "LAST_PUBLISHED~ID" of the page's last story, so paging is keyset like the other lists.</summary>
    public Page<StorySummary> QueryStories(StoryFilter filter, string? cursor = null, int limit = 100)
    {
        var where = EventConditions(filter.Events);
        var conditions = new SqlConditions();
        conditions.Add("s.merged_into IS NULL");
        if (where.Sql.Length > 0)
            conditions.Add($"s.id IN (SELECT sa.story_id FROM story_articles sa JOIN events e ON e.article_id = sa.article_id {where.Sql})",
                where.Parameters.ToArray());
        if (Clean(filter.Query) is { } words)
        {
            if (PrepareTextQuery(words) is not { } prepared) return new Page<StorySummary>([], null);
            conditions.Add($"s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE {ArticleTextCondition})",
                ("@atext", prepared));
        }
        if (!string.IsNullOrEmpty(cursor))
        {
            int cut = cursor.LastIndexOf('~');
            if (cut < 0 || !long.TryParse(cursor.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long afterId))
                throw new StoreException($"bad cursor \"{cursor}\" (use the \"next\" value of the previous page)");
            conditions.Add("(coalesce(s.last_published, '') < @after_pub OR (coalesce(s.last_published, '') = @after_pub AND s.id < @after_id))",
                ("@after_pub", cursor[..cut]), ("@after_id", afterId));
        }
        int size = Math.Clamp(limit, 1, MaxPageSize);
        var rows = ReadList(conditions, $"""
            SELECT s.id, s.title, s.first_published, s.last_published, s.merged_into FROM stories s {conditions.Sql}
            ORDER BY coalesce(s.last_published, '') DESC, s.id DESC LIMIT @limit
            """, size + 1, r => (Id: r.GetInt64(0), Title: Str(r, 1), First: Str(r, 2), Last: Str(r, 3)));
        var page = rows.Take(size).ToList();
        using var connection = OpenConnection();
        var lists = StoryLists(connection, page.Select(s => s.Id).ToList());
        var items = page.Select(s => Summary(s.Id, s.Title, s.First, s.Last, lists[s.Id])).ToList();
        string? next = rows.Count > size ? (page[^1].Last ?? "") + "~" + page[^1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return new Page<StorySummary>(items, next);
    }

    public StoryDetail? GetStory(long id)
    {
        using var connection = OpenConnection();
        if (ResolveStory(connection, id) is not { } target) return null;
        // The writer moves a merged story's rows to the story it went into and keeps merged_into one hop long.
        var ids = InList("@m", [target.Id], out var memberParameters);
        var articles = Read(connection, $"""
            SELECT a.id, a.title, coalesce(sa.source, a.source), coalesce(sa.published, a.published), a.url, sa.score
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN ({ids})
            ORDER BY CASE WHEN coalesce(sa.published, a.published) IS NULL THEN 1 ELSE 0 END, coalesce(sa.published, a.published), a.id
            """, memberParameters, r => new StoryArticle(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Dbl(r, 5)));

        var events = Read(connection, $"{GlobalEventSelect} WHERE g.story_id IN ({ids}) ORDER BY g.id", memberParameters, ReadGlobalEvent);
        var loaded = LoadedTerms(connection, articles.Select(a => a.Id).ToList());
        var mentions = Read(connection, $"""
            SELECT em.global_event_id, em.article_id, em.event_id, coalesce(em.source, a.source), a.published, a.url,
                   e.sentence, e.sentence_start, e.sentence_text, e.trigger_start, e.trigger_end, e.trigger_text, em.score
            FROM event_mentions em JOIN events e ON e.article_id = em.article_id AND e.event_id = em.event_id
            JOIN articles a ON a.id = em.article_id
            WHERE em.global_event_id IN (SELECT g.id FROM global_events g WHERE g.story_id IN ({ids}))
            ORDER BY em.global_event_id, CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, e.row_id
            """, memberParameters, r =>
            {
                int sentenceStart = Int(r, 7);
                string? sentence = Str(r, 8);
                var terms = loaded.GetValueOrDefault(r.GetString(1)) ?? [];
                int sentenceEnd = sentenceStart + (sentence?.Length ?? 0);
                return new EventMentionRecord(r.GetInt64(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5),
                    Int(r, 6), sentenceStart, sentence, new SpanRef(Int(r, 9), Int(r, 10), r.GetString(11)), Dbl(r, 12),
                    terms.Where(t => sentence is not null && t.Start >= sentenceStart && t.End <= sentenceEnd).Select(t => t.Text).ToList());
            }).ToLookup(m => m.GlobalEventId);

        var merges = Read(connection, $"SELECT from_story, into_story, score, merged_at FROM story_merges WHERE into_story IN ({ids}) ORDER BY seq",
            memberParameters, r => new StoryMerge(r.GetInt64(0), r.GetInt64(1), Dbl(r, 2), r.GetString(3)));
        // The summary's lists come from the rows already read, in the order shown.
        var summary = new StorySummary(target.Id, target.Title, target.First, target.Last, articles.Select(a => a.Id).ToList(),
            articles.Select(a => a.Source).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(), events.Select(g => g.Event.Id).ToList());
        return new StoryDetail(summary, articles, events.Select(g => new GlobalEventDetail(g.Event, mentions[g.Event.Id].ToList())).ToList(),
            Disagreements(connection, ids, memberParameters), merges);
    }

    public Page<GlobalEventRow> QueryGlobalEvents(EventFilter filter, string? cursor = null, int limit = 100)
    {
        var events = EventConditions(filter);
        var where = new SqlConditions();
        if (events.Sql.Length > 0)
            where.Add($"g.id IN (SELECT em.global_event_id FROM events e JOIN event_mentions em ON em.article_id = e.article_id AND em.event_id = e.event_id {events.Sql})",
                events.Parameters.ToArray());
        where.After("g.id", cursor);
        var page = ReadPage(where, $"{GlobalEventSelect} {where.Sql} ORDER BY g.id LIMIT @limit", limit, ReadGlobalEvent, g => g.Event.Id);
        using var connection = OpenConnection();
        return page with { Items = WithFirstReports(connection, page.Items) };
    }

    public IReadOnlyDictionary<long, GlobalEventRow> GetGlobalEvents(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0) return new Dictionary<long, GlobalEventRow>();
        using var connection = OpenConnection();
        var list = InList("@g", ids, out var parameters);
        var rows = Read(connection, $"{GlobalEventSelect} WHERE g.id IN ({list})", parameters, ReadGlobalEvent);
        return WithFirstReports(connection, rows).ToDictionary(g => g.Event.Id);
    }

    /// <summary>Each global event's first report (earliest published, then storage order), for a page at once.</summary>
    private static List<GlobalEventRow> WithFirstReports(DbConnection connection, IReadOnlyList<GlobalEventRow> rows)
    {
        if (rows.Count == 0) return [];
        var list = InList("@f", rows.Select(g => g.Event.Id), out var parameters);
        var firsts = new Dictionary<long, (string Article, string? Url, int Sentence)>();
        foreach (var f in Read(connection, $"""
            SELECT em.global_event_id, a.id, a.url, e.sentence FROM event_mentions em
            JOIN events e ON e.article_id = em.article_id AND e.event_id = em.event_id JOIN articles a ON a.id = em.article_id
            WHERE em.global_event_id IN ({list}) ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, e.row_id
            """, parameters, r => (Id: r.GetInt64(0), Article: r.GetString(1), Url: Str(r, 2), Sentence: Int(r, 3))))
            firsts.TryAdd(f.Id, (f.Article, f.Url, f.Sentence));
        return rows.Select(g => firsts.TryGetValue(g.Event.Id, out var first)
            ? g with { FirstArticleId = first.Article, FirstUrl = first.Url, FirstSentence = first.Sentence } : g).ToList();
    }

    private static GlobalEventRow ReadGlobalEvent(DbDataReader r)
    {
        ActorRef? Actor(int i) => r.IsDBNull(i) && r.IsDBNull(i + 1) ? null : new ActorRef(null, Str(r, i + 1), Str(r, i), CountryOf(Str(r, i)));
        var location = r.IsDBNull(11) && r.IsDBNull(12) && r.IsDBNull(13)
            ? null : new LocationRef(Str(r, 11), Str(r, 12), NullableDbl(r, 13), NullableDbl(r, 14));
        var summary = new GlobalEventSummary(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), Int(r, 4), Dbl(r, 5),
            Actor(6), Actor(8), Str(r, 10), location, Int(r, 15), Int(r, 16), Int(r, 17), r.GetString(18), Dbl(r, 19));
        return new GlobalEventRow(summary, null, null, -1);
    }

    /// <summary>The story an id names now: itself, or the story it was merged into (one hop: the writer flattens chains).</summary>
    private static (long Id, string? Title, string? First, string? Last)? ResolveStory(DbConnection connection, long id)
    {
        var row = Read(connection, """
            SELECT coalesce(t.id, s.id), coalesce(t.title, s.title), coalesce(t.first_published, s.first_published), coalesce(t.last_published, s.last_published)
            FROM stories s LEFT JOIN stories t ON t.id = s.merged_into WHERE s.id = @id
            """, [("@id", id)], r => (r.GetInt64(0), Str(r, 1), Str(r, 2), Str(r, 3)));
        return row.Count == 0 ? null : row[0];
    }

    private sealed record StoryParts(List<string> Articles, SortedSet<string> Sources, List<long> Events);

    /// <summary>Article ids (by publication, then id), outlets and global event ids of several stories in three queries.</summary>
    private static Dictionary<long, StoryParts> StoryLists(DbConnection connection, IReadOnlyCollection<long> stories)
    {
        var result = stories.ToDictionary(id => id, _ => new StoryParts([], new SortedSet<string>(StringComparer.Ordinal), []));
        if (result.Count == 0) return result;
        var list = InList("@s", stories, out var parameters);
        foreach (var (story, article, source) in Read(connection, $"""
            SELECT sa.story_id, sa.article_id, coalesce(sa.source, a.source) FROM story_articles sa LEFT JOIN articles a ON a.id = sa.article_id
            WHERE sa.story_id IN ({list}) ORDER BY CASE WHEN sa.published IS NULL THEN 1 ELSE 0 END, sa.published, sa.article_id
            """, parameters, r => (r.GetInt64(0), r.GetString(1), Str(r, 2))))
        {
            var lists = result[story];
            lists.Articles.Add(article);
            if (source is not null) lists.Sources.Add(source);
        }
        foreach (var (story, ev) in Read(connection, $"SELECT story_id, id FROM global_events WHERE story_id IN ({list}) ORDER BY id",
            parameters, r => (r.GetInt64(0), r.GetInt64(1))))
            result[story].Events.Add(ev);
        return result;
    }

    private static StorySummary Summary(long id, string? title, string? first, string? last, StoryParts lists) =>
        new(id, title, first, last, lists.Articles, lists.Sources.ToList(), lists.Events);

    /// <summary>Framing's loaded terms of each article, read from the stored Analysis JSON (the tables do not index them).</summary>
    private static Dictionary<string, List<(int Start, int End, string Text)>> LoadedTerms(DbConnection connection, List<string> articleIds)
    {
        var result = new Dictionary<string, List<(int, int, string)>>(StringComparer.Ordinal);
        foreach (var chunk in articleIds.Chunk(500))
        {
            var list = InList("@a", chunk, out var parameters);
            foreach (var (id, json) in Read(connection, $"SELECT id, analysis FROM articles WHERE id IN ({list})", parameters, r => (r.GetString(0), r.GetString(1))))
            {
                var terms = new List<(int, int, string)>();
                using var doc = JsonDocument.Parse(json);
                if (doc.RootElement.TryGetProperty("framing", out var framing) && framing.ValueKind == JsonValueKind.Object
                    && framing.TryGetProperty("loaded_terms", out var loaded) && loaded.ValueKind == JsonValueKind.Array)
                    foreach (var t in loaded.EnumerateArray())
                        if (t.TryGetProperty("text", out var text) && text.GetString() is { } words)
                            terms.Add((t.TryGetProperty("start", out var s) ? s.GetInt32() : -1, t.TryGetProperty("end", out var e) ? e.GetInt32() : -1, words));
                result[id] = terms;
            }
        }
        return result;
    }

    /// <summary>Figures with the same unit and the same counted thing (<see cref="NormalizeAbout"/>) whose values differ between
    /// at least two of the story's articles; every report of such a figure is listed, in publication order.</summary>
    private static List<FigureDisagreement> Disagreements(DbConnection connection, string ids, List<(string, object?)> parameters)
    {
        var reports = Read(connection, $"""
            SELECT q.article_id, coalesce(sa.source, a.source), coalesce(sa.published, a.published), q.text, q.value, q.approx, q.start_at, q.end_at, q.unit, q.about
            FROM quantities q JOIN story_articles sa ON sa.article_id = q.article_id JOIN articles a ON a.id = q.article_id
            WHERE sa.story_id IN ({ids}) AND q.unit IS NOT NULL
            """, parameters, r => (Report: new FigureReport(r.GetString(0), Str(r, 1), Str(r, 2), r.GetString(3), Dbl(r, 4), Str(r, 5), Int(r, 6), Int(r, 7)),
                Unit: r.GetString(8), About: Str(r, 9)));
        return reports
            .GroupBy(x => (Unit: x.Unit.ToLowerInvariant(), About: NormalizeAbout(x.About)))
            .Where(g => g.Select(x => x.Report.ArticleId).Distinct().Count() >= 2
                        && g.Any(x => g.Any(y => y.Report.ArticleId != x.Report.ArticleId && y.Report.Value != x.Report.Value)))
            .Select(g => new FigureDisagreement(g.First().Unit, g.First().About,
                g.Select(x => x.Report).OrderBy(x => x.Published is null).ThenBy(x => x.Published, StringComparer.Ordinal)
                    .ThenBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Start).ToList()))
            .OrderBy(d => d.Unit, StringComparer.Ordinal).ThenBy(d => d.About, StringComparer.Ordinal).ToList();
    }

    /// <summary>"The French troops stationed in Iraq." and "French troops stationed in Iraq" count the same thing:
    /// lower case, letters and digits only, one space between words, a leading article dropped.</summary>
    internal static string NormalizeAbout(string? about)
    {
        if (string.IsNullOrWhiteSpace(about)) return "";
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (char c in about.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (words.Count > 1 && words[0] is "the" or "a" or "an") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>"@p0, @p1, ..." with the values as parameters (never spliced into the SQL text).</summary>
    internal static string InList<T>(string prefix, IEnumerable<T> values, out List<(string, object?)> parameters)
    {
        parameters = values.Select((v, i) => (prefix + i.ToString(CultureInfo.InvariantCulture), (object?)v)).ToList();
        return parameters.Count == 0 ? "NULL" : string.Join(", ", parameters.Select(p => p.Item1));
    }

    private static List<T> Read<T>(DbConnection connection, string sql, IEnumerable<(string, object?)> parameters, Func<DbDataReader, T> read)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }
}
