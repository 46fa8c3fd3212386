using System.Text.Json;
using Chronicle.Store.Export;

namespace Chronicle.Store.Tests;

/// <summary>The story exports over a real SQLite store: stories JSON Lines, GDELT rows per global event with real
/// counts, and the GDELT Mentions table whose offsets point into the article text.</summary>
public sealed class StoryExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-story-export-").FullName;
    private readonly SqliteEventStore store;
    private readonly long border;

    public StoryExportTests()
    {
        store = new SqliteEventStore(Path.Combine(folder, "export.db"));
        border = StoryTestData.StoreAll(store);
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private string[] Export(string format, EventFilter? filter = null)
    {
        var writer = new StringWriter { NewLine = "\n" };
        EventExport.Write(store, filter ?? EventFilter.None, format, writer);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private StoredEvent Meeting(string article) =>
        store.QueryEvents(new EventFilter { ArticleId = article }).Items.Single(e => e.Trigger.Text == "met");

    [Fact]
    public void StoriesAreOneObjectALineWithTheFixedFieldNames()
    {
        var lines = Export("stories").Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, s => Assert.Equal(["id", "title", "first_published", "last_published", "articles", "sources", "global_events"],
            s.EnumerateObject().Select(p => p.Name)));
        var story = lines.Single(s => s.GetProperty("id").GetInt64() == border);
        Assert.Equal(StoryTestData.HostileTitle, story.GetProperty("title").GetString());
        Assert.Equal(StoryTestData.Border, story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(3, story.GetProperty("sources").GetArrayLength());
        Assert.Contains(Meeting("border-1").GlobalEventId!.Value, story.GetProperty("global_events").EnumerateArray().Select(g => g.GetInt64()));
        Assert.Equal([border], Export("stories", new EventFilter { Actor = "DEU" }).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()));
    }

    [Fact]
    public void EventLinesCarryTheirGlobalEventAndStory()
    {
        var line = JsonDocument.Parse(Export("jsonl", new EventFilter { ArticleId = "border-2" })[0]).RootElement;
        Assert.Equal(Meeting("border-1").GlobalEventId, line.GetProperty("global_event_id").GetInt64());
        Assert.Equal(border, line.GetProperty("story_id").GetInt64());
    }

    [Fact]
    public void GdeltWritesOneRowPerGlobalEventWithRealCountsAndUnlinkedEventsAsBefore()
    {
        var meeting = Meeting("border-1");
        var rows = Export("gdelt").Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        var row = Assert.Single(rows, r => r[0] == meeting.GlobalEventId.ToString());
        Assert.Equal(("3", "3", "3"), (row[31], row[32], row[33]));             // NumMentions, NumSources, NumArticles
        Assert.Equal(("20240312", "040", "FRAGOV", "DEUGOV"), (row[1], row[26], row[5], row[15]));
        Assert.Equal("https://news.example/border-1", row[60]);                    // SOURCEURL: the first report
        Assert.Equal("20240312000000", row[59]);                                   // DATEADDED: first seen
        int globals = store.QueryEvents(EventFilter.None, null, 1000).Items.Select(e => e.GlobalEventId).Distinct().Count();
        Assert.Equal(globals, rows.Count);

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + store.Path))
        {
            connection.Open();
            SqlEventStore.Execute(connection, null, "DELETE FROM event_mentions WHERE article_id = 'strike-1'"); // as if stored before stories
        }
        var strike = store.QueryEvents(new EventFilter { ArticleId = "strike-1" }).Items;
        var after = Export("gdelt").Select(l => l.Split('\t')).ToList();
        foreach (var e in strike)
        {
            var legacy = Assert.Single(after, r => r[0] == e.Key.ToString() && r[26] == e.Cameo);
            Assert.Equal(("1", "1", "1"), (legacy[31], legacy[32], legacy[33]));
        }
    }

    [Fact]
    public void MentionsHaveSixteenColumnsAndOffsetsAtTheTriggerAndActors()
    {
        var rows = Export("mentions").Select(l => l.Split('\t')).ToList();
        var all = store.QueryEvents(EventFilter.None, null, 1000).Items;
        Assert.Equal(all.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(16, r.Length));
        foreach (var (row, e) in rows.Zip(all))
        {
            var text = store.GetArticle(e.ArticleId)!.Text;
            Assert.Equal(e.GlobalEventId.ToString(), row[0]);
            Assert.Equal("https://news.example/" + e.ArticleId, row[5]);                   // MentionIdentifier
            Assert.Equal((e.Sentence + 1).ToString(), row[6]);                             // SentenceID, 1-based
            Assert.StartsWith(e.Trigger.Text, text[int.Parse(row[9])..]);                  // ActionCharOffset
            Assert.Equal(text.Length.ToString(), row[12]);                                 // MentionDocLen
            Assert.InRange(int.Parse(row[11]), 0, 100);                                    // Confidence
            Assert.Equal(("1", "1", "", ""), (row[3], row[10], row[14], row[15]));
        }
        var second = rows[all.ToList().FindIndex(e => e.ArticleId == "border-2" && e.Trigger.Text == "met")];
        string border2 = store.GetArticle("border-2")!.Text;
        Assert.Equal(StoryTestData.HostileOutlet, second[4]);                               // MentionSourceName
        Assert.StartsWith("Jean Dupont", border2[int.Parse(second[7])..]);                 // Actor1CharOffset
        Assert.StartsWith("Klaus Weber", border2[int.Parse(second[8])..]);                 // Actor2CharOffset
        Assert.Equal(("20240312000000", "20240312000000"), (second[1], second[2]));
        Assert.Equal(store.GetArticle("border-2")!.Framing.Tone is { } tone ? EventExport.Number(tone) : "", second[13]);
    }

    [Theory]
    [InlineData("2024-03-12", "20240312000000")]
    [InlineData("2024-03-12T08:15:30Z", "20240312081530")]
    [InlineData("2024-03", "")]
    [InlineData(null, "")]
    public void MentionTimesAreGdeltStamps(string? value, string expected) => Assert.Equal(expected, MentionsTsv.Stamp(value));
}
