using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Store.Tests;

/// <summary>Articles written for the story tests and analyzed by the real pipeline: three outlets report one
/// meeting of two foreign ministers on the same day (with different death tolls, and one outlet's loaded words in
/// the meeting's sentence), and a fourth article about something else entirely. The first title and the second
/// outlet carry markup, so every view of a story shows hostile text.</summary>
public static class StoryTestData
{
    public const string HostileTitle = "<img src=x onerror=\"window.__pwned = 7\"> Ministers meet over the border crisis";
    public const string HostileOutlet = "<script>window.__pwned = 8</script>East Herald";
    public const string LoadedTerm = "cynical ploy";

    public static readonly (string Id, string Source, string Published, string Title, string Text)[] Articles =
    [
        ("border-1", "North Post", "2024-03-12", HostileTitle,
            "French Foreign Minister Jean Dupont met German Foreign Minister Klaus Weber in Paris on Tuesday to discuss the border crisis. " +
            "Dupont said the talks were useful. At least 12 people were killed in clashes near the border last week, officials said."),
        ("border-2", HostileOutlet, "2024-03-12", "Paris talks on the border",
            "French Foreign Minister Jean Dupont met German Foreign Minister Klaus Weber in Paris on Tuesday in a cynical ploy to calm the border crisis. " +
            "Weber said the talks were useful. At least 15 people were killed in clashes near the border last week, officials said."),
        ("border-3", "West Daily", "2024-03-13", "Ministers meet in Paris as border crisis deepens",
            "French Foreign Minister Jean Dupont met German Foreign Minister Klaus Weber in Paris on Tuesday, a day after the border crisis deepened. " +
            "Dupont called the talks useful. At least 12 people were killed in the clashes near the border, officials said."),
        ("strike-1", "South Times", "2024-06-20", "Arrests in Nairobi strike",
            "Police in Nairobi arrested 30 protesters on Thursday after a transport strike shut the city. Kenyan President William Ruto condemned the violence."),
    ];

    public static readonly string[] Border = ["border-1", "border-2", "border-3"];

    private static readonly Lazy<List<Analysis>> Analyzed = new(() =>
    {
        var analyzer = new Analyzer(ChroniclePipeline.CreateDefault());
        return Articles.Select(a => analyzer.AnalyzeToJson(a.Id, a.Text, new DocumentMetadata
        {
            Id = a.Id, Title = a.Title, Source = a.Source, Url = "https://news.example/" + a.Id,
            Published = DateOnly.ParseExact(a.Published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
    });

    /// <summary>The analyses, fresh copies each time (a store may keep what it is given).</summary>
    public static List<Analysis> Analyses() => Analyzed.Value.Select(a => AnalysisJson.Deserialize(AnalysisJson.Serialize(a))!).ToList();

    /// <summary>Stores every article (the store's own writer assigns stories and links events) and returns the border story's id.</summary>
    public static long StoreAll(IEventStore store)
    {
        foreach (var a in Analyses()) store.Store(a);
        var events = store.QueryEvents(new EventFilter { ArticleId = "border-1" }).Items;
        return events.First(e => e.StoryId is not null).StoryId!.Value;
    }
}
