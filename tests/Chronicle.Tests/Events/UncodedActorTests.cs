using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Events;

/// <summary>Names the entity layer finds but no knowledge base or dictionary codes, with the whole pipeline.</summary>
public class UncodedActorTests
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => ChroniclePipeline.CreateDefault());

    private static Document Analyze(string text) => Pipeline.Value.Process(new Document(text) { Language = "en" });

    [Fact]
    public void NamedPeopleWithoutACodeStillAct()
    {
        var e = Assert.Single(Analyze("Tomas Varga signed an agreement with Russia on Tuesday.").Events);
        Assert.Equal(("057", "---", "Tomas Varga", "RUS"), (e.Cameo, e.Source!.Code, e.Source.Name, e.Target!.Code));
    }

    [Fact]
    public void TwoUncodedNamesAreTwoActors()
    {
        // Both carry PETRARCH's unknown code; they are still two people, so one acts on the other.
        var e = Assert.Single(Analyze("Tomas Varga met Henrik Solberg in Oslo on Monday.").Events);
        Assert.Equal(("040", "Tomas Varga", "Henrik Solberg"), (e.Cameo, e.Source!.Name, e.Target!.Name));
    }

    [Fact]
    public void TellingANewsAgencyIsNoEventWithTheAgency()
    {
        var doc = Analyze("Russia's foreign minister told Interfax on Monday that the talks had failed.");
        Assert.Contains(doc.Entities, e => e.Code is { } code && code.EndsWith("MED", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Target?.Code is { } code && code.EndsWith("MED", StringComparison.Ordinal));
    }

    [Fact]
    public void DictionaryActorsWinOverAnUncodedName()
    {
        var doc = Analyze("The US State Department has advised against travel to Tunisia.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("USAGOV", e.Source!.Code);
    }
}
