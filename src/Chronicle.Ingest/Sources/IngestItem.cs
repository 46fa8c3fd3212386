using Chronicle.Input;

namespace Chronicle.Ingest.Sources;

/// <summary>One article read from a source, not yet analyzed: plain text or an HTML page, with
/// what the source said about it. <see cref="Error"/> is set instead when this item could not be
/// read; the batch reports it and goes on.</summary>
public sealed record IngestItem(string Id, string Input)
{
    public string? Content { get; init; }
    public bool IsHtml { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>For feed items: which part of the item <see cref="Content"/> is (<see cref="TextSources"/>).</summary>
    public string? TextSource { get; init; }
    /// <summary>What to analyze instead when this item yields no article text (a fetched page with no
    /// article falls back to the feed's own summary).</summary>
    public IngestItem? Fallback { get; init; }
    public string? Error { get; init; }

    /// <summary>An item from one JSON Lines input record (text, or HTML when the record has no text).</summary>
    public static IngestItem From(JsonlRecord record, string input) => new(record.Id, input)
    {
        Content = record.Text ?? record.Html, IsHtml = record.Text is null, Title = record.Title, Url = record.Url,
        Source = record.Source, Published = record.Published,
    };

    public static IngestItem Failed(string id, string input, string error) => new(id, input) { Error = error };
}
