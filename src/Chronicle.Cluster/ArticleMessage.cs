using System.Buffers;
using System.Text;
using System.Text.Json;
using Chronicle.Ingest.Sources;
using Chronicle.Input;

namespace Chronicle.Cluster;

/// <summary>The body of a work message: one JSON Lines input record (DESIGN.md section 2: id, text or
/// html, title, url, source, published), so a worker reads it with the same parser as <c>ingest --jsonl</c>.
/// HTML stays HTML: extracting the article is CPU work, and it belongs to the workers.</summary>
public static class ArticleMessage
{
    public static byte[] Encode(IngestItem item)
    {
        var buffer = new ArrayBufferWriter<byte>((item.Content?.Length ?? 0) + 256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString(item.IsHtml ? "html" : "text", item.Content ?? "");
            WriteOptional(json, "title", item.Title);
            WriteOptional(json, "url", item.Url);
            WriteOptional(json, "source", item.Source);
            WriteOptional(json, "published", item.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("input", item.Input); // where it was read from, for error messages; the record parser ignores it
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The article of a message; a malformed body throws its one-line reason naming <paramref name="input"/>.</summary>
    public static IngestItem Decode(string input, ReadOnlySpan<byte> body)
    {
        string json;
        try
        {
            json = new UTF8Encoding(false, true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(input, "message body is not UTF-8");
        }
        return IngestItem.From(JsonlRecord.Parse(input, json), input);
    }

    /// <summary>Why an id cannot name a message (the broker carries it in a header line), or null.</summary>
    public static string? IdProblem(string id)
    {
        foreach (char c in id)
            if (char.IsControl(c)) return "article id contains a control character";
        return id.Length > 1024 ? "article id is longer than 1024 characters" : null;
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }
}
