using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Annotations;

namespace Chronicle.Serialization;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Analysis))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(EventRecord))]
internal partial class AnalysisJsonContext : JsonSerializerContext;

/// <summary>Writes and reads Analysis JSON with source-generated serializers. The output is
/// deterministic: property order is fixed by the types and collections are written in order.</summary>
public static class AnalysisJson
{
    // Relaxed escaping keeps quotation marks and accents readable; the output is data, never HTML.
    private static readonly AnalysisJsonContext Compact = new(new JsonSerializerOptions(AnalysisJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly AnalysisJsonContext Indented = new(new JsonSerializerOptions(AnalysisJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    public static string Serialize(Analysis analysis, bool indented = false) =>
        JsonSerializer.Serialize(analysis, (indented ? Indented : Compact).Analysis);

    public static void Write(Utf8JsonWriter writer, Analysis analysis) =>
        JsonSerializer.Serialize(writer, analysis, Compact.Analysis);

    public static Analysis? Deserialize(string json) => JsonSerializer.Deserialize(json, Compact.Analysis);
}
