using Chronicle.Ingest.Html;

namespace Chronicle.Ingest.Sources;

/// <summary>
/// The text a feed item carries itself, from its richest field: the full content (content:encoded,
/// Atom content) first, then the description or summary. A field is read as HTML when it is declared
/// so (type="html" or "xhtml", content:encoded always) or when markup is found in it, and as plain text
/// otherwise. HTML fields are article bodies, not pages: they are rendered as they are, without the
/// page extractor's boilerplate scoring (<see cref="ArticleBodyText"/>).
/// </summary>
internal sealed class FeedItemText
{
    private readonly ArticleBodyText _body = new();

    /// <summary>The text and its <see cref="TextSources"/> value; null when the item carries no text.</summary>
    public (string Text, string Source)? Of(FeedEntry entry)
    {
        if (Read(entry.Content) is { } content) return (content, TextSources.FeedContent);
        if (Read(entry.Summary) is { } summary) return (summary, TextSources.FeedSummary);
        return null;
    }

    private string? Read(FeedField? field)
    {
        if (field is null || string.IsNullOrWhiteSpace(field.Text)) return null;
        var text = IsHtml(field) ? _body.Render(field.Text) : field.Text.Trim();
        return text.Length == 0 ? null : text;
    }

    private static bool IsHtml(FeedField field) =>
        field.Type is "html" or "xhtml" || ArticleBodyText.HasMarkup(field.Text);
}
