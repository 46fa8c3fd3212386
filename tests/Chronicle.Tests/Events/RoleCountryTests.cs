using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Events;

/// <summary>Actors from context: a bare role ("police", "the army") takes the one country its sentence, or the one
/// before, names; two countries leave it uncoded. Passages written for these tests.</summary>
public class RoleCountryTests
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => ChroniclePipeline.CreateDefault());

    private static Document Analyze(string text) =>
        Pipeline.Value.Process(new Document(text, new DocumentMetadata { Published = new DateOnly(2025, 5, 6) }) { Language = "en" });

    [Theory]
    [InlineData("Protests spread across Kenya on Monday. Police arrested dozens of demonstrators in the capital.", "KEN")]
    [InlineData("Riot police arrested forty opposition supporters in Zimbabwe on Monday.", "ZWE")]
    public void ABareRoleTakesTheCountryNamedBesideIt(string text, string country)
    {
        var doc = Analyze(text);
        Assert.Contains(doc.Events, e => e.Root == "17" && e.Source?.Code == country + "COP");
    }

    [Fact]
    public void TwoCountriesLeaveTheRoleUncoded()
    {
        var doc = Analyze("Talks between Jordan and Iraq broke down on Monday. Police arrested dozens of demonstrators in the capital.");
        Assert.DoesNotContain(doc.Events, e => e.Source?.Code is "JORCOP" or "IRQCOP");
    }

    [Fact]
    public void TwoPeopleWithOneCodeAreStillTwoParties()
    {
        var doc = Pipeline.Value.Process(new Document("Alexander Lebed met Boris Yeltsin in the Kremlin on Monday.",
            new DocumentMetadata { Published = new DateOnly(1996, 8, 26) }) { Language = "en" });
        Assert.Contains(doc.Events, e => e.Root == "04" && e.Target is not null);
    }

    [Fact]
    public void AnOfficeBeforeANameIsThatPersonsTitleNotAnotherParty()
    {
        var doc = Pipeline.Value.Process(new Document("Security chief Ivan Petrov held talks with rebel leader Omar Dudayev on Thursday.",
            new DocumentMetadata { Published = new DateOnly(1996, 8, 22) }) { Language = "en" });
        var talks = doc.Events.Where(e => e.Root == "04").ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, e => Assert.DoesNotContain("leader", e.Target?.Name ?? ""));
        Assert.Contains(talks, e => e.Target?.Name == "Omar Dudayev" || e.Source?.Name == "Omar Dudayev");
    }

    [Fact]
    public void AnActBetweenTwoPartiesTakesBoth()
    {
        var doc = Analyze("Clashes between Turkish troops and Kurdish rebels left 25 dead.");
        Assert.Contains(doc.Events, e => e.Root == "19" && e.Source?.Code == "TURMIL" && e.Target is not null);
    }
}
