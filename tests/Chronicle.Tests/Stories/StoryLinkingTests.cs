using Chronicle.Annotations;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Stories;
using Chronicle.Text;

namespace Chronicle.Tests.Stories;

/// <summary>
/// Same-event linking on reports written for these tests: the wrong merges the issue names (the same
/// act on another day, the same wording in another country, the same actors doing another kind of act)
/// and the right ones (a date in one report only; a person named in one and only his office in the other).
/// Where the event coder reads the sentences reliably the whole pipeline codes them; elsewhere the
/// events are written as the coder writes them, so the test is about linking, not coding.
/// </summary>
public class StoryLinkingTests
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => ChroniclePipeline.CreateDefault());

    private static Analysis Analyze(string id, string published, string source, string text) =>
        Analysis.From(Pipeline.Value.Process(new Document(text, new DocumentMetadata
        {
            Id = id, Source = source, Title = text, Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        }) { Language = "en" }));

    /// <summary>An article of one sentence with one event; <paramref name="dateWords"/> (words of the sentence) dates it explicitly.</summary>
    private static Analysis Written(string id, string published, string source, string text, string cameo,
        (string Name, string? Code, bool Person) from, (string Name, string? Code, bool Person) to, string? dateWords = null, string? dateValue = null)
    {
        var entities = new List<Entity>();
        EventActor Actor((string Name, string? Code, bool Person) a)
        {
            int at = text.IndexOf(a.Name, StringComparison.Ordinal);
            var entity = new Entity
            {
                Id = "E" + (entities.Count + 1), Name = a.Name, Code = a.Code, Type = a.Person ? EntityKind.Person : EntityKind.Gpe,
                Mentions = [new Mention(at, at + a.Name.Length, a.Name)],
            };
            entities.Add(entity);
            return new EventActor(entity.Id, a.Name, a.Code);
        }
        var dates = new List<TimeExpression>();
        if (dateWords is not null)
        {
            int at = text.IndexOf(dateWords, StringComparison.Ordinal);
            dates.Add(new TimeExpression { Text = dateWords, Start = at, End = at + dateWords.Length, Value = dateValue! });
        }
        int trigger = text.IndexOf(' ', text.IndexOf(from.Name, StringComparison.Ordinal) + from.Name.Length) + 1;
        int triggerEnd = text.IndexOf(' ', trigger);
        var source2 = Actor(from);
        var target = Actor(to);
        return new Analysis
        {
            Id = id, Source = source, Title = text, Published = published, Language = "en", Models = [], Text = text,
            Sentences = [new SentenceJson(0, text.Length)], Entities = entities, Quotes = [], Dates = dates, Quantities = [],
            Framing = new Chronicle.Annotations.Framing(),
            Events =
            [
                new EventRecord
                {
                    Id = "V1", Cameo = cameo, Root = cameo[..2], Source = source2, Target = target, Date = dateValue ?? published, Sentence = 0,
                    Trigger = new Mention(trigger, triggerEnd, text[trigger..triggerEnd]), Confidence = 0.8,
                },
            ],
        };
    }

    /// <summary>The global event of each article's first event, after assigning them in order.</summary>
    private static long[] Link(params Analysis[] articles)
    {
        var clusterer = new StoryClusterer(StoryOptions.Default, EventLinkModel.Load());
        var ids = new CountingStoryIds();
        return articles.Select(a =>
        {
            var assignment = clusterer.Assign(ArticleProfiler.Profile(a), ids);
            return Assert.Single(assignment.Links.Take(1)).GlobalEventId;
        }).ToArray();
    }

    private static readonly (string, string?, bool) Russia = ("Russia", "RUS", false), Rebels = ("Chechen rebels", "---REB", false);

    [Fact]
    public void TheSameActOnAnotherDayIsAnotherEvent()
    {
        var links = Link(
            Written("a1", "1996-08-22", "Wire A", "Russia signed a ceasefire with Chechen rebels on Thursday in Grozny.", "057", Russia, Rebels, "on Thursday", "1996-08-22"),
            Written("a2", "1996-08-27", "Wire B", "Russia signed a ceasefire with Chechen rebels on Tuesday in Grozny.", "057", Russia, Rebels, "on Tuesday", "1996-08-27"));
        Assert.NotEqual(links[0], links[1]);
    }

    [Fact]
    public void TheSameWordingInAnotherCountryIsAnotherEvent()
    {
        var kenya = Analyze("b1", "1996-08-26", "Wire A", "Kenyan police arrested opposition protesters in Nairobi on Monday.");
        var nigeria = Analyze("b2", "1996-08-26", "Wire B", "Nigerian police arrested opposition protesters in Lagos on Monday.");
        var links = Link(kenya, nigeria);
        Assert.NotEqual(links[0], links[1]);
    }

    [Fact]
    public void TheSameActorsDoingAnotherKindOfActIsAnotherEvent()
    {
        var criticised = Analyze("d1", "1996-08-26", "Wire A", "Russia criticised Ukraine on Monday.");
        var attacked = Analyze("d2", "1996-08-26", "Wire B", "Russia attacked Ukraine on Monday.");
        Assert.NotEqual(criticised.Events[0].Root, attacked.Events[0].Root);
        var links = Link(criticised, attacked);
        Assert.NotEqual(links[0], links[1]);
    }

    [Fact]
    public void AnotherPersonWithTheSameCodeIsAnotherTarget()
    {
        var links = Link(
            Written("e1", "1996-08-26", "Wire A", "Jacques Chirac met Boris Yeltsin in Moscow on Monday.", "040",
                ("Jacques Chirac", "FRAGOV", true), ("Boris Yeltsin", "RUSGOV", true), "on Monday", "1996-08-26"),
            Written("e2", "1996-08-26", "Wire B", "Jacques Chirac met Viktor Chernomyrdin in Moscow on Monday.", "040",
                ("Jacques Chirac", "FRAGOV", true), ("Viktor Chernomyrdin", "RUSGOV", true), "on Monday", "1996-08-26"));
        Assert.NotEqual(links[0], links[1]);
    }

    [Fact]
    public void ADateInOneReportOnlyStillLinks()
    {
        var links = Link(
            Written("a1", "1996-08-22", "Wire A", "Russia signed a ceasefire with Chechen rebels on Thursday in Grozny.", "057", Russia, Rebels, "on Thursday", "1996-08-22"),
            Written("a3", "1996-08-23", "Wire C", "Russia signed a ceasefire with Chechen rebels in Grozny, officials said.", "057", Russia, Rebels));
        Assert.Equal(links[0], links[1]);
    }

    [Fact]
    public void APersonNamedInOneReportAndOnlyHisOfficeInTheOtherLinks()
    {
        var links = Link(
            Written("c1", "1996-08-26", "Wire A", "Boris Yeltsin met Helmut Kohl in Moscow on Monday.", "040",
                ("Boris Yeltsin", "RUSGOV", true), ("Helmut Kohl", "DEUGOV", true), "on Monday", "1996-08-26"),
            Written("c2", "1996-08-26", "Wire B", "The Russian president met the German chancellor in Moscow.", "040",
                ("The Russian president", "RUSGOV", false), ("the German chancellor", "DEUGOV", false)));
        Assert.Equal(links[0], links[1]);
    }

    [Fact]
    public void ProfilesSurviveTheirStoredForm()
    {
        var a = ArticleProfiler.Profile(Written("a1", "1996-08-22", "Wire A", "Russia signed a ceasefire with Chechen rebels on Thursday in Grozny.", "057", Russia, Rebels, "on Thursday", "1996-08-22"));
        var back = ArticleProfile.Parse(a.ArticleId, a.Source, a.Title, a.Serialize());
        Assert.Equal(a.Serialize(), back.Serialize());
    }
}
