using System.Text.Json;
using Chronicle.Serialization;
using Chronicle.Store.Export;

namespace Chronicle.Store.Tests;

public sealed class EventExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chronicle-export-").FullName;
    private readonly SqliteEventStore store;

    public EventExportTests()
    {
        store = new SqliteEventStore(Path.Combine(folder, "export.db"));
        foreach (var a in SyntheticCorpus.Articles(4, 5)) store.Store(a);
        store.Store(TestArticles.Hostile());
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    internal static List<StoredEvent> All(IEventStore store, EventFilter filter) => EventExport.AllEvents(store, filter).ToList();

    private string Export(string format, EventFilter? filter = null)
    {
        var writer = new StringWriter { NewLine = "\n" };
        EventExport.Write(store, filter ?? EventFilter.None, format, writer);
        return writer.ToString();
    }

    [Fact]
    public void GdeltRowsHaveSixtyOneColumnsInGdeltOrder()
    {
        var lines = Export("gdelt").TrimEnd('\n').Split('\n');
        Assert.Equal(21, lines.Length);
        var first = All(store, EventFilter.None)[0];
        var cells = lines[0].Split('\t');
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        Assert.Equal((first.GlobalEventId ?? first.Key).ToString(), cells[0]);     // GLOBALEVENTID: the global event (a row key when unlinked)
        Assert.Equal(first.Date!.Replace("-", ""), cells[1]);                     // SQLDATE
        Assert.Equal(first.Source!.Code, cells[5]);                               // Actor1Code
        Assert.Equal(first.Source.Name!.ToUpperInvariant(), cells[6]);            // Actor1Name
        Assert.Equal(first.Target!.Code, cells[15]);                              // Actor2Code
        Assert.Equal(first.Cameo, cells[26]);                                     // EventCode
        Assert.Equal(first.Root, cells[28]);                                      // EventRootCode
        Assert.Equal(first.QuadClass.ToString(), cells[29]);                      // QuadClass
        Assert.Equal(first.Location!.Name, cells[52]);                            // ActionGeo_FullName
        Assert.Equal(first.ArticleUrl, cells[60]);                                // SOURCEURL
        var un = lines.Select(l => l.Split('\t')).FirstOrDefault(c => c[5] == "IGOUNO");
        if (un is not null) Assert.Equal(("", "UNO", "IGO"), (un[7], un[8], un[12])); // a group: no country, KnownGroup UNO, Type1 IGO
    }

    [Fact]
    public void CsvQuotesFieldsAndDefusesFormulas()
    {
        var lines = Export("csv", new EventFilter { ArticleId = TestArticles.HostileId }).TrimEnd('\n').Split('\n');
        Assert.StartsWith("key,article_id,event_id,date,cameo", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",Officials said <script>window.__pwned = 1</script> was found on the site.,", lines[1]);
        var formula = SyntheticCorpus.Article(90, 1);
        formula.Events[0].Source = new Chronicle.Annotations.EventActor(null, "=SUM(1,2)", "ABC");
        store.Store(formula);
        var row = Export("csv", new EventFilter { ArticleId = "synthetic-90" }).Split('\n')[1];
        Assert.Contains(",ABC,\"'=SUM(1,2)\",ABC,", row);
        var byActor = Export("csv", new EventFilter { Actor = "FRA" });
        Assert.All(byActor.Split('\n').Skip(1).Where(l => l.Length > 0), l => Assert.Contains("FRA", l));
    }

    [Fact]
    public void PloverAndJsonLinesAreOneObjectPerEvent()
    {
        var plover = Export("plover").TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(21, plover.Count);
        var hostile = plover.Single(p => p.GetProperty("article_id").GetString() == TestArticles.HostileId);
        Assert.Equal("<script>x</script>", hostile.GetProperty("event").GetString());
        Assert.Equal("XYZGOV", hostile.GetProperty("actor").GetProperty("code").GetString());
        Assert.Equal("010", hostile.GetProperty("cameo").GetProperty("code").GetString());
        var jsonl = Export("jsonl").TrimEnd('\n').Split('\n');
        Assert.Equal(21, jsonl.Length);
        Assert.All(jsonl, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("trigger", out _)));
    }

    [Fact]
    public void AnalysesExportLoadsBackIdentically()
    {
        var lines = Export("analyses").TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        using var copy = new SqliteEventStore(Path.Combine(folder, "copy.db"));
        foreach (var line in lines) copy.Store(AnalysisJson.Deserialize(line)!);
        Assert.Equal(store.Counts(), copy.Counts());
        Assert.Equal(AnalysisJson.Serialize(store.GetArticle(TestArticles.HostileId)!), AnalysisJson.Serialize(copy.GetArticle(TestArticles.HostileId)!));
        Assert.Throws<StoreException>(() => Export("xml"));
    }
}
