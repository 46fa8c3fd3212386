using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Ingest.Html;

/// <summary>The output object of <c>chronicle article</c> (DESIGN.md section 2). Every key is
/// written, null where the page did not say.</summary>
public sealed record ArticleJsonObject(string? Id, string? Title, string Text, string? Published, string? Author, string? Site)
{
    public static ArticleJsonObject From(string? id, ExtractedArticle article) => new(id, article.Title, article.Text,
        article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.Author, article.Site);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ArticleJsonObject))]
internal partial class ArticleJsonContext : JsonSerializerContext;

public static class ArticleJson
{
    private static readonly ArticleJsonContext Compact = new(new JsonSerializerOptions(ArticleJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly ArticleJsonContext Indented = new(new JsonSerializerOptions(ArticleJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    public static string Serialize(ArticleJsonObject value, bool indented = false) =>
        JsonSerializer.Serialize(value, (indented ? Indented : Compact).ArticleJsonObject);
}
