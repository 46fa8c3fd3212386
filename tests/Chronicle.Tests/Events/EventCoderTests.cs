using Chronicle.Annotations;
using Chronicle.Events;
using Chronicle.Parsing;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Events;

public class EventCoderTests
{
    private static Document Code(string text, EventResources? resources = null, Func<Document, IReadOnlyList<PredicateFrame>>? frames = null,
                                 DateOnly? published = null)
    {
        var pipeline = new DocumentPipelineBuilder().Use(new TokenizerComponent()).Use(new SentenceSplitterComponent())
            .Use(new EventCoder(resources ?? EventResources.Default, frames)).Build();
        return pipeline.Process(new Document(text, new DocumentMetadata { Published = published }) { Language = "en" });
    }

    [Theory]
    [InlineData("The Israeli army launched airstrikes against Hamas in Gaza.", "airstrikes")]
    [InlineData("Iraq's parliament demanded the withdrawal of American troops.", "demanded")]
    [InlineData("Two Iranian activists were arrested by Turkish police.", "arrested")]
    [InlineData("A Turkish offensive against Syrian Kurdish forces began on Monday.", "offensive")]
    [InlineData("Germany urged Russia to release the detained journalists.", "urged")]
    public void TriggerOffsetsPointAtTheTriggerWords(string text, string trigger)
    {
        var doc = Code(text);
        var e = Assert.Single(doc.Events);
        Assert.Equal(trigger, e.Trigger.Text);
        Assert.Equal(text.IndexOf(trigger, StringComparison.Ordinal), e.Trigger.Start);
        Assert.Equal(trigger, text[e.Trigger.Start..e.Trigger.End]);
    }

    [Theory]
    [InlineData("The Jordanian king arrived in Egypt on a visit with the Egyptian president.", "042")]
    [InlineData("Norway mediated with Sri Lanka on Monday.", "045")]
    public void VisitsAndMediationsHaveOneDirection(string text, string code)
    {
        var events = Code(text).Events.Where(e => e.Cameo == code).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual(events[0].Target?.Code, e.Source?.Code));
    }

    [Fact]
    public void EventCarriesCodebookFactsPloverDateAndPlace()
    {
        var doc = Code("The Israeli army launched airstrikes against Hamas in Gaza.", published: new DateOnly(2024, 3, 14));
        var e = Assert.Single(doc.Events);
        Assert.Equal(("V1", "195", "19", 4, -10.0, "ASSAULT"), (e.Id, e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.Plover));
        Assert.Equal("ISRMIL", e.Source!.Code);
        Assert.Equal("PSEREBHMS", e.Target!.Code);
        Assert.Equal("2024-03-14", e.Date);
        Assert.Equal("Gaza", e.Location!.Name);
        Assert.Equal(0, e.Sentence);
    }

    [Fact]
    public void SentenceDateWinsOverPublicationDate()
    {
        var text = "In 2003, Germany opposed the US invasion of Iraq.";
        var pipeline = new DocumentPipelineBuilder().Use(new TokenizerComponent()).Use(new SentenceSplitterComponent()).Build();
        var doc = pipeline.Process(new Document(text, new DocumentMetadata { Published = new DateOnly(2021, 8, 29) }) { Language = "en" });
        doc.Dates.Add(new TimeExpression { Text = "2003", Start = 3, End = 7, Value = "2003" });
        new EventCoder(EventResources.Default).Process(doc);
        Assert.All(doc.Events, e => Assert.Equal("2003", e.Date));
    }

    [Fact]
    public void NegatedActsAreNotCodedAsFact()
    {
        Assert.Empty(Code("Israel did not attack Lebanon.").Events);
        Assert.Equal("120", Assert.Single(Code("Egypt did not sign the agreement with Ethiopia.").Events).Cameo);
    }

    [Fact]
    public void QuotedDeedsAreNotEventsButQuotedIntentionsAre()
    {
        Assert.Empty(Code("\"Our troops destroyed the rebel camp,\" the Iraqi general said.").Events);
        var e = Assert.Single(Code("\u201cWe will maintain our presence in Iraq,\u201d the French president said.").Events);
        Assert.Equal(("0334", "FRAGOV", "IRQ"), (e.Cameo, e.Source!.Code, e.Target!.Code));
    }

    [Fact]
    public void WarningNotToStopAttackingIsAThreat()
    {
        var e = Assert.Single(Code("The militants warned that they will not stop attacking Nigerian soldiers.").Events);
        Assert.Equal(("138", "---REB", "NGAMIL", "warned"), (e.Cameo, e.Source!.Code, e.Target!.Code, e.Trigger.Text));
    }

    [Fact]
    public void CoordinatedSubjectsOfAReciprocalActGoBothWays()
    {
        var events = Code("Ukraine and Poland signed an agreement on energy cooperation.").Events;
        Assert.Contains(events, e => e.Source!.Code == "UKR" && e.Target!.Code == "POL" && e.Cameo == "057");
        Assert.Contains(events, e => e.Source!.Code == "POL" && e.Target!.Code == "UKR" && e.Cameo == "057");
    }

    [Fact]
    public void ParserFramesDecideSourceAndTargetWhenGiven()
    {
        // Linear reading would take "Syria" (the nearest name before the verb) as the source;
        // the frame says the subject is the first token ("Turkey").
        const string text = "Turkey, unlike Syria, attacked Kurdish rebels.";
        var doc = Code(text, frames: d =>
        {
            int attacked = Enumerable.Range(0, d.Tokens.Length).First(t => d.TokenText(t) == "attacked");
            int rebels = Enumerable.Range(0, d.Tokens.Length).First(t => d.TokenText(t) == "rebels");
            return [new PredicateFrame { Predicate = attacked, Subject = 0, Object = rebels }];
        });
        var e = Assert.Single(doc.Events);
        Assert.Equal(("TUR", "KURREB"), (e.Source!.Code, e.Target!.Code));
        Assert.True(e.Confidence > 0.7);
        Assert.Equal("SYR", Assert.Single(Code(text).Events).Source!.Code);
    }

    [Fact]
    public void FrameCoordinationMakesBothPartnersAct()
    {
        // "Iraq's premier, with Biden, reached an agreement": not adjacent, so only the parse links them.
        const string text = "The Iraqi prime minister and, on Monday, the US president reached an agreement.";
        var doc = Code(text, frames: d =>
        {
            int Find(string w) => Enumerable.Range(0, d.Tokens.Length).First(t => d.TokenText(t) == w);
            return [new PredicateFrame { Predicate = Find("reached"), Subject = Find("minister"), SubjectConjuncts = [Find("president")], Object = Find("agreement") }];
        });
        Assert.Contains(doc.Events, e => e.Source!.Code == "IRQGOV" && e.Target!.Code == "USAGOV" && e.Root == "05");
        Assert.Contains(doc.Events, e => e.Source!.Code == "USAGOV" && e.Target!.Code == "IRQGOV" && e.Root == "05");
    }

    [Fact]
    public void EntityCodesAreUsedWhenTheEntityLayerRan()
    {
        const string text = "Macron met Biden in Rome.";
        var pipeline = new DocumentPipelineBuilder().Use(new TokenizerComponent()).Use(new SentenceSplitterComponent()).Build();
        var doc = pipeline.Process(new Document(text) { Language = "en" });
        doc.Entities.Add(new Entity { Id = "E1", Name = "Emmanuel Macron", Type = EntityKind.Person, Code = "FRAGOV", Mentions = [new Mention(0, 6, "Macron")] });
        doc.Entities.Add(new Entity { Id = "E2", Name = "Joe Biden", Type = EntityKind.Person, Code = "USAGOV", Mentions = [new Mention(11, 16, "Biden")] });
        new EventCoder(EventResources.Default).Process(doc);
        var e = Assert.Single(doc.Events, e => e.Source!.Entity == "E1");
        Assert.Equal(("040", "E2", "Joe Biden", "USAGOV"), (e.Cameo, e.Target!.Entity, e.Target.Name, e.Target.Code));
    }
}
