using Chronicle.Annotations;
using Chronicle.Pipeline;
using Chronicle.Quotes;
using Chronicle.Quotes.Evaluation;
using Chronicle.Text;

namespace Chronicle.Tests.Quotes;

/// <summary>The speaker ranker: deterministic training, a model file that round-trips, and passages for the error kinds
/// the candidates and features are meant to settle (written for these tests, not taken from any corpus).</summary>
public class SpeakerRankerTests
{
    /// <summary>Made-up quotations: feature 1 marks the right candidate, feature 2 a distractor, 3 noise.</summary>
    private static List<SpeakerExample> Synthetic()
    {
        var random = new Random(7);
        var examples = new List<SpeakerExample>();
        for (int i = 0; i < 200; i++)
        {
            int right = random.Next(3);
            var features = new int[3][];
            var correct = new bool[3];
            for (int k = 0; k < 3; k++)
            {
                correct[k] = k == right;
                features[k] = k == right ? [1, 3 + random.Next(5)] : [2, 3 + random.Next(5)];
            }
            examples.Add(new SpeakerExample(features, correct, Cascade: 0, Article: i, CascadeRight: right == 0));
        }
        return examples;
    }

    private static byte[] Bytes(SpeakerRanker ranker)
    {
        using var stream = new MemoryStream();
        ranker.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainingTwiceGivesTheSameBytes()
    {
        var examples = Synthetic();
        Assert.Equal(Bytes(SpeakerTrainer.Train(examples, epochs: 4)), Bytes(SpeakerTrainer.Train(examples, epochs: 4)));
    }

    [Fact]
    public void ModelRoundTripsThroughItsFile()
    {
        var examples = Synthetic();
        var trained = SpeakerTrainer.Train(examples, epochs: 4);
        using var stream = new MemoryStream(Bytes(trained));
        var loaded = new SpeakerRanker(Chronicle.Learning.AveragedPerceptron.Load(stream));
        foreach (var x in examples.Take(20))
            foreach (var f in x.Features)
                Assert.Equal(trained.Margin(f), loaded.Margin(f), 1);
        Assert.Equal(1.0, SpeakerTrainer.Score(loaded, examples).Ranker);
    }

    private static Quote Only(string text)
    {
        var doc = ChroniclePipeline.CreateDefault().Process(new Document(text));
        return Assert.Single(doc.Quotes, q => q.Text.Length > 10);
    }

    [Fact]
    public void AddresseeOfToldReportersIsNotTheSpeaker()
    {
        var q = Only("Talks resumed in Geneva on Monday. “We will not sign anything this week,” Foreign Minister Ana Ruiz told reporters.");
        Assert.Equal("Ana Ruiz", q.SpeakerName);
    }

    [Fact]
    public void RelayingAgencyIsNotTheSpeaker()
    {
        var q = Only("The official news agency IRNA quoted Foreign Minister Ali Akbar Velayati as saying: “We reject the plan in every part.”");
        Assert.Equal("Ali Akbar Velayati", q.SpeakerName);
    }

    [Fact]
    public void SpokesmanForTheMinistrySpeaksForTheMinistryNamedEarlier()
    {
        var q = Only("The Interior Ministry closed the northern border on Tuesday. “The crossing will stay shut until further notice,” a spokesman for the ministry said.");
        Assert.Equal("Interior Ministry", q.SpeakerName);
    }

    [Fact(Skip = "not yet: \"the Israeli military\" stays an entity of its own; resolving a description to the fuller name named earlier needs entity-level coreference (issue #15, left)")]
    public void WeakerMentionResolvesToTheFullerNameNamedEarlier()
    {
        var q = Only("The Israel Defense Forces said on Monday that two rockets were fired from Gaza. The Israeli military said: “Both rockets fell in open ground and nobody was hurt.”");
        Assert.Equal("Israel Defense Forces", q.SpeakerName);
    }
}
