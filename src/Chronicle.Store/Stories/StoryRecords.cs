namespace Chronicle.Store;

/// <summary>Story filters: a story matches when one of its events matches <see cref="Events"/> (every
/// filter given must hold for that one event) and, with <see cref="Query"/>, one of its articles matches
/// the full-text query.</summary>
public sealed record StoryFilter
{
    public EventFilter Events { get; init; } = EventFilter.None;
    /// <summary>Full-text words over the story's article titles and texts.</summary>
    public string? Query { get; init; }

    public static StoryFilter None { get; } = new();
}

/// <summary>One story: the articles that report one developing happening, the outlets that carried
/// them and the global events reported in them. <see cref="MergedInto"/> is set on a story that was
/// found to be part of another one; its articles and events then belong to that one.</summary>
public sealed record StorySummary(
    long Id, string? Title, string? FirstPublished, string? LastPublished,
    IReadOnlyList<string> Articles, IReadOnlyList<string> Sources, IReadOnlyList<long> GlobalEvents, long? MergedInto = null);

public sealed record StoryArticle(string Id, string? Title, string? Source, string? Published, string? Url, double Score);

/// <summary>One real-world act as reported (possibly many times): the fields of its first mention, with
/// GDELT's counts (mentions, distinct outlets, distinct articles).</summary>
public sealed record GlobalEventSummary(
    long Id, long StoryId, string Cameo, string Root, int QuadClass, double Goldstein,
    ActorRef? Source, ActorRef? Target, string? Date, LocationRef? Location,
    int NumMentions, int NumSources, int NumArticles, string FirstSeen, double Confidence);

/// <summary>One report of a global event: the per-article event, where it stands in its article, and the
/// loaded terms (framing) of its sentence, so readers see which outlet called the act what.</summary>
public sealed record EventMentionRecord(
    long GlobalEventId, string ArticleId, string EventId, string? Source, string? Published, string? Url,
    int Sentence, int SentenceStart, string? SentenceText, SpanRef Trigger, double Score, IReadOnlyList<string> LoadedTerms);

public sealed record GlobalEventDetail(GlobalEventSummary Event, IReadOnlyList<EventMentionRecord> Mentions);

/// <summary>One article's figure for something counted in a story.</summary>
public sealed record FigureReport(string ArticleId, string? Source, string? Published, string Text, double Value, string? Approx, int Start, int End);

/// <summary>Figures about the same thing (same unit, same counted phrase) that differ between a story's articles.</summary>
public sealed record FigureDisagreement(string Unit, string? About, IReadOnlyList<FigureReport> Reports);

public sealed record StoryMerge(long From, long Into, double Score, string MergedAt);

public sealed record StoryDetail(
    StorySummary Story, IReadOnlyList<StoryArticle> Articles, IReadOnlyList<GlobalEventDetail> Events,
    IReadOnlyList<FigureDisagreement> Disagreements, IReadOnlyList<StoryMerge> Merges);
