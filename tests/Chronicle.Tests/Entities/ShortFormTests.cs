using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Entities;

/// <summary>A bracketed short form after an organisation's full name is the same entity, named by the full name.</summary>
public class ShortFormTests
{
    private static readonly DocumentPipeline Pipeline = ChroniclePipeline.CreateDefault();

    private static Chronicle.Annotations.Entity EntityWithMention(Document doc, string mention) =>
        doc.Entities.Single(e => e.Mentions.Any(m => m.Text == mention));

    [Fact]
    public void TheShortFormJoinsTheFullNamesEntity()
    {
        var doc = Pipeline.Process(new Document(
            "The National Fishermen's Alliance (NFA) said on Tuesday that the new quotas were unfair. " +
            "Officials met NFA leaders in the port city, and the NFA promised to continue its protest."));
        var alliance = EntityWithMention(doc, "NFA");
        Assert.Equal("National Fishermen's Alliance", alliance.Name);
        Assert.Equal(3, alliance.Mentions.Count(m => m.Text == "NFA"));
    }

    [Fact]
    public void AFullNameStartingWithAPlaceIsOneOrganisationNotThePlace()
    {
        var doc = Pipeline.Process(new Document(
            "The Somaliland Workers Union (SWU) called a strike on Monday. The SWU said dock workers would stay home."));
        var union = EntityWithMention(doc, "SWU");
        Assert.Equal("Somaliland Workers Union", union.Name);
        Assert.Contains(union.Mentions, m => m.Text == "Somaliland Workers Union");
        Assert.DoesNotContain(doc.Entities, e => e != union && e.Mentions.Any(m => m.Text == "Somaliland"));
    }

    [Fact]
    public void ABracketedAsideThatSpellsNothingLinksNothing()
    {
        var doc = Pipeline.Process(new Document(
            "The Green Coast Party (GCP) and the Harbour Front (HQ) both lost seats. HQ officials declined to comment."));
        Assert.DoesNotContain(doc.Entities, e => e.Mentions.Any(m => m.Text == "Harbour Front") && e.Mentions.Any(m => m.Text == "HQ"));
    }
}
