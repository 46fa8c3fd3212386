using System.Text.Json.Nodes;

namespace Chronicle.Serialization;

/// <summary>Rewrites the offsets of serialized Analysis JSON from UTF-16 code units (Chronicle's own unit)
/// to Unicode code points, the unit Python tools index strings by. Done on the JSON so that every layer,
/// present or future, is converted the same way: every integer "start"/"end" is an offset into "text".</summary>
public static class CodePointOffsets
{
    public static string Convert(string analysisJson, string text, bool indented)
    {
        var map = CodePointIndex(text);
        var root = JsonNode.Parse(analysisJson)!;
        Rewrite(root, map);
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    /// <summary>For each UTF-16 index 0..Length, the number of code points before it.</summary>
    public static int[] CodePointIndex(string text)
    {
        var map = new int[text.Length + 1];
        int points = 0;
        for (int i = 0; i < text.Length; i++)
        {
            map[i] = points;
            // The low half of a surrogate pair belongs to the code point its high half started.
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) points++;
        }
        map[text.Length] = points;
        return map;
    }

    private static void Rewrite(JsonNode? node, int[] map)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in new[] { "start", "end" })
                    if (obj[key] is JsonValue v && v.TryGetValue<int>(out int offset) && offset >= 0 && offset < map.Length)
                        obj[key] = map[offset];
                foreach (var (_, child) in obj) if (child is JsonObject or JsonArray) Rewrite(child, map);
                break;
            case JsonArray array:
                foreach (var child in array) Rewrite(child, map);
                break;
        }
    }
}
