using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Store.Export;

/// <summary>JSON for store results (events, quotes, actors ...), snake_case like the Analysis JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(StoredEvent))]
[JsonSerializable(typeof(StoredQuote))]
[JsonSerializable(typeof(ArticleHit))]
[JsonSerializable(typeof(ArticleSummary))]
[JsonSerializable(typeof(ActorCount))]
[JsonSerializable(typeof(TimelineBucket))]
[JsonSerializable(typeof(ActorLink))]
[JsonSerializable(typeof(PlaceCount))]
[JsonSerializable(typeof(StoreCounts))]
[JsonSerializable(typeof(Page<StoredEvent>))]
[JsonSerializable(typeof(Page<StorySummary>))]
[JsonSerializable(typeof(StoryDetail))]
[JsonSerializable(typeof(Page<StoredQuote>))]
[JsonSerializable(typeof(Page<ArticleSummary>))]
[JsonSerializable(typeof(IReadOnlyList<ArticleHit>))]
[JsonSerializable(typeof(IReadOnlyList<ActorCount>))]
[JsonSerializable(typeof(IReadOnlyList<TimelineBucket>))]
[JsonSerializable(typeof(IReadOnlyList<ActorLink>))]
[JsonSerializable(typeof(IReadOnlyList<PlaceCount>))]
public partial class StoreJsonContext : JsonSerializerContext;

public static class StoreJson
{
    /// <summary>Options for exports and the API; relaxed escaping keeps text readable (this is
    /// JSON data, never inlined into HTML — the UI renders it with textContent).</summary>
    public static readonly JsonSerializerOptions Options = new(StoreJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly StoreJsonContext Context = new(Options);
}
