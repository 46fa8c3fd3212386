using Chronicle.Serialization;

namespace Chronicle.Store;

/// <summary>The event store: analyzed articles in, events, quotes, actors and articles out. One
/// contract, two implementations (SQLite for one machine, PostgreSQL for many workers); the same
/// test suite runs against both.</summary>
public interface IEventStore : IAnalysisSink
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Kind { get; }

    /// <summary>The stored Analysis of one article (text plus all annotations), or null.</summary>
    Analysis? GetArticle(string id);

    /// <summary>Events matching the filter in storage order, <paramref name="limit"/> at a time;
    /// pass the page's <see cref="Page{T}.Next"/> back as <paramref name="cursor"/> for the next page.</summary>
    Page<StoredEvent> QueryEvents(EventFilter filter, string? cursor = null, int limit = 100);

    Page<StoredQuote> QueryQuotes(QuoteFilter filter, string? cursor = null, int limit = 100);

    /// <summary>Full-text search over article titles and text, best match first.</summary>
    IReadOnlyList<ArticleHit> SearchArticles(string query, int limit = 20, int offset = 0);

    /// <summary>Articles in storage order (id, title, dates, counts), for browsing.</summary>
    Page<ArticleSummary> ListArticles(string? cursor = null, int limit = 100);

    /// <summary>Actor codes that take part in matching events (as source or target), most active first.</summary>
    IReadOnlyList<ActorCount> Actors(EventFilter filter, int limit = 100);

    /// <summary>Matching events counted by day (or month) and quad class.</summary>
    IReadOnlyList<TimelineBucket> Timeline(EventFilter filter, bool byMonth = false);

    /// <summary>Who acts on whom: source-target actor code pairs with event counts.</summary>
    IReadOnlyList<ActorLink> Network(EventFilter filter, int limit = 200);

    /// <summary>Event locations with coordinates, with event counts.</summary>
    IReadOnlyList<PlaceCount> Places(EventFilter filter, int limit = 500);

    StoreCounts Counts();

    /// <summary>Stories (not merged away) with a matching event or article, newest first by last publication.</summary>
    Page<StorySummary> QueryStories(StoryFilter filter, string? cursor = null, int limit = 100);

    /// <summary>One story whole: its articles in time order, its global events with every mention, and the
    /// figures its articles disagree on; a merged-away id gives the story it was merged into. Null: no such story.</summary>
    StoryDetail? GetStory(long id);

    /// <summary>The schema version the store is at (the highest migration applied).</summary>
    int SchemaVersion { get; }
}

public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>Event filters; every one given must match. Codes match by prefix ("FRA" matches FRAGOV).</summary>
public sealed record EventFilter
{
    /// <summary>Actor code prefix, as source or target.</summary>
    public string? Actor { get; init; }
    public string? SourceActor { get; init; }
    public string? TargetActor { get; init; }
    /// <summary>Country code (alpha-3) of the source or target actor.</summary>
    public string? Country { get; init; }
    /// <summary>CAMEO event code prefix ("04" matches 040..046; "0334" exactly that code and below).</summary>
    public string? Cameo { get; init; }
    /// <summary>CAMEO root code, two digits.</summary>
    public string? Root { get; init; }
    public int? QuadClass { get; init; }
    public string? Plover { get; init; }
    /// <summary>Event date range, inclusive, compared as TIMEX strings (YYYY-MM-DD).</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    /// <summary>Place name (case-insensitive substring) or the location's country code.</summary>
    public string? Place { get; init; }
    /// <summary>"LAT,LON,KM": events whose location lies within KM kilometres of the point (docs/geo.md).</summary>
    public string? Near { get; init; }
    public string? ArticleId { get; init; }

    public static EventFilter None { get; } = new();
}

public sealed record QuoteFilter
{
    /// <summary>Speaker name, case-insensitive substring.</summary>
    public string? Speaker { get; init; }
    /// <summary>Speaker actor code prefix.</summary>
    public string? SpeakerCode { get; init; }
    /// <summary>Full-text query over the quoted words.</summary>
    public string? Text { get; init; }
    public string? ArticleId { get; init; }
}

public sealed record ActorRef(string? Entity, string? Name, string? Code, string? Country);

public sealed record LocationRef(string? Name, string? Country, double? Lat, double? Lon);

public sealed record SpanRef(int Start, int End, string Text);

/// <summary>One stored event with the article it came from (id, title, url, published).</summary>
public sealed record StoredEvent(
    long Key, string ArticleId, string EventId, string Cameo, string Root, int QuadClass, double Goldstein,
    string? Plover, ActorRef? Source, ActorRef? Target, string? Date, LocationRef? Location,
    int Sentence, string? SentenceText, int SentenceStart, SpanRef Trigger, double Confidence,
    string? ArticleTitle, string? ArticleUrl, string? ArticlePublished, string? ArticleSource, string? Rule = null,
    long? GlobalEventId = null, long? StoryId = null);

public sealed record StoredQuote(
    long Key, string ArticleId, string Text, int Start, int End, string? Speaker, string? SpeakerName,
    string? SpeakerCode, string? Cue, string? AddresseeName, string? ArticleTitle, string? ArticlePublished);

/// <summary>A piece of a search snippet; <c>Match</c> marks the words that matched the query.</summary>
public sealed record SnippetPart(string Text, bool Match);

public sealed record ArticleHit(string Id, string? Title, string? Published, string? Url, double Rank, IReadOnlyList<SnippetPart> Snippet);

public sealed record ArticleSummary(long Key, string Id, string? Title, string? Published, string? Source, string? Url, int Events, int Quotes);

public sealed record ActorCount(string Code, string? Name, string? Country, int AsSource, int AsTarget);

public sealed record TimelineBucket(string Date, int QuadClass, int Events, double AvgGoldstein);

public sealed record ActorLink(string Source, string Target, int Events, double AvgGoldstein);

/// <summary>A location with its event count and the counts by quad class (<c>Quads[0]</c> is quad class 1).</summary>
public sealed record PlaceCount(string? Name, string? Country, double Lat, double Lon, int Events, int[] Quads);

public sealed record StoreCounts(long Articles, long Events, long Quotes, long Entities, long Duplicates);
