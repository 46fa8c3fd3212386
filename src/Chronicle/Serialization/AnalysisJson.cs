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
    private static readonly AnalysisJsonContext Compact = new(JsonOutput.Readable(AnalysisJsonContext.Default.Options, indented: false));
    private static readonly AnalysisJsonContext Indented = new(JsonOutput.Readable(AnalysisJsonContext.Default.Options, indented: true));

    public static string Serialize(Analysis analysis, bool indented = false) =>
        JsonSerializer.Serialize(analysis, (indented ? Indented : Compact).Analysis);

    public static Analysis? Deserialize(string json) => JsonSerializer.Deserialize(json, Compact.Analysis);
}
