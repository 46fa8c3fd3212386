namespace Chronicle.Ingest.Html;

/// <summary>The main content of a web page and its metadata. <see cref="Text"/> keeps one
/// paragraph (or heading, list item, quotation) per line.</summary>
public sealed record ExtractedArticle(string? Title, string Text, DateOnly? Published, string? Author, string? Site, string? Url);
