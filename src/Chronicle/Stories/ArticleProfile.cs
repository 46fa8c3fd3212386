using System.Globalization;
using System.Text;

namespace Chronicle.Stories;

/// <summary>What story assignment and event linking know of one article: its outlet, its day, its most
/// frequent content words, the names, places and actor codes in it, and its events. Small and flat, so
/// the store keeps it beside the assignment and another worker (or a restart) can replay it.</summary>
public sealed class ArticleProfile
{
    public required string ArticleId { get; init; }
    public string? Source { get; init; }
    /// <summary>Publication day number (<see cref="DateOnly.DayNumber"/>); null when the article has no date.</summary>
    public int? Day { get; init; }
    public string? Title { get; init; }
    public required WeightedKey[] Terms { get; init; }
    public required WeightedKey[] Names { get; init; }
    public required EventMention[] Events { get; init; }

    /// <summary>One line: day, terms, names and events, tab-separated (title and outlet live in their own columns).</summary>
    public string Serialize()
    {
        var b = new StringBuilder(512);
        b.Append(Day?.ToString(CultureInfo.InvariantCulture)).Append('\t');
        AppendKeys(b, Terms);
        b.Append('\t');
        AppendKeys(b, Names);
        b.Append('\t');
        for (int i = 0; i < Events.Length; i++)
        {
            var e = Events[i];
            if (i > 0) b.Append('|');
            b.Append(Clean(e.EventId)).Append(';').Append(e.Root).Append(';').Append(e.Cameo).Append(';')
                .Append(e.SourceName.ToString("x", CultureInfo.InvariantCulture)).Append(';').Append(Clean(e.SourceCode)).Append(';')
                .Append(e.TargetName.ToString("x", CultureInfo.InvariantCulture)).Append(';').Append(Clean(e.TargetCode)).Append(';')
                .Append(e.ExplicitDay?.ToString(CultureInfo.InvariantCulture)).Append(';').Append(Clean(e.Country)).Append(';')
                .Append(e.Trigger.ToString("x", CultureInfo.InvariantCulture)).Append(';').Append(e.Sentence.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(e.SourcePerson ? "S" : "").Append(e.TargetPerson ? "T" : "");
        }
        return b.ToString();
    }

    public static ArticleProfile Parse(string articleId, string? source, string? title, string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4) throw new FormatException($"article {articleId}: a story profile has 4 fields, not {fields.Length}");
        var events = new List<EventMention>();
        foreach (var item in fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = item.Split(';');
            if (f.Length != 12) throw new FormatException($"article {articleId}: an event in a story profile has 12 parts, not {f.Length}");
            events.Add(new EventMention(f[0], f[1], f[2], Hex(f[3]), Null(f[4]), Hex(f[5]), Null(f[6]),
                f[7].Length == 0 ? null : int.Parse(f[7], CultureInfo.InvariantCulture), Null(f[8]), Hex(f[9]),
                int.Parse(f[10], CultureInfo.InvariantCulture), f[11].Contains('S'), f[11].Contains('T')));
        }
        return new ArticleProfile
        {
            ArticleId = articleId, Source = source, Title = title,
            Day = fields[0].Length == 0 ? null : int.Parse(fields[0], CultureInfo.InvariantCulture),
            Terms = ParseKeys(fields[1]), Names = ParseKeys(fields[2]), Events = events.ToArray(),
        };
    }

    private static void AppendKeys(StringBuilder b, WeightedKey[] keys)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            if (i > 0) b.Append(',');
            b.Append(keys[i].Key.ToString("x", CultureInfo.InvariantCulture)).Append(':')
                .Append(keys[i].Weight.ToString("0.###", CultureInfo.InvariantCulture));
        }
    }

    private static WeightedKey[] ParseKeys(string field)
    {
        if (field.Length == 0) return [];
        var parts = field.Split(',');
        var keys = new WeightedKey[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            int colon = parts[i].IndexOf(':');
            keys[i] = new WeightedKey(Hex(parts[i][..colon]), float.Parse(parts[i].AsSpan(colon + 1), CultureInfo.InvariantCulture));
        }
        return keys;
    }

    private static uint Hex(string s) => uint.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    private static string? Null(string s) => s.Length == 0 ? null : s;
    // Event ids and codes are Chronicle's own ("V3", "RUSGOV"); the separators are kept out all the same.
    private static string Clean(string? s) => s is null ? "" : s.Replace(";", "").Replace("|", "").Replace("\t", "");
}
