namespace Chronicle.Ingest.Sources;

/// <summary>The values of an article's <c>text_source</c>: which part of a feed item its text is
/// (docs/ingest.md). Articles read from other inputs carry none.</summary>
public static class TextSources
{
    /// <summary>The article page the item links to, fetched and extracted.</summary>
    public const string Page = "page";

    /// <summary>The full article the feed carries (content:encoded, Atom content).</summary>
    public const string FeedContent = "feed-content";

    /// <summary>Only the feed's description or summary: the item had no full content and its page was
    /// not fetched (<c>--no-fetch</c>), could not be fetched, or held no article.</summary>
    public const string FeedSummary = "feed-summary";
}
