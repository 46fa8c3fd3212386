using System.Text.Encodings.Web;
using System.Text.Json;

namespace Chronicle.Serialization;

/// <summary>The options every JSON writer of Chronicle shares, built on a source-generated context's options.</summary>
public static class JsonOutput
{
    /// <summary>Relaxed escaping keeps quotation marks and accents readable; the output is data, never HTML.</summary>
    public static JsonSerializerOptions Readable(JsonSerializerOptions generated, bool indented) =>
        new(generated) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = indented };
}
