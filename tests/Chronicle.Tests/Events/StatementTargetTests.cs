using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Events;

/// <summary>Noise seen on real news: a bare reporting verb made into an event against the press, the speaker's own
/// country or whatever its clause was about. Passages written for these tests.</summary>
public class StatementTargetTests
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => ChroniclePipeline.CreateDefault());

    private static Document Analyze(string text) =>
        Pipeline.Value.Process(new Document(text, new DocumentMetadata { Published = new DateOnly(2025, 3, 4) }) { Language = "en" });

    [Theory]
    [InlineData("Foreign Minister Anna Berg told Reuters Television that Sweden would not change course.")]
    [InlineData("The spokesman told Israel Radio on Tuesday that the talks would resume.")]
    [InlineData("Prime Minister Jan Kowal told the People's Daily that Poland wanted closer trade.")]
    public void TellingAnOutletIsNoEvent(string text)
    {
        Assert.DoesNotContain(Analyze(text).Events, e => e.Root == "01");
    }

    [Theory]
    [InlineData("The Indian prime minister said India would sign no treaty that ignored disarmament.")]
    [InlineData("Chancellor Weber said Germany had done all it could for the refugees.")]
    public void SayingSomethingAboutOnesOwnCountryIsNoEvent(string text)
    {
        Assert.DoesNotContain(Analyze(text).Events, e => e.Root == "01");
    }

    [Fact]
    public void SaidTakesNoObjectAsItsTarget()
    {
        var doc = Analyze("A Kenyan official said Somalia had closed the border crossing at Mandera.");
        Assert.DoesNotContain(doc.Events, e => e.Root == "01" && e.Target?.Code?.StartsWith("SOM") == true);
    }

    [Fact]
    public void TellingAnotherStateStillAddressesIt()
    {
        var doc = Analyze("Egypt will tell Britain on Monday that it objects to the conference.");
        Assert.Contains(doc.Events, e => e.Source?.Code?.StartsWith("EGY") == true && e.Target?.Code?.StartsWith("GBR") == true);
    }
}
