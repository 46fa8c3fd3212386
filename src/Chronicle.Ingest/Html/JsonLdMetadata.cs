using System.Text.Json;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>The schema.org fields of the page's JSON-LD blocks that describe the article:
/// headline, datePublished, author name, publisher name. Blocks that do not parse are skipped.</summary>
internal sealed class JsonLdMetadata
{
    public string? Headline { get; private set; }
    public string? DatePublished { get; private set; }
    public string? Author { get; private set; }
    public string? Publisher { get; private set; }

    public static JsonLdMetadata Read(IDocument document)
    {
        var result = new JsonLdMetadata();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                result.Visit(json.RootElement, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources of metadata still apply.
            }
        }
        return result;
    }

    private void Visit(JsonElement element, int depth)
    {
        if (depth > 6) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Visit(item, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        if (element.TryGetProperty("@graph", out var graph)) Visit(graph, depth + 1);
        if (!IsArticleType(element)) return;
        Headline ??= StringOf(element, "headline") ?? StringOf(element, "name");
        DatePublished ??= StringOf(element, "datePublished") ?? StringOf(element, "dateCreated");
        if (element.TryGetProperty("author", out var author)) Author ??= NameOf(author);
        if (element.TryGetProperty("publisher", out var publisher)) Publisher ??= NameOf(publisher);
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return element.TryGetProperty("datePublished", out _);
        if (type.ValueKind == JsonValueKind.Array)
            return type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()!));
        return type.ValueKind == JsonValueKind.String && IsArticleTypeName(type.GetString()!);
    }

    private static bool IsArticleTypeName(string type) =>
        type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || type.Contains("Posting", StringComparison.OrdinalIgnoreCase)
        || type is "Report" or "WebPage" or "ItemPage" or "LiveBlogPosting" or "Review";

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim() : null;

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
        JsonValueKind.Object => StringOf(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
