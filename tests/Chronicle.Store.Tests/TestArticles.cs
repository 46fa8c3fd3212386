using System.Text.Json;
using Chronicle.Annotations;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Store.Tests;

/// <summary>Articles the server and browser tests store: a hostile one (markup in its text, title
/// and names; stored as a feed item's summary) and the golden article read from ../shared at run time.</summary>
public static class TestArticles
{
    public const string HostileId = "hostile-1";

    public static Analysis Hostile()
    {
        const string text = "Officials said <script>window.__pwned = 1</script> was found on the site. " +
                            "\"<img src=x onerror=\"window.__pwned = 2\">\" is not a picture, the minister said on Monday.";
        int script = text.IndexOf("<script>", StringComparison.Ordinal);
        int quoteStart = text.IndexOf("<img", StringComparison.Ordinal);
        int quoteEnd = text.IndexOf("\" is not", StringComparison.Ordinal);
        int minister = text.IndexOf("the minister", StringComparison.Ordinal);
        int monday = text.IndexOf("Monday", StringComparison.Ordinal);
        int found = text.IndexOf("found", StringComparison.Ordinal);
        var entity = new Entity { Id = "E1", Name = "<b onmouseover=alert(1)>minister</b>", Type = EntityKind.Person, Code = "XYZGOV" };
        entity.Mentions.Add(new Mention(minister, minister + 12, "the minister"));
        var scriptEntity = new Entity { Id = "E2", Name = "<script>alert(2)</script>", Type = EntityKind.Org };
        scriptEntity.Mentions.Add(new Mention(script, script + 8, "<script>"));
        return new Analysis
        {
            Id = HostileId, Title = "<img src=x onerror=\"window.__pwned = 3\"> Hostile headline", Source = "<i>test</i>",
            Published = "2024-05-06", TextSource = "feed-summary", Language = "en", Models = new SortedDictionary<string, string>(StringComparer.Ordinal),
            Text = text, Sentences = [new SentenceJson(0, text.IndexOf(". ", StringComparison.Ordinal) + 1), new SentenceJson(text.IndexOf("\"<img", StringComparison.Ordinal), text.Length)],
            Entities = [entity, scriptEntity],
            Quotes = [new Quote { Text = text[quoteStart..quoteEnd], Start = quoteStart, End = quoteEnd, Speaker = "E1", SpeakerName = "<u>minister</u>", Cue = "said" }],
            Dates = [new TimeExpression { Text = "Monday", Start = monday, End = monday + 6, Value = "2024-05-06" }],
            Quantities = [],
            Events =
            [
                new EventRecord
                {
                    Id = "V1", Cameo = "010", Root = "01", QuadClass = 1, Goldstein = 0, Plover = "<script>x</script>",
                    Source = new EventActor("E1", "<svg onload=alert(3)>", "XYZGOV"), Sentence = 0,
                    Trigger = new Mention(found, found + 5, "found"), Date = "2024-05-06",
                    Location = new EventLocation("<img src=x onerror=alert(4)>", "XYZ", 10, 10), Confidence = 0.5,
                },
            ],
            Framing = new Framing(),
        };
    }

    /// <summary>The repository root (where Chronicle.slnx is), found from the test's folder.</summary>
    public static string RepoRoot() => SharedData.RepoRoot;

    /// <summary>The golden article analyzed by the real pipeline; where the pipeline does not yet
    /// find quotes, entities, dates or events, they come from the gold file, located in the text by
    /// their words (events are anchored at the first word of their description found in the text).
    /// Null when ../shared/golden is not there.</summary>
    public static Analysis? Golden()
    {
        string folder = SharedData.PathOf("golden");
        string goldPath = Path.Combine(folder, "france-iraq-2021.gold.json");
        if (!File.Exists(goldPath)) return null;
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var g = gold.RootElement;
        string text = File.ReadAllText(Path.Combine(folder, g.GetProperty("text_file").GetString()!));
        var metadata = new DocumentMetadata
        {
            Id = g.GetProperty("id").GetString(), Title = g.GetProperty("title").GetString(),
            Published = DateOnly.Parse(g.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        };
        var a = new Analyzer(ChroniclePipeline.CreateDefault()).AnalyzeToJson("golden", text, metadata);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (a.Entities.Count == 0)
        {
            foreach (var e in g.GetProperty("entities").EnumerateArray())
            {
                var entity = new Entity
                {
                    Id = "E" + (entities.Count + 1), Name = e.GetProperty("name").GetString()!, Type = EntityKinds.Parse(e.GetProperty("type").GetString()!),
                    Code = e.TryGetProperty("code", out var c) ? c.GetString() : null,
                };
                foreach (var m in e.GetProperty("mentions").EnumerateArray())
                    foreach (int at in Occurrences(text, m.GetString()!)) entity.Mentions.Add(new Mention(at, at + m.GetString()!.Length, m.GetString()!));
                entity.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
                entities[entity.Name] = entity;
                a.Entities.Add(entity);
            }
        }
        if (a.Quotes.Count == 0)
            foreach (var q in g.GetProperty("quotes").EnumerateArray())
            {
                string words = q.GetProperty("text").GetString()!;
                int at = text.IndexOf(words, StringComparison.Ordinal);
                if (at < 0) continue;
                string? speaker = q.TryGetProperty("speaker", out var s) ? s.GetString() : null;
                a.Quotes.Add(new Quote { Text = words, Start = at, End = at + words.Length, SpeakerName = speaker, Speaker = speaker is null ? null : entities.GetValueOrDefault(speaker)?.Id });
            }
        if (a.Dates.Count == 0)
            foreach (var d in g.GetProperty("dates").EnumerateArray())
            {
                string words = d.GetProperty("text").GetString()!;
                int at = text.IndexOf(words, StringComparison.Ordinal);
                if (at >= 0) a.Dates.Add(new TimeExpression { Text = words, Start = at, End = at + words.Length, Value = d.GetProperty("value").GetString()! });
            }
        if (a.Events.Count == 0)
            foreach (var e in g.GetProperty("events").EnumerateArray())
            {
                string what = e.GetProperty("what").GetString()!;
                var anchor = what.Split(' ', ':', ',', '(', ')').Where(w => w.Length >= 5 && char.IsLower(w[0]))
                    .Select(w => (Word: w, At: Occurrences(text, w).DefaultIfEmpty(-1).First())).FirstOrDefault(x => x.At >= 0);
                if (anchor.Word is null) continue;
                string root = e.GetProperty("root").GetString()!;
                int quad = int.Parse(root, System.Globalization.CultureInfo.InvariantCulture) switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 };
                int sentence = Math.Max(0, a.Sentences.FindIndex(s => s.Start <= anchor.At && anchor.At < s.End));
                a.Events.Add(new EventRecord
                {
                    Id = "V" + (a.Events.Count + 1), Cameo = e.TryGetProperty("cameo", out var c) ? c.GetString()! : root + "0", Root = root,
                    QuadClass = quad, Source = new EventActor(null, e.GetProperty("source").GetString()!, e.GetProperty("source").GetString()),
                    Target = new EventActor(null, e.GetProperty("target").GetString()!, e.GetProperty("target").GetString()),
                    Date = e.TryGetProperty("date", out var d) ? d.GetString() : null, Sentence = sentence,
                    Trigger = new Mention(anchor.At, anchor.At + anchor.Word.Length, anchor.Word), Confidence = 1,
                });
            }
        return a;
    }

    private static IEnumerable<int> Occurrences(string text, string words)
    {
        for (int at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + words.Length, StringComparison.Ordinal))
        {
            bool startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool endsWord = at + words.Length == text.Length || !char.IsLetterOrDigit(text[at + words.Length]);
            if (startsWord && endsWord) yield return at;
        }
    }
}
