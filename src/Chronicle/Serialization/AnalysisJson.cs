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

/// <summary>The same contract with metadata-only serializers: the writer can then flush to a stream as it goes,
/// where the fast-path serializers of <see cref="AnalysisJsonContext"/> fill one buffer with the whole JSON first.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Analysis))]
internal partial class AnalysisStreamingJsonContext : JsonSerializerContext;

/// <summary>Writes and reads Analysis JSON with source-generated serializers. The output is
/// deterministic: property order is fixed by the types and collections are written in order.</summary>
public static class AnalysisJson
{
    private static readonly AnalysisJsonContext Compact = new(JsonOutput.Readable(AnalysisJsonContext.Default.Options, indented: false));
    private static readonly AnalysisJsonContext Indented = new(JsonOutput.Readable(AnalysisJsonContext.Default.Options, indented: true));
    private static readonly AnalysisStreamingJsonContext StreamingCompact = new(JsonOutput.Readable(AnalysisStreamingJsonContext.Default.Options, indented: false));
    private static readonly AnalysisStreamingJsonContext StreamingIndented = new(JsonOutput.Readable(AnalysisStreamingJsonContext.Default.Options, indented: true));

    public static string Serialize(Analysis analysis, bool indented = false) =>
        JsonSerializer.Serialize(analysis, (indented ? Indented : Compact).Analysis);

    /// <summary>Writes the JSON to <paramref name="output"/> as it is produced, so a long document's output
    /// never exists whole in memory (a 19 MB text gives over 100 MB of JSON; issue 19).</summary>
    public static void Write(Stream output, Analysis analysis, bool indented = false) =>
        JsonSerializer.Serialize(output, analysis, (indented ? StreamingIndented : StreamingCompact).Analysis);

    public static Analysis? Deserialize(string json) => JsonSerializer.Deserialize(json, Compact.Analysis);
}
