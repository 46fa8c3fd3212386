using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Serialization;

namespace Chronicle.Store.Export;

/// <summary>Streams events out of a store, page by page (bounded memory), in one of the export
/// formats documented in docs/store.md.</summary>
public static class EventExport
{
    public static readonly string[] Formats = ["jsonl", "csv", "gdelt", "mentions", "stories", "plover", "analyses"];

    /// <summary>Writes every matching event (every article for "analyses"); returns how many records.</summary>
    public static long Write(IEventStore store, EventFilter filter, string format, TextWriter output)
    {
        if (format == "analyses") return WriteAnalyses(store, filter, output);
        if (format == "gdelt") return GdeltTsv.Write(store, filter, output);
        if (format == "mentions") return MentionsTsv.Write(store, filter, output);
        if (format == "stories") return StoryLines.Write(store, filter, output);
        Action<StoredEvent, TextWriter> write = format switch
        {
            "jsonl" => (e, w) => w.WriteLine(JsonSerializer.Serialize(e, StoreJson.Context.StoredEvent)),
            "csv" => Csv.WriteRow,
            "plover" => (e, w) => w.WriteLine(Plover.Serialize(e)),
            _ => throw new StoreException($"unknown export format \"{format}\" (use {string.Join(", ", Formats)})"),
        };
        if (format == "csv") Csv.WriteHeader(output);
        long count = 0;
        foreach (var e in AllEvents(store, filter))
        {
            write(e, output);
            count++;
        }
        return count;
    }

    public static IEnumerable<StoredEvent> AllEvents(IEventStore store, EventFilter filter)
    {
        string? cursor = null;
        do
        {
            var page = store.QueryEvents(filter, cursor, 1000);
            foreach (var e in page.Items) yield return e;
            cursor = page.Next;
        } while (cursor is not null);
    }

    /// <summary>Full Analysis JSON Lines of the stored articles (of the matching events' articles when filtered):
    /// the input of <c>chronicle store load</c>, so a store can be copied between SQLite and PostgreSQL.</summary>
    private static long WriteAnalyses(IEventStore store, EventFilter filter, TextWriter output)
    {
        IEnumerable<string> ids = filter == EventFilter.None
            ? AllArticleIds(store)
            : AllEvents(store, filter).Select(e => e.ArticleId).Distinct();
        long count = 0;
        foreach (var id in ids)
        {
            if (store.GetArticle(id) is not { } analysis) continue;
            output.WriteLine(AnalysisJson.Serialize(analysis));
            count++;
        }
        return count;
    }

    private static IEnumerable<string> AllArticleIds(IEventStore store)
    {
        string? cursor = null;
        do
        {
            var page = store.ListArticles(cursor, 1000);
            foreach (var a in page.Items) yield return a.Id;
            cursor = page.Next;
        } while (cursor is not null);
    }

    /// <summary>yyyyMMdd of an event date that has a day, else of the article's publication date; null when neither does.</summary>
    internal static DateOnly? DayOf(StoredEvent e) => DayOf(e.Date) ?? DayOf(e.ArticlePublished);

    /// <summary>The day of a TIMEX value or timestamp that has one ("2024-03-12", "2024-03-12T08:00:00Z"); null for less.</summary>
    internal static DateOnly? DayOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>RFC 4180 CSV with a header line. Text cells that a spreadsheet would run as a formula
/// (starting with = + - @) get a leading apostrophe: article text is hostile input.</summary>
internal static class Csv
{
    private static readonly string[] Header =
    [
        "key", "article_id", "event_id", "date", "cameo", "root", "quad_class", "goldstein", "plover",
        "source_code", "source_name", "source_country", "target_code", "target_name", "target_country",
        "location", "location_country", "lat", "lon", "trigger", "sentence", "confidence", "article_title", "article_url",
    ];

    public static void WriteHeader(TextWriter w) => w.WriteLine(string.Join(',', Header));

    public static void WriteRow(StoredEvent e, TextWriter w)
    {
        string?[] cells =
        [
            e.Key.ToString(CultureInfo.InvariantCulture), Text(e.ArticleId), Text(e.EventId), e.Date, e.Cameo, e.Root,
            e.QuadClass.ToString(CultureInfo.InvariantCulture), EventExport.Number(e.Goldstein), e.Plover,
            Text(e.Source?.Code), Text(e.Source?.Name), e.Source?.Country, Text(e.Target?.Code), Text(e.Target?.Name), e.Target?.Country,
            Text(e.Location?.Name), e.Location?.Country, e.Location?.Lat is { } lat ? EventExport.Number(lat) : null,
            e.Location?.Lon is { } lon ? EventExport.Number(lon) : null, Text(e.Trigger.Text), Text(e.SentenceText),
            EventExport.Number(e.Confidence), Text(e.ArticleTitle), Text(e.ArticleUrl),
        ];
        w.WriteLine(string.Join(',', cells.Select(Quote)));
    }

    private static string? Text(string? value) => value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;

    private static string Quote(string? cell)
    {
        if (cell is null) return "";
        if (cell.IndexOfAny([',', '"', '\n', '\r']) < 0) return cell;
        return "\"" + cell.Replace("\"", "\"\"") + "\"";
    }
}

/// <summary>PLOVER-style event JSON (one object a line): PLOVER's event category with actor and
/// recipient, plus the CAMEO coding and the source sentence it was read from.</summary>
internal static class Plover
{
    public static string Serialize(StoredEvent e)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StoreJson.Options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("id", e.ArticleId + "-" + e.EventId);
            w.WriteString("date", EventExport.DayOf(e)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? e.Date);
            w.WriteString("event", e.Plover);
            w.WriteString("mode", (string?)null);
            w.WriteStartArray("context");
            w.WriteEndArray();
            Actor(w, "actor", e.Source);
            Actor(w, "recipient", e.Target);
            w.WriteStartObject("location");
            w.WriteString("name", e.Location?.Name);
            w.WriteString("country", e.Location?.Country);
            if (e.Location?.Lat is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
            if (e.Location?.Lon is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
            w.WriteEndObject();
            w.WriteStartObject("cameo");
            w.WriteString("code", e.Cameo);
            w.WriteString("root", e.Root);
            w.WriteNumber("quad_class", e.QuadClass);
            w.WriteNumber("goldstein", e.Goldstein);
            w.WriteEndObject();
            w.WriteString("trigger", e.Trigger.Text);
            w.WriteString("source_text", e.SentenceText);
            w.WriteString("article_id", e.ArticleId);
            w.WriteString("url", e.ArticleUrl);
            w.WriteNumber("confidence", e.Confidence);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Actor(Utf8JsonWriter w, string name, ActorRef? actor)
    {
        w.WriteStartObject(name);
        w.WriteString("name", actor?.Name);
        w.WriteString("code", actor?.Code);
        w.WriteString("country", actor?.Country);
        w.WriteEndObject();
    }
}
