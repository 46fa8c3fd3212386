using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Serialization;

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
    private static readonly ArticleJsonContext Compact = new(JsonOutput.Readable(ArticleJsonContext.Default.Options, indented: false));
    private static readonly ArticleJsonContext Indented = new(JsonOutput.Readable(ArticleJsonContext.Default.Options, indented: true));

    public static string Serialize(ArticleJsonObject value, bool indented = false) =>
        JsonSerializer.Serialize(value, (indented ? Indented : Compact).ArticleJsonObject);
}
