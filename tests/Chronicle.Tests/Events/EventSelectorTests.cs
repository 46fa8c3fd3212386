using Chronicle.Annotations;
using Chronicle.Events;
using Chronicle.Events.Evaluation;
using Chronicle.Learning;
using Chronicle.Text;

namespace Chronicle.Tests.Events;

/// <summary>The event selector: deterministic training, a model file that round-trips, selection that renumbers what
/// it keeps, and the gold matcher's reading of the scorer's rules.</summary>
public class EventSelectorTests
{
    /// <summary>Made-up articles: feature 1 marks an event gold claims, feature 2 one it does not, 3-7 noise.</summary>
    private static List<EventExample> Synthetic()
    {
        var random = new Random(11);
        var examples = new List<EventExample>();
        for (int a = 0; a < 60; a++)
        {
            var rows = new int[4][];
            var right = new bool[4];
            for (int k = 0; k < 4; k++)
            {
                right[k] = random.Next(3) == 0;
                rows[k] = [right[k] ? 1 : 2, 3 + random.Next(5)];
            }
            examples.Add(new EventExample("a" + a, rows, right, right.Count(r => r)));
        }
        return examples;
    }

    private static byte[] Bytes(EventSelector selector)
    {
        using var stream = new MemoryStream();
        selector.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainingIsDeterministicAndLearnsTheSignal()
    {
        var examples = Synthetic();
        var first = EventSelectorTrainer.Train(examples, epochs: 5);
        Assert.Equal(Bytes(first), Bytes(EventSelectorTrainer.Train(examples, epochs: 5)));
        var score = EventSelectorTrainer.Score(first, examples);
        Assert.Equal(score.RightProposed, score.RightKept);
        Assert.Equal(score.RightKept, score.Kept);
    }

    [Fact]
    public void ModelRoundTripsThroughItsFile()
    {
        var selector = EventSelectorTrainer.Train(Synthetic(), epochs: 3);
        using var stream = new MemoryStream(Bytes(selector));
        var loaded = new EventSelector(AveragedPerceptron.Load(stream));
        // the file stores weights compactly: margins agree to the stored precision, and a second save is the same file
        foreach (var x in Synthetic())
            foreach (var row in x.Features)
                Assert.Equal(selector.Margin(row), loaded.Margin(row), 0.01f);
        Assert.Equal(Bytes(selector), Bytes(loaded));
    }

    [Fact]
    public void SelectionKeepsWhatTheModelKeepsAndNumbersItAgain()
    {
        var doc = new Document("Rebels shelled the town. The minister said it was calm.", new DocumentMetadata()) { Language = "en" };
        doc.Events.Add(Event("V1", "190", "verb:shell/frame"));
        doc.Events.Add(Event("V2", "010", "verb:say/frame"));
        var selector = EventSelector.NewForTraining();
        var rows = EventFeatures.Extract(doc, selector.Mask);
        // teach it: the attack is kept, the statement dropped
        for (int i = 0; i < 5; i++)
        {
            selector.Perceptron.Update(rows[0], EventSelector.Keep, EventSelector.Drop);
            selector.Perceptron.Update(rows[1], EventSelector.Drop, EventSelector.Keep);
        }
        selector.Select(doc);
        var kept = Assert.Single(doc.Events);
        Assert.Equal(("V1", "190"), (kept.Id, kept.Cameo));
    }

    [Theory]
    [InlineData("verb:say+will/frame", "verb", "say", "+", "frame")]
    [InlineData("light:impose+sanction/surface", "light", "impose+sanction", "", "surface")]
    [InlineData("noun:fighting+cease+agreed/surface", "noun", "fighting", "+", "surface")]
    [InlineData("claim:claimed<verb:attack/frame", "claim", "claimed", "", "frame")]
    public void RulesSplitIntoEvidenceWordAndArguments(string rule, string evidence, string word, string modifiers, string from)
    {
        Assert.Equal((evidence, word, modifiers, from), EventFeatures.ParseRule(rule));
    }

    [Fact]
    public void GoldMatchesByCodeCountryOrNameAndEitherWayForSymmetricActs()
    {
        var doc = new Document("x", new DocumentMetadata());
        doc.Events.Add(Event("V1", "042", "verb:visit/frame", new EventActor(null, "Ankara", "TURGOV"), new EventActor(null, "Jordan", "JOR")));
        doc.Events.Add(Event("V2", "190", "verb:shell/frame", new EventActor(null, "Iraqi troops", "IRQMIL"), new EventActor(null, "rebels", "---REB")));
        doc.Events.Add(Event("V3", "111", "verb:criticise/frame", new EventActor(null, "Amr Moussa", "EGYGOV"), new EventActor(null, "Britain", "GBR")));
        var codes = new Dictionary<string, string> { ["Tansu Ciller"] = "TURGOV", ["Patriotic Union of Kurdistan"] = "IRQREB" };
        var gold = new GoldArticle("t", "x", new DocumentMetadata(),
        [
            new GoldEvent("Jordan", "Tansu Ciller", ["04"], Symmetric: true, Required: true),          // swapped, by code and by country
            new GoldEvent("Iraq", "Patriotic Union of Kurdistan", ["19"], Symmetric: false, Required: true), // a rebel code must be the rebels'
            new GoldEvent("Amr Moussa", "United Kingdom", ["11"], Symmetric: false, Required: true),   // by name; a country by its code
        ], codes);
        var countries = EventGold.ReadCountries(null);
        countries["united kingdom"] = "GBR";
        Assert.Equal([true, false, true], EventGold.Match(gold, doc, countries));
    }

    private static EventRecord Event(string id, string cameo, string rule, EventActor? source = null, EventActor? target = null) => new()
    {
        Id = id, Cameo = cameo, Root = cameo[..2], Rule = rule, Sentence = 0, Trigger = new Mention(0, 1, "x"),
        Source = source ?? new EventActor(null, "Rebels", "---REB"), Target = target,
    };
}
