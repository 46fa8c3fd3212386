using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Serialization;

namespace Chronicle.Store.Export;

/// <summary><c>--format stories</c>: one story a line, with the field names fixed by issue #22 (scripts rely on them),
/// so the object is written by hand rather than from <see cref="StorySummary"/>'s shape.</summary>
internal static class StoryLines
{
    public static long Write(IEventStore store, EventFilter filter, TextWriter output)
    {
        long count = 0;
        string? cursor = null;
        do
        {
            var page = store.QueryStories(new StoryFilter { Events = filter }, cursor, 1000);
            foreach (var s in page.Items) { output.WriteLine(Serialize(s)); count++; }
            cursor = page.Next;
        } while (cursor is not null);
        return count;
    }

    public static string Serialize(StorySummary s)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StoreJson.Options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteNumber("id", s.Id);
            w.WriteString("title", s.Title);
            w.WriteString("first_published", s.FirstPublished);
            w.WriteString("last_published", s.LastPublished);
            w.WriteStartArray("articles");
            foreach (var a in s.Articles) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteStartArray("sources");
            foreach (var source in s.Sources) w.WriteStringValue(source);
            w.WriteEndArray();
            w.WriteStartArray("global_events");
            foreach (var g in s.GlobalEvents) w.WriteNumberValue(g);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

/// <summary><c>--format mentions</c>: the GDELT 2.0 Mentions table, 16 tab-separated columns, no header, one row per
/// event mention linked to a global event (docs/store.md lists the columns). Events come in storage order, which keeps
/// an article's events together, so each article's Analysis is read once.</summary>
internal static class MentionsTsv
{
    public static long Write(IEventStore store, EventFilter filter, TextWriter w)
    {
        if (store is not IGlobalEventReader reader) return 0;
        long count = 0;
        Analysis? analysis = null;
        foreach (var page in EventExport.AllEvents(store, filter).Where(e => e.GlobalEventId is not null).Chunk(1000))
        {
            var globals = reader.GetGlobalEvents(page.Select(e => e.GlobalEventId!.Value).Distinct().ToList());
            foreach (var e in page)
            {
                if (!globals.TryGetValue(e.GlobalEventId!.Value, out var g)) continue;
                if (analysis?.Id != e.ArticleId) analysis = store.GetArticle(e.ArticleId);
                WriteRow(w, e, g.Event, analysis);
                count++;
            }
        }
        return count;
    }

    internal static void WriteRow(TextWriter w, StoredEvent e, GlobalEventSummary g, Analysis? a)
    {
        string?[] cells =
        [
            g.Id.ToString(CultureInfo.InvariantCulture),
            Stamp(g.FirstSeen),                                 // EventTimeDate: when the global event was first seen
            Stamp(e.ArticlePublished),                          // MentionTimeDate
            "1",                                                // MentionType: web
            e.ArticleSource ?? Host(e.ArticleUrl),              // MentionSourceName
            e.ArticleUrl ?? e.ArticleId,                        // MentionIdentifier
            (e.Sentence + 1).ToString(CultureInfo.InvariantCulture),
            Offset(ActorOffset(a, e, e.Source)),
            Offset(ActorOffset(a, e, e.Target)),
            Offset(e.Trigger.Start),                            // ActionCharOffset: where the trigger starts
            "1",                                                // InRawText
            ((int)Math.Round(Math.Clamp(e.Confidence, 0, 1) * 100)).ToString(CultureInfo.InvariantCulture),
            a?.Text.Length.ToString(CultureInfo.InvariantCulture) ?? "",
            a?.Framing?.Tone is { } tone ? EventExport.Number(tone) : "",
            "",                                                 // MentionDocTranslationInfo
            "",                                                 // Extras
        ];
        w.WriteLine(string.Join('\t', cells.Select(c => GdeltTsv.Clean(c ?? ""))));
    }

    /// <summary>Where the actor stands in the text: its entity's mention in the event's sentence nearest the trigger
    /// (any mention of it when none is in the sentence), else its name found in the sentence; -1 when neither.</summary>
    internal static int ActorOffset(Analysis? a, StoredEvent e, ActorRef? actor)
    {
        if (actor is null) return -1;
        int sentenceEnd = e.SentenceStart + (e.SentenceText?.Length ?? 0);
        if (a is not null && actor.Entity is { } id && a.Entities.FirstOrDefault(x => x.Id == id) is { Mentions.Count: > 0 } entity)
        {
            var inSentence = entity.Mentions.Where(m => m.Start >= e.SentenceStart && m.End <= sentenceEnd).ToList();
            var pool = inSentence.Count > 0 ? inSentence : entity.Mentions;
            return pool.MinBy(m => Math.Abs(m.Start - e.Trigger.Start))!.Start;
        }
        if (actor.Name is { Length: > 0 } name && e.SentenceText is { } sentence)
        {
            int at = sentence.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return e.SentenceStart + at;
        }
        return -1;
    }

    private static string Offset(int offset) => (offset < 0 ? -1 : offset).ToString(CultureInfo.InvariantCulture);

    /// <summary>YYYYMMDDHHMMSS of a date or a timestamp ("2024-03-12" gives 20240312000000); empty when there is no day.</summary>
    internal static string Stamp(string? value)
    {
        if (EventExport.DayOf(value) is not { } day) return "";
        var time = value!.Length >= 19 && value[10] is 'T' or ' '
                   && TimeOnly.TryParseExact(value.AsSpan(11, 8), "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : TimeOnly.MinValue;
        return day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + time.ToString("HHmmss", CultureInfo.InvariantCulture);
    }

    private static string Host(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "";
}
