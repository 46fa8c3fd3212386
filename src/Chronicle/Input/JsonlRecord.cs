using System.Globalization;
using System.Text.Json;

namespace Chronicle.Input;

/// <summary>One line of JSON Lines input (DESIGN.md section 2): id and text or html are required.</summary>
public sealed record JsonlRecord(string Id, string? Text, string? Html, DateOnly? Published, string? Title, string? Source, string? Url)
{
    /// <summary>Parses one line; <paramref name="input"/> names it in errors ("IN line 7").</summary>
    public static JsonlRecord Parse(string input, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new InputException(input, $"malformed JSON ({FirstSentence(e.Message)})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InputException(input, "expected a JSON object");
            string? id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind switch
            {
                JsonValueKind.String => idValue.GetString(),
                JsonValueKind.Number => idValue.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrEmpty(id)) throw new InputException(input, "missing \"id\"");
            string? text = OptionalString(input, root, "text");
            string? html = OptionalString(input, root, "html");
            if (text is null && html is null) throw new InputException(input, $"record \"{id}\" has neither \"text\" nor \"html\"");
            var publishedText = OptionalString(input, root, "published");
            DateOnly? published = publishedText is null ? null : ParsePublished(input, publishedText);
            return new JsonlRecord(id, text, html, published, OptionalString(input, root, "title"),
                OptionalString(input, root, "source"), OptionalString(input, root, "url"));
        }
    }

    /// <summary>Accepts YYYY-MM-DD or a full ISO 8601 timestamp (its date part is kept).</summary>
    public static DateOnly ParsePublished(string input, string value)
    {
        var s = value.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt)) return DateOnly.FromDateTime(dt.Date);
        throw new InputException(input, $"published date \"{value}\" is not YYYY-MM-DD");
    }

    private static string? OptionalString(string input, JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String) throw new InputException(input, $"\"{name}\" must be a string");
        return v.GetString();
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
